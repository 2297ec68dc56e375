"""Group-swap augmentation of ``group_hate``'s functional cases (docs/MODELS.md, session 38).

A functional case that names a listed group in the plural enters again ``k`` times with each group it names replaced
by another group of the same kind (peoples, origins and faiths; sexual orientation and gender identity; disability),
so that what is said of a group is learned apart from which group it is said of. Hateful and benign cases alike: a
benign look-alike that names a group is swapped the same way, so the model does not learn that any group is hate.

Only plural nouns are swapped (the form most posts name a group in): a plural keeps the sentence's agreement in English,
and in French a masculine (or epicene) plural is replaced by another, a feminine one by another feminine; « de » /
« que » before the group is elided or restored (« trop d'immigrés » ↔ « trop de musulmans »). The capitals of the
word replaced are kept (first letter, or all). The choice is seeded by the text and the copy's number (SHA-256), so
the same data give the same copies.

``SWAP_KINDS`` is its own list, not derived from risk.hate's group lists (``rules/risk/terms/{en,fr}/groups.yml``;
A, session 39, asked whether it could be): those lists hold a term per group with every form the rules must recognise
— singulars, misspellings and derogatory coinages ("musloids", "islamists" as a form of "muslims"), the demonyms
``scripts/demonyms.py`` writes — and no kind (origin and faith, orientation and gender identity, disability) nor the
groups left out on purpose here (women, old people: their predicates are their own). Derived from them, the swap would
draw from other nouns in another order, so the same data would no longer give the same copies (nor the shipped
French model's bytes), and a swapped copy could put a slur form in a benign case; keep the two apart, and add a group
here when the lists gain one that a plural names.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Sequence

# Each language's kinds: groups of plural group nouns that may stand for one another (lower case).
SWAP_KINDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (
        (
            "muslims",
            "jews",
            "immigrants",
            "migrants",
            "refugees",
            "black people",
            "blacks",
            "arabs",
            "asians",
            "mexicans",
            "africans",
            "gypsies",
            "roma",
            "indians",
            "pakistanis",
            "somalis",
            "syrians",
            "nigerians",
            "romanians",
            "albanians",
            "afghans",
            "turks",
            "chinese people",
            "hispanics",
            "latinos",
            "foreigners",
            "asylum seekers",
            "christians",
            "hindus",
            "sikhs",
            "palestinians",
            "haitians",
            "jamaicans",
        ),
        ("gays", "gay people", "lesbians", "homosexuals", "trans people", "transgender people", "bisexuals", "queers"),
        ("disabled people", "autistic people", "deaf people", "blind people", "cripples"),
    ),
    "fr": (
        (
            "musulmans",
            "juifs",
            "immigrés",
            "migrants",
            "réfugiés",
            "étrangers",
            "arabes",
            "noirs",
            "africains",
            "maghrébins",
            "roms",
            "gitans",
            "chinois",
            "asiatiques",
            "turcs",
            "algériens",
            "marocains",
            "sénégalais",
            "maliens",
            "roumains",
            "syriens",
            "afghans",
            "pakistanais",
            "comoriens",
            "clandestins",
            "chrétiens",
            "catholiques",
            "tunisiens",
        ),
        (
            "musulmanes",
            "juives",
            "immigrées",
            "africaines",
            "noires",
            "maghrébines",
            "algériennes",
            "marocaines",
            "arabes",
            "asiatiques",
            "roumaines",
            "femmes voilées",
        ),
        ("homosexuels", "homos", "gays", "lesbiennes", "trans", "transgenres", "bisexuels", "pédés"),
        ("handicapés", "autistes", "trisomiques", "sourds", "aveugles", "infirmes"),
    ),
}
# French words elided before a vowel (and restored before a consonant): ``d'`` ↔ ``de``, ``qu'`` ↔ ``que``.
_ELIDED = {"d": "de", "qu": "que", "D": "De", "Qu": "Que", "QU": "QUE"}
_VOWELS = "aeiouyhàâäéèêëîïôöùûüœæ"


def _pattern(language: str) -> re.Pattern[str]:
    words = sorted({w for kind in SWAP_KINDS[language] for w in kind}, key=lambda w: (-len(w), w))
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])({alternatives})(?![\w'’-])", re.IGNORECASE)


_PATTERNS = {language: _pattern(language) for language in SWAP_KINDS}


def _kind(language: str, word: str) -> tuple[str, ...]:
    key = " ".join(word.lower().split())
    for kind in SWAP_KINDS[language]:
        if key in kind:
            return kind
    raise KeyError(word)  # pragma: no cover - the pattern matches only listed words


def _cased(like: str, word: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _elide(language: str, before: str, word: str) -> str:
    """``before`` (the text up to the replaced word) with a French ``de`` / ``que`` elided or restored for ``word``."""
    if language != "fr":
        return before
    vowel = word[:1].lower() in _VOWELS
    found = re.search(r"(?<![\w'’])(d|qu|D|Qu|QU)['’]$", before)
    if found and not vowel:
        return before[: found.start()] + _ELIDED[found.group(1)] + " "
    found = re.search(r"(?<![\w'’])(de|que|De|Que|DE|QUE)\s+$", before)
    if found and vowel:
        return before[: found.start()] + found.group(1)[:-1] + "'"
    return before


def swapped(language: str, text: str, k: int) -> list[str]:
    """Up to ``k`` copies of ``text`` with each group it names (a plural of ``SWAP_KINDS``) replaced by another of its
    kind; none when it names none. Deterministic."""
    pattern = _PATTERNS.get(language)
    if pattern is None or k <= 0:
        return []
    matches = list(pattern.finditer(text))
    if not matches:
        return []
    named = list(dict.fromkeys(" ".join(m.group(1).lower().split()) for m in matches))
    copies: list[str] = []
    for copy in range(k):
        seed = int.from_bytes(hashlib.sha256(f"{copy}\0{language}\0{text}".encode()).digest()[:8], "big")
        rng = random.Random(seed)
        chosen: dict[str, str] = {}
        for word in named:
            options = [w for w in _kind(language, word) if w not in named and w not in chosen.values()]
            if options:
                chosen[word] = rng.choice(options)
        if not chosen:
            continue
        out = ""
        last = 0
        for m in matches:
            word = " ".join(m.group(1).lower().split())
            if word not in chosen:
                continue
            new = _cased(m.group(1), chosen[word])
            out = _elide(language, out + text[last : m.start()], new) + new
            last = m.end()
        out += text[last:]
        if out != text and out not in copies:
            copies.append(out)
    return copies


def augment(language: str, rows: Sequence[tuple[str, str]], k: int) -> list[tuple[str, str]]:
    """The swapped copies of ``rows`` (text, label), each with its row's label, in the rows' order."""
    return [(copy, label) for text, label in rows for copy in swapped(language, text, k)]

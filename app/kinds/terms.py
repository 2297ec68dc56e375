"""Kind ``terms``: term packs (files per language) and inline term lists, matched on the folded draft.

Owns the term-file format, the building of one Aho-Corasick automaton per language (pyahocorasick:
time linear in the draft, independent of the number of terms), word boundaries, the allow-list,
plural/feminine forms, sureness (0 unlikely-offensive, 1 probably, 2 certainly) mapped to a
severity, and per-term replacements and messages.

A term file (``rules/<family>/terms/<lang>/<name>.yml``) is YAML::

    credit: where the entries come from (and their licence)
    sureness: 1                 # default for entries without one
    key: profanity              # message key in the rule file (default: "default")
    inflect: [plural, feminine] # generate forms of one-word terms
    allow: ["bite d'amarrage"]  # phrases in which no term is ever flagged
    homonyms:                   # a term near one of these words reads in its harmless sense: not flagged
      pédale: [frein, vélo, guitare]
    homonym_window: 5           # how many words on each side are read for those cues
    terms:
      - merde                   # or a mapping:
      - {term: connard, sureness: 2, forms: [connasse], replacements: [idiot], message: {en: ..., fr: ...}}

With ``model: {task: offensive, raise_at: {en: 0.95}}`` a learned classifier (``app.text.models``)
confirms a hit in context: when it reads the whole draft as its task with at least that probability,
the hit goes one grade up (info to warning, warning to error; never above the rule's severity) and
its explanation gives the probability. "Damn, what a match" stays info; in "Shut up you damn idiot"
both words become warnings. A draft whose language is unsure (``app.language_pass``) is read by the models of
both pack languages, each at its own threshold (S2, session 43): the grade does not depend on which pack came first.

``reported: {fr: "…"}`` is a regular expression on the folded draft that ends right before a hit when
the draft reports the word as someone else's (« il m'a traité de sale arabe », « se faire insulter de
… »): the speaker quotes an insult they received or discuss it, they do not use it. Such a hit stays,
at ``info``, with that reason as its explanation. ``self_directed`` does the same for a word the writer
says of themselves (« je suis vraiment un attardé »): it aims at no one else. ``mentioned`` is read right after
the hit: the words that follow discuss the word itself ("'Paki' is a racist slur", « ching chong, ça veut rien dire »,
« "sale arabe", c'est ce que j'ai entendu »): info too. ``use_before`` (ending right before the hit) and ``use_after``
(right after it) undo both: the writer uses the word themselves ("I called him a …", « je l'ai traité de … », "the
word '…' fits you"), so the hit keeps its grade. With ``quoted_unless``, a hit that is the whole of a quotation
(« "sale arabe" », "'tranny'") is mentioned too, unless its sentence matches that pattern (a second-person word: "you
'retard'") or it opens its sentence before a comma or "!" (it calls someone: "\"Faggot\", go home"). With
``quote_openers``, a hit anywhere inside a quotation whose opening mark follows that pattern (a verb of saying,
shouting or writing and at most a few words: 'He yelled "kill the …" at us', « on a tagué « les … dehors » sur notre
porte ») is reported speech (info), as ``reported`` makes a word right after such a verb.

``homonyms`` generalise the allow-list for words with a harmless sense: a phrase list only knows "sea
dyke"; the cue words (water, flood, coast…) also clear "the dykes along the coast need repair", while
"that dyke over there" keeps its finding. Cues are folded words (case, accents), matched in the
``homonym_window`` words on either side of the hit. An entry's ``homonym:`` names the harmless senses of a word
(``{term: coon, homonym: [animal]}``): senses of the rule's grammar files (``senses: {en: terms/en/senses.yml}``, rule
data read by ``app.text.usage``), which judge it by the grammar it stands in. In its harmless sense's grammar
("popping out for a …", "a … tipped over the compost 🦝", « il a tendu une … ») it is info, even beside nothing else;
with ``homonym_grading: slur`` (risk.slurs) aimed at people ("you absolute …", "… like you", « espèce de … ») it keeps
the rule's severity, even beside a sense word, and with neither ("look at that … over there") it is at most a warning;
with ``homonym_grading: term`` (risk.profanity) aimed or neither, it keeps the term's own grade. A sense an entry names
must be in the grammar of its list's language (checked at load: the error names the term list and the entry).

A term file with ``fuzzy: true`` also matches its one-word forms misspelt, with risk.hate's edits (proximity's
``fuzzy_variants``): an inner letter masked by ``*``, ``.``, ``-`` or ``_`` ("f*ggot", "n.gger"; 4+ letters), a
letter missing or two neighbours swapped ("faggto"; 5+ letters, an inner letter under 7), a letter doubled. A
variant that is a word ("fagot", "niger") goes in the file's ``fuzzy_exclude`` (``tests/test_terms.py`` checks
every variant against ``wordfreq``); a variant keeps its term's homonym cues and allow-list.

A ``.txt`` list holds one term a line (``#`` starts a comment). Matching happens on the folded view
(see ``app.text.folding``); spans are reported in the text as submitted.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import ahocorasick
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.domain import Draft, Finding, Severity
from app.kinds.base import (
    CheckContext,
    Deps,
    Kind,
    KindParams,
    Rule,
    RuleMeta,
    borrowed_params,
    patterns_by_language,
    pick_language,
    render,
)
from app.kinds.notes import harmless_note, model_note, reason_note, reason_notes
from app.kinds.options import named_file, parse_yaml, read_text, read_yaml, validated
from app.kinds.term_scan import SharedTermScan
from app.language_pass import choice_of
from app.text.aim import AimReader, AimWords, person_word, word_tokens
from app.text.folding import Folded, extend_over_marks, fold_term, folded_draft
from app.text.models import Classifier, Token, classifier, fold_token, tokenize
from app.text.spelling import fuzzy_variants
from app.text.usage import INNOCENT, INSULT, Grammar, Reading, load_grammars, reading, vocative_only

log = logging.getLogger("sevenfold.kinds.terms")

Inflection = Literal["plural", "feminine"]
REPORT_REACH = 60  # folded characters before a hit read by ``reported``
REPORTED, SELF_DIRECTED, MENTIONED = "reported", "self-directed", "mentioned"  # keys of notes.REASONS
OF_THING = "of-thing"  # (T, session 31) a threat said of a thing: a key of notes.REASONS and of a rule's messages
MENTION_REASONS = reason_notes(REPORTED, MENTIONED)  # explanations (every language) of a word quoted, not used
SELF_REASONS = reason_notes(SELF_DIRECTED)  # explanations (every language) of a word said of the writer
MessageText = str | dict[str, str]
ANY_LANGUAGE = "*"


class TermSpec(BaseModel):
    """One entry of a term list: the term, its forms, sureness, replacements and message."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    term: str = Field(min_length=1)
    sureness: int | None = Field(default=None, ge=0, le=2)
    forms: list[str] = Field(default_factory=list)
    replacement: str | None = None
    replacements: list[str] = Field(default_factory=list)
    message: MessageText | None = None
    key: str | None = None
    inflect: bool = True
    homonym: list[str] = Field(
        default_factory=list,
        description="the term's harmless senses (names of the rule's senses files, params.senses): in one of these "
        "senses' grammar the hit is info; aimed at people or with neither, graded by the rule's homonym_grading",
    )
    expletive: bool | Literal["mild"] = Field(
        default=False,
        description="a swear word said of things as often as of people ('fucking', 'shit', « putain », « saloperie »): "
        "in a draft aimed at no one (the rule's aim) its grade is capped by aim.unaimed, by aim.mild for 'mild' ones "
        "('crap', 'go to hell'); insults that name a person ('bastard', « connard ») are none",
    )

    def all_replacements(self) -> list[str]:
        """Replacements, the single ``replacement`` first."""
        return ([self.replacement] if self.replacement else []) + list(self.replacements)


class TermFile(BaseModel):
    """A term list file."""

    model_config = ConfigDict(extra="forbid")
    credit: str | None = None
    notes: str | None = None
    language: str | None = None
    sureness: int = Field(default=1, ge=0, le=2)
    key: str | None = None
    inflect: list[Inflection] = Field(default_factory=list)
    allow: list[str] = Field(default_factory=list)
    homonyms: dict[str, list[str]] = Field(
        default_factory=dict, description="term -> words near which it reads in its harmless sense (not flagged)"
    )
    homonym_window: int = Field(default=5, ge=1, le=12)
    fuzzy: bool = Field(
        default=False,
        description="one-word forms also match misspelt as risk.hate's fuzzy lists do (proximity's fuzzy_variants): "
        "an inner letter masked by * . _ or - (4+ letters), a letter missing or two neighbours swapped (5+)",
    )
    fuzzy_exclude: list[str] = Field(
        default_factory=list, description="variants that are words of their own ('fagot', 'niger'): never matched"
    )
    terms: list[TermSpec | str] = Field(default_factory=list)


class ModelConfirm(BaseModel):
    """A learned model (``app.text.models``) that judges a listed term in context: one grade up at ``raise_at``,
    a warning down to info under ``lower_below``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    task: str = Field(description="model task: offensive, hate, sentiment or irony")
    raise_at: dict[str, float] = Field(
        default_factory=dict,
        description="language -> P(task) of the whole draft from which a hit goes one grade up (capped by the rule)",
    )
    lower_below: dict[str, float] = Field(
        default_factory=dict,
        description="language -> P(task) of the whole draft, read by the stacked model whatever ``stacked`` says, "
        "under which a warning hit goes down to info: the word is there, but the draft reads as harmless (errors "
        "keep theirs)",
    )
    stacked: bool = Field(
        default=True,
        description="false: the task's own model only, without a stacked block (the English offensive model's "
        "TF-IDF block mostly knows swear words, so it would confirm the listed word itself)",
    )


class ThingSubjects(BaseModel):
    """(T, session 31) A threat said of a thing: the hit's subject, named right before it, is no person or group."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    words_of: str = Field(
        description="id of the rule whose aim words are read (risk.offensive): its person words, names, the "
        "antecedents of its pronouns and its skip_when groups"
    )
    before: dict[str, str] = Field(
        description="language -> regular expression on the folded draft ending right before a hit, whose group "
        "`subject` holds the hit's subject ('Monday can go die': 'monday', « qu'elle crève »: 'elle'); when none of "
        "its words names people (a person word, a name, a capitalised word but an acronym or a day, a pronoun standing "
        "for people) and the draft names no group, the hit is info"
    )

    @field_validator("before")
    @classmethod
    def _compiles(cls, value: dict[str, str]) -> dict[str, str]:
        for language, pattern in value.items():
            if "subject" not in re.compile(pattern).groupindex:
                raise ValueError(f"thing_subjects.before[{language}] has no group `subject`")
        return value


class AimGrading(BaseModel):
    """Expletives graded by aim (``app.text.aim``): at people they keep their grade, at nothing ``unaimed`` caps it."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    words_of: str = Field(
        description="id of the rule whose aim words are read (risk.offensive): its targets and person_nouns aim a "
        "draft, with its not_names, name_determiners, plural_* lists (what 'they' stands for) and skip_when groups"
    )
    mild: Severity = Field(
        default=Severity.INFO,
        description="the highest grade of a mild expletive (`expletive: mild`: 'crap', 'go to hell') aimed at no one",
    )
    unaimed: dict[int, Severity] = Field(
        description="sureness -> the highest grade of an expletive's hit in a draft aimed at no one (no @mention, "
        "name, person word or group): 'I hate mondays so fucking much'"
    )
    addressed_before: dict[str, str] = Field(
        default_factory=dict,
        description="language -> regular expression ending right before a hit that makes the expletive an address to "
        "someone, whatever else the draft holds: an epithet of insult (« pauvre merde », « espèce de merde ») or an "
        "imperative ('shut the fuck up')",
    )
    addressed_after: dict[str, str] = Field(
        default_factory=dict,
        description="language -> regular expression matched right after a hit that makes it an address ('shut the "
        "fuck up': ' up')",
    )
    names_person_before: dict[str, str] = Field(
        default_factory=dict,
        description="(H, session 22) language -> regular expression ending right before a hit that makes an expletive "
        "(`expletive: true`) the noun said of a person, a name for them: 'you are (a piece of) shit', « t'es vraiment "
        "une merde », « espèce de merde »; with names_person_after the word is graded as an insult that names a "
        "person (sureness 2), in every language alike",
    )
    names_person_after: str = Field(
        default=r"\s*(?:$|[!.,?…;:)]|(?:and|et|lol|mdr|ptdr)\b|[@#])",
        description="regular expression matched right after such a hit: the noun closes its phrase ('you are shit!', "
        "not 'you are shit at this')",
    )


class TermsParams(KindParams):
    """Params of a ``terms`` rule: inline terms (policy lists) and/or term files per language."""

    terms: list[TermSpec | str] = Field(default_factory=list)
    list_name: str = ""
    lists: dict[str, list[str] | str] = Field(
        default_factory=dict, description="language (or '*') -> term file(s), relative to the rule file"
    )
    allow: list[str] = Field(default_factory=list, description="phrases in which no term is flagged")
    severity_by_sureness: dict[int, Severity] | None = None
    min_sureness: int = Field(default=0, ge=0, le=2)
    inflect: list[Inflection] = Field(default_factory=list)
    entities: list[str] = Field(
        default_factory=list, description="entity kinds (hashtag, mention, url, cashtag) where terms are still flagged"
    )
    model: ModelConfirm | None = Field(
        default=None,
        description="a model that raises a hit one grade when the draft reads as offensive in context, or lowers a "
        "warning to info when it reads as harmless",
    )
    reported: dict[str, str] = Field(
        default_factory=dict,
        description="language -> regular expression on the folded draft (lower case, no accents, ’ as ', « » as \") "
        "that ends right before a hit when the draft reports the word as said by someone else (« il m'a traité de "
        "… »): such a hit is info, with the reason in its explanation",
    )
    self_directed: dict[str, str] = Field(
        default_factory=dict,
        description="language -> regular expression on the folded draft that ends right before a hit the writer "
        "says of themselves (« je suis vraiment un attardé », « jsuis un … »): info, with the reason",
    )

    mentioned: dict[str, str] = Field(
        default_factory=dict,
        description="language -> regular expression on the folded draft matched right after a hit when the words "
        "that follow discuss the word itself (\"'paki' is a racist slur\", « ching chong, ça veut rien dire »): info",
    )
    use_before: dict[str, str] = Field(
        default_factory=dict,
        description="language -> regular expression ending right before a hit the writer aims at someone themselves "
        '("I called him a …", « je l\'ai traité de … »): ``reported`` and ``mentioned`` do not apply',
    )
    use_after: dict[str, str] = Field(
        default_factory=dict,
        description='language -> regular expression matched right after a hit the writer aims at someone ("the '
        "word '…' fits you\", « le mot … te va bien »): ``reported`` and ``mentioned`` do not apply",
    )

    quoted_unless: dict[str, str] = Field(
        default_factory=dict,
        description="language -> regular expression searched in the sentence of a hit that is the whole of a "
        'quotation (« "sale arabe" » , "\'tranny\'"): such a quoted word is mentioned (info) unless it matches '
        "(a second-person word: the quoted word is aimed at the reader)",
    )

    quote_openers: dict[str, str] = Field(
        default_factory=dict,
        description="language -> regular expression that ends right before the opening mark of a quotation holding a "
        "hit ('He yelled \"kill the …\"'): the quoted words are someone else's (reported, info)",
    )
    senses: dict[str, str] = Field(
        default_factory=dict,
        description="draft language -> the grammar of homonyms (terms/<lang>/senses.yml, relative to the rule file) "
        "that reads the entries with a `homonym:` in drafts of that language (app.text.usage)",
    )
    aim: AimGrading | None = Field(
        default=None,
        description="expletive entries (`expletive: true`) in a draft aimed at no one are capped by aim.unaimed",
    )
    thing_subjects: ThingSubjects | None = Field(
        default=None,
        description="(T, session 31) a hit whose subject, right before it, names no person or group is info: said of "
        "a thing ('Monday can go die', « cette mise à jour, …, qu'elle crève »)",
    )
    homonym_grading: Literal["slur", "term"] = Field(
        default="slur",
        description="how a homonym's grammar grades it: 'slur' (aimed at people, the rule's severity; neither, at "
        "most a warning), 'term' (aimed or neither, the term's own grade); in its harmless sense it is info either way",
    )

    @field_validator(
        "reported", "self_directed", "mentioned", "use_before", "use_after", "quoted_unless", "quote_openers"
    )
    @classmethod
    def _compiles(cls, value: dict[str, str]) -> dict[str, str]:
        return patterns_by_language(value)

    @field_validator("severity_by_sureness")
    @classmethod
    def _covers_grades(cls, value: dict[int, Severity] | None) -> dict[int, Severity] | None:
        if value is not None and set(value) - {0, 1, 2}:
            raise ValueError("sureness grades are 0, 1 and 2")
        return value


@dataclass(frozen=True, slots=True)
class Entry:
    """A term as the matcher sees it, shared by all its forms."""

    term: str
    sureness: int | None
    replacements: tuple[str, ...]
    message: Mapping[str, str] | None
    key: str
    cues: frozenset[str] = frozenset()
    window: int = 0
    homonym: tuple[str, ...] = ()
    expletive: bool | str = False  # True, "mild" or False (TermSpec.expletive)


@dataclass(frozen=True, slots=True)
class Variant:
    """One folded form in the automaton: its entry, or an allow-list phrase."""

    entry: Entry | None
    length: int
    needs_squeeze: bool = False
    spaced: bool = False  # a form of several words with its spaces left out: only a spaced-out run ("f u c k y o u")


@dataclass
class _Table:
    variants: dict[str, Variant] = field(default_factory=dict)

    def add(self, folded: str, variant: Variant, *, override: bool = False) -> None:
        if not folded.strip():
            return
        if override or folded not in self.variants:
            self.variants[folded] = variant

    def automaton(self) -> Any:
        auto = ahocorasick.Automaton()
        for key, variant in self.variants.items():
            auto.add_word(key, variant)
        if len(auto):
            auto.make_automaton()
        return auto


def _plural(word: str, language: str) -> list[str]:
    if language == "fr":
        if word.endswith(("s", "x", "z")):
            return []
        if word.endswith(("eau", "au", "eu")):
            return [word + "x"]
        if word.endswith("al"):
            return [word + "s", word[:-2] + "aux"]
        return [word + "s"]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return [word + "es"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word[:-1] + "ies", word + "s"]
    return [word + "s"]


def _feminine(word: str, language: str) -> list[str]:
    if language != "fr":
        return []
    if word.endswith("e"):
        return []
    if word.endswith(("on", "ien", "el")):
        return [word + word[-1] + "e"]
    if word.endswith("eur"):
        return [word[:-1] + "se"]
    if word.endswith("if"):
        return [word[:-1] + "ve"]
    if word.endswith("eux"):
        return [word[:-1] + "se"]
    return [word + "e"]


def inflect(term: str, language: str, how: Iterable[str]) -> list[str]:
    """Generated forms of a one-word term (plural, feminine and feminine plural) for ``language``."""
    if " " in term.strip() or not term.isalpha():
        return []
    how = set(how)
    forms: list[str] = []
    feminines = _feminine(term, language) if "feminine" in how else []
    forms.extend(feminines)
    if "plural" in how:
        for word in [term, *feminines]:
            forms.extend(_plural(word, language))
    return forms


def _squeezed(folded: str) -> str:
    """``folded`` with doubled letters made single (the form a squeezed run leaves)."""
    out: list[str] = []
    for c in folded:
        if out and out[-1] == c and c.isalpha():
            continue
        out.append(c)
    return "".join(out)


def _local(message: MessageText | None) -> Mapping[str, str] | None:
    if message is None:
        return None
    if isinstance(message, str):
        return {"en": message}
    return dict(message)


def read_term_file(path: Path) -> TermFile:
    """Read a YAML or plain-text term list; ``ValueError`` names the file and the reason (``app.kinds.options``)."""
    raw = read_text(path, "term list")
    if path.suffix == ".txt":
        lines = [line.split("#", 1)[0].strip() for line in raw.splitlines()]
        return TermFile(terms=[line for line in lines if line])
    data = parse_yaml(raw, path, "term list")
    if isinstance(data, list):
        data = {"terms": data}
    if not isinstance(data, dict):
        raise ValueError(f"term list {path}: expected a mapping with 'terms' or a list of terms")
    return validated(TermFile, data, path, "term list")


def _add_entries(
    table: _Table,
    specs: Iterable[TermSpec | str],
    *,
    language: str,
    default_sureness: int | None,
    default_key: str,
    inflections: Iterable[str],
    min_sureness: int,
    homonyms: Mapping[str, Iterable[str]] | None = None,
    window: int = 0,
    fuzzy_exclude: frozenset[str] | None = None,
) -> None:
    how = tuple(inflections)
    spellings: list[tuple[str, Entry]] = []
    cues = {fold_term(term): frozenset(fold_token(c) for c in words) for term, words in (homonyms or {}).items()}
    for raw in specs:
        spec = TermSpec(term=raw) if isinstance(raw, str) else raw
        sureness = spec.sureness if spec.sureness is not None else default_sureness
        if sureness is not None and sureness < min_sureness:
            continue
        entry = Entry(
            term=spec.term,
            sureness=sureness,
            replacements=tuple(spec.all_replacements()),
            message=_local(spec.message),
            key=spec.key or default_key,
            cues=cues.get(fold_term(spec.term), frozenset()),
            window=window,
            homonym=tuple(spec.homonym),
            expletive=spec.expletive,
        )
        written = [spec.term, *spec.forms]
        generated = [f for w in written for f in inflect(w, language, how)] if spec.inflect and how else []
        for i, form in enumerate(written + generated):
            folded = fold_term(form)
            explicit = i < len(written)
            table.add(folded, Variant(entry, len(folded)), override=explicit)
            squeezed = _squeezed(folded)
            if squeezed != folded:
                table.add(squeezed, Variant(entry, len(squeezed), needs_squeeze=True))
            if explicit and " " in folded:  # "f u c k y o u": folding joins the letters, the words' spaces with them
                table.add(folded.replace(" ", ""), Variant(entry, len(folded) - folded.count(" "), spaced=True))
            if explicit and folded.isalpha():  # "b*tch", "enf*ré": one or two inner letters masked
                for masked in _masked(folded):
                    table.add(masked, Variant(entry, len(masked)))
            if fuzzy_exclude is not None:
                spellings.append((folded, entry))
    if fuzzy_exclude is not None:
        _add_spellings(table, spellings, fuzzy_exclude)


def _masked(folded: str) -> set[str]:
    """A one-word form of 4+ letters with one or two inner letters masked by as many asterisks or by one ("b*tch",
    "f**k", "enf*ré" for « enfoiré »): its harmless senses read as the written word's do ("a f*ggot of dry sticks")."""
    out: set[str] = set()
    if len(folded) < 4:
        return out
    for start in range(1, len(folded) - 1):
        for width in (1, 2):
            if start + width < len(folded):
                # one star for two letters only in a long word: "c*t" is no word of four letters masked
                stars = {1, width} if len(folded) >= 6 else {width}
                out.update(folded[:start] + "*" * n + folded[start + width :] for n in stars)
    return out


MASKS = ".-_"  # besides the asterisk, the symbols that mask an inner letter of a fuzzy term ("f.ggot", "n-gger")


def spelling_variants(folded: str) -> set[str]:
    """Misspellings of a folded one-word form for a ``fuzzy`` term file: ``app.text.spelling.fuzzy_variants`` (a letter
    doubled, an ``l`` read as ``i``, an inner letter masked by ``*`` from 4 letters; a letter missing or two
    neighbours swapped from 5, an inner one only under 7), each masked variant also with ``.``, ``-`` or ``_``
    for the ``*``."""
    out = fuzzy_variants(folded, short=len(folded) >= 5)
    out.update(v.replace("*", mask) for v in list(out) if "*" in v for mask in MASKS)
    return out


def _add_spellings(table: _Table, spellings: list[tuple[str, Entry]], excluded: frozenset[str]) -> None:
    """Each form's misspellings, after every written and generated form (a form always keeps its own entry) and
    never a word of ``excluded``."""
    for folded, entry in spellings:
        for variant in sorted(spelling_variants(folded) - excluded):
            # a letter missing is a spelling of its own, not only what a squeezed run leaves ("trany")
            held = table.variants.get(variant)
            table.add(variant, Variant(entry, len(variant)), override=held is not None and held.needs_squeeze)


def _add_allow(table: _Table, phrases: Iterable[str]) -> None:
    for phrase in phrases:
        folded = fold_term(phrase)
        table.add(folded, Variant(None, len(folded)), override=True)


def _masked_link(draft: Draft, start: int, end: int) -> bool:
    """Whether the hit [start, end) is the whole of a bare link read by twitter-text: no scheme, no path, letters
    around one inner dot ("k.ke" autolinks as a ``.ke`` domain). Such a link is a masked term ("k.ke" in "you k.ke"),
    read by the term lists like the words around it; a link with a scheme, a path, a port or more dots ("k.ke/news",
    "https://k.ke", "bit.ly" unless it is a listed spelling) keeps the entity's exemption. Link extraction itself
    (lengths, etiquette) is unchanged."""
    text = draft.text[start:end]
    dot = text.find(".")
    if not 0 < dot < len(text) - 1 or text.count(".") != 1 or not text.replace(".", "").isalpha():
        return False
    return any(url.offset == start and url.offset + url.length == end for url in draft.entities.urls)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    entry: Entry


class TermsRule(Rule):
    """Flags listed terms at word boundaries, outside entities and allow-listed phrases."""

    def __init__(
        self,
        meta: RuleMeta,
        automata: Mapping[str, Any],
        params: TermsParams,
        models: Mapping[str, Classifier] | None = None,
        grammars: Mapping[str, Grammar] | None = None,
        aim: _Aim | None = None,
        subjects: _Aim | None = None,
    ) -> None:
        super().__init__(meta)
        self.aim = aim
        self.subjects = subjects
        """(T, session 31) ``params.thing_subjects``' aim words, read by ``_of_thing``."""
        self.subject_before = {
            lang: re.compile(f"(?:{p})\\s*$")
            for lang, p in (params.thing_subjects.before if params.thing_subjects is not None else {}).items()
        }
        self.automata = dict(automata)
        self.shared: SharedTermScan | None = None
        """(S, session 19) The one pass of every ``terms`` rule of the rule set (``app.kinds.term_scan``), if any."""
        self.grammars: dict[str, Grammar] = dict(grammars or {})
        self._by_language: dict[str, tuple[Any]] = {}
        self.params = params
        self.entity_kinds = frozenset(k.rstrip("s") for k in params.entities)
        self.models: dict[str, Classifier] = dict(models or {})
        self.demote = [
            ({lang: re.compile(f"(?:{pattern})\\s*$") for lang, pattern in patterns.items()}, reason)
            for patterns, reason in ((params.reported, REPORTED), (params.self_directed, SELF_DIRECTED))
            if patterns
        ]
        self.mentioned = {lang: re.compile(pattern) for lang, pattern in params.mentioned.items()}
        self.use_before = {lang: re.compile(f"(?:{pattern})\\s*$") for lang, pattern in params.use_before.items()}
        self.use_after = {lang: re.compile(pattern) for lang, pattern in params.use_after.items()}
        self.quoted_unless = {lang: re.compile(pattern) for lang, pattern in params.quoted_unless.items()}
        self.quote_openers = {lang: re.compile(f"(?:{p})\\s*$") for lang, p in params.quote_openers.items()}

    def _automaton(self, language: str) -> Any:
        found = self._by_language.get(language)
        if found is None:  # once per language code: the draft's base language, else the list for all languages
            base = language.split("-")[0]
            found = self._by_language[language] = (self.automata.get(base) or self.automata.get(ANY_LANGUAGE),)
        return found[0]

    def matches(self, folded: Folded, language: str) -> list[_Match]:
        """Term matches in folded coordinates: boundaries checked, allow-list applied, overlaps resolved."""
        auto = self._automaton(language)
        if auto is None or not len(auto) or not folded.text:
            return []
        candidates: list[_Match] = []
        allowed: list[tuple[int, int]] = []
        shared = self.shared  # (S, session 19) the hits of the rule set's one pass, as this automaton gives them
        found = auto.iter(folded.text) if shared is None else shared.hits(folded.text, language, auto)
        for last, variant in found:
            end = last + 1
            start = end - variant.length
            if not folded.is_boundary(start, end):
                continue
            if variant.entry is None:
                allowed.append((start, end))
                continue
            if variant.needs_squeeze and not folded.was_squeezed(start, end):
                continue
            if variant.spaced and not all(i in folded.joints for i in range(start + 1, end)):
                continue  # "fuckyou" written so is a word of its own; spaced out letter by letter, two words
            candidates.append(_Match(start, end, variant.entry))
        if not candidates:  # most drafts: no listed term at a word boundary
            return candidates
        if allowed:
            candidates = [m for m in candidates if not any(a <= m.start and m.end <= b for a, b in allowed)]
        candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
        kept: list[_Match] = []
        last_end = -1
        for match in candidates:
            if match.start >= last_end:
                kept.append(match)
                last_end = match.end
        return kept

    def severity_for(self, entry: Entry) -> Severity:
        """The severity of a term: its sureness through ``severity_by_sureness``, capped by the rule's."""
        table = self.params.severity_by_sureness
        if table is None or entry.sureness is None or entry.sureness not in table:
            return self.meta.severity
        graded = table[entry.sureness]
        return graded if graded.rank <= self.meta.severity.rank else self.meta.severity

    def listed(self, draft: Draft, ctx: CheckContext) -> bool:
        """Whether a listed term occurs in the draft, homonyms read in their harmless sense included (a rule that
        defers to this list leaves those to it too: « le président mongol » is neither a slur nor the model's)."""
        folded = folded_draft(draft)
        for match in self.matches(folded, draft.language):
            start, end = folded.span(match.start, match.end)
            if self._off_limits(draft, folded, start, extend_over_marks(draft.text, end)):
                continue
            if ctx.accepted and draft.text[start:end].casefold() in ctx.accepted:
                continue
            return True
        return False

    def _off_limits(self, draft: Draft, folded: Folded, start: int, end: int) -> bool:
        """Whether the hit [start, end) is in an entity the rule does not read (a masked bare link excepted) or in an
        e-mail address or scheme/``www.`` link: "f@g.com", "fag@bar.com" are addresses, not slurs."""
        if folded.in_address(start, end):
            return True
        kind = draft.entity_at(start, end)
        return kind is not None and kind.rstrip("s") not in self.entity_kinds and not _masked_link(draft, start, end)

    def _demoted(self, folded: Folded, start: int, end: int, language: str) -> str | None:
        """Why (a key of ``notes.REASONS``) the words right before a hit (``reported``, ``self_directed``) or right
        after it (``mentioned``) make it info, or None; none when the writer aims the word themselves (``use_before``,
        ``use_after``)."""
        base = language.split("-")[0]
        text, low, high = folded.text, max(0, start - REPORT_REACH), end + REPORT_REACH
        reason = None
        for patterns, why in self.demote:
            pattern = patterns.get(base)
            if pattern is not None and pattern.search(text, low, start):
                reason = why
                break
        after = self.mentioned.get(base)
        if reason is None and after is not None and after.match(text, end, high):
            reason = MENTIONED
        opener = self.quote_openers.get(base)
        opening = _quotation_opening(text, start, end) if reason is None and opener is not None else None
        if opener is not None and opening is not None and opener.search(text, max(0, opening - REPORT_REACH), opening):
            reason = REPORTED  # 'He yelled "kill the …" at us': the quoted words are someone else's
            start = opening  # 'I yelled "you …" at him': the writer's own words, read before the quotation
            low = max(0, start - REPORT_REACH)
        quoted = self.quoted_unless.get(base)
        if reason is None and quoted is not None and _quoted(text, start, end):
            low_s, high_s = _sentence(text, start, end)
            if not quoted.search(text, low_s, high_s) and not _vocative(text, low_s, start, end):
                reason = MENTIONED
        if reason is None:
            return None
        before, aimed = self.use_before.get(base), self.use_after.get(base)
        if (before is not None and before.search(text, low, start)) or (
            aimed is not None and aimed.match(text, end, high)
        ):
            return None
        return reason

    def _of_thing(self, draft: Draft, ctx: CheckContext, folded: Folded, match: _Match) -> bool:
        """(T, session 31) Whether the hit of ``match`` is said of a thing (``params.thing_subjects``): the draft names
        no group, and its subject, the words ``before`` catches right before the hit, names a thing and no people
        (``AimReader.subject_of_thing``). "Monday can go die", "my laptop can drop dead"."""
        subjects = self.subjects
        base = draft.language.split("-")[0]
        pattern = self.subject_before.get(base)
        if subjects is None or pattern is None:
            return False
        if self._to_thing(draft, ctx, folded, match):
            return True
        found = pattern.search(folded.text, max(0, match.start - REPORT_REACH), match.start)
        if found is None or base not in subjects.reader.words or subjects.aimed(draft, ctx) == "group":
            return False
        subject = folded.span(found.start("subject"), found.end("subject"))
        return subjects.reader.subject_of_thing(draft.text, base, subject, folded.span(match.start, match.end))

    def _to_thing(self, draft: Draft, ctx: CheckContext, folded: Folded, match: _Match) -> bool:
        """(F, session 50) Whether the hit of ``match`` is said to a thing: it holds a second-person word and each of
        them addresses a thing named as the vocative of its sentence (``AimReader.thing_second_person``: "Excel, I will
        find you", "We know where you live, mould."), or (O, session 53) it is an imperative alone in its clause in a
        sentence addressed to a thing (``AimReader.said_to_thing``: « Crève, hiver. »), in a draft that names no group
        and @mentions no one. "Dave, I will find you", "I know where you live, Muslims", « Crève, sale Arabe » keep
        their grade."""
        subjects = self.subjects
        if subjects is None:
            return False
        start, end = folded.span(match.start, match.end)
        tokens = [t for t in word_tokens(draft.text) if start <= t.start < end]
        words = subjects.reader.words.get(draft.language.split("-")[0])
        if words is None:
            return False
        if not any(t.norm in words.second_person for t in tokens):
            # (O, session 53) an imperative that is its clause alone, said to a thing named as its sentence's
            # vocative (« Crève, hiver. », « Maudite tondeuse, crève. », "Die, printer."): the verb addresses it
            return (
                _clause_alone(draft.text, start, end)
                and subjects.reader.said_to_thing(draft.text, draft.language, start, end)
                and subjects.aimed(draft, ctx) not in ("group", "mention")
            )
        addressed = set(subjects.reader.thing_second_person(draft.text, draft.language))
        if not all((t.start, t.end) in addressed for t in tokens if t.norm in words.second_person):
            return False
        return subjects.aimed(draft, ctx) not in ("group", "mention")

    def _confirmed(self, draft: Draft, severity: Severity) -> tuple[Severity, str | None]:
        """``severity`` one grade up (capped by the rule's) when the model reads the whole draft as its task."""
        spec = self.params.model
        base = draft.language.split("-")[0]
        model = self.models.get(base)
        if spec is None or model is None:
            return severity, None
        if severity is Severity.WARNING and base in spec.lower_below:
            stacked = draft.memo(f"model:{base}:{model.task}", lambda: model.probability(draft.text))
            if stacked < spec.lower_below[base]:
                return Severity.INFO, harmless_note(spec.task, stacked, draft.language)
        if severity.rank >= self.meta.severity.rank:
            return severity, None
        # (S2, session 43) a draft whose language is unsure runs both packs; so do their models: the hit goes up when
        # the model of its own language or of the other pack language checked too is sure, each at its own raise_at,
        # so that a short insult's grade does not depend on which pack was chosen first (« Idiot » in a short French
        # draft: the English model's warning, read English, was lost when the words made it French)
        choice = choice_of(draft)
        for language in (base, *(choice.also if choice is not None else ())):
            judge = self.models.get(language)
            if judge is None or language not in spec.raise_at:
                continue
            probability = _model_reading(draft, language, judge, spec.stacked)
            if probability >= spec.raise_at[language]:
                raised = next(s for s in Severity if s.rank == severity.rank + 1)
                return raised, model_note(spec.task, probability, draft.language)
        return severity, None

    def _named(
        self, draft: Draft, folded: Folded, naming: int, entry: Entry, hit: tuple[int, int], severity: Severity
    ) -> tuple[int, Severity]:
        """A hit that names a person (``names_person``, its words from folded ``naming``; ``hit``: the folded start
        and the draft end of the word): the draft start of the phrase, and the grade (an expletive is graded as an
        insult that names a person, sureness 2)."""
        start = folded.span(naming, hit[0])[0]
        start += len(draft.text[start : hit[1]]) - len(draft.text[start : hit[1]].lstrip())
        if entry.expletive is True:
            named = self.severity_for(replace(entry, sureness=2))
            if named.rank > severity.rank:
                severity = named
        return start, severity

    def _by_aim(
        self,
        draft: Draft,
        ctx: CheckContext,
        folded: Folded,
        hit: tuple[_Match, list[_Match]],
        severity: Severity,
        explanation: str | None,
        span: tuple[int, int],
    ) -> tuple[Severity, str | None, bool]:
        """The grade of a hit (``hit``: the match and every match of the draft; ``span``: its draft span) by the aim
        of ``params.aim``, its explanation, and whether it was capped as said of a thing: an expletive in a draft aimed
        at no one, or (H, session 23) an insult that is the epithet of a thing (« ce connard de GPS », "that bastard of
        a printer"), graded as an expletive is."""
        match, matches = hit
        entry = match.entry
        if self.aim is None:
            return severity, explanation, False
        if entry.expletive:
            # (H, session 27) the words of the draft's expletives aim it at no one: « ce correcteur à la con » (« con »
            # after an article is a person noun) is said of a thing, « ton idée à la con » is aimed by « ton »
            own = tuple(folded.span(m.start, m.end) for m in matches if m.entry.expletive)
            graded = self.aim.graded(
                draft, ctx, entry, severity, explanation, folded, (match.start, match.end), span[0], own=own
            )
        elif severity is not Severity.INFO and (
            self._names_thing(draft, match, matches)
            or self.aim.reader.said_to_thing(draft.text, draft.language, span[0], span[1])
        ):
            # (T, session 36) or words addressed to someone said to a thing named as the vocative of their sentence
            # ("Fuck you, Monday", "screw you printer", « Va te faire foutre, lundi »): read as said of that thing
            graded = self.aim.graded(
                draft, ctx, entry, severity, explanation, folded, (match.start, match.end), span[0], thing=span
            )
        else:
            return severity, explanation, False
        return graded[0], graded[1], graded[0] != severity

    def _names_thing(self, draft: Draft, match: _Match, matches: list[_Match]) -> bool:
        """(H, session 23) Whether the hit of an insult (no expletive) is said of a thing
        (``AimReader.insult_of_thing``: « ce connard de GPS », « enculé de moustique », "that bastard of a printer",
        « nique ce lundi ») and no other listed word is the noun it names (« connard de merde » names a person)."""
        if self.aim is None:
            return False
        folded = folded_draft(draft)
        for other in matches:
            if other.start >= match.end and _EPITHET_GAP.fullmatch(folded.text, match.end, other.start):
                return False
        start, end = folded.span(match.start, match.end)
        return self.aim.reader.insult_of_thing(draft.text, draft.language, start, end)

    def _usage(self, draft: Draft, start: int, end: int, entry: Entry) -> Reading | None:
        """How a homonym's hit is used, by the grammar of the draft's language (French, else English)."""
        if not entry.homonym:
            return None
        grammar = self.grammars.get("fr" if draft.language.split("-")[0] == "fr" else "en")
        if grammar is None:
            return None
        found = reading(draft.text, start, end, grammar, entry.homonym)
        if found == INSULT and entry.cues and _list_head(draft.text, start, end, entry, grammar):
            return None  # (F, session 46) the head of a list of the sense's things, no one called
        return found

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Findings for every listed term in the draft."""
        folded = folded_draft(draft)
        matches = self.matches(folded, draft.language)
        if not matches:  # most drafts: no generator to run
            return ()
        return self._findings(draft, ctx, folded, matches)

    def _findings(self, draft: Draft, ctx: CheckContext, folded: Folded, matches: list[_Match]) -> Iterator[Finding]:
        accepted = ctx.accepted
        for match in matches:
            start, end = folded.span(match.start, match.end)
            end = extend_over_marks(draft.text, end)
            if self._off_limits(draft, folded, start, end):
                continue
            excerpt = draft.text[start:end]
            if accepted and excerpt.casefold() in accepted:
                continue
            entry = match.entry
            usage = self._usage(draft, start, end, entry)
            if usage != INSULT and _cleared(draft, start, end, entry):
                continue
            values = {"excerpt": excerpt, "list": self.params.list_name, "term": entry.term}
            why = self._demoted(folded, match.start, match.end, draft.language)
            if why is None and self.subjects is not None and self._of_thing(draft, ctx, folded, match):
                why = OF_THING
            explanation: str | None
            if why is not None:
                severity, explanation = Severity.INFO, reason_note(why, draft.language)
            else:
                severity, explanation = self._confirmed(draft, self.severity_for(entry))
            if entry.homonym and (self.params.homonym_grading == "slur" or usage == INNOCENT):
                severity, explanation = _by_usage(usage, severity, explanation, self.meta.severity, draft.language)
            unaimed, replacements = False, [match_case(r, excerpt) for r in entry.replacements]
            naming = self.aim.names_person(draft, folded, match) if self.aim and entry.expletive != "mild" else None
            if naming is not None:  # an insult that names a person: one thing said, on its whole phrase (session 23)
                start, severity = self._named(draft, folded, naming, entry, (match.start, end), severity)
                values["excerpt"] = excerpt = draft.text[start:end]
                replacements = []  # a word's replacement does not replace the phrase
            else:
                severity, explanation, unaimed = self._by_aim(
                    draft, ctx, folded, (match, matches), severity, explanation, (start, end)
                )
            # read in its harmless sense, the word is not called a slur: the rule's "harmless-sense" message, if any
            harmless = bool(entry.homonym) and usage == INNOCENT and why is None
            key = entry.key
            if naming is not None and NAMES_PERSON_KEY in self.meta.messages:
                key = NAMES_PERSON_KEY  # an insult said to or of a person, in the words of risk.insults
            elif harmless and HARMLESS_KEY in self.meta.messages:
                key = HARMLESS_KEY
            elif why == OF_THING and OF_THING in self.meta.messages:
                key = OF_THING  # (T, session 32) a violent figure of speech said of a thing: no threat to anyone
            elif unaimed and severity is Severity.INFO and UNAIMED_KEY in self.meta.messages:
                key = UNAIMED_KEY  # a vulgar word said of a thing: the audience may mind, no one is attacked
            finding = self.finding(
                draft,
                start,
                end,
                key=key,
                replacements=replacements,
                severity=severity,
                explanation=explanation,
                **values,
            )
            if entry.message:
                finding = _with_message(finding, render(pick_language(entry.message, draft.language), values))
            yield finding


_EPITHET_GAP = re.compile(r"\s*(?:de|d'|of(?:\s+an?)?)\s*")  # between an insult and a listed word it names

_QUOTES = "\"'"
_SENTENCE_END = re.compile(r"[.!?\n]")


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether folded [start, end) is the whole of a quotation: a quote mark (after a space or nothing) right before
    it and the same mark right after it (before no letter), spaces inside allowed (« sale arabe »: " sale arabe ")."""
    before = text[:start].rstrip(" ")
    after = text[end:].lstrip(" ")
    if not before or not after or before[-1] not in _QUOTES or after[0] != before[-1]:
        return False
    opener_ok = len(before) == 1 or not before[-2].isalnum()
    return opener_ok and not (len(after) > 1 and after[1].isalpha())


def _quotation_opening(text: str, start: int, end: int) -> int | None:
    """Where the quotation holding folded [start, end) opens in its sentence: the nearest quote mark before the hit
    (after a space or nothing, an even count of that mark before it) that the same mark closes after the hit; None
    when the nearest mark before the hit is no such opening."""
    low, high = _sentence(text, start, end)
    for i in range(start - 1, low - 1, -1):
        mark = text[i]
        if mark not in _QUOTES:
            continue
        opens = (i == 0 or not text[i - 1].isalnum()) and text[low:i].count(mark) % 2 == 0
        return i if opens and text.find(mark, end, high) >= 0 else None
    return None


def _vocative(text: str, low: int, start: int, end: int) -> bool:
    """Whether the quoted hit [start, end) opens its sentence (from ``low``) and a comma or "!" follows its closing
    quote: the word calls someone ("\"Faggot\", go home"), it is not discussed."""
    if text[low:start].strip(" " + _QUOTES):
        return False
    after = text[end:].lstrip(" ")[1:].lstrip(" ")
    return after[:1] in (",", "!")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The folded sentence around [start, end): from after the last sentence end before it to the next one after."""
    low = max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1
    following = _SENTENCE_END.search(text, end)
    return low, following.start() if following is not None else len(text)


_LIST_PARTS = re.compile(r"\s*(?:,|;|&|\+|\band\b|\bor\b|\bet\b|\bou\b)\s*", re.IGNORECASE)
_LIST_END = re.compile(r"[.!?:\n]|\s[-\u2013\u2014]\s")


def _list_head(text: str, start: int, end: int, entry: Entry, grammar: Grammar) -> bool:
    """(F, session 46) Whether a homonym read as a vocative only (``app.text.usage.vocative_only``) heads a list
    of things: a comma after it, then two items or more parted by commas or a coordinator, the first of one to
    three words holding a word of ``entry.cues`` (the sense's neighbours): "Faggots, mash and onion
    gravy tonight", "Fags, lighter, keys, wallet", "Dyke, polder, windmill, canal", « Pédale, chaîne et dérailleur
    changés ». A call goes on with no such item: "Faggot, shut up and get out", « Pédale, dégage d'ici ». (R, session
    47) ``grammar`` is the one ``TermsRule._usage`` read the hit with, no second look-up."""
    if not vocative_only(text, start, end, grammar):
        return False
    return _listed(text, end, entry.cues)


def _listed(text: str, end: int, cues: frozenset[str]) -> bool:
    """(F, session 46) Whether ``text`` after ``end`` (a hit followed by a comma) goes on as a list's items up to its
    sentence's end or a colon: two items or more, the first of one to three words holding one of ``cues``."""
    rest = text[end:]
    if not rest.lstrip().startswith(","):
        return False
    rest = rest.lstrip()[1:]
    stop = _LIST_END.search(rest)
    items = [item for item in _LIST_PARTS.split(rest[: stop.start()] if stop else rest) if item.strip()]
    if len(items) < 2:
        return False
    first = [t.norm for t in tokenize(items[0]) if t.word]
    return 1 <= len(first) <= 3 and any(norm in cues for norm in first)


def _cleared(draft: Draft, start: int, end: int, entry: Entry) -> bool:
    """Whether the hit ``[start, end)`` is not the term: a cue of its harmless sense near it, or (B, session 53) an
    acronym spelt out in brackets right after it ("PD (probability of default)")."""
    return bool(entry.cues and _near_cue(draft, start, end, entry)) or _expanded_acronym(draft.text, start, end)


_EXPANSION = re.compile(r"\s*\(([^()]{3,80})\)")
_EXPANSION_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _expanded_acronym(text: str, start: int, end: int) -> bool:
    """(B, session 53) Whether the hit ``[start, end)`` is an acronym in capitals (2 to 5 letters) that the words in
    brackets right after it spell out ("PD (probability of default)", « PD (probabilité de défaut) »): the initials of
    its words, short function words skipped where needed, are its letters in order. An insult spelt so (« PD (pauvre
    débile) ») is read by the usage grammar first."""
    written = text[start:end]
    if not (2 <= len(written) <= 5 and written.isalpha() and written.isupper()):
        return False
    inside = _EXPANSION.match(text, end)
    if inside is None:
        return False
    words = [w.casefold() for w in _EXPANSION_WORD.findall(inside.group(1))]
    return _spells(written.casefold(), words)


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` are the initials of ``words`` in order, every word used or a word of three letters or fewer
    skipped (of, de, la, and …), the letters all used."""
    if not letters:
        return all(len(w) <= 3 for w in words)
    if not words:
        return False
    head, rest = words[0], words[1:]
    if head[0] == letters[0] and _spells(letters[1:], rest):
        return True
    return len(head) <= 3 and _spells(letters, rest)


def _near_cue(draft: Draft, start: int, end: int, entry: Entry) -> bool:
    """Whether a word of ``entry.cues`` stands within ``entry.window`` words of the hit ``[start, end)``."""
    words: list[Token] = draft.memo("terms:words", lambda: [t for t in tokenize(draft.text) if t.word])
    inside = [i for i, t in enumerate(words) if t.start < end and start < t.end]
    if not inside:
        return False
    low, high = max(0, inside[0] - entry.window), inside[-1] + entry.window + 1
    return any(t.norm in entry.cues for t in words[low : inside[0]] + words[inside[-1] + 1 : high])


HARMLESS_KEY = "harmless-sense"  # the message key of a homonym read in its harmless sense
NAMES_PERSON_KEY = "names-person"  # (H, session 23) the message key of a word that names a person ("you are a moron")
UNAIMED_KEY = "unaimed"  # the message key of an expletive capped at info in a draft aimed at no one
HARMLESS_SENSES = reason_notes("harmless-sense")  # the explanation (every language) of a homonym read as harmless


def _by_usage(
    usage: Reading | None, severity: Severity, explanation: str | None, top: Severity, language: str
) -> tuple[Severity, str | None]:
    """A homonym's grade by its grammar of use (``app.text.usage``): aimed at people, the rule's own severity; in its
    harmless sense, info; neither, at most a warning. A hit already info (reported, mentioned, said of the writer,
    read as harmless by the model) stays so."""
    if severity is Severity.INFO:
        return severity, explanation
    if usage == INNOCENT:
        return Severity.INFO, reason_note("harmless-sense", language)
    if usage == INSULT:
        return top, explanation or reason_note("aimed", language)
    if severity.rank > Severity.WARNING.rank:
        return Severity.WARNING, reason_note("ambiguous", language)
    return severity, explanation


def _with_message(finding: Finding, message: str) -> Finding:
    from dataclasses import replace

    return replace(finding, message=message)


def match_case(replacement: str, excerpt: str) -> str:
    """``replacement`` in the case pattern of ``excerpt`` (MERDE -> MINCE, Merde -> Mince)."""
    letters = [c for c in excerpt if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if letters and letters[0].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _grammars(meta: RuleMeta, params: TermsParams, deps: Deps) -> dict[str, Grammar]:
    """The rule's grammars of homonyms by draft language (``params.senses``: ``app.text.usage.load_grammars``)."""
    return load_grammars(params.senses, lambda relative: deps.resolve(meta, relative))


def _check_senses(path: Path, term_file: TermFile, grammar: Grammar | None, language: str) -> None:
    """``ValueError`` naming the term list and the entry when an entry names a sense that the grammar of its list's
    language does not hold."""
    for i, spec in enumerate(term_file.terms):
        if isinstance(spec, str) or not spec.homonym:
            continue
        if grammar is None:
            raise ValueError(f"term list {path}: terms.{i}.homonym ({spec.term}): no params.senses.{language} reads it")
        unknown = [sense for sense in spec.homonym if sense not in grammar.senses]
        if unknown:
            raise ValueError(
                f"term list {path}: terms.{i}.homonym ({spec.term}): unknown sense {unknown[0]!r} "
                f"(senses of {language}: {', '.join(sorted(grammar.senses))})"
            )


class TermsKind(Kind[TermsParams]):
    """Builds ``terms`` rules: reads term files, generates forms and compiles the automata once."""

    Params = TermsParams

    def build(self, meta: RuleMeta, params: TermsParams, deps: Deps) -> Rule:
        """Load every list, build one automaton per language (inline terms apply to all)."""
        tables: dict[str, _Table] = {}
        shared_allow = list(params.allow)
        files: dict[str, list[TermFile]] = {}
        grammars = _grammars(meta, params, deps)
        for language, paths in params.lists.items():
            for relative in [paths] if isinstance(paths, str) else paths:
                path = named_file(deps, meta, relative, f"lists.{language}", "term list")
                term_file = read_term_file(path)
                _check_senses(
                    path, term_file, grammars.get(term_file.language or language), term_file.language or language
                )
                files.setdefault(language, []).append(term_file)
        languages = set(files) | {ANY_LANGUAGE}
        for language in languages:
            table = tables.setdefault(language, _Table())
            sources = [(language, f) for f in files.get(language, [])]
            if language != ANY_LANGUAGE:
                sources += [(language, f) for f in files.get(ANY_LANGUAGE, [])]
            for lang, term_file in sources:
                _add_entries(
                    table,
                    term_file.terms,
                    language=term_file.language or lang,
                    default_sureness=term_file.sureness,
                    default_key=term_file.key or "default",
                    inflections=list(term_file.inflect) or list(params.inflect),
                    min_sureness=params.min_sureness,
                    homonyms=term_file.homonyms,
                    window=term_file.homonym_window,
                    fuzzy_exclude=frozenset(map(fold_term, term_file.fuzzy_exclude)) if term_file.fuzzy else None,
                )
                _add_allow(table, term_file.allow)
            _add_entries(
                table,
                params.terms,
                language=language if language != ANY_LANGUAGE else "en",
                default_sureness=None,
                default_key="default",
                inflections=params.inflect,
                min_sureness=params.min_sureness,
            )
            _add_allow(table, shared_allow)
        automata = {lang: table.automaton() for lang, table in tables.items()}
        models: dict[str, Classifier] = {}
        if params.model is not None:
            for language in {**params.model.raise_at, **params.model.lower_below}:
                model = classifier(params.model.task, language)
                if model is not None:
                    models[language] = model
        aim = _read_aim(meta, params.aim, deps) if params.aim is not None else None
        subjects = params.thing_subjects
        read = _read_aim(meta, AimGrading(words_of=subjects.words_of, unaimed={}), deps) if subjects else None
        return TermsRule(meta, automata, params, models, grammars, aim, read)


@dataclass(frozen=True)
class _Aim:
    """``params.aim`` built: the aim words of another rule (``app.text.aim``), its groups and the caps."""

    reader: AimReader
    groups: Mapping[str, TermsRule]  # language -> the group words (a draft naming a group is aimed)
    unaimed: Mapping[int, Severity]
    mild: Severity
    key: str
    addressed_before: Mapping[str, re.Pattern[str]]
    addressed_after: Mapping[str, re.Pattern[str]]
    names_person_before: Mapping[str, re.Pattern[str]]
    names_person_after: re.Pattern[str]

    def names_person(self, draft: Draft, folded: Folded, match: _Match) -> int | None:
        """Where the words start (folded) that make the word of ``match`` the noun said of a person
        (``names_person_before`` and ``names_person_after``: "you're a piece of shit", « t'es une merde », "you are a
        moron"), or None."""
        before = self.names_person_before.get(draft.language.split("-")[0])
        start, end = match.start, match.end
        # (session 35, K) the phrase may close on an @mention or a #hashtag, which the fold spells as letters ("@voisin"
        # reads "avoisin"): the draft as written says so (« Tu es vraiment un gros con @voisin »)
        closed = self.names_person_after.match(folded.text, end) or self.names_person_after.match(
            draft.text, folded.span(start, end)[1]
        )
        if before is None or not closed:
            return None
        found = before.search(folded.text, max(0, start - REPORT_REACH), start)
        return None if found is None else found.start()

    def aimed(self, draft: Draft, ctx: CheckContext) -> str | None:
        """What points the draft at people: "group", an @mention ("mention"), a name or a person word (``aim``'s
        kinds), or None (once per draft)."""

        def read() -> str | None:
            groups = self.groups.get(draft.language.split("-")[0])
            if groups is not None and groups.listed(draft, ctx):
                return "group"
            mentions = bool(draft.entities.mentions)
            return self.reader.aim(draft.text, draft.language, mentions=mentions)

        return draft.memo(self.key, read)

    def graded(
        self,
        draft: Draft,
        ctx: CheckContext,
        entry: Entry,
        severity: Severity,
        explanation: str | None,
        folded: Folded,
        span: tuple[int, int],
        at: int,
        *,
        thing: tuple[int, int] | None = None,
        own: tuple[tuple[int, int], ...] = (),
    ) -> tuple[Severity, str | None]:
        """``severity`` capped by ``unaimed`` (by the entry's sureness) in a draft aimed at no one, unless the words
        around the hit (folded ``span``) address it to someone. A draft aimed only by an @mention is aimed at no one
        for a hit (starting at ``at`` in the draft) that qualifies a thing in its noun phrase: "@sam_k this fucking
        printer again", « @paul ce métro de merde » (``AimReader.of_thing``). ``thing``: the draft span of an
        insult said of a thing (« ce connard de GPS »): the draft's aim is read without that word, and an @mention
        aims it at no one. ``own``: the draft spans of the draft's expletives, read as blanks (their words name no
        one: « à la con »)."""
        cap = (
            self.mild
            if entry.expletive == "mild"
            else self.unaimed.get(entry.sureness if entry.sureness is not None else 1)
        )
        if cap is None or severity.rank <= cap.rank or self._addressed(draft, folded, span):
            return severity, explanation
        if thing is not None:  # an insult noun naming a thing: the draft's aim without that word (it names no one)
            blank = draft.text[: thing[0]] + " " * (thing[1] - thing[0]) + draft.text[thing[1] :]
            aimed = draft.memo(
                f"{self.key}:without:{thing[0]}:{thing[1]}",
                lambda: self._grouped(draft, ctx) or self.reader.aim(blank, draft.language, mentions=False),
            )
        else:
            aimed = self._aim_at(draft, ctx, at, own)
        if aimed is not None:
            return severity, explanation
        return cap, reason_note("unaimed", draft.language)

    def _aim_at(self, draft: Draft, ctx: CheckContext, at: int, own: tuple[tuple[int, int], ...]) -> str | None:
        """The aim of a hit starting at ``at`` in the draft (``graded``, a hit that names no thing itself): the
        draft's aim, read again without what names no target of this word — the addressee's possessive, the draft's
        own expletives (``own``), an @mention when the word qualifies a thing, the people outside a thing's clause,
        a thing addressed at the head of its sentence."""
        aimed = self.aimed(draft, ctx)
        owner = self.reader.thing_owner(draft.text, draft.language, at) if aimed is not None else None
        if owner is not None:
            # (H, session 30) the addressee's thing ("@acme your fucking wifi", « vos TER c'est de la merde »):
            # its possessive names the thing's owner, not the word's target; the draft is read without it
            own = (*own, owner)
        text = _unsworn(draft.text, own, self.reader.words.get(draft.language.split("-")[0]))
        if aimed in ("person", "name") and text != draft.text:
            aimed = draft.memo(self.key + ":unsworn", lambda: self.reader.aim(text, draft.language, mentions=False))
        if aimed == "mention" and self.reader.of_thing(draft.text, draft.language, at):
            # the addressee is no target of this word, anyone else the draft names is: "…, you broke it"
            aimed = draft.memo(self.key + ":unmentioned", lambda: self.reader.aim(text, draft.language, mentions=False))
        if aimed in ("name", "person") and self.reader.thing_phrase(draft.text, draft.language, at):
            # (T, session 33) a word inside a thing's noun phrase is said of that thing: no one the draft names
            # outside the word's own clause is its target ("Kevin, this fucking printer again", « Ce match de
            # merde, la faute à Deschamps »); a person in that clause still aims it ("these damn people clogging
            # up the fucking bus", "Kevin broke this fucking printer")
            aimed = self.reader.aim(_clause_of(text, at), draft.language, mentions=False)
        if aimed == "person":
            # (H, session 30) a thing addressed at the head of its sentence: the second person after it is that
            # thing (« Saloperie d'imprimante, tu vas démarrer oui ? »), anyone else the draft names still aims it
            vocative = self.reader.addressed_thing(text, draft.language, at)
            if vocative is not None:
                aimed = self.reader.aim(vocative, draft.language, mentions=False)
        return aimed

    def _grouped(self, draft: Draft, ctx: CheckContext) -> str | None:
        """The draft's aim when it names a group (its group words): "group", else None."""
        groups = self.groups.get(draft.language.split("-")[0])
        return "group" if groups is not None and groups.listed(draft, ctx) else None

    def _addressed(self, draft: Draft, folded: Folded, span: tuple[int, int]) -> bool:
        """Whether the words around the hit (folded ``span``) address it to someone (``addressed_before`` /
        ``addressed_after``): « pauvre merde », "shut the fuck up"."""
        base = draft.language.split("-")[0]
        before, after = self.addressed_before.get(base), self.addressed_after.get(base)
        start, end = span
        text = folded.text
        return bool(
            (before is not None and before.search(text, max(0, start - REPORT_REACH), start))
            or (after is not None and after.match(text, end, end + REPORT_REACH))
        )


def _clause_alone(text: str, start: int, end: int) -> bool:
    """(O, session 53) Whether the words at ``start``-``end`` of ``text`` are a clause of their own: the draft's or a
    sentence's start or a comma before them, a clause mark or the end after them (« Crève, hiver. », « …, crève. »)."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    return (not before or before[-1] in ".!?…\n,") and (not after or after[0] in ".!?…\n,;")


def _clause_of(text: str, at: int) -> str:
    """(T, session 33) ``text`` with every character outside the clause holding offset ``at`` blanked (the same
    offsets): a clause ends at a clause mark (``,;:.!?…`` or a line break)."""
    marks = ",;:.!?…\n"
    start = max(text.rfind(c, 0, at) for c in marks) + 1
    ends = [i for i in (text.find(c, at) for c in marks) if i >= 0]
    end = min(ends) if ends else len(text)
    return " " * start + text[start:end] + " " * (len(text) - end)


def _unsworn(text: str, spans: Sequence[tuple[int, int]], words: AimWords | None) -> str:
    """``text`` with the words of each of ``spans`` (draft offsets) that name people (``person_word``: « con » in « à
    la con ») as "xxx", and the rest of each span in lower case (a capital there is no name): the same offsets, and
    every other word where it stood ("Fucking Poles …", « Hanouna est un putain de clown » keep their names)."""
    for start, end in spans:
        part = list(text[start:end].lower())
        if words is not None:
            for token in tokenize(text[start:end]):
                if token.word and person_word(token.norm, words):
                    part[token.start : token.end] = "x" * (token.end - token.start)
        text = text[:start] + "".join(part) + text[end:]
    return text


def _read_aim(meta: RuleMeta, spec: AimGrading, deps: Deps) -> _Aim:
    """The aim words of ``spec.words_of`` (a classifier rule: its targets and person_nouns, not_names,
    name_determiners, plural_* lists) and a terms rule of its skip_when group lists."""
    path, raw = borrowed_params(spec.words_of, "classifier", "aim.words_of", deps)
    reader = AimReader.read(raw, persons=("targets", "person_nouns"))
    groups: dict[str, TermsRule] = {}
    for lang, files in (raw.get("skip_when") or {}).items():
        terms: list[TermSpec | str] = [
            t
            for f in ([files] if isinstance(files, str) else files)
            for t in plain_terms(meta, str(path.parent / f), deps)
        ]
        rule = TermsKind().build(meta, TermsParams(terms=terms, entities=["hashtag"]), deps)
        if isinstance(rule, TermsRule):
            groups[lang] = rule
    before = {lang: re.compile(f"(?:{p})\\s*$") for lang, p in spec.addressed_before.items()}
    after = {lang: re.compile(p) for lang, p in spec.addressed_after.items()}
    names = {lang: re.compile(f"(?:{p})\\s*$") for lang, p in spec.names_person_before.items()}
    return _Aim(
        reader,
        groups,
        dict(spec.unaimed),
        spec.mild,
        f"aim:{meta.id}",
        before,
        after,
        names,
        re.compile(spec.names_person_after),
    )


def head_adjectives(meta: RuleMeta, relative: str, deps: Deps) -> frozenset[str]:
    """The folded one-word forms of the entries of a group list (risk.hate's ``groups.yml``) that name a group only
    with a noun of people (``heads``, ``open_heads``: "black", "turkish", "iranian"): alone before another noun they
    qualify a thing ("Turkish coffee", "THE IRANIAN MULLAH")."""
    path = deps.resolve(meta, relative)
    data: Any = read_yaml(path, "skip_when:")
    entries = data.get("terms", []) if isinstance(data, Mapping) else data
    out: set[str] = set()
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, Mapping) and (entry.get("heads") or entry.get("open_heads")):
            for form in (entry.get("term"), *entry.get("forms", [])):
                if isinstance(form, str) and " " not in form.strip():
                    out.add(fold_term(form))
    return frozenset(out)


def plain_terms(meta: RuleMeta, relative: str, deps: Deps) -> list[TermSpec]:
    """The terms and written forms of a term file, whatever matching options it carries for its own kind."""
    path = deps.resolve(meta, relative)
    data: Any = read_yaml(path, "skip_when:")
    entries = data.get("terms", []) if isinstance(data, Mapping) else data
    if not isinstance(entries, list):
        raise ValueError(f"skip_when: {relative} holds no 'terms' list")
    out: list[TermSpec] = []
    for entry in entries:
        if isinstance(entry, str):
            out.append(TermSpec(term=entry))
        elif isinstance(entry, Mapping) and isinstance(entry.get("term"), str):
            forms = [f for f in entry.get("forms", []) if isinstance(f, str)]
            out.append(TermSpec(term=entry["term"], forms=forms))
    return out


def _model_reading(draft: Draft, language: str, model: Classifier, stacked: bool) -> float:
    """The probability ``model`` (of pack ``language``) gives the whole draft, read once per draft."""
    key = f"model:{language}:{model.task}" + ("" if stacked else ":own")
    return draft.memo(key, lambda: model.probability(draft.text, stacked=stacked))

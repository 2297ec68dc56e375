"""Grammar of use of a homonym: aimed at people, or used in one of its harmless senses (the engine; the words are rule
data).

A few insults and slurs are also ordinary words: "fag" (a cigarette), "dyke" (an embankment), "coon" (a raccoon),
« tapette » (a fly swatter), « raton » (a young rat), « mongol » (the people). A list of sense words near the word
("bins", "attic") only knows the drafts its authors foresaw; the *grammar* the word stands in says which sense it has,
whatever the words around it. Each language's grammar is a rule file, ``rules/risk/terms/<lang>/senses.yml`` (its
header documents the format), read by ``load_grammar`` and validated there (a bad entry names the file and the key):

- ``insult``: patterns that aim the word at people, before the hit ("you absolute …", « espèce de … ») and after it
  ("… like you", « … qui dit … »); a vocative ("Move it, …!": the hit alone at the start of its sentence or after a
  comma, and the sentence ends or a comma, "!" or "?" follows) is read here, in every language;
- ``senses``: one entry per harmless sense, by what one does with that kind of thing: ``object_of`` (verbs whose object
  the hit is, through the file's ``object`` construction: "smoked a …"), ``before`` / ``after`` patterns, ``its`` ("its"
  and a noun after the hit, by the file's ``its`` pattern), ``emoji`` (an animal emoji in the draft, except the
  file's ``emoji_except``), ``capitalised_after`` (a name: capitalised right after one of these words, ``{name}``
  a word class: a people's name after « les », a family name after "Mr" or a first name),
  ``in_draft`` (F, session 51: a word of the sense's domain anywhere in the draft, « une souris dans la cuisine !
  vite, une … ? »; the insult grammar is read first, so « sale … » stays aimed);
- ``words``: word classes, written ``{name}`` in the patterns.

A term entry names its senses (``{term: coon, homonym: [animal]}``); the rule names the grammar of each draft language
(``params.senses``). ``reading`` returns ``INSULT`` (aimed at people), ``INNOCENT`` (in the grammar of one of the
entry's senses; a sense's verbs never clear another sense) or None (neither: "look at that … over there"). Insult
grammar wins over the harmless one ("shut up … and light my cigarette"); a masked or respelt hit ("f*g") is never
harmless.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

Reading = Literal["insult", "innocent"]
INSULT: Reading = "insult"
INNOCENT: Reading = "innocent"
REACH = 80  # characters read on either side of the hit, within its sentence
_WORD_CLASS = re.compile(r"\{([a-z_]+)\}")


class _Side(BaseModel):
    """Patterns before and after a hit (``before`` end right before it; ``after`` start right after its ``ending``)."""

    model_config = ConfigDict(extra="forbid")
    before: list[str] = Field(default_factory=list, description="patterns ending right before the hit")
    ending: str = Field(default="", description="the hit's inflection, read before every ``after`` pattern")
    after: list[str] = Field(default_factory=list, description="patterns starting right after the hit's ending")


class SenseSpec(_Side):
    """One harmless sense of a homonym, by what one does with that kind of thing."""

    object_of: list[str] = Field(default_factory=list, description="verbs whose object the hit is ('smoked a …')")
    its: bool = Field(default=False, description="'its' and a noun after the hit reads this sense")
    emoji: bool = Field(default=False, description="an animal emoji in the draft reads this sense")
    capitalised_after: list[str] = Field(
        default_factory=list,
        description="a name: capitalised right after one of these words ({name}: every word of a word class)",
    )
    in_draft: list[str] = Field(
        default_factory=list, description="(F, session 51) patterns anywhere in the folded draft: a word of the sense"
    )


class SenseFile(BaseModel):
    """A language's grammar of homonyms (``rules/risk/terms/<lang>/senses.yml``)."""

    model_config = ConfigDict(extra="forbid")
    notes: str | None = None
    language: str
    words: dict[str, list[str]] = Field(default_factory=dict, description="word classes, written {name} in patterns")
    object: str = Field(default="", description="what stands between a verb of ``object_of`` and the hit")
    its: str | None = Field(default=None, description="the pattern after the hit read by ``its: true`` senses")
    emoji_except: list[str] = Field(default_factory=list, description="Unicode name words of emoji that do not count")
    insult: _Side = Field(default_factory=_Side, description="the grammar that aims the word at people")
    senses: dict[str, SenseSpec] = Field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Sense:
    """A sense's grammar, compiled."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    its: bool
    emoji: bool
    capitalised_after: frozenset[str]
    in_draft: re.Pattern[str] | None = None


@dataclass(frozen=True, slots=True)
class Grammar:
    """A language's grammar of homonyms, compiled from its senses file."""

    language: str
    insult_before: re.Pattern[str] | None
    insult_after: re.Pattern[str] | None
    its: re.Pattern[str] | None
    emoji_except: frozenset[str]
    senses: Mapping[str, Sense]


class _Compiler:
    """Compiles a senses file's patterns, each checked alone so that an error names its key."""

    def __init__(self, spec: SenseFile) -> None:
        self.words = {name: "(?:" + "|".join(words) + ")" for name, words in spec.words.items()}
        self.classes = spec.words
        self.object = spec.object

    def fragment(self, pattern: str, key: str) -> str:
        """``pattern`` with its word classes written out; ``ValueError`` names ``key`` when it does not compile."""

        def word_class(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.words:
                raise ValueError(f"{key}: unknown word class {{{name}}} (words: {', '.join(sorted(self.words))})")
            return self.words[name]

        written = _WORD_CLASS.sub(word_class, pattern)
        try:
            re.compile(written)
        except re.error as exc:
            raise ValueError(f"{key}: not a valid regular expression ({exc})") from None
        return written

    def listed(self, entries: Iterable[str], key: str) -> list[str]:
        """(B, session 52) Words of a list, a ``{name}`` entry standing for every word of the word class ``name``
        (``capitalised_after: ['{honorific}', '{first_name}']``); ``ValueError`` names ``key`` for an unknown class."""
        out: list[str] = []
        for entry in entries:
            named = _WORD_CLASS.fullmatch(entry)
            if named is None:
                out.append(entry)
            elif named.group(1) in self.classes:
                out += self.classes[named.group(1)]
            else:
                raise ValueError(f"{key}: unknown word class {entry} (words: {', '.join(sorted(self.classes))})")
        return out

    def side(self, side: _Side, key: str, verbs: Iterable[str] = ()) -> tuple[re.Pattern[str] | None, ...]:
        """The before pattern (anchored at the hit) and the after pattern (from the hit's end) of one section."""
        before = [self.fragment(p, f"{key}.before.{i}") for i, p in enumerate(side.before)]
        objects = [self.fragment(v, f"{key}.object_of.{i}") for i, v in enumerate(verbs)]
        if objects:
            before.insert(0, r"\b(?:" + "|".join(objects) + ")" + self.fragment(self.object, "object"))
        after = [self.fragment(p, f"{key}.after.{i}") for i, p in enumerate(side.after)]
        ending = self.fragment(side.ending, f"{key}.ending")
        return (
            re.compile("(?:" + "|".join(before) + ")$") if before else None,
            re.compile(ending + "(?:" + "|".join(after) + ")") if after else None,
        )


def grammar_of(spec: SenseFile) -> Grammar:
    """Compile a validated senses file; ``ValueError`` names the key of a bad pattern or word class."""
    compiler = _Compiler(spec)
    insult_before, insult_after = compiler.side(spec.insult, "insult")
    senses: dict[str, Sense] = {}
    for name, sense in spec.senses.items():
        if sense.its and spec.its is None:
            raise ValueError(f"senses.{name}.its: the file has no 'its' pattern")
        before, after = compiler.side(sense, f"senses.{name}", sense.object_of)
        anywhere = [compiler.fragment(p, f"senses.{name}.in_draft.{i}") for i, p in enumerate(sense.in_draft)]
        in_draft = re.compile("|".join(anywhere)) if anywhere else None
        capitalised = frozenset(
            map(_fold, compiler.listed(sense.capitalised_after, f"senses.{name}.capitalised_after"))
        )
        senses[name] = Sense(before, after, sense.its, sense.emoji, capitalised, in_draft)
    its = re.compile(compiler.fragment(spec.its, "its")) if spec.its is not None else None
    return Grammar(spec.language, insult_before, insult_after, its, frozenset(spec.emoji_except), senses)


@lru_cache(maxsize=16)
def load_grammar(path: Path) -> Grammar:
    """Read and compile ``path`` (a senses file); ``ValueError`` names the file and the key of a bad entry."""
    from app.kinds.options import load_yaml  # the one YAML reader; imported late: below the rule layer

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"senses file {path}: cannot read ({exc.__class__.__name__})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise ValueError(f"senses file {path}: not valid YAML{line}") from None
    try:
        return grammar_of(SenseFile.model_validate(data))
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "(root)"
        raise ValueError(f"senses file {path}: {where}: {error['msg']}") from None
    except ValueError as exc:
        raise ValueError(f"senses file {path}: {exc}") from None


def load_grammars(senses: Mapping[str, str], resolve: Callable[[str], Path]) -> dict[str, Grammar]:
    """A rule's grammars by draft language from its ``senses`` (language -> a senses file, which ``resolve`` finds
    beside the rule file); ``ValueError`` names a missing file."""
    grammars: dict[str, Grammar] = {}
    for language, relative in senses.items():
        path = resolve(relative)
        if not path.is_file():
            raise ValueError(f"senses.{language}: senses file not found: {relative}")
        grammars[language] = load_grammar(path)
    return grammars


def sense_names(path: Path) -> list[str]:
    """The senses of a senses file, in its order (for the generated docs)."""
    from app.kinds.options import load_yaml

    return list(SenseFile.model_validate(load_yaml(path.read_text(encoding="utf-8"))).senses)


_QUOTES = "\"'\u201c\u00ab"
_WORD = re.compile(r"[\w'-]+")
_SENTENCE_END = re.compile(r"[.!?\n]")
_TITLE_DOT = re.compile(r"\b([A-Z][a-z]{0,3})\. ?$")  # a title's full stop right before the hit ("Dr. ", "Prof. ")


def _fold(text: str) -> str:
    """Lower case, accents off, typographic apostrophes straight: the form the patterns read."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _animal_emoji(text: str, excepted: frozenset[str]) -> bool:
    """Whether the draft holds an animal emoji (🦝 🐾 🦊 …) whose Unicode name holds none of the ``excepted`` words."""
    for char in text:
        code = ord(char)
        if 0x1F400 <= code <= 0x1F43E or 0x1F980 <= code <= 0x1F9AE or 0x1FAB0 <= code <= 0x1FABF:
            words = unicodedata.name(char, "").split()
            if not any(word in words for word in excepted):
                return True
    return False


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the hit's sentence before it and after it, each at most ``REACH`` characters."""
    low = max(start - REACH, max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1)
    following = _SENTENCE_END.search(text, end)
    high = min(end + REACH, following.start() if following is not None else len(text))
    return text[low:start], text[end:high]


def _vocative(before: str, after: str) -> bool:
    """The word calls someone: at the start of its sentence or after a comma, and the sentence ends (or a comma,
    "!" or "?" follows) right after it ("Move it, …!", "…, go home")."""
    opens = not before.strip() or before.rstrip().endswith(",")
    rest = after.lstrip()
    return opens and (not rest or rest[0] in ",!?.")


def _capitalised_after(raw_hit: str, before: str, words: frozenset[str]) -> bool:
    """A name: capitalised right after one of ``words`` (« les Mongols », « un Mongol »; a family name after a title or
    a first name, "Mr Coon", "Dr. Sarah Coon": B, session 52). ``before`` is the hit's sentence before it, or, where a
    title's full stop ended that sentence ("Dr. Coon"), the title itself."""
    last = _WORD.findall(before)[-1:]
    return raw_hit[:1].isupper() and not raw_hit.isupper() and bool(last) and last[0] in words


def _title_before(text: str, start: int) -> str:
    """(B, session 52) The word and its full stop right before the hit, folded ("Dr. " of "Dr. Coon"), or ""."""
    found = _TITLE_DOT.search(text, max(0, start - 24), start)
    return _fold(found.group(1)) + " " if found is not None else ""


def vocative_only(text: str, start: int, end: int, grammar: Grammar) -> bool:
    """(F, session 46) Whether the hit at ``text[start:end]`` reads as aimed at people only because it stands as a
    vocative (alone at the head of its sentence or after a comma, a comma after it), no insult pattern read: the
    reading a list's head shares ("Faggots, mash and gravy", « Pédale, chaîne et dérailleur changés »), which the
    caller may read again by the list's items (``app.kinds.terms``: a sense word of the term among them)."""
    before, tail, _hit, after = _context(text, start, end)
    if (grammar.insult_before is not None and grammar.insult_before.search(before)) or (
        grammar.insult_after is not None and grammar.insult_after.match(after)
    ):
        return False
    return _vocative(before, tail)


def reading(text: str, start: int, end: int, grammar: Grammar, senses: Iterable[str]) -> Reading | None:
    """How the homonym at ``text[start:end]`` is used by ``grammar``: ``INSULT`` (aimed at people), ``INNOCENT`` (in
    the grammar of one of its harmless ``senses``; a sense the grammar lacks reads nothing) or None (neither). A masked
    or respelt hit ("f*g", "f4g") is never read in a harmless sense: nobody masks a cigarette."""
    before, tail, hit, after = _context(text, start, end)
    insult_before, insult_after = grammar.insult_before, grammar.insult_after
    if (insult_before is not None and insult_before.search(before)) or (
        insult_after is not None and insult_after.match(after)
    ):
        return INSULT
    if _vocative(before, tail) and not _title_before(text, start):  # "Dr. …" opens no sentence (B, session 52)
        return INSULT
    if not hit.isalpha():
        return None
    found = (grammar.senses.get(name) for name in senses)
    harmless = any(_harmless(text, start, end, grammar, s, before, after) for s in found if s is not None)
    return INNOCENT if harmless else None


def harmless(text: str, start: int, end: int, grammar: Grammar, senses: Iterable[str]) -> bool:
    """Whether the word at ``text[start:end]`` stands in the grammar of one of its harmless ``senses``, the insult
    grammar left unread: for a rule whose own patterns aim a word at people by an epithet (risk.insults: « sale … »,
    « quelle … »), where the sense's grammar names what the word is said of (« quelle vermine *ces chenilles* », « les
    *tiques* sont de sales parasites », « sales cafards, ils ont *colonisé le placard* »); a masked hit reads none."""
    before, _tail, hit, after = _context(text, start, end)
    if not hit.isalpha():
        return False
    found = (grammar.senses.get(name) for name in senses)
    return any(_harmless(text, start, end, grammar, s, before, after) for s in found if s is not None)


def _context(text: str, start: int, end: int) -> tuple[str, str, str, str]:
    """The hit's sentence folded before it and after it (read around quotation marks), the hit folded, and the text
    after it that the ``after`` patterns read: they start with the hit's plural ending, which a plural hit ("fags")
    lends them."""
    raw_before, raw_after = _sentence(text, start, end)
    before, tail = _fold(raw_before), _fold(raw_after).lstrip(_QUOTES + "\u201d\u00bb")
    if before.rstrip().endswith(tuple(_QUOTES)):  # 'Shut up you "…"', '"…", go home': read around the quotation marks
        before = before.rstrip().rstrip(_QUOTES).rstrip() + " " if before.strip(" " + _QUOTES) else ""
    hit = _fold(text[start:end])
    return before, tail, hit, ("s" if hit.endswith("s") else "") + tail


def _harmless(text: str, start: int, end: int, grammar: Grammar, sense: Sense, before: str, after: str) -> bool:
    """Whether the hit stands in the grammar of ``sense``."""
    if (sense.before is not None and sense.before.search(before)) or (
        sense.after is not None and sense.after.match(after)
    ):
        return True
    if sense.its and grammar.its is not None and grammar.its.search(after):
        return True
    if sense.emoji and _animal_emoji(text, grammar.emoji_except):
        return True
    if sense.in_draft is not None and sense.in_draft.search(_fold(text)):
        return True
    if not sense.capitalised_after:
        return False
    words, hit = sense.capitalised_after, text[start:end]
    return _capitalised_after(hit, before, words) or _capitalised_after(hit, _title_before(text, start), words)

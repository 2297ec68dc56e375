"""Kind ``phrases``: per-language phrase and pattern lists matched on a folded copy of the draft.

Drafts and phrases are folded with ``app.text.folding``'s ``PHRASES`` profile (case, accents,
invisible characters and typography), whose map back to the original code points keeps spans on
the text as submitted. Owns the phrase-list file format (``rules/<family>/phrases/<name>.yml``)::

    en:
      - phrase: with all due respect          # literal, matched on word boundaries
        replacements: [I see it differently]
      - pattern: "you (?:always|never)\\b"    # regex on the folded text (lowercase, no accents)
        when: negative                         # always | no-url | negative
        key: absolute                          # message key in the rule file
    fr: [...]

Why hand-written: the lists are tens of phrases with a few regexes and boundary conditions, so one
compiled alternation per list and language (the ``regex`` module) is simpler and as fast as an
automaton; no library folds text while keeping a code-point map back to it.

A list's alternation runs within ``MATCH_BUDGET_S`` of CPU time per draft (``app.kinds.budget.scan``:
a run slowed by other work is retried, so the findings do not depend on the machine's load); a list
that really spends it is not used on that draft, and the report says so (``skipped_rules``, naming the
list, e.g. ``tone/phrases/aggression.yml (en)``), never silently.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal

import regex
from pydantic import Field, model_validator

from app.domain import Draft, Family, Finding
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta, borrowed_params
from app.kinds.budget import OverBudget, note_skip, scan
from app.kinds.options import read_yaml
from app.text.aim import AimReader
from app.text.folding import PHRASES, Folded, fold_phrase, folded_draft
from app.text.literals import required_literals, selective
from app.text.sentiment import analyse_draft, get_analyser

MATCH_BUDGET_S = 0.05
"""CPU time one list's alternation may spend on one draft (``app.kinds.budget.scan``)."""

_SUBSETS_KEPT = 16
"""Alternations of part of a list kept compiled per list, for the rare draft the entries' own scans do not answer
(``PhraseList._merged``: an empty match or a timeout); the oldest goes first."""

Condition = Literal["always", "no-url", "negative"]


@dataclass(frozen=True, slots=True)
class PhraseEntry:
    """One phrase or pattern of a list, with what to offer instead and when it applies."""

    source: str
    replacements: tuple[str, ...] = ()
    when: Condition = "always"
    key: str | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PhraseHit:
    """A match of an entry at ``start:end`` of the original text."""

    start: int
    end: int
    entry: PhraseEntry


_WORD_START = r"(?<!\w)"
_WORD = re.compile(r"\w+")  # the same words as ``Folded.words``


class _SharedNeeds:
    """(U, session 40) One Aho-Corasick pass over a folded draft for every phrase list: the strings of all the lists'
    entries (``PhraseList._needs``) that the text holds, read once per text where each list scanned it twice with
    automata of its own (its gate, then the entries it may hold: ~20 passes a draft over the shipped English lists).
    A list's gate and ``_possible`` are then set operations on what the pass found: the same strings, so the same
    entries and the same hits."""

    def __init__(self) -> None:
        self._strings: frozenset[str] = frozenset()
        self._automaton: Any = None
        # the last text read and what it holds: the lists of one draft ask about one folded text (one object, known by
        # identity and kept alive here), with the automaton it was read by
        self._last: tuple[str, Any, frozenset[str]] | None = None
        self._lock = threading.Lock()

    def add(self, strings: frozenset[str]) -> None:
        """Make ``strings`` part of the pass (a list built after the automaton: it is rebuilt when next asked)."""
        with self._lock:
            if not strings <= self._strings:
                self._strings = self._strings | strings
                self._automaton = None

    def found(self, text: str) -> frozenset[str]:
        """The strings of every list that ``text`` holds."""
        automaton = self._automaton
        if automaton is None:
            automaton = self._build()
        last = self._last  # one read: another thread may replace it, never change it
        if last is not None and last[0] is text and last[1] is automaton:
            return last[2]
        held = frozenset(map(_SECOND, automaton.iter(text))) if len(automaton) else frozenset()  # empty: never made
        self._last = (text, automaton, held)
        return held

    def _build(self) -> Any:
        import ahocorasick

        with self._lock:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                for string in sorted(self._strings):
                    automaton.add_word(string, string)
                if self._strings:
                    automaton.make_automaton()
                self._automaton = automaton
            return self._automaton


_SECOND = itemgetter(1)  # an automaton hit's string (``iter`` gives (end, string))
_SHARED_NEEDS = _SharedNeeds()


class PhraseList:
    """The compiled phrases of one list for one language (``name`` and ``family`` say which, when it is skipped)."""

    def __init__(
        self, entries: Sequence[tuple[str, PhraseEntry]], name: str = "phrase list", family: Family = Family.TONE
    ) -> None:
        self.entries = tuple(entry for _, entry in entries)
        self.name = name
        self.family = family
        self._memo_key = f"phrases.hits.{id(self)}"
        if not entries:
            self._pattern: Any = None
            return
        # First words of the literal phrases: when none is in a draft, no literal can match there.
        # A list with a raw pattern, or a literal without a word, always runs its regex.
        self._firsts = tuple(_first_word(source, entry) for source, entry in entries)
        self._always = None in self._firsts
        self._anchors = frozenset(first for first in self._firsts if first is not None)
        # (U, session 33) The same two tests entry by entry: each literal's first word (``_firsts``), each entry's
        # most selective set of strings (string -> the entries that need it, found by the pass every list shares,
        # ``_SHARED_NEEDS``). A draft is scanned with the alternation of the entries it may hold only (``_possible``).
        needs: dict[str, set[int]] = {}
        ungated: list[int] = []
        for i, (source, _) in enumerate(entries):
            requirement = selective(required_literals(source))
            if requirement is None:
                ungated.append(i)
            else:
                for string in requirement[0]:
                    needs.setdefault(string, set()).add(i)
        self._ungated = frozenset(ungated)
        self._needs = {string: frozenset(needers) for string, needers in sorted(needs.items())}
        """Each string an entry's most selective set holds -> the entries that need it (found by ``_SHARED_NEEDS``)."""
        self._needed = frozenset(self._needs)
        self._gated = not ungated and bool(needs)
        """Whether every entry has a selective set (the strings no entry can match without, ``app.text.literals``): a
        draft holding none of ``_needed`` is not scanned (U, session 40: read from the shared pass, where a
        ``LiteralGate`` of the same strings, one per list, scanned the text once more)."""
        _SHARED_NEEDS.add(self._needed)
        self._sources = tuple(source for source, _ in entries)
        self._subsets: dict[tuple[int, ...], Any] = {}
        self._bounded = tuple(source.startswith(_WORD_START) for source in self._sources)
        self._singles: dict[int, Any] = {}
        self._pattern = regex.compile(self._alternation(range(len(entries))), regex.V1)

    def _alternation(self, indices: Iterable[int]) -> str:
        """The alternation of the entries at ``indices`` (in list order), each a group named by its index."""
        # Literal phrases share one leading word-boundary test, so positions inside a word are rejected
        # once instead of once per phrase (4-5x faster on tweet-sized drafts).
        bounded: list[str] = []
        others: list[str] = []
        for i in indices:
            source = self._sources[i]
            if source.startswith(_WORD_START):
                bounded.append(f"(?P<e{i}>{source[len(_WORD_START) :]})")
            else:
                others.append(f"(?P<e{i}>{source})")
        parts = ([f"{_WORD_START}(?:{'|'.join(bounded)})"] if bounded else []) + others
        return "|".join(parts)

    def _possible(self, folded: Folded) -> tuple[int, ...] | None:
        """The indices of the entries ``folded`` may hold, in list order (None when it holds none of them): each
        literal whose first word is a word of the draft and each entry whose strings are there (an entry without a
        selective set always). An entry left out could not match anywhere in the draft, so it could not take a
        position from another: the hits are those of the whole list's alternation, found with fewer branches tried
        at every position (U, session 33: the shipped lists' scans 16 -> 7 µs per dev tweet; tone/phrases/aggression.yml
        (en) 6.7 -> 1.6 µs, its draft trying 2-3 of its 15 entries)."""
        possible = set(self._ungated)
        needs = self._needs
        for string in self._needed.intersection(_SHARED_NEEDS.found(folded.text)):
            possible |= needs[string]
        words = folded.words
        firsts = self._firsts
        chosen = tuple(i for i in sorted(possible) if firsts[i] is None or firsts[i] in words)
        return chosen or None

    def _subset(self, chosen: tuple[int, ...]) -> Any:
        """The compiled alternation of the entries ``chosen`` (the whole list's when all are)."""
        if len(chosen) == len(self._sources):
            return self._pattern
        if len(chosen) == 1:
            return self._single(chosen[0])
        compiled = self._subsets.get(chosen)
        if compiled is None:
            if len(self._subsets) >= _SUBSETS_KEPT:
                self._subsets.pop(next(iter(self._subsets), ()), None)
            compiled = self._subsets[chosen] = regex.compile(self._alternation(chosen), regex.V1, cache_pattern=False)
        return compiled

    def _single(self, i: int) -> Any:
        """Entry ``i``'s alternation of one, compiled when first needed and kept (at most one per entry)."""
        compiled = self._singles.get(i)
        if compiled is None:
            compiled = self._singles[i] = regex.compile(self._alternation((i,)), regex.V1, cache_pattern=False)
        return compiled

    def _merged(self, chosen: tuple[int, ...], text: str) -> list[Any] | None:
        """The matches of the alternation of the entries ``chosen`` found with each entry's own pattern, without
        compiling the alternation (U, session 38: the dev tweets hold 86 different subsets of
        tone/phrases/aggression.yml (en) alone, beyond the 64 that were kept, and compiling one cost ~4-5 ms).

        The alternation's match from a position is, at the leftmost position where any entry matches, the match of
        the first of those entries in the alternation's order (the entries on a word start first, then the others,
        each group in list order): nothing follows the alternation, so a branch's first success there is its own
        pattern's match there. Each entry's next match is kept and searched again only when a chosen match has
        passed its start; the scan goes on from the chosen match's end, as ``finditer`` does. None (the caller scans
        the compiled alternation) when a chosen match is empty (``finditer`` then goes on from the same position)
        or a search times out (``scan``'s retries and skip note then apply to the alternation as before)."""
        ranked = [i for i in chosen if self._bounded[i]] + [i for i in chosen if not self._bounded[i]]
        searches = [self._single(i).search for i in ranked]
        budget = MATCH_BUDGET_S
        found: list[Any] = []
        cursor = 0
        try:
            following = [search(text, 0, timeout=budget) for search in searches]
            while True:
                best = None
                for k, match in enumerate(following):
                    if match is None:
                        continue
                    if match.start() < cursor:
                        match = following[k] = searches[k](text, cursor, timeout=budget)
                        if match is None:
                            continue
                    if best is None or match.start() < best.start():
                        best = match
                if best is None:
                    return found
                if best.end() <= best.start():
                    return None
                found.append(best)
                cursor = best.end()
        except TimeoutError:
            return None

    def find(self, folded: Folded) -> list[PhraseHit]:
        """Non-overlapping hits, leftmost first (longer literal phrases are tried first)."""
        if self._pattern is None:
            return []
        text = folded.text
        # Two tests that each rule a match out; the word-set test first: the draft's words are computed once
        # per draft and shared by every list, as is the pass that finds the gate's strings (``_SHARED_NEEDS``).
        if not self._always and self._anchors.isdisjoint(folded.words):
            return []
        if self._gated and self._needed.isdisjoint(_SHARED_NEEDS.found(text)):
            return []  # a string every match needs is missing: the scan could not match
        chosen = self._possible(folded)
        if chosen is None:
            return []  # no entry can match here
        hits: list[PhraseHit] = []
        matches = self._merged(chosen, text) if 1 < len(chosen) < len(self._sources) else None
        if matches is None:
            try:
                matches = scan(self._subset(chosen), text, MATCH_BUDGET_S)
            except OverBudget:  # a pathological pattern in a list: reported, never silent
                note_skip(self.name, self.family, f"ran over its time budget ({MATCH_BUDGET_S * 1000:g} ms of CPU)")
                return []
        for match in matches:
            if match.end() <= match.start() or match.lastgroup is None:
                continue
            start, end = folded.span(match.start(), match.end())
            hits.append(PhraseHit(start, end, self.entries[int(match.lastgroup[1:])]))
        return hits

    def find_in(self, draft: Draft) -> list[PhraseHit]:
        """``find`` on the draft's folded text, once per draft: the tone summary and the phrase rules share it."""
        return draft.memo(self._memo_key, lambda: self.find(folded_draft(draft, PHRASES)))


def _first_word(source: str, entry: PhraseEntry) -> str | None:
    """The first word of a literal phrase's folded text (a draft without it as a word cannot hold the phrase); None
    for a raw pattern or a literal without a word."""
    if source != literal_regex(entry.source):
        return None
    first = _WORD.search(fold_phrase(entry.source))
    return first.group() if first is not None else None


def literal_regex(phrase: str) -> str:
    """A folded literal as a regex: whitespace-tolerant, on word boundaries at word ends."""
    folded = fold_phrase(phrase)
    body = r"\s+".join(regex.escape(part) for part in folded.split(" "))
    prefix = r"(?<!\w)" if folded[:1].isalnum() else ""
    suffix = r"(?!\w)" if folded[-1:].isalnum() else ""
    return f"{prefix}{body}{suffix}"


def _entry_from(raw: Any, where: str) -> tuple[str, PhraseEntry]:
    if isinstance(raw, str):
        raw = {"phrase": raw}
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: an entry is a phrase or a mapping with 'phrase' or 'pattern'")
    unknown = set(raw) - {"phrase", "pattern", "replacements", "when", "key", "note"}
    if unknown:
        raise ValueError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    phrase, pattern = raw.get("phrase"), raw.get("pattern")
    if (phrase is None) == (pattern is None):
        raise ValueError(f"{where}: give exactly one of 'phrase' or 'pattern'")
    if phrase is not None:
        source = literal_regex(str(phrase))
        label = str(phrase)
    else:
        source = str(pattern)
        label = source
        try:
            compiled = regex.compile(source, regex.V1)
        except regex.error as exc:
            raise ValueError(f"{where}: pattern {source!r} does not compile: {exc}") from None
        if compiled.groupindex:
            raise ValueError(f"{where}: pattern {source!r}: use (?:…) groups, not named groups")
    when = raw.get("when", "always")
    if when not in ("always", "no-url", "negative"):
        raise ValueError(f"{where}: when must be always, no-url or negative")
    replacements = raw.get("replacements") or []
    if isinstance(replacements, str):
        replacements = [replacements]
    entry = PhraseEntry(
        source=label,
        replacements=tuple(str(r) for r in replacements),
        when=when,
        key=raw.get("key"),
        note=raw.get("note"),
    )
    return source, entry


def _label(path: Path) -> str:
    """``tone/phrases/aggression.yml`` for ``rules/tone/phrases/aggression.yml``: how a report names a list."""
    return "/".join(path.parts[-3:])


def _family(path: Path) -> Family:
    """The family of the rule files a list sits under (``rules/<family>/phrases/``); tone when it is elsewhere."""
    try:
        return Family(path.parent.parent.name)
    except ValueError:
        return Family.TONE


@lru_cache(maxsize=64)
def load_phrase_file(path: Path) -> dict[str, PhraseList]:
    """A phrase-list file, compiled per language (read and compiled once per process)."""
    data = read_yaml(path, "phrase list")
    if not isinstance(data, Mapping):
        raise ValueError(f"{path}: a phrase list maps a language code to a list of entries")
    out: dict[str, PhraseList] = {}
    for language, items in data.items():
        if not isinstance(items, list):
            raise ValueError(f"{path}: {language}: a list of entries")
        entries = [_entry_from(item, f"{path}: {language}[{i}]") for i, item in enumerate(items)]
        # Longer literals first, so "sans vouloir vous offenser" wins over "sans vouloir".
        entries.sort(key=lambda pair: -len(pair[1].source))
        out[str(language)] = PhraseList(entries, f"{_label(path)} ({language})", _family(path))
    return out


def lists_for(files: Iterable[Mapping[str, PhraseList]], language: str) -> list[PhraseList]:
    """The compiled lists that apply to ``language`` (its base code, then ``*``)."""
    base = language.split("-")[0]
    return [f[key] for f in files for key in (base, "*") if key in f]


class ListsByLanguage:
    """``lists_for`` of one set of files, kept per language code (asked for on every draft)."""

    def __init__(self, files: list[dict[str, PhraseList]]) -> None:
        self.files = files
        self._found: dict[str, tuple[PhraseList, ...]] = {}

    def __call__(self, language: str) -> tuple[PhraseList, ...]:
        """The lists of ``files`` that apply to ``language``."""
        found = self._found.get(language)
        if found is None:
            found = self._found[language] = tuple(lists_for(self.files, language))
        return found


def draft_is_negative(draft: Draft, lexicon_dir: Path | None, threshold: float) -> bool:
    """True when the draft's sentiment is at or below ``threshold`` (shared per draft)."""
    analyser = get_analyser(draft.language, lexicon_dir)
    if analyser is None:
        return False
    result = analyse_draft(analyser, draft.text, draft.entity_spans, draft.memo)
    return result.score <= threshold


def default_lexicon_dir(deps: Deps) -> Path:
    """Where the tone turn's lexicon additions live: ``rules/tone/lexicon``."""
    return (deps.rules_root / "tone" / "lexicon").resolve()


class PhrasesParams(KindParams):
    """Phrase-list files (relative to the rule file) and how hits are filtered."""

    lists: list[str] = Field(min_length=1, description="phrase-list files, relative to the rule file")
    in_entities: bool = Field(default=False, description="also match inside mentions, hashtags, URLs")
    negative_below: float = Field(default=-0.05, ge=-1.0, le=1.0, description="sentiment for when: negative")
    max_findings: int = Field(default=5, ge=1, le=50)
    vocatives_of: str | None = Field(
        default=None,
        description="(T, session 36) a classifier rule whose aim words (vocative_things, thing_modifiers, "
        "second_person) name things addressed: a hit said to a thing named as the vocative of its sentence is no "
        "attack ('Shut up, fridge', « Dégage, le rhume »; app.text.aim said_to_thing)",
    )

    @model_validator(mode="after")
    def _lists_are_yaml(self) -> PhrasesParams:
        for item in self.lists:
            if not item.endswith((".yml", ".yaml")):
                raise ValueError(f"lists: {item!r} is not a .yml file")
        return self


class PhrasesRule(Rule):
    """Flags each listed phrase, with its replacements, in the draft's language."""

    def __init__(
        self,
        meta: RuleMeta,
        params: PhrasesParams,
        files: list[dict[str, PhraseList]],
        lexicon: Path,
        vocatives: AimReader | None = None,
    ) -> None:
        super().__init__(meta)
        self.params = params
        self.files = files
        self.lexicon = lexicon
        self._lists = ListsByLanguage(files)
        self.vocatives = vocatives

    def hits(self, draft: Draft, ctx: CheckContext) -> list[PhraseHit]:
        """The hits that apply to this draft (conditions, entities, accepted vocabulary)."""
        lists = self._lists(draft.language)
        if not lists:
            return []
        found: list[PhraseHit] = []
        negative: bool | None = None
        for phrase_list in lists:
            for hit in phrase_list.find_in(draft):
                if not self.params.in_entities and draft.overlaps_entity(hit.start, hit.end):
                    continue
                excerpt = draft.text[hit.start : hit.end]
                if ctx.accepted and (excerpt.casefold() in ctx.accepted or fold_phrase(excerpt) in ctx.accepted):
                    continue
                if hit.entry.when == "no-url" and draft.entities.urls:
                    continue
                if hit.entry.when == "negative":
                    if negative is None:
                        negative = draft_is_negative(draft, self.lexicon, self.params.negative_below)
                    if not negative:
                        continue
                if self.vocatives is not None and self.vocatives.said_to_thing(
                    draft.text, draft.language, hit.start, hit.end
                ):
                    continue  # (T, session 36) said to a thing: "Shut up, fridge", « Va au diable, la grippe »
                found.append(hit)
        if not found:  # most drafts
            return found
        found.sort(key=lambda h: (h.start, -h.end))
        kept: list[PhraseHit] = []
        for hit in found:  # drop hits nested in an earlier, longer one (from another list)
            if kept and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        return kept[: self.params.max_findings]

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """A finding per hit."""
        hits = self.hits(draft, ctx)
        return self._findings(draft, hits) if hits else ()

    def _findings(self, draft: Draft, hits: list[PhraseHit]) -> Iterator[Finding]:
        for hit in hits:
            entry = hit.entry
            yield self.finding(
                draft,
                hit.start,
                hit.end,
                key=entry.key or "default",
                replacements=entry.replacements,
                replacement=entry.replacements[0] if entry.replacements else "",
                note=entry.note or "",
            )


class PhrasesKind(Kind[PhrasesParams]):
    """Builds phrase rules: lists are read and compiled once."""

    Params = PhrasesParams

    def build(self, meta: RuleMeta, params: PhrasesParams, deps: Deps) -> Rule:
        """Load and compile the phrase lists."""
        files = [load_phrase_file(deps.resolve(meta, item)) for item in params.lists]
        vocatives = None
        if params.vocatives_of is not None:
            _, raw = borrowed_params(params.vocatives_of, "classifier", "vocatives_of", deps)
            vocatives = AimReader.read(raw, persons=("targets", "person_nouns"))
        return PhrasesRule(meta, params, files, default_lexicon_dir(deps), vocatives)

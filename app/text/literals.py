"""Literal strings a regular expression cannot match without: a cheap, exact pre-filter for rule lists.

``required_literals(pattern)`` reads a pattern (``regex`` module, V1 syntax, as the phrase and pattern
lists are written) and returns sets of strings such that *every* match of the pattern contains, for
each set, at least one of its strings: ``(?:great|nice) (?:job|work)`` gives ``({"great", "nice"},
{"job", "work"})`` (and ``{" "}``). A text that lacks one of the sets cannot hold a match, so a rule may
skip its (slower, time-limited) regex scan there; where there is a match, the scan runs as before, so
results never change.

The pattern is parsed with the standard library's own parser (``re._parser``, the former ``sre_parse``);
only mandatory runs of literal characters, groups, alternations and repeats of at least one count.
Anything the two engines might read differently — flags, fuzzy matching, set operations, syntax the
standard parser rejects — gives ``None``: no pre-filter, the pattern always runs. The regex module's Unicode
properties (``\\p{So}``, ``\\P{L}``, ``\\pL``) are read as a class of characters (never a literal), so a pattern
using one keeps its other strings (S, session 23).
"""

from __future__ import annotations

import importlib
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import Any

_sre: Any
_sre_parse: Any
try:  # Python 3.11+: the parser behind ``re`` (private, hence imported by name); read-only use
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Pythons: no pre-filter
    _sre = _sre_parse = None

Requirement = tuple[frozenset[str], ...]
"""Sets of strings: a match holds one string of each set."""

# Syntax the regex module reads differently from ``re`` (or that only it has): fuzzy constraints,
# nested sets and set operations, inline flags (a named group ``(?P<name>…)`` is no flag; with ``fold_case``, a group
# ``(?i:…)`` or ``(?-i:…)`` is read too). A pattern with any of these gets no pre-filter.
_UNSAFE = re.compile(r"\{(?!\d*,?\d*\})|\[\[|--|&&|\|\||~~|\(\?(?!P<)[a-zA-Z^-]")
_UNSAFE_FOLDED = re.compile(r"\{(?!\d*,?\d*\})|\[\[|--|&&|\|\||~~|\(\?(?!P<|i:|-i:)[a-zA-Z^-]")
_PROPERTY = re.compile(r"\\(?:([pP])(?:\{[\w =.&-]*\}|[A-Za-z])|.)", re.DOTALL)
"""An escape: a Unicode property (group 1) or any other (kept as written; escapes are read in pairs, so ``\\\\p{L}``
is a backslash and the letters ``p{L}``)."""
_VARIANTS_MAX = 16
"""A run with optional characters or a class of characters (``D\\.?O\\.?B``, ``n[ée]e?s? le``) is read as the set of
its spellings while they are this many or fewer; then the run ends there."""


@lru_cache(maxsize=4096)
def required_literals(pattern: str, fold_case: bool = False) -> Requirement | None:
    """Sets of strings every match of ``pattern`` contains one of (see the module docstring), or None.

    With ``fold_case`` the caller tests the sets on the case-folded text after case-folding them: a group matched
    with or without regard to case (``(?i:…)``, ``(?-i:…)``) is read as any other, its strings in some case in the
    match."""
    if _sre_parse is None:
        return None
    pattern = _PROPERTY.sub(_as_class, pattern)
    if (_UNSAFE_FOLDED if fold_case else _UNSAFE).search(pattern):
        return None
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - any syntax the standard parser refuses: no pre-filter
        return None
    if parsed.state.flags & ~_sre.SRE_FLAG_UNICODE:
        return None
    sets = _sequence(list(parsed), fold_case)
    # Longest shortest-string first: the most selective test runs first.
    return tuple(sorted(sets, key=lambda s: (-min(map(len, s)), sorted(s))))


def _as_class(escape: re.Match[str]) -> str:
    """A Unicode property read as ``\\w``, a class of characters the parser knows (``\\p{So}`` outside a set, or
    inside ``[…]``): neither is ever a literal, so the strings found around it are the same; other escapes as
    written."""
    return "\\w" if escape.group(1) else escape.group(0)


def _sequence(items: Sequence[tuple[Any, Any]], fold_case: bool = False) -> list[frozenset[str]]:
    """The requirements of a sequence: each maximal run of literal characters (with its spellings when it holds an
    optional character or a class of characters), and those of its mandatory groups, alternations and repeats.
    Any other item only ends a run (it is never read as a literal)."""
    sets: list[frozenset[str]] = []
    run: list[str] = [""]  # the run's spellings so far

    def close() -> None:
        spellings = _minimal(run)
        if spellings:
            sets.append(spellings)
        run[:] = [""]

    def extend(choices: Sequence[str]) -> bool:
        if len(run) * len(choices) > _VARIANTS_MAX:
            return False
        run[:] = [spelling + choice for spelling in run for choice in choices]
        return True

    for op, value in items:
        if op is _sre.LITERAL:
            extend([chr(value)])
            continue
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, high, inner = value
            optional = _optional_spellings(inner) if low == 0 and high == 1 else None
            if optional is not None and extend(["", *optional]):
                continue  # ``e?``, ``[ée]?``, ``(?:le)?``: the run goes on, with and without it
        if op is _sre.IN:
            chars = _literal_chars(value)
            if chars is not None and extend(sorted(chars)):
                continue  # ``[ée]``: the run goes on with each
        close()
        if op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, inner = value
            case_only = fold_case and {add_flags, del_flags} == {0, _sre.SRE_FLAG_IGNORECASE}
            if (not add_flags and not del_flags) or case_only:
                sets.extend(_sequence(list(inner), fold_case))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            low, _high, inner = value
            if low >= 1:
                sets.extend(_sequence(list(inner), fold_case))
        elif op is _sre.ATOMIC_GROUP:
            sets.extend(_sequence(list(value), fold_case))
        elif op is _sre.BRANCH:
            either = _branch(value[1], fold_case)
            if either is not None:
                sets.append(either)
        elif op is _sre.IN:
            chars = _literal_chars(value)
            if chars is not None:
                sets.append(chars)
    close()
    return sets


def _minimal(spellings: Iterable[str]) -> frozenset[str]:
    """The spellings without the empty one and without any that holds a shorter one (it is found with it)."""
    kept: list[str] = []
    for spelling in sorted(set(spellings), key=len):
        if spelling and not any(shorter in spelling for shorter in kept):
            kept.append(spelling)
    return frozenset(kept) if "" not in spellings else frozenset()


def _branch(branches: Iterable[Any], fold_case: bool = False) -> frozenset[str] | None:
    """One set for an alternation: each branch's most selective requirement, together (None if a branch has none)."""
    union: set[str] = set()
    for branch in branches:
        own = _sequence(list(branch), fold_case)
        if not own:
            return None
        union |= max(own, key=lambda s: (min(map(len, s)), -len(s)))
    return frozenset(union)


def _optional_spellings(items: Sequence[tuple[Any, Any]]) -> list[str] | None:
    """What an optional item may add to a run: one character of a class (``[ée]?``), or a group of plain characters
    read whole (``(?:le)?`` adds "le", never "l" or "e" alone: S, session 37, « quel(?:le)?s? » had no "quelle");
    else None."""
    if len(items) == 1 and items[0][0] is _sre.IN:
        chars = _literal_chars(items[0][1])
        return sorted(chars) if chars is not None else None
    if items and all(op is _sre.LITERAL for op, _value in items):
        return ["".join(chr(value) for _op, value in items)]
    return None


def _literal_chars(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """A class of plain characters (``[abc]``, or ``a|b`` as the parser folds it): one of them; else None."""
    chars: set[str] = set()
    for op, value in items:
        if op is not _sre.LITERAL:
            return None
        chars.add(chr(value))
    return frozenset(chars) if chars else None


def selective(requirement: Requirement | None, min_length: int = 2) -> Requirement | None:
    """The sets of ``requirement`` worth testing: each string has ``min_length`` characters or more, or is not
    ASCII (an emoji) — a set holding ``a`` or ``'`` is found in almost any text, so testing it costs more than
    it saves. None when no set is left: the caller keeps scanning."""
    if requirement is None:
        return None
    kept = tuple(strings for strings in requirement if all(len(s) >= min_length or not s.isascii() for s in strings))
    return kept or None


_MANY = 8
"""A set of more strings than this is tested with one automaton pass (``_any_of``) rather than one ``in`` each."""
_SET_AUTOMATA: dict[frozenset[str], Any] = {}
_SET_AUTOMATA_KEPT = 4096


def may_match(requirement: Requirement, text: str) -> bool:
    """Whether ``text`` holds one string of every set (False means: no match is possible).

    (S, session 25) The sets asked about again and again (every rule's gates, asked on each draft) are read in one
    pass: one automaton over all their strings (``_Shared``) finds the strings a text holds, once per text, and
    each set is then one ``isdisjoint``; a set seen once so far is tested as before (``_holds``)."""
    shared = _SHARED[0]
    found: frozenset[str] | None = None
    for strings in requirement:
        if strings in shared.covered:
            if found is None:
                found = shared.found(text)
            if strings.isdisjoint(found):
                return False
        else:
            now = _asked(strings, shared)
            if now is not shared:  # rebuilt: what the old one found covers fewer sets
                shared, found = now, None
            if not _holds(strings, text):
                return False
    return True


def _holds(strings: frozenset[str], text: str) -> bool:
    """Whether ``text`` holds one of ``strings``: one ``in`` each, or one pass of the set's own automaton."""
    if len(strings) > _MANY and "" not in strings:  # (every text holds "", no automaton word)
        # (S, session 23) risk.insults' sets of 76-87 insult words: one pass of an automaton, not 87 searches
        automaton = _SET_AUTOMATA.get(strings)
        if automaton is None:
            automaton = _any_of(strings)
        return next(automaton.iter(text), None) is not None
    for string in strings:  # plain loops: asked several times per draft, generators cost more than the tests
        if string in text:
            break
    else:
        return False
    return True


class _Shared:
    """One automaton over the strings of the sets ``may_match`` was asked about twice (``covered``), and the strings
    the last text read holds (a text asked about by several rules, or several gates of one rule, is read once)."""

    def __init__(self, covered: frozenset[frozenset[str]]) -> None:
        self.covered = covered
        self._automaton: Any = None
        strings = sorted({string for strings in covered for string in strings})
        if strings:
            import ahocorasick

            self._automaton = ahocorasick.Automaton()
            for string in strings:
                self._automaton.add_word(string, string)
            self._automaton.make_automaton()
        # the last two texts read and what they hold (a draft's rules ask about two: its text and its case-folded
        # text); a text is known by identity (``is``: the caller's one object, kept alive here)
        self._last: tuple[tuple[str, frozenset[str]], ...] = ()

    def found(self, text: str) -> frozenset[str]:
        """The strings of ``covered`` that ``text`` holds."""
        last = self._last  # one read: another thread may replace it, never change it
        for known, held in last:
            if known is text:
                return held
        held = frozenset(map(_SECOND, self._automaton.iter(text))) if self._automaton else frozenset()
        self._last = ((text, held), *last[:1])
        return held


_SECOND = itemgetter(1)  # an automaton hit's string (``iter`` gives (end, string))
_SHARED: list[_Shared] = [_Shared(frozenset())]
_SEEN: dict[frozenset[str], int] = {}  # sets asked about, not yet covered: how many times
_SEEN_KEPT = 4096
_SHARED_STRINGS_MAX = 50_000  # the shared automaton's strings at most: sets beyond are tested as before
_SHARED_LOCK = threading.Lock()


def _asked(strings: frozenset[str], shared: _Shared) -> _Shared:
    """Note that ``strings`` (not covered) was asked about; on its second time, the shared automaton is rebuilt with
    every set asked about so far (so a run's first drafts cause one rebuild or two, not one per set)."""
    if "" in strings:  # every text holds the empty string; no automaton word
        return shared
    with _SHARED_LOCK:
        current = _SHARED[0]
        if strings in current.covered:
            return current
        count = _SEEN.get(strings, 0) + 1
        if count < 2:
            if len(_SEEN) < _SEEN_KEPT:
                _SEEN[strings] = count
            return current
        covered = current.covered | {s for s in _SEEN if "" not in s} | {strings}
        if sum(map(len, covered)) > _SHARED_STRINGS_MAX:
            _SEEN.pop(strings, None)
            return current
        _SEEN.clear()
        _SHARED[0] = rebuilt = _Shared(frozenset(covered))
        return rebuilt


def _any_of(strings: frozenset[str]) -> Any:
    """The automaton (pyahocorasick) of ``strings``, kept for the next draft (a set's hash is computed once)."""
    import ahocorasick

    automaton: Any = ahocorasick.Automaton()
    for string in sorted(strings):
        automaton.add_word(string, string)
    automaton.make_automaton()
    if len(_SET_AUTOMATA) >= _SET_AUTOMATA_KEPT:
        _SET_AUTOMATA.clear()
    _SET_AUTOMATA[strings] = automaton
    return automaton


class LiteralGate:
    """One scan that tells whether any of several patterns may match a text: an Aho-Corasick automaton
    (pyahocorasick) over one required set of each pattern, stopped at the first string found."""

    def __init__(self, strings: Iterable[str]) -> None:
        import ahocorasick

        self.strings = frozenset(strings)
        self._automaton: Any = ahocorasick.Automaton()
        for string in sorted(self.strings):
            self._automaton.add_word(string, string)
        self._automaton.make_automaton()

    @classmethod
    def for_patterns(cls, patterns: Iterable[str]) -> LiteralGate | None:
        """The gate of ``patterns`` (each one's most selective set), or None when a pattern has no selective
        set: then some match needs no string of ours, and every text must be scanned."""
        chosen: set[str] = set()
        for pattern in patterns:
            requirement = selective(required_literals(pattern))
            if requirement is None:
                return None
            chosen |= requirement[0]
        return cls(chosen) if chosen else None

    def may_match(self, text: str) -> bool:
        """False when no pattern of the gate can match ``text``."""
        return next(self._automaton.iter(text), None) is not None

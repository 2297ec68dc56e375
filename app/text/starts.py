"""Where a match of a long alternation can start: ``finditer`` tried at those offsets only, same matches.

A list of phrases compiled as one alternation (``(?<!\\w)(?:phrase one|phrase two|…)(?!\\w)``, thousands of
branches) is tried by ``re`` at every offset of the draft, each offset testing every branch's first character: on a
tweet, tens of microseconds for a list most tweets hold nothing of. ``StartScanner`` reads the pattern (the standard
library's parser, as ``app.text.literals`` does) for the literal strings every match *starts* with (each branch's
leading run of literal characters, after zero-width assertions), finds their occurrences in the text with one
Aho-Corasick pass (pyahocorasick), and tries the pattern (``pattern.match(text, offset)``, lookbehinds still seeing the
text before the offset) only where one occurs, leftmost first, going on after each match's end as ``finditer`` does.
Every match ``finditer`` gives starts with one of those strings, at one of those offsets, and ``match`` at an offset is
what ``finditer`` tries there: the matches are the same, in the same order (``tests/test_starts.py``).

A pattern it cannot read that way (flags other than Unicode, inline flags, a branch that may start with anything but
a literal, an empty match possible) has no scanner: ``StartScanner.of`` gives None and the caller keeps ``finditer``.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

_sre: Any
_sre_parse: Any
_sre_compiler: Any
try:  # Python 3.11+: the parser and compiler behind ``re`` (private, hence imported by name)
    _sre = importlib.import_module("re._constants")
    _sre_parse = importlib.import_module("re._parser")
    _sre_compiler = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - other Pythons: no scanner
    _sre = _sre_parse = _sre_compiler = None

_INLINE_FLAGS = re.compile(r"\(\?(?!P[<=>])[a-zA-Z^-]")


class LazyPattern:
    """(U, session 35) A pattern compiled the first time it matches: its text and flags (what ``StartScanner.of``, a
    ``LiteralGate`` or a pre-scan read) are there without compiling it. A list of a thousand phrases costs ``re`` a
    third of a second to compile, and a check whose draft never reaches the list (a CLI check of a draft naming no
    group) need not pay it; compiled, it matches as ``re.compile(pattern)`` does."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.flags = re.UNICODE  # what ``re.compile`` gives a pattern of text without flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (once; two threads compiling at once get equal patterns)."""
        found = self._compiled
        if found is None:
            found = self._compiled = re.compile(self.pattern)
        return found

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """``re.Pattern.finditer``."""
        return self.compiled().finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        return self.compiled().search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.match``."""
        return self.compiled().match(text, pos, endpos)


def leading_literals(pattern: str) -> frozenset[str] | None:
    """Non-empty strings every match of ``pattern`` (standard ``re`` syntax) starts with, or None when some match may
    start otherwise (or the pattern cannot be read)."""
    parsed = _parse(pattern)
    return None if parsed is None else _starts(list(parsed))


def _parse(pattern: str) -> Any:
    """The standard parser's tree of ``pattern``, or None when it is refused or holds flags other than Unicode."""
    if _sre_parse is None or _INLINE_FLAGS.search(pattern):
        return None
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:  # noqa: BLE001 - any syntax the parser refuses: no scanner
        return None
    if parsed.state.flags & ~_sre.SRE_FLAG_UNICODE:
        return None
    return parsed


def _starts(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    """The leading literals of a sequence: its first item that is not a zero-width assertion decides."""
    index = 0
    while index < len(items) and items[index][0] in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        index += 1
    if index == len(items):
        return None
    op, value = items[index]
    if op is _sre.LITERAL:
        run = []
        while index < len(items) and items[index][0] is _sre.LITERAL:
            run.append(chr(items[index][1]))
            index += 1
        return frozenset({"".join(run)})
    if op is _sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = value
        return None if add_flags or del_flags else _starts(list(inner))
    if op is _sre.BRANCH:
        union: set[str] = set()
        for branch in value[1]:
            own = _starts(list(branch))
            if own is None:
                return None
            union |= own
        return frozenset(union) if union else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, inner = value
        return _starts(list(inner)) if low >= 1 else None
    if op is _sre.IN:
        chars = set()
        for item_op, item_value in value:
            if item_op is not _sre.LITERAL:
                return None
            chars.add(chr(item_value))
        return frozenset(chars) if chars else None
    return None


class StartScanner:
    """``finditer`` of one compiled pattern, tried only where one of its leading literals occurs, and there only with
    the branches of its top alternation that may start so."""

    def __init__(self, pattern: re.Pattern[str] | LazyPattern, starts: frozenset[str], parsed: Any = None) -> None:
        import ahocorasick

        self.pattern = pattern
        self._parsed = parsed
        self._by_start: dict[str, frozenset[int]] = {}
        """Leading literal -> the indices of the top alternation's branches that may start with it."""
        self._narrowed: dict[frozenset[str], Any] = {}
        """The pattern narrowed to the branches the literals found at one offset allow (compiled once each)."""
        top = _top_branch(parsed) if parsed is not None else None
        self._top = top
        open_after: set[str] = set()  # leading literals some branch may follow with a letter or digit
        if top is not None:
            rest = list(parsed)[top[0] + 1 :]
            for index, branch in enumerate(top[1]):
                for string in _starts(list(branch)) or ():
                    self._by_start[string] = self._by_start.get(string, frozenset()) | {index}
                    if _word_after(list(branch), rest, string):
                        open_after.add(string)
        self._closed_words = frozenset(self._by_start) - open_after
        """(S, session 20) The leading literals every branch starting with them follows with no letter or digit (a
        separator, ``(?![^\\W_])``): found where a letter or digit follows ("i" of "in"), no branch can match there."""
        self._word_start = _after_no_letter(parsed)
        """Whether a match needs no letter or digit just before it (``(?<!\\w)``, ``(?<![^\\W_])`` first)."""
        self._automaton: Any = ahocorasick.Automaton()
        for string in sorted(starts):
            self._automaton.add_word(string, (len(string) - 1, string))
        self._automaton.make_automaton()

    @classmethod
    def of(cls, pattern: re.Pattern[str] | LazyPattern) -> StartScanner | None:
        """The scanner of ``pattern``, or None when its matches may start anywhere (see the module docstring)."""
        if pattern.flags & ~re.UNICODE:
            return None
        parsed = _parse(pattern.pattern)  # once: a list of phrases is tens of thousands of characters
        starts = None if parsed is None else _starts(list(parsed))
        return None if starts is None else cls(pattern, starts, parsed)

    def finditer(self, text: str) -> list[re.Match[str]]:
        """The spans and groups ``self.pattern.finditer(text)`` gives (each match is non-empty: it holds a literal)."""
        found_at: dict[int, set[str]] = {}
        word_start = self._word_start
        closed = self._closed_words
        last = len(text) - 1
        for end, (back, string) in self._automaton.iter(text):
            offset = end - back
            if word_start and offset and text[offset - 1].isalnum():
                continue  # a letter or digit before: the pattern's first assertion fails there
            if end < last and string in closed and text[end + 1].isalnum():
                continue  # a letter or digit after a literal every branch of which wants none there ("i" of "in")
            found_at.setdefault(offset, set()).add(string)
        if not found_at:
            return []
        out: list[re.Match[str]] = []
        resume = 0
        for offset in sorted(found_at):
            if offset < resume:
                continue
            found = self._at(found_at[offset]).match(text, offset)
            if found is not None:
                out.append(found)
                resume = found.end()
        return out

    def _at(self, strings: set[str]) -> Any:
        """The pattern to try where ``strings`` start: the branches that may start with one of them, in their order
        (any other branch fails there, so the first that matches is the same); the whole pattern without a top
        alternation."""
        if self._parsed is None or self._top is None:
            return self.pattern
        key = frozenset(strings)
        narrowed = self._narrowed.get(key)
        if narrowed is None:
            indices: set[int] = set()
            for string in key:
                indices |= self._by_start.get(string, frozenset())
            lead, branches = self._top
            items = list(self._parsed)
            kept = (_sre.BRANCH, (None, [branches[i] for i in sorted(indices)]))
            data = [*items[:lead], kept, *items[lead + 1 :]]
            narrowed = _sre_compiler.compile(_sre_parse.SubPattern(self._parsed.state, data), self.pattern.flags)
            if len(self._narrowed) < _NARROWED_MAX:
                self._narrowed[key] = narrowed
        return narrowed


_NARROWED_MAX = 4096
_NO_WORD_BEFORE = (
    (
        (_sre.ASSERT_NOT, (-1, [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])])),
        (
            _sre.ASSERT_NOT,
            (-1, [(_sre.IN, [(_sre.NEGATE, None), (_sre.CATEGORY, _sre.CATEGORY_NOT_WORD), (_sre.LITERAL, 95)])]),
        ),
    )
    if _sre is not None
    else ()
)


def _after_no_letter(parsed: Any) -> bool:
    """Whether one of the zero-width assertions opening the pattern is ``(?<!\\w)`` or ``(?<![^\\W_])``: then no
    match starts right after a character ``str.isalnum`` accepts (a word character, ``_`` aside, to ``re``)."""
    if parsed is None:
        return False
    for op, value in parsed:
        if op not in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            return False
        if _plain(op, value) in _NO_WORD_BEFORE:
            return True
    return False


_NO_WORD_AHEAD = (
    (
        (_sre.ASSERT_NOT, (1, [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])])),
        (
            _sre.ASSERT_NOT,
            (1, [(_sre.IN, [(_sre.NEGATE, None), (_sre.CATEGORY, _sre.CATEGORY_NOT_WORD), (_sre.LITERAL, 95)])]),
        ),
    )
    if _sre is not None
    else ()
)


def _plain(op: Any, value: Any) -> tuple[Any, Any]:
    """An assertion of the parser's tree with its pattern as a list (the parser's ``SubPattern`` equals no list), to
    compare with ``_NO_WORD_BEFORE`` and ``_NO_WORD_AHEAD``; any other item as it is."""
    if op in (_sre.ASSERT, _sre.ASSERT_NOT) and isinstance(value, tuple) and len(value) == 2:
        return op, (value[0], list(value[1]))
    return op, value


def _word_after(branch: list[Any], rest: list[Any], string: str) -> bool:
    """Whether a match of ``branch`` (then ``rest``, what follows the top alternation) starting with ``string`` may
    have a letter or digit right after ``string``: True unless the branch opens with exactly the literal run
    ``string`` and what follows it cannot start with one (a class of separators repeated once or more, a
    non-letter, ``(?!\\w)`` or ``(?![^\\W_])``). True whenever unsure."""
    index = 0
    while index < len(branch) and branch[index][0] in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        index += 1
    run = []
    while index < len(branch) and branch[index][0] is _sre.LITERAL:
        run.append(chr(branch[index][1]))
        index += 1
    if "".join(run) != string:
        return True
    following = branch[index:] + rest
    if not following:
        return True
    op, value = following[0]
    if _plain(op, value) in _NO_WORD_AHEAD:
        return False
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, _high, inner = value
        if low < 1 or len(inner) != 1:
            return True
        op, value = inner[0]
    return not _no_word_char(op, value)


def _no_word_char(op: Any, value: Any) -> bool:
    """Whether the item ``(op, value)`` matches one character that is never a letter or digit."""
    if op is _sre.LITERAL:
        return not chr(value).isalnum()
    if op is _sre.IN:
        for item_op, item_value in value:
            if item_op is _sre.LITERAL and not chr(item_value).isalnum():
                continue
            if item_op is _sre.CATEGORY and item_value in (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD):
                continue
            return False
        return bool(value)
    return False


def _top_branch(parsed: Any) -> tuple[int, list[Any]] | None:
    """The index and branches of the pattern's top alternation when only zero-width assertions stand before it, each
    of its branches with leading literals; else None."""
    items = list(parsed)
    index = 0
    while index < len(items) and items[index][0] in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        index += 1
    if index == len(items) or items[index][0] is not _sre.BRANCH:
        return None
    branches = list(items[index][1][1])
    if any(_starts(list(branch)) is None for branch in branches):
        return None
    return index, branches

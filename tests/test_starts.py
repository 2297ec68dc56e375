"""app.text.starts: a long alternation tried only where its phrases start gives finditer's matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.text.starts import LazyPattern, StartScanner, leading_literals

PHRASES = ["every time", "every single time", "each time", "as usual", "i", "it's", "in their blood", "a", "al"]
SEP = r"[\s,.…!?-]+"


def _alternation(phrases: list[str], before: str = r"(?<![^\W_])", after: str = r"(?![^\W_])") -> re.Pattern[str]:
    parts = [SEP.join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=len, reverse=True)]
    return re.compile(before + "(?:" + "|".join(parts) + ")" + after)


def _spans(matches: object) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group(0)) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!\w)(?:ab|cd)(?!\w)", {"ab", "cd"}),
        (r"\b(?:ab+c|d)", {"a", "d"}),
        (r"(?:x|y)z", {"x", "y"}),
        (r"[xy]z", {"x", "y"}),
        (r"(?:ab)+", {"ab"}),
        (r"a?b", None),
        (r"\w+", None),
        (r"(?i:ab)", None),
        (r"(?i)ab", None),
        (r"(?:ab|.c)", None),
    ],
)
def test_leading_literals(pattern: str, expected: set[str] | None) -> None:
    found = leading_literals(pattern)
    assert (set(found) if found is not None else None) == expected


def test_word_edges_read() -> None:
    """(S, session 20) ``(?<![^\\W_])`` and ``(?<!\\w)`` opening a pattern are read (the parser's sub-patterns compared
    as lists): before, no pattern was seen to need a word start, and every offset inside a word was tried."""
    for before, after in ((r"(?<![^\W_])", r"(?![^\W_])"), (r"(?<!\w)", r"(?!\w)")):
        scanner = StartScanner.of(_alternation(PHRASES, before=before, after=after))
        assert scanner is not None and scanner._word_start
        assert {"a", "i", "it's", "as", "al"} <= scanner._closed_words


def test_no_scanner_for_flags() -> None:
    assert StartScanner.of(re.compile("ab", re.IGNORECASE)) is None
    assert StartScanner.of(re.compile(r"a*b")) is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        "every single time, as usual",
        "it's in their blood i guess; every time",
        "again and again: al, a, alas, i it's it",
        "every-single…time!! each  time everytime",
        "_every time x_i",
        "émile a dit: à chaque fois, a al",
    ],
)
@pytest.mark.parametrize(
    "pattern",
    [
        _alternation(PHRASES),
        _alternation(PHRASES, before=r"(?<!\w)", after=r"(?!\w)(?!\s*[^\W\s])"),
        _alternation(PHRASES, before=""),
        re.compile(r"\b(?:(?P<e0>every time)|(?P<e1>as usual)|(?P<e2>i))\b"),
        re.compile(r"(?:every|each) time"),
    ],
)
def test_same_matches_as_finditer(pattern: re.Pattern[str], text: str) -> None:
    scanner = StartScanner.of(pattern)
    assert scanner is not None
    got = scanner.finditer(text)
    assert _spans(got) == _spans(pattern.finditer(text))
    assert [m.groupdict() for m in got] == [m.groupdict() for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeilmstuvy ,.'-_é!\n", max_size=60))
def test_same_matches_on_any_text(text: str) -> None:
    pattern = _alternation([*PHRASES, "usual time", "tiem", "me", "ti"])
    scanner = StartScanner.of(pattern)
    assert scanner is not None
    assert _spans(scanner.finditer(text)) == _spans(pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aeilmnstuvy ,.'-_é!\n", max_size=60))
def test_literal_followed_by_a_letter_is_skipped_only_when_no_branch_takes_one(text: str) -> None:
    """(S, session 20) "a" found in "an" is not tried where every branch starting with "a" wants a separator or the
    end of a word after it; "i" is (the branch "in+" goes on with a letter), and so is "ma" ("ma[a-z]")."""
    phrases = [SEP.join(re.escape(w) for w in p.split()) for p in ["i say", "i", "it's", "a", "am i", "ma"]]
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join([*phrases, "in+", "ma[a-z]"]) + r")(?![^\W_])")
    scanner = StartScanner.of(pattern)
    assert scanner is not None
    assert "a" in scanner._closed_words and "am" in scanner._closed_words
    assert "i" not in scanner._closed_words and "ma" not in scanner._closed_words
    assert _spans(scanner.finditer(text)) == _spans(pattern.finditer(text))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aeilmnstuvy ,.'-_é!\n", max_size=60), st.integers(0, 30), st.integers(0, 70))
def test_a_lazy_pattern_matches_as_the_compiled_one(text: str, pos: int, endpos: int) -> None:
    """(U, session 35) ``LazyPattern`` gives what ``re.compile`` gives — its text, its flags, ``finditer``, ``search``
    and ``match`` at any bounds — and a scanner built from it scans as one built from the compiled pattern; it is
    compiled only when it matches."""
    source = r"(?<![^\W_])(?:" + "|".join(SEP.join(re.escape(w) for w in p.split()) for p in PHRASES) + r")(?![^\W_])"
    lazy, compiled = LazyPattern(source), re.compile(source)
    assert (lazy.pattern, lazy.flags) == (compiled.pattern, compiled.flags)
    scanner = StartScanner.of(lazy)
    assert scanner is not None and lazy._compiled is None  # read, not compiled
    assert _spans(scanner.finditer(text)) == _spans(StartScanner.of(compiled).finditer(text))  # type: ignore[union-attr]
    assert _spans(lazy.finditer(text, pos, endpos)) == _spans(compiled.finditer(text, pos, endpos))
    for name in ("search", "match"):
        got, expected = getattr(lazy, name)(text, pos, endpos), getattr(compiled, name)(text, pos, endpos)
        assert (got and got.span()) == (expected and expected.span())
    assert _spans(lazy.finditer(text)) == _spans(compiled.finditer(text))

"""The literal pre-filter (app.text.literals): a text it rejects never holds a match of the pattern."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from app.text.literals import LiteralGate, may_match, required_literals, selective

_ATOMS = [
    "a",
    "b",
    "ab",
    "ba ",
    "c'",
    "é",
    "🙄",
    r"\.",
    "[ab]",
    r"\w",
    r"\s",
    r"\S",
    ".",
    r"\p{L}",
    r"[\P{L}b]",
    "(?-i:ab)",
]
_ZERO_WIDTH = [r"(?<!\w)", r"(?!\w)", r"(?=\s)", r"(?<=a)", r"\b", "^", "$"]
_QUANTIFIERS = ["", "", "", "?", "*", "+", "{1,2}", "{0,1}", "{2}", "+?", "*+"]


def _patterns(depth: int = 2) -> st.SearchStrategy[str]:
    atom = st.sampled_from(_ATOMS) | st.sampled_from(_ZERO_WIDTH)
    if depth > 0:
        inner = st.lists(_patterns(depth - 1), min_size=1, max_size=3)
        atom = atom | inner.map(lambda alts: "(?:" + "|".join(alts) + ")") | inner.map(lambda alts: "|".join(alts))
    piece = st.tuples(atom, st.sampled_from(_QUANTIFIERS)).map(
        lambda pair: pair[0] + (pair[1] if pair[0] not in _ZERO_WIDTH and "|" not in pair[0].strip("()") else "")
    )
    return st.lists(piece, min_size=1, max_size=4).map("".join)


_TEXTS = st.text(alphabet="abcé' .\n🙄", max_size=30)


@given(_patterns(), _TEXTS)
@settings(max_examples=1500, deadline=None)
def test_every_match_holds_the_required_literals(pattern: str, text: str) -> None:
    """Each match of the pattern (regex module, V1, as the rule lists run) holds a string of every required
    set; so a text without one has no match, and the gate lets every text with a match through."""
    try:
        compiled = regex.compile(pattern, regex.V1)
    except regex.error:
        return
    requirement = required_literals(pattern)
    if requirement is None:
        return
    matches = list(compiled.finditer(text, overlapped=True))
    for match in matches:
        assert may_match(requirement, match.group()), (pattern, text, match.group(), requirement)
    gate = LiteralGate.for_patterns([pattern])
    if matches and gate is not None:
        assert gate.may_match(text), (pattern, text, gate.strings)


def test_required_literals_of_list_patterns() -> None:
    """Mandatory literal runs, alternations and repeats count; optional parts, lookarounds and classes of
    several kinds do not."""
    requirement = required_literals(r"(?<!\w)(?:oh )?(?:great|lovely)[,!.]*\s+(?:another|more)\s+(?:delay|bug)s?")
    assert requirement == (
        frozenset({"great", "lovely"}),
        frozenset({"another", "more"}),
        frozenset({"delay", "bug"}),
    )
    assert required_literals("🙄|🙃") == (frozenset({"🙄", "🙃"}),)
    # (S, session 19) a run with an optional character or a class of characters: its spellings
    assert required_literals(r"(?<!\w)yeah,? right(?!\w)") == (frozenset({"yeah right", "yeah, right"}),)
    assert required_literals(r"\b(?:D\.?O\.?B\.?|date of birth)") == (
        frozenset({"DOB", "D.OB", "DO.B", "D.O.B", "date of birth"}),
    )
    assert required_literals(r"n[ée]e?s? le") == (
        frozenset({"ne le", "nes le", "nee le", "nees le", "né le", "nés le", "née le", "nées le"}),
    )
    # (S, session 37) an optional group of several characters is read whole: « quel(?:le)?s? » was read as "quel" with
    # an optional "l" or "e", so a text holding "quelle " but no "quel " was gated out of a pattern it matches
    assert required_literals(r"quel(?:le)?s? x") == (frozenset({"quel x", "quels x", "quelle x", "quelles x"}),)
    assert required_literals(r"(?<!\w)i (?:had )?expected") == (frozenset({"i expected", "i had expected"}),)
    assert required_literals(r"a[bc]?d") == (frozenset({"ad", "abd", "acd"}),)
    assert required_literals(r"(?P<date>\d+)/(?P<x>ab)") == (frozenset({"ab"}), frozenset({"/"}))
    assert required_literals(r"x*(?:ab)?") == ()


@given(_patterns(), _TEXTS)
@settings(max_examples=800, deadline=None)
def test_case_folded_requirement_of_a_case_blind_group(pattern: str, text: str) -> None:
    """(S, session 19) With ``fold_case``, a group ``(?i:…)`` is read: every match, case-folded, holds a case-folded
    string of every set (the patterns kind tests its gate so)."""
    scoped = f"(?i:{pattern})x"
    try:
        compiled = regex.compile(scoped, regex.V0)
    except regex.error:
        return
    assert required_literals(scoped) is None
    requirement = required_literals(scoped, fold_case=True)
    if requirement is None:
        return
    folded = tuple(frozenset(s.casefold() for s in strings) for strings in requirement)
    for match in compiled.finditer(text.upper() + " " + text, overlapped=True):
        assert may_match(folded, match.group().casefold()), (scoped, text, match.group(), requirement)


def test_syntax_read_differently_by_regex_gets_no_prefilter() -> None:
    """Fuzzy matching, set operations, inline flags and the regex module's own escapes: no pre-filter."""
    for pattern in [r"(?:merde){e<=1}", r"[[a-z]--[aeiou]]x", r"(?i)merde", r"(?|a)b", r"\L<words>", r"\N{BULLET}ab"]:
        assert required_literals(pattern) is None, pattern


def test_unicode_properties_and_case_sensitive_groups_keep_their_strings() -> None:
    """(S, session 23) A Unicode property (``\\p{So}``, ``\\P{L}``, ``\\pL``, in or out of a set) is a class of
    characters, never a literal: the strings around it still gate the pattern (risk.insults' "you idiot 🙄" grammar
    had no gate for its ``\\p{So}``); an escaped backslash before ``p{`` is no property. With ``fold_case``, a group
    matched case-sensitively (``(?-i:…)``) is read as any other."""
    assert required_literals(r"\p{L}+ab") == (frozenset({"ab"}),)
    assert required_literals(r"(?:you|ya) idiots?(?=\s*(?:[!.]|$|\p{So}|[\pL\d]))") == (
        frozenset({" idiot"}),
        frozenset({"ou", "a"}),
        frozenset({"y"}),
    )
    assert required_literals(r"\\p{L}") is None  # a backslash, then "p{L}": a quantifier the parser refuses
    assert required_literals(r"(?-i:[A-Z][a-z]+) is (?:an? )?(?:fool|clown)") is None
    assert required_literals(r"(?-i:[A-Z][a-z]+) is (?:an? )?(?:fool|clown)", fold_case=True) == (
        frozenset({" is "}),
        frozenset({"fool", "clown"}),
    )
    assert required_literals(r"(?-i:Ab)c", fold_case=True) == (frozenset({"Ab"}), frozenset({"c"}))
    for pattern, text in [(r"\p{L}+ab", "xyab"), (r"(?-i:Ab)c", "zAbc")]:
        compiled = regex.compile(pattern, regex.V0 | regex.IGNORECASE)
        requirement = required_literals(pattern, fold_case=True)
        assert requirement is not None and compiled.search(text)
        folded = tuple(frozenset(s.casefold() for s in strings) for strings in requirement)
        assert may_match(folded, text.casefold())


def test_gate_skips_weak_sets_and_rejects_texts_without_its_strings() -> None:
    """A set with a one-letter string is not worth a test; a gate rejects a text without any of its strings."""
    assert selective((frozenset({"a", "bc"}),)) is None
    assert selective((frozenset({"🙄"}), frozenset({"a"}))) == (frozenset({"🙄"}),)
    gate = LiteralGate.for_patterns([r"(?<!\w)you (?:clowns?|idiots?)", "🙄|🙃"])
    assert gate is not None
    assert gate.strings == {"clown", "idiot", "🙄", "🙃"}
    assert not gate.may_match("you are all wonderful")
    assert gate.may_match("you clowns") and gate.may_match("ok 🙃")
    assert LiteralGate.for_patterns([r"(?<!\w)(?:a|i)\w"]) is None
    tu = LiteralGate.for_patterns([r"(?<!\w)(?:tu|t')\w"])  # (S, session 19) « tu », « t' »: spellings of one run
    assert tu is not None and tu.strings == {"tu", "t'"}


def test_a_large_set_is_read_by_one_automaton_as_by_its_strings() -> None:
    """(S, session 23) A set of more than ``_MANY`` strings is tested with an automaton: the same answer as a search
    for each string, on texts with and without one of them."""
    words = frozenset(f"w{i}x" for i in range(20))
    requirement = (words, frozenset({"ab"}))
    for text in ["", "ab", "w3x", "w3x ab", "ab w19x", "w1 ab x", "w20x ab", "xw7xab"]:
        expected = all(any(s in text for s in strings) for strings in requirement)
        assert may_match(requirement, text) is expected, text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(st.text(alphabet="ab é", max_size=3), min_size=1, max_size=12), min_size=1, max_size=3),
        min_size=1,
        max_size=6,
    ),
    st.lists(st.text(alphabet="ab éx", max_size=30), min_size=1, max_size=8),
)
def test_sets_asked_again_are_read_by_the_shared_automaton_as_by_their_strings(
    requirements: list[list[list[str]]], texts: list[str]
) -> None:
    """(S, session 25) A set asked about a second time joins the shared automaton (``_Shared``): every answer, before
    and after, is the search for each string's (the empty string included), the same text asked about again too."""
    asked = [tuple(frozenset(strings) for strings in requirement) for requirement in requirements]
    for _ in range(3):
        for text in texts:
            for requirement in asked:
                expected = all(any(s in text for s in strings) for strings in requirement)
                assert may_match(requirement, text) is expected, (requirement, text)

"""Unit tests of the ``patterns`` kind: anchors, languages, messages, bad patterns and the timeout."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Family, Severity
from app.kinds.base import CheckContext, Deps, RuleMeta
from app.kinds.patterns import PatternsKind, PatternsParams
from app.policy import Policy
from tests.test_risk_cases import make_draft

META = RuleMeta(
    id="risk.custom-patterns",
    family=Family.RISK,
    severity=Severity.WARNING,
    languages=frozenset({"*"}),
    summary={"en": "x"},
    messages={"default": {"en": "'{excerpt}' near {anchor}.", "fr": "« {excerpt} » près de {anchor}."}},
    kind="patterns",
)


def _rule(params: dict[str, object]):  # type: ignore[no-untyped-def]
    return PatternsKind().build(META, PatternsParams.model_validate(params), Deps(rules_root=Path(".")))


def _check(rule, text: str, language: str = "en"):  # type: ignore[no-untyped-def]
    found = list(rule.check(make_draft(text, language), CheckContext(policy=Policy())))
    for f in found:
        assert text[f.offset : f.offset + f.length] == f.excerpt
    return found


def test_anchor_required_when_near_is_set() -> None:
    """A forward-looking phrase counts only next to a cashtag or a listed name."""
    rule = _rule({"patterns": [r"\bwill soar\b"], "near": {"names": ["Globex"], "window": 20}})
    assert _check(rule, "Our app will soar") == []
    found = _check(rule, "Globex will soar")
    assert [(f.excerpt, f.message) for f in found] == [("will soar", "'will soar' near Globex.")]
    assert [f.excerpt for f in _check(rule, "$GLBX will soar")] == ["will soar"]
    far = "Globex" + " filler" * 10 + " will soar"
    assert _check(rule, far) == []


def test_languages_severity_and_message_per_pattern() -> None:
    """A pattern may be limited to languages, carry its own severity and its own message."""
    rule = _rule(
        {
            "patterns": [
                {"pattern": r"\bva doubler\b", "languages": ["fr"], "severity": "error"},
                {"pattern": r"\bPRJ-\d+\b", "message": {"en": "code {excerpt}", "fr": "code {excerpt} (fr)"}},
            ]
        }
    )
    assert _check(rule, "ça va doubler", "en") == []
    fr = _check(rule, "ça va doubler, PRJ-12", "fr")
    assert [(f.excerpt, f.severity, f.message) for f in fr] == [
        ("va doubler", Severity.ERROR, "« va doubler » près de ."),
        ("PRJ-12", Severity.WARNING, "code PRJ-12 (fr)"),
    ]


def test_bad_patterns_fail_at_build() -> None:
    """An invalid expression or group is a ValueError naming the pattern's index."""
    with pytest.raises(ValueError, match=r"patterns\.1"):
        _rule({"patterns": ["ok", "(unclosed"]})
    with pytest.raises(ValueError, match=r"patterns\.0: no group 2"):
        _rule({"patterns": [{"pattern": "(a)", "group": 2}]})


def test_catastrophic_pattern_is_cut_by_the_timeout() -> None:
    """(?:a|aa)+$ on a long run of a's backtracks exponentially: the rule gives up within its budget."""
    rule = _rule({"patterns": [r"(?:a|aa)+$"], "timeout_ms": 30})
    started = time.perf_counter()
    assert _check(rule, "a" * 40 + "!") == []
    assert time.perf_counter() - started < 1.0


def test_entities_are_skipped() -> None:
    """A match inside a URL or a hashtag is not reported."""
    rule = _rule({"patterns": [r"secret"]})
    assert _check(rule, "see https://example.com/secret and #secret") == []
    assert [f.excerpt for f in _check(rule, "a secret plan")] == ["secret"]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=120))
def test_spans_hold_for_any_text(text: str) -> None:
    """Whatever the text, findings hold their spans and the rule never raises."""
    rule = _rule({"patterns": [r"\w+@\w+", r"\d{3,}"]})
    _check(rule, text)


def test_a_homonym_in_its_harmless_sense_is_info() -> None:
    """(session 13) A pattern marked ``homonym`` whose last word is one of the rule's ``homonyms``: in the grammar of
    one of its harmless senses (``senses``, ``app.text.usage.harmless``) the match is info; elsewhere, and for a
    pattern not marked, it keeps its grade. A sense the grammar lacks is a load error."""
    senses = str(Path(__file__).resolve().parents[1] / "rules" / "risk" / "terms" / "fr" / "senses.yml")
    params: dict[str, object] = {
        "patterns": [{"pattern": r"\bquelle\s+vermine\b", "homonym": True}, r"\bt'es\s+qu'une\s+vermine\b"],
        "senses": {"fr": senses},
        "homonyms": {"vermine": ["pest"]},
    }
    rule = _rule(params)
    pest = _check(rule, "Ces limaces, quelle vermine ! Plus une salade.", "fr")
    assert [(f.excerpt, f.severity) for f in pest] == [("quelle vermine", Severity.INFO)]
    assert pest[0].explanation
    aimed = _check(rule, "Quelle vermine ce type. T'es qu'une vermine, comme tes limaces.", "fr")
    assert [(f.excerpt, f.severity) for f in aimed] == [
        ("Quelle vermine", Severity.WARNING),
        ("T'es qu'une vermine", Severity.WARNING),
    ]
    with pytest.raises(ValueError, match=r"homonyms\.vermine: no sense 'pests'"):
        _rule({**params, "homonyms": {"vermine": ["pests"]}})


def test_fragments_are_written_once_and_read_as_groups() -> None:
    """A word class shared by several grammars is one ``fragments`` entry; ``<<name>>`` reads as ``(?:…)``, so an
    alternation never leaks into the pattern around it."""
    rule = _rule(
        {
            "fragments": {"insult": "clown|fool", "not_a_role": r"(?!\s+costume)"},
            "patterns": [r"\byou\s+<<insult>>\b<<not_a_role>>", r"\bsuch\s+an?\s+<<insult>>\b"],
        }
    )
    assert [f.excerpt for f in _check(rule, "you clown! what a fool")] == ["you clown"]
    assert [f.excerpt for f in _check(rule, "she is such a fool")] == ["such a fool"]
    assert _check(rule, "you clown costume") == []
    assert _check(rule, "what a fool") == []  # "you" binds the whole class, not only its first word


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"patterns": [r"\b<<insult>>\b"]}, "patterns.0: no fragment 'insult' (fragments defined: none)"),
        (
            {"fragments": {"insult": "clown"}, "patterns": [r"\bclown\b"]},
            "fragments.insult: no pattern uses it (write <<insult>> where it stands)",
        ),
        (
            {"fragments": {"a": "x", "b": "<<a>>"}, "patterns": [r"<<a>><<b>>"]},
            "fragments.b: a fragment cannot use another (<<…>>)",
        ),
    ],
)
def test_a_bad_fragment_fails_at_build_naming_its_key(params: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match="^" + message.replace("(", r"\(").replace(")", r"\)") + "$"):
        _rule(params)


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=5), min_size=1, max_size=4, unique=True),
    text=st.text(alphabet="abcdefgh ", max_size=40),
)
def test_a_fragment_finds_what_the_pattern_written_out_finds(words: list[str], text: str) -> None:
    """Expanding a fragment changes no match: the same spans as the pattern with the class written inline."""
    alternation = "|".join(words)
    shared = _rule({"fragments": {"w": alternation}, "patterns": [r"\b<<w>>\b"]})
    inline = _rule({"patterns": [rf"\b(?:{alternation})\b"]})
    assert [(f.offset, f.length) for f in _check(shared, text)] == [(f.offset, f.length) for f in _check(inline, text)]


def test_a_pattern_opening_with_look_behinds_is_guarded_by_a_look_ahead_of_its_rest() -> None:
    """(U, session 28) ``guarded``: the look-behind is read only where the rest can match; same matches, same groups."""
    import regex

    from app.kinds.patterns import guarded

    pattern = r"(?:(?<!(?:\bnot|\bnever)\s+(?:\w+\s+){0,3}))\b(?:you\s+are|ur)\s+(?P<word>an?\s+)?(idiot|fool)\b"
    scanned = guarded(pattern)
    assert scanned == r"(?=\b(?:you\s+are|ur))" + pattern  # the look-ahead reads up to the first words
    flags = regex.VERSION0 | regex.UNICODE | regex.IGNORECASE
    plain, fast = regex.compile(pattern, flags), regex.compile(scanned, flags)
    assert (fast.groups, fast.groupindex) == (plain.groups, plain.groupindex)
    for text in ["You are an idiot", "you are not an idiot", "I never said ur a fool, ur a fool", "[ur] (idiot)"]:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
    # left as written: no look-behind first, a rest that does not open at a word boundary, a top-level branch, a
    # back-reference a copy would read otherwise
    for kept in [r"\byou\b", r"(?<=^\s*)(?:idiot|fool)", r"(?<!not )\bidiot|\bfool", r"(?<!x)\b(\w+) \1"]:
        assert guarded(kept) == kept


def test_the_look_aheads_of_a_leading_run_of_assertions_are_read_before_its_look_behinds() -> None:
    """(U, session 33) ``guarded``: ``(?<!…)(?=[A-Z])(?<!…)…`` is scanned as ``(?=[A-Z])(?<!…)(?<!…)…``; same matches,
    same groups."""
    import regex

    from app.kinds.patterns import guarded

    behind, cap, tail = r"(?<!(?:\bnot|\bnever)\s+(?:\w+\s+){0,3})", r"(?=(?-i:[A-Z]))", r"(?<!\bmy\s)"
    rest = r"(?-i:\b[A-Z][a-z]+)\s+is\s+(an?\s+)?(idiot|fool)\b"
    pattern = f"(?:{behind}){cap}{tail}{rest}"
    scanned = guarded(pattern)
    assert scanned == f"{cap}{behind}{tail}{rest}"
    flags = regex.VERSION0 | regex.UNICODE | regex.IGNORECASE
    plain, fast = regex.compile(pattern, flags), regex.compile(scanned, flags)
    assert (fast.groups, fast.groupindex) == (plain.groups, plain.groupindex)
    texts = ["Dave is an idiot", "I never said Dave is a fool", "my Dave is a fool", "dave is an idiot. Bob is a fool"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == [
            (m.span(), m.groups()) for m in plain.finditer(text)
        ]
    # left as written: look-aheads already first, a capturing group in the run (its number would move), a top-level
    # branch, a quantified assertion group
    for kept in [
        r"(?=[A-Z])(?<!not )\w+",
        r"(?<!(x) )(?=[A-Z])\w+",
        r"(?<!not )(?=[A-Z])\w+|\bfool",
        r"(?:(?<!a))?(?=b)\w",
    ]:
        assert guarded(kept) == kept

"""Hypothesis over arbitrary Unicode through ``Engine.review`` (offline): the report's invariants always hold.

No exception for any checkable text; ``InputError`` (never anything else) for empty, blank or
lone-surrogate text; spans within the text with ``text[o:o+l] == excerpt``; seven turns in order;
findings sorted; turn counts and verdict consistent with the findings; no rule crashed.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import FAMILY_ORDER, Report, TurnStatus, finding_sort_key, verdict_for
from app.engine import Engine, InputError
from app.testing import review_sync

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FRAGMENTS = [
    "@jack", "@marie_", "#événement", "#CamelCase", "$TSLA", "https://exemple.fr/a?utm_source=x", "bit.ly/x",
    "merde", "FUCK", "CONFIDENTIEL", "jean@exemple.fr", "06 12 34 56 78", "FR76 3000 6000 0112 3456 7890 189",
    "4111 1111 1111 1111", "!!!", "???", "🎉", "👩‍💻", "🇫🇷", "👍🏽", "\u200b", "\u202e", "\u0301", "ﬁ", "𝗳𝗮𝗻𝗰𝘆",
    "Ｆｕｌｌｗｉｄｔｈ", "fuсk", "\x00", "\n", "\t", "  ", "l'équipe", "c'est", "aujourd'hui", "I'm", "GUARANTEED",
    "will soar", "cures", "100%", "10 000 €", "$5", "a", "e", "ß", "İ", "ǅ", "한국어", "中文", "العربية",
]  # fmt: skip

any_text = st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=400)
tweetish = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=12)),
    min_size=1,
    max_size=40,
).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))
languages = st.sampled_from(["auto", "en", "fr", "en-GB", "fr-CA"])


def check_report(text: str, report: Report) -> None:
    """Every invariant of a report about ``text``."""
    size = len(text)
    for f in report.findings:
        assert 0 <= f.offset <= size
        assert f.length >= 0 and f.offset + f.length <= size
        assert text[f.offset : f.offset + f.length] == f.excerpt
        assert f.message.strip()
        assert f.rule.startswith(f.family.value + ".")
        assert all(isinstance(r, str) for r in f.replacements)
    assert list(report.findings) == sorted(report.findings, key=finding_sort_key)
    assert tuple(t.family for t in report.turns) == FAMILY_ORDER
    for turn in report.turns:
        mine = [f for f in report.findings if f.family == turn.family]
        assert turn.count == len(mine)
        if turn.status is not TurnStatus.SKIPPED:
            worst = max((f.severity.rank for f in mine), default=-1)
            expected = TurnStatus.FAIL if worst == 2 else TurnStatus.WARN if worst == 1 else TurnStatus.PASS
            assert turn.status is expected
    assert report.verdict is verdict_for(report.findings)
    assert set(report.unavailable) <= {f.value for f in FAMILY_ORDER}
    assert not report.rule_errors, report.rule_errors
    for entity in report.entities.all():
        assert entity.offset >= 0 and entity.offset + entity.length <= size
    wire: dict[str, Any] = report.to_dict()
    assert {"verdict", "language", "length", "entities", "turns", "findings", "unavailable"} <= set(wire)


def review(engine: Engine, text: str, language: str) -> Report | None:
    """The report, or None when the text is rejected as uncheckable (the only allowed error)."""
    try:
        return review_sync(engine, text, language=language)
    except InputError as exc:
        assert exc.field == "text"
        assert not text.strip() or any("\ud800" <= c <= "\udfff" for c in text)
        return None


@FUZZ
@given(text=any_text, language=languages)
def test_arbitrary_unicode(engine: Engine, text: str, language: str) -> None:
    report = review(engine, text, language)
    if report is not None:
        check_report(text, report)


@FUZZ
@given(text=tweetish, language=languages)
def test_tweet_like_drafts(engine: Engine, text: str, language: str) -> None:
    report = review(engine, text, language)
    if report is not None:
        check_report(text, report)


@settings(max_examples=60, deadline=None)
@given(text=st.text(min_size=1, max_size=50))
def test_surrogates_are_rejected_cleanly(engine: Engine, text: str) -> None:
    poisoned = text + "\ud83d"
    with pytest.raises(InputError):
        review_sync(engine, poisoned)


@settings(max_examples=40, deadline=None)
@given(
    text=st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30), reps=st.integers(50, 400)
)
def test_long_repetitive_drafts(engine: Engine, text: str, reps: int) -> None:
    long_text = (text + " ") * reps
    report = review(engine, long_text, "auto")
    if report is not None:
        check_report(long_text, report)


@settings(max_examples=80, deadline=None)
@given(text=tweetish)
def test_review_is_deterministic(engine: Engine, text: str) -> None:
    first = review(engine, text, "auto")
    second = review(engine, text, "auto")
    assert (first.to_dict() if first else None) == (second.to_dict() if second else None)

"""Property tests of the engine: for any text, every span holds and the report is complete."""

from __future__ import annotations

import asyncio

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import FAMILY_ORDER, Severity, Verdict
from app.engine import Engine, InputError

PIECES = st.sampled_from(
    [
        "@marie",
        "#événement",
        "$AAPL",
        "https://ex.co/x?utm_source=a",
        "🎉",
        "👩‍💻",
        "🐦‍🔥",
        "\u202e",
        "\u200b",
        "𝗯𝗼𝗹𝗱",
        "merde",
        "Merci !",
        "é",
        "e\u0301",
        "漢字",
        " ",
        "\n",
        "!!!",
        "06 12 34 56 78",
        "jean@exemple.fr",
    ]
)
TEXTS = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=400),
    st.lists(
        st.one_of(PIECES, st.text(max_size=8).filter(lambda s: not any("\ud800" <= c <= "\udfff" for c in s))),
        max_size=60,
    ).map("".join),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(text=TEXTS)
def test_any_text_gives_a_complete_consistent_report(engine: Engine, text: str) -> None:
    try:
        report = asyncio.run(engine.review(text))
    except InputError:
        assert not text.strip()
        return
    assert [t.family for t in report.turns] == list(FAMILY_ORDER)
    for finding in report.findings:
        assert 0 <= finding.offset <= finding.offset + finding.length <= len(text)
        assert text[finding.offset : finding.offset + finding.length] == finding.excerpt
        assert finding.message
    keys = [(f.offset, -f.severity.rank) for f in report.findings]
    assert keys == sorted(keys)
    worst = max((f.severity.rank for f in report.findings), default=-1)
    expected = (
        Verdict.BLOCKED
        if worst == Severity.ERROR.rank
        else Verdict.REVIEW
        if worst == Severity.WARNING.rank
        else Verdict.READY
    )
    assert report.verdict is expected
    assert not report.rule_errors, report.rule_errors
    for entity in report.entities.all():
        assert 0 <= entity.offset < entity.offset + entity.length <= len(text)

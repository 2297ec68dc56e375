"""One thing said, one finding (H, session 22): the tone turn's negativity is one finding per draft, and none where
its words lie inside a risk finding that says the same thing (an insult, disparagement, hate); within risk, the more
specific and more severe finding keeps the span. The tone summary (label, score, drivers) is left as it is; a turn
whose findings all went passes with a count of 0, as any turn with no finding.
"""

from __future__ import annotations

import pytest

from app.domain import Family, Finding, Report, Severity
from app.engine import Engine, drop_superseded

INSULT = "@dave you are a pathetic idiot"


def _said(report: Report) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in report.findings if f.family in (Family.RISK, Family.TONE)]


def _turn(report: Report, family: Family) -> tuple[str, int]:
    turn = next(t for t in report.turns if t.family is family)
    return turn.status.value, turn.count


async def test_an_insult_to_an_at_mention_is_one_risk_finding_and_one_tone_finding(engine: Engine) -> None:
    """It was four: risk.disparagement ('@dave you are a pathetic'), risk.insults, tone.negative at 'pathetic' and at
    'idiot'. The insult keeps the span (it names the insult); the tone turn's words are one finding."""
    report = await engine.review(INSULT, language="en")
    assert _said(report) == [("risk.insults", "you are a pathetic idiot"), ("tone.negative", "pathetic idiot")]
    assert report.verdict.value == "review"
    assert report.tone is not None and report.tone.label == "hostile"
    assert [d.excerpt for d in report.tone.drivers] == ["pathetic", "idiot"]


@pytest.mark.parametrize(
    ("text", "language", "excerpt", "words"),
    [
        (
            "This is a disgrace. Worst service ever, truly pathetic.",
            "en",
            "disgrace. Worst service ever, truly pathetic",
            "'disgrace', 'Worst' and 'pathetic' make this draft",
        ),
        (
            "Service client lamentable, une honte. Je suis furieux.",
            "fr",
            "lamentable, une honte. Je suis furieux",
            "« lamentable », « honte » et « furieux » donnent à ce brouillon",
        ),
    ],
)
async def test_the_negative_words_of_a_draft_are_one_finding(
    engine: Engine, text: str, language: str, excerpt: str, words: str
) -> None:
    report = await engine.review(text, language=language)
    tone = [f for f in report.findings if f.rule == "tone.negative"]
    assert [(f.excerpt, f.severity) for f in tone] == [(excerpt, Severity.WARNING)]
    assert tone[0].message.startswith(words), tone[0].message
    assert _turn(report, Family.TONE) == ("warn", 1)


async def test_an_attack_on_the_reader_holds_the_negative_word(engine: Engine) -> None:
    """'You idiot' was risk.insults', tone.aggression's and tone.negative's (at 'idiot'): tone.aggression supersedes
    tone.negative."""
    report = await engine.review("You idiot, read the thread.", language="en")
    assert _said(report) == [("risk.insults", "You idiot"), ("tone.aggression", "You idiot")]


def _finding(rule: str, family: Family, offset: int, excerpt: str, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(rule, family, severity, "m", offset, len(excerpt), excerpt)


def test_an_at_mention_at_a_span_edge_says_to_whom_not_what() -> None:
    by = {"risk.disparagement": frozenset({"risk.insults"})}
    insult = _finding("risk.insults", Family.RISK, 6, "you are a pathetic idiot")
    addressed = _finding("risk.disparagement", Family.RISK, 0, "@dave you are a pathetic")
    assert drop_superseded([addressed, insult], by) == [insult]
    # ... but a word of its own outside the insult keeps it
    wider = _finding("risk.disparagement", Family.RISK, 0, "@dave and you are a pathetic")  # ... idiot
    later = _finding("risk.insults", Family.RISK, 10, "you are a pathetic idiot")
    assert drop_superseded([wider, later], by) == [wider, later]
    # ... and a mention alone is what it says
    alone = _finding("risk.disparagement", Family.RISK, 0, "@dave")
    assert drop_superseded([alone, insult], by) == [alone, insult]


def test_a_less_severe_risk_finding_replaces_no_tone_warning() -> None:
    by = {"tone.negative": frozenset({"risk.disparagement"})}
    info = _finding("risk.disparagement", Family.RISK, 0, "their CEO is a clown", Severity.INFO)
    tone = _finding("tone.negative", Family.TONE, 15, "clown")
    assert drop_superseded([info, tone], by) == [info, tone]

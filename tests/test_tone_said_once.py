"""One thing said, one finding (H, session 22): the tone turn's negativity is one finding per draft, and none where
its words lie inside a risk finding that says the same thing (an insult, disparagement, hate); within risk, the more
specific and more severe finding keeps the span. The tone summary (label, score, drivers) is left as it is; a turn
whose findings all went passes with a count of 0, as any turn with no finding. Through the engine, the CLI and the API.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from app.domain import Family, Finding, Report, Severity
from app.engine import Engine, drop_superseded

INSULT = "@dave you are a pathetic idiot"
ENV = {**os.environ, "SEVENFOLD_OFFLINE": "true", "NO_COLOR": "1"}


def _said(report: Report) -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in report.findings if f.family in (Family.RISK, Family.TONE)]


def _turn(report: Report, family: Family) -> tuple[str, int]:
    turn = next(t for t in report.turns if t.family is family)
    return turn.status.value, turn.count


async def test_an_insult_to_an_at_mention_is_one_finding(engine: Engine) -> None:
    """It was four: risk.disparagement ('@dave you are a pathetic'), risk.insults, tone.negative at 'pathetic' and at
    'idiot'. The insult keeps the span (it names the insult); the tone turn's one finding lies inside it and goes. The
    tone summary still reads the draft as hostile; the tone turn, its finding gone, passes with a count of 0."""
    report = await engine.review(INSULT, language="en")
    assert _said(report) == [("risk.insults", "you are a pathetic idiot")]
    assert report.verdict.value == "review"
    assert report.tone is not None and report.tone.label == "hostile"
    assert [d.excerpt for d in report.tone.drivers] == ["pathetic", "idiot"]
    assert _turn(report, Family.TONE) == ("pass", 0)
    assert _turn(report, Family.RISK) == ("warn", 1)


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
    """'You idiot' was risk.insults', tone.aggression's and tone.negative's (at 'idiot'): one finding, the insult."""
    report = await engine.review("You idiot, read the thread.", language="en")
    assert _said(report) == [("risk.insults", "You idiot")]


async def test_a_negative_word_outside_the_insult_keeps_the_tone_finding(engine: Engine) -> None:
    """The tone finding goes only where the insult holds all its words: here 'broken' lies outside."""
    report = await engine.review("This update is broken and useless, you pathetic idiot", language="en")
    rules = [rule for rule, _ in _said(report)]
    assert "risk.insults" in rules
    assert "tone.negative" in rules


@pytest.mark.parametrize(
    ("text", "language", "said"),
    [
        # the group named inside the attack is no separate sensitive topic ('Muslims' was risk.sensitive-topics' info)
        ("Muslims are filthy animals", "en", [("risk.hate", "Muslims are filthy animals")]),
        # the swear word inside contempt for the mention is no separate finding ('merde' was risk.profanity's warning)
        # (the same words said of @lucas himself, « t'es vraiment une merde », name him: risk.profanity's error stays)
        ("@lucas ta boîte c'est de la merde.", "fr", [("risk.disparagement", "boîte c'est de la merde")]),
    ],
)
async def test_the_more_specific_risk_finding_keeps_the_span(
    engine: Engine, text: str, language: str, said: list[tuple[str, str]]
) -> None:
    report = await engine.review(text, language=language)
    assert _said(report) == said


async def test_a_more_severe_word_inside_keeps_its_finding(engine: Engine) -> None:
    """risk.profanity's error on 'fucking' is more severe than the disparagement warning that holds it: it stays."""
    report = await engine.review("@rival your CEO is a fucking clown", language="en")
    assert ("risk.profanity", "fucking") in _said(report)


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


def test_a_rules_own_findings_nest() -> None:
    """(H, session 22) « tu es un idiot » was two risk.insults findings, « un idiot » inside « tu es un idiot »: the
    one that holds the other at the same or a higher severity keeps it; of twins on one span, the first (or the more
    severe); a more severe finding inside, or one beside, stays. No ``supersedes`` is needed for a rule's own."""
    whole = _finding("risk.insults", Family.RISK, 0, "tu es un idiot")
    inner = _finding("risk.insults", Family.RISK, 6, "un idiot")
    assert drop_superseded([whole, inner], {}) == [whole]
    assert drop_superseded([inner, whole], {}) == [whole]
    twin = _finding("risk.insults", Family.RISK, 0, "tu es un idiot")
    assert drop_superseded([whole, twin], {}) == [whole]
    error = _finding("risk.insults", Family.RISK, 0, "tu es un idiot", Severity.ERROR)
    assert drop_superseded([whole, error], {}) == [error]
    severe = _finding("risk.insults", Family.RISK, 6, "un idiot", Severity.ERROR)
    assert drop_superseded([whole, severe], {}) == [whole, severe]
    beside = _finding("risk.insults", Family.RISK, 16, "quel minable")
    assert drop_superseded([whole, beside], {}) == [whole, beside]
    other = _finding("risk.profanity", Family.RISK, 9, "idiot")
    assert drop_superseded([whole, other], {}) == [whole, other]


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [("tu es un idiot", "tu es un idiot"), ("Vous êtes des idiots.", "Vous êtes des idiots")],
)
async def test_one_insult_in_french_is_one_finding(engine: Engine, text: str, excerpt: str) -> None:
    report = await engine.review(text, language="fr")
    assert _said(report) == [("risk.insults", excerpt)]


def test_a_less_severe_risk_finding_replaces_no_tone_warning() -> None:
    by = {"tone.negative": frozenset({"risk.disparagement"})}
    info = _finding("risk.disparagement", Family.RISK, 0, "their CEO is a clown", Severity.INFO)
    tone = _finding("tone.negative", Family.TONE, 15, "clown")
    assert drop_superseded([info, tone], by) == [info, tone]


def test_through_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "check", INSULT, "--lang", "en", "--format", "json"],
        capture_output=True,
        env=ENV,
        timeout=120,
        check=False,
    )
    report = json.loads(result.stdout)
    said = [(f["rule"], f["excerpt"]) for f in report["findings"] if f["rule"].split(".")[0] in ("risk", "tone")]
    assert said == [("risk.insults", "you are a pathetic idiot")]
    turns = {t["family"]: (t["status"], t["count"]) for t in report["turns"]}
    assert turns["tone"] == ("pass", 0)
    assert turns["risk"] == ("warn", 1)
    assert report["tone"]["label"] == "hostile"


def test_through_the_api(client: TestClient) -> None:
    body = client.post("/v1/check", json={"text": INSULT, "language": "en"}).json()
    said = [(f["rule"], f["excerpt"]) for f in body["findings"] if f["rule"].split(".")[0] in ("risk", "tone")]
    assert said == [("risk.insults", "you are a pathetic idiot")]
    turns = {t["family"]: (t["status"], t["count"]) for t in body["turns"]}
    assert turns["tone"] == ("pass", 0)
    assert body["tone"]["label"] == "hostile"


@pytest.mark.parametrize(
    ("en", "fr", "severity"),
    [
        # (H, session 22) an expletive that is the noun said of a person names them: error in both languages (English
        # read it so only when its model was sure; « t'es une merde » was a warning)
        ("You're a piece of shit.", "T'es vraiment une merde.", Severity.ERROR),
        ("you are shit!", "tu n'es qu'une merde !", Severity.ERROR),
        ("you little shit", "espèce de merde", Severity.ERROR),
        # a person-naming insult keeps its grade everywhere, the same in both
        ("you are an asshole", "tu es un connard", Severity.ERROR),
        ("what an asshole this guy is", "quel connard ce type", Severity.ERROR),
        # the noun does not close its phrase: a complaint about a skill keeps the word's own grade
        ("you are shit at this", "t'es une merde en maths", Severity.WARNING),
    ],
)
async def test_a_swear_word_said_of_a_person_reads_the_same_in_both_languages(
    engine: Engine, en: str, fr: str, severity: Severity
) -> None:
    """Issue 11 item 7: the same rule and the same severity for equivalent words, used the same way."""
    for text, language in ((en, "en"), (fr, "fr")):
        report = await engine.review(text, language=language)
        found = [(f.rule, f.severity) for f in report.findings if f.rule == "risk.profanity"]
        assert found == [("risk.profanity", severity)], (text, found)

"""What a finding says is its span without the @mentions at its edges (``app.engine.drop_superseded``), and those
@mentions are the draft's as twitter-text parses them (``Draft.entities``), not an "@ and word characters" regex of
the engine's own (U, session 23). Same findings on every dev tweet and functional case: ``bench/review_digest.py``
18,417 drafts, digest d94cd9e9… before and after."""

from __future__ import annotations

import pytest

from app.domain import Family, Finding, Severity
from app.engine import Engine, drop_superseded
from app.text.tweet import extract_mentions

BY = {"risk.disparagement": frozenset({"risk.insults"})}


def _finding(rule: str, text: str, excerpt: str) -> Finding:
    offset = text.index(excerpt)
    return Finding(rule, Family.RISK, Severity.WARNING, "m", offset, len(excerpt), excerpt)


def _mentions(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.offset, m.end) for m in extract_mentions(text, include_lists=True))


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("@dave you are a pathetic idiot", "@dave you are a pathetic"),
        ("@dave, @lucas: you are a pathetic idiot", "@dave, @lucas: you are a pathetic"),
        # a list is who it is said to as a whole: the regex stopped at its '/' and kept '/team you are …'
        ("@dave/team you are a pathetic idiot", "@dave/team you are a pathetic"),
        ("you are a pathetic idiot @dave", "pathetic idiot @dave"),
        ("you are a pathetic idiot... @dave @lucas", "pathetic idiot... @dave @lucas"),
    ],
)
def test_the_drafts_mentions_at_a_spans_edges_say_to_whom(text: str, addressed: str) -> None:
    insult = _finding("risk.insults", text, "you are a pathetic idiot")
    other = _finding("risk.disparagement", text, addressed)
    assert drop_superseded([other, insult], BY, _mentions(text)) == [insult]


def test_an_at_sign_twitter_text_does_not_read_as_a_mention_is_said() -> None:
    """'@dave' glued to a word is no mention (an e-mail's tail): the span says it, and keeps its finding."""
    text = "mail@dave you are a pathetic idiot"
    insult = _finding("risk.insults", text, "you are a pathetic idiot")
    other = _finding("risk.disparagement", text, "@dave you are a pathetic")
    assert _mentions(text) == ()
    assert drop_superseded([other, insult], BY, _mentions(text)) == [other, insult]


def test_mentions_alone_are_what_a_span_says() -> None:
    text = "@dave @lucas you are a pathetic idiot"
    insult = _finding("risk.insults", text, "you are a pathetic idiot")
    alone = _finding("risk.disparagement", text, "@dave @lucas")
    assert drop_superseded([alone, insult], BY, _mentions(text)) == [alone, insult]


@pytest.mark.parametrize(
    "text",
    [
        "@dave you are a pathetic idiot",
        "@dave, @lucas: you are a pathetic idiot",
        "@dave/team you are a pathetic idiot",
        "you are a pathetic idiot @dave",
    ],
)
async def test_an_insult_to_mentions_is_one_finding(engine: Engine, text: str) -> None:
    report = await engine.review(text, language="en")
    said = [(f.rule, f.excerpt) for f in report.findings if f.family in (Family.RISK, Family.TONE)]
    assert said == [("risk.insults", "you are a pathetic idiot")]

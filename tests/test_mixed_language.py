"""Mixed French/English drafts (``app.text.language.other_language_segments``, ``app.language_pass``): a sentence or
clause surely in the other pack language is judged by that language's rules too, spans exact in the whole draft,
no finding twice; through the engine and through ``POST /v1/check``."""

from __future__ import annotations

import asyncio

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import Family, Report
from app.engine import Engine
from app.text.language import (
    blank_entities,
    may_hold_other_language,
    other_language_segments,
    word_language,
)
from app.text.tweet import extract_entities

MIXED = "Super réunion ce matin avec l'équipe. Honestly the people at @rivalcorp couldn't build a toaster."
ENGLISH_PART = "Honestly the people at @rivalcorp couldn't build a toaster"

FRENCH = [
    "Super réunion ce matin avec toute l'équipe",
    "Merci à tous pour vos retours sur le lancement",
    "Le webinaire de jeudi est reporté à la semaine prochaine",
    "Quant à Marc, c'est vraiment un sale con",
    "Les gens de @concurrent sont des incapables",
    "Entre nous, on annonce le rachat de Globex avant les résultats",
    "On a eu un meeting, c'est un game changer",
]
ENGLISH = [
    "Honestly the people at @rivalcorp couldn't build a toaster",
    "Thanks everyone who joined the livestream today",
    "Their sales director is a total idiot though",
    "Don't tell anyone, but we're cutting 150 jobs next month",
    "See you all next year in Montreal",
    "This fucking deploy took us three weeks",
    "Let me know what you think",
]
GLUE = [". ", "! ", "\n", " — ", ", ", "? ", " 🔥 ", ".\n\n", " (", ") ", ": "]


def _review(engine: Engine, text: str, language: str = "auto") -> Report:
    return asyncio.run(engine.review(text, language=language))


def test_the_issue_example_gets_the_english_finding(engine: Engine) -> None:
    """A French draft with an English disparagement: the English rule finds it, at its exact span."""
    report = _review(engine, MIXED)
    assert report.language == "fr"
    assert "en" in report.languages_checked
    start = MIXED.index(ENGLISH_PART)
    assert [(s.language, s.offset, s.length) for s in report.language_segments] == [("en", start, len(ENGLISH_PART))]
    found = [f for f in report.findings if f.rule == "risk.disparagement"]
    assert found, [f.rule for f in report.findings]
    for finding in found:
        assert MIXED[finding.offset : finding.offset + finding.length] == finding.excerpt
        assert start <= finding.offset and finding.offset + finding.length <= start + len(ENGLISH_PART)
    assert report.verdict.value != "ready"


def test_the_reverse_an_english_draft_with_a_french_insult(engine: Engine) -> None:
    text = "Great quarter for our sales team, congratulations to all of you. Quant à Marc, c'est un sale con."
    report = _review(engine, text)
    assert report.language == "en"
    assert [s.language for s in report.language_segments] == ["fr"]
    insults = [f for f in report.findings if f.family is Family.RISK and f.severity.rank >= 1]
    # (H, session 23) the insult that names a person, on its phrase (risk.profanity's names_person_before)
    assert [text[f.offset : f.offset + f.length] for f in insults] == ["sale con"]


def test_an_explicit_language_still_checks_the_other_languages_sentence(engine: Engine) -> None:
    """The caller says French: grammar and messages stay French, the English sentence is still judged in English."""
    report = _review(engine, MIXED, "fr")
    assert report.language == "fr"
    assert report.language_confidence is None
    assert any(f.rule == "risk.disparagement" for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        "On a eu un meeting ce matin, c'est un game changer pour l'équipe.",
        "Je suis en full remote cette semaine, ping me on Slack si besoin.",
        "Grab a quick bite before the meeting, the agenda is long today.",
        "Nous sommes ravis de vous accueillir à Lyon pour la conférence annuelle.",
    ],
)
def test_code_switching_and_plain_drafts_have_no_segment(engine: Engine, text: str) -> None:
    """A loanword or two is no sentence in the other language: no segment, no second pack."""
    report = _review(engine, text)
    assert report.language_segments == ()
    assert "language_segments" not in report.to_dict()


def test_the_gate_needs_words_only_the_other_language_knows() -> None:
    assert word_language("the") == "en"
    assert word_language("est") == "fr"  # a function word, though tweets' English vocabulary knows "EST"
    assert word_language("terminée") == "fr"  # an accented word no vocabulary knows
    assert word_language("à") == "fr"
    assert word_language("business") is None  # both vocabularies know it: a loanword
    assert word_language("Zyxwvq") is None
    assert may_hold_other_language("On a eu un meeting, c'est un game changer", "fr") is None
    assert may_hold_other_language("Super réunion. Honestly the people couldn't build it", "fr") == "en"
    assert may_hold_other_language("Guten Morgen, the people are here", "de") is None  # no packs for German


def test_a_mention_opening_a_segment_stays_in_it() -> None:
    text = "Notre équipe support a répondu à mille tickets. @initech's support team is a joke, they can't fix anything."
    entities = extract_entities(text)
    (segment,) = other_language_segments(text, entities, "fr")
    assert text[segment.offset :].startswith("@initech")
    assert blank_entities(text, entities).startswith(text[:48])
    assert len(blank_entities(text, entities)) == len(text)


@st.composite
def mixed_drafts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(FRENCH + ENGLISH), min_size=1, max_size=5))
    glue = draw(st.lists(st.sampled_from(GLUE), min_size=len(parts), max_size=len(parts)))
    lead = draw(st.sampled_from(["", " ", "@marie ", "#AI "]))
    return lead + "".join(p + g for p, g in zip(parts, glue, strict=True))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=mixed_drafts(), language=st.sampled_from(["auto", "en", "fr"]))
def test_segments_and_findings_hold_in_any_mix(engine: Engine, text: str, language: str) -> None:
    """Any mix of French and English sentences: segments lie inside the text, start and end on a non-space, do not
    overlap; every finding's span is exact; no rule reports the same span twice, and the segment pass repeats no
    finding of its rule over an overlapping span."""
    report = _review(engine, text, language)
    previous_end = 0
    for segment in report.language_segments:
        assert segment.language in ("en", "fr") and segment.language != report.language
        assert previous_end <= segment.offset and segment.length > 0
        end = segment.offset + segment.length
        assert end <= len(text)
        assert not text[segment.offset].isspace() and not text[end - 1].isspace()
        assert 0.0 <= segment.confidence <= 1.0
        previous_end = end
    keys = [(f.rule, f.offset, f.length) for f in report.findings]
    assert len(keys) == len(set(keys)), keys
    for finding in report.findings:
        assert text[finding.offset : finding.offset + finding.length] == finding.excerpt
    assert not report.rule_errors
    if report.language_segments:
        assert set(report.languages_checked) >= {report.language, *(s.language for s in report.language_segments)}


def test_api_reports_the_english_finding_of_a_french_draft(client: TestClient) -> None:
    """End to end: ``POST /v1/check`` on the mixed draft gives the English rule's finding at its exact span, the
    report in French, the English segment listed."""
    response = client.post("/v1/check", json={"text": MIXED, "language": "auto"})
    assert response.status_code == 200
    report = response.json()
    assert report["language"] == "fr"
    assert report["languages_checked"] == ["fr", "en"]
    start = MIXED.index(ENGLISH_PART)
    assert report["language_segments"] == [
        {"language": "en", "offset": start, "length": len(ENGLISH_PART), "confidence": pytest.approx(0.98, abs=0.02)}
    ]
    found = [f for f in report["findings"] if f["rule"] == "risk.disparagement"]
    assert found
    for finding in found:
        assert MIXED[finding["offset"] : finding["offset"] + finding["length"]] == finding["excerpt"]
        assert finding["offset"] >= start
    assert report["verdict"] == "review"


def test_a_short_clause_the_detector_is_sure_of_is_judged_and_outranks_the_draft_language(engine: Engine) -> None:
    """The short clause "You're all idiots." in a French draft: one function word passes the gate, the detector is
    sure of the clause; the English warning replaces the French pass's info on the same word (one finding, not two)."""
    text = "Superbe journée au bureau de Nantes aujourd'hui. You're all idiots."
    report = _review(engine, text)
    assert report.language == "fr"
    assert [(s.language, text[s.offset : s.offset + s.length]) for s in report.language_segments] == [
        ("en", "You're all idiots")
    ]
    profanity = [f for f in report.findings if f.rule == "risk.profanity"]
    assert [(f.excerpt, f.severity.value) for f in profanity] == [("idiots", "warning")]
    assert text[profanity[0].offset : profanity[0].offset + profanity[0].length] == "idiots"


def test_a_short_clause_aimed_at_a_mention_is_judged_when_the_detector_is_unsure(engine: Engine) -> None:
    """« @vexacorp, bande de guignols. » in an English draft: three words the detector is unsure of, but only French
    words and right after a mention, so the French insult is found at its exact span."""
    text = "Fantastic turnout at the meetup last night. @vexacorp, bande de guignols."
    report = _review(engine, text)
    assert report.language == "en"
    assert [s.language for s in report.language_segments] == ["fr"]
    insults = [f for f in report.findings if f.rule == "risk.insults"]
    assert [(text[f.offset : f.offset + f.length], f.severity.value) for f in insults] == [
        ("bande de guignols", "warning")
    ]


def test_short_clauses_without_cue_or_certainty_are_not_segments() -> None:
    """A two-word salutation in the other language, with no mention and a detector unsure of it, stays unjudged."""
    text = "Great session with the Lyon team today. À bientôt !"
    assert may_hold_other_language(text, "en") == "fr"
    assert other_language_segments(text, extract_entities(text), "en") == ()
    assert may_hold_other_language("Superbe journée. Their support sucks.", "fr") == "en"  # one function word


def test_an_unsure_draft_runs_the_other_languages_leak_cues(engine: Engine) -> None:
    """A draft read as French with low confidence runs the English pack's rules on the whole draft, the insider-leak
    cues (a privacy rule with language data) among them."""
    text = "Belle soirée de gala hier, merci aux organisateurs. Keep it quiet, the layoffs are on Monday."
    report = _review(engine, text)
    assert report.language == "fr" and "en" in report.languages_checked
    leaks = [f for f in report.findings if f.rule == "privacy.insider-leak"]
    assert leaks and all(text[f.offset : f.offset + f.length] == f.excerpt for f in leaks)

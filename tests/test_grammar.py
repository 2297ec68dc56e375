"""The grammar turn against the real LanguageTool: exact spans, entities and emoji never flagged, policy.

Uses the session's one LanguageTool (tests/lt_fixtures.py). Spans are code points of the text as
submitted; emoji sit before errors and inside flagged spans on purpose.
"""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import Family, Report, Severity, TurnStatus, Verdict
from app.engine import Engine
from app.languagetool.service import GrammarService
from app.testing import review_sync

ACCUEILLIR = "Nous sommes ravis de vous acceuillir 🎉 @marie #événement"
PRODUKT = "Our new produkt is live 🚀 https://ex.co/x @acme"


def grammar(report: Report) -> list[tuple[int, int, str, str]]:
    return [(f.offset, f.length, f.excerpt, f.rule) for f in report.findings if f.family is Family.GRAMMAR]


def turn(report: Report, family: Family) -> tuple[TurnStatus, str | None]:
    found = next(t for t in report.turns if t.family is family)
    return found.status, found.reason


def assert_never_on_entities(report: Report, text: str) -> None:
    spans = [(e.offset, e.offset + e.length) for e in report.entities.all()]
    for f in report.findings:
        assert text[f.offset : f.offset + f.length] == f.excerpt
        if f.family is Family.GRAMMAR:
            assert not any(s < f.offset + f.length and f.offset < e for s, e in spans), f


async def test_service_is_ready_with_english_and_french(languagetool_service: GrammarService) -> None:
    assert languagetool_service.status() == (True, None)
    assert {"en", "fr"} <= languagetool_service.languages()


async def test_french_draft_from_the_issue(grammar_engine: Engine) -> None:
    report = await grammar_engine.review(ACCUEILLIR, language="fr")
    assert grammar(report) == [(26, 10, "acceuillir", "grammar.FR_SPELLING_RULE")]
    finding = next(f for f in report.findings if f.family is Family.GRAMMAR)
    assert finding.replacements[0] == "accueillir"
    assert finding.severity is Severity.WARNING
    assert "frappe" in finding.message  # LanguageTool's French message
    assert report.unavailable == ()
    assert_never_on_entities(report, ACCUEILLIR)


async def test_english_draft_from_the_issue(grammar_engine: Engine) -> None:
    report = await grammar_engine.review(PRODUKT, language="en")
    assert grammar(report) == [(8, 7, "produkt", "grammar.MORFOLOGIK_RULE_EN_US")]
    finding = next(f for f in report.findings if f.family is Family.GRAMMAR)
    assert finding.replacements[0] == "product"
    assert finding.message.startswith("Possible spelling mistake")
    assert turn(report, Family.GRAMMAR)[0] is TurnStatus.WARN
    assert_never_on_entities(report, PRODUKT)


async def test_detected_language_is_used_and_reported(grammar_engine: Engine) -> None:
    report = await grammar_engine.review(ACCUEILLIR)
    assert report.language == "fr"
    assert (26, 10, "acceuillir", "grammar.FR_SPELLING_RULE") in grammar(report)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # emoji (astral, two UTF-16 units each) before the error
        ("🎉🎉 We recieve your order @shop", "en", [(6, 7, "recieve")]),
        ("👍🏽👍🏽 Ceci est un tesst", "fr", [(17, 5, "tesst")]),
        # emoji inside the flagged span: offset AND length must be converted
        ("I could 🎉 of done it better.", "en", [(2, 10, "could 🎉 of")]),
        # mentions, hashtags, cashtags and URLs right next to errors
        ("@bob teh plan is ready", "en", [(5, 3, "teh")]),
        ("Buy $AAPL shares tommorow #investing", "en", [(17, 8, "tommorow")]),
        ("See https://ex.co/a for the detials #launch", "en", [(28, 7, "detials")]),
        ("#TeamSpirit recieve the prize", "en", [(12, 7, "recieve")]),
        ("🚀 Merci a tous pour ce lancement https://ex.co/y", "fr", [(8, 1, "a")]),
        ("Rendez-vous demain avec @paul pour le lancemant 🎉", "fr", [(38, 9, "lancemant")]),
    ],
)
async def test_exact_spans_next_to_entities_and_emoji(
    grammar_engine: Engine, text: str, language: str, expected: list[tuple[int, int, str]]
) -> None:
    report = await grammar_engine.review(text, language=language)
    assert [(o, n, x) for o, n, x, _ in grammar(report)] == expected
    assert_never_on_entities(report, text)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thanks @bob for the great work! 🎉 #TeamSpirit https://ex.co/x", "en"),
        ("Merci @marie pour ce beau travail. #BravoÉquipe 👏", "fr"),
        ("Buy $AAPL and @acme_corp shares before #earningsday 📈", "en"),
        ("@xyzzy_q #qwrtzp $QQQX https://zzk.qq/wxq 🤖🦄", "en"),
    ],
)
async def test_entities_and_emoji_are_never_flagged(grammar_engine: Engine, text: str, language: str) -> None:
    report = await grammar_engine.review(text, language=language)
    assert grammar(report) == []
    assert turn(report, Family.GRAMMAR)[0] is TurnStatus.PASS


async def test_accepted_vocabulary_is_never_a_misspelling(grammar_engine: Engine) -> None:
    report = await grammar_engine.review(PRODUKT, language="en", overrides={"accept": ["Produkt"]})
    assert grammar(report) == []
    phrase = await grammar_engine.review("Try Zorblax Pro today", language="en", overrides={"accept": ["zorblax pro"]})
    assert grammar(phrase) == []
    plain = await grammar_engine.review("Try Zorblax Pro today", language="en")
    assert [x for _, _, x, _ in grammar(plain)] == ["Zorblax"]


async def test_policy_raises_grammar_severity(grammar_engine: Engine) -> None:
    report = await grammar_engine.review(
        PRODUKT, language="en", overrides={"families": {"grammar": {"severity": "error"}}}
    )
    assert [f.severity for f in report.findings if f.family is Family.GRAMMAR] == [Severity.ERROR]
    assert report.verdict is Verdict.BLOCKED
    by_type = await grammar_engine.review(
        "Thanks ,see you tomorow",
        language="en",
        overrides={"rules": {"grammar.languagetool": {"params": {"severities": {"whitespace": "warning"}}}}},
    )
    severities = {f.rule: f.severity for f in by_type.findings if f.family is Family.GRAMMAR}
    assert severities.get("grammar.MORFOLOGIK_RULE_EN_US") is Severity.WARNING
    assert all(s is Severity.WARNING for s in severities.values())


async def test_typography_is_info(grammar_engine: Engine) -> None:
    report = await grammar_engine.review("This is great , thanks", language="en")
    infos = [f for f in report.findings if f.family is Family.GRAMMAR]
    assert infos and all(f.severity is Severity.INFO for f in infos)


async def test_variant_from_policy(grammar_engine: Engine) -> None:
    us = await grammar_engine.review("The colour of the centre", language="en")
    gb = await grammar_engine.review("The colour of the centre", language="en", overrides={"variants": {"en": "en-GB"}})
    assert [x for _, _, x, _ in grammar(us)] == ["colour", "centre"]
    assert grammar(gb) == []


async def test_language_without_languagetool_is_skipped_with_a_reason(grammar_engine: Engine) -> None:
    report = await grammar_engine.review("Das ist ein kleiner Tesst mit @anna", language="de")
    status, reason = turn(report, Family.GRAMMAR)
    assert status is TurnStatus.SKIPPED and reason and "de" in reason
    assert report.unavailable == ()
    assert len(report.turns) == 7


async def test_offline_engine_reports_grammar_unavailable(engine: Engine) -> None:
    report = await engine.review(PRODUKT, language="en")
    status, reason = turn(report, Family.GRAMMAR)
    assert status is TurnStatus.SKIPPED and reason and "offline" in reason
    assert report.unavailable == ("grammar",)


async def test_concurrent_reviews_match_sequential_ones(grammar_engine: Engine) -> None:
    texts = [ACCUEILLIR, PRODUKT, "🎉🎉 We recieve your order @shop", "I could 🎉 of done it better."] * 10
    sequential = [grammar(await grammar_engine.review(t)) for t in texts[:4]]
    concurrent = await asyncio.gather(*(grammar_engine.review(t) for t in texts))
    assert [grammar(r) for r in concurrent] == sequential * 10


tokens = st.sampled_from(
    [
        "the",
        "recieve",
        "teh",
        "produkt",
        "is",
        "a",
        "apple",
        "le",
        "acceuil",
        "🎉",
        "🚀",
        "👍🏽",
        ",",
        ".",
        "@bob",
        "@zz_top",
        "#TeamSpirit",
        "#qwrtz",
        "$AAPL",
        "https://ex.co/x",
        "𝗳𝗮𝗻𝗰𝘆",
    ]
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(tokens, min_size=1, max_size=14), st.sampled_from(["en", "fr"]))
def test_no_grammar_finding_ever_overlaps_an_entity(grammar_engine: Engine, words: list[str], language: str) -> None:
    text = " ".join(words)
    if not text.strip():
        return
    report = review_sync(grammar_engine, text, language=language)
    assert "grammar" not in report.unavailable
    assert_never_on_entities(report, text)

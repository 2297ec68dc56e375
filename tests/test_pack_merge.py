"""A word's grade in a short draft follows the word and its use, not which pack language was chosen first (S2, session
43; issue 11, items 6 and 7).

An unsure short draft runs both packs (``app.language_pass.other_language_findings``). Where both report the same rule
on the same words, the more severe reading stays, so swapping which pack is primary leaves every risk grade as it was:
« Stupide idiot, va » is French with English checked too, and the English offensive model's warning on « idiot » (a
short insult aimed at the reader) stands as it did when the draft was read English with French checked too. Ordinary
short replies, swearing at a thing and friendly or self-directed swearing stay below a warning either way.
"""

from __future__ import annotations

import asyncio

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import app.engine as engine_module
from app.domain import Family, Report
from app.engine import Engine
from app.text.language import PACK_LANGUAGES, LanguageChoice, choose_language


def _swapped(*args: object, **kwargs: object) -> LanguageChoice:
    """The engine's language choice with the primary pack and the one checked too swapped (unsure drafts only)."""
    choice = choose_language(*args, **kwargs)  # type: ignore[arg-type]
    if not choice.also or choice.language not in PACK_LANGUAGES:
        return choice
    other = choice.also[0]
    return LanguageChoice(other, other, choice.detected, choice.score, True, (choice.language,))


def _risk(report: Report) -> dict[tuple[str, int, int], str]:
    return {(f.rule, f.offset, f.length): f.severity.value for f in report.findings if f.family is Family.RISK}


def _worst(report: Report) -> str:
    ranks = [f.severity.rank for f in report.findings if f.family is Family.RISK]
    return ("info", "warning", "error")[max(ranks)] if ranks else "none"


def _both(engine: Engine, text: str) -> tuple[Report, Report]:
    natural = asyncio.run(engine.review(text, language="auto"))
    original = engine_module.choose_language
    engine_module.choose_language = _swapped  # type: ignore[assignment]
    try:
        swapped = asyncio.run(engine.review(text, language="auto"))
    finally:
        engine_module.choose_language = original
    return natural, swapped


# short insults aimed at someone, French and English, each graded the same whichever pack is primary
AIMED = [
    ("Stupide idiot, va", "warning"),  # the whole draft, an epithet, « va » (risk.insults): "Stupid idiot, go away"
    ("Idiot tais-toi", "warning"),  # French chosen; the English model's warning on « idiot » was lost before
    ("Ah l'idiot", "warning"),
    ("Idiot congénital", "warning"),
    ("Bravo, génie. Idiot", "warning"),
    ("Wow, genius. Idiot", "warning"),
    ("Stupid idiot, go away", "warning"),
    ("Dumbass", "error"),  # the English model's error stands when French is primary
    ("Bande de connards", "error"),
    ("Bunch of assholes", "error"),
]
# ordinary short replies, swearing at things, self-directed and friendly swearing: no warning whichever pack is primary
NOT_AIMED = [
    "Merci beaucoup",
    "À demain !",
    "Bien joué",
    "Thanks a lot",
    "Putain, on a gagné !",
    "Merde, j'ai oublié mes clés",
    "Shit, I forgot my keys",
    "Fuck yeah, we won",
    "Je suis trop con mdr",
    "Quelle journée de merde",
    "Ce métro de merde",
]


@pytest.mark.parametrize(("text", "grade"), AIMED)
def test_a_short_insult_gets_its_grade_whichever_pack_is_primary(engine: Engine, text: str, grade: str) -> None:
    natural, swapped = _both(engine, text)
    assert natural.language != swapped.language
    assert _worst(natural) == _worst(swapped) == grade
    assert _risk(natural) == _risk(swapped)


@pytest.mark.parametrize("text", NOT_AIMED)
def test_ordinary_and_friendly_short_drafts_stay_below_a_warning_either_way(engine: Engine, text: str) -> None:
    natural, swapped = _both(engine, text)
    assert _worst(natural) in ("none", "info")
    assert _worst(swapped) in ("none", "info")


def test_the_other_packs_model_raises_a_short_insult_in_the_drafts_language(engine: Engine) -> None:
    """« Idiot congénital » is French (its words), English checked too: the English offensive model is sure, as it
    was when the draft was read English, and the French report says so in French."""
    report = asyncio.run(engine.review("Idiot congénital", language="auto"))
    assert report.language == "fr" and report.languages_checked == ("fr", "en")
    (finding,) = [f for f in report.findings if f.rule == "risk.profanity"]
    assert finding.severity.value == "warning"
    assert finding.message.startswith("Grossièreté")
    alone = asyncio.run(engine.review("Idiot congénital", language="fr"))  # French given: its own model alone
    assert [f.severity.value for f in alone.findings if f.rule == "risk.profanity"] == ["info"]


def test_words_that_speak_for_the_chosen_language_keep_its_reading_of_use(engine: Engine) -> None:
    """ "@jen That shit hurts" is English by its words: 'shit' said of a thing is info, whatever the French pass (which
    reads the @mention as aim) says of the same word."""
    report = asyncio.run(engine.review("@jen That shit hurts 😞", language="auto"))
    assert report.language == "en"
    assert [f.severity.value for f in report.findings if f.rule == "risk.profanity"] == ["info"]


def test_no_span_is_reported_twice_by_one_rule(engine: Engine) -> None:
    for text, _ in AIMED:
        report = asyncio.run(engine.review(text, language="auto"))
        keys = [(f.rule, f.offset, f.length) for f in report.findings]
        assert len(keys) == len(set(keys)), text


WORDS = ["idiot", "imbécile", "connard", "merde", "shit", "loser", "tocard", "crétin", "moron", "clown", "abruti"]
FRAMES = ["{w}", "{w} !", "Stupide {w}, va", "Stupid {w}", "Bravo, génie. {w}", "Wow, genius. {w}", "Sale {w}"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(WORDS), st.sampled_from(FRAMES))
def test_swapping_the_primary_pack_moves_no_risk_grade(engine: Engine, word: str, frame: str) -> None:
    """Property: for any listed insult in any short address frame, an unsure draft's risk findings are the same
    whichever of its two packs was chosen primary."""
    natural, swapped = _both(engine, frame.format(w=word))
    if natural.languages_checked[1:]:  # an unsure choice: both packs ran
        assert _worst(natural) == _worst(swapped)

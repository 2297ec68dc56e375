"""(S, session 22) The pre-scan of the proximity kind's check (``app.kinds.proximity.target_possible``): it says "no
target possible" only for drafts in which the full check finds nothing and the view holds no target — whatever
spaces, capitals, leetspeak, glued or split words, @replies, hedges, frames or colons stand in the draft."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.proximity import target_possible
from app.testing import draft_for
from tests.prescan_drafts import full_reading, joined, packaged_rule, side_words

RULES = ("risk.hate", "risk.disparagement", "privacy.insider-leak")
_FILLER_TEXT = {
    "en": "the weather was lovely today and my team won the match so we went to the pub after work",
    "fr": "il fait beau aujourd'hui et mon équipe a gagné le match alors on est allés au bar après le travail",
}
_FILLER = {language: text.split() for language, text in _FILLER_TEXT.items()}
_OPENINGS = {
    "en": [
        "@bob ",
        "@bob @ann ",
        "honestly, ",
        "not gonna lie, ",
        "I honestly think ",
        "Am I the only one who thinks ",
    ],
    "fr": ["@bob ", "bon, perso, ", "franchement, ", "je pense que ", "vous trouvez pas que "],
}
_MARKS = [" ", " ", " ", ". ", ", ", ": ", "? ", "! ", "\n", " - ", "... "]


def _draft_text(rule_id: str, language: str, seed: int, with_target: bool) -> str:
    rng = random.Random(seed)
    targets, others = side_words(rule_id, language, "target")
    pool = [rng.choice(others) for _ in range(rng.randrange(1, 5))] + rng.sample(_FILLER[language], 3)
    if with_target:
        pool.append(rng.choice(targets))
    return joined(pool, rng, ["", "", *_OPENINGS[language]], _MARKS)


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("language", ["en", "fr"])
@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), with_target=st.booleans())
def test_no_target_possible_only_where_the_full_check_finds_nothing(
    rule_id: str, language: str, seed: int, with_target: bool
) -> None:
    rule = packaged_rule(rule_id)
    if rule._pack(language) is None:
        return
    text = _draft_text(rule_id, language, seed, with_target)
    if target_possible(rule, draft_for(text, language)):
        return
    targets, found = full_reading(rule, text, language, "target")
    assert (targets, found) == (0, []), text


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_target_forms_of_the_lists_are_read(rule_id: str, language: str) -> None:
    """A target form written alone, in capitals, inside a hashtag or glued to another word is read, unless the full
    reading finds no target there either (folding may make it another word: "refugeee" reads "refuge")."""
    rule = packaged_rule(rule_id)
    if rule._pack(language) is None:
        return
    targets, _ = side_words(rule_id, language, "target")
    for form in random.Random(22).sample(targets, min(300, len(targets))):
        for text in (form, form.upper(), f"#{form.title().replace(' ', '')}", f"ok {form.replace(' ', '')}rats"):
            if not target_possible(rule, draft_for(text, language)):
                assert full_reading(rule, text, language, "target") == (0, []), text


def test_plain_drafts_are_skipped() -> None:
    """The pre-scan is worth its cost: drafts that name no one are not read."""
    rule = packaged_rule("risk.hate")
    for text, language in [
        ("The weather was lovely today, we went to the pub after work.", "en"),
        ("Il fait beau aujourd'hui, on est allés au bar après le travail.", "fr"),
    ]:
        assert not target_possible(rule, draft_for(text, language)), text
        assert full_reading(rule, text, language, "target") == (0, [])


def test_entities_as_targets_are_read_only_where_the_draft_holds_one() -> None:
    """A rule whose targets may be @mentions reads every draft holding one, and may skip the others."""
    rule = packaged_rule("risk.disparagement")
    assert rule.params.target_entities
    assert target_possible(rule, draft_for("@acme your app is useless", "en"))
    for text, language in [("The weather was lovely today.", "en"), ("Il fait beau aujourd'hui.", "fr")]:
        assert not target_possible(rule, draft_for(text, language)), text
        assert full_reading(rule, text, language, "target") == (0, [])


def test_a_group_read_by_its_shape_only_once_glued_words_are_split() -> None:
    """(lead, session 48) Hypothesis found it in session 48: a hashtag whose capitals stop at an elision (« Qu'Elles »)
    is split by the view after the apostrophe, where « des Camps » reads as a people's plural by its shape; the
    pre-scan read only the folded draft, one long word there, and said no target possible."""
    rule = packaged_rule("risk.hate")
    for text in (
        "je pense que travail\n#FautQu'EllesSoientMisDansDesCamps #Aujourd'Hui éq uipe?",
        "bof #Qu'IlsSontMisDansDesCamps",
    ):
        assert target_possible(rule, draft_for(text, "fr")) or full_reading(rule, text, "fr", "target") == (0, []), text

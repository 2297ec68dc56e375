"""risk.hate's French open class of negative traits is what training/trait_lexicon_fr.py writes: the negative
adjectives of textblob-fr's lexicon and of the project's French tone lexicon that judge what a person is, in all their
forms, less what one feels or suffers and the words the hand lists already hold."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.generated_lists import generator_output, written_forms
from training import trait_lexicon_fr

TERMS = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms" / "fr"
LIST = TERMS / "hate-traits.yml"


def test_the_list_is_the_generator_output() -> None:
    assert generator_output(trait_lexicon_fr.main) == LIST.read_text(encoding="utf-8"), (
        "regenerate: python -m training.trait_lexicon_fr > " + str(LIST)
    )


def test_traits_come_in_all_their_forms() -> None:
    forms = written_forms(LIST)
    assert {"bavard", "bavarde", "bavards", "bavardes", "coléreux", "coléreuse", "coléreuses"} <= forms
    # the lexicon's own feminine, not the regular rule's (« amère », not « amere »; « inamicaux », not « inamicals »)
    assert {"amère", "amères", "inamicaux", "indiscrète"} <= forms
    assert not forms & {"amere", "inamicals", "indiscrete"}


def test_feelings_sufferings_and_held_words_are_kept_out() -> None:
    forms = written_forms(LIST)
    # what one feels or goes through: « les réfugiés sont épuisés et malades » is no derogation
    assert not forms & {"malades", "épuisés", "tristes", "pauvres", "déçus", "blessés", "abandonnés", "furieux"}
    # words of things and labels
    assert not forms & {"terribles", "banals", "nazis", "coupables"}
    # a hand list holds it already, touching its group too (« ces Roms fourbes »)
    assert not forms & {"fourbes", "sournois", "hypocrites", "méchants"}


def test_the_class_pairs_only_through_a_judging_verb() -> None:
    data = yaml.safe_load(LIST.read_text(encoding="utf-8"))
    assert data["requires"] == "judged" and data["attributive"] is False and data["sureness"] == 1

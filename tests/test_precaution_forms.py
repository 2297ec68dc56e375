"""risk.hate's lists of the writer's precaution against a group just named (English and French) are what
training/precaution_forms.py writes; every entry answers a group just named; the classes it requires exist and are no
gap words; the benign look-alikes stay out of the forms."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.kinds.proximity import _NOT_GAP
from tests.generated_lists import generator_output, written_forms
from training import precaution_forms

TERMS = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms"


def _list(language: str) -> Path:
    return TERMS / language / "hate-precautions.yml"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_lists_are_the_generator_outputs(language: str) -> None:
    assert generator_output(lambda: precaution_forms.main(language)) == _list(language).read_text(encoding="utf-8"), (
        f"regenerate: python -m training.precaution_forms {language} > {_list(language)}"
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_entry_answers_a_group_with_classes_outside_gaps(language: str) -> None:
    terms = yaml.safe_load(_list(language).read_text(encoding="utf-8"))["terms"]
    classes = yaml.safe_load((TERMS / language / "hate-words.yml").read_text(encoding="utf-8"))["classes"]
    assert all(t.get("shown") for t in terms)  # never a predicate of a group's own clause
    named = {t[k] for t in terms for k in ("needs_after", "undone_by") if k in t}
    assert named <= set(classes), named - set(classes)
    assert named - {"purposes"} <= _NOT_GAP


def test_the_forms_are_the_writers_acts() -> None:
    english, french = written_forms(_list("en")), written_forms(_list("fr"))
    # a prayer alone is what a believer says; "hid", "tidied", « rangé » alone guard nothing: a class word must follow
    assert "i prayed" in english and "j'ai prié" in french
    assert {"i've started locking", "i asked for a second opinion", "the kids are playing inside"} <= english
    assert {"j'ai fait poser", "j'ai demandé un second avis", "planquez"} <= french
    assert "les petits jouent plus dans le jardin" in french
    # the group's own acts are not the writer's: no third person
    assert not any(f.startswith(("he ", "she ", "they ")) for f in english)
    modal = ("il faut", "il faudra")  # « il faut cacher … »: the impersonal modal, the reader told
    assert not any(f.startswith(("il ", "elle ", "ils ", "elles ")) and not f.startswith(modal) for f in french)
    # watching over a house or a pet is what a neighbour does for the group ("… on holiday, so I'm keeping an eye on
    # the house", "… I'm checking on their dog"): no such verb
    assert not any("keep an eye on" in f or "checking on" in f for f in english)

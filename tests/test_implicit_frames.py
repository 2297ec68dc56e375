"""risk.hate's lists of implicit derogation in frames (English and French) are what training/implicit_frames.py
writes; each frame keeps out what its benign look-alikes say; the cue classes it names exist and are no gap words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from app.kinds.proximity import _NOT_GAP
from tests.generated_lists import generator_output, written_forms
from training import implicit_frames

TERMS = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms"


def _list(language: str) -> Path:
    return TERMS / language / "hate-implicit-frames.yml"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_lists_are_the_generator_outputs(language: str) -> None:
    assert generator_output(lambda: implicit_frames.main(language)) == _list(language).read_text(encoding="utf-8"), (
        f"regenerate: python -m training.implicit_frames {language} > {_list(language)}"
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_cue_classes_exist_and_stand_outside_gaps(language: str) -> None:
    terms = yaml.safe_load(_list(language).read_text(encoding="utf-8"))["terms"]
    classes = yaml.safe_load((TERMS / language / "hate-words.yml").read_text(encoding="utf-8"))["classes"]
    named = {t[k] for t in terms for k in ("requires", "closed_by", "undone_by", "group_after") if k in t}
    assert named <= set(classes), named - set(classes)
    ours = named - {"modal", "calls", "negations", "refusals", "sent_off", "praise", "challenges", "particles"}
    assert ours <= _NOT_GAP, ours - _NOT_GAP  # a cue word between a group and its predicate never lets them pair


def test_english_frames_leave_the_benign_look_alikes_out() -> None:
    forms = written_forms(_list("en"))
    # "Muslims belong here", "Women belong in science": no place of exclusion
    assert not {"belong here", "belongs here", "belong in science", "belong in the house"} & forms
    # a crime done to the group mourns it: "Another trans woman, another murder"
    assert not {"another murder", "another rape", "another killing", "another shooting"} & forms
    # "marry" or "date" alone is what an identity says too ("I'd rather die than date a man")
    assert "rather die than marry" not in forms and "rather die than date" not in forms
    # "Straight women don't count", "Conservatives never believe women"
    assert "count" not in forms and not any(f.endswith(" believe") for f in forms)
    assert {"belong back where they came from", "should stick to", "rather die than let my daughter marry"} <= forms
    assert {"is one", "another stolen", "imagine being", "watch the company burn", "be grateful we"} <= forms


def test_french_frames_leave_the_benign_look_alikes_out() -> None:
    forms = written_forms(_list("fr"))
    assert not {"encore un meurtre", "encore un viol", "encore une agression"} & forms
    assert not {"leur place est partout", "leur place est ici", "leur place est en politique"} & forms
    assert {"leur place est au foyer", "se contenter de", "encore une bombe", "regarde la boîte couler"} <= forms
    assert {"plutôt crever que de voir ma fille épouser", "nous remercier", "pas taillées pour"} <= forms


def test_the_generator_names_its_language() -> None:
    assert implicit_frames.main("de") == 2


def test_round21_a_compliment_restricted_to_a_member_of_the_group() -> None:
    """Round 21 (session 18, I): a praise of a person's mind, looks, manners or skill said "for a" member of the group
    (the group right after): every trait, a degree before a plain "good", a deed done well, a faint denial; not "good",
    "nice" or "normal" alone, nor « bien » with any participle (« bien adapté pour une personne handicapée »)."""
    en, fr = written_forms(_list("en")), written_forms(_list("fr"))
    assert {"articulate for a", "well-spoken for an", "pretty good for a", "speaks good english for an"} <= en
    assert {"not bad for a", "beautiful for a", "clean for an"} <= en
    assert not {"good for a", "nice for a", "normal for a", "great for a", "pretty normal for a"} & en
    assert {"intelligente pour une", "parle super bien français pour un", "honnête pour un", "pas mal pour une"} <= fr
    assert {"étonnamment ponctuel pour un", "se débrouille bien pour une", "bien élevée pour une"} <= fr
    assert not {"bien pour un", "bien adapté pour une", "normal pour une", "bon pour un"} & fr


def test_round21_the_group_kept_out_of_the_speakers_own_place() -> None:
    """Round 21 (session 18, I): "not on our road", « pas dans notre quartier », "keep it that way", « qu'ils le
    mettent ailleurs » as the answer to a group just named (``shown``): a place of the speaker's own, never a bare
    "not" (the answer must name where)."""
    terms = yaml.safe_load(_list("en").read_text(encoding="utf-8"))["terms"]
    shown = {f for t in terms if t.get("shown") for f in [t["term"], *t.get("forms", [])]}
    assert {"just not on our road", "not in my backyard", "not here", "like to keep it that way"} <= shown
    assert {"put them somewhere else", "but not near my school"} <= shown
    assert not {"not", "just not", "not on", "keep it"} & shown
    fr = yaml.safe_load(_list("fr").read_text(encoding="utf-8"))["terms"]
    shown_fr = {f for t in fr if t.get("shown") for f in [t["term"], *t.get("forms", [])]}
    assert {
        "pas dans notre village",
        "mais pas dans le vestiaire de mes filles",
        "pas ici",
        "qu'ils aillent ailleurs",
    } <= shown_fr
    assert not {"pas", "mais pas", "pas dans"} & shown_fr

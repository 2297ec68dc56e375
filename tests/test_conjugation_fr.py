"""app.text.conjugation_fr: the third-person forms a judgement of a group is said in (session 11, F)."""

from __future__ import annotations

import pytest

from app.kinds.proximity import _tensed_fr
from app.text.conjugation_fr import finite_forms, other_forms


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("apportent", {"apporte", "apportait", "apportaient", "apportera", "apporteront", "apporterait"}),
        ("achètent", {"achète", "achetait", "achètera"}),
        ("règnent", {"règne", "régnait", "régnera"}),
        ("financent", {"finance", "finançait", "financeront"}),
        ("dirigent", {"dirige", "dirigeait", "dirigeront"}),
        ("noient", {"noie", "noyait", "noieront"}),
        ("jettent", {"jette", "jetait", "jetteront"}),
        ("sont", {"est", "soient", "soit", "étaient", "seraient", "seront"}),
        ("ont", {"a", "avaient", "auront", "aient"}),
        ("devraient", {"doivent", "doit", "devait", "devront"}),
        ("mériteraient", {"méritent", "mérite", "méritaient"}),
        ("tiennent", {"tient", "tenaient", "tiendront"}),
        ("connaissent", {"connaît", "connaissaient", "connaîtront"}),
        ("comprennent", {"comprend", "comprenaient", "comprendront"}),
        ("pourrissent", {"pourrit", "pourrissaient", "pourriront"}),
        ("finiraient", {"finissent", "finit", "finira"}),
        ("servent", {"sert", "servaient", "serviront"}),
    ],
)
def test_other_forms_of_a_plural(word: str, expected: set[str]) -> None:
    forms = set(other_forms(word))
    assert word in forms
    assert expected <= forms


@pytest.mark.parametrize(
    "word", ["des", "une", "malades", "souvent", "parfois", "intelligent", "vraiment", "tellement"]
)
def test_no_forms_for_words_that_are_no_verb(word: str) -> None:
    assert other_forms(word) == ()


def test_finite_forms_by_number() -> None:
    assert finite_forms("être", "singular") == ("est", "était", "sera", "serait", "soit")
    assert set(finite_forms("rester", "plural")) == {"restent", "restaient", "resteront", "resteraient"}
    assert "deviendraient" in finite_forms("devenir")
    assert finite_forms("partager") and finite_forms("nuire") == ()


def test_tensed_forms_of_a_predicate() -> None:
    tensed = set(_tensed_fr(["apportent rien", "s'intègrent jamais", "ne servent à rien", "sont une plaie"]))
    assert {"apportera rien", "apportaient rien", "apporte rien"} <= tensed
    assert {"s'integrera jamais", "s'integre jamais"} <= tensed
    assert {"ne sert a rien", "ne serviront a rien"} <= tensed
    assert {"soient une plaie", "seraient une plaie", "est une plaie"} <= tensed


def test_tensed_forms_left_out() -> None:
    # a singular verb may have another subject (« la place des X est chez eux »): never derived
    assert _tensed_fr(["est chez eux"]) == []
    # one word: no form shorter than 6 letters nor one a participle folds to (« agresse » is « agressé »)
    alone = set(_tensed_fr(["agressent"]))
    assert "agressaient" in alone and "agresse" not in alone
    # « ment » ends every adverb: a glued token would be cut before it (« génétique|ment »)
    assert not any(f.startswith("ment ") for f in _tensed_fr(["mentent toujours"]))


@pytest.mark.parametrize(
    ("infinitive", "imperfect"),
    [
        ("grouiller", "grouillaient"),
        ("piller", "pillaient"),
        ("travailler", "travaillaient"),
        ("installer", "installaient"),
        ("quitter", "quittaient"),
        ("regretter", "regrettaient"),
        ("squatter", "squattaient"),
    ],
)
def test_a_double_consonant_of_the_infinitive_stays_in_the_imperfect(infinitive: str, imperfect: str) -> None:
    # (session 18, I) « grouiller » lost an l (« grouilaient »): only « jeter » and « appeler » double before a mute e
    forms = finite_forms(infinitive)
    assert imperfect in forms and imperfect[:-5] + "ait" in forms
    assert not any(f.endswith(("ilaient", "itaient")) and f != imperfect for f in forms)
    assert imperfect in other_forms(imperfect[:-5] + "ent")


def test_the_doubling_of_jeter_and_appeler_is_undone_in_the_imperfect() -> None:
    assert {"jetaient", "jetait"} <= set(other_forms("jettent"))
    assert {"appelaient", "rappelaient"} & set(other_forms("appellent")) == {"appelaient"}
    assert "ruisselaient" in other_forms("ruissellent")
    assert "regrettaient" in other_forms("regrettent")

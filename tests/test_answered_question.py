"""risk.hate's answered question (F, session 50; ``app/kinds/proximity.py`` ``_answered_question``): a stereotype
asked as a verbless question that the draft goes on to answer ("Kurds lazy? My neighbour runs two shops.", « Les
Tamouls, tous des voleurs ? J'ai vécu là-bas. », « Les X seraient des voleurs ? Les chiffres … ») is set up to be
answered, not said; the same question answered "Yes." / « Évidemment. », left unanswered, or with a copula of the
writer's own keeps its finding. Checked over groups, predicates and answers, with the twins."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Finding
from app.kinds.base import CheckContext, Deps, Rule
from app.loader import build_rule, load_specs, packaged_rules_dir
from app.policy import Policy
from app.testing import draft_for

ROOT = packaged_rules_dir()
HATE = build_rule(next(s for s in load_specs([ROOT]) if s.meta.id == "risk.hate"), Deps(rules_root=ROOT))

GROUPS_EN = ["Kurds", "Somalis", "Nigerians", "Roma people", "Pakistanis", "Albanians"]
GROUPS_FR = ["Les Kurdes", "Les Tamouls", "Les Roms", "Les Maliens", "Les Albanais", "Les Berbères"]
VICES_EN = ["lazy", "thieves", "criminals", "parasites"]
VICES_FR = ["des voleurs", "des parasites", "des fainéants", "des menteurs"]
ANSWERS_EN = [
    "My neighbour runs two shops and a football club.",
    "Try again.",
    "Nonsense, the figures say otherwise.",
    "Funny, my colleagues outwork me every week.",
]
ANSWERS_FR = [
    "J'ai vécu six ans là-bas, on ne m'a jamais rien pris.",
    "Non.",
    "Les chiffres de la police disent le contraire.",
    "Viens travailler avec mon oncle à 5h du matin.",
]
CONFIRMATIONS_EN = ["Yes.", "Yes, every one of them.", "Obviously.", "Always have been."]
CONFIRMATIONS_FR = ["Oui.", "Évidemment.", "Bien sûr, tous.", "Toujours."]


def _hate(text: str, language: str, rule: Rule = HATE) -> list[Finding]:
    return list(rule.check(draft_for(text, language), CheckContext(policy=Policy())))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GROUPS_EN), st.sampled_from(VICES_EN), st.sampled_from(ANSWERS_EN))
def test_an_answered_question_is_asked_en(group: str, vice: str, answer: str) -> None:
    question = f"{group} {vice}?"
    if not _hate(question, "en"):
        return  # a pair the grammar does not read as a question alone: nothing to answer
    assert not _hate(f"{question} {answer}", "en")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GROUPS_FR), st.sampled_from(VICES_FR), st.sampled_from(ANSWERS_FR))
def test_an_answered_question_is_asked_fr(group: str, vice: str, answer: str) -> None:
    for question in (f"{group}, tous {vice} ?", f"{group} seraient {vice} ?"):
        if _hate(question, "fr"):
            assert not _hate(f"{question} {answer}", "fr")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GROUPS_EN), st.sampled_from(VICES_EN), st.sampled_from(CONFIRMATIONS_EN))
def test_a_question_taken_up_or_left_open_still_counts_en(group: str, vice: str, answer: str) -> None:
    question = f"{group} {vice}?"
    assert bool(_hate(f"{question} {answer}", "en")) == bool(_hate(question, "en"))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GROUPS_FR), st.sampled_from(VICES_FR), st.sampled_from(CONFIRMATIONS_FR))
def test_a_question_taken_up_or_with_a_copula_still_counts_fr(group: str, vice: str, answer: str) -> None:
    assert _hate(f"{group}, tous {vice} ? {answer}", "fr")
    assert _hate(f"{group} sont {vice} ? {ANSWERS_FR[0]}", "fr")


def test_the_twins_are_read() -> None:
    assert not _hate("Kurds lazy? My Kurdish neighbour runs two shops and a football club.", "en")
    assert _hate("Kurds lazy? Yes, every one of them.", "en")
    assert _hate("Kurds lazy?", "en")

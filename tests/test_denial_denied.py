"""risk.hate's denial denied (F, session 49; ``app/kinds/proximity.py``): a frame that denies its clause ("There's no
evidence that …", "I refuse to believe …", « Rien ne prouve que … ») over a praise the clause denies itself ("… are
*less* honest"); a refusal form or a refusal verb denied by a negation before it ("X *don't* refuse to learn the
language"); « ne … ni »; a predicate in single quotes after « pas ». Each generic reading is checked over groups and
frames, with its twin."""

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

GROUPS_EN = ["Roma people", "Kurds", "Somalis", "Muslims", "immigrants", "Nigerians", "Jews", "refugees"]
GROUPS_FR = ["les Roms", "les Kurdes", "les Malgaches", "les musulmans", "les immigrés", "les Tamouls", "les juifs"]
FRAMES_EN = ["There's no evidence that", "There is no proof that", "I refuse to believe that", "Nothing proves that"]
FRAMES_FR = ["Rien ne prouve que", "Aucune preuve que", "Je ne pense pas du tout que", "Je refuse de croire que"]
PRAISES_EN = ["honest", "intelligent", "trustworthy", "hard-working"]
PRAISES_FR = ["honnêtes", "intelligents", "travailleurs"]


def _hate(text: str, language: str, rule: Rule = HATE) -> list[Finding]:
    return list(rule.check(draft_for(text, language), CheckContext(policy=Policy())))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GROUPS_EN), st.sampled_from(FRAMES_EN), st.sampled_from(PRAISES_EN))
def test_a_lesser_praise_under_a_denying_frame_is_denied_en(group: str, frame: str, praise: str) -> None:
    assert not _hate(f"{frame} {group} are less {praise} than anyone else.", "en")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GROUPS_FR), st.sampled_from(FRAMES_FR), st.sampled_from(PRAISES_FR))
def test_a_lesser_praise_under_a_denying_frame_is_denied_fr(group: str, frame: str, praise: str) -> None:
    assert not _hate(f"{frame} {group} soient moins {praise} que les autres.", "fr")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(GROUPS_EN), st.sampled_from(PRAISES_EN))
def test_the_lesser_praise_alone_still_counts(group: str, praise: str) -> None:
    assert _hate(f"{group.capitalize()} are less {praise} than the rest of us.", "en")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(GROUPS_EN), st.sampled_from(["There's no evidence that", "I don't think"]))
def test_a_denial_the_frame_alone_gives_still_counts(group: str, frame: str) -> None:
    assert _hate(f"{frame} {group} are honest.", "en")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(GROUPS_EN), st.sampled_from(["learn the language", "pay taxes", "work for a living"]))
def test_a_refusal_form_denied_before_it(group: str, good: str) -> None:
    assert not _hate(f"{group.capitalize()} don't refuse to {good}.", "en")
    assert _hate(f"{group.capitalize()} refuse to {good}.", "en")


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(GROUPS_FR), st.sampled_from(["des voleurs", "des parasites", "des menteurs"]))
def test_ne_ni_and_a_quoted_predicate_after_pas(group: str, vice: str) -> None:
    assert not _hate(f"{group.capitalize()} ne sont {vice} ni ici ni ailleurs.", "fr")
    assert not _hate(f"{group.capitalize()} ne sont pas '{vice}', ils travaillent comme tout le monde.", "fr")
    assert _hate(f"{group.capitalize()} ne sont que {vice}.", "fr")
    assert _hate(f"{group.capitalize()} sont '{vice}', tout le monde le sait.", "fr")

"""risk.hate's clause said not true (B, session 52; ``app/kinds/proximity.py`` ``_opinion_denied``, hate-words
``truths``): "It's not true that X can't …", "It isn't the case that X can't …" deny a denial, as a denied verb of
opinion does ("I don't think X can't …"); the same clause said true, or cut from its denial by a comma, keeps its
finding, and a praise said not true is denied. Checked over groups, denied abilities and frames, with the twins."""

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

GROUPS = ["Muslims", "immigrants", "lesbians", "women", "Kurds", "disabled people"]
ABILITIES = ["can't be trusted", "can't speak English", "can't be good mothers", "can't lead"]
DENIALS = ["It's not true that", "It isn't true that", "It's simply not true that", "It is not the case that"]
ASSERTIONS = ["It's true that", "Not true,", "It's the case that"]


def _hate(text: str, rule: Rule = HATE) -> list[Finding]:
    return list(rule.check(draft_for(text, "en"), CheckContext(policy=Policy())))


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(GROUPS), st.sampled_from(ABILITIES), st.sampled_from(DENIALS), st.sampled_from(ASSERTIONS))
def test_a_denied_ability_said_not_true_is_denied(group: str, ability: str, denial: str, assertion: str) -> None:
    if not _hate(f"{group[:1].upper()}{group[1:]} {ability}."):
        return  # a pair the grammar does not read alone: nothing to deny
    assert not _hate(f"{denial} {group} {ability}.")
    assert _hate(f"{assertion} {group} {ability}.")


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(GROUPS), st.sampled_from(DENIALS))
def test_a_praise_said_not_true_is_denied(group: str, denial: str) -> None:
    assert _hate(f"{denial} {group} can be good mothers.")

"""Helpers for the tests of the readings by shape (app/kinds/shaped_groups.py for risk.hate, app/kinds/named_targets.py
for risk.disparagement): the packaged rule built once, the spans one reading finds in a draft, whether the rule flags
it, and made-up words no known word spells."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from itertools import pairwise
from pathlib import Path

from hypothesis import strategies as st

from app.domain import Finding
from app.kinds.base import CheckContext, Deps, Rule
from app.kinds.named_targets import named_targets
from app.kinds.proximity import ProximityRule
from app.kinds.shaped_groups import shaped_groups
from app.loader import build_rule, load_specs, packaged_rules_dir
from app.policy import Policy
from app.testing import draft_for
from app.text.folding import Folded, folded_draft

ROOT: Path = packaged_rules_dir()
SPECS = {spec.id: spec for spec in load_specs([ROOT])}
CTX = CheckContext(policy=Policy())

# a reading of one pack: the folded view and the pack, to the folded spans it finds
Reading = Callable[[Folded, ProximityRule, str], list[tuple[int, int]]]


def made_up_words(alphabet: str, min_size: int, max_size: int, ending: str) -> st.SearchStrategy[str]:
    """Made-up words of ``alphabet`` closed by ``ending``, no letter doubled (the folding squeezes a run of letters)."""
    return (
        st.text(alphabet=alphabet, min_size=min_size, max_size=max_size)
        .map(lambda s: s + ending)
        .filter(lambda s: all(a != b for a, b in pairwise(s)))
    )


@cache
def proximity_rule(rule_id: str) -> ProximityRule:
    """The packaged proximity rule ``rule_id``, built once."""
    rule: Rule = build_rule(SPECS[rule_id], Deps(rules_root=ROOT), None)
    assert isinstance(rule, ProximityRule)
    return rule


def spans_read(rule_id: str, reading: Reading, text: str, language: str) -> list[str]:
    """The folded texts of the spans ``reading`` finds in ``text`` with the rule's ``language`` pack."""
    folded = folded_draft(draft_for(text, language))
    return [folded.text[a:b] for a, b in reading(folded, proximity_rule(rule_id), language)]


def named_reading(folded: Folded, rule: ProximityRule, language: str) -> list[tuple[int, int]]:
    """The names read by shape (``app.kinds.named_targets``), no listed target taken."""
    pack = rule.packs[language]
    assert pack.named is not None
    return named_targets(folded, pack.named, pack.known, [])


def shaped_reading(folded: Folded, rule: ProximityRule, language: str) -> list[tuple[int, int]]:
    """The groups read by shape (``app.kinds.shaped_groups``), no listed group taken."""
    pack = rule.packs[language]
    assert pack.shaped is not None
    return shaped_groups(folded, pack.shaped, pack.known, [])


def findings(rule_id: str, text: str, language: str) -> list[Finding]:
    """The rule's findings on ``text`` read as ``language``."""
    return list(proximity_rule(rule_id).check(draft_for(text, language), CTX))

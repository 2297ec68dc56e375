"""(C, session 52) The predicate pre-scan of the proximity kind's check (``app.kinds.proximity.predicate_possible``):
for a rule that reads pairs only (``risk.disparagement``, ``tone.contempt``, ``privacy.insider-leak``) it says "no
predicate possible" only for drafts in which the full check finds nothing and the view holds no predicate — whatever
spaces, capitals, leetspeak, glued or split words, @mentions, names or hashtags stand in the draft. No timing here:
what it saves is measured by ``bench.review_ab`` (docs/JUDGEMENT.md)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import app.kinds.proximity as proximity
from app.kinds.base import Deps
from app.kinds.proximity import ProximityRule, predicate_possible
from app.loader import build_rule, load_specs
from app.testing import draft_for
from tests.prescan_drafts import CTX, ROOT, full_reading, joined, packaged_rule, side_words

RULES = ("risk.disparagement", "tone.contempt", "privacy.insider-leak")
_FILLER_TEXT = {
    "en": "the weather was lovely today and Dave Pritchard from Pinecrest Realty said we went to the pub",
    "fr": "il fait beau aujourd'hui et Gérard Dupont de Banque Ferral dit qu'on est allés au bar",
}
_FILLER = {language: text.split() for language, text in _FILLER_TEXT.items()}
_OPENINGS = ["", "", "@bob ", "@bob @ann ", "honestly, ", "$ACME "]
_MARKS = [" ", " ", " ", ". ", ", ", ": ", "? ", "! ", "\n", " - "]


def _draft_text(rule_id: str, language: str, seed: int, with_predicate: bool) -> str:
    rng = random.Random(seed)
    predicates, others = side_words(rule_id, language, "predicate")
    pool = [rng.choice(others) for _ in range(rng.randrange(1, 5))] + rng.sample(_FILLER[language], 4)
    if with_predicate:
        pool.append(rng.choice(predicates))
    return joined(pool, rng, _OPENINGS, _MARKS)


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("language", ["en", "fr"])
@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), with_predicate=st.booleans())
def test_no_predicate_possible_only_where_the_full_check_finds_nothing(
    rule_id: str, language: str, seed: int, with_predicate: bool
) -> None:
    rule = packaged_rule(rule_id)
    text = _draft_text(rule_id, language, seed, with_predicate)
    if predicate_possible(rule, draft_for(text, language)):
        return
    assert full_reading(rule, text, language, "predicate") == (0, []), text


@pytest.mark.parametrize("rule_id", RULES)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_rules_own_cases_read_alike_with_and_without_it(rule_id: str, language: str) -> None:
    """Every case of the rule file (and each predicate form of the lists, alone after a mention) gives the same
    findings with the pre-scans as without them."""
    rule = packaged_rule(rule_id)
    spec = next(s for s in load_specs([ROOT]) if s.id == rule_id)
    texts = [c.text for c in spec.cases if c.language == language]
    predicates, _ = side_words(rule_id, language, "predicate")
    texts += [f"@bob {form}" for form in random.Random(52).sample(predicates, min(200, len(predicates)))]
    for text in texts:
        with_it = [f"{f.offset}:{f.length}:{f.message}" for f in rule.check(draft_for(text, language), CTX)]
        assert with_it == full_reading(rule, text, language, "predicate")[1], text


def test_names_and_mentions_with_no_contempt_are_skipped() -> None:
    """The pre-scan is worth its cost: a draft that names someone (an @mention, a name by its shape) with no word of
    contempt is not read, where the target pre-scan reads it."""
    rule = packaged_rule("risk.disparagement")
    for text, language in [
        ("@acme Dave Pritchard from Pinecrest Realty fixed my boiler today.", "en"),
        ("@acme Gérard Dupont de Banque Ferral a réparé ma chaudière.", "fr"),
    ]:
        draft = draft_for(text, language)
        assert proximity.target_possible(rule, draft), text
        assert not predicate_possible(rule, draft), text
        assert full_reading(rule, text, language, "predicate") == (0, [])


def test_a_rule_with_other_readings_is_always_read() -> None:
    """``risk.hate`` reads threats, insinuations and generalised shapes with no predicate of its lists: never skipped
    by this pre-scan."""
    rule = packaged_rule("risk.hate")
    assert predicate_possible(rule, draft_for("The weather was lovely today.", "en"))


def test_memo_keys_are_names_no_freed_object_hands_on() -> None:
    """(C, session 52) ``target_possible`` and the hits are kept per draft under the pack's ``view_key`` and the words'
    ``key``, not under ``id()``: a pack freed and another built in its place (the same ``id`` in CPython) never
    finds the first one's answer."""
    keys: dict[int, str] = {}
    reused = False
    for _ in range(200):
        pack = proximity._Pack(automaton=None, classes={}, allowed_gap=frozenset(), elisions=False)
        if id(pack) in keys:
            reused = True
            assert keys[id(pack)] != pack.view_key
        keys[id(pack)] = pack.view_key
        del pack
    assert reused or len(set(keys.values())) == len(keys)
    rule = packaged_rule("risk.disparagement")
    hate = next(s for s in load_specs([ROOT]) if s.id == "risk.hate")
    hate_rule = build_rule(hate, Deps(rules_root=ROOT), None)
    assert isinstance(hate_rule, ProximityRule)
    for checked in (rule, hate_rule):
        draft = draft_for("@acme your app is useless", "en")
        proximity.target_possible(checked, draft)
        pack = checked._pack("en")
        assert pack is not None
        kept = [key for key in draft.scratch if key.startswith("proximity:possible:")]
        assert kept and all(pack.view_key in key and str(id(pack)) not in key for key in kept)
        words = checked.stereotypes.get("en")
        assert words is None or all(words.key in key for key in kept)

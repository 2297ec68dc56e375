"""app.kinds.term_scan: the terms rules of a rule set read a draft in one pass and find what each finds alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.term_scan import share
from app.kinds.terms import TermsRule
from app.text.folding import fold
from tests.test_terms import _check, _rule

PARAMS: list[dict[str, object]] = [
    {"terms": ["bite", "dick", "fils de pute", "pute"], "allow": ["bite d'amarrage"]},
    {"terms": ["pute", "conne", "shit"], "allow": ["shiitake"]},
    {"terms": ["globex", "dick"], "entities": ["hashtags"]},
    {"terms": ["merde", "shit", "bull shit"]},
]
TEXTS = [
    "Une bite d’amarrage et un fils de pute",
    "quelle connnnne, shiitake et shit",
    "Thanks @globex and #globex, Dick",
    "bull shit, merde alors, s h i t",
    "",
]


def _findings(rule: TermsRule, text: str, language: str) -> list[tuple[str, int, int, str]]:
    return [(f.rule, f.offset, f.length, f.message) for f in _check(rule, text, language)]


def test_shared_pass_finds_what_each_rule_finds_alone() -> None:
    alone = [_rule(p) for p in PARAMS]
    together = [_rule(p) for p in PARAMS]
    shared = share(together, merge_after=0)
    assert shared is not None and all(rule.shared is shared for rule in together)
    for language in ("en", "fr", "fr-CA"):
        for text in TEXTS:
            assert [_findings(r, text, language) for r in together] == [_findings(r, text, language) for r in alone]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["bite", "pute", "shit", "bull", "merde", "dick", "fils de", "conne"]), max_size=8))
def test_same_hits_as_each_automaton(words: list[str]) -> None:
    rules = [_rule(p) for p in PARAMS]
    shared = share(rules, merge_after=0)
    assert shared is not None
    text = fold(" ".join(words)).text
    for rule in rules:
        automaton = rule._automaton("en")
        assert list(shared.hits(text, "en", automaton)) == list(automaton.iter(text))


def test_one_rule_or_none_is_not_shared() -> None:
    assert share([_rule(PARAMS[0])]) is None
    assert share([]) is None


def test_merged_only_after_a_few_passes() -> None:
    """A CLI check of one draft does not pay for merging: the rules' own automata read the first passes."""
    rules = [_rule(p) for p in PARAMS]
    shared = share(rules, merge_after=3)
    assert shared is not None
    automaton = rules[0]._automaton("fr")
    for _ in range(3):
        assert list(shared.hits("fils de pute", "fr", automaton)) == list(automaton.iter("fils de pute"))
    assert "fr" not in shared._merged
    assert list(shared.hits("fils de pute", "fr", automaton)) == list(automaton.iter("fils de pute"))
    assert "fr" in shared._merged

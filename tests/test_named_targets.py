"""(D, session 43) A person or a company named by its shape (app/kinds/named_targets.py), read by risk.disparagement: a
run of capitalised words, one capitalised word the language does not know, a first name with where the person works;
never a people's plural, a body after "the", a place after "in", a word in capitals; the words are the disparagement
words files' ``named_*`` classes."""

from __future__ import annotations

from functools import cache
from itertools import pairwise
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.kinds.base import CheckContext, Deps, Rule
from app.kinds.named_targets import named_targets
from app.kinds.proximity import ProximityRule
from app.loader import build_rule, load_specs, packaged_rules_dir
from app.policy import Policy
from app.testing import draft_for
from app.text.folding import folded_draft

ROOT: Path = packaged_rules_dir()
SPECS = {spec.id: spec for spec in load_specs([ROOT])}
CTX = CheckContext(policy=Policy())

# a made-up surname, no letter doubled (the folding squeezes a run of letters), no plural ending: no known word
_NAMES = (
    st.text(alphabet="bdfgklmnprtvz", min_size=2, max_size=5)
    .map(lambda s: s + "ard")
    .filter(lambda s: all(a != b for a, b in pairwise(s)))
)


@cache
def _rule() -> ProximityRule:
    rule: Rule = build_rule(SPECS["risk.disparagement"], Deps(rules_root=ROOT), None)
    assert isinstance(rule, ProximityRule)
    return rule


def _named(text: str, language: str) -> list[str]:
    rule = _rule()
    draft = draft_for(text, language)
    pack = rule.packs[language]
    assert pack.named is not None
    folded = folded_draft(draft)
    return [folded.text[a:b] for a, b in named_targets(folded, pack.named, pack.known, [])]


def _flagged(text: str, language: str) -> bool:
    return bool(list(_rule().check(draft_for(text, language), CTX)))


@settings(max_examples=50, deadline=None)
@given(_NAMES)
def test_an_unknown_capitalised_name_is_a_target(name: str) -> None:
    """Any unknown surname written with a capital after a first name is a person the rule pairs with contempt, in
    English and French; written in small letters, or in capitals, it names no one."""
    for language in ("en", "fr"):
        assume(name not in _rule().packs[language].known)
    written = name.capitalize()
    assert _named(f"Honestly Dave {written} is a clown.", "en") == [f"dave {name}"]
    assert _flagged(f"Dave {written} is a spineless weasel.", "en")
    assert _flagged(f"Thierry {written} est un incapable.", "fr")
    assert not _flagged(f"Dave {written} is a legend.", "en")
    assert _named(f"honestly dave {name} is a clown.", "en") == []
    assert _named(f"DAVE {name.upper()} IS A CLOWN.", "en") == []


@settings(max_examples=50, deadline=None)
@given(_NAMES)
def test_a_name_after_a_determiner_or_a_place_word_is_not_a_person(name: str) -> None:
    """One unknown capitalised word after an article or a place's word names a people, a thing or a place: « du X »,
    "in X", "a X"; a run after "the" names a body ("the X Office")."""
    written = name.capitalize()
    assert _named(f"Pourquoi l'image du {written} voleur persiste ?", "fr") == []
    assert _named(f"We moved to {written} last year.", "en") == []
    assert _named(f"The {written} Office is a joke.", "en") == []


def test_a_first_name_with_where_they_work() -> None:
    """A first name with "from" and one word in small letters is the person named ("Greg" alone is a known word);
    "Tired of hearing" is none; French has no such reading (« Tas de ferraille », « Assez de dire »: common nouns the
    known words lack), and one word opening its sentence is a name there before a verb only (« Gérard est … »)."""
    assert _named("Greg from procurement is a spineless weasel.", "en") == ["greg from procurement"]
    assert _named("Gérard des achats est une carpette.", "fr") == []
    assert _named("Gérard est une carpette.", "fr") == ["gerard"]
    assert _named('Tired of hearing "they are all scammers".', "en") == []

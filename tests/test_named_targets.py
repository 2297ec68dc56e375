"""(D, session 43) A person or a company named by its shape (app/kinds/named_targets.py), read by risk.disparagement: a
run of capitalised words, one capitalised word the language does not know, a first name with where the person works;
never a people's plural, a body after "the", a place after "in", a word in capitals; the words are the disparagement
words files' ``named_*`` classes."""

from __future__ import annotations

from hypothesis import assume, given, settings

from tests.shape_readings import findings, made_up_words, named_reading, proximity_rule, spans_read

RULE = "risk.disparagement"
# a made-up surname, no plural ending: no known word
_NAMES = made_up_words("bdfgklmnprtvz", 2, 5, "ard")


def _named(text: str, language: str) -> list[str]:
    return spans_read(RULE, named_reading, text, language)


def _flagged(text: str, language: str) -> bool:
    return bool(findings(RULE, text, language))


@settings(max_examples=50, deadline=None)
@given(_NAMES)
def test_an_unknown_capitalised_name_is_a_target(name: str) -> None:
    """Any unknown surname written with a capital after a first name is a person the rule pairs with contempt, in
    English and French; written in small letters, or in capitals, it names no one."""
    for language in ("en", "fr"):
        assume(name not in proximity_rule(RULE).packs[language].known)
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

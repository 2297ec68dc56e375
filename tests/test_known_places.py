"""(B, session 45) A known place after a preposition of place names no one (app/text/aim.py ``_known_place``).

The places are a library's (app/text/place_names.txt, written by training/place_names.py from GeoNames and ISO
3166-2); the property tests draw from the whole list, the cases pin the readings and their person twins."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.loader import load_specs, packaged_rules_dir
from app.text.aim import AimReader, _placed_person, _sentence_persons, is_name, place_names, word_tokens

_SPEC = next(s for s in load_specs([packaged_rules_dir()]) if s.id == "risk.offensive")
READER = AimReader.read(dict(_SPEC.params))
EN = READER.words["en"]
PLACES = sorted(
    p
    for p in place_names()
    if p.replace(" ", "").isalpha() and not set(p.split()) & (EN.persons | EN.determiners | EN.names)
)
FIRST_NAMES = sorted(EN.names)


def _title(place: str) -> str:
    return " ".join(w.capitalize() for w in place.split())


def _names(text: str, language: str = "en") -> list[str]:
    words = READER.words[language]
    tokens = word_tokens(text)
    return [text[t.start : t.end] for i, t in enumerate(tokens) if is_name(text, tokens, i, words)]


def test_the_list_is_a_library_s_and_holds_no_first_name() -> None:
    """The written list is the GeoNames/ISO one (tens of thousands), and no first name of risk.offensive is a place."""
    assert len(place_names()) > 30_000
    assert {"london", "cape town", "chennai", "strathfield", "kashmir", "grenoble", "savoie"} <= place_names()
    assert not place_names() & frozenset(FIRST_NAMES)


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("The roads around Leeds today were disgusting, pathetic and filthy.", "en", []),
        ("Two hours stuck at Strathfield for signal issues, pathetic.", "en", []),
        ("the pitch in Chennai today was rubbish", "en", []),
        ("We waited in Cape Town all day, disgusting service.", "en", []),
        ("The internet shutdowns in Kashmir are a disgrace.", "en", []),
        ("Les trains vers Lyon ce matin sont une honte.", "fr", []),
        ("Deux heures bloqué depuis Bruxelles, minable.", "fr", []),
        # person twins: a first name after the preposition, a name after no preposition of place, "to" and "from",
        # a person's place (the place stands for the person: read as before)
        ("My neighbour in Leeds is pathetic, rain or shine.", "en", ["Leeds"]),
        ("The mayor is a cowardly weasel and everyone in Hamilton knows it", "en", ["Hamilton"]),
        ("Angry at Kevin today, what a pathetic liar.", "en", ["Kevin"]),
        ("The buses with Jenkins today were pathetic.", "en", ["Jenkins"]),
        ("I sent a letter to Jackson today, pathetic liar.", "en", ["Jackson"]),
        ("Lots of hate from Hamilton today, pathetic liar.", "en", ["Hamilton"]),
        ("Au revoir à Kevin demain, quel minable.", "fr", ["Kevin"]),
    ],
)
def test_a_known_place_after_a_preposition_of_place_is_no_name(text: str, language: str, names: list[str]) -> None:
    assert _names(text, language) == names


@settings(max_examples=200, deadline=None)
@given(place=st.sampled_from(PLACES), opener=st.sampled_from(sorted(EN.known_place_openers)))
def test_every_known_place_after_every_opener_names_no_one(place: str, opener: str) -> None:
    """Whatever follows it, every word of a known place after a preposition of place is no name."""
    assert _names(f"The service {opener} {_title(place)} today was pathetic", "en") == []


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(FIRST_NAMES), opener=st.sampled_from(sorted(EN.known_place_openers)))
def test_a_first_name_after_an_opener_stays_a_name(name: str, opener: str) -> None:
    assert _names(f"The service {opener} {_title(name)} today was pathetic", "en") == [_title(name)]


@settings(max_examples=100, deadline=None)
@given(place=st.sampled_from(PLACES))
def test_a_known_place_after_no_opener_is_read_as_before(place: str) -> None:
    """After "with" (no opener) a place is read as any capitalised word: a name, unless another reading (a thing's
    name, a number) says otherwise — the list alone never unnames a word."""
    text = f"We went with {_title(place)} today"
    words = READER.words["en"]
    bare = AimReader.read({**dict(_SPEC.params), "known_place_openers": {}}).words["en"]
    tokens = word_tokens(text)
    assert [is_name(text, tokens, i, words) for i in range(len(tokens))] == [
        is_name(text, tokens, i, bare) for i in range(len(tokens))
    ]


def _persons_by_hand(text: str, at: int) -> tuple[int, ...]:
    """Session 45's reading of the sentence around ``at``: its bounds by hand, every token of the draft scanned."""
    tokens = word_tokens(text)
    start = max(text.rfind(c, 0, at) for c in ".!?…\n") + 1
    found = re.search(r"[.!?…\n]", text[at:])
    stop = len(text) if found is None else at + found.start()
    return tuple(k for k, t in enumerate(tokens) if start <= t.start < stop and _placed_person(t.norm, EN))


_PIECES = ["neighbour", "mayor", "drivers", "printers", "in", "Leeds", "the", "today", ".", "!", "?", "…", "\n", ","]


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), min_size=1, max_size=14))
def test_a_sentence_s_person_nouns_are_read_once_as_by_hand(pieces: list[str]) -> None:
    """(R, session 46) ``_sentence_persons`` (the draft's sentences and person nouns read once) finds, for every
    word's offset, the person nouns session 45's hand-made bounds (``rfind`` over the marks, the next mark) found."""
    text = " ".join(pieces)
    tokens = word_tokens(text)
    for token in tokens:
        assert _sentence_persons(text, tokens, EN, token.start) == _persons_by_hand(text, token.start)


FR = READER.words["fr"]
# French places of the list that are one word, no French person word, determiner or first name
FR_PLACES = sorted(
    p for p in place_names() if p.isalpha() and p not in FR.persons | FR.determiners | FR.names | FR.not_names
)
FR_THINGS = sorted(h for h in FR.thing_heads if h.isalpha())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (O, session 53) a known place listed with its article, which the opener holds
        ("Pluie de merde au Havre depuis lundi.", []),
        # a line in capitals headed by a thing's noun, and the places hyphened to it
        ("Ce putain de TER Nantes-Angers encore annulé.", []),
        ("Le train vers Lille-Dunkerque encore supprimé.", []),
        # a known place after « de » and a noun of things
        ("Putain, les trains de Lyon encore en retard.", []),
        ("La météo de Brest, quelle honte ce matin.", []),
        # person twins: a first name hyphenated, a double-barrelled name, a noun of no thing class before « de », a
        # capitalised word before « de »
        ("Ce putain de Jean-Marc encore en retard.", ["Jean", "Marc"]),
        ("Hier Dupont-Aignan était nul.", ["Dupont", "Aignan"]),
        ("Putain, le maire de Lyon encore en retard.", ["Lyon"]),
        ("Le fils de Paris Hilton encore en retard.", ["Paris", "Hilton"]),
        ("Marre de Lyon, encore en retard.", ["Lyon"]),
    ],
)
def test_a_thing_s_place_in_french_is_no_name(text: str, names: list[str]) -> None:
    assert _names(text, "fr") == names


@settings(max_examples=200, deadline=None)
@given(place=st.sampled_from(FR_PLACES), thing=st.sampled_from(FR_THINGS), link=st.sampled_from(["de", "d'"]))
def test_every_known_place_after_a_thing_and_a_link_names_no_one(place: str, thing: str, link: str) -> None:
    """(O, session 53) Whatever follows it, a known place after a noun of things and « de » / « d' » is no name."""
    joiner = link if link.endswith("'") else link + " "
    assert _names(f"Franchement le {thing} {joiner}{_title(place)} aujourd'hui, une honte", "fr") == []


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(sorted(FR.names)), thing=st.sampled_from(FR_THINGS))
def test_a_first_name_after_a_thing_and_a_link_stays_a_name(name: str, thing: str) -> None:
    assert _names(f"Franchement le {thing} de {_title(name)} aujourd'hui, une honte", "fr") == [_title(name)]


@settings(max_examples=100, deadline=None)
@given(place=st.sampled_from(FR_PLACES))
def test_a_known_place_after_a_person_noun_and_a_link_is_read_as_before(place: str) -> None:
    """A noun of no thing class before « de » (person nouns are an open class) leaves the word as it was read."""
    text = f"Franchement le maire de {_title(place)} aujourd'hui, une honte"
    bare = AimReader.read({**dict(_SPEC.params), "place_links": {}}).words["fr"]
    tokens = word_tokens(text)
    assert [is_name(text, tokens, i, FR) for i in range(len(tokens))] == [
        is_name(text, tokens, i, bare) for i in range(len(tokens))
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("'Unexpected item in bagging area' my arse.", []),
        ("The screen said ‘Card declined’ again, rubbish.", []),
        ("'Dave said so' my arse, he lied.", ["Dave"]),
    ],
)
def test_a_capital_opening_a_quotation_opens_a_sentence(text: str, names: list[str]) -> None:
    """(O, session 53) A capitalised word right after a quotation mark that opens a quotation (at the start or after
    a space) is read as a sentence's first word: a first name or a person predicate makes it a name."""
    assert _names(text) == names

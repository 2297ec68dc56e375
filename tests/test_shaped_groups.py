"""(G2, session 42) A group read by its shape (app/kinds/shaped_groups.py): a proper adjective before a noun of people,
a capitalised plural with a people's ending, a capitalised noun after a French determiner; the words are the hate
words files' ``shaped_*`` classes."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.domain import Severity
from app.kinds.proximity import segment
from app.testing import draft_for
from tests.shape_readings import findings, made_up_words, proximity_rule, shaped_reading, spans_read

RULE = "risk.hate"
# a made-up people's name: no known word spells it
_NAMES = made_up_words("bdfgklmnprstvz", 3, 6, "ari")


def _shaped(text: str, language: str) -> list[str]:
    return spans_read(RULE, shaped_reading, text, language)


@settings(max_examples=60, deadline=None)
@given(_NAMES)
def test_an_unknown_capitalised_adjective_before_a_noun_of_people_is_a_group(name: str) -> None:
    """Any unknown word written with a capital before "families" names a group; in capitals, or in a draft about a
    match, it names none."""
    pack = proximity_rule(RULE).packs["en"]
    assume(name not in pack.known and name not in pack.classes.get("shaped_not", frozenset()))
    written = name.capitalize()
    assert _shaped(f"Those {written} families are all the same.", "en") == [f"{name} families"]
    assert _shaped(f"THOSE {written.upper()} FAMILIES ARE ALL THE SAME.", "en") == []
    assert _shaped(f"Those {written} families cheered the whole match.", "en") == []
    assert _shaped(f"Those {name} families are all the same.", "en") == []  # no capital, no proper adjective


@settings(max_examples=60, deadline=None)
@given(_NAMES)
def test_a_capitalised_plural_after_a_french_determiner_is_a_group(name: str) -> None:
    """« les X » with a capital names a group after any determiner of ``shaped_openers``, not after a place's noun
    (« rue des X »), not in lower case."""
    written = name.capitalize() + "s"
    assert _shaped(f"Franchement, les {written} sont tous pareils.", "fr") == [f"{name}s"]
    assert _shaped(f"J'habite rue des {written} depuis dix ans.", "fr") == []
    assert _shaped(f"Franchement, les {name}s sont tous pareils.", "fr") == []


def _findings(text: str, language: str) -> list[tuple[str, Severity]]:
    return [(f.excerpt, f.severity) for f in findings(RULE, text, language)]


def test_a_shaped_group_pairs_as_a_listed_one_less_surely() -> None:
    """The group by its shape is less sure than a listed one (``shaped_sureness`` 1): its pair is a warning by the
    lists where a listed group's is an error (the hate model may still raise it to an error, ``model``)."""
    assert proximity_rule(RULE).shaped_entry.sureness == 1
    found = _findings("The Sylheti community are parasites.", "en")
    assert [excerpt for excerpt, _ in found] == ["Sylheti community are parasites"]
    assert all(severity in (Severity.WARNING, Severity.ERROR) for _, severity in found)
    assert [excerpt for excerpt, _ in _findings("Les Flamands sont des parasites.", "fr")] == [
        "Flamands sont des parasites"
    ]


def test_teams_parties_places_and_things_are_no_groups() -> None:
    for text, language in [
        ("The Lakers are trash.", "en"),
        ("The Python community is full of parasites.", "en"),
        ("Mike's kids are parasites.", "en"),
        ("Les Bleus sont des nuls.", "fr"),
        ("Les Verts sont des parasites.", "fr"),
        ("Les Alpes sont sales.", "fr"),
    ]:
        assert _shaped(text, language) == [], text


_LISTED_FR = st.sampled_from(["Roms", "Arabes", "Tchétchènes", "Turcs", "Maghrébins", "musulmans", "juifs"])
_GENITIVES_FR = st.sampled_from(["des", "du", "de la"])


@settings(max_examples=60, deadline=None)
@given(_NAMES, _LISTED_FR, _GENITIVES_FR)
def test_a_capitalised_complement_of_a_group_is_its_place(name: str, group: str, genitive: str) -> None:
    """(G3, session 43) « les X des Y » with X a listed group: Y is X's place, read with it as one group (no group by
    its shape beside it); the same capitalised plural after « des » opening an object (« j'ai croisé des Y ») is a
    group, and so is it after a noun of things (« l'arrogance des Y »)."""
    rule = proximity_rule(RULE)
    place = name.capitalize() + ("s" if genitive == "des" else "")
    text = f"Franchement, les {group} {genitive} {place} sont tous pareils."
    draft = draft_for(text, "fr")
    assert rule.shaped_spans(draft) == []
    spans = rule.target_spans(draft) or []
    assert [text[a:b] for a, b in spans] == [f"{group} {genitive} {place}"]
    assert _shaped(f"Franchement, j'ai croisé des {name.capitalize()}s, tous pareils.", "fr") == [f"{name}s"]
    assert _shaped(f"Franchement, l'arrogance des {name.capitalize()}s est pareille.", "fr") == [f"{name}s"]
    assert _shaped(f"Franchement, les voisins des {name.capitalize()}s sont tous pareils.", "fr") == []


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(proximity_rule(RULE).packs["en"].classes.get("shaped_capitals", frozenset()))),
    st.sampled_from(["Send the {} back.", "I'm sick of the {} here.", "{} in our town are all the same."]),
)
def test_a_people_named_by_a_common_word_is_a_group_with_a_capital_only(word: str, frame: str) -> None:
    """(G, session 51) A ``shaped_capitals`` word ("Poles", "Prods") names a people written with a capital, opening its
    sentence or not; in lower case, after another capitalised word ("the North Pole") or before a
    ``shaped_capitals_undone`` word ("Poles apart") it is the common word."""
    written = word.capitalize()
    expected = [word]
    assert _shaped(frame.format(written), "en") == expected
    assert _shaped(frame.format(word), "en") == []
    assert _shaped(frame.format(f"North {written}"), "en") == []
    undone = sorted(proximity_rule(RULE).packs["en"].classes.get("shaped_capitals_undone", frozenset()))
    assert _shaped(f"We are {written} {undone[0]} on this.", "en") == []


_LOCATIVE_GROUPS = {"en": ["Muslims", "Jews", "refugees", "Somalis"], "fr": ["Arabes", "Roms", "juifs", "migrants"]}


@settings(max_examples=60, deadline=None)
@given(_NAMES, st.sampled_from(["en", "fr"]), st.data())
def test_a_capitalised_place_a_group_is_at_is_read_with_it_where_a_comma_closes_it(
    name: str, language: str, data: st.DataObject
) -> None:
    """(G, session 52) A listed group, a ``shaped_locatives`` word and a capitalised place closed by a comma (« les
    Arabes à Y, … », "Muslims in Y, …") is one group with its place; with the group's clause going on after the place
    ("Muslims in Y eat …") it is the group alone. A made-up name that the pack unglues into words ("pstbari": "pst bar
    i", ``segment``) is read as glued words, not as a place (``_split_word``): out of this test's premise."""
    assume(not segment(name, proximity_rule(RULE).packs[language]))
    locatives = sorted(proximity_rule(RULE).packs[language].classes.get("shaped_locatives", frozenset()))
    locative = data.draw(st.sampled_from(locatives))
    group = data.draw(st.sampled_from(_LOCATIVE_GROUPS[language]))
    place = name.capitalize()
    rule = proximity_rule(RULE)
    for mark in (",",):  # a colon there may be read as a copula (``colon_copulas``): another reading
        text = (
            f"Les {group} {locative} {place}{mark} bonne journée."
            if language == "fr"
            else f"The {group} {locative} {place}{mark} good day."
        )
        spans = rule.target_spans(draft_for(text, language)) or []
        assert [text[a:b] for a, b in spans] == [f"{group} {locative} {place}"], text
    text = (
        f"Les {group} {locative} {place} mangent du pain."
        if language == "fr"
        else f"The {group} {locative} {place} eat bread."
    )
    spans = rule.target_spans(draft_for(text, language)) or []
    assert [text[a:b] for a, b in spans] == [group], text

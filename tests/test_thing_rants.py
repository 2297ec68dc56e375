"""(B, session 44) Anger at things: the aim readings of app/text/aim.py that session 44 added, as properties.

A person noun qualifying a thing's or an activity's noun in a compound names no one ("a client presentation",
« en pleine visio client »), the person noun alone keeps its person; a bare phrase opening its sentence before a
thing's noun ("… again. Absolute garbage software.") is said of that thing, before a person's noun it is not.
Both read with risk.offensive's own word lists, for every head and person noun the lists hold (hypothesis).
"""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

from app.loader import load_specs, packaged_rules_dir
from app.text.aim import AimReader


@cache
def _reader() -> AimReader:
    spec = next(s for s in load_specs([packaged_rules_dir()]) if s.id == "risk.offensive")
    return AimReader.read(dict(spec.params), persons=("targets", "person_nouns"))


def _sorted(words: frozenset[str]) -> list[str]:
    return sorted(w for w in words if w.isalpha())


_EN = _reader().words["en"]
_FR = _reader().words["fr"]
# person nouns read by their singular after a determiner (the lists' plurals less their "s"), never a word of
# targets (a person wherever it stands: "leader") nor one that is a head as well
_PERSONS_EN = _sorted(_EN.singulars - _EN.persons - _EN.vocative_heads - _EN.compound_heads)
_PERSONS_FR = _sorted(_FR.singulars - _FR.persons - _FR.vocative_heads - _FR.compound_heads)
_HEADS_EN = _sorted(_EN.compound_heads | _EN.thing_heads)
_HEADS_FR = _sorted(_FR.compound_heads | _FR.thing_heads)


@settings(max_examples=60, deadline=None)
@given(person=st.sampled_from(_PERSONS_EN), head=st.sampled_from(_HEADS_EN))
def test_a_person_noun_before_a_head_names_no_one_in_english(person: str, head: str) -> None:
    reader = _reader()
    assert reader.aim(f"The printer died right before the {person} {head}.", "en", mentions=False) is None
    assert reader.aim(f"The printer died right before the {person} arrived.", "en", mentions=False) == "person"


@settings(max_examples=60, deadline=None)
@given(person=st.sampled_from(_PERSONS_FR), head=st.sampled_from(_HEADS_FR))
def test_a_person_noun_after_a_head_names_no_one_in_french(person: str, head: str) -> None:
    reader = _reader()
    assert reader.aim(f"Tout a planté en plein {head} {person}.", "fr", mentions=False) is None
    assert reader.aim(f"Tout a planté devant le {person}.", "fr", mentions=False) == "person"


@settings(max_examples=60, deadline=None)
@given(
    # not a head with an agent's ending ("browser", "speaker"): the person test reads those as people, as before
    head=st.sampled_from(sorted(w for w in _EN.thing_heads if w.isalpha() and len(w) > 2 and not w.endswith("er"))),
    word=st.sampled_from(["garbage", "useless", "pathetic", "trash"]),
    degree=st.sampled_from(["", "absolute ", "utter ", "total "]),
)
def test_a_bare_phrase_opening_its_sentence_is_said_of_its_thing(head: str, word: str, degree: str) -> None:
    reader = _reader()
    text = f"It broke again today. {degree.capitalize()}{word} {head}."
    start = text.index(word)
    heads = _EN.thing_heads
    assert reader.modifier_of_thing(text, "en", start, heads)
    person = f"It broke again today. {degree.capitalize()}{word} human."
    assert not reader.modifier_of_thing(person, "en", person.index(word), heads)

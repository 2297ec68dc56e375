"""(F, session 50) A run of capitalised words right after a preposition of place, closing its clause, is one place as
one word is (app/text/aim.py ``_placed``: "… in East Anglia.", "… in West Cork,"); a run ending in a street, a road or
a bridge (risk.offensive's ``institution_heads``) names a place ("on Earlham Road", "to Flinders St"). A first name in
the run, or the run not closing its clause, keeps the name. Property tests over made-up capitalised words, so no list
of places is needed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.loader import load_specs, packaged_rules_dir
from app.text.aim import AimReader

_SPEC = next(s for s in load_specs([packaged_rules_dir()]) if s.id == "risk.offensive")
READER = AimReader.read(dict(_SPEC.params))
EN = READER.words["en"]
FIRST_NAMES = sorted(n for n in EN.names if n.isalpha())
_AVOID = EN.names | EN.persons | EN.determiners | EN.not_names | EN.institution_heads | EN.vocative_heads

# made-up capitalised words: no first name, person word or listed head among them
WORDS = (
    st.text(alphabet="bcdfghklmnprstvz", min_size=3, max_size=7)
    .map(lambda w: w[0] + "o" + w[1:])
    .filter(lambda w: w not in _AVOID)
)
RUNS = st.lists(WORDS, min_size=2, max_size=3).map(lambda ws: " ".join(w.capitalize() for w in ws))


def _aimed(text: str) -> bool:
    return READER.aim(text, "en", mentions=False) is not None


@settings(max_examples=60, deadline=None)
@given(RUNS, st.sampled_from([".", ",", "!", ""]))
def test_a_run_after_in_closing_its_clause_is_a_place(run: str, mark: str) -> None:
    assert not _aimed(f"this tractor is a useless lump of metal in {run}{mark}")


@settings(max_examples=40, deadline=None)
@given(RUNS, st.sampled_from(FIRST_NAMES))
def test_a_first_name_in_the_run_keeps_it_a_name(run: str, name: str) -> None:
    assert _aimed(f"this tractor is a useless lump of metal in {name.capitalize()} {run}.")


@settings(max_examples=40, deadline=None)
@given(WORDS, st.sampled_from(["Road", "Street", "St", "Lane", "Bridge", "Avenue"]))
def test_a_street_names_a_place(word: str, head: str) -> None:
    assert not _aimed(f"the bus to {word.capitalize()} {head} is a disgusting joke")


def test_the_twins() -> None:
    assert not _aimed("This combine harvester is the most useless lump of metal in North Yorkshire.")
    assert _aimed("Dave is the most useless lump of metal in North Yorkshire.")
    assert _aimed("the bus to Dave Lane is a disgusting joke")

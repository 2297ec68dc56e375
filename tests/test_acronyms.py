"""(B, session 53) An acronym spelt out in brackets right after it is not a listed term (app/kinds/terms.py
``_expanded_acronym``): "PD (probabilité de défaut)" is a bank's figure, « PD (et fier de l'être) » stays the slur."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.kinds.terms import _expanded_acronym, _spells

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéè", min_size=4, max_size=10)
_FILLER = st.sampled_from(["de", "of", "la", "du", "and"])


@given(st.lists(st.tuples(_WORD, st.lists(_FILLER, max_size=1)), min_size=2, max_size=5))
def test_an_acronym_its_words_spell_is_expanded(parts: list[tuple[str, list[str]]]) -> None:
    words = [w for word, fillers in parts for w in (word, *fillers)]
    acronym = "".join(word[0] for word, _ in parts).upper()
    assert _spells(acronym.casefold(), words)
    text = f"Le {acronym} ({' '.join(words)}) a doublé."
    assert _expanded_acronym(text, 3, 3 + len(acronym))


@given(st.lists(_WORD, min_size=2, max_size=5), st.sampled_from("xyzq"))
def test_brackets_that_spell_something_else_are_not(words: list[str], wrong: str) -> None:
    acronym = (wrong + "".join(w[0] for w in words[1:])).upper()
    words = [w for w in words if w[0] != wrong] or ["bruit", "sourd"]
    text = f"Ce {acronym} ({' '.join(words)}) m'a répondu."
    assert not _expanded_acronym(text, 3, 3 + len(acronym))


def test_the_known_drafts() -> None:
    assert _expanded_acronym("la PD (probabilité de défaut)", 3, 5)
    assert not _expanded_acronym("Ce PD (et fier de l'être)", 3, 5)
    assert not _expanded_acronym("ce pd (probabilité de défaut)", 3, 5)  # lower case: no acronym
    assert not _expanded_acronym("la PD probabilité de défaut", 3, 5)  # no brackets

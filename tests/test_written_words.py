"""(R, session 46) A view's words as written (app/kinds/written_words.py) are read once per view and kept outside it:
the view (``Folded``) stays a frozen value."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.written_words import written_words
from app.text.folding import fold

_DRAFTS = st.text(alphabet="abcÉé ABC.!?«»'-&#@\n", max_size=40)


@settings(max_examples=200, deadline=None)
@given(drafts=st.lists(_DRAFTS, min_size=1, max_size=7))
def test_every_view_reads_its_own_words_once(drafts: list[str]) -> None:
    """Views asked in turn (more than are kept) each get their own words; a view asked twice in a row, the same
    (R, session 47: kept by ``app.text.identity``, whose own tests read the slot)."""
    views = [fold(text) for text in drafts]
    for view in views + views[::-1]:
        words = written_words(view)
        assert words == written_words(fold(view.original))  # a view of the same text: read afresh, the same words
        assert written_words(view) is words


def test_the_view_is_frozen() -> None:
    view = fold("Les Lyonnais sont là")
    written_words(view)
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.text = "x"  # type: ignore[misc]
    assert not hasattr(view, "scratch")

"""(R, session 46) ``_group_end`` (app/kinds/proximity.py, the asides' reading) looks the window's prefixes up in the
automaton's trie: the same ends as session 45's scan of the whole window, on drafts built from the lists' own forms."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.proximity import _group_end, _Pack
from tests.shape_readings import proximity_rule

RULE = proximity_rule("risk.hate")
PACKS = {language: RULE._pack(language) for language in ("en", "fr")}


def _scanned(text: str, pack: _Pack, start: int) -> int | None:
    """Session 45's ``_group_end``: every form found in the window, the longest one opening at its start."""
    best = None
    for last, (length, entry) in pack.automaton.iter(text[start : start + 60]):
        if entry is None or entry.side != "target" or entry.only_with or entry.modifier:
            continue
        begin, stop = last + 1 - length, start + last + 1
        if begin == 0 and not text[stop : stop + 1].isalnum() and (best is None or stop > best):
            best = stop
    return best


def _forms(language: str) -> list[str]:
    pack = PACKS[language]
    assert pack is not None
    return sorted({key for key, _value in pack.automaton.items()})[::37]


_PIECES = {language: [*_forms(language), "the", "les", ",", ".", "s", "x", " ", "are", "sont"] for language in PACKS}


@settings(max_examples=300, deadline=None)
@given(language=st.sampled_from(sorted(PACKS)), data=st.data())
def test_the_prefixes_read_the_ends_the_whole_scan_read(language: str, data: st.DataObject) -> None:
    pack = PACKS[language]
    assert pack is not None
    pieces = data.draw(st.lists(st.sampled_from(_PIECES[language]), min_size=1, max_size=8))
    text = " ".join(pieces)
    for start in range(len(text)):
        assert _group_end(text, pack, start) == _scanned(text, pack, start)

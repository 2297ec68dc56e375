"""(U, session 33) A phrase list scans a draft with the alternation of the entries the draft may hold only: the same
hits as the whole list's alternation."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

from app.kinds.phrases import _SHARED_NEEDS, PhraseList, _entry_from, load_phrase_file
from app.text.folding import PHRASES, fold
from app.text.literals import LiteralGate

RULES = Path(__file__).resolve().parents[1] / "rules"

ITEMS = [
    "with all due respect",
    "shame on you",
    "you people",
    {"pattern": r"(?<!\w)you (?:bunch of )?(?:clowns?|idiots?)(?!\w)"},
    {"pattern": r"(?<!\w)(?:pathetic|useless) (?:company|team)(?!\w)"},
    {"pattern": r"(?<!\w)[xz]{3}(?!\w)"},  # no selective set of strings: always tried
    "e-mail me",
]
TEXTS = [
    "With all due respect, you people are clowns. Shame on you!",
    "you bunch of idiots, useless company",
    "pathetic team. e-mail me",
    "nothing to see here",
    "you clowns you people you idiots",
    "xzx shame on you",
]


def _whole(phrase_list: PhraseList, text: str) -> list[tuple[int, int, str]]:
    """The hits of the whole list's alternation, as the list found them before (U, session 33)."""
    folded = fold(text, PHRASES)
    found = []
    for match in phrase_list._pattern.finditer(folded.text):
        if match.end() > match.start() and match.lastgroup is not None:
            found.append((*folded.span(match.start(), match.end()), match.lastgroup))
    return found


def _hits(phrase_list: PhraseList, text: str) -> list[tuple[int, int, str]]:
    return [
        (hit.start, hit.end, f"e{phrase_list.entries.index(hit.entry)}")
        for hit in phrase_list.find(fold(text, PHRASES))
    ]


def test_a_draft_is_scanned_with_the_entries_it_may_hold_and_finds_the_same_hits() -> None:
    entries = [_entry_from(item, f"x[{i}]") for i, item in enumerate(ITEMS)]
    entries.sort(key=lambda pair: -len(pair[1].source))
    phrase_list = PhraseList(entries, "tone/phrases/x.yml (en)")
    for text in TEXTS:
        assert _hits(phrase_list, text) == _whole(phrase_list, text)
    assert _hits(phrase_list, TEXTS[0])  # some hits were found
    # a draft holding the words of two entries is scanned with those two and the ungated pattern only
    text = "you bunch of idiots, useless company"
    possible = phrase_list._possible(fold(text, PHRASES))
    assert possible is not None
    assert sorted(phrase_list.entries[i].source for i in possible) == sorted(
        [ITEMS[3]["pattern"], ITEMS[4]["pattern"], ITEMS[5]["pattern"]]  # type: ignore[index]
    )
    assert phrase_list._possible(fold("nothing to see here", PHRASES)) == (
        phrase_list._sources.index(ITEMS[5]["pattern"]),  # type: ignore[index]
    )


# (U, session 38) The alternation of a part of a list is no longer compiled per draft: each entry's own pattern
# (compiled once) is searched, and the hits merged as the alternation would find them.

MERGE_ITEMS = [
    {"pattern": r"(?<!\w)ab(?:cd)?"},  # on a word start, tried before the entries that are not
    {"pattern": r"bcd(?:ef)?"},
    {"pattern": r"(?<!\w)abc"},
    {"pattern": r"cdef"},
    {"pattern": r"d?"},  # may match empty: the merge leaves the draft to the compiled alternation
]
MERGE_TEXTS = ["abcdef", "xabcdef abc", "abc cdef bcdef", "cdefab abcd", "zzz", ""]


def _merge_list() -> PhraseList:
    return PhraseList([_entry_from(item, f"m[{i}]") for i, item in enumerate(MERGE_ITEMS)], "tone/phrases/m.yml (en)")


def _alternation_hits(phrase_list: PhraseList, chosen: tuple[int, ...], text: str) -> list[tuple[int, int, str]]:
    compiled = regex.compile(phrase_list._alternation(chosen), regex.V1)
    return [(m.start(), m.end(), m.lastgroup) for m in compiled.finditer(text)]


@pytest.mark.parametrize("chosen", [(0, 1), (0, 2), (1, 2, 3), (0, 1, 2, 3), (1, 3), (2, 3)])
def test_the_entries_merged_are_the_alternation_of_those_entries(chosen: tuple[int, ...]) -> None:
    """Leftmost first; at one position the first entry of the alternation's order (word-start entries first, then
    the others, each in list order); the scan goes on from a hit's end, so an entry's next match that a hit passed
    is searched again (``bcd`` inside ``abcd``, then ``cdef`` searched from ``d``)."""
    phrase_list = _merge_list()
    for text in MERGE_TEXTS:
        merged = phrase_list._merged(chosen, text)
        assert merged is not None
        assert [(m.start(), m.end(), m.lastgroup) for m in merged] == _alternation_hits(phrase_list, chosen, text)
    assert phrase_list._merged(chosen, "abcdef")  # some hits were found


def test_an_entry_that_may_match_empty_leaves_the_draft_to_the_compiled_alternation() -> None:
    items = [*MERGE_ITEMS, "qqq zzz"]  # a literal the draft does not hold: the draft scans a part of the list
    phrase_list = PhraseList([_entry_from(item, f"m[{i}]") for i, item in enumerate(items)], "tone/phrases/m.yml (en)")
    assert phrase_list._merged((3, 4), "xyz") is None  # "d?" matches empty at 0
    folded = fold("abcdef xyz", PHRASES)
    assert phrase_list._possible(folded) == (0, 1, 2, 3, 4)
    expected = [
        (*folded.span(m.start(), m.end()), phrase_list.entries[int(m.lastgroup[1:])])
        for m in regex.compile(phrase_list._alternation((0, 1, 2, 3, 4)), regex.V1).finditer(folded.text)
        if m.end() > m.start() and m.lastgroup is not None
    ]
    assert [(h.start, h.end, h.entry) for h in phrase_list.find(folded)] == expected and expected


@pytest.mark.parametrize("path", sorted((RULES).glob("*/phrases/*.yml")), ids=lambda p: "/".join(p.parts[-3:]))
def test_every_shipped_list_finds_what_its_whole_alternation_finds(path: Path) -> None:
    texts = [*TEXTS, "Oh great, another delay. Thanks in advance for your patience!", "Vous êtes des guignols."]
    for phrase_list in load_phrase_file(path).values():
        for text in texts:
            assert _hits(phrase_list, text) == _whole(phrase_list, text)


# (U, session 40) Every list reads one shared pass over the folded draft (``_SHARED_NEEDS``) for its gate and the
# entries it may hold, where each ran two automata of its own: the same strings found, so the same answers.


def test_the_shared_pass_answers_each_list_as_its_own_gate_did() -> None:
    texts = [*TEXTS, *MERGE_TEXTS, "Oh great, another delay. Thanks in advance for your patience!", "Vous êtes nuls"]
    lists = [
        phrase_list
        for path in sorted(RULES.glob("*/phrases/*.yml"))
        for phrase_list in load_phrase_file(path).values()
        if phrase_list._pattern is not None
    ]
    lists.append(PhraseList([_entry_from(item, f"x[{i}]") for i, item in enumerate(ITEMS)], "x"))
    assert any(pl._gated for pl in lists) and any(not pl._gated for pl in lists)
    for text in texts:
        folded = fold(text, PHRASES)
        for phrase_list in lists:
            own = LiteralGate.for_patterns(phrase_list._sources)
            assert phrase_list._gated == (own is not None)
            if own is not None:  # the list's gate as it was: one automaton of its own strings
                assert own.may_match(folded.text) == (
                    not phrase_list._needed.isdisjoint(_SHARED_NEEDS.found(folded.text))
                )
            held = {s for s in phrase_list._needs if s in folded.text}  # every string, one ``in`` each
            assert phrase_list._needed.intersection(_SHARED_NEEDS.found(folded.text)) == held


def test_a_list_built_after_the_pass_is_read_by_a_rebuilt_pass() -> None:
    folded = fold("zzqqxx is here", PHRASES)
    before = _SHARED_NEEDS.found(folded.text)
    assert "zzqqxx" not in before
    late = PhraseList([_entry_from("zzqqxx is here", "late[0]")], "late")
    assert "zzqqxx" in _SHARED_NEEDS.found(folded.text)
    assert [(h.start, h.end) for h in late.find(folded)] == [(0, 14)]

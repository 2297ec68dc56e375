"""(U, session 33) A phrase list scans a draft with the alternation of the entries the draft may hold only: the same
hits as the whole list's alternation."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.kinds.phrases import PhraseList, _entry_from, load_phrase_file
from app.text.folding import PHRASES, fold

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
    assert possible is not None and possible is not phrase_list._pattern
    named = {f"e{i}": entry.source for i, entry in enumerate(phrase_list.entries)}
    assert sorted(named[name] for name in possible.groupindex) == sorted(
        [ITEMS[3]["pattern"], ITEMS[4]["pattern"], ITEMS[5]["pattern"]]  # type: ignore[index]
    )
    assert phrase_list._possible(fold("nothing to see here", PHRASES)) is not phrase_list._pattern


@pytest.mark.parametrize("path", sorted((RULES).glob("*/phrases/*.yml")), ids=lambda p: "/".join(p.parts[-3:]))
def test_every_shipped_list_finds_what_its_whole_alternation_finds(path: Path) -> None:
    texts = [*TEXTS, "Oh great, another delay. Thanks in advance for your patience!", "Vous êtes des guignols."]
    for phrase_list in load_phrase_file(path).values():
        for text in texts:
            assert _hits(phrase_list, text) == _whole(phrase_list, text)

"""(D, session 44) The draft's words as written, for the readings that need its capitals: a group read by its shape
(``app.kinds.shaped_groups``, risk.hate) and a person or a company named by its shape (``app.kinds.named_targets``,
risk.disparagement). The term lists' folded automaton never sees a capital; these readings do, and this module owns
what they share:

- what a word is (``WORD``: letters, with inner apostrophes and hyphens: "J'ai", « Saint-Charles ») and what ends a
  sentence between two words (``SENTENCE_MARKS``, or a ``#``/``@`` opening a tag or a mention);
- the token (``Word``): its folded span and text, whether it opens with a capital, is written all in capitals
  (shouted: "AVOID", « GUÊPES », or a short closing "SA"), opens its sentence, and is joined to the word before
  (only spaces, a hyphen or an "&" between: "Bastide & Fils");
- ``written_words``: a view's words, read once per view (the last views are kept) from the folded text and the
  draft as written;
- ``has_capitals``: whether the draft's capitals say anything at all (not a draft written in capitals or title case);
- ``words_from_classes``: a reading's words built from a pack's folded word classes, each field of its words type
  naming its class (``word_class``).

Hand-written: a few lines over the folding's own coordinates (``app.text.folding.Folded``), nothing a tokenizer
library gives with the draft's offsets folded and unfolded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import field, fields
from functools import lru_cache
from typing import Any, ClassVar, NamedTuple, Protocol, TypeVar

from app.text.folding import Folded
from app.text.identity import last_by_identity

WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
SENTENCE_MARKS = frozenset('.!?;:\n"«»“”()')
_JOINERS = frozenset({"", "-", "&"})  # what may stand between two words of one name, spaces aside
_CLASS = "word_class"  # a field's metadata key: the class its words are read from
_ORDER = "order"  # a field's metadata key: "" (a set), "longest" or "sorted" (a tuple)


class Word(NamedTuple):
    """One word of a view of the draft, with how it is written (R, session 46: a named tuple, made some twenty times
    per view, where a frozen dataclass's ``__init__`` set each of its seven fields through ``object.__setattr__``)."""

    start: int  # folded coordinates
    end: int
    text: str  # folded
    capital: bool  # opens with a capital in the draft, not written all in capitals
    shouted: bool  # written all in capitals ("SA", "AVOID")
    opens: bool  # first word of its sentence
    joined: bool  # only spaces, a hyphen or an "&" stand between it and the word before


_KEPT = 4  # views kept: the views of one draft a review reads by shape (one per language pass), with room to spare


@last_by_identity(_KEPT)
def written_words(folded: Folded) -> tuple[Word, ...]:
    """The view's words, with how each is written, whether it opens its sentence and is joined to the word before:
    read once per view, whichever reading asks first (R, session 45: the named targets' reading and the shaped groups'
    two read the same view of each draft). (R, session 46) The last views read are kept with their words, known by
    identity (``is``: the view itself is kept alive, as ``app.text.aim.word_tokens`` keeps its texts; R, session 47:
    by ``app.text.identity``, where a hand-made slot kept them), so the view stays a frozen value: no memo dictionary
    inside it, no hashing of its offsets."""
    text, original = folded.text, folded.original
    out: list[Word] = []
    previous_end = 0
    for match in WORD.finditer(text):
        start, end = match.span()
        first = folded.starts[start] if start < len(folded.starts) else len(original)
        whole = original[first : folded.ends[end - 1]] if end - 1 < len(folded.ends) else ""
        # a capital opens a name; a word all in capitals is shouted ("Les GUÊPES sont une plaie"), not named
        shouted = len(whole) > 1 and whole.isupper()
        capital = not shouted and original[first : first + 1].isupper()
        between = text[previous_end:start]
        opens = not out or not SENTENCE_MARKS.isdisjoint(between) or "#" in between or "@" in between
        joined = bool(out) and between.strip() in _JOINERS
        out.append(Word(start, end, match.group(0), capital, shouted, opens, joined))
        previous_end = end
    return tuple(out)


@lru_cache(maxsize=32)
def has_capitals(text: str) -> bool:
    """Whether the draft's capitals say anything: not written in capitals, nor in title case, nor with no capital at
    all (R, session 45: no word of it is then capitalised or shouted, so no reading by shape finds anything; it is
    told before the draft's words are read). Read once per draft text: each view of the draft asks it (the shaped
    groups twice, the names, the complements, risk.hate-model's gate)."""
    if not any(map(str.isupper, text)):
        return False
    letters = "".join(filter(str.isalpha, text))
    if not letters or sum(map(str.isupper, letters)) > len(letters) / 2:
        return False
    tokens = WORD.findall(text)
    capitalised = sum(1 for t in tokens if t[0].isupper())
    return not (len(tokens) >= 4 and capitalised > len(tokens) * 0.6)


def word_class(name: str, order: str = "") -> Any:
    """A field of a reading's words type read from the class ``name``: a set, or a tuple of its words longest first
    (``order="longest"``: endings matched by ``str.endswith``) or in alphabetical order (``order="sorted"``)."""
    empty: frozenset[str] | tuple[str, ...] = () if order else frozenset()
    return field(default=empty, metadata={_CLASS: name, _ORDER: order})


class _Words(Protocol):
    """A frozen dataclass of word classes (``NamedWords``, ``ShapedWords``)."""

    __dataclass_fields__: ClassVar[dict[str, Any]]

    def __init__(self, **words: Any) -> None: ...


_W = TypeVar("_W", bound=_Words)


def words_from_classes(kind: type[_W], classes: Mapping[str, frozenset[str]]) -> _W:
    """The words of ``kind`` (a frozen dataclass whose fields are ``word_class`` fields) from a pack's folded
    classes; a class the file does not name reads as empty."""
    values: dict[str, frozenset[str] | tuple[str, ...]] = {}
    for one in fields(kind):
        found = classes.get(one.metadata[_CLASS], frozenset())
        order = one.metadata[_ORDER]
        if order == "longest":
            values[one.name] = tuple(sorted(found, key=len, reverse=True))
        elif order == "sorted":
            values[one.name] = tuple(sorted(found))
        else:
            values[one.name] = found
    return kind(**values)

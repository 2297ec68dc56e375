"""One-edit spellings of a term-list word: the misspellings, leetspeak leftovers and masked letters that the
``fuzzy`` lists of ``proximity`` (risk.hate) and ``terms`` (risk.slurs) accept.

Written here rather than taken from a library: the edits are a closed, small set chosen per word length (a
general edit-distance or spell-checking package would generate far more variants, most of them real words), and
both kinds build their automata from the same function."""

from __future__ import annotations


def fuzzy_variants(folded: str, short: bool = False, known: frozenset[str] | None = None) -> set[str]:
    """One-edit spellings of a one-word term: a letter missing (7+ letters; an inner one from 5 with ``short``, for
    group names: "blaks"), a letter doubled (4+: "nooirs"), a final ``s`` written ``z`` (4+: "gayz"), two
    neighbours swapped (5+; 4+ with ``short``: "jwes"), an ``l`` read as ``i`` (5+: folding reads the leetspeak "1"
    as "i", so "mus1ims" is "musiims"), an inner ``s`` written ``z`` (5+: "muzlims"), an inner letter masked by an
    asterisk (4+: "sc*m", "k*ll").

    With ``known`` (the language's known words, ``app.text.lexicon``), shorter words get the same edits too — an
    inner letter missing from 4 letters ("hae", "verin"), neighbours swapped from 4 ("htae", "sucm") — unless the
    variant is a known word ("hat", "sum"). The edits above stay as they were (tweets' vocabulary holds common
    misspellings such as "imigrants", which must keep matching); their words go in ``fuzzy_exclude``."""
    if not folded.isalpha():
        return set()
    out: set[str] = set()
    if len(folded) >= 7:
        out.update(folded[:i] + folded[i + 1 :] for i in range(1, len(folded)))
    elif short and len(folded) >= 5:  # an inner letter only: "blaks", never the singular "black" of "blacks"
        out.update(folded[:i] + folded[i + 1 :] for i in range(1, len(folded) - 1))
    if len(folded) >= 4:
        out.update(folded[: i + 1] + folded[i:] for i in range(1, len(folded)))
    if len(folded) >= 4 and folded.endswith("s"):  # "gayz", "jewz", "muslimz"
        out.add(folded[:-1] + "z")
    if len(folded) >= (4 if short else 5):
        out.update(_swaps(folded))
        out.update(folded[:i] + "i" + folded[i + 1 :] for i, c in enumerate(folded) if c == "l")
        out.update(
            folded[:i] + "z" + folded[i + 1 :] for i, c in enumerate(folded) if c == "s" and 0 < i < len(folded) - 1
        )
    if len(folded) >= 4:  # an inner letter masked by an asterisk: "sc*m", "m*slims", "s*um", "k*ll" (never a word)
        out.update(folded[:i] + "*" + folded[i + 1 :] for i in range(1, len(folded) - 1))
    if known is not None and 4 <= len(folded) < 7:  # shorter words: only variants that are not words
        shorter = {folded[:i] + folded[i + 1 :] for i in range(1, len(folded) - 1)} | _swaps(folded)
        out.update(shorter - out - known)
    out.discard(folded)
    return out


def _swaps(folded: str) -> set[str]:
    """Two different neighbours swapped, the first letter kept."""
    return {
        folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :]
        for i in range(1, len(folded) - 1)
        if folded[i] != folded[i + 1]
    }

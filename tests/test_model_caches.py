"""The compact per-token caches of a model bundle (``_TokenCache``: slots, C session 49; two generations, session 50 —
the young one of the words read once, the old one of the words read again) give what the uncached computation gives:
each token's folded form, feature count and column sums (``math.fsum`` of its features' weights, read from the file's
columns), and so every probability and driver — hypothesis over drafts of real and made-up words, with caches small
enough to be replaced, and words promoted, while the drafts are read."""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.text import models
from app.text.models import Classifier, ModelBundle, _TokenCache, model_path, token_features, tokenize


@cache
def _bundle(language: str) -> ModelBundle:
    """A bundle of its own (not the process's shared one), whose caches the tests fill and empty."""
    return ModelBundle.read(model_path(language))


@cache
def _fresh(language: str) -> ModelBundle:
    """A second bundle of the file, emptied before each reading: the uncached computation."""
    return ModelBundle.read(model_path(language))


@pytest.fixture(autouse=True)
def _small_caches(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(models, "_CACHE_SIZE", 11)
    monkeypatch.setattr(models, "_YOUNG_SIZE", 7)
    monkeypatch.setattr(models, "_HOT_SIZE", 4)
    yield


def _uncached_sums(bundle: ModelBundle, norm: str) -> tuple[int, tuple[float, ...]]:
    """A token's feature count and column sums, from the weights column by column (no cache, no rows)."""
    feats = token_features(norm, bundle.config)
    indices = [i for i in (bundle.vocab.index(f) for f in feats) if i >= 0]
    return len(feats), tuple(math.fsum(column[i] for i in indices) for column in bundle.weights)


_REAL = ("the", "The", "THE", "hate", "Hate", "idiot", "idiots", "connard", "Connard", "déteste", "DÉTESTE", "ça")
_WORD = st.one_of(
    st.sampled_from(_REAL),
    st.text(alphabet="abcéèÉßxyzQ", min_size=1, max_size=9),
    st.sampled_from(("@someone", "https://x.example/a", "!", "?", "\U0001f600", "1234", "cooool", "Cooooool")),
)
_DRAFT = st.lists(_WORD, min_size=0, max_size=14).map(" ".join)


def _bits(values: object) -> str:
    return repr(values)


@pytest.mark.parametrize("language", models.LANGUAGES)
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drafts=st.lists(_DRAFT, min_size=1, max_size=6))
def test_the_caches_give_the_uncached_sums_of_every_token(language: str, drafts: list[str]) -> None:
    """``_read`` (the written-word cache) and ``token_sums`` (the folded-form cache) of each draft, read one after the
    other with caches of 11 slots, are the folded forms, counts and ``fsum`` of the weights read afresh."""
    bundle = _bundle(language)
    for text in drafts:
        tokens, norms, counts, own = bundle._read(text)
        expected = [t.norm for t in tokenize(text)]
        assert [t.norm for t in tokens] == norms == expected
        assert [(t.start, t.end, t.word) for t in tokens] == [(t.start, t.end, t.word) for t in tokenize(text)]
        uncached = [_uncached_sums(bundle, norm) for norm in norms]
        assert _bits(list(counts)) == _bits([c for c, _ in uncached])
        assert _bits(list(own)) == _bits([s for _, s in uncached])
        for norm, reference in zip(norms, uncached, strict=True):
            assert _bits(bundle.token_sums(norm)) == _bits(reference)
        _check_generations(bundle)


def _check_generations(bundle: ModelBundle) -> None:
    """Each generation within its bound, its slots whole, each written word at the slot of its fold holding the
    uncached count and sums, each hot word's tuples those of its fold."""
    width = bundle.n_columns
    for generation, bound in ((bundle._cache, models._CACHE_SIZE), (bundle._young, models._YOUNG_SIZE)):
        assert len(generation.tokens) == len(generation.norms) <= bound
        assert len(generation.sums) == width * len(generation.norms) == width * len(generation.counts)
        for slot, norm in enumerate(generation.norms):
            assert generation.tokens[norm] == slot and models.fold_token(norm) == norm  # its own fold: found as written
            held = (generation.counts[slot], tuple(generation.sums[slot * width : slot * width + width]))
            assert _bits(held) == _bits(_uncached_sums(bundle, norm))
    assert len(bundle._cache.hot) <= models._HOT_SIZE
    for raw, (norm, count, sums) in bundle._cache.hot.items():
        assert norm == (models.fold_token(raw) if raw[:1].isalnum() or len(raw) == 1 else raw)
        assert _bits((count, sums)) == _bits(_uncached_sums(bundle, norm))


@pytest.mark.parametrize("language", models.LANGUAGES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drafts=st.lists(_DRAFT, min_size=1, max_size=5))
def test_every_probability_and_driver_is_the_uncached_one(language: str, drafts: list[str]) -> None:
    """Every task's probabilities and drivers, plain and with the first word masked, through warm small caches, are
    bit for bit those of a bundle emptied before each draft."""
    bundle, fresh = _bundle(language), _fresh(language)
    for text in drafts:
        fresh._cache, fresh._young = _TokenCache(), _TokenCache(young=True)
        fresh._texts.clear()
        bundle._texts.clear()
        words = [t for t in tokenize(text) if t.word]
        mask = ((words[0].start, words[0].end),) if words else ()
        for task in bundle.tasks:
            warm, cold = Classifier(bundle, task), Classifier(fresh, task)
            for masked in ((), mask):
                assert _bits(warm.probabilities(text, masked)) == _bits(cold.probabilities(text, masked))
                assert _bits(warm.drivers(text, masked=masked)) == _bits(cold.drivers(text, masked=masked))


_FEW = st.lists(st.sampled_from((*_REAL, "cat", "Cat", "sat", "mat", "on", "a", "@x", "!")), min_size=0, max_size=8)


@pytest.mark.parametrize("language", models.LANGUAGES)
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drafts=st.lists(_FEW.map(" ".join), min_size=1, max_size=25))
def test_promotions_and_replacements_keep_every_value(language: str, drafts: list[str]) -> None:
    """Drafts of few words, read many times over, with generations of 5 and 3 words and 2 hot words: words are promoted
    (read again), both generations replaced, the hot words carried over; every reading is the uncached one."""
    bundle = _bundle(language)
    bundle._cache, bundle._young = _TokenCache(), _TokenCache(young=True)
    models._CACHE_SIZE, models._YOUNG_SIZE, models._HOT_SIZE = 5, 3, 2  # restored by the fixture
    for text in drafts:
        tokens, norms, counts, own = bundle._read(text)
        assert [t.norm for t in tokens] == norms == [t.norm for t in tokenize(text)]
        uncached = [_uncached_sums(bundle, norm) for norm in norms]
        assert _bits((list(counts), list(own))) == _bits(([c for c, _ in uncached], [s for _, s in uncached]))
        _check_generations(bundle)


def test_a_word_read_again_is_promoted_and_the_full_generations_are_replaced() -> None:
    """A word read once is in the young generation, read again in the old one (and the first ``_HOT_SIZE`` written
    words it takes are hot); a full generation is replaced at its bound, within a draft, never emptied (a reader
    holding it keeps its slots); a word written as its folded form is one string, its key and its slot's form."""
    bundle = _bundle("en")
    bundle._cache, bundle._young = _TokenCache(), _TokenCache(young=True)
    bundle._read("again")
    young, old = bundle._young, bundle._cache
    assert list(young.tokens) == ["again"] and not old.tokens
    assert next(iter(young.tokens)) is young.norms[0]
    bundle._read("Again and again")  # "Again": its fold read again
    assert list(old.tokens) == ["again"] and list(old.hot) == ["Again"] and list(young.tokens) == ["again", "and"]
    bundle._read("again")
    assert list(old.hot) == ["Again"]  # found by its written form among the old generation's folds, not made hot
    bundle._read("w0x w1x w2x w3x w4x")  # the young generation full (7 words)
    bundle._read("w0x w1x w2x w3x w4x")  # read again: promoted
    assert list(old.tokens) == ["again", "w0x", "w1x", "w2x", "w3x", "w4x"] and len(young.tokens) == 7
    assert list(old.hot) == ["Again", "w0x", "w1x", "w2x"]
    bundle._read("v0x v1x v2x v3x v4x v5x")  # the young generation replaced at its bound, not emptied
    assert bundle._young is not young and len(young.tokens) == len(young.counts) == 7
    assert list(bundle._young.tokens) == ["v0x", "v1x", "v2x", "v3x", "v4x", "v5x"]
    bundle._read("v0x v1x v2x v3x v4x v5x")  # promoted: the old generation full at 11 words, replaced
    assert bundle._cache is not old and len(old.tokens) == len(old.norms) == len(old.counts) == 11
    assert list(bundle._cache.tokens) == ["v5x"]
    assert bundle._cache.hot is old.hot  # carried over


def test_the_hot_words_hold_their_slots_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first ``_HOT_SIZE`` written words the old generation takes ("the", read again in the first reading; "The",
    its other form, and "cat" in the second) keep their analysis tuples; later words are read from their slots."""
    monkeypatch.setattr(models, "_CACHE_SIZE", 1_000)
    monkeypatch.setattr(models, "_YOUNG_SIZE", 1_000)
    monkeypatch.setattr(models, "_HOT_SIZE", 3)
    bundle = _bundle("en")
    bundle._cache, bundle._young = _TokenCache(), _TokenCache(young=True)
    first = bundle._read("The cat sat on the mat")
    _, norms, counts, own = bundle._read("The cat sat on the mat")
    assert first[1:] == (norms, counts, own)
    cache = bundle._cache
    assert list(cache.hot) == ["the", "The", "cat"] and list(cache.tokens) == ["the", "cat", "sat", "on", "mat"]
    width = bundle.n_columns
    for k, norm in enumerate(norms):
        slot = cache.tokens[norm]
        assert counts[k] == cache.counts[slot]
        assert own[k] == tuple(cache.sums[slot * width : slot * width + width])
    assert cache.hot["cat"] == (norms[1], counts[1], own[1])
    assert bundle._read("The cat sat on the mat")[1:] == (norms, counts, own)

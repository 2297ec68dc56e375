"""The compact per-token caches of a model bundle (``ModelBundle._written``/``_tokens`` and their slots, C session 49)
give what the uncached computation gives: each token's folded form, feature count and column sums (``math.fsum`` of
its features' weights, read from the file's columns), and so every probability and driver — hypothesis over drafts of
real and made-up words, with caches small enough to be emptied while the drafts are read."""

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
        cache = bundle._cache
        assert len(cache.norms) <= models._CACHE_SIZE + len(norms)
        assert len(cache.sums) == bundle.n_columns * len(cache.norms) == bundle.n_columns * len(cache.counts)


@pytest.mark.parametrize("language", models.LANGUAGES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(drafts=st.lists(_DRAFT, min_size=1, max_size=5))
def test_every_probability_and_driver_is_the_uncached_one(language: str, drafts: list[str]) -> None:
    """Every task's probabilities and drivers, plain and with the first word masked, through warm small caches, are
    bit for bit those of a bundle emptied before each draft."""
    bundle, fresh = _bundle(language), _fresh(language)
    for text in drafts:
        fresh._cache = _TokenCache()
        fresh._texts.clear()
        bundle._texts.clear()
        words = [t for t in tokenize(text) if t.word]
        mask = ((words[0].start, words[0].end),) if words else ()
        for task in bundle.tasks:
            warm, cold = Classifier(bundle, task), Classifier(fresh, task)
            for masked in ((), mask):
                assert _bits(warm.probabilities(text, masked)) == _bits(cold.probabilities(text, masked))
                assert _bits(warm.drivers(text, masked=masked)) == _bits(cold.drivers(text, masked=masked))


def test_full_caches_are_replaced_and_a_written_fold_is_kept_once() -> None:
    """Past ``_CACHE_SIZE`` tokens the caches start again, never within a draft, and are replaced, not emptied (a
    reader holding the full ones keeps its slots); a word written as its folded form is one string, the key of both
    maps."""
    bundle = _bundle("en")
    bundle._cache = _TokenCache()
    bundle._read(" ".join(f"w{i}x" for i in range(20)))  # one draft: all its tokens kept, past the bound
    full = bundle._cache
    assert len(full.norms) == len(full.written) == len(full.counts) == 20
    bundle._read("again")
    assert bundle._cache is not full and len(full.norms) == 20
    assert list(bundle._cache.written) == ["again"] and bundle._cache.norms == ["again"]
    word = next(iter(bundle._cache.written))
    assert next(iter(bundle._cache.tokens)) is word and bundle._cache.norms[0] is word
    assert list(bundle._cache.hot) == ["again"] and len(full.hot) == 20  # the hot words go with their cache


def test_the_hot_words_are_the_first_read_and_hold_their_slots_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first ``_HOT_SIZE`` written words keep their analysis tuples; later words are read from their slots."""
    monkeypatch.setattr(models, "_CACHE_SIZE", 1_000)
    monkeypatch.setattr(models, "_HOT_SIZE", 3)
    bundle = _bundle("en")
    bundle._cache = _TokenCache()
    _, norms, counts, own = bundle._read("The cat sat on the mat")
    cache = bundle._cache
    assert list(cache.hot) == ["The", "cat", "sat"]
    width = bundle.n_columns
    for k, norm in enumerate(norms):
        slot = cache.tokens[norm]
        assert counts[k] == cache.counts[slot]
        assert own[k] == tuple(cache.sums[slot * width : slot * width + width])
    assert cache.hot["cat"] == (norms[1], counts[1], own[1])
    assert bundle._read("The cat sat on the mat")[1:] == (norms, counts, own)

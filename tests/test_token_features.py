"""A token's own features (``app.text.models.token_features``): the word, then its character n-grams of the padded word,
shortest first and each size left to right — the features the model files were trained on, so their order and count
must never move. Session 53 (C) built them in one list comprehension for speed; hypothesis holds them equal to the
reading size by size that training has always used, on any word and any n-gram range, and the bundle's column sums of
a token equal ``math.fsum`` of its known features' weights column by column."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from app.text.models import FeatureConfig, ModelBundle, load_bundle, model_path, token_features


def _reference(norm: str, config: FeatureConfig) -> list[str]:
    """The features size by size, as written before session 53."""
    feats = ["w" + norm]
    if len(norm) > 1 and norm[0].isalnum():
        padded = "<" + norm + ">"
        size = len(padded)
        for n in range(config.char_min, config.char_max + 1):
            if n >= size:
                break
            feats.extend("c" + padded[i : i + n] for i in range(size - n + 1))
    return feats


@given(
    norm=st.text(max_size=24) | st.sampled_from(["a", "ab", "abc", "<url>", "!", "?", "été", "x" * 40]),
    char_min=st.integers(min_value=1, max_value=7),
    span=st.integers(min_value=-2, max_value=5),
)
def test_the_features_are_the_reading_size_by_size(norm: str, char_min: int, span: int) -> None:
    config = FeatureConfig(char_min=char_min, char_max=char_min + span)
    assert token_features(norm, config) == _reference(norm, config)


_BUNDLE: dict[str, ModelBundle] = {}


def _bundle() -> ModelBundle:
    if "en" not in _BUNDLE:
        _BUNDLE["en"] = load_bundle(model_path("en"))
    return _BUNDLE["en"]


@settings(deadline=None)  # the first example reads the model file
@given(words=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzé'", min_size=1, max_size=12), max_size=6))
def test_a_tokens_sums_are_the_column_fsums_of_its_features(words: list[str]) -> None:
    bundle = _bundle()
    for word in words:
        indices = [i for i in bundle.vocab.indices(token_features(word, bundle.config)) if i >= 0]
        expected = tuple(math.fsum(column[i] for i in indices) for column in bundle.weights)
        assert bundle._feature_sums(indices) == expected

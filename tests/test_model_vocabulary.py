"""The compact vocabulary of a model file (``app.text.models.Vocabulary``, W session 48) is the dict it replaced: on
the shipped files every feature maps to the same index, and nothing else is found (hypothesis over arbitrary strings
and over near-misses of real features); repeated features, equal hashes, lone surrogates and empty files. The English
TF-IDF block in the same form gives the margins of the dict it replaced (C, session 49)."""

from __future__ import annotations

import json
import math
import pickle
import subprocess
import sys
from array import array
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.text import models
from app.text.models import TFIDF_PATTERN, ModelFileError, Vocabulary, model_path


@cache
def _file_features(language: str) -> tuple[str, ...]:
    """The features of the shipped file of ``language``, read from the file as a plain list."""
    raw = model_path(language).read_bytes()
    end = raw.find(b"\n", len(models.MAGIC))
    header = json.loads(raw[len(models.MAGIC) : end])
    return tuple(raw[end + 1 : end + 1 + header["vocab_bytes"]].decode("utf-8").split("\n"))


@cache
def _plain(language: str) -> dict[str, int]:
    return {feature: i for i, feature in enumerate(_file_features(language))}


@pytest.mark.parametrize("language", models.LANGUAGES)
def test_every_shipped_feature_maps_to_its_index(language: str) -> None:
    """Every feature of the file (words, character n-grams, bigrams) is found at the index a dict gives, one by one
    and in one batch; iterating gives the file's features; a bigram's weights are its row."""
    features, plain = _file_features(language), _plain(language)
    vocab = models.load_bundle(model_path(language)).vocab
    assert len(vocab) == len(plain) == len(features)
    assert all(vocab.index(f) == i for f, i in plain.items())
    assert vocab.indices(features) == [plain[f] for f in features]
    assert list(vocab) == list(plain) and dict(vocab) == plain
    bundle = models.load_bundle(model_path(language))
    bigrams = [f for f in features if f.startswith("b")]
    assert bigrams
    for feature in bigrams[:: max(1, len(bigrams) // 500)]:
        left, right = feature[1:].split(" ", 1)
        assert bundle.pair_sums(left, right) == bundle._row(plain[feature])
    assert bundle.pair_sums("no", "such pair") == (0.0,) * len(bundle.weights)


_NEAR = st.sampled_from(("", "x", "e", " ", "é", "\u0301", "ß", "\U0001f600", "\n", "\ud800"))


@pytest.mark.parametrize("language", models.LANGUAGES)
@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=12), kind=st.sampled_from(("", "w", "c", "b", "c<", "b@user ")))
def test_arbitrary_strings_are_found_as_a_dict_finds_them(language: str, text: str, kind: str) -> None:
    plain = _plain(language)
    vocab = models.load_bundle(model_path(language)).vocab
    feature = kind + text
    assert vocab.index(feature) == plain.get(feature, -1)
    assert vocab.indices([feature, text]) == [plain.get(feature, -1), plain.get(text, -1)]
    assert (feature in vocab) is (feature in plain)


@pytest.mark.parametrize("language", models.LANGUAGES)
@settings(max_examples=300, deadline=None)
@given(data=st.data(), before=_NEAR, after=_NEAR, cut=st.integers(0, 3))
def test_near_misses_of_real_features_are_found_as_a_dict_finds_them(
    language: str, data: st.DataObject, before: str, after: str, cut: int
) -> None:
    """A real feature, cut short or with a character around it (an accent, a case, a space, an emoji)."""
    features, plain = _file_features(language), _plain(language)
    vocab = models.load_bundle(model_path(language)).vocab
    feature = data.draw(st.sampled_from(features))
    for probe in (feature, feature[: len(feature) - cut], before + feature + after, feature.upper(), feature[1:]):
        assert vocab.index(probe) == plain.get(probe, -1), ascii(probe)


def test_a_repeated_feature_maps_to_its_last_index_as_in_a_dict() -> None:
    features = ["wa", "cab", "wa", "", "bé x", "", "wa", "w\U0001f600"]
    vocab = Vocabulary("\n".join(features).encode("utf-8"), len(features))
    plain = {f: i for i, f in enumerate(features)}
    assert {f: vocab.index(f) for f in features} == plain
    assert vocab.repeats == 3 and len(vocab) == len(features)
    assert sorted(vocab) == sorted(plain) and dict(vocab) == plain
    assert vocab.index("w") == vocab.index("wab") == vocab.index("w\ud800") == -1
    with pytest.raises(KeyError):
        vocab["w"]


def test_an_equal_hash_is_no_match_the_bytes_decide() -> None:
    """A string with the hash of a stored feature but other characters is not that feature."""

    class SameHash(str):
        def __hash__(self) -> int:
            return hash("wcat")

    vocab = Vocabulary(b"wcat\nwdog", 2)
    assert vocab.index(SameHash("wcat")) == 0
    assert vocab.index(SameHash("wcow")) == -1
    assert vocab.indices([SameHash("wcow"), SameHash("wcat"), "wdog"]) == [-1, 0, 1]


def test_an_empty_vocabulary_and_a_wrong_count() -> None:
    empty = Vocabulary(b"", 0)
    assert len(empty) == 0 and list(empty) == [] and empty.index("") == -1 and empty.indices(["wa"]) == [-1]
    with pytest.raises(ValueError, match="vocabulary size"):
        Vocabulary(b"wa\nwb", 3)


def test_an_empty_or_unreadable_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "en.sfm"
    path.write_bytes(b"")
    with pytest.raises(ModelFileError, match="bad magic"):
        models.ModelBundle.read(path)
    with pytest.raises(ModelFileError, match="cannot read"):
        models.ModelBundle.read(tmp_path / "missing.sfm")


def test_a_pickled_vocabulary_is_built_again_where_it_is_read() -> None:
    """``hash()`` of a string differs between processes (PYTHONHASHSEED): the table is built again on unpickling."""
    features = ["wa", "cab", "bé x", "w\U0001f600"]
    vocab = Vocabulary("\n".join(features).encode("utf-8"), len(features))
    assert pickle.loads(pickle.dumps(vocab)) == vocab
    code = (
        "import pickle, sys; v = pickle.loads(sys.stdin.buffer.read()); "
        "print([v.index(f) for f in ['wa', 'cab', 'bé x', 'w\U0001f600', 'wb']])"
    )
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", code],
            input=pickle.dumps(vocab),
            capture_output=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PYTHONPATH": ":".join(sys.path)},
        )
        assert done.stdout.decode().strip() == "[0, 1, 2, 3, -1]"


@cache
def _tfidf_dict() -> tuple[dict[str, tuple[float, float]], float]:
    """The English TF-IDF block as the dict it was before session 49 (C): word -> (idf, idf × coefficient), read from
    the file as plain lists."""
    raw = model_path("en").read_bytes()
    end = raw.find(b"\n", len(models.MAGIC))
    header = json.loads(raw[len(models.MAGIC) : end])
    block = header["tfidf"]
    start = end + 1 + header["vocab_bytes"] + 4 * header["n_features"] * header["n_columns"]
    n, size = block["n"], block["vocab_bytes"]
    words = raw[start : start + size].decode("utf-8").split("\n")
    values = array("f")
    values.frombytes(raw[start + size :])
    assert len(words) == n and len(values) == 2 * n
    return {w: (i, i * c) for w, i, c in zip(words, values[:n], values[n:], strict=True)}, block["intercept"]


def _dict_margin(words: list[str]) -> float:
    """scikit-learn's decision function over the dict (the computation the compact block replaced)."""
    terms, intercept = _tfidf_dict()
    counts: dict[str, int] = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    if not counts:
        return intercept
    dot = square = 0.0
    for w, c in counts.items():
        idf, weighted = terms[w]
        dot += c * weighted
        square += (c * idf) ** 2
    return intercept + dot / math.sqrt(square)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), made_up=st.lists(st.text(alphabet="abcdeéxyz", min_size=2, max_size=6), max_size=4))
def test_the_tfidf_block_is_the_dict_it_replaced(data: st.DataObject, made_up: list[str]) -> None:
    """(C, session 49) The English TF-IDF block, compact (``Vocabulary`` and arrays of doubles), knows the words of
    the file's dict and gives its margins bit for bit: a text of real and made-up words, whole and a word left out."""
    terms, _ = _tfidf_dict()
    block = models.load_bundle(model_path("en")).tfidf
    assert block is not None and set(block.terms) == set(terms)
    real = data.draw(st.lists(st.sampled_from(sorted(terms)), max_size=12))
    words = real + made_up
    text = " ".join(data.draw(st.permutations(words))) if words else ""
    known = [w for w in TFIDF_PATTERN.findall(text.lower()) if w in terms]
    assert repr(block.text_margin(text)) == repr(_dict_margin(known))
    assert [w for _, _, w in block.words(text)] == known
    assert repr(block.margin(known)) == repr(_dict_margin(known))
    if known:
        assert repr(block.margin(known[1:])) == repr(_dict_margin(known[1:]))
    assert all((w in block.terms) is (w in terms) for w in made_up)

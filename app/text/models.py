"""Learned text classifiers (offensive, hate, sentiment, irony; English and French): the one inference interface.

Owns the featuriser shared by training (``training/``) and inference, the model file format
(``models/<language>.sfm``, shipped in the wheel as ``app/_models``), lazy thread-safe loading, and
occlusion *drivers* (the words whose removal lowers a probability most). Kinds call only this::

    from app.text.models import classifier

    model = classifier("hate", "fr")        # None when no model exists for that task and language
    if model is not None:
        p = model.probability(text)        # P(hate) in [0, 1]; for "sentiment" it is P(negative)
        spans = model.drivers(text)        # [(offset, length, weight), …] code points of ``text``, strongest first
        model.probabilities(text)          # every label: {"negative": …, "neutral": …, "positive": …}
        model.probabilities(text, masked=((0, 7),))  # the words inside these spans as neutral evidence

Tasks: ``offensive`` (target label ``offensive``), ``hate`` (``hate``), ``sentiment`` (``negative``;
labels negative/neutral/positive), ``irony`` (``irony``, English only), ``group_hate`` (``hate``: hate against a
group, fitted on the team's functional cases with the group words masked; read with ``masked=`` the same group spans,
docs/MODELS.md). ``language`` is a base code
(``en``, ``fr``; ``fr-CA`` is read as ``fr``). ``classifier`` is cached: the file of a language is read
once per process, under a lock. ``check_models()`` reads every shipped file and raises ``ModelFileError``
(one line naming the file) when one is missing or corrupt; the engine calls it when it builds a rule
that uses a model, so a broken install fails at start, never with a wrong verdict.

The model is a linear classifier (logistic regression, fitted by ``training/train.py``) over sparse
binary features: word unigrams, word bigrams and character 3–5-grams inside each word, on a folded
copy of each token (NFKC, case, accents, letter runs squeezed); @mentions and URLs become one
placeholder token each. Scores are ``bias + Σ weights / √(number of features)``: removing a word
removes exactly its own features and the bigrams it is part of, so occlusion is exact and cheap.
Hand-written (a few lines of stdlib: ``array``, ``struct``, ``hashlib``) so that inference needs no
numpy or scikit-learn at run time; training uses scikit-learn. In memory (W, session 48) a bundle keeps the file's
float32 weights as one ``array`` and its vocabulary as the file's UTF-8 bytes with an index by hash, open addressing
over ``array`` (``Vocabulary``), checked byte for byte: a dict of Python strings cost about six times the file. The
standard library offers no compact string map and numpy is no run-time dependency, hence the hand-written table.

File format (little-endian): ``b"SFM1\\n"``, one JSON header line (language, featuriser config,
tasks with labels, column offsets and biases, ``n_features``, the language's most common words, which
are never drivers, and the ``sha256`` of the payload), then the
payload: the vocabulary (UTF-8, one feature a line, ``vocab_bytes`` long) followed by the weights
(float32, one block of ``n_features`` per column).

``masked`` (every call above takes it): the words inside these code-point spans are read as words the model
never saw, of the same length — no weight of their own nor of the bigrams they are part of, but their share of
the √n normalisation — and are never drivers. The tone turn masks the names of identity groups with it, whose
weights the training tweets biased (``app.kinds.tone``; docs/MODELS.md, *Known biases*).

Optional second feature block (English offensive): a ported TF-IDF linear model, ``tfidf`` in the
header (``n``, ``vocab_bytes``, ``intercept``, ``source``), its words, idf and coefficients (float32)
after the weights. It is alt-profanity-check's word TF-IDF + linear SVM (``training/profanity.py``
exports it): words of ``(?u)\\b\\w\\w+\\b`` on the lower-cased text, raw counts × idf, l2-normalised,
dotted with the coefficients — the same margin as scikit-learn's ``decision_function``. A task whose
spec carries ``stack`` (``{"base": a, "tfidf": b, "bias": c}``) reads
``P = sigmoid(c + a·own logit + b·TF-IDF margin)``; occlusion drops a word from both blocks.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import mmap
import os
import re
import struct
import sys
import threading
import unicodedata
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple

import regex

MAGIC = b"SFM1\n"
FORMAT_VERSION = 1
LANGUAGES = ("en", "fr")
TASK_TARGETS = {
    "offensive": "offensive",
    "hate": "hate",
    "sentiment": "negative",
    "irony": "irony",
    "group_hate": "hate",
}
URL_TOKEN = "<url>"
MENTION_TOKEN = "@user"

# One alternation, tried left to right: URLs, mentions, words (letters, marks, digits), single emoji, ! and ?.
_TOKEN = regex.compile(
    r"(?P<url>(?:https?://|www\.)\S+)"
    r"|(?P<mention>@\w+)"
    r"|(?P<word>[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)"
    r"|(?P<emoji>\p{Extended_Pictographic})"
    r"|(?P<punct>[!?])",
    regex.V1,
)
# (S, session 25) ``_TOKEN`` on an ASCII text (most drafts), in the standard library's engine (faster here): the
# regex module's ``\s`` in ASCII is [\t\n\v\f\r ] (never \x1c-\x1f, which ``re`` counts as spaces), its ``\w``
# [A-Za-z0-9_], ``\p{L}`` and ``\p{N}`` [A-Za-z0-9]; no mark or emoji is ASCII. ``tests/test_models.py`` checks
# both give the same tokens.
_TOKEN_ASCII = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\t\n\x0b\x0c\r ]+)"
    r"|(?P<mention>@[A-Za-z0-9_]+)"
    r"|(?P<word>[A-Za-z0-9]+)"
    r"|(?P<punct>[!?])"
)
_RUN = regex.compile(r"(.)\1{2,}")
# scikit-learn's default token_pattern (stdlib re, as scikit-learn uses), applied to str.lower() of the text.
TFIDF_PATTERN = re.compile(r"(?u)\b\w\w+\b")


class ModelFileError(ValueError):
    """A model file that is missing, truncated or corrupt: the message names the file, on one line."""


class Token(NamedTuple):
    """One token of the text: code-point span, folded form, and whether occlusion may remove it."""

    start: int
    end: int
    norm: str
    word: bool


@dataclass(frozen=True, slots=True)
class FeatureConfig:
    """What the featuriser extracts; stored in each model file so training and inference agree."""

    char_min: int = 3
    char_max: int = 5
    bigrams: bool = True

    def to_dict(self) -> dict[str, Any]:
        """The config as stored in a model header."""
        return {"char_min": self.char_min, "char_max": self.char_max, "bigrams": self.bigrams}


_FOLDED: dict[str, str] = {}
# (C, session 50) At most this many folds kept, then emptied: 21,845 entries is the most a dict of 32,768 places holds
# (two thirds of it), where 100,000 took a table of 262,144 (about 3.8 MiB with its own strings more; a fold made
# again costs about 2 us, a token's sums about 30).
_FOLD_SIZE = 21_845


def fold_token(token: str) -> str:
    """The folded form of one token: NFKC, case-folded, accents stripped, runs of 3+ letters made 2."""
    folded = _FOLDED.get(token)
    if folded is None:
        folded = _fold_token(token)
        if folded == token:
            folded = token  # one string for both (C, session 49: most words are written folded)
        if len(_FOLDED) >= _FOLD_SIZE:
            _FOLDED.clear()
        _FOLDED[token] = folded
    return folded


def _fold_token(token: str) -> str:
    text = unicodedata.normalize("NFKC", token).casefold()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return str(_RUN.sub(r"\1\1", text))


_new_tuple = tuple.__new__


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with code-point spans; mentions and URLs are placeholders, never occluded."""
    out: list[Token] = []
    append = out.append
    folded = _FOLDED.get
    # Each token built as the tuple it is (``tuple.__new__``), not through the named tuple's ``__new__`` (a Python
    # function): the same tokens, ~15 % less time per draft (S, session 24)
    new = _new_tuple
    for m in (_TOKEN_ASCII if text.isascii() else _TOKEN).finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "word" or kind == "emoji":
            raw = m.group()
            append(new(Token, (start, end, folded(raw) or fold_token(raw), True)))
        elif kind == "url":
            append(new(Token, (start, end, URL_TOKEN, False)))
        elif kind == "mention":
            append(new(Token, (start, end, MENTION_TOKEN, False)))
        else:
            append(new(Token, (start, end, m.group(), False)))
    return out


Spans = tuple[tuple[int, int], ...]
"""Code-point spans ``(start, end)`` of a text, sorted."""


def masked_tokens(tokens: Sequence[Token], masked: Spans) -> frozenset[int]:
    """Indices of the word tokens that lie inside one of the ``masked`` spans."""
    if not masked:
        return frozenset()
    # A token lies inside some span when the spans starting at or before it reach its end: one pass over both.
    spans = sorted(masked)
    found: list[int] = []
    j = 0
    reach = -1  # the furthest end of the spans that start at or before the current token
    for k, token in enumerate(tokens):
        while j < len(spans) and spans[j][0] <= token.start:
            reach = max(reach, spans[j][1])
            j += 1
        if token.word and token.end <= reach:
            found.append(k)
    return frozenset(found)


def inside(start: int, end: int, spans: Spans) -> bool:
    """Whether ``start:end`` lies inside one of ``spans``."""
    return any(s <= start and end <= e for s, e in spans)


def token_features(norm: str, config: FeatureConfig) -> list[str]:
    """The features one token contributes on its own: the word, and its character n-grams (shortest first, each size
    left to right; one list comprehension since session 53, C: a quarter faster than a generator per size)."""
    if len(norm) > 1 and norm[0].isalnum():
        padded = "<" + norm + ">"
        size = len(padded)
        sizes = range(config.char_min, min(config.char_max, size - 1) + 1)  # an n-gram shorter than the padded word
        return ["w" + norm] + ["c" + padded[i : i + n] for n in sizes for i in range(size - n + 1)]
    return ["w" + norm]


def bigram(left: str, right: str) -> str:
    """The feature of two neighbouring tokens."""
    return "b" + left + " " + right


def text_features(text: str, config: FeatureConfig) -> list[str]:
    """Every feature of ``text`` (with repeats); training fits on exactly these."""
    tokens = tokenize(text)
    feats: list[str] = []
    for token in tokens:
        feats.extend(token_features(token.norm, config))
    if config.bigrams:
        feats.extend(bigram(a.norm, b.norm) for a, b in itertools.pairwise(tokens))
    return feats


def masked_features(text: str, config: FeatureConfig, masked: Spans = ()) -> tuple[list[str], int]:
    """The features of ``text`` as a ``masked`` reading sees them (``ModelBundle.analyse``): those of the word tokens
    inside a span and of the bigrams they are part of left out, and the number of features of the whole text (the
    √n normalisation counts them). Training fits a task read with ``masked=`` on exactly these; without spans, the
    features are ``text_features``'."""
    tokens = tokenize(text)
    hidden = masked_tokens(tokens, masked)
    feats: list[str] = []
    n = 0
    for k, token in enumerate(tokens):
        own = token_features(token.norm, config)
        n += len(own)
        if k not in hidden:
            feats.extend(own)
    if config.bigrams:
        for k, (a, b) in enumerate(itertools.pairwise(tokens)):
            n += 1
            if k not in hidden and k + 1 not in hidden:
                feats.append(bigram(a.norm, b.norm))
    return feats, n


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


def _softmax(xs: Sequence[float]) -> list[float]:
    top = max(xs)
    exps = [math.exp(x - top) for x in xs]
    total = sum(exps)
    return [e / total for e in exps]


@dataclass(frozen=True)
class _TaskSpec:
    name: str
    labels: tuple[str, ...]
    target: str
    columns: tuple[int, ...]  # one column (binary: the target's logit) or one per label
    biases: tuple[float, ...]
    stack: tuple[float, float, float] | None = None  # (own logit weight, TF-IDF margin weight, bias)


class TfidfBlock:
    """A ported scikit-learn word TF-IDF (l2) + linear model: its margin for a text, and without some words.

    (C, session 49) Its words kept as W's compact ``Vocabulary`` (the file's UTF-8 and a hash index), each word's idf
    and idf × coefficient in two arrays of doubles at the word's index, where a dict of 15,442 words to tuples of
    Python floats held about 2.7 MiB."""

    def __init__(
        self, words: Sequence[str] | Vocabulary, idf: Sequence[float], coef: Sequence[float], intercept: float
    ) -> None:
        self.intercept = intercept
        self.terms = words if isinstance(words, Vocabulary) else Vocabulary("\n".join(words).encode(), len(words))
        if not len(idf) == len(coef) == len(self.terms):
            raise ValueError("TF-IDF block: one idf and one coefficient per word")
        # Per word: idf and idf × coefficient (a count c adds c·idf·coef to the dot product, (c·idf)² to the norm).
        self.idf = array("d", idf)
        self.weighted = array("d", [i * c for i, c in zip(idf, coef, strict=True)])
        self._texts: dict[str, tuple[tuple[int, int, str, int], ...]] = {}
        self._margins: dict[str, float] = {}

    def known(self, text: str) -> tuple[tuple[int, int, str, int], ...]:
        """The known words of ``text``: (start, end, word, index), code points of ``text`` (the last few are kept)."""
        cached = self._texts.get(text)
        if cached is not None:
            return cached
        # Spans are offsets in text.lower(), which has the text's length except for rare case mappings
        # ("İ"): those shift only the occlusion spans, never the margin.
        matches = list(TFIDF_PATTERN.finditer(text.lower()))
        indices = self.terms.indices([m.group() for m in matches])
        found = tuple((m.start(), m.end(), m.group(), i) for m, i in zip(matches, indices, strict=True) if i >= 0)
        if len(self._texts) >= _TEXT_CACHE_SIZE:
            self._texts.clear()
        self._texts[text] = found
        return found

    def words(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """The known words of ``text``: (start, end, word), code points of ``text``."""
        return tuple((s, e, w) for s, e, w, _ in self.known(text))

    def text_margin(self, text: str) -> float:
        """``margin`` of every known word of ``text`` (the last few texts are kept): the words alone, without the
        spans ``words`` finds for occlusion."""
        cached = self._margins.get(text)
        if cached is None:
            found = self.terms.indices(TFIDF_PATTERN.findall(text.lower()))
            cached = self.margin_of([i for i in found if i >= 0])
            if len(self._margins) >= _TEXT_CACHE_SIZE:
                self._margins.clear()
            self._margins[text] = cached
        return cached

    def margin(self, words: Iterable[str]) -> float:
        """scikit-learn's decision_function for a text with these (known) words."""
        indices = self.terms.indices(words)
        if any(i < 0 for i in indices):
            raise KeyError("a word the TF-IDF block does not know")
        return self.margin_of(indices)

    def margin_of(self, indices: Iterable[int]) -> float:
        """``margin`` of the words at these indices of ``terms``."""
        counts: dict[int, int] = {}
        for i in indices:
            counts[i] = counts.get(i, 0) + 1
        if not counts:
            return self.intercept
        idf_of, weighted = self.idf, self.weighted
        dot = 0.0
        square = 0.0
        for i, c in counts.items():
            dot += c * weighted[i]
            square += (c * idf_of[i]) ** 2
        return self.intercept + dot / math.sqrt(square)


class Vocabulary(Mapping[str, int]):
    """The features of a model file -> their index (feature i is the i-th line of the file's vocabulary), compact.

    (W, session 48) Kept as the file's own bytes, not as Python strings: ``data`` is the vocabulary's UTF-8 (a line
    per feature), ``offsets[i]`` where feature i starts in it, and an open-addressing table (linear probing, at most
    half full) of feature indices by ``hash(feature)``, with each feature's hash (``hashes``). The dicts of Python
    strings this replaces cost about 120 bytes a feature (the session-47 files: 248,319 features, about 30 MiB of the
    models' +53 MiB); this costs about 34 (the UTF-8, 4 for the offset, 8 for the hash, 8 to 16 in the table).
    Written by hand with ``array``: the standard library has no compact string map (``dbm`` is a file, ``shelve``
    pickles) and numpy is no run-time dependency. Exact: an equal hash makes a candidate only, the stored bytes are
    compared with the feature's, so two strings of one hash never mix (``tests/test_model_vocabulary.py`` holds it
    equal to a dict on the shipped files). A feature listed twice maps to its last index, as a dict built in file
    order would. Iterating decodes the features (training and tests)."""

    __slots__ = ("data", "hashes", "mask", "offsets", "repeats", "table")

    def __init__(self, data: bytes, n: int) -> None:
        """``data``: the vocabulary's UTF-8, ``n`` features separated by line breaks (``ValueError`` otherwise)."""
        features = data.decode("utf-8").split("\n") if n else []
        if len(features) != n:
            raise ValueError("vocabulary size does not match its header")
        self.data = data
        # Feature i is data[offsets[i] : offsets[i + 1] - 1] (each line as if it ended with a line break).
        self.offsets = array("I", [0])
        if n:
            self.offsets.extend(itertools.accumulate(len(line) + 1 for line in data.split(b"\n")))
        self.hashes = array("q", map(hash, features))
        del features
        size = 8
        while size < 2 * n:
            size *= 2
        self.mask = mask = size - 1
        self.table = table = array("i", [-1]) * size
        hashes = self.hashes
        self.repeats = 0  # features listed more than once (training writes none)
        for i, h in enumerate(hashes):
            slot = h & mask
            j = table[slot]
            while j >= 0:
                if hashes[j] == h and self._bytes(j) == self._bytes(i):
                    self.repeats += 1
                    break
                slot = (slot + 1) & mask
                j = table[slot]
            table[slot] = i  # a repeated feature: its last index, as in a dict

    def __reduce__(self) -> tuple[type[Vocabulary], tuple[bytes, int]]:
        """Pickled as its bytes: the table is built again where it is read, as ``hash()`` of a string differs from one
        process to the next."""
        return (Vocabulary, (self.data, len(self)))

    def _bytes(self, i: int) -> bytes:
        offsets = self.offsets
        return self.data[offsets[i] : offsets[i + 1] - 1]

    def index(self, feature: str) -> int:
        """The index of ``feature``, -1 when the vocabulary does not hold it (``indices`` of one feature)."""
        return self.indices((feature,))[0]

    def indices(self, features: Iterable[str]) -> list[int]:
        """``index`` of each of ``features`` (-1 for those the vocabulary does not hold), in one call: an analysis
        looks up a draft's neighbour pairs and a new token's n-grams together (the per-call cost was a fifth of the
        models' time per draft)."""
        hashes, table, mask, data, offsets = self.hashes, self.table, self.mask, self.data, self.offsets
        found: list[int] = []
        append = found.append
        for feature in features:
            h = hash(feature)
            slot = h & mask
            i = table[slot]
            while i >= 0:
                if hashes[i] == h:
                    try:
                        if data[offsets[i] : offsets[i + 1] - 1] == feature.encode():
                            break
                    except UnicodeEncodeError:  # a lone surrogate, which no feature read as strict UTF-8 holds
                        pass
                slot = (slot + 1) & mask
                i = table[slot]
            append(i)
        return found

    def __getitem__(self, feature: str) -> int:
        i = self.index(feature) if isinstance(feature, str) else -1
        if i < 0:
            raise KeyError(feature)
        return i

    def __contains__(self, feature: object) -> bool:
        return isinstance(feature, str) and self.index(feature) >= 0

    def __len__(self) -> int:
        return len(self.hashes)

    def __iter__(self) -> Iterator[str]:
        """Every distinct feature, in file order (a repeated one at its last listing)."""
        features = self.data.decode("utf-8").split("\n") if len(self) else []
        if not self.repeats:
            yield from features
            return
        for i, feature in enumerate(features):
            if self.index(feature) == i:
                yield feature

    def nbytes(self) -> int:
        """The bytes this vocabulary holds in its buffers (``bench models`` reports them)."""
        return len(self.data) + sum(a.itemsize * len(a) for a in (self.offsets, self.hashes, self.table))


SATURATED = 3.0  # logit of P 0.95: occlusion drops are measured from at most this logit
# (C, session 50) The per-token caches in two generations (``_TokenCache``): the old one at most ``_CACHE_SIZE`` folded
# forms (the words read again), the young one ``_YOUNG_SIZE`` (the words read once since it was made). Each bound is the
# most a dict of a power-of-two table holds (two thirds of 32,768 and of 16,384 places): one more entry would double it.
# With ``_FOLD_SIZE``, a long run's models and full caches 36.8 MiB (``python -m bench caches``; 50,000 and 100,000
# made 71 MiB).
_CACHE_SIZE = 21_845
_YOUNG_SIZE = 10_922
_HOT_SIZE = 2_048
_TEXT_CACHE_SIZE = 16


class _TokenCache:
    """One generation of a bundle's per-token caches (C, sessions 49–50), compact: each folded token read has a slot —
    its column sums, the ``width`` doubles of ``sums`` from ``slot * width``, its feature count ``counts[slot]``, its
    folded form ``norms[slot]`` —; ``tokens`` maps a folded form to its slot. Only a folded form that is its own fold is
    kept (``fold_token(norm) == norm``, every one met so far), so that a written word found among them is its own fold:
    a written word is looked up as it is, then (written otherwise, "The") by its fold. A token cost about 0.85 KiB as a
    tuple of Python floats in two dicts' tuples (before session 49); a slot costs the doubles, one int, the string and
    one dict entry (docs/MODELS.md). Slots are only ever appended (under the bundle's lock) and a full cache is replaced
    by an empty one, never emptied in place: a reader holding this cache (another thread: the server's audit thread
    shares the bundles) keeps reading valid slots. ``young``: the generation of the words read once (bound
    ``_YOUNG_SIZE``), else the old one (``_CACHE_SIZE``), whose ``hot`` words — the first ``_HOT_SIZE`` written words it
    took, the words read again first: the common words — are kept with their folded form, count and sums as the tuples
    a draft's analysis holds, so that the words read most make no floats again (a few hundred KiB); an old cache that
    replaces a full one starts with its hot words."""

    __slots__ = ("counts", "hot", "norms", "sums", "tokens", "young")

    def __init__(self, young: bool = False, hot: dict[str, tuple[str, int, tuple[float, ...]]] | None = None) -> None:
        self.young = young
        self.hot: dict[str, tuple[str, int, tuple[float, ...]]] = {} if hot is None else hot
        self.tokens: dict[str, int] = {}
        self.sums: array[float] = array("d")
        self.counts: array[int] = array("I")
        self.norms: list[str] = []

    def full(self) -> bool:
        return len(self.norms) >= (_YOUNG_SIZE if self.young else _CACHE_SIZE)


@dataclass(frozen=True, slots=True)
class Analysis:
    """A text as the model sees it: tokens, each token's column sums, each neighbour pair's, feature count."""

    tokens: tuple[Token, ...]
    own: tuple[tuple[float, ...], ...]
    own_counts: tuple[int, ...]
    pairs: tuple[tuple[float, ...], ...]
    n_features: int
    totals: tuple[float, ...]
    masked: frozenset[int] = frozenset()  # indices of the tokens read as neutral (``masked_tokens``)


class ModelBundle:
    """The model file of one language: shared vocabulary, one weight column per task output.

    Scores are sums of weights; the bundle caches, per written token, its folded form and the sum of its own
    features' weights in every column (tokens repeat across drafts; ``_TokenCache``, compact), and the analysis of the
    last few texts (the rules of one review ask several tasks about the same draft). The weights are kept row by row
    (``rows``).
    """

    def __init__(
        self, path: Path, language: str, config: FeatureConfig, tasks: dict[str, _TaskSpec], stopwords: Iterable[str]
    ) -> None:
        self.path = path
        self.language = language
        self.config = config
        self.tasks = tasks
        self.stopwords = frozenset(stopwords)
        # Every feature (words, character n-grams, bigrams) -> its index, kept compact (``Vocabulary``).
        self.vocab = Vocabulary(b"", 0)
        # (U, session 34) The weights row by row: feature i's weight in column c at ``i * n_columns + c``. An analysis
        # reads every column of a feature at once (a token's features, a neighbour pair), and the review reads it
        # cold — after the other rules' work the tables are out of the processor's caches —: one row is one or two
        # cache lines where one weight per column array was one line each (``weights`` gives the columns).
        self.rows: array[float] = array("f")
        self.n_columns = 0
        self._weights: list[array[float]] | None = None
        self._zero: tuple[float, ...] = ()
        self.tfidf: TfidfBlock | None = None
        # (C, sessions 49–50) The per-token caches (``_TokenCache``) in two generations, the old (``_cache``: the words
        # read again) and the young (``_young``: the words read once since it was made), each replaced by an empty one
        # when full; ``_unpack`` reads a slot's sums as a tuple at its offset in bytes (``slot * 8 * n_columns``).
        self._cache = _TokenCache()
        self._young = _TokenCache(young=True)
        self._unpack = struct.Struct("0d").unpack_from
        self._cache_lock = threading.Lock()
        self._texts: dict[str | tuple[str, Spans], Analysis] = {}

    @classmethod
    def read(cls, path: Path) -> ModelBundle:
        """Read and verify a model file; ``ModelFileError`` names the file on any problem."""
        try:
            with path.open("rb") as file, _mapped(file) as raw:
                return cls._parse(path, raw)
        except OSError as exc:
            raise ModelFileError(f"model file {path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None

    @classmethod
    def _parse(cls, path: Path, raw: bytes | mmap.mmap) -> ModelBundle:
        if raw[: len(MAGIC)] != MAGIC:
            raise ModelFileError(f"model file {path}: not a Sevenfold model (bad magic)")
        end = raw.find(b"\n", len(MAGIC))
        if end < 0:
            raise ModelFileError(f"model file {path}: truncated header")
        try:
            header = json.loads(raw[len(MAGIC) : end].decode("utf-8"))
            payload = memoryview(raw)[end + 1 :]
            if hashlib.sha256(payload).hexdigest() != header["sha256"]:
                raise ModelFileError(f"model file {path}: checksum mismatch (corrupt or truncated)")
            if header["version"] != FORMAT_VERSION:
                raise ModelFileError(f"model file {path}: format version {header['version']} is not supported")
            n = int(header["n_features"])
            vocab_bytes = int(header["vocab_bytes"])
            n_columns = int(header["n_columns"])
            block = header.get("tfidf")
            extra = int(block["vocab_bytes"]) + 8 * int(block["n"]) if block is not None else 0
            if len(payload) != vocab_bytes + 4 * n * n_columns + extra:
                raise ModelFileError(f"model file {path}: payload size does not match its header")
            try:
                vocab = Vocabulary(bytes(payload[:vocab_bytes]), n)
            except UnicodeDecodeError:
                raise
            except ValueError as exc:
                raise ModelFileError(f"model file {path}: {exc}") from None
            config = FeatureConfig(**header["config"])
            tasks = {
                name: _TaskSpec(
                    name=name,
                    labels=tuple(spec["labels"]),
                    target=str(spec["target"]),
                    columns=tuple(int(c) for c in spec["columns"]),
                    biases=tuple(float(b) for b in spec["biases"]),
                    stack=_stack(spec.get("stack")),
                )
                for name, spec in header["tasks"].items()
            }
            bundle = cls(path, str(header["language"]), config, tasks, header.get("stopwords", []))
            bundle.vocab = vocab
            end_weights = vocab_bytes + 4 * n * n_columns
            bundle.rows, bundle.n_columns = _rows(payload[vocab_bytes:end_weights], n, n_columns), n_columns
            if block is not None:
                bundle.tfidf = _read_tfidf(block, payload[end_weights:])
            bundle._zero = (0.0,) * n_columns
            bundle._unpack = struct.Struct(f"{n_columns}d").unpack_from
            for spec in tasks.values():
                if any(not 0 <= c < n_columns for c in spec.columns) or spec.target not in spec.labels:
                    raise ModelFileError(f"model file {path}: task {spec.name!r} is inconsistent")
                if spec.stack is not None and (bundle.tfidf is None or len(spec.columns) != 1):
                    raise ModelFileError(f"model file {path}: task {spec.name!r} stacks a missing TF-IDF block")
        except ModelFileError:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise ModelFileError(f"model file {path}: corrupt header or payload ({exc.__class__.__name__})") from None
        return bundle

    @property
    def weights(self) -> list[array[float]]:
        """The weights column by column (one array of ``n_features`` per column), built from ``rows`` when first asked
        (training and tests read them; the review reads ``rows``)."""
        if self._weights is None:
            width = self.n_columns
            self._weights = [self.rows[c::width] for c in range(width)] if width else []
        return self._weights

    def _row(self, i: int) -> tuple[float, ...]:
        """Feature ``i``'s weight in every column."""
        width = self.n_columns
        return tuple(self.rows[i * width : (i + 1) * width])

    def _feature_sums(self, indices: Sequence[int]) -> tuple[float, ...]:
        """``math.fsum`` of the rows of ``indices``, column by column (exactly rounded: the order does not matter).

        (C, session 53) Each row sliced whole and the slices turned into columns by ``zip``, where a column was built
        weight by weight in Python: a token read for the first time (a rare word, met once in a while) made its sums
        about a third faster, the same floats."""
        if not indices:
            return self._zero
        rows = self.rows
        width = self.n_columns
        return tuple(map(math.fsum, zip(*[rows[i * width : i * width + width] for i in indices], strict=True)))

    def token_sums(self, norm: str) -> tuple[int, tuple[float, ...]]:
        """How many features a token has, and the sum of its known features' weights in every column."""
        cache = self._cache
        slot = cache.tokens.get(norm)
        if slot is None:
            if _fold_token(norm) != norm:  # never kept (``_TokenCache``)
                return self._computed(norm)
            cache = self._young_cache()
            slot = self._slot(cache, norm)
        return cache.counts[slot], self._unpack(cache.sums, slot * 8 * self.n_columns)

    def _fresh_cache(self) -> _TokenCache:
        """The old generation of the per-token caches, an empty one (with the full one's hot words) in place of a full
        one."""
        cache = self._cache
        if cache.full():
            cache = self._cache = _TokenCache(hot=cache.hot)
        return cache

    def _young_cache(self) -> _TokenCache:
        """The young generation of the per-token caches, an empty one in place of a full one."""
        cache = self._young
        if cache.full():
            cache = self._young = _TokenCache(young=True)
        return cache

    def _computed(self, norm: str) -> tuple[int, tuple[float, ...]]:
        """A token's feature count and column sums, computed (``math.fsum`` of its known features' rows)."""
        feats = token_features(norm, self.config)
        indices = [i for i in self.vocab.indices(feats) if i >= 0]
        return len(feats), self._feature_sums(indices) if indices else self._zero

    def _slot(self, cache: _TokenCache, norm: str) -> int:
        """The slot of the folded token ``norm`` in ``cache``, its sums computed and kept when it has none."""
        slot = cache.tokens.get(norm)
        if slot is not None:
            return slot
        return self._append(cache, norm, *self._computed(norm))

    def _append(self, cache: _TokenCache, norm: str, count: int, sums: Sequence[float]) -> int:
        """The slot of ``norm`` in ``cache``, a new one holding ``count`` and ``sums`` when it has none."""
        with self._cache_lock:  # a slot's three parts appended together (two threads may add tokens at once)
            slot = cache.tokens.get(norm)
            if slot is None:
                slot = len(cache.norms)
                cache.sums.extend(sums)
                cache.counts.append(count)
                cache.norms.append(norm)
                cache.tokens[norm] = slot
        return slot

    def _unseen(self, raw: str, word: bool) -> tuple[str, int, tuple[float, ...]]:
        """The (folded form, count, sums) of a written token the old generation does not hold as written (``_read``):
        by its fold from the old generation, else from the young one, which keeps it when it was not read since the
        young one was made; a token read again there is promoted to the old generation (and to the hot words, written
        as it is, while they are fewer than ``_HOT_SIZE``)."""
        stride = 8 * self.n_columns
        norm = fold_token(raw) if word else raw
        if norm != raw:
            old = self._cache
            slot = old.tokens.get(norm)
            if slot is not None:  # another written form of a word read again ("The")
                entry = (old.norms[slot], old.counts[slot], self._unpack(old.sums, slot * stride))
                if len(old.hot) < _HOT_SIZE:
                    old.hot[raw] = entry
                return entry
            if _fold_token(norm) != norm:  # never kept (``_TokenCache``): computed each time
                return (norm, *self._computed(norm))
        young = self._young
        slot = young.tokens.get(norm)
        if slot is None:
            young = self._young_cache()
            slot = self._slot(young, norm)
            return (young.norms[slot], young.counts[slot], self._unpack(young.sums, slot * stride))
        # read again since the young generation was made: the old one keeps it
        entry = (young.norms[slot], young.counts[slot], self._unpack(young.sums, slot * stride))
        old = self._fresh_cache()
        self._append(old, entry[0], entry[1], entry[2])
        if len(old.hot) < _HOT_SIZE:
            old.hot[entry[0] if norm == raw else raw] = entry
        return entry

    def pair_sums(self, left: str, right: str) -> tuple[float, ...]:
        """The weights of the bigram ``left right`` in every column (zeros when unknown)."""
        i = self.vocab.index(bigram(left, right))
        if i < 0:
            return self._zero
        return self._row(i)

    def pairs_sums(self, pairs: Sequence[tuple[str, str]]) -> list[tuple[float, ...]]:
        """``pair_sums`` of each of ``pairs`` (left, right), looked up in one call."""
        rows = self.rows
        width = self.n_columns
        zero = self._zero
        indices = self.vocab.indices([bigram(left, right) for left, right in pairs])
        return [zero if i < 0 else tuple(rows[i * width : i * width + width]) for i in indices]

    def bridges(
        self, tokens: Sequence[Token], removed: Iterable[int], hidden: frozenset[int]
    ) -> dict[int, tuple[float, ...]]:
        """For each token index in ``removed``: ``pair_sums`` of the bigram its two neighbours make without it (when
        it has two and neither is ``hidden``), every pair looked up in one call (occlusion, ``Classifier.drivers``)."""
        last = len(tokens) - 1
        met = [k for k in removed if 0 < k < last and k - 1 not in hidden and k + 1 not in hidden]
        sums = self.pairs_sums([(tokens[k - 1].norm, tokens[k + 1].norm) for k in met])
        return dict(zip(met, sums, strict=True))

    def analyse(self, text: str, masked: Spans = ()) -> Analysis:
        """The analysis of ``text`` (the last few are kept); the tokens inside a ``masked`` span are neutral.

        A masked token is read as a word the model never saw, of the same length: it keeps its share of the
        length normalisation (its feature count) but none of its weights, nor those of the bigrams it is part
        of, so it is neutral evidence (identity-term masking, see ``Classifier.probabilities``). The masked
        analysis is derived from the plain one (same tokens and sums, the masked ones zeroed).
        """
        if masked:
            return self._masked(text, masked)
        cached = self._texts.get(text)
        if cached is not None:
            return cached
        tokens, norms, counts, own = self._read(text)
        n = sum(counts)
        pairs: list[tuple[float, ...]] = []
        if self.config.bigrams and len(norms) > 1:
            rows = self.rows
            width = self.n_columns
            zero = self._zero
            for i in self.vocab.indices(["b" + left + " " + right for left, right in itertools.pairwise(norms)]):
                pairs.append(zero if i < 0 else tuple(rows[i * width : i * width + width]))
            n += len(norms) - 1
        totals = tuple(map(sum, zip(*own, *pairs, strict=True))) if tokens else self._zero
        analysis = Analysis(tokens, own, counts, tuple(pairs), n, totals)
        self._keep(text, analysis)
        return analysis

    def _read(self, text: str) -> tuple[tuple[Token, ...], list[str], tuple[int, ...], tuple[tuple[float, ...], ...]]:
        """``tokenize(text)``, the tokens' folded forms, and each token's ``token_sums`` (feature count, column sums).

        (U, session 34) One look-up per token for most: the written word -> (folded form, feature count, column sums),
        where ``tokenize``'s fold and ``token_sums`` were two (the review reads them cold: each look-up of a large table
        is a trip to memory); since session 50 (C) the hot words by their written form, the others by their folded form
        (``_TokenCache``: a word written otherwise is folded first, its fold kept by ``fold_token``). A placeholder or a
        mark is kept under its folded form, which no written word can be (a word holds no "<", "@", "!" nor "?")."""
        cache = self._fresh_cache()  # held for the whole draft: its slots stay valid while the draft is read
        known, warm = cache.tokens.get, cache.hot.get  # a written word found among the folded forms is its own fold
        tokens: list[Token] = []
        entries: list[tuple[str, int, tuple[float, ...]]] = []
        append, keep = tokens.append, entries.append
        new = _new_tuple
        norms_of, counts, sums = cache.norms, cache.counts, cache.sums
        unpack, unseen = self._unpack, self._unseen
        stride = 8 * self.n_columns  # bytes a slot's sums take in ``cache.sums``
        for m in (_TOKEN_ASCII if text.isascii() else _TOKEN).finditer(text):
            kind = m.lastgroup
            start, end = m.span()
            word = kind == "word" or kind == "emoji"
            raw = (
                m.group() if word else URL_TOKEN if kind == "url" else MENTION_TOKEN if kind == "mention" else m.group()
            )
            entry = warm(raw)
            if entry is None:
                slot = known(raw)
                if slot is None:
                    entry = unseen(raw, word)
                else:
                    entry = (norms_of[slot], counts[slot], unpack(sums, slot * stride))
            append(new(Token, (start, end, entry[0], word)))
            keep(entry)
        if not entries:
            return (), [], (), ()
        norms, token_counts, own = zip(*entries, strict=True)
        return tuple(tokens), list(norms), token_counts, own

    def _masked(self, text: str, masked: Spans) -> Analysis:
        key = (text, masked)
        cached = self._texts.get(key)
        if cached is not None:
            return cached
        plain = self.analyse(text)
        hidden = masked_tokens(plain.tokens, masked)
        if not hidden:
            return plain
        zero = self._zero
        own = tuple(zero if k in hidden else sums for k, sums in enumerate(plain.own))
        # pairs[k] is the bigram of tokens k and k + 1: gone when either token is masked
        cut = {j for k in hidden for j in (k - 1, k) if 0 <= j < len(plain.pairs)}
        pairs = tuple(zero if k in cut else sums for k, sums in enumerate(plain.pairs))
        removed = [plain.own[k] for k in hidden] + [plain.pairs[j] for j in cut]
        totals = tuple(t - sum(r[c] for r in removed) for c, t in enumerate(plain.totals))
        analysis = Analysis(plain.tokens, own, plain.own_counts, pairs, plain.n_features, totals, hidden)
        self._keep(key, analysis)
        return analysis

    def _keep(self, key: str | tuple[str, Spans], analysis: Analysis) -> None:
        if len(self._texts) >= _TEXT_CACHE_SIZE:
            self._texts.clear()
        self._texts[key] = analysis


@contextmanager
def _mapped(file: BinaryIO) -> Iterator[bytes | mmap.mmap]:
    """The bytes of an open model file, mapped rather than read (W, session 48): a read copy of the whole file was the
    largest transient allocation of a load, and the C allocator kept its freed pages in the process (about 7 MiB of
    the models' resident growth, measured); an empty file is ``b""`` (a map cannot be empty)."""
    if os.fstat(file.fileno()).st_size == 0:
        yield b""
        return
    mapped = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    try:
        yield mapped
    finally:
        # a view still held (an error's traceback): the map goes with it
        with suppress(BufferError):
            mapped.close()


def _rows(raw: memoryview, n: int, width: int) -> array[float]:
    """The weights of the file (``width`` blocks of ``n`` float32, column after column) row by row: feature i's weight
    in column c at ``i * width + c``. Read one column at a time (W, session 48: the whole block as one more array, and
    a copy of its bytes before that, were two transient copies of the largest part of the file)."""
    rows = array("f", [0.0]) * (n * width)
    for c in range(width):
        rows[c::width] = _floats(raw[4 * c * n : 4 * (c + 1) * n])
    return rows


def _floats(raw: memoryview) -> array[float]:
    flat = array("f")
    flat.frombytes(raw)
    if sys.byteorder != "little":  # pragma: no cover - the file is little-endian
        flat.byteswap()
    return flat


def _stack(value: Any) -> tuple[float, float, float] | None:
    if value is None:
        return None
    return (float(value["base"]), float(value["tfidf"]), float(value["bias"]))


def _read_tfidf(block: dict[str, Any], raw: memoryview) -> TfidfBlock:
    n = int(block["n"])
    size = int(block["vocab_bytes"])
    words = Vocabulary(bytes(raw[:size]), n)  # ValueError (a count that does not match), UnicodeDecodeError
    values = _floats(raw[size:])
    return TfidfBlock(words, values[:n], values[n:], float(block["intercept"]))


def _sigmoid_or_softmax(logits: Sequence[float], target: int) -> float:
    if len(logits) == 1:
        return _sigmoid(logits[0])
    return _softmax(logits)[target]


class Classifier:
    """One task of one language: probabilities and the words that drive them."""

    def __init__(self, bundle: ModelBundle, task: str) -> None:
        self.bundle = bundle
        self.spec = bundle.tasks[task]
        self.task = task
        self.language = bundle.language
        self.labels = self.spec.labels
        self.target = self.spec.target
        self._columns = self.spec.columns
        self._target_index = 0 if len(self._columns) == 1 else self.labels.index(self.target)
        self._stack = self.spec.stack
        self._tfidf = bundle.tfidf if self._stack is not None else None

    def _logits(self, totals: Sequence[float], n: int) -> list[float]:
        scale = 1.0 / math.sqrt(n) if n else 0.0
        return [b + scale * totals[c] for b, c in zip(self.spec.biases, self._columns, strict=True)]

    def _stacked(self, logits: list[float], margin: float) -> list[float]:
        """The stacked logit of a binary task (own logit and TF-IDF margin), or the own logits."""
        if self._stack is None:
            return logits
        base, weight, bias = self._stack
        return [bias + base * logits[0] + weight * margin]

    def _margin(self, text: str, masked: Spans = ()) -> float:
        block = self._tfidf
        if block is None:
            return 0.0
        if not masked:
            return block.text_margin(text)
        return block.margin_of(i for s, e, _, i in block.known(text) if not inside(s, e, masked))

    def probabilities(self, text: str, masked: Spans = ()) -> dict[str, float]:
        """The probability of each label (binary tasks: the target and its complement).

        The words inside a ``masked`` span (sorted code-point spans of ``text``) are neutral evidence: read as
        words the model never saw. Callers mask words whose weights the training data biased, such as the
        names of identity groups (``app.kinds.tone``).
        """
        a = self.bundle.analyse(text, masked)
        logits = self._stacked(self._logits(a.totals, a.n_features), self._margin(text, masked))
        if len(logits) == 1:
            p = _sigmoid(logits[0])
            other = next(label for label in self.labels if label != self.target)
            return {self.target: p, other: 1.0 - p}
        return dict(zip(self.labels, _softmax(logits), strict=True))

    def probability(self, text: str, *, stacked: bool = True, masked: Spans = ()) -> float:
        """P(target label) for ``text``: offensive, hate, irony, or negative for sentiment.

        ``stacked=False`` gives the task's own model alone (for English offensive: without the TF-IDF
        block, which mostly knows swear words), for callers that already know a listed word is there.
        ``masked``: as for ``probabilities``.
        """
        a = self.bundle.analyse(text, masked)
        logits = self._logits(a.totals, a.n_features)
        if stacked:
            logits = self._stacked(logits, self._margin(text, masked))
        return _sigmoid_or_softmax(logits, self._target_index)

    def margin(self, text: str) -> float | None:
        """The TF-IDF block's margin for ``text`` (scikit-learn's decision_function), None without one."""
        return self._margin(text) if self._tfidf is not None else None

    def drivers(
        self, text: str, limit: int = 3, min_drop: float = 0.02, masked: Spans = ()
    ) -> list[tuple[int, int, float]]:
        """Words (and emoji) whose removal lowers P(target) most: ``(offset, length, drop)``, largest drop first.

        Occlusion over the draft's words: each word is removed in turn (its features, and the bigrams it
        belongs to replaced by the bigram of its two neighbours) and the probability recomputed. Only
        words whose removal lowers the probability by at least ``min_drop`` are kept, at most ``limit``.
        Mentions, URLs, punctuation and the language's most common function words are never drivers.
        Spans are code points of ``text``. A stacked task also drops the word from its TF-IDF block.
        Above P 0.95 (a binary logit over ``SATURATED``) drops are measured as if the draft read at 0.95.
        The words inside a ``masked`` span are neutral (as for ``probabilities``) and never drivers.
        """
        a = self.bundle.analyse(text, masked)
        tokens = a.tokens
        if not tokens:
            return []
        block = self._tfidf
        known = tuple(w for w in block.known(text) if not inside(w[0], w[1], masked)) if block is not None else ()
        margin = self._margin(text, masked)
        hidden = a.masked
        logits = self._stacked(self._logits(a.totals, a.n_features), margin)
        # A binary draft read as surely positive (logit above SATURATED) is judged as if it sat at that
        # logit, so that a word's share still shows: at P 0.9997 no single word moves P by min_drop.
        shift = max(0.0, logits[0] - SATURATED) if len(logits) == 1 else 0.0
        base = _sigmoid_or_softmax([x - shift for x in logits], self._target_index)
        last = len(tokens) - 1
        stopwords = self.bundle.stopwords
        kept = [k for k, token in enumerate(tokens) if token.word and token.norm not in stopwords and k not in hidden]
        bridges = self.bundle.bridges(tokens, kept, hidden) if a.pairs else {}
        found: list[tuple[int, int, float]] = []
        for k in kept:
            token = tokens[k]
            # Without token k: its own features go, and so do the bigrams it is part of; its neighbours meet.
            removed = [a.own[k]]
            added: list[tuple[float, ...]] = []
            n = a.n_features - a.own_counts[k]
            if a.pairs:
                n -= 1
                if k > 0:
                    removed.append(a.pairs[k - 1])
                if k < last:
                    removed.append(a.pairs[k])
                if k in bridges:
                    added.append(bridges[k])
            totals = list(a.totals)
            for c in self._columns:  # only this task's columns change its probability
                totals[c] += sum(x[c] for x in added) - sum(r[c] for r in removed)
            without = margin
            if block is not None and known:
                held = [i for i, (s, e, _, _) in enumerate(known) if s >= token.start and e <= token.end]
                if held:
                    without = block.margin_of(w for i, (_, _, _, w) in enumerate(known) if i not in held)
            logits = self._stacked(self._logits(totals, n), without)
            drop = base - _sigmoid_or_softmax([x - shift for x in logits], self._target_index)
            if drop >= min_drop:
                found.append((token.start, token.end - token.start, round(drop, 4)))
        found.sort(key=lambda d: (-d[2], d[0]))
        return found[:limit]


_APP_DIR = Path(__file__).resolve().parent.parent  # resolved once: models_dir() is asked on every short draft


def models_dir() -> Path:
    """The shipped model files: ``app/_models`` in a wheel, ``models/`` in a checkout."""
    here = _APP_DIR
    for candidate in (here / "_models", here.parent / "models"):
        if candidate.is_dir():
            return candidate
    return here.parent / "models"


def model_path(language: str, directory: Path | None = None) -> Path:
    """The model file of ``language`` (base code)."""
    return (directory or models_dir()) / f"{language}.sfm"


_LOCK = threading.Lock()
_BUNDLES: dict[Path, ModelBundle] = {}


def load_bundle(path: Path) -> ModelBundle:
    """The model file at ``path``, read once per process (thread-safe)."""
    bundle = _BUNDLES.get(path)
    if bundle is not None:
        return bundle
    with _LOCK:
        bundle = _BUNDLES.get(path)
        if bundle is None:
            bundle = ModelBundle.read(path)
            _BUNDLES[path] = bundle
    return bundle


def classifier(task: str, language: str, directory: Path | None = None) -> Classifier | None:
    """The classifier for ``task`` in ``language``, or None when no model covers them.

    Raises ``ModelFileError`` (one line, naming the file) when the language's model file exists in the
    shipped set but cannot be read; a language without a model file (e.g. ``de``) gives None.
    """
    base = language.split("-")[0].lower()
    if base not in LANGUAGES:
        return None
    path = model_path(base, directory)
    bundle = load_bundle(path)
    if task not in bundle.tasks:
        return None
    return Classifier(bundle, task)


def check_models(directory: Path | None = None) -> list[Path]:
    """Read every shipped model file now; ``ModelFileError`` names the first missing or corrupt one."""
    paths = [model_path(lang, directory) for lang in LANGUAGES]
    for path in paths:
        if not path.is_file():
            raise ModelFileError(f"model file {path}: missing (run `make train`, or reinstall Sevenfold)")
        load_bundle(path)
    return paths


def write_model(
    path: Path,
    *,
    language: str,
    config: FeatureConfig,
    features: Sequence[str],
    columns: Sequence[Sequence[float]],
    tasks: dict[str, dict[str, Any]],
    stopwords: Sequence[str] = (),
    tfidf: tuple[Sequence[str], Sequence[float], Sequence[float], float, str] | None = None,
) -> None:
    """Write a model file (used by training): same inputs give the same bytes.

    ``tfidf`` is the optional second block: (words, idf, coefficients, intercept, source).
    """
    for feature in features:
        if "\n" in feature:
            raise ValueError(f"feature {feature!r} holds a line break")
    vocab = "\n".join(features).encode("utf-8")
    flat = array("f")
    for column in columns:
        if len(column) != len(features):
            raise ValueError("every weight column has one weight per feature")
        flat.extend(column)
    if sys.byteorder != "little":  # pragma: no cover
        flat.byteswap()
    payload = vocab + flat.tobytes()
    block: dict[str, Any] | None = None
    if tfidf is not None:
        words, idf, coef, intercept, source = tfidf
        if any("\n" in w for w in words) or not len(words) == len(idf) == len(coef):
            raise ValueError("TF-IDF block: one idf and one coefficient per word, no line breaks")
        tfidf_vocab = "\n".join(words).encode("utf-8")
        values = array("f", list(idf) + list(coef))
        if sys.byteorder != "little":  # pragma: no cover
            values.byteswap()
        payload += tfidf_vocab + values.tobytes()
        block = {"n": len(words), "vocab_bytes": len(tfidf_vocab), "intercept": intercept, "source": source}
    header: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "language": language,
        "config": config.to_dict(),
        "tasks": tasks,
        "n_features": len(features),
        "n_columns": len(columns),
        "vocab_bytes": len(vocab),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "stopwords": sorted(stopwords),
    }
    if block is not None:
        header["tfidf"] = block
    line = json.dumps(header, sort_keys=True, ensure_ascii=True, separators=(",", ":")).encode("ascii")
    path.parent.mkdir(parents=True, exist_ok=True)
    # Written aside and renamed over the file: a process reading the old file (mapped, ``_mapped``) never sees it cut
    staged = path.with_name(path.name + ".tmp")
    staged.write_bytes(MAGIC + line + b"\n" + payload)
    os.replace(staged, path)

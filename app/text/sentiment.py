"""Lexicon-based sentiment per language, with the words that carry it (code-point spans).

Owns the sentiment analysers the tone turn shares: English uses VADER (``vaderSentiment``, MIT);
French uses textblob-fr's pattern lexicon (MIT) read through our own ``Sentiment`` instance, both
extended by the small lexicons in ``rules/tone/lexicon/<language>.yml``. Everything is offline.

Why some code is ours: neither library reports *which* words carry the score, and both tokenise
the text their own way (VADER replaces emoji with descriptions, pattern splits on its own rules),
so we tokenise the original text ourselves, keep each token's span, and feed the libraries' own
scoring steps (VADER's ``sentiment_valence``/``_but_check``/``score_valence``, pattern's
``assessments``) with that token list. French scores are aggregated with VADER's ``normalize`` so
both languages share one scale (-1 very negative … +1 very positive) and one set of thresholds.
Entity spans (mentions, hashtags, cashtags, URLs) are blanked before analysis.
"""

from __future__ import annotations

import importlib
import importlib.util
import re
import string
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Protocol

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    SentiText,
    normalize,
    scalar_inc_dec,
)

SUPPORTED_LANGUAGES = ("en", "fr")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
# VADER valences run from -4 to +4; pattern polarities from -1 to +1.
_VADER_SCALE = 4.0
_NEGATE = frozenset(NEGATE)


@dataclass(frozen=True, slots=True)
class Token:
    """A token of the original text: its span and the form used for lexicon look-ups."""

    start: int
    end: int
    norm: str


@dataclass(frozen=True, slots=True)
class WordScore:
    """How much one word (at ``start:end`` of the text) pushes the sentiment, from -1 to +1."""

    start: int
    end: int
    valence: float


@dataclass(frozen=True, slots=True)
class SentimentResult:
    """A draft's sentiment: ``score`` from -1 (very negative) to +1, and the words behind it."""

    score: float
    words: tuple[WordScore, ...]

    def negatives(self, minimum: float = 0.0) -> tuple[WordScore, ...]:
        """Words with a valence at or below ``-minimum``, strongest first."""
        found = [w for w in self.words if w.valence < 0 and -w.valence >= minimum]
        return tuple(sorted(found, key=lambda w: (w.valence, w.start)))

    def positives(self, minimum: float = 0.0) -> tuple[WordScore, ...]:
        """Words with a valence at or above ``minimum``, strongest first."""
        found = [w for w in self.words if w.valence > 0 and w.valence >= minimum]
        return tuple(sorted(found, key=lambda w: (-w.valence, w.start)))


class SentimentAnalyser(Protocol):
    """What the tone rules need from an analyser."""

    key: str

    def analyse(self, text: str, masked: Iterable[tuple[int, int]] = ()) -> SentimentResult:
        """Sentiment of ``text`` with the ``masked`` spans blanked out."""
        ...


def blank_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` with each span replaced by spaces (same length, so offsets still hold)."""
    size = len(text)
    clipped = sorted((max(0, start), min(end, size)) for start, end in spans)
    if not clipped:
        return text
    pieces: list[str] = []
    done = 0  # text[:done] is written
    for start, end in clipped:
        if end <= done or start >= end:
            continue
        if start > done:
            pieces.append(text[done:start])
            done = start
        pieces.append(" " * (end - done))
        done = end
    pieces.append(text[done:])
    return "".join(pieces)


def load_lexicon_extras(path: Path | None) -> dict[str, float]:
    """A ``word: valence`` YAML mapping (valence -1 … +1); empty when ``path`` is missing."""
    if path is None or not path.is_file():
        return {}
    from app.kinds.options import load_yaml  # the one YAML reader; imported late: below the rule layer

    data = load_yaml(path.read_text(encoding="utf-8")) or {}
    words = data.get("words", data) if isinstance(data, Mapping) else None
    if not isinstance(words, Mapping):
        raise ValueError(f"{path}: a lexicon is a mapping 'words: {{word: valence}}'")
    out: dict[str, float] = {}
    for word, value in words.items():
        if not isinstance(value, int | float) or not -1.0 <= float(value) <= 1.0:
            raise ValueError(f"{path}: words.{word}: valence must be a number from -1 to 1")
        out[str(word).casefold().translate(_APOSTROPHES)] = float(value)
    return out


# -- English: VADER ----------------------------------------------------------------------------

_WHITESPACE_CHUNK = re.compile(r"\S+")


class EnglishSentiment:
    """VADER on our own tokens, so each word's valence keeps its span."""

    def __init__(self, extras: Mapping[str, float], key: str) -> None:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        self.key = key
        self._vader: Any = SentimentIntensityAnalyzer()
        # Our own instance: extending its lexicon never touches another analyser.
        self._vader.lexicon = {**self._vader.lexicon, **{w: v * _VADER_SCALE for w, v in extras.items()}}
        self._emojis: dict[str, str] = dict(self._vader.emojis)
        # Characters VADER describes: a whitespace chunk without one is a single token (the common case).
        self._emoji_chars = frozenset(self._emojis)
        # Each description's words as VADER's SentiText strips them ("baby:" -> "baby"), so that our token
        # words are VADER's words_and_emoticons as they are.
        self._descriptions = {
            char: tuple(SentiText._strip_punc_if_word(w) for w in description.split())
            for char, description in self._emojis.items()
        }

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        """VADER's whitespace tokens (punctuation stripped as VADER does), emoji as descriptions."""
        out: list[tuple[str, int, int]] = []
        emoji_chars = self._emoji_chars
        if emoji_chars.isdisjoint(text):  # no emoji VADER describes (most drafts): one token per chunk
            # (S, session 25) the chunks of ``_WHITESPACE_CHUNK`` are ``str.split()``'s (both split where
            # ``str.isspace``), each found from the end of the one before: no match object per chunk
            known = _STRIPPED.get
            find = text.find
            append = out.append
            end = 0
            for piece in text.split():
                begin = find(piece, end)
                end = begin + len(piece)
                word, lead = known(piece) or _stripped(piece)
                start = begin + lead
                append((word, start, start + len(word)))
            return out
        for chunk in _WHITESPACE_CHUNK.finditer(text):
            piece_start = chunk.start()
            if emoji_chars.isdisjoint(chunk.group()):
                word, lead = _stripped(chunk.group())
                out.append((word, piece_start + lead, piece_start + lead + len(word)))
                continue
            buffer: list[str] = []
            buffer_start = piece_start
            for index in range(chunk.start(), chunk.end()):
                char = text[index]
                description = self._descriptions.get(char)
                if description is None:
                    if not buffer:
                        buffer_start = index
                    buffer.append(char)
                    continue
                if buffer:
                    out.append(_strip_like_vader("".join(buffer), buffer_start))
                    buffer = []
                out.extend((word, index, index + 1) for word in description)
            if buffer:
                out.append(_strip_like_vader("".join(buffer), buffer_start))
        return out

    def analyse(self, text: str, masked: Iterable[tuple[int, int]] = ()) -> SentimentResult:
        """VADER's compound score and each word's final valence (negation and 'but' applied)."""
        blanked = blank_spans(text, masked).translate(_APOSTROPHES)
        tokens = self._tokens(blanked)
        if not tokens:
            return SentimentResult(0.0, ())
        lexicon = self._vader.lexicon
        sentiments: list[float] = []
        # VADER's per-word checks rescan the whole word list (quadratic): score long drafts in windows
        # of _VADER_WINDOW tokens. A tweet fits in one window, so its scores are VADER's own.
        for first in range(0, len(tokens), _VADER_WINDOW):
            # Our token words are what VADER's SentiText would make of them joined by spaces (its
            # words_and_emoticons: split, punctuation stripped the same way), lower-cased once here.
            words = [t[0] for t in tokens[first : first + _VADER_WINDOW]]
            lowered = [w.lower() for w in words]
            # VADER gives 0.0 to a word outside its lexicon (sentiment_valence), a booster and "kind of"
            window_scores = [0.0] * len(words)
            last = len(words) - 1
            is_cap_diff: bool | None = None
            for i in [i for i, w in enumerate(lowered) if w in lexicon]:
                word = lowered[i]
                if word in BOOSTER_DICT or (i < last and word == "kind" and lowered[i + 1] == "of"):
                    continue
                if is_cap_diff is None:  # VADER's allcap_differential: some words all capitals, not all of them
                    is_cap_diff = 0 < len(words) - sum(map(str.isupper, words)) < len(words)
                window_scores[i] = self._valence(words[i], i, words, lowered, is_cap_diff)
            # 'but' only scales scores, so a window of zeros stays zeros (most tweets hold no lexicon word), and
            # VADER's _but_check leaves a window without 'but' (among its lower-case words) as it is.
            but = "but" in lowered and any(window_scores)
            sentiments.extend(self._vader._but_check(words, window_scores) if but else window_scores)
        if not any(sentiments):  # VADER's compound of zeros is 0.0 and no word carries a score
            return SentimentResult(0.0, ())
        compound = self._compound(sentiments, blanked)
        scores = _merge_word_scores(
            (start, end, value / _VADER_SCALE)
            for (_, start, end), value in zip(tokens, sentiments, strict=True)
            if value  # a zero scores nothing (``_merge_word_scores`` skips it): most tokens
        )
        return SentimentResult(compound, scores)

    def _compound(self, sentiments: Sequence[float], text: str) -> float:
        """VADER's ``score_valence(sentiments, text)["compound"]``, step for step, without the positive, negative and
        neutral shares it also computes (a pass over every token the tone turn never reads); ``sentiments`` is not
        empty."""
        total = float(sum(sentiments))
        emphasis = self._vader._punctuation_emphasis(text)
        if total > 0:
            total += emphasis
        elif total < 0:
            total -= emphasis
        return float(round(normalize(total), 4))

    def _valence(self, item: str, i: int, words: Sequence[str], lowered: Sequence[str], is_cap_diff: bool) -> float:
        """VADER's ``sentiment_valence`` for the lexicon word ``words[i]``, step for step, on a window whose
        lower-case forms are given once (VADER lower-cases the whole window several times per word).
        ``tests/test_tone.py`` checks it against VADER's own on random windows."""
        lexicon = self._vader.lexicon
        word = lowered[i]
        valence: float = lexicon[word]
        if word == "no" and i != len(words) - 1 and lowered[i + 1] in lexicon:
            valence = 0.0  # "no" negates the next lexicon word instead
        if (
            (i > 0 and lowered[i - 1] == "no")
            or (i > 1 and lowered[i - 2] == "no")
            or (i > 2 and lowered[i - 3] == "no" and lowered[i - 1] in ("or", "nor"))
        ):
            valence = lexicon[word] * N_SCALAR
        if item.isupper() and is_cap_diff:
            valence = valence + C_INCR if valence > 0 else valence - C_INCR
        for start_i in range(3):
            if i > start_i and lowered[i - (start_i + 1)] not in lexicon:
                scalar = scalar_inc_dec(words[i - (start_i + 1)], valence, is_cap_diff)
                if start_i == 1 and scalar != 0:
                    scalar = scalar * 0.95
                if start_i == 2 and scalar != 0:
                    scalar = scalar * 0.9
                valence = _vader_negation(valence + scalar, lowered, start_i, i)
                if start_i == 2:
                    valence = _vader_idioms(valence, lowered, i)
        return _vader_least(valence, lowered, i, lexicon)


def _vader_negated(word: str) -> bool:
    """VADER's ``negated([word])``: a negation word, or any word with "n't"."""
    return word in _NEGATE or "n't" in word


def _vader_negation(valence: float, lowered: Sequence[str], start_i: int, i: int) -> float:
    """VADER's ``_negation_check`` on the lower-case words."""
    if start_i == 0 and _vader_negated(lowered[i - 1]):
        valence = valence * N_SCALAR
    if start_i == 1:
        if lowered[i - 2] == "never" and (lowered[i - 1] == "so" or lowered[i - 1] == "this"):
            valence = valence * 1.25
        elif lowered[i - 2] == "without" and lowered[i - 1] == "doubt":
            pass
        elif _vader_negated(lowered[i - 2]):
            valence = valence * N_SCALAR
    if start_i == 2:
        if (lowered[i - 3] == "never" and (lowered[i - 2] == "so" or lowered[i - 2] == "this")) or (
            lowered[i - 1] == "so" or lowered[i - 1] == "this"
        ):
            valence = valence * 1.25
        elif lowered[i - 3] == "without" and (lowered[i - 2] == "doubt" or lowered[i - 1] == "doubt"):
            pass
        elif _vader_negated(lowered[i - 3]):
            valence = valence * N_SCALAR
    return valence


def _vader_idioms(valence: float, lowered: Sequence[str], i: int) -> float:
    """VADER's ``_special_idioms_check`` on the lower-case words (called for i >= 3 only)."""
    onezero = f"{lowered[i - 1]} {lowered[i]}"
    twoonezero = f"{lowered[i - 2]} {lowered[i - 1]} {lowered[i]}"
    twoone = f"{lowered[i - 2]} {lowered[i - 1]}"
    threetwoone = f"{lowered[i - 3]} {lowered[i - 2]} {lowered[i - 1]}"
    threetwo = f"{lowered[i - 3]} {lowered[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if len(lowered) - 1 > i:
        zeroone = f"{lowered[i]} {lowered[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lowered) - 1 > i + 1:
        zeroonetwo = f"{lowered[i]} {lowered[i + 1]} {lowered[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def _vader_least(valence: float, lowered: Sequence[str], i: int, lexicon: Mapping[str, float]) -> float:
    """VADER's ``_least_check`` on the lower-case words."""
    if i > 1 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
        if lowered[i - 2] != "at" and lowered[i - 2] != "very":
            valence = valence * N_SCALAR
    elif i > 0 and lowered[i - 1] not in lexicon and lowered[i - 1] == "least":
        valence = valence * N_SCALAR
    return valence


_VADER_WINDOW = 120


_STRIPPED: dict[str, tuple[str, int]] = {}


def _stripped(token: str) -> tuple[str, int]:
    """``_strip_like_vader``'s word and its offset in ``token``, kept per token (tokens repeat across drafts)."""
    found = _STRIPPED.get(token)
    if found is None:
        word, start, _ = _strip_like_vader(token, 0)
        found = (word, start)
        if len(_STRIPPED) >= 50_000:
            _STRIPPED.clear()
        _STRIPPED[token] = found
    return found


def _strip_like_vader(token: str, start: int) -> tuple[str, int, int]:
    """VADER strips leading/trailing punctuation unless that leaves two characters or fewer."""
    stripped = token.strip(string.punctuation)
    if len(stripped) <= 2:
        return token, start, start + len(token)
    lead = len(token) - len(token.lstrip(string.punctuation))
    return stripped, start + lead, start + lead + len(stripped)


def _merge_word_scores(items: Iterable[tuple[int, int, float]]) -> tuple[WordScore, ...]:
    """Non-zero scores by span; an emoji described by several words sums them."""
    merged: dict[tuple[int, int], float] = {}
    for start, end, value in items:
        if value:
            merged[(start, end)] = merged.get((start, end), 0.0) + float(value)
    return tuple(
        WordScore(s, e, round(max(-1.0, min(1.0, v)), 4)) for (s, e), v in sorted(merged.items()) if round(v, 4)
    )


# -- French: textblob-fr's pattern lexicon -----------------------------------------------------

_FR_TOKEN = re.compile(
    r"(?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])'(?=\w)"  # elisions: d', l', n', qu'…
    r"|\w+(?:[-']\w+)*"  # words, with inner hyphens ("peut-être") and apostrophes ("aujourd'hui")
    r"|!"
    r"|[:;=8xX]-?[()\[\]dDpP/\\|*]"  # text emoticons pattern knows
    r"|[,;:.?…]+",  # clause breaks: they end a negation's reach
    re.IGNORECASE,
)
# Plural and feminine endings tried, in order, when a word is not in the lexicon as written.
_FR_ENDINGS = (
    ("euses", "eux"),
    ("euse", "eux"),
    ("ives", "if"),
    ("ive", "if"),
    ("es", ""),
    ("s", ""),
    ("x", ""),
    ("e", ""),
)
_CLAUSE_BREAKS = frozenset(",;:.?…")
# An unknown token longer than two characters: pattern drops a pending negation or modifier on it.
_SEPARATOR = "<sep>"
_FR_NEGATIONS = ("n'", "ne", "ni", "non", "pas", "rien", "sans", "aucun", "aucune", "jamais")


def _is_head(word: str) -> bool:
    """A word that can carry sentiment (not '!', an elision or a negation)."""
    return word != "!" and not word.endswith("'") and word not in _FR_NEGATIONS


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _textblob_fr() -> ModuleType:
    """``textblob_fr.fr`` (pattern's French lexicon and tokenizer), imported without running ``textblob_fr``'s
    ``__init__``: that one imports textblob, which imports nltk, scipy and scikit-learn (about 2 s of every start) for
    taggers this module never uses. The package is read from its spec but not executed while ``fr`` (which needs only
    its sibling modules) is imported, then removed, so that a later ``import textblob_fr`` runs it in full."""
    if "textblob_fr.fr" in sys.modules or "textblob_fr" in sys.modules:
        return importlib.import_module("textblob_fr.fr")
    spec = importlib.util.find_spec("textblob_fr")
    if spec is None:
        raise ModuleNotFoundError("No module named 'textblob_fr'", name="textblob_fr")
    hollow = sys.modules["textblob_fr"] = importlib.util.module_from_spec(spec)
    try:
        return importlib.import_module("textblob_fr.fr")
    finally:
        if sys.modules.get("textblob_fr") is hollow:
            del sys.modules["textblob_fr"]


class FrenchSentiment:
    """pattern's French lexicon (via textblob-fr), extended, on our own tokens."""

    def __init__(self, extras: Mapping[str, float], key: str, emoji_valence: Mapping[str, float]) -> None:
        textblob_fr: Any = _textblob_fr()
        self.key = key
        path = str(Path(textblob_fr.__file__).with_name("fr-sentiment.xml"))
        self._lexicon: Any = textblob_fr.Sentiment(
            path=path,
            synset=None,
            negations=_FR_NEGATIONS,
            modifiers=("RB",),
            modifier=lambda w: w.endswith("ment"),
            tokenizer=textblob_fr.parser.find_tokens,
            language="fr",
        )
        self._lexicon.load()
        for word, value in extras.items():
            # Subjectivity is unused here; intensity 1.0 means "no modifier effect".
            self._lexicon.annotate(word, None, value, abs(value), 1.0)
            bare = _strip_accents(word)
            if bare != word and bare not in extras:
                self._lexicon.annotate(bare, None, value, abs(value), 1.0)
        self._known: Callable[[str], bool] = self._lexicon.__contains__
        self._emoji_valence = dict(emoji_valence)
        single = sorted(c for c, v in self._emoji_valence.items() if len(c) == 1 and v)
        # The characters with a valence, found in one scan instead of a look-up per character.
        self._emoji_pattern = re.compile("[" + "".join(re.escape(c) for c in single) + "]") if single else None
        self._lemmas: dict[str, str] = {}

    def _lemma(self, word: str) -> str:
        """The lexicon's form of ``word``: itself, or without a plural/feminine ending (kept per word)."""
        lemma = self._lemmas.get(word)
        if lemma is None:
            lemma = self._find_lemma(word)
            if len(self._lemmas) >= 50_000:
                self._lemmas.clear()
            self._lemmas[word] = lemma
        return lemma

    def _find_lemma(self, word: str) -> str:
        if self._known(word):
            return word
        for suffix, repl in _FR_ENDINGS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                candidate = word[: -len(suffix)] + repl
                if self._known(candidate):
                    return candidate
        return word

    def tokens(self, text: str) -> list[Token]:
        """Tokens of ``text`` with spans, in the form the lexicon is keyed by."""
        out = []
        for match in _FR_TOKEN.finditer(text):
            word = match.group().casefold()
            if word[0] in _CLAUSE_BREAKS:
                word = _SEPARATOR
            elif not word.endswith("'"):
                word = self._lemma(word)
            out.append(Token(match.start(), match.end(), word))
        return out

    def analyse(self, text: str, masked: Iterable[tuple[int, int]] = ()) -> SentimentResult:
        """Sentiment from pattern's assessments, aggregated on VADER's scale."""
        blanked = blank_spans(text, masked).translate(_APOSTROPHES)
        tokens = self.tokens(blanked)
        assessments = self._lexicon.assessments([(t.norm, None) for t in tokens], negation=True)
        items: list[tuple[int, int, float]] = []
        cursor = 0
        for words, polarity, _subjectivity, _label in assessments:
            head = next((w for w in reversed(words) if _is_head(w) and w in self._lexicon), None)
            if head is None:
                continue
            for index in range(cursor, len(tokens)):
                if tokens[index].norm == head:
                    items.append((tokens[index].start, tokens[index].end, float(polarity)))
                    cursor = index + 1
                    break
        if self._emoji_pattern is not None:
            for match in self._emoji_pattern.finditer(blanked):
                items.append((match.start(), match.end(), self._emoji_valence[match.group()]))
        scores = _merge_word_scores(items)
        total = sum(w.valence for w in scores) * _VADER_SCALE
        return SentimentResult(_normalize(total), scores)


def _normalize(total: float) -> float:
    return round(float(normalize(total)), 4) if total else 0.0


@lru_cache(maxsize=1)
def _emoji_valences() -> dict[str, float]:
    """Each emoji VADER knows, with the valence of its English description (-1 … +1)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader: Any = SentimentIntensityAnalyzer()
    out: dict[str, float] = {}
    for char, description in vader.emojis.items():
        value = sum(vader.lexicon.get(w, 0.0) for w in description.lower().split()) / _VADER_SCALE
        if value:
            out[char] = max(-1.0, min(1.0, value))
    return out


# -- registry ------------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def get_analyser(language: str, lexicon_dir: Path | None = None) -> SentimentAnalyser | None:
    """The analyser for ``language`` (``en``, ``fr``), built once per process; None if unsupported."""
    base = language.split("-")[0].lower()
    if base not in SUPPORTED_LANGUAGES:
        return None
    extras_path = (lexicon_dir / f"{base}.yml") if lexicon_dir is not None else None
    extras = load_lexicon_extras(extras_path)
    key = f"sentiment:{base}:{extras_path}"
    if base == "en":
        return EnglishSentiment(extras, key)
    return FrenchSentiment(extras, key, _emoji_valences())


def analyse_draft(
    analyser: SentimentAnalyser,
    text: str,
    masked: Sequence[tuple[int, int]],
    memo: Callable[..., Any] | None = None,
    key: str | None = None,
) -> SentimentResult:
    """The draft's sentiment, computed once per draft when ``memo`` is the draft's ``memo``; ``key`` names a
    masking other than the draft's entities (callers that mask the same spans share one key)."""
    if memo is None:
        return analyser.analyse(text, masked)
    result: SentimentResult = memo(key or analyser.key, lambda: analyser.analyse(text, masked))
    return result

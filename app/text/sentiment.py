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

import re
import string
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import yaml

SUPPORTED_LANGUAGES = ("en", "fr")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'", "´": "'"})
# VADER valences run from -4 to +4; pattern polarities from -1 to +1.
_VADER_SCALE = 4.0


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
    chars = list(text)
    for start, end in spans:
        for i in range(max(0, start), min(end, len(chars))):
            chars[i] = " "
    return "".join(chars)


def load_lexicon_extras(path: Path | None) -> dict[str, float]:
    """A ``word: valence`` YAML mapping (valence -1 … +1); empty when ``path`` is missing."""
    if path is None or not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
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

    def _tokens(self, text: str) -> list[tuple[str, int, int]]:
        """VADER's whitespace tokens (punctuation stripped as VADER does), emoji as descriptions."""
        out: list[tuple[str, int, int]] = []
        emoji_chars = self._emoji_chars
        for chunk in _WHITESPACE_CHUNK.finditer(text):
            piece_start = chunk.start()
            if emoji_chars.isdisjoint(chunk.group()):
                out.append(_strip_like_vader(chunk.group(), piece_start))
                continue
            buffer: list[str] = []
            buffer_start = piece_start
            for index in range(chunk.start(), chunk.end()):
                char = text[index]
                description = self._emojis.get(char)
                if description is None:
                    if not buffer:
                        buffer_start = index
                    buffer.append(char)
                    continue
                if buffer:
                    out.append(_strip_like_vader("".join(buffer), buffer_start))
                    buffer = []
                out.extend((word, index, index + 1) for word in description.split())
            if buffer:
                out.append(_strip_like_vader("".join(buffer), buffer_start))
        return out

    def analyse(self, text: str, masked: Iterable[tuple[int, int]] = ()) -> SentimentResult:
        """VADER's compound score and each word's final valence (negation and 'but' applied)."""
        from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

        blanked = blank_spans(text, masked).translate(_APOSTROPHES)
        tokens = self._tokens(blanked)
        if not tokens:
            return SentimentResult(0.0, ())
        lexicon = self._vader.lexicon
        sentiments: list[float] = []
        # VADER's per-word checks rescan the whole word list (quadratic): score long drafts in windows
        # of _VADER_WINDOW tokens. A tweet fits in one window, so its scores are VADER's own.
        for first in range(0, len(tokens), _VADER_WINDOW):
            window = tokens[first : first + _VADER_WINDOW]
            sentitext = SentiText(" ".join(t[0] for t in window))
            words = sentitext.words_and_emoticons
            if len(words) != len(window):  # pragma: no cover - our tokens are already VADER's
                return SentimentResult(float(self._vader.polarity_scores(blanked)["compound"]), ())
            window_scores: list[float] = []
            for i, item in enumerate(words):
                lowered = item.lower()
                if lowered not in lexicon:  # VADER's sentiment_valence appends 0.0 for such a word, as here
                    window_scores.append(0.0)
                    continue
                if lowered in BOOSTER_DICT or (
                    i < len(words) - 1 and lowered == "kind" and words[i + 1].lower() == "of"
                ):
                    window_scores.append(0.0)
                    continue
                window_scores = self._vader.sentiment_valence(0.0, sentitext, item, i, window_scores)
            # 'but' only scales scores, so a window of zeros stays zeros (most tweets hold no lexicon word).
            sentiments.extend(self._vader._but_check(words, window_scores) if any(window_scores) else window_scores)
        if not any(sentiments):  # VADER's compound of zeros is 0.0 and no word carries a score
            return SentimentResult(0.0, ())
        compound = float(self._vader.score_valence(sentiments, blanked)["compound"])
        scores = _merge_word_scores(
            (start, end, value / _VADER_SCALE) for (_, start, end), value in zip(tokens, sentiments, strict=True)
        )
        return SentimentResult(compound, scores)


_VADER_WINDOW = 120


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


class FrenchSentiment:
    """pattern's French lexicon (via textblob-fr), extended, on our own tokens."""

    def __init__(self, extras: Mapping[str, float], key: str, emoji_valence: Mapping[str, float]) -> None:
        import textblob_fr.fr as textblob_fr

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

    def _lemma(self, word: str) -> str:
        """The lexicon's form of ``word``: itself, or without a plural/feminine ending."""
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
        for index, char in enumerate(blanked):
            value = self._emoji_valence.get(char)
            if value:
                items.append((index, index + 1, value))
        scores = _merge_word_scores(items)
        total = sum(w.valence for w in scores) * _VADER_SCALE
        return SentimentResult(_normalize(total), scores)


def _normalize(total: float) -> float:
    from vaderSentiment.vaderSentiment import normalize

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
    analyser: SentimentAnalyser, text: str, masked: Sequence[tuple[int, int]], memo: Callable[..., Any] | None = None
) -> SentimentResult:
    """The draft's sentiment, computed once per draft when ``memo`` is the draft's ``memo``."""
    if memo is None:
        return analyser.analyse(text, masked)
    result: SentimentResult = memo(analyser.key, lambda: analyser.analyse(text, masked))
    return result

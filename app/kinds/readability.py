"""Turn 4, clarity: kinds ``readability`` (textstat's Flesch reading ease per language, at the
hardest sentence, naming its longest words) and ``sentence-length`` (over-long sentences).

Readability uses ``textstat``'s backend functions with an explicit language, never its global
``textstat`` object. English is scored as ``en-US``: textstat only looks the CMU dictionary up (and
calls ``nltk.download('cmudict')``, which fails offline) when the language root is exactly ``en``;
for ``en-US`` it counts syllables with pyphen's bundled ``en_US`` hyphenation dictionary and uses
the English Flesch constants — offline, and a test makes sure no download is ever attempted.
French is scored as ``fr``: textstat's French constants are Kandel & Moles' Flesch adaptation
(207 − 1.015 × words/sentence − 73.6 × syllables/word).

``reading_ease`` is textstat's ``flesch_reading_ease`` step for step (its word list, sentence count,
pyphen syllables and language constants, read from ``textstat.backend``) with its regexes compiled
once and each word's syllable count kept per language: textstat's own caches are keyed by the whole
text, which a draft never repeats. ``tests/test_readability.py`` checks it against textstat.

Sentences are split by hand over ``regex`` (end punctuation or a line break, with abbreviations
kept whole): the maintained splitters either need downloaded models (NLTK punkt) or bring heavy
dependencies for a 280-character text; mentions, hashtags, cashtags and URLs are blanked first.
"""

from __future__ import annotations

import importlib
import re
import sys
import types
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import regex
from pydantic import Field


class _Deferred(types.ModuleType):
    """What ``import nltk`` gives textstat: the real ``nltk`` is imported when one of its attributes is first read."""

    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module(self.__name__), name)


def _import_textstat() -> None:
    """Import textstat's backend without nltk. textstat imports nltk (with scipy and scikit-learn: about 2 s of every
    start) only to read the CMU dictionary for the code "en", which this module never passes (see above): while
    textstat is imported, ``sys.modules`` holds a ``_Deferred`` stand-in for nltk, which textstat keeps; anyone
    importing nltk afterwards gets the real one."""
    if "nltk" in sys.modules or "textstat" in sys.modules:
        return
    stand_in = sys.modules["nltk"] = _Deferred("nltk")
    try:
        importlib.import_module("textstat.backend.utils")
    finally:
        if sys.modules.get("nltk") is stand_in:
            del sys.modules["nltk"]


_import_textstat()

from textstat.backend.utils import constants as textstat_constants  # noqa: E402
from textstat.backend.utils import get_cmudict, get_lang_cfg, get_lang_root, get_pyphen  # noqa: E402

from app.domain import Draft, Finding  # noqa: E402
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta  # noqa: E402
from app.text.sentiment import blank_spans  # noqa: E402
from app.texts import quoted_words  # noqa: E402

# textstat language code per draft language (see the module docstring for why English is en-US).
TEXTSTAT_LANGUAGES = {"en": "en-US", "fr": "fr"}

_SENTENCE_END = regex.compile(r"[.!?…。！？]+['\"’”»)\]]*(?=\s|$)|\n+")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}\p{N}'’-]*|\p{N}+(?:[.,]\p{N}+)*")
_ABBREVIATIONS = frozenset(
    {
        *("mr", "mrs", "ms", "dr", "prof", "st", "vs", "etc", "e.g", "i.e", "cf", "fig", "no", "approx", "inc"),
        *("ltd", "jr", "sr", "m", "mm", "mme", "mlle", "me", "p.ex", "ex", "env", "av", "bd", "art", "chap"),
        *("éd", "vol", "n°"),
    }
)


_LAST_WORD = regex.compile(r"([\p{L}.°]+)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the draft: its span (trimmed) and its words' spans."""

    start: int
    end: int
    words: tuple[tuple[int, int], ...]


def split_sentences(text: str, masked: Iterable[tuple[int, int]] = ()) -> list[Sentence]:
    """Sentences of ``text`` with the ``masked`` spans (entities) blanked; trimmed spans."""
    blanked = blank_spans(text, masked)
    cuts: list[int] = []
    for match in _SENTENCE_END.finditer(blanked):
        if match.group().startswith("."):
            # Only the last few characters matter (abbreviations are short): a bounded window keeps this linear.
            before = _LAST_WORD.search(blanked[max(0, match.start() - 32) : match.start()])
            word = before.group(1).casefold() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        cuts.append(match.end())
    sentences: list[Sentence] = []
    start = 0
    for cut in [*cuts, len(blanked)]:
        segment = blanked[start:cut]
        words = tuple([(start + m.start(), start + m.end()) for m in _WORD.finditer(segment)])
        if words:
            lead = len(segment) - len(segment.lstrip())
            trail = len(segment.rstrip())
            sentences.append(Sentence(start + lead, start + trail, words))
        start = cut
    return sentences


def draft_sentences(draft: Draft) -> list[Sentence]:
    """The draft's sentences, computed once per draft."""
    return draft.memo("clarity.sentences", lambda: split_sentences(draft.text, draft.entity_spans))


def textstat_language(language: str) -> str | None:
    """textstat's code for a draft language, or None when we have no readability formula for it."""
    return TEXTSTAT_LANGUAGES.get(language.split("-")[0].lower())


# textstat's remove_punctuation (apostrophes of contractions kept) and count_sentences patterns.
_NON_CONTRACTION_APOSTROPHE = re.compile(textstat_constants.RE_NONCONTRACTION_APOSTROPHE)
_PUNCTUATION = re.compile(r"[^\w\s\']")
_TEXTSTAT_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)
_SYLLABLES: dict[tuple[str, str], int] = {}
_SYLLABLES_MAX = 50_000


def _list_words(text: str, lowercase: bool = False) -> list[str]:
    """textstat's ``list_words(text, lowercase=…)``: punctuation removed (contractions kept), then
    lower-cased, split on whitespace."""
    kept = _PUNCTUATION.sub("", _NON_CONTRACTION_APOSTROPHE.sub("", text))
    return (kept.lower() if lowercase else kept).split()


def _count_sentences(text: str) -> int:
    """textstat's ``count_sentences``: its sentence pattern, sentences of two words or fewer not counted."""
    if not text:
        return 0
    sentences = _TEXTSTAT_SENTENCE.findall(text)
    ignored = sum(1 for sentence in sentences if len(_list_words(sentence)) <= 2)
    return max(1, len(sentences) - ignored)


def _word_syllables(word: str, code: str) -> int:
    """textstat's syllables of one lower-case word (its CMU look-up, else pyphen), kept per language."""
    key = (code, word)
    count = _SYLLABLES.get(key)
    if count is None:
        cmu = get_cmudict(code)  # None for our codes (en-US, fr): see the module docstring
        try:
            count = sum(1 for phone in cmu[word][0] if phone[-1].isdigit())
        except (TypeError, IndexError, KeyError):
            count = len(get_pyphen(code).positions(word)) + 1
        if len(_SYLLABLES) >= _SYLLABLES_MAX:
            _SYLLABLES.clear()
        _SYLLABLES[key] = count
    return count


def _flesch(text: str, code: str) -> float:
    """textstat's ``flesch_reading_ease(text, code)``, computed the same way."""
    words = _list_words(text)
    n_words = len(words)
    n_sentences = _count_sentences(text)
    per_sentence = n_words / n_sentences if n_sentences else 0.0
    if not text or not n_words:
        return 0.0
    known = _SYLLABLES
    total = sum([known.get((code, word)) or _word_syllables(word, code) for word in _list_words(text, lowercase=True)])
    per_word = total / n_words
    if per_sentence == 0 or per_word == 0:
        return 0.0
    root = get_lang_root(code)
    return float(
        get_lang_cfg(root, "fre_base")
        - get_lang_cfg(root, "fre_sentence_length") * per_sentence
        - get_lang_cfg(root, "fre_syll_per_word") * per_word
    )


def reading_ease(text: str, language: str) -> float:
    """Flesch reading ease of ``text`` (Kandel–Moles for French), offline; higher is easier."""
    code = textstat_language(language)
    if code is None:
        raise ValueError(f"no readability formula for {language!r}")
    return _flesch(text, code)


def syllables(word: str, language: str) -> int:
    """Syllables in ``word`` by textstat's pyphen path (offline), as textstat's ``count_syllables`` counts them."""
    code = textstat_language(language) or "en-US"
    return sum(_word_syllables(w, code) for w in _list_words(word, lowercase=True)) if word else 0


class ReadabilityParams(KindParams):
    """Per-language thresholds on Flesch reading ease (0-100+, higher is easier) and guards."""

    min_score: dict[str, float] = Field(
        default_factory=lambda: {"en": 30.0, "fr": 30.0},
        description="warn below this score, per language",
    )
    min_words: int = Field(default=12, ge=1, description="drafts with fewer words are not scored (too noisy)")
    min_sentence_words: int = Field(default=6, ge=1, description="shortest sentence scored on its own")
    hard_words: int = Field(default=3, ge=0, le=10, description="how many long words the message names")


class ReadabilityRule(Rule):
    """Warns at the hardest sentence of a hard-to-read draft, naming its longest words."""

    params: ReadabilityParams

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """At most one finding: the hardest sentence when the draft scores below the threshold."""
        base = draft.language.split("-")[0]
        threshold = self.params.min_score.get(base, self.params.min_score.get("*"))
        if threshold is None or textstat_language(base) is None:
            return
        sentences = draft_sentences(draft)
        if sum(len(s.words) for s in sentences) < self.params.min_words:
            return
        text = draft.text
        words_only = " ".join([" ".join([text[a:b] for a, b in s.words]) + "." for s in sentences])
        score = reading_ease(words_only, base)
        if score >= threshold:
            return
        candidates = [s for s in sentences if len(s.words) >= self.params.min_sentence_words] or sentences
        hardest = min(
            candidates,
            key=lambda s: (reading_ease(" ".join(text[a:b] for a, b in s.words) + ".", base), s.start),
        )
        long_words = sorted(
            (text[a:b] for a, b in hardest.words),
            key=lambda w: (-syllables(w, base), -len(w)),
        )[: self.params.hard_words]
        values: dict[str, Any] = {
            "score": f"{score:.0f}",
            "threshold": f"{threshold:.0f}",
            "words": quoted_words(list(dict.fromkeys(long_words)), draft.language),  # 'a', 'b' and 'c'; « a » et « b »
        }
        yield self.finding(draft, hardest.start, hardest.end, **values)


class ReadabilityKind(Kind[ReadabilityParams]):
    """Builds the readability rule; warms textstat's pyphen dictionaries once."""

    Params = ReadabilityParams

    def build(self, meta: RuleMeta, params: ReadabilityParams, deps: Deps) -> Rule:
        """Load the hyphenation dictionaries now, not on the first draft."""
        for language in params.min_score:
            if textstat_language(language) is not None:
                reading_ease("Warm up the dictionary.", language)
        return ReadabilityRule(meta, params)


class SentenceLengthParams(KindParams):
    """Longest sentence, in words, per language (``*`` for any other language)."""

    max_words: dict[str, int] = Field(default_factory=lambda: {"en": 30, "fr": 32, "*": 32})


class SentenceLengthRule(Rule):
    """Flags each sentence longer than the limit."""

    params: SentenceLengthParams

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """A finding over every over-long sentence."""
        base = draft.language.split("-")[0]
        limit = self.params.max_words.get(base, self.params.max_words.get("*"))
        if limit is None:
            return
        for sentence in draft_sentences(draft):
            if len(sentence.words) > limit:
                yield self.finding(draft, sentence.start, sentence.end, count=len(sentence.words), max=limit)


class SentenceLengthKind(Kind[SentenceLengthParams]):
    """Builds the over-long sentence rule."""

    Params = SentenceLengthParams
    rule = SentenceLengthRule

"""(R, session 47) ``app.kinds.proximity._aside`` reads a sentence's first three tokens for its group before the rest:
the same aside as the reading of the whole sentence first (session 37, K), on drafts made of the hate pack's own
words (groups, articles, relatives, resume words), commas, sentence marks and filler."""

from __future__ import annotations

import re
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.base import Deps
from app.kinds.proximity import (
    _ASIDE_RELATIVE,
    _ASIDE_WORDS,
    _CLAUSE_TOKEN,
    _SENTENCE_END,
    ARTICLES,
    ASIDE_RESUMES,
    OWN_RELATIVES,
    ProximityRule,
    _aside,
    _group_end,
    _Pack,
    _writers_aside,
    tokens,
)
from app.loader import build_rule, load_specs, packaged_rules_dir


def _whole_sentence_first(text: str, pack: _Pack, start: int, resumes: frozenset[str]) -> tuple[int, int] | None:
    """``_aside`` as session 46 wrote it: the whole sentence read, then its group looked for."""
    sentence: list[re.Match[str]] = []
    for match in _CLAUSE_TOKEN.finditer(text, start, min(len(text), start + 600)):
        if match.group(0) in _SENTENCE_END:
            break
        sentence.append(match)
    openers = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
    end = None
    for index in range(min(3, len(sentence))):
        end = _group_end(text, pack, sentence[index].start())
        if end is not None or sentence[index].group(0) not in openers:
            break
    if end is None:
        return None
    at = next((i for i, m in enumerate(sentence) if m.start() >= end), len(sentence))
    opened = sentence[at].start() if at < len(sentence) else None
    if at < len(sentence) and sentence[at].group(0) in pack.classes.get(OWN_RELATIVES, frozenset()):
        reach = range(at, min(len(sentence), at + _ASIDE_RELATIVE))
        comma = next((i for i in reach if sentence[i].group(0) == ","), None)
        if comma is None:
            return None
        at, opened = comma, end
    if at >= len(sentence) or sentence[at].group(0) != "," or opened is None:
        return None
    words: list[str] = []
    for index in range(at + 1, len(sentence)):
        token = sentence[index].group(0)
        if token != ",":
            words += tokens(token, pack.elisions)
            if len(words) > _ASIDE_WORDS:
                return None
            continue
        after = tokens(sentence[index + 1].group(0), pack.elisions) if index + 1 < len(sentence) else []
        if after and after[0] in resumes and words:
            return (opened, sentence[index].end()) if _writers_aside(words, pack) else None
    return None


@cache
def _pack(language: str) -> _Pack:
    root = packaged_rules_dir()
    spec = next(s for s in load_specs([root]) if s.id == "risk.hate")
    rule = build_rule(spec, Deps(rules_root=root), None)
    assert isinstance(rule, ProximityRule)
    pack = rule._pack(language)
    assert pack is not None
    return pack


@cache
def _pieces(language: str) -> tuple[str, ...]:
    pack = _pack(language)
    groups = {"en": ["muslims", "copts", "kurds", "women", "sikhs"], "fr": ["kurdes", "roms", "femmes", "comoriens"]}
    filler = {"en": "they say what the papers might about them and i know", "fr": "quoi qu'en disent les journaux moi"}
    words = [
        *groups[language],
        *sorted(pack.classes.get(ARTICLES, frozenset()))[:6],
        *sorted(pack.classes.get(OWN_RELATIVES, frozenset()))[:4],
        *sorted(pack.classes.get(ASIDE_RESUMES, frozenset()))[:8],
        *filler[language].split(),
    ]
    return (*words, ",", ",", ",", ".", "!", ";", "?")


@pytest.mark.parametrize("language", ["en", "fr"])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_the_head_first_reading_finds_the_same_aside(language: str, data: st.DataObject) -> None:
    pack = _pack(language)
    resumes = pack.classes.get(ASIDE_RESUMES, frozenset())
    pieces = data.draw(st.lists(st.sampled_from(_pieces(language)), max_size=40))
    text = " ".join(pieces)
    for start in range(0, len(text), 7):
        assert _aside(text, pack, start, resumes) == _whole_sentence_first(text, pack, start, resumes)


def test_an_aside_is_still_read() -> None:
    """The reading still finds the session-37 aside ("Copts, whatever the papers might say about them, are …")."""
    pack = _pack("en")
    text = "copts, whatever the papers might say about them, are vermin"
    resumes = pack.classes.get(ASIDE_RESUMES, frozenset())
    assert _aside(text, pack, 0, resumes) == _whole_sentence_first(text, pack, 0, resumes) == (5, 48)

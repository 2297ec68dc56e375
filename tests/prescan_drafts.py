"""Helpers of the pre-scan property tests (tests/test_target_scan.py for ``target_possible``,
tests/test_predicate_scan.py for ``predicate_possible``): the packaged proximity rule built once, its pack's forms of
one side against every other word it knows, a word garbled the ways drafts garble it, a made-up draft joined from
words, and the full reading of a draft with both pre-scans off."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import Literal

import app.kinds.proximity as proximity
from app.kinds.base import CheckContext, Deps
from app.kinds.proximity import ProximityRule
from app.loader import build_rule, load_specs, packaged_rules_dir
from app.policy import Policy
from app.testing import draft_for

ROOT = packaged_rules_dir()
CTX = CheckContext(policy=Policy())
_LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
Side = Literal["target", "predicate"]


@cache
def packaged_rule(rule_id: str) -> ProximityRule:
    spec = next(s for s in load_specs([ROOT]) if s.id == rule_id)
    rule = build_rule(spec, Deps(rules_root=ROOT), None)
    assert isinstance(rule, ProximityRule)
    return rule


@cache
def side_words(rule_id: str, language: str, side: Side) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The pack's forms of ``side`` and its other words (the other side's forms, word-class words, misspellings),
    sorted."""
    pack = packaged_rule(rule_id)._pack(language)
    assert pack is not None
    wanted: set[str] = set()
    others: set[str] = set()
    for form, (_n, entry) in pack.automaton.items():
        if entry is not None:
            (wanted if entry.side == side else others).add(form)
    others |= set(pack.class_words) | set(list(pack.respelt)[:2000])
    return tuple(sorted(wanted)), tuple(sorted(others - wanted))


def garbled(word: str, rng: random.Random) -> str:
    """``word`` with capitals, leetspeak, a space or a dot inside, or a letter dropped."""
    how = rng.randrange(7)
    if how == 0:
        return word.upper()
    if how == 1:
        return "".join(_LEET.get(c, c) if rng.random() < 0.5 else c for c in word)
    if how == 2 and len(word) > 3:
        cut = rng.randrange(1, len(word) - 1)
        return word[:cut] + " " + word[cut:]
    if how == 3:
        return ".".join(word)
    if how == 4 and len(word) > 5:
        cut = rng.randrange(1, len(word) - 1)
        return word[:cut] + word[cut + 1 :]
    if how == 5:
        return word.capitalize()
    return word


def joined(pool: list[str], rng: random.Random, openings: Sequence[str], marks: Sequence[str]) -> str:
    """``pool`` shuffled, some words garbled, glued to the word before or made a hashtag, after one of ``openings``,
    each followed by one of ``marks``."""
    rng.shuffle(pool)
    words = [garbled(w, rng) if rng.random() < 0.4 else w for w in pool]
    out = rng.choice(openings)
    for index, word in enumerate(words):
        if index and rng.random() < 0.15:
            out = out.rstrip(" .,:?!-\n")  # glued to the word before
        elif index and rng.random() < 0.1:
            out += "#" + word.title().replace(" ", "") + " "
            continue
        out += word + (rng.choice(marks) if index < len(words) - 1 else rng.choice(["", ".", "?", "!"]))
    return out


@contextmanager
def without_prescans() -> Iterator[None]:
    saved = proximity.target_possible, proximity.predicate_possible
    proximity.target_possible = proximity.predicate_possible = lambda rule, draft: True
    try:
        yield
    finally:
        proximity.target_possible, proximity.predicate_possible = saved


def full_reading(rule: ProximityRule, text: str, language: str, side: Side) -> tuple[int, list[str]]:
    """The view's forms of ``side`` and the findings of the full check (no pre-scan), on a fresh draft."""
    draft = draft_for(text, language)
    pack = rule._pack(language)
    hits = (
        rule._draft_hits(draft, rule._view(draft, pack), pack)[0 if side == "target" else 1] if pack is not None else ()
    )
    with without_prescans():
        found = [f"{f.offset}:{f.length}:{f.message}" for f in rule.check(draft_for(text, language), CTX)]
    return len(hits), found

"""Helpers for tests and benchmarks only: the application never imports this module.

They build the objects a rule-level test needs without a server or a policy (a draft with the real
twitter-text length and entities), run a review without an event loop, and look inside a built rule.
"""

from __future__ import annotations

import asyncio
from typing import Any

from app.domain import Draft, Report
from app.engine import Engine
from app.kinds.base import Rule
from app.kinds.terms import TermsRule
from app.text.thread import counting_config
from app.text.tweet import extract_entities, parse_tweet


def draft_for(text: str, language: str = "en", counting: str = "v3", limit: int = 280) -> Draft:
    """A draft with twitter-text length and entities and a given language: for rule-level tests and benchmarks."""
    base = language.split("-")[0] if language != "auto" else "en"
    return Draft(
        text=text,
        language=base,
        variant=language,
        length=parse_tweet(text, counting_config(counting, limit)),
        entities=extract_entities(text),
    )


def review_sync(engine: Engine, text: str, **kwargs: Any) -> Report:
    """``engine.review`` for a caller without an event loop."""
    return asyncio.run(engine.review(text, **kwargs))


def term_count(rule: Rule) -> int:
    """How many folded forms a built ``terms`` rule holds (all languages)."""
    if not isinstance(rule, TermsRule):
        return 0
    return sum(len(a) for a in rule.automata.values())

"""Turn 4, clarity: kind ``thread-part`` — a post of the proposed thread that does not stand alone.

When a draft is over the limit, the length turn proposes a split (``app.text.tweet.split_thread``); each
post is read on its own in timelines, so a post that opens with a connective ("And", "Also",
"Et", "Mais"…) leans on the one before it. This module maps each proposed post back to its span
in the draft (the split may add numbering such as ``1/3``) and flags the connective.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import regex
from pydantic import Field

from app.domain import Draft, Finding
from app.kinds.base import CheckContext, Kind, KindParams, Rule, RuleMeta
from app.text.thread import proposed_thread

_NUMBERING = regex.compile(r"^\s*(?:\(?\d+\s*/\s*\d*\)?|🧵|\d+[.)])\s*|\s*(?:\(?\d+\s*/\s*\d+\)?|🧵)\s*$")
_FIRST_WORD = regex.compile(r"\s*(?:[\"'«“(]\s*)?(\p{L}+)")


class ThreadPartParams(KindParams):
    """Connectives that make a post lean on the previous one, per language."""

    starters: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> connectives (the packaged lists: rules/clarity/thread-part.yml)"
    )


def part_text(part: Any) -> str:
    """The text of one proposed post (a string, or a mapping with ``text``)."""
    if isinstance(part, str):
        return part
    if isinstance(part, Mapping):
        return str(part.get("text", ""))
    return str(getattr(part, "text", part))


def part_starts(text: str, parts: Sequence[Any]) -> list[int]:
    """Where each post after the first begins in ``text`` (numbering stripped), in order."""
    starts: list[int] = []
    cursor = 0
    for part in parts:
        body = _NUMBERING.sub("", part_text(part)).strip()
        if not body:
            continue
        probe = body[: min(len(body), 24)]
        found = text.find(probe, cursor)
        if found < 0:
            continue
        starts.append(found)
        cursor = found + len(probe)
    return starts[1:]


class ThreadPartRule(Rule):
    """Flags a connective at the start of a post of the proposed thread."""

    params: ThreadPartParams

    def __init__(self, meta: RuleMeta, params: ThreadPartParams) -> None:
        super().__init__(meta, params)
        self.starters = {lang: frozenset(w.casefold() for w in words) for lang, words in params.starters.items()}

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """One finding per post that opens with a connective."""
        if draft.length.valid:
            return
        starters = self.starters.get(draft.language.split("-")[0])
        if not starters:
            return
        parts = proposed_thread(draft, ctx.policy.counting, ctx.policy.limit)
        for number, start in enumerate(part_starts(draft.text, parts), start=2):
            match = _FIRST_WORD.match(draft.text, start)
            if match is None or match.group(1).casefold() not in starters:
                continue
            word_start, word_end = match.span(1)
            yield self.finding(draft, word_start, word_end, number=number)


class ThreadPartKind(Kind[ThreadPartParams]):
    """Builds the thread-part rule."""

    Params = ThreadPartParams
    rule = ThreadPartRule

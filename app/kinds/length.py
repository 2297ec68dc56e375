"""Kind ``length``: the draft against the weighted limit, exactly as X counts it (twitter-text v3).

The counting itself lives in ``app.text.tweet``; this rule turns an invalid length into an error whose
span is the overflow (from the end of the longest valid prefix to the end of the draft), and a
warning when the draft is close to the limit (optional, off by default).
"""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from app.domain import Draft, Finding, Severity
from app.kinds.base import CheckContext, Kind, KindParams, Rule, RuleMeta


class LengthParams(KindParams):
    """``warn_within``: also warn when fewer than this many weighted characters remain (0 = never)."""

    warn_within: int = Field(default=0, ge=0)


class LengthRule(Rule):
    """Over the limit: an error over the overflow; near it: an optional warning."""

    def __init__(self, meta: RuleMeta, params: LengthParams) -> None:
        super().__init__(meta)
        self.params = params

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """The overflow span, when the draft does not fit."""
        length = draft.length
        if not length.valid:
            start = min(max(length.valid_end, 0), len(draft.text))
            over = length.weighted - length.limit
            if over <= 0:  # empty-ish text (only whitespace is rejected earlier) or invalid characters
                yield self.finding(draft, 0, 0, key="invalid", limit=length.limit)
                return
            yield self.finding(draft, start, len(draft.text), over=over, limit=length.limit, weighted=length.weighted)
        elif self.params.warn_within and length.remaining < self.params.warn_within:
            yield self.finding(
                draft, 0, 0, key="near", severity=Severity.INFO, remaining=length.remaining, limit=length.limit
            )


class LengthKind(Kind[LengthParams]):
    """Builds the length rule."""

    Params = LengthParams
    rule = LengthRule

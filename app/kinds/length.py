"""Kind ``length``: the draft against each selected network's limit, counted as that network counts it.

The counting lives in ``app.text.tweet`` (X, twitter-text v3) and ``app.text.networks`` (Bluesky,
Mastodon, Threads, LinkedIn). This module turns a count into findings — an error whose span is the
overflow (from the end of the longest valid prefix to the end of the draft) for every network the draft
does not fit, and a warning when close to the limit (optional, off by default) — and builds the report's
per-network length entries (``network_entries``), which the engine puts in the report. Both read one
count per network, memoised on the draft.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import Field

from app.domain import Draft, Finding, ReportNetwork, Severity, Span
from app.kinds.base import CheckContext, Kind, KindParams, Rule
from app.text.networks import Network, NetworkLength, count, load_networks, split_for
from app.text.thread import MAX_THREAD_SOURCE_CHARS, proposed_thread

if TYPE_CHECKING:
    from app.policy import Policy


def network_lengths(draft: Draft, policy: Policy) -> list[tuple[Network, NetworkLength]]:
    """The draft counted by every network the policy names, in its order (X from the draft's own count)."""

    def compute() -> list[tuple[Network, NetworkLength]]:
        networks = load_networks()
        out: list[tuple[Network, NetworkLength]] = []
        for name in policy.networks:
            net = networks[name]
            if name == "x":
                length = draft.length
                result = NetworkLength(
                    "x", length.weighted, length.limit, length.remaining, length.valid, length.valid_end
                )
            else:
                result = count(net, draft.text, policy.limit_for(name))
            out.append((net, result))
        return out

    key = f"networks:{','.join(policy.networks)}:{sorted(policy.limits.items())}:{policy.limit}:{policy.counting}"
    return draft.memo(key, compute)


def _thread(draft: Draft, policy: Policy, net: Network, result: NetworkLength) -> list[str]:
    if net.id == "x":
        return proposed_thread(draft, policy.counting, policy.limit)
    if result.valid or len(draft.text) > MAX_THREAD_SOURCE_CHARS:
        return []

    def split() -> list[str]:
        try:
            return split_for(net, draft.text, result.limit)
        except ValueError:
            return []

    return draft.memo(f"thread:{net.id}:{result.limit}", split)


def network_entries(draft: Draft, policy: Policy, language: str) -> tuple[ReportNetwork, ...]:
    """One report entry per selected network: count, limit, remaining, overflow span, numbered thread."""
    return tuple(
        ReportNetwork(
            network=net.id,
            name=net.name,
            weighted=result.weighted,
            limit=result.limit,
            remaining=result.remaining,
            valid=result.valid,
            unit=net.unit_for(language),
            overflow=None if result.valid else Span(result.valid_end, len(draft.text) - result.valid_end),
            thread=tuple(_thread(draft, policy, net, result)),
            bytes=result.bytes,
            byte_limit=result.byte_limit if result.bytes is not None else None,
        )
        for net, result in network_lengths(draft, policy)
    )


class LengthParams(KindParams):
    """``warn_within``: also warn when fewer than this many characters remain (0 = never)."""

    warn_within: int = Field(default=0, ge=0)


class LengthRule(Rule):
    """Over a network's limit: an error over the overflow; near it: an optional warning."""

    params: LengthParams

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """The overflow span for every selected network the draft does not fit."""
        for net, result in network_lengths(draft, ctx.policy):
            if net.id == "x":
                yield from self._x(draft)
                continue
            start, end = min(max(result.valid_end, 0), len(draft.text)), len(draft.text)
            values: dict[str, Any] = {"network": net.name, "limit": result.limit, "unit": net.unit_for(draft.language)}
            over = result.weighted - result.limit
            if over > 0:
                key = "network" if net.numbering else "network-no-thread"  # LinkedIn has no threads
                yield self.finding(draft, start, end, key=key, over=over, weighted=result.weighted, **values)
            elif not result.valid and result.bytes is not None:
                yield self.finding(
                    draft, start, end, key="bytes", bytes=result.bytes, byte_limit=result.byte_limit, **values
                )
            elif self.params.warn_within and result.remaining < self.params.warn_within:
                yield self.finding(
                    draft, 0, 0, key="near-network", severity=Severity.INFO, remaining=result.remaining, **values
                )

    def _x(self, draft: Draft) -> Iterable[Finding]:
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

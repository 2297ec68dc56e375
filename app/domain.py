"""Domain types of Sevenfold: drafts, findings, turns, reports. Frozen dataclasses, no I/O.

Every span is a code-point offset into the text as submitted (Python ``str`` indices); other units
(UTF-16 for LanguageTool and browsers) are converted at the edges only.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from app.text.tweet import Entities, TweetLength

T = TypeVar("T")


class Severity(StrEnum):
    """How serious a finding is; closed set."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return _SEVERITY_RANK[self]


_SEVERITY_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class Family(StrEnum):
    """The seven turns, in the order they are reported."""

    LENGTH = "length"
    GRAMMAR = "grammar"
    TONE = "tone"
    CLARITY = "clarity"
    RISK = "risk"
    PRIVACY = "privacy"
    ETIQUETTE = "etiquette"


FAMILY_ORDER: tuple[Family, ...] = tuple(Family)


class TurnStatus(StrEnum):
    """Outcome of one turn."""

    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


class Verdict(StrEnum):
    """Outcome of the whole review."""

    READY = "ready"
    REVIEW = "review"
    BLOCKED = "blocked"


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """A finding the author knowingly accepts: it stays in the report, downgraded to info."""

    reason: str
    by: str | None = None
    original_severity: Severity = Severity.ERROR


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a draft, at a span of the text as submitted."""

    rule: str
    family: Family
    severity: Severity
    message: str
    offset: int
    length: int
    excerpt: str
    replacements: tuple[str, ...] = ()
    explanation: str | None = None
    acknowledged: Acknowledgement | None = None

    def to_dict(self) -> dict[str, Any]:
        """The finding in the contract's wire shape."""
        out: dict[str, Any] = {
            "rule": self.rule,
            "family": self.family.value,
            "severity": self.severity.value,
            "message": self.message,
            "offset": self.offset,
            "length": self.length,
            "excerpt": self.excerpt,
            "replacements": list(self.replacements),
        }
        if self.explanation:
            out["explanation"] = self.explanation
        if self.acknowledged is not None:
            out["acknowledged"] = {
                "reason": self.acknowledged.reason,
                "by": self.acknowledged.by,
                "original_severity": self.acknowledged.original_severity.value,
            }
        return out


def finding_sort_key(finding: Finding) -> tuple[int, int, int, str]:
    """Findings sort by offset, then most severe first, then length, then rule id."""
    return (finding.offset, -finding.severity.rank, finding.length, finding.rule)


@dataclass(frozen=True, slots=True)
class Turn:
    """The summary of one family for one draft."""

    family: Family
    status: TurnStatus
    count: int
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The turn in the contract's wire shape."""
        out: dict[str, Any] = {"family": self.family.value, "status": self.status.value, "count": self.count}
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass(frozen=True)
class Draft:
    """A draft under review: its text, the language used and what twitter-text sees in it.

    ``language`` is the base code (``en``, ``fr``…); ``variant`` the LanguageTool code (``en-US``, ``fr``).
    """

    text: str
    language: str
    variant: str
    length: TweetLength
    entities: Entities
    detected: bool = False
    scratch: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: str, factory: Callable[[], T]) -> T:
        """A value computed once per draft and shared by rules (e.g. the folded text)."""
        if key not in self.scratch:
            self.scratch[key] = factory()
        return self.scratch[key]  # type: ignore[no-any-return]

    @cached_property
    def entity_spans(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of every entity, sorted: rules use it to stay off mentions, hashtags and URLs."""
        return tuple((e.offset, e.offset + e.length) for e in self.entities.all())

    @cached_property
    def _entity_starts(self) -> tuple[int, ...]:
        return tuple(s for s, _ in self.entity_spans)

    def overlaps_entity(self, start: int, end: int) -> bool:
        """True if [start, end) overlaps any entity span (entities never overlap: a bisect suffices)."""
        spans = self.entity_spans
        if not spans:
            return False
        index = bisect_right(self._entity_starts, start) - 1
        if index >= 0 and spans[index][1] > start and spans[index][0] < end:
            return True
        nxt = index + 1
        if nxt < len(spans) and spans[nxt][0] < end:
            # the next entity starts inside [start, end); a zero-length query overlaps nothing
            return start < end or spans[nxt][0] <= start < spans[nxt][1]
        return False

    def entity_at(self, start: int, end: int) -> str | None:
        """The kind of the entity overlapping [start, end), if any."""
        for entity in self.entities.all():
            if entity.offset < end and start < entity.offset + entity.length:
                return entity.kind
        return None


@dataclass(frozen=True, slots=True)
class RuleError:
    """A rule that crashed on a draft: isolated, reported, never fatal."""

    rule: str
    reason: str


@dataclass(frozen=True)
class Report:
    """The full review of a draft, in the contract's shape."""

    verdict: Verdict
    language: str
    length: dict[str, Any]
    entities: dict[str, list[dict[str, Any]]]
    turns: tuple[Turn, ...]
    findings: tuple[Finding, ...]
    unavailable: tuple[str, ...] = ()
    extras: dict[str, Any] = field(default_factory=dict)
    rule_errors: tuple[RuleError, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The report in the contract's wire shape (extras such as ``tone`` are added at top level)."""
        out: dict[str, Any] = {
            "verdict": self.verdict.value,
            "language": self.language,
            "length": self.length,
            "entities": self.entities,
            "turns": [t.to_dict() for t in self.turns],
            "findings": [f.to_dict() for f in self.findings],
            "unavailable": list(self.unavailable),
        }
        for key, value in self.extras.items():
            out.setdefault(key, value)
        if self.rule_errors:
            out["rule_errors"] = [{"rule": e.rule, "reason": e.reason} for e in self.rule_errors]
        return out


def verdict_for(findings: tuple[Finding, ...] | list[Finding]) -> Verdict:
    """blocked if any error, review if any warning, else ready."""
    worst = max((f.severity.rank for f in findings), default=-1)
    if worst >= Severity.ERROR.rank:
        return Verdict.BLOCKED
    if worst >= Severity.WARNING.rank:
        return Verdict.REVIEW
    return Verdict.READY


def first_error(errors: Sequence[Mapping[str, Any]]) -> tuple[str, str]:
    """A validator's errors (pydantic's ``exc.errors()``) as the first one's dotted key and its message,
    with a count of the others: how rule files, term lists and policies name a bad key."""
    first = errors[0]
    key = ".".join(str(p) for p in first["loc"]) or "(root)"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return key, f"{first['msg']}{more}"


@dataclass(frozen=True)
class ReplyContext:
    """The post a draft answers or quotes, as judged by the engine (its text is never logged).

    ``relation`` is ``reply`` or ``quote``; ``findings`` are the engine's own risk, privacy and tone findings
    on the parent's text (spans into ``text``); ``labels`` names each of their rules in the draft's language.
    """

    relation: str
    text: str
    author: str | None
    findings: tuple[Finding, ...]
    labels: dict[str, str] = field(default_factory=dict)
    mentions: tuple[str, ...] = ()

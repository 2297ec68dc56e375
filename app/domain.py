"""Domain types of Sevenfold: drafts, findings, turns, reports. Frozen dataclasses, no I/O.

The report's types are also its wire schema: ``to_wire`` is the one mapping to JSON that every door
uses (API, CLI JSON, batch, SARIF, web form), and the API's OpenAPI schema is generated from them.

Every span is a code-point offset into the text as submitted (Python ``str`` indices); other units
(UTF-16 for LanguageTool and browsers) are converted at the edges only.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Annotated, Any, TypedDict, TypeVar

from pydantic import ConfigDict, Field, TypeAdapter

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


# -- the report's wire shape ---------------------------------------------------------------------
# Every type below is part of the report: its fields ARE the contract's JSON keys, in this order.
# ``to_wire`` is the one mapping to JSON (API, CLI JSON, batch, SARIF, web form) and the API's OpenAPI
# schema is generated from these types. ``__pydantic_config__ = _CLOSED``: no unknown key is accepted.
# A field annotated ``Omittable`` is left out of the JSON when it is None or empty; any other field is
# always there (null when None), and the schema marks it required.

_CLOSED = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


def _absent(value: object) -> bool:
    return value is None or value == ()


Omittable = Field(exclude_if=_absent)


@dataclass(frozen=True, slots=True)
class Acknowledgement:
    """A finding the author knowingly accepts: it stays in the report, downgraded to info."""

    __pydantic_config__ = _CLOSED

    reason: str
    by: str | None = None
    original_severity: Severity = Severity.ERROR


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a draft, at a span of the text as submitted."""

    __pydantic_config__ = _CLOSED
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
        """The finding as the CLI's JSON writes it (``to_wire``)."""
        return to_wire(self)


def finding_sort_key(finding: Finding) -> tuple[int, int, int, str]:
    """Findings sort by offset, then most severe first, then length, then rule id."""
    return (finding.offset, -finding.severity.rank, finding.length, finding.rule)


@dataclass(frozen=True, slots=True)
class Turn:
    """The summary of one family for one draft."""

    __pydantic_config__ = _CLOSED
    family: Family
    status: TurnStatus
    count: int
    reason: str | None = None


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

    __pydantic_config__ = _CLOSED
    rule: str
    reason: str


@dataclass(frozen=True, slots=True)
class SkippedRule:
    """A rule (or a phrase list several rules share) that did not fully run on a draft: a pattern spent its
    time budget (``app.kinds.budget``). The report lists it and the turn's reason names it; never silent."""

    __pydantic_config__ = _CLOSED
    rule: str
    family: Family
    reason: str


@dataclass(frozen=True, slots=True)
class EntitySpan:
    """An entity of the draft: the span includes the sigil (``@``, ``#``, ``$``); ``value`` is without it."""

    __pydantic_config__ = _CLOSED
    value: str
    offset: int
    length: int


@dataclass(frozen=True, slots=True)
class LanguageSpan:
    """A sentence or clause of a mixed draft in another pack language than the report's: that language's risk,
    privacy and tone-phrase rules ran on it too (``app.language_pass``); ``confidence`` is the detector's score."""

    __pydantic_config__ = _CLOSED
    language: str
    offset: int
    length: int
    confidence: float


@dataclass(frozen=True, slots=True)
class ReportEntities:
    """What twitter-text extracts from the draft, by kind."""

    __pydantic_config__ = _CLOSED
    mentions: tuple[EntitySpan, ...] = ()
    hashtags: tuple[EntitySpan, ...] = ()
    urls: tuple[EntitySpan, ...] = ()
    cashtags: tuple[EntitySpan, ...] = ()

    def all(self) -> tuple[EntitySpan, ...]:
        """Every entity, mentions first."""
        return (*self.mentions, *self.hashtags, *self.urls, *self.cashtags)


@dataclass(frozen=True, slots=True)
class ReportLength:
    """The draft's length as the first selected network (X by default) counts it, and a proposed thread."""

    __pydantic_config__ = _CLOSED
    weighted: int
    limit: int
    remaining: int
    valid: bool
    thread: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    """A span of the draft (code points)."""

    __pydantic_config__ = _CLOSED
    offset: int
    length: int


@dataclass(frozen=True, slots=True)
class ReportNetwork:
    """The draft's length on one network: count, limit, unit, where it overflows, a numbered thread."""

    __pydantic_config__ = _CLOSED
    network: str
    name: str
    weighted: int
    limit: int
    remaining: int
    valid: bool
    unit: str
    overflow: Span | None = None
    thread: tuple[str, ...] = ()
    bytes: Annotated[int | None, Omittable] = None
    byte_limit: Annotated[int | None, Omittable] = None


@dataclass(frozen=True, slots=True)
class ToneDriver:
    """A span that drives the tone label."""

    __pydantic_config__ = _CLOSED
    offset: int
    length: int
    excerpt: str


@dataclass(frozen=True, slots=True)
class ReportTone:
    """The draft's tone: label, sentiment score (-1 … +1, 3 decimals) and the spans that drive the label."""

    __pydantic_config__ = _CLOSED
    label: str
    score: float
    drivers: tuple[ToneDriver, ...] = ()


class ReportBlocks(TypedDict, total=False):
    """The report blocks a rule may add (``Rule.report_blocks``): each key is an optional ``Report`` field."""

    tone: ReportTone


@dataclass(frozen=True, slots=True)
class Report:
    """The full review of a draft: the contract's report, field for field (see ``to_wire``).

    A new block is one typed field here (``Omittable`` if it may be absent); a block a rule computes is
    also a key of ``ReportBlocks``.
    """

    __pydantic_config__ = _CLOSED
    verdict: Verdict
    language: str
    length: ReportLength
    entities: ReportEntities
    turns: tuple[Turn, ...]
    findings: tuple[Finding, ...]
    unavailable: tuple[str, ...] = ()
    tone: Annotated[ReportTone | None, Omittable] = None
    language_confidence: float | None = None
    languages_checked: tuple[str, ...] = ()
    language_segments: Annotated[tuple[LanguageSpan, ...], Omittable] = ()
    networks: tuple[ReportNetwork, ...] = ()
    rule_errors: Annotated[tuple[RuleError, ...], Omittable] = ()
    skipped_rules: Annotated[tuple[SkippedRule, ...], Omittable] = ()
    not_judged: Annotated[tuple[str, ...], Omittable] = ()
    """The families with no rules for the draft's language (``app.report_language``): checked only by the rules
    that need no language; left out when empty."""

    def to_dict(self) -> dict[str, Any]:
        """The report as the CLI's JSON, batch and the web form write it (``to_wire``)."""
        return to_wire(self)


_ADAPTERS: dict[type, TypeAdapter[Any]] = {}

# Kept from the first CLI JSON: these keys are left out there when null (the API always sends them).
_DROPPED_WHEN_NULL = {"findings": ("explanation", "acknowledged"), "turns": ("reason",)}


def wire_adapter(kind: type[T]) -> TypeAdapter[T]:
    """The pydantic adapter (validation, JSON, JSON Schema) of a report type; built once per type."""
    adapter = _ADAPTERS.get(kind)
    if adapter is None:
        adapter = _ADAPTERS[kind] = TypeAdapter(kind)
    return adapter


def _drop_null(item: dict[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    for key in keys:
        if not item.get(key):
            item.pop(key, None)
    return item


def to_wire(value: Report | Finding, *, full: bool = False) -> dict[str, Any]:
    """THE mapping of a report (or a finding) to the contract's JSON: plain dicts, lists, strings, numbers.

    ``full`` (the API): every field, null when None, except ``Omittable`` ones. Otherwise (CLI JSON,
    batch JSONL, the web form, SARIF): the same, less a finding's null ``explanation`` and
    ``acknowledged`` and a turn's null ``reason``.
    """
    data: dict[str, Any] = wire_adapter(type(value)).dump_python(value, mode="json")
    if full:
        return data
    if isinstance(value, Finding):
        return _drop_null(data, _DROPPED_WHEN_NULL["findings"])
    for key, drop in _DROPPED_WHEN_NULL.items():
        for item in data[key]:
            _drop_null(item, drop)
    return data


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

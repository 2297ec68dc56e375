"""The one wire schema of the API: requests validated here, responses mapped from domain types."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.engine import InputError, check_text
from app.text.language import UnknownLanguage, validate_language

MAX_ID_LENGTH = 200


def _check_text(value: str) -> str:
    try:
        check_text(value)
    except InputError as exc:
        raise ValueError(exc.reason) from None
    return value


def _check_language(value: str) -> str:
    try:
        return validate_language(value)
    except UnknownLanguage as exc:
        raise ValueError(str(exc)) from None


class CheckRequest(BaseModel):
    """``POST /v1/check``: a draft, its language (or auto) and optional policy overrides."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(
        description="the draft, as it would be posted",
        examples=["Nous sommes ravis de vous acceuillir 🎉 @marie #événement https://exemple.fr"],
    )
    language: str = Field(default="auto", description="'auto' or an ISO 639-1 code, optionally with a region (en-GB)")
    policy: dict[str, Any] | None = Field(default=None, description="overrides of sevenfold.yml keys for this request")

    @field_validator("text")
    @classmethod
    def _text_is_checkable(cls, value: str) -> str:
        return _check_text(value)

    @field_validator("language")
    @classmethod
    def _language_is_known(cls, value: str) -> str:
        return _check_language(value)


class BatchItem(BaseModel):
    """One draft of a batch."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(default=None, max_length=MAX_ID_LENGTH)
    text: str
    language: str = "auto"


class BatchRequest(BaseModel):
    """``POST /v1/check/batch``: drafts checked under one policy; a bad item is reported, never fatal."""

    model_config = ConfigDict(extra="forbid")
    items: list[BatchItem] = Field(min_length=1)
    policy: dict[str, Any] | None = None


class FindingOut(BaseModel):
    """A finding (contract shape)."""

    rule: str
    family: str
    severity: Literal["info", "warning", "error"]
    message: str
    offset: int
    length: int
    excerpt: str
    replacements: list[str]
    explanation: str | None = None
    acknowledged: dict[str, Any] | None = None


class EntityOut(BaseModel):
    """An entity: span includes the sigil; value without it."""

    value: str
    offset: int
    length: int


class LengthOut(BaseModel):
    """Weighted length as X counts it."""

    weighted: int
    limit: int
    remaining: int
    valid: bool
    thread: list[str]


class TurnOut(BaseModel):
    """One of the seven turns."""

    family: str
    status: Literal["pass", "warn", "fail", "skipped"]
    count: int
    reason: str | None = None


class ReportOut(BaseModel):
    """A report (contract shape); extra top-level keys (e.g. ``tone``) are allowed."""

    model_config = ConfigDict(extra="allow")
    verdict: Literal["ready", "review", "blocked"]
    language: str
    length: LengthOut
    entities: dict[str, list[EntityOut]]
    turns: list[TurnOut]
    findings: list[FindingOut]
    unavailable: list[str]


class BatchResult(BaseModel):
    """One batch item's outcome: a report, or the reason it could not be checked."""

    id: str
    report: ReportOut | None = None
    error: str | None = None


class BatchResponse(BaseModel):
    """Results in input order, one per item."""

    results: list[BatchResult]


class RuleOut(BaseModel):
    """A rule of the catalogue."""

    id: str
    family: str
    severity: str
    languages: list[str]
    description: str
    kind: str


class RulesResponse(BaseModel):
    """The rule catalogue."""

    rules: list[RuleOut]


class HealthOut(BaseModel):
    """Liveness / readiness."""

    status: str
    engines: dict[str, str] = Field(default_factory=dict)
    notes: dict[str, str] = Field(
        default_factory=dict,
        description="how an engine is reached, e.g. LanguageTool's connection mode and its stall probe's figures",
    )

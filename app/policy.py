"""The policy: ``sevenfold.yml`` plus per-request overrides, merged and validated into one ``Policy``.

A policy turns rules or families off, changes severities and thresholds (rule params), sets the
length limit and counting config, adds term lists, accepted/rejected vocabulary and
acknowledgements. Every error names the file (or ``policy`` for a request) and the key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app.domain import Family, Severity

POLICY_FILENAMES = ("sevenfold.yml", "sevenfold.yaml", ".sevenfold.yml")
LIST_KEYS_APPENDED = ("accept", "reject", "terms")


class PolicyError(ValueError):
    """A policy that cannot be used: says where (file and key) and why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleOverride(_Strict):
    """Per-rule settings: on/off, severity, params (thresholds) merged over the rule file's."""

    enabled: bool | None = None
    severity: Severity | None = None
    params: dict[str, Any] = Field(default_factory=dict)


class FamilyOverride(_Strict):
    """Per-family settings: on/off, a severity for all its rules, and family-specific settings."""

    enabled: bool = True
    severity: Severity | None = None
    settings: dict[str, Any] = Field(default_factory=dict)


class TermEntry(_Strict):
    """One term of a custom list, with an optional replacement and message."""

    term: str = Field(min_length=1)
    replacement: str | None = None
    message: str | None = None


class TermList(_Strict):
    """A custom term list from the policy: competitors, code names, banned words…"""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="lowercase, dash-separated")
    family: Family = Family.RISK
    severity: Severity = Severity.WARNING
    message: str | dict[str, str] | None = None
    terms: list[str | TermEntry] = Field(min_length=1)


class Acknowledgement(_Strict):
    """A finding knowingly accepted: kept, downgraded to info, with the reason."""

    reason: str = Field(min_length=1)
    by: str | None = None


class Policy(_Strict):
    """The merged, validated policy one review runs under."""

    language: str = "auto"
    variants: dict[str, str] = Field(default_factory=dict, description="base language -> LanguageTool variant, e.g. en: en-GB")
    limit: int = Field(default=280, ge=1, le=25_000, description="weighted length limit (280; more for paid accounts)")
    counting: Literal["v1", "v2", "v3"] = "v3"
    families: dict[Family, FamilyOverride] = Field(default_factory=dict)
    rules: dict[str, RuleOverride] = Field(default_factory=dict)
    accept: list[str] = Field(default_factory=list, description="accepted vocabulary: never a misspelling")
    reject: list[str] = Field(default_factory=list, description="rejected vocabulary: always flagged")
    terms: list[TermList] = Field(default_factory=list)
    acks: dict[str, Acknowledgement] = Field(default_factory=dict)
    fail_on: Literal["error", "warning", "never"] = "error"

    @field_validator("acks", mode="before")
    @classmethod
    def _ack_from_string(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {k: ({"reason": v} if isinstance(v, str) else v) for k, v in value.items()}
        return value

    @cached_property
    def accepted_folded(self) -> frozenset[str]:
        """Accepted words, case-folded, for quick membership tests."""
        return frozenset(w.casefold() for w in self.accept)

    def family_enabled(self, family: Family) -> bool:
        """False when the policy turns the whole family off."""
        override = self.families.get(family)
        return override is None or override.enabled

    def family_settings(self, family: Family) -> dict[str, Any]:
        """Family-specific settings (e.g. tone target)."""
        override = self.families.get(family)
        return dict(override.settings) if override else {}

    def rule_override(self, rule_id: str) -> RuleOverride | None:
        """The override for a rule id, if any."""
        return self.rules.get(rule_id)

    def cache_key(self) -> str:
        """A stable key of everything that changes how rules are built."""
        return json.dumps(self.model_dump(mode="json", exclude={"acks", "language", "fail_on"}), sort_keys=True)


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any], *, top: bool = True) -> dict[str, Any]:
    """Merge ``override`` over ``base``: mappings recursively; accept/reject/terms lists appended."""
    merged: dict[str, Any] = dict(base)
    for key, value in override.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(current, value, top=False)
        elif top and key in LIST_KEYS_APPENDED and isinstance(current, list) and isinstance(value, list):
            merged[key] = current + value
        else:
            merged[key] = value
    return merged


def format_validation_error(where: str, error: ValidationError) -> PolicyError:
    """A pydantic error as 'where: key.path: reason' (first error, with a count of the others)."""
    errors = error.errors()
    first = errors[0]
    key = ".".join(str(p) for p in first["loc"]) or "(root)"
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return PolicyError(f"{where}: {key}", f"{first['msg']}{more}")


def parse_policy(data: Any, where: str = "policy") -> Policy:
    """Validate a mapping as a policy, or raise ``PolicyError`` naming the key."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise PolicyError(where, "a policy must be a mapping of keys to values")
    try:
        return Policy.model_validate(dict(data))
    except ValidationError as exc:
        raise format_validation_error(where, exc) from None


def read_policy_file(path: Path) -> dict[str, Any]:
    """The raw mapping in a policy file; ``PolicyError`` naming the file when unreadable or invalid YAML."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(str(path), f"cannot read the policy file ({exc.__class__.__name__}: {exc})") from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise PolicyError(str(path), f"not valid YAML{at}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PolicyError(str(path), "the file must hold a mapping of keys to values")
    return data


def find_policy_file(start: Path | None = None) -> Path | None:
    """``sevenfold.yml`` in ``start`` (the working directory) or the nearest folder above it."""
    folder = (start or Path.cwd()).resolve()
    for candidate_dir in (folder, *folder.parents):
        for name in POLICY_FILENAMES:
            candidate = candidate_dir / name
            if candidate.is_file():
                return candidate
    return None


def load_policy(path: Path | None = None, *, search_from: Path | None = None, discover: bool = True) -> tuple[Policy, Path | None]:
    """The policy from ``path``, or the discovered ``sevenfold.yml``, or the defaults."""
    if path is None and discover:
        path = find_policy_file(search_from)
    if path is None:
        return Policy(), None
    return parse_policy(read_policy_file(path), str(path)), path


def merge_policy(base: Policy, overrides: Mapping[str, Any] | None, where: str = "policy") -> Policy:
    """``base`` with a request's overrides merged over it, validated again."""
    if not overrides:
        return base
    merged = deep_merge(base.model_dump(mode="json", exclude_defaults=True), overrides)
    return parse_policy(merged, where)

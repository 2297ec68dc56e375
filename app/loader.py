"""Reads ``rules/<family>/<name>.yml`` into validated ``RuleSpec`` objects and builds rules from them.

A rule's id is its path (``rules/risk/profanity.yml`` is ``risk.profanity``). A bad rule file fails
at load time with ``RuleFileError`` naming the file, the key and the reason. Sub-folders of a family
(``rules/risk/terms/``) hold data that rule files reference, never rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from app.domain import Family, Severity
from app.kinds import UnknownKind, get_kind
from app.kinds.base import Deps, Rule, RuleMeta
from app.kinds.options import load_yaml
from app.policy_errors import policy_reason
from app.text.lexicon import shipped_rules_folder

_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LocalText = dict[str, str]


class RuleFileError(ValueError):
    """A rule file that cannot be used: file, key and reason."""

    def __init__(self, path: Path | str, key: str, reason: str) -> None:
        super().__init__(f"{path}: {key}: {reason}")
        self.path = str(path)
        self.key = key
        self.reason = reason


class CaseFinding(BaseModel):
    """One finding a case expects: exact span, optionally the excerpt, rule, severity, replacements and message."""

    model_config = ConfigDict(extra="forbid")
    offset: int = Field(ge=0)
    length: int = Field(ge=0)
    excerpt: str | None = None
    rule: str | None = None
    severity: Severity | None = None
    replacements: list[str] | None = None
    message: str | None = Field(default=None, description="(T, session 32) the finding's exact message")


class Case(BaseModel):
    """A text with its language and the exact findings the rule must produce (none for a pass case)."""

    model_config = ConfigDict(extra="forbid")
    text: str
    language: str = "auto"
    findings: list[CaseFinding] = Field(default_factory=list)
    policy: dict[str, Any] = Field(default_factory=dict)
    in_reply_to: str | None = Field(default=None, description="the post the draft answers (reply-context rules)")
    quoting: str | None = Field(default=None, description="the post the draft quotes")


class Cases(BaseModel):
    """A rule file's own cases."""

    model_config = ConfigDict(extra="forbid")
    pass_: list[Case | str] = Field(default_factory=list, alias="pass")
    fail: list[Case] = Field(default_factory=list)

    def all_cases(self) -> list[Case]:
        """Pass cases (no finding expected) then fail cases."""
        passing = [Case(text=c) if isinstance(c, str) else c for c in self.pass_]
        return passing + list(self.fail)


class RuleFile(BaseModel):
    """The keys a rule file may have."""

    model_config = ConfigDict(extra="forbid")
    kind: str
    severity: Severity
    languages: list[str] = Field(default_factory=lambda: ["*"])
    summary: LocalText
    message: LocalText | None = None
    messages: dict[str, LocalText] = Field(default_factory=dict)
    params: dict[str, Any] = Field(default_factory=dict)
    docs: dict[str, Any] = Field(default_factory=dict)
    cases: Cases = Field(default_factory=Cases)
    supersedes: list[str] = Field(
        default_factory=list,
        description="ids of rules of the same family whose finding this rule's finding replaces when it holds that "
        "finding's span at the same or a higher severity",
    )
    enabled: bool = True

    @field_validator("summary", "message")
    @classmethod
    def _has_english(cls, value: LocalText | None) -> LocalText | None:
        if value is not None and "en" not in value:
            raise ValueError("needs at least an 'en' text (and 'fr')")
        return value


@dataclass(frozen=True)
class RuleSpec:
    """A validated rule file: meta, raw params (validated against the kind when built), cases."""

    meta: RuleMeta
    params: Mapping[str, Any]
    cases: tuple[Case, ...] = ()
    enabled: bool = True

    @property
    def id(self) -> str:
        """The rule id (``family.name``)."""
        return self.meta.id


def packaged_rules_dir() -> Path:
    """The rules shipped with Sevenfold: ``app/_rules`` in a wheel, ``rules/`` in a checkout."""
    folder = shipped_rules_folder()
    if folder is None:
        raise FileNotFoundError(f"no rules folder found beside {Path(__file__).resolve().parent}")
    return folder


def parse_rule_file(path: Path, root: Path) -> RuleSpec:
    """Read and validate one rule file; ``RuleFileError`` names the file and key on any problem."""
    rel = path.relative_to(root)
    if len(rel.parts) != 2:
        raise RuleFileError(path, "(path)", "a rule file lives at rules/<family>/<name>.yml")
    family_name, stem = rel.parts[0], path.stem
    try:
        family = Family(family_name)
    except ValueError:
        families = ", ".join(f.value for f in Family)
        raise RuleFileError(path, "(path)", f"unknown family folder {family_name!r}; use one of {families}") from None
    if not _NAME.match(stem):
        raise RuleFileError(path, "(path)", "a rule name is lowercase and dash-separated, e.g. over-limit.yml")
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleFileError(path, "(file)", f"cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "(file)"
        raise RuleFileError(path, where, "not valid YAML") from None
    if not isinstance(data, dict):
        raise RuleFileError(path, "(root)", "a rule file is a mapping of keys to values")
    try:
        spec = RuleFile.model_validate(data)
    except ValidationError as exc:
        key, reason = policy_reason(exc.errors(), RuleFile)
        raise RuleFileError(path, key, reason) from None
    messages = dict(spec.messages)
    if spec.message is not None:
        messages["default"] = spec.message
    meta = RuleMeta(
        id=f"{family.value}.{stem}",
        family=family,
        severity=spec.severity,
        languages=frozenset(spec.languages),
        summary=spec.summary,
        messages=messages,
        kind=spec.kind,
        docs=spec.docs,
        source=path,
        supersedes=tuple(spec.supersedes),
    )
    return RuleSpec(meta=meta, params=spec.params, cases=tuple(spec.cases.all_cases()), enabled=spec.enabled)


def discover_rule_files(root: Path) -> list[Path]:
    """Every ``<family>/<name>.yml`` under ``root``, sorted (sub-folders are data, not rules)."""
    return sorted(p for p in root.glob("*/*.yml") if p.is_file()) + sorted(
        p for p in root.glob("*/*.yaml") if p.is_file()
    )


def load_specs(roots: Iterable[Path]) -> list[RuleSpec]:
    """Rule specs from every root; a later root's rule replaces an earlier one with the same id."""
    by_id: dict[str, RuleSpec] = {}
    for root in roots:
        if not root.is_dir():
            raise RuleFileError(root, "(folder)", "rules folder not found")
        for path in discover_rule_files(root):
            spec = parse_rule_file(path, root)
            by_id[spec.id] = spec
    for spec in by_id.values():
        _check_supersedes(spec, by_id)
    return [by_id[k] for k in sorted(by_id)]


def _check_supersedes(spec: RuleSpec, by_id: Mapping[str, RuleSpec]) -> None:
    """Each rule a rule supersedes exists and is not the rule itself; it may be of another family (H, session 22: an
    insult's risk finding replaces the tone turn's on the same words, whose turn then counts one finding less)."""
    where = spec.meta.source or spec.id
    for index, other in enumerate(spec.meta.supersedes):
        if other == spec.id:
            raise RuleFileError(where, f"supersedes.{index}", "a rule cannot supersede itself")
        if other not in by_id:
            raise RuleFileError(where, f"supersedes.{index}", f"no rule {other!r}")


def build_rule(
    spec: RuleSpec, deps: Deps, params_override: Mapping[str, Any] | None = None, meta: RuleMeta | None = None
) -> Rule:
    """Validate params against the rule's kind and build it; errors name the file and key."""
    meta = meta or spec.meta
    where = spec.meta.source or spec.id
    try:
        kind = get_kind(meta.kind)
    except UnknownKind as exc:
        raise RuleFileError(where, "kind", str(exc)) from None
    params: dict[str, Any] = dict(spec.params)
    if params_override:
        params.update(params_override)
    try:
        validated = kind.Params.model_validate(params)
    except ValidationError as exc:
        # (S, session 19; U's request) in our words, with the value, and for an unknown key the keys the kind takes
        key, reason = policy_reason(exc.errors(), kind.Params)
        raise RuleFileError(where, f"params.{key}", reason) from None
    try:
        return kind.build(meta, validated, deps)
    except RuleFileError:
        raise
    except (ValueError, OSError, re.error) as exc:
        raise RuleFileError(where, "params", str(exc)) from None

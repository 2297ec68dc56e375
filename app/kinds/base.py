"""The plugin contract: a *kind* builds *rules* from a rule file's params; a rule checks a draft.

A kind is a class with a pydantic ``Params`` model and either a ``rule`` class (built as
``rule(meta, params)``) or its own ``build(meta, params, deps)``; its name is written once (see ``app.kinds``).
``build`` validates, compiles patterns and loads term lists once; ``Rule.check`` is pure and
deterministic. The only I/O (LanguageTool) goes through an adapter injected in ``Deps``; such rules
subclass ``AsyncRule`` so the engine runs them concurrently with the CPU rules.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from pydantic import BaseModel, ConfigDict

from app.domain import Draft, Family, Finding, ReplyContext, ReportBlocks, Severity
from app.kinds.options import read_yaml

if TYPE_CHECKING:
    from app.policy import Policy

DEFAULT_LANGUAGE = "en"


class _KeepMissing(dict[str, Any]):
    """format_map helper: an unknown placeholder stays as written instead of raising."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, values: Mapping[str, Any]) -> str:
    """Fill ``{named}`` placeholders; unknown ones are left as they are, never an exception.

    ``str.format_map`` does in C what ``string.Formatter().vformat(template, (), values)`` did (same parser and
    look-ups, same text for every template the Formatter filled; ``tests/test_kinds_registry.py`` compares the
    two on random templates).
    """
    try:
        return template.format_map(_KeepMissing(values))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


def pick_language(texts: Mapping[str, str], language: str) -> str:
    """The text for ``language`` (``fr-CA`` falls back to ``fr``, then English, then any)."""
    if language in texts:
        return texts[language]
    base = language.split("-")[0]
    if base in texts:
        return texts[base]
    if DEFAULT_LANGUAGE in texts:
        return texts[DEFAULT_LANGUAGE]
    return next(iter(texts.values()), "")


@dataclass(frozen=True)
class RuleMeta:
    """What the catalogue says of a rule: id, family, default severity, languages, texts."""

    id: str
    family: Family
    severity: Severity
    languages: frozenset[str]
    summary: Mapping[str, str]
    messages: Mapping[str, Mapping[str, str]]
    kind: str = ""
    docs: Mapping[str, Any] = field(default_factory=dict)
    source: Path | None = None
    supersedes: tuple[str, ...] = ()
    """Rules whose finding this rule's finding replaces when it holds that finding's span at the same or a higher
    severity: one insult, one finding (``app.engine``). Of any family (session 22): ``risk.insults`` supersedes
    ``tone.negative`` on the words of the insult."""

    def applies_to(self, language: str) -> bool:
        """True when the rule runs for drafts in ``language`` (``*`` means every language)."""
        return "*" in self.languages or language in self.languages or language.split("-")[0] in self.languages

    def message(self, language: str, key: str = "default", **values: Any) -> str:
        """The message ``key`` in the draft's language, placeholders filled."""
        texts = self.messages.get(key) or self.messages.get("default") or {}
        if not texts:
            return pick_language(self.summary, language)
        return render(pick_language(texts, language), values)

    def summary_for(self, language: str) -> str:
        """The one-line description in ``language``."""
        return pick_language(self.summary, language)


@dataclass(frozen=True)
class CheckContext:
    """What a rule may read besides the draft: the merged policy of this request, and for the rules that run
    after the others (``Rule.after_others``) the post the draft answers or quotes and the draft's findings so far."""

    policy: Policy
    replies: tuple[ReplyContext, ...] = ()
    findings: tuple[Finding, ...] = ()

    @property
    def accepted(self) -> frozenset[str]:
        """Accepted vocabulary (brand names…), case-folded."""
        return self.policy.accepted_folded


@dataclass
class Deps:
    """What kinds may use when building rules: where the rule file lives, and I/O adapters."""

    rules_root: Path
    grammar: Any = None
    extra: dict[str, Any] = field(default_factory=dict)
    """Other adapters by name (the classifier kind reads ``models_dir`` here)."""

    def resolve(self, meta: RuleMeta, relative: str) -> Path:
        """A path named in a rule file, relative to that file's folder (or the rules root)."""
        base = meta.source.parent if meta.source is not None else self.rules_root
        return (base / relative).resolve()


class Rule(ABC):
    """A built rule: ``check(draft, ctx)`` yields findings. Pure, deterministic, no I/O."""

    is_async: ClassVar[bool] = False
    after_others: ClassVar[bool] = False
    """True for rules that judge the draft's own findings (reply context): the engine runs them last."""
    params: Any
    """The kind's validated params; a rule class narrows the type (``params: MyParams``)."""

    def __init__(self, meta: RuleMeta, params: Any = None) -> None:
        self.meta = meta
        self.params = params

    @abstractmethod
    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Findings for this draft."""

    def report_blocks(self, draft: Draft, ctx: CheckContext) -> ReportBlocks:
        """Report blocks this rule fills (the tone summary: ``{"tone": ReportTone(…)}``); after ``check``."""
        return {}

    def finding(
        self,
        draft: Draft,
        start: int,
        end: int,
        *,
        key: str = "default",
        replacements: Sequence[str] = (),
        severity: Severity | None = None,
        explanation: str | None = None,
        rule_id: str | None = None,
        **values: Any,
    ) -> Finding:
        """A finding over ``draft.text[start:end]`` with the message ``key`` in the draft's language."""
        excerpt = draft.text[start:end]
        values.setdefault("excerpt", excerpt)
        return Finding(
            rule=rule_id or self.meta.id,
            family=self.meta.family,
            severity=severity or self.meta.severity,
            message=self.meta.message(draft.language, key, **values),
            offset=start,
            length=end - start,
            excerpt=excerpt,
            replacements=tuple(dict.fromkeys(r for r in replacements if r != excerpt))[:5],
            explanation=explanation,
        )


class AsyncRule(Rule):
    """A rule that does I/O (LanguageTool): the engine awaits ``check_async`` with a timeout."""

    is_async = True

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Async rules are never run synchronously."""
        raise TypeError(f"{self.meta.id} is asynchronous: use check_async")

    @abstractmethod
    async def check_async(self, draft: Draft, ctx: CheckContext) -> list[Finding]:
        """Findings for this draft; raise ``EngineUnavailable`` when the backing engine is down."""

    def unavailable(self) -> EngineUnavailable | None:
        """The ``EngineUnavailable`` that ``check_async`` would raise at once on any draft (no engine configured:
        offline), else None. The engine then starts no task for the rule (a task and the loop turns that let
        it send its request cost more than the rest of a short draft's risk checks)."""
        return None


class EngineUnavailable(Exception):
    """An engine behind a rule (LanguageTool) cannot answer: that turn is skipped, never the report."""


class KindParams(BaseModel):
    """Base of every kind's params: unknown keys are an error that names the key."""

    model_config = ConfigDict(extra="forbid", frozen=True)


P = TypeVar("P", bound=KindParams)


def patterns_by_language(value: dict[str, str], key: str = "") -> dict[str, str]:
    """A params validator's check of ``language -> regular expression``: each compiles, else ``ValueError`` names the
    key (``said.fr``) and the error, for the loader to put after the rule file's name."""
    for language, pattern in value.items():
        try:
            re.compile(pattern)
        except re.error as exc:
            where = f"{key}.{language}" if key else language
            raise ValueError(f"{where}: not a valid regular expression ({exc})") from None
    return value


class Kind(Generic[P]):
    """A kind of rule: validates params and builds ``Rule`` objects once.

    A kind's name is written once: its ``name`` attribute, else its class name in kebab case, found by
    ``app.kinds.builtin_kinds`` (or its entry point's name).
    A kind whose rule needs nothing but its params sets ``rule`` to the rule class; one that loads
    files or compiles data once overrides ``build``.
    """

    Params: ClassVar[type[KindParams]]
    rule: ClassVar[type[Rule]]

    def build(self, meta: RuleMeta, params: P, deps: Deps) -> Rule:
        """Build the rule: compile patterns and load term lists here, once (default: ``rule(meta, params)``)."""
        factory = cast("Callable[[RuleMeta, P], Rule]", type(self).rule)  # a rule class taking (meta, params)
        return factory(meta, params)


def borrowed_params(rule_id: str, kind: str, key: str, deps: Deps) -> tuple[Path, dict[str, Any]]:
    """The file and params of another rule (``risk.hate`` -> rules/risk/hate.yml), which must be of ``kind``;
    ``ValueError`` names ``key`` (this rule's param), the rule and its file."""
    family, _, name = rule_id.partition(".")
    path = deps.rules_root / family / f"{name}.yml"
    if not name or not path.is_file():
        raise ValueError(f"{key}: no rule file for {rule_id!r} ({path})")
    data: Any = read_yaml(path, f"{key}:")
    if not isinstance(data, Mapping) or data.get("kind") != kind:
        raise ValueError(f"{key}: {rule_id!r} is not a {kind} rule")
    params = data.get("params") or {}
    if not isinstance(params, Mapping):
        raise ValueError(f"{key}: {path}: params must be a mapping")
    return path, dict(params)

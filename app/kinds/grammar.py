"""The ``grammar`` kind: turn 2, spelling, grammar and typography from LanguageTool.

One rule file (``rules/grammar/languagetool.yml``) builds one ``GrammarRule``. It asks the injected
grammar service (``app.languagetool.service.GrammarService``) for matches and turns each into a
finding with rule id ``grammar.<LanguageTool rule id>``, a severity from LanguageTool's issue type
(misspelling and grammar: warning; typographical and style: info; the rule's own severity, which a
policy may raise, is the floor), up to five replacements and LanguageTool's message, which is in
the draft's language. The rule's languages are those LanguageTool has here, so a draft in another
language gets the turn skipped with a reason. Without a service (``--offline``) the rule raises
``EngineUnavailable`` so the turn is reported ``skipped`` and ``unavailable`` names it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, ClassVar, Literal, Protocol

from pydantic import Field

from app.domain import Draft, Finding, Severity
from app.kinds.base import AsyncRule, CheckContext, Deps, EngineUnavailable, Kind, KindParams, RuleMeta

OFFLINE_REASON = "offline: grammar not checked"

DEFAULT_SEVERITIES: dict[str, Severity] = {
    "misspelling": Severity.WARNING,
    "grammar": Severity.WARNING,
    "uncategorized": Severity.WARNING,
    "duplication": Severity.WARNING,
    "inconsistency": Severity.WARNING,
    "typographical": Severity.INFO,
    "style": Severity.INFO,
    "whitespace": Severity.INFO,
    "register": Severity.INFO,
    "locale-violation": Severity.INFO,
}


class GrammarMatchLike(Protocol):
    """What the rule reads of a match from the service."""

    @property
    def rule_id(self) -> str: ...

    @property
    def issue_type(self) -> str: ...

    @property
    def message(self) -> str: ...

    @property
    def offset(self) -> int: ...

    @property
    def length(self) -> int: ...

    @property
    def replacements(self) -> tuple[str, ...]: ...


class GrammarParams(KindParams):
    """Params of the grammar rule (a policy may override any of them)."""

    languages: list[str] | None = Field(
        default=None, description="languages to check; default: those LanguageTool has here"
    )
    severities: dict[str, Severity] = Field(
        default_factory=dict, description="severity by LanguageTool issue type, over the defaults"
    )
    default_severity: Severity = Field(default=Severity.INFO, description="for issue types not listed")
    disabled_rules: list[str] = Field(default_factory=list, description="LanguageTool rule ids never reported")
    level: Literal["default", "picky"] = "default"


class GrammarRule(AsyncRule):
    """Findings from LanguageTool for one draft."""

    def __init__(self, meta: RuleMeta, params: GrammarParams, service: Any) -> None:
        super().__init__(meta)
        self.params = params
        self.service = service
        self.severities = {**DEFAULT_SEVERITIES, **params.severities}
        self.disabled = tuple(params.disabled_rules)

    def severity_for(self, issue_type: str) -> Severity:
        """The issue type's severity, never below the rule's own (policy-raised) severity."""
        mapped = self.severities.get(issue_type, self.params.default_severity)
        return mapped if mapped.rank >= self.meta.severity.rank else self.meta.severity

    def to_finding(self, draft: Draft, match: GrammarMatchLike) -> Finding:
        """A match as a finding: ``grammar.<id>``, severity by issue type, LanguageTool's message."""
        return self.finding(
            draft,
            match.offset,
            match.offset + match.length,
            rule_id=f"{self.meta.family.value}.{match.rule_id}",
            replacements=match.replacements,
            severity=self.severity_for(match.issue_type),
            message=match.message,
            rule=match.rule_id,
        )

    def unavailable(self) -> EngineUnavailable | None:
        """Offline (no LanguageTool service): unavailable for every draft, known without a task."""
        return EngineUnavailable(OFFLINE_REASON) if self.service is None else None

    async def check_async(self, draft: Draft, ctx: CheckContext) -> list[Finding]:
        """Ask LanguageTool; raise ``EngineUnavailable`` when it cannot answer (or offline)."""
        if self.service is None:
            raise EngineUnavailable(OFFLINE_REASON)
        matches = await self.service.check(draft, ctx.accepted, disabled_rules=self.disabled, level=self.params.level)
        return [self.to_finding(draft, m) for m in matches if not draft.overlaps_entity(m.offset, m.offset + m.length)]


class GrammarKind(Kind[GrammarParams]):
    """Builds the LanguageTool-backed grammar rule."""

    Params: ClassVar[type[KindParams]] = GrammarParams

    def build(self, meta: RuleMeta, params: GrammarParams, deps: Deps) -> GrammarRule:
        """The rule, its languages set to what LanguageTool has here (or the params' list)."""
        service = deps.grammar
        languages: frozenset[str] | None = None
        if params.languages:
            languages = frozenset(code.split("-")[0].lower() for code in params.languages)
        elif service is not None:
            languages = frozenset(service.languages())
        if languages is not None:
            meta = replace(meta, languages=languages)
        return GrammarRule(meta, params, service)

"""The engine: one ``Engine.review`` behind every door.

It prepares the draft (twitter-text length and entities, language), picks the rules the policy
enables, runs I/O rules (grammar) concurrently with the CPU rules, isolates a failing rule, applies
acknowledgements, sorts findings, fills the seven turns and the verdict.
"""

from __future__ import annotations

import asyncio
import difflib
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from app.domain import (
    FAMILY_ORDER,
    Acknowledgement,
    Draft,
    EntitySpan,
    Family,
    Finding,
    ReplyContext,
    Report,
    ReportBlocks,
    ReportEntities,
    ReportLength,
    RuleError,
    Severity,
    SkippedRule,
    Turn,
    TurnStatus,
    finding_sort_key,
    verdict_for,
)
from app.kinds.base import DEFAULT_LANGUAGE, AsyncRule, CheckContext, Deps, EngineUnavailable, Rule, RuleMeta
from app.kinds.budget import recording_skips
from app.kinds.length import network_entries
from app.kinds.term_scan import share as share_term_scan
from app.language_pass import language_extras, other_language_findings, remember_choice, segment_findings
from app.loader import RuleFileError, RuleSpec, build_rule, load_specs, packaged_rules_dir
from app.policy import Policy, PolicyError, TermEntry, merge_policy
from app.report_language import not_judged, not_judged_reason
from app.settings import Settings, get_settings
from app.text.folding import term_memo
from app.text.language import choose_language, other_language_segments
from app.text.thread import counting_config
from app.text.tweet import Entities, extract_entities, extract_mentions, parse_tweet
from app.texts import label, localise

log = logging.getLogger("sevenfold.engine")

_CONTEXT_FAMILIES = frozenset({Family.RISK, Family.PRIVACY, Family.TONE})

_RULESET_CACHE_SIZE = 64


class InputError(ValueError):
    """A draft that cannot be reviewed (empty, lone surrogates…): doors answer 422 / exit 2."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


@dataclass
class RuleRun:
    """What running a rule set on one draft gave: findings, crashed rules, report blocks, engines down, rules
    a pattern of which ran over its time budget (``app.kinds.budget``)."""

    applicable: list[Rule]
    families: frozenset[Family] = frozenset()
    """The families of the ``applicable`` rules (the plan's, computed once per rule set and language)."""
    findings: list[Finding] = field(default_factory=list)
    errors: list[RuleError] = field(default_factory=list)
    blocks: ReportBlocks = field(default_factory=lambda: ReportBlocks())
    unavailable: dict[Family, str] = field(default_factory=dict)
    skipped: list[SkippedRule] = field(default_factory=list)
    not_judged: tuple[Family, ...] = ()
    """The families with no rules for the draft's language (``app.report_language``)."""


@dataclass(frozen=True)
class LanguagePlan:
    """What a rule set runs for drafts in one language: computed once per (rule set, language)."""

    applicable: tuple[Rule, ...]
    async_rules: tuple[Rule, ...]
    sync_rules: tuple[tuple[Rule, bool], ...]
    """The CPU rules in running order (``after_others`` last), each with whether it fills report blocks."""
    families: frozenset[Family] = frozenset()
    """The families of the ``applicable`` rules."""
    not_judged: tuple[Family, ...] = ()
    """The families with rules for other languages only (``app.report_language``)."""


@dataclass(frozen=True)
class RuleSet:
    """The rules one policy enables, by family, and why a family has none."""

    rules: tuple[Rule, ...]
    disabled_families: frozenset[Family]
    plans: dict[str, LanguagePlan] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def families(self) -> frozenset[Family]:
        """The families with at least one rule in this set."""
        return frozenset(r.meta.family for r in self.rules)

    def plan(self, language: str) -> LanguagePlan:
        """The rules that apply to ``language`` and the order they run in (cached per language)."""
        plan = self.plans.get(language)
        if plan is None:
            applicable = tuple(r for r in self.rules if r.meta.applies_to(language))
            sync = sorted((r for r in applicable if not r.is_async), key=lambda r: r.after_others)
            plan = LanguagePlan(
                applicable=applicable,
                async_rules=tuple(r for r in applicable if r.is_async),
                # a rule that keeps the base class's report_blocks fills none: it is not asked
                sync_rules=tuple((r, type(r).report_blocks is not Rule.report_blocks) for r in sync),
                families=frozenset(r.meta.family for r in applicable),
                not_judged=not_judged(self.rules, applicable, self.disabled_families),
            )
            self.plans[language] = plan
        return plan


_SURROGATE = re.compile("[\ud800-\udfff]")


def check_text(text: str) -> None:
    """Raise ``InputError`` for text no review can be made of."""
    if not text or not text.strip():
        raise InputError("text", "the draft is empty: write something to check")
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        index = surrogate.start()
        raise InputError("text", f"the draft holds a lone surrogate (invalid Unicode) at character {index}")


def report_entities(entities: Entities) -> ReportEntities:
    """The report's entities: spans include the sigil, value without it."""

    def spans(group: Iterable[Any]) -> tuple[EntitySpan, ...]:
        return tuple(EntitySpan(e.value, e.offset, e.length) for e in group)

    return ReportEntities(
        mentions=spans(entities.mentions),
        hashtags=spans(entities.hashtags),
        urls=spans(entities.urls),
        cashtags=spans(entities.cashtags),
    )


def custom_term_specs(policy: Policy) -> list[RuleSpec]:
    """Rules built from the policy's own term lists and rejected vocabulary (kind ``terms``)."""
    specs: list[RuleSpec] = []
    for term_list in policy.terms:
        message = term_list.message
        messages: dict[str, Mapping[str, str]] = {}
        if isinstance(message, str):
            messages["default"] = {"en": message}
        elif message:
            messages["default"] = message
        else:
            messages["default"] = {
                "en": "'{excerpt}' is on your organisation's '{list}' list.",
                "fr": "« {excerpt} » figure sur la liste « {list} » de votre organisation.",
            }
        entries = [
            (entry.model_dump(exclude_none=True) if isinstance(entry, TermEntry) else {"term": entry})
            for entry in term_list.terms
        ]
        meta = RuleMeta(
            id=f"{term_list.family.value}.custom-{term_list.name}",
            family=term_list.family,
            severity=term_list.severity,
            languages=frozenset({"*"}),
            summary={
                "en": f"Terms from the policy list '{term_list.name}'.",
                "fr": f"Termes de la liste « {term_list.name} » de la politique.",
            },
            messages=messages,
            kind="terms",
            docs={"origin": "policy"},
        )
        specs.append(RuleSpec(meta=meta, params={"terms": entries, "list_name": term_list.name}))
    if policy.reject:
        meta = RuleMeta(
            id="risk.rejected-vocabulary",
            family=Family.RISK,
            severity=Severity.WARNING,
            languages=frozenset({"*"}),
            summary={"en": "Words your policy rejects.", "fr": "Mots que votre politique refuse."},
            messages={
                "default": {
                    "en": "'{excerpt}' is rejected by your style policy.",
                    "fr": "« {excerpt} » est refusé par votre charte éditoriale.",
                }
            },
            kind="terms",
            docs={"origin": "policy"},
        )
        specs.append(RuleSpec(meta=meta, params={"terms": [{"term": w} for w in policy.reject], "list_name": "reject"}))
    return specs


def _no_such_rule(key: str, rule_id: str, known: set[str]) -> str:
    """Why ``rule_id`` is refused, in English (localised where said), with the nearest known ids when some are near
    (``difflib``, as a misspelt policy key is answered): ``risk.profanty`` -> "did you mean risk.profanity?"."""
    close = difflib.get_close_matches(rule_id, sorted(known), n=3, cutoff=0.75)
    if not close:
        return label(key, DEFAULT_LANGUAGE)
    return label(f"{key}-close", DEFAULT_LANGUAGE, close=", ".join(close))


class Engine:
    """Loads the rule catalogue once and reviews drafts under a policy."""

    def __init__(
        self,
        specs: list[RuleSpec],
        deps: Deps,
        *,
        settings: Settings | None = None,
        base_policy: Policy | None = None,
        policy_source: str = "policy",
    ) -> None:
        self.settings = settings or get_settings()
        self.deps = deps
        self.base_policy = base_policy or Policy()
        self.specs: dict[str, RuleSpec] = {s.id: s for s in specs}
        self._superseded_by: dict[str, frozenset[str]] = _superseded_by(self.specs.values())
        self._rereading: dict[str, frozenset[str]] = _rereading(self.specs.values())
        self._rulesets: OrderedDict[str, RuleSet] = OrderedDict()
        self._policy_keys: dict[int, tuple[Policy, str]] = {}
        self.validate_policy(self.base_policy, policy_source)
        # Build the default rule set now, so a bad rule file (or bad params in the policy) fails at start-up.
        self.ruleset(self.base_policy, policy_source)

    @classmethod
    def create(
        cls,
        settings: Settings | None = None,
        *,
        grammar: Any = None,
        policy: Policy | None = None,
        extra_rule_dirs: Iterable[Path] = (),
        policy_source: str | None = None,
    ) -> Engine:
        """An engine over the packaged rules (or ``settings.rules_dir``) and any extra folders."""
        settings = settings or get_settings()
        root = settings.rules_dir or packaged_rules_dir()
        roots = [root, *extra_rule_dirs]
        deps = Deps(rules_root=root, grammar=grammar)
        source = policy_source or (policy.source if policy is not None else "policy")
        return cls(load_specs(roots), deps, settings=settings, base_policy=policy, policy_source=source)

    # -- catalogue and policy -------------------------------------------------------------

    def catalogue(self) -> list[RuleMeta]:
        """Every rule's meta, sorted by family order then id."""
        order = {f: i for i, f in enumerate(FAMILY_ORDER)}
        return sorted((s.meta for s in self.specs.values()), key=lambda m: (order[m.family], m.id))

    def validate_policy(self, policy: Policy, where: str) -> None:
        """Unknown rule ids, unknown acknowledged rules and bad params are ``PolicyError``s naming the key."""
        custom_ids = {s.id for s in custom_term_specs(policy)}
        known = set(self.specs) | custom_ids
        # each unknown rule named, not the first alone (a file with two misspelt rules was told one, then the next)
        wrong = [(f"rules.{r}", _no_such_rule("policy-no-such-rule", r, known)) for r in policy.rules if r not in known]
        for rule_id in policy.acks:  # the reasons in English, as app.texts writes them (localised where said)
            if rule_id in known or rule_id.startswith("grammar."):
                continue
            flag = policy.ack_flag(rule_id)
            if flag is not None:  # `--ack nope.rule="…"`: said as the user wrote it, not as the policy's key
                raise PolicyError(f"{flag} {rule_id}", _no_such_rule("policy-no-rule-to-ack-flag", rule_id, known))
            wrong.append((f"acks.{rule_id}", _no_such_rule("policy-no-rule-to-ack", rule_id, known)))
        if wrong:
            (key, reason), *others = wrong
            raise PolicyError(f"{where}: {key}", reason, others)

    def resolve_policy(
        self, overrides: Mapping[str, Any] | None, where: str = "policy", base: Policy | None = None
    ) -> Policy:
        """``base`` (default: the engine's policy) with a request's overrides merged and validated."""
        base = base or self.base_policy
        if not overrides:
            return base
        policy = merge_policy(base, overrides, where)
        self.validate_policy(policy, where)
        return policy

    def ruleset(self, policy: Policy, where: str = "policy") -> RuleSet:
        """The rules ``policy`` enables, built with its severities and params (cached per policy)."""
        key = self._policy_key(policy)
        cached = self._rulesets.get(key)
        if cached is not None:
            self._rulesets.move_to_end(key)
            return cached
        with term_memo():  # the lists fold the same forms many times: each once
            ruleset = self._build_ruleset(policy, where)
        self._rulesets[key] = ruleset
        if len(self._rulesets) > _RULESET_CACHE_SIZE:
            self._rulesets.popitem(last=False)
        return ruleset

    def _build_ruleset(self, policy: Policy, where: str) -> RuleSet:
        """The rules ``policy`` enables, built (``ruleset`` caches them)."""
        rules: list[Rule] = []
        disabled = frozenset(f for f in FAMILY_ORDER if not policy.family_enabled(f))
        all_specs = list(self.specs.values()) + custom_term_specs(policy)
        for spec in all_specs:
            if spec.meta.family in disabled:
                continue
            override = policy.rule_override(spec.id)
            enabled = spec.enabled if override is None or override.enabled is None else override.enabled
            if not enabled:
                continue
            meta = spec.meta
            family_override = policy.families.get(meta.family)
            severity = (override.severity if override else None) or (
                family_override.severity if family_override else None
            )
            if severity is not None:
                meta = replace(meta, severity=severity)
            try:
                rules.append(build_rule(spec, self.deps, override.params if override else None, meta))
            except RuleFileError as exc:
                if override and override.params:
                    raise PolicyError(f"{where}: rules.{spec.id}.{exc.key}", exc.reason) from None
                raise
        share_term_scan(rules)  # the terms rules read a draft with one automaton pass (app.kinds.term_scan)
        return RuleSet(tuple(rules), disabled)

    def _policy_key(self, policy: Policy) -> str:
        """``policy.cache_key()``, kept for the last policies seen (by identity: a request without overrides
        reuses the engine's policy object, so its key is not serialised again for every draft)."""
        entry = self._policy_keys.get(id(policy))
        if entry is not None and entry[0] is policy:
            return entry[1]
        key = policy.cache_key()
        self._policy_keys[id(policy)] = (policy, key)  # holding the policy keeps its id from being reused
        if len(self._policy_keys) > _RULESET_CACHE_SIZE:
            self._policy_keys.pop(next(iter(self._policy_keys)), None)
        return key

    # -- review ---------------------------------------------------------------------------

    def prepare(self, text: str, policy: Policy, language: str | None = None) -> Draft:
        """The draft as rules see it: length, entities and language resolved."""
        check_text(text)
        config = counting_config(policy.counting, policy.limit)
        length = parse_tweet(text, config)
        entities = extract_entities(text)
        requested = language if language and language != "auto" else policy.language
        choice = choose_language(
            text, entities, requested, default=self.settings.default_language, variants=policy.variants
        )
        draft = Draft(
            text=text,
            language=choice.language,
            variant=choice.variant,
            length=length,
            entities=entities,
            detected=choice.detected,
        )
        segments = other_language_segments(text, entities, choice.language, skip=choice.also)
        return remember_choice(draft, choice, segments)

    async def review(
        self,
        text: str,
        *,
        language: str | None = None,
        policy: Policy | None = None,
        overrides: Mapping[str, Any] | None = None,
        in_reply_to: str | Mapping[str, Any] | None = None,
        quoting: str | Mapping[str, Any] | None = None,
    ) -> Report:
        """Review a draft: every turn, findings sorted, verdict; with the post it answers or quotes, if given."""
        policy = self.resolve_policy(overrides, base=policy)
        draft = self.prepare(text, policy, language)
        ruleset = self.ruleset(policy)
        started = time.perf_counter()
        with recording_skips() as skipped:  # a rule skipped for this draft is reported, never silent
            replies = tuple(
                context
                for context in (
                    self._reply_context("in_reply_to", "reply", in_reply_to, policy, ruleset, draft.language),
                    self._reply_context("quoting", "quote", quoting, policy, ruleset, draft.language),
                )
                if context is not None
            )
            run = await self._run_rules(draft, ruleset, CheckContext(policy=policy), replies)
        run.skipped = skipped
        findings = self._sanitise(draft, run.findings, run.errors)
        findings = self._apply_acks(findings, policy)
        if self._superseded_by:
            mentions = tuple((m.offset, m.end) for m in draft.entities.mentions)
            findings = drop_superseded(findings, self._superseded_by, mentions)
            findings = drop_reread(findings, self._rereading, mentions)
        findings.sort(key=finding_sort_key)
        report_language = (
            draft.variant
            if draft.variant != draft.language and self._variant_is_explicit(draft, policy, language)
            else draft.language
        )
        _localise_run(run, report_language)
        turns = self._turns(draft, ruleset, run, findings, report_language)
        log.debug("reviewed a draft of %d characters in %.2f ms", len(text), (time.perf_counter() - started) * 1000)
        return self._report(draft, policy, report_language, run, turns, findings)

    async def _run_rules(
        self, draft: Draft, ruleset: RuleSet, ctx: CheckContext, replies: tuple[ReplyContext, ...]
    ) -> RuleRun:
        """Every applicable rule on the draft: I/O rules (grammar) started first and awaited last, a failing
        rule isolated, the other language packs' rules on an unsure language."""
        policy = ctx.policy
        plan = ruleset.plan(draft.language)
        run = RuleRun(applicable=list(plan.applicable), families=plan.families, not_judged=plan.not_judged)
        async_rules = plan.async_rules
        sync_rules = plan.sync_rules  # reply and network-norm rules (after_others) last: they read the others' findings
        findings, errors = run.findings, run.errors

        down = {rule.meta.id: rule.unavailable() for rule in async_rules if isinstance(rule, AsyncRule)}
        tasks = {
            rule.meta.id: asyncio.create_task(self._run_async(rule, draft, ctx))
            for rule in async_rules
            if down.get(rule.meta.id) is None
        }
        try:
            # let the I/O rules send their requests before the CPU rules take the loop; without any, yield once
            # (a review cancelled by then stops before its CPU work)
            for _ in range(4 if tasks else 1):
                await asyncio.sleep(0)
            late = False
            for rule, fills_blocks in sync_rules:
                if rule.after_others and not late:  # from here on, rules read the findings so far
                    ctx = CheckContext(policy=policy, replies=replies, findings=tuple(findings))
                    late = True
                try:
                    findings.extend(rule.check(draft, ctx))
                    if fills_blocks:
                        run.blocks.update(rule.report_blocks(draft, ctx))
                except Exception as exc:
                    # the traceback only at DEBUG: an exception's message may quote the (confidential) draft
                    log.error(
                        "rule %s failed (%s)", rule.meta.id, exc.__class__.__name__, exc_info=log.isEnabledFor(10)
                    )
                    errors.append(RuleError(rule.meta.id, f"internal error ({exc.__class__.__name__})"))
            # an unsure language: the other packs' risk and tone-phrase rules too (app/language_pass.py)
            findings.extend(other_language_findings(draft, ruleset.rules, ctx, findings, errors, policy.variants))
            # a mixed draft: the other language's rules on its sentences in that language (app/language_pass.py)
            findings.extend(segment_findings(draft, ruleset.rules, ctx, findings, errors, policy.variants))

            for rule in async_rules:  # an engine known to be down (offline) answers without a task
                result = down.get(rule.meta.id) or await tasks[rule.meta.id]
                if isinstance(result, EngineUnavailable):
                    run.unavailable.setdefault(rule.meta.family, str(result) or "engine unavailable")
                elif isinstance(result, BaseException):
                    log.error("rule %s failed (%s)", rule.meta.id, result.__class__.__name__)
                    errors.append(RuleError(rule.meta.id, f"internal error ({result.__class__.__name__})"))
                else:
                    findings.extend(result)

        finally:  # a cancelled review (client gone) leaves no request running
            for task in tasks.values():
                if not task.done():
                    task.cancel()
        return run

    @staticmethod
    def _report(
        draft: Draft, policy: Policy, language: str, run: RuleRun, turns: tuple[Turn, ...], findings: list[Finding]
    ) -> Report:
        """The report: every block typed (``app.domain.Report``), the rules' blocks (``report_blocks``) last."""
        # one entry per selected network; ``length`` stays the first network's (X by default), as before
        networks = network_entries(draft, policy, draft.language)
        first = networks[0]
        language_report = language_extras(draft)
        return Report(
            verdict=verdict_for(findings),
            language=language,
            length=ReportLength(first.weighted, first.limit, first.remaining, first.valid, first.thread),
            entities=report_entities(draft.entities),
            turns=turns,
            findings=tuple(findings),
            unavailable=tuple(f.value for f in FAMILY_ORDER if f in run.unavailable),
            language_confidence=language_report["language_confidence"],
            languages_checked=tuple(language_report["languages_checked"]),
            language_segments=language_report["language_segments"],
            networks=networks,
            rule_errors=tuple(run.errors),
            skipped_rules=tuple(run.skipped),
            not_judged=tuple(f.value for f in run.not_judged),
            **run.blocks,
        )

    # -- helpers ----------------------------------------------------------------------------

    def _reply_context(
        self,
        field: str,
        relation: str,
        source: str | Mapping[str, Any] | None,
        policy: Policy,
        ruleset: RuleSet,
        language: str,
    ) -> ReplyContext | None:
        """The post a draft answers or quotes, judged by the same risk, privacy and tone rules; None if empty."""
        if source is None:
            return None
        text = source if isinstance(source, str) else str(source.get("text") or "")
        author = None if isinstance(source, str) else (source.get("author") or None)
        if not text.strip():
            return None  # an empty context is ignored, not an error
        try:
            parent = self.prepare(text, policy, None)
        except InputError as exc:
            raise InputError(f"{field}.text" if not isinstance(source, str) else field, exc.reason) from None
        parent_ctx = CheckContext(policy=policy)
        findings: list[Finding] = []
        for rule in ruleset.rules:
            if (
                rule.is_async
                or rule.after_others
                or rule.meta.family not in _CONTEXT_FAMILIES
                or not rule.meta.applies_to(parent.language)
            ):
                continue
            try:
                findings.extend(rule.check(parent, parent_ctx))
            except Exception as exc:  # noqa: BLE001 - the parent's text is never logged, only the rule
                log.error("rule %s failed on a reply context (%s)", rule.meta.id, exc.__class__.__name__)
        labels = {f.rule: self.specs[f.rule].meta.summary_for(language) for f in findings if f.rule in self.specs}
        return ReplyContext(
            relation=relation,
            text=text,
            author=str(author) if author else None,
            findings=tuple(findings),
            labels=labels,
            mentions=tuple(m.value for m in parent.entities.mentions),
        )

    @staticmethod
    def _variant_is_explicit(draft: Draft, policy: Policy, language: str | None) -> bool:
        return bool((language and "-" in language) or draft.language in policy.variants)

    async def _run_async(
        self, rule: AsyncRule | Rule, draft: Draft, ctx: CheckContext
    ) -> list[Finding] | BaseException:
        assert isinstance(rule, AsyncRule)
        try:
            return await asyncio.wait_for(rule.check_async(draft, ctx), timeout=self.settings.grammar_timeout)
        except TimeoutError:
            return EngineUnavailable(f"no answer within {self.settings.grammar_timeout:g} s")
        except EngineUnavailable as exc:
            return exc
        except Exception as exc:  # noqa: BLE001 - isolate the rule
            return exc

    @staticmethod
    def _sanitise(draft: Draft, findings: list[Finding], errors: list[RuleError]) -> list[Finding]:
        """Drop (and report) any finding whose span does not hold: the invariant is never broken."""
        text = draft.text
        size = len(text)
        good: list[Finding] = []
        for f in findings:
            if (
                0 <= f.offset <= size
                and f.length >= 0
                and f.offset + f.length <= size
                and text[f.offset : f.offset + f.length] == f.excerpt
            ):
                good.append(f)
            else:
                log.error("rule %s produced a span outside the text; dropped", f.rule)
                errors.append(RuleError(f.rule, "span outside the text (dropped)"))
        return good

    @staticmethod
    def _apply_acks(findings: list[Finding], policy: Policy) -> list[Finding]:
        if not policy.acks:
            return findings
        out: list[Finding] = []
        for f in findings:
            ack = policy.acks.get(f.rule) or policy.acks.get(f.family.value)
            if ack is None:
                out.append(f)
                continue
            out.append(
                replace(
                    f,
                    severity=Severity.INFO,
                    acknowledged=Acknowledgement(reason=ack.reason, by=ack.by, original_severity=f.severity),
                )
            )
        return out

    def _turns(
        self, draft: Draft, ruleset: RuleSet, run: RuleRun, findings: list[Finding], language: str
    ) -> tuple[Turn, ...]:
        """Each family's turn; a skipped or partly checked one says why in the report's ``language``."""
        by_family: dict[Family, list[Finding]] = {f: [] for f in FAMILY_ORDER}
        for finding in findings:
            by_family[finding.family].append(finding)
        has_rules = ruleset.families
        runs = run.families
        unavailable = run.unavailable
        errored = {self.specs[e.rule].meta.family for e in run.errors if e.rule in self.specs} if run.errors else ()
        skipped, not_judged = run.skipped, run.not_judged
        turns: list[Turn] = []
        for family in FAMILY_ORDER:
            items = by_family[family]
            if family in ruleset.disabled_families:
                turns.append(Turn(family, TurnStatus.SKIPPED, 0, label("turn-turned-off", language)))
                continue
            if family in unavailable:
                down = label("turn-unavailable", language, detail=unavailable[family])
                turns.append(Turn(family, TurnStatus.SKIPPED, len(items), down))
                continue
            if family not in has_rules:
                turns.append(Turn(family, TurnStatus.SKIPPED, 0, label("turn-no-rules", language)))
                continue
            if family not in runs:
                none = label("turn-no-language", language, language=draft.language)
                turns.append(Turn(family, TurnStatus.SKIPPED, 0, none))
                continue
            if not items and not skipped and family not in errored and family not in not_judged:
                # (S, session 18) most turns: a pass with no reason (none of the reasons below applies)
                turns.append(Turn(family, TurnStatus.PASS, 0, None))
                continue
            worst = max((_RANK[f.severity] for f in items), default=-1)
            status = TurnStatus.FAIL if worst >= 2 else TurnStatus.WARN if worst == 1 else TurnStatus.PASS
            reason = label("turn-rules-failed", language) if family in errored else None
            if family in run.not_judged:  # a language without rules: said, not passed as judged (app.report_language)
                reason = "; ".join(([reason] if reason else []) + [not_judged_reason(draft.language, language)])
            partly = [
                label("turn-rule-skipped", language, rule=s.rule, reason=s.reason)
                for s in skipped
                if s.family == family
            ]
            if partly:  # checked, but not by every rule: said like a degraded turn, the status stays the findings'
                reason = "; ".join(([reason] if reason else []) + [label("turn-partly", language), *partly])
            turns.append(Turn(family, status, len(items), reason))
        return tuple(turns)


_RANK = {severity: severity.rank for severity in Severity}
"""Each severity's rank (``Severity.rank``), read without the property call (S, session 18)."""


def _localise_run(run: RuleRun, language: str) -> None:
    """The reasons the rules and engines wrote in English (skipped rules, rule errors, engines down) in the
    report's ``language`` (``app.texts``); English ones are kept byte for byte."""
    run.skipped = [replace(s, reason=localise(s.reason, language)) for s in run.skipped]
    run.errors[:] = [replace(e, reason=localise(e.reason, language)) for e in run.errors]
    run.unavailable = {family: localise(detail, language) for family, detail in run.unavailable.items()}


def _superseded_by(specs: Iterable[RuleSpec]) -> dict[str, frozenset[str]]:
    """Rule id -> the rules whose finding replaces its finding (the inverse of each rule file's ``supersedes``)."""
    by: dict[str, set[str]] = {}
    for spec in specs:
        for other in spec.meta.supersedes:
            by.setdefault(other, set()).add(spec.id)
    return {rule: frozenset(rules) for rule, rules in by.items()}


def _rereading(specs: Iterable[RuleSpec]) -> dict[str, frozenset[str]]:
    """(C, session 52) Rule id -> the rules that supersede it and read the same predicate lists: two proximity rules
    pairing one list of contempt with two lists of targets (``tone.contempt``'s "my boss" and ``risk.disparagement``'s
    "@dave" in "my boss @dave is a spineless worm") read one phrase where their findings overlap (``drop_reread``)."""
    specs = list(specs)
    lists = {spec.id: _predicate_lists(spec) for spec in specs}
    by: dict[str, set[str]] = {}
    for spec in specs:
        for other in spec.meta.supersedes:
            if lists[spec.id] & lists.get(other, frozenset()):
                by.setdefault(other, set()).add(spec.id)
    return {rule: frozenset(rules) for rule, rules in by.items()}


def _predicate_lists(spec: RuleSpec) -> frozenset[Path]:
    """The predicate list files of a proximity rule, resolved beside its rule file (none for another kind)."""
    files = spec.params.get("predicates") if spec.meta.kind == "proximity" else None
    if not isinstance(files, Mapping) or spec.meta.source is None:
        return frozenset()
    folder = spec.meta.source.parent
    return frozenset((folder / str(name)).resolve() for name in files.values())


def drop_reread(
    findings: list[Finding],
    rereading: Mapping[str, frozenset[str]],
    mentions: Sequence[tuple[int, int]] | None = None,
) -> list[Finding]:
    """(C, session 52) ``findings`` without those a superseding rule reads again (``_rereading``): a finding goes where
    a finding of a rule that supersedes it and reads the same predicate lists overlaps what it says (``_said``: its
    span without the @mentions at its edges) at the same or a higher severity. The two paired the same words with two
    targets, where ``drop_superseded`` drops a finding only when the other holds it whole: "my boss @dave is a spineless
    worm" is one phrase of contempt, ``risk.disparagement``'s to @dave, not also ``tone.contempt``'s of "my boss". The
    verdict cannot change: the finding kept is at least as severe."""
    if not rereading or not any(f.rule in rereading for f in findings):
        return findings
    spans = [_said(f, _excerpt_mentions(f) if mentions is None else mentions) for f in findings]
    kept: list[Finding] = []
    for i, f in enumerate(findings):
        rivals = rereading.get(f.rule, frozenset())
        start, end = spans[i]
        if rivals and any(
            g.rule in rivals and g.severity.rank >= f.severity.rank and spans[j][0] < end and start < spans[j][1]
            for j, g in enumerate(findings)
        ):
            continue
        kept.append(f)
    return kept


def drop_superseded(
    findings: list[Finding],
    superseded_by: Mapping[str, frozenset[str]],
    mentions: Sequence[tuple[int, int]] | None = None,
) -> list[Finding]:
    """``findings`` without those another rule's finding replaces: a rule that ``supersedes`` it reported a span that
    holds this one at the same or a higher severity (after acknowledgements: an acknowledged finding, now info,
    replaces no warning). "You idiot" is one insult: ``risk.insults``' finding, not also ``risk.profanity``'s on
    "idiot". The verdict cannot change: the finding kept is at least as severe as the one dropped.

    (H, session 22) What a finding says is its span without the @mentions at its edges: they name who it is said
    to, not what is said. "@dave you are a pathetic idiot" is one insult: ``risk.disparagement``'s '@dave you are a
    pathetic' says what ``risk.insults``' 'you are a pathetic idiot' says, to @dave. A rule may supersede a rule of
    another family: ``tone.negative``'s 'pathetic idiot' lies inside that insult too (the tone summary stays).

    (H, session 22) A risk or tone rule's own findings nest too (what is said): « tu es un idiot » is one insult,
    not also « un idiot » inside it. The finding that holds another of the same rule at the same or a higher severity
    keeps it; of twins on one span, the first (or the more severe). Other turns' nested findings measure different
    things and stay (length.over-limit: X's limit and Bluesky's).

    (H, session 23) Two findings that say the same words (the same span, @mentions at its edges aside) are one thing
    said even when the rule that supersedes the other reads it less severely: the more severe reading is kept, in
    the same turn only (a turn's status stays; a risk finding never gives way to the tone turn's).
    « @lucas t'es vraiment une merde » is one insult: ``risk.profanity``'s error on « t'es vraiment une merde »
    (an expletive that names a person), not also ``risk.disparagement``'s warning on the same words to @lucas.

    ``mentions``: the (start, end) of the draft's @mentions (``Draft.entities``, twitter-text's); without them, those
    twitter-text finds in each finding's excerpt."""
    said = [f.rule for f in findings if f.family in _SAID]
    if len(set(said)) == len(said) and not any(f.rule in superseded_by for f in findings):
        return findings
    spans = [_said(f, _excerpt_mentions(f) if mentions is None else mentions) for f in findings]
    kept: list[Finding] = []
    for i, f in enumerate(findings):
        rivals = superseded_by.get(f.rule, frozenset())
        start, end = spans[i]
        if any(
            (
                (g.rule in rivals and _not_twin_of_rival(f, g, spans[i] == spans[j], j < i, superseded_by))
                or (g.rule == f.rule and j != i and f.family in _SAID and _holds_own(g, f, j < i))
            )
            and g.offset <= start
            and end <= g.offset + g.length
            and g.severity.rank >= f.severity.rank
            for j, g in enumerate(findings)
        ):
            continue
        if any(
            g.family is f.family
            and spans[j] == spans[i]
            and g.severity.rank > f.severity.rank
            and f.rule in superseded_by.get(g.rule, frozenset())
            for j, g in enumerate(findings)
        ):
            continue  # the same words said more severely in this turn by a rule this one supersedes: that is kept
        kept.append(f)
    return kept


_SAID = frozenset({Family.RISK, Family.TONE})
"""The turns whose findings say what a draft says: a rule's own nested findings there say one thing."""


def _not_twin_of_rival(
    held: Finding, holder: Finding, same_said: bool, holder_first: bool, superseded_by: Mapping[str, frozenset[str]]
) -> bool:
    """(K, session 35) Whether ``holder``, of a rule that supersedes ``held``'s, may replace it. Two rules may supersede
    each other (risk.profanity's insult that names a person, "you are such a moron", and risk.disparagement's "@dave
    you are such a moron" to the same person): where both say the same words, one of them stays — the more severe,
    else the first — so no draft loses its only finding."""
    if not same_said or held.rule not in superseded_by.get(holder.rule, frozenset()):
        return True
    return holder.severity.rank > held.severity.rank or (holder.severity.rank == held.severity.rank and holder_first)


def _holds_own(holder: Finding, held: Finding, holder_first: bool) -> bool:
    """Whether ``holder``, a finding of ``held``'s own rule, may replace it: a wider span, or the same span and the
    first of the two at the same severity (one of twins is kept, the more severe if they differ)."""
    if (holder.offset, holder.length) != (held.offset, held.length):
        return holder.length > held.length
    return holder.severity.rank > held.severity.rank or holder_first


_BETWEEN_MENTIONS = frozenset(",:;.!?…-")
"""The marks that may stand, with spaces, between a finding's edge @mentions and what it says ("@dave, you …")."""


def _said(finding: Finding, mentions: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The span of what ``finding`` says: its span without the @mentions at its edges, with the spaces and marks
    beside them (never empty). ``mentions`` are the (start, end) of the draft's @mentions as twitter-text parses
    them (``Draft.entities``), in text order."""
    start, end = finding.offset, finding.offset + finding.length
    inside = [(s, e) for s, e in mentions if start <= s and e <= end]
    if not inside:
        return start, end
    text = finding.excerpt

    def between(i: int) -> bool:
        return text[i - start].isspace() or text[i - start] in _BETWEEN_MENTIONS

    head, n = start, 0
    while n < len(inside) and inside[n][0] == head:
        head = inside[n][1]
        while head < end and between(head):
            head += 1
        n += 1
    if head == end:  # mentions (and marks) only: that is what it says
        return start, end
    tail, m = end, len(inside) - 1
    while m >= n and inside[m][1] == tail:
        tail = inside[m][0]
        while tail > head and between(tail - 1):
            tail -= 1
        m -= 1
    return (head, tail) if head < tail else (start, end)


def _excerpt_mentions(finding: Finding) -> tuple[tuple[int, int], ...]:
    """The @mentions twitter-text finds in ``finding``'s excerpt alone, as spans of the draft (for a caller that
    has findings but not their draft)."""
    return tuple((finding.offset + m.offset, finding.offset + m.end) for m in extract_mentions(finding.excerpt))

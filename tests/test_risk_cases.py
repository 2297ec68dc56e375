"""Runs the risk and privacy rule files' own cases rule by rule, and a clean-text list that must stay quiet.

Independent of the shared ``tests/rules/test_rule_cases.py`` (which needs the whole engine): rules are
built through ``app.loader`` exactly as the engine builds them, and drafts carry twitter-text entities
from ``app.text.tweet`` (``app.testing.draft_for``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.domain import Draft, Family, Finding
from app.kinds.base import CheckContext, Deps, Rule
from app.loader import Case, RuleSpec, build_rule, load_specs, packaged_rules_dir
from app.policy import Policy, parse_policy
from app.testing import draft_for

ROOT = packaged_rules_dir()
SPECS = [s for s in load_specs([ROOT]) if s.meta.family in (Family.RISK, Family.PRIVACY)]
DEPS = Deps(rules_root=ROOT)
CLEAN_FILE = Path(__file__).resolve().parents[1] / "bench" / "data" / "clean_tweets.tsv"


def make_draft(text: str, language: str = "en") -> Draft:
    """A draft as the engine prepares it, language given."""
    return draft_for(text, language)


def build(spec: RuleSpec, params: dict[str, Any] | None = None) -> Rule:
    """Build one rule file's rule with optional params overrides."""
    return build_rule(spec, DEPS, params)


def run(rule: Rule, text: str, language: str = "en", policy: Policy | None = None) -> list[Finding]:
    """The rule's findings on ``text`` (the span invariant is asserted for each)."""
    draft = make_draft(text, language)
    findings = sorted(rule.check(draft, CheckContext(policy=policy or Policy())), key=lambda f: (f.offset, f.length))
    for f in findings:
        assert text[f.offset : f.offset + f.length] == f.excerpt
    return findings


_BUILT: dict[str, Rule] = {}


def _rule_for(spec: RuleSpec, case: Case) -> tuple[Rule, Policy]:
    policy = parse_policy(case.policy) if case.policy else Policy()
    override = policy.rules.get(spec.id)
    if override and (override.params or override.severity):
        meta = replace(spec.meta, severity=override.severity or spec.meta.severity)
        return build_rule(spec, DEPS, override.params or None, meta), policy
    if spec.id not in _BUILT:
        _BUILT[spec.id] = build(spec)
    return _BUILT[spec.id], policy


# A case with a reply context needs the engine to review the parent first: tests/rules/test_rule_cases.py
# runs those through the whole engine; this module runs each rule alone.
CASES = [
    pytest.param(spec, case, id=f"{spec.id}[{'fail' if case.findings else 'pass'}-{i}]")
    for spec in SPECS
    for i, case in enumerate(spec.cases)
    if case.in_reply_to is None and case.quoting is None
]


def test_every_risk_and_privacy_rule_has_failing_cases() -> None:
    """Each of our rule files proves something."""
    assert SPECS
    assert not [s.id for s in SPECS if not any(c.findings for c in s.cases)]


@pytest.mark.parametrize(("spec", "case"), CASES)
def test_case(spec: RuleSpec, case: Case) -> None:
    """Exact spans, excerpts, severities and replacements, as the rule file says."""
    rule, policy = _rule_for(spec, case)
    language = case.language if case.language != "auto" else "en"
    got = run(rule, case.text, language, policy)
    assert [(f.offset, f.length) for f in got] == [(f.offset, f.length) for f in case.findings], [
        (f.offset, f.length, f.excerpt) for f in got
    ]
    for want, finding in zip(case.findings, got, strict=True):
        if want.excerpt is not None:
            assert finding.excerpt == want.excerpt
        if want.severity is not None:
            assert finding.severity == want.severity
        if want.replacements is not None:
            assert list(finding.replacements) == want.replacements
        assert finding.message and "{" not in finding.message


def clean_tweets() -> list[tuple[str, str]]:
    """(language, text) of the clean list: professional tweets with no risky term and no personal data."""
    out: list[tuple[str, str]] = []
    for line in CLEAN_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        language, _, text = line.partition("\t")
        out.append((language, text.replace("\\n", "\n")))
    return out


def _all_rules() -> Iterable[Rule]:
    for spec in SPECS:
        if spec.enabled:
            yield _BUILT.setdefault(spec.id, build(spec))


def test_clean_list_is_large_and_bilingual() -> None:
    """At least 100 clean tweets, in both languages."""
    tweets = clean_tweets()
    assert len(tweets) >= 100
    assert {lang for lang, _ in tweets} == {"en", "fr"}


def test_clean_tweets_produce_no_finding() -> None:
    """No risk or privacy finding (not even info) on any clean tweet."""
    rules = list(_all_rules())
    noisy: list[tuple[str, str, str]] = []
    for language, text in clean_tweets():
        for rule in rules:
            if not rule.meta.applies_to(language):
                continue
            noisy.extend((rule.meta.id, f.excerpt, text) for f in run(rule, text, language))
    assert not noisy, noisy

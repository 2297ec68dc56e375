"""Runs every rule file's own cases through the real engine: exact spans, excerpts, replacements, messages."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain import Family, Finding
from app.engine import Engine
from app.loader import Case, RuleSpec, load_specs, packaged_rules_dir

SPECS = load_specs([packaged_rules_dir()])
CASES = [
    pytest.param(spec, case, id=f"{spec.id}[{'fail' if case.findings else 'pass'}-{index}]")
    for spec in SPECS
    for index, case in enumerate(spec.cases)
]


def _own(spec: RuleSpec, findings: tuple[Finding, ...], case: Case | None = None) -> list[Finding]:
    if spec.meta.kind == "grammar":
        return [f for f in findings if f.family is Family.GRAMMAR]
    # a reply-context rule may judge quoted words under the parent's rule id: a case names that rule
    named = {f.rule for f in case.findings if f.rule} if case is not None else set()
    return [f for f in findings if f.rule == spec.id or f.rule in named]


def _engine_for(spec: RuleSpec, request: pytest.FixtureRequest) -> Engine:
    if spec.meta.family is Family.GRAMMAR:
        engine: Engine = request.getfixturevalue("grammar_engine")
        return engine
    engine = request.getfixturevalue("engine")
    return engine


def test_every_rule_has_cases() -> None:
    """A rule without a failing case proves nothing: every rule file carries at least one."""
    missing = [s.id for s in SPECS if not any(c.findings for c in s.cases)]
    assert not missing, f"rule files without a failing case: {missing}"


def test_rule_ids_are_unique_and_well_formed() -> None:
    """Ids are family.name and unique (they are paths, but a later root could shadow one)."""
    ids = [s.id for s in SPECS]
    assert len(ids) == len(set(ids))
    for spec in SPECS:
        family, _, name = spec.id.partition(".")
        assert family == spec.meta.family.value and name


@pytest.mark.parametrize(("spec", "case"), CASES)
async def test_rule_case(spec: RuleSpec, case: Case, request: pytest.FixtureRequest) -> None:
    """The rule finds exactly the expected spans (none for a pass case)."""
    engine = _engine_for(spec, request)
    policy: dict[str, Any] = dict(case.policy)
    report = await engine.review(
        case.text,
        language=case.language,
        overrides=policy or None,
        in_reply_to=case.in_reply_to,
        quoting=case.quoting,
    )
    own = _own(spec, report.findings, case)
    for finding in report.findings:
        assert case.text[finding.offset : finding.offset + finding.length] == finding.excerpt
    got = [(f.offset, f.length) for f in own]
    want = [(f.offset, f.length) for f in case.findings]
    assert got == want, (
        f"{spec.id}: expected spans {want}, got {[(f.offset, f.length, f.excerpt, f.message) for f in own]}"
    )
    for expected, finding in zip(case.findings, own, strict=True):
        if expected.excerpt is not None:
            assert finding.excerpt == expected.excerpt
        if expected.replacements is not None:
            assert list(finding.replacements) == expected.replacements
        if expected.severity is not None:
            assert finding.severity == expected.severity
        if expected.rule is not None:
            assert finding.rule == expected.rule
        if expected.message is not None:
            assert finding.message == expected.message
        assert finding.message and "{" not in finding.message, f"unfilled placeholder in {finding.message!r}"

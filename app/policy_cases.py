"""A policy's own rules proved by their own cases: ``sevenfold policy check`` runs every case of the rule files in
the policy's ``rule_dirs`` (the rules a user adds) as the shipped rules' cases are run in the tests, and says the
first that does not hold, by its file and key (``cases.fail.0``), what was expected and what was found.

A case's expected finding whose ``excerpt`` is not the text at its ``offset`` and ``length`` is wrong before any
review (a span counted by hand); otherwise the rule must find exactly the expected spans in the case's text (none
for a ``pass`` case), offline (a ``grammar`` rule's cases need LanguageTool: not run here).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from app.domain import Family, Finding
from app.engine import Engine
from app.kinds.options import load_yaml
from app.loader import Case, RuleFileError, RuleSpec, load_specs


def _keys(spec: RuleSpec) -> Iterator[tuple[str, Case]]:
    """Each case with its key in the file (``cases.pass.0``, ``cases.fail.2``), in ``spec.cases``'s order."""
    passing = 0
    if spec.meta.source is not None:
        data: Any = load_yaml(Path(spec.meta.source).read_text(encoding="utf-8"))
        cases = data.get("cases") if isinstance(data, dict) else None
        passing = len(cases.get("pass") or []) if isinstance(cases, dict) else 0
    for index, case in enumerate(spec.cases):
        yield (f"cases.pass.{index}" if index < passing else f"cases.fail.{index - passing}"), case


def _spans(findings: Sequence[Any]) -> str:
    """Spans as ``'excerpt' (offset, length)``, or ``nothing``."""
    return ", ".join(f"'{f.excerpt}' ({f.offset}, {f.length})" for f in findings) or "nothing"


def _misplaced(case: Case) -> tuple[str, str] | None:
    """The key and reason of an expected finding whose excerpt is not the text at its span (counted by hand)."""
    for index, expected in enumerate(case.findings):
        there = case.text[expected.offset : expected.offset + expected.length]
        if expected.excerpt is not None and there != expected.excerpt:
            reason = (
                f"the excerpt '{expected.excerpt}' is not the text at offset {expected.offset}, length "
                f"{expected.length}: '{there}' is"
            )
            return f"findings.{index}", reason
    return None


async def _holds(engine: Engine, spec: RuleSpec, case: Case) -> str | None:
    """Why the rule does not find exactly the case's spans (offline), or None."""
    report = await engine.review(case.text, language=case.language, overrides=dict(case.policy) or None)
    named = {f.rule for f in case.findings if f.rule}
    own: list[Finding] = [f for f in report.findings if f.rule == spec.id or f.rule in named]
    if [(f.offset, f.length) for f in own] == [(f.offset, f.length) for f in case.findings]:
        return None
    return f"expected {_spans(case.findings)}, found {_spans(own)} (offset, length)"


def first_failing_case(engine: Engine, rule_dirs: Sequence[str]) -> tuple[RuleFileError | None, int]:
    """The first case of the rules in ``rule_dirs`` that does not hold (``engine`` built with them), or None; and
    how many cases were run."""
    run = 0
    for spec in load_specs([Path(d) for d in rule_dirs]):
        if spec.meta.family is Family.GRAMMAR or not spec.enabled:
            continue
        path = str(spec.meta.source or spec.id)
        for key, case in _keys(spec):
            run += 1
            misplaced = _misplaced(case)
            if misplaced is not None:
                return RuleFileError(path, f"{key}.{misplaced[0]}", misplaced[1]), run
            reason = asyncio.run(_holds(engine, spec, case))
            if reason is not None:
                return RuleFileError(path, key, reason), run
    return None, run

"""Functional judgement tests (issue 11): hate, leaks, disparagement and short French drafts, in both languages.

Cases live in ``tests/data/functional/*.jsonl`` (``{"text", "language", "expect": "flag"|"pass",
"behaviour"}``), written by hand for each behaviour and never taken from the training or dev data.
A case is *flagged* when an offline review raises a finding of the behaviour's families (risk,
privacy or tone, see ``FAMILIES``) at warning or above. Floors: at least 85 % of each language's
hateful cases flagged, at most 5 % of each non-hate behaviour (identity statements, object abuse,
negated hate, slur homonyms) flagged; every leak and disparagement case caught, their look-alikes
quiet. Run ``python -m tests.test_judgement`` for the table.
"""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain import Family, Report, Severity
from app.engine import Engine

FUNCTIONAL = Path(__file__).resolve().parent / "data" / "functional"
# Which families count as "flagged" for a behaviour file (prefix of the file name).
FAMILIES: dict[str, frozenset[Family]] = {
    "hate": frozenset({Family.RISK}),
    "leaks": frozenset({Family.RISK, Family.PRIVACY}),
    "disparagement": frozenset({Family.RISK, Family.TONE}),
    "short-drafts": frozenset({Family.RISK, Family.TONE}),
}


def load_cases(name: str) -> list[dict[str, Any]]:
    """Every case of the functional files whose name starts with ``name``."""
    cases: list[dict[str, Any]] = []
    for path in sorted(FUNCTIONAL.glob(f"{name}*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                case["where"] = f"{path.name}:{number}"
                cases.append(case)
    return cases


def flagged(report: Report, families: frozenset[Family]) -> bool:
    """True when the report has a finding of ``families`` at warning or above."""
    return any(f.family in families and f.severity.rank >= Severity.WARNING.rank for f in report.findings)


def rates(engine: Engine, name: str) -> dict[tuple[str, str, str], tuple[int, int, list[str]]]:
    """(language, expect, behaviour) -> (flagged, total, texts that went the wrong way)."""
    out: dict[tuple[str, str, str], list[Any]] = defaultdict(lambda: [0, 0, []])
    families = FAMILIES[name]
    for case in load_cases(name):
        report = asyncio.run(engine.review(case["text"], language=case.get("language", "auto")))
        hit = flagged(report, families)
        key = (case.get("language", "auto"), case["expect"], case["behaviour"])
        cell = out[key]
        cell[0] += hit
        cell[1] += 1
        if hit != (case["expect"] == "flag"):
            cell[2].append(case["text"])
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def _table(engine: Engine) -> Iterator[str]:
    for name in FAMILIES:
        for (language, expect, behaviour), (hit, total, wrong) in sorted(rates(engine, name).items()):
            share = 100 * hit / total
            yield f"{name:14} {language:5} {expect:5} {behaviour:24} {hit:3}/{total:<3} {share:5.1f} % flagged"
            for text in wrong:
                yield f"{'':20} wrong: {text}"


@pytest.fixture(scope="module")
def hate_rates(engine: Engine) -> dict[tuple[str, str, str], tuple[int, int, list[str]]]:
    return rates(engine, "hate")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_hate_is_flagged(hate_rates: dict[tuple[str, str, str], tuple[int, int, list[str]]], language: str) -> None:
    """At least 85 % of the hateful cases of each language are flagged (warning or above)."""
    cells = [v for (lang, expect, _), v in hate_rates.items() if lang == language and expect == "flag"]
    hit = sum(c[0] for c in cells)
    total = sum(c[1] for c in cells)
    assert total >= 40
    missed = [t for c in cells for t in c[2]]
    assert hit / total >= 0.85, f"{language}: {hit}/{total} flagged; missed: {missed}"


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("behaviour", ["identity", "object-abuse", "negated-hate", "slur-homonym"])
def test_non_hate_is_quiet(
    hate_rates: dict[tuple[str, str, str], tuple[int, int, list[str]]], language: str, behaviour: str
) -> None:
    """At most 5 % of each non-hate behaviour is flagged."""
    hit, total, wrong = hate_rates[(language, "pass", behaviour)]
    assert total >= 10
    assert hit / total <= 0.05, f"{language} {behaviour}: {hit}/{total} flagged: {wrong}"


if __name__ == "__main__":
    from app.settings import Settings

    for row in _table(Engine.create(Settings(offline=True))):
        print(row)

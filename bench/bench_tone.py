"""Tone and clarity benchmark: quality (negative drafts warned vs positive/neutral drafts warned, per
language, on bench/data/tone_drafts.jsonl) and speed (tone + clarity rules, p50 per draft, in process).

A draft counts as *warned* when any tone rule gives it a warning or an error. The speed figure runs
every tone and clarity rule (check and report blocks) on a fresh draft, as the engine does; each
repetition gets a distinct suffix so no per-text cache (textstat's) answers for it. Target: p50 ≤ 1 ms.
No draft text is printed.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.domain import Draft, Family, Severity  # noqa: E402
from app.kinds.base import CheckContext, Deps, Rule  # noqa: E402
from app.loader import build_rule, load_specs, packaged_rules_dir  # noqa: E402
from app.policy import Policy  # noqa: E402
from app.testing import draft_for  # noqa: E402
from bench import latency_row  # noqa: E402

DATA = Path(__file__).with_name("data") / "tone_drafts.jsonl"
TARGET_P50_MS = 1.0
REPEATS = 20


def _draft(text: str, language: str) -> tuple[Draft, str]:
    """A draft with app.text.tweet's length and entities, as the engine prepares it."""
    return draft_for(text, language), "app.text.tweet"


def _rules() -> list[Rule]:
    root = packaged_rules_dir()
    specs = [s for s in load_specs([root]) if s.meta.family in (Family.TONE, Family.CLARITY) and s.enabled]
    deps = Deps(rules_root=root)
    return [build_rule(s, deps) for s in specs]


def _review(rules: list[Rule], draft: Draft, ctx: CheckContext) -> list[Any]:
    findings: list[Any] = []
    for rule in rules:
        if rule.meta.applies_to(draft.language):
            findings.extend(rule.check(draft, ctx))
            rule.report_blocks(draft, ctx)
    return findings


def main() -> dict[str, Any]:
    """Run both measures, print a table, return the results."""
    rules = _rules()
    ctx = CheckContext(policy=Policy())
    items = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    quality: dict[str, dict[str, Any]] = {}
    source = ""
    for item in items:
        draft, source = _draft(item["text"], item["language"])
        tone_warned = any(
            f.family is Family.TONE and f.severity.rank >= Severity.WARNING.rank for f in _review(rules, draft, ctx)
        )
        bucket = quality.setdefault(item["language"], {"negative": [0, 0], "positive-or-neutral": [0, 0]})
        bucket[item["label"]][0] += int(tone_warned)
        bucket[item["label"]][1] += 1

    timings: list[float] = []
    for repeat in range(REPEATS):
        for item in items:
            draft, _ = _draft(f"{item['text']} {repeat}", item["language"])
            started = time.perf_counter()
            _review(rules, draft, ctx)
            timings.append(time.perf_counter() - started)

    speed = latency_row("tone+clarity per draft", timings, unit="ms", target=TARGET_P50_MS)
    rows: list[dict[str, Any]] = [speed]
    summary: dict[str, Any] = {}
    for language, bucket in sorted(quality.items()):
        neg_hit, neg_n = bucket["negative"]
        pos_hit, pos_n = bucket["positive-or-neutral"]
        summary[language] = {
            "negative_warned": neg_hit / neg_n if neg_n else None,
            "negative_n": neg_n,
            "positive_or_neutral_warned": pos_hit / pos_n if pos_n else None,
            "positive_or_neutral_n": pos_n,
        }
        rows.append(
            {
                "name": f"{language}: negative drafts warned",
                "unit": "share",
                "value": summary[language]["negative_warned"],
            }
        )
        rows.append(
            {
                "name": f"{language}: positive/neutral drafts warned",
                "unit": "share",
                "value": summary[language]["positive_or_neutral_warned"],
            }
        )

    print(f"{'measure':<42} {'value':>10}")
    print(f"{'tone+clarity p50 per draft (ms)':<42} {speed['p50']:>10.3f}")
    print(f"{'tone+clarity p99 per draft (ms)':<42} {speed['p99']:>10.3f}")
    for language, values in summary.items():
        print(
            f"{language + ': negative drafts warned':<42} {values['negative_warned']:>10.0%}"
            f"  (n={values['negative_n']})"
        )
        print(
            f"{language + ': positive/neutral drafts warned':<42} {values['positive_or_neutral_warned']:>10.0%}"
            f"  (n={values['positive_or_neutral_n']})"
        )
    return {
        "rows": rows,
        "quality": summary,
        "speed": {"p50_ms": speed["p50"], "p99_ms": speed["p99"], "target_p50_ms": TARGET_P50_MS, "n": len(timings)},
        "notes": [f"{len(rules)} tone and clarity rules; entities from {source}", f"data: {DATA.name}"],
    }


if __name__ == "__main__":
    main()

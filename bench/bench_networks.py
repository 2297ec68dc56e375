"""Networks benchmark: the offline review of a draft for four networks against the same review for X alone.

The drafts are bench_offline's generated FR/EN drafts (seeded; mentions, hashtags, URLs, emoji, over-long
drafts that need a thread on each network). In one process and one event loop, each draft is reviewed
under ``networks: [x]`` (the in-run baseline, today's default) and ``networks: [x, bluesky, mastodon,
threads]``, and for completeness all five. Each review is of a text of its own (the draft plus a
two-digit tag), so that none answers from a per-text cache another one warmed; each draft is reviewed
``REPEATS`` times per variant, in alternating order, and its time is the best of them (on a shared,
loaded machine the best of a few runs is the compute, the rest is preemption). The row figures are over
drafts. Target (issue 13): four networks ≤ 1.3 × X alone (p50).
No draft text is printed.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import Row, fill_ratios, latency_row, print_rows  # noqa: E402
from bench.bench_offline import generate_drafts  # noqa: E402

DRAFTS = 1000
REPEATS = 3
WARM_UP = 100
TARGET_RATIO = 1.3
BASE = "review, X alone"
VARIANTS: dict[str, list[str]] = {
    BASE: ["x"],
    "review, 4 networks (x, bluesky, mastodon, threads)": ["x", "bluesky", "mastodon", "threads"],
    "review, 5 networks (+ linkedin)": ["x", "bluesky", "mastodon", "threads", "linkedin"],
}


def measure(count: int = DRAFTS) -> list[Row]:
    """p50/p99/mean per draft of each variant, over the same drafts."""
    from app.engine import Engine
    from app.settings import Settings

    drafts = generate_drafts(count)
    engine = Engine.create(Settings(offline=True))
    policies = {name: engine.resolve_policy({"networks": networks}) for name, networks in VARIANTS.items()}
    names = list(VARIANTS)
    samples: dict[str, list[float]] = {name: [] for name in names}

    async def run() -> None:
        for text, language in drafts[:WARM_UP]:
            for name in names:
                await engine.review(text, language=language, policy=policies[name])
        clock = time.perf_counter
        gc.disable()
        try:
            for index, (text, language) in enumerate(drafts):
                best = {name: float("inf") for name in names}
                for repeat in range(REPEATS):
                    order = names if (index + repeat) % 2 == 0 else names[::-1]
                    for name in order:
                        # a fresh text per variant and repeat (one tag differs): no review answers from a
                        # per-text cache (URL spans, folding, language) that another one warmed
                        variant = f"{text} {names.index(name)}{repeat}"
                        started = clock()
                        await engine.review(variant, language=language, policy=policies[name])
                        best[name] = min(best[name], clock() - started)
                for name in names:
                    samples[name].append(best[name])
        finally:
            gc.enable()

    asyncio.run(run())
    rows = [latency_row(name, samples[name], baseline=None if name == BASE else BASE, unit="µs") for name in names]
    fill_ratios(rows)
    return rows


def main() -> dict[str, Any]:
    """Run, print the table and the target check, return the rows."""
    rows = measure()
    print_rows(f"Offline review per draft, by networks ({DRAFTS:,} generated FR/EN drafts)", rows)
    four = rows[1]
    ratio = four["p50"] / rows[0]["p50"]
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    print(f"\ntarget: 4 networks ≤ {TARGET_RATIO:g} × X alone (p50) — {verdict} (× {ratio:.3f})")
    return {
        "rows": rows,
        "target": {"ratio": TARGET_RATIO, "measured_ratio": ratio, "met": ratio <= TARGET_RATIO},
        "drafts": DRAFTS,
        "notes": ["per draft: best of REPEATS fresh-text reviews per variant, alternating order; GC off while timing"],
    }


if __name__ == "__main__":
    main()

"""The offline review's speed alone, in wall time and in process CPU time, for comparing two trees.

``bench models`` measures the review as the issue's target reads it (wall-clock p50 on the dev tweets). On a
machine shared with other work, wall time moves with the load; the CPU time the process spends on a review
(``time.process_time``) moves less. This script reviews every dev tweet (``../shared/data/train/*-dev.jsonl``,
as ``bench models`` sends them: each with a distinct suffix, after one warm-up pass) ``--passes`` times and
prints one JSON line: p50 and mean of the wall time and of the CPU time per review (µs), the draft count, the
commit. Compare two commits by running it alternately in two worktrees (``PYTHONPATH`` the worktree,
``SEVENFOLD_TRAIN_DATA`` the tweets) and comparing the medians of several runs, never one run.

Run: ``.venv/bin/python -m bench.review_speed [--passes 2]``. No draft text is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.bench_models import dev_drafts  # noqa: E402


async def _timed(engine: Any, drafts: list[tuple[str, str]]) -> tuple[list[float], list[float]]:
    wall: list[float] = []
    cpu: list[float] = []
    clock, cpu_clock = time.perf_counter, time.process_time
    for text, language in drafts:
        started, started_cpu = clock(), cpu_clock()
        await engine.review(text, language=language)
        cpu.append(cpu_clock() - started_cpu)
        wall.append(clock() - started)
    return wall, cpu


def main() -> None:
    """Print one JSON line of the review's wall and CPU time per draft."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    from app.engine import Engine
    from app.settings import Settings

    drafts = dev_drafts()
    if not drafts:
        raise SystemExit("no dev tweets (set SEVENFOLD_TRAIN_DATA)")
    engine = Engine.create(Settings(offline=True))
    asyncio.run(_timed(engine, [(f"{t} w{i}", lang) for i, (t, lang) in enumerate(drafts)]))
    wall: list[float] = []
    cpu: list[float] = []
    for p in range(args.passes):
        gc.collect()
        gc.disable()
        try:
            w, c = asyncio.run(_timed(engine, [(f"{t} s{p}.{i}", lang) for i, (t, lang) in enumerate(drafts)]))
        finally:
            gc.enable()
        wall += w
        cpu += c
    commit = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=False
    ).stdout.strip()
    row = {
        "commit": commit,
        "drafts": len(drafts),
        "wall_p50_us": round(statistics.median(wall) * 1e6, 1),
        "wall_mean_us": round(statistics.fmean(wall) * 1e6, 1),
        "cpu_p50_us": round(statistics.median(cpu) * 1e6, 1),
        "cpu_mean_us": round(statistics.fmean(cpu) * 1e6, 1),
    }
    print(json.dumps(row))


if __name__ == "__main__":
    main()

"""Two trees' offline review compared draft by draft, in process CPU time, on a machine shared with other work.

``review_speed`` run in two worktrees one after the other compares two moments of the machine as much as two
trees: on a loaded machine (two cores shared by several people) a run's CPU time per review moved by 20 % from one
run to the next. Here both trees run at once, each in its own worker process (``PYTHONPATH`` its worktree), and
review the same chunks of dev tweets (``../shared/data/train/*-dev.jsonl``, as ``bench models`` sends them: each with
a distinct suffix, after one warm-up pass) in turn, the order swapped every chunk, so the load falls on both alike.
Each worker times every review with ``time.process_time_ns``; a draft's time is its median over the rounds.

Printed (one JSON line): each tree's p50, p90 and mean per review (µs), the ratio of the p50s, of the p90s and of the
means, and the median of the per-draft ratios (new / base), the figure least moved by the load. Never a timed
assertion: a comparison to read, with the digest (``bench.review_digest``) saying that the findings did not move.

Run: ``.venv/bin/python -m bench.review_ab BASE_TREE NEW_TREE [--rounds 2] [--chunk 100]``. No draft text is
printed.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def worker(tree: str) -> None:
    """In a worker process: review the chunks asked on standard input, answer each with its CPU times (ns)."""
    sys.path.insert(0, tree)
    from app.engine import Engine
    from app.settings import Settings
    from bench.bench_models import dev_drafts

    drafts = dev_drafts()
    engine = Engine.create(Settings(offline=True))
    loop = asyncio.new_event_loop()

    async def run(items: list[int], tag: str) -> list[int]:
        out: list[int] = []
        clock = time.process_time_ns
        for i in items:
            text, language = drafts[i]
            started = clock()
            await engine.review(f"{text} {tag}{i}", language=language)
            out.append(clock() - started)
        return out

    loop.run_until_complete(run(list(range(len(drafts))), "w"))
    print(json.dumps({"drafts": len(drafts)}), flush=True)
    gc.disable()
    for line in sys.stdin:
        ask = json.loads(line)
        print(json.dumps(loop.run_until_complete(run(ask["items"], ask["tag"]))), flush=True)


def compare(base: str, new: str, rounds: int, chunk: int) -> dict[str, Any]:
    """Both trees' CPU time per review, chunk by chunk in turn; the summary row."""
    env = dict(os.environ)
    env.setdefault("SEVENFOLD_TRAIN_DATA", str(REPO.parent / "shared" / "data" / "train"))
    workers = []
    for tree in (base, new):
        tree_env = {**env, "PYTHONPATH": tree}
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", tree]  # this file, the tree's app
        workers.append(
            subprocess.Popen(command, cwd=tree, env=tree_env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        )
    try:
        counts = [json.loads(w.stdout.readline())["drafts"] for w in workers if w.stdout is not None]
        if len(set(counts)) != 1:
            raise SystemExit(f"the trees read different dev tweets ({counts})")
        n = counts[0]
        times: list[list[list[int]]] = [[[] for _ in range(n)] for _ in workers]
        for r in range(rounds):
            for c, first in enumerate(range(0, n, chunk)):
                items = list(range(first, min(n, first + chunk)))
                for k in (0, 1) if (c + r) % 2 == 0 else (1, 0):
                    stdin, stdout = workers[k].stdin, workers[k].stdout
                    assert stdin is not None and stdout is not None
                    stdin.write(json.dumps({"items": items, "tag": f"r{r}."}) + "\n")
                    stdin.flush()
                    for i, spent in zip(items, json.loads(stdout.readline()), strict=True):
                        times[k][i].append(spent)
    finally:
        for w in workers:
            if w.stdin is not None:
                w.stdin.close()
            w.wait()
    medians = [[statistics.median(t) / 1000.0 for t in tree] for tree in times]
    p50 = [statistics.median(m) for m in medians]
    p90 = [statistics.quantiles(m, n=10)[-1] for m in medians]
    mean = [statistics.fmean(m) for m in medians]
    paired = [b / a for a, b in zip(medians[0], medians[1], strict=True) if a > 0]
    return {
        "drafts": len(medians[0]),
        "rounds": rounds,
        "base_cpu_p50_us": round(p50[0], 1),
        "new_cpu_p50_us": round(p50[1], 1),
        "base_cpu_mean_us": round(mean[0], 1),
        "new_cpu_mean_us": round(mean[1], 1),
        "base_cpu_p90_us": round(p90[0], 1),
        "new_cpu_p90_us": round(p90[1], 1),
        "p50_ratio": round(p50[1] / p50[0], 3),
        "p90_ratio": round(p90[1] / p90[0], 3),
        "mean_ratio": round(mean[1] / mean[0], 3),
        "median_paired_ratio": round(statistics.median(paired), 3),
    }


def main() -> None:
    """Print one JSON line comparing the review's CPU time in two trees."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("trees", nargs="*", help="BASE_TREE NEW_TREE (worktrees of this repository)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--chunk", type=int, default=100)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker)
        return
    if len(args.trees) != 2:
        parser.error("give two trees: BASE_TREE NEW_TREE")
    base, new = (str(Path(t).resolve()) for t in args.trees)
    print(json.dumps(compare(base, new, args.rounds, args.chunk)))


if __name__ == "__main__":
    main()

"""Where the offline review's time goes, on the real dev tweets: per rule, per stage, and a cProfile.

Drafts: every tweet of ``../shared/data/train/*-dev.jsonl`` (as ``bench models`` sends them, each with a
distinct suffix so no per-text cache answers), reviewed once to warm up, then:

- per rule: each rule's ``check`` (and ``report_blocks``) wrapped with the process's CPU clock
  (``time.process_time_ns``, less disturbed by other processes than wall time), summed over the drafts;
  the engine's own share is the review's time minus the rules';
- per stage (``--stages``): the time spent inside named functions (folding, tokenising, the automaton, the
  proximity pairing, models, notes…), counted once per outermost call;
- ``--cprofile N``: the top N functions by internal and by cumulative time;
- ``--band 35,65``: the per-rule and per-stage means over the drafts whose review time lies between those
  percentiles only (U, session 29): the drafts that set the p50 target. A mean over all drafts is weighted by the
  long ones (p90 ~2x p50), whose costs differ (more pairs, threats, notes); the middle drafts spend a larger share
  in the phrase lists' and patterns' scans and the model's analysis.

The timing wrappers cost time of their own (U, session 36): ``time.process_time_ns`` is a system call and every
rule's ``check`` (and ``report_blocks``) is wrapped, 56 wrapped calls a review; on 2026-12-05 (load ≈ 16) a wrapped
call cost 1.8 µs more than the bare one, ~100 µs a review that the engine's share ("outside rule checks") held. The
wrappers' cost is measured before the run (a wrapped empty call against the bare one, and one clock read), printed on
its own line and taken out of the engine's share; each rule's bucket is shown less the one clock read it holds per
call. With ``--stages`` the stage wrappers inside a rule still weigh on that rule.

Run: ``.venv/bin/python -m bench.profile_review [--limit 3000] [--stages] [--cprofile 30] [--band 35,65]``. No draft
text is printed.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import functools
import gc
import importlib
import inspect
import pstats
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.bench_models import dev_drafts  # noqa: E402

STAGES: dict[str, tuple[str, ...]] = {
    "prepare (length, entities, language)": ("app.engine:Engine.prepare",),
    "folding": ("app.text.folding:fold",),
    "proximity hits (automaton, respellings, glued words)": ("app.kinds.proximity:ProximityRule.hits",),
    "proximity candidates (hits, pronouns, members)": ("app.kinds.proximity:ProximityRule._candidates",),
    "models": ("app.text.models:Classifier.probability", "app.text.models:Classifier.drivers"),
    "notes": ("app.kinds.notes:explain", "app.kinds.notes:note"),
    "report": ("app.engine:Engine._report",),
}


def _wrap(owner: Any, name: str, bucket: list[int], depth: list[int]) -> bool:
    """``owner.name`` timed into ``bucket[0]`` (outermost calls only); ``bucket[1]`` counts every call."""
    target = getattr(owner, name, None)
    if target is None or not callable(target):
        return False

    @functools.wraps(target)
    def timed(*args: Any, **kwargs: Any) -> Any:
        bucket[1] += 1
        depth[0] += 1
        started = time.process_time_ns()
        try:
            return target(*args, **kwargs)
        finally:
            depth[0] -= 1
            if depth[0] == 0:
                bucket[0] += time.process_time_ns() - started

    raw = inspect.getattr_static(owner, name)
    setattr(owner, name, staticmethod(timed) if isinstance(raw, staticmethod) else timed)
    return True


def install_stages(stages: dict[str, tuple[str, ...]]) -> dict[str, list[int]]:
    """Wrap the stages' functions (those that exist in this tree); their buckets of nanoseconds."""
    buckets: dict[str, list[int]] = {}
    for stage, targets in stages.items():
        bucket, depth = [0, 0], [0]
        found = []
        for target in targets:
            module_name, attr = target.split(":")
            try:  # an older tree may not have the module or the class (comparing commits)
                owner: Any = importlib.import_module(module_name)
                *path, name = attr.split(".")
                for part in path:
                    owner = getattr(owner, part)
            except (ImportError, AttributeError):
                continue
            if _wrap(owner, name, bucket, depth):
                found.append(target)
        if found:
            buckets[stage] = bucket
    return buckets


def wrap_rules(rules: Any) -> dict[str, list[int]]:
    """Each rule's ``check`` and ``report_blocks`` timed into its own bucket (instance attributes): [nanoseconds,
    calls]."""
    buckets: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for rule in rules:
        bucket = buckets[rule.meta.id]
        for name in ("check", "report_blocks"):
            method: Callable[..., Any] = getattr(rule, name)

            def timed(
                *args: Any, _m: Callable[..., Any] = method, _b: list[int] = bucket, _n: str = name, **kw: Any
            ) -> Any:
                _b[1] += 1
                started = time.process_time_ns()
                try:
                    result = _m(*args, **kw)
                    return list(result) if _n == "check" and not isinstance(result, list | dict) else result
                finally:
                    _b[0] += time.process_time_ns() - started

            object.__setattr__(rule, name, timed)
    return buckets


def calibrate(reads: int = 20_000) -> tuple[float, float]:
    """(ns a wrapped call costs more than the bare call, ns of one clock read): the wrappers' own cost, measured on
    an empty function wrapped as ``wrap_rules`` wraps a rule's ``check``, the median of five runs."""

    class _Empty:
        meta = type("Meta", (), {"id": "empty"})()

        def check(self, *_: Any) -> list[Any]:
            return []

        def report_blocks(self, *_: Any) -> dict[str, Any]:
            return {}

    bare, wrapped = _Empty(), _Empty()
    wrap_rules([wrapped])
    clock = time.process_time_ns
    extra, read = [], []
    for _ in range(5):
        runs = []
        for rule in (bare, wrapped):
            started = clock()
            for _ in range(reads):
                rule.check(None, None)
            runs.append(clock() - started)
        extra.append((runs[1] - runs[0]) / reads)
        started = clock()
        for _ in range(reads):
            clock()
        read.append((clock() - started) / reads)
    return max(0.0, sorted(extra)[2]), sorted(read)[2]


async def _reviews(engine: Any, drafts: list[tuple[str, str]]) -> int:
    started = time.process_time_ns()
    for text, language in drafts:
        await engine.review(text, language=language)
    return time.process_time_ns() - started


async def _each(
    engine: Any, drafts: list[tuple[str, str]], buckets: dict[str, list[int]]
) -> list[tuple[int, dict[str, int]]]:
    """Each draft's review time and what every bucket gained during it (its calls under ``calls <name>``)."""
    out: list[tuple[int, dict[str, int]]] = []
    clock = time.process_time_ns
    for text, language in drafts:
        before = {name: (bucket[0], bucket[1]) for name, bucket in buckets.items()}
        started = clock()
        await engine.review(text, language=language)
        spent = clock() - started
        gained = {name: bucket[0] - before[name][0] for name, bucket in buckets.items()}
        gained.update({f"calls {name}": bucket[1] - before[name][1] for name, bucket in buckets.items()})
        out.append((spent, gained))
    return out


def _band(runs: list[tuple[int, dict[str, int]]], low: float, high: float) -> tuple[int, int, dict[str, int]]:
    """The drafts whose review time lies between the ``low`` and ``high`` percentiles: their count, their total
    time, and each bucket's total over them."""
    order = sorted(range(len(runs)), key=lambda i: runs[i][0])
    chosen = order[int(len(order) * low / 100) : max(int(len(order) * high / 100), int(len(order) * low / 100) + 1)]
    sums: dict[str, int] = defaultdict(int)
    for i in chosen:
        for name, spent in runs[i][1].items():
            sums[name] += spent
    return len(chosen), sum(runs[i][0] for i in chosen), sums


def main() -> None:
    """Print per-rule and per-stage shares, and optionally a cProfile."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N dev tweets (0: all)")
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--cprofile", type=int, default=0, help="top N functions")
    parser.add_argument("--band", default="", help="LOW,HIGH: only the drafts between these review-time percentiles")
    args = parser.parse_args()
    from app.engine import Engine
    from app.settings import Settings

    drafts = dev_drafts()
    if args.limit:
        drafts = drafts[: args.limit]
    engine = Engine.create(Settings(offline=True))
    asyncio.run(_reviews(engine, [(f"{t} w{i}", lang) for i, (t, lang) in enumerate(drafts)]))
    drafts = [(f"{t} p{i}", lang) for i, (t, lang) in enumerate(drafts)]
    n = len(drafts)
    if args.cprofile:
        profiler = cProfile.Profile()
        profiler.enable()
        asyncio.run(_reviews(engine, drafts))
        profiler.disable()
        stats = pstats.Stats(profiler)
        stats.sort_stats("tottime").print_stats(args.cprofile)
        stats.sort_stats("cumulative").print_stats(args.cprofile)
        return
    rules = engine.ruleset(engine.base_policy).rules
    extra, read = calibrate()
    per_rule = wrap_rules(rules)
    stages = install_stages(STAGES) if args.stages else {}
    gc.collect()
    gc.disable()
    try:
        if args.band:
            low, high = (float(x) for x in args.band.split(","))
            runs = asyncio.run(_each(engine, drafts, {**per_rule, **{f"stage {k}": b for k, b in stages.items()}}))
            n, total, sums = _band(runs, low, high)
            rule_sums = {name: sums[name] for name in per_rule}
            rule_calls = {name: sums[f"calls {name}"] for name in per_rule}
            stage_sums = {name: sums[f"stage {name}"] for name in stages}
            wrapped = sum(rule_calls.values()) + sum(sums[f"calls stage {name}"] for name in stages)
            what = f"drafts between the p{low:g} and p{high:g} of review time"
        else:
            total = asyncio.run(_reviews(engine, drafts))
            rule_sums = {name: bucket[0] for name, bucket in per_rule.items()}
            rule_calls = {name: bucket[1] for name, bucket in per_rule.items()}
            stage_sums = {name: bucket[0] for name, bucket in stages.items()}
            wrapped = sum(rule_calls.values()) + sum(bucket[1] for bucket in stages.values())
            what = "drafts"
    finally:
        gc.enable()
    # each bucket holds about one clock read per call; the wrappers' whole cost is no part of any rule or stage
    rule_sums = {name: max(0, int(spent - rule_calls[name] * read)) for name, spent in rule_sums.items()}
    wrappers = wrapped * extra
    print(f"{n} {what}, review mean {total / n / 1e3:.1f} µs of CPU (timing wrappers included)")
    print(
        f"  {'timing wrappers (calibrated)':44s} {wrappers / n / 1e3:8.1f} µs {100 * wrappers / total:5.1f} %"
        f"  ({wrapped / n:.0f} wrapped calls a review, {extra / 1e3:.2f} µs each; a clock read {read / 1e3:.2f} µs)"
    )
    outside = total - sum(rule_sums.values()) - wrappers
    print(f"  {'engine outside rule checks':44s} {outside / n / 1e3:8.1f} µs {100 * outside / total:5.1f} %")
    for rule_id, spent in sorted(rule_sums.items(), key=lambda kv: -kv[1])[:25]:
        print(f"  {rule_id:44s} {spent / n / 1e3:8.1f} µs {100 * spent / total:5.1f} %")
    for stage, spent in stage_sums.items():
        print(f"  stage {stage:38s} {spent / n / 1e3:8.1f} µs {100 * spent / total:5.1f} %")


if __name__ == "__main__":
    main()

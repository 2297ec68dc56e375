"""Where the offline review's time goes, on the real dev tweets: per rule, per stage, and a cProfile.

Drafts: every tweet of ``../shared/data/train/*-dev.jsonl`` (as ``bench models`` sends them, each with a
distinct suffix so no per-text cache answers), reviewed once to warm up, then:

- per rule: each rule's ``check`` (and ``report_blocks``) wrapped with the process's CPU clock
  (``time.process_time_ns``, less disturbed by other processes than wall time), summed over the drafts;
  the engine's own share is the review's time minus the rules';
- per stage (``--stages``): the time spent inside named functions (folding, tokenising, the automaton, the
  proximity pairing, models, notes…), counted once per outermost call;
- ``--cprofile N``: the top N functions by internal and by cumulative time.

Run: ``.venv/bin/python -m bench.profile_review [--limit 3000] [--stages] [--cprofile 30]``. No draft text is
printed.
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
    target = getattr(owner, name, None)
    if target is None or not callable(target):
        return False

    @functools.wraps(target)
    def timed(*args: Any, **kwargs: Any) -> Any:
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
        bucket, depth = [0], [0]
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
    """Each rule's ``check`` and ``report_blocks`` timed into its own bucket (instance attributes)."""
    buckets: dict[str, list[int]] = defaultdict(lambda: [0])
    for rule in rules:
        bucket = buckets[rule.meta.id]
        for name in ("check", "report_blocks"):
            method: Callable[..., Any] = getattr(rule, name)

            def timed(
                *args: Any, _m: Callable[..., Any] = method, _b: list[int] = bucket, _n: str = name, **kw: Any
            ) -> Any:
                started = time.process_time_ns()
                try:
                    result = _m(*args, **kw)
                    return list(result) if _n == "check" and not isinstance(result, list | dict) else result
                finally:
                    _b[0] += time.process_time_ns() - started

            object.__setattr__(rule, name, timed)
    return buckets


async def _reviews(engine: Any, drafts: list[tuple[str, str]]) -> int:
    started = time.process_time_ns()
    for text, language in drafts:
        await engine.review(text, language=language)
    return time.process_time_ns() - started


def main() -> None:
    """Print per-rule and per-stage shares, and optionally a cProfile."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N dev tweets (0: all)")
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--cprofile", type=int, default=0, help="top N functions")
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
    per_rule = wrap_rules(rules)
    stages = install_stages(STAGES) if args.stages else {}
    gc.collect()
    gc.disable()
    try:
        total = asyncio.run(_reviews(engine, drafts))
    finally:
        gc.enable()
    print(f"{n} drafts, review mean {total / n / 1e3:.1f} µs of CPU (clock reads included)")
    ruled = sum(b[0] for b in per_rule.values())
    outside = total - ruled
    print(f"  {'engine outside rule checks':44s} {outside / n / 1e3:8.1f} µs {100 * outside / total:5.1f} %")
    for rule_id, bucket in sorted(per_rule.items(), key=lambda kv: -kv[1][0])[:25]:
        print(f"  {rule_id:44s} {bucket[0] / n / 1e3:8.1f} µs {100 * bucket[0] / total:5.1f} %")
    for stage, bucket in stages.items():
        print(f"  stage {stage:38s} {bucket[0] / n / 1e3:8.1f} µs {100 * bucket[0] / total:5.1f} %")


if __name__ == "__main__":
    main()

"""The offline review's time budget per draft, on the real dev tweets: each part's own CPU time, p50 and mean.

Every part is timed exclusively (a part called inside another is taken out of its caller): each rule's
``check`` / ``report_blocks`` (grouped by its family, the report's turn), each value a draft computes once and
shares (``Draft.memo`` misses, by key; the folded text), the shared work the rules call (models, sentiment,
the proximity automaton and pairing), the engine's own steps (length, entities, language, the second
language pass, sanitising, acknowledgements, supersedes, turns, report assembly), the garbage collector
(``gc.callbacks``) and what is left (the review's own lines, asyncio). The per-draft figures sum to the
draft's CPU time (``time.process_time_ns``); the profiler's own clock reads are measured and printed apart.

Drafts as ``bench models`` sends them (each dev tweet with a distinct suffix, the language given; ``--auto``:
detected), reviewed once to warm up. Columns: mean over all drafts, p50 over all drafts (a part most drafts
skip has p50 0), and the mean over the typical drafts (total CPU between the 40th and 60th percentile: these
sum to a typical draft's time). No draft text is printed.

Run: ``.venv/bin/python -m bench.budget_review [--limit N] [--auto] [--top 60]``.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import importlib
import inspect
import re
import statistics
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

# (module:qualified name, part) — functions called by name from a module's namespace are patched there
PARTS: tuple[tuple[str, str], ...] = (
    ("app.engine:Engine.resolve_policy", "engine: policy"),
    ("app.engine:Engine.ruleset", "engine: rule set"),
    ("app.engine:parse_tweet", "engine: length (twitter-text)"),
    ("app.engine:extract_entities", "engine: entities (twitter-text)"),
    ("app.engine:choose_language", "engine: language choice"),
    ("app.engine:other_language_segments", "engine: other-language segments"),
    ("app.engine:remember_choice", "engine: language choice kept"),
    ("app.engine:Engine.prepare", "engine: prepare (rest)"),
    ("app.engine:other_language_findings", "engine: second-language pass (rest)"),
    ("app.engine:segment_findings", "engine: mixed-draft segments (rest)"),
    ("app.engine:Engine._sanitise", "engine: sanitise findings"),
    ("app.engine:Engine._apply_acks", "engine: acknowledgements"),
    ("app.engine:drop_superseded", "engine: supersedes"),
    ("app.engine:_localise_run", "engine: localise"),
    ("app.engine:Engine._turns", "engine: turns"),
    ("app.engine:network_entries", "report: network lengths"),
    ("app.engine:language_extras", "report: language block"),
    ("app.engine:report_entities", "report: entities block"),
    ("app.engine:Engine._report", "report: assembly (pydantic)"),
    ("app.engine:Engine._run_rules", "engine: rule loop"),
    ("app.engine:Engine.review", "engine: review (rest)"),
    ("app.text.folding:fold", "shared: folding"),
    ("app.text.models:Classifier.probabilities", "shared: models (probabilities)"),
    ("app.text.models:Classifier.probability", "shared: models (probability)"),
    ("app.text.models:Classifier.drivers", "shared: models (occlusion drivers)"),
    ("app.text.sentiment:analyse_draft", "shared: lexicon sentiment"),
    ("app.kinds.proximity:ProximityRule.hits", "shared: proximity hits (automaton, respellings)"),
    ("app.kinds.proximity:ProximityRule._candidates", "shared: proximity candidates (pairing)"),
)
_SECOND_PASS = {"engine: second-language pass (rest)", "engine: mixed-draft segments (rest)"}


@functools.lru_cache(maxsize=4096)
def _short(key: str) -> str:
    """A memo key without its configuration dump (a rule's options) or object ids."""
    return re.sub(r"\d{5,}", "#", re.sub(r"\[.*\]", "<options>", key))


class Budget:
    """An exclusive-time stack: each part's own nanoseconds, per draft."""

    def __init__(self) -> None:
        self.stack: list[list[Any]] = []  # [part, started, children's time]
        self.current: dict[str, int] = defaultdict(int)
        self.calls: dict[str, int] = defaultdict(int)  # entries of each part (this draft)
        self.children: dict[str, int] = defaultdict(int)  # frames opened directly inside each part (this draft)
        self.rule_children: dict[str, int] = defaultdict(int)  # of which rules' (``wrap_rules``: a costlier wrapper)
        self.second = 0  # second-pass frames on the stack (``wrap_rules`` reads it: a rule called in the second pass)
        self.reads = 0

    def enter(self, part: str) -> None:
        self.reads += 1
        self.calls[part] += 1
        if self.stack:
            self.children[self.stack[-1][0]] += 1
        if part in _SECOND_PASS:
            self.second += 1
        self.stack.append([part, time.process_time_ns(), 0])

    def leave(self) -> None:
        now = time.process_time_ns()
        self.reads += 1
        part, started, children = self.stack.pop()
        if part in _SECOND_PASS:
            self.second -= 1
        spent = now - started
        self.current[part] += spent - children
        if self.stack:
            self.stack[-1][2] += spent

    def timed(self, part: str | Callable[..., str], target: Callable[..., Any]) -> Callable[..., Any]:
        budget = self

        if inspect.iscoroutinefunction(target):

            @functools.wraps(target)
            async def timed_async(*args: Any, **kwargs: Any) -> Any:
                # awaited without suspending in offline mode: the frame stays on top
                budget.enter(part(*args) if callable(part) else part)
                try:
                    return await target(*args, **kwargs)
                finally:
                    budget.leave()

            return timed_async

        @functools.wraps(target)
        def timed(*args: Any, **kwargs: Any) -> Any:
            budget.enter(part(*args) if callable(part) else part)
            try:
                return target(*args, **kwargs)
            finally:
                budget.leave()

        return timed


def install(budget: Budget) -> list[tuple[Any, str, Any]]:
    """Wrap every part (those this tree has); the originals, to put back."""
    from app.domain import Draft

    originals: list[tuple[Any, str, Any]] = [(Draft, "memo", Draft.__dict__["memo"])]
    for target, part in PARTS:
        module_name, attr = target.split(":")
        try:
            owner: Any = importlib.import_module(module_name)
            *path, name = attr.split(".")
            for piece in path:
                owner = getattr(owner, piece)
        except (ImportError, AttributeError):
            continue
        raw = inspect.getattr_static(owner, name, None)
        if raw is None:
            continue
        originals.append((owner, name, raw))
        wrapped = budget.timed(part, getattr(owner, name))
        setattr(owner, name, staticmethod(wrapped) if isinstance(raw, staticmethod) else wrapped)

    def memo(self: Draft, key: str, factory: Callable[[], Any]) -> Any:
        scratch = self.scratch
        if key not in scratch:
            budget.enter("memo " + _short(key))
            try:
                scratch[key] = factory()
            finally:
                budget.leave()
        return scratch[key]

    Draft.memo = memo  # type: ignore[method-assign]
    return originals


def wrap_rules(budget: Budget, rules: Any) -> dict[str, str]:
    """Each rule's ``check`` and ``report_blocks`` timed as ``rule <id>``; the rules' families."""
    families: dict[str, str] = {}
    for rule in rules:
        rule_id = rule.meta.id
        families[rule_id] = rule.meta.family.value
        for name in ("check", "report_blocks"):
            method: Callable[..., Any] = getattr(rule, name)

            def timed(
                *args: Any,
                _m: Callable[..., Any] = method,
                _first: str = "rule " + rule_id,
                _second: str = "2nd-language rule " + rule_id,
                _n: str = name,
                **kw: Any,
            ) -> Any:
                if budget.stack:
                    budget.rule_children[budget.stack[-1][0]] += 1
                budget.enter(_second if budget.second else _first)
                try:
                    result = _m(*args, **kw)
                    return list(result) if _n == "check" and not isinstance(result, list | dict) else result
                finally:
                    budget.leave()

            object.__setattr__(rule, name, timed)
    return families


def calibrate(rounds: int = 5, calls: int = 20_000) -> tuple[float, float, float]:
    """The profiler's own cost, in ns: what one timed call adds to its own part's time (``own``) and to its
    caller's (``caller``), measured on an empty function timed inside another (median of ``rounds``); and what one
    rule's call (``wrap_rules``' wrapper, costlier: the rule's id chosen, the answer read) adds to its caller's
    (``rule_caller``). Measured in a tight loop: in a review the wrappers run cold, so a part with many timed
    children keeps some of their cost — the engine's rule loop most (S, session 25: with every rule's ``check`` and
    ``report_blocks`` stubbed, ``Engine._run_rules`` costs ~40 µs per draft without the profiler, against ~180 µs
    p50 this table gives it)."""
    own_costs, caller_costs, rule_costs = [], [], []

    class _Meta:
        id = "calibration"

        class family:  # shaped as a rule's meta.family
            value = "calibration"

    class _Rule:
        meta = _Meta

        def check(self, *_args: Any) -> list[Any]:
            return []

        def report_blocks(self, *_args: Any) -> dict[str, Any]:
            return {}

    for _ in range(rounds):
        budget = Budget()
        inner = budget.timed("inner", lambda: None)
        rule = _Rule()
        wrap_rules(budget, [rule])
        check = rule.check

        def outer(inner: Callable[[], None] = inner) -> None:
            for _ in range(calls):
                inner()

        def rule_outer(check: Callable[..., Any] = check) -> None:
            for _ in range(calls):
                check(None, None)

        budget.timed("outer", outer)()
        budget.timed("rule outer", rule_outer)()
        # the loop's own bare cost, measured alone, is not the profiler's
        started = time.process_time_ns()
        for _ in range(calls):
            (lambda: None)()
        bare = time.process_time_ns() - started
        bare_check = _Rule().check
        started = time.process_time_ns()
        for _ in range(calls):
            bare_check(None, None)
        bare_rule = time.process_time_ns() - started
        own_costs.append(budget.current["inner"] / calls)
        caller_costs.append(max(0, budget.current["outer"] - bare) / calls)
        rule_costs.append(max(0, budget.current["rule outer"] - bare_rule) / calls)
    return statistics.median(own_costs), statistics.median(caller_costs), statistics.median(rule_costs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N dev tweets (0: all)")
    parser.add_argument("--auto", action="store_true", help="language detected, not given")
    parser.add_argument("--top", type=int, default=60)
    args = parser.parse_args()
    from app.engine import Engine
    from app.settings import Settings

    drafts = dev_drafts()
    if args.limit:
        drafts = drafts[: args.limit]
    engine = Engine.create(Settings(offline=True))

    async def plain(batch: list[tuple[str, str]]) -> list[int]:
        spent = []
        for text, language in batch:
            started = time.process_time_ns()
            await engine.review(text, language="auto" if args.auto else language)
            spent.append(time.process_time_ns() - started)
        return spent

    asyncio.run(plain([(f"{t} w{i}", lang) for i, (t, lang) in enumerate(drafts)]))
    unprofiled = asyncio.run(plain([(f"{t} u{i}", lang) for i, (t, lang) in enumerate(drafts)]))

    budget = Budget()
    originals = install(budget)
    rules = engine.ruleset(engine.base_policy).rules
    families = wrap_rules(budget, rules)
    gc_started = [0]

    def on_gc(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            budget.enter("garbage collector")
        elif budget.stack and budget.stack[-1][0] == "garbage collector":
            budget.leave()

    per_draft: list[dict[str, int]] = []
    totals: list[int] = []
    raw: list[int] = []
    calls_of: dict[str, int] = defaultdict(int)
    own, caller, rule_caller = calibrate()

    async def profiled(batch: list[tuple[str, str]]) -> None:
        for text, language in batch:
            budget.current, budget.calls, budget.children = defaultdict(int), defaultdict(int), defaultdict(int)
            budget.rule_children = defaultdict(int)
            budget.enter("outside the review (asyncio, loop)")
            await engine.review(text, language="auto" if args.auto else language)
            budget.leave()
            raw.append(sum(budget.current.values()))
            for part, count in budget.calls.items():
                calls_of[part] += count
            # the profiler's own cost taken out: each entry's share from its part, each child's from its caller
            per_draft.append(
                {
                    part: max(
                        0,
                        round(
                            spent
                            - own * budget.calls[part]
                            - caller * (budget.children[part] - budget.rule_children[part])
                            - rule_caller * budget.rule_children[part]
                        ),
                    )
                    for part, spent in budget.current.items()
                }
            )
            totals.append(sum(per_draft[-1].values()))

    del gc_started
    reads_before = budget.reads
    gc.callbacks.append(on_gc)
    try:
        asyncio.run(profiled([(f"{t} p{i}", lang) for i, (t, lang) in enumerate(drafts)]))
    finally:
        gc.callbacks.remove(on_gc)
    for owner, name, raw_attr in originals:
        setattr(owner, name, raw_attr)
    for rule in rules:
        for name in ("check", "report_blocks"):
            object.__delattr__(rule, name)
    after = asyncio.run(plain([(f"{t} v{i}", lang) for i, (t, lang) in enumerate(drafts)]))
    n = len(per_draft)
    reads_per_draft = (budget.reads - reads_before) / n

    ordered = sorted(totals)
    low, high = ordered[int(0.4 * n)], ordered[int(0.6 * n)]
    typical = [d for d, t in zip(per_draft, totals, strict=True) if low <= t <= high]
    parts = sorted({p for d in per_draft for p in d})

    def mean(part: str, rows: list[dict[str, int]]) -> float:
        return sum(d.get(part, 0) for d in rows) / len(rows) / 1e3

    def p50(part: str) -> float:
        return statistics.median(d.get(part, 0) for d in per_draft) / 1e3

    def turn(part: str) -> str:
        for prefix in ("2nd-language rule ", "rule "):
            if part.startswith(prefix):
                return families.get(part[len(prefix) :], "?")
        return part.split(":")[0].split(" ")[0]

    print(f"{n} drafts ({'language detected' if args.auto else 'language given'}), CPU µs per draft")
    print(
        f"review without the profiler: p50 {statistics.median(unprofiled) / 1e3:.0f}, "
        f"mean {sum(unprofiled) / n / 1e3:.0f} (after: p50 {statistics.median(after) / 1e3:.0f}, "
        f"mean {sum(after) / n / 1e3:.0f}); with it: p50 {statistics.median(raw) / 1e3:.0f}, "
        f"mean {sum(raw) / n / 1e3:.0f}; its own cost taken out ({reads_per_draft / 2:.0f} timed calls per draft, "
        f"each {own:.0f} ns to its part and {caller:.0f} ns to its caller, a rule's {rule_caller:.0f} ns): p50 "
        f"{statistics.median(totals) / 1e3:.0f}, mean {sum(totals) / n / 1e3:.0f}"
    )
    print(f"typical drafts: {len(typical)} (total between p40 {low / 1e3:.0f} and p60 {high / 1e3:.0f} µs)")
    print()
    print("| part | turn | mean | p50 | typical mean | share of mean | calls per draft |")
    print("|---|---|---:|---:|---:|---:|---:|")
    total_mean = sum(totals) / n / 1e3
    rows = sorted(parts, key=lambda p: -mean(p, per_draft))
    for part in rows[: args.top]:
        m = mean(part, per_draft)
        cells = [part, turn(part), f"{m:.1f}", f"{p50(part):.1f}", f"{mean(part, typical):.1f}"]
        cells += [f"{100 * m / total_mean:.1f} %", f"{calls_of[part] / n:.1f}"]
        print("| " + " | ".join(cells) + " |")
    rest = rows[args.top :]
    if rest:
        m = sum(mean(p, per_draft) for p in rest)
        t = sum(mean(p, typical) for p in rest)
        print(f"| {len(rest)} other parts | - | {m:.1f} | - | {t:.1f} | {100 * m / total_mean:.1f} % |")
    print()
    print("| turn / group | mean | typical mean | share of mean |")
    print("|---|---:|---:|---:|")
    groups: dict[str, list[str]] = defaultdict(list)
    for part in parts:
        groups[turn(part)].append(part)
    for group, members in sorted(groups.items(), key=lambda kv: -sum(mean(p, per_draft) for p in kv[1])):
        m = sum(mean(p, per_draft) for p in members)
        t = sum(mean(p, typical) for p in members)
        print(f"| {group} ({len(members)} parts) | {m:.1f} | {t:.1f} | {100 * m / total_mean:.1f} % |")
    print(f"| total | {total_mean:.1f} | {sum(mean(p, typical) for p in parts):.1f} | 100 % |")


if __name__ == "__main__":
    main()

"""What the per-pattern time budget (``app.kinds.budget.scan``, session 11) costs on drafts that never time out.

Over the generated drafts of ``bench_offline`` (seeded) and every shipped ``patterns`` rule and phrase list, in
one process, each draft timed with the old and the new loop back to back (the order swapped every round):

- baseline, patterns: the matching loop as it was — one wall-clock deadline per rule (``time.perf_counter()``),
  each pattern given what is left of it (``finditer(timeout=remaining)``, matches yielded one by one);
- patterns, per-pattern budget: the loop as it is — ``scan(regex, text, budget)`` per pattern (``list(finditer)``
  in a ``try``; the CPU clock is read only when a run times out);
- the same two for the phrase lists (``finditer(timeout=0.05)`` against ``scan(pattern, text, 0.05)``) on the
  folded drafts;
- every shipped ``patterns`` rule's whole ``check`` (absolute, with the patterns baseline for scale).

The ratio of each new row to its baseline is the change's cost (1.00: none).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from bench import Row, latency_row, print_rows, time_each

ROUNDS = 6
BASE_PATTERNS = "baseline: patterns, one shared deadline (before)"
BASE_PHRASES = "baseline: phrase lists, finditer(timeout) (before)"


def _old_finditer(compiled: Any, text: str, deadline: float) -> Iterator[Any]:
    """``PatternsRule._finditer`` as it was (c13cfc2^): what is left of the rule's deadline, matches yielded."""
    remaining = deadline - time.perf_counter()
    if remaining <= 0:
        raise TimeoutError
    yield from compiled.finditer(text, timeout=remaining)


SKIPS: dict[str, int] = {"before": 0, "after": 0}
"""Rules skipped for a draft during the timing: by the old loop (the rest of the rule), by ``scan`` (a pattern)."""


def _old_patterns(rules: Sequence[Any]) -> Callable[[Any], int]:
    def run(draft: Any) -> int:
        found = 0
        for rule in rules:
            deadline = time.perf_counter() + rule.timeout
            try:
                for item in rule.compiled:
                    for _ in _old_finditer(item.regex, draft.text, deadline):
                        found += 1
            except TimeoutError:  # as it was: the rest of the rule skipped for this draft
                SKIPS["before"] += 1
        return found

    return run


def _new_patterns(rules: Sequence[Any]) -> Callable[[Any], int]:
    from app.kinds.budget import OverBudget, scan

    def run(draft: Any) -> int:
        found = 0
        for rule in rules:
            for item in rule.compiled:
                try:
                    found += len(scan(item.regex, draft.text, rule.timeout))
                except OverBudget:
                    SKIPS["after"] += 1
        return found

    return run


def _old_phrases(lists: Sequence[Any]) -> Callable[[str], int]:
    from app.kinds.phrases import MATCH_BUDGET_S

    return lambda text: sum(len(list(p.finditer(text, timeout=MATCH_BUDGET_S))) for p in lists)


def _new_phrases(lists: Sequence[Any]) -> Callable[[str], int]:
    from app.kinds.budget import scan
    from app.kinds.phrases import MATCH_BUDGET_S

    return lambda text: sum(len(scan(p, text, MATCH_BUDGET_S)) for p in lists)


def _alternate(pairs: Sequence[tuple[str, Callable[[Any], object]]], items: Sequence[Any]) -> dict[str, list[float]]:
    """Each item timed with every call back to back, the order swapped every round: drift lands on both."""
    samples: dict[str, list[float]] = {name: [] for name, _ in pairs}
    clock = time.perf_counter
    for round_ in range(ROUNDS):
        order = list(pairs) if round_ % 2 == 0 else list(reversed(pairs))
        for item in items:
            for name, call in order:
                started = clock()
                call(item)
                samples[name].append(clock() - started)
    return samples


def measure() -> tuple[list[Row], list[str]]:
    """The rows, and notes (what was measured)."""
    from app.engine import Engine
    from app.kinds.base import CheckContext
    from app.kinds.patterns import PatternsRule
    from app.kinds.phrases import PhrasesRule
    from app.settings import Settings
    from app.text.folding import PHRASES, folded_draft
    from bench.bench_offline import generate_drafts

    engine = Engine.create(Settings(offline=True))
    rules = engine.ruleset(engine.base_policy).rules
    patterns = [r for r in rules if isinstance(r, PatternsRule) and r.compiled]
    lists = {
        id(pl._pattern): pl._pattern for r in rules if isinstance(r, PhrasesRule) for f in r.files for pl in f.values()
    }
    compiled = [p for p in lists.values() if p is not None]
    drafts = [engine.prepare(text, engine.base_policy, language) for text, language in generate_drafts(2000)]
    folded = [folded_draft(d, PHRASES).text for d in drafts]
    ctx = CheckContext(policy=engine.base_policy)
    gc.collect()
    gc.disable()
    try:
        timed = _alternate(
            [
                (BASE_PATTERNS, _old_patterns(patterns)),
                ("patterns, per-pattern budget (scan)", _new_patterns(patterns)),
            ],
            drafts,
        )
        timed.update(
            _alternate([(BASE_PHRASES, _old_phrases(compiled)), ("phrase lists, scan", _new_phrases(compiled))], folded)
        )
        timed["patterns rules, whole check"] = [
            s for _ in range(ROUNDS) for s in time_each(drafts, lambda d: [list(r.check(d, ctx)) for r in patterns])
        ]
    finally:
        gc.enable()
    baselines = {"patterns, per-pattern budget (scan)": BASE_PATTERNS, "phrase lists, scan": BASE_PHRASES}
    baselines["patterns rules, whole check"] = BASE_PATTERNS
    rows = [latency_row(name, seconds, baseline=baselines.get(name), unit="µs") for name, seconds in timed.items()]
    notes = [
        f"{len(drafts)} drafts x {ROUNDS} alternated rounds; {len(patterns)} patterns rules "
        f"({sum(len(r.compiled) for r in patterns)} patterns), {len(compiled)} phrase-list alternations",
        f"rules skipped for a draft while timed: {SKIPS['before']} by the old loop, {SKIPS['after']} by scan",
    ]
    return rows, notes


def main() -> dict[str, Any]:
    """Run the benchmark, print its table, return its rows."""
    rows, notes = measure()
    print_rows("per-pattern time budget (app.kinds.budget)", rows)
    for note in notes:
        print(note)
    return {"rows": rows, "notes": notes}


if __name__ == "__main__":
    main()

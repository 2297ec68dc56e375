"""Sevenfold's benchmarks (``make bench`` → ``python -m bench``) and the helpers they share.

Each ``bench/bench_*.py`` module exposes ``main() -> dict`` and prints its own table. The runner
(``bench/__main__.py``) runs each in a child process, collects the dicts into ``bench/results.json``
and prints one summary table. A module's dict may take any shape; the summary reads these keys:

- ``rows``: a list of ``{"name", "unit", "p50", "p99", "value", "baseline", "ratio"}`` (all optional but
  ``name``). ``baseline`` names another row of the same module measured in the same run; the runner
  fills ``ratio`` (this row's p50 or value over the baseline's) when the module has not.
- ``skipped``: a reason, when the module could not measure on this machine.
- ``notes``: a list of one-line remarks.

Only numbers about time and memory go here; no draft text is ever printed or written.
"""

from __future__ import annotations

import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from typing import Any

Row = dict[str, Any]


def percentile(samples: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0–100) of ``samples``, nearest-rank; NaN for no samples."""
    if not samples:
        return math.nan
    ordered = sorted(samples)
    rank = max(1, math.ceil(q / 100.0 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def time_each(items: Sequence[Any], call: Callable[[Any], object]) -> list[float]:
    """Seconds that ``call`` took on each item, in order (one perf_counter pair per call)."""
    samples: list[float] = []
    clock = time.perf_counter
    for item in items:
        started = clock()
        call(item)
        samples.append(clock() - started)
    return samples


def latency_row(
    name: str, seconds: Sequence[float], *, baseline: str | None = None, unit: str = "ms", **extra: Any
) -> Row:
    """A row of p50/p99/mean over per-call durations in seconds, reported in ``unit`` (ms or µs)."""
    scale = {"ms": 1e3, "µs": 1e6, "s": 1.0}[unit]
    row: Row = {
        "name": name,
        "unit": unit,
        "n": len(seconds),
        "p50": percentile(seconds, 50) * scale,
        "p99": percentile(seconds, 99) * scale,
        "mean": (statistics.fmean(seconds) * scale) if seconds else math.nan,
    }
    if baseline is not None:
        row["baseline"] = baseline
    row.update(extra)
    return row


def fill_ratios(rows: Sequence[Row]) -> None:
    """Set ``ratio`` on every row that names a ``baseline`` row and has none yet."""
    by_name = {str(r.get("name")): r for r in rows}
    for row in rows:
        base = by_name.get(str(row.get("baseline")))
        if base is None or "ratio" in row:
            continue
        mine, theirs = _headline(row), _headline(base)
        if mine is not None and theirs:
            row["ratio"] = mine / theirs


def _headline(row: Mapping[str, Any]) -> float | None:
    for key in ("p50", "value"):
        value = row.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return float(value)
    return None


def fmt(value: Any, digits: int = 3) -> str:
    """A number in a table cell: a few significant digits, '-' for nothing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 1000:
            return f"{value:,.0f}"
        return f"{value:.{digits}g}"
    return str(value)


def table(headers: Sequence[str], lines: Sequence[Sequence[Any]]) -> str:
    """A plain-text (and Markdown-compatible) table."""
    cells = [[fmt(c) for c in line] for line in lines]
    widths = [max(len(h), *(len(line[i]) for line in cells)) if cells else len(h) for i, h in enumerate(headers)]
    out = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"]
    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for line in cells:
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
    return "\n".join(out)


def print_rows(title: str, rows: Sequence[Row]) -> None:
    """Print a module's rows as a table under ``title``."""
    fill_ratios(rows)
    headers = ["measure", "unit", "n", "p50", "p99", "value", "× baseline", "baseline"]
    lines = [
        [
            r.get("name"),
            r.get("unit"),
            r.get("n"),
            r.get("p50"),
            r.get("p99"),
            r.get("value"),
            r.get("ratio"),
            r.get("baseline"),
        ]
        for r in rows
    ]
    print(f"\n## {title}\n")
    print(table(headers, lines))
    sys.stdout.flush()


def machine() -> dict[str, Any]:
    """What the numbers were measured on: CPU, cores, memory, OS, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    memory = None
    try:
        with open("/proc/meminfo", encoding="ascii") as info:
            for line in info:
                if line.startswith("MemTotal:"):
                    memory = round(int(line.split()[1]) / 1024 / 1024, 1)
                    break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": memory,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }


def rss_bytes(pid: int) -> int | None:
    """Resident memory of process ``pid`` from /proc, or None."""
    from app.languagetool.server import process_rss_bytes

    return process_rss_bytes(pid)


def growth_exponent(sizes: Sequence[float], times: Sequence[float]) -> float:
    """The slope of log(time) over log(size): 1 is linear, below 1 better, 2 quadratic."""
    points = [(math.log(s), math.log(t)) for s, t in zip(sizes, times, strict=True) if s > 0 and t > 0]
    if len(points) < 2:
        return math.nan
    mx = statistics.fmean(p[0] for p in points)
    my = statistics.fmean(p[1] for p in points)
    num = sum((x - mx) * (y - my) for x, y in points)
    den = sum((x - mx) ** 2 for x, _ in points)
    return num / den if den else math.nan

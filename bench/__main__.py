"""The ``make bench`` runner: every ``bench/bench_*.py`` ``main()``, each in its own process.

``python -m bench`` runs them all; ``python -m bench offline http`` runs a subset (``bench_`` prefix
optional). A module that fails, times out or crashes is reported and the others still run. At the
end: one summary table (every row with its ratio to the baseline its module measured in the same run)
and ``bench/results.json`` (machine, per-module outcome and dict). Exit 0 when every module ran,
1 when any failed, 2 for an unknown name.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import fill_ratios, machine, table

BENCH_DIR = Path(__file__).resolve().parent
RESULTS = BENCH_DIR / "results.json"
DEFAULT_TIMEOUT = float(os.environ.get("SEVENFOLD_BENCH_TIMEOUT", "1800"))


def discover() -> list[str]:
    """The benchmark module names (``offline``, ``http``…), sorted."""
    return sorted(p.stem.removeprefix("bench_") for p in BENCH_DIR.glob("bench_*.py"))


def run_child(name: str, out: Path) -> int:
    """In the child: import ``bench.bench_<name>``, call ``main()``, write its dict as JSON to ``out``."""
    import importlib

    module = importlib.import_module(f"bench.bench_{name}")
    result = module.main()
    if not isinstance(result, dict):
        raise TypeError(f"bench_{name}.main() returned {type(result).__name__}, not a dict")
    out.write_text(json.dumps(result, default=str, allow_nan=True), encoding="utf-8")
    return 0


def run_one(name: str, timeout: float) -> dict[str, Any]:
    """Run one module in a child process; its tables print live; its outcome comes back as a dict."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sevenfold-bench-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, "-m", "bench", "--child", name, "--out", str(out)]
        print(f"\n# bench_{name}", flush=True)
        try:
            proc = subprocess.run(
                command, cwd=BENCH_DIR.parent, timeout=timeout, check=False, stderr=subprocess.PIPE, text=True
            )
        except subprocess.TimeoutExpired:
            return {"ok": False, "seconds": time.perf_counter() - started, "error": f"timed out after {timeout:g} s"}
        seconds = time.perf_counter() - started
        if proc.stderr:
            sys.stderr.write(proc.stderr)
        if proc.returncode != 0 or not out.exists():
            last = next((line.strip() for line in reversed(proc.stderr.splitlines()) if line.strip()), "")
            reason = f"exited with status {proc.returncode}" + (f": {last[:200]}" if last else "")
            return {"ok": False, "seconds": seconds, "error": reason}
        try:
            result = json.loads(out.read_text(encoding="utf-8"))
        except ValueError as exc:
            return {"ok": False, "seconds": seconds, "error": f"unreadable result ({exc})"}
    return {"ok": True, "seconds": seconds, "result": result}


def _flatten(prefix: str, value: Any, rows: list[dict[str, Any]]) -> None:
    """Numbers of a module that does not use ``rows``, as ``path = value`` rows."""
    if isinstance(value, bool):
        return
    if isinstance(value, int | float):
        rows.append({"name": prefix, "value": value})
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("machine", "notes"):
                _flatten(f"{prefix}.{key}" if prefix else str(key), item, rows)
    elif isinstance(value, list) and len(value) <= 50:
        for index, item in enumerate(value):
            label = item.get("name") if isinstance(item, dict) and "name" in item else index
            _flatten(f"{prefix}[{label}]", item, rows)


def summary_rows(outcomes: dict[str, dict[str, Any]]) -> list[list[Any]]:
    """The lines of the summary table: module, measure, unit, p50, p99, value, ratio, baseline."""
    lines: list[list[Any]] = []
    for name, outcome in outcomes.items():
        if not outcome["ok"]:
            lines.append([name, f"FAILED: {outcome['error']}", None, None, None, None, None, None])
            continue
        result = outcome["result"]
        if result.get("skipped"):
            lines.append([name, f"skipped: {result['skipped']}", None, None, None, None, None, None])
        rows = result.get("rows")
        if not isinstance(rows, list):
            rows = []
            _flatten("", {k: v for k, v in result.items() if k != "skipped"}, rows)
        rows = [r for r in rows if isinstance(r, dict)]
        fill_ratios(rows)
        for row in rows:
            lines.append(
                [
                    name,
                    row.get("name"),
                    row.get("unit"),
                    row.get("p50"),
                    row.get("p99"),
                    row.get("value"),
                    row.get("ratio"),
                    row.get("baseline"),
                ]
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks named (or all), print the summary and write bench/results.json."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("names", nargs="*", help="modules to run (offline, http…); default: every bench_*.py")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="seconds per module")
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON results")
    parser.add_argument("--list", action="store_true", help="list the modules and exit")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        return run_child(args.child, args.out)
    available = discover()
    if args.list:
        print("\n".join(available))
        return 0
    wanted = [n.removeprefix("bench_").removesuffix(".py") for n in args.names] or available
    unknown = [n for n in wanted if n not in available]
    if unknown:
        print(f"bench: no such benchmark: {', '.join(unknown)} (have: {', '.join(available)})", file=sys.stderr)
        return 2

    info = machine()
    print(
        f"Sevenfold benchmarks on {info['cpu']}, {info['cores']} cores, {info['memory_gib']} GiB, {info['os']}, "
        f"Python {info['python']}",
        flush=True,
    )
    outcomes = {name: run_one(name, args.timeout) for name in wanted}

    headers = ["bench", "measure", "unit", "p50", "p99", "value", "× baseline", "baseline"]
    print("\n# Summary (ratios against baselines measured in the same run)\n")
    print(table(headers, summary_rows(outcomes)))
    for name, outcome in outcomes.items():
        status = "ok" if outcome["ok"] else f"FAILED ({outcome['error']})"
        print(f"- bench_{name}: {status} in {outcome['seconds']:.1f} s")

    previous: dict[str, Any] = {}
    if args.output.exists() and args.names:  # a subset updates its modules and keeps the others
        try:
            previous = json.loads(args.output.read_text(encoding="utf-8")).get("benchmarks", {})
        except (ValueError, OSError):
            previous = {}
    document = {
        "generated": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": info,
        "benchmarks": {**previous, **outcomes},
    }
    args.output.write_text(json.dumps(document, indent=2, default=str, allow_nan=True) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")
    return 0 if all(o["ok"] for o in outcomes.values()) else 1


if __name__ == "__main__":
    sys.exit(main())

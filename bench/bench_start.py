"""What a process pays before its first finding: the start of a CLI check, against a bare Python process.

A pre-commit hook or a CI gate starts one process per check, so the start is what a user waits for. In rounds
(``SEVENFOLD_BENCH_START_RUNS``, default 3), each round running every process once, in turn, so that a machine
loaded by something else weighs on every row alike:

- the in-run baseline: a bare ``python -c "import yaml, fastapi"`` process (the interpreter and the two heaviest
  libraries every door imports; none of Sevenfold's code, rules or data);
- ``python -m app.cli check --offline <draft> --format json`` with the cache off (``SEVENFOLD_CACHE=0``: every
  rule and term file parsed, every list folded and indexed; the cold path);
- the same check with an empty cache folder (a new one each round: the first check after an install or a rules
  change, which parses, builds and writes every entry);
- the same check with the cache filled (a folder of its own, filled by one unmeasured run first: the parsed YAML,
  ``app.kinds.options``, and the built packs and known words, ``app.kinds.build_cache``), for an English draft and
  for a French one (a language's packs are read from the cache when a draft of that language asks for them);
- ``Engine.create`` timed inside a fresh process, after its imports (cache off, then filled), and the imports alone.

Each row gives wall seconds (p50 and the slowest run) and the CPU seconds of the process (``cpu_p50``: user + system,
from ``getrusage``), which a loaded machine changes less. Target: a CLI check under 4 s on an idle machine.
The draft is a fixed neutral sentence; nothing is printed but numbers.

Run: ``.venv/bin/python -m bench start``.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import Row, latency_row, percentile, print_rows  # noqa: E402

RUNS = int(os.environ.get("SEVENFOLD_BENCH_START_RUNS", "3"))
TARGET_S = 4.0
DRAFT = "Hello there, see you all at the meetup on Thursday"
BASE = 'bare process: python -c "import yaml, fastapi"'
DRAFT_FR = "Bonjour à tous, rendez-vous jeudi à la réunion du club"
CLI_OFF = "CLI check, cache off (cold path)"
CLI_EMPTY = "CLI check, cache empty (builds, writes it)"
CLI_ON = "CLI check, cache filled"
CLI_ON_FR = "CLI check, cache filled, French draft"
CREATE_OFF = "Engine.create in its process, cache off"
CREATE_ON = "Engine.create in its process, cache filled"
IMPORTS = "imports of app.engine in its process"
_TIMED_CREATE = (
    "import json, time\n"
    "started = time.perf_counter()\n"
    "from app.engine import Engine\n"
    "from app.settings import Settings\n"
    "imported = time.perf_counter()\n"
    "Engine.create(Settings(offline=True))\n"
    "print(json.dumps({'imports': imported - started, 'create': time.perf_counter() - imported}))\n"
)


def _run(command: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """(wall seconds, CPU seconds of the child, its stdout) of one process; a failing process is an error."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=600, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):  # 1: the check found something (none expected for this draft)
        raise RuntimeError(f"{command[:3]} exited with {done.returncode}: {done.stderr[-300:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout


def _env(cache: Path | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SEVENFOLD_CACHE", "SEVENFOLD_CACHE_DIR")}
    if cache is None:
        env["SEVENFOLD_CACHE"] = "0"
    else:
        env["SEVENFOLD_CACHE_DIR"] = str(cache)
    return env


def _row(name: str, walls: list[float], cpus: list[float], baseline: str | None = None) -> Row:
    return latency_row(name, walls, baseline=baseline, unit="s", cpu_p50=percentile(cpus, 50))


def measure(runs: int = RUNS) -> list[Row]:
    """Every row of this benchmark (``runs`` rounds)."""
    python = sys.executable
    cli = [python, "-m", "app.cli", "check", "--offline", DRAFT, "--format", "json"]
    cli_fr = [python, "-m", "app.cli", "check", "--offline", "--lang", "fr", DRAFT_FR, "--format", "json"]
    timed = [python, "-c", _TIMED_CREATE]
    walls: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}

    def add(name: str, wall: float, cpu: float) -> None:
        walls.setdefault(name, []).append(wall)
        cpus.setdefault(name, []).append(cpu)

    with tempfile.TemporaryDirectory(prefix="sevenfold-bench-cache-") as tmp:
        cache = Path(tmp) / "yaml"
        _run(cli, _env(cache))  # fills the cache, not measured
        for round_ in range(runs):
            add(BASE, *_run([python, "-c", "import yaml, fastapi"], _env(None))[:2])
            add(CLI_OFF, *_run(cli, _env(None))[:2])
            add(CLI_EMPTY, *_run(cli, _env(Path(tmp) / f"empty-{round_}"))[:2])
            add(CLI_ON, *_run(cli, _env(cache))[:2])
            add(CLI_ON_FR, *_run(cli_fr, _env(cache))[:2])
            for name, folder in ((CREATE_OFF, None), (CREATE_ON, cache)):
                _wall, cpu, out = _run(timed, _env(folder))
                seconds = json.loads(out.strip().splitlines()[-1])
                add(name, seconds["create"], cpu)
                if folder is None:
                    add(IMPORTS, seconds["imports"], 0.0)
    rows = [_row(BASE, walls[BASE], cpus[BASE])]
    rows += [_row(name, walls[name], cpus[name], BASE) for name in (CLI_OFF, CLI_EMPTY, CLI_ON, CLI_ON_FR)]
    rows += [_row(name, walls[name], cpus[name]) for name in (IMPORTS, CREATE_OFF, CREATE_ON)]
    rows[-3]["cpu_p50"] = None  # the imports' CPU is inside the two Engine.create processes' figures
    return rows


def main() -> dict[str, Any]:
    """Run the benchmark, print its table and the target check, return its rows."""
    rows = measure()
    print_rows(f"Process start of a CLI check ({RUNS} rounds; wall seconds, CPU in cpu_p50)", rows)
    notes = []
    for row in rows:
        if row.get("cpu_p50") is not None:
            notes.append(f"{row['name']}: CPU p50 {row['cpu_p50']:.2f} s")
    for name in (CLI_OFF, CLI_ON, CLI_ON_FR):
        row = next(r for r in rows if r["name"] == name)
        met = "met" if row["p50"] < TARGET_S else "NOT met"
        notes.append(f"target: {name} under {TARGET_S:g} s — {met} (p50 {row['p50']:.2f} s wall)")
    for note in notes:
        print(note)
    return {"rows": rows, "notes": notes, "runs": RUNS, "target_s": TARGET_S}


if __name__ == "__main__":
    main()

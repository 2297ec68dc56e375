"""HTTP benchmark: throughput with ``wrk``, cold start, memory after 10,000 reviews, and how cost grows.

All traffic goes to servers this module starts on 127.0.0.1, in loops bounded in time and count.

- Throughput (Debian's ``wrk``, installed by ``apt-get install wrk`` when missing and possible, else the
  section is skipped with the reason): offline-only and full reviews (with LanguageTool) at 1 and 2
  workers (``sevenfold serve --workers N``); for each, a sweep of connection counts and the best
  requests/s whose p99 stays ≤ 200 ms with no error. In-run baselines: ``GET /healthz`` over the same
  server (the HTTP floor) for the offline reviews, raw LanguageTool ``POST /v2/check`` on the same
  drafts for the full reviews. LanguageTool keeps its default result cache here and wrk cycles through
  200 drafts, so after the first pass it mostly answers from that cache, on both rows alike (as in every
  earlier run of this section): the full-review figures weigh Sevenfold's side, ``bench_grammar`` (cache
  off) weighs LanguageTool's.
  Note the load generator shares the machine's cores with the server.
- Cold start: ``sevenfold serve`` spawned to the first ``/readyz`` 200, offline and with its own
  supervised LanguageTool.
- Memory: resident set of Sevenfold (and of LanguageTool) after 1,000 warm-up reviews and after 10,000
  more; the growth must stay under 10 %.
- Growth: in-process review time versus draft length (up to the 64 KiB body limit) and versus the size
  of a policy term pack; the log-log slope says linear (1) or better (< 1).

Environment: ``SEVENFOLD_BENCH_SECONDS`` (seconds per wrk point, default 4), ``SEVENFOLD_BENCH_SOAK``
(reviews in the memory soak, default 10000).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx

from bench import Row, fill_ratios, growth_exponent, print_rows, rss_bytes, table
from bench.bench_offline import generate_drafts

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"
P99_BUDGET_MS = 200.0
POINT_SECONDS = int(os.environ.get("SEVENFOLD_BENCH_SECONDS", "4"))
SOAK_REVIEWS = int(os.environ.get("SEVENFOLD_BENCH_SOAK", "10000"))
CONNECTIONS = (1, 2, 4, 8, 16, 32)
READY_TIMEOUT = 180.0
MAX_GROWTH = 0.10

WRK_DONE = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRKJSON {\\"requests\\":%d,\\"duration_us\\":%d,\\"p50_us\\":%d,"
      .. "\\"p99_us\\":%d,\\"errors\\":%d,\\"status\\":%d}\\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write + e.timeout, e.status))
end
"""
WRK_POST = """
local bodies = {BODIES}
local path = "PATH"
local content_type = "CONTENT_TYPE"
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", path, {["Content-Type"] = content_type}, bodies[i])
end
"""


# -- processes --------------------------------------------------------------------------------


def free_port() -> int:
    """A free TCP port on loopback."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def wait_ready(url: str, timeout: float, proc: subprocess.Popen[bytes] | None = None) -> float:
    """Seconds until ``GET url`` answers 200; raises when the process dies or time runs out."""
    started = time.perf_counter()
    deadline = started + timeout
    with httpx.Client(timeout=2.0) as client:
        while time.perf_counter() < deadline:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"server exited with status {proc.returncode} before it was ready")
            with contextlib.suppress(httpx.HTTPError):
                if client.get(url).status_code == 200:
                    return time.perf_counter() - started
            time.sleep(0.02)
    raise RuntimeError(f"{url} not ready within {timeout:g} s")


def stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the process group, SIGKILL after 15 s."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=15)


def spawn(command: Sequence[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start a server in its own process group, quiet."""
    return subprocess.Popen(
        list(command),
        cwd=ROOT,
        env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


@contextlib.contextmanager
def sevenfold_server(workers: int, env: dict[str, str]) -> Iterator[str]:
    """``sevenfold serve --workers N`` on a free loopback port (settings from ``env``); yields its URL.

    Not uvicorn's own ``--workers``: its proto-0 socket leaves Nagle on every connection (``app.api.serving``).
    """
    port = free_port()
    command = [sys.executable, "-m", "app.cli", "serve", "--host", HOST, "--port", str(port), "--workers", str(workers)]
    proc = spawn(command, env)
    url = f"http://{HOST}:{port}"
    try:
        wait_ready(f"{url}/readyz", READY_TIMEOUT, proc)
        yield url
    finally:
        stop(proc)


@contextlib.contextmanager
def languagetool() -> Iterator[tuple[str, Any]]:
    """A LanguageTool of our own on loopback, warmed; yields (url, process)."""
    from app.languagetool.provision import find_installation
    from app.languagetool.server import LanguageToolProcess
    from app.settings import Settings

    settings = Settings()
    installation = find_installation(settings.languagetool_cache_dir, settings.languagetool_version)
    if installation is None:
        raise RuntimeError("LanguageTool is not provisioned (make languagetool)")
    process = LanguageToolProcess(installation, free_port())
    process.start()
    try:
        wait_ready(f"{process.url}/v2/healthcheck", READY_TIMEOUT)
        with httpx.Client(timeout=60) as client:
            for language, text in (("en-US", "This are a test."), ("fr", "Ceci sont un test.")):
                client.post(f"{process.url}/v2/check", data={"language": language, "text": text})
        yield process.url, process
    finally:
        process.stop()


# -- wrk --------------------------------------------------------------------------------------


def find_wrk() -> tuple[str | None, str | None]:
    """The wrk binary, installing Debian's package if we are root and it is missing; else the reason."""
    path = shutil.which("wrk")
    if path:
        return path, None
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False, capture_output=True, timeout=300)
        path = shutil.which("wrk")
        if path:
            return path, None
    return None, "wrk is not installed (apt-get install wrk)"


def lua_string(value: str) -> str:
    """A Lua long-bracket string literal for ASCII ``value``."""
    level = "=" * 4
    while f"]{level}]" in value:
        level += "="
    return f"[{level}[{value}]{level}]"


def write_script(folder: Path, bodies: Sequence[str], path: str, content_type: str) -> Path:
    """The wrk Lua script that cycles through ``bodies`` and prints a JSON summary."""
    script = folder / f"post-{abs(hash((path, len(bodies))))}.lua"
    literal = ", ".join(lua_string(b) for b in bodies)
    lua = WRK_POST.replace("CONTENT_TYPE", content_type).replace("PATH", path).replace("BODIES", literal)
    script.write_text(lua + WRK_DONE, encoding="ascii")
    return script


def run_wrk(wrk: str, url: str, script: Path, connections: int, seconds: int) -> dict[str, float]:
    """One wrk run; requests/s, p50/p99 in ms, errors (socket and non-2xx)."""
    threads = min(2, connections)
    command = [wrk, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script), url]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False).stdout
    line = next((ln for ln in out.splitlines() if ln.startswith("WRKJSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk printed no summary: {out.strip()[-200:]}")
    data = json.loads(line.removeprefix("WRKJSON "))
    duration = data["duration_us"] / 1e6 or 1.0
    return {
        "connections": connections,
        "rps": data["requests"] / duration,
        "p50_ms": data["p50_us"] / 1000.0,
        "p99_ms": data["p99_us"] / 1000.0,
        "errors": data["errors"] + data["status"],
        "requests": data["requests"],
    }


def sweep(wrk: str, url: str, script: Path, label: str, seconds: int) -> dict[str, Any]:
    """Runs at growing connection counts; the best requests/s with p99 ≤ budget and no error."""
    points = []
    for connections in CONNECTIONS:
        point = run_wrk(wrk, url, script, connections, seconds)
        points.append(point)
        if point["p99_ms"] > P99_BUDGET_MS * 2 or point["errors"]:
            break  # past the knee: more connections only queue
    good = [p for p in points if p["p99_ms"] <= P99_BUDGET_MS and not p["errors"]]
    best = max(good, key=lambda p: p["rps"]) if good else None
    print(f"\n{label}")
    print(
        table(
            ["connections", "req/s", "p50 ms", "p99 ms", "errors"],
            [[p["connections"], p["rps"], p["p50_ms"], p["p99_ms"], p["errors"]] for p in points],
        )
    )
    sys.stdout.flush()
    return {"label": label, "points": points, "best": best, "single": points[0]}


def check_bodies(count: int = 200) -> list[str]:
    """JSON bodies of ``POST /v1/check`` over generated drafts (ASCII-escaped)."""
    return [json.dumps({"text": t, "language": "auto"}) for t, _ in generate_drafts(count, seed=11)]


def raw_lt_bodies(count: int = 200) -> list[str]:
    """Form bodies of LanguageTool's ``POST /v2/check`` over the same drafts."""
    from urllib.parse import urlencode

    variants = {"en": "en-US", "fr": "fr"}
    return [urlencode({"language": variants[lang], "text": t}) for t, lang in generate_drafts(count, seed=11)]


def throughput(rows: list[Row], notes: list[str], lt_url: str | None) -> dict[str, Any]:
    """The wrk section: offline and full reviews at 1 and 2 workers, with their baselines."""
    wrk, reason = find_wrk()
    if wrk is None:
        notes.append(f"throughput skipped: {reason}")
        return {"skipped": reason}
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="sevenfold-wrk-") as tmp:
        folder = Path(tmp)
        check_script = write_script(folder, check_bodies(), "/v1/check", "application/json")
        get_script = folder / "get.lua"
        get_script.write_text(WRK_DONE, encoding="ascii")
        modes: list[tuple[str, dict[str, str]]] = [("offline", {"SEVENFOLD_OFFLINE": "1"})]
        if lt_url:
            modes.append(("full", {"SEVENFOLD_OFFLINE": "0", "SEVENFOLD_LANGUAGETOOL_URL": lt_url}))
        else:
            notes.append("full reviews skipped: no LanguageTool")
        if lt_url:
            lt_script = write_script(folder, raw_lt_bodies(), "/v2/check", "application/x-www-form-urlencoded")
            run_wrk(wrk, lt_url, lt_script, 4, 5)  # untimed: the JVM's JIT warms up on these drafts
            raw = sweep(wrk, lt_url, lt_script, "raw LanguageTool POST /v2/check", POINT_SECONDS)
            out["raw_languagetool"] = raw
            _rows_for(rows, "raw LanguageTool /v2/check", raw, None)
        for mode, env in modes:
            for workers in (1, 2):
                env_all = {**env, "SEVENFOLD_RATE_LIMIT_PER_MINUTE": "0"}
                with sevenfold_server(workers, env_all) as url:
                    # untimed: every worker loads its models and warms its connections on first requests
                    run_wrk(wrk, url, check_script, 4 * workers, 2)
                    if mode == "offline":
                        floor = sweep(wrk, f"{url}/healthz", get_script, f"GET /healthz, {workers} worker(s)", 2)
                        _rows_for(rows, f"GET /healthz, {workers}w", floor, None)
                        out[f"healthz_{workers}w"] = floor
                    result = sweep(wrk, url, check_script, f"{mode} review, {workers} worker(s)", POINT_SECONDS)
                out[f"{mode}_{workers}w"] = result
                baseline = f"GET /healthz, {workers}w" if mode == "offline" else "raw LanguageTool /v2/check"
                _rows_for(rows, f"{mode} review over HTTP, {workers}w", result, baseline)
    return out


def _rows_for(rows: list[Row], name: str, result: dict[str, Any], baseline: str | None) -> None:
    single = result["single"]
    row: Row = {
        "name": f"{name}: latency at 1 connection",
        "unit": "ms",
        "n": single["requests"],
        "p50": single["p50_ms"],
        "p99": single["p99_ms"],
    }
    if baseline:
        row["baseline"] = f"{baseline}: latency at 1 connection"
    rows.append(row)
    best = result["best"]
    capacity: Row = {
        "name": f"{name}: req/s at p99 ≤ {P99_BUDGET_MS:g} ms",
        "unit": "req/s",
        "value": best["rps"] if best else 0.0,
        "connections": best["connections"] if best else None,
    }
    if baseline:
        capacity["baseline"] = f"{baseline}: req/s at p99 ≤ {P99_BUDGET_MS:g} ms"
    rows.append(capacity)


# -- cold start and memory --------------------------------------------------------------------


def cold_start(rows: list[Row], notes: list[str], with_lt: bool) -> None:
    """``sevenfold serve`` to the first ``/readyz`` 200 (median of 3 offline, 1 with LanguageTool)."""
    label = "cold start to /readyz, with LanguageTool" if with_lt else "cold start to /readyz, offline"
    samples = []
    for _ in range(1 if with_lt else 3):
        port = free_port()
        command = [sys.executable, "-m", "app.cli", "serve", "--host", HOST, "--port", str(port)]
        if not with_lt:
            command.append("--offline")
        proc = spawn(command, {"SEVENFOLD_LANGUAGETOOL_URL": ""} if with_lt else {})
        try:
            samples.append(wait_ready(f"http://{HOST}:{port}/readyz", READY_TIMEOUT, proc))
        finally:
            stop(proc)
    rows.append({"name": label, "unit": "s", "n": len(samples), "p50": statistics.median(samples)})


async def _drive(url: str, bodies: Sequence[str], count: int, concurrency: int = 16) -> int:
    """Send ``count`` reviews with ``concurrency`` in flight; returns how many failed."""
    failures = 0
    next_index = 0
    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:

        async def worker() -> None:
            nonlocal failures, next_index
            while next_index < count:
                body = bodies[next_index % len(bodies)]
                next_index += 1
                response = await client.post("/v1/check", content=body, headers={"content-type": "application/json"})
                if response.status_code != 200:
                    failures += 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
    return failures


def memory_soak(rows: list[Row], notes: list[str], lt: tuple[str, Any] | None) -> dict[str, Any]:
    """RSS of Sevenfold (and LanguageTool) after warm-up and after ``SOAK_REVIEWS`` more reviews."""
    port = free_port()
    env = {"SEVENFOLD_LANGUAGETOOL_URL": lt[0]} if lt else {"SEVENFOLD_OFFLINE": "1"}
    command = [sys.executable, "-m", "app.cli", "serve", "--host", HOST, "--port", str(port)]
    if lt is None:
        command.append("--offline")
    proc = spawn(command, env)
    url = f"http://{HOST}:{port}"
    bodies = check_bodies(500)
    out: dict[str, Any] = {"mode": "full" if lt else "offline", "reviews": SOAK_REVIEWS}
    try:
        wait_ready(f"{url}/readyz", READY_TIMEOUT, proc)
        asyncio.run(_drive(url, bodies, 1000))
        before = rss_bytes(proc.pid) or 0
        lt_before = lt[1].rss_bytes() if lt else None
        failures = asyncio.run(_drive(url, bodies, SOAK_REVIEWS))
        after = rss_bytes(proc.pid) or 0
        lt_after = lt[1].rss_bytes() if lt else None
    finally:
        stop(proc)
    mode = out["mode"]
    growth = (after - before) / before if before else float("nan")
    out.update(rss_before=before, rss_after=after, growth=growth, failures=failures)
    rows.append({"name": f"Sevenfold RSS after {SOAK_REVIEWS:,} {mode} reviews", "unit": "MiB", "value": after / 2**20})
    rows.append({"name": f"Sevenfold RSS growth over the {mode} soak", "unit": "%", "value": growth * 100})
    if lt_before and lt_after:
        lt_growth = (lt_after - lt_before) / lt_before
        out.update(lt_rss_before=lt_before, lt_rss_after=lt_after, lt_growth=lt_growth)
        rows.append(
            {"name": f"LanguageTool RSS after {SOAK_REVIEWS:,} reviews", "unit": "MiB", "value": lt_after / 2**20}
        )
        rows.append({"name": "LanguageTool RSS growth over the soak", "unit": "%", "value": lt_growth * 100})
        if lt_growth > MAX_GROWTH:
            notes.append(f"LanguageTool RSS grew {lt_growth:.1%} (> {MAX_GROWTH:.0%}) over the soak")
    if growth > MAX_GROWTH:
        notes.append(f"Sevenfold RSS grew {growth:.1%} (> {MAX_GROWTH:.0%}) over the {mode} soak")
    if failures:
        notes.append(f"{failures} of {SOAK_REVIEWS} soak requests failed ({mode})")
    return out


# -- growth -----------------------------------------------------------------------------------


def _median_review(engine: Any, texts: Sequence[str], repeat: int, policy: Any = None) -> float:
    async def run() -> float:
        samples = []
        for _ in range(repeat):
            for text in texts:
                started = time.perf_counter()
                await engine.review(text, policy=policy)
                samples.append(time.perf_counter() - started)
        return statistics.median(samples)

    return asyncio.run(run())


def cost_growth(rows: list[Row], notes: list[str]) -> dict[str, Any]:
    """Review time against draft length (to 64 KiB) and against term-pack size; log-log slopes."""
    import random

    from app.engine import Engine
    from app.settings import Settings

    engine = Engine.create(Settings(offline=True))
    drafts = generate_drafts(400, seed=3)
    corpus = " ".join(t for t, _ in drafts)
    limit = engine.settings.max_body_bytes - 200  # room for the JSON around the text
    sizes = [280, 1024, 4096, 16384, limit]
    length_times = []
    for size in sizes:
        texts = [corpus[offset : offset + size] for offset in (0, 7919, 15013)]
        texts = [t.encode("utf-8")[:size].decode("utf-8", "ignore") for t in texts]
        _median_review(engine, texts[:1], 1)
        length_times.append(_median_review(engine, texts, 3))
    length_slope = growth_exponent(sizes, length_times)
    for size, seconds in zip(sizes, length_times, strict=True):
        rows.append({"name": f"review of a {size:,}-byte draft", "unit": "ms", "value": seconds * 1000})
    rows.append({"name": "slope of time vs draft length (1 = linear)", "unit": "", "value": length_slope})

    rng = random.Random(5)
    letters = "abcdefghijklmnopqrstuvwxyzéè"
    pack_sizes = [10, 100, 1000, 10000]
    pack_times = []
    build_times = []
    sample = [t for t, _ in drafts[:100]]
    out: dict[str, Any] = {"sizes": sizes, "length_seconds": length_times, "length_slope": length_slope}
    try:
        for pack in pack_sizes:
            terms = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(5, 12))) for _ in range(pack)})
            policy = engine.resolve_policy({"terms": [{"name": "bench-pack", "terms": terms}]})
            started = time.perf_counter()
            engine.ruleset(policy)
            build_times.append(time.perf_counter() - started)
            pack_times.append(_median_review(engine, sample, 2, policy))
    except Exception as exc:  # noqa: BLE001 - report, never fail the other sections
        notes.append(f"term-pack growth skipped: {exc.__class__.__name__}: {exc}")
        return out
    pack_slope = growth_exponent(pack_sizes, pack_times)
    for pack, seconds, build in zip(pack_sizes, pack_times, build_times, strict=True):
        rows.append({"name": f"review with a {pack:,}-term pack", "unit": "ms", "value": seconds * 1000})
        rows.append({"name": f"build of a {pack:,}-term pack (once per policy)", "unit": "ms", "value": build * 1000})
    rows.append({"name": "slope of time vs term-pack size (0 = flat)", "unit": "", "value": pack_slope})
    out.update(pack_sizes=pack_sizes, pack_seconds=pack_times, pack_build_seconds=build_times, pack_slope=pack_slope)
    return out


# -- main -------------------------------------------------------------------------------------


SECTIONS = ("growth", "cold_start", "throughput", "soak")


def main(only: Sequence[str] = ()) -> dict[str, Any]:
    """Run every section (or those of ``only``: growth, cold_start, throughput, soak), each failure noted,
    not fatal; print the table, return rows and details.
    ``python -m bench.bench_http throughput`` runs the wrk part alone (with its own LanguageTool)."""
    rows: list[Row] = []
    notes: list[str] = []
    details: dict[str, Any] = {}

    def section(name: str, func: Any, *args: Any) -> None:
        if only and not any(name.startswith(wanted) for wanted in only):
            return
        try:
            details[name] = func(*args)
        except Exception as exc:  # noqa: BLE001 - one section failing must not lose the others
            notes.append(f"{name} failed: {exc.__class__.__name__}: {exc}")
            print(f"bench_http: {name} failed: {exc.__class__.__name__}: {exc}", file=sys.stderr)

    section("growth", cost_growth, rows, notes)
    section("cold_start_offline", cold_start, rows, notes, False)
    lt_stack = contextlib.ExitStack()
    lt: tuple[str, Any] | None = None
    try:
        if not only or any(w in ("throughput", "soak", "cold_start") for w in only):
            lt = lt_stack.enter_context(languagetool())
    except Exception as exc:  # noqa: BLE001 - full reviews are skipped with the reason
        notes.append(f"LanguageTool unavailable, full reviews skipped: {exc}")
    with lt_stack:
        section("throughput", throughput, rows, notes, lt[0] if lt else None)
        section("soak_offline", memory_soak, rows, notes, None)
        if lt is not None:
            section("soak_full", memory_soak, rows, notes, lt)
    if lt is not None:
        section("cold_start_languagetool", cold_start, rows, notes, True)
    fill_ratios(rows)
    print_rows("HTTP: latency, throughput, cold start, memory, growth", rows)
    for note in notes:
        print(f"- {note}")
    return {"rows": rows, "notes": notes, "details": details}


if __name__ == "__main__":
    unknown = [name for name in sys.argv[1:] if name not in SECTIONS]
    if unknown:
        sys.exit(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    main(sys.argv[1:])

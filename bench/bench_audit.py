"""Archive audits at scale: 100,000 generated posts in an X archive zip, audited offline.

- Rate: posts per second of the whole audit pipeline (read the zip, review, write JSONL) on one core
  (``InlineBackend``, the in-run baseline) and with ``--jobs 2`` (the spawned process pool), each in its
  own fresh process, timed after the workers have built their engines. Target (issue 14): ≥ 1.8× on 2 cores.
- Ceiling: two independent one-job audits of the small archive at the same time, against one alone: what
  two processes can get from the machine at that moment (other work on the cores lowers it; --jobs 2
  cannot beat it).
- Memory: the peak RSS of the auditing process at 10,000 and at 100,000 posts (one job, so every byte
  read, reviewed and written is in that process): flat in archive size when it streams.

The posts come from ``bench_offline.generate_drafts`` (seeded: the same archive every run), written as
``data/tweets.js`` and ``data/tweets-part1.js`` the way an X archive has them. Run alone with
``python -m bench audit`` (``SEVENFOLD_BENCH_AUDIT_POSTS`` changes the size).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bench import Row, print_rows

POSTS = int(os.environ.get("SEVENFOLD_BENCH_AUDIT_POSTS", "100000"))
SMALL = max(1, POSTS // 10)
TARGET_SPEEDUP = 1.8


def write_archive(path: Path, count: int) -> Path:
    """An X archive zip of ``count`` generated posts, streamed into the zip (two parts)."""
    from bench.bench_offline import generate_drafts

    drafts = generate_drafts(count, seed=14)
    start = datetime(2012, 1, 1, tzinfo=UTC)
    half = (count + 1) // 2
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for part, (lo, hi) in enumerate(((0, half), (half, count))):
            name = "data/tweets.js" if part == 0 else "data/tweets-part1.js"
            with zf.open(name, "w", force_zip64=True) as raw:
                raw.write(f"window.YTD.tweets.part{part} = [\n".encode())
                for i in range(lo, hi):
                    text, language = drafts[i]
                    when = start + timedelta(minutes=57 * i)
                    tweet = {
                        "tweet": {
                            "id_str": str(10**15 + i),
                            "created_at": when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
                            "full_text": text.replace("&", "&amp;"),
                            "lang": language,
                            "entities": {"hashtags": [], "user_mentions": [], "urls": []},
                            "favorite_count": "0",
                            "retweet_count": "0",
                        }
                    }
                    raw.write((("," if i > lo else "") + json.dumps(tweet, ensure_ascii=False) + "\n").encode())
                raw.write(b"]\n")
    return path


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a live process (``/proc/PID/stat``)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _pid_after(seconds: float) -> int:
    """A pool task that holds its worker a moment, so the next one goes to another worker."""
    time.sleep(seconds)
    return os.getpid()


def child(archive: str, jobs: int) -> dict[str, Any]:
    """In a fresh process: audit ``archive`` on ``jobs`` processes; seconds (after warm-up), posts, peak RSS."""
    from app.audit.archive import open_archive
    from app.audit.outputs import Writer
    from app.audit.run import run_audit
    from app.audit.runner import EngineSpec, audit_policy, local_backend
    from app.audit.summary import AuditSummary
    from app.policy import Policy
    from app.settings import Settings

    spec = EngineSpec(Settings(offline=True), audit_policy(Policy(), grammar=False))
    backend = local_backend(spec, jobs)
    pool = getattr(backend, "pool", None)
    seen: set[int] = set()
    if pool is not None:  # wait until every worker has built its engine (its initializer ran)
        deadline = time.monotonic() + 600
        while len(seen) < jobs and time.monotonic() < deadline:
            seen.update(f.result() for f in [pool.submit(_pid_after, 0.2) for _ in range(jobs)])
    backend.submit([("Warming up the engine.", "en")]).result()
    pids = [os.getpid(), *sorted(seen)]

    def cpu() -> float:
        return sum(cpu_seconds(pid) for pid in pids)

    archive_obj = open_archive(archive)
    summary = AuditSummary(network=archive_obj.network, source=archive_obj.path.name)
    with open(os.devnull, "w", encoding="utf-8") as sink:
        writer = Writer("jsonl", sink, summary=summary)
        cpu_before = cpu()
        started = time.perf_counter()
        run_audit(archive_obj, spec, backend, writer.write, summary=summary)
        writer.close()
        seconds = time.perf_counter() - started
        used_cpu = cpu() - cpu_before
    backend.close()
    return {
        "seconds": seconds,
        "cpu_seconds": used_cpu,  # this process and its workers, during the timed audit
        "posts": summary.posts,
        "errors": len(summary.errors),
        "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    }


def _start(archive: Path, jobs: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "bench.bench_audit", "--child", str(archive), str(jobs)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )


def _result(proc: subprocess.Popen[str]) -> dict[str, Any]:
    out, err = proc.communicate(timeout=3600)
    if proc.returncode != 0:
        raise RuntimeError(f"audit child failed: {err.strip().splitlines()[-1:]}")
    result: dict[str, Any] = json.loads(out.strip().splitlines()[-1])
    return result


def _run(archive: Path, jobs: int) -> dict[str, Any]:
    return _result(_start(archive, jobs))


def _two_at_once(archive: Path) -> dict[str, Any]:
    """Two independent one-job audits at the same time: what two processes get from this machine now."""
    first, second = _start(archive, 1), _start(archive, 1)
    results = [_result(first), _result(second)]
    return {"posts": sum(r["posts"] for r in results), "seconds": max(r["seconds"] for r in results), "runs": results}


def main() -> dict[str, Any]:
    """Rates at 1 and 2 jobs on the big archive, RSS at the small and big ones."""
    with tempfile.TemporaryDirectory(prefix="sevenfold-bench-audit-") as tmp:
        small = write_archive(Path(tmp) / "small.zip", SMALL)
        big = write_archive(Path(tmp) / "big.zip", POSTS)
        sizes = {"small": small.stat().st_size, "big": big.stat().st_size}
        one_small = _run(small, 1)
        one = _run(big, 1)
        two = _run(big, 2)
        ceiling = _two_at_once(small)
    rate_one = one["posts"] / one["seconds"]
    rate_two = two["posts"] / two["seconds"]
    rows: list[Row] = [
        {"name": "audit rate, 1 job (baseline)", "unit": "posts/s", "value": rate_one},
        {
            "name": "audit rate, --jobs 2",
            "unit": "posts/s",
            "value": rate_two,
            "baseline": "audit rate, 1 job (baseline)",
        },
        {"name": f"peak RSS, {SMALL} posts (baseline)", "unit": "MiB", "value": one_small["rss_kib"] / 1024},
        {
            "name": f"peak RSS, {POSTS} posts",
            "unit": "MiB",
            "value": one["rss_kib"] / 1024,
            "baseline": f"peak RSS, {SMALL} posts (baseline)",
        },
    ]
    rows.append(
        {
            "name": f"ceiling: two independent 1-job audits at once ({SMALL} posts each)",
            "unit": "posts/s",
            "value": ceiling["posts"] / ceiling["seconds"],
            "baseline": f"1 job alone, {SMALL} posts",
        }
    )
    rows.append(
        {"name": f"1 job alone, {SMALL} posts", "unit": "posts/s", "value": one_small["posts"] / one_small["seconds"]}
    )
    print_rows(f"Audit of {POSTS} generated posts (offline)", rows)
    speedup = rate_two / rate_one
    print(f"--jobs 2: {speedup:.2f}× the one-job rate (target ≥ {TARGET_SPEEDUP}×) on {os.cpu_count()} CPUs")
    # CPU per post (load-independent): how much the pool costs beyond the reviews themselves
    cpu_one = one.get("cpu_seconds", 0.0) / max(1, one["posts"])
    cpu_two = two.get("cpu_seconds", 0.0) / max(1, two["posts"])
    if cpu_one and cpu_two:
        rows.append({"name": "CPU per post, 1 job (baseline)", "unit": "ms", "value": cpu_one * 1000})
        rows.append(
            {
                "name": "CPU per post, --jobs 2",
                "unit": "ms",
                "value": cpu_two * 1000,
                "baseline": "CPU per post, 1 job (baseline)",
            }
        )
        print(
            f"CPU per post: {cpu_one * 1000:.2f} ms on one job, {cpu_two * 1000:.2f} ms with --jobs 2 "
            "(workers and parent)"
        )
    return {
        "rows": rows,
        "posts": POSTS,
        "speedup_jobs2": speedup,
        "target_speedup": TARGET_SPEEDUP,
        "meets_target": speedup >= TARGET_SPEEDUP,
        "rss_growth": one["rss_kib"] / one_small["rss_kib"],
        "archive_bytes": sizes,
        "runs": {"small_1job": one_small, "big_1job": one, "big_2jobs": two, "small_two_at_once": ceiling},
        "load_average": os.getloadavg(),
    }


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], int(sys.argv[3]))))
    else:
        main()

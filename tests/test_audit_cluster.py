"""The audit on Dask: a LocalCluster of 2 worker processes on the loopback, started here. Results are the
local run's, row for row and in order; a worker killed mid-run loses nothing (its tasks are retried)."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.audit.archive import open_archive
from app.audit.outputs import outcome_json
from app.audit.run import run_audit
from app.audit.runner import EngineSpec, InlineBackend, Outcome, audit_policy
from app.policy import Policy
from app.settings import Settings
from tests.audit_archives import samples, twitter_zip

distributed = pytest.importorskip("distributed", reason="the 'cluster' extra (dask, distributed) is not installed")


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        silence_logs=40,
    ) as local:
        yield local


@pytest.fixture(scope="module")
def spec() -> EngineSpec:
    return EngineSpec(Settings(offline=True), audit_policy(Policy(), grammar=False))


def _lines(spec: EngineSpec, path: Path, backend: Any, sink_hook: Any = None) -> list[str]:
    lines: list[str] = []

    def sink(outcome: Outcome) -> None:
        lines.append(json.dumps(outcome_json(outcome), sort_keys=True))
        if sink_hook is not None:
            sink_hook(len(lines))

    run_audit(open_archive(path), spec, backend, sink, chunk=2)
    return lines


def test_dask_run_matches_the_local_run_row_for_row(cluster: Any, spec: EngineSpec, tmp_path: Path) -> None:
    from app.audit.cluster import DaskBackend

    path = twitter_zip(tmp_path / "twitter.zip", samples(30))
    local = _lines(spec, path, InlineBackend(spec))
    backend = DaskBackend(spec, cluster.scheduler_address)
    try:
        remote = _lines(spec, path, backend)
    finally:
        backend.close()
    assert remote == local
    assert len(local) == 26


def test_a_worker_killed_mid_run_loses_nothing(cluster: Any, spec: EngineSpec, tmp_path: Path) -> None:
    from app.audit.cluster import DaskBackend

    path = twitter_zip(tmp_path / "twitter.zip", samples(60))
    local = _lines(spec, path, InlineBackend(spec))
    backend = DaskBackend(spec, cluster.scheduler_address)
    pids: dict[str, int] = backend.client.run(os.getpid)
    assert len(pids) == 2
    killed: list[int] = []

    def kill_one(done: int) -> None:
        if done == 2 and not killed:
            # the chunks in flight are spread over both workers: one dies with tasks assigned to it
            processing = backend.client.processing()
            busy = [addr for addr, tasks in processing.items() if tasks and addr in pids]
            assert busy, "no worker had a task in flight"
            os.kill(pids[busy[0]], signal.SIGKILL)
            killed.append(len(processing[busy[0]]))

    try:
        remote = _lines(spec, path, backend, kill_one)
    finally:
        backend.close()
    assert killed and killed[0] > 0  # the killed worker held tasks: they were run again elsewhere
    assert remote == local  # every post, in order, identical
    assert len(local) == 52

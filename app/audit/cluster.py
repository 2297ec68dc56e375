"""The audit on a Dask cluster (``pip install 'sevenfold[cluster]'``): chunks of posts become Dask tasks
that run ``app.audit.runner.review_batch`` on the workers; each worker process builds its engine once
(cached per process and thread, like the pool's workers) and reuses it for every chunk it gets.

Results come back in archive order (futures are waited for in submission order, a bounded number in
flight). When a worker dies mid-run, the scheduler gives its tasks to another worker: nothing is lost.
The scheduler is ``--scheduler tcp://HOST:8786`` or ``SEVENFOLD_DASK_SCHEDULER``; the workers need
Sevenfold installed (the same version) and, for ``--grammar``, a LanguageTool they can reach
(``SEVENFOLD_LANGUAGETOOL_URL``). See docs/AUDIT.md.
"""

from __future__ import annotations

import os
from typing import Any

from app.audit.runner import IN_FLIGHT_PER_JOB, DraftInput, EngineSpec, review_batch

SCHEDULER_ENV = "SEVENFOLD_DASK_SCHEDULER"
CONNECT_TIMEOUT = 20.0


class ClusterError(RuntimeError):
    """Dask is not installed, or the scheduler cannot be reached: exit 2 with this reason."""


def scheduler_address(given: str | None) -> str | None:
    """``--scheduler`` or, failing it, ``SEVENFOLD_DASK_SCHEDULER``."""
    return given or os.environ.get(SCHEDULER_ENV) or None


class DaskBackend:
    """Chunks reviewed as tasks on a Dask cluster, with this run's engine spec."""

    def __init__(self, spec: EngineSpec, address: str | Any) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise ClusterError("Dask is not installed: pip install 'sevenfold[cluster]'") from None
        self.spec = spec
        try:
            self.client: Any = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.window = max(2, workers * IN_FLIGHT_PER_JOB)

    def submit(self, drafts: list[DraftInput]) -> Any:
        """A Dask future of the chunk's outcomes (rescheduled elsewhere if its worker dies)."""
        return self.client.submit(review_batch, self.spec, drafts, pure=False)

    def close(self) -> None:
        """Disconnect from the cluster (pending tasks are released)."""
        self.client.close()

"""Reviewing an archive's posts in order, on one core, on every core, or on a Dask cluster.

``EngineSpec`` says how every worker builds its engine (settings, policy, grammar or not); a worker
builds it once (``worker_engine``, cached per process and thread) and reviews chunks of posts with it.
``review_items`` takes the archive's items (posts and read problems) and yields ``AuditResult``s and the
problems in archive order: with ``jobs == 1`` in this process, otherwise in a process pool (spawned
workers that ignore Ctrl-C, so the parent can save the checkpoint and stop cleanly), a bounded number of
chunks in flight so memory stays flat. ``app.audit.cluster`` does the same on Dask. A post whose review
fails is an ``AuditResult`` with an ``error``: never dropped.
"""

from __future__ import annotations

import asyncio
import gc
import hashlib
import os
import pickle
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from app.audit.archive import Item, Post, ReadProblem
from app.domain import Report
from app.engine import Engine, InputError
from app.policy import Policy, merge_policy
from app.settings import Settings
from app.text.language import UnknownLanguage

CHUNK = 32
IN_FLIGHT_PER_JOB = 3
CONCURRENT_REVIEWS = 8  # reviews in flight in one worker (grammar requests overlap)
WARM_UP: list[DraftInput] = [
    ("Thanks everyone for coming yesterday, see you soon! #meetup", "auto"),
    ("Merci à toutes et à tous d'être venus hier, à bientôt !", "auto"),
]


@dataclass(frozen=True)
class EngineSpec:
    """How a worker builds its engine: settings (offline, or LanguageTool's URL), policy, grammar or not."""

    settings: Settings
    policy: Policy
    grammar: bool = False
    language: str = "auto"  # the draft language when a post has none ("auto": detect)

    @property
    def key(self) -> str:
        """A stable key of the spec (workers cache one engine per key)."""
        return hashlib.sha256(
            pickle.dumps((self.settings.model_dump(mode="json"), self.policy.cache_key(), self.grammar, self.language))
        ).hexdigest()[:16]


def audit_policy(policy: Policy, *, grammar: bool) -> Policy:
    """The policy of an audit: the grammar turn off unless asked for (published posts; slow at scale)."""
    if grammar:
        return policy
    return merge_policy(policy, {"families": {"grammar": {"enabled": False}}}, "audit")


@dataclass(frozen=True, slots=True)
class AuditResult:
    """One post and its review, or why it could not be reviewed."""

    index: int
    post: Post
    report: Report | None = None
    error: str | None = None


Outcome = AuditResult | ReadProblem
T = TypeVar("T")


Context = dict[str, str | None] | None  # a post a draft answers or quotes: {"text", "author"}
DraftInput = (
    tuple[str, str] | tuple[str, str, tuple[str, ...]] | tuple[str, str, tuple[str, ...], tuple[Context, Context]]
)
"""(text, language or "auto"), then, for a batch row that names them, its own networks and the posts it answers
and quotes."""
Outcome_ = Report | str  # a report, or why the draft could not be reviewed


class _Worker:
    """An engine and the event loop it runs on (and LanguageTool's client when grammar is on)."""

    def __init__(self, spec: EngineSpec) -> None:
        from pathlib import Path

        self.loop = asyncio.new_event_loop()
        grammar: Any = None
        if spec.grammar and not spec.settings.offline:
            from app.languagetool.service import GrammarService

            grammar = GrammarService.from_settings(spec.settings)
            self.loop.run_until_complete(grammar.start(wait=True))
        self.grammar = grammar
        self.engine = Engine.create(
            spec.settings,
            grammar=grammar,
            policy=spec.policy,
            extra_rule_dirs=[Path(d) for d in spec.policy.rule_dirs],
        )
        self.spec = spec
        self.review(WARM_UP)  # load what rules load lazily (models, detector) before the first real chunk
        gc.collect()
        gc.freeze()  # the engine lives as long as the worker: keep the collector from scanning it again and again

    def review(self, drafts: list[DraftInput]) -> list[Outcome_]:
        """Reports (or reasons) for ``drafts``, in order."""
        return self.loop.run_until_complete(self._review_all(drafts))

    async def _review_all(self, drafts: list[DraftInput]) -> list[Outcome_]:
        gate = asyncio.Semaphore(CONCURRENT_REVIEWS)
        return list(await asyncio.gather(*(self._review_one(draft, gate) for draft in drafts)))

    async def _review_one(self, draft: DraftInput, gate: asyncio.Semaphore) -> Outcome_:
        text, language = draft[0], draft[1]
        language = language if language != "auto" else self.spec.language
        try:
            policy = self.spec.policy
            if len(draft) > 2 and draft[2]:  # a batch row's own networks
                policy = self.engine.resolve_policy({"networks": list(draft[2])}, base=policy)
            replying: tuple[Context, Context] = draft[3] if len(draft) > 3 else (None, None)
            async with gate:
                return await self.engine.review(
                    text, language=language, policy=policy, in_reply_to=replying[0], quoting=replying[1]
                )
        except InputError as exc:
            return exc.reason
        except UnknownLanguage as exc:
            return str(exc)
        except Exception as exc:  # noqa: BLE001 - one post must never stop the audit (no post is lost)
            return f"internal error ({exc.__class__.__name__})"


_LOCAL = threading.local()


def worker_engine(spec: EngineSpec) -> _Worker:
    """This process's (and thread's) worker for ``spec``, built on first use."""
    workers: dict[str, _Worker] = _LOCAL.__dict__.setdefault("workers", {})
    worker = workers.get(spec.key)
    if worker is None:
        worker = workers[spec.key] = _Worker(spec)
    return worker


def review_batch(spec: EngineSpec, drafts: list[DraftInput]) -> list[Outcome_]:
    """Review a chunk of drafts with this worker's engine (the task a pool or a Dask worker runs)."""
    return worker_engine(spec).review(drafts)


_POOL_SPEC: EngineSpec | None = None


def _init_pool_worker(spec: EngineSpec) -> None:
    """A pool worker: Ctrl-C is the parent's to handle; build the engine now, before the first chunk."""
    global _POOL_SPEC
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _POOL_SPEC = spec
    worker_engine(spec)


def _pool_review(drafts: list[DraftInput]) -> list[Outcome_]:
    assert _POOL_SPEC is not None
    return review_batch(_POOL_SPEC, drafts)


class Backend(Protocol):
    """Where chunks of drafts are reviewed: this process, a process pool, a Dask cluster."""

    window: int  # chunks in flight before the oldest is waited for

    def submit(self, drafts: list[DraftInput]) -> Any:
        """A future (``.result()``) of the chunk's outcomes."""
        ...

    def close(self) -> None:
        """Release the workers."""
        ...


class InlineBackend:
    """One core: each chunk reviewed here, at once."""

    window = 0

    def __init__(self, spec: EngineSpec) -> None:
        self.worker = worker_engine(spec)

    def submit(self, drafts: list[DraftInput]) -> Future[list[Outcome_]]:
        """The chunk's outcomes, already done."""
        future: Future[list[Outcome_]] = Future()
        future.set_result(self.worker.review(drafts))
        return future

    def close(self) -> None:
        """Nothing to release."""


WORKER_DIED = "internal error (a worker process stopped abruptly)"
MAX_TRIES = 2  # a chunk is sent at most this often: once, then once more to a new pool if its worker died
MAX_RESTARTS = 4  # new pools a run may start after workers died (a worker that cannot start at all: no endless loop)


class _Guarded:
    """A chunk on a ``PoolBackend``: its future, sent again to a new pool when a worker died; ``result`` is one
    ``WORKER_DIED`` per draft once the chunk has been tried ``MAX_TRIES`` times or the run's restarts are spent."""

    def __init__(self, backend: PoolBackend, drafts: list[DraftInput]) -> None:
        self.backend = backend
        self.drafts = drafts
        self.future: Future[list[Outcome_]] | None = None
        self.generation = -1  # the pool it was last sent to
        self.tries = 0

    def broken(self) -> bool:
        """True when the chunk's pool broke before it was reviewed (or it could not be sent)."""
        future = self.future
        if future is None or future.cancelled():
            return True
        return future.done() and isinstance(future.exception(), BrokenProcessPool)

    def result(self) -> list[Outcome_]:
        """The chunk's outcomes, or why none came."""
        while True:
            if self.future is not None:
                try:
                    outcomes = self.future.result()
                except (BrokenProcessPool, CancelledError):
                    pass
                else:
                    self.backend.settle(self)
                    return outcomes
            if not self.backend.retry(self):
                self.backend.settle(self)
                return [WORKER_DIED] * len(self.drafts)


class PoolBackend:
    """``jobs`` spawned worker processes, each with its engine built once; Ctrl-C is the parent's.

    A worker that dies (killed, out of memory) breaks a ``ProcessPoolExecutor`` for good: every chunk queued on it
    fails. The backend then starts a new pool and sends the chunks the dead one had not reviewed to it again,
    in order, so the rest of the run is reviewed normally; ``restarts`` counts the new pools. A chunk is sent
    ``MAX_TRIES`` times at most (a post that kills its worker each time does not loop), a run starts at most
    ``MAX_RESTARTS`` new pools (a worker that cannot start at all); past either, the chunk's drafts get
    ``WORKER_DIED``: no post or row is lost and no traceback reaches the user."""

    task: Callable[[list[DraftInput]], list[Outcome_]] = staticmethod(_pool_review)  # what a worker runs on a chunk

    def __init__(self, spec: EngineSpec, jobs: int) -> None:
        self.spec = spec
        self.jobs = jobs
        self.window = jobs * IN_FLIGHT_PER_JOB
        self.pool = self._new_pool()
        self.generation = 0
        self.restarts = 0
        self.outstanding: dict[int, _Guarded] = {}  # sent, not yet read back: resent together to a new pool

    def _new_pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        return ProcessPoolExecutor(
            max_workers=self.jobs,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_pool_worker,
            initargs=(self.spec,),
        )

    def submit(self, drafts: list[DraftInput]) -> _Guarded:
        """Queue the chunk on the pool (see the class: a dead worker's chunks are sent again to a new pool)."""
        guard = _Guarded(self, drafts)
        self.outstanding[id(guard)] = guard
        self._send(guard)
        return guard

    def _send(self, guard: _Guarded) -> None:
        guard.tries += 1
        guard.generation = self.generation
        try:
            guard.future = self.pool.submit(self.task, guard.drafts)
        except (BrokenProcessPool, RuntimeError):  # broken, or shut down after breaking: retried as broken
            guard.future = None

    def retry(self, guard: _Guarded) -> bool:
        """Send ``guard``'s chunk again after its pool broke, to a new pool (started here if its pool is still the
        current one, with the other chunks the dead pool lost); False when it may not be tried again."""
        if guard.tries >= MAX_TRIES:
            return False
        if guard.generation == self.generation:  # the current pool is the broken one
            if self.restarts >= MAX_RESTARTS:
                return False
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new_pool()
            self.generation += 1
            self.restarts += 1
            lost = [g for g in self.outstanding.values() if g is not guard and g.generation < self.generation]
            for other in lost:  # in submission order (dicts keep it): the new pool reviews them first
                if other.tries < MAX_TRIES and other.broken():
                    self._send(other)
        self._send(guard)
        return True

    def settle(self, guard: _Guarded) -> None:
        """The chunk's outcomes were read: it is no longer the backend's to send again."""
        self.outstanding.pop(id(guard), None)

    def close(self) -> None:
        """Stop the workers (pending chunks are cancelled)."""
        self.pool.shutdown(wait=True, cancel_futures=True)


def local_backend(spec: EngineSpec, jobs: int) -> Backend:
    """This process for one job, a process pool for more."""
    return InlineBackend(spec) if jobs <= 1 else PoolBackend(spec, jobs)


def map_ordered(
    items: Iterable[T], draft_of: Callable[[T], DraftInput | None], backend: Backend, *, chunk: int = CHUNK
) -> Iterator[tuple[T, Outcome_ | None]]:
    """Every item with its outcome (``None`` when ``draft_of`` gives no draft), in input order.

    Items are grouped in chunks of ``chunk`` drafts sent ahead to the backend, at most ``backend.window``
    chunks in flight: results come back in order and memory stays flat.
    """
    pending: deque[tuple[list[T], list[int], Any]] = deque()
    batch: list[T] = []
    positions: list[int] = []
    drafts: list[DraftInput] = []

    def drain_one() -> Iterator[tuple[T, Outcome_ | None]]:
        group, where, future = pending.popleft()
        outcomes: list[Outcome_] = future.result() if future is not None else []
        by_position = dict(zip(where, outcomes, strict=True))
        for position, item in enumerate(group):
            yield item, by_position.get(position)

    def flush() -> None:
        nonlocal batch, positions, drafts
        pending.append((batch, positions, backend.submit(drafts) if drafts else None))
        batch, positions, drafts = [], [], []

    for item in items:
        draft = draft_of(item)
        if draft is not None:
            positions.append(len(batch))
            drafts.append(draft)
        batch.append(item)
        if len(drafts) >= chunk:
            flush()
            while len(pending) > backend.window:
                yield from drain_one()
    if batch:
        flush()
    while pending:
        yield from drain_one()


class SharedGrammar:
    """One LanguageTool for every worker of a run: started here (or the configured URL), reached by URL."""

    def __init__(self, settings: Settings) -> None:
        from app.languagetool.service import GrammarService

        self.loop = asyncio.new_event_loop()
        self.service = GrammarService.from_settings(settings)
        self.loop.run_until_complete(self.service.start(wait=True))
        self.settings = settings.model_copy(update={"languagetool_url": self.service.url, "offline": False})

    def status(self) -> tuple[bool, str | None]:
        """(ready?, why not)."""
        ok, reason = self.service.status()
        return ok, reason

    def stop(self) -> None:
        """Stop LanguageTool (when started here) and the loop."""
        self.loop.run_until_complete(self.service.stop())
        self.loop.close()


def default_jobs() -> int:
    """The CPU count this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def _draft_of(item: Item) -> DraftInput | None:
    return (item.text, item.language) if isinstance(item, Post) else None


def review_items(backend: Backend, items: Iterable[Item], *, start: int = 0, chunk: int = CHUNK) -> Iterator[Outcome]:
    """Every post reviewed (and every read problem passed on), in archive order; indexes from ``start``."""
    index = start
    for item, outcome in map_ordered(items, _draft_of, backend, chunk=chunk):
        if isinstance(item, ReadProblem):
            yield item
            continue
        if isinstance(outcome, Report):
            yield AuditResult(index, item, report=outcome)
        else:
            yield AuditResult(index, item, error=outcome or "not reviewed")
        index += 1

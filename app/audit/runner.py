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
import hashlib
import os
import pickle
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from app.audit.archive import Item, Post, ReadProblem
from app.domain import Report
from app.engine import Engine, InputError
from app.policy import Policy, merge_policy
from app.settings import Settings
from app.text.language import UnknownLanguage

CHUNK = 32
IN_FLIGHT_PER_JOB = 3
CONCURRENT_REVIEWS = 8  # reviews in flight in one worker (grammar requests overlap)


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

    def review(self, posts: list[Post]) -> list[Report | str]:
        """Reports (or reasons) for ``posts``, in order."""
        return self.loop.run_until_complete(self._review_all(posts))

    async def _review_all(self, posts: list[Post]) -> list[Report | str]:
        gate = asyncio.Semaphore(CONCURRENT_REVIEWS)
        return list(await asyncio.gather(*(self._review_one(post, gate) for post in posts)))

    async def _review_one(self, post: Post, gate: asyncio.Semaphore) -> Report | str:
        language = post.language if post.language != "auto" else self.spec.language
        try:
            async with gate:
                return await self.engine.review(post.text, language=language, policy=self.spec.policy)
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


def review_batch(spec: EngineSpec, posts: list[Post]) -> list[Report | str]:
    """Review a chunk of posts with this worker's engine (the task a pool or a Dask worker runs)."""
    return worker_engine(spec).review(posts)


_POOL_SPEC: EngineSpec | None = None


def _init_pool_worker(spec: EngineSpec) -> None:
    """A pool worker: Ctrl-C is the parent's to handle; build the engine now, before the first chunk."""
    global _POOL_SPEC
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _POOL_SPEC = spec
    worker_engine(spec)


def _pool_review(posts: list[Post]) -> list[Report | str]:
    assert _POOL_SPEC is not None
    return review_batch(_POOL_SPEC, posts)


def _chunks(items: Iterable[Item], size: int, start: int) -> Iterator[tuple[int, list[Post]] | ReadProblem]:
    """Chunks of consecutive posts (with the index of the first), read problems in their place."""
    batch: list[Post] = []
    index = first = start
    for item in items:
        if isinstance(item, ReadProblem):
            if batch:
                yield first, batch
                batch = []
            yield item
            continue
        if not batch:
            first = index
        batch.append(item)
        index += 1
        if len(batch) >= size:
            yield first, batch
            batch = []
    if batch:
        yield first, batch


def _results(first: int, posts: list[Post], outcomes: list[Report | str]) -> Iterator[AuditResult]:
    for offset, (post, outcome) in enumerate(zip(posts, outcomes, strict=True)):
        if isinstance(outcome, Report):
            yield AuditResult(first + offset, post, report=outcome)
        else:
            yield AuditResult(first + offset, post, error=outcome)


Submit = Callable[[list[Post]], "Future[list[Report | str]]"]


def ordered(
    items: Iterable[Item], submit: Submit, *, window: int, chunk: int = CHUNK, start: int = 0
) -> Iterator[Outcome]:
    """Results in archive order from chunks submitted ahead (at most ``window`` in flight)."""
    pending: deque[tuple[int, list[Post], Future[list[Report | str]]] | ReadProblem] = deque()

    def drain_one() -> Iterator[Outcome]:
        head = pending.popleft()
        if isinstance(head, ReadProblem):
            yield head
            return
        first, posts, future = head
        yield from _results(first, posts, future.result())

    for piece in _chunks(items, chunk, start):
        if isinstance(piece, ReadProblem):
            pending.append(piece)
        else:
            first, posts = piece
            pending.append((first, posts, submit(posts)))
        while sum(1 for p in pending if not isinstance(p, ReadProblem)) > window:
            yield from drain_one()
    while pending:
        yield from drain_one()


def default_jobs() -> int:
    """The CPU count this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def review_items(
    spec: EngineSpec, items: Iterable[Item], *, jobs: int = 1, start: int = 0, chunk: int = CHUNK
) -> Iterator[Outcome]:
    """Every post reviewed (and every read problem passed on), in archive order, on ``jobs`` processes."""
    if jobs <= 1:
        worker = worker_engine(spec)
        for piece in _chunks(items, chunk, start):
            if isinstance(piece, ReadProblem):
                yield piece
            else:
                yield from _results(piece[0], piece[1], worker.review(piece[1]))
        return
    import multiprocessing

    pool = ProcessPoolExecutor(
        max_workers=jobs,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_init_pool_worker,
        initargs=(spec,),
    )
    try:
        yield from ordered(
            items,
            lambda posts: pool.submit(_pool_review, posts),
            window=jobs * IN_FLIGHT_PER_JOB,
            chunk=chunk,
            start=start,
        )
    finally:
        pool.shutdown(wait=False, cancel_futures=True)

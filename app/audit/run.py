"""One audit from archive to output: replay the checkpoint when resuming, skip what it holds, review the
rest on a backend (this process, a process pool, a Dask cluster), save each outcome to the checkpoint,
pass it to the writer and the summary; the checkpoint is removed once the audit is complete.

The doors (``sevenfold audit``, the web page) parse their input, choose the backend and the writer,
and call ``run_audit``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

from app.audit.archive import Archive, Item
from app.audit.checkpoint import Checkpoint, fingerprint, replay
from app.audit.runner import CHUNK, Backend, EngineSpec, Outcome, review_items
from app.audit.summary import AuditSummary


def audit_fingerprint(archive: Archive, spec: EngineSpec) -> dict[str, object]:
    """What a checkpoint of this audit must match: the archive and every option that changes results."""
    return fingerprint(
        archive.path,
        {
            "network": archive.network,
            "include_reposts": archive.include_reposts,
            "grammar": spec.grammar,
            "language": spec.language,
            "policy": spec.policy.cache_key(),
        },
    )


def _skip(items: Iterable[Item], count: int) -> Iterator[Item]:
    iterator = iter(items)
    for _ in islice(iterator, count):
        pass
    return iterator


def run_audit(
    archive: Archive,
    spec: EngineSpec,
    backend: Backend,
    sink: Callable[[Outcome], None],
    *,
    checkpoint: Path | None = None,
    resume: bool = False,
    advance: Callable[[], None] = lambda: None,
    summary: AuditSummary | None = None,
    chunk: int = CHUNK,
) -> AuditSummary:
    """Audit ``archive``: every outcome to ``sink`` in archive order; returns the summary.

    With ``checkpoint``, each outcome is saved as it arrives; with ``resume`` and an existing checkpoint,
    its outcomes are replayed first and the archive's first items skipped. An interruption leaves the
    checkpoint in place (``KeyboardInterrupt`` propagates); a complete audit removes it.
    """
    summary = summary or AuditSummary(network=archive.network, source=archive.path.name)
    done = 0
    saved: Checkpoint | None = None
    if checkpoint is not None:
        expected = audit_fingerprint(archive, spec)
        resuming = resume and checkpoint.exists()
        if resuming:
            for outcome in replay(checkpoint, expected):
                summary.add(outcome)
                sink(outcome)
                advance()
                done += 1
        saved = Checkpoint(checkpoint, expected, resume=resuming)
    try:
        for outcome in review_items(backend, _skip(archive.items(), done), start=_posts_before(summary), chunk=chunk):
            summary.add(outcome)
            sink(outcome)
            if saved is not None:
                saved.add(outcome)
            advance()
    except BaseException:
        if saved is not None:
            saved.close()
        raise
    if saved is not None:
        saved.remove()
    summary.skipped.update(archive.skipped)
    return summary


def _posts_before(summary: AuditSummary) -> int:
    return summary.posts

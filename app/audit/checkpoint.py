"""The checkpoint of an audit: every outcome (a post's result, or a part that could not be read), appended
in archive order as soon as it arrives, so an interrupted audit (Ctrl-C, a closed laptop) resumes where it
stopped with ``--resume`` and loses nothing.

The file is a header (what was audited: the archive's path, size and modification time, and the options
that change results) followed by one frame per result. Frames are pickles of Sevenfold's own frozen
types, written and read back by the same user on the same machine (the file is created 0600 and a
header that does not match the archive and options is refused): the report comes back exactly as it
was. A frame cut by an interruption is dropped (and the file truncated to the last whole frame).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from app.audit.archive import ReadProblem
from app.audit.runner import AuditResult, Outcome

MAGIC = "sevenfold-audit-checkpoint"
VERSION = 1


class CheckpointError(ValueError):
    """The checkpoint belongs to another archive or other options, or is not a checkpoint: exit 2."""


def fingerprint(archive: Path, options: dict[str, Any]) -> dict[str, Any]:
    """What a checkpoint must match to be resumed."""
    stat = archive.stat()
    return {"archive": str(archive.resolve()), "size": stat.st_size, "mtime_ns": stat.st_mtime_ns, **options}


def _frames(stream: IO[bytes]) -> Iterator[tuple[Any, int]]:
    """(value, offset after it) of each whole frame."""
    while True:
        try:
            value = pickle.load(stream)
        except EOFError:
            return
        except (pickle.UnpicklingError, AttributeError, ImportError, IndexError, TypeError, ValueError):
            return
        yield value, stream.tell()


def replay(path: Path, expected: dict[str, Any]) -> Iterator[Outcome]:
    """The results saved in ``path`` (which must match ``expected``), in order; truncates a cut last frame."""
    with open(path, "rb") as stream:
        frames = _frames(stream)
        header = next(frames, None)
        if header is None or not isinstance(header[0], dict) or header[0].get("magic") != MAGIC:
            raise CheckpointError(f"{path}: not a Sevenfold audit checkpoint")
        if header[0].get("version") != VERSION or header[0].get("fingerprint") != expected:
            raise CheckpointError(
                f"{path}: this checkpoint is for another archive or other options (delete it, or run without --resume)"
            )
        good = header[1]
        for value, end in frames:
            if not isinstance(value, AuditResult | ReadProblem):
                break
            good = end
            yield value
    if good < path.stat().st_size:
        with open(path, "r+b") as stream:
            stream.truncate(good)


def count(path: Path, expected: dict[str, Any]) -> int:
    """How many results ``path`` holds (validating it)."""
    return sum(1 for _ in replay(path, expected))


class Checkpoint:
    """Appends results to the checkpoint file; ``close`` flushes (a finished audit ``remove``s it).

    The file is written with the first result only: an audit that stops before any post is reviewed (an
    archive that cannot be read at all, a bad option, Ctrl-C at once) leaves no file behind in the working
    directory, since there is nothing to resume. A fresh (not resumed) audit deletes a checkpoint left by an
    earlier run of the same name at once, as it always replaced it.
    """

    def __init__(self, path: Path, expected: dict[str, Any], *, resume: bool) -> None:
        self.path = path
        self.expected = expected
        self.stream: IO[bytes] | None = None
        if resume and path.exists():
            self.stream = open(path, "ab")  # noqa: SIM115 - closed by close()
        else:
            path.unlink(missing_ok=True)
        self.unflushed = 0

    def _open(self) -> IO[bytes]:
        """The file, created (0600, with its header) on the first result."""
        if self.stream is None:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            self.stream = os.fdopen(fd, "wb")
            pickle.dump({"magic": MAGIC, "version": VERSION, "fingerprint": self.expected}, self.stream)
        return self.stream

    @property
    def written(self) -> bool:
        """Whether the file exists on disk (a result was saved, or an earlier run's results are resumed)."""
        return self.stream is not None

    def add(self, result: Outcome) -> None:
        """Save one outcome (flushed every few results, and at ``close``)."""
        stream = self._open()
        pickle.dump(result, stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.unflushed += 1
        if self.unflushed >= 16:
            stream.flush()
            self.unflushed = 0

    def close(self) -> None:
        """Flush and close."""
        if self.stream is not None and not self.stream.closed:
            self.stream.flush()
            self.stream.close()

    def remove(self) -> None:
        """Close and delete (the audit finished)."""
        self.close()
        self.path.unlink(missing_ok=True)

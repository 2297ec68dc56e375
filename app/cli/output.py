"""Output of a run: ``check``'s formats (text, json, sarif, github), the language of SARIF's messages,
where results go (standard output or ``--output PATH``) and the progress bar on standard error."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from app.formats import Subject
    from app.kinds.base import RuleMeta


def colour(stream: IO[str]) -> bool:
    """Colours on a terminal, unless ``NO_COLOR`` is set."""
    return bool(stream.isatty()) and not os.environ.get("NO_COLOR")


def message_language(lang: str) -> str:
    """The language of rule descriptions in SARIF: ``en`` or ``fr`` from ``--lang``."""
    base = lang.split("-")[0].lower()
    return base if base in ("en", "fr") else "en"


def render(fmt: str, subjects: list[Subject], catalogue: Sequence[RuleMeta], lang: str) -> str:
    """The subjects in ``fmt``: text, json, sarif, github or jsonl."""
    from app import formats

    if fmt == "json":
        return formats.format_json_subjects(subjects)
    if fmt == "jsonl":
        return formats.format_jsonl_subjects(subjects)
    if fmt == "github":
        return formats.format_github(subjects)
    if fmt == "sarif":
        from app.sarif import sarif_log

        return json.dumps(sarif_log(subjects, catalogue, language=message_language(lang)), ensure_ascii=False, indent=2)
    use_colour = colour(sys.stdout)
    return "\n\n".join(
        formats.format_text(s.report, s.text, colour=use_colour, source=s.source, locate=s.locate) for s in subjects
    )


def open_output(path: str | None) -> IO[str]:
    """Standard output (bad bytes of the input written back as they came) or the file at ``path``."""
    if path is None:
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
        return sys.stdout
    return open(path, "w", encoding="utf-8", errors="surrogateescape", newline="")


@contextmanager
def progress(total: int | None, *, enabled: bool, language: str = "en") -> Iterator[Callable[[], None]]:
    """A rich progress bar on standard error when it is a terminal, its word in ``language``; a no-op otherwise."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from app.texts import label

    with Progress(
        TextColumn(label("progress", language)),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task("batch", total=total)
        yield lambda: bar.advance(task)

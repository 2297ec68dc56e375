"""Reading the labelled JSON Lines files: every problem names the file and the line."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "train"


class DataError(ValueError):
    """A missing or malformed data file; the message is one line naming the file (and line)."""


@dataclass(frozen=True, slots=True)
class Example:
    """One labelled text."""

    text: str
    label: str


def read_jsonl(path: Path, labels: Iterable[str] | None = None) -> list[Example]:
    """Examples of ``path``; ``labels`` (when given) are the only labels accepted (``_``-joined parts for MLMA)."""
    allowed = set(labels) if labels is not None else None
    if not path.is_file():
        raise DataError(f"{path}: data file not found")
    out: list[Example] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise DataError(f"{path}: cannot read ({exc.__class__.__name__})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(item, dict):
            raise DataError(f"{path}:{number}: expected an object with 'text' and 'label'")
        text, label = item.get("text"), item.get("label")
        if not isinstance(text, str):
            raise DataError(f"{path}:{number}: 'text' must be a string")
        if not isinstance(label, str) or not label:
            raise DataError(f"{path}:{number}: 'label' must be a non-empty string")
        if allowed is not None and not set(label.split("_")) <= allowed:
            raise DataError(f"{path}:{number}: unknown label {label!r} (expected one of {', '.join(sorted(allowed))})")
        if text.strip():  # a few source rows are empty: nothing to learn from them
            out.append(Example(text, label))
    if not out:
        raise DataError(f"{path}: no examples")
    return out

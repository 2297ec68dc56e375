"""(R, session 46) The scripts' shared step: write a generated block between its two marker lines of a rule file.

scripts/demonyms.py and scripts/group_classes.py each write one block of rules/risk/terms/<lang>/groups.yml; this is
the one place that puts it there. The scripts are run as ``python scripts/<name>.py`` and loaded by path in the tests
(``importlib``), so they find this module by its folder (``sys.path``), not as a package."""

from __future__ import annotations

from pathlib import Path


def write_block(path: Path, begin: str, end: str, text: str, anchor: str | None = None) -> None:
    """Put ``text`` (the block, its ``begin`` and ``end`` marker lines included) in place of the block between the
    markers ``begin`` and ``end`` of the file ``path``. A file with no ``begin`` marker takes the block right after
    the line ``anchor`` (its first occurrence); with no anchor, or none found, it is an error that names the file."""
    current = path.read_text(encoding="utf-8")
    head, found, rest = current.partition(begin)
    if found:
        _, _, tail = rest.partition(end + "\n")
    elif anchor is not None and anchor in current:
        head, _, tail = current.partition(anchor)
        head += anchor
    else:
        raise SystemExit(f"{path}: no {begin!r} marker: write it where the block goes")
    path.write_text(head + text + tail, encoding="utf-8")

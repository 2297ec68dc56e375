"""What every archive reader shares once it has an entry: its date in UTC, and the loop that turns
entries into posts (counting the skipped ones, passing read problems through)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from app.audit.archive import Archive, Item, Post, ReadProblem


def utc_timestamp(value: object, formats: tuple[str, ...] = ()) -> str:
    """A post's date as ``YYYY-MM-DDTHH:MM:SSZ`` in UTC: one of ``formats`` (``strptime``, tried first) or
    ISO 8601 (``Z`` or an offset; a naive time is UTC); "" when it is neither."""
    if not isinstance(value, str) or not value:
        return ""
    stamp: datetime | None = None
    for fmt in formats:
        try:
            stamp = datetime.strptime(value, fmt)
            break
        except ValueError:
            continue
    if stamp is None:
        try:
            stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return ""
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def posts_from(archive: Archive, entries: Iterator[object], convert: Callable[[object], Post | str]) -> Iterator[Item]:
    """Each entry as a post (``convert`` gives a post, or why the entry is skipped: counted in
    ``archive.skipped``); read problems pass through."""
    for entry in entries:
        if isinstance(entry, ReadProblem):
            yield entry
            continue
        post = convert(entry)
        if isinstance(post, str):
            archive.skipped[post] += 1
        else:
            yield post

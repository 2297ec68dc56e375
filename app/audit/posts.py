"""What every archive reader shares once it has an entry: its date in UTC, the loop that turns entries into
posts (counting the skipped ones, passing read problems through), and why an entry whose fields have the wrong
type is skipped: the field and what it holds ("'full_text' is a number, not text"; French in
``app.texts.DETAILS``, ``audit-skip-*``)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime

from app.audit.archive import Archive, Item, Post, ReadProblem
from app.policy_errors import kind_of


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


def not_text(field: str, value: object) -> str:
    """Why an entry whose text field holds no text is skipped: "'full_text' is a number, not text"."""
    return f"'{field}' is {kind_of(value)}, not text"


def not_an_id(field: str, value: object) -> str:
    """Why an entry whose id is missing or not an id is skipped: "'id_str' is null, not an id"."""
    return f"'{field}' is {kind_of(value)}, not an id"


def missing(field: str) -> str:
    """Why an entry without a field every post has is skipped: "no 'full_text'"."""
    return f"no '{field}'"


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

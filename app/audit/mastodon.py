"""Mastodon account archives: ``outbox.json`` (zipped, unpacked, or alone), an ActivityStreams
``OrderedCollection`` whose ``orderedItems`` are activities; each ``Create`` of a ``Note`` is a post.

A note's ``content`` is HTML: it becomes the text a reader saw (paragraphs and ``<br>`` as new lines,
links as their full text — Mastodon hides part of a long link in ``invisible`` spans, which we keep —
entities decoded) with the standard library's ``html.parser``. The content warning (``summary``), when
there is one, comes first, as readers see it. Boosts (``Announce``) are not the account's words: they are
skipped. The link is the note's ``url``; the language its ``contentMap`` key.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from typing import Any

from app.audit.archive import Archive, GuardedReader, Item, Post, checked_members, language_hint, open_zip
from app.audit.jsonstream import iter_array
from app.audit.posts import missing, not_an_id, not_text, posts_from, utc_timestamp
from app.policy_errors import kind_of

_MARKER = re.compile(r'"orderedItems"\s*:\s*\[')
EXPECTED = "expected an ActivityStreams outbox with 'orderedItems'"
_BLOCKS = frozenset({"p", "div", "blockquote", "li", "pre", "h1", "h2", "h3", "h4", "h5", "h6"})


def find_outbox(names: list[str]) -> str | None:
    """The archive's ``outbox.json`` (the shallowest one), if any."""
    found = [n for n in names if PurePosixPath(n).name == "outbox.json"]
    return min(found, key=lambda n: (n.count("/"), n)) if found else None


class _Text(HTMLParser):
    """Collects the visible text of a note's HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCKS and self.parts and not "".join(self.parts[-2:]).endswith("\n\n"):
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_to_text(content: str) -> str:
    """The text a reader sees in a note's HTML content."""
    parser = _Text()
    parser.feed(content)
    parser.close()
    text = "".join(parser.parts)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def post_from_activity(activity: Any, source: str) -> Post | str:
    """A ``Post`` from a ``Create`` of a ``Note``, or why the activity gives none."""
    if not isinstance(activity, dict):
        return f"not an activity ({kind_of(activity)})"
    kind = activity.get("type")
    if kind == "Announce":
        return "boosts"
    note = activity.get("object")
    if kind != "Create" or not isinstance(note, dict) or note.get("type") not in ("Note", "Question", "Article"):
        return "not a post"
    content = note.get("content")
    if not isinstance(content, str):
        content_map = note.get("contentMap")
        content = next(iter(content_map.values()), "") if isinstance(content_map, dict) and content_map else ""
    if not isinstance(content, str):
        return not_text("contentMap", content)
    if content == "" and note.get("content") not in (None, ""):
        return not_text("content", note.get("content"))
    text = html_to_text(content)
    warning = note.get("summary")
    if isinstance(warning, str) and warning.strip():
        text = f"{warning.strip()}\n\n{text}" if text else warning.strip()
    if not text:
        return "no text (media only)"
    note_id = note.get("id") or activity.get("id")
    if not isinstance(note_id, str) or not note_id.strip():
        return not_an_id("id", note.get("id")) if "id" in note else missing("id")
    url = note.get("url")
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        url = note_id if note_id.startswith(("https://", "http://")) else None
    content_map = note.get("contentMap")
    language = next(iter(content_map), "") if isinstance(content_map, dict) and content_map else ""
    return Post(
        network="mastodon",
        id=note_id.rstrip("/").rsplit("/", 1)[-1] or note_id,
        text=text,
        created=utc_timestamp(note.get("published") or activity.get("published")),
        url=url,
        language=language_hint(language),
        source=source,
        reply=bool(note.get("inReplyTo")),
    )


def _read(archive: Archive, entries: Iterator[Any], source: str) -> Iterator[Item]:
    return posts_from(archive, entries, lambda entry: post_from_activity(entry, source))


def read_mastodon(archive: Archive) -> Iterator[Item]:
    """Every post of the outbox (zip, unpacked folder, or outbox.json alone)."""
    path: Path = archive.path
    limits = archive.limits
    if path.is_dir() or not _is_zip(path):
        if path.is_dir():
            names = [p.relative_to(path).as_posix() for p in path.rglob("outbox.json")]
            name = find_outbox(names) or "outbox.json"
            file = path / name
        else:
            name, file = path.name, path
        with open(file, "rb") as raw:
            guarded = GuardedReader(raw, limits.max_total_bytes, name)
            yield from _read(
                archive, iter_array(guarded, name, _MARKER, EXPECTED, max_item=limits.max_item_bytes), name
            )
        return
    with open_zip(path, limits) as zf:
        member = find_outbox(zf.namelist())
        if member is None:
            return
        (info,) = checked_members(zf, [member], limits, path.name)
        name = member
        with zf.open(info) as raw:
            guarded = GuardedReader(raw, info.file_size, name)
            yield from _read(
                archive, iter_array(guarded, name, _MARKER, EXPECTED, max_item=limits.max_item_bytes), name
            )


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as raw:
        return raw.read(2) == b"PK"

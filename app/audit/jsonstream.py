"""One JSON array read item by item from a stream: the framing around the standard library's decoder.

Archives keep every post in one big JSON array (``window.YTD.tweets.part0 = [ … ]`` in an X archive,
``"orderedItems": [ … ]`` in a Mastodon outbox) that can weigh hundreds of megabytes. This module finds
the array's opening after a marker, then hands each item to ``json.JSONDecoder.raw_decode`` on a
bounded buffer, so memory stays flat in the size of the archive. Only the framing (where an item starts,
the commas, the closing bracket, reading more when an item is cut by a chunk boundary) is written here;
the JSON itself is parsed by ``json``. A streaming parser from PyPI (ijson) would parse every token in Python or
need a C library for the same result. The file is UTF-8 (with a BOM or not), or UTF-16 or UTF-32 when its first
bytes say so (``app.files.wide_codec``: an export re-saved by a Windows editor), as ``check`` and ``batch`` read.

A malformed or truncated file ends the stream with a ``ReadProblem`` naming the file and the position
(character and line); the items before it have been yielded. A malformed item between good ones (a hand-edited
post) is skipped with its ``ReadProblem``, and reading goes on at the next item shaped as the first one was
(``_next_item``): one broken post no longer loses every post after it.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import re
from collections.abc import Iterator
from typing import Any, Protocol

from app.audit.archive import ArchiveError, ReadProblem
from app.files import wide_codec
from app.kinds.base import DEFAULT_LANGUAGE
from app.texts import label

CHUNK = 256 * 1024
_WS = re.compile(r"[ \t\r\n]*")


class BinaryReader(Protocol):
    """What the framing reads from: ``read(size) -> bytes``."""

    def read(self, size: int = -1) -> bytes: ...


class _Buffer:
    """Decoded text from a binary stream, with the absolute character and line of its start."""

    def __init__(self, raw: BinaryReader, source: str, max_item: int = 16 * CHUNK) -> None:
        self.raw = raw
        self.source = source
        self.max_item = max_item  # the largest item read (an item larger is a problem)
        self.decoder: codecs.IncrementalDecoder | None = None  # chosen by the first bytes (``wide_codec``)
        self.encoding = "UTF-8"
        self.text = ""
        self.base = 0  # characters dropped before ``text``
        self.lines = 0  # newlines dropped before ``text``
        self.eof = False
        self.bad_utf8 = False

    def fill(self, size: int = CHUNK) -> bool:
        """Read more; False at the end of the stream (or at bytes that are not in the file's encoding)."""
        if self.eof:
            return False
        data = self.raw.read(size)
        if self.decoder is None:
            codec = wide_codec(data[:512])
            self.encoding = {"utf-32": "UTF-32"}.get(codec or "", "UTF-16" if codec else "UTF-8")
            self.decoder = codecs.getincrementaldecoder(codec or "utf-8-sig")(errors="strict")
        if not data:
            self.eof = True
            # the file may end inside a character: cut short, said as a truncation (``end_reason``)
            with contextlib.suppress(UnicodeDecodeError):
                self.text += self.decoder.decode(b"", final=True)
            return False
        try:
            self.text += self.decoder.decode(data)
        except UnicodeDecodeError:
            self.eof = True
            self.bad_utf8 = True
            return False
        return True

    def end_reason(self, where: str) -> str:
        """Why the stream stopped early: damaged data, bytes that are not in its encoding, or truncation."""
        corrupt = getattr(self.raw, "corrupt", None)
        if corrupt:
            return str(corrupt)
        if self.bad_utf8:
            return f"not valid {self.encoding}"
        return f"the file ends {where} (truncated)"

    def drop(self, upto: int) -> int:
        """Forget the text before ``upto``; returns the new index of that position (0)."""
        if upto:
            self.lines += self.text.count("\n", 0, upto)
            self.base += upto
            self.text = self.text[upto:]
        return 0

    def where(self, pos: int) -> str:
        """A position a person can find: character and line."""
        line = self.lines + self.text.count("\n", 0, pos) + 1
        return f"character {self.base + pos + 1} (line {line})"


def _skip(buf: _Buffer, pos: int) -> int | None:
    """The position of the next character that is not white space, reading more; ``None`` at the end."""
    while True:
        pos = _WS.match(buf.text, pos).end()  # type: ignore[union-attr]
        if pos < len(buf.text):
            return pos
        pos = buf.drop(pos)
        if not buf.fill():
            return None


def _decode(buf: _Buffer, pos: int, decoder: json.JSONDecoder) -> tuple[Any, int] | json.JSONDecodeError:
    """The item at ``pos`` and the position after it, reading more while the decoder runs into the end of the text
    read so far (an item cut by a chunk's end), up to ``buf.max_item``; else the decoder's error."""
    size = CHUNK
    while True:
        try:
            return decoder.raw_decode(buf.text, pos)
        except json.JSONDecodeError as exc:
            near_end = exc.pos >= len(buf.text) - 64 or exc.msg.startswith("Unterminated string")
            if near_end and len(buf.text) - pos <= buf.max_item and buf.fill(size):
                size = min(size * 2, 16 * CHUNK)
                continue
            return exc


def _past(
    buf: _Buffer, at: int, error: str, decoder: json.JSONDecoder, shape: frozenset[str] | None
) -> tuple[ReadProblem, tuple[Any, int] | None]:
    """A malformed item at ``at`` (``error``: the parser's words): its ``ReadProblem``, "an item skipped" when the
    next item was found past it (``_next_item``), and that item with the position after it (None: the file ends
    there)."""
    where = buf.where(at)  # said before looking further (which forgets the text before)
    again = _next_item(buf, at, decoder, shape)
    key = "archive-malformed" if again is None else "archive-malformed-skipped"
    return ReadProblem(buf.source, where, label(key, DEFAULT_LANGUAGE, error=error)), again


_ITEM_START = re.compile(r"\}[ \t\r\n]*,[ \t\r\n]*\{")  # the end of an item, its comma, the next one's "{"
_RESYNC_KEEP = 4096  # characters kept at the end of the text while looking further for the next item


def _next_item(
    buf: _Buffer, pos: int, decoder: json.JSONDecoder, shape: frozenset[str] | None
) -> tuple[Any, int] | None:
    """After a malformed item at ``pos``: the next item of the array and the position after it, or None (nothing
    like the first item follows: the file is cut there, or the first item itself was the malformed one, so no
    shape is known). A candidate is an object after "}," whose keys are ``shape`` (an X archive's ``{"tweet": …}``,
    an outbox's activities), then "," or "]" — never an object nested inside the broken item (a link's entities),
    whose keys differ. Reads more as it looks; the text before the candidate is forgotten (memory stays flat)."""
    if shape is None:
        return None
    while True:
        found = _ITEM_START.search(buf.text, pos)
        if found is None:  # none yet: forget all but the end (a "}, {" may straddle it), read more
            pos = buf.drop(max(pos, len(buf.text) - _RESYNC_KEEP))
            if not buf.fill():
                return None
            continue
        start = found.end() - 1
        decoded = _decode(buf, start, decoder)
        item, end = decoded if not isinstance(decoded, json.JSONDecodeError) else (None, -1)
        if isinstance(item, dict) and frozenset(item) == shape:
            after = _WS.match(buf.text, end).end()  # type: ignore[union-attr]
            while after >= len(buf.text) and buf.fill():
                after = _WS.match(buf.text, end).end()  # type: ignore[union-attr]
            if after < len(buf.text) and buf.text[after] in ",]":
                return item, end
        pos = start


def _opening(buf: _Buffer, marker: re.Pattern[str], expected: str) -> int:
    """Where the array opens: the end of ``marker`` in the first 1 MiB; ``ArchiveError`` when it is not there."""
    while True:
        found = marker.search(buf.text)
        if found:
            return found.end()
        if len(buf.text) > 4 * CHUNK or not buf.fill():
            if buf.bad_utf8:
                raise ArchiveError(f"{buf.source}: not valid {buf.encoding} ({expected})")
            raise ArchiveError(f"{buf.source}: not the expected JSON ({expected})")


def iter_array(
    raw: BinaryReader, source: str, marker: re.Pattern[str], expected: str, *, max_item: int
) -> Iterator[Any | ReadProblem]:
    """The items of the JSON array that opens at the end of ``marker``, one at a time.

    ``ArchiveError`` when the marker is not found (the wrong JSON: ``expected`` says what was); a
    ``ReadProblem`` as the last item when the file is malformed or truncated after it.
    """
    buf = _Buffer(raw, source, max_item)
    pos = _opening(buf, marker, expected)
    decoder = json.JSONDecoder()
    first = True
    shape: frozenset[str] | None = None  # the keys of the first item: what the next good item looks like
    while True:
        # white space, then ']' or (after an item) ',' and white space again
        at = _skip(buf, pos)
        decoded: tuple[Any, int] | json.JSONDecodeError | None = None
        if at is not None and buf.text[at] != "]" and not first:
            if buf.text[at] != ",":
                problem, decoded = _past(buf, at, f"expected ',' or ']', found {buf.text[at]!r}", decoder, shape)
                yield problem
                if decoded is None:
                    return
            else:
                at = _skip(buf, at + 1)
        if decoded is None:
            if at is None:
                yield ReadProblem(source, buf.where(len(buf.text)), buf.end_reason("before the closing ']'"))
                return
            pos = at
            if buf.text[pos] == "]":
                return
            decoded = _decode(buf, pos, decoder)
        if isinstance(decoded, json.JSONDecodeError):
            exc = decoded
            if len(buf.text) - pos > max_item:
                yield ReadProblem(source, buf.where(pos), f"an item is larger than {max_item} bytes")
                return
            if buf.eof and (exc.pos >= len(buf.text.rstrip()) or exc.msg.startswith("Unterminated string")):
                # the decoder ran into the end of the file: cut short. A mistake it met before the end (an
                # unquoted key near the end of a small file) is malformed JSON, not a truncation
                yield ReadProblem(source, buf.where(pos), buf.end_reason("inside an item"))
                return
            problem, decoded = _past(buf, exc.pos, exc.msg, decoder, shape)
            yield problem
            if decoded is None:
                return
        item, pos = decoded
        if first and isinstance(item, dict):
            shape = frozenset(item)
        first = False
        yield item
        if pos > CHUNK:
            pos = buf.drop(pos)

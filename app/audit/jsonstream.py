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
(character and line); the items before it have been yielded.
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

CHUNK = 256 * 1024
_WS = re.compile(r"[ \t\r\n]*")


class BinaryReader(Protocol):
    """What the framing reads from: ``read(size) -> bytes``."""

    def read(self, size: int = -1) -> bytes: ...


class _Buffer:
    """Decoded text from a binary stream, with the absolute character and line of its start."""

    def __init__(self, raw: BinaryReader, source: str) -> None:
        self.raw = raw
        self.source = source
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


def iter_array(
    raw: BinaryReader, source: str, marker: re.Pattern[str], expected: str, *, max_item: int
) -> Iterator[Any | ReadProblem]:
    """The items of the JSON array that opens at the end of ``marker``, one at a time.

    ``ArchiveError`` when the marker is not found (the wrong JSON: ``expected`` says what was); a
    ``ReadProblem`` as the last item when the file is malformed or truncated after it.
    """
    buf = _Buffer(raw, source)
    while True:
        found = marker.search(buf.text)
        if found:
            pos = found.end()
            break
        if len(buf.text) > 4 * CHUNK or not buf.fill():
            if buf.bad_utf8:
                raise ArchiveError(f"{source}: not valid {buf.encoding} ({expected})")
            raise ArchiveError(f"{source}: not the expected JSON ({expected})")
    decoder = json.JSONDecoder()
    first = True
    while True:
        # white space, then ']' or (after an item) ',' and white space again
        at = _skip(buf, pos)
        if at is not None and buf.text[at] != "]" and not first:
            if buf.text[at] != ",":
                found_char = buf.text[at]
                yield ReadProblem(source, buf.where(at), f"malformed JSON (expected ',' or ']', found {found_char!r})")
                return
            at = _skip(buf, at + 1)
        if at is None:
            yield ReadProblem(source, buf.where(len(buf.text)), buf.end_reason("before the closing ']'"))
            return
        pos = at
        if buf.text[pos] == "]":
            return
        # one item: decode, reading more while it is cut by the end of the buffer
        size = CHUNK
        while True:
            try:
                item, end = decoder.raw_decode(buf.text, pos)
                break
            except json.JSONDecodeError as exc:
                near_end = exc.pos >= len(buf.text) - 64 or exc.msg.startswith("Unterminated string")
                if near_end and len(buf.text) - pos <= max_item and buf.fill(size):
                    size = min(size * 2, 16 * CHUNK)
                    continue
                if len(buf.text) - pos > max_item:
                    yield ReadProblem(source, buf.where(pos), f"an item is larger than {max_item} bytes")
                elif buf.eof and (exc.pos >= len(buf.text.rstrip()) or exc.msg.startswith("Unterminated string")):
                    # the decoder ran into the end of the file: cut short. A mistake it met before the end (an
                    # unquoted key near the end of a small file) is malformed JSON, not a truncation
                    yield ReadProblem(source, buf.where(pos), buf.end_reason("inside an item"))
                else:
                    yield ReadProblem(source, buf.where(exc.pos), f"malformed JSON ({exc.msg})")
                return
        first = False
        yield item
        pos = end
        if pos > CHUNK:
            pos = buf.drop(pos)

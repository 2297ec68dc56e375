"""The LanguageTool HTTP client: annotated ``data`` for tweets, UTF-16 to code points, timeouts.

Owns what crosses the wire to LanguageTool and back:

- ``build_annotation`` turns a tweet into LanguageTool's annotated ``data``: URLs, @mentions,
  $cashtags and emoji go as markup with a neutral ``interpretAs`` (a name for a mention, a ticker-like
  noun for a cashtag, nothing for a URL or an emoji, with the whitespace beside an erased element
  absorbed so no double space appears); for a #hashtag the ``#`` is markup and the word stays text,
  and a CamelCase tag's parts are separated by an empty markup read as a space so they are checked
  as words. The markup and text pieces concatenate to the original text exactly, so LanguageTool's
  offsets count the original string.
- ``Utf16Index`` converts LanguageTool's Java UTF-16 offsets *and* lengths to code points.
- ``parse_matches`` maps an answer to ``GrammarMatch`` values (code-point spans, up to ten
  replacements); ``keep_match`` drops what must never be reported (entities, lone emoji, accepted
  vocabulary).
- ``LanguageToolClient`` is an async HTTP/1.1 client (``_Connection``/``_Pool``, on asyncio's transports)
  with a timeout on every call, whose connections cannot fall into the Nagle/delayed-ACK stall of
  LanguageTool's JDK HTTP server, and ``probe_stall`` which measures whether a server stalls
  kept-alive connections (``StallProbe``; its reference path is httpcore, an ordinary client).

Why not language-tool-python: its ``check()`` cannot send ``data`` (so mentions, hashtags and emoji
are flagged), it converts only the offset (not the length) from UTF-16, its offset cache is a class
attribute that concurrent calls overwrite (not thread-safe in 3.4.0), and it is GPL-3.0-only.
The annotation and the UTF-16 mapping are written here because no library does them for
LanguageTool's ``data`` format; emoji are found with the ``emoji`` package.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import re
import socket
import ssl
import statistics
import time
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal, Protocol, TypeVar
from urllib.parse import urlencode, urlsplit

import httpcore

from app.kinds.base import EngineUnavailable
from app.text.emojis import emoji_count, emoji_spans

MENTION_AS = "Alex"
CASHTAG_AS = "Acme"
MAX_REPLACEMENTS = 10

T = TypeVar("T")


class EntityLike(Protocol):
    """What the annotation needs of a twitter-text entity."""

    @property
    def offset(self) -> int: ...

    @property
    def length(self) -> int: ...


class EntitiesLike(Protocol):
    """What the annotation needs of twitter-text's entities."""

    @property
    def mentions(self) -> Sequence[EntityLike]: ...

    @property
    def hashtags(self) -> Sequence[EntityLike]: ...

    @property
    def urls(self) -> Sequence[EntityLike]: ...

    @property
    def cashtags(self) -> Sequence[EntityLike]: ...


class LanguageToolError(EngineUnavailable):
    """LanguageTool could not answer (down, slow, or an error status); the grammar turn is skipped."""


@dataclass(frozen=True, slots=True)
class GrammarMatch:
    """One LanguageTool match with its span in code points of the text as submitted."""

    rule_id: str
    issue_type: str
    category: str
    message: str
    offset: int
    length: int
    replacements: tuple[str, ...] = ()

    @property
    def end(self) -> int:
        """Code-point offset just past the span."""
        return self.offset + self.length


# -- UTF-16 <-> code points ------------------------------------------------------------------


class Utf16Index:
    """Maps UTF-16 code-unit offsets of a text to code-point offsets (and back)."""

    __slots__ = ("_size", "_units")

    def __init__(self, text: str) -> None:
        self._size = len(text)
        units: list[int] | None = None
        # beyond the BMP iff UTF-16 needs more units than code points (counted in C, not per character)
        if not text.isascii() and len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text):
            # units[i] = UTF-16 offset of code point i; units[len(text)] = UTF-16 length
            units = [0] * (len(text) + 1)
            total = 0
            for i, ch in enumerate(text):
                units[i] = total
                total += 2 if ord(ch) > 0xFFFF else 1
            units[len(text)] = total
        self._units = units

    @property
    def length16(self) -> int:
        """The text's length in UTF-16 units."""
        return self._size if self._units is None else self._units[-1]

    def to_codepoint(self, unit: int) -> int:
        """The code point that UTF-16 offset ``unit`` falls in (a low surrogate rounds down)."""
        unit = max(0, min(unit, self.length16))
        if self._units is None:
            return unit
        return bisect_right(self._units, unit) - 1

    def span(self, offset16: int, length16: int) -> tuple[int, int]:
        """(start, end) in code points of a UTF-16 (offset, length); a split pair is included whole."""
        start = self.to_codepoint(offset16)
        end_unit = max(0, min(offset16 + length16, self.length16))
        end = end_unit if self._units is None else bisect_left(self._units, end_unit)
        return start, max(start, end)

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 offset of code-point offset ``cp``."""
        cp = max(0, min(cp, self._size))
        return cp if self._units is None else self._units[cp]


# -- annotation -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AnnotationPiece:
    """A part of the annotated text: plain text, or markup read as ``interpret_as``."""

    start: int
    end: int
    markup: bool
    interpret_as: str = ""


def _is_space(ch: str) -> bool:
    return ch.isspace()


def camel_parts(word: str) -> list[str]:
    """The words of a CamelCase hashtag body (``MerciBeaucoup2025`` -> Merci, Beaucoup, 2025; any script)."""
    parts: list[str] = []
    begin = 0
    for i in range(1, len(word)):
        prev, cur = word[i - 1], word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if (
            (prev.islower() and cur.isupper())
            or (prev.isalpha() and cur.isdigit())
            or (prev.isdigit() and cur.isalpha())
            or (prev.isupper() and cur.isupper() and nxt.islower())
        ):
            parts.append(word[begin:i])
            begin = i
    parts.append(word[begin:])
    return [p for p in parts if p] or [word]


def _neutral_spans(text: str, entities: EntitiesLike | None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, interpretAs) of everything LanguageTool must not read as words, sorted."""
    spans: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    if entities is not None:
        for e in entities.urls:
            spans.append((e.offset, e.offset + e.length, "url", ""))
        for e in entities.mentions:
            spans.append((e.offset, e.offset + e.length, "mention", MENTION_AS))
        for e in entities.cashtags:
            spans.append((e.offset, e.offset + e.length, "cashtag", CASHTAG_AS))
        for e in entities.hashtags:
            spans.append((e.offset, e.offset + e.length, "hashtag", ""))
        taken = [(s, e) for s, e, _, _ in spans]
    for start, end in emoji_spans(text):
        if any(s < end and start < e for s, e in taken):
            continue
        # adjacent emoji merge into one run
        if spans and spans[-1][2] == "emoji" and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end, "emoji", "")
        else:
            spans.append((start, end, "emoji", ""))
    spans.sort()
    # entities never overlap each other in twitter-text; be safe anyway
    cleaned: list[tuple[int, int, str, str]] = []
    for span in spans:
        if cleaned and span[0] < cleaned[-1][1]:
            continue
        cleaned.append(span)
    return cleaned


def annotate(text: str, entities: EntitiesLike | None = None) -> list[AnnotationPiece]:
    """The pieces of ``text`` (covering it exactly, in order) for LanguageTool's ``data``."""
    pieces: list[AnnotationPiece] = []
    cursor = 0
    size = len(text)

    def add_text(start: int, end: int) -> None:
        if end > start:
            pieces.append(AnnotationPiece(start, end, False))

    for start, end, kind, interpret in _neutral_spans(text, entities):
        if start < cursor:
            continue
        if kind == "hashtag":
            add_text(cursor, start)
            sigil_end = start + 1
            pieces.append(AnnotationPiece(start, sigil_end, True, ""))
            body = text[sigil_end:end]
            position = sigil_end
            parts = camel_parts(body)
            for index, part in enumerate(parts):
                pieces.append(AnnotationPiece(position, position + len(part), False))
                position += len(part)
                if index < len(parts) - 1:
                    pieces.append(AnnotationPiece(position, position, True, " "))
            cursor = end
            continue
        if interpret == "":
            prev_space = start == 0 or start <= cursor or _is_space(text[start - 1])
            if prev_space and end < size and _is_space(text[end]):
                # "live 🚀 now" -> "live now": swallow the space after
                while end < size and _is_space(text[end]):
                    end += 1
            elif start > cursor and _is_space(text[start - 1]) and (end >= size or not text[end].isalnum()):
                # "great 🎉." or a trailing "live 🚀" -> "great." / "live": swallow the space before
                while start > cursor and _is_space(text[start - 1]):
                    start -= 1
        add_text(cursor, start)
        pieces.append(AnnotationPiece(start, end, True, interpret))
        cursor = end
    add_text(cursor, size)
    return pieces


def annotation_data(text: str, pieces: Iterable[AnnotationPiece]) -> str:
    """The JSON ``data`` form field for ``pieces`` of ``text``."""
    items: list[dict[str, str]] = []
    for piece in pieces:
        chunk = text[piece.start : piece.end]
        if piece.markup:
            items.append({"markup": chunk, "interpretAs": piece.interpret_as})
        else:
            items.append({"text": chunk})
    return json.dumps({"annotation": items}, ensure_ascii=False)


# -- answers ----------------------------------------------------------------------------------


def parse_matches(payload: Mapping[str, Any], text: str, index: Utf16Index | None = None) -> list[GrammarMatch]:
    """LanguageTool's ``matches`` as ``GrammarMatch`` values with code-point spans (bad ones skipped)."""
    index = index or Utf16Index(text)
    out: list[GrammarMatch] = []
    for raw in payload.get("matches") or ():
        try:
            offset16 = int(raw["offset"])
            length16 = int(raw["length"])
            rule = raw.get("rule") or {}
            rule_id = str(rule["id"])
        except (KeyError, TypeError, ValueError):
            continue
        if offset16 < 0 or length16 < 0 or offset16 + length16 > index.length16:
            continue
        start, end = index.span(offset16, length16)
        replacements = tuple(
            str(r["value"])
            for r in (raw.get("replacements") or ())[:MAX_REPLACEMENTS]
            if isinstance(r, Mapping) and "value" in r
        )
        category = rule.get("category") or {}
        out.append(
            GrammarMatch(
                rule_id=rule_id,
                issue_type=str(rule.get("issueType") or "uncategorized"),
                category=str(category.get("id") or ""),
                message=str(raw.get("message") or raw.get("shortMessage") or ""),
                offset=start,
                length=end - start,
                replacements=replacements,
            )
        )
    return out


def accepted_spans(text: str, accepted: Iterable[str]) -> list[tuple[int, int]]:
    """Where accepted vocabulary (already case-folded) occurs in ``text`` as whole words."""
    spans: list[tuple[int, int]] = []
    folded_terms = [t for t in accepted if t.strip()]
    if not folded_terms:
        return spans
    # casefold can change lengths (ß -> ss); match case-insensitively on the original instead
    for term in folded_terms:
        pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return spans


def keep_match(
    match: GrammarMatch,
    text: str,
    entity_spans: Sequence[tuple[int, int]],
    accepted: frozenset[str],
    accepted_at: Sequence[tuple[int, int]] = (),
) -> bool:
    """False for a match Sevenfold must never report: on an entity, only emoji, or accepted vocabulary."""
    start, end = match.offset, match.end
    if any(s < end and start < e for s, e in entity_spans):
        return False
    excerpt = text[start:end]
    if end > start and not any(ch.isalnum() for ch in excerpt) and emoji_count(excerpt) > 0:
        return False
    spelling = match.issue_type == "misspelling" or "SPELL" in match.rule_id or "MORFOLOGIK" in match.rule_id
    if spelling and excerpt.strip().casefold() in accepted:
        return False
    return not (end > start and any(s <= start and end <= e for s, e in accepted_at))


# -- HTTP -------------------------------------------------------------------------------------
#
# LanguageTool 6.8 runs on the JDK's built-in com.sun.net.httpserver, which writes a response in two
# pieces (the headers, then the body) and, unless the JVM runs with -Dsun.net.httpserver.nodelay=true
# (read by sun.net.httpserver.ServerConfig), leaves Nagle's algorithm on: the body waits for the ACK
# of the headers. On a kept-alive connection the client's kernel delays that ACK (40 ms on Linux), so
# every check waited ~40 ms. The server we start has the property (server.py); this client also
# acknowledges at once after every read and write (TCP_QUICKACK, Linux), and ``probe_stall`` measures
# a server's behaviour so that a stalling one we did not start is reported and worked around.

KEEP_ALIVE: Final = "keep-alive"
FRESH: Final = "fresh"
ConnectionMode = Literal["keep-alive", "fresh"]
QUICK_ACK_AVAILABLE = hasattr(socket, "TCP_QUICKACK")
# Linux delays an ACK by at least 40 ms (TCP_DELACK_MIN): half of that tells a stall from noise
STALL_MIN_MS = 20.0
STALL_MIN_RATIO = 1.5
PROBE_ROUNDS = 7
PROBE_WARM_UP = 3
KEEP_ALIVE_EXPIRY = 20.0  # seconds an idle connection is kept (the JDK server drops them after 30)

_STATUS_NAMES = {
    400: "rejected the request",
    413: "text too long",
    429: "rate limited",
    500: "check failed or timed out",
    503: "overloaded",
}


def _status_reason(status: int, body: bytes) -> str:
    detail = " ".join(body.decode("utf-8", "replace").split())[:160]
    what = _STATUS_NAMES.get(status, "error")
    return (
        f"LanguageTool answered {status} ({what}): {detail}" if detail else f"LanguageTool answered {status} ({what})"
    )


class _ProtocolError(Exception):
    """An answer that is not HTTP/1.x as this client reads it."""


class _Connection(asyncio.Protocol):
    """One HTTP/1.1 connection to LanguageTool, request/response, on asyncio's transport directly.

    - a request leaves in one write (headers and body together: one segment, one wake-up of
      LanguageTool's selector thread);
    - the answer is read as it arrives: ``Content-Length``, chunked, or up to the end of the connection;
    - with ``quick_ack`` (Linux ``TCP_QUICKACK``, which the kernel resets by itself, so it is set again
      each time): after every write, and as soon as any data arrives, the ACK goes at once, so a server
      holding its next piece for that ACK (no TCP_NODELAY) sends it without the delayed-ACK wait.

    Written here rather than through an HTTP library: httpcore (+ h11 + anyio) cost ~0.4 ms of CPU per
    check, as much as the rest of the grammar turn's own work; this costs ~0.1 ms (measured, see README).
    """

    def __init__(self, *, quick_ack: bool) -> None:
        self._quick = quick_ack
        self._transport: asyncio.Transport | None = None
        self._sock: Any = None
        self._buffer = bytearray()
        self._waiter: asyncio.Future[None] | None = None
        self._closed = False
        self.received = False
        self.idle_since = 0.0

    # -- asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport
        # asyncio hands out a TransportSocket (setsockopt, not a socket.socket)
        sock = transport.get_extra_info("socket")
        self._sock = sock if self._quick and hasattr(sock, "setsockopt") else None

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        self.received = True
        self._quick_ack()
        self._wake()

    def eof_received(self) -> bool:
        self._closed = True
        self._wake()
        return False  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self._closed = True
        self._wake()

    # -- helpers
    def _wake(self) -> None:
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_result(None)

    def _quick_ack(self) -> None:
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)

    async def _more(self) -> None:
        """Wait for more data; ``ConnectionResetError`` if the connection is over."""
        if self._closed:
            raise ConnectionResetError("LanguageTool closed the connection")
        self._waiter = asyncio.get_running_loop().create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    @property
    def reusable(self) -> bool:
        """Open, nothing unread, transport not closing (an idle connection the server has not dropped)."""
        transport = self._transport
        return not self._closed and not self._buffer and transport is not None and not transport.is_closing()

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self._closed = True
        if self._transport is not None:
            self._transport.close()

    async def exchange(self, request: bytes) -> tuple[int, bytes, bool]:
        """Send ``request``; (status, body, whether the connection may be reused)."""
        assert self._transport is not None
        self.received = False
        self._transport.write(request)
        self._quick_ack()
        buffer = self._buffer
        while True:
            end = buffer.find(b"\r\n\r\n")
            while end < 0:
                await self._more()
                end = buffer.find(b"\r\n\r\n")
            lines = bytes(buffer[:end]).split(b"\r\n")
            del buffer[: end + 4]
            parts = lines[0].split(None, 2)
            if len(parts) < 2 or not parts[0].startswith(b"HTTP/1.") or not parts[1].isdigit():
                raise _ProtocolError("not an HTTP/1.x status line")
            status = int(parts[1])
            if not 100 <= status < 200 or status == 101:
                break  # a 1xx interim answer (100 Continue) is skipped
        headers: dict[bytes, bytes] = {}
        for line in lines[1:]:
            name, colon, value = line.partition(b":")
            if not colon:
                raise _ProtocolError("malformed header line")
            headers[name.strip().lower()] = value.strip()
        connection = headers.get(b"connection", b"").lower()
        keep = b"close" not in connection and (parts[0] != b"HTTP/1.0" or b"keep-alive" in connection)
        if status in (204, 304) or 100 <= status < 200:
            return status, b"", keep
        if b"chunked" in headers.get(b"transfer-encoding", b"").lower():
            return status, await self._chunked(), keep
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit():
                raise _ProtocolError("bad Content-Length")
            size = int(length)
            while len(buffer) < size:
                await self._more()
            body = bytes(buffer[:size])
            del buffer[:size]
            return status, body, keep
        while not self._closed:  # no length: the body runs to the end of the connection
            await self._waiter_or_close()
        body = bytes(buffer)
        buffer.clear()
        return status, body, False

    async def _waiter_or_close(self) -> None:
        with contextlib.suppress(ConnectionResetError):
            await self._more()

    async def _chunked(self) -> bytes:
        buffer = self._buffer
        body = bytearray()
        while True:
            end = buffer.find(b"\r\n")
            while end < 0:
                await self._more()
                end = buffer.find(b"\r\n")
            size_text = bytes(buffer[:end]).split(b";", 1)[0].strip()
            try:
                size = int(size_text, 16)
            except ValueError:
                raise _ProtocolError("bad chunk size") from None
            del buffer[: end + 2]
            if size == 0:
                while True:  # trailers, up to an empty line
                    end = buffer.find(b"\r\n")
                    while end < 0:
                        await self._more()
                        end = buffer.find(b"\r\n")
                    trailer = bytes(buffer[:end])
                    del buffer[: end + 2]
                    if not trailer:
                        return bytes(body)
            while len(buffer) < size + 2:
                await self._more()
            body += buffer[:size]
            del buffer[: size + 2]


class _Pool:
    """HTTP/1.1 connections to one server, for one event loop: kept alive (idle ones reused, dropped
    after ``KEEP_ALIVE_EXPIRY`` seconds) or one per request; at most ``max_connections`` at once."""

    def __init__(self, url: str, mode: ConnectionMode, max_connections: int, *, quick_ack: bool) -> None:
        parts = urlsplit(url)
        self.mode = mode
        self._tls = parts.scheme == "https"
        self._host = parts.hostname or "localhost"
        self._port = parts.port or (443 if self._tls else 80)
        self._quick_ack = quick_ack
        self._slots = asyncio.Semaphore(max_connections)
        self._idle: list[_Connection] = []

    async def _connect(self) -> _Connection:
        loop = asyncio.get_running_loop()
        tls = ssl.create_default_context() if self._tls else None
        _, connection = await loop.create_connection(
            lambda: _Connection(quick_ack=self._quick_ack),
            self._host,
            self._port,
            ssl=tls,
            server_hostname=self._host if tls else None,
        )
        return connection

    def _take_idle(self) -> _Connection | None:
        now = time.monotonic()
        while self._idle:
            connection = self._idle.pop()
            if connection.reusable and now - connection.idle_since < KEEP_ALIVE_EXPIRY:
                return connection
            connection.close()
        return None

    async def request(self, request: bytes, seconds: float) -> tuple[int, bytes]:
        """Send ``request`` (one complete HTTP/1.1 request); (status, body). Each of the wait for a slot,
        the connect and the exchange is bounded by ``seconds`` (``TimeoutError``). A kept-alive
        connection the server dropped while idle is replaced once, transparently."""
        async with asyncio.timeout(seconds):
            await self._slots.acquire()
        try:
            reuse = self.mode == KEEP_ALIVE
            while True:
                connection = self._take_idle() if reuse else None
                reused = connection is not None
                if connection is None:
                    async with asyncio.timeout(seconds):
                        connection = await self._connect()
                try:
                    async with asyncio.timeout(seconds):
                        status, body, keep = await connection.exchange(request)
                except TimeoutError:
                    connection.close()
                    raise
                except (ConnectionError, _ProtocolError):
                    connection.close()
                    if reused and not connection.received:
                        reuse = False  # dropped while idle: once more on a new connection
                        continue
                    raise
                except BaseException:
                    connection.close()
                    raise
                if keep and self.mode == KEEP_ALIVE:
                    connection.idle_since = time.monotonic()
                    self._idle.append(connection)
                else:
                    connection.close()
                return status, body
        finally:
            self._slots.release()

    async def aclose(self) -> None:
        """Close the idle connections."""
        while self._idle:
            self._idle.pop().close()


def _plain_pool() -> httpcore.AsyncConnectionPool:
    """httpcore's own kept-alive connection, ordinary ACKs: what any HTTP client does (the stall probe's
    reference path)."""
    return httpcore.AsyncConnectionPool(
        max_connections=1,
        max_keepalive_connections=1,
        keepalive_expiry=KEEP_ALIVE_EXPIRY,
        network_backend=httpcore.AnyIOBackend(),
    )


def _median(samples: Sequence[float]) -> float:
    return statistics.median(samples) if samples else math.nan


def _stalls(path: Sequence[float], fresh: Sequence[float]) -> bool:
    """A kept-alive path stalls when its median exceeds a fresh connection's by a delayed ACK's worth."""
    kept, new = _median(path), _median(fresh)
    return kept - new >= STALL_MIN_MS and kept >= STALL_MIN_RATIO * new


@dataclass(frozen=True)
class StallProbe:
    """The same small request (the health check) timed (ms) three ways, interleaved, on one server.

    ``plain_ms``: one kept-alive connection, ordinary ACKs (what any HTTP client sees);
    ``kept_ms``: one kept-alive connection as this client keeps it (quick ACKs where the OS has them);
    ``fresh_ms``: a new connection each time (a new connection acknowledges at once).
    The verdicts compare medians of measurements the probe made itself, never a fixed latency.
    """

    plain_ms: tuple[float, ...]
    kept_ms: tuple[float, ...]
    fresh_ms: tuple[float, ...]
    quick_ack: bool

    @property
    def server_stalls(self) -> bool:
        """True when the server holds kept-alive responses for the client's delayed ACK (no TCP_NODELAY)."""
        return _stalls(self.plain_ms, self.fresh_ms)

    @property
    def client_stalls(self) -> bool:
        """True when even this client's kept-alive connections stall: it must open one per request."""
        return _stalls(self.kept_ms, self.fresh_ms)

    @property
    def mode(self) -> ConnectionMode:
        """The connection mode that does not stall on this server."""
        return FRESH if self.client_stalls else KEEP_ALIVE

    def medians(self) -> dict[str, float]:
        """Median round trip (ms) of each path."""
        return {
            "plain keep-alive": _median(self.plain_ms),
            "keep-alive, quick ACK" if self.quick_ack else "keep-alive": _median(self.kept_ms),
            "fresh connection": _median(self.fresh_ms),
        }

    def summary(self) -> str:
        """One line: the verdict, the mode chosen and the medians it rests on (no draft text)."""
        plain, kept, fresh = _median(self.plain_ms), _median(self.kept_ms), _median(self.fresh_ms)
        figures = f"p50 {plain:.1f} ms kept-alive vs {fresh:.1f} ms on a fresh connection"
        if not self.server_stalls:
            return f"kept-alive connections ({figures}: no stall)"
        how = (
            f"a fresh connection per check ({fresh:.1f} ms)"
            if self.mode == FRESH
            else f"kept-alive connections with quick ACKs ({kept:.1f} ms)"
        )
        return (
            f"LanguageTool stalls kept-alive connections (Nagle/delayed ACK, {figures}; "
            f"start its JVM with -Dsun.net.httpserver.nodelay=true); using {how}"
        )


class LanguageToolClient:
    """Async client of one LanguageTool server; one connection pool (``_Pool``) per event loop.

    ``mode`` is ``keep-alive`` (connections reused; on Linux each acknowledges at once, so a server
    without TCP_NODELAY cannot make it wait for a delayed ACK) or ``fresh`` (a new connection per
    request, ``Connection: close``). Every call has a timeout (connect, write, read and pool wait).
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout: float = 5.0,
        max_connections: int = 32,
        mode: ConnectionMode = KEEP_ALIVE,
        quick_ack: bool = QUICK_ACK_AVAILABLE,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.max_connections = max_connections
        self.quick_ack = quick_ack and QUICK_ACK_AVAILABLE
        self._mode: ConnectionMode = mode
        parts = urlsplit(self.base_url)
        self._host = (parts.netloc or "localhost").encode("ascii")
        self._prefix = parts.path.rstrip("/")
        self._pools: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, _Pool] = weakref.WeakKeyDictionary()

    @property
    def mode(self) -> ConnectionMode:
        """How connections are used now (``keep-alive`` or ``fresh``)."""
        return self._mode

    async def set_mode(self, mode: ConnectionMode) -> None:
        """Switch connection mode: the running loop's pool is closed, every pool is rebuilt on next use."""
        if mode != self._mode:
            self._mode = mode
            await self.aclose()
            self._pools = weakref.WeakKeyDictionary()

    def _pool(self) -> _Pool:
        loop = asyncio.get_running_loop()
        pool = self._pools.get(loop)
        if pool is None:
            pool = _Pool(self.base_url, self._mode, self.max_connections, quick_ack=self.quick_ack)
            self._pools[loop] = pool
        return pool

    def _headers(self, body: bytes | None, mode: ConnectionMode) -> list[tuple[bytes, bytes]]:
        headers = [(b"Host", self._host), (b"Accept", b"application/json")]
        if body is not None:
            headers += [
                (b"Content-Type", b"application/x-www-form-urlencoded"),
                (b"Content-Length", str(len(body)).encode("ascii")),
            ]
        if mode == FRESH:
            headers.append((b"Connection", b"close"))
        return headers

    def _request_bytes(self, method: str, path: str, body: bytes | None, mode: ConnectionMode) -> bytes:
        head = [f"{method} {self._prefix}{path} HTTP/1.1".encode("ascii")]
        head += [name + b": " + value for name, value in self._headers(body, mode)]
        return b"\r\n".join(head) + b"\r\n\r\n" + (body or b"")

    async def _send(
        self,
        pool: _Pool | httpcore.AsyncConnectionPool,
        mode: ConnectionMode,
        method: str,
        path: str,
        *,
        timeout: float | None = None,
        data: Mapping[str, str] | None = None,
    ) -> bytes:
        seconds = timeout if timeout is not None else self.timeout
        body = urlencode(data).encode("ascii") if data is not None else None
        try:
            if isinstance(pool, _Pool):
                status, content = await pool.request(self._request_bytes(method, path, body, pool.mode), seconds)
            else:
                response = await pool.request(
                    method,
                    self.base_url + path,
                    headers=self._headers(body, mode),
                    content=body,
                    extensions={"timeout": {"connect": seconds, "read": seconds, "write": seconds, "pool": seconds}},
                )
                status, content = response.status, response.content
        except (TimeoutError, httpcore.TimeoutException):
            raise LanguageToolError(f"LanguageTool did not answer within {seconds:g} s") from None
        except (
            httpcore.NetworkError,
            httpcore.ProtocolError,
            httpcore.UnsupportedProtocol,
            httpcore.ConnectionNotAvailable,
            _ProtocolError,
            OSError,
        ) as exc:
            raise LanguageToolError(f"LanguageTool unreachable ({exc.__class__.__name__})") from None
        if status != 200:
            raise LanguageToolError(_status_reason(status, content))
        return content

    async def _request(
        self, method: str, path: str, *, timeout: float | None = None, data: Mapping[str, str] | None = None
    ) -> bytes:
        return await self._send(self._pool(), self._mode, method, path, timeout=timeout, data=data)

    async def healthcheck(self, timeout: float | None = None) -> None:
        """Raise ``LanguageToolError`` unless ``GET /v2/healthcheck`` answers 200."""
        await self._request("GET", "/v2/healthcheck", timeout=timeout)

    async def languages(self, timeout: float | None = None) -> list[dict[str, str]]:
        """``GET /v2/languages``: name, code and longCode of every language the server has."""
        body = await self._request("GET", "/v2/languages", timeout=timeout)
        data = _decode(body, list, " /v2/languages")
        return [dict(item) for item in data if isinstance(item, Mapping)]

    async def check_raw(self, form: Mapping[str, str], timeout: float | None = None) -> dict[str, Any]:
        """``POST /v2/check`` with ``form`` as is; the decoded answer."""
        body = await self._request("POST", "/v2/check", data=form, timeout=timeout)
        return _decode_check(body)

    async def check(
        self,
        text: str,
        language: str,
        *,
        pieces: Sequence[AnnotationPiece] | None = None,
        disabled_rules: Sequence[str] = (),
        level: str = "default",
        timeout: float | None = None,
    ) -> list[GrammarMatch]:
        """Check ``text`` (annotated by ``pieces``) in ``language``; matches with code-point spans."""
        form: dict[str, str] = {"language": language, "level": level}
        if pieces is None:
            form["text"] = text
        else:
            form["data"] = annotation_data(text, pieces)
        if disabled_rules:
            form["disabledRules"] = ",".join(disabled_rules)
        payload = await self.check_raw(form, timeout=timeout)
        return parse_matches(payload, text)

    async def probe_stall(self, *, rounds: int = PROBE_ROUNDS, timeout: float | None = None) -> StallProbe:
        """Time ``GET /v2/healthcheck`` on a plain kept-alive connection, on one kept alive as this client
        does, and on fresh connections, interleaved (``rounds`` each, after warm-up).

        The health check is written like a check's answer (headers, then body) but costs LanguageTool
        next to nothing, so a loaded machine's noise stays far below the ~40 ms of a stall."""
        plain = _plain_pool()
        kept = _Pool(self.base_url, KEEP_ALIVE, 1, quick_ack=self.quick_ack)
        fresh = _Pool(self.base_url, FRESH, 1, quick_ack=False)
        paths: list[tuple[_Pool | httpcore.AsyncConnectionPool, ConnectionMode, list[float]]] = [
            (plain, KEEP_ALIVE, []),
            (kept, KEEP_ALIVE, []),
            (fresh, FRESH, []),
        ]
        try:
            # a new connection acknowledges at once for its first segments: reuse it a few times first
            for _ in range(PROBE_WARM_UP):
                for pool, mode, _samples in paths:
                    await self._send(pool, mode, "GET", "/v2/healthcheck", timeout=timeout)
            for index in range(rounds):
                shift = index % len(paths)
                for pool, mode, samples in paths[shift:] + paths[:shift]:
                    # the kernel delays ACKs on a connection that sends right after it received (as a
                    # busy client does): time the second of two back-to-back requests
                    await self._send(pool, mode, "GET", "/v2/healthcheck", timeout=timeout)
                    started = time.perf_counter()
                    await self._send(pool, mode, "GET", "/v2/healthcheck", timeout=timeout)
                    samples.append((time.perf_counter() - started) * 1000.0)
        finally:
            for pool, _mode, _samples in paths:
                await pool.aclose()
        return StallProbe(
            plain_ms=tuple(paths[0][2]),
            kept_ms=tuple(paths[1][2]),
            fresh_ms=tuple(paths[2][2]),
            quick_ack=self.quick_ack,
        )

    async def aclose(self) -> None:
        """Close the connection pool of the running loop (others close with their loops)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        pool = self._pools.pop(loop, None)
        if pool is not None:
            await pool.aclose()


def _decode_check(body: bytes) -> dict[str, Any]:
    return _decode(body, dict)


def _decode(body: bytes, shape: type[T], where: str = "") -> T:
    """A JSON answer of the expected shape (a list or a dict), else ``LanguageToolError``."""
    try:
        payload = json.loads(body)
    except ValueError:
        raise LanguageToolError(f"LanguageTool answered{where} with invalid JSON") from None
    if not isinstance(payload, shape):
        raise LanguageToolError(f"LanguageTool answered{where} with an unexpected shape")
    return payload

"""The LanguageTool client's own HTTP/1.1 (``_Connection``/``_Pool``) against a scripted local server:
the request it writes, the answer shapes it reads (length, chunked, to the end, 1xx), a kept-alive
connection the server dropped, bad answers and timeouts as ``LanguageToolError``."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import pytest

from app.languagetool.client import FRESH, LanguageToolClient, LanguageToolError

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter, list[bytes]], Awaitable[None]]
ANSWER = json.dumps({"matches": [], "software": {"name": "LanguageTool"}}).encode()


async def read_request(reader: asyncio.StreamReader) -> bytes | None:
    """One whole request (head and Content-Length body), or None at the end of the connection."""
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    return head + await reader.readexactly(length)


@asynccontextmanager
async def scripted(handler: Handler) -> AsyncIterator[tuple[str, list[bytes], list[int]]]:
    """A loopback server running ``handler`` per connection; yields (url, requests seen, connections)."""
    requests: list[bytes] = []
    connections: list[int] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(1)
        try:
            await handler(reader, writer, requests)
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}/lt", requests, connections
    finally:
        server.close()


def answer(body: bytes, *, extra: bytes = b"") -> bytes:
    return b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n%s" % (
        len(body),
        extra,
        body,
    )


async def keep_answering(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[bytes]) -> None:
    while (request := await read_request(reader)) is not None:
        seen.append(request)
        writer.write(answer(ANSWER))
        await writer.drain()


async def test_the_request_is_http_1_1_under_the_urls_path_with_the_form_body() -> None:
    async with scripted(keep_answering) as (url, seen, connections):
        client = LanguageToolClient(url)
        assert await client.check_raw({"language": "fr", "text": "Ceci sont un test é"}) == json.loads(ANSWER)
        assert await client.check_raw({"language": "fr", "text": "encore"}) == json.loads(ANSWER)
        await client.aclose()
    head, _, body = seen[0].partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    assert lines[0] == b"POST /lt/v2/check HTTP/1.1"
    assert b"Content-Type: application/x-www-form-urlencoded" in lines
    assert f"Host: {url.split('/')[2]}".encode() in lines
    assert body == b"language=fr&text=Ceci+sont+un+test+%C3%A9"
    assert len(connections) == 1  # kept alive


async def test_chunked_answer_with_a_trailer() -> None:
    async def chunked(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[bytes]) -> None:
        await read_request(reader)
        half = len(ANSWER) // 2
        writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
        writer.write(b"%x;ext=1\r\n%s\r\n" % (half, ANSWER[:half]))
        await writer.drain()
        await asyncio.sleep(0.01)
        writer.write(b"%x\r\n%s\r\n0\r\nX-Trailer: yes\r\n\r\n" % (len(ANSWER) - half, ANSWER[half:]))
        await writer.drain()
        await read_request(reader)

    async with scripted(chunked) as (url, _, _):
        client = LanguageToolClient(url)
        assert await client.check_raw({"text": "x"}) == json.loads(ANSWER)
        await client.aclose()


async def test_answer_without_length_runs_to_the_end_and_the_next_request_reconnects() -> None:
    async def to_the_end(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[bytes]) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n" + ANSWER)
        await writer.drain()

    async with scripted(to_the_end) as (url, _, connections):
        client = LanguageToolClient(url)
        for _ in range(2):
            assert await client.check_raw({"text": "x"}) == json.loads(ANSWER)
        await client.aclose()
    assert len(connections) == 2


async def test_interim_100_continue_is_skipped() -> None:
    async def interim(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[bytes]) -> None:
        await read_request(reader)
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n" + answer(ANSWER))
        await writer.drain()
        await read_request(reader)

    async with scripted(interim) as (url, _, _):
        client = LanguageToolClient(url)
        assert await client.check_raw({"text": "x"}) == json.loads(ANSWER)
        await client.aclose()


async def test_a_kept_alive_connection_the_server_dropped_is_replaced() -> None:
    async def one_each(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[bytes]) -> None:
        request = await read_request(reader)
        assert request is not None
        seen.append(request)
        writer.write(answer(ANSWER))  # keep-alive announced, then closed at once
        await writer.drain()

    async with scripted(one_each) as (url, seen, connections):
        client = LanguageToolClient(url)
        for _ in range(3):
            assert await client.check_raw({"text": "x"}) == json.loads(ANSWER)
            await asyncio.sleep(0.05)  # the close reaches the client while the connection is idle
        await client.aclose()
    assert len(seen) == 3 and len(connections) == 3


async def test_fresh_mode_asks_to_close_and_opens_one_connection_per_request() -> None:
    async with scripted(keep_answering) as (url, seen, connections):
        client = LanguageToolClient(url, mode=FRESH)
        for _ in range(2):
            await client.check_raw({"text": "x"})
        await client.aclose()
    assert all(b"\r\nConnection: close\r\n" in request for request in seen)
    assert len(connections) == 2


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"SSH-2.0-OpenSSH\r\n\r\n", "unreachable (_ProtocolError)"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n", "unreachable (_ProtocolError)"),
        (b"HTTP/1.1 503 Busy\r\nContent-Length: 4\r\n\r\nbusy", "answered 503 (overloaded): busy"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nnot json!", "invalid JSON"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 90\r\n\r\n{}", "unreachable (ConnectionResetError)"),
    ],
)
async def test_bad_answers_are_language_tool_errors(raw: bytes, reason: str) -> None:
    async def bad(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[bytes]) -> None:
        await read_request(reader)
        writer.write(raw)
        await writer.drain()

    async with scripted(bad) as (url, _, _):
        client = LanguageToolClient(url)
        with pytest.raises(LanguageToolError, match=re.escape(reason)):
            await client.check_raw({"text": "x"})
        await client.aclose()


async def test_a_server_that_never_answers_times_out() -> None:
    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seen: list[bytes]) -> None:
        await read_request(reader)
        await asyncio.sleep(5)

    async with scripted(silent) as (url, _, _):
        client = LanguageToolClient(url, timeout=0.2)
        with pytest.raises(LanguageToolError, match=r"did not answer within 0\.2 s"):
            await client.check_raw({"text": "x"})
        await client.aclose()


async def test_nothing_listening_is_unreachable() -> None:
    async with scripted(keep_answering) as (url, _, _):
        pass  # closed: the port is free again
    client = LanguageToolClient(url)
    with pytest.raises(LanguageToolError, match="unreachable"):
        await client.check_raw({"text": "x"})

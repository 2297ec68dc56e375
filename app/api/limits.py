"""The request body limit: 413 for a body over ``max_bytes``, before the app sees a byte of it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimitMiddleware:
    """Answers 413 for a body over ``max_bytes``, by Content-Length or, for chunked bodies, while reading.

    The body is read (at most ``max_bytes``) before the app sees it and replayed to it, so the 413 is
    always sent before any other response starts. Paths in ``streamed`` (the audit page's archive upload)
    pass through untouched: their route streams the body to disk and enforces its own, larger limit.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, streamed: tuple[str, ...] = ("/audit/jobs",)) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.streamed = frozenset(streamed)

    async def _reject(self, send: Send) -> None:
        body = (
            b'{"detail":[{"loc":["body"],"msg":"request body over the limit of '
            + str(self.max_bytes).encode()
            + b' bytes","type":"body_too_large"}]}'
        )
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the declared length, then read and count the body before passing it on."""
        if (
            scope["type"] != "http"
            or scope.get("method") in ("GET", "HEAD", "OPTIONS")
            or scope.get("path") in self.streamed
        ):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await self._reject(send)
                    return
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > self.max_bytes:
                await self._reject(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

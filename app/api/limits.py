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

    async def _reject(self, scope: Scope, send: Send) -> None:
        """413: the web form's post (``POST /``, no JavaScript) gets its page's words in an HTML page, in the
        interface's language; any other path FastAPI's error shape, its message in Accept-Language's language
        (English by default: the same bytes as before)."""
        import json

        from app.api.errors import message_language
        from app.texts import label

        headers_in = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in scope["headers"]}
        if scope.get("path") == "/":
            body, kind = self._page(scope, headers_in), b"text/html; charset=utf-8"
        else:
            message = label("body-too-large", message_language(headers_in), limit=self.max_bytes)
            detail = {"detail": [{"loc": ["body"], "msg": message, "type": "body_too_large"}]}
            body, kind = json.dumps(detail, ensure_ascii=False, separators=(",", ":")).encode(), b"application/json"
        headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    def _page(self, scope: Scope, headers: dict[str, str]) -> bytes:
        """The form's 413 as a small page in the interface's language (``?ui=``, its cookie, Accept-Language)."""
        from html import escape
        from http.cookies import SimpleCookie
        from urllib.parse import parse_qs

        from app.web.i18n import COOKIE, STRINGS, choose_ui

        query = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("ui", [None])[0]
        cookies = SimpleCookie()
        try:
            cookies.load(headers.get("cookie", ""))
        except Exception:  # noqa: BLE001 - a cookie header that cannot be read names no language
            cookies = SimpleCookie()
        cookie = cookies[COOKIE].value if COOKIE in cookies else None
        ui = choose_ui(query, cookie, headers.get("accept-language"))
        strings = STRINGS[ui]
        text = strings["too_large"].format(size=self.max_bytes // 1024)
        page = (
            f'<!doctype html><html lang="{ui}"><head><meta charset="utf-8"><title>{escape(strings["title"])}</title>'
            f'</head><body><p role="alert">{escape(text)}</p><p><a href="/">{escape(strings["back"])}</a></p>'
            "</body></html>"
        )
        return page.encode()

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
                    await self._reject(scope, send)
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
                await self._reject(scope, send)
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

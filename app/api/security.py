"""Hardening of the HTTP doors: API keys, the loopback guard, a rate limit, CORS and security headers.

This module owns who may call the API and what every response carries:

- API keys (``SEVENFOLD_API_KEYS``), sent as ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``. The
  candidate is hashed and compared with ``secrets.compare_digest`` against the digest of *every*
  configured key, without an early exit, so timing says nothing about which key or how much matched.
- Without keys, the server answers loopback clients only, unless told otherwise (``allow_public``).
  ``check_bind`` is the same rule for ``sevenfold serve --host``: a public address without keys is
  refused with a one-line reason.
- A rate limit per API key (or per client address without one): ``429`` with ``Retry-After``.
- CORS closed by default (no CORS headers at all); ``SEVENFOLD_CORS_ORIGINS`` opens it to named
  origins through Starlette's own ``CORSMiddleware``.
- Security headers on every response, a strict Content-Security-Policy on the form (a looser one on
  the Swagger/ReDoc pages, which FastAPI serves from a CDN with an inline script), ``no-store`` on
  everything that can hold a draft.
- Draft text is never logged unless ``SEVENFOLD_LOG_DRAFTS`` is on; then request bodies of the check
  endpoints go to the ``sevenfold.drafts`` logger at DEBUG, truncated.

Hand-written, and why: the rate limiter is a token bucket of a few lines. ``limits``/``slowapi`` bring
storage backends, background expiry timers and per-route decorators a single process does not need;
this one is O(1) per request, bounded in memory (least recently seen identities are dropped), and gives
the exact ``Retry-After``. The limit is per process: with N uvicorn workers a client gets up to N times
the limit (documented in docs/SECURITY.md). Middlewares are pure ASGI so they never buffer a body.
"""

from __future__ import annotations

import functools
import hashlib
import ipaddress
import json
import logging
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, MutableMapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from app.settings import Settings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("sevenfold.security")
draft_log = logging.getLogger("sevenfold.drafts")

#: Paths anyone may read: probes. Everything else under /v1/ and every non-GET needs a key when keys are set.
PROBE_PATHS = frozenset({"/healthz", "/readyz"})
#: Swagger UI pages (assets served locally, but FastAPI renders them with an inline script): ``DOCS_CSP``.
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
MAX_TRACKED_IDENTITIES = 10_000
LOGGED_BODY_CHARS = 2_000

STRICT_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
DOCS_CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src blob:; "
    "frame-ancestors 'none'; base-uri 'none'; object-src 'none'"
)
BASE_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
)


class InsecureBind(Exception):
    """Listening on a public address without API keys, and not told that is fine."""


def is_loopback(host: str) -> bool:
    """True for localhost and any 127.0.0.0/8 or ::1 address (IPv4-mapped IPv6 included)."""
    name = host.strip().strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def is_ip_address(host: str) -> bool:
    """True when ``host`` is a literal IPv4 or IPv6 address."""
    try:
        ipaddress.ip_address(host.strip().strip("[]"))
    except ValueError:
        return False
    return True


@functools.lru_cache(maxsize=4096)
def is_remote_address(address: str) -> bool:
    """True for a literal IP address beyond loopback (a client's address; memoised, bounded)."""
    return is_ip_address(address) and not is_loopback(address)


def allow_public(settings: Settings) -> bool:
    """Whether the settings allow serving non-loopback clients without keys (``SEVENFOLD_ALLOW_PUBLIC``)."""
    return bool(getattr(settings, "allow_public", False))


def check_bind(host: str, *, api_keys: Sequence[str], allow_public: bool = False) -> None:
    """Raise ``InsecureBind`` for a public listen address without keys unless ``allow_public``."""
    if is_loopback(host) or allow_public or any(k.strip() for k in api_keys):
        return
    raise InsecureBind(
        f"refusing to listen on {host} without API keys: set SEVENFOLD_API_KEYS, "
        "or pass --allow-public (SEVENFOLD_ALLOW_PUBLIC=1) to serve it open on purpose"
    )


def _digest(value: str) -> bytes:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).digest()


class KeyRing:
    """The configured API keys, kept as SHA-256 digests and checked in constant time."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._digests = tuple(_digest(k.strip()) for k in keys if k.strip())

    @property
    def enabled(self) -> bool:
        """True when at least one key is configured."""
        return bool(self._digests)

    def match(self, candidate: str | None) -> int | None:
        """The index of the matching key, or None; every key is compared, whatever matches."""
        if not self._digests:
            return None
        probe = _digest(candidate or "")
        found = -1
        for index, digest in enumerate(self._digests):
            equal = secrets.compare_digest(probe, digest)
            found = index if equal and found < 0 else found
        return None if found < 0 or not candidate else found


def extract_key(headers: Iterable[tuple[bytes, bytes]]) -> str | None:
    """The API key of a request: ``Authorization: Bearer KEY`` or ``X-API-Key: KEY``."""
    for name, value in headers:
        if name == b"x-api-key":
            return value.decode("latin-1").strip() or None
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


class TokenBucketLimiter:
    """``per_minute`` requests per identity, with bursts up to that many; thread-safe, bounded memory."""

    def __init__(
        self,
        per_minute: int,
        *,
        max_identities: int = MAX_TRACKED_IDENTITIES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute must be positive")
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.max_identities = max_identities
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def acquire(self, identity: str) -> float:
        """Take one token: 0.0 when allowed, else the seconds until a token is available."""
        now = self._clock()
        with self._lock:
            tokens, stamp = self._buckets.pop(identity, (self.capacity, now))
            tokens = min(self.capacity, tokens + max(0.0, now - stamp) * self.rate)
            if tokens >= 1.0:
                self._buckets[identity] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[identity] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
            while len(self._buckets) > self.max_identities:
                self._buckets.popitem(last=False)
        return wait

    def __len__(self) -> int:
        return len(self._buckets)


def retry_after_header(wait: float) -> bytes:
    """``Retry-After`` in whole seconds, at least 1."""
    return str(max(1, math.ceil(wait))).encode()


async def send_json(send: Send, status: int, content: Any, headers: Sequence[tuple[bytes, bytes]] = ()) -> None:
    """Answer a request with a small JSON body from inside a middleware."""
    body = json.dumps(content, ensure_ascii=False).encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _error(loc: str, msg: str, kind: str) -> dict[str, Any]:
    return {"detail": [{"loc": ["header", loc] if loc else [], "msg": msg, "type": kind}]}


class AccessMiddleware:
    """Loopback guard, API keys and the rate limit, in that order, before any route runs."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        keys: KeyRing,
        limiter: TokenBucketLimiter | None,
        public: bool,
        log_drafts: bool = False,
    ) -> None:
        self.app = app
        self.keys = keys
        self.limiter = limiter
        self.public = public
        self.log_drafts = log_drafts

    @staticmethod
    def protected(method: str, path: str) -> bool:
        """True for the API (``/v1/…``) and every non-GET request except the probes."""
        if path in PROBE_PATHS:
            return False
        return path.startswith("/v1/") or method not in SAFE_METHODS

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Refuse, throttle or pass the request on."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = str(client[0]) if client else "unknown"
        if not self.keys.enabled and not self.public and is_remote_address(address):
            await send_json(
                send,
                403,
                _error("", "this server answers local clients only: configure API keys to open it", "forbidden"),
            )
            return
        method = str(scope.get("method", "GET"))
        path = str(scope.get("path", "/"))
        if not self.protected(method, path):
            await self.app(scope, receive, send)
            return
        identity = f"addr:{address}"
        if self.keys.enabled:
            index = self.keys.match(extract_key(scope.get("headers", ())))
            if index is None:
                # Failed attempts are throttled by address, so keys cannot be guessed at speed.
                wait = self.limiter.acquire(identity) if self.limiter is not None else 0.0
                if wait > 0:
                    await self._too_many(send, wait)
                    return
                await send_json(
                    send,
                    401,
                    _error("authorization", "a valid API key is required (Authorization: Bearer KEY)", "unauthorized"),
                    [(b"www-authenticate", b'Bearer realm="sevenfold"')],
                )
                return
            identity = f"key:{index}"
        if self.limiter is not None:
            wait = self.limiter.acquire(identity)
            if wait > 0:
                await self._too_many(send, wait)
                return
        if self.log_drafts and method == "POST" and path.startswith("/v1/check"):
            receive = self._logging_receive(receive, path)
        await self.app(scope, receive, send)

    @staticmethod
    async def _too_many(send: Send, wait: float) -> None:
        retry = retry_after_header(wait)
        await send_json(
            send,
            429,
            _error("", f"rate limit reached: retry in {retry.decode()} s", "rate_limited"),
            [(b"retry-after", retry)],
        )

    @staticmethod
    def _logging_receive(receive: Receive, path: str) -> Receive:
        """Log the body of a check request (explicitly enabled only), truncated."""
        chunks: list[bytes] = []
        size = 0

        async def wrapped() -> Message:
            nonlocal size
            message = await receive()
            if message["type"] == "http.request":
                chunk = message.get("body", b"")
                if size < LOGGED_BODY_CHARS:
                    chunks.append(chunk[: LOGGED_BODY_CHARS - size])
                size += len(chunk)
                if not message.get("more_body", False):
                    text = b"".join(chunks).decode("utf-8", "replace")
                    draft_log.debug("POST %s body (%d bytes): %s", path, size, text)
            return message

        return wrapped


class SecurityHeadersMiddleware:
    """Adds the security headers, the CSP and ``Cache-Control: no-store`` to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Decorate ``http.response.start`` without touching the body."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", "/"))
        csp = (DOCS_CSP if path in DOCS_PATHS else STRICT_CSP).encode()
        cacheable = path.startswith("/static/")

        async def decorated(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                extra = [h for h in BASE_HEADERS if h[0] not in present]
                if b"content-security-policy" not in present:
                    extra.append((b"content-security-policy", csp))
                if not cacheable and b"cache-control" not in present:
                    extra.append((b"cache-control", b"no-store"))
                message["headers"] = headers + extra
            await send(message)

        await self.app(scope, receive, decorated)


def install_security(app: FastAPI, settings: Settings) -> None:
    """Register the access guard, CORS (if origins are configured) and the headers on ``app``.

    Call after every other ``add_middleware``: the headers end outermost, so 401/413/429 carry them.
    """
    from starlette.middleware.cors import CORSMiddleware

    limiter = TokenBucketLimiter(settings.rate_limit_per_minute) if settings.rate_limit_per_minute > 0 else None
    app.add_middleware(
        AccessMiddleware,
        keys=KeyRing(settings.api_keys),
        limiter=limiter,
        public=allow_public(settings),
        log_drafts=settings.log_drafts,
    )
    origins = [o.strip() for o in settings.cors_origins if o.strip()]
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["authorization", "content-type", "x-api-key"],
            expose_headers=["retry-after"],
            allow_credentials=False,
            max_age=600,
        )
    app.add_middleware(SecurityHeadersMiddleware)
    if settings.log_drafts:
        log.warning("draft logging is ON (SEVENFOLD_LOG_DRAFTS): request bodies go to the 'sevenfold.drafts' logger")

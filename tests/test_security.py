"""Tests of app/api/security.py: keys in constant time, loopback guard, rate limit, CORS, headers, draft logging."""

from __future__ import annotations

import logging

import pytest
from fastapi import FastAPI, Request
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from app.api.security import (
    STRICT_CSP,
    AccessMiddleware,
    InsecureBind,
    KeyRing,
    TokenBucketLimiter,
    check_bind,
    extract_key,
    install_security,
    is_loopback,
    retry_after_header,
)
from app.settings import Settings

DRAFT = "Secret launch of Project Bluebird on 12 March"


class PublicSettings(Settings):
    """Settings with the (optional) allow_public switch the guard reads."""

    allow_public: bool = True


def make_app(settings: Settings) -> FastAPI:
    """A small app with the same routes' shapes as the API, hardened by install_security."""
    app = FastAPI()

    @app.post("/v1/check")
    async def check(request: Request) -> dict[str, str]:
        await request.body()
        return {"verdict": "ready"}

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/")
    async def form() -> dict[str, str]:
        return {"form": "here"}

    install_security(app, settings)
    return app


def client(settings: Settings, host: str = "127.0.0.1") -> TestClient:
    """A test client that looks like it comes from ``host``."""
    return TestClient(make_app(settings), client=(host, 50000))


# -- pure helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("::ffff:127.0.0.1", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.10", False),
        ("example.org", False),
    ],
)
def test_is_loopback(host: str, expected: bool) -> None:
    assert is_loopback(host) is expected


def test_check_bind_refuses_public_without_keys() -> None:
    with pytest.raises(InsecureBind, match="without API keys"):
        check_bind("0.0.0.0", api_keys=())
    with pytest.raises(InsecureBind):
        check_bind("::", api_keys=("  ",))


def test_check_bind_accepts_loopback_keys_or_explicit_public() -> None:
    check_bind("127.0.0.1", api_keys=())
    check_bind("localhost", api_keys=())
    check_bind("0.0.0.0", api_keys=("k1",))
    check_bind("0.0.0.0", api_keys=(), allow_public=True)


def test_keyring_matches_every_key_and_nothing_else() -> None:
    ring = KeyRing(["alpha", " beta ", ""])
    assert ring.enabled
    assert ring.match("alpha") == 0
    assert ring.match("beta") == 1
    assert ring.match("gamma") is None
    assert ring.match("") is None
    assert ring.match(None) is None
    assert not KeyRing([]).enabled
    assert KeyRing([]).match("alpha") is None


def test_keyring_compares_every_key_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import secrets

    calls: list[tuple[bytes, bytes]] = []
    real = secrets.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(secrets, "compare_digest", spy)
    ring = KeyRing(["k1", "k2", "k3"])
    ring.match("k1")
    assert len(calls) == 3  # no early exit on the first key
    assert all(len(a) == len(b) == 32 for a, b in calls)  # digests: the key's length never shows
    calls.clear()
    ring.match("nope")
    assert len(calls) == 3


@given(st.text())
def test_keyring_never_raises(candidate: str) -> None:
    ring = KeyRing(["s3cret"])
    assert ring.match(candidate) == (0 if candidate == "s3cret" else None)


def test_extract_key_reads_bearer_and_x_api_key() -> None:
    assert extract_key([(b"authorization", b"Bearer abc")]) == "abc"
    assert extract_key([(b"authorization", b"bearer   abc ")]) == "abc"
    assert extract_key([(b"x-api-key", b"xyz")]) == "xyz"
    assert extract_key([(b"authorization", b"Basic abc")]) is None
    assert extract_key([(b"authorization", b"Bearer ")]) is None
    assert extract_key([]) is None


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_token_bucket_allows_a_burst_then_throttles_and_refills() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter(3, clock=clock)
    assert [limiter.acquire("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    wait = limiter.acquire("a")
    assert wait == pytest.approx(20.0)  # 3 per minute: one token every 20 s
    assert limiter.acquire("b") == 0.0  # identities are independent
    clock.now += 20.0
    assert limiter.acquire("a") == 0.0
    assert limiter.acquire("a") > 0


def test_token_bucket_memory_is_bounded() -> None:
    limiter = TokenBucketLimiter(10, max_identities=100)
    for i in range(1000):
        limiter.acquire(f"addr:{i}")
    assert len(limiter) == 100


def test_token_bucket_rejects_zero_rate() -> None:
    with pytest.raises(ValueError):
        TokenBucketLimiter(0)


@given(st.floats(min_value=0.0001, max_value=1e6))
def test_retry_after_is_a_positive_whole_number(wait: float) -> None:
    value = int(retry_after_header(wait))
    assert value >= 1
    assert value >= wait


def test_protected_paths() -> None:
    assert AccessMiddleware.protected("POST", "/v1/check")
    assert AccessMiddleware.protected("GET", "/v1/rules")
    assert AccessMiddleware.protected("POST", "/")
    assert not AccessMiddleware.protected("GET", "/")
    assert not AccessMiddleware.protected("GET", "/healthz")
    assert not AccessMiddleware.protected("GET", "/readyz")


# -- through HTTP ---------------------------------------------------------------------------


def test_no_keys_loopback_clients_are_served() -> None:
    with client(Settings(offline=True)) as c:
        assert c.post("/v1/check", json={"text": "hi"}).status_code == 200


def test_no_keys_remote_clients_are_refused() -> None:
    with client(Settings(offline=True), host="203.0.113.7") as c:
        response = c.post("/v1/check", json={"text": "hi"})
        assert response.status_code == 403
        assert "local clients only" in response.json()["detail"][0]["msg"]
        assert c.get("/healthz").status_code == 403


def test_no_keys_remote_clients_served_when_told() -> None:
    with client(PublicSettings(offline=True), host="203.0.113.7") as c:
        assert c.post("/v1/check", json={"text": "hi"}).status_code == 200


def test_keys_required_when_configured() -> None:
    settings = Settings(offline=True, api_keys=("k-one", "k-two"))
    with client(settings, host="203.0.113.7") as c:
        missing = c.post("/v1/check", json={"text": "hi"})
        assert missing.status_code == 401
        assert missing.headers["www-authenticate"].startswith("Bearer")
        assert c.post("/v1/check", json={"text": "hi"}, headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert c.post("/v1/check", json={"text": "hi"}, headers={"Authorization": "Bearer k-two"}).status_code == 200
        assert c.post("/v1/check", json={"text": "hi"}, headers={"X-API-Key": "k-one"}).status_code == 200
        assert c.get("/healthz").status_code == 200  # probes stay open
        assert c.get("/").status_code == 200  # the form page itself is not secret


def test_rate_limit_answers_429_with_retry_after() -> None:
    settings = Settings(offline=True, rate_limit_per_minute=2)
    with client(settings) as c:
        assert c.post("/v1/check", json={"text": "a"}).status_code == 200
        assert c.post("/v1/check", json={"text": "b"}).status_code == 200
        limited = c.post("/v1/check", json={"text": "c"})
        assert limited.status_code == 429
        assert int(limited.headers["retry-after"]) >= 1
        assert limited.json()["detail"][0]["type"] == "rate_limited"
        assert c.get("/healthz").status_code == 200  # probes are never throttled


def test_rate_limit_is_per_key() -> None:
    settings = Settings(offline=True, rate_limit_per_minute=1, api_keys=("k1", "k2"))
    with client(settings) as c:
        assert c.post("/v1/check", json={"text": "a"}, headers={"X-API-Key": "k1"}).status_code == 200
        assert c.post("/v1/check", json={"text": "a"}, headers={"X-API-Key": "k1"}).status_code == 429
        assert c.post("/v1/check", json={"text": "a"}, headers={"X-API-Key": "k2"}).status_code == 200


def test_guessing_keys_is_throttled_by_address() -> None:
    settings = Settings(offline=True, rate_limit_per_minute=2, api_keys=("k1",))
    with client(settings) as c:
        codes = [
            c.post("/v1/check", json={"text": "a"}, headers={"X-API-Key": f"guess{i}"}).status_code for i in range(4)
        ]
        assert codes == [401, 401, 429, 429]


def test_cors_closed_by_default() -> None:
    with client(Settings(offline=True)) as c:
        preflight = c.options(
            "/v1/check",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert "access-control-allow-origin" not in preflight.headers
        simple = c.post("/v1/check", json={"text": "a"}, headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in simple.headers


def test_cors_opens_to_configured_origins_only() -> None:
    settings = Settings(offline=True, cors_origins=("https://studio.example",))
    with client(settings) as c:
        ok = c.options(
            "/v1/check",
            headers={
                "Origin": "https://studio.example",
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type,authorization",
            },
        )
        assert ok.status_code == 200
        assert ok.headers["access-control-allow-origin"] == "https://studio.example"
        bad = c.options(
            "/v1/check",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
        )
        assert bad.status_code == 400
        assert "access-control-allow-origin" not in bad.headers


def test_security_headers_on_every_response() -> None:
    settings = Settings(offline=True, api_keys=("k1",))
    with client(settings) as c:
        for response in (c.get("/"), c.post("/v1/check", json={"text": "a"}), c.get("/nowhere")):
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["x-frame-options"] == "DENY"
            assert response.headers["referrer-policy"] == "no-referrer"
            assert response.headers["content-security-policy"] == STRICT_CSP
            assert response.headers["cache-control"] == "no-store"
    csp = STRICT_CSP
    assert "'unsafe-inline'" not in csp
    assert "default-src 'none'" in csp
    assert "frame-ancestors 'none'" in csp


def test_docs_page_is_served_locally_with_a_csp_that_lets_swagger_load() -> None:
    from app.api.main import create_app
    from app.engine import Engine

    settings = Settings(offline=True)
    with TestClient(create_app(settings, engine=Engine.create(settings)), client=("127.0.0.1", 1)) as c:
        response = c.get("/docs")
        assert response.status_code == 200
        assert "/docs-static/swagger-ui-bundle.js" in response.text
        assert "cdn." not in response.text
        csp = response.headers["content-security-policy"]
        assert "script-src 'self' 'unsafe-inline'" in csp and "https:" not in csp
        assert c.get("/docs-static/swagger-ui-bundle.js").status_code == 200


def test_drafts_not_logged_by_default(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with client(Settings(offline=True)) as c:
        c.post("/v1/check", json={"text": DRAFT})
    assert DRAFT not in caplog.text


def test_drafts_logged_only_when_enabled(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="sevenfold.drafts")
    with client(Settings(offline=True, log_drafts=True)) as c:
        c.post("/v1/check", json={"text": DRAFT})
    assert any(DRAFT in r.getMessage() and r.name == "sevenfold.drafts" for r in caplog.records)

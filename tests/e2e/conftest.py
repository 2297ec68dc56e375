"""Fixtures of the end-to-end tests: the real app under uvicorn on a free loopback port, and Debian's
Chromium driven headless by Playwright (its own browser download does not work on our machines).

``SEVENFOLD_CHROMIUM`` names another Chromium binary. The tests are skipped, with the reason, only
when no Chromium is installed at all; CI installs it (``make install`` runs scripts/install-browser.sh).
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from app.api.main import create_app
from app.engine import Engine
from app.settings import Settings

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--font-render-hinting=none",
]
START_TIMEOUT = 30.0
WARM_LANGUAGES = ("en", "fr")
"""Each served engine reviews a draft in these before the tests: the first draft in a language builds its rule set
and models (5–6 s on a loaded two-core machine), which an ``expect``'s 5 s wait took for a broken form."""


def chromium_path() -> str | None:
    """The Chromium binary to drive: ``SEVENFOLD_CHROMIUM``, else Debian's ``chromium`` on the PATH."""
    configured = os.environ.get("SEVENFOLD_CHROMIUM")
    if configured:
        return configured if Path(configured).exists() else None
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class LiveServer:
    """A running Sevenfold server: its base URL and its engine."""

    url: str
    engine: Engine


def _serve(engine: Engine, settings: Settings) -> Iterator[LiveServer]:
    port = free_port()
    config = uvicorn.Config(
        create_app(settings, engine=engine),
        host="127.0.0.1",
        port=port,
        log_level="warning",
        access_log=False,
        lifespan="on",
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            pytest.fail("the Sevenfold test server did not start")
        time.sleep(0.05)
    url = f"http://127.0.0.1:{port}"
    for language in WARM_LANGUAGES:  # a language's first draft builds its rules: not within a test's 5 s wait
        httpx.post(url + "/v1/check", json={"text": "Bonjour, hello", "language": language}, timeout=120)
    yield LiveServer(url=url, engine=engine)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_server(engine: Engine, offline_settings: Settings) -> Iterator[LiveServer]:
    """The app with an offline engine (grammar skipped), served on a free loopback port."""
    yield from _serve(engine, offline_settings)


@pytest.fixture(scope="session")
def grammar_server(grammar_engine: Engine, grammar_settings: Settings) -> Iterator[LiveServer]:
    """The app with the session's real LanguageTool, served on a free loopback port."""
    yield from _serve(grammar_engine, grammar_settings)


@pytest.fixture(scope="package")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless (Playwright gives it a fresh profile); skipped only when none is installed.

    Package-scoped on purpose: Playwright's sync API keeps an event loop running in the main thread while
    it is open, which would break every asyncio test that runs after the browser tests.
    """
    executable = chromium_path()
    if executable is None:
        pytest.skip(
            "no Chromium: install Debian's 'chromium' package (make install does it as root) "
            "or set SEVENFOLD_CHROMIUM to a Chromium binary"
        )
    from playwright.sync_api import expect, sync_playwright

    # expect()'s own wait (5 s by default) is not the context's 15 s: on a loaded 2-core CI machine a report can take
    # longer than 5 s to appear, which failed test_a_french_excerpt_is_in_guillemets_with_their_spaces once (session 41)
    expect.set_options(timeout=15_000)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def _watched_page(browser: Any, **options: Any) -> Iterator[Any]:
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900}, **options)
    context.set_default_timeout(15_000)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    tab.on("console", lambda message: problems.append(f"console: {message.text}") if message.type == "error" else None)
    tab.expected_console = []  # substrings of console errors a test expects (e.g. a 401 it provokes)
    yield tab
    context.close()
    unexpected = [p for p in problems if not any(e in p for e in tab.expected_console)]
    assert not unexpected, unexpected


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    """A fresh French-speaking tab; the test fails on any script error or CSP violation."""
    yield from _watched_page(browser)


@pytest.fixture
def nojs_page(browser: Any) -> Iterator[Any]:
    """A fresh tab with JavaScript turned off (the form must still work)."""
    yield from _watched_page(browser, java_script_enabled=False)

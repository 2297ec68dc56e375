"""Session fixtures for ONE real LanguageTool for the whole test run (imported by tests/conftest.py).

The server is started from the provisioned cache (``make languagetool``; provisioned here if missing)
on a free loopback port by a real ``GrammarService`` whose supervisor runs on its own event loop in a
long-lived thread, so tests on any event loop (pytest-asyncio's per-test loops, ``app.testing.review_sync``)
can use it, and a killed JVM is restarted while the tests go on. It is stopped at the end of the
session. ``SEVENFOLD_LANGUAGETOOL_URL`` makes the fixtures use an existing server instead.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Coroutine, Iterator
from typing import Any, TypeVar

import pytest

from app.engine import Engine
from app.languagetool import provision
from app.languagetool.service import GrammarService
from app.settings import Settings

T = TypeVar("T")
START_TIMEOUT = 180.0

__all__ = [
    "LoopThread",
    "grammar_engine",
    "grammar_settings",
    "languagetool_runner",
    "languagetool_service",
    "languagetool_url",
]


class LoopThread:
    """An event loop running in a daemon thread; coroutines are submitted to it from any thread."""

    def __init__(self, name: str = "languagetool-loop") -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name=name, daemon=True)
        self.thread.start()

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run ``coro`` on the loop and wait for its result."""
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        """Stop the loop and its thread."""
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        if not self.thread.is_alive():
            self.loop.close()


@pytest.fixture(scope="session")
def grammar_settings() -> Settings:
    """Settings of the real-LanguageTool engine (URL from the environment, if any)."""
    return Settings(offline=False, languagetool_url=os.environ.get("SEVENFOLD_LANGUAGETOOL_URL") or None)


@pytest.fixture(scope="session")
def languagetool_runner() -> Iterator[LoopThread]:
    """The thread whose event loop supervises the session's LanguageTool."""
    runner = LoopThread()
    yield runner
    runner.close()


@pytest.fixture(scope="session")
def languagetool_service(grammar_settings: Settings, languagetool_runner: LoopThread) -> Iterator[GrammarService]:
    """A started, warmed, supervised LanguageTool shared by the whole session."""
    settings = grammar_settings
    if not settings.languagetool_url:
        try:
            provision.install(
                settings.languagetool_cache_dir, settings.languagetool_version, settings.languagetool_languages
            )
        except provision.ProvisionError as exc:
            pytest.fail(f"LanguageTool is not provisioned and cannot be: {exc} (run `make languagetool`)")
    service = GrammarService.from_settings(settings)
    languagetool_runner.run(service.start(wait=False))
    ready = languagetool_runner.run(service.wait_ready(START_TIMEOUT), timeout=START_TIMEOUT + 10)
    if not ready:
        reason = service.status()[1]
        languagetool_runner.run(service.stop(), timeout=30)
        pytest.fail(f"LanguageTool did not become ready: {reason}")
    yield service
    languagetool_runner.run(service.stop(), timeout=30)


@pytest.fixture
def languagetool_url(languagetool_service: GrammarService, languagetool_runner: LoopThread) -> str:
    """Base URL of the session's LanguageTool (``http://127.0.0.1:PORT``), read at each test.

    A fault test may kill the session's LanguageTool; its supervisor restarts it on another port, so the
    URL is read (after waiting for readiness) for each test rather than once for the session.
    """
    ready = languagetool_runner.run(languagetool_service.wait_ready(START_TIMEOUT), timeout=START_TIMEOUT + 10)
    url = languagetool_service.url
    if not ready or url is None:
        pytest.fail(f"the session's LanguageTool is not ready: {languagetool_service.status()[1]}")
    return url


@pytest.fixture(scope="session")
def grammar_engine(grammar_settings: Settings, languagetool_service: GrammarService) -> Engine:
    """An engine over the packaged rules with the real grammar service."""
    return Engine.create(grammar_settings, grammar=languagetool_service)

"""Degradation against the real LanguageTool: killed, paused (slow), unreachable, answering an error.

The grammar turn is then ``skipped``, ``unavailable`` names it, the rest of the report is complete
and arrives within the timeout; when LanguageTool is back, grammar comes back without restarting
anything. Every wait here is bounded (< 60 s).
"""

from __future__ import annotations

import asyncio
import os
import signal
import time

import pytest

from app.domain import FAMILY_ORDER, Family, Report, TurnStatus
from app.engine import Engine
from app.languagetool.client import LanguageToolClient, LanguageToolError
from app.languagetool.server import free_port
from app.languagetool.service import GrammarService
from app.settings import Settings

PRODUKT = "Our new produkt is live 🚀 https://ex.co/x @acme"
RECOVERY_TIMEOUT = 55.0


def grammar_turn(report: Report) -> TurnStatus:
    return next(t.status for t in report.turns if t.family is Family.GRAMMAR)


def assert_complete(report: Report) -> None:
    assert [t.family for t in report.turns] == list(FAMILY_ORDER)
    assert report.length.weighted > 0
    assert report.entities.urls and report.entities.mentions


async def test_killing_languagetool_mid_run_degrades_then_recovers(
    grammar_engine: Engine, languagetool_service: GrammarService
) -> None:
    process = languagetool_service.process
    assert process is not None and process.pid is not None
    old_pid = process.pid
    restarts = languagetool_service.stats.restarts
    timeout = grammar_engine.settings.grammar_timeout

    async def timed_review() -> tuple[Report, float]:
        started = time.monotonic()
        report = await grammar_engine.review(PRODUKT, language="en")
        return report, time.monotonic() - started

    tasks = [asyncio.create_task(timed_review()) for _ in range(30)]
    await asyncio.sleep(0.01)
    process.kill()  # SIGKILL the JVM while reviews are in flight
    tasks += [asyncio.create_task(timed_review()) for _ in range(30)]
    results = await asyncio.gather(*tasks)

    skipped = 0
    for report, elapsed in results:
        assert_complete(report)
        assert elapsed < timeout + 1.0
        if grammar_turn(report) is TurnStatus.SKIPPED:
            skipped += 1
            assert report.unavailable == ("grammar",)
            assert not [f for f in report.findings if f.family is Family.GRAMMAR]
        else:
            assert report.unavailable == ()
    assert skipped >= 30  # at least every review started after the kill

    deadline = time.monotonic() + 2.0
    while languagetool_service.status()[0] and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    ready, reason = languagetool_service.status()
    assert not ready and reason
    down = await grammar_engine.review(PRODUKT, language="en")
    assert down.unavailable == ("grammar",)
    assert_complete(down)

    assert await languagetool_service.wait_ready(RECOVERY_TIMEOUT), languagetool_service.status()
    assert languagetool_service.stats.restarts == restarts + 1
    assert languagetool_service.process is not None and languagetool_service.process.pid != old_pid
    with pytest.raises(ProcessLookupError):
        os.kill(old_pid, 0)
    back = await grammar_engine.review(PRODUKT, language="en")
    assert back.unavailable == ()
    assert [(f.offset, f.length) for f in back.findings if f.family is Family.GRAMMAR] == [(8, 7)]


async def test_slow_languagetool_is_skipped_within_the_timeout(
    grammar_settings: Settings, languagetool_service: GrammarService
) -> None:
    assert await languagetool_service.wait_ready(RECOVERY_TIMEOUT)
    engine = Engine.create(grammar_settings.model_copy(update={"grammar_timeout": 1.0}), grammar=languagetool_service)
    process = languagetool_service.process
    assert process is not None and process.pid is not None
    os.killpg(process.pid, signal.SIGSTOP)  # alive but not answering
    try:
        started = time.monotonic()
        report = await engine.review("Another produkt is live 🚀 https://ex.co/z @acme", language="en")
        elapsed = time.monotonic() - started
    finally:
        os.killpg(process.pid, signal.SIGCONT)
    assert elapsed < 2.0
    assert report.unavailable == ("grammar",)
    assert grammar_turn(report) is TurnStatus.SKIPPED
    assert_complete(report)
    assert await languagetool_service.wait_ready(RECOVERY_TIMEOUT)
    again = await engine.review(PRODUKT, language="en")
    assert again.unavailable == ()


async def test_unreachable_url_is_unavailable_and_named(grammar_settings: Settings) -> None:
    port = free_port()
    settings = grammar_settings.model_copy(
        update={"languagetool_url": f"http://127.0.0.1:{port}", "grammar_timeout": 2.0}
    )
    service = GrammarService.from_settings(settings)
    await service.start()
    try:
        engine = Engine.create(settings, grammar=service)
        started = time.monotonic()
        report = await engine.review(PRODUKT, language="en")
        assert time.monotonic() - started < 2.5
        assert report.unavailable == ("grammar",)
        assert_complete(report)
        await asyncio.sleep(0.3)
        ready, reason = service.status()
        assert not ready and reason and str(port) in reason
    finally:
        await service.stop()


async def test_existing_server_by_url(grammar_settings: Settings, languagetool_url: str) -> None:
    settings = grammar_settings.model_copy(update={"languagetool_url": languagetool_url})
    service = GrammarService.from_settings(settings)
    await service.start(wait=True)
    try:
        assert service.status() == (True, None)
        assert service.process is None  # nothing started
        engine = Engine.create(settings, grammar=service)
        report = await engine.review("Nous sommes ravis de vous acceuillir 🎉 @marie #événement", language="fr")
        assert [(f.offset, f.length) for f in report.findings if f.family is Family.GRAMMAR] == [(26, 10)]
    finally:
        await service.stop()


async def test_an_error_answer_is_a_languagetool_error(languagetool_url: str) -> None:
    client = LanguageToolClient(languagetool_url, timeout=5.0)
    try:
        with pytest.raises(LanguageToolError, match="400"):
            await client.check("Some text", "xx-XX")
    finally:
        await client.aclose()

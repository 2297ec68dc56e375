"""The Nagle/delayed-ACK stall: detected on a real LanguageTool started without TCP_NODELAY, absent on ours.

LanguageTool runs on the JDK's com.sun.net.httpserver, which writes a response's headers and body
separately; without ``-Dsun.net.httpserver.nodelay=true`` the body waits for the client's delayed ACK
(~40 ms) on a kept-alive connection. The probe times the health check three ways and compares its
own measurements (medians), so these tests assert on its verdict and on what the service does with it,
never on a latency. A second LanguageTool (no nodelay property) is started for this module.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.domain import Family
from app.engine import Engine
from app.languagetool.client import FRESH, KEEP_ALIVE, QUICK_ACK_AVAILABLE, LanguageToolClient, StallProbe
from app.languagetool.provision import find_installation
from app.languagetool.server import LanguageToolProcess, ServerOptions, free_port
from app.languagetool.service import GrammarService
from app.settings import Settings

START_TIMEOUT = 180.0
DRAFT = "Nous sommes ravis de vous acceuillir 🎉 @marie #événement"


def _url(service: GrammarService) -> str:
    url = service.url
    assert url is not None
    return url


# -- the verdict, from fixed figures ------------------------------------------------------------


def test_a_stall_is_a_delayed_ack_over_the_fresh_median() -> None:
    probe = StallProbe(plain_ms=(44, 45, 43, 12, 46), kept_ms=(3, 2, 4, 3, 2), fresh_ms=(3, 4, 3, 5, 3), quick_ack=True)
    assert probe.server_stalls and not probe.client_stalls
    assert probe.mode == KEEP_ALIVE
    assert "stalls" in probe.summary() and "quick ACKs" in probe.summary() and "44.0 ms" in probe.summary()


def test_noise_is_not_a_stall_and_a_slow_fresh_path_is_not_one_either() -> None:
    loaded = StallProbe(plain_ms=(9, 30, 12, 11), kept_ms=(8, 31, 10, 12), fresh_ms=(10, 12, 28, 11), quick_ack=True)
    assert not loaded.server_stalls and loaded.mode == KEEP_ALIVE
    remote = StallProbe(plain_ms=(60, 61, 62), kept_ms=(60, 61, 62), fresh_ms=(120, 121, 119), quick_ack=False)
    assert not remote.server_stalls and remote.mode == KEEP_ALIVE
    assert "no stall" in remote.summary()


def test_without_quick_acks_a_stalling_server_means_fresh_connections() -> None:
    probe = StallProbe(plain_ms=(44, 45, 43), kept_ms=(44, 46, 45), fresh_ms=(3, 4, 3), quick_ack=False)
    assert probe.server_stalls and probe.client_stalls
    assert probe.mode == FRESH
    assert "fresh connection per check" in probe.summary()


# -- our own LanguageTool (started with the nodelay property) -------------------------------------


async def test_the_supervised_server_runs_with_tcp_nodelay_and_does_not_stall(
    languagetool_service: GrammarService,
) -> None:
    assert await languagetool_service.wait_ready(START_TIMEOUT)
    process = languagetool_service.process
    if process is None:
        pytest.skip("SEVENFOLD_LANGUAGETOOL_URL given: no supervised LanguageTool here")
    assert "-Dsun.net.httpserver.nodelay=true" in process.command(process.installation.root)
    probe = languagetool_service.probe
    assert probe is not None
    assert not probe.server_stalls and not probe.client_stalls, probe.medians()
    assert "no stall" in (languagetool_service.connection() or "")


async def test_a_plain_client_sees_no_stall_on_our_server(languagetool_service: GrammarService) -> None:
    assert await languagetool_service.wait_ready(START_TIMEOUT)
    # the URL read now, not the session fixture's: a fault test may have restarted LanguageTool on another port
    client = LanguageToolClient(_url(languagetool_service), quick_ack=False)
    probe = await client.probe_stall()
    await client.aclose()
    assert not probe.server_stalls, probe.medians()
    assert probe.mode == KEEP_ALIVE


# -- a LanguageTool we did not start, without the property ------------------------------------


@pytest.fixture(scope="module")
def stalling_url() -> Iterator[str]:
    """A second real LanguageTool, started as LanguageTool's docs do: no TCP_NODELAY."""
    settings = Settings()
    installation = find_installation(settings.languagetool_cache_dir, settings.languagetool_version)
    if installation is None:
        pytest.fail("LanguageTool is not provisioned (make languagetool)")
    options = ServerOptions(heap="512m", max_check_threads=2, tcp_nodelay=False)
    process = LanguageToolProcess(installation, free_port(), options)
    assert "-Dsun.net.httpserver.nodelay=true" not in process.command(installation.root)
    process.start()
    try:
        deadline = time.monotonic() + START_TIMEOUT
        with httpx.Client(timeout=2.0, trust_env=False) as http:
            while True:
                if not process.alive():
                    pytest.fail(f"LanguageTool without nodelay did not start: {process.failure_reason()}")
                try:
                    if http.get(f"{process.url}/v2/healthcheck").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail("LanguageTool without nodelay did not answer in time")
                time.sleep(0.2)
        process.started()
        yield process.url
    finally:
        process.stop()


def _by_url(url: str, *, quick_ack: bool = QUICK_ACK_AVAILABLE) -> tuple[GrammarService, Settings]:
    settings = Settings(offline=False, languagetool_url=url)
    service = GrammarService(
        url=url,
        languages=settings.languagetool_languages,
        version=settings.languagetool_version,
        cache_dir=settings.languagetool_cache_dir,
        check_timeout=4.5,
        start_timeout=START_TIMEOUT,
        quick_ack=quick_ack,
    )
    return service, settings


async def test_the_probe_sees_the_stall(stalling_url: str) -> None:
    plain = LanguageToolClient(stalling_url, quick_ack=False)
    probe = await plain.probe_stall()
    await plain.aclose()
    assert probe.server_stalls, probe.medians()
    assert probe.client_stalls  # without quick ACKs, even this client's kept-alive connections stall
    assert probe.mode == FRESH


@pytest.mark.skipif(not QUICK_ACK_AVAILABLE, reason="TCP_QUICKACK is Linux-only")
async def test_quick_acks_do_not_stall_on_a_stalling_server(stalling_url: str) -> None:
    client = LanguageToolClient(stalling_url)
    probe = await client.probe_stall()
    await client.aclose()
    assert probe.server_stalls, probe.medians()
    assert not probe.client_stalls, probe.medians()
    assert probe.mode == KEEP_ALIVE


async def test_a_stalling_server_by_url_is_reported_and_worked_around(stalling_url: str) -> None:
    service, settings = _by_url(stalling_url)
    await service.start(wait=True)
    try:
        assert service.status() == (True, None)
        assert service.probe is not None and service.probe.server_stalls, service.probe
        note = service.connection() or ""
        assert "stalls kept-alive connections" in note and "-Dsun.net.httpserver.nodelay=true" in note
        engine = Engine.create(settings, grammar=service)
        report = await engine.review(DRAFT, language="fr")
        assert [(f.offset, f.length) for f in report.findings if f.family is Family.GRAMMAR] == [(26, 10)]
        with TestClient(create_app(settings, engine=engine)) as api:
            ready = api.get("/readyz")
        assert ready.status_code == 200
        assert ready.json()["engines"]["languagetool"] == "ready"
        assert ready.json()["notes"]["languagetool"] == note
    finally:
        await service.stop()


async def test_without_quick_acks_the_service_falls_back_to_fresh_connections(stalling_url: str) -> None:
    service, settings = _by_url(stalling_url, quick_ack=False)
    await service.start(wait=True)
    try:
        assert service.probe is not None and service.probe.mode == FRESH, service.probe
        assert "a fresh connection per check" in (service.connection() or "")
        engine = Engine.create(settings, grammar=service)
        for _ in range(3):  # fresh connections keep working one after another
            report = await engine.review(DRAFT, language="fr")
            assert [(f.offset, f.length) for f in report.findings if f.family is Family.GRAMMAR] == [(26, 10)]
    finally:
        await service.stop()


async def test_fresh_and_kept_alive_clients_get_the_same_answer(languagetool_service: GrammarService) -> None:
    assert await languagetool_service.wait_ready(START_TIMEOUT)
    kept = LanguageToolClient(_url(languagetool_service))
    fresh = LanguageToolClient(_url(languagetool_service), mode=FRESH)
    try:
        for text, code in (("This are a smal test.", "en-US"), ("Ceci sont un tesst 🎉.", "fr")):
            assert await kept.check(text, code) == await fresh.check(text, code)
        await kept.set_mode(FRESH)
        assert kept.mode == FRESH
        assert await kept.check("This are a smal test.", "en-US") == await fresh.check("This are a smal test.", "en-US")
    finally:
        await kept.aclose()
        await fresh.aclose()

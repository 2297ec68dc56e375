"""Grammar benchmark: full reviews against bare LanguageTool on the same drafts, interleaved, same run.

Baseline ``bare /v2/check``: the draft posted as plain ``text`` to the same LanguageTool by a client
that cannot stall — a raw socket, a fresh connection each time, the request written in one piece,
read to the end. It shares nothing with Sevenfold's client (app/languagetool/client.py).

- in process: ``Engine.review`` (all seven turns, grammar through Sevenfold's client with annotated
  ``data``) of a few hundred FR/EN drafts, one at a time, interleaved with the baseline (the order
  alternates per draft); also Sevenfold's client alone (``check_raw`` of the same ``text``) for the
  client's own cost;
- over HTTP: ``POST /v1/check`` to ``sevenfold serve`` (1 worker, ``SEVENFOLD_LANGUAGETOOL_URL`` = this
  LanguageTool) sent by the same raw-socket client as the baseline, interleaved with it;
- the stall probe's own figures (``GET /v2/healthcheck``: plain kept-alive, Sevenfold's kept-alive,
  fresh connections), LanguageTool's start-up time to ready and its resident memory.

LanguageTool's result cache is off here (``cacheSize=0``) so that the paths never answer from each
other's work. Targets (issue 15): full/bare p50 ≤ 1.10 in process, ≤ 1.25 over HTTP.
Before issue 15 the baseline went through Sevenfold's own kept-alive client, which stalled ~40 ms per
check like the full review did (LanguageTool ran without TCP_NODELAY): "1.10×" compared two stalled paths.
``SEVENFOLD_BENCH_GRAMMAR_DRAFTS`` sets the count (300). No draft text is printed.
"""

from __future__ import annotations

import asyncio
import json
import os
import time
from contextlib import ExitStack
from typing import Any
from urllib.parse import urlencode, urlsplit

from bench import Row, fill_ratios, latency_row, print_rows
from bench.bench_offline import generate_drafts

DRAFTS = int(os.environ.get("SEVENFOLD_BENCH_GRAMMAR_DRAFTS", "300"))
TARGET_IN_PROCESS = 1.10
TARGET_HTTP = 1.25


async def raw_post(url: str, path: str, body: bytes, content_type: str) -> bytes:
    """POST ``body`` on a fresh connection, the request in one write, ``Connection: close``; the answer."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    reader, writer = await asyncio.open_connection(host, port)
    try:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept: application/json\r\n"
            f"Content-Type: {content_type}\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        )
        writer.write(head.encode("ascii") + body)
        answer = await reader.read()
    finally:
        writer.close()
    if not answer.startswith(b"HTTP/1.1 200"):
        raise RuntimeError(f"{path} answered {answer[:12]!r}")
    return answer


def _form(text: str, code: str) -> bytes:
    return urlencode({"text": text, "language": code, "level": "default"}).encode("ascii")


async def _in_process(service: Any, engine: Any, drafts: list[tuple[str, str]]) -> dict[str, list[float]]:
    from app.languagetool.client import LanguageToolClient

    url = service.url
    client = LanguageToolClient(url, timeout=30.0)
    out: dict[str, list[float]] = {"bare": [], "client": [], "full": []}
    skipped = 0
    try:
        for index, (text, language) in enumerate(drafts):
            code = service.language_code(language, language) or language

            async def bare(text: str = text, code: str = code) -> None:
                t0 = time.perf_counter()
                await raw_post(url, "/v2/check", _form(text, code), "application/x-www-form-urlencoded")
                out["bare"].append(time.perf_counter() - t0)

            async def ours(text: str = text, code: str = code) -> None:
                t0 = time.perf_counter()
                await client.check_raw({"text": text, "language": code, "level": "default"})
                out["client"].append(time.perf_counter() - t0)

            async def full(text: str = text, language: str = language) -> None:
                nonlocal skipped
                t0 = time.perf_counter()
                report = await engine.review(text, language=language)
                out["full"].append(time.perf_counter() - t0)
                skipped += "grammar" in report.unavailable

            paths = [bare, ours, full]
            shift = index % 3
            for path in paths[shift:] + paths[:shift]:
                await path()
    finally:
        await client.aclose()
    out["skipped"] = [float(skipped)]
    return out


async def _over_http(lt_url: str, api_url: str, drafts: list[tuple[str, str]], codes: dict[str, str]) -> Any:
    out: dict[str, list[float]] = {"bare": [], "full": []}
    skipped = 0
    for index, (text, language) in enumerate(drafts):

        async def bare(text: str = text, language: str = language) -> None:
            t0 = time.perf_counter()
            await raw_post(lt_url, "/v2/check", _form(text, codes[language]), "application/x-www-form-urlencoded")
            out["bare"].append(time.perf_counter() - t0)

        async def full(text: str = text, language: str = language) -> None:
            nonlocal skipped
            body = json.dumps({"text": text, "language": language}).encode("utf-8")
            t0 = time.perf_counter()
            answer = await raw_post(api_url, "/v1/check", body, "application/json")
            out["full"].append(time.perf_counter() - t0)
            payload = json.loads(answer.partition(b"\r\n\r\n")[2])
            skipped += "grammar" in payload.get("unavailable", [])

        for path in (bare, full) if index % 2 else (full, bare):
            await path()
    out["skipped"] = [float(skipped)]
    return out


async def _measure(count: int) -> dict[str, Any]:
    from app.engine import Engine
    from app.languagetool.server import ServerOptions
    from app.languagetool.service import GrammarService
    from app.settings import Settings
    from bench.bench_http import sevenfold_server

    settings = Settings(offline=False)
    service = GrammarService.from_settings(settings)
    # no result cache: neither path may answer from the other's work on the same drafts
    service.options = ServerOptions(heap=settings.languagetool_heap, cache_size=0)
    started = time.monotonic()
    await service.start(wait=True)
    ready, reason = service.status()
    if not ready:
        await service.stop()
        return {"skipped": f"LanguageTool not ready: {reason}"}
    start_to_ready = service.stats.last_start_to_ready or (time.monotonic() - started)
    notes: list[str] = []
    try:
        probe = getattr(service, "probe", None)  # None before issue 15 (the "before" run)
        engine = Engine.create(settings, grammar=service)
        drafts = generate_drafts(count, seed=2027)
        # untimed, on other texts: connections, JIT and code paths warm
        await _in_process(service, engine, generate_drafts(12, seed=99))
        local = await _in_process(service, engine, drafts)
        lt_url = service.url
        assert lt_url is not None
        codes = {lang: service.language_code(lang, lang) or lang for lang in ("en", "fr")}
        env = {"SEVENFOLD_OFFLINE": "0", "SEVENFOLD_LANGUAGETOOL_URL": lt_url, "SEVENFOLD_RATE_LIMIT_PER_MINUTE": "0"}
        with ExitStack() as stack:
            api_url = await asyncio.to_thread(stack.enter_context, sevenfold_server(1, env))
            await _over_http(lt_url, api_url, generate_drafts(12, seed=99), codes)
            http = await _over_http(lt_url, api_url, drafts, codes)
        process = service.process
        rss = process.rss_bytes() if process is not None else None
    finally:
        await service.stop()
    rows: list[Row] = [
        latency_row("bare /v2/check (fresh connection, raw socket)", local["bare"]),
        latency_row("Sevenfold's LanguageTool client alone", local["client"], baseline=_BARE),
        latency_row("full review, in process", local["full"], baseline=_BARE),
        latency_row("bare /v2/check over HTTP (interleaved with the next row)", http["bare"]),
        latency_row("full review over HTTP (POST /v1/check, 1 worker)", http["full"], baseline=_BARE_HTTP),
        {"name": "LanguageTool start to ready", "unit": "s", "value": round(start_to_ready, 2)},
    ]
    if probe is not None:
        for label, value in probe.medians().items():
            rows.append({"name": f"stall probe: {label} (GET /v2/healthcheck)", "unit": "ms", "p50": value})
        notes.append(f"stall probe: {probe.summary()}")
    if rss is not None:
        rows.append({"name": "LanguageTool RSS", "unit": "MB", "value": round(rss / 1e6)})
    fill_ratios(rows)
    ratio_local, ratio_http = rows[2].get("ratio"), rows[4].get("ratio")
    notes += [
        f"{len(drafts)} FR/EN drafts, sequential, interleaved; LanguageTool result cache off",
        f"full/bare p50 in process {ratio_local:.2f} (target ≤ {TARGET_IN_PROCESS:.2f}), "
        f"over HTTP {ratio_http:.2f} (target ≤ {TARGET_HTTP:.2f})",
        f"grammar skipped in {int(local['skipped'][0])} in-process and {int(http['skipped'][0])} HTTP reviews",
        f"languages: {', '.join(sorted(service.languages()))}",
    ]
    return {
        "rows": rows,
        "notes": notes,
        "ratio_p50": ratio_local,
        "ratio_http_p50": ratio_http,
        "target": TARGET_IN_PROCESS,
        "target_http": TARGET_HTTP,
        "probe": None
        if probe is None
        else {"plain_ms": probe.plain_ms, "kept_ms": probe.kept_ms, "fresh_ms": probe.fresh_ms},
    }


_BARE = "bare /v2/check (fresh connection, raw socket)"
_BARE_HTTP = "bare /v2/check over HTTP (interleaved with the next row)"


def main() -> dict[str, Any]:
    """Run the grammar benchmark, print its table, return the results."""
    results = asyncio.run(_measure(DRAFTS))
    if "rows" in results:
        print_rows("grammar: full review vs bare LanguageTool", results["rows"])
        for note in results["notes"]:
            print(f"  {note}")
    else:
        print(f"grammar benchmark skipped: {results.get('skipped')}")
    return results


if __name__ == "__main__":
    main()

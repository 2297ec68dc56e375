"""Grammar benchmark: full reviews with LanguageTool versus raw LanguageTool on the same drafts, same run.

- ``full review``: ``Engine.review`` (all seven turns, grammar through the supervised LanguageTool
  with annotated ``data``) of a few hundred FR/EN drafts, one at a time;
- baseline ``raw /v2/check``: the same texts posted as plain ``text`` to the same LanguageTool.
  Each text is sent once per path (the two request shapes never share LanguageTool's result cache);
  the order of the two calls alternates per draft.
- LanguageTool's start-up time to ready (health + one warm-up check per language) and its resident
  memory after the run.

Target: full review p50 ≤ 1.10 × raw p50. ``SEVENFOLD_BENCH_GRAMMAR_DRAFTS`` sets the count (300).
No draft text is printed.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any

from bench import Row, fill_ratios, latency_row, print_rows
from bench.bench_offline import generate_drafts

DRAFTS = int(os.environ.get("SEVENFOLD_BENCH_GRAMMAR_DRAFTS", "300"))
TARGET_RATIO = 1.10


async def _measure(count: int) -> dict[str, Any]:
    from app.engine import Engine
    from app.languagetool.client import LanguageToolClient
    from app.languagetool.service import GrammarService
    from app.settings import Settings

    settings = Settings(offline=False)
    service = GrammarService.from_settings(settings)
    started = time.monotonic()
    await service.start(wait=True)
    ready, reason = service.status()
    if not ready:
        await service.stop()
        return {"skipped": f"LanguageTool not ready: {reason}"}
    start_to_ready = service.stats.last_start_to_ready or (time.monotonic() - started)
    try:
        engine = Engine.create(settings, grammar=service)
        url = service.url
        assert url is not None
        raw = LanguageToolClient(url, timeout=30.0)
        drafts = generate_drafts(count, seed=2027)
        # one untimed round trip each way, on other texts, so connections and code paths are warm
        for text, language in generate_drafts(10, seed=99):
            await engine.review(text, language=language)
            await raw.check_raw({"text": text, "language": service.language_code(language, language) or language})
        full: list[float] = []
        plain: list[float] = []
        grammar_skipped = 0
        for index, (text, language) in enumerate(drafts):
            code = service.language_code(language, language) or language

            async def run_full(text: str = text, language: str = language) -> None:
                nonlocal grammar_skipped
                t0 = time.perf_counter()
                report = await engine.review(text, language=language)
                full.append(time.perf_counter() - t0)
                grammar_skipped += "grammar" in report.unavailable

            async def run_raw(text: str = text, code: str = code) -> None:
                t0 = time.perf_counter()
                await raw.check_raw({"text": text, "language": code})
                plain.append(time.perf_counter() - t0)

            if index % 2:
                await run_full()
                await run_raw()
            else:
                await run_raw()
                await run_full()
        await raw.aclose()
        process = service.process
        rss = process.rss_bytes() if process is not None else None
    finally:
        await service.stop()
    rows: list[Row] = [
        latency_row("raw /v2/check", plain),
        latency_row("full review", full, baseline="raw /v2/check"),
        {"name": "LanguageTool start to ready", "unit": "s", "value": round(start_to_ready, 2)},
    ]
    if rss is not None:
        rows.append({"name": "LanguageTool RSS", "unit": "MB", "value": round(rss / 1e6)})
    fill_ratios(rows)
    ratio = rows[1].get("ratio")
    notes = [
        f"{len(drafts)} FR/EN drafts, sequential; target full/raw p50 ≤ {TARGET_RATIO:.2f}",
        f"grammar skipped in {grammar_skipped} reviews",
        f"languages: {', '.join(sorted(service.languages()))}",
    ]
    return {"rows": rows, "notes": notes, "ratio_p50": ratio, "target": TARGET_RATIO}


def main() -> dict[str, Any]:
    """Run the grammar benchmark, print its table, return the results."""
    results = asyncio.run(_measure(DRAFTS))
    if "rows" in results:
        print_rows("grammar: full review vs raw LanguageTool", results["rows"])
        for note in results["notes"]:
            print(f"  {note}")
    else:
        print(f"grammar benchmark skipped: {results.get('skipped')}")
    return results


if __name__ == "__main__":
    main()

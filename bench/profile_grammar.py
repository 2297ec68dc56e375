"""Where a full review's time goes, grammar included, on 300 real tweets (``python -m bench.profile_grammar``).

Not part of ``make bench`` (no ``bench_`` prefix): a profile to read, not a ratio to track. Drafts are
the first 150 English and 150 French tweets of ``../shared/data/train/*-dev.jsonl`` (round-robin over
the files, in file order); LanguageTool is the one Sevenfold supervises (production settings: result
cache on, TCP_NODELAY). It prints, per draft (µs, median and p99):

- the stages of the grammar turn on Sevenfold's side: annotation building (``annotate`` +
  ``annotation_data``), the JSON parse of LanguageTool's answer, the UTF-16 → code-point mapping
  (``Utf16Index`` + ``parse_matches``) and the filtering (``keep_match``), each timed alone on the
  answers LanguageTool gave for these drafts;
- the overlap of the grammar request with the CPU turns: a full review against the grammar turn alone
  (``service.check``) and the CPU turns alone (offline review), and how much CPU time passes between
  the review's start and the request's first byte on the socket;
- the top functions of Sevenfold's process over 300 full reviews (cProfile, own time).

No draft text is printed. ``SEVENFOLD_PROFILE_DATA`` points at another folder of ``*-dev.jsonl``.
"""

from __future__ import annotations

import asyncio
import cProfile
import io
import json
import os
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import percentile

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("SEVENFOLD_PROFILE_DATA", ROOT.parent / "shared" / "data" / "train"))
PER_LANGUAGE = 150


def real_tweets(per_language: int = PER_LANGUAGE) -> list[tuple[str, str]]:
    """``per_language`` (text, language) tweets per language, round-robin over that language's dev files."""
    out: list[tuple[str, str]] = []
    for language in ("en", "fr"):
        files = sorted(DATA.glob(f"{language}-*-dev.jsonl"))
        columns = [
            [json.loads(line)["text"] for line in f.read_text(encoding="utf-8").splitlines() if line] for f in files
        ]
        picked: list[str] = []
        row = 0
        while len(picked) < per_language and any(row < len(c) for c in columns):
            picked.extend(c[row] for c in columns if row < len(c) and c[row].strip())
            row += 1
        out.extend((text, language) for text in picked[:per_language])
    return out


def _stats(label: str, seconds: list[float]) -> str:
    us = [s * 1e6 for s in seconds]
    return f"{label:<58} median {statistics.median(us):9.1f} µs   p99 {percentile(us, 99):9.1f} µs"


def _time_each(items: list[Any], func: Callable[[Any], object], repeat: int = 5) -> list[float]:
    samples = []
    for item in items:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.perf_counter()
            func(item)
            best = min(best, time.perf_counter() - t0)
        samples.append(best)
    return samples


async def _profile() -> None:
    from app.engine import Engine
    from app.languagetool.client import (
        Utf16Index,
        accepted_spans,
        annotate,
        annotation_data,
        keep_match,
        parse_matches,
    )
    from app.languagetool.service import GrammarService
    from app.settings import Settings

    tweets = real_tweets()
    settings = Settings(offline=False)
    service = GrammarService.from_settings(settings)
    await service.start(wait=True)
    ready, reason = service.status()
    if not ready:
        await service.stop()
        print(f"LanguageTool not ready: {reason}")
        return
    try:
        engine = Engine.create(settings, grammar=service)
        offline = Engine.create(settings.model_copy(update={"offline": True}))
        policy = engine.base_policy
        drafts = [engine.prepare(text, policy, language) for text, language in tweets]
        client = service._client
        assert client is not None
        print(f"{len(tweets)} real tweets ({sum(1 for _, lang in tweets if lang == 'fr')} fr); {service.connection()}")

        # LanguageTool's answers for these drafts (as the service sends them), kept for the CPU stages
        answers: list[bytes] = []
        for draft in drafts:
            code = service.language_code(draft.language, draft.variant) or draft.language
            form = {
                "language": code,
                "level": "default",
                "data": annotation_data(draft.text, annotate(draft.text, draft.entities)),
            }
            answers.append(await client._request("POST", "/v2/check", data=form))
        payloads = [json.loads(a) for a in answers]
        matched = sum(len(p.get("matches", [])) for p in payloads)
        astral = sum(1 for d in drafts if any(ord(ch) > 0xFFFF for ch in d.text))
        print(f"{matched} LanguageTool matches; {astral} drafts with characters beyond the BMP (emoji)\n")

        print("Sevenfold's side of the grammar turn, per draft (CPU only, best of 5):")
        print(
            _stats(
                "annotation (annotate + annotation_data)",
                _time_each(drafts, lambda d: annotation_data(d.text, annotate(d.text, d.entities))),
            )
        )
        print(_stats("JSON parse of LanguageTool's answer (json.loads)", _time_each(answers, json.loads)))
        pairs = list(zip(payloads, drafts, strict=True))
        print(_stats("UTF-16 index alone (Utf16Index)", _time_each(drafts, lambda d: Utf16Index(d.text))))
        print(
            _stats(
                "UTF-16 → code points + matches (parse_matches)",
                _time_each(pairs, lambda p: parse_matches(p[0], p[1].text)),
            )
        )
        parsed = [(parse_matches(p, d.text), d) for p, d in pairs]
        print(
            _stats(
                "filter (keep_match, accepted_spans)",
                _time_each(
                    parsed,
                    lambda md: [
                        m
                        for m in md[0]
                        if keep_match(m, md[1].text, md[1].entity_spans, frozenset(), accepted_spans(md[1].text, ()))
                    ],
                ),
            )
        )

        # overlap: full review vs grammar alone vs CPU turns alone, interleaved per draft
        full, grammar, cpu = [], [], []
        for text, language in tweets[:20]:  # warm
            await engine.review(text, language=language)
        for index, (text, language) in enumerate(tweets):
            draft = engine.prepare(text, policy, language)

            async def run_full(text: str = text, language: str = language) -> None:
                t0 = time.perf_counter()
                await engine.review(text, language=language)
                full.append(time.perf_counter() - t0)

            async def run_grammar(draft: Any = draft) -> None:
                t0 = time.perf_counter()
                await service.check(draft, frozenset())
                grammar.append(time.perf_counter() - t0)

            async def run_cpu(text: str = text, language: str = language) -> None:
                t0 = time.perf_counter()
                await offline.review(text, language=language)
                cpu.append(time.perf_counter() - t0)

            paths = [run_full, run_grammar, run_cpu]
            shift = index % 3
            for path in paths[shift:] + paths[:shift]:
                await path()
        g, c, f = (statistics.median(x) * 1e3 for x in (grammar, cpu, full))
        print(
            "\nOverlap of the grammar request with the CPU turns (ms, median over the tweets, LanguageTool cache warm):"
        )
        print(f"  grammar turn alone {g:.2f}   CPU turns alone {c:.2f}   full review {f:.2f}")
        hidden = g + c - f
        print(
            f"  serial would be {g + c:.2f}; hidden CPU time {hidden:.2f} of {min(g, c):.2f} ({hidden / min(g, c):.0%})"
        )

        # CPU time spent before the request leaves: time to the socket write, inside a full review
        from app.languagetool import client as client_module

        sent_at: list[float] = []
        original = client_module._Connection.exchange

        async def timed_exchange(self: Any, request: bytes) -> tuple[int, bytes, bool]:
            sent_at.append(time.perf_counter())
            return await original(self, request)

        client_module._Connection.exchange = timed_exchange  # type: ignore[method-assign]
        to_send = []
        try:
            for text, language in tweets:
                sent_at.clear()
                t0 = time.perf_counter()
                await engine.review(text, language=language)
                if sent_at:
                    to_send.append(sent_at[0] - t0)
        finally:
            client_module._Connection.exchange = original  # type: ignore[method-assign]
        if to_send:
            print(_stats("  review start → request's first byte on the socket", to_send))

        profiler = cProfile.Profile()
        profiler.enable()
        for text, language in tweets:
            await engine.review(text, language=language)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(22)
        print(f"\nTop functions over {len(tweets)} full reviews (cProfile, own time):")
        lines = out.getvalue().splitlines()
        start = next((i for i, line in enumerate(lines) if "ncalls" in line), 0)
        print("\n".join(line.replace(str(ROOT) + "/", "") for line in lines[start:] if line.strip()))
    finally:
        await service.stop()


def main() -> None:
    """Run the profile and print it."""
    asyncio.run(_profile())


if __name__ == "__main__":
    main()

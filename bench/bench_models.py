"""The learned models' cost: time per draft and resident memory, on the real dev tweets.

Drafts: every tweet of ``../shared/data/train/*-dev.jsonl`` (English and French; skipped when the folder
is absent), each sent once with a distinct suffix so no per-text cache answers for it (the per-token
cache stays warm, as in a running server). In one process, it measures:

- resident memory before and after reading every model file (target: growth ≤ 40 MiB), and of it the bytes the
  model files' vocabularies (UTF-8, offsets, hash table) and weights (float32 rows) hold;
- the in-run baseline: the lexicon sentiment the tone turn already computed (VADER / textblob-fr);
- all the models a review asks (offensive, hate, sentiment) on one draft (target: p50 ≤ 0.15 ms);
- occlusion drivers of the offensive model (only paid when a finding is made);
- the whole offline review as shipped, and with the learned models turned off by policy
  (``risk.offensive`` off, ``risk.profanity`` and the tone rules without ``model``; ``risk.hate`` keeps its
  confirming model, asked only when a group and a predicate pair up) — target: the shipped review p50 ≤ 0.75 ms;
- the shipped review again, timed by the process's CPU clock (``time.process_time``): the figure a loaded machine
  moves least (the wall time of a review counts the time other processes held the core).

Run: ``.venv/bin/python -m bench models`` (or ``python -m bench.bench_models``). No draft text is printed.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import Row, fill_ratios, latency_row, print_rows, time_each  # noqa: E402

DATA = Path(os.environ.get("SEVENFOLD_TRAIN_DATA", REPO.parent / "shared" / "data" / "train"))
TARGET_MODELS_MS = 0.15
TARGET_REVIEW_MS = 0.75
TARGET_RSS_MIB = 40.0
TASKS = ("offensive", "hate", "sentiment")
CPU_ROW = "offline review, as shipped, CPU time"
BASE = "lexicon sentiment (VADER / textblob-fr)"
MODELS_OFF = {
    "rules": {
        "risk.offensive": {"enabled": False},
        "risk.profanity": {"params": {"model": None}},
        "tone.negative": {"params": {"model": None}},
        "tone.target": {"params": {"model": None}},
    }
}


def dev_drafts() -> list[tuple[str, str]]:
    """(text, language) of every dev tweet, in file order."""
    drafts: list[tuple[str, str]] = []
    for path in sorted(DATA.glob("*-dev.jsonl")):
        language = path.name.split("-")[0]
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text", "")
                if isinstance(text, str) and text.strip():
                    drafts.append((text, language))
    return drafts


def _rss() -> int:
    from app.languagetool.server import process_rss_bytes

    return process_rss_bytes(os.getpid()) or 0


async def _time_reviews(
    engine: Any, drafts: list[tuple[str, str]], policy: Any, clock: Any = time.perf_counter
) -> list[float]:
    samples: list[float] = []
    for text, language in drafts:
        started = clock()
        await engine.review(text, language=language, policy=policy)
        samples.append(clock() - started)
    return samples


def measure(drafts: list[tuple[str, str]]) -> list[Row]:
    """Every row of this benchmark."""
    from app.engine import Engine
    from app.settings import Settings
    from app.text import models
    from app.text.sentiment import get_analyser

    gc.collect()
    before = _rss()
    models.check_models()
    classifiers = {(task, lang): models.classifier(task, lang) for task in TASKS for lang in models.LANGUAGES}
    for (task, lang), model in classifiers.items():
        assert model is not None, f"no {task} model for {lang}"
        model.probability("warm up")
    gc.collect()
    after = _rss()
    bundles = [models.load_bundle(models.model_path(lang)) for lang in models.LANGUAGES]
    rows: list[Row] = [
        {"name": "RSS before reading the models", "unit": "MiB", "value": before / 2**20},
        {
            "name": "RSS growth, every model read",
            "unit": "MiB",
            "value": (after - before) / 2**20,
            "baseline": "RSS before reading the models",
        },
        {
            "name": "of which vocabularies (UTF-8 + index)",
            "unit": "MiB",
            "baseline": "RSS growth, every model read",
            "value": sum(b.vocab.nbytes() for b in bundles) / 2**20,
        },
        {
            "name": "of which weights (float32)",
            "unit": "MiB",
            "baseline": "RSS growth, every model read",
            "value": sum(b.rows.itemsize * len(b.rows) for b in bundles) / 2**20,
        },
    ]
    lexicon = REPO / "rules" / "tone" / "lexicon"
    analysers = {lang: get_analyser(lang, lexicon) for lang in models.LANGUAGES}
    distinct = [(f"{text} {i}", lang) for i, (text, lang) in enumerate(drafts)]
    warm = [(f"{text} w{i}", lang) for i, (text, lang) in enumerate(drafts)]

    def lexicon_only(item: tuple[str, str]) -> None:
        analyser = analysers[item[1]]
        assert analyser is not None
        analyser.analyse(item[0])

    def all_models(item: tuple[str, str]) -> None:
        for task in TASKS:
            model = classifiers[(task, item[1])]
            assert model is not None
            model.probability(item[0])

    def drivers(item: tuple[str, str]) -> None:
        model = classifiers[("offensive", item[1])]
        assert model is not None
        model.drivers(item[0])

    for item in warm:  # the per-token cache, as in a running server
        all_models(item)
    engine = Engine.create(Settings(offline=True))
    shipped = engine.base_policy
    off = engine.resolve_policy(MODELS_OFF)

    async def warm_up() -> None:
        for text, language in warm[:300]:
            await engine.review(text, language=language, policy=shipped)
            await engine.review(text, language=language, policy=off)

    asyncio.run(warm_up())
    gc.collect()
    gc.disable()
    try:
        rows.append(latency_row(BASE, time_each(distinct, lexicon_only), unit="µs"))
        rows.append(
            latency_row(
                "all models (offensive+hate+sentiment)", time_each(distinct, all_models), baseline=BASE, unit="µs"
            )
        )
        rows.append(
            latency_row("offensive drivers (occlusion)", time_each(distinct, drivers), baseline=BASE, unit="µs")
        )
        suffixed = [(f"{text} r{i}", lang) for i, (text, lang) in enumerate(drafts)]
        rows.append(
            latency_row(
                "offline review, learned models off",
                asyncio.run(_time_reviews(engine, suffixed, off)),
                unit="µs",
            )
        )
        suffixed = [(f"{text} s{i}", lang) for i, (text, lang) in enumerate(drafts)]
        rows.append(
            latency_row(
                "offline review, as shipped",
                asyncio.run(_time_reviews(engine, suffixed, shipped)),
                baseline="offline review, learned models off",
                unit="µs",
            )
        )
        # (S, session 19) the same review timed by the process's CPU clock: on a machine shared with other work
        # (2 cores, several people) the wall time above moved by x5 from one run to the next, the CPU time by ~20 %
        suffixed = [(f"{text} c{i}", lang) for i, (text, lang) in enumerate(drafts)]
        rows.append(
            latency_row(
                CPU_ROW,
                asyncio.run(_time_reviews(engine, suffixed, shipped, time.process_time)),
                baseline="offline review, as shipped",
                unit="µs",
            )
        )
    finally:
        gc.enable()
    fill_ratios(rows)
    return rows


def main() -> dict[str, Any]:
    """Run the benchmark, print its table and the targets, return its rows."""
    if not DATA.is_dir():
        reason = f"dev tweets not found at {DATA} (set SEVENFOLD_TRAIN_DATA)"
        print(reason)
        return {"skipped": reason}
    drafts = dev_drafts()
    rows = measure(drafts)
    print_rows(f"Learned models on {len(drafts):,} dev tweets (EN/FR)", rows)
    by_name = {r["name"]: r for r in rows}
    checks = [
        ("all models p50", by_name["all models (offensive+hate+sentiment)"]["p50"] / 1000.0, TARGET_MODELS_MS, "ms"),
        ("offline review p50", by_name["offline review, as shipped"]["p50"] / 1000.0, TARGET_REVIEW_MS, "ms"),
        ("RSS growth", by_name["RSS growth, every model read"]["value"], TARGET_RSS_MIB, "MiB"),
    ]
    notes = []
    for name, value, target, unit in checks:
        verdict = "met" if value <= target else "NOT met"
        notes.append(f"target: {name} ≤ {target:g} {unit} — {verdict} ({value:.3f} {unit})")
        print(notes[-1])
    return {"rows": rows, "notes": notes, "drafts": len(drafts)}


if __name__ == "__main__":
    main()

"""What looking for a sentence in the other pack language costs (mixed French/English drafts), on the real dev tweets.

Drafts: every tweet of ``../shared/data/train/*-dev.jsonl`` (skipped when the folder is absent), each with a distinct
suffix so no per-text cache answers. In one process and one engine, draft by draft and in alternating order, the
offline review as shipped and the same review with the segment search turned off (``app.engine``'s
``other_language_segments`` answering no segment), with the language given and with ``auto``; the rows' ratios are
shipped over off. Also: the segment search alone per draft (the gate, and the clause labelling and the detector past
it), and how many dev tweets pass the gate and hold a segment. No draft text is printed.

Run: ``.venv/bin/python -m bench language``.
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import Row, fill_ratios, latency_row, print_rows, time_each  # noqa: E402
from bench.bench_models import DATA, dev_drafts  # noqa: E402


def _no_segments(*_args: Any, **_kwargs: Any) -> tuple[()]:
    return ()


async def _alternate(
    engine: Any, drafts: list[tuple[str, str]], tag: str, auto: bool
) -> tuple[list[float], list[float]]:
    """(shipped, off) seconds per draft, the two runs of a draft back to back, in alternating order."""
    import app.engine as engine_module

    shipped = engine_module.other_language_segments
    on: list[float] = []
    off: list[float] = []
    clock = time.perf_counter
    try:
        for i, (text, language) in enumerate(drafts):
            for search in (True, False) if i % 2 else (False, True):
                engine_module.other_language_segments = shipped if search else _no_segments
                started = clock()
                await engine.review(f"{text} {tag}{i}{int(search)}", language="auto" if auto else language)
                (on if search else off).append(clock() - started)
    finally:
        engine_module.other_language_segments = shipped
    return on, off


def measure(drafts: list[tuple[str, str]]) -> tuple[list[Row], dict[str, int]]:
    """Every row of this benchmark, and the gate and segment counts."""
    from app.engine import Engine
    from app.settings import Settings
    from app.text.language import may_hold_other_language, other_language_segments
    from app.text.tweet import extract_entities

    engine = Engine.create(Settings(offline=True))
    items = [(f"{text} s{i}", language) for i, (text, language) in enumerate(drafts)]
    prepared = [(text, extract_entities(text), language) for text, language in items]
    counts = {
        "passing the gate": sum(1 for text, _, language in prepared if may_hold_other_language(text, language)),
        "holding a segment": sum(1 for text, e, language in prepared if other_language_segments(text, e, language)),
    }
    asyncio.run(_alternate(engine, drafts[:500], "w", False))  # warm-up
    rows: list[Row] = []
    gc.collect()
    gc.disable()
    try:
        rows.append(
            latency_row("segment search alone", time_each(prepared, lambda p: other_language_segments(*p)), unit="µs")
        )
        for auto in (False, True):
            label = "auto" if auto else "given"
            on, off = asyncio.run(_alternate(engine, drafts, label[0], auto))
            rows.append(latency_row(f"offline review, language {label}, no segment search", off, unit="µs"))
            rows.append(
                latency_row(
                    f"offline review, language {label}, as shipped",
                    on,
                    baseline=f"offline review, language {label}, no segment search",
                    unit="µs",
                )
            )
    finally:
        gc.enable()
    fill_ratios(rows)
    return rows, counts


def main() -> dict[str, Any]:
    """Run the benchmark, print its table, return its rows."""
    if not DATA.is_dir():
        reason = f"dev tweets not found at {DATA} (set SEVENFOLD_TRAIN_DATA)"
        print(reason)
        return {"skipped": reason}
    drafts = dev_drafts()
    rows, counts = measure(drafts)
    print_rows(f"Mixed-language segment search on {len(drafts):,} dev tweets (EN/FR)", rows)
    notes = [f"dev tweets {name}: {value} of {len(drafts):,}" for name, value in counts.items()]
    for note in notes:
        print(note)
    return {"rows": rows, "notes": notes, "drafts": len(drafts)}


if __name__ == "__main__":
    main()

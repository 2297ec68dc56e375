"""The learned models' per-token caches: how a long-running process's memory grows with the words it reads.

Each bundle keeps, per token it has read, its folded form and its column sums (``ModelBundle._written`` and
``_tokens``, at most ``_CACHE_SIZE`` tokens each, then emptied), and ``fold_token`` its fold (``_FOLDED``, at most
100,000): a server that runs for days fills them to their bounds. In one process, this reads, with every task of
each language (``probability``, ``drivers``), in turn:

1. every dev tweet of ``../shared/data/train/*-dev.jsonl``;
2. every free functional case of ``tests/data/functional`` (the held-out sets, ``*probe*`` and ``*final*``, are never
   read: ``bench.review_digest.held_out``);
3. drafts of made-up distinct words (a fixed seed), in both languages, until each bundle's caches are one draft short
   of their bound (the most they hold).

After each step it gives the resident growth since the models were read (the baseline row: the models' own growth,
as ``bench models``), and, in a second pass over the same drafts with the caches emptied and ``tracemalloc`` on,
the bytes the caches hold. Every memory row's ratio is against the models' own growth (the README's target is
≤ 40 MiB for the models; the last row is the whole long-run growth). No draft text is printed.

Run: ``.venv/bin/python -m bench caches`` (or ``python -m bench.bench_caches``).
"""

from __future__ import annotations

import gc
import json
import os
import random
import sys
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import Row, fill_ratios, print_rows  # noqa: E402

DATA = Path(os.environ.get("SEVENFOLD_TRAIN_DATA", REPO.parent / "shared" / "data" / "train"))
FUNCTIONAL = REPO / "tests" / "data" / "functional"
TARGET_RSS_MIB = 40.0
BASE = "RSS growth, every model read"
WORDS_PER_DRAFT = 12
LETTERS = "abcdefghijklmnopqrstuvwxyzéèàç"

Draft = tuple[str, str]


def dev_drafts() -> list[Draft]:
    """(text, language) of every dev tweet, in file order."""
    from bench.bench_models import dev_drafts as tweets

    return tweets()


def functional_drafts() -> list[Draft]:
    """(text, language) of every case of the free functional files with an English or French language."""
    from bench.review_digest import held_out

    drafts: list[Draft] = []
    for path in sorted(FUNCTIONAL.glob("*.jsonl")):
        if held_out(path) or "round5" in path.stem or "writers-s43-i-" in path.stem:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                language = str(case.get("language") or "").split("-")[0].lower()
                if language in ("en", "fr") and isinstance(case.get("text"), str):
                    drafts.append((case["text"], language))
    return drafts


def to_the_bounds(seed: int = 49) -> list[Draft]:
    """Drafts of distinct made-up words (``WORDS_PER_DRAFT`` a draft, half of them capitalised: a written form that
    is not its folded form, as at a sentence's start) that bring each bundle's caches to one draft short of their
    bound, from where the steps before left them."""
    from app.text import models

    rng = random.Random(seed)
    seen: set[str] = set()
    drafts: list[Draft] = []
    for language in models.LANGUAGES:
        bundle = models.load_bundle(models.model_path(language))
        room = models._CACHE_SIZE - max(map(len, _maps(bundle))) - 2 * WORDS_PER_DRAFT
        made: list[str] = []
        while len(made) < room:
            word = "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 11)))
            if word not in seen:
                seen.add(word)
                made.append(word.capitalize() if len(made) % 2 else word)
        for i in range(0, len(made), WORDS_PER_DRAFT):
            drafts.append((" ".join(made[i : i + WORDS_PER_DRAFT]), language))
    return drafts


def _rss() -> int:
    from app.languagetool.server import process_rss_bytes

    return process_rss_bytes(os.getpid()) or 0


def _reader() -> Callable[[Draft], None]:
    from app.text import models

    classifiers = {
        lang: [c for c in (models.classifier(task, lang) for task in models.TASK_TARGETS) if c is not None]
        for lang in models.LANGUAGES
    }

    def read(draft: Draft) -> None:
        for model in classifiers[draft[1]]:
            model.probability(draft[0])
            model.drivers(draft[0])

    return read


def _empty_caches() -> None:
    """Every per-token cache emptied (the second pass starts from the models alone)."""
    from app.text import models

    models._FOLDED.clear()
    for lang in models.LANGUAGES:
        bundle = models.load_bundle(models.model_path(lang))
        if hasattr(bundle, "_cache"):
            bundle._cache = type(bundle._cache)()
        else:  # the caches as they were before session 49 (a baseline tree)
            bundle._tokens.clear()
            bundle._written.clear()
        bundle._texts.clear()


def _maps(bundle: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """A bundle's written and folded token maps (in ``_cache`` since session 49; a baseline tree's before)."""
    cache = getattr(bundle, "_cache", None)
    if cache is not None:
        return cache.written, cache.tokens
    return bundle._written, bundle._tokens


def _entries() -> str:
    from app.text import models

    sizes = []
    for lang in models.LANGUAGES:
        bundle = models.load_bundle(models.model_path(lang))
        written, folded = _maps(bundle)
        sizes.append(f"{lang} {len(written):,} written / {len(folded):,} folded")
    return "; ".join(sizes) + f"; folds {len(models._FOLDED):,}"


def measure(steps: Sequence[tuple[str, Callable[[], list[Draft]]]]) -> tuple[list[Row], list[str]]:
    """The rows (RSS growth after each step, then the traced bytes after each step) and a note per step."""
    from app.text import models

    gc.collect()
    before = _rss()
    models.check_models()
    read = _reader()
    read(("warm up", "en"))
    read(("warm up", "fr"))
    gc.collect()
    loaded = _rss()
    rows: list[Row] = [{"name": BASE, "unit": "MiB", "value": (loaded - before) / 2**20}]
    notes: list[str] = []
    total = 0
    read_drafts: list[list[Draft]] = []
    for label, make in steps:
        drafts = make()  # after the steps before it (the last fills what they left)
        read_drafts.append(drafts)
        for draft in drafts:
            read(draft)
        total += len(drafts)
        gc.collect()
        rows.append(
            {
                "name": f"RSS growth of the caches, +{label} ({total:,} drafts)",
                "unit": "MiB",
                "value": (_rss() - loaded) / 2**20,
                "baseline": BASE,
            }
        )
        notes.append(f"after {label}: {_entries()}")
    last_rss = rows[-1]["value"]
    _empty_caches()
    gc.collect()
    tracemalloc.start()
    total = 0
    for (label, _), drafts in zip(steps, read_drafts, strict=True):
        for draft in drafts:
            read(draft)
        total += len(drafts)
        gc.collect()
        rows.append(
            {
                "name": f"traced bytes of the caches, +{label} ({total:,} drafts)",
                "unit": "MiB",
                "value": tracemalloc.get_traced_memory()[0] / 2**20,
                "baseline": BASE,
            }
        )
    tracemalloc.stop()
    rows.append(
        {
            "name": "RSS growth in all: the models and their full caches",
            "unit": "MiB",
            "value": rows[0]["value"] + last_rss,
            "baseline": BASE,
        }
    )
    fill_ratios(rows)
    return rows, notes


def main() -> dict[str, Any]:
    """Run the benchmark, print its table and the target, return its rows."""
    if not DATA.is_dir():
        reason = f"dev tweets not found at {DATA} (set SEVENFOLD_TRAIN_DATA)"
        print(reason)
        return {"skipped": reason}
    steps = [
        ("the dev tweets", dev_drafts),
        ("the free functional files", functional_drafts),
        ("made-up words to the caches' bounds", to_the_bounds),
    ]
    rows, notes = measure(steps)
    notes.insert(0, f"drafts read: {rows[-2]['name'].rsplit('(', 1)[-1].rstrip(')')}")
    print_rows("Per-token caches of the learned models, a long-running process", rows)
    whole = rows[-1]["value"]
    verdict = "met" if whole <= TARGET_RSS_MIB else "NOT met"
    notes.append(f"target: the models' growth with full caches ≤ {TARGET_RSS_MIB:g} MiB — {verdict} ({whole:.1f} MiB)")
    for note in notes:
        print(note)
    return {"rows": rows, "notes": notes}


if __name__ == "__main__":
    main()

"""The learned models' per-token caches: how a long-running process's memory grows with the words it reads.

Each bundle keeps, per token it has read, its folded form and its column sums (``ModelBundle._cache``: since session
50 in two generations, ``_cache`` the words read again, at most ``_CACHE_SIZE``, and ``_young`` the words read once,
at most ``_YOUNG_SIZE``; each replaced by an empty one when full), and ``fold_token`` its fold (``_FOLDED``, at most
``_FOLD_SIZE``, 100,000 before session 50): a server that runs for days fills them to their bounds. In one process,
this reads, with every task of each language (``probability``, ``drivers``), each draft tokenised first as the review
does (so the fold cache keeps strings of its own, as in a server), in turn:

1. every dev tweet of ``../shared/data/train/*-dev.jsonl``;
2. every free functional case of ``tests/data/functional`` (the held-out sets, ``*probe*`` and ``*final*``, are never
   read: ``bench.review_digest.held_out``);
3. drafts of made-up distinct words (a fixed seed), in both languages, until each cache is one draft short of its
   bound (the most it holds): each bundle's old generation (each draft read twice), its young one (read once), then
   the fold cache (drafts only tokenised).

After each step it gives the resident growth since the models were read (the baseline row: the models' own growth,
as ``bench models``), and, in a second pass over the same drafts (made again, from the same state) with the caches
emptied and ``tracemalloc`` on, the bytes the caches hold; the drafts of a step are let go once read. Every memory
row's ratio is against the models' own growth (the README's target is ≤ 40 MiB for the models; the last row is the
whole long-run growth). No draft text is printed.

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
    is not its folded form, as at a sentence's start) that bring each cache to one draft short of its bound, from where
    the steps before left them: each bundle's old generation (since session 50: words read again, each draft read
    twice), then its young one (words read once; a tree of one generation: words read once to its bound), then the fold
    cache (``fold_token``'s, drafts of language ``"fold"``, only tokenised)."""
    from app.text import models

    rng = random.Random(seed)
    seen: set[str] = set()

    def words(count: int) -> list[str]:
        made: list[str] = []
        while len(made) < count:
            word = "".join(rng.choice(LETTERS) for _ in range(rng.randint(5, 11)))
            if word not in seen:
                seen.add(word)
                made.append(word.capitalize() if len(made) % 2 else word)
        return made

    def chunks(made: list[str], language: str, again: bool = False) -> list[Draft]:
        out: list[Draft] = []
        for i in range(0, len(made), WORDS_PER_DRAFT):
            out.append((" ".join(made[i : i + WORDS_PER_DRAFT]), language))
            if again:  # the same words in another order: another text (a text read again is the bundle's last ones)
                out.append((" ".join(reversed(made[i : i + WORDS_PER_DRAFT])), language))
        return out

    margin = 2 * WORDS_PER_DRAFT
    fold_bound = getattr(models, "_FOLD_SIZE", 100_000)
    folds = len(models._FOLDED)

    def fold(count: int) -> None:  # ``fold_token``'s cache after ``count`` new words (emptied when full)
        nonlocal folds
        for _ in range(count):
            folds = 1 if folds >= fold_bound else folds + 1

    drafts: list[Draft] = []
    for language in models.LANGUAGES:
        bundle = models.load_bundle(models.model_path(language))
        old, young = _maps(bundle), _young_maps(bundle)
        if young is None:  # one generation (before session 50)
            made = words(models._CACHE_SIZE - max(map(len, old)) - margin)
            fold(len(made))
            drafts += chunks(made, language)
            continue
        again = words(models._CACHE_SIZE - max(map(len, old)) - margin)
        used = max(map(len, young))
        for _ in again:  # each word's first reading goes to the young generation (replaced when full)
            used = 1 if used >= models._YOUNG_SIZE else used + 1
        once = words(models._YOUNG_SIZE - used - margin if used < models._YOUNG_SIZE - margin else 0)
        fold(len(again) + len(once))
        drafts += chunks(again, language, again=True) + chunks(once, language)
    if folds < fold_bound - margin:
        drafts += chunks(words(fold_bound - margin - folds), "fold")
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
        models.tokenize(draft[0])  # as the review does before the models: the fold cache keeps strings of its own
        for model in classifiers.get(draft[1], ()):
            model.probability(draft[0])
            model.drivers(draft[0])

    return read


def _empty_caches() -> None:
    """Every per-token cache emptied (the second pass starts from the models alone)."""
    from app.text import models

    models._FOLDED.clear()
    for lang in models.LANGUAGES:
        bundle = models.load_bundle(models.model_path(lang))
        if hasattr(bundle, "_young"):
            bundle._cache, bundle._young = type(bundle._cache)(), type(bundle._young)(young=True)
        elif hasattr(bundle, "_cache"):
            bundle._cache = type(bundle._cache)()
        else:  # the caches as they were before session 49 (a baseline tree)
            bundle._tokens.clear()
            bundle._written.clear()
        bundle._texts.clear()


def _maps(bundle: Any) -> tuple[dict[str, Any], ...]:
    """A bundle's token maps: the old generation's folded forms (since session 50), else its written and folded maps
    (in ``_cache`` since session 49; a baseline tree's before)."""
    cache = getattr(bundle, "_cache", None)
    if cache is None:
        return bundle._written, bundle._tokens
    return (cache.tokens,) if hasattr(bundle, "_young") else (cache.written, cache.tokens)


def _young_maps(bundle: Any) -> tuple[dict[str, Any]] | None:
    """A bundle's young generation's folded forms (since session 50), else None."""
    young = getattr(bundle, "_young", None)
    return None if young is None else (young.tokens,)


def _entries() -> str:
    from app.text import models

    sizes = []
    for lang in models.LANGUAGES:
        bundle = models.load_bundle(models.model_path(lang))
        maps, young = _maps(bundle), _young_maps(bundle)
        if young is None:
            sizes.append(f"{lang} {len(maps[0]):,} written / {len(maps[1]):,} folded")
        else:
            sizes.append(f"{lang} old {len(maps[0]):,} + young {len(young[0]):,} folded")
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
    # (C, session 50) the drafts of a step are made again for each pass and let go once read: a server holds no list of
    # the drafts it has read, and held here they were several MiB of the caches' RSS rows (made again from the same
    # state, the last step's are the same drafts)
    for label, make in steps:
        drafts = make()  # after the steps before it (the last fills what they left)
        for draft in drafts:
            read(draft)
        total += len(drafts)
        del drafts
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
    for label, make in steps:
        drafts = make()
        for draft in drafts:
            read(draft)
        total += len(drafts)
        del drafts
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

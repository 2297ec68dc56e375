"""The whole review out of fold on fr-hostility-train: ``python -m training.oof [--data DIR] [--folds 5]``.

``--lang en`` does the same on en-offensive-train with English models (offensive vs not; precision, recall and F1
are printed too): the ground on which ``risk.offensive``'s English gates were measured.

The honest ground for tuning French rules and bands: dev only reports. Each fold of fr-hostility-train
(row number modulo ``--folds``) is reviewed by the whole offline engine (every shipped rule, lists and
models together) with French models fitted by ``training.train`` *without* that fold, so no tweet is
judged by a model that saw it. A tweet counts as flagged when the risk family has a finding at warning
or above, as in ``training.evaluate``. Prints hostile and MLMA ``normal`` tweets flagged, and which
rules flag them (counts only, never tweet text).

The fold models live in a temporary folder; the engine reads them through ``app.text.models.models_dir``
(patched for the run), so every rule that asks for a model — ``risk.offensive``, ``risk.profanity``'s
raise, ``risk.hate`` — gets the fold's. English keeps the shipped ``en.sfm``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from unittest import mock

from app.domain import Report, Severity
from app.engine import Engine
from app.settings import Settings
from app.text import models
from training.data import DEFAULT_DATA_DIR, DataError, Example, read_jsonl
from training.evaluate import hostile
from training.train import MLMA_LABELS, fit_language

TRAIN = "fr-hostility-train"
# language -> (training file reviewed out of fold, its labels, which labels are positive)
SETS = {
    "fr": (TRAIN, MLMA_LABELS, hostile),
    "en": ("en-offensive-train", ("offensive", "not-offensive"), lambda label: label == "offensive"),
}


def _flagging_rules(report: Report) -> set[str]:
    return {f.rule for f in report.findings if f.family.value == "risk" and f.severity.rank >= Severity.WARNING.rank}


async def _review(engine: Engine, texts: Sequence[str], language: str) -> list[Report]:
    return [await engine.review(text, language=language) for text in texts]


def fold_data(
    data_dir: Path, train: str, examples: Sequence[Example], fold_of: Sequence[int], k: int, fold_dir: Path
) -> Path:
    """(Q, session 40) The data folder of fold ``k`` under ``fold_dir``: every set of ``data_dir`` linked as it is but
    ``train``, written with the examples of the other folds only (``fold_of``: each example's fold); what
    ``training.train.fit_language`` reads for that fold (``out_of_fold`` here and ``training.tone_oof``)."""
    data = fold_dir / "data"
    data.mkdir(parents=True)
    for source in data_dir.glob("*.jsonl"):
        if source.name != f"{train}.jsonl":
            (data / source.name).symlink_to(source.resolve())
    with (data / f"{train}.jsonl").open("w", encoding="utf-8") as fh:
        for i, ex in enumerate(examples):
            if fold_of[i] != k:
                fh.write(json.dumps({"text": ex.text, "label": ex.label}, ensure_ascii=False) + "\n")
    return data


def out_of_fold(data_dir: Path, folds: int = 5, language: str = "fr", lang: str = "fr") -> list[tuple[bool, set[str]]]:
    """(hostile, rules flagging it) for every tweet of the ``lang`` set (fr-hostility-train, en-offensive-train),
    each reviewed with models fitted without its fold; ``language`` is what the review is told (``fr``, or
    ``auto`` to include detection)."""
    train, labels, positive = SETS[lang]
    other = "en" if lang == "fr" else "fr"
    examples = read_jsonl(data_dir / f"{train}.jsonl", labels)
    shipped = models.models_dir()
    out: list[tuple[bool, set[str]] | None] = [None] * len(examples)
    with tempfile.TemporaryDirectory(prefix="sevenfold-oof-") as tmp:
        for k in range(folds):
            fold_dir = Path(tmp) / str(k)
            data = fold_data(data_dir, train, examples, [i % folds for i in range(len(examples))], k, fold_dir)
            fit_language(lang, data, fold_dir)
            shutil.copy(models.model_path(other, shipped), fold_dir / f"{other}.sfm")
            held = [i for i in range(len(examples)) if i % folds == k]
            with mock.patch.object(models, "models_dir", lambda d=fold_dir: d):
                engine = Engine.create(Settings(offline=True))
                reports = asyncio.run(_review(engine, [examples[i].text for i in held], language))
            for i, report in zip(held, reports, strict=True):
                out[i] = (positive(examples[i].label), _flagging_rules(report))
    return [row for row in out if row is not None]


def summary(rows: Sequence[tuple[bool, set[str]]]) -> list[str]:
    """Hostile and normal tweets flagged, and the rules that flag each kind."""
    positives = [rules for pos, rules in rows if pos]
    negatives = [rules for pos, rules in rows if not pos]
    hit_pos = sum(1 for rules in positives if rules)
    hit_neg = sum(1 for rules in negatives if rules)
    lines = [
        f"hostile flagged {hit_pos}/{len(positives)} = {hit_pos / len(positives):.1%}   "
        f"normal flagged {hit_neg}/{len(negatives)} = {hit_neg / len(negatives):.1%}"
    ]
    if hit_pos + hit_neg:
        precision, recall = hit_pos / (hit_pos + hit_neg), hit_pos / len(positives)
        f1 = 2 * precision * recall / (precision + recall) if hit_pos else 0.0
        lines.append(f"precision {precision:.3f}   recall {recall:.3f}   F1 {f1:.3f}")
    for name, group in (("hostile", positives), ("normal", negatives)):
        counts = Counter(rule for rules in group for rule in rules)
        lines.append(f"  {name} tweets flagged by: " + ", ".join(f"{r} {n}" for r, n in counts.most_common()))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the out-of-fold figures; exit 2 with a one-line reason on a missing or malformed data file."""
    parser = argparse.ArgumentParser(prog="python -m training.oof", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the *-train.jsonl files")
    parser.add_argument("--folds", type=int, default=5, help="number of folds (row number modulo folds)")
    parser.add_argument("--language", default=None, help="language the review is told (default: --lang), or auto")
    parser.add_argument(
        "--lang", choices=sorted(SETS), default="fr", help="fr: fr-hostility-train, en: en-offensive-train"
    )
    args = parser.parse_args(argv)
    if args.folds < 2:
        print("training.oof: --folds must be at least 2", file=sys.stderr)
        return 2
    try:
        rows = out_of_fold(args.data, args.folds, args.language or args.lang, args.lang)
    except DataError as exc:
        print(f"training.oof: {exc}", file=sys.stderr)
        return 2
    for line in summary(rows):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

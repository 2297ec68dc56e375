"""``tone.negative`` out of fold on the sentiment train tweets: ``python -m training.tone_oof --lang fr|en``.

The ground on which ``rules/tone/negative.yml``'s thresholds were chosen (dev only reports). Each fold of
``<lang>-sentiment-train`` is reviewed by the shipped ``tone.negative`` rule with a sentiment model fitted by
``training.train`` without that fold (``fit_language(..., only=("sentiment",))``: the same vocabulary as ``make
train``). Folds are drawn by group, not by row: en-sentiment-train holds most of its tweets twice (XLM-T's train and
TweetEval's validation tweets overlap) and fr-sentiment-train holds near-copies of one headline, so copies and
tweets with the same first six words (links, mentions and '#' left out) share a fold, else the fold's model would
have seen the tweet it judges. Each distinct tweet is judged once; tweets also in the dev file are left out, as are
neutral ones. Prints negative and positive tweets warned (a finding at warning or above), overall and per fold.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from unittest import mock

from app.domain import Severity
from app.kinds.base import CheckContext, Deps
from app.loader import build_rule, load_specs, packaged_rules_dir
from app.policy import Policy
from app.testing import draft_for
from app.text import models
from training.data import DEFAULT_DATA_DIR, DataError, read_jsonl
from training.oof import fold_data
from training.train import SENTIMENT, _key, fit_language


def _group(text: str) -> str:
    words = re.findall(r"\w+", re.sub(r"http\S*|@\w+|#", "", text.casefold()))
    return " ".join(words[:6]) or _key(text)


def out_of_fold(data_dir: Path, language: str, folds: int = 5) -> list[tuple[int, bool, bool]]:
    """(fold, negative, warned) for every distinct non-neutral train tweet not in the dev file."""
    train = f"{language}-sentiment-train"
    examples = read_jsonl(data_dir / f"{train}.jsonl", SENTIMENT)
    dev = {_key(ex.text) for ex in read_jsonl(data_dir / f"{language}-sentiment-dev.jsonl", SENTIMENT)}
    groups: dict[str, int] = {}
    fold_of = [groups.setdefault(_group(ex.text), len(groups)) % folds for ex in examples]
    root = packaged_rules_dir()
    spec = next(s for s in load_specs([root]) if s.id == "tone.negative")
    other = "en" if language == "fr" else "fr"
    shipped = models.models_dir()
    seen: set[str] = set()
    out: list[tuple[int, bool, bool]] = []
    with tempfile.TemporaryDirectory(prefix="sevenfold-tone-oof-") as tmp:
        for k in range(folds):
            fold_dir = Path(tmp) / str(k)
            data = fold_data(data_dir, train, examples, fold_of, k, fold_dir)
            fit_language(language, data, fold_dir, only=("sentiment",))
            shutil.copy(models.model_path(other, shipped), fold_dir / f"{other}.sfm")
            with mock.patch.object(models, "models_dir", lambda d=fold_dir: d):
                rule = build_rule(spec, Deps(rules_root=root))
                for i, ex in enumerate(examples):
                    key = _key(ex.text)
                    if fold_of[i] != k or ex.label == "neutral" or key in dev or key in seen:
                        continue
                    seen.add(key)
                    findings = rule.check(draft_for(ex.text, language), CheckContext(policy=Policy()))
                    warned = any(f.severity.rank >= Severity.WARNING.rank for f in findings)
                    out.append((k, ex.label == "negative", warned))
    return out


def summary(rows: Sequence[tuple[int, bool, bool]]) -> list[str]:
    """Negative and positive tweets warned, overall and per fold."""

    def line(name: str, part: Sequence[tuple[int, bool, bool]]) -> str:
        neg = [w for _, n, w in part if n]
        pos = [w for _, n, w in part if not n]
        return (
            f"{name}: negative warned {sum(neg)}/{len(neg)} = {sum(neg) / max(1, len(neg)):.1%}   "
            f"positive warned {sum(pos)}/{len(pos)} = {sum(pos) / max(1, len(pos)):.1%}"
        )

    lines = [line("all folds", rows)]
    for k in sorted({f for f, _, _ in rows}):
        lines.append(line(f"  fold {k}", [r for r in rows if r[0] == k]))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the figures; exit 2 with a one-line reason on a missing or malformed data file."""
    parser = argparse.ArgumentParser(prog="python -m training.tone_oof", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the sentiment files")
    parser.add_argument("--lang", choices=("en", "fr"), default="fr")
    parser.add_argument("--folds", type=int, default=5, help="number of folds (by group of copies)")
    args = parser.parse_args(argv)
    if args.folds < 2:
        print("training.tone_oof: --folds must be at least 2", file=sys.stderr)
        return 2
    try:
        rows = out_of_fold(args.data, args.lang, args.folds)
    except DataError as exc:
        print(f"training.tone_oof: {exc}", file=sys.stderr)
        return 2
    for text in summary(rows):
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

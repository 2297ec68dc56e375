"""Fit Sevenfold's models: ``python -m training.train [--data DIR] [--out DIR]`` (``make train``).

One file per language (``models/en.sfm``, ``models/fr.sfm``): a shared vocabulary of the features of
``app.text.models`` (word unigrams, bigrams, character 3–5-grams), kept when they occur in at least
``MIN_DF`` training texts, and one logistic regression per task (scikit-learn, lbfgs, L2), fitted on
the ``*-train`` files only. Deterministic: fixed data order, one thread, no random state involved; the
weights are rounded before writing so the same data give the same bytes.

French data are scarce, so the French tasks also read ``training/data/*.jsonl`` (cases written for
Sevenfold, counted ``EXTRA_WEIGHT`` times) and take the neutral and positive tweets of
``fr-sentiment-train`` as ordinary, non-hostile examples. The models depend on nothing else (not on the
term packs, which change), so ``make train`` gives the shipped bytes back.

English offensive is *stacked* (``Task.stack``): its own logistic regression gives an out-of-fold logit
on every training tweet (``FOLDS`` folds by row number), alt-profanity-check's ported TF-IDF model
(``training/profanity.py``) gives a margin, and a two-weight logistic regression on (logit, margin),
fitted on the same training tweets, makes the probability. The file carries the TF-IDF block. Its own
model is an NB-LR (``Task.nb``): features scaled by their log-count ratios (inside each fold for the
out-of-fold logits), the ratios folded back into the written weights, so inference does not change.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.text.models import FeatureConfig, TfidfBlock, model_path, text_features, write_model
from training.data import DEFAULT_DATA_DIR, DataError, read_jsonl

# One BLAS thread: the same data give the same weights (scikit-learn and scipy read these on first use).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
EXTRA_DIR = Path(__file__).resolve().parent / "data"
MIN_DF = 2
DECIMALS = 5
STOPWORDS = 80
EXTRA_WEIGHT = 3
FOLDS = 5
NB_ALPHA = 1.0
STACK_C = 1.0
CONFIG = FeatureConfig(char_min=3, char_max=5, bigrams=True)

MLMA_LABELS = ("normal", "offensive", "abusive", "hateful", "disrespectful", "fearful")


@dataclass
class Task:
    """One task: its labels (target first for binary tasks), regularisation and how to read its examples."""

    name: str
    labels: tuple[str, ...]
    target: str
    c: float
    sources: list[Callable[[Path], list[tuple[str, str]]]] = field(default_factory=list)
    dev: tuple[str, ...] = ()
    stack: bool = False  # stack the task's logit with alt-profanity-check's margin (binary tasks)
    nb: bool = False  # NB-LR: features scaled by their log-count ratio (target vs the rest) before fitting
    class_weight: str | None = None  # scikit-learn's class_weight ("balanced": each label weighs alike)


def _file(name: str, labels: Sequence[str], relabel: Callable[[str], str | None] = lambda x: x) -> Any:
    def read(data_dir: Path) -> list[tuple[str, str]]:
        out = []
        for ex in read_jsonl(data_dir / f"{name}.jsonl", labels):
            label = relabel(ex.label)
            if label is not None:
                out.append((ex.text, label))
        return out

    return read


def _extra(name: str, labels: Sequence[str]) -> Any:
    """Cases written for Sevenfold (training/data/NAME.jsonl), each counted EXTRA_WEIGHT times."""

    def read(data_dir: Path) -> list[tuple[str, str]]:
        rows = [(ex.text, ex.label) for ex in read_jsonl(EXTRA_DIR / f"{name}.jsonl", labels)]
        return rows * EXTRA_WEIGHT

    return read


def _hostile(label: str) -> str:
    return "offensive" if set(label.split("_")) - {"normal"} else "not-offensive"


def _hateful(label: str) -> str:
    return "hate" if set(label.split("_")) & {"hateful", "fearful"} else "not-hate"


def _ordinary(tag: str) -> Callable[[str], str | None]:
    return lambda label: tag if label in ("neutral", "positive") else None


SENTIMENT = ("negative", "neutral", "positive")


def tasks_for(language: str) -> list[Task]:
    """The tasks of one language and where their examples come from."""
    if language == "en":
        return [
            Task(
                "offensive",
                ("offensive", "not-offensive"),
                "offensive",
                3.0,
                [_file("en-offensive-train", ("offensive", "not-offensive"))],
                ("en-offensive-dev",),
                stack=True,
                nb=True,
            ),
            Task(
                "hate",
                ("hate", "not-hate"),
                "hate",
                1.0,
                [_file("en-hate-train", ("hate", "not-hate"))],
                ("en-hate-dev",),
            ),
            Task(
                "irony",
                ("irony", "not-irony"),
                "irony",
                1.0,
                [_file("en-irony-train", ("irony", "not-irony"))],
                ("en-irony-dev",),
            ),
            Task(
                "sentiment",
                SENTIMENT,
                "negative",
                3.0,
                [_file("en-sentiment-train", SENTIMENT), _extra("en-sentiment", SENTIMENT)],
                ("en-sentiment-dev",),
            ),
        ]
    if language == "fr":
        return [
            Task(
                "offensive",
                ("offensive", "not-offensive"),
                "offensive",
                0.3,
                [
                    _file("fr-hostility-train", MLMA_LABELS, _hostile),
                    _file("fr-sentiment-train", SENTIMENT, _ordinary("not-offensive")),
                    _extra("fr-offensive", ("offensive", "not-offensive")),
                ],
                ("fr-hostility-dev", "fr-sentiment-dev"),
                nb=True,  # 5-fold CV on fr-hostility-train: AUC 0.678 -> 0.707 at C = 0.3 (docs/MODELS.md)
            ),
            Task(
                "hate",
                ("hate", "not-hate"),
                "hate",
                1.0,
                [
                    _file("fr-hostility-train", MLMA_LABELS, _hateful),
                    _file("fr-sentiment-train", SENTIMENT, _ordinary("not-hate")),
                    _extra("fr-hate", ("hate", "not-hate")),
                ],
                ("fr-hostility-dev", "fr-sentiment-dev"),
            ),
            Task(
                "sentiment",
                SENTIMENT,
                "negative",
                3.0,
                [_file("fr-sentiment-train", SENTIMENT), _extra("fr-sentiment", SENTIMENT)],
                ("fr-sentiment-dev",),
                # tone.negative out of fold (training.tone_oof, warn_at 0.30): 32.1 % / 2.6 % -> 37.4 % / 2.0 % of
                # negative / positive train tweets warned with NB-LR at C = 3 (docs/MODELS.md)
                nb=True,
            ),
        ]
    raise ValueError(f"no tasks for language {language!r}")


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _matrix(feature_lists: Sequence[list[str]], vocab: dict[str, int]) -> Any:
    """Rows of feature counts scaled by 1/sqrt(all features of the text), as the runtime scores them."""
    from scipy.sparse import csr_matrix

    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for feats in feature_lists:
        counts = Counter(vocab[f] for f in feats if f in vocab)
        scale = 1.0 / (len(feats) ** 0.5) if feats else 0.0
        for j in sorted(counts):
            indices.append(j)
            data.append(counts[j] * scale)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(feature_lists), len(vocab)), dtype="float64")


def fit_language(
    language: str, data_dir: Path, out_dir: Path, *, tasks: list[Task] | None = None, only: Sequence[str] = ()
) -> Path:
    """Fit every task of ``language`` and write its model file; returns the file's path. ``only``: fit and write
    these tasks alone, the vocabulary still read from every task's texts (the same features as ``make train``; out of
    fold runs of one task need no other)."""
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # one BLAS thread whatever was imported before: the same sums, the same bytes
        return _fit_language(language, data_dir, out_dir, tasks if tasks is not None else tasks_for(language), only)


def _fit_language(language: str, data_dir: Path, out_dir: Path, tasks: list[Task], only: Sequence[str] = ()) -> Path:
    examples: dict[str, list[tuple[str, str]]] = {}
    for task in tasks:
        rows: list[tuple[str, str]] = []
        for source in task.sources:
            rows.extend(source(data_dir))
        # Never fit on dev: a train row whose text is also in a dev file of the task is dropped
        # (en-sentiment-train holds TweetEval's validation tweets, which are the whole English dev file).
        held_out = {_key(ex.text) for name in task.dev for ex in read_jsonl(data_dir / f"{name}.jsonl")}
        examples[task.name] = [(text, label) for text, label in rows if _key(text) not in held_out]
    # Vocabulary: features in at least MIN_DF distinct texts of this language, in first-seen order.
    cache: dict[str, list[str]] = {}
    df: Counter[str] = Counter()
    order: dict[str, None] = {}
    for task in tasks:
        for text, _ in examples[task.name]:
            if text in cache:
                continue
            feats = text_features(text, CONFIG)
            cache[text] = feats
            for f in dict.fromkeys(feats):
                df[f] += 1
                order.setdefault(f, None)
    kept = [f for f in order if df[f] >= MIN_DF]
    # The most common words of the language's texts are never drivers (a finding at "are" helps no one).
    # Counted on the sentiment task's texts: ordinary tweets, not the topics of the hate sets ("women").
    general: Counter[str] = Counter()
    for text, _ in examples.get("sentiment", []):
        general.update(f[1:] for f in dict.fromkeys(cache[text]) if f.startswith("w") and f[1:].isalpha())
    stopwords = [w for w, _ in sorted(general.items(), key=lambda item: (-item[1], item[0]))[:STOPWORDS]]
    vocab = {f: i for i, f in enumerate(kept)}
    columns: list[list[float]] = []
    specs: dict[str, dict[str, Any]] = {}
    tfidf = None
    for task in tasks:
        if only and task.name not in only:
            continue
        rows = examples[task.name]
        x = _matrix([cache[t] for t, _ in rows], vocab)
        if len(task.labels) == 2:
            y = [1 if label == task.target else 0 for _, label in rows]
        else:
            y = [task.labels.index(label) for _, label in rows]
        model, ratio = _fit(task, x, y)
        first = len(columns)
        if len(task.labels) == 2:
            columns.append([round(float(w * r), DECIMALS) for w, r in zip(model.coef_[0], ratio, strict=True)])
            biases = [round(float(model.intercept_[0]), DECIMALS)]
        else:
            for k in range(len(task.labels)):
                columns.append([round(float(w * r), DECIMALS) for w, r in zip(model.coef_[k], ratio, strict=True)])
            biases = [round(float(b), DECIMALS) for b in model.intercept_]
        specs[task.name] = {
            "labels": list(task.labels),
            "target": task.target,
            "columns": list(range(first, len(columns))),
            "biases": biases,
            "examples": len(rows),
        }
        if task.stack:
            if len(task.labels) != 2:
                raise ValueError(f"task {task.name!r}: only a binary task can be stacked")
            from training import profanity

            tfidf = profanity.export()
            specs[task.name]["stack"] = _stacker(task, x, y, [t for t, _ in rows], tfidf)
    # Drop features that carry (almost) no weight in any task: a smaller file, the same scores.
    keep = [i for i in range(len(kept)) if max(abs(col[i]) for col in columns) >= 10 ** (-DECIMALS + 1)]
    features = [kept[i] for i in keep]
    pruned = [[col[i] for i in keep] for col in columns]
    path = model_path(language, out_dir)
    write_model(
        path,
        language=language,
        config=CONFIG,
        features=features,
        columns=pruned,
        tasks=specs,
        stopwords=stopwords,
        tfidf=tfidf,
    )
    return path


def _log_count_ratios(x: Any, y: list[int]) -> Any:
    """NB-LR's scaling (Wang & Manning 2012): per feature, log of its smoothed share of positive texts that hold it
    over its share of negative texts. A feature's fitted weight times its ratio is its weight on raw features."""
    import numpy as np

    present = (x > 0).astype("float64")
    labels = np.asarray(y)
    pos = np.asarray(present[labels == 1].sum(axis=0)).ravel() + NB_ALPHA
    neg = np.asarray(present[labels == 0].sum(axis=0)).ravel() + NB_ALPHA
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def _fit(task: Task, x: Any, y: list[int]) -> tuple[Any, Any]:
    """The task's logistic regression on ``x`` and the feature scaling it was fitted on (ones without ``nb``)."""
    import numpy as np
    from scipy.sparse import diags
    from sklearn.linear_model import LogisticRegression

    # A multi-label task's ratios set its target against the rest (sentiment: negative against neutral and positive).
    hot = task.labels.index(task.target) if len(task.labels) > 2 else 1
    ratio = _log_count_ratios(x, [int(v == hot) for v in y]) if task.nb else np.ones(x.shape[1])
    model = LogisticRegression(C=task.c, solver="lbfgs", max_iter=2000, tol=1e-6, class_weight=task.class_weight)
    model.fit(x @ diags(ratio) if task.nb else x, y)
    return model, ratio


def _stacker(
    task: Task, x: Any, y: list[int], texts: list[str], tfidf: tuple[list[str], list[float], list[float], float, str]
) -> dict[str, float]:
    """Weights of P = sigmoid(bias + base·out-of-fold logit + tfidf·margin), fitted on the task's training rows."""
    from array import array

    from sklearn.linear_model import LogisticRegression

    folds = [i % FOLDS for i in range(len(y))]
    oof = [0.0] * len(y)
    for k in range(FOLDS):
        fit = [i for i, f in enumerate(folds) if f != k]
        held = [i for i, f in enumerate(folds) if f == k]
        model, ratio = _fit(task, x[fit], [y[i] for i in fit])
        for i, value in zip(held, (x[held] @ (model.coef_[0] * ratio)) + model.intercept_[0], strict=True):
            oof[i] = float(value)
    words, idf, coef, intercept, _ = tfidf
    block = TfidfBlock(words, array("f", idf), array("f", coef), intercept)  # float32, as the file stores them
    margins = [block.margin(w for _, _, w in block.words(text)) for text in texts]
    stacker = LogisticRegression(C=STACK_C, solver="lbfgs", max_iter=2000, tol=1e-8)
    stacker.fit([[a, b] for a, b in zip(oof, margins, strict=True)], y)
    return {
        "base": round(float(stacker.coef_[0][0]), DECIMALS),
        "tfidf": round(float(stacker.coef_[0][1]), DECIMALS),
        "bias": round(float(stacker.intercept_[0]), DECIMALS),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Train every language; exit 2 with a one-line reason on a missing or malformed data file."""
    parser = argparse.ArgumentParser(prog="python -m training.train", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the *-train.jsonl files")
    parser.add_argument("--out", type=Path, default=ROOT / "models", help="where the model files go")
    parser.add_argument("--lang", action="append", choices=("en", "fr"), help="only these languages")
    args = parser.parse_args(argv)
    try:
        for language in args.lang or ["en", "fr"]:
            path = fit_language(language, args.data, args.out)
            print(f"{language}: wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    except DataError as exc:
        print(f"make train: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Experiment (not shipped): a learned identity-hate model as a second opinion to ``risk.hate``'s grammar.

``python -m training.group_hate [--lang en] [--review]`` (about 15 s per language, a minute more with
``--review``; run it in a ``git worktree`` to measure a fixed commit while the shared tree changes). A logistic
regression on the shipped model file's features (``models/<lang>.sfm``: the same words, bigrams and character
n-grams a shipped task would read) separates hateful from benign statements about protected groups, trained on:

- the team's functional **work sets** (``tests/data/functional``: ``hate-*``, ``unseen-hate``, ``identity-tone``,
  ``slur-mention``; never a file named ``*final*`` or ``*probe*``, and no work-set text that is also a held-out text),
  counted ``FUNCTIONAL_WEIGHT`` times, ``expect: flag`` as hate;
- as benign examples, the neutral and positive tweets of ``<lang>-sentiment-train`` that name a group of
  ``rules/risk/terms/<lang>/groups.yml`` (its terms and forms, as folded words); dev texts are dropped
  (``en-sentiment-train`` holds TweetEval's validation tweets, the English dev file).

Every probability is **out of fold by file**: one model per work set, fitted without it (the tweets in five folds by
row number), the way a fresh probe written by someone else meets the model. With ``--review`` the tree's own offline
review (rules, code, models) reads every case, and the table reads the gate a second opinion would have at run time:
only the drafts the review does not flag (warning or above, the risk family) and that name a group, hateful ones
caught against benign ones added, per threshold and per cue gate (the group alone; no negation word; no negation
word and the language's sentiment model reading the draft as more negative than positive). docs/MODELS.md gives the
figures of 2026-12-01 and why the model was not shipped. ``--shipped`` reads the shipped ``hate`` task (HatEval,
MLMA; not fitted on these cases) in place of the out-of-fold model: the same table for the model already in the file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from app.text.models import classifier, load_bundle, model_path, text_features, tokenize
from training.data import DEFAULT_DATA_DIR, read_jsonl

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
FUNCTIONAL = ROOT / "tests" / "data" / "functional"
PREFIXES = ("hate-", "unseen-hate", "identity-tone", "slur-mention")
FUNCTIONAL_WEIGHT = 3.0
# leave-one-file-out AUC on the English work sets: 0.835 / 0.866 / 0.879 / 0.888 / 0.890 at C 0.3 / 1 / 3 / 10 / 30
C = 10.0
TWEET_FOLDS = 5
THRESHOLDS = (0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
NEGATIONS = {
    "en": frozenset(
        [
            "not",
            "no",
            "never",
            "nobody",
            "none",
            "nothing",
            "neither",
            "nor",
            "without",
            "don",
            "doesn",
            "didn",
            "isn",
            "aren",
            "wasn",
            "weren",
            "won",
            "wouldn",
            "shouldn",
            "cannot",
            "couldn",
            "t",
            "refuse",
            "false",
            "wrong",
            "stop",
        ]
    ),
    "fr": frozenset(
        [
            "ne",
            "n",
            "pas",
            "jamais",
            "aucun",
            "aucune",
            "personne",
            "rien",
            "ni",
            "sans",
            "faux",
            "arretez",
            "arrete",
            "stop",
        ]
    ),
}


@dataclass(frozen=True)
class Case:
    """One training text: where it comes from (a work set's stem, or ``#tweets<fold>``), whether it is hate."""

    source: str
    text: str
    hate: bool
    weight: float


def held_out(language: str, functional: Path = FUNCTIONAL) -> frozenset[str]:
    """The folded texts of every held-out functional set (``*final*``, ``*probe*``) in ``language`` or ``auto``."""
    out: set[str] = set()
    for path in sorted(functional.glob("*.jsonl")):
        if "final" in path.name or "probe" in path.name:
            out.update(_key(c["text"]) for c in _cases(path) if c.get("language", "auto") in (language, "auto"))
    return frozenset(out)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _cases(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def group_words(language: str, rules: Path = ROOT / "rules") -> frozenset[str]:
    """The group names of risk.hate's targets (terms and forms), as space-joined folded tokens."""
    data = yaml.safe_load((rules / "risk" / "terms" / language / "groups.yml").read_text(encoding="utf-8"))
    names: set[str] = set()
    for entry in data["terms"]:
        if isinstance(entry, str):
            names.add(entry)
        else:
            names.add(entry["term"])
            names.update(entry.get("forms", []))
    return frozenset(" ".join(t.norm for t in tokenize(name)) for name in names)


def names_group(text: str, groups: frozenset[str]) -> bool:
    """Whether ``text`` holds one of ``groups`` as whole folded words."""
    folded = " " + " ".join(t.norm for t in tokenize(text)) + " "
    return any(f" {g} " in folded for g in groups)


def examples(language: str, data_dir: Path = DEFAULT_DATA_DIR, functional: Path = FUNCTIONAL) -> list[Case]:
    """The experiment's training cases, in a fixed order: work sets by file name, then the group tweets."""
    hidden = held_out(language, functional)
    out: list[Case] = []
    for path in sorted(functional.glob("*.jsonl")):
        if "final" in path.name or "probe" in path.name or not path.name.startswith(PREFIXES):
            continue
        for case in _cases(path):
            if case.get("language") == language and _key(case["text"]) not in hidden:
                out.append(Case(path.stem, case["text"], case["expect"] == "flag", FUNCTIONAL_WEIGHT))
    dev = {_key(ex.text) for ex in read_jsonl(data_dir / f"{language}-sentiment-dev.jsonl")}
    groups = group_words(language)
    tweets = [
        ex.text
        for ex in read_jsonl(data_dir / f"{language}-sentiment-train.jsonl")
        if ex.label in ("neutral", "positive") and _key(ex.text) not in dev | hidden and names_group(ex.text, groups)
    ]
    out.extend(Case(f"#tweets{i % TWEET_FOLDS}", text, False, 1.0) for i, text in enumerate(tweets))
    return out


def out_of_fold(language: str, cases: Sequence[Case], models: Path | None = None) -> list[float]:
    """P(hate) of every case from a model fitted without its source (leave one work set / tweet fold out)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    from training.train import CONFIG, _matrix

    bundle = load_bundle(model_path(language, models))
    vocab = dict(bundle.vocab)
    for left, following in bundle.bigrams.items():
        vocab.update({f"b{left} {right}": i for right, i in following.items()})
    x = _matrix([text_features(c.text, CONFIG) for c in cases], vocab)
    y = np.array([int(c.hate) for c in cases])
    w = np.array([c.weight for c in cases])
    sources = np.array([c.source for c in cases])
    p = np.zeros(len(cases))
    with threadpool_limits(limits=1):
        for source in sorted(set(sources)):
            held = sources == source
            model = LogisticRegression(C=C, solver="lbfgs", max_iter=2000, tol=1e-6)
            model.fit(x[~held], y[~held], sample_weight=w[~held])
            p[held] = model.predict_proba(x[held])[:, 1]
    return [float(v) for v in p]


def reviewed(language: str, cases: Sequence[Case]) -> list[bool]:
    """Whether this tree's offline review flags each case (a risk finding at warning or above)."""
    from app.domain import Severity
    from app.engine import Engine
    from app.settings import Settings

    engine = Engine.create(Settings(offline=True))

    async def run() -> list[bool]:
        out = []
        for case in cases:
            report = await engine.review(case.text, language=language)
            out.append(
                any(f.family.value == "risk" and f.severity.rank >= Severity.WARNING.rank for f in report.findings)
            )
        return out

    return asyncio.run(run())


def gates(language: str) -> dict[str, Callable[[str], bool]]:
    """The cue gates a run-time second opinion would have, by name: whether a draft may be flagged. Every gate asks
    for a group of risk.hate's targets in the draft (the model would run only then)."""
    sentiment = classifier("sentiment", language)
    negations = NEGATIONS[language]
    groups = group_words(language)

    def named(text: str) -> bool:
        return names_group(text, groups)

    def no_negation(text: str) -> bool:
        return named(text) and not any(t.norm in negations for t in tokenize(text))

    def negative(text: str) -> bool:
        if sentiment is None:
            return no_negation(text)
        p = sentiment.probabilities(text)
        return no_negation(text) and p["negative"] > p["positive"]

    return {"group named": named, "no negation": no_negation, "no negation, sentiment negative": negative}


def table(language: str, cases: Sequence[Case], p: Sequence[float], flagged: Sequence[bool] | None) -> list[str]:
    """Lines of the report: the model alone on the work sets, then the second-opinion gates on the review's misses."""
    work = [i for i, c in enumerate(cases) if not c.source.startswith("#")]
    tweets = [i for i, c in enumerate(cases) if c.source.startswith("#")]
    hateful = [i for i in work if cases[i].hate]
    benign = [i for i in work if not cases[i].hate]
    from sklearn.metrics import roc_auc_score

    auc = roc_auc_score([cases[i].hate for i in work], [p[i] for i in work])
    lines = [
        f"{language}: {len(hateful)} hateful, {len(benign)} benign work-set cases, {len(tweets)} group tweets; "
        f"AUC {auc:.3f} on the work sets"
    ]
    for t in THRESHOLDS:
        lines.append(
            f"  model alone >= {t}: hateful {_count(p, hateful, t)}/{len(hateful)}, "
            f"benign {_count(p, benign, t)}/{len(benign)}, tweets {_count(p, tweets, t)}/{len(tweets)}"
        )
    if flagged is None:
        return lines
    misses = [i for i in hateful if not flagged[i]]
    quiet = [i for i in benign if not flagged[i]]
    calm = [i for i in tweets if not flagged[i]]
    lines.append(f"  review misses {len(misses)} hateful, leaves {len(quiet)} benign and {len(calm)} tweets unflagged")
    for name, ok in gates(language).items():
        keep = {i for i in misses + quiet + calm if ok(cases[i].text)}
        for t in THRESHOLDS:
            caught, added, tw = (_count(p, [i for i in ids if i in keep], t) for ids in (misses, quiet, calm))
            lines.append(f"  gate {name!r} >= {t}: misses caught {caught}, benign added {added}, tweets added {tw}")
    return lines


def _count(p: Sequence[float], ids: Sequence[int], threshold: float) -> int:
    return sum(1 for i in ids if p[i] >= threshold)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the experiment's tables for the chosen languages."""
    parser = argparse.ArgumentParser(prog="python -m training.group_hate", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the *-train.jsonl files")
    parser.add_argument("--lang", action="append", choices=("en", "fr"), help="only these languages")
    parser.add_argument("--review", action="store_true", help="also review every case: the second-opinion gates")
    parser.add_argument(
        "--shipped", action="store_true", help="read the shipped hate task (HatEval / MLMA) instead: the baseline"
    )
    args = parser.parse_args(argv)
    for language in args.lang or ["en", "fr"]:
        cases = examples(language, args.data)
        shipped = classifier("hate", language) if args.shipped else None
        p = [shipped.probability(c.text) for c in cases] if shipped is not None else out_of_fold(language, cases)
        flagged = reviewed(language, cases) if args.review else None
        print("\n".join(table(language, cases, p, flagged)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Out-of-round measure of the ``group_hate`` task (``training/train.py``; its card is in docs/MODELS.md).

``python -m training.group_hate --rounds 45 46 47 48 [--lang en] [--data DIR]`` (one to four minutes per round
and language, most of it the vocabulary; run it in a ``git worktree`` to measure a fixed commit while the shared tree
changes). For each round R and language the task is fitted exactly as ``make train`` fits it — the same sources,
weights, C and vocabulary (the shared tasks' features, then its own) — but on the manifest's functional files of the
rounds *before* R only, every text of round R up to the dev round dropped; it then scores round R's hate probe files
(``tests/data/functional/*probe*`` of round R with a ``GROUP_HATE_PREFIXES`` name: drafts an outside writer wrote for
that round), in that language: the way the shipped model meets the next round's fresh probes. The tree's offline
review reads the same probes (a risk finding at warning or above, the model's own rule ``risk.hate-model`` left out:
it reads the shipped model, which saw every round before 40), and the table gives, per round, language and class
(probe, check or outsider file; hateful or benign), the review alone and the review OR P(hate) >= t at a few
thresholds. Totals only: no text is printed. A round's outsider sets (``hate-round34-outsider*-probe-en/fr``: posts by
other writers than the round's probe writer) are probe files of that round, counted on their own lines (``outsider``);
since session 33 they are training files too (the manifest lists them), so a round after 34 is read by a model that saw
them, and round 34 by one that did not. Outside writers' training posts of no round (``hate-writers-*``, session 33;
round 0, no ``probe`` in the name) are never probe files: the manifest lists them, and every round's model is
fitted on them (they were written from no round's probes).

Round 56 (``DEV_ROUND``) is the dev round (the shipped model's thresholds are chosen on its probes); a round after it
holds the current round's test probes and is refused.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from training.data import DEFAULT_DATA_DIR
from training.train import FUNCTIONAL_DIR, GROUP_HATE_LAST_ROUND, GROUP_HATE_PREFIXES, Task, functional_round

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

THRESHOLDS = (0.7, 0.8, 0.85, 0.9, 0.95)
DEV_ROUND = GROUP_HATE_LAST_ROUND + 1
MODEL_RULES = frozenset({"risk.hate-model"})  # the rule that reads group_hate: not "the review alone"


@dataclass(frozen=True)
class Probe:
    """One probe case: its file's kind (``probe``, ``check`` or ``outsider``), whether it is hateful, its text."""

    kind: str
    hateful: bool
    text: str


def probe_files(round_: int, folder: Path = FUNCTIONAL_DIR) -> list[Path]:
    """Round ``round_``'s hate probe files (``*probe*``, a hate prefix, that round), sorted; a round after DEV_ROUND is
    refused."""
    if round_ > DEV_ROUND:
        raise ValueError(f"round {round_} holds the current round's test probes: only the lead measures them")
    return sorted(
        p
        for p in folder.glob("*.jsonl")
        if "probe" in p.name and p.name.startswith(GROUP_HATE_PREFIXES) and functional_round(p.stem) == round_
    )


def probes(round_: int, language: str, folder: Path = FUNCTIONAL_DIR) -> list[Probe]:
    """The cases of round ``round_``'s probe files in ``language`` (flag: hateful, pass: benign), in file order."""
    out: list[Probe] = []
    for path in probe_files(round_, folder):
        kind = "check" if "check" in path.name else "outsider" if "outsider" in path.name else "probe"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case.get("language") == language and case.get("expect") in ("flag", "pass"):
                    out.append(Probe(kind, case["expect"] == "flag", case["text"]))
    return out


def fit_out_of_round(
    language: str,
    round_: int,
    data_dir: Path,
    folder: Path,
    *,
    masked: bool | None = None,
    weight: float | None = None,
    c: float | None = None,
    word_features: bool | None = None,
    swap: int | None = None,
    swap_weight: float | None = None,
    recent: tuple[int, float] | None = None,
) -> Task:
    """Write to ``folder`` a model file of ``language`` whose ``group_hate`` is fitted as ``make train`` fits it on the
    rounds before ``round_`` only (the shared tasks' weights those of the shipped file); the task fitted. The options
    are ``out_of_round``'s."""
    from app.text.models import models_dir
    from training.train import GROUP_HATE_TWEETS, fit_language, group_hate_task, tasks_for

    options: dict[str, bool] = {}
    if masked is not None:
        options["masked"] = masked
    if word_features is not None:
        options["word_features"] = word_features
    task = group_hate_task(
        language, last_round=round_ - 1, swap=swap, swap_weight=swap_weight, recent=recent, **options
    )
    if weight is not None:  # every functional source (a recent round's, the swapped copies) scaled alike
        scale = weight / task.weights[0]
        functional = len(task.sources) - len(GROUP_HATE_TWEETS[language])
        task.weights = tuple(w * scale if k < functional else w for k, w in enumerate(task.weights))
    if c is not None:
        task.c = c
    tasks = [t for t in tasks_for(language) if not t.appended] + [task]
    # The shared tasks' features as the shipped file keeps them (fitting them again here would give the same).
    fit_language(language, data_dir, folder, tasks=tasks, only=("group_hate",), shared_from=models_dir())
    return task


def out_of_round(
    language: str,
    round_: int,
    data_dir: Path,
    texts: Sequence[str],
    *,
    masked: bool | None = None,
    weight: float | None = None,
    c: float | None = None,
    word_features: bool | None = None,
    swap: int | None = None,
    swap_weight: float | None = None,
    recent: tuple[int, float] | None = None,
) -> list[float]:
    """P(hate) of ``texts`` from the task fitted as ``make train`` does on the rounds before ``round_`` only (with the
    group words masked when the task masks them). ``masked``, ``weight`` (of a functional case), ``c``: another choice
    than the shipped one, ``word_features`` (False: character n-grams and bigrams only), for the experiments of
    docs/MODELS.md; ``swap``, ``swap_weight``: the group-swapped copies of each functional case and their weight (a
    share of a functional case's), ``recent``: (N, F) the last N rounds' functional cases weigh F times more
    (``training.train.group_hate_task``)."""
    from app.text.models import classifier

    with tempfile.TemporaryDirectory(prefix=f"group-hate-r{round_}-") as folder:
        task = fit_out_of_round(
            language,
            round_,
            data_dir,
            Path(folder),
            masked=masked,
            weight=weight,
            c=c,
            word_features=word_features,
            swap=swap,
            swap_weight=swap_weight,
            recent=recent,
        )
        model = classifier("group_hate", language, Path(folder))
        if model is None:  # pragma: no cover - the file was just written with the task
            raise RuntimeError("group_hate missing from the fitted file")
        mask = task.mask or (lambda _: ())  # read with the group words masked, as risk.hate-model reads the drafts
        return [model.probability(text, masked=mask(text)) for text in texts]


def reviewed(language: str, texts: Sequence[str]) -> list[bool]:
    """Whether this tree's offline review flags each text: a risk finding at warning or above, MODEL_RULES left out."""
    from app.domain import Severity
    from app.engine import Engine
    from app.settings import Settings

    engine = Engine.create(Settings(offline=True))

    async def run() -> list[bool]:
        out = []
        for text in texts:
            report = await engine.review(text, language=language)
            out.append(
                any(
                    f.family.value == "risk" and f.severity.rank >= Severity.WARNING.rank and f.rule not in MODEL_RULES
                    for f in report.findings
                )
            )
        return out

    return asyncio.run(run())


def table(round_: int, language: str, cases: Sequence[Probe], flagged: Sequence[bool], p: Sequence[float]) -> list[str]:
    """Per class (probe/check/outsider × hateful/benign): the review alone, then the review OR P >= t. Totals only."""
    lines = []
    for kind in ("probe", "check", "outsider"):
        for hateful in (True, False):
            ids = [i for i, c in enumerate(cases) if c.kind == kind and c.hateful == hateful]
            if not ids:
                continue
            alone = sum(1 for i in ids if flagged[i])
            either = "  ".join(f"{t:g}: {sum(1 for i in ids if flagged[i] or p[i] >= t)}" for t in THRESHOLDS)
            model = sum(1 for i in ids if p[i] >= 0.85)
            lines.append(
                f"R{round_} {language} {kind} {'hateful' if hateful else 'benign ':7}  review {alone}/{len(ids)}"
                f"  review OR P>= {either}  (model alone >= 0.85: {model})"
            )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Print the out-of-round table for the chosen rounds and languages."""
    parser = argparse.ArgumentParser(prog="python -m training.group_hate", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, nargs="+", default=[48, 49, 50, DEV_ROUND], help="rounds to score")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the *-train.jsonl files")
    parser.add_argument("--lang", action="append", choices=("en", "fr"), help="only these languages")
    parser.add_argument("--masked", action="store_true", help="fit and read with the group words masked (group_mask)")
    parser.add_argument("--functional-weight", type=float, help="the weight of a functional case (a tweet weighs 1)")
    parser.add_argument("--c", type=float, help="the logistic regression's C")
    parser.add_argument(
        "--no-word-features", action="store_true", help="fit on character n-grams and bigrams only (no word features)"
    )
    parser.add_argument(
        "--swap", type=int, metavar="K", help="K group-swapped copies of each functional case naming a group (0: none)"
    )
    parser.add_argument("--swap-weight", type=float, metavar="W", help="a swapped copy's weight, a share of its case's")
    parser.add_argument(
        "--recent",
        type=float,
        nargs=2,
        metavar=("N", "F"),
        help="the functional cases of the last N rounds fitted on weigh F times more (0 1: every round alike)",
    )
    parser.add_argument(
        "--dump",
        type=Path,
        metavar="FILE",
        help="also write each case's round, language, kind, label, review flag and P as JSON lines (no text), for "
        "comparisons at matched benign counts",
    )
    args = parser.parse_args(argv)
    late = [r for r in args.rounds if r > DEV_ROUND]
    if late:
        parser.error(f"round {late[0]} holds the current round's test probes (rounds up to {DEV_ROUND} only)")
    for round_ in args.rounds:
        for language in args.lang or ["en", "fr"]:
            cases = probes(round_, language)
            if not cases:
                print(f"R{round_} {language}: no probe file")
                continue
            texts = [c.text for c in cases]
            p = out_of_round(
                language,
                round_,
                args.data,
                texts,
                masked=args.masked or None,
                weight=args.functional_weight,
                c=args.c,
                word_features=False if args.no_word_features else None,
                swap=args.swap,
                swap_weight=args.swap_weight,
                recent=None if args.recent is None else (int(args.recent[0]), args.recent[1]),
            )
            flags = reviewed(language, texts)
            print("\n".join(table(round_, language, cases, flags, p)), flush=True)
            if args.dump is not None:
                with args.dump.open("a", encoding="utf-8") as out:
                    for case, flag, prob in zip(cases, flags, p, strict=True):
                        row = [round_, language, case.kind, case.hateful, flag, round(prob, 6)]
                        out.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""``make eval``: precision, recall and F1 per model and per rule family, on the dev files and the functional cases.

Three tables, printed as text (``--json`` for the figures):

1. **Models on dev** — each shipped model at the threshold its rule uses (``rules/risk/offensive.yml``
   bands, ``rules/tone/negative.yml``), or 0.5 where no rule reads it, on the ``*-dev`` files; ``group_hate``
   (fitted on functional cases) on its dev round's hate probes (``training.group_hate.DEV_ROUND``: round 56, totals
   only) at the warning band of ``risk.hate-model``.
2. **Rule families on dev** — the whole offline review (every rule, lists and models together): a dev
   tweet counts as flagged when the family has a finding at ``warning`` or above (``tone.negative``
   for the sentiment files: warned negative vs warned positive tweets).
3. **Functional cases** — ``tests/data/functional/*.jsonl`` (``{"text", "language", "expect": "flag"|"pass",
   "behaviour"}``), per behaviour, flagged when a family that behaviour belongs to has a finding at
   ``warning`` or above.

``--choose`` also prints, per model, the threshold that meets the issue's operating points on dev
(the rule files' thresholds were chosen this way; dev is never fitted on).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import yaml

from app.domain import Report, Severity
from app.engine import Engine
from app.settings import Settings
from app.text.models import classifier
from training.data import DEFAULT_DATA_DIR, DataError, Example, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules"
FUNCTIONAL = ROOT / "tests" / "data" / "functional"

# Which families a functional behaviour may be caught by (prefix of "behaviour" -> families).
BEHAVIOUR_FAMILIES = {
    "hate": ("risk",),
    "leak": ("privacy", "risk"),
    "disparagement": ("tone", "risk"),
    "slur-mention": ("risk",),
    "slur-homonym": ("risk",),  # a hate suite's benign class: judged as the hate sets are
    "homonyms-": ("risk",),  # homonyms of profanity and insults (the loaf, the rooster): judged by the risk rules
    "hostile-tweets": ("risk",),
    "clauses-": ("risk",),  # (session 13, R) a hate work set by clause grammar: judged as the hate sets are
    "implicit-round": ("risk",),  # (session 13, I) implicit derogation by mechanism: judged as the hate sets are
    "insult-senses-": ("risk",),  # (session 13, M) insult words in their harmless senses (pests, waste): by risk rules
    "threats-round": ("risk",),  # (session 13, T) threats by mechanism: judged as the hate sets are
    "derogation-round": ("risk",),  # (session 14, F/V) derogation by mechanism: judged as the hate sets are
    "aim-round": ("risk",),  # (session 14, A) swearing at things vs at people: judged by the risk rules
    "evasion-round": ("risk",),  # (session 15, E) hate spelt to evade (leetspeak, spaced, joined): as the hate sets
    "vocab-round": ("risk",),  # (session 15, W) closed vocabulary classes (age, modified groups, removal, slurs)
    "invariance-round": ("risk",),  # (session 16, A) hate and benign drafts inside reply/hedge/question wrappers
    "benign-round": ("risk",),  # (session 17, B) identity statements, negated hate, counter-speech, with look-alikes
}
DEFAULT_FAMILIES = ("risk", "privacy", "tone")


@dataclass(frozen=True)
class Row:
    """One line of a table: counts and rates of flagged positives and negatives."""

    table: str
    name: str
    data: str
    threshold: str
    positives: int
    negatives: int
    tp: int
    fp: int

    @property
    def precision(self) -> float:
        """TP / (TP + FP)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of positives flagged."""
        return self.tp / self.positives if self.positives else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fp_rate(self) -> float:
        """Share of negatives flagged."""
        return self.fp / self.negatives if self.negatives else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The row with its derived figures."""
        out = asdict(self)
        out.update(precision=self.precision, recall=self.recall, f1=self.f1, fp_rate=self.fp_rate)
        return out


def _row(table: str, name: str, data: str, threshold: str, flags: Iterable[tuple[bool, bool]]) -> Row:
    """A row from (is positive, is flagged) pairs."""
    pairs = list(flags)
    return Row(
        table=table,
        name=name,
        data=data,
        threshold=threshold,
        positives=sum(1 for pos, _ in pairs if pos),
        negatives=sum(1 for pos, _ in pairs if not pos),
        tp=sum(1 for pos, flag in pairs if pos and flag),
        fp=sum(1 for pos, flag in pairs if not pos and flag),
    )


def hostile(label: str) -> bool:
    """MLMA: anything but ``normal`` is hostile."""
    return bool(set(label.split("_")) - {"normal"})


def hateful(label: str) -> bool:
    """MLMA: hateful or fear-mongering."""
    return bool(set(label.split("_")) & {"hateful", "fearful"})


@dataclass(frozen=True)
class DevSet:
    """A dev file, which of its labels are positive, and which are left out (e.g. neutral sentiment)."""

    file: str
    positive: Callable[[str], bool]
    keep: Callable[[str], bool] = lambda label: True

    def examples(self, data_dir: Path) -> list[tuple[Example, bool]]:
        """The kept examples with their positive flag."""
        return [
            (ex, self.positive(ex.label)) for ex in read_jsonl(data_dir / f"{self.file}.jsonl") if self.keep(ex.label)
        ]


def _not_neutral(label: str) -> bool:
    return label != "neutral"


def _is(value: str) -> Callable[[str], bool]:
    return lambda label: label == value


# group_hate's warning threshold where no rule risk.hate-model sets one (chosen on the round-28 probes, docs/MODELS.md).
GROUP_HATE_WARNING = {"en": 0.8, "fr": 0.85}

# (language, task, dev set) for each shipped model.
MODEL_SETS: list[tuple[str, str, DevSet]] = [
    ("en", "offensive", DevSet("en-offensive-dev", _is("offensive"))),
    ("en", "hate", DevSet("en-hate-dev", _is("hate"))),
    ("en", "irony", DevSet("en-irony-dev", _is("irony"))),
    ("en", "sentiment", DevSet("en-sentiment-dev", _is("negative"), _not_neutral)),
    ("fr", "offensive", DevSet("fr-hostility-dev", hostile)),
    ("fr", "hate", DevSet("fr-hostility-dev", hateful)),
    ("fr", "sentiment", DevSet("fr-sentiment-dev", _is("negative"), _not_neutral)),
]

# (family or rule, language, dev set) for the whole review.
FAMILY_SETS: list[tuple[str, str, DevSet]] = [
    ("risk", "en", DevSet("en-offensive-dev", _is("offensive"))),
    ("risk", "en", DevSet("en-hate-dev", _is("hate"))),
    ("risk", "fr", DevSet("fr-hostility-dev", hostile)),
    ("tone.negative", "en", DevSet("en-sentiment-dev", _is("negative"), _not_neutral)),
    ("tone.negative", "fr", DevSet("fr-sentiment-dev", _is("negative"), _not_neutral)),
]


def rule_params(rule: str) -> dict[str, Any]:
    """The params of a shipped rule file (``risk.offensive`` -> rules/risk/offensive.yml)."""
    family, _, name = rule.partition(".")
    path = RULES / family / f"{name}.yml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    params = data.get("params") or {}
    return params if isinstance(params, dict) else {}


def model_threshold(language: str, task: str) -> float:
    """The probability at which a rule acts on this model (0.5 where no shipped rule sets one)."""
    if task == "offensive":
        bands = rule_params("risk.offensive").get("bands", {}).get(language, {})
        return float(bands.get("warning", 0.5))
    if task == "group_hate":
        bands = rule_params("risk.hate-model").get("bands", {}).get(language, {})
        return float(bands.get("warning", GROUP_HATE_WARNING[language]))
    if task == "hate":
        for key in ("model_threshold", "threshold"):
            value = rule_params("risk.hate").get(key)
            if isinstance(value, dict) and language in value:
                return float(value[language])
            if isinstance(value, int | float):
                return float(value)
    return 0.5


def model_rows(data_dir: Path) -> list[Row]:
    """Table 1: each model alone at its threshold on dev."""
    rows: list[Row] = []
    for language, task, dev in MODEL_SETS:
        model = classifier(task, language)
        if model is None:
            continue
        threshold = model_threshold(language, task)
        flags = [(pos, model.probability(ex.text) >= threshold) for ex, pos in dev.examples(data_dir)]
        rows.append(_row("model", f"{language} {task}", dev.file, f"P>={threshold:g}", flags))
    return rows + group_hate_rows()


def group_hate_rows(folder: Path = FUNCTIONAL) -> list[Row]:
    """Table 1's group_hate rows: the task alone at its warning band on its dev round's hate probes (flag: positive),
    per language, the round's outsider sets (other writers) on a row of their own. The review OR the model, per round:
    ``python -m training.group_hate`` (docs/MODELS.md)."""
    from training.group_hate import DEV_ROUND, probes

    rows: list[Row] = []
    for language in ("en", "fr"):
        model = classifier("group_hate", language)
        cases = probes(DEV_ROUND, language, folder)
        if model is None or not cases:
            continue
        threshold = model_threshold(language, "group_hate")
        for outsider, name in ((False, f"round-{DEV_ROUND} probes"), (True, f"round-{DEV_ROUND} outsider sets")):
            flags = [
                (c.hateful, model.probability(c.text) >= threshold) for c in cases if (c.kind == "outsider") == outsider
            ]
            if flags:
                rows.append(_row("model", f"{language} group_hate", name, f"P>={threshold:g}", flags))
    return rows


def _flagged(report: Report, families: Sequence[str]) -> bool:
    """A finding at warning or above in one of ``families`` (a family, or a rule id)."""
    for finding in report.findings:
        if finding.severity.rank < Severity.WARNING.rank:
            continue
        if finding.family.value in families or finding.rule in families:
            return True
    return False


async def _reviews(engine: Engine, items: Sequence[tuple[str, str]]) -> list[Report]:
    return [await engine.review(text, language=language) for text, language in items]


def family_rows(
    engine: Engine,
    data_dir: Path,
    only: Sequence[str] | None = None,
    sets: Sequence[tuple[str, str, DevSet]] | None = None,
) -> list[Row]:
    """Table 2: the whole offline review on dev, per family (``only`` these families or rules; ``sets``: these)."""
    rows: list[Row] = []
    for family, language, dev in FAMILY_SETS if sets is None else sets:
        if only is not None and family not in only:
            continue
        examples = dev.examples(data_dir)
        reports = asyncio.run(_reviews(engine, [(ex.text, language) for ex, _ in examples]))
        flags = [(pos, _flagged(r, (family,))) for (_, pos), r in zip(examples, reports, strict=True)]
        rows.append(_row("family", f"{language} {family}", dev.file, ">= warning", flags))
    return rows


def read_functional(folder: Path = FUNCTIONAL) -> list[dict[str, str]]:
    """Every functional case of the rounds up to the dev round (``GROUP_HATE_LAST_ROUND`` + 1): a later round's files
    hold the current round's test probes, which only the lead measures, and are never opened; a malformed line names
    the file and the line."""
    from training.train import GROUP_HATE_LAST_ROUND, functional_round

    cases: list[dict[str, str]] = []
    for path in sorted(folder.glob("*.jsonl")):
        if functional_round(path.stem) > GROUP_HATE_LAST_ROUND + 1:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
            if not isinstance(item, dict) or item.get("expect") not in ("flag", "pass") or "text" not in item:
                raise DataError(f"{path}:{number}: expected text, language, expect (flag|pass), behaviour")
            item.setdefault("language", "auto")
            item.setdefault("behaviour", path.stem)
            item["file"] = path.stem
            cases.append(item)
    return cases


def functional_rows(engine: Engine, folder: Path = FUNCTIONAL) -> list[Row]:
    """Table 3: functional cases per file and behaviour group (flag expected = positive)."""
    cases = read_functional(folder)
    if not cases:
        return []
    reports = asyncio.run(_reviews(engine, [(c["text"], c["language"]) for c in cases]))
    groups: dict[tuple[str, str], list[tuple[bool, bool]]] = {}
    for case, report in zip(cases, reports, strict=True):
        # The file says what is judged ("hate-fr", "unseen-hate" -> risk), for its flag and its pass cases alike.
        families = next((f for key, f in BEHAVIOUR_FAMILIES.items() if key in case["file"]), DEFAULT_FAMILIES)
        flag = (case["expect"] == "flag", _flagged(report, families))
        groups.setdefault((case["file"], "/".join(families)), []).append(flag)
    return [
        _row("functional", name, "tests/data/functional", families, flags) for (name, families), flags in groups.items()
    ]


def choose(data_dir: Path) -> list[str]:
    """Thresholds meeting the issue's operating points on dev, per model (the rule files use these)."""
    lines: list[str] = []
    grid = [i / 100 for i in range(5, 100)]
    for language, task, dev in MODEL_SETS:
        model = classifier(task, language)
        if model is None:
            continue
        scored = [(pos, model.probability(ex.text)) for ex, pos in dev.examples(data_dir)]
        if task == "offensive" and language == "en":
            best = max(
                (
                    r
                    for t in grid
                    if (r := _row("", "", "", f"{t:.2f}", [(p, s >= t) for p, s in scored])).precision >= 0.8
                ),
                key=lambda r: r.f1,
                default=None,
            )
            goal = "max F1 at precision >= 0.80"
        else:
            limit = {"sentiment": 0.03 if language == "en" else 0.05}.get(task, 0.10)
            best = max(
                (
                    r
                    for t in grid
                    if (r := _row("", "", "", f"{t:.2f}", [(p, s >= t) for p, s in scored])).fp_rate <= limit
                ),
                key=lambda r: (r.recall, -r.fp_rate),
                default=None,
            )
            goal = f"max recall at <= {limit:.0%} of negatives flagged"
        if best is not None:
            lines.append(
                f"{language} {task:<9} {goal:<42} P>={best.threshold}  precision {best.precision:.3f}"
                f"  recall {best.recall:.3f}  F1 {best.f1:.3f}  negatives flagged {best.fp_rate:.1%}"
            )
    return lines


def print_table(rows: Sequence[Row], out: Any = sys.stdout) -> None:
    """The rows as an aligned text table."""
    header = f"{'table':<10} {'name':<22} {'data':<22} {'threshold':<14} {'pos':>5} {'neg':>5} "
    header += f"{'prec':>6} {'recall':>6} {'F1':>6} {'neg flagged':>11}"
    print(header, file=out)
    print("-" * len(header), file=out)
    for r in rows:
        print(
            f"{r.table:<10} {r.name:<22} {r.data:<22} {r.threshold:<14} {r.positives:>5} {r.negatives:>5} "
            f"{r.precision:>6.3f} {r.recall:>6.3f} {r.f1:>6.3f} {r.fp_rate:>11.1%}",
            file=out,
        )


def evaluate(data_dir: Path, *, families: bool = True, functional: bool = True) -> list[Row]:
    """Every table's rows."""
    rows = model_rows(data_dir)
    if families or functional:
        engine = Engine.create(Settings(offline=True))
        if families:
            rows += family_rows(engine, data_dir)
        if functional:
            rows += functional_rows(engine)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    """Print the tables; exit 2 with a one-line reason on a missing or malformed data file."""
    parser = argparse.ArgumentParser(prog="python -m training.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the *-dev.jsonl files")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--choose", action="store_true", help="also print the thresholds that meet the targets")
    parser.add_argument("--models-only", action="store_true", help="only table 1 (no engine)")
    args = parser.parse_args(argv)
    try:
        rows = evaluate(args.data, families=not args.models_only, functional=not args.models_only)
        chosen = choose(args.data) if args.choose else []
    except DataError as exc:
        print(f"make eval: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps({"rows": [r.to_dict() for r in rows], "chosen": chosen}, indent=2))
        return 0
    print_table(rows)
    if chosen:
        print("\nthresholds meeting the targets on dev:")
        for line in chosen:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Harvest and choose the bands of ``risk.hate-model`` by the cost rule (docs/MODELS.md, ``group_hate`` card).

The rule's scripts (L2's ``harv.py`` and ``choose.py``, session 37) lived in scratch folders that were wiped; this is
the rule as docs/MODELS.md tells it, kept in the tree (M, session 43). Two steps:

``python -m training.band_harvest harvest --rounds 42 43 44 45 --lang fr --out h_fr.jsonl [--work PREFIX …]``
  For each round R (at most ``DEV_ROUND``) the ``group_hate`` task is fitted as ``make train`` fits it on the rounds
  before R only (``training.group_hate.fit_out_of_round``), and round R's hate probe files in that language (probes,
  check set, outsider sets) are read through the whole offline review of this tree, with ``risk.hate-model`` reading
  that fit at the bands 0: each draft's record says whether another risk rule flags it (``review``), whether the model
  rule would speak at some band (``path``: ``gated`` for a draft naming a listed group, ``ungated`` for one naming
  none, ``null`` when the rule never speaks on it) and P(hate) (``p``). ``--work`` adds the benign drafts (``expect:
  pass``) of the functional files whose names start so and that training does not list, read by the fit of the last
  round harvested (kind ``work``). One JSON line a draft; no text is written. A fit takes one to four minutes a round
  and language, the review a minute.

``python -m training.band_harvest choose h_fr.jsonl --gated 0.87 --ungated 0.97 [--price 5]``
  For each path alone (the other at its shipped band) and each band from 0.60 to 0.99: hateful and benign drafts the
  model gains over the rest of the review (work drafts benign), and the cost G = hateful gained - price x benign
  gained; the band of the highest G (the higher band on a tie) on all rounds, and held out: each round scored at the
  band chosen on the other rounds, summed, against the shipped band's sum. Totals only.

  Then, per path, L2's rule with its conditions (``verdict``, M, session 44): the band of the highest G among those
  gaining at most 1 % of the benign drafts, adopted only where (i) its held-out sum beats the shipped band's and (ii)
  8 of 11 of the bands chosen with one round left out lie within 0.03 of it.

What the lost scripts held and this does not: the benign dev tweets priced apart (≤ 1 per thousand warned), and the
amendment of session 37 that dropped the ceiling on the review's total benign rate (nothing here sets one); a draft the
rule reads again with the writer's words masked is counted at its first reading.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from training.data import DEFAULT_DATA_DIR
from training.group_hate import DEV_ROUND, fit_out_of_round, probes
from training.train import FUNCTIONAL_DIR, GROUP_HATE_WORK_BENIGN, functional_round, manifest, work_half

RULE = "risk.hate-model"
BANDS = tuple(round(0.60 + i / 100, 2) for i in range(40))  # 0.60 … 0.99


@dataclass(frozen=True)
class Record:
    """One draft of a harvest: its round, language, kind (probe, check, outsider or work), label, whether the rest of
    the review flags it, the model rule's path (gated, ungated or None) and P(hate)."""

    round: int
    language: str
    kind: str
    hateful: bool
    review: bool
    path: str | None
    p: float

    def flagged(self, gated: float, ungated: float) -> bool:
        """Whether the whole review flags the draft with the model rule at these bands."""
        if self.review:
            return True
        band = gated if self.path == "gated" else ungated if self.path == "ungated" else None
        return band is not None and self.p >= band


def work_drafts(language: str, prefixes: Sequence[str], folder: Path = FUNCTIONAL_DIR) -> list[str]:
    """The benign drafts in ``language`` of the functional files named with one of ``prefixes`` that training does not
    list and that hold no round after the dev round (when training fits one half of the work sets' benign drafts,
    ``GROUP_HATE_WORK_BENIGN``, only the other half, ``work_half`` 1)."""
    listed = set(manifest())
    out: list[str] = []
    for path in sorted(folder.glob("*.jsonl")):
        if path.stem in listed or not path.name.startswith(tuple(prefixes)) or functional_round(path.stem) > DEV_ROUND:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                if case.get("language") != language or case.get("expect") != "pass":
                    continue
                if GROUP_HATE_WORK_BENIGN[language] and work_half(case["text"]) == 0:
                    continue  # fitted on as not-hate (training.train.GROUP_HATE_WORK_BENIGN): only the held-out half
                out.append(case["text"])
    return out


def _read(language: str, texts: Sequence[str], model_folder: Path) -> list[tuple[bool, str | None, float]]:
    """(review, path, p) of each text: this tree's offline review with ``RULE`` reading ``model_folder``'s model."""
    from app.domain import Family, Severity
    from app.engine import Engine
    from app.settings import Settings
    from app.text.models import classifier

    engine = Engine.create(Settings(offline=True))
    rule: Any = next(r for r in engine.ruleset(engine.base_policy).rules if r.meta.id == RULE)
    model = classifier("group_hate", language, model_folder)
    if model is None:  # pragma: no cover - the file was just written with the task
        raise RuntimeError("group_hate missing from the fitted file")
    rule.models = {**rule.models, language: model}
    shipped = rule.params

    def at(ungated: float) -> None:
        rule.params = shipped.model_copy(
            update={
                "bands": {**shipped.bands, language: {Severity.WARNING: 0.0}},
                "ungated_band": {**shipped.ungated_band, language: ungated},
            }
        )

    async def review(text: str) -> tuple[bool, bool]:
        report = await engine.review(text, language=language)
        risk = [f for f in report.findings if f.family == Family.RISK and f.severity.rank >= Severity.WARNING.rank]
        return any(f.rule != RULE for f in risk), any(f.rule == RULE for f in risk)

    async def run() -> list[tuple[bool, str | None, float]]:
        out: list[tuple[bool, str | None, float]] = []
        for text in texts:
            at(0.0)  # both paths open
            other, spoke = await review(text)
            path = None
            if spoke:
                at(2.0)  # the no-group path closed: what still speaks names a listed group
                path = "gated" if (await review(text))[1] else "ungated"
            out.append((other, path, model.probability(text)))
        return out

    try:
        return asyncio.run(run())
    finally:
        rule.params = shipped


def harvest(
    language: str, rounds: Sequence[int], data_dir: Path, work: Sequence[str] = (), **options: Any
) -> list[Record]:
    """The records of ``rounds`` (each read by its out-of-round fit) and, with ``work``, the benign work drafts read
    by the last round's fit."""
    records: list[Record] = []
    for n, round_ in enumerate(sorted(rounds)):
        cases = probes(round_, language)
        texts = [c.text for c in cases]
        extra = work_drafts(language, work) if work and n == len(rounds) - 1 else []
        with tempfile.TemporaryDirectory(prefix=f"band-harvest-r{round_}-") as folder:
            fit_out_of_round(language, round_, data_dir, Path(folder), **options)
            read = _read(language, [*texts, *extra], Path(folder))
        for case, (review, path, p) in zip(cases, read, strict=False):
            records.append(Record(round_, language, case.kind, case.hateful, review, path, round(p, 6)))
        for review, path, p in read[len(cases) :]:
            records.append(Record(round_, language, "work", False, review, path, round(p, 6)))
    return records


@dataclass(frozen=True)
class Gain:
    """What the model adds over the rest of the review at a pair of bands: hateful and benign drafts, and the cost."""

    hateful: int
    benign: int
    cost: float


def gain(records: Iterable[Record], gated: float, ungated: float, price: float = 5.0) -> Gain:
    """Hateful and benign drafts flagged by the model alone at these bands, and G = hateful - price x benign."""
    hateful = benign = 0
    for r in records:
        if not r.review and r.flagged(gated, ungated):
            hateful += r.hateful
            benign += not r.hateful
    return Gain(hateful, benign, hateful - price * benign)


def allowed(records: Sequence[Record], path: str, band: float, other: float, ceiling: float | None) -> bool:
    """Whether the model gains at most ``ceiling`` (a share) of the benign probe, check and outsider drafts at this
    band (L2's constraint on the choice; work drafts are priced, not bounded); no ceiling allows every band."""
    if ceiling is None:
        return True
    drafts = [r for r in records if r.kind != "work"]
    benign = sum(not r.hateful for r in drafts)
    return gain(drafts, *_pair(path, band, other)).benign <= ceiling * benign


def best(records: Sequence[Record], path: str, other: float, price: float = 5.0, ceiling: float | None = None) -> float:
    """The band of ``path`` (``gated`` or ``ungated``) with the highest G, the other path at ``other``; the higher band
    on a tie; with ``ceiling``, among the bands ``allowed`` (the highest band when none is)."""

    def cost(band: float) -> float:
        return gain(records, *_pair(path, band, other), price=price).cost

    bands = [band for band in BANDS if allowed(records, path, band, other, ceiling)] or [BANDS[-1]]
    return max(bands, key=lambda band: (cost(band), band))


def held_out(
    records: Sequence[Record], path: str, other: float, price: float = 5.0, ceiling: float | None = None
) -> tuple[float, dict[int, float]]:
    """The sum over rounds of G on each round at the band chosen on the other rounds (work drafts count on every
    choice and are priced once, at the all-round choice), and the band chosen without each round."""
    rounds = sorted({r.round for r in records if r.kind != "work"})
    work = [r for r in records if r.kind == "work"]
    total = 0.0
    chosen: dict[int, float] = {}
    for round_ in rounds:
        rest = [r for r in records if r.kind == "work" or r.round != round_]
        band = chosen[round_] = best(rest, path, other, price, ceiling)
        held = [r for r in records if r.round == round_ and r.kind != "work"]
        total += gain(held, *_pair(path, band, other), price=price).cost
    band = best(records, path, other, price, ceiling)
    total -= price * gain(work, *_pair(path, band, other), price=price).benign
    return total, chosen


# L2's conditions for a band choice (session 37; docs/MODELS.md, group_hate card): the band of the highest G is chosen
# among those where the model gains at most 1 % of the benign probe drafts; it replaces the shipped band only where
# (i) its held-out sum beats the shipped band's on the same rounds and (ii) the bands chosen with one round left out
# are stable: 8 of 11 (the share) lie within 0.03 of it.
BENIGN_SHARE = 0.01
STABLE_WITHIN = 0.03
STABLE_SHARE = 8 / 11


@dataclass(frozen=True)
class Verdict:
    """The rule's choice for one path: the band chosen on all rounds, its held-out sum against the shipped band's, and
    how many of the left-out choices lie near it."""

    path: str
    shipped: float
    band: float
    held_out: float
    shipped_held_out: float
    near: int
    rounds: int

    @property
    def beats(self) -> bool:
        """Condition (i): the held-out sum beats the shipped band's."""
        return self.held_out > self.shipped_held_out

    @property
    def stable(self) -> bool:
        """Condition (ii): enough left-out choices within ``STABLE_WITHIN`` of the band."""
        return self.rounds > 0 and self.near >= STABLE_SHARE * self.rounds

    @property
    def adopted(self) -> bool:
        """Whether the rule replaces the shipped band."""
        return self.band != self.shipped and self.beats and self.stable

    def line(self) -> str:
        """One line of the ``choose`` table."""
        verdict = "adopted" if self.adopted else "shipped band kept"
        failed = [name for name, ok in (("(i)", self.beats), ("(ii)", self.stable)) if not ok]
        why = f" ({', '.join(failed)} fails)" if failed and self.band != self.shipped else ""
        return (
            f"  {self.path:8} rule: {self.band:.2f} (benign ≤ {BENIGN_SHARE:.0%}), held out {self.held_out:g} against "
            f"{self.shipped_held_out:g}, {self.near} of {self.rounds} left-out choices within {STABLE_WITHIN:g}: "
            f"{verdict}{why}"
        )


def shipped_sum(records: Sequence[Record], path: str, band: float, other: float, price: float = 5.0) -> float:
    """G of every round at the shipped band, the work drafts priced once: what a held-out sum must beat."""
    drafts = [r for r in records if r.kind != "work"]
    work = [r for r in records if r.kind == "work"]
    pair = _pair(path, band, other)
    return gain(drafts, *pair, price=price).cost - price * gain(work, *pair, price=price).benign


def verdict(
    records: Sequence[Record],
    path: str,
    other: float,
    shipped: float,
    price: float = 5.0,
    ceiling: float = BENIGN_SHARE,
) -> Verdict:
    """L2's rule for ``path``, the other path at ``other``: the band under the benign ceiling, conditions (i), (ii)."""
    band = best(records, path, other, price, ceiling)
    kept, chosen = held_out(records, path, other, price, ceiling)
    near = sum(abs(b - band) <= STABLE_WITHIN + 1e-9 for b in chosen.values())
    return Verdict(path, shipped, band, kept, shipped_sum(records, path, shipped, other, price), near, len(chosen))


def _pair(path: str, band: float, other: float) -> tuple[float, float]:
    return (band, other) if path == "gated" else (other, band)


def choose(records: Sequence[Record], gated: float, ungated: float, price: float = 5.0) -> list[str]:
    """The table ``choose`` prints: each path alone at a few bands, its choice on all rounds and held out."""
    drafts = [r for r in records if r.kind != "work"]
    work = [r for r in records if r.kind == "work"]
    rounds = sorted({r.round for r in drafts})
    hateful = sum(r.hateful for r in drafts)
    flagged = [r for r in drafts if r.flagged(gated, ungated)]
    lines = [
        f"rounds {rounds[0]}-{rounds[-1]}: {hateful} hateful / {len(drafts) - hateful} benign drafts, {len(work)} "
        f"benign work drafts; at the shipped bands {gated:g} / {ungated:g} the review flags "
        f"{sum(r.hateful for r in flagged)} / {sum(not r.hateful for r in flagged)} "
        f"(+ {sum(r.flagged(gated, ungated) for r in work)} work)"
    ]
    for path, other, shipped in (("gated", ungated, gated), ("ungated", gated, ungated)):
        band = best(records, path, other, price)
        kept, chosen = held_out(records, path, other, price)
        ship = shipped_sum(records, path, shipped, other, price)
        for b in sorted({shipped, band, 0.73, 0.80, 0.85, 0.87, 0.89, 0.92, 0.95, 0.97}):
            g = gain(drafts, *_pair(path, b, other), price=price)
            w = gain(work, *_pair(path, b, other), price=price)
            mark = (" (shipped)" if b == shipped else "") + (" (chosen)" if b == band else "")
            lines.append(f"  {path:8} {b:.2f}: gained {g.hateful} / {g.benign} + {w.benign} work{mark}")
        lines.append(
            f"  {path:8} chosen {band:.2f} on all rounds; held out {kept:g} against the shipped {shipped:.2f}'s "
            f"{ship:g}; per round {', '.join(f'{k}: {v:.2f}' for k, v in sorted(chosen.items()))}"
        )
        lines.append(verdict(records, path, other, shipped, price).line())
    return lines


def read_records(path: Path) -> list[Record]:
    """The records of a harvest file."""
    return [Record(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """``harvest`` or ``choose`` (see the module docstring)."""
    parser = argparse.ArgumentParser(prog="python -m training.band_harvest", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    h = sub.add_parser("harvest", help="fit out of round and read each round's probes through the review")
    h.add_argument("--rounds", type=int, nargs="+", required=True)
    h.add_argument("--lang", choices=("en", "fr"), required=True)
    h.add_argument("--out", type=Path, required=True, help="JSON lines, one a draft, no text")
    h.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the *-train.jsonl files")
    h.add_argument("--work", nargs="*", default=[], help="prefixes of unlisted functional files: benign work drafts")
    c = sub.add_parser("choose", help="the bands by the cost rule, from harvests")
    c.add_argument("files", type=Path, nargs="+")
    c.add_argument("--gated", type=float, required=True, help="the shipped band of drafts naming a listed group")
    c.add_argument("--ungated", type=float, required=True, help="the shipped band of drafts naming none")
    c.add_argument("--price", type=float, default=5.0, help="a benign draft's cost in hateful drafts")
    args = parser.parse_args(argv)
    if args.command == "harvest":
        late = [r for r in args.rounds if r > DEV_ROUND]
        if late:
            parser.error(f"round {late[0]} holds the current round's test probes (rounds up to {DEV_ROUND} only)")
        records = harvest(args.lang, args.rounds, args.data, args.work)
        args.out.write_text("".join(json.dumps(r.__dict__) + "\n" for r in records), encoding="utf-8")
        print(f"{args.out}: {len(records)} records")
        return 0
    records = [r for f in args.files for r in read_records(f)]
    print("\n".join(choose(records, args.gated, args.ungated, args.price)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""training.band_harvest: the cost rule's arithmetic on harvest records (no fit, no review)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from training import band_harvest as bh
from training import train


def _r(
    round_: int, hateful: bool, p: float, path: str | None = "gated", review: bool = False, kind: str = "probe"
) -> bh.Record:
    return bh.Record(round_, "fr", kind, hateful, review, path, p)


def test_a_record_is_flagged_by_the_review_or_by_its_path_at_its_band() -> None:
    assert _r(45, True, 0.1, review=True).flagged(0.9, 0.9)
    assert _r(45, True, 0.88).flagged(0.87, 0.97)
    assert not _r(45, True, 0.88, path="ungated").flagged(0.87, 0.97)
    assert _r(45, True, 0.98, path="ungated").flagged(0.87, 0.97)
    assert not _r(45, True, 0.99, path=None).flagged(0.0, 0.0)  # the rule never speaks on it


def test_the_gain_counts_what_the_model_adds_over_the_review_and_prices_benign() -> None:
    records = [_r(45, True, 0.9), _r(45, True, 0.95, review=True), _r(45, False, 0.91), _r(45, False, 0.5)]
    assert bh.gain(records, 0.85, 0.97) == bh.Gain(1, 1, 1 - 5)
    assert bh.gain(records, 0.92, 0.97) == bh.Gain(0, 0, 0)
    assert bh.gain(records, 0.85, 0.97, price=0.5).cost == 0.5


def test_the_best_band_spares_a_benign_draft_when_it_costs_more_than_it_gains() -> None:
    records = [_r(44, True, 0.80), _r(44, True, 0.81), _r(44, False, 0.805), _r(45, True, 0.9)]
    # 0.80 gains 3 hateful and 1 benign (G -2); 0.81 gains 2 (G 2); the highest G, the higher band on a tie
    assert bh.best(records, "gated", 0.97) == 0.81
    assert bh.best(records, "gated", 0.97, price=0.5) == 0.80


def test_held_out_scores_each_round_at_the_band_chosen_without_it() -> None:
    records = [_r(44, True, 0.80), _r(44, False, 0.75), _r(45, True, 0.76), _r(45, False, 0.70)]
    total, chosen = bh.held_out(records, "gated", 0.97)
    # without 44, round 45 alone chooses 0.76 (its hateful draft, not its benign one; the higher band on a tie), where
    # round 44 gains its hateful draft (0.80) and spares its benign one (0.75); without 45, round 44 chooses 0.80,
    # where round 45's hateful draft (0.76) is lost
    assert chosen == {44: 0.76, 45: 0.80}
    assert total == 1 + 0


def test_work_drafts_are_priced_once_in_the_held_out_sum() -> None:
    records = [_r(45, True, 0.9), _r(45, False, 0.95, kind="work")]
    total, _ = bh.held_out(records, "gated", 0.97)
    assert bh.best(records, "gated", 0.97) == 0.99  # the work draft costs more than the hateful draft gains
    assert total == 0  # round 45 at 0.99: nothing gained, nothing priced


def test_the_table_names_the_shipped_and_chosen_bands_and_no_text() -> None:
    records = [_r(45, True, 0.9), _r(45, False, 0.7), _r(45, True, 0.98, path="ungated")]
    lines = bh.choose(records, 0.87, 0.97)
    assert lines[0].startswith("rounds 45-45: 2 hateful / 1 benign drafts, 0 benign work drafts")
    assert any("(shipped)" in line for line in lines) and any("chosen" in line for line in lines)


def test_work_drafts_are_the_unlisted_benign_drafts_of_the_prefixes(tmp_path: Path) -> None:
    rows = [
        {"text": "a", "language": "fr", "expect": "pass"},
        {"text": "e", "language": "fr", "expect": "pass"},
        {"text": "b", "language": "fr", "expect": "flag"},
        {"text": "c", "language": "en", "expect": "pass"},
    ]
    for name in ("false-alarms-round44", "hate-round43-probe-fr", f"false-alarms-round{bh.DEV_ROUND + 1}"):
        (tmp_path / f"{name}.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (tmp_path / f"false-alarms-round{bh.DEV_ROUND + 1}.jsonl").write_text("not json: never read\n")
    # the half training fits on (training.train.GROUP_HATE_WORK_BENIGN, work_half 0: "a") is no check: only the other
    assert (train.work_half("a"), train.work_half("e")) == (0, 1)
    fitted = bool(train.GROUP_HATE_WORK_BENIGN["fr"])
    assert bh.work_drafts("fr", ["false-alarms-", "hate-round43"], tmp_path) == (["e"] if fitted else ["a", "e"])


def test_a_harvest_file_reads_back(tmp_path: Path) -> None:
    records = [_r(45, True, 0.9), _r(44, False, 0.2, path=None, kind="work")]
    out = tmp_path / "h.jsonl"
    out.write_text("".join(json.dumps(r.__dict__) + "\n" for r in records), encoding="utf-8")
    assert bh.read_records(out) == records


def test_a_round_after_the_dev_round_is_refused() -> None:
    with pytest.raises(SystemExit) as exc:
        bh.main(["harvest", "--rounds", str(bh.DEV_ROUND + 1), "--lang", "fr", "--out", "/dev/null"])
    assert exc.value.code == 2


_records = st.lists(
    st.builds(
        bh.Record,
        st.integers(42, 45),
        st.just("fr"),
        st.sampled_from(["probe", "check", "outsider", "work"]),
        st.booleans(),
        st.booleans(),
        st.sampled_from(["gated", "ungated", None]),
        st.floats(0, 1),
    ),
    max_size=30,
)


@given(_records, st.sampled_from(bh.BANDS), st.sampled_from(bh.BANDS))
def test_a_higher_band_never_gains_more(records: list[bh.Record], low: float, high: float) -> None:
    low, high = min(low, high), max(low, high)
    for pair_low, pair_high in (((low, 0.97), (high, 0.97)), ((0.87, low), (0.87, high))):
        a, b = bh.gain(records, *pair_low), bh.gain(records, *pair_high)
        assert b.hateful <= a.hateful and b.benign <= a.benign


@given(_records)
def test_the_chosen_band_costs_no_more_than_any_other(records: list[bh.Record]) -> None:
    band = bh.best(records, "gated", 0.97)
    cost = bh.gain(records, band, 0.97).cost
    assert all(bh.gain(records, b, 0.97).cost <= cost for b in bh.BANDS)


def test_the_benign_ceiling_bounds_the_choice() -> None:
    # 0.80 gains 3 hateful and 1 benign of 2 benign drafts (50 %, G 2.5 at price 0.5); above 0.82 no benign one, and
    # 0.83-0.85 gain 2 hateful: the ceiling of 1 % chooses 0.85 (the higher band on a tie)
    records = [_r(45, True, 0.80), _r(45, True, 0.85), _r(45, True, 0.95), _r(45, False, 0.82), _r(45, False, 0.1)]
    assert bh.best(records, "gated", 0.97, price=0.5) == 0.80
    assert bh.best(records, "gated", 0.97, price=0.5, ceiling=0.01) == 0.85
    assert bh.allowed(records, "gated", 0.83, 0.97, 0.0) and not bh.allowed(records, "gated", 0.82, 0.97, 0.0)
    assert bh.allowed(records, "gated", 0.60, 0.97, None)


def test_a_band_chosen_by_one_round_alone_is_not_stable() -> None:
    # rounds 40-43 each gain a hateful draft at 0.80 only; round 44 gains a hateful draft at 0.90 and holds a benign one
    # at 0.80: the all-round choice 0.80 is not the shipped 0.87 but the left-out choices agree and it beats it
    records = [_r(n, True, 0.80) for n in range(40, 44)] + [_r(44, True, 0.90), _r(44, False, 0.79)]
    v = bh.verdict(records, "gated", 0.97, 0.87)
    assert (v.band, v.near, v.rounds) == (0.80, 5, 5)
    assert v.beats and v.stable and v.adopted
    assert "adopted" in v.line()
    # the same band shipped is never "adopted"; a band whose left-out choices scatter is not stable
    assert not bh.verdict(records, "gated", 0.97, 0.80).adopted
    scattered = bh.Verdict("gated", 0.87, 0.80, 10, 5, near=2, rounds=5)
    assert scattered.beats and not scattered.stable and not scattered.adopted
    assert "(ii) fails" in scattered.line()


@given(_records, st.sampled_from(bh.BANDS))
def test_an_adopted_band_beats_the_shipped_one_held_out_and_stays_under_the_ceiling(
    records: list[bh.Record], shipped: float
) -> None:
    v = bh.verdict(records, "gated", 0.97, shipped)
    assert v.rounds == len({r.round for r in records if r.kind != "work"})
    assert 0 <= v.near <= v.rounds
    assert v.shipped_held_out == bh.shipped_sum(records, "gated", shipped, 0.97)
    if v.adopted:
        assert v.held_out > v.shipped_held_out and v.near >= bh.STABLE_SHARE * v.rounds and v.band != shipped
    assert v.band == bh.BANDS[-1] or bh.allowed(records, "gated", v.band, 0.97, bh.BENIGN_SHARE)


@given(_records)
def test_no_ceiling_chooses_as_before(records: list[bh.Record]) -> None:
    band = bh.best(records, "gated", 0.97, ceiling=None)
    cost = bh.gain(records, band, 0.97).cost
    assert all(bh.gain(records, b, 0.97).cost <= cost for b in bh.BANDS)

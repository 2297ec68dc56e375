"""The group-hate second-opinion experiment (training/group_hate.py, not shipped): its training data never holds a
held-out functional text or a dev tweet, and nothing of it reaches the model files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.text.models import load_bundle, model_path
from training import group_hate
from training.data import DEFAULT_DATA_DIR, read_jsonl
from training.train import tasks_for

needs_data = pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason=f"labelled data not found at {DEFAULT_DATA_DIR}")


def _write(path: Path, rows: list[tuple[str, str, str]]) -> None:
    lines = [json.dumps({"text": t, "language": lang, "expect": e, "behaviour": "x"}) for t, lang, e in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@needs_data
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_held_out_text_or_dev_tweet_is_training_data(language: str) -> None:
    cases = group_hate.examples(language)
    keys = {group_hate._key(c.text) for c in cases}
    assert keys.isdisjoint(group_hate.held_out(language))
    assert not any("final" in c.source or "probe" in c.source for c in cases)
    dev = {group_hate._key(ex.text) for ex in read_jsonl(DEFAULT_DATA_DIR / f"{language}-sentiment-dev.jsonl")}
    assert keys.isdisjoint(dev)
    assert {c.hate for c in cases} == {True, False}
    assert cases == group_hate.examples(language)  # a fixed order


@needs_data
def test_a_work_set_text_that_is_also_held_out_is_dropped(tmp_path: Path) -> None:
    _write(tmp_path / "hate-x-en.jsonl", [("Women are vermin.", "en", "flag"), ("I love my mum.", "en", "pass")])
    _write(tmp_path / "hate-x-probe-en.jsonl", [("women are  VERMIN.", "en", "flag")])
    _write(tmp_path / "leaks.jsonl", [("Our Q3 results are huge", "en", "flag")])
    work = [c for c in group_hate.examples("en", functional=tmp_path) if not c.source.startswith("#")]
    assert [(c.source, c.text, c.hate) for c in work] == [("hate-x-en", "I love my mum.", False)]


def test_the_second_opinion_gates_need_a_group() -> None:
    gates = group_hate.gates("en")
    assert not gates["group named"]("I hate Mondays")
    assert gates["group named"]("Muslims are our neighbours")
    assert not gates["no negation"]("Muslims are not violent")
    assert gates["no negation"]("Muslims are violent")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_experiment_is_not_shipped(language: str) -> None:
    assert "group-hate" not in {task.name for task in tasks_for(language)}
    assert "group-hate" not in load_bundle(model_path(language)).tasks

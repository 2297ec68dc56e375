"""The shipped `group_hate` task and its out-of-round measure (training/group_hate.py): the task is in both model
files, the measure reads only the probes of the round it scores, never a round after the dev round, and prints
totals only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.text.models import classifier, load_bundle, model_path
from training import group_hate
from training.train import GROUP_HATE_LAST_ROUND, tasks_for


@pytest.mark.parametrize("language", ["en", "fr"])
def test_group_hate_is_shipped_in_both_languages(language: str) -> None:
    assert "group_hate" in {task.name for task in tasks_for(language)}
    spec = load_bundle(model_path(language)).tasks["group_hate"]
    assert spec.labels == ("hate", "not-hate") and spec.target == "hate" and len(spec.columns) == 1
    model = classifier("group_hate", language)
    assert model is not None
    assert 0.0 <= model.probability("Thank you all for coming, see you next year!") < 0.5


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Immigrants are vermin and should all be thrown out of this country.", "en"),
        ("Les immigrés sont de la vermine, il faut tous les chasser du pays.", "fr"),
    ],
)
def test_group_hate_reads_plain_hate_about_a_group(text: str, language: str) -> None:
    model = classifier("group_hate", language)
    assert model is not None and model.probability(text) >= 0.9


def test_the_dev_round_follows_the_last_training_round() -> None:
    assert group_hate.DEV_ROUND == GROUP_HATE_LAST_ROUND + 1 == 56


def test_a_round_after_the_dev_round_is_refused() -> None:
    with pytest.raises(ValueError, match="test probes"):
        group_hate.probe_files(group_hate.DEV_ROUND + 1)
    with pytest.raises(ValueError, match="test probes"):
        group_hate.probe_files(57)
    with pytest.raises(SystemExit) as exc:
        group_hate.main(["--rounds", "55", str(group_hate.DEV_ROUND + 1)])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        group_hate.main(["--rounds", "57"])
    assert exc.value.code == 2


def test_probe_files_are_the_rounds_probe_files_only() -> None:
    names = [p.name for p in group_hate.probe_files(33)]
    assert names == ["hate-round33-check-probe.jsonl", "hate-round33-probe-en.jsonl", "hate-round33-probe-fr.jsonl"]
    # round 34's outsider sets (other writers) are probe files of their round too (names only: never opened here)
    assert [p.name for p in group_hate.probe_files(34)] == [
        "hate-round34-check-probe.jsonl",
        "hate-round34-outsider-probe-en.jsonl",
        "hate-round34-outsider-probe-fr.jsonl",
        "hate-round34-outsider2-probe-en.jsonl",
        "hate-round34-outsider2-probe-fr.jsonl",
        "hate-round34-probe-en.jsonl",
        "hate-round34-probe-fr.jsonl",
    ]
    assert all("round26" in p.name and "probe" in p.name for p in group_hate.probe_files(26))


def _write(path: Path, rows: list[tuple[str, str, str]]) -> None:
    lines = [json.dumps({"text": t, "language": lang, "expect": e, "behaviour": "x"}) for t, lang, e in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_probes_and_the_table_give_totals_per_class(tmp_path: Path) -> None:
    _write(tmp_path / "hate-round5-probe-en.jsonl", [("a", "en", "flag"), ("b", "en", "pass"), ("c", "fr", "flag")])
    _write(tmp_path / "hate-round5-check-probe.jsonl", [("d", "en", "flag"), ("e", "en", "flag")])
    _write(tmp_path / "hate-round5-en.jsonl", [("f", "en", "flag")])
    _write(tmp_path / "hate-round6-probe-en.jsonl", [("g", "en", "flag")])
    _write(tmp_path / "hate-round5-outsider-probe-en.jsonl", [("h", "en", "flag")])
    cases = group_hate.probes(5, "en", tmp_path)
    assert sorted((c.kind, c.hateful, c.text) for c in cases) == [
        ("check", True, "d"),
        ("check", True, "e"),
        ("outsider", True, "h"),
        ("probe", False, "b"),
        ("probe", True, "a"),
    ]
    flagged = [c.text == "d" for c in cases]
    p = [{"a": 0.9, "b": 0.2, "d": 0.1, "e": 0.9, "h": 0.95}[c.text] for c in cases]
    lines = group_hate.table(5, "en", cases, flagged, p)
    assert lines[0].startswith("R5 en probe hateful  review 0/1  review OR P>= 0.7: 1")
    assert lines[1].startswith("R5 en probe benign   review 0/1  review OR P>= 0.7: 0")
    assert lines[2].startswith("R5 en check hateful  review 1/2  review OR P>= 0.7: 2")
    assert "0.9: 2  0.95: 1  (model alone >= 0.85: 1)" in lines[2]
    assert lines[3].startswith("R5 en outsider hateful  review 0/1  review OR P>= 0.7: 1") and len(lines) == 4
    assert not any(text in line for line in lines for text in ("'a'", "'d'"))  # counts, never a text

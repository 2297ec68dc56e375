"""training.probe_counts: counts per file and class, a diff by line, and never a draft's text in what it prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from training import probe_counts

CASES = [
    {"text": "Women are vermin.", "language": "en", "expect": "flag", "behaviour": "hate-x-en.dehumanisation"},
    {"text": "I love my cat so much.", "language": "en", "expect": "pass", "behaviour": "hate-x-en.object-abuse"},
    {
        "text": "Les femmes sont des parasites.",
        "language": "fr",
        "expect": "flag",
        "behaviour": "hate-x-en.dehumanisation",
    },
]


def _write(path: Path, cases: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    return path


def test_counts_per_language_expect_and_class_without_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _write(tmp_path / "hate-x-en.jsonl", CASES)
    assert probe_counts.main([str(source), "--json", str(tmp_path / "a.json")]) == 0
    out = capsys.readouterr().out
    assert "== hate-x-en.jsonl: en/flag 1/1, en/pass 0/1, fr/flag 1/1" in out
    assert "flag dehumanisation" in out and " 2/2" in out
    assert not any(case["text"] in out for case in CASES)
    bits = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["hate-x-en.jsonl"]
    assert [bool(b["rules"]) for b in bits] == [True, False, True]
    assert [b["line"] for b in bits] == [1, 2, 3]


def test_diff_names_lines_gained_and_lost(tmp_path: Path) -> None:
    row = {"expect": "flag", "kind": "dehumanisation"}
    before = {"f.jsonl": [{"line": 1, **row, "rules": []}, {"line": 2, **row, "rules": ["risk.hate"]}]}
    after = {"f.jsonl": [{"line": 1, **row, "rules": ["risk.hate"]}, {"line": 2, **row, "rules": []}]}
    lines = probe_counts.diff(before, after)
    assert lines[0] == "== f.jsonl: gained 1, lost 1"
    assert lines[1].startswith("   + 1 flag:dehumanisation") and lines[2].startswith("   - 2 flag:dehumanisation")


def test_a_bad_line_names_the_file_and_line(tmp_path: Path) -> None:
    source = tmp_path / "hate-bad.jsonl"
    source.write_text('{"text": "ok", "expect": "pass", "behaviour": "b.c"}\n{"text": 1\n', encoding="utf-8")
    with pytest.raises(SystemExit, match=r"hate-bad.jsonl:2: not a case"):
        probe_counts.read_cases(source)

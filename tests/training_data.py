"""A tiny training set for the tests that fit models (tests/test_models.py, tests/test_group_hate_data.py)."""

from __future__ import annotations

import json
from pathlib import Path


def write_tiny_offensive(folder: Path) -> None:
    """``folder/tiny-train.jsonl``: 40 offensive and 40 ordinary lines, enough for a model that separates them."""
    folder.mkdir(exist_ok=True)
    rows = []
    for i in range(40):
        rows.append({"text": f"you are a stupid idiot number {i}", "label": "offensive"})
        rows.append({"text": f"thanks for the lovely event number {i}", "label": "not-offensive"})
    (folder / "tiny-train.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")

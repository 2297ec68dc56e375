"""The report's JSON does not drift: 34 fixed drafts (tests/data/golden_drafts.json: FR/EN, emoji, URLs,
over-limit threads, findings of every offline family, policy overrides, bad input) reviewed by an offline
engine give, key by key, the reports saved in tests/data/golden_reports.json — through the engine's wire
mapping (CLI JSON, batch, web form), ``POST /v1/check`` and ``POST /v1/check/batch``.

A key the golden file lacks is a failure unless it is a documented addition in ``ADDED_KEYS`` (a new
report block: add its path there, and to the contract). Regenerate deliberately with
``python -m tests.golden_reports --write`` and say so in the commit.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from tests.golden_reports import REPORTS_FILE, current_reports

# Documented additions since the golden file was written: a path of dict keys (list indices as "*")
# relative to a report, e.g. ("length", "networks"). Each one must be in the contract.
ADDED_KEYS: frozenset[tuple[str, ...]] = frozenset(
    {
        ("networks",),  # issue 13: one length entry per selected network (README "Networks"); `length` unchanged
    }
)


@pytest.fixture(scope="module")
def now() -> dict[str, dict[str, Any]]:
    return current_reports()


def _golden() -> dict[str, dict[str, Any]]:
    data: dict[str, dict[str, Any]] = json.loads(REPORTS_FILE.read_text(encoding="utf-8"))
    return data


def _report_root(path: tuple[str, ...]) -> tuple[str, ...]:
    """The path relative to the report inside a door's answer (drops wire/api.json/batch…report)."""
    for marker in ("report",):
        if marker in path:
            return path[path.index(marker) + 1 :]
    if path[:2] == ("api", "json"):
        return path[2:]
    return path[1:]


def _differences(old: Any, new: Any, path: tuple[str, ...] = ()) -> Iterator[str]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in old.keys() - new.keys():
            yield f"{'/'.join((*path, key))}: missing (was {old[key]!r})"
        for key in new.keys() - old.keys():
            if _report_root((*path, key)) not in ADDED_KEYS:
                yield f"{'/'.join((*path, key))}: new, undocumented key ({new[key]!r})"
        for key in old.keys() & new.keys():
            yield from _differences(old[key], new[key], (*path, key))
    elif isinstance(old, list) and isinstance(new, list):
        if len(old) != len(new):
            yield f"{'/'.join(path)}: {len(old)} items before, {len(new)} now"
            return
        for item_old, item_new in zip(old, new, strict=True):
            yield from _differences(item_old, item_new, (*path, "*"))
    elif old != new or type(old) is not type(new):
        yield f"{'/'.join(path)}: {old!r} before, {new!r} now"


@pytest.mark.parametrize("name", sorted(_golden()))
def test_report_json_is_unchanged(name: str, now: dict[str, dict[str, Any]]) -> None:
    problems = list(_differences(_golden()[name], now[name]))
    assert not problems, f"{name}:\n" + "\n".join(problems[:20])


def test_the_golden_set_covers_every_offline_family_and_bad_input() -> None:
    golden = _golden()
    families = {f["family"] for g in golden.values() for f in g["wire"].get("findings", [])}
    assert families >= {"length", "tone", "clarity", "risk", "privacy", "etiquette"}
    assert any(g["api"]["status"] == 422 for g in golden.values())
    assert any(g["wire"].get("length", {}).get("thread") for g in golden.values())
    assert any(f.get("acknowledged") for g in golden.values() for f in g["wire"].get("findings", []))

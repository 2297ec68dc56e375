"""(R, session 46) scripts/written_block.py: the step scripts/demonyms.py and scripts/group_classes.py share, a
generated block written between its two marker lines. Loaded by path, as the tests load the scripts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
BEGIN, END = "  # x: the block below is written", "  # x: end of the written block"


def _helper() -> ModuleType:
    spec = importlib.util.spec_from_file_location("written_block", ROOT / "scripts" / "written_block.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("written_block", module)
    spec.loader.exec_module(module)
    return module


written_block = _helper()
_LINES = st.lists(st.sampled_from(["terms:", "  - {term: a}", "  - {term: b, forms: [c]}", "# note", ""]), max_size=5)


def _block(entries: list[str]) -> str:
    return "\n".join([BEGIN, *entries, END]) + "\n"


@settings(max_examples=100, deadline=None)
@given(head=_LINES, old=_LINES, new=_LINES, tail=_LINES)
def test_the_block_between_the_markers_is_replaced_and_nothing_else(
    tmp_path_factory: pytest.TempPathFactory, head: list[str], old: list[str], new: list[str], tail: list[str]
) -> None:
    path = tmp_path_factory.mktemp("block") / "groups.yml"
    before, after = "".join(f"{line}\n" for line in head), "".join(f"{line}\n" for line in tail)
    path.write_text(before + _block(old) + after, encoding="utf-8")
    written_block.write_block(path, BEGIN, END, _block(new))
    assert path.read_text(encoding="utf-8") == before + _block(new) + after
    written_block.write_block(path, BEGIN, END, _block(new))
    assert path.read_text(encoding="utf-8") == before + _block(new) + after


def test_a_file_with_no_block_takes_it_after_its_anchor_or_names_itself(tmp_path: Path) -> None:
    path = tmp_path / "groups.yml"
    path.write_text("pack: x\nterms:\n  - {term: a}\n", encoding="utf-8")
    written_block.write_block(path, BEGIN, END, _block(["  - {term: b}"]), anchor="\nterms:\n")
    assert path.read_text(encoding="utf-8") == "pack: x\nterms:\n" + _block(["  - {term: b}"]) + "  - {term: a}\n"
    other = tmp_path / "other.yml"
    other.write_text("pack: x\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"other\.yml"):
        written_block.write_block(other, BEGIN, END, _block([]))

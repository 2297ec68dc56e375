"""The house rules, enforced: ruff lint and format on the whole tree (training/ too, since session 43), mypy --strict
on app/, and no function in app/ longer than 60 lines unless a ``# long: reason`` comment stands beside its ``def``."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TREES = ["app", "tests", "bench", "scripts", "training"]


def _tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (make install brings it with the dev extras)")
    return found


@pytest.mark.parametrize("args", [["check", *TREES], ["format", "--check", *TREES]], ids=["lint", "format"])
def test_ruff(args: list[str]) -> None:
    result = subprocess.run([_tool("ruff"), *args], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_on_app() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


MAX_FUNCTION_LINES = 60
_LONG_REASON = re.compile(r"#\s*long:\s*\S")


def _long_reason_given(lines: list[str], node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A ``# long: reason`` comment on the ``def`` line or in the comment lines right above it (or its decorators)."""
    if _LONG_REASON.search(lines[node.lineno - 1]):
        return True
    first = min([node.lineno, *(d.lineno for d in node.decorator_list)]) - 1  # 0-based index of the first line
    above = first - 1
    while above >= 0 and lines[above].strip().startswith("#"):
        if _LONG_REASON.search(lines[above]):
            return True
        above -= 1
    return False


def long_functions(root: Path) -> list[str]:
    """``path:line name (N lines)`` for every function over the limit without a written reason."""
    found = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node.end_lineno is None:
                continue
            size = node.end_lineno - node.lineno + 1
            if size > MAX_FUNCTION_LINES and not _long_reason_given(lines, node):
                found.append(f"{path.relative_to(root.parent)}:{node.lineno} {node.name} ({size} lines)")
    return found


def test_no_long_function_without_a_reason() -> None:
    """Split a function over 60 lines, or write why it is whole: ``# long: <reason>`` above its ``def``."""
    assert long_functions(ROOT / "app") == []


def test_the_long_function_check_sees_reasons(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "bare.py").write_text(f"def bare() -> None:\n{body}\n", encoding="utf-8")
    (tmp_path / "reasoned.py").write_text(
        f"# long: one table, read top to bottom\n@staticmethod\ndef reasoned() -> None:\n{body}\n", encoding="utf-8"
    )
    (tmp_path / "short.py").write_text("def short() -> None:\n    pass\n", encoding="utf-8")
    assert [line.split(" ")[1] for line in long_functions(tmp_path)] == ["bare"]

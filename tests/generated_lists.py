"""Helpers for the tests of term lists that a script under training/ writes: the list's written forms, and what
its generator prints (the file must be exactly that)."""

from __future__ import annotations

import io
from collections.abc import Callable
from contextlib import redirect_stdout
from pathlib import Path

import yaml


def written_forms(path: Path) -> set[str]:
    """Every term and form of a terms-kind list file."""
    terms = yaml.safe_load(path.read_text(encoding="utf-8"))["terms"]
    return {t["term"] for t in terms} | {f for t in terms for f in t.get("forms", [])}


def generator_output(main: Callable[[], object]) -> str:
    """What a generator's ``main()`` prints."""
    out = io.StringIO()
    with redirect_stdout(out):
        main()
    return out.getvalue()

"""Shared fixtures: an offline engine over the packaged rules, and (from tests/lt_fixtures.py) a real LanguageTool."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.engine import Engine
from app.settings import Settings
from tests.lt_fixtures import *  # noqa: F403  (the real LanguageTool, started once per session)

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("SEVENFOLD_SHARED_DIR", REPO_ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def offline_settings() -> Settings:
    """Settings for a review without LanguageTool."""
    return Settings(offline=True)


@pytest.fixture(scope="session")
def engine(offline_settings: Settings) -> Iterator[Engine]:
    """An offline engine over the packaged rules (grammar reported unavailable)."""
    yield Engine.create(offline_settings)

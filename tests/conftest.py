"""Shared fixtures: an offline engine over the packaged rules, the API in-process over it, and (from
tests/lt_fixtures.py) a real LanguageTool."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
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


@pytest.fixture(scope="module")
def client(engine: Engine) -> Iterator[TestClient]:
    """The REST API in-process over the offline engine; a server fault is answered (a 500), not raised."""
    app = create_app(Settings(offline=True), engine=engine)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client

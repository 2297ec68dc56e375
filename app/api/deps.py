"""FastAPI dependencies of every route: the engine (built once by the lifespan) and the settings.

A route declares ``engine: EngineDep`` instead of reading ``request.app.state``; a test overrides
``get_engine`` with ``app.dependency_overrides`` or passes an engine to ``create_app``.

The dependencies are ``async def`` on purpose: FastAPI runs a plain ``def`` dependency in its thread pool,
a hand-off to a worker thread and back on every request for what is an attribute read.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from app.engine import Engine
from app.settings import Settings


async def get_engine(request: Request) -> Engine:
    """The application's engine."""
    engine: Engine = request.app.state.engine
    return engine


def get_optional_engine(request: Request) -> Engine | None:
    """The engine, or ``None`` while the lifespan is still building it (``/readyz``, the form)."""
    engine: Engine | None = getattr(request.app.state, "engine", None)
    return engine


async def optional_engine(request: Request) -> Engine | None:
    """``get_optional_engine`` as a dependency (async: no thread hop)."""
    return get_optional_engine(request)


async def get_app_settings(request: Request) -> Settings:
    """The settings the application was created with."""
    settings: Settings = request.app.state.settings
    return settings


EngineDep = Annotated[Engine, Depends(get_engine)]
OptionalEngineDep = Annotated[Engine | None, Depends(optional_engine)]
SettingsDep = Annotated[Settings, Depends(get_app_settings)]

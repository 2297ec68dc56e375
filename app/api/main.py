"""The application factory: ``create_app()`` wires the routes (REST, LanguageTool-compatible, web form),
the error handlers, the body limit and security, and a lifespan that builds the engine (and starts
LanguageTool) once. ``uvicorn app.api.main:create_app --factory`` serves it from one process; for several,
``sevenfold serve --workers N`` (uvicorn's own ``--workers`` leaves Nagle on: ``app.api.serving``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException

from app.api.docs import install_local_docs
from app.api.errors import http_error_handler, unexpected_handler, validation_handler
from app.api.limits import BodyLimitMiddleware
from app.api.lt_compat import router as lt_compat_router
from app.api.routes import router
from app.api.security import install_security
from app.engine import Engine
from app.policy import load_policy
from app.settings import Settings, get_settings
from app.text.language import get_detector
from app.web.routes import install_web


def build_engine(settings: Settings) -> Engine:
    """The server's engine: the policy file's rules and rule folders, LanguageTool's service (not started)
    unless offline. Raises ``PolicyError``/``RuleFileError`` on a bad policy or rule file."""
    grammar: Any = None
    if not settings.offline:
        from app.languagetool.service import GrammarService

        grammar = GrammarService.from_settings(settings)
    policy, _ = load_policy(settings.policy_file)
    extra_dirs = [Path(d) for d in policy.rule_dirs]
    return Engine.create(settings, grammar=grammar, policy=policy, extra_rule_dirs=extra_dirs)


def create_app(
    settings: Settings | None = None, *, engine: Engine | None = None, start_grammar: bool = False
) -> FastAPI:
    """The application.

    Without ``engine`` the lifespan builds one (``build_engine``) and runs its LanguageTool. Pass an
    ``engine`` (tests, ``sevenfold serve`` which built it to fail fast) to use it; with ``start_grammar``
    the lifespan starts and stops that engine's LanguageTool too, otherwise it is the caller's.
    """
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.engine = engine if engine is not None else build_engine(settings)
        grammar: Any = app.state.engine.deps.grammar if engine is None or start_grammar else None
        if grammar is not None:
            await grammar.start(wait=False)
        get_detector().warm()
        try:
            yield
        finally:
            if grammar is not None:
                await grammar.stop()

    app = FastAPI(
        title="Sevenfold",
        summary="Turn your tweet seven times before you post it.",
        description=(
            "Reviews a draft post before it is published: length (as X counts it), grammar (LanguageTool), "
            "tone, clarity, risky terms, personal data and etiquette. Offsets are Unicode code points."
        ),
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    install_local_docs(app)
    app.state.settings = settings
    app.add_exception_handler(RequestValidationError, validation_handler)
    app.add_exception_handler(HTTPException, http_error_handler)
    app.add_exception_handler(Exception, unexpected_handler)
    app.include_router(router)
    app.include_router(lt_compat_router)
    install_web(app)  # the web form at / and /static, with its CSP
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    install_security(app, settings)  # keys, rate limit, CORS, headers: outermost, after every other middleware
    return app

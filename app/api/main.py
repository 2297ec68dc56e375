"""``create_app()``: the FastAPI application, with a lifespan that builds the engine (and LanguageTool) once."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.api.routes import router
from app.engine import Engine
from app.lt_compat import router as lt_compat_router
from app.policy import load_policy
from app.security import install_security
from app.settings import Settings, get_settings
from app.text.language import get_detector
from app.web.routes import install_web

log = logging.getLogger("sevenfold.api")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class BodyLimitMiddleware:
    """Answers 413 for a body over ``max_bytes``, by Content-Length or, for chunked bodies, while reading.

    The body is read (at most ``max_bytes``) before the app sees it and replayed to it, so the 413 is
    always sent before any other response starts.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _reject(self, send: Send) -> None:
        body = (
            b'{"detail":[{"loc":["body"],"msg":"request body over the limit of '
            + str(self.max_bytes).encode()
            + b' bytes","type":"body_too_large"}]}'
        )
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the declared length, then read and count the body before passing it on."""
        if scope["type"] != "http" or scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = 0
                if declared > self.max_bytes:
                    await self._reject(send)
                    return
        chunks: list[bytes] = []
        received = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            received += len(chunk)
            if received > self.max_bytes:
                await self._reject(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": b"".join(chunks), "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


def _validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    detail = []
    for error in exc.errors():
        item = {
            "loc": list(error.get("loc", ())),
            "msg": str(error.get("msg", "invalid value")),
            "type": error.get("type", "value_error"),
        }
        detail.append(item)
    return JSONResponse(status_code=422, content={"detail": detail})


async def _unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected %s on %s %s", exc.__class__.__name__, request.method, request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal error; the draft was not logged"})


def install_local_docs(app: FastAPI) -> None:
    """Swagger UI at /docs from the swagger-ui-bundle package: no CDN (offline machines, strict networks)."""
    from fastapi.openapi.docs import get_swagger_ui_html, get_swagger_ui_oauth2_redirect_html
    from fastapi.responses import HTMLResponse
    from fastapi.staticfiles import StaticFiles
    from swagger_ui_bundle import swagger_ui_path

    app.mount("/docs-static", StaticFiles(directory=str(swagger_ui_path)), name="docs-static")

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title} — API",
            swagger_js_url="/docs-static/swagger-ui-bundle.js",
            swagger_css_url="/docs-static/swagger-ui.css",
            swagger_favicon_url="/docs-static/favicon-32x32.png",
            oauth2_redirect_url="/docs/oauth2-redirect",
        )

    @app.get("/docs/oauth2-redirect", include_in_schema=False)
    async def swagger_ui_redirect() -> HTMLResponse:
        return get_swagger_ui_oauth2_redirect_html()


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    """The application. Pass ``engine`` (tests) to skip building one and starting LanguageTool."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        grammar: Any = None
        if engine is not None:
            app.state.engine = engine
        else:
            if not settings.offline:
                from app.languagetool.service import GrammarService

                grammar = GrammarService.from_settings(settings)
                await grammar.start(wait=False)
            policy, _ = load_policy(settings.policy_file)
            extra_dirs = [Path(d) for d in policy.rule_dirs]
            app.state.engine = Engine.create(settings, grammar=grammar, policy=policy, extra_rule_dirs=extra_dirs)
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
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(Exception, _unexpected_handler)
    app.include_router(router)
    app.include_router(lt_compat_router)
    install_web(app)  # the web form at / and /static, with its CSP
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    install_security(app, settings)  # keys, rate limit, CORS, headers: outermost, after every other middleware
    return app

"""Error answers of the API: every 422 in FastAPI's own shape (``{"detail": [{"loc", "msg", "type"}]}``),
policy errors located at their key, and a 500 that never echoes the draft."""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from app.policy import PolicyError

log = logging.getLogger("sevenfold.api")


def unprocessable(loc: list[str | int], message: str, kind: str = "value_error") -> JSONResponse:
    """A 422 in FastAPI's own error shape, so clients parse every validation error alike."""
    return JSONResponse(status_code=422, content={"detail": [{"loc": loc, "msg": message, "type": kind}]})


def policy_error_response(exc: PolicyError) -> JSONResponse:
    """A policy error as a 422 whose loc names the policy key."""
    key = exc.where.split(": ", 1)[1] if ": " in exc.where else ""
    parts = [p for p in key.split(".") if p]
    if len(parts) >= 3 and parts[0] in ("rules", "acks"):  # a rule id (family.name) is one key
        parts = [parts[0], f"{parts[1]}.{parts[2]}", *parts[3:]]
    loc: list[str | int] = ["body", "policy", *parts]
    return unprocessable(loc, exc.reason, "policy_error")


def validation_handler(request: Request, exc: Exception) -> JSONResponse:
    """Request validation errors: loc, msg and type only (no echo of the input)."""
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


async def unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    """Anything else: a logged class name and a 500 that says the draft was not logged."""
    log.error("unexpected %s on %s %s", exc.__class__.__name__, request.method, request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal error; the draft was not logged"})

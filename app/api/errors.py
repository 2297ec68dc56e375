"""Error answers of the API: every 422 in FastAPI's own shape (``{"detail": [{"loc", "msg", "type"}]}``),
policy errors located at their key, and a 500 that never echoes the draft."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from app.api.schemas import OBJECT_EXPECTED, BatchRequest, CheckRequest
from app.policy import PolicyError
from app.policy_errors import unknown_key_reason
from app.texts import label, localise

# pydantic writes a validator's own ValueError as "Value error, <reason>": the reason alone is what a user reads
_BODIES: Mapping[str, type[BaseModel]] = {"/v1/check": CheckRequest, "/v1/check/batch": BatchRequest}
"""The JSON body of each path, whose keys a misspelt key's message lists."""
_PYDANTIC_PREFIX = "Value error, "
_NO_OBJECT = ("model_attributes_type", "dict_type", "missing")
# FastAPI's words when the body cannot be decoded at all (JSON nested deeper than Python's recursion limit…)
_UNPARSED = "There was an error parsing the body"

log = logging.getLogger("sevenfold.api")


def unprocessable(loc: list[str | int], message: str, kind: str = "value_error") -> JSONResponse:
    """A 422 in FastAPI's own error shape, so clients parse every validation error alike."""
    return JSONResponse(status_code=422, content={"detail": [{"loc": loc, "msg": message, "type": kind}]})


def policy_error_response(exc: PolicyError, language: str = "en") -> JSONResponse:
    """A policy error as a 422 with one entry per key in error, each loc naming its policy key; the reasons in
    ``language`` (``message_language``)."""
    said = [(exc.key, exc.first_reason), *exc.others]
    detail = [
        {"loc": _policy_loc(key), "msg": localise(reason, language), "type": "policy_error"} for key, reason in said
    ]
    return JSONResponse(status_code=422, content={"detail": detail})


def _policy_loc(key: str) -> list[str | int]:
    """Where a policy key stands in a request's body: ``rules.risk.profanity.severity`` is ``["body", "policy",
    "rules", "risk.profanity", "severity"]`` (a rule id, family.name, is one key)."""
    parts = [p for p in key.split(".") if p]
    if len(parts) >= 3 and parts[0] in ("rules", "acks"):
        parts = [parts[0], f"{parts[1]}.{parts[2]}", *parts[3:]]
    return ["body", "policy", *parts]


def _message(error: Mapping[str, Any], language: str, path: str = "/v1/check") -> str:
    """A validation error's text for a person: our own reason without pydantic's prefix, in the draft's language;
    a body that is no JSON object (a form post, plain text, a list) says what to send — to ``path``: the batch's
    example is ``{"items": [...]}``, not ``/v1/check``'s ``{"text": ...}`` (a list of items was told to send one)."""
    if list(error.get("loc", ())) == ["body"] and error.get("type") in _NO_OBJECT:
        return label("batch-body-not-object" if path == "/v1/check/batch" else "body-not-object", language)
    if error.get("type") == "json_invalid":  # FastAPI's bare "JSON decode error": say why and where
        loc = list(error.get("loc", ()))
        position = loc[1] if len(loc) > 1 else 0
        reason = str((error.get("ctx") or {}).get("error", "JSON decode error"))
        return localise(f"the body is not valid JSON ({reason}) at character {position}", language)
    if error.get("type") == "model_attributes_type":  # "…valid dictionary or object to extract fields from"
        return localise(OBJECT_EXPECTED, language)
    message = str(error.get("msg", "invalid value")).removeprefix(_PYDANTIC_PREFIX)
    return localise(message, language)


def message_language(headers: Mapping[str, str], body: object = None) -> str:
    """The language of an error's message: the one the request names for its draft; when it names none or 'auto',
    the first of Accept-Language that Sevenfold writes (the web form sends its interface's); else ``en``."""
    from app.texts import known_language
    from app.web.i18n import UI_LANGUAGES, parse_accept_language

    language = body.get("language") if isinstance(body, dict) else None
    if isinstance(language, str) and language not in ("", "auto"):
        # a language Sevenfold writes ("fr-CA": fr); an unknown one ("zz") or one without texts ("de") is no
        # reason to answer a French interface in English
        written = known_language(language, UI_LANGUAGES)
        if written is not None:
            return language

    return next((base for base in parse_accept_language(headers.get("accept-language")) if base in UI_LANGUAGES), "en")


def validation_handler(request: Request, exc: Exception) -> JSONResponse:
    """Request validation errors: loc, msg and type only (no echo of the input); the message in the language the
    request gives its draft (``"language": "fr"``), else Accept-Language's (``message_language``), else English."""
    assert isinstance(exc, RequestValidationError)
    language = message_language(request.headers, exc.body)
    detail = []
    root = _BODIES.get(request.url.path)
    for error in exc.errors():
        loc = list(error.get("loc", ()))
        message = _message(error, language, request.url.path)
        if root is not None and error.get("type") == "extra_forbidden" and loc[:1] == ["body"]:
            # (U, session 23) {"langauge": "fr"} was "Extra inputs are not permitted": say the keys there
            message = localise(unknown_key_reason(root, loc[1:]), language)
        item = {
            "loc": loc,
            "msg": message,
            "type": error.get("type", "value_error"),
        }
        detail.append(item)
    return JSONResponse(status_code=422, content={"detail": detail})


async def http_error_handler(request: Request, exc: Exception) -> Response:
    """FastAPI's HTTP errors as they are, but a body it could not parse (JSON nested too deeply) is a 422 at
    ["body"], as every other bad body, not a bare 400."""
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400 and exc.detail == _UNPARSED:
        language = message_language(request.headers)
        body = await request.body()
        try:
            body.decode("utf-8")
        except UnicodeDecodeError as bad:  # a Latin-1 or Windows-1252 client: not a nesting problem
            byte, position = f"{body[bad.start]:#04x}", bad.start
            said = f"the body is not UTF-8 (byte {byte} at position {position}): send the JSON encoded in UTF-8"
            return unprocessable(["body"], localise(said, language), "json_invalid")
        if b"\x00" in body:  # binary, or UTF-16 without its BOM: not a nesting problem either
            said = f"the body holds a NUL byte at position {body.index(0)}: send the JSON as text, encoded in UTF-8"
            return unprocessable(["body"], localise(said, language), "json_invalid")
        said = "the body could not be read as JSON (nested too deeply?)"
        return unprocessable(["body"], localise(said, language), "json_invalid")
    if exc.status_code in (404, 405) and isinstance(exc.detail, str):  # "Not Found", "Method Not Allowed"
        said = localise(exc.detail, message_language(request.headers))
        return JSONResponse(status_code=exc.status_code, content={"detail": said}, headers=exc.headers)
    return await http_exception_handler(request, exc)


async def unexpected_handler(request: Request, exc: Exception) -> JSONResponse:
    """Anything else: a logged class name and a 500 that says the draft was not logged."""
    log.error("unexpected %s on %s %s", exc.__class__.__name__, request.method, request.url.path)
    return JSONResponse(status_code=500, content={"detail": "internal error; the draft was not logged"})

"""The REST routes: parse, call the engine, format. No rule logic here."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from app.api.deps import EngineDep, OptionalEngineDep, SettingsDep
from app.api.errors import message_language, policy_error_response, unprocessable
from app.api.schemas import (
    BatchItem,
    BatchRequest,
    BatchResponse,
    BatchResult,
    CheckRequest,
    HealthOut,
    RulesResponse,
)
from app.domain import Report, wire_adapter
from app.door_text import check_draft
from app.engine import Engine, InputError
from app.policy import Policy, PolicyError, check_request_types
from app.rule_docs import RuleDoc, rule_doc
from app.text.language import UnknownLanguage, validate_language
from app.texts import known_language, label, localise, reason_code
from app.web.i18n import UI_LANGUAGES

router = APIRouter()
BATCH_CONCURRENCY = 8
HEALTHY = HealthOut(status="ok").model_dump_json().encode()


def report_response(report: Report) -> Response:
    """The report as the API sends it: ``to_wire(report, full=True)``, every field (``response_model=Report``
    documents it), written as JSON by pydantic's serializer in one step (``to_wire`` with ``full`` is
    exactly the adapter's JSON-mode dump; no Python dicts built and encoded again)."""
    return Response(wire_adapter(Report).dump_json(report), media_type="application/json")


@router.post("/v1/check", response_model=Report, tags=["check"], summary="Review one draft")
async def check(body: CheckRequest, engine: EngineDep, request: Request) -> Any:
    """Run the seven turns on a draft and return the report."""
    try:
        check_request_types(body.policy)
        policy = engine.resolve_policy(body.policy_overrides())
        report = await engine.review(
            body.text,
            language=body.language,
            policy=policy,
            in_reply_to=body.in_reply_to.as_mapping() if body.in_reply_to else None,
            quoting=body.quoting.as_mapping() if body.quoting else None,
        )
    except PolicyError as exc:
        return policy_error_response(exc, message_language(request.headers, {"language": body.language}))
    except (InputError, UnknownLanguage) as exc:
        # a reply context's field is "in_reply_to.text": its parts, as every other loc; the reason in the request's
        # language, as a validation error's
        field = str(getattr(exc, "field", "language"))
        language = message_language(request.headers, {"language": body.language})
        return unprocessable(["body", *field.split(".")], localise(getattr(exc, "reason", str(exc)), language))
    return report_response(report)


async def _review_item(
    engine: Engine, policy: Policy, index: int, item: BatchItem, gate: asyncio.Semaphore, said_in: str = "en"
) -> BatchResult:
    """One item's report (for its own networks, with the post it answers or quotes), or why it cannot be checked:
    in the item's language when it names one, else ``said_in`` (the request's Accept-Language)."""
    item_id = item.id if item.id is not None and item.id.strip() else str(index + 1)  # a blank id: its number
    named = item.language if isinstance(item.language, str) and item.language.strip() not in ("", "auto") else ""
    said_in = named.strip() if known_language(named, UI_LANGUAGES) else said_in  # not "zz": the request's
    if item.problem is not None:
        if item.problem == label("item-not-object", "en"):
            return BatchResult(id=item_id, error=label("item-not-object", said_in), code="item-not-object")
        code = item.code or reason_code(item.problem)
        return BatchResult(id=item_id, error=localise(item.problem, said_in), code=code)
    chosen = item.chosen_networks()
    try:
        check_draft(item.text)
        language = validate_language(item.language)
        if chosen:  # the batch's policy for this item's networks (the ruleset is cached per policy)
            policy = engine.resolve_policy({"networks": chosen}, base=policy)
        async with gate:
            report = await engine.review(
                item.text,
                language=language,
                policy=policy,
                in_reply_to=item.in_reply_to.as_mapping() if item.in_reply_to else None,
                quoting=item.quoting.as_mapping() if item.quoting else None,
            )
    except (InputError, UnknownLanguage) as exc:
        return BatchResult(id=item_id, error=localise(str(exc), said_in), code=reason_code(str(exc)))
    except PolicyError as exc:  # the batch's policy with this item's networks: never a 500 for one item
        return BatchResult(id=item_id, error=localise(exc.reason, said_in), code=reason_code(exc.reason))
    return BatchResult(id=item_id, report=report)


@router.post("/v1/check/batch", response_model=BatchResponse, tags=["check"], summary="Review many drafts")
async def check_batch(body: BatchRequest, engine: EngineDep, settings: SettingsDep, request: Request) -> Any:
    """Review every item under one policy; an item that cannot be checked gets an ``error``, the rest go on."""
    limit = settings.max_batch_items
    said_in = message_language(request.headers)
    if len(body.items) > limit:
        too_many = f"at most {limit} items per batch (got {len(body.items)})"
        return unprocessable(["body", "items"], localise(too_many, said_in))
    try:
        check_request_types(body.policy)
        policy = engine.resolve_policy(body.policy)
    except PolicyError as exc:
        return policy_error_response(exc, said_in)
    gate = asyncio.Semaphore(BATCH_CONCURRENCY)
    results = await asyncio.gather(
        *(_review_item(engine, policy, i, item, gate, said_in) for i, item in enumerate(body.items))
    )
    return BatchResponse(results=list(results))


def description_language(
    engine: Engine, lang: str | None, said_in: str = "en", language: str | None = None
) -> str | JSONResponse:
    """The language the rule descriptions are asked in — the query's ``lang``, or ``language`` as ``/v1/check``'s body
    names it (``?language=fr`` was ignored, in silence: English) — as one they are written in (``FR``, ``fr-CA``:
    ``fr``; English when neither is given), or the 422 naming the parameter and those languages (an unknown one fell
    back to English in silence), or the two parameters when they disagree; in ``said_in``."""
    known = sorted({code for meta in engine.catalogue() for code in meta.summary})
    if lang is not None and language is not None and known_language(lang, known) != known_language(language, known):
        # lang=fr&language=fr-CA agree: one language of the descriptions
        message = f"lang={lang} and language={language} disagree: give one of them"  # as the query writes them
        return unprocessable(["query", "language"], localise(message, said_in))
    name, asked = ("language", language) if language is not None else ("lang", "en" if lang is None else lang)
    base = known_language(asked, known)
    if base is not None:
        return base
    message = f"unknown language {asked!r} for the rule descriptions: use one of {', '.join(known)}"
    return unprocessable(["query", name], localise(message, said_in))


_RULES_QUERY = ("lang", "language")


def unknown_query(request: Request, said_in: str) -> JSONResponse | None:
    """The 422 naming a query parameter the rule endpoints do not read (``?langue=fr`` answered English in silence)
    and the ones they do, in ``said_in``; ``None`` when every one is known."""
    for name in request.query_params:
        if name not in _RULES_QUERY:
            message = f"unknown query parameter {name!r}: the parameters are {', '.join(_RULES_QUERY)}"
            return unprocessable(["query", name], localise(message, said_in))
    return None


@router.get(
    "/v1/rules",
    response_model=RulesResponse,
    tags=["rules"],
    summary="The rule catalogue",
    responses={422: {"description": "``lang`` (or ``language``) is not a language of the descriptions"}},
)
async def rules(request: Request, engine: EngineDep, lang: str | None = None, language: str | None = None) -> Any:
    """Every rule: id, family, default severity, languages, one-line description (in ``lang`` or ``language``: en
    or fr; English when neither is given)."""
    said_in = message_language(request.headers)
    lang_or_error = unknown_query(request, said_in) or description_language(engine, lang, said_in, language)
    if isinstance(lang_or_error, JSONResponse):
        return lang_or_error
    lang = lang_or_error
    return {
        "rules": [
            {
                "id": meta.id,
                "family": meta.family.value,
                "severity": meta.severity.value,
                "languages": sorted(meta.languages),
                "description": meta.summary_for(lang),
                "kind": meta.kind,
            }
            for meta in engine.catalogue()
        ]
    }


@router.get(
    "/v1/rules/{rule_id}",
    response_model=RuleDoc,
    tags=["rules"],
    summary="One rule's documentation",
    responses={
        404: {"description": "No rule has this id", "content": {"application/json": {}}},
        422: {"description": "``lang`` (or ``language``) is not a language of the descriptions"},
    },
)
async def rule(
    request: Request, rule_id: str, engine: EngineDep, lang: str | None = None, language: str | None = None
) -> Any:
    """The rule's summary, why, severity, languages, params and examples from its rule file (in ``lang`` or
    ``language``; English when neither is given)."""
    said_in = message_language(request.headers)
    lang_or_error = unknown_query(request, said_in) or description_language(engine, lang, said_in, language)
    if isinstance(lang_or_error, JSONResponse):
        return lang_or_error
    spec = engine.specs.get(rule_id)
    if spec is None:  # in the language asked (?lang=fr), else Accept-Language's
        message = f"unknown rule {rule_id!r}: GET /v1/rules lists the rule ids"
        asked = lang_or_error if lang is not None or language is not None else said_in
        return JSONResponse(status_code=404, content={"detail": localise(message, asked)})
    return rule_doc(spec, lang_or_error)


@router.get("/healthz", response_model=HealthOut, tags=["health"])
async def healthz() -> Any:
    """The process is alive."""
    return Response(HEALTHY, media_type="application/json")


@router.get("/readyz", response_model=HealthOut, tags=["health"], responses={503: {"model": HealthOut}})
async def readyz(engine: OptionalEngineDep, settings: SettingsDep) -> Any:
    """Engines ready? 503 naming any that is not (grammar while LanguageTool starts or is down)."""
    if engine is None:
        return JSONResponse(status_code=503, content={"status": "starting", "engines": {"rules": "loading"}})
    engines = {"rules": "ready"}
    notes: dict[str, str] = {}
    grammar = engine.deps.grammar
    if settings.offline or grammar is None:
        engines["languagetool"] = "offline"
    else:
        ok, reason = grammar.status()
        engines["languagetool"] = "ready" if ok else f"not ready: {reason}"
        connection = grammar.connection() if hasattr(grammar, "connection") else None
        if connection:
            notes["languagetool"] = connection
    ready = all(v in ("ready", "offline") for v in engines.values())
    content: dict[str, Any] = {"status": "ready" if ready else "not ready", "engines": engines}
    if notes:
        content["notes"] = notes
    return JSONResponse(status_code=200 if ready else 503, content=content)

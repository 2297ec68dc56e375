"""The web form's door: ``GET /`` serves the form, ``POST /`` is the no-JavaScript path.

Thin, like every door: parse the form, call ``Engine.review``, render the report with the templates.
The browser script (static/app.js) calls ``POST /v1/check`` instead and renders the same report
client-side; without JavaScript the form posts here and the server renders it with the same
``<mark data-rule>`` elements. ``install_web(app)`` wires the router, the static files and the
security headers from one line in ``create_app``.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from fastapi import APIRouter, FastAPI, Form, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from app.api.deps import EngineDep, get_optional_engine
from app.domain import to_wire
from app.door_text import check_draft
from app.engine import InputError
from app.policy import PolicyError
from app.text.language import UnknownLanguage, validate_language
from app.text.networks import load_networks
from app.texts import localise, reason_code
from app.web.i18n import COOKIE, DRAFT_LANGUAGES, STRINGS, Translator, choose_ui
from app.web.render import (
    apply_replacement,
    apply_value,
    entity_pieces,
    group_findings,
    mark_tokens,
    normalise_newlines,
    parse_apply,
)
from app.web.security import SecurityHeadersMiddleware

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
TEMPLATES_DIR = WEB_DIR / "templates"
DEFAULT_LIMIT = 280
COOKIE_MAX_AGE = 365 * 24 * 3600

web_router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
_FRENCH_SPACE = re.compile(r" ([:;!?»])|(«) ")


def french_spaces(text: str, language: str) -> str:
    """A French message as French sets it: a no-break space before : ; ! ? » and after «, so a line of the report
    never starts with a colon (« … tous les liens / : utilisez … »); other languages as they are. app.js's
    ``frenchSpaces`` does the same, so the script and the server render the same report."""
    if not language.startswith("fr"):
        return text
    return _FRENCH_SPACE.sub(lambda m: f"\u00a0{m.group(1)}" if m.group(1) else "«\u00a0", text)


templates.env.filters["french_spaces"] = french_spaces


def install_web(app: FastAPI) -> None:
    """Serve the form at ``/``, its files at ``/static`` and the audit page at ``/audit``, with the form's headers."""
    from app.web.audit import audit_router

    app.include_router(web_router)
    app.include_router(audit_router)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.add_middleware(SecurityHeadersMiddleware)


def _nothing_to_check(exc: InputError, ui: str) -> str | None:
    """An empty draft is not a check that failed: what to do, as the script says it (``draft_empty``); else None."""
    return Translator(ui)("draft_empty") if reason_code(exc.reason) == "draft-empty" else None


def report_context(text: str, report: dict[str, Any] | None, t: Translator) -> dict[str, Any]:
    """What the report template needs: tokens for the highlights, preview pieces, groups, thread."""
    if report is None:
        return {"report": None}
    findings = report.get("findings", [])
    length = report.get("length", {})
    networks = list(report.get("networks") or [])
    # one thread card per network when several are selected; else the one thread of ``length``, as before
    network_threads = [n for n in networks if n.get("thread")] if len(networks) > 1 else []
    thread = [] if len(networks) > 1 else list(length.get("thread") or [])
    language = str(report.get("language") or "en")
    # a report's messages are in its language when Sevenfold has texts in it (the interface's), else in English
    said = language if language.lower().split("-")[0] in STRINGS else "en"
    verdict = str(report.get("verdict", "review"))
    if verdict == "ready" and report.get("not_judged"):  # nothing found, but the language was not judged
        verdict = "ready_not_judged"
    return {
        "report": report,
        "language_note": language_note(report, t),
        "tokens": mark_tokens(text, findings),
        "pieces": entity_pieces(text, report.get("entities", {})),
        "groups": group_findings(findings),
        "thread": thread,
        "network_threads": network_threads,
        "unavailable_names": ", ".join(t(f"turn_{family}") for family in report.get("unavailable", [])),
        "skipped_names": ", ".join(s["rule"] for s in report.get("skipped_rules", [])),
        "not_judged_names": ", ".join(t(f"turn_{family}") for family in report.get("not_judged", [])),
        "messages_language": said,
        "messages_english": bool(findings) and t.language != "en" and said == "en",
        "announce": t("announce", verdict=t(f"verdict_{verdict}"), count=len(findings)),
        "apply_value": apply_value,
    }


def language_note(report: dict[str, Any], t: Translator) -> str:
    """What the form says of a language it detected (``language: auto``): which one and how sure, and the languages
    whose rules all ran when it was unsure on a short draft (issue 11); "" for a language the user chose. The script
    (app.js ``languageNote``) says the same."""
    confidence = report.get("language_confidence")
    if confidence is None:
        return ""

    def name(code: str) -> str:
        key = f"name_{code.lower().split('-')[0]}"
        said = t(key)
        return code if said == key else said

    sure = math.floor(float(confidence) * 100 + 0.5)  # as the script's Math.round
    note = t("language_auto", language=name(str(report.get("language") or "")), confidence=sure)
    checked = [str(code) for code in report.get("languages_checked") or []]
    if len(checked) > 1:
        note += " " + t("language_checked", languages=t("languages_joint").join(name(c) for c in checked))
    return note


def network_choices(report: dict[str, Any] | None, policy: Any) -> list[dict[str, Any]]:
    """Every network the form offers, with its limit (the policy's) and the checked draft's count on it."""
    counted = {n["network"]: n["weighted"] for n in (report or {}).get("networks") or []}
    return [
        {
            "id": net.id,
            "name": net.name,
            "limit": policy.limit_for(net.id) if policy is not None else net.limit,
            "weighted": counted.get(net.id, 0),
        }
        for net in sorted(load_networks().values(), key=lambda n: (n.id != "x", n.name))
    ]


def render_page(
    request: Request,
    *,
    ui: str,
    text: str = "",
    language: str = "auto",
    report: dict[str, Any] | None = None,
    error: str | None = None,
    status_code: int = 200,
    networks: list[str] | None = None,
    in_reply_to: str = "",
    in_reply_to_author: str = "",
    quoting: str = "",
    quoting_author: str = "",
) -> Response:
    """The whole page: the composer, and the report when there is one."""
    t = Translator(ui)
    length = (report or {}).get("length", {})
    engine = get_optional_engine(request)
    policy = engine.base_policy if engine is not None else None
    context: dict[str, Any] = {
        "ui": t.language,
        "t": t,
        "text": text,
        "language": language,
        "draft_languages": DRAFT_LANGUAGES,
        "error": error,
        "weighted": int(length.get("weighted", 0)),
        "limit": int(length.get("limit", policy.limit if policy is not None else DEFAULT_LIMIT)),
        "counting": policy.counting if policy is not None else "v3",
        "network_choices": network_choices(report, policy),
        "selected_networks": networks or (list(policy.networks) if policy is not None else ["x"]),
        "in_reply_to": in_reply_to,
        "in_reply_to_author": in_reply_to_author,
        "quoting": quoting,
        "quoting_author": quoting_author,
        "strings": STRINGS,
        "initial": {"text": text, "report": report, "ui": t.language},
        **report_context(text, report, t),
    }
    response = templates.TemplateResponse(request, "index.html", context, status_code=status_code)
    response.headers["cache-control"] = "no-store"
    response.headers["vary"] = "Accept-Language, Cookie"
    return response


def _ui_for(request: Request, explicit: str | None) -> str:
    return choose_ui(explicit, request.cookies.get(COOKIE), request.headers.get("accept-language"))


def _remember(response: Response, ui: str, explicit: str | None) -> Response:
    if explicit and explicit == ui:
        response.set_cookie(COOKIE, ui, max_age=COOKIE_MAX_AGE, samesite="lax", httponly=False)
    return response


@web_router.get("/", response_class=HTMLResponse)
async def form_page(request: Request, ui: str | None = None) -> Response:
    """The empty form, in the browser's language (or ``?ui=fr|en``, remembered in a cookie)."""
    chosen = _ui_for(request, ui)
    return _remember(render_page(request, ui=chosen), chosen, ui)


def _applied(text: str, report: dict[str, Any], apply: str | None) -> str | None:
    """The draft with the replacement the form chose (``apply``) put in, or None when it chose none, or one that its
    report no longer holds."""
    choice = parse_apply(apply) if apply else None
    if choice is None:
        return None
    offset, length, rule, index = choice
    for finding in report["findings"]:
        if (finding["offset"], finding["length"], finding["rule"]) == (offset, length, rule):
            replacements = finding["replacements"]
            return apply_replacement(text, offset, length, replacements[index]) if index < len(replacements) else None
    return None


def _post(text: str, author: str) -> dict[str, Any] | None:
    """A post the draft answers or quotes, as the engine takes it; None when its box is left empty."""
    return {"text": text, "author": author or None} if text.strip() else None


def _reason(exc: UnknownLanguage | PolicyError, ui: str) -> str:
    """Why the posted form cannot be checked, in ``ui``: a network the server does not know by its key, not
    "policy: networks: …"."""
    if isinstance(exc, PolicyError):
        key = exc.where.split(": ", 1)[1] if ": " in exc.where else exc.where
        return localise(f"{key}: {exc.reason}", ui)
    return localise(str(exc), ui)


@web_router.post("/", response_class=HTMLResponse)
async def form_check(
    request: Request,
    engine: EngineDep,
    text: str = Form(default=""),
    language: str = Form(default="auto"),
    ui: str | None = Form(default=None),
    apply: str | None = Form(default=None),
    networks: list[str] = Form(default=[]),  # noqa: B008 - FastAPI's way to declare a repeated form field
    in_reply_to: str = Form(default=""),
    in_reply_to_author: str = Form(default=""),
    quoting: str = Form(default=""),
    quoting_author: str = Form(default=""),
) -> Response:
    """The no-JavaScript path: check the posted draft (applying a chosen replacement first) and render the report."""
    chosen = _ui_for(request, ui or request.query_params.get("ui"))  # the form's field, else ?ui= as for GET /
    text = normalise_newlines(text)

    form_state: dict[str, Any] = {
        "networks": networks or None,
        "in_reply_to": in_reply_to,
        "in_reply_to_author": in_reply_to_author,
        "quoting": quoting,
        "quoting_author": quoting_author,
    }
    answered, quoted = _post(in_reply_to, in_reply_to_author), _post(quoting, quoting_author)
    overrides = {"networks": networks} if networks else None

    async def review(draft: str) -> dict[str, Any]:
        said = await engine.review(draft, language=language, overrides=overrides, in_reply_to=answered, quoting=quoted)
        return to_wire(said)

    def failed(reason: str, *, said: str | None = None) -> Response:
        return render_page(
            request,
            ui=chosen,
            text=text,
            language=language,
            error=said or Translator(chosen)("error", reason=reason),
            status_code=422,
            **form_state,
        )

    try:
        language = validate_language(language or "auto")
    except UnknownLanguage as exc:
        language = "auto"
        return failed(localise(str(exc), chosen))
    try:
        check_draft(text)
        report = await review(text)
        changed = _applied(text, report, apply)
        if changed is not None:
            text, report = changed, await review(changed)
    except InputError as exc:
        return failed(localise(exc.reason, chosen), said=_nothing_to_check(exc, chosen))
    except (UnknownLanguage, PolicyError) as exc:
        return failed(_reason(exc, chosen))
    page = render_page(request, ui=chosen, text=text, language=language, report=report, **form_state)
    return _remember(page, chosen, ui)

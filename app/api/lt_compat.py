"""A LanguageTool-compatible door: ``POST /v2/check`` and ``GET /v2/languages`` answering in
LanguageTool's JSON, so every LanguageTool client (browser add-ons, editors, LibreOffice,
language-tool-python) can use Sevenfold as its server and see the findings of all seven turns.

It takes LanguageTool's parameters — ``text`` or ``data`` (annotated text: markup is skipped, or read
as its ``interpretAs``), ``language`` (``auto`` or a code), ``enabledRules``/``disabledRules``,
``enabledCategories``/``disabledCategories``, ``enabledOnly`` — form-encoded or in the query, and
answers with ``matches`` whose ``offset``/``length`` (and ``context.offset``/``context.length``) count
UTF-16 code units of the text as sent, as LanguageTool's Java server does. Errors are plain text with
status 400, as LanguageTool's are. A grammar finding keeps LanguageTool's own rule id; the other turns'
rules keep their Sevenfold id, and each family is a category (``SEVENFOLD_TONE``…).

This module only parses, calls the engine and formats: no rule logic lives here.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response

from app.api.deps import EngineDep, SettingsDep
from app.domain import Family, Finding, Report, TurnStatus, verdict_for
from app.engine import Engine, InputError
from app.kinds.base import RuleMeta
from app.policy import Policy, PolicyError
from app.text.language import DEFAULT_VARIANTS, UnknownLanguage, normalise_code
from app.texts import label

router = APIRouter(tags=["languagetool"])

CONTEXT_CHARS = 40
_SPELLING_ID = re.compile(r"MORFOLOGIK|HUNSPELL|SPELLER|SPELLING|TYPO", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_ISSUE_TYPES = {
    Family.LENGTH: "length",
    Family.GRAMMAR: "grammar",
    Family.TONE: "style",
    Family.CLARITY: "style",
    Family.RISK: "non-conformance",
    Family.PRIVACY: "non-conformance",
    Family.ETIQUETTE: "typographical",
}
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "en-US": "English (US)",
    "en-GB": "English (GB)",
    "en-AU": "English (Australian)",
    "en-CA": "English (Canadian)",
    "en-NZ": "English (New Zealand)",
    "en-ZA": "English (South African)",
    "fr": "French",
    "fr-FR": "French (France)",
    "fr-CA": "French (Canada)",
    "fr-BE": "French (Belgium)",
    "fr-CH": "French (Switzerland)",
    "de": "German",
    "de-DE": "German (Germany)",
    "de-AT": "German (Austria)",
    "de-CH": "German (Swiss)",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "pt-PT": "Portuguese (Portugal)",
    "pt-BR": "Portuguese (Brazil)",
}


class LtRequestError(ValueError):
    """A request LanguageTool would refuse with 400 and this plain-text message."""


@dataclass(frozen=True)
class Piece:
    """A run of the checked text and where it came from in the text as sent."""

    checked_start: int
    original_start: int
    checked_length: int
    original_length: int
    exact: bool  # plain text (offsets map one to one) rather than markup read as ``interpretAs``


@dataclass(frozen=True)
class AnnotatedText:
    """The text as sent (``original``), the text checked, and the pieces that map one to the other."""

    original: str
    checked: str
    pieces: tuple[Piece, ...]

    @classmethod
    def plain(cls, text: str) -> AnnotatedText:
        """A ``text`` parameter: checked as sent."""
        return cls(text, text, (Piece(0, 0, len(text), len(text), True),))

    @classmethod
    def from_data(cls, raw: str) -> AnnotatedText:
        """A ``data`` parameter: ``{"annotation": [{"text": …} | {"markup": …, "interpretAs"?: …}]}``."""
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise LtRequestError(f"Error: 'data' is not valid JSON: {exc.msg}") from None
        items = data.get("annotation") if isinstance(data, Mapping) else None
        if not isinstance(items, list):
            raise LtRequestError("Error: 'data' must be a JSON object with an 'annotation' array")
        original: list[str] = []
        checked: list[str] = []
        pieces: list[Piece] = []
        o_size = c_size = 0
        for index, item in enumerate(items):
            if not isinstance(item, Mapping):
                raise LtRequestError(f"Error: annotation {index} must be an object")
            text, markup, interpret = item.get("text"), item.get("markup"), item.get("interpretAs")
            if isinstance(text, str) and markup is None:
                if interpret is not None:
                    raise LtRequestError("Error: 'interpretAs' is only allowed on markup")
                pieces.append(Piece(c_size, o_size, len(text), len(text), True))
                original.append(text)
                checked.append(text)
                o_size += len(text)
                c_size += len(text)
            elif isinstance(markup, str) and text is None:
                shown = interpret if isinstance(interpret, str) else ""
                pieces.append(Piece(c_size, o_size, len(shown), len(markup), False))
                original.append(markup)
                checked.append(shown)
                o_size += len(markup)
                c_size += len(shown)
            else:
                raise LtRequestError(f"Error: annotation {index} needs exactly one of 'text' or 'markup'")
        return cls("".join(original), "".join(checked), tuple(pieces))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """A span of the checked text as a span of the text as sent (markup spans widen to the markup)."""
        return self._map(start, is_end=False), max(self._map(start, is_end=False), self._map(end, is_end=True))

    def _map(self, offset: int, *, is_end: bool) -> int:
        candidates = [
            p
            for p in self.pieces
            if p.checked_start <= offset <= p.checked_start + p.checked_length and (p.checked_length or p.exact)
        ]
        if not candidates:
            return len(self.original)
        # At a boundary, a start belongs to the piece that begins there, an end to the one that ends there.
        piece = candidates[0] if is_end else candidates[-1]
        if piece.exact:
            return piece.original_start + (offset - piece.checked_start)
        if is_end and offset > piece.checked_start:
            return piece.original_start + piece.original_length
        return piece.original_start


class Utf16:
    """Code-point offsets of a text as UTF-16 code units (what Java and browsers count)."""

    def __init__(self, text: str) -> None:
        self.astral = [i for i, c in enumerate(text) if ord(c) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        """The UTF-16 offset of a code-point offset."""
        return offset + bisect.bisect_left(self.astral, offset)


def utf16_length(text: str) -> int:
    """Length of ``text`` in UTF-16 code units."""
    return len(text) + sum(1 for c in text if ord(c) > 0xFFFF)


def lt_rule_id(finding: Finding) -> str:
    """LanguageTool's own id for a grammar finding; the Sevenfold id otherwise."""
    if finding.family == Family.GRAMMAR and finding.rule.startswith("grammar."):
        inner = finding.rule.removeprefix("grammar.")
        if inner and inner != "languagetool":
            return inner
    return finding.rule


def category(finding: Finding) -> dict[str, str]:
    """The LanguageTool category of a finding: typos for spelling, else one per Sevenfold family."""
    if finding.family == Family.GRAMMAR:
        if _SPELLING_ID.search(finding.rule):
            return {"id": "TYPOS", "name": "Possible Typo"}
        return {"id": "GRAMMAR", "name": "Grammar"}
    return {"id": f"SEVENFOLD_{finding.family.value.upper()}", "name": f"Sevenfold: {finding.family.value}"}


def issue_type(finding: Finding) -> str:
    """LanguageTool's issue type (clients colour by it)."""
    if finding.family == Family.GRAMMAR and _SPELLING_ID.search(finding.rule):
        return "misspelling"
    return _ISSUE_TYPES[finding.family]


def _sentence(text: str, start: int, end: int) -> str:
    begin = 0
    stop = len(text)
    for match in _SENTENCE_END.finditer(text):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            stop = match.start()
            break
    return text[begin:stop]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Each sentence of ``text`` as a code-point span, without the space around it."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for cut in (*_SENTENCE_END.finditer(text), None):
        piece = text[begin : cut.start() if cut is not None else len(text)]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            spans.append((begin + lead, begin + len(piece.rstrip())))
        if cut is not None:
            begin = cut.end()
    return spans


def match_json(finding: Finding, annotated: AnnotatedText, utf16: Utf16) -> dict[str, Any]:
    """One finding as a LanguageTool match, spans in UTF-16 units of the text as sent; its ``sentence`` is the
    sentence of the text checked (as LanguageTool's: markup read as its ``interpretAs``, never quoted)."""
    original = annotated.original
    start, end = annotated.to_original(finding.offset, finding.offset + finding.length)
    ctx_start = max(0, start - CONTEXT_CHARS)
    ctx_end = min(len(original), end + CONTEXT_CHARS)
    prefix = "..." if ctx_start > 0 else ""
    suffix = "..." if ctx_end < len(original) else ""
    context = prefix + original[ctx_start:ctx_end] + suffix
    rule_id = lt_rule_id(finding)
    short = finding.message.split(":", 1)[0].rstrip() if ":" in finding.message[:60] else ""  # « Grossièreté : »
    return {
        "message": finding.message,
        "shortMessage": short,
        "replacements": [{"value": r} for r in finding.replacements],
        "offset": utf16(start),
        "length": utf16(end) - utf16(start),
        "context": {
            "text": context,
            "offset": utf16_length(prefix + original[ctx_start:start]),
            "length": utf16_length(original[start:end]),
        },
        "sentence": _sentence(annotated.checked, finding.offset, finding.offset + finding.length),
        "type": {"typeName": "UnknownWord" if issue_type(finding) == "misspelling" else "Other"},
        "rule": {
            "id": rule_id,
            "description": finding.message,
            "issueType": issue_type(finding),
            "category": category(finding),
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
        "sevenfold": {
            "rule": finding.rule,
            "family": finding.family.value,
            "severity": finding.severity.value,
            "offset": start,
            "length": end - start,
            **({"acknowledged": finding.acknowledged.reason} if finding.acknowledged else {}),
        },
    }


def _split(value: str | None) -> set[str]:
    return {v.strip() for v in (value or "").split(",") if v.strip()}


@dataclass(frozen=True)
class Selection:
    """Which matches a request wants, from LanguageTool's rule and category parameters."""

    enabled_rules: frozenset[str]
    disabled_rules: frozenset[str]
    enabled_categories: frozenset[str]
    disabled_categories: frozenset[str]
    enabled_only: bool

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> Selection:
        """Parse the parameters; ``LtRequestError`` for combinations LanguageTool refuses."""
        selection = cls(
            frozenset(_split(params.get("enabledRules"))),
            frozenset(_split(params.get("disabledRules"))),
            frozenset(_split(params.get("enabledCategories"))),
            frozenset(_split(params.get("disabledCategories"))),
            params.get("enabledOnly", "false").strip().lower() == "true",
        )
        if selection.enabled_only and not (selection.enabled_rules or selection.enabled_categories):
            raise LtRequestError(
                "Error: You cannot specify 'enabledOnly' without 'enabledRules' or 'enabledCategories'"
            )
        return selection

    def wants(self, finding: Finding) -> bool:
        """True when the match is to be returned."""
        ids = {finding.rule, lt_rule_id(finding)}
        cat = category(finding)["id"]
        if ids & self.disabled_rules or cat in self.disabled_categories:
            return False
        if self.enabled_only:
            return bool(ids & self.enabled_rules) or cat in self.enabled_categories
        return True


def language_json(code: str, *, confidence: float | None = None) -> dict[str, Any]:
    """LanguageTool's ``{name, code}`` for a language code."""
    name = LANGUAGE_NAMES.get(code) or LANGUAGE_NAMES.get(code.split("-")[0], code)
    out: dict[str, Any] = {"name": name, "code": code}
    if confidence is not None:
        out["confidence"] = confidence
    return out


def reviewed_languages(catalogue: Iterable[RuleMeta]) -> frozenset[str]:
    """The base languages some rule is written for (a rule for every language, ``*``, names none)."""
    return frozenset(code.split("-")[0] for meta in catalogue for code in meta.languages if code != "*")


def incomplete(report: Report | None, reviewed: Collection[str]) -> bool:
    """LanguageTool's ``incompleteResults``: true when part of the check did not run — a family down, a rule
    skipped, a turn skipped for another reason than the policy (no rules in the draft's language), or a language
    no rule is written for (German: only the rules for every language ran, so a clean answer would mean
    nothing)."""
    if report is None:
        return False
    if report.unavailable or report.skipped_rules or report.language.split("-")[0] not in reviewed:
        return True
    by_policy = {label("turn-turned-off", report.language), label("turn-no-rules", report.language)}
    return any(turn.status == TurnStatus.SKIPPED and turn.reason not in by_policy for turn in report.turns)


def check_response(
    report: Report | None,
    annotated: AnnotatedText,
    requested: str,
    selection: Selection,
    reviewed: Collection[str] = ("en", "fr"),
    variants: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """LanguageTool's answer for a report (``None``: nothing to check, as for an empty text); ``reviewed``: the
    languages the rules are written for (``reviewed_languages``); ``variants``: the policy's (with the request's
    ``preferredVariants``), which name the variant checked for ``language=auto``."""
    utf16 = Utf16(annotated.original)
    findings = [f for f in report.findings if selection.wants(f)] if report else []
    detected = report.language if report else ("en" if requested == "auto" else requested)
    if requested == "auto":  # as LanguageTool: the variant checked ("en-US", or a preferred one), not "en"
        detected = (variants or {}).get(detected) or DEFAULT_VARIANTS.get(detected, detected)
    code = detected if requested == "auto" else requested
    language = language_json(code)
    confidence = 1.0
    if requested == "auto":
        confidence = report.language_confidence if report and report.language_confidence is not None else 0.9
    language["detectedLanguage"] = language_json(detected, confidence=confidence)
    # LanguageTool's sentenceRanges count in the text as sent, its extendedSentenceRanges in the text checked
    spans = sentence_spans(annotated.checked) if report else []
    checked16 = Utf16(annotated.checked)
    ranges = [[utf16(start), utf16(end)] for start, end in (annotated.to_original(*span) for span in spans)]
    base = code.split("-")[0]
    return {
        "software": {
            "name": "Sevenfold",
            "version": _version(),
            "buildDate": _build_date(),
            "apiVersion": 1,
            "premium": False,
            "status": "",
        },
        "warnings": {"incompleteResults": incomplete(report, reviewed)},
        "language": language,
        "matches": [match_json(f, annotated, utf16) for f in findings],
        "sentenceRanges": ranges,
        "extendedSentenceRanges": [
            {"from": checked16(start), "to": checked16(end), "detectedLanguages": [{"language": base, "rate": 1.0}]}
            for start, end in spans
        ],
        # the verdict of the matches answered: a rule a client disables does not run, as in LanguageTool ("review"
        # with no match left to review said nothing a client could show)
        "sevenfold": {"verdict": verdict_for(findings).value},
    }


@cache
def _build_date() -> str:
    """When the installed package was built, as LanguageTool writes its ``buildDate`` ("2026-05-05 16:34:58
    +0200"): a client may read it as a string (it was null); the epoch when the package is not installed."""
    from datetime import UTC, datetime
    from importlib.metadata import PackageNotFoundError, distribution

    stamp = 0.0
    try:
        metadata = next((f for f in distribution("sevenfold").files or [] if f.name == "METADATA"), None)
        if metadata is not None:
            stamp = Path(str(metadata.locate())).stat().st_mtime
    except (PackageNotFoundError, OSError):
        pass
    return datetime.fromtimestamp(stamp, UTC).strftime("%Y-%m-%d %H:%M:%S %z")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sevenfold")
    except PackageNotFoundError:
        return "0.0.0"


async def _params(request: Request) -> dict[str, str]:
    params = {k: v for k, v in request.query_params.items()}
    if request.method == "POST":
        form = await request.form()
        for key, value in form.items():
            if isinstance(value, str):
                params[key] = value
    return params


def _language(params: Mapping[str, str]) -> str:
    raw = params.get("language")
    if raw is None or not raw.strip():
        raise LtRequestError("Error: Missing 'language' parameter, e.g. 'language=en-US' or 'language=auto'")
    if raw.strip().lower() == "auto":
        return "auto"
    try:
        base, variant = normalise_code(raw)
    except UnknownLanguage:
        known = ", ".join(sorted(LANGUAGE_NAMES))
        raise LtRequestError(f"Error: '{raw}' is not a language code known to Sevenfold. Known: {known}") from None
    return variant or base


@router.post("/v2/check", summary="LanguageTool-compatible check", operation_id="lt_check_post")
@router.get("/v2/check", summary="LanguageTool-compatible check (query string)", operation_id="lt_check_get")
async def lt_check(request: Request, engine: EngineDep) -> Response:
    """Review the text and answer as LanguageTool does (matches with UTF-16 offsets)."""
    try:
        params = await _params(request)
        if "text" in params and "data" in params:  # "Missing" would mislead: both are there
            raise LtRequestError("Error: Give 'text' or 'data', not both")
        if "text" not in params and "data" not in params:
            if request.headers.get("content-type", "").split(";")[0].strip().lower() == "application/json":
                # a developer's first try: LanguageTool reads form fields, so its "Missing" said nothing of why
                raise LtRequestError(
                    "Error: Missing 'text' or 'data' parameter (give exactly one): LanguageTool's parameters are "
                    "form fields (application/x-www-form-urlencoded) or the query string, not a JSON body; "
                    "POST /v1/check takes JSON"
                )
            raise LtRequestError("Error: Missing 'text' or 'data' parameter (give exactly one)")
        annotated = AnnotatedText.plain(params["text"]) if "text" in params else AnnotatedText.from_data(params["data"])
        requested = _language(params)
        if params.get("preferredVariants") and requested != "auto":
            raise LtRequestError("Error: 'preferredVariants' can only be used with 'language=auto'")
        policy = _policy(engine, params.get("preferredVariants"))
        selection = Selection.from_params(params)
    except LtRequestError as exc:
        return PlainTextResponse(str(exc), status_code=400)
    report: Report | None
    if not annotated.checked.strip():
        report = None
    else:
        try:
            report = await engine.review(annotated.checked, language=requested, policy=policy)
        except InputError as exc:
            return PlainTextResponse(f"Error: {exc.reason}", status_code=400)
    reviewed = reviewed_languages(engine.catalogue())
    return JSONResponse(check_response(report, annotated, requested, selection, reviewed, policy.variants))


def _policy(engine: Engine, preferred: str | None) -> Policy:
    """The server's policy, with LanguageTool's ``preferredVariants`` ("en-GB,de-AT": the variant to check a
    language ``auto`` detects in) as its ``variants``; ``LtRequestError`` for one that is not a variant."""
    variants: dict[str, str] = {}
    for value in _split(preferred):
        try:
            base, variant = normalise_code(value)
        except UnknownLanguage:
            variant, base = None, value
        if variant is None:
            raise LtRequestError(f"Error: '{value}' in 'preferredVariants' is not a language variant such as en-GB")
        variants[base] = variant
    if not variants:
        return engine.base_policy
    try:
        return engine.resolve_policy({"variants": variants}, "preferredVariants")
    except PolicyError as exc:
        raise LtRequestError(f"Error: {exc}") from None


@router.get("/v2/languages", summary="LanguageTool-compatible language list")
async def lt_languages(engine: EngineDep, settings: SettingsDep) -> Any:
    """The languages Sevenfold reviews, as LanguageTool lists them (``name``, ``code``, ``longCode``): those some
    rule is written for, and those LanguageTool loads (``SEVENFOLD_LANGUAGETOOL_LANGUAGES``). A client offers its
    user this list: a German draft, with no German rule and LanguageTool without German, would come back clean."""
    reviewed = set(reviewed_languages(engine.catalogue()))
    reviewed |= {code.split("-")[0] for code in settings.languagetool_languages}
    return [
        {"name": name, "code": code.split("-")[0], "longCode": code}
        for code, name in LANGUAGE_NAMES.items()
        if code.split("-")[0] in reviewed
    ]

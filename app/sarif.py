"""SARIF 2.1.0 output: reviewed drafts as one run of a static-analysis log (GitHub code scanning, IDEs).

Rule metadata goes in ``tool.driver.rules`` (the catalogue plus any rule a result names that the
catalogue does not, such as a LanguageTool rule or a policy term list); each result points at its rule
by id and index. Columns count Unicode code points (``run.columnKind``), like every span in Sevenfold.
An acknowledged finding is a result with an ``external``/``accepted`` suppression carrying the reason;
replacements become ``fixes`` where the file region is known; rows that could not be checked and
turns that could not run are tool execution notifications.

The log is plain dictionaries: the object model packages on PyPI (``sarif-om``) add nothing a test
against the official schema does not already check.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from app.domain import Finding, Severity, to_wire
from app.formats import Subject
from app.kinds.base import RuleMeta
from app.rule_docs import localised
from app.texts import TEXTS, label

SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_NAME = "Sevenfold"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


@dataclass(frozen=True)
class Notice:
    """A tool execution notification: a row not checked, a turn that could not run."""

    level: str  # "error", "warning" or "note"
    message: str
    source: str | None = None
    line: int | None = None
    languages: tuple[str, ...] = ()  # a turn down on drafts in several languages: the languages it concerns


def artifact_uri(path: str) -> str:
    """A file path as a SARIF URI reference: relative paths stay relative, with '/' and %-escapes."""
    pure = PurePath(path)
    if pure.is_absolute():
        return pure.as_uri()
    return quote(path.replace(os.sep, "/"), safe="/._-~")


def _tool_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sevenfold")
    except PackageNotFoundError:
        return "0.0.0"


def rule_descriptor(meta: RuleMeta, language: str = "en") -> dict[str, Any]:
    """A ``reportingDescriptor`` for a rule of the catalogue."""
    descriptor: dict[str, Any] = {
        "id": meta.id,
        "name": "".join(part.capitalize() for part in meta.id.replace(".", "-").split("-")),
        "shortDescription": {"text": meta.summary_for(language)},
        "defaultConfiguration": {"level": _LEVEL[meta.severity]},
        "properties": {
            "family": meta.family.value,
            "tags": ["sevenfold", meta.family.value],
            "languages": sorted(meta.languages),
        },
    }
    why = localised(meta.docs.get("why"), language)
    if why:
        descriptor["fullDescription"] = {"text": why}
        descriptor["help"] = {"text": why}
    return descriptor


def _ad_hoc_descriptor(finding: Finding) -> dict[str, Any]:
    """A descriptor for a rule a result names that is not in the catalogue (LanguageTool, policy lists)."""
    return {
        "id": finding.rule,
        "shortDescription": {"text": f"{finding.family.value} rule {finding.rule}"},
        "properties": {"family": finding.family.value, "tags": ["sevenfold", finding.family.value]},
    }


def _region(subject: Subject, finding: Finding) -> dict[str, Any] | None:
    """The finding's region in its artifact; ``None`` for a whole-draft finding."""
    if finding.length == 0 and finding.offset == 0:
        return None
    line, column = subject.position(finding.offset)
    region: dict[str, Any] = {"startLine": line}
    if column is not None:
        region["startColumn"] = column
        if finding.length:
            end_line, end_column = subject.position(finding.offset + finding.length - 1)
            if end_column is not None:
                region["endLine"] = end_line
                region["endColumn"] = end_column + 1  # SARIF: the column after the region
        if subject.source is None:  # the artifact is the draft itself: offsets are exact
            region["charOffset"] = finding.offset
            region["charLength"] = finding.length
    if finding.excerpt:
        region["snippet"] = {"text": finding.excerpt}
    return region


def _fingerprint(subject: Subject, finding: Finding) -> str:
    """Stable across runs while the span's text and rule stay the same (not the draft's text)."""
    key = "\x1f".join((finding.rule, subject.source or "", subject.name or "", finding.excerpt, str(finding.offset)))
    return hashlib.sha256(key.encode("utf-8", "surrogateescape")).hexdigest()[:32]


# The finding's own keys a SARIF result carries as properties (the rest are SARIF's: rule, level, message…).
_FINDING_PROPERTIES = ("family", "offset", "length", "excerpt", "replacements")


def _result(subject: Subject, finding: Finding, rule_index: int) -> dict[str, Any]:
    wire = to_wire(finding)
    artifact: dict[str, Any] = (
        {"uri": artifact_uri(subject.source)}
        if subject.source is not None
        else {"description": {"text": label("sarif-draft", subject.report.language)}}
    )
    physical: dict[str, Any] = {"artifactLocation": artifact}
    region = _region(subject, finding)
    if region is not None:
        physical["region"] = region
    location: dict[str, Any] = {"physicalLocation": physical}
    if subject.name is not None:
        location["logicalLocations"] = [{"name": subject.name, "kind": "element"}]
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [location],
        "partialFingerprints": {"sevenfold/v1": _fingerprint(subject, finding)},
        "properties": {key: wire[key] for key in _FINDING_PROPERTIES},
    }
    if finding.explanation:
        result["message"]["markdown"] = f"{finding.message}\n\n{finding.explanation}"
    if finding.replacements and subject.source is not None and region is not None and "endColumn" in region:
        deleted = {k: region[k] for k in ("startLine", "startColumn", "endLine", "endColumn")}
        result["fixes"] = [
            {
                "description": {"text": label("sarif-fix", subject.report.language, value=replacement)},
                "artifactChanges": [
                    {
                        "artifactLocation": {"uri": artifact_uri(subject.source)},
                        "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": replacement}}],
                    }
                ],
            }
            for replacement in finding.replacements[:3]
        ]
    if finding.acknowledged is not None:
        suppression: dict[str, Any] = {
            "kind": "external",
            "status": "accepted",
            "justification": finding.acknowledged.reason,
            "properties": {"originalSeverity": finding.acknowledged.original_severity.value},
        }
        if finding.acknowledged.by:
            suppression["properties"]["by"] = finding.acknowledged.by
        result["suppressions"] = [suppression]
    return result


def _notification(notice: Notice) -> dict[str, Any]:
    out: dict[str, Any] = {"level": notice.level, "message": {"text": notice.message}}
    if notice.languages:
        out["properties"] = {"languages": list(notice.languages)}
    if notice.source is not None:
        physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(notice.source)}}
        if notice.line is not None:
            physical["region"] = {"startLine": notice.line}
        out["locations"] = [{"physicalLocation": physical}]
    return out


def _family_name(family: str, language: str) -> str:
    return label(f"family-{family}", language) if f"family-{family}" in TEXTS else family


def turn_down_notice(family: str, languages: Sequence[str], run_language: str = "en") -> Notice:
    """A turn that could not run, said once: in its drafts' language when they share one (as before), else in the
    run's language naming the drafts' languages (a batch of English and French rows said it once per language)."""
    if len(languages) <= 1:
        language = languages[0] if languages else run_language
        return Notice("warning", label("notice-turn-down", language, family=_family_name(family, language)))
    said = label(
        "notice-turn-down-languages",
        run_language,
        family=_family_name(family, run_language),
        languages=", ".join(languages),
    )
    return Notice("warning", said, languages=tuple(languages))


def subject_notices(subjects: Iterable[Subject], *, turns: bool = True) -> list[Notice]:
    """Turns that could not run (unless ``turns`` is false: ``SarifBuilder`` says them once for the run), rules
    that failed and rules skipped on a draft, once per family or rule, in the language of the first report that
    has it."""
    seen: set[str] = set()
    notices: list[Notice] = []
    for subject in subjects:
        language = subject.report.language  # the reasons are in it (``app.texts``): the notice too
        for family in subject.report.unavailable if turns else ():
            if f"family:{family}" not in seen:
                seen.add(f"family:{family}")
                notices.append(turn_down_notice(family, [language]))
        for error in subject.report.rule_errors:
            if f"rule:{error.rule}" not in seen:
                seen.add(f"rule:{error.rule}")
                said = label("notice-rule-failed", language, rule=error.rule, reason=error.reason)
                notices.append(Notice("error", said))
        for skipped in subject.report.skipped_rules:
            if f"skipped:{skipped.rule}" not in seen:
                seen.add(f"skipped:{skipped.rule}")
                said = label("notice-rule-skipped", language, rule=skipped.rule, reason=skipped.reason)
                notices.append(Notice("warning", said))
        if subject.report.not_judged and f"not-judged:{language}" not in seen:  # a language without rules
            seen.add(f"not-judged:{language}")
            families = ", ".join(subject.report.not_judged)
            notices.append(
                Notice("warning", label("notice-not-judged", language, language=language, families=families))
            )
    return notices


class SarifBuilder:
    """Collects subjects (possibly streamed from a batch) and writes one SARIF log."""

    def __init__(self, catalogue: Sequence[RuleMeta], *, language: str = "en") -> None:
        self.language = language
        self.rules: list[dict[str, Any]] = [rule_descriptor(meta, language) for meta in catalogue]
        self.index: dict[str, int] = {meta.id: i for i, meta in enumerate(catalogue)}
        self.results: list[dict[str, Any]] = []
        self.notices: list[Notice | str] = []  # a str: a turn down, said once in log() with its drafts' languages
        self._seen: set[str] = set()
        self._down: dict[str, list[str]] = {}  # family -> the languages of the drafts it could not run on

    def add(self, subject: Subject) -> None:
        """Add a reviewed draft's findings as results."""
        for finding in subject.report.findings:
            index = self.index.get(finding.rule)
            if index is None:
                index = self.index[finding.rule] = len(self.rules)
                self.rules.append(_ad_hoc_descriptor(finding))
            self.results.append(_result(subject, finding, index))
        for family in subject.report.unavailable:
            languages = self._down.get(family)
            if languages is None:
                languages = self._down[family] = []
                self.notices.append(family)
            if subject.report.language not in languages:
                languages.append(subject.report.language)
        for notice in subject_notices([subject], turns=False):
            if notice.message not in self._seen:
                self._seen.add(notice.message)
                self.notices.append(notice)

    def note(self, notice: Notice) -> None:
        """Add a tool execution notification (a row that could not be checked)."""
        self.notices.append(notice)

    def log(self) -> dict[str, Any]:
        """The SARIF log (one run)."""
        invocation: dict[str, Any] = {"executionSuccessful": True}
        notices = [turn_down_notice(n, self._down[n], self.language) if isinstance(n, str) else n for n in self.notices]
        if notices:
            invocation["toolExecutionNotifications"] = [_notification(n) for n in notices]
        return {
            "$schema": SARIF_SCHEMA_URI,
            "version": SARIF_VERSION,
            "runs": [
                {
                    "tool": {"driver": {"name": TOOL_NAME, "version": _tool_version(), "rules": self.rules}},
                    "columnKind": "unicodeCodePoints",
                    "invocations": [invocation],
                    "results": self.results,
                }
            ],
        }


def sarif_log(subjects: Iterable[Subject], catalogue: Sequence[RuleMeta], *, language: str = "en") -> dict[str, Any]:
    """One SARIF log for these reviewed drafts."""
    builder = SarifBuilder(catalogue, language=language)
    for subject in subjects:
        builder.add(subject)
    return builder.log()

"""Report formatters for the CLI: ``text`` (coloured on a terminal, a caret line under each span),
``json`` and ``github`` (workflow commands that annotate a file and line). SARIF lives in ``app.sarif``.

A ``Subject`` is one reviewed draft with where it came from: a file (and a way from draft offsets to
the file's line and column), a batch row, or a draft given on the command line.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.domain import Finding, Report, Severity, to_wire
from app.kinds.base import DEFAULT_LANGUAGE
from app.texts import TEXTS, TRANSLATED, counted, known_language, label

# Draft offset -> (1-based line, 1-based column or None when columns do not map, e.g. a CSV cell).
Locator = Callable[[int], tuple[int, int | None]]

_COLOURS = {
    "error": "\x1b[31m",
    "warning": "\x1b[33m",
    "info": "\x1b[36m",
    "ready": "\x1b[32m",
    "review": "\x1b[33m",
    "blocked": "\x1b[31m",
}
_BOLD, _DIM, _RESET = "\x1b[1m", "\x1b[2m", "\x1b[0m"
_STATUS_MARK = {"pass": "✓", "warn": "!", "fail": "✗", "skipped": "–"}


def _display_width(text: str) -> int:
    """Columns a terminal uses for ``text`` (wide East Asian characters and emoji take two)."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or char in "\u200d\ufe0f":
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _line_of(text: str, offset: int) -> tuple[int, int, str]:
    """(1-based line, code-point column within the line, the line's text) for an offset."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    if line_end < 0:
        line_end = len(text)
    return text.count("\n", 0, offset) + 1, offset - line_start, text[line_start:line_end]


@dataclass(frozen=True)
class Subject:
    """One reviewed draft and its origin: ``source`` (file or input path), ``locate``, ``name`` (row id)."""

    report: Report
    text: str
    source: str | None = None
    locate: Locator | None = None
    name: str | None = None

    def position(self, offset: int) -> tuple[int, int | None]:
        """(line, column) of a draft offset in the source, or in the draft itself when it has none."""
        if self.locate is not None:
            return self.locate(offset)
        line, column, _ = _line_of(self.text, offset)
        return line, column + 1


def format_text(
    report: Report,
    text: str,
    *,
    colour: bool = False,
    source: str | None = None,
    locate: Locator | None = None,
) -> str:
    """A human report in the report's language: verdict, length, the seven turns, then each finding with a caret
    line (``app.texts``: English byte for byte as it always was)."""

    def paint(value: str, key: str) -> str:
        return f"{_COLOURS.get(key, '')}{value}{_RESET}" if colour else value

    def dim(value: str) -> str:
        return f"{_DIM}{value}{_RESET}" if colour else value

    lang = report.language
    head = f"{source}: " if source else ""
    verdict = report.verdict.value
    out = [
        head
        + label(
            "headline",
            lang,
            verdict=paint(label(f"verdict-{verdict}", lang), verdict),
            weighted=report.length.weighted,
            limit=report.length.limit,
            language=report.language,
        )
    ]
    out.extend(dim(line) for line in _status_lines(report))
    for finding in report.findings:
        out.extend(_finding_lines(finding, text, locate, paint, dim, lang))
    out.extend(_thread_lines(report, dim))
    out.append("")
    out.append(dim(_counts_line(report)))
    return "\n".join(out)


def _counts_line(report: Report) -> str:
    """``1 error(s), 0 warning(s), 2 info`` in the report's language."""
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
    lang = report.language
    return label(
        "counts",
        lang,
        errors=counted("errors", counts[Severity.ERROR], lang),
        warnings=counted("warnings", counts[Severity.WARNING], lang),
        infos=counted("infos", counts[Severity.INFO], lang),
    )


def _mark(status: str, not_judged: bool) -> str:
    """A turn's mark: ``?`` for a pass that could not judge the draft's language (``app.report_language``)."""
    return "?" if not_judged and status == "pass" else _STATUS_MARK[status]


def _status_lines(report: Report) -> list[str]:
    """The turns, the networks' lengths (several networks), engines unavailable and rules skipped (undimmed)."""
    lang = report.language
    out = [
        "  ".join(
            f"{_mark(t.status.value, t.family.value in report.not_judged)} {label(f'family-{t.family.value}', lang)}"
            + (f" ({t.count})" if t.count else "")
            for t in report.turns
        )
    ]
    networks = report.networks
    if len(networks) > 1:
        out.append(
            "  ·  ".join(
                f"{n.name} {n.weighted}/{n.limit}{'' if n.valid else ' ✗'}"
                + (label("bytes", lang, bytes=n.bytes, limit=n.byte_limit) if n.bytes is not None else "")
                for n in networks
            )
        )
    if report.unavailable:
        families = ", ".join(label(f"family-{f}", lang) if f"family-{f}" in TEXTS else f for f in report.unavailable)
        out.append(label("unavailable", lang, families=families))
    for skipped in report.skipped_rules:  # a rule not fully run on this draft (a pattern over its time budget)
        out.append(label("skipped", lang, rule=skipped.rule, reason=skipped.reason))
    if report.not_judged:  # a language without rules (app.report_language): the verdict says less than it seems
        families = ", ".join(label(f"family-{f}", lang) for f in report.not_judged)
        out.append(label("not-judged", lang, language=report.language, families=families))
        if known_language(report.language, (DEFAULT_LANGUAGE, *TRANSLATED)) is None:  # and no texts in it either
            out.append(label("messages-in-english", lang, language=report.language))
    return out


def _thread_lines(report: Report, dim: Callable[[str], str]) -> list[str]:
    """The proposed thread(s): one per network over its limit (several networks), else the draft's own."""
    networks = report.networks
    threads = [(n.name, n.thread) for n in networks if n.thread] if len(networks) > 1 else []
    if not threads and report.length.thread:
        threads = [("", report.length.thread)]
    out: list[str] = []
    for name, thread in threads:
        out.append("")
        out.append(
            dim(label("thread-for", report.language, network=name) if name else label("thread", report.language))
        )
        out.extend(f"  » {part}" for part in thread)
    return out


def _finding_lines(
    finding: Finding,
    text: str,
    locate: Locator | None,
    paint: Callable[[str, str], str],
    dim: Callable[[str], str],
    lang: str = "en",
) -> list[str]:
    """One finding of the text report: where, severity, message and rule, the line with carets, suggestion."""
    line, column, line_text = _line_of(text, finding.offset)
    sev = finding.severity.value
    shown_line, shown_column = locate(finding.offset) if locate else (line, column + 1)
    where = f"{shown_line}:{shown_column}" if shown_column is not None else f"{shown_line}"
    out = ["", f"{where}  {paint(label(f'severity-{sev}', lang), sev)}  {finding.message}  {dim(finding.rule)}"]
    if finding.length or finding.offset:
        out.append(f"    {line_text}")
        caret_pad = _display_width(line_text[:column])
        span_text = text[finding.offset : finding.offset + finding.length].split("\n", 1)[0]
        carets = "^" * max(1, _display_width(span_text))
        out.append(f"    {' ' * caret_pad}{paint(carets, sev)}")
    if finding.replacements:
        shown = ", ".join(repr(r) if r.strip() != r or not r else r for r in finding.replacements)
        out.append(f"    {dim(label('suggestion', lang))} {shown}")
    if finding.acknowledged:
        out.append(f"    {dim(label('acknowledged', lang))} {finding.acknowledged.reason}")
    return out


def subject_dict(subject: Subject) -> dict[str, Any]:
    """A report's wire form; for a file, its path and each finding's line and column in it."""
    data = to_wire(subject.report)
    if subject.locate is not None:
        for finding, out in zip(subject.report.findings, data["findings"], strict=True):
            line, column = subject.locate(finding.offset)
            out["line"] = line
            if column is not None:
                out["column"] = column
    if subject.source is not None:
        data["file"] = subject.source
    return data


def format_json_subjects(subjects: list[Subject]) -> str:
    """One subject: its report object (the contract's shape for ``check --format json``); several (files): a JSON
    array of them, each naming its file. A tool that wants one shape whatever the count reads ``jsonl``."""
    if len(subjects) == 1:
        return json.dumps(subject_dict(subjects[0]), ensure_ascii=False, indent=2)
    return json.dumps([subject_dict(s) for s in subjects], ensure_ascii=False, indent=2)


def format_jsonl_subjects(subjects: list[Subject]) -> str:
    """One line per subject, ``{"id": …, "report": {…}}`` as ``sevenfold batch`` writes its rows, whatever the
    number of drafts: the id is the file's path, else the draft's place in the run (1, 2…)."""
    lines = []
    for number, subject in enumerate(subjects, start=1):
        entry = {"id": subject.source if subject.source is not None else str(number), "report": subject_dict(subject)}
        lines.append(json.dumps(entry, ensure_ascii=False))
    return "\n".join(lines)


_GITHUB_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(value: str) -> str:
    """A workflow command's message: %, CR and LF escaped (as @actions/core does)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    """A workflow command's property value: also ':' and ','."""
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_command(finding: Finding, subject: Subject) -> str:
    """One ``::error file=…,line=…,col=…::message`` workflow command for a finding."""
    props: list[tuple[str, str]] = []
    if subject.source is not None:
        props.append(("file", subject.source))
        line, column = subject.position(finding.offset)
        props.append(("line", str(line)))
        if column is not None:
            props.append(("col", str(column)))
            if finding.length:
                end_line, end_column = subject.position(finding.offset + finding.length - 1)
                if end_column is not None:
                    props.append(("endLine", str(end_line)))
                    props.append(("endColumn", str(end_column)))
    title = finding.rule if subject.name is None else f"{finding.rule} ({subject.name})"
    props.append(("title", title))
    message = finding.message
    lang = subject.report.language
    if finding.replacements:
        message += label("github-suggestion", lang, value=finding.replacements[0])
    if finding.acknowledged is not None:
        message += label("github-acknowledged", lang, value=finding.acknowledged.reason)
    head = ",".join(f"{key}={_escape_property(value)}" for key, value in props)
    return f"::{_GITHUB_LEVEL[finding.severity]} {head}::{_escape_data(message)}"


def format_github(subjects: Iterable[Subject]) -> str:
    """GitHub Actions workflow commands: one annotation per finding, on the file and line."""
    return "\n".join(github_command(f, s) for s in subjects for f in s.report.findings)

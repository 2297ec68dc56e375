"""Report formatters for the CLI: ``text`` (coloured on a terminal, a caret line under each span) and ``json``."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from app.domain import Report, Severity

_COLOURS = {"error": "\x1b[31m", "warning": "\x1b[33m", "info": "\x1b[36m", "ready": "\x1b[32m", "review": "\x1b[33m", "blocked": "\x1b[31m"}
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


def format_text(report: Report, text: str, *, colour: bool = False, source: str | None = None) -> str:
    """A human report: verdict, length, the seven turns, then each finding with a caret line."""

    def paint(value: str, key: str) -> str:
        return f"{_COLOURS.get(key, '')}{value}{_RESET}" if colour else value

    def dim(value: str) -> str:
        return f"{_DIM}{value}{_RESET}" if colour else value

    out: list[str] = []
    head = f"{source}: " if source else ""
    length = report.length
    out.append(
        f"{head}{paint(report.verdict.value.upper(), report.verdict.value)}"
        f"  ·  {length['weighted']}/{length['limit']} characters  ·  language {report.language}"
    )
    turns = "  ".join(f"{_STATUS_MARK[t.status.value]} {t.family.value}" + (f" ({t.count})" if t.count else "") for t in report.turns)
    out.append(dim(turns))
    if report.unavailable:
        out.append(dim(f"unavailable: {', '.join(report.unavailable)}"))
    for finding in report.findings:
        line, column, line_text = _line_of(text, finding.offset)
        sev = finding.severity.value
        out.append("")
        out.append(f"{line}:{column + 1}  {paint(sev, sev)}  {finding.message}  {dim(finding.rule)}")
        if finding.length or finding.offset:
            out.append(f"    {line_text}")
            caret_pad = _display_width(line_text[:column])
            span_text = text[finding.offset : finding.offset + finding.length].split("\n", 1)[0]
            carets = "^" * max(1, _display_width(span_text))
            out.append(f"    {' ' * caret_pad}{paint(carets, sev)}")
        if finding.replacements:
            shown = ", ".join(repr(r) if r.strip() != r or not r else r for r in finding.replacements)
            out.append(f"    {dim('suggestion:')} {shown}")
        if finding.acknowledged:
            out.append(f"    {dim('acknowledged:')} {finding.acknowledged.reason}")
    if length.get("thread"):
        out.append("")
        out.append(dim("proposed thread:"))
        for part in length["thread"]:
            out.append(f"  » {part}")
    counts = {s: sum(1 for f in report.findings if f.severity == s) for s in Severity}
    out.append("")
    out.append(dim(f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), {counts[Severity.INFO]} info"))
    return "\n".join(out)


def format_json(report: Report, **extra: Any) -> str:
    """The report as the API returns it (one JSON document)."""
    data = report.to_dict()
    data.update(extra)
    return json.dumps(data, ensure_ascii=False, indent=2)

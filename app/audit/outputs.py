"""The audit's outputs for tools: JSONL (one line per post, streamed), CSV (one row per post, streamed) and
SARIF (one result per finding, a logical location per post); and the HTML report (written at the end).

Every post appears exactly once, reviewed or with the reason it was not; read problems (a truncated
file) appear too. Reports go through the one report-to-wire mapping (``report_wire``); offsets are code
points of the post's text as reviewed (given alongside), as everywhere else.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO, Any

from app.audit.archive import Post, ReadProblem
from app.audit.runner import AuditResult, Outcome
from app.audit.summary import AuditSummary
from app.domain import Report, to_wire
from app.kinds.base import RuleMeta

FORMATS = ("html", "jsonl", "csv", "sarif")
CSV_COLUMNS = ("network", "id", "created", "url", "language", "text", "verdict", "findings_count", "findings", "error")


def report_wire(report: Report) -> dict[str, Any]:
    """The report in the wire shape every door uses (``app.domain.to_wire``, as batch JSONL)."""
    return to_wire(report)


def post_wire(post: Post) -> dict[str, Any]:
    """Where a post is and what it says."""
    return {
        "network": post.network,
        "id": post.id,
        "created": post.created or None,
        "url": post.url,
        "language": post.language,
        "reply": post.reply,
        "source": post.source,
        "text": post.text,
    }


def outcome_json(outcome: Outcome) -> dict[str, Any]:
    """One JSONL line: ``{"index", "post", "report"}``, ``{"index", "post", "error"}`` or ``{"problem"}``."""
    if isinstance(outcome, ReadProblem):
        return {"problem": {"source": outcome.source, "position": outcome.position, "reason": outcome.reason}}
    line: dict[str, Any] = {"index": outcome.index, "post": post_wire(outcome.post)}
    if outcome.report is not None:
        line["report"] = report_wire(outcome.report)
    else:
        line["error"] = outcome.error or "not reviewed"
    return line


class Writer:
    """Writes outcomes as they come (``write``) and finishes the output (``close``)."""

    def __init__(
        self,
        fmt: str,
        out: IO[str],
        *,
        summary: AuditSummary,
        catalogue: Sequence[RuleMeta] = (),
        ui: str = "en",
        grammar: bool = False,
        source: str = "",
    ) -> None:
        self.fmt = fmt
        self.out = out
        self.summary = summary
        self.ui = ui
        self.grammar = grammar
        self.source = source
        self.csv: Any = None
        self.sarif: Any = None
        if fmt == "csv":
            self.csv = csv.writer(out, lineterminator="\n")
            self.csv.writerow(CSV_COLUMNS)
        elif fmt == "sarif":
            from app.sarif import SarifBuilder

            self.sarif = SarifBuilder(catalogue, language="fr" if ui == "fr" else "en")

    def write(self, outcome: Outcome) -> None:
        """One outcome (the HTML report only counts it; it is written at ``close``)."""
        if self.fmt == "jsonl":
            self.out.write(json.dumps(outcome_json(outcome), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self._csv(outcome)
        elif self.fmt == "sarif":
            self._sarif(outcome)

    def _csv(self, outcome: Outcome) -> None:
        if isinstance(outcome, ReadProblem):
            self.csv.writerow(["", "", "", "", "", "", "", "", "", str(outcome)])
            return
        post, report = outcome.post, outcome.report
        findings = (
            "\n".join(f"{f.severity.value} {f.rule} at {f.offset}: {f.message}" for f in report.findings)
            if report is not None
            else ""
        )
        self.csv.writerow(
            [
                post.network,
                post.id,
                post.created,
                post.url or "",
                report.language if report is not None else post.language,
                post.text,
                report.verdict.value if report is not None else "",
                str(len(report.findings)) if report is not None else "",
                findings,
                outcome.error or "",
            ]
        )

    def _sarif(self, outcome: Outcome) -> None:
        from app.formats import Subject
        from app.sarif import Notice

        if isinstance(outcome, ReadProblem):
            self.sarif.note(Notice("error", str(outcome), self.source or None))
            return
        if outcome.report is None:
            self.sarif.note(
                Notice("error", f"post {outcome.post.id}: not reviewed: {outcome.error}", self.source or None)
            )
            return
        self.sarif.add(Subject(outcome.report, outcome.post.text, name=_post_name(outcome)))

    def close(self) -> None:
        """Finish: the SARIF log or the HTML report is written whole here."""
        if self.fmt == "sarif":
            self.out.write(json.dumps(self.sarif.log(), ensure_ascii=False, indent=2) + "\n")
        elif self.fmt == "html":
            from app.audit.html import render_report

            self.out.write(render_report(self.summary, ui=self.ui, grammar=self.grammar))
        self.out.flush()


def _post_name(result: AuditResult) -> str:
    return result.post.url or f"{result.post.network}:{result.post.id}"

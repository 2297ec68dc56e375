"""Golden reports: a fixed set of drafts whose wire JSON (engine mapping, API, API batch) is frozen.

``tests/data/golden_drafts.json`` holds the drafts (text, language, optional policy overrides);
``tests/data/golden_reports.json`` their reports as the doors wrote them when the file was made.
tests/test_report_golden.py compares today's reports with these, key by key.

Regenerate deliberately (and say so in the commit) with::

    .venv/bin/python -m tests.golden_reports --write
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
DRAFTS_FILE = DATA / "golden_drafts.json"
REPORTS_FILE = DATA / "golden_reports.json"


def load_drafts() -> list[dict[str, Any]]:
    """The fixed drafts: ``{"name", "text", "language", "policy"?}``."""
    drafts: list[dict[str, Any]] = json.loads(DRAFTS_FILE.read_text(encoding="utf-8"))
    return drafts


def current_reports() -> dict[str, dict[str, Any]]:
    """Each draft's report as the engine's wire mapping, ``POST /v1/check`` and ``POST /v1/check/batch`` give it."""
    from fastapi.testclient import TestClient

    from app.api.main import create_app
    from app.engine import Engine
    from app.settings import Settings

    settings = Settings(offline=True)
    engine = Engine.create(settings)
    out: dict[str, dict[str, Any]] = {}
    with TestClient(create_app(settings, engine=engine), raise_server_exceptions=False) as client:
        for draft in load_drafts():
            body: dict[str, Any] = {"text": draft["text"], "language": draft.get("language", "auto")}
            if draft.get("policy"):
                body["policy"] = draft["policy"]
            api = client.post("/v1/check", json=body)
            item = {"id": draft["name"], "text": body["text"], "language": body["language"]}
            batch_body: dict[str, Any] = {"items": [item]}
            if draft.get("policy"):
                batch_body["policy"] = draft["policy"]
            batch = client.post("/v1/check/batch", json=batch_body)
            out[draft["name"]] = {
                "wire": _engine_wire(engine, draft, body["language"]),
                "api": {"status": api.status_code, "json": api.json()},
                "batch": {"status": batch.status_code, "json": batch.json()},
            }
    return out


def _engine_wire(engine: Any, draft: dict[str, Any], language: str) -> Any:
    """The engine's report through the wire mapping, or the error (class and message) the engine raised."""
    try:
        policy = engine.resolve_policy(draft.get("policy"))
        report = asyncio.run(engine.review(draft["text"], language=language, policy=policy))
    except Exception as exc:  # noqa: BLE001 - the golden file records which error a bad draft gives
        return {"error": f"{exc.__class__.__name__}: {exc}"}
    return _wire(report)


def _wire(report: Any) -> Any:
    """The engine-level wire mapping (what the CLI's JSON, batch JSONL and the web form write)."""
    from app import domain

    mapping = getattr(domain, "report_to_wire", None)
    if mapping is not None:
        return mapping(report)
    return report.to_dict()


def main(argv: list[str]) -> int:
    """``--write``: save today's reports as the golden ones."""
    if argv != ["--write"]:
        print("usage: python -m tests.golden_reports --write", file=sys.stderr)
        return 2
    reports = current_reports()
    REPORTS_FILE.write_text(json.dumps(reports, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(reports)} golden reports to {REPORTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

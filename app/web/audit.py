"""The web form's "Audit an archive" page: upload an account archive, follow the progress, read the report.

- ``GET /audit`` — the page (``templates/audit.html``, ``static/audit.js``; same CSP as the form).
- ``POST /audit/jobs?name=FILE`` — the archive as the request body, streamed to a temporary file (never
  held in memory) and refused with 413 past ``Settings.audit_max_upload_bytes``; an archive that cannot
  be audited is a 422 naming what was expected. Answers 202 with the job's id and URLs.
- ``GET /audit/jobs/{id}`` — progress: state, posts done, total.
- ``GET /audit/jobs/{id}/report`` — the same self-contained HTML report as ``sevenfold audit``, with its
  own CSP (its inline style and script by hash).

Audits run one at a time on one background thread with an engine built once (grammar off, the server's
policy); the uploaded file is deleted as soon as the audit ends, whatever the outcome. Reports stay in
memory for the last few jobs only, and are never written to disk.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import re
import secrets
import tempfile
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from app.audit.archive import ArchiveError, open_archive
from app.audit.html import content_security_policy
from app.audit.outputs import Writer
from app.audit.run import run_audit
from app.audit.runner import EngineSpec, InlineBackend, audit_policy
from app.audit.summary import AuditSummary
from app.texts import localise
from app.web.i18n import Translator

audit_router = APIRouter(include_in_schema=False)
MAX_JOBS = 8  # kept (finished reports included); a new upload past this while all are running: 503
_SUFFIXES = frozenset({".zip", ".car", ".json", ".js"})

AUDIT_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "audit_title": "Audit an archive",
        "audit_intro": "Review everything an account already published: the archive you downloaded from X "
        "(.zip), Bluesky (.car) or Mastodon (.zip). It stays on this server only while it is reviewed.",
        "audit_file": "Archive file",
        "audit_choose": "Choose a file…",
        "audit_none_chosen": "No file chosen",
        "audit_no_file": "Choose an archive file first.",
        "audit_start": "Audit",
        "audit_uploading": "Uploading…",
        "audit_running": "Reviewing: {done} of {total} posts",
        "audit_running_unknown": "Reviewing: {done} posts",
        "audit_done": "Done. Opening the report…",
        "audit_failed": "The audit failed: {reason}",
        "audit_back": "Check a draft",
        "audit_limit": "Up to {size} MB.",
    },
    "fr": {
        "audit_title": "Auditer une archive",
        "audit_intro": "Relisez tout ce qu'un compte a déjà publié : l'archive téléchargée depuis X (.zip), "
        "Bluesky (.car) ou Mastodon (.zip). Elle ne reste sur ce serveur que le temps de la relecture.",
        "audit_file": "Fichier d'archive",
        "audit_choose": "Choisir un fichier…",
        "audit_none_chosen": "Aucun fichier choisi",
        "audit_no_file": "Choisissez d'abord un fichier d'archive.",
        "audit_start": "Auditer",
        "audit_uploading": "Envoi…",
        "audit_running": "Relecture : {done} publications sur {total}",
        "audit_running_unknown": "Relecture : {done} publications",
        "audit_done": "Terminé. Ouverture du rapport…",
        "audit_failed": "L'audit a échoué : {reason}",
        "audit_back": "Vérifier un brouillon",
        "audit_limit": "Jusqu'à {size} Mo.",
    },
}


@dataclass
class Job:
    """One audit: its state, its progress, and its report once done."""

    id: str
    ui: str
    path: Path
    state: str = "queued"  # queued, running, done, failed
    done: int = 0
    total: int | None = None
    error: str | None = None
    report: str | None = None
    headline: str | None = None

    def status(self) -> dict[str, Any]:
        """The progress as the page polls it."""
        return {
            "id": self.id,
            "state": self.state,
            "done": self.done,
            "total": self.total,
            "error": self.error,
            "headline": self.headline,
            "report_url": f"/audit/jobs/{self.id}/report" if self.state == "done" else None,
        }


class AuditJobs:
    """The server's audits: one background thread (its engine built once), the last few jobs kept."""

    def __init__(self, spec: EngineSpec) -> None:
        self.spec = spec
        self.jobs: OrderedDict[str, Job] = OrderedDict()
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sevenfold-audit")

    def room(self) -> bool:
        """True when a new job can be accepted (evicting finished ones past ``MAX_JOBS``)."""
        while len(self.jobs) >= MAX_JOBS:
            finished = next((k for k, j in self.jobs.items() if j.state in ("done", "failed")), None)
            if finished is None:
                return False
            del self.jobs[finished]
        return True

    def submit(self, job: Job) -> None:
        """Queue ``job`` on the audit thread."""
        self.jobs[job.id] = job
        self.executor.submit(self._run, job)

    def _run(self, job: Job) -> None:
        job.state = "running"
        try:
            archive = open_archive(job.path)
            job.total = archive.count()
            summary = AuditSummary(network=archive.network, source=_display_name(job.path))
            out = io.StringIO()
            writer = Writer("html", out, summary=summary, ui=job.ui)

            def advance() -> None:
                job.done += 1

            run_audit(archive, self.spec, InlineBackend(self.spec), writer.write, advance=advance, summary=summary)
            writer.close()
            job.report = out.getvalue()
            job.headline = summary.headline(job.ui)
            job.state = "done"
        except ArchiveError as exc:  # in the page's language, as the upload's own 422s (app.texts.localise)
            said = str(exc).replace(job.path.name, _display_name(job.path))  # the user's file, not our copy's name
            job.error, job.state = localise(said, job.ui), "failed"
        except Exception as exc:  # noqa: BLE001 - the page must hear of it; the server goes on
            job.error, job.state = localise(f"internal error ({exc.__class__.__name__})", job.ui), "failed"
        finally:
            with contextlib.suppress(OSError):
                job.path.unlink()
            with contextlib.suppress(OSError):
                job.path.parent.rmdir()

    def close(self) -> None:
        """Stop the audit thread (queued jobs are dropped) and delete their files."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        for job in self.jobs.values():
            if job.state == "queued":
                with contextlib.suppress(OSError):
                    job.path.unlink()


def _display_name(path: Path) -> str:
    return path.name.removeprefix("upload-")


def jobs_for(request: Request) -> AuditJobs:
    """The app's audits, created on first use with the server's policy (grammar off)."""
    app = request.app
    jobs: AuditJobs | None = getattr(app.state, "audit_jobs", None)
    if jobs is None:
        engine = app.state.engine
        settings = engine.settings.model_copy(update={"offline": True})
        spec = EngineSpec(settings, audit_policy(engine.base_policy, grammar=False))
        jobs = app.state.audit_jobs = AuditJobs(spec)
    return jobs


def _ui(request: Request) -> str:
    from app.web.i18n import COOKIE, choose_ui

    return choose_ui(
        request.query_params.get("ui"), request.cookies.get(COOKIE), request.headers.get("accept-language")
    )


def _max_bytes(request: Request) -> int:
    return int(getattr(request.app.state.settings, "audit_max_upload_bytes", 512 * 1024**2))


@audit_router.get("/audit", response_class=HTMLResponse)
async def audit_page(request: Request) -> Response:
    """The upload page, in the browser's language (or ``?ui=fr|en``)."""
    from app.web.routes import templates

    ui = _ui(request)
    t = Translator(ui)
    strings = AUDIT_STRINGS[t.language]
    context = {
        "ui": t.language,
        "t": t,
        "a": strings,
        "limit": strings["audit_limit"].format(size=_max_bytes(request) // 1024**2),
        "max_bytes": _max_bytes(request),
    }
    response = templates.TemplateResponse(request, "audit.html", context)
    response.headers["cache-control"] = "no-store"
    return response


def _problem(status: int, message: str, loc: str = "body") -> JSONResponse:
    return JSONResponse({"detail": [{"loc": [loc], "msg": message, "type": "value_error"}]}, status_code=status)


@audit_router.post("/audit/jobs")
async def create_job(request: Request, name: str = "archive") -> Response:
    """Stream the uploaded archive to a temporary file, check it, queue its audit (202)."""
    if request.headers.get("content-type", "").lower().startswith("multipart/form-data"):
        # (U, session 23) curl -F archive=@x.zip, the usual way to upload a file: its envelope was read as the
        # archive, "unknown format" for a good archive
        message = (
            "the archive came as a form (multipart/form-data): send the file itself as the request body, "
            "e.g. curl --data-binary @archive.zip"
        )
        return _problem(422, localise(message, _ui(request)))
    limit = _max_bytes(request)
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        return _problem(413, f"the archive is over the limit of {limit} bytes")
    jobs = jobs_for(request)
    if not jobs.room():
        return _problem(503, "audits are all busy: try again in a moment")
    suffix = Path(name).suffix.lower()
    suffix = suffix if suffix in _SUFFIXES else ""
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(name).stem)[:60] or "archive"
    folder = Path(tempfile.mkdtemp(prefix="sevenfold-audit-"))
    path = folder / f"upload-{stem}{suffix}"
    size = 0
    try:
        with open(path, "wb") as out:
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise OverflowError
                out.write(chunk)
        if size == 0:
            raise ArchiveError("the upload is empty: send the archive file as the request body")
        await asyncio.to_thread(open_archive, path)  # not an archive, unknown format: 422 now
    except OverflowError:
        _discard(path)
        return _problem(413, f"the archive is over the limit of {limit} bytes")
    except ArchiveError as exc:
        _discard(path)
        # the user's own file name, never the server's folder or upload name; in the form's language
        message = str(exc).replace(str(folder) + os.sep, "").replace(path.name, Path(name).name or path.name)
        return _problem(413 if exc.too_large else 422, localise(message, _ui(request)))
    except BaseException:
        _discard(path)
        raise
    ui = _ui(request)
    job = Job(id=secrets.token_urlsafe(16), ui=ui, path=path)
    jobs.submit(job)
    return JSONResponse(job.status(), status_code=202)


def _discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
    with contextlib.suppress(OSError):
        path.parent.rmdir()


def _job(request: Request, job_id: str) -> Job | None:
    jobs: AuditJobs | None = getattr(request.app.state, "audit_jobs", None)
    return jobs.jobs.get(job_id) if jobs is not None else None


@audit_router.get("/audit/jobs/{job_id}")
async def job_status(request: Request, job_id: str) -> Response:
    """The job's progress."""
    job = _job(request, job_id)
    if job is None:
        return _problem(
            404, localise("no such audit (finished audits are kept for a while only)", _ui(request)), "path"
        )
    return JSONResponse(job.status(), headers={"cache-control": "no-store"})


@audit_router.get("/audit/jobs/{job_id}/report", response_class=HTMLResponse)
async def job_report(request: Request, job_id: str) -> Response:
    """The finished audit's HTML report, under its own CSP."""
    job = _job(request, job_id)
    if job is None or job.report is None:
        return _problem(
            404, localise("no report for this audit (not finished, or no longer kept)", _ui(request)), "path"
        )
    return HTMLResponse(
        job.report,
        headers={"content-security-policy": content_security_policy(), "cache-control": "no-store"},
    )

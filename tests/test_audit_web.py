"""The "Audit an archive" page over HTTP: the upload is streamed to a temporary file (deleted after),
refused over the size limit (413) or when it is not an archive (422), and the job ends with the same
self-contained report as the CLI, served with its own CSP."""

from __future__ import annotations

import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.engine import Engine
from app.settings import Settings
from tests.audit_archives import samples, twitter_zip


@pytest.fixture()
def client(engine: Engine) -> Iterator[TestClient]:
    settings = Settings(offline=True, audit_max_upload_bytes=256 * 1024)
    with TestClient(create_app(settings, engine=engine)) as test_client:
        yield test_client


def _leftovers() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("sevenfold-audit-*")}


def _wait(client: TestClient, job_id: str) -> dict[str, object]:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        status = client.get(f"/audit/jobs/{job_id}").json()
        if status["state"] in ("done", "failed"):
            return status  # type: ignore[no-any-return]
        time.sleep(0.1)
    raise AssertionError("the audit did not finish")


def test_audit_page_has_the_forms_csp(client: TestClient) -> None:
    page = client.get("/audit?ui=fr")
    assert page.status_code == 200
    assert "Auditer une archive" in page.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_upload_audit_and_report(client: TestClient, tmp_path: Path) -> None:
    before = _leftovers()
    archive = twitter_zip(tmp_path / "twitter.zip", samples(7))
    answer = client.post(
        "/audit/jobs?name=twitter.zip&ui=en",
        content=archive.read_bytes(),
        headers={"content-type": "application/octet-stream"},
    )
    assert answer.status_code == 202, answer.text
    status = _wait(client, answer.json()["id"])
    assert status["state"] == "done", status
    assert status["done"] == status["total"] == 6
    report = client.get(str(status["report_url"]))
    assert report.status_code == 200
    csp = report.headers["content-security-policy"]
    assert csp.startswith("default-src 'none'") and "script-src 'sha256-" in csp
    assert "a recruiter would notice" in report.text
    assert '<mark data-rule="risk.profanity"' in report.text
    assert _leftovers() <= before  # the uploaded archive is gone


def test_upload_over_the_limit_is_413_and_not_an_archive_422(client: TestClient) -> None:
    before = _leftovers()
    big = client.post("/audit/jobs?name=x.zip", content=b"PK" + b"\0" * (300 * 1024))
    assert big.status_code == 413
    assert "limit" in big.json()["detail"][0]["msg"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted while streaming
        for _ in range(300):
            yield b"\0" * 1024

    streamed = client.post("/audit/jobs?name=x.zip", content=chunks())
    assert streamed.status_code == 413
    junk = client.post("/audit/jobs?name=notes.txt", content=b"just some text")
    assert junk.status_code == 422
    assert "unknown format" in junk.json()["detail"][0]["msg"]
    assert "sevenfold-audit-" not in junk.json()["detail"][0]["msg"]  # no server path in the message
    assert junk.json()["detail"][0]["msg"].startswith("notes.txt: unknown format (expected")  # the user's name
    french = client.post("/audit/jobs?name=notes.txt&ui=fr", content=b"just some text")
    assert french.json()["detail"][0]["msg"].startswith("notes.txt : format inconnu (attendu : une archive X/Twitter")
    assert _leftovers() <= before


def test_unknown_job_is_404(client: TestClient) -> None:
    assert client.get("/audit/jobs/nope").status_code == 404
    assert client.get("/audit/jobs/nope/report").status_code == 404


def test_a_french_user_uploads_a_utf16_outbox_a_wrong_json_and_asks_for_a_lost_audit(client: TestClient) -> None:
    """By hand (session 22): an outbox.json saved in UTF-16 is audited; the French headline read « 1 grossièretés »
    (a plural noun after a count) and now names the category first, « grossièretés (1) »; the wrong JSON's reason
    named our temporary copy ('upload-outbox.json') rather than the user's file; an unknown audit's 404 was English."""
    import json

    from tests.audit_archives import outbox

    text = json.dumps(outbox(samples(7)), ensure_ascii=False).encode("utf-16")
    answer = client.post("/audit/jobs?name=outbox.json&ui=fr", content=text)
    assert answer.status_code == 202, answer.text
    status = _wait(client, answer.json()["id"])
    assert status["state"] == "done", status
    assert "dont" in str(status["headline"]) and " (1)" in str(status["headline"]), status
    assert not any(f"1 {word}" in str(status["headline"]) for word in ("grossièretés", "données")), status
    wrong = client.post("/audit/jobs?name=outbox.json&ui=fr", content=b'{"orderedItems": 5}')
    failed = _wait(client, wrong.json()["id"])
    assert failed["state"] == "failed" and str(failed["error"]).startswith("outbox.json : "), failed
    lost = client.get("/audit/jobs/nope?ui=fr")
    assert lost.status_code == 404
    assert lost.json()["detail"][0]["msg"] == "cet audit n'existe pas (les audits terminés ne sont gardés qu'un temps)"


def test_an_archive_sent_as_a_form_is_told_how_to_send_it(client: TestClient, tmp_path: Path) -> None:
    """(U, session 23) ``curl -F archive=@twitter.zip`` — the usual way to upload a file — sent a good archive
    inside a multipart form, whose envelope was read as the archive: "unknown format". A 422 now says to send the
    file itself as the body, in the client's language; the same archive sent as the body is audited."""
    before = _leftovers()
    archive = twitter_zip(tmp_path / "twitter.zip", samples(2))
    files = {"archive": ("twitter.zip", archive.read_bytes(), "application/zip")}
    form = client.post("/audit/jobs", files=files)
    assert form.status_code == 422
    assert form.json()["detail"] == [
        {
            "loc": ["body"],
            "msg": "the archive came as a form (multipart/form-data): send the file itself as the request body, "
            "e.g. curl --data-binary @archive.zip",
            "type": "value_error",
        }
    ]
    french = client.post("/audit/jobs", files=files, headers={"accept-language": "fr"})
    assert french.json()["detail"][0]["msg"].startswith("l'archive est arrivée comme un formulaire (multipart")
    body = client.post("/audit/jobs?name=twitter.zip", content=archive.read_bytes())
    assert body.status_code == 202, body.text
    assert _wait(client, body.json()["id"])["state"] == "done"
    assert _leftovers() <= before

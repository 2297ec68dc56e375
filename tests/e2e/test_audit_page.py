"""The "Audit an archive" page in a real headless Chromium: upload an X archive, follow the progress, land on
the report (riskiest first, marks, working filters), with no request leaving the server and no CSP error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from tests.audit_archives import samples, twitter_zip
from tests.e2e.conftest import LiveServer


def test_upload_an_archive_and_read_the_report(page: Any, live_server: LiveServer, tmp_path: Path) -> None:
    archive = twitter_zip(tmp_path / "twitter-2024.zip", samples(14), parts=2)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(live_server.url + "/audit?ui=fr")
    expect(page.locator("h1")).to_have_text("Auditer une archive")
    page.set_input_files("#archive", str(archive))
    page.click("#audit-start")
    page.wait_for_url("**/audit/jobs/*/report", timeout=120_000)
    expect(page.locator("#headline")).to_contain_text("qu'un recruteur remarquerait")
    expect(page.locator("#headline")).to_contain_text("grossièretés")
    posts = page.locator("article.post")
    count = posts.count()
    assert count >= 4
    scores = [int(posts.nth(i).get_attribute("data-score")) for i in range(count)]
    assert scores == sorted(scores, reverse=True)
    expect(posts.first.locator('mark[data-rule="risk.profanity"]').first).to_be_visible()
    href = posts.first.locator("a").first.get_attribute("href")
    assert href is not None and href.startswith("https://x.com/i/web/status/")
    assert page.locator("svg#chart rect").count() > 0
    # the filter script runs under the report's hash CSP: choose a turn, the other posts hide
    page.select_option("#filters select[name=family]", "privacy")
    visible = [i for i in range(count) if posts.nth(i).is_visible()]
    assert visible and len(visible) < count
    assert all("privacy" in (posts.nth(i).get_attribute("data-families") or "") for i in visible)
    expect(page.locator("#shown-count")).to_have_text(str(len(visible)))
    page.select_option("#filters select[name=family]", "")
    page.select_option("#filters select[name=year]", "2019")
    assert all(posts.nth(i).get_attribute("data-year") == "2019" for i in range(count) if posts.nth(i).is_visible())
    assert requests and all(url.startswith(live_server.url) for url in requests), requests


def test_not_an_archive_says_so(page: Any, live_server: LiveServer, tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("just some notes", encoding="utf-8")
    page.expected_console = ["422"]
    page.goto(live_server.url + "/audit?ui=en")
    page.set_input_files("#archive", str(junk))
    page.click("#audit-start")
    expect(page.locator("#audit-error")).to_be_visible()
    expect(page.locator("#audit-error")).to_contain_text("unknown format")
    expect(page.locator("#audit-start")).to_be_enabled()


def test_the_file_button_speaks_the_pages_language(page: Any, live_server: LiveServer, tmp_path: Path) -> None:
    """(U, session 26) The native file input said "Choose File / No file chosen" (the browser's language) on the French
    page: it is hidden now (still focusable), a label of the page's language, styled as a button, opens it, and the
    file chosen is said beside it; an empty submit says, in the page's language, to choose a file."""
    archive = twitter_zip(tmp_path / "twitter-2024.zip", samples(3))
    for ui, choose, none, no_file in (
        ("fr", "Choisir un fichier…", "Aucun fichier choisi", "Choisissez d'abord un fichier d'archive."),
        ("en", "Choose a file…", "No file chosen", "Choose an archive file first."),
    ):
        page.goto(live_server.url + f"/audit?ui={ui}")
        expect(page.locator("#archive-pick")).to_have_text(choose)
        expect(page.locator("#archive-chosen")).to_have_text(none)
        box = page.locator("#archive").bounding_box()
        assert box is not None and box["width"] <= 1 and box["height"] <= 1  # the native control is not seen
        page.click("#audit-start")  # nothing chosen: the page's words, not the browser's validation bubble
        expect(page.locator("#audit-error")).to_have_text(no_file)
        expect(page.locator("#archive")).to_be_focused()
        # keyboard users reach the input: its focus shows on the button
        outline = page.eval_on_selector("#archive-pick", "el => getComputedStyle(el).outlineStyle")
        assert outline == "solid", outline
        with page.expect_file_chooser() as chooser:
            page.click("#archive-pick")  # the label opens the native chooser
        chooser.value.set_files(str(archive))
        expect(page.locator("#archive-chosen")).to_have_text("twitter-2024.zip")
        expect(page.locator("#audit-error")).to_be_hidden()
    page.click("#audit-start")
    page.wait_for_url("**/audit/jobs/*/report", timeout=120_000)

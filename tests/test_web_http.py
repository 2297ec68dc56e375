"""HTTP-level tests of the web form (app/web/routes.py): the page, the no-JavaScript path, headers, escaping."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.engine import Engine
from app.settings import Settings
from app.web.routes import STATIC_DIR, TEMPLATES_DIR
from app.web.security import CONTENT_SECURITY_POLICY

DRAFT = "🎉🎉 Merde, nous sommes ravis de vous accueillir #evenementannuel"


@pytest.fixture(scope="module")
def client(engine: Engine, offline_settings: Settings) -> Iterator[TestClient]:
    """The app with the offline engine."""
    with TestClient(create_app(offline_settings, engine=engine)) as test_client:
        yield test_client


class Marks(HTMLParser):
    """Collects the text inside each ``<mark data-rule>`` (nested marks included) and the textarea's value."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.marks: list[tuple[str, str]] = []
        self.open: list[int] = []
        self.in_textarea = False
        self.textarea = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a mark or the textarea."""
        if tag == "mark":
            self.marks.append((dict(attrs).get("data-rule") or "", ""))
            self.open.append(len(self.marks) - 1)
        if tag == "textarea":
            self.in_textarea = True

    def handle_endtag(self, tag: str) -> None:
        """Close a mark or the textarea."""
        if tag == "mark":
            self.open.pop()
        if tag == "textarea":
            self.in_textarea = False

    def handle_data(self, data: str) -> None:
        """Text goes to every open mark."""
        for index in self.open:
            rule, text = self.marks[index]
            self.marks[index] = (rule, text + data)
        if self.in_textarea:
            self.textarea += data


def parse(html: str) -> Marks:
    """The marks and textarea of a page."""
    parser = Marks()
    parser.feed(html)
    return parser


def test_form_page_in_the_browsers_language(client: TestClient) -> None:
    """GET / answers the form in French for a French browser, with labels and a live region."""
    response = client.get("/", headers={"accept-language": "fr-FR,fr;q=0.9,en;q=0.5"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    html = response.text
    assert '<html lang="fr">' in html
    assert '<label id="draft-label" class="field-label" for="draft"' in html
    assert '<label for="language"' in html
    assert 'aria-live="polite"' in html
    assert "Vérifier" in html


def test_interface_switch_is_remembered(client: TestClient) -> None:
    """?ui=en sets a cookie that later pages honour over the browser's language."""
    response = client.get("/?ui=en", headers={"accept-language": "fr"})
    assert '<html lang="en">' in response.text
    assert response.cookies.get("sevenfold_ui") == "en"
    again = client.get("/", headers={"accept-language": "fr"})
    assert '<html lang="en">' in again.text
    client.cookies.clear()


def test_security_headers_on_the_form_only(client: TestClient) -> None:
    """The form and its files carry the strict CSP; nothing inline is needed."""
    for path in ["/", "/static/app.js", "/static/app.css", "/static/marks.js"]:
        response = client.get(path)
        assert response.status_code == 200, path
        csp = response.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "style-src 'self'" in csp and "unsafe-inline" not in csp
        assert response.headers["x-content-type-options"] == "nosniff"
    assert client.get("/").headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "javascript" in client.get("/static/app.js").headers["content-type"]


def test_nothing_external_and_nothing_inline() -> None:
    """Templates and static files name no other origin, hold no inline script, handler or style attribute."""
    for path in [*TEMPLATES_DIR.glob("*.html"), *STATIC_DIR.glob("*.css"), *STATIC_DIR.glob("*.js")]:
        if path.name == "tweet.js":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?:src|href|url\()\s*=?\s*[\"']?(?:https?:)?//", text), path
        assert "@import" not in text and "fonts.googleapis" not in text, path
        if path.suffix == ".html":
            assert not re.search(r"\son[a-z]+\s*=", text), path
            assert not re.search(r"\sstyle\s*=", text), path
            for script in re.findall(r"<script[^>]*>", text):
                assert "src=" in script or 'type="application/json"' in script, script


def test_no_javascript_post_renders_the_report(client: TestClient) -> None:
    """POST / checks the draft and renders the verdict, seven turns and <mark data-rule> highlights."""
    response = client.post("/", data={"text": DRAFT, "language": "fr", "ui": "fr"})
    assert response.status_code == 200
    html = response.text
    page = parse(html)
    assert ("risk.profanity", "Merde") in page.marks
    assert ("etiquette.hashtag-case", "#evenementannuel") in page.marks
    assert 'data-verdict="review"' in html
    assert len(re.findall(r'<li class="turn status-', html)) == 7
    assert page.textarea.strip("\n") == DRAFT
    assert "Remplacer par « Mince »" in html
    assert 'name="apply" value="3:5:0:risk.profanity"' in html


def test_no_javascript_apply_replaces_and_rechecks(client: TestClient) -> None:
    """An apply button replaces the span (code points, after emoji) and the report is re-checked."""
    response = client.post("/", data={"text": DRAFT, "language": "fr", "apply": "3:5:0:risk.profanity"})
    page = parse(response.text)
    assert page.textarea.strip("\n") == DRAFT.replace("Merde", "Mince")
    assert all(rule != "risk.profanity" for rule, _ in page.marks)


def test_stale_or_malformed_apply_only_checks(client: TestClient) -> None:
    """An apply that matches no finding (edited draft, bad value) leaves the draft alone."""
    for value in ["0:5:0:risk.profanity", "garbage", "3:5:9:risk.profanity"]:
        page = parse(client.post("/", data={"text": DRAFT, "apply": value}).text)
        assert page.textarea.strip("\n") == DRAFT
        assert ("risk.profanity", "Merde") in page.marks


def test_form_newlines_are_normalised(client: TestClient) -> None:
    """Forms post CR LF: the draft is checked and shown with LF, as the textarea holds it."""
    response = client.post("/", data={"text": "Ligne un\r\nMerde alors", "language": "fr"})
    page = parse(response.text)
    assert page.textarea.strip("\n") == "Ligne un\nMerde alors"
    assert ("risk.profanity", "Merde") in page.marks


def test_empty_draft_is_a_422_page(client: TestClient) -> None:
    """An empty draft answers 422 with the form and a readable error, never a 500 or JSON."""
    response = client.post("/", data={"text": "   ", "ui": "en"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in response.text and "empty" in response.text


def test_empty_draft_reason_follows_the_interface_language(client: TestClient) -> None:
    """The French form says why in French, not « … : the draft is empty »."""
    response = client.post("/", data={"text": "   ", "ui": "fr"})
    assert response.status_code == 422
    alert = re.search(r'<div class="alert error" role="alert"[^>]*>(.*?)</div>', response.text)
    assert alert is not None
    expected = "Rien à vérifier : le brouillon est vide. Écrivez ou collez votre message ci-dessus."
    assert html.unescape(alert.group(1)) == expected


def test_unknown_language_is_a_422_page(client: TestClient) -> None:
    """An unknown language code is reported on the page."""
    response = client.post("/", data={"text": "Hello", "language": "klingon"})
    assert response.status_code == 422
    assert 'role="alert"' in response.text


def test_overlong_draft_renders_a_thread(client: TestClient) -> None:
    """Over the limit: the overflow is marked and the thread is listed as numbered posts."""
    text = " ".join(["Nous sommes ravis d'annoncer notre nouveau bureau à Lyon."] * 8)
    response = client.post("/", data={"text": text, "language": "fr"})
    html = response.text
    assert 'data-verdict="blocked"' in html
    assert any(rule == "length.over-limit" for rule, _ in parse(html).marks)
    numbers = re.findall(r'<span class="post-number">(\d+)/(\d+)</span>', html)
    assert len(numbers) >= 2
    assert [int(n) for n, _ in numbers] == list(range(1, len(numbers) + 1))


def test_draft_text_is_escaped_everywhere(client: TestClient) -> None:
    """Markup in a draft is text: in the textarea, the marks, the preview and the embedded state."""
    text = "Merde </textarea></script><script>alert(1)</script> <b>x</b>"
    html = client.post("/", data={"text": text, "language": "fr"}).text
    assert "<script>alert(1)" not in html
    assert "<b>x</b>" not in html
    assert parse(html).textarea.strip("\n") == text


def test_static_files_exist() -> None:
    """The page's script, helpers and style ship with the package."""
    for name in ["app.js", "marks.js", "app.css", "favicon.svg"]:
        assert (STATIC_DIR / name).is_file(), name
    assert Path(TEMPLATES_DIR / "index.html").is_file()

"""The codes of a batch row or item not checked are a contract that cannot drift: ``docs/CODES.md`` lists exactly
``app.texts.ROW_CODES`` (and ``other``) with their English and French texts, every code ever published stays, and
what the doors send — ``sevenfold batch``'s JSONL ``code`` and CSV ``code`` column, ``POST /v1/check/batch``'s
``code`` — is one of them, the same in every language.

Through the real doors: ``app.cli.main`` (offline) on JSONL and CSV files, and the API in process.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.cli import main
from app.engine import Engine
from app.settings import get_settings
from app.texts import DETAILS, OTHER_CODE, ROW_CODES, TEXTS, reason_code

DOC = Path(__file__).resolve().parents[1] / "docs" / "CODES.md"
PUBLISHED = frozenset(
    {
        # session 20 (JSONL and API "code"), session 21 (CSV "code" column): add, never remove
        "draft-empty",
        "draft-invisible-only",
        "draft-surrogate",
        "row-too-big",
        "unknown-language",
        "unknown-region",
        "row-blank-line",
        "row-bad-utf8",
        "row-bad-json",
        "row-not-object",
        "row-no-text-key",
        "row-text-type",
        "row-language-type",
        "row-unreadable-csv",
        "row-fields",
        "row-unclosed-quote",
        "row-unclosed-quote-end",
        "row-no-text",
        "row-not-checked-reason",
        "item-not-object",
        "not-a-string",
        "required",
        "extra-key",
        "too-long",
        "internal-error",
        "other",
        # session 36: an API batch item's own networks, a CLI JSONL line's reply context
        "row-context-type",
        "unknown-network",
        "no-network",
        "network-and-networks",
        "networks-not-list",
    }
)
_ROW = re.compile(r"^\| `([a-z0-9-]+)` \| (.*?) \| (.*?) \| (.*?) \|$")


def documented() -> dict[str, tuple[str, str]]:
    """The codes in docs/CODES.md's table, with their English and French texts."""
    rows = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        found = _ROW.match(line)
        if found:
            rows[found.group(1)] = (found.group(3), found.group(4))
    return rows


def _plain(template: str) -> str:
    return template.replace("{{", "{").replace("}}", "}")


def test_the_page_lists_exactly_the_codes_with_their_texts() -> None:
    table = documented()
    assert set(table) == {*ROW_CODES, OTHER_CODE}
    for code in ROW_CODES:
        assert table[code] == (_plain(TEXTS[code]["en"]), _plain(TEXTS[code]["fr"])), code


def test_no_published_code_is_ever_renamed_or_removed() -> None:
    assert set(PUBLISHED) <= {*ROW_CODES, OTHER_CODE}
    assert len(set(ROW_CODES)) == len(ROW_CODES)


def test_a_new_reason_for_a_row_is_a_listed_code() -> None:
    """A template added for a row or a draft (``row-…``, ``draft-…``) without its code would be sent as ``other``."""
    reasons = {key for key in DETAILS if key.startswith(("row-", "draft-"))}
    assert reasons <= set(ROW_CODES)


def test_only_listed_codes_are_answered() -> None:
    """A reason read by a template that is not a row's (a policy's, LanguageTool's) is ``other``, never its key."""
    assert reason_code("LanguageTool not ready") == OTHER_CODE
    assert reason_code("unknown key") == OTHER_CODE
    assert reason_code("text: Input should be a valid string") == "not-a-string"


JSONL = (
    '{"text": "Hello world"}\n'  # 1 checked
    '{"text": ""}\n'  # 2
    '{"text": "\\u200b\\u2060"}\n'  # 3
    '{"text": "a \\ud800 b"}\n'  # 4
    '{"text": "Hello", "language": "zz"}\n'  # 5
    '{"text": "Hello", "language": "en-XX"}\n'  # 6
    "\n"  # 7
    "not json\n"  # 8
    "[1]\n"  # 9
    '{"id": "x"}\n'  # 10
    '{"text": 5}\n'  # 11
    '{"text": "Hello", "language": 5}\n'  # 12
    '{"text": "' + "word " * 400 + '"}\n'  # 13: over 1 KB
    '{"text": "crash me"}\n'  # 14
)
JSONL_CODES = [
    None,
    "draft-empty",
    "draft-invisible-only",
    "draft-surrogate",
    "unknown-language",
    "unknown-region",
    "row-blank-line",
    "row-bad-json",
    "row-not-object",
    "row-no-text-key",
    "row-text-type",
    "row-language-type",
    "row-too-big",
    "internal-error",
    "row-bad-utf8",
]
CSV_ROWS = (
    "id,text,language\n"
    "1,Hello world,en\n"
    "2,,en\n"
    "3,Hello,zz\n"
    "4,Hello,fr-QQ\n"
    "5,one,two,three\n"
    "\n"
    "6," + "x" * 140_000 + ",en\n"
    '7,"never closed,en\n'
    "8,swallowed,en\n"
)
CSV_CODES = [
    "",
    "draft-empty",
    "unknown-language",
    "unknown-region",
    "row-fields",
    "row-blank-line",
    "row-unreadable-csv",
    "row-unclosed-quote",
]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """The CLI offline in ``tmp_path``, one draft over a 1 KB limit, and "crash me" making a rule fail.

    The process settings are read once (``get_settings`` is cached): an earlier test in the same run had them
    read with the 64 KB limit, so the cache is cleared here and again after the test."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("SEVENFOLD_MAX_BODY_BYTES", "1024")
    get_settings.cache_clear()
    monkeypatch.chdir(tmp_path)
    review = Engine.review

    async def failing(self: Engine, text: str, *args: object, **kwargs: object) -> object:
        if text == "crash me":
            raise RuntimeError("boom")
        return await review(self, text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Engine, "review", failing)
    yield tmp_path
    get_settings.cache_clear()


def test_cli_batch_jsonl_and_csv_send_the_listed_codes_in_every_language(
    cli: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (cli / "drafts.jsonl").write_bytes(JSONL.encode("utf-8", "surrogatepass") + b'{"text": "caf\xe9"}\n')
    for lang in ("en", "fr"):
        main(["batch", "drafts.jsonl", "--offline", "--lang", lang, "-o", f"out-{lang}.jsonl"])
        lines = [json.loads(x) for x in (cli / f"out-{lang}.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [x.get("code") for x in lines] == JSONL_CODES
    (cli / "calendar.csv").write_text(CSV_ROWS, encoding="utf-8")
    for lang in ("en", "fr"):
        capsysbinary.readouterr()
        main(["batch", "calendar.csv", "--offline", "--format", "csv", "--lang", lang])
        rows = list(csv.reader(io.StringIO(capsysbinary.readouterr().out.decode())))
        assert rows[0][-2:] == ["row", "code"]
        assert [r[-1] for r in rows[1:]] == CSV_CODES
        assert all(r[-3] for r in rows[2:])  # every row not checked says why, for people too
    assert {*JSONL_CODES, *CSV_CODES} - {None, ""} <= set(documented())


def test_a_calendar_with_its_own_code_column_keeps_it(cli: Path, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    (cli / "calendar.csv").write_text("code,text\nA1,Hello world\nB2,\n", encoding="utf-8")
    main(["batch", "calendar.csv", "--offline", "--format", "csv"])
    rows = list(csv.reader(io.StringIO(capsysbinary.readouterr().out.decode())))
    assert rows[0][0] == "code" and rows[0][-1] == "sevenfold_code"
    assert [(r[0], r[-1]) for r in rows[1:]] == [("A1", ""), ("B2", "draft-empty")]


API_ITEMS: list[object] = [
    {"id": "ok", "text": "Hello world"},
    {"text": ""},
    {"text": "\u200b"},
    {"text": "a \ud800 b"},
    {"text": "Hello", "language": "zz"},
    {"text": "Hello", "language": "en-XX"},
    5,
    {"text": 5},
    {"language": "en"},
    {"text": "Hello", "colour": "red"},
    {"id": "x" * 201, "text": "Hello"},
    {"text": "Hello", "language": None},
    {"text": "Hello", "networks": ["tiktok"]},
    {"text": "Hello", "networks": []},
    {"text": "Hello", "network": "x", "networks": ["bluesky"]},
    {"text": "Hello", "networks": "x"},
]
API_CODES = [
    None,
    "draft-empty",
    "draft-invisible-only",
    "draft-surrogate",
    "unknown-language",
    "unknown-region",
    "item-not-object",
    "not-a-string",
    "required",
    "extra-key",
    "too-long",
    "not-a-string",
    "unknown-network",
    "no-network",
    "network-and-networks",
    "networks-not-list",
]


@pytest.mark.parametrize("accept", ["en", "fr"])
def test_api_batch_sends_the_listed_codes_in_every_language(client: TestClient, accept: str) -> None:
    body = json.dumps({"items": API_ITEMS}, ensure_ascii=True).encode()
    response = client.post(
        "/v1/check/batch", content=body, headers={"content-type": "application/json", "accept-language": accept}
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r.get("code") for r in results] == API_CODES
    assert all(r["error"] for r in results[1:])
    assert set(API_CODES) - {None} <= set(documented())

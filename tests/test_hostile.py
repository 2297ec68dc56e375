"""Hostile inputs through the real API (in process, offline engine): never a 500, never a hang.

NUL bytes, lone surrogates (422), invalid UTF-8 and JSON, 10,000 emoji, 64 KiB of combining marks,
bidi controls, thousands of entities, deeply nested JSON, bodies over the limit (413), and policies
carrying a broken or a catastrophic regular expression (422, or a pattern that gives up in time).
Every 200 is checked for a complete report whose spans hold.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.domain import FAMILY_ORDER
from app.engine import Engine
from app.settings import Settings

HANG_GUARD_SECONDS = 120.0  # a request that has not answered by then is hung: not a performance bound


@pytest.fixture(scope="module")
def api(engine: Engine, offline_settings: Settings) -> Iterator[TestClient]:
    """The real application around the shared offline engine."""
    app = create_app(offline_settings, engine=engine)
    with TestClient(app, client=("127.0.0.1", 40000), raise_server_exceptions=False) as client:
        yield client


def post_raw(api: TestClient, body: bytes, path: str = "/v1/check", content_type: str = "application/json") -> Any:
    """POST raw bytes, in a thread guarded against hangs."""
    result: dict[str, Any] = {}

    def call() -> None:
        result["response"] = api.post(path, content=body, headers={"content-type": content_type})

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(HANG_GUARD_SECONDS)
    assert not worker.is_alive(), f"{path} did not answer: hung worker"
    return result["response"]


def post_json(api: TestClient, payload: Any, path: str = "/v1/check") -> Any:
    """POST a JSON document as compact UTF-8 (non-ASCII kept raw, so size limits mean characters)."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
    return post_raw(api, body, path)


def assert_complete_report(text: str, report: dict[str, Any]) -> None:
    """A report has every part and every span holds in ``text``."""
    assert report["verdict"] in ("ready", "review", "blocked")
    assert [t["family"] for t in report["turns"]] == [f.value for f in FAMILY_ORDER]
    assert set(report["entities"]) == {"mentions", "hashtags", "urls", "cashtags"}
    assert {"weighted", "limit", "remaining", "valid", "thread"} <= set(report["length"])
    for finding in report["findings"]:
        start, size = finding["offset"], finding["length"]
        assert start >= 0 and size >= 0 and start + size <= len(text)
        assert text[start : start + size] == finding["excerpt"]
    for group in report["entities"].values():
        for entity in group:
            assert entity["offset"] + entity["length"] <= len(text)
    severities = {f["severity"] for f in report["findings"]}
    expected = "blocked" if "error" in severities else "review" if "warning" in severities else "ready"
    assert report["verdict"] == expected


def assert_422(response: Any, field: str | None = None) -> None:
    """A 422 in the API's error shape, naming ``field`` when given."""
    assert response.status_code == 422, response.text[:300]
    detail = response.json()["detail"]
    assert detail and all("msg" in d and "loc" in d for d in detail)
    if field is not None:
        assert any(field in [str(p) for p in d["loc"]] for d in detail), detail


# -- text content -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hello\x00world @jack #launch",
        "\x00",
        "a\x00" * 2000,
        "Merci \u202e@marie\u202c pour #l\u2066événement\u2069 https://exemple.fr/\u200fx",
        "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f" * 300 + " ok",
        "Zero\u200bwidth\u200cjoin\u200dand\ufeffBOM\u2060 @a\u200bb",
        "\U0001f469\u200d\U0001f4bb" * 1000,
        "\ufffd\uffff\U0010ffff\U000e0001 tags",
        "\r\n\t\v\f\x1b[31mred\x1b[0m\x7f",
    ],
    ids=[
        "nul",
        "only-nul",
        "many-nul",
        "bidi-entities",
        "bidi-flood",
        "zero-width",
        "zwj-emoji",
        "noncharacters",
        "controls",
    ],
)
def test_odd_characters_get_a_complete_report(api: TestClient, text: str) -> None:
    response = post_json(api, {"text": text})
    assert response.status_code == 200, response.text[:300]
    assert_complete_report(text, response.json())


def test_ten_thousand_emoji(api: TestClient) -> None:
    text = "😀" * 10_000
    response = post_json(api, {"text": text})
    assert response.status_code == 200
    report = response.json()
    assert_complete_report(text, report)
    assert report["length"]["valid"] is False
    assert report["length"]["weighted"] == 20_000
    # 72 posts' worth is no thread candidate: past MAX_THREAD_SOURCE_CHARS no split is proposed
    assert report["length"]["thread"] == []


def test_64_kib_of_combining_marks(api: TestClient, offline_settings: Settings) -> None:
    marks = "\u0301\u0308\u0327\u0323"
    overhead = len(b'{"text":"e"}')
    count = (offline_settings.max_body_bytes - overhead) // 2  # each mark is 2 bytes of UTF-8
    text = "e" + (marks * count)[:count]
    response = post_json(api, {"text": text})
    assert response.status_code == 200, response.text[:300]
    assert_complete_report(text, response.json())


def test_combining_marks_over_the_limit_are_413(api: TestClient, offline_settings: Settings) -> None:
    text = "e" + "\u0301" * offline_settings.max_body_bytes
    response = post_json(api, {"text": text})
    assert response.status_code == 413
    assert response.json()["detail"][0]["type"] == "body_too_large"


def test_thousands_of_entities(api: TestClient) -> None:
    text = " ".join(f"@u{i} #t{i} $C{i % 50}" for i in range(2000))[:60_000]
    response = post_json(api, {"text": text})
    assert response.status_code == 200
    assert_complete_report(text, response.json())


def test_thousands_of_urls(api: TestClient) -> None:
    text = " ".join(f"https://ex{i}.com/a?utm_source=x" for i in range(1800))
    response = post_json(api, {"text": text})
    assert response.status_code == 200
    assert_complete_report(text, response.json())


# -- invalid Unicode and bodies ---------------------------------------------------------------


@pytest.mark.parametrize(
    "escaped",
    ["\\ud800", "abc\\udfffdef", "\\ude00\\ud83d", "ok \\ud83d"],
    ids=["high", "low", "swapped", "trailing-high"],
)
def test_lone_surrogates_are_422_naming_text(api: TestClient, escaped: str) -> None:
    body = ('{"text": "' + escaped + '"}').encode("ascii")
    assert_422(post_raw(api, body), "text")


def test_lone_surrogate_in_language_or_policy_is_not_500(api: TestClient) -> None:
    for body in (
        b'{"text": "hello", "language": "\\ud800"}',
        b'{"text": "hello", "policy": {"accept": ["\\udc00"]}}',
        b'{"text": "hello", "policy": {"\\ud800": 1}}',
    ):
        response = post_raw(api, body)
        assert response.status_code in (200, 422), response.text[:300]


def test_lone_surrogate_in_a_batch_item_is_that_items_error(api: TestClient) -> None:
    body = b'{"items": [{"id": "a", "text": "fine"}, {"id": "b", "text": "bad \\udc00"}]}'
    response = post_raw(api, body, "/v1/check/batch")
    assert response.status_code in (200, 422), response.text[:300]
    if response.status_code == 200:
        results = {r["id"]: r for r in response.json()["results"]}
        assert results["a"]["report"] is not None
        assert results["b"]["error"]


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe\x00t\x00e",
        b'{"text": "caf\xe9"}',
        b'{"text": "\xed\xa0\x80"}',
        b"",
        b"null",
        b"[]",
        b'"just a string"',
        b'{"text": ',
        b'{"text": 42}',
        b'{"text": ["a"]}',
        b'{"text": {"nested": true}}',
        b'{"text": "ok", "extra": 1}',
        b'{"text": "   \\n\\t "}',
        b'{"text": "ok", "language": "klingon"}',
        b'{"text": "ok", "policy": "not a mapping"}',
        b'{"text": "ok", "policy": {"limit": -1}}',
        b'{"text": "ok", "policy": {"rules": {"no.such-rule": {"enabled": false}}}}',
    ],
)
def test_malformed_bodies_are_client_errors(api: TestClient, body: bytes) -> None:
    response = post_raw(api, body)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    response.json()  # always a JSON error body


def test_wrong_content_type_is_a_client_error(api: TestClient) -> None:
    response = post_raw(api, b"text=hello", content_type="application/x-www-form-urlencoded")
    assert 400 <= response.status_code < 500


@pytest.mark.parametrize("depth", [64, 1_000, 20_000])
def test_deeply_nested_json_policy(api: TestClient, depth: int) -> None:
    nested = '{"a":' * depth + "1" + "}" * depth
    body = ('{"text": "hello", "policy": ' + nested + "}").encode()
    response = post_raw(api, body)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])


@pytest.mark.parametrize("depth", [1_000, 30_000])
def test_deeply_nested_json_arrays(api: TestClient, depth: int) -> None:
    body = ('{"text": ' + "[" * depth + "]" * depth + "}").encode()
    response = post_raw(api, body)
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])


def test_nested_policy_values_under_a_rule(api: TestClient) -> None:
    deep: Any = 1
    for _ in range(200):
        deep = {"x": deep}
    response = post_json(api, {"text": "hello", "policy": {"rules": {"risk.custom-patterns": {"params": deep}}}})
    assert 400 <= response.status_code < 500


def test_body_over_the_limit_is_413_even_when_chunked(api: TestClient, offline_settings: Settings) -> None:
    payload = json.dumps({"text": "x" * (offline_settings.max_body_bytes + 10)}).encode()

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(payload), 4096):
            yield payload[start : start + 4096]

    response = api.post("/v1/check", content=chunks(), headers={"content-type": "application/json"})
    assert response.status_code == 413


def test_batch_over_the_item_limit_is_422(api: TestClient, offline_settings: Settings) -> None:
    items = [{"text": "a"}] * (offline_settings.max_batch_items + 1)
    assert_422(post_json(api, {"items": items}, "/v1/check/batch"), "items")


# -- user regular expressions in a policy --------------------------------------------------------


def pattern_policy(pattern: str, **params: Any) -> dict[str, Any]:
    """A request policy adding one pattern to ``risk.custom-patterns``."""
    return {"rules": {"risk.custom-patterns": {"params": {"patterns": [{"pattern": pattern}], **params}}}}


@pytest.fixture(scope="module")
def has_custom_patterns(engine: Engine) -> None:
    """Skip when the policy cannot carry patterns (no ``risk.custom-patterns`` rule)."""
    if "risk.custom-patterns" not in engine.specs:
        pytest.skip("no risk.custom-patterns rule: policies cannot carry patterns yet")


@pytest.mark.parametrize("pattern", ["(", "[a-", "a{2,1}", "\\", "*a"])
def test_invalid_pattern_is_a_clear_422(api: TestClient, has_custom_patterns: None, pattern: str) -> None:
    response = post_json(api, {"text": "hello world", "policy": pattern_policy(pattern)})
    assert_422(response, "policy")
    detail = response.json()["detail"][0]
    assert "risk.custom-patterns" in detail["loc"] and "params" in detail["loc"]
    assert "regular expression" in detail["msg"]


@pytest.mark.parametrize("pattern", ["(a+)+$", "(a|aa)+$", "(a*)*b", "(?:a|a)*c", "(\\w+\\s?)+!$"])
def test_catastrophic_pattern_neither_hangs_nor_fails(api: TestClient, has_custom_patterns: None, pattern: str) -> None:
    text = "a" * 5_000 + "!"
    response = post_json(api, {"text": text, "policy": pattern_policy(pattern)})
    assert response.status_code == 200, response.text[:300]
    assert_complete_report(text, response.json())
    # the worker is free: the next request is answered
    assert post_json(api, {"text": "next draft"}).status_code == 200


def test_pattern_timeout_above_the_cap_is_422(api: TestClient, has_custom_patterns: None) -> None:
    response = post_json(api, {"text": "hello", "policy": pattern_policy("a+", timeout_ms=10_000_000)})
    assert_422(response, "policy")

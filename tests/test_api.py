"""The REST API through an in-process client: the contract's shapes, 422/413, never a 500."""

from __future__ import annotations

import asyncio
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.domain import to_wire
from app.engine import Engine
from app.settings import Settings

FR_DRAFT = "Nous sommes ravis de vous accueillir 🎉 @marie #événement https://exemple.fr/programme"


def test_check_returns_the_contract_report(client: TestClient) -> None:
    response = client.post("/v1/check", json={"text": FR_DRAFT, "language": "auto"})
    assert response.status_code == 200
    report = response.json()
    assert set(report) >= {"verdict", "language", "length", "entities", "turns", "findings", "unavailable"}
    assert report["language"] == "fr"
    assert report["length"] == {
        "weighted": 37 + 2 + 1 + 6 + 1 + 10 + 1 + 23,
        "limit": 280,
        "remaining": 280 - 81,
        "valid": True,
        "thread": [],
    }
    assert report["entities"]["mentions"] == [{"value": "marie", "offset": 39, "length": 6}]
    assert report["entities"]["hashtags"] == [{"value": "événement", "offset": 46, "length": 10}]
    assert report["entities"]["urls"] == [{"value": "https://exemple.fr/programme", "offset": 57, "length": 28}]
    assert [t["family"] for t in report["turns"]] == [
        "length",
        "grammar",
        "tone",
        "clarity",
        "risk",
        "privacy",
        "etiquette",
    ]
    assert report["unavailable"] == ["grammar"]
    for finding in report["findings"]:
        assert FR_DRAFT[finding["offset"] : finding["offset"] + finding["length"]] == finding["excerpt"]


@pytest.mark.parametrize(
    "text",
    [
        FR_DRAFT,
        "exe\u202efdp.pdf Join us! #AI #Cloud #DevOps #Data",
        "Call me on 06 12 34 56 78 or mail jane.doe@example.com 😀 " * 3,
        "x" * 300,
        "Bonjour 👋🏽 l'équipe, on se voit à 18 h ?",
    ],
)
def test_check_body_is_to_wire_of_the_report(client: TestClient, engine: Engine, text: str) -> None:
    """The response is written straight from the report (pydantic's JSON): the same as ``to_wire``, UTF-8."""
    response = client.post("/v1/check", json={"text": text, "language": "en"})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    expected = to_wire(asyncio.run(engine.review(text, language="en")), full=True)
    assert json.loads(response.content.decode("utf-8")) == expected


def test_findings_are_sorted_and_verdict_follows_severity(client: TestClient) -> None:
    text = "exe\u202efdp.pdf Join us! #AI #Cloud #DevOps #Data"
    report = client.post("/v1/check", json={"text": text}).json()
    offsets = [(f["offset"], {"error": 0, "warning": 1, "info": 2}[f["severity"]]) for f in report["findings"]]
    assert offsets == sorted(offsets)
    assert report["verdict"] == "blocked"


def test_policy_overrides_per_request(client: TestClient) -> None:
    text = "Join us! #AI #Cloud #DevOps #Data"
    report = client.post(
        "/v1/check", json={"text": text, "policy": {"rules": {"etiquette.hashtag-count": {"params": {"max": 5}}}}}
    ).json()
    assert not [f for f in report["findings"] if f["rule"] == "etiquette.hashtag-count"]


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"text": ""}, ["body", "text"]),
        ({"text": "   \n "}, ["body", "text"]),
        ({"text": 42}, ["body", "text"]),
        ({}, ["body", "text"]),
        ({"text": "hello", "language": "klingon"}, ["body", "language"]),
        ({"text": "hello", "language": "xx"}, ["body", "language"]),
        ({"text": "hello", "surprise": 1}, ["body", "surprise"]),
        ({"text": "hello", "policy": {"limit": "lots"}}, ["body", "policy", "limit"]),
        (
            {"text": "hello", "policy": {"rules": {"risk.nope": {"enabled": False}}}},
            ["body", "policy", "rules", "risk.nope"],
        ),
    ],
)
def test_bad_input_is_422_naming_the_field(client: TestClient, body: dict[str, object], loc: list[str]) -> None:
    response = client.post("/v1/check", json=body)
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert detail[0]["loc"][: len(loc)] == loc
    assert detail[0]["msg"]


def test_422_messages_read_as_sentences_in_the_drafts_language(client: TestClient) -> None:
    """A user reads the reason, not pydantic's "Value error, " prefix; a French draft's reason is French."""
    english = client.post("/v1/check", json={"text": "  ", "language": "en"}).json()["detail"][0]
    assert english["msg"] == "the draft is empty: write something to check"
    french = client.post("/v1/check", json={"text": "  ", "language": "fr"}).json()["detail"][0]
    assert (french["loc"], french["msg"]) == (
        ["body", "text"],
        "le brouillon est vide : écrivez quelque chose à vérifier",
    )
    unknown = client.post("/v1/check", json={"text": "hello", "language": "xx"}).json()["detail"][0]
    assert unknown["msg"].startswith("unknown language 'xx': use 'auto'")


def test_a_region_that_is_no_region_is_a_422_and_every_browser_region_is_read(client: TestClient) -> None:
    """ "en_XX", "en-ZZ", "en-EN" (a typo or a placeholder) were read as a region and echoed as the report's language,
    LanguageTool falling back to en-US in silence. A region is an ISO 3166-1 code (XK, EU, UN too) or a UN M.49
    area; the regions browsers send in Accept-Language for French and English are all read."""
    for sent, said in (
        ("en_XX", "unknown region 'XX' in 'en_XX': use 'en' or a language with its region such as 'en-GB'"),
        ("en-ZZ", "unknown region 'ZZ' in 'en-ZZ': use 'en' or a language with its region"),
        ("en-EN", "unknown region 'EN' in 'en-EN': use 'en' or a language with its region"),
        ("en-999", "unknown region '999' in 'en-999': use 'en' or a language with its region"),
        (
            "fr-qq",
            "région inconnue « qq » dans « fr-qq » : utilisez « fr » ou une langue avec sa région comme « en-GB »",
        ),
    ):  # said in the draft's language, as every 422 of a request that names one
        response = client.post("/v1/check", json={"text": "hello there", "language": sent})
        assert response.status_code == 422, response.text
        detail = response.json()["detail"][0]
        assert detail["loc"] == ["body", "language"] and detail["msg"].startswith(said), detail
    for sent in ("fr-FR", "fr-CA", "fr-BE", "fr-CH", "en-GB", "en-US", "en-IN", "en-AU", "en-001", "es-419", "sr-XK"):
        response = client.post("/v1/check", json={"text": "hello there", "language": sent})
        assert response.status_code == 200, (sent, response.text)
        assert response.json()["language"] == sent


@pytest.mark.parametrize(("sent", "read"), [("EN", "en"), ("Fr", "fr"), ("EN-GB", "en-GB"), ("fr_ca", "fr-CA")])
def test_language_tags_ignore_case(client: TestClient, sent: str, read: str) -> None:
    """BCP 47 tags are case-insensitive: a scheduler sending "EN" or "EN-GB" gets a review, not a 422."""
    response = client.post("/v1/check", json={"text": "hello there", "language": sent})
    assert response.status_code == 200, response.text
    assert response.json()["language"] == read


@pytest.mark.parametrize(
    ("content", "content_type"),
    [(b"text=hello", "application/x-www-form-urlencoded"), (b"hello", "text/plain"), (b"[1]", "application/json")],
)
def test_a_body_that_is_no_json_object_says_what_to_send(client: TestClient, content: bytes, content_type: str) -> None:
    """A form post, plain text or a JSON list: 422 at ["body"] saying to send a JSON object, not pydantic's words."""
    response = client.post("/v1/check", content=content, headers={"content-type": content_type})
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"] == ["body"]
    assert "JSON object" in detail["msg"] and "application/json" in detail["msg"]


def test_json_nested_too_deeply_is_a_422_not_a_bare_400(client: TestClient) -> None:
    """JSON deeper than Python's recursion limit: FastAPI answered 400 'There was an error parsing the body'."""
    deep = '{"text": "hi", "policy": ' + '{"a": ' * 3000 + "1" + "}" * 3000 + "}"
    response = client.post("/v1/check", content=deep.encode(), headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body"]
    assert "JSON" in response.json()["detail"][0]["msg"]
    missing = client.get("/v1/nothing-here")
    assert missing.status_code == 404 and missing.json() == {"detail": "Not Found"}


def test_a_field_that_wants_an_object_says_so(client: TestClient) -> None:
    """Not pydantic's 'valid dictionary or object to extract fields from'."""
    detail = client.post("/v1/check", json={"text": "hi", "in_reply_to": 5}).json()["detail"][0]
    assert detail["loc"] == ["body", "in_reply_to"] and detail["msg"] == "Input should be a JSON object"


def test_a_policy_language_typo_is_located_in_the_policy(client: TestClient) -> None:
    """{"policy": {"language": "xx"}} was reported at ["body", "language"] (the request's own key, which was fine);
    a policy's error reads without pydantic's "Value error, " prefix."""
    detail = client.post("/v1/check", json={"text": "hello", "policy": {"language": "xx"}}).json()["detail"][0]
    assert detail["loc"] == ["body", "policy", "language"]
    assert detail["msg"].startswith("unknown language 'xx': use 'auto'")
    network = client.post("/v1/check", json={"text": "hello", "policy": {"networks": ["myspace"]}}).json()["detail"]
    assert network[0]["msg"].startswith("unknown network 'myspace'")


def test_invalid_json_is_422(client: TestClient) -> None:
    response = client.post("/v1/check", content=b'{"text": "unterminated', headers={"content-type": "application/json"})
    assert response.status_code == 422


def test_lone_surrogate_is_422_not_500(client: TestClient) -> None:
    response = client.post(
        "/v1/check", content=b'{"text": "abc \\ud800 def"}', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    assert "surrogate" in response.json()["detail"][0]["msg"]


def test_nul_bytes_and_many_emoji_get_a_report(client: TestClient) -> None:
    nul = client.post("/v1/check", json={"text": "hello\x00world"})
    assert nul.status_code == 200
    assert any(f["rule"] == "etiquette.invisible-characters" for f in nul.json()["findings"])
    emoji = client.post("/v1/check", json={"text": "🎉" * 10_000})
    assert emoji.status_code == 200
    assert emoji.json()["length"]["valid"] is False


def test_body_over_limit_is_413(client: TestClient) -> None:
    body = json.dumps({"text": "a" * (70 * 1024)})
    response = client.post("/v1/check", content=body, headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"][0]["msg"]


def test_batch_keeps_every_item_in_order(client: TestClient) -> None:
    items = [
        {"id": "a", "text": "Bonjour à tous !"},
        {"id": "b", "text": " "},
        {"text": "Hello", "language": "zz"},
        {"text": "Join us! #AI #Cloud #DevOps"},
    ]
    response = client.post("/v1/check/batch", json={"items": items})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [r["id"] for r in results] == ["a", "b", "3", "4"]
    assert results[0]["report"]["verdict"] in ("ready", "review")
    assert "empty" in results[1]["error"]
    assert "unknown language" in results[2]["error"]
    assert results[3]["report"]["findings"]


def test_a_batch_item_of_the_wrong_shape_gets_its_error_and_the_others_go_on(client: TestClient) -> None:
    """A scheduler's item with no caption (null), a number, an unknown key or no object: that item says why, in
    order; the batch is not refused as a whole (README: "a bad item gets an error, the others go on")."""
    items: list[object] = [
        {"id": "a", "text": None},
        {"id": "b", "text": 5},
        {"text": "Bonjour à tous !"},
        "just a string",
        {"id": "c", "text": "hi", "colour": "red"},
        {"id": 7, "text": "hello"},
    ]
    response = client.post("/v1/check/batch", json={"items": items})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["id"] for r in results] == ["a", "b", "3", "4", "c", "6"]
    assert [r["error"] for r in results if r["id"] != "3"] == [
        "text: Input should be a valid string",
        "text: Input should be a valid string",
        'an item must be a JSON object such as {"id": "1", "text": "your draft"}',
        "colour: unknown key (keys here: id, in_reply_to, language, network, networks, quoting, text)",
        "id: Input should be a valid string",
    ]
    assert results[2]["report"]["language"] == "fr"
    whole = client.post("/v1/check/batch", json={"items": "not a list"})
    assert whole.status_code == 422 and whole.json()["detail"][0]["loc"] == ["body", "items"]


def test_rules_catalogue(client: TestClient) -> None:
    rules = client.get("/v1/rules").json()["rules"]
    ids = {r["id"] for r in rules}
    assert {"length.over-limit", "etiquette.hashtag-count", "etiquette.invisible-characters"} <= ids
    fr = client.get("/v1/rules", params={"lang": "fr"}).json()["rules"]
    assert next(r for r in fr if r["id"] == "etiquette.hashtag-count")["description"] == "Plus de deux hashtags."


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok", "engines": {}}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["engines"]["languagetool"] == "offline"


def test_openapi_documents_the_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/v1/check", "/v1/check/batch", "/v1/rules", "/healthz", "/readyz"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200


def test_server_policy_file_with_extra_rule_folder(tmp_path: Path) -> None:
    rules = tmp_path / "house" / "etiquette"
    rules.mkdir(parents=True)
    (rules / "one-hashtag.yml").write_text(
        "kind: hashtags\nseverity: warning\nsummary: {en: One hashtag at most., fr: Un hashtag au plus.}\n"
        'message: {en: "One hashtag at most.", fr: "Un hashtag au plus."}\nparams: {max: 1}\n',
        encoding="utf-8",
    )
    policy = tmp_path / "sevenfold.yml"
    policy.write_text("rule_dirs: [house]\nlimit: 500\n", encoding="utf-8")
    settings = Settings(offline=True, policy_file=policy)
    with TestClient(create_app(settings)) as test_client:
        ids = {r["id"] for r in test_client.get("/v1/rules").json()["rules"]}
        assert "etiquette.one-hashtag" in ids
        report = test_client.post("/v1/check", json={"text": "Hello #one #two"}).json()
        assert report["length"]["limit"] == 500
        assert [f["excerpt"] for f in report["findings"] if f["rule"] == "etiquette.one-hashtag"] == ["#two"]


@pytest.mark.parametrize(
    ("text", "language", "networks", "rule", "excerpt", "starts"),
    [
        ("Join us! #AI #Cloud #DevOps #Data #ML #Web", "en", None, "etiquette.hashtag-count",
         "#DevOps #Data #ML #Web", "6 hashtags: beyond 2"),
        ("Notre appli #santé #mobile #IA, #Lyon et #Paris", "fr", None, "etiquette.hashtag-count",
         "#IA, #Lyon et #Paris", "5 hashtags : au-delà de 2"),
        ("Notre appli #santé #mobile #IA #Lyon #Paris #Nantes", "fr", ["bluesky"], "etiquette.network-norms",
         "#Lyon #Paris #Nantes", "6 hashtags : sur Bluesky, gardez-en au plus 3"),
    ],
)  # fmt: skip
def test_too_many_hashtags_is_one_finding_naming_the_count(
    client: TestClient, text: str, language: str, networks: list[str] | None, rule: str, excerpt: str, starts: str
) -> None:
    """Too many hashtags is one fault of the draft: one finding over the extra tags, its message naming how many,
    in the draft's language (it was one identical warning per extra hashtag)."""
    body: dict[str, object] = {"text": text, "language": language}
    if networks:
        body["policy"] = {"networks": networks}
    report = client.post("/v1/check", json=body).json()
    found = [f for f in report["findings"] if f["rule"] == rule and "hashtag" in f["message"]]
    assert len(found) == 1, found
    assert found[0]["excerpt"] == excerpt and found[0]["message"].startswith(starts)
    assert text[found[0]["offset"] : found[0]["offset"] + found[0]["length"]] == excerpt


@pytest.mark.parametrize(
    ("text", "language", "incomplete"),
    [
        ("Nice work everyone, see you tomorrow.", "en-US", False),
        ("Merci à tous, à demain.", "fr", False),
        ("Das ist ein Scheißtest, ihr Idioten.", "de-DE", True),
        ("Das ist ein Scheißtest, ihr Idioten.", "de", True),
        ("Het is een mooie dag.", "nl", True),
    ],
)
def test_v2_check_says_incomplete_for_a_language_no_rule_is_written_for(
    client: TestClient, engine: Engine, monkeypatch: pytest.MonkeyPatch, text: str, language: str, incomplete: bool
) -> None:
    """A LanguageTool client reads ``incompleteResults`` to tell its user the check did not run in full. A German
    draft, with no rule written for German, came back clean with ``false``: as if it had been checked. Grammar is
    turned off by the policy here, so nothing else is missing; a turn the policy turns off is not incomplete."""
    monkeypatch.setattr(engine, "base_policy", engine.resolve_policy({"families": {"grammar": {"enabled": False}}}))
    response = client.post("/v2/check", data={"text": text, "language": language})
    assert response.status_code == 200, response.text
    assert response.json()["warnings"]["incompleteResults"] is incomplete


@pytest.mark.parametrize("path", ["/v1/rules", "/v1/rules/etiquette.hashtag-count"])
def test_rules_in_an_unknown_language_is_a_422_naming_the_parameter(client: TestClient, path: str) -> None:
    """``?lang=xx`` answered English in silence: a 422 naming ``lang`` and the languages of the descriptions.
    Case and region are read (``FR``, ``fr-CA``: French)."""
    for bad in ("xx", "klingon", "de", ""):
        response = client.get(path, params={"lang": bad})
        assert response.status_code == 422, (bad, response.text)
        (error,) = response.json()["detail"]
        assert error["loc"] == ["query", "lang"]
        assert error["msg"] == f"unknown language {bad!r} for the rule descriptions: use one of en, fr"
    for good in ("FR", "fr-CA", "fr_FR"):
        response = client.get(path, params={"lang": good})
        assert response.status_code == 200, response.text
        body = response.json()
        summary = next(r for r in body["rules"] if r["id"] == "etiquette.hashtag-count") if "rules" in body else body
        assert summary.get("description", summary.get("summary")) == "Plus de deux hashtags."


def test_batch_items_with_a_blank_id_get_their_number(client: TestClient) -> None:
    """Two items sent with ``"id": ""`` came back under one empty id: which result was whose was lost. A blank id
    is the item's number, as a missing one is (results stay in order, one per item)."""
    items = [{"id": "", "text": "Hello world"}, {"id": "  ", "text": "Bonjour"}, {"id": "x", "text": "Hi"}, {"id": ""}]
    response = client.post("/v1/check/batch", json={"items": items})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["id"] for r in results] == ["1", "2", "x", "4"]
    assert [("report" in r and r["report"] is not None) for r in results] == [True, True, True, False]


def test_v2_check_with_both_text_and_data_says_so(client: TestClient) -> None:
    """Both ``text`` and ``data`` were answered 'Missing 'text' or 'data' parameter': now it says which is wrong."""
    data = '{"annotation": [{"text": "Hello"}]}'
    both = client.post("/v2/check", data={"text": "Hello", "data": data, "language": "en-US"})
    assert both.status_code == 400 and both.text == "Error: Give 'text' or 'data', not both"
    neither = client.post("/v2/check", data={"language": "en-US"})
    assert neither.status_code == 400 and neither.text.startswith("Error: Missing 'text' or 'data' parameter")
    assert "JSON" not in neither.text


def test_what_a_new_client_sends_to_the_wrong_door_is_answered_with_that_doors_example(client: TestClient) -> None:
    """(Q, session 36) A developer's first tries: a JSON body to the LanguageTool-compatible door was answered
    "Missing 'text' or 'data' parameter" though it held a text (LanguageTool reads form fields), and a list of items
    sent to the batch door was told to send /v1/check's ``{"text": …}``. Each now says what that door takes."""
    json_body = client.post("/v2/check", json={"text": "Hello wrold", "language": "en-US"})
    assert json_body.status_code == 400
    assert json_body.text.startswith("Error: Missing 'text' or 'data' parameter (give exactly one): ")
    assert "form fields (application/x-www-form-urlencoded)" in json_body.text and "POST /v1/check" in json_body.text
    form = client.post("/v2/check", data={"text": "Hello wrold", "language": "en-US"})
    assert form.status_code == 200 and form.json()["matches"] == []  # offline: no grammar, nothing else to say
    for accept, example in (("en", '{"items": [{"id": "1", "text": "your draft"}]}'), ("fr", '{"items": [{"id"')):
        listed = client.post("/v1/check/batch", json=[{"text": "Hello"}], headers={"accept-language": accept})
        assert listed.status_code == 422
        assert example in listed.json()["detail"][0]["msg"]
    one = client.post("/v1/check", json=[{"text": "Hello"}]).json()["detail"][0]["msg"]
    assert one.endswith('e.g. {"text": "your draft", "language": "auto"}')


# -- a draft in a language Sevenfold has no rules for ---------------------------------------------------------------

DE_DRAFT = "Ihr seid alle Idioten, verdammt noch mal. Ich hasse euch alle!"
NOT_JUDGED = ["grammar", "tone", "clarity", "risk", "privacy", "etiquette"]


def test_a_draft_in_a_language_without_rules_says_which_turns_could_not_judge_it(client: TestClient) -> None:
    """A German draft ran only the checks that need no language, yet its turns said 'pass' and its verdict 'ready'
    as if judged. The report now lists those families in ``not_judged`` and each of their turns says why; the
    verdict keeps the contract's meaning. An English or French draft's report has no ``not_judged`` key."""
    report = client.post("/v1/check", json={"text": DE_DRAFT, "language": "de"}).json()
    assert report["verdict"] == "ready" and report["not_judged"] == NOT_JUDGED
    turns = {t["family"]: t for t in report["turns"]}
    assert turns["length"]["status"] == "pass" and turns["length"]["reason"] is None
    assert turns["grammar"]["status"] == "skipped"
    for family in ("tone", "clarity", "risk", "privacy", "etiquette"):
        assert turns[family]["status"] == "pass"
        assert "no rules for language 'de', only the checks that need no language ran" in turns[family]["reason"]
    detected = client.post("/v1/check", json={"text": DE_DRAFT, "language": "auto"}).json()
    assert detected["language"] == "de" and detected["not_judged"] == NOT_JUDGED
    for text, language in ((FR_DRAFT, "fr"), ("You are all wonderful, see you tomorrow", "en")):
        judged = client.post("/v1/check", json={"text": text, "language": language}).json()
        assert "not_judged" not in judged, judged
    batch = client.post("/v1/check/batch", json={"items": [{"id": "a", "text": DE_DRAFT, "language": "es"}]}).json()
    assert batch["results"][0]["report"]["not_judged"] == NOT_JUDGED
    assert "not_judged" in client.get("/openapi.json").text


def test_the_web_form_says_a_draft_in_a_language_without_rules_was_not_judged(client: TestClient) -> None:
    """The form without JavaScript: a notice in the interface's language, the turns marked 'not judged', and the
    verdict no longer 'Ready to post / Nothing stands in the way'."""
    import html as htmlmod

    for ui, notice, status, title, hint in (
        (
            "en",
            "Sevenfold has no rules for this draft's language (de)",
            "not judged",
            "Nothing found, but the language was not judged",
            "the words of the draft were not judged",
        ),
        (
            "fr",
            "Sevenfold n'a pas de règles pour la langue de ce brouillon (de)",
            "non jugé",
            "Rien relevé, mais la langue n'a pas été jugée",
            "les mots du brouillon n'ont pas été jugés",
        ),
    ):
        page = htmlmod.unescape(client.post("/", data={"text": DE_DRAFT, "ui": ui}).text)
        assert 'id="not-judged"' in page and notice in page
        assert page.count(f'<span class="turn-status">{status}</span>') == 5
        verdict = re.search(r'<p class="verdict-title">(.*?)</p>\s*<p class="verdict-hint">(.*?)</p>', page)
        assert verdict is not None and title == verdict.group(1) and hint in verdict.group(2)
    page = client.post("/", data={"text": "Merci à toutes et à tous, à demain !", "ui": "fr"}).text
    assert 'id="not-judged"' not in page and "non jugé" not in page


# -- errors in the interface's language (the web form sends Accept-Language), and the form's own 413 ---------------


def test_an_error_the_server_words_itself_follows_accept_language_when_the_draft_language_is_auto(
    client: TestClient,
) -> None:
    """The web form (language 'auto' by default) showed the server's English in a French interface: 'request body
    over the limit of 65536 bytes', 'String should have at most 200 characters'. With Accept-Language (the form
    sends its interface's) they are French; without it, or with a language named for the draft, as before."""
    french = {"accept-language": "fr-FR,fr;q=0.9"}
    big = {"text": "mot " * 20_000, "language": "auto"}
    assert client.post("/v1/check", json=big, headers=french).json()["detail"][0]["msg"] == (
        "corps de la requête au-delà de la limite de 65536 octets"
    )
    english = client.post("/v1/check", json=big)
    assert english.status_code == 413
    assert english.content == (
        b'{"detail":[{"loc":["body"],"msg":"request body over the limit of 65536 bytes","type":"body_too_large"}]}'
    )
    author = {"text": "ok", "language": "auto", "in_reply_to": {"text": "x", "author": "a" * 300}}
    assert client.post("/v1/check", json=author, headers=french).json()["detail"][0]["msg"] == (
        "le texte doit faire au plus 200 caractères"
    )
    assert (
        client.post("/v1/check", json=author).json()["detail"][0]["msg"] == "String should have at most 200 characters"
    )
    named = {**author, "language": "en"}  # a language named for the draft wins
    assert client.post("/v1/check", json=named, headers=french).json()["detail"][0]["msg"].startswith("String should")


def test_a_reply_context_that_cannot_be_read_is_located_at_its_key_in_the_draft_language(client: TestClient) -> None:
    """A lone surrogate in the post replied to: loc was ['body', 'in_reply_to.text'] (one string, unlike every other
    loc) and the reason English for a French draft."""
    body = b'{"text": "ok", "language": "fr", "in_reply_to": "\\udfff x"}'
    detail = client.post("/v1/check", content=body, headers={"content-type": "application/json"}).json()["detail"][0]
    assert detail["loc"] == ["body", "in_reply_to", "text"]
    assert detail["msg"] == "le brouillon contient un code de substitution isolé (Unicode invalide) au caractère 0"


def test_a_draft_over_the_limit_on_the_form_without_javascript_gets_a_page_in_the_interface_language(
    client: TestClient,
) -> None:
    """The form posted without JavaScript answered a bare JSON 413 in English; it is now a small page in the
    interface's language (cookie, then Accept-Language) with a link back to the form."""
    for headers, expected in (
        ({"accept-language": "fr"}, "Le brouillon n'a pas pu être vérifié : il dépasse 64 Ko (avec le message auquel"),
        ({"accept-language": "fr", "cookie": "sevenfold_ui=en"}, "The draft could not be checked: it is over 64 KB"),
    ):
        response = client.post("/", data={"text": "mot " * 20_000}, headers=headers)
        assert response.status_code == 413 and response.headers["content-type"].startswith("text/html")
        assert expected in html.unescape(response.text) and 'href="/"' in response.text


def test_an_audit_job_that_fails_says_why_in_the_page_language(client: TestClient) -> None:
    """An archive whose tweets.js is not UTF-8 failed with an English reason on the French audit page."""
    import io
    import time
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "data/tweets.js", 'window.YTD.tweets.part0 = [ {"tweet": {"full_text": "caf\xe9"}} ]'.encode("latin-1")
        )
    job = client.post("/audit/jobs?name=x.zip", content=buffer.getvalue(), headers={"accept-language": "fr"}).json()
    for _ in range(600):
        state = client.get(f"/audit/jobs/{job['id']}").json()
        if state["state"] in ("done", "failed"):
            break
        time.sleep(0.1)
    assert state["state"] == "failed"
    assert state["error"] == (
        "data/tweets.js : ce n'est pas de l'UTF-8 valide (attendu : « window.YTD.tweets.part0 = [ » suivi des tweets)"
    )


def test_a_policy_error_says_the_key_and_value_in_the_requests_language(client: TestClient) -> None:
    """A request's policy with a value of the wrong type answered pydantic's English ("Input should be a valid
    boolean, unable to interpret input") to a French draft: now our words, with the value, in its language."""
    body = {"text": "bonjour à tous", "language": "fr", "policy": {"families": {"risk": {"enabled": "peut-être"}}}}
    detail = client.post("/v1/check", json=body).json()["detail"][0]
    assert detail["loc"] == ["body", "policy", "families", "risk", "enabled"]
    assert detail["msg"] == "« peut-être » n'est ni vrai ni faux (true ou false)"
    english = client.post("/v1/check", json={**body, "language": "en"}).json()["detail"][0]
    assert english["msg"] == "'peut-être' is not true or false"
    batch = client.post(
        "/v1/check/batch",
        json={"items": [{"text": "bonjour"}], "policy": {"limit": "beaucoup"}},
        headers={"accept-language": "fr-FR,fr;q=0.9"},
    ).json()["detail"][0]
    assert (batch["loc"], batch["msg"]) == (["body", "policy", "limit"], "« beaucoup » n'est pas un nombre entier")


def test_a_term_file_in_a_request_is_refused_in_the_requests_language(client: TestClient) -> None:
    """(U, session 25) ``terms[].file`` in a request's policy was refused in English to a French draft (the only
    policy-file-only reason app.texts had no French for)."""
    policy = {"terms": [{"name": "secrets", "file": "/etc/passwd"}]}
    detail = client.post("/v1/check", json={"text": "bonjour à tous", "language": "fr", "policy": policy}).json()
    assert detail["detail"][0]["loc"] == ["body", "policy", "terms", "0", "file"]
    assert detail["detail"][0]["msg"] == (
        "admis seulement dans un fichier de politique (cette clé nomme un fichier à lire)"
    )
    english = client.post("/v1/check", json={"text": "hello all", "language": "en", "policy": policy}).json()
    assert english["detail"][0]["msg"] == "only allowed in a policy file (it names a file to read)"


@pytest.mark.parametrize(
    ("body", "loc", "english", "french"),
    [
        (
            {"networks": "x,bluesky"},
            ["body", "networks"],
            '\'x,bluesky\' is not a list: send a list such as ["x", "bluesky"], or "network" for one',
            "« x,bluesky » n'est pas une liste : envoyez une liste comme "
            '["x", "bluesky"], ou « network » pour un seul',
        ),
        (
            {"networks": []},
            ["body", "networks"],
            "name at least one network (known: bluesky, linkedin, mastodon, threads, x)",
            "nommez au moins un réseau (connus : bluesky, linkedin, mastodon, threads, x)",
        ),
        (
            {"policy": {"networks": "x"}},
            ["body", "policy", "networks"],
            '\'x\' is not a list: send a list such as ["x", "bluesky"], or "network" for one',
            '« x » n\'est pas une liste : envoyez une liste comme ["x", "bluesky"], ou « network » pour un seul',
        ),
        (
            {"policy": {"families": {"risk": {"enabled": "yes"}}}},
            ["body", "policy", "families", "risk", "enabled"],
            "'yes' is a string: write true (JSON's own type)",
            "« yes » est une chaîne de caractères : écrivez true (le type propre à JSON)",
        ),
        (
            {"policy": {"rules": {"risk.profanity": {"enabled": 0}}}},
            ["body", "policy", "rules", "risk.profanity", "enabled"],
            "0 is a number: write false (JSON's own type)",
            "0 est un nombre : écrivez false (le type propre à JSON)",
        ),
        (
            {"policy": {"limit": "300"}},
            ["body", "policy", "limit"],
            "'300' is a string: write 300 (JSON's own type)",
            "« 300 » est une chaîne de caractères : écrivez 300 (le type propre à JSON)",
        ),
    ],
)
def test_a_json_value_of_the_wrong_type_is_a_422_not_a_guess(
    client: TestClient, body: dict[str, object], loc: list[str], english: str, french: str
) -> None:
    """A string for a list ("networks": "x") and for a flag ("enabled": "yes") were coerced: a client's bug hidden
    until a value the coercion cannot read. JSON has lists, booleans and numbers: a 422 names the field and says
    what to send."""
    for language, said in (("en", english), ("fr", french)):
        response = client.post("/v1/check", json={"text": "bonjour à tous", "language": language, **body})
        assert response.status_code == 422, response.text
        detail = response.json()["detail"][0]
        assert (detail["loc"], detail["msg"]) == (loc, said)


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"network": "x", "networks": ["bluesky"]}, ["body", "network"]),
        ({"network": "x", "networks": ["x", "bluesky"]}, ["body", "network"]),
        ({"policy": {"network": "x", "networks": ["bluesky"]}}, ["body", "policy", "network"]),
    ],
)
def test_network_and_networks_that_disagree_are_a_422_not_one_chosen(
    client: TestClient, body: dict[str, object], loc: list[str]
) -> None:
    """``network`` beside ``networks`` (top level, or in the policy): ``network`` won in silence. Both may be sent
    only when they name the same network ("x" and ["X"]); otherwise a 422 says what each says."""
    networks = json.dumps(body.get("networks") or body["policy"]["networks"])  # type: ignore[index]
    for language, said in (
        ("en", f"'network' says 'x' and 'networks' says {networks}: give one of them"),
        ("fr", f"« network » dit « x » et « networks » dit {networks} : donnez l'un des deux"),
    ):
        response = client.post("/v1/check", json={"text": "bonjour à tous", "language": language, **body})
        assert response.status_code == 422, response.text
        detail = response.json()["detail"][0]
        assert (detail["loc"], detail["msg"]) == (loc, said)
    for same in ({"network": "x", "networks": ["X"]}, {"policy": {"network": "bluesky", "networks": ["bluesky"]}}):
        assert client.post("/v1/check", json={"text": "hello there", **same}).status_code == 200


@pytest.mark.parametrize(
    "extra",
    [
        {"networks": ["x", "bluesky"]},
        {"network": "bluesky"},
        {"policy": {"network": "mastodon"}},
        {"policy": {"networks": ["x", "mastodon"], "limit": 4000.0, "families": {"tone": {"enabled": False}}}},
        {"policy": {"acks": {"length.over-limit": "posted as a thread"}}},
    ],
)
def test_the_documented_forms_are_still_accepted(client: TestClient, extra: dict[str, object]) -> None:
    response = client.post("/v1/check", json={"text": "hello there", **extra})
    assert response.status_code == 200, response.text


def test_what_a_french_client_gets_wrong_about_the_body_is_said_in_french(client: TestClient) -> None:
    """A French interface (Accept-Language) sending an empty body, a Latin-1 body, a batch item of the wrong type
    or too many items read English, and a Latin-1 body was said 'nested too deeply?': each is French now, and the
    Latin-1 body names its first byte that is not UTF-8."""
    french = {"accept-language": "fr-FR,fr;q=0.9", "content-type": "application/json"}
    empty = client.post("/v1/check", content=b"", headers=french).json()["detail"][0]
    assert empty["msg"].startswith("le corps doit être un objet JSON envoyé avec « content-type: application/json »")
    latin = client.post("/v1/check", content='{"text": "café"}'.encode("latin-1"), headers=french)
    assert latin.status_code == 422
    assert latin.json()["detail"][0]["msg"] == (
        "le corps n'est pas en UTF-8 (octet 0xe9 à la position 13) : envoyez le JSON encodé en UTF-8"
    )
    english = client.post(
        "/v1/check", content='{"text": "café"}'.encode("latin-1"), headers={"content-type": "application/json"}
    )
    assert "not UTF-8 (byte 0xe9 at position 13)" in english.json()["detail"][0]["msg"]
    items = [{"text": 5, "language": "fr"}, {"text": "  ", "language": "fr"}, 7, {"text": "bonjour", "language": "fr"}]
    results = client.post("/v1/check/batch", json={"items": items}, headers=french).json()["results"]
    assert [r["error"] for r in results] == [
        "text : la valeur doit être une chaîne de caractères",
        "text : le brouillon est vide : écrivez quelque chose à vérifier",
        'un élément doit être un objet JSON comme {"id": "1", "text": "votre brouillon"}',
        None,
    ]
    too_many = client.post("/v1/check/batch", json={"items": [{"text": "a"}] * 1001}, headers=french)
    assert too_many.json()["detail"][0]["msg"] == "au plus 1000 éléments par lot (reçu : 1001)"


def test_the_form_without_javascript_says_an_unknown_network_in_the_interface_language(client: TestClient) -> None:
    """A posted network the server does not know read "policy: networks: unknown network 'myspace' (known: …)" in
    English on the French form: now the key and the reason in the form's language."""
    french = client.post(
        "/",
        data={"text": "bonjour", "language": "fr", "networks": "myspace", "ui": "fr"},
        headers={"accept-language": "fr"},
    )
    assert french.status_code == 422
    assert (
        "Le brouillon n'a pas pu être vérifié : networks : réseau inconnu « myspace » (connus : bluesky, linkedin, "
        "mastodon, threads, x)" in html.unescape(french.text)
    )
    english = client.post(
        "/", data={"text": "hello", "networks": "myspace", "ui": "en"}, headers={"accept-language": "en"}
    )
    assert "The draft could not be checked: networks: unknown network 'myspace'" in html.unescape(english.text)


def test_batch_errors_carry_a_stable_code_and_an_unknown_item_language_does_not_make_them_english(
    client: TestClient,
) -> None:
    """Each batch error has a ``code`` that does not change with the language of its message; an item naming a
    language Sevenfold does not write ("zz", "de") had its error in English under a French Accept-Language."""
    french = {"accept-language": "fr-FR,fr;q=0.9"}
    items = [{"text": ""}, {"text": 5}, {"text": "hi", "language": "zz"}, 7, {"text": "", "language": "de"}]
    items.append({"text": "x"})
    results = client.post("/v1/check/batch", json={"items": items}, headers=french).json()["results"]
    assert [r["code"] for r in results] == [
        "draft-empty",
        "not-a-string",
        "unknown-language",
        "item-not-object",
        "draft-empty",
        None,
    ]
    assert results[2]["error"].startswith("langue inconnue « zz » : utilisez « auto »")
    assert results[4]["error"] == "text : le brouillon est vide : écrivez quelque chose à vérifier"
    english = client.post("/v1/check/batch", json={"items": items}).json()["results"]
    assert [r["code"] for r in english] == [r["code"] for r in results]
    single = client.post("/v1/check", json={"text": "", "language": "zz"}, headers=french).json()["detail"][0]
    assert single["msg"].startswith("langue inconnue") or single["msg"].startswith("le brouillon est vide"), single


def test_the_form_posted_to_a_ui_address_answers_in_that_language(client: TestClient) -> None:
    """``GET /?ui=fr`` chose French, a ``POST /?ui=fr`` without the form's hidden field answered English."""
    for ui, said in (("fr", "Le brouillon n'a pas pu être vérifié : langue inconnue"), ("en", "The draft could not")):
        page = client.post(f"/?ui={ui}", data={"text": "bonjour", "language": "zz"})
        assert page.status_code == 422
        assert said in html.unescape(page.text), page.text[-2000:]


def test_a_draft_of_only_invisible_characters_is_empty_at_every_api_door(client: TestClient) -> None:
    """ "\\u200b\\u200b" looked empty and came back blocked by its invisible-character finding; an empty or
    whitespace-only draft is a 422. Now it is said empty too, naming what it holds; a draft with a letter, or an
    emoji with its joiner, is reviewed as before."""
    english = "the draft is empty: it holds only invisible characters (U+200B, U+FEFF): write something to check"
    french = "le brouillon est vide : il ne contient que des caractères invisibles (U+200B, U+FEFF) : écrivez quelque "
    for language, said in (("en", english), ("fr", french + "chose à vérifier")):
        response = client.post("/v1/check", json={"text": "\u200b\ufeff\u200b", "language": language})
        assert response.status_code == 422
        assert response.json()["detail"][0]["msg"] == said
    for text in ("a\u200bb", "👩\u200d💻"):
        assert client.post("/v1/check", json={"text": text}).status_code == 200
    items = [{"text": "\u200b\ufeff", "language": "fr"}, {"text": "bonjour"}]
    results = client.post("/v1/check/batch", json={"items": items}).json()["results"]
    assert results[0]["code"] == "draft-invisible-only" and results[0]["error"].startswith("text : le brouillon est")
    assert results[1]["report"]["verdict"] == "ready"
    page = client.post("/?ui=fr", data={"text": "\u200b", "language": "fr"})
    assert page.status_code == 422
    assert "il ne contient que des caractères invisibles (U+200B)" in html.unescape(page.text)


@pytest.mark.parametrize("body", [b"\x00" * 10, b"\x00\x00\x00{}"])
def test_a_body_with_nul_bytes_is_said_so_not_nested_too_deeply(client: TestClient, body: bytes) -> None:
    """A body of NUL bytes was "could not be read as JSON (nested too deeply?)" (JSON in UTF-16, with or without its
    BOM, is read; a NUL inside JSON is said where the parser stops)."""
    for accept, start in (("en", "the body holds a NUL byte at position "), ("fr", "le corps contient un octet NUL")):
        response = client.post(
            "/v1/check", content=body, headers={"content-type": "application/json", "accept-language": accept}
        )
        assert response.status_code == 422
        assert response.json()["detail"][0]["msg"].startswith(start), response.text


def test_the_rule_endpoints_and_unknown_routes_answer_in_the_clients_language(client: TestClient) -> None:
    """GET /v1/rules?lang=xx, GET /v1/rules/NO-SUCH-RULE, an unknown path and a wrong method answered English to a
    client that asks for French (Accept-Language: fr), as every other 4xx of the API does not. English unchanged."""
    fr = {"accept-language": "fr"}
    bad_lang = client.get("/v1/rules?lang=xx", headers=fr)
    assert bad_lang.status_code == 422
    assert bad_lang.json()["detail"][0]["msg"] == (
        "langue inconnue « xx » pour les descriptions des règles : utilisez l'une de en, fr"
    )
    missing = client.get("/v1/rules/risk.nope", headers=fr)
    assert missing.status_code == 404
    assert missing.json() == {
        "detail": "règle inconnue « risk.nope » : GET /v1/rules donne les identifiants des règles"
    }
    assert client.get("/nope", headers=fr).json() == {"detail": "Introuvable"}
    wrong = client.post("/v1/rules", json={}, headers=fr)
    assert wrong.status_code == 405 and wrong.json() == {"detail": "Méthode non admise"}
    assert "GET" in wrong.headers["allow"]
    assert client.get("/nope").json() == {"detail": "Not Found"}
    assert client.post("/v1/rules", json={}).json() == {"detail": "Method Not Allowed"}
    assert client.get("/v1/rules/risk.nope").json() == {
        "detail": "unknown rule 'risk.nope': GET /v1/rules lists the rule ids"
    }
    # (U, session 25) ?lang=fr asks for French as the header does: the 404 was English
    for query in ("lang=fr", "language=fr"):
        asked = client.get(f"/v1/rules/risk.nope?{query}")
        assert asked.status_code == 404 and asked.json()["detail"].startswith("règle inconnue « risk.nope »")
    assert client.get("/v1/rules/risk.nope?lang=en", headers=fr).json()["detail"].startswith("unknown rule")


@pytest.mark.parametrize("path", ["/v1/rules", "/v1/rules/etiquette.hashtag-count"])
def test_rules_read_language_as_check_names_it(client: TestClient, path: str) -> None:
    """(U, session 23) ``?language=fr`` (the name ``/v1/check``'s body gives it) answered English in silence: it is
    read as ``?lang=fr``; an unknown language is a 422 naming ``language`` and the languages there are; the two
    given and disagreeing, a 422; any other query parameter, a 422 naming it (``?langue=fr`` was English too)."""

    def described(body: dict[str, Any]) -> str:
        summary = next(r for r in body["rules"] if r["id"] == "etiquette.hashtag-count") if "rules" in body else body
        return str(summary.get("description", summary.get("summary")))

    for params in (
        {"language": "fr"},
        {"language": "fr-CA"},
        {"lang": "fr", "language": "FR"},
        {"lang": "fr", "language": "fr-CA"},
    ):
        response = client.get(path, params=params)
        assert response.status_code == 200, (params, response.text)
        assert described(response.json()) == "Plus de deux hashtags.", params
    assert described(client.get(path).json()) == "More than two hashtags."
    bad = client.get(path, params={"language": "de"})
    assert bad.status_code == 422
    assert bad.json()["detail"] == [
        {
            "loc": ["query", "language"],
            "msg": "unknown language 'de' for the rule descriptions: use one of en, fr",
            "type": "value_error",
        }
    ]
    twice = client.get(path, params={"lang": "en", "language": "fr"}, headers={"accept-language": "fr"})
    assert twice.status_code == 422
    assert twice.json()["detail"][0]["loc"] == ["query", "language"]
    assert twice.json()["detail"][0]["msg"] == "lang=en et language=fr se contredisent : n'en donnez qu'un"
    other = client.get(path, params={"langue": "fr"})
    assert other.status_code == 422
    assert other.json()["detail"][0] == {
        "loc": ["query", "langue"],
        "msg": "unknown query parameter 'langue': the parameters are lang, language",
        "type": "value_error",
    }
    french = client.get(path, params={"locale": "fr"}, headers={"accept-language": "fr"}).json()["detail"][0]["msg"]
    assert french == "paramètre de requête inconnu « locale » : les paramètres sont lang, language"


def test_a_misspelt_body_key_is_told_the_keys_there(client: TestClient) -> None:
    """(U, session 23) ``{"text": …, "langauge": "fr"}`` was "Extra inputs are not permitted": the 422 names the
    close key and the keys there, as a policy file's misspelt key is, in the client's language."""
    response = client.post("/v1/check", json={"text": "hi", "langauge": "fr"})
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body", "langauge"] and error["type"] == "extra_forbidden"
    assert error["msg"].startswith("unknown key: did you mean 'language'? (keys here: ")
    assert "text" in error["msg"] and "policy" in error["msg"]
    french = client.post("/v1/check", json={"text": "hi", "langauge": "fr"}, headers={"accept-language": "fr"})
    assert french.json()["detail"][0]["msg"].startswith("clé inconnue : vouliez-vous dire « language » ?")
    batch = client.post("/v1/check/batch", json={"itmes": [{"text": "hi"}]})
    assert batch.status_code == 422
    messages = {e["msg"] for e in batch.json()["detail"]}
    assert any(m.startswith("unknown key: did you mean 'items'?") for m in messages), messages


def test_the_long_words_of_a_hard_draft_are_quoted_and_listed_in_its_language(client: TestClient) -> None:
    """(U, session 24) clarity.readability listed its long words bare and comma-joined ("long words such as
    organisational, multidisciplinary, significantly"): they are quoted and the last joined by "and" / « et », as
    every other message that names words (``app.texts.quoted_words``)."""
    drafts = {
        "en": "Our multidisciplinary infrastructure modernisation initiative significantly accelerates "
        "organisational transformation, operational resilience and regulatory compliance.",
        "fr": "Les processus organisationnels conditionnent considérablement l'accélération de la transformation "
        "numérique et la conformité réglementaire des établissements.",
    }
    said = {}
    for language, text in drafts.items():
        response = client.post("/v1/check", json={"text": text, "language": language})
        assert response.status_code == 200, response.text
        (finding,) = [f for f in response.json()["findings"] if f["rule"] == "clarity.readability"]
        said[language] = finding["message"]
    assert re.search(r"long words such as '\w+', '\w+' and '\w+' weigh it down\.$", said["en"]), said["en"]
    assert re.search(r"des mots longs comme « [\w']+ », « [\w']+ » et « [\w']+ » l'alourdissent\.$", said["fr"]), said[
        "fr"
    ]


def test_a_body_that_is_no_json_is_said_why_in_french_too(client: TestClient) -> None:
    """(U, session 24) The 422 of a broken JSON body said Python's own words in English inside the French sentence
    ("le corps n'est pas du JSON valide (Expecting property name enclosed in double quotes)")."""
    french = {"content-type": "application/json", "accept-language": "fr"}
    cases = {
        b'{"text": "Bonjour",': "nom de clé attendu, entre guillemets doubles",
        b'{"text": "Bonjour" "language": "fr"}': "« , » attendue",
        b'{"text": "Bonjour}': "chaîne jamais fermée, ouverte",
        b'{"text": "Bonjour"} x': "données en trop après le JSON",
    }
    for body, reason in cases.items():
        response = client.post("/v1/check", content=body, headers=french)
        assert response.status_code == 422
        (error,) = response.json()["detail"]
        assert error["type"] == "json_invalid"
        assert error["msg"].startswith(f"le corps n'est pas du JSON valide ({reason}), caractère "), error["msg"]
    english = client.post("/v1/check", content=b'{"text": "Bonjour",', headers={"content-type": "application/json"})
    assert english.json()["detail"][0]["msg"] == (
        "the body is not valid JSON (Expecting property name enclosed in double quotes) at character 19"
    )


def test_an_empty_term_or_a_variant_of_another_language_is_a_422_not_a_500_nor_a_silent_report(
    client: TestClient,
) -> None:
    """(U, session 24) A request's term list holding "" built a rule whose params refused it: a 500. A variant that
    is no code of its language (``en: xyz``, ``en: fr-FR``) was taken as it was: a report in language 'xyz', English
    drafts read as French. Each is a 422 naming the key, in the client's language."""
    french = {"accept-language": "fr"}
    cases = [
        (
            {"terms": [{"name": "rivals", "terms": ["Acme", ""]}]},
            ["body", "policy", "terms", "0", "terms", "1"],
            "'' must have at least 1 character(s)",
            "«  » doit avoir au moins 1 caractère(s)",
        ),
        (
            {"variants": {"en": "fr-FR"}},
            ["body", "policy", "variants"],
            "'fr-FR' is not a variant of 'en'",
            "« fr-FR » n'est pas une variante de « en »",
        ),
        (
            {"variants": {"en": "xyz"}},
            ["body", "policy", "variants"],
            "unknown language 'xyz': use 'auto' or an ISO 639-1 code such as 'en', 'fr' or 'en-GB'",
            "langue inconnue « xyz » : utilisez « auto » ou un code ISO 639-1 comme « en », « fr » ou « en-GB »",
        ),
    ]
    for policy, loc, english, in_french in cases:
        for headers, said in (({}, english), (french, in_french)):
            response = client.post("/v1/check", json={"text": "Hello there", "policy": policy}, headers=headers)
            assert response.status_code == 422, response.text
            (error,) = response.json()["detail"]
            assert (error["loc"], error["msg"]) == (loc, said)
    good = client.post("/v1/check", json={"text": "Hello there", "policy": {"variants": {"en": "en-gb"}}})
    assert good.status_code == 200 and good.json()["language"] == "en-GB"


def test_a_misspelt_rule_id_in_a_request_policy_is_told_the_nearest_ids(client: TestClient) -> None:
    """A request's ``policy.rules`` key naming no rule is a 422 naming it, with the nearest ids (difflib), in the
    client's language."""
    body = {"text": "hello there", "policy": {"rules": {"risk.profanty": {"severity": "warning"}}}}
    response = client.post("/v1/check", json=body)
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["msg"] == "no such rule; did you mean risk.profanity? (see `sevenfold rules` or GET /v1/rules)"
    french = client.post("/v1/check", json=body, headers={"accept-language": "fr"}).json()["detail"][0]["msg"]
    assert french.startswith("cette règle n'existe pas ; vouliez-vous dire risk.profanity ?")


def test_a_press_contact_is_information_a_private_number_still_an_error(client: TestClient) -> None:
    """A number or address given as a press or media contact is a published business contact: info with its own
    message in the draft's language, the verdict no longer blocked by it; a private person's number stays an error."""
    for text, language, words in (
        ("Contact presse : Marie Dupont, 01 23 45 67 89, marie.dupont@acme.fr", "fr", "contact presse"),
        ("Media enquiries: Jane Doe, +44 20 7946 0958, jane.doe@acme.com", "en", "press contact"),
    ):
        report = client.post("/v1/check", json={"text": text, "language": language}).json()
        privacy = [f for f in report["findings"] if f["family"] == "privacy"]
        assert {f["rule"] for f in privacy} == {"privacy.phone-number", "privacy.email"}
        assert all(f["severity"] == "info" and words in f["message"] for f in privacy), privacy
    private = client.post("/v1/check", json={"text": "Call me on 06 12 34 56 78 tonight", "language": "en"}).json()
    assert [f["severity"] for f in private["findings"] if f["rule"] == "privacy.phone-number"] == ["error"]
    assert private["verdict"] == "blocked"


def test_tone_capitals_says_the_words_in_capitals_it_spans(client: TestClient) -> None:
    """tone.capitals said the draft's count of shouting words on every span: "'THIS IS ABSOLUTELY UNACCEPTABLE'
    (3 words)" (its "IS" uncounted), « GRATUIT » « (2 mots) ». Each span now says the words it spans; a one-word span
    says it is one of the draft's, in English and French."""
    cases = [
        (
            "THIS IS ABSOLUTELY UNACCEPTABLE and we are done",
            "en",
            [("THIS IS ABSOLUTELY UNACCEPTABLE", "(4 words in capitals)")],
        ),
        (
            "THIS IS BAD and also TERRIBLE NEWS for all",
            "en",
            [("THIS IS BAD", "(3 words"), ("TERRIBLE NEWS", "(2 words")],
        ),
        ("C'EST ABSOLUMENT INACCEPTABLE et nous arrêtons là", "fr", [("C'EST ABSOLUMENT INACCEPTABLE", "(3 mots en")]),
        (
            "Nouvelle offre : GRATUIT pour TOUS",
            "fr",
            [("GRATUIT", "(un des 2 mots en capitales)"), ("TOUS", "(un des 2 mots en capitales)")],
        ),
    ]
    for text, language, expected in cases:
        report = client.post("/v1/check", json={"text": text, "language": language}).json()
        found = [f for f in report["findings"] if f["rule"] == "tone.capitals"]
        assert [f["excerpt"] for f in found] == [excerpt for excerpt, _ in expected]
        for finding, (_, words) in zip(found, expected, strict=True):
            assert words in finding["message"], finding["message"]
            assert text[finding["offset"] : finding["offset"] + finding["length"]] == finding["excerpt"]


@pytest.mark.parametrize("key", ["A", "Str", "str", "TermEntry"])
def test_an_unknown_policy_key_that_looks_like_a_type_tag_is_a_422(client: TestClient, key: str) -> None:
    """The fuzzer's ``{"policy": {"A": null}}`` was a 500: an unknown key spelt like a pydantic union tag ("A", "str")
    was dropped from the key's path, which left nothing to name. The key is the user's word: named, a 422."""
    for path, body in (
        ("/v1/check", {"text": "Hello", "policy": {key: None}}),
        ("/v1/check/batch", {"items": [{"text": "Hello"}], "policy": {key: None}}),
        ("/v1/check", {"text": "Hello", "policy": {"rules": {"risk.profanity": {key: 1}}}}),
    ):
        response = client.post(path, json=body)
        assert response.status_code == 422, (path, body, response.text)
        detail = response.json()["detail"][0]
        assert detail["loc"][-1] == key and detail["msg"].startswith("unknown key"), detail


@pytest.mark.parametrize(
    ("policy", "keys"),
    [
        (  # strict types (a client's JSON), each key
            {"limit": "beaucoup", "families": {"risk": {"enabled": "oui"}}},
            [["limit"], ["families", "risk", "enabled"]],
        ),
        (  # a strict type beside a key any reading refuses
            {"limit": "beaucoup", "familys": {}},
            [["limit"], ["familys"]],
        ),
        (  # values and keys the policy refuses
            {"limit": -3, "familys": {}, "rules": {"risk.profanity": {"severity": "fatal"}}},
            [["limit"], ["rules", "risk.profanity", "severity"], ["familys"]],
        ),
        (  # rules the engine does not know
            {"rules": {"risk.nope": {"enabled": False}, "tone.nada": {"enabled": False}}},
            [["rules", "risk.nope"], ["rules", "tone.nada"]],
        ),
    ],
)
@pytest.mark.parametrize("path", ["/v1/check", "/v1/check/batch"])
def test_a_policy_with_several_mistakes_is_a_422_naming_each_key(
    client: TestClient, policy: dict[str, object], keys: list[list[str]], path: str
) -> None:
    """(Q, session 37) A request's policy with several mistakes was a 422 naming the first key and "(and 1 more)"
    in its message: one entry of ``detail`` per key in error now, each at its loc, in the request's language, the
    message the key's own (no count of the others)."""
    body = {"text": "bonjour à tous", "language": "fr"} if path == "/v1/check" else {"items": [{"text": "bonjour"}]}
    response = client.post(path, json={**body, "policy": policy}, headers={"accept-language": "fr"})
    assert response.status_code == 422, response.text
    detail = response.json()["detail"]
    assert [d["loc"] for d in detail] == [["body", "policy", *key] for key in keys]
    assert all(d["type"] == "policy_error" and "(et " not in d["msg"] and " ; " not in d["msg"] for d in detail)
    english_body = {**body, "language": "en"} if path == "/v1/check" else body
    english = client.post(path, json={**english_body, "policy": policy}, headers={"accept-language": "en"}).json()
    assert [d["loc"] for d in english["detail"]] == [d["loc"] for d in detail]
    assert all(fr["msg"] != en["msg"] for fr, en in zip(detail, english["detail"], strict=True)), detail  # in French

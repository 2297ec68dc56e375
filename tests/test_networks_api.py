"""POST /v1/check with networks and reply context: per-network length entries, strictest verdict, bad input."""

from __future__ import annotations

import logging

import pytest
from fastapi.testclient import TestClient

LONG = "Nous lançons aujourd'hui notre nouvelle plateforme. " * 7  # 364 characters


def test_default_is_x_alone_and_length_keeps_its_shape(client: TestClient) -> None:
    """Without networks, the report is today's, plus one X entry under networks."""
    report = client.post("/v1/check", json={"text": "Hello world", "language": "en"}).json()
    assert set(report["length"]) == {"weighted", "limit", "remaining", "valid", "thread"}
    assert [n["network"] for n in report["networks"]] == ["x"]
    assert report["networks"][0]["weighted"] == report["length"]["weighted"] == 11


def test_one_entry_per_network_and_strictest_verdict(client: TestClient) -> None:
    """364 characters fit Mastodon and LinkedIn, not X or Bluesky: blocked, with a thread for each that needs one."""
    body = {"text": LONG, "language": "fr", "networks": ["x", "bluesky", "mastodon", "linkedin"]}
    report = client.post("/v1/check", json=body).json()
    entries = {n["network"]: n for n in report["networks"]}
    assert list(entries) == ["x", "bluesky", "mastodon", "linkedin"]
    assert not entries["x"]["valid"] and not entries["bluesky"]["valid"]
    assert entries["mastodon"]["valid"] and entries["linkedin"]["valid"]
    assert entries["bluesky"]["overflow"] == {"offset": 300, "length": len(LONG) - 300}
    assert entries["bluesky"]["thread"][0].endswith(" (1/2)") and entries["mastodon"]["thread"] == []
    assert entries["bluesky"]["unit"] == "graphèmes"
    assert report["verdict"] == "blocked"
    over = [f for f in report["findings"] if f["rule"] == "length.over-limit"]
    assert len(over) == 2 and any("Bluesky" in f["message"] for f in over)


def test_network_shorthand_and_policy_limit(client: TestClient) -> None:
    """`network` alone, and a Mastodon instance limit in the policy."""
    body = {"text": LONG, "language": "fr", "network": "mastodon", "policy": {"limits": {"mastodon": 300}}}
    report = client.post("/v1/check", json=body).json()
    assert [(n["network"], n["limit"], n["valid"]) for n in report["networks"]] == [("mastodon", 300, False)]
    assert report["length"]["limit"] == 300


@pytest.mark.parametrize(
    ("body", "loc"),
    [
        ({"text": "hi", "networks": ["x", "myspace"]}, ["body", "networks"]),
        ({"text": "hi", "network": "friendster"}, ["body", "network"]),
        ({"text": "hi", "policy": {"networks": ["orkut"]}}, ["body", "policy", "networks"]),
    ],
)
def test_unknown_network_is_422_naming_field_and_known_ones(
    client: TestClient, body: dict[str, object], loc: list[str]
) -> None:
    """422 with the field and the list of known networks."""
    response = client.post("/v1/check", json=body)
    assert response.status_code == 422
    detail = response.json()["detail"][0]
    assert detail["loc"][: len(loc)] == loc
    assert "bluesky, linkedin, mastodon, threads, x" in detail["msg"]


def test_reply_amplifying_a_flagged_post(client: TestClient, caplog: pytest.LogCaptureFixture) -> None:
    """Agreement under a hateful post is a risk finding naming it; the parent's text is never logged."""
    parent = "Immigrants are vermin, they should all go home."
    caplog.set_level(logging.DEBUG)
    body = {"text": "So true 👏", "language": "en", "in_reply_to": {"text": parent, "author": "@someone"}}
    report = client.post("/v1/check", json=body).json()
    found = [f for f in report["findings"] if f["rule"] == "risk.reply-amplification"]
    assert found and found[0]["severity"] == "error" and "@someone" in found[0]["message"]
    assert report["verdict"] == "blocked"
    assert "vermin" not in caplog.text
    alone = client.post("/v1/check", json={"text": "So true 👏", "language": "en"}).json()
    assert not [f for f in alone["findings"] if f["rule"].startswith("risk.reply")]


def test_empty_reply_context_is_ignored(client: TestClient) -> None:
    """An empty in_reply_to is no error and changes nothing."""
    body = {"text": "Exactly!", "language": "en", "in_reply_to": {"text": "  "}, "quoting": {"text": ""}}
    response = client.post("/v1/check", json=body)
    assert response.status_code == 200
    assert not [f for f in response.json()["findings"] if "reply" in f["rule"]]


def test_reply_context_over_the_body_limit_is_413(client: TestClient) -> None:
    """The reply context counts in the body: over the limit (SEVENFOLD_MAX_BODY_BYTES), 413."""
    body = {"text": "Exactly!", "in_reply_to": {"text": "x " * 40_000}}  # 80 KB, over the 64 KB default
    assert client.post("/v1/check", json=body).status_code == 413


def test_reply_context_that_cannot_be_read_is_422_naming_it(client: TestClient) -> None:
    """A parent with a lone surrogate is a 422 naming in_reply_to, never a 500."""
    raw = '{"text": "Exactly!", "in_reply_to": {"text": "bad \\ud800 text"}}'
    response = client.post("/v1/check", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 422
    assert "in_reply_to" in str(response.json()["detail"][0]["loc"])


def test_calm_factual_reply_to_a_hostile_post_gets_nothing_extra(client: TestClient) -> None:
    """The advice asks for a calm answer: no reply-context finding, in English and French."""
    for text, parent, language in [
        ("I understand; the figures are on our site and I'm happy to go through them.", "You are an idiot.", "en"),
        ("Je comprends ; les chiffres sont sur notre site, je peux vous les détailler.", "T'es qu'un connard.", "fr"),
    ]:
        body = {"text": text, "language": language, "in_reply_to": {"text": parent}}
        report = client.post("/v1/check", json=body).json()
        assert not [f for f in report["findings"] if "reply" in f["rule"]], text


def test_paid_x_limit_and_linkedin_without_threads(client: TestClient) -> None:
    """`limits: {x: 25000}` lets a long post through on X; LinkedIn over its limit proposes no thread."""
    long_text = "word " * 700
    report = client.post("/v1/check", json={"text": long_text, "policy": {"limits": {"x": 25000}}}).json()
    assert report["length"]["limit"] == 25000 and report["length"]["valid"]
    linkedin = client.post("/v1/check", json={"text": long_text, "language": "en", "network": "linkedin"}).json()
    entry = linkedin["networks"][0]
    assert (entry["network"], entry["valid"], entry["thread"]) == ("linkedin", False, [])
    assert "no threads" in next(f["message"] for f in linkedin["findings"] if f["rule"] == "length.over-limit")


def test_reply_context_may_be_a_bare_string(client: TestClient) -> None:
    """`"in_reply_to": "..."` is the parent's text, as `{"text": "..."}` is."""
    body = {"text": "Tout à fait !", "language": "fr", "in_reply_to": "Les immigrés sont des parasites."}
    report = client.post("/v1/check", json=body).json()
    assert [f["rule"] for f in report["findings"] if "reply" in f["rule"]] == ["risk.reply-amplification"]


def test_a_reply_context_finding_says_what_the_parent_was_flagged_for_in_a_sentence_of_its_own(
    client: TestClient,
) -> None:
    """The catalogue's summary of the parent's rule was pasted inside the message ("…which was flagged for: Hate
    against a group (…), with or without a slur. Agreement…"): it is now a sentence of its own after the message's,
    with its full stop, in the draft's language, for amplification and for repeated words."""
    cases = [
        (
            {"text": "So true 👏", "language": "en", "in_reply_to": "Immigrants are vermin, they should all go home."},
            "risk.reply-amplification",
            "'So true' endorses the post you reply to, which was flagged: agreement makes its words yours. What it "
            "was flagged for: Hate against a group for who they are (derogation, dehumanisation, threats, calls to "
            "harm), with or without a slur.",
        ),
        (
            {"text": "Tout à fait 👏", "language": "fr", "quoting": "Les immigrés sont des parasites."},
            "risk.reply-amplification",
            "« Tout à fait » salue le message que vous citez, qui a été signalé : le citer en l'approuvant le diffuse "
            "sous votre nom. Motif du signalement : Haine envers un groupe pour ce qu'il est (dénigrement, "
            "déshumanisation, menaces, appels à nuire), avec ou sans injure.",
        ),
    ]
    for body, rule, said in cases:
        report = client.post("/v1/check", json=body).json()
        messages = [f["message"] for f in report["findings"] if f["rule"] == rule]
        assert messages == [said], messages
    body = {
        "text": 'Did you really just write "Immigrants are vermin"? Shameful.',
        "language": "en",
        "in_reply_to": "Immigrants are vermin, they should all go home.",
    }
    report = client.post("/v1/check", json=body).json()
    repeated = [f["message"] for f in report["findings"] if f["excerpt"] == "Immigrants are vermin"]
    assert repeated == [
        "'Immigrants are vermin' repeats words of the post you reply to, which were flagged: repeated, they are "
        "yours. What it was flagged for: Hate against a group for who they are (derogation, dehumanisation, threats, "
        "calls to harm), with or without a slur."
    ], repeated


def test_a_batch_item_names_its_own_networks_and_the_post_it_answers(client: TestClient) -> None:
    """(Q, session 36) A scheduler sends one batch for the week, each post for its own network: an item takes
    ``network``/``networks``, ``in_reply_to`` and ``quoting`` as ``POST /v1/check``'s body does (they were an
    "Extra inputs are not permitted" error); an item without them keeps the batch policy's networks."""
    items: list[object] = [
        {"id": "sky", "text": "Hello", "networks": ["bluesky"]},
        {"id": "toot", "text": "Bonjour à tous", "network": "mastodon"},
        {"id": "default", "text": "Hello"},
        {"id": "reply", "text": "Tout à fait 👏", "in_reply_to": {"text": "Les musulmans sont de la vermine, dehors"}},
        {"id": "quote", "text": "Exactly! 👏", "quoting": "Muslims are vermin and should all be deported"},
        {"id": "long", "text": "word " * 58, "networks": ["x", "bluesky"]},
    ]
    response = client.post("/v1/check/batch", json={"items": items, "policy": {"networks": ["x", "linkedin"]}})
    assert response.status_code == 200, response.text
    results = {r["id"]: r for r in response.json()["results"]}
    assert all(r["code"] is None for r in results.values()), results

    def networks(item: str) -> list[str]:
        return [n["network"] for n in results[item]["report"]["networks"]]

    assert networks("sky") == ["bluesky"] and networks("toot") == ["mastodon"]
    assert networks("default") == ["x", "linkedin"]
    assert results["sky"]["report"]["length"]["limit"] == 300
    for item in ("reply", "quote"):
        report = results[item]["report"]
        assert [f["rule"] for f in report["findings"]] == ["risk.reply-amplification"], item
        assert report["verdict"] == "blocked"
    over = results["long"]["report"]  # 290 characters: over X's 280, within Bluesky's 300
    assert [n["valid"] for n in over["networks"]] == [False, True]
    alone = client.post("/v1/check", json={"text": "word " * 58, "networks": ["x", "bluesky"]}).json()
    assert over["findings"] == alone["findings"]  # the item's report is /v1/check's for the same draft


@pytest.mark.parametrize("accept", ["en", "fr"])
def test_a_batch_item_with_a_bad_network_or_key_says_why_and_the_others_go_on(client: TestClient, accept: str) -> None:
    items: list[object] = [
        {"id": "a", "text": "Hello", "networks": ["tiktok"]},
        {"id": "b", "text": "Hello", "networks": "x"},
        {"id": "c", "text": "Hello", "networks": []},
        {"id": "d", "text": "Hello", "network": "x", "networks": ["bluesky"]},
        {"id": "e", "text": "Hello", "netwroks": ["x"]},
        {"id": "f", "text": "Hello", "in_reply_to": {"txt": "Bravo"}},
        {"id": "g", "text": "Hello", "network": "threads"},
    ]
    response = client.post("/v1/check/batch", json={"items": items}, headers={"accept-language": accept})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["code"] for r in results] == [
        "unknown-network",
        "networks-not-list",
        "no-network",
        "network-and-networks",
        "extra-key",
        "extra-key",
        None,
    ]
    errors = [r["error"] for r in results[:6]]
    if accept == "en":
        assert errors[0] == "networks: unknown network 'tiktok' (known: bluesky, linkedin, mastodon, threads, x)"
        assert errors[4].startswith("netwroks: unknown key: did you mean 'networks'? (keys here: id, in_reply_to,")
        assert errors[5] == "in_reply_to.txt: unknown key: did you mean 'text'? (keys here: author, text)"
    else:
        assert errors[0] == "networks : réseau inconnu « tiktok » (connus : bluesky, linkedin, mastodon, threads, x)"
        assert errors[4].startswith("netwroks : clé inconnue : vouliez-vous dire « networks » ?")
    assert [n["network"] for n in results[6]["report"]["networks"]] == ["threads"]


BAD_ROUTING: list[dict[str, object]] = [
    {"network": "tiktok"},
    {"networks": ["x", "tiktok"]},
    {"networks": "x, bluesky"},
    {"networks": []},
    {"network": "x", "networks": ["bluesky"]},
    {"in_reply_to": {"txt": "Bravo"}},
    {"quoting": 42},
]


@pytest.mark.parametrize("accept", ["en", "fr"])
@pytest.mark.parametrize("extra", BAD_ROUTING)
def test_a_draft_s_networks_and_context_are_refused_alike_by_check_and_by_a_batch_item(
    client: TestClient, accept: str, extra: dict[str, object]
) -> None:
    """(Q, session 37) /v1/check's body and a batch item share one validation of the networks a draft names and of
    the post it answers or quotes: the same reason for the same value, the batch's prefixed with the field."""
    body = {"text": "Hello", **extra}
    single = client.post("/v1/check", json=body, headers={"accept-language": accept})
    assert single.status_code == 422, single.text
    detail = single.json()["detail"][0]
    field = ".".join(str(part) for part in detail["loc"][1:])
    batch = client.post("/v1/check/batch", json={"items": [body]}, headers={"accept-language": accept})
    assert batch.status_code == 200, batch.text
    error = batch.json()["results"][0]["error"]
    separator = " : " if accept == "fr" else ": "
    if detail["type"] == "extra_forbidden":  # an unknown key: its words are the door's own, the key the same
        assert error.startswith(f"{field}{separator}")
    else:
        assert error == f"{field}{separator}{detail['msg']}"


def test_the_draft_keys_keep_their_order_in_the_openapi_document(client: TestClient) -> None:
    """The shared validators do not move a field: clients and /docs read the keys in the order they were declared."""
    schemas = client.get("/openapi.json").json()["components"]["schemas"]
    assert list(schemas["CheckRequest"]["properties"]) == [
        "text", "language", "policy", "networks", "network", "in_reply_to", "quoting"
    ]  # fmt: skip
    assert list(schemas["BatchItem"]["properties"]) == [
        "id", "text", "language", "networks", "network", "in_reply_to", "quoting"
    ]  # fmt: skip
    for name in ("CheckRequest", "BatchItem"):
        assert schemas[name]["properties"]["networks"]["anyOf"][0] == {"items": {"type": "string"}, "type": "array"}

"""The report's one wire schema: the OpenAPI document is generated from the domain types, closed (no
unknown key anywhere in a response), and the API's answers validate against it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any

import jsonschema
import pytest
from fastapi.testclient import TestClient

from app.domain import Report, ReportBlocks

DRAFT = "Nous sommes ravis de vous acceuillir 🎉 @marie #événement https://exemple.fr CONFIDENTIEL jean@exemple.fr"


@pytest.fixture(scope="module")
def openapi(client: TestClient) -> dict[str, Any]:
    document: dict[str, Any] = client.get("/openapi.json").json()
    return document


def _refs(schema: Any) -> Iterator[str]:
    if isinstance(schema, dict):
        if "$ref" in schema:
            yield schema["$ref"].rsplit("/", 1)[-1]
        for value in schema.values():
            yield from _refs(value)
    elif isinstance(schema, list):
        for value in schema:
            yield from _refs(value)


def _reachable(openapi: dict[str, Any], name: str) -> set[str]:
    components = openapi["components"]["schemas"]
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(_refs(components[current]))
    return seen


def _validator(openapi: dict[str, Any], name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator({**openapi, "$ref": f"#/components/schemas/{name}"})


@pytest.mark.parametrize("path", ["/v1/check", "/v1/check/batch"])
def test_every_object_of_a_check_response_is_closed(openapi: dict[str, Any], path: str) -> None:
    schema = openapi["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    (top,) = _refs(schema)
    components = openapi["components"]["schemas"]
    objects = [n for n in _reachable(openapi, top) if components[n].get("type") == "object"]
    assert "Report" in _reachable(openapi, top) and "Finding" in objects
    assert {n for n in objects if components[n].get("additionalProperties") is not False} == set()


def test_the_api_answers_validate_and_an_unknown_key_does_not(client: TestClient, openapi: dict[str, Any]) -> None:
    report = client.post("/v1/check", json={"text": DRAFT, "policy": {"networks": ["x", "bluesky"]}}).json()
    _validator(openapi, "Report").validate(report)
    batch = client.post("/v1/check/batch", json={"items": [{"text": DRAFT}, {"text": " "}]}).json()
    _validator(openapi, "BatchResponse").validate(batch)
    with pytest.raises(jsonschema.ValidationError, match="surprise"):
        _validator(openapi, "Report").validate({**report, "surprise": 1})
    with pytest.raises(jsonschema.ValidationError, match="surprise"):
        _validator(openapi, "Report").validate({**report, "length": {**report["length"], "surprise": 1}})


def test_fields_that_are_always_sent_are_required(openapi: dict[str, Any]) -> None:
    report = openapi["components"]["schemas"]["Report"]
    assert set(report["required"]) >= {"verdict", "language", "length", "entities", "turns", "findings", "unavailable"}
    assert "tone" not in report["required"] and "rule_errors" not in report["required"]  # left out when absent


def test_a_block_a_rule_may_add_is_a_report_field() -> None:
    assert set(ReportBlocks.__annotations__) <= {f.name for f in fields(Report)}

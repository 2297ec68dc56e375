"""Schemathesis against ``/openapi.json`` of the real app, in process (offline engine), bounded for CI.

Every operation gets generated requests, valid and invalid: never a 500, responses match their
schema and content type, and every report's spans hold in the text that was sent.
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import content_type_conformance, not_a_server_error, response_schema_conformance

from app.api.main import create_app
from app.engine import Engine
from app.settings import Settings

MAX_EXAMPLES = 40
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture(scope="module")
def api_schema(engine: Engine, offline_settings: Settings) -> Any:
    """The app's own OpenAPI schema, served in process."""
    app = create_app(offline_settings, engine=engine)
    app.state.engine = engine  # what the lifespan would set
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def operations(schema: Any) -> list[Any]:
    """Every operation of the schema."""
    return [result.ok() for result in schema.get_all_operations()]


def spans_hold(text: Any, report: dict[str, Any]) -> None:
    """Every finding's span is inside ``text`` and quotes it exactly."""
    assert isinstance(text, str)
    for finding in report["findings"]:
        start, size = finding["offset"], finding["length"]
        assert start >= 0 and start + size <= len(text)
        assert text[start : start + size] == finding["excerpt"]
    assert len(report["turns"]) == 7


def check_case(case: Any) -> None:
    """Call the app with one generated case; validate the response and every report's spans."""
    response = case.call()
    case.validate_response(response, checks=CHECKS)
    if response.status_code != 200 or not isinstance(case.body, dict):
        return
    payload = response.json()
    if case.path == "/v1/check":
        spans_hold(case.body.get("text"), payload)
    elif case.path == "/v1/check/batch":
        for item, result in zip(case.body.get("items", []), payload["results"], strict=True):
            if result.get("report") is not None:
                spans_hold(item.get("text"), result["report"])


def test_schema_covers_the_contract(api_schema: Any) -> None:
    labels = {op.label for op in operations(api_schema)}
    assert {"POST /v1/check", "POST /v1/check/batch", "GET /v1/rules", "GET /healthz", "GET /readyz"} <= labels


def test_api_never_fails(api_schema: Any) -> None:
    for operation in operations(api_schema):

        @settings(max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        @given(case=operation.as_strategy())
        def run(case: Any) -> None:
            check_case(case)

        run()

"""``risk.hate-model`` end to end (session 26): the group-hate model's second opinion through the REST API.

A hateful draft that ``risk.hate``'s grammar does not read comes back from POST /v1/check with the model's warning,
its span (an occlusion word, never the group word) and a message in the draft's language that names the group and
the probability; where ``risk.hate`` speaks the model says nothing, and a draft
naming no group never reaches it."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

RULE = "risk.hate-model"


@pytest.mark.parametrize(
    ("text", "language", "group", "words"),
    [
        ("A neighbourhood without Africans is a quiet neighbourhood", "en", "Africans", "A model reads this draft as"),
        ("Every time I see a group of Roma I cross the street", "en", "Roma", "A model reads this draft as hostile"),
        ("Il faudrait un quota zéro pour les Maliens.", "fr", "Maliens", "Un modèle juge ce brouillon hostile"),
    ],
)
def test_a_model_only_finding_comes_back_with_its_span_and_message(
    client: TestClient, text: str, language: str, group: str, words: str
) -> None:
    response = client.post("/v1/check", json={"text": text, "language": language})
    assert response.status_code == 200
    report = response.json()
    risk = [f for f in report["findings"] if f["family"] == "risk" and f["severity"] != "info"]
    assert [f["rule"] for f in risk] and {f["rule"] for f in risk} == {RULE}, risk
    assert report["verdict"] == "review"  # a model alone never blocks
    start = text.index(group)
    for finding in risk:
        assert finding["severity"] == "warning"
        assert finding["length"] > 0
        assert text[finding["offset"] : finding["offset"] + finding["length"]] == finding["excerpt"]
        assert finding["offset"] + finding["length"] <= start or finding["offset"] >= start + len(group)
        assert finding["message"].startswith(words)
        assert group in finding["message"] and "%" in finding["message"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Muslims have no place in a civilised country", "en"),  # risk.hate's pair: said once, by the grammar
        ("Les musulmans n'ont rien à faire dans notre pays", "fr"),  # idem (P 0.97)
        ("Our new office opens next week.", "en"),  # no group named
        ("Trans women are women.", "en"),  # only the group words raise the model's probability
    ],
)
def test_the_model_is_silent_where_the_grammar_speaks_or_no_group_is_named(
    client: TestClient, text: str, language: str
) -> None:
    report = client.post("/v1/check", json={"text": text, "language": language}).json()
    assert [f for f in report["findings"] if f["rule"] == RULE] == []

"""Rule documentation from the rule files: the page (CLI ``rules show``, API ``GET /v1/rules/{id}``) and the
generated docs/RULES.md, which must stay in step with the rule files."""

from __future__ import annotations

import os
import re
import subprocess
import sys

from fastapi.testclient import TestClient

from app.engine import Engine
from app.policy import STARTER_POLICY
from app.rule_docs import REGENERATE, RULES_MD, mark_spans, packaged_docs, render_markdown, render_text, rule_doc

CLI = [sys.executable, "-m", "app.cli"]
ENV = {**os.environ, "SEVENFOLD_OFFLINE": "true", "NO_COLOR": "1"}


def test_rules_md_is_in_step_with_the_rule_files() -> None:
    """docs/RULES.md is what the rule files generate today."""
    expected = render_markdown(packaged_docs("en"))
    current = RULES_MD.read_text(encoding="utf-8") if RULES_MD.is_file() else ""
    assert current == expected, f"docs/RULES.md is out of step with the rule files: run `{REGENERATE}`"


def test_every_packaged_rule_has_a_section_with_its_flagged_spans_marked() -> None:
    """Every rule has a section; each failing example shows its flagged spans between ⟦ ⟧."""
    docs = packaged_docs("en")
    text = render_markdown(docs)
    for doc in docs:
        assert f"## {doc.id}\n" in text
        for example in doc.failing:
            if any(f.length for f in example.findings):
                assert "⟦" in mark_spans(example.text, example.findings), doc.id


def test_a_page_has_params_with_defaults_and_examples_in_the_language(engine: Engine) -> None:
    """Params are the kind's defaults under the file's values; examples follow the language asked for."""
    doc = rule_doc(engine.specs["tone.capitals"], "fr")
    params = {p.name: p for p in doc.params}
    assert params["min_words"].value == 3 and params["min_words"].description
    assert params["max_findings"].value == 5  # a default the rule file does not set
    assert doc.failing and all(e.language in ("fr", "auto") for e in doc.failing + doc.passing)
    page = render_text(doc)
    assert "Pourquoi :" in page and "Paramètres :" in page and "⟦GRATUIT⟧" in page
    assert "Famille : tone" in page and "Famille:" not in page  # French puts a space before a colon
    assert "Les capitales crient" in page  # the rule file's French ``why``
    english = render_text(rule_doc(engine.specs["tone.capitals"], "en"))
    assert "Why:" in english and "THIS IS UNACCEPTABLE" in english and "Family: tone" in english


def test_a_why_given_per_language_has_english_and_french(engine: Engine) -> None:
    """``docs.why`` is a string (English) or a mapping with at least ``en`` and ``fr``."""
    for spec in engine.specs.values():
        why = spec.meta.docs.get("why")
        if isinstance(why, dict):
            assert {"en", "fr"} <= set(why), spec.id


def test_sarif_rule_help_is_the_why_in_the_language(engine: Engine) -> None:
    """SARIF's rule descriptors carry the rule file's ``why`` in the language asked for."""
    from app.sarif import rule_descriptor

    meta = engine.specs["tone.capitals"].meta
    assert rule_descriptor(meta, "fr")["fullDescription"]["text"].startswith("Les capitales crient")
    assert rule_descriptor(meta, "en")["help"]["text"].startswith("Capitals are shouting")


def test_mark_spans_skips_nested_spans() -> None:
    from app.rule_docs import FlaggedSpan

    spans = [FlaggedSpan(offset=0, length=5, excerpt="hello"), FlaggedSpan(offset=1, length=2, excerpt="el")]
    assert mark_spans("hello world", spans) == "⟦hello⟧ world"


def test_cli_rules_show_in_french_and_unknown_id() -> None:
    """``sevenfold rules show`` prints the page (exit 0); an unknown id is exit 2 with a one-line reason."""
    shown = subprocess.run(
        [*CLI, "rules", "show", "etiquette.links", "--lang", "fr"], capture_output=True, env=ENV, timeout=120
    )
    assert shown.returncode == 0, shown.stderr
    out = shown.stdout.decode()
    assert out.startswith("etiquette.links\n") and "Paramètres" in out and "⟦https://example.fr/article" in out
    unknown = subprocess.run([*CLI, "rules", "show", "etiquette.link"], capture_output=True, env=ENV, timeout=120)
    assert unknown.returncode == 2
    err = unknown.stderr.decode().strip()
    assert "\n" not in err and "unknown rule 'etiquette.link'" in err and "etiquette.links" in err


def test_api_rule_page_and_404(client: TestClient) -> None:
    """``GET /v1/rules/{id}`` gives the page as JSON; an unknown id is a 404 with a JSON message."""
    response = client.get("/v1/rules/etiquette.links", params={"lang": "fr"})
    assert response.status_code == 200
    body = response.json()
    assert body["id"] == "etiquette.links" and body["language"] == "fr"
    assert body["summary"].startswith("Raccourcisseurs")
    assert {p["name"] for p in body["params"]} >= {"shorteners", "tracking_params"}
    assert body["failing"][0]["findings"][0]["offset"] == 9
    missing = client.get("/v1/rules/no.such-rule")
    assert missing.status_code == 404
    assert missing.json() == {"detail": "unknown rule 'no.such-rule': GET /v1/rules lists the rule ids"}


def test_the_starter_policy_cites_only_rules_that_exist(engine: Engine) -> None:
    """Rule ids written in the starter policy (comments included) are rules of the catalogue."""
    cited = set(re.findall(r"^#?\s+([a-z]+\.[a-z][a-z0-9-]+):", STARTER_POLICY, flags=re.MULTILINE))
    assert cited, "the starter policy names no rule"
    assert cited <= set(engine.specs), sorted(cited - set(engine.specs))

"""A report's status texts follow the draft's language (``app.texts``): a turn's reason, an engine's
unavailability, a skipped rule's reason, a rule error; the English ones are the texts the engine always wrote."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.api.main import create_app
from app.domain import Family
from app.engine import Engine
from app.formats import Subject
from app.sarif import subject_notices
from app.settings import Settings
from app.texts import DETAILS, NOTICES, TURNS, label, localise
from tests.test_doors_cli import run
from tests.test_pattern_budget import CATASTROPHIC

APP = Path(__file__).resolve().parent.parent / "app"
FR_DRAFT = "Bonjour à tous, nous ouvrons la nouvelle boutique demain matin."
EN_DRAFT = "Hello everyone, we open the new shop tomorrow morning."
OFFLINE_EN = "engine unavailable: offline: grammar not checked"
OFFLINE_FR = "moteur indisponible : hors ligne : grammaire non vérifiée"


def _sample(template: str) -> str:
    """The template with each field filled, the way the code fills it (``str.format``: ``{{`` is one brace)."""
    filled = re.sub(
        r"(?<!\{)\{(\w+)\}(?!\})",
        lambda m: "7" if m.group(1) in {"seconds", "ms", "index", "status", "code"} else "x",
        template,
    )
    return _braces(filled)


def _braces(text: str) -> str:
    """A format string's doubled braces as the single braces it prints."""
    return text.replace("{{", "{").replace("}}", "}")


def test_the_english_turn_reasons_are_the_ones_the_engine_always_wrote() -> None:
    assert label("turn-turned-off", "en") == "turned off by policy"
    assert label("turn-unavailable", "en-GB", detail="offline: grammar not checked") == OFFLINE_EN
    assert label("turn-no-rules", "en") == "no rules enabled for this turn"
    assert label("turn-no-language", "ja", language="ja") == "no rules for language 'ja'"
    assert label("turn-rules-failed", "en") == "some rules failed to run"
    assert label("turn-rule-skipped", "en", rule="r", reason="why") == "r skipped: why"
    assert all(set(texts) == {"en", "fr"} for texts in [*TURNS.values(), *NOTICES.values(), *DETAILS.values()])


@pytest.mark.parametrize("key", sorted(DETAILS))
def test_every_english_status_is_read_back_in_french(key: str) -> None:
    english = _sample(DETAILS[key]["en"])
    assert localise(english, "en") == english  # English is kept byte for byte
    assert localise(english, "ja") == english  # a language without texts reads English
    french = localise(english, "fr")
    # read by its own template, not an earlier one: the French text is this key's
    assert re.fullmatch(re.sub(r"\\\{\w+\\\}", ".*", re.escape(_braces(DETAILS[key]["fr"]))), french), french
    assert localise(english, "fr-CA") == french


def test_french_numbers_and_fixed_words() -> None:
    assert localise("the names list ran over its time budget (0.5 ms of CPU)", "fr") == (
        "la liste de noms a dépassé son budget de temps (0,5 ms de processeur)"
    )
    assert (
        localise("LanguageTool answered 503 (overloaded): busy", "fr")
        == "LanguageTool a répondu 503 (surchargé) : busy"
    )
    assert localise("LanguageTool answered 503 (overloaded)", "fr") == "LanguageTool a répondu 503 (surchargé)"
    assert localise("an exception's own words", "fr") == "an exception's own words"


def _literal_statuses(path: Path) -> list[str]:
    """The status texts a module writes: string arguments of ``EngineUnavailable``, ``LanguageToolError``,
    ``_set_not_ready`` and strings set as ``self._reason``, each formatted value filled with 'x'."""
    found: list[str] = []

    def text(node: ast.expr) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.JoinedStr):
            return "".join(str(v.value) if isinstance(v, ast.Constant) else "x" for v in node.values)
        return None

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        values: list[ast.expr] = []
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in {"EngineUnavailable", "LanguageToolError", "_set_not_ready"}:
                values = list(node.args[:1])
        elif isinstance(node, ast.Assign) and any(getattr(t, "attr", None) == "_reason" for t in node.targets):
            values = [node.value]
        found.extend(t for t in map(text, values) if t is not None and t != "x")
    return found


@pytest.mark.parametrize(
    "module", ["kinds/grammar.py", "languagetool/service.py", "languagetool/client.py", "engine.py"]
)
def test_every_status_the_code_writes_has_a_french_text(module: str) -> None:
    """A new engine status written in English without a template here would reach French users in English."""
    statuses = _literal_statuses(APP / module)
    if module == "kinds/grammar.py":
        from app.kinds.grammar import OFFLINE_REASON

        statuses.append(OFFLINE_REASON)
    assert statuses
    untranslated = [s for s in statuses if localise(s, "fr") == s]
    assert not untranslated


async def test_a_french_draft_gets_french_turn_reasons(engine: Engine) -> None:
    french = await engine.review(FR_DRAFT, language="fr", overrides={"families": {"etiquette": {"enabled": False}}})
    english = await engine.review(EN_DRAFT, language="en", overrides={"families": {"etiquette": {"enabled": False}}})
    reasons_fr = {t.family: t.reason for t in french.turns}
    reasons_en = {t.family: t.reason for t in english.turns}
    assert reasons_fr[Family.GRAMMAR] == OFFLINE_FR and reasons_en[Family.GRAMMAR] == OFFLINE_EN
    assert reasons_fr[Family.ETIQUETTE] == "désactivé par la politique"
    assert reasons_en[Family.ETIQUETTE] == "turned off by policy"
    assert french.unavailable == english.unavailable == ("grammar",)  # the machine-read codes do not change


async def test_a_skipped_pattern_is_said_in_the_draft_language(engine: Engine) -> None:
    overrides = {"rules": {"risk.custom-patterns": {"params": {"patterns": [CATASTROPHIC], "timeout_ms": 20}}}}
    tail = "a" * 60 + "!"
    french = await engine.review(f"Voici le projet {tail}", language="fr", overrides=overrides)
    english = await engine.review(f"Here is the project {tail}", language="en", overrides=overrides)
    assert [s.rule for s in french.skipped_rules] == ["risk.custom-patterns"]
    assert french.skipped_rules[0].reason == "le motif 0 a dépassé son budget de temps (20 ms de processeur)"
    assert english.skipped_rules[0].reason == "pattern 0 ran over its time budget (20 ms of CPU)"
    risk_fr = next(t for t in french.turns if t.family is Family.RISK)
    risk_en = next(t for t in english.turns if t.family is Family.RISK)
    assert risk_fr.reason == (
        "vérifié en partie; risk.custom-patterns non appliquée : le motif 0 a dépassé son budget de temps "
        "(20 ms de processeur)"
    )
    assert risk_en.reason == (
        "partly checked; risk.custom-patterns skipped: pattern 0 ran over its time budget (20 ms of CPU)"
    )
    # the SARIF log's notices about a report: in its language too
    [notice_fr] = [n.message for n in subject_notices([Subject(french, "")]) if "custom-patterns" in n.message]
    [notice_en] = [n.message for n in subject_notices([Subject(english, "")]) if "custom-patterns" in n.message]
    assert notice_fr == (
        "La règle risk.custom-patterns n'a pas été appliquée à un brouillon : le motif 0 a dépassé son budget de "
        "temps (20 ms de processeur)."
    )
    assert notice_en == (
        "Rule risk.custom-patterns was skipped on a draft: pattern 0 ran over its time budget (20 ms of CPU)."
    )
    down = [n.message for n in subject_notices([Subject(french, "")]) if "grammaire" in n.message]
    assert down == ["Le tour « grammaire » n'a pas pu s'exécuter : ses constats manquent."]  # its French name


def _grammar_reason(report: dict[str, Any]) -> str:
    return str(next(t for t in report["turns"] if t["family"] == "grammar")["reason"])


def test_the_cli_writes_french_status_texts_for_a_french_draft() -> None:
    french = run("check", "--offline", "--format", "json", "--lang", "fr", "-", stdin=FR_DRAFT.encode())
    english = run("check", "--offline", "--format", "json", "--lang", "en", "-", stdin=EN_DRAFT.encode())
    assert french.returncode == english.returncode == 0, (french.stderr, english.stderr)
    assert _grammar_reason(json.loads(french.stdout)) == OFFLINE_FR
    assert _grammar_reason(json.loads(english.stdout)) == OFFLINE_EN


def test_the_api_writes_french_status_texts_for_a_french_draft(engine: Engine) -> None:
    with TestClient(create_app(Settings(offline=True), engine=engine)) as client:
        french = client.post("/v1/check", json={"text": FR_DRAFT, "language": "auto"})
        english = client.post("/v1/check", json={"text": EN_DRAFT, "language": "auto"})
    assert french.json()["language"] == "fr" and _grammar_reason(french.json()) == OFFLINE_FR
    assert english.json()["language"] == "en" and _grammar_reason(english.json()) == OFFLINE_EN

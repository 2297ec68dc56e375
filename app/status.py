"""The status texts of a report in the draft's language: why a turn was skipped or partly checked, why an engine
was unavailable, why a rule was skipped or failed.

A report's ``turns[].reason``, ``skipped_rules[].reason`` and ``rule_errors[].reason`` are human text (the
contract fixes none of them; ``unavailable``, ``family``, ``rule`` and ``status`` are the machine-read codes and stay
as they are). They follow the report's language the way findings' messages do (``pick_language``: ``fr-CA`` reads
``fr``, a language with no texts reads English). The English texts are the ones the engine always wrote, byte for
byte: they are the templates below, and the tests and golden reports pin them.

Two sources:

- The engine writes a turn's reason itself, and the SARIF log its notices about a report:
  ``status_text(key, language, **values)``.
- The rest is written in English where it happens, by code that does not know the draft (LanguageTool's service,
  whose texts also go to ``/readyz`` and the logs; a pattern's time budget; a crashed rule): ``localise`` reads
  such a text back with the English templates (each ``{field}`` matches any text) and writes it with the same
  fields in the report's language; a field's value is translated too when ``VALUES`` knows it. A text no template
  reads (an exception's own words, LanguageTool's output) is kept as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

from app.kinds.base import DEFAULT_LANGUAGE, pick_language

TURNS: Mapping[str, Mapping[str, str]] = {
    "turned-off": {"en": "turned off by policy", "fr": "désactivé par la politique"},
    "unavailable": {"en": "engine unavailable: {detail}", "fr": "moteur indisponible : {detail}"},
    "no-rules": {"en": "no rules enabled for this turn", "fr": "aucune règle activée pour ce tour"},
    "no-language": {"en": "no rules for language '{language}'", "fr": "aucune règle pour la langue « {language} »"},
    "rules-failed": {"en": "some rules failed to run", "fr": "certaines règles n'ont pas pu s'exécuter"},
    "partly": {"en": "partly checked", "fr": "vérifié en partie"},
    "rule-skipped": {"en": "{rule} skipped: {reason}", "fr": "{rule} non appliquée : {reason}"},
}
"""A turn's reason, as the engine writes it (``Engine._turns``)."""

NOTICES: Mapping[str, Mapping[str, str]] = {
    "notice-turn-down": {
        "en": "The {family} turn could not run; its findings are missing.",
        "fr": "Le tour « {family} » n'a pas pu s'exécuter : ses constats manquent.",
    },
    "notice-rule-failed": {"en": "Rule {rule} failed: {reason}.", "fr": "La règle {rule} a échoué : {reason}."},
    "notice-rule-skipped": {
        "en": "Rule {rule} was skipped on a draft: {reason}.",
        "fr": "La règle {rule} n'a pas été appliquée à un brouillon : {reason}.",
    },
}
"""A SARIF log's notices about a report (``app.sarif.subject_notices``), in that report's language."""

_BUDGET = {
    "en": "ran over its time budget ({ms} ms of CPU)",
    "fr": "a dépassé son budget de temps ({ms} ms de processeur)",
}

DETAILS: Mapping[str, Mapping[str, str]] = {
    # an engine's detail: app/kinds/grammar.py, Engine._run_async, app/languagetool/{service,client}.py
    "offline": {"en": "offline: grammar not checked", "fr": "hors ligne : grammaire non vérifiée"},
    "no-detail": {"en": "engine unavailable", "fr": "moteur indisponible"},  # an engine that gave no reason
    "no-answer": {"en": "no answer within {seconds} s", "fr": "pas de réponse en {seconds} s"},
    "lt-not-ready": {"en": "LanguageTool not ready", "fr": "LanguageTool n'est pas prêt"},
    "lt-no-language": {
        "en": "LanguageTool here has no '{language}'",
        "fr": "le serveur LanguageTool n'a pas la langue « {language} »",
    },
    "lt-starting": {"en": "starting LanguageTool", "fr": "LanguageTool démarre"},
    "lt-stopped": {"en": "LanguageTool stopped", "fr": "LanguageTool est arrêté"},
    "lt-warming": {"en": "warming up LanguageTool ({code})", "fr": "LanguageTool se prépare ({code})"},
    "lt-probing": {"en": "probing LanguageTool's connections", "fr": "test des connexions à LanguageTool"},
    "lt-exited": {
        "en": "LanguageTool exited (code {code}); restarting",
        "fr": "LanguageTool s'est arrêté (code {code}) ; redémarrage en cours",
    },
    "lt-java": {
        "en": "LanguageTool needs Java {version}+ ({found})",
        "fr": "LanguageTool demande Java {version} ou plus ({found})",
    },
    "lt-not-installed": {
        "en": "LanguageTool {version} is not installed in {folder}: run `sevenfold languagetool install` (or "
        "`make languagetool`)",
        "fr": "LanguageTool {version} n'est pas installé dans {folder} : lancez `sevenfold languagetool install` (ou "
        "`make languagetool`)",
    },
    "lt-connecting": {"en": "connecting to LanguageTool at {url}", "fr": "connexion à LanguageTool sur {url}"},
    "lt-could-not-start": {
        "en": "LanguageTool could not start ({error})",
        "fr": "LanguageTool n'a pas pu démarrer ({error})",
    },
    "lt-failed-start": {"en": "LanguageTool failed to start: {error}", "fr": "LanguageTool n'a pas démarré : {error}"},
    "lt-failed-warm": {
        "en": "LanguageTool failed while warming up: {error}",
        "fr": "LanguageTool a échoué pendant sa préparation : {error}",
    },
    "lt-timeout": {
        "en": "LanguageTool did not answer within {seconds} s",
        "fr": "LanguageTool n'a pas répondu en {seconds} s",
    },
    "lt-unreachable": {"en": "LanguageTool unreachable ({error})", "fr": "LanguageTool injoignable ({error})"},
    # with a detail first: the template without one would read it into {what}
    "lt-status-detail": {
        "en": "LanguageTool answered {status} ({what}): {error}",
        "fr": "LanguageTool a répondu {status} ({what}) : {error}",
    },
    "lt-status": {"en": "LanguageTool answered {status} ({what})", "fr": "LanguageTool a répondu {status} ({what})"},
    "lt-invalid-json": {
        "en": "LanguageTool answered{where} with invalid JSON",
        "fr": "LanguageTool a répondu{where} par un JSON invalide",
    },
    "lt-bad-shape": {
        "en": "LanguageTool answered{where} with an unexpected shape",
        "fr": "LanguageTool a répondu{where} par une réponse de forme inattendue",
    },
    "lt-at": {"en": "LanguageTool at {url}: {error}", "fr": "LanguageTool sur {url} : {error}"},
    # a rule skipped for a draft (app/kinds/patterns.py, app/kinds/phrases.py): the most specific first
    "pattern-over-budget": {"en": "pattern {index} " + _BUDGET["en"], "fr": "le motif {index} " + _BUDGET["fr"]},
    "part-over-budget": {"en": "{what} " + _BUDGET["en"], "fr": "{what} " + _BUDGET["fr"]},
    "over-budget": _BUDGET,
    # a rule that failed on a draft (Engine._run_rules, app/language_pass.py, Engine._sanitise)
    "internal-error": {"en": "internal error ({error})", "fr": "erreur interne ({error})"},
    "span-dropped": {"en": "span outside the text (dropped)", "fr": "passage hors du texte (écarté)"},
}
"""The texts written in English elsewhere that ``localise`` reads back, in the order it tries them."""

VALUES: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "the names list": "la liste de noms",
        "rejected the request": "requête refusée",
        "text too long": "texte trop long",
        "rate limited": "trop de requêtes",
        "check failed or timed out": "vérification échouée ou trop longue",
        "overloaded": "surchargé",
        "error": "erreur",
    },
}
"""A field's value in a language other than English, when it is one of a few fixed words."""

_NUMBER = re.compile(r"\d+\.\d+")
_TRANSLATED = frozenset(language for texts in DETAILS.values() for language in texts) - {DEFAULT_LANGUAGE}
"""The languages ``localise`` writes (English texts are kept as they are)."""


def status_text(key: str, language: str, /, **values: str) -> str:
    """The text ``key`` of ``TURNS`` or ``NOTICES`` in ``language``, its ``{fields}`` filled."""
    return pick_language(TURNS.get(key) or NOTICES[key], language).format(**values)


@cache
def _reader(template: str) -> re.Pattern[str]:
    """The English ``template`` as a pattern: its literal text, each ``{field}`` a named group of any text."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "".join(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.*?)" for i, part in enumerate(parts)), re.DOTALL
    )


def _value(value: str, language: str) -> str:
    base = language.split("-")[0]
    if base == "fr" and _NUMBER.fullmatch(value):
        return value.replace(".", ",")
    return VALUES.get(base, {}).get(value, value)


@lru_cache(maxsize=1024)
def localise(text: str, language: str) -> str:
    """``text``, a status written in English (an engine's detail, a skip's or a rule error's reason), in
    ``language``; kept as it is when ``language`` has no texts or no template reads it."""
    if language not in _TRANSLATED and language.split("-")[0] not in _TRANSLATED:
        return text
    for texts in DETAILS.values():
        found = _reader(texts[DEFAULT_LANGUAGE]).fullmatch(text)
        if found is not None:
            values = {name: _value(value, language) for name, value in found.groupdict().items()}
            return pick_language(texts, language).format(**values)
    return text

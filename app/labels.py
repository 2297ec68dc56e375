"""The CLI's own words in a report's language: the ``text`` format (verdict, turns, severities, notes, counts), a
batch's CSV ``findings`` cell, its SARIF notices and its summary, and the notes on standard error.

Only human text follows the language. What tools read never changes: JSON and SARIF ids, CSV column names, the
verdict codes (``ready``, ``review``, ``blocked``) and severities in JSON and CSV's ``verdict`` column, exit codes.
The English texts are the ones the CLI always printed, byte for byte (tests pin them): a family's English label is
its id. A language with no texts reads English (``pick_language``: ``fr-CA`` reads ``fr``). French follows the
project's typography (a space before ``:`` and ``;``, « » with spaces inside) and agrees counts (``0 ligne``,
``2 lignes``); English keeps its ``row(s)``.

Which language: a report's lines follow that report (``Report.language``); a batch's closing summary and a note about
the whole run follow ``--lang`` (English when ``auto``, ``run_language``); ``check``'s closing note follows its
drafts' language when they share one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.kinds.base import DEFAULT_LANGUAGE, pick_language

TEXTS: Mapping[str, Mapping[str, str]] = {
    # the text format (app.formats.format_text)
    "verdict-ready": {"en": "READY", "fr": "PRÊT"},
    "verdict-review": {"en": "REVIEW", "fr": "À RELIRE"},
    "verdict-blocked": {"en": "BLOCKED", "fr": "BLOQUÉ"},
    "headline": {
        "en": "{verdict}  ·  {weighted}/{limit} characters  ·  language {language}",
        "fr": "{verdict}  ·  {weighted}/{limit} caractères  ·  langue {language}",
    },
    "bytes": {"en": " ({bytes}/{limit} bytes)", "fr": " ({bytes}/{limit} octets)"},
    "unavailable": {"en": "unavailable: {families}", "fr": "indisponible : {families}"},
    "skipped": {"en": "skipped: {rule} ({reason})", "fr": "non appliquée : {rule} ({reason})"},
    "suggestion": {"en": "suggestion:", "fr": "suggestion :"},
    "acknowledged": {"en": "acknowledged:", "fr": "accepté :"},
    "thread": {"en": "proposed thread:", "fr": "fil proposé :"},
    "thread-for": {"en": "proposed thread for {network}:", "fr": "fil proposé pour {network} :"},
    "severity-error": {"en": "error", "fr": "erreur"},
    "severity-warning": {"en": "warning", "fr": "avertissement"},
    "severity-info": {"en": "info", "fr": "info"},
    "family-length": {"en": "length", "fr": "longueur"},
    "family-grammar": {"en": "grammar", "fr": "grammaire"},
    "family-tone": {"en": "tone", "fr": "ton"},
    "family-clarity": {"en": "clarity", "fr": "clarté"},
    "family-risk": {"en": "risk", "fr": "risques"},
    "family-privacy": {"en": "privacy", "fr": "données personnelles"},
    "family-etiquette": {"en": "etiquette", "fr": "savoir-vivre"},
    "counts": {"en": "{errors}, {warnings}, {infos}", "fr": "{errors}, {warnings}, {infos}"},
    # the github and sarif formats, for one finding (app.formats.github_command, app.sarif)
    "github-suggestion": {"en": " Suggestion: {value}", "fr": " Suggestion : {value}"},
    "github-acknowledged": {"en": " Acknowledged: {value}", "fr": " Accepté : {value}"},
    "sarif-fix": {"en": "Replace with '{value}'", "fr": "Remplacer par « {value} »"},
    "sarif-draft": {
        "en": "the draft given on the command line or standard input",
        "fr": "le brouillon donné sur la ligne de commande ou l'entrée standard",
    },
    # a batch's rows (app.batch)
    "finding-cell": {
        "en": "{severity} {rule} at {offset}: {message}",
        "fr": "{severity} {rule} au caractère {offset} : {message}",
    },
    "row-not-checked": {"en": "row {id}: not checked: {reason}", "fr": "ligne {id} : non vérifiée : {reason}"},
    # a batch's summary (app.batch.Summary.lines)
    "summary": {
        "en": "{rows}: {checked} ({counts}), {not_checked}",
        "fr": "{rows} : {checked} ({counts}), {not_checked}",
    },
    "top-rules": {"en": "top rules: {rules}", "fr": "règles les plus fréquentes : {rules}"},
    "family-down": {
        "en": "{family} could not run for {rows}",
        "fr": "le tour « {family} » n'a pas pu s'exécuter pour {rows}",
    },
    "rule-skipped": {
        "en": "{rule} was skipped for {rows}: a pattern ran over its time budget",
        "fr": "{rule} n'a pas été appliquée à {rows} : un motif a dépassé son budget de temps",
    },
    # standard error: the progress bar of a batch (a terminal only), then notes (after "sevenfold: ")
    "progress": {"en": "reviewing", "fr": "vérification"},
    "offline": {"en": "--offline: grammar was not checked", "fr": "--offline : la grammaire n'a pas été vérifiée"},
    "nothing-to-check": {
        "en": "{file}: nothing to check (only front matter or code)",
        "fr": "{file} : rien à vérifier (seulement un en-tête ou du code)",
    },
    "grammar-down": {
        "en": "LanguageTool unavailable ({reason}); grammar is skipped",
        "fr": "LanguageTool indisponible ({reason}) ; la grammaire n'est pas vérifiée",
    },
}
"""Each text by key, per language; ``{fields}`` are filled by ``label``."""

COUNTED: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "rows": {"en": ("{n} row(s)", "{n} row(s)"), "fr": ("{n} ligne", "{n} lignes")},
    "checked": {"en": ("{n} checked", "{n} checked"), "fr": ("{n} vérifiée", "{n} vérifiées")},
    "not-checked": {"en": ("{n} not checked", "{n} not checked"), "fr": ("{n} non vérifiée", "{n} non vérifiées")},
    "ready": {"en": ("{n} ready", "{n} ready"), "fr": ("{n} prête", "{n} prêtes")},
    "review": {"en": ("{n} review", "{n} review"), "fr": ("{n} à relire", "{n} à relire")},
    "blocked": {"en": ("{n} blocked", "{n} blocked"), "fr": ("{n} bloquée", "{n} bloquées")},
    "more-rows": {
        "en": ("… and {n} more row(s) not checked", "… and {n} more row(s) not checked"),
        "fr": ("… et {n} autre ligne non vérifiée", "… et {n} autres lignes non vérifiées"),
    },
    "errors": {"en": ("{n} error(s)", "{n} error(s)"), "fr": ("{n} erreur", "{n} erreurs")},
    "warnings": {"en": ("{n} warning(s)", "{n} warning(s)"), "fr": ("{n} avertissement", "{n} avertissements")},
    "infos": {"en": ("{n} info", "{n} info"), "fr": ("{n} info", "{n} infos")},
}
"""A count and its noun, (one, several) per language: French singular for 0 and 1, plural from 2."""


def label(key: str, language: str, /, **values: object) -> str:
    """The text ``key`` in ``language`` (English when it has none), its ``{fields}`` filled."""
    return pick_language(TEXTS[key], language).format(**values)


def counted(key: str, n: int, language: str) -> str:
    """``n`` with its noun in ``language``: ``2 lignes``, ``1 ligne``, ``2 row(s)``."""
    one, several = _forms(COUNTED[key], language)
    return (one if n < 2 else several).format(n=n)


def _forms(forms: Mapping[str, tuple[str, str]], language: str) -> tuple[str, str]:
    if language in forms:
        return forms[language]
    return forms.get(language.split("-")[0], forms[DEFAULT_LANGUAGE])


def run_language(option: str, languages: Iterable[str] = ()) -> str:
    """The language of a note about a whole run: the drafts' language when they share one, else ``--lang``
    (``option``), English when it is ``auto``."""
    shared = set(languages)
    if len(shared) == 1:
        return shared.pop()
    return DEFAULT_LANGUAGE if option == "auto" else option

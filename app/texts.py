"""Sevenfold's own words in a report's language: the one catalogue of the human texts the code writes itself,
and its one lookup, ``label(key, language, **values)``.

Every text is a key with its English and French (``{fields}`` filled by ``label``); ``TEXTS`` holds them all. They
come in four groups, kept apart only to say who writes them:

- ``CLI``: the CLI's words — the ``text`` format (verdict, turns, severities, notes, counts), the ``github`` and
  SARIF human texts, a batch's CSV ``findings`` cell, its summary and the notes on standard error;
- ``TURNS``: a turn's reason, as the engine writes it (``Engine._turns``), keys ``turn-…``;
- ``NOTICES``: a SARIF log's notices about a report (``app.sarif.subject_notices``), keys ``notice-…``;
- ``DETAILS``: texts written in English where the draft's language is not known (LanguageTool's service, whose
  texts also go to ``/readyz`` and the logs; a pattern's time budget; a crashed rule; why a batch row was not
  checked: an empty draft, bad UTF-8 or JSON, a CSV row of the wrong width, an unknown language). ``localise``
  reads such a text back with the English templates (each ``{field}`` matches any text, the templates tried in
  their order) and writes it with the same fields in another language; a field's value is translated too when
  ``VALUES`` knows it. A text no template reads (an exception's own words, LanguageTool's output) is kept as it is.

Counts agree with their noun (``COUNTED``, ``counted``: ``0 ligne``, ``2 lignes``; English keeps its ``row(s)``).

Only human text follows the language. What tools read never changes: JSON and SARIF ids, CSV column names, the
verdict codes (``ready``, ``review``, ``blocked``) and severities in JSON and CSV's ``verdict`` column, a report's
``unavailable``, ``family``, ``rule`` and ``status`` codes, a batch's JSONL ``error``, exit codes. The English
texts are the ones Sevenfold always wrote, byte for byte (tests and golden reports pin them): a family's English
label is its id. A language with no texts reads English (``pick_language``: ``fr-CA`` reads ``fr``). French
follows the project's typography (a space before ``:`` and ``;``, « » with spaces inside).

Which language: a report's lines and statuses follow that report (``Report.language``); why a batch row was not
checked, in a CSV's ``error`` cell, that row's language (``--lang`` for a row without one, English when ``auto``);
a batch's closing summary (its lines on the rows not checked too), its SARIF notices and a note about the whole run
follow ``--lang`` (English when ``auto``, ``run_language``); ``check``'s closing note follows its drafts' language
when they share one.

One Python module, no data file: the texts are read on every report, so they load with the code (no file to find,
parse or ship beside the package) and mypy and the tests see their shape; a data file would only put them one step
away from the two functions that read them (``label`` and ``localise``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache, lru_cache

from app.kinds.base import DEFAULT_LANGUAGE, pick_language

CLI: Mapping[str, Mapping[str, str]] = {
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
    # localise's joints: a validation error's count of the others, and the colon between a place and its reason
    # answers with an example JSON object (app/api/errors.py, app/api/routes.py): said by key, not read back
    "body-not-object": {
        "en": "the body must be a JSON object sent with 'content-type: application/json', "
        'e.g. {{"text": "your draft", "language": "auto"}}',
        "fr": "le corps doit être un objet JSON envoyé avec « content-type: application/json », "
        'par exemple {{"text": "votre brouillon", "language": "auto"}}',
    },
    "batch-body-not-object": {
        "en": "the body must be a JSON object sent with 'content-type: application/json', "
        'e.g. {{"items": [{{"id": "1", "text": "your draft"}}]}}',
        "fr": "le corps doit être un objet JSON envoyé avec « content-type: application/json », "
        'par exemple {{"items": [{{"id": "1", "text": "votre brouillon"}}]}}',
    },
    "item-not-object": {
        "en": 'an item must be a JSON object such as {{"id": "1", "text": "your draft"}}',
        "fr": 'un élément doit être un objet JSON comme {{"id": "1", "text": "votre brouillon"}}',
    },
    # sevenfold policy check (app/cli/commands/policy.py)
    "no-policy-here": {
        "en": "no sevenfold.yml here or in any folder above (create one with 'sevenfold init')",
        "fr": "aucun sevenfold.yml ici ni dans un dossier parent (créez-en un avec « sevenfold init »)",
    },
    "policy-valid": {
        "en": "{path}: valid ({rules} rule(s) enabled, fail_on {fail_on}, {accepted} accepted and {rejected} rejected "
        "word(s))",
        "fr": "{path} : valide ({rules} règle(s) activée(s), fail_on {fail_on}, {accepted} mot(s) accepté(s) et "
        "{rejected} refusé(s))",
    },
    "rule-cases-hold": {
        "en": "{path}: the {cases} case(s) of its own rules hold",
        "fr": "{path} : les {cases} cas de ses propres règles tiennent",
    },
    "see-help": {"en": "(see '{command} --help')", "fr": "(voir « {command} --help »)"},
    "and-more": {"en": " (and {more})", "fr": " (et {more})"},
    "reason-separator": {"en": ": ", "fr": " : "},
    "reasons-separator": {"en": "; ", "fr": " ; "},  # between the keys of a policy said wrong (PolicyError.others)
    "not-judged": {
        "en": "not judged: no rules for language '{language}' ({families}: only the checks that need no language); "
        "the verdict covers those checks only",
        "fr": "non jugé : aucune règle pour la langue « {language} » ({families} : seulement les vérifications qui "
        "ne dépendent pas de la langue) ; le verdict ne porte que sur elles",
    },
    "messages-in-english": {  # after "not-judged" where Sevenfold has no texts in the language either (a CSV cell)
        "en": "messages in English (Sevenfold has no texts in '{language}')",
        "fr": "messages en anglais (Sevenfold n'a pas de textes en « {language} »)",
    },
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
    # where that row starts in a CSV read from standard input (a file's is said FILE:LINE)
    "row-line-stdin": {"en": "line {line} of standard input", "fr": "ligne {line} de l'entrée standard"},
    "hint-not-utf8": {
        "en": "{rows} not in UTF-8: a spreadsheet saved as plain CSV is often Windows-1252; save it as "
        "'CSV UTF-8' or give --encoding cp1252",
        "fr": "{rows} hors UTF-8 : un tableur enregistré en CSV simple écrit souvent en Windows-1252 ; "
        "enregistrez-le en « CSV UTF-8 » ou donnez --encoding cp1252",
    },
    # a batch's summary (app.batch.Summary.lines)
    "summary": {
        "en": "{rows}: {checked} ({counts}), {not_checked}",
        "fr": "{rows} : {checked} ({counts}), {not_checked}",
    },
    "top-rules": {"en": "top rules: {rules}", "fr": "règles les plus fréquentes : {rules}"},
    "rows-not-judged": {
        "en": "{rows} in a language Sevenfold has no rules for ({languages}): only the checks that need no "
        "language ran; their verdicts cover those checks only",
        "fr": "{rows} dans une langue pour laquelle Sevenfold n'a pas de règles ({languages}) : seules les "
        "vérifications qui ne dépendent pas de la langue ont tourné ; leur verdict ne porte que sur elles",
    },
    "family-down": {
        "en": "{family} could not run for {rows}",
        "fr": "le tour « {family} » n'a pas pu s'exécuter pour {rows}",
    },
    "rule-skipped": {
        "en": "{rule} was skipped for {rows}: a pattern ran over its time budget",
        "fr": "{rule} n'a pas été appliquée à {rows} : un motif a dépassé son budget de temps",
    },
    # an audit's summary on standard error (app.cli.commands.audit, in --ui's language)
    "audit-posts": {"en": "{posts} ({counts}), {not_reviewed}", "fr": "{posts} ({counts}), {not_reviewed}"},
    "posts-not-judged": {
        "en": "{posts} in a language Sevenfold has no rules for ({languages}): only the checks that need no "
        "language ran; their verdicts cover those checks only",
        "fr": "{posts} dans une langue pour laquelle Sevenfold n'a pas de règles ({languages}) : seules les "
        "vérifications qui ne dépendent pas de la langue ont tourné ; leur verdict ne porte que sur elles",
    },
    "audit-skipped": {"en": "skipped: {reasons}", "fr": "ignorées : {reasons}"},
    "audit-problem": {
        "en": "could not read all of the archive: {problem}",
        "fr": "l'archive n'a pas pu être lue en entier : {problem}",
    },
    "audit-post-not-reviewed": {
        "en": "post {id}: not reviewed: {reason}",
        "fr": "publication {id} : non relue : {reason}",
    },
    "audit-interrupted-early": {
        "en": "interrupted before any post was reviewed: nothing to resume, run the same command again",
        "fr": "interrompu avant qu'aucun message ne soit vérifié : rien à reprendre, relancez la même commande",
    },
    "audit-interrupted": {
        "en": "interrupted after {posts}; {checkpoint} keeps them: run the same command with --resume to continue",
        "fr": "interrompu après {posts} ; {checkpoint} les garde : relancez la même commande avec --resume pour "
        "continuer",
    },
    "wrote": {"en": "wrote {path}", "fr": "écrit : {path}"},
    "archive-at": {"en": "{source}: {reason} at {position}", "fr": "{source} : {reason}, {position}"},
    # standard error: the progress bar of a batch (a terminal only), then notes (after "sevenfold: ")
    "progress": {"en": "reviewing", "fr": "vérification"},
    "offline": {"en": "--offline: grammar was not checked", "fr": "--offline : la grammaire n'a pas été vérifiée"},
    "offline-env": {
        "en": "SEVENFOLD_OFFLINE: grammar was not checked",
        "fr": "SEVENFOLD_OFFLINE : la grammaire n'a pas été vérifiée",
    },
    "nothing-to-check": {
        "en": "{file}: nothing to check (only front matter or code)",
        "fr": "{file} : rien à vérifier (seulement un en-tête ou du code)",
    },
    "grammar-down": {
        "en": "LanguageTool unavailable ({reason}); grammar is skipped",
        "fr": "LanguageTool indisponible ({reason}) ; la grammaire n'est pas vérifiée",
    },
    "draft-too-big": {
        "en": "{source}: {size} KB, over the limit of {limit} KB for one draft (SEVENFOLD_MAX_BODY_BYTES): split it, "
        "or give one post a row to 'sevenfold batch'",
        "fr": "{source} : {size} Ko, au-delà de la limite de {limit} Ko pour un brouillon (SEVENFOLD_MAX_BODY_BYTES) : "
        "découpez-le, ou donnez un message par ligne à « sevenfold batch »",
    },
    "pool-restarted": {
        "en": "a worker process stopped abruptly (killed, or out of memory): new workers reviewed its drafts again "
        "({times})",
        "fr": "un processus de travail s'est arrêté brutalement (tué, ou à court de mémoire) : de nouveaux processus "
        "ont repris ses brouillons ({times})",
    },
}
"""The CLI's words (``app.formats``, ``app.sarif``, ``app.batch``, ``app.cli``)."""

TURNS: Mapping[str, Mapping[str, str]] = {
    "turn-turned-off": {"en": "turned off by policy", "fr": "désactivé par la politique"},
    "turn-unavailable": {"en": "engine unavailable: {detail}", "fr": "moteur indisponible : {detail}"},
    "turn-no-rules": {"en": "no rules enabled for this turn", "fr": "aucune règle activée pour ce tour"},
    "turn-no-language": {
        "en": "no rules for language '{language}'",
        "fr": "aucune règle pour la langue « {language} »",
    },
    "turn-rules-failed": {"en": "some rules failed to run", "fr": "certaines règles n'ont pas pu s'exécuter"},
    "turn-partly": {"en": "partly checked", "fr": "vérifié en partie"},
    "turn-not-judged": {
        "en": "partly checked: no rules for language '{language}', only the checks that need no language ran",
        "fr": "vérifié en partie : aucune règle pour la langue « {language} », seules les vérifications qui ne "
        "dépendent pas de la langue ont tourné",
    },
    "turn-rule-skipped": {"en": "{rule} skipped: {reason}", "fr": "{rule} non appliquée : {reason}"},
}
"""A turn's reason, as the engine writes it (``Engine._turns``)."""

NOTICES: Mapping[str, Mapping[str, str]] = {
    "notice-not-judged": {
        "en": "Sevenfold has no rules for language '{language}': {families} ran only the checks that need no "
        "language; the verdict covers those checks only.",
        "fr": "Sevenfold n'a pas de règles pour la langue « {language} » : {families} n'ont fait que les "
        "vérifications qui ne dépendent pas de la langue ; le verdict ne porte que sur elles.",
    },
    "notice-turn-down": {
        "en": "The {family} turn could not run; its findings are missing.",
        "fr": "Le tour « {family} » n'a pas pu s'exécuter : ses constats manquent.",
    },
    "notice-turn-down-languages": {  # a run of drafts in several languages: said once, naming them
        "en": "The {family} turn could not run (drafts in {languages}); its findings are missing.",
        "fr": "Le tour « {family} » n'a pas pu s'exécuter (langues des brouillons : {languages}) : ses constats "
        "manquent.",
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
    "engine-offline": {"en": "offline: grammar not checked", "fr": "hors ligne : grammaire non vérifiée"},
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
    # a rule that failed on a draft (Engine._run_rules, app/language_pass.py, Engine._sanitise); a batch row too
    "internal-error": {"en": "internal error ({error})", "fr": "erreur interne ({error})"},
    "span-dropped": {"en": "span outside the text (dropped)", "fr": "passage hors du texte (écarté)"},
    # a batch row that cannot be checked (app/batch.py; app.engine.check_text; app.text.language)
    "draft-empty": {
        "en": "the draft is empty: write something to check",
        "fr": "le brouillon est vide : écrivez quelque chose à vérifier",
    },
    "draft-invisible-only": {
        "en": "the draft is empty: it holds only invisible characters ({codes}): write something to check",
        "fr": "le brouillon est vide : il ne contient que des caractères invisibles ({codes}) : écrivez quelque chose "
        "à vérifier",
    },
    "draft-surrogate": {
        "en": "the draft holds a lone surrogate (invalid Unicode) at character {index}",
        "fr": "le brouillon contient un code de substitution isolé (Unicode invalide) au caractère {index}",
    },
    "unknown-language": {
        "en": "unknown language {code}: use 'auto' or an ISO 639-1 code such as 'en', 'fr' or 'en-GB'",
        "fr": "langue inconnue {code} : utilisez « auto » ou un code ISO 639-1 comme « en », « fr » ou « en-GB »",
    },
    "row-blank-line": {"en": "a blank line: no draft on it", "fr": "une ligne vide : aucun brouillon"},
    "unknown-region": {
        "en": "unknown region '{region}' in {code}: use '{base}' or a language with its region such as 'en-GB' or "
        "'fr-CA'",
        "fr": "région inconnue « {region} » dans {code} : utilisez « {base} » ou une langue avec sa région comme "
        "« en-GB » ou « fr-CA »",
    },
    "row-unreadable-csv": {"en": "unreadable CSV ({error})", "fr": "CSV illisible ({error})"},
    "row-fields": {
        "en": "the row has {cells} field(s), the header {width}",
        "fr": "nombre de champs : {cells} dans la ligne, {width} dans l'en-tête",
    },
    "row-unclosed-quote": {
        "en": "a quote opened on line {line} is never closed: the rest of the file, to line {end}, was read as one "
        "cell",
        "fr": "un guillemet ouvert ligne {line} n'est jamais fermé : la suite du fichier, jusqu'à la ligne {end}, a "
        "été lue comme une seule cellule",
    },
    "row-too-big": {
        "en": "{size} KB, over the limit of {limit} KB for one draft (SEVENFOLD_MAX_BODY_BYTES)",
        "fr": "{size} Ko, au-delà de la limite de {limit} Ko pour un brouillon (SEVENFOLD_MAX_BODY_BYTES)",
    },
    "row-unclosed-quote-end": {
        "en": "a quote opened on line {line} is never closed (the file ends inside it)",
        "fr": "un guillemet ouvert ligne {line} n'est jamais fermé (le fichier se termine à l'intérieur)",
    },
    # why 'check' or 'batch' cannot start (app/cli/inputs.py, app/files.py, app/batch.py, app/policy.py), in --lang's
    # language as their summaries (English when it is 'auto'); the most specific template first
    "no-such-post-file": {
        "en": "{name}: no such file (the post given as @FILE)",
        "fr": "{name} : fichier introuvable (le message donné avec @FICHIER)",
    },
    "no-such-policy": {"en": "{path}: no such policy file", "fr": "{path} : fichier de politique introuvable"},
    "policy-is-folder": {
        "en": "{path}: is a directory, not a policy file",
        "fr": "{path} : c'est un dossier, pas un fichier de politique",
    },
    "policy-not-yaml-at": {
        "en": "{path}: not valid YAML at line {line}, column {column}",
        "fr": "{path} : YAML non valide, ligne {line}, colonne {column}",
    },
    "policy-not-yaml": {"en": "{path}: not valid YAML", "fr": "{path} : YAML non valide"},
    "policy-not-mapping": {
        "en": "{path}: the file must hold a mapping of keys to values",
        "fr": "{path} : le fichier doit contenir des clés et leurs valeurs",
    },
    "no-such-file": {"en": "{path}: no such file", "fr": "{path} : fichier introuvable"},
    "folder-of-drafts": {
        "en": "{path}: is a directory, not a file: name its drafts, e.g. {pattern}",
        "fr": "{path} : c'est un dossier, pas un fichier : nommez ses brouillons, par exemple {pattern}",
    },
    "a-folder": {"en": "{path}: is a directory, not a file", "fr": "{path} : c'est un dossier, pas un fichier"},
    "file-not-utf8": {
        "en": "{path}: not valid UTF-8 (byte {byte} at position {position})",
        "fr": "{path} : ce n'est pas de l'UTF-8 valide (octet {byte} à la position {position})",
    },
    "no-draft": {
        "en": "no draft: give TEXT, files, --file PATH, or pipe it on standard input",
        "fr": "aucun brouillon : donnez TEXTE, des fichiers, --file CHEMIN, ou envoyez-le sur l'entrée standard",
    },
    "text-or-file": {
        "en": "give the draft as TEXT or with --file, not both",
        "fr": "donnez le brouillon en TEXTE ou avec --file, pas les deux",
    },
    "csv-empty": {
        "en": "the CSV file is empty: no header line",
        "fr": "le fichier CSV est vide : pas de ligne d'en-tête",
    },
    "csv-no-text-column": {
        "en": "no text column (tried {tried}); the columns are: {columns}; choose one with --column NAME",
        "fr": "pas de colonne de texte (essayées : {tried}) ; les colonnes sont : {columns} ; choisissez-en une avec "
        "--column NOM",
    },
    "csv-not-text": {
        "en": "the first line is not UTF-8 text: give a CSV or JSONL file (not a spreadsheet's .xlsx), or its "
        "encoding with --encoding (e.g. cp1252)",
        "fr": "la première ligne n'est pas du texte UTF-8 : donnez un fichier CSV ou JSONL (pas le .xlsx d'un "
        "tableur), ou son encodage avec --encoding (par exemple cp1252)",
    },
    "batch-not-in-encoding": {
        "en": "not text in {encoding} ({error}): give the file's encoding with --encoding (e.g. utf-8, cp1252)",
        "fr": "pas du texte en {encoding} ({error}) : donnez l'encodage du fichier avec --encoding (par exemple "
        "utf-8, cp1252)",
    },
    "csv-no-column": {
        "en": "no column {name}; the columns are: {columns}",
        "fr": "pas de colonne {name} ; les colonnes sont : {columns}",
    },
    "jobs-zero-or-more": {
        "en": "--jobs must be 0 (the CPU count) or more",
        "fr": "--jobs doit valoir 0 (le nombre de processeurs) ou plus",
    },
    "concurrency-at-least-one": {
        "en": "--concurrency must be at least 1",
        "fr": "--concurrency doit valoir au moins 1",
    },
    # the API's 413 and 422 answers (app/api/limits.py, app/api/errors.py): pydantic's and our own words, in the
    # language of the draft, or of the interface that sent it (Accept-Language) when the draft's is 'auto'
    "api-rules-lang": {
        "en": "unknown language {lang} for the rule descriptions: use one of {known}",
        "fr": "langue inconnue {lang} pour les descriptions des règles : utilisez l'une de {known}",
    },
    "api-rules-lang-twice": {
        "en": "lang={lang} and language={language} disagree: give one of them",
        "fr": "lang={lang} et language={language} se contredisent : n'en donnez qu'un",
    },
    "api-unknown-query": {
        "en": "unknown query parameter {name}: the parameters are {known}",
        "fr": "paramètre de requête inconnu {name} : les paramètres sont {known}",
    },
    "api-unknown-rule": {
        "en": "unknown rule {rule}: GET /v1/rules lists the rule ids",
        "fr": "règle inconnue {rule} : GET /v1/rules donne les identifiants des règles",
    },
    "http-not-found": {"en": "Not Found", "fr": "Introuvable"},
    "http-method-not-allowed": {"en": "Method Not Allowed", "fr": "Méthode non admise"},
    "body-too-large": {
        "en": "request body over the limit of {limit} bytes",
        "fr": "corps de la requête au-delà de la limite de {limit} octets",
    },
    "too-long": {
        "en": "String should have at most {limit} characters",
        "fr": "le texte doit faire au plus {limit} caractères",
    },
    "not-a-string": {"en": "Input should be a valid string", "fr": "la valeur doit être une chaîne de caractères"},
    "not-a-dict": {"en": "Input should be a valid dictionary", "fr": "la valeur doit être un objet JSON"},
    "not-a-list": {"en": "Input should be a valid list", "fr": "la valeur doit être une liste"},
    "not-an-object": {"en": "Input should be a JSON object", "fr": "la valeur doit être un objet JSON"},
    "extra-key": {"en": "Extra inputs are not permitted", "fr": "clé inconnue : elle n'est pas admise ici"},
    "required": {"en": "Field required", "fr": "champ obligatoire"},
    # the subcommands' one-line exit-2 reasons written in English (app/cli/…), said again in the CLI's language by
    # app.cli.main (parser.cli_language)
    "cli-ack-form": {
        "en": '--ack {value}: use --ack RULE_ID="reason"',
        "fr": '--ack {value} : écrivez --ack ID_DE_RÈGLE="raison"',
    },
    "cli-unknown-encoding": {
        "en": "--encoding: unknown encoding {name} (e.g. utf-8, cp1252, latin-1)",
        "fr": "--encoding : encodage inconnu {name} (par exemple utf-8, cp1252, latin-1)",
    },
    "cli-cluster-grammar": {
        "en": "--grammar on a cluster needs SEVENFOLD_LANGUAGETOOL_URL, a LanguageTool the workers reach",
        "fr": "--grammar sur une grappe demande SEVENFOLD_LANGUAGETOOL_URL, un LanguageTool que les workers atteignent",
    },
    "cli-rules-show-none": {
        "en": "rules show: name a rule id (see `sevenfold rules`)",
        "fr": "rules show : nommez l'identifiant d'une règle (voir `sevenfold rules`)",
    },
    "cli-rules-show-unknown-close": {
        "en": "rules show: unknown rule {rule}; did you mean {close}?",
        "fr": "rules show : règle inconnue {rule} ; vouliez-vous dire {close} ?",
    },
    "cli-rules-show-unknown": {
        "en": "rules show: unknown rule {rule}; see `sevenfold rules`",
        "fr": "rules show : règle inconnue {rule} ; voir `sevenfold rules`",
    },
    "cli-rules-lang": {
        "en": "--lang {value}: the rule descriptions are in {known}",
        "fr": "--lang {value} : les descriptions des règles sont en {known}",
    },
    "cli-workers-need-lt": {
        "en": "--workers {n} needs --offline or SEVENFOLD_LANGUAGETOOL_URL (one LanguageTool the workers share, e.g. "
        "from 'sevenfold languagetool start'); otherwise each worker would start its own",
        "fr": "--workers {n} demande --offline ou SEVENFOLD_LANGUAGETOOL_URL (un LanguageTool partagé par les workers, "
        "par exemple celui de « sevenfold languagetool start ») ; sinon chaque worker lancerait le sien",
    },
    "cli-cannot-listen-busy": {
        "en": "cannot listen on {address}: {reason} (another server? choose one with --port)",
        "fr": "impossible d'écouter sur {address} : {reason} (un autre serveur ? choisissez-en un avec --port)",
    },
    "cli-cannot-listen": {
        "en": "cannot listen on {address}: {reason}",
        "fr": "impossible d'écouter sur {address} : {reason}",
    },
    "cli-not-whole-number": {
        "en": "argument {arg}: not a whole number: {value}",
        "fr": "argument {arg} : ce n'est pas un nombre entier : {value}",
    },
    "cli-at-least-one-got": {
        "en": "argument {arg}: must be at least 1, got {n}",
        "fr": "argument {arg} : doit valoir au moins 1 ({n} donné)",
    },
    # argparse's own words (app/cli/parser.py), when the command line asks for French
    "arg-no-command": {
        "en": "{options}: name a subcommand first ({names}), e.g. sevenfold check {again} …",
        "fr": "{options} : nommez d'abord une sous-commande ({names}), par exemple sevenfold check {again} …",
    },
    "arg-before-command": {
        "en": "{options}: options go after the subcommand: sevenfold {command} {again} …",
        "fr": "{options} : les options se placent après la sous-commande : sevenfold {command} {again} …",
    },
    "arg-invalid-choice": {
        "en": "argument {arg}: invalid choice: {value} (choose from {choices})",
        "fr": "argument {arg} : choix non valide : {value} (choix possibles : {choices})",
    },
    "arg-unrecognized": {"en": "unrecognized arguments: {args}", "fr": "arguments non reconnus : {args}"},
    "arg-required": {
        "en": "the following arguments are required: {args}",
        "fr": "arguments obligatoires manquants : {args}",
    },
    "arg-expected-one": {
        "en": "argument {arg}: expected one argument",
        "fr": "argument {arg} : une valeur est attendue",
    },
    "arg-invalid-value": {
        "en": "argument {arg}: invalid {kind} value: {value}",
        "fr": "argument {arg} : valeur non valide ({kind}) : {value}",
    },
    "arg-not-allowed-with": {
        "en": "argument {arg}: not allowed with argument {other}",
        "fr": "argument {arg} : incompatible avec l'argument {other}",
    },
    "body-not-utf8": {
        "en": "the body is not UTF-8 (byte {byte} at position {position}): send the JSON encoded in UTF-8",
        "fr": "le corps n'est pas en UTF-8 (octet {byte} à la position {position}) : envoyez le JSON encodé en UTF-8",
    },
    "body-nul": {
        "en": "the body holds a NUL byte at position {position}: send the JSON as text, encoded in UTF-8",
        "fr": "le corps contient un octet NUL à la position {position} : envoyez le JSON sous forme de texte, "
        "encodé en UTF-8",
    },
    "body-unparsed": {
        "en": "the body could not be read as JSON (nested too deeply?)",
        "fr": "le corps n'a pas pu être lu comme du JSON (trop d'imbrications ?)",
    },
    "body-not-json": {
        "en": "the body is not valid JSON ({error}) at character {position}",
        "fr": "le corps n'est pas du JSON valide ({error}), caractère {position}",
    },
    "batch-too-many": {
        "en": "at most {limit} items per batch (got {n})",
        "fr": "au plus {limit} éléments par lot (reçu : {n})",
    },
    "list-too-short": {
        "en": "List should have at least {n} item after validation, not {m}",
        "fr": "la liste doit contenir au moins {n} élément (reçu : {m})",
    },
    "at-least-pydantic": {
        "en": "Input should be greater than or equal to {n}",
        "fr": "la valeur doit être supérieure ou égale à {n}",
    },
    "at-most-pydantic": {
        "en": "Input should be less than or equal to {n}",
        "fr": "la valeur doit être inférieure ou égale à {n}",
    },
    "not-an-int-pydantic": {
        "en": "Input should be a valid integer, unable to parse string as an integer",
        "fr": "la valeur doit être un nombre entier",
    },
    "not-a-bool-pydantic": {
        "en": "Input should be a valid boolean, unable to interpret input",
        "fr": "la valeur doit être true ou false",
    },
    # a policy's own checks (app/policy.py, app/engine.py)
    "policy-file-only": {
        "en": "only allowed in a policy file (it names folders to read)",
        "fr": "admis seulement dans un fichier de politique (cette clé nomme des dossiers à lire)",
    },
    "policy-file-only-file": {
        "en": "only allowed in a policy file (it names a file to read)",
        "fr": "admis seulement dans un fichier de politique (cette clé nomme un fichier à lire)",
    },
    "policy-no-such-rule": {
        "en": "no such rule (see `sevenfold rules` or GET /v1/rules)",
        "fr": "cette règle n'existe pas (voir `sevenfold rules` ou GET /v1/rules)",
    },
    "policy-no-such-rule-close": {  # a misspelt id: the nearest ids (app.engine._nearest_rules)
        "en": "no such rule; did you mean {close}? (see `sevenfold rules` or GET /v1/rules)",
        "fr": "cette règle n'existe pas ; vouliez-vous dire {close} ? (voir `sevenfold rules` ou GET /v1/rules)",
    },
    "policy-exists": {
        "en": "already exists (use --force to overwrite)",
        "fr": "existe déjà (--force pour l'écraser)",
    },
    "policy-no-rule-to-ack": {
        "en": "no such rule to acknowledge (see `sevenfold rules` or GET /v1/rules)",
        "fr": "aucune règle de ce nom à accepter (voir `sevenfold rules` ou GET /v1/rules)",
    },
    "policy-no-rule-to-ack-flag": {
        "en": "no such rule to acknowledge (see `sevenfold rules`)",
        "fr": "aucune règle de ce nom à accepter (voir `sevenfold rules`)",
    },
    "policy-no-rule-to-ack-close": {
        "en": "no such rule to acknowledge; did you mean {close}? (see `sevenfold rules` or GET /v1/rules)",
        "fr": "aucune règle de ce nom à accepter ; vouliez-vous dire {close} ? (voir `sevenfold rules` ou GET "
        "/v1/rules)",
    },
    "policy-no-rule-to-ack-flag-close": {
        "en": "no such rule to acknowledge; did you mean {close}? (see `sevenfold rules`)",
        "fr": "aucune règle de ce nom à accepter ; vouliez-vous dire {close} ? (voir `sevenfold rules`)",
    },
    "policy-variant-of": {
        "en": "{variant} is not a variant of {base}",
        "fr": "{variant} n'est pas une variante de {base}",
    },
    # what a policy file names beside it (app/policy.py resolve_policy_files): term lists, vocabularies, rule folders
    "policy-named-file-missing": {"en": "no such file: {path}", "fr": "fichier introuvable : {path}"},
    "policy-named-folder-missing": {"en": "no such folder: {path}", "fr": "dossier introuvable : {path}"},
    "policy-named-unreadable": {"en": "cannot read {path} ({error})", "fr": "lecture impossible : {path} ({error})"},
    "policy-vocabulary-empty": {
        "en": "{path} holds neither accept.txt nor reject.txt",
        "fr": "{path} ne contient ni accept.txt ni reject.txt",
    },
    "policy-term-file-shape": {
        "en": "{path} must hold a list of terms (strings or {{term, replacement, message}})",
        "fr": "{path} doit contenir une liste de termes (des chaînes ou des {{term, replacement, message}})",
    },
    "policy-network-limit": {
        "en": "the limit for {name} must be between 1 and 100000",
        "fr": "la limite de {name} doit être comprise entre 1 et 100000",
    },
    "policy-terms-needed": {
        "en": "give 'terms' (a list) or 'file' (a term list beside the policy file) with at least one term",
        "fr": "donnez « terms » (une liste) ou « file » (une liste de termes à côté du fichier de politique) avec au "
        "moins un terme",
    },
    "no-network": {
        "en": "name at least one network (known: {known})",
        "fr": "nommez au moins un réseau (connus : {known})",
    },
    "network-and-networks": {
        "en": "'network' says {network} and 'networks' says {networks}: give one of them",
        "fr": "« network » dit {network} et « networks » dit {networks} : donnez l'un des deux",
    },
    "unknown-network": {
        "en": "unknown network '{name}' (known: {known})",
        "fr": "réseau inconnu « {name} » (connus : {known})",
    },
    # an archive the audit cannot read (app/audit/archive.py), as the form at /audit says it
    "archive-unknown-format": {
        "en": "{name}: unknown format (expected an X/Twitter archive (.zip with data/tweets.js), a Mastodon archive "
        "(.zip or folder with outbox.json) or a Bluesky repository export (.car))",
        "fr": "{name} : format inconnu (attendu : une archive X/Twitter (.zip avec data/tweets.js), une archive "
        "Mastodon (.zip ou dossier avec outbox.json) ou un export de dépôt Bluesky (.car))",
    },
    "audit-no-such-job": {
        "en": "no such audit (finished audits are kept for a while only)",
        "fr": "cet audit n'existe pas (les audits terminés ne sont gardés qu'un temps)",
    },
    "audit-no-report": {
        "en": "no report for this audit (not finished, or no longer kept)",
        "fr": "pas de rapport pour cet audit (pas encore terminé, ou plus gardé)",
    },
    "archive-empty-upload": {
        "en": "the upload is empty: send the archive file as the request body",
        "fr": "l'envoi est vide : envoyez le fichier d'archive comme corps de la requête",
    },
    "archive-upload-form": {
        "en": "the archive came as a form (multipart/form-data): send the file itself as the request body, e.g. curl "
        "--data-binary @archive.zip",
        "fr": "l'archive est arrivée comme un formulaire (multipart/form-data) : envoyez le fichier lui-même comme "
        "corps de la requête, par exemple curl --data-binary @archive.zip",
    },
    "archive-not-found": {"en": "{path}: no such file or folder", "fr": "{path} : fichier ou dossier introuvable"},
    "archive-file-empty": {
        "en": "{name}: the file is empty ({expected})",
        "fr": "{name} : le fichier est vide ({expected})",
    },
    "archive-not-zip": {
        "en": "{name}: not a valid zip file ({expected})",
        "fr": "{name} : ce n'est pas un fichier zip valide ({expected})",
    },
    "archive-zip-without": {
        "en": "{name}: a zip without data/tweets.js nor outbox.json ({expected})",
        "fr": "{name} : un zip sans data/tweets.js ni outbox.json ({expected})",
    },
    "archive-folder-without": {
        "en": "{path}: no data/tweets.js nor outbox.json in this folder ({expected})",
        "fr": "{path} : ni data/tweets.js ni outbox.json dans ce dossier ({expected})",
    },
    "archive-cannot-read": {"en": "{name}: cannot read ({error})", "fr": "{name} : lecture impossible ({error})"},
    "archive-zip-bomb": {
        "en": "{where}: more data than the archive declares: refused as a zip bomb",
        "fr": "{where} : plus de données que l'archive n'en déclare : refusée comme bombe zip",
    },
    "archive-malformed": {"en": "malformed JSON ({error})", "fr": "JSON mal formé ({error})"},
    "archive-malformed-skipped": {  # the next items were read (app.audit.jsonstream._next_item)
        "en": "an item skipped, malformed JSON ({error})",
        "fr": "un élément sauté, JSON mal formé ({error})",
    },
    "archive-not-utf8": {
        "en": "{source}: not valid UTF-8 ({expected})",
        "fr": "{source} : ce n'est pas de l'UTF-8 valide ({expected})",
    },
    "archive-not-wide": {  # an archive's JSON in UTF-16 or UTF-32 (app.files.wide_codec) with bytes it cannot read
        "en": "{source}: not valid UTF-{bits} ({expected})",
        "fr": "{source} : ce n'est pas de l'UTF-{bits} valide ({expected})",
    },
    "archive-bad-wide": {"en": "not valid UTF-{bits}", "fr": "UTF-{bits} non valide"},
    "archive-wrong-json": {
        "en": "{source}: not the expected JSON ({expected})",
        "fr": "{source} : ce n'est pas le JSON attendu ({expected})",
    },
    "archive-truncated": {"en": "the file ends {where} (truncated)", "fr": "le fichier s'arrête {where} (tronqué)"},
    # why an archive's entry was skipped (app/audit/posts.py: the field and what it holds; the kinds in VALUES)
    "audit-skip-not-text": {"en": "'{field}' is {kind}, not text", "fr": "« {field} » contient {kind}, pas du texte"},
    "audit-skip-not-id": {
        "en": "'{field}' is {kind}, not an id",
        "fr": "« {field} » contient {kind}, pas un identifiant",
    },
    "audit-skip-missing": {"en": "no '{field}'", "fr": "sans « {field} »"},
    "audit-skip-not-tweet": {"en": "not a tweet ({kind})", "fr": "pas un tweet ({kind})"},
    "audit-skip-not-activity": {"en": "not an activity ({kind})", "fr": "pas une activité ({kind})"},
    "init-wrote": {
        "en": "wrote {path}; check it with 'sevenfold policy check'",
        "fr": "{path} écrit ; vérifiez-le avec « sevenfold policy check --lang fr »",
    },
    "cannot-write": {"en": "{path}: cannot write ({error})", "fr": "{path} : écriture impossible ({error})"},
    "jobs-at-least-one": {"en": "--jobs must be at least 1", "fr": "--jobs doit valoir au moins 1"},
    "grammar-needs-lt": {
        "en": "--grammar needs LanguageTool: drop --offline (or SEVENFOLD_OFFLINE)",
        "fr": "--grammar demande LanguageTool : retirez --offline (ou SEVENFOLD_OFFLINE)",
    },
    "row-bad-utf8": {"en": "not valid UTF-8", "fr": "UTF-8 non valide"},
    "row-bad-json": {
        "en": "not valid JSON ({error} at column {column})",
        "fr": "JSON non valide ({error} à la colonne {column})",
    },
    "row-not-object": {
        "en": "a line must be a JSON object with a 'text' key",
        "fr": "une ligne doit être un objet JSON avec une clé « text »",
    },
    "row-language-type": {
        "en": "'language' must be a string",
        "fr": "« language » doit être une chaîne de caractères",
    },
    "row-context-type": {
        "en": '{key} must be the post\'s text or an object such as {{"text": "…", "author": "…"}}',
        "fr": '{key} doit être le texte du message ou un objet comme {{"text": "…", "author": "…"}}',
    },
    "row-no-text-key": {"en": "no 'text' key", "fr": "pas de clé « text »"},
    "row-text-type": {"en": "'text' must be a string", "fr": "« text » doit être une chaîne de caractères"},
    "row-no-text": {"en": "no text", "fr": "pas de texte"},
    "row-not-checked-reason": {"en": "not checked", "fr": "non vérifiée"},
    # where an archive could not be read further (app/audit/jsonstream.py, bluesky.py)
    "archive-position": {"en": "character {n} (line {line})", "fr": "caractère {n} (ligne {line})"},
    "archive-byte": {"en": "byte {n}", "fr": "octet {n}"},
    # a policy's bad value or key (app/policy_errors.py), after 'FILE: KEY: ' (last: their leading {value} would
    # read any text before it)
    "policy-json-type": {
        "en": "{value} is {kind}: write {literal} (JSON's own type)",
        "fr": "{value} est {kind} : écrivez {literal} (le type propre à JSON)",
    },
    "policy-not-bool": {"en": "{value} is not true or false", "fr": "{value} n'est ni vrai ni faux (true ou false)"},
    "policy-not-int": {"en": "{value} is not a whole number", "fr": "{value} n'est pas un nombre entier"},
    "policy-not-number": {"en": "{value} is not a number", "fr": "{value} n'est pas un nombre"},
    "policy-not-text": {"en": "{value} is not text", "fr": "{value} n'est pas du texte"},
    "networks-not-list": {
        "en": '{value} is not a list: send a list such as ["x", "bluesky"], or "network" for one',
        "fr": '{value} n\'est pas une liste : envoyez une liste comme ["x", "bluesky"], ou « network » pour un seul',
    },
    "policy-not-list": {"en": "{value} is not a list", "fr": "{value} n'est pas une liste"},
    "policy-not-mapping-value": {
        "en": "{value} is not a mapping of keys to values",
        "fr": "{value} n'est pas une table de clés et de valeurs",
    },
    "policy-not-one-of": {
        "en": "{value} is not one of: {expected}",
        "fr": "{value} n'est pas l'une des valeurs admises : {expected}",
    },
    "policy-more-than": {"en": "{value} must be more than {n}", "fr": "{value} doit valoir plus de {n}"},
    "policy-at-least": {"en": "{value} must be at least {n}", "fr": "{value} doit valoir au moins {n}"},
    "policy-less-than": {"en": "{value} must be less than {n}", "fr": "{value} doit valoir moins de {n}"},
    "policy-at-most": {"en": "{value} must be at most {n}", "fr": "{value} doit valoir au plus {n}"},
    "policy-min-chars": {
        "en": "{value} must have at least {n} character(s)",
        "fr": "{value} doit avoir au moins {n} caractère(s)",
    },
    "policy-max-chars": {
        "en": "{value} must have at most {n} character(s)",
        "fr": "{value} doit avoir au plus {n} caractère(s)",
    },
    "policy-min-items": {
        "en": "{value} must hold at least {n} item(s)",
        "fr": "{value} doit contenir au moins {n} élément(s)",
    },
    "policy-max-items": {
        "en": "{value} must hold at most {n} item(s)",
        "fr": "{value} doit contenir au plus {n} élément(s)",
    },
    "policy-form": {
        "en": "{value} does not have the expected form ({pattern})",
        "fr": "{value} n'a pas la forme attendue ({pattern})",
    },
    "policy-missing": {"en": "required, but missing", "fr": "obligatoire, mais absente"},
    "policy-unknown-key-close": {
        "en": "unknown key: did you mean '{key}'? (keys here: {keys})",
        "fr": "clé inconnue : vouliez-vous dire « {key} » ? (clés possibles ici : {keys})",
    },
    "policy-unknown-key-list": {
        "en": "unknown key (keys here: {keys})",
        "fr": "clé inconnue (clés possibles ici : {keys})",
    },
    "policy-unknown-key": {"en": "unknown key", "fr": "clé inconnue"},
    # a rule file a user adds (rule_dirs; app/loader.py, app/kinds/patterns.py): file and key said before
    "rule-not-regex": {
        "en": "not a valid regular expression ({error})",
        "fr": "expression régulière non valide ({error})",
    },
    "rule-unknown-kind": {
        "en": "unknown kind {name}; known kinds: {kinds}",
        "fr": "type de règle inconnu {name} ; types connus : {kinds}",
    },
    # sevenfold policy check running a user's rule cases (app/policy_cases.py)
    "rule-case-misplaced": {
        "en": "the excerpt '{excerpt}' is not the text at offset {offset}, length {length}: '{there}' is",
        "fr": "l'extrait « {excerpt} » n'est pas le texte à la position {offset}, longueur {length} : "
        "c'est « {there} »",
    },
    "rule-case-spans": {
        "en": "expected {expected}, found {found} (offset, length)",
        "fr": "attendu : {expected} ; trouvé : {found} (position, longueur)",
    },
    "rule-needs-english": {
        "en": "needs at least an 'en' text (and 'fr')",
        "fr": "il faut au moins un texte « en » (et « fr »)",
    },
}
"""The texts written in English elsewhere that ``localise`` reads back, in the order it tries them."""

ROW_CODES: tuple[str, ...] = (
    # the draft itself (CLI batch rows, API batch items)
    "draft-empty",
    "draft-invisible-only",
    "draft-surrogate",
    "row-too-big",
    # its language
    "unknown-language",
    "unknown-region",
    # a CLI batch row as read (JSONL line, CSV row)
    "row-blank-line",
    "row-bad-utf8",
    "row-bad-json",
    "row-not-object",
    "row-no-text-key",
    "row-text-type",
    "row-language-type",
    "row-context-type",
    "row-unreadable-csv",
    "row-fields",
    "row-unclosed-quote",
    "row-unclosed-quote-end",
    "row-no-text",
    "row-not-checked-reason",
    # an API batch item that does not validate (its field first: "text: Input should be a valid string")
    "item-not-object",
    "not-a-string",
    "required",
    "extra-key",
    "too-long",
    # an API batch item's networks (session 36: an item names its own, as /v1/check's body does)
    "unknown-network",
    "no-network",
    "network-and-networks",
    "networks-not-list",
    # Sevenfold's fault, never the row's
    "internal-error",
)
"""The public codes of a batch row or item not checked (CLI ``batch``'s JSONL ``code`` and CSV ``code`` column,
``POST /v1/check/batch``'s ``code``): keys of ``DETAILS`` (``item-not-object``: of ``CLI``), plus ``"other"`` for a
reason none of them reads. ``docs/CODES.md`` lists them with their texts; ``tests/test_row_codes.py`` holds every
code ever published: a code is added, never renamed nor removed."""

OTHER_CODE = "other"
"""The code of a reason no template of ``ROW_CODES`` reads (an exception's own words)."""

TEXTS: Mapping[str, Mapping[str, str]] = {**CLI, **TURNS, **NOTICES, **DETAILS}
"""Every text by key, per language (the four groups share no key: ``tests/test_cli_language.py`` checks it)."""

COUNTED: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "rows": {"en": ("{n} row(s)", "{n} row(s)"), "fr": ("{n} ligne", "{n} lignes")},
    "more-errors": {"en": ("{n} more", "{n} more"), "fr": ("{n} autre", "{n} autres")},
    "checked": {"en": ("{n} checked", "{n} checked"), "fr": ("{n} vérifiée", "{n} vérifiées")},
    "not-checked": {"en": ("{n} not checked", "{n} not checked"), "fr": ("{n} non vérifiée", "{n} non vérifiées")},
    "ready": {"en": ("{n} ready", "{n} ready"), "fr": ("{n} prête", "{n} prêtes")},
    "review": {"en": ("{n} review", "{n} review"), "fr": ("{n} à relire", "{n} à relire")},
    "blocked": {"en": ("{n} blocked", "{n} blocked"), "fr": ("{n} bloquée", "{n} bloquées")},
    "posts-audited": {
        "en": ("{n} post(s) audited", "{n} post(s) audited"),
        "fr": ("{n} publication auditée", "{n} publications auditées"),
    },
    "posts": {"en": ("{n} post(s)", "{n} post(s)"), "fr": ("{n} publication", "{n} publications")},
    "times": {"en": ("{n} time", "{n} times"), "fr": ("{n} fois", "{n} fois")},
    "not-reviewed": {"en": ("{n} not reviewed", "{n} not reviewed"), "fr": ("{n} non relue", "{n} non relues")},
    "more-posts": {
        "en": ("… and {n} more post(s) not reviewed", "… and {n} more post(s) not reviewed"),
        "fr": ("… et {n} autre publication non relue", "… et {n} autres publications non relues"),
    },
    "more-rows": {
        "en": ("… and {n} more row(s) not checked", "… and {n} more row(s) not checked"),
        "fr": ("… et {n} autre ligne non vérifiée", "… et {n} autres lignes non vérifiées"),
    },
    "errors": {"en": ("{n} error(s)", "{n} error(s)"), "fr": ("{n} erreur", "{n} erreurs")},
    "warnings": {"en": ("{n} warning(s)", "{n} warning(s)"), "fr": ("{n} avertissement", "{n} avertissements")},
    "infos": {"en": ("{n} info", "{n} info"), "fr": ("{n} info", "{n} infos")},
}
"""A count and its noun, (one, several) per language: French singular for 0 and 1, plural from 2."""

VALUES: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "the names list": "la liste de noms",
        "rejected the request": "requête refusée",
        "text too long": "texte trop long",
        "rate limited": "trop de requêtes",
        "check failed or timed out": "vérification échouée ou trop longue",
        "overloaded": "surchargé",
        "error": "erreur",
        # an archive's expected shape (app/audit/archive.py, twitter.py, mastodon.py) and where a read stopped
        "expected an X/Twitter archive (.zip with data/tweets.js), a Mastodon archive (.zip or folder with "
        "outbox.json) or a Bluesky repository export (.car)": "attendu : une archive X/Twitter (.zip avec "
        "data/tweets.js), une archive Mastodon (.zip ou dossier avec outbox.json) ou un export de dépôt Bluesky "
        "(.car)",
        "expected 'window.YTD.tweets.part0 = [' followed by the tweets": "attendu : "
        "« window.YTD.tweets.part0 = [ » suivi des tweets",
        "expected an ActivityStreams outbox with 'orderedItems'": "attendu : une boîte d'envoi ActivityStreams "
        "avec « orderedItems »",
        "inside an item": "au milieu d'un élément",
        "before the closing ']'": "avant le « ] » final",
        # Python's csv module on a cell it will not read (app/batch.py, row-unreadable-csv)
        "field larger than field limit (131072)": "une cellule de plus de 131072 caractères",
        "No such file or directory": "fichier ou dossier introuvable",
        "Permission denied": "permission refusée",
        "Is a directory": "c'est un dossier",
        # Python's json module on a body or a JSONL line it will not read (body-not-json, row-bad-json)
        "Expecting value": "valeur attendue",
        "Expecting property name enclosed in double quotes": "nom de clé attendu, entre guillemets doubles",
        "Expecting ':' delimiter": "« : » attendu",
        "Expecting ',' delimiter": "« , » attendue",
        "Unterminated string starting at": "chaîne jamais fermée, ouverte",
        "Extra data": "données en trop après le JSON",
        "Invalid control character at": "caractère de contrôle non admis",
        "Invalid \\escape": "échappement « \\ » non valide",
        # a rule case's spans (app/policy_cases.py)
        "nothing": "rien",
        # what a JSON value is (app/audit/posts.py kind_of)
        "null": "null",
        "true or false": "vrai ou faux",
        "a number": "un nombre",
        "empty text": "un texte vide",
        "a string": "une chaîne de caractères",
        "a list": "une liste",
        "an object": "un objet",
        "something else": "autre chose",
    },
}
"""A field's value in a language other than English, when it is one of a few fixed words."""

_NUMBER = re.compile(r"\d+\.\d+")
TRANSLATED = frozenset(language for texts in DETAILS.values() for language in texts) - {DEFAULT_LANGUAGE}
"""The languages Sevenfold's own words are written in besides English (``fr``)."""
"""The languages ``localise`` writes (English texts are kept as they are)."""


def label(key: str, language: str, /, **values: object) -> str:
    """The text ``key`` in ``language`` (English when it has none), its ``{fields}`` filled."""
    return pick_language(TEXTS[key], language).format(**values)


_QUOTE: Mapping[str, str] = {"en": "'{}'", "fr": "« {} »"}
_AND: Mapping[str, str] = {"en": " and ", "fr": " et "}


def quoted_words(words: Sequence[str], language: str) -> str:
    """``words`` as a message in ``language`` names them: each quoted, the last after "and" (``'a', 'b' and 'c'``;
    ``« a », « b » et « c »``). English where the language has no texts, ``fr-CA`` reads ``fr``."""
    quote = pick_language(_QUOTE, language)
    quoted = [quote.format(word) for word in words]
    if len(quoted) < 2:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + pick_language(_AND, language) + quoted[-1]


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


def known_language(value: str, known: Iterable[str]) -> str | None:
    """The base language of ``value`` when texts are written in it (``known``), case and region aside (``FR``,
    ``fr-CA``, ``fr_CA``: ``fr``); ``None`` otherwise, for the caller to refuse rather than fall back in silence."""
    base = value.strip().lower().replace("_", "-").split("-")[0]
    return base if base in set(known) else None


@cache
def _reader(template: str) -> re.Pattern[str]:
    """The English ``template`` as a pattern: its literal text, each ``{field}`` a named group of any text, and
    ``{{``/``}}`` the braces they stand for in a format string (an example JSON object in a message)."""
    parts = re.split(r"(\{\{|\}\}|\{\w+\})", template)
    pattern = []
    for part in parts:
        if part in ("{{", "}}"):
            pattern.append(re.escape(part[0]))
        elif part.startswith("{") and part.endswith("}") and len(part) > 2:
            pattern.append(f"(?P<{part[1:-1]}>.*?)")
        else:
            pattern.append(re.escape(part))
    return re.compile("".join(pattern), re.DOTALL)


def _value(value: str, language: str) -> str:
    base = language.split("-")[0]
    if base == "fr" and _NUMBER.fullmatch(value):
        return value.replace(".", ",")
    if _QUOTED_LIST.fullmatch(value):  # a value as a reason quotes it ('maybe'; 'info', 'warning', 'error')
        return ", ".join(pick_language(_QUOTE, language).format(word[1:-1]) for word in _QUOTED.findall(value))
    return VALUES.get(base, {}).get(value, value)


_QUOTED = re.compile(r"'[^'\n]*'")
_QUOTED_LIST = re.compile(r"'[^'\n]*'(?:, '[^'\n]*')*")


@lru_cache(maxsize=1024)
def localise(text: str, language: str) -> str:
    """``text``, a status written in English (an engine's detail, a skip's or a rule error's reason, why a batch
    row was not checked), in ``language``; kept as it is when ``language`` has no texts or no template reads it."""
    if language not in TRANSLATED and language.split("-")[0] not in TRANSLATED:
        return text
    more = _MORE.fullmatch(text)  # a validation error's count of the others: "… (and 2 more)"
    if more is not None:
        others = counted("more-errors", int(more.group(2)), language)
        return localise(more.group(1), language) + label("and-more", language, more=others)
    said = _template(text, language)
    if said is not None:
        return said
    listed = _LISTED.split(text)
    if len(listed) > 1:  # several keys said wrong ("FILE: limit: …; familys: …"): each in turn
        return label("reasons-separator", language).join(localise(part, language) for part in listed)
    # a located reason ("FILE: KEY: reason", "--network: reason"): the place as written, the reason translated, each
    # colon between the parts of the place and before the reason as the language writes it (« fichier : clé : … »)
    joint = label("reason-separator", language)
    for separator in _SEPARATOR.finditer(text):
        said = _template(text[separator.end() :], language)
        if said is not None:
            return f"{_SEPARATOR.sub(joint, text[: separator.start()])}{joint}{said}"
    return text


_MORE = re.compile(r"(.+) \(and (\d+) more\)", re.DOTALL)
_SEPARATOR = re.compile(r": ")
_LISTED = re.compile(r"; (?=[^\s:;]+: )")  # before the next key of a policy's keys in error (PolicyError.reason)


def reason_code(text: str) -> str:
    """The stable code of why a batch row or item was not checked, a reason written in English: the key in
    ``ROW_CODES`` of the template that reads all of it ("draft-empty", "row-bad-json", "unknown-language"…), after
    a place ("text: …") as ``localise`` reads it; ``OTHER_CODE`` when none does. Only ``ROW_CODES`` are ever
    answered, so no undocumented code reaches a client (``docs/CODES.md``)."""
    for start in (0, *(found.end() for found in _SEPARATOR.finditer(text))):
        for key in ROW_CODES:
            if _reader(TEXTS[key][DEFAULT_LANGUAGE]).fullmatch(text[start:]) is not None:
                return key
    return OTHER_CODE


def _template(text: str, language: str) -> str | None:
    """``text`` in ``language`` when one of ``DETAILS``'s English templates reads all of it, else None."""
    for texts in DETAILS.values():
        found = _reader(texts[DEFAULT_LANGUAGE]).fullmatch(text)
        if found is not None and not _holds_place(texts[DEFAULT_LANGUAGE], found):
            values = {name: _value(value, language) for name, value in found.groupdict().items()}
            return pick_language(texts, language).format(**values)
    return None


def _holds_place(template: str, found: re.Match[str]) -> bool:
    """Whether the field a template starts with took a place too ("FILE: KEY: false" as the ``{value}`` of "{value}
    is not one of: …"): a place ends at ": ", which a value holds only quoted ('a: b'); the place is then said apart."""
    if not template.startswith("{"):
        return False
    first = found.group(1)
    return ": " in first and not (first.startswith("'") and first.rstrip("…").endswith("'"))

"""The web form's interface strings in English and French, and the choice of interface language.

The same catalogue is rendered by the templates (no-JavaScript path) and handed to the browser script
as JSON, so both paths say the same thing. Messages of findings are not here: they come from the rule
files, in the draft's language.
"""

from __future__ import annotations

from collections.abc import Mapping

UI_LANGUAGES: tuple[str, ...] = ("en", "fr")
DEFAULT_UI = "en"
COOKIE = "sevenfold_ui"

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Sevenfold — turn your post seven times",
        "tagline": "Turn your post seven times before you publish it.",
        "skip": "Skip to the report",
        "switch_label": "Interface language",
        "audit_link": "Audit an archive",
        "draft_label": "Your draft",
        "draft_hint": "Paste or write the post as it will be published. Ctrl+Enter (⌘+Enter on a Mac) checks it.",
        "placeholder": "What do you want to say?",
        "language_label": "Language of the draft",
        "lang_auto": "Detect automatically",
        "lang_fr": "French",
        "lang_en": "English (US)",
        "lang_en-GB": "English (UK)",
        "check": "Check",
        "checking": "Checking…",
        "counter_label": "Weighted length as X counts it",
        "counter_text": "{weighted} / {limit}",
        "counter_over": "{over} over the limit",
        "report": "Report",
        "empty_report": "Write a draft and choose Check: the seven turns will appear here.",
        "verdict_ready": "Ready to post",
        "verdict_review": "Review before posting",
        "verdict_blocked": "Blocked: fix the errors first",
        "verdict_ready_hint": "Nothing stands in the way.",
        "verdict_review_hint": "Some points deserve a second look.",
        "verdict_blocked_hint": "At least one error must be fixed before publishing.",
        "announce": "Checked. {verdict}. {count} finding(s).",
        "turns": "The seven turns",
        "turn_length": "Length",
        "turn_grammar": "Grammar",
        "turn_tone": "Tone",
        "turn_clarity": "Clarity",
        "turn_risk": "Risk",
        "turn_privacy": "Privacy",
        "turn_etiquette": "Etiquette",
        "status_pass": "passed",
        "status_warn": "to review",
        "status_fail": "failed",
        "status_skipped": "skipped",
        "count_findings": "{count} finding(s)",
        "findings": "Findings",
        "no_findings": "No findings: every turn passed.",
        "severity_info": "Info",
        "severity_warning": "Warning",
        "severity_error": "Error",
        "replace_with": "Replace with “{replacement}”",
        "whole_draft": "Whole draft",
        "checked_draft": "Checked draft",
        "checked_draft_hint": "Highlighted passages carry a finding.",
        "preview": "Preview",
        "preview_name": "You",
        "preview_handle": "@you",
        "thread": "Proposed thread",
        "thread_for": "Proposed thread for {network}",
        "networks_label": "Networks",
        "reply_summary": "Replying to or quoting a post?",
        "reply_hint": "Paste the post your draft answers, or the one it quotes: the draft is judged with it "
        "(it is never stored).",
        "reply_label": "The post you reply to",
        "reply_author_label": "Its author (optional)",
        "quote_label": "The post you quote",
        "quote_author_label": "Its author (optional)",
        "thread_hint": "The draft is too long for one post: here is a split into numbered posts.",
        "post_n": "Post {n} of {total}",
        "copy": "Copy",
        "copied": "Copied to the clipboard.",
        "copy_failed": "Copy failed: select the text and copy it yourself.",
        "unavailable": "Not checked this time (engine unavailable): {families}.",
        "skipped_rules": "Partly checked this time (a pattern ran over its time budget): {rules}.",
        "not_judged": "Sevenfold has no rules for this draft's language ({language}): {families} ran only the checks "
        "that need no language (length, capitals, e-mail addresses, numbers, links). The verdict covers those "
        "checks only.",
        "messages_english": "Its remarks are in English: Sevenfold has no texts in this language.",
        "verdict_ready_not_judged": "Nothing found, but the language was not judged",
        "verdict_ready_not_judged_hint": "Nothing found by the checks that need no language: the words of the draft "
        "were not judged.",
        "status_not_judged": "not judged",
        "no_findings_not_judged": "No findings from the checks that need no language.",
        "stale": "The draft changed since this check: check again to update the report.",
        "error": "The draft could not be checked: {reason}",
        "error_network": "The server could not be reached. Try again.",
        "draft_empty": "Nothing to check: the draft is empty. Write or paste your post above.",
        "too_large": "The draft could not be checked: it is over {size} KB (with the post it answers or quotes, "
        "if any). Shorten it, then check again.",
        "back": "Back to the form",
        "too_large_short": "The draft could not be checked: it is too long for this server (with the post it "
        "answers or quotes, if any). Shorten it, then check again.",
        "api_key_label": "API key",
        "api_key_hint": "This server requires an API key: it is kept for this tab only.",
        "error_key": "This server requires an API key: enter it below, then check again.",
        "language_detected": "Language of the draft: {language}",
        "language_auto": "Language detected: {language}, {confidence} % sure.",
        "language_checked": "Unsure on so few words: the draft was checked in {languages}.",
        "languages_joint": " and ",
        "name_en": "English",
        "name_fr": "French",
        # a detected language without rules (the not-judged note), named rather than given as its code
        "name_de": "German",
        "name_es": "Spanish",
        "name_it": "Italian",
        "name_pt": "Portuguese",
        "name_nl": "Dutch",
        "name_ca": "Catalan",
        "name_pl": "Polish",
        "name_ro": "Romanian",
        "name_ru": "Russian",
        "name_tr": "Turkish",
        "name_ar": "Arabic",
        "name_ja": "Japanese",
        "name_zh": "Chinese",
        "footer": "Sevenfold runs on your server: drafts are never logged or sent elsewhere.",
    },
    "fr": {
        "title": "Sevenfold — tournez votre message sept fois",
        "tagline": "Tournez votre message sept fois avant de le publier.",
        "skip": "Aller au rapport",
        "switch_label": "Langue de l'interface",
        "audit_link": "Auditer une archive",
        "draft_label": "Votre brouillon",
        "draft_hint": "Collez ou rédigez le message tel qu'il sera publié. Ctrl+Entrée (⌘+Entrée sur Mac) le vérifie.",
        "placeholder": "Que voulez-vous dire ?",
        "language_label": "Langue du brouillon",
        "lang_auto": "Détection automatique",
        "lang_fr": "Français",
        "lang_en": "Anglais (US)",
        "lang_en-GB": "Anglais (R.-U.)",
        "check": "Vérifier",
        "checking": "Vérification…",
        "counter_label": "Longueur pondérée telle que X la compte",
        "counter_text": "{weighted} / {limit}",
        "counter_over": "{over} de trop",
        "report": "Rapport",
        "empty_report": "Rédigez un brouillon et choisissez Vérifier : les sept tours apparaîtront ici.",
        "verdict_ready": "Prêt à publier",
        "verdict_review": "À relire avant publication",
        "verdict_blocked": "Bloqué : corrigez d'abord les erreurs",
        "verdict_ready_hint": "Rien ne s'oppose à la publication.",
        "verdict_review_hint": "Certains points méritent un second regard.",
        "verdict_blocked_hint": "Au moins une erreur doit être corrigée avant publication.",
        "announce": "Vérifié. {verdict}. {count} remarque(s).",
        "turns": "Les sept tours",
        "turn_length": "Longueur",
        "turn_grammar": "Grammaire",
        "turn_tone": "Ton",
        "turn_clarity": "Clarté",
        "turn_risk": "Risques",
        "turn_privacy": "Données personnelles",
        "turn_etiquette": "Savoir-vivre",
        "status_pass": "réussi",
        "status_warn": "à revoir",
        "status_fail": "échoué",
        "status_skipped": "non vérifié",
        "count_findings": "{count} remarque(s)",
        "findings": "Remarques",
        "no_findings": "Aucune remarque : tous les tours sont passés.",
        "severity_info": "Info",
        "severity_warning": "Attention",
        "severity_error": "Erreur",
        "replace_with": "Remplacer par « {replacement} »",
        "whole_draft": "Tout le brouillon",
        "checked_draft": "Brouillon vérifié",
        "checked_draft_hint": "Les passages surlignés portent une remarque.",
        "preview": "Aperçu",
        "preview_name": "Vous",
        "preview_handle": "@vous",
        "thread": "Fil proposé",
        "thread_for": "Fil proposé pour {network}",
        "networks_label": "Réseaux",
        "reply_summary": "En réponse à un message, ou en le citant ?",
        "reply_hint": "Collez le message auquel vous répondez, ou celui que vous citez : le brouillon est jugé avec "
        "lui (jamais conservé).",
        "reply_label": "Le message auquel vous répondez",
        "reply_author_label": "Son auteur (facultatif)",
        "quote_label": "Le message que vous citez",
        "quote_author_label": "Son auteur (facultatif)",
        "thread_hint": "Le brouillon est trop long pour un seul message : voici un découpage en messages numérotés.",
        "post_n": "Message {n} sur {total}",
        "copy": "Copier",
        "copied": "Copié dans le presse-papiers.",
        "copy_failed": "La copie a échoué : sélectionnez le texte et copiez-le vous-même.",
        "unavailable": "Non vérifié cette fois (moteur indisponible) : {families}.",
        "skipped_rules": "Vérifié en partie cette fois (un motif a dépassé son temps) : {rules}.",
        "not_judged": "Sevenfold n'a pas de règles pour la langue de ce brouillon ({language}) : {families} n'ont "
        "fait que les vérifications qui ne dépendent pas de la langue (longueur, majuscules, adresses e-mail, "
        "numéros, liens). Le verdict ne porte que sur elles.",
        "messages_english": "Ses remarques sont en anglais : Sevenfold n'a pas de textes dans cette langue.",
        "verdict_ready_not_judged": "Rien relevé, mais la langue n'a pas été jugée",
        "verdict_ready_not_judged_hint": "Rien relevé par les vérifications qui ne dépendent pas de la langue : les "
        "mots du brouillon n'ont pas été jugés.",
        "status_not_judged": "non jugé",
        "no_findings_not_judged": "Aucune remarque des vérifications qui ne dépendent pas de la langue.",
        "stale": "Le brouillon a changé depuis cette vérification : vérifiez à nouveau pour mettre le rapport à jour.",
        "error": "Le brouillon n'a pas pu être vérifié : {reason}",
        "error_network": "Le serveur est injoignable. Réessayez.",
        "draft_empty": "Rien à vérifier : le brouillon est vide. Écrivez ou collez votre message ci-dessus.",
        "too_large": "Le brouillon n'a pas pu être vérifié : il dépasse {size} Ko (avec le message auquel il "
        "répond ou celui qu'il cite, s'il y en a un). Raccourcissez-le, puis vérifiez à nouveau.",
        "back": "Retour au formulaire",
        "too_large_short": "Le brouillon n'a pas pu être vérifié : il est trop long pour ce serveur (avec le message "
        "auquel il répond ou celui qu'il cite, s'il y en a un). Raccourcissez-le, puis vérifiez à nouveau.",
        "api_key_label": "Clé d'API",
        "api_key_hint": "Ce serveur exige une clé d'API : elle n'est gardée que pour cet onglet.",
        "error_key": "Ce serveur exige une clé d'API : saisissez-la ci-dessous, puis vérifiez à nouveau.",
        "language_detected": "Langue du brouillon : {language}",
        "language_auto": "Langue détectée : {language}, sûre à {confidence} %.",
        "language_checked": "Incertaine sur si peu de mots : le brouillon a été relu en {languages}.",
        "languages_joint": " et en ",
        "name_en": "anglais",
        "name_fr": "français",
        "name_de": "allemand",
        "name_es": "espagnol",
        "name_it": "italien",
        "name_pt": "portugais",
        "name_nl": "néerlandais",
        "name_ca": "catalan",
        "name_pl": "polonais",
        "name_ro": "roumain",
        "name_ru": "russe",
        "name_tr": "turc",
        "name_ar": "arabe",
        "name_ja": "japonais",
        "name_zh": "chinois",
        "footer": "Sevenfold tourne sur votre serveur : les brouillons ne sont ni journalisés ni envoyés ailleurs.",
    },
}

DRAFT_LANGUAGES: tuple[str, ...] = ("auto", "fr", "en", "en-GB")


class Translator:
    """The interface strings of one language, with ``{named}`` placeholders filled on call."""

    def __init__(self, language: str) -> None:
        self.language = language if language in STRINGS else DEFAULT_UI
        self.strings: Mapping[str, str] = STRINGS[self.language]

    def __call__(self, key: str, **values: object) -> str:
        """The string ``key`` with its placeholders filled (the key itself if unknown)."""
        template = self.strings.get(key, STRINGS[DEFAULT_UI].get(key, key))
        return template.format(**values) if values else template


def parse_accept_language(header: str | None) -> list[str]:
    """Base language codes from an Accept-Language header, best first."""
    if not header:
        return []
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        piece = part.strip()
        if not piece:
            continue
        code, _, params = piece.partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        base = code.strip().lower().split("-")[0]
        if base and quality > 0:
            ranked.append((-quality, index, base))
    return [base for _, _, base in sorted(ranked)]


def choose_ui(explicit: str | None, cookie: str | None, accept_language: str | None) -> str:
    """The interface language: explicit choice, then the remembered one, then the browser's, then English."""
    for candidate in (explicit, cookie):
        if candidate and candidate.lower() in UI_LANGUAGES:
            return candidate.lower()
    for base in parse_accept_language(accept_language):
        if base in UI_LANGUAGES:
            return base
    return DEFAULT_UI

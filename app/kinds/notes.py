"""Explanations a kind writes itself, in the draft's language: a learned model's probability, why a hit is info.

A rule file's ``messages`` give each finding's message in the draft's language ({en: …, fr: …}); a finding's
``explanation`` is written by the kind (``terms``, ``proximity``) and follows the same language: "hate model: 0.35"
for an English draft, « modèle de haine : 0,35 » for a French one (the task named in French, a decimal comma).
Another language gets the English text (``pick_language``'s fallback). The English texts are the ones the kinds
always wrote, byte for byte. ``decimal`` and ``percent`` also write the model numbers that fill the messages'
placeholders (risk.offensive's ``{probability}``: 98 %, tone.negative's ``{score}``: -0,59).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.kinds.base import pick_language

TASKS: Mapping[str, Mapping[str, str]] = {
    "fr": {
        "hate": "modèle de haine",
        "offensive": "modèle de propos offensants",
        "sentiment": "modèle de sentiment négatif",
        "irony": "modèle d'ironie",
    },
}
"""Per language, the model of each task as a note names it (English: "<task> model")."""

REASONS: Mapping[str, Mapping[str, str]] = {
    "reported": {
        "en": "reported: the draft says someone else used this word",
        "fr": "rapporté : le brouillon dit que quelqu'un d'autre a employé ce mot",
    },
    "of-thing": {
        "en": "said of a thing: the subject of this wish or threat is no person or group",
        "fr": "dit d'une chose : le sujet de ce souhait ou de cette menace n'est ni une personne ni un groupe",
    },
    "self-directed": {
        "en": "said of the writer: the draft does not aim this word at anyone else",
        "fr": "dit de soi : le brouillon ne vise personne d'autre avec ce mot",
    },
    "mentioned": {
        "en": "mentioned: the draft discusses this word, it does not aim it at anyone",
        "fr": "mentionné : le brouillon parle de ce mot sans viser personne",
    },
    "aimed": {
        "en": "aimed at people: the grammar around this word (spoken to, an insult's adjective, a person's verb) is "
        "a slur's",
        "fr": "vise des personnes : la grammaire autour de ce mot (on s'adresse à quelqu'un, un adjectif d'insulte, un "
        "verbe de personne) est celle d'une injure",
    },
    "harmless-sense": {
        "en": "harmless sense: the grammar around this word uses it as a thing, an animal or a verb, not as a slur",
        "fr": "sens anodin : la grammaire autour de ce mot l'emploie comme une chose, un animal ou un verbe, pas comme "
        "une injure",
    },
    "ambiguous": {
        "en": "this word also has a harmless sense and nothing around it says which one is meant: check it",
        "fr": "ce mot a aussi un sens anodin et rien autour n'indique lequel est voulu : vérifiez",
    },
    "unaimed": {
        "en": "aimed at no one: no @mention, name, person or group in the draft, the word is said of a thing; still "
        "strong language for a brand account",
        "fr": "ne vise personne : ni @mention, ni nom, ni personne, ni groupe dans le brouillon, le mot est dit d'une "
        "chose ; le langage reste fort pour un compte de marque",
    },
}
"""Why a listed word is info (``terms``' ``reported``, ``self_directed``, ``mentioned``), and how the grammar around a
slur homonym reads it (``homonym``: aimed at people, its harmless sense, neither), per language."""

_HARMLESS = {"en": "{model}, the draft reads as harmless", "fr": "{model}, le brouillon paraît inoffensif"}


def _base(language: str) -> str:
    return language.split("-")[0]


def decimal(value: float, language: str, signed: bool = False) -> str:
    """``value`` with two decimals, a decimal comma in French: 0.35 / 0,35 (``signed``: +0.35 / -0,59)."""
    text = f"{value:+.2f}" if signed else f"{value:.2f}"
    return text.replace(".", ",") if _base(language) == "fr" else text


def percent(value: float, language: str) -> str:
    """``value`` (0 … 1) as a whole percentage, a space before the sign in French: 98% / 98 % (as the rule files'
    French texts write it: « 100 % sûr »)."""
    text = f"{value:.0%}"
    return text.replace("%", " %") if _base(language) == "fr" else text


def model_note(task: str, probability: float, language: str) -> str:
    """The probability a ``task`` model gives the draft: "hate model: 0.35", « modèle de haine : 0,35 »."""
    named = TASKS.get(_base(language))
    if named is None:
        return f"{task} model: {probability:.2f}"
    return f"{named.get(task, f'modèle « {task} »')} : {decimal(probability, language)}"


def harmless_note(task: str, probability: float, language: str) -> str:
    """A model reading the whole draft as harmless: "offensive model: 0.12, the draft reads as harmless"."""
    return pick_language(_HARMLESS, language).format(model=model_note(task, probability, language))


def reason_note(key: str, language: str) -> str:
    """Why a hit is info (a key of ``REASONS``) in ``language``."""
    return pick_language(REASONS[key], language)


def reason_notes(*keys: str) -> frozenset[str]:
    """Every language's text of the reasons ``keys``: what an explanation compares with, whatever its language."""
    return frozenset(text for key in keys for text in REASONS[key].values())

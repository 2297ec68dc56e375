"""The kinds registry: built-in kinds by name, plus third-party kinds from the ``sevenfold.kinds`` entry points.

``KINDS`` maps a kind's name to ``"module:Class"``; that key is the only place the name is written
(an entry point's name plays the same part). Modules are imported on first use, so a rule set that
never uses a kind never pays for its imports.

Where a kind's module goes (one rule):

- a kind whose params say *what to look for* — term lists, phrase lists, regex patterns,
  personal-data detectors, readability thresholds — so that rule files of any family can use it,
  has a module of its own named after it: ``terms.py``, ``phrases.py``, ``patterns.py``,
  ``personal_data.py``, ``readability.py``;
- a kind that *is* one check of one turn (hashtag count, links, shouting, thread part) lives in
  that family's module: ``length.py``, ``etiquette.py``, ``grammar.py``, ``tone.py``, ``clarity.py``;
- a kind that shares code with another stays beside it (``sentence-length`` uses readability's
  sentence splitter, ``tone-target`` the tone model).

A new kind: its ``Params`` and ``Rule`` classes, a ``Kind`` class with ``Params`` and ``rule`` (or
its own ``build`` when it loads data once), one line here, and a rule file in ``rules/<family>/``.
Default word lists a kind needs live as rule data (YAML beside the rule files), not in Python.
"""

from __future__ import annotations

import importlib
from functools import cache
from importlib.metadata import entry_points
from typing import Any

from app.kinds.base import Kind

ENTRY_POINT_GROUP = "sevenfold.kinds"

KINDS: dict[str, str] = {
    "length": "app.kinds.length:LengthKind",
    "hashtags": "app.kinds.etiquette:HashtagsKind",
    "hashtag-case": "app.kinds.etiquette:HashtagCaseKind",
    "mentions": "app.kinds.etiquette:MentionsKind",
    "links": "app.kinds.etiquette:LinksKind",
    "fancy-letters": "app.kinds.etiquette:FancyLettersKind",
    "invisible-characters": "app.kinds.etiquette:InvisibleCharactersKind",
    "emoji-overload": "app.kinds.etiquette:EmojiOverloadKind",
    "alt-text": "app.kinds.etiquette:AltTextKind",
    "grammar": "app.kinds.grammar:GrammarKind",
    "terms": "app.kinds.terms:TermsKind",
    "patterns": "app.kinds.patterns:PatternsKind",
    "personal-data": "app.kinds.personal_data:PersonalDataKind",
    "tone": "app.kinds.tone:ToneKind",
    "tone-target": "app.kinds.tone:ToneTargetKind",
    "shouting": "app.kinds.tone:ShoutingKind",
    "phrases": "app.kinds.phrases:PhrasesKind",
    "readability": "app.kinds.readability:ReadabilityKind",
    "sentence-length": "app.kinds.readability:SentenceLengthKind",
    "thread-part": "app.kinds.clarity:ThreadPartKind",
    "proximity": "app.kinds.proximity:ProximityKind",
    "reply-amplification": "app.kinds.reply:AmplificationKind",
    "reply-escalation": "app.kinds.reply:EscalationKind",
    "reply-quotes": "app.kinds.reply:QuotesKind",
}


class UnknownKind(LookupError):
    """A rule file names a kind that is neither built in nor installed."""


@cache
def _entry_point_kinds() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available_kinds() -> list[str]:
    """Every kind name a rule file may use."""
    return sorted(set(KINDS) | set(_entry_point_kinds()))


@cache
def get_kind(name: str) -> Kind[Any]:
    """An instance of the kind called ``name``; raises ``UnknownKind`` naming the ones that exist."""
    target: Any
    if name in KINDS:
        module_name, _, class_name = KINDS[name].partition(":")
        target = getattr(importlib.import_module(module_name), class_name)
    elif name in _entry_point_kinds():
        target = _entry_point_kinds()[name].load()
    else:
        raise UnknownKind(f"unknown kind {name!r}; known kinds: {', '.join(available_kinds())}")
    if not (isinstance(target, type) and issubclass(target, Kind)):
        raise UnknownKind(f"kind {name!r} does not name a Kind class")
    return target()

"""The kinds registry: built-in kinds found in this package's modules, plus third-party kinds from the
``sevenfold.kinds`` entry points.

A kind's name is written once. A ``Kind`` class in a module of ``app/kinds/`` is found by reading the
sources (nothing imported): its name is its ``name = "..."`` class attribute if it has one,
else its class name without ``Kind`` in kebab case (``CapsUrlsKind`` is ``caps-urls``). ``KINDS``
registers by hand a class whose name follows neither (or one outside this package); an entry
point's name is its kind's name. A module is imported when a rule first uses one of its kinds, so a
rule set that never uses a kind never pays for its imports.

Where a kind's module goes (one rule):

- a kind whose params say *what to look for* — term lists, phrase lists, regex patterns,
  personal-data detectors, readability thresholds — so that rule files of any family can use it,
  has a module of its own named after it: ``terms.py``, ``phrases.py``, ``patterns.py``,
  ``personal_data.py``, ``readability.py``, ``proximity.py``, ``classifier.py``;
- a kind that *is* one check of one turn (hashtag count, links, shouting, thread part) lives in
  that family's module: ``length.py``, ``etiquette.py``, ``grammar.py``, ``tone.py``, ``clarity.py``;
- kinds that share code live together, in the module of what they share (``sentence-length`` beside
  readability's sentence splitter, ``tone-target`` beside the tone model, the three ``reply-*`` kinds
  in ``reply.py`` with the parent-post review they all read).

A new kind is one edit of one module: its ``Params`` and ``Rule`` classes and a ``Kind`` class with
``Params`` and ``rule`` (or its own ``build`` when it loads data once); then a rule file in
``rules/<family>/`` uses it. Default word lists a kind needs live as rule data (the rule file's
``params``, or YAML beside it), not in Python.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from app.kinds.base import Kind

ENTRY_POINT_GROUP = "sevenfold.kinds"
_PACKAGE_DIR = Path(__file__).resolve().parent

KINDS: dict[str, str] = {}
"""Kinds registered by hand, ``name -> "module:Class"``: a class outside this package (none today)."""


class UnknownKind(LookupError):
    """A rule file names a kind that is neither built in nor installed."""


def kind_name(class_name: str) -> str:
    """The kind name a class name gives: ``CapsUrlsKind`` -> ``caps-urls``."""
    stem = class_name.removesuffix("Kind")
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "-", stem).lower()


_KIND_CLASS = re.compile(r"^class (\w+)\(Kind(?:\[[^\]\n]*\])?\):\n((?:[ \t]+.*\n|\n)*)", re.MULTILINE)
_NAME_ATTRIBUTE = re.compile(r"^    name(?:\s*:[^=\n]*)?\s*=\s*[\"']([^\"'\n]+)[\"']", re.MULTILINE)


@cache
def builtin_kinds() -> dict[str, str]:
    """``name -> "module:Class"`` for every ``Kind`` class of this package, read from the sources.

    A regex over the sources, not an import nor an ``ast`` parse: this runs at every start-up
    (tests/test_kinds_registry.py checks it finds exactly the ``Kind`` classes the modules define).
    """
    found: dict[str, str] = {}
    for path in sorted(_PACKAGE_DIR.glob("*.py")):
        for match in _KIND_CLASS.finditer(path.read_text(encoding="utf-8")):
            class_name, body = match.groups()
            declared = _NAME_ATTRIBUTE.search(body)
            name = declared.group(1) if declared else kind_name(class_name)
            target = f"app.kinds.{path.stem}:{class_name}"
            if found.get(name, target) != target:
                raise UnknownKind(f"kind {name!r} is defined twice: {found[name]} and {target}")
            found[name] = target
    return found


def _registry() -> dict[str, str]:
    """The built-in kinds by name: those found in the sources, under ``KINDS``' name when registered there."""
    registered = set(KINDS.values())
    table = {name: target for name, target in builtin_kinds().items() if target not in registered}
    table.update(KINDS)
    return table


@cache
def _entry_point_kinds() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available_kinds() -> list[str]:
    """Every kind name a rule file may use."""
    return sorted(set(_registry()) | set(_entry_point_kinds()))


@cache
def get_kind(name: str) -> Kind[Any]:
    """An instance of the kind called ``name``; raises ``UnknownKind`` naming the ones that exist."""
    target: Any
    where = _registry().get(name)
    if where is not None:
        module_name, _, class_name = where.partition(":")
        target = getattr(importlib.import_module(module_name), class_name)
    elif name in _entry_point_kinds():
        target = _entry_point_kinds()[name].load()
    else:
        raise UnknownKind(f"unknown kind {name!r}; known kinds: {', '.join(available_kinds())}")
    if not (isinstance(target, type) and issubclass(target, Kind)):
        raise UnknownKind(f"kind {name!r} does not name a Kind class")
    return target()

"""One automaton pass per draft for every term list of a rule set (``terms`` rules), instead of one per rule.

Each ``terms`` rule (risk.profanity, risk.slurs, risk.drugs, privacy.confidential…) holds an Aho-Corasick automaton
(pyahocorasick) of its folded forms per language, and read the folded draft with it: about ten passes over the same
text per draft, each costing the walk of a large trie per character whether or not anything is found (most drafts:
nothing). ``SharedTermScan`` merges, per language code, the automata the rules of one rule set use into one automaton
whose value for a form is every ``(slot, value)`` the rules' own automata hold for it, reads the text once, and hands
each rule the hits its own automaton would have given (same ``(end, value)`` pairs, in the same order: by end, then
longest first). The engine attaches one to the ``terms`` rules of each rule set it builds (``share``); a rule whose
automaton is not in it reads the text with its own, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any

import ahocorasick

_TEXTS_KEPT = 8
"""Texts whose hits are kept (the rules of one draft read the same folded text, and the view of its other language)."""
MERGE_AFTER = 200
"""Passes of the rules' own automata in a language before its merged automaton is built (about twenty drafts): a CLI
check of one draft does not pay for merging (~0.1 s for French), a server or a batch does once, then saves on each."""


class _Merged:
    """The merged automaton of one language code: each slot is one rule automaton."""

    def __init__(self, automata: Sequence[Any]) -> None:
        self.slots: dict[int, int] = {}
        self.kept = list(automata)  # held: their ids stay theirs
        values: dict[str, list[tuple[int, Any]]] = {}
        for slot, automaton in enumerate(self.kept):
            self.slots[id(automaton)] = slot
            for key, value in automaton.items():
                values.setdefault(key, []).append((slot, value))
        self.automaton: Any = ahocorasick.Automaton()
        for key, pairs in values.items():
            self.automaton.add_word(key, tuple(pairs))
        if values:
            self.automaton.make_automaton()

    def scan(self, text: str) -> list[list[tuple[int, Any]]]:
        """Each slot's ``(end, value)`` hits in ``text``."""
        out: list[list[tuple[int, Any]]] = [[] for _ in self.kept]
        if len(self.automaton):
            for last, pairs in self.automaton.iter(text):
                for slot, value in pairs:
                    out[slot].append((last, value))
        return out


class SharedTermScan:
    """The ``terms`` rules of one rule set, read with one automaton per language code (see the module docstring)."""

    def __init__(self, rules: Iterable[Any], merge_after: int = MERGE_AFTER) -> None:
        self.rules = list(rules)
        self.merge_after = merge_after
        self._merged: dict[str, _Merged] = {}
        self._passes: dict[str, int] = {}
        self._texts: dict[tuple[str, str], list[list[tuple[int, Any]]]] = {}
        self._lock = threading.Lock()

    def _for(self, language: str) -> _Merged:
        merged = self._merged.get(language)
        if merged is None:
            with self._lock:
                merged = self._merged.get(language)
                if merged is None:
                    automata: dict[int, Any] = {}
                    for rule in self.rules:
                        automaton = rule._automaton(language)
                        if automaton is not None and len(automaton):
                            automata.setdefault(id(automaton), automaton)
                    merged = self._merged[language] = _Merged(list(automata.values()))
        return merged

    def hits(self, text: str, language: str, automaton: Any) -> Iterable[tuple[int, Any]]:
        """What ``automaton.iter(text)`` gives, read from the one pass of ``language``'s merged automaton (after
        ``MERGE_AFTER`` passes of the rules' own)."""
        merged = self._merged.get(language)
        if merged is None:
            passes = self._passes[language] = self._passes.get(language, 0) + 1
            if passes <= self.merge_after:
                own: Iterable[tuple[int, Any]] = automaton.iter(text)
                return own
            merged = self._for(language)
        slot = merged.slots.get(id(automaton))
        if slot is None or merged.kept[slot] is not automaton:
            return automaton.iter(text)  # type: ignore[no-any-return]  # not one of ours: its own pass
        key = (language, text)
        found = self._texts.get(key)
        if found is None:
            found = merged.scan(text)
            if len(self._texts) >= _TEXTS_KEPT:
                self._texts.clear()
            self._texts[key] = found
        return found[slot]


def share(rules: Iterable[Any], merge_after: int = MERGE_AFTER) -> SharedTermScan | None:
    """Attach one ``SharedTermScan`` to the ``terms`` rules among ``rules`` (their ``shared``); None with fewer than
    two."""
    from app.kinds.terms import TermsRule

    terms = [rule for rule in rules if isinstance(rule, TermsRule)]
    if len(terms) < 2:
        return None
    shared = SharedTermScan(terms, merge_after)
    for rule in terms:
        rule.shared = shared
    return shared

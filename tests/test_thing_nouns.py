"""(H, session 30) One list of nouns of things, written twice: risk.insults' ``thing_nouns`` fragment (a regular
expression, its thing addressed by name: "Windows update, you vile parasite") holds every noun of risk.offensive's
``thing_modifiers`` (English and French, folded), so the two rules read the same things."""

from __future__ import annotations

from pathlib import Path

import regex
import yaml

RULES = Path(__file__).resolve().parents[1] / "rules" / "risk"


def test_insults_thing_nouns_hold_offensive_thing_modifiers() -> None:
    fragment = yaml.safe_load((RULES / "insults.yml").read_text(encoding="utf-8"))["params"]["fragments"]["thing_nouns"]
    nouns = yaml.safe_load((RULES / "offensive.yml").read_text(encoding="utf-8"))["params"]["thing_modifiers"]
    pattern = regex.compile(f"(?:{fragment})", regex.IGNORECASE)
    missing = [noun for lang in ("en", "fr") for noun in nouns[lang] if not pattern.fullmatch(noun)]
    assert not missing, f"risk.insults thing_nouns lacks {missing}"

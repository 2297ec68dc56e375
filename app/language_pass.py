"""Drafts whose language is unsure: the other pack languages' risk and tone rules run too, merged without duplicates.

Owns what the engine does with an unsure ``LanguageChoice`` (see ``app.text.language``): the choice is
kept on the draft, the risk rules and the tone phrase rules (aggression, sarcasm…) of each language
in ``choice.also`` run on a copy of the draft in that language, and their findings join the report
unless the same rule already reported the same span. Length, grammar, clarity, etiquette, privacy
and the tone summary stay with the chosen language: they do not depend on a word list, or would
contradict it. The report says which languages were checked and how sure the detection was.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from app.domain import Draft, Family, Finding, RuleError
from app.kinds.base import CheckContext, Rule
from app.text.language import DEFAULT_VARIANTS, LanguageChoice

log = logging.getLogger("sevenfold.language_pass")

CHOICE_KEY = "language.choice"
_SECOND_PASS_TONE_KINDS = frozenset({"phrases"})
_TEXT_ONLY_MEMOS = ("folding.",)  # draft memos that depend on the text alone (app.text.folding.folded_draft)


def remember_choice(draft: Draft, choice: LanguageChoice) -> Draft:
    """Keep the language choice on the draft (its scratch space) for the second pass and the report."""
    draft.scratch[CHOICE_KEY] = choice
    return draft


def choice_of(draft: Draft) -> LanguageChoice | None:
    """The language choice the engine made for this draft, if it recorded one."""
    choice = draft.scratch.get(CHOICE_KEY)
    return choice if isinstance(choice, LanguageChoice) else None


def _second_pass(rule: Rule, language: str) -> bool:
    meta = rule.meta
    if rule.is_async or getattr(rule, "after_others", False) or not meta.applies_to(language):
        return False
    if meta.family is Family.RISK:
        return True
    return meta.family is Family.TONE and meta.kind in _SECOND_PASS_TONE_KINDS


def other_language_findings(
    draft: Draft,
    rules: Iterable[Rule],
    ctx: CheckContext,
    findings: Iterable[Finding],
    errors: list[RuleError],
    variants: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Findings of the other pack languages' risk and tone-phrase rules that the report does not hold yet."""
    choice = choice_of(draft)
    if choice is None or not choice.also:
        return []
    seen = {(f.rule, f.offset, f.length) for f in findings}
    rules = list(rules)
    out: list[Finding] = []
    for language in choice.also:
        variant = (variants or {}).get(language) or DEFAULT_VARIANTS.get(language, language)
        # the folded views depend on the text alone: the other language's rules reuse them
        shared = {key: value for key, value in draft.scratch.items() if key.startswith(_TEXT_ONLY_MEMOS)}
        other = replace(draft, language=language, variant=variant, detected=False, scratch=shared)
        for rule in rules:
            if not _second_pass(rule, language):
                continue
            try:
                found = list(rule.check(other, ctx))
            except Exception as exc:  # noqa: BLE001 - isolate the rule, as the engine does
                log.error("rule %s failed in the %s pass (%s)", rule.meta.id, language, exc.__class__.__name__)
                errors.append(RuleError(rule.meta.id, f"internal error ({exc.__class__.__name__})"))
                continue
            for finding in found:
                key = (finding.rule, finding.offset, finding.length)
                if key not in seen:
                    seen.add(key)
                    out.append(finding)
    return out


def language_extras(draft: Draft) -> dict[str, Any]:
    """Report keys: ``language_confidence`` (the detector's score, None when the language was given or
    could not be detected) and ``languages_checked`` (the draft's language, then any other pack run)."""
    choice = choice_of(draft)
    if choice is None:
        return {"language_confidence": None, "languages_checked": [draft.language]}
    return {"language_confidence": choice.score, "languages_checked": [draft.language, *choice.also]}

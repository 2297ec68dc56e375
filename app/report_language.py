"""Drafts in a language Sevenfold has no rules for (German, Spanish…): which turns could not judge it.

Sevenfold's word lists, models and phrase rules exist for English and French. A draft in another language
(given with ``--lang de`` or detected) still runs the rules that need no language (``languages: ["*"]``: the
length, capitals and punctuation, e-mails and card numbers, links and hashtag counts), so its turns used to say
``pass`` and its verdict ``ready`` as if it had been judged. A family whose rules with language data
(``languages`` without ``*``) have none for the draft's language is *not judged* in it: its turn keeps the status
its findings give (``pass``, ``warn``, ``fail``; ``skipped`` when no rule of it ran at all, as grammar) and says
why in ``reason`` ("partly checked: no rules for language 'de' …"), and the report lists those families in
``not_judged`` (left out when empty: an English or French draft's report is the contract's, as before). The
verdict keeps the contract's meaning (the worst finding), and every door says next to it that it covers only
the checks that need no language: the CLI's text format, SARIF, a batch's and an audit's summary, the web form.

A policy's own rules count: a term list for German (``languages: [de]``) makes the risk turn judge German drafts.
"""

from __future__ import annotations

from collections.abc import Iterable

from app.domain import FAMILY_ORDER, Family
from app.kinds.base import Rule
from app.texts import label


def _has_language_data(rule: Rule) -> bool:
    return "*" not in rule.meta.languages


def not_judged(
    rules: Iterable[Rule], applicable: Iterable[Rule], disabled: Iterable[Family] = ()
) -> tuple[Family, ...]:
    """The families (in turn order) that have rules with language data, none of them among ``applicable`` (the
    rules that run for the draft's language); families turned off by the policy are not counted."""
    with_data = {r.meta.family for r in rules if _has_language_data(r)}
    judged = {r.meta.family for r in applicable if _has_language_data(r)}
    off = set(disabled)
    return tuple(f for f in FAMILY_ORDER if f in with_data and f not in judged and f not in off)


def not_judged_reason(draft_language: str, report_language: str) -> str:
    """A turn's reason when it could not judge ``draft_language``, in the report's language."""
    return label("turn-not-judged", report_language, language=draft_language)

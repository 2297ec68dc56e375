"""Drafts whose language is unsure: the other pack languages' risk and tone rules run too, merged without duplicates.

Owns what the engine does with an unsure ``LanguageChoice`` (see ``app.text.language``): the choice is
kept on the draft, the risk rules and the tone phrase rules (aggression, sarcasm…) of each language
in ``choice.also`` run on a copy of the draft in that language, and their findings join the report
unless the same rule already reported the same span (where it did and the draft's words speak no more for the chosen
language than for the other, the more severe reading stays: S2, session 43); so do the privacy rules with language
data (the insider-leak cues: "Keep it quiet, the layoffs are on Monday" in a draft read as French). Length, grammar,
clarity, etiquette, the language-free privacy rules and the tone summary stay with the chosen language: they do not
depend on a word list, or would contradict it. The report says which languages were checked and how sure the
detection was.

Mixed drafts: a draft in one pack language may hold a sentence or clause surely in the other
(``app.text.language.other_language_segments``: "Super réunion ce matin. Honestly the people at @rival couldn't build a
toaster."). The other language's risk, privacy and tone-phrase rules that have language data (not ``*``) run on each
such segment alone, as a draft of its own, and their findings are moved back to the draft's offsets (a finding about
the whole segment spans the segment); a finding the same rule already made over an overlapping span is not repeated,
unless the segment's is more severe: then it replaces the draft language's ("idiots", a word of things at info in
French, is an insult at warning in "You're all idiots.").
Their messages are in the segment's language, like the words they quote. The report lists the segments
(``language_segments``) and adds their language to ``languages_checked``. Segments are looked for whether the language
was given or detected (a French draft stays French for grammar and messages; its English sentence is still English),
and only past a cheap gate: a function word of the other language (``MIXED_GATE_WORDS``); a short clause needs the
detector's certainty or an @mention it is aimed at (``app.text.language.other_language_segments``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from app.domain import Draft, Family, Finding, LanguageSpan, RuleError
from app.kinds.base import CheckContext, Rule, render
from app.text.language import (
    DEFAULT_VARIANTS,
    LanguageChoice,
    LanguageSegment,
    WordEvidence,
    strip_entities,
    word_evidence,
)
from app.text.tweet import extract_entities, parse_tweet

log = logging.getLogger("sevenfold.language_pass")

CHOICE_KEY = "language.choice"
SEGMENTS_KEY = "language.segments"
_SECOND_PASS_TONE_KINDS = frozenset({"phrases"})
_TEXT_ONLY_MEMOS = ("folding.",)  # draft memos that depend on the text alone (app.text.folding.folded_draft)


def remember_choice(draft: Draft, choice: LanguageChoice, segments: tuple[LanguageSegment, ...] = ()) -> Draft:
    """Keep the language choice and the other-language segments on the draft (its scratch space) for the second
    pass and the report."""
    draft.scratch[CHOICE_KEY] = choice
    if segments:
        draft.scratch[SEGMENTS_KEY] = segments
    return draft


def segments_of(draft: Draft) -> tuple[LanguageSegment, ...]:
    """The segments of the draft in another pack language, as the engine recorded them."""
    segments = draft.scratch.get(SEGMENTS_KEY, ())
    return segments if isinstance(segments, tuple) else ()


def choice_of(draft: Draft) -> LanguageChoice | None:
    """The language choice the engine made for this draft, if it recorded one."""
    choice = draft.scratch.get(CHOICE_KEY)
    return choice if isinstance(choice, LanguageChoice) else None


def _isolated(rule: Rule, draft: Draft, ctx: CheckContext, errors: list[RuleError], where: str) -> list[Finding]:
    """The rule's findings on ``draft``; a rule that fails is logged (its id and error class, never the text) and
    recorded as a rule error, as the engine does, and gives none."""
    try:
        return list(rule.check(draft, ctx))
    except Exception as exc:  # noqa: BLE001 - isolate the rule, as the engine does
        log.error("rule %s failed %s (%s)", rule.meta.id, where, exc.__class__.__name__)
        errors.append(RuleError(rule.meta.id, f"internal error ({exc.__class__.__name__})"))
        return []


def _second_pass(rule: Rule, language: str) -> bool:
    meta = rule.meta
    if rule.is_async or getattr(rule, "after_others", False) or not meta.applies_to(language):
        return False
    if meta.family is Family.RISK or (meta.family is Family.PRIVACY and "*" not in meta.languages):
        return True
    return meta.family is Family.TONE and meta.kind in _SECOND_PASS_TONE_KINDS


def other_language_findings(
    draft: Draft,
    rules: Iterable[Rule],
    ctx: CheckContext,
    findings: list[Finding],
    errors: list[RuleError],
    variants: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Findings of the other pack languages' risk, privacy (with language data) and tone-phrase rules that the
    report does not hold yet. Where the same rule reports the same span in both passes and the short draft's words
    speak no more for the chosen language than for the other (``_words_undecided``), the more severe reading stays (S2,
    session 43): the held finding is taken out of ``findings`` and the other pass's returned in its place, its message
    in the draft's language when the rule has one (``_in_language``); a grade then does not depend on which pack the
    detector put first. Where the words speak for the chosen language, its reading of their use stands. The copy of
    the draft each other pass reads names the draft's language as checked too, so a rule that reads both packs' models
    (risk.profanity's raise, ``app.kinds.terms``) reads them in either pass."""
    choice = choice_of(draft)
    if choice is None or not choice.also:
        return []
    seen: dict[tuple[str, int, int], Finding] = {}
    for f in findings:
        key = (f.rule, f.offset, f.length)
        if key not in seen or f.severity.rank > seen[key].severity.rank:
            seen[key] = f
    rules = list(rules)
    by_id = {rule.meta.id: rule for rule in rules}
    evidence = word_evidence(strip_entities(draft.text, draft.entities))
    out: list[Finding] = []
    for language in choice.also:
        graded = _words_undecided(evidence, draft.language, language)
        variant = (variants or {}).get(language) or DEFAULT_VARIANTS.get(language, language)
        # the folded views depend on the text alone: the other language's rules reuse them
        shared: dict[str, Any] = {k: v for k, v in draft.scratch.items() if k.startswith(_TEXT_ONLY_MEMOS)}
        # the copy's choice names the draft's language as checked too: a rule that reads both packs' models reads them
        # in this pass as in the draft's own (app.kinds.terms: risk.profanity's model raise)
        shared[CHOICE_KEY] = LanguageChoice(language, variant, False, unsure=True, also=(draft.language,))
        other = replace(draft, language=language, variant=variant, detected=False, scratch=shared)
        for rule in rules:
            if not _second_pass(rule, language):
                continue
            for finding in _isolated(rule, other, ctx, errors, f"in the {language} pass"):
                key = (finding.rule, finding.offset, finding.length)
                held = seen.get(key)
                if held is not None and (not graded or held.severity.rank >= finding.severity.rank):
                    continue
                if held is not None:  # the other pack reads the same words more severely: its grade stands
                    findings[:] = [f for f in findings if (f.rule, f.offset, f.length) != key]
                    out[:] = [f for f in out if (f.rule, f.offset, f.length) != key]
                    finding = _in_language(finding, by_id[finding.rule], language, draft.language)
                seen[key] = finding
                out.append(finding)
    return out


def _words_undecided(evidence: WordEvidence | None, chosen: str, other: str) -> bool:
    """The short draft's words speak no more for the ``chosen`` pack language than for ``other`` (``word_evidence``):
    then neither pack's reading of the words' use is the better, and the more severe stands. Where they speak for the
    chosen language, its grammar reads the use (aim, a reported word, the writer's own): "@user That shit hurts" is
    English and its 'shit' said of a thing (info), not the French pass's warning aimed by the @mention; a longer draft
    (no evidence) keeps its chosen pack's reading too."""
    return evidence is not None and evidence.total(chosen) <= evidence.total(other)


def _in_language(finding: Finding, rule: Rule, source: str, target: str) -> Finding:
    """``finding`` (made in the ``source`` pass) with the message of the same key in ``target``, when one of the
    rule's messages in ``source`` is the finding's own with its excerpt filled in; else as it is."""
    values = {"excerpt": finding.excerpt}
    for texts in rule.meta.messages.values():
        if source in texts and target in texts and render(texts[source], values) == finding.message:
            return replace(finding, message=render(texts[target], values))
    return finding


def _segment_pass(rule: Rule, language: str) -> bool:
    meta = rule.meta
    if rule.is_async or getattr(rule, "after_others", False) or "*" in meta.languages or not meta.applies_to(language):
        return False
    if meta.family in (Family.RISK, Family.PRIVACY):
        return True
    return meta.family is Family.TONE and meta.kind in _SECOND_PASS_TONE_KINDS


def segment_findings(
    draft: Draft,
    rules: Iterable[Rule],
    ctx: CheckContext,
    findings: list[Finding],
    errors: list[RuleError],
    variants: Mapping[str, str] | None = None,
) -> list[Finding]:
    """Findings of the other language's risk, privacy and tone-phrase rules on each segment of a mixed draft, at
    the draft's offsets, without a finding the same rule already made over an overlapping span; such a finding of
    ``findings`` that is less severe than the segment's is taken out of ``findings`` and replaced."""
    segments = segments_of(draft)
    if not segments:
        return []
    taken: dict[str, list[tuple[int, int]]] = {}
    for f in findings:
        taken.setdefault(f.rule, []).append((f.offset, f.offset + f.length))
    rules = list(rules)
    out: list[Finding] = []
    for segment in segments:
        start, end = segment.offset, segment.offset + segment.length
        text = draft.text[start:end]
        variant = (variants or {}).get(segment.language) or DEFAULT_VARIANTS.get(segment.language, segment.language)
        part = Draft(text, segment.language, variant, parse_tweet(text), extract_entities(text), detected=True)
        for rule in rules:
            if not _segment_pass(rule, segment.language):
                continue
            for finding in _isolated(rule, part, ctx, errors, f"on a {segment.language} segment"):
                if finding.length == 0:  # about the whole segment: its span
                    moved = replace(finding, offset=start, length=end - start, excerpt=text)
                else:
                    moved = replace(finding, offset=finding.offset + start)
                lo, hi = moved.offset, moved.offset + moved.length
                spans = taken.setdefault(moved.rule, [])
                if any((a < hi and lo < b) or (a, b) == (lo, hi) for a, b in spans):
                    if any(_overlaps(f, moved) for f in out) or not _outranks(moved, findings):
                        continue
                    findings[:] = [f for f in findings if not _overlaps(f, moved)]
                spans.append((lo, hi))
                out.append(moved)
    return out


def _overlaps(finding: Finding, other: Finding) -> bool:
    """The same rule over an overlapping (or the same empty) span."""
    lo, hi = other.offset, other.offset + other.length
    a, b = finding.offset, finding.offset + finding.length
    return finding.rule == other.rule and ((a < hi and lo < b) or (a, b) == (lo, hi))


def _outranks(finding: Finding, findings: list[Finding]) -> bool:
    """``finding`` is more severe than every finding of ``findings`` it overlaps (same rule)."""
    return all(f.severity.rank < finding.severity.rank for f in findings if _overlaps(f, finding))


def language_extras(draft: Draft) -> dict[str, Any]:
    """Report keys: ``language_confidence`` (the detector's score, None when the language was given or
    could not be detected), ``languages_checked`` (the draft's language, then any other pack run, on the whole
    draft or on a segment) and ``language_segments`` (the segments in another pack language)."""
    choice = choice_of(draft)
    segments = segments_of(draft)
    checked = [draft.language, *(choice.also if choice is not None else ())]
    checked += sorted({s.language for s in segments} - set(checked))
    return {
        "language_confidence": choice.score if choice is not None else None,
        "languages_checked": checked,
        "language_segments": tuple(LanguageSpan(s.language, s.offset, s.length, s.score) for s in segments),
    }

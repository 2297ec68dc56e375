"""Reply-context kinds: a draft judged with the post it answers or quotes (``CheckContext.replies``).

The engine reviews the parent's text with the same risk, privacy and tone rules as the draft and hands
their findings over; these rules never re-detect risk themselves, they compare:

- ``reply-amplification`` — agreeing with or amplifying a parent that carries a risk finding ("Exactly!",
  "So true 👏", "+1", "Tout à fait", "Tellement vrai") is itself a risk finding naming the parent's issue;
- ``reply-escalation`` — the reply is markedly more hostile than the parent (its hostile findings weigh
  ``margin`` more), throws the parent's insult back, or piles on mentions the parent did not have;
- ``reply-quotes`` — words of the parent that carry a risk or personal-data finding, repeated in the reply,
  are judged like those words (the parent's rule, family and severity) unless the draft's own rules
  already flag that span.

A calm, factual reply to a hostile post gets nothing from these rules. They run after the other rules
(``after_others``) because they read the draft's own findings. Phrase lists are the rule files' params.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cached_property

from pydantic import Field

from app.domain import Draft, Family, Finding, ReplyContext, Severity
from app.kinds.base import CheckContext, Kind, KindParams, Rule

_FLAGGING: frozenset[Family] = frozenset({Family.RISK, Family.PRIVACY})
_LEADING_MENTIONS = re.compile(r"(?:\s*[@＠]\w+(?:@[\w.-]+)?)*[\s,:]*")


def _fold(text: str) -> str:
    """Case and accents folded, same length as ``text`` (one code point each) so spans map back."""
    out = []
    for char in text:
        base = unicodedata.normalize("NFD", char)[0] if len(unicodedata.normalize("NFD", char)) > 1 else char
        folded = base.casefold()
        out.append(folded if len(folded) == 1 else char)
    return "".join(out)


def _flagged(reply: ReplyContext, families: frozenset[Family] = _FLAGGING) -> list[Finding]:
    return [f for f in reply.findings if f.family in families and f.severity.rank >= Severity.WARNING.rank]


def _sentence(label: str) -> str:
    """A rule's catalogue summary as a sentence of its own (its full stop kept, or given)."""
    label = label.strip().rstrip(". ")
    return f"{label}." if label else label


def _issue(reply: ReplyContext, findings: list[Finding]) -> str:
    """What the parent was flagged for: each rule's summary (in the draft's language) a sentence of its own, after
    the message's own sentence — pasted inside it, "…which was flagged for: Hate against a group (…), with or
    without a slur. Agreement…" read as one run-on sentence."""
    labels = dict.fromkeys(_sentence(reply.labels.get(f.rule, f.rule)) for f in findings)
    return " ".join(labels)


def _worst(findings: Iterable[Finding]) -> Severity:
    rank = max((f.severity.rank for f in findings), default=1)
    return Severity.ERROR if rank >= 2 else Severity.WARNING


# -- amplification -------------------------------------------------------------------------------


class AmplificationParams(KindParams):
    """Agreement phrases per language (opening the reply, whole words, case and accents ignored) and amplifying
    emoji (anywhere)."""

    phrases: dict[str, list[str]] = Field(default_factory=dict)
    emoji: list[str] = Field(default_factory=list)


class AmplificationRule(Rule):
    """Agreeing with a parent that carries a risk finding: a finding naming the parent's issue."""

    after_others = True
    params: AmplificationParams

    @cached_property
    def _patterns(self) -> dict[str, re.Pattern[str]]:
        out: dict[str, re.Pattern[str]] = {}
        for language, phrases in self.params.phrases.items():
            alternatives = sorted((re.escape(_fold(p)) for p in phrases), key=len, reverse=True)
            out[language] = re.compile(r"(?<![\w+])(?:" + "|".join(alternatives) + r")(?![\w])")
        return out

    def _cues(self, draft: Draft) -> list[tuple[int, int]]:
        """Agreement phrases opening the reply (after any leading @mentions), and amplifying emoji anywhere."""
        folded = _fold(draft.text)
        opening = _LEADING_MENTIONS.match(draft.text)
        start = opening.end() if opening else 0
        spans: list[tuple[int, int]] = []
        for language, pattern in self._patterns.items():
            if language in (draft.language, "*"):
                match = pattern.match(folded, start)
                if match:
                    spans.append(match.span())
        for emoji in self.params.emoji:
            start = draft.text.find(emoji)
            while start != -1:
                spans.append((start, start + len(emoji)))
                start = draft.text.find(emoji, start + len(emoji))
        return sorted(spans)

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """One finding per agreement cue when the parent carries a risk or privacy finding."""
        for reply in ctx.replies:
            flagged = _flagged(reply)
            if not flagged:
                continue
            cues = self._cues(draft)
            if not cues:
                continue
            start, end = cues[0]
            yield self.finding(
                draft,
                start,
                end,
                key=reply.relation,
                severity=_worst(flagged),
                issue=_issue(reply, flagged),
                author=f" @{reply.author.lstrip('@')}" if reply.author else "",
            )


class AmplificationKind(Kind[AmplificationParams]):
    """Builds the reply-amplification rule."""

    name = "reply-amplification"
    Params = AmplificationParams
    rule = AmplificationRule


# -- escalation ----------------------------------------------------------------------------------


class EscalationParams(KindParams):
    """Which rules make a post hostile (and which are insults), how much more hostile a reply must be, how many
    new mentions pile on."""

    hostile_rules: list[str] = Field(default_factory=list)
    insult_rules: list[str] = Field(default_factory=list)
    margin: int = Field(default=2, ge=1)
    mentions: int = Field(default=3, ge=1)


def _thrown_back(insult: str, folded_draft: str) -> tuple[int, int] | None:
    """Where the draft repeats the parent's insult: its whole excerpt, else the shorter tails of it, word by word.

    An insult said of a person is one finding on its whole phrase ("You are an idiot", « T'es qu'un connard »,
    session 23), the insult word last; a reply throws it back in other words around it ("You're the idiot here",
    « Connard toi-même »), so the phrase's tails are tried down to its last word. Folded as the draft is."""
    words = insult.strip().split()
    for first in range(len(words)):
        pattern = re.compile(r"(?<!\w)" + re.escape(_fold(" ".join(words[first:]))) + r"(?!\w)")
        match = pattern.search(folded_draft)
        if match:
            return match.start(), match.end()
    return None


class EscalationRule(Rule):
    """A reply markedly more hostile than its parent, throwing its insult back, or piling on mentions."""

    after_others = True
    params: EscalationParams

    def _hostility(self, findings: Iterable[Finding]) -> int:
        hostile = set(self.params.hostile_rules)
        return sum(f.severity.rank + 1 for f in findings if f.rule in hostile)

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Escalation findings against each post the draft answers or quotes."""
        if not ctx.replies:
            return
        hostile = set(self.params.hostile_rules)
        own = [f for f in ctx.findings if f.rule in hostile]
        mine = self._hostility(own)
        folded = _fold(draft.text)
        for reply in ctx.replies:
            theirs = self._hostility(reply.findings)
            thrown_back = False
            insults = set(self.params.insult_rules)
            for insult in (f for f in reply.findings if f.rule in insults and f.excerpt.strip()):
                match = _thrown_back(insult.excerpt, folded)
                if match:
                    thrown_back = True
                    excerpt = draft.text[match[0] : match[1]]
                    yield self.finding(draft, match[0], match[1], key="thrown-back", excerpt=excerpt)
                    break
            if not thrown_back and own and mine >= theirs + self.params.margin:
                # the first hostile finding; of two at one offset, the longer (the stretch that is hostile)
                first = min(own, key=lambda f: (f.offset, -f.length))
                yield self.finding(draft, first.offset, first.offset + first.length, key="escalation")
            parent_mentions = {m.casefold() for m in reply.mentions}
            if reply.author:
                parent_mentions.add(reply.author.lstrip("@").casefold())
            new = [m for m in draft.entities.mentions if m.value.casefold() not in parent_mentions]
            if len(new) >= self.params.mentions and (theirs or mine):
                yield self.finding(draft, new[0].offset, new[-1].end, key="pile-on", count=len(new))


class EscalationKind(Kind[EscalationParams]):
    """Builds the reply-escalation rule."""

    name = "reply-escalation"
    Params = EscalationParams
    rule = EscalationRule


# -- quoting the parent's words ------------------------------------------------------------------


class QuotesParams(KindParams):
    """Nothing to set: the parent's own findings decide what is quoted."""


class QuotesRule(Rule):
    """The parent's flagged words (slur, personal data…) repeated in the draft, judged like those words."""

    after_others = True
    params: QuotesParams

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """A finding with the parent's rule, family and severity at each repeated span the draft's rules missed."""
        if not ctx.replies:
            return
        # a span counts as caught only by a finding of the parent's own rule: an info "sensitive topic" on the
        # group's name does not cover the hate the parent was flagged for
        covered = [(f.rule, f.offset, f.offset + f.length) for f in ctx.findings if f.family in _FLAGGING]
        folded = _fold(draft.text)
        seen: set[tuple[int, int]] = set()
        for reply in ctx.replies:
            for parent in _flagged(reply):
                words = parent.excerpt.strip()
                if len(words) < 3:
                    continue
                pattern = re.compile(r"(?<!\w)" + re.escape(_fold(words)) + r"(?!\w)")
                for match in pattern.finditer(folded):
                    span = match.span()
                    if span in seen or any(r == parent.rule and s < span[1] and span[0] < e for r, s, e in covered):
                        continue
                    seen.add(span)
                    excerpt = draft.text[span[0] : span[1]]
                    yield Finding(
                        rule=parent.rule,
                        family=parent.family,
                        severity=parent.severity,
                        message=self.meta.message(
                            draft.language,
                            reply.relation,
                            excerpt=excerpt,
                            issue=_sentence(reply.labels.get(parent.rule, parent.rule)),
                        ),
                        offset=span[0],
                        length=span[1] - span[0],
                        excerpt=excerpt,
                    )


class QuotesKind(Kind[QuotesParams]):
    """Builds the reply-quotes rule."""

    name = "reply-quotes"
    Params = QuotesParams
    rule = QuotesRule

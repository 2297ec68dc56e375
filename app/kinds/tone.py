"""Turn 3, tone: kinds ``tone`` (sentiment and the report's tone summary), ``tone-target`` (the
policy's ``tone.target``) and ``shouting`` (capitals, ``!!!``/``?!`` runs, all-caps hashtags;
emoji overload is the etiquette turn's ``emoji-overload`` rule).

The tone model puts together the draft's sentiment (``app.text.sentiment``, computed once per draft
and shared through ``draft.memo``) and the phrase lists of ``rules/tone/phrases`` (aggression,
sarcasm, passive-aggression, formal and informal markers) into one label — ``hostile``,
``negative``, ``neutral``, ``friendly`` or ``formal`` — with a score and the spans that drive it.
Capitals, punctuation runs and hashtags are counted by hand over ``regex`` matches (a few lines;
no library does this on tweets).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import regex
from pydantic import Field

from app.domain import Draft, Family, Finding, ReportBlocks, ReportTone, Severity, ToneDriver
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta
from app.kinds.phrases import PhraseHit, PhraseList, default_lexicon_dir, lists_for, load_phrase_file
from app.text.models import Classifier, classifier, fold_token, tokenize
from app.text.sentiment import SentimentResult, analyse_draft, get_analyser

TARGETS = ("friendly", "neutral", "formal")


@dataclass(frozen=True, slots=True)
class ToneSummary:
    """A draft's tone: label, sentiment score (-1 … +1) and the spans that drive the label."""

    label: str
    score: float
    drivers: tuple[tuple[int, int], ...]
    informal: tuple[PhraseHit, ...] = ()

    def block(self, text: str) -> ReportTone:
        """The report's ``tone`` block: the score to 3 decimals, each driver with its excerpt."""
        drivers = tuple(ToneDriver(s, e - s, text[s:e]) for s, e in self.drivers)
        return ReportTone(self.label, round(self.score, 3), drivers)


class SentimentModelParams(KindParams):
    """How the learned sentiment model (``app.text.models``) and the lexicon score decide a warning.

    Per language with a model: ``negativity = (1 - lexicon_weight) * P(negative) + lexicon_weight * max(0, -score)``;
    the draft is warned when ``negativity >= warn_at``, unless the model vetoes it: its own
    ``P(negative) < model_floor``, or (``veto_positive``) it finds the draft more positive than negative;
    and, where ``lexicon_max`` is set, the lexicon score must be at or below it (the lexicon vetoes too).
    The veto keeps a lexicon that reads "killed it 🔥" or "une tuerie" word by word from warning.
    """

    task: str = "sentiment"
    lexicon_weight: dict[str, float] = Field(description="language -> weight of the lexicon score (0 … 1)")
    warn_at: dict[str, float] = Field(description="language -> lowest negativity that warns")
    model_floor: dict[str, float] = Field(default_factory=dict, description="language -> lowest model P(negative)")
    veto_positive: bool = Field(default=True, description="no warning when the model finds P(positive) > P(negative)")
    lexicon_max: dict[str, float] = Field(
        default_factory=dict, description="language -> no warning when the lexicon score is above this"
    )
    driver_drop: dict[str, float] = Field(
        default_factory=dict, description="language -> smallest drop of P(negative) for a model driver (default 0.08)"
    )
    strong_at: dict[str, float] = Field(
        default_factory=dict,
        description="language -> negativity that warns even when the draft is aimed at no one (else info)",
    )
    strong_words: int = Field(
        default=2, ge=1, le=20, description="this many negative words of the lexicon warn even when aimed at no one"
    )
    targets: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> person words: a draft with one (or an @mention, a name) is aimed"
    )
    not_names: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> capitalised words that are not people (days, months)"
    )
    negations: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> negation words; never drivers"
    )
    function_words: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> closed-class words (pronouns, determiners, auxiliaries, question words): no drivers",
    )


class ToneParams(KindParams):
    """Thresholds (sentiment from -1 to +1) and the marker lists the tone model reads."""

    model: SentimentModelParams | None = Field(
        default=None, description="learned sentiment model: languages it covers warn from it, others from warn_below"
    )
    lexicon: str | None = Field(default=None, description="folder of lexicon additions (default rules/tone/lexicon)")
    warn_below: float = Field(default=-0.5, ge=-1.0, le=0.0, description="warn when the sentiment is at or below")
    negative_below: float = Field(default=-0.3, ge=-1.0, le=0.0, description="label 'negative' at or below")
    hostile_below: float = Field(default=-0.75, ge=-1.0, le=0.0, description="label 'hostile' at or below")
    friendly_above: float = Field(default=0.35, ge=0.0, le=1.0, description="label 'friendly' at or above")
    driver_min: float = Field(default=0.1, ge=0.0, le=1.0, description="smallest word valence that is a driver")
    max_findings: int = Field(default=5, ge=1, le=20)
    hostile_markers: list[str] = Field(default_factory=list, description="phrase lists that make a draft hostile")
    negative_markers: list[str] = Field(default_factory=list, description="phrase lists that make a draft negative")
    formal_markers: list[str] = Field(default_factory=list)
    informal_markers: list[str] = Field(default_factory=list)


class ToneModel:
    """Labels a draft from its sentiment and marker phrases; built once per rule."""

    def __init__(self, params: ToneParams, meta: RuleMeta, deps: Deps) -> None:
        self.params = params
        self.lexicon_dir = deps.resolve(meta, params.lexicon) if params.lexicon else default_lexicon_dir(deps)

        def load(items: list[str]) -> list[dict[str, PhraseList]]:
            return [load_phrase_file(deps.resolve(meta, item)) for item in items]

        self.hostile = load(params.hostile_markers)
        self.negative = load(params.negative_markers)
        self.formal = load(params.formal_markers)
        self.informal = load(params.informal_markers)
        self.classifiers: dict[str, Classifier] = {}
        self._folded: dict[str, frozenset[str]] = {}
        if params.model is not None:
            for language in params.model.warn_at:
                model = classifier(params.model.task, language)
                if model is not None:
                    self.classifiers[language] = model
        # Same params and files give the same summary: rules with one configuration share it per draft.
        self.key = "tone:" + json.dumps([params.model_dump(mode="json"), str(self.lexicon_dir)], sort_keys=True)

    def sentiment(self, draft: Draft) -> SentimentResult:
        """The draft's sentiment (shared per draft); neutral for languages without a lexicon."""
        analyser = get_analyser(draft.language, self.lexicon_dir)
        if analyser is None:
            return SentimentResult(0.0, ())
        return analyse_draft(analyser, draft.text, draft.entity_spans, draft.memo)

    def negativity(self, draft: Draft) -> tuple[float, bool, bool] | None:
        """Blended negativity, whether it warns, and whether the model vetoes the lexicon; None without a model.

        Negation: the model has none ("I don't hate women" reads as negative), the lexicon has (VADER's
        and pattern's negation). When the lexicon turned a negative word around and reads the whole
        draft as not negative, the lexicon wins: no warning. Computed once per draft and configuration
        (the rule and the tone summary both ask).
        """
        return draft.memo(f"{self.key}:negativity", lambda: self._negativity(draft))

    def _negativity(self, draft: Draft) -> tuple[float, bool, bool] | None:
        model_params = self.params.model
        language = draft.language.split("-")[0]
        model = self.classifiers.get(language)
        if model_params is None or model is None:
            return None
        labels = draft.memo(f"model:{language}:{model.task}:all", lambda: model.probabilities(draft.text))
        p_negative = labels.get("negative", 0.0)
        weight = model_params.lexicon_weight.get(language, 0.0)
        lexicon = self.sentiment(draft).score
        value = (1.0 - weight) * p_negative + weight * max(0.0, -lexicon)
        veto = p_negative < model_params.model_floor.get(language, 0.0) or (
            model_params.veto_positive and labels.get("positive", 0.0) > p_negative
        )
        lexicon_ok = lexicon <= model_params.lexicon_max.get(language, 1.0)
        warns = value >= model_params.warn_at[language] and not veto and lexicon_ok
        # Only a draft that would warn is read word by word for a negated negative word.
        warns = warns and not (lexicon >= 0.0 and self.negated_negative(draft))
        return value, warns, veto

    def negated_negative(self, draft: Draft) -> bool:
        """Whether the lexicon turned a negative word around in context ("don't hate", "not bad", "pas mal"):
        a word that reads as positive in the draft but as negative on its own."""
        analyser = get_analyser(draft.language, self.lexicon_dir)
        if analyser is None:
            return False
        text = draft.text
        return any(
            word.valence > 0 and analyser.analyse(text[word.start : word.end]).score < 0
            for word in self.sentiment(draft).words
        )

    def words(self, draft: Draft, key: str, attr: str) -> tuple[bool, frozenset[str]]:
        """Whether the draft holds a folded word of ``params.model.<attr>`` for its language, and that word set."""
        model_params = self.params.model
        language = draft.language.split("-")[0]
        listed: dict[str, list[str]] = getattr(model_params, attr) if model_params is not None else {}
        wanted = self._folded.setdefault(
            f"{attr}:{language}", frozenset(fold_token(w) for w in listed.get(language, ()))
        )
        found = draft.memo(f"{self.key}:{key}", lambda: any(t.word and t.norm in wanted for t in tokenize(draft.text)))
        return bool(found), wanted

    def aimed(self, draft: Draft) -> bool:
        """Whether the draft points at people: an @mention, a person word of ``targets``, or a name (a word
        capitalised inside a sentence that is not one of ``not_names``, such as a day or a month)."""
        if draft.entities.mentions:
            return True
        found, _ = self.words(draft, "targets", "targets")
        if found:
            return True
        _, not_names = self.words(draft, "not-names", "not_names")
        text = draft.text
        for token in tokenize(text):
            if not token.word or token.norm in not_names or token.norm.isdigit():
                continue
            before = text[: token.start].rstrip()
            if before and before[-1] not in '.!?…:\n"«' and text[token.start].isupper():
                return True
        return False

    def severity(self, draft: Draft, value: float) -> Severity:
        """Warning when the negativity is strong, aimed at people or carried by several negative words; info for
        mild negativity about one thing."""
        model_params = self.params.model
        language = draft.language.split("-")[0]
        strong = model_params.strong_at.get(language) if model_params is not None else None
        if strong is None or model_params is None or value >= strong or self.aimed(draft):
            return Severity.WARNING
        # A complaint names several bad things ("late, cold and rude"); a grumble has one ("I hate Mondays").
        if len(self.sentiment(draft).negatives(self.params.driver_min)) >= model_params.strong_words:
            return Severity.WARNING
        return Severity.INFO

    def _hits(self, draft: Draft, files: list[dict[str, PhraseList]]) -> list[PhraseHit]:
        hits = [h for lst in lists_for(files, draft.language) for h in lst.find_in(draft)]
        return [h for h in hits if not draft.overlaps_entity(h.start, h.end)]

    def summary(self, draft: Draft) -> ToneSummary:
        """The tone summary of ``draft`` (computed once per draft and configuration)."""
        return draft.memo(self.key, lambda: self._summarise(draft))

    def _summarise(self, draft: Draft) -> ToneSummary:
        p = self.params
        result = self.sentiment(draft)
        hostile = self._hits(draft, self.hostile)
        negative = self._hits(draft, self.negative)
        informal = self._hits(draft, self.informal)
        bad_words = [(w.start, w.end) for w in result.negatives(p.driver_min)]
        judged = self.negativity(draft)
        if judged is not None and judged[2] and result.score < 0:
            # The model reads the draft as not negative ("killed it 🔥"): the lexicon's words do not label it.
            result = SentimentResult(0.0, tuple(w for w in result.words if w.valence > 0))
            bad_words = []
        if hostile or result.score <= p.hostile_below:
            label = "hostile"
            drivers = [(h.start, h.end) for h in hostile + negative] + bad_words
        elif negative or result.score <= p.negative_below:
            label = "negative"
            drivers = [(h.start, h.end) for h in negative] + bad_words
        elif result.score >= p.friendly_above:
            label = "friendly"
            drivers = [(w.start, w.end) for w in result.positives(p.driver_min)]
        else:
            formal = self._hits(draft, self.formal)
            label = "formal" if formal and not informal else "neutral"
            drivers = [(h.start, h.end) for h in formal] if label == "formal" else []
        return ToneSummary(label, result.score, _outermost(drivers), tuple(informal))


def _outermost(spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Spans sorted, without duplicates or spans nested inside another."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if kept and start >= kept[-1][0] and end <= kept[-1][1]:
            continue
        kept.append((start, end))
    return tuple(kept)


class ToneRule(Rule):
    """Warns on a strongly negative draft at the words that carry it; adds the tone summary."""

    def __init__(self, meta: RuleMeta, model: ToneModel) -> None:
        super().__init__(meta)
        self.model = model

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """One finding per negative word when the draft reads as strongly negative.

        With a learned model for the draft's language, the blend of ``params.model`` decides, and the
        words are the lexicon's negative words, else the model's drivers; without one, the lexicon
        score at or below ``warn_below`` decides.
        """
        params = self.model.params
        result = self.model.sentiment(draft)
        judged = self.model.negativity(draft)
        if judged is None:
            if result.score > params.warn_below:
                return
        elif not judged[1]:
            return
        score = f"{result.score:+.2f}" if judged is None else f"{-judged[0]:+.2f}"
        severity = None if judged is None else self.model.severity(draft, judged[0])
        spans = [(w.start, w.end) for w in result.negatives(params.driver_min)[: params.max_findings]]
        model_params = params.model
        if not spans and judged is not None and model_params is not None:
            # The model's drivers, but never a person word or a negation: they carry no negativity of their own.
            _, persons = self.model.words(draft, "targets", "targets")
            _, negations = self.model.words(draft, "negations", "negations")
            _, function_words = self.model.words(draft, "function-words", "function_words")
            never = persons | negations | function_words
            language = draft.language.split("-")[0]
            model = self.model.classifiers[language]
            min_drop = model_params.driver_drop.get(language, 0.08)
            drivers = model.drivers(draft.text, limit=params.max_findings + 4, min_drop=min_drop)
            text = draft.text
            spans = [
                (o, o + n)
                for o, n, _ in drivers
                if not draft.overlaps_entity(o, o + n) and fold_token(text[o : o + n]) not in never
            ][: params.max_findings]
            if not spans:
                # No word of the draft carries the negativity (the model leans on person, function or negated
                # words, as it does on "Gay people are not an abomination"): nothing to point at, no finding.
                return
        if not spans:
            yield self.finding(draft, 0, 0, key="whole", score=score, severity=severity)
            return
        for start, end in sorted(spans):
            yield self.finding(draft, start, end, score=score, severity=severity)

    def report_blocks(self, draft: Draft, ctx: CheckContext) -> ReportBlocks:
        """The report's ``tone`` summary: label, score, drivers."""
        return {"tone": self.model.summary(draft).block(draft.text)}


class ToneTargetRule(Rule):
    """Warns when the draft's tone is far from the policy's ``tone.target``."""

    def __init__(self, meta: RuleMeta, model: ToneModel) -> None:
        super().__init__(meta)
        self.model = model

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Findings at the words that pull the tone away from the target."""
        target = ctx.policy.family_settings(Family.TONE).get("target")
        if target not in TARGETS:
            return
        summary = self.model.summary(draft)
        limit = self.model.params.max_findings
        values: dict[str, Any] = {
            "target": self.meta.message(draft.language, f"target-{target}"),
            "label": self.meta.message(draft.language, f"label-{summary.label}"),
        }
        if summary.label in ("hostile", "negative"):
            spans = summary.drivers[:limit] or ((0, 0),)
            for start, end in spans:
                yield self.finding(draft, start, end, key="far", **values)
            return
        if target == "formal" and summary.informal:
            for hit in summary.informal[:limit]:
                yield self.finding(
                    draft, hit.start, hit.end, key="informal", replacements=hit.entry.replacements, **values
                )


class ToneKind(Kind[ToneParams]):
    """Builds the sentiment rule that also writes the report's tone summary."""

    Params = ToneParams

    def build(self, meta: RuleMeta, params: ToneParams, deps: Deps) -> Rule:
        """Load the lexicons and marker lists once."""
        model = ToneModel(params, meta, deps)
        get_analyser("en", model.lexicon_dir)
        get_analyser("fr", model.lexicon_dir)
        return ToneRule(meta, model)


class ToneTargetKind(Kind[ToneParams]):
    """Builds the rule that compares the draft's tone with ``tone.target``."""

    Params = ToneParams

    def build(self, meta: RuleMeta, params: ToneParams, deps: Deps) -> Rule:
        """Load the lexicons and marker lists once."""
        return ToneTargetRule(meta, ToneModel(params, meta, deps))


# -- shouting ------------------------------------------------------------------------------------

_WORD = regex.compile(r"(?<![\w$#@])\p{L}[\p{L}\p{M}'’-]*\p{L}|(?<![\w$#@])\p{L}")
_TWO_CAPITALS = regex.compile(r"\p{Lu}[\p{M}'’-]*\p{Lu}")
_PUNCT_RUN = regex.compile(r"[!?！？¡¿‼⁇⁈⁉]{2,}")


class ShoutingParams(KindParams):
    """Which shouting sign the rule looks at, and its thresholds."""

    check: Literal["capitals", "punctuation", "hashtags"]
    acronyms: str | None = Field(default=None, description="acronym list (one a line), relative to the rule file")
    min_letters: int = Field(default=3, ge=2, description="capitals: shortest word that can shout")
    min_words: int = Field(default=3, ge=1, description="capitals: this many shouted words always warn")
    min_ratio: float = Field(default=0.4, gt=0.0, le=1.0, description="capitals: or this share of the words…")
    min_words_for_ratio: int = Field(default=2, ge=1, description="capitals: …with at least this many")
    min_run: int = Field(default=3, ge=2, description="punctuation: '!!!' or '???' from this length")
    min_hashtag_letters: int = Field(default=4, ge=2, description="hashtags: shortest all-caps tag flagged")
    max_findings: int = Field(default=5, ge=1, le=20)


def load_word_list(path: Path) -> frozenset[str]:
    """One word a line, '#' comments; case-folded."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(word.casefold())
    return frozenset(words)


class ShoutingRule(Rule):
    """Capitals, punctuation runs or all-caps hashtags."""

    def __init__(self, meta: RuleMeta, params: ShoutingParams, acronyms: frozenset[str]) -> None:
        super().__init__(meta)
        self.params = params
        self.acronyms = acronyms

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Dispatch on ``check``."""
        found = {
            "capitals": self._capitals,
            "punctuation": self._punctuation,
            "hashtags": self._hashtags,
        }[self.params.check](draft, ctx)
        return list(found)[: self.params.max_findings]

    def _is_acronym(self, word: str, ctx: CheckContext) -> bool:
        folded = word.casefold()
        return folded in self.acronyms or folded in ctx.accepted

    def _capitals(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        p = self.params
        text = draft.text
        if not _TWO_CAPITALS.search(text):  # no word can be all capitals: skip the word scan
            return
        words = [m for m in _WORD.finditer(text) if not draft.overlaps_entity(m.start(), m.end())]
        letters = [m for m in words if sum(c.isalpha() for c in m.group()) >= p.min_letters]
        loud = [m for m in letters if m.group().isupper() and not self._is_acronym(m.group(), ctx)]
        if not loud:
            return
        ratio = len(loud) / max(1, len(letters))
        if len(loud) < p.min_words and not (len(loud) >= p.min_words_for_ratio and ratio >= p.min_ratio):
            return
        # Merge neighbours separated by spaces or light punctuation into one span.
        runs: list[list[int]] = []
        for m in loud:
            gap = text[runs[-1][1] : m.start()] if runs else None
            if gap is not None and len(gap) <= 6 and not any(c.islower() or c.isdigit() for c in gap):
                runs[-1][1] = m.end()
            else:
                runs.append([m.start(), m.end()])
        for start, end in runs:
            excerpt = text[start:end]
            lowered = excerpt.lower()
            yield self.finding(draft, start, end, replacements=[lowered, lowered.capitalize()], count=len(loud))

    def _punctuation(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        for m in _PUNCT_RUN.finditer(draft.text):
            run = m.group()
            if draft.overlaps_entity(m.start(), m.end()):
                continue
            mixed = any(c in "?？¿⁇⁈⁉" for c in run) and any(c in "!！¡‼⁈⁉" for c in run)
            if mixed:
                yield self.finding(draft, m.start(), m.end(), key="mixed", replacements=["?"])
            elif len(run) >= self.params.min_run or "‼" in run or "⁇" in run:
                replacement = "?" if run[0] in "?？¿⁇" else "!"
                yield self.finding(draft, m.start(), m.end(), key="run", replacements=[replacement])

    def _hashtags(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        for tag in draft.entities.hashtags:
            value = tag.value
            letters = sum(c.isalpha() for c in value)
            if letters < self.params.min_hashtag_letters or not value.isupper() or any(c.isdigit() for c in value):
                continue
            if self._is_acronym(value, ctx):
                continue
            start, end = tag.offset, tag.offset + tag.length
            yield self.finding(draft, start, end, replacements=["#" + value.capitalize()])


class ShoutingKind(Kind[ShoutingParams]):
    """Builds shouting rules; the acronym list is read once."""

    Params = ShoutingParams

    def build(self, meta: RuleMeta, params: ShoutingParams, deps: Deps) -> Rule:
        """Read the acronym list."""
        acronyms = load_word_list(deps.resolve(meta, params.acronyms)) if params.acronyms else frozenset()
        return ShoutingRule(meta, params, acronyms)

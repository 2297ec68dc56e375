"""Turn 3, tone: kinds ``tone`` (sentiment and the report's tone summary), ``tone-target`` (the
policy's ``tone.target``) and ``shouting`` (capitals, ``!!!``/``?!`` runs, all-caps hashtags;
emoji overload is the etiquette turn's ``emoji-overload`` rule).

The tone model puts together the draft's sentiment (``app.text.sentiment``, computed once per draft
and shared through ``draft.memo``) and the phrase lists of ``rules/tone/phrases`` (aggression,
sarcasm, passive-aggression, formal and informal markers) into one label — ``hostile``,
``negative``, ``neutral``, ``friendly`` or ``formal`` — with a score and the spans that drive it.
Capitals, punctuation runs and hashtags are counted by hand over ``regex`` matches (a few lines;
no library does this on tweets).

Identity terms are neutral evidence. The learned sentiment model was fitted on public tweets in which the names
of identity groups ("Muslims", "trans people", "immigrants", « les femmes ») stand mostly in negative ones, so it
learnt them as negative words: "Muslims fast during Ramadan." was warned as strongly negative at 'Muslims'. The
tone turn therefore masks them at inference (identity-term masking, a standard debiasing technique that needs no
retraining): the words of ``IdentityTerms`` — read from risk.hate's group lists through the proximity kind's
``read_list_file``, not copied — are read by the model as words it never saw (``Classifier.probabilities(…,
masked=)``) and left out of the lexicon score, are never drivers, and do not aim a draft at people (a statement
about women is not an attack on a reader; risk.hate judges attacks on groups). Proper names (capitalised words
next to each other, ``proper_names``) are never drivers either: "Dick Van Dyke" holds no sentiment.

Praise read word by word is no negativity. VADER and pattern score "murdered" and 🔥 as negative words, so
"@sam you absolutely murdered that solo 🔥" was warned although it is praise. The sentiment model judges such slang
in context; the lexicon cannot. ``PraiseTerms`` reads risk.offensive's own lists (``idioms``, ``praise_objects``,
``praise_determiners``; one definition of praise for both turns, not copied) and leaves out of the lexicon score an
idioms word right before what a performance is ("murdered *that solo*", « tué *ce solo* ») together with the
praise emojis of that draft. Fitted on nothing; on the sentiment train files it changes no warned tweet.

(T, session 32) An emoji is read by its use, not its name. The lexicon scores an emoji by the words of its
description (😭 "loudly crying face", 🔥 "fire", 💥 "collision"), but in posts such emojis mark how strongly the words
are meant: ``params.model.emojis_by_words`` lets a negative emoji count only in a draft whose words the lexicon reads
as negative (``ToneModel._emojis_by_words``).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import regex
from pydantic import Field

from app.domain import Draft, Family, Finding, ReportBlocks, ReportTone, Severity, ToneDriver
from app.kinds import build_cache
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta, borrowed_params
from app.kinds.classifier import praised_objects
from app.kinds.notes import decimal
from app.kinds.options import read_yaml
from app.kinds.phrases import ListsByLanguage, PhraseHit, PhraseList, default_lexicon_dir, load_phrase_file
from app.kinds.proximity import EntrySpec, headed_forms, read_classes_file, read_list_file
from app.kinds.terms import TermFile, TermSpec, inflect
from app.kinds.tone_praise import PraiseFrames
from app.text.aim import AimKind, AimReader, AimWords, aim, own_side, product_names
from app.text.models import Classifier, Spans, Token, classifier, fold_token, inside, tokenize
from app.text.sentiment import SentimentAnalyser, SentimentResult, WordScore, analyse_draft, get_analyser
from app.text.usage import INNOCENT, Grammar, load_grammars, reading
from app.texts import quoted_words

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
    veto_margin: dict[str, float] = Field(
        default_factory=dict,
        description="language -> the model vetoes only when P(positive) exceeds P(negative) by more than this",
    )
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
    person_at: dict[str, float] = Field(
        default_factory=dict,
        description="language -> negativity from which a draft aimed only by a person word (no @mention, no name) "
        "and carried by fewer than strong_words negative words warns (else info)",
    )
    mention_at: dict[str, float] = Field(
        default_factory=dict,
        description="language -> negativity from which a draft aimed only by an @mention (no person word, no name) and "
        "carried by fewer than strong_words negative words warns (else info): a complaint to an account about a thing "
        "('@airline my flight was delayed 4 hours')",
    )
    strong_words: int = Field(
        default=2, ge=1, le=20, description="this many negative words of the lexicon warn even when aimed at no one"
    )
    reasoned_at: dict[str, float] = Field(
        default_factory=dict,
        description="language -> negativity from which a draft holding a phrase of reasoned_markers (the writer's own "
        "stance on a decision or a product: 'I disagree with', « je ne partage pas ») and no hostile marker warns "
        "(else info): reasoned criticism",
    )
    targets: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> person words: a draft with one (or an @mention, a name) is aimed"
    )
    not_names: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> capitalised words that are not people (days, months)"
    )
    own_possessives: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> the writer's own possessives: a person word after one ('our team', « notre équipe ») "
        "is the writer's side and aims the draft at no one",
    )
    product_nouns: dict[str, list[str]] = Field(
        default_factory=dict,
        description='language -> nouns of things one makes, sells or uses: a capitalised word before "\'s" and one of '
        "them, or right before or after one ('Zentrix's latest update', 'the Pro plan', « l'appli Doctolib »), names a "
        "product or its maker, read as an @mention of an account, not a person",
    )
    product_users: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> nouns of people named by what they use ('users', « abonnés »): a capitalised word "
        "right before or after one names the product ('Pro users', « les abonnés Pro »)",
    )
    product_links: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words linking a product noun to its maker's name after it (« de »: « l'offre de "
        "Varnier »); a language without them reads no name after the noun ('the features Dave used')",
    )
    negations: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> negation words; never drivers"
    )
    function_words: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> closed-class words (pronouns, determiners, auxiliaries, question words): no drivers",
    )
    identity: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> group lists (risk.hate's, relative to the rule file): the words naming identity "
        "groups are neutral evidence for the model and the lexicon, never drivers, and do not aim a draft at people",
    )
    identity_words: dict[str, str] = Field(
        default_factory=dict,
        description="language -> the group lists' word classes (risk.hate's words file): an entry that names a group "
        "only after a word of a class (preceded_by) is read there only",
    )
    praise: str | None = Field(
        default=None,
        description="a classifier rule file (relative to this one) whose idioms, praise_objects and "
        "praise_determiners say what praise is: an idioms word before a praise object ('murdered that solo') and the "
        "draft's praise emojis are left out of the lexicon score",
    )
    praise_frames: str | None = Field(
        default=None,
        description="a praise file (relative to this one, app.kinds.tone_praise) whose frames find slang praise in "
        "context ('stupid fast', 'The keynote was fire', 'a beast with spreadsheets', 'props to the crew, they were "
        "killers', 'I'm dead 😭 this is hilarious'): such words are left out of the lexicon score, masked for the "
        "model and never drivers; so are the draft's praise emojis",
    )
    harmless_senses: str | None = Field(
        default=None,
        description="(K, session 34) a terms rule file (relative to this one: risk.profanity) whose entries with a "
        "`homonym:` and whose senses grammar (its params lists and senses, app.text.usage) say when a word is used in "
        "a harmless sense: read in that sense (« merde pour ton oral », 'the cock crowed') the word is left out of the "
        "lexicon score, masked for the model and never a driver, as that rule leaves it",
    )
    emojis_by_words: dict[str, bool] = Field(
        default_factory=dict,
        description="(T, session 32) language -> an emoji the lexicon reads as negative by the words of its name "
        "(VADER's descriptions: 😭 'loudly crying face', 🔥 'fire', 💥 'collision') counts only in a draft whose words "
        "the lexicon reads as negative: in a draft whose words are not, it is left out of the lexicon score and is no "
        "driver ('the way she annihilated that high note 😭😭')",
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
    reasoned_markers: list[str] = Field(
        default_factory=list,
        description="phrase lists of the writer's own stance on a decision, a product or an analysis (reasoned_at)",
    )
    vocatives_of: str | None = Field(
        default=None,
        description="(T, session 36) a classifier rule whose aim words (vocative_things, thing_modifiers, "
        "second_person) name things addressed: the second person of a sentence that addresses one as its vocative "
        "aims at no one ('I hate you, rain', « je te hais, lundi »; app.text.aim addressed_things)",
    )


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
        self.reasoned = load(params.reasoned_markers)
        self._lists = {
            id(files): ListsByLanguage(files)
            for files in (self.hostile, self.negative, self.formal, self.informal, self.reasoned)
        }
        self.vocatives: AimReader | None = None
        if params.vocatives_of is not None:
            _, raw = borrowed_params(params.vocatives_of, "classifier", "vocatives_of", deps)
            self.vocatives = AimReader.read(raw, persons=("targets", "person_nouns"))
        self.classifiers: dict[str, Classifier] = {}
        self._folded: dict[str, frozenset[str]] = {}
        self._slang: dict[str, frozenset[str]] = {}
        self.identity: dict[str, IdentityTerms] = {}
        self.praise: PraiseTerms | None = None
        self.frames: PraiseFrames | None = None
        self.senses: HarmlessSenses | None = None
        if params.model is not None:
            if params.model.praise is not None:
                self.praise = PraiseTerms.read(deps.resolve(meta, params.model.praise))
            if params.model.praise_frames is not None:
                self.frames = PraiseFrames.read(deps.resolve(meta, params.model.praise_frames))
            if params.model.harmless_senses is not None:
                self.senses = HarmlessSenses.read(deps.resolve(meta, params.model.harmless_senses))
            for language in params.model.warn_at:
                model = classifier(params.model.task, language)
                if model is not None:
                    self.classifiers[language] = model
            for language, files in params.model.identity.items():
                words = params.model.identity_words.get(language)
                self.identity[language] = IdentityTerms.shared(
                    [deps.resolve(meta, f) for f in files], language, deps.resolve(meta, words) if words else None
                )
        # Same params and files give the same summary: rules with one configuration share it per draft.
        self.key = "tone:" + json.dumps([params.model_dump(mode="json"), str(self.lexicon_dir)], sort_keys=True)
        # The per-draft memo keys, built once: a long key built again on every call is hashed again.
        self._memo = {
            name: f"{self.key}:{name}"
            for name in (
                "identity",
                "negativity",
                "masked",
                "masked-praise",
                "praise",
                "praise-words",
                "products",
                "sentiment",
                "slang",
            )
        }

    def tokens(self, draft: Draft) -> tuple[Token, ...]:
        """The draft's tokens as the model reads them: its own analysis of the text, which the review's models
        share and keep for the last few texts (tokenising again would cost as much as the analysis)."""
        model = self.classifiers.get(draft.language.split("-")[0])
        if model is None:
            return tuple(tokenize(draft.text))
        return model.bundle.analyse(draft.text).tokens

    def identity_spans(self, draft: Draft) -> Spans:
        """The spans of the draft's words that name identity groups (``params.model.identity``), once per draft."""
        terms = self.identity.get(draft.language.split("-")[0])
        if terms is None:
            return ()
        return draft.memo(self._memo["identity"], lambda: terms.spans(self.tokens(draft)))

    def names(self, draft: Draft) -> Spans:
        """The draft's proper names (``proper_names``), once per draft."""
        return draft.memo("tone:names", lambda: proper_names(draft.text, self.tokens(draft)))

    def negative_words(self, draft: Draft) -> tuple[WordScore, ...]:
        """The lexicon's negative words of the draft (valence at least ``driver_min``), strongest first, outside
        proper names: a name's word is no sentiment ("Dick Van Dyke", "Grace Slick")."""
        found = self.sentiment(draft).negatives(self.params.driver_min)
        if not found:
            return found
        text = draft.text
        _, negations = self.words(draft, "negations", "negations")
        if negations:  # "No immigrant deserves…": a negation turns words around, it is no negative word itself
            found = tuple(w for w in found if fold_token(text[w.start : w.end]) not in negations)
        group = self.identity_words(draft)
        if group:  # « femme noire », "black": a word that can name a group is never the tone's word
            found = tuple(w for w in found if fold_token(text[w.start : w.end]) not in group)
        names = self.names(draft) if any(text[w.start].isupper() for w in found) else ()
        return tuple(w for w in found if not inside(w.start, w.end, names)) if names else found

    def identity_words(self, draft: Draft) -> frozenset[str]:
        """The folded one-word forms of the draft's language's group lists (``IdentityTerms.words``)."""
        terms = self.identity.get(draft.language.split("-")[0])
        return terms.words if terms is not None else frozenset()

    def sentiment(self, draft: Draft) -> SentimentResult:
        """The draft's sentiment (shared per draft); neutral for languages without a lexicon. Entities and the
        words naming identity groups are left out."""
        result: SentimentResult = draft.memo(self._memo["sentiment"], lambda: self._sentiment(draft))
        return result

    def _sentiment(self, draft: Draft) -> SentimentResult:
        analyser = get_analyser(draft.language, self.lexicon_dir)
        if analyser is None:
            return SentimentResult(0.0, ())
        plain = analyse_draft(analyser, draft.text, draft.entity_spans, draft.memo)
        identity = self.identity_spans(draft)
        praise = self.praise_spans(draft, plain)
        if not praise and (not identity or not any(inside(w.start, w.end, identity) for w in plain.words)):
            # the group words score nothing: leaving them out would change nothing that counts
            return self._emojis_by_words(draft, analyser, plain, draft.entity_spans, analyser.key)
        masked = tuple(sorted(draft.entity_spans + identity + praise))
        key = f"{analyser.key}:identity" + (f":praise:{praise}" if praise else "")
        result = analyse_draft(analyser, draft.text, masked, draft.memo, key=key)
        return self._emojis_by_words(draft, analyser, result, masked, key)

    def _emojis_by_words(
        self, draft: Draft, analyser: SentimentAnalyser, result: SentimentResult, masked: Spans, key: str
    ) -> SentimentResult:
        """(T, session 32) ``result`` without its negative emojis when the draft's words are not negative
        (``params.model.emojis_by_words``). The lexicon reads an emoji by the words of its name (VADER's descriptions:
        😭 "loudly crying face", 🔥 "fire", 💥 "collision", 💣 "bomb"); in posts such emojis mostly mark how strongly
        the words are meant — laughter, awe, hype ("the way she annihilated that high note 😭😭", « t'as tout défoncé
        💥 ») — so one counts only in a draft whose words, read without the emojis, the lexicon reads as negative
        ("my flight got cancelled again 😭" keeps it). An emoji is a token of symbols only (Unicode category So):
        emoticons (":(") are punctuation and keep their valence."""
        model_params = self.params.model
        if model_params is None or not model_params.emojis_by_words.get(draft.language.split("-")[0], False):
            return result
        text = draft.text
        emojis = tuple((w.start, w.end) for w in result.words if w.valence < 0 and _emoji(text[w.start : w.end]))
        if not emojis:
            return result
        words = analyse_draft(analyser, text, tuple(sorted(masked + emojis)), draft.memo, key=f"{key}:emojis:{emojis}")
        return words if words.score >= 0.0 else result

    def praise_spans(self, draft: Draft, plain: SentimentResult) -> Spans:
        """The lexicon's negative words that are praise here (inside ``praise_words``); () for most drafts."""
        if (self.praise is None and self.frames is None) or not any(w.valence < 0 for w in plain.words):
            return ()

        def negative_praise() -> Spans:
            words = self.praise_words(draft, plain)
            return tuple((w.start, w.end) for w in plain.words if w.valence < 0 and inside(w.start, w.end, words))

        return draft.memo(self._memo["praise"], negative_praise)

    def praise_words(self, draft: Draft, plain: SentimentResult | None = None) -> Spans:
        """The spans of the draft's words that praise here, once per draft: an idioms word before a praise object
        (``PraiseTerms``), the frames of ``PraiseFrames`` ("stupid fast", "The keynote was fire"), and, when one of
        them is found, the draft's praise emojis. ``plain``: the draft's sentiment before any masking."""
        if self.praise is None and self.frames is None and self.senses is None:
            return ()
        return draft.memo(self._memo["praise-words"], lambda: self._praise_words(draft, plain))

    def _praise_words(self, draft: Draft, plain: SentimentResult | None) -> Spans:
        language = draft.language.split("-")[0]
        text = draft.text
        tokens = self.tokens(draft)
        # (K, session 34) a swear word in its harmless sense, as risk.profanity reads it (« merde pour ton oral »)
        harmless = self.senses.spans(text, language, tokens) if self.senses is not None else ()
        idioms: frozenset[str] = frozenset()
        if self.praise is not None:
            idioms = self.praise.idioms.get(language, frozenset())
        anchors = self.frames.any_anchor.get(language, frozenset()) if self.frames is not None else frozenset()
        norms = {t.norm for t in tokens if t.word}
        if idioms.isdisjoint(norms) and anchors.isdisjoint(norms):
            return harmless  # no idioms word (PraiseTerms.words) and no frame's anchor word (PraiseFrames.spans)
        if plain is None:
            analyser = get_analyser(draft.language, self.lexicon_dir)
            plain = analyse_draft(analyser, text, draft.entity_spans, draft.memo) if analyser else None
        positive = frozenset(w.start for w in plain.words if w.valence > 0) if plain is not None else frozenset()
        # The lexicon's negative words, but not a capitalised word inside a sentence: a name ("Shoutout to Mia": VADER
        # reads "mia" as missing in action).
        negative = (
            frozenset(
                w.start
                for w in plain.words
                if w.valence < 0 and not (text[w.start].isupper() and text[: w.start].rstrip()[-1:] not in ".!?")
            )
            if plain is not None
            else frozenset()
        )
        found: set[tuple[int, int]] = set()
        if self.praise is not None:
            found.update(self.praise.words(language, tokens))
        if self.frames is not None:
            found.update(self.frames.spans(text, language, tokens, idioms=idioms, positive=positive, negative=negative))
        if found and self.praise is not None:
            found.update(self.praise.emoji_spans(text, language, tokens))
        return tuple(sorted(found.union(harmless)))

    def negativity(self, draft: Draft) -> tuple[float, bool, bool] | None:
        """Blended negativity, whether it warns, and whether the model vetoes the lexicon; None without a model.

        Negation: the model has none ("I don't hate women" reads as negative), the lexicon has (VADER's
        and pattern's negation). When the lexicon turned a negative word around and reads the whole
        draft as not negative, the lexicon wins: no warning. Computed once per draft and configuration
        (the rule and the tone summary both ask).
        """
        return draft.memo(self._memo["negativity"], lambda: self._negativity(draft))

    def _negativity(self, draft: Draft) -> tuple[float, bool, bool] | None:
        model_params = self.params.model
        language = draft.language.split("-")[0]
        model = self.classifiers.get(language)
        if model_params is None or model is None:
            return None
        masked = self.identity_spans(draft)
        if masked:
            labels = draft.memo(self._memo["masked"], lambda: model.probabilities(draft.text, masked))
        else:
            labels = draft.memo(f"model:{language}:{model.task}:all", lambda: model.probabilities(draft.text))
        weight = model_params.lexicon_weight.get(language, 0.0)
        lexicon = self.sentiment(draft).score
        margin = model_params.veto_margin.get(language, 0.0)

        def judge(labels: Mapping[str, float]) -> tuple[float, bool, bool]:
            p_negative, p_positive = labels.get("negative", 0.0), labels.get("positive", 0.0)
            value = (1.0 - weight) * p_negative + weight * max(0.0, -lexicon)
            # The veto's margin holds only where no word can be slang praise: "killer negotiator", "illegal 😂🔥" keep
            # the plain veto (the model, not the lexicon, reads them in context).
            veto = p_negative < model_params.model_floor.get(language, 0.0) or (
                model_params.veto_positive
                and p_positive > p_negative
                and (p_positive > p_negative + margin or self.slang(draft))
            )
            lexicon_ok = lexicon <= model_params.lexicon_max.get(language, 1.0)
            return value, value >= model_params.warn_at[language] and not veto and lexicon_ok, veto

        value, warns, veto = judge(labels)
        # Only a draft that would warn is read for praise slang, which the model then reads as words it never saw
        # ("This app is stupid fast", "The keynote was fire"): it can only take a warning away.
        praise = self.praise_words(draft) if warns else ()
        if praise:
            both = tuple(sorted(masked + praise))
            value, warns, veto = judge(
                draft.memo(self._memo["masked-praise"], lambda: model.probabilities(draft.text, both))
            )
        # Only a draft that would warn is read word by word for a negated negative word.
        warns = warns and not (lexicon >= 0.0 and self.negated_negative(draft))
        return value, warns, veto

    def slang(self, draft: Draft) -> bool:
        """Whether the draft holds a word that can be slang praise: an idioms word or praise emoji of risk.offensive
        (``PraiseTerms``), or an anchor word of the praise frames (``PraiseFrames``)."""
        language = draft.language.split("-")[0]
        words = self._slang.get(language)
        if words is None:
            found: set[str] = set()
            if self.praise is not None:
                found |= self.praise.idioms.get(language, frozenset()) | self.praise.emojis.get(language, frozenset())
            if self.frames is not None:
                found |= self.frames.slang_anchor.get(language, frozenset())
            words = self._slang.setdefault(language, frozenset(found))
        if not words:
            return False
        text = draft.text
        found_any: bool = draft.memo(
            self._memo["slang"],
            lambda: any(t.norm in words or text[t.start : t.end] in words for t in self.tokens(draft)),
        )
        return found_any

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
        wanted = self._folded.get(f"{attr}:{language}")
        if wanted is None:  # folded once per list and language, not on every draft
            listed: dict[str, list[str]] = getattr(model_params, attr) if model_params is not None else {}
            wanted = self._folded.setdefault(
                f"{attr}:{language}", frozenset(fold_token(w) for w in listed.get(language, ()))
            )
        found = draft.memo(f"{self.key}:{key}", lambda: any(t.word and t.norm in wanted for t in self.tokens(draft)))
        return bool(found), wanted

    def aimed(self, draft: Draft) -> bool:
        """Whether the draft points at people: an @mention, a person word of ``targets``, or a name (a word
        capitalised inside a sentence that is not one of ``not_names``, such as a day or a month).

        Words naming an identity group ("Muslims", "trans people", « les femmes ») do not aim it: a statement about
        a group is not an attack on a reader (risk.hate judges attacks on groups).
        """
        return self.aim(draft) is not None

    def aim(self, draft: Draft) -> AimKind | None:
        """What aims the draft at people (``aimed``, ``app.text.aim``): an @mention, else a name, else only a person
        word, else (session 26, H) a product's or maker's name, read as an @mention of an account ("Zentrix's latest
        update", "the Pro plan"); None."""
        if draft.entities.mentions:
            return "mention"
        found = self._unmentioned(draft)
        if found is None and self.products(draft):
            return "mention"
        return found

    def _unmentioned(self, draft: Draft) -> AimKind | None:
        """What aims the draft at people besides its @mentions: a name or a person word; None. A person word of the
        writer's own side ("our team", ``own_side``) and a product's or maker's name (``products``) are no one
        aimed at (session 26, H)."""
        _, persons = self.words(draft, "targets", "targets")
        _, not_names = self.words(draft, "not-names", "not_names")
        _, possessives = self.words(draft, "own-possessives", "own_possessives")
        words = [t for t in self.tokens(draft) if t.word]
        skip = self.identity_spans(draft) + self.products(draft)
        if self.vocatives is not None:  # (T, session 36) "I hate you, rain": that "you" is the rain
            skip += self.vocatives.thing_second_person(draft.text, draft.language)
        if possessives:
            skip += own_side(draft.text, words, persons, possessives)
        return aim(draft.text, words, AimWords(persons, not_names), mentions=False, skip=skip)

    def products(self, draft: Draft) -> Spans:
        """(H, session 26) The capitalised words of the draft that name a product or its maker (``product_names``:
        ``product_nouns``, ``product_users``, ``product_links``), once per draft."""

        def find() -> Spans:
            _, nouns = self.words(draft, "product-nouns", "product_nouns")
            if not nouns:
                return ()
            _, users = self.words(draft, "product-users", "product_users")
            _, links = self.words(draft, "product-links", "product_links")
            _, persons = self.words(draft, "targets", "targets")
            words = [t for t in self.tokens(draft) if t.word]
            return product_names(draft.text, words, nouns, users, links, persons)

        found: Spans = draft.memo(self._memo["products"], find)
        return found

    def severity(self, draft: Draft, value: float) -> Severity:
        """Warning when the negativity is strong, aimed at people or carried by several negative words; info for
        mild negativity about one thing."""
        return self.graded(draft, value)[0]

    def graded(self, draft: Draft, value: float) -> tuple[Severity, str]:
        """``severity`` and why it is info where its reason has a message of its own: "reasoned" (reasoned
        criticism), "thing" (session 35, K: mild negativity aimed at no one, "I hate Mondays"), else ""."""
        model_params = self.params.model
        language = draft.language.split("-")[0]
        strong = model_params.strong_at.get(language) if model_params is not None else None
        if model_params is not None and self.reasoned_criticism(draft, value):
            return Severity.INFO, "reasoned"
        if strong is None or model_params is None or value >= strong:
            return Severity.WARNING, ""
        # A complaint names several bad things ("late, cold and rude"); a grumble has one ("I hate Mondays").
        if len(self.negative_words(draft)) >= model_params.strong_words:
            return Severity.WARNING, ""
        aim = self.aim(draft)
        if aim is None:
            return Severity.INFO, "thing"
        return self._aimed_grade(draft, value, aim), ""

    def _aimed_grade(self, draft: Draft, value: float, aim: str) -> Severity:
        """The grade of mild negativity in a draft aimed at people (``graded``)."""
        model_params = self.params.model
        assert model_params is not None  # ``graded`` asks only with a model's params
        language = draft.language.split("-")[0]
        # One mild word said to "you" alone (no @mention, no name): « Tu crains le froid ? » is no attack.
        if aim == "person" and value < model_params.person_at.get(language, 0.0):
            return Severity.INFO
        # (session 18) One mild word to an @mention alone (no person word or name): a complaint about a thing, info
        # under mention_at ("@airline my flight was delayed 4 hours", « @sncf mon train a eu 2h de retard »).
        if aim == "mention" and value < model_params.mention_at.get(language, 0.0) and self._unmentioned(draft) is None:
            return Severity.INFO
        return Severity.WARNING

    def reasoned_criticism(self, draft: Draft, value: float) -> bool:
        """(K, session 33) Whether the draft is reasoned criticism: the writer's own stance on a decision, a product or
        an analysis (a phrase of ``reasoned_markers``: "I disagree with the board's decision", "Disappointed by Acme's
        update", « la décision me paraît injuste », « je ne partage pas l'analyse de … »), negativity under
        ``reasoned_at`` and no hostile marker. Such a draft says what it disagrees with and why; the sentiment model
        reads its negative words as it reads venting. Contempt is other rules' (insults, disparagement, hate)."""
        model_params = self.params.model
        cap = model_params.reasoned_at.get(draft.language.split("-")[0]) if model_params is not None else None
        if cap is None or value >= cap or not self._hits(draft, self.reasoned):
            return False
        return not self._hits(draft, self.hostile)

    def _hits(self, draft: Draft, files: list[dict[str, PhraseList]]) -> list[PhraseHit]:
        lists = self._lists[id(files)](draft.language)
        if not lists:
            return []
        hits = [h for lst in lists for h in lst.find_in(draft)]
        return [h for h in hits if not draft.overlaps_entity(h.start, h.end)] if hits else hits

    def summary(self, draft: Draft) -> ToneSummary:
        """The tone summary of ``draft`` (computed once per draft and configuration)."""
        return draft.memo(self.key, lambda: self._summarise(draft))

    def _summarise(self, draft: Draft) -> ToneSummary:
        p = self.params
        result = self.sentiment(draft)
        hostile = self._hits(draft, self.hostile)
        negative = self._hits(draft, self.negative)
        informal = self._hits(draft, self.informal)
        bad_words = [(w.start, w.end) for w in self.negative_words(draft)]
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


@dataclass(frozen=True, slots=True)
class HarmlessSenses:
    """(K, session 34) The words of a terms rule (risk.profanity) that have harmless senses, per language, and that
    rule's grammar of use (``app.text.usage``): the tone reads a swear word as that rule does. Said to wish luck for a
    trial to come (« merde pour ton oral / ta soutenance / ton concours ») « merde » is no negativity, as it is no
    profanity there; aimed at someone (« t'es une merde pour ton frère ») it stays a negative word."""

    words: Mapping[str, Mapping[str, tuple[str, ...]]]
    grammars: Mapping[str, Grammar]

    @classmethod
    def read(cls, path: Path) -> HarmlessSenses:
        """The homonym entries of the term lists of the rule file at ``path`` (its ``params.lists``) and its grammars
        (``params.senses``); ``ValueError`` names the file and the key that is wrong."""
        if not path.is_file():
            raise ValueError(f"harmless_senses: rule file not found: {path}")
        loaded = read_yaml(path, "harmless_senses:")
        params = loaded.get("params") if isinstance(loaded, dict) else None
        lists = params.get("lists") if isinstance(params, dict) else None
        senses = params.get("senses") if isinstance(params, dict) else None
        if not isinstance(lists, dict) or not isinstance(senses, dict):
            raise ValueError(f"harmless_senses: {path}: params.lists and params.senses must map languages to files")
        grammars = load_grammars({k: str(v) for k, v in senses.items()}, lambda rel: (path.parent / rel).resolve())
        words: dict[str, dict[str, tuple[str, ...]]] = {}
        for language in grammars:
            files = lists.get(language) or []
            found: dict[str, tuple[str, ...]] = {}
            for relative in [files] if isinstance(files, str) else files:
                data = TermFile.model_validate(read_yaml((path.parent / relative).resolve(), "harmless_senses:"))
                for spec in data.terms:
                    if isinstance(spec, TermSpec) and spec.homonym:
                        for form in (spec.term, *spec.forms):
                            if " " not in form.strip():
                                found.setdefault(fold_token(form), tuple(spec.homonym))
            words[language] = found
        return cls(words, grammars)

    def spans(self, text: str, language: str, tokens: Sequence[Token]) -> Spans:
        """The spans of ``tokens`` that are homonyms read in one of their harmless senses; () for most drafts."""
        words = self.words.get(language)
        grammar = self.grammars.get(language)
        if not words or grammar is None:
            return ()
        return tuple(
            (t.start, t.end)
            for t in tokens
            if t.word and t.norm in words and reading(text, t.start, t.end, grammar, words[t.norm]) == INNOCENT
        )


@dataclass(frozen=True, slots=True)
class PraiseTerms:
    """What praise is, per language, as risk.offensive defines it (its ``idioms``, ``praise_objects`` and
    ``praise_determiners`` params, read from that rule file): folded words, and the idioms that are no words (🔥)."""

    idioms: Mapping[str, frozenset[str]]
    emojis: Mapping[str, frozenset[str]]
    objects: Mapping[str, frozenset[str]]
    determiners: Mapping[str, frozenset[str]]

    @classmethod
    def read(cls, path: Path) -> PraiseTerms:
        """The lists of the rule file at ``path``; ``ValueError`` names the file and the key that is wrong."""
        if not path.is_file():
            raise ValueError(f"praise: rule file not found: {path}")
        loaded = read_yaml(path, "praise:")
        params = loaded.get("params") if isinstance(loaded, dict) else None
        tables: dict[str, dict[str, list[str]]] = {}
        for key in ("idioms", "praise_objects", "praise_determiners"):
            table = params.get(key) if isinstance(params, dict) else None
            if not isinstance(table, dict) or not all(
                isinstance(v, list) and all(isinstance(w, str) for w in v) for v in table.values()
            ):
                raise ValueError(f"praise: {path}: params.{key} must map each language to a list of words")
            tables[key] = table
        idioms = tables["idioms"]
        return cls(
            {lang: frozenset(fold_token(w) for w in ws if any(c.isalnum() for c in w)) for lang, ws in idioms.items()},
            {lang: frozenset(w for w in ws if not any(c.isalnum() for c in w)) for lang, ws in idioms.items()},
            {lang: frozenset(fold_token(w) for w in ws) for lang, ws in tables["praise_objects"].items()},
            {lang: frozenset(fold_token(w) for w in ws) for lang, ws in tables["praise_determiners"].items()},
        )

    def words(self, language: str, tokens: Sequence[Token]) -> Spans:
        """The spans of the idioms words of ``tokens`` followed by a praise object ("killed *it*", "murdered *that
        solo*"), whatever the lexicon says of them."""
        candidates, praised = self._praised(language, tokens)
        return tuple((t.start, t.end) for t in candidates if t.start in praised)

    def _praised(self, language: str, tokens: Sequence[Token]) -> tuple[list[Token], frozenset[int]]:
        """The idioms words of ``tokens`` and the start offsets of those followed by a praise object."""
        idioms = self.idioms.get(language, frozenset())
        objects = self.objects.get(language, frozenset())
        if not idioms or not objects:
            return [], frozenset()
        words = [t for t in tokens if t.word]
        candidates = [t for t in words if t.norm in idioms]
        if not candidates:
            return [], frozenset()
        praised = praised_objects(words, candidates, objects, self.determiners.get(language, frozenset()))
        return candidates, praised

    def emoji_spans(self, text: str, language: str, tokens: Sequence[Token]) -> Spans:
        """The spans of the praise emojis of ``tokens`` (the idioms that are no words: 🔥 💀 😭)."""
        emojis = self.emojis.get(language, frozenset())
        return tuple((t.start, t.end) for t in tokens if text[t.start : t.end] in emojis or t.norm in emojis)

    def spans(self, text: str, language: str, tokens: Sequence[Token], sentiment: SentimentResult) -> Spans:
        """The spans of ``sentiment``'s negative words that are praise: an idioms word followed by a praise object,
        right after it or after one determiner ("killed *it*", "murdered *that solo*"), and, in a draft that holds
        one, the praise emojis."""
        _, praised = self._praised(language, tokens)
        if not praised:
            return ()
        emojis = self.emojis.get(language, frozenset())
        return tuple(
            (w.start, w.end)
            for w in sentiment.words
            if w.valence < 0 and (w.start in praised or text[w.start : w.end] in emojis)
        )


@dataclass(frozen=True, slots=True)
class IdentityTerms:
    """The words that name identity groups in one language, read from proximity group lists (risk.hate's
    ``terms/<language>/groups.yml``): each form as a sequence of the model's folded tokens.

    A form is a group's name ("muslims", "trans people", « personnes handicapées »), a group adjective that names
    one alone (``open_heads``: "jewish", "trans") or an adjective with its noun of people (``heads``: "black
    people", « vies noires »); a place only threats aim at (``only_with``: "mosque") is not a group. An entry that
    names a group only after a word of a class (``preceded_by``: « les noirs », not « le café noir ») counts only
    there, with the class read from the list's word-classes file (``words``); without one it is not read.
    Spelling variants are not read: they are risk.hate's business, and masking guesses would hide real words.
    """

    forms: Mapping[tuple[str, ...], frozenset[str] | None]  # folded form -> the words that must precede it, or None
    firsts: frozenset[str]  # the first word of every form
    lengths: tuple[int, ...]  # the forms' lengths in words, longest first
    # every one-word form of every entry, whatever its condition (« noire », "black", « juif », "migrants"): a word
    # that can name a group is never the span of a tone finding, wherever it stands (``ToneRule``)
    words: frozenset[str] = frozenset()

    @classmethod
    def shared(cls, paths: Sequence[Path], language: str, words: Path | None = None) -> IdentityTerms:
        """``read``, once per process for the same files (``tone.negative`` and ``tone.target`` read the same lists)
        and kept in the build cache (``app.kinds.build_cache``)."""
        files = [*paths, *([words] if words is not None else [])]
        name = f"identity-terms\0{language}\0{len(paths)}\0{words is not None}"
        return build_cache.shared(name, files, lambda: cls.read(paths, language, words))

    @classmethod
    def read(cls, paths: Iterable[Path], language: str, words: Path | None = None) -> IdentityTerms:
        """The forms of every list at ``paths``; ``ValueError`` names a missing or malformed file."""
        classes: dict[str, frozenset[str]] = {}
        if words is not None:
            if not words.is_file():
                raise ValueError(f"identity_words.{language}: word classes not found: {words}")
            for name, members in read_classes_file(words).classes.items():
                classes[name] = frozenset(t.norm for w in members for t in tokenize(w)[:1])
        found: dict[tuple[str, ...], frozenset[str] | None] = {}
        single: set[str] = set()
        for path in paths:
            if not path.is_file():
                raise ValueError(f"identity.{language}: term list not found: {path}")
            spec_list = read_list_file(path)
            for raw in spec_list.terms:
                spec = EntrySpec(term=raw) if isinstance(raw, str) else raw
                alone = [spec.term, *spec.forms]
                for word in (*alone, *(f for w in alone for f in inflect(w, language, spec_list.inflect))):
                    norms = tuple(t.norm for t in tokenize(word) if t.word)
                    if len(norms) == 1:
                        single.add(norms[0])
                if spec.only_with or (spec.preceded_by is not None and spec.preceded_by not in classes):
                    continue
                after = classes[spec.preceded_by] if spec.preceded_by is not None else None
                written = list(alone) if spec.open_heads or not spec.heads else []
                written += headed_forms(alone, [*spec.heads, *_singular_heads(spec.heads)])
                written += [f for w in written for f in inflect(w, language, spec_list.inflect)]
                written += [f for w in written for f in _singular_forms(w)]
                for form in written:
                    norms = tuple(t.norm for t in tokenize(form) if t.word)
                    if norms:
                        known = found.get(norms, frozenset())
                        found[norms] = None if after is None or known is None else known | after
        lengths = tuple(sorted({len(f) for f in found}, reverse=True))
        return cls(found, frozenset(f[0] for f in found), lengths, frozenset(single))

    def spans(self, tokens: Sequence[Token]) -> Spans:
        """Code-point spans of the text of ``tokens`` (``app.text.models.tokenize``) holding a form, longest match
        first, left to right."""
        norms = [token.norm for token in tokens]
        firsts = self.firsts
        if firsts.isdisjoint(norms):  # most drafts: no group word at all
            return ()
        forms = self.forms
        out: list[tuple[int, int]] = []
        done = 0  # tokens[:done] are read
        for k, norm in enumerate(norms):
            if k < done or norm not in firsts:
                continue
            for size in self.lengths:
                key = tuple(norms[k : k + size])
                if len(key) < size or key not in forms:
                    continue
                after = forms[key]
                if after is None or (k > 0 and norms[k - 1] in after):
                    out.append((tokens[k].start, tokens[k + size - 1].end))
                    done = k + size
                    break
        return tuple(out)


# the plural head nouns of people whose singular is no -s away ("women", "men", "people")
_IRREGULAR = {"women": "woman", "men": "man", "people": "person", "folks": "person", "children": "child"}


def _emoji(token: str) -> bool:
    """Whether ``token`` is an emoji: symbols only (Unicode category So, with their joiners and variation
    selectors), at least one of them; an emoticon (":(") is punctuation."""
    symbols = [c for c in token if unicodedata.category(c) == "So"]
    return bool(symbols) and all(unicodedata.category(c) in ("So", "Mn", "Cf", "Sk") for c in token)


def _singular_noun(word: str) -> str | None:
    """The singular of a plural noun of people (« femmes » -> « femme », "women" -> "woman"), or None."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us")):
        return word[:-1]
    return None


def _singular_heads(heads: Iterable[str]) -> list[str]:
    """The singular of each plural head of people (« femmes {} » -> « femme {} »): a person of the group is named
    by one noun as the group is by its plural (« en tant que femme noire », "as a black woman")."""
    out: list[str] = []
    for head in heads:
        words = head.split()
        for k, word in enumerate(words):
            one = _singular_noun(word) if word != "{}" else None
            if one is not None:
                out.append(" ".join([*words[:k], one, *words[k + 1 :]]))
                break
    return out


def _singular_forms(form: str) -> list[str]:
    """A two-word form ending in a plural noun of people, in the singular ("black women" -> "black woman")."""
    words = form.split()
    if len(words) != 2:
        return []
    one = _singular_noun(words[1])
    return [f"{words[0]} {one}"] if one is not None and words[1] in _IRREGULAR else []


def proper_names(text: str, tokens: Sequence[Token] | None = None) -> Spans:
    """Spans of the capitalised words that stand next to another one ("Dick Van Dyke will host", "with Sarah
    Palin"): the words of a name, which carry no sentiment whatever the lexicon says of them as common words.

    A capitalised word is a word of two letters or more, its first one upper case and not all of them ("NASA",
    "WORST" shout). Two are next to each other when only spaces stand between them. A draft where capitalised words
    are half of its words or more is a headline or a shout ("Worst Service Ever", "Fuck Trump"): no names.
    """
    words = [t for t in (tokenize(text) if tokens is None else tokens) if t.word and t.end - t.start > 1]
    words = [t for t in words if text[t.start].isalpha()]
    capitalised = [text[t.start].isupper() and not text[t.start : t.end].isupper() for t in words]
    if 2 * sum(capitalised) >= len(words):
        return ()
    out: list[tuple[int, int]] = []
    for k, (token, upper) in enumerate(zip(words, capitalised, strict=True)):
        if not upper:
            continue
        joined = any(
            0 <= j < len(words)
            and capitalised[j]
            and text[min(token.end, words[j].end) : max(token.start, words[j].start)].isspace()
            for j in (k - 1, k + 1)
        )
        if joined:
            out.append((token.start, token.end))
    return tuple(out)


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
        score = decimal(result.score if judged is None else -judged[0], draft.language, signed=True)
        severity, why = (None, "") if judged is None else self.model.graded(draft, judged[0])
        spans = [(w.start, w.end) for w in self.model.negative_words(draft)[: params.max_findings]]
        model_params = params.model
        if not spans and judged is not None and model_params is not None:
            # The model's drivers, but never a person word, a negation, a name or a word that can name a group: they
            # carry no negativity of their own.
            _, persons = self.model.words(draft, "targets", "targets")
            _, negations = self.model.words(draft, "negations", "negations")
            _, function_words = self.model.words(draft, "function-words", "function_words")
            never = persons | negations | function_words | self.model.identity_words(draft)
            language = draft.language.split("-")[0]
            model = self.model.classifiers[language]
            min_drop = model_params.driver_drop.get(language, 0.08)
            masked = tuple(sorted(self.model.identity_spans(draft) + self.model.praise_words(draft)))
            drivers = model.drivers(draft.text, limit=params.max_findings + 4, min_drop=min_drop, masked=masked)
            text = draft.text
            names = self.model.names(draft)
            spans = [
                (o, o + n)
                for o, n, _ in drivers
                if not draft.overlaps_entity(o, o + n)
                and fold_token(text[o : o + n]) not in never
                and not inside(o, o + n, names)
            ][: params.max_findings]
            if not spans:
                # No word of the draft carries the negativity (the model leans on person, function or negated
                # words, as it does on "Gay people are not an abomination"): nothing to point at, no finding.
                return
        # (session 34, K) Reasoned criticism is info for its own reason, and its message says so: not "strongly
        # negative", a view given with its reasons, and the words some readers may still take badly. (session 35, K)
        # Mild negativity aimed at no one ("I hate Mondays") likewise: said of a thing, it attacks no person.
        prefix = f"{why}-" if severity is Severity.INFO and why else ""
        if not spans:
            yield self.finding(draft, 0, 0, key=f"{prefix}whole", score=score, severity=severity)
            return
        yield self._one_finding(draft, sorted(spans), score, severity, prefix)

    def _one_finding(
        self, draft: Draft, spans: Sequence[tuple[int, int]], score: str, severity: Severity | None, prefix: str = ""
    ) -> Finding:
        """One thing said, one finding (session 22): the draft's tone is one judgement, so its words are one finding
        whose span runs from the first to the last of them and whose message names each ("'pathetic' and 'idiot'
        make this draft read as strongly negative"), not a finding per word saying the same thing again. Its span
        holds every word, so a finding of a rule that supersedes it (an insult, disparagement, hate) replaces it
        only where it holds all of them (``app.engine.drop_superseded``). ``prefix`` "reasoned-" picks the messages
        of reasoned criticism, "thing-" those of mild negativity aimed at no one."""
        if len(spans) == 1:
            start, end = spans[0]
            key = prefix.rstrip("-") or "default"
            return self.finding(draft, start, end, key=key, score=score, severity=severity)
        words = quoted_words([draft.text[s:e] for s, e in spans], draft.language)
        return self.finding(
            draft, spans[0][0], spans[-1][1], key=f"{prefix}several", words=words, score=score, severity=severity
        )

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
        self._check = {
            "capitals": self._capitals,
            "punctuation": self._punctuation,
            "hashtags": self._hashtags,
        }[params.check]

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Dispatch on ``check`` (chosen once, when the rule is built)."""
        return list(self._check(draft, ctx))[: self.params.max_findings]

    def _is_acronym(self, word: str, ctx: CheckContext) -> bool:
        folded = word.casefold()
        return folded in self.acronyms or folded in ctx.accepted

    def _capitals(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        p = self.params
        text = draft.text
        if not _TWO_CAPITALS.search(text):  # no word can be all capitals: skip the word scan
            return
        found = list(_WORD.finditer(text))
        # (U, session 37) the words in capitals that count (outside the entities, enough letters, no acronym) first,
        # the cheap test leading: none, nothing to say before every word's letters are counted (most drafts: "@USER" is
        # an entity, "I" one letter)
        loud = [
            m
            for m in found
            if m.group().isupper()
            and not draft.overlaps_entity(m.start(), m.end())
            and sum(c.isalpha() for c in m.group()) >= p.min_letters
            and not self._is_acronym(m.group(), ctx)
        ]
        if not loud:
            return
        words = [m for m in found if not draft.overlaps_entity(m.start(), m.end())]
        letters = [m for m in words if sum(c.isalpha() for c in m.group()) >= p.min_letters]
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
        # each span says the words in capitals it spans ("THIS IS UNACCEPTABLE": 3, its "IS" too), not the draft's
        # count of shouting words (a one-word span said "2 mots" of « GRATUIT pour TOUS », the 4-word one "3 words")
        spanned = [
            sum(1 for m in words if start <= m.start() and m.end() <= end and m.group().isupper())
            for start, end in runs
        ]
        total = sum(spanned)
        for (start, end), count in zip(runs, spanned, strict=True):
            excerpt = text[start:end]
            lowered = excerpt.lower()
            key = "one" if count == 1 and total > 1 else "default"
            yield self.finding(
                draft, start, end, key=key, replacements=[lowered, lowered.capitalize()], count=count, total=total
            )

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

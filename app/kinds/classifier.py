"""Kind ``classifier``: a finding from a learned model (``app.text.models``), at the words that drive it.

A rule of this kind names a model ``task`` (offensive, hate, irony…) and, per language, probability
bands that map to severities (``{warning: 0.6, error: 0.9}``). When the draft's probability reaches
a band, the rule reports the words whose removal lowers the probability most (occlusion, exact
code-point spans), one finding per word, up to ``max_findings``.

Lists and the model together: ``defer_to`` names ``terms`` rules (``risk.profanity``…). When one of
their term lists matches the draft, that rule already reports the word with its explanation, so this
rule adds no second finding for it; the same when one of their allow-list phrases matches ("Dick Van
Dyke" was judged harmless by the list's authors) or a listed word reads in its harmless sense by its
homonym cues (« le président mongol »: the model would only be reading the word itself). With ``judge_info``, a
draft whose listed words all read as ``info`` there ("idiot", "damn", "jerk"; the list's own model option did
not raise them) is judged all the same from that probability, at most a warning, its listed words never this
rule's spans (the other drivers, else the whole draft): "@tom damn you are pathetic" at "pathetic". ``skip_when``
names term lists whose presence leaves the draft to another rule: a draft naming a protected group is
judged by ``risk.hate`` (its lists and the hate model), not by an offensive model whose training data
over-weight identity words; a group adjective that names people only with a noun of people ("turkish", "black")
counts only where the ``defer_to_reported`` grammar reads a group there ("Turkish barbers", not "Turkish coffee",
"THE IRANIAN MULLAH"). ``defer_to_reported`` names ``proximity`` rules (``risk.hate``): a draft naming a
group where one of them finds a pair it cancels as someone else's words — reported or quoted speech, counter-speech
("Saying women are scum is disgusting", « Dire que les femmes sont inférieures est ignoble ») — gets no finding
whatever the probability, which the quoted words raise. Words
right after a negation (``negations``, ``negation_window``) are not drivers; when every driver is
negated ("women are not stupid") there is no finding. Words of ``idioms`` ("killed", "sick", 🔥) are praise in a
draft the language's sentiment model reads as positive (P(positive) ≥ P(negative) + ``positive_margin``): there
they are not drivers either ("@maria you killed it 🔥"), while "@bob I will kill you" keeps its finding; before a
``praise_objects`` word ("killed *that speech*"), a draft read as more positive than negative is enough, and a
draft read as negative too when the model reads the rest below ``praise_rest_below`` with the idiom masked (no
insult beside it); so is a slang predicate of ``praise_frames`` said of the reader's thing ("your new jacket is
sick": ``praise_possessives``). A draft needs a target (``targets``, an @mention, a name inside a sentence); a
third-person plural pronoun (``plural_pronouns``) is none when it stands for things: the nearest plural noun before
it, after a determiner or opening its sentence before a verb, is no person word, agent noun or group ("Cockroaches
are disgusting, kill them all"; when unsure, it stays a target). A model-only finding therefore means "offensive
without a listed word, aimed at someone, not about a protected group, not negated, not praise".

(G, session 26) The group reading as a gate that *requires*: ``only_when`` names, per language, the term lists of
which the draft must name one (the groups of ``risk.hate``, ``terms/<lang>/groups.yml``), read exactly as
``skip_when`` reads them (a group adjective counts where the ``defer_to_reported`` grammar reads a group there, or
alone: ``adjective_alone``). A draft naming none gets no finding whatever the probability, and the model does not
run on it; a language without an entry there is not checked. The group words are never the rule's spans, nor the
function words of ``not_drivers``: where only they drive the probability there is no finding (the model's bias for
identity words and the shape of an identity statement: "Trans women are women.", « Les juifs sont nos voisins »),
and the message names the group (``{target}``). ``defer_to_findings`` names rules whose finding (a warning or an error,
anywhere in the draft) says the thing already: the rule then runs after the others (``Rule.after_others``) and
stays silent where one of them reported ("one thing said, one finding" for a whole draft, where ``supersedes``
needs the spans to nest). This is ``risk.hate-model``: the group-hate model's second opinion where ``risk.hate``'s
grammar reads nothing. ``masked_at`` (session 27) reads such a draft a second time with its group words masked
(``masked``: unseen words of the same length): below that floor the group's name raised the first reading, not what
the draft says of the group ("there are Pakistanis on my street who are all nurses"), and there is no finding;
with ``questions_once`` (session 28) a draft asking a question is read once (a question insinuates through the
group's name). ``level_with`` (session 30): a comparison that puts the group level with everyone ("like everyone
else", « comme les autres »), in a sentence naming the group or the next, with no word of ``level_denials`` (a
negation, a pretence) in that sentence, leaves the draft without a finding and the model unrun.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from pydantic import Field, field_validator

from app.domain import Draft, Finding, Severity
from app.kinds import notes
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta
from app.kinds.base import borrowed_params as _borrowed_params
from app.kinds.proximity import ProximityKind, ProximityParams, ProximityRule
from app.kinds.terms import (
    HARMLESS_SENSES,
    MENTION_REASONS,
    SELF_REASONS,
    TermsKind,
    TermsParams,
    TermSpec,
    TermsRule,
    read_term_file,
)
from app.kinds.terms import head_adjectives as _head_adjectives
from app.kinds.terms import plain_terms as _plain_terms
from app.kinds.tone_praise import PraiseFrames
from app.text.aim import AimReader, AimWords, is_name, is_person, word_tokens
from app.text.folding import fold_term
from app.text.models import TASK_TARGETS, Classifier, Spans, Token, classifier, fold_token, inside, tokenize

# the word right after a group adjective, in its sentence (spaces, hyphens between): none after a mark or the end
_NEXT_WORD = re.compile(r"[ \t-]+([^\W\d_][\w']*)")
# (G, session 30) the words of a sentence for level_with (apostrophes split: « n'importe » is « n », « importe »;
# "don't" is "don", "t"), and a sentence: up to a full stop, a question or exclamation mark, a semicolon, a line break
_WORD = re.compile(r"[^\W_]+")
_SENTENCE = re.compile(r"[^.!?;…\n]+")


class ImpersonalFrame(KindParams):
    """A verb impersonal before some complements only: its forms and those complements (« fait » + « froid »)."""

    verbs: list[str] = Field(description="the verb's forms (« fait », « faisait », « faire »)")
    complements: list[str] = Field(description="what makes it impersonal after it (« froid », « temps », « nuit »)")


class ClassifierParams(KindParams):
    """The model task, per-language probability bands, the list rules it defers to, and span limits."""

    task: str = Field(description="model task: offensive, hate, sentiment, irony or group_hate (TASK_TARGETS)")
    bands: dict[str, dict[Severity, float]] = Field(
        description="language -> {severity: lowest probability for it}; languages without bands are not checked"
    )
    defer_to: list[str] = Field(
        default_factory=list, description="ids of terms rules whose list hits this rule leaves to them"
    )
    skip_when: dict[str, list[str] | str] = Field(
        default_factory=dict,
        description="language -> term lists whose presence leaves the draft to other rules (groups: risk.hate); an "
        "adjective of their heads/open_heads entries counts only where a defer_to_reported grammar reads a group there "
        "('Turkish barbers', not 'Turkish coffee')",
    )
    thing_modifiers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(H, session 25) language -> nouns of things one makes, sells or uses: a driver is dropped "
        "where it qualifies one inside its noun phrase ('the most useless, garbage piece of software'; "
        "app.text.aim.modifier_of_thing)",
    )
    literal_phrasals: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(H, session 25) language -> particle verbs in their literal sense ('sucks up'): a driver opening "
        "one, its object no person and not 'to' ('sucks up CPU'; not 'sucks up to the boss'), is no insult",
    )
    only_when_shaped: bool = Field(
        default=False,
        description="(G2, session 42) a group the defer_to_reported rules read by its shape (risk.hate: "
        "app/kinds/shaped_groups.py, 'the Sylheti community', « les Flamands ») counts as an only_when group",
    )
    only_when: dict[str, list[str] | str] = Field(
        default_factory=dict,
        description="(G, session 26) language -> term lists of which the draft must name one (groups: "
        "risk.hate-model), read as skip_when reads them; no such word, no finding and no model run. With entries, a "
        "language without one is not checked; the listed words are never the spans, and the message's {target}",
    )
    ungated_band: dict[str, float] = Field(
        default_factory=dict,
        description="(L2, session 36) language -> the probability at which the model speaks on a draft naming no "
        "only_when group (which otherwise gets no finding): a warning at the occlusion drivers, its message the "
        "``no_group`` ones (no {target}), with every other gate unchanged. Chosen out of round (each round read by a "
        "model fitted without it); no entry, no reading without a group",
    )
    ungated_min_words: int = Field(
        default=0,
        description="(L2, session 36) the fewest words a draft needs for ``ungated_band``: on a short draft naming no "
        "group the model reads a shape, not a target (« On se voit demain » 0.93, « T'es un bon »)",
    )
    masked_at: dict[str, float] = Field(
        default_factory=dict,
        description="(G, session 27) language -> the probability the model must still give the draft with its "
        "only_when group words read as words it never saw (``masked``): below it, the group's name raises the "
        "reading, not what the draft says of the group ('there are Pakistanis on my street who are all nurses'), and "
        "there is no finding. A language without an entry is not read twice",
    )
    questions_once: bool = Field(
        default=False,
        description="(G, session 28) a draft that asks a question (holds a question mark) is read once: masked_at does "
        "not apply to it. A question says what it insinuates of the group through the group's name ('why are X "
        "always …?'), so masked it reads as harmless (round 29: hate as a question 8 -> 6 of 12 with the floor)",
    )
    level_with: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(G, session 30) language -> comparisons that put a group level with everyone ('like everyone "
        "else', « comme les autres », « comme nous »): a sentence naming an only_when group (or the one after it) "
        "that holds one, with no word of level_denials outside it, says the group is like the rest (« les immigrés "
        "sont français comme les autres »), and the draft gets no finding (the model reads the shape of the group "
        "statement); the model does not run. Denied (« pas des êtres humains comme nous »), the comparison is hate, "
        "and the model reads it",
    )
    level_denials: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(G, session 30) language -> words that deny or fake a level_with comparison in its sentence: a "
        "negation (« pas », « jamais »; 't' is the token of n't) or a pretence (« se croit », 'pretend')",
    )
    defer_to_findings: list[str] = Field(
        default_factory=list,
        description="(G, session 26) ids of rules whose warning or error anywhere in the draft leaves it to them: "
        "the rule runs after the others and says nothing there (risk.hate-model defers to risk.hate)",
    )
    not_drivers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(G, session 26) language -> function words that are never drivers (determiners, pronouns, "
        "copulas): there the model reads a sentence's shape ('X are *our* neighbours'), not what it says",
    )
    weak_drivers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(G, session 27) language -> quantifiers and stance adverbs ('every', 'honestly'; « tous », "
        "« franchement »): they carry a generalisation's shape, not what is said of the group, so they are the span "
        "only where no other word lowers the probability ('Every', 'tous' gave way to 'over', « fourbes »)",
    )
    skip_below: dict[str, float] = Field(
        default_factory=dict,
        description="language -> probability from which a draft holding a skip_when term is judged all the same "
        "('Stupid woman.'); the skip_when words are never its spans. Without it, such drafts are left alone",
    )
    defer_to_reported: list[str] = Field(
        default_factory=list,
        description="ids of proximity rules (risk.hate) whose pairs cancelled as reported or quoted speech mark a "
        "draft holding a skip_when term as counter-speech: no finding, whatever the probability ('Saying women are "
        "scum is disgusting'); their grammar is built for the skip_below languages only",
    )
    negations: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> words that negate the next negation_window words"
    )
    negation_window: int = Field(default=3, ge=1, le=6)
    negation_raisers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> verbs of opinion or saying that carry a negation before them into their clause: "
        "the negation_window starts again after one ('I don't think women are stupid', 'Nobody says X are …')",
    )
    targets: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words that point at people (you, they, ceo…); with a list, a draft without one of "
        "them or an @mention gets no finding (abuse of objects: 'our old printer is garbage')",
    )
    not_names: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> capitalised words that never name a person (days, months: 'I hate Mondays')",
    )
    name_determiners: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> determiners after which (one word between at most) a capitalised word names a thing, "
        "not a person: 'this disgusting UI', 'the new Pixel' (app.text.aim)",
    )
    idioms: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words that are praise in a positive draft ('killed it', 'sick', 🔥): not drivers "
        "when the language's sentiment model reads the draft as positive by positive_margin",
    )
    positive_margin: float = Field(default=0.3, ge=0.0, le=1.0)
    praise_objects: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> what a performance or a craft is ('speech', 'solo', 'designer'; 'it'): an idioms "
        "word right before one, or before a determiner of praise_determiners and one, is praise as soon as the "
        "sentiment model reads the draft as more positive than negative ('you killed that speech', 'a killer "
        "designer'), without positive_margin",
    )
    praise_determiners: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> words that may stand between an idioms word and its object"
    )
    praise_possessives: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> possessives of the reader ('your', « ton »): a slang predicate of praise_frames said "
        "of the reader's thing ('your new jacket is sick') is praise whatever the sentiment model reads, when the "
        "model reads the draft without it below praise_rest_below",
    )
    dislike_verbs: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> verbs of dislike ('hate', « déteste »): such a driver whose object is a thing (a day "
        "or month of not_names, a word of thing_nouns, or a singular noun after a dislike_determiners word that is no "
        "person, name or target) is no driver ('@jen22 i hate mondays', 'I hate this weather')",
    )
    harm_verbs: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> verbs of violence ('kill', « tuer »), every form: such a driver whose object is a "
        "thing, read as for dislike_verbs ('gonna kill this boss fight', « je vais défoncer ce tableur »), or the "
        "writer alone ('it's been killing me', « ça me tue ») is no driver; a person, 'you' or a name keeps it",
    )
    adjective_alone: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words after which a skip_when group adjective stands alone and names its people "
        "('Deaf since birth', 'Iranian and proud'): a preposition, a conjunction, a copula; before any other word the "
        "adjective counts only where the defer_to_reported grammar reads a group or that word is a person noun",
    )
    dative_openers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words that, right after a writer_objects word, make it a dative with the object "
        "still to come ('gonna kill me a cop', 'kill me some X'): the verb keeps its finding; not 'all', 'every', "
        "'this' ('killing me all week')",
    )
    object_heads: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> nouns of an activity or an event that head a compound object after a person noun "
        "('this boss fight', 'the client meeting', « ce match de boss »): the object is the activity, a thing",
    )
    writer_objects: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> the writer as the object of a harm_verbs verb: after it in English ('killing me'), "
        "before it in French (« ça me tue », « ça m'a tué »)",
    )
    dislike_determiners: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> the determiners that may open a dislike verb's object ('the', 'this', 'my'; not "
        "'your', 'his': a person's thing)",
    )
    praise_rest_below: dict[str, float] = Field(
        default_factory=dict,
        description="language -> the model's probability of the draft with a praise_possessives predicate masked "
        "under which the rest holds no insult ('your haircut is sick and so are you, freak' stays)",
    )
    praise_frames: str | None = Field(
        default=None,
        description="the tone turn's praise file (relative to this one, app.kinds.tone_praise): a driver it reads as "
        "slang praise in context ('a killer on the mic', 'that guitarist is a monster', 'props to the crew, they were "
        "killers') is no driver",
    )
    plural_pronouns: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> third-person plural pronouns of targets (they, them; ils, eux): when they are the "
        "draft's only targets and each stands for a plural noun before it that is no person ('Cockroaches are "
        "disgusting, kill them all'), the draft is aimed at no one",
    )
    singular_pronouns: dict[str, dict[str, list[str]]] = Field(
        default_factory=dict,
        description="language -> singular pronoun of targets that may stand for a thing (« il », « elle ») -> the "
        "determiners of the nouns it agrees with: a target only when the nearest such noun before it names people or "
        "none is found (« cette imprimante …, elle … » is aimed at no one)",
    )
    impersonal_verbs: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> verbs after which a pronoun of targets names no one (« il pleut », « il faut »)",
    )
    impersonal_frames: dict[str, list[ImpersonalFrame]] = Field(
        default_factory=dict,
        description="language -> verbs impersonal before some complements only (« il fait froid », « il fait un "
        "temps de merde », « il est tard », « il est 3h »; not « il fait chier », « il est con »): after a pronoun of "
        "targets, past the words of impersonal_skips, such a verb and one of its complements (or a number) name no one",
    )
    impersonal_skips: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words that may stand around an impersonal_frames verb (auxiliaries, adverbs, "
        "articles: « il va faire un froid », « il ne fait pas beau »)",
    )
    plural_determiners: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words that open a plural noun phrase ('these mosquitoes', « les moustiques »)",
    )
    owner_determiners: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(H, session 30) language -> the addressee's possessives ('your', « votre », « vos »): a noun "
        "phrase they open whose nouns hold one of thing_modifiers and name no one is a thing of the addressee's; a "
        "word said of it is said of a thing ('@acme your fucking wifi', '@acme your trains are garbage'; app.text.aim)",
    )
    plural_copulas: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(H, session 30) language -> plural copulas ('are', « sont »): a word said of a thing as its "
        "predicate follows one of these or of copulas ('the trains are garbage'; app.text.aim)",
    )
    second_person: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(H, session 30) language -> the words of the second person ('you', « tu », « t' », « toi »): "
        "after a thing addressed at the head of its sentence with a swear word (« Saloperie d'imprimante, tu vas "
        "démarrer oui ? »), they address that thing, not a person (app.text.aim)",
    )
    place_prepositions: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(T, session 32) language -> prepositions of place ('in', « à »): a capitalised word right after "
        "one, closing its clause and no first name, names a place, not a person ('stuck in Croydon', « en panne à "
        "Châtelet. »; app.text.aim)",
    )
    place_openers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(T, session 35) language -> phrases after which a capitalised word names a place whatever follows "
        "it (« en pleine », « en »: « coincé en pleine Beauce avec une crevaison »; app.text.aim)",
    )
    known_place_openers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(B, session 45) language -> prepositions after which a known place (app/text/place_names.txt, "
        "written from GeoNames and ISO 3166-2 by training/place_names.py) names a place whatever follows it ('stuck "
        "at Strathfield for an hour', 'the pitch in Chennai today was rubbish'; app.text.aim)",
    )
    place_links: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(O, session 53) language -> links of a noun to its complement (« de », « d' », « du »): a known "
        "place after one and a noun of things (thing_modifiers, vocative_things, object_heads) is that thing's place "
        "(« les trains de Lyon », « la météo de Brest »; « le maire de Lyon » is read as before; app.text.aim)",
    )
    place_articles: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(O, session 53) language -> articles a known place may be listed with, held by the opener or "
        "the link before it (« au Havre », « du Havre »: « le havre »; app.text.aim)",
    )
    institution_heads: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(B, session 38) language -> head nouns of institutions' names ('department', 'bank', « banque »): "
        "a run of capitalised words after one and a link of institution_links names the institution's field or place, "
        "not a person ('the Department of Health', « la Banque de France »; app.text.aim)",
    )
    institution_links: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(B, session 38) language -> the links between an institution's head and its complement ('of', "
        "'for', « de »; app.text.aim)",
    )
    vocative_things: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(T, session 35) language -> nouns addressed as things besides thing_modifiers (days, months, the "
        "weather): the vocative of a sentence, its second person addresses that thing ('I hate you, Monday', « je te "
        "hais, lundi »; app.text.aim addressed_things)",
    )
    thing_determiners: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> determiners of a noun phrase that is no person's ('this', 'the', 'my', « ce », "
        "« mon »; not 'your', « ton »): a swear word inside one whose nouns name no one is said of a thing, whoever an "
        "@mention addresses ('@sam_k this fucking printer again'; risk.profanity's aim, app.text.aim)",
    )
    noun_links: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words linking a noun to its complement inside a noun phrase (« de », « d' », « à »: "
        "« ce métro de merde », « cette putain d'imprimante »)",
    )
    epithet_links: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(H, session 23) language -> words tying an insult noun to the noun it is the epithet of (« ce "
        "connard de GPS », 'that bastard of a printer'): of a thing, risk.profanity grades it as an expletive (aim)",
    )
    epithet_articles: dict[str, list[str]] = Field(
        default_factory=dict, description="language -> articles that may follow an epithet link ('of a', 'of an')"
    )
    epithet_openers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words that may open an epithet phrase besides a determiner or a clause's start "
        "(« mort aux cons de pigeons »)",
    )
    epithet_subjects: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> the writer's subject pronouns before a verb of insult whose object may be a thing "
        "(« je nique cette imprimante »)",
    )
    object_determiners: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> determiners opening such an object (« ce », « mon »; not « la »: « nique la police »)",
    )
    demonstratives: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> demonstratives ('this', « ce »): a noun phrase one opens names a "
        "thing whatever its noun when none names people ('@club that second half was garbage'; app.text.aim)",
    )
    intensifiers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> intensifiers ('most', 'so', 'really'): a modifier inside a thing's "
        "noun phrase, an adverb between the writer's subject and a swear verb ('I totally fucked up'; app.text.aim)",
    )
    exclamatives: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> exclamatives that may open an interjection before its swear word "
        "(« …, quelle merde, … »; app.text.aim)",
    )
    writer_auxiliaries: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> auxiliaries between the writer's subject pronoun and a swear verb "
        "(\"I've fucked up\", « j'ai merdé »; app.text.aim)",
    )
    person_objects: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> object pronouns that may stand for a person: a clause of the "
        "writer's holding one may be aimed at them ('fuck I hate them'; app.text.aim)",
    )
    object_clitics: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> object clitics (« le », « lui ») that stand for a person right after "
        "one of clitic_hosts (« putain je la déteste »; app.text.aim)",
    )
    clitic_hosts: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> the words after which object_clitics are pronouns, not articles "
        "(« je », « ne », « vais »; app.text.aim)",
    )
    vocative_openers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> words that may open a vocative addressed only by words of address "
        "('Fuck off, the printer', « Dégage, le rhume »; app.text.aim addressed_things)",
    )
    not_vocative: dict[str, list[str]] = Field(
        default_factory=dict,
        description="(Q, session 40) language -> words no closing vocative holds ('fuck you and your printer'; "
        "app.text.aim said_to_thing)",
    )
    first_names: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> first names that name a person even opening a sentence ('Dave is a fucking liar'); "
        "none that is also a month, a place or a common word (May, Paris, Grace)",
    )
    copulas: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> copulas of a person predicate after a capitalised word opening its sentence ('is', "
        "« est », « c'est »)",
    )
    predicate_fillers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words that may stand between the copula and the person word of a person predicate "
        "(articles, intensifiers, swear words: 'a useless fucking', « un putain de »)",
    )
    resumptions: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> pronouns that take up a noun phrase before a copula (« c' »: « la saison, c'était de "
        "la merde »): the swear word is said of that noun phrase",
    )
    person_insults: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> insult nouns that name a person ('liar', « menteur »): a person inside a noun "
        "phrase ('this fucking liar')",
    )
    plural_modifiers: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words that may stand between a determiner and its plural noun ('the old printers')",
    )
    plural_verbs: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> words after which a sentence-initial bare plural is a subject ('Mondays *are* …')",
    )
    person_nouns: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> nouns of people and roles (neighbours, players, voters): such an antecedent keeps "
        "the pronoun a target; the words of targets and the skip_when groups are persons too",
    )
    not_antecedents: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> plural nouns a pronoun never stands for ('these days', 'things'): read past",
    )
    person_suffixes: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> plural endings of agent nouns ('-ers', '-ists', « -eurs »): a noun with one is taken "
        "for people (when unsure, the pronoun stays a target)",
    )
    thing_nouns: dict[str, list[str]] = Field(
        default_factory=dict,
        description="language -> plural nouns with an agent ending that name animals or things ('spiders', 'printers', "
        "« chargeurs »): no person, whatever the ending",
    )
    judge_info: dict[str, float] = Field(
        default_factory=dict,
        description="language -> probability from which a draft whose deferred list words all read as info there "
        "('idiot', 'damn', 'jerk') is judged all the same (the other gates still apply); without it, it is left alone",
    )
    things_reread: bool = Field(
        default=False,
        description="(B, session 44) when the readings of things (dislike of a thing, words qualifying or said of a "
        "thing, literal phrasals) drop drivers and others stay, the model reads the draft again with those words "
        "masked: below the lowest band what is left is no attack ('worst 90 minutes' after 'that defending was a "
        "disgrace')",
    )
    max_findings: int = Field(default=3, ge=1, le=10)
    min_drop: float = Field(default=0.02, ge=0.0, le=1.0, description="smallest probability drop of a driver word")

    @field_validator("task")
    @classmethod
    def _known_task(cls, value: str) -> str:
        if value not in TASK_TARGETS:
            raise ValueError(f"unknown task {value!r}; use one of {', '.join(TASK_TARGETS)}")
        return value

    @field_validator("bands")
    @classmethod
    def _probabilities(cls, value: dict[str, dict[Severity, float]]) -> dict[str, dict[Severity, float]]:
        for language, bands in value.items():
            for severity, p in bands.items():
                if not 0.0 < p <= 1.0:
                    raise ValueError(f"{language}.{severity.value}: a probability is in (0, 1]")
        return value


def _borrowed_meta(meta: RuleMeta, rule_id: str, kind: str, source: Path | None) -> RuleMeta:
    """The meta of another rule file's lists or grammar, built inside this rule (its id, this rule's severity)."""
    return RuleMeta(
        id=rule_id,
        family=meta.family,
        severity=meta.severity,
        languages=frozenset({"*"}),
        summary={"en": rule_id},
        messages={},
        kind=kind,
        source=source,
    )


def _terms_rule(meta: RuleMeta, rule_id: str, params: TermsParams, deps: Deps, source: Path | None) -> Rule:
    return TermsKind().build(_borrowed_meta(meta, rule_id, "terms", source), params, deps)


def _list_rules(meta: RuleMeta, rule_id: str, deps: Deps) -> list[Rule]:
    """A ``terms`` rule built from another rule file's lists (``risk.profanity`` -> rules/risk/profanity.yml),
    and one whose terms are those lists' allow-list phrases ("Dick Van Dyke" is judged harmless there)."""
    path, raw = _borrowed_params(rule_id, "terms", "defer_to", deps)
    lists = raw.get("lists", {})
    params = TermsParams(
        lists=lists,
        allow=raw.get("allow", []),
        inflect=raw.get("inflect", []),
        entities=[],
        # The list rule's own grading, so that judge_info knows which of its hits it reports at info.
        severity_by_sureness=raw.get("severity_by_sureness"),
        reported=raw.get("reported", {}),
        self_directed=raw.get("self_directed", {}),
        model=raw.get("model"),
        senses=raw.get("senses", {}),  # the list's grammar of homonyms: a harmless use is left to the list
        homonym_grading=raw.get("homonym_grading", "slur"),
    )
    allowed = list(raw.get("allow", []))
    for files in lists.values():
        for relative in [files] if isinstance(files, str) else files:
            allowed.extend(read_term_file((path.parent / relative).resolve()).allow)
    rules = [_terms_rule(meta, rule_id, params, deps, path)]
    if allowed:
        rules.append(_terms_rule(meta, rule_id, TermsParams(terms=sorted(set(allowed))), deps, path))
    return rules


class _LanguageOnly(Rule):
    """Another rule, run only for drafts in one language."""

    def __init__(self, language: str, rule: Rule) -> None:
        super().__init__(rule.meta)
        self.language = language
        self.rule = rule

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """The wrapped rule's findings, for drafts in ``language``."""
        if draft.language.split("-")[0] != self.language:
            return []
        return self.rule.check(draft, ctx)


class ClassifierRule(Rule):
    """Model-only findings at the driving words, when the probability reaches a band."""

    def __init__(
        self,
        meta: RuleMeta,
        params: ClassifierParams,
        models: Mapping[str, Classifier],
        lists: Iterable[Rule],
        skips: Iterable[Rule] = (),
        sentiment: Mapping[str, Classifier] | None = None,
        reported: Iterable[ProximityRule] = (),
        frames: PraiseFrames | None = None,
        adjectives: Mapping[str, frozenset[str]] | None = None,
        requires: Iterable[Rule] = (),
    ) -> None:
        super().__init__(meta)
        self.params = params
        self.requires = tuple(requires)
        self.not_drivers = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.not_drivers.items()}
        self.weak = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.weak_drivers.items()}
        self.level = {
            lang: tuple(tuple(fold_token(w) for w in _WORD.findall(p)) for p in ps)
            for lang, ps in params.level_with.items()
        }
        self.denials = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.level_denials.items()}
        self.adjectives = dict(adjectives or {})
        self.alone = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.adjective_alone.items()}
        self.frames = frames
        self.models = dict(models)
        self.lists = tuple(lists)
        self.skips = tuple(skips)
        self.sentiment = dict(sentiment or {})
        self.reported = tuple(reported)
        self.idioms = {lang: frozenset(fold_token(w) for w in words) for lang, words in params.idioms.items()}
        self.objects = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.praise_objects.items()}
        self.determiners = {
            lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.praise_determiners.items()
        }
        self.yours = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.praise_possessives.items()}
        self.aim = AimReader.read(dict(params))
        self.dislikes = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.dislike_verbs.items()}
        self.harms = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.harm_verbs.items()}
        self.heads = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.object_heads.items()}
        self.phrasals = {
            lang: tuple(tuple(fold_token(w) for w in p.split()) for p in ps)
            for lang, ps in params.literal_phrasals.items()
        }
        self.thing_heads = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.thing_modifiers.items()}
        self.writers = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.writer_objects.items()}
        self.datives = {lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.dative_openers.items()}
        self.dislike_determiners = {
            lang: frozenset(fold_token(w) for w in ws) for lang, ws in params.dislike_determiners.items()
        }

    def severity_for(self, language: str, probability: float) -> Severity | None:
        """The highest band ``probability`` reaches (capped by the rule's severity), or None."""
        bands = self.params.bands.get(language.split("-")[0], {})
        reached = [s for s, p in bands.items() if probability >= p]
        if not reached:
            return None
        best = max(reached, key=lambda s: s.rank)
        return best if best.rank <= self.meta.severity.rank else self.meta.severity

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Findings at the driver words of a draft the model judges positive and no listed word explains."""
        model = self.models.get(draft.language.split("-")[0])
        required = self._required(draft, ctx) if model is not None else None
        ungated = self._ungated(draft, ctx) if model is not None and required is None else None
        if ungated is not None:
            required = []
        if model is None or required is None:
            return
        if required and self._levelled(draft, required):
            return  # "X are people like everyone else": the group put level with the rest, whatever the model reads
        probability = model_probability(draft, model)
        severity = self.severity_for(draft.language, probability)
        if ungated is not None and probability < ungated:
            return
        if severity is None or not self._said_of_group(draft, model, tuple(required)):
            return
        listed = [rule for rule in self.lists if _lists(rule, draft, ctx)]
        info: list[tuple[int, int]] = []  # the spans of listed words that read as info: not this rule's spans
        if listed:
            if probability < self.params.judge_info.get(draft.language.split("-")[0], 2.0):
                return
            info = _info_spans(listed, draft, ctx)
            if not info:
                return
            severity = min(severity, Severity.WARNING, key=lambda s: s.rank)
            writer = _said_of_writer(listed, draft, ctx)
            if writer:  # "they talk to me like I'm a fucking child": judged without what is said of the writer
                probability = model.probability(draft.text, masked=writer)
                if self.severity_for(draft.language, probability) is None:
                    return
        skipped = self._group_mentions(draft, ctx, self.skips) if self.skips else []
        if skipped and probability < self.params.skip_below.get(draft.language.split("-")[0], 2.0):
            return
        groups = (*skipped, *required)
        if groups and any(rule.reported_pairs(draft) for rule in self.reported):
            return  # counter-speech: the group and its predicate are someone else's words ("Saying X are scum is …")
        if not self._has_target(draft, groups=bool(groups)):
            return
        drivers = self._drivers(draft, model, groups, tuple(required))
        if groups and not drivers:  # only the group words drive it (an identity statement): nothing to say
            return
        if ungated is not None and not drivers:  # no group and no word that drives it: nothing to point at
            return
        named = self._named_sentences(draft, drivers) if not groups else list(drivers)
        kept = self._said_of_people(draft, named) if named is not None else None
        if kept is None or not self._still_offensive(draft, drivers, kept):
            return
        drivers = kept
        if info:  # the listed word keeps its own (info) finding; this one is on the other words, or the whole draft
            drivers = [d for d in drivers if not any(s < d[0] + d[1] and d[0] < e for s, e in info)]
        yield from self._findings(draft, drivers, required, severity, probability, grouped=ungated is None)

    def _findings(
        self,
        draft: Draft,
        drivers: Sequence[tuple[int, int, float]],
        required: Sequence[tuple[int, int]],
        severity: Severity,
        probability: float,
        *,
        grouped: bool,
    ) -> Iterable[Finding]:
        """The findings at the driver words (or the whole draft when none is left); a draft naming no listed group
        (``ungated_band``) gets a warning at most and the messages without ``{target}``."""
        percent = notes.percent(probability, draft.language)
        target = ", ".join(dict.fromkeys(draft.text[s:e] for s, e in sorted(required)))
        if not grouped:
            severity = min(severity, Severity.WARNING, key=lambda s: s.rank)
        key = "default" if grouped else "no_group"
        if not drivers:
            whole = "whole" if grouped else f"{key}_whole"
            yield self.finding(draft, 0, 0, key=whole, severity=severity, probability=percent, target=target)
            return
        for offset, length, _ in sorted(drivers):
            yield self.finding(
                draft, offset, offset + length, key=key, severity=severity, probability=percent, target=target
            )

    def _levelled(self, draft: Draft, required: Sequence[tuple[int, int]]) -> bool:
        """Whether a sentence naming a required group, or the one after it, holds a ``level_with`` comparison and no
        word of ``level_denials`` outside it (« les réfugiés sont des êtres humains comme nous »; not « c'est pas des
        êtres humains comme nous », nor « les Roms se croient des citoyens comme les autres »)."""
        language = draft.language.split("-")[0]
        phrases = self.level.get(language)
        if not phrases:
            return False
        denials = self.denials.get(language, frozenset())
        named = False  # whether the sentence before names a group ("gay men? just people, like everyone else")
        for sentence in _SENTENCE.finditer(draft.text):
            start, end = sentence.span()
            before, named = named, any(start <= s < end for s, _ in required)
            if not (named or before):
                continue
            words = [fold_token(w) for w in _WORD.findall(sentence.group())]
            for phrase in phrases:
                n = len(phrase)
                for i in range(len(words) - n + 1):
                    if tuple(words[i : i + n]) == phrase and not denials.intersection(words[:i] + words[i + n :]):
                        return True
        return False

    def _said_of_group(self, draft: Draft, model: Classifier, required: Spans) -> bool:
        """Whether the model still reads the draft at ``masked_at`` with its required group words (``only_when``) read
        as unseen words: what is said of the group, not the group's name (True without an entry or a group, and for
        a question with ``questions_once``)."""
        floor = self.params.masked_at.get(draft.language.split("-")[0])
        if floor is None or not required or (self.params.questions_once and _asks(draft.text)):
            return True
        return bool(model.probability(draft.text, masked=tuple(sorted(required))) >= floor)

    def _drivers(self, draft: Draft, model: Classifier, groups: Spans, required: Spans) -> list[tuple[int, int, float]]:
        """The occlusion drivers, off the draft's entities, never a group word ("Stupid woman.": "Stupid") nor a word
        of ``not_drivers``. A required group (``only_when``) takes no driver's place, and where only its words lower
        the probability by ``min_drop``, the word of the rest that lowers it most stands (a reading saturated over
        several words); none where no other word lowers it ("Trans women are women."). A word of ``weak_drivers``
        (a quantifier, a stance adverb) stands only where no other word lowers the probability at all."""
        limit = self.params.max_findings
        shapes = self.not_drivers.get(draft.language.split("-")[0], frozenset())
        text = draft.text

        def kept(found: Iterable[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
            return [
                d
                for d in found
                if not draft.overlaps_entity(d[0], d[0] + d[1])
                and not _meets(d, groups)
                and fold_token(text[d[0] : d[0] + d[1]]) not in shapes
            ]

        weak = self.weak.get(draft.language.split("-")[0], frozenset())
        asked = len(text) if required or shapes or weak else limit
        drivers = kept(model.drivers(text, limit=asked, min_drop=self.params.min_drop))
        if not drivers and required:
            drivers = kept(model.drivers(text, limit=len(text), min_drop=1e-6))[:1]
        if weak and drivers:  # a quantifier or a stance adverb only where no other word lowers P at all
            strong = [d for d in drivers if fold_token(text[d[0] : d[0] + d[1]]) not in weak]
            if not strong:
                every = kept(model.drivers(text, limit=len(text), min_drop=1e-6))
                strong = [d for d in every if fold_token(text[d[0] : d[0] + d[1]]) not in weak][:1]
            drivers = strong or drivers
        return drivers[:limit]

    def _named_sentences(
        self, draft: Draft, drivers: Sequence[tuple[int, int, float]]
    ) -> list[tuple[int, int, float]] | None:
        """(T, session 34) The drivers in the sentences of the names that alone aim the draft (no @mention, person
        word or group: ``AimReader.named_sentences``), all of them when something else aims it; None when that drops
        every one: a place or a brand capitalised in another sentence aims no one ("Weather in Manchester is vile
        today. Sideways rain. Disgusting.", "Uber Eats delivered it cold. Garbage service, garbage app.")."""
        if not drivers or draft.entities.mentions:
            return list(drivers)
        named = self.aim.named_sentences(draft.text, draft.language)
        if named is None:
            return list(drivers)
        kept = [d for d in drivers if any(s <= d[0] < e for s, e in named)]
        return kept or None

    def _said_of_people(
        self, draft: Draft, drivers: Sequence[tuple[int, int, float]]
    ) -> list[tuple[int, int, float]] | None:
        """The drivers that are neither said about things, nor praise, nor negated; None when these readings drop
        every one (a draft without drivers keeps none, and is judged whole unless it holds a negation)."""
        kept = list(drivers)
        disliked = self._about_things(draft, kept)
        if disliked:
            kept = [d for d in kept if d[0] not in disliked]
            if not kept:  # the draft dislikes a thing ("@jen22 i hate mondays"): no one is attacked
                return None
        praise = self._praise(draft, kept)
        if praise:
            kept = [d for d in kept if d[0] not in praise]
            if not kept:  # the offensive-looking words are praise here ("@maria you killed it 🔥")
                return None
        negated = self._negated(draft)
        if negated:
            kept = [d for d in kept if d[0] not in negated]
            if not kept:  # the words that make it read as offensive are negated ("women are not stupid")
                return None
        return kept

    def _still_offensive(
        self, draft: Draft, drivers: Sequence[tuple[int, int, float]], kept: Sequence[tuple[int, int, float]]
    ) -> bool:
        """(B, session 44, ``things_reread``) Whether the model still reads ``draft`` in a band with the drivers said
        of things (``_about_things``) that the readings set aside masked: "@club that defending was a disgrace, worst
        90 minutes …" reads 0.72, 0.36 without "disgrace" (said of the defending); "@acme your app is garbage and you
        are a pathetic liar" stays. True when none was set aside. (Masking every driver set aside — in a sentence
        naming no one, praise, negated — lost one offensive tweet of en-offensive-dev: only things.)"""
        model = self.models.get(draft.language.split("-")[0])
        if not self.params.things_reread or model is None:
            return True  # (R, session 45) tested first: the readings of things cost more than the flag
        starts = {d[0] for d in kept}
        if all(d[0] in starts for d in drivers):
            return True  # none set aside: nothing to mask
        about = self._about_things(draft, drivers)
        masked = tuple(sorted((o, o + n) for o, n, _ in drivers if o not in starts and o in about))
        if not masked:
            return True
        return self.severity_for(draft.language, model.probability(draft.text, masked=masked)) is not None

    def _required(self, draft: Draft, ctx: CheckContext) -> list[tuple[int, int]] | None:
        """The gates before the model: None when a ``defer_to_findings`` rule has spoken, or when ``only_when`` asks
        for a group the draft does not name (or has no lists for its language); else the spans of the groups named
        (none without ``only_when``)."""
        if self._deferred(ctx):
            return None
        if not self.params.only_when:
            return []
        if draft.language.split("-")[0] not in self.params.only_when:
            return None
        mentions = self._group_mentions(draft, ctx, self.requires)
        if self.params.only_when_shaped:  # (G2, session 42) "the Sylheti community", « les Flamands »
            mentions += [span for rule in self.reported for span in _shaped_spans(rule, draft) if span not in mentions]
        return mentions or None

    def _ungated(self, draft: Draft, ctx: CheckContext) -> float | None:
        """The ``ungated_band`` of a draft ``_required`` turned away for naming no ``only_when`` group (None when the
        language has no entry, or has no only_when lists, or a ``defer_to_findings`` rule has spoken)."""
        language = draft.language.split("-")[0]
        band: float | None = self.params.ungated_band.get(language)
        if band is None or language not in self.params.only_when or self._deferred(ctx):
            return None
        if len(_WORD.findall(draft.text)) < self.params.ungated_min_words:
            return None
        return band

    def _deferred(self, ctx: CheckContext) -> bool:
        """Whether a rule of ``defer_to_findings`` already reported a warning or an error in the draft."""
        rules = self.params.defer_to_findings
        return bool(rules) and any(f.rule in rules and f.severity.rank >= Severity.WARNING.rank for f in ctx.findings)

    def _group_mentions(self, draft: Draft, ctx: CheckContext, lists: Iterable[Rule]) -> list[tuple[int, int]]:
        """The spans of the hits of ``lists`` (the ``skip_when`` or the ``only_when`` lists) that name a group: a
        group adjective of ``heads`` or ``open_heads``
        ("turkish", "iranian", "black") counts only where ``risk.hate``'s grammar (``defer_to_reported``) reads it as
        naming people — before a noun of people ("Turkish barbers"), said of a person ("he's Iranian") — not before
        another noun ("Turkish coffee", "THE IRANIAN MULLAH"). Languages without that grammar keep every hit."""
        skipped = [(f.offset, f.offset + f.length) for rule in lists for f in rule.check(draft, ctx)]
        adjectives = self.adjectives.get(draft.language.split("-")[0])
        if not skipped or not adjectives:
            return skipped
        text = draft.text
        qualifying = [(s, e) for s, e in skipped if fold_term(text[s:e]) in adjectives]
        if not qualifying:
            return skipped
        read = [rule.target_spans(draft) for rule in self.reported]
        if not any(spans is not None for spans in read):
            return skipped
        groups = [span for spans in read for span in spans or ()]
        return [
            (s, e)
            for s, e in skipped
            if (s, e) not in qualifying or any(a < e and s < b for a, b in groups) or self._alone(draft, e)
        ]

    def _alone(self, draft: Draft, end: int) -> bool:
        """Whether the group adjective ending at ``end`` stands alone or before a person noun: no word right after
        it in its sentence, a word of ``adjective_alone`` ("Deaf since birth"), or a person noun of the aim lists
        (a word of targets, person_nouns or an agent ending: "disabled claimants")."""
        match = _NEXT_WORD.match(draft.text, end)
        if match is None:
            return True
        language = draft.language.split("-")[0]
        word = fold_token(match.group(1))
        if word in self.alone.get(language, frozenset()):
            return True
        people = self.aim.people.get(language, frozenset())
        return self.aim.antecedents.person(word, language, people)

    def _has_target(self, draft: Draft, groups: bool = False) -> bool:
        """Whether the draft points at people (``app.text.aim``): an @mention, a word of ``targets`` or a name (True
        without a list).

        A third-person plural pronoun of ``plural_pronouns`` is no target when it stands for a plural noun before
        it that is no person ("Cockroaches are disgusting, kill them all"); never in a draft naming a group
        (``groups``: the skip_when lists matched), and whenever the antecedent is unsure or a person."""
        mentions = bool(draft.entities.mentions)
        return self.aim.aim(draft.text, draft.language, mentions=mentions, pronouns=not groups) is not None

    def _disliked_things(self, draft: Draft, drivers: Sequence[tuple[int, int, float]]) -> frozenset[int]:
        """Start offsets of the drivers that are ``dislike_verbs`` whose object is a thing: a day or month
        (``not_names``), a ``thing_nouns`` word, or a singular noun after a ``dislike_determiners`` word (one
        ``plural_modifiers`` word between at most) that is no target, person noun or name; nothing after the object
        in its clause names a person ("I hate this job, my boss is a clown" keeps "hate"). The same for a
        ``harm_verbs`` verb ("gonna kill this boss fight"), whose object may also be the writer alone
        (``writer_objects``: "it's been killing me", « ça me tue »)."""
        language = draft.language.split("-")[0]
        dislikes = self.dislikes.get(language, frozenset())
        harms = self.harms.get(language, frozenset())
        if not (dislikes or harms) or not drivers:
            return frozenset()
        text = draft.text
        words = word_tokens(text)
        starts = {o for o, _, _ in drivers}
        out: set[int] = set()
        for i, token in enumerate(words):
            if token.start not in starts or token.norm not in dislikes | harms:
                continue
            if self._thing_object(text, words, i + 1, language) or (
                token.norm in harms and self._writer_object(text, words, i, language)
            ):
                out.add(token.start)
        return frozenset(out)

    def _about_things(self, draft: Draft, drivers: Sequence[tuple[int, int, float]]) -> frozenset[int]:
        """Start offsets of the drivers said about things: dislike of a thing (``_disliked_things``), words qualifying
        a thing (``_of_things``, session 25), a particle verb in its literal sense (``_literal``, session 25)."""
        return self._disliked_things(draft, drivers) | self._of_things(draft, drivers) | self._literal(draft, drivers)

    def _of_things(self, draft: Draft, drivers: Sequence[tuple[int, int, float]]) -> frozenset[int]:
        """(H, session 25) Start offsets of the drivers that qualify a thing of ``thing_modifiers`` inside its noun
        phrase (``AimReader.modifiers_of_things``, one reading for all of them): "@acme the most useless, bloated,
        garbage piece of software"."""
        heads = self.thing_heads.get(draft.language.split("-")[0])
        if not heads:
            return frozenset()
        starts = [d[0] for d in drivers]
        # (H, session 30) ... or are said of such a thing as its predicate: "@acme your trains are garbage"
        return self.aim.modifiers_of_things(draft.text, draft.language, starts, heads) | (
            self.aim.predicates_of_things(draft.text, draft.language, starts, heads)
        )

    def _literal(self, draft: Draft, drivers: Sequence[tuple[int, int, float]]) -> frozenset[int]:
        """(H, session 25) Start offsets of the drivers that open a particle verb of ``literal_phrasals`` in its literal
        sense: the word after the particle is not "to" and names no one ("it sucks up CPU", "sucks up my battery";
        "sucks up to the boss", "sucks up you" keep theirs)."""
        language = draft.language.split("-")[0]
        phrasals = self.phrasals.get(language)
        words = self.aim.words.get(language)
        if not phrasals or words is None:
            return frozenset()
        starts = {d[0] for d in drivers}
        tokens = word_tokens(draft.text)
        out: set[int] = set()
        for i, token in enumerate(tokens):
            if token.start not in starts:
                continue
            for phrase in phrasals:
                end = i + len(phrase)
                if end >= len(tokens) or tuple(t.norm for t in tokens[i:end]) != phrase:
                    continue
                mention = "@" in draft.text[tokens[end - 1].end : tokens[end].start]  # "sucks up @bob": a person
                if tokens[end].norm != "to" and not mention and not is_person(draft.text, tokens, end, words):
                    out.add(token.start)
        return frozenset(out)

    def _writer_object(self, text: str, words: Sequence[Token], i: int, language: str) -> bool:
        """Whether the harm verb ``words[i]`` has the writer alone as its object: a ``writer_objects`` sequence right
        after it ("killing me"; not a dative before a determiner, "kill me a cop"), or in French right before it
        (« ça me tue », « ça m'a tué »), in the same clause, the rest of which names no one."""
        aim_words = self.aim.words.get(language)
        if aim_words is None:
            return False
        for entry in self.writers.get(language, frozenset()):
            seq = entry.split()
            if language == "fr":
                lo, hi = i - len(seq), i
            else:
                lo, hi = i + 1, i + 1 + len(seq)
            if lo < 0 or hi > len(words) or [w.norm for w in words[lo:hi]] != seq:
                continue
            span = words[min(lo, i) : max(hi, i + 1)]
            if any(_CLAUSE_MARKS.intersection(text[a.end : b.start]) for a, b in itertools.pairwise(span)):
                continue
            end = max(hi, i + 1)
            if (
                end < len(words)
                and words[end].norm in self.datives.get(language, frozenset())
                and not _CLAUSE_MARKS.intersection(text[words[end - 1].end : words[end].start])
            ):
                continue  # "kill me a cop": the writer is a dative, the object follows
            if not self._names_someone(text, words, end, aim_words):
                return True
        return False

    @staticmethod
    def _names_someone(text: str, words: Sequence[Token], start: int, aim_words: AimWords) -> bool:
        """Whether the clause going on at ``words[start]`` names a person (a person word or a name)."""
        for k in range(start, len(words)):
            if k > 0 and _CLAUSE_MARKS.intersection(text[words[k - 1].end : words[k].start]):
                break
            if words[k].norm in aim_words.persons or is_name(text, words, k, aim_words):
                return True
        return False

    def _thing_object(self, text: str, words: Sequence[Token], j: int, language: str) -> bool:
        """Whether the words from ``words[j]`` open an object that is a thing (``_disliked_things``)."""
        aim_words = self.aim.words.get(language)
        antecedents = self.aim.antecedents
        if aim_words is None or j >= len(words) or _CLAUSE_MARKS.intersection(text[words[j - 1].end : words[j].start]):
            return False
        people = self.aim.people.get(language, aim_words.persons)
        determined = False
        if words[j].norm in self.dislike_determiners.get(language, frozenset()):
            determined, j = True, j + 1
            if j + 1 < len(words) and words[j].norm in antecedents.modifiers.get(language, frozenset()):
                j += 1
        if j >= len(words) or _CLAUSE_MARKS.intersection(text[words[j - 1].end : words[j].start]):
            return False
        noun = words[j].norm
        things = antecedents.things.get(language, frozenset())
        head = determined and j + 1 < len(words) and words[j + 1].norm in self.heads.get(language, frozenset())
        if head and not _CLAUSE_MARKS.intersection(text[words[j].end : words[j + 1].start]):
            thing, j = True, j + 1  # "this boss fight": the object is the activity its first noun qualifies
        elif noun in aim_words.not_names or noun in things:
            thing = True
        elif not determined or noun in people or noun in aim_words.persons or not noun.isalpha() or len(noun) < 3:
            thing = False
        else:
            plural = noun if noun.endswith(("s", "x")) else noun + "s"
            thing = plural == noun + "s" and not antecedents.person(plural, language, people)
        if not thing:
            return False
        for k in range(j + 1, len(words)):  # the rest of the clause names no one
            if _CLAUSE_MARKS.intersection(text[words[k - 1].end : words[k].start]):
                break
            if words[k].norm in aim_words.persons or is_name(text, words, k, aim_words):
                return False
        return True

    def _praise(self, draft: Draft, drivers: Sequence[tuple[int, int, float]]) -> frozenset[int]:
        """Start offsets of the drivers that are praise: ``idioms`` words when the draft reads as positive, and the
        words the tone turn's praise frames find (``praise_frames``)."""
        return self._idiom_praise(draft, drivers) | self._framed(draft, drivers)

    def _framed(self, draft: Draft, drivers: Sequence[tuple[int, int, float]]) -> frozenset[int]:
        """Start offsets of the drivers inside a praise frame of ``PraiseFrames``: a skill ("a killer on the mic")
        always, the other frames ("that guitarist is a monster") in a draft the sentiment model reads
        as more positive than negative ("It is really sick" of a deed is not)."""
        frames = self.frames
        language = draft.language.split("-")[0]
        model = self.sentiment.get(language)
        if frames is None or model is None or not drivers:
            return frozenset()
        text = draft.text
        labels = draft.memo(f"model:{language}:{model.task}:all", lambda: model.probabilities(text))
        positive = labels.get("positive", 0.0) > labels.get("negative", 0.0)
        idioms = self.idioms.get(language, frozenset())
        tokens = tokenize(text)
        spans = frames.spans(text, language, tokens, idioms=idioms, only=None if positive else ("skill",))
        if not positive and self.yours.get(language):  # "your new jacket is sick": praise of the reader's thing
            said = frames.spans(text, language, tokens, idioms=idioms, only=("predicate",))
            mine = self._of_yours(text, language, tokens, said)
            if self._rest_clean(text, language, mine):  # not "your haircut is sick and so are you, freak"
                spans = (*spans, *mine)
        return frozenset(o for o, n, _ in drivers if inside(o, o + n, spans))

    def _of_yours(self, text: str, language: str, tokens: Sequence[Token], spans: Spans) -> Spans:
        """The predicate spans whose clause opens with a possessive of ``praise_possessives`` (four words before the
        predicate at most, no clause mark between): the thing is the reader's ("your setup is sick")."""
        yours = self.yours[language]
        words = [t for t in tokens if t.word]
        out: list[tuple[int, int]] = []
        for start, end in spans:
            before = [t for t in words if t.end <= start][-5:]
            for token in reversed(before):
                if _CLAUSE_MARKS.intersection(text[token.end : start]):
                    break
                if token.norm in yours:
                    out.append((start, end))
                    break
        return tuple(out)

    def _idiom_praise(self, draft: Draft, drivers: Iterable[tuple[int, int, float]]) -> frozenset[int]:
        """Start offsets of the drivers that are ``idioms`` words, when the draft reads as positive."""
        language = draft.language.split("-")[0]
        words = self.idioms.get(language)
        model = self.sentiment.get(language)
        if not words or model is None:
            return frozenset()
        text = draft.text
        starts = frozenset(o for o, n, _ in drivers if fold_token(text[o : o + n]) in words)
        if not starts:
            return starts
        labels = draft.memo(f"model:{language}:{model.task}:all", lambda: model.probabilities(text))
        positive, negative = labels.get("positive", 0.0), labels.get("negative", 0.0)
        if positive >= negative + self.params.positive_margin:
            return starts
        praised = self._praised_objects(text, language, starts)
        if positive > negative or not praised:
            return praised
        # read as negative: "you killed it at the open mic" is praise still when the rest holds no insult without it
        tokens = [t for t in tokenize(text) if t.start in praised]
        return praised if self._rest_clean(text, language, tuple((t.start, t.end) for t in tokens)) else frozenset()

    def _rest_clean(self, text: str, language: str, spans: Spans) -> bool:
        """Whether the model reads ``text`` with ``spans`` masked below ``praise_rest_below`` (no insult beside the
        praise: "your haircut is sick and so are you, freak" has one)."""
        offensive = self.models.get(language)
        below = self.params.praise_rest_below.get(language, 0.0)
        return bool(spans) and offensive is not None and offensive.probability(text, masked=spans) < below

    def _praised_objects(self, text: str, language: str, starts: frozenset[int]) -> frozenset[int]:
        """The idioms words of ``starts`` that take a ``praise_objects`` word, right after them or after one
        ``praise_determiners`` word: "killed *that speech*", "a killer *designer*", "murdered *it*"."""
        objects = self.objects.get(language, frozenset())
        if not objects:
            return frozenset()
        words = word_tokens(text)
        idioms = [t for t in words if t.start in starts]
        return praised_objects(words, idioms, objects, self.determiners.get(language, frozenset()))

    def _negated(self, draft: Draft) -> frozenset[int]:
        """Start offsets of the words within ``negation_window`` words after a negation; a ``negation_raisers`` verb
        among them carries the negation into its clause, the window starting again after it (and a "that")."""
        language = draft.language.split("-")[0]
        words = self.params.negations.get(language)
        if not words:
            return frozenset()
        negations = {fold_token(w) for w in words}
        raisers = {fold_token(w) for w in self.params.negation_raisers.get(language, ())}
        window = self.params.negation_window
        tokens = word_tokens(draft.text)
        out: set[int] = set()
        for i, token in enumerate(tokens):
            if token.norm in negations:
                end = i + 1 + window
                raised = next((j for j in range(i + 1, min(end, len(tokens))) if tokens[j].norm in raisers), None)
                if raised is not None:  # "I don't *think* women are stupid": the opinion denied, not the words
                    end = raised + 1
                    while end < min(len(tokens), raised + 2 + window) and not _CLAUSE_MARKS.intersection(
                        draft.text[tokens[end - 1].end : tokens[end].start]
                    ):
                        end += 1  # the clause of the verb only: "I don't think so, women are stupid" asserts
                out.update(t.start for t in tokens[i + 1 : end])
        return frozenset(out)


def _asks(text: str) -> bool:
    """Whether the draft asks a question: it holds a question mark (« ? », the full-width one)."""
    return "?" in text or "\uff1f" in text


def _meets(driver: tuple[int, int, float], spans: Spans) -> bool:
    """Whether the driver ``(offset, length, drop)`` overlaps one of ``spans``."""
    return any(s < driver[0] + driver[1] and driver[0] < e for s, e in spans)


_CLAUSE_MARKS = frozenset(",;:.!?…\n")  # what ends the clause a negation_raisers verb carries its negation into


def praised_objects(
    words: Sequence[Token], idioms: Iterable[Token], objects: frozenset[str], determiners: frozenset[str]
) -> frozenset[int]:
    """Start offsets of the ``idioms`` tokens (among the word tokens ``words``) that take a praise object: a word of
    ``objects`` right after them, or after one word of ``determiners`` ("killed *it*", "murdered *that solo*").
    One definition of praise for risk.offensive and the tone turn."""
    position = {token.start: i for i, token in enumerate(words)}
    out: set[int] = set()
    for token in idioms:
        i = position.get(token.start)
        if i is None:
            continue
        following = [t.norm for t in words[i + 1 : i + 3]]
        if following[:1] and following[0] in determiners:
            following = following[1:]
        if following[:1] and following[0] in objects:
            out.add(token.start)
    return frozenset(out)


def _lists(rule: Rule, draft: Draft, ctx: CheckContext) -> bool:
    """Whether a deferred list rule holds a word of the draft (a term rule: homonyms read as harmless included)."""
    if isinstance(rule, TermsRule):
        return rule.listed(draft, ctx)
    return any(True for _ in rule.check(draft, ctx))


def _info_spans(rules: Iterable[Rule], draft: Draft, ctx: CheckContext) -> list[tuple[int, int]]:
    """The spans of the words the deferred list rules hold in the draft when every one of them reads as ``info``
    there ("idiot", "damn"), else none: an allow-list phrase ("Dick Van Dyke"), a homonym read in its harmless
    sense (by its sense words, or at info by its grammar: ``HARMLESS_SENSES``, "bummed a fag off me"), a word the list
    reads as quoted or discussed (``MENTION_REASONS``: "the word 'faggot' is a slur"), or a warning or error (a hit the
    list's own model option raised included) leaves the draft to them."""
    spans: list[tuple[int, int]] = []
    for rule in rules:
        if not isinstance(rule, TermsRule) or not rule.params.lists:  # an allow-list phrase: judged harmless
            return []
        findings = list(rule.check(draft, ctx))
        if not findings or any(_left_to_list(f) for f in findings):
            return []
        spans.extend((f.offset, f.offset + f.length) for f in findings)
    return spans


def _said_of_writer(rules: Iterable[Rule], draft: Draft, ctx: CheckContext) -> Spans:
    """The spans of the listed words the deferred list rules read as said of the writer (``self_directed``: "they
    treat me like shit", « on me prend pour un con »), each with the rest of its noun phrase (at most three words
    after it, up to a clause mark): what the writer says they are taken for, masked before the model judges again."""
    tokens = word_tokens(draft.text)
    spans: list[tuple[int, int]] = []
    for rule in rules:
        if not isinstance(rule, TermsRule):
            continue
        for finding in rule.check(draft, ctx):
            if finding.explanation not in SELF_REASONS:
                continue
            start, end = finding.offset, finding.offset + finding.length
            after = [t for t in tokens if t.start >= end]
            for token in after[:3]:
                if _CLAUSE_MARKS.intersection(draft.text[end : token.start]):
                    break
                end = token.end
            spans.append((start, end))
    return tuple(sorted(spans))


def _left_to_list(finding: Finding) -> bool:
    """Whether a deferred list's finding keeps the draft to the list: a warning or an error, or an info hit quoted,
    discussed or read in a homonym's harmless sense."""
    if finding.severity is not Severity.INFO:
        return True
    return finding.explanation in MENTION_REASONS or finding.explanation in HARMLESS_SENSES


def model_probability(draft: Draft, model: Classifier) -> float:
    """P(target) of ``draft`` under ``model``, computed once per draft and shared by every rule."""
    return draft.memo(f"model:{model.language}:{model.task}", lambda: model.probability(draft.text))


class ClassifierKind(Kind[ClassifierParams]):
    """Builds ``classifier`` rules: loads the models (a missing or corrupt file fails here) and the deferred lists."""

    name = "classifier"
    Params = ClassifierParams

    def build(self, meta: RuleMeta, params: ClassifierParams, deps: Deps) -> Rule:
        """Load the task's model for every language with bands, and the term lists of ``defer_to``."""
        models: dict[str, Classifier] = {}
        for language in params.bands:
            model = classifier(params.task, language, _models_dir(deps))
            if model is not None:
                models[language] = model
        lists = [rule for rule_id in params.defer_to for rule in _list_rules(meta, rule_id, deps)]
        skips = _group_lists(meta, params.skip_when, "skip-when", deps)
        requires = _group_lists(meta, params.only_when, "only-when", deps)
        sentiment: dict[str, Classifier] = {}
        for language in params.idioms:
            model = classifier("sentiment", language, _models_dir(deps))
            if model is not None:
                sentiment[language] = model
        reported = [_reported_rule(meta, rule_id, params, deps) for rule_id in params.defer_to_reported]
        frames = PraiseFrames.read(deps.resolve(meta, params.praise_frames)) if params.praise_frames else None
        adjectives: dict[str, frozenset[str]] = {}
        for language, files in [*params.skip_when.items(), *params.only_when.items()]:
            adjectives[language] = adjectives.get(language, frozenset()).union(
                *(_head_adjectives(meta, relative, deps) for relative in ([files] if isinstance(files, str) else files))
            )
        built = _AfterOthers if params.defer_to_findings else ClassifierRule
        return built(meta, params, models, lists, skips, sentiment, reported, frames, adjectives, requires)


class _AfterOthers(ClassifierRule):
    """A classifier rule with ``defer_to_findings``: it runs after the others, whose findings it reads."""

    after_others = True


def _group_lists(meta: RuleMeta, lists: Mapping[str, list[str] | str], name: str, deps: Deps) -> list[Rule]:
    """One ``terms`` rule per language of ``lists`` (``skip_when``, ``only_when``): its term files' plain terms,
    hashtags' words included."""
    rules: list[Rule] = []
    for language, files in lists.items():
        terms: list[TermSpec | str] = [
            t for relative in ([files] if isinstance(files, str) else files) for t in _plain_terms(meta, relative, deps)
        ]
        params = TermsParams(terms=terms, entities=["hashtag"])
        rules.append(_LanguageOnly(language, _terms_rule(meta, f"{meta.id}.{name}", params, deps, meta.source)))
    return rules


def _reported_rule(meta: RuleMeta, rule_id: str, params: ClassifierParams, deps: Deps) -> ProximityRule:
    """The grammar of a ``proximity`` rule file (``risk.hate`` -> rules/risk/hate.yml) for the ``skip_below`` and
    ``only_when`` languages, the only ones where a draft naming a group reaches this rule; without its confirming
    model."""
    path, params_of_file = _borrowed_params(rule_id, "proximity", "defer_to_reported", deps)
    raw = {key: value for key, value in params_of_file.items() if key != "model"}
    wanted = set(params.skip_below) | set(params.only_when)
    for side in ("targets", "predicates", "words"):
        raw[side] = {lang: files for lang, files in (raw.get(side) or {}).items() if lang in wanted}
    own = _borrowed_meta(meta, rule_id, "proximity", path)
    return ProximityKind().build(own, ProximityParams.model_validate(raw), deps)


def _models_dir(deps: Deps) -> Path | None:
    """A models folder injected by tests (``deps.extra['models_dir']``), else the shipped one."""
    value = deps.extra.get("models_dir")
    return Path(value) if value is not None else None


def _shaped_spans(rule: Rule, draft: Draft) -> list[tuple[int, int]]:
    """(G2, session 42) The draft's spans of the groups ``rule`` reads by their shape (a proximity rule's
    ``shaped_spans``; none for a rule without it)."""
    return rule.shaped_spans(draft) if isinstance(rule, ProximityRule) else []

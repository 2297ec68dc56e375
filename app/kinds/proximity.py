"""Kind ``proximity``: a *target* and a *predicate* close to each other in one sentence, matched on the folded draft.

Owns the pairing grammar that hate, leak and disparagement rules share: two term lists per language
(targets — groups, topics, people — and predicates — hate verbs, dehumanising nouns, secrecy cues,
contempt), entities that stand for one side (an @mention as a target, a $cashtag as a cue), the
words allowed between them, negation, required cues, and a severity from both sides' sureness.

A pair counts when:

- the target sits on the side of the predicate the predicate's entry asks for (``target: before``
  for "women are vermin", ``after`` for "I hate women", ``any``);
- at most ``window`` words lie between them, in the same sentence (``.!?;`` end one);
- with ``gap: strict``, every word between them belongs to the language's word classes (fillers
  such as "are", "all", "les", "sont des", negations and cue classes), so "women who hate football"
  or "I hate how women are treated" never pair;
- a negation between them or in the ``negation_window`` words before the pair cancels it ("I don't
  hate women", "les immigrés ne sont pas des parasites"), unless the entry is itself negated
  ("are not human") or *requires* a word class (``requires: negation`` for "can't be trusted",
  ``requires: modal`` for "should be deported", a cue that may stand ``negation_window`` words before the pair,
  determiners not counted: « je souhaite *que tous les* X disparaissent »); words of the ``reported`` class cancel
  it the same way ("saying women are inferior is nonsense");
- a class may hold ``<start>``: a pair that opens its sentence satisfies it (imperatives: "Kill all …");
- with a word of the ``copulas`` class between them, one word outside the classes may stand there too
  ("Jews are greedy rats", « les musulmanes voilées sont des idiotes »); adverbs (the words file's
  ``gap_suffixes``: "-ly", « -ment ») stand there like fillers;
- a group before its predicate must be what the predicate is said of: not after a ``prepositions`` word
  ("violence against women is a disgrace"), not a ``genitives`` complement of a noun ("the plight of
  refugees", « la route des migrants »), not before a ``singular_copulas`` word when it is plural
  ("immigrants is vile"), and, where ``adjectives_follow``, not right after a noun it qualifies
  (« les bars gays »); a ``relatives`` word just before the pair puts it in a relative clause ("people
  who attack Muslims are vile"); a relative clause of the group's own opening the gap (an ``own_relatives`` word, then
  a copula) makes the group its subject whatever stands before it ("we let in Muslims *who are* …", « la mairie loge
  des X *qui sont* … »);
- entry options: ``attributive`` (a one-word adjective touching its group pairs with no cue and whatever the verb: "I
  can't stand lazy immigrants"), ``adjacent`` (nothing between: « les immigrés dehors »), ``closed_by`` (a word of
  that class right after the group: "get the Roma *out*"), ``final`` (the pair ends its sentence: "What is wrong with
  gay people?", not "… with gay people adopting?"; with ``closed_by``, the closing word ends its clause: "No X
  *tenants*, ever.", not "No X tenants have complained"), ``heads`` (a group word that names a group only with a noun of
  people: "black lives", « vies {} »), ``open_heads`` (also with any noun of people: a ``people_nouns`` word or one
  with a ``people_suffixes`` ending, not a ``not_people`` word — "Jewish bankers", « les médecins musulmans »; written
  alone before another noun, such an adjective qualifies it and is not the subject: "Chinese food is gross"; after a
  feeling aimed at it, likewise: "I hate Chinese food"), ``free`` (up to that many words outside the classes between
  the group and the predicate, a verb phrase of the group's own: "refugees live in hotels *on our dime*"), ``then``
  (one free word then one of these: "too {emotional} to", « trop {bêtes} pour », not with a ``not_judging`` word: "too
  good to"), ``undone_by`` (a word of that class among the four words after the pair makes it something else: "I'll
  beat the Muslims at *chess*", a contest), ``complaint`` (likewise a word of that class anywhere later in the
  sentence: « Pas de femmes dans le jury, c'est un *scandale* », a complaint); a file may set ``requires`` and
  ``attributive`` for all its entries;
- a clause of acquaintance may stand between a group and its copula ("every Jew *I've met* was …", « les
  musulmans *que je connais* sont … »: an ``experiencers`` word in the gap's first two words);
- so may a relative clause of the group's own that ends at a copula ("every refugee *that lands here* is …",
  « chaque migrant *qui débarque ici* est … »: an ``own_relatives`` word opening the gap, a copula within
  seven words, no negation before it); its words do not count towards ``window``;
- an entry with ``of_group: CLASS`` pairs with a group that complements a noun of that class (« la *place*
  des femmes est à la cuisine », not « la mère des enfants juifs est à la maison »), where other entries need
  the group as the subject;
- an entry with ``conjugate`` (French) also matches its infinitives' present, subjunctive, future, conditional and
  first-person imperative forms (« je *bute* le premier … », « qu'on les *noie* », « on *pendra* les … », « je les
  *brûlerais* bien »), and a verb phrase of harm by its first verb (« qu'on *fasse* sauter les … », « on *mettra* le
  feu au … »);
- a French list with ``inverted`` also matches each form's first plural verb with a hyphened subject pronoun,
  as a question inverts it (« pourquoi les X nous *coûtent-ils* si cher ? »), and one adverb or quantifier after it
  (« les X *contrôlent-ils vraiment toutes* les banques ? »);
- a ``speech`` verb just after a ``speech_cues`` word reports like the ``reported`` class ("nobody should
  say that …", "it's wrong to say …", « on n'a pas à écrire que … ») where "I say …" still asserts; a
  French « ne » in the gap closed by a ``late_negations`` word after the predicate, or by a ``negation_closers``
  word right after it, negates the pair (« ne sont une menace pour personne », « ne nous coûtent pas »); a
  negative question opening with a ``rhetorical`` word asserts what it negates ("Aren't immigrants just
  parasites?"; "Aren't refugees welcome here?" asks for the positive), a ``rhetorical_copulas`` word asking with no
  "?" written ("aren't X just …");
- an entry with ``group_after: CLASS`` pairs only with a group right after a word of that class (« un *bon* Arabe est
  un Arabe mort », not « mon meilleur ami gay est mort ») or an article after one; with ``free`` too, a group after
  its predicate may end its sentence after a comma and that many free words ("Of course he stole it, *he's a* Muslim",
  not "Of course he's Jewish, his mum is"); an entry with ``why_asks`` is a right that a question opening with a
  ``why`` word asks for, not denies ("Why aren't gay couples allowed to adopt?"), and two negations in a row deny a
  denial ("women are *not less* intelligent"); a negation right before a ``restrictors`` word, or cut by a
  ``contrasts`` word before the praise, denies nothing ("X are not *only* kind", "*not all* X are …", "not rich *but*
  kind"); a passive right after a group a feeling aims at is what is done to it (a ``passive_auxiliaries`` word and a
  participle: "I hate women *being harassed*"); a ``partitives`` word and "of" before a plural group make a singular
  subject ("every *one of* those X is …"); a ``first_persons`` word, a negation and a ``neg_raisers`` verb of opinion
  before a negated-praise pair deny the praise itself ("*I don't think* X are smart"), where a verb of saying would
  report; where the words file gives ``verb_suffixes`` (« -ent »), a word of 5+ letters right after the group without
  one is its adjective, not a free word (« les femmes *enceintes* coûtent trop cher »).

With ``anaphora``, a ``pronouns`` word stands for the group that closes the sentence before it, or that
opens its own sentence before a comma (« Les handicapés, il faudrait les … »), or that ends its clause before a comma or
a ``clause_joins`` word after a phrase of place or time ("I sat next to Muslims *on the train this morning* and they
…"), or that stands in a clause opened by a ``subordinators`` word whose comma the pronoun follows ("*Since* the
refugees moved in, they …"); a ``clitics`` word counts
right before its verb or hyphened after it (« expulsez-les »), a ``copular_pronouns`` word right before a
copula (« Les Roms ? *Ce* sont des voleurs », not « ce pays »), a ``vocatives`` word after the comma of a
group addressed at the head of its sentence (« *Vous*, les gays, *vous* me dégoûtez »). A sentence that only shows a
group (``presenters`` words before it: "Look at those immigrants.", "Muslims?") is the subject of a verbless judgement
opening the next one (``elliptic`` words, then a predicate that closes its clause: "Disgusting.", "Vile, every one of
them."), as if "they are" stood there; so is a group put at the end of its sentence after a comma and ``dislocated`` or
``restated`` words, of the verbless judgement that opens that sentence (« Tous des voleurs, ces X », « Des vicieux,
voilà ce que sont les X »; not a question the draft goes on to answer); a plural noun after the group's verb in a clause
opened by a ``subordinators`` word is a rival antecedent, so the pronoun after its comma stands for neither ("When women
love *spiders*, they …"; not a noun after a ``possessives`` word: "Since immigrants took *our* jobs, they …"). A group
that opens its sentence and heads a phrase (a ``phrase_openers`` word or an adjective after it) stands for a pronoun
after the comma closing that phrase (« Les musulmans *qui prient dans la rue*, je les … »; not « Les femmes aiment les
araignées, je les … »), or after ``speaker`` words alone (« les arabes jles … »); a ``subject_pronouns`` word opening
the next clause (after a comma, a ``clause_joins`` word or « alors qu' ») stands for the group that is the subject
opening the sentence (« Les X travaillent ici, *mais ils* sont … »), unless a noun after a determiner in between may («
les femmes aiment *les araignées*, mais elles … »); a pronoun stands for a group put at the end of its sentence after a
comma and ``dislocated`` words (« on les renvoie chez eux, *ces migrants* »), as do the hyphened subject of an inverted
question (« *contrôlent-ils* toutes les banques, les Juifs ? »), a ``vocatives`` word (« *Vous* allez tous crever, les X
») and a ``copular_pronouns`` word before a copula (« *on* dirait des singes, ces X »); after a French elision the
pronoun is a word of its own (« je veux qu'*ils* crèvent »). A misspelt group adjective names the group with a noun of
people as the written one does (« personnes trns »). One member of a group put in a condition (a ``member_determiners``
word before the group, a ``conditions`` word before it in its sentence: "*If* I see *a* trans woman …", "*Any* Mexican
who …") is what a ``member_pronouns`` word later in that sentence stands for ("… I'll make *her* regret it"); an entry
marked ``members`` pairs with such a pronoun only ("he's *getting shot*", not "refugees are getting shot"), and the
condition word reports nothing for it. A hashtag's words meet where a capital follows a small letter
("#DeportAllImmigrants": ``camel_joints``, joints like those of glued words), and a hashtag opens a sentence of its own
for the words required before a pair ("… downtown #BanIslam"). Where the words file names ``topic_pronouns``
(French), a group that closes its sentence or that a topic pronoun takes up (« J'en ai connu, des X. », « Des X, j'*en*
ai croisé plein. ») is the subject of a verbless judgement opening the next sentence that names what they are
(``nominal`` words: « Tous des menteurs. »); a clitic and a ``clitic_judges`` verb after it are one subject of such a
judgement (« je *les trouve* tous inutiles »); after the comma closing one member's condition, a ``member_clauses``
word opens a clause a ``members`` entry may pair with, no pronoun needed (« Quand je vois un X, *je serre mon sac* »).
The clause after a group's own (a comma, a sentence end or a ``reply_joints`` word within ten words of it, past
``reply_openers`` words) answers the group just named: an entry marked ``shown`` pairs there only ("a gay babysitter?
*no thanks*", "had a X surgeon today, asked for *a real doctor*", « une femme pilote ? *je reprends le train* »), not
for a group adjective on another noun ("gay pride"), a group that undergoes something in its clause (``shown_passives``
and a participle: "X neighbours *got burgled*") or a group in someone else's words; with ``group_after``, such an entry
also pairs with a group after it that a clause of time names ("the parks got filthy *right after the* X moved in").
A noun phrase of people in general (an ``anaphoric_determiners`` word and an ``anaphoric_people`` word, or such a noun,
"like" and an ``anaphoric_likes`` word: "My cousin married a Jewish guy. *Those people* …", "… *people like that* are
…", and a French ``anaphoric_pointed`` pronoun pointed with « -là » or « -ci »: « *Ceux-là* trichent », in the group's
gender) stands for the nearest group or member before it, in the next two sentences or after a comma or a
``clause_joins`` word of the group's own; not past a plural noun that may be its antecedent, not before a relative or a
preposition that says which people, not after a group someone else speaks of ("My uncle *said* X are …"). (session 22) A
subject pronoun or such a phrase that stands for a group is a mention of it in turn (``_relayed_hits``): later pronouns,
a dislocation, a verdict after its sentence read from it as from the group ("… X. *Ces gens-là*, il faut tous *les*
virer."), unless a group is the nearer mention; not after a sentence that names it in others' words ("*Calling them*
monkeys? Ban them"), not as an English subject with an object pronoun of its own person ("*They* treat *them* like
animals": the group is the victim), and a verdict that reports or names is others' words.

An epithet closing a group's sentence after a comma (an ``epithets`` word and at most two more words: « Les X ont
encore gagné, *ces rats* », « …, *cette engeance* ») is said of the group as a verbless judgement is, unless a plural
noun stands between them (« Les X ont été volés par des passeurs, ces rats »). An entry that requires a
``consequence_cues`` word, with ``group_after`` and ``free``, also pairs with a group after it in the clause that word
opens (« les vols ont explosé *depuis que* les X … »). A target only threats may aim at (``only_with``: a place of the
group's) may stand after a possessive (« saccager *votre* bar gay »).

Overlapping pairs keep the surer one ("Jews are greedy rats": the rats); with ``quotes_cancel``, a pair
whose group lies inside quotation marks ("…", «…», or '…' at word edges) is quoted, not said. ``reported_pairs``
tells other rules whether a draft holds a pair cancelled only as someone else's words (reported speech, or a
quotation holding the whole pair), or a group right after a ``naming`` word that opens its sentence or follows a
speech cue ("*Calling* gay people sick is wrong", whatever word no list holds): counter-speech, which
``risk.offensive`` leaves alone. An ``own_opinion`` word beside a ``speaker`` word, or beside such a word in turn,
gives the speaker's own view ("*if you ask* me, …"); a ``contrasts`` word before the pair ends the reach of the
negations and reported speech before it ("I'm not racist *but* X are …"); a ``negating_determiners`` word right
before the group negates the pair ("*No* woman should be beaten") unless the entry asks for that denial ("No woman has
ever invented anything"). Rules built from the same
files share one automaton per language while either lives.

Word classes live in a YAML file per language (``classes: {fillers: [...], negations: [...], ...}``). Its
``accented`` function words (« dès ») keep their accent in the draft's view, written so or before one of their cue
words (« des que »), so no class takes the word the folding merges them with (the article « des »).
Term lists are YAML (``terms:`` entries with ``term``, ``forms``, ``sureness``, ``target``,
``requires``, ``negated``, ``key``; file-level ``sureness``, ``allow``, ``fuzzy``; ``singular``, English: a one-word
plural noun of an entry with the group before and no cue of its own also said of one member, "rats" as "a rat":
"Every X is a rat"). A file marked
``fuzzy: true`` also matches its one-word terms with one letter missing (7+ letters; an inner one from 5
letters with ``fuzzy_short``: "blaks"), a letter doubled (4+: "nooirs"), two neighbouring letters swapped
(5+ letters) or an "l" read as the "i" folding makes of a leetspeak "1" — "imigrants", "muslmis",
"mus1ims" — on top of what folding already
undoes (leetspeak, separators, look-alikes); a variant that is itself a common word ("refuges",
"illegal") goes in the file's ``fuzzy_exclude`` (tests/test_proximity.py checks every variant against
``wordfreq``, so the engine never loads a frequency table for it). Shorter words get the same edits — an inner
letter missing from 4 letters ("hae", "verin"), neighbours swapped from 4 ("htae", "sucm") — only when the
variant is not a known word of the language (``app.text.lexicon``: the shipped model's vocabulary and sentiment
lexicons; "hat", "sum" are words); a group of several words is fuzzed on its head noun only ("trans peole",
« persones trans »); a form of several words also matches with its spaces left out, unless that is a known word
("a p l a g u e" folds to "aplague"); a one-word form with one space put inside it ("mus ulmans") counts when
one half is no known word. A space left out between two words of the pack ("hatewomen", "womenare",
« jehais ») is put back for matching when the token (6+ letters) is not a known word: it is cut once into a term
and a term or word-class word (``glued_joints``), or else twice, into three such words ("muslimsarevermin"; "death" of
"death to" counts as a first word: "deathtoimmigrants", its forms of several words read across the cuts). Its
``glued`` words may stick to a one-word term, the space left out (« lesjuifs »). Spans are reported in the text as
submitted. With ``unglue``, an unknown token (5-40 letters) that holds a form of the lists inside is read as the fewest
words it splits into — terms, words of longer forms, word-class words, known words of 3+ letters; one at least a word of
the lists, and two only as ``glued_joints`` cuts them — with the spaces put back in the draft's view for every reading
(``Folded.spaced``: "gaypeopleshouldbeexecuted", « lesmusulmanssontdescafards »; never a known word or a word of the
pack, « pourvu », nor a part of a hyphened compound, « francs-maçons »). With ``respell``, an unknown word one inner
letter short of, with two neighbours swapped from, or with a vowel added to a word of 5+ letters of the lists' forms
reads as that word in the draft's view (``Folded.respelt``), so the grammar's word classes see it too, where no
variant of the fuzzy lists did ("savgaes", « voluers », "a plauge", "inferiour"); a
misspelling that is a known word or a word of the lists ("form" is not "from"), or that two words share, is never read.

With ``model: {task: hate, error_at: {en: 0.7, fr: 0.7}}`` a learned classifier (``app.text.models``)
confirms severity: a warning pair (derogation, a negated positive) becomes an error when the model's
probability for the whole draft reaches the language's ``error_at``, and every finding's explanation
gives that probability. The model never flags on its own here: on hand-written functional cases it
scores identity statements and negated hate as high as hate (see rules/README.md).

(session 16) What a draft is does not change with the wrappers real posts carry: a rule whose targets are words reads
the draft from after the @replies it opens with (``opening_replies``) and after the hedge opening its first sentence
(``_hedge_end``: "honestly,", "genuine question:", "unpopular opinion but", « bon, perso, », « je dis ça je dis rien
mais »), as if they were not there; an infinitive of saying whose subject is the writer, in a question, is the writer's
own claim ("can we finally say that …?", « on a le droit de dire que … ? », ``_leave_to_say``); an @reply is the
mention's subject only when no noun phrase of the clause's own stands before its copula (``_free_word``: "@bob
politicians are liars" disparages no @bob). tests/test_invariance.py checks the wrappers over every work set.

Hand-written because the pairing (direction, allowed gap words, negation scope) is specific to
short posts; the matching itself is pyahocorasick over ``app.text.folding``'s view.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import threading
import unicodedata
import weakref
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from itertools import count, pairwise
from pathlib import Path
from typing import Any, Literal

import ahocorasick
import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator

from app.domain import Draft, Finding, Severity
from app.kinds import build_cache
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta, patterns_by_language
from app.kinds.frames import Frames, frame_at, frame_edits, sentence_starts
from app.kinds.generalised import Words as GeneralisedWords
from app.kinds.generalised import denied_goods, habit_questions
from app.kinds.named_targets import CLASSES as NAMED_CLASSES
from app.kinds.named_targets import NamedWords, named_targets
from app.kinds.notes import model_note
from app.kinds.options import named_file, read_yaml, validated
from app.kinds.shaped_groups import CLASSES as SHAPED_CLASSES
from app.kinds.shaped_groups import ShapedWords, complement_ends, shaped_groups
from app.kinds.stereotype import (
    Stereotypes,
    disclaimed,
    insinuations,
    permanences,
    scare_quotes,
    shares,
    veiled_insinuations,
)
from app.kinds.terms import inflect
from app.kinds.threat_reading import ThreatReading, threat_readings
from app.kinds.written_words import has_capitals
from app.text import conjugation_fr, inflection_en
from app.text.conjugation_fr import finite_forms, other_forms
from app.text.folding import Folded, extend_over_marks, fold_term, folded_draft
from app.text.lexicon import known_words
from app.text.models import Classifier, classifier, model_path
from app.text.spelling import fuzzy_variants
from app.text.starts import LazyPattern

Direction = Literal["before", "after", "any"]
NEGATIONS = "negations"
REPORTED = "reported"  # "saying X are Y", "dire que": reported speech cancels a pair like a negation
COPULAS = "copulas"
PRONOUNS = "pronouns"  # "Women? I hate them.": a pronoun after a group stands for it (param anaphora)
VOCATIVES = "vocatives"  # « *Vous*, les gays, *vous* me dégoûtez »: the group addressed, taken up after its comma
ADDRESSED = "addressed"  # "Muslims, we're coming for *you*": a group opening its sentence before a comma, addressed
IN_QUESTION = "_asked"  # a class "<cue>_asked": words of a required cue class that count only in a question
OWN = "_own"  # (session 25, T) a class "<cue>_asked_own": the predicate's own words that count as the cue in a question
DENIALS = "denials"  # "*no* woman should be allowed to vote", "X have *never* achieved anything": a required denial
COLON_COPULAS = "colon_copulas"  # the copula a colon closing its sentence's head reads as ("are", « sont »)
# (session 33, K) the copula a question mark or an equals sign closing its sentence's head reads as, where a list has
# the class (disparagement: « Leur directrice de la com ? Une menteuse », "Banque X = des charlatans")
QUESTION_COPULAS = "question_copulas"
UNDONE = "_undone"  # a class "<cue>_undone": words that, in reach, keep a required cue class from counting
COPULAR_PRONOUNS = "copular_pronouns"  # « *ce* sont des rats »: a pronoun only right before a copula
CLITICS = "clitics"  # pronouns that count only right before the predicate: « je les déteste »
GENITIVES = "genitives"  # "the plight *of* refugees is terrible": after a noun, the group is not the subject
ARTICLES = "articles"  # open the noun phrase a genitive group belongs to: "*the* plight of refugees"
PREPOSITIONS = "prepositions"  # "violence *against* women is a disgrace": the group is not the subject
SINGULAR = "singular_copulas"  # "the way people treat immigrants *is* vile": a plural group is not its subject
RELATIVES = "relatives"  # "racists *who* attack Muslims are vile": before the pair, the group is in a relative clause
# classes that describe the words around a pair, never words allowed between target and predicate
PEOPLE = "people_nouns"  # "Jewish *bankers*", « les *médecins* musulmans »: nouns of people a group adjective names
NOT_PEOPLE = "not_people"  # nouns with a people ending that name things ("numbers", « restaurants »)
INSTITUTIONS = "institutions"  # "the Chinese *government*", « l'*armée* israélienne »: a people's or a faith's body
NAMED_INSTITUTIONS = "named_institutions"  # the same with a capital only: "the Catholic *Church*", not "a church"
EXPERIENCERS = "experiencers"  # "every Jew *I've* met was …", « les musulmans que *je* connais »: people met
SPEECH = "speech"  # "nobody should *say* that …": a verb of saying reports after a ``speech_cues`` word
RHETORICAL = "rhetorical"  # "*Aren't* X just parasites?", « ne sont-*ils* pas … ? »: a negative question asserts
REPORTED_AFTER = "reported_after"  # "…, *says* the troll": after a comma that follows the pair, it reports
SPEECH_CUES = "speech_cues"  # "nobody", "to", « à »: just before a verb of saying, it reports, not asserts
NEGATION_OPENERS = "negation_openers"  # « ne », « n' »: a French negation closed after the predicate
NOT_JUDGING = "not_judging"  # "too *good* to be true": praise or number, not a judgement of ability
LATE_NEGATIONS = "late_negations"  # « ne sont une menace pour *personne* »: the second half of a French negation
DISLOCATED = "dislocated"  # « on les renvoie chez eux, *ces* migrants »: what opens a group put after its sentence
MEMBER_PRONOUNS = "member_pronouns"  # "If a Muslim moves in next door, I'll burn *his* house down"
MEMBER_DETERMINERS = "member_determiners"  # "if *a* Muslim …", "*any* Mexican who …": one member of the group
MEMBER_CLITICS = "member_clitics"  # « si je vois un X, je *le* défonce »: a member pronoun only right before its verb
CONDITIONS = "conditions"  # "*If* a Muslim …", "*Let* a Jew …": what puts that member in a condition
# (session 13, T) "*Next* X *who* …", « *Tout* X *qui* … »: one member the subject of its sentence, its fate after its
# own clause (``_member_subject``)
MEMBER_SUBJECTS = "member_subjects"
SUBJECT_RELATIVES = "subject_relatives"
RESTATED = "restated"  # « des vicieux, *voilà ce que sont* les X »: what restates a verbless judgement before its group
PHRASE_OPENERS = "phrase_openers"  # « les musulmans *qui* prient …, je les … »: a phrase of the group's own
NEGATION_CLOSERS = "negation_closers"  # « ne nous coûtent *pas* »: the second half right after a verb predicate
OWN_RELATIVES = "own_relatives"  # "every refugee *that* lands here is …": opens a relative clause of the group
SAID = "said"  # "*yelled* that …", « a *hurlé* que … »: verbs of saying (``inflected``), reporting like ``reported``
SAYING_SUBJECTS = "saying_subjects"  # "*I've* always said …", « *j'*ai toujours dit … »: the speaker's own saying
SAYING_LINKS = "saying_links"  # "I *have always* said", « je *l'ai* dit »: words between a saying's subject and verb
AS_SAID = "as_said"  # "*Like* Trump said, X …", « *Comme* disait mon grand-père, … »: a report taken as one's own
AGREES = "agrees"  # "I *agree* with whoever wrote that X …", « je suis *d'accord* avec … »: a report endorsed
OWN_OPINION = "own_opinion"  # « je *crois* que … », « *selon* moi … »: a reporting word said of the speaker's own view
SPEAKER = "speaker"  # « *je* crois », « selon *moi* »: the speaker, beside an ``own_opinion`` word
RHETORICAL_COPULAS = "rhetorical_copulas"  # "*aren't* X just parasites" asks with no question mark written
RHETORICAL_VERBS = "rhetorical_verbs"  # « vous *trouvez* pas que les X sont … ? »: a negative question that asserts
CONTEMPT = "contempt"  # « ces *putains* de migrants »: a noun of contempt whose complement is the group itself
ASSIGNED = "assigned"  # "the *place* of women", "a woman's *place*": a noun the group may complement (``of_group``)
CLAUSE_JOINS = "clause_joins"  # "I've met many women *and* I hate them": a pronoun after one stands for the group
POSSESSIVE_ARTICLES = "possessive_articles"  # « prennent *nos* emplois »: the speaker's, no rival antecedent
SUBJECT_PRONOUNS = "subject_pronouns"  # « les X travaillent ici, mais *ils* sont … »: the next clause's subject
CLAUSE_TAILS = "clause_tails"  # "I see Muslims *everywhere these days* and …": words that may end the group's clause
FATES = "fates"  # "I'd happily see all X *dead*": closes a wish (``closed_by``), not a gap word
ASKED = "asked"  # "don't *you* think X are …?": after a speech cue and before the verb, a question asks agreement
EXCLAMATIONS = "exclamations"  # "I can't believe *how* stupid X are": after a verb of saying, it exclaims
FLOATING = "floating"  # "get them *all* out": a quantifier between the group and the word that closes its call
NAMING = "naming"  # "*calling* gay people sick is wrong": a group named by someone else's words (``reported_pairs``)
# (T, session 36) "people *who* call gay men 'perverts'", « ceux *qui* traitent les X de … »: a naming word after one of
# these names the group by others' words too
NAMING_OPENERS = "naming_openers"
SUBORDINATORS = "subordinators"  # "*since* the refugees moved in, they …": a clause the group ends with its comma
CONSEQUENCE_CUES = "consequence_cues"  # « les vols ont explosé *depuis* que les X … »: a clause of time
CONTRASTS = "contrasts"  # "I'm not racist *but* X are …": what comes before no longer negates nor reports the pair
NONE_OF = "negating_determiners"  # "*no* woman should be beaten": a determiner that negates what is said of its group
FIRST_PERSONS = "first_persons"  # "*I* don't think …", "*we* don't believe …": the speaker of a verb of opinion
NEG_RAISERS = "neg_raisers"  # "I don't *think* X are smart": a verb of opinion whose negation falls on what follows
OPINION_LINKS = "opinion_links"  # « je ne pense pas *que* les X soient … »: opens the clause a denied opinion holds
PARTITIVES = "partitives"  # "every *one* of those X is …", "*each* of these X is …": one of the group, singular
PASSIVE_AUXILIARIES = "passive_auxiliaries"  # "I hate women *being* harassed": a passive after the group
PARTICIPLES = "participles"  # "being *paid* less": irregular past participles (the rest end in -ed or -en)
RESTRICTORS = "restrictors"  # "X are not *only* kind": after a negation, it denies a limit, not the praise
AGREEMENT = "agreement"  # "Am I the *only* one who thinks …?", "Who *else* thinks …?": the reader asked to share a view
CLAUSE_MODALS = "clause_modals"  # "women who talk back *deserve* a slap": ends a relative clause of the group's own
LEAVE_ASKED = "leave_asked"  # "*Is* it wrong to say X are …?": a question asking leave to say the pair asserts it
COORDINATORS = "coordinators"  # « les juifs *et* les francs-maçons sont … »: joins another noun phrase to the group
REPORT_NOUNS = (
    "report_nouns"  # "the *idea* that X are …": a noun that reports only with a ``report_links`` word after it
)
REPORT_LINKS = "report_links"  # "the idea *that* …", "the notion *of* …": what makes a report noun open a report
SUFFERERS = "sufferers"  # « les X sont *victimes* des voleurs »: what the group suffers, named before its agents
# "My cousin married a Jewish guy. *Those people* only care about money": a noun phrase standing for the group
ANAPHORIC_DETERMINERS = "anaphoric_determiners"  # "*those* people", "*such* people"
ANAPHORIC_PEOPLE = "anaphoric_people"  # "those *people*", "*folks* like that": a noun of people in general
ANAPHORIC_LIKES = "anaphoric_likes"  # "people like *that*", "people like *them*"
ANAPHORIC_POINTED = "anaphoric_pointed"  # « *ceux*-là », « *celles*-ci »: a pronoun pointed with « -là », « -ci »
# a pronoun in a later sentence (``_rival_between``, ``_antecedent``): what may stand for something else
RIVAL_DETERMINERS = "rival_determiners"  # « … par *les* passeurs. Ce sont … »: a plural noun after one is a rival
SINGULAR_DETERMINERS = "singular_determiners"  # « … ouvert *une* salle de prière. Ils … »: no plural's antecedent
FEMININE_PRONOUNS = "feminine_pronouns"  # « Des gitans … Elles sont sales »: not said of a masculine group
MASCULINE_PRONOUNS = "masculine_pronouns"  # « … leurs caravanes … Ils … »: a feminine-looking noun is no rival
DISLOCATION_SUBJECTS = "dislocation_subjects"  # « les X *on* devrait les … »: a clause after its group, no comma
# (session 14, T) a blow after its pair (``blow``): "gets a *bat* *to* the *head*", « mon *poing* *dans* la *gueule* »
WEAPONS = "weapons"
BLOW_PREPS = "blow_preps"
STRUCK_PARTS = "struck_parts"
# (session 14, T) a place sealed or burned with its people in it (``occupied``): "… and *light* it up", "with *everyone*
# *inside*"
FIRE_ACTS = "fire_acts"
OCCUPANTS = "occupants"
INSIDES = "insides"
# (session 17, B) the writer named as one of the group (``_writer_group``): "*As a* Black woman I'm tired of …", « *En
# tant que* femme noire, j'en ai marre … », "*We* Muslims …", « *Nous les* Roms, on … », "*I'm a* proud Arab"
SELF_AS = "self_as"  # "*as* a Muslim, I …", « en *tant* que musulmane, je … »: a first person must follow the group
SELF_SUBJECTS = "self_subjects"  # "*we* Muslims": a subject pronoun the group stands beside
SELF_PRONOUNS = "self_pronouns"  # "*us* gay people", « *nous*, les musulmans », « *moi*, musulmane »: a pronoun that
# opens its clause or follows a preposition (« on *nous* envoie les migrants » names no writer)
SELF_COPULAS = "self_copulas"  # "*I'm* a Muslim", « je *suis* musulmane »: a copula whose subject is the writer
SELF_LINKS = "self_links"  # "as *a proud* …", « en tant *qu'* … », « nous *autres* … »: between opener and group
SELF_ARTICLES = "self_articles"  # « nous *les* Roms »: an article, after a pronoun opener only
SELF_PLURALS = "self_plurals"  # « *nous* les Roms »: the pronouns an article may follow (not « pour *moi* les X »)
SELF_PERSONS = "self_persons"  # "I", « je », « me »: the writer, who must follow a group named after ``self_as``
_SELF_CLASSES = frozenset(
    {SELF_AS, SELF_SUBJECTS, SELF_PRONOUNS, SELF_COPULAS, SELF_LINKS, SELF_ARTICLES, SELF_PLURALS, SELF_PERSONS}
)
# classes that describe the words around a pair, never words allowed between target and predicate
_NOT_GAP = frozenset({GENITIVES, ARTICLES, PREPOSITIONS, RELATIVES, "particles", "plural_nouns", LATE_NEGATIONS})
_NOT_GAP |= _SELF_CLASSES
# (session 17, B) a denied opinion or saying whose clause holds the pair (``_opinion_denied``): "I've *never once
# thought* that X …"; the verbs of opinion (``inflected``, with their bases and infinitives) and what may stand between
# such a verb and its negation
_NOT_GAP |= {"opinions", "opinions_bases", "opinions_infinitives", "denial_passes", "denial_phrases"}
# (session 17, B) a mild trait listed among praise (``_portrait``): "Old people are *stubborn*, generous and full of
# stories", « Les vieux du club : patients, *bavards* et adorables »
_NOT_GAP |= {"portrait_traits", "portrait_praise", "portrait_marks"}
# (session 17, B) an opinion named as an act (``_opinion_act``: "Imagine *thinking* X are …") and a comparison
# that finds the group below others (``_compared_less``: "… *less often than* natives")
_NOT_GAP |= {"opinion_acts", "opinion_act_frames", "lesser_degrees", "comparers", "belief_refusals", "excess_degrees"}
_NOT_GAP |= {"truths"}
_NOT_GAP |= {"expectation_asides"}  # (session 17, B, for I) "*Of course*, the thief was …": never a hedge
# (session 18, B) the group as the object of a verb of handling (``_treated``: "they *treat* X like animals", « on
# *parque* les X comme du bétail »), the calls that make it a wish, and phrases that endorse a report (``_endorsing``)
_NOT_GAP |= {"treatments", "treatments_bases", "treatments_infinitives", "treatment_calls", "treatment_wishes"}
_NOT_GAP |= {"endorsing_phrases", "askers", "indignant_openers"}  # (session 18, B) questions condemning hate
_NOT_GAP |= {"self_invariables", "attribution_links"}  # (session 18, B) ``_apposed_writer``, ``_attributed``
# (session 37, K) an aside between a group opening its sentence and the rest of its clause (``_asides_blanked``): the
# words that resume the clause after the aside's comma, and those that open an aside as the writer's concession
ASIDE_RESUMES = "aside_resumes"
ASIDE_CONCESSIONS = "aside_concessions"
ASIDE_GENERIC = "aside_generic"  # "if *you* ask anyone", « si *vous* demandez »: a condition on no one in particular
ASIDE_REPORTS = "aside_reports"  # "X, *according* to the papers, are …": a source named in the aside, beside ``said``
_NOT_GAP |= {ASIDE_RESUMES, ASIDE_CONCESSIONS, ASIDE_GENERIC, ASIDE_REPORTS}
OPINION_FRAMES = "opinion_frames"  # (session 19, B) « *pour moi* les X … »: the writer's view opening a sentence
_NOT_GAP |= {OPINION_FRAMES}
# (session 20, Q) the frames of ``app.kinds.frames``: "I honestly think …", "Am I the only one who thinks …?"
_FRAME_CLASSES = ("hedges", "subjects", "verbs", "linked", "links", "questions", "excuses", "buts", "doubters")
_NOT_GAP |= {f"frame_{tail}" for tail in (*_FRAME_CLASSES, "doubts", "doubt_reads")}
# (session 20, Q) "Are X *even* human?", « Les X sont-ils *vraiment* humains ? »: a word in the gap of a question that
# expects "no" for an answer, the denial a praise asks for (``_denial_asked``)
ASKED_DENIALS = "asked_denials"
_NOT_GAP |= {ASKED_DENIALS, ASKED_DENIALS + UNDONE}
# (session 22, T) "*They* treat *them* like animals": an object pronoun of the subject pronoun's own person in its
# clause stands for someone else than the subject (``_binds_other``; English: a French « ils les … » keeps the group
# as its subject, « ils les volent »)
OTHERS_OBJECTS = "others_objects"
_NOT_GAP |= {OTHERS_OBJECTS}
# (D, session 46) the words of suffering or pity a likeness to vermin may not stand beside (an entry's ``not_context``:
# "refugees die in the camps like rats"): read in the whole draft, never words of a gap ("X *die* … like rats" pairs no
# more than before)
_NOT_GAP |= {"sufferings"}
# (session 29, lead) "X *have to* be jailed" is a duty, "X *have been* attacked" or "X *got* punched" a report: a class
# "<cue>_before_to" holds the words of a required cue class that count only right before "to" ("have/got to",
# "has got to"); a cue in reach counts if one of its other words is there or one of these stands before "to"
BEFORE_TO = "_before_to"
_BEFORE_TO_WORD = re.compile(r"\b(\w+)(?=(?:\s+got)?\s+to\b)")
# (session 19, B) the words of ``app.kinds.generalised``: a habit questioned, a good denied
_NOT_GAP |= {
    f"{head}_{tail}"
    for head, tails in (
        (
            "habit",
            (
                "askers",
                "admitters",
                "noticers",
                "hedges",
                "wonders",
                "links",
                "marks",
                "undergone",
                "selves",
                "curious",
            ),
        ),
        ("met", ("evers", "evers_asked", "encounters", "members", "whos", "negations", "selves")),
        (
            "denied",
            (
                "selves",
                "quantifiers",
                "goods",
                "moods",
                "evers",
                "passives",
                "modals",
                "lacks",
                "lack_links",
                "virtues",
                "belongings",  # (N, session 45) a people denied to the group (``_belonging_denied``)
                "belongings_never",
                "belonging_reals",
                "belonging_links",
                "belonging_peoples",
            ),
        ),
    )
    for tail in tails
}
BELONGING_PEOPLES = "denied_belonging_peoples"  # (N, session 45) the peoples a group is denied (``_belonging_denied``)
_NOT_GAP |= {"lament_counts", "lament_fates", "indignant_frames", "admission_cues"}  # (session 18, B)
# (F, session 45) the group that undergoes a treatment (``_treatment_undergone``: "X *are forced to* live like
# animals", « les X *sont parqués* comme du bétail ») and the judgements that denounce an act with no closing mark
# (``_denounced_act``: « *C'est honteux* qu'on enferme les X … »)
_NOT_GAP |= {"undergone_auxiliaries", "undergone_perfects", "undergone_fillers", "undergone_constraints"}
_NOT_GAP |= {"undergone_similes"}
# (F, session 45) ``_own_crowd``: the writer's own community; ``_stereotype_named``: a stereotype discussed
_NOT_GAP |= {"shame_frames", "own_crowds", "stereotype_nouns"}
_NOT_GAP |= {"grounds", "grounds_denials", "grounds_passes"}  # (session 18, B) "*no evidence* that"

_NOT_GAP |= {
    OWN_RELATIVES,
    "kept_from",  # closes "shouldn't let X *near*": not a gap word
    ASSIGNED,  # "the *place* of women": not a gap word
    CLAUSE_JOINS,
    CLAUSE_TAILS,
    FATES,
    ASKED,
    EXCLAMATIONS,
    FLOATING,
    RHETORICAL,
    REPORTED_AFTER,
    PEOPLE,
    NOT_PEOPLE,
    EXPERIENCERS,
    SPEECH,
    SPEECH_CUES,
    NOT_JUDGING,
    NEGATION_OPENERS,
    OWN_OPINION,
    SPEAKER,
    RHETORICAL_VERBS,
    RHETORICAL_COPULAS,
    CONTEMPT,
    NAMING,
    NAMING_OPENERS,
    SUBORDINATORS,
    CONTRASTS,
    NONE_OF,
    PASSIVE_AUXILIARIES,
    PARTICIPLES,
    PARTITIVES,
    NEG_RAISERS,
    OPINION_LINKS,
    "questioned",  # « … savent faire autre chose que voler ? »: a cue some entries require (in a question only)
    "questioned_asked",
    FIRST_PERSONS,
    "why",  # "*why* are X even allowed to …?": a cue some entries require, not a gap word
    NEGATION_CLOSERS,
    PHRASE_OPENERS,
    DISLOCATED,
    MEMBER_PRONOUNS,
    MEMBER_DETERMINERS,
    MEMBER_CLITICS,
    MEMBER_SUBJECTS,
    SUBJECT_RELATIVES,
    ADDRESSED,
    CONDITIONS,
    RESTATED,
    AGREEMENT,
    LEAVE_ASKED,
    CLAUSE_MODALS,
    "places",  # « il y a trop de X *ici* »: what closes a count of the group (``closed_by``), not a gap word
    "praise",  # « un *bon* Arabe est un Arabe mort »: the word before the group (``group_after``), not a gap word
    "individuals",  # "of course he stole it, *he's* a Muslim": the word before the group (``group_after``)
    "presenters",  # "*Look at those* immigrants. Disgusting.": a sentence that only shows the group
    "elliptic",  # "Gay people. *Absolutely* revolting.": the words a verbless judgement may open with
    "epithets",  # « Les X ont encore gagné, *ces* rats »: what opens an epithet closing the group's sentence
    "consequence_links",  # « les vols ont explosé depuis *que les* X … »: the word before the group (``group_after``)
    CONSEQUENCE_CUES,
    "possessives",  # "since immigrants took *our* jobs, they …": a noun after one is no rival of the group
    "placers",  # "*put* the Jews in their place": a cue some entries require, not a gap word
    "wishes",  # "I *hope* X burn", "it would be *nice* if X …": a cue some entries require, not a gap word
    "wished_fates",  # "I hope all X *burn*": closes a wish (``closed_by``), not a gap word
    "body_parts",  # "I'll break his *legs*": closes a vow (``closed_by``), not a gap word
    "retributions",  # "I'll make her *regret* it": closes a vow (``closed_by``), not a gap word
    "prices",  # "make women pay *less*": undoes a pair (``undone_by``), not a gap word
    "evers",  # "What good has a … *ever* done?": closes a question (``closed_by``), not a gap word
    "deeds",  # "X never *do* anything useful": a verb of doing before a denied praise (``_deed_praised``)
    "deed_objects",  # "X never achieve *anything* worthwhile": what the deed is, before the praise
    "achievements",  # "he only got *promoted* because he's …": a cue some entries require, not a gap word
    "achievements_undone",  # "turned *down* for the job because he's …": a harm, the cue undone, not a gap word
    "arrivals",  # "great before the X *moved* in": closes a pair (``closed_by``), not a gap word
    "contests",  # "beat the Muslims at *chess*": undoes a pair (``undone_by``), not a gap word
    "teams",  # (session 29, H) "beat the *Brazilians* on Sunday": a nation whose team plays (``_match_day``)
    "match_verbs",  # "*beat* the Brazilians on Sunday", « *écraser* »: a verb a match is won with (``_match_day``)
    "match_days",  # "beat the Brazilians on *Sunday*": a day a match is played (``_match_day``), not a gap word
    "match_spoilers",  # "… on Sunday till they *bleed*": harm named, no match (``_match_day``), not a gap word
    "tended",  # "… gets his face *painted*": undoes a pair (``undone_by``), not a gap word
    WEAPONS,  # "gets a *bat* to the head": the blow after a pair (``blow``), not a gap word
    BLOW_PREPS,  # "gets a bat *to* the head": not a gap word
    STRUCK_PARTS,  # "gets a bat to the *head*": not a gap word
    FIRE_ACTS,  # "lock the doors of that mosque and *light* it up": after a pair (``occupied``), not a gap word
    OCCUPANTS,  # "with *everyone* inside": not a gap word
    INSIDES,  # "with everyone *inside*": not a gap word
    "act_subjects",  # (session 15) "*i'm* gonna stomp …": the writer's part in an open act (``_act_pair``)
    "act_openers",
    "act_possessives",
    "act_objects",
    "act_links",
    "act_undone",
    "act_futures",
    "act_members",
    "act_dooms",
    "act_agents",
    "act_fires",
    "act_negations",
    "act_plurals",
    "act_generics",
    "act_intents",
    "act_purposes",
    "act_self_articles",  # (session 31, T) "I am *a* good woman with a gun": the writer names themself the group
    "act_uses",  # (session 31, T) "petrol *for* the generator": a weapon's use named by what it serves
    "act_use_links",
    "mercies",  # "put the X out of their *misery*": required after a pair (``needs_after``), not a gap word
    "confinements",  # "put all the X in *detention* centres": required after a pair (``needs_after``), not a gap word
    "civic_goods",  # "X should lose their *citizenship*": required after a pair (``needs_after``), not a gap word
    "permanence",  # "X need to be taken care of, *permanently*": required after a pair (``needs_after``)
    "merits",  # "no X has ever contributed *anything*": required after a denied merit (``needs_after``), not a gap word
    "merits_passives",  # "X were never paid a cent": a passive before a denied merit undoes it, not a gap word
    "whats",  # "*what* do X contribute besides …?": a cue some entries require, not a gap word
    "exceptions",  # "… contribute *besides* crime?": required after a question of worth (``needs_after``)
    "admissions",  # "why do we let X *vote*?": closes a question of letting (``closed_by``), not a gap word
    "admissions_to",  # « pourquoi on autorise les X *à* … ? »: closes a question of allowing (``closed_by``)
    COLON_COPULAS,  # "X at my work*:* rude": the copula the view reads a head's colon as, not a gap word
    QUESTION_COPULAS,  # « Leur DG *?* Une incapable »: the copula the view reads a head's "?" or "=" as
    "durations",  # « combien de *temps* encore on va supporter les X ? »: a cue some entries require, not a gap word
    "merits_wrongs",  # "X have never done anything *wrong*": undoes a denied merit (``undone_by``), not a gap word
    "dwellings",  # "we know where the X *live*": closes a pair (``closed_by``), not a gap word
    "helps",  # "we know where the X live, we'll *bring* soup": undoes a pair (``undone_by``), not a gap word
    REPORT_NOUNS,
    REPORT_LINKS,
    "base_beings",  # "a *cockroach* is nicer than any X": a cue some entries require, not a gap word
    "denied_degrees",  # "no *more* violent than anyone": a degree a negating determiner denies, not a gap word
    "singular_articles",  # "*a* Muslim are vile": one member, not the subject of a plural copula
    "plural_copulas",  # "a Muslim *are* vile": a copula whose subject is plural
    "harms_done",  # "men who *hit* women are cowards": a relative clause of harm names wrongdoers, not the group
    "time_wishes",  # "it's *time* somebody shot the X": a cue some entries require, not a gap word
    "lower_beings",  # "my *goldfish* is smarter than any X": a cue some entries require, not a gap word
    "feelings",  # "why do people *hate* X?": a verb of feeling questioned, not a gap word
    "others",  # "why do *people* hate X?": feelings asked of others, not a gap word
    "reasons",  # "no *reason* to hate X": feelings denied a reason, not a gap word
    DENIALS,  # "*no* woman should be allowed to vote": a cue some entries require, not a gap word
    "reason_denials",  # "*no* reason to hate X", "There is *none*": not a gap word
    "refuge",  # "pouring in because of the *war*": undoes an arrival metaphor (``complaint``), not a gap word
    "challenges",  # "is there a *single* X who isn't …": a cue some entries require, not a gap word
    "challenges_asked",  # "is there *any* X who isn't …?": the same, in a question only, not a gap word
    "calls_asked",  # (session 15, W) "what are we *waiting* for, …?": a call in a question only, not a gap word
    "time_calls",  # (session 15, W) the calls of "*when* do we start deporting …?": not a gap word
    "time_calls_asked",
    "prenominal",  # (session 15, W) « les *vieux* vinyles »: a group word, an adjective before its noun; not a gap word
    "prenominal_after",  # (session 15, W) what may follow « vieux » as a group (« les vieux *sont* »): not a gap word
    "fond",  # "… who doesn't *love* …": undoes a pair (``undone_by``), not a gap word
    "flights",  # « encore un X qui vole *vers* Tokyo »: undoes a pair (``undone_by``), not a gap word
    "complaints",  # « pas de femmes dans le jury, c'est un *scandale* »: undoes a pair (``complaint``), not a gap word
    "records",  # « effacer les femmes de l'*histoire* »: undoes a pair (``undone_by``), not a gap word
    "endorsements",  # "… and they're *right*": the reported words taken as the speaker's own, not a gap word
    "refusals",  # "I would never sit next to …", "I *refuse* to work with …": a required cue, not a gap word
    "unwanted",  # closes "don't want refugees *here*": not a gap word
    "refused_roles",  # (session 25, T) closes "No X *tenants*" (``closed_by``), not a gap word
    "existence",  # (session 25, T) « un X honnête, ça *existe* ? »: a cue an entry requires, not a gap word
    "existence_asked_own",
    "sent_off",  # "*you* can go back to …": a cue, not a gap word
    "singular_heads",  # "*being* trans is …": opens a singular group, not a gap word
    SUBJECT_PRONOUNS,
    POSSESSIVE_ARTICLES,
    COORDINATORS,
    "vices",  # « *voler*, c'est dans le sang des X »: a cue some entries require, not a gap word
    "topic_pronouns",  # « des X, j'*en* ai connu »: keeps the group the topic (``_topic_hits``), not a gap word
    "clitic_judges",  # « je les *trouve* inutiles »: the verb after a clitic (``_judging_clitics``), not a gap word
    "member_clauses",  # « quand je vois un X, *je* serre mon sac »: opens the clause after a condition, not a gap word
    "defences",  # « …, je me lève *pour* le défendre »: undoes a pair (``undone_by``), not a gap word
    "cheers",  # « Un X président ? Mdr, *trop bien* ! »: undoes a pair (``undone_by``), not a gap word
    "knowing",  # « Vous *connaissez* un X honnête, vous ? »: a cue some entries require, not a gap word
    "erasers",  # « *rayer* les X de la carte »: the word before the group (``group_after``), not a gap word
    "lesser",  # « mon *chien* est plus intelligent qu'une X »: a cue some entries require, not a gap word
    "ones",  # « *une* trans sera … »: a singular determiner before the group, not a gap word
    "dislocated_heads",  # « *Les* X, qu'ils crèvent »: what may open a sentence before its group, not a gap word
    "companions",  # « je bosse *avec* des X. »: a preposition that keeps the group the topic, not a gap word
    "topic_openers",  # « des X, *j'*en ai connu »: the subject before a topic pronoun, not a gap word
    "nominal",  # « *Tous des* menteurs. »: opens a noun judgement (``_elliptic_ok``), not a gap word
    "good_things",  # (session 14, F) « ne sont pas une bonne *cible* »: undoes a pair (``undone_by``), not a gap word
    "agents",  # (session 14, F) « … attaqués *par* des X »: others in the group's sentence (``_verdict_rival``)
    "denied_subjects",  # « *Aucun* n'était fiable. »: a member denied for all (``_denied_subject``), not a gap word
    "denied_links",  # « Aucun *n'était* fiable. »: what may follow it, not a gap word
    SUFFERERS,
    "negative_subjects",  # "*Nobody* in this family hates X": a subject that denies its verb, not a gap word
    ANAPHORIC_DETERMINERS,
    ANAPHORIC_PEOPLE,
    ANAPHORIC_LIKES,
    ANAPHORIC_POINTED,
    RIVAL_DETERMINERS,
    SINGULAR_DETERMINERS,
    FEMININE_PRONOUNS,
    MASCULINE_PRONOUNS,
    DISLOCATION_SUBJECTS,
    "bred_stock",  # "Muslim farmers breed *sheep*": undoes a verb of breeding (``undone_by``), not a gap word
    "gatherings",  # "… pour in every Sunday *for* the market": undoes an arrival (``undone_by``), not a gap word
    "denied_modifiers",  # (B, session 53) "not people *without* morals": a modifier (``modified_by``), not a gap word
    "privatives",  # (B, session 53) « pas des gens *sans* morale »: a lacked praise (``_privative_before``)
    "denied_modifiers_links",  # (B, session 53) "not people *with* no morals": opens a modifier, not a gap word
    "subject_heads",  # "no *one*", "not *one*": a negative subject of two words, not a gap word
    "subject_tails",  # "Nobody *in* this family …", "No one *I* know …": what may follow a negative subject
    "clause_subjects",  # "Nobody knows *I* hate X": a new clause's subject ends a negative subject's reach
    "verbal_subjects",  # "*Hating* X is wrong", « *Détester* les X, c'est … »: a feeling named as a subject
    "subject_copulas",  # "Hating X *is* …", « …, *c'*est … »: the copula of a judgement of that feeling
    "condemnations",  # "Hating X is *wrong*", « …, c'est du *racisme* »: a judgement that condemns it
    "doubting_modals",  # "Why *would* I hate X?": a feeling questioned, not a gap word
    SAID,  # "a guy *yelled* that X are …": reports the pair (``_reporting``), not a gap word
    SAID + "_bases",
    SAID + "_infinitives",
    "noun_homographs",  # « il a eu *le poste* »: a form of a verb of saying that is a noun after an article
    "own_objects",  # "*Sharing this*: X are …": the object of a saying that opens its sentence, the speaker's act
    SAYING_SUBJECTS,
    SAYING_LINKS,
    AS_SAID,
    AGREES,
    "denied_faults",  # "… they're not *wrong*": endorses a report (``_endorsing``), not a gap word
    "wh_words",  # "explain *why* …": a verb of saying that asks (``_asking``), not a gap word
    "complementisers",  # "said *that* Roma are …": not a singular determiner after a saying (``_member_plural``)
}
# (round 12, engineer I) the cues of the frames of implicit derogation (hate-implicit-frames.yml), read only where a
# frame names them ("*Another* day, another X …", "Imagine being a X *lol*", "*Put* a X in charge and …"): neither gap
# words nor class words of the grammar (a noun after a group adjective still qualifies it: "I hate Jewish *law*")
_FRAME_CUES = frozenset(
    {
        "kept_to",
        "sole",
        "recurring",
        "recurrences",
        "injustices",
        "mockery",
        "handovers",
        "lettings",
        "permissions",
        "typifiers",
        "sheltered",
        "typical_tails",
        "vouched",
        "hardships",
        "relief",
        "plain_asks",
    }
)
_NOT_GAP |= _FRAME_CUES
# those of them that close a group stay class words, so that a group adjective before one names the group ("Imagine
# being a Pakistani *lol*"), not a noun it would qualify
_FRAME_NOUNS = _FRAME_CUES - {"mockery", "typical_tails"}
# (session 13, I) where the answer to a group just named opens (``_shown_hits``): neither gap words nor class words
_SHOWN_CUES = frozenset(
    {"reply_joints", "reply_openers", "shown_passives", "shown_havings", "shown_causatives", "walkouts", "purposes"}
)
_NOT_GAP |= _SHOWN_CUES
_FRAME_NOUNS |= _SHOWN_CUES
# (session 30, I) the words of a habit questioned (app/kinds/generalised.py reads them): neither gap words nor class
# words, so that shipping them changes no other reading
_HABIT_CUES = frozenset(
    {"habit_askers", "habit_hedges", "habit_wonders", "habit_links", "habit_marks", "habit_undergone", "habit_selves"}
    | {"habit_curious", "habit_admitters", "habit_noticers"}
)
_NOT_GAP |= _HABIT_CUES
_FRAME_NOUNS |= _HABIT_CUES
# (session 14, V) a verdict after the group's sentence (``_verdict_after_hits``) and a place of the group's said to be
# full of what the lists name (``_full_place``): neither gap words nor class words
_VERDICT_CUES = frozenset({"verdict_heads", "verdict_openers", "group_places", "fullness", "fullness_links"})
_NOT_GAP |= _VERDICT_CUES
_FRAME_NOUNS |= _VERDICT_CUES
# (F, session 39) the bodies a people's adjective names (``_institution_named``): neither gap words nor class words,
# so that « l'État algérien est … » is still an adjective after the noun it qualifies, as it was before the class
_NOT_GAP |= {INSTITUTIONS, NAMED_INSTITUTIONS, "heard_talk"}
_NOT_GAP |= set(SHAPED_CLASSES)  # (G2, session 42) a group read by its shape (``app.kinds.shaped_groups``)
_NOT_GAP |= set(NAMED_CLASSES)  # (D, session 43) a person or a company named by its shape (``app.kinds.named_targets``)
# (D, session 43) the lowly things a faculty is measured against ("the charisma of a *wet cardboard box*"): a cue the
# faculty entries of risk.disparagement require, never a word between a target and its predicate
_NOT_GAP |= {"lowly_things"}
_FRAME_NOUNS |= {"lowly_things"}
# (D, session 51) the superlatives that open risk.disparagement's superlative entries ("*the worst* landlord", « *le
# pire* agent »): after an article that follows the mention replied to, the noun phrase is said of it (``_free_word``)
_NOT_GAP |= {"superlatives"}
# (F, session 50) a stereotype asked as a verbless question that the draft goes on to answer (``_answered_question``):
# the answers that take it up ("Yes.", « Évidemment. »), and the French conditional of hearsay that may stand in such a
# question (« Les X *seraient* des … ? »): neither gap words nor class words, so that shipping them changes no other
# reading
ANSWER_CONFIRMATIONS = "answer_confirmations"
HEARSAY_COPULAS = "hearsay_copulas"
JUDGED = "judged"  # the judging copulas a file's entries may require ("X are lazy", « les X *seraient* … »)
_NOT_GAP |= {ANSWER_CONFIRMATIONS, HEARSAY_COPULAS}
_FRAME_NOUNS |= {ANSWER_CONFIRMATIONS, HEARSAY_COPULAS}
_FRAME_NOUNS |= {INSTITUTIONS, NAMED_INSTITUTIONS, "heard_talk"}
# (session 52, I) what a precaution against a group just named guards, fits, switches away from or prays through
# (terms/<lang>/hate-precautions.yml, ``needs_after``): neither gap words nor class words, so that shipping them
# changes no other reading ("Muslims bought the *shops*. They are …": a rival noun still)
_PRECAUTION_CUES = frozenset({"guarded_goods", "guarding_devices", "switched_away", "perils"})
_NOT_GAP |= _PRECAUTION_CUES
_FRAME_NOUNS |= _PRECAUTION_CUES
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_LONG_LETTERS = re.compile(r"[a-z]{6,}")  # runs of _GLUED_MIN folded letters or more (folding strips accents)
_LAST_WORD = re.compile(r"([^\W_]+) $")
_QUOTES = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}
SENTENCE_START = "<start>"  # a word class may name it: the pair opens its sentence
FILLERS = "fillers"
_SENTENCE_END = frozenset(".!?;")
_LINE_OR_SENTENCE_END = _SENTENCE_END | {"\n"}  # a line break ends a sentence too (``_match_day``)
# (session 15, Q) a colon or a spaced dash after a word and before one (``colon_edits``): "X at my work: rude, …"
_HEAD_COLON = re.compile(r"(?<=[^\W\d_])\s*(:|\s[-\u2013\u2014])(?=\s+[^\W\d_])")
_COLON_MARKS = frozenset(":-\u2013\u2014")  # (S, session 18) one of them is in every match of ``_HEAD_COLON``
_COLON_HEAD = 6  # the most words a head closed by a colon may hold ("gay men in a nutshell:")
# (session 33, K) a question mark or an equals sign after a word and before one (``colon_edits``, with question_copulas)
_HEAD_QUESTION = re.compile(r"(?<=[^\W\d_])\s*(\?|=)(?=\s+[^\W\d_])")
_ARTICLE_OPENERS = frozenset({"the", "les", "ces", "des", "these", "those", "all", "tous", "toutes"})
_SUBJECT_REACH = 8  # words from a negative subject opening its sentence to the pair it denies ("Nobody in … hates X")
_REPORTED_WINDOW = 6  # words before a pair where reported speech ("if you think", « il a dit que ») still cancels it
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[.!?;]")
_CLAUSE_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[.!?;,]")  # (session 25, T) a word, or a mark that ends a clause
_ELISION = re.compile(r"^(qu|jusqu|lorsqu|puisqu|[cdjlmnst])'(.+)$")


class EntrySpec(BaseModel):
    """One entry of a proximity list: a term, its forms, sureness and pairing constraints."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    term: str = Field(min_length=1)
    forms: list[str] = Field(default_factory=list)
    sureness: int | None = Field(default=None, ge=0, le=2)
    target: Direction | None = None
    requires: str | None = None
    preceded_by: str | None = None
    negated: bool = False
    key: str | None = None
    fuzzy: bool | None = None
    heads: list[str] = Field(
        default_factory=list, description="nouns of people the form names a group with ('people', « vies {} »)"
    )
    attributive: bool | None = None
    adjacent: bool = False
    closed_by: str | None = None
    objects: str | list[str] | None = Field(
        default=None,
        description="a word of this class (or of these classes), a capitalised name when it holds <name>, an @mention "
        "when it holds <mention>, must follow the form past object_skips words ('buying *Northwind*', « on rachète "
        "*Dumoulin* », 'acquiring *@rivalcorp*', not 'buying my dad a guitar')",
    )
    subjects: str | None = Field(
        default=None, description="a word of this class among the four words before the form ('the *CFO* is leaving')"
    )
    context: str | None = Field(
        default=None,
        description="(session 31, T) a word of this class anywhere in the draft, or a $cashtag, says who speaks or of "
        "what: an insider of the company ('*our* new headset ships in March', 'we can't *announce* it yet'), the "
        "market ('*$ACME* beat big'); without it a fan's 'the new console drops Friday' or 'I beat big Mike at chess' "
        "is no leak",
    )
    figure: bool = Field(
        default=False,
        description="(session 33, K) the draft must give a figure (a percentage, an amount, a count of two or more "
        "digits before a word that is no month: '-12 %', '300 people', « 230 postes »): what is told is the news "
        "itself, not its date ('our results are not published yet, see you on 12 March' is no leak)",
    )
    appraisal: str | None = Field(
        default=None,
        description="(S, session 37) with figure: a word of this class in the draft stands for the figure, the news "
        "judged rather than counted ('our Q3 numbers land tomorrow and they're *huge*', « ils sont *énormes* »)",
    )
    not_context: str | None = Field(
        default=None,
        description="(session 34, K) a word class: the form counts only when no word of it stands in the draft (a "
        "figure forecast by others, 'analysts expect', « le consensus attend », is no news told ahead of its day)",
    )
    final: bool = False
    open_heads: bool = Field(
        default=False,
        description="the form also names a group with any noun of people (the words file's people_nouns or "
        "people_suffixes): 'Jewish bankers', « les médecins musulmans »",
    )
    then: list[str] = Field(
        default_factory=list,
        description="after the term, one free word then one of these: 'too {emotional} to', « trop {bêtes} pour »",
    )
    of_group: str | None = Field(
        default=None,
        description="a word class: the group before the predicate may complement a noun of that class (« la place "
        "des femmes est à la cuisine »): what is said of that noun is said of the group",
    )
    fuzzy_heads: list[str] = Field(
        default_factory=list,
        description="nouns of people before which the entry's word also matches with one letter wrong, as a fuzzy "
        "term does ('blakc people', 'disabeld people'); its variants obey the file's fuzzy_exclude",
    )
    only_with: list[str] = Field(
        default_factory=list,
        description="a target only these predicates (their 'term') may aim at: a place of worship with threats and "
        "calls ('burn down the mosque'), never with derogation ('the mosque is noisy')",
    )
    not_with: list[str] = Field(
        default_factory=list,
        description="predicate forms this target never pairs with, though their entry is one of its only_with: a "
        "religion is wiped out or banned, not 'removed' from a syllabus ('Remove Islam from the syllabus')",
    )
    free: int = Field(
        default=0,
        ge=0,
        le=6,
        description="up to this many words outside the word classes may stand between a group before the predicate and "
        "it, a verb phrase of the group's own ('refugees live in hotels *on our dime*')",
    )
    conjugate: bool = Field(
        default=False,
        description="French: each one-word infinitive form (-er, -re, -ir) also matches in the present, subjunctive, "
        "future and first-person imperative (« bute », « noie », « pendra », « crèvent », « bannissons »)",
    )
    group_after: str | None = Field(
        default=None,
        description="a word class: the word right before the group must belong to it (« un *bon* Arabe est un Arabe "
        "mort », not « mon meilleur ami gay est mort »), or the word before an article there ('he's *a* Muslim')",
    )
    why_asks: bool = Field(
        default=False,
        description="a right denied (requires a negation) that a question opening with a 'why' word asks for rather "
        "than denies ('Why aren't gay couples allowed to adopt?')",
    )
    undone_by: str | None = Field(
        default=None,
        description="a word class: one of its words among the four words after the pair, in its sentence, makes the "
        "pair something else ('I'll beat the Muslims at *chess*': a contest, not harm)",
    )
    modified_by: str | None = Field(
        default=None,
        description="(B, session 53) a word class (words or phrases): one of them right after the form makes its noun "
        "of people the head of a modifier, and what the negation denies is the modifier ('X are not people *without* "
        "morals', « ne sont pas des citoyens *de seconde zone* »), no pair",
    )
    complaint: str | None = Field(
        default=None,
        description="a word class: one of its words anywhere after the pair, in its sentence, marks a complaint about "
        "the group's treatment, not a call (« Pas de femmes dans le jury, c'est un *scandale* »)",
    )
    members: bool = Field(
        default=False,
        description="pairs only with a pronoun standing for one member of a group that a condition names ('If a "
        "Muslim moves in next door, *he*'ll be sorry'), never with the group itself",
    )
    shown: bool = Field(
        default=False,
        description="pairs only with the answer to a group just named: the clause after the group's own ('a gay "
        "babysitter? *hide the kids*', 'had a black surgeon, asked for *a real doctor*'), never with the group itself",
    )
    blow: bool = Field(
        default=False,
        description="(session 14) a blow said after the pair, an open phrase over word classes: a ``weapons`` word "
        "among the first four words, a ``blow_preps`` word among the three after it and a ``struck_parts`` word among "
        "the three after that, in its sentence ('gets a *bat* *to* the *head*', « mérite mon *poing* *dans* la "
        "*gueule* »), where no list holds the phrase",
    )
    through: str | None = Field(
        default=None,
        description="(session 14) a word class: with the group after the predicate, a phrase of up to three free words "
        "then a word of this class may stand between them, a place emptied of the group ('rid *the country of* X', « "
        "nettoyer *la France de* ses X »)",
    )
    needs_after: str | None = Field(
        default=None,
        description="(session 14) a word class: one of its words must stand among the four words after the pair, in "
        "its sentence ('put the X out of their *misery*', 'X need to be taken care of, *permanently*')",
    )
    act: Literal["writer", "weapon", "fire", "undergone"] | None = Field(
        default=None,
        description="(session 15) an open act of harm (``_act_pair``), paired over word classes rather than the gap "
        "grammar: ``writer``, a verb of violence whose subject is the writer (an ``act_subjects`` word earlier in its "
        "clause) and whose object is the group ('i'm gonna *stomp* the X', « je vais les *défoncer* »); ``weapon``, a "
        "weapon or a fire-starter the writer holds (an ``act_subjects`` or ``act_possessives`` word before it) with a "
        "group or its place in its sentence or the one before ('i'm bringing the *machete*', « je sors le *fusil* »); "
        "``fire``, a fire-starter so held, with a place of the group or an ``act_fires`` word in its sentence; "
        "``undergone``, harm the group's member is about to undergo ('any X who … is *getting stomped*')",
    )
    occupied: bool = Field(
        default=False,
        description="(session 14) a place sealed or burned with its people in it: later in the pair's sentence, a "
        "``fire_acts`` word, or an ``occupants`` word with an ``insides`` word among the three after it ('lock the "
        "doors of that mosque and *light* it up', 'board up the X hostel while *they sleep*', « murer le centre des X "
        "avec tout le *monde* à l'*intérieur* »)",
    )
    fate: bool = Field(
        default=False,
        description="with ``members``: violence done to one member, also said of the member named as the subject of "
        "its sentence ('Next X who … *gets a bullet*'), where other ``members`` entries (a fate a warning foretells "
        "too: 'get hurt') pair with a pronoun or a condition's clause only",
    )
    pointed: bool = Field(
        default=False,
        description="(session 14) pairs only with a phrase of people in general pointed at with « -là » that stands "
        "for a group named before (« Ma collègue est lesbienne. *Ces gens-là* sont malades »), a word that says an "
        "illness of a group it describes (« ces gens sont épuisés et malades »)",
    )
    persons: bool = Field(
        default=False,
        description="(session 14) said of people only (a vice of honesty, greed or envy: « fourbes », « cupides »): "
        "pairs with a pronoun that a noun of things before it may contest (« Les X ont racheté tous les restaurants, "
        "*ils sont fourbes* »), where a word said of things too (« sales », « bruyants ») does not",
    )
    unnamed: bool = Field(
        default=False,
        description="(D, session 43) never pairs with a name read by its shape (``app.kinds.named_targets``): a call "
        "to resign or to be fired said of a named person is criticism of their conduct ('Infantino should resign')",
    )


class ListFile(BaseModel):
    """A proximity term list file."""

    model_config = ConfigDict(extra="forbid")
    credit: str | None = None
    notes: str | None = None
    language: str | None = None
    sureness: int = Field(default=1, ge=0, le=2)
    target: Direction = "any"
    requires: str | None = None
    attributive: bool = False
    key: str | None = None
    inflect: list[Literal["plural", "feminine"]] = Field(default_factory=list)
    singular: bool = Field(
        default=False,
        description="English: a one-word plural noun said of a group before it is also said of one member, after an "
        "article ('rats' also as 'a rat': 'Every X is a rat', 'each of them was a scammer')",
    )
    fuzzy: bool = False
    fuzzy_short: bool = Field(
        default=False, description="fuzzy terms of 5-6 letters also match with an inner letter missing ('blaks')"
    )
    fuzzy_exclude: list[str] = Field(default_factory=list)
    glued: list[str] = Field(
        default_factory=list,
        description="words a fuzzy one-word form may be glued to, the space left out (« lesjuifs » for « les juifs »)",
    )
    allow: list[str] = Field(default_factory=list)
    tenses: bool = Field(
        default=False,
        description="French: each form of an entry with the group before also matches with its first verb (after "
        "clitics and « ne ») in the other tenses, moods and number of the third person (``app.text.conjugation_fr``: "
        "« apportent rien » as « apportera rien », « apportaient rien », « apporte rien »); a form listed by hand "
        "keeps its own entry",
    )
    inverted: bool = Field(
        default=False,
        description="French: a form with a plural verb (-ent) also matches with its subject pronoun hyphened after "
        "that verb, as a question puts it (« pourquoi les X nous *coûtent-ils* … ? », « *mentent-elles* »)",
    )
    terms: list[EntrySpec | str] = Field(default_factory=list)


class ClassesFile(BaseModel):
    """Word classes of one language: fillers, negations and named cue classes (one word each)."""

    model_config = ConfigDict(extra="forbid")
    credit: str | None = None
    notes: str | None = None
    classes: dict[str, list[str]] = Field(default_factory=dict)
    gap_suffixes: list[str] = Field(default_factory=list)
    people_suffixes: list[str] = Field(default_factory=list)
    verb_suffixes: list[str] = Field(
        default_factory=list,
        description="endings of a plural verb (« -ent »): where adjectives follow, a word of 5+ letters right after "
        "the group without one is an adjective of the group's own (« les femmes *enceintes* coûtent … »)",
    )
    adjectives_follow: bool = False
    accented: dict[str, list[str]] = Field(
        default_factory=dict,
        description="function words whose accent tells them from another word the folding would merge them with "
        "(« dès », not the article « des ») -> the words after which their spelling without the accent still reads "
        "as them (« des que » is « dès que »): the view keeps the accent (``accent_edits``), the classes hold it as "
        "written",
    )
    conjugated: dict[str, list[str]] = Field(
        default_factory=dict,
        description="French: class -> infinitives whose third-person forms (present, imperfect, future, conditional, "
        "present subjunctive; « être/singular » or « être/plural » for one number, ``app.text.conjugation_fr``) join "
        "the class: « c'est normal que les X *soient* … », « les X *resteraient* des … »",
    )
    inflected: dict[str, list[str]] = Field(
        default_factory=dict,
        description="class -> verbs (``lemma`` or ``lemma/past[/participle]`` in English, ``infinitive[/participle]`` "
        "in French) whose forms join the class: English base, -s, -ed and -ing forms; French infinitive, present, "
        "imperfect, future, conditional, subjunctive, participles (``inflect_verb``); the bare lemmas also make "
        "the class ``<class>_bases``. The ``said`` class (verbs of saying: « a *hurlé* que … », *yelled* that …) "
        "reports as ``reported`` does, and what a ``saying_subjects`` word says is the speaker's own",
    )


class ModelSpec(BaseModel):
    """A learned model that confirms severity: its task and, per language, the probability that makes an error."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    task: str = Field(min_length=1)
    error_at: dict[str, float] = Field(description="language -> probability at which a warning becomes an error")


class PublishedSpec(BaseModel):
    """(session 35, K) A publication the draft says is done (``ProximityParams.published``)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    said: dict[str, str] = Field(
        description="language -> a regular expression (case-blind, on the draft as written) of news said to be out: "
        "'our Q3 results are out', « nos résultats sont publiés »; not said to come ('are out tomorrow')"
    )
    topics: list[str] = Field(description="the terms of the target entries the publication covers ('results')")
    requires: list[str] = Field(
        default_factory=list,
        description="the word classes a cue requires that say the news is not out yet (a day to come): a pair that "
        "holds only by such a word is what a publication done answers",
    )
    entities: bool = Field(
        default=True, description="a predicate entity (a $cashtag with its entity_requires word) is answered too"
    )

    @field_validator("said")
    @classmethod
    def _compiles(cls, value: dict[str, str]) -> dict[str, str]:
        return patterns_by_language(value, "said")


class ProximityParams(KindParams):
    """Params of a ``proximity`` rule."""

    targets: dict[str, list[str] | str] = Field(default_factory=dict, description="language -> target list file(s)")
    predicates: dict[str, list[str] | str] = Field(
        default_factory=dict, description="language -> predicate list file(s)"
    )
    words: dict[str, str] = Field(default_factory=dict, description="language -> word classes file")
    target_entities: list[Literal["mention", "cashtag", "hashtag"]] = Field(default_factory=list)
    predicate_entities: list[Literal["mention", "cashtag", "hashtag"]] = Field(default_factory=list)
    entity_sureness: int = Field(default=1, ge=0, le=2)
    entity_requires: str | None = Field(default=None, description="word class an entity's pair requires in reach")
    published: PublishedSpec | None = Field(
        default=None,
        description="(session 35, K) where the draft says the news is out ('our Q3 results are out: … $ACME'), its "
        "topics pair with no word that only says it is not out yet (a $cashtag, a date): the date is the call's",
    )
    requires_window: int = Field(default=0, ge=0, le=20, description="words after the pair where a required cue counts")
    gap: Literal["strict", "loose"] = "strict"
    window: int = Field(default=6, ge=0, le=60)
    negation_window: int = Field(default=3, ge=0, le=10)
    same_sentence: bool = True
    anaphora: bool = Field(default=False, description="a 'pronouns' word after a target stands for it")
    quotes_cancel: bool = Field(default=False, description="a pair inside quotation marks is quoted, not said")
    span: Literal["pair", "target", "predicate"] = "pair"
    severity_by_sureness: dict[int, Severity] = Field(
        default_factory=lambda: {0: Severity.INFO, 1: Severity.WARNING, 2: Severity.ERROR}
    )
    model: ModelSpec | None = None
    glued: bool = Field(
        default=True,
        description="(session 31, T) a form found inside a word counts where the word is words glued together "
        "('hatewomen', « jehais »: ``glued_joints``), the spelling of those who dodge a filter; false for a rule whose "
        "writers do not dodge one (privacy.insider-leak: 'Hushprobe' is no 'hush' + 'probe')",
    )
    unglue: bool = Field(
        default=False,
        description="an unknown token holding a word of the lists is read as the words glued in it, spaces put back "
        "('gaypeopleshouldbeexecuted', « lesmusulmanssontdescafards »; each part a word of the lists or the language)",
    )
    respell: bool = Field(
        default=False,
        description="an unknown word one letter missing, two neighbours swapped or a vowel added from a word of 5+ "
        "letters of the lists reads as that word ('savgaes', « voluers », 'a plauge', 'inferiour'; never a known word)",
    )
    stereotypes: dict[str, str] = Field(
        default_factory=dict,
        description="(session 15) language -> words of insinuation by stereotype cue (``app.kinds.stereotype``): a "
        "group near a cue ('surprise surprise', « comme par hasard ») and a bad outcome, a warning",
    )
    coded_groups: dict[str, str] = Field(
        default_factory=dict,
        description="(session 36, K) language -> coded group references (``app.kinds.stereotype.CodedGroups``: 'those "
        "people', 'a certain community', 'the Polish shop', « ces gens-là », « certains quartiers »), groups for the "
        "insinuation by stereotype cue only (``stereotypes``); alone, neutral",
    )
    threat_reading: dict[str, str] = Field(
        default_factory=dict,
        description="(session 20, T) language -> words of ``app.kinds.threat_reading``: a threat against a group read "
        "as an agent, a harm and the group or a pronoun standing for it ('… I will break their jaw'), an error",
    )
    named_targets: bool = Field(
        default=True,
        description="(D, session 51) read a person or a company named by its shape where the words file gives the "
        "``named_*`` classes (``app.kinds.named_targets``); false for a rule that shares the file but aims at its "
        "listed targets only (tone.contempt: 'my manager', « mon proprio »)",
    )
    shaped_sureness: int = Field(
        default=1,
        ge=0,
        le=2,
        description="(G2, session 42) the sureness of a group read by its shape where the words file names the "
        "``shaped_*`` classes (``app.kinds.shaped_groups``: 'the Sylheti community', « les Flamands »), below a "
        "listed group's 2: a pair with it is at most a warning",
    )
    shaped_pairs: int = Field(
        default=0,
        ge=0,
        le=2,
        description="(G2, session 42) the least sureness of a predicate that pairs with a group read by its shape "
        "(or a pronoun standing for one): 2 leaves the broad derogation lexicon ('are dirty') to the listed groups",
    )


Side = Literal["target", "predicate"]  # the side of the pair a list entry stands on


@dataclass(frozen=True, slots=True)
class Entry:
    """A list entry as the matcher sees it."""

    term: str
    side: Literal["target", "predicate"]
    sureness: int
    target: Direction
    requires: str | None
    negated: bool
    key: str | None
    preceded_by: str | None = None
    attributive: bool = False  # also pairs right before its target, with nothing between ("lazy Mexicans")
    adjacent: bool = False  # nothing may stand between target and predicate ("Les immigrés dehors")
    closed_by: str | None = None  # a word of this class must follow the target ("get the Roma out")
    objects: tuple[str, ...] | None = None  # classes of the object ("buying *Northwind*", "closing *the Leeds plant*")
    subjects: str | None = None  # what must stand just before the form ("the *CFO* is stepping down")
    figure: bool = False  # (session 33, K) the draft gives a figure ("300 people", "-12 %"): ``_FIGURE``
    not_context: str | None = None  # (session 34, K) no word of this class in the draft ("analysts expect")
    appraisal: str | None = None  # (S, session 37) with figure: a word of this class stands for it ("they're *huge*")
    context: str | None = None  # (session 31, T) a word of this class in the draft, or a $cashtag ("*our* headset")
    final: bool = False  # the predicate ends its sentence ("Black lives don't matter.", not "… matter to them")
    modifier: bool = False  # a group adjective alone ("jewish"): a group only with a noun of people beside it
    then: frozenset[str] = frozenset()  # "too {} to": one free word, then one of these
    of_group: str | None = None  # a class of nouns the group may complement: « la *place des femmes* est à la cuisine »
    only_with: frozenset[str] = frozenset()  # a target only these predicates may aim at ("burn down the mosque")
    not_with: frozenset[str] = frozenset()  # predicate forms it never pairs with ("*remove* Islam from the syllabus")
    free: int = 0  # free words a gap may hold before this predicate ("refugees live in hotels *on our dime*")
    group_after: str | None = None  # a class the word right before the group belongs to: « un *bon* Arabe … mort »
    why_asks: bool = False  # "Why aren't gay couples allowed to adopt?": a why question asks for the right denied
    undone_by: str | None = None  # a class of words after the pair that make it something else ("at *chess*")
    modified_by: str | None = None  # a modifier right after the form: "not people *without* morals" (B, session 53)
    complaint: str | None = None  # words later in its sentence that make it a complaint (« un *scandale* »)
    members: bool = False  # pairs only with a pronoun standing for one member of the group in a condition
    shown: bool = False  # pairs only with the clause that answers a group just named ("a gay babysitter? no thanks")
    fate: bool = False  # with members: also said of one member as its sentence's subject ("Next X who … gets a bullet")
    blow: bool = False  # (session 14) a blow said after the pair: "gets a *bat* *to* the *head*" (``_blow_follows``)
    occupied: bool = False  # (session 14) a place sealed with its people in it: "… and *light it* up" (``_occupied``)
    through: str | None = None  # (session 14) a place emptied of the group: "rid *the country of* X" (``_through``)
    needs_after: str | None = None  # (session 14) a word of this class after the pair: "put X out of their *misery*"
    persons: bool = False  # (session 14) said of people only: pairs past a rival noun of things (``contested``)
    act: str | None = None  # (session 15) an open act of harm: "writer", "weapon", "fire", "undergone" (``_act_pair``)
    pointed: bool = False  # (session 14) pairs only with « ces gens-là » standing for a group (``_Hit.pointed``)
    unnamed: bool = False  # (D, session 43) never pairs with a name read by its shape ("Infantino should resign")


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int  # folded coordinates
    end: int
    entry: Entry
    antecedent: _Hit | None = None  # a pronoun target: the group it refers to
    member: bool = False  # "If a Muslim moves in, I'll make *him* …": a pronoun standing for one member in a condition
    subject: bool = False  # "*Next* X who … gets a bullet": where the main verb of one member's sentence may stand
    elliptic: bool = False  # « Tous des voleurs, ces X »: the subject of a verbless judgement, where its sentence opens
    nominal: bool = False  # « J'en ai connu, des X. *Tous des* menteurs. »: the subject of a noun judgement only
    contested: bool = False  # "… asking for *rights*. They are …": a thing named after its group, sure predicates only
    shown: bool = False  # "a gay babysitter? *no thanks*": where the clause answering a group just named opens
    pointed: bool = False  # (session 14, F) « *ces gens-là* »: a phrase of people in general pointed at with « -là »
    verdict: bool = False  # "X run every bank. *greedy lying bunch*": a verdict noun phrase after the group's sentence
    via: _Hit | None = None  # (session 22, T) the pronoun or phrase relaying the group to this hit (``_relayed_hits``)


SHAPED_TERM = "(a group by its shape)"  # (G2, session 42) the term of ``ProximityRule.shaped_entry``
NAMED_TERM = "(a name by its shape)"  # (D, session 43) the term of ``ProximityRule.named_entry``
_VIEW_KEYS: Iterator[int] = count()  # one draft memo key per pack for its view (``ProximityRule._view``)


@dataclass(frozen=True)
class VerdictAfter:
    """(session 15, D) How one language reads a verdict after the group's sentence (``_verdict_after_hits``, one
    reading for both languages): a group that opens its sentence, nobody else in that sentence the verdict may be
    about, then a verbless judgement opening the next sentence ("Muslims run every bank. *Greedy lying bunch.*", « Les X
    du quartier passent leur journée au café. *Tous des fainéants.* »). Read where the words file names ``gate``."""

    gate: str  # the word class a words file names to read it (the English and French hate words files)
    opening: int  # the most words before the group in its sentence
    marks: str  # the marks whose run ends the group's sentence (then a space and a word)
    openers: str | None = None  # the word class each word before the group must be of (« *Les* X … »)
    barred: str | None = None  # the word class no word before the group may be of ("*With* X …")
    closed: bool = True  # read a group right before the marks too (French: ``_topic_hits`` reads it)
    reach: int | None = None  # the most words after the group in its sentence
    # a listed noun of people (``people_nouns``, ``anaphoric_people``) after a word of this class in the group's
    # sentence may be what the verdict judges (« *des* gens »); without it, a noun of people (``_people``) not after a
    # ``possessives`` word may (the group's own noun excepted: "trans *activists*"); an ``agents`` word always may
    rivals_after: str | None = None
    undergone: bool = False  # a group that undergoes something there ("got attacked") is no subject
    # the next sentence must be 2 to 7 words holding a ``verdict_heads`` word or opening with a ``verdict_openers``
    # word (an empty ``verdict`` hit where it opens); else the hit spans the marks and is ``nominal``
    # (``_elliptic_ok`` then asks for a ``nominal`` word)
    verdict: bool = False


VERDICT_AFTER = {
    "en": VerdictAfter("verdict_heads", 2, ".!?;", barred=PREPOSITIONS, undergone=True, verdict=True),
    "fr": VerdictAfter(
        "topic_pronouns", 1, ".!?", openers="determiners", closed=False, reach=14, rivals_after=RIVAL_DETERMINERS
    ),
}
"""(session 15, D) Each language's reading of a verdict after the group's sentence: session 14's English
``_verdict_hits`` (V) and French ``_subject_topic_hits`` (F) as data of one reading."""


@dataclass(frozen=True)
class _Pack:
    """Everything one language needs: the automaton and the word classes."""

    automaton: Any
    classes: Mapping[str, frozenset[str]]
    allowed_gap: frozenset[str]
    elisions: bool
    gap_suffixes: tuple[str, ...] = ()
    adjectives_follow: bool = False  # « les Roms voleurs »: an attributive adjective also pairs right after its group
    modifiers: frozenset[str] = frozenset()  # group adjectives that also name a group with a noun of people
    then: bool = False  # some predicate asks for a free word and a closing word ("too {} to")
    people_suffixes: tuple[str, ...] = ()
    verb_suffixes: tuple[str, ...] = ()  # « -ent »: a word right after the group without it is an adjective
    known: frozenset[str] = frozenset()  # known words of the language (``app.text.lexicon``): never split
    class_words: frozenset[str] = frozenset()  # every word of the word classes: one half of a glued pair
    terms: frozenset[str] = frozenset()  # the one-word forms as written (no spelling variant): a glued pair's term
    cuts: dict[str, tuple[int, ...]] = field(default_factory=dict)  # glued_joints' answer per token, bounded
    respelt: dict[str, str] = field(default_factory=dict)  # a misspelling -> the word of the lists (respell)
    phrase_words: frozenset[str] = frozenset()  # words of the lists' forms of several words: parts of a glued token
    segments: dict[str, tuple[int, ...]] = field(default_factory=dict)  # ``segment``'s answer per token, bounded
    view_key: str = field(default_factory=lambda: f"proximity:view:{next(_VIEW_KEYS)}")  # the draft memo of its view
    # (session 14) a form that an entry with ``blow``, ``occupied``, … shares with another entry -> those entries: each
    # reads the form ("gets" of one member's vow "… gets his head kicked in" and of a blow "… gets a bat to the head")
    twins: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)
    # (session 13, R) a function word folded onto another -> (its accented spelling, the words after which the plain
    # spelling still reads as it): « dès » is no « des »
    accented: Mapping[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    verdict_after: VerdictAfter | None = None  # (session 15, D) the language's reading of ``_verdict_after_hits``

    @cached_property
    def phrases(self) -> re.Pattern[str] | None:
        """``_phrase_pronouns``' noun phrases of people in general (``phrase_pattern``), built once per pack."""
        return phrase_pattern(self.classes)

    @cached_property
    def shaped(self) -> ShapedWords | None:
        """(G2, session 42) The words of ``app.kinds.shaped_groups``, read once per pack (None without them)."""
        return ShapedWords.from_classes(self.classes)

    @cached_property
    def named(self) -> NamedWords | None:
        """(D, session 43) The words of ``app.kinds.named_targets``, read once per pack (None without them)."""
        return NamedWords.from_classes(self.classes)

    @cached_property
    def generalised(self) -> GeneralisedWords | None:
        """(session 19, B) The words of ``app.kinds.generalised``, read once per pack (None without them)."""
        return GeneralisedWords.from_classes(self.classes)

    @cached_property
    def frames(self) -> Frames | None:
        """(session 20, Q) The ``frame_*`` classes of ``app.kinds.frames``, read once per pack (None without them)."""
        return Frames.from_classes(self.classes)

    @cached_property
    def opinion_frames(self) -> tuple[tuple[str, ...], ...]:
        """(session 19, B) The ``opinion_frames`` phrases (``_`` between their words) as folded words, longest first."""
        phrases = {tuple(w for w in entry.split("_") if w) for entry in self.classes.get(OPINION_FRAMES, frozenset())}
        return tuple(sorted((p for p in phrases if p), key=len, reverse=True))

    @cached_property
    def opinion_frames_at(self) -> Mapping[str, tuple[tuple[str, ...], ...]]:
        """(S, session 21) ``opinion_frames`` by their first word, each word's in their order: only those can open a
        sentence whose first word it is."""
        out: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.opinion_frames:
            out.setdefault(phrase[0], []).append(phrase)
        return {word: tuple(found) for word, found in out.items()}

    @cached_property
    def hedges(self) -> _Hedges:
        """(S, session 18) The word classes ``_hedge_end`` and ``_hedge_words`` read, joined once per pack (they
        were joined again for every draft: a hedge is looked for at the opening of each)."""
        return _hedges(self)


def read_list_file(path: Path) -> ListFile:
    """Read a proximity list; ``ValueError`` names the file, the key and the reason (``app.kinds.options``)."""
    data = read_yaml(path, "term list")
    if isinstance(data, list):
        data = {"terms": data}
    if not isinstance(data, dict):
        raise ValueError(f"term list {path}: expected a mapping with 'terms'")
    return validated(ListFile, data, path, "term list")


def read_classes_file(path: Path) -> ClassesFile:
    """Read a word-classes file; ``ValueError`` names the file, the key and the reason (``app.kinds.options``)."""
    data = read_yaml(path, "word classes")
    if not isinstance(data, dict):
        raise ValueError(f"word classes {path}: expected a mapping with 'classes'")
    return validated(ClassesFile, data, path, "word classes")


def spelled_variants(
    folded: str, short: bool = False, known: frozenset[str] | None = None, head_first: bool = False
) -> set[str]:
    """``fuzzy_variants`` of a one-word form, or of the head word of a longer one, the other words exact: the noun of
    "trans people" misspelt ("trans peole", "gay pepole"), never the adjective; with ``head_first`` the first word
    is the head (« personnes trans » gives « persones trans », never « personnes tarns »). A head's variant that
    is a known word is dropped whatever its edit."""
    if " " not in folded:
        return fuzzy_variants(folded, short, known)
    if head_first:
        word, _, rest = folded.partition(" ")
    else:
        rest, _, word = folded.rpartition(" ")
    if not rest.strip() or len(word) < 4:
        return set()
    variants = fuzzy_variants(word, short, known) - (known or frozenset())
    # the last letter dropped makes another number of the noun ("asylum seeker"), not a misspelling
    variants = {v for v in variants if v != word[:-1] and len(v) >= 4}  # "sent bak": three letters are a word
    return {f"{v} {rest}" if head_first else f"{rest} {v}" for v in variants}


def tokens(text: str, elisions: bool) -> list[str]:
    """Words (and sentence ends) of a folded stretch; French elisions split ("n'ont" -> "n'", "ont")."""
    out: list[str] = []
    for token in _TOKEN.findall(text):
        match = _ELISION.match(token) if elisions else None
        if match:
            out.extend((match.group(1) + "'", match.group(2)))
        else:
            out.append(token)
    return out


class ProximityRule(Rule):
    """Flags a target and a predicate paired by the rule's grammar."""

    def __init__(
        self,
        meta: RuleMeta,
        packs: Mapping[str, _Pack],
        params: ProximityParams,
        models: Mapping[str, Classifier] | None = None,
        stereotypes: Mapping[str, Stereotypes] | None = None,
        threat_reading: Mapping[str, ThreatReading] | None = None,
    ) -> None:
        super().__init__(meta)
        self.packs: Mapping[str, _Pack] = packs  # (S, session 17) may be lazy: a language's pack read when asked
        self.params = params
        self.models = dict(models or {})
        self.stereotypes = dict(stereotypes or {})  # (session 15, I) insinuation by stereotype cue, per language
        self.threat_reading = dict(threat_reading or {})  # (session 20, T) a threat read in any words, per language
        # (G2, session 42) a group read by its shape (``app.kinds.shaped_groups``): one entry, less sure than a list's
        self.shaped_entry = Entry(
            term=SHAPED_TERM,
            side="target",
            sureness=params.shaped_sureness,
            target="any",
            requires=None,
            negated=False,
            key=None,
        )
        # (D, session 43) a person or a company named by its shape (``app.kinds.named_targets``): as sure as an @mention
        self.named_entry = Entry(
            term=NAMED_TERM,
            side="target",
            sureness=params.entity_sureness,
            target="any",
            requires=None,
            negated=False,
            key=None,
        )

    def _pack(self, language: str) -> _Pack | None:
        return self.packs.get(language.split("-")[0])

    def _published(self, draft: Draft, target: _Hit, predicate: _Hit) -> bool:
        """(session 35, K) Whether the pair is about news the draft says is out (``params.published``): a topic it
        covers ("results") with a predicate that only says the news is not out yet (a $cashtag, a day to come), in a
        draft that says it is published ("our Q3 results are out", « nos résultats sont publiés », "just released").
        The day or the $cashtag is then the call's, the next meeting's: a company's own announcement leaks nothing.
        A secrecy cue ("between us", 🤫) still pairs."""
        spec = self.params.published
        if spec is None or target.entry.term not in spec.topics:
            return False
        entity = predicate.entry.term[:1] in _ENTITY_MARKS and predicate.entry.key is None  # ``_entity_hits``
        if not (entity and spec.entities) and predicate.entry.requires not in spec.requires:
            return False
        pattern = spec.said.get(draft.language.split("-")[0])
        if pattern is None:
            return False
        return draft.memo(f"proximity:{self.meta.id}:published", lambda: _said_published(pattern, draft.text))

    def target_spans(self, draft: Draft) -> list[tuple[int, int]] | None:
        """The draft's spans where this rule's grammar reads a target (for ``risk.hate``, a group: its adjectives
        resolved with their noun of people), or None when the rule has no lists for the draft's language. Read by
        ``risk.offensive``'s ``skip_when`` gate (app/kinds/classifier.py)."""
        pack = self._pack(draft.language)
        if pack is None:
            return None
        folded = self._view(draft, pack)
        targets, _ = self._draft_hits(draft, folded, pack)
        return [(folded.starts[h.start], folded.ends[h.end - 1]) for h in targets if h.end > h.start]

    def shaped_spans(self, draft: Draft) -> list[tuple[int, int]]:
        """(G2, session 42) The draft's spans of the groups read by their shape (``app.kinds.shaped_groups``), off its
        entities: read by ``risk.hate-model``'s ``only_when_shaped`` gate (app/kinds/classifier.py)."""
        pack = self._pack(draft.language)
        if pack is None or pack.shaped is None or not has_capitals(draft.text):
            return []  # (R, session 45) capitals that say nothing: no view holds a group by its shape, no hits to read
        if not target_possible(self, draft):
            return []  # (C, session 51) no target can appear in the view: no view and no hits to build for nothing
        folded = self._view(draft, pack)
        targets, _ = self._draft_hits(draft, folded, pack)
        return [
            (folded.starts[h.start], folded.ends[h.end - 1])
            for h in targets
            if h.entry.term == SHAPED_TERM and not (draft.entity_spans and self._in_entity(draft, folded, h))
        ]

    def hits(self, folded: Folded, pack: _Pack, camel: frozenset[int] = frozenset()) -> tuple[list[_Hit], list[_Hit]]:
        """Target and predicate hits in folded coordinates (boundaries, allow-list, overlaps resolved); ``camel``:
        where the words of a hashtag meet (``camel_joints``), joints like those of words glued together."""
        text = folded.text
        if not text or not len(pack.automaton):
            return [], []
        raw: list[_Hit] = []
        allowed: list[tuple[int, int]] = []
        inside: list[tuple[int, int, Entry | None]] = []  # matches inside a word: a space may have been left out
        for last, (length, entry) in pack.automaton.iter(text):
            end = last + 1
            start = end - length
            if not folded.is_boundary(start, end):
                if pack.known and self.params.glued:
                    inside.append((start, end, entry))
                continue
            if entry is None:
                allowed.append((start, end))
                continue
            raw.append(_Hit(start, end, entry))
        if pack.twins:  # (session 14) a form two entries share: "gets" of a vow's body part and of a blow
            raw += [_Hit(h.start, h.end, e) for h in list(raw) for e in pack.twins.get(text[h.start : h.end], ())]
        # "hatewomen", "black peopleare": the words holding either end of a match found inside a word
        joints = glued_joints(text, pack, {x for s, e, _n in inside for x in (s, e - 1)}) if inside else frozenset()
        joints |= camel if inside else frozenset()
        for start, end, entry in inside if joints else ():
            if _joined(text, start, end, joints):
                if entry is None:
                    allowed.append((start, end))
                else:
                    raw.append(_Hit(start, end, entry))
        several = _several_cuts(text, joints - camel) if joints else frozenset()
        if camel or several:  # "#NoMoreRefugees", "deathtoimmigrants": terms of several words read across the joints
            raw += _camel_hits(text, pack, camel | several)
        # "mus ulmans", « vol eurs »: a space put inside a word of the lists
        raw += [_Hit(start, end, entry) for start, end, entry in _split_words(text, pack)]
        if allowed:
            raw = [h for h in raw if not any(a <= h.start and h.end <= b for a, b in allowed)]
        if pack.classes.get(ASSIGNED):  # "a woman's place is …": the group and the noun it owns, as one target
            raw += [g for h in raw if h.entry.side == "target" for g in _possessive(text, pack, h)]
        # overlapping hits of one side are all kept ("leur service" and "service client"): pairing takes
        # the nearest, and a finding never overlaps an earlier one; longer hits first at one start
        if pack.modifiers or pack.then:
            grown: list[_Hit] = []
            for hit in raw:
                if hit.entry.then:
                    grown += _with_then(text, pack, hit)
                elif hit.entry.side == "target" and _modifier(text[hit.start : hit.end], hit.entry, pack):
                    grown += _with_noun(text, pack, hit)
                else:
                    grown.append(hit)
            raw = grown
        if pack.classes.get(INSTITUTIONS):
            raw = [h for h in raw if h.entry.side != "target" or not _institution_named(folded, pack, h)]
        if pack.shaped is not None:  # (G2, session 42) "the Sylheti community", « les Flamands »: a group by its shape
            raw, taken = _with_places(folded, pack.shaped, raw)  # (G3, session 43) « les Roms *des Sablons* »
            raw += _shaped_hits(folded, pack.shaped, pack.known, taken, self.shaped_entry)
        order = sorted(raw + self._named_hits(folded, pack, raw), key=lambda h: (h.start, h.start - h.end))
        targets = [h for h in order if h.entry.side == "target"]
        return _whole_groups(targets), [h for h in order if h.entry.side == "predicate"]

    def _named_hits(self, folded: Folded, pack: _Pack, raw: list[_Hit]) -> list[_Hit]:
        """(D, session 43) A person or a company named beside the listed targets (``raw``): "Dave Pritchard is a
        clown", « Banque Ferral = des charlatans » (``app.kinds.named_targets``)."""
        if pack.named is None or not self.params.named_targets:
            return []
        listed = [h for h in raw if h.entry.side == "target"]
        spans = named_targets(folded, pack.named, pack.known, [(h.start, h.end) for h in listed])
        return _name_hits(folded.text, listed, self.named_entry, spans)

    def _entity_hits(
        self, draft: Draft, folded: Folded, kinds: list[str], side: Literal["target", "predicate"]
    ) -> list[_Hit]:
        out: list[_Hit] = []
        wanted = set(kinds)
        for entity in draft.entities.all():
            if entity.kind.rstrip("s") not in wanted:
                continue
            start = bisect_left(folded.starts, entity.offset)
            end = bisect_left(folded.starts, entity.offset + entity.length)
            if start >= end:
                continue
            entry = Entry(
                term=draft.text[entity.offset : entity.offset + entity.length],
                side=side,
                sureness=self.params.entity_sureness,
                target="any",
                requires=self.params.entity_requires,
                negated=False,
                key=None,
            )
            out.append(_Hit(start, end, entry))
        return out

    def _pair_ok(self, folded: Folded, pack: _Pack, target: _Hit, predicate: _Hit, reported_ok: bool = False) -> bool:
        """Whether the grammar pairs ``target`` with ``predicate``; with ``reported_ok``, reported speech does not
        cancel the pair (``reported_pairs``)."""
        entry = predicate.entry
        if entry.sureness < self.params.shaped_pairs and (target.antecedent or target).entry.term == SHAPED_TERM:
            return False  # (G2, session 42) a group by its shape pairs with a sure predicate only ("… are vermin")
        if entry.act is not None:  # (session 15) an open act of harm: its own reading (``_act_pair``)
            return _act_pair(folded.text, pack, target, predicate)
        attributive = False  # "lazy Mexicans": the adjective right before its group, no cue needed
        if target.end <= predicate.start:
            gap_text = folded.text[target.end : predicate.start]
            attributive = (
                entry.attributive
                and pack.adjectives_follow
                and _attributive(gap_text, target, folded.text[predicate.start : predicate.end])
            )
            first, last = target.start, predicate.end
        elif predicate.end <= target.start:
            gap_text = folded.text[predicate.end : target.start]
            attributive = entry.attributive and _attributive(
                gap_text, target, folded.text[predicate.start : predicate.end]
            )
            if entry.target == "before" and not attributive:
                return False
            first, last = predicate.start, target.end
        else:
            return False
        gap = tokens(gap_text, pack.elisions)
        if gap and pack.elisions and gap_text.endswith("'") and gap_text[-2:-1].isalnum():
            gap[-1] += "'"  # « brûler l'église »: the elided word touching the second hit is « l' », not « l »
        # (F, session 49) not a quotation mark opening after a space: « ne sont pas 'mal intégrés' » keeps its « pas »
        return self._shape_ok(folded, pack, target, predicate, gap) and self._context_ok(
            folded, pack, (target, predicate), gap, (first, last), attributive, reported_ok
        )

    # long: one sequence of entry-option checks on the pair, read top to bottom (F added the complaint check)
    def _shape_ok(self, folded: Folded, pack: _Pack, target: _Hit, predicate: _Hit, gap: list[str]) -> bool:
        """What lies between and around the pair: subject, entry options, clitics, direction, gap words."""
        entry = predicate.entry
        if _writer_group(folded.text, pack, target.antecedent or target):
            return False  # « En tant que femme noire, j'en ai marre … »: the writer's own feeling, not the group's
        if _apposed_writer(folded, pack, target, predicate):
            return False  # (session 18, B) « Femme, noire et musulmane : j'en ai marre … »: the writer, by apposition
        if _portrait(folded.text, pack, target, predicate):
            return False  # "Old people are stubborn, generous and full of stories": a portrait, not a judgement
        if entry.pointed and not target.pointed:
            return False  # « les réfugiés sont malades »: an illness, not « ces gens-là sont malades »
        met = entry.requires == NEGATIONS and target.end <= predicate.start
        if met and _met_member(folded.text, pack, target, gap):
            return False  # « jamais rencontré un X qui ne soit pas généreux »: the challenge's double negation
        if target.contested and entry.sureness < 2 and not entry.persons:
            return False  # "… housed in the old barracks. They are filthy": the barracks may be (not « fourbes »)
        if target.entry.only_with and entry.term not in target.entry.only_with:
            return False  # "the mosque is noisy": a place is a target of threats and calls only
        if entry.unnamed and (target.antecedent or target).entry.term == NAMED_TERM:
            return False  # (D, session 43) "Infantino should resign": a call to resign is criticism of a named person
        if target.entry.not_with and folded.text[predicate.start : predicate.end] in target.entry.not_with:
            return False  # "Remove Islam from the syllabus": a religion taken out of a place, not wiped out
        clause = target.member and target.start == target.end  # « si je croise un X, *je* change de trottoir »
        if (entry.members and not target.member) or (clause and not entry.members):
            return False  # "he'll be sorry" of one member threatened, not "refugees will be sorry to leave"
        if target.shown and not entry.shown:
            return False  # "…, no thanks" answers a group just named; "women, no thanks" is no pair of a group and it
        if entry.shown and not target.shown and entry.group_after is None:
            return False  # a consequence pairs with the group a clause of time names: "… after the X", "since the X …"
        if target.subject and not entry.fate:
            return False  # "Every X who crosses in those boats is going to get hurt": a warning, not violence vowed
        if (
            target.end <= predicate.start
            and target.antecedent is None
            and entry.group_after is None  # « un *bon* Arabe … »: the praise before the group is checked instead
            and not _complements(folded, pack, target, entry.of_group)
            and not _relative_clause(gap, pack)  # "we let in Muslims *who are* …": the relative's own subject
            and self._not_subject(folded, pack, target)
        ):
            return False
        if entry.adjacent and gap:
            return False
        if target.end <= predicate.start and _replied_to(folded, target) and _free_word(gap, pack, folded, predicate):
            return False  # "@bob les X sont des parasites": the one replied to is spoken to, the X are the subject
        if predicate.end <= target.start and target.antecedent is None and _undergoes(folded.text, pack, target):
            return False  # "I hate women *being harassed*": the feeling is about what is done to the group
        if target.end <= predicate.start and _treatment_undergone(folded.text, pack, target, predicate, gap):
            return False  # (F, session 45) "Refugees *are forced to* live like animals": the group is the victim
        full = target.end <= predicate.start and _full_place(folded.text, pack, gap, predicate)
        if target.end <= predicate.start and gap and not full and self._qualifies(folded, pack, target, gap[0]):
            return False  # "Chinese food is gross": the group adjective qualifies another noun, the subject
        if predicate.end <= target.start and (entry.requires is None or entry.attributive):
            spaced = folded.text[target.end : target.end + 1] == " "
            following = _WORD.match(folded.text, target.end + 1) if spaced else None
            if (
                following is not None
                and following.group(0) not in pack.class_words
                and self._qualifies(folded, pack, target, following.group(0))
            ):
                # "I hate Chinese food", "a dramatic migrant rescue": the group adjective qualifies what the feeling
                # or the adjective is about (a call to harm keeps its aim: "torch the Roma camp")
                return False
        # a pronoun before its verb: the closing word follows the verb (« les X, je veux tous les voir *morts* »)
        closer = predicate if target.antecedent is not None and target.end <= predicate.start else target
        if entry.closed_by is not None and not self._closed(folded, pack, closer, entry.closed_by):
            return False
        if entry.undone_by is not None and _undone(folded.text, pack, max(predicate.end, target.end), entry.undone_by):
            return False  # "I'll beat the Muslims at chess": a contest, not harm
        if entry.modified_by is not None and _modified(folded.text, pack, predicate.end, entry.modified_by):
            return False  # (B, session 53) "X are not people *without* morals": the modifier denied, not the people
        if entry.requires == NEGATIONS and _privative_before(folded.text, pack, predicate.start):
            return False  # (B, session 53) « ne sont pas des gens *sans* morale »: the praise lacked, then denied
        if entry.undone_by is not None and _match_day(folded.text, pack, target, predicate):
            return False  # "we're gonna beat the Brazilians on Sunday": a nation's team beaten in a match
        if entry.blow and not _blow_follows(folded.text, pack, max(predicate.end, target.end)):
            return False  # "… gets a bat *to the head*": the blow and the part struck, open word classes
        if entry.through is not None and not set(gap) & pack.classes.get(entry.through, frozenset()):
            return False  # "rid the country *of* X", never "clean the X centre": the place purged is named
        if entry.needs_after is not None and not _undone(
            folded.text, pack, max(predicate.end, target.end), entry.needs_after
        ):
            return False  # "put the X out of their *misery*": what makes the act a killing
        if entry.needs_after is not None and set(gap) & pack.classes.get(f"{entry.needs_after}_passives", frozenset()):
            return False  # "X were never paid a cent": a passive, what is done to the group (session 15, Q)
        if entry.occupied and not _occupied(folded.text, pack, max(predicate.end, target.end)):
            return False  # "lock the doors of the X church": only with its people inside or a fire after it
        if entry.complaint is not None and _undone(
            folded.text, pack, max(predicate.end, target.end), entry.complaint, reach=None
        ):
            return False  # « Pas de femmes dans le jury, c'est un scandale »: their exclusion deplored
        if not _deed_then_group(folded.text, pack, predicate, target):
            return False  # "Of course he stole it, he's a Muslim.", not "Of course he's Jewish, his mum is"
        # the pair ends its sentence: the predicate, or the group after it ("What is wrong with gay people?")
        following = _TOKEN.search(folded.text, max(predicate.end, target.end)) if entry.final else None
        if following is not None and entry.closed_by is not None:
            # (session 25, T) with ``closed_by``, the closing word ends the pair, and a comma ends it too: "No X
            # *tenants*, ever." (a sign), not "No X tenants *have* complained" (a report)
            following = _CLAUSE_TOKEN.search(folded.text, following.end())
            if following is not None and following.group(0) == ",":
                following = None
        if following is not None and following.group(0) not in _SENTENCE_END:
            return False  # "Black lives don't matter." but not "… don't matter to this government"
        if _elliptic(folded.text, target) and not _elliptic_ok(folded.text, pack, predicate, gap, target):
            return False
        word = folded.text[target.start : target.end]
        clitic = target.antecedent is not None and (
            word in pack.classes.get(CLITICS, frozenset())
            or (target.member and word in pack.classes.get(MEMBER_CLITICS, frozenset()))
        )
        if clitic and (gap or predicate.end <= target.start) and folded.text[predicate.end : target.start] != "-":
            return False  # « les » stands for the group right before the verb or hyphened after it: « expulsez-les »
        if entry.target == "after" and target.end <= predicate.start and not clitic:
            return False
        if self.params.same_sentence and any(t in _SENTENCE_END for t in gap):
            return False
        reach = _SHOWN_REACH if target.shown else self.params.window  # "…, asked for a second opinion from *a real* …"
        reach += _FULL_REACH if full else 0  # "the Roma camp *behind the station* is full of thieves"
        if len(gap) - _relative_clause(gap, pack) > reach:
            return False  # a relative clause of the group's own ("every refugee *who lands here* is …") is not counted
        if full or target.verdict:
            return True  # "the Roma camp is *full of* thieves", "… . sick twisted crowd": no gap of the pair's own
        if self.params.gap == "strict" and not self._strict_gap_ok(gap, pack, target, predicate):
            return False
        return not (target.end <= predicate.start and self._disagrees(folded, pack, target, gap))

    # long: the checks of the words before the pair, read in order top to bottom (C added the speaker's own sayings)
    def _context_ok(
        self,
        folded: Folded,
        pack: _Pack,
        pair: tuple[_Hit, _Hit],
        gap: list[str],
        bounds: tuple[int, int],
        attributive: bool,
        reported_ok: bool = False,
    ) -> bool:
        """The words before the pair: required cues, relative clauses, reported speech and negations."""
        target, predicate = pair
        first, last = bounds
        previous = _tokens_before(folded.text, first, pack.elisions)
        opening = _opening_tokens(folded.text, first, pack.elisions)  # (session 35, K) from an unmarked break too
        before = _clause_before(previous, pack, max(self.params.negation_window, _REPORTED_WINDOW))
        # reported speech reaches further back: « si tu penses que les femmes … », not « je crois que … »
        at_start = len(before) < len(previous) and previous[-len(before) - 1] in _SENTENCE_END
        at_start = at_start or len(before) == len(previous)
        sayings = _sayings_not_reported(folded.text, pack, (opening, before), last)  # "I've always said …"
        own = _own_opinion(before, pack, at_start) | _agreement_sought(folded.text, pack, opening, before, last)
        own |= sayings
        clause = set(before) - own - _noun_homographs(opening, pack)  # « il a eu *le poste* parce que … »: a noun
        # "nobody should say that …", « pas à écrire que … », or "…, says the troll" after the pair
        said = _said_by_others(folded.text, pack, predicate, [t for t in before if t not in sayings], (opening, last))
        if folded.text[first - 1 : first] == "#":
            previous, before, clause = [], [], set()  # a hashtag opens a sentence of its own ("… downtown #BanIslam")
        _mark_start(folded, pack, (pair, first), previous, before)  # an imperative: "Kill all …", "Expulsez les …"
        if not _preceded_as_asked(folded, pack, target, predicate):
            return False
        if _stereotype_named(previous, pack) and not _endorsed(folded.text, pack, (first, last)):
            return False  # (F, session 45) « Le cliché du « Rom voleur » remonte au Moyen Âge »: a stereotype named
        if (
            predicate.entry.group_after is not None
            and not target.shown
            and not _group_after(folded.text, pack, predicate, target)
        ):
            return False  # « un *bon* Arabe est un Arabe mort », "of course he stole it, *he's a* Muslim"
        before = _window(before, self.params.negation_window) + _subject_denied(folded.text, pack, first)
        if target.shown:
            before = []  # "a gay babysitter? *nah*, I'll keep the kids home": the words before are the group's clause
        if (set(before) - own) & pack.classes.get(RELATIVES, frozenset()):
            return False  # "those who hate Jews", « ceux qui détestent les juifs »: said of someone else
        scope = set(gap) | set(before) | _own_copula(folded.text, target, predicate)  # "*They're* all thieves"
        scope |= _denial_phrase(gap, pack)  # (session 17, B) "X are *in no way* …", « ne sont *en rien* … »
        requires = None if attributive else _requires(folded.text, target, predicate)
        near = before if target.start == first else gap[::-1]  # the words right before the group, nearest first
        denied = _member_denied(pack, requires, near, gap)  # "*No* Muslim can be trusted"
        asked_denial = _denial_asked(folded.text, pack, (target, predicate), gap, (requires, last))
        asked_denial = asked_denial and not _agreement_asked(folded, pack, target)
        denied = denied or asked_denial  # (session 20, Q) "Are X *even* human?"
        reach = scope | _cue_reach(opening, pack, self.params.negation_window)
        if requires is not None and not denied and not self._required(folded, pack, reach, last, requires, predicate):
            return False
        if requires == NEGATIONS and _neg_raised(opening, pack) and not set(gap) & pack.classes.get(NEGATIONS, set()):
            said = False  # "I don't think women are smart" (not "… are less smart"): the speaker denies the praise
        # the condition that put one member of the group in the sentence ("*if* a Muslim moves in, …") reports nothing
        conditions = pack.classes.get(CONDITIONS, frozenset()) if target.member else frozenset()
        reported = (scope - own | clause) & pack.classes.get(REPORTED, frozenset())
        reporting = (reported | clause & _said_verbs(pack)) - conditions  # a saying not the gap's: « X qui répondent »
        reporting -= _idle_report_nouns(folded.text, pack, first)  # "I had an *idea*: X are …", the writer's own
        if _opinion_act(opening, pack):  # (session 17, B) "*Imagine thinking* X are …", « *Penser que* les X … »
            reporting |= {"opinion_acts"}
        # (session 18, B) "they *treat* X like animals"; not "the town *houses* X *who are* …" (the group's own clause)
        if target.start == first and _treated(opening, pack) and not _relative_clause(gap, pack):
            reporting |= {"treatments"}
        if _lamented(folded.text, pack, pair, last) or _indignant(folded.text, pack, pair, last):
            return False  # (session 18, B) "How many more X have to die …?", « On trouve normal qu'on crache … ? »
        if not reported_ok and (said or reporting) and not _endorsed(folded.text, pack, (first, last)):
            return False  # "saying immigrants do not deserve anything": said by someone else, even when negated
        if not (predicate.entry.negated or attributive or denied) and _none_of(pack, near, requires):
            return False  # "No woman should be beaten" (not "No woman has ever invented anything", a denial asked for)
        if _denial_undone(folded.text, pack, (predicate, requires), gap, opening, last):
            return False  # "Women are not less intelligent than men", "Why aren't gay couples allowed to adopt?"
        if (
            requires
            and _asks_denial(requires)
            and self._clause_denied(folded, pack, (gap, opening), last, requires, reported_ok)
        ):
            return False  # (F, session 49) "There's no evidence X are *less* intelligent": a denial denied
        if _asks_denial(requires) and _refusal_denied(pack, gap):
            return False  # (F, session 49) "X *don't refuse* to pay": the negation denies the refusal, not the good
        if _asks_denial(requires):  # "Aren't refugees welcome here?" asks for the positive; "X have *never* …"
            return asked_denial or not _rhetorical(folded.text, pack, opening, gap, last)
        if predicate.entry.negated and requires is None and _form_denied(folded.text, pack, pair, gap):
            return False  # (F, session 49) "X *don't* refuse to learn English": a refusal denied
        if predicate.entry.negated or attributive:
            return True  # "I can't stand lazy immigrants": the adjective judges the group whatever the verb says
        if set(gap) & pack.classes.get(NEGATION_OPENERS, frozenset()) and self._closed_later(folded, pack, last):
            return False  # « les personnes trans ne sont une menace pour personne »
        negated = scope & pack.classes.get(NEGATIONS, frozenset()) or _degree_denied(folded.text, pack, gap, predicate)
        # « je ne pense pas du tout que les X soient … »; not asked: "why can't we say that X are …?"; for
        # ``reported_pairs`` a denied saying is counter-speech, not a plain negation ("Nobody should say that …") (B)
        disowned = _opinion_denied(opening, pack) and not _asked(folded.text, last) and not reported_ok
        negated = negated or disowned
        negated = negated or _compared_less(folded.text, pack, last)  # "X live on benefits *less often than* …" (B)
        return not negated or _rhetorical(folded.text, pack, opening, gap, last)  # "Aren't immigrants just parasites?"

    def _clause_denied(
        self,
        folded: Folded,
        pack: _Pack,
        words: tuple[list[str], list[str]],
        last: int,
        requires: str,
        reported_ok: bool,
    ) -> bool:
        """(F, session 49) A denied praise whose clause holds its own denial ("X are *not* human", "X are *less*
        intelligent", « les X sont *moins* douées ») under a frame that denies the clause (``_opinion_denied``: "There's
        no evidence that …", "I refuse to believe …", « je ne pense pas du tout que … »): the writer denies the
        denial, as counter-speech does. A negation the frame alone gives ("I don't think X are smart") is the denial
        the praise asks for and still counts; a question asks, and a reported pair is read by its own frame."""
        gap, opening = words
        if reported_ok or _asked(folded.text, last) or not _opinion_denied(opening, pack):
            return False
        own = set(gap) | _denial_phrase(gap, pack)
        if own & pack.classes.get("lesser_degrees", frozenset()):
            return True  # "… are *less* intelligent", « … sont *moins* douées »
        return self._required(folded, pack, own, last, requires)

    @staticmethod
    def _qualifies(folded: Folded, pack: _Pack, target: _Hit, following: str) -> bool:
        """A group adjective written alone ("chinese", "muslim") right before a word that is not a class word (a
        noun it qualifies: "Chinese food"); where adjectives follow their noun, never."""
        if pack.adjectives_follow or folded.text[target.start : target.end] not in pack.modifiers:
            return False
        return following not in pack.allowed_gap and not any(
            following in pack.classes.get(name, frozenset())
            for name in (EXPERIENCERS, RELATIVES, OWN_RELATIVES, PREPOSITIONS)
        )

    @staticmethod
    def _closed_later(folded: Folded, pack: _Pack, last: int) -> bool:
        """A ``late_negations`` word among the four words after the pair, in its sentence, closes a French « ne », and
        so does a ``negation_closers`` word right after it (« les X ne nous coûtent *pas* trop cher »)."""
        late = pack.classes.get(LATE_NEGATIONS, frozenset())
        closers = pack.classes.get(NEGATION_CLOSERS, frozenset())
        for index, token in enumerate(tokens(folded.text[last : last + 60], pack.elisions)[:4]):
            if token in _SENTENCE_END:
                return False
            if token in late or (index == 0 and token in closers):
                return True
        return False

    def _required(
        self, folded: Folded, pack: _Pack, scope: set[str], last: int, requires: str, predicate: _Hit | None = None
    ) -> bool:
        """A word of class ``requires`` in reach: before or inside the pair, or ``requires_window`` words after; in a
        question, a word of its ``_asked`` class in reach, or of its ``_asked_own`` class among the predicate's own
        words (session 25, T: « un X honnête, ça *existe* ? », where « …, ça existe. » asserts)."""
        reach = scope
        if self.params.requires_window:
            after: list[str] = []
            for token in tokens(folded.text[last:], pack.elisions):
                if token in _SENTENCE_END or len(after) >= self.params.requires_window:
                    break
                after.append(token)
            reach = scope | set(after)
        if reach & pack.classes.get(requires + IN_QUESTION, frozenset()) and _asked(folded.text, last, 160):
            return True  # "Is there *any* X who isn't …?": a cue that counts in a question only
        own_asked = pack.classes.get(requires + IN_QUESTION + OWN)  # most cues have none: no tokens read
        if (
            own_asked
            and predicate is not None
            and _asked(folded.text, last, 160)
            and own_asked & set(tokens(folded.text[predicate.start : predicate.end], pack.elisions))
        ):
            return True  # (session 25, T) « un X honnête, ça *existe* ? »: the predicate's own word, asked
        found = reach & pack.classes.get(requires, frozenset())
        only_before_to = pack.classes.get(requires + BEFORE_TO, frozenset())
        if found and found <= only_before_to:
            return any(m.group(1) in found for m in _BEFORE_TO_WORD.finditer(folded.text, 0, last))
        return bool(found)

    @staticmethod
    def _strict_gap_ok(gap: list[str], pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
        """Only class words between target and predicate; with a copula ("are", "sont"), one free word may
        stand ("Jews are greedy rats", « les musulmanes voilées sont des idiotes »), after a short phrase of
        place or kind that opens the gap ("immigrants *in my town* are thieves"); without a copula, such a
        phrase of one free word may stand alone ("watch every immigrant *in this country* burn")."""
        if (
            target.end <= predicate.start
            and gap[-2:-1]
            and gap[-2] in pack.classes.get(SUFFERERS, frozenset())
            and gap[-1] in pack.classes.get(GENITIVES, frozenset())
        ):
            return False  # « les X sont victimes *des* voleurs »: the predicate names who harms the group
        free = [i for i, t in enumerate(gap) if t not in pack.allowed_gap and not _adverb(t, pack.gap_suffixes)]
        if free and free[0] == 0 and target.end <= predicate.start and _adjective(gap[0], pack):
            free = free[1:]  # « les femmes *enceintes* coûtent trop cher »: an adjective of the group's own
        if not free or (free == [len(gap) - 1] and _possessed_place(gap[-1], pack, target)):
            return True
        if target.end > predicate.start:
            # "Of course he stole it, he's a Muslim": a clause of the group's own deed between the cue and a group
            # anchored by ``group_after`` at the end of its sentence (checked in _shape_ok)
            # (session 12, E) the ``individuals`` word that anchors the group is no free word: "… because *she's* trans"
            individuals = pack.classes.get("individuals", frozenset())
            free = [i for i in free if gap[i] not in individuals]
            if predicate.entry.through is not None and _through(gap, pack, free, predicate.entry.through):
                return True  # "rid *the country of* X": a place emptied of the group
            return predicate.entry.group_after is not None and len(free) <= predicate.entry.free
        if len(free) <= predicate.entry.free:
            return True  # "refugees live in hotels on our dime": a verb phrase of the group's own
        if _deed_praised(gap, pack, predicate.entry, free):
            return True  # "X never *do* anything useful": the praise said of what the group does, denied
        copulas = pack.classes.get(COPULAS, frozenset())
        opening = pack.classes.get(PREPOSITIONS, frozenset()) | pack.classes.get(GENITIVES, frozenset())
        if not any(t in copulas for t in gap):
            relative = _relative_clause(gap, pack)  # "women *who talk back* deserve a slap": the group's own clause
            if relative:
                return len([i for i in free if i > relative]) <= 1
            return gap[0] in opening and len(free) == 1 and 0 < free[0] <= 3
        copula = next(i for i, t in enumerate(gap) if t in copulas)
        if _listed(gap[copula + 1 :], pack):  # (session 17, B) "Jews are *funny, smart and* greedy": a list of
            free = [i for i in free if i <= copula]  # qualities, every word after the copula, before the last one
        met = pack.classes.get(EXPERIENCERS, frozenset())  # "every Jew I've met was …": a clause of acquaintance
        if (
            (copula <= 4 and (gap[0] in opening or any(t in met for t in gap[:2])))
            or _relative_clause(gap, pack)
            or _coordinated(gap, pack, copula)
        ):
            free = [i for i in free if i > copula]
        return len(free) <= 1

    @staticmethod
    def _not_subject(folded: Folded, pack: _Pack, target: _Hit) -> bool:
        """The group is not what the predicate after it is said of: it follows "of"/« des » inside a noun phrase
        ("the plight of (the) refugees", « la route des migrants »), a preposition ("violence against women",
        « contre les femmes »), or, where adjectives follow nouns, a noun it qualifies (« les bars gays »)."""
        before = tokens(folded.text[max(0, target.start - 80) : target.start], pack.elisions)[-6:]
        elided = folded.text[target.start - 2 : target.start - 1].isalnum()  # (F, session 49) not « des 'migrants' »
        if before and pack.elisions and folded.text[target.start - 1 : target.start] == "'" and elided:
            before[-1] += "'"  # « d'immigrés »: the elided word before the group is « d' », not « d »
        if not before or before[-1] in _SENTENCE_END:
            return False
        if (
            pack.adjectives_follow
            and before[-1] not in pack.allowed_gap
            and before[-1] not in pack.classes.get(ARTICLES, frozenset())
        ):
            return True
        articles = pack.classes.get(ARTICLES, frozenset())
        genitives = pack.classes.get(GENITIVES, frozenset())
        while before and before[-1] in articles and before[-1] not in genitives:
            before.pop()
        if before and before[-1] in pack.classes.get(PREPOSITIONS, frozenset()):
            return True
        if len(before) < 3 or before[-1] not in genitives or before[-2] in pack.classes.get(CONTEMPT, frozenset()):
            return False  # « ces putains de migrants … »: the group is what the noun of contempt names
        phrase = before[-4:-2]
        return any(t in articles for t in phrase) and not any(t in _SENTENCE_END for t in phrase)

    @staticmethod
    def _disagrees(folded: Folded, pack: _Pack, target: _Hit, gap: list[str]) -> bool:
        """A plural group before a singular copula ("immigrants is vile"): the copula's subject is something else
        (« c'est » aside: « les Roms, c'est la plaie »); or a ``judges`` verb stands between them ("women *find*
        cockroaches disgusting"): the group judges, it is not judged."""
        if any(t in pack.classes.get("judges", frozenset()) for t in gap):
            return True
        if _member_plural(folded.text, pack, target, gap):
            return True
        singular = pack.classes.get(SINGULAR)
        if not singular or target.antecedent is not None:
            return False
        where = next((i for i, t in enumerate(gap) if t in singular), None)
        if where and gap[where - 1] == "c'":
            # « les Roms, c'est la plaie » heads its sentence; « on a voulu effacer les femmes de l'histoire, c'est
            # honteux » judges the deed the group is the object of
            return not _group_opens_sentence(folded.text, pack, target)
        if where is None:
            return False
        written = folded.text[target.start : target.end]
        if written.split(" ", 1)[0] in pack.classes.get("singular_heads", frozenset()):
            return False  # "being trans is …": a state, singular whatever its last word
        if _partitive(folded.text, pack, target):
            return False  # "every one of those Jews is …": the singular subject is one of the group
        previous = _tokens_before(folded.text, target.start, pack.elisions)
        if previous and previous[-1] in pack.classes.get("ones", frozenset()):
            return False  # « *une* trans sera … »: a noun the same in both numbers, after a singular determiner
        word = written.rsplit(" ", 1)[-1]
        return word.endswith(("s", "x")) or word in pack.classes.get("plural_nouns", frozenset())

    @staticmethod
    def _closed(folded: Folded, pack: _Pack, target: _Hit, wanted: str) -> bool:
        """The word right after the target belongs to class ``wanted`` ("get the Roma *out*"), or the one after a
        ``floating`` word ("I want them *all* gone")."""
        match = _WORD.search(folded.text, target.end)
        if match is None or folded.text[target.end : match.start()].strip():
            return False
        if match.group(0) in pack.classes.get(FLOATING, frozenset()):
            following = (
                _WORD.match(folded.text, match.end() + 1) if folded.text[match.end() : match.end() + 1] == " " else None
            )
            match = following or match
        return match.group(0) in pack.classes.get(wanted, frozenset())

    def _candidates(self, draft: Draft) -> tuple[Folded, _Pack, list[_Hit], list[_Hit]] | None:
        """The folded draft, its pack, and the target and predicate hits that may pair (None without both)."""
        pack = self._pack(draft.language)
        if pack is None:
            return None
        folded = self._view(draft, pack)
        found_targets, found_predicates = self._draft_hits(draft, folded, pack)
        params = self.params
        if not found_targets and not params.target_entities:
            return None  # most drafts: no group word, and no entity can stand for one
        if not found_predicates and not params.predicate_entities:
            return None
        targets, predicates = _argued(folded, pack, found_targets), _argued(folded, pack, found_predicates)
        targets = [h for h in targets if not _prenominal(folded.text, pack, h)]  # « les vieux *vinyles* » (W)
        if draft.entity_spans:  # a word inside a mention or a link is not a word of the draft
            targets = [h for h in targets if not self._in_entity(draft, folded, h)]
            predicates = [h for h in predicates if not self._in_entity(draft, folded, h)]
        if params.target_entities:
            targets += self._entity_hits(draft, folded, list(params.target_entities), "target")
        if params.predicate_entities:
            predicates += self._entity_hits(draft, folded, list(params.predicate_entities), "predicate")
        if not targets or not predicates:
            return None
        if params.anaphora:
            first = self._pronoun_hits(folded, pack, targets)
            targets += first + _relayed_hits(folded, pack, first, targets)
        return folded, pack, targets, predicates

    def _view(self, draft: Draft, pack: _Pack) -> Folded:
        """The draft's folded view (``folded_draft``), with ``unglue`` the spaces left out put back (``unglued``):
        every reading of the pack's hits uses this one view (memo per draft and pack)."""
        folded = folded_draft(draft)
        unglue = self.params.unglue and bool(pack.known)
        respell = bool(pack.respelt) and bool(pack.known)
        # (session 16, A) a rule whose targets are words, not @mentions, reads the draft from after the @replies it
        # opens with: "@bob les X c'est des …" is read as « les X c'est des … » (the replies are who it is said to)
        replies = 0 if self.params.target_entities else opening_replies(draft.text)
        # (session 33, K) a "?" or "=" is read as a copula only where the list has question_copulas: no view otherwise
        asked = QUESTION_COPULAS in pack.classes and ("?" in folded.text or "=" in folded.text)
        colons = COLON_COPULAS in pack.classes or asked
        soft = soft_ends(draft)  # (session 35, K) "… le contrat 🤫 Leur DG ? …": where a sentence opens unmarked
        if not (unglue or respell or pack.accented or colons or replies or self.params.anaphora or soft):
            return folded
        key = pack.view_key
        view: Folded | None = draft.scratch.get(key)
        if view is None:
            cuts = unglued(draft, folded, pack) if unglue else []
            view = folded.spaced(cuts) if cuts else folded
            if soft:  # marked first, so the readings of the edits below see where its sentences open
                view = view.respelt(_break_edits(view, soft))
            edits = respelt_edits(view, pack) if respell else []  # "savgaes", « voluers »: read as the word
            edits += accent_edits(draft.text, view, pack)  # « dès que », not the article « des »
            edits += colon_edits(view, pack)  # "X at my work: rude, smelly": the colon read as a copula
            edits = _replies_blanked(view, replies, edits)
            if self.params.anaphora:  # the hate rule's reading (not disparagement's): "honestly, …" (A)
                first = bisect_left(view.starts, replies) if replies else 0
                edits = _heads_blanked(view, pack, edits, first)
                # (session 20, Q) "I honestly think X …", "Am I the only one who thinks X …?": the clause said plainly
                edits = _frames_blanked(view, pack, edits, first)
                edits = _asides_blanked(view, pack, edits, first)  # (session 37, K) "X, …, are …"
            view = draft.scratch[key] = view.respelt(edits) if edits else view
        return view

    def _draft_hits(self, draft: Draft, folded: Folded, pack: _Pack) -> tuple[tuple[_Hit, ...], tuple[_Hit, ...]]:
        """``hits`` once per draft and pack: the rule and the rules sharing its pack (risk.offensive's counter-speech
        check builds risk.hate's grammar again) read the same automaton over the same text."""

        def both() -> tuple[tuple[_Hit, ...], tuple[_Hit, ...]]:
            targets, predicates = self.hits(folded, pack, camel_joints(draft, folded))
            return tuple(targets), tuple(predicates)

        result: tuple[tuple[_Hit, ...], tuple[_Hit, ...]] = draft.memo(f"proximity:hits:{pack.view_key}", both)
        return result

    def reported_pairs(self, draft: Draft) -> bool:
        """Whether the draft holds a pair the grammar cancels only as someone else's words: reported speech
        ("Saying women are scum is disgusting", « Dire que les femmes sont inférieures est ignoble ») or, with
        ``quotes_cancel``, a pair inside quotation marks. Counter-speech, where a plain negation ("women are not
        stupid") is not reported. Computed once per draft."""
        return draft.memo(f"proximity:{self.meta.id}:reported", lambda: self._reported(draft))

    def _reported(self, draft: Draft) -> bool:
        if self._named(draft):
            return True
        found = self._candidates(draft)
        if found is None:
            return self._quoted_generalised(draft)
        folded, pack, targets, predicates = found
        for predicate in predicates:
            for target in targets:
                if not self._pair_ok(folded, pack, target, predicate, reported_ok=True):
                    continue
                if not self._pair_ok(folded, pack, target, predicate):
                    return True
                first, last = min(target.start, predicate.start), max(target.end, predicate.end)
                if self.params.quotes_cancel and _quoted(folded.text, first, last):
                    return True
        return self._quoted_generalised(draft)

    def _quoted_generalised(self, draft: Draft) -> bool:
        """(F, session 42) A shape ``_generalised`` reads quoted, not said (``_quoted_shape``): reported too."""
        if not self.params.quotes_cancel:
            return False
        found = self._generalised_shapes(draft)
        return found is not None and any(self._quoted_shape(found[0], found[1], hit) for hit, _ in found[2])

    def _named(self, draft: Draft) -> bool:
        """A group right after a ``naming`` word that opens its sentence or follows a speech cue ("*Calling* gay people
        sick is wrong", "Stop *calling* immigrants …", "it's wrong to *call* …"), whatever word follows: the draft
        quotes someone else's label for the group, even one no list knows ("sick"). (T, session 36) Or follows a word
        of ``naming_openers``: "People *who call* gay men 'perverts' …", « Ceux *qui traitent* les X de … »."""
        pack = self._pack(draft.language)
        naming = pack.classes.get(NAMING) if pack is not None else None
        if pack is None or not naming:
            return False
        folded = self._view(draft, pack)
        targets, _ = self._draft_hits(draft, folded, pack)
        skipped = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
        cues = pack.classes.get(SPEECH_CUES, frozenset()) | pack.classes.get(NAMING_OPENERS, frozenset())
        for target in targets:
            before = _tokens_before(folded.text, target.start, pack.elisions)
            while before and before[-1] in skipped:
                before.pop()
            if len(before) >= 1 and before[-1] in naming:
                opener = before[-2] if len(before) >= 2 else "."
                if opener in _SENTENCE_END or opener in cues:
                    return True
        return False

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Findings for every paired target and predicate."""
        # (S, session 22) no group can appear in the view, or (C, session 52) pairs only and no predicate: nothing
        if not predicate_possible(self, draft) or not target_possible(self, draft):
            return []
        found = self._candidates(draft)
        if found is None:
            return self._threats(draft, self._generalised(draft, self._insinuations(draft, [])))
        folded, pack, targets, predicates = found
        params = self.params
        pairs: list[tuple[int, int, int, _Hit, _Hit]] = []
        for predicate in sorted(predicates, key=lambda h: (h.start, h.start - h.end)):
            paired = [t for t in targets if self._pair_ok(folded, pack, t, predicate)]
            paired = [t for t in paired if not _own_crowd(folded.text, pack, (t, predicate), targets)]
            if not paired:
                continue
            target = min(paired, key=lambda t: min(abs(t.start - predicate.end), abs(predicate.start - t.end)))
            if self._published(draft, target, predicate):
                continue  # (session 35, K) "Our Q3 results are out: … Earnings call tomorrow $ACME": out, not leaked
            if _answered_question(folded.text, pack, target, predicate):
                continue  # (F, session 50) "X lazy? My X uncle works two jobs.": a stereotype asked, then answered
            # quoted, not said: the pair inside quotation marks, or its group inside them ('"Jews are rats" is
            # the filth I report'); a predicate alone in quotes is a scare quote and still counts
            bounds = (min(target.start, predicate.start), max(target.end, predicate.end))
            if (
                params.quotes_cancel
                and (
                    _quoted(folded.text, *bounds)
                    or _quoted(folded.text, target.start, target.end)
                    or _quote_introduced(folded, target, predicate)
                )
                and not _quotation_owned(folded.text, pack, bounds)
            ):
                continue
            start, end = self._span(folded, target, predicate, pack)
            pairs.append((start, end, min(target.entry.sureness, predicate.entry.sureness), target, predicate))
        # overlapping pairs: the surer one stands ("Jews are greedy rats": the rats, not the greed), then the first
        kept: list[tuple[int, int, int, _Hit, _Hit]] = []
        for pair in sorted(pairs, key=lambda p: -p[2]):
            if not any(pair[0] < k[1] and k[0] < pair[1] for k in kept):
                kept.append(pair)
        findings: list[Finding] = []
        for start, end, sureness, target, predicate in sorted(kept, key=pairs.index):
            severity = params.severity_by_sureness.get(sureness, self.meta.severity)
            if severity.rank > self.meta.severity.rank:
                severity = self.meta.severity
            key = predicate.entry.key or target.entry.key or "default"
            findings.append(
                self.finding(
                    draft,
                    start,
                    end,
                    key=key,
                    severity=severity,
                    target=self._original(draft, folded, target.antecedent or target),
                    predicate=self._original(draft, folded, predicate),
                )
            )
        findings = self._confirm(draft, findings) if findings and self.models else findings
        return self._threats(draft, self._generalised(draft, self._insinuations(draft, findings)))

    def _threats(self, draft: Draft, findings: list[Finding]) -> list[Finding]:
        """(session 20, T) a threat against a group read in any words (``app.kinds.threat_reading``: "… I will break
        their jaw", « le prochain X qui me parle, je l'éclate »), an error where no finding already stands."""
        words = self.threat_reading.get(draft.language.split("-")[0])
        pack = self._pack(draft.language)
        if words is None or pack is None:
            return findings
        folded = self._view(draft, pack)
        groups = self._group_spans(draft, folded, pack, prenominal=True)  # not « ce *vieux* canapé »
        # (G2, session 42) a veiled threat at a group read by its shape is banter as often ("Les Italiens, profitez du
        # soleil, ça ne va pas durer", a city's people before a match): only a threat that names its violence counts
        targets, _ = self._draft_hits(draft, folded, pack)
        shaped = {(t.start, t.end) for t in targets if t.entry.term == SHAPED_TERM}
        # (session 34, K) a veiled threat names no violence: its own message says why it reads as intimidation
        shapes = [
            ((span, group), "menace" if veiled else "default")
            for span, group, veiled in threat_readings(folded.text, words, groups)
            if not (veiled and group in shaped)
        ]
        return self._shaped(draft, folded, findings, shapes, self.meta.severity)

    def _generalised(self, draft: Draft, findings: list[Finding]) -> list[Finding]:
        """(session 19, B) a whole group judged by the sentence's shape (``app.kinds.generalised``): a habit questioned
        ("Why do X always …?", « Pourquoi les X … toujours … ? ») or a good denied ("not one X has ever said thank
        you", "X have no manners", « les X n'ont aucune créativité »), a warning where no finding already stands."""
        found = self._generalised_shapes(draft)
        if found is None:
            return findings
        folded, pack, shapes = found
        if self.params.quotes_cancel:  # (F, session 42) quoted, not said, as a pair is: ``_quoted_shape``
            shapes = [(hit, key) for hit, key in shapes if not self._quoted_shape(folded, pack, hit)]
        return self._shaped(draft, folded, findings, shapes, Severity.WARNING)

    def _generalised_shapes(
        self, draft: Draft
    ) -> tuple[Folded, _Pack, list[tuple[tuple[tuple[int, int], tuple[int, int]], str]]] | None:
        """The shapes ``_generalised`` reads (each (its view span, its group's view span), its key), with the view and
        the pack, or None where the language has no such words or the draft no group. Computed once per draft."""
        return draft.memo(f"proximity:{self.meta.id}:generalised", lambda: self._read_generalised(draft))

    def _read_generalised(
        self, draft: Draft
    ) -> tuple[Folded, _Pack, list[tuple[tuple[tuple[int, int], tuple[int, int]], str]]] | None:
        pack = self._pack(draft.language)
        if pack is None:
            return None
        words = pack.generalised
        if words is None:
            return None
        folded = self._view(draft, pack)
        groups = self._group_spans(draft, folded, pack)
        if not groups:
            return None
        targets, predicates = self._draft_hits(draft, folded, pack)
        praised = [(p.start, p.end) for p in predicates if p.entry.requires in (NEGATIONS, "denials")]
        plain = folded_draft(draft).text  # "Genuinely curious, why …": the hedge the view blanks says it
        shapes = [(hit, "habit") for hit in habit_questions(folded.text, groups, words, praised, plain)]
        relayed = self._standing_pronouns(folded, pack, targets) if self.params.anaphora else []
        peoples = [(t.start, t.end) for t in targets if not (draft.entity_spans and self._in_entity(draft, folded, t))]
        shapes += [(hit, "denied") for hit in denied_goods(folded.text, groups + relayed, words, praised, peoples)]
        return folded, pack, shapes

    @staticmethod
    def _standing_pronouns(folded: Folded, pack: _Pack, targets: Sequence[_Hit]) -> list[tuple[int, int]]:
        """(N, session 45) The spans of the pronouns and phrases that stand for a group named before them, resolved as
        the pairs resolve them (``_pronoun_hits``: by number and distance, across at most two sentence ends, not past a
        rival antecedent): a good denied reads them as the group ("Chinese tour groups in Edinburgh. *They* have no
        manners", "… Hindus. Not one *of them* has ever kept a promise", « … des X. Aucun d'entre *eux* n'a jamais
        travaillé »). Only a pronoun said of the whole group: not one member's (``member``), a clause answering the
        group (``shown``), a verbless judgement's subject, nor one a thing named after the group may be
        (``contested``)."""
        groups = [t for t in targets if t.antecedent is None]
        if not groups:
            return []
        out = []
        for h in ProximityRule._pronoun_hits(folded, pack, groups):
            if h.antecedent is None or h.start >= h.end:
                continue
            if h.member or h.shown or h.elliptic or h.nominal or h.verdict or h.contested or h.subject:
                continue
            word = _WORD.match(folded.text, h.start)
            if word is None or _rival_between(folded.text, pack, (h.antecedent, word), groups):
                continue  # « … volés par *les passeurs*. Ces gens-là … »: a phrase's rival, as a pronoun's
            out.append((h.start, h.end))
        return out

    @staticmethod
    def _quoted_shape(folded: Folded, pack: _Pack, hit: tuple[tuple[int, int], tuple[int, int]]) -> bool:
        """(F, session 42) A shape of the sentence (a good denied, a habit questioned) that lies, group and all, inside
        one quotation the writer does not own is someone else's words, as a pair inside quotation marks is
        (``quotes_cancel``): "'Autistic people lack empathy' is an outdated myth", « « Les X n'ont aucune culture » :
        voilà ce qu'on lit encore ». A quotation the writer says or endorses keeps it ("I'm just quoting: '…' and it's
        true": ``_quotation_owned``)."""
        (lo, hi), (group_start, group_end) = hit
        bounds = (min(lo, group_start), max(hi, group_end))
        return _quoted(folded.text, *bounds) and not _quotation_owned(folded.text, pack, bounds)

    def _group_spans(
        self, draft: Draft, folded: Folded, pack: _Pack, prenominal: bool = False
    ) -> list[tuple[int, int]]:
        """(session 21, Q) The view's group spans a reading of the sentence's shape aims at (``_threats``,
        ``_generalised``): none inside a mention or a link, a group adjective only before a noun of people, and with
        ``prenominal`` no adjective before a noun of things."""
        targets, _ = self._draft_hits(draft, folded, pack)
        people = pack.classes.get("people_nouns", frozenset())
        return [
            (t.start, t.end)
            for t in targets
            if not (draft.entity_spans and self._in_entity(draft, folded, t))
            and (not t.entry.modifier or _next_word(folded.text, t.end) in people)
            and not (prenominal and _prenominal(folded.text, pack, t))
        ]

    def _shaped(
        self,
        draft: Draft,
        folded: Folded,
        findings: list[Finding],
        shapes: Iterable[tuple[tuple[tuple[int, int], tuple[int, int]], str]],
        severity: Severity,
    ) -> list[Finding]:
        """(session 21, Q) ``findings`` and one finding per shape ((its view span, its group's view span), its key)
        where no finding already stands, its target the group as the draft writes it."""
        out = list(findings)
        for ((lo, hi), (group_start, group_end)), key in shapes:
            start, end = folded.span(lo, hi)
            end = extend_over_marks(folded.original, end)
            if any(f.offset < end and start < f.offset + f.length for f in out):
                continue
            group = folded.span(group_start, group_end)
            target = draft.text[group[0] : extend_over_marks(draft.text, group[1])]
            out.append(self.finding(draft, start, end, key=key, severity=severity, target=target))
        return out

    def _insinuations(self, draft: Draft, findings: list[Finding]) -> list[Finding]:
        """(session 15, I) a group near a stereotype cue and a bad outcome (``app.kinds.stereotype``: "hired a woman as
        lead dev. surprise surprise, the project is late"), a warning where no finding of a pair already stands."""
        words = self.stereotypes.get(draft.language.split("-")[0])
        pack = self._pack(draft.language)
        if words is None or pack is None:
            return findings
        folded = self._view(draft, pack)
        targets, _ = self._draft_hits(draft, folded, pack)
        groups = [(t.start, t.end) for t in targets if not (draft.entity_spans and self._in_entity(draft, folded, t))]
        if words.coded is not None:  # (session 36, K) "those people", "the Polish shop": a group for this reading only
            groups += [
                (lo, hi)
                for lo, hi in words.coded.spans(folded.text, pack.modifiers)
                if not (draft.entity_spans and draft.overlaps_entity(*folded.span(lo, hi)))
            ]
        out = list(findings)
        negations = pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(NONE_OF, frozenset())
        # (session 36, K) a veiled reference and a wink, read on the draft as written: a hedge the view blanks may
        # hold the reference ("Certain areas, you know which ones, …")
        plain = folded_draft(draft)
        found = [(folded, hit) for hit in insinuations(folded.text, words, groups, negations)]
        if groups and plain.text != folded.text:
            # (session 40, I) the cue may be the hedge the view blanks where it opens the draft (« *Bizarrement*, à
            # chaque fois qu'il y a une agression, c'est un X », "*Strangely*, every burglary …, there's an X"): read
            # again on the draft as written, the groups carried over; what the two readings share is said once (below)
            # not where the cue is the writer's "I'm only saying" (« je dis ça je dis rien mais … », "just saying, but
            # …"): that hedge opens counter-speech as often as a wink — tests/test_invariance.py wraps benign drafts in
            # it and they must stay benign (« … mais arrêtez de dire que les X volent nos emplois »)
            carried = [_carried(folded, plain, lo, hi) for lo, hi in groups]
            found += [
                (plain, hit)
                for hit in insinuations(plain.text, words, carried, negations)
                if not _ONLY_SAYING.search(plain.text[hit[0][0] : hit[0][1]])
            ]
        found += [(plain, hit) for hit in veiled_insinuations(plain.text, words)]
        # (session 43, I) the disclaimed prejudice, the proverb of permanence and the scare quotes, read on the draft
        # as written (the view blanks hedges: "I'm not racist but …"), the groups carried over
        carried = groups if plain.text == folded.text else [_carried(folded, plain, lo, hi) for lo, hi in groups]
        found += [(plain, hit) for hit in disclaimed(plain.text, words, carried)]
        found += [(plain, hit) for hit in permanences(plain.text, words, carried)]
        found += [(plain, hit) for hit in scare_quotes(plain.text, words, carried)]
        found += [(plain, hit) for hit in shares(plain.text, words, carried, negations)]  # (session 44, I)
        for view, ((lo, hi), (group_start, group_end)) in found:
            start, end = view.span(lo, hi)
            end = extend_over_marks(view.original, end)
            if any(f.offset < end and start < f.offset + f.length for f in out):
                continue
            if draft.entity_spans and draft.overlaps_entity(*view.span(group_start, group_end)):
                continue
            group = view.span(group_start, group_end)
            target = draft.text[group[0] : extend_over_marks(draft.text, group[1])]
            out.append(self.finding(draft, start, end, key="stereotype", severity=Severity.WARNING, target=target))
        return out

    def _confirm(self, draft: Draft, findings: list[Finding]) -> list[Finding]:
        """The model's probability in each explanation; a warning reaching ``error_at`` becomes an error."""
        base = draft.language.split("-")[0]
        model = self.models.get(base)
        spec = self.params.model
        if model is None or spec is None:
            return findings
        probability = model.probability(draft.text)
        threshold = spec.error_at.get(base, 1.01)
        out: list[Finding] = []
        for finding in findings:
            severity = finding.severity
            if severity is Severity.WARNING and probability >= threshold and self.meta.severity is Severity.ERROR:
                severity = Severity.ERROR
            note = model_note(spec.task, probability, draft.language)
            out.append(replace(finding, severity=severity, explanation=note))
        return out

    @staticmethod
    def _pronoun_hits(folded: Folded, pack: _Pack, targets: list[_Hit]) -> list[_Hit]:
        """Pronouns in the sentence after a group's, standing for the nearest group before them."""
        copular = pack.classes.get(COPULAR_PRONOUNS, frozenset())
        vocative = pack.classes.get(VOCATIVES, frozenset())
        addressed = pack.classes.get(ADDRESSED, frozenset())
        words = pack.classes.get(PRONOUNS, frozenset()) | pack.classes.get(CLITICS, frozenset()) | copular | vocative
        words |= addressed
        groups = [t for t in targets if t.antecedent is None]
        if not words or not groups:
            return []
        out: list[_Hit] = []
        for match in _pronoun_words(folded.text, min(t.end for t in groups), len(folded.text)):
            token = match.group(0)
            if token not in words:
                continue
            if token in copular and not _before_copula(folded.text, pack, match.end()):
                continue  # « Ce sont des rats » stands for the group, « ce pays » does not
            before = [t for t in groups if t.end <= match.start()]
            if not before:
                continue
            antecedent = _antecedent(folded.text, pack, before)
            if _others_meant(folded.text, pack, words, (antecedent, match), groups):
                continue  # "*Calling* Black players monkeys? Ban *them*", "*They* treat *them* like animals"
            # the group closes one of the two sentences before the pronoun's ("Women? I hate them.", "… at the
            # station today. They're all …"; "..." and "!!" end one sentence), never the same one, where "them" may
            # be anything ("Women love spiders, I hate them"); not past a rival antecedent (``_rival_between``)
            ends = len(_SENTENCE_ENDS.findall(folded.text, antecedent.end, match.start()))
            rival = _rival_between(folded.text, pack, (antecedent, match), groups) if ends else 0
            if ends > 2 or rival > 1:
                continue
            if token in vocative or token in addressed:  # « Vous, les gays, vous … », "(You) Muslims, you're …"
                said_to = token in addressed and _dislocated(folded.text, antecedent)  # no "you" before the group
                if ends == 0 and (said_to or _dislocated(folded.text, antecedent, vocative, required=True)):
                    out.append(_Hit(match.start(), match.end(), antecedent.entry, antecedent))
            elif ends or (
                ends == 0
                and (
                    _dislocated(folded.text, antecedent)
                    or _closes_clause(folded.text, pack, antecedent, match.start())
                    or _heads_sentence(folded.text, pack, antecedent, match)
                    or _subject_continued(folded.text, pack, antecedent, match) == "clear"
                )
            ):
                out.append(_Hit(match.start(), match.end(), antecedent.entry, antecedent, contested=rival > 0))
            elif ends == 0 and _subject_continued(folded.text, pack, antecedent, match) == "things":
                out.append(_Hit(match.start(), match.end(), antecedent.entry, antecedent, contested=True))
        out += _phrase_pronouns(folded.text, pack, groups)  # "… a Jewish guy. *Those people* only care about …"
        out += _judging_clitics(folded.text, pack, out)  # « … et je *les trouve* tous inutiles »
        out += _elliptic_hits(folded, pack, groups)  # "Gay people. Absolutely revolting."
        out += _member_hits(folded.text, pack, groups)  # "If a Muslim moves in, I'll make him …"
        out += _shown_hits(folded.text, pack, groups)  # "a gay babysitter? *no thanks*", "…, hide the kids"
        # a vocative also stands for a group put after its sentence's comma (« *Vous* allez tous crever, les X »)
        out += _cataphora(folded.text, pack, groups, words)
        out += _epithet_hits(folded.text, pack, groups)  # « Les X ont encore gagné, *ces* rats. »
        return out + _judged_after_hits(folded.text, pack, groups)  # « Tous des voleurs, ces Roms. » (others first)

    @staticmethod
    def _in_entity(draft: Draft, folded: Folded, hit: _Hit) -> bool:
        start, end = folded.span(hit.start, hit.end)
        kind = draft.entity_at(start, end)
        return kind is not None and kind.rstrip("s") in ("mention", "url")

    @staticmethod
    def _original(draft: Draft, folded: Folded, hit: _Hit) -> str:
        start, end = folded.span(hit.start, hit.end)
        return draft.text[start : extend_over_marks(draft.text, end)]

    def _span(self, folded: Folded, target: _Hit, predicate: _Hit, pack: _Pack | None = None) -> tuple[int, int]:
        mode = self.params.span
        empty = (target.member or target.shown) and target.start == target.end  # « Quand je vois un X, je serre … »
        if (_elliptic(folded.text, target) or empty) and target.antecedent is not None:
            # "Gay people. Absolutely revolting.": from the group (or the pronoun relaying it) to its judgement
            target = target.via or target.antecedent
        if mode == "target":
            lo, hi = target.start, target.end
        elif mode == "predicate":
            lo, hi = predicate.start, predicate.end
        else:
            lo, hi = min(target.start, predicate.start), max(target.end, predicate.end)
            if pack is not None and predicate.entry.needs_after in _PRECAUTION_CUES and hi == predicate.end:
                # what the precaution guards closes the span: "… I've started locking *my bike*"
                hi = _needed_end(folded.text, pack, hi, predicate.entry.needs_after)
        start, end = folded.span(lo, hi)
        return start, extend_over_marks(folded.original, end)


_GLUED_MIN = 6  # shorter unknown tokens are never split: too many pairs of short words
# two runs of letters with one space between, found overlapping ("les mus ulmans" tries "les mus" and "mus ulmans")
_SPLIT = re.compile(r"(?<![a-z])(?=([a-z]{2,}) ([a-z]{2,})(?![a-z]))")
_LETTER_RUN = re.compile(r"[a-z]+")  # (S, session 18) ``_split_pairs`` reads ``_SPLIT``'s pairs from these runs
_CUTS_KEPT = 20_000  # tokens whose cut a pack remembers (tweets repeat their words)


_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")  # a capital after a small letter or a digit: "Deport|All|Immigrants"


def _name_hits(text: str, targets: list[_Hit], entry: Entry, spans: list[tuple[int, int]]) -> list[_Hit]:
    """(D, session 43) The names read by shape as targets (``app.kinds.named_targets``). A name right after a listed
    target that leads to it is that target's: one word stays a word of its gap as before (« chez *Lambert* ils sont
    tous des branques », not « Chez Ikea ils ont des touristes »), a name of several words grows it, with its entry
    ("the folks at *Pinecrest Realty* are …": the pair reads from the listed words, and their conditions hold)."""
    out: list[_Hit] = []
    for start, end in spans:
        lead = next((t for t in targets if t.end < start and not text[t.end : start].strip()), None)
        if lead is None:
            out.append(_Hit(start, end, entry))
        elif " " in text[start:end].strip():
            out.append(_Hit(lead.start, end, lead.entry))
    return out


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` in the folded text ("" when none)."""
    match = _WORD.search(text, end)
    return match.group(0) if match and not text[end : match.start()].strip(" ,") else ""


def camel_joints(draft: Draft, folded: Folded) -> frozenset[int]:
    """Offsets in folded text where two words of a hashtag meet, each opening with a capital ("#DeportAllImmigrants",
    "#WomenAreTrash"): a hashtag glues any number of words, where ``glued_joints`` cuts a token once."""
    out: set[int] = set()
    for entity in draft.entities.all():
        if entity.kind.rstrip("s") != "hashtag":
            continue
        tag = draft.text[entity.offset : entity.offset + entity.length]
        out.update(bisect_left(folded.starts, entity.offset + m.start()) for m in _CAMEL.finditer(tag))
    return frozenset(out)


def _camel_hits(text: str, pack: _Pack, camel: frozenset[int]) -> list[_Hit]:
    """Hits of terms of several words inside a hashtag, read with a space where its words meet ("#NoMoreRefugees":
    "no more", "#BlackLivesDontMatter": "dont matter"); terms of one word are found already (``glued_joints``)."""
    spans: set[tuple[int, int]] = set()
    for joint in camel:
        start, end = joint, joint
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        while end < len(text) and text[end].isalnum():
            end += 1
        spans.add((start, end))
    out: list[_Hit] = []
    for start, end in sorted(spans):
        chars: list[str] = []
        origin: list[int] = []  # the folded offset of each character of the spaced reading (a space: the next word's)
        for index in range(start, end):
            if index in camel and index != start:
                chars.append(" ")
                origin.append(index)
            chars.append(text[index])
            origin.append(index)
        origin.append(end)
        spaced = "".join(chars)
        for last, (length, entry) in pack.automaton.iter(spaced):
            first = last + 1 - length
            if entry is None or " " not in spaced[first : last + 1]:
                continue
            if (first == 0 or spaced[first - 1] == " ") and (last + 1 == len(spaced) or spaced[last + 1] == " "):
                out.append(_Hit(origin[first], origin[last + 1], entry))
    return out


def glued_joints(text: str, pack: _Pack, near: Iterable[int] | None = None) -> frozenset[int]:
    """Offsets in folded ``text`` where a space was left out between two words of the pack ("hatewomen",
    "womenare", « jehais »): a token of 6+ letters that is not a known word of the language, cut once into two
    parts that are each a term of the lists (or the first word of one: "hatetrans people") or a word of the word
    classes, one of them at least a term. With ``near``, only the tokens holding one of these offsets (``hits``
    passes the starts of matches found inside a word: with none, a draft costs nothing)."""
    if not pack.known:
        return frozenset()
    if near is None:
        spans = [(m.start(), m.end()) for m in _LONG_LETTERS.finditer(text)]
    else:
        spans = sorted({_letters_around(text, offset) for offset in near})
    out: set[int] = set()
    cuts = pack.cuts
    for start, end in spans:
        token = text[start:end]
        if len(token) < _GLUED_MIN:
            continue
        cut = cuts.get(token)
        if cut is None:
            if len(cuts) >= _CUTS_KEPT:
                cuts.clear()
            # a token that is itself a form of the lists is no glued pair (« déloyaux » is not « de » + « loyaux »)
            # nor is one a fuzzy form reads whole ("immigrnat" is no "im" + "migrnat")
            cut = cuts[token] = (
                () if token in pack.known or _term(token, pack) or _whole(token, pack) else _cuts(token, pack)
            )
        out.update(start + c for c in cut)
    return frozenset(out)


def _split_words(text: str, pack: _Pack) -> Iterator[tuple[int, int, Entry]]:
    """Words of the lists with one space put inside them ("mus ulmans", « vol eurs »): two runs of folded letters that
    join into a one-word form of ``_GLUED_MIN`` letters or more, one half at least no known word of the language (« les
    sales » stays two words), the first no word of the word classes (« les roms » is no glued « lesroms »)."""
    if not pack.known:
        return
    terms, known = pack.terms, pack.known
    for start, end, left, right, joined in _split_pairs(text):
        if joined not in terms:  # a one-word form as written (no variant, no phrase unspaced): most pairs end here
            continue
        if (left in known and right in known) or left in pack.class_words:
            continue
        value = pack.automaton.get(joined, None)
        if value is not None and value[1] is not None and value[0] == len(joined):
            yield start, end, value[1]


_SPLIT_PAIRS: dict[str, tuple[tuple[int, int, str, str, str], ...]] = {}  # the last few texts' pairs


def _split_pairs(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """``_SPLIT``'s pairs of ``text`` that join into ``_GLUED_MIN`` letters or more: (start, end, left, right,
    joined). The rules of one draft (risk.hate, risk.disparagement, privacy.insider-leak…) read the same folded text
    with their own packs: the pairs are found once per text, each pack only looks its terms up."""
    pairs = _SPLIT_PAIRS.get(text)
    if pairs is None:
        # (S, session 18) ``_SPLIT``'s pairs are two runs of letters a-z in a row with one space between them, each of
        # two letters or more: read from the runs (one scan), not by a look-ahead tried at every offset
        found = []
        runs = [(m.start(), m.end()) for m in _LETTER_RUN.finditer(text)]
        for (start, middle), (after, end) in pairwise(runs):
            if (
                after == middle + 1
                and text[middle] == " "
                and middle - start >= 2
                and end - after >= 2
                and end - after + middle - start >= _GLUED_MIN
            ):
                left, right = text[start:middle], text[after:end]
                found.append((start, end, left, right, left + right))
        pairs = tuple(found)
        if len(_SPLIT_PAIRS) >= 8:
            _SPLIT_PAIRS.clear()
        _SPLIT_PAIRS[text] = pairs
    return pairs


_UNGLUE_MIN, _UNGLUE_MAX, _PART_MAX = 5, 40, 20  # tokens this long are read as glued words; the longest part


def unglued(draft: Draft, folded: Folded, pack: _Pack) -> list[int]:
    """Folded offsets where words glued together meet, in the unknown tokens (5-40 folded letters, no known word, no
    form of the lists, not inside a hashtag's capitals) that the automaton finds a form of the lists inside
    (``segment``)."""
    out: list[int] = []
    segments = pack.segments
    camel: frozenset[int] | None = None
    for token in folded.long_words - pack.known:
        cut = segments.get(token)
        if cut is None:
            if len(segments) >= _CUTS_KEPT:
                segments.clear()
            fits = _UNGLUE_MIN <= len(token) <= _UNGLUE_MAX and token.isalpha()
            cut = segments[token] = segment(token, pack) if fits else ()
        if not cut:
            continue
        if camel is None:
            camel = camel_joints(draft, folded)
        for match in re.finditer(_RESPELT_WORD.format(token), folded.text):
            start, end = match.span()
            if folded.text[start - 1 : start] == "-" or folded.text[end : end + 1] == "-":
                continue  # a part of a compound word (« francs-maçons »)
            if not any(start < j < end for j in camel):
                out += [match.start() + c for c in cut]
    return out


def segment(token: str, pack: _Pack) -> tuple[int, ...]:
    """Where ``token`` splits into the fewest words (``_part``), one at least a word of the lists that is no word of
    the word classes, and when there are two, the cut ``_cut`` finds ("gaypeopleshouldbeexecuted": gay people should
    be executed; not « exister ait »); none when the token is a known word ("therapist" is no "the rapist") or a word
    of the pack (« pourvu » is no « pour vu »), a form of the lists or a misspelling of one, holds no form of the lists
    inside, or does not split."""
    if token in pack.known or token in pack.class_words or token in pack.phrase_words:
        return ()
    if _term(token, pack) or _whole(token, pack) or token in pack.respelt:
        return ()
    if not any(entry is not None for _last, (_n, entry) in pack.automaton.iter(token)):
        return ()
    # best[end][listed]: the fewest parts of token[:end], with (1) or without (0) a word of the lists, and their cuts
    best: list[list[tuple[int, tuple[int, ...]] | None]] = [[None, None] for _ in range(len(token) + 1)]
    best[0][0] = (0, ())
    for end in range(1, len(token) + 1):
        for start in range(max(0, end - _PART_MAX), end):
            kind = 0
            for listed, before in enumerate(best[start]):
                if before is None:
                    continue
                kind = kind or _part(token[start:end], pack)
                if not kind:
                    break
                now = listed or kind == 2
                held = best[end][now]
                if held is None or before[0] + 1 < held[0]:
                    best[end][now] = (before[0] + 1, before[1] + ((start,) if start else ()))
    whole = best[-1][1]
    if whole is None or whole[0] < 2:
        return ()
    if whole[0] == 2:  # two parts: a term and a term or word-class word (« existerait » is no « exister ait »)
        cut = _cut(token, pack)
        return (cut,) if cut else ()
    return whole[1]


def _part(word: str, pack: _Pack) -> int:
    """2 for a one-word form of the lists (of 3+ letters) or a word of a longer one that is no word of the word
    classes, 1 for a word-class word (of one letter: "a", "i", « y » only, never the "s" of "'s") or a known word of
    3+ letters; else 0. (K2, session 37) a form of two letters is no part: « abîmés » is no « a bi més »."""
    if len(word) == 1:
        return 1 if word in "aiy" and word in pack.class_words else 0
    if len(word) == 2 and word not in pack.class_words:
        return 0
    if word in pack.terms or (word in pack.phrase_words and word not in pack.class_words):
        return 2
    return 1 if word in pack.class_words or (len(word) >= 3 and word in pack.known) else 0


_RESPELL_MIN = 5  # words of the lists this long or longer are read through a missing letter or a swap
_ADDED = "aeiou"  # (round 11b) a vowel added inside or before the last letter: "inferiour", "terroristes"


def respellings(exact: Mapping[str, tuple[int, Entry | None]], known: frozenset[str]) -> dict[str, str]:
    """Misspelling -> word, for the words (5+ letters) of the lists' forms as written: an inner letter missing
    ("expulsr"), two neighbours swapped, the first letter kept ("savgaes", « voluers »), or a vowel added after the
    first letter ("inferiour", "criminales"). A misspelling that is a
    known word of the language (or a ``fuzzy_exclude`` word: « truque » is no « turque », or a word of the word
    classes: "cooks" is no "crooks") or a word of the lists ("form" is not "from") or that two words share is left
    out."""
    words = {w for form, (_n, e) in exact.items() if e is not None for w in form.split(" ")}
    out: dict[str, str] = {}
    shared: set[str] = set()
    for word in sorted(w for w in words if len(w) >= _RESPELL_MIN and w.isalpha()):
        variants = {word[:i] + word[i + 1 :] for i in range(1, len(word) - 1)}
        variants |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
        variants |= {word[:i] + v + word[i:] for i in range(1, len(word)) for v in _ADDED}  # "inferiour", "criminales"
        for variant in variants - {word}:
            if variant in out and out[variant] != word:
                shared.add(variant)
            out[variant] = word
    return {v: w for v, w in out.items() if v not in shared and v not in known and v not in words}


_RESPELT_WORD = "(?<![a-z0-9]){}(?![a-z0-9])"


def respelt_edits(folded: Folded, pack: _Pack) -> list[tuple[int, int, str]]:
    """(start, end, word) for every unknown word of the view that misspells a word of the lists (``pack.respelt``),
    not itself a form of the lists or one of their fuzzy variants: the view reads the word there, so every word class
    of the grammar sees it as written right ("X are no wrose than …" denies, as "no worse" does)."""
    edits: list[tuple[int, int, str]] = []
    for token in folded.long_words & pack.respelt.keys():
        if _whole(token, pack):
            continue
        word = pack.respelt[token]
        edits += [(m.start(), m.end(), word) for m in re.finditer(_RESPELT_WORD.format(token), folded.text)]
    return edits


_BREAK = "\u2029"
"""(session 35, K) A sentence break no mark ends (``soft_ends``): a white space to every other reading of the view, the
opening of a sentence to those that look back for one (``_opening_tokens``)."""
# an emoji (with its modifiers and joiners) or a line break, before a word that opens with a capital, not in capitals
_SOFT_END = regex.compile(
    r"(\p{Extended_Pictographic}[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]*|\n)[^\S\n]*(?=\p{Lu}(?!\p{Lu}))"
)


_ENTITY_MARKS = frozenset("$@#")  # (session 35, K) what a predicate entity's term opens with ("$ACME")


@lru_cache(maxsize=8)
def _published_pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _said_published(pattern: str, text: str) -> bool:
    """(session 35, K) Whether ``text`` says its news is out (``PublishedSpec.said``)."""
    return _published_pattern(pattern).search(text) is not None


def soft_ends(draft: Draft) -> tuple[int, ...]:
    """(session 35, K) The draft offsets of the last character of each emoji or line break that ends a sentence with
    no mark: the next word opens with a capital (« On a gagné le contrat 🤫 Leur DG ? Une incapable. », "Great quarter
    🎉 Their CEO? A clown.", a line break before « Leur … »). Not before a word in capitals ("MUSLIMS 🤮 RATS"), nor
    before a small letter ("Les immigrés 🤮 des rats"): the emoji is then said inside its sentence."""

    def read() -> tuple[int, ...]:
        text = draft.text
        if text.isascii() and "\n" not in text:
            return ()
        return tuple(match.end(1) - 1 for match in _SOFT_END.finditer(text))

    found: tuple[int, ...] = draft.memo("proximity:soft-ends", read)
    return found


def _break_edits(view: Folded, soft: tuple[int, ...]) -> list[tuple[int, int, str]]:
    """The view's edits that mark each of ``soft`` (draft offsets) with ``_BREAK``: after an emoji, its last character
    read with the break; a line break (folded as a space) read as the break."""
    edits: list[tuple[int, int, str]] = []
    for offset in soft:
        at = bisect_left(view.starts, offset)
        if at >= len(view.text) or not view.starts[at] <= offset < max(view.ends[at], view.starts[at] + 1):
            continue
        char = view.text[at]
        edits.append((at, at + 1, _BREAK if char.isspace() else char + _BREAK))
    return edits


def _opening_tokens(text: str, end: int, elisions: bool) -> list[str]:
    """``_tokens_before`` for the readings that look back for where the sentence opens (``_sentence_opening``): a
    ``_BREAK`` of the view opens one, as a sentence end does (a "." token before the words after it)."""
    cut = text.rfind(_BREAK, max(0, end - 160), end)
    if cut < 0:
        return _tokens_before(text, end, elisions)
    return [".", *tokens(text[cut + 1 : end], elisions)]


def _opening_clause_words(text: str, end: int) -> list[str]:
    """The words and clause marks of the 80 characters before ``end`` (``_CLAUSE_WORD``), from a ``_BREAK`` of the view
    if one stands there, read as a sentence end."""
    start = max(0, end - 80)
    cut = text.rfind(_BREAK, start, end)
    if cut < 0:
        return _CLAUSE_WORD.findall(text, start, end)
    return [".", *_CLAUSE_WORD.findall(text, cut + 1, end)]


def colon_edits(folded: Folded, pack: _Pack) -> list[tuple[int, int, str]]:
    """(session 15, Q) (start, end, word) for a colon or a dash that closes the head of its sentence (at most
    ``_COLON_HEAD`` words: "X in my street:", « les X du quartier : ») before a word: the view reads the words file's
    ``colon_copulas`` word there ("are", « sont »), so the list after it is said of the head as after a copula ("X at
    my work: rude, smelly, backward", « les X en résumé : radins, fourbes »), where the head names a group (a word of
    the targets); not a time ("10:30"), a number after it ("X: 2 billion people"), nor a head of no group, whose colon
    opens a clause of its own ("Simple solution: deport …"). (session 33, K) With ``question_copulas``, a "?" or an "="
    closing such a head is read as that copula too (« Leur DG ? Une incapable totale »)."""
    edits: list[tuple[int, int, str]] = []
    word = min(pack.classes.get(COLON_COPULAS, frozenset()), default=None)
    asked = min(pack.classes.get(QUESTION_COPULAS, frozenset()), default=None)
    marks: list[tuple[re.Pattern[str], str]] = []
    if word is not None and _COLON_MARKS.intersection(folded.text):  # (S, session 18) no mark, no match
        marks.append((_HEAD_COLON, word))
    # (session 33, K) with question_copulas, a "?" or "=" closing a head that names a target, before a word, is that
    # copula (« Leur directrice de la com ? Une menteuse professionnelle », "Banque Ferral = des charlatans"): the
    # answer a writer gives to the head they name
    if asked is not None and ("?" in folded.text or "=" in folded.text):
        marks.append((_HEAD_QUESTION, asked))
    for pattern, copula in marks:
        for match in pattern.finditer(folded.text):
            head = _sentence_opening(_opening_tokens(folded.text, match.start(), pack.elisions))
            if 1 <= len(head) <= _COLON_HEAD and any(_names_group(token, pack) for token in head):
                edits.append((match.start(1), match.end(1), f" {copula} "))
    return sorted(edits)


def _names_group(token: str, pack: _Pack) -> bool:
    """Whether ``token`` is, whole, a form of the targets (a group word: "muslims", "gay", « roms »)."""
    value = pack.automaton.get(token, None)
    return value is not None and value[1] is not None and value[0] == len(token) and value[1].side == "target"


def accent_edits(text: str, folded: Folded, pack: _Pack) -> list[tuple[int, int, str]]:
    """(start, end, word) for every word of the view that folds a ``accented`` function word of the pack: written with
    its accent in ``text`` (the draft as submitted), or without it right before one of its cue words (« des que »,
    « des qu'il »). The view reads the accented word there, so the word classes tell « dès » from the article « des »
    (session 13, R: folding had made every article a subordinator and a condition)."""
    edits: list[tuple[int, int, str]] = []
    for plain, (accented, cues) in pack.accented.items():
        for match in _accent_word(plain).finditer(folded.text):
            start, end = folded.span(match.start(), match.end())
            written = unicodedata.normalize("NFC", text[start : extend_over_marks(text, end)]).casefold()
            following = tokens(folded.text[match.end() : match.end() + 24], pack.elisions)[:1]
            if written == accented or (following and following[0] in cues):
                edits.append((match.start(), match.end(), accented))
    return edits


@lru_cache(maxsize=256)
def _accent_word(plain: str) -> re.Pattern[str]:
    """(S, session 18) ``accent_edits``' pattern of one plain function word, compiled once (not formatted and looked
    up in ``re``'s cache for every word of every draft)."""
    return re.compile(rf"(?<![^\W_]){re.escape(plain)}(?![^\W_])")


def _letters_around(text: str, offset: int) -> tuple[int, int]:
    """The run of folded letters (a-z) that holds ``offset``."""
    start = end = offset
    while start > 0 and "a" <= text[start - 1] <= "z":
        start -= 1
    while end < len(text) and "a" <= text[end] <= "z":
        end += 1
    return start, end


def _cuts(token: str, pack: _Pack) -> tuple[int, ...]:
    """Where ``token`` splits into two words of the pack (``_cut``), else into three: a first word of the pack (or of
    a form of several words: "death" of "death to") of 2+ letters, then two that ``_cut`` finds ("muslimsarevermin",
    "deathtoimmigrants", "killallimmigrants"); none when it does not."""
    single = _cut(token, pack)
    if single:
        return (single,)
    for cut in range(2, len(token) - 3):
        left = token[:cut]
        if not (_term(left, pack) or left in pack.class_words or pack.automaton.match(left + " ")):
            continue
        rest = _cut(token[cut:], pack)
        if rest:
            return (cut, cut + rest)
    return ()


def _several_cuts(text: str, joints: frozenset[int]) -> frozenset[int]:
    """The joints of tokens cut more than once: terms of several words are read across them (``_camel_hits``)."""
    out: set[int] = set()
    for joint in joints:
        start, end = _letters_around(text, joint)
        if sum(start < j < end for j in joints) > 1:
            out.add(joint)
    return frozenset(out)


def _cut(token: str, pack: _Pack) -> int:
    """Where ``token`` splits into two words of the pack, one at least a term; 0 when it does not."""
    for cut in range(2, len(token) - 1):
        left, right = token[:cut], token[cut:]
        left_term, right_term = _term(left, pack), _term(right, pack) or pack.automaton.match(right + " ")
        if (
            (left_term or right_term)
            and (left_term or left in pack.class_words)
            and (right_term or right in pack.class_words)
        ):
            return cut
    return 0


def _whole(token: str, pack: _Pack) -> bool:
    """Whether ``token`` is, whole, a form of the lists or one of their spelling variants."""
    value = pack.automaton.get(token, None)
    return value is not None and value[1] is not None and value[0] == len(token)


def _term(word: str, pack: _Pack) -> bool:
    """Whether ``word`` is a one-word form of the pack's lists as written: a glued pair is two words spelt right
    ("forceful" is no "force" + a "ful" for "foul")."""
    return word in pack.terms


def _joined(text: str, start: int, end: int, joints: frozenset[int]) -> bool:
    """Whether [start, end) stands at a word edge or a glued pair's joint on both sides."""
    left = start == 0 or start in joints or not (text[start - 1].isalnum() and text[start].isalnum())
    return left and (end == len(text) or end in joints or not (text[end].isalnum() and text[end - 1].isalnum()))


def _complements(folded: Folded, pack: _Pack, target: _Hit, nouns: str | None) -> bool:
    """The group complements a noun of class ``nouns`` ("the *place* of women", « la *place* des femmes »)."""
    if nouns is None:
        return False
    before = tokens(folded.text[max(0, target.start - 40) : target.start], pack.elisions)[-3:]
    genitives = pack.classes.get(GENITIVES, frozenset())
    if before and before[-1] in pack.classes.get(ARTICLES, frozenset()) and before[-1] not in genitives:
        before.pop()
    return len(before) >= 2 and before[-1] in genitives and before[-2] in pack.classes.get(nouns, frozenset())


_RELATIVE_REACH = 7  # words a relative clause of the group may hold before its copula


def _coordinated(gap: list[str], pack: _Pack, copula: int) -> bool:
    """Another noun phrase of up to three words joined to the group opens the gap and runs to the copula: what
    follows is said of both (« les juifs *et les francs-maçons* sont des parasites »); not a phrase of several words
    headed by a noun of people, which the group word may qualify (« les femmes et les *hommes politiques* »)."""
    return (
        2 <= copula <= 5
        and gap[0] in pack.classes.get(COORDINATORS, frozenset())
        and gap[1] in pack.classes.get(ARTICLES, frozenset())
        and (copula <= 3 or gap[2] not in pack.classes.get(PEOPLE, frozenset()))
    )


def _degree_denied(text: str, pack: _Pack, gap: list[str], predicate: _Hit) -> bool:
    """A ``negating_determiners`` word right before a ``denied_degrees`` word, in the gap or opening the predicate,
    negates the pair ("Immigrants are *no more* violent than anyone else", "… are *no worse* parents than …")."""
    nones = pack.classes.get(NONE_OF, frozenset())
    degrees = pack.classes.get("denied_degrees", frozenset())
    words = gap + text[predicate.start : predicate.end].split()[:1]
    return any(a in nones and b in degrees for a, b in pairwise(words))


def _deed_praised(gap: list[str], pack: _Pack, entry: Entry, free: list[int]) -> bool:
    """(session 12, E) A praise that asks for a negation (``requires: negations``) said of what the group does: the
    gap's first free word is a ``deeds`` verb, any other free word after it a ``deed_objects`` word ("X never *do* an
    honest day's work", "X have never *achieved anything* worthwhile", "not one X has ever *built* anything useful");
    the negation is still required in reach, so "X do honest work" pairs with nothing. Every word after the deed is a
    ``deed_objects`` word: "X have not done anything *to* integrate" is no inability said of them."""
    deeds = pack.classes.get("deeds", frozenset())
    objects = pack.classes.get("deed_objects", frozenset())
    if entry.requires != NEGATIONS or not deeds or gap[free[0]] not in deeds:
        return False
    return all(word in objects for word in gap[free[0] + 1 :])


def _cue_undone(previous: list[str], pack: _Pack, requires: str) -> bool:
    """(session 12, E) A word of the class "<requires>_undone" in the pair's clause before it (``_REPORTED_WINDOW``
    words): the required cue is something else there ("He was turned *down* for the job because he's gay", "*fired*
    from her job just because she's trans": a harm, where "got the job because she's …" is an achievement)."""
    undone = pack.classes.get(requires + UNDONE, frozenset())
    return bool(undone & set(_clause_before(previous, pack, _REPORTED_WINDOW)))


def _form_denied(text: str, pack: _Pack, pair: tuple[_Hit, _Hit], gap: list[str]) -> bool:
    """(F, session 49) A ``negated`` entry (its form denies a good: "X *refuse* to learn English", "X *won't* pay
    taxes") matched by a form that holds no negation of its own, after its group, with a negation between them that
    no ``restrictors`` word follows: "Mexicans *don't* refuse to learn English", « les X ne sont *pas* un poids mort »
    deny the refusal or the charge (not "X don't *just* refuse to …", a limit denied; not "X won't pay taxes", where
    the negation is the form's; not « les X n'apportent que des problèmes »: a « ne » alone restricts). Only for an
    entry that requires no cue: a required refusal may be the negation ("a X will *never* rent my flat")."""
    target, predicate = pair
    if target.end > predicate.start:
        return False
    negations = pack.classes.get(NEGATIONS, frozenset())
    own = set(tokens(text[predicate.start : predicate.end], pack.elisions))
    if own & (negations | pack.classes.get(NEGATION_OPENERS, frozenset()) | pack.classes.get(DENIALS, frozenset())):
        return False
    last = max((i for i, token in enumerate(gap) if token in negations), default=None)
    if last is None:
        return False
    return not set(gap[last + 1 :]) & pack.classes.get(RESTRICTORS, frozenset())


def _refusal_denied(pack: _Pack, gap: list[str]) -> bool:
    """(F, session 49) A ``belief_refusals`` verb after the gap's first negation, between it and a good the pair
    asks to be denied: "X *don't refuse* to pay taxes", « les X *ne refusent* pas de travailler » deny the refusal, so
    the good stands ("X don't pay taxes", "X refuse to pay" keep the denial)."""
    negations = pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(NEGATION_OPENERS, frozenset())
    first = next((i for i, token in enumerate(gap) if token in negations), None)
    if first is None:
        return False
    return bool(set(gap[first + 1 :]) & pack.classes.get("belief_refusals", frozenset()))


def _asks_denial(requires: str | None) -> bool:
    """The pair's required class is the negations or the ``denials`` (a negation or "no", "nobody"): the negation in
    reach is what the predicate asks for, not what cancels it ("X have *never* achieved anything"); not a class that
    merely holds a negative copula ("judged": "aren't") beside plain ones."""
    return requires in (NEGATIONS, DENIALS)


def _denial_asked(
    text: str, pack: _Pack, pair: tuple[_Hit, _Hit], gap: list[str], required: tuple[str | None, int]
) -> bool:
    """(session 20, Q) A question that expects "no" says what the praise it asks about is denied: an ``asked_denials``
    word in the gap between the group and a praise that asks for a negation, the sentence closed by "?" ("Are X *even*
    human?", "are X *even* capable of holding down a job?", "Can X *ever* be trusted?", « Les X sont-ils *vraiment*
    humains ? », « … sont-ils *seulement* capables de … ? »): judged as "X are not even human" is. Not with a negation
    in the gap (a negative question asks for the positive, ``_rhetorical``), nor with an ``asked_denials_undone`` word
    in the gap or the praise: a degree asks whether a praise goes so far ("Are X *really that* polite?", « … *si*
    polis ? »), a permission asks a fact ("Are women even *allowed* to vote there?")."""
    requires, last = required
    target, predicate = pair
    words = pack.classes.get(ASKED_DENIALS)
    if not words or not _asks_denial(requires) or target.end > predicate.start or not set(gap) & words:
        return False
    negations = pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(NEGATION_OPENERS, frozenset())
    undone = pack.classes.get(ASKED_DENIALS + UNDONE, frozenset())
    said = tokens(text[predicate.start : predicate.end], pack.elisions)
    return not (set(gap) | set(said)) & (negations | undone) and _asked(text, last)


def _agreement_asked(folded: Folded, pack: _Pack, target: _Hit) -> bool:
    """(session 40, D) The group's sentence opens with a question asking agreement (``app.kinds.frames``: « c'est moi
    ou … ? », "is it just me or …?", « vous trouvez pas que … ? »), blanked in the view: the question asks the reader
    to share the claim, so a ``asked_denials`` word after the group is the claim's own degree, not the "no" a question
    expects (« C'est moi ou les Portugais sont vraiment accueillants ? » praises; « Les X sont-ils vraiment humains ? »
    still denies). Read on the draft as written, where the frame is."""
    if pack.frames is None or target.antecedent is not None or target.start >= len(folded.starts):
        return False
    at = folded.starts[target.start]
    original = folded.original.lower()  # the frames' words are lower case
    if len(original) != len(folded.original):
        return False
    opening = [s for s in sentence_starts(original, opening_replies(original)) if s <= at]
    if not opening:
        return False
    start = opening[-1] + len(original[opening[-1] :]) - len(original[opening[-1] :].lstrip(" "))
    found = frame_at(original, pack.frames, start)
    return found is not None and found[2] == " " and found[1] <= at


def _member_denied(pack: _Pack, requires: str | None, near: list[str], gap: list[str]) -> bool:
    """A ``negating_determiners`` word right before the group ("*No* Muslim can be trusted", "*No* Jew is honest") is
    the negation a praise asks for (``requires: negations``), where no negation in the gap denies it in turn ("No woman
    is *less* capable …")."""
    negations = pack.classes.get(NEGATIONS, frozenset())
    return requires == NEGATIONS and _none_of(pack, near, None) and not set(gap) & negations


_OPENING_REPLIES = re.compile(r"\s*(?:@[\w.]+(?:[\s,:]+|$))+")  # the @replies a draft opens with ("@bob: ", "@a @b ")


def opening_replies(text: str) -> int:
    """Where the draft's own words start after the @replies it opens with ("@bob @ann les X …": 10); 0 without. A
    handle glued to more ("@bob's dad") is a word of the draft."""
    match = _OPENING_REPLIES.match(text)
    return match.end() if match else 0


def _replied_to(folded: Folded, target: _Hit) -> bool:
    """An @mention of the @replies the draft opens with (an entity hit: its entry's term is the handle)."""
    if target.antecedent is not None or not target.entry.term.startswith("@") or target.start >= len(folded.starts):
        return False
    return folded.starts[target.start] < opening_replies(folded.original)


_SELF_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*'?|[.!?;,:]")  # « en tant *qu'*asiatique »: the elided word whole
_SELF_REST = 2  # words of the group's noun phrase after its hit ("as a Black *woman*", « femme *noire* »)
_SELF_REACH = 4  # words after the comma closing a group named after ``self_as`` where the writer may stand
_CLAUSE_MARKS = frozenset(",:") | _SENTENCE_END


def _self_tokens(text: str, start: int, end: int, elisions: bool) -> list[str]:
    """The words of ``text[start:end]`` with their commas, colons and sentence ends, French elisions split."""
    out: list[str] = []
    for token in _SELF_TOKEN.findall(text, start, end):
        match = _ELISION.match(token) if elisions else None
        out.extend((match.group(1) + "'", match.group(2)) if match else (token,))
    return out


def _group_word(word: str, pack: _Pack) -> bool:
    """A word of a group's noun phrase: a noun of people (``people_nouns``), a group adjective, or a one-word group of
    the lists ("woman", « noire »), never a predicate ("we *hate* X")."""
    if word in pack.classes.get(PEOPLE, frozenset()) or word in pack.modifiers:
        return True
    found = pack.automaton.get(word, None) if len(pack.automaton) else None
    return found is not None and found[1] is not None and found[1].side == "target"


def _writer_group(text: str, pack: _Pack, target: _Hit) -> bool:
    """(session 17, B) The group names the writer: a ``self_subjects`` or ``self_copulas`` word before it ("*we*
    Muslims are tired of …", "*I'm a* proud Arab", « je *suis une* femme noire »), a ``self_pronouns`` word opening
    its clause or after a preposition (« *Nous les* Roms, on en a assez », « *Moi*, musulmane, … », "for *us* gay
    people"), or a ``self_as`` word, the writer right after the group or after the comma closing it ("*As a* Black
    woman I'm …", « *En tant que* femme noire, j'en ai marre … », "As a Jew, it disgusts *me*"; not "*as* immigrants
    pour in, our …"), ``self_links`` words between (``self_articles`` only after a pronoun). A feeling or a judgement
    beside it is the writer's about their own life, not said of the group."""
    classes = pack.classes
    subjects = classes.get(SELF_SUBJECTS, frozenset())
    pronouns = classes.get(SELF_PRONOUNS, frozenset())
    copulas = classes.get(SELF_COPULAS, frozenset())
    as_words = classes.get(SELF_AS, frozenset())
    if not (subjects or pronouns or copulas or as_words) or target.start == target.end:
        return False
    before = _self_tokens(text, max(0, target.start - 80), target.start, pack.elisions)
    links = classes.get(SELF_LINKS, frozenset())
    articles = classes.get(SELF_ARTICLES, frozenset())
    openers = subjects | pronouns | copulas | as_words
    index = len(before) - 1
    between: set[str] = set()
    while index >= 0 and before[index] not in openers:
        word = before[index]
        if not (word in links or word in articles or word == "," or _group_word(word, pack)):
            return False  # « en tant que *femme* noire »: the rest of the group's noun phrase may stand before it
        between.add(before[index])
        index -= 1
    if index < 0:
        return False
    opener = before[index]
    if between & (articles | {","}) and opener not in subjects | pronouns:
        return False  # « tant que *les* X seront là », "as, …": an article or a comma follows a pronoun only
    if between & articles and opener not in classes.get(SELF_PLURALS, frozenset()):
        return False  # « pour *moi les* homos sont … »: the writer's view of others; « *nous les* Roms »: the writer
    if opener in subjects or opener in copulas:
        return True
    if opener in pronouns:
        prior = before[index - 1] if index else "."
        return prior in _CLAUSE_MARKS or prior in classes.get(PREPOSITIONS, frozenset())
    if opener not in as_words:
        return False
    persons = classes.get(SELF_PERSONS, frozenset())
    after = _self_tokens(text, target.end, min(len(text), target.end + 80), pack.elisions)
    rest = 0  # the rest of the group's noun phrase: "as a Black *woman*", « en tant que femme *noire* »
    while rest < len(after) and rest < _SELF_REST and _group_word(after[rest], pack):
        rest += 1
    if after[rest : rest + 1] and after[rest] in persons:
        return True  # "as a muslim *i'm* …", "as a Black woman *myself*, …"
    if not after[rest : rest + 1] or after[rest] not in (",", ":"):
        return False
    for token in after[rest + 1 : rest + 1 + _SELF_REACH]:
        if token in _CLAUSE_MARKS:
            return False
        if token in persons:
            return True  # « En tant que juif, ça *me* dégoûte … »
    return False


_APPOSED_WORDS = 8  # (session 18, B) the most words of a bare head naming the writer ("Black, gay and proud.")
_APPOSED_FREE = 3  # the most of them that name no group (« Arabe, *diplômé* et … », "Muslim, woman, *engineer*.")
_APPOSED_REACH = 5  # words after the head's mark where the writer must stand ("… proud. Tired of explaining *myself*")


def _apposed_writer(folded: Folded, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """(session 18, B) The group in a bare head that opens its sentence, no determiner, one person (no plural ending
    but a ``self_invariables`` word), closed by a colon, a sentence end or a comma, the writer (a ``self_persons`` word)
    within ``_APPOSED_REACH`` words after it, and the predicate after the head: the writer names themself by apposition
    (« *Femme, noire et musulmane* : j'en ai marre qu'on me regarde de travers », "*Black, gay and proud*. Tired of
    explaining myself", « *Juif et parisien*, j'enlève ma kippa … »). Read on the draft as written (the view reads a
    head's colon as a copula). Not "Muslims, I …" (a plural names others), nor a predicate inside the head ("Immigrant
    scum, go home. I mean it.")."""
    classes = pack.classes
    persons = classes.get(SELF_PERSONS, frozenset())
    if target.shown and target.antecedent is not None:
        target = target.antecedent  # « Trans et trentenaire : oui, *je prends le bus* »: the clause after the head
    if not persons or target.antecedent is not None or target.start == target.end or predicate.start < target.end:
        return False
    text = folded.original
    start, end = folded.span(target.start, target.end)
    named = fold_term(text[start:end]).split()
    if not named or (named[-1][-1:] in ("s", "x") and named[-1] not in classes.get("self_invariables", frozenset())):
        return False
    articles = classes.get(ARTICLES, frozenset()) | classes.get("determiners", frozenset())
    head = (classes.get(SELF_LINKS, frozenset()) | classes.get(COORDINATORS, frozenset()) | {","}) - articles
    opening = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    before = [fold_term(t) if t not in _CLAUSE_MARKS else t for t in _SELF_TOKEN.findall(text, opening, start)]
    if len(before) > _APPOSED_WORDS or any(t not in head and not _group_word(t, pack) for t in before):
        return False  # « *un* avocat noir pour mon dossier, je … »: a determiner, no bare head
    free = 0
    closing = None
    words = list(_SELF_TOKEN.finditer(text, end, min(len(text), end + 160)))
    for index, match in enumerate(words[: _APPOSED_WORDS + 1]):
        token = match.group(0)
        if token in (":", *_SENTENCE_END) or (
            token == "," and index + 1 < len(words) and fold_term(words[index + 1].group(0)) in persons
        ):
            closing = index
            break
        if token == "," or fold_term(token) in head or _group_word(fold_term(token), pack):
            continue
        if fold_term(token) in articles:
            return False
        free += 1
        if free > _APPOSED_FREE:
            return False
    if closing is None or folded.span(predicate.start, predicate.end)[0] < words[closing].end():
        return False
    after = [fold_term(m.group(0)) for m in words[closing + 1 : closing + 1 + _APPOSED_REACH]]
    elided = [w for t in after for w in (_elided(t) if pack.elisions else [t])]
    return bool(set(elided) & persons)


# definite and demonstrative determiners opening a noun phrase right after the @replies: the clause's own subject, not
# the mention's predicate (an indefinite one is an epithet of the mention: "@rival a bunch of clowns")
_INDEFINITES = frozenset({"a", "an", "un", "une"})
_NEW_SUBJECTS = _ARTICLE_OPENERS | {"le", "la", "l'", "ce", "cet", "cette", "this", "that"}


def _superlative_apposed(gap: list[str], pack: _Pack, folded: Folded, predicate: _Hit) -> bool:
    """(D, session 51) An article alone, then a predicate opening with a ``superlatives`` word: a superlative noun
    phrase put after the mention replied to is said of it ("@bob *the slimiest* realtor in town", « @agence *le pire*
    agent immobilier de Liège »), where an article before any other noun opens a subject of its own ("@bob the clown
    at the party …")."""
    if len(gap) != 1:
        return False
    first = tokens(folded.text[predicate.start : predicate.end], pack.elisions)[:1]
    return bool(first) and first[0] in pack.classes.get("superlatives", frozenset())


def _free_word(gap: list[str], pack: _Pack, folded: Folded, predicate: _Hit) -> bool:
    """A word outside the word classes (not an adverb) before the gap's copula: a subject of the clause's own ("@bob
    *politicians* are liars", « @bob les *immigrés* sont … »), where "@dan you're a weasel" and "@bob @ann you are
    *both* clowns" say it of the mention, and a gap with no copula is the mention's own verb phrase ("@rival couldn't
    deliver a pizza to save their lives")."""
    if gap and gap[0] in _NEW_SUBJECTS and not _superlative_apposed(gap, pack, folded, predicate):
        return True  # « @bob *les* rats du métro sont … », "@bob *the* clown at the party …": a noun phrase of its own
    opening = (gap or tokens(folded.text[predicate.start : predicate.end], pack.elisions) or [""])[0]
    rest = folded.text[predicate.end :].lstrip(" ")
    indefinites = _INDEFINITES - {"a"} if pack.elisions else _INDEFINITES  # French « a » is a verb (« @x a le … »)
    if opening in indefinites and rest and rest[0] not in ",.!?;…":
        return True  # "@bob a rat dug under the coop": the subject of a verb of its own ("@rival a bunch of clowns")
    copulas = pack.classes.get(COPULAS, frozenset())
    if not set(gap) & copulas:
        return False
    for token in gap:
        if token in copulas:
            return False
        if token not in pack.allowed_gap and not _adverb(token, pack.gap_suffixes):
            return True
    return False


_HEAD_WORDS = 6  # words of a hedge that opens a sentence before its comma, colon or contrast ("not gonna lie, …")
_HEAD_MARK = re.compile(r"\s*[,:]")
_OPENINGS = re.compile(r"(?:^|[.!?]+)\s*")  # where a sentence of the view opens
# (lead, session 40) the writer's "I'm only saying" in a folded draft (``ProximityRule._insinuations``)
_ONLY_SAYING = re.compile(r"\b(?:je dis [cç]a|j'?dis [cç]a|just saying|jdcjdr)\b")


def _carried(view: Folded, plain: Folded, start: int, end: int) -> tuple[int, int]:
    """(session 40, I) The span of ``plain`` (another folding of the same draft) over what ``view``'s [start, end)
    covers of the draft."""
    first, last = view.span(start, end)
    lo = min(bisect_left(plain.ends, first + 1), len(plain.text) - 1)
    hi = max(lo + 1, min(bisect_left(plain.ends, last) + 1, len(plain.text)))
    return lo, hi


def _heads_blanked(
    view: Folded, pack: _Pack, edits: list[tuple[int, int, str]], first: int
) -> list[tuple[int, int, str]]:
    """(session 16, A) ``edits`` with the hedge that opens the draft (``_hedge_end``, after its @replies: ``first``)
    read as one space: "honestly, kill all X", "genuine question: why are X …?", « bon, perso, les X c'est … », « je
    dis ça je dis rien mais les X … » are read as the clause after the hedge, which opens the draft as it does without
    it. Only the draft's first sentence: a later one's opening words are often what it says ("… guess the religion,
    go on", « Tous des assistés, ces X »)."""
    taken = [(a, b) for a, b, _ in edits]
    text = view.text
    out = list(edits)
    start = first + len(text[first:]) - len(text[first:].lstrip(" "))
    for _ in range(2):  # « bon, perso, les X … »: two hedges in a row
        end = _hedge_end(text, pack, start)
        if end is None or any(a < end and start < b for a, b in taken) or _shaped_head(view, pack, (start, end)):
            break
        out.append((start, end, " "))
        taken.append((start, end))
        start = end + len(text[end:]) - len(text[end:].lstrip(" "))
    return sorted(out)


def _shaped_head(view: Folded, pack: _Pack, span: tuple[int, int]) -> bool:
    """(G, session 52) A group read by its shape inside what looks like a hedge ("*Poles* in Boston, take the hint",
    "*Biharis* in Mumbai, …"): the head names who the rest is said to, it is no hedge."""
    if pack.shaped is None or not has_capitals(view.original):
        return False
    start, end = span
    return any(start <= a and b <= end for a, b in shaped_groups(view, pack.shaped, pack.known, []))


_ASIDE_WORDS = 30  # the most words an aside between a group and the rest of its clause holds
_ASIDE_RELATIVE = 15  # the most words of a relative clause of the group's own before the aside's comma
_SENTENCE_OPENINGS = re.compile(r"[.!?\n]+\s*")


def _asides_blanked(
    view: Folded, pack: _Pack, edits: list[tuple[int, int, str]], first: int
) -> list[tuple[int, int, str]]:
    """(session 37, K) ``edits`` with the aside between a group that opens its sentence and the rest of its clause
    read as one space: "Copts, whatever the papers might say about them, are vermin", « Les Kurdes, quoi qu'en disent
    les journalistes, sont des sauvages », « Les Comoriens, franchement, depuis qu'ils sont arrivés …, ne sont que des
    parasites » are read as "Copts are vermin", « Les Kurdes sont des sauvages ». The aside opens at the comma right
    after the group, or at the group's end when a relative clause of its own runs to that comma ("Sikhs *who run the
    shops on my road*, and I know …, are …"), and closes at the first later comma of its sentence that an
    ``aside_resumes`` word follows (a copula, a modal, « ne »): the group's clause goes on there. Not when the aside is
    someone else's words ("Muslims, my uncle says, are …", "X, according to the papers, are …": a ``said``,
    ``reported`` or ``aside_reports`` word), unless an
    ``aside_concessions`` word opens it ("whatever the papers say", « quoi qu'en disent … »), a condition on no one in
    particular does ("if you ask anyone", ``aside_generic``) or the writer speaks in it ("and I say this having …");
    nor when it is a condition the group itself is the subject of ("Muslims, if they …, are …"); at most
    ``_ASIDE_WORDS`` words."""
    resumes = pack.classes.get(ASIDE_RESUMES)
    if not resumes:
        return edits
    text = view.text
    taken = [(a, b) for a, b, _ in edits]
    out = list(edits)
    starts = [first] + [m.end() for m in _SENTENCE_OPENINGS.finditer(text, first)]
    for start in starts:
        span = _aside(text, pack, start + len(text[start:]) - len(text[start:].lstrip(" ")), resumes)
        if span is None or any(a < span[1] and span[0] < b for a, b in taken):
            continue
        out.append((span[0], span[1], " "))
        taken.append(span)
    return sorted(out)


def _aside(text: str, pack: _Pack, start: int, resumes: frozenset[str]) -> tuple[int, int] | None:
    """Where the aside after the group opening the sentence at ``start`` lies (``_asides_blanked``), or None.
    (R, session 47) The group is looked for in the sentence's first three tokens before the rest is read: most
    sentences open with no group, and their tokens past the third were read for nothing."""
    scan = _CLAUSE_TOKEN.finditer(text, start, min(len(text), start + 600))
    sentence: list[re.Match[str]] = []
    ended = False
    for match in scan:
        if match.group(0) in _SENTENCE_END:
            ended = True
            break
        sentence.append(match)
        if len(sentence) == 3:
            break
    openers = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
    end = None
    for index in range(len(sentence)):
        end = _group_end(text, pack, sentence[index].start())
        if end is not None or sentence[index].group(0) not in openers:
            break
    if end is None:
        return None
    for match in () if ended else scan:  # the rest of the sentence, read from where the head stopped
        if match.group(0) in _SENTENCE_END:
            break
        sentence.append(match)
    at = next((i for i, m in enumerate(sentence) if m.start() >= end), len(sentence))
    opened = sentence[at].start() if at < len(sentence) else None
    if at < len(sentence) and sentence[at].group(0) in pack.classes.get(OWN_RELATIVES, frozenset()):
        reach = range(at, min(len(sentence), at + _ASIDE_RELATIVE))
        comma = next((i for i in reach if sentence[i].group(0) == ","), None)
        if comma is None:
            return None
        at, opened = comma, end
    if at >= len(sentence) or sentence[at].group(0) != "," or opened is None:
        return None
    words: list[str] = []
    for index in range(at + 1, len(sentence)):
        token = sentence[index].group(0)
        if token != ",":
            words += tokens(token, pack.elisions)
            if len(words) > _ASIDE_WORDS:
                return None
            continue
        after = tokens(sentence[index + 1].group(0), pack.elisions) if index + 1 < len(sentence) else []
        if after and after[0] in resumes and words:
            return (opened, sentence[index].end()) if _writers_aside(words, pack) else None
    return None


def _group_end(text: str, pack: _Pack, start: int) -> int | None:
    """The end of the longest group form of the lists opening at ``start`` (a word boundary after it), or None.
    (R, session 46) The window's prefixes are looked up in the automaton's trie, shortest first, until no form opens
    with one (``match``), where a scan of the whole window (``iter``) built every form found anywhere in it."""
    window = text[start : start + _GROUP_REACH]
    automaton = pack.automaton
    best = None
    for size in range(1, len(window) + 1):
        prefix = window[:size]
        if not automaton.match(prefix):
            break  # no form of the lists opens with it, so none opens with a longer one
        value = automaton.get(prefix, None)
        if value is None:
            continue
        entry = value[1]
        if entry is None or entry.side != "target" or entry.only_with or entry.modifier:
            continue
        if not text[start + size : start + size + 1].isalnum():
            best = start + size  # the longest so far: the prefixes grow
    return best


_GROUP_REACH = 60  # characters ``_group_end`` reads from the start


def _writers_aside(words: list[str], pack: _Pack) -> bool:
    """An aside the writer says of their own (``_asides_blanked``): no condition whose subject stands for the group
    ("if they …"), and no word that reports someone else's, unless a concession or a generic condition opens it or
    the writer is a subject in it."""
    classes = pack.classes
    get = classes.get
    if words[0] in get(CONDITIONS, frozenset()):
        if len(words) > 1 and words[1] in get(PRONOUNS, frozenset()):
            return False  # "Muslims, if they are radicalised, are …": a condition restricts the group
        if len(words) > 1 and words[1] in get(ASIDE_GENERIC, frozenset()):
            return True
    if words[0] in get(ASIDE_CONCESSIONS, frozenset()):
        return True
    reports = get(SAID, frozenset()) | get(REPORTED, frozenset()) | get(ASIDE_REPORTS, frozenset())
    speakers = get(FIRST_PERSONS, frozenset()) | get(SPEAKER, frozenset())
    return not any(w in reports for w in words) or any(w in speakers for w in words)


def _frames_blanked(
    view: Folded, pack: _Pack, edits: list[tuple[int, int, str]], first: int
) -> list[tuple[int, int, str]]:
    """(session 20, Q) ``edits`` with the frames opening the view's sentences (``app.kinds.frames``: "I honestly think
    …", "Am I the only one who thinks …?", « vous trouvez pas que … ? ») read as one space, and the hedges that open the
    clause after one (« vous trouvez pas que *bon, perso,* les X … ») as ``_heads_blanked`` reads them: the clause is
    judged as it is said plainly."""
    text = view.text
    out = list(edits)
    for start, end, read in frame_edits(text, pack.frames, first, [(a, b) for a, b, _ in edits]):
        out.append((start, end, read))
        for _ in range(2):
            begin = end + len(text[end:]) - len(text[end:].lstrip(" "))
            hedge = _hedge_end(text, pack, begin)
            if hedge is None or any(a < hedge and begin < b for a, b, _ in out):
                break
            out.append((begin, hedge, " "))
            end = hedge
    return sorted(out)


def _opinion_frame(text: str, pack: _Pack, start: int) -> int | None:
    """(session 19, B) Where an ``opinion_frames`` phrase opening a sentence at ``start`` ends, a comma after it
    included: the writer's own view said with no comma (« pour moi les X c'est … », « à mon avis les X … », "in my
    opinion X …") is a hedge as « pour moi, » is; None when no word of the sentence follows it."""
    if not pack.opinion_frames:
        return None
    # (S, session 21) only the phrases opening with the sentence's first word: most sentences open with none
    first = _TOKEN.search(text, start, start + 80)
    frames = pack.opinion_frames_at.get(first.group(0), ()) if first is not None else ()
    if not frames:
        return None
    words = list(_TOKEN.finditer(text, start, start + 80))
    for phrase in frames:
        size = len(phrase)
        if len(words) > size and all(words[i].group(0) == phrase[i] for i in range(size)):
            if words[size].group(0) in _SENTENCE_END:
                return None
            end = words[size - 1].end()
            mark = _HEAD_MARK.match(text, end)
            return mark.end() if mark else end
    return None


def _hedge_end(text: str, pack: _Pack, start: int) -> int | None:
    """Where the hedge opening a sentence at ``start`` ends: one ``sent_off`` or ``reply_openers`` word that is no
    subject (« perso », « franchement », "well"), or at most ``_HEAD_WORDS`` words closed by a comma, a colon or a
    ``contrasts`` word ("not gonna lie,", "unpopular opinion but", « vraie question : »), holding no word of the lists
    and none that makes what follows someone else's words (``_hedge_words``: "my uncle:", "he said,", "if"); None when
    nothing follows it in its sentence."""
    framed = _opinion_frame(text, pack, start)
    if framed is not None and not _holds_term(text[start:framed], pack):
        return framed
    stretch = text[start : start + 90]
    hedges = pack.hedges
    contrasts, reporting, single = hedges.contrasts, hedges.reporting, hedges.single
    words = list(_TOKEN.finditer(stretch))
    end = None
    for index, match in enumerate(words[: _HEAD_WORDS + 1]):
        token = match.group(0)
        mark = _HEAD_MARK.match(stretch, match.end())
        if token in _SENTENCE_END:
            return None
        if (index and token in contrasts and (mark or token not in reporting)) or (index == 0 and token in single):
            end = match.end()  # "not gonna lie, …" but "It's a lie that …" reports
        elif mark is not None and index < _HEAD_WORDS:
            end = mark.end()
        if end is not None:
            break
    if end is None or not _hedge_words(tokens(stretch[:end], pack.elisions), pack):
        return None
    head = tokens(stretch[:end], pack.elisions)
    if len(head) == 1 and head[0] not in single and not _adverb(head[0], pack.gap_suffixes):
        return (
            None  # « *Voler*, c'est dans le sang des X »: one word alone is a hedge when it is an opener or an adverb
        )
    rest = _TOKEN.search(stretch, end)
    if rest is None or rest.group(0) in _SENTENCE_END or _holds_term(stretch[:end], pack):
        return None
    return start + end


def _hedge_words(words: list[str], pack: _Pack) -> bool:
    """No word of a hedge makes what follows someone else's words or a clause of its own: reporting words (but the
    writer's own: « *je dis* ça », "*just saying*"), relatives, conditions, subjects other than the writer, a person
    or a possessive ("my uncle:", "he said,", "if …,", "the people who …,")."""
    hedges = pack.hedges  # (S, session 18) the classes below, joined once per pack (``_hedges``)
    writer, own, blocked = hedges.writer, hedges.own, hedges.blocked
    contrasts, opinion = hedges.contrasts, hedges.opinion
    if words and words[0] in hedges.cues:
        return False  # "*Another* day, another X …", « *Nouveau* jour, nouveau X … »: the frame's own cue opens it
    if _joined_phrase(words, hedges.asides):
        return False  # (session 17, B) "*Of course*, the thief was a X", « *Évidemment*, … »: the insinuation's aside
    said = any(index and word in hedges.said and words[index - 1] in writer for index, word in enumerate(words))
    if len(words) > 1 and words[-1] in contrasts and words[-2] in hedges.denying:
        return said  # "I have *nothing but* contempt for X": "only", not a contrast (« je dis *rien mais* » is one)
    if set(words) & opinion and not set(words) & writer:
        return False  # « *selon ce député*, … » reports; « selon moi, … », "if you ask me," do not ("Just saying, …" is
        # read by ``_own_opinion`` where it stands)
    for index, word in enumerate(words):
        if word in own or word in contrasts or (index and words[index - 1] in writer):
            continue  # "not gonna *lie*,": the contrast that closes the hedge (a ``reported`` word too)
        if word in blocked:
            return False
    return True


@dataclass(frozen=True)
class _Hedges:
    """(S, session 18) The word classes of a hedge opening a sentence (``_hedge_end``, ``_hedge_words``), joined."""

    contrasts: frozenset[str]
    reporting: frozenset[str]
    single: frozenset[str]  # one word alone that is a hedge: an opener, no subject nor vocative
    writer: frozenset[str]  # the writer as a clause's subject
    own: frozenset[str]
    blocked: frozenset[str]  # words that make what follows someone else's words or a clause of its own
    opinion: frozenset[str]
    cues: frozenset[str]  # the frames' own cues
    asides: frozenset[str]  # expectation asides
    said: frozenset[str]  # blocked | opinion
    denying: frozenset[str]  # negations, restrictors, negative subjects, reason denials and exceptions


def _hedges(pack: _Pack) -> _Hedges:
    """``_Pack.hedges``: the classes ``_hedge_end`` and ``_hedge_words`` read, as they joined them for each draft."""
    classes = pack.classes
    contrasts = classes.get(CONTRASTS, frozenset())
    reporting = _reporting(pack)
    single = (classes.get("sent_off", frozenset()) | classes.get("reply_openers", frozenset())) - {SENTENCE_START}
    single -= classes.get("clause_subjects", frozenset()) | classes.get(VOCATIVES, frozenset())
    subjects = classes.get("clause_subjects", frozenset())
    writer = subjects & (classes.get("vows", frozenset()) | classes.get(SPEAKER, frozenset()))
    own = classes.get(OWN_OPINION, frozenset()) | writer
    blocked = reporting | classes.get(SPEECH, frozenset()) | classes.get(RELATIVES, frozenset()) | subjects
    blocked |= classes.get(CONDITIONS, frozenset()) | classes.get("possessives", frozenset())
    blocked |= classes.get("possessive_articles", frozenset()) | classes.get("people_nouns", frozenset())
    blocked |= classes.get(ARTICLES, frozenset()) | classes.get("determiners", frozenset())  # « La musique, … »
    opinion = classes.get(OWN_OPINION, frozenset())
    cues = frozenset().union(*(classes.get(name, frozenset()) for name in _FRAME_CUES))
    denying = classes.get(NEGATIONS, frozenset()) | classes.get(RESTRICTORS, frozenset())
    denying |= classes.get("negative_subjects", frozenset()) | classes.get("reason_denials", frozenset())
    denying |= classes.get("exceptions", frozenset())
    return _Hedges(
        contrasts=contrasts,
        reporting=reporting,
        single=frozenset(single),
        writer=frozenset(writer),
        own=frozenset(own),
        blocked=frozenset(blocked),
        opinion=opinion,
        cues=cues,
        asides=classes.get("expectation_asides", frozenset()),
        said=frozenset(blocked | opinion),
        denying=frozenset(denying),
    )


def _joined_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    """(session 17, B) Some run of ``words``, joined by "_", is one of ``phrases`` ("of_course", « bien_sur »)."""
    if not phrases:
        return False
    return any("_".join(words[i : i + size]) in phrases for size in range(1, 5) for i in range(len(words) - size + 1))


def _holds_term(stretch: str, pack: _Pack) -> bool:
    """A word of the lists in ``stretch``, at word boundaries: a group, or a predicate that may pair with a group later
    in the sentence ("Disgusting, those X", « Tous des voleurs, ces X »), not one that needs the group right after it
    or touching it (« je dis *ça* … »), nor a praise that needs a negation ("*genuine* question:")."""
    for last, (length, entry) in pack.automaton.iter(stretch):
        start = last + 1 - length
        if entry is None or (
            entry.side == "predicate" and (entry.adjacent or entry.group_after or _asks_denial(entry.requires))
        ):
            continue
        before = stretch[start - 1 : start]
        after = stretch[last + 1 : last + 2]
        if not (before.isalnum() or after.isalnum()):
            return True
    return False


def _replies_blanked(view: Folded, replies: int, edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``edits`` with the folded span of the opening @replies (original [0, ``replies``)) read as one space: the
    draft's first word opens its sentence, as it does without them (W's ``_mark_start`` did so for calls only)."""
    end = bisect_left(view.starts, replies) if replies else 0
    if end <= 0:
        return edits
    return [(0, end, " "), *(e for e in edits if e[0] >= end)]


def _mark_start(
    folded: Folded, pack: _Pack, where: tuple[tuple[_Hit, _Hit], int], previous: list[str], before: list[str]
) -> None:
    """Put ``SENTENCE_START`` in ``before`` where the pair opens its clause: first after a colon ("My advice to the
    government: deport all …", the colon opens a clause of its own), last at a sentence's opening or after its head."""
    pair, first = where  # the pair and where it starts
    text = folded.text
    if text[:first].rstrip().endswith(":"):
        before.insert(0, SENTENCE_START)
    elif not previous or previous[-1] in _SENTENCE_END or _after_head(text, pack, pair, previous):
        before.append(SENTENCE_START)
    elif first < len(folded.starts) and 0 < folded.starts[first] <= opening_replies(folded.original):
        before.append(SENTENCE_START)  # "@senat renvoyez tous les X": the @replies of a draft open no clause (W)


def _member_plural(text: str, pack: _Pack, target: _Hit, gap: list[str]) -> bool:
    """One member after a ``singular_articles`` word right before a ``plural_copulas`` word ("People who say a dog has
    more dignity than *a Muslim are* vile"): the copula's subject is someone else, not the member."""
    plural = pack.classes.get("plural_copulas", frozenset())
    if not gap or gap[0] not in plural or target.antecedent is not None:
        return False
    previous = _tokens_before(text, target.start, pack.elisions)
    word = text[target.start : target.end].rsplit(" ", 1)[-1]
    if word.endswith("s") or word in pack.classes.get("plural_nouns", frozenset()):
        return False
    if not previous or previous[-1] not in pack.classes.get("singular_articles", frozenset()):
        return False
    # "we've been saying for years *that* Roma are …": after a verb of saying, a ``complementisers`` word opens a clause
    heard = _reporting(pack) | pack.classes.get(SPEECH, frozenset())
    complementiser = previous[-1] in pack.classes.get("complementisers", ())
    return not complementiser or not set(_clause_before(previous, pack, 7)) & heard


def _relative_clause(gap: list[str], pack: _Pack) -> int:
    """Where a relative clause that opens the gap ends at a copula or a ``clause_modals`` word ("every refugee *who
    lands here* is a freeloader", "women *who talk back* deserve a slap", « les Roms *qui traînent à la gare* sont
    … »): that word's index, 0 when there is none; a sentence end or a negation inside the clause keeps it out."""
    if not gap or gap[0] not in pack.classes.get(OWN_RELATIVES, frozenset()):
        return 0
    copulas = pack.classes.get(COPULAS, frozenset()) | pack.classes.get(CLAUSE_MODALS, frozenset())
    # "men *who hit* women are cowards": a clause of harm done to others names wrongdoers, not the group
    stops = pack.classes.get(NEGATIONS, frozenset()) | _SENTENCE_END | pack.classes.get("harms_done", frozenset())
    for index, token in enumerate(gap[1:_RELATIVE_REACH], 1):
        if token in stops:
            return 0
        if token in copulas:
            return index
    return 0


def _own_opinion(before: list[str], pack: _Pack, at_start: bool = False) -> frozenset[str]:
    """Reporting words of ``before`` (nearest first) that give the speaker's own view: an ``own_opinion`` word next to
    a ``speaker`` word (« je crois que les X sont … », « selon moi … »), or next to such a word in turn ("*if you ask*
    me, …"), where « tu crois que … » and "if you think …" still report. With ``at_start`` (the clause opens its
    sentence), an ``own_opinion`` word that reports nothing itself opening it stands for the speaker too ("*Just
    saying*, X …"), where "Saying X are … is nonsense" still reports."""
    words = pack.classes.get(OWN_OPINION)
    if not words:
        return frozenset()
    speaker = pack.classes.get(SPEAKER, frozenset())
    own: set[str] = set()
    linked: set[int] = {i for i, token in enumerate(before) if token in speaker}
    if at_start and before and before[-1] in words and before[-1] not in _reporting(pack):
        linked.add(len(before))  # the sentence's opening word, an opinion's own ("just"), links what follows it
    grown = True
    while grown:  # a chain of own_opinion words that reaches a speaker word
        grown = False
        for index, token in enumerate(before):
            if index not in linked and token in words and {index - 1, index + 1} & linked:
                linked.add(index)
                own.add(token)
                grown = True
    return frozenset(own)


def _reporting(pack: _Pack) -> frozenset[str]:
    """The words that report a pair as someone else's: the ``reported`` class and the forms of the verbs of saying."""
    return pack.classes.get(REPORTED, frozenset()) | pack.classes.get(SAID, frozenset())


def _said_by_others(text: str, pack: _Pack, predicate: _Hit, before: list[str], reach: tuple[list[str], int]) -> bool:
    """The pair is someone else's words: a speech cue before it that no question asking leave to say it takes back
    ("nobody should say that …", « pas à écrire que … »), a speaker named after it ("…, says the troll"), or a
    feeling questioned ("Why do people feel X are …")."""
    opening, last = reach
    if _said(before, pack) and not _leave_asked(text, pack, opening, last):
        return True
    if _judged_as_subject(text, pack, predicate, last):
        return True  # "Hating gay people is wrong": the feeling named and condemned
    return _attributed(text, pack, last) or _feeling_questioned(text, pack, predicate, before, last)


def _own_sayings(previous: list[str], pack: _Pack) -> frozenset[str]:
    """Verbs of saying of the pair's clause (``previous``: the words before it) that the speaker says: a
    ``saying_subjects`` word before the verb, only ``saying_links`` words between ("*I've always said* X are …", « *je
    l'ai dit* et *je le répète* : … », "*let's call* X what they are"), a question asking agreement ("*wouldn't you say*
    …?"), or a bare verb opening its sentence, an imperative ("*Say* what you want, X …"). What someone else says stays
    reported ("my dad always said …", "I heard him say …")."""
    said = pack.classes.get(SAID, frozenset())
    subjects = pack.classes.get(SAYING_SUBJECTS, frozenset())
    links = pack.classes.get(SAYING_LINKS, frozenset())
    before = _clause_before(previous, pack, 16)
    at_start = len(before) == len(previous) or previous[-len(before) - 1] in _SENTENCE_END
    own: set[str] = set()
    for index, token in enumerate(before):
        if token not in said:
            continue
        rest = index + 1
        while rest < len(before) and before[rest] in links:
            rest += 1
        subject = rest < len(before) and before[rest] in subjects
        opens = rest == index + 1 == len(before) and at_start
        commands = opens and token in pack.classes.get(SAID + "_bases", ())
        # "*Sharing this* because it's true: X are …": a saying that opens its sentence on its own object, the
        # speaker's act with the subject left out (not "*Tweeting that* X are … is harassment")
        commands = commands or (opens and index > 0 and before[index - 1] in pack.classes.get("own_objects", ()))
        if subject or commands or _asks_agreement(before[index + 1 : index + 3], pack):
            own.add(token)
    return frozenset(own)


_LEAVE_REACH = 6  # words between an infinitive of saying and the writer who may say it: « on a le droit de dire »


def _leave_to_say(before: list[str], pack: _Pack) -> frozenset[str]:
    """(session 16, A) Infinitives of saying (``said_infinitives``) of ``before`` (nearest first) whose subject is the
    writer, past words of permission or time ("can we *finally* say that X are …?", "are we *allowed to* say …", « on
    *a le droit de* dire que … ? », « est-ce qu'on *peut encore* dire que … »): the writer's own claim, asked leave for
    (the caller reads it in a question only). A finite verb ("he said", "people say", « on dit que »), someone else
    between ("they want *us* to say"), a negation, a refusal or a speech cue ("we can't say", "nobody should say", «
    il faut arrêter de dire ») leave it reported."""
    bases = pack.classes.get(SAID + "_infinitives", frozenset())
    if not bases or not set(before) & bases:
        return frozenset()
    classes = pack.classes
    subjects = classes.get("clause_subjects", frozenset())
    writer = subjects & (
        classes.get("vows", frozenset()) | classes.get(SPEAKER, frozenset()) | classes.get("first_persons", frozenset())
    )
    particles = classes.get(PREPOSITIONS, frozenset()) | classes.get(GENITIVES, frozenset())
    stops = classes.get(NEGATIONS, frozenset()) | classes.get("refusals", frozenset()) | _reporting(pack)
    stops |= classes.get(SPEECH_CUES, frozenset()) - particles
    stops |= bases
    index = next((i for i, token in enumerate(before) if token in bases or token in stops), len(before))
    if index == len(before) or before[index] not in bases:
        return frozenset()  # only the saying nearest the pair: "can we say that *nobody should say* X are …?" reports
    for word in before[index + 1 : index + 1 + _LEAVE_REACH]:
        if word in writer:
            return frozenset({before[index]})
        if word in subjects or word in stops or word in _SENTENCE_END:
            break
    return frozenset()


def _said_verbs(pack: _Pack) -> frozenset[str]:
    return pack.classes.get(SAID, frozenset())


def _sayings_not_reported(text: str, pack: _Pack, words: tuple[list[str], list[str]], last: int) -> frozenset[str]:
    """The verbs of saying before a pair that report nothing: the speaker's own (``_own_sayings``, or a question asking
    leave to say it: "Is it wrong to say X are …?"), endorsed (``_agreed``) or asking (``_asking``)."""
    opening, before = words
    sayings = _own_sayings(opening, pack) | _agreed(opening, pack, before) | _asking(before, pack)
    indignant = _sentence_opening(opening)[-1:] and _sentence_opening(opening)[-1] in pack.classes.get(
        "indignant_openers", frozenset()
    )  # (session 18, B) « *Comment* on peut encore dire que … ? » condemns the saying, it asks no leave
    if _asked(text, last) and not indignant:  # "can we finally say that …?", « on a le droit de dire que … ? » (A)
        sayings |= _leave_to_say(_clause_before(opening, pack, 16), pack)
    if _leave_asked(text, pack, opening, last):
        sayings |= frozenset(before) & _said_verbs(pack)
    return sayings


def _quotation_owned(text: str, pack: _Pack, bounds: tuple[int, int]) -> bool:
    """A quoted pair the speaker writes or takes as their own: a verb of saying or writing they are the subject of
    before the quotation ("*We sprayed* 'X out' on …"), or an endorsement closing the sentence after it ("'…' is just
    the *truth*", « Le tag « … » dit juste la *vérité* »)."""
    previous = _tokens_before(text, bounds[0], pack.elisions)
    return bool(_own_sayings(previous, pack)) or _endorsed(text, pack, bounds)


def _asks_agreement(subject: list[str], pack: _Pack) -> bool:
    """An ``asked`` word then a ``rhetorical`` one before a verb of saying (nearest first): "*wouldn't you* say X are
    …?" asks the reader to agree with the speaker's claim."""
    rhetorical = pack.classes.get(RHETORICAL, frozenset())
    return len(subject) == 2 and subject[0] in pack.classes.get(ASKED, frozenset()) and subject[1] in rhetorical


def _asking(before: list[str], pack: _Pack) -> frozenset[str]:
    """Verbs of saying of ``before`` (nearest first) followed by a ``wh_words`` word, at most one word between ("Can
    someone *explain why* we let X …", « m'*expliquer pourquoi* on garde ces X … »): they ask, they report nothing."""
    wh = pack.classes.get("wh_words", frozenset())
    said = pack.classes.get(SAID, frozenset())
    return frozenset(t for i, t in enumerate(before) if t in said and set(before[max(0, i - 2) : i]) & wh)


def _agreed(previous: list[str], pack: _Pack, before: list[str]) -> frozenset[str]:
    """With an ``agrees`` word earlier in the pair's clause, no negation in the three words before it ("I *agree* with
    whoever wrote that X …", « je suis *d'accord* avec celui qui a écrit que … »), the reporting words and relatives of
    ``before``: the speaker endorses the report ("I don't agree with people who say …" still reports)."""
    words = pack.classes.get(AGREES)
    if not words:
        return frozenset()
    clause = _clause_before(previous, pack, 20)[::-1]
    negations = pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(NEGATION_OPENERS, frozenset())
    for index, token in enumerate(clause):
        if token in words and not set(clause[max(0, index - 3) : index]) & negations:
            relatives = pack.classes.get(RELATIVES, frozenset())
            return frozenset(before) & (_reporting(pack) | pack.classes.get(SPEECH, frozenset()) | relatives)
    return frozenset()


def _as_said(text: str, pack: _Pack, bounds: tuple[int, int]) -> bool:
    """A clause of the pair's sentence opening with an ``as_said`` word and holding a reporting word, before the pair's
    own clause or after a comma closing the pair ("*Like Trump said*, X are …", "X are …, *like my grandfather always
    said*", « *Comme disait* mon grand-père, les X … »): the speaker takes the words as their own."""
    words = pack.classes.get(AS_SAID)
    if not words:
        return False
    first, last = bounds
    start = max((text.rfind(c, 0, first) for c in _SENTENCE_END), default=-1) + 1
    ends = [i for i in (text.find(c, last) for c in _SENTENCE_END) if i >= 0]
    clauses = re.split(r"[,:]", text[start:first])[:-1]
    after = text[last : min(ends, default=len(text))]
    if after.lstrip().startswith(","):
        clauses.append(after.lstrip()[1:].split(",")[0])
    for clause in clauses:
        found = tokens(clause, pack.elisions)
        if found and found[0] in words and len(found) <= 8 and set(found) & _reporting(pack):
            return True
    return False


def _endorsed(text: str, pack: _Pack, bounds: tuple[int, int]) -> bool:
    """An ``endorsements`` word later in the pair's sentence that closes its clause, no negation between
    ("Everyone says X are criminals and they're *right*.", "Comparing X to apes is *fair*", « … et c'est *vrai* »), a
    ``denied_faults`` word right after a negation closing it ("… and they're *not wrong*", « … ils n'ont *pas tort* »),
    the same closing the next sentence of up to four words ("My uncle says X are … *He's right.*"), or an ``as_said``
    clause (``_as_said``): the speaker takes the reported words as their own."""
    last = bounds[1]
    if _as_said(text, pack, bounds):
        return True
    if not pack.classes.get("endorsements"):
        return False
    ends = [i for i in (text.find(c, last) for c in _SENTENCE_END) if i >= 0]
    end = min(ends, default=len(text))
    if _endorsing(text[last:end], pack):
        return True
    if text[end + 1 : end + 60].lstrip(" .!?").startswith("#"):
        return False  # a tag after the sentence labels the post, it does not say the report is true ("… #truth")
    following = tokens(text[end + 1 : end + 60], pack.elisions)
    sentence = following[: next((i for i, t in enumerate(following) if t in _SENTENCE_END), len(following))]
    words = [t for t in sentence if not t.endswith("'")]  # (session 18, B) « Tant mieux, *c'en* est. »: four words
    return 0 < len(words) <= 4 and _endorsing(" ".join(sentence), pack)


def _endorsing(stretch: str, pack: _Pack) -> bool:
    """``stretch`` closes on an ``endorsements`` word with no negation before it (never a hashtag: "… #truth" labels
    the post, it does not take the report as the speaker's own), or on a ``denied_faults`` word right after a negation
    (``_endorsed``)."""
    words = pack.classes.get("endorsements", frozenset())
    faults = pack.classes.get("denied_faults", frozenset())
    negations = pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(NEGATION_OPENERS, frozenset())
    if _endorsing_phrase(stretch, pack, negations):
        return True
    for match in _WORD.finditer(stretch):
        closing = not stretch[match.end() :].strip(" ,!)\"'»")
        previous = tokens(stretch[: match.start()], pack.elisions)
        if closing and match.group(0) in faults and previous[-2:] and set(previous[-2:]) & negations:
            return True
        if any(t in negations for t in previous):
            return False
        if match.group(0) in words and closing and stretch[match.start() - 1 : match.start()] != "#":
            return not _condemned_before(previous, pack)
    return False


def _endorsing_phrase(stretch: str, pack: _Pack, negations: frozenset[str]) -> bool:
    """(session 18, B) ``stretch`` closes on an ``endorsing_phrases`` entry (its words joined by "_"), no negation
    before it: "… *that's exactly what they are*", "*Couldn't agree more*", "he was *right all along*", « c'est bien *ce
    qu'ils sont* », « Tant mieux, *c'en est* », « je suis *bien d'accord* »."""
    phrases = pack.classes.get("endorsing_phrases")
    if not phrases:
        return False
    found = tokens(stretch.replace("' ", "'"), pack.elisions)  # a sentence ``_endorsed`` joined: « d' accord »
    for size in range(1, min(len(found), _PHRASE_WORDS) + 1):
        if "_".join(found[-size:]) in phrases:
            return not set(found[:-size]) & negations
    return False


def _condemned_before(previous: list[str], pack: _Pack) -> bool:
    """A ``condemnations`` word judges the report before the endorsement, with no "but" after it: the endorsement
    agrees with the condemnation ("Saying X are inferior is nonsense *#truth*", « … est absurde #vérité »), while
    "… it's sad but *true*" still takes the report as the speaker's own."""
    condemnations = pack.classes.get("condemnations", frozenset())
    turns = [i for i, t in enumerate(previous) if t in ("but", "mais")]
    return any(t in condemnations for t in previous[turns[-1] + 1 if turns else 0 :])


def _none_of(pack: _Pack, before: list[str], requires: str | None) -> bool:
    """The word right before the group (``before``, nearest first) is a ``negating_determiners`` word ("*no* woman
    should be …") that the predicate does not ask for itself (a ``requires`` class holding it: "no woman has
    ever …"); a ``none_counts`` word between them counts them ("I hope *no more* refugees drown")."""
    if len(before) > 1 and before[0] in pack.classes.get("none_counts", frozenset()):
        before = before[1:]
    if not before or before[0] not in pack.classes.get(NONE_OF, frozenset()):
        return False
    return requires is None or before[0] not in pack.classes.get(requires, frozenset())


def _group_after(text: str, pack: _Pack, predicate: _Hit, target: _Hit) -> bool:
    """The word right before the group belongs to the predicate's ``group_after`` class (« un *bon* Arabe »), or the
    word before an article there ("he's *a* Muslim")."""
    wanted = pack.classes.get(predicate.entry.group_after or "", frozenset())
    previous = _tokens_before(text, (target.antecedent or target).start, pack.elisions)[-2:]
    if previous and previous[-1] in wanted:
        return True
    articles = pack.classes.get(ARTICLES, frozenset())
    return len(previous) == 2 and previous[-1] in articles and previous[0] in wanted


def _undone(text: str, pack: _Pack, last: int, words: str, reach: int | None = 4) -> bool:
    """A word of class ``words`` among the ``reach`` words after the pair (all the rest with None), before its
    sentence ends ("beat the Muslims at *chess*", "crush the Mexicans in the *final*")."""
    wanted = pack.classes.get(words, frozenset())
    for token in tokens(text[last : last + (80 if reach is not None else 240)], pack.elisions)[:reach]:
        if token in _SENTENCE_END:
            return False
        if token in wanted:
            return True
    return False


def _modified(text: str, pack: _Pack, end: int, words: str) -> bool:
    """(B, session 53) Whether the word right after ``end`` (a predicate's end) is of class ``words``, or a word of
    class ``<words>_links`` and then one of ``words``: a modifier its noun of people heads ("not people *without*
    morals", "not people *with no* …", « pas des citoyens *de seconde* zone »). A comma or a sentence's end in between
    leaves the noun alone ("not people, *without* a doubt")."""
    wanted = pack.classes.get(words, frozenset())
    links = pack.classes.get(f"{words}_links", frozenset())
    following = _CLAUSE_TOKEN.findall(text, end, end + 60)[:2]
    if not following or not following[0][0].isalnum():
        return False
    if following[0] in wanted:
        return True
    return following[0] in links and len(following) > 1 and following[1] in wanted


def _privative_before(text: str, pack: _Pack, start: int) -> bool:
    """(B, session 53) Whether the word right before ``start`` (a praise that requires a negation) is a ``privatives``
    word ("without", « sans »): the praise is lacked, and a negation before denies the lack (« ne sont pas des gens
    *sans* morale », "not *without* honour"), a double negation that praises."""
    before = _CLAUSE_TOKEN.findall(text, max(0, start - 30), start)
    return bool(before) and before[-1] in pack.classes.get("privatives", frozenset())


def _needed_end(text: str, pack: _Pack, last: int, words: str) -> int:
    """(session 52, I) Where the first word of class ``words`` among the four after ``last`` ends (what a precaution
    guards: "… I've started locking *my bike*"), in its sentence; ``last`` when none stands there."""
    wanted = pack.classes.get(words, frozenset())
    for index, match in enumerate(_TOKEN.finditer(text, last)):
        token = match.group(0)
        if index >= 4 or token in _SENTENCE_END:
            break
        elided = _ELISION.match(token) if pack.elisions else None
        if token in wanted or (elided is not None and elided.group(2) in wanted):
            return match.end()
    return last


def _match_day(text: str, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """(session 29, H) A nation's team beaten on a match day: a ``match_verbs`` verb (beat, crush, « écraser ») of a
    call or vow undone by contests, or of the writer's open act, whose group is a
    ``teams`` word (a nation that fields a team: "Brazilians", « Marocains »; not a faith, an origin at large or
    migrants), with a ``match_days`` word in its sentence (a day of the week, "tonight", « ce soir ») or a ball or cup
    emoji, and no ``match_spoilers`` or ``weapons`` word there (blood, killing, fire, "all"): "we're gonna beat the
    Brazilians on Sunday", « les Marocains, on va les battre dimanche » read as sport, while "… on Sunday till they
    bleed", « … dimanche avec des battes » keep their threat."""
    teams = pack.classes.get("teams", frozenset())
    group = target.antecedent or target
    if not teams or not set(tokens(text[group.start : group.end], pack.elisions)) & teams:
        return False
    if not set(tokens(text[predicate.start : predicate.end], pack.elisions)) & pack.classes.get(
        "match_verbs", frozenset()
    ):
        return False
    first, last = min(group.start, predicate.start), max(group.end, predicate.end, target.end)
    sentence = _act_sentence(text, first, last, _LINE_OR_SENTENCE_END)
    words = set(tokens(sentence, pack.elisions))
    spoilers = pack.classes.get("match_spoilers", frozenset()) | pack.classes.get(WEAPONS, frozenset())
    if words & spoilers:
        return False
    cues = pack.classes.get("match_days", frozenset()) | pack.classes.get("contests", frozenset())
    return bool(words & cues) or any(c in sentence for c in "\u26bd\U0001f3c9\U0001f3c6")


def _blow_follows(text: str, pack: _Pack, last: int) -> bool:
    """(session 14) A blow after the pair, in its sentence: a ``weapons`` word among its first four words, then a
    ``blow_preps`` word among the three after it, then a ``struck_parts`` word among the three after that ("gets a
    *crowbar* *across* the *skull*", "a *bullet* *between* the *eyes*", « une *balle* *entre* les deux *yeux* », « un
    coup de *pied* *dans* les *dents* »): an open construction over a class of weapons and blows and a class of parts of
    the body (and windows), so that no list need hold each phrase; a gift or a care ("a warm blanket across the
    shoulders", "a pat on the back") names no weapon."""
    weapons = pack.classes.get(WEAPONS, frozenset())
    preps = pack.classes.get(BLOW_PREPS, frozenset())
    parts = pack.classes.get(STRUCK_PARTS, frozenset())
    words: list[str] = []
    for token in tokens(text[last : last + 160], pack.elisions)[:12]:
        if token in _SENTENCE_END:
            break
        words.append(token)
    for at in (i for i, w in enumerate(words[:4]) if w in weapons):
        for by in (j for j in range(at + 1, min(at + 4, len(words))) if words[j] in preps):
            if any(w in parts for w in words[by + 1 : by + 4]):
                return True
    return False


def _through(gap: list[str], pack: _Pack, free: list[int], links: str) -> bool:
    """(session 14) Between a call and the group after it, a place the group is purged from: at most three free words,
    all before a word of class ``links`` among the gap's first five ("rid *the country of* X", « nettoyer *la France
    de* ses X », « vider *les quartiers de* ces X »); the words after it are fillers (determiners, quantifiers)."""
    wanted = pack.classes.get(links, frozenset())
    link = next((i for i, t in enumerate(gap[:5]) if t in wanted), None)
    return link is not None and link > 0 and len(free) <= 3 and all(i < link for i in free)


def _occupied(text: str, pack: _Pack, last: int) -> bool:
    """(session 14) The rest of the pair's sentence says the place burns or holds its people: a ``fire_acts`` word
    ("… and *light* it up", « … et y foutre le *feu* »), or an ``occupants`` word with an ``insides`` word among the
    three after it ("with *everyone* *inside*", "while *they* *sleep*", « avec tout le *monde* à l'*intérieur* »); a
    place locked with things in it ("the laptops stay inside") or lit with fairy lights names neither."""
    fire = pack.classes.get(FIRE_ACTS, frozenset())
    occupants = pack.classes.get(OCCUPANTS, frozenset())
    insides = pack.classes.get(INSIDES, frozenset())
    words: list[str] = []
    for token in tokens(text[last : last + 200], pack.elisions)[:16]:
        if token in _SENTENCE_END:
            break
        words.append(token)
    if any(w in fire for w in words):
        return True
    return any(w in occupants and any(v in insides for v in words[i + 1 : i + 4]) for i, w in enumerate(words))


# (session 15, T) an open act of harm (``act``): word classes of the writer's part, read by ``_act_pair``
ACT_SUBJECTS = "act_subjects"  # "*i'm* gonna stomp …", « *je* vais les défoncer »: the writer as the act's subject
ACT_OPENERS = "act_openers"  # "*gonna* torch that mosque": a clause opening with it has the writer as its subject
ACT_POSSESSIVES = "act_possessives"  # "with *my* bat", « avec *ma* batte »: a weapon the writer holds
ACT_OBJECTS = "act_objects"  # "stomp *them*", « je *les* défoncerai »: the act's object standing for the group
ACT_LINKS = "act_links"  # "stab *the first* X", « fumer *tous les* X »: what may stand between an act and its group
ACT_UNDONE = "act_undone"  # "my gun to the *range*", « le fusil à *champagne* »: the act or the weapon is no harm
ACT_FUTURES = "act_futures"  # "*gonna* get jumped", "*will* get battered": a harm foretold
ACT_MEMBERS = "act_members"  # "*any* X who … is getting stomped": one member a harm is promised to
ACT_DOOMS = "act_dooms"  # "… is getting stomped *tonight*", "…, *no joke*": the harm promised, not reported
ACT_AGENTS = "act_agents"  # "… got jumped *by* trolls": an agent named, a report of harm
ACT_GENERICS = "act_generics"  # « *on* … »: a subject of vows only with an intent or a future (``_act_agrees``)
ACT_INTENTS = "act_intents"  # « on *va* … », « on *veut* … »
ACT_TIMES = "act_times"  # « *ce soir* on monte … »: a time to come that makes the generic « on »'s present a vow
ACT_PASTS = "act_pasts"  # « *hier* soir on … »: a time past, where the present tells
ACT_PLURALS = "act_plurals"  # « *nous* allons … »: a subject that is one only before a verb of its person
ACT_NEGATIONS = "act_negations"  # « je *ne* frapperais … »: what denies the act besides ``negations``
ACT_PURPOSES = "act_purposes"  # "my knife *to* carve …": what opens a weapon's purpose
ACT_SELF_ARTICLES = "act_self_articles"  # (session 31, T) "I am *a* … woman with a gun": the writer is the group
ACT_USES = "act_uses"  # (session 31, T) "petrol *for* the generator": what opens the thing a weapon serves
ACT_USE_LINKS = "act_use_links"  # "petrol for *the* generator": a determiner, the thing served named after it
ACT_FIRES = "act_fires"  # "… will *burn* …, i've got the petrol": a fire-starter held to burn people, not a place only
_ACT_REACH = 16  # words of an act's clause before it where the writer may stand as its subject
_WEAPON_REACH = 10  # words of a weapon's clause before it where the writer may stand as its holder
_UNDERGONE_REACH = 16  # words between a group and the harm its member is about to undergo


def _act_pair(text: str, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """(session 15) An open act of harm and a group (``act``), over word classes rather than listed phrases: a verb
    of violence the writer does to the group (``_act_writer``), a weapon or a fire-starter the writer holds with the
    group or its place in its sentence or the one before (``_act_weapon``), or harm a member of the group is about to
    undergo (``_act_undergone``). Only a group named in the draft pairs, not a pronoun or a clause the grammar
    builds."""
    if target.start >= target.end or target.antecedent is not None:
        return False
    if target.member or target.shown or target.subject or target.elliptic or target.nominal or target.verdict:
        return False
    kind = predicate.entry.act
    if kind in ("weapon", "fire"):
        return _act_weapon(text, pack, target, predicate)
    if kind == "undergone":
        return _act_undergone(text, pack, target, predicate)
    if _match_day(text, pack, target, predicate):
        return False  # « on va écraser les Brésiliens dimanche »: a nation's team beaten in a match
    if _denounced_act(text, pack, target, predicate):
        return False  # (F, session 45) « C'est honteux qu'on enferme les X dans des cages »: the act denounced
    return _act_writer(text, pack, target, predicate)


def _act_clause(text: str, pack: _Pack, start: int) -> list[str]:
    """The words of the clause before ``start`` (after its last comma or sentence end), elisions split."""
    words: list[str] = []
    for token in _CLAUSE_WORD.findall(text[max(0, start - 240) : start]):
        if token in _CLAUSE_ENDS:
            words = []
        else:
            words += tokens(token, pack.elisions)
    return words


def _act_subject(clause: list[str], pack: _Pack, verb: str, holders: frozenset[str] = frozenset()) -> bool:
    """The writer is the subject (or, with ``holders``, the owner) of what follows ``clause``: an ``act_subjects``
    word in it, or an ``act_openers`` word opening it ("gonna torch …"), and no negation in it (« *Jamais* je ne
    frapperais … », "i would *never* …": ``negations`` and ``act_negations``, the French « ne »)."""
    wanted = pack.classes.get(ACT_SUBJECTS, frozenset()) | holders
    found = (i for i in range(len(clause) - 1, -1, -1) if clause[i] in wanted and _act_agrees(clause, i, pack, verb))
    at = next(found, None)
    if at is None and clause and clause[0] in pack.classes.get(ACT_OPENERS, frozenset()):
        at = 0
    return at is not None and not set(clause) & _act_negations(pack)


_ACT_TENSES = ("rai", "ra", "rons", "ront", "rais", "rait", "raient")  # « on les *brûlera* »: future, conditional


def _act_agrees(clause: list[str], at: int, pack: _Pack, verb: str) -> bool:
    """French « nous » is the subject only before a verb of its person (« nous *allons* lyncher »), not an object («
    ils veulent nous massacrer »); the generic « on » vows only with an ``act_intents`` word after it, a verb in the
    future or the conditional (« on *va* les brûler », « on les brûlera ») or an ``act_times`` word in its clause and no
    ``act_pasts`` word (« *ce soir* on monte … avec des battes »), where the present reports (« On tue les femmes en
    Iran »)."""
    word = clause[at]
    if word in pack.classes.get(ACT_PLURALS, frozenset()):
        return at + 1 < len(clause) and clause[at + 1].endswith("ons")
    if word in pack.classes.get(ACT_GENERICS, frozenset()):
        intents = pack.classes.get(ACT_INTENTS, frozenset())
        if set(clause[at + 1 :]) & intents or verb.split(" ")[0].endswith(_ACT_TENSES):
            return True
        # (session 29, H) a time to come in the clause makes the present a vow (« *ce soir* on monte au camp … avec
        # des battes », « on passe *cette nuit* … »), unless a time past stands there too (« *hier* soir on … »)
        said = set(clause)
        return bool(said & pack.classes.get(ACT_TIMES, frozenset())) and not said & pack.classes.get(
            ACT_PASTS, frozenset()
        )
    return True


def _act_negations(pack: _Pack) -> frozenset[str]:
    return pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(ACT_NEGATIONS, frozenset())


def _act_denied(text: str, pack: _Pack, act: _Hit) -> bool:
    """A negation in the two words after the act (« je ne frapperais *pas* … », "i'd stab *no* one")."""
    return bool(set(tokens(text[act.end : act.end + 40], pack.elisions)[:2]) & _act_negations(pack))


def _act_sentence(text: str, start: int, end: int, marks: frozenset[str] = _SENTENCE_END) -> str:
    """The sentence around ``start``-``end`` (its ends, ``marks``, excluded)."""
    lo = max((text.rfind(c, 0, start) for c in marks), default=-1) + 1
    ends = [i for i in (text.find(c, end) for c in marks) if i >= 0]
    return text[lo : min(ends, default=len(text))]


def _act_undone(text: str, pack: _Pack, span: tuple[int, int], act: _Hit) -> bool:
    """An ``act_undone`` word in the sentence of ``span``, outside the act's own words ("a *baseball* bat"), says the
    act or the weapon is no harm ("my gun to the *range*", "the lighter for the *candles*", « le fusil à *champagne*
    »)."""
    undone = pack.classes.get(ACT_UNDONE, frozenset())
    blank = text[: act.start] + " " * (act.end - act.start) + text[act.end :]
    return bool(set(tokens(_act_sentence(blank, *span), pack.elisions)) & undone)


def _act_writer(text: str, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """A verb of violence whose subject is the writer and whose object is the group: the group right after it past
    ``act_links`` words only ("i'm stabbing *the first* X", « je vais fumer *tous les* X »), or named before, in its
    sentence or the one before, and taken up by an ``act_objects`` word right after the verb or, French, a clitic
    right before it ("… those X … i'm going to beat *them* bloody", « les X … et *les* tabasser »; "it" for a place,
    also between the verb and its particle: "the X shop on Main St, burn *it* down")."""
    clause = _act_clause(text, pack, predicate.start)
    verb = text[predicate.start : predicate.end]
    commanded = _act_commanded(text, pack, (target, predicate), clause)
    if not (commanded or _act_subject(clause[-_ACT_REACH:], pack, verb)) or _act_denied(text, pack, predicate):
        return False
    if target.end <= predicate.start:
        if len(_SENTENCE_ENDS.findall(text, target.end, predicate.start)) > 1:
            return False
        objects = pack.classes.get(ACT_OBJECTS, frozenset())
        after = tokens(text[predicate.end : predicate.end + 40], pack.elisions)[:1]
        inside = tokens(verb, pack.elisions)[1:-1]  # (G, session 52) "burn *it* down": the pronoun inside the act
        taken = [w for w in after + clause[-1:] + inside if w in objects and (w != "it" or target.entry.only_with)]
        if not taken:
            return False
    else:
        gap = tokens(text[predicate.end : target.start], pack.elisions)
        links = pack.classes.get(ACT_LINKS, frozenset())
        if len(gap) > 3 or not set(gap) <= links or _act_qualifies(text, pack, target):
            return False
    return not _act_undone(text, pack, (predicate.start, predicate.end), predicate)


def _act_commanded(text: str, pack: _Pack, pair: tuple[_Hit, _Hit], clause: list[str]) -> bool:
    """(G, session 52) English: the act as a command to the reader, its bare verb opening the clause after the group's
    (a comma between: "The X shop on Main St, *burn it down* tonight"), not asked; its object must still take the group
    up (``_act_writer``)."""
    target, predicate = pair
    if pack.elisions or clause or target.end > predicate.start or _asked(text, predicate.end):
        return False
    if text[target.end : predicate.start].strip() != ",":
        return False
    return text[predicate.start : predicate.end].split(" ")[0] == predicate.entry.term.split(" ")[0]


_ACT_FUNCTION_CLASSES: tuple[str, ...] = (PREPOSITIONS, RELATIVES, SUBJECT_RELATIVES, GENITIVES, ARTICLES, NEGATIONS)
_ACT_FUNCTION_CLASSES += (FIRST_PERSONS, ACT_SUBJECTS, ACT_LINKS, "particles", "fillers", "possessives", "determiners")


def _act_function_words(pack: _Pack) -> frozenset[str]:
    """The function words of the language's classes (prepositions, articles, relatives, subjects …)."""
    return frozenset().union(*(pack.classes.get(name, frozenset()) for name in _ACT_FUNCTION_CLASSES))


def _act_qualifies(text: str, pack: _Pack, target: _Hit) -> bool:
    """A group word in the singular (no plural "-s", "-x") or a place that qualifies a noun right after it, which is
    the act's object ("shooting a Muslim *wedding*", "the Jewish community centre's *ad*"): a word that is no function
    word and no noun of people; a plural noun of the group ("mexicans", « les roms ») is the object itself."""
    written = text[target.start : target.end]
    if written.endswith(("s", "x")) or target.entry.only_with:
        return False
    following = _CLAUSE_WORD.match(text, len(text) - len(text[target.end :].lstrip()))
    if following is None or following.group(0) in _CLAUSE_ENDS:
        return False
    word = following.group(0)
    return word not in _act_function_words(pack) and not _people(word, pack)


_HOLDER_REACH = 2  # (session 20, Q) words before a weapon where a possessive may stand: "*my* dad's rifle"


def _act_weapon(text: str, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """A weapon or a fire-starter the writer holds (an ``act_subjects`` or ``act_possessives`` word among the
    ``_WEAPON_REACH`` words of its clause before it: "i'm bringing the *machete*", "with *my* bat", « je sors le
    *fusil* », « c'est moi qui aurai le *briquet* ») and a group or its place in its sentence or the one before ("the
    gay bar … will be ashes by sunday, i've got the *gas can* ready"); not a weapon for a sport, a hunt or a party."""
    holders = pack.classes.get(ACT_POSSESSIVES, frozenset())
    clause = _act_clause(text, pack, predicate.start)[-_WEAPON_REACH:]
    # (session 20, Q, for T) a possessive holds the weapon only right before it ("with *my* bat", "*my* dad's rifle",
    # « *ma* batte »): « *Mon* voisin s'est fait menacer au couteau » reports a harm the writer's neighbour suffered
    owned = bool(set(clause[-_HOLDER_REACH:]) & holders) and not set(clause) & _act_negations(pack)
    if not (owned or _act_subject(clause, pack, "")) or _act_denied(text, pack, predicate):
        return False
    if _writer_group(text, pack, target) or _act_self(text, pack, target):
        return False  # (session 31, T) "I am a woman with a gun": the group names the writer, who aims at no one
    if target.end <= predicate.start:
        if len(_SENTENCE_ENDS.findall(text, target.end, predicate.start)) > 1:
            return False
    elif _SENTENCE_ENDS.search(text, predicate.end, target.start):
        return False
    first, last = min(target.start, predicate.start), max(target.end, predicate.end)
    if (
        _act_purpose(text, pack, predicate)
        or _act_qualifies(text, pack, target)
        or _act_use(text, pack, predicate, target)
    ):
        return False  # "my knife *to carve* the turkey", "my gun … the Muslim *wedding*": its use, another object
    if predicate.entry.act == "fire":  # a lighter near a group or its place: a fire said too ("… will *burn* …")
        fires = pack.classes.get(ACT_FIRES, frozenset())
        near = text[max(0, first - 120) : last + 120]
        # (session 30, T) a fire drawn counts as one said: "… bringing petrol this time 🔥"
        if not set(tokens(near, pack.elisions)) & fires and not any(f in near for f in fires if not f.isalnum()):
            return False
    return not _act_undone(text, pack, (first, last), predicate)


def _act_purpose(text: str, pack: _Pack, weapon: _Hit) -> bool:
    """A clause of purpose right after a weapon (an ``act_purposes`` word, then a word of no class: "my knife *to
    carve* …", « la batte *pour jouer* … ») names what it is for; a harm so named is the writer's act itself."""
    after = tokens(text[weapon.end : weapon.end + 60], pack.elisions)[:2]
    purposes = pack.classes.get(ACT_PURPOSES, frozenset())
    return len(after) == 2 and after[0] in purposes and after[1] not in _act_function_words(pack)


_SELF_REACH = 3  # words between the writer's article and the group ("I am a *good strong Black* woman with a gun")


def _act_self(text: str, pack: _Pack, target: _Hit) -> bool:
    """(session 31, T) The group is what the writer says they are, a ``self_copulas`` word and an
    ``act_self_articles`` word before it in its clause, up to ``_SELF_REACH`` words between ("I am a good woman with
    a gun", « je suis une femme noire avec un couteau »): a weapon so held is the writer's, aimed at no one."""
    copulas = pack.classes.get(SELF_COPULAS, frozenset())
    articles = pack.classes.get(ACT_SELF_ARTICLES, frozenset())
    if not copulas or not articles:
        return False
    before = _self_tokens(text, max(0, target.start - 80), target.start, pack.elisions)
    for k in range(1, min(len(before), _SELF_REACH + 2)):
        word = before[-k]
        if not word[:1].isalnum():
            return False  # a comma or a sentence end: another clause
        if word in articles:
            return k + 1 <= len(before) and before[-k - 1] in copulas
    return False


def _act_use(text: str, pack: _Pack, weapon: _Hit, target: _Hit) -> bool:
    """(session 31, T) The thing a weapon or a fire-starter serves, named right after it before the group: an
    ``act_uses`` word, an ``act_use_links`` determiner and a word of no class ("petrol *for the generator* to the
    refugee centre", « de l'essence *pour le groupe* électrogène au foyer »); not the group itself ("petrol for *the*
    refugees") nor a bare time ("petrol for tonight")."""
    uses = pack.classes.get(ACT_USES, frozenset())
    if not uses:
        return False
    end = target.start if target.start >= weapon.end else weapon.end + 60
    after = tokens(text[weapon.end : end], pack.elisions)[:3]
    links = pack.classes.get(ACT_USE_LINKS, frozenset())
    return len(after) == 3 and after[0] in uses and after[1] in links and after[2] not in _act_function_words(pack)


def _act_undergone(text: str, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """Harm the group's member is about to undergo, the group before in its sentence ("X … *are gonna get* shanked",
    « les X … *vont se faire* lyncher »): a bare "get" after an ``act_futures`` word; "gets" or "getting" said of one
    member (an ``act_members`` word before the group or a relative after it: "*any* X *who* …") or with an
    ``act_dooms`` word in the sentence ("… tonight", "no joke"); never with an agent after it ("got jumped *by* …")."""
    if predicate.start < target.end:
        return False
    gap = tokens(text[target.end : predicate.start], pack.elisions)
    if len(gap) > _UNDERGONE_REACH or set(gap) & (_SENTENCE_END | pack.classes.get(NEGATIONS, frozenset())):
        return False
    after = tokens(text[predicate.end : predicate.end + 40], pack.elisions)[:1]
    if set(after) & pack.classes.get(ACT_AGENTS, frozenset()):
        return False
    first = tokens(text[predicate.start : predicate.end], pack.elisions)[0]
    if first == "get":
        return bool(gap) and gap[-1] in pack.classes.get(ACT_FUTURES, frozenset())
    if first not in ("gets", "getting"):
        return True
    before = _tokens_before(text, target.start, pack.elisions)[-2:]
    sentence = set(tokens(_act_sentence(text, target.start, predicate.end), pack.elisions))
    return bool(
        set(before) & pack.classes.get(ACT_MEMBERS, frozenset())
        or (gap and gap[0] in pack.classes.get(SUBJECT_RELATIVES, frozenset()))
        or sentence & pack.classes.get(ACT_DOOMS, frozenset())
    )


def _possessed_place(word: str, pack: _Pack, target: _Hit) -> bool:
    """A possessive right before a target only threats may aim at (``only_with``), a place said to be the group's:
    « saccager *votre* bar gay », « brûler *ta* mosquée »."""
    return bool(target.entry.only_with) and word in pack.classes.get(POSSESSIVE_ARTICLES, frozenset())


def _deed_then_group(text: str, pack: _Pack, predicate: _Hit, target: _Hit) -> bool:
    """For an entry with ``free`` and ``group_after`` before its group: a deed, a comma, then the group closing its
    sentence ("Of course he stole it, he's a Muslim."), or, for an entry that requires a ``consequence_cues`` word,
    the group in a clause it opens after the deed (« les vols ont explosé *depuis que* les X … »); any other pair
    passes."""
    entry = predicate.entry
    if not (entry.free and entry.group_after is not None and predicate.end <= target.start):
        return True
    joins = pack.classes.get(CONSEQUENCE_CUES, frozenset())
    consequence = entry.requires == CONSEQUENCE_CUES or entry.shown  # a shown consequence: "… the minute the X …"
    if consequence and entry.shown and _undergone(text, pack, target):
        return False  # « le quartier s'est dégradé depuis que les X ont été expulsés »: what was done to the group
    if consequence and set(tokens(text[predicate.end : target.start], pack.elisions)) & joins:
        return True  # the group's own clause of time after the deed
    after = _TOKEN.search(text, target.end)
    return "," in text[predicate.end : target.start] and (after is None or after.group(0) in _SENTENCE_END)


def _denial_undone(
    text: str, pack: _Pack, asked: tuple[_Hit, str | None], gap: list[str], previous: list[str], end: int
) -> bool:
    """A denial the predicate asks for (``asked``: the predicate and its required class), itself denied ("women are
    *not less* intelligent") or asked for by a why question ("Why aren't gay couples allowed to adopt?"); or any cue
    it asks for undone by a harm before it (``_cue_undone``: "She was *fired* … just because she's trans")."""
    predicate, requires = asked
    if requires == NEGATIONS and (_double_negation(gap, pack) or _negation_cut(gap, pack, previous)):
        return True
    if requires is not None and _cue_undone(previous, pack, requires):
        return True
    return predicate.entry.why_asks and _why_question(text, pack, previous, end)


def _opinion_denied(previous: list[str], pack: _Pack) -> bool:
    """An ``opinion_links`` word opens the pair's clause after a negated ``neg_raisers`` verb of opinion (« je *ne pense
    pas* du tout *que* les X soient … », « je ne crois vraiment pas qu'ils … »): the speaker denies what the clause
    says, however far the negation stands. (session 17, B) Also a verb of opinion or saying (``opinions``, ``said``,
    ``speech``) right before the pair, no link written ("*Never have I said* X are …", "I don't for one moment *think* X
    are …"), and a negation before the verb past ``denial_passes`` words, its subject, auxiliary and emphasis ("I've
    *never once thought* that …", "*None of us believe* …", « je *n'ai jamais une seule seconde pensé* que … »).
    (session 18, B) And a ``grounds`` word (a noun or verb of evidence) after a negation or a ``grounds_denials`` word,
    only ``grounds_passes`` words between: "There's *no evidence* that X …", "*not a shred of proof* that", « *Rien ne
    prouve* que les X … », « *aucune étude ne montre* que … » (not "No, the data shows that …"). (F, session 41) A
    ``belief_refusals`` verb counts as the verb and as its negation: "I *refuse to accept* that X are …", "I *reject*
    the idea that …", « je *refuse de croire* que les X … ». (B, session 52) A ``truths`` word (a clause said true or
    the case) counts as the verb: "It's *not true* that X can't …", "It *isn't the case* that …" (English: French
    reads « ce n'est pas vrai que … » already)."""
    links = pack.classes.get(OPINION_LINKS, frozenset())
    raisers = pack.classes.get(NEG_RAISERS, frozenset())
    if not raisers:
        return False
    before = _clause_before(previous, pack, _REPORTED_WINDOW + 6)
    skipped = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
    opening = 0
    while opening < len(before) and before[opening] in skipped:
        opening += 1  # "I don't think *the* Roma are …"
    at = next((i for i, token in enumerate(before) if token in links), None) if links else None
    verbs = raisers | pack.classes.get("opinions", frozenset()) | pack.classes.get(SAID, frozenset())
    verbs |= pack.classes.get(SPEECH, frozenset()) | pack.classes.get("grounds", frozenset())
    refusals = pack.classes.get("belief_refusals", frozenset())  # (F, session 41) "I *refuse* to accept that …"
    verbs |= refusals
    verbs |= pack.classes.get("truths", frozenset())  # (B, session 52) "It's *not true* that …"
    if at is None:  # no link: the verb right before the pair ("Never have I *said* X are …")
        if opening >= len(before) or before[opening] not in verbs:
            return False
        at, verb = opening - 1, 0
    else:
        found = next((i for i, token in enumerate(before[at + 1 : at + 5]) if token in verbs), None)
        if found is None:
            return False
        verb = found
    rest = before[at + 1 :]
    negations = pack.classes.get(NEGATIONS, frozenset()) | refusals
    if any(token in negations for token in rest[max(0, verb - 3) : verb + 3]):
        return True
    grounds = pack.classes.get("grounds", frozenset())
    if rest[verb] in grounds:  # (session 18, B) "*no evidence* that …", « *rien ne prouve* que … »
        denials = negations | pack.classes.get("grounds_denials", frozenset())
        passes = grounds | pack.classes.get("grounds_passes", frozenset())
        for token in rest[verb + 1 : verb + 5]:
            if token in denials:
                return True
            if token not in passes:
                break
    passes = pack.classes.get("denial_passes", frozenset())
    for token in rest[verb + 1 : verb + 1 + _DENIAL_REACH]:  # from the verb back to its negation
        if token in negations or token in pack.classes.get("negative_subjects", frozenset()):
            return True
        if token not in passes:
            return False
    return False


_PHRASE_WORDS = 4  # the most words of a ``denial_phrases`` entry


def _denial_phrase(gap: list[str], pack: _Pack) -> set[str]:
    """(session 17, B) A ``denial_phrases`` entry in the gap, its words joined by "_" ("in_no_way", "far_from", «
    en_rien », « loin_d' »): the pair denied as a negation denies it ("Immigrants are *in no way* criminals", « Les
    femmes ne sont *en rien* inférieures »), and a praise that asks for a negation denied ("X are *far from* clever").
    Returns a word of the ``negations`` class to put in the pair's reach, or nothing."""
    phrases = pack.classes.get("denial_phrases")
    if not phrases or not gap:
        return set()
    for size in range(1, _PHRASE_WORDS + 1):
        if any("_".join(gap[i : i + size]) in phrases for i in range(len(gap) - size + 1)):
            return set(sorted(pack.classes.get(NEGATIONS, frozenset()))[:1])
    return set()


def _opinion_act(previous: list[str], pack: _Pack) -> bool:
    """(session 17, B) The pair's sentence opens with an ``opinion_acts`` word, a verb of opinion named as an act
    ("*Thinking* X are …", « *Penser* que les X … »), perhaps after an ``opinion_act_frames`` word ("*Imagine* thinking
    X are greedy in 2026"), then only an ``opinion_links`` word and determiners before the group: the opinion is held up
    to be judged, someone else's, as "saying X are …" is."""
    acts = pack.classes.get("opinion_acts")
    if not acts:
        return False
    words = _sentence_opening(previous)[::-1]
    frames = pack.classes.get("opinion_act_frames", frozenset())
    while words and words[0] in frames:
        words = words[1:]
    if not words or words[0] not in acts:
        return False
    passed = pack.classes.get(OPINION_LINKS, frozenset()) | pack.classes.get(ARTICLES, frozenset())
    passed |= pack.classes.get("determiners", frozenset())
    return all(word in passed for word in words[1:])


def _treated(previous: list[str], pack: _Pack) -> bool:
    """(session 18, B) The group is the object of a ``treatments`` verb, only determiners between ("they *treat*
    immigrants like animals", "caging *the* migrants like cattle", « on *parque les* migrants comme du bétail »): what
    follows the group says how others treat it, the writer reports it. Not an imperative (the verb opens its clause:
    "Treat them like the animals they are"), a wish (a ``treatment_wishes`` word opens it: « Qu'on les parque … ») or a
    call (a ``treatment_calls`` word among the four words before the verb: "we *should* cage …", « il *faut* parquer …
    »), which are the writer's own; an endorsement after it still makes the report the writer's (``_endorsed``)."""
    verbs = pack.classes.get("treatments")
    if not verbs:
        return False
    skipped = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
    index = len(previous) - 1
    while index >= 0 and previous[index] in skipped:
        index -= 1
    if index < 0 or previous[index] not in verbs:
        return False
    clause = _clause_before(previous[:index], pack, 12)  # nearest first
    if not clause or clause[-1] in pack.classes.get("treatment_wishes", frozenset()):
        return False
    return not set(clause[:4]) & pack.classes.get("treatment_calls", frozenset())


def _closing_mark(text: str, last: int) -> str:
    """The mark that ends the sentence holding ``last`` ("?", "!", "." …; "" at the draft's end)."""
    found = _SENTENCE_ENDS.search(text, last)
    return found.group(0)[:1] if found is not None else ""


def _lamented(text: str, pack: _Pack, pair: tuple[_Hit, _Hit], last: int) -> bool:
    """(session 18, B) A question counting the group's dead: the group right after a ``lament_counts`` phrase opening
    its sentence (words joined by "_", a ``none_counts`` word may follow: "*How many more* Black men have to die
    …?", « *Combien de* migrants devront encore mourir ? »), the predicate after it ending on a ``lament_fates`` word (a
    death or a suffering): a lament for victims, not a wish. "How many immigrants should be deported?" is none."""
    target, predicate = pair
    phrases = pack.classes.get("lament_counts")
    if not phrases or target.end > predicate.start or not _asked(text, last):
        return False
    words = tokens(text[predicate.start : predicate.end], pack.elisions)
    if not words or words[-1] not in pack.classes.get("lament_fates", frozenset()):
        return False
    opening = _sentence_opening(_opening_tokens(text, target.start, pack.elisions))[::-1]
    if opening[-1:] and opening[-1] in pack.classes.get("none_counts", frozenset()):
        opening = opening[:-1]
    return "_".join(opening) in phrases


_FRAME_WORDS = 6  # the most words of an ``indignant_frames`` entry


def _indignant(text: str, pack: _Pack, pair: tuple[_Hit, _Hit], last: int) -> bool:
    """(session 18, B) An act done to the group (the predicate before it, no required cue of a question of admission
    or worth) in a question or an exclamation whose sentence opens with an ``indignant_frames`` phrase (words joined by
    "_": "*Does nobody care that* they …?", "*How is it ok* to …?", « *On trouve normal* qu'on crache sur des X ? », «
    *Ça ne dérange personne* que … ??? »): the writer denounces how the group is treated."""
    target, predicate = pair
    frames = pack.classes.get("indignant_frames")
    if not frames or predicate.end > target.start or _closing_mark(text, last) not in ("?", "!"):
        return False
    if predicate.entry.requires in pack.classes.get("admission_cues", frozenset()):
        return False  # "Does nobody care that *we let* X in?": a question of admission, the group's coming deplored
    opening = _sentence_opening(_opening_tokens(text, predicate.start, pack.elisions))[::-1]
    return any("_".join(opening[:size]) in frames for size in range(1, min(len(opening), _FRAME_WORDS) + 1))


_STEREOTYPE_LINKS = 3  # (F, session 45) the most words between a stereotype noun and the pair it names


def _stereotype_named(previous: list[str], pack: _Pack) -> bool:
    """(F, session 45) The pair is the complement of a ``stereotype_nouns`` word right before it, a ``genitives``
    word between, with at most an article or an adjective more (« *le cliché du* « Rom voleur » », « *l'image des*
    Flamands « travailleurs » », "*the old cartoon of the* lazy Mexican", "*the myth of* the welfare-scrounging
    migrant"): the writer names a stereotype to discuss it, not to say it; an endorsement after the pair ("… *is
    true*", « … *c'est vrai* », ``_endorsed``) still makes it theirs."""
    nouns = pack.classes.get("stereotype_nouns")
    if not nouns:
        return False
    genitives = pack.classes.get(GENITIVES, frozenset())
    skipped = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset()) | genitives
    near = previous[-(_STEREOTYPE_LINKS + 1) :][::-1]  # nearest first
    linked = False
    for word in near:
        if word in nouns:
            return linked
        if word in genitives:
            linked = True
        elif word not in skipped:
            return False
    return False


def _own_crowd(text: str, pack: _Pack, pair: tuple[_Hit, _Hit], targets: list[_Hit]) -> bool:
    """(F, session 45) A place said to be full of the group by an ``own_crowds`` word (the predicate's first word:
    "crawling with", "swarming with", « grouille de ») when the writer has named themself one of that group before
    it in the draft (``_writer_group``: "*I am a* Muslim and the mosque is crawling with Muslims on Eid", « *Je suis*
    musulmane, et la mosquée grouille de musulmans pendant l'Aïd »): the writer describes their own community's
    gathering, not a swarm of others. Another group named after the claim ("I'm a Muslim and the estate is crawling
    with Somalis") or a word of infestation ("infested with") still pairs."""
    target, predicate = pair
    crowds = pack.classes.get("own_crowds", frozenset())
    words = tokens(text[predicate.start : predicate.end], pack.elisions)[:1]
    if not crowds or not words or words[0] not in crowds or target.antecedent is not None:
        return False
    return any(
        other.end <= target.start
        and other.antecedent is None
        and other.entry.term == target.entry.term
        and _writer_group(text, pack, other)
        for other in targets
    )


def _denounced_act(text: str, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """(F, session 45) An open act done to the group (the act before it) in a sentence the writer opens by denouncing
    it: an ``indignant_frames`` phrase in a question or an exclamation (``_indignant``: « *Comment peut-on* accepter
    qu'on parque les X … ? »), or a ``shame_frames`` phrase, a judgement that needs no closing mark (« *C'est
    honteux* qu'on enferme les X dans des cages », "*It's disgraceful that* they cage X …"); not with a negation
    between the frame and the act ("It's a disgrace nobody has … the X yet" regrets the act is not done)."""
    if predicate.end > target.start:
        return False
    if _indignant(text, pack, (target, predicate), max(target.end, predicate.end)):
        return True
    frames = pack.classes.get("shame_frames")
    if not frames:
        return False
    opening = _sentence_opening(_opening_tokens(text, predicate.start, pack.elisions))[::-1]
    for size in range(1, min(len(opening), _FRAME_WORDS) + 1):
        if "_".join(opening[:size]) in frames:
            return not set(opening[size:]) & pack.classes.get(NEGATIONS, frozenset())
    return False


def _treatment_undergone(text: str, pack: _Pack, target: _Hit, predicate: _Hit, gap: list[str]) -> bool:
    """(F, session 45) The group before the predicate undergoes what it names: an ``undergone_auxiliaries`` word (a
    form of "be", or an ``undergone_perfects`` word then one: "have *been*", « ont *été* ») opens the gap, and the
    first word after it, past ``undergone_fillers`` words, is a participle of a ``treatments`` verb or an
    ``undergone_constraints`` word, in the gap or opening the predicate, and the pair a likeness (an
    ``undergone_similes`` word in the gap or the predicate; not « les X sont logés *à nos frais* »): "Refugees *are
    forced to* live like animals", "X *are kept* like cattle", « les X *sont parqués* comme du bétail », « *sont
    obligés de* vivre comme des bêtes »: how others treat the group, the writer reports or deplores it; the simile
    is not said of the group. Not with a
    ``treatment_calls`` word in the gap, in the four words before the group or after the predicate in its sentence
    ("X *should* be kept like animals", "… as they *deserve*", « … comme ils le *méritent* »), which make it a wish."""
    classes = pack.classes
    auxiliaries = classes.get("undergone_auxiliaries", frozenset())
    if not auxiliaries or not gap:
        return False
    said = tokens(text[predicate.start : predicate.end], pack.elisions)
    words = gap + said[:2]
    index = 1 if words[0] in auxiliaries else 0
    if not index and (words[0] not in classes.get("undergone_perfects", frozenset()) or words[1:2] == []):
        return False
    if not index:
        if words[1] not in auxiliaries:
            return False
        index = 2
    fillers = classes.get("undergone_fillers", frozenset())
    while index < len(words) and words[index] in fillers | auxiliaries:
        index += 1
    if index >= len(words):
        return False
    word = words[index]
    treated = word in classes.get("treatments", frozenset()) and (
        pack.elisions or not (word in classes.get("treatments_bases", frozenset()) or word.endswith(("ing", "s")))
    )
    if not (treated or word in classes.get("undergone_constraints", frozenset())):
        return False
    if not set(gap + said) & classes.get("undergone_similes", frozenset()):
        return False  # « les X sont logés *à nos frais* »: what the group costs, no likeness it undergoes
    calls = classes.get("treatment_calls", frozenset())
    before = _clause_before(_tokens_before(text, target.start, pack.elisions), pack, 4)
    ends = [i for i in (text.find(c, predicate.end) for c in _SENTENCE_END) if i >= 0]
    after = tokens(text[predicate.end : min(ends, default=len(text))], pack.elisions)
    return not (set(gap) | set(before) | set(after)) & calls


def _named_by_others(text: str, pack: _Pack, group: _Hit, pronoun: int) -> bool:
    """(session 18, B) The group right after a ``naming`` word that opens its sentence (articles and determiners may
    stand between: "*Calling* Black players monkeys from the stands?"), and the pronoun in a later sentence: the
    sentence names an act of others, and "them" after it stands for those who do it ("… Ban them for life")."""
    naming = pack.classes.get(NAMING)
    if not naming or not _SENTENCE_ENDS.search(text, group.end, pronoun):
        return False
    skipped = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
    before = _sentence_opening(_opening_tokens(text, group.start, pack.elisions))
    while before and before[0] in skipped:
        before = before[1:]
    return len(before) == 1 and before[0] in naming


def _others_meant(
    text: str, pack: _Pack, words: frozenset[str], pair: tuple[_Hit, re.Match[str]], groups: list[_Hit]
) -> bool:
    """The pronoun stands for others than its group: the namers after a sentence naming the group or a mention of it in
    others' words (session 18, B: ``_named_by_others``; session 22, T: ``_named_relay``), or a subject whose object
    pronoun of its own person is the group, no rival noun before them for that object (``_binds_other``)."""
    group, pronoun = pair
    end = pronoun.start()
    if _named_by_others(text, pack, group, end) or _named_relay(text, pack, words, (group, end)):
        return True
    return _binds_other(text, pack, pronoun) and not _rival_between(text, pack, pair, groups)


_BINDING_REACH = 3  # words after a subject pronoun where an object pronoun of its person makes it someone else


def _binds_other(text: str, pack: _Pack, pronoun: re.Match[str]) -> bool:
    """(session 22, T) A ``subject_pronouns`` word with an ``others_objects`` word of its own person in the next words
    of its clause ("*They* treat *them* like animals at that centre", "they'll never let *them* in"; not "they're all
    *of* them", the subject itself): a pronoun object of the same person is
    not its subject, so the two stand for different people: with no other plural noun between the group and them that
    the object may take up ("… keep your *kids* away, they groom them"), the group is the object's, the victim, and
    the subject someone unnamed ("they" who run the centre)."""
    objects = pack.classes.get(OTHERS_OBJECTS)
    if not objects or pronoun.group(0) not in pack.classes.get(SUBJECT_PRONOUNS, frozenset()):
        return False
    after = _CLAUSE_WORD.findall(text, pronoun.end(), pronoun.end() + 60)[:_BINDING_REACH]
    cut = next((i for i, t in enumerate(after) if not t[0].isalnum()), len(after))
    genitives = pack.classes.get(GENITIVES, frozenset())  # "they're all *of them* …": the subject itself
    return any(t in objects and p not in genitives for p, t in pairwise(["", *after[:cut]]))


def _named_relay(text: str, pack: _Pack, words: frozenset[str], span: tuple[_Hit, int]) -> bool:
    """(session 22, T) ``_named_by_others`` for a pronoun or a phrase of people that stands for the group between it and
    the pronoun at ``span[1]`` ("Black players again on the pitch. *Calling them* monkeys? Ban them for life."): the
    sentence that names them names an act of others, and the later pronoun stands for those who do it."""
    group, end = span
    if not pack.classes.get(NAMING):
        return False
    mentions = [m for m in _pronoun_words(text, group.end, end) if m.group(0) in words]
    pattern = pack.phrases
    mentions += list(pattern.finditer(text, group.end, end)) if pattern is not None else []
    return any(_named_by_others(text, pack, _Hit(m.start(), m.end(), group.entry), end) for m in mentions)


def _compared_less(text: str, pack: _Pack, last: int) -> bool:
    """(session 17, B) A ``lesser_degrees`` word right after the pair (one word may stand before it), then a
    ``comparers`` word: a comparison that finds the group below the others in what the predicate says ("Immigrants
    live on benefits *less often than* natives", « les immigrés touchent le RSA *moins souvent que* … »)."""
    lesser = pack.classes.get("lesser_degrees")
    if not lesser:
        return False
    after = tokens(text[last : last + 60], pack.elisions)[:5]
    at = next((i for i, word in enumerate(after[:2]) if word in lesser), None)
    comparers = pack.classes.get("comparers", frozenset())
    return at is not None and any(word in comparers for word in after[at + 1 : at + 4])


_PORTRAIT_REACH = 16  # words of the pair's sentence after the group read as its list of qualities


def _portrait(text: str, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """(session 17, B) A mild trait (``portrait_traits``: "loud", "stubborn", « bavards ») said of the group as one item
    of a list of qualities (a ``portrait_marks`` word or a comma beside it) that also holds praise (a praise the lists
    deny, ``requires: negations``, or a ``portrait_praise`` word: "generous", "adorable", « adorables »), no negation
    in that list: a portrait drawn with affection ("My Nigerian in-laws are loud, generous and always feeding me", «
    Les vieux du club : patients, bavards et adorables »), not a judgement. A grave word is never such a trait ("X are
    friendly, charming and thieves"), nor is praise denied ("X are loud and never kind")."""
    traits = pack.classes.get("portrait_traits")
    if not traits or target.end > predicate.start or text[predicate.start : predicate.end] not in traits:
        return False
    stop = next((i for i in range(predicate.end, len(text)) if text[i] in _SENTENCE_END), len(text))
    words = _self_tokens(text, target.end, stop, pack.elisions)[:_PORTRAIT_REACH]
    marks = pack.classes.get("portrait_marks", frozenset()) | {","}
    trait = text[predicate.start : predicate.end]
    at = next((i for i, word in enumerate(words) if word == trait), None)
    if at is None or not (set(words[max(0, at - 3) : at]) & marks or (at + 1 < len(words) and words[at + 1] in marks)):
        return False  # a list mark just before the trait ("and *a bit* loud") or right after it
    negations = pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(NEGATION_OPENERS, frozenset())
    if set(words) & negations:
        return False
    praise = pack.classes.get("portrait_praise", frozenset())
    return any(word != trait and (word in praise or _praise_word(word, pack)) for word in words)


def _listed(words: list[str], pack: _Pack) -> bool:
    """(session 17, B) Words between a copula and a predicate that are a list of qualities: one-word qualities
    (``_quality``) and ``portrait_marks`` words, one other word at most, a quality first and a mark last
    ("funny, athletic *and*", « sympathiques, charmants *et* »), not « soumises à des règles »."""
    marks = pack.classes.get("portrait_marks", frozenset())
    if len(words) < 2 or not _quality(words[0], pack) or words[-1] not in marks:
        return False
    return sum(not (word in marks or _quality(word, pack)) for word in words) <= 1


def _quality(word: str, pack: _Pack) -> bool:
    """(session 17, B) A one-word quality a list may hold before its last item: a ``portrait_praise`` or
    ``portrait_traits`` word, or a one-word predicate of the lists ("funny", "kind", "loud", « drôles »)."""
    listed = pack.classes.get("portrait_praise", frozenset()) | pack.classes.get("portrait_traits", frozenset())
    if word in listed:
        return True
    found = pack.automaton.get(word, None) if len(pack.automaton) else None
    return found is not None and found[1] is not None and found[1].side == "predicate"


def _praise_word(word: str, pack: _Pack) -> bool:
    """A one-word praise of the lists, one a negation must deny to judge a group ("kind", « généreux »)."""
    found = pack.automaton.get(word, None) if len(pack.automaton) else None
    return found is not None and found[1] is not None and found[1].requires == NEGATIONS


_DENIAL_REACH = 6  # words from a verb of opinion back to the negation that denies it ("never *for one single* second")


def _neg_raised(previous: list[str], pack: _Pack) -> bool:
    """The words before the pair (``previous``, in order) end with a ``first_persons`` word, a negation and a
    ``neg_raisers`` verb of opinion: "*I don't think* X are smart" denies the praise itself, where "I don't *say* …"
    reports; so does a denied opinion whose clause holds the pair (« je ne pense pas que les X soient … »,
    ``_opinion_denied``)."""
    raisers = pack.classes.get(NEG_RAISERS)
    before = _clause_before(previous, pack, 3)
    if not raisers or len(before) < 3:
        return _opinion_denied(previous, pack)
    return _opinion_denied(previous, pack) or (
        before[0] in raisers
        and before[1] in pack.classes.get(NEGATIONS, frozenset())
        and before[2] in pack.classes.get(FIRST_PERSONS, frozenset())
    )


def _partitive(text: str, pack: _Pack, target: _Hit) -> bool:
    """The group after a ``partitives`` word and "of" (an article between them and the group allowed): "every *one
    of* those X", "*each of* these X" — one of the group at a time, a singular subject ("none of" still negates)."""
    partitives = pack.classes.get(PARTITIVES)
    if not partitives:
        return False
    before = tokens(text[max(0, target.start - 40) : target.start], pack.elisions)[-4:]
    articles = pack.classes.get(ARTICLES, frozenset())
    while before and before[-1] in articles:
        before.pop()
    return len(before) >= 2 and before[-1] == "of" and before[-2] in partitives


def _undergoes(text: str, pack: _Pack, target: _Hit) -> bool:
    """A passive right after the group: a ``passive_auxiliaries`` word then a participle (an "-ed"/"-en" word or a
    ``participles`` word): "I'm tired of women *being paid* less", "I hate refugees *getting beaten*"."""
    auxiliaries = pack.classes.get(PASSIVE_AUXILIARIES)
    if not auxiliaries:
        return False
    words = tokens(text[target.end : target.end + 40], pack.elisions)[:2]
    if len(words) < 2 or words[0] not in auxiliaries:
        return False
    return words[1].endswith(("ed", "en")) or words[1] in pack.classes.get(PARTICIPLES, frozenset())


def _negation_cut(gap: list[str], pack: _Pack, previous: list[str]) -> bool:
    """The gap's last negation does not reach the predicate: a ``restrictors`` word right after it ("Muslims are not
    *only* kind", "not *always* polite"; before the group: "*not all* men are clean") or a ``contrasts`` word after
    it ("immigrants are not rich *but* they are kind")."""
    negations = pack.classes.get(NEGATIONS, frozenset())
    last = max((i for i, token in enumerate(gap) if token in negations), default=None)
    if last is None:
        return previous[-2:-1] != [] and previous[-2] in negations and previous[-1] in pack.classes.get(RESTRICTORS, ())
    if last + 1 < len(gap) and gap[last + 1] in pack.classes.get(RESTRICTORS, frozenset()):
        return True
    return bool(set(gap[last + 1 :]) & pack.classes.get(CONTRASTS, frozenset()))


def _double_negation(gap: list[str], pack: _Pack) -> bool:
    """Two negations in a row in the gap ("women are *not less* intelligent"), or a ``negating_determiners`` word
    before one ("women are *no less* intelligent", session 17, B): the denial is itself denied. (F, session 41) And a
    negation right before an ``excess_degrees`` word with more of the gap after it: the negation bears on the excess,
    not on the praise the predicate asks it for ("Women are *not too* emotional to lead", « les femmes ne sont *pas
    trop* émotives pour diriger »: they can lead)."""
    negations = pack.classes.get(NEGATIONS, frozenset())
    first = negations | pack.classes.get(NONE_OF, frozenset())
    excess = pack.classes.get("excess_degrees", frozenset())
    return any(
        a in first and (b in negations or (b in excess and i + 2 < len(gap))) for i, (a, b) in enumerate(pairwise(gap))
    )


def _why_question(text: str, pack: _Pack, previous: list[str], end: int) -> bool:
    """The pair's sentence ends with "?" and opens with a ``why`` word ("*Why* aren't gay couples allowed to …?")."""
    if not _asked(text, end):
        return False
    opening = _sentence_opening(previous)
    return bool(opening) and opening[-1] in pack.classes.get("why", frozenset())


def _sentence_opening(previous: list[str]) -> list[str]:
    """The tokens of ``previous`` since the last sentence end, nearest first (the sentence's first word is last)."""
    opening: list[str] = []
    for token in reversed(previous):
        if token in _SENTENCE_END:
            break
        opening.append(token)
    return opening


_ASKER_REACH = 8  # (session 18, B) words from a feeling back to "who" asking who brought others to it


def _feeling_questioned(text: str, pack: _Pack, predicate: _Hit, before: list[str], last: int) -> bool:
    """A verb of feeling (``feelings``) that the draft questions rather than feels: asked of others after a ``why``
    word ("Why do *people* hate X?", "I'll never understand why *anyone* hates X": an ``others`` word between), or a
    ``reasons`` word before "to" denied before it or by the answer after ("There is *no* reason to hate X", "Name
    one reason to hate X. There is *none*.": a ``reason_denials`` word); "Why do I hate X?", "Another reason to hate X"
    still assert."""
    feelings = pack.classes.get("feelings")
    words = tokens(text[predicate.start : predicate.end], pack.elisions)
    if not feelings or not words or words[0] not in feelings:
        return False
    head = before[:5]
    why = next((i for i, token in enumerate(head) if token in pack.classes.get("why", frozenset())), None)
    if why is not None and set(head[:why]) & pack.classes.get("others", frozenset()):
        return True
    # (session 18, B) "*Who* raised *these people* to hate X?", « *Qui* a appris à *ces gens* à détester les X ? »
    askers = pack.classes.get("askers", frozenset())
    sentence = _sentence_opening(_opening_tokens(text, predicate.start, pack.elisions))[:_ASKER_REACH]
    asker = next((i for i, token in enumerate(sentence) if token in askers), None)
    if asker is not None and set(sentence[:asker]) & pack.classes.get("others", frozenset()):
        return True
    if why is not None and _doubted(text, pack, head[:why], last):
        return True  # "Why would I hate X?", « Pourquoi détester les X ? »
    denials = pack.classes.get("reason_denials", frozenset())
    if head[:1] != ["to"] or head[1:2] == [] or head[1] not in pack.classes.get("reasons", frozenset()):
        return False
    if set(before[2:6]) & denials:
        return True
    after = tokens(text[last : last + 160], pack.elisions)
    end = next((i for i, token in enumerate(after) if token in _SENTENCE_END), None)
    return end is not None and bool(set(after[end + 1 : end + 7]) & denials)


def _said(before: list[str], pack: _Pack) -> bool:
    """A verb of saying in the words before a pair (nearest first), itself just after a ``speech_cues`` word
    ("nobody should say that …", "it's wrong to say …", « on n'a pas à écrire que … ») but not "I say …", nor a
    question asking agreement (an ``asked`` word between a ``rhetorical`` cue and the verb: "don't you think X are
    …?"), nor an exclamation (an ``exclamations`` word after the verb: "I can't believe how stupid X are")."""
    speech = pack.classes.get(SPEECH, frozenset())
    cues = pack.classes.get(SPEECH_CUES, frozenset())
    asked = pack.classes.get(ASKED, frozenset())
    exclaims = pack.classes.get(EXCLAMATIONS, frozenset())
    rhetorical = pack.classes.get(RHETORICAL, frozenset()) & cues
    for i, token in enumerate(before):
        if token not in speech or (i and before[i - 1] in exclaims):
            continue
        if before[i + 1 : i + 2] and before[i + 1] in asked and before[i + 2 : i + 3] and before[i + 2] in rhetorical:
            continue  # "don't you think …?", not "how dare you say …"
        if any(c in cues for c in before[i + 1 : i + 4]):
            return True
    return False


def _agreement_sought(text: str, pack: _Pack, previous: list[str], before: list[str], end: int) -> frozenset[str]:
    """Relatives and verbs of opinion of ``before`` (nearest first) right after an ``agreement`` word, in a question or
    after a first person (``vows``): the speaker's own view put to the reader ("Am I the *only one who thinks* X are
    …?", "Who *else thinks* …?", "I can't be the only one who …"), not someone else's ("Anyone else who thinks X are …
    can unfollow me")."""
    words = pack.classes.get(AGREEMENT)
    index = next((i for i, token in enumerate(before[:5]) if token in (words or ())), 0)
    if not index:
        return frozenset()
    relatives = pack.classes.get(RELATIVES, frozenset())
    opinion = relatives | _reporting(pack) | pack.classes.get(SPEECH, frozenset())
    if not all(token in opinion | pack.classes.get(PARTITIVES, frozenset()) for token in before[:index]):
        return frozenset()
    asked = _asked(text, end)
    sentence = _sentence_opening(previous)
    if not asked and not set(sentence[index + 1 :]) & pack.classes.get("vows", frozenset()):
        return frozenset()
    own = set(before[:index])
    if before[index + 1 : index + 2] and before[index + 1] in relatives:
        own.add(before[index + 1])  # "*Who* else thinks …?"
    return frozenset(own)


def _leave_asked(text: str, pack: _Pack, previous: list[str], end: int) -> bool:
    """A question opening with a ``leave_asked`` word asks leave to say the pair ("*Is* it wrong to say X are …?", "*Am*
    I a bigot for thinking …?"): the speaker's own claim, not a report ("Isn't it wrong to say …?" still reports)."""
    words = pack.classes.get(LEAVE_ASKED)
    if not words or not _asked(text, end):
        return False
    opening = _sentence_opening(previous)
    return bool(opening) and opening[-1] in words


def _doubted(text: str, pack: _Pack, asked: list[str], last: int) -> bool:
    """A feeling that a question opening with a ``why`` word doubts: nothing between them ("Why hate X?", « Pourquoi
    détester les X ? ») or a ``doubting_modals`` word and no negation ("Why *would* I hate X?", "Why should we ever
    despise X?"), the sentence ending with "?"; "Why do I hate X?", "Why wouldn't I hate X?" still assert."""
    modals = pack.classes.get("doubting_modals")
    if not modals or not _asked(text, last):
        return False
    if set(asked) & (pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(NEGATION_OPENERS, frozenset())):
        return False
    return not asked or bool(set(asked) & modals)


def _judged_as_subject(text: str, pack: _Pack, predicate: _Hit, last: int) -> bool:
    """A feeling named as the subject of a judgement that condemns it: a ``verbal_subjects`` word opening its sentence,
    the group, then a ``subject_copulas`` word ("*Hating* gay people *is* wrong", « *Détester* les juifs, *c'*est du
    racisme »); a ``condemnations`` word not denied, or a denial of anything else, condemns it ("… is *not* something
    I was raised to do", "… *isn't* normal", « …, ce *n'*est *pas* moi »), where a judgement without either, or a
    condemnation denied, endorses it ("Hating X is natural", "… is not wrong", « …, c'est normal »)."""
    words = tokens(text[predicate.start : predicate.end], pack.elisions)
    if not words or words[0] not in pack.classes.get("verbal_subjects", frozenset()):
        return False
    previous = _tokens_before(text, predicate.start, pack.elisions)
    if previous and previous[-1] not in _SENTENCE_END:
        return False  # the feeling opens its sentence
    after = tokens(text[last : last + 160], pack.elisions)
    after = after[: next((i for i, token in enumerate(after) if token in _SENTENCE_END), len(after))]
    if after[:1] and after[0] in pack.classes.get(PEOPLE, frozenset()):
        after = after[1:]  # "Hating Roma *people* is …": the rest of the group's name
    if not after or after[0] not in pack.classes.get("subject_copulas", frozenset()):
        return False
    negations = pack.classes.get(NEGATIONS, frozenset()) | pack.classes.get(NEGATION_OPENERS, frozenset())
    denied = bool(set(after) & negations)
    if set(after) & pack.classes.get("condemnations", frozenset()):
        return not denied
    return denied


def _subject_denied(text: str, pack: _Pack, first: int) -> list[str]:
    """A ``negative_subjects`` word (or a negation and a ``subject_heads`` word: "no one") opening the pair's
    sentence, then a phrase of place, kind or acquaintance (its first word a ``subject_tails`` word) and no comma nor
    other subject before the pair ("*Nobody* in this family despises X", "*No one* I know hates X", "*Nobody* in my
    town would ever hate X"; not "Nobody knows I hate X", nor a report: "Nobody here thinks X are …"): the subject
    denies the pair's verb however far it stands. Returns a word of the ``negations`` class to put in the pair's
    reach, or nothing."""
    words = pack.classes.get("negative_subjects")
    negations = sorted(pack.classes.get(NEGATIONS, frozenset()))
    if not words or not negations:
        return []
    start = max((text.rfind(c, 0, first) for c in _SENTENCE_END), default=-1) + 1
    found = tokens(text[start:first], pack.elisions)
    if "," in text[start:first] or not 1 < len(found) <= _SUBJECT_REACH:
        return []
    openers = pack.classes.get(NONE_OF, frozenset()) | pack.classes.get(NEGATIONS, frozenset())
    head = 2 if found[0] in openers and found[1] in pack.classes.get("subject_heads", frozenset()) else 1
    if (head == 1 and found[0] not in words) or len(found) <= head:
        return []
    tails = pack.classes.get("subject_tails", frozenset())
    subjects = pack.classes.get("clause_subjects", frozenset()) | pack.classes.get(CLAUSE_JOINS, frozenset())
    if found[head] not in tails or set(found[head + 1 :]) & subjects:
        return []
    if set(found) & (_reporting(pack) | pack.classes.get(SPEECH, frozenset())):
        return []  # "Nobody in this house thinks X are …": reported speech, counter-speech already
    return negations[:1]


def _prenominal(text: str, pack: _Pack, target: _Hit) -> bool:
    """(session 15, W) A group word of the ``prenominal`` class (« vieux », an adjective set before its noun) right
    before a word that is no ``prenominal_after`` word (a verb, a pronoun, a relative that may follow the group): the
    noun it qualifies (« les vieux *vinyles* », « brûlez vos vieux *papiers* »)."""
    if target.entry.term not in pack.classes.get("prenominal", frozenset()) or text[target.end : target.end + 1] != " ":
        return False
    following = _WORD.match(text, target.end + 1)
    after = pack.classes.get("prenominal_after", frozenset())
    return following is not None and following.group(0) not in after


def _asked(text: str, last: int, reach: int = 80) -> bool:
    """The sentence that goes on at ``last`` ends with a question mark (within ``reach`` characters)."""
    return next((c for c in text[last : last + reach] if c in _SENTENCE_END), "") == "?"


def _closed_at(text: str, last: int) -> bool:
    """The sentence that goes on at ``last`` ends with a mark ("." "!" "?" ";"), not with the draft."""
    return any(c in _SENTENCE_END for c in text[last:])


def _rhetorical(text: str, pack: _Pack, previous: list[str], gap: list[str], end: int) -> bool:
    """A negative question that asserts: its sentence ends with "?" and opens with a ``rhetorical`` word ("*Aren't*
    immigrants just parasites?"), or, in French, one stands in the gap after the verb (« ne sont-*ils* pas … ? »); a
    ``rhetorical_copulas`` word opening it asks with no "?" written, unless a mark closes it ("aren't X just …")."""
    words = pack.classes.get(RHETORICAL)
    if not words:
        return False
    opening = _sentence_opening(previous)
    first = opening[-1] if opening else ""
    # "aren't X just parasites" with no question mark: a copula opening its sentence asks all the same (no imperative
    # reads so, where "Don't trust X." commands), unless a full stop or "!" closes the sentence
    unmarked = first in pack.classes.get(RHETORICAL_COPULAS, frozenset()) and not _closed_at(text, end)
    if not (unmarked or _asked(text, end)):
        return False
    verbs = pack.classes.get(RHETORICAL_VERBS, frozenset())  # « vous trouvez pas que … ? »
    return first in words or (pack.elisions and any(t in words for t in gap)) or any(t in verbs for t in opening)


def _attributed(text: str, pack: _Pack, end: int) -> bool:
    """A comma after the pair, then a ``reported_after`` word among the next two ("Gay people are vermin, says the
    troll", « …, a écrit le troll »): the words are someone else's."""
    words = pack.classes.get(REPORTED_AFTER)
    if not words or not text[end : end + 3].lstrip(" ").startswith(","):
        return False
    after = tokens(text[end : end + 40], pack.elisions)
    if after[:1] and after[0] in pack.classes.get("attribution_links", frozenset()):
        after = after[1:]  # (session 18, B) « …, *qu'*ils disaient »: the spoken form of « disaient-ils »
    return any(t in words for t in after[:2])


def _with_noun(text: str, pack: _Pack, hit: _Hit) -> list[_Hit]:
    """A group adjective and the noun of people it qualifies ("Jewish bankers", « les médecins musulmans »), as one
    group; the adjective alone stays a group only where it is a listed form ("Muslim", not "jewish")."""
    out = [] if hit.entry.modifier else [hit]
    if pack.adjectives_follow:
        match = _LAST_WORD.search(text, max(0, hit.start - 40), hit.start)
        if match is not None and _people(match.group(1), pack):
            out.append(_Hit(match.start(1), hit.end, replace(hit.entry, modifier=False, preceded_by=None)))
        return out
    after = _WORD.match(text, hit.end + 1) if text[hit.end : hit.end + 1] == " " else None
    if after is not None and _people(after.group(0), pack):
        out.append(_Hit(hit.start, after.end(), replace(hit.entry, modifier=False, preceded_by=None)))
    elif set(_tokens_before(text, hit.start, pack.elisions)[-1:]) & pack.classes.get("individuals", frozenset()):
        # (session 12, E) the adjective said of one person ("… because *she's trans*", "he's Jewish"): one member
        out.append(_Hit(hit.start, hit.end, replace(hit.entry, modifier=False, preceded_by=None)))
    return out


def _modifier(word: str, entry: Entry, pack: _Pack) -> bool:
    """A group adjective: a written one, or a misspelling of one (« les personnes *trns* », its entry's term an
    adjective), which names the group with a noun of people as the adjective does."""
    return word in pack.modifiers or (word not in pack.terms and fold_term(entry.term) in pack.modifiers)


def _people(word: str, pack: _Pack) -> bool:
    """A noun of people: listed, or with a people ending ("bankers", « médecins » is listed) and not a thing."""
    if word in pack.classes.get(PEOPLE, frozenset()):
        return True
    if word in pack.classes.get(NOT_PEOPLE, frozenset()):
        return False
    return any(word.endswith(s) and len(word) >= len(s) + 3 for s in pack.people_suffixes)


def _institution_named(folded: Folded, pack: _Pack, hit: _Hit) -> bool:
    """(F, session 39) A group's adjective that names a people's state or a faith's body with a noun of
    ``institutions`` (or of ``named_institutions`` written with a capital: "the Catholic *Church*", « l'*Église*
    orthodoxe », not the building of "burn down the Nigerian church"): the word right after it in English, right
    before it where ``adjectives_follow``, or that noun grown into the hit as its noun of people: "the Chinese
    government lies", "the Burmese junta are murderers", "Nigerian police are thieves in uniform", « le gouvernement
    chinois ment », « l'armée israélienne bombarde … ». What is said of the body is said of no people for who they
    are, so the adjective is no group there; the group itself stays one ("the Chinese are liars", "Nigerians are
    scammers", « les Algériens sont des voleurs »)."""
    text = folded.text
    words = [_unelided(m) for m in _WORD.finditer(text, hit.start, hit.end)]
    if pack.adjectives_follow:
        offset = max(0, hit.start - 40)
        before = [_unelided(m, offset) for m in _WORD.finditer(text[offset : hit.start])][-1:]
        near = [(a, b) for a, b in before if not text[b : hit.start].strip()]  # « l'armée israélienne »
        spans = words[:1] + near
    else:
        after = _WORD.match(text, hit.end + 1) if text[hit.end : hit.end + 1] == " " else None
        spans = words[-1:] + ([(after.start(), after.end())] if after else [])
    bodies = pack.classes.get(INSTITUTIONS, frozenset())
    named = pack.classes.get(NAMED_INSTITUTIONS, frozenset())
    return any(text[a:b] in bodies or (text[a:b] in named and _capitalised(folded, a, b)) for a, b in spans)


def _unelided(match: re.Match[str], offset: int = 0) -> tuple[int, int]:
    """A word's span without the elided article or pronoun glued before it (« l'armée » -> « armée »)."""
    word = match.group(0)
    cut = word.find("'") + 1 if 0 < word.find("'") <= 2 else 0
    return offset + match.start() + cut, offset + match.end()


def _with_then(text: str, pack: _Pack, hit: _Hit) -> list[_Hit]:
    """A predicate with a free word and a closing word ("too emotional to", « trop bêtes pour »): the hit grows
    over both; without them, or with a word of the ``not_judging`` class between ("too good to", "too many to"),
    it is no predicate."""
    free = _WORD.match(text, hit.end + 1) if text[hit.end : hit.end + 1] == " " else None
    if free is None or free.group(0) in pack.classes.get(NOT_JUDGING, frozenset()):
        return []
    closing = _WORD.match(text, free.end() + 1) if text[free.end() : free.end() + 1] == " " else None
    if closing is None or closing.group(0) not in hit.entry.then:
        return []
    return [_Hit(hit.start, closing.end(), hit.entry)]


def _before_copula(text: str, pack: _Pack, end: int) -> bool:
    """The word after ``end`` is a copula (« ce *sont* des rats »)."""
    following = _WORD.match(text, end + 1) if text[end : end + 1] == " " else None
    return following is not None and following.group(0) in pack.classes.get(COPULAS, frozenset())


def _dislocated(text: str, group: _Hit, addressed: frozenset[str] = frozenset(), required: bool = False) -> bool:
    """The group opens its sentence and a comma closes it, to be taken up by a pronoun after: « Les handicapés,
    il faudrait les … », "Immigrants, I can't stand them" (not "Women love spiders, I hate them"); with
    ``required``, an ``addressed`` word opens the sentence before it (« *Vous*, les gays, vous … »)."""
    if not text[group.end :].lstrip(" ").startswith(","):
        return False
    opening = tokens(text[max(0, group.start - 40) : group.start], elisions=False)
    while opening and opening[-1] in _ARTICLE_OPENERS:
        opening.pop()
    if required:
        if not opening or opening[-1] not in addressed:
            return False
        opening.pop()
    return not opening or opening[-1] in _SENTENCE_END


_AFTER_ELISION = re.compile(r"(?:qu|jusqu|lorsqu|puisqu|[cdjlmnst])'([^\W_]+)$")
_LETTERS_ONLY = re.compile(r"[^\W_]+")


_MEMBER_REACH = 8  # words of a sentence before the member of a group its condition names


def _member_hits(text: str, pack: _Pack, groups: list[_Hit]) -> list[_Hit]:
    """One member of a group put in a condition: a ``member_determiners`` word right before the group, a
    ``conditions`` word among the words of its sentence before it ("*If* I see *a* trans woman …", "*Let* *a* Jew open
    a shop …", "*Any* Mexican who …"); a ``member_pronouns`` word later in that sentence stands for that member ("…
    I'll make *her* regret it", "… *he*'s getting shot"). Not a pronoun after another member named by a determiner in
    between ("If a Muslim marries *my* daughter, I'll …" stays with the Muslim only while no such noun comes)."""
    pronouns = pack.classes.get(MEMBER_PRONOUNS)
    conditions = pack.classes.get(CONDITIONS, frozenset())
    determiners = pack.classes.get(MEMBER_DETERMINERS, frozenset())
    if not pronouns:
        return []
    out: list[_Hit] = []
    for group in groups:
        opening = _sentence_opening(_opening_clause_words(text, group.start))
        out += _asked_member(text, pack, group, opening)
        # (session 13, T) an elided condition or determiner is a word of its own: « dès *qu'un* X », « *s'il* y a un X »
        opening = [w for token in opening for w in reversed(_elided(token))]
        subject = _member_subject(text, pack, group, opening)  # "*Next* X *who* …": the member's fate after its clause
        out += subject
        if not subject and (
            not opening or opening[0] not in determiners or not set(opening[:_MEMBER_REACH]) & conditions
        ):
            continue
        for match in _pronoun_words(text, group.end, len(text)):
            token = match.group(0)
            if token in _SENTENCE_END or any(c in _SENTENCE_END for c in text[group.end : match.start()]):
                break
            if token in pronouns:
                out.append(_Hit(match.start(), match.end(), group.entry, group, member=True))
        out += _member_clause(text, pack, group)
    return out


_SUBJECT_REACH = 16  # words after one member named as a subject where its sentence's main verb may stand


def _member_subject(text: str, pack: _Pack, group: _Hit, opening: list[str]) -> list[_Hit]:
    """One member of a group named right after a ``member_subjects`` word and followed by a clause of its own (a
    ``subject_relatives`` word right after it: "*Next* X *who* …", "*First* X *I* see …", « *Tout* X *qui* … », « *Le
    prochain* X *que* je croise … »), the subject of its sentence: its main verb may follow any word of the clause after
    the first two, so an empty hit before each of them (to the sentence's end), for a ``members`` entry that tells the
    member's fate ("… is going home in an ambulance", « … se fera tabasser »), and for the member's pronouns after it.
    Not a member after "if" ("If a X …" is a condition's subject: its pronoun says the fate)."""
    subjects = pack.classes.get(MEMBER_SUBJECTS, frozenset())
    relatives = pack.classes.get(SUBJECT_RELATIVES, frozenset())
    if not opening or opening[0] not in subjects:
        return []
    words = _TOKEN.finditer(text, group.end)
    first = next(words, None)
    if first is None or not (first.group(0) in relatives or first.group(0).split("'")[0] + "'" in relatives):
        return []
    out: list[_Hit] = []
    for index, match in enumerate(words, 1):
        if match.group(0) in _SENTENCE_END or index > _SUBJECT_REACH:
            break
        if index >= 2:
            out.append(_Hit(match.start(), match.start(), group.entry, group, member=True, subject=True))
    return out


_ASKED_REACH = 4  # words after one member shown alone: its role or its place (« Une X *prof de maths* ? »)


def _asked_member(text: str, pack: _Pack, group: _Hit, opening: list[str]) -> list[_Hit]:
    """One member of a group that opens its sentence after a ``member_determiners`` word, shown alone with at most
    ``_ASKED_REACH`` words of its role or place (nouns of people, words of no class, prepositions, genitives and
    articles), then a "?" or a comma (« *Une* X *pilote ?* Laisse-moi rire. », « Un X dans l'avion ? Je descends. »,
    « Une X prof de maths, c'est une blague ? »): an empty hit where the next clause opens, for a ``members`` entry that
    answers it, as after a condition. Not a member who does something (« Un X a gagné ? »: a verb of the classes)."""
    if opening != opening[:1] or not opening or opening[0] not in pack.classes.get(MEMBER_DETERMINERS, frozenset()):
        return []
    # a role is a noun of people (« une X *prof* ? »); folding reads « a » (has) as « à »: a verb, not a place
    linking = (
        pack.classes.get(PREPOSITIONS, frozenset())
        | pack.classes.get(GENITIVES, frozenset())
        | pack.classes.get(ARTICLES, frozenset())
        | pack.classes.get("people_nouns", frozenset())
    ) - {"a"}
    for count_, match in enumerate(_CLAUSE_WORD.finditer(text, group.end)):
        token = match.group(0)
        if token in ("?", ","):
            start = len(text) - len(text[match.end() :].lstrip())
            return [_Hit(start, start, group.entry, group, member=True)] if start < len(text) else []
        if token in _SENTENCE_END or count_ >= _ASKED_REACH or (token in pack.class_words and token not in linking):
            return []
    return []


def _member_clause(text: str, pack: _Pack, group: _Hit) -> list[_Hit]:
    """The main clause after the comma that closes one member's condition, where a ``member_clauses`` word opens it
    (« Quand je vois un X dans le métro, *je* serre mon sac »): an empty hit there, for a ``members`` entry that says
    what the speaker does at the sight of that member, no pronoun needed."""
    openers = pack.classes.get("member_clauses")
    close = min((i for i in (text.find(c, group.end) for c in _SENTENCE_END) if i >= 0), default=len(text))
    comma = text.find(",", group.end, close)
    if not openers or comma < 0:
        return []
    start = len(text) - len(text[comma + 1 :].lstrip())
    following = _TOKEN.match(text, start)
    if following is None or following.group(0) not in openers:
        return []
    return [_Hit(start, start, group.entry, group, member=True)]


_SHOWN_REACH = 10  # words of a group's own clause after it, and of the answer before its predicate
_CLAUSE_ENDS = frozenset(",.!?;")


def _shown_hits(text: str, pack: _Pack, groups: list[_Hit]) -> list[_Hit]:
    """The answer to a group just named: the clause after the group's own, which ends at most ``_SHOWN_REACH`` words
    after it at a comma, a sentence end or a ``reply_joints`` word ("so", « donc »): an empty hit where that clause
    opens, past its ``reply_openers`` words ("nah", « bon », "lol"), for a ``shown`` entry that says what the answer is
    — a refusal, a precaution, a flight ("a gay babysitter? *no thanks*", "Arab family moved in across the road, *time
    to get a better alarm*", « une femme pilote ? *je reprends le train* »), the role sought from "a real" one instead
    ("had a black surgeon today, asked for a second opinion from *a real doctor*"), a decline ("… and now *the break
    room stinks*"). A group that is itself the answer (a pronoun, a member of a condition) answers nothing; nor does a
    group adjective that qualifies another noun ("gay *pride* is today, so …"), or a group that undergoes something in
    its clause (a ``shown_passives`` word, then a participle: "our Jewish neighbours *got burgled*, so we locked our
    doors", « nos voisins juifs ont *été* cambriolés »)."""
    joints = pack.classes.get("reply_joints", frozenset())
    openers = pack.classes.get("reply_openers", frozenset()) | joints
    if not joints:
        return []
    out: dict[int, _Hit] = {}
    for group in groups:
        closing = _shown_clause_end(text, pack, group, joints)
        opening = (
            None
            if closing is None
            else next(
                (m for m in _CLAUSE_WORD.finditer(text, closing) if m.group(0) not in openers | _CLAUSE_ENDS), None
            )
        )
        if opening is not None and opening.start() not in out:
            out[opening.start()] = _Hit(opening.start(), opening.start(), group.entry, group, shown=True)
    return list(out.values())


def _shown_clause_end(text: str, pack: _Pack, group: _Hit, joints: frozenset[str]) -> int | None:
    """Where the clause of a group just named ends (``_shown_hits``), or None when the group answers nothing there."""
    if group.antecedent is not None or group.member:
        return None
    before = _tokens_before(text, group.start, pack.elisions)
    sentence = before[max((i + 1 for i, t in enumerate(before) if t in _SENTENCE_END), default=0) :]
    if set(sentence) & (pack.classes.get(REPORTED, frozenset()) | _said_verbs(pack)):
        return None  # "my uncle said 'gay people are …' and I walked out": someone else's words, answered
    following = _WORD.match(text, group.end + 1) if text[group.end : group.end + 1] == " " else None
    head = _WORD.match(text, following.end() + 1) if following is not None else None  # "a lesbian PE *teacher*"
    if (
        following is not None
        and text[group.start : group.end] in pack.modifiers
        and following.group(0) not in pack.class_words
        and not _people(following.group(0), pack)
        and not (head is not None and _people(head.group(0), pack))
    ):
        return None  # "gay pride", "the Muslim call to prayer": the adjective qualifies another noun
    for index, match in enumerate(_CLAUSE_WORD.finditer(text, group.end)):
        if match.group(0) in _CLAUSE_ENDS or match.group(0) in joints:
            return None if _undergone(text, pack, group) else match.end()
        if index >= _SHOWN_REACH:
            return None
    return None


def _undergone(text: str, pack: _Pack, group: _Hit) -> bool:
    """The group undergoes something in its own clause: a ``shown_passives`` word then a participle among the words
    after it, before a comma or a sentence end ("our Jewish neighbours *got burgled*", « les X ont *été* expulsés »),
    or its belongings do (session 30, I): a ``shown_passives`` or ``shown_havings`` word, an article, one noun and a
    participle ("… *got their windows smashed*", "… *had their car torched*", « … ont *eu leur voiture rayée* »), or a
    ``shown_causatives`` word after a reflexive « se » (« … *se sont fait* cambrioler », « *s'est fait* agresser »)."""
    passives = pack.classes.get("shown_passives", frozenset())
    havings = passives | pack.classes.get("shown_havings", frozenset())
    causatives = pack.classes.get("shown_causatives", frozenset())
    articles = pack.classes.get(ARTICLES, frozenset())
    words: list[str] = []
    for match in _CLAUSE_WORD.finditer(text, group.end):
        if match.group(0) in _CLAUSE_ENDS or len(words) > _SHOWN_REACH:
            break
        words.append(match.group(0))
    for i, word in enumerate(words[:-1]):
        if word in passives and _participle(words[i + 1], pack):
            return True
        if word in havings and i + 3 < len(words) and words[i + 1] in articles and _participle(words[i + 3], pack):
            return True
        if word in causatives and any(w == "se" or w.startswith("s'") for w in words[max(0, i - 2) : i]):
            return True
    return False


def _participle(word: str, pack: _Pack) -> bool:
    """A past participle: a ``participles`` word, or an English "-ed"/"-en" word, or any word after a French « été »."""
    return word in pack.classes.get(PARTICIPLES, frozenset()) or word.endswith(("ed", "en")) or pack.elisions


def _elided(token: str) -> list[str]:
    """A French token cut after its elision (« qu'un » → « qu' », « un »), or the token alone."""
    elided = _AFTER_ELISION.match(token)
    return [token] if elided is None else [token[: elided.start(1)], elided.group(1)]


def _pronoun_words(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The words of ``text[start:end]`` where a pronoun may stand: a French elision's second word is one of its own
    (« qu'*ils* crèvent »), an English contraction stays whole ("you're")."""
    for match in _WORD.finditer(text, start, end):
        elided = _AFTER_ELISION.match(match.group(0))
        if elided is None:
            yield match
        else:
            inner = _LETTERS_ONLY.match(text, match.start() + elided.start(1), match.end())
            if inner is not None:
                yield inner


def _cataphora(text: str, pack: _Pack, groups: list[_Hit], words: frozenset[str]) -> list[_Hit]:
    """Pronouns before a group put at the end of their sentence after a comma, opened only by ``dislocated`` words (a
    right dislocation: « on les renvoie chez eux, *ces migrants* ? », « on devrait leur retirer la nationalité, *à tous
    ces Arabes* »): each stands for that group."""
    openers = pack.classes.get(DISLOCATED, frozenset())
    subjects = pack.classes.get(RHETORICAL, frozenset())
    copular = pack.classes.get(COPULAR_PRONOUNS, frozenset())
    out: list[_Hit] = []
    for group in groups if openers else []:
        following = _TOKEN.search(text, group.end)
        comma = text.rfind(",", 0, group.start)
        # the group ends its sentence, or stands between two commas, a vocative inside it (« on va cramer vos
        # camps, *les gitans*, vous êtes prévenus », "we'll burn your mosques, *muslims*, you've been warned")
        between_commas = text[group.end :].lstrip(" ").startswith(",")
        if (following is not None and following.group(0) not in _SENTENCE_END and not between_commas) or comma < 0:
            continue
        if any(c in _SENTENCE_END for c in text[comma : group.start]):
            continue
        if not all(t in openers for t in tokens(text[comma + 1 : group.start], elisions=False)):
            continue
        opening = max(text.rfind(c, 0, comma) for c in _SENTENCE_END) + 1
        for m in _pronoun_words(text, opening, comma):
            if m.group(0) not in words or (m.group(0) in copular and not _before_copula(text, pack, m.end())):
                continue  # « *on* dirait des singes, ces X », not « ce pays, les X … »
            if text[m.start() - 1 : m.start()] == "-" and m.group(0) in subjects:
                # an inverted question's subject (« *contrôlent-ils* toutes les banques, les Juifs ? »): the group
                # stands before its verb, an empty hit where the verb starts
                verb = text.rfind(" ", opening, m.start()) + 1
                out.append(_Hit(max(verb, opening), max(verb, opening), group.entry, group))
            else:
                out.append(_Hit(m.start(), m.end(), group.entry, group))
    return out


_HEAD_REACH = 24  # words of the phrase a group heading its sentence may hold before the comma that closes it


def _heads_sentence(text: str, pack: _Pack, group: _Hit, pronoun: re.Match[str]) -> bool:
    """The group opens its sentence and the pronoun stands after the phrase it heads: a relative clause or a
    complement (a ``phrase_openers`` word or an adjective right after the group) closed by a comma, with no negation
    inside (« Les musulmans *qui prient dans la rue le vendredi*, je les vomis », « Les Roms *installés derrière
    l'école*, on va les … »; not « Les femmes aiment les araignées, je les déteste », nor « Les migrants qui ne
    travaillent pas, … »); or, with no comma, only ``speaker`` words before it (« les arabes *je* les supporte
    pas », « les arabes jles … »), where a bare article is no pronoun (« Les femmes les détestent »), or a clause of
    up to four words opened by a ``dislocation_subjects`` word, no article in it (« les X *on devrait* les … », « les
    X *faut* les … », "trans people *we should* lock them up")."""
    openers = pack.classes.get(PHRASE_OPENERS, frozenset())
    subjects = pack.classes.get(DISLOCATION_SUBJECTS, frozenset())
    if not openers and not subjects:
        return False
    opening = tokens(text[max(0, group.start - 40) : group.start], elisions=False)
    while opening and opening[-1] in _ARTICLE_OPENERS:
        opening.pop()
    if opening and opening[-1] not in _SENTENCE_END:
        return False
    between = _CLAUSE_WORD.findall(text, group.end, pronoun.start())
    if "," not in between:
        speaker = pack.classes.get(SPEAKER, frozenset()) | pack.classes.get(EXPERIENCERS, frozenset())
        bare = pronoun.group(0) in pack.classes.get(ARTICLES, frozenset())
        if between and between[0] in subjects and len(between) <= 4:
            # « les X *on devrait* les … », « les X *faut* les … »: a clause of its own after the group, no noun
            # phrase in it that the pronoun may stand for (« les femmes on aime les … » is an article)
            nouns = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
            return not any(t in nouns or t in _SENTENCE_END for t in between)
        return len(between) <= 2 and all(t in speaker for t in between) and bool(between or not bare)
    first = between[0].split("'")[0] + "'" if "'" in between[0] else between[0]
    if not openers or (first not in openers and not _adjective(first, pack)) or len(between) > _HEAD_REACH:
        return False
    phrase = between[: len(between) - between[::-1].index(",")]
    return not any(t in pack.classes.get(NEGATIONS, frozenset()) for t in phrase)


_POSSESSIVE = re.compile(r"'s? ([^\W_]+)")
_CLAUSE_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[,.!?;]")


def _possessive(text: str, pack: _Pack, group: _Hit) -> list[_Hit]:
    """The group with the ``assigned`` noun it owns ("a woman's *place*", "immigrants' *place*"), as one target."""
    match = _POSSESSIVE.match(text, group.end)
    if match is None or match.group(1) not in pack.classes.get(ASSIGNED, frozenset()):
        return []
    return [_Hit(group.start, match.end(), group.entry)]


def _closes_clause(text: str, pack: _Pack, group: _Hit, end: int) -> bool:
    """The group ends its clause, and ``end`` (a pronoun) lies in a later clause of the sentence: after the group
    only up to three ``clause_tails`` words, then a comma or a ``clause_joins`` word ("I've met many women *and* I
    hate them", "I see Muslims everywhere these days, and …"; not "Women love spiders, I hate them")."""
    joins = pack.classes.get(CLAUSE_JOINS)
    if not joins:
        return False
    if _subordinate(text, pack, group, end):
        return True
    tails = pack.classes.get(CLAUSE_TAILS, frozenset())
    phrase = pack.classes.get(PREPOSITIONS, frozenset()) | pack.classes.get(ARTICLES, frozenset())
    nouns = 0  # free words of a phrase of place or time after the group: "… Muslims *on the train this morning* and …"
    for index, token in enumerate(_CLAUSE_WORD.findall(text, group.end, end)):
        if token == "," or token in joins:
            return True
        if index >= _CLAUSE_REACH:
            return False
        if token in tails or token in phrase:
            nouns = 0 if token in phrase else nouns
            continue
        if (index == 0 and not _adjective(token, pack)) or nouns >= 2:
            # "Women love spiders, I hate them": a verb of the group's own, its object nearer; an adjective right
            # after the group is its own (« j'ai vu des femmes *voilées* au marché ce matin, elles … »)
            return False
        nouns += 1
    return False


_CLAUSE_REACH = 8  # words a phrase of place or time after the group may hold before its clause ends
_CONTINUED_REACH = 10  # words of the group's own clause before the clause whose subject continues it


def _subject_continued(
    text: str, pack: _Pack, group: _Hit, pronoun: re.Match[str]
) -> Literal["clear", "things"] | None:
    """The group is the subject opening its sentence (only ``determiners`` or ``articles`` before it) and the
    pronoun, a ``subject_pronouns`` word, is the subject of the next clause, right after a comma, a ``clause_joins``
    word or a conjunction ending in « qu' » (« Les X travaillent ici, *mais ils* sont … », « les X se plaignent
    *alors qu'elles* … »): the subject goes on. Not when a noun after a determiner in the group's clause may be
    what the pronoun stands for (« les femmes aiment *les araignées*, mais elles … »; not after a
    ``possessive_articles`` word: « les X prennent *nos* emplois, et ils … »). (session 14, F) Where every such noun is
    no noun of people, it goes on ``"things"``: contested, for predicates said of people only (« Les X ont racheté *les
    restaurants*, ils sont fourbes », not « … ont acheté *des vélos*, ils sont rouillés »)."""
    subjects = pack.classes.get(SUBJECT_PRONOUNS)
    if not subjects or pronoun.group(0) not in subjects:
        return None
    heads = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
    opening = _sentence_opening(_opening_clause_words(text, group.start))
    if any(token not in heads for token in opening):
        return None
    between = _CLAUSE_WORD.findall(text, group.end, pronoun.start())
    if not between or len(between) > _CONTINUED_REACH or any(t in _SENTENCE_END for t in between):
        return None
    joins = pack.classes.get(CLAUSE_JOINS, frozenset())
    last = between[-1]
    if not (last == "," or last in joins or (last.endswith("qu") and len(between) >= 2 and between[-2] in joins)):
        return None
    if _rival(between[:-1], pack):
        return None  # "Women love *cats* and they …": a bare plural (where the words file names ``possessives``)
    possessives = pack.classes.get(POSSESSIVE_ARTICLES, frozenset())
    rivals = [
        token
        for previous, token in pairwise(["", *between])
        if previous in heads and previous not in possessives and token.endswith(("s", "x")) and len(token) >= 4
    ]  # rival antecedents: « … aiment *les araignées*, mais elles … »
    if any(_people(token, pack) for token in rivals):
        return None
    return "things" if rivals else "clear"


def _subordinate(text: str, pack: _Pack, group: _Hit, end: int) -> bool:
    """The group stands in a clause that opens its sentence with a ``subordinators`` word and ends at the comma right
    before ``end`` ("*Since* the refugees moved into the old hotel, they …"): the pronoun opening the main clause, its
    subject, stands for it (not "When women love spiders, I hate them")."""
    words = pack.classes.get(SUBORDINATORS)
    between = _CLAUSE_WORD.findall(text, group.end, end)
    if not words or between.count(",") != 1 or between[-1] != "," or any(t in _SENTENCE_END for t in between):
        return False
    if _rival(between[1:-1], pack):
        return False  # "When women love *spiders*, they are vermin": the pronoun may stand for the spiders
    opening: list[str] = []
    for token in reversed(_CLAUSE_WORD.findall(text, max(0, group.start - 160), group.start)):
        if token in _SENTENCE_END:
            break
        if token == ",":
            return False
        opening.append(token)
    return bool(opening) and opening[-1] in words


def _relayed_hits(folded: Folded, pack: _Pack, first: list[_Hit], groups: list[_Hit]) -> list[_Hit]:
    """(session 22, T) A pronoun or a phrase of people that stands for a group is a mention of it in turn: what a
    group's mention may be taken up by, the relay's may be too ("Saw some X at the station. *They* rob everyone.
    *Vile bunch.*", « J'ai vu des X. *Ces gens-là*, il faut tous *les* virer. », « … *Ils* rachètent nos vignobles.
    *Bande de rapaces.* »). The relays are ``subject_pronouns`` words and ``_phrase_pronouns``' phrases (not an object
    "them", already the group's in its sentence; not one member, not an empty hit); each reading from a relay is one
    of the group's (its target), its span from the relay (``via``); a hit the first reading already holds is not read
    twice, nor one whose nearest mention is a group of ``groups`` (the first reading's to take or leave: "men get
    angry and *they* are firm, *women* get angry & they …" is no relay of the men). No group word, no relay."""
    pronouns = pack.classes.get(SUBJECT_PRONOUNS, frozenset())
    origin: dict[tuple[int, int], _Hit] = {}
    for hit in first:
        word = folded.text[hit.start : hit.end]
        if hit.antecedent is None or hit.start >= hit.end or hit.member or hit.shown or hit.elliptic or hit.nominal:
            continue
        if word in pronouns or " " in word or "-" in word:  # "they", « ils »; "those people", « ces gens-là »
            origin.setdefault((hit.start, hit.end), hit.antecedent)
    if not origin:
        return []
    relays = [_Hit(start, end, group.entry) for (start, end), group in origin.items()]
    held = {(h.start, h.end, h.elliptic, h.nominal, h.verdict) for h in first}
    out: list[_Hit] = []
    for hit in ProximityRule._pronoun_hits(folded, pack, relays + [g for g in groups if g.antecedent is None]):
        relay = hit.antecedent
        if relay is None or (relay.start, relay.end) not in origin:
            continue  # the group itself is the nearest mention
        if (hit.start, hit.end, hit.elliptic, hit.nominal, hit.verdict) in held:
            continue
        out.append(replace(hit, antecedent=origin[(relay.start, relay.end)], via=relay))
    return out


def _phrase_pronouns(text: str, pack: _Pack, groups: list[_Hit]) -> list[_Hit]:
    """Noun phrases that stand for the nearest group before them, as a pronoun does: an ``anaphoric_determiners`` word
    and an ``anaphoric_people`` word ("*those people*", "these folks", "those kind of people"), or such a noun, "like"
    and an ``anaphoric_likes`` word ("*people like that*"). One of the group, a member ("a Jewish guy", "a disabled
    kid"), is antecedent enough: the phrase names people in general. It stands in one of the next two sentences, or
    later in the group's own after a comma or a ``clause_joins`` word ("Met a Somali guy today, *those people* …");
    not when a plural noun between them may be what it stands for ("A Black family moved in and the *neighbours*
    called the police. Those people …"), nor when a relative clause or a complement after it says which people
    ("those people *who* mock him", "those people *at* the mosque"), nor after a group someone else speaks of ("My
    uncle *said* X are lazy. People like that …": the uncle). (H, session 54) A French demonstrative pronoun pointed
    with « -là » or « -ci » (an ``anaphoric_pointed`` word: « Des X ont pris le marché. *Ceux-là* trichent sur tout »)
    is such a phrase, in the group's gender (``_pointing_agrees``)."""
    pattern = pack.phrases
    if pattern is None or not groups:
        return []
    joins = pack.classes.get(CLAUSE_JOINS, frozenset())
    restrictive = pack.classes.get(RELATIVES, frozenset()) | pack.classes.get(PREPOSITIONS, frozenset())
    reporting = _reporting(pack) | pack.classes.get(SPEECH, frozenset())
    out: list[_Hit] = []
    for match in pattern.finditer(text, min(g.end for g in groups)):
        before = [g for g in groups if g.end <= match.start()]
        if not before:
            continue
        antecedent = max(before, key=lambda g: g.end)
        between = _CLAUSE_WORD.findall(text, antecedent.end, match.start())
        ends = len(_SENTENCE_ENDS.findall(text, antecedent.end, match.start()))
        if ends > 2 or (ends == 0 and not any(t == "," or t in joins for t in between)):
            continue
        if _rival([t for t in between if t[0].isalnum()], pack):
            continue
        following = _WORD.match(text, match.end() + 1)
        if following is not None and following.group(0) in restrictive:
            continue  # "those people *who* mock him", "those people *at* the mosque": some people, not the group
        if _sentence_words(text, antecedent.start) & reporting:
            continue  # "My uncle *said* X are lazy. People like that …": the phrase may stand for the speaker
        pointed = text.startswith(("-la", "-ci"), match.end())  # « ces gens-*là* », « *ceux-ci* »
        if match.group(0) in pack.classes.get(ANAPHORIC_POINTED, frozenset()) and not _pointing_agrees(
            text, antecedent, match, pack
        ):
            continue  # « … des tomates aux X du marché. *Celles-là* sont pourries »; « *ceux-là qui* les ont frappés »
        # (session 22, T) the phrase holds its « -là »: what follows it is the clause's next word (« Détester ces
        # gens-là*, c'*est du racisme »), not a stray « la »
        end = match.end() + 3 if pointed and not text[match.end() + 3 : match.end() + 4].isalnum() else match.end()
        out.append(_Hit(match.start(), end, antecedent.entry, antecedent, pointed=pointed))
    return out


def _pointing_agrees(text: str, antecedent: _Hit, pronoun: re.Match[str], pack: _Pack) -> bool:
    """(H, session 54) An ``anaphoric_pointed`` pronoun stands for the group: not before a relative or a preposition
    past its « -là » that says which people (« *ceux-là qui* les ont frappés »); when it is feminine (a
    ``feminine_pronouns`` word's ending, « *celles*-là »), only for a group with a word that looks feminine (« des
    Marocaines … *Celles-là* », not « des tomates aux Marocains du marché. *Celles-là* sont pourries »)."""
    restrictive = pack.classes.get(RELATIVES, frozenset()) | pack.classes.get(PREPOSITIONS, frozenset())
    following = _WORD.match(text, pronoun.end() + 4)  # past « -là », « -ci » and a space
    if following is not None and following.group(0) in restrictive:
        return False
    endings = tuple(pack.classes.get(FEMININE_PRONOUNS, frozenset()))
    if not endings or not pronoun.group(0).endswith(endings):
        return True
    return any(w.endswith(("e", "es")) for w in _WORD.findall(text, antecedent.start, antecedent.end))


_SENTENCE_ENDS = re.compile(r"[.!?;]+")
_FULL_REACH = 4  # the words of place a full place of the group's may hold before its copula ("behind the station")
_VERDICT_WORDS = 7  # the longest verdict noun phrase read after a group's sentence ("lying cheating bunch of them")


def _sentence_words(text: str, end: int) -> set[str]:
    """The words of the sentence that goes on at ``end``, up to ``end``."""
    start = max((text.rfind(c, 0, end) for c in _SENTENCE_END), default=-1) + 1
    return set(_WORD.findall(text, start, end))


def phrase_pattern(classes: Mapping[str, frozenset[str]]) -> re.Pattern[str] | None:
    """The pattern of ``_phrase_pronouns``' noun phrases (an ``anaphoric_determiners`` word and an ``anaphoric_people``
    word, or such a noun, "like" and an ``anaphoric_likes`` word); None when the classes name no such phrase. Built
    once per pack, with its word classes (``_Pack.phrases``)."""
    determiners = classes.get(ANAPHORIC_DETERMINERS)
    nouns = classes.get(ANAPHORIC_PEOPLE)
    if not determiners or not nouns:
        return None
    likes = classes.get(ANAPHORIC_LIKES, frozenset())
    pointing = classes.get(ANAPHORIC_POINTED, frozenset())
    alt = _alternation
    kinds = r"(?:(?:kinds?|sorts?|types?) of |(?:genre|type|sorte)s? d(?:e |'))?"  # « ce *genre de* gens »
    liked = rf"|\b(?:{alt(nouns)}) like (?:{alt(likes)})\b" if likes else ""
    pointed = rf"|\b(?:{alt(pointing)})(?=-(?:la|ci)\b)" if pointing else ""  # « *ceux*-là », « *celles*-ci »
    return re.compile(rf"\b(?:{alt(determiners)}) {kinds}(?:{alt(nouns)})\b{liked}{pointed}")


def _alternation(words: frozenset[str]) -> str:
    """A regex alternation of ``words``, the longest first."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _own_copula(text: str, target: _Hit, predicate: _Hit) -> set[str]:
    """A pronoun before its predicate, as a word in reach: it may hold the copula ("*They're* all thieves")."""
    own = target.antecedent is not None and target.end <= predicate.start
    return {text[target.start : target.end]} if own else set()


def _antecedent(text: str, pack: _Pack, before: list[_Hit]) -> _Hit:
    """The group a pronoun after ``before`` stands for: the nearest, but where the words file names
    ``singular_determiners``, not one after such a word while a group before it is not (« les X du quartier ont
    ouvert *une salle de prière*. Ils … »: the X). (session 40, N) Nor one place only threats aim at (``only_with``: a
    mosque, a synagogue) while a group of people stands before it: « Les X ont ouvert une nouvelle *mosquée*. Ils … »,
    "The X opened a *mosque* here. They …"; places in the plural still may be what the pronoun stands for ("… built
    three *mosques* here. They are ugly")."""
    singular = pack.classes.get(SINGULAR_DETERMINERS, frozenset())
    ordered = sorted(before, key=lambda t: t.end, reverse=True)
    places = [t for t in ordered if t.entry.only_with and not text[t.start : t.end].endswith(("s", "x"))]
    ordered = [t for t in ordered if t not in places] or ordered
    for group in ordered if singular else []:
        determiner = _LAST_WORD.search(text, max(0, group.start - 30), group.start)
        if determiner is None or determiner.group(1) not in singular:
            return group
    return ordered[0]


def _rival_between(text: str, pack: _Pack, pair: tuple[_Hit, re.Match[str]], groups: list[_Hit]) -> int:
    """What a pronoun sentences after its group may stand for instead: 0 nothing, 1 a thing (a plural noun between
    them that is no noun of people: "… keep asking for *rights*. They are …", "… housed in the old *barracks*. They
    are filthy": only a sure predicate, one said of people, pairs), 2 other people ("… robbed by the *smugglers*.
    They are scum") or a pronoun that cannot take the group up. A plural noun is ``_rival``'s, or where the words file
    names ``rival_determiners`` one right after such a word (« … par *les passeurs*. Ce sont … »), not another group,
    nor a noun that looks feminine before a ``masculine_pronouns`` word (« … leurs *caravanes* … ils … »); a
    ``feminine_pronouns`` word never stands for a group with no word that looks feminine (« Des gitans … *Elles* »)."""
    group, pronoun = pair
    word = pronoun.group(0)
    feminine = any(w.endswith(("e", "es")) for w in _WORD.findall(text, group.start, group.end))
    if word in pack.classes.get(FEMININE_PRONOUNS, frozenset()) and not feminine:
        return 2
    inside = [(g.start, g.end) for g in groups if g.end > group.end and g.start < pronoun.start()]
    words = [
        m.group(0)
        for m in _CLAUSE_WORD.finditer(text, group.end, pronoun.start())
        if m.group(0)[0].isalnum() and "'" not in m.group(0) and not any(a <= m.start() < b for a, b in inside)
    ]
    if words and _people(words[0], pack):
        words = words[1:]  # "Two Somali *lads* got on my bus …": the noun the group adjective heads, the group itself
    determiners = pack.classes.get(RIVAL_DETERMINERS)
    masculine = word in pack.classes.get(MASCULINE_PRONOUNS, frozenset())
    rivals = (
        [
            token
            for previous, token in pairwise(words)
            if previous in determiners
            and len(token) >= 4
            and token.endswith(("s", "x"))
            and not (masculine and token.endswith("es"))
        ]
        if determiners
        else list(_rival_words(words, pack))
    )
    return 2 if any(_people(r, pack) for r in rivals) else int(bool(rivals))


def _rival(words: list[str], pack: _Pack) -> bool:
    """A plural noun among ``words`` (``_rival_words``): another antecedent a pronoun may stand for."""
    return any(True for _ in _rival_words(words, pack))


def _rival_words(words: list[str], pack: _Pack) -> Iterator[str]:
    """The plural nouns among ``words`` (a word of 4+ letters ending in "s", of no word class, not an adverb), not
    right after a ``possessives`` word. Only where the words file names ``possessives``."""
    possessives = pack.classes.get("possessives")
    if not possessives:
        return
    beings = pack.classes.get("lower_beings", frozenset())  # nouns all the same: "women find *cockroaches* …"
    previous = ""
    for word in words:
        if (
            len(word) >= 4
            and word.endswith("s")
            and not word.endswith(("ss", "us", "is"))
            and (word not in pack.class_words or word in beings)
            and previous not in possessives
            and not _adverb(word, pack.gap_suffixes)
        ):
            yield word
        previous = word


def _cue_reach(previous: list[str], pack: _Pack, window: int) -> set[str]:
    """The last ``window`` words before the pair where a required cue may stand, determiners and articles not counted
    (« je souhaite *que tous les* Roms disparaissent »: the wish is four words back, two of them determiners); the
    negation of a denied opinion whose clause holds the pair reaches it (« je *ne* pense *pas* que les X soient
    intelligents », ``_opinion_denied``)."""
    skipped = pack.classes.get(ARTICLES, frozenset()) | pack.classes.get("determiners", frozenset())
    contrasts = pack.classes.get(CONTRASTS, frozenset())
    out: set[str] = set(pack.classes.get(NEGATIONS, frozenset())) if _opinion_denied(previous, pack) else set()
    counted = 0
    for token in reversed(previous):
        if token in _SENTENCE_END or token in contrasts or counted >= window:
            break
        out.add(token)
        counted += token not in skipped
    return out


def _with_places(folded: Folded, words: ShapedWords, raw: list[_Hit]) -> tuple[list[_Hit], list[tuple[int, int]]]:
    """(G3, session 43) The hits with the targets read whole with the capitalised place they are of
    (``complement_ends``: « les Roms *des Sablons* n'ont aucune … », so a reading that needs its group beside its
    predicate finds it), and the targets' spans."""
    grown_to = complement_ends(folded, words, [h.end for h in raw if h.entry.side == "target"])
    if grown_to:
        raw = [replace(h, end=grown_to.get(h.end, h.end)) if h.entry.side == "target" else h for h in raw]
    return raw, [(h.start, h.end) for h in raw if h.entry.side == "target"]


def _shaped_hits(
    folded: Folded, words: ShapedWords, known: frozenset[str], taken: list[tuple[int, int]], entry: Entry
) -> list[_Hit]:
    """(G2, session 42) The groups read by their shape, none overlapping ``taken``; (G, session 52) each read whole
    with the place it is at or of (``complement_ends``: "*Poles in Boston*, your days …")."""
    shaped = shaped_groups(folded, words, known, taken)
    grown_to = complement_ends(folded, words, [b for _, b in shaped]) if shaped else {}
    return [_Hit(a, grown_to.get(b, b), entry) for a, b in shaped]


def _whole_groups(targets: list[_Hit]) -> list[_Hit]:
    """Target hits without those that end a longer one ("*gay* men", "*black* women"): the group is kept whole, so a
    negation before it still reaches it ("It's not true that gay men are weak" did pair "men are weak"). A longer
    hit that only some predicates may aim at (``only_with``) or that needs a word before it keeps the shorter, and so
    does a longer form of the same entry (« les *meilleurs* migrants », whose praise word pairs on its own)."""
    whole = [h for h in targets if not h.entry.only_with and h.entry.preceded_by is None]
    return [
        t
        for t in targets
        if not any(w.start < t.start and w.end == t.end and w.entry.term != t.entry.term for w in whole)
    ]


def _requires(text: str, target: _Hit, predicate: _Hit) -> str | None:
    """The class the pair requires in reach (the predicate's, else the group's); none for a verb or copula after an
    elliptic subject: "Gay people. Absolutely revolting." implies "they are"."""
    requires = predicate.entry.requires or target.entry.requires
    return None if requires in (COPULAS, "judged") and _elliptic(text, target) else requires


def _elliptic(text: str, target: _Hit) -> bool:
    """An elliptic subject: the sentence end after a group that stands for it (``_elliptic_hits``), or the opening of
    a verbless judgement whose group comes after it (``_judged_after_hits``)."""
    return target.antecedent is not None and (target.elliptic or text[target.start : target.start + 1] in _SENTENCE_END)


_ANSWER_TAIL = 3  # words after the predicate before the question mark: « voleurs *d'emplois* ? », "lazy *in 2024*?"


def _answered_question(text: str, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """(F, session 50) Whether the pair is a stereotype asked as a verbless question that the draft goes on to answer:
    the group opens its sentence (one ``determiners`` word before it at most), the predicate follows with no copula
    between (a ``hearsay_copulas`` word aside: « Les X *seraient* des … ? ») and at most ``_ANSWER_TAIL`` words after
    it, a question mark closes the sentence, and more words follow that open with no ``answer_confirmations`` word:
    "Pacific Islanders lazy? My Tongan uncle works two jobs.", « Les X, tous des voleurs ? J'ai vécu six ans là-bas »,
    « Les X seraient « une mode » ? Les chiffres … » — the draft sets the stereotype up to answer it, as
    ``_judged_after_hits`` already reads a dislocated one (« Des voleurs, les X ? N'importe quoi. »). Not a question
    left unanswered ("X lazy?"), nor one answered "Yes." / « Évidemment. », nor a sentence with a verb of its own ("Why
    are X lazy? …"), nor a predicate that needs a cue other than the judging copula (``judged``) or holds its own
    negation ("X honest? No." denies the praise)."""
    entry = predicate.entry
    if target.antecedent is not None or target.end > predicate.start or entry.negated:
        return False
    if entry.requires is not None and entry.requires != JUDGED:
        return False  # a cue the pair needs (a negation, a modal, a call): "X honest? No." denies a praise
    confirmations = pack.classes.get(ANSWER_CONFIRMATIONS)
    if not confirmations:
        return False
    opening = max(text.rfind(c, 0, target.start) for c in _SENTENCE_END) + 1
    head = tokens(text[opening : target.start], elisions=True)
    if len(head) > 1 or (head and head[0] not in pack.classes.get("determiners", frozenset())):
        return False
    close = min((i for i in (text.find(c, predicate.end) for c in _LINE_OR_SENTENCE_END) if i >= 0), default=-1)
    if close < 0 or text[close] != "?" or len(tokens(text[predicate.end : close], elisions=True)) > _ANSWER_TAIL:
        return False
    gap = tokens(text[target.end : predicate.start], elisions=True)
    copulas = pack.classes.get(COPULAS, frozenset()) - pack.classes.get(HEARSAY_COPULAS, frozenset())
    if any(word in copulas for word in gap):
        return False
    answer = [w for w in tokens(text[close:], elisions=True) if w not in _SENTENCE_END]
    return bool(answer) and answer[0] not in confirmations


def _judged_after_hits(text: str, pack: _Pack, groups: list[_Hit]) -> list[_Hit]:
    """A group put at the end of its sentence after a comma and only ``dislocated`` or ``restated`` words, behind a
    verbless judgement that opens the sentence (« Tous des voleurs, ces Roms. », « Des parasites, voilà ce qu'ils
    sont, les X », « Des vicieux, voilà ce que sont les X »): the judgement's subject, an empty hit where the
    sentence opens (``_elliptic_ok`` then asks for ``elliptic`` words only before the predicate, which closes its
    clause). Not a question the draft goes on to answer (« Dangereux, les X ? Les chiffres disent le contraire. »)."""
    openers = pack.classes.get(DISLOCATED, frozenset())
    if not openers or not pack.classes.get("elliptic"):
        return []
    openers = openers | pack.classes.get(RESTATED, frozenset())
    out: list[_Hit] = []
    for group in groups:
        close = min((i for i in (text.find(c, group.end) for c in _SENTENCE_END) if i >= 0), default=len(text))
        tail = text[group.end : close].lstrip(" ")
        if tail and not (tail[0] == "," and all(t in openers for t in tokens(tail[1:], elisions=False))):
            continue  # the group closes its sentence, or only restating words follow it (« …, rien d'autre »)
        if text[close : close + 1] == "?" and text[close + 1 :].strip(" ?!."):
            continue  # a question the draft goes on to answer (« Des voleurs, les X ? N'importe quoi. »)
        opening = max(text.rfind(c, 0, group.start) for c in _SENTENCE_END) + 1
        comma = text.rfind(",", opening, group.start)
        if comma < 0 or not all(t in openers for t in tokens(text[comma + 1 : group.start], elisions=False)):
            continue
        start = len(text) - len(text[opening:].lstrip())
        out.append(_Hit(start, start, group.entry, group, elliptic=True))
    return out


def _epithet_hits(text: str, pack: _Pack, groups: list[_Hit]) -> list[_Hit]:
    """An epithet that closes the group's sentence after a comma (an ``epithets`` word and at most two more words: « Les
    X ont encore gagné, *ces rats* », « Des X près du stade, *cette engeance* »): said of the group, as a verbless
    judgement is; an empty hit right after the epithet's determiner, so ``_elliptic_ok`` wants the predicate next and
    closing the sentence. Not past a rival: a plural noun (after a ``determiners`` word that is no group's) between
    the group and the comma may be what the epithet names (« Les X ont été volés par des passeurs, ces rats »)."""
    openers = pack.classes.get("epithets")
    if not openers:
        return []
    plural = pack.classes.get("determiners", frozenset()) - {"un", "une", "de", "d'", "au", "chaque", "premier"}
    out: list[_Hit] = []
    for group in groups:
        if group.antecedent is not None:
            continue
        close = min((i for i in (text.find(c, group.end) for c in _SENTENCE_END) if i >= 0), default=len(text))
        comma = text.rfind(",", group.end, close)
        epithet = re.match(r" *(\w+) ", text[comma + 1 : close]) if comma >= 0 else None
        if epithet is None or epithet.group(1) not in openers or len(tokens(text[comma + 1 : close], False)) > 3:
            continue
        between = tokens(text[group.end : comma], elisions=False)
        if any(a in plural and b.endswith(("s", "x")) for a, b in pairwise(between)):
            continue  # a rival plural noun the epithet may name
        start = comma + 1 + epithet.end(1)
        out.append(_Hit(start, start, group.entry, group, elliptic=True))
    return out


def _elliptic_hits(folded: Folded, pack: _Pack, groups: list[_Hit]) -> list[_Hit]:
    """The sentence end after a group that closes a sentence holding only ``presenters`` words before it ("Look at
    those immigrants.", "Muslims?"): the subject of a verbless judgement in the next sentence ("Disgusting.")."""
    presenters = pack.classes.get("presenters")
    if not presenters:
        return []
    out: list[_Hit] = []
    text = folded.text
    for group in groups:
        match = re.match(r"\s*([.!?]+)\s+\S", text[group.end :])
        opening = _sentence_opening(_opening_tokens(text, group.start, pack.elisions))
        if match is not None and len(opening) <= 4 and all(t in presenters for t in opening):
            start = group.end + match.start(1)
            out.append(_Hit(start, group.end + match.end(1), group.entry, group))
        out += _topic_hits(text, pack, group, opening, closing=match)
        out += _verdict_after_hits(text, pack, group, opening, closed=match is not None)
    return out


def _full_place(text: str, pack: _Pack, gap: list[str], predicate: _Hit) -> bool:
    """A place of the group's, said to be full of what the predicate names: a ``group_places`` noun right after the
    group ("the Roma *camp*", "that Muslim *area*", "every *mosque*" of a group noun), a copula, then a ``fullness``
    word and its preposition ("*full of*", "*nothing but*", "*swarming with*", "*overrun with*") and at most two more
    words before a plural noun of the lists ("… is full of *thieving filthy* scroungers"); not "full of great
    restaurants", whose noun no list holds, nor "full of filthy pigeons", whose listed word is no plural noun."""
    places = pack.classes.get("group_places")
    if not places or len(gap) < 4 or gap[0] not in places or text[predicate.end - 1 : predicate.end] != "s":
        return False
    copulas = pack.classes.get(COPULAS, frozenset())
    fullness = pack.classes.get("fullness", frozenset())
    links = pack.classes.get("fullness_links", frozenset())
    tail = gap[-4:]
    return any(t in copulas for t in gap[1:-2]) and any(a in fullness and b in links for a, b in pairwise(tail))


def _verdict_after_hits(text: str, pack: _Pack, group: _Hit, opening: list[str], closed: bool) -> list[_Hit]:
    """(session 15, D: session 14's ``_verdict_hits`` (V) and ``_subject_topic_hits`` (F) made one) A verdict after
    the group's sentence, as the language reads it (``VERDICT_AFTER``): a group that opens its
    sentence (``_verdict_subject``) stays its subject past the sentence's end, the subject of a verbless judgement
    opening the next one ("jews run every bank. *greedy lying bunch*", "… again. *typical* hysterical lunatics",
    « Les X du quartier passent leur journée au café. *Tous des fainéants.* », « … *Bande de* profiteurs. »); not when
    that sentence names others the judgement may be about (``_verdict_rival``: "X were robbed by *thieves*. Vile
    bunch.", "X *got attacked* again. Vile bunch.", « … attaqués *par* des skinheads », « … accueilli *des gens* … »).
    English reads the judgement here (an empty ``verdict`` hit where it opens: the words before it are another
    sentence's), French leaves it to ``_elliptic_ok`` (a ``nominal`` hit over the marks)."""
    after = pack.verdict_after
    if after is None or (closed and not after.closed) or not _verdict_subject(pack, after, opening):
        return []
    end = min((i for i in (text.find(c, group.end) for c in _SENTENCE_END) if i >= 0), default=-1)
    run = re.match(rf"[{re.escape(after.marks)}]+(?=\s+\S)", text[end:]) if end >= 0 else None
    if run is None or _verdict_rival(text, pack, after, group, tokens(text[group.end : end], pack.elisions)):
        return []
    if not after.verdict:
        return [_Hit(end, end + run.end(), group.entry, group, nominal=True)]
    start = len(text) - len(text[end + run.end() :].lstrip())
    close = min((i for i in (text.find(c, start) for c in _SENTENCE_END) if i >= 0), default=len(text))
    verdict = tokens(text[start:close], pack.elisions)
    heads = pack.classes.get("verdict_heads", frozenset())
    openers = pack.classes.get("verdict_openers", frozenset())
    if not 2 <= len(verdict) <= _VERDICT_WORDS or not (set(verdict) & heads or verdict[0] in openers):
        return []
    if set(verdict) & (_reporting(pack) | pack.classes.get(NAMING, frozenset())):
        return []  # (session 22, T) "… *calls* them groomers", "*Labelling* them thieves is …": others' words
    return [_Hit(start, start, group.entry, group, elliptic=True, verdict=True)]


def _verdict_subject(pack: _Pack, after: VerdictAfter, opening: list[str]) -> bool:
    """A group that opens its sentence for ``_verdict_after_hits``: at most ``opening`` words before it, each of the
    ``openers`` class if named (« *Les* X … »), none of the ``barred`` class ("*With* X …")."""
    if len(opening) > after.opening:
        return False
    if after.openers is not None and any(t not in pack.classes.get(after.openers, frozenset()) for t in opening):
        return False
    return after.barred is None or not set(opening) & pack.classes.get(after.barred, frozenset())


def _verdict_rival(text: str, pack: _Pack, after: VerdictAfter, group: _Hit, own: list[str]) -> bool:
    """Others in the group's sentence (``own``: its words after the group) that a verdict after it may judge instead
    (``VerdictAfter``): more than ``reach`` words, an ``agents`` word, a noun of people after a ``rivals_after`` word
    or, without that class, one not after a ``possessives`` word ("X were robbed by *thieves*", not "X push their
    agenda on *our kids*"), or a group that undergoes something (``undergone``)."""
    if (after.reach is not None and len(own) > after.reach) or set(own) & pack.classes.get("agents", frozenset()):
        return True
    if after.undergone and _undergone(text, pack, group):
        return True
    if after.rivals_after is not None:
        people = pack.classes.get(PEOPLE, frozenset()) | pack.classes.get(ANAPHORIC_PEOPLE, frozenset())
        rivals = pack.classes.get(after.rivals_after, frozenset())
        return any(a in rivals and b in people for a, b in pairwise(own))
    own = own[1:] if own[:1] and _people(own[0], pack) else own  # "trans *activists*": the group's own noun
    possessives = pack.classes.get("possessives", frozenset())
    return any(_people(w, pack) and v not in possessives for v, w in pairwise(["", *own]))


def _after_head(text: str, pack: _Pack, pair: tuple[_Hit, _Hit], previous: list[str]) -> bool:
    """A group that opens its sentence (only ``dislocated_heads`` words before it, French) and a predicate that opens
    the clause after its comma (« Les X, *qu'ils crèvent* »): the predicate opens its sentence, as a wish does."""
    target, predicate = pair
    heads = pack.classes.get("dislocated_heads")
    if not heads or target.antecedent is not None or target.end > predicate.start:
        return False
    return text[target.end : predicate.start].strip() == "," and all(t in heads for t in _sentence_opening(previous))


def _judging_clitics(text: str, pack: _Pack, pronouns: list[_Hit]) -> list[_Hit]:
    """A clitic pronoun and the speaker's verb of judging after it (French words file's ``clitic_judges``: « je *les
    trouve* tous inutiles », « je *les considère comme* des parasites »): one hit over both, the subject of the verbless
    judgement that follows (``elliptic``: only ``elliptic`` words, then a predicate that closes its clause)."""
    judges = pack.classes.get("clitic_judges")
    if not judges:
        return []
    out: list[_Hit] = []
    for hit in pronouns:
        if text[hit.start : hit.end] not in pack.classes.get(CLITICS, frozenset()) or hit.antecedent is None:
            continue
        verb = re.match(r" (\w+)( comme)?\b", text[hit.end :])
        if verb is not None and verb.group(1) in judges:
            out.append(_Hit(hit.start, hit.end + verb.end(), hit.entry, hit.antecedent, elliptic=True))
    return out


def _topic_hits(text: str, pack: _Pack, group: _Hit, opening: list[str], closing: re.Match[str] | None) -> list[_Hit]:
    """Where a group stays the topic past its sentence without a pronoun in the next (French words file's
    ``topic_pronouns``): a group that closes its sentence, not after a ``prepositions`` word (« J'en ai connu, des
    X. »; « je bosse *avec* des X. »: a ``companions`` word does), or a sentence holding a
    topic pronoun that stands for it (« Des X, j'*en* ai croisé plein. », « Les X ? J'*en* ai eu comme voisins. »: a
    ``topic_openers`` subject before it). The next sentence's verbless judgement has it as its subject when it names
    what they are (``nominal``: « *Tous des* menteurs. », not « Honteux. », said of a situation)."""
    topics = pack.classes.get("topic_pronouns")
    if not topics:
        return []
    before = [t for t in opening if t not in pack.classes.get("determiners", frozenset())]
    topical = pack.classes.get(PREPOSITIONS, frozenset()) - pack.classes.get("companions", frozenset())
    out: list[_Hit] = []
    if closing is not None and (before[:1] == [] or before[0] not in topical):
        out.append(_Hit(group.end + closing.start(1), group.end + closing.end(1), group.entry, group, nominal=True))
    start = group.end
    for _ in range(2):  # the group's own sentence, then the next one
        end = min((i for i in (text.find(c, start) for c in _SENTENCE_END) if i >= 0), default=-1)
        run = re.match(r"[.!?]+(?=\s+\S)", text[end:]) if end >= 0 else None
        if run is None:
            break
        words = tokens(text[start:end], pack.elisions)
        if any(a in pack.classes.get("topic_openers", frozenset()) and b in topics for a, b in pairwise(words)):
            out.append(_Hit(end, end + run.end(), group.entry, group, nominal=True))
        start = end + run.end()
    return out


def _elliptic_ok(text: str, pack: _Pack, predicate: _Hit, gap: list[str], target: _Hit) -> bool:
    """A verbless judgement: only ``elliptic`` words before the predicate, which closes its clause (a sentence end,
    a comma or the end of the draft after it: "Vile, every one of them.", not "Terrible situation."); before a group
    put after it (``judged_after``), a second adjective or a short complement may close it instead (« Bêtes *et
    méchantes*, les X », « Un danger *pour la France*, les X »); of a group that only stays the topic (``nominal``),
    a ``nominal`` word must open it (« *Des* sauvages. »)."""
    judged_after = target.elliptic
    gap, denied = _denied_subject(gap, pack)
    if target.verdict:  # "… . greedy *lying* bunch", "… . sick *twisted* crowd": the verdict's other words are its own
        return True
    if any(t not in pack.classes.get("elliptic", frozenset()) for t in gap):
        return False
    said = tokens(text[target.end : predicate.end], pack.elisions)
    if target.nominal and not denied and not set(said) & pack.classes.get("nominal", frozenset()):
        return False
    rest = text[predicate.end :].lstrip(" ")
    if judged_after and rest and rest[0] not in ",.!?;":
        words = tokens(rest[: rest.find(",")] if "," in rest else "", pack.elisions)
        joined = words[:1] in (["et"], ["ou"]) and len(words) == 2  # « bêtes et méchantes »
        return joined or (1 < len(words) <= 4 and words[0] in pack.classes.get(PREPOSITIONS, frozenset()))
    return not rest or rest[0] in ",.!?;"


def _window(before: list[str], window: int) -> list[str]:
    """The ``window`` words before the pair, nearest first, and the mark of a pair that opens its clause after a longer
    head (``_after_head``: « *Ces putains de* X, qu'ils dégagent »), which ``_mark_start`` put last."""
    return before[:window] + ([SENTENCE_START] if SENTENCE_START in before[window:] else [])


def _denied_subject(gap: list[str], pack: _Pack) -> tuple[list[str], bool]:
    """A ``denied_subjects`` word opening the judgement after a group that stays the topic or is shown, and the
    ``denied_links`` words after it (« Des X, j'en ai connu. *Aucun n'était* fiable. », « Les X ? *Pas un seul n'est*
    honnête. »): one member denied for all, a subject of its own; returns the rest of the gap and whether it held one.
    What the judgement says stays negated (« Aucun n'était voleur. ») but for a praise denied."""
    subjects = pack.classes.get("denied_subjects", frozenset())
    if not gap or gap[0] not in subjects:
        return gap, False
    links = subjects | pack.classes.get("denied_links", frozenset())
    rest = next((i for i, token in enumerate(gap) if token not in links), len(gap))
    return gap[rest:], True


def _preceded_as_asked(folded: Folded, pack: _Pack, target: _Hit, predicate: _Hit) -> bool:
    """Whether each side stands after the word class its entry's ``preceded_by`` asks for; a pronoun needs no
    determiner (« Ce sont … »), nor a group after the praise its predicate asks for (``group_after``)."""
    for hit in (target, predicate):
        wanted = hit.entry.preceded_by if hit is predicate or predicate.entry.group_after is None else None
        if wanted is not None and hit.antecedent is None:
            previous = _tokens_before(folded.text, hit.start, pack.elisions)[-1:]
            if previous and pack.elisions and folded.text[hit.start - 1 : hit.start] == "'":
                previous[0] += "'"  # « plein *d'*Arabes »: the elided word before the hit is « d' », not « d »
            if not previous or previous[0] not in pack.classes.get(wanted, frozenset()):
                return False
    return True


def _clause_before(previous: list[str], pack: _Pack, limit: int) -> list[str]:
    """The words of the pair's own clause before it, nearest first: up to ``limit``, stopping at a sentence end or a
    contrast ("I'm not racist but X are …", "I don't hate X, but …": a new clause asserts); a contrast that is also a
    ``reported`` word, a ``report_links`` word right after it, reports instead (session 12, E: "It's a *lie that* X …",
    where "Not gonna *lie*, X are …" asserts)."""
    contrasts = pack.classes.get(CONTRASTS, frozenset())
    opening = contrasts & pack.classes.get(REPORTED, frozenset())
    links = pack.classes.get(REPORT_LINKS, frozenset())
    before: list[str] = []
    for token in reversed(previous):
        reports = token in opening and bool(before) and before[-1] in links
        if token in _SENTENCE_END or (token in contrasts and not reports) or len(before) >= limit:
            break
        before.append(token)
    return before


def _idle_report_nouns(text: str, pack: _Pack, first: int) -> frozenset[str]:
    """The ``report_nouns`` before the pair in its sentence that open no report: no ``report_links`` word ("that",
    "of") nor a quotation right after them ("I had an *idea*: X are …", "My *theory*: …" are the writer's own; not
    "the idea *that* X are …", "the notion *of* X being …")."""
    nouns = pack.classes.get(REPORT_NOUNS, frozenset())
    if not nouns:
        return frozenset()
    links = pack.classes.get(REPORT_LINKS, frozenset())
    start = max((text.rfind(c, 0, first) for c in _SENTENCE_END), default=-1) + 1
    idle: set[str] = set()
    linked: set[str] = set()
    for match in _WORD.finditer(text, start, first):
        elided = _ELISION.match(match.group()) if pack.elisions else None
        word = elided.group(2) if elided else match.group()  # « l'*idée* de laisser entrer … »
        if word not in nouns:
            continue
        rest = text[match.end() : first].lstrip()
        following = _WORD.match(rest)
        link = following.group() if following is not None else ""
        split = _ELISION.match(link) if pack.elisions else None
        link = split.group(1) + "'" if split else link  # « l'idée *qu'*ils … »
        link += "'" if rest[len(link) : len(link) + 1] == "'" else ""  # the pair's own word cut after « qu' »
        opened = rest[:1] in _QUOTES or link in links
        (linked if opened else idle).add(word)
    return frozenset(idle - linked)


_OBJECT_REACH = 4  # words after a form where its object (``objects``) stands, object_skips words first
_NAME = "<name>"  # an ``objects`` class may hold it: a capitalised word of the draft names a company ("buying *Acme*")
_MENTION = "<mention>"  # an ``objects`` class may hold it: an @mention names one ("acquiring *@rivalcorp*")


def _argued(folded: Folded, pack: _Pack, hits: Iterable[_Hit]) -> list[_Hit]:
    """The hits whose entry's ``objects`` and ``subjects`` stand where it asks: a deal verb with a company as its
    object ("we're buying *Northwind*", "merging with *our biggest rival*", « on rachète *Dumoulin SA* », not "buying
    my dad a guitar", « on rachète un canapé »), a departure with an executive as its subject ("the *CFO* is stepping
    down", « notre *DG* s'en va »)."""
    out: list[_Hit] = []
    for hit in hits:
        entry = hit.entry
        if entry.objects is not None and not _object_named(folded, pack, hit, entry.objects):
            continue
        if entry.subjects is not None:
            previous = _clause_before(_tokens_before(folded.text, hit.start, pack.elisions), pack, _OBJECT_REACH)
            if not set(previous) & pack.classes.get(entry.subjects, frozenset()):
                continue
        if entry.context is not None and not _in_context(folded, pack, entry.context):
            continue
        if (
            entry.figure
            and not _FIGURE.search(folded.original)
            and (entry.appraisal is None or not _in_words(folded, pack, entry.appraisal))
        ):
            continue  # (S, session 37) a word of ``appraisal`` stands for the figure
        if entry.not_context is not None and _in_words(folded, pack, entry.not_context):
            continue
        out.append(hit)
    return out


_CASHTAG = re.compile(r"(?<![\w$])\$[A-Za-z][A-Za-z.]{0,5}\b")  # "$ACME", in the draft as written


# (session 33, K) a figure of the news itself: a percentage or an amount ("-12 %", "€40m", "3 million"), or a count of
# two or more digits before a word that is no month, ordinal or hour ("300 people", « 230 postes »; not "the 15th",
# « le 12 mars », "Q3", a year)
_MONTHS = (
    "jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|"
    "november|dec|december|janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre|octobre|novembre|"
    "decembre|décembre"
)
_FIGURE = re.compile(
    r"(?<![\w.,])[-+\u2212]?\d+(?:[.,]\d+)?\s?(?:%|€|\$|£|k\b|m\b|bn\b|million|milliard|billion)"
    r"|(?<![\w.,/$€£])(?!(?:19|20)\d\d\b)\d{2,}(?:[.,]\d+)?\s+(?!(?:" + _MONTHS + r"|th|st|nd|rd|h|am|pm)\b)[^\W\d_]",
    re.IGNORECASE,
)


def _in_words(folded: Folded, pack: _Pack, wanted: str) -> bool:
    """(session 34, K) A word of the class ``wanted`` in the folded draft (``not_context``)."""
    return bool(set(tokens(folded.text, pack.elisions)) & pack.classes.get(wanted, frozenset()))


def _in_context(folded: Folded, pack: _Pack, wanted: str) -> bool:
    """(session 31, T) A word of the class ``wanted`` in the folded draft, or a $cashtag: the company or the market
    the form is said of ("*our* new headset ships in March", "*$ACME* beat big", « *notre* gamme sort en mai »), not
    a fan repeating news ("the new console drops Friday") or a game won ("I beat big Mike at chess")."""
    words = pack.classes.get(wanted, frozenset())
    return bool(set(tokens(folded.text, pack.elisions)) & words) or bool(_CASHTAG.search(folded.original))


def _object_named(folded: Folded, pack: _Pack, hit: _Hit, wanted: tuple[str, ...]) -> bool:
    """A word of the classes ``wanted`` among the ``_OBJECT_REACH`` words after ``hit`` in its clause ("acquiring a
    fintech *startup*"), or, when they hold ``<name>``, a capitalised name of the draft as written after
    ``object_skips`` words only (an article, "with", an adjective of size: "merging with *Acme*"; not in a draft written
    in capitals), or, when they hold ``<mention>``, an @mention there ("acquiring *@rivalcorp*")."""
    words = frozenset().union(*(pack.classes.get(name, frozenset()) for name in wanted))
    skips = pack.classes.get("object_skips", frozenset())
    position, named, mentioned = hit.end, _NAME in words, _MENTION in words
    for _ in range(_OBJECT_REACH):
        match = _WORD.search(folded.text, position)
        if match is None or any(c in ",.;:!?" for c in folded.text[position : match.start()]):
            return False
        word = match.group(0)
        if word in words or (named and _capitalised(folded, match.start(), match.end())):
            return True  # "a fintech *startup*": a noun of a company after words of its own
        if mentioned and folded.original[folded.starts[match.start()]] == "@":
            return True  # "acquiring *@rivalcorp*": a handle (folding reads its "@" as a letter)
        named = named and word in skips  # a name stands first: "buying *Acme*", not "buying my dad's *Ford*"
        mentioned = mentioned and word in skips
        position = match.end()
    return False


def _capitalised(folded: Folded, start: int, end: int) -> bool:
    """The word at folded ``[start, end)`` opens with a capital in the draft as written, the draft not in capitals."""
    written = folded.original[folded.starts[start] : folded.ends[end - 1]]
    letters = [c for c in folded.original if c.isalpha()]
    shouted = sum(c.isupper() for c in letters) > len(letters) / 2
    return bool(written) and written[0].isupper() and not shouted


def _noun_homographs(previous: list[str], pack: _Pack) -> frozenset[str]:
    """Forms of a verb of saying in ``previous`` (the words before a pair) that are also a noun (``noun_homographs``)
    and stand only right after an ``articles`` word there: the noun, which reports nothing (« il a eu *le poste* parce
    que … », not « ce compte *poste* que … »)."""
    nouns = pack.classes.get("noun_homographs", frozenset())
    if not nouns:
        return frozenset()
    articles = pack.classes.get(ARTICLES, frozenset())
    after = {t for i, t in enumerate(previous) if t in nouns and i and previous[i - 1] in articles}
    verbs = {t for i, t in enumerate(previous) if t in nouns and not (i and previous[i - 1] in articles)}
    return frozenset(after - verbs)


def _met_member(text: str, pack: _Pack, target: _Hit, gap: list[str]) -> bool:
    """(session 40, N) The group is the member of an encounter, a ``met_whos`` word right after it ("never met a X
    *who* …", « jamais rencontré un X *qui* … »): a praise denied in that relative clause is the challenge's to read
    (``app.kinds.generalised``: with an ever-word before, a double negation that praises every member, "… who wasn't
    generous", and a vice that condemns them, "… who wasn't a liar"), not a praise denied of the group."""
    if not gap or gap[0] not in pack.classes.get("met_whos", frozenset()):
        return False
    before = [t for t in _tokens_before(text, target.start, pack.elisions) if t not in _SENTENCE_END][-2:]
    return (
        len(before) == 2
        and before[1] in pack.classes.get("met_members", frozenset())
        and before[0] in pack.classes.get("met_encounters", frozenset())
    )


def _tokens_before(text: str, end: int, elisions: bool) -> list[str]:
    """The words (and sentence ends) of ``text[:end]``, read from its last 160 characters when they hold any."""
    if end > 160:
        near = tokens(text[end - 160 : end], elisions)[1:]  # the first may be cut
        if near:
            return near
    return tokens(text[:end], elisions)


def _attributive(gap_text: str, target: _Hit, predicate: str) -> bool:
    """An adjective of one word touching its group, nothing between them (not a pronoun: "a problem they")."""
    return not gap_text.strip() and target.antecedent is None and " " not in predicate


def _adjective(token: str, pack: _Pack) -> bool:
    """Where adjectives follow their noun and plural verbs have a ``verb_suffixes`` ending, a word of 5+ letters
    without one, right after a group, qualifies it (« les femmes *enceintes* », not « les femmes *aiment* »)."""
    return (
        pack.adjectives_follow
        and bool(pack.verb_suffixes)
        and len(token) >= 5
        and token.isalpha()
        and not token.endswith(pack.verb_suffixes)
    )


def _group_opens_sentence(text: str, pack: _Pack, target: _Hit) -> bool:
    """Only articles, fillers, determiners, praise, presenters, contrasts, clause joins, speaker words and adverbs
    stand before the group in its sentence (« Franchement, les Roms, c'est … », « un bon X, c'est … »): the group
    heads it, not the object of a verb."""
    names = (ARTICLES, FILLERS, "determiners", "praise", "presenters", CONTRASTS, "clause_joins", SPEAKER)
    heading = frozenset().union(*(pack.classes.get(name, frozenset()) for name in names))
    whole = _BREAK not in text  # (session 35, K) from an unmarked break, if the view has one
    words = tokens(text[: target.start], pack.elisions) if whole else _opening_tokens(text, target.start, pack.elisions)
    before = _sentence_opening(words)
    return all(t in heading or _adverb(t, pack.gap_suffixes) for t in before)


def _adverb(token: str, suffixes: tuple[str, ...]) -> bool:
    """A word with an adverb ending of the language ("naturally", « vraiment »), allowed in a gap like a filler."""
    return any(token.endswith(s) and len(token) >= len(s) + 3 for s in suffixes)


def _quoted(text: str, start: int, end: int) -> bool:
    """True when folded [start, end) lies inside one pair of quotation marks ("…", “…”, «…», or '…' when the
    single marks stand at word edges, so the apostrophes of "don't" never open or close a quote)."""
    return _quote_begin(text, start, end) is not None


_ATTRIBUTION = frozenset(" \t:,->→–—")
"""What may stand between a target and the quotation it introduces: "@x: '…'", "RT @x « … »", "@x — “…”"."""


def _quote_introduced(folded: Folded, target: _Hit, predicate: _Hit) -> bool:
    """(lead, session 25; H's diagnosis) The target an @mention and the predicate inside a quotation that opens right
    after it, nothing but spaces and attribution marks between (``_ATTRIBUTION``): the account is who said the quoted
    words ("RT @jo: 'their interns are clowns' -- no, they shipped"), not who they are said of. "@x is a 'clown'"
    keeps its pair (a copula stands between), and so does a group before a quotation ("Immigrants: 'parasites'"),
    which is no speaker."""
    text = folded.text
    begin = _quote_begin(text, predicate.start, predicate.end)
    if begin is None or begin < target.end or folded.original[folded.starts[target.start]] != "@":
        return False
    return all(char in _ATTRIBUTION for char in text[target.end : begin])


def _quote_begin(text: str, start: int, end: int) -> int | None:
    """Where the quotation holding folded [start, end) opens (as ``_quoted`` reads quotation marks), or None."""
    opened: str | None = None
    begin = 0
    for index, char in enumerate(text):
        if opened is None and (char in _QUOTES or (char == "'" and _opens(text, index))):
            opened, begin = _QUOTES.get(char, char), index
        elif opened is not None and char == opened and (char != "'" or _closes(text, index)):
            if begin < start and end <= index:
                return begin
            opened = None
    return None


def _opens(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isalnum() and after.isalnum()


def _closes(text: str, index: int) -> bool:
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _entry_of(spec: EntrySpec, spec_list: ListFile, side: Literal["target", "predicate"]) -> Entry:
    """One entry of a list file, its own conditions over the file's defaults."""
    return Entry(
        term=spec.term,
        side=side,
        sureness=spec.sureness if spec.sureness is not None else spec_list.sureness,
        target=spec.target or spec_list.target,
        requires=spec.requires or spec_list.requires,
        negated=spec.negated,
        key=spec.key or spec_list.key,
        preceded_by=spec.preceded_by,
        attributive=spec.attributive if spec.attributive is not None else spec_list.attributive,
        adjacent=spec.adjacent,
        closed_by=spec.closed_by,
        objects=(spec.objects,) if isinstance(spec.objects, str) else tuple(spec.objects) if spec.objects else None,
        subjects=spec.subjects,
        context=spec.context,
        figure=spec.figure,
        not_context=spec.not_context,
        appraisal=spec.appraisal,
        final=spec.final,
        then=frozenset(fold_term(w) for w in spec.then),
        of_group=spec.of_group,
        only_with=frozenset(spec.only_with),
        not_with=frozenset(fold_term(w) for w in spec.not_with),
        free=spec.free,
        group_after=spec.group_after,
        why_asks=spec.why_asks,
        undone_by=spec.undone_by,
        modified_by=spec.modified_by,
        complaint=spec.complaint,
        members=spec.members,
        shown=spec.shown,
        fate=spec.fate,
        blow=spec.blow,
        occupied=spec.occupied,
        through=spec.through,
        needs_after=spec.needs_after,
        act=spec.act,
        persons=spec.persons,
        pointed=spec.pointed,
        unnamed=spec.unnamed,
    )


def headed_forms(forms: Iterable[str], heads: Iterable[str]) -> list[str]:
    """Each form with each head noun of people: after the form ("black *people*"), or in its ``{}`` (« vies {} »)."""
    heads = list(heads)
    return [head.replace("{}", form) if "{}" in head else f"{form} {head}" for form in forms for head in heads]


def _entries(
    spec_list: ListFile, side: Literal["target", "predicate"], language: str, known: frozenset[str] | None = None
) -> Iterable[tuple[str, Entry, bool]]:
    """(folded form, entry, is_fuzzy) for every form of every entry of a list file.

    Folded, a present form can be a participle the file lists under another entry with other conditions:
    « expulses » is « expulsés » (« devraient être expulsés », a group in the plural), so a conjugated form
    ending in -s never takes the place of a written one; « chasse » stays the present (« qu'on chasse les … »),
    hate about a group being plural far more often than singular.
    """
    how = list(spec_list.inflect)
    glued = [fold_term(w) for w in spec_list.glued]
    specs = [EntrySpec(term=raw) if isinstance(raw, str) else raw for raw in spec_list.terms]
    listed = {fold_term(f) for spec in specs for w in (spec.term, *spec.forms) for f in (w, *inflect(w, language, how))}
    for spec in specs:
        entry = _entry_of(spec, spec_list, side)
        written = [spec.term, *spec.forms]
        if spec.open_heads:  # "jewish" alone: a group only beside a noun of people ("Jewish bankers")
            modifier = replace(entry, modifier=True)
            for form in written:
                yield fold_term(form), modifier, False
        if spec.heads:  # "black" names a group only before a noun of people: "black people", "black lives"
            written = headed_forms(written, spec.heads)
            if spec.fuzzy_heads:  # "blakc people": the adjective misspelt before its noun of people
                excluded = {fold_term(w) for w in spec_list.fuzzy_exclude}
                for form in [spec.term, *spec.forms]:
                    for variant in sorted(fuzzy_variants(fold_term(form), spec_list.fuzzy_short, known) - excluded):
                        if len(variant) < 4:  # "rma people": three letters are too often a word or a name
                            continue
                        for head in spec.fuzzy_heads:
                            folded_head = fold_term(head)
                            joined = folded_head.replace("{}", variant) if "{}" in head else f"{variant} {folded_head}"
                            yield joined, entry, True
        if spec.conjugate and language == "fr":
            conjugated = [f for w in written for f in conjugation_fr.vow_forms(w)]
            written = written + [f for f in conjugated if not (f.endswith("s") and fold_term(f) in listed)]
        forms = written + [f for w in written for f in inflect(w, language, how)] if how else written
        if spec_list.singular and entry.target == "before" and not (spec.requires or spec.negated):
            # "Every X is *a scammer*" beside "X are scammers" (not a praise denied: "X will never be equals"), as
            # written only (no spelling variant)
            yield from ((fold_term(f), entry, False) for f in _singulars(written) if fold_term(f) not in listed)
        yield from _tensed_entries(spec_list, entry, written, listed) if language == "fr" else ()
        fuzzy = spec.fuzzy if spec.fuzzy is not None else spec_list.fuzzy
        for form in _inverted_fr(forms) if spec_list.inverted else forms:
            folded = fold_term(form)
            yield folded, entry, False
            if language == "en" and "'" in folded:  # "dont deserve", "shouldnt be allowed": apostrophes left out
                yield folded.replace("'", ""), entry, False
            if fuzzy:
                # a French group names its noun first (« personnes trans »), a predicate its own last (« une plaie »)
                head_first = language == "fr" and side == "target"
                for variant in spelled_variants(folded, spec_list.fuzzy_short, known, head_first):
                    if side == "predicate" or len(variant) >= 4:  # a group of 3 letters ("rma", « gis ») is a word
                        yield variant, entry, True
                joined = folded.replace(" ", "")  # "a p l a g u e" folds to "aplague": its spaces left out
                if known is not None and joined != folded and joined.isalpha() and joined not in known:
                    yield joined, entry, True
                if glued and folded.isalpha():  # « lesjuifs »: the determiner is in the hit, none is asked before it
                    for word in glued:
                        yield word + folded, replace(entry, preceded_by=None), True


def _tensed_entries(
    spec_list: ListFile, entry: Entry, written: list[str], listed: set[str]
) -> Iterator[tuple[str, Entry, bool]]:
    """With ``tenses``, the forms of an entry with the group before in the other tenses of their verb
    (``_tensed_fr``), as spelling variants: a form written by hand, in any file, keeps its own entry. Not for a verb
    a required cue governs (« il faudrait que les X *soient* gazés », modal), a denial asked for apart."""
    if spec_list.tenses and entry.target == "before" and entry.requires in (None, NEGATIONS):
        yield from ((f, entry, True) for f in _tensed_fr(written) if f not in listed)


# what may stand before the verb of a predicate form: clitics, « ne » (« ne *servent* à rien », « nous *coûtent* … »)
_BEFORE_VERB = frozenset({"ne", "nous", "vous", "me", "leur", "lui", "en", "y", "se", "les", "la", "le", "pas"})


def _tensed_fr(forms: list[str]) -> list[str]:
    """Folded, each form with its first verb (after ``_BEFORE_VERB`` words and an elision: « s'*intègrent* jamais »)
    in the verb's other third-person forms (``other_forms``): « apportent rien » → « apportera rien », « apporte
    rien », « apportaient rien »; « sont une plaie » → « soient une plaie », « seraient une plaie »."""
    out: list[str] = []
    for form in forms:
        words = fold_term(form).split(" ")
        at = next((i for i, w in enumerate(words) if w not in _BEFORE_VERB and w.split("'")[-1]), None)
        if at is None:
            continue
        elided, _, verb = words[at].rpartition("'")
        prefix = elided + "'" if elided else ""
        others = other_forms(_accented(verb, form))
        if _accented(verb, form) not in others[1::2]:
            continue  # a singular verb may have another subject: « la place des X *est* chez eux »
        alone = len(words) == 1  # « mentent » → « mentait », not « ment » nor « agresse » (« agressé »)
        kept = [fold_term(o) for o in others if fold_term(o) != verb and fold_term(o) not in _ENDINGS]
        kept = [f for f in kept if not (alone and (len(f) < 6 or f.endswith("e")))]
        out += [" ".join([*words[:at], prefix + f, *words[at + 1 :]]) for f in kept]
    return out


# verb forms that are also a word ending: « ment » (mentir) ends every adverb, and a glued token is cut before a
# word that opens a form (« génétique|ment inférieurs » would hide « inférieurs »)
_ENDINGS = frozenset({"ment"})


def _accented(folded: str, form: str) -> str:
    """The word of ``form`` as written whose folding is ``folded`` (the conjugation table is accented)."""
    for word in form.replace("'", " ").split():
        if fold_term(word) == folded:
            return word.lower()
    return folded


def _singulars(forms: list[str]) -> list[str]:
    """English: each one-word plural noun of ``forms`` (4+ letters, in -s but not -ss, -us, -is or -ous) in the
    singular after "a" and "an" ("thieves" → "a thief", "leeches" → "a leech", "bullies" → "a bully"); an adjective
    in -s makes a phrase no draft writes ("a dangerou"), which never matches."""
    out: list[str] = []
    for form in forms:
        if " " in form or not form.isalpha() or len(form) < 4 or not form.endswith("s"):
            continue
        if form.endswith(("ss", "us", "is", "ous")):
            continue
        if form.endswith("ies") and len(form) > 4:
            stem = form[:-3] + "y"
        elif form.endswith("ves"):
            stem = form[:-3] + "f"
        elif form.endswith(("ches", "shes", "xes")):
            stem = form[:-2]
        else:
            stem = form[:-1]
        out += [f"a {stem}", f"an {stem}"]
    return out


def _inverted_fr(forms: list[str]) -> list[str]:
    """The forms of an ``inverted`` list (French), and each one with its first plural verb (a word of 4+ letters in
    -ent) followed by a hyphened subject pronoun, as an inverted question writes it: « nous coûtent trop cher » →
    « nous coûtent-ils trop cher », « nous coûtent-elles trop cher »."""
    out = list(forms)
    for form in forms:
        words = form.split(" ")
        at = next((i for i, w in enumerate(words) if len(w) >= 4 and w.endswith("ent") and w.isalpha()), None)
        if at is not None:
            for p in ("ils", "elles"):
                out += [
                    " ".join([*words[:at], f"{words[at]}-{p}", *inserted, *words[at + 1 :]])
                    for inserted in (_INVERTED_INSERTS if at + 1 < len(words) else ((),))
                ]
    return out


# what a question puts between its inverted verb and the rest (« contrôlent-ils *vraiment toutes* les banques ? »):
# nothing, one adverb or quantifier, or « vraiment » before a quantifier
_INVERTED_INSERTS: tuple[tuple[str, ...], ...] = (
    (),
    *(
        (w,)
        for w in (
            "vraiment",
            "tous",
            "toutes",
            "tout",
            "toujours",
            "encore",
            "seulement",
            "aussi",
            "donc",
            "réellement",
            "forcément",
            "tjrs",
        )
    ),
    *(("vraiment", w) for w in ("tous", "toutes", "tout", "toujours")),
)


class ProximityKind(Kind[ProximityParams]):
    """Builds ``proximity`` rules: reads the lists and word classes, compiles one automaton per language."""

    name = "proximity"
    Params = ProximityParams

    def build(self, meta: RuleMeta, params: ProximityParams, deps: Deps) -> ProximityRule:
        """Load every list; a missing file or a ``requires`` naming no word class is a load error. A language whose
        pack the disk cache holds (``_stored_key``) is read back when a draft of that language first asks for it
        (``_LazyPacks``); the others are built now, checked, and kept on disk."""
        packs: dict[str, _Pack] = {}
        deferred: dict[str, tuple[tuple[str, ...], str]] = {}
        to_store: dict[str, str] = {}
        indexed: dict[str, _Indexed] = {}
        for language in sorted(set(params.targets) | set(params.predicates)):
            key = _pack_key(meta, params, deps, language)
            shared = _SHARED_PACKS.get(key) if key is not None else None
            if shared is not None:  # the same files already built for a rule still alive
                packs[language] = shared
                continue
            stored = _stored_key(key, params, deps, language) if key is not None else None
            if key is not None and stored is not None:
                if build_cache.has(stored):
                    deferred[language] = (key, stored)
                    continue
                to_store[language] = stored
            packs[language], indexed[language] = _built_pack(meta, params, deps, language)
            if key is not None:
                _SHARED_PACKS[key] = packs[language]
        for language, pack in packs.items():
            _check_pack(pack, params, language)
        for language, stored in to_store.items():
            build_cache.store(stored, _pack_state(packs[language], indexed[language]))
            _remember_stored(packs[language], stored)
        coded = params.coded_groups
        stereotypes = {
            k: _shared_stereotypes(deps.resolve(meta, v), deps.resolve(meta, coded[k]) if k in coded else None)
            for k, v in params.stereotypes.items()
        }
        if build_cache.enabled():  # (S, session 22) what the kept pre-scan is keyed by (``_kept_scan_automaton``)
            for k, v in params.stereotypes.items():
                _remember_guesses(stereotypes[k].guesses, build_cache.file_digest(deps.resolve(meta, v)))
        threats = {k: ThreatReading.shared(deps.resolve(meta, v)) for k, v in params.threat_reading.items()}
        lazy = _LazyPacks(packs, {lang: _PackLoader(meta, params, deps, lang, *at) for lang, at in deferred.items()})
        return ProximityRule(meta, lazy, params, _read_models(params, deps), stereotypes, threats)


_Indexed = dict[str, tuple[int, "Entry | None"]]
# (N, session 45) classes whose words are no class words: "Americans" stays a rival antecedent (``_rival_words``)
_NO_CLASS_WORDS = _FRAME_NOUNS | {BELONGING_PEOPLES}


def _built_pack(meta: RuleMeta, params: ProximityParams, deps: Deps, language: str) -> tuple[_Pack, _Indexed]:
    """The language's pack built from its lists and word classes (folded, indexed), and what its automaton holds
    (form -> value: the disk cache keeps it, ``_pack_state``; reading it back from the automaton is slower)."""
    exact, fuzzy, excluded, allow, modifiers, twins = _read_lists(meta, params, deps, language)
    layout = _classes_file(meta, params, deps, language)
    classes = _fold_classes(layout, language)
    _check_named_classes([*exact.values(), *fuzzy.values()], classes, language)
    automaton = ahocorasick.Automaton()
    indexed: _Indexed = {}
    for form, value in exact.items():
        automaton.add_word(form, value)
        indexed[form] = value
    for form, value in fuzzy.items():
        if form not in exact and form not in excluded:
            automaton.add_word(form, value)
            indexed[form] = value
    for phrase in allow:
        folded = fold_term(phrase)
        # "dont deserve the hate": an English allow phrase holds with its apostrophes left out, like a term
        for written in {folded, folded.replace("'", "")} if language == "en" else {folded}:
            if written.strip():
                automaton.add_word(written, (len(written), None))
                indexed[written] = (len(written), None)
    if len(automaton):
        automaton.make_automaton()
    allowed_gap = frozenset().union(*(v for k, v in classes.items() if k not in _NOT_GAP))
    pack = _Pack(
        automaton,
        classes,
        allowed_gap,
        elisions=language == "fr",
        gap_suffixes=tuple(fold_term(x) for x in layout.gap_suffixes),
        adjectives_follow=layout.adjectives_follow,
        modifiers=frozenset(modifiers),
        then=any(entry is not None and entry.then for _n, entry in exact.values()),
        people_suffixes=tuple(fold_term(x) for x in layout.people_suffixes),
        verb_suffixes=tuple(fold_term(x) for x in layout.verb_suffixes),
        known=known_words(language, _models_dir(deps)),
        accented=_accent_twins(layout),
        # (G2, session 42) not the shaped_* words: names of teams and sports ("om", "psg") are no half of a glued pair
        class_words=frozenset().union(
            *(
                v
                for k, v in classes.items()
                if k not in _NO_CLASS_WORDS and k not in SHAPED_CLASSES and k not in NAMED_CLASSES
            )
        ),
        terms=frozenset(f for f, (_n, e) in exact.items() if e is not None and " " not in f),
        phrase_words=frozenset(w for f, (_n, e) in exact.items() if e is not None and " " in f for w in f.split()),
        twins={f: tuple(e) for f, e in twins.items()},
        verdict_after=_verdict_after(language, classes),
    )
    if params.respell:  # a class word is no misspelling either ("cooks", a noun of people, is not "crooks")
        kept = pack.known | excluded | frozenset().union(*classes.values())
        pack.respelt.update(respellings(exact, kept))
    _remember_targets(pack, _side_forms(indexed.items()))
    return pack, indexed


def _check_pack(pack: _Pack, params: ProximityParams, language: str) -> None:
    """What a built pack must hold for the rule's options: the ``entity_requires`` class, ``VERDICT_AFTER``'s."""
    if params.entity_requires is not None and params.entity_requires not in pack.classes:
        raise ValueError(f"entity_requires: no word class {params.entity_requires!r} for {language}")
    _check_verdict_after(pack, language)


# _Pack fields a disk entry leaves out: the known words (kept apart, ``app.text.lexicon``), the automaton (kept as its
# forms and values, ``_pack_state``), and what a process fills or numbers for itself
_UNSTORED = frozenset({"automaton", "known", "view_key", "cuts", "segments"})
_PACK_FORMAT = "3"  # (G2, session 42) 2: the words files' ``shaped_*`` classes; (D, session 43) 3: ``named_*``


def _stored_key(key: tuple[str, ...], params: ProximityParams, deps: Deps, language: str) -> str | None:
    """The disk cache key of a pack (``app.kinds.build_cache``): ``_pack_key`` (the digests of the files), the model
    file the known words come from, and the rule's options; None when the cache is off."""
    if not build_cache.enabled():
        return None
    model = model_path(language.split("-")[0], _models_dir(deps))
    parts = [_PACK_FORMAT, *key, build_cache.file_digest(model), params.model_dump_json()]
    return build_cache.entry_key("proximity-pack", parts)


def _pack_state(pack: _Pack, indexed: _Indexed) -> dict[str, Any]:
    """What the disk cache keeps of a pack: its fields but ``_UNSTORED``, and the automaton's forms with their
    values, as ``marshal`` bytes (the forms, each value's length and the index of its entry: marshal reads them back
    several times faster than pickle) and the distinct entries (pickled once each, so that an entry many forms
    share is one object again)."""
    state = {f.name: getattr(pack, f.name) for f in fields(pack) if f.name not in _UNSTORED}
    items = list(indexed.items())  # what ``pack.automaton.items()`` gives, several times faster
    distinct = {id(entry): entry for _form, (_length, entry) in items}
    number = {key: at for at, key in enumerate(distinct)}
    forms = [form for form, _value in items]
    lengths = [length for _form, (length, _entry) in items]
    at = [number[id(entry)] for _form, (_length, entry) in items]
    state["automaton"] = (marshal.dumps((forms, lengths, at)), list(distinct.values()))
    return state


def _pack_from_state(state: dict[str, Any], known: frozenset[str]) -> _Pack:
    """The pack ``_pack_state`` kept, its automaton indexed again (the same forms and values)."""
    raw, entries = state.pop("automaton")
    forms, lengths, at = marshal.loads(raw)
    automaton = ahocorasick.Automaton()
    add = automaton.add_word
    for form, length, number in zip(forms, lengths, at, strict=True):
        add(form, (length, entries[number]))
    if len(automaton):
        automaton.make_automaton()
    pack = _Pack(automaton=automaton, known=known, **state)
    _remember_targets(pack, _side_forms((form, (0, entries[number])) for form, number in zip(forms, at, strict=True)))
    return pack


def _side_forms(items: Iterable[tuple[str, tuple[int, Entry | None]]]) -> dict[Side, list[str]]:
    """The forms of an automaton's (form, (length, entry)) items by their entry's side (an allowed phrase has none)."""
    out: dict[Side, list[str]] = {"target": [], "predicate": []}
    for form, (_n, entry) in items:
        if entry is not None:
            out[entry.side].append(form)
    return out


class _PackLoader:
    """Reads one language's pack from the disk cache the first time a draft asks for it; a damaged or vanished entry
    is built again from the lists (and kept again)."""

    def __init__(
        self, meta: RuleMeta, params: ProximityParams, deps: Deps, language: str, key: tuple[str, ...], stored: str
    ) -> None:
        self.meta, self.params, self.deps = meta, params, deps
        self.language, self.key, self.stored = language, key, stored

    def __call__(self) -> _Pack:
        shared = _SHARED_PACKS.get(self.key)
        if shared is not None:
            return shared
        state = build_cache.load(self.stored)
        pack: _Pack | None = None
        if isinstance(state, dict):
            try:
                pack = _pack_from_state(state, known_words(self.language, _models_dir(self.deps)))
            except Exception:  # noqa: BLE001 - an entry of another shape (any error making it) is built again
                pack = None
        if pack is None:
            pack, indexed = _built_pack(self.meta, self.params, self.deps, self.language)
            _check_pack(pack, self.params, self.language)
            build_cache.store(self.stored, _pack_state(pack, indexed))
        _remember_stored(pack, self.stored)
        _SHARED_PACKS[self.key] = pack
        return pack


class _LazyPacks(Mapping[str, _Pack]):
    """A rule's packs by language: those built at start, and those the disk cache holds, read on first use."""

    def __init__(self, built: dict[str, _Pack], loaders: dict[str, _PackLoader]) -> None:
        self._built = built
        self._loaders = loaders
        self._lock = threading.Lock()

    def __getitem__(self, language: str) -> _Pack:
        found = self._built.get(language)
        if found is not None:
            return found
        loader = self._loaders[language]  # KeyError: no pack for that language
        with self._lock:
            found = self._built.get(language)
            if found is None:
                found = self._built[language] = loader()
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(set(self._built) | set(self._loaders)))

    def __len__(self) -> int:
        return len(set(self._built) | set(self._loaders))


_SHARED_PACKS: weakref.WeakValueDictionary[tuple[str, ...], _Pack] = weakref.WeakValueDictionary()
"""Packs by the contents of the files they are built from, kept while a rule holds one: ``risk.offensive`` builds
``risk.hate``'s grammar (``defer_to_reported``) and shares the engine's automaton instead of a second one."""
_SHARED_STEREOTYPES: weakref.WeakValueDictionary[tuple[str, ...], Stereotypes] = weakref.WeakValueDictionary()


def _shared_stereotypes(path: Path, coded: Path | None) -> Stereotypes:
    """``Stereotypes.read(path, coded)``, one per process for the same files while a rule holds it (C, session 51):
    ``risk.hate``'s words are read again for ``risk.hate-model``'s copy of its grammar (``defer_to_reported``); shared,
    the two read the same pre-scan (``target_possible``, kept per draft by the words it reads) and compile each phrase
    list once. A file that cannot be read is read anyway, and ``read`` names it."""
    key = (str(path), build_cache.file_digest(path), str(coded), build_cache.file_digest(coded) if coded else "")
    if "-" in key[1::2]:
        return Stereotypes.read(path, coded)
    found = _SHARED_STEREOTYPES.get(key)
    if found is None:
        found = _SHARED_STEREOTYPES[key] = Stereotypes.read(path, coded)
    return found


def _pack_key(meta: RuleMeta, params: ProximityParams, deps: Deps, language: str) -> tuple[str, ...] | None:
    """The language and the digests of its target, predicate and word-class files; None when one cannot be read
    (the build then names it)."""
    parts = [language]
    for side, mapping in (("targets", params.targets), ("predicates", params.predicates), ("words", params.words)):
        paths = mapping.get(language, [])
        for relative in [paths] if isinstance(paths, str) else paths:
            try:
                data = deps.resolve(meta, relative).read_bytes()
            except OSError:
                return None
            parts += [side, hashlib.sha256(data).hexdigest()]
    # The known words that filter spelling variants come from the model file: a pack built against another one
    # (a test's folder, a missing file) is another pack.
    parts += ["models", str(model_path(language.split("-")[0], _models_dir(deps)))]
    parts += ["respell"] if params.respell else []
    parts += ["unglue"] if params.unglue else []
    return tuple(parts)


_Table = dict[str, tuple[int, "Entry | None"]]


def _read_lists(
    meta: RuleMeta, params: ProximityParams, deps: Deps, language: str
) -> tuple[_Table, _Table, set[str], list[str], set[str], dict[str, list[Entry]]]:
    """Exact and fuzzy forms of the language's target and predicate lists, fuzzy exclusions, allow-list, the group
    adjectives that also name a group with a noun of people, and the forms a session-14 entry (``_twin``) shares with
    another entry (``_Pack.twins``): the other entry keeps the form, as it did before."""
    exact: _Table = {}
    twins: dict[str, list[Entry]] = {}
    fuzzy: _Table = {}
    excluded: set[str] = set()
    allow: list[str] = []
    modifiers: set[str] = set()
    models = _models_dir(deps)
    for side, mapping in (("target", params.targets), ("predicate", params.predicates)):
        paths = mapping.get(language, [])
        for relative in [paths] if isinstance(paths, str) else paths:
            path = named_file(deps, meta, relative, f"{side}s.{language}", "term list")
            spec_list = read_list_file(path)
            allow.extend(spec_list.allow)
            excluded.update(fold_term(w) for w in spec_list.fuzzy_exclude)
            known = known_words(spec_list.language or language, models)
            for form, entry, is_fuzzy in _entries(spec_list, side, spec_list.language or language, known):  # type: ignore[arg-type]
                if entry.modifier:
                    modifiers.add(form)
                if form.strip():
                    _put(fuzzy if is_fuzzy else exact, twins, form, entry, is_fuzzy)
    return exact, fuzzy, excluded, allow, modifiers, twins


def _twin(entry: Entry) -> bool:
    """(session 14) An entry that reads a form beside the entry holding it: its own option says what follows."""
    return entry.blow or entry.occupied or entry.through is not None or entry.needs_after is not None or bool(entry.act)


def _put(table: _Table, twins: dict[str, list[Entry]], form: str, entry: Entry, is_fuzzy: bool) -> None:
    """The first entry of a form keeps it; an entry with ``blow``, ``occupied``, ``through`` or ``needs_after`` (session
    14) reads a form another entry holds as its twin, whichever comes first, and never takes it from that entry."""
    owner = table.get(form)
    if owner is None:
        table[form] = (len(form), entry)
        return
    held = owner[1]
    if is_fuzzy or held is None or held == entry:
        return
    if _twin(entry):
        shared = twins.setdefault(form, [])
        if entry not in shared:
            shared.append(entry)
    elif _twin(held):
        twins.setdefault(form, []).append(held)
        table[form] = (len(form), entry)


def _classes_file(meta: RuleMeta, params: ProximityParams, deps: Deps, language: str) -> ClassesFile:
    """The language's word-classes file as written (an empty one when the rule names none)."""
    if language not in params.words:
        return ClassesFile()
    return read_classes_file(named_file(deps, meta, params.words[language], f"words.{language}", "word classes"))


def _verdict_after(language: str, classes: Mapping[str, frozenset[str]]) -> VerdictAfter | None:
    """The language's ``VERDICT_AFTER`` where its words file names the reading's ``gate`` class, else None."""
    after = VERDICT_AFTER.get(language)
    return after if after is not None and classes.get(after.gate) else None


def _check_verdict_after(pack: _Pack, language: str) -> None:
    """A ``VERDICT_AFTER`` reading whose words file lacks a class it names (or ``verdict_heads``, reading the
    verdict) is a load error: it would silently read an empty class."""
    after = pack.verdict_after
    if after is None:
        return
    wanted = [after.openers, after.barred, after.rivals_after, "verdict_heads" if after.verdict else None]
    for name in wanted:
        if name is not None and name not in pack.classes:
            raise ValueError(f"words.{language}: no word class {name!r} (named by VERDICT_AFTER)")


def _check_named_classes(
    values: Iterable[tuple[int, Entry | None]], classes: Mapping[str, frozenset[str]], language: str
) -> None:
    """A ``requires``, ``preceded_by`` or ``closed_by`` naming no word class of the language is a load error."""
    for _length, named in values:
        if named is None:
            continue
        for wanted in (
            named.requires,
            named.preceded_by,
            named.closed_by,
            named.modified_by,
            *(named.objects or ()),
            named.subjects,
            named.context,
            named.not_context,
            named.appraisal,
        ):
            if wanted is not None and wanted not in classes:
                raise ValueError(f"words.{language}: no word class {wanted!r} (named by {named.term!r})")


def _accent_twins(layout: ClassesFile) -> dict[str, tuple[str, frozenset[str]]]:
    """The words file's ``accented`` function words: folded spelling -> (accented spelling, folded cue words)."""
    return {
        fold_term(word): (word.casefold(), frozenset(fold_term(c) for c in cues))
        for word, cues in layout.accented.items()
    }


def _fold_classes(layout: ClassesFile, language: str = "en") -> dict[str, frozenset[str]]:
    """The word classes, folded (a class entry of several words adds each word), with the forms of the verbs the
    file's ``conjugated`` and ``inflected`` name for a class (``language``: how ``inflected`` verbs inflect)."""
    classes = {name: list(words) for name, words in layout.classes.items()}
    for name, verbs in layout.conjugated.items():
        for verb in verbs:
            infinitive, _, number = verb.partition("/")
            forms = finite_forms(infinitive, number or "both")
            if not forms:
                raise ValueError(f"conjugated.{name}: no forms for {verb!r}")
            classes.setdefault(name, []).extend(forms)
    for name, verbs in layout.inflected.items():
        for verb in verbs:
            inflected = inflect_verb(verb, language)
            if not inflected:
                raise ValueError(f"inflected.{name}: no forms for {verb!r}")
            classes.setdefault(name, []).extend(inflected)
            if not language.startswith("fr"):  # an English bare verb opening its sentence commands: "*Say* it: …"
                classes.setdefault(f"{name}_bases", []).append(verb.partition("/")[0])
            # the bare infinitive a modal or a right governs: "can we *say* …", « on a le droit de *dire* … » (A)
            classes.setdefault(f"{name}_infinitives", []).append(verb.partition("/")[0])
    kept = {word.casefold() for word in layout.accented}  # « dès »: as written, the view keeps its accent too
    return {
        name: frozenset(
            w for word in words for w in (fold_term(word).split() if word not in kept else [word.casefold()])
        )
        for name, words in classes.items()
    }


def inflect_verb(verb: str, language: str) -> list[str]:
    """The forms of a verb of saying written ``lemma[/past[/participle]]`` (English: ``app.text.inflection_en``,
    "yell": yells, yelled, yelling; "write/wrote/written") or ``infinitive[/participle]`` (French:
    ``app.text.conjugation_fr``, « hurler »: hurle, hurlait, hurlant, hurlé, hurlée …; « dire/dit »: dis, disait …)."""
    lemma, *given = verb.split("/")
    if language.startswith("fr"):
        return conjugation_fr.verb_forms(lemma, given)
    return inflection_en.verb_forms(lemma, given)


def _models_dir(deps: Deps) -> Path | None:
    """A models folder injected by tests (``deps.extra['models_dir']``), else None for the shipped one."""
    directory = deps.extra.get("models_dir")
    return Path(directory) if directory is not None else None


def _read_models(params: ProximityParams, deps: Deps) -> dict[str, Classifier]:
    """The confirming model per language (``params.model``); a language without one is a load error."""
    models: dict[str, Classifier] = {}
    if params.model is None:
        return models
    directory = deps.extra.get("models_dir")
    for language in params.model.error_at:
        model = classifier(params.model.task, language, Path(directory) if directory is not None else None)
        if model is None:
            raise ValueError(f"model.error_at.{language}: no {params.model.task!r} model for {language!r}")
        models[language] = model
    return models


# (S, session 22) A sound pre-scan of ``ProximityRule.check``: most drafts hold no group word, and each still paid for
# its view (unglued, respelt, blanked) and every hit of the lists before the rule found nothing to aim at.
_BLANK_EDGE = re.compile(r"[.!?\n]|\s\s")  # a view's blanks open after these (``frame_edits``' sentence starts)
_BLANK_OPENERS = " \t\n\"'»)"  # what may stand between a sentence's mark and the blank that opens it
_TARGET_SCANS_KEPT = 64


class _TargetScan:
    """(S, session 22) What ``target_possible`` reads for one pack and one rule's stereotype guesses: ``automaton``, the
    strings one of which the whitespace-free folded draft holds whenever a target can be found in the rule's view
    (every target form of the lists, a twin's too, with its spaces taken out; a word every guess needs), or None when
    the pack holds a form or an edit this reading does not cover (every draft is read); ``misspelt``, the misspellings
    the view reads as a word of the lists (``respelt_edits``: a long word of the folded draft, whole). (C, session 52)
    ``side`` "predicate": the same reading of the predicate forms (``predicate_possible``), with no guesses."""

    __slots__ = ("automaton", "guesses", "misspelt", "pack")

    def __init__(self, pack: _Pack, guesses: LazyPattern | None, blanks: bool, side: Side = "target") -> None:
        self.pack = weakref.ref(pack)
        self.guesses = guesses
        self.misspelt = pack.respelt.keys()
        self.automaton = _kept_scan_automaton(pack, guesses, blanks, side)

    def finds(self, folded: Folded) -> bool:
        """Whether a form of the scan's side may stand in a view of ``folded`` (True where the scan covers nothing)."""
        if self.automaton is None:
            return True
        if self.misspelt and not self.misspelt.isdisjoint(folded.long_words):
            return True
        return next(self.automaton.iter(folded.unspaced), None) is not None


_TARGET_SCANS: dict[tuple[int, int, bool, Side], _TargetScan] = {}
_TARGET_FORMS: dict[tuple[int, Side], tuple[weakref.ref[_Pack], list[str]]] = {}
_STORED_PACKS: dict[int, tuple[weakref.ref[_Pack], str]] = {}
_GUESS_FILES: dict[int, tuple[LazyPattern, str]] = {}
_SCAN_FORMAT = "1"


def _remember_stored(pack: _Pack, stored: str) -> None:
    """(S, session 22) The disk cache key of a pack (``_stored_key``) built or read back under it: what the pack holds
    is what that key names, so the pre-scan built from it (``_kept_scan_automaton``) may be kept under it too."""
    if len(_STORED_PACKS) >= _TARGET_SCANS_KEPT:
        for key in [k for k, (ref, _stored) in _STORED_PACKS.items() if ref() is None]:
            del _STORED_PACKS[key]
    _STORED_PACKS[id(pack)] = (weakref.ref(pack), stored)


def _remember_guesses(guesses: LazyPattern | None, digest: str) -> None:
    """(S, session 22) The digest of the stereotype file a guesses pattern was read from: the pattern's own text
    orders phrases of one length as a set does (not the same in every process), the file's digest names it."""
    if guesses is None:
        return
    if len(_GUESS_FILES) >= _TARGET_SCANS_KEPT:
        _GUESS_FILES.clear()
    _GUESS_FILES[id(guesses)] = (guesses, digest)


def _kept_scan_automaton(pack: _Pack, guesses: LazyPattern | None, blanks: bool, side: Side = "target") -> Any | None:
    """(S, session 22) ``_scan_automaton``, read from the disk cache (``app.kinds.build_cache``) when the pack came
    from a cache key: a one-draft check (a pre-commit hook, CI) paid about 0.1 s per language to build it. Keyed by the
    pack's key, the guesses' file and ``blanks``; an entry of another shape is built again and kept anew."""
    kept = _STORED_PACKS.get(id(pack))
    read = _GUESS_FILES.get(id(guesses)) if guesses is not None else (None, "")
    if kept is None or kept[0]() is not pack or read is None or read[0] is not guesses or not build_cache.enabled():
        return _scan_automaton(pack, guesses, blanks, side)
    sides = [] if side == "target" else [side]  # a target scan's key as before
    key = build_cache.entry_key("proximity-scan", [_SCAN_FORMAT, kept[1], read[1], str(blanks), *sides])
    found = build_cache.load(key)
    if found is None or isinstance(found, ahocorasick.Automaton):
        return found
    automaton = _scan_automaton(pack, guesses, blanks, side)
    build_cache.store(key, automaton)
    return automaton


def _remember_targets(pack: _Pack, forms: Mapping[Side, list[str]]) -> None:
    """(S, session 22) The pack's target forms (C, session 52: and its predicate forms), kept as its automaton was
    filled (``_built_pack``, ``_pack_from_state``): reading them back from the automaton costs a second per large
    pack."""
    if len(_TARGET_FORMS) >= 2 * _TARGET_SCANS_KEPT:
        for key in [k for k, (ref, _forms) in _TARGET_FORMS.items() if ref() is None]:
            del _TARGET_FORMS[key]
    for side, listed in forms.items():
        _TARGET_FORMS[(id(pack), side)] = (weakref.ref(pack), listed)


def _target_forms(pack: _Pack, side: Side = "target") -> list[str]:
    """The pack's forms of ``side`` (``_remember_targets``; read from its automaton for a pack built otherwise)."""
    kept = _TARGET_FORMS.get((id(pack), side))
    if kept is not None and kept[0]() is pack:
        return kept[1]
    return [form for form, (_n, entry) in pack.automaton.items() if entry is not None and entry.side == side]


def target_possible(rule: ProximityRule, draft: Draft) -> bool:
    """``_target_possible``, computed once per draft for the same pack, stereotype words and options (C, session 51):
    ``risk.hate-model``'s shaped-group gate (``shaped_spans``, on its own copy of ``risk.hate``'s grammar, which shares
    the pack and the words: ``_shared_stereotypes``) asks it before ``risk.hate``'s check does."""
    language = draft.language
    params = rule.params
    words = rule.stereotypes.get(language.split("-")[0])
    pack = rule._pack(language)
    # (C, session 52) keyed by names no other pack or words of the process take (``_Pack.view_key``,
    # ``Stereotypes.key``), not by ``id()``, which a freed object hands on: a draft kept past its rules stays right
    key = (
        f"proximity:possible:{pack.view_key if pack is not None else '-'}:{words.key if words is not None else '-'}:"
        f"{params.target_entities}:{params.anaphora}:{params.unglue}"
    )
    return draft.memo(key, lambda: _target_possible(rule, draft))


def _target_possible(rule: ProximityRule, draft: Draft) -> bool:
    """(S, session 22) Whether ``rule.check`` may find anything in ``draft``: False only when no target can appear in
    its view, so that no pair, no pronoun standing for a group, no threat, no generalised shape and no insinuation can
    be read (each needs a group; an insinuation with no group needs a guess's words). The view's letters are the
    folded draft's, spaces put in (``unglued``, a hashtag's camel case) or taken out (``_split_words``), and its blanks
    (@replies, hedges, frames) open after the draft's start or a sentence's mark, which no target form holds: a target
    the view holds is, spaces taken out, a string of the folded draft's, unless an edit wrote it: a misspelling read
    as a word of the lists (the misspelling is then a long word of the folded draft), an accented function word, a
    colon's copula or a frame's report word (``_scan_automaton`` finds none of these inside a target, else it reads
    every draft)."""
    wanted = rule.params.target_entities
    if wanted and any(entity.kind.rstrip("s") in wanted for entity in draft.entities.all()):
        return True  # an entity of the draft stands for a target (``_entity_hits``)
    pack = rule._pack(draft.language)
    if pack is None:
        return False  # no pack: ``check`` reads nothing (no view, no group)
    words = rule.stereotypes.get(draft.language.split("-")[0])
    # (R, session 45) the listed targets' automaton first: one pass in C over the draft, where the readings by shape
    # below read its words one by one (the answer is the same whichever is asked first)
    guesses = words.guesses if words is not None else None
    blanks = rule.params.anaphora or not wanted  # ``_view``: hedges and frames, @replies
    folded = folded_draft(draft)
    if _scan(pack, guesses, blanks, "target").finds(folded):
        return True
    if pack.shaped is not None and shaped_groups(folded, pack.shaped, pack.known, []):
        return True  # (G2, session 42) a group read by its shape (``app.kinds.shaped_groups``)
    if pack.named is not None and named_targets(folded, pack.named, pack.known, []):
        return True  # (D, session 43) a person or a company named by its shape (``app.kinds.named_targets``)
    if _shaped_once_unglued(rule, draft, folded, pack):
        return True
    if words is not None and words.coded is not None and words.coded.possible(folded.unspaced):
        return True  # (session 36, K) a coded group reference ("those people") for the insinuation reading
    # (session 43, I) a noun of people in scare quotes ('another "community"') for the same reading
    return words is not None and bool(scare_quotes(folded.text, words, []))


def _scan(pack: _Pack, guesses: LazyPattern | None, blanks: bool, side: Side) -> _TargetScan:
    """The pre-scan of ``pack``'s forms of ``side`` (and ``guesses``) for a view that may blank (``blanks``), built
    once and kept (``_TARGET_SCANS``, checked against the objects it was built for)."""
    key = (id(pack), id(guesses), blanks, side)
    scan = _TARGET_SCANS.get(key)
    if scan is None or scan.pack() is not pack or scan.guesses is not guesses:
        if len(_TARGET_SCANS) >= _TARGET_SCANS_KEPT:
            _TARGET_SCANS.clear()
        scan = _TARGET_SCANS[key] = _TargetScan(pack, guesses, blanks, side)
    return scan


def predicate_possible(rule: ProximityRule, draft: Draft) -> bool:
    """(C, session 52) Whether ``rule.check`` may find anything in ``draft`` where the rule reads pairs only (no threat
    reading, no stereotype words, no generalised shapes for the language): False when no predicate can appear in its
    view (``_target_possible``'s reading of the predicate forms) and no entity of the draft stands for one. A pair
    needs a predicate; ``risk.disparagement`` and ``tone.contempt`` read a target in most drafts (an @mention, a name
    by its shape) and paid for every name's reading before finding no contempt to pair it with. Kept per draft."""
    pack = rule._pack(draft.language)
    if pack is None:
        return False  # no pack: ``check`` reads nothing
    language = draft.language.split("-")[0]
    if language in rule.threat_reading or language in rule.stereotypes or pack.generalised is not None:
        return True  # a reading that needs no predicate
    wanted = rule.params.predicate_entities
    if wanted and any(entity.kind.rstrip("s") in wanted for entity in draft.entities.all()):
        return True  # an entity of the draft stands for a predicate (``_entity_hits``)
    blanks = rule.params.anaphora or not rule.params.target_entities  # as ``_target_possible`` reads the view
    key = f"proximity:predicate:{pack.view_key}:{blanks}"
    return draft.memo(key, lambda: _scan(pack, None, blanks, "predicate").finds(folded_draft(draft)))


def _shaped_once_unglued(rule: ProximityRule, draft: Draft, folded: Folded, pack: _Pack) -> bool:
    """(lead, session 48) A group or a name read by its shape only once glued words are split (``unglued``): in
    « #FautQu'EllesSoientMisDansDesCamps » the hashtag's capitals end at the elision, so the view splits the words after
    it and reads « des Camps » as a people's plural, which the folded draft (one long word there) never shows. Read the
    rule's own view (kept per draft: the full check reuses it) only for drafts with capitals and a split to make."""
    if (pack.shaped is None and pack.named is None) or not rule.params.unglue or not pack.known:
        return False
    if not has_capitals(draft.text) or not unglued(draft, folded, pack):
        return False
    view = rule._view(draft, pack)
    if pack.shaped is not None and shaped_groups(view, pack.shaped, pack.known, []):
        return True
    return pack.named is not None and bool(named_targets(view, pack.named, pack.known, []))


def _scan_automaton(pack: _Pack, guesses: LazyPattern | None, blanks: bool = True, side: Side = "target") -> Any | None:
    """``_TargetScan.automaton`` for ``pack`` and the stereotype guesses (None: the reading does not cover the pack);
    ``blanks``: the rule's view may blank @replies, hedges or frames (a view with none: a target form may hold a dot,
    « p.-d.g. »)."""
    twinned = {form for form, entries in pack.twins.items() if any(e.side == side for e in entries)}
    forms = [*_target_forms(pack, side), *twinned]
    if any(not form or (blanks and (form[0] in _BLANK_OPENERS or _BLANK_EDGE.search(form))) for form in forms):
        return None  # a target that may hold a blank's edge: a blank may join its two halves
    needles = {"".join(form.split()) for form in forms}
    accented = {word for word, _cues in pack.accented.values()}  # written over a whole token
    spaced = {w for w in [min(pack.classes.get(COLON_COPULAS, frozenset()), default="")] if w}  # " are "
    frames = pack.frames
    if frames is not None and frames.doubt_read:
        spaced.add(frames.doubt_read)  # " claiming "
    inserted = accented | spaced
    if any(glued_joints(word, pack) for word in inserted) or not inserted.isdisjoint(pack.respelt):
        return None  # an edit's word cut as glued words, or read as a misspelling
    edges = [re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])") for word in accented]
    if any(word in form.split() for form in forms for word in spaced) or any(
        edge.search(form) for form in forms for edge in edges
    ):
        return None  # an edit's word inside a target: the view may write one
    if guesses is not None:
        from app.text.literals import required_literals  # (S) only this reading needs it

        required = required_literals(guesses.pattern)
        if not required:
            return None
        pieces = {max(literal.split(), key=len, default="") for literal in required[0]}
        if "" in pieces or any(piece in word for piece in pieces for word in spaced):
            return None
        if any(_overlap(piece, word) for piece in pieces for word in accented):
            return None
        needles |= pieces
    # a misspelling an unglued token may hold as a part (a word of the pack): found inside a word too
    misspelt = pack.respelt.keys()  # each set below is smaller than the misspellings: the intersection reads it
    needles |= (misspelt & pack.class_words) | (misspelt & pack.terms) | (misspelt & pack.phrase_words)
    needles |= misspelt & pack.known
    if "" in needles:
        return None
    automaton = ahocorasick.Automaton()
    for needle in sorted(needles):  # in one order in every process: a kept scan is rewritten byte for byte
        automaton.add_word(needle, len(needle))
    automaton.make_automaton()
    return automaton


def _overlap(piece: str, word: str) -> bool:
    """Whether ``piece`` and ``word`` may share characters where they meet: one holds the other, or an end of one is
    the other's start."""
    if piece in word or word in piece:
        return True
    return any(word.endswith(piece[:k]) or piece.endswith(word[:k]) for k in range(1, min(len(piece), len(word))))

"""A threat against a group read in any words (session 20, T): an agent who will act, a harm, the group as its target.

risk.hate (kind ``proximity``, param ``threat_reading``) finds the groups; this module reads, on the folded draft, what
its lists of phrases miss because the target is a pronoun, a body part or a fall, or the harm an emoji:

- the *agent*: the writer or "someone" as the subject before the harm, in its clause, with an intent when the subject
  holds none ("I *will* …", "i'll", "let's", « je », « on va », « faut »); « on » alone needs an intent or a future
  (« On tue les femmes en Iran » reports); a negation there ("I would *never* …", « je *ne* … ») or an auxiliary of the
  past right before the verb (« je l'*ai* éclaté ») undoes it;
- the *harm*: risk.hate's verbs of violence in every form ("stab", « éclater », « faire la peau aux »); a verb of
  breaking and a body part ("break *their jaw*", « leur casser *les dents* »); a verb of throwing, a particle and a
  place to fall ("throw them *off a bridge*", « j'en pousse un *dans l'escalier* »); a body part and a participle
  undergone ("is getting his head *caved in*"), a blow received ("gets *a boot to the face*"); a fate foretold to a
  member, a place of harm ("… will be leaving *in body bags*", « … finit *dans la Seine* ») or a time not lived to
  ("… won't see *christmas*"); the writer who knows where the group lives ("I know where the X … live. Just saying.");
  a weapon emoji in the agent's sentence (« je vais leur faire passer l'envie 🔫 »);
- the *target*: a group risk.hate names right after the harm (past linking words: "the next", « tous les »), or named
  before in the sentence or the one before and taken up by an object pronoun ("… I will break *their* jaw", « Le
  prochain X qui me parle, je *l'*éclate »).

A *veiled* threat (session 21, ``_veiled``) names no violence at all: a phrase of intimidation, a closed class written
out in every person and tense (the writer who knows where the group lives or prays or keeps its addresses, a doom on a
clock, a warning, a regret to come for being here, things to get bad for it, a home no longer safe: "we know where you
pray", "enjoy * while you can", « vos jours sont comptés », « ont intérêt à raser les murs », « ça va mal finir pour »),
and a group in its sentence (or the one before, taken up by a pronoun in or after the phrase: "Nice synagogue. Shame if
something happened to *it*"). A weak phrase ("we've got a list of …", "shame if … got a visit", « ça va devenir
compliqué pour ») needs a second: another phrase, or a wink closing its clause ("just so you know.", « croyez-moi »).
A warning followed by what to beware of is advice ("had better watch out *for* ice"). (session 30) A consequence
foretold in two clauses, enjoy now and the end denied its length ("enjoy your little parade. won't be marching much
longer", « profitez de votre appart, ça durera pas »), or a price to learn (« vous allez découvrir ce que ça coûte »),
is strong; a closer's own word ("just *saying*") is no report.

A *call* for harm or exclusion (session 21, ``_calls``): the writer or someone with a modal of obligation or wish, or a
command, and a verb of exclusion or coercion (deport, send back, kick out, lock up, round up, sterilise, ban, « renvoyer
chez eux », « expulser », « foutre dehors », « enfermer », « interdire de ») whose object is the group or a pronoun for
it ("we must drive the X out", « il faudrait tous les renvoyer », « virez les X »); or the group as the subject of a
modal, "be" and a participle ("X should all be deported", « les X mériteraient d'être stérilisés »), "would" only in
the writer's wish ("if it were up to me every X would be rounded up"). (session 23) A death let happen is a call for it
("let the X drown", "leave them to rot", « laissez crever les X »), unless a ``mercies`` word follows in its sentence
("let the elderly die with *dignity*"); an English command is a ``commands`` word, the verb's bare form, opening its
clause ("*Deport* the X", "*Let* them starve"). The line: a group for who they are, not people
for what they did (an ``offences`` word at the group: "convicted X", « les X condamnés pour … » is policy). A veiled
threat or a call inside counter-speech is none: someone else who holds it ("anyone who …", « ceux qui … ») or a
condemnation in its sentence or the next ("… is racism", « plus jamais ça »).

Never a threat: no group (a spreadsheet, a boss fight, a printer), a game, a sport or a kitchen in the sentence
(``undone``), someone else's words (a ``reported`` word before the harm in its sentence: "a man *threatened* to burn
the mosque", « menacé », or the harm inside quotation marks), a negation ("nobody should hurt …"). A team named by
its country ("we'll destroy Brazil on Sunday") is no group of people; a nationality beaten "at" a game is undone.

The words are data: rules/risk/terms/<lang>/hate-threat-reading.yml, written by training/threat_reading_forms.py;
(Q, session 40) the word classes this module held as sets (``from_times``, ``visits``, ``visitors``, ``warning_words``,
``someones``, ``progressives``, ``partitives``, ``partitive_counts``, ``after_pointers``) are there too. What stays here
is the grammar of the reading: the French future endings and the English "n't" read on any word.

(session 41, T) A menace frame's *recall* (``recalls``, strong): past violence held up to come again ("remember what
happened", "got lucky last time", "was only the warm-up", « l'histoire a tendance à bégayer »), its time a year written
out as well; mourned or taught (``mourned``: victims, a memorial, "that's *why* we teach it") it is none. A note the
writer sends ("a little *message to* the X", « petit *message aux* X », ``sent_notes``) is its own address, no report.

(session 43, T) A recall by its date (``_dated_recalls``, a weak cue: "remember '78", « souvenez-vous de 2011 ») joins
another cue ("… We can do it again"); a pronoun before a veiled phrase in its sentence points at the group named in
the one before (« … les X. *Vous* fêterez pas Noël tranquilles »); a veiled phrase's own words are no report
(« notre façon de *dire* au revoir »).

(session 48, T) A smiling wink after a weak veiled phrase, in its sentence or the next (``winks``: "shame if something
went wrong 🙂"), is its second cue as a closer is; a closer that seals a menace as meant (``promises``: "you've been
told", « vous êtes prévenus »; no greeting) is a menace frame's cue of another kind ("we know which mosque you use.
You've been told"); a veiled phrase in the second person (``addressees``) speaks to the group the draft opens on,
however many sentences on ("Kurds in the flats. Faces, cars. One night soon *you*'ll wish you'd stayed home").

(session 50, T) A weapon the writer brings at a time to come is a menace of its own (``_brought``: an
``armed_intents`` word before an ``armed`` one, a ``whens`` word near it, nothing offered: "our lads are heading down
Saturday with the bats", « on passe samedi avec les battes »); a near time to come is a weak veiled phrase's second
cue (``_timed``: "X at the college, stay inside this week"; not a season, a time gone, nor next to a ``hazards``
word: "the storm hits tonight. Stay inside"); a weak phrase so sealed aims at the group the draft opens on in the
sentence right before it ("That X church keeps growing. Be a real shame if something happened during the service 🙂").

(session 53, T) A weapon brought on a condition set to the group needs no time to come (``armed_conditions`` before
it in its sentence: "any X who marches, we go meet them on the road with cutlass", "one more word … and I'm coming up
with the hurley"); help offered in a weapon's sentence makes it a tool (``armed_aids``), no cue at all.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from app.kinds import build_cache
from app.kinds.options import read_yaml, validated
from app.text.folding import fold_term

Span = tuple[int, int]
_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*'?")
_ELIDED = re.compile(r"^(?:[ljdnmtsc]|qu|jusqu|lorsqu|puisqu)'(?=[^\W_])")
_SENTENCE_END = re.compile(r"[.!?;…]+|\n+")
_CLAUSE_END = re.compile(r"[.!?;…,:()\[\]]+|\n+| - ")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|(?<![^\W_])'[^'\n]{3,}?'(?![^\W_])|‘[^’]*’")
_LOOKBACK = 8  # words of the harm's clause before it where the agent stands
_LINKS = 3  # linking words between a harm and the group after it ("stab *every last* X")
_PART_REACH = 3  # words after a body verb where the part stands ("break *their fucking* jaw")
_FALL_REACH = 6  # words after a throw where the particle and the place stand ("push *one down the* stairs")
_WILD = 4  # words a ``*`` of a veiled phrase stands for ("enjoy *your little parade* while you can")
_FILLED = 2  # words of ``fillers`` skipped between two words of a veiled phrase ("will *very soon* regret coming")
_FR_TENSES = ("ra", "rai", "ras", "rons", "rez", "ront", "rais", "rait", "raient")


class ThreatReadingFile(BaseModel):
    """The words of one language (training/threat_reading_forms.py writes them)."""

    model_config = ConfigDict(extra="forbid")
    credit: str | None = None
    notes: str | None = None
    language: str
    subjects: list[str]
    willing_subjects: list[str] = []
    intents: list[str] = []
    objects: list[str] = []
    clitics: list[str] = []
    possessives: list[str] = []
    get: list[str] = []
    links: list[str]
    negations: list[str]
    pasts: list[str] = []
    reported: list[str]
    undone: list[str]
    harms: list[str]
    weapons: list[str] = []
    winks: list[str] = []
    body_verbs: list[str] = []
    body_parts: list[str] = []
    body_participles: list[str] = []
    throws: list[str] = []
    throw_particles: list[str] = []
    falls: list[str] = []
    fate_verbs: list[str] = []
    sends: list[str] = []
    destinations: list[str] = []
    blows: list[str] = []
    blow_preps: list[str] = []
    blow_places: list[str] = []
    death_verbs: list[str] = []
    death_times: list[str] = []
    members: list[str] = []
    openers: list[str] = []
    knows: list[str] = []
    wheres: list[str] = []
    dwellings: list[str] = []
    sympathy: list[str] = []
    places: list[str] = []
    dares: list[str] = []
    dare_ends: list[str] = []
    veiled: list[str] = []
    veiled_weak: list[str] = []
    closers: list[str] = []
    promises: list[str] = []
    addressees: list[str] = []
    fillers: list[str] = []
    beware: list[str] = []
    from_times: list[str] = []
    visits: list[str] = []
    visitors: list[str] = []
    warning_words: list[str] = []
    someones: list[str] = []
    progressives: list[str] = []
    partitives: list[str] = []
    partitive_counts: list[str] = []
    after_pointers: list[str] = []
    pointers: list[str] = []
    exclusions: list[str] = []
    commands: list[str] = []
    mercies: list[str] = []
    excluded: list[str] = []
    modals: list[str] = []
    wishes: list[str] = []
    woulds: list[str] = []
    call_fillers: list[str] = []
    bes: list[str] = []
    offences: list[str] = []
    holders: list[str] = []
    condemnations: list[str] = []
    lessons: list[str] = []
    warnings: list[str] = []
    dates: list[str] = []
    deadlines: list[str] = []
    knowings: list[str] = []
    goings: list[str] = []
    presences: list[str] = []
    readies: list[str] = []
    recalls: list[str] = []
    mourned: list[str] = []
    armed: list[str] = []
    whens: list[str] = []
    conditions: list[str] = []
    narrated: list[str] = []
    times_gone: list[str] = []
    seasons: list[str] = []
    companions: list[str] = []
    purposes: list[str] = []
    owners: list[str] = []
    hazards: list[str] = []
    armed_intents: list[str] = []
    armed_conditions: list[str] = []
    armed_aids: list[str] = []
    armed_topics: list[str] = []
    hospitality: list[str] = []
    sent_notes: list[str] = []
    sent_to: list[str] = []
    sent_marks: list[str] = []
    recall_verbs: list[str] = []
    recall_months: list[str] = []
    recall_links: list[str] = []
    selectors: list[str] = []
    receives: list[str] = []
    received: list[str] = []
    dismissals: list[str] = []
    buildings: list[str] = []
    burnings: list[str] = []
    eases: list[str] = []


def _set(items: list[str]) -> frozenset[str]:
    return frozenset(fold_term(i) for i in items if i.strip())


def _phrases(items: list[str], elisions: bool) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for item in items:
        pieces = [tuple(_words(fold_term(piece), elisions)) for piece in item.split("*")]
        words = tuple(w for n, piece in enumerate(pieces) for w in (("*",) if n else ()) + piece)
        if words:
            out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in out.items()}


def _words(text: str, elisions: bool) -> list[str]:
    return [w for _, _, w in _tokens(text, elisions)]


def _tokens(text: str, elisions: bool) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word; with ``elisions`` « l'éclate » is « l' » and « éclate »."""
    out: list[tuple[int, int, str]] = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(0), m.start()
        elided = _ELIDED.match(word) if elisions else None
        if elided:
            out.append((start, start + elided.end(), word[: elided.end()]))
            start, word = start + elided.end(), word[elided.end() :]
        out.append((start, start + len(word), word.rstrip("'") if not elisions else word))
    return out


@dataclass(frozen=True)
class ThreatReading:
    """The compiled words of one language."""

    elisions: bool
    subjects: frozenset[str]
    willing: frozenset[str]
    intents: frozenset[str]
    objects: frozenset[str]
    clitics: frozenset[str]
    possessives: frozenset[str]
    get: frozenset[str]
    links: frozenset[str]
    negations: frozenset[str]
    pasts: frozenset[str]
    reported: frozenset[str]
    undone: frozenset[str]
    harms: dict[str, tuple[tuple[str, ...], ...]]
    weapons: tuple[str, ...]
    body_verbs: frozenset[str]
    body_parts: frozenset[str]
    body_participles: frozenset[str]
    throws: frozenset[str]
    throw_particles: frozenset[str]
    falls: frozenset[str]
    fate_verbs: frozenset[str] = frozenset()
    sends: frozenset[str] = frozenset()
    destinations: frozenset[str] = frozenset()
    blows: frozenset[str] = frozenset()
    blow_preps: frozenset[str] = frozenset()
    blow_places: frozenset[str] = frozenset()
    death_verbs: frozenset[str] = frozenset()
    death_times: frozenset[str] = frozenset()
    members: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    knows: frozenset[str] = frozenset()
    wheres: frozenset[str] = frozenset()
    dwellings: frozenset[str] = frozenset()
    sympathy: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    dares: frozenset[str] = frozenset()
    dare_ends: tuple[tuple[str, ...], ...] = ()
    veiled: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    veiled_weak: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    closers: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    fillers: frozenset[str] = frozenset()
    beware: frozenset[str] = frozenset()
    pointers: frozenset[str] = frozenset()
    exclusions: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    excluded: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    modals: frozenset[str] = frozenset()
    wishes: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    woulds: frozenset[str] = frozenset()
    call_fillers: frozenset[str] = frozenset()
    bes: frozenset[str] = frozenset()
    offences: frozenset[str] = frozenset()
    holders: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    condemnations: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    commands: frozenset[str] = frozenset()
    mercies: frozenset[str] = frozenset()
    menaces: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = field(default_factory=dict)
    goings: frozenset[str] = frozenset()
    armed: frozenset[str] = frozenset()
    whens: frozenset[str] = frozenset()
    conditions: frozenset[str] = frozenset()
    narrated: frozenset[str] = frozenset()
    times_gone: frozenset[str] = frozenset()
    seasons: frozenset[str] = frozenset()
    companions: frozenset[str] = frozenset()
    purposes: frozenset[str] = frozenset()
    owners: frozenset[str] = frozenset()
    hazards: frozenset[str] = frozenset()
    armed_intents: frozenset[str] = frozenset()
    armed_conditions: frozenset[str] = frozenset()
    armed_aids: frozenset[str] = frozenset()
    armed_topics: frozenset[str] = frozenset()
    hospitality: frozenset[str] = frozenset()
    from_times: frozenset[tuple[str, ...]] = frozenset()
    visits: frozenset[str] = frozenset()
    visitors: frozenset[str] = frozenset()
    warning_words: frozenset[str] = frozenset()
    someones: frozenset[str] = frozenset()
    progressives: frozenset[str] = frozenset()
    partitives: frozenset[str] = frozenset()
    partitive_counts: frozenset[str] = frozenset()
    pointed_after: frozenset[str] = frozenset()  # the file's ``pointers`` and ``after_pointers``, joined once
    mourned: frozenset[str] = frozenset()
    sent_notes: frozenset[str] = frozenset()
    sent_to: frozenset[str] = frozenset()
    sent_marks: frozenset[str] = frozenset()
    recall_verbs: frozenset[str] = frozenset()
    recall_months: frozenset[str] = frozenset()
    recall_links: frozenset[str] = frozenset()
    promises: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    addressees: frozenset[str] = frozenset()
    winks: tuple[str, ...] = ()  # (session 48, T) a smiling wink after a weak veiled phrase: its second cue
    selectors: frozenset[str] = frozenset()
    receives: frozenset[str] = frozenset()
    received: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    dismissals: frozenset[str] = frozenset()
    buildings: frozenset[str] = frozenset()
    burnings: frozenset[str] = frozenset()
    eases: frozenset[str] = frozenset()

    @classmethod
    def shared(cls, path: Path) -> ThreatReading:
        """``read(path)``, once per process for the same file and kept in the build cache (``app.kinds.build_cache``:
        three rules read ``risk.hate``'s files, and each reading folds and splits thousands of phrases)."""
        return build_cache.shared("threat-reading", [path], lambda: cls.read(path))

    # long: one line per class of the file, in the fields' order
    @classmethod
    def read(cls, path: Path) -> ThreatReading:
        """Read and compile a ``ThreatReadingFile``; ``ValueError`` names the file and the key."""
        spec = validated(ThreatReadingFile, read_yaml(path, "threat reading"), path, "threat reading")
        elisions = spec.language == "fr"
        return cls(
            elisions,
            _set(spec.subjects),
            _set(spec.willing_subjects),
            _set(spec.intents),
            _set(spec.objects),
            _set(spec.clitics),
            _set(spec.possessives),
            _set(spec.get),
            _set(spec.links),
            _set(spec.negations),
            _set(spec.pasts),
            _set(spec.reported),
            _set(spec.undone),
            _phrases(spec.harms, elisions),
            tuple(w for w in spec.weapons if w.strip()),
            _set(spec.body_verbs),
            _set(spec.body_parts),
            _set(spec.body_participles),
            _set(spec.throws),
            _set(spec.throw_particles),
            _set(spec.falls),
            _set(spec.fate_verbs),
            _set(spec.sends),
            _set(spec.destinations),
            _set(spec.blows),
            _set(spec.blow_preps),
            _set(spec.blow_places),
            _set(spec.death_verbs),
            _set(spec.death_times),
            _set(spec.members),
            _set(spec.openers),
            _set(spec.knows),
            _set(spec.wheres),
            _set(spec.dwellings),
            _set(spec.sympathy),
            _set(spec.places),
            _set(spec.dares),
            tuple(tuple(_words(fold_term(p), elisions)) for p in spec.dare_ends if p.strip()),
            _phrases(spec.veiled, elisions),
            _phrases(spec.veiled_weak, elisions),
            _phrases(spec.closers, elisions),
            _set(spec.fillers),
            _set(spec.beware),
            _set(spec.pointers),
            _phrases(spec.exclusions, elisions),
            _phrases(spec.excluded, elisions),
            _set(spec.modals),
            _phrases(spec.wishes, elisions),
            _set(spec.woulds),
            _set(spec.call_fillers),
            _set(spec.bes),
            _set(spec.offences),
            _phrases(spec.holders, elisions),
            _phrases(spec.condemnations, elisions),
            commands=_set(spec.commands),
            mercies=_set(spec.mercies),
            menaces={
                kind: _phrases(items, elisions)
                for kind, items in (
                    ("lesson", spec.lessons),
                    ("warning", spec.warnings),
                    ("date", spec.dates),
                    ("deadline", spec.deadlines),
                    ("knowing", spec.knowings),
                    ("presence", spec.presences),
                    ("ready", spec.readies),
                    ("recall", spec.recalls),
                )
                if items
            },
            goings=_set(spec.goings),
            armed=_set(spec.armed),
            whens=_set(spec.whens),
            conditions=_set(spec.conditions),
            narrated=_set(spec.narrated),
            times_gone=_set(spec.times_gone),
            seasons=_set(spec.seasons),
            companions=_set(spec.companions),
            purposes=_set(spec.purposes),
            owners=_set(spec.owners),
            hazards=_set(spec.hazards),
            armed_intents=_set(spec.armed_intents),
            armed_conditions=_set(spec.armed_conditions),
            armed_aids=_set(spec.armed_aids),
            armed_topics=_set(spec.armed_topics),
            hospitality=_set(spec.hospitality),
            from_times=frozenset(tuple(_words(fold_term(p), elisions)) for p in spec.from_times if p.strip()),
            visits=_set(spec.visits),
            visitors=_set(spec.visitors),
            warning_words=_set(spec.warning_words),
            someones=_set(spec.someones),
            progressives=_set(spec.progressives),
            partitives=_set(spec.partitives),
            partitive_counts=_set(spec.partitive_counts),
            pointed_after=_set(spec.pointers) | _set(spec.after_pointers),
            mourned=_set(spec.mourned),
            sent_notes=_set(spec.sent_notes),
            sent_to=_set(spec.sent_to),
            sent_marks=_set(spec.sent_marks),
            recall_verbs=_set(spec.recall_verbs),
            recall_months=_set(spec.recall_months),
            recall_links=_set(spec.recall_links),
            winks=tuple(w for w in spec.winks if w.strip()),
            promises=_phrases(spec.promises, elisions),
            addressees=_set(spec.addressees),
            selectors=_set(spec.selectors),
            receives=_set(spec.receives),
            received=_phrases(spec.received, elisions),
            dismissals=_set(spec.dismissals),
            buildings=_set(spec.buildings),
            burnings=_set(spec.burnings),
            eases=_set(spec.eases),
        )


@dataclass(frozen=True)
class _Draft:
    """The folded draft as the reading sees it: its words and where sentences and clauses end."""

    text: str
    words: list[tuple[int, int, str]]
    sentence_ends: list[int]
    clause_ends: list[int]
    # the spans in quotation marks (someone else's words), found once per draft for every reading that asks
    quoted: list[Span]
    # (session 39, T) the veiled phrases and the menace cues found, read once: each reading counts the other's
    memo: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict, compare=False)

    # (U, session 37) the ends are in increasing order (a scan's match ends): how many lie at or before ``offset`` is
    # where ``offset`` would go after them, found by bisection, not by counting them all (``_fates`` asks it for every
    # word of the draft for each group)
    def sentence(self, offset: int) -> int:
        return bisect_right(self.sentence_ends, offset)

    def clause(self, offset: int) -> int:
        return bisect_right(self.clause_ends, offset)


def threat_findings(text: str, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """Each threat read in ``text`` (folded): its span and the span of the group it aims at (folded coordinates)."""
    return [(span, group) for span, group, _ in threat_readings(text, words, groups)]


def threat_readings(text: str, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span, bool]]:
    """(session 34, K) ``threat_findings`` with whether each threat is veiled: it names no violence (the writer who
    knows where the group lives, a dare, a phrase of intimidation, a menace frame), so its message says why such words
    read as intimidation."""
    if not groups:
        return []
    draft = _Draft(
        text,
        _tokens(text, words.elisions),
        [m.end() for m in _SENTENCE_END.finditer(text)],
        [m.end() for m in _CLAUSE_END.finditer(text)],
        [m.span() for m in _QUOTED.finditer(text)],
    )
    quoted = draft.quoted
    out: list[tuple[Span, Span, bool]] = []
    readings = (
        *(_acts, _undergone, _blows, _singled, _burned, _fates, _emoji),
        *(_known_homes, _dares, _veiled, _calls, _menaces),
    )
    veiled = (_known_homes, _dares, _veiled, _menaces)  # no violence named
    for reading, found in ((r, f) for r in readings for f in r(draft, words, groups)):
        span, group = found
        if reading in (_veiled, _calls, _menaces) and _countered(draft, words, found):
            continue
        if any(a <= span[0] and span[1] <= b for a, b in quoted) or _undone(draft, words, span):
            continue
        if not any(s[0] < span[1] and span[0] < s[1] for s, _, _ in out):
            out.append((span, group, reading in veiled))
    return out


def _acts(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """A harm whose agent is the writer and whose target is a pronoun standing for a group named before (a group named
    right after the harm is risk.hate's open act, ``act`` in terms/<lang>/hate-acts.yml)."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    for i, (start, _, _word) in enumerate(tokens):
        kinds = _harms_at(tokens, i, words)
        if not kinds or not _agent(draft, words, i):
            continue
        for kind, last in kinds:
            end: int | None = tokens[last][1]
            if not _pronoun_object(tokens, words, i, last, kind):
                continue
            if kind == "body":
                end = _body_part_end(tokens, words, last)
            elif kind == "throw":
                end = _fall_end(tokens, words, last)
            elif kind == "send":
                end = _destination_end(tokens, words, last + 1, _FALL_REACH)
            elif last + 1 < len(tokens) and tokens[last + 1][2] in (words.objects | words.clitics):
                end = tokens[last + 1][1]  # the object pronoun after the verb: "kill *them*", « cramez-*les* »
            before = _group_before(draft, groups, start)
            if end is not None and before is not None:
                out.append(((before[0], end), before))
                break
    return out


def _harms_at(tokens: list[tuple[int, int, str]], i: int, words: ThreatReading) -> list[tuple[str, int]]:
    """The kinds of harm starting at word ``i`` (``harm``, ``body``, ``throw``, ``send``), each with its last word."""
    word = tokens[i][2]
    out: list[tuple[str, int]] = []
    for phrase in words.harms.get(word, ()):
        if tuple(t[2] for t in tokens[i : i + len(phrase)]) == phrase:
            out.append(("harm", i + len(phrase) - 1))
            break
    out += [
        (kind, i)
        for kind, forms in (("body", words.body_verbs), ("throw", words.throws), ("send", words.sends))
        if word in forms
    ]
    return out


def _agent(draft: _Draft, words: ThreatReading, i: int) -> bool:
    """The writer (or someone) as the subject of the verb at ``i``, with an intent, no negation, no report, no past."""
    tokens = draft.words
    clause = draft.clause(tokens[i][0])
    before = [t[2] for t in tokens[max(0, i - _LOOKBACK) : i] if draft.clause(t[0]) == clause]
    sentence = draft.sentence(tokens[i][0])
    said = [t[2] for t in tokens[:i] if draft.sentence(t[0]) == sentence]
    if set(said) & words.reported or any(w in words.negations or w.endswith("n't") for w in before):
        return False
    if _imperative(draft, words, i, before):
        return True
    if words.elisions:
        near = [w for w in before[-3:] if w not in words.clitics]
        if near and near[-1] in words.pasts:
            return False  # « je l'ai éclaté »: a deed told
        found = [k for k, w in enumerate(before) if w in words.subjects]
        if not found:
            return False
        if before[found[-1]] == "on":  # « on » alone reports a habit; it vows with an intent or a future
            return bool(set(before[found[-1] :]) & words.intents) or tokens[i][2].endswith(_FR_TENSES)
        return True
    for k, w in enumerate(before):
        if w in words.willing:
            return True
        if w in words.subjects:
            rest = before[k + 1 :]
            if set(rest) & words.intents or (w in words.progressives and tokens[i][2].endswith("ing")):
                return True
    return False


def _pronoun_object(tokens: list[tuple[int, int, str]], words: ThreatReading, i: int, last: int, kind: str) -> bool:
    """An object pronoun: English after the verb ("break *their* jaw", "throw *them* off"), French a clitic before it
    (« je *l'*éclate », « je vais *leur* casser … », « j'*en* pousse *un* »)."""
    if words.elisions:
        hyphened = last + 1 < len(tokens) and tokens[last + 1][0] == tokens[last][1] + 1
        if hyphened and tokens[last + 1][2] in words.clitics:
            return True  # « cramez-les »
        if i == 0 or tokens[i - 1][2] not in words.clitics:
            return False
        if tokens[i - 1][2] in words.partitives:
            return last + 1 < len(tokens) and tokens[last + 1][2] in words.partitive_counts
        return True
    if last + 1 >= len(tokens):
        return False
    nxt = tokens[last + 1][2]
    return nxt in words.objects or (kind == "body" and nxt in words.possessives)


def _body_part_end(tokens: list[tuple[int, int, str]], words: ThreatReading, last: int) -> int | None:
    """The end of a body part among the words after a verb of breaking ("break their *jaw*", « casser *les dents* »)."""
    for k in range(last + 1, min(len(tokens), last + 1 + _PART_REACH)):
        if tokens[k][2] in words.body_parts:
            return tokens[k][1]
    return None


def _fall_end(tokens: list[tuple[int, int, str]], words: ThreatReading, last: int) -> int | None:
    """The end of a place to fall after a particle ("off a *bridge*", « dans l'*escalier* »)."""
    particle = False
    for k in range(last + 1, min(len(tokens), last + 1 + _FALL_REACH)):
        word = tokens[k][2]
        if word in words.throw_particles:
            particle = True
        elif particle and word in words.falls:
            return tokens[k][1]
    return None


def _destination_end(tokens: list[tuple[int, int, str]], words: ThreatReading, first: int, reach: int) -> int | None:
    """The end of a place of harm among ``reach`` words from ``first`` ("in *hospital*", « à l'*hosto* »)."""
    for k in range(first, min(len(tokens), first + reach)):
        if tokens[k][2] in words.destinations:
            return tokens[k][1]
    return None


def _fates(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """A fate foretold to the group or one member, its subject: a verb of ending and a place of harm after it ("… will
    be leaving in *body bags*", « le prochain X qui … finit *dans la Seine* »), or a time not lived to ("… won't see
    *christmas*"); in the future, or said of one member in a condition ("*any* X who …", « *si* … »)."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    for group in groups:
        first = next((k for k, t in enumerate(tokens) if t[0] >= group[1]), None)
        if first is None:
            continue
        sentence = draft.sentence(group[0])
        after = [k for k in range(first, min(len(tokens), first + 14)) if draft.sentence(tokens[k][0]) == sentence]
        before = [t[2] for t in tokens if draft.sentence(t[0]) == sentence and t[1] <= group[0]]
        if set(before) & words.reported:
            continue
        member = bool(set(before[-3:]) & words.members) or (words.elisions and "si" in before)
        for k in after:
            word = tokens[k][2]
            between = [tokens[j][2] for j in after if j < k]
            denied = any(w in words.negations or w.endswith("n't") or w == "wont" for w in between)
            if word in words.death_verbs and denied:
                times = [t for t in tokens[k + 1 : k + 4] if t[2] in words.death_times]
                if times and _closes(draft, times[0][1]) and not _sympathy(draft, words, group[0]):
                    out.append(((group[0], times[0][1]), group))
                    break
            if word not in words.fate_verbs or denied or set(between) & words.reported:
                continue
            future = member or bool(set(between) & words.intents) or word.endswith(("ing", *_FR_TENSES))
            end = _destination_end(tokens, words, k + 1, 5)
            if future and end is not None:
                out.append(((group[0], end), group))
                break
    return out


def _imperative(draft: _Draft, words: ThreatReading, i: int, before: list[str]) -> bool:
    """The harm as a command opening its clause, only ``openers`` before it ("… Shoot them all", "go smash their teeth
    in lads", « cramez-les », « butez-les tous »): English a bare verb, French a verb in « -ez » or « -ons » with its
    clitic hyphened after it."""
    if any(w not in words.openers for w in before):
        return False
    word = draft.words[i][2]
    if words.elisions:
        return word.endswith(("ez", "ons")) and draft.text[draft.words[i][1] : draft.words[i][1] + 1] == "-"
    return not word.endswith(("ed", "ing", "s")) and not _asked(draft.text, draft.words[i][1])


def _asked(text: str, end: int) -> bool:
    """The sentence going on at ``end`` is a question ("why not *shoot* them?" asks, it does not command)."""
    rest = _SENTENCE_END.search(text, end)
    return rest is not None and "?" in rest.group(0)


def _closes(draft: _Draft, end: int) -> bool:
    """Nothing but punctuation, an emoji or spaces between ``end`` and its clause's end ("… won't see christmas."; not
    "… won't see christmas *in a warm home*")."""
    rest = _CLAUSE_END.search(draft.text, end)
    stop = rest.start() if rest else len(draft.text)
    return _TOKEN.search(draft.text, end, stop) is None or (rest is not None and rest.group(0).strip() == ":")


def _sympathy(draft: _Draft, words: ThreatReading, at: int) -> bool:
    """A word of pity in the sentence of ``at`` ("*sadly*", « *malheureusement* »): a fate lamented, not foretold."""
    sentence = draft.sentence(at)
    return any(draft.sentence(t[0]) == sentence and t[2] in words.sympathy for t in draft.words)


def _group_before(draft: _Draft, groups: Sequence[Span], start: int) -> Span | None:
    """The nearest group before ``start`` in its sentence or the sentence before."""
    sentence = draft.sentence(start)
    found = [g for g in groups if g[1] <= start and sentence - draft.sentence(g[0]) <= 1]
    return max(found, default=None)


def _undergone(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """A body part of the group's member about to be harmed: "get" and a possessive, the part and a participle in its
    next words, the group before in the sentence ("the next X who … is getting *his head caved in*", "gets his tyres
    slashed and *his teeth kicked in*")."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    for i, (start, _, word) in enumerate(tokens):
        if word not in words.get or i + 1 >= len(tokens) or tokens[i + 1][2] not in words.possessives:
            continue
        rest = tokens[i + 2 : i + 2 + _PART_REACH * 3]
        parts = [k for k, t in enumerate(rest) if t[2] in words.body_parts]
        done = [t for t in rest[parts[0] + 1 : parts[0] + 3] if t[2] in words.body_participles] if parts else []
        if not done:
            continue
        group = _group_before(draft, groups, start)
        if group is None or draft.sentence(group[0]) != draft.sentence(start):
            continue
        between = {t[2] for t in tokens if group[1] <= t[0] < start}
        if between & (words.negations | words.reported) or any(w.endswith("n't") for w in between):
            continue
        out.append(((group[0], done[0][1]), group))
    return out


def _blows(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """A blow the group's member is to receive, the group before in its sentence: "get", a blow, a preposition and a
    body part or a window ("the next X … gets *a boot to the face*", "… get a brick through their window"); (H,
    session 29) or the writer's to deal, a verb of sending or throwing whose agent is the writer ("if one more X family
    moves in *i'll put* a brick through their window")."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    for i, (start, _, word) in enumerate(tokens):
        dealt = (word in words.sends or word in words.throws) and _agent(draft, words, i)
        if word not in words.get and not dealt:
            continue
        blow = next((k for k in range(i + 1, min(len(tokens), i + 4)) if tokens[k][2] in words.blows), None)
        if blow is None:
            continue
        prep = next((k for k in range(blow + 1, min(len(tokens), blow + 3)) if tokens[k][2] in words.blow_preps), None)
        if prep is None:
            continue
        place = next((t for t in tokens[prep + 1 : prep + 4] if t[2] in words.blow_places), None)
        group = _group_before(draft, groups, start)
        if place is None or group is None or draft.sentence(group[0]) != draft.sentence(start):
            continue
        between = {t[2] for t in tokens if group[1] <= t[0] < start}
        if between & (words.negations | words.reported) or any(w.endswith("n't") for w in between):
            continue
        out.append(((group[0], place[1]), group))
    return out


_SINGLED_REACH = 16  # words after the group where the verb of receiving stands ("next X who … *is getting* my fist")
# a relative's verb, an infinitive's, a second verb's: "… *who* gets hurt", "the next X *to* get shot"
_RELATIVES = frozenset({"who", "that", "which", "whom", "to", "and", "or"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "will", "gonna", "going", "be", "gon", "finna"})
_DETERMINERS = frozenset({"a", "an", "the", "my", "our", "me", "us", "his", "her", "their", "some", "proper", "good"})


def _singled(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """(T, session 54) A member of the group singled out and what he is to receive: a selector right before the group
    ("*any* X on my block", "*next* X who …", "the *first* X"), or before "one" with the group in the sentence before
    ("You X keep off. *Next one* …"), then in its sentence a verb of receiving, not a relative's ("… *gets* hurt", "…
    *is getting* my fist", "… go *collect* the beating of his life") and what is received: a harm of the verbs, a
    blow, a weapon or a beating said as a noun or in slang. A harm by someone named ("gets shot *by* police") is a
    report; a dismissal ("gets *the* boot") no blow."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    if not words.selectors:
        return out
    for k, (start, _, word) in enumerate(tokens):
        if word not in words.selectors:
            continue
        group = _selected_group(draft, words, groups, k)
        if group is None:
            continue
        sentence = draft.sentence(start)
        reach = range(k + 1, min(len(tokens), k + _SINGLED_REACH))
        after = [j for j in reach if draft.sentence(tokens[j][0]) == sentence]
        said = [t[2] for t in tokens if draft.sentence(t[0]) == sentence and t[0] < start]
        if set(said) & (words.reported | words.negations):
            continue
        end = _received_end(draft, words, [j for j in after if tokens[j][0] >= group[1]])
        if end is not None:
            out.append(((min(start, group[0]), end), group))
    return out


def _selected_group(draft: _Draft, words: ThreatReading, groups: Sequence[Span], k: int) -> Span | None:
    """The group the selector at ``k`` picks a member of: named in its next three words ("any *X*", "the next pair of
    *X*"), or, after "one" ("next one"), named in the sentence before."""
    tokens = draft.words
    near = tokens[k + 1 : k + 4]
    if not near:
        return None
    named = next((g for g in groups if near[0][0] <= g[0] <= near[-1][0]), None)
    if named is not None:
        return named
    if near[0][2] != "one":
        return None
    group = _group_before(draft, groups, tokens[k][0])
    if group is None or draft.sentence(tokens[k][0]) - draft.sentence(group[0]) > 1:
        return None
    return group


def _received_end(draft: _Draft, words: ThreatReading, after: list[int]) -> int | None:
    """The end of what the member is to receive: a verb of receiving (not a relative's) among the words ``after``, a
    determiner or two, and a harm, a blow, a weapon or a beating; None when there is none or someone else deals it."""
    tokens = draft.words
    for j in after:
        if tokens[j][2] not in words.receives or _relative(tokens, j):
            continue
        if any(w in words.negations or w.endswith("n't") for w in (t[2] for t in tokens[after[0] : j])):
            return None
        first = j + 1
        while first < len(tokens) and first - j <= 2 and tokens[first][2] in _DETERMINERS:
            first += 1
        if first >= len(tokens):
            return None
        word = tokens[first][2]
        if tokens[first - 1][2] == "the" and word in words.dismissals:
            return None
        last = _received_last(tokens, words, first)
        if last is None:
            continue
        if last + 1 < len(tokens) and tokens[last + 1][2] == "by":
            return None  # "every X gets attacked *by* …": a harm reported, its agent named
        return tokens[last][1]
    return None


def _relative(tokens: list[tuple[int, int, str]], j: int) -> bool:
    """The verb at ``j`` is a relative's, an infinitive's or a second verb's, auxiliaries aside ("who *is* getting")."""
    k = j - 1
    while k > 0 and tokens[k][2] in _AUXILIARIES:
        k -= 1
    return tokens[k][2] in _RELATIVES


def _received_last(tokens: list[tuple[int, int, str]], words: ThreatReading, first: int) -> int | None:
    """The last word of a harm, a blow, a weapon or a beating opening at word ``first``, or None."""
    word = tokens[first][2]
    if word in words.blows or word in words.armed:
        return first
    for table in (words.harms, words.received):
        for phrase in table.get(word, ()):
            if tuple(t[2] for t in tokens[first : first + len(phrase)]) == phrase:
                return first + len(phrase) - 1
    return None


_BURN_REACH = 5  # words after a building where its verb of burning stands ("X shops *in Durban will* burn")
_OBJECTS = frozenset({"the", "a", "an", "my", "your", "their", "his", "her", "our", "them", "it", "him", "those"})
# a figure or a light, no fire: "the hall will burn *with* joy", "burn *for* justice", "will burn *bright* for Diwali"
_FIGURES = frozenset({"with", "for", "through", "into", "bright", "brightly", "brighter", "all", "low", "steady"})


def _burned(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """(T, session 54) A building foretold to burn, the group in its sentence or the one before ("tents burn.", "X
    shops in Durban will burn this weekend", "temples burn easier than houses", "… will be ash"): a ``buildings``
    noun, a verb of burning in its next words with no object ("the church will burn *the* mortgage" is a rite), and a
    menace in the saying — a future or a modal before the verb, an ease after it ("burn *nicely*"), or the clause bare.
    Not in someone else's words, not denied, not lamented ("pray for …"), not told as past."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    for k, (start, _, word) in enumerate(tokens):
        if word not in words.buildings:
            continue
        clause = draft.clause(start)
        near = [j for j in range(k + 1, min(len(tokens), k + 1 + _BURN_REACH)) if draft.clause(tokens[j][0]) == clause]
        verb = next((j for j in near if _burning(tokens, words, j)), None)
        if verb is None or not _burn_menace(draft, words, k, verb):
            continue
        if any(tokens[k][1] <= g[0] < tokens[verb][0] for g in groups):
            continue  # "How many more churches will *X* burn?": the group burns, the building is its object
        sentence = draft.sentence(start)
        said = {t[2] for t in tokens if draft.sentence(t[0]) == sentence}
        if said & (words.reported | words.sympathy | words.narrated | words.negations):
            continue
        aimed = [g for g in groups if 0 <= sentence - draft.sentence(g[0]) <= 1]
        if not _bare(draft, words, k):  # "If the X temple's boiler fails, *the whole* house will burn": no menace
            aimed = [g for g in aimed if draft.clause(g[0]) == clause]
        if aimed:
            group = min(aimed, key=lambda g: (sentence - draft.sentence(g[0]), abs(g[0] - start)))
            eased = verb + 1 < len(tokens) and tokens[verb + 1][2] in words.eases  # its span: "… burn *nicely*"
            end = tokens[verb + 1 if eased else verb][1]
            out.append(((min(start, group[0]), max(end, group[1])), group))
    return out


def _burning(tokens: list[tuple[int, int, str]], words: ThreatReading, j: int) -> bool:
    """Word ``j`` burns with no object after it (an ash after "be": "will *be ash*")."""
    word = tokens[j][2]
    if word not in words.burnings:
        return False
    if word.startswith("ash"):
        return tokens[j - 1][2] == "be"
    rest = [t[2] for t in tokens[j + 1 : j + 3]]
    rest = rest[1:] if rest[:1] == ["down"] else rest
    return not (rest and (rest[0] in _OBJECTS or rest[0] in _FIGURES))


def _burn_menace(draft: _Draft, words: ThreatReading, k: int, verb: int) -> bool:
    """The burning of the building at ``k`` said as a menace: a future or a modal between them, an ease right after the
    verb (or its "down"), or the clause bare: the building, its determiner and the verb alone."""
    tokens = draft.words
    between = {t[2] for t in tokens[k + 1 : verb]}
    if between & (words.intents | words.modals) or any(w.endswith("'ll") for w in between):
        return True
    after = [t[2] for t in tokens[verb + 1 : verb + 3]]
    after = after[1:] if after[:1] == ["down"] else after
    if after and after[0] in words.eases:
        return True
    clause = draft.clause(tokens[k][0])
    ends = verb + 1 >= len(tokens) or draft.clause(tokens[verb + 1][0]) != clause
    if not ends or between:
        return False
    # "one more week *and* your church burns": a condition set before it in its sentence stands for the time
    sentence = draft.sentence(tokens[k][0])
    return _bare(draft, words, k) or any(
        t[2] in words.armed_conditions for t in tokens[:k] if draft.sentence(t[0]) == sentence
    )


def _bare(draft: _Draft, words: ThreatReading, k: int) -> bool:
    """The building at ``k`` opens its clause, a determiner or a possessive at most before it ("*your* church")."""
    clause = draft.clause(draft.words[k][0])
    before = [t[2] for t in draft.words[:k] if draft.clause(t[0]) == clause]
    return len(before) <= 1 and all(w in words.owners or w in _OBJECTS for w in before)


def _known_homes(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """The writer who knows where the group lives or sleeps ("I know where the X on my street live", « on sait où
    dorment les X »): the veiled threat of a visit."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    for i, (start, _, word) in enumerate(tokens):
        if word not in words.knows or i + 1 >= len(tokens) or tokens[i + 1][2] not in words.wheres:
            continue
        clause = draft.clause(start)
        before = [t[2] for t in tokens[max(0, i - 3) : i] if draft.clause(t[0]) == clause]
        if not set(before) & (words.subjects | words.willing) or any(w in words.negations for w in before):
            continue
        near = [t for t in tokens[i + 2 : i + 10] if draft.clause(t[0]) == clause]
        dwelling = next((t for t in near if t[2] in words.dwellings), None)
        group = next((g for g in groups if near and near[0][0] <= g[0] <= near[-1][0]), None)
        if dwelling is None or group is None:
            continue
        end = max(group[1], dwelling[1])
        rest = draft.text[end : next((e for e in draft.clause_ends if e > end), len(draft.text))]
        if rest.lstrip().startswith(":") or set(_words(rest, words.elisions)) & words.places:
            continue  # "we know where the X live: in overcrowded hostels", « … vivent les X *dans* des bidonvilles »
        out.append(((start, end), group))
    return out


def _dares(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """A dare about the group, its answer left to the imagination: a command opening its clause ("*keep* letting X move
    in", « *continuez* à … ») and what happens to them later in its sentence ("… see what happens *to their* windows",
    « … ce qui va *leur* arriver »), the group in that sentence or the one before."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    for i, (start, _, word) in enumerate(tokens):
        if word not in words.dares or (i and draft.clause(tokens[i - 1][0]) == draft.clause(start)):
            continue
        sentence = draft.sentence(start)
        rest = [t for t in tokens[i + 1 : i + 30] if draft.sentence(t[0]) == sentence]
        said = [t[2] for t in rest]
        end = next(
            (
                rest[k + len(p) - 1][1]
                for k in range(len(rest))
                for p in words.dare_ends
                if tuple(said[k : k + len(p)]) == p
            ),
            None,
        )
        if end is None:
            continue
        group = next((g for g in groups if start <= g[0] < end), None) or _group_before(draft, groups, start)
        if group is not None:
            out.append(((min(start, group[0]), end), group))
    return out


def _emoji(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """A weapon emoji after a clause where the writer or someone aims at the group: the group or a pronoun standing
    for it after the agent, in the emoji's sentence or the one before (« je vais *leur* faire passer l'envie 🔫 »)."""
    out: list[tuple[Span, Span]] = []
    text, tokens = draft.text, draft.words
    for weapon in words.weapons:
        at = text.find(weapon)
        if at < 0:
            continue
        before = [k for k, t in enumerate(tokens) if t[1] <= at]
        if not before:
            continue
        sentence = draft.sentence(tokens[before[-1]][0])
        for k in before:
            if sentence - draft.sentence(tokens[k][0]) > 1 or not _emoji_agent(draft, words, k):
                continue
            group = _aimed(draft, words, k, groups)
            if group is not None:
                out.append(((min(group[0], tokens[k][0]), at + len(weapon)), group))
                break
    return out


def _emoji_agent(draft: _Draft, words: ThreatReading, k: int) -> bool:
    """Word ``k`` is the writer or someone as a subject with an intent after it (or holding one), no negation."""
    tokens = draft.words
    word = tokens[k][2]
    clause = draft.clause(tokens[k][0])
    rest = [t[2] for t in tokens[k + 1 : k + 1 + _LOOKBACK] if draft.clause(t[0]) == clause]
    if any(w in words.negations or w.endswith("n't") for w in rest[:4]):
        return False
    if word in words.willing or word in words.someones:
        return True
    if word not in words.subjects:
        return False
    return bool(set(rest[:3]) & words.intents) or words.elisions


def _aimed(draft: _Draft, words: ThreatReading, k: int, groups: Sequence[Span]) -> Span | None:
    """The group the agent at ``k`` aims at: named after it in its clause, or a pronoun there standing for a group
    named before."""
    tokens = draft.words
    clause = draft.clause(tokens[k][0])
    following = [t for t in tokens[k + 1 : k + 1 + _LOOKBACK] if draft.clause(t[0]) == clause]
    if not following:
        return None
    lo, hi = following[0][0], following[-1][1]
    named = next((g for g in groups if lo <= g[0] < hi), None)
    if named is not None:
        return named
    sentence = draft.sentence(tokens[k][0])
    opening = next((g for g in groups if g[1] <= tokens[k][0] and draft.sentence(g[0]) == sentence), None)
    if opening is not None:
        return opening  # « Que les X se préparent, *on* arrive 🔪 »: the group heads the agent's sentence
    pronouns = words.clitics if words.elisions else words.objects | words.possessives
    if any(t[2] in pronouns for t in following[:4]):
        return _group_before(draft, groups, tokens[k][0])
    return None


def _undone(draft: _Draft, words: ThreatReading, span: Span) -> bool:
    """A game, a sport or a kitchen in the sentences of ``span``: no harm to anyone."""
    first, last = draft.sentence(span[0]), draft.sentence(max(span[0], span[1] - 1))
    return any(first <= draft.sentence(t[0]) <= last and t[2] in words.undone for t in draft.words)


def _phrase_last(
    tokens: list[tuple[int, int, str]], i: int, phrase: tuple[str, ...], fillers: frozenset[str]
) -> int | None:
    """The index of the last word of ``phrase`` read from word ``i`` (its first word), up to ``_FILLED`` fillers
    skipped between two of its words (« vont *vite* regretter d'être venus ») and a ``*`` standing for up to
    ``_WILD`` words ("enjoy * while you can"), or None."""
    k = i
    rest = phrase[1:]
    for n, word in enumerate(rest):
        if word == "*":
            nxt = rest[n + 1] if n + 1 < len(rest) else None
            for j in range(k + 1, min(len(tokens), k + 2 + _WILD)):
                if nxt is not None and tokens[j][2] == nxt:
                    end = _phrase_last(tokens, j, rest[n + 1 :], fillers)
                    if end is not None:
                        return end
            return None
        k += 1
        skipped = 0
        while k < len(tokens) and tokens[k][2] != word and tokens[k][2] in fillers and skipped < _FILLED:
            k, skipped = k + 1, skipped + 1
        if k >= len(tokens) or tokens[k][2] != word:
            return None
    return k


_Table = dict[str, tuple[tuple[str, ...], ...]]
_Phrases = tuple[tuple[tuple[str, ...], frozenset[str]], ...]
_Plan = dict[str, tuple[_Phrases, bool, tuple[int, ...], dict[str, tuple[int, ...]] | None]]
_PLANS: dict[int, tuple[_Table, _Plan]] = {}
_KEYED = 24  # a first word opening more phrases than this has them found by their key words (``_plan``)


def _plan(table: _Table) -> _Plan:
    """``table`` with, for each phrase, the words after its first but ``*``: ``_phrase_last`` finds the phrase only
    where each of them is a word of the draft (S, session 24). Kept per table (the tables live as long as their
    ``ThreatReading``).

    (U, session 36) A first word that opens many phrases also has them by key word: each phrase under one of the words
    it needs, the one fewest phrases of the table need ("lesson" rather than "you"), and ``_found`` checks only those
    whose key word the draft holds — "you" opens 2,079 English ``menaces`` phrases, "we" 1,900 ``veiled`` ones, each
    checked against the draft's words before."""
    kept = _PLANS.get(id(table))
    if kept is not None and kept[0] is table:
        return kept[1]
    needs = {w: tuple((p, frozenset(p[1:]) - {"*"}) for p in phrases) for w, phrases in table.items()}
    counts: dict[str, int] = {}
    for entries in needs.values():
        for _, needed in entries:
            for word in needed:
                counts[word] = counts.get(word, 0) + 1
    plan: _Plan = {}
    for w, entries in needs.items():
        needy = any(needed for _, needed in entries)
        if len(entries) <= _KEYED:
            plan[w] = (entries, needy, (), None)
            continue
        loose: list[int] = []  # the phrases that need no other word
        keyed: dict[str, list[int]] = {}
        for n, (_, needed) in enumerate(entries):
            if needed:
                keyed.setdefault(min(needed, key=lambda k: (counts[k], k)), []).append(n)
            else:
                loose.append(n)
        plan[w] = (entries, needy, tuple(loose), {k: tuple(v) for k, v in keyed.items()})
    if len(_PLANS) >= 256:
        _PLANS.clear()
    _PLANS[id(table)] = (table, plan)
    return plan


def _found(tokens: list[tuple[int, int, str]], table: _Table, fillers: frozenset[str]) -> list[tuple[int, int]]:
    """(first, last) word of each phrase of ``table`` in the draft, the longest at each word.

    A phrase is read from a word only when its other words are all words of the draft (``_plan``): the same
    phrases as reading each one, most of them never tried (318,848 reads over the dev tweets before); a word that
    opens many phrases tries only those whose key word the draft holds, in the table's order (U, session 36)."""
    out: list[tuple[int, int]] = []
    plan = _plan(table)
    present: frozenset[str] | set[str] = frozenset()  # the draft's words, read when a phrase needs them
    read = False
    for i, (_, _, word) in enumerate(tokens):
        entry = plan.get(word)
        if entry is None:
            continue
        phrases, needy, loose, keyed = entry
        if needy and not read:
            present, read = {t[2] for t in tokens}, True
        if keyed is not None:  # (empty when no phrase of the word needs another)
            places = [n for k in present if (ns := keyed.get(k)) is not None for n in ns]
            phrases = tuple(phrases[n] for n in sorted([*loose, *places] if loose else places))
        for phrase, needed in phrases:
            if needed and not needed <= present:
                continue
            last = _phrase_last(tokens, i, phrase, fillers)
            if last is not None:
                out.append((i, last))
                break
    return out


def _veiled(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """(session 21, T) a veiled threat: intimidation without a word of violence, a group in its sentence or the one
    before ("dear trans folks, we have your addresses now", « les X, votre tour va venir », « ça va mal finir pour les
    X »). A ``veiled`` phrase intimidates alone; a ``veiled_weak`` one ("we've got a list of every X", "shame if …",
    "… got a visit", « ça va devenir compliqué pour les X ») needs a second cue in the draft, another phrase or a
    ``closers`` wink ("just so you know", « croyez-moi », « je dis ça je dis rien »). Never in someone else's words (a
    ``reported`` word before it in its sentence), after a negation in its clause, or lamented (``sympathy``)."""
    tokens = draft.words
    phrases = _phrases_found(draft, words)
    strong = [(f, t) for k, f, t in phrases if k == "strong"]
    weak = [(f, t) for k, f, t in phrases if k == "weak"]
    closers = [f for f in _found(tokens, words.closers, words.fillers) if _closes(draft, tokens[f[1]][1])]
    # (session 39, T) a menace frame's cue is a second cue too: "we've got the list of every X family. *Be ready*.",
    # « On a la liste des familles X. *Tenez-vous prêts*. » (a weapon is not: it is read by the emoji's reading)
    cues = [(f, t) for k, f, t in _menace_cues(draft, words) if k != "armed"]
    quoted = draft.quoted
    out: list[tuple[Span, Span]] = []
    for first, last in strong + weak:
        if (first, last) in weak:
            others = [f for f in strong + weak + closers + cues if not _overlaps(f, [(first, last)])]
            if not others and not _winked(draft, words, tokens[last][1]) and not _timed(draft, words, first, last):
                continue
        start, end = tokens[first][0], tokens[last][1]
        if any(a <= start and end <= b for a, b in quoted):
            continue  # « … : « votre tour va venir ». C'est honteux. »
        sentence = draft.sentence(start)
        clause = draft.clause(start)
        near = [t[2] for t in tokens[max(0, first - 3) : first] if draft.clause(t[0]) == clause]
        if _reported(draft, words, first) or any(w in words.negations or w.endswith("n't") for w in near):
            continue
        if (
            last + 1 < len(tokens)
            and tokens[last + 1][2] in words.beware
            and _warning(tokens, first, last, words)
            and not any(tuple(t[2] for t in tokens[last + 1 : last + 1 + len(p)]) == p for p in words.from_times)
        ):
            continue  # "had better watch out *for* ice", « feraient bien de faire gaffe *à* la canicule »: advice
        if tokens[last][2] in words.visits and last + 1 < len(tokens) and tokens[last + 1][2] in words.visitors:
            continue  # (session 39, T) a visit from someone named: « attendez-vous à une visite *de* l'assistante »
        if any(
            t[2] in words.sympathy and draft.sentence(t[0]) == sentence for t in tokens[:first] + tokens[last + 1 :]
        ):
            continue  # lamented ("sadly", « malheureusement »), the phrase's own words aside ("… where you *pray*")
        aimed = _veiled_aim(draft, words, groups, first, last, (first, last) in weak)
        if not aimed or _called_other(draft, words, groups, first, last):
            continue
        group = min(aimed, key=lambda g: (sentence - draft.sentence(g[0]), abs(g[0] - start)))
        out.append(((min(start, group[0]), max(end, group[1])), group))
    return out


def _veiled_aim(
    draft: _Draft, words: ThreatReading, groups: Sequence[Span], first: int, last: int, is_weak: bool
) -> list[Span]:
    """The groups a veiled phrase (tokens ``first`` to ``last``) may aim at (``_veiled``): a group in its sentence, or
    the one before when the phrase points back (a ``pointers`` word in it or before it in its sentence, a
    ``pointed_after`` word after it); else the group the draft opens on, for a weak phrase sealed in the second
    sentence or a phrase in the second person (``_addressed``)."""
    tokens = draft.words
    sentence = draft.sentence(tokens[first][0])
    after = tokens[last + 1][2] if last + 1 < len(tokens) else ""
    pointed = bool({t[2] for t in tokens[first : last + 1]} & words.pointers) or after in words.pointed_after
    # (session 43, T) … or a pronoun before it in its sentence, its subject or the clause's ("Votre église est
    # connue, les X. *Vous* fêterez pas Noël tranquilles", "*They*'ll find out this town has its own way …")
    pointed = pointed or any(
        t[2] in words.pointers and draft.sentence(t[0]) == sentence for t in tokens[max(0, first - 8) : first]
    )
    aimed = [g for g in groups if 0 <= sentence - draft.sentence(g[0]) <= int(pointed)]
    if not aimed and sentence == 1 and is_weak:
        # (session 50, T) a weak phrase its second cue sealed (a wink, a closer, a time to come) aims at the group
        # the draft opens on, its topic, in the sentence right before ("That black church out on route 9 keeps
        # growing. Be a real shame if something happened during Sunday service 🙂"), as a menace frame's cue aims
        # back; a strong phrase alone does not ("The refugees arrived last week. Enjoy it while it lasts, the
        # summer is short!"), and two sentences on only a phrase in the second person does (``_addressed``)
        aimed = [g for g in groups if draft.sentence(g[0]) == 0]
    if not aimed and _addressed(draft, words, first, last):
        # (session 48, T) the group the draft opens on, spoken to in the second person further on ("Trans women
        # using the ladies in this town are being noted. Faces, times, cars. One night soon *you*'ll wish …")
        aimed = [g for g in groups if draft.sentence(g[0]) == 0]
    return aimed


def _companion(draft: _Draft, words: ThreatReading, group: Span) -> bool:
    """(session 50, T) the group named after a ``companions`` word ("with", « avec »), a determiner or a possessive
    between ("… to the range *with my* Jewish neighbour on Sunday"): someone the writer goes with, no target."""
    before = [t[2] for t in draft.words if t[1] <= group[0]][-3:]
    while before and (before[-1] in words.links or before[-1] in words.owners):
        before.pop()
    return bool(before) and before[-1] in words.companions


def _brought(draft: _Draft, words: ThreatReading, first: int, last: int) -> bool:
    """(session 50, T) a weapon the writer brings at a time to come: an ``armed_intents`` word before it in its
    sentence ("*bring* rope", "*heading* down tonight with the hurleys", « on *passe* samedi avec les battes »), a time
    to come near it (``_timed``), and nothing offered in its sentence (``hospitality``: "you're welcome at the bonfire
    Friday, bring matches"). (session 53, T) Or, for a time, a condition set to the group before the weapon in its
    sentence (``armed_conditions``: "*any* X who marches, we go meet them with cutlass", "*keep* it up and the boys
    will be round with the bats"); a word of the weapon's debate right after it is a topic (``armed_topics``: "… to
    promote gun *control*")."""
    tokens = draft.words
    sentence = draft.sentence(tokens[first][0])
    own = [t[2] for t in tokens if draft.sentence(t[0]) == sentence]
    before = [t[2] for t in tokens[:first] if draft.sentence(t[0]) == sentence]
    if not set(before) & words.armed_intents or set(own) & words.hospitality:
        return False
    if last + 1 < len(tokens) and tokens[last + 1][2] in words.purposes | words.armed_topics:
        return (
            False  # "bringing petrol *for* the heaters": a supply; (session 53) "… to promote gun *control*": a topic
        )
    return _timed(draft, words, first, last, back=1) or bool(set(before) & words.armed_conditions)


def _timed(draft: _Draft, words: ThreatReading, first: int, last: int, back: int = 0) -> bool:
    """(session 50, T) a time to come in the phrase's sentence or the next, outside the phrase (a ``whens`` word:
    "Stay inside this *week*", « restez chez vous cette *semaine* »): a weak phrase's second cue, as a menace frame's
    strong cue takes one (``back``: the sentences before that count too). A time gone or habitual ("*last* Friday",
    "*every* Friday") or a season (``seasons``: "it'll be hard for migrants this *winter*") is none, and a ``hazards``
    word in its sentence or the ones next to it makes the warning advice ("the storm hits tonight. Stay inside this
    week"), a ``hospitality`` word in its sentence a welcome. With no ``back``, the time comes after the phrase's first
    word ("stay inside this *week*"; not « les Bleus vont massacrer les X *samedi*, vous verrez »)."""
    tokens = draft.words
    sentence = draft.sentence(tokens[first][0])
    if any(t[2] in words.hazards and abs(draft.sentence(t[0]) - sentence) <= 1 for t in tokens):
        return False  # "the storm hits tonight. Stay inside this week": advice
    if any(t[2] in words.hospitality and draft.sentence(t[0]) == sentence for t in tokens):
        return False  # « la permanence est mardi, on vous attend ! »: a welcome
    for k, token in enumerate(tokens):
        if first <= k <= last or token[2] not in words.whens or token[2] in words.seasons:
            continue
        if not back and k < first:
            continue  # a weak phrase's time comes after it: not « … les X samedi, vous verrez » (a match foretold)
        if not -back <= draft.sentence(token[0]) - sentence <= 1:
            continue
        if {t[2] for t in tokens[max(0, k - 1) : k + 2]} & words.times_gone:
            continue
        return True
    return False


def _addressed(draft: _Draft, words: ThreatReading, first: int, last: int) -> bool:
    """(session 48, T) a second-person word (``addressees``: "you", "your", « vous ») in the phrase or before it in
    its sentence: the phrase speaks to someone, the group the draft opened on when no other stands nearer."""
    tokens = draft.words
    sentence = draft.sentence(tokens[first][0])
    return any(
        t[2] in words.addressees and draft.sentence(t[0]) == sentence for t in tokens[max(0, first - 8) : last + 1]
    )


def _called_other(draft: _Draft, words: ThreatReading, groups: Sequence[Span], first: int, last: int) -> bool:
    """(T, session 54) a phrase in the second person said to someone the draft calls by a name that is no group: its
    sentence opens on a vocative of one to three words and a comma right before the phrase's clause, no group in it
    ("*Guests*, you have two hours to leave the hall after the X wedding"): the group named later is no addressee."""
    tokens = draft.words
    sentence = draft.sentence(tokens[first][0])
    if not any(t[2] in words.addressees for t in tokens[first : last + 1]):
        return False
    before = [t for t in tokens[:first] if draft.sentence(t[0]) == sentence]
    if not 1 <= len(before) <= 3 or draft.text[before[-1][1] : tokens[first][0]].strip() != ",":
        return False
    return not any(before[0][0] <= g[0] < before[-1][1] for g in groups)


def _countdown(draft: _Draft, kind: str, last: int) -> bool:
    """(T, session 54) a deadline that counts down to a day: "to go" right after it, no "back" or "home" ("you have 3
    days *to go* until Eid"), a time left, no leaving."""
    said = [t[2] for t in draft.words[last + 1 : last + 4]]
    return kind == "deadline" and said[:2] == ["to", "go"] and not set(said[2:]) & {"back", "home"}


def _winked(draft: _Draft, words: ThreatReading, end: int) -> bool:
    """(session 48, T) a smiling wink after ``end`` in its sentence or the next ("Be a pity if something went wrong
    🙂", "X better travel in pairs after dark 😉"): a weak phrase's second cue, as a ``closers`` wink is."""
    sentence = draft.sentence(end)
    for wink in words.winks:
        at = draft.text.find(wink, end)
        if at >= 0 and draft.sentence(at) - sentence <= 1:
            return True
    return False


def _phrases_found(draft: _Draft, words: ThreatReading) -> list[tuple[str, int, int]]:
    """The ``veiled`` (strong) and ``veiled_weak`` phrases of the draft, a weak one not inside a strong one; read once
    per draft (``_veiled`` and ``_menaces`` both count them)."""
    if "phrases" not in draft.memo:
        strong = _found(draft.words, words.veiled, words.fillers)
        weak = [f for f in _found(draft.words, words.veiled_weak, words.fillers) if not _overlaps(f, strong)]
        draft.memo["phrases"] = [("strong", *f) for f in strong] + [("weak", *f) for f in weak]
    return draft.memo["phrases"]


def _warning(tokens: list[tuple[int, int, str]], first: int, last: int, words: ThreatReading) -> bool:
    """The phrase is a warning with no object of its own ("watch out", "be careful", « faire gaffe », « se méfier ») or
    a price to learn (« … ce que ça *coûte* »), which a ``beware`` word after it turns into advice or a statement of
    cost (« … ce que ça coûte *de* se soigner »); "we know where you live" or « votre tour va venir » stays."""
    phrase = {t[2] for t in tokens[first : last + 1]}
    return bool(phrase & words.warning_words)


def _overlaps(found: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    return any(a <= found[1] and found[0] <= b for a, b in others)


def _calls(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """(session 21, T) a call for harm or exclusion against a group: the writer or someone with a modal of obligation
    or wish, or a command, and a verb of exclusion whose object is the group or a pronoun for it ("we must drive the X
    out", "send them back", « il faudrait tous les renvoyer », « virez les X »); or the group as the subject of a modal,
    "be" and a participle of exclusion ("X should all be deported", « les X mériteraient d'être enfermés »), "would"
    only in the writer's wish ("if it were up to me every X would be rounded up"). Never people for what they did: an
    ``offences`` word right after the group ("convicted X", « les X condamnés pour … »)."""
    out: list[tuple[Span, Span]] = []
    tokens = draft.words
    quoted = draft.quoted
    for i, last in _found(tokens, words.exclusions, words.fillers):
        start = tokens[i][0]
        if not (_agent(draft, words, i) or _command(draft, words, i)):
            continue
        sentence = draft.sentence(start)
        ahead = tokens[last][1] if last + 1 >= len(tokens) else tokens[min(len(tokens) - 1, last + _LINKS + 1)][1]
        group = next((g for g in groups if start <= g[0] < ahead and draft.sentence(g[0]) == sentence), None)
        if group is None and _called_pronoun(tokens, words, i, last):
            group = _group_before(draft, groups, start)
            if group is not None and not _topic(draft, words, group):
                continue  # "Calling Black players monkeys? Ban them": "them" are the callers
        if group is None or _offence(tokens, words, group) or _said_before(draft, words, group):
            continue
        if any(a <= start and tokens[last][1] <= b for a, b in quoted):
            continue  # "… said 'send them all back' about refugees"
        if any(t[2] in words.mercies for t in tokens[last + 1 :] if draft.sentence(t[0]) == sentence):
            continue  # "let the elderly die with *dignity*": a death let happen in mercy
        out.append(((min(start, group[0]), max(tokens[last][1], group[1])), group))
    for i, last in _found(tokens, words.excluded, words.fillers):
        start = tokens[i][0]
        k = i - 1
        while k >= 0 and tokens[k][2] in words.call_fillers and tokens[k][2] not in words.bes:
            k -= 1
        if k < 0 or tokens[k][2] not in words.bes:
            continue
        k -= 1
        while k >= 0 and tokens[k][2] in words.call_fillers and tokens[k][2] not in words.modals:
            k -= 1
        if k < 0 or not _calling(draft, words, k):
            continue
        clause = draft.clause(start)
        group = _group_before(draft, groups, tokens[k][0])
        if group is None or draft.clause(group[0]) != clause or _offence(tokens, words, group):
            continue
        if _said_before(draft, words, group):
            continue  # "Anyone *saying* disabled people should be sterilised needs to read some history"
        between = [t[2] for t in tokens if group[1] <= t[0] < tokens[k][0]]
        between += [t[2] for t in tokens if t[1] <= group[0]][-2:]  # "*No* immigrant should be deported without …"
        if len(between) > _LOOKBACK + 2 or set(between) & (words.negations | words.reported):
            continue
        if any(w.endswith("n't") for w in [*between, tokens[k][2]]) or _asked(draft.text, tokens[last][1]):
            continue
        if any(a <= start and tokens[last][1] <= b for a, b in quoted):
            continue
        out.append(((group[0], tokens[last][1]), group))
    return out


def _calling(draft: _Draft, words: ThreatReading, k: int) -> bool:
    """Word ``k`` makes the passive after it a call: a modal of obligation or wish, or "would" in the writer's wish in
    its sentence ("*if it were up to me* …")."""
    word = draft.words[k][2]
    if word in words.modals:
        return True
    if word not in words.woulds:
        return False
    sentence = draft.sentence(draft.words[k][0])
    own = [t for t in draft.words if draft.sentence(t[0]) == sentence]
    return bool(_found(own, words.wishes, frozenset()))


def _called_pronoun(tokens: list[tuple[int, int, str]], words: ThreatReading, i: int, last: int) -> bool:
    """A pronoun for the group as the object of a verb of exclusion: English after the verb ("send *them* back",
    "deport *them*"), French a clitic before it (« tous *les* renvoyer ») or hyphened after it (« virez-*les* »)."""
    if words.elisions:
        before = [t[2] for t in tokens[max(0, i - 2) : i]]
        after = tokens[i + 1][2] if i + 1 < len(tokens) else ""
        return bool(set(before) & (words.clitics - {"en"})) or after in words.clitics
    return i + 1 < len(tokens) and tokens[i + 1][2] in words.objects | {"all", "every"}


def _offence(tokens: list[tuple[int, int, str]], words: ThreatReading, group: Span) -> bool:
    """People for what they did: an ``offences`` word among the three words after the group ("X *convicted* of …",
    "X *who commit* …", « les X *condamnés* pour … ») or right before it ("*convicted* X")."""
    after = [t[2] for t in tokens if t[0] >= group[1]][:3]
    before = [t[2] for t in tokens if t[1] <= group[0]][-1:]
    return bool(set(after + before) & words.offences)


def _said_before(draft: _Draft, words: ThreatReading, group: Span) -> bool:
    """A ``reported`` word before the group in its sentence: someone else's call ("anyone *saying* X should be …")."""
    sentence = draft.sentence(group[0])
    return any(t[1] <= group[0] and draft.sentence(t[0]) == sentence and t[2] in words.reported for t in draft.words)


def _topic(draft: _Draft, words: ThreatReading, group: Span) -> bool:
    """The group opens its clause (only ``links`` before it), the topic a later pronoun takes up ("Refugees? Send
    them back", « Les Roumains, il faudrait tous les renvoyer »); not the object of another verb ("Calling X …")."""
    clause = draft.clause(group[0])
    before = [t[2] for t in draft.words if t[1] <= group[0] and draft.clause(t[0]) == clause]
    return all(w in words.links or w in words.members for w in before)


def _countered(draft: _Draft, words: ThreatReading, found: tuple[Span, Span]) -> bool:
    """Counter-speech around a call or a veiled threat: someone else who holds it before the group in its sentence
    ("*anyone who* thinks X should be deported …", « *ceux qui* disent … »), a word of report anywhere in its sentence
    ("…, *says* far-right candidate"), or a condemnation in its sentence or the next ("… *is still racism*", "*Never
    again*", « *c'est du racisme* », « *plus jamais ça* »)."""
    (lo, _), group = found
    sentence = draft.sentence(min(lo, group[0]))
    own = [t for t in draft.words if draft.sentence(t[0]) == sentence and t[1] <= max(lo, group[0])]
    if _found(own, words.holders, frozenset()):
        return True
    winks = {k for first, last in _found(draft.words, words.closers, words.fillers) for k in range(first, last + 1)}
    # (session 43, T) nor a veiled phrase's own word (« notre façon de *dire* au revoir »)
    winks |= {k for _, first, last in _phrases_found(draft, words) for k in range(first, last + 1)}
    if any(
        draft.sentence(t[0]) == sentence and t[2] in words.reported and k not in winks and not _sent(draft, words, k)
        for k, t in enumerate(draft.words)
    ):
        return True  # "Deport all X, *says* far-right candidate": someone else's words, after the call too; (session
        # 30, T) not a closer's own word ("…, just *saying*")
    near = [t for t in draft.words if 0 <= draft.sentence(t[0]) - sentence <= 1]
    return bool(_found(near, words.condemnations, frozenset()))


def _command(draft: _Draft, words: ThreatReading, i: int) -> bool:
    """A command opening its clause, its object after it (« *Virez* les X de nos quartiers », « *renvoyez* les X chez
    eux », "*Let* the X drown"): French a verb of exclusion in « -ez » or « -ons », English (session 23) a ``commands``
    word, the verb's bare form; nothing but ``openers`` before it; not asked."""
    tokens = draft.words
    clause = draft.clause(tokens[i][0])
    before = [t[2] for t in tokens[:i] if draft.clause(t[0]) == clause]
    word = tokens[i][2]
    commanded = word.endswith(("ez", "ons")) if words.elisions else word in words.commands
    return commanded and all(w in words.openers for w in before) and not _asked(draft.text, tokens[i][1])


_STRONG = frozenset({"lesson", "warning", "deadline", "recall"})
_YEAR = re.compile(r"(?:19|20)\d\d")  # (session 41, T) a year written out, a recall's time
_WELCOMED = frozenset({"presence", "ready"})


def _menaces(draft: _Draft, words: ThreatReading, groups: Sequence[Span]) -> list[tuple[Span, Span]]:
    """(session 33, V) a menace frame: a cue of menace with no word of violence, its target and a time or a condition.

    The cues are ``menaces`` phrases by their role (training/threat_reading_forms.py): a lesson the target will learn or
    a day it will remember, a warning, a deadline (*strong*); the writer who knows which place, when or where (strong
    when a ``goings`` word follows in its clause: "we know which mosque you *go* to", weak alone), the writer who will
    be there or waiting ("we'll be waiting", « on vous attend »), a call to get ready ("prepare yourselves",
    « préparez-vous »), a date to remember ("remember the date", « notez la date »: a wedding's too) and a weapon
    brought (``armed``, a weapon emoji) (*weak*). The target is a group in the cue's sentence, the two before or the one
    after. A strong cue needs a ``whens`` word or a ``conditions`` word in its sentence or the ones next to it ("this
    Friday will be one they remember", "keep it up … you'll find out what happens", « vous avez jusqu'à dimanche »), or
    a cue of another kind; a weak cue needs a cue of another kind ("we know which church the X go to. see you sunday",
    "we'll be waiting with petrol cans"). Never quoted, in someone else's words (a ``reported`` word before it in its
    sentence), after a negation in the three words before it, lamented (``sympathy``) or told as past (``narrated``)."""
    tokens = draft.words
    if not tokens:
        return []
    kept = _menace_kept(draft, words)
    out: list[tuple[Span, Span]] = []
    for kind, first, last in kept:
        if kind in ("veiled", "promise"):
            continue  # a seal is a second cue, never the threat's own span; a veiled phrase is _veiled's
        # (session 50, T) a weapon is a second cue, or a menace of its own with a time to come in its sentence or the
        # next ("our lads are heading down *Saturday* with the *bats*", "few of us are paying the X a visit *this
        # weekend*. bring a *bat*", « on passe *samedi* avec les *battes* »)
        if kind == "armed" and not _brought(draft, words, first, last):
            continue
        start, end = tokens[first][0], tokens[last][1]
        sentence = draft.sentence(start)
        aimed = [g for g in groups if -1 <= sentence - draft.sentence(g[0]) <= 2]
        if kind == "armed":  # a weapon brought *with* the member is shared: "… to the range with my X neighbour"
            aimed = [g for g in aimed if not _companion(draft, words, g)]
        if not aimed or _called_other(draft, words, groups, first, last) or _countdown(draft, kind, last):
            continue
        family = kind.rstrip("+")
        others = {
            k.rstrip("+")
            for k, f, t in kept
            if k.rstrip("+") != family
            and abs(draft.sentence(tokens[f][0]) - sentence) <= 2
            and not (k == "veiled" and _overlaps((f, t), [(first, last)]))  # the same words in both tables, one cue
        }
        if kind in _STRONG or kind == "knowing+":
            near = {t[2] for t in tokens if abs(draft.sentence(t[0]) - sentence) <= 1}
            # (session 41, T) a recall's time may be the year of what it recalls: "remember Gujarat *2002*"
            dated = kind == "recall" and any(_YEAR.fullmatch(w) for w in near)
            if not (others or dated or near & (words.whens | words.conditions)):
                continue
        elif not others and kind != "armed":
            continue
        group = min(aimed, key=lambda g: (abs(sentence - draft.sentence(g[0])), abs(g[0] - start)))
        out.append(((min(start, group[0]), max(end, group[1])), group))
    return out


def _menace_kept(draft: _Draft, words: ThreatReading) -> list[tuple[str, int, int]]:
    """A menace frame's cues (``_menace_cues``) with the seals that count as a cue of another kind (``_menaces``):
    the writer's own veiled phrases (``veiled``) and closers that seal the menace as meant (``promise``)."""
    tokens = draft.words
    quoted = draft.quoted
    kept = _menace_cues(draft, words)
    # (session 39, T) a veiled phrase is a cue of another kind for a menace frame's: "When the day comes, the X will be
    # the first ones *we visit*" (a doom and a visit), « Les X, *attendez-vous* à de la visite » (a call to get ready
    # and a visit); the writer's own, as the frame's cues are
    kept = kept + [
        ("veiled", f, t) for _, f, t in _phrases_found(draft, words) if _menace_said(draft, words, quoted, f, t)
    ]
    # (session 48, T) a closer that seals the menace as meant is a cue of another kind ("We know where the marae is.
    # *You've had your fun*", "we're coming to say hello … *just so you know*"): the writer's own, closing its clause
    kept = kept + [
        ("promise", f, t)
        for f, t in _found(tokens, words.promises, words.fillers)
        if _closes(draft, tokens[t][1]) and _menace_said(draft, words, quoted, f, t)
    ]
    return kept


def _menace_cues(draft: _Draft, words: ThreatReading) -> list[tuple[str, int, int]]:
    """The menace frame's cues of the draft, by kind, the writer's own (``_menace_said``); read once per draft."""
    if "cues" in draft.memo:
        return draft.memo["cues"]
    tokens = draft.words
    quoted = draft.quoted
    cues: list[tuple[str, int, int]] = []
    for kind, table in words.menaces.items():
        for first, last in _found(tokens, table, words.fillers):
            if kind == "knowing":
                clause = draft.clause(tokens[last][0])
                rest = [t[2] for t in tokens[last + 1 : last + 12] if draft.clause(t[0]) == clause]
                kind = "knowing+" if set(rest) & words.goings else "knowing"
            cues.append((kind, first, last))
    # (session 53, T) a weapon's word in a sentence of help offered is a tool (``armed_aids``: "… we'll come round with
    # axes to *help*")
    aided = {draft.sentence(t[0]) for t in tokens if t[2] in words.armed_aids}
    cues += [("armed", k, k) for k, t in enumerate(tokens) if t[2] in words.armed and draft.sentence(t[0]) not in aided]
    cues += [("dated", k, last) for k, last in _dated_recalls(draft, words)]
    for weapon in words.weapons:
        at = draft.text.find(weapon)
        if at >= 0:
            k = max((n for n, t in enumerate(tokens) if t[1] <= at), default=0)
            cues.append(("armed", k, k))
    kept = [c for c in cues if _menace_said(draft, words, quoted, c[1], c[2])]
    # (session 41, T) a past mourned or taught is no recall: "remember what happened to them in 1915 and honour the
    # *victims*", "Remember what happened in 1942? That's *why* we teach it" (its sentence or the next)
    mourned = {draft.sentence(t[0]) - d for t in tokens if t[2] in words.mourned for d in (0, 1)}
    kept = [c for c in kept if not (c[0] in ("recall", "dated") and draft.sentence(tokens[c[1]][0]) in mourned)]
    if not any(k == "armed" for k, _, _ in kept):
        # (session 39, T) a presence or a call to get ready with something offered in its sentence is a welcome:
        # "be ready at sunset: we'll be waiting with *dates*", « préparez-vous : on vous attend pour l'*iftar* »
        offered = {draft.sentence(t[0]) for t in tokens if t[2] in words.hospitality}
        kept = [c for c in kept if not (c[0] in _WELCOMED and draft.sentence(tokens[c[1]][0]) in offered)]
    draft.memo["cues"] = kept
    return kept


def _dated_recalls(draft: _Draft, words: ThreatReading) -> list[tuple[int, int]]:
    """(session 43, T) a recall by its date: a ``recall_verbs`` word and, in the three words after it, a year written
    out, a year's two digits after an apostrophe or a ``recall_months`` word and its day ("remember 1990", "some of us
    remember '78", "remember may 13", « souvenez-vous de 2011 »): the words from the verb to the date, a weak cue
    (kind ``dated``: a cue of another kind must stand near, "… *We can do it again*"; "Remember 1966? England fans
    still sing about it" is none). Only
    ``recall_links`` words stand between them ("remember *what happened in* 1990"; not "go remember *for* 2027", a vote
    to come)."""
    tokens = draft.words
    out: list[tuple[int, int]] = []
    for k, (_, _, word) in enumerate(tokens):
        if word not in words.recall_verbs:
            continue
        for j in range(k + 1, min(k + 4, len(tokens))):
            start, _, after = tokens[j]
            short = len(after) == 2 and after.isdigit() and start > 0 and draft.text[start - 1] in "'’"
            dayed = after.isdigit() and tokens[j - 1][2] in words.recall_months
            if _YEAR.fullmatch(after) or short or dayed:
                out.append((k, j))
                break
            if after not in words.recall_links and after not in words.recall_months:
                break
    return out


def _menace_said(draft: _Draft, words: ThreatReading, quoted: list[Span], first: int, last: int) -> bool:
    """The cue at words ``first`` to ``last`` is the writer's own: not quoted, reported, negated, lamented or told."""
    tokens = draft.words
    start, end = tokens[first][0], tokens[last][1]
    if any(a <= start and end <= b for a, b in quoted):
        return False
    sentence = draft.sentence(start)
    clause = draft.clause(start)
    near = [t[2] for t in tokens[max(0, first - 3) : first] if draft.clause(t[0]) == clause]
    if _reported(draft, words, first) or any(w in words.negations or w.endswith("n't") for w in near):
        return False
    lamented = (
        words.sympathy | words.narrated
    )  # a fate lamented, a scene told ("yesterday …", « …, raconte le témoin »)
    return not any(t[2] in lamented and draft.sentence(t[0]) == sentence for t in tokens)


def _reported(draft: _Draft, words: ThreatReading, first: int) -> bool:
    """A ``reported`` word before word ``first`` in its sentence: the phrase is someone else's ("a man *wrote* …",
    « … a *écrit* … »). (session 41, T) A ``sent_notes`` word the writer sends is no report but its own address: one a
    ``sent_to`` word follows ("a *message to* the X: …", « petit *message aux* X : … ») or a ``sent_marks``
    word comes before ("this is the *last friendly message* you'll get", « *dernier message* aux X »)."""
    tokens = draft.words
    sentence = draft.sentence(tokens[first][0])
    for k in range(first):
        word = tokens[k][2]
        if word not in words.reported or draft.sentence(tokens[k][0]) != sentence:
            continue
        if not _sent(draft, words, k):
            return True
    return False


def _sent(draft: _Draft, words: ThreatReading, k: int) -> bool:
    """Word ``k`` is a note the writer sends (``_reported``): a ``sent_notes`` word with a ``sent_to`` word after it or
    a ``sent_marks`` word before it."""
    tokens = draft.words
    return tokens[k][2] in words.sent_notes and (
        (k + 1 < len(tokens) and tokens[k + 1][2] in words.sent_to) or (k > 0 and tokens[k - 1][2] in words.sent_marks)
    )

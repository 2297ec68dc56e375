"""Insinuation by stereotype cue (session 15, engineer I): a group, or one member of it, named near a cue whose meaning
is "as expected of that group", with a bad outcome beside them — implicit derogation that names no vice of its own.

"hired a woman as lead dev. *surprise surprise*, the project is six months *late*", "car got *broken* into again.
*guess which* street full of latinos i parked on", "the jewish landlord *cheated* me again. *it's in their blood*",
« depuis que les X sont arrivés, *comme par hasard*, les *vols* ont doublé », « encore un *attentat* ? *laissez-moi
deviner* la *religion* du type ». The words are data (rules/risk/terms/<lang>/hate-stereotypes.yml, written by
training/stereotype_cues.py), read by ``risk.hate`` (kind ``proximity``, param ``stereotypes``):

- a *cue* (sarcastic expectation, an essence or a rule of the whole group) or a *guess* (a guessing game), its words in
  order with only spaces or punctuation between ("tiens, tiens"), on the folded draft;
- a group in the cue's sentence, the sentence before or the sentence after (the nearest); after a guess, a ``traits``
  word within four words stands for the group left unnamed ("guess the *religion*", « deviner la *nationalité* »);
- an ``outcomes`` word (crime, deceit, failure, tears: VADER's negative entries and open verb classes) from the
  sentence before the first of the two to the sentence after the last;
- none when the group undergoes harm (a ``victims`` word right after the group or after a ``passives`` word in the
  group's own sentence: "Another trans woman *murdered*. surprise surprise, the police …"; a ``sanctions`` word, "got
  *arrested*", is no harm), nor when someone else's words hold the cue or the group (a reported-speech word before it
  in its sentence: "people who *say* 'it's in their blood' …", « *dire* que le vol est dans le sang des Roms … »), nor
  when the cue stands inside quotation marks; nor (session 18, B) when a ``double_standards`` phrase follows a
  ``contrasts`` phrase in the zone: the draft denounces a double standard ("… it's terrorism *but* when a *white* guy
  does it …").

(session 43, I) Three marks of the insinuation need no outcome word: a disclaimed prejudice turned to a claim
(``disclaimed``: "I'm not racist but …", « c'est l'instinct, pas du racisme »), a proverb of permanence
(``permanences``: "once a thief, always a thief") beside a group, and a noun of people in scare quotes
(``scare_quotes``: 'another "community" …', « les "jeunes" »).

(session 44, I) A fourth: the statistic of blame (``shares``), a share — a percentage, "one X in three", « 7 détenus
sur 10 » — said in one sentence with a group and a ``share_blames`` word (crime, prison, welfare: « 1 Algérien sur
3 vit du RSA », "80% of rapes are committed by migrants"); not after a named source (``share_sources``: « selon
l'Insee », "according to the ONS"), not where the group undergoes it (``share_undergone``: victims, discrimination).

Without a group nothing is said of anyone ("surprise surprise, the train is late"); without an outcome the cue praises
or jokes ("brazilians and football, it's in their blood", "hired a woman … surprise surprise, the budget balanced").
Review material, not a block: ``risk.hate`` reports it as a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from app.kinds.options import read_yaml
from app.text.folding import fold_term
from app.text.literals import LiteralGate
from app.text.starts import LazyPattern, StartScanner

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?;…]+|\n+")
_TRAIT_REACH = 4  # words after a guess where a trait stands for the group ("guess *the* religion *of the suspect*")
_OBJECTS = frozenset(
    re.findall(r"\w+", "my our your his her their me us him them ma mon mes notre nos ta ton tes sa son ses")
)
_PASSIVE_REACH = 3  # words after a passive where harm stands ("got *their windows* smashed")


class StereotypeFile(BaseModel):
    """The words of one language (training/stereotype_cues.py writes them)."""

    model_config = ConfigDict(extra="forbid")
    credit: str | None = None
    notes: str | None = None
    cues: list[str]
    closing: list[str]
    guesses: list[str]
    traits: list[str]
    outcomes: list[str]
    victims: list[str]
    passives: list[str]
    sanctions: list[str]
    reports: list[str]
    praises: list[str]
    # (session 18, B; I's request) a double standard denounced: a ``double_standards`` phrase within
    # ``_STANDARD_REACH`` words after a ``contrasts`` word in the zone ("funny how when a Muslim does it it's terrorism
    # *but* when a *white* guy does it …", « … *mais* quand c'est un *blanc* … », "… *double standard*")
    contrasts: list[str] = []
    double_standards: list[str] = []
    # (session 41, I) the withheld outcome: the wink that hands the bad part to the reader ("you can guess the rest",
    # « je vous laisse deviner la suite »): where it closes the draft it is its own outcome (``insinuations``)
    withheld: list[str] = []
    withheld_last: list[str] = []  # (session 41, I) a withheld outcome only as the draft's last words
    # (session 41, I) the writer's kin and friends after a first-person possessive ("*my* Jamaican *grandad*",
    # « *mon grand-père* portugais »): family told fondly, no withheld outcome
    kin: list[str] = []
    owners: list[str] = []
    # (session 43, I) the disclaimed prejudice (``disclaimed``): "I'm not racist but …", « rien contre les X, mais … »
    disclaimers: list[str] = []
    disclaimer_turns: list[str] = []
    disclaimer_praises: list[str] = []  # a comparison that praises the group ("… cook *better than* us")
    # (session 43, I) the proverb of permanence (``permanences``): "once a {} always a {}", « {} un jour {} toujours »
    permanences: list[str] = []
    allegiances: list[str] = []  # the word said with pride, no vice ("once a *Marine*, always a Marine")
    # (session 43, I) the scare quotes (``scare_quotes``): 'another "community"', « les "jeunes" »
    scare_nouns: list[str] = []
    scare_roles: list[str] = []  # only after a group ('Zimbabwean "nurses"')
    scare_openers: list[str] = []
    scare_mentions: list[str] = []
    # (session 44, I) the statistic of blame (``shares``): number words and the links of a ratio ("one *in* three",
    # « un *sur* trois »), the blames, the named sources, the words of a group undergoing
    share_numbers: list[str] = []
    share_links: list[str] = []
    share_blames: list[str] = []
    share_sources: list[str] = []
    share_undergone: list[str] = []


class CodedFile(BaseModel):
    """(session 36, K) A language's coded group references (rules/risk/terms/<lang>/hate-coded-groups.yml)."""

    model_config = ConfigDict(extra="forbid")
    credit: str | None = None
    notes: str | None = None
    references: list[str]
    veiled: list[str] = []
    winks: list[str] = []
    undergone: list[str] = []
    thing_adjectives: list[str] = []
    things: list[str] = []
    adjective_after: bool = False


_RELATIVES = frozenset(["who", "whom", "whose", "that", "which", "qui", "que", "qu", "dont", "lesquels", "lesquelles"])


@dataclass(frozen=True)
class CodedGroups:
    """(session 36, K) A group named by a coded reference: "those people", "that lot", "a certain community", "you know
    who", "certain areas", "people with names like that", « ces gens-là », « une certaine communauté », « certains
    quartiers », « vous savez qui »; or by a group adjective on a thing ("the Polish shop", "the halal butcher",
    « la boucherie halal »). Read as a group by the insinuation frames only (``insinuations``: a cue and a bad outcome
    beside): alone it is neutral ("those people at the bakery were lovely"), and a relative clause right after it says
    who is meant ("those people *who* queue overnight …"): no coded reference there."""

    references: LazyPattern | None
    things: LazyPattern | None
    thing_adjectives: frozenset[str]
    adjective_after: bool
    needles: frozenset[str]
    veiled: LazyPattern | None = None
    winks: LazyPattern | None = None
    undergone: frozenset[str] = frozenset()
    gate: LiteralGate | None = field(default=None, compare=False, repr=False)
    """(U, session 37) One automaton over ``needles`` (``possible``); None: each needle tested in turn."""

    @classmethod
    def read(cls, path: Path) -> CodedGroups:
        """Read and compile a file of ``CodedFile``."""
        spec = CodedFile.model_validate(read_yaml(path, "coded groups"))
        phrases = (*spec.references, *spec.veiled, *spec.thing_adjectives)
        needles = {"".join(fold_term(p).split()) for p in phrases if p.strip()}
        return cls(
            _phrases([*spec.references, *spec.veiled]),
            _phrases(spec.things),
            frozenset(fold_term(w) for w in spec.thing_adjectives),
            spec.adjective_after,
            frozenset(needles),
            _phrases(spec.veiled),
            _phrases(spec.winks),
            frozenset(fold_term(w) for w in spec.undergone),
            LiteralGate(needles) if needles and "" not in needles else None,
        )

    def possible(self, unspaced: str) -> bool:
        """Whether a coded reference or a thing adjective may stand in a draft (its folded text, spaces out).

        (U, session 37) One pass of an automaton over the needles (``gate``), not one search per needle: asked on
        every draft of a language with a coded-groups file (risk.hate's ``target_possible``), the 70-79 needles'
        searches were ~8 µs a dev tweet, the automaton's ~1.3 µs; the same answer (a needle is a substring)."""
        if self.gate is not None:
            return self.gate.may_match(unspaced)
        return any(needle in unspaced for needle in self.needles)

    def spans(self, text: str, adjectives: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """The coded group references of ``text`` (folded): each reference not followed by a relative pronoun, and
        each group adjective (``adjectives``: the pack's, or this file's of things) right before (or, French, right
        after) a noun of things, the two words together."""
        out = _unqualified(text, self.references)
        if self.things is None:
            return out
        wanted = adjectives | self.thing_adjectives
        words = list(_WORD.finditer(text))
        for index, word in enumerate(words):
            if _bare(word.group(0)) not in wanted:
                continue
            if self.adjective_after:  # « la boucherie *halal* »: the thing right before the adjective
                before = words[max(0, index - 3) : index]
                for first in before:
                    thing = self.things.match(text, first.start())
                    if thing is not None and thing.end() == word.start() - 1 and text[thing.end()] == " ":
                        out.append((first.start(), word.end()))
                        break
                continue
            if word.end() < len(text) and text[word.end()] == " ":  # "the *polish shop*"
                thing = self.things.match(text, word.end() + 1)
                if thing is not None:
                    out.append((word.start(), thing.end()))
        return out


def _unqualified(text: str, pattern: LazyPattern | None) -> list[tuple[int, int]]:
    """The spans of ``pattern`` in ``text`` not followed by a relative pronoun ("those people *who* queue overnight":
    the clause says who is meant)."""
    out: list[tuple[int, int]] = []
    for match in _scan(pattern, text) if pattern is not None else ():
        following = _WORD.search(text, match.end())
        if following is not None and _bare(following.group(0)) in _RELATIVES:
            continue
        out.append((match.start(), match.end()))
    return out


_UNDERGONE_REACH = 4  # (session 36, K) words after a veiled reference where its neglect stands ("were *left* …")


def veiled_insinuations(text: str, words: Stereotypes) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(session 36, K) A veiled group reference — one that hides whom it means ("a certain community", "certain
    areas", "you know who", "people with names like that", « une certaine communauté », « certains quartiers ») — and
    a wink in its sentence or a neighbouring one ("say no more", "we all know which ones", "draw your own
    conclusions", « suivez mon regard », « vous voyez lesquels », « je dis ça, je dis rien »): the writer hides the
    group and tells the reader to fill it in, the insinuation itself; no bad outcome is asked. Not inside quotation
    marks, not someone else's words (a reported-speech word before the first of the two in its sentence), not with a
    praise after the reference in its sentence ("a certain neighbourhood makes the best samosas, just saying") nor
    harm or neglect it undergoes (a ``victims`` word as ``insinuations`` reads it, or an ``undergone`` word within
    ``_UNDERGONE_REACH`` words after it: "certain areas were *left* without water, just saying" denounces neglect).
    The span from the reference to the wink, and the reference's (folded coordinates)."""
    coded = words.coded
    if coded is None or coded.veiled is None or coded.winks is None:
        return []
    veiled = _unqualified(text, coded.veiled)
    if not veiled:
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for match in _scan(coded.winks, text):
        wink = (match.start(), match.end())
        if _quoted(text, wink[0]):
            continue
        group = _nearest(ends, wink, [g for g in veiled if not _quoted(text, g[0])])
        if group is None or _reported(text, ends, (wink, group), words.reports):
            continue
        if _praised(text, words, ends, group, [wink]) or _undergoes(text, words, group, ends):
            continue
        stop = _zone(text, ends, _sentence(ends, group[0]), _sentence(ends, group[0]))[1]
        following = zip(_WORD.finditer(text, group[1], stop), range(_UNDERGONE_REACH), strict=False)
        after = [_bare(m.group(0)) for m, _ in following]
        if not coded.undergone.isdisjoint(after):
            continue  # « certains quartiers sont *privés* d'eau, je dis ça je dis rien »: neglect denounced
        out.append(((min(wink[0], group[0]), max(wink[1], group[1])), group))
    return out


def _turn_of(
    head: tuple[int, int],
    heads: Sequence[tuple[int, int]],
    turns: Sequence[tuple[int, int]],
    ends: list[int],
    here: int,
    own: tuple[int, int],
) -> tuple[int, int] | None:
    """The turn of the disclaimer ``head`` (sentence ``here``, span ``own``): the first turn after it in its sentence or
    the next, or a ground before it in its own sentence; a turn that follows a later disclaimer is that one's."""
    return next(
        (
            t
            for t in turns
            if (head[1] <= t[0] and _sentence(ends, t[0]) <= here + 1) or (own[0] <= t[0] and t[1] <= head[0])
            if not any(head[1] <= other[0] < t[0] for other in heads)
        ),
        None,
    )


def disclaimed(
    text: str, words: Stereotypes, groups: Sequence[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(session 43, I) The disclaimed prejudice: the writer denies the prejudice the draft goes on to state — "I'm not
    racist but …", "nothing against X, but …", "it isn't racism, it's experience", "not racist, just facts", « j'ai
    rien contre les X, mais … », « c'est l'instinct, pas du racisme », « pas raciste, juste prudent ». A ``disclaimers``
    phrase and, after it in its sentence or the next, a ``disclaimer_turns`` word (the turn to the claim: "but",
    "just", « mais »; or the ground the claim pretends to: experience, facts, instinct, « bon sens »; a ground may also
    stand before it in its sentence: « c'est l'*instinct*, pas du racisme »), a group in its sentence or a neighbouring
    one: the disclaimer is the mark of the insinuation, no outcome word is asked. Not inside quotation marks (the
    disclaimer or its turn: « quand quelqu'un commence par "je suis pas raciste mais" … » mocks it), not someone else's
    words (a reported-speech word before the first of the two in its sentence: "people who *say* they're not racist
    but …"), not with a praise after the group in its sentence ("nothing against Somalis, just *grateful* for …") nor
    harm the group undergoes, nor where the draft denounces a double standard. The span from the disclaimer (or the
    group, if before) to the turn or the group, and the group's (folded coordinates)."""
    if not groups or words.disclaimers is None or words.disclaimer_turns is None:
        return []
    heads = [(m.start(), m.end()) for m in _scan(words.disclaimers, text) if not _quoted(text, _token_start(text, m))]
    if not heads:
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    turns = [  # (lead, session 43) a turn written as a hashtag (« #vérité ») tags the draft, it turns to no claim
        (m.start(), m.end())
        for m in _scan(words.disclaimer_turns, text)
        if not _quoted(text, _token_start(text, m)) and not text[: m.start()].endswith("#")
    ]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for head in heads:
        here = _sentence(ends, head[0])
        own = _zone(text, ends, here, here)
        turn = _turn_of(head, heads, turns, ends, here, own)
        if turn is None:
            continue
        # (lead, session 43) a group before the disclaimer only in its own sentence ("Landlords not renting to X
        # isn't racism, it's experience"): a tag after a claim already closed ("… . Not racist, just honest", « … .
        # C'est pas du racisme c'est la réalité ») adds no claim of its own, and tests/test_invariance.py holds that
        # such a tag leaves a benign draft benign
        group = _nearest(
            ends,
            head,
            [g for g in groups if not _quoted(text, g[0]) and (g[0] >= head[0] or _sentence(ends, g[0]) == here)],
        )
        if group is None or _reported(text, ends, (head, group), words.reports):
            continue
        if _praised(text, words, ends, group, [head, turn]) or _undergoes(text, words, group, ends):
            continue
        stop = _zone(text, ends, _sentence(ends, group[0]), _sentence(ends, group[0]))[1]
        if words.disclaimer_praises is not None and words.disclaimer_praises.search(text, group[1], stop):
            continue  # « pas raciste, mais les Belges cuisinent *mieux que* nous »: a comparison that praises
        zone = _zone(text, ends, min(here, _sentence(ends, group[0])), max(here, _sentence(ends, group[0])) + 1)
        if _double_standard(text, words, zone):
            continue
        out.append(((min(head[0], turn[0], group[0]), max(head[1], turn[1], group[1])), group))
    return out


def permanences(
    text: str, words: Stereotypes, groups: Sequence[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(session 43, I) The proverb of permanence said beside a group: a vice once and for all ("once a thief, always a
    thief", « colons un jour, colons toujours », « qui trahit une fois trahit toujours »: a ``permanences`` template,
    one word twice) with a group in its sentence or a neighbouring one — the group's nature, the insinuation itself.
    Not when the word is the group (« Breton un jour, Breton toujours »: pride), a praise ("once a hero, always a
    hero") or an ``allegiances`` word ("once a Marine, always a Marine", « supporter un jour, supporter toujours »),
    not inside quotation marks, not someone else's words, not with a praise after the group in its sentence.
    The span of the proverb (with the group if they share a sentence), and the group's (folded coordinates)."""
    if not groups or words.permanences is None:
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for match in words.permanences.finditer(text):
        said = (match.start(), match.end())
        word = next(g for g in match.groups() if g)
        if _quoted(text, said[0]) or word in words.praises or word in words.allegiances:
            continue
        if any((a < said[1] and said[0] < b) or word.rstrip("sx") == text[a:b].rstrip("sx") for a, b in groups):
            continue  # « *Breton* un jour, Breton toujours »: the group's own name, pride
        group = _nearest(ends, said, [g for g in groups if not _quoted(text, g[0])])
        if group is None or _reported(text, ends, (said, group), words.reports):
            continue
        if _praised(text, words, ends, group, [said]) or _undergoes(text, words, group, ends):
            continue
        if _sentence(ends, group[0]) == _sentence(ends, said[0]):
            said = (min(said[0], group[0]), max(said[1], group[1]))
        out.append((said, group))
    return out


_SCARE_QUOTE = re.compile(r'"\s?([^"\n]{1,40}?)\s?"')
_SCARE_WORDS = 3  # the most words inside scare quotes ('"mineurs isolés"', '"asylum seekers"')


def scare_quotes(
    text: str, words: Stereotypes, groups: Sequence[tuple[int, int]]
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(session 43, I) Scare quotes: a noun of people in quotation marks as the writer refers to them — the marks say
    the name is a lie, that they are not what they are called ('another "community" demanding …', « les "jeunes" ont
    encore fêté le 14 juillet à leur manière », « les "handicapés" sont toujours assez en forme … »). A quotation of at
    most ``_SCARE_WORDS`` words, no ``scare_openers`` word between its first and its last (F, session 54: a determiner
    inside makes it a quoted phrase, a predicate said of a group before it: « les Roms « volent des enfants » »),
    whose last word is a ``scare_nouns`` word, or a group alone (not a stereotype quoted
    whole: 'the "drunk Indian" trope'), right after a ``scare_openers`` word (a determiner: "the", "another", « les »,
    « nos ») or a group: the name used, not mentioned; after a group, a ``scare_roles`` word too ('Oromo "activists"':
    a member's trade denied; after a determiner alone, 'the "experts"' mocks a trade, not a people). Not where the
    sentence talks about the word (a ``scare_mentions`` word in it: 'the *word* "refugees"', « on *dit* "sourd" »,
    'the "…" *trope*'), nor someone else's words (a reported-speech word before it in its sentence), nor with a praise
    after it in its sentence ('our "new arrivals" are *lovely*'), nor harm they undergo. The span from the opener to
    the closing mark, and the quotation's."""
    if not words.scare_nouns or '"' not in text:
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for match in _SCARE_QUOTE.finditer(text):
        if _quoted(text, match.start()):
            continue  # a closing mark, not an opening one
        inner = [_bare(m.group(0)) for m in _WORD.finditer(match.group(1))]
        quoted = (match.start(1), match.end(1))
        named = len(inner) == 1 and any(a < quoted[1] and quoted[0] < b for a, b in groups)
        if not inner or len(inner) > _SCARE_WORDS or any(w in words.scare_openers for w in inner[1:-1]):
            continue  # (F, session 54) a determiner inside it: a quoted phrase (« les Roms « volent des enfants » »)
        before = list(_WORD.finditer(text, max(0, match.start() - 40), match.start()))
        opener = before[-1] if before and not text[before[-1].end() : match.start()].strip() else None
        if opener is None:
            continue
        by_group = any(a <= opener.start() < b for a, b in groups)
        if _bare(opener.group(0)) not in words.scare_openers and not by_group:
            continue
        if not (inner[-1] in words.scare_nouns or named or (by_group and inner[-1] in words.scare_roles)):
            continue  # 'the "experts"': a trade mocked, not a people
        here = _sentence(ends, match.start())
        sentence = _zone(text, ends, here, here)
        if any(_bare(m.group(0)) in words.scare_mentions for m in _WORD.finditer(text, *sentence)):
            continue  # « dit-on "sourd" ou "malentendant" ? »: the word talked about
        span = (opener.start(), match.end())
        if _reported(text, ends, (span, span), words.reports) or _praised(text, words, ends, span):
            continue
        if _undergoes(text, words, quoted, ends):
            continue
        out.append((span, quoted))
    return out


def shares(
    text: str, words: Stereotypes, groups: Sequence[tuple[int, int]], negations: frozenset[str] = frozenset()
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(session 44, I) The statistic of blame: a share (a percentage, a ratio "one X in three", « 7 détenus sur 10 »,
    "three times more") in the same sentence as a group and a ``share_blames`` word (crime, prison, rape, welfare,
    sharia: « un Algérien sur trois vit du *RSA* », "80% of *rapes* are committed by migrants") — a figure made the
    group's nature, true or not. Not after a named source anywhere before the share (``share_sources``: « selon
    l'Insee », « d'après l'OFS », "according to the ONS"; « d'après *mon* assureur » names none), not where a
    ``share_undergone`` word says the group suffers it (victims, discrimination: "1 in 3 trans people has been
    *assaulted*"), not with a negation before the last of them in the sentence (« 80 % des crimes ne sont *pas* commis
    par … »; a hedge after it, « c'est pas moi qui le dis », denies nothing), not
    quoted, not someone else's words, not with a praise after the group. The span from the share to the farther of
    the group and the blame, and the group's (coordinates of ``text``)."""
    if not groups or words.shares is None or not words.share_blames:
        return []
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    taken: set[int] = set()
    for match in words.shares.finditer(text):
        said = (match.start(), match.end())
        sentence = _sentence(ends, said[0])
        if sentence in taken or _quoted(text, said[0]):
            continue
        zone = _zone(text, ends, sentence, sentence)
        members = [g for g in groups if zone[0] <= g[0] < zone[1] and not _quoted(text, g[0])]
        blames = [
            m
            for m in _WORD.finditer(text, *zone)
            if _bare(m.group(0)) in words.share_blames and not _denied(text, ends, m, negations)
        ]
        if not members or not blames:
            continue
        if words.share_sources is not None and any(m.start() < said[0] for m in _scan(words.share_sources, text)):
            continue  # « Selon l'Insee, 12 % des … »: a figure with its source
        if any(_bare(m.group(0)) in words.share_undergone for m in _WORD.finditer(text, *zone)):
            continue  # « 3 personnes handicapées sur 10 sont *menacées* de pauvreté »: the group suffers it
        group = min(members, key=lambda g: abs(g[0] - said[0]))
        claim = (zone[0], max(group[1], said[1], max(m.end() for m in blames)))
        if any(_bare(m.group(0)) in negations for m in _WORD.finditer(text, *claim)):
            continue  # « Non, 80 % des crimes ne sont *pas* commis par des immigrés »: the figure denied
        spans = [(m.start(), m.end()) for m in blames]  # "on *benefits*": the blame is no praise
        if _reported(text, ends, (said, group), words.reports) or _praised(text, words, ends, group, spans):
            continue
        if _undergoes(text, words, group, ends):
            continue
        taken.add(sentence)
        last = max(group[1], max(m.end() for m in blames))
        out.append(((min(said[0], group[0]), last), group))
    return out


def _share_pattern(numbers: Iterable[str], links: Iterable[str]) -> re.Pattern[str] | None:
    """(session 44, I) One pattern for a share: a percentage (« 80 % », "41%", « 70 pour cent »), a ratio of two numbers
    with up to three words between the first and the link ("one Muslim *in* two", « 7 détenus *sur* 10 », « un
    Breton *sur* trois »), or a multiple ("three times more", « 3 fois plus »)."""
    said = sorted({fold_term(n) for n in numbers if n.strip()}, key=len, reverse=True)
    joins = sorted({fold_term(k) for k in links if k.strip()}, key=len, reverse=True)
    if not said or not joins:
        return None
    number = r"(?:\d+(?:[.,]\d+)?|" + "|".join(re.escape(n) for n in said) + ")"
    link = "(?:" + "|".join(r"\s+".join(map(re.escape, k.split())) for k in joins) + ")"
    percent = r"\d+(?:[.,]\d+)?\s?(?:%|pour\s?cent|per\s?cent|percent)"
    ratio = number + r"(?:\s+[^\W\d_][\w'-]*){0,3}?\s+" + link + r"\s+" + number
    multiple = number + r"\s+(?:fois|times)\s+(?:plus|more)"
    return re.compile(r"(?<![\w])(?:" + percent + "|" + ratio + "|" + multiple + r")(?![^\W_])", re.IGNORECASE)


def _templates(templates: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for every template ("once a {} always a {}"): its words in order with only spaces or punctuation
    between, ``{}`` one word, the same word at each of its places."""
    parts = []
    for number, template in enumerate(sorted({fold_term(t) for t in templates if "{}" in t}, key=len, reverse=True)):
        name = f"w{number}"
        words = [
            re.escape(word) if word != "{}" else rf"(?P<{name}>[^\W\d_]+)" if index == 0 else rf"(?P={name})"
            for index, word in _numbered_slots(template.split())
        ]
        parts.append(r"[\s,.…!?-]+".join(words))
    return re.compile(r"(?<![^\W_])(?:" + "|".join(parts) + r")(?![^\W_])") if parts else None


def _numbered_slots(words: list[str]) -> list[tuple[int, str]]:
    """Each word of a template with the number of ``{}`` slots before it (the first slot names the word, the others
    repeat it)."""
    out, slots = [], 0
    for word in words:
        out.append((slots, word))
        slots += word == "{}"
    return out


def _token_start(text: str, match: re.Match[str]) -> int:
    """Where the token of ``match`` starts, an elided article glued before it included (« l'*instinct* »): an
    apostrophe right before the offset is an elision, not a quotation mark (``_quoted``)."""
    start = match.start()
    while start > 0 and (
        text[start - 1].isalnum() or (text[start - 1] == "'" and start > 1 and text[start - 2].isalnum())
    ):
        start -= 1
    return start


def _phrases(phrases: Iterable[str], after: str = "") -> LazyPattern | None:
    """One pattern for every phrase, words in order with only spaces or punctuation between, at word edges (and
    ``after`` after it: no word next, only punctuation, an emoji or the draft's end, for a ``closing`` cue); compiled
    when a draft first reaches it (``LazyPattern``: most drafts name no group, and a check of one draft, a pre-commit
    hook, paid 0.7 s for the two languages' lists)."""
    parts = []
    for phrase in sorted({fold_term(p) for p in phrases if p.strip()}, key=len, reverse=True):
        words = [re.escape(w) for w in re.split(r"[\s]+", phrase) if w]
        parts.append(r"[\s,.…!?-]+".join(words))
    return LazyPattern(r"(?<![^\W_])(?:" + "|".join(parts) + r")(?![^\W_])" + after) if parts else None


_KEYS: Iterator[int] = count()  # ``Stereotypes.key``


@dataclass(frozen=True)
class Stereotypes:
    """The compiled words of one language."""

    cues: LazyPattern | None
    closing: LazyPattern | None
    guesses: LazyPattern | None
    traits: frozenset[str]
    outcomes: frozenset[str]
    victims: frozenset[str]
    passives: frozenset[str]
    sanctions: frozenset[str]
    reports: frozenset[str]
    praises: frozenset[str]
    contrasts: LazyPattern | None = None
    double_standards: LazyPattern | None = None
    coded: CodedGroups | None = None  # (session 36, K) groups named by a coded reference: ``CodedGroups``
    withheld: LazyPattern | None = None  # (session 41, I) the withheld outcome (``insinuations``)
    withheld_last: LazyPattern | None = None  # (session 41, I) the same, as the draft's last words only
    kin: frozenset[str] = frozenset()  # (session 41, I) the writer's kin and friends (``_withheld``)
    owners: frozenset[str] = frozenset()
    disclaimers: LazyPattern | None = None  # (session 43, I) the disclaimed prejudice (``disclaimed``)
    disclaimer_turns: LazyPattern | None = None
    disclaimer_praises: LazyPattern | None = None
    permanences: re.Pattern[str] | None = None  # (session 43, I) the proverb of permanence (``permanences``)
    allegiances: frozenset[str] = frozenset()
    scare_nouns: frozenset[str] = frozenset()  # (session 43, I) the scare quotes (``scare_quotes``)
    scare_roles: frozenset[str] = frozenset()
    scare_openers: frozenset[str] = frozenset()
    scare_mentions: frozenset[str] = frozenset()
    shares: re.Pattern[str] | None = None  # (session 44, I) the statistic of blame (``shares``)
    share_blames: frozenset[str] = frozenset()
    share_sources: LazyPattern | None = None
    share_undergone: frozenset[str] = frozenset()
    # (C, session 52) a name no other words object of this process takes, even once this one is freed: a draft memo
    # of a reading of these words is kept under it (``app.kinds.proximity.target_possible``), never under ``id()``
    key: str = field(default_factory=lambda: f"stereotypes:{next(_KEYS)}", compare=False, repr=False)

    @classmethod
    def read(cls, path: Path, coded: Path | None = None) -> Stereotypes:
        """Read and compile a file of ``StereotypeFile`` (and ``coded``, a file of ``CodedFile``)."""
        spec = StereotypeFile.model_validate(read_yaml(path, "stereotypes"))

        def words(items: list[str]) -> frozenset[str]:
            return frozenset(w for item in items for w in fold_term(item).split())

        return cls(
            _phrases(spec.cues),
            _phrases(spec.closing, r"(?!\s*[^\W_])"),
            _phrases(spec.guesses),
            words(spec.traits),
            frozenset(fold_term(w) for w in spec.outcomes if " " not in w.strip()),
            words(spec.victims),
            words(spec.passives),
            words(spec.sanctions),
            words(spec.reports),
            words(spec.praises),
            _phrases(spec.contrasts),
            _phrases(spec.double_standards),
            CodedGroups.read(coded) if coded is not None else None,
            _phrases(spec.withheld),
            _phrases(spec.withheld_last),
            words(spec.kin),
            words(spec.owners),
            _phrases(spec.disclaimers),
            _phrases(spec.disclaimer_turns),
            _phrases(spec.disclaimer_praises),
            _templates(spec.permanences),
            words(spec.allegiances),
            words(spec.scare_nouns),
            words(spec.scare_roles),
            words(spec.scare_openers),
            words(spec.scare_mentions),
            _share_pattern(spec.share_numbers, spec.share_links),
            words(spec.share_blames),
            _phrases(spec.share_sources),
            words(spec.share_undergone),
        )


def insinuations(
    text: str, words: Stereotypes, groups: Sequence[tuple[int, int]], negations: frozenset[str] = frozenset()
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each cue said of a group with a bad outcome beside (folded coordinates): the span from the group to the cue,
    and the group's. (session 18, B) An outcome with one of ``negations`` among the three words before it in its
    sentence is denied, no outcome ("Muslims are *not* terrorists, just saying")."""
    if not groups and not (words.guesses and any(_scan(words.guesses, text))):
        return []  # (S, session 20) no group: only a guess's trait can stand for one ("guess the *religion*")
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    matches = _cue_matches(text, words)
    spans = [span for span, _ in matches]  # (session 18, B) a cue's own words are no praise: "let's be *honest*"
    withheld = _withheld(text, words, ends, groups, spans, negations)
    out += [(hit, group) for hit, group in withheld]
    for cue, guess in matches:
        if _quoted(text, cue[0]):
            continue
        found = list(groups)
        if guess:
            if _forecast(text, words, cue[1]):
                continue  # "take a wild guess and *say* nobody will go to jail for …": a forecast, no game
            found += _traits(text, words, cue[1])
        group = _nearest(ends, cue, found)
        if group is None or _reported(text, ends, (cue, group), words.reports):
            continue
        first, last = sorted((_sentence(ends, cue[0]), _sentence(ends, group[0])))
        zone = _zone(text, ends, first - 1, last + 1)
        outcomes = [
            m
            for m in _WORD.finditer(text, *zone)
            if _bare(m.group(0)) in words.outcomes and not _denied(text, ends, m, negations)
        ]
        if not any(m.end() <= cue[0] or cue[1] <= m.start() for m in outcomes):
            continue  # "shocking absolutely nobody": the cue's own word is no outcome
        if _praised(text, words, ends, cue, spans) or _praised(text, words, ends, group, spans):
            continue  # "guess who fixed it for *free*? our nigerian neighbour": a compliment
        if any(_undergoes(text, words, g, ends) for g in found if first <= _sentence(ends, g[0]) <= last):
            continue
        if _double_standard(text, words, zone):
            continue  # "… it's terrorism but when a white guy does it …": the writer denounces a double standard
        out.append(((min(cue[0], group[0]), max(cue[1], group[1])), group))
    return out


_WITHHELD_TAIL = 5
"""(session 41, I) Words the draft may still hold after a withheld outcome that closes it: a last clause of the wink
("…, do I?", "… for the neighbourhood", « …, je ne dors plus », "…, I'm counting the tools tonight"), never an
answer that tells the outcome ("Guess what happened to my bike: their son fixed the gears for free")."""
_ANSWERED = re.compile(r"[:\u2014\u2013]|\s-\s")


def _withheld(
    text: str,
    words: Stereotypes,
    ends: list[int],
    groups: Sequence[tuple[int, int]],
    cues: Sequence[tuple[int, int]],
    negations: frozenset[str] = frozenset(),
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(session 41, I) The withheld outcome: a ``withheld`` phrase — the wink that hands the bad part to the reader
    instead of saying it ("you can guess the rest", "we all know how that story ends", "I don't have to spell it out",
    "what did you think would happen?", "you know how they are", « je vous laisse deviner la suite », « on connaît tous
    le film », « je vous fais pas un dessin », « elle s'attendait à quoi ? », « vous voyez le genre ») — that closes the
    draft (at most ``_WITHHELD_TAIL`` words after it, none for a ``withheld_last`` phrase — "what a surprise", « quelle
    surprise », "say no more" —, no colon or dash answering it), after a group named in its
    sentence or the sentence before (the group is what the draft is about: the anecdote, then the wink). The phrase
    stands for the outcome, so none is asked; what keeps the wink harmless is asked instead: no praise from the group's
    sentence to the end ("… Say no more, I'm in *love*"), the group undergoing no harm, the wink nobody else's (a
    reported-speech word before the group in its sentence), not quoted, no double standard denounced. Each hit: the
    span from the group to the phrase, and the group's (folded coordinates)."""
    if not groups:
        return []
    out: list[tuple[tuple[int, int], tuple[int, int]]] = []
    found = [(m, _WITHHELD_TAIL) for m in _scan(words.withheld, text)] if words.withheld is not None else []
    found += [(m, 0) for m in _scan(words.withheld_last, text)] if words.withheld_last is not None else []
    for match, reach in found:
        cue = (match.start(), match.end())
        tail = text[cue[1] :]
        if sum(1 for _ in _WORD.finditer(tail)) > reach or _ANSWERED.search(tail):
            continue
        if _quoted(text, cue[0]):
            continue
        here = _sentence(ends, cue[0])
        before = [g for g in groups if g[1] <= cue[0] and here - 1 <= _sentence(ends, g[0]) <= here]
        if not before:
            continue
        group = max(before, key=lambda g: g[0])  # the group nearest before the wink
        if _kin(text, words, group):
            continue  # "my Jamaican grandad started telling stories. You can guess the rest": family told fondly
        if _reported(text, ends, (group, cue), words.reports):
            continue
        first = _sentence(ends, group[0])
        zone = (_zone(text, ends, first, first)[0], len(text))
        if any(
            _bare(m.group(0)) in words.praises and not any(a <= m.start() and m.end() <= b for a, b in (*cues, cue))
            for m in _WORD.finditer(text, *zone)
        ):
            continue  # "… sent over a tray of biryani. Say no more, I'm in *love*": a compliment
        if any(_undergoes(text, words, g, ends) for g in groups if first <= _sentence(ends, g[0]) <= here):
            continue
        if words.coded is not None and not words.coded.undergone.isdisjoint(_following(text, ends, group)):
            continue  # « certains quartiers seront *privés* d'eau mardi, … »: neglect denounced
        if _double_standard(text, words, zone):
            continue
        if _copula_denied(text, (zone[0], cue[0]), negations):
            continue  # "the Muslim guy *is not* a thief. Surprise surprise": what the anecdote tells is denied
        out.append(((group[0], cue[1]), group))
    return out


def _following(text: str, ends: list[int], group: tuple[int, int]) -> list[str]:
    """The ``_UNDERGONE_REACH`` words after ``group`` in its sentence."""
    stop = _zone(text, ends, _sentence(ends, group[0]), _sentence(ends, group[0]))[1]
    following = zip(_WORD.finditer(text, group[1], stop), range(_UNDERGONE_REACH), strict=False)
    return [_bare(m.group(0)) for m, _ in following]


def _copula_denied(text: str, span: tuple[int, int], negations: frozenset[str]) -> bool:
    """(session 41, I) A negated copula in ``span`` ("*is not*", "*aren't*", « *n'est pas* », « *ne sont pas* »): the
    anecdote denies what it tells of the group. Not any negation: « plus *personne* ne sort le soir », « je ne fais
    *aucun* commentaire », "less RAM" still tell it."""
    said = [_bare(m.group(0)) for m in _WORD.finditer(text, *span)]
    return any(
        word in _NEGATED_COPULAS or (word in negations and index > 0 and said[index - 1] in _DENIED_COPULAS)
        for index, word in enumerate(said)
    )


def _kin(text: str, words: Stereotypes, group: tuple[int, int]) -> bool:
    """(session 41, I) The group word beside the writer's kin or friend after a first-person possessive: "*my*
    Jamaican *grandad*", "*our* Polish *neighbours*" are not kin, "*my* Irish *mates*" are; « *mon grand-père*
    portugais », « *ma belle-famille* sénégalaise »."""
    if not words.kin:
        return False
    before = _KIN_WORD.findall(text[max(0, group[0] - 40) : group[0]])[-2:]
    after = _KIN_WORD.findall(text[group[1] : group[1] + 40])[:1]
    if before and before[-1] in words.owners and after and after[0] in words.kin:
        return True  # "my Jamaican grandad"
    return len(before) == 2 and before[0] in words.owners and before[1] in words.kin  # « mon grand-père portugais »


_KIN_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # a word with its hyphens (« grand-père », "in-laws")


_DENIAL_REACH = 3  # (session 18, B) words before an outcome where a negation denies it ("are *not* terrorists")
# a negated copula right before the outcome (an article between) denies it; a negated verb does not: "X just *don't*
# stick around", « un X qui essayait *pas* de m'arnaquer » still say the outcome
_DENIED_COPULAS = frozenset(["are", "is", "were", "was", "be", "am", "sont", "est", "etaient", "etait", "sera"])
_NEGATED_COPULAS = frozenset(["aren't", "isn't", "weren't", "wasn't", "arent", "isnt", "werent", "wasnt"])
_DENIED_ARTICLES = frozenset(["a", "an", "des", "de", "d'", "un", "une"])


def _denied(text: str, ends: list[int], outcome: re.Match[str], negations: frozenset[str]) -> bool:
    """(session 18, B) A negated copula right before ``outcome`` in its clause, an article between ("X *are not*
    terrorists", "X *aren't* criminals", « ne *sont pas* des voleurs »): the outcome is denied."""
    if not negations:
        return False
    start = _zone(text, ends, _sentence(ends, outcome.start()), _sentence(ends, outcome.start()))[0]
    start = max(start, *(text.rfind(mark, start, outcome.start()) + 1 for mark in ",:;"))  # its clause only: "they
    # *can't* help it, stealing is …" denies nothing of the stealing
    before = [_bare(m.group(0)) for m in _WORD.finditer(text, start, outcome.start())][-_DENIAL_REACH:]
    if before and before[-1] in _DENIED_ARTICLES:
        before = before[:-1]  # "are not *a* threat", « ne sont pas *des* voleurs »
    if not before:
        return False
    if before[-1] in _NEGATED_COPULAS:
        return True  # "X *aren't* criminals"
    return before[-1] in negations and len(before) > 1 and before[-2] in _DENIED_COPULAS  # "are *not*", « sont *pas* »


_STANDARD_REACH = 8  # (session 18, B) words after a contrast where the other side of a double standard stands


def _double_standard(text: str, words: Stereotypes, zone: tuple[int, int]) -> bool:
    """(session 18, B) A ``double_standards`` phrase within ``_STANDARD_REACH`` words after a ``contrasts`` phrase in
    ``zone``: the draft sets the group's treatment against another's ("… *but* when a *white* guy does it it's mental
    health"), or names the double standard itself."""
    if words.contrasts is None or words.double_standards is None:
        return False
    for contrast in words.contrasts.finditer(text, *zone):
        following = list(zip(_WORD.finditer(text, contrast.end(), zone[1]), range(_STANDARD_REACH), strict=False))
        reach = following[-1][0].end() if following else contrast.end()
        if words.double_standards.search(text, contrast.end(), reach):
            return True
    return False


def _cue_matches(text: str, words: Stereotypes) -> list[tuple[tuple[int, int], bool]]:
    out = [((m.start(), m.end()), False) for m in _scan(words.cues, text)] if words.cues else []
    out += [((m.start(), m.end()), False) for m in _scan(words.closing, text)] if words.closing else []
    out += [((m.start(), m.end()), True) for m in _scan(words.guesses, text)] if words.guesses else []
    return out


_GATES: dict[int, tuple[LazyPattern, LiteralGate | None, StartScanner | None]] = {}
"""Each cue pattern's gate or start scanner, by the pattern's id (a compiled pattern hashes its whole program: slower
than the scan), the pattern kept with it so that its id is never another's."""
_SCANNED_LENGTH = 4096
"""(S, session 19) A cue pattern longer than this (an alternation of hundreds of phrases) is tried only where one of
its phrases' first words starts (``app.text.starts``); a shorter one is gated and scanned whole."""


def _scan(pattern: LazyPattern, text: str) -> list[re.Match[str]] | Iterator[re.Match[str]]:
    """(S, session 18) ``pattern.finditer(text)``, skipped when ``text`` holds none of the strings every match needs
    (``app.text.literals``: one word of each phrase, its longest): most drafts hold no cue, and the three phrase
    alternations were tried at every offset of every draft. (S, session 19) The long alternation of cues is tried
    only at the offsets where one of its phrases' first words stands, with the phrases that start so: same matches."""
    kept = _GATES.get(id(pattern))
    if kept is None or kept[0] is not pattern:
        scanner = StartScanner.of(pattern) if len(pattern.pattern) > _SCANNED_LENGTH else None
        gate = LiteralGate.for_patterns([pattern.pattern]) if scanner is None else None
        kept = _GATES[id(pattern)] = (pattern, gate, scanner)
    if kept[2] is not None:
        return kept[2].finditer(text)
    gate = kept[1]
    if gate is not None and not gate.may_match(text):
        return []
    return pattern.finditer(text)


def _traits(text: str, words: Stereotypes, end: int) -> list[tuple[int, int]]:
    """A trait word within ``_TRAIT_REACH`` words after a guess ("guess the *religion*"): the group left unnamed."""
    out = []
    for index, match in enumerate(_WORD.finditer(text, end)):
        if index >= _TRAIT_REACH:
            break
        if _bare(match.group(0)) in words.traits:  # « deviner *l'origine* »
            out.append((match.start(), match.end()))
    return out


def _forecast(text: str, words: Stereotypes, end: int) -> bool:
    """A verb of saying within two words after a guess ("take a wild guess *and say* …")."""
    after = [_bare(m.group(0)) for m, _ in zip(_WORD.finditer(text, end), range(2), strict=False)]
    return any(w in words.reports for w in after)


def _bare(word: str) -> str:
    """A word without the elided article or pronoun glued before it (« l'origine », « m'arnaquer »)."""
    return word.rpartition("'")[2] if len(word) > 2 and word[1:2] == "'" else word


def _sentence(ends: list[int], offset: int) -> int:
    return sum(1 for e in ends if e <= offset)


def _zone(text: str, ends: list[int], first: int, last: int) -> tuple[int, int]:
    """The text of sentences ``first`` to ``last`` (clamped)."""
    start = ends[first - 1] if 0 < first <= len(ends) else 0
    end = ends[last] if 0 <= last < len(ends) else len(text)
    return start, end


def _nearest(ends: list[int], cue: tuple[int, int], groups: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The group nearest the cue in its sentence or a neighbouring one."""
    here = _sentence(ends, cue[0])
    near = [g for g in groups if abs(_sentence(ends, g[0]) - here) <= 1]
    return min(near, key=lambda g: min(abs(g[0] - cue[1]), abs(cue[0] - g[1])), default=None)


def _reported(text: str, ends: list[int], pair: tuple[tuple[int, int], tuple[int, int]], said: frozenset[str]) -> bool:
    """A reported-speech word before the first of the cue and the group in its own sentence: someone else's words
    ("people who *say* 'it's in their blood' about Jews", not "one afghan robbed my shop, and you want me to *believe*
    the rest are any different?")."""
    start = min(pair)[0]
    opening = _zone(text, ends, _sentence(ends, start), _sentence(ends, start))[0]
    return any(_bare(m.group(0)) in said for m in _WORD.finditer(text, opening, start))


def _praised(
    text: str, words: Stereotypes, ends: list[int], span: tuple[int, int], cues: Sequence[tuple[int, int]] = ()
) -> bool:
    """A praise after the span in its own sentence, outside the ``cues`` matched in the draft (session 18, B: "I have
    Muslim friends, but *let's be honest*, …": the cue's "honest" praises no one)."""
    stop = _zone(text, ends, _sentence(ends, span[0]), _sentence(ends, span[0]))[1]
    return any(
        _bare(m.group(0)) in words.praises and not any(a <= m.start() and m.end() <= b for a, b in cues)
        for m in _WORD.finditer(text, span[1], stop)
    )


def _undergoes(text: str, words: Stereotypes, group: tuple[int, int], ends: list[int]) -> bool:
    """Harm done to the group: a victims word right after it, or after a passive in its own sentence."""
    stop = _zone(text, ends, _sentence(ends, group[0]), _sentence(ends, group[0]))[1]
    after = [_bare(m.group(0)) for m in _WORD.finditer(text, group[1], stop)]
    harm = words.victims - words.sanctions
    if after and after[0] in harm and not (len(after) > 1 and after[1] in _OBJECTS):
        return True  # "gay couple *beaten* up", « une femme *tuée* », not "one afghan *robbed my* shop"
    for index, word in enumerate(after):
        if word in words.passives:
            reach = after[index + 1 : index + 1 + _PASSIVE_REACH]
            if any(w in harm for w in reach):
                return True
    return False


def _quoted(text: str, offset: int) -> bool:
    """An odd number of quotation marks before the offset in the draft: inside a quotation."""
    before = text[:offset]
    return before.count('"') % 2 == 1 or len(re.findall(r"(?<![^\W_])'|'(?![^\W_])", before)) % 2 == 1

"""Aim: whether a draft points at people, one notion for every rule that grades by it.

A draft is aimed at people by an @mention, a person word (``you``, ``boss``, « mec »: rule data, never a list in
code), or a name: a word capitalised inside a sentence that is none of ``not_names`` (days, months: "I hate
Mondays"), holds no digit ("the X5", "l'A86": a model, a road) and follows no determiner of ``determiners`` with at
most one word between ("this disgusting UI", "the new Pixel": a thing). A third-person plural pronoun of
``pronouns`` ("they", "them") aims the draft only when it stands for people: what it stands for is read by
``Antecedents`` (the nearest plural noun before it, after a determiner or opening its sentence before a verb; a
person word, an agent noun or nothing found keeps it a target: "Cockroaches are disgusting, kill them all" is aimed
at no one).

risk.offensive's model needs an aimed draft to report anything, risk.profanity grades its expletives by it (a swear
word said of a thing is info since session 17: "I hate mondays so fucking much"; for it, the singular of a plural
person noun after a determiner is a person too: "the new manager", « cet arbitre »), and the tone turn's negativity
warns only when aimed (``app.kinds.tone``). Each rule keeps its word lists in its own rule file; this module holds the
reading. (Q, session 40) The closed classes the readings lean on (demonstratives, intensifiers, exclamatives, the
writer's auxiliaries, object pronouns, vocative openers: ``_CLOSED_KEYS``) are risk.offensive's params as well
(rules/risk/offensive.yml), per language, never sets in this module.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, NamedTuple

from app.text.identity import last_by_identity
from app.text.models import Spans, Token, fold_token, inside, tokenize


@last_by_identity(2)
def word_tokens(text: str) -> tuple[Token, ...]:
    """(U, session 27) The word tokens of ``text`` (``tokenize``, words only), read once per text: the last two texts
    read are kept (known by identity, ``is``: the caller's one object, kept alive by ``app.text.identity``, as
    ``app.text.literals._Shared.found`` keeps its texts), so the aim readings a rule asks about one draft (``aim``,
    ``of_thing``, ``modifier_of_thing`` per driver, ``insult_of_thing`` per hit) tokenise it once. A tuple: shared,
    never changed."""
    return tuple(t for t in tokenize(text) if t.word)


AimKind = Literal["mention", "name", "person"]
# (B, session 45) the GeoNames cities, countries, capitals, US states and continents and the ISO 3166-2 subdivisions,
# folded, one a line: written by ``python -m training.place_names``, read by ``_known_place``
PLACE_NAMES = Path(__file__).with_name("place_names.txt")
OPENERS = '.!?…:\n"«'  # what may stand right before the first word of a sentence
# (T, session 34) a draft's sentences, for ``AimReader.named_sentences`` and ``addressed_things``
_SENTENCES = re.compile(r"[^.!?…\n]+")


@dataclass(frozen=True, slots=True)
class AimWords:
    """The folded words one rule reads aim with, for one language."""

    persons: frozenset[str]
    not_names: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()  # verbs after which a pronoun is impersonal: « il pleut », « il faut »
    # (session 18) verbs impersonal before some complements only, each with those complements (« il fait » + « froid »,
    # « un temps »; « il est » + « tard », a number), and the words that may stand between the pronoun, the verb and
    # the complement (auxiliaries, adverbs, articles: « il va faire un froid », « il ne fait pas beau »)
    frames: tuple[tuple[frozenset[str], frozenset[str]], ...] = ()
    frame_skips: frozenset[str] = frozenset()
    # the singular of each plural person noun ("manager", « voisin », « arbitre »): a person after a determiner of
    # ``determiners`` (one word between at most: "the new manager", « cet arbitre », « mon voisin »)
    singulars: frozenset[str] = frozenset()
    # (session 18) determiners that open a noun phrase of the writer's or no one's ("this", "the", "my", « ce »,
    # « mon »; not "your", "his", « ton »: a person's thing), and the words that link a noun to its complement
    # (« de », « d' », « à »): a swear word inside such a phrase whose nouns are no person is said of a thing
    thing_determiners: frozenset[str] = frozenset()
    links: frozenset[str] = frozenset()
    # insult nouns that name a person ("liar", « menteur »): a person in a noun phrase, a person predicate after a name
    insults: frozenset[str] = frozenset()
    # (session 18) a capitalised word opening its sentence is a name when it is a first name of ``names`` ("Dave
    # fucked up again") or a person predicate follows it: a copula of ``copulas``, words of ``fillers``, a person word
    # ("Jenkins is a useless fucking clown", « Zemmour est un putain de menteur »)
    names: frozenset[str] = frozenset()
    copulas: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()
    # (session 18) pronouns that take up a noun phrase before a copula (« c' » in « la saison, c'était … »)
    resumptions: frozenset[str] = frozenset()
    # (session 23, H) an insult noun as the epithet of the noun after it: the words that link them (« ce connard de
    # GPS », "that bastard of a printer"), the articles that may follow the link ("of a"), and the words that may open
    # such a phrase besides a determiner or the start of a clause (« mort aux cons de pigeons »)
    epithet_links: frozenset[str] = frozenset()
    epithet_articles: frozenset[str] = frozenset()
    epithet_openers: frozenset[str] = frozenset()
    # (session 23, H) subject pronouns of the writer before a verb of insult (« je nique cette imprimante »)
    epithet_subjects: frozenset[str] = frozenset()
    # ... and the determiners that open that object (« ce », « mon »: not « la », « le », « les »: « nique la police »)
    object_determiners: frozenset[str] = frozenset()
    # (H, session 26) nouns of things one makes, sells or uses (risk.offensive's thing_modifiers): a run of capitalised
    # words ending in one names a thing, not a person ("Windows Update", "Heathrow Terminal 5", "Southern Rail")
    thing_heads: frozenset[str] = frozenset()
    # (H, session 30) the addressee's possessives ("your", « votre », « vos »): a noun phrase they open is a thing of
    # the addressee's when one of its nouns is a noun of ``thing_heads`` and none names people ("@acme your fucking
    # wifi", « @sncf vos TER c'est de la merde »); "your takes", "your team", « ton avis » are not read so
    owners: frozenset[str] = frozenset()
    # (H, session 30) plural copulas, read with ``copulas`` after a thing's noun phrase ("your trains are garbage")
    plural_copulas: frozenset[str] = frozenset()
    # (H, session 30) the words of the second person ("you", « tu », « t' »): after a thing addressed with a swear word
    # at the head of its sentence, they address the thing (``thing_vocative``)
    second_person: frozenset[str] = frozenset()
    # (T, session 32) prepositions of place ("in", « à »): a capitalised word right after one, closing its clause and
    # no first name of ``names``, names a place ("stuck in Croydon", « en panne à Châtelet », « il pleut à Brest »)
    places: frozenset[str] = frozenset()
    # (T, session 35) nouns addressed as things besides ``thing_heads``: days, months, seasons, the weather ("I hate
    # you, Monday", « je te hais, lundi »): named as the vocative of a sentence, the second person there addresses them
    vocative_things: frozenset[str] = frozenset()
    # (T, session 35) phrases that open a place whatever follows it (« en », « en pleine »: « coincé en pleine Beauce
    # avec une crevaison », « en panne en Bretagne depuis midi »): no person stands there
    place_openers: tuple[tuple[str, ...], ...] = ()
    # (B, session 45) prepositions after which a known place (``place_names``: the GeoNames and ISO 3166-2 names of
    # app/text/place_names.txt) is a place whatever follows it ("stuck at Strathfield for an hour", "the pitch in
    # Chennai today was rubbish", « bloqué vers Grenoble depuis midi »): no person, a first name of ``names`` excepted
    known_place_openers: frozenset[str] = frozenset()
    place_names: frozenset[str] = frozenset()
    # (O, session 53) links of a noun to its complement after which a known place is that thing's place, when the
    # word before the link is a noun of things (« les trains de Lyon », « la météo de Brest »; « le maire de Lille »,
    # « le fils de Paris Hilton » are read as before), and the articles a known place may be listed with that an
    # opener or a link holds (« au Havre », « du Havre »: « le havre »)
    place_links: frozenset[str] = frozenset()
    place_articles: frozenset[str] = frozenset()
    # ... and the nouns of people (person_nouns, their singulars, the words of targets): in a sentence holding one the
    # place is read as before ("My neighbour in Leeds is pathetic", "The mayor is a weasel and everyone in Hamilton
    # knows it": the place aimed the draft, standing for the person)
    place_people: frozenset[str] = frozenset()
    place_suffixes: tuple[str, ...] = ()  # person_suffixes: an agent noun is a person too ("the mayor", "the driver")
    place_things: frozenset[str] = frozenset()  # thing_nouns: an agent ending that names a thing ("printers")
    # (B, session 38) the head nouns of institutions' names and the words that tie such a head to its complement ("of",
    # "for"; « de », « du », « des », « d' »): a run of capitalised words after them names the institution's field or
    # place, not a person ("the Department of Education", "the Bank of England", "the Church of England", « la Banque de
    # France »); a title is no head ("the Mayor of London", "the Secretary of State" keep their names)
    institution_heads: frozenset[str] = frozenset()
    institution_links: frozenset[str] = frozenset()
    # (B, session 44) nouns of activities and events (risk.offensive's object_heads: "presentation", "meeting", "call",
    # « réunion »): a person noun qualifying one in a compound names no one ("a client presentation", « visio client »)
    compound_heads: frozenset[str] = frozenset()
    # (Q, session 40) closed classes the readings below lean on, data since session 40 (they were module sets): the
    # demonstratives (a phrase they open points at something present: ``predicate_of_thing``), the intensifiers (a
    # modifier of a noun phrase, an adverb after the writer's subject), the exclamatives that may open an interjection
    # (« quelle merde »), the auxiliaries between the writer's subject and a swear verb ("I've fucked up", « j'ai
    # merdé »), the object pronouns that may stand for someone in the writer's clause ("him", "them"; « le », « lui »
    # right after one of ``clitic_hosts``), the words that may open a vocative addressed by ``addressing`` only ("the",
    # « le », « sale ») and those that no closing vocative holds ("and", « avec »)
    demonstratives: frozenset[str] = frozenset()
    intensifiers: frozenset[str] = frozenset()
    exclamatives: frozenset[str] = frozenset()
    writer_auxiliaries: frozenset[str] = frozenset()
    person_objects: frozenset[str] = frozenset()
    object_clitics: frozenset[str] = frozenset()
    clitic_hosts: frozenset[str] = frozenset()
    vocative_openers: frozenset[str] = frozenset()
    not_vocative: frozenset[str] = frozenset()
    # (Q, session 40) ``vocative_things`` and ``thing_heads`` together: the nouns a vocative may name, joined once here
    # for the readings that ask it of every word (``addressed_things``, ``said_to_thing``, ``_placed``)
    vocative_heads: frozenset[str] = field(init=False, default=frozenset())

    def __post_init__(self) -> None:
        object.__setattr__(self, "vocative_heads", self.vocative_things | self.thing_heads)


def is_name(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """Whether word token ``tokens[index]`` is a name: capitalised inside a sentence, none of ``not_names``, no digit,
    not all in capitals (shouting or an acronym: "rain AGAIN??", "the UI"; one letter, "RER B"), not right after a
    number (a unit, a model: "50 Mo", "Pixel 8 Pro"), and no determiner of ``words.determiners``
    right before it or one word before it."""
    token = tokens[index]
    if token.norm in words.not_names or any(c.isdigit() for c in token.norm):
        return False
    raw = text[token.start : token.end]
    if raw.isupper():
        return False  # shouting or an acronym; (H, session 30) or one capital letter ("RER B", "plan B")
    if index and tokens[index - 1].norm.isdigit() and not text[tokens[index - 1].end : token.start].strip():
        return False  # (H, session 26) right after a number: a unit or a model ("50 Mo", « 3 Go », "Pixel 8 Pro")
    if words.thing_heads and _thing_headed(text, tokens, index, words):
        return False
    if words.vocative_heads and _hyphenated_head(text, tokens, _hyphen_run(text, tokens, index), words.vocative_heads):
        return False  # (F2, session 46) part of a hyphenated thing ("Wi-Fi")
    if words.links and words.thing_heads and _after_thing(text, tokens, index, words):
        return False
    if not words.links and words.thing_heads and _before_thing(text, tokens, index, words):
        return False
    if words.places and _placed(text, tokens, index, words):
        return False
    if words.place_names and _known_place(text, tokens, index, words):
        return False
    if words.institution_heads and _of_institution(text, tokens, index, words):
        return False
    if words.institution_heads and _institution_run(text, tokens, index, words):
        return False
    if _numbered(text, tokens, index, words):
        return False
    if _hyphened_to_thing(text, tokens, index, words):
        return False
    before = text[: token.start].rstrip()
    if not text[token.start].isupper():
        return False
    if not before or before[-1] in OPENERS or _quote_opened(before):
        # opening its sentence or (O, session 53) a quotation: a first name, or a person predicate follows
        return token.norm in words.names or (
            token.norm not in words.determiners
            and token.norm not in words.persons
            and _predicated(tokens, index, words)
        )
    if words.determiners:
        j = index - 1  # a run of capitalised words (spaces between) is one name or one thing: "the Weather App"
        while j >= 0 and text[tokens[j].start].isupper() and tokens[j].norm not in words.determiners:
            if text[tokens[j].end : tokens[j + 1].start].strip():
                break
            opening = text[: tokens[j].start].rstrip()
            if not opening or opening[-1] in OPENERS:
                return True  # the run opens its sentence: no determiner before it ("Sorry Tom")
            j -= 1
        previous = [t.norm for t in tokens[max(0, j - 1) : j + 1]]
        if previous[-1:] and previous[-1] in words.determiners:
            return False
        if len(previous) == 2 and previous[0] in words.determiners:
            return False
    return True


def _quote_opened(before: str) -> bool:
    """(O, session 53) Whether ``before`` (the text before a word, right-stripped) ends on a quotation mark that opens
    a quotation: a single or curly one at the draft's start or after a space ("'Unexpected item in bagging area' my
    arse", "the sign said ‘Closed’"), not an apostrophe inside or after a word ("the lads' Dave", "rock 'n' roll" is
    no capital)."""
    return before[-1:] in ("'", "‘", "“") and (len(before) == 1 or before[-2].isspace())


def _thing_headed(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(H, session 26) Whether the capitalised word ``tokens[index]`` belongs to a run of two or more capitalised words
    (spaces between) whose last word is a noun of ``words.thing_heads`` and none a first name of ``words.names``: the
    name of a thing ("Windows Update", "Heathrow Terminal 5", "Southern Rail"), not of a person ("Lisa Page"); a noun
    in capitals is no head ("Globalist TOOL"). A lone capitalised noun is no run: "I reckon Page is a fucking liar"
    names a person as "Kevin" would."""

    first = _capitals_from(text, tokens, index)  # (T, session 33) the run itself: the walk back tested the word it
    last = _capitals_to(text, tokens, index)  # stood on, and took the word before the run in ("reckon Page": two)
    if last == first:
        return False
    if words.links and tokens[first].norm in words.thing_heads:
        # (O, session 53) where nouns take their complement after them (French), the noun heads the run, and a
        # line or a train is written in capitals (« le TER Lille », « le RER Châtelet »)
        return not any(tokens[k].norm in words.names for k in range(first + 1, last + 1))
    if tokens[last].norm not in words.thing_heads:
        return False
    if text[tokens[last].start : tokens[last].end].isupper():
        return False  # shouted, the noun is an insult: "Globalist TOOL"
    return not any(tokens[k].norm in words.names for k in range(first, last))


def _after_thing(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(H, session 30) Whether the capitalised word ``tokens[index]`` (the first of its run of capitalised words)
    follows a noun of ``words.thing_heads`` in a language whose nouns take their complement after them (one with
    ``words.links``, French): right after it, after it and a link, or after it, a link and one word (« la box Orange »,
    « l'appli de Doctolib », « la mise à jour Windows »): the name of a product or its maker, not of a person, as
    ``product_names`` reads them; a first name of ``words.names`` stays a name (« le cadeau de Marie »)."""
    first = _capitals_from(text, tokens, index)
    if any(tokens[k].norm in words.names for k in range(first, index + 1)):
        return False

    def noun(k: int) -> bool:  # a thing's noun, no clause mark between it and the name
        return k >= 0 and tokens[k].norm in words.thing_heads and joined(k)

    def link(k: int) -> bool:
        return k >= 0 and tokens[k].norm in words.links and joined(k)

    def joined(k: int) -> bool:
        return not any(_gap(text, tokens, m, m + 1) for m in range(k, first))

    return noun(first - 1) or (link(first - 1) and noun(first - 2)) or (link(first - 2) and noun(first - 3))


def _capitals_from(text: str, tokens: Sequence[Token], index: int) -> int:
    """The index of the first word of the run of capitalised words, no space between them, that ends at
    ``tokens[index]`` (from "Rail" back to "Southern" in "Southern Rail"; a word in lower case ends the run)."""
    first = index
    while first > 0 and text[tokens[first - 1].start].isupper() and not _gap_between(text, tokens, first - 1):
        first -= 1
    return first


def _capitals_to(text: str, tokens: Sequence[Token], index: int) -> int:
    """The index of the last word of the run of capitalised words, no space between them, that opens at
    ``tokens[index]``."""
    last = index
    while last + 1 < len(tokens) and text[tokens[last + 1].start].isupper() and not _gap_between(text, tokens, last):
        last += 1
    return last


def _gap_between(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether anything but spaces stands between ``tokens[k]`` and ``tokens[k + 1]``."""
    return bool(text[tokens[k].end : tokens[k + 1].start].strip())


def _before_thing(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(T, session 32) Whether the run of capitalised words holding ``tokens[index]`` stands right before a noun of
    ``words.thing_heads`` in lower case, in a language whose nouns take their modifiers before them (one without
    ``words.links``, English): the run names the place or the maker of that thing ("Manchester weather", "Windows
    update", "Ryanair flight"), not a person; a first name of ``words.names`` stays a name ("Dave laptop")."""
    last = _capitals_to(text, tokens, index)
    if last + 1 >= len(tokens) or _gap_between(text, tokens, last):
        return False
    head = tokens[last + 1]
    if head.norm not in words.vocative_heads or not text[head.start].islower():
        return False
    first = _capitals_from(text, tokens, index)
    return not any(tokens[k].norm in words.names for k in range(first, last + 1))


def _of_institution(text: str, tokens: Sequence[Token], index: int, words: AimWords, depth: int = 0) -> bool:
    """(B, session 38) Whether the capitalised word ``tokens[index]`` belongs to a run of capitalised words that
    completes an institution's name: right after a link of ``words.institution_links`` (a determiner of
    ``words.determiners`` between them at most) that follows a noun of ``words.institution_heads``, no clause mark
    between them ("the Department of Education", "the Bank of England", "the Office of National Statistics", "the
    Department for Education", « la Banque de France », « le ministère de l'Intérieur »); or after "and" / « et » and
    such a run ("the Department of Work and Pensions"). A title is no head: "the Mayor of London" names a person."""
    first = _capitals_from(text, tokens, index)
    last = _capitals_to(text, tokens, index)
    if any(tokens[m].norm in words.names for m in range(first, last + 1)):
        return False

    def tied(m: int) -> bool:  # only spaces or an elided article's apostrophe between tokens[m] and the next
        return not text[tokens[m].end : tokens[m + 1].start].strip(" '’")

    k = first - 1
    if k >= 0 and tokens[k].norm in words.determiners and tied(k):
        k -= 1
    if k < 1 or not tied(k) or not tied(k - 1):
        return False
    if tokens[k].norm in words.institution_links:
        return tokens[k - 1].norm in words.institution_heads
    if tokens[k].norm in ("and", "et") and depth < 3 and text[tokens[k - 1].start].isupper():
        return _of_institution(text, tokens, k - 1, words, depth + 1)
    return False


def _institution_run(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(F, session 41) Whether the capitalised word ``tokens[index]`` belongs to a run of two or more capitalised words
    (spaces between) that is an institution's own name: its head noun of ``words.institution_heads`` last where nouns
    take their modifiers before them (English: "Oxford University", "the Home Office", "Met Police", "Southern Baptist
    Convention", "the Labour Party"), first where they follow (French, a language with ``words.links``: « Conseil
    Constitutionnel », « Rassemblement National »), none a first name of ``words.names`` and the head not in capitals
    ("Globalist TOOL"). A body criticised is no person: "Met Police is institutionally racist" aims at no one; "Lisa
    Page", "Mark Office" (a first name) keep theirs, and a lone capitalised head ("Police are …") is read as before."""
    first = _capitals_from(text, tokens, index)
    last = _capitals_to(text, tokens, index)
    if last == first:
        return False
    head = first if words.links else last
    if tokens[head].norm not in words.institution_heads or text[tokens[head].start : tokens[head].end].isupper():
        return False
    return not any(tokens[k].norm in words.names for k in range(first, last + 1))


def _numbered(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(F, session 41) Whether the capitalised word ``tokens[index]`` stands right before a number, only spaces
    between, and is no first name of ``words.names``: a numbered thing, a law, a line or a model ("Bill 21", "Line 1
    shut down again", "Terminal 5", « Ligne 13 »), not a person."""
    if index + 1 >= len(tokens) or tokens[index].norm in words.names:
        return False
    following = tokens[index + 1]
    return following.norm.isdigit() and not text[tokens[index].end : following.start].strip()


def _known_place(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(B, session 45) Whether the capitalised word ``tokens[index]`` belongs to a known place right after a word of
    ``words.known_place_openers``: the run of capitalised words it stands in opens after that word (spaces between)
    and its words from the first up to this one at least are one of ``words.place_names``, none a first name of
    ``words.names`` — "stuck at Strathfield for signal issues", "the pitch in Chennai today", "shutdowns in Kashmir
    are a disgrace", "waiting in Cape Town all day" name places. "angry at Dave", "at Jenkins's party" (no place)
    keep their names, and so does a place in a sentence naming a person by a noun of ``words.place_people`` ("My
    neighbour in Leeds is pathetic", "The mayor is a weasel and everyone in Hamilton knows it": the place was read as
    a name, and the person it stood beside is read no other way here); the place list is a library's
    (training/place_names.py)."""
    first = _capitals_from(text, tokens, index)
    if first == 0:
        return False
    linked = _place_linked(text, tokens, first, words)  # a thing's place: no person it could stand for
    if not (linked or _place_opened(text, tokens, first, words)):
        return False
    if any(tokens[k].norm in words.names for k in range(first, index + 1)):
        return False
    last = _capitals_to(text, tokens, index)
    if not linked and any(not first <= k <= last for k in _sentence_persons(text, tokens, words, tokens[first].start)):
        return False  # a sentence naming a person: "My neighbour in Leeds is pathetic" is read as before
    articles = ("", *(f"{a} " for a in words.place_articles))
    return any(
        a + " ".join(t.norm for t in tokens[first : end + 1]) in words.place_names
        for end in range(index, last + 1)
        for a in articles
    )


def _place_opened(text: str, tokens: Sequence[Token], first: int, words: AimWords) -> bool:
    """Whether the run of capitalised words opening at ``tokens[first]`` stands right after a preposition of
    ``words.known_place_openers``, only spaces between ("in Leeds", « vers Cergy »)."""
    return tokens[first - 1].norm in words.known_place_openers and not _gap_between(text, tokens, first - 1)


def _place_linked(text: str, tokens: Sequence[Token], first: int, words: AimWords) -> bool:
    """(O, session 53) Whether the run of capitalised words opening at ``tokens[first]`` stands right after a link of
    ``words.place_links`` (spaces or an elision's apostrophe between: « d'Orly ») whose word before, in small letters
    and joined to it, is a noun of things (``words.vocative_heads``, ``words.compound_heads`` or their plural: the
    weather, a train, a match): that thing's place (« la météo de Brest », « le métro de Lyon », « les bus de
    Marseille »), not a person's — the person nouns are an open class the lists do not close (« le maire de Lille »,
    « le fils de Paris Hilton »), so a noun of no thing class keeps the name."""
    if first < 2 or tokens[first - 1].norm not in words.place_links:
        return False
    if text[tokens[first - 1].end : tokens[first].start].strip(" '’"):
        return False
    head = tokens[first - 2]
    if _gap_between(text, tokens, first - 2) or not text[head.start].islower():
        return False
    return _head(head.norm, words.vocative_heads) or _head(head.norm, words.compound_heads)


def _hyphened_to_thing(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(O, session 53) Whether the capitalised word ``tokens[index]`` is joined by hyphens to capitalised words before
    it, the first of which is a place or a thing's name (``_thing_headed``, ``_after_thing``, ``_placed``,
    ``_known_place``), none a
    first name of ``words.names``: a hyphenated name is one name — a line between two places (« le TER
    Lille-Valenciennes », « vers Bordeaux-Arcachon »), not a person; a double-barrelled name is read as before
    (« Dupont-Aignan », "Lloyd-Webber": its first part is no place after a preposition or a thing)."""
    run = _hyphen_run(text, tokens, index)
    if run[0] == index or any(tokens[k].norm in words.names or not text[tokens[k].start].isupper() for k in run):
        return False
    first = run[0]
    return (
        bool(words.thing_heads and _thing_headed(text, tokens, first, words))
        or bool(words.links and words.thing_heads and _after_thing(text, tokens, first, words))
        or bool(words.places and _placed(text, tokens, first, words))
        or bool(words.place_names and _known_place(text, tokens, first, words))
    )


def _sentence_persons(text: str, tokens: Sequence[Token], words: AimWords, at: int) -> tuple[int, ...]:
    """(R, session 46) The indices of the tokens naming people (``_placed_person``) in the sentence of ``text``
    (``_SENTENCES``) that holds the offset ``at``. The draft's sentences and their person nouns are read once
    (``_persons_by_sentence``), the first time ``_known_place`` asks: each capitalised word after a place opener
    then reads no token of the draft again."""
    read = _persons_by_sentence(text, tokens, words)
    j = bisect_right(read.starts, at) - 1
    return read.persons[j] if j >= 0 and at < read.ends[j] else ()


class _SentencePersons(NamedTuple):
    """One draft's sentences (``_SENTENCES`` spans) and, per sentence, its person nouns' token indices."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    persons: tuple[tuple[int, ...], ...]


@last_by_identity(1)
def _persons_by_sentence(text: str, tokens: Sequence[Token], words: AimWords) -> _SentencePersons:
    """(R, session 46) ``_sentence_persons``' reading of a whole draft, kept for the last draft read (known by
    identity, ``app.text.identity``: R, session 47, where a hand-made slot kept it)."""
    spans = [m.span() for m in _SENTENCES.finditer(text)]
    starts = [start for start, _ in spans]
    persons: list[list[int]] = [[] for _ in spans]
    for k, token in enumerate(tokens):
        j = bisect_right(starts, token.start) - 1
        if j >= 0 and token.start < spans[j][1] and _placed_person(token.norm, words):
            persons[j].append(k)
    return _SentencePersons(tuple(starts), tuple(end for _, end in spans), tuple(map(tuple, persons)))


def _a_place(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(F, session 51) Whether the capitalised word ``tokens[index]`` is a place complement (``_placed``: « à Brest. »;
    ``_known_place``: « la pluie à Brest je la hais », « en Vendée »), not a name that may stand for its people: the
    place where a thing is (its weather, its roads) is no subject of a wish said of that thing."""
    return bool(words.places and _placed(text, tokens, index, words)) or bool(
        words.place_names and _known_place(text, tokens, index, words)
    )


def _placed_person(norm: str, words: AimWords) -> bool:
    """(B, session 45) Whether the folded word ``norm`` names people for ``_known_place``: a word of
    ``words.place_people``, or a noun whose plural has an agent ending of ``words.place_suffixes`` and is no thing of
    ``words.place_things`` ("mayor", "drivers"; not "printers")."""
    if norm in words.place_people:
        return True
    plural = norm if norm.endswith("s") else norm + "s"
    return plural not in words.place_things and any(
        plural.endswith(s) and len(plural) - len(s) >= 3 for s in words.place_suffixes
    )


def _placed(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(T, session 32) Whether the capitalised word ``tokens[index]`` names a place: right after a preposition of
    ``words.places`` ("in", « à »), no first name of ``words.names``, the word closing its clause (a clause mark or the
    end of the draft after it): "stuck in Croydon, again", « encore en panne à Châtelet. », « il pleut à Brest »
    ("stuck in Croydon again" is not read: the word must close its clause); (F, session 50) the same of a run of
    capitalised words that opens after the preposition ("the most useless lump of metal in East Anglia.")."""
    if index == 0 or tokens[index].norm in words.names:
        return False
    for opener in words.place_openers:  # (T, session 35) « en pleine Beauce … »: a place whatever follows
        n = len(opener)
        if (
            index >= n
            and tuple(t.norm for t in tokens[index - n : index]) == opener
            and not any(_gap_between(text, tokens, k) for k in range(index - n, index))
        ):
            return True
    # (F, session 50) a run of capitalised words is one place as one word is ("in East Anglia.", "in New South
    # Wales,"): it opens right after the preposition and closes its clause, no first name in it
    first, last = _capitals_from(text, tokens, index), _capitals_to(text, tokens, index)
    if first == 0 or any(tokens[k].norm in words.names for k in range(first, last + 1)):
        return False
    if tokens[first - 1].norm not in words.places:
        return False
    if _gap_between(text, tokens, first - 1):
        return False
    if first >= 2 and tokens[first - 2].norm in words.vocative_heads and not _gap_between(text, tokens, first - 2):
        return True  # (B, session 38) a thing's place whatever follows: "This humidity in Brisbane is disgusting"
    rest = text[tokens[last].end :].lstrip(" ")
    return not rest or rest[0] in ".,;:!?…)\n"


def aim(
    text: str,
    tokens: Sequence[Token],
    words: AimWords,
    *,
    mentions: bool,
    skip: Spans = (),
    thing: Callable[[int], bool] | None = None,
    names: bool = True,
) -> AimKind | None:
    """What aims the draft at people: an @mention (``mentions``), else a name, else a person word; None.

    ``tokens`` are the draft's word tokens; those inside ``skip`` are not read (the tone turn's identity words). A
    pronoun of ``words.pronouns`` counts only when ``thing(index)`` says it stands for no thing (without ``thing``, it
    is a person word like the others). With ``names`` false, capitalised words are not read
    (``AimReader.named_sentences``)."""
    if mentions:
        return "mention"
    person = False
    standing: list[int] = []  # plural pronouns, judged once no other target is found
    for i, token in enumerate(tokens):
        if skip and inside(token.start, token.end, skip):
            continue
        if token.norm in words.persons:
            if _impersonal_verb(tokens, i, words) or impersonal(tokens, i, words):
                continue  # « il pleut », « il n'y a », « il faut », « il fait froid », « il est tard » : no one
            if thing is not None and token.norm in words.pronouns:
                standing.append(i)
            else:
                person = True
            continue
        if token.norm in words.singulars and _determined(tokens, i, words.determiners):
            if not _compound(text, tokens, i, words):
                person = True
            continue
        if names and is_name(text, tokens, i, words):
            return "name"
    if person or (thing is not None and any(not thing(i) for i in standing)):
        return "person"
    return None


def _predicated(tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """Whether a person predicate follows ``tokens[index]``: a copula of ``words.copulas``, at most four words of
    ``words.fillers`` (articles, intensifiers, swear words: "is a useless fucking", « est un putain de ») and a word
    that names people (``person_word``): "Dave is a fucking liar", « Kevin c'est un gros con »."""
    k = index + 1
    while k < len(tokens) and tokens[k].norm in words.copulas and k <= index + 2:
        k += 1
    if k == index + 1:
        return False
    for _ in range(5):
        if k >= len(tokens):
            return False
        norm = tokens[k].norm
        if person_word(norm, words):
            return True
        if norm not in words.fillers:
            return False
        k += 1
    return False


def _impersonal_verb(tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """Whether a verb of ``words.impersonal`` follows the pronoun ``tokens[index]``, right after it or (T, session 34)
    past the words of ``words.frame_skips`` (a negation, an auxiliary): « il pleut », « il y a », « il n'y a AUCUN
    papier », « il ne faut pas », « il va y avoir »."""
    k = index + 1
    while k < len(tokens) and tokens[k].norm not in words.impersonal and tokens[k].norm in words.frame_skips:
        k += 1
    return k < len(tokens) and tokens[k].norm in words.impersonal


def impersonal(tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """Whether the pronoun ``tokens[index]`` opens an impersonal frame of ``words.frames``: past the words of
    ``words.frame_skips``, a verb of a frame, then (past them again) one of its complements or a number: « il fait
    froid », « il fait un temps de merde », « il va faire un froid », « il est 3h », « il est tard »; not « il fait
    chier », « il est con »."""
    n = len(tokens)

    def past(k: int) -> int:
        while k < n and tokens[k].norm in words.frame_skips:
            k += 1
        return k

    k = past(index + 1)
    if k >= n:
        return False
    for verbs, complements in words.frames:
        if tokens[k].norm in verbs:
            m = past(k + 1)
            return m < n and (tokens[m].norm in complements or tokens[m].norm[:1].isdigit())
    return False


def said_of_thing(
    text: str,
    tokens: Sequence[Token],
    index: int,
    words: AimWords,
    owner: list[int] | None = None,
    *,
    phrase: bool = False,
) -> bool:
    """Whether the word token ``tokens[index]`` (a swear word) qualifies a thing inside its noun phrase: a phrase
    opened by a word of ``words.thing_determiners`` (one modifier between at most) — the swear word before its noun
    ("this fucking printer", "the shitty coffee machine", « cette putain d'imprimante », « ce putain de bus ») or after
    it, linked by « de » (« ce métro de merde », « la machine à café de merde ») or a swear phrase that opens with its
    own link (« ce correcteur à la con ») — whose nouns are none of the words
    that name people (``is_person``): "this fucking guy", « ce putain de mec » are aimed at a person.

    (H, session 30) Also an interjection (``_interjection``), a swear verb of the writer's (``_writer_subject``), and a
    phrase opened by the addressee's possessive or a genitive (``_opener``) whose nouns name a thing of theirs:
    ``owner`` receives the possessive's token index (the owner of the thing, not the word's target). A phrase without
    determiner opening its clause, a noun of ``words.thing_heads`` in it, no person: « @ratp métro de merde ».

    (T, session 33) With ``phrase``, only the readings where the word stands inside the thing's noun phrase: not a
    resumptive pronoun's phrase, an interjection or a swear verb of the writer's (they stand in a clause of their own:
    « @lucas merde, t'as encore oublié le badge »), nor a predicate ("it's bullshit", "this is shit": said of what
    "it" stands for, which may be someone's words)."""
    if not words.thing_determiners:
        return False
    n = len(tokens)
    if tokens[index].norm in words.resumptions and not phrase:
        # (H, session 29) a swear phrase whose own first word is its subject, a pronoun of a thing or a situation
        # (« ça me fait chier », « ça part en couille »): said of that situation, not of the addressee
        return True
    gap = partial(_gap, text, tokens)  # a clause mark between two neighbouring tokens
    readings = (_bare_epithet,) if phrase else (_interjection, _writer_subject, _bare_epithet)
    if any(f(text, tokens, index, words, gap) for f in readings):
        return True
    # the swear word after the determiner, its noun after it: "this fucking printer"
    opened, by = _opener(text, tokens, index, words, gap)
    if opened and phrase and index and tokens[index - 1].norm in words.copulas | words.plural_copulas:
        opened = False  # "this is bullshit": a predicate, not a modifier between the determiner and the word
    if opened:
        k = index + 1
        if k < n and tokens[k].norm in words.links and not gap(index, k):
            k += 1
        nouns: list[int] = []
        while k < n and len(nouns) < 2 and not gap(k - 1, k) and tokens[k].norm.isalpha():
            nouns.append(k)
            k += 1
        if nouns and tokens[nouns[0]].norm not in words.determiners:
            if by < 0:
                return not any(is_person(text, tokens, m, words) for m in nouns)
            if _owned_thing(text, tokens, nouns, words):
                return _owned(owner, by)
    return _linked_after_noun(text, tokens, index, words, gap, owner, phrase=phrase)


def _linked_after_noun(
    text: str,
    tokens: Sequence[Token],
    index: int,
    words: AimWords,
    gap: Callable[[int, int], bool],
    owner: list[int] | None,
    *,
    phrase: bool,
) -> bool:
    """``said_of_thing``'s second reading: the swear word after its noun, linked by « de » (« ce métro de merde ») or
    a swear phrase opening with its own link (« ce correcteur à la con »); else, unless ``phrase``, a predicate of a
    thing (``_predicate_of_thing``)."""
    # the swear word after its noun and « de »: « ce métro de merde »; or a swear phrase opening with its own link
    # after the noun (H, session 28): « ce correcteur à la con », « @paul ce métro de merde »
    if index >= 1 and tokens[index].norm in words.links and not gap(index - 1, index):
        link = index
    elif index >= 2 and tokens[index - 1].norm in words.links and not gap(index - 1, index):
        link = index - 1
    else:
        return not phrase and _predicate_of_thing(text, tokens, index, words, gap, owner)
    nouns: list[int] = []  # the noun phrase's words before « de »
    for j in range(link - 1, max(-1, link - 6), -1):
        if gap(j, j + 1):  # (H, session 30) no determiner, the phrase opens its clause: « @ratp métro de merde »
            return bool(nouns) and _owned_thing(text, tokens, nouns, words)
        if not tokens[j].norm.isalpha():
            return False
        if tokens[j].norm in words.thing_determiners:
            return bool(nouns) and not any(is_person(text, tokens, m, words) for m in nouns)
        if tokens[j].norm in words.owners:
            return bool(nouns) and _owned_thing(text, tokens, nouns, words) and _owned(owner, j)
        if tokens[j].norm not in words.links:
            nouns.append(j)
    return link <= 5 and bool(nouns) and _owned_thing(text, tokens, nouns, words)  # the phrase opens the draft


def epithet_of_thing(
    text: str, tokens: Sequence[Token], first: int, last: int, words: AimWords, person: Callable[[int], bool]
) -> bool:
    """(H, session 23) Whether the insult noun at word tokens ``tokens[first..last]`` is the epithet of a thing: it
    opens its noun phrase (after a word of ``words.thing_determiners``, one modifier between at most, a word of
    ``words.epithet_openers``, or at the start of a clause) and a word of ``words.epithet_links`` (then an article of
    ``words.epithet_articles``) ties it to the noun it names, which is no person (``is_person``) and no determiner:
    « ce connard de GPS », « cette enculée de machine à laver », « enculé de moustique », « mort aux cons de pigeons »,
    "that bastard of a printer". « ce connard de voisin », « ce con de Pierre », « enculé de ta mère » name people;
    « cette bande de connards », « ce tas de cons » are not read (the insult closes its phrase: people)."""
    n = len(tokens)
    if not words.epithet_links or last + 1 >= n:
        return False

    def gap(i: int, j: int) -> bool:
        return any(c in ',;:.!?…\n"«»' for c in text[tokens[i].end : tokens[j].start])

    opened = first == 0 or gap(first - 1, first) or tokens[first - 1].norm in words.epithet_openers
    for back in (1, 2):
        j = first - back
        if opened or j < 0 or gap(j, j + 1):
            break
        if tokens[j].norm in words.thing_determiners:
            opened = back == 1 or not is_person(text, tokens, j + 1, words)
    if not opened:
        return False
    k = last + 1
    if tokens[k].norm not in words.epithet_links or gap(last, k):
        return False
    k += 1
    if k < n and tokens[k].norm in words.epithet_articles and not gap(k - 1, k):
        k += 1
    nouns: list[int] = []
    while k < n and len(nouns) < 2 and not gap(k - 1, k) and tokens[k].norm.isalpha():
        nouns.append(k)
        k += 1
    if not nouns or tokens[nouns[0]].norm in words.determiners or tokens[nouns[0]].norm in words.thing_determiners:
        return False
    return not any(person(m) for m in nouns)


def object_of_thing(
    text: str, tokens: Sequence[Token], first: int, last: int, words: AimWords, person: Callable[[int], bool]
) -> bool:
    """(H, session 23) Whether the verb of insult at word tokens ``tokens[first..last]`` has a thing for its object:
    it opens its clause or follows a subject of ``words.epithet_subjects``, and a noun phrase opened by a word of
    ``words.object_determiners`` follows it whose nouns name no one (``person``): « nique ce lundi », « je nique cette
    imprimante ». « nique ta mère », « nique la police » (no such determiner), « nique ce mec » (a person) keep their
    grade; "t'es un connard ce soir" is not read (the insult does not open its clause)."""
    n = len(tokens)

    def gap(i: int, j: int) -> bool:
        return any(c in ',;:.!?…\n"«»' for c in text[tokens[i].end : tokens[j].start])

    opens = first == 0 or gap(first - 1, first) or tokens[first - 1].norm in words.epithet_subjects
    k = last + 1
    if not opens or k + 1 >= n or gap(last, k) or tokens[k].norm not in words.object_determiners:
        return False
    nouns = [m for m in (k + 1, k + 2) if m < n and tokens[m].norm.isalpha() and not gap(m - 1, m)]
    return bool(nouns) and not any(person(m) for m in nouns)


# the endings of an adjective's shape, read in every language: a test of the reading's, not a closed word class
_ADJECTIVE_ENDINGS = ("ed", "y", "ful", "less", "ous", "ive", "ing", "able", "ible", "al", "ic", "ish", "est", "er")


def _modifier_word(norm: str, words: AimWords) -> bool:
    """An intensifier of ``words.intensifiers`` or a word of an adjective's ending ("bloated", "useless"): a modifier
    for ``modifier_of_thing`` and ``predicate_of_thing`` alike."""
    return norm in words.intensifiers or (len(norm) > 3 and norm.endswith(_ADJECTIVE_ENDINGS))


def _sentence_mark(text: str, tokens: Sequence[Token], j: int) -> bool:
    """(B, session 44) Whether a sentence's end (``.``, ``!``, ``?``, ``…``, a new line) stands between
    ``tokens[j]`` and the word after it."""
    return j + 1 < len(tokens) and any(c in ".!?…\n" for c in text[tokens[j].end : tokens[j + 1].start])


def modifier_of_thing(
    text: str,
    tokens: Sequence[Token],
    index: int,
    words: AimWords,
    person: Callable[[int], bool],
    heads: frozenset[str],
    modifiers: frozenset[int] = frozenset(),
) -> bool:
    """(H, session 25) Whether the word token ``tokens[index]`` (a word the offensive model leans on) is one of the
    modifiers of a noun phrase that names a thing: a word of ``words.thing_determiners`` opens the phrase, up to
    three words between that read as modifiers (indices of ``modifiers``, an intensifier, a word of an adjective's
    ending; commas or "and" may stand between coordinated ones), and among the words after it — up to three, to the
    next clause mark — a noun of ``heads`` (things one makes, sells or uses), none naming anyone (``person``) nor
    being another word of ``modifiers`` ("piece of *shit*"): "the most useless, bloated, garbage piece of software",
    "this overpriced trash app". The phrase said of a person is theirs: a person word right before the determiner
    ("you're the most useless …") keeps the aim; "the stupid ones", "a spoilt narcissist" name no thing. (B, session
    44) The start of a sentence opens the phrase as a determiner does: a bare phrase of a rant ("… at 9am. Absolute
    garbage software", "… again. Useless app."); before a person's noun it is theirs ("Absolute garbage human")."""
    n = len(tokens)

    def hard(i: int, j: int) -> bool:  # a clause mark other than a comma between two neighbouring tokens
        return any(c in ';:.!?…\n"«»()' for c in text[tokens[i].end : tokens[j].start])

    def modifier(j: int) -> bool:
        norm = tokens[j].norm
        return j in modifiers or _modifier_word(norm, words)

    j = index - 1
    while True:
        if index - j > 4:
            return False
        if j < 0 or _sentence_mark(text, tokens, j):
            break  # (B, session 44) a bare phrase opening its sentence: "… again. Garbage service, garbage app."
        if hard(j, j + 1):
            return False
        if tokens[j].norm in words.thing_determiners:
            break
        if not modifier(j) or (person(j) and tokens[j].norm not in words.intensifiers):  # "utter": no agent noun
            return False
        j -= 1
    if j >= 0 and tokens[j].norm in words.thing_determiners and any(person(m) for m in range(max(0, j - 2), j)):
        return False  # "you're the most useless …", "he is a garbage …": a person's predicate
    k = index + 1
    while (
        k + 1 < n
        and not hard(k - 1, k)
        and modifier(k)
        and (k in modifiers or tokens[k].norm in words.intensifiers or "," in text[tokens[k].end : tokens[k + 1].start])
    ):  # the coordinated modifiers after it: "useless, bloated, garbage piece"
        k += 1
    after: list[int] = []
    while k < n and len(after) < 3 and not hard(k - 1, k) and "," not in text[tokens[k - 1].end : tokens[k].start]:
        after.append(k)
        k += 1
    return any(tokens[m].norm in heads for m in after) and not any(person(m) or m in modifiers for m in after)


def _interjection(
    text: str, tokens: Sequence[Token], index: int, words: AimWords, gap: Callable[[int, int], bool]
) -> bool:
    """(H, session 30) Whether the swear word ``tokens[index]`` is an interjection: it opens its clause and stands
    alone in it or before a pronoun of a thing or a situation (``words.resumptions``), no @mention right after it
    ("…, fuck", « …, putain », « putain c'est trop bien », "fuck, that's great"), an exclamative of
    ``words.exclamatives`` before it (« le RER est en panne, quelle merde, … »): said of no one; "Fuck @hostly." is
    addressed, « putain t'es con » and « quelle merde ce mec » aimed."""
    n = len(tokens)
    after = text[tokens[index].end : tokens[index + 1].start if index + 1 < n else len(text)]
    opens = index - 1 if index >= 1 and tokens[index - 1].norm in words.exclamatives else index
    return (
        (opens == 0 or gap(opens - 1, opens))
        and (opens == index or not gap(opens, index))
        and "@" not in after
        and (
            index + 1 == n
            or gap(index, index + 1)
            or tokens[index + 1].norm in words.resumptions
            or _thing_subject(text, tokens, index + 1, words, gap)
            or _writer_clause(text, tokens, index + 1, words, gap)
        )
    )


def _writer_clause(
    text: str, tokens: Sequence[Token], index: int, words: AimWords, gap: Callable[[int, int], bool]
) -> bool:
    """(H, session 39) Whether a clause about the writer opens at ``tokens[index]``: a subject pronoun of the writer
    (``words.epithet_subjects`` but « on », which may be anyone) and, up to the clause's end, no word naming people
    (``is_person``: "you", « te », « vous », a person noun, a name), no object pronoun that may stand for someone
    (``words.person_objects``: "fuck I hate them"; ``words.object_clitics`` right after one of ``words.clitic_hosts``,
    the subject, « ne » or a modal verb: « putain je la déteste »; after another verb they are articles, « lire le
    thread ») and no @mention — « @jo putain je suis encore en retard », « ptn je vais même pas lire ce thread », "@sam
    fuck I forgot my keys": the interjection before it says the writer's own dismay, not an attack on the addressee.
    « putain je te déteste », « putain je vais le défoncer », "fuck I hate you" stay aimed."""
    n = len(tokens)
    if index >= n or tokens[index].norm == "on" or tokens[index].norm not in words.epithet_subjects:
        return False
    k = index + 1
    while k < n and not gap(k - 1, k):
        norm = tokens[k].norm
        if is_person(text, tokens, k, words) or norm in words.person_objects:
            return False
        if norm in words.object_clitics and tokens[k - 1].norm in words.clitic_hosts:
            return False
        k += 1
    end = tokens[k - 1].end
    return "@" not in text[tokens[index].start : end]


def thing_vocative(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> tuple[int, int] | None:
    """(H, session 30) The span of the rest of the sentence, when the swear word ``tokens[index]`` is in a thing
    addressed at its head, or of the sentence before it, when addressed at its end after a comma (« Tu vas démarrer,
    saloperie d'imprimante ? »): a phrase opening its sentence and closed by a comma (or opened by one and closing
    it), of at most three words either side of the swear word, whose noun is a noun of ``words.thing_heads`` (or its
    plural) closing the phrase or right before the swear word's links, and none of whose words names people —
    « Saloperie d'imprimante, tu vas démarrer oui ? », « Ordi de merde, tu rames », "Stupid fucking printer, you had
    one job": the second person there (``words.second_person``) addresses the thing. « Putain de Paul, t'es nul »,
    « Ce mec de merde, tu le connais ? », « ce putain de wifi marche jamais, tu … », "@jo this fucking printer, you
    broke it" (an @mention before: the addressee) are not read."""
    if not words.second_person or not words.thing_heads:
        return None
    n = len(tokens)
    gap = partial(_gap, text, tokens)
    first = index
    while first > 0 and index - first < 3 and not gap(first - 1, first):
        first -= 1
    before = text[: tokens[first].start].rstrip()
    last = index
    while last + 1 < n and last - index < 3 and not gap(last, last + 1):
        last += 1
    after = text[tokens[last].end : tokens[last + 1].start if last + 1 < n else len(text)].strip()
    if before[-1:] == "," and (last + 1 == n or after[:1] in ("", ".", "!", "?", "…")):
        # at the end of its sentence after a comma: « Tu vas démarrer, saloperie d'imprimante ? »
        start = max((before.rfind(c) for c in ".!?…\n"), default=-1) + 1
        span = (start, tokens[first].start)
    elif (not before or before[-1] in OPENERS) and last + 1 < n and after.startswith(","):
        span = (tokens[last].end, tokens[last].end + _sentence_end(text[tokens[last].end :]))
    else:
        return None
    if last > index and _head(tokens[last].norm, words.thing_heads):
        noun = last
    else:  # the noun before the swear word's links: « Ordi de merde », « Imprimante à la con »
        noun = index - 1
        while noun >= first and (tokens[noun].norm in words.links or tokens[noun].norm in words.thing_determiners):
            noun -= 1
    if noun < first or not _head(tokens[noun].norm, words.thing_heads):
        return None
    if any(is_person(text, tokens, k, words) for k in range(first, last + 1) if k != index):
        return None
    return span


def addressed_things(
    text: str, tokens: Sequence[Token], words: AimWords, addressing: tuple[int, int] | None = None
) -> list[tuple[int, int]]:
    """(T, session 35) The spans of the sentences whose second person addresses a thing: the sentence holds a word of
    ``words.second_person`` and opens with a vocative before its first comma, or closes with one after its last comma,
    (T, session 36) or holds one between two commas, of at most four words, one of them a noun of
    ``words.vocative_things`` or ``words.thing_heads`` (or its plural), none naming people and no @mention, and the
    second person, if any, only at its head: "I hate you, Monday", "Monday, I hate you", "you ruined my morning, you
    stupid printer", "Damn you, traffic, I'm late again", « je te hais, lundi », « Lundi, je te hais ». "I hate you,
    Dave", "I hate you, my boss", « je te hais, mon voisin » are not read. ``addressing``: the draft span of words
    addressed to someone ("fuck off", « dégage »), read as a second person."""
    if not words.second_person or not (words.vocative_things or words.thing_heads):
        return []
    heads = words.vocative_heads

    def second(i: int) -> bool:
        return tokens[i].norm in words.second_person or (
            addressing is not None and addressing[0] <= tokens[i].start < addressing[1]
        )

    found: list[tuple[int, int]] = []
    for sentence in _SENTENCES.finditer(text):
        start, end = sentence.span()
        inside_ = [i for i, t in enumerate(tokens) if start <= t.start < end]
        if not any(second(i) for i in inside_):
            continue
        # addressed only by ``addressing`` ("Fuck off, winter."): the vocative opens on its noun or a word of address,
        # not a clause ("Encore un bug, bande d'amateurs !")
        bare = not any(tokens[i].norm in words.second_person for i in inside_)
        commas = [m.start() for m in re.finditer(",", text[start:end])]
        bounds = [start, *(start + c for c in commas), end]
        phrases = []
        for at in range(len(bounds) - 1):
            if at == 0 and not commas:
                break
            low, high = bounds[at] + (at > 0), bounds[at + 1]
            phrases.append(([i for i in inside_ if low <= tokens[i].start < high], text[low:high]))
        for phrase, words_text in phrases:
            if not 1 <= len(phrase) <= 4 or "@" in words_text:
                continue
            rest = phrase[1:] if second(phrase[0]) else phrase
            if not rest or any(second(k) for k in rest):
                continue
            if _hyphenated_head(text, tokens, rest, heads):
                found.append((start, end))  # (F2, session 46) one hyphenated thing: "Go to hell, Wi-Fi", "e-mail"
                break
            if bare and not (
                _head(tokens[rest[0]].norm, heads)
                or tokens[rest[0]].norm in words.vocative_openers
                or (not words.links and len(rest) == 2 and _head(tokens[rest[1]].norm, heads))
            ):
                continue  # (F2, session 46) an English compound ending on its noun opens one: "Piss off, hay fever"
            if _vocative_head(tokens, rest, heads, words) and not any(
                person_word(tokens[k].norm, words)
                or (text[tokens[k].start].isupper() and tokens[k].norm not in heads and is_name(text, tokens, k, words))
                for k in rest
            ):
                found.append((start, end))
                break
    return found


def said_to_thing(text: str, tokens: Sequence[Token], words: AimWords, start: int, end: int) -> bool:
    """(T, session 36) Whether the words at ``start``-``end`` of ``text``, addressed to someone ("fuck you", "fuck off",
    "shut up", « va te faire foutre », « ta gueule », « dégage »), are said to a thing: their sentence addresses one
    as its vocative (``addressed_things``, those words read as its second person: "Fuck off, winter.", « Dégage, le
    rhume ») or closes right after them on a phrase of at most three words naming one, no person, no name, no second
    person and no conjunction in it ("screw you printer", "fuck you Monday", « ta gueule le frigo »). "Fuck you,
    Dave", "screw you @mark", "fuck you and your printer" are not read."""
    if any(s <= start < e for s, e in addressed_things(text, tokens, words, (start, end))):
        return True
    heads = words.vocative_heads
    after = [i for i, t in enumerate(tokens) if t.start >= end]
    if not after or not heads:
        return False
    stop = re.search(r"[.!?…\n,;:]", text[end:])
    tail = [i for i in after if stop is None or tokens[i].start < end + stop.start()]
    if stop is not None and text[end + stop.start() :].strip(" .!?…\n") and stop.group() in ",;:":
        return False  # the sentence goes on after a comma: no closing vocative
    between = text[end : tokens[tail[0]].start] if tail else ""
    return (
        1 <= len(tail) <= 3
        and not between.strip()
        and "@" not in text[end : tokens[tail[-1]].end]
        and _vocative_head(tokens, tail, heads, words)
        and not any(
            tokens[k].norm in words.second_person
            or tokens[k].norm in words.not_vocative
            or person_word(tokens[k].norm, words)
            or (text[tokens[k].start].isupper() and tokens[k].norm not in heads and is_name(text, tokens, k, words))
            for k in tail
        )
    )


def _hyphen_run(text: str, tokens: Sequence[Token], index: int) -> list[int]:
    """(F2, session 46) The indices of the tokens joined to ``tokens[index]`` by hyphens only ("Wi-Fi": both)."""
    first = last = index
    while first > 0 and text[tokens[first - 1].end : tokens[first].start] == "-":
        first -= 1
    while last + 1 < len(tokens) and text[tokens[last].end : tokens[last + 1].start] == "-":
        last += 1
    return list(range(first, last + 1))


def _hyphenated_head(text: str, tokens: Sequence[Token], phrase: Sequence[int], heads: frozenset[str]) -> bool:
    """(F2, session 46) Whether the words ``phrase`` are one hyphenated word, two parts or more joined by hyphens only,
    whose parts written together are a noun of ``heads`` ("Wi-Fi" for "wifi", "e-mail"): a thing, no person."""
    if len(phrase) < 2 or any(text[tokens[a].end : tokens[b].start] != "-" for a, b in pairwise(phrase)):
        return False
    return _head("".join(tokens[k].norm for k in phrase), heads)


def _vocative_head(tokens: Sequence[Token], phrase: Sequence[int], heads: frozenset[str], words: AimWords) -> bool:
    """(T, session 35) Whether the words ``phrase`` end with a noun of ``heads`` (or its plural), or hold one followed
    by a link of ``words.links`` and at most two words ("my stupid printer", "Monday", « imprimante de merde »): a noun
    phrase, not a clause ("your setup is sick")."""
    for at, k in enumerate(phrase):
        if _head(tokens[k].norm, heads):
            after = phrase[at + 1 :]
            if not after or (tokens[after[0]].norm in words.links and len(after) <= 3):
                return True
    return False


def _sentence_end(text: str) -> int:
    """(H, session 30) The offset of the first sentence end of ``text`` (its length if none)."""
    found = re.search(r"[.!?…\n]", text)
    return len(text) if found is None else found.start()


def _bare_epithet(
    text: str, tokens: Sequence[Token], index: int, words: AimWords, gap: Callable[[int, int], bool]
) -> bool:
    """(H, session 30) Whether the swear word ``tokens[index]`` opens its clause without a determiner and a link of
    ``words.links`` ties it to the one or two words after it, none naming people: « @jo putain de lundi », « @sncf
    saloperie de grève », « putain d'imprimante, … »; « putain de Paul », « putain de toi » are not read."""
    n = len(tokens)
    if not words.links or (index > 0 and not gap(index - 1, index)):
        return False
    k = index + 1
    if k >= n or tokens[k].norm not in words.links or gap(index, k):
        return False
    nouns = [m for m in range(k + 1, min(n, k + 3)) if not any(gap(j, j + 1) for j in range(k, m))]
    nouns = [m for m in nouns if tokens[m].norm.isalpha()]
    return (
        bool(nouns)
        and tokens[nouns[0]].norm not in words.determiners
        and tokens[nouns[0]].norm not in words.thing_determiners
        and tokens[nouns[0]].norm not in words.owners
        and not any(is_person(text, tokens, m, words) for m in nouns)
    )


def _thing_subject(
    text: str, tokens: Sequence[Token], index: int, words: AimWords, gap: Callable[[int, int], bool]
) -> bool:
    """(H, session 30) Whether a noun phrase of a thing opens at ``tokens[index]``: a word of
    ``words.thing_determiners`` then one or two words (no clause mark between), one a noun of ``words.thing_heads``
    (or its plural) and none naming people (« putain ma box redémarre encore », « putain le train est encore en
    retard »; not « putain ce mec est con »)."""
    if index >= len(tokens) or tokens[index].norm not in words.thing_determiners or not words.thing_heads:
        return False
    nouns = [k for k in range(index + 1, min(len(tokens), index + 3)) if not gap(index, k) and tokens[k].norm.isalpha()]
    return bool(nouns) and _owned_thing(text, tokens, nouns, words)


def _opener(
    text: str, tokens: Sequence[Token], index: int, words: AimWords, gap: Callable[[int, int], bool]
) -> tuple[bool, int]:
    """Whether a noun phrase opens right before the swear word ``tokens[index]`` (one modifier between at most), and
    the token index of its owner (-1 for none): a word of ``words.thing_determiners`` ("this fucking printer"); (H,
    session 30) the addressee's possessive (``words.owners``: "your", « votre », « vos ») or a genitive ("my boss's
    shitty laptop"), whose phrase is a thing of the owner's only when a noun of ``words.thing_heads`` (a plural too)
    and no person is among its nouns (``_owned_thing``: "@acme your fucking wifi"; not "your fucking team")."""
    genitive = index >= 2 and tokens[index - 1].norm == "s" and _possessive(text, tokens, index - 2)
    if genitive and not gap(index - 2, index - 1):
        return True, index - 2
    for back in (1, 2):
        j = index - back
        if j < 0 or gap(j, j + 1):
            break
        if tokens[j].norm in words.thing_determiners or tokens[j].norm in words.owners:
            opened = back == 1 or not is_person(text, tokens, j + 1, words)
            return opened, (j if tokens[j].norm not in words.thing_determiners else -1)
    return False, -1


def _writer_subject(
    text: str, tokens: Sequence[Token], index: int, words: AimWords, gap: Callable[[int, int], bool]
) -> bool:
    """(H, session 30) Whether the swear word ``tokens[index]`` has the writer for its subject: a pronoun of
    ``words.epithet_subjects`` before it ("I", « je », « j' »), auxiliaries and up to two adverbs between ("I totally
    fucked up the slides", "I'm so fucked", « j'ai complètement merdé »): said of the writer's own act or state,
    not of the addressee ("@sam I fucked up the slides, sorry"); anyone else the draft names still aims it ("I
    fucking hate you")."""
    k, adverbs = index - 1, 0
    while k >= 0 and not gap(k, k + 1):
        norm = tokens[k].norm
        if norm in words.epithet_subjects:
            return True
        if norm in words.writer_auxiliaries:
            k -= 1
            continue
        if adverbs < 2 and (norm in words.intensifiers or norm.endswith(("ly", "ment")) or norm in ("just", "proper")):
            adverbs += 1
            k -= 1
            continue
        return False
    return False


def _possessive(text: str, tokens: Sequence[Token], index: int) -> bool:
    """(H, session 30) Whether ``tokens[index]`` is followed by a genitive's apostrophe and "s" ("boss's", "Dave's")."""
    return index + 1 < len(tokens) and text[tokens[index].end : tokens[index + 1].start] in ("'", "\u2019")


def _owned_thing(text: str, tokens: Sequence[Token], nouns: Sequence[int], words: AimWords) -> bool:
    """(H, session 30) Whether the words ``nouns`` of a phrase opened by the addressee's possessive name a thing of
    theirs: one is a noun of ``words.thing_heads`` (or its plural) and none names people."""
    return any(_head(tokens[m].norm, words.thing_heads) for m in nouns) and not any(
        is_person(text, tokens, m, words) for m in nouns
    )


def _head(norm: str, heads: frozenset[str]) -> bool:
    """(H, session 30) Whether ``norm`` is a noun of ``heads`` or its plural ("trains", « applis »)."""
    return norm in heads or (len(norm) > 3 and norm[-1] in "sx" and norm[:-1] in heads)


def _owned(owner: list[int] | None, index: int) -> bool:
    """(H, session 30) Records the token index of the addressee's possessive opening a thing's phrase: True."""
    if owner is not None:
        owner.append(index)
    return True


class _CopulaReading(NamedTuple):
    """(A, session 31) What a reader of "<a thing's noun phrase> <copula> <word>" (``_predicate_walk``) chooses."""

    gap: Callable[[int, int], bool]
    """A clause mark between two neighbouring tokens: no walk crosses one."""
    between: Callable[[int], bool]
    """A word that may stand between the copula and the word."""
    reach: int | None
    """How many tokens back from the word the copula may stand at most (None: no bound)."""
    opening: bool
    """Whether a pronoun of ``words.resumptions`` opening its sentence right before the copula reads True."""
    aimed_after: Callable[[int], bool] | None
    """A word after the predicate in its clause saying whom it is said of (None: not asked)."""
    outside: Callable[[int], bool]
    """A word that cannot stand in the thing's phrase (a person)."""
    thing: Callable[[int, list[int]], bool]
    """The verdict on the phrase: its opener's token index, its words' (nearest the copula first)."""


def _predicate_walk(text: str, tokens: Sequence[Token], index: int, words: AimWords, reading: _CopulaReading) -> bool:
    """(A, session 31) Whether the word token ``tokens[index]`` is the predicate of a thing's noun phrase, "<phrase>
    <copula> <words> <word>" read backwards: the one walk of ``predicate_of_thing`` (risk.offensive's drivers) and
    ``_predicate_of_thing`` (risk.profanity's aim), which differ only in their ``reading``. A copula
    (``words.copulas``, ``words.plural_copulas``) before the word, words ``reading.between`` accepts between, at
    most ``reading.reach`` tokens back; no walk crosses a clause mark (``reading.gap``). A pronoun of
    ``words.resumptions`` right before the copula: True with ``reading.opening`` if it opens its sentence ("this is
    the shit"), else it takes up the phrase before it (« la saison, c'était … »: no gap before « c' »). A word after
    the predicate in its clause (eight tokens at most) that ``reading.aimed_after`` accepts: False ("is a disgusting
    liar"). The phrase, up to six tokens back from the copula, no clause mark inside: at least one word after its
    opener (a word of ``words.thing_determiners`` or ``words.owners``); a copula or a word ``reading.outside``
    accepts (a person) in it: False, and so an @mention in its text up to the copula (its owner's: mentions are no
    word tokens); else ``reading.thing`` decides."""
    gap, between, reach, opening, aimed_after, outside, thing = reading
    n = len(tokens)
    copulas = words.copulas | words.plural_copulas
    low = 0 if reach is None else index - reach  # the copula's first possible token
    j = index - 1
    while j >= max(low, 0) and not gap(j, j + 1) and tokens[j].norm not in copulas and between(j):
        j -= 1
    if j < max(low, 1) or tokens[j].norm not in copulas or gap(j, j + 1):
        return False
    copula = tokens[j].start
    j -= 1
    if tokens[j].norm in words.resumptions:
        if opening and (j == 0 or any(c in ".!?…\n" for c in text[tokens[j - 1].end : tokens[j].start])):
            return True  # (H, session 30) a pronoun of a thing or a situation opens the sentence: "this is the shit"
        if j >= 1 and not gap(j, j + 1):
            j -= 1  # « la saison, c'était … »: « c' » takes up the noun phrase before it
    if aimed_after is not None:
        for k in range(index + 1, min(n, index + 9)):  # "is a disgusting liar", "is trash and so are you"
            if gap(k - 1, k):
                break
            if aimed_after(k):
                return False
    nouns: list[int] = []
    for k in range(j, max(-1, j - 6), -1):
        if k != j and gap(k, k + 1):
            return False
        norm = tokens[k].norm
        if (norm in words.thing_determiners or norm in words.owners) and nouns:
            if "@" in text[tokens[k].start : copula]:  # « le logiciel de @acme est une vraie merde »
                return False
            return thing(k, nouns)
        if norm in copulas or outside(k):
            return False
        nouns.append(k)
    return False


def predicate_of_thing(
    text: str,
    tokens: Sequence[Token],
    index: int,
    words: AimWords,
    person: Callable[[int], bool],
    heads: frozenset[str],
    modifiers: frozenset[int] = frozenset(),
) -> bool:
    """(H, session 30) Whether the word token ``tokens[index]`` (a word the offensive model leans on) is said of a
    thing as its predicate: a copula (``words.copulas``, ``words.plural_copulas``; « c' » taking up the phrase) before
    it, up to three words between that read as modifiers (other such words, ``words.fillers``, an intensifier, an
    adjective's ending), and before the copula a noun phrase opened by a word of ``words.thing_determiners`` or of
    ``words.owners`` whose words hold a noun of ``heads`` (a plural too) and name no one (``person``): "@acme your
    trains are garbage", "the new UI is a disgusting mess"; no person word after it in its clause but a pronoun that
    may stand for the thing. Not read: "your code is trash and so are you", "your takes are garbage", "she is
    garbage", « l'appli de @acme est nulle » (its owner's by an @mention). ``insult_of_thing`` reads it too.
    (A, session 31) The walk is ``_predicate_walk``'s; parentheses are clause marks here."""

    def gap(i: int, j: int) -> bool:  # a clause mark between two neighbouring tokens (not a quote: the "new" UI)
        return any(c in ",;:.!?…\n()" for c in text[tokens[i].end : tokens[j].start])

    def modifier(j: int) -> bool:
        norm = tokens[j].norm
        return j in modifiers or norm in words.fillers or _modifier_word(norm, words)

    def thing(opener: int, nouns: list[int]) -> bool:
        if any(person(m) for m in nouns):
            return False
        # (T, session 33, lead's product decision) a phrase a demonstrative opens names a thing whatever its noun
        # when none names people: "@club that second half was garbage", "@acme this outage is a disgrace" ("that
        # referee" is a person: ``person``); the addressee's possessive still asks for a noun of ``heads`` ("your
        # takes are garbage" judges the addressee's views)
        return tokens[opener].norm in words.demonstratives or any(_head(tokens[m].norm, heads) for m in nouns)

    def aimed_after(k: int) -> bool:  # "them" may stand for the thing
        return person(k) and tokens[k].norm not in words.pronouns

    reading = _CopulaReading(gap, modifier, 4, False, aimed_after, person, thing)
    return _predicate_walk(text, tokens, index, words, reading)


def _gap(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """A clause mark between the neighbouring tokens ``tokens[i]`` and ``tokens[j]`` (``said_of_thing``'s)."""
    return any(c in ",;:.!?…\n" for c in text[tokens[i].end : tokens[j].start])


def _predicate_of_thing(
    text: str,
    tokens: Sequence[Token],
    index: int,
    words: AimWords,
    gap: Callable[[int, int], bool],
    owner: list[int] | None = None,
) -> bool:
    """Whether the swear word ``tokens[index]`` is said of a thing as its predicate: a copula of ``words.copulas``
    before it (words of ``words.fillers`` or determiners between: "is such", "is fucking", « c'était de la »), and
    before the copula a noun phrase opened by a word of ``words.thing_determiners`` whose words name no one ("the
    traffic on the A1 is shit", "my phone battery is fucking useless", « la dernière saison c'était de la merde »); a
    phrase naming its owner by an @mention is said of the owner (« le logiciel de @acme est une vraie merde »: mentions
    are no word tokens, so the phrase's text is read for one). (H, session 30) A plural copula too ("the trains are
    shit"), and a phrase opened by the addressee's possessive naming a thing of theirs (``said_of_thing``: « vos TER
    c'est de la merde »). (A, session 31) The walk is ``_predicate_walk``'s: no bound on the words between, a pronoun
    of ``words.resumptions`` opening its sentence before the copula suffices, a word of ``words.persons`` in the
    phrase ends it."""
    between = words.fillers | words.thing_determiners

    def thing(opener: int, nouns: list[int]) -> bool:
        if tokens[opener].norm in words.thing_determiners:
            return not any(is_person(text, tokens, m, words) for m in nouns)
        return _owned_thing(text, tokens, nouns, words) and _owned(owner, opener)

    def outside(k: int) -> bool:
        return tokens[k].norm in words.persons

    reading = _CopulaReading(gap, lambda j: tokens[j].norm in between, None, True, None, outside, thing)
    return _predicate_walk(text, tokens, index, words, reading)


def own_side(text: str, tokens: Sequence[Token], persons: frozenset[str], possessives: frozenset[str]) -> Spans:
    """(H, session 26) The person words that name the writer's own side: a word of ``persons`` after a possessive of
    the writer's of ``possessives``, one word between at most and no clause mark ("features *our team* relied on",
    "our own devs", « *notre équipe* », « nos développeurs »). Said of one's own side, they aim the draft at no one
    else; "your team", « leur équipe » still do."""
    found: list[tuple[int, int]] = []
    for i, token in enumerate(tokens):
        if token.norm not in persons:
            continue
        for back in (1, 2):
            j = i - back
            if j < 0 or _clause_gap(text, tokens, j, i):
                break
            if tokens[j].norm in possessives:
                found.append((token.start, token.end))
                break
    return tuple(found)


def product_names(
    text: str,
    tokens: Sequence[Token],
    products: frozenset[str],
    users: frozenset[str],
    links: frozenset[str],
    persons: frozenset[str] = frozenset(),
) -> Spans:
    """(H, session 26) The capitalised words that name a product or its maker, not a person: a capitalised word (or a
    run of them) before "'s" and, within three words, a noun of ``products``, things one makes, sells or uses
    ("Zentrix's latest update"); right before a noun of ``products`` or of ``users``, people named by what they use
    ("the Pro plan", "Pro users", "Zentrix customers"); or, in a language with ``links`` (French), right after such a
    noun, or after it and a link (« l'appli Doctolib », « les abonnés Pro », « la nouvelle offre de Varnier »): in
    English a name after the noun is mostly someone else ("the features Dave used", "an update from Dave").
    A person word of ``persons`` is never read so ("Your app …", "Their pricing …": the person word aims); « le PDG de
    Varnier » keeps its person word."""
    heads = products | users
    found: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0

    def capital(k: int) -> bool:
        return text[tokens[k].start].isupper() and tokens[k].norm not in persons

    while i < n:
        if not capital(i):
            i += 1
            continue
        last = i  # a run of capitalised words, spaces between: "Zentrix Cloud"
        while last + 1 < n and capital(last + 1) and _adjacent(text, tokens, last, last + 1):
            last += 1
        after = last + 1
        product = False
        if after < n and tokens[after].norm == "s" and text[tokens[last].end : tokens[after].start] in ("'", "\u2019"):
            for k in range(after + 1, min(n, after + 4)):
                if _clause_gap(text, tokens, k - 1, k):
                    break
                if tokens[k].norm in products:
                    product = True
                    break
        elif after < n and tokens[after].norm in heads and _adjacent(text, tokens, last, after):
            product = True
        before = i - 1
        if not product and links and before >= 0 and not _clause_gap(text, tokens, before, i):
            if tokens[before].norm in heads:
                product = True
            elif tokens[before].norm in links and before >= 1 and not _clause_gap(text, tokens, before - 1, before):
                product = tokens[before - 1].norm in heads
        if product:
            found.extend((tokens[k].start, tokens[k].end) for k in range(i, last + 1))
        i = last + 1
    return tuple(found)


def _adjacent(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether only spaces stand between ``tokens[i]`` and ``tokens[j]``."""
    return not text[tokens[i].end : tokens[j].start].strip()


def _clause_gap(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether a clause mark stands between ``tokens[i]`` and ``tokens[j]``."""
    return any(c in ',;:.!?…\n()"«»' for c in text[tokens[i].end : tokens[j].start])


def is_person(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """Whether word token ``tokens[index]`` names people: a person word, the singular of a person noun, an insult
    noun of ``words.insults`` or a name."""
    if person_word(tokens[index].norm, words):
        return True
    return text[tokens[index].start].isupper() and is_name(text, tokens, index, words)


def person_word(norm: str, words: AimWords) -> bool:
    """Whether the folded word ``norm`` names people by itself: a person word, the singular of a person noun, an
    insult noun of ``words.insults`` or its plural ("liars", « blaireaux »)."""
    if norm in words.persons or norm in words.singulars or norm in words.insults:
        return True
    return len(norm) > 3 and norm[-1] in "sx" and norm[:-1] in words.insults


def _compound(text: str, tokens: Sequence[Token], index: int, words: AimWords) -> bool:
    """(B, session 44) Whether the person noun ``tokens[index]`` only qualifies a thing's or an activity's noun of
    ``words.vocative_heads`` or ``words.compound_heads`` in a compound, only spaces between: before it where nouns take
    their modifiers before them (English: "a client presentation", "the customer service", "a client call"), after
    it where they follow (French, a language with ``words.links``: « en pleine visio client », « le service client »).
    The compound names the thing, not the person ("my client is useless" keeps its person)."""
    heads = words.vocative_heads | words.compound_heads
    k = index - 1 if words.links else index + 1
    if not 0 <= k < len(tokens) or tokens[k].norm not in heads:
        return False
    low, high = min(k, index), max(k, index)
    return not text[tokens[low].end : tokens[high].start].strip()


def _determined(tokens: Sequence[Token], index: int, determiners: frozenset[str]) -> bool:
    """Whether ``tokens[index]`` follows a word of ``determiners``, one word between at most."""
    return any(index - k >= 0 and tokens[index - k].norm in determiners for k in (1, 2))


def singulars(plurals: frozenset[str]) -> frozenset[str]:
    """The singular of each plural noun of people: less its final -s or -x, "-men" as "-man", "-ves" as "-fe" and "-f"
    ("managers" -> "manager", « voisins » -> « voisin », "policemen" -> "policeman", "wives" -> "wife"); a word that is
    no plural gives none."""
    out: set[str] = set()
    for word in plurals:
        if word.endswith("men") and len(word) > 4:
            out.add(word[:-3] + "man")
        elif word.endswith("ves") and len(word) > 4:  # (H, session 23) "wives" -> "wife", "thieves" -> "thief"
            out.update((word[:-3] + "fe", word[:-3] + "f"))
        elif len(word) > 3 and word.endswith(("s", "x")) and not word.endswith(("ss", "us", "is")):
            out.add(word[:-1])
    return frozenset(out - plurals)


def _field(item: Any, key: str) -> Sequence[str]:
    """A list of a params item, from the rule file (a mapping) or validated params (a model)."""
    value = item.get(key) if isinstance(item, Mapping) else getattr(item, key, None)
    return value or ()


@cache
def place_names() -> frozenset[str]:
    """(B, session 45) The known places of ``PLACE_NAMES`` (folded words joined by spaces), read once."""
    lines = PLACE_NAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def folded_lists(lists: Mapping[str, Sequence[str]]) -> dict[str, frozenset[str]]:
    """Language -> folded word set."""
    return {lang: frozenset(fold_token(w) for w in ws) for lang, ws in lists.items()}


@dataclass(frozen=True, slots=True)
class Antecedents:
    """What a third-person plural pronoun stands for: the nearest plural noun before it, opened by a determiner
    (with at most one modifier between: "these mosquitoes", "the old printers", « les moustiques ») or opening
    its sentence before a verb ("Mondays are …"), and whether that noun is a thing rather than people."""

    pronouns: Mapping[str, frozenset[str]]
    determiners: Mapping[str, frozenset[str]]
    modifiers: Mapping[str, frozenset[str]]
    verbs: Mapping[str, frozenset[str]]
    persons: Mapping[str, frozenset[str]]
    vague: Mapping[str, frozenset[str]]
    suffixes: Mapping[str, tuple[str, ...]]
    things: Mapping[str, frozenset[str]]
    # singular pronouns that may stand for a thing (« elle » of a printer) -> the determiners of the nouns they agree
    # with (« il »: le, ce, un …; « elle »: la, cette, une …)
    singular: Mapping[str, Mapping[str, frozenset[str]]]

    @classmethod
    def read(cls, params: Mapping[str, Any]) -> Antecedents:
        """The folded word lists of a rule's ``plural_*`` and ``person_*`` params (risk.offensive's)."""

        def folded(key: str) -> dict[str, frozenset[str]]:
            return folded_lists(params.get(key) or {})

        return cls(
            pronouns=folded("plural_pronouns"),
            determiners=folded("plural_determiners"),
            modifiers=folded("plural_modifiers"),
            verbs=folded("plural_verbs"),
            persons=folded("person_nouns"),
            vague=folded("not_antecedents"),
            suffixes={
                lang: tuple(fold_token(w) for w in ws) for lang, ws in (params.get("person_suffixes") or {}).items()
            },
            things=folded("thing_nouns"),
            singular={
                lang: {fold_token(p): frozenset(fold_token(w) for w in ws) for p, ws in by_pronoun.items()}
                for lang, by_pronoun in (params.get("singular_pronouns") or {}).items()
            },
        )

    def thing(self, text: str, tokens: Sequence[Token], index: int, language: str, people: frozenset[str]) -> bool:
        """Whether the pronoun ``tokens[index]`` stands for a noun before it that is no person (plural for a plural
        pronoun; after a determiner it agrees with for a singular one: « cette imprimante …, elle … »): no
        antecedent found, or one of ``people`` or with a person suffix, is False (the pronoun stays a target)."""
        agreeing = self.singular.get(language, {}).get(tokens[index].norm)
        singular = agreeing is not None
        determiners = agreeing if agreeing is not None else self.determiners.get(language, frozenset())
        if not determiners:
            return False
        skipped = self.pronouns.get(language, frozenset()) | frozenset(self.singular.get(language, {}))
        for j in range(index - 1, -1, -1):
            norm = tokens[j].norm
            if norm in skipped or norm in self.vague.get(language, frozenset()):
                continue  # "they … them": the same antecedent, further back; "these days" stands for nothing
            if norm in people:
                return False  # a person word nearer than any noun: "… the kids, I hate them"
            if singular and self._singular_noun(tokens, j, language, determiners):
                plural = norm if norm.endswith(("s", "x", "z")) else norm + "s"
                return not self.person(plural, language, people)
            if not singular and self._plural_noun(text, tokens, j, language, determiners):
                return not self.person(norm, language, people)
        return False

    def _singular_noun(self, tokens: Sequence[Token], j: int, language: str, determiners: frozenset[str]) -> bool:
        """Whether ``tokens[j]`` is a noun opened by a singular determiner, one modifier between at most."""
        norm = tokens[j].norm
        if len(norm) < 3 or not norm.isalpha() or norm in determiners:
            return False
        previous = tokens[j - 1].norm if j else ""
        if previous in determiners:
            return True
        if j >= 3 and previous in ("de", "d") and tokens[j - 3].norm in determiners:
            # (H, session 30) « ce putain de périph …, qu'il brûle »: the swear word is no antecedent, the noun after
            # it is (as for plurals, « ces putains de moustiques »)
            swear = tokens[j - 2].norm
            vague = self.vague.get(language, frozenset())
            if swear in vague or swear + "s" in vague:
                return True
        return j >= 2 and previous in self.modifiers.get(language, frozenset()) and tokens[j - 2].norm in determiners

    def _plural_noun(
        self, text: str, tokens: Sequence[Token], j: int, language: str, determiners: frozenset[str]
    ) -> bool:
        """Whether ``tokens[j]`` is a plural noun opened by a determiner, or a bare plural subject at the start of
        a sentence ("Cockroaches are …")."""
        norm = tokens[j].norm
        if len(norm) < 4 or not norm.isalpha() or norm[-1] not in ("sx" if language == "fr" else "s"):
            return False
        if norm.endswith(("ss", "us", "is")) or norm in determiners:
            return False
        previous = tokens[j - 1].norm if j else ""
        if previous in determiners:
            return True
        if j >= 2 and previous in self.modifiers.get(language, frozenset()) and tokens[j - 2].norm in determiners:
            return True
        vague = self.vague.get(language, frozenset())
        if j >= 3 and previous in ("de", "d") and tokens[j - 2].norm in vague and tokens[j - 3].norm in determiners:
            return True  # « ces putains de moustiques »: the swear word is no antecedent, the noun after it is
        following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
        if following not in self.verbs.get(language, frozenset()):
            return False
        # the bare plural opens its sentence, or one word qualifying it does (session 24, H: "Gas prices are …",
        # "Airport queues are …"; the noun decides whether it names people: "Rich kids are …" does)
        if _opens(text, tokens[j].start):
            return True
        qualifier = tokens[j - 1] if j >= 1 else None
        return (
            qualifier is not None
            and qualifier.norm.isalpha()
            and qualifier.norm not in determiners
            and not text[qualifier.end : tokens[j].start].strip()
            and _opens(text, qualifier.start)
        )

    def person(self, norm: str, language: str, people: frozenset[str]) -> bool:
        """Whether a plural noun names people: a person word (its singular too) or an agent noun's ending."""
        singulars = {norm, norm[:-1], norm[:-2] if norm.endswith("es") else norm}
        if not people.isdisjoint(singulars):
            return True
        if norm in self.things.get(language, frozenset()):
            return False  # "Lobsters are disgusting, who eats them?": an agent ending, an animal
        return any(norm.endswith(s) and len(norm) - len(s) >= 3 for s in self.suffixes.get(language, ()))


def _opens(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens its sentence (nothing before it but an ``OPENERS`` mark)."""
    before = text[:start].rstrip()
    return not before or before[-1] in OPENERS


_EPITHET_KEYS = ("epithet_links", "epithet_articles", "epithet_openers", "epithet_subjects", "object_determiners")
"""(H, session 23) The params (and AimWords fields) of an insult said of a thing (``epithet_of_thing``,
``object_of_thing``)."""


_CLOSED_KEYS = (
    "demonstratives",
    "intensifiers",
    "exclamatives",
    "writer_auxiliaries",
    "person_objects",
    "object_clitics",
    "clitic_hosts",
    "vocative_openers",
    "not_vocative",
)
"""(Q, session 40) The params (and AimWords fields, same names) of the closed classes the readings lean on."""


_ThingReader = Callable[
    [str, Sequence[Token], int, AimWords, Callable[[int], bool], frozenset[str], frozenset[int]], bool
]
"""(A, session 31) A reader of a word said of a thing (``predicate_of_thing``, ``modifier_of_thing``): the text,
its word tokens, the word's index, the words, the person test, the thing nouns, the modifiers' indices."""


@dataclass(frozen=True, slots=True)
class AimReader:
    """One rule's aim words, every language, read from its params (risk.offensive's ``targets``, ``not_names``,
    ``name_determiners`` and ``plural_*`` / ``person_*`` lists)."""

    words: Mapping[str, AimWords]
    antecedents: Antecedents
    people: Mapping[str, frozenset[str]]  # who a plural pronoun may stand for and stay a target

    # long: one table, every aim param of the rule read into AimWords top to bottom
    @classmethod
    def read(cls, params: Mapping[str, Any], persons: Sequence[str] = ("targets",)) -> AimReader:
        """The reader of a rule's params; ``persons``: the params whose words aim a draft (a pronoun is judged by
        what it stands for)."""
        antecedents = Antecedents.read(params)
        never = folded_lists(params.get("not_names") or {})
        determiners = folded_lists(params.get("name_determiners") or {})
        targets = folded_lists(params.get("targets") or {})
        impersonal = folded_lists(params.get("impersonal_verbs") or {})
        frames = {
            lang: tuple(
                (
                    frozenset(fold_token(w) for w in _field(f, "verbs")),
                    frozenset(fold_token(w) for w in _field(f, "complements")),
                )
                for f in fs
            )
            for lang, fs in (params.get("impersonal_frames") or {}).items()
        }
        frame_skips = folded_lists(params.get("impersonal_skips") or {})
        thing_determiners = folded_lists(params.get("thing_determiners") or {})
        links = folded_lists(params.get("noun_links") or {})
        insults = folded_lists(params.get("person_insults") or {})
        names = folded_lists(params.get("first_names") or {})
        copulas = folded_lists(params.get("copulas") or {})
        fillers = folded_lists(params.get("predicate_fillers") or {})
        resumptions = folded_lists(params.get("resumptions") or {})
        epithet = {key: folded_lists(params.get(key) or {}) for key in _EPITHET_KEYS}
        closed = {key: folded_lists(params.get(key) or {}) for key in _CLOSED_KEYS}
        thing_heads = folded_lists(params.get("thing_modifiers") or {})
        owners = folded_lists(params.get("owner_determiners") or {})
        plural_copulas = folded_lists(params.get("plural_copulas") or {})
        second_person = folded_lists(params.get("second_person") or {})
        places = folded_lists(params.get("place_prepositions") or {})
        vocatives = folded_lists(params.get("vocative_things") or {})
        institution_heads = folded_lists(params.get("institution_heads") or {})
        institution_links = folded_lists(params.get("institution_links") or {})
        compound_heads = folded_lists(params.get("object_heads") or {})
        known_openers = folded_lists(params.get("known_place_openers") or {})
        place_links = folded_lists(params.get("place_links") or {})
        place_articles = folded_lists(params.get("place_articles") or {})
        openers = {
            lang: tuple(tuple(fold_token(w) for w in phrase.split()) for phrase in phrases)
            for lang, phrases in (params.get("place_openers") or {}).items()
        }
        found: dict[str, frozenset[str]] = {}
        for key in persons:
            for lang, ws in folded_lists(params.get(key) or {}).items():
                found[lang] = found.get(lang, frozenset()) | ws
        words = {
            lang: AimWords(
                persons=ws,
                not_names=never.get(lang, frozenset()),
                determiners=determiners.get(lang, frozenset()),
                pronouns=antecedents.pronouns.get(lang, frozenset()) | frozenset(antecedents.singular.get(lang, {})),
                impersonal=impersonal.get(lang, frozenset()),
                frames=frames.get(lang, ()),
                frame_skips=frame_skips.get(lang, frozenset()),
                thing_determiners=thing_determiners.get(lang, frozenset()),
                links=links.get(lang, frozenset()),
                insults=insults.get(lang, frozenset()),
                names=names.get(lang, frozenset()),
                copulas=copulas.get(lang, frozenset()),
                fillers=fillers.get(lang, frozenset()),
                resumptions=resumptions.get(lang, frozenset()),
                **{key: lists.get(lang, frozenset()) for key, lists in epithet.items()},
                **{key: lists.get(lang, frozenset()) for key, lists in closed.items()},
                thing_heads=thing_heads.get(lang, frozenset()),
                owners=owners.get(lang, frozenset()),
                plural_copulas=plural_copulas.get(lang, frozenset()),
                second_person=second_person.get(lang, frozenset()),
                places=places.get(lang, frozenset()),
                vocative_things=vocatives.get(lang, frozenset()),
                place_openers=openers.get(lang, ()),
                known_place_openers=known_openers.get(lang, frozenset()),
                place_links=place_links.get(lang, frozenset()),
                place_articles=place_articles.get(lang, frozenset()),
                place_names=place_names() if lang in known_openers else frozenset(),
                place_people=ws
                | targets.get(lang, frozenset())
                | antecedents.persons.get(lang, frozenset())
                | singulars(antecedents.persons.get(lang, frozenset()))
                if lang in known_openers
                else frozenset(),
                place_suffixes=antecedents.suffixes.get(lang, ()) if lang in known_openers else (),
                place_things=antecedents.things.get(lang, frozenset()) if lang in known_openers else frozenset(),
                institution_heads=institution_heads.get(lang, frozenset()),
                institution_links=institution_links.get(lang, frozenset()),
                compound_heads=compound_heads.get(lang, frozenset()),
                singulars=singulars(antecedents.persons.get(lang, frozenset()))
                if "person_nouns" in persons
                else frozenset(),
            )
            for lang, ws in found.items()
            if ws
        }
        people = {lang: ws | antecedents.persons.get(lang, frozenset()) for lang, ws in targets.items()}
        return cls(words, antecedents, people)

    def aim(self, text: str, language: str, *, mentions: bool, pronouns: bool = True) -> AimKind | None:
        """What aims ``text`` at people in ``language`` (``aim``); "person" when the rule has no words for that
        language (every draft counts as aimed). With ``pronouns`` false, a plural pronoun is a person word like the
        others (a draft naming a group)."""
        base = language.split("-")[0]
        words = self.words.get(base)
        if words is None:
            return "person"
        if mentions:
            return "mention"
        tokens = word_tokens(text)
        addressed = tuple(addressed_things(text, tokens, words))
        if addressed:  # (T, session 35) "I hate you, Monday": the second person there is the thing addressed
            for token in tokens:
                if inside(token.start, token.end, addressed) and token.norm in words.second_person:
                    text = text[: token.start] + " " * (token.end - token.start) + text[token.end :]
            tokens = word_tokens(text)
        people = self.people.get(base, words.persons)

        def thing(index: int) -> bool:
            return self.antecedents.thing(text, tokens, index, base, people)

        return aim(text, tokens, words, mentions=False, thing=thing if pronouns else None)

    def named_sentences(self, text: str, language: str) -> Spans | None:
        """(T, session 34) When names alone aim ``text`` (no @mention, no person word, no pronoun standing for
        people: ``aim`` is "name" and None without names) and none is a first name of ``names`` or a plural the
        antecedents read as people (an agent ending: "Pacific Islanders"), the spans of its sentences that hold a
        name; else None.

        A capitalised word is the weakest aim: a place or a brand reads as one ("Weather in Manchester is vile
        today. Sideways rain. Disgusting.", "Spring in Canberra is a joke", "Uber Eats delivered it cold. Garbage
        service, garbage app."). A word the model leans on in a sentence that names no one is not aimed by such a
        name in another sentence; a person word or a first name anywhere, or a name in its own sentence, still aims
        it ("Kevin ruined it again. Pathetic.", "Watched Starmer on TV, pathetic.", "@dave … Pathetic.")."""
        base = language.split("-")[0]
        words = self.words.get(base)
        if words is None:
            return None
        tokens = word_tokens(text)
        people = self.people.get(base, words.persons)

        def thing(index: int) -> bool:
            return self.antecedents.thing(text, tokens, index, base, people)

        if aim(text, tokens, words, mentions=False, thing=thing, names=False) is not None:
            return None
        named = [i for i in range(len(tokens)) if is_name(text, tokens, i, words)]
        if any(tokens[i].norm in words.names or self.antecedents.person(tokens[i].norm, base, people) for i in named):
            return None  # a first name, or a plural of people ("Pacific Islanders", "the Tories")
        starts = [tokens[i].start for i in named]
        return tuple(m.span() for m in _SENTENCES.finditer(text) if any(m.start() <= s < m.end() for s in starts))

    def of_thing(self, text: str, language: str, start: int) -> bool:
        """Whether the swear word starting at ``start`` in ``text`` qualifies a thing in its noun phrase
        (``said_of_thing``): "@sam_k this fucking printer again" swears at the printer, not at the addressee."""
        words = self.words.get(language.split("-")[0])
        if words is None:
            return False
        tokens = word_tokens(text)
        index = next((i for i, t in enumerate(tokens) if t.start <= start < t.end or t.start >= start), None)
        return index is not None and said_of_thing(text, tokens, index, words)

    def thing_phrase(self, text: str, language: str, start: int) -> bool:
        """(T, session 33) Whether the swear word starting at ``start`` in ``text`` stands inside a thing's noun phrase
        (``said_of_thing`` with ``phrase``): "this fucking printer", « ce match de merde », « Logiciel de chiottes. »;
        not an interjection (« merde, t'as oublié … ») nor a predicate ("it's bullshit")."""
        words = self.words.get(language.split("-")[0])
        if words is None:
            return False
        tokens = word_tokens(text)
        index = next((i for i, t in enumerate(tokens) if t.start <= start < t.end or t.start >= start), None)
        return index is not None and said_of_thing(text, tokens, index, words, phrase=True)

    def thing_second_person(self, text: str, language: str) -> Spans:
        """(T, session 36) The spans of the second person in the sentences of ``text`` that address a thing named as
        their vocative (``addressed_things``: "I hate you, rain", « je te hais, lundi »): that "you" is no reader."""
        words = self.words.get(language.split("-")[0])
        if words is None or not words.second_person:
            return ()
        tokens = word_tokens(text)
        addressed = tuple(addressed_things(text, tokens, words))
        return tuple(
            (t.start, t.end) for t in tokens if t.norm in words.second_person and inside(t.start, t.end, addressed)
        )

    def said_to_thing(self, text: str, language: str, start: int, end: int) -> bool:
        """(T, session 36) Whether the words at ``start``-``end`` (addressed to someone: "fuck you", « ta gueule ») are
        said to a thing named as the vocative of their sentence (``said_to_thing``: "Fuck you, Monday", "screw you
        printer", « Va te faire foutre, lundi »)."""
        words = self.words.get(language.split("-")[0])
        if words is None or not words.second_person:
            return False
        return said_to_thing(text, word_tokens(text), words, start, end)

    def addressed_thing(self, text: str, language: str, start: int) -> str | None:
        """(H, session 30) ``text`` with the second person blanked in the rest of the sentence when the swear word
        starting at ``start`` is in a thing addressed at its head (``thing_vocative``: « Ordi de merde, tu rames »),
        else None: the draft's aim is read on it (anyone else it names still aims it)."""
        words = self.words.get(language.split("-")[0])
        if words is None or not words.second_person:
            return None
        tokens = word_tokens(text)
        index = next((i for i, t in enumerate(tokens) if t.start <= start < t.end or t.start >= start), None)
        span = None if index is None else thing_vocative(text, tokens, index, words)
        if span is None:
            return None
        blanked = text
        for token in tokens:
            if span[0] <= token.start < span[1] and token.norm in words.second_person:
                blanked = blanked[: token.start] + " " * (token.end - token.start) + blanked[token.end :]
        return blanked

    def thing_owner(self, text: str, language: str, start: int) -> tuple[int, int] | None:
        """(H, session 30) The span of the addressee's possessive opening the phrase of a thing of theirs that the
        swear word starting at ``start`` qualifies (``said_of_thing``: "your" in "@acme your fucking wifi"), or None."""
        words = self.words.get(language.split("-")[0])
        if words is None or not words.owners:
            return None
        tokens = word_tokens(text)
        index = next((i for i, t in enumerate(tokens) if t.start <= start < t.end or t.start >= start), None)
        if index is None:
            return None
        owner: list[int] = []
        if not said_of_thing(text, tokens, index, words, owner) or not owner:
            # the word may open its own phrase too, « c'est de la merde en barre »: its predicate is read alone
            _predicate_of_thing(text, tokens, index, words, partial(_gap, text, tokens), owner)
        return (tokens[owner[0]].start, tokens[owner[0]].end) if owner else None

    def predicates_of_things(
        self, text: str, language: str, starts: Sequence[int], heads: frozenset[str]
    ) -> frozenset[int]:
        """(H, session 30) The offsets of ``starts`` whose word is said of a thing of ``heads`` as its predicate
        (``predicate_of_thing``: "your trains are garbage", "the new UI is a disgusting mess"), the draft tokenised
        once for all of them."""
        if not heads:
            return frozenset()
        return self._of_things(text, language, starts, heads, predicate_of_thing, None)

    def modifier_of_thing(
        self, text: str, language: str, start: int, heads: frozenset[str], others: Sequence[int] = ()
    ) -> bool:
        """(H, session 25) Whether the word starting at ``start`` qualifies a thing inside its noun phrase, its noun one
        of ``heads`` (``modifier_of_thing``); ``others``: the start offsets of the other words the model leans on,
        read as modifiers too and never as the phrase's noun ("the most useless, garbage piece of software")."""
        return bool(self.modifiers_of_things(text, language, (start,), heads, others))

    def modifiers_of_things(
        self,
        text: str,
        language: str,
        starts: Sequence[int],
        heads: frozenset[str],
        others: Sequence[int] | None = None,
    ) -> frozenset[int]:
        """(U, session 27) The offsets of ``starts`` whose word qualifies a thing of ``heads`` inside its noun phrase:
        ``modifier_of_thing`` asked of each, ``others`` (``starts`` when not given) the modifiers of every reading,
        the draft tokenised once for all of them (a classifier asks about every word its model leans on)."""
        return self._of_things(text, language, starts, heads, modifier_of_thing, others)

    def _of_things(
        self,
        text: str,
        language: str,
        starts: Sequence[int],
        heads: frozenset[str],
        reader: _ThingReader,
        others: Sequence[int] | None,
    ) -> frozenset[int]:
        """(A, session 31) The offsets of ``starts`` whose word ``reader`` (``predicate_of_thing``,
        ``modifier_of_thing``) reads as said of a thing of ``heads``: the draft tokenised once for all of them, the
        words of ``others`` (``starts`` when None) read as modifiers, ``_person_test`` naming people."""
        words = self.words.get(language.split("-")[0])
        if words is None or not starts:
            return frozenset()
        tokens = word_tokens(text)
        at = {t.start: i for i, t in reversed(list(enumerate(tokens)))}
        if not any(start in at for start in starts):
            return frozenset()
        person = self._person_test(text, tokens, words, language.split("-")[0])
        marked = frozenset(starts if others is None else others)
        modifiers = frozenset(i for i, t in enumerate(tokens) if t.start in marked)
        return frozenset(s for s in starts if s in at and reader(text, tokens, at[s], words, person, heads, modifiers))

    def _person_test(self, text: str, tokens: Sequence[Token], words: AimWords, base: str) -> Callable[[int], bool]:
        """(A, session 31) Whether the word token ``tokens[i]`` names people, as the thing readers ask: a person word
        or a name (``is_person``; not a capital opening its sentence), or an agent noun whose plural the antecedents
        read as people (« chauffeur », not « ordinateur »)."""
        people = self.people.get(base, words.persons)

        def person(i: int) -> bool:
            norm = tokens[i].norm
            plural = norm if norm.endswith(("s", "x")) else norm + "s"
            return is_person(text, tokens, i, words) or self.antecedents.person(plural, base, people)

        return person

    def subject_of_thing(self, text: str, language: str, subject: tuple[int, int], hit: tuple[int, int]) -> bool:
        """(T, session 31) Whether the words of ``text[subject[0]:subject[1]]``, the subject of the wish or threat at
        ``text[hit[0]:hit[1]]``, name a thing and no people: a noun of ``thing_heads`` or the antecedents' things, a
        day, a month or "it" (``not_names``); no person word, name or capitalised word inside its sentence (an acronym
        excepted: a brand or a place may stand for its people); a pronoun only when it stands for a thing
        (``Antecedents.thing``) and the words before it name one and no people (« cette mise à jour, je la déteste,
        qu'elle crève »); and the hit holds no second-person word ("the bouncer will beat you up" threatens the
        reader). "Monday can go die", "my laptop can drop dead" (risk.threats' ``thing_subjects``)."""
        words = self.words.get(language)
        if words is None:
            return False
        tokens = word_tokens(text)
        (low, high), (start, end) = subject, hit
        if any(t.norm in words.second_person for t in tokens if start <= t.start < end):
            return False
        inside = [i for i, t in enumerate(tokens) if low <= t.start < high]
        person = self._person_test(text, tokens, words, language)
        people = self.people.get(language, words.persons)
        things = self.antecedents.things.get(language, frozenset())

        def named(i: int) -> bool:  # people: a person word or name, a capitalised word inside its sentence
            raw = text[tokens[i].start : tokens[i].end]
            capital = raw[:1].isupper() and not raw.isupper() and not _opens(text, tokens[i].start)
            return person(i) or (
                capital and tokens[i].norm not in words.not_names and not _a_place(text, tokens, i, words)
            )

        def of_thing(i: int) -> bool:  # a thing noun, or a day, a month, "it" (not_names)
            norm = tokens[i].norm
            # (F, session 51) and the things one addresses (``vocative_things``: the weather, ailments, pests):
            # « la pluie à Brest, je la hais, qu'elle crève »
            return norm in words.not_names or norm in things or _head(norm, words.vocative_heads)

        thing = False
        for i in inside:
            if tokens[i].norm in words.pronouns:
                # a pronoun stands for a thing (``Antecedents.thing``) and the words before it name one and no people
                if not self.antecedents.thing(text, tokens, i, language, people) or any(map(named, range(i))):
                    return False
                thing = thing or any(map(of_thing, range(i)))
            elif named(i):
                return False
            elif of_thing(i):
                thing = True
        return thing

    def insult_of_thing(self, text: str, language: str, start: int, end: int) -> bool:
        """(H, session 23) Whether the insult at ``text[start:end]`` is said of a thing, not a person: the epithet of
        a thing (``epithet_of_thing``: « ce connard de GPS », "that bastard of a printer") or a verb of insult with a
        thing for its object (``object_of_thing``: « nique ce lundi »). An insult noun right before another noun is
        not read: "this asshole printer" and "some asshole dented my car" are one grammar without parts of speech."""
        words = self.words.get(language.split("-")[0])
        if words is None:
            return False
        tokens = word_tokens(text)
        inside_hit = [i for i, t in enumerate(tokens) if start <= t.start < end]
        if not inside_hit:
            return False
        first, last = inside_hit[0], inside_hit[-1]
        named = self._person_test(text, tokens, words, language.split("-")[0])

        def person(index: int) -> bool:
            """A person word or name, an agent noun (« chauffeur », not « ordinateur »), or any capitalised word but
            an acronym (« connard de Windows »: a brand or a place may stand for its people; « ce connard de GPS »)."""
            raw = text[tokens[index].start : tokens[index].end]
            return (raw[:1].isupper() and not raw.isupper()) or named(index)

        return (
            epithet_of_thing(text, tokens, first, last, words, person)
            or object_of_thing(text, tokens, first, last, words, person)
            # (H, session 30) the insult as the predicate of a thing one makes, sells or uses: "the traffic was a
            # bitch this morning", "this router is a bastard" (a noun of thing_heads; "my landlady is a bitch" is
            # not read: no such noun)
            or (first == last and predicate_of_thing(text, tokens, first, words, person, words.thing_heads))
        )

"""A whole group judged by the shape of the sentence, not by a vice named (session 19, B): a habit questioned and a good
denied. Read by ``risk.hate`` (kind ``proximity``) on the folded draft, its words in the hate words file
(rules/risk/terms/<lang>/hate-words.yml, classes ``habit_*`` and ``denied_*``; a phrase is written with ``_`` between
its words, so no class of the pairing grammar ever takes it for a gap word).

- A **habit questioned**: a question opening with an ``habit_askers`` phrase ("why", "how come", "is it just me or",
  "am I the only one who", « pourquoi », « comment ça se fait que », « c'est moi ou »), after at most a few
  ``habit_hedges`` words or a hedge closed by a comma or a colon ("just asking, but why …", « sérieux pourquoi … »),
  a group after it with only ``habit_links`` words between (auxiliaries, determiners, « faut-il que », « est-ce
  que »: the group is the subject, not "why do people blame X"), and a ``habit_marks`` word or phrase in the sentence
  ("always", "everywhere", "every time", « toujours », « partout », « tout le temps »): the question takes the habit
  of every member for granted and asks only for its cause ("Why do X always need special treatment?", « Pourquoi les
  X traînent toujours en bande ? »). A question mark is not needed. Not when the group undergoes something
  (a ``habit_undergone`` word after it: "Why are women always *paid* less?", « … toujours *discriminés* ? »), when the
  writer is one of them (a ``habit_selves`` word right before: "why do *we* women always …"), when a praise of the
  lists stands in the sentence ("Why are X always so *kind*?") or when the draft asks from curiosity
  (``habit_curious``: "genuinely curious", « par curiosité »).
- A **good denied**: a group right after a ``denied_quantifiers`` phrase ("no", "not one", "not a single", « aucun »,
  « pas un seul ») with a ``denied_goods`` deed or phrase after it in its clause ("… has ever *said thank you*",
  « … a jamais *dit merci* », « … n'a jamais *travaillé* »), or a ``denied_moods`` word with an ``denied_evers`` word
  ("… n'a *jamais* été *heureuse*"); not when a ``denied_passives`` word stands right before the deed (what is done to
  them: "not one refugee was *paid*") or a ``denied_modals`` word between (a right: "no woman *should* have to …").
  Or a group as subject with a ``denied_lacks`` phrase right after it ("have no", "lack", « n'ont aucune », « n'ont
  pas de ») and a ``denied_virtues`` noun after at most two ``denied_lack_links`` words ("X have no *manners*",
  "X lack any *sense of honour*", « les X n'ont aucune *créativité* »): a virtue of the mind or of manners refused to
  every member. (session 41, N) A ``denied_meanings`` phrase right after the group ("don't know the meaning of", « ne
  connaissent pas le sens du mot ») denies whatever word follows its link words: "X don't know the meaning of
  *generosity*", "… of the word '*legal*'" (the idiom's word is the good, listed or not).

- A **good member challenged to exist**: a ``met_evers`` word (a ``met_evers_asked`` one in a question only: « déjà »),
  a ``met_encounters`` verb and a ``met_members`` word right before the group, a ``met_whos`` word after it, then a good
  or a praise ("Has anyone ever met a X who *works*?", « Quelqu'un a déjà vu un X qui *bosse* ? ») or a
  ``met_negations`` word that says the rest of every member ("I've never met a X who *wasn't* …"; not before a praise,
  "… who wasn't kind", nor a good done to the writer, ``met_selves``); or a praise right before or right after the
  group, no "who" needed ("Has anyone ever met an *honest* X?", « Vous avez déjà vu un X *honnête* ? »).

(N, session 45) An existence denied is a quantifier too ("there's no such thing as a", "there isn't a", « il n'y a
pas un »), and so is "of" before a pronoun ("not one of them", « aucun d'entre eux »); after the group, "who" with a
negation says the rest of every member ("no such thing as a X *who doesn't* …"; not before a praise). The groups
read include the pronouns and phrases that stand for a group named before (``ProximityRule._standing_pronouns``:
"X moved in. *They* have no respect", « … *Eux* n'ont aucune dignité »).
A **people denied**: a negated copula right after the group with a word of realness, or a copula of never, then a
group word or a ``denied_belonging_peoples`` word ("X aren't real Y", "X will never be British", « les X ne seront
jamais suisses »): membership of a nation or a faith refused to every member.

A good denied is taken back by a negation or someone else's words in the five words before it ("It's *not* true that X
have no morals", « *arrêtez* de dire que … »). Each hit is a warning (review material, message ``denied``; a habit
questioned: ``stereotype``), its span from the opener, the quantifier or the group to the mark, the good or the virtue.

Session 19: the habit reading is read only where the words file names ``habit_askers`` or ``habit_admitters``; the
shipped files named none (on the study set's held-back half it moved nothing). Session 30 (I) ships ``habit_*`` in both
languages: hateful work-set questions of rounds 5, 22, 23 and 31 flagged, no benign case of any round.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from app.kinds.frames import Phrase, by_first

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)*")
_SENTENCE = re.compile(r"[^.!?;…\n]+[.!?;…\n]*")
_HEDGE_MARK = re.compile(r"[,:]")
_ELISION = re.compile(r"^(qu|jusqu|lorsqu|puisqu|[cdjlmnsty])'(.+)$")
_ELIDED_HEAD = re.compile(r"^(qu|jusqu|lorsqu|puisqu|[cdjlmnsty])$")
_ASKER_AT = 4  # the most hedge words before a question's opener ("just asking, but *why* …", « sérieux *pourquoi* »)
_GROUP_REACH = 5  # the most link words between the opener and the group ("why *do so many of the* X …")
_DEED_REACH = 8  # the most words from a denied group to its good ("not one X *on this estate has ever* done …")
_BLOCK_REACH = 5  # words before a reading where a negation or a report takes it back ("it's *not* true that X …")
_LACK_LINKS = 3  # the most words between "have no" and the virtue ("have no *sense of* honour", « aucun *sens du* »)


class Phrases(tuple[Phrase, ...]):
    """A class's phrases, longest first, and ``by_first``: each first word's phrases in that order, built once with the
    class, so ``_at`` tries at a token only the phrases that open with its word (U, session 32)."""

    by_first: Mapping[str, tuple[Phrase, ...]]

    def __new__(cls, phrases: Iterable[Phrase]) -> Phrases:
        self = super().__new__(cls, phrases)
        self.by_first = by_first(self)
        return self


class _Token(NamedTuple):
    """A word token (U, session 37: a named tuple, made as the tuple it is, where a frozen dataclass's ``__init__``
    set each field in turn; only its fields are read)."""

    word: str
    start: int
    end: int


_new_tuple = tuple.__new__


def _words(text: str, offset: int = 0) -> list[_Token]:
    """The word tokens of ``text``, an elided article or pronoun a word of its own without its apostrophe (« n'ont »
    → « n », « ont »; « d'honneur » → « d », « honneur »), so phrases and drafts split alike."""
    out = []
    new = _new_tuple
    for match in _TOKEN.finditer(text):
        word, start = match.group(0), offset + match.start()
        elided = _ELISION.match(word)
        if elided:
            head = elided.group(1)
            out.append(new(_Token, (head, start, start + len(head))))
            word, start = elided.group(2), start + len(head) + 1
        out.append(new(_Token, (word, start, start + len(word))))
    return out


def _phrases(words: Iterable[str]) -> Phrases:
    """A class's entries as phrases of tokens (``_`` between the words of one entry), longest first."""
    found = {tuple(t.word for part in word.split("_") for t in _words(part)) for word in words}
    return Phrases(sorted((p for p in found if p), key=len, reverse=True))


@dataclass(frozen=True)
class Words:
    """The classes of one language that the two readings use (``from_classes``)."""

    askers: Phrases
    admitters: Phrases
    hedges: frozenset[str]
    wonders: frozenset[str]
    links: frozenset[str]
    marks: Phrases
    undergone: frozenset[str]
    selves: frozenset[str]
    denied_selves: frozenset[str]
    curious: Phrases
    quantifiers: Phrases
    goods: Phrases
    moods: frozenset[str]
    evers: frozenset[str]
    passives: frozenset[str]
    modals: frozenset[str]
    lacks: Phrases
    lack_links: frozenset[str]
    virtues: Phrases
    meanings: Phrases
    evers_met: frozenset[str]
    evers_asked: frozenset[str]
    met_selves: frozenset[str]
    encounters: frozenset[str]
    members: frozenset[str]
    whos: frozenset[str]
    negations: frozenset[str]
    blockers: frozenset[str]
    belonging_denials: Phrases
    belonging_nevers: Phrases
    belonging_reals: frozenset[str]
    belonging_links: frozenset[str]
    belonging_peoples: frozenset[str]

    @classmethod
    def from_classes(cls, classes: Mapping[str, frozenset[str]]) -> Words | None:
        """The words from a pack's folded classes; None when the file names neither ``habit_askers`` nor
        ``denied_quantifiers`` (a reading whose classes are missing reads nothing)."""
        if not classes.get("habit_askers") and not classes.get("denied_quantifiers"):
            return None

        def one(name: str) -> frozenset[str]:
            return frozenset(t.word for word in classes.get(name, frozenset()) for t in _words(word))

        def many(name: str) -> Phrases:
            return _phrases(classes.get(name, frozenset()))

        return cls(
            askers=many("habit_askers"),
            admitters=_phrases(
                classes.get("habit_admitters", frozenset()) | classes.get("habit_noticers", frozenset())
            ),
            hedges=one("habit_hedges"),
            wonders=one("habit_wonders"),
            links=one("habit_links"),
            marks=many("habit_marks"),
            undergone=one("habit_undergone"),
            selves=one("habit_selves"),
            denied_selves=one("denied_selves"),
            curious=many("habit_curious"),
            quantifiers=many("denied_quantifiers"),
            goods=many("denied_goods"),
            moods=one("denied_moods"),
            evers=one("denied_evers"),
            passives=one("denied_passives"),
            modals=one("denied_modals"),
            lacks=many("denied_lacks"),
            lack_links=one("denied_lack_links"),
            virtues=many("denied_virtues"),
            meanings=many("denied_meanings"),
            evers_met=one("met_evers"),
            evers_asked=one("met_evers_asked"),
            met_selves=one("met_selves"),
            encounters=one("met_encounters"),
            members=one("met_members"),
            whos=one("met_whos"),
            negations=one("met_negations"),
            blockers=frozenset(
                w for w in one("negations") | one("reported") | one("said") if not _ELIDED_HEAD.match(w)
            ),  # « t'as », « n'ont »: an elided head alone is no negation nor a report
            belonging_denials=many("denied_belongings"),
            belonging_nevers=many("denied_belongings_never"),
            belonging_reals=one("denied_belonging_reals"),
            belonging_links=one("denied_belonging_links"),
            belonging_peoples=one("denied_belonging_peoples"),
        )


def _at(tokens: Sequence[_Token], index: int, phrases: Phrases) -> int:
    """The length of the first phrase that starts at ``index`` (0 when none does). Only the phrases whose first word
    is the token's are tried, in their order (``Phrases.by_first``): the same first phrase, without a loop over the
    whole class at every token of every sentence (U, session 32)."""
    if index >= len(tokens):
        return 0
    for phrase in phrases.by_first.get(tokens[index].word, ()):
        size = len(phrase)
        if index + size <= len(tokens) and all(tokens[index + k].word == phrase[k] for k in range(1, size)):
            return size
    return 0


def _find(tokens: Sequence[_Token], start: int, stop: int, phrases: Phrases) -> tuple[int, int] | None:
    """The first phrase in ``tokens[start:stop]``: (index, length)."""
    for index in range(max(start, 0), min(stop, len(tokens))):
        size = _at(tokens, index, phrases)
        if size:
            return index, size
    return None


_SENTENCES: dict[str, tuple[tuple[int, int, list[_Token]], ...]] = {}
"""The last few texts' sentences (``_sentences``)."""


def _sentences(text: str) -> tuple[tuple[int, int, list[_Token]], ...]:
    """Each sentence's bounds (its closing marks included) and its word tokens (read, never changed, by the callers).

    (U, session 37) Kept for the last few texts: ``habit_questions`` reads the text's sentences twice (curiosity, then
    the questions) and ``denied_goods`` once more, on the same folded text of one draft."""
    found = _SENTENCES.get(text)
    if found is not None:
        return found
    out = []
    for match in _SENTENCE.finditer(text):
        tokens = _words(match.group(0), match.start())
        if tokens:
            out.append((match.start(), match.end(), tokens))
    found = tuple(out)
    if len(_SENTENCES) >= 8:
        _SENTENCES.clear()
    _SENTENCES[text] = found
    return found


def _group_at(
    tokens: Sequence[_Token], groups: Sequence[tuple[int, int]], index: int
) -> tuple[int, tuple[int, int]] | None:
    """The group whose span starts at token ``index``: (last token index, group span)."""
    token = tokens[index]
    for start, end in groups:
        if start == token.start:
            last = max(i for i, t in enumerate(tokens) if t.start < end)
            return last, (start, end)
    return None


def habit_questions(
    text: str,
    groups: Sequence[tuple[int, int]],
    words: Words,
    praised: Sequence[tuple[int, int]] = (),
    whole: str | None = None,
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Questions taking a habit of the whole group for granted: ((start, end) of the finding, group span), folded
    coordinates. ``praised``: spans of praise the lists find (a praise in the sentence makes it no derogation);
    ``whole``: the draft before a view blanked its hedges, where curiosity is read (session 30, I: "Genuinely curious,
    why …" — the hate rule's view blanks the hedge that says it)."""
    if not groups or not (words.askers or words.admitters):
        return []
    if any(_find(tokens, 0, len(tokens), words.curious) for _s, _e, tokens in _sentences(whole or text)):
        return []
    found = []
    for start, end, tokens in _sentences(text):
        asked = text[start:end].rstrip().endswith("?")
        opener = _opener(text, tokens, words, words.askers, asked)
        admitted = opener is None
        if admitted:
            opener = _opener(text, tokens, words, words.admitters, asked)
        if opener is None:
            continue
        first, after = opener
        group = None
        for index in range(after, min(after + _GROUP_REACH + 1, len(tokens))):
            group = _group_at(tokens, groups, index)
            if group is not None:
                if index and tokens[index - 1].word in words.selves:
                    group = None
                break
            if tokens[index].word not in words.links:
                break
        if group is None:
            continue
        last, span = group
        mark = _find(tokens, after, len(tokens), words.marks)
        if mark is None and not admitted:
            continue
        if any(t.word in words.undergone for t in tokens[last + 1 :]):
            continue  # "Why are women always *paid* less?": what is done to them
        if any(span[1] <= p_start and p_end <= end for p_start, p_end in praised):
            continue  # "Why are X always so *kind*?" (a praise after the group, in its sentence)
        close = max(tokens[mark[0] + mark[1] - 1].end, span[1]) if mark is not None else span[1]
        found.append(((tokens[first].start, close), span))
    return found


def _opener(
    text: str, tokens: Sequence[_Token], words: Words, askers: Phrases, asked: bool = False
) -> tuple[int, int] | None:
    """The question's opener (one of ``askers``): (its first token index, the index after it), at the sentence's
    opening or after a hedge (hedge words only, or any words closed by a comma or a colon); further in, only in a
    sentence that ends with "?" (``asked``) or after a ``habit_wonders`` word ("can someone *explain* why X always …",
    « je me *demande* pourquoi … »)."""
    for index in range(len(tokens)):
        size = _at(tokens, index, askers)
        if not size:
            continue
        before = tokens[:index]
        if index <= _ASKER_AT and (not before or all(t.word in words.hedges for t in before)):
            return index, index + size
        if index <= _ASKER_AT and _HEDGE_MARK.search(text, before[-1].end, tokens[index].start):
            return index, index + size
        if asked or any(t.word in words.wonders for t in before[-3:]):
            return index, index + size
    return None


def denied_goods(
    text: str,
    groups: Sequence[tuple[int, int]],
    words: Words,
    praised: Sequence[tuple[int, int]] = (),
    peoples: Sequence[tuple[int, int]] = (),
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """A good denied to every member ("not one X has ever said thank you"), a virtue the group is said to lack ("X
    have no manners") or (N, session 45) a people the group is said not to belong to ("X aren't real Y", ``peoples``:
    the spans of every group word, adjectives alone too): ((start, end) of the finding, group span), folded
    coordinates."""
    found = []
    for start, end, tokens in _sentences(text):
        asked = text[start:end].rstrip().endswith("?")
        for index in range(len(tokens)):
            group = _group_at(tokens, groups, index)
            if group is None:
                continue
            last, span = group
            hit = (
                _none_good(tokens, index, last, words, praised)
                or _lacked(tokens, index, last, words)
                or _met_good(tokens, index, last, words, praised, asked)
                or _belonging_denied(tokens, index, last, words, peoples)
            )
            if hit is not None and not _blocked(tokens, hit[0], words):
                found.append((hit, span))
    return found


def _blocked(tokens: Sequence[_Token], start: int, words: Words) -> bool:
    """A negation or someone else's words (``negations``, ``reported``, ``said``) among the ``_BLOCK_REACH`` words
    before ``start`` in its sentence: the draft denies or reports it ("It's *not* true that X have no morals",
    « *arrêtez* de dire que … »)."""
    first = next(i for i, t in enumerate(tokens) if t.start >= start)
    return any(t.word in words.blockers for t in tokens[max(first - _BLOCK_REACH, 0) : first])


def _met_good(
    tokens: Sequence[_Token],
    index: int,
    last: int,
    words: Words,
    praised: Sequence[tuple[int, int]],
    asked: bool = False,
) -> tuple[int, int] | None:
    """(the challenge) A ``met_evers`` word, then a ``met_encounters`` verb and a ``met_members`` word right before the
    group, then a ``met_whos`` word: a good or a praise after it asks for a member nobody will find ("Has anyone ever
    met a X who *works*?", « Quelqu'un a déjà vu un X qui *bosse* ? »), a negation says it of every member ("I've never
    met a X who *wasn't* …"), unless a praise follows it ("… who wasn't kind") or the writer is the one it was done
    to (``met_selves``: « … qui *me* nourrissait pas jusqu'à l'indigestion »); or a praise right before the group or
    right after it, no "who" needed ("Has anyone ever met an *honest* X?", « Vous avez déjà vu un X *honnête* ? »). A
    ``met_evers_asked`` word counts in a question only (« J'ai *déjà* rencontré un X gentil. » tells, it does not ask).
    """
    praise_before = index >= 3 and _praised(tokens[index - 1], praised)  # "ever met an *honest* X?"
    member = index - 2 if praise_before else index - 1
    if member < 1 or tokens[member].word not in words.members or tokens[member - 1].word not in words.encounters:
        return None
    evers = words.evers_met | words.evers_asked if asked else words.evers_met  # « déjà » asks only in a question
    ever = next((i for i in range(max(member - 6, 0), member - 1) if tokens[i].word in evers), None)
    if ever is None:
        return None
    if praise_before:
        return tokens[ever].start, tokens[last].end
    if last + 1 >= len(tokens):
        return None
    if _praised(tokens[last + 1], praised):
        return tokens[ever].start, tokens[last + 1].end  # « déjà vu un X *honnête* ? »
    if tokens[last + 1].word not in words.whos:
        return None
    stop = min(last + 6, len(tokens))
    rest = tokens[last + 2 : stop]
    if not rest:
        return None
    praise = any(rest[0].start <= p_start and p_end <= rest[-1].end for p_start, p_end in praised)
    if any(t.word in words.negations for t in rest[:3]):
        if praise or any(t.word in words.met_selves for t in rest):
            return None  # "… who wasn't *kind*", « … qui *me* nourrissait pas … »: the writer's good welcome, of all
        return tokens[ever].start, rest[min(2, len(rest) - 1)].end
    for at in range(last + 2, stop):
        size = _at(tokens, at, words.goods)
        if size:
            return tokens[ever].start, tokens[at + size - 1].end
    return (tokens[ever].start, rest[-1].end) if praise else None


def _praised(token: _Token, praised: Sequence[tuple[int, int]]) -> bool:
    """A praise of the lists covers ``token``."""
    return any(p_start <= token.start and token.end <= p_end for p_start, p_end in praised)


def _none_good(
    tokens: Sequence[_Token], index: int, last: int, words: Words, praised: Sequence[tuple[int, int]] = ()
) -> tuple[int, int] | None:
    """A ``denied_quantifiers`` phrase right before the group, a good after it in its clause: a ``denied_goods`` deed,
    or an ``denied_evers`` word and a ``denied_moods`` word; or (N, session 45) a ``met_whos`` word right after the
    group and a ``met_negations`` word in the three words after it, the rest said of every member as the challenge
    says it
    ("There's no such thing as a X *who doesn't* cheat", « Pas un X *qui ne* … »), unless a praise or the writer follows
    ("no X who isn't *kind*", "… who didn't make *me* …"). A praise of the lists after the quantifier is not read as a
    good: "No, 'women belong in the kitchen' is not a *harmless* joke" (test_judgement, round 41 counter-speech)."""
    quantifier = None
    for size in range(1, 7):
        if index - size >= 0 and _at(tokens, index - size, words.quantifiers) == size:
            quantifier = index - size
    if quantifier is None:
        return None
    stop = min(last + 1 + _DEED_REACH, len(tokens))
    if last + 1 < len(tokens) and tokens[last + 1].word in words.whos:
        rest = tokens[last + 2 : min(last + 6, len(tokens))]
        if rest and any(t.word in words.negations for t in rest[:3]):
            praise = any(rest[0].start <= p_start and p_end <= rest[-1].end for p_start, p_end in praised)
            if praise or any(t.word in words.met_selves for t in rest):
                return None  # "no X who isn't *kind*", "… who didn't make *me* feel at home": a praise of them all
            return tokens[quantifier].start, rest[min(2, len(rest) - 1)].end
    ever = False
    for at in range(last + 1, stop):
        word = tokens[at].word
        if word in words.modals:
            return None  # "no woman *should* have to thank …": a right
        ever = ever or word in words.evers
        size = _at(tokens, at, words.goods)
        if size:
            if tokens[at - 1].word in words.passives and at - 1 > last:
                return None  # "not one refugee was *paid*": done to them
            return tokens[quantifier].start, tokens[at + size - 1].end
        if ever and word in words.moods:
            return tokens[quantifier].start, tokens[at].end
    return None


def _meaning_denied(tokens: Sequence[_Token], index: int, last: int, words: Words) -> tuple[int, int] | None:
    """(session 41, N) A ``denied_meanings`` phrase right after the group ("don't know the meaning of", « ne
    connaissent pas le sens du mot »), then the first word after at most ``_LACK_LINKS`` link words: not knowing what a
    word means says the group has never had what it names, whatever the word ("X don't know the meaning of
    *generosity*", "… of the word 'legal'", "… of a fair *price*"), where ``denied_lacks`` asks for a listed virtue."""
    size = _at(tokens, last + 1, words.meanings)
    if not size:
        return None
    at = last + 1 + size
    for skip in range(_LACK_LINKS + 1):
        if at + skip >= len(tokens):
            return None
        if tokens[at + skip].word not in words.lack_links:
            return tokens[index].start, tokens[at + skip].end
    return None


def _lacked(tokens: Sequence[_Token], index: int, last: int, words: Words) -> tuple[int, int] | None:
    """A ``denied_lacks`` phrase right after the group, then a virtue after at most ``_LACK_LINKS`` link words; or a
    ``denied_meanings`` phrase right after the group, then any word after at most ``_LACK_LINKS`` link words."""
    if index and tokens[index - 1].word in words.denied_selves:
        return None
    meaning = _meaning_denied(tokens, index, last, words)
    if meaning is not None:
        return meaning
    size = _at(tokens, last + 1, words.lacks)
    if not size:
        return None
    at = last + 1 + size
    for skip in range(_LACK_LINKS + 1):
        virtue = _at(tokens, at + skip, words.virtues)
        if virtue:
            return tokens[index].start, tokens[at + skip + virtue - 1].end
        if at + skip >= len(tokens) or tokens[at + skip].word not in words.lack_links:
            return None
    return None


def _belonging_denied(
    tokens: Sequence[_Token], index: int, last: int, words: Words, peoples: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """(N, session 45) A people or a faith denied to the group: a ``denied_belongings`` negated copula right after the
    group, then at most two ``denied_belonging_links`` words among which a ``denied_belonging_reals`` one ("X *aren't
    real* Y", "X *are not really* Y", « les X *ne sont pas de vrais* Y »), or a ``denied_belongings_never`` copula
    that needs none ("X *will never be* Y", « les X *ne seront jamais des* Y »), and a group word of ``peoples``
    right after: membership of a nation, a faith or a kind refused to every member, whatever the two groups. Not when
    the writer is one of them (``denied_selves``: "*we* X are not …"); a plain "X are not Y" ("trans women are not
    men") says nothing of worth and is not read. A nation's own people no group list names (the majority's: "British",
    « suisses ») is a ``denied_belonging_peoples`` word."""
    if not peoples or (index and tokens[index - 1].word in words.denied_selves):
        return None
    at = last + 1
    size = _at(tokens, at, words.belonging_denials)
    real = False
    if not size:
        size = _at(tokens, at, words.belonging_nevers)
        real = bool(size)
    if not size:
        return None
    at += size
    for _ in range(3):
        if at >= len(tokens):
            return None
        token = tokens[at]
        people = next((end for start, end in peoples if start == token.start), None)
        if people is None and token.word in words.belonging_peoples:
            people = token.end  # "X aren't really *British*": a nation no group list names, its people's word
        if real and people is not None:
            return tokens[index].start, people
        if token.word in words.belonging_reals:
            real = True
        elif token.word not in words.belonging_links:
            return None
        at += 1
    return None

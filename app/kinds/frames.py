"""A proposition framed as the writer's opinion or as a question read as said plainly (session 20, Q).

Read by ``risk.hate`` (kind ``proximity``) when it builds the draft's view: a frame that opens a sentence and embeds a
clause is blanked, so the clause opens its sentence and every reading of the grammar judges it as the same clause said
plainly (the predicate, trait, dehumanising and threat lists, negation, counter-speech, quotation: nothing is judged
differently because of the frame). Its words are classes of the hate words file
(rules/risk/terms/<lang>/hate-words.yml, ``frame_*``; a phrase is written with ``_`` between its words).

- The writer's **opinion**: ``frame_hedges`` words (adverbs, "and", « franchement », « perso »), a ``frame_subjects``
  word (the writer: "I", "we", « je »), ``frame_hedges`` words again, a ``frame_verbs`` phrase (a verb of opinion in
  the present or with "have always": "think", "believe", "reckon", "feel like", "am convinced", "have the impression",
  « pense », « trouve », « suis persuadé », « ai l'impression », « ai toujours pensé »), then a ``frame_links`` word
  ("that", « que »; required after a ``frame_linked`` verb: « je trouve *que* », "I find *that*"). A negation is no
  hedge: "I don't think X are …", « je ne pense pas que … » stay as they are, read by the grammar's negated opinion.
- A **question asking agreement**: a ``frame_questions`` phrase ("am I the only one who thinks", "is it just me or",
  "isn't it obvious that", "don't you think", « vous trouvez pas que », « c'est moi ou »), then a link word at most:
  the question asks the reader to share the writer's claim.
- A **sceptical question** is the opposite: a ``frame_doubters`` subject (the reader: "you", « tu », « vous »), a
  verb of opinion and a ``frame_doubts`` word ("really", "seriously", « vraiment ») in a sentence closed by "?" ("Do
  you really think X are criminals?", « Tu crois vraiment que les X … ? »): the claim is the reader's, doubted; the
  frame is read as the first ``frame_doubt_reads`` word ("claiming", « prétendre »), a report of someone else's words.

Only a frame that opens a sentence (the draft's, or one after ". ! ?"), past the edits already made there (the @replies,
the hedge of the draft's first sentence), and followed by a word of its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

# a word, an elided article or pronoun a token of its own (« j' », « qu' », « l' »), or a mark
_TOKEN = re.compile(r"(?<![^\W_])(?:qu|[cdjlmnst])'|[^\W_]+(?:'[^\W_]+)*|[.!?;,:\n]")
_SENTENCE_END = frozenset(".!?;\n")
_CLOSING = re.compile(r"[.!?;\n]")
_STARTS = re.compile(r"[.!?\n]+[\s\"'»)]*")
_REACH = 200  # characters of a sentence read for its frame
_HEDGES_AT = 4  # the most hedge words (or commas) before the subject, and again before the verb
_EXCUSE_WORDS = 5  # the most words between an excuse and its "but" ("call me *old-fashioned* but")

Phrase = tuple[str, ...]


def _phrases(words: frozenset[str]) -> tuple[Phrase, ...]:
    """Class entries as phrases (``_`` between their words), longest first."""
    found = {tuple(w for w in entry.split("_") if w) for entry in words}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


def by_first(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    """(S, session 21) ``phrases`` by their first word, each word's in their order (longest first): only a phrase
    opening with the word at an index can match there, so the first match is the same, without trying the others.
    Also ``app.kinds.generalised.Phrases``' index."""
    out: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        out.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in out.items()}


@dataclass(frozen=True)
class Frames:
    """The ``frame_*`` classes of one language."""

    hedges: frozenset[str]
    subjects: frozenset[str]
    verbs: tuple[Phrase, ...]
    linked: frozenset[Phrase]
    links: frozenset[str]
    questions: tuple[Phrase, ...]
    excuses: tuple[Phrase, ...]
    buts: frozenset[str]
    doubters: frozenset[str]
    doubts: frozenset[str]
    doubt_read: str
    negations: frozenset[str]
    # (S, session 21) ``verbs``, ``questions`` and ``excuses`` by their first word (``by_first``)
    verbs_at: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    questions_at: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    excuses_at: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)
    openers: frozenset[str] = frozenset()  # the first words a frame but a sceptical question opens with (``_may_open``)

    @classmethod
    def from_classes(cls, classes: Mapping[str, frozenset[str]]) -> Frames | None:
        verbs = _phrases(classes.get("frame_verbs", frozenset()))
        questions = _phrases(classes.get("frame_questions", frozenset()))
        if not verbs and not questions:
            return None
        reads = sorted(classes.get("frame_doubt_reads", frozenset()))
        excuses = _phrases(classes.get("frame_excuses", frozenset()))
        hedges = classes.get("frame_hedges", frozenset())
        subjects = classes.get("frame_subjects", frozenset())
        return cls(
            hedges=hedges,
            subjects=subjects,
            verbs=verbs,
            linked=frozenset(_phrases(classes.get("frame_linked", frozenset()))),
            links=classes.get("frame_links", frozenset()),
            questions=questions,
            excuses=excuses,
            buts=classes.get("frame_buts", frozenset()),
            doubters=classes.get("frame_doubters", frozenset()),
            doubts=classes.get("frame_doubts", frozenset()),
            doubt_read=reads[0] if reads else "",
            negations=classes.get("negations", frozenset()) | classes.get("negation_openers", frozenset()),
            verbs_at=by_first(verbs),
            questions_at=by_first(questions),
            excuses_at=by_first(excuses),
            openers=frozenset({p[0] for p in questions + excuses}) | hedges | subjects | {","},
        )


class _Tok(NamedTuple):  # (S, session 21) a tuple: made for every token of every sentence read
    word: str
    start: int
    end: int


def _tokens(text: str, start: int) -> list[_Tok]:
    """The tokens of the sentence opening at ``start`` (up to its end mark, which is kept)."""
    stop = min(len(text), start + _REACH)
    # (S, session 21) every character of _SENTENCE_END is a token of its own: the first one closes the sentence
    closing = _CLOSING.search(text, start, stop)
    return [_Tok(m.group(0), *m.span()) for m in _TOKEN.finditer(text, start, closing.end() if closing else stop)]


def _at(words: Sequence[_Tok], index: int, phrase: Phrase) -> bool:
    end = index + len(phrase)
    return len(words) >= end and tuple(t.word for t in words[index:end]) == phrase


def _opening(words: Sequence[_Tok], index: int, phrases: Mapping[str, tuple[Phrase, ...]]) -> tuple[Phrase, ...]:
    """(S, session 21) The phrases that may open at ``index``: those whose first word is the word there."""
    return phrases.get(words[index].word, ()) if index < len(words) else ()


def _skip(words: Sequence[_Tok], index: int, hedges: frozenset[str]) -> int:
    """``index`` past at most ``_HEDGES_AT`` hedge words and commas."""
    stop = index + _HEDGES_AT
    while index < min(len(words), stop) and (words[index].word in hedges or words[index].word == ","):
        index += 1
    return index


def _verb(words: Sequence[_Tok], index: int, frames: Frames) -> tuple[int, Phrase] | None:
    """Past the verb phrase of opinion at ``index`` and its link word (required after a ``frame_linked`` verb)."""
    for phrase in _opening(words, index, frames.verbs_at):
        if _at(words, index, phrase):
            after = _skip(words, index + len(phrase), frames.hedges - {","})  # « je pense *sincèrement* que »
            if after < len(words) and words[after].word in frames.links:
                return after + 1, phrase
            return None if phrase in frames.linked else (after, phrase)
    return None


def _closes_asked(words: Sequence[_Tok]) -> bool:
    return bool(words) and words[-1].word == "?"


def frame_at(text: str, frames: Frames, start: int) -> tuple[int, int, str] | None:
    """The frame opening the sentence at ``start``: (its start, its end, what it is read as: " " or the report word),
    or None. What follows it must be a word of its sentence."""
    if not _may_open(text, frames, start):
        return None
    words = _tokens(text, start)
    end: int | None = None
    read = " "
    index = 0
    while end is None:  # a question's phrase may open with a hedge word ("*am* I the only one …")
        end = _question(words, index, frames)
        if end is not None or index >= min(len(words), _HEDGES_AT) or words[index].word not in frames.hedges | {","}:
            break
        index += 1
    if end is None and index < len(words) and words[index].word in frames.subjects:
        found = _verb(words, _skip(words, index + 1, frames.hedges), frames)
        end = found[0] if found else None
    if end is None:
        doubted = _doubted(words, index, frames)
        if doubted is None:
            return None
        end, read = doubted, f" {frames.doubt_read} "
    if end >= len(words) or words[end].word in _SENTENCE_END:
        return None
    if words[end].word == ",":
        return None  # "I think, therefore …": the frame's verb is not followed by its clause
    return words[0].start, words[end - 1].end, read


def _may_open(text: str, frames: Frames, start: int) -> bool:
    """(S, session 21) Whether a frame can open the sentence at ``start`` (most sentences: no), read from its first
    token and its closing mark alone. ``frame_at`` moves past its first word only when it is a hedge word or a comma,
    and then reads a question's or an excuse's phrase opening with it, or the writer as subject: the first word is
    one of ``Frames.openers``; else only a sceptical question (``_doubted``) is left, which needs "?" to close the
    sentence (its first closing mark: every mark of ``_SENTENCE_END`` is a token of its own)."""
    stop = min(len(text), start + _REACH)
    first = _TOKEN.search(text, start, stop)
    if first is None:
        return False
    if first.group(0) in frames.openers:
        return True
    closing = _CLOSING.search(text, start, stop)
    return closing is not None and closing.group(0) == "?"


def _question(words: Sequence[_Tok], index: int, frames: Frames) -> int | None:
    """Past the ``frame_questions`` phrase at ``index`` and its link word, or past a ``frame_excuses`` phrase, at
    most ``_EXCUSE_WORDS`` words and a ``frame_buts`` word ("call me old-fashioned but", "not being funny but", «
    traitez-moi de raciste si vous voulez mais »), or None."""
    for phrase in _opening(words, index, frames.questions_at):
        if _at(words, index, phrase):
            end = index + len(phrase)
            return end + 1 if end < len(words) and words[end].word in frames.links else end
    for phrase in _opening(words, index, frames.excuses_at):
        if _at(words, index, phrase):
            after = index + len(phrase)
            for end in range(after, min(len(words), after + _EXCUSE_WORDS + 1)):
                if words[end].word in _SENTENCE_END:
                    return None
                if words[end].word in frames.buts:
                    return end + 1
            return None
    return None


def _doubted(words: Sequence[_Tok], index: int, frames: Frames) -> int | None:
    """A sceptical question's frame (``frame_doubters`` subject, a verb of opinion, a ``frame_doubts`` word before or
    after it; "do"/« est-ce que » before the subject among the hedges): where it ends."""
    if not frames.doubt_read or not _closes_asked(words):
        return None
    opening: set[str] = set()
    while index < len(words) and words[index].word not in frames.doubters and len(opening) < _HEDGES_AT:
        opening.add(words[index].word)
        index += 1
    if index >= len(words) or words[index].word not in frames.doubters:
        return None
    seen = set(opening)
    rest = index + 1
    while rest < len(words) and (words[rest].word in frames.hedges or words[rest].word in frames.doubts):
        seen.add(words[rest].word)
        rest += 1
    for phrase in _opening(words, rest, frames.verbs_at):
        if _at(words, rest, phrase):
            after = rest + len(phrase)
            while after < len(words) and words[after].word in frames.doubts:
                seen.add(words[after].word)
                after += 1
            if not seen & frames.doubts or seen & frames.negations:
                return None  # "Don't you think …?" asks agreement; "do you think …?" asks, it does not doubt
            if after < len(words) and words[after].word in frames.links:
                after += 1
            return after
    return None


def sentence_starts(text: str, first: int) -> list[int]:
    """Where the sentences of ``text`` open, from ``first`` (after the draft's @replies) on."""
    starts = [first]
    starts += [m.end() for m in _STARTS.finditer(text, first) if m.end() < len(text)]
    return starts


def frame_edits(
    text: str, frames: Frames | None, first: int, taken: Sequence[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """The frames opening the sentences of ``text`` as edits of the view (start, end, what they read as), each past
    the ``taken`` spans that cover its sentence's opening and overlapping none of them."""
    if frames is None:
        return []
    out: list[tuple[int, int, str]] = []
    for start in sentence_starts(text, first):
        for a, b in taken:
            if a <= start < b or (a <= start + len(text[start:]) - len(text[start:].lstrip()) < b):
                start = b
        start += len(text[start:]) - len(text[start:].lstrip(" "))
        found = frame_at(text, frames, start)
        if found is None or any(a < found[1] and found[0] < b for a, b in taken):
            continue
        out.append(found)
    return out

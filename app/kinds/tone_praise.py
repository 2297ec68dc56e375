"""Praise slang in context for the tone turn: the frames in which words that read as negative one by one ("stupid",
"insane", "beast", "dead", « malade », « violent », 🔥) praise, read from ``rules/tone/terms/praise.yml``.

The sentiment model and the lexicon were fitted on tweets and word lists where such words are mostly negative, so
"This app is stupid fast", "The keynote was fire", "a beast with spreadsheets", "Mad props to the crew, they were
killers", "I'm dead 😭 this is hilarious" or « le set était violent 🔥 » read as strongly negative. A reader sees the
frame, not the word. ``PraiseFrames.spans`` finds seven frames over the model's tokens (the file's header says which
and why each is narrow): an intensifier before a positive or quality word, a slang predicate said of a thing that
ends its clause, a skill word before what someone is good at, slang in a draft that gives praise in so many words,
dying or crying beside a laughter word, a slang word right before a praise emoji, and (T, session 32) a verb of
killing or dying that wants what follows ("I'd die for that broth"). The tone turn leaves the
words it finds out of the lexicon score, reads them as words the sentiment model never saw (the masking identity
terms use), and never points at them.

Hand-written: a few word lists and four loops over a draft's tokens; no library reads slang praise, and a learned
model would need labelled slang the training tweets do not hold.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from app.kinds.options import read_yaml, validated
from app.text.models import Spans, Token, fold_token

FRAMES = ("intensifier", "predicate", "skill", "cue", "laughter", "emoji", "desire")
"""The frames ``PraiseFrames.spans`` reads, by name."""

_CLAUSE_MARKS = frozenset(',.;:!?…—–()[]"«»\n')


class PraiseFile(BaseModel):
    """The praise file's lists, each language -> words (folded when read)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    intensifiers: dict[str, list[str]] = {}
    qualities: dict[str, list[str]] = {}
    copulas: dict[str, list[str]] = {}
    fillers: dict[str, list[str]] = {}
    predicates: dict[str, list[str]] = {}
    thing_subjects: dict[str, list[str]] = {}
    persons: dict[str, list[str]] = {}
    clause_ends: dict[str, list[str]] = {}
    skill_words: dict[str, list[str]] = {}
    skill_prepositions: dict[str, list[str]] = {}
    skill_determiners: dict[str, list[str]] = {}
    not_skills: dict[str, list[str]] = {}
    cues: dict[str, list[str]] = {}
    cue_negations: dict[str, list[str]] = {}
    laughter: dict[str, list[str]] = {}
    laughter_words: dict[str, list[str]] = {}
    emoji_slang: dict[str, list[str]] = {}
    praise_emojis: dict[str, list[str]] = {}
    desire_verbs: dict[str, list[str]] = {}
    desire_markers: dict[str, list[str]] = {}
    desire_copular: dict[str, list[str]] = {}
    desire_prepositions: dict[str, list[str]] = {}
    possessor_marks: dict[str, list[str]] = {}
    possessor_links: dict[str, list[str]] = {}
    exclamations: dict[str, list[str]] = {}


def _fold(word: str) -> str:
    return " ".join(fold_token(part) for part in word.split())


_ANCHORS = {
    "intensifier": ("intensifiers",),
    "predicate": ("predicates",),
    "skill": ("skill_words",),
    "cue": ("cues",),
    "laughter": ("laughter",),
    "emoji": ("emoji_slang",),
    "desire": ("desire_verbs",),
}
"""The lists one word of which each frame needs among a draft's words: with none of them, the frame finds nothing."""

_NOT_SLANG = ("desire",)
"""(T, session 32) Frames whose anchor is no slang on its own: "die" is slang praise only in "I'd die for …", so a
draft that merely holds it keeps the English veto margin ("Going to die." is negative)."""


@dataclass(frozen=True, slots=True)
class PraiseFrames:
    """The praise file's lists, per list name and language, as folded words (a multi-word entry joined by spaces).

    ``anchors``: per frame and language, the words one of which the frame needs among the draft's words (the first
    word of a two-word cue: "mad respect"); a draft with none of any frame's anchors is not read frame by frame
    (most drafts)."""

    lists: Mapping[str, Mapping[str, frozenset[str]]]
    anchors: Mapping[str, Mapping[str, frozenset[str]]] = field(default_factory=dict)
    any_anchor: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """Per language, every frame's anchors: a draft with none of them holds no praise frame at all."""
    slang_anchor: Mapping[str, frozenset[str]] = field(default_factory=dict)
    """(T, session 32) Per language, the anchors of the frames whose anchor word can be slang praise on its own
    (every frame but those of ``_NOT_SLANG``): what the tone turn's ``slang`` reads."""

    def __post_init__(self) -> None:
        languages = {lang for table in self.lists.values() for lang in table}
        if not self.anchors:
            anchors = {
                frame: {
                    lang: frozenset(
                        word.split(" ", 1)[0]
                        for name in names
                        for word in self.lists.get(name, {}).get(lang, frozenset())
                        if word
                    )
                    for lang in languages
                }
                for frame, names in _ANCHORS.items()
            }
            object.__setattr__(self, "anchors", anchors)
        if not self.any_anchor:
            languages |= {lang for table in self.anchors.values() for lang in table}
            union = {
                lang: frozenset().union(*(table.get(lang, frozenset()) for table in self.anchors.values()))
                for lang in languages
            }
            object.__setattr__(self, "any_anchor", union)
        if not self.slang_anchor:
            slang = {
                lang: frozenset().union(
                    *(table.get(lang, frozenset()) for frame, table in self.anchors.items() if frame not in _NOT_SLANG)
                )
                for lang in languages
            }
            object.__setattr__(self, "slang_anchor", slang)

    @classmethod
    def read(cls, path: Path) -> PraiseFrames:
        """The lists of the praise file at ``path``; ``ValueError`` names the file and the key that is wrong."""
        if not path.is_file():
            raise ValueError(f"praise frames: file not found: {path}")
        loaded = read_yaml(path, "praise frames:")
        parsed = validated(PraiseFile, loaded if loaded is not None else {}, path, "praise frames:")
        lists = {
            name: {lang: frozenset(_fold(w) for w in words) for lang, words in table.items()}
            for name, table in parsed.model_dump().items()
        }
        return cls(lists)

    def words(self, name: str, language: str) -> frozenset[str]:
        """The folded words of list ``name`` for ``language`` (empty when the file has none)."""
        return self.lists.get(name, {}).get(language, frozenset())

    def spans(
        self,
        text: str,
        language: str,
        tokens: Sequence[Token],
        *,
        idioms: frozenset[str] = frozenset(),
        positive: frozenset[int] = frozenset(),
        negative: frozenset[int] = frozenset(),
        only: Collection[str] | None = None,
    ) -> Spans:
        """The spans of the tokens of ``text`` (``app.text.models.tokenize``) that praise in one of the frames.

        ``idioms``: risk.offensive's idioms words (folded), slang of the cue frame too; ``positive``:
        start offsets of the words the lexicon reads as positive (what an intensifier may boost); ``negative``: of
        the words it reads as negative (one that is no slang makes a praise cue sarcasm); ``only``: these frames of
        ``FRAMES`` (default all)."""
        words = [t for t in tokens if t.word]
        norms = [t.norm for t in words]
        wanted = [
            frame
            for frame in (FRAMES if only is None else only)
            if not self.anchors.get(frame, {}).get(language, frozenset()).isdisjoint(norms)
        ]
        if not wanted:  # no frame's anchor word in the draft: no frame can find praise
            return ()
        found: set[int] = set()
        if "intensifier" in wanted:
            found |= self._intensified(text, words, norms, language, positive)
        if "predicate" in wanted:
            found |= self._predicates(text, words, norms, language)
        if "skill" in wanted:
            found |= self._skills(text, words, norms, language)
        if "cue" in wanted:
            found |= self._cued(words, norms, language, idioms, negative)
        if "laughter" in wanted:
            found |= self._laughing(norms, language)
        if "emoji" in wanted:
            found |= self._emoji_praised(text, words, norms, language)
        if "desire" in wanted:
            found |= self._desired(text, words, norms, language)
        return tuple((words[k].start, words[k].end) for k in sorted(found))

    @staticmethod
    def _ends(text: str, words: Sequence[Token], k: int, ends: frozenset[str]) -> bool:
        """Whether the clause of ``words[k]`` ends right after it: the draft's end, a punctuation mark, an emoji or a
        word of ``ends`` ("and", "tbh", « mdr »)."""
        if k + 1 >= len(words):
            return True
        nxt = words[k + 1]
        if not _CLAUSE_MARKS.isdisjoint(text[words[k].end : nxt.start]):
            return True
        return nxt.norm in ends or not any(c.isalnum() for c in nxt.norm)

    @classmethod
    def _before_fillers(
        cls, text: str, words: Sequence[Token], norms: Sequence[str], k: int, fillers: frozenset[str]
    ) -> int:
        """The index of the first word before ``words[k]`` that is no filler of ``fillers`` joined to the next word
        ("was *really* fire", "I'd *literally* die for"); -1 when fillers reach the start."""
        j = k - 1
        while j >= 0 and norms[j] in fillers and cls._joined(text, words, j):
            j -= 1
        return j

    @staticmethod
    def _joined(text: str, words: Sequence[Token], k: int) -> bool:
        """Whether ``words[k]`` and the next word stand in one phrase (no punctuation mark between them)."""
        return k + 1 < len(words) and _CLAUSE_MARKS.isdisjoint(text[words[k].end : words[k + 1].start])

    def _intensified(
        self, text: str, words: Sequence[Token], norms: Sequence[str], language: str, positive: frozenset[int]
    ) -> set[int]:
        """An intensifier right before a positive or quality word: "stupid fast", "insanely good"."""
        intensifiers = self.words("intensifiers", language)
        qualities = self.words("qualities", language)
        return {
            k
            for k, norm in enumerate(norms)
            if norm in intensifiers
            and self._joined(text, words, k)
            and (words[k + 1].start in positive or norms[k + 1] in qualities)
        }

    def _predicates(self, text: str, words: Sequence[Token], norms: Sequence[str], language: str) -> set[int]:
        """A slang predicate said of a thing, ending its clause: "The keynote was fire", « ça tabasse »."""
        predicates = self.words("predicates", language)
        copulas = self.words("copulas", language)
        fillers = self.words("fillers", language)
        things = self.words("thing_subjects", language)
        ends = self.words("clause_ends", language)
        out: set[int] = set()
        for k, norm in enumerate(norms):
            if norm not in predicates or not self._ends(text, words, k, ends):
                continue
            j = self._before_fillers(text, words, norms, k, fillers)
            if j < 0 or not self._joined(text, words, j):
                continue
            if norms[j] in copulas:
                if self._thing_subject(text, words, norms, j, language):
                    out.add(k)
            elif norms[j] in things and j == k - 1:
                out.add(k)
        return out

    def _thing_subject(
        self, text: str, words: Sequence[Token], norms: Sequence[str], copula: int, language: str
    ) -> bool:
        """Whether the subject of the copula at ``copula`` is a thing: a word of ``thing_subjects`` ("it's fire", «
        c'est violent ») or a noun phrase opened by a determiner ("The keynote", "this new feature", "her speech"), in
        the copula's clause and with no person word ("the guy is sick"; a bare name, "ashton being sick", is no
        thing)."""
        if copula == 0:
            return False
        if norms[copula - 1] in self.words("thing_subjects", language):
            return True
        persons = self.words("persons", language)
        determiners = self.words("skill_determiners", language)
        marks = self.words("possessor_marks", language)
        i = copula - 1
        while i >= max(0, copula - 7):
            if norms[i] in determiners:  # before persons: "her speech"
                return True
            if not self._joined(text, words, i):
                return False
            # (K, session 45) whoever owns the thing is no subject: "my mum's curry is dangerous", "Dave's chili is
            # fire" ('s of possessor_marks, then the thing), « le gâteau de ta mère est une tuerie »: read on past the
            # owner
            if i + 2 < copula and norms[i + 1] in marks:
                return True
            if norms[i] in persons:
                before = self._before_owner(text, words, norms, i, language)
                if before is None:  # the person owns nothing here: the subject is a person
                    return False
                i = before
                continue
            i -= 1
        return False

    def _before_owner(
        self, text: str, words: Sequence[Token], norms: Sequence[str], person: int, language: str
    ) -> int | None:
        """The index of the word before the owner phrase that ends at the person ``words[person]`` (a link of
        ``possessor_links``, then determiners: « de *ta* mère »), or None when no link opens one (the person owns
        nothing)."""
        determiners = self.words("skill_determiners", language)
        m = person - 1
        while m >= 0 and norms[m] in determiners and self._joined(text, words, m):
            m -= 1
        if m > 0 and norms[m] in self.words("possessor_links", language) and self._joined(text, words, m):
            return m - 1
        return None

    def _skills(self, text: str, words: Sequence[Token], norms: Sequence[str], language: str) -> set[int]:
        """A skill word before what someone is good at: "a beast with spreadsheets", « un monstre à la guitare »."""
        skills = self.words("skill_words", language)
        prepositions = self.words("skill_prepositions", language)
        determiners = self.words("skill_determiners", language)
        not_skills = self.words("not_skills", language)
        persons = self.words("persons", language)  # "violent with his wife" is no skill
        out: set[int] = set()
        for k, norm in enumerate(norms):
            if norm not in skills or not self._joined(text, words, k) or norms[k + 1] not in prepositions:
                continue
            m = k + 2
            while m < len(norms) and norms[m] in determiners:
                m += 1
            if m < len(norms) and norms[m] not in not_skills | persons and any(c.isalnum() for c in norms[m]):
                out.add(k)
        return out

    def _cued(
        self,
        words: Sequence[Token],
        norms: Sequence[str],
        language: str,
        idioms: frozenset[str],
        negative: frozenset[int],
    ) -> set[int]:
        """Slang in a draft that gives praise in so many words ("props", "kudos", « bravo »), unless negated or
        beside a negative word that is no slang ("Kudos to the airline for losing my bag, absolutely brutal")."""
        cues = self.words("cues", language)
        negations = self.words("cue_negations", language)
        pairs = [f"{a} {b}" for a, b in pairwise(norms)]
        cued = any(
            norm in cues and not any(n in negations for n in norms[max(0, k - 2) : k]) for k, norm in enumerate(norms)
        ) or any(pair in cues for pair in pairs)
        if not cued:
            return set()
        slang = idioms | _union(
            self.words(name, language)
            for name in ("intensifiers", "predicates", "skill_words", "laughter_words", "exclamations")
        )
        if any(t.start in negative and norm not in slang for t, norm in zip(words, norms, strict=True)):
            return set()
        return {k for k, norm in enumerate(norms) if norm in slang and norm not in cues}

    def _emoji_praised(self, text: str, words: Sequence[Token], norms: Sequence[str], language: str) -> set[int]:
        """A slang word right before a praise emoji: "That comeback was ridiculous 🔥🔥", « ce son est sale 🔥 »;
        the emoji too ("The food was disgusting 🤮" is no praise)."""
        slang = self.words("emoji_slang", language)
        emojis = self.words("praise_emojis", language)
        out: set[int] = set()
        for k, norm in enumerate(norms):
            if norm in slang and _joined_emoji(text, words, k) and norms[k + 1] in emojis:
                out.update((k, k + 1))
        return out

    def _desired(self, text: str, words: Sequence[Token], norms: Sequence[str], language: str) -> set[int]:
        """(T, session 32) A verb of killing or dying that wants what follows: right before a preposition of
        ``desire_prepositions`` ("for", « pour ») and, where the language has ``desire_markers``, after one of them
        (a conditional, fillers between): "I'd die for that broth", "I would literally kill for a coffee"; French
        conjugates the conditional into the verb (« je tuerais pour un café »). The verb has no object: no one is
        killed ("I'd kill him for that" is no such frame, nor "they had to kill for it"). (T, session 36) A copula then
        a word of ``desire_copular`` is such a marker too: "This cake is to die for"."""
        verbs = self.words("desire_verbs", language)
        prepositions = self.words("desire_prepositions", language)
        markers = self.words("desire_markers", language)
        copular = self.words("desire_copular", language)
        copulas = self.words("copulas", language)
        fillers = self.words("fillers", language)
        out: set[int] = set()
        for k, norm in enumerate(norms):
            if norm not in verbs or not self._joined(text, words, k) or norms[k + 1] not in prepositions:
                continue
            if markers:
                j = self._before_fillers(text, words, norms, k, fillers)
                # (T, session 36) or a thing said to be "to die for" ("This cake is to die for"): a marker of
                # ``desire_copular`` right after a copula; "had to die for", "people to die for" are not read
                copula = (
                    j > 0
                    and norms[j] in copular
                    and norms[j - 1] in copulas
                    and self._joined(text, words, j - 1)
                    and self._joined(text, words, j)
                )
                if j < 0 or (norms[j] not in markers and not copula) or not self._joined(text, words, j):
                    continue
            out.add(k)
        return out

    def _laughing(self, norms: Sequence[str], language: str) -> set[int]:
        """Dying or crying beside a laughter word: "I'm dead 😭 this is hilarious", « morte de rire »."""
        if self.words("laughter", language).isdisjoint(norms):
            return set()
        dying = self.words("laughter_words", language)
        return {k for k, norm in enumerate(norms) if norm in dying}


def _joined_emoji(text: str, words: Sequence[Token], k: int) -> bool:
    """Whether only spaces stand between ``words[k]`` and the next token."""
    return k + 1 < len(words) and not text[words[k].end : words[k + 1].start].strip()


def _union(sets: Iterable[frozenset[str]]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for words in sets:
        out |= words
    return out

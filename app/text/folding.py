"""Text folding, the one place it is done: a matching copy of a text with a map back to original code points.

Rules that look for words or phrases match on this copy so that case, accents, typography and
evasions do not fool them, then report spans in the text as submitted. Each caller names a
*profile* (what it needs), and ``fold(text, profile)`` applies, in order:

1. invisible characters removed (``INVISIBLE``: bidi controls, zero-width characters, joiners and soft
   hyphens, defined here once); combining marks dropped (accents) and attached to the letter before
   them, so a span never cuts a grapheme;
2. NFKC (full-width and mathematical letters), case folding, accents stripped, ``œ``/``æ`` spelled out,
   typographic apostrophes, quotes and dashes made ASCII; with ``spaces``, every space (NBSP
   included) one plain space;
3. with ``look_alikes``, Cyrillic and Greek look-alikes mapped to the Latin letter they imitate, from
   the ``confusables`` package's table (only letters with one unambiguous ASCII reading are used);
4. with ``evasions``, separated letters joined: ``s.h.i.t`` / ``m e r d e`` (three or more single
   characters with the same separator, at least two of them letters); a word found inside such a run is a word
   (``Folded.is_boundary``) only when one letter at most of the run lies on either side of it, so a spaced-out
   word of a longer draft holds no shorter word (``r e c o n n a i s`` no « con »);
5. with ``evasions``, leetspeak inside words that hold at least two letters: ``sh1t``, ``$hit``,
   ``a$$hole``, ``b!tch`` (digits next to a letter, ``$ @ €`` before a letter, ``$ @`` also ending a word
   after a letter: ``nigg@``, ``bitche$``; ``!`` only between letters, so ``merde!`` stays clean), never inside an
   e-mail address or a link with a scheme or ``www.`` (``f@g.com`` is an address, not "fag"; ``ADDRESS``); a
   symbol ending a word needs three letters before it, so short codes stay as written (``US$``, ``HK$``, ``ky$``,
   ``nd@``);
6. with ``evasions``, runs of three or more identical letters squeezed to one (``fuuuck``); the
   squeezed positions are remembered so a matcher can accept a double letter only where a run was squeezed.

Profiles: ``EVASIONS`` (every step: term packs, confidentiality markers) and ``PHRASES`` (steps 1-2
without the space step: phrase lists of the tone and clarity turns). A new caller with other needs
adds a named ``Profile`` here rather than folding on its own.

Hand-written because no maintained library both folds these evasions and keeps an offset map:
``unicodedata`` and ``confusables`` supply the character data, this module only keeps the map.
A draft's view is computed once per profile and shared through ``folded_draft(draft, profile)``.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import product
from math import prod
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from app.domain import Draft

# Invisible characters, by class: defined here once for the folding profiles (which drop them all)
# and for the etiquette turn's ``invisible-characters`` rule (which names their class).
BIDI_CONTROLS = frozenset(chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)))
ZERO_WIDTH = frozenset(
    chr(c)
    for c in (0x200B, 0x2060, 0xFEFF, 0x180E, 0x2061, 0x2062, 0x2063, 0x2064, 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0)
)
SOFT_INVISIBLES = frozenset(chr(c) for c in (0x00AD, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C))
INVISIBLE = BIDI_CONTROLS | ZERO_WIDTH | SOFT_INVISIBLES

_PUNCT_MAP = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "`": "'",
    "\u00b4": "'",
    "\u00ab": '"',
    "\u00bb": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00b7": ".",
    "\u2022": ".",
    "\u2024": ".",
    "\u0153": "oe",
    "\u00e6": "ae",
}
# Greek and Cyrillic letters with more than one ASCII reading in the confusables table: our pick.
_CONFUSABLE_PICK = {"\u03bd": "v", "\u03c5": "u", "\u037a": "i", "\u03b9": "i", "\u0456": "i", "\u04cf": "l"}
LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "\u20ac": "e"}
_LEET_SYMBOLS = frozenset("@$\u20ac")
_END_SYMBOLS = frozenset("@$")  # leet symbols that also stand for a letter ending a word
_END_LETTERS = 3  # letters a token needs before an ending symbol reads as a letter ("nigg@"; not "US$", "ky$")
# An e-mail address (privacy.email's shape) or a link with a scheme or "www.": never read as leetspeak, and the term
# lists skip a hit inside one (``Folded.in_address``) as they skip an entity.
ADDRESS = re.compile(
    r"(?<![\w.+-])[\w.%+-]{1,64}@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,24}(?![\w-])|\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+",
    re.IGNORECASE,
)
# ``ADDRESS`` split for speed: the domain after an "@" (most drafts' "@" open a mention: no local part before them),
# and links.
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,24}(?![\w-])")
_LOCAL_CHARS = frozenset(".%+-_")
_LINK = re.compile(r"\b(?:[a-z][a-z0-9+.-]*://|www\.)\S+", re.IGNORECASE)
_LEET_CHAR = re.compile("[" + re.escape("".join(LEET)) + "]")

_SEPARATED = re.compile(r"(?<![\w@$])[\w@$]([.\-_* ])[\w@$](?:\1[\w@$])+(?![\w@$])")
# A word written with one dot, star or underscore inside ("mus.lims", "jew.s"): joined when that makes a listed word.
# (S, session 23) the mark first, the letter before it looked behind: the same test, the scan skips to the marks
_DOT_INSIDE = re.compile(r"[.*_](?<=[^\W\d_][.*_])[^\W\d_]")
_DOTTED = re.compile(r"(?<![\w.*@$])[^\W\d_]+[.*_][^\W\d_]+(?![\w@$]|[.*_][^\W\d_])")
# Leet characters with another reading than their first, tried when only it makes a word ("ki11ers", "a11", "1ow";
# "h1nd00s": hindus, "00" read as one "u").
_ALTERNATIVES = {"1": ("i", "l"), "!": ("i", "l"), "0": ("o", "u")}
_READINGS_MAX = 64  # readings tried per token at most
# A whole run of word and leet characters holding a leet character; the look-behind starts a match at the
# start of a run only, so a run without one is tried once, not from each of its characters.
_LEET_TOKEN = re.compile(r"(?<![\w@$!\u20ac])[\w@$!\u20ac]*[013457@$!\u20ac][\w@$!\u20ac]*")
# (S, session 23) ``_leet_tokens``: the same runs found from their leet characters (most drafts have a few), not by
# trying every word; ``\w`` is ``str.isalnum()`` or "_" (the ``re`` module's own test)
_LEET_IN_TOKEN = re.compile(r"[013457@$!\u20ac]")
_TOKEN_REST = re.compile(r"[\w@$!\u20ac]*")
_TOKEN_EXTRA = frozenset("_@$!\u20ac")
_REPEAT = re.compile(r"([^\W\d_])\1{2,}")
# (S, session 23) any character three times: a cheap test before ``_REPEAT`` (most drafts have no run at all)
_ANY_RUN = re.compile(r"(.)\1\1", re.S)
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD = re.compile(r"\w+")
_LONG_WORD = re.compile(r"[a-z]{4,}")
_SPACE_RUN = re.compile(" {2,}")
# fold_char of an ASCII character under a profile with ``spaces``, after str.lower(): the backtick is an
# apostrophe, every ASCII character str.isspace() accepts is one plain space.
_ASCII_SPACES = str.maketrans({"`": "'", **{chr(c): " " for c in range(128) if chr(c).isspace()}})
_ASCII_QUOTES = str.maketrans({"`": "'"})


@dataclass(frozen=True, slots=True)
class Profile:
    """What one caller's fold does on top of the common steps (step 1 and the letter folding of step 2)."""

    name: str
    spaces: bool
    """Every space character becomes one plain space, and runs of spaces one space (step 2)."""
    look_alikes: bool
    """Greek and Cyrillic look-alikes read as the Latin letter they imitate (step 3)."""
    evasions: bool
    """Separated letters joined, leetspeak read, runs of a letter squeezed (steps 4-6)."""


EVASIONS = Profile("evasions", spaces=True, look_alikes=True, evasions=True)
"""Term packs and confidentiality markers: every step, so ``$h1t`` and ``m e r d e`` are caught."""
PHRASES = Profile("phrases", spaces=False, look_alikes=False, evasions=False)
"""Phrase lists (tone and clarity turns): case, accents, invisible characters and typography only;
cheap enough to run every list on every draft, and their regex patterns see the draft's own spacing."""


@lru_cache(maxsize=1)
def _confusable_table() -> dict[str, str]:
    """Greek/Cyrillic lower-case letter -> the ASCII letter it imitates (built once from ``confusables``)."""
    import confusables

    table: dict[str, str] = {}
    for cp in range(0x0370, 0x0530):
        ch = chr(cp)
        if not ch.isalpha():
            continue
        folded = ch.casefold()
        if len(folded) != 1:
            continue
        if folded in _CONFUSABLE_PICK:
            table[folded] = _CONFUSABLE_PICK[folded]
            continue
        candidates = {
            c.lower() for c in confusables.CONFUSABLE_MAP.get(folded, ()) if len(c) == 1 and c.isascii() and c.isalpha()
        }
        if len(candidates) == 1:
            table[folded] = candidates.pop()
    return table


@lru_cache(maxsize=16384)
def _fold_char(ch: str, spaces: bool, look_alikes: bool) -> str:
    if ch in INVISIBLE:
        return ""
    if ch in _PUNCT_MAP:
        return _PUNCT_MAP[ch]
    if spaces and ch.isspace():
        return " "
    if ch.isascii():
        return ch.lower()
    out: list[str] = []
    table = _confusable_table() if look_alikes else {}
    for c in unicodedata.normalize("NFKC", ch).casefold():
        if c in _PUNCT_MAP:
            out.append(_PUNCT_MAP[c])
            continue
        if spaces and c.isspace():
            out.append(" ")
            continue
        c = table.get(c, c)
        out.extend(d for d in unicodedata.normalize("NFD", c) if not unicodedata.combining(d))
    return "".join(out)


def fold_char(ch: str, profile: Profile = EVASIONS) -> str:
    """The folded form of one character (may be empty or several characters)."""
    return _fold_char(ch, profile.spaces, profile.look_alikes)


@dataclass(frozen=True)
class Folded:
    """A folded text with, for each of its characters, the original span it came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    squeezed: frozenset[int] = frozenset()
    joints: frozenset[int] = frozenset()
    addresses: tuple[tuple[int, int], ...] = ()
    """Spans of e-mail addresses and scheme or ``www.`` links in the original text (``ADDRESS``; evasions only)."""

    def in_address(self, start: int, end: int) -> bool:
        """True if the original span [start, end) overlaps an e-mail address or a scheme/``www.`` link."""
        return any(a < end and start < b for a, b in self.addresses)

    @cached_property
    def words(self) -> frozenset[str]:
        """The folded text's words (a matcher may skip its regex when none of its first words occurs)."""
        return frozenset(_WORD.findall(self.text))

    @cached_property
    def long_words(self) -> frozenset[str]:
        """The runs of four or more folded letters a-z (``words`` costs more: the proximity kind's spelling readings
        look at long words only)."""
        return frozenset(_LONG_WORD.findall(self.text))

    @cached_property
    def unspaced(self) -> str:
        """The folded text, its whitespace taken out: what the proximity pre-scan reads (``target_possible``), once per
        draft for the three rules that ask."""
        return "".join(self.text.split())

    def spaced(self, at: Iterable[int]) -> Folded:
        """This view with a space put before each folded offset of ``at`` (where words glued together meet:
        "womenarevermin" read as "women are vermin"); a space is zero wide at the original position of the character
        after it, so spans still map back to the text as submitted."""
        cuts = sorted({i for i in at if 0 < i < len(self.text)})
        if not cuts:
            return self
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        moved: dict[int, int] = {}
        track = bool(self.squeezed or self.joints)  # (S, session 18) offsets are mapped only when some must follow
        previous = 0
        for shift, cut in enumerate(cuts):
            chars += [self.text[previous:cut], " "]
            starts += [*self.starts[previous:cut], self.starts[cut]]
            ends += [*self.ends[previous:cut], self.starts[cut]]
            if track:
                moved.update((i, i + shift) for i in range(previous, cut))
            previous = cut
        return self._rebuilt(chars, starts, ends, moved, previous)

    def respelt(self, edits: Iterable[tuple[int, int, str]]) -> Folded:
        """This view with folded [start, end) read as ``word`` for each (start, end, word) of ``edits`` (a misspelling
        read as the word it misspells: "savgaes" as "savages"); the word's characters map into the misspelling's span,
        its first at its start and its last at its end, so spans still map back to the text as submitted."""
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        moved: dict[int, int] = {}
        track = bool(self.squeezed or self.joints)  # (S, session 18) offsets are mapped only when some must follow
        previous = 0
        for start, end, word in sorted(edits):
            if start < previous or end <= start or not word:
                continue
            if track:
                moved.update((i, len(starts) + i - previous) for i in range(previous, start))
            chars.append(self.text[previous:start])
            starts += self.starts[previous:start]
            ends += self.ends[previous:start]
            if track:
                moved.update((i, len(starts)) for i in range(start, end))
            inside = [start + min(k, end - start - 1) for k in range(len(word))]
            starts += [self.starts[start], *(self.starts[j] for j in inside[1:])]
            ends += [*(self.ends[j] for j in inside[:-1]), self.ends[end - 1]]
            chars.append(word)
            previous = end
        if not chars:
            return self
        return self._rebuilt(chars, starts, ends, moved, previous)

    def _rebuilt(
        self, chars: list[str], starts: list[int], ends: list[int], moved: dict[int, int], rest: int
    ) -> Folded:
        """This view rebuilt (``spaced``, ``respelt``): the new text's ``chars`` with their original ``starts`` and
        ``ends``, then this view's own folded text from ``rest`` on, unchanged but shifted; ``moved`` maps each folded
        offset before ``rest`` to its new place, so squeezed runs and joints follow the text."""
        shift = len(starts) - rest
        if self.squeezed or self.joints:  # ``moved`` is filled only then (``spaced``, ``respelt``)
            moved.update((i, i + shift) for i in range(rest, len(self.text) + 1))
        return Folded(
            self.original,
            "".join([*chars, self.text[rest:]]),
            (*starts, *self.starts[rest:]),
            (*ends, *self.ends[rest:]),
            frozenset(moved[i] for i in self.squeezed),
            frozenset(moved[i] for i in self.joints),
            self.addresses,
        )

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) covered by folded [start, end) (end > start)."""
        return self.starts[start], self.ends[end - 1]

    def was_squeezed(self, start: int, end: int) -> bool:
        """True if a run of repeated letters was squeezed inside folded [start, end)."""
        return any(i in self.squeezed for i in range(start, end))

    def is_boundary(self, start: int, end: int) -> bool:
        """True if folded [start, end) is not glued to a letter or digit on either side.

        A place where separators were removed counts as a boundary when one letter at most of the joined run lies
        beyond it (``m e r d e à``: a one-letter word after the word); a word found inside a spaced-out word of a
        longer draft is no word (``r e c o n n a i s`` holds no « con », ``c o n s t r u i t`` no « cons »).
        """
        text, joints = self.text, self.joints
        glued_before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
        if glued_before and (start not in joints or start - 1 in joints):
            return False
        glued_after = end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
        return not (glued_after and (end not in joints or end + 1 in joints))


def _rebuild(
    chars: list[str], starts: list[int], ends: list[int], joints: list[bool], drop: set[int]
) -> tuple[list[str], list[int], list[int], list[bool]]:
    keep = [i for i in range(len(chars)) if i not in drop]
    return [chars[i] for i in keep], [starts[i] for i in keep], [ends[i] for i in keep], [joints[i] for i in keep]


def fold(text: str, profile: Profile = EVASIONS) -> Folded:
    """Fold ``text`` for matching with ``profile`` and keep the map back to its code points."""
    if not profile.spaces:
        chars, starts, ends = _fold_plain(text, profile)
        return Folded(text, "".join(chars), tuple(starts), tuple(ends))
    chars, starts, ends = _fold_chars(text, profile)
    if not profile.evasions:
        return Folded(text, "".join(chars), tuple(starts), tuple(ends))
    return _fold_evasions(text, chars, starts, ends)


def _fold_chars(text: str, profile: Profile) -> tuple[list[str], list[int], list[int]]:
    """Steps 1-3: ``_fold_chars_slow``'s result, with runs of ASCII folded in one go (``_ASCII_SPACES``)
    and runs of spaces collapsed afterwards (the first space of a run keeps the run's end)."""
    if not profile.spaces:
        return _fold_chars_slow(text, profile)
    pieces, starts, ends = _fold_runs(text, profile, _ASCII_SPACES)
    joined = "".join(pieces)
    if "  " in joined:
        for run in reversed(list(_SPACE_RUN.finditer(joined))):
            first, stop = run.start(), run.end()
            ends[first] = ends[stop - 1]
            del starts[first + 1 : stop], ends[first + 1 : stop]
        joined = _SPACE_RUN.sub(" ", joined)
    return list(joined), starts, ends


def _fold_runs(text: str, profile: Profile, ascii_table: dict[int, str]) -> tuple[list[str], list[int], list[int]]:
    """Pieces of the folded text with each character's span: runs of ASCII lower-cased and translated with
    ``ascii_table`` in one go, every other character through ``fold_char`` (a combining mark that folds to
    nothing joins the character before it)."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for match in _NON_ASCII.finditer(text):
        index = match.start()
        if index > pos:
            pieces.append(text[pos:index].lower().translate(ascii_table))
            starts.extend(range(pos, index))
            ends.extend(range(pos + 1, index + 1))
        piece = fold_char(text[index], profile)
        if not piece and starts and unicodedata.combining(text[index]):
            ends[-1] = index + 1
        pieces.append(piece)
        starts.extend([index] * len(piece))
        ends.extend([index + 1] * len(piece))
        pos = index + 1
    if pos < len(text):
        pieces.append(text[pos:].lower().translate(ascii_table))
        starts.extend(range(pos, len(text)))
        ends.extend(range(pos + 1, len(text) + 1))
    return pieces, starts, ends


def _fold_chars_slow(text: str, profile: Profile) -> tuple[list[str], list[int], list[int]]:
    """Steps 1-3, character by character; a combining mark joins the character before it (the
    reference ``_fold_chars`` is checked against in ``tests/test_folding.py``)."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, ch in enumerate(text):
        out = fold_char(ch, profile)
        if not out:
            if chars and unicodedata.combining(ch):
                ends[-1] = index + 1
            continue
        for c in out:
            if profile.spaces and c == " " and chars and chars[-1] == " ":
                ends[-1] = index + 1
                continue
            chars.append(c)
            starts.append(index)
            ends.append(index + 1)
    return chars, starts, ends


def _fold_plain(text: str, profile: Profile) -> tuple[list[str], list[int], list[int]]:
    """``_fold_chars`` for a profile that keeps spaces as they are: ASCII runs fold in one go."""
    if text.isascii():
        size = len(text)
        return [text.lower().translate(_ASCII_QUOTES)], list(range(size)), list(range(1, size + 1))
    return _fold_runs(text, profile, _ASCII_QUOTES)


def _fold_evasions(text: str, chars: list[str], starts: list[int], ends: list[int]) -> Folded:
    """Steps 4-6 on the folded characters."""
    joined = "".join(chars)
    joints = [False] * len(chars)
    # 4. separated letters: s.h.i.t, m e r d e
    drop: set[int] = set()
    any_joint = False
    for match in _SEPARATED.finditer(joined):
        singles = match.group(0)[::2]
        if sum(c.isalpha() for c in singles) >= 2:
            drop.update(range(match.start() + 1, match.end(), 2))
            for i in range(match.start() + 2, match.end(), 2):
                joints[i] = True
                any_joint = True
    drop |= _dotted(joined)
    if drop:
        chars, starts, ends, joints = _rebuild(chars, starts, ends, joints, drop)
        joined = "".join(chars)

    # 5. leetspeak inside words, outside addresses and links
    addresses = _addresses(text)
    drop = _read_leet(joined, chars, starts, ends, addresses)
    if drop:
        chars, starts, ends, joints = _rebuild(chars, starts, ends, joints, drop)
    joined = "".join(chars)

    # 6. repeated letters
    squeezed: set[int] = set()
    if _ANY_RUN.search(joined) and _REPEAT.search(joined):
        drop = set()
        for match in _REPEAT.finditer(joined):
            keep_at = match.start()
            ends[keep_at] = ends[match.end() - 1]
            drop.update(range(keep_at + 1, match.end()))
        chars, starts, ends, joints = _rebuild(chars, starts, ends, joints, drop)
        kept_index = 0
        runs = {m.start() for m in _REPEAT.finditer(joined)}
        for old in range(len(joined)):
            if old in drop:
                continue
            if old in runs:
                squeezed.add(kept_index)
            kept_index += 1
        joined = "".join(chars)

    joint_set = frozenset(i for i, flag in enumerate(joints) if flag) if any_joint else frozenset()
    return Folded(text, joined, tuple(starts), tuple(ends), frozenset(squeezed), joint_set, addresses)


def _dotted(joined: str) -> set[int]:
    """Offsets of the one dot, star or underscore inside a word that reads as a listed word without it ("mus.lims",
    "jew.s", « ro.ms »: ``app.text.lexicon.listed_targets``); "e.g", "a.m" and file names stay as written."""
    if _DOT_INSIDE.search(joined) is None:
        return set()
    out: set[int] = set()
    for match in _DOTTED.finditer(joined):
        word = match.group()
        cut = next(i for i, c in enumerate(word) if c in ".*_")
        if word[:cut] + word[cut + 1 :] in _listed_targets():
            out.add(match.start() + cut)
    return out


def _read_leet(
    joined: str, chars: list[str], starts: list[int], ends: list[int], addresses: tuple[tuple[int, int], ...]
) -> set[int]:
    """Step 5 on ``chars`` in place: each leet token's letters (``_leet_letters``); a token of one letter ("4r3",
    "b3", "l4") only in a draft that spells another token in leetspeak. Returns the offsets read as nothing."""
    drop: set[int] = set()
    short: list[tuple[int, tuple[tuple[int, str], ...]]] = []
    read = False
    for base, stop in _leet_tokens(joined):
        if addresses and any(a < ends[stop - 1] and starts[base] < b for a, b in addresses):
            continue
        letters, one_letter = _leet_letters(joined[base:stop])
        if one_letter:
            short.append((base, letters))
            continue
        read = read or bool(letters)
        for offset, letter in letters:
            chars[base + offset] = letter
            if not letter:
                drop.add(base + offset)
    for base, letters in short if read else ():
        for offset, letter in letters:
            chars[base + offset] = letter
            if not letter:
                drop.add(base + offset)
    return drop


def _leet_tokens(joined: str) -> list[tuple[int, int]]:
    """The spans ``_LEET_TOKEN.finditer`` finds in ``joined`` (each run of word and leet characters holding a leet
    character), found from each run's first leet character: back to the run's start, on to its end."""
    spans: list[tuple[int, int]] = []
    extra = _TOKEN_EXTRA
    found = _LEET_IN_TOKEN.search(joined)
    while found is not None:
        start = found.start()
        while start > 0 and (joined[start - 1].isalnum() or joined[start - 1] in extra):
            start -= 1
        rest = _TOKEN_REST.match(joined, found.start())
        end = rest.end() if rest is not None else found.end()
        spans.append((start, end))
        found = _LEET_IN_TOKEN.search(joined, end)
    return spans


def _addresses(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the e-mail addresses and scheme or ``www.`` links of ``text``: what ``ADDRESS`` finds, an "@" at a
    time (the local part read backwards, the domain matched forwards) so that mentions cost one character test."""
    spans: list[tuple[int, int]] = []
    at = text.find("@")
    while at >= 0:
        start = at
        while start > 0 and at - start < 64 and (text[start - 1].isalnum() or text[start - 1] in _LOCAL_CHARS):
            start -= 1
        if start < at and (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "_.+-")):
            domain = _DOMAIN.match(text, at + 1)
            if domain is not None:
                spans.append((start, domain.end()))
        at = text.find("@", at + 1)
    if "://" in text or "www." in text.lower():
        spans.extend(m.span() for m in _LINK.finditer(text))
    return tuple(spans)


_LEET_LETTERS: dict[str, tuple[tuple[tuple[int, str], ...], bool]] = {}


def _leet_letters(token: str) -> tuple[tuple[tuple[int, str], ...], bool]:
    """The leet characters of a run of word and leet characters that stand for letters, as (offset, letter; an empty
    letter reads as nothing), and whether the run holds one letter only. A run of two letters or more reads each leet
    character by its first reading, or by another (``_ALTERNATIVES``) when only that makes a word of
    ``app.text.lexicon.spelled_words`` ("ki11ers", "mus1ims", "h1nd00s"); a run of one letter reads only as such a word
    ("4r3", "b3", "a11"; "s3", "4x4" stay). Kept per run ("@user", "2020", "sh1t" recur across drafts)."""
    found = _LEET_LETTERS.get(token)
    if found is None:
        letters = sum(map(str.isalpha, token))
        found = ((), False)
        if letters >= 2:
            first = tuple(
                (leet.start(), LEET[leet.group()])
                for leet in _LEET_CHAR.finditer(token)
                if _is_leet(token, leet.start())
            )
            found = (_word_reading(token, first) or first, False)
        elif letters == 1 and len(token) >= 2:
            first = tuple((leet.start(), LEET[leet.group()]) for leet in _LEET_CHAR.finditer(token))
            found = (_word_reading(token, first) or (), True)
        if len(_LEET_LETTERS) >= 20_000:
            _LEET_LETTERS.clear()
        _LEET_LETTERS[token] = found
    return found


def _word_reading(token: str, first: tuple[tuple[int, str], ...]) -> tuple[tuple[int, str], ...] | None:
    """``first`` when it reads ``token`` as a spelled word, else the reading with the fewest characters read another
    way (``_ALTERNATIVES``) that does: every "1" of the token read alike first ("a11" is all, not "ali"), then each on
    its own ("mu511m5": muslims); "00" may read as one "u" (``_letters``). None when none does or the token keeps a
    character that is no letter."""
    if not first or not _reading(token, first, {}).isalpha():
        return None
    words = _spelled()
    if _reading(token, first, {}) in words:
        return first
    alike: list[str | int] = sorted({token[offset] for offset, _letter in first if token[offset] in _ALTERNATIVES})
    each: list[str | int] = [offset for offset, _letter in first if token[offset] in _ALTERNATIVES]
    for keys in (alike, each):
        options = [_ALTERNATIVES[token[k] if isinstance(k, int) else k] for k in keys]
        if prod(map(len, options)) > _READINGS_MAX:
            return None
        best: tuple[int, dict[str | int, str]] | None = None
        for choice in product(*options):
            other: dict[str | int, str] = {k: v for k, v in zip(keys, choice, strict=True) if v != _first(token, k)}
            if other and (best is None or len(other) < best[0]) and _reading(token, first, other) in words:
                best = (len(other), other)
        if best is not None:
            return _letters(token, first, best[1])
    return None


def _first(token: str, key: str | int) -> str:
    return LEET[token[key] if isinstance(key, int) else key]


def _letters(
    token: str, first: tuple[tuple[int, str], ...], other: dict[str | int, str]
) -> tuple[tuple[int, str], ...]:
    """``first`` with the characters (or offsets) of ``other`` read as its letters; a "0" read "u" right after another
    swallows it ("00": one "u")."""
    out: list[tuple[int, str]] = []
    for offset, letter in first:
        letter = other.get(offset, other.get(token[offset], letter))
        if letter == "u" and token[offset] == "0" and out and out[-1] == (offset - 1, "u"):
            letter = ""
        out.append((offset, letter))
    return tuple(out)


def _reading(token: str, first: tuple[tuple[int, str], ...], other: dict[str | int, str]) -> str:
    chars = list(token)
    for offset, letter in _letters(token, first, other):
        chars[offset] = letter
    return "".join(chars)


_WORD_SETS: dict[str, frozenset[str]] = {}


def _spelled() -> frozenset[str]:
    return _word_set("spelled")


def _listed_targets() -> frozenset[str]:
    return _word_set("targets")


def _word_set(name: str) -> frozenset[str]:
    """The lexicon's word set ``name`` (``spelled_words``, ``listed_targets``), read once. The lexicon folds its own
    words with this module: while it builds a set, that set is empty here and tokens read meanwhile are not kept."""
    found = _WORD_SETS.get(name)
    if found is None:
        from app.text import lexicon  # the lexicon folds its words with this module

        _WORD_SETS[name] = frozenset()
        try:
            found = lexicon.spelled_words() if name == "spelled" else lexicon.listed_targets()
        finally:
            del _WORD_SETS[name]
        _WORD_SETS[name] = found
        _LEET_LETTERS.clear()
    return found


def _is_leet(token: str, offset: int) -> bool:
    """Whether the leet character at ``offset`` of ``token`` stands for a letter."""
    # The run of leet characters around offset, and the characters on its sides.
    lo = offset
    while lo > 0 and token[lo - 1] in LEET:
        lo -= 1
    hi = offset + 1
    while hi < len(token) and token[hi] in LEET:
        hi += 1
    left = lo > 0 and token[lo - 1].isalpha()
    right = hi < len(token) and token[hi].isalpha()
    c = token[offset]
    if c == "!":
        return left and right
    if c in _LEET_SYMBOLS:
        # "nigg@", "a$$": a symbol run ending the word after a letter stands for letters ("@user" is its own entity)
        if right:
            return True
        return left and hi == len(token) and c in _END_SYMBOLS and sum(map(str.isalpha, token[:lo])) >= _END_LETTERS
    return left or right


def fold_term(term: str, profile: Profile = EVASIONS) -> str:
    """The folded form of a term, as the matcher stores it."""
    if profile is EVASIONS:
        memo = _TERM_MEMO[0]
        if memo is not None:
            found = memo.get(term)
            if found is not None:
                return found
        plain = _plain_term(term)
        if plain is not None:
            if memo is not None:
                memo[term] = plain
            return plain
    return fold(term, profile).text


# While rules are built (``term_memo``): each term's ``_plain_term`` answer, so that a form the lists, their
# inflections and the known words name several times is folded once (a start folds 660,000 terms, 260,000 distinct).
# Only the plain answer is kept: a term that needs ``fold`` reads leetspeak against word sets that may still be
# being built (``_word_set``), so it is folded each time, as without the memo.
_TERM_MEMO: list[dict[str, str] | None] = [None]
_TERM_MEMO_USERS = [0]
_TERM_MEMO_LOCK = threading.Lock()


@contextmanager
def term_memo() -> Iterator[None]:
    """Remember ``fold_term``'s plain answers while the block runs (nested and concurrent blocks share one memo,
    dropped when the last one ends): rule building (``app.engine``) folds the same forms many times."""
    with _TERM_MEMO_LOCK:
        _TERM_MEMO_USERS[0] += 1
        if _TERM_MEMO[0] is None:
            _TERM_MEMO[0] = {}
    try:
        yield
    finally:
        with _TERM_MEMO_LOCK:
            _TERM_MEMO_USERS[0] -= 1
            if not _TERM_MEMO_USERS[0]:
                _TERM_MEMO[0] = None


# A folded term of lower-case letters a-z, apostrophes and hyphens, its words one space apart: steps 4-6 leave it as it
# is unless it holds separated single characters ("a b c", ``_SEPARATED``) or a run of three letters (``_REPEAT``).
_PLAIN_TERM = re.compile(r"[a-z'-]+(?: [a-z'-]+)*")


class _TermChars(dict[int, str]):
    """``_fold_char`` under ``EVASIONS`` of each code point, filled as ``str.translate`` meets them."""

    def __missing__(self, code: int) -> str:
        if len(self) >= 16384:  # a bound, as ``_fold_char``'s cache
            self.clear()
        folded = self[code] = _fold_char(chr(code), True, True)
        return folded


_TERM_CHARS = _TermChars()


def _plain_term(term: str) -> str | None:
    """``fold(term, EVASIONS).text`` without the offset map when steps 4-6 change nothing (most listed terms and known
    words: the lists are folded at every start), else None. Steps 1-3 are ``_fold_char`` of each character, as
    ``_fold_runs`` reads them; a folded text with no "@", ".", ":" or digit holds no address, link or leetspeak."""
    folded = term.lower() if term.isascii() else term.translate(_TERM_CHARS)
    if folded.isascii() and folded.isalpha():  # one word of letters a-z: nothing to join
        return None if _REPEAT.search(folded) else folded
    if _PLAIN_TERM.fullmatch(folded) is None or _SEPARATED.search(folded) or _REPEAT.search(folded):
        return None
    return folded


def fold_phrase(phrase: str) -> str:
    """A phrase folded the way drafts are for phrase lists, whitespace collapsed."""
    return " ".join(fold(phrase, PHRASES).text.split())


def folded_draft(draft: Draft, profile: Profile = EVASIONS) -> Folded:
    """The draft's folded view for ``profile``, computed once per draft and shared by every rule (the draft's memo,
    key ``folding.<profile name>``, read directly: every term, phrase and proximity rule asks for it)."""
    key = _MEMO_KEYS.get(profile.name) or f"folding.{profile.name}"
    found: Folded | None = draft.scratch.get(key)
    if found is None:
        found = draft.scratch[key] = fold(draft.text, profile)
    return found


_MEMO_KEYS = {profile.name: f"folding.{profile.name}" for profile in (EVASIONS, PHRASES)}


def extend_over_marks(text: str, end: int) -> int:
    """``end`` moved past combining marks and variation selectors that belong to the last character."""
    while end < len(text) and (unicodedata.combining(text[end]) or "\ufe00" <= text[end] <= "\ufe0f"):
        end += 1
    return end

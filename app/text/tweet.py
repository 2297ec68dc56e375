"""twitter-text v3 semantics in Python: NFC normalisation, weighted length, entities, thread splits.

This module owns everything Sevenfold knows about how X/Twitter counts and parses a post:

- ``parse_tweet`` — the weighted length exactly as twitter-text's ``parseTweet`` computes it (configs
  v1, v2 and v3; v3 counts every emoji sequence as one default-weight unit, URLs as 23);
- ``extract_entities`` and the ``extract_*`` helpers — @mentions (and @user/list), #hashtags, URLs
  and $cashtags with twitter-text's extraction rules;
- ``is_valid_*`` — twitter-text's validators;
- ``split_thread`` — a proposed split of an over-long draft into numbered posts, each valid;
- ``utf16_to_codepoint_index`` / ``codepoint_to_utf16_index`` — the one place offsets change units.

Offsets everywhere are Unicode code points of the text *as submitted* (Python ``str`` indices).
twitter-text itself counts UTF-16 code units (Java and JavaScript strings); the conformance test and the
browser convert with the two helpers above.

Why we wrote it ourselves. The spec is twitter-text's public conformance suite (validate.yml,
extract.yml; Apache-2.0), and no maintained Python package passes it: ``twitter-text-parser`` 3.0.0
passes the weighted counts but carries stale emoji data (🐦‍🔥, Unicode 15.1, weighs 5 instead of 2) and
its v2 config crashes; ``twitter-text`` 3.0 (2017) extracts entities correctly but counts the old
140-character way and pulls setuptools and a Django module. So this is a port of twitter-text's
JavaScript 3.x implementation (the reference for v3), keeping its algorithms and character classes,
with three things of our own:

- emoji sequences come from the ``emoji`` package's data (current Unicode, where twitter-text used
  twemoji-parser's frozen list), matched longest-first like twemoji-parser does;
- the TLD lists are twitter-text's own, embedded in ``app.text.tld_data`` (source and licence there);
- URL extraction is not a transliteration of twitter-text's backtracking regular expression (which
  goes quadratic on long runs of domain characters) but an equivalent linear-time scan: the same
  leftmost-first choices, computed per domain label with a right-to-left table (see ``_UrlScanner``).

Beyond the suite, extraction and counting were compared with twitter-text 3.1.0 itself (npm, under
node) on ~150,000 generated texts; its quirks are kept where they decide what a post counts: the path
expression's unparenthesised alternation, hosts located with ``indexOf``, and an astral character
lending half of itself as the "preceding character" (JavaScript matches UTF-16 units). The ``regex``
module serves Unicode properties (hashtag letters) and grapheme clusters (thread cuts); ``re``, faster
on plain classes, the rest. app/web/static/tweet.js ports the counting for the browser: change both
(tests/test_tweet_js.py compares them under node).

Documented deviations from twitter-text, all on inputs twitter-text itself handles inconsistently:

- ``valid_range``/``valid_end`` map the NFC-normalised prefix back to the original text chunk by chunk
  (twitter-text shifts by the total length change, which is wrong when normalisation happens after
  the cut); on the conformance cases both agree. When nothing is valid, ``valid_range`` is ``(0, -1)``
  as in twitter-text's Java (JavaScript says ``(0, 0)``).
- Runs of more than 32 consecutive combining marks (far beyond Unicode's stream-safe limit of 30) are
  normalised in blocks of 32: CPython's canonical ordering is quadratic on such runs.
- A URL entity's ``value`` is always the text of its span; for one odd twitter-text case (a scheme-less
  URL whose host mixes non-ASCII labels with a path) twitter-text reports a value that is not its span.
- Character weights are looked up by code point (as twitter-text's Java does), not by UTF-16 unit.
- The permillage is the exact floor of ``1000 × weighted / limit`` (JavaScript rounds through floats).
- ``V1`` counts as config/v1.json says, emoji code point by code point (twitter-text's JavaScript
  ``isValidTweetText`` merges v1 over its v3 defaults and so discounts emoji even in v1).
- Whitespace-only text is counted like any other (as twitter-text's JavaScript does; Java calls it empty).

No I/O and no heavy work at import: patterns and tables are built on first use and cached.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import string
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Final

import regex

from app.text import tld_data

__all__ = [
    "CONFIGS",
    "V1",
    "V2",
    "V3",
    "CountingConfig",
    "Entities",
    "Entity",
    "TweetLength",
    "codepoint_to_utf16_index",
    "extract_cashtags",
    "extract_entities",
    "extract_hashtags",
    "extract_mentions",
    "extract_reply_screenname",
    "extract_urls",
    "is_valid_hashtag",
    "is_valid_list",
    "is_valid_tweet",
    "is_valid_url",
    "is_valid_username",
    "parse_tweet",
    "split_thread",
    "utf16_to_codepoint_index",
]

# --------------------------------------------------------------------------------------------------
# Counting configurations (twitter-text's config/v1.json, v2.json, v3.json)
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountingConfig:
    """A twitter-text counting configuration: limit, scale, weights per code-point range, URL length."""

    version: int
    max_weighted_length: int
    scale: int
    default_weight: int
    emoji_parsing_enabled: bool
    transformed_url_length: int
    ranges: tuple[tuple[int, int, int], ...]
    """``(first code point, last code point inclusive, weight)``; the first range that holds a code point wins."""

    def with_limit(self, max_weighted_length: int) -> CountingConfig:
        """The same counting with another maximum weighted length."""
        if max_weighted_length < 1:
            raise ValueError(f"max_weighted_length must be positive, not {max_weighted_length}")
        return replace(self, max_weighted_length=max_weighted_length)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CountingConfig:
        """A configuration from twitter-text's JSON form (``maxWeightedTweetLength``, ``ranges``, …)."""
        return cls(
            version=int(data["version"]),
            max_weighted_length=int(data["maxWeightedTweetLength"]),
            scale=int(data["scale"]),
            default_weight=int(data["defaultWeight"]),
            emoji_parsing_enabled=bool(data.get("emojiParsingEnabled", False)),
            transformed_url_length=int(data.get("transformedURLLength", 23)),
            ranges=tuple((int(r["start"]), int(r["end"]), int(r["weight"])) for r in data.get("ranges", ())),
        )


_WEIGHTED_RANGES: Final = ((0, 4351, 100), (8192, 8205, 100), (8208, 8223, 100), (8242, 8247, 100))

V1: Final = CountingConfig(
    version=1,
    max_weighted_length=140,
    scale=1,
    default_weight=1,
    emoji_parsing_enabled=False,
    transformed_url_length=23,
    ranges=(),
)
"""Legacy counting: 140 code points, every one weighing 1, URLs 23."""

V2: Final = replace(V1, version=2, max_weighted_length=280, scale=100, default_weight=200, ranges=_WEIGHTED_RANGES)
"""Weighted counting: Latin to Georgian and some punctuation weigh 1, everything else 2 (each code point)."""

V3: Final = replace(V2, version=3, emoji_parsing_enabled=True)
"""V2 plus emoji: each emoji sequence (ZWJ, skin tone, flag, keycap…) weighs 2 as a whole. The default."""

CONFIGS: Final[dict[str, CountingConfig]] = {"v1": V1, "v2": V2, "v3": V3}

# --------------------------------------------------------------------------------------------------
# Public result types
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    """A mention, hashtag, URL or cashtag: code-point span of the text as submitted, sigil included.

    ``kind`` is ``"mention"``, ``"hashtag"``, ``"url"`` or ``"cashtag"``. ``value`` is the entity
    without its sigil (``jack`` for ``@jack``); a list mention ``@user/list`` is a ``"mention"`` whose
    value is ``user/list``; a URL's value is the URL as written. ``text[offset:offset + length]`` is
    the sigil followed by the value (for a URL: the value).
    """

    kind: str
    value: str
    offset: int
    length: int

    @property
    def end(self) -> int:
        """The offset just past the entity."""
        return self.offset + self.length

    @property
    def list_slug(self) -> str:
        """For a list mention, the list's slug (``list`` in ``@user/list``); else the empty string."""
        if self.kind != "mention" or "/" not in self.value:
            return ""
        return self.value.split("/", 1)[1]


@dataclass(frozen=True)
class Entities:
    """The entities of a text, by kind, each tuple in text order; overlaps resolved as twitter-text does."""

    mentions: tuple[Entity, ...] = ()
    hashtags: tuple[Entity, ...] = ()
    urls: tuple[Entity, ...] = ()
    cashtags: tuple[Entity, ...] = ()

    def all(self) -> tuple[Entity, ...]:
        """Every entity, sorted by offset."""
        return tuple(sorted((*self.mentions, *self.hashtags, *self.urls, *self.cashtags), key=_offset))


@dataclass(frozen=True)
class TweetLength:
    """The result of ``parse_tweet``; offsets are code points of the text as submitted.

    ``valid_end`` is the end (exclusive) of the longest prefix that would be a valid post: the whole
    text when ``valid``. ``display_range`` and ``valid_range`` are twitter-text's inclusive ranges,
    ``(0, len(text) - 1)`` and ``(0, valid_end - 1)``.
    """

    weighted: int
    limit: int
    remaining: int
    valid: bool
    permillage: int
    valid_end: int
    display_range: tuple[int, int]
    valid_range: tuple[int, int]


# --------------------------------------------------------------------------------------------------
# UTF-16 <-> code points
# --------------------------------------------------------------------------------------------------


def codepoint_to_utf16_index(text: str, index: int) -> int:
    """The UTF-16 code-unit offset (Java/JavaScript) of code-point offset ``index`` in ``text``."""
    if not 0 <= index <= len(text):
        raise ValueError(f"index {index} is outside 0..{len(text)}")
    return len(text[:index].encode("utf-16-le", "surrogatepass")) // 2


def utf16_to_codepoint_index(text: str, index: int) -> int:
    """The code-point offset of UTF-16 offset ``index``; inside a surrogate pair, the pair's start."""
    encoded = text.encode("utf-16-le", "surrogatepass")
    if not 0 <= index <= len(encoded) // 2:
        raise ValueError(f"index {index} is outside 0..{len(encoded) // 2}")
    prefix = encoded[: 2 * index].decode("utf-16-le", "surrogatepass")
    if prefix and prefix[-1] != text[len(prefix) - 1]:
        return len(prefix) - 1  # the cut fell inside a surrogate pair
    return len(prefix)


def _utf16_len(text: str) -> int:
    return len(text) + sum(1 for c in text if c > "\uffff") if not text.isascii() else len(text)


# --------------------------------------------------------------------------------------------------
# Character classes (twitter-text js/src/regexp/*.js)
# --------------------------------------------------------------------------------------------------

_PUNCT: Final = "!'#%&()*+,\\-./:;<=>?@[]^_{|}~$"
_SPACES: Final = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u180e"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + ("\u2028\u2029\u202f\u205f\u3000")
)
_JS_WHITESPACE: Final = (
    "\t\n\x0b\x0c\r \xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + ("\u2028\u2029\u202f\u205f\u3000\ufeff")
)
_INVALID_CHARS: Final = "\ufffe\ufeff\uffff"
_DIRECTIONAL_MARKS: Final = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_LATIN_ACCENT_RANGES: Final = (
    (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0xFF), (0x100, 0x24F), (0x253, 0x254), (0x256, 0x257), (0x259, 0x259),
    (0x25B, 0x25B), (0x263, 0x263), (0x268, 0x268), (0x26F, 0x26F), (0x272, 0x272), (0x289, 0x289),
    (0x28B, 0x28B), (0x2BB, 0x2BB), (0x300, 0x36F), (0x1E00, 0x1EFF),
)  # fmt: skip
_LATIN: Final = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _LATIN_ACCENT_RANGES)

# Not a domain character: punctuation, spaces, invalid characters, directional marks. A "run" is a stretch of domain
# characters and the three separators a host may hold (- _ .).
_DOMAIN_BREAK: Final = frozenset(_PUNCT + _SPACES + _INVALID_CHARS + _DIRECTIONAL_MARKS)
_RUN_BREAK: Final = _DOMAIN_BREAK - {"-", "_", "."}
_URL_PRECEDING_INVALID: Final = frozenset(string.ascii_letters + string.digits + "@＠$#＃" + _INVALID_CHARS)
_NO_PROTOCOL_PRECEDING_INVALID: Final = frozenset("-_./")
_ASCII_DOMAIN_LABEL: Final = frozenset(
    "-"
    + string.ascii_letters
    + string.digits
    + "".join(chr(c) for a, b in _LATIN_ACCENT_RANGES for c in range(a, b + 1))
)
_MAX_URL_LENGTH: Final = 4096
_MAX_TCO_SLUG_LENGTH: Final = 40
_MAX_LABEL_LENGTH: Final = 63

# Hashtag letters and numerals: \p{L}\p{M} / \p{Nd} plus twitter-text's additions
# (unicode_regex_groups.scala via rb/lib/twitter-text/regex.rb).
_HASHTAG_EXTRA_LETTERS: Final = (
    r"\u037f\u0528-\u052f\u08a0-\u08b2\u08e4-\u08ff\u0978\u0980\u0c00\u0c34\u0c81\u0d01\u0ede\u0edf"
    r"\u10c7\u10cd\u10fd-\u10ff\u16f1-\u16f8\u17b4\u17b5\u191d\u191e\u1ab0-\u1abe\u1bab-\u1bad\u1bba-"
    r"\u1bbf\u1cf3-\u1cf6\u1cf8\u1cf9\u1de7-\u1df5\u2cf2\u2cf3\u2d27\u2d2d\u2d66\u2d67\u9fcc\ua674-"
    r"\ua67b\ua698-\ua69d\ua69f\ua792-\ua79f\ua7aa-\ua7ad\ua7b0\ua7b1\ua7f7-\ua7f9\ua9e0-\ua9ef\ua9fa-"
    r"\ua9fe\uaa7c-\uaa7f\uaae0-\uaaef\uaaf2-\uaaf6\uab30-\uab5a\uab5c-\uab5f\uab64\uab65\uf870-\uf87f"
    r"\uf882\uf884-\uf89f\uf8b8\uf8c1-\uf8d6\ufa2e\ufa2f\ufe27-\ufe2d\u{102e0}\u{1031f}\u{10350}-\u{1037a}"
    r"\u{10500}-\u{10527}\u{10530}-\u{10563}\u{10600}-\u{10736}\u{10740}-\u{10755}\u{10760}-\u{10767}"
    r"\u{10860}-\u{10876}\u{10880}-\u{1089e}\u{10980}-\u{109b7}\u{109be}\u{109bf}\u{10a80}-\u{10a9c}"
    r"\u{10ac0}-\u{10ac7}\u{10ac9}-\u{10ae6}\u{10b80}-\u{10b91}\u{1107f}\u{110d0}-\u{110e8}\u{11100}-"
    r"\u{11134}\u{11150}-\u{11173}\u{11176}\u{11180}-\u{111c4}\u{111da}\u{11200}-\u{11211}\u{11213}-"
    r"\u{11237}\u{112b0}-\u{112ea}\u{11301}-\u{11303}\u{11305}-\u{1130c}\u{1130f}\u{11310}\u{11313}-"
    r"\u{11328}\u{1132a}-\u{11330}\u{11332}\u{11333}\u{11335}-\u{11339}\u{1133c}-\u{11344}\u{11347}"
    r"\u{11348}\u{1134b}-\u{1134d}\u{11357}\u{1135d}-\u{11363}\u{11366}-\u{1136c}\u{11370}-\u{11374}"
    r"\u{11480}-\u{114c5}\u{114c7}\u{11580}-\u{115b5}\u{115b8}-\u{115c0}\u{11600}-\u{11640}\u{11644}"
    r"\u{11680}-\u{116b7}\u{118a0}-\u{118df}\u{118ff}\u{11ac0}-\u{11af8}\u{1236f}-\u{12398}\u{16a40}-"
    r"\u{16a5e}\u{16ad0}-\u{16aed}\u{16af0}-\u{16af4}\u{16b00}-\u{16b36}\u{16b40}-\u{16b43}\u{16b63}-"
    r"\u{16b77}\u{16b7d}-\u{16b8f}\u{16f00}-\u{16f44}\u{16f50}-\u{16f7e}\u{16f8f}-\u{16f9f}\u{1bc00}-"
    r"\u{1bc6a}\u{1bc70}-\u{1bc7c}\u{1bc80}-\u{1bc88}\u{1bc90}-\u{1bc99}\u{1bc9d}\u{1bc9e}\u{1e800}-"
    r"\u{1e8c4}\u{1e8d0}-\u{1e8d6}\u{1ee00}-\u{1ee03}\u{1ee05}-\u{1ee1f}\u{1ee21}\u{1ee22}\u{1ee24}"
    r"\u{1ee27}\u{1ee29}-\u{1ee32}\u{1ee34}-\u{1ee37}\u{1ee39}\u{1ee3b}\u{1ee42}\u{1ee47}\u{1ee49}"
    r"\u{1ee4b}\u{1ee4d}-\u{1ee4f}\u{1ee51}\u{1ee52}\u{1ee54}\u{1ee57}\u{1ee59}\u{1ee5b}\u{1ee5d}\u{1ee5f}"
    r"\u{1ee61}\u{1ee62}\u{1ee64}\u{1ee67}-\u{1ee6a}\u{1ee6c}-\u{1ee72}\u{1ee74}-\u{1ee77}\u{1ee79}-"
    r"\u{1ee7c}\u{1ee7e}\u{1ee80}-\u{1ee89}\u{1ee8b}-\u{1ee9b}\u{1eea1}-\u{1eea3}\u{1eea5}-\u{1eea9}"
    r"\u{1eeab}-\u{1eebb}"
)
_HASHTAG_EXTRA_NUMERALS: Final = (
    r"\u0de6-\u0def\ua9f0-\ua9f9\u{110f0}-\u{110f9}\u{11136}-\u{1113f}\u{111d0}-\u{111d9}\u{112f0}-"
    r"\u{112f9}\u{114d0}-\u{114d9}\u{11650}-\u{11659}\u{116c0}-\u{116c9}\u{118e0}-\u{118e9}\u{16a60}-"
    r"\u{16a69}\u{16b50}-\u{16b59}"
)
_HASHTAG_SPECIAL: Final = (
    r"_\u200c\u200d\ua67e\u05be\u05f3\u05f4\uff5e\u301c\u309b\u309c\u30a0\u30fb\u3003\u0f0b\u0f0c\u00b7"
)

# Every emoji sequence of two or more code points in the emoji data holds one of these.
_EMOJI_SEQUENCE_HINT: Final = r"[\ufe0f\u20e3\u200d\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff\U000e0020-\U000e007f]"

# NFC may reach across a character only if it is a non-starter, a starter that composes with what
# precedes it (Unicode 14 data; checked against ``unicodedata`` by the tests), or a starter whose
# decomposition begins with a non-starter.
_NFC_COMPOSING_STARTERS: Final = frozenset(
    [
        *map(chr, (0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E)),
        *map(chr, (0x0D57, 0x0DCF, 0x0DDF, 0x0F73, 0x0F75, 0x0F81, 0x0FB5, 0x0FB7, 0x102E, 0x1B35, 0x11127)),
        *map(chr, (0x1133E, 0x11357, 0x114B0, 0x114BA, 0x114BD, 0x115AF, 0x11930)),
        *map(chr, range(0x1161, 0x1176)),  # Hangul medial vowels (L + V)
        *map(chr, range(0x11A8, 0x11C3)),  # Hangul final consonants (LV + T)
    ]
)
_NFC_BLOCK: Final = 32


def _extra_class(ruby: str, base: str) -> str:
    """The members of a Ruby character-class body (``\\u0378``, ``\\u{1f600}``, ranges) that ``[base]``
    lacks, as a class body: most of twitter-text's additions are letters by now, and a smaller class
    matches faster."""
    members = regex.compile(f"[{base}]")
    kept: list[int] = []
    for first, last in regex.findall(r"\\u\{?([0-9a-fA-F]+)\}?(?:-\\u\{?([0-9a-fA-F]+)\}?)?", ruby):
        low = int(first, 16)
        kept.extend(code for code in range(low, int(last or first, 16) + 1) if not members.match(chr(code)))
    body = ""
    index = 0
    while index < len(kept):
        end = index
        while end + 1 < len(kept) and kept[end + 1] == kept[end] + 1:
            end += 1
        body += f"\\U{kept[index]:08x}" + (f"-\\U{kept[end]:08x}" if end > index else "")
        index = end + 1
    return body


def _case_class(char: str) -> str:
    """``char`` or its upper-case form, as twitter-text's case-insensitive JavaScript matches a
    lower-case literal (a plain ``re.IGNORECASE`` would also let ``ı``, ``ſ`` or ``K`` through)."""
    upper = char.upper()
    if len(upper) != 1 or upper == char or (char.isascii() != upper.isascii()):
        return re.escape(char)
    return f"[{re.escape(char)}{re.escape(upper)}]"


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of lower-case ``words`` as a character trie, each letter matching either case:
    longest alternative first at every branch."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [_case_class(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


@dataclass(frozen=True)
class _Patterns:
    tld: Any
    run: Any
    run_back: Any
    rest: Any
    tco: Any
    mention: Any
    end_mention: Any
    reply: Any
    valid_list: Any
    hashtag_run: Any
    hashtag_letter: Any
    hashtag_char: Any
    end_hashtag: Any
    cashtag_tail: Any
    emoji_hint: Any
    invalid: Any
    url_unencoded: Any
    url_scheme: Any
    url_path: Any
    url_query: Any
    url_authority: Any
    url_unicode_authority: Any
    grapheme: Any


# long: one table of twitter-text's regexes, each built from the ones above it, in the reference's order
@functools.cache
def _patterns() -> _Patterns:
    """Compile every pattern once, on first use."""
    boundary = r"(?=[^0-9a-zA-Z@+\-]|\Z)"
    tld = re.compile(
        f"(?:{_trie_pattern(tld_data.GTLDS)}){boundary}"
        f"|(?:{_trie_pattern(tld_data.CCTLDS)}){boundary}"
        r"|[xX][nN]--[\-0-9a-zA-Z]+"
    )
    cyrillic = r"\u0400-\u04ff"
    path_char = rf"[a-zA-Z{cyrillic}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{_LATIN}]"
    parens = rf"\((?:{path_char}+|(?:{path_char}*\({path_char}+\){path_char}*))\)"
    path_end = rf"[+\-a-zA-Z{cyrillic}0-9=_#/{_LATIN}]"
    # twitter-text splices "ending chars | balanced parens" into the path unparenthesised (JavaScript
    # and Java alike), so its "|" splits the whole first alternative: kept as is.
    path = rf"(?:{path_char}*(?:{parens}{path_char}*)*{path_end}|{parens}|@{path_char}+/)"
    query_char = r"[a-zA-Z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]"
    query_end = r"[a-zA-Z0-9\-_&=#/]"
    rest = re.compile(rf"(?::([0-9]+))?(/{path}*)?(\?{query_char}*{query_end})?")
    tco = re.compile(rf"[hH][tT][tT][pP][sS]?://[tT]\.[cC][oO]/([a-zA-Z0-9]+)(?:\?{query_char}*{query_end})?")

    spaces = re.escape(_SPACES)
    mention_core = (
        r"(\A|[^a-zA-Z0-9_!#$%&*@＠]|(?:\A|[^a-zA-Z0-9_+~.\-])(?:rt|RT|rT|Rt):?)"
        r"([@＠])([a-zA-Z0-9_]{1,20})(/[a-zA-Z][a-zA-Z0-9_\-]{0,24})?"
    )
    letters = r"\p{L}\p{M}" + _extra_class(_HASHTAG_EXTRA_LETTERS, r"\p{L}\p{M}")
    alnum = "[" + letters + r"\p{Nd}" + _extra_class(_HASHTAG_EXTRA_NUMERALS, r"\p{Nd}") + _HASHTAG_SPECIAL + "]"
    letter = "[" + letters + "]"
    punct = re.escape(_PUNCT)
    cashtag_tail = rf"[a-zA-Z]{{1,6}}(?:[._][a-zA-Z]{{1,2}})?(?=\Z|[{re.escape(_JS_WHITESPACE)}]|[{punct}])"

    # URL validation (isValidUrl), from RFC 3986 as twitter-text restricts it.
    unreserved = r"[a-zA-Z\u0400-\u04ff0-9\-._~]"
    pct = r"(?:%[0-9a-fA-F]{2})"
    sub_delims = r"[!$&'()*+,;=]"
    pchar = rf"(?:{unreserved}|{pct}|{sub_delims}|[:|@])"
    userinfo = rf"(?:{unreserved}|{pct}|{sub_delims}|:)*"
    dec_octet = r"(?:[0-9]|(?:[1-9][0-9])|(?:1[0-9]{2})|(?:2[0-4][0-9])|(?:25[0-5]))"
    ipv4 = rf"(?:{dec_octet}(?:\.{dec_octet}){{3}})"
    ipv6 = r"(?:\[[a-fA-F0-9:.]+\])"
    ip = rf"(?:{ipv4}|{ipv6})"
    sub_segment = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9_\-]*[a-zA-Z0-9])?)"
    segment = r"(?:[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?)"
    tld_segment = r"(?:[a-zA-Z](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?)"
    domain = rf"(?:(?:{sub_segment}\.)*(?:{segment}\.){tld_segment})"
    u_any = r"[^\x00-\x7f]"
    u_sub_segment = rf"(?:(?:[a-zA-Z0-9]|{u_any})(?:(?:[a-zA-Z0-9_\-]|{u_any})*(?:[a-zA-Z0-9]|{u_any}))?)"
    u_segment = rf"(?:(?:[a-zA-Z0-9]|{u_any})(?:(?:[a-zA-Z0-9\-]|{u_any})*(?:[a-zA-Z0-9]|{u_any}))?)"
    u_tld = rf"(?:(?:[a-zA-Z]|{u_any})(?:(?:[a-zA-Z0-9\-]|{u_any})*(?:[a-zA-Z0-9]|{u_any}))?)"
    u_domain = rf"(?:(?:{u_sub_segment}\.)*(?:{u_segment}\.){u_tld})"
    port = r"[0-9]{1,5}"

    run = "[^" + re.escape("".join(sorted(_RUN_BREAK))) + "]*"
    return _Patterns(
        tld=tld,
        run=re.compile(run),
        run_back=regex.compile(run, regex.REVERSE),
        rest=rest,
        tco=tco,
        mention=re.compile(mention_core),
        end_mention=re.compile(rf"[@＠{_LATIN}]|://"),
        reply=re.compile(rf"\A[{spaces}]*[@＠]([a-zA-Z0-9_]{{1,20}})"),
        valid_list=re.compile(rf"\A{mention_core}\Z"),
        hashtag_run=regex.compile(alnum + "++"),
        hashtag_letter=regex.compile(letter),
        hashtag_char=regex.compile(alnum),
        end_hashtag=re.compile(r"[#＃]|://"),
        cashtag_tail=re.compile(cashtag_tail),
        emoji_hint=re.compile(_EMOJI_SEQUENCE_HINT),
        invalid=re.compile(f"[{_INVALID_CHARS}]"),
        url_unencoded=re.compile(r"\A(?:([^:/?#]+)://)?([^/?#]*)([^?#]*)(?:\?([^#]*))?(?:#([^\n\r\u2028\u2029]*))?\Z"),
        url_scheme=re.compile(r"[a-zA-Z][a-zA-Z0-9+\-.]*"),
        url_path=re.compile(rf"(?:/{pchar}*)*"),
        url_query=re.compile(rf"(?:{pchar}|/|\?)*"),
        url_authority=re.compile(rf"(?:({userinfo})@)?((?:{ip}|{domain}))(?::({port}))?"),
        url_unicode_authority=re.compile(rf"(?:({userinfo})@)?((?:{ip}|{u_domain}))(?::({port}))?"),
        grapheme=regex.compile(r"\X"),
    )


@functools.cache
def _emoji_trie() -> tuple[dict[str, Any], int]:
    """Every emoji sequence of two or more code points (the ``emoji`` package's data) as a character
    trie (``""`` marks an end), and the length of the longest."""
    import emoji  # deferred: loading its data costs a few milliseconds

    root: dict[str, Any] = {}
    longest = 0
    for key in emoji.EMOJI_DATA:
        if len(key) > 1:
            node = root
            for char in key:
                node = node.setdefault(char, {})
            node[""] = {}
            longest = max(longest, len(key))
    return root, longest


# --------------------------------------------------------------------------------------------------
# URLs (extractUrlsWithIndices)
# --------------------------------------------------------------------------------------------------


def _tld_end(text: str, pos: int) -> int:
    """The end of the TLD twitter-text would match at ``pos`` (gTLD, then ccTLD, then punycode), or -1."""
    match = _patterns().tld.match(text, pos)
    return int(match.end()) if match else -1


def _punycode_length(label: str) -> int:
    """The length of ``punycode.toASCII(label)`` as punycode.js computes it."""
    parts = regex.split("[\u3002\uff0e\uff61.]", label)
    total = len(parts) - 1
    for part in parts:
        printable = all(" " <= c <= "~" for c in part)  # punycode.js encodes anything outside U+0020-U+007E
        total += len(part) if printable else 4 + len(part.encode("punycode"))
    return total


def _ascii_domains(domain: str) -> list[tuple[int, int]]:
    """Every match of twitter-text's ``validAsciiDomain`` in ``domain``, scanning left to right.

    ``(?:[-a-z0-9À-ɏ…]+\\.)+(?:gTLD|ccTLD|punycode)``, computed per label so it stays linear.
    """
    dots = [i for i, char in enumerate(domain) if char == "."]
    if not dots:
        return []
    count = len(dots)
    whole = [False] * count  # the label after dots[k] is non-empty, all ASCII-domain chars, and dot-terminated
    for k in range(count - 1):
        start, end = dots[k] + 1, dots[k + 1]
        whole[k] = start < end and all(c in _ASCII_DOMAIN_LABEL for c in domain[start:end])
    found: list[tuple[int, int]] = []
    pos = 0
    while True:
        k = bisect.bisect_left(dots, pos)
        if k >= count:
            return found
        end = dots[k]
        start = end
        while start > pos and domain[start - 1] in _ASCII_DOMAIN_LABEL:
            start -= 1
        if start == end:
            pos = end + 1
            continue
        last = k
        while last + 1 < count and whole[last]:
            last += 1
        for j in range(last, k - 1, -1):
            tld_end = _tld_end(domain, dots[j] + 1)
            if tld_end != -1:
                found.append((start, tld_end))
                pos = tld_end
                break
        else:
            pos = dots[last] + 1


def _is_valid_host_and_length(url: str, protocol: str, domain: str) -> bool:
    """twitter-text's ``isValidUrl``: labels of 1 to 63 characters once punycoded, at most 4096 in all."""
    if domain[:4] == "xn--" and not _ascii_domains(domain):
        return False
    for label in domain.split("."):
        if not label or len(label) > _MAX_LABEL_LENGTH:  # punycode never shortens a label
            return False
        if not label.isascii() and not 1 <= _punycode_length(label) <= _MAX_LABEL_LENGTH:
            return False
    return _utf16_len(protocol) + _utf16_len(url) <= _MAX_URL_LENGTH


class _UrlScanner:
    """twitter-text's URL regular expression, as a linear scan.

    twitter-text runs ``(preceding char)(https?://)?(domain)(:port)?(/path)?(?query)?`` globally. The
    domain part is ``subdomain* domainName TLD``, where a subdomain is a label of domain characters,
    ``-`` and ``_`` (starting and ending with a domain character) followed by a dot, and a domain name is
    the same without ``_``. A backtracking engine first takes as many subdomains as it can, then gives
    them back one by one until a domain name and a TLD follow: so from a given start the domain ends
    after the TLD of the *furthest* label that can be a domain name, as long as every label before it
    can be a subdomain. ``_prepare`` records that choice per dot, right to left, which makes each
    start O(1); starts inside one label share the answer, so failures skip whole labels. The rest of
    the URL (port, path, query) is matched with twitter-text's own expression: it only runs forward
    from a host that matched, and its continuation always succeeds, so it cannot backtrack far.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.dots: list[int] = []
        self.tlds: list[int] = []
        self.best: dict[int, int] = {}

    def scan(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every URL, in order."""
        text = self.text
        index = text.find(".")
        while index != -1:
            self.dots.append(index)
            self.tlds.append(_tld_end(text, index + 1))
            index = text.find(".", index + 1)
        anchors = [d for d, t in zip(self.dots, self.tlds, strict=True) if t != -1]
        urls: list[tuple[int, int]] = []
        pos = 0  # the regular expression's lastIndex
        run_end = -1
        patterns = _patterns()
        for anchor in anchors:
            if anchor < run_end:
                continue
            start = int(patterns.run_back.match(text, 0, anchor).start())
            run_end = int(patterns.run.match(text, anchor).end())
            if run_end <= pos:
                continue
            pos = self._scan_run(start, run_end, pos, urls)
        return urls

    def _allowed(self, start: int, pos: int) -> bool:
        """Whether the expression, resumed at ``pos``, may begin a URL at ``start``.

        It needs a valid preceding character not yet consumed, or the start of the text. JavaScript
        matches UTF-16 units, so an astral character can lend its high surrogate as the preceding
        character and start a host with its low one: a start on an astral character is always allowed.
        """
        if start == 0 or self.text[start] > "\uffff":
            return start >= pos
        return start > pos and self.text[start - 1] not in _URL_PRECEDING_INVALID

    def _scan_run(self, run_start: int, run_end: int, pos: int, urls: list[tuple[int, int]]) -> int:
        """Match every URL whose host lies in ``text[run_start:run_end]``; return the new lastIndex."""
        text = self.text
        first_dot = bisect.bisect_left(self.dots, run_start)
        last_dot = bisect.bisect_left(self.dots, run_end)
        self._prepare(first_dot, last_dot, run_end)
        unders = [i for i in range(run_start, run_end) if text[i] == "_"] if "_" in text else []
        # With a scheme: "http://" or "https://" right before the run.
        for scheme in ("https://", "http://"):
            begin = run_start - len(scheme)
            if begin >= 0 and text[begin:run_start].lower() == scheme:
                if self._allowed(begin, pos) and text[run_start] not in _DOMAIN_BREAK:
                    host_end, _ = self._host(run_start, first_dot, last_dot, unders)
                    if host_end != -1:
                        pos = self._finish(begin, text[begin:run_start], run_start, host_end, pos, urls)
                break
        # Without: every start inside the run, in order (1 before 0: twitter-text tries the preceding
        # character before the start of the text, unless that character is astral).
        start = max(run_start, pos)
        if run_start == 0 and pos == 0:
            for candidate in (0, 1) if text[0] > "\uffff" else (1, 0):
                if candidate < run_end and self._allowed(candidate, pos) and text[candidate] not in _DOMAIN_BREAK:
                    host_end, _ = self._host(candidate, first_dot, last_dot, unders)
                    if host_end != -1:
                        pos = self._finish(candidate, "", candidate, host_end, pos, urls)
                        break
            start = max(2, pos)
        while start < run_end:
            if not self._allowed(start, pos) or text[start] in _DOMAIN_BREAK:
                start += 1
                continue
            host_end, skip = self._host(start, first_dot, last_dot, unders)
            if host_end == -1:
                start = skip
                continue
            pos = self._finish(start, "", start, host_end, pos, urls)
            start = pos
        return pos

    def _prepare(self, first_dot: int, last_dot: int, run_end: int) -> None:
        """Fill ``best`` for the dots of one run: the furthest label usable as a domain name."""
        text, dots, tlds = self.text, self.dots, self.tlds
        best_next = -1
        for k in range(last_dot - 1, first_dot - 1, -1):
            label_start = dots[k] + 1
            label_end = dots[k + 1] if k + 1 < last_dot else run_end
            subdomain = (
                k + 1 < last_dot
                and label_start < label_end
                and text[label_start] not in _DOMAIN_BREAK
                and text[label_end - 1] not in _DOMAIN_BREAK
            )
            domain_name = subdomain and "_" not in text[label_start:label_end] and tlds[k + 1] != -1
            best = best_next if subdomain and best_next != -1 else (k if domain_name else -1)
            self.best[k] = best
            best_next = best

    def _host(self, start: int, first_dot: int, last_dot: int, unders: list[int]) -> tuple[int, int]:
        """``(end of the host, -1)`` for a host starting at ``start``, or ``(-1, next start worth trying)``."""
        text, dots, tlds = self.text, self.dots, self.tlds
        k = bisect.bisect_right(dots, start, first_dot, last_dot)
        if k >= last_dot:
            return -1, len(text) + 1
        dot = dots[k]
        if text[dot - 1] in _DOMAIN_BREAK:  # the first label cannot even be a subdomain
            return -1, dot + 1
        best = self.best[k]
        if best != -1:
            return tlds[best + 1], -1
        if tlds[k] == -1:
            return -1, dot + 1
        under = bisect.bisect_left(unders, dot) - 1
        if under >= 0 and unders[under] >= start:  # a domain name may not hold "_": start after it
            return -1, unders[under] + 1
        return tlds[k], -1

    def _preceding(self, start: int, pos: int) -> str:
        """The character the expression consumed before a URL at ``start`` ("" at the start of the text)."""
        if start > pos and start > 0 and self.text[start - 1] not in _URL_PRECEDING_INVALID:
            return self.text[start - 1]
        return "\ud800" if self.text[start] > "\uffff" else ""  # a high surrogate, or ``^``

    def _finish(
        self, begin: int, scheme: str, host_start: int, host_end: int, pos: int, urls: list[tuple[int, int]]
    ) -> int:
        """Match port, path and query; apply twitter-text's checks; return the new lastIndex."""
        text = self.text
        rest = _patterns().rest.match(text, host_end)
        end = int(rest.end())
        path = rest.group(2)
        url = text[begin:end]
        domain = text[host_start:host_end]
        if not _is_valid_host_and_length(url, scheme or "https://", domain):
            return end
        if scheme:
            tco = _patterns().tco.match(url)
            if tco:
                if len(tco.group(1)) > _MAX_TCO_SLUG_LENGTH:
                    return end
                urls.append((begin, begin + len(tco.group(0))))
            else:
                urls.append((begin, end))
            return end
        if self._preceding(begin, pos) in _NO_PROTOCOL_PRECEDING_INVALID:
            return end
        hosts = _ascii_domains(domain)
        located = 0
        for index, (a, b) in enumerate(hosts):
            # twitter-text locates each host with domain.indexOf(host, previous end), which finds the
            # first copy of that text: usually the match itself, sometimes an earlier look-alike.
            found = domain.find(domain[a:b], located)
            located = found + b - a
            last = index == len(hosts) - 1
            urls.append((host_start + found, end if last and path else host_start + located))
        return end


def _url_spans(text: str) -> tuple[tuple[int, int], ...]:
    """URL spans of ``text``; the last few texts are remembered (a review parses and extracts the same text)."""
    if "." not in text:
        return ()
    return _url_spans_cached(text)


@functools.lru_cache(maxsize=32)
def _url_spans_cached(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_UrlScanner(text).scan())


# --------------------------------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------------------------------


def extract_urls(text: str) -> tuple[Entity, ...]:
    """URLs as twitter-text's ``extractUrlsWithIndices`` finds them (with or without a scheme)."""
    return tuple(Entity("url", text[s:e], s, e - s) for s, e in _url_spans(text))


def _next_sigil(text: str, sigils: str, pos: int) -> int:
    """The first index ``>= pos`` holding one of the two ``sigils`` (ASCII and full-width), or -1."""
    ascii_at = text.find(sigils[0], pos)
    wide_at = text.find(sigils[1], pos)
    if wide_at == -1 or (ascii_at != -1 and ascii_at < wide_at):
        return ascii_at
    return wide_at


def _mentions_or_lists(text: str) -> list[Entity]:
    """twitter-text's ``validMentionOrList`` scan, resumed just before each at sign.

    A match starts at most four characters before its at sign ("xRT:@"), so searching from there
    (never before the last match's end) finds exactly what a scan of the whole text would.
    """
    if "@" not in text and "＠" not in text:
        return []
    patterns = _patterns()
    found: list[Entity] = []
    last = 0  # the expression's lastIndex
    at = _next_sigil(text, "@＠", 0)
    while at != -1:
        match = patterns.mention.search(text, max(last, at - 4))
        if match is None:
            break
        last = int(match.end())
        if not patterns.end_mention.match(text, last):
            start = int(match.start(2))
            found.append(Entity("mention", match.group(3) + (match.group(4) or ""), start, last - start))
        at = _next_sigil(text, "@＠", last)
    return found


def extract_mentions(text: str, include_lists: bool = False) -> tuple[Entity, ...]:
    """@mentions (twitter-text's ``extractMentionsWithIndices``); with ``include_lists``, @user/list too."""
    return tuple(e for e in _mentions_or_lists(text) if include_lists or "/" not in e.value)


def extract_reply_screenname(text: str) -> str | None:
    """The screen name a text replies to (an @mention at its very start, after spaces), else ``None``."""
    patterns = _patterns()
    match = patterns.reply.match(text)
    if not match or patterns.end_mention.match(text, match.end()):
        return None
    return str(match.group(1))


def _hashtags(text: str) -> list[Entity]:
    """twitter-text's ``validHashtag`` scan, tried only at hash signs.

    The expression consumes the character before the hash sign (it must not be a hashtag character
    or ``&``, unless it is a variation selector), so that character may not belong to the previous
    match: ``last`` tracks the expression's lastIndex.
    """
    if "#" not in text and "＃" not in text:
        return []
    patterns = _patterns()
    found: list[Entity] = []
    last = 0
    hash_at = _next_sigil(text, "#＃", 0)
    while hash_at != -1:
        if (hash_at == 0 or (hash_at - 1 >= last and _hashtag_boundary(text[hash_at - 1]))) and text[
            hash_at + 1 : hash_at + 2
        ] not in ("\ufe0f", "\u20e3"):
            # The tag is the whole run of hashtag characters, if it holds a letter.
            match = patterns.hashtag_run.match(text, hash_at + 1)
            if match and patterns.hashtag_letter.search(match.group()):
                last = int(match.end())
                if not patterns.end_hashtag.match(text, last):
                    found.append(Entity("hashtag", match.group(), hash_at, last - hash_at))
                hash_at = _next_sigil(text, "#＃", last)
                continue
        hash_at = _next_sigil(text, "#＃", hash_at + 1)
    return found


def _hashtag_boundary(char: str) -> bool:
    """Whether ``char`` may stand right before a hashtag's hash sign."""
    if char < "\x80":
        return not (char.isalnum() or char in "_&")
    if char in "\ufe0e\ufe0f":
        return True
    if char == "&" or "\ud800" <= char <= "\udfff":
        return False
    return not _patterns().hashtag_char.match(char)


_offset = operator.attrgetter("offset")


def _remove_overlaps(entities: list[Entity]) -> list[Entity]:
    """twitter-text's ``removeOverlappingEntities``: sort by start, drop any entity overlapping the last kept."""
    kept: list[Entity] = []
    for entity in sorted(entities, key=_offset):
        if kept and kept[-1].end > entity.offset:
            continue
        kept.append(entity)
    return kept


def extract_hashtags(text: str) -> tuple[Entity, ...]:
    """#hashtags (twitter-text's ``extractHashtagsWithIndices``): none that sits inside a URL."""
    tags = _hashtags(text)
    if not tags:
        return ()
    urls = extract_urls(text)
    if not urls:
        return tuple(tags)
    return tuple(e for e in _remove_overlaps([*tags, *urls]) if e.kind == "hashtag")


def extract_cashtags(text: str) -> tuple[Entity, ...]:
    """$cashtags (twitter-text's ``extractCashtagsWithIndices``)."""
    if "$" not in text:
        return ()
    tail = _patterns().cashtag_tail
    found: list[Entity] = []
    last = 0  # twitter-text's expression consumes the space before the dollar sign
    dollar = text.find("$")
    while dollar != -1:
        if dollar == 0 or (dollar - 1 >= last and text[dollar - 1] in _SPACES):
            match = tail.match(text, dollar + 1)
            if match:
                last = match.end()
                found.append(Entity("cashtag", match.group(), dollar, last - dollar))
                dollar = text.find("$", last)
                continue
        dollar = text.find("$", dollar + 1)
    return tuple(found)


def extract_entities(text: str) -> Entities:
    """Every entity (twitter-text's ``extractEntitiesWithIndices``): on overlap the earlier one wins."""
    entities = [*extract_urls(text), *_mentions_or_lists(text), *_hashtags(text), *extract_cashtags(text)]
    if not entities:
        return Entities()
    groups: dict[str, list[Entity]] = {"mention": [], "hashtag": [], "url": [], "cashtag": []}
    for entity in _remove_overlaps(entities):
        groups[entity.kind].append(entity)
    return Entities(
        mentions=tuple(groups["mention"]),
        hashtags=tuple(groups["hashtag"]),
        urls=tuple(groups["url"]),
        cashtags=tuple(groups["cashtag"]),
    )


# --------------------------------------------------------------------------------------------------
# Weighted length (parseTweet)
# --------------------------------------------------------------------------------------------------


class _Weigher:
    """Sums the weights of code points under one configuration, in bulk where it can."""

    def __init__(self, default_weight: int, ranges: tuple[tuple[int, int, int], ...]) -> None:
        self.default = default_weight
        self.ranges = ranges
        weights = {w for _, _, w in ranges}
        self.common = weights.pop() if len(weights) == 1 else None
        self.heavy = None
        if self.common is not None:
            members = "".join(
                f"\\U{a:08x}-\\U{b:08x}" for a, b, _ in ranges if a <= b
            )  # everything outside every range weighs the default
            self.heavy = re.compile(f"[^{members}]")
        ascii_weights = {self.char(chr(code)) for code in range(128)}
        self.ascii = ascii_weights.pop() if len(ascii_weights) == 1 else None

    def char(self, char: str) -> int:
        """The weight of one code point."""
        code = ord(char)
        for start, end, weight in self.ranges:
            if start <= code <= end:
                return weight
        return self.default

    def span(self, text: str, start: int, end: int) -> int:
        """The weight of ``text[start:end]``, code point by code point."""
        if end <= start:
            return 0
        if not self.ranges:
            return self.default * (end - start)
        if self.ascii is not None and text[start:end].isascii():
            return self.ascii * (end - start)
        if self.common is not None and self.heavy is not None:
            heavy = len(self.heavy.findall(text, start, end))
            return self.common * (end - start - heavy) + self.default * heavy
        return sum(self.char(c) for c in text[start:end])


def _weigher(config: CountingConfig) -> _Weigher:
    """The weigher for ``config``'s weights (shared by configurations that differ only in their limit)."""
    return _weigher_for(config.default_weight, config.ranges)


@functools.lru_cache(maxsize=32)
def _weigher_for(default_weight: int, ranges: tuple[tuple[int, int, int], ...]) -> _Weigher:
    return _Weigher(default_weight, ranges)


def _emoji_spans(text: str) -> list[tuple[int, int]]:
    """Emoji sequences of two or more code points, scanning left to right, longest first.

    Every such sequence holds a hint character (a variation selector, joiner, keycap, skin tone,
    regional indicator or tag) and is at most as long as the longest in the data (ten code points), so
    the scan only runs in windows around hints; a sequence never straddles two windows.
    """
    hints = [m.start() for m in _patterns().emoji_hint.finditer(text)]
    if not hints:
        return []
    trie, reach = _emoji_trie()
    size = len(text)
    spans: list[tuple[int, int]] = []
    pos = 0
    index = 0
    while index < len(hints):
        pos = max(pos, hints[index] - reach + 1)
        window_end = hints[index] + reach
        index += 1
        while index < len(hints) and hints[index] - reach + 1 <= window_end:
            window_end = hints[index] + reach
            index += 1
        window_end = min(window_end, size)
        while pos < window_end:
            node = trie.get(text[pos])
            found = -1
            probe = pos + 1
            while node is not None:
                if "" in node:
                    found = probe
                if probe >= window_end:
                    break
                node = node.get(text[probe])
                probe += 1
            if found == -1:
                pos += 1
            else:
                spans.append((pos, found))
                pos = found
    return spans


def _units(text: str, config: CountingConfig) -> list[tuple[int, int, int]]:
    """The spans parseTweet weighs as a whole: ``(start, end, scaled weight)`` for URLs and emoji."""
    url_weight = config.transformed_url_length * config.scale
    spans = [(s, e, url_weight) for s, e in _url_spans(text)]
    if config.emoji_parsing_enabled:
        urls_at = {s for s, _, _ in spans}
        spans.extend((s, e, config.default_weight) for s, e in _emoji_spans(text) if s not in urls_at)
    if not spans:
        return []
    spans.sort()
    units: list[tuple[int, int, int]] = []
    reached = 0
    for unit in spans:  # a unit starting inside an earlier one is never reached
        if unit[0] >= reached:
            units.append(unit)
            reached = unit[1]
    return units


def _valid_prefix(text: str, units: list[tuple[int, int, int]], weigher: _Weigher, limit: int) -> int:
    """The end of the longest prefix (made of whole units) whose weight is at most ``limit``."""
    total = 0
    pos = 0
    for start, end, weight in [*units, (len(text), len(text), 0)]:
        stretch = weigher.span(text, pos, start)
        if total + stretch > limit:
            light = weigher.ascii if text[pos:start].isascii() else None  # every ASCII character weighs the same
            for index in range(pos, start):
                total += weigher.char(text[index]) if light is None else light
                if total > limit:
                    return index
            return start  # pragma: no cover - the stretch's weight is the sum of its characters
        total += stretch
        if end > start:
            total += weight
            if total > limit:
                return start
        pos = end
    return len(text)


def _nfc_chunks(text: str) -> tuple[str, list[int], list[int]]:
    """NFC of ``text`` with matching chunk boundaries ``(normalised, original starts, normalised starts)``.

    Chunks start at characters NFC never reaches across (no mark, no composing starter); a chunk longer
    than ``_NFC_BLOCK`` (a run of combining marks) is normalised block by block so the cost stays linear.
    """
    category = unicodedata.category
    starts = [0]
    for index in range(1, len(text)):
        char = text[index]
        # Every character with a non-zero combining class is a mark: "not a mark" is a safe (if
        # cautious) boundary test, and one the browser can make too (app/web/static/tweet.js).
        if char < "\u0300" or (category(char)[0] != "M" and char not in _NFC_COMPOSING_STARTERS):
            starts.append(index)
    starts.append(len(text))
    pieces: list[str] = []
    originals: list[int] = []
    normals: list[int] = []
    size = 0
    for a, b in itertools.pairwise(starts):
        for block in range(a, b, _NFC_BLOCK):
            piece = unicodedata.normalize("NFC", text[block : min(b, block + _NFC_BLOCK)])
            originals.append(block)
            normals.append(size)
            pieces.append(piece)
            size += len(piece)
    originals.append(len(text))
    normals.append(size)
    return "".join(pieces), originals, normals


def _to_original(index: int, originals: list[int], normals: list[int]) -> int:
    """The original offset of a normalised offset; inside a chunk, the chunk's start."""
    chunk = bisect.bisect_right(normals, index) - 1
    return originals[chunk]


def parse_tweet(text: str, config: CountingConfig = V3) -> TweetLength:
    """Weighted length and validity exactly as twitter-text's ``parseTweet`` (NFC, URLs 23, v3 emoji 2)."""
    if unicodedata.is_normalized("NFC", text):
        normal, originals, normals = text, None, None
    else:
        normal, originals, normals = _nfc_chunks(text)
    weigher = _weigher(config)
    units = _units(normal, config)
    total = weigher.span(normal, 0, len(normal))
    for start, end, weight in units:
        total += weight - weigher.span(normal, start, end)
    limit = config.max_weighted_length * config.scale
    invalid = _patterns().invalid.search(normal)
    if total <= limit and invalid is None:
        valid_end = len(text)
    else:
        prefix = _valid_prefix(normal, units, weigher, limit)
        if invalid is not None:
            prefix = min(prefix, int(invalid.start()))
        valid_end = prefix if originals is None or normals is None else _to_original(prefix, originals, normals)
    weighted = total // config.scale
    return TweetLength(
        weighted=weighted,
        limit=config.max_weighted_length,
        remaining=config.max_weighted_length - weighted,
        valid=invalid is None and 0 < total <= limit,
        permillage=total * 1000 // limit,
        valid_end=valid_end,
        display_range=(0, len(text) - 1),
        valid_range=(0, valid_end - 1),
    )


# --------------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------------


def is_valid_tweet(text: str, config: CountingConfig = V3) -> bool:
    """twitter-text's ``isValidTweetText``: not empty, within the limit, no invalid character."""
    return bool(text) and parse_tweet(text, config).valid


def is_valid_username(text: str) -> bool:
    """Whether ``text`` is exactly one @username (twitter-text's ``isValidUsername``)."""
    if not text:
        return False
    mentions = extract_mentions(text)
    return len(mentions) == 1 and mentions[0].value == text[1:]


def is_valid_list(text: str) -> bool:
    """Whether ``text`` is exactly one @username/list (twitter-text's ``isValidList``)."""
    match = _patterns().valid_list.match(text)
    return bool(match and match.group(1) == "" and match.group(4))


def is_valid_hashtag(text: str) -> bool:
    """Whether ``text`` is exactly one #hashtag (twitter-text's ``isValidHashtag``)."""
    if not text:
        return False
    tags = extract_hashtags(text)
    return len(tags) == 1 and tags[0].value == text[1:]


def _whole_match(pattern: Any, value: str | None, optional: bool = False) -> bool:
    """twitter-text's ``isValidMatch``: the first match at the start covers the whole value."""
    if value is None or (optional and value == ""):
        return optional
    match = pattern.match(value)
    return bool(match) and match.group(0) == value


def is_valid_url(text: str, unicode_domains: bool = True, require_protocol: bool = True) -> bool:
    """twitter-text's ``isValidUrl``: a whole http(s) URL per RFC 3986 as twitter-text restricts it."""
    if not text:
        return False
    patterns = _patterns()
    parts = patterns.url_unencoded.match(text)
    if not parts or parts.group(0) != text:
        return False
    scheme, authority, path, query, fragment = parts.groups()
    if require_protocol and not (
        _whole_match(patterns.url_scheme, scheme) and scheme is not None and scheme.lower() in ("http", "https")
    ):
        return False
    if not (
        _whole_match(patterns.url_path, path)
        and _whole_match(patterns.url_query, query, optional=True)
        and _whole_match(patterns.url_query, fragment, optional=True)
    ):
        return False
    authority_pattern = patterns.url_unicode_authority if unicode_domains else patterns.url_authority
    return _whole_match(authority_pattern, authority)


# --------------------------------------------------------------------------------------------------
# Thread splitting
# --------------------------------------------------------------------------------------------------

_SENTENCE_ENDS: Final = frozenset(".!?…。！？")
_CLOSERS: Final = frozenset("\"')]}»”’›」』")
_LINE_BREAKS: Final = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")
_LEVEL_SENTENCE, _LEVEL_WORD, _LEVEL_GRAPHEME = 3, 2, 1


class _ThreadPlan:
    """Cut points of a draft, ranked, with the estimated weight of every prefix that may end a part."""

    def __init__(self, text: str, config: CountingConfig) -> None:
        self.text = text
        self.config = config
        size = len(text)
        weigher = _weigher(config)
        units = _units(text, config)
        # Estimated weight of text[:i] at every i a cut may fall on (not inside a URL or an emoji).
        self.cumulative: dict[int, int] = {}
        total = 0
        pos = 0
        char = weigher.char
        for start, end, weight in [*units, (size, size, 0)]:
            # (U, session 27) a stretch of ASCII characters, each of one weight, weighed without a call per character
            light = weigher.ascii if text[pos:start].isascii() else None
            if light and start > pos:
                stretch = light * (start - pos)
                self.cumulative.update(zip(range(pos, start), range(total, total + stretch, light), strict=True))
                total += stretch
            else:
                for index in range(pos, start):
                    self.cumulative[index] = total
                    total += char(text[index])
            self.cumulative[start] = total
            total += weight
            pos = end
        self.cumulative[size] = total
        self.positions = sorted(self.cumulative)
        self.weights = [self.cumulative[p] for p in self.positions]
        # Cuts ranked: sentence end, word end, grapheme boundary inside a word; never inside an entity.
        inside = bytearray(size + 1)
        for entity in extract_entities(text).all():
            inside[entity.offset + 1 : entity.end] = b"\x01" * max(0, entity.length - 1)
        graphemes = {m.end() for m in _patterns().grapheme.finditer(text)}
        self.levels: list[list[int]] = [[], [], []]
        for index in self.positions:
            if not 0 < index < size or inside[index] or index not in graphemes:
                continue
            if text[index].isspace():
                if text[index - 1].isspace():
                    continue  # inside a run of spaces: the same cut as at the run's start
                back = index - 1
                while back > 0 and text[back] in _CLOSERS:
                    back -= 1
                after = index
                while after < size and text[after].isspace() and text[after] not in _LINE_BREAKS:
                    after += 1
                sentence = text[back] in _SENTENCE_ENDS or (after < size and text[after] in _LINE_BREAKS)
                level = _LEVEL_SENTENCE if sentence else _LEVEL_WORD
            elif text[index - 1].isspace():
                continue
            else:
                level = _LEVEL_GRAPHEME
            for rank in range(level):
                self.levels[rank].append(index)
        self.end = len(text.rstrip())

    def _last(self, level: int, low: int, high: int) -> int:
        """The last cut of at least ``level`` in ``(low, high]``, or -1."""
        cuts = self.levels[level - 1]
        index = bisect.bisect_right(cuts, high) - 1
        return cuts[index] if index >= 0 and cuts[index] > low else -1

    def _reach(self, start: int, budget: int, high: int) -> int:
        """The furthest cut position ``<= high`` whose estimated weight from ``start`` fits ``budget``."""
        fits = bisect.bisect_right(self.weights, self.cumulative[start] + budget)
        below = bisect.bisect_right(self.positions, high)
        index = min(fits, below) - 1
        return self.positions[index] if index >= 0 and self.positions[index] > start else start

    def _choose(self, start: int, reach: int, budget: int) -> int:
        """The best cut in ``(start, reach]``: a sentence end filling half a post, else a word end, …"""
        sentence = self._last(_LEVEL_SENTENCE, start, reach)
        if sentence != -1 and 2 * (self.cumulative[sentence] - self.cumulative[start]) >= budget:
            return sentence
        for level in (_LEVEL_WORD, _LEVEL_GRAPHEME):
            cut = self._last(level, start, reach)
            if cut != -1:
                return cut
        return reach

    def _hard_cut(self, start: int, suffix: str) -> int:
        """Last resort: the longest prefix from ``start`` that is valid, cut between any code points."""
        best = start
        for cut in range(start + 1, self.end + 1):
            if not parse_tweet(self.text[start:cut] + suffix, self.config).valid:
                break
            best = cut
        if best == start:
            raise ValueError("the limit is too small to hold any part of this draft")
        return best

    def split(self, suffix_weight: int, suffix: str) -> list[str]:
        """Greedy split with a budget that leaves room for a numbering suffix like ``suffix``."""
        text = self.text
        budget = self.config.max_weighted_length * self.config.scale - suffix_weight
        if budget <= 0:
            raise ValueError("the limit is too small to hold any part of this draft with its number")
        parts: list[str] = []
        start = len(text) - len(text.lstrip())
        while start < self.end:
            high = self.end
            while True:
                reach = self._reach(start, budget, high)
                cut = self.end if reach >= self.end else self._choose(start, reach, budget)
                if cut <= start:
                    cut = self._hard_cut(start, suffix)
                part = text[start:cut].rstrip()
                if part and parse_tweet(part + suffix, self.config).valid:
                    break
                high = cut - 1
            parts.append(part)
            start = cut
            while start < len(text) and text[start].isspace():
                start += 1
        return parts


def split_thread(text: str, config: CountingConfig = V3, numbering: bool = True) -> list[str]:
    """Split a draft over the limit into posts, each valid under ``config`` with its " i/n" suffix.

    Returns ``[]`` when the draft is valid as it is. Cuts fall at sentence ends (. ! ? … or a line
    break) when one fills at least half a post, else at word ends; never inside a URL, mention,
    hashtag, cashtag or grapheme cluster unless a single word is longer than a post. Whitespace at the
    cuts is dropped, as are characters no post may hold (U+FFFE, U+FEFF, U+FFFF). A single remaining
    part carries no number. Raises ``ValueError`` only when the limit cannot hold a single character.
    """
    if parse_tweet(text, config).valid:
        return []
    cleaned = _patterns().invalid.sub("", text)
    if not cleaned.strip():
        return []
    if parse_tweet(cleaned.strip(), config).valid:
        return [cleaned.strip()]
    plan = _ThreadPlan(cleaned, config)
    weigher = _weigher(config)
    digits = 1
    while True:
        widest = f" {'9' * digits}/{'9' * digits}"
        parts = plan.split(weigher.span(widest, 0, len(widest)) if numbering else 0, widest if numbering else "")
        if not numbering or len(parts) == 1:
            return parts
        if len(str(len(parts))) <= digits:
            return [f"{part} {index}/{len(parts)}" for index, part in enumerate(parts, 1)]
        digits += 1

"""Networks as data, and how each one counts a post: X, Bluesky, Mastodon, Threads, LinkedIn.

This module owns the network files (``networks/<id>.yml`` in a checkout, ``app/_networks`` in a wheel:
limit, counting method, thread numbering, etiquette norms, sources) and the counting methods they name:

- ``twitter-text`` — X: ``app.text.tweet.parse_tweet`` (twitter-text v3, weighted, URLs 23);
- ``bluesky`` — graphemes of the text *as the official client posts it*: bsky.app's composer counts
  ``shortenLinks(richtext).graphemeLength`` (bluesky-social/social-app src/lib/strings/rich-text-manip.ts),
  where every ``http(s)`` link facet found by @atproto/api's ``detectFacets`` (URL_REGEX, trailing
  ``.,;:!?`` and unbalanced ``)`` stripped) is replaced by ``toShortUrl`` (host + path, the path cut to
  13 characters and ``...`` past 15); the record limit is 3,000 UTF-8 bytes of that shortened text
  (lexicon app.bsky.feed.post ``maxLength``) besides the 300 graphemes (``maxGraphemes``);
- ``mastodon`` — Mastodon's ``StatusLengthValidator``: grapheme clusters of the text where every
  autolinkable URL *with a protocol* (twitter-text extraction, ``extract_url_without_protocol: false``)
  counts as 23 ``x`` and every mention (``Account::MENTION_RE``) as ``@user``, without its ``@domain``;
- ``threads`` — code points, an emoji counting as its UTF-8 bytes (Threads API, "Emojis are counted as
  the number of UTF-8 bytes"; an emoji is a grapheme cluster holding an Extended_Pictographic code point,
  a regional indicator or a keycap, which the browser counter can test the same way);
- ``utf16`` — UTF-16 code units (LinkedIn; JavaScript's ``length``).

Why hand-written: no Python package implements the official clients' counting (the official
implementations are TypeScript and Ruby). ``toShortUrl`` parses with the WHATWG URL parser; here a
subset of it: scheme, host (lowercased, IDNA via the ``idna`` package, default port dropped), path
with dot segments resolved, percent-encoding of the path, query and fragment. A URL the subset cannot
parse is left unshortened, as ``toShortUrl`` leaves a URL ``new URL`` rejects. tests/test_networks_js.py
compares every method with the official code under node (@atproto/api from npm) on the conformance
set in tests/data/networks/.

Spans and ``valid_end`` are code points of the text as submitted.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Final

import idna
import regex
import yaml

from app.text.tweet import CONFIGS, extract_entities, extract_urls, parse_tweet, split_thread

__all__ = [
    "COUNTING_METHODS",
    "Network",
    "NetworkError",
    "NetworkLength",
    "bluesky_posted_text",
    "count",
    "known_networks",
    "load_networks",
    "mastodon_countable_text",
    "network",
    "packaged_networks_dir",
    "split_for",
    "to_short_url",
]

COUNTING_METHODS: Final = ("twitter-text", "bluesky", "mastodon", "threads", "utf16")


class NetworkError(ValueError):
    """A network file that cannot be used, or an unknown network name: says which and why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


@dataclass(frozen=True)
class Network:
    """One network's data file: limit, counting, thread numbering, etiquette norms and sources."""

    id: str
    name: str
    limit: int
    counting: str
    unit: Mapping[str, str]
    byte_limit: int | None = None
    url_length: int | None = None
    numbering: str | None = None
    """The suffix of a numbered thread part (``" {i}/{n}"``); ``None``: the network has no threads."""
    hashtags: Mapping[str, Any] = field(default_factory=dict)
    mentions: Mapping[str, Any] = field(default_factory=dict)
    links: Mapping[str, Any] = field(default_factory=dict)
    content_warnings: bool = False
    sources: tuple[str, ...] = ()

    def unit_for(self, language: str) -> str:
        """The counting unit's name in ``language`` (English fallback)."""
        return self.unit.get(language.split("-")[0]) or self.unit.get("en") or "characters"


@dataclass(frozen=True)
class NetworkLength:
    """A draft counted as one network counts it; ``valid_end`` ends the longest prefix that fits."""

    network: str
    weighted: int
    limit: int
    remaining: int
    valid: bool
    valid_end: int
    bytes: int | None = None
    byte_limit: int | None = None


# --------------------------------------------------------------------------------------------------
# Network files
# --------------------------------------------------------------------------------------------------


def packaged_networks_dir() -> Path:
    """The network files shipped with Sevenfold: ``app/_networks`` in a wheel, ``networks/`` in a checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_networks", here.parent / "networks"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"no networks folder found beside {here}")


def _require(data: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise NetworkError(f"{where}: {key}", f"required, a {kind.__name__}")
    return value


def _parse(path: Path) -> Network:
    from app.kinds.options import load_yaml  # the one YAML reader; imported late: below the rule layer

    where = str(path)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise NetworkError(where, f"cannot read ({exc.__class__.__name__})") from None
    if not isinstance(data, dict):
        raise NetworkError(where, "a network file holds a mapping")
    counting = data.get("counting") or {}
    if not isinstance(counting, dict) or counting.get("method") not in COUNTING_METHODS:
        raise NetworkError(f"{where}: counting.method", f"one of {', '.join(COUNTING_METHODS)}")
    limit = _require(data, "limit", int, where)
    if limit < 1:
        raise NetworkError(f"{where}: limit", "a positive number")
    thread = data.get("thread") or {}
    sources = data.get("sources")
    if not isinstance(sources, list) or not sources:
        raise NetworkError(f"{where}: sources", "cite at least one source")
    unit = counting.get("unit") or {"en": "characters"}
    return Network(
        id=path.stem,
        name=_require(data, "name", str, where),
        limit=limit,
        counting=counting["method"],
        unit={str(k): str(v) for k, v in unit.items()},
        byte_limit=counting.get("byte_limit"),
        url_length=counting.get("url_length"),
        numbering=thread.get("numbering") if isinstance(thread, dict) else None,
        hashtags=data.get("hashtags") or {},
        mentions=data.get("mentions") or {},
        links=data.get("links") or {},
        content_warnings=bool(data.get("content_warnings", False)),
        sources=tuple(str(s.get("url", s)) if isinstance(s, dict) else str(s) for s in sources),
    )


@cache
def load_networks(root: Path | None = None) -> Mapping[str, Network]:
    """Every network file under ``root`` (default: the packaged ones), by id; read once."""
    folder = root or packaged_networks_dir()
    return {path.stem: _parse(path) for path in sorted(folder.glob("*.yml"))}


def known_networks() -> tuple[str, ...]:
    """The ids of the packaged networks, sorted."""
    return tuple(sorted(load_networks()))


def network(name: str) -> Network:
    """The packaged network ``name`` (case-insensitive); ``NetworkError`` naming the known ones."""
    networks = load_networks()
    found = networks.get(name.strip().lower())
    if found is None:
        raise NetworkError(name, f"unknown network (known: {', '.join(sorted(networks))})")
    return found


# --------------------------------------------------------------------------------------------------
# Graphemes, UTF-16
# --------------------------------------------------------------------------------------------------

_GRAPHEME: Final = regex.compile(r"\X")
# Code points that can join a grapheme cluster with a neighbour (UAX #29 properties other than Other/Control);
# a text without any counts one grapheme per code point.
_MAY_JOIN: Final = regex.compile(
    r"[\r\p{GCB=Extend}\p{GCB=SpacingMark}\p{GCB=Prepend}\p{GCB=ZWJ}\p{GCB=Regional_Indicator}"
    r"\p{GCB=L}\p{GCB=V}\p{GCB=T}\p{GCB=LV}\p{GCB=LVT}]"
)


def graphemes(text: str) -> int:
    """Extended grapheme clusters (UAX #29), as ``Intl.Segmenter`` and Ruby's ``each_grapheme_cluster``."""
    if text.isascii() or max(text) < "\u0300":
        return len(text) - text.count("\r\n")
    if _MAY_JOIN.search(text) is None:  # every code point is a cluster of its own
        return len(text)
    return len(_GRAPHEME.findall(text))


def _grapheme_ends(text: str) -> list[int]:
    return list(itertools.accumulate(map(len, _GRAPHEME.findall(text))))


def utf16_length(text: str) -> int:
    """UTF-16 code units (JavaScript's ``length``)."""
    return len(text) + sum(1 for c in text if c > "\uffff") if not text.isascii() else len(text)


# --------------------------------------------------------------------------------------------------
# Bluesky: @atproto/api detectFacets (links) + social-app shortenLinks/toShortUrl
# --------------------------------------------------------------------------------------------------

# JavaScript's \s (ECMAScript WhiteSpace and LineTerminator).
_JS_SPACE: Final = "\t\n\x0b\x0c\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
# URL_REGEX of @atproto/api (flags gim): the leading group consumed, both branches kept so that a
# scheme-less match swallows what it swallows in JavaScript.
_BSKY_URL: Final = re.compile(
    rf"(?:\A|(?<=[{_JS_SPACE}(]))((https?://[^{_JS_SPACE}]+)|([a-z][a-z0-9]*(?:\.[a-z0-9]+)+)[^{_JS_SPACE}]*)",
    re.ASCII | re.IGNORECASE,
)
_TRAILING_PUNCT: Final = ".,;:!?"
_DEFAULT_PORTS: Final = {"http": "80", "https": "443"}
_FORBIDDEN_HOST: Final = frozenset("\x00\t\n\r #/:<>?@[\\]^|%\x7f")
_C0: Final = frozenset(chr(c) for c in range(0x20))
_FRAGMENT_SET: Final = _C0 | frozenset(' "<>`')
_QUERY_SET: Final = _C0 | frozenset(" \"#<>'")
_PATH_SET: Final = _C0 | frozenset(' "#<>?`{}')


def _percent_encode(text: str, encode: frozenset[str]) -> str:
    if text.isascii() and not any(c in encode or c == "\x7f" for c in text):
        return text
    out: list[str] = []
    for char in text:
        if char in encode or char >= "\x7f":
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        else:
            out.append(char)
    return "".join(out)


def _host_to_ascii(host: str) -> str | None:
    """WHATWG host parsing for domains (subset): percent-decoded, IDNA to ASCII, lowercased; None if invalid."""
    from urllib.parse import unquote

    host = unquote(host)
    if not host:
        return None
    if host.startswith("["):
        return host.lower() if host.endswith("]") else None
    if not host.isascii():
        try:
            host = idna.uts46_remap(host, std3_rules=False, transitional=False)
        except (idna.IDNAError, UnicodeError, ValueError):
            return None
    labels: list[str] = []
    for label in host.split("."):
        if label.isascii():
            labels.append(label.lower())
            continue
        if "\u200c" in label or "\u200d" in label:
            return None  # CheckJoiners: a joiner is only valid after a virama (none of which a URL host needs)
        try:
            labels.append("xn--" + label.encode("punycode").decode("ascii"))
        except UnicodeError:
            return None
    ascii_host = ".".join(labels)
    if any(c in _FORBIDDEN_HOST or c < " " for c in ascii_host):
        return None
    return ascii_host


def _remove_dot_segments(path: str) -> str:
    segments = path.split("/")[1:]
    out: list[str] = []
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        lowered = segment.lower()
        if lowered in ("..", ".%2e", "%2e.", "%2e%2e"):
            if out:
                out.pop()
            if last:
                out.append("")
        elif lowered in (".", "%2e"):
            if last:
                out.append("")
        else:
            out.append(segment)
    return "/" + "/".join(out)


def to_short_url(url: str) -> str:
    """social-app's ``toShortUrl``: host + path(+search+hash), the path cut to 13 characters + '...' past 15."""
    match = re.match(r"(?i)(https?):[/\\]*", url)
    if match is None:
        return url
    scheme = match.group(1).lower()
    rest = url[match.end() :]
    end = len(rest)
    for stop in "/\\?#":
        found = rest.find(stop)
        if found != -1:
            end = min(end, found)
    authority, rest = rest[:end], rest[end:]
    hostport = authority.rpartition("@")[2]
    port = ""
    if not hostport.startswith("[") and ":" in hostport:
        hostport, _, port = hostport.partition(":")
        if (port and not port.isascii()) or (port and not port.isdigit()):
            return url
        if port:
            if int(port) > 65535:
                return url
            port = str(int(port))
    elif hostport.startswith("[") and "]:" in hostport:
        hostport, _, port = hostport.rpartition(":")
    host = _host_to_ascii(hostport)
    if host is None:
        return url
    if port == _DEFAULT_PORTS[scheme]:
        port = ""
    fragment = ""
    if "#" in rest:
        rest, _, fragment = rest.partition("#")
    query = ""
    has_query = "?" in rest
    if has_query:
        rest, _, query = rest.partition("?")
    path = _remove_dot_segments(_percent_encode(rest.replace("\\", "/") or "/", _PATH_SET))
    search = "?" + _percent_encode(query, _QUERY_SET) if query else ""
    hash_ = "#" + _percent_encode(fragment, _FRAGMENT_SET) if fragment else ""
    full_host = host + (f":{port}" if port else "")
    tail = ("" if path == "/" else path) + search + hash_
    if utf16_length(tail) > 15:
        return full_host + tail[:13] + "..."
    return full_host + tail


def bluesky_links(text: str) -> list[tuple[int, int]]:
    """Code-point spans of the ``http(s)`` link facets @atproto/api's ``detectFacets`` finds."""
    if "http" not in text.lower():
        return []
    spans: list[tuple[int, int]] = []
    for match in _BSKY_URL.finditer(text):
        if match.group(2) is None or not match.group(1).startswith("http"):
            continue  # a scheme-less link is never shortened (toShortUrl cannot parse it)
        start, end = match.span(1)
        uri = text[start:end]
        if uri[-1] in _TRAILING_PUNCT:
            uri, end = uri[:-1], end - 1
        if uri.endswith(")") and "(" not in uri:
            end -= 1
        spans.append((start, end))
    return spans


def bluesky_posted_text(text: str) -> str:
    """The text bsky.app posts (and counts): every http(s) link replaced by its short form.

    ``shortenLinks`` edits the UTF-8 text facet by facet with RichText's ``insert`` and ``delete``, which
    move the later facets by the UTF-16 length of the inserted text but the UTF-8 length of the deleted
    one; when a link stays unshortened and holds non-ASCII characters, the later links shift. That
    arithmetic is kept as it is, since it decides what is posted.
    """
    spans = bluesky_links(text)
    if not spans:
        return text
    if text.isascii():
        out: list[str] = []
        pos = 0
        for start, end in spans:
            out.append(text[pos:start])
            out.append(to_short_url(text[start:end]))
            pos = end
        out.append(text[pos:])
        return "".join(out)
    data = text.encode("utf-8", "surrogatepass")
    facets = [
        [len(text[:start].encode("utf-8", "surrogatepass")), len(text[:end].encode("utf-8", "surrogatepass"))]
        for start, end in spans
    ]
    for facet in facets:
        if facet[0] >= facet[1]:
            continue  # removed by an earlier delete
        byte_start, byte_end = facet
        short = to_short_url(data[byte_start:byte_end].decode("utf-8", "replace"))
        encoded = short.encode("utf-8", "surrogatepass")
        data = data[:byte_start] + encoded + data[byte_start:]
        added = utf16_length(short)
        for other in facets:  # RichText.insert
            if byte_start <= other[0]:
                other[0] += added
                other[1] += added
            elif other[0] <= byte_start < other[1]:
                other[1] += added
        facet[0], facet[1] = byte_start, byte_start + len(encoded)
        _rich_text_delete(facets, byte_start + len(encoded), byte_end + len(encoded))
        data = data[: byte_start + len(encoded)] + data[byte_end + len(encoded) :]
    return data.decode("utf-8", "replace")


def _rich_text_delete(facets: list[list[int]], remove_start: int, remove_end: int) -> None:
    """RichText.delete's facet arithmetic (@atproto/api rich-text.ts, scenarios A to F)."""
    removed = remove_end - remove_start
    for facet in facets:
        start, end = facet
        if remove_start <= start and remove_end >= end:
            facet[0] = facet[1] = 0
        elif remove_start > end:
            pass
        elif start < remove_start <= end < remove_end:
            facet[1] = remove_start
        elif remove_start >= start and remove_end <= end:
            facet[1] -= removed
        elif remove_start < start and start <= remove_end <= end:
            facet[0] = remove_start
            facet[1] -= removed
        elif remove_end < start:
            facet[0] -= removed
            facet[1] -= removed


# --------------------------------------------------------------------------------------------------
# Mastodon: StatusLengthValidator#countable_text
# --------------------------------------------------------------------------------------------------

_LATIN_ACCENTS: Final = (
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268"
    "\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
# Account::MENTION_RE; Extractor then drops (without backtracking) a match followed by an at sign, a Latin
# accent or "://" (Twitter::Regex[:end_mention_match]).
_FEDIVERSE_MENTION: Final = regex.compile(r"(?<![=/\w])@((?i:[a-z0-9_]+(?:[.-]+[a-z0-9_]+)*)(?:@\w+(?:[.-]+\w+)*)?)")
_END_MENTION: Final = regex.compile(rf"[@＠{_LATIN_ACCENTS}]|://")
_PROTOCOL: Final = re.compile(r"https?://", re.IGNORECASE)


def mastodon_countable_text(text: str, url_length: int = 23) -> str:
    """The text Mastodon counts: URLs with a protocol as ``x`` * 23, ``@user@domain`` as ``@user``."""
    entities: list[tuple[int, int, str]] = []
    for url in extract_urls(text):
        if _PROTOCOL.match(url.value):
            entities.append((url.offset, url.end, "x" * url_length))
    if "@" in text or "＠" in text:
        for match in _FEDIVERSE_MENTION.finditer(text):
            start, end = match.start(), match.end()
            if _END_MENTION.match(text, end):
                continue
            entities.append((start, end, "@" + match.group(1).split("@")[0]))
    if not entities:
        return text
    entities.sort()
    kept: list[tuple[int, int, str]] = []
    for entity in entities:  # twitter-text's remove_overlapping_entities: the earlier one wins
        if kept and entity[0] < kept[-1][1]:
            continue
        kept.append(entity)
    out: list[str] = []
    pos = 0
    for start, end, replacement in kept:
        out.append(text[pos:start])
        out.append(replacement)
        pos = end
    out.append(text[pos:])
    return "".join(out)


# --------------------------------------------------------------------------------------------------
# Threads
# --------------------------------------------------------------------------------------------------


_EMOJI_CLUSTER: Final = regex.compile(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3")


def threads_length(text: str) -> int:
    """Code points, a grapheme cluster holding an emoji (pictograph, flag, keycap) counting as its UTF-8 bytes."""
    if text.isascii() or _EMOJI_CLUSTER.search(text) is None:
        return len(text)
    extra = 0
    for cluster in _GRAPHEME.findall(text):
        if (len(cluster) > 1 or cluster > "\u00a8") and _EMOJI_CLUSTER.search(cluster):
            extra += len(cluster.encode("utf-8", "surrogatepass")) - len(cluster)
    return len(text) + extra


# --------------------------------------------------------------------------------------------------
# Counting
# --------------------------------------------------------------------------------------------------


def measure(net: Network) -> Callable[[str], int]:
    """The length function of a network (everything but twitter-text, which has its own config)."""
    if net.counting == "bluesky":
        return lambda text: graphemes(bluesky_posted_text(text))
    if net.counting == "mastodon":
        url_length = net.url_length or 23
        return lambda text: graphemes(mastodon_countable_text(text, url_length))
    if net.counting == "threads":
        return threads_length
    if net.counting == "utf16":
        return utf16_length
    raise NetworkError(net.id, f"counting method {net.counting!r} has no length function")


def _valid_end(text: str, fits: Callable[[str], bool]) -> int:
    """The end of the longest prefix (at a grapheme boundary) that fits."""
    ends = [0, *_grapheme_ends(text)]
    index = bisect.bisect_right(range(len(ends)), 0, key=lambda i: 0 if fits(text[: ends[i]]) else 1) - 1
    return ends[max(index, 0)]


def count(net: Network, text: str, limit: int | None = None, counting: str = "v3") -> NetworkLength:
    """``text`` counted as ``net`` counts it, against ``limit`` (default: the network's)."""
    limit = limit or net.limit
    if net.counting == "twitter-text":
        length = parse_tweet(text, _tweet_config(counting, limit))
        return NetworkLength(net.id, length.weighted, limit, length.remaining, length.valid, length.valid_end)
    size = measure(net)
    posted = bluesky_posted_text(text) if net.counting == "bluesky" else text
    weighted = graphemes(posted) if net.counting == "bluesky" else size(text)
    byte_count = len(posted.encode("utf-8", "surrogatepass")) if net.byte_limit else None
    valid = weighted <= limit and (byte_count is None or net.byte_limit is None or byte_count <= net.byte_limit)
    if valid:
        valid_end = len(text)
    else:

        def fits(prefix: str) -> bool:
            if size(prefix) > limit:
                return False
            if net.byte_limit is None:
                return True
            shown = bluesky_posted_text(prefix) if net.counting == "bluesky" else prefix
            return len(shown.encode("utf-8", "surrogatepass")) <= net.byte_limit

        valid_end = _valid_end(text, fits)
    return NetworkLength(
        net.id, weighted, limit, limit - weighted, valid, valid_end, byte_count, net.byte_limit if byte_count else None
    )


@lru_cache(maxsize=32)
def _tweet_config(counting: str, limit: int) -> Any:
    return CONFIGS[counting].with_limit(limit)


# --------------------------------------------------------------------------------------------------
# Threads of posts, per network
# --------------------------------------------------------------------------------------------------

_SENTENCE_ENDS: Final = frozenset(".!?…。！？")
_WORD_END: Final = re.compile(r"(?<=\S)\s")


def _cuts(text: str) -> tuple[list[int], list[int]]:
    """Word-end and sentence-end cut positions, never inside an entity (mention, hashtag, URL, cashtag)."""
    inside = bytearray(len(text) + 1)
    for entity in extract_entities(text).all():
        inside[entity.offset + 1 : entity.end] = b"\x01" * max(0, entity.length - 1)
    words: list[int] = []
    sentences: list[int] = []
    for match in _WORD_END.finditer(text):
        index = match.start()
        if inside[index]:
            continue
        words.append(index)
        back = index - 1
        while back > 0 and text[back] in "\"')]}»”’":
            back -= 1
        if text[back] in _SENTENCE_ENDS or text[index] == "\n":
            sentences.append(index)
    return words, sentences


def _split_generic(text: str, size: Callable[[str], int], limit: int, suffix: str) -> list[str]:
    words, sentences = _cuts(text)
    end = len(text.rstrip())
    parts: list[str] = []
    start = len(text) - len(text.lstrip())

    def fits(cut: int) -> bool:
        return size(text[start:cut].rstrip() + suffix) <= limit

    def last_fitting(candidates: Sequence[int]) -> int:
        lo = bisect.bisect_right(candidates, start)
        hi = bisect.bisect_left(candidates, end)
        window = candidates[lo:hi]
        index = bisect.bisect_right(range(len(window)), 0, key=lambda i: 0 if fits(window[i]) else 1) - 1
        return window[index] if index >= 0 else -1

    while start < end:
        if fits(end):
            parts.append(text[start:end].rstrip())
            break
        cut = last_fitting(words)
        sentence = last_fitting(sentences)
        if sentence != -1 and cut != -1 and 2 * size(text[start:sentence]) >= size(text[start:cut]):
            cut = sentence
        if cut == -1:  # a single word longer than a post: cut it between graphemes
            cut = last_fitting(_grapheme_ends(text))
        if cut == -1:
            raise ValueError("the limit is too small to hold any part of this draft with its number")
        parts.append(text[start:cut].rstrip())
        start = cut
        while start < end and text[start].isspace():
            start += 1
    return parts


def split_for(net: Network, text: str, limit: int | None = None, counting: str = "v3") -> list[str]:
    """The numbered posts proposed for ``net`` when ``text`` is over its limit; [] when it fits or no threads."""
    limit = limit or net.limit
    if net.numbering is None:
        return []
    if net.counting == "twitter-text":
        return split_thread(text, _tweet_config(counting, limit))
    size = measure(net)
    if size(text) <= limit:
        return []
    digits = 1
    while True:
        widest = net.numbering.format(i="9" * digits, n="9" * digits)
        parts = _split_generic(text, size, limit, widest)
        if len(parts) == 1:
            return parts
        if len(str(len(parts))) <= digits:
            return [part + net.numbering.format(i=i, n=len(parts)) for i, part in enumerate(parts, 1)]
        digits += 1

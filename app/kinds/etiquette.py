"""Etiquette kinds (turn 7): hashtags, mentions, links, fancy letters, invisible characters, emoji, alt text.

Entities come from ``app.text.tweet`` (twitter-text rules), emoji from the ``emoji`` package's current
data, word frequencies for hashtag segmentation from ``wordfreq`` (bundled lists, offline).
Hand-written parts and why: the lists of shorteners, tracking parameters and alt-text cues (no
maintained Python package ships them as data) are rule data, the ``params`` of
``rules/etiquette/links.yml`` and ``alt-text.yml``, which a policy can replace; the invisible/fancy character
classes (Unicode categories plus explicit ranges: NFKC alone would also "fix" legitimate ² or ﬁ).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import Field

from app.domain import Draft, Finding, Severity
from app.kinds.base import CheckContext, Kind, KindParams, Rule, RuleMeta
from app.text.emojis import emoji_spans as emoji_spans_of
from app.text.folding import BIDI_CONTROLS, SOFT_INVISIBLES, ZERO_WIDTH

if TYPE_CHECKING:
    from app.text.networks import Network


def emoji_spans(draft: Draft) -> list[tuple[int, int]]:
    """(start, end) of every emoji sequence in the draft, shared per draft."""
    return draft.memo("emoji_spans", lambda: emoji_spans_of(draft.text))


# -- hashtags -------------------------------------------------------------------------------------


class HashtagsParams(KindParams):
    """``max``: hashtags beyond this many are flagged."""

    max: int = Field(default=2, ge=0)


def extra_hashtags(draft: Draft, most: int) -> tuple[int, int] | None:
    """The span from the first hashtag beyond ``most`` to the end of the last one, or None when there are
    ``most`` or fewer: too many hashtags is one fault of the draft, said once with its count (a finding per
    extra tag repeated the same message for each)."""
    tags = draft.entities.hashtags
    if len(tags) <= most:
        return None
    return tags[most].offset, tags[-1].end


class HashtagsRule(Rule):
    """Too many hashtags read as spam: one finding over the hashtags beyond the maximum, naming the count."""

    params: HashtagsParams

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """One finding from the first extra hashtag to the last hashtag."""
        span = extra_hashtags(draft, self.params.max)
        if span is not None:
            yield self.finding(draft, *span, count=len(draft.entities.hashtags), max=self.params.max)


class HashtagsKind(Kind[HashtagsParams]):
    """Builds the hashtag-count rule."""

    Params = HashtagsParams
    rule = HashtagsRule


@cache
def _log_frequencies(language: str) -> dict[str, float]:
    """log10 word frequencies keyed by the accent-less form (hashtags are often typed without accents)."""
    from wordfreq import get_frequency_dict

    folded: dict[str, float] = {}
    for word, freq in get_frequency_dict(language, wordlist="small").items():
        key = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        folded[key] = folded.get(key, 0.0) + freq
    return {word: math.log10(freq) for word, freq in folded.items() if freq > 0}


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


# Single letters that stand as words: French elisions (l'emploi, d'or) and English a / I.
_SINGLE_LETTER_WORDS = {"fr": frozenset("ldjmnstcy"), "en": frozenset("ai")}


class HashtagCaseParams(KindParams):
    """Segmentation thresholds: minimum tag length, minimum word frequency (zipf) of each part."""

    min_length: int = Field(default=7, ge=4)
    min_part_zipf: float = Field(default=3.0, ge=0)
    whole_word_zipf: float = Field(default=2.5, ge=0, description="a tag this frequent as one word is left alone")
    max_part_length: int = Field(default=18, ge=3)


@lru_cache(maxsize=4096)
def _segment(
    word: str, lang: str, whole_word_zipf: float, min_part_zipf: float, max_part_length: int
) -> list[str] | None:
    """Dynamic programming over split points, scoring each part by its log frequency minus a word cost."""
    logs = _log_frequencies(lang)
    singles = _SINGLE_LETTER_WORDS[lang]
    folded_word = _strip_accents(word)
    if len(folded_word) != len(word):
        return None
    word = folded_word
    whole = logs.get(word)
    if whole is not None and whole + 9 >= whole_word_zipf:
        return None
    n = len(word)
    min_log = min_part_zipf - 9
    best: list[tuple[float, int] | None] = [None] * (n + 1)
    best[0] = (0.0, 0)
    for end in range(1, n + 1):
        for start in range(max(0, end - max_part_length), end):
            prev = best[start]
            if prev is None:
                continue
            part = word[start:end]
            log = logs.get(part, -99.0)
            if len(part) == 1:
                if part in singles or part.isdigit():
                    log = max(log, min_log)
                else:
                    continue
            elif part.isdigit():
                log = max(log, min_log)
            if log < min_log:
                continue
            score = prev[0] + log - 1.0  # each extra word costs: prefer fewer, longer words
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, start)
    if best[n] is None:
        return None
    parts: list[str] = []
    end = n
    while end > 0:
        entry = best[end]
        assert entry is not None
        parts.append(word[entry[1] : end])
        end = entry[1]
    parts.reverse()
    return parts if len(parts) >= 2 else None


class HashtagCaseRule(Rule):
    """Multi-word hashtags in one case are one long word to a screen reader: suggest CamelCase."""

    params: HashtagCaseParams

    def segment(self, word: str, language: str) -> list[str] | None:
        """The most probable split of ``word`` into 2+ frequent words, or None (memoised: tags repeat)."""
        lang = language if language in ("en", "fr") else "en"
        return _segment(word, lang, self.params.whole_word_zipf, self.params.min_part_zipf, self.params.max_part_length)

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """A finding per one-case multi-word hashtag, with the CamelCase tag as replacement."""
        for tag in draft.entities.hashtags:
            body = tag.value
            if len(body) < self.params.min_length or not body.isalnum():
                continue
            if not (body.islower() or body.isupper()) or body.isdigit():
                continue
            parts = self.segment(body.lower(), draft.language)
            if not parts:
                continue
            original_parts: list[str] = []
            cursor = 0
            for part in parts:  # same lengths: map the split back onto the tag as typed (accents kept)
                original_parts.append(body[cursor : cursor + len(part)].lower())
                cursor += len(part)
            camel = "".join(p[:1].upper() + p[1:] for p in original_parts)
            sigil = draft.text[tag.offset]
            yield self.finding(
                draft, tag.offset, tag.offset + tag.length, replacements=[sigil + camel], suggestion=sigil + camel
            )


class HashtagCaseKind(Kind[HashtagCaseParams]):
    """Builds the CamelCase-hashtag rule."""

    Params = HashtagCaseParams
    rule = HashtagCaseRule


# -- mentions -------------------------------------------------------------------------------------


class MentionsParams(KindParams):
    """``max`` mentions before flagging; whether a leading mention is flagged."""

    max: int = Field(default=3, ge=0)
    flag_leading: bool = True


class MentionsRule(Rule):
    """A draft that opens with a mention reads as a reply; too many mentions read as spam."""

    params: MentionsParams

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Leading mention (info by default) and mentions beyond the maximum."""
        mentions = draft.entities.mentions
        if not mentions:
            return
        first = mentions[0]
        leading = len(draft.text) - len(draft.text.lstrip())
        if self.params.flag_leading and first.offset == leading:
            excerpt = draft.text[first.offset : first.offset + first.length]
            yield self.finding(
                draft,
                first.offset,
                first.offset + first.length,
                key="leading",
                replacements=["." + excerpt],
                severity=Severity.INFO if self.meta.severity == Severity.WARNING else self.meta.severity,
            )
        if len(mentions) > self.params.max:
            for mention in mentions[self.params.max :]:
                yield self.finding(
                    draft,
                    mention.offset,
                    mention.offset + mention.length,
                    key="too-many",
                    count=len(mentions),
                    max=self.params.max,
                )


class MentionsKind(Kind[MentionsParams]):
    """Builds the mentions rule."""

    Params = MentionsParams
    rule = MentionsRule


# -- links ----------------------------------------------------------------------------------------


class LinksParams(KindParams):
    """Shortener hosts and tracking parameters: the packaged lists are in ``rules/etiquette/links.yml``."""

    shorteners: list[str] = Field(default_factory=list, description="link-shortener hosts")
    tracking_params: list[str] = Field(default_factory=list, description="query parameters that only track")
    tracking_prefixes: list[str] = Field(default_factory=list, description="prefixes of tracking parameters (utm_)")
    flag_shorteners: bool = True
    flag_tracking: bool = True


def _host_of(url: str) -> str:
    target = url if "://" in url else "http://" + url
    try:
        host = urlsplit(target).hostname or ""
    except ValueError:
        return ""
    return host.lower().removeprefix("www.")


class LinksRule(Rule):
    """Shortened links hide where they go; tracking parameters leak and clutter: offer the clean URL."""

    params: LinksParams

    def __init__(self, meta: RuleMeta, params: LinksParams) -> None:
        super().__init__(meta, params)
        self.shorteners = frozenset(h.lower() for h in params.shorteners)
        self.tracking = frozenset(p.lower() for p in params.tracking_params)
        self.prefixes = tuple(p.lower() for p in params.tracking_prefixes)

    def is_tracking(self, key: str) -> bool:
        """True for a tracking query parameter name."""
        low = key.lower()
        return low in self.tracking or low.startswith(self.prefixes)

    def clean(self, url: str) -> str | None:
        """The URL without tracking parameters, or None when it has none."""
        has_scheme = "://" in url
        try:
            parts = urlsplit(url if has_scheme else "http://" + url)
        except ValueError:
            return None
        if not parts.query and "=" not in parts.fragment:
            return None
        query = parse_qsl(parts.query, keep_blank_values=True)
        kept = [(k, v) for k, v in query if not self.is_tracking(k)]
        fragment = parts.fragment
        if fragment and "=" in fragment:
            frag_items = parse_qsl(fragment, keep_blank_values=True)
            frag_kept = [(k, v) for k, v in frag_items if not self.is_tracking(k)]
            if len(frag_kept) != len(frag_items):
                fragment = urlencode(frag_kept)
        if len(kept) == len(query) and fragment == parts.fragment:
            return None
        cleaned = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept, safe=":/@!$'()*+,;"), fragment))
        return cleaned if has_scheme else cleaned.split("://", 1)[1]

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Shortener and tracking findings for each URL."""
        for url in draft.entities.urls:
            start, end = url.offset, url.offset + url.length
            if self.params.flag_shorteners and _host_of(url.value) in self.shorteners:
                yield self.finding(draft, start, end, key="shortener", host=_host_of(url.value))
            if self.params.flag_tracking:
                cleaned = self.clean(url.value)
                if cleaned is not None:
                    yield self.finding(draft, start, end, key="tracking", replacements=[cleaned])


class LinksKind(Kind[LinksParams]):
    """Builds the links rule."""

    Params = LinksParams
    rule = LinksRule


# -- fancy letters --------------------------------------------------------------------------------

_FANCY_RANGES = (
    (0x1D400, 0x1D7FF),  # mathematical alphanumeric symbols: 𝗯𝗼𝗹𝗱, 𝘪𝘵𝘢𝘭𝘪𝘤, 𝔣𝔯𝔞𝔨𝔱𝔲𝔯, 𝟙𝟚𝟛
    (0xFF10, 0xFF19),  # fullwidth digits
    (0xFF21, 0xFF3A),  # fullwidth capitals
    (0xFF41, 0xFF5A),  # fullwidth small letters
    (0x24B6, 0x24E9),  # circled letters ⓐ Ⓐ
    (0x249C, 0x24B5),  # parenthesized letters ⒜
    (0x1F130, 0x1F149),  # squared capitals 🄰
    (0x1F150, 0x1F169),  # negative circled capitals 🅐
    (0x1F170, 0x1F189),  # negative squared capitals 🅰 (the emoji 🅰🅱🅾🅿 are excluded below)
)
_FANCY_EXCLUDED = frozenset({0x1F170, 0x1F171, 0x1F17E, 0x1F17F})


def is_fancy(char: str) -> bool:
    """True for a styled Unicode letter or digit that stands in for a plain one."""
    code = ord(char)
    if code < 0x2400 or code in _FANCY_EXCLUDED:
        return False
    return any(lo <= code <= hi for lo, hi in _FANCY_RANGES) and unicodedata.normalize("NFKC", char) != char


class FancyLettersParams(KindParams):
    """``min_letters``: a run needs this many styled characters to be flagged."""

    min_letters: int = Field(default=2, ge=1)


class FancyLettersRule(Rule):
    """Styled 'fancy' letters are unreadable to screen readers and search: offer plain text."""

    params: FancyLettersParams

    def runs(self, text: str) -> Iterator[tuple[int, int, int]]:
        """(start, end, styled count) of each run of styled characters, spaces and punctuation between them."""
        start = -1
        last_fancy = -1
        count = 0
        for index, char in enumerate(text):
            if is_fancy(char):
                if start < 0:
                    start = index
                last_fancy = index
                count += 1
            elif start >= 0 and not (char in " '-.,!?’" and index - last_fancy <= 1):
                yield start, last_fancy + 1, count
                start, count = -1, 0
        if start >= 0:
            yield start, last_fancy + 1, count

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """One finding per styled run, with its NFKC (plain) text as replacement."""
        text = draft.text
        if text.isascii():
            return
        for start, end, count in self.runs(text):
            if count >= self.params.min_letters:
                plain = unicodedata.normalize("NFKC", text[start:end])
                yield self.finding(draft, start, end, replacements=[plain], plain=plain)


class FancyLettersKind(Kind[FancyLettersParams]):
    """Builds the fancy-letters rule."""

    Params = FancyLettersParams
    rule = FancyLettersRule


# -- invisible characters -------------------------------------------------------------------------


def invisible_class(char: str) -> str | None:
    """'bidi', 'zero-width', 'control', 'tag', 'soft' (joiners, marks, soft hyphen) or None."""
    if char in BIDI_CONTROLS:
        return "bidi"
    if char in ZERO_WIDTH:
        return "zero-width"
    if char in SOFT_INVISIBLES:
        return "soft"
    code = ord(char)
    if 0xE0000 <= code <= 0xE007F:
        return "tag"
    if (code < 0x20 and char not in "\t\n\r") or 0x7F <= code <= 0x9F:
        return "control"
    return None


_INVISIBLE_CHAR = re.compile(
    "["
    + "".join(re.escape(c) for c in sorted(BIDI_CONTROLS | ZERO_WIDTH | SOFT_INVISIBLES))
    + "\U000e0000-\U000e007f\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)
"""Every character ``invisible_class`` names a class for (tags, C0 controls but tab and line ends, DEL and C1)."""


class InvisibleCharactersParams(KindParams):
    """Which classes are errors; the others are warnings."""

    error_classes: list[str] = Field(default_factory=lambda: ["bidi", "zero-width", "control", "tag"])


class InvisibleCharactersRule(Rule):
    """Invisible characters can hide or reverse text (U+202E): flag them, offer to delete them."""

    def __init__(self, meta: RuleMeta, params: InvisibleCharactersParams) -> None:
        super().__init__(meta)
        self.error_classes = frozenset(params.error_classes)

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """One finding per run of invisible characters outside emoji sequences."""
        text = draft.text
        if text.isascii() and text.isprintable():
            return
        inside_emoji = emoji_spans(draft)
        run_start = -1
        classes: set[str] = set()

        def in_emoji(index: int) -> bool:
            return any(s <= index < e for s, e in inside_emoji)

        def emit(start: int, end: int) -> Finding:
            severity = Severity.ERROR if classes & self.error_classes else Severity.WARNING
            names = ", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(text[start:end]))
            key = "bidi" if "bidi" in classes else "default"
            return self.finding(draft, start, end, key=key, replacements=[""], severity=severity, codes=names)

        # the invisible characters found in one scan (``_INVISIBLE_CHAR``), not a call per character: a run is
        # broken by any other character between two of them, or by one inside an emoji sequence (a ZWJ)
        last = -1
        for match in _INVISIBLE_CHAR.finditer(text):
            index = match.start()
            if run_start >= 0 and (index != last + 1 or in_emoji(index)):
                yield emit(run_start, last + 1)
                run_start, classes = -1, set()
            if in_emoji(index):
                continue
            if run_start < 0:
                run_start = index
            classes.add(invisible_class(match.group()) or "")
            last = index
        if run_start >= 0:
            yield emit(run_start, last + 1)


class InvisibleCharactersKind(Kind[InvisibleCharactersParams]):
    """Builds the invisible-characters rule."""

    Params = InvisibleCharactersParams
    rule = InvisibleCharactersRule


# -- emoji overload -------------------------------------------------------------------------------


class EmojiOverloadParams(KindParams):
    """``max`` emoji in a draft; ``max_run`` emoji in a row."""

    max: int = Field(default=5, ge=0)
    max_run: int = Field(default=3, ge=1)


class EmojiOverloadRule(Rule):
    """Too many emoji tire readers and screen readers (each is read aloud by name)."""

    params: EmojiOverloadParams

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """One finding over the emoji beyond the maximum, and one per over-long run."""
        spans = emoji_spans(draft)
        if len(spans) > self.params.max:
            start = spans[self.params.max][0]
            yield self.finding(draft, start, spans[-1][1], count=len(spans), max=self.params.max)
            return
        run: list[tuple[int, int]] = []
        for span in [*spans, (-1, -1)]:
            if run and (span[0] < 0 or draft.text[run[-1][1] : span[0]].strip() != ""):
                if len(run) > self.params.max_run:
                    yield self.finding(draft, run[0][0], run[-1][1], key="run", count=len(run), max=self.params.max_run)
                run = []
            if span[0] >= 0:
                run.append(span)


class EmojiOverloadKind(Kind[EmojiOverloadParams]):
    """Builds the emoji-overload rule."""

    Params = EmojiOverloadParams
    rule = EmojiOverloadRule


# -- alt-text reminder ----------------------------------------------------------------------------


class AltTextParams(KindParams):
    """Words and emoji that announce an image, per language (packaged lists: ``rules/etiquette/alt-text.yml``)."""

    cues: dict[str, list[str]] = Field(default_factory=dict, description="language -> words that announce an image")
    emoji: list[str] = Field(default_factory=list, description="emoji that announce an image")


class AltTextRule(Rule):
    """A draft that announces an image: remind the author to write alt text (once per draft)."""

    def __init__(self, meta: RuleMeta, params: AltTextParams) -> None:
        super().__init__(meta)
        import regex

        self.patterns = {
            lang: regex.compile(
                r"(?<!\w)(?:" + "|".join(regex.escape(c) for c in sorted(cues, key=len, reverse=True)) + r")(?!\w)",
                regex.IGNORECASE,
            )
            for lang, cues in params.cues.items()
        }
        self.emoji = tuple(params.emoji)

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """The first cue outside entities, if any."""
        pattern = self.patterns.get(draft.language) or self.patterns.get("en")
        candidates: list[tuple[int, int]] = []
        if pattern is not None:
            candidates.extend(m.span() for m in pattern.finditer(draft.text) if not draft.overlaps_entity(*m.span()))
        for mark in self.emoji:
            index = draft.text.find(mark)
            if index >= 0:
                candidates.append((index, index + len(mark)))
        if candidates:
            start, end = min(candidates)
            yield self.finding(draft, start, end)


class AltTextKind(Kind[AltTextParams]):
    """Builds the alt-text reminder."""

    Params = AltTextParams
    rule = AltTextRule


# -- network norms ----------------------------------------------------------------------------------


class NetworkNormsParams(KindParams):
    """Rules whose findings call for a content warning on networks that have them (Mastodon)."""

    content_warning_rules: list[str] = Field(default_factory=list)


def _note(block: Mapping[str, Any], language: str) -> str:
    """A network file's ``note`` in ``language`` (English fallback)."""
    texts = block.get("note")
    if not isinstance(texts, Mapping):
        return ""
    return str(texts.get(language) or texts.get("en") or "")


class NetworkNormsRule(Rule):
    """Each selected network's own norms (its network file): hashtag counts, CamelCase, content warnings,
    links and mention syntax. X's norms are the other etiquette rules; this one speaks for the others."""

    after_others = True
    params: NetworkNormsParams

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Findings for each selected network other than X, after the draft's own rules ran."""
        from app.text.networks import load_networks

        networks = load_networks()
        for name in ctx.policy.networks:
            if name == "x":
                continue
            net = networks[name]
            yield from self._hashtags(draft, ctx, net)
            yield from self._content_warning(draft, ctx, net)
            yield from self._links(draft, net)
            yield from self._mentions(draft, net)

    def _hashtags(self, draft: Draft, ctx: CheckContext, net: Network) -> Iterator[Finding]:
        tags = draft.entities.hashtags
        norms = net.hashtags
        note = _note(norms, draft.language.split("-")[0])
        most, least = norms.get("max"), norms.get("min")
        span = extra_hashtags(draft, most) if isinstance(most, int) else None
        if span is not None:
            yield self.finding(draft, *span, key="hashtags-max", network=net.name, max=most, count=len(tags), note=note)
        elif isinstance(least, int) and 0 < len(tags) < least:
            yield self.finding(
                draft, 0, 0, key="hashtags-min", severity=Severity.INFO, network=net.name, min=least,
                max=most if isinstance(most, int) else least, count=len(tags), note=note,
            )  # fmt: skip
        if norms.get("camel_case") == "required":
            for found in ctx.findings:
                if found.rule == "etiquette.hashtag-case":
                    yield self.finding(
                        draft, found.offset, found.offset + found.length, key="camel-case", network=net.name,
                        replacements=found.replacements, note=note,
                    )  # fmt: skip

    def _content_warning(self, draft: Draft, ctx: CheckContext, net: Network) -> Iterator[Finding]:
        if not net.content_warnings:
            return
        topics = [f for f in ctx.findings if f.rule in self.params.content_warning_rules]
        if topics:
            first = topics[0]
            yield self.finding(
                draft, first.offset, first.offset + first.length, key="content-warning", network=net.name,
                topic=first.excerpt,
            )  # fmt: skip

    def _links(self, draft: Draft, net: Network) -> Iterator[Finding]:
        urls = draft.entities.urls
        limit = net.links.get("max")
        note = _note(net.links, draft.language.split("-")[0])
        if isinstance(limit, int) and len(urls) > limit:
            yield self.finding(
                draft, urls[limit].offset, urls[-1].end, key="links-max", severity=Severity.WARNING,
                network=net.name, max=limit, count=len(urls),
            )  # fmt: skip
        elif urls and note:
            first = urls[0]
            yield self.finding(
                draft, first.offset, first.end, key="links", severity=Severity.INFO, network=net.name, note=note
            )

    def _mentions(self, draft: Draft, net: Network) -> Iterator[Finding]:
        syntax = str(net.mentions.get("syntax", ""))
        federated = syntax.startswith(("@user@", "@handle."))  # a bare @name is not a full handle there
        for mention in draft.entities.mentions:
            bare = "." not in mention.value and draft.text[mention.end : mention.end + 1] != "@"
            if (federated and bare) or syntax.startswith("@Name"):
                yield self.finding(
                    draft, mention.offset, mention.end, key="mentions", severity=Severity.INFO, network=net.name,
                    syntax=syntax, note=_note(net.mentions, draft.language.split("-")[0]),
                )  # fmt: skip
                return


class NetworkNormsKind(Kind[NetworkNormsParams]):
    """Builds the network-norms rule."""

    Params = NetworkNormsParams
    rule = NetworkNormsRule

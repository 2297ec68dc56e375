"""The LanguageTool HTTP client: annotated ``data`` for tweets, UTF-16 to code points, timeouts.

Owns what crosses the wire to LanguageTool and back:

- ``build_annotation`` turns a tweet into LanguageTool's annotated ``data``: URLs, @mentions,
  $cashtags and emoji go as markup with a neutral ``interpretAs`` (a name for a mention, a ticker-like
  noun for a cashtag, nothing for a URL or an emoji, with the whitespace beside an erased element
  absorbed so no double space appears); for a #hashtag the ``#`` is markup and the word stays text,
  and a CamelCase tag's parts are separated by an empty markup read as a space so they are checked
  as words. The markup and text pieces concatenate to the original text exactly, so LanguageTool's
  offsets count the original string.
- ``Utf16Index`` converts LanguageTool's Java UTF-16 offsets *and* lengths to code points.
- ``parse_matches`` maps an answer to ``GrammarMatch`` values (code-point spans, up to ten
  replacements); ``keep_match`` drops what must never be reported (entities, lone emoji, accepted
  vocabulary).
- ``LanguageToolClient`` is an async ``httpx`` client with a timeout on every call.

Why not language-tool-python: its ``check()`` cannot send ``data`` (so mentions, hashtags and emoji
are flagged), it converts only the offset (not the length) from UTF-16, its offset cache is a class
attribute that concurrent calls overwrite (not thread-safe in 3.4.0), and it is GPL-3.0-only.
The annotation and the UTF-16 mapping are written here because no library does them for
LanguageTool's ``data`` format; emoji are found with the ``emoji`` package.
"""

from __future__ import annotations

import asyncio
import json
import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

from app.kinds.base import EngineUnavailable
from app.text.emojis import emoji_count, emoji_spans

MENTION_AS = "Alex"
CASHTAG_AS = "Acme"
MAX_REPLACEMENTS = 10


class EntityLike(Protocol):
    """What the annotation needs of a twitter-text entity."""

    @property
    def offset(self) -> int: ...

    @property
    def length(self) -> int: ...


class EntitiesLike(Protocol):
    """What the annotation needs of twitter-text's entities."""

    @property
    def mentions(self) -> Sequence[EntityLike]: ...

    @property
    def hashtags(self) -> Sequence[EntityLike]: ...

    @property
    def urls(self) -> Sequence[EntityLike]: ...

    @property
    def cashtags(self) -> Sequence[EntityLike]: ...


class LanguageToolError(EngineUnavailable):
    """LanguageTool could not answer (down, slow, or an error status); the grammar turn is skipped."""


@dataclass(frozen=True, slots=True)
class GrammarMatch:
    """One LanguageTool match with its span in code points of the text as submitted."""

    rule_id: str
    issue_type: str
    category: str
    message: str
    offset: int
    length: int
    replacements: tuple[str, ...] = ()

    @property
    def end(self) -> int:
        """Code-point offset just past the span."""
        return self.offset + self.length


# -- UTF-16 <-> code points ------------------------------------------------------------------


class Utf16Index:
    """Maps UTF-16 code-unit offsets of a text to code-point offsets (and back)."""

    __slots__ = ("_size", "_units")

    def __init__(self, text: str) -> None:
        self._size = len(text)
        units: list[int] | None = None
        if any(ord(ch) > 0xFFFF for ch in text):
            # units[i] = UTF-16 offset of code point i; units[len(text)] = UTF-16 length
            units = [0] * (len(text) + 1)
            total = 0
            for i, ch in enumerate(text):
                units[i] = total
                total += 2 if ord(ch) > 0xFFFF else 1
            units[len(text)] = total
        self._units = units

    @property
    def length16(self) -> int:
        """The text's length in UTF-16 units."""
        return self._size if self._units is None else self._units[-1]

    def to_codepoint(self, unit: int) -> int:
        """The code point that UTF-16 offset ``unit`` falls in (a low surrogate rounds down)."""
        unit = max(0, min(unit, self.length16))
        if self._units is None:
            return unit
        return bisect_right(self._units, unit) - 1

    def span(self, offset16: int, length16: int) -> tuple[int, int]:
        """(start, end) in code points of a UTF-16 (offset, length); a split pair is included whole."""
        start = self.to_codepoint(offset16)
        end_unit = max(0, min(offset16 + length16, self.length16))
        end = end_unit if self._units is None else bisect_left(self._units, end_unit)
        return start, max(start, end)

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 offset of code-point offset ``cp``."""
        cp = max(0, min(cp, self._size))
        return cp if self._units is None else self._units[cp]


# -- annotation -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Piece:
    """A part of the annotated text: plain text, or markup read as ``interpret_as``."""

    start: int
    end: int
    markup: bool
    interpret_as: str = ""


def _is_space(ch: str) -> bool:
    return ch.isspace()


def camel_parts(word: str) -> list[str]:
    """The words of a CamelCase hashtag body (``MerciBeaucoup2025`` -> Merci, Beaucoup, 2025; any script)."""
    parts: list[str] = []
    begin = 0
    for i in range(1, len(word)):
        prev, cur = word[i - 1], word[i]
        nxt = word[i + 1] if i + 1 < len(word) else ""
        if (
            (prev.islower() and cur.isupper())
            or (prev.isalpha() and cur.isdigit())
            or (prev.isdigit() and cur.isalpha())
            or (prev.isupper() and cur.isupper() and nxt.islower())
        ):
            parts.append(word[begin:i])
            begin = i
    parts.append(word[begin:])
    return [p for p in parts if p] or [word]


def _neutral_spans(text: str, entities: EntitiesLike | None) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, interpretAs) of everything LanguageTool must not read as words, sorted."""
    spans: list[tuple[int, int, str, str]] = []
    taken: list[tuple[int, int]] = []
    if entities is not None:
        for e in entities.urls:
            spans.append((e.offset, e.offset + e.length, "url", ""))
        for e in entities.mentions:
            spans.append((e.offset, e.offset + e.length, "mention", MENTION_AS))
        for e in entities.cashtags:
            spans.append((e.offset, e.offset + e.length, "cashtag", CASHTAG_AS))
        for e in entities.hashtags:
            spans.append((e.offset, e.offset + e.length, "hashtag", ""))
        taken = [(s, e) for s, e, _, _ in spans]
    for start, end in emoji_spans(text):
        if any(s < end and start < e for s, e in taken):
            continue
        # adjacent emoji merge into one run
        if spans and spans[-1][2] == "emoji" and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], end, "emoji", "")
        else:
            spans.append((start, end, "emoji", ""))
    spans.sort()
    # entities never overlap each other in twitter-text; be safe anyway
    cleaned: list[tuple[int, int, str, str]] = []
    for span in spans:
        if cleaned and span[0] < cleaned[-1][1]:
            continue
        cleaned.append(span)
    return cleaned


def annotate(text: str, entities: EntitiesLike | None = None) -> list[Piece]:
    """The pieces of ``text`` (covering it exactly, in order) for LanguageTool's ``data``."""
    pieces: list[Piece] = []
    cursor = 0
    size = len(text)

    def add_text(start: int, end: int) -> None:
        if end > start:
            pieces.append(Piece(start, end, False))

    for start, end, kind, interpret in _neutral_spans(text, entities):
        if start < cursor:
            continue
        if kind == "hashtag":
            add_text(cursor, start)
            sigil_end = start + 1
            pieces.append(Piece(start, sigil_end, True, ""))
            body = text[sigil_end:end]
            position = sigil_end
            parts = camel_parts(body)
            for index, part in enumerate(parts):
                pieces.append(Piece(position, position + len(part), False))
                position += len(part)
                if index < len(parts) - 1:
                    pieces.append(Piece(position, position, True, " "))
            cursor = end
            continue
        if interpret == "":
            prev_space = start == 0 or start <= cursor or _is_space(text[start - 1])
            if prev_space and end < size and _is_space(text[end]):
                # "live 🚀 now" -> "live now": swallow the space after
                while end < size and _is_space(text[end]):
                    end += 1
            elif start > cursor and _is_space(text[start - 1]) and (end >= size or not text[end].isalnum()):
                # "great 🎉." or a trailing "live 🚀" -> "great." / "live": swallow the space before
                while start > cursor and _is_space(text[start - 1]):
                    start -= 1
        add_text(cursor, start)
        pieces.append(Piece(start, end, True, interpret))
        cursor = end
    add_text(cursor, size)
    return pieces


def annotation_data(text: str, pieces: Iterable[Piece]) -> str:
    """The JSON ``data`` form field for ``pieces`` of ``text``."""
    items: list[dict[str, str]] = []
    for piece in pieces:
        chunk = text[piece.start : piece.end]
        if piece.markup:
            items.append({"markup": chunk, "interpretAs": piece.interpret_as})
        else:
            items.append({"text": chunk})
    return json.dumps({"annotation": items}, ensure_ascii=False)


# -- answers ----------------------------------------------------------------------------------


def parse_matches(payload: Mapping[str, Any], text: str, index: Utf16Index | None = None) -> list[GrammarMatch]:
    """LanguageTool's ``matches`` as ``GrammarMatch`` values with code-point spans (bad ones skipped)."""
    index = index or Utf16Index(text)
    out: list[GrammarMatch] = []
    for raw in payload.get("matches") or ():
        try:
            offset16 = int(raw["offset"])
            length16 = int(raw["length"])
            rule = raw.get("rule") or {}
            rule_id = str(rule["id"])
        except (KeyError, TypeError, ValueError):
            continue
        if offset16 < 0 or length16 < 0 or offset16 + length16 > index.length16:
            continue
        start, end = index.span(offset16, length16)
        replacements = tuple(
            str(r["value"])
            for r in (raw.get("replacements") or ())[:MAX_REPLACEMENTS]
            if isinstance(r, Mapping) and "value" in r
        )
        category = rule.get("category") or {}
        out.append(
            GrammarMatch(
                rule_id=rule_id,
                issue_type=str(rule.get("issueType") or "uncategorized"),
                category=str(category.get("id") or ""),
                message=str(raw.get("message") or raw.get("shortMessage") or ""),
                offset=start,
                length=end - start,
                replacements=replacements,
            )
        )
    return out


def accepted_spans(text: str, accepted: Iterable[str]) -> list[tuple[int, int]]:
    """Where accepted vocabulary (already case-folded) occurs in ``text`` as whole words."""
    spans: list[tuple[int, int]] = []
    folded_terms = [t for t in accepted if t.strip()]
    if not folded_terms:
        return spans
    # casefold can change lengths (ß -> ss); match case-insensitively on the original instead
    for term in folded_terms:
        pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return spans


def keep_match(
    match: GrammarMatch,
    text: str,
    entity_spans: Sequence[tuple[int, int]],
    accepted: frozenset[str],
    accepted_at: Sequence[tuple[int, int]] = (),
) -> bool:
    """False for a match Sevenfold must never report: on an entity, only emoji, or accepted vocabulary."""
    start, end = match.offset, match.end
    if any(s < end and start < e for s, e in entity_spans):
        return False
    excerpt = text[start:end]
    if end > start and not any(ch.isalnum() for ch in excerpt) and emoji_count(excerpt) > 0:
        return False
    spelling = match.issue_type == "misspelling" or "SPELL" in match.rule_id or "MORFOLOGIK" in match.rule_id
    if spelling and excerpt.strip().casefold() in accepted:
        return False
    return not (end > start and any(s <= start and end <= e for s, e in accepted_at))


# -- HTTP -------------------------------------------------------------------------------------


def _status_reason(response: httpx.Response) -> str:
    detail = " ".join(response.text.split())[:160]
    names = {
        400: "rejected the request",
        413: "text too long",
        429: "rate limited",
        500: "check failed or timed out",
        503: "overloaded",
    }
    what = names.get(response.status_code, "error")
    return (
        f"LanguageTool answered {response.status_code} ({what}): {detail}"
        if detail
        else f"LanguageTool answered {response.status_code} ({what})"
    )


class LanguageToolClient:
    """Async client of one LanguageTool server; one ``httpx.AsyncClient`` per event loop."""

    def __init__(self, base_url: str, *, timeout: float = 5.0, max_connections: int = 32) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self._limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=max_connections)
        self._clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient] = (
            weakref.WeakKeyDictionary()
        )

    def _client(self) -> httpx.AsyncClient:
        loop = asyncio.get_running_loop()
        client = self._clients.get(loop)
        if client is None or client.is_closed:
            client = httpx.AsyncClient(
                base_url=self.base_url,
                timeout=httpx.Timeout(self.timeout),
                limits=self._limits,
                headers={"Accept": "application/json"},
                trust_env=False,
            )
            self._clients[loop] = client
        return client

    async def _request(
        self, method: str, path: str, *, timeout: float | None = None, data: Mapping[str, str] | None = None
    ) -> httpx.Response:
        try:
            response = await self._client().request(
                method, path, data=data, timeout=httpx.Timeout(timeout if timeout is not None else self.timeout)
            )
        except httpx.TimeoutException:
            raise LanguageToolError(f"LanguageTool did not answer within {timeout or self.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise LanguageToolError(f"LanguageTool unreachable ({exc.__class__.__name__})") from None
        if response.status_code != 200:
            raise LanguageToolError(_status_reason(response))
        return response

    async def healthcheck(self, timeout: float | None = None) -> None:
        """Raise ``LanguageToolError`` unless ``GET /v2/healthcheck`` answers 200."""
        await self._request("GET", "/v2/healthcheck", timeout=timeout)

    async def languages(self, timeout: float | None = None) -> list[dict[str, str]]:
        """``GET /v2/languages``: name, code and longCode of every language the server has."""
        response = await self._request("GET", "/v2/languages", timeout=timeout)
        try:
            data = response.json()
        except ValueError:
            raise LanguageToolError("LanguageTool answered /v2/languages with invalid JSON") from None
        return [dict(item) for item in data if isinstance(item, Mapping)]

    async def check_raw(self, form: Mapping[str, str], timeout: float | None = None) -> dict[str, Any]:
        """``POST /v2/check`` with ``form`` as is; the decoded answer."""
        response = await self._request("POST", "/v2/check", data=form, timeout=timeout)
        try:
            payload = response.json()
        except ValueError:
            raise LanguageToolError("LanguageTool answered with invalid JSON") from None
        if not isinstance(payload, dict):
            raise LanguageToolError("LanguageTool answered with an unexpected shape")
        return payload

    async def check(
        self,
        text: str,
        language: str,
        *,
        pieces: Sequence[Piece] | None = None,
        disabled_rules: Sequence[str] = (),
        level: str = "default",
        timeout: float | None = None,
    ) -> list[GrammarMatch]:
        """Check ``text`` (annotated by ``pieces``) in ``language``; matches with code-point spans."""
        form: dict[str, str] = {"language": language, "level": level}
        if pieces is None:
            form["text"] = text
        else:
            form["data"] = annotation_data(text, pieces)
        if disabled_rules:
            form["disabledRules"] = ",".join(disabled_rules)
        payload = await self.check_raw(form, timeout=timeout)
        return parse_matches(payload, text)

    async def aclose(self) -> None:
        """Close the HTTP client of the running loop (others close with their loops)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        client = self._clients.pop(loop, None)
        if client is not None:
            await client.aclose()

"""Pure helpers that turn a report (its wire shape) into what the form's templates render.

The browser script (static/marks.js) implements the same algorithms on UTF-16 indices, so the page
looks the same with and without JavaScript; an end-to-end test compares the two. Hand-written because
this is presentation logic specific to our report shape: no library renders overlapping spans of a
report as nested ``<mark>`` elements.

Highlights: every finding with a non-empty span becomes one ``<mark data-rule>`` element, or several
when it crosses another finding (HTML elements cannot overlap). Spans are sorted by start, then the
longer first, so an enclosing finding stays outside and an enclosed one nests inside it; where spans
cross, the later one is split and its continuation carries ``data-part`` > 0.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Literal

from app.domain import FAMILY_ORDER

TokenKind = Literal["open", "close", "text"]
ENTITY_KINDS: tuple[tuple[str, str], ...] = (
    ("mentions", "mention"),
    ("hashtags", "hashtag"),
    ("urls", "url"),
    ("cashtags", "cashtag"),
)


@dataclass(frozen=True, slots=True)
class Token:
    """One step of a highlighted rendering: open a mark, close the innermost one, or some text."""

    kind: TokenKind
    text: str = ""
    index: int = -1
    rule: str = ""
    severity: str = ""
    message: str = ""
    part: int = 0


@dataclass(frozen=True, slots=True)
class HighlightPiece:
    """A run of the post preview: plain text, or an entity (``mention``, ``hashtag``, ``url``, ``cashtag``)."""

    text: str
    entity: str | None = None

    @property
    def shown(self) -> str:
        """What the post shows: URLs as X displays them (no scheme, no ``www.``, long ones cut with …)."""
        return display_url(self.text) if self.entity == "url" else self.text


URL_DISPLAY_LENGTH = 25


def display_url(url: str) -> str:
    """A URL as X shows it in a post: scheme and ``www.`` dropped, cut after 25 characters with an ellipsis."""
    shown = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
    return shown if len(shown) <= URL_DISPLAY_LENGTH else shown[:URL_DISPLAY_LENGTH] + "…"


def normalise_newlines(text: str) -> str:
    """CR LF and lone CR become LF, as a browser's textarea value has them (forms post CR LF)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _spans(size: int, findings: Sequence[Mapping[str, Any]]) -> list[tuple[int, int, int]]:
    """(start, end, index) of every finding with a non-empty span inside the text, in nesting order."""
    spans = []
    for index, finding in enumerate(findings):
        start = int(finding.get("offset", 0))
        end = start + int(finding.get("length", 0))
        if 0 <= start < end <= size:
            spans.append((start, end, index))
    spans.sort(key=lambda s: (s[0], -s[1], s[2]))
    return spans


def mark_tokens(text: str, findings: Sequence[Mapping[str, Any]]) -> list[Token]:
    """The draft as open/text/close tokens, each finding's span inside ``<mark>`` elements."""
    spans = _spans(len(text), findings)
    order = {index: rank for rank, (_, _, index) in enumerate(spans)}
    cuts = sorted({0, len(text)} | {s for s, _, _ in spans} | {e for _, e, _ in spans})
    stack: list[int] = []
    parts: dict[int, int] = {}
    tokens: list[Token] = []
    for a, b in pairwise(cuts):
        if a >= b:
            continue
        cover = [index for start, end, index in spans if start <= a and b <= end]
        cover.sort(key=order.__getitem__)
        keep = 0
        while keep < len(stack) and keep < len(cover) and stack[keep] == cover[keep]:
            keep += 1
        while len(stack) > keep:
            stack.pop()
            tokens.append(Token("close"))
        for index in cover[keep:]:
            finding = findings[index]
            part = parts.get(index, 0)
            parts[index] = part + 1
            tokens.append(
                Token(
                    "open",
                    index=index,
                    rule=str(finding.get("rule", "")),
                    severity=str(finding.get("severity", "info")),
                    message=str(finding.get("message", "")),
                    part=part,
                )
            )
            stack.append(index)
        tokens.append(Token("text", text=text[a:b]))
    tokens.extend(Token("close") for _ in stack)
    return tokens


def entity_pieces(text: str, entities: Mapping[str, Sequence[Mapping[str, Any]]]) -> list[HighlightPiece]:
    """The post preview as runs of plain text and entities (mentions, hashtags, URLs, cashtags)."""
    spans: list[tuple[int, int, str]] = []
    for key, kind in ENTITY_KINDS:
        for entity in entities.get(key, ()):
            start = int(entity.get("offset", 0))
            end = start + int(entity.get("length", 0))
            if 0 <= start < end <= len(text):
                spans.append((start, end, kind))
    spans.sort()
    pieces: list[HighlightPiece] = []
    position = 0
    for start, end, kind in spans:
        if start < position:
            continue
        if start > position:
            pieces.append(HighlightPiece(text[position:start]))
        pieces.append(HighlightPiece(text[start:end], kind))
        position = end
    if position < len(text):
        pieces.append(HighlightPiece(text[position:]))
    return pieces


def group_findings(findings: Sequence[Mapping[str, Any]]) -> list[tuple[str, list[tuple[int, Mapping[str, Any]]]]]:
    """Findings grouped by turn, in the seven turns' order, each with its index in the report."""
    groups: dict[str, list[tuple[int, Mapping[str, Any]]]] = {}
    for index, finding in enumerate(findings):
        groups.setdefault(str(finding.get("family", "")), []).append((index, finding))
    ordered = [family.value for family in FAMILY_ORDER]
    extra = sorted(f for f in groups if f not in ordered)
    return [(family, groups[family]) for family in [*ordered, *extra] if family in groups]


def apply_replacement(text: str, offset: int, length: int, replacement: str) -> str:
    """``text`` with the code-point span [offset, offset+length) replaced."""
    if not (0 <= offset <= offset + length <= len(text)):
        raise ValueError("span outside the text")
    return text[:offset] + replacement + text[offset + length :]


def parse_apply(value: str) -> tuple[int, int, str, int] | None:
    """A no-JavaScript "apply" button's value ``offset:length:replacement-index:rule`` (None if malformed)."""
    pieces = value.split(":", 3)
    if len(pieces) != 4:
        return None
    try:
        offset, length, choice = int(pieces[0]), int(pieces[1]), int(pieces[2])
    except ValueError:
        return None
    if offset < 0 or length < 0 or choice < 0 or not pieces[3]:
        return None
    return offset, length, pieces[3], choice


def apply_value(finding: Mapping[str, Any], choice: int) -> str:
    """The value of the button that applies ``finding``'s replacement number ``choice``."""
    return f"{finding.get('offset', 0)}:{finding.get('length', 0)}:{choice}:{finding.get('rule', '')}"

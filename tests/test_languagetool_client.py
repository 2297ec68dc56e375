"""Pure parts of the LanguageTool client: UTF-16 mapping, tweet annotation, answer parsing, filtering.

The answers parsed here are fixed JSON payloads (the parser is pure); everything that talks to
LanguageTool is in tests/test_grammar*.py against the real server.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from hypothesis import given
from hypothesis import strategies as st

from app.languagetool.client import (
    CASHTAG_AS,
    MENTION_AS,
    GrammarMatch,
    Utf16Index,
    accepted_spans,
    annotate,
    annotation_data,
    camel_parts,
    keep_match,
    parse_matches,
)


@dataclass(frozen=True)
class E:
    """A stand-in entity (offset and length in code points, sigil included)."""

    offset: int
    length: int


@dataclass(frozen=True)
class Ents:
    """A stand-in for twitter-text's entities."""

    mentions: tuple[E, ...] = ()
    hashtags: tuple[E, ...] = ()
    urls: tuple[E, ...] = ()
    cashtags: tuple[E, ...] = ()
    extra: dict[str, str] = field(default_factory=dict)


def u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# -- UTF-16 ----------------------------------------------------------------------------------


def test_offsets_and_lengths_both_convert() -> None:
    text = "🎉🎉 We recieve 🚀 it"
    index = Utf16Index(text)
    start16 = u16("🎉🎉 We ")
    assert index.span(start16, 7) == (6, 13)
    # a span with an emoji inside: "recieve 🚀" is 10 UTF-16 units but 9 code points
    assert index.span(start16, u16("recieve 🚀")) == (6, 15)
    assert text[6:15] == "recieve 🚀"


def test_bmp_only_text_is_identity() -> None:
    index = Utf16Index("plain é text")
    assert index.span(3, 4) == (3, 7)
    assert index.to_utf16(5) == 5


def test_split_surrogate_pair_includes_the_whole_character() -> None:
    text = "a🎉b"
    index = Utf16Index(text)
    assert index.span(1, 1) == (1, 2)  # only the high surrogate: the emoji, whole
    assert index.span(2, 2) == (1, 3)  # low surrogate + "b": the start rounds down


astral_text = st.text(
    alphabet=st.sampled_from(["a", "b", " ", "é", "\u00a0", "🎉", "🚀", "𝗳", "👍", "\U0001f3fd", "\u200d"]),
    min_size=0,
    max_size=40,
)


@given(astral_text, st.data())
def test_utf16_round_trip(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    index = Utf16Index(text)
    offset16 = u16(text[:start])
    length16 = u16(text[start:end])
    assert index.to_utf16(start) == offset16
    assert index.length16 == u16(text)
    assert index.span(offset16, length16) == (start, end)


# -- annotation ------------------------------------------------------------------------------


def pieces_of(text: str, entities: Ents | None = None) -> list[tuple[str, bool, str]]:
    return [(text[p.start : p.end], p.markup, p.interpret_as) for p in annotate(text, entities)]


def test_tweet_annotation_marks_up_entities_and_emoji() -> None:
    text = "Our new produkt is live 🚀 https://ex.co/x @acme"
    entities = Ents(urls=(E(26, 15),), mentions=(E(42, 5),))
    assert pieces_of(text, entities) == [
        ("Our new produkt is live ", False, ""),
        ("🚀 ", True, ""),
        ("https://ex.co/x ", True, ""),
        ("@acme", True, MENTION_AS),
    ]


def test_hashtag_sigil_is_markup_and_camel_case_parts_are_words() -> None:
    text = "Go #TeamSpirit and $AAPL #événement"
    entities = Ents(hashtags=(E(3, 11), E(25, 10)), cashtags=(E(19, 5),))
    assert pieces_of(text, entities) == [
        ("Go ", False, ""),
        ("#", True, ""),
        ("Team", False, ""),
        ("", True, " "),
        ("Spirit", False, ""),
        (" and ", False, ""),
        ("$AAPL", True, CASHTAG_AS),
        (" ", False, ""),
        ("#", True, ""),
        ("événement", False, ""),
    ]


def test_emoji_glued_to_a_word_keeps_the_space_after() -> None:
    assert pieces_of("great🎉 fun") == [("great", False, ""), ("🎉", True, ""), (" fun", False, "")]


def test_emoji_before_punctuation_absorbs_the_space_before() -> None:
    assert pieces_of("great 🎉.") == [("great", False, ""), (" 🎉", True, ""), (".", False, "")]


def test_emoji_runs_merge() -> None:
    assert pieces_of("🎉🎉 We") == [("🎉🎉 ", True, ""), ("We", False, "")]


def test_annotation_data_is_languagetool_json() -> None:
    text = "Hi @bob 👋"
    data = json.loads(annotation_data(text, annotate(text, Ents(mentions=(E(3, 4),)))))
    assert data == {
        "annotation": [
            {"text": "Hi "},
            {"markup": "@bob", "interpretAs": MENTION_AS},
            {"markup": " 👋", "interpretAs": ""},
        ]
    }


def test_camel_parts() -> None:
    assert camel_parts("MerciBeaucoup2025") == ["Merci", "Beaucoup", "2025"]
    assert camel_parts("NASAMission") == ["NASA", "Mission"]
    assert camel_parts("BravoÉquipe") == ["Bravo", "Équipe"]
    assert camel_parts("événement") == ["événement"]


words = st.sampled_from(["hello", "été", "Word", "a", "🎉", "🚀🔥", "👍🏽", "x"])
seps = st.sampled_from([" ", "  ", "", ".", ", ", "\n"])


@st.composite
def tweets(draw: st.DrawFn) -> tuple[str, Ents]:
    """Random tweets with entities at known spans."""
    parts: list[str] = []
    mentions: list[E] = []
    hashtags: list[E] = []
    urls: list[E] = []
    cashtags: list[E] = []
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(["word", "word", "mention", "hashtag", "url", "cashtag"]))
        offset = len("".join(parts))
        token = {
            "word": draw(words),
            "mention": "@" + draw(st.sampled_from(["bob", "marie_2"])),
            "hashtag": "#" + draw(st.sampled_from(["TeamSpirit", "événement", "Go2024Now"])),
            "url": "https://ex.co/" + draw(st.sampled_from(["x", "long/path?q=1"])),
            "cashtag": "$" + draw(st.sampled_from(["AAPL", "BTC"])),
        }[kind]
        entity = E(offset, len(token))
        {"mention": mentions, "hashtag": hashtags, "url": urls, "cashtag": cashtags}.get(kind, []).append(entity)
        parts.append(token)
        parts.append(draw(st.sampled_from([" ", "  ", ". "])))
    return "".join(parts), Ents(tuple(mentions), tuple(hashtags), tuple(urls), tuple(cashtags))


@given(tweets())
def test_annotation_covers_the_text_exactly_and_hides_entities(sample: tuple[str, Ents]) -> None:
    text, entities = sample
    pieces = annotate(text, entities)
    assert "".join(text[p.start : p.end] for p in pieces) == text
    cursor = 0
    for piece in pieces:
        assert piece.start == cursor
        cursor = piece.end
    assert cursor == len(text)
    plain = [p for p in pieces if not p.markup]
    for entity in (*entities.mentions, *entities.urls, *entities.cashtags):
        for p in plain:
            assert p.end <= entity.offset or p.start >= entity.offset + entity.length
    for tag in entities.hashtags:
        sigil = [p for p in pieces if p.start == tag.offset and p.end == tag.offset + 1]
        assert sigil and sigil[0].markup
    # no emoji is ever left in plain text
    for p in plain:
        assert not any(ch in text[p.start : p.end] for ch in "🎉🚀🔥👍")


# -- answers ---------------------------------------------------------------------------------


def answer(*matches: tuple[int, int, str, str]) -> dict[str, object]:
    return {
        "matches": [
            {
                "message": "m",
                "offset": offset,
                "length": length,
                "replacements": [{"value": f"r{i}"} for i in range(12)],
                "rule": {"id": rule, "issueType": issue, "category": {"id": "TYPOS"}},
            }
            for offset, length, rule, issue in matches
        ]
    }


def test_parse_matches_converts_offsets_and_lengths() -> None:
    text = "🎉🎉 We recieve 🚀 it"
    payload = answer(
        (u16("🎉🎉 We "), 7, "MORFOLOGIK_RULE_EN_US", "misspelling"), (u16("🎉🎉 We "), 10, "X", "grammar")
    )
    first, second = parse_matches(payload, text)
    assert (first.offset, first.length, text[first.offset : first.end]) == (6, 7, "recieve")
    assert text[second.offset : second.end] == "recieve 🚀"
    assert len(first.replacements) == 10
    assert first.issue_type == "misspelling" and first.category == "TYPOS"


def test_parse_matches_skips_malformed_and_out_of_range() -> None:
    text = "short"
    payload = {"matches": [{"offset": 2, "length": 99, "rule": {"id": "A"}}, {"offset": "x"}, {"length": 1}]}
    assert parse_matches(payload, text) == []


def m(offset: int, length: int, rule: str = "MORFOLOGIK_RULE_EN_US", issue: str = "misspelling") -> GrammarMatch:
    return GrammarMatch(rule, issue, "TYPOS", "msg", offset, length)


def test_keep_match_drops_entities_lone_emoji_and_accepted_words() -> None:
    text = "Sevenfold Pro by @acme 🎉 produkt"
    entities = [(17, 22)]
    accepted = frozenset({"sevenfold pro", "produkt"})
    at = accepted_spans(text, accepted)
    assert not keep_match(m(17, 5), text, entities, accepted, at)  # the mention
    assert not keep_match(m(23, 1), text, entities, accepted, at)  # the emoji alone
    assert not keep_match(m(0, 9), text, entities, accepted, at)  # inside an accepted phrase
    assert not keep_match(m(25, 7), text, entities, accepted, at)  # an accepted word
    assert keep_match(m(25, 7), text, entities, frozenset(), [])


def test_accepted_spans_are_whole_words_case_insensitive() -> None:
    assert accepted_spans("ACME and acmes", ["acme"]) == [(0, 4)]

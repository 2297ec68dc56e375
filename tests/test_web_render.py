"""Unit and property tests of app/web/render.py and app/web/i18n.py: highlights, preview, grouping, languages."""

from __future__ import annotations

import string
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.web.i18n import STRINGS, Translator, choose_ui, parse_accept_language
from app.web.render import (
    Token,
    apply_replacement,
    apply_value,
    display_url,
    entity_pieces,
    group_findings,
    mark_tokens,
    normalise_newlines,
    parse_apply,
)


def finding(offset: int, length: int, rule: str = "risk.profanity", **extra: Any) -> dict[str, Any]:
    """A finding in wire shape (only what rendering reads)."""
    return {
        "rule": rule,
        "family": rule.split(".")[0],
        "severity": "warning",
        "message": "m",
        "offset": offset,
        "length": length,
        **extra,
    }


def html(tokens: list[Token]) -> str:
    """A compact rendering of tokens, for readable assertions."""
    out = []
    for token in tokens:
        if token.kind == "open":
            out.append(f"<{token.index}{'+' if token.part else ''}>")
        elif token.kind == "close":
            out.append("</>")
        else:
            out.append(token.text)
    return "".join(out)


def marked_text(tokens: list[Token]) -> dict[int, str]:
    """For each finding index, the text inside its marks (all parts joined)."""
    inside: dict[int, str] = {}
    stack: list[int] = []
    for token in tokens:
        if token.kind == "open":
            stack.append(token.index)
            inside.setdefault(token.index, "")
        elif token.kind == "close":
            stack.pop()
        else:
            for index in stack:
                inside[index] += token.text
    return inside


def test_emoji_before_a_finding_does_not_shift_it() -> None:
    """Offsets are code points: two emoji (four UTF-16 units) before 'Merde' still mark 'Merde'."""
    text = "🎉🎉 Merde, quelle journée"
    tokens = mark_tokens(text, [finding(3, 5)])
    assert html(tokens) == "🎉🎉 <0>Merde</>, quelle journée"
    assert tokens[1].rule == "risk.profanity" and tokens[1].severity == "warning"


def test_nested_findings_nest() -> None:
    """An enclosed finding renders inside the enclosing one, neither is split."""
    tokens = mark_tokens("abcdefgh", [finding(1, 6, "a.outer"), finding(2, 2, "b.inner")])
    assert html(tokens) == "a<0>b<1>cd</>efg</>h"


def test_crossing_findings_split_the_later_one() -> None:
    """Crossing spans: the later one continues in a second mark flagged as a part."""
    tokens = mark_tokens("abcdefgh", [finding(0, 5, "a.first"), finding(3, 4, "b.second")])
    assert html(tokens) == "<0>abc<1>de</></><1+>fg</>h"
    assert marked_text(tokens) == {0: "abcde", 1: "defg"}


def test_same_span_twice_and_whole_draft_findings() -> None:
    """Two findings on one span nest in report order; offset 0 / length 0 findings are not highlighted."""
    tokens = mark_tokens("hello world", [finding(0, 0, "length.near"), finding(6, 5, "a.x"), finding(6, 5, "b.y")])
    assert html(tokens) == "hello <1><2>world</></>"


def test_spans_outside_the_text_are_ignored() -> None:
    """A span that does not fit the text is never rendered (the engine drops them too)."""
    assert html(mark_tokens("abc", [finding(2, 5), finding(-1, 2)])) == "abc"


def test_empty_text_renders_nothing() -> None:
    """No text, no tokens."""
    assert mark_tokens("", []) == []


texts = st.lists(st.sampled_from([*"ab é\n", "🎉", "👩🏽\u200d💻", "中", "\u200d", "#", "@"]), max_size=20).map("".join)


@st.composite
def text_and_findings(draw: st.DrawFn) -> tuple[str, list[dict[str, Any]]]:
    """A text and findings whose spans fall inside it (some empty, some duplicated)."""
    text = draw(texts)
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(lambda p: (min(p), max(p) - min(p))),
            max_size=6,
        )
    )
    return text, [finding(offset, length, f"r.rule-{i}") for i, (offset, length) in enumerate(spans)]


@settings(max_examples=300)
@given(text_and_findings())
def test_marks_cover_exactly_each_span(case: tuple[str, list[dict[str, Any]]]) -> None:
    """Text is kept whole, marks are balanced, and each finding's marks hold exactly its excerpt."""
    text, findings = case
    tokens = mark_tokens(text, findings)
    assert "".join(t.text for t in tokens if t.kind == "text") == text
    depth = 0
    for token in tokens:
        depth += {"open": 1, "close": -1, "text": 0}[token.kind]
        assert depth >= 0
    assert depth == 0
    inside = marked_text(tokens)
    for index, f in enumerate(findings):
        excerpt = text[f["offset"] : f["offset"] + f["length"]]
        assert inside.get(index, "") == excerpt
        if excerpt:
            assert any(t.kind == "open" and t.index == index and t.part == 0 for t in tokens)


def test_entity_pieces_mark_entities() -> None:
    """The preview marks mentions, hashtags and URLs at their code-point spans."""
    text = "🎉 Hi @jack #Fun https://x.co"
    entities = {
        "mentions": [{"value": "jack", "offset": 5, "length": 5}],
        "hashtags": [{"value": "Fun", "offset": 11, "length": 4}],
        "urls": [{"value": "https://x.co", "offset": 16, "length": 12}],
        "cashtags": [],
    }
    pieces = entity_pieces(text, entities)
    assert [(p.text, p.entity) for p in pieces] == [
        ("🎉 Hi ", None),
        ("@jack", "mention"),
        (" ", None),
        ("#Fun", "hashtag"),
        (" ", None),
        ("https://x.co", "url"),
    ]


@given(texts, st.lists(st.tuples(st.integers(0, 30), st.integers(1, 5)), max_size=4))
def test_entity_pieces_keep_the_text(text: str, spans: list[tuple[int, int]]) -> None:
    """Whatever the entities, the preview's pieces join back to the text."""
    entities = {"mentions": [{"value": "", "offset": o, "length": n} for o, n in spans]}
    assert "".join(p.text for p in entity_pieces(text, entities)) == text


def test_group_findings_follows_the_seven_turns() -> None:
    """Groups come in turn order, each finding with its index in the report."""
    findings = [finding(0, 1, "etiquette.a"), finding(1, 1, "risk.b"), finding(2, 1, "etiquette.c")]
    groups = group_findings(findings)
    assert [family for family, _ in groups] == ["risk", "etiquette"]
    assert [index for index, _ in groups[1][1]] == [0, 2]


def test_apply_replacement_uses_code_points() -> None:
    """A replacement after emoji lands on the right characters."""
    assert apply_replacement("🎉🎉 Merde !", 3, 5, "Mince") == "🎉🎉 Mince !"


def test_apply_replacement_refuses_a_span_outside() -> None:
    """A stale span is an error, never a silent corruption."""
    try:
        apply_replacement("abc", 2, 5, "x")
    except ValueError:
        return
    raise AssertionError("expected ValueError")


@given(
    st.integers(0, 10_000),
    st.integers(0, 500),
    st.integers(0, 9),
    st.text(alphabet=string.ascii_letters + ".-_:", min_size=1, max_size=40),
)
def test_apply_value_round_trips(offset: int, length: int, choice: int, rule: str) -> None:
    """The no-JavaScript apply button's value parses back to what it was made of (rule ids may hold colons)."""
    value = apply_value({"offset": offset, "length": length, "rule": rule}, choice)
    assert parse_apply(value) == (offset, length, rule, choice)


def test_parse_apply_rejects_garbage() -> None:
    """Malformed values are ignored, not an error page."""
    for value in ["", "1:2", "a:b:c:d", "-1:2:0:r", "1:2:0:"]:
        assert parse_apply(value) is None


def test_newlines_are_those_of_a_textarea() -> None:
    """Forms post CR LF; the draft is checked with LF, as the browser's textarea holds it."""
    assert normalise_newlines("a\r\nb\rc\n") == "a\nb\nc\n"


def test_accept_language_is_ranked_by_quality() -> None:
    """Best first, by q then by order; q=0 dropped."""
    assert parse_accept_language("de;q=0.5, fr-CH, en;q=0.8, it;q=0") == ["fr", "en", "de"]
    assert parse_accept_language(None) == []
    assert parse_accept_language("fr;q=x") == []


def test_interface_language_choice() -> None:
    """Explicit choice, then cookie, then browser language, then English."""
    assert choose_ui("fr", "en", "en") == "fr"
    assert choose_ui(None, "fr", "en") == "fr"
    assert choose_ui(None, None, "de, fr;q=0.5") == "fr"
    assert choose_ui("xx", None, "de") == "en"


def test_both_interface_languages_say_everything() -> None:
    """Every string exists in English and French with the same placeholders."""
    assert set(STRINGS["en"]) == set(STRINGS["fr"])
    formatter = string.Formatter()
    for key, english in STRINGS["en"].items():
        names_en = {name for _, name, _, _ in formatter.parse(english) if name}
        names_fr = {name for _, name, _, _ in formatter.parse(STRINGS["fr"][key]) if name}
        assert names_en == names_fr, key


def test_translator_fills_placeholders() -> None:
    """Placeholders are filled; an unknown language falls back to English."""
    assert Translator("fr")("post_n", n=1, total=3) == "Message 1 sur 3"
    assert Translator("de")("check") == "Check"


def test_urls_display_as_on_x() -> None:
    """Scheme and www. dropped; long URLs cut after 25 characters with an ellipsis."""
    assert display_url("https://www.example.com/a") == "example.com/a"
    assert display_url("HTTP://bit.ly/x") == "bit.ly/x"
    assert display_url("https://example.com/a/very/long/path/indeed") == "example.com/a/very/long/p…"
    assert display_url("example.fr") == "example.fr"

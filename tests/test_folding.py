"""Tests of the folded view: each evasion folds to the plain word, and spans always map back."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.text.folding import (
    _ANY_RUN,
    _DOT_INSIDE,
    _LEET_TOKEN,
    _REPEAT,
    EVASIONS,
    PHRASES,
    Profile,
    _fold_chars,
    _fold_chars_slow,
    _leet_tokens,
    extend_over_marks,
    fold,
    fold_char,
    fold_term,
)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Fuuuck", "fuck"),
        ("s.h.i.t", "shit"),
        ("m e r d e", "merde"),
        ("m-e-r-d-e", "merde"),
        ("sh1t", "shit"),
        ("$hit", "shit"),
        ("a$$hole", "asshole"),
        ("b!tch", "bitch"),
        ("merde!", "merde!"),
        ("fu\u0441k", "fuck"),  # Cyrillic es
        ("\u03c1orn", "porn"),  # Greek rho
        ("ＦＵＣＫ", "fuck"),
        ("𝐟𝐮𝐜𝐤", "fuck"),
        ("mer\u200bde", "merde"),
        ("mer\u00adde", "merde"),
        ("Enculé", "encule"),
        ("Ence\u0301", "ence"),
        ("C’est", "c'est"),
        ("Œuvre", "oeuvre"),
        ("100\u00a0% sûr", "100 % sur"),
        ("a   b", "a b"),
        ("2024-05-12", "2024-05-12"),
        ("covid19", "covidi9"),
        ("nigg@!", "nigga!"),
        ("f@g.com", "f@g.com"),
        ("x f@g.com/a", "x f@g.com/a"),
        ("https://a.b/sh1t", "https://a.b/sh1t"),
        ("US$ HK$ ky$ nd@", "us$ hk$ ky$ nd@"),
        ("bitche$", "bitches"),
        # (session 15, E) a leet character read another way when only that makes a word; a one-letter token read as a
        # word only in a draft spelling another in leetspeak; a listed word with one dot inside; spaced with "@"
        ("a11 mus1ims are ki11ers", "all muslims are killers"),
        ("h1nd00s 4r3 f1lthy", "hindus are filthy"),
        ("mu511m5 4r3 1ow-1ife", "muslims are low-life"),
        ("l3s r0ms s0nt d3 l4 v3rm1n3", "les roms sont de la vermine"),
        ("my galaxy a55, s3 buckets, 4x4", "my galaxy a55, s3 buckets, 4x4"),
        ("h1 ev3ryone, r00m 404", "hi everyone, room 404"),
        ("mus.lims jew.s e.g. a.m. file_name.txt", "muslims jews e.g. a.m. file_name.txt"),
        ("g @ y s", "gays"),
    ],
)
def test_evasions_fold_to_the_plain_form(text: str, folded: str) -> None:
    """Each evasion technique folds to the word it hides."""
    assert fold(text).text == folded


def test_spans_map_back_to_the_original() -> None:
    """A folded span maps to the original characters, separators and repeats included."""
    text = "Well s.h.i.t and fuuuck"
    f = fold(text)
    i = f.text.index("shit")
    start, end = f.span(i, i + 4)
    assert text[start:end] == "s.h.i.t"
    i = f.text.index("fuck")
    start, end = f.span(i, i + 4)
    assert text[start:end] == "fuuuck"
    assert f.was_squeezed(i, i + 4)


def test_joined_letters_end_at_a_boundary() -> None:
    """In 'm e r d e à la fin' the joined run is longer than the word, but the word still has a boundary."""
    f = fold("m e r d e à la fin")
    assert f.text.startswith("merdea")
    assert f.is_boundary(0, 5)


def test_word_boundaries() -> None:
    """No boundary inside a word: 'computer' does not hold 'put' as a word."""
    f = fold("computer put")
    assert not f.is_boundary(3, 6)
    assert f.is_boundary(9, 12)


def test_marks_extend_the_span() -> None:
    """A combining mark after the last letter belongs to it."""
    assert extend_over_marks("merde\u0301!", 5) == 6
    assert extend_over_marks("merde!", 5) == 5


def test_fold_term_and_char() -> None:
    """Terms fold like drafts; characters fold through the cache."""
    assert fold_term("Bâtard") == "batard"
    assert fold_char("\u200b") == ""
    assert fold_char("É") == "e"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_every_folded_span_maps_inside_the_text(text: str) -> None:
    """For any text, every folded character maps to a non-empty original span within the text."""
    f = fold(text)
    assert len(f.starts) == len(f.ends) == len(f.text)
    for i in range(len(f.text)):
        start, end = f.span(i, i + 1)
        assert 0 <= start < end <= len(text)
    for i in range(1, len(f.text)):
        assert f.starts[i - 1] <= f.starts[i]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
    st.sampled_from(["merde", "fuck", "rendement garanti"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
)
def test_a_word_between_spaces_is_found_and_maps_back(prefix: str, word: str, suffix: str) -> None:
    """A term written plainly between spaces is found in the folded text and maps back to itself."""
    text = f"{prefix} {word} {suffix}"
    f = fold(text)
    target = f" {word} "
    at = f.text.find(target)
    if at < 0:  # folding of the surroundings may join or squeeze around it; nothing to check then
        return
    start, end = f.span(at + 1, at + 1 + len(word))
    assert text[start:end].casefold() == word


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz .-!$0134", max_size=60))
def test_folding_is_idempotent_on_ascii_words(text: str) -> None:
    """Folding an already folded ASCII text changes nothing more than once."""
    once = fold(text).text
    assert fold(once).text == fold(fold(once).text).text


_SPACES_AND_MARKS = "ab A\t\n\r\x1c \u00a0\u3000\u2028\u0301\u034f\u200b\u00a8`\u2019\u00e9\U0001f600\ufb01\u00bd"


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text(alphabet=_SPACES_AND_MARKS, max_size=30),
        st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40),
    ),
    st.sampled_from([EVASIONS, PHRASES, Profile("spaces", spaces=True, look_alikes=False, evasions=False)]),
)
def test_bulk_ascii_folding_equals_the_character_loop(text: str, profile: Profile) -> None:
    """The fast fold (ASCII runs at once, space runs collapsed afterwards) gives the character loop's
    characters and spans exactly, combining marks and every kind of space included."""
    assert _fold_chars(text, profile) == _fold_chars_slow(text, profile)


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="ab1$@!\u20ac .-_\u00e93x0", max_size=20))
def test_leet_tokens_are_the_runs_holding_a_leet_character(text: str) -> None:
    """The leet-token pattern (anchored at run starts) finds what the unanchored one did: each maximal run of
    word and leet characters that holds a leet character."""
    import re

    unanchored = re.compile(r"[\w@$!\u20ac]*[013457@$!\u20ac][\w@$!\u20ac]*")
    assert [m.span() for m in _LEET_TOKEN.finditer(text)] == [m.span() for m in unanchored.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abfgn1@$", min_size=1, max_size=8),
    st.text(alphabet="abfgn1", min_size=1, max_size=6),
    st.sampled_from(["com", "fr", "co.uk", "io"]),
)
def test_an_email_address_folds_unchanged_but_for_case(local: str, domain: str, tld: str) -> None:
    """No leetspeak is read inside an e-mail address: its folded form is its lower-cased self (separated letters
    are still joined and a run of three letters squeezed, so the parts here have no separator and no such run)."""
    import re

    from app.text.folding import ADDRESS

    address = f"{local}@{domain}.{tld}"
    match = ADDRESS.search(f"mail {address} now")
    if match is None or match.group() != address or re.search(r"([a-z])\1\1", address):
        return  # not an address of the shape privacy.email reads, or a run to squeeze
    assert fold(f"mail {address} now").text == f"mail {address} now".lower()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1_.-+@ :/w", max_size=40))
@example("w@ww")  # "www.@www.www.": found by CI, the link scan keeps the whole link
def test_address_spans_cover_what_the_address_pattern_finds(text: str) -> None:
    """The fast address scan (an "@" at a time) covers every character ``ADDRESS`` matches, and each of its spans is
    an ``ADDRESS`` match or a whole link where it starts (it may also keep a link that overlaps an address:
    "1@www.www.", "www.@www.www.")."""
    from app.text.folding import _LINK, ADDRESS, _addresses

    def covered(spans: list[tuple[int, int]]) -> set[int]:
        return {i for a, b in spans for i in range(a, b)}

    text = text.replace("w", "www.").replace("b1", "b.com")
    spans = _addresses(text)
    assert covered(list(spans)) >= covered([m.span() for m in ADDRESS.finditer(text)])
    for start, end in spans:
        # an address where ADDRESS starts, or a link starting at the same place ("www.@www.www.": ADDRESS prefers
        # the e-mail reading "www.@www.www", the link scan keeps the whole link)
        found = {m.span() for m in (ADDRESS.match(text, start), _LINK.match(text, start)) if m is not None}
        assert (start, end) in found, (text, start, end)


@given(
    st.one_of(
        st.text(alphabet="aabbcA éÉ-'", max_size=14),  # mostly what ``_plain_term`` folds itself
        st.text(alphabet="abcXYZ éèÉœß'’`-._*@$0157!\u00a0\t\u0301\u200bщ", max_size=14),
    )
)
@example("a b c")
@example("a-b-c")
@example("fuuuck")
@example("Ecole")
@example("e\u0301te")
@example("x  y")
@example("l'œuvre")
@example("www.x")
@settings(max_examples=400, deadline=None)
def test_fold_term_equals_the_folded_text(text: str) -> None:
    """(session 16) ``fold_term`` skips the offset map when steps 4-6 change nothing (``_plain_term``); it always
    gives ``fold``'s text."""
    assert fold_term(text) == fold(text, EVASIONS).text
    assert fold_term(text, PHRASES) == fold(text, PHRASES).text


def test_unspaced_is_the_folded_text_without_whitespace() -> None:
    """(S, session 23) ``Folded.unspaced``, which the proximity pre-scan reads, is the folded text without its
    whitespace, kept on the view (one join per draft for the three rules that ask)."""
    folded = fold("Les  M u s u l m a n s\tsont\nLÀ", EVASIONS)
    assert folded.unspaced == "".join(folded.text.split())
    assert " " not in folded.unspaced and folded.unspaced is folded.unspaced


def test_repeat_and_dot_gates_answer_as_their_patterns() -> None:
    """(S, session 23) the cheap tests before ``_REPEAT`` and the mark-first ``_DOT_INSIDE`` say what the plain
    patterns say: a letter three times, one mark between two letters."""
    for text, repeat, dot in [
        ("sooo good", True, False),
        ("!!! ...", False, False),
        ("111 ok", False, False),
        ("mus.lims", False, True),
        ("1.5 a_2", False, False),
        ("é*é", False, True),
    ]:
        assert (_ANY_RUN.search(text) is not None and _REPEAT.search(text) is not None) is repeat
        assert (_DOT_INSIDE.search(text) is not None) is dot


@given(st.text(alphabet="ab _-.!@$€01345éﬁ²٣\u0301 ", max_size=24))
@example("h3ll0 w0rld!")
@example("x_1_y")
@example("a²1 ٣4")
@example("!!!")
@settings(max_examples=400, deadline=None)
def test_leet_tokens_are_the_regex_runs(text: str) -> None:
    """(S, session 23) step 5 finds its runs from their leet characters (``_leet_tokens``), the same runs as the
    reference ``_LEET_TOKEN`` (a run of word and leet characters holding a leet character)."""
    assert _leet_tokens(text) == [m.span() for m in _LEET_TOKEN.finditer(text)]

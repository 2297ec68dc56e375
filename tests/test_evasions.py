"""Spelling evasions: the probes that perturb hateful drafts (training/evasions.py, training/evasion_probe.py), the
folded view with the spaces of glued words put back (``Folded.spaced``), and risk.hate reading a listed word through
a missing letter, two swapped neighbours or spaces left out (``respell``, ``unglue`` of app/kinds/proximity.py)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.engine import Engine
from app.kinds.base import Deps
from app.kinds.proximity import ProximityRule, segment
from app.loader import build_rule, load_specs, packaged_rules_dir
from app.settings import Settings
from app.testing import review_sync
from app.text.folding import fold
from training.evasion_probe import CLASSES, FUNCTIONAL, Case, base_cases, choose, measure, perturb
from training.evasions import _delete, _leet, _space_out, _swap
from training.evasions import perturb as perturb_template

ROOT = packaged_rules_dir()
SPECS = {s.id: s for s in load_specs([ROOT])}
_ENGINE: list[Engine] = []


def _engine() -> Engine:
    if not _ENGINE:
        _ENGINE.append(Engine.create(Settings(offline=True)))
    return _ENGINE[0]


def _hate() -> ProximityRule:
    rule = build_rule(SPECS["risk.hate"], Deps(rules_root=ROOT), None)
    assert isinstance(rule, ProximityRule)
    return rule


_RULE: list[ProximityRule] = []


def _pack(language: str):  # type: ignore[no-untyped-def]
    if not _RULE:
        _RULE.append(_hate())
    return _RULE[0].packs[language]


def test_each_edit_touches_the_group_or_the_hateful_word() -> None:
    assert perturb_template("I hate women.", "women", None, "group", 0) == "I hate women."
    assert perturb_template("I hate women.", "women", _space_out, "join", 0) == "I hatewomen."
    assert perturb_template("Women are vermin.", "women", _space_out, "join", 0) == "Womenare vermin."
    assert perturb_template("Women are vermin.", "women", _space_out, "predicate", 0) == "Women are v e r m i n."
    assert perturb_template("I hate gay people.", "gay people", _delete, "group", 0) == "I hate gay peole."
    assert perturb_template("Women are scum.", "women", _swap, "predicate", 0) == "Women are sucm."
    les_femmes = perturb_template("Les femmes sont une plaie.", "les femmes", _leet, "group", 0)
    assert les_femmes == "Les f3mm3s sont une plaie."


def test_edits_stay_inside_the_word() -> None:
    for word in ("hate", "vermin", "immigrants"):
        for shift in (-1, 0, 1):
            assert len(_delete(word, shift)) == len(word) - 1
            swapped = _swap(word, shift)
            assert sorted(swapped) == sorted(word) and swapped[0] == word[0] and swapped[-1] == word[-1]


@given(st.text(alphabet="abcdeé xyz1!'", max_size=40), st.sets(st.integers(0, 45), max_size=6))
@settings(max_examples=300, deadline=None)
def test_spaces_put_back_keep_every_span(text: str, at: set[int]) -> None:
    """``Folded.spaced``: the text with the spaces taken out again is the folded text, every other character keeps
    its span, and an inserted space is zero wide at the original position of the character after it."""
    folded = fold(text)
    spaced = folded.spaced(at)
    inserted = [i for i in range(len(spaced.text)) if spaced.starts[i] == spaced.ends[i]]
    kept = [i for i in range(len(spaced.text)) if i not in inserted]
    assert "".join(spaced.text[i] for i in kept) == folded.text
    assert [(spaced.starts[i], spaced.ends[i]) for i in kept] == list(zip(folded.starts, folded.ends, strict=True))
    assert all(spaced.text[i] == " " for i in inserted)
    assert len(inserted) == len({i for i in at if 0 < i < len(folded.text)})
    for start in range(len(spaced.text)):
        for end in range(start + 1, len(spaced.text) + 1):
            lo, hi = spaced.span(start, end)
            assert 0 <= lo <= hi <= len(text)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_segments_cut_inside_the_token_and_rejoin(language: str) -> None:
    pack = _pack(language)
    for token in ("muslimsarevermin", "gaypeopleshouldbeexecuted", "lesjuifssontdesrats", "deathtoimmigrants", "xq"):
        cuts = segment(token, pack)
        assert list(cuts) == sorted(set(cuts)) and all(0 < c < len(token) for c in cuts)


def test_known_words_and_misspellings_are_never_cut() -> None:
    pack = _pack("en")
    assert segment("therapist", pack) == ()  # a known word: never "the rapist"
    assert segment("immigrnat", pack) == ()  # a misspelt group word is no "im" + "migrnat"
    assert [p for p in _parts("saidjewsare", pack)] == ["said", "jews", "are"]  # a reporting verb stays whole


def _parts(token: str, pack) -> list[str]:  # type: ignore[no-untyped-def]
    cuts = segment(token, pack)
    return [token[a:b] for a, b in zip((0, *cuts), (*cuts, len(token)), strict=True)]


_PAIRS = {
    "en": [("Women are", "parasites"), ("Immigrants are", "cockroaches"), ("I despise", "lesbians")],
    "fr": [("Les femmes sont des", "parasites"), ("Les juifs sont des", "cafards"), ("Je méprise les", "musulmans")],
}


@pytest.mark.parametrize("language", ["en", "fr"])
@given(data=st.data())
@settings(max_examples=40, deadline=None)
def test_a_misspelt_listed_word_is_found_at_its_span(language: str, data: st.DataObject) -> None:
    """A listed word of 5+ letters with an inner letter missing or two neighbours swapped, when that is no known word
    of the language, is read as the word: the finding spans the pair as written, misspelling included."""
    head, word = data.draw(st.sampled_from(_PAIRS[language]))
    i = data.draw(st.integers(1, len(word) - 2))
    variant = data.draw(st.sampled_from([word[:i] + word[i + 1 :], word[:i] + word[i + 1] + word[i] + word[i + 2 :]]))
    if variant == word or variant not in _pack(language).respelt:
        return  # a known word, or one two listed words share: not read (``respellings``)
    text = f"{head} {variant}"
    report = review_sync(_engine(), text, language=language)
    spans = [(f.offset, f.offset + f.length) for f in report.findings if f.rule == "risk.hate"]
    assert any(end == len(text) for _start, end in spans), (text, spans)


@pytest.mark.parametrize("language", ["en", "fr"])
@given(data=st.data())
@settings(max_examples=30, deadline=None)
def test_a_pair_glued_together_is_found_at_its_span(language: str, data: st.DataObject) -> None:
    """The spaces of a hateful pair left out (all of them, or one): the finding spans the glued token as written."""
    head, word = data.draw(st.sampled_from(_PAIRS[language]))
    words = f"{head} {word}".split(" ")
    glue = data.draw(st.sets(st.integers(0, len(words) - 2), min_size=1))
    text = "".join(w + ("" if i in glue or i == len(words) - 1 else " ") for i, w in enumerate(words))
    report = review_sync(_engine(), text, language=language)
    spans = [(f.offset, f.offset + f.length) for f in report.findings if f.rule == "risk.hate"]
    assert any(end == len(text) and re.match(r"\S*$", text[start:end].split(" ")[0]) for start, end in spans), (
        text,
        spans,
    )


# Floors of the evasion measurement (training/evasion_probe.py) on the first two hate work sets (hate-en, hate-fr:
# written in session 2, long before this code), seed 11: of the hateful cases flagged today (62 en, 61 fr), the share
# that stays flagged when the longest content word of the finding is misspelt. Before -> after the respell and unglue
# work of session 9 (engineer E; before = the same tree with both params off): en swap 46 -> 58/61, delete 45 -> 55/61,
# join 52 -> 55/62, join_span 31 -> 52/62, spaced 60/62, leet 61/62; fr swap 45 -> 57/61, delete 45 -> 57/61, join
# 54 -> 56/61, join_span 16 -> 55/61, spaced 61/61, leet 61/61. Each floor is one case under the after figure. Benign
# drafts misspelt the same way: 22 of 878 flagged before and after, every one by another rule than risk.hate's pairs
# (the learned risk.offensive reads a misspelt word differently, a slur homonym's allow phrase broken).
# Session 14 (lead): fr delete 56 -> 55/61. The word classes changed (hate-words.yml), so the longest content word of
# « Les homos méritent de mourir » is now « méritent » (a word of a several-word predicate) and its missing-letter form
# « méritnt » is not respelt (respell reads single listed words); the same draft misspelt was missed at 4bab56f too.
# Session 15 (E): ``leet_all``, every word of the draft in leetspeak (training/evasion_probe.py): en 6 -> 60/62, fr 1 ->
# 59/61, before -> after a leet character read another way when only that makes a word ("ki11ers", "h1nd00s") and a
# one-letter token ("4r3", "b3", « d3 ») read as a word in a draft spelling another in leetspeak (app/text/folding.py);
# benign drafts in leetspeak flagged 9 -> 3 of 96 (the others' rows unchanged: 11 flagged, 20 -> 14 in all).
FLOORS = {
    ("en", "swap"): 57 / 61,
    ("en", "delete"): 54 / 61,
    ("en", "join"): 54 / 62,
    ("en", "join_span"): 51 / 62,
    ("en", "spaced"): 59 / 62,
    ("en", "leet"): 60 / 62,
    ("en", "leet_all"): 59 / 62,
    ("fr", "swap"): 56 / 61,
    ("fr", "delete"): 55 / 61,
    ("fr", "join"): 55 / 61,
    ("fr", "join_span"): 54 / 61,
    ("fr", "spaced"): 60 / 61,
    ("fr", "leet"): 60 / 61,
    ("fr", "leet_all"): 58 / 61,
}
BENIGN_FLIPPED = 22


def test_hateful_drafts_stay_flagged_when_misspelt() -> None:
    engine = _engine()
    files = [FUNCTIONAL / "hate-en.jsonl", FUNCTIONAL / "hate-fr.jsonl"]
    flagged, clean = base_cases(engine, None, files)
    counts = measure(engine, flagged, ("longest",), lambda _c: ("risk",), 11)
    rates = {(k[1], k[3]): v[0] / v[1] for k, v in counts.items()}
    low = {k: round(rates.get(k, 0.0), 3) for k, floor in FLOORS.items() if rates.get(k, 0.0) < floor}
    assert not low, low
    benign = measure(engine, clean, ("longest", "group"), lambda _c: ("risk",), 11)
    flipped = sum(v[0] for v in benign.values())
    assert flipped <= BENIGN_FLIPPED, {k: v for k, v in benign.items() if v[0]}


def test_the_probe_perturbs_the_word_it_chose() -> None:
    case = Case("Women are vermin.", "en", (0, 16), "hateful")
    word = choose(case, "predicate")
    assert word == (10, 16)
    assert choose(case, "group") == (0, 5)
    assert perturb(case, word, "spaced") == "Women are v e r m i n."
    assert perturb(case, word, "join") == "Women arevermin."  # the last word glues to the word before it
    assert perturb(case, (0, 5), "join") == "Womenare vermin."
    assert perturb(case, word, "join_span") == "Womenarevermin."
    assert perturb(case, word, "leet") == "Women are v3rm1n."
    assert perturb(case, word, "swap") == perturb(case, word, "swap")  # seeded
    assert perturb(case, word, "leet_all") == "W0m3n 4r3 v3rm1n."  # every word of the draft
    assert perturb(Case("I told all of them", "en", (0, 18), "hateful"), (0, 1), "leet_all") == "I 701d a11 0f 7h3m"
    assert set(CLASSES) == {"swap", "delete", "join", "join_span", "spaced", "leet", "leet_all"}


@pytest.mark.parametrize(
    ("text", "start", "end", "boundary"),
    [
        ("m e r d e à la fin", 0, 5, True),  # one letter (a word of its own) joined after the word
        ("I h a t e women", 1, 5, True),
        ("r e c o n n a i s", 2, 5, False),  # « con » inside a spaced-out word
        ("c o n s t r u i t", 0, 4, False),
        ("a s s o c i a t i o n", 0, 3, False),
    ],
)
def test_a_word_inside_a_spaced_out_word_is_no_word(text: str, start: int, end: int, boundary: bool) -> None:
    assert fold(text).is_boundary(start, end) is boundary


@given(st.lists(st.sampled_from("abcdefghijklm"), min_size=3, max_size=12, unique=True), st.data())
@settings(max_examples=200, deadline=None)
def test_only_a_spaced_run_whole_or_but_one_letter_is_a_word(letters: list[str], data: st.DataObject) -> None:
    """Letters spaced out fold to one run; a stretch of it is a word when at most one letter of the run lies on
    either side of it."""
    word = "".join(letters)
    folded = fold(" ".join(word))
    start = data.draw(st.integers(0, len(word) - 1))
    end = data.draw(st.integers(start + 1, len(word)))
    assert folded.text == word
    assert folded.is_boundary(start, end) is (start <= 1 and len(word) - end <= 1)


@given(st.text(alphabet="abcde xyz'", max_size=30), st.data())
@settings(max_examples=200, deadline=None)
def test_a_respelt_word_keeps_its_span(text: str, data: st.DataObject) -> None:
    """``Folded.respelt``: a stretch read as another word maps back to the stretch as written, its first character at
    its start and its last at its end; the text around it keeps its spans."""
    folded = fold(text)
    if not folded.text:
        return
    start = data.draw(st.integers(0, len(folded.text) - 1))
    end = data.draw(st.integers(start + 1, len(folded.text)))
    word = data.draw(st.text(alphabet="mnop", min_size=1, max_size=8))
    view = folded.respelt([(start, end, word)])
    assert view.text == folded.text[:start] + word + folded.text[end:]
    assert view.span(start, start + len(word)) == folded.span(start, end)
    assert view.span(0, start) == folded.span(0, start) if start else True
    tail = len(folded.text) - end
    if tail:
        assert view.span(len(view.text) - tail, len(view.text)) == folded.span(end, len(folded.text))

"""Identity-term masking in the tone turn: the words naming identity groups are neutral evidence for the
sentiment model and the lexicon, never drivers, and do not aim a draft at people; proper names are never drivers.
Also the model-level masking it rests on (``app.text.models``: ``masked`` spans), and negations that are no negative
words."""

from __future__ import annotations

import itertools
import math
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Severity
from app.kinds.tone import IdentityTerms, proper_names
from app.loader import packaged_rules_dir
from app.text.models import Spans, classifier, masked_tokens, tokenize
from tests.test_tone_cases import make_draft, rule_for, run

GROUPS = packaged_rules_dir() / "risk" / "terms"


def _model() -> Any:
    return cast(Any, rule_for("tone.negative")).model


def _words(text: str, spans: Spans) -> list[str]:
    return [text[s:e] for s, e in spans]


# -- the group lists, read as token sequences ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Trans people face high rates of discrimination", "en", ["Trans people"]),
        ("Muslims fast during Ramadan.", "en", ["Muslims"]),
        ("Black people and black coffee", "en", ["Black people"]),  # a colour word names a group with its noun only
        ("Jewish bankers met the Jews of Rome", "en", ["Jewish", "Jews"]),  # an open_heads adjective alone
        ("LGBTQ+ colleagues, women and men", "en", ["LGBTQ", "women", "men"]),
        ("Burn down the mosque", "en", []),  # a place only threats aim at is not a group
        ("Les personnes handicapées et les femmes", "fr", ["personnes handicapées", "femmes"]),
        ("Les vies noires comptent, le café noir aussi", "fr", ["vies noires"]),
        ("Les musulmans jeûnent pendant le ramadan.", "fr", ["musulmans"]),
        # (session 17) one person of the group, by the singular of a head noun of people
        ("En tant que femme noire, je le vois tous les jours", "fr", ["femme noire"]),
        ("Un homme noir et un café noir", "fr", ["homme noir"]),
        ("As a black woman, I see it every day", "en", ["black woman"]),
    ],
)
def test_identity_terms_come_from_the_group_lists(text: str, language: str, expected: list[str]) -> None:
    terms = IdentityTerms.read([GROUPS / language / "groups.yml"], language)
    assert _words(text, terms.spans(tokenize(text))) == expected


def test_identity_terms_name_a_missing_list(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"identity\.en: term list not found"):
        IdentityTerms.read([tmp_path / "nope.yml"], "en")


@given(
    st.lists(st.sampled_from([*"abc ABC.!@'", "women ", "Trans people ", "black ", "Muslims"]), max_size=20).map(
        "".join
    )
)
@settings(max_examples=200, deadline=None)
def test_identity_spans_are_whole_tokens_in_order(text: str) -> None:
    spans = _model().identity.get("en").spans(tokenize(text))
    starts = {t.start for t in tokenize(text)}
    ends = {t.end for t in tokenize(text)}
    assert all(s in starts and e in ends and s < e for s, e in spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))


# -- the model: masked words are neutral evidence --------------------------------------------------


def test_a_masked_word_loses_its_own_and_its_bigrams_weights() -> None:
    """Masking keeps the draft's length (feature count) and drops exactly the word's features and the bigrams it
    belongs to, as for a word the model never saw."""
    model = classifier("sentiment", "en")
    assert model is not None
    text = "Muslims fast during Ramadan"
    plain = model.bundle.analyse(text)
    masked = model.bundle.analyse(text, ((0, 7),))
    assert masked.n_features == plain.n_features and masked.masked == frozenset({0})
    for column in model.spec.columns:
        expected = plain.totals[column] - plain.own[0][column] - plain.pairs[0][column]
        assert math.isclose(masked.totals[column], expected, abs_tol=1e-9)
    # Masking derives a new analysis and leaves the plain one as it was (equality, not identity: the bundle's cache is
    # cleared whenever it fills, so whether the plain analysis is still cached depends on what ran before).
    assert model.bundle.analyse(text) == plain


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("en", "Muslims fast during Ramadan.", "Muslims"),
        ("en", "Trans people face high rates of discrimination", "Trans people"),
        ("fr", "Les musulmans jeûnent pendant le ramadan.", "musulmans"),
    ],
)
def test_masking_a_group_word_removes_its_learnt_negativity(language: str, text: str, group: str) -> None:
    """The sentiment model learnt group words as negative from its tweets; masked, the draft reads lower, and the
    group word is never a driver."""
    model = classifier("sentiment", language)
    assert model is not None
    start = text.index(group)
    span = ((start, start + len(group)),)
    assert model.probability(text, masked=span) < model.probability(text)
    drivers = model.drivers(text, limit=10, min_drop=-1.0, masked=span)
    assert drivers and not [d for d in drivers if d[0] < span[0][1] and span[0][0] < d[0] + d[1]]
    assert model.probabilities(text, masked=()) == model.probabilities(text)


def test_masked_tokens_are_word_tokens_inside_a_span() -> None:
    tokens = tokenize("@ana Muslims fast!")
    assert masked_tokens(tokens, ((0, 12),)) == frozenset({1})  # the mention is a placeholder, never masked
    assert masked_tokens(tokens, ((5, 9),)) == frozenset()  # part of a word masks nothing
    assert masked_tokens(tokens, ()) == frozenset()


SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1])), max_size=5)


@given(st.lists(st.sampled_from(["ab ", "Cd ", "@x ", "é ", "!", "fg", " "]), max_size=15).map("".join), SPANS)
@settings(max_examples=300, deadline=None)
def test_masked_tokens_is_every_word_token_inside_some_span(text: str, spans: list[tuple[int, int]]) -> None:
    """The one pass of ``masked_tokens`` agrees with the definition, touching and overlapping spans included."""
    tokens = tokenize(text)
    expected = {k for k, t in enumerate(tokens) if t.word and any(s <= t.start and t.end <= e for s, e in spans)}
    assert masked_tokens(tokens, tuple(sorted(spans))) == expected


# -- the tone rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Muslims fast during Ramadan.", "en"),
        ("Muslims around the world are celebrating Eid this week.", "en"),
        ("@sam Muslims are fasting this month.", "en"),
        ("Gay people have fought for equal rights for decades.", "en"),
        ("Black people are more likely to be stopped by police, the study says.", "en"),
        ("Les musulmans jeûnent pendant le ramadan.", "fr"),
        ("@marie les musulmans fêtent l'Aïd ce week-end.", "fr"),
    ],
)
def test_identity_statements_are_not_warned(text: str, language: str) -> None:
    findings = run("tone.negative", text, language)
    assert not [f for f in findings if f.severity.rank >= Severity.WARNING.rank]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Calling gay people sick is hateful and wrong.", "en"),
        ("The refugees were treated horribly at the border.", "en"),
        ("Women in tech still face awful harassment online.", "en"),
        ("Dire que les femmes sont inférieures est ignoble", "fr"),
        ("Les réfugiés ont été traités de façon honteuse à la frontière.", "fr"),
    ],
)
def test_group_words_are_never_drivers(text: str, language: str) -> None:
    """A negative draft about a group is judged at its negative words, never at the group's name."""
    model = _model()
    draft = make_draft(text, language)
    identity = model.identity_spans(draft)
    findings = run("tone.negative", text, language)
    assert identity and findings
    assert not [f for f in findings if any(f.offset < e and s < f.offset + f.length for s, e in identity)]


def test_group_words_do_not_aim_a_draft_but_person_words_still_do() -> None:
    model = _model()
    assert not model.aimed(make_draft("women still earn less than men", "en"))
    assert not model.aimed(make_draft("trans people face high rates of discrimination", "en"))
    assert not model.aimed(make_draft("les femmes gagnent moins que les hommes", "fr"))
    assert model.aimed(make_draft("the people at the office are rude", "en"))
    assert model.aimed(make_draft("women, you are all rude", "en"))  # "you" aims it
    assert model.aimed(make_draft("elle est nulle", "fr"))


def test_the_lexicon_does_not_score_group_words() -> None:
    """A group adjective the lexicon reads as negative ("noires" -0.1 in pattern's lexicon) is left out."""
    model = _model()
    text = "Les vies noires comptent."
    draft = make_draft(text, "fr")
    assert not [w for w in model.sentiment(draft).words if text[w.start : w.end] == "noires"]


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        # (session 17) B's report: « noire » was a tone.negative warning in an identity statement
        ("En tant que femme noire, j'en ai marre qu'on me demande d'où je viens", "fr", "noire"),
        ("Je suis noire et j'en ai marre des remarques sur mes cheveux", "fr", "noire"),
        ("Les noirs en ont marre des contrôles au faciès, c'est épuisant", "fr", "noirs"),
        ("As a Black woman I'm sick and tired of being asked where I'm really from", "en", "Black"),
        ("Being black in this town is exhausting, I'm sick of the stares", "en", "black"),
        ("Being gay here is exhausting, I'm sick of the stares", "en", "gay"),
    ],
)
def test_a_word_that_can_name_a_group_is_never_a_tone_span(text: str, language: str, group: str) -> None:
    """Whatever the lexicon or the model make of a colour or a group word, it is never where tone points."""
    for rule in ("tone.negative", "tone.target"):
        findings = run(rule, text, language)
        assert not [f for f in findings if text[f.offset : f.offset + f.length].casefold() == group.casefold()]
    model = _model()
    draft = make_draft(text, language)
    assert group.casefold() not in [text[w.start : w.end].casefold() for w in model.negative_words(draft)]


def test_identity_words_are_every_one_word_form_of_the_group_lists() -> None:
    words = IdentityTerms.read([GROUPS / "fr" / "groups.yml"], "fr").words
    assert {"noire", "noirs", "musulmans", "juif"} <= words  # « noirs » is read after a determiner only as a group
    assert "cafe" not in words


# -- proper names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dick Van Dyke will host the gala", ["Dick", "Van", "Dyke"]),
        ("We met Eden Hazard after the match.", ["Eden", "Hazard"]),
        ("I met Sarah at the bar", []),  # one capitalised word alone is no name here
        ("NASA and SpaceX launch today", []),  # all capitals is an acronym or a shout
        ("Fuck Trump", []),  # half the draft capitalised: a shout or a headline
        ("Worst Service Ever", []),
        ("Dick,Van and Dyke", []),  # only spaces join a name
    ],
)
def test_proper_names(text: str, names: list[str]) -> None:
    assert _words(text, proper_names(text)) == names


def test_a_name_is_never_a_driver() -> None:
    assert not run("tone.negative", "Dick Van Dyke will host the gala", "en")
    findings = run("tone.negative", "Fuck Trump", "en")  # a shout, no name: the swear word is the driver
    assert [f.excerpt for f in findings] == ["Fuck"]


# -- negations -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "never"),
    [
        ("No immigrant deserves to be attacked.", "No"),  # VADER scores "no" -0.3: it negates, it is no driver
        ("No one should be told to go back to their country.", "No"),
    ],
)
def test_a_negation_is_never_a_negative_word(text: str, never: str) -> None:
    model = _model()
    assert not [w for w in model.negative_words(make_draft(text, "en")) if text[w.start : w.end] == never]
    assert never not in [f.excerpt for f in run("tone.negative", text, "en")]

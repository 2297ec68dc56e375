"""Unit and property tests of the tone turn's generic parts: folding, phrase lists, sentiment spans,
the tone model's label and target, shouting."""

from __future__ import annotations

import types
from pathlib import Path
from typing import Any, cast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import ReportTone, Severity
from app.kinds.base import CheckContext
from app.kinds.phrases import PhraseList, _entry_from, literal_regex, load_phrase_file
from app.kinds.tone import _emoji
from app.loader import packaged_rules_dir
from app.policy import Policy, merge_policy
from app.text.folding import PHRASES, Folded
from app.text.folding import fold as fold_with
from app.text.sentiment import blank_spans, get_analyser, load_lexicon_extras
from tests.test_tone_cases import make_draft, rule_for, run


def fold(text: str) -> Folded:
    """The phrase lists' folding."""
    return fold_with(text, PHRASES)


LEXICON = (packaged_rules_dir() / "tone" / "lexicon").resolve()

TEXTS = st.lists(
    st.sampled_from([*"abcdeÉéèàçœ ABC’'`!?.,…\u200bﬁＡ😀😠@#$:/-\n", "e\u0301", "👍🏽", "nul ", "bad ", "not "]),
    max_size=40,
).map("".join)


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_fold_maps_every_folded_char_back_into_the_text(text: str) -> None:
    """Each folded character comes from a real, ordered position of the original."""
    folded = fold(text)
    assert len(folded.text) == len(folded.starts) == len(folded.ends)
    for start, end in zip(folded.starts, folded.ends, strict=True):
        assert 0 <= start < end <= len(text)
    assert list(folded.starts) == sorted(folded.starts)


def test_fold_is_case_accent_and_apostrophe_insensitive() -> None:
    """Matching ignores case, accents, curly apostrophes and zero-width characters."""
    assert fold("Je Vous L’avais Bien DIT").text == "je vous l'avais bien dit"
    assert fold("Génial\u200b").text == "genial"
    assert fold("ﬁn").text == "fin"


@given(st.sampled_from(["pour rappel", "with all due respect", "click here", "bande d'amateurs"]), TEXTS, TEXTS)
@settings(max_examples=200, deadline=None)
def test_phrase_hits_hold_on_the_original_text(phrase: str, before: str, after: str) -> None:
    """A listed phrase is found wherever it sits, and its span's excerpt folds back to it."""
    source, entry = _entry_from({"phrase": phrase}, "test")
    phrase_list = PhraseList([(source, entry)])
    text = f"{before} {phrase.upper()} {after}"
    hits = phrase_list.find(fold(text))
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert fold(text[hit.start : hit.end]).text.split() == phrase.split()
    assert any(fold(text[h.start : h.end]).text == phrase for h in hits)


def test_literal_phrases_respect_word_boundaries() -> None:
    """'u' (you) does not match inside words; whitespace inside a phrase may vary."""
    source, entry = _entry_from({"phrase": "u"}, "t")
    assert PhraseList([(source, entry)]).find(fold("thank you")) == []
    assert literal_regex("click here").startswith(r"(?<!\w)")
    source, entry = _entry_from({"phrase": "click here"}, "t")
    assert len(PhraseList([(source, entry)]).find(fold("Click\n  here please"))) == 1


def test_bad_phrase_entries_fail_with_their_place() -> None:
    """A list entry with both keys, a bad regex or an unknown key is refused, naming the entry."""
    with pytest.raises(ValueError, match="exactly one"):
        _entry_from({"phrase": "a", "pattern": "b"}, "list[0]")
    with pytest.raises(ValueError, match="does not compile"):
        _entry_from({"pattern": "(unclosed"}, "list[1]")
    with pytest.raises(ValueError, match="unknown key"):
        _entry_from({"phrase": "a", "colour": "red"}, "list[2]")
    with pytest.raises(ValueError, match="when must be"):
        _entry_from({"phrase": "a", "when": "sometimes"}, "list[3]")


def test_every_shipped_phrase_list_compiles() -> None:
    """All phrase lists of the tone and clarity turns load, for English and French."""
    root = packaged_rules_dir()
    for path in sorted([*root.glob("tone/phrases/*.yml"), *root.glob("clarity/phrases/*.yml")]):
        lists = load_phrase_file(path)
        assert {"en", "fr"} <= set(lists), path


def test_lexicon_extras_are_validated(tmp_path: Path) -> None:
    """Valences outside -1 … +1 are refused; a missing file is an empty lexicon."""
    bad = tmp_path / "xx.yml"
    bad.write_text("words: {nul: -3}", encoding="utf-8")
    with pytest.raises(ValueError, match="from -1 to 1"):
        load_lexicon_extras(bad)
    assert load_lexicon_extras(tmp_path / "missing.yml") == {}


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        ("This is a disgrace. Worst service ever, truly pathetic.", "en", ["disgrace", "Worst", "pathetic"]),
        ("Service client lamentable, une honte. Je suis furieux.", "fr", ["lamentable", "honte", "furieux"]),
        ("C’est nul 😠", "fr", ["nul", "😠"]),
    ],
)
def test_sentiment_names_the_words_that_carry_it(text: str, language: str, words: list[str]) -> None:
    """Negative drivers are the words (or emoji) of the text, at their spans."""
    analyser = get_analyser(language, LEXICON)
    assert analyser is not None
    result = analyser.analyse(text)
    assert result.score < -0.3
    assert [text[w.start : w.end] for w in sorted(result.negatives(0.1), key=lambda w: w.start)] == words


def test_sentiment_respects_negation_and_clause_breaks() -> None:
    """'pas mauvais' is not negative; a negation does not reach past a comma."""
    fr = get_analyser("fr", LEXICON)
    assert fr is not None
    assert fr.analyse("Ce n'est pas mauvais du tout").score > 0
    assert fr.analyse("Nous ne vous oublierons jamais, merci pour tout !").score > 0
    en = get_analyser("en", LEXICON)
    assert en is not None
    assert en.analyse("The food was not bad at all").score > 0


def test_sentiment_skips_masked_entities() -> None:
    """Words inside blanked spans (mentions, URLs…) carry no sentiment."""
    text = "Thanks @horrible_user for the report"
    en = get_analyser("en", LEXICON)
    assert en is not None
    assert all(not (7 <= w.start < 21) for w in en.analyse(text, [(7, 21)]).words)
    assert blank_spans("ab@cd ef", [(2, 5)]) == "ab    ef"


@given(TEXTS, st.sampled_from(["en", "fr"]))
@settings(max_examples=200, deadline=None)
def test_sentiment_is_bounded_and_spans_hold(text: str, language: str) -> None:
    """Any text: score within -1 … +1, each word span inside the text, same result twice."""
    analyser = get_analyser(language, LEXICON)
    assert analyser is not None
    first = analyser.analyse(text)
    assert -1.0 <= first.score <= 1.0
    for word in first.words:
        assert 0 <= word.start < word.end <= len(text)
        assert -1.0 <= word.valence <= 1.0
    assert analyser.analyse(text) == first


def test_unsupported_language_has_no_analyser() -> None:
    """German gets no sentiment (and the tone rules stay quiet)."""
    assert get_analyser("de", LEXICON) is None
    assert run("tone.negative", "Das ist eine Katastrophe!", "de") == []


def _summary(text: str, language: str) -> ReportTone:
    rule = rule_for("tone.negative")
    return rule.report_blocks(make_draft(text, language), CheckContext(policy=Policy()))["tone"]


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("How dare you, you clowns.", "en", "hostile"),
        ("Encore un bug, bande d'amateurs !", "fr", "hostile"),
        # (session 26, H) an insult addressed by an epithet is an attack on the reader: hostile, as risk.profanity says
        ("Espèce d'enfoiré", "fr", "hostile"),
        ("Pauvre con, va", "fr", "hostile"),
        ("As previously mentioned, the deadline is Friday.", "en", "negative"),
        ("Génial, encore un retard…", "fr", "negative"),
        ("We're thrilled to welcome you to our team! 😊", "en", "friendly"),
        ("Ravis de vous présenter notre nouvelle offre !", "fr", "friendly"),
        ("Nous vous informons que l'agence sera fermée lundi.", "fr", "formal"),
        ("The meeting is at 3pm in room B.", "en", "neutral"),
    ],
)
def test_tone_summary_labels(text: str, language: str, label: str) -> None:
    """The report's tone label, with driver spans that hold on the text."""
    summary = _summary(text, language)
    assert summary.label == label
    for driver in summary.drivers:
        assert text[driver.offset : driver.offset + driver.length] == driver.excerpt
    if label in ("hostile", "negative", "friendly", "formal"):
        assert summary.drivers


def test_tone_target_needs_a_target_and_warns_far_from_it() -> None:
    """No target, no finding; a hostile draft is far from every target."""
    text = "How dare you, you clowns."
    assert run("tone.target", text, "en") == []
    for target in ("friendly", "neutral", "formal"):
        findings = run("tone.target", text, "en", {"families": {"tone": {"settings": {"target": target}}}})
        assert [f.excerpt for f in findings] == ["How dare you", "you clowns"]
        assert all(f.severity is Severity.WARNING for f in findings)
    french = run(
        "tone.target", "Salut les gars, c'est top !", "fr", {"families": {"tone": {"settings": {"target": "formal"}}}}
    )
    assert [f.excerpt for f in french] == ["Salut", "les gars", "c'est top"]
    assert "soutenu" in french[0].message


def test_tone_thresholds_come_from_policy() -> None:
    """A policy can move the warning threshold of tone.negative."""
    policy = merge_policy(Policy(), {"rules": {"tone.negative": {"params": {"warn_below": -0.95}}}})
    assert policy.rules["tone.negative"].params == {"warn_below": -0.95}


@pytest.mark.parametrize(
    ("text", "excerpts"),
    [
        ("BIG NEWS: our FREE webinar", ["BIG NEWS", "FREE"]),
        ("NASA and ESA and the CNIL", []),
        ("Join @NASAJPL and #SPACEX at $TSLA", []),
        ("THIS is fine", []),
    ],
)
def test_capitals(text: str, excerpts: list[str]) -> None:
    """Capitalised words shout beyond the threshold; acronyms and entities do not count."""
    assert [f.excerpt for f in run("tone.capitals", text, "en")] == excerpts


def test_accepted_vocabulary_is_not_shouting() -> None:
    """Brand names in capitals from the policy's accepted vocabulary count as acronyms."""
    policy = {"accept": ["ACME", "ROCKET"]}
    assert run("tone.capitals", "ACME ROCKET launches today", "en", policy) == []


@given(st.text(alphabet=st.sampled_from(list("!?！？ a‼⁉")), max_size=30))
@settings(max_examples=200, deadline=None)
def test_punctuation_runs_hold(text: str) -> None:
    """Every flagged run is made of ! and ? only, and mixes them or is three long."""
    for finding in run("tone.punctuation", text, "en"):
        assert finding.excerpt and set(finding.excerpt) <= set("!?！？‼⁉")
        assert finding.replacements in (("!",), ("?",))


def test_absolutes_only_in_a_complaint() -> None:
    """'jamais' alone is flagged only in a negative draft."""
    assert run("tone.absolutes", "Nous ne vous oublierons jamais !", "fr") == []
    assert [f.excerpt for f in run("tone.absolutes", "Jamais vu un service aussi nul, c'est honteux.", "fr")] == [
        "Jamais"
    ]


def test_thread_part_rule_with_a_stub_split(monkeypatch: pytest.MonkeyPatch) -> None:
    """The connective opening a proposed post is flagged, whatever numbering the split adds (split stubbed)."""
    from app.kinds.clarity import part_starts

    text = "First part of the story. And then the second part."
    assert part_starts(text, ["1/2 First part of the story.", "2/2 And then the second part."]) == [25]
    assert part_starts(text, [{"text": "First part of the story. 🧵"}, {"text": "And then the second part."}]) == [25]

    monkeypatch.setattr(
        "app.text.thread.split_thread", lambda t, c: ["First part of the story.", "And then the second part."]
    )
    rule = rule_for("clarity.thread-part")
    draft = make_draft(text, "en")
    draft = type(draft)(draft.text, "en", "en", cast(Any, types.SimpleNamespace(valid=False)), draft.entities)
    findings = list(rule.check(draft, CheckContext(policy=Policy())))
    assert [(f.offset, f.length, f.excerpt) for f in findings] == [(25, 3, "And")]
    assert "Post 2" in findings[0].message


# -- tone.negative with the learned model: negation, the info band, drivers ---------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I don't hate women.", "en"),
        ("I would never hate anyone for that.", "en"),
        ("Honestly, not bad at all.", "en"),
        ("Je ne déteste pas les lundis.", "fr"),
        ("Pas mal du tout, ce prototype.", "fr"),
    ],
)
def test_negated_negative_words_do_not_warn(text: str, language: str) -> None:
    """The model has no negation; when the lexicon turned a negative word around and reads the draft as
    not negative, there is no warning."""
    findings = run("tone.negative", text, language)
    assert not [f for f in findings if f.severity is Severity.WARNING], [(f.excerpt, f.severity) for f in findings]


def test_the_lexicon_sees_the_negated_word_turned_around() -> None:
    """What the veto reads: the negated word is positive in context and negative alone."""
    rule = cast(Any, rule_for("tone.negative"))
    draft = make_draft("I don't hate women.", "en")
    assert rule.model.negated_negative(draft)
    assert not rule.model.negated_negative(make_draft("I hate Mondays.", "en"))


@pytest.mark.parametrize(
    ("text", "language"),
    [("I hate Mondays.", "en"), ("Je méprise les tableurs.", "fr")],
)
def test_mild_negativity_aimed_at_no_one_is_info(text: str, language: str) -> None:
    """Mild negativity about a thing or a day is worth an info at most, never a warning."""
    findings = run("tone.negative", text, language)
    assert findings and {f.severity for f in findings} == {Severity.INFO}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You are pathetic and your work is garbage", "en"),
        ("The idiots at @acme broke the API again", "en"),
        ("This is a disgrace. Worst service ever, truly pathetic.", "en"),
        ("Vous êtes vraiment nuls, une honte.", "fr"),
        ("Service client lamentable, une honte. Je suis furieux.", "fr"),
        ("I regret this purchase, the screen is dull.", "en"),  # several bad things: a complaint, not a grumble
    ],
)
def test_negativity_aimed_at_people_or_strong_warns(text: str, language: str) -> None:
    """Aimed at people (a mention, a person word, a name), strongly negative or carried by several negative
    words: a warning."""
    findings = run("tone.negative", text, language)
    assert findings and {f.severity for f in findings} == {Severity.WARNING}


def test_aimed_reads_mentions_person_words_and_names_not_days() -> None:
    """A name is a capitalised word inside a sentence, but "I", days and months are not people."""
    model = cast(Any, rule_for("tone.negative")).model
    assert model.aimed(make_draft("ask @acme about it", "en"))
    assert model.aimed(make_draft("their support is slow", "en"))
    assert model.aimed(make_draft("I met Gary at the shop", "en"))
    assert not model.aimed(make_draft("I hate Mondays and January", "en"))
    assert not model.aimed(make_draft("I felt silly when I forgot my badge", "en"))  # "I" is no name
    assert not model.aimed(make_draft("Je méprise les tableurs", "fr"))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Honestly the people at @rivalcorp couldn't build a toaster.", "en"),
        ("Why do people at @acme keep shipping late", "en"),
        ("Those people at @acme never ship on time", "en"),
    ],
)
def test_model_drivers_are_never_person_negation_or_function_words(text: str, language: str) -> None:
    """A model-only finding sits on a word that carries negativity, never on 'people', 'couldn' or 'Why';
    and there are at most max_findings of them."""
    rule = cast(Any, rule_for("tone.negative"))
    findings = run("tone.negative", text, language)
    never = {"people", "couldn", "why", "never", "the", "do", "keep", "those"}
    assert not [f for f in findings if f.excerpt.casefold() in never]
    assert len(findings) <= rule.model.params.max_findings


_VADER_WORDS = [
    "good",
    "GOOD",
    "bad",
    "BAD",
    "love",
    "hate",
    "no",
    "NO",
    "not",
    "isn't",
    "never",
    "so",
    "this",
    "without",
    "doubt",
    "least",
    "at",
    "very",
    "or",
    "nor",
    "kind",
    "of",
    "the",
    "shit",
    "bomb",
    "bad",
    "ass",
    "yeah",
    "right",
    "to",
    "die",
    "for",
    "kiss",
    "death",
    "cut",
    "mustard",
    "really",
    "extremely",
    "barely",
    "sort",
    "just",
    "enough",
    "but",
    "great",
    "horrible",
    "ok",
    ":)",
    ":(",
    "lol",
    "the",
    "a",
    "we",
    "you",
    "are",
    "is",
    "dont",
    "cant",
    "n't",
    "uh-uh",
    "despite",
    "bus",
    "stop",
    "beating",
    "heart",
    "upper",
    "hand",
]


@given(st.lists(st.sampled_from(_VADER_WORDS), min_size=1, max_size=14))
@settings(max_examples=600, deadline=None)
def test_english_word_valence_is_vaders_own(words: list[str]) -> None:
    """Our port of VADER's sentiment_valence (lower-case forms computed once per window) gives VADER's own
    valence for every lexicon word of a window: negation, 'no', 'least', boosters, capitals, idioms."""
    from vaderSentiment.vaderSentiment import SentiText

    analyser: Any = get_analyser("en", packaged_rules_dir() / "tone" / "lexicon")
    sentitext = SentiText(" ".join(words))
    items = sentitext.words_and_emoticons
    lowered = [w.lower() for w in items]
    for i, item in enumerate(items):
        if lowered[i] not in analyser._vader.lexicon:
            continue
        expected = analyser._vader.sentiment_valence(0.0, sentitext, item, i, [])[-1]
        assert analyser._valence(item, i, items, lowered, sentitext.is_cap_diff) == expected


@given(
    st.lists(st.sampled_from([0.0, 0.0, 1.5, -2.25, 0.75, -0.4, 3.1]), min_size=1, max_size=20).filter(any),
    st.text(alphabet="ab !?", max_size=12),
)
@settings(max_examples=400, deadline=None)
def test_english_compound_is_vaders_own(sentiments: list[float], text: str) -> None:
    """Our compound score (without the shares the tone turn never reads) is VADER's score_valence compound,
    punctuation emphasis included."""
    analyser: Any = get_analyser("en", packaged_rules_dir() / "tone" / "lexicon")
    assert analyser._compound(sentiments, text) == analyser._vader.score_valence(sentiments, text)["compound"]


@given(st.text(alphabet=" \t\n.,!?:'-aAbZ😀👶🏻🇫🇷❤️😭🔥💀🤶🔟🅰", max_size=40))
@settings(max_examples=400, deadline=None)
def test_english_token_words_are_vaders_words(text: str) -> None:
    """Our tokens' words, emoji descriptions included, are what VADER's SentiText makes of them: the English
    analyser scores them without building a SentiText."""
    from vaderSentiment.vaderSentiment import SentiText

    analyser: Any = get_analyser("en", packaged_rules_dir() / "tone" / "lexicon")
    words = [t[0] for t in analyser._tokens(text)]
    assert SentiText(" ".join(words)).words_and_emoticons == words


@given(
    st.text(alphabet="ab c😀\n", max_size=20),
    st.lists(st.tuples(st.integers(-3, 25), st.integers(-3, 25)), max_size=5),
)
@settings(max_examples=500, deadline=None)
def test_blank_spans_blanks_every_character_of_every_span(text: str, spans: list[tuple[int, int]]) -> None:
    """Each character inside some span (clipped to the text) becomes a space, the others stay: the
    character-by-character definition, whatever the spans' order, overlaps or bounds."""
    expected = "".join(" " if any(s <= i < e for s, e in spans) else c for i, c in enumerate(text))
    assert blank_spans(text, spans) == expected


# -- tone.negative: the veto's margin (en) and its slang exception, person_at (fr) -------------------------------


def _tone_rule_with(model_params: dict[str, Any]) -> Any:
    """tone.negative built with some params.model keys replaced."""
    from app.kinds.base import Deps
    from app.loader import build_rule, load_specs

    root = packaged_rules_dir()
    spec = next(s for s in load_specs([root]) if s.id == "tone.negative")
    return build_rule(spec, Deps(rules_root=root), {"model": {**spec.params["model"], **model_params}})


def _warned(rule: Any, text: str, language: str) -> list[str]:
    draft = make_draft(text, language)
    findings = rule.check(draft, CheckContext(policy=Policy()))
    return [f.excerpt for f in findings if f.severity is Severity.WARNING]


def test_a_slightly_positive_model_no_longer_vetoes_a_plain_complaint() -> None:
    """The model reads "rude and useless" as a little more positive than negative (0.36 / 0.33): with the English
    veto_margin the lexicon's two negative words warn; with no margin the veto holds."""
    text = "The support agent was rude and useless"
    # (session 22) one finding for the draft's negative words, from the first to the last
    assert _warned(rule_for("tone.negative"), text, "en") == ["rude and useless"]
    assert _warned(_tone_rule_with({"veto_margin": {}}), text, "en") == []


def test_the_veto_margin_never_applies_to_a_draft_with_slang_praise() -> None:
    """A draft holding a word that can be slang praise ("sick") keeps the plain veto, whatever the margin."""
    rule = _tone_rule_with({"veto_margin": {"en": 1.0}})
    assert rule.model.slang(make_draft("What a sick comeback by the team tonight", "en"))
    assert _warned(rule, "What a sick comeback by the team tonight", "en") == []
    assert not rule.model.slang(make_draft("The support agent was rude and useless", "en"))


def test_one_mild_word_said_to_you_alone_is_info_in_french() -> None:
    """person_at (fr): « Tu crains le froid ? » reads 0.34, under 0.35: info; without person_at it warns."""
    findings = run("tone.negative", "Tu crains le froid ?", "fr")
    assert [(f.excerpt, f.severity) for f in findings] == [("froid", Severity.INFO)]
    assert _warned(_tone_rule_with({"person_at": {}}), "Tu crains le froid ?", "fr") == ["froid"]


@pytest.mark.parametrize(
    ("token", "emoji"),
    [("😭", True), ("💥", True), ("☠️", True), ("🔥🔥", True), (":(", False), (":'(", False), ("bad", False)],
)
def test_an_emoji_is_a_token_of_symbols(token: str, emoji: bool) -> None:
    """(T, session 32) An emoji is symbols only (a variation selector allowed); an emoticon is punctuation."""
    assert _emoji(token) is emoji


def test_a_negative_emoji_follows_the_words_of_the_draft() -> None:
    """(T, session 32) emojis_by_words: 😭 ("loudly crying face") in a draft whose words are not negative is no
    negativity and no driver; in a draft whose words are negative it keeps its weight and its place in the span;
    without the param it warns on its own."""
    awe = "The way he hit that high note 😭😭"
    assert _warned(rule_for("tone.negative"), awe, "en") == []
    assert _warned(_tone_rule_with({"emojis_by_words": {}}), awe, "en") == ["😭😭"]
    complaint = "My flight got cancelled again and nobody tells us anything 😭"
    assert _warned(rule_for("tone.negative"), complaint, "en") == ["cancelled again and nobody tells us anything 😭"]

"""Readability and sentence tests: textstat stays offline (pyphen path), sentences keep their spans."""

from __future__ import annotations

import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.readability import reading_ease, split_sentences, syllables, textstat_language
from tests.test_tone_cases import run


def test_english_readability_never_downloads_the_cmu_dictionary() -> None:
    """In a fresh process with nltk.download and the CMU reader booby-trapped, English still scores."""
    code = (
        "import nltk, nltk.corpus\n"
        "def boom(*a, **k): raise SystemExit('download attempted')\n"
        "nltk.download = boom\n"
        "from app.kinds.readability import reading_ease, syllables\n"
        "score = reading_ease('The cat sat on the mat. It was happy to see us again today.', 'en')\n"
        "assert score > 80, score\n"
        "assert syllables('reliability', 'en') >= 4\n"
        "print('ok')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]


def test_english_is_scored_through_pyphen(monkeypatch: pytest.MonkeyPatch) -> None:
    """textstat's CMU look-up is never reached for our English code."""
    from textstat.backend.utils import _get_cmudict

    assert textstat_language("en") == "en-US"
    assert _get_cmudict.get_cmudict.__wrapped__("en-US") is None


def test_french_uses_kandel_moles() -> None:
    """French is scored with textstat's French constants (207 − 1.015 ASL − 73.6 ASW)."""
    easy = reading_ease("Le chat dort. Il fait beau.", "fr")
    hard = reading_ease("L'industrialisation organisationnelle conditionne considérablement la transformation.", "fr")
    assert easy > 80 > 20 > hard
    with pytest.raises(ValueError, match="no readability formula"):
        reading_ease("Hallo Welt", "de")


def test_syllables_per_language() -> None:
    """Syllables come from pyphen's dictionary for the draft's language."""
    assert syllables("organisation", "fr") >= 4
    assert syllables("cat", "en") == 1


@given(
    st.lists(
        st.sampled_from(
            ["Hello", "world", "e.g.", "Dr.", "3.5", "…", "!", "?", ".", " ", "\n", "@ana", "https://x.co/a.b", "été"]
        ),
        max_size=40,
    ).map(" ".join)
)
@settings(max_examples=300, deadline=None)
def test_sentences_are_ordered_trimmed_spans(text: str) -> None:
    """Sentences do not overlap, are trimmed, and their words lie inside them."""
    previous_end = 0
    for sentence in split_sentences(text):
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == text[sentence.start : sentence.end].strip()
        for start, end in sentence.words:
            assert sentence.start <= start < end <= sentence.end
        previous_end = sentence.end


def test_sentence_split_keeps_abbreviations_and_skips_entities() -> None:
    """'e.g.' and 'Dr.' do not end a sentence; URLs are blanked, so their dots do not either."""
    text = "See Dr. Smith, e.g. on Monday. Then read https://example.com/a.b. Thanks"
    url = text.index("https")
    spans = [text[s.start : s.end] for s in split_sentences(text, [(url, url + len("https://example.com/a.b"))])]
    assert spans == ["See Dr. Smith, e.g. on Monday.", "Then read https://example.com/a.b.", "Thanks"]


def test_readability_ignores_short_drafts() -> None:
    """Under twelve words, no score: one long word would swing it."""
    assert run("clarity.readability", "Infrastructure modernisation accelerates transformation.", "en") == []


def test_readability_names_the_long_words() -> None:
    """The message names the hardest sentence's longest words."""
    text = (
        "Our multidisciplinary infrastructure modernisation initiative significantly accelerates "
        "organisational transformation, operational resilience and regulatory compliance."
    )
    (finding,) = run("clarity.readability", text, "en")
    assert "multidisciplinary" in finding.message
    french = run(
        "clarity.readability",
        "L'industrialisation des processus organisationnels conditionne considérablement l'accélération "
        "de la transformation numérique et la conformité réglementaire.",
        "fr",
    )
    assert len(french) == 1 and "lisibilité" in french[0].message


def test_readability_threshold_from_params() -> None:
    """The policy may lower the threshold (rule params) so a hard draft passes."""
    from app.kinds.base import CheckContext, Deps
    from app.loader import build_rule, packaged_rules_dir
    from app.policy import Policy
    from tests.test_tone_cases import SPECS, make_draft

    spec = next(s for s in SPECS if s.id == "clarity.readability")
    rule = build_rule(spec, Deps(rules_root=packaged_rules_dir()), {"min_score": {"en": -500}})
    text = (
        "Our multidisciplinary infrastructure modernisation initiative significantly accelerates "
        "organisational transformation, operational resilience and regulatory compliance."
    )
    assert list(rule.check(make_draft(text, "en"), CheckContext(policy=Policy()))) == []


def test_long_sentence_counts_words_not_entities() -> None:
    """Mentions and URLs do not count as words of a sentence."""
    text = "Thanks " + " ".join(f"@user{i}" for i in range(40)) + " for coming."
    assert run("clarity.long-sentence", text, "en") == []


_READABILITY_WORDS = [
    "Hello",
    "world",
    "DON'T",
    "don't",
    "it's",
    "l'industrialisation",
    "Été",
    "organisation",
    "3.5",
    "e.g.",
    "reliability",
    "!",
    "?",
    ".",
    "…",
    ",",
    "'quoted'",
    "rock-solid",
    "\n",
    "  ",
    "@ana",
    "Ça",
    "x",
]


@given(st.lists(st.sampled_from(_READABILITY_WORDS), max_size=40).map(" ".join), st.sampled_from(["en", "fr"]))
@settings(max_examples=400, deadline=None)
def test_reading_ease_is_textstats_own(text: str, language: str) -> None:
    """Our reading_ease (compiled patterns, syllables kept per word) gives textstat's flesch_reading_ease
    exactly, and syllables its count_syllables."""
    from textstat.backend import counts, metrics

    code = textstat_language(language)
    assert code is not None
    assert reading_ease(text, language) == metrics.flesch_reading_ease(text, code)
    for word in text.split():
        assert syllables(word, language) == counts.count_syllables(word, code)

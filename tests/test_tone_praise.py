"""Praise read word by word is no negativity in the tone turn (``app.kinds.tone.PraiseTerms``): the lists are
risk.offensive's own, and a missing or malformed praise file fails at load with the file and key named."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.kinds.tone import PraiseTerms
from app.text.models import tokenize
from app.text.sentiment import get_analyser

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def praise() -> PraiseTerms:
    return PraiseTerms.read(RULES / "risk" / "offensive.yml")


def _praised(praise: PraiseTerms, text: str, language: str) -> list[str]:
    analyser = get_analyser(language)
    assert analyser is not None
    spans = praise.spans(text, language, tokenize(text), analyser.analyse(text))
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("@sam you absolutely murdered that solo \U0001f525", "en", ["murdered", "\U0001f525"]),
        ("Our team killed it at the hackathon \U0001f525", "en", ["killed", "\U0001f525"]),
        # pattern's French lexicon does not score « tué »: the 🔥 is the negative word left out.
        ("@lea t'as tué ce solo \U0001f525", "fr", ["\U0001f525"]),
        # What was killed is no performance: nothing is praise, the emoji included.
        ("He murdered that man \U0001f525", "en", []),
        ("Il a tué ce type \U0001f525", "fr", []),
        ("They killed three people downtown", "en", []),
    ],
)
def test_an_idiom_before_a_performance_is_praise(
    praise: PraiseTerms, text: str, language: str, expected: list[str]
) -> None:
    assert _praised(praise, text, language) == expected


def test_a_missing_praise_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yml"
    with pytest.raises(ValueError, match=r"nope\.yml"):
        PraiseTerms.read(missing)


def test_a_malformed_praise_file_names_the_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "offensive.yml"
    bad.write_text("params:\n  idioms: {en: [killed]}\n  praise_objects: [solo]\n  praise_determiners: {en: [that]}\n")
    with pytest.raises(ValueError, match=r"offensive\.yml: params\.praise_objects"):
        PraiseTerms.read(bad)
    bad.write_text("params: [\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        PraiseTerms.read(bad)

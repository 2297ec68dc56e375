"""(G, session 45) risk.hate's groups named by a class of words with a noun of people (the written block of
rules/risk/terms/<lang>/groups.yml) are what scripts/group_classes.py writes; any word of a class in any of its nouns
of people's phrases is read as a group, and the word alone names none."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from app.testing import draft_for
from app.text.folding import fold_term
from tests.shape_readings import proximity_rule

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("group_classes", ROOT / "scripts" / "group_classes.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("group_classes", module)
    spec.loader.exec_module(module)
    return module


group_classes = _script()
LANGUAGES = ("en", "fr")
# (language, words, heads) of every class
CLASSES = [(lang, words, heads) for lang in LANGUAGES for words, heads in group_classes.CLASSES[lang]]
# a sentence around a group, no predicate needed to read the target
FRAMES = {"en": "Honestly, {} again, every single day.", "fr": "Franchement, {} encore, tous les jours."}


def _groups(text: str, language: str) -> list[str]:
    spans = proximity_rule("risk.hate").target_spans(draft_for(text, language)) or []
    return [fold_term(text[a:b]) for a, b in spans]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_block_is_the_script_output(language: str) -> None:
    text = group_classes.LISTS[language].read_text(encoding="utf-8")
    assert group_classes.block(language) in text, f"regenerate: python scripts/group_classes.py {language} --write"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_word_of_a_class_is_a_group_alone(language: str) -> None:
    """No entry of the list names a garment, a condition or a benefit alone as written: the readers that take the
    list's words as they are (risk.offensive's skip_when, risk.hate-model's gate, the tone turn) would read it as a
    group; an adjective of ``heads`` or ``open_heads`` ("bipolar colleagues") is read there only where risk.hate reads
    a group (app/kinds/terms.py ``head_adjectives``)."""
    data = yaml.safe_load(group_classes.LISTS[language].read_text(encoding="utf-8"))
    entries = [e for e in data["terms"] if isinstance(e, dict) and not (e.get("heads") or e.get("open_heads"))]
    written = {fold_term(f) for e in entries for f in (e["term"], *e.get("forms", []))}
    words = {fold_term(w) for _, ws, _ in (c for c in CLASSES if c[0] == language) for w in ws}
    assert not words & written


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(CLASSES).flatmap(lambda c: st.tuples(st.just(c[0]), st.sampled_from(c[1]), st.sampled_from(c[2])))
)
def test_a_word_of_a_class_with_a_noun_of_people_is_a_group(case: tuple[str, str, str]) -> None:
    """Any word of a class in any of its phrases is read as a group (whole: "people with HIV", « mec en kippa »);
    the word alone in the same sentence is none (a group the lists name inside it may be: « bipolaires »)."""
    language, word, head = case
    phrase = head.replace("{}", word)
    frame = FRAMES[language]
    read = _groups(frame.format(phrase), language)
    assert any(fold_term(phrase) in span for span in read), (phrase, read)
    assert fold_term(word) not in _groups(frame.format(word), language)

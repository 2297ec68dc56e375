"""(G, session 54) risk.hate's peoples named by their language's name (the written block of
rules/risk/terms/<lang>/groups.yml) are what scripts/peoples.py writes; its guards hold (no ordinary word, no place, no
form the list holds elsewhere), and a name of the block is a group after its determiner only."""

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
    spec = importlib.util.spec_from_file_location("peoples", ROOT / "scripts" / "peoples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("peoples", module)
    spec.loader.exec_module(module)
    return module


peoples = _script()
LANGUAGES = ("en", "fr")


def _block_forms(language: str) -> list[str]:
    text = peoples.LISTS[language].read_text(encoding="utf-8")
    _, _, rest = text.partition(peoples.BEGIN)
    written, _, _ = rest.partition(peoples.END)
    entries = yaml.safe_load(written)
    return [f for e in entries for f in (e["term"], *e["forms"])]


FORMS = {lang: _block_forms(lang) for lang in LANGUAGES}
FRAMES = {"en": "Honestly, {} again, every single day.", "fr": "Franchement, {} encore, tous les jours."}


def _groups(text: str, language: str) -> list[str]:
    spans = proximity_rule("risk.hate").target_spans(draft_for(text, language)) or []
    return [fold_term(text[a:b]) for a, b in spans]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_block_is_the_script_output(language: str) -> None:
    text = peoples.LISTS[language].read_text(encoding="utf-8")
    assert peoples.block(language) in text, f"regenerate: python scripts/peoples.py {language} --write"


@pytest.mark.parametrize(
    ("language", "made", "not_made"),
    [
        ("en", {"the gusii", "the acoli", "the karamojong"}, {"the samosa", "the bongo", "the english", "the ewe"}),
        ("fr", {"les zaghawa", "ces baoule", "des zaghawa"}, {"les samosa", "les bretons", "les francais", "les ewe"}),
    ],
)
def test_the_guards(language: str, made: set[str], not_made: set[str]) -> None:
    """Rare names of peoples are made; ordinary words, short names, names the list holds are not."""
    forms = set(FORMS[language])
    assert made <= forms
    assert not not_made & forms


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_form_is_a_place_or_listed_elsewhere(language: str) -> None:
    names = {f.split()[-1] for f in FORMS[language]}
    assert not names & peoples.places()
    assert not set(FORMS[language]) & peoples.listed(language)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(LANGUAGES).flatmap(lambda lang: st.tuples(st.just(lang), st.sampled_from(FORMS[lang]))))
def test_a_name_is_a_group_after_its_determiner_only(case: tuple[str, str]) -> None:
    """Any form of the block is read as a group; its name alone (the language: "speaks Gusii") is none."""
    language, form = case
    frame = FRAMES[language]
    assert any(form in span for span in _groups(frame.format(form), language)), form
    name = form.split()[-1]
    assert not any(name in span.split() for span in _groups(frame.format(name), language)), name

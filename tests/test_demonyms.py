"""risk.hate's demonyms (the written block of rules/risk/terms/<lang>/groups.yml) are what scripts/demonyms.py writes,
and the morphology's guards hold: no country's name, no ordinary word, no people the lists leave out on purpose."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("demonyms", ROOT / "scripts" / "demonyms.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("demonyms", module)
    spec.loader.exec_module(module)
    return module


demonyms = _script()


def _block_forms(language: str) -> set[str]:
    text = demonyms.LISTS[language].read_text(encoding="utf-8")
    _, _, rest = text.partition(demonyms.BEGIN)
    written, _, _ = rest.partition(demonyms.END)
    entries = yaml.safe_load(written)
    return {f for e in entries for f in (e["term"], *e["forms"])}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_block_is_the_script_output(language: str) -> None:
    text = demonyms.LISTS[language].read_text(encoding="utf-8")
    assert demonyms.block(language) in text, f"regenerate: python scripts/demonyms.py {language} --write"
    assert text.index(demonyms.BEGIN) < text.index("\n  - ", text.index(demonyms.END)), "the block opens the terms"


@pytest.mark.parametrize(
    ("language", "made"),
    [
        (
            "en",
            {
                "mauritanians",
                "vanuatuans",
                "burundians",
                "timorese",
                "togolese",
                "azerbaijanis",
                "bhutanese",
                "djiboutians",
                "solomon islanders",
                "mauritanian",
                "every tamil",
                "typical bulgarian",
                "average moldovan",
                "typical pole",
            },
        ),
        (
            "fr",
            {
                "yemenites",
                "beninoises",
                "malgaches",
                "djiboutiens",
                "burundais",
                "mauriciens",
                "togolaises",
                "un vrai corse",
                "chaque breton",
            },
        ),
    ],
)
def test_the_morphology_makes_the_peoples(language: str, made: set[str]) -> None:
    assert made <= _block_forms(language)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_place_no_word_no_people_left_out(language: str) -> None:
    forms = _block_forms(language)
    places = {demonyms.fold(n) for lang in ("en", "fr") for n in demonyms.names(lang, every=True)}
    assert not forms & places  # « l'Albanie », "Burundi", "Djibouti" are places
    assert not forms & demonyms.NOT_PEOPLE[language]  # "chilis", « malaise », « turquoise », « colombes »
    # the western majorities, states named by their people
    left_out = {
        "americans",
        "germans",
        "canadians",
        "australians",
        "saudis",
        "emiratis",
        "qataris",
        "allemands",
        "canadiens",
        "italiens",
        "saoudiens",
    }
    assert not forms & left_out
    # (G, session 40) the peoples of the sides of a war in the news are peoples: "Israelis are vermin"
    assert {"ukrainians", "russians", "israelis"} <= forms if language == "en" else {"chaque israelien"} <= forms
    # a band, a team, a company's staff, a brand: no country's name under them
    assert not forms & {"beatles", "lakers", "googlers", "celtics", "canadiens", "bleus", "verts", "girondins"}
    # an adjective of the list, or a singular that is another word or a place, names one of a people as a type only
    assert not forms & {"tamil", "iranian", "bulgarian", "pole", "corse", "breton"}

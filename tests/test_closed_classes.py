"""risk.hate's closed classes of round 19 are what training/closed_classes.py writes; the innocent senses stay out."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import pytest
import yaml

from training import closed_classes

TERMS = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_list_is_the_generator_output(language: str) -> None:
    path = TERMS / language / "hate-closed.yml"
    out = io.StringIO()
    with redirect_stdout(out):
        closed_classes.main(language)
    assert out.getvalue() == path.read_text(encoding="utf-8"), (
        f"regenerate: python -m training.closed_classes {language} > {path}"
    )


def _forms(language: str) -> set[str]:
    terms = yaml.safe_load((TERMS / language / "hate-closed.yml").read_text(encoding="utf-8"))["terms"]
    return {t["term"] for t in terms} | {f for t in terms for f in t.get("forms", [])}


def test_every_inflection_and_determiner() -> None:
    forms = _forms("en")
    assert {
        "pulling the strings",
        "own every single bank",
        "controlled the media",
        "have bought our politicians",
        "were behind the financial crisis",
        "the media is controlled by",
        "shouldn't hold public office",
        "serve no purpose",
        "steal everything",
        "stealing everything",
        "end up dealing drugs",
        "will never be real americans",
        "are the reason this town is a dump",
        "ruined our high street",
        "aren't one of us",
    } <= forms
    assert {
        "ont pris le contrôle de nos mairies",
        "rachètent tout",
        "l'arme du grand remplacement",
        "ne devraient pas voter",
        "ne servent plus à rien",
        "arnaquent les touristes",
        "dealent",
        "volaient tout",
        "ne seront jamais de vrais français",
        "sont la cause de tous nos problèmes",
        "ont détruit nos quartiers",
        "ne font pas partie de notre peuple",
    } <= _forms("fr")


def test_what_the_group_undergoes_or_states_stays_out() -> None:
    en, fr = _forms("en"), _forms("fr")
    # a past reads as a passive too ("refugees were robbed"), a bare noun as a noun ("a Nigerian scam"), "can't" and
    # "have no right to" state a plight, "from here" and bare « ne sont pas français » a fact
    assert not en & {
        "robbed",
        "stole",
        "scammed",
        "scam",
        "steal",
        "stab",
        "can't vote",
        "have no right to vote",
        "aren't from here",
        "will always be foreigners",
        "it's all run by",
        "don't belong",
    }
    assert not fr & {
        "volés",
        "voler",
        "arnaquer",
        "ne sont pas français",
        "ne sont pas d'ici",
        "n'apportent rien",
        "restent des étrangers",
        "touchent les aides",
        "ne devraient pas rester ici",
    }

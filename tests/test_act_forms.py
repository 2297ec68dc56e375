"""risk.hate's lists of open acts of harm are what training/act_forms.py writes (session 15), and they keep out the
words whose everyday sense would pair with a group too often ("smashed" and "wrecked" are drunk, a hammer and
matches are things of a workshop and a league)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.generated_lists import written_forms
from training import act_forms

TERMS = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_list_is_the_generator_output(language: str) -> None:
    path = TERMS / language / "hate-acts.yml"
    assert act_forms.render(language) == path.read_text(encoding="utf-8"), (
        f"regenerate: python -m training.act_forms {language} > {path}"
    )


def test_everyday_senses_stay_out() -> None:
    forms = written_forms(TERMS / "en" / "hate-acts.yml")
    assert not forms & {"getting smashed", "get wrecked", "hammer", "matches", "match", "light", "hang"}
    assert {"getting stomped", "stomp", "machete", "petrol", "run over"} <= forms


def test_french_first_persons_are_written() -> None:
    forms = written_forms(TERMS / "fr" / "hate-acts.yml")
    assert {"défoncerai", "buterais", "va se faire lyncher", "fusil", "bidon d'essence"} <= forms

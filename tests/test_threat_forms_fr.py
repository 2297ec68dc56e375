"""risk.threats' French list of violence promised to the reader is what training/threat_forms_fr.py writes, and it
keeps out the acts that a game, a shop or a coach says too."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.generated_lists import generator_output, written_forms
from training import threat_forms_fr

LIST = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms" / "fr" / "threats-reader.yml"


def _forms() -> set[str]:
    return written_forms(LIST)


def test_the_list_is_the_generator_output() -> None:
    assert generator_output(threat_forms_fr.main) == LIST.read_text(encoding="utf-8"), (
        "regenerate: python -m training.threat_forms_fr > " + str(LIST)
    )


def test_every_subject_meets_every_act() -> None:
    forms = _forms()
    assert {"jvais te buter", "j'vais t'égorger", "on va vous tabasser", "je vais tous vous tuer", "jte bute"} <= forms
    assert {"je vais te casser les dents", "je vais te mettre une balle dans la tête", "je t'égorge"} <= forms
    assert {"il faut le buter", "il faut l'égorger", "on devrait te lyncher", "tu mérites une balle"} <= forms


def test_acts_a_game_or_a_shop_says_too_stay_out() -> None:
    forms = _forms()
    # « je vais t'éclater à FIFA », « on va vous noyer sous les cadeaux », « ce cours va vous faire souffrir »
    for act in ("éclater", "écraser", "fumer", "enterrer", "planter", "descendre", "noyer", "faire souffrir"):
        assert not any(f.endswith(" " + act) or f.endswith("'" + act) for f in forms), act
    # calls: only acts no thing undergoes (« il faut le pendre », the washing; « faut le brûler », a letter)
    assert not forms & {"il faut le pendre", "faut le brûler", "il faut le tuer", "faut le massacrer"}
    allowed = yaml.safe_load(LIST.read_text(encoding="utf-8"))["allow"]
    assert "je vais te tuer de rire" in allowed and "on va vous brûler la politesse" in allowed

"""risk.hate's English list of veiled threats is what training/threat_forms.py writes, and it keeps out the fates
that warnings and news foretell too."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.generated_lists import generator_output, written_forms
from training import threat_forms

LIST = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms" / "en" / "hate-threats.yml"


def _forms() -> set[str]:
    return written_forms(LIST)


def test_the_list_is_the_generator_output() -> None:
    assert generator_output(threat_forms.main) == LIST.read_text(encoding="utf-8"), (
        "regenerate: python -m training.threat_forms > " + str(LIST)
    )


def test_foretold_fates_are_paybacks_not_warnings() -> None:
    forms = _forms()
    # "refugees will suffer under this policy", "women will die if …": a warning, not a threat
    assert not forms & {"will suffer", "will die", "are going to suffer", "will be punished", "will be wiped out"}
    assert not any("take care of" in f for f in forms)  # "someone should take care of the refugee kids"
    assert {"will get what's coming", "are gonna learn their lesson", "won't know what hit them"} <= forms


def test_bodily_harm_is_vowed_and_genocide_places_follow_be() -> None:
    terms = yaml.safe_load(LIST.read_text(encoding="utf-8"))["terms"]
    harm = next(t for t in terms if t["term"] == threat_forms.bodily_harm()[0])
    # "someone put a bullet in a Muslim man last night": a bare "someone" reports, only vows and calls threaten
    assert harm["requires"] == "vowed_calls"
    assert {"put a bullet in", "slit the throats of", "beat the shit out of", "burn out"} <= set(harm["forms"]) | {
        harm["term"]
    }
    sent = set(threat_forms.genocide_sent())
    # "the Jews who were sent to the camps": the victims remembered, not the group sent
    assert "be sent to the ovens" in sent and not any(f.startswith("sent ") for f in sent)
    words = yaml.safe_load(LIST.with_name("hate-words.yml").read_text(encoding="utf-8"))["classes"]
    assert not {"someone", "somebody", "anyone", "everyone"} & set(words["vowed_calls"])
    assert set(words["vowed_calls"]) <= set(words["calls"])  # no word the calls do not already allow in a gap


IMPLICIT = LIST.with_name("hate-implicit.yml")


def test_the_implicit_list_is_the_generator_output() -> None:
    from training import implicit_forms

    assert generator_output(implicit_forms.main) == IMPLICIT.read_text(encoding="utf-8"), (
        "regenerate: python -m training.implicit_forms > " + str(IMPLICIT)
    )


def test_implicit_forms_leave_plights_and_trades_out() -> None:
    terms = yaml.safe_load(IMPLICIT.read_text(encoding="utf-8"))["terms"]
    forms = {t["term"] for t in terms} | {f for t in terms for f in t.get("forms", [])}
    # what is done to the group, what it lacks through no fault, what its people run in fact
    assert not forms & {
        "are treated like animals",
        "have no homes",
        "have no rights",
        "run the schools",
        "date",
        "marry",
    }
    assert {"remind me of rats", "secretly run the media", "sit next to", "have no feelings"} <= forms
    # round 9: breeding likened to the idiom's animals only ("X breed like rabbits", not "X look like rabbits")
    assert {"breed like rabbits", "are breeding like rats"} <= forms
    assert not forms & {"look like rabbits", "remind me of rabbits", "act like flies"}

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
    # "someone should take care of the refugee kids": only a care made final (session 14, needs_after: "… permanently")
    final = {
        f
        for t in yaml.safe_load(LIST.read_text(encoding="utf-8"))["terms"]
        if t.get("needs_after")
        for f in [t["term"], *t["forms"]]
    }
    assert not any("take care of" in f for f in forms - final)
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


def test_member_fates_pair_with_one_member_only() -> None:
    """Round 10: the fates said of one member threatened ("he's getting shot", "she'll be sorry") are marked
    ``members``, so they never pair with the group itself ("refugees are getting shot at the border" is a plight), and
    the hospital a vow puts someone in is one member's only ("we put the refugees in the hospital" helps)."""
    terms = yaml.safe_load(LIST.read_text(encoding="utf-8"))["terms"]
    by_term = {t["term"]: t for t in terms}
    fates = by_term[threat_forms.member_fates()[0]]
    assert fates.get("members") is True and fates["target"] == "before"
    assert {"getting shot", "will be sorry", "leave in an ambulance"} <= set(fates["forms"]) | {fates["term"]}
    wards = by_term[threat_forms.WARDS[0]]
    assert wards.get("members") is True and wards["requires"] == "placers"
    graves = by_term[threat_forms.GRAVES[0]]
    assert not graves.get("members") and graves["requires"] == "placers"
    words = yaml.safe_load(LIST.with_name("hate-words.yml").read_text(encoding="utf-8"))["classes"]
    # the member pronouns are singular ("they" too: "If a trans person … I'll make *them* regret it")
    assert {"him", "her", "them"} <= set(words["member_pronouns"])
    # "make X pay" closes a payback, a price after it a bill
    assert "pay" in words["retributions"] and "less" in words["prices"]


def test_round10_implicit_questions_and_absences_leave_help_and_praise_out() -> None:
    """Round 10: the questions denying anyone wants the group never ask "who wants" or "who needs" (a call for help:
    "who needs refugees to host?") nor "date" or "marry" (an identity answers them); an absence is praised only with
    words that praise a place ("women look *good without* men" is no hate), and "What have X ever done" is no form (a
    defence asks it as often)."""
    terms = yaml.safe_load(IMPLICIT.read_text(encoding="utf-8"))["terms"]
    forms = {t["term"] for t in terms} | {f for t in terms for f in t.get("forms", [])}
    assert {"who actually likes", "would anyone hire", "what good has", "paradise without", "great before"} <= forms
    assert not forms & {"who wants", "who needs", "who would date", "who would marry", "who actually wants"}
    assert not forms & {"good without", "nice without", "safe without"}
    # "What have immigrants ever done for us? Built the NHS": asked as often to defend the group, not a form
    assert not forms & {"what have", "what has", "what did"}
    words = yaml.safe_load(IMPLICIT.with_name("hate-words.yml").read_text(encoding="utf-8"))["classes"]
    assert "ever" in words["evers"] and "moved" in words["arrivals"]


def test_round10c_implicit_challenges_and_warnings_leave_praise_and_care_out() -> None:
    """Round 10c: a member of the group challenged to exist without a vice ("Is there a single X *who isn't* …?")
    needs a challenge before the group and is undone by fondness ("… who doesn't *love* …"); why anyone puts up with
    the group is asked without "we" or "accept" ("Why do we accept refugees' claims so slowly?" asks of a procedure);
    an implied threat has "better" before it but never "watch out" or "be careful", warnings of ice and night."""
    terms = yaml.safe_load(IMPLICIT.read_text(encoding="utf-8"))["terms"]
    by_term = {t["term"]: t for t in terms}
    forms = set(by_term) | {f for t in terms for f in t.get("forms", [])}
    assert {
        "who isn't",
        "who doesn't",
        "does anyone even tolerate",
        "ever contributed",
        "had better watch themselves",
    } <= forms
    assert {"will learn what happens", "are going to find out what happens"} <= forms
    assert not any("watch out" in f or "be careful" in f for f in forms)
    assert not any(" we " in f" {f} " or "accept" in f for f in forms if f.startswith(("do ", "does ")))
    who = by_term["who isn't"]
    assert who["requires"] == "challenges" and who["undone_by"] == "plain_asks" and who["negated"] is True
    words = yaml.safe_load(IMPLICIT.with_name("hate-words.yml").read_text(encoding="utf-8"))["classes"]
    assert "single" in words["challenges"] and "know" not in words["challenges"]
    assert "love" in words["fond"]

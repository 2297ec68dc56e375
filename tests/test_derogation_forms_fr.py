"""risk.hate's French lexicon of rarer contempt is what training/derogation_forms_fr.py writes: every adjective in its
four forms (irregular feminines included), nouns after their article, and the words that describe a subset as often
as they judge a whole kept from pairing touching their group."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.generated_lists import generator_output, written_forms
from training import derogation_forms_fr, threat_frames_fr

TERMS = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms" / "fr"
LIST = TERMS / "hate-derogatory-forms.yml"
THREATS = TERMS / "hate-threat-forms.yml"


def test_the_lists_are_the_generator_outputs() -> None:
    assert generator_output(derogation_forms_fr.main) == LIST.read_text(encoding="utf-8"), (
        "regenerate: python -m training.derogation_forms_fr > " + str(LIST)
    )
    assert generator_output(threat_frames_fr.main) == THREATS.read_text(encoding="utf-8"), (
        "regenerate: python -m training.threat_frames_fr > " + str(THREATS)
    )


def test_every_adjective_has_its_four_forms() -> None:
    forms = written_forms(LIST)
    assert {"fielleux", "fielleuse", "fielleuses", "veule", "veules", "chafouin", "chafouine", "chafouins"} <= forms
    assert {"sot", "sotte", "sots", "sottes", "jaloux", "jalouse", "jalouses"} <= forms
    assert {"affabulateur", "affabulatrice", "affabulateurs", "affabulatrices", "poltron", "poltronne"} <= forms
    assert {"arriéré mental", "arriérée mentale", "arriérés mentaux", "arriérées mentales"} <= forms
    # a phrase with no feminine of its own, or an invariable word, is written once
    assert "sans-cœure" not in forms and "neuneue" not in forms and "sans scrupuless" not in forms


def test_nouns_come_with_their_article() -> None:
    forms = written_forms(LIST)
    assert {"une mégère", "des mégères", "que des mégères", "un tocard", "des tocards", "des cas sociaux"} <= forms
    assert {"des morts de faim", "des va-nu-pieds", "des crève-la-faim", "d'une bêtise affligeante"} <= forms
    # a noun that also names an innocent state stands only after « que des » / « tous des »
    assert "des malades" not in forms and "que des malades" in forms


def test_subset_words_do_not_pair_touching_their_group() -> None:
    entries = yaml.safe_load(LIST.read_text(encoding="utf-8"))["terms"]
    touching = {f for e in entries if e.get("attributive", True) for f in (e["term"], *e.get("forms", []))}
    # « les femmes jalouses de leur sœur », « les enfants inadaptés » describe, they do not judge
    assert not touching & {"jalouses", "inadaptés", "incompatibles", "opportunistes", "une mégère"}
    assert {"fielleux", "veules", "godiches"} <= touching


def test_threat_frames_cross_every_verb_with_every_act_and_place() -> None:
    forms = written_forms(THREATS)
    assert {
        "méritent qu'on les frappe",
        "mériteraient qu'on leur casse la gueule",
        "mériteraient bien qu'on les pende",
    } <= forms
    assert {"vont finir dans les fours", "finiront au fond de la mer", "devraient finir au bout d'une corde"} <= forms
    # a sentence or a plight is no death foretold (« leur place est en prison », round 10b, assigns a place);
    # deserving help is no threat
    assert not any(f.endswith(("en prison", "à la rue")) and not f.startswith("leur place") for f in forms)
    assert not any(f.endswith(("qu'on les aide", "qu'on les écoute")) for f in forms)


def test_dismissals_weapons_and_refusals_are_generated_without_their_harmless_readings() -> None:
    forms = written_forms(THREATS)
    assert {"n'ont qu'à crever", "ont qu'à retourner dans leur pays", "une balle dans la tête pour chaque"} <= forms
    assert {"aura bientôt la peau de", "direction le bûcher", "je préfère crever que d'avoir"} <= forms
    # « une balle pour chaque enfant » is a ball; « direction le bled » a holiday; « n'ont qu'à partir » a choice
    assert not forms & {"une balle pour chaque", "direction le bled", "direction la frontière", "n'ont qu'à partir"}
    assert "la ruine assurée" in written_forms(LIST)


def test_submission_is_said_not_suffered() -> None:
    entries = yaml.safe_load(LIST.read_text(encoding="utf-8"))["terms"]
    submissive = next(e for e in entries if e["term"] == "soumis")
    # « les femmes sont soumises à des violences »: a word of the undergone class after the pair undoes it
    assert submissive.get("undone_by") == "undergone" and "soumises" in submissive["forms"]


def test_round10_frames_persecution_wished_back_refusal_asked_and_place_without() -> None:
    forms = written_forms(THREATS)
    assert {
        "les garder dans les camps",
        "les laisser enchaînés",
        "les remettre dans des wagons",
        "les jeter à la seine",
    } <= forms
    assert {"qui a envie d'avoir", "qui accepterait d'épouser", "est-ce qu'on peut vraiment faire confiance à"} <= forms
    assert {"je rêve d'une europe sans", "vivement une france débarrassée des", "je veux un pays sans aucun"} <= forms
    # an offer in the present is no refusal (« qui veut embaucher des réfugiés ? On recrute »);
    # no place, no persecution
    assert not forms & {
        "qui veut embaucher",
        "qui a envie de travailler avec",
        "les garder au chaud",
        "les remettre à l'école",
    }
    entries = {e["term"]: e for e in yaml.safe_load(THREATS.read_text(encoding="utf-8"))["terms"]}
    kept = next(e for t, e in entries.items() if t.startswith("les remettre"))
    held = next(e for t, e in entries.items() if t.startswith("les garder"))
    asked = next(e for t, e in entries.items() if t.startswith("qui veut"))
    dreamt = next(e for t, e in entries.items() if t.startswith("je rêve d'"))
    # a modal in reach, a question that opens its sentence, a group that closes it
    assert kept["requires"] == "modal" and asked["requires"] == "sent_off" and dreamt["final"] is True
    # round 10b: keeping the group there takes a modal of wish or regret, not a future (« on va les garder … »)
    assert held["requires"] == "held_modals" and "les laisser enchaînés" in held["forms"]
    assert {"leur place est dans les camps", "les fours c'était leur place", "leur place c'est en prison"} <= forms


def test_round10_frames_blows_unfinished_genocide_and_swarms() -> None:
    forms = written_forms(THREATS)
    assert {"des claques", "une bonne raclée", "la corde"} <= forms
    assert {"dommage qu'on n'ait pas fini le travail", "hitler aurait dû finir le boulot avec les"} <= forms
    assert {"comme une nuée de criquets", "telles une horde de rats", "comme des poux"} <= forms
    # the present is a day's work (« il faut finir le travail avec les migrants »); ants work hard
    assert not forms & {"il faut finir le travail avec les", "on n'a pas fini le travail", "comme des fourmis"}
    entries = {e["term"]: e for e in yaml.safe_load(THREATS.read_text(encoding="utf-8"))["terms"]}
    assert entries["une balle"]["requires"] == "modal"
    assert entries["comme une nuée de criquets"]["complaint"] == "complaints"


def test_round10_persecution_remembered_only_with_approval() -> None:
    forms = written_forms(THREATS)
    assert {"c'était mieux quand on les enfermait", "avant on les pendait et c'était très bien"} <= forms
    # history told without approval is no hate: « à l'époque on les déportait »
    assert not forms & {"à l'époque on les déportait", "avant on les enfermait"}

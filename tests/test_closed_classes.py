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


def test_round20_habits_places_and_kinship() -> None:
    """Round 20 (session 17, I): a habit as a fact in every negation, a place assigned, kinship denied."""
    en, fr = _forms("en"), _forms("fr")
    assert {
        "don't value education",
        "never pay their taxes",
        "refuse to learn english",
        "just don't respect the law",
        "only look after their own",
        "always play the race card",
        "belong in the kitchen",
        "should stay in their own countries",
        "need to go back where they came from",
        "place is in the kitchen",
        "should know their place",
        "aren't like us",
        "will never share our values",
        "are a different breed",
    } <= en
    assert {
        "ne respectent pas l'école",
        "n'élèvent pas leurs gosses",
        "paient jamais leurs impôts",
        "ne pensent qu'à l'argent",
        "savent toujours où est l'argent",
        "devraient rester chez eux",
        "n'ont qu'à rester dans leur placard",
        "leur place est à la cuisine",
        "sont faites pour faire des enfants",
        "ne sont pas comme nous",
        "ne partagent pas nos valeurs",
        "n'ont rien à voir avec nous",
    } <= fr


def test_round20_advice_stays_out() -> None:
    """Staying at home is advice as often as a role ("the elderly should stay at home in a heatwave"): only "belong"
    assigns it; the bare habits without a negation are no claim ("X pay taxes")."""
    en, fr = _forms("en"), _forms("fr")
    assert not en & {
        "should stay at home",
        "need to stay in bed",
        "should stay out of sight",
        "pay taxes",
        "value education",
    }
    assert "belong at home" in en
    assert not fr & {
        "devraient rester à la maison",
        "doivent rester à la maison",
        "respectent l'école",
        "paient leurs impôts",
    }


def test_round20_the_group_after_its_frame() -> None:
    """Round 20 (session 17, I): the group's failing taken for granted, a crime foreseen, the group counted as a harm,
    the usual culprit (the group after the frame)."""
    en, fr = _forms("en"), _forms("fr")
    assert {
        "what else would you expect from",
        "what do u expect of",
        "that's what you get for hiring",
        "this is what happens when you let in",
        "typical behaviour from",
        "of course the thief was",
        "naturally the rapist turned out to be",
        "the attacker was, of course,",
        "there are way too many",
        "this town has too many",
        "too many",
        "why is it always the",
    } <= en
    assert {
        "qu'est-ce que tu veux attendre d'un",
        "à quoi tu t'attendais avec une",
        "c'est ce qu'on gagne à embaucher",
        "évidemment le voleur était",
        "le violeur était, bien sûr,",
        "on a beaucoup trop d'",
        "pourquoi c'est toujours les",
    } <= fr


def test_round20_a_bare_count_or_praise_stays_out() -> None:
    """A bare "too many X" pleads as often as it complains: with a place after it, only said as a presence; an
    expectation met with praise ("expect nothing less from") is no failing."""
    en, fr = _forms("en"), _forms("fr")
    assert not en & {"too many in", "expect nothing less from", "typical of", "it's always", "of course it's"}
    assert not fr & {"toujours les", "c'est toujours les", "c'est encore un"}


def test_round20_trust_care_warnings_and_swarms() -> None:
    """Round 20 (session 17, I): trust refused to the group, care of the writer's own refused, a warning to guard
    oneself against it, vermin by the verb alone."""
    en, fr = _forms("en"), _forms("fr")
    assert {
        "would never hire",
        "never employ",
        "we don't rent to",
        "i've stopped renting to",
        "babysit my son",
        "anywhere near my kids",
        "hold on to your wallet when",
        "lock up your daughters",
        "don't walk alone near",
        "breed like rabbits",
        "are swarming all over",
        "have infested our",
    } <= en
    assert {
        "je n'embauche plus",
        "jamais je ne louerais aux",
        "embaucherais jamais",
        "je ne fais plus confiance aux",
        "nous n'embauchons pas",
        "pas question d'embaucher",
        "garde mes enfants",
        "s'approchent de mes gosses",
        "tenez bien votre sac quand",
        "ne sortez pas seules près des",
        "grouillent partout",
        "grouillaient partout",
        "se reproduisent comme des lapins",
        "se répandent partout",
    } <= fr


def test_round20_bare_verbs_and_joints_stay_out() -> None:
    """A verb of swarming without its simile or place ("rumours spread", « se multiplient »), a preposition doubled
    by a joint (« quand quand »), a date or a marriage refused (said of the writer's own taste) stay out."""
    en, fr = _forms("en"), _forms("fr")
    assert not en & {
        "spread",
        "multiply",
        "breed",
        "i would never date",
        "i'd never marry",
        "don't walk alone near when",
    }
    assert not fr & {"se multiplient", "se répandent", "ne sortez pas seules quand quand", "n'je embauche pas"}


def test_round20_coy_guesses_and_names_as_traits() -> None:
    """Round 20 (session 17, I): training/stereotype_cues.py writes the coy refusal to spell it out as a guess and the
    name as a trait standing for the group; the culprit named is an outcome."""
    words = {
        language: yaml.safe_load((TERMS / language / "hate-stereotypes.yml").read_text(encoding="utf-8"))
        for language in ("en", "fr")
    }
    assert {"no need to draw you a picture", "i'll let you imagine"} <= set(words["en"]["guesses"])
    assert {"surname", "name", "background"} <= set(words["en"]["traits"])
    assert {"suspect", "stabber", "groomer"} <= set(words["en"]["outcomes"])
    assert {"pas besoin de vous faire un dessin", "je vous laisse imaginer"} <= set(words["fr"]["guesses"])
    assert {"prenom", "patronyme", "facies"} <= set(words["fr"]["traits"])
    assert {"suspect", "voleur", "agresseur"} <= set(words["fr"]["outcomes"])


def test_round20_sent_back_in_french() -> None:
    """« retourne en Afrique », « rentre dans ton pays »: the imperative with its preposition, the places of origin
    targets of it alone (groups.yml, only_with), a condition put first with its comma."""
    fr = _forms("fr")
    assert {"retourne en", "rentre dans", "retournez au", "si t'es pas content, retourne en"} <= fr
    groups = yaml.safe_load((TERMS / "fr" / "groups.yml").read_text(encoding="utf-8"))["terms"]
    places = next(t for t in groups if t["term"] == "afrique")
    assert places["only_with"] == ["retourne en"] and "ton pays" in places["forms"]


def test_round21_insinuation_cue_classes() -> None:
    """Round 21 (session 18, I): training/stereotype_cues.py writes four closed classes of insinuation cues, each a
    product of a few word lists — feigned wonder, the insinuation disowned, a stereotype called a fact, a concession —
    in both languages; a group and an outcome are still needed beside them (app.kinds.stereotype)."""
    words = {
        language: set(yaml.safe_load((TERMS / language / "hate-stereotypes.yml").read_text(encoding="utf-8"))["cues"])
        for language in ("en", "fr")
    }
    assert {"ever noticed", "have you noticed", "makes you wonder", "food for thought"} <= words["en"]
    assert {"just saying", "not saying anything", "draw your own conclusions", "we all know why"} <= words["en"]
    assert {"it's just data", "that's a fact", "statistically", "i'm not racist but"} <= words["en"]
    assert {"let's be honest", "before anyone starts"} <= words["en"]
    assert {"vous avez remarqué", "ça fait réfléchir", "on se demande bien", "simple constat"} <= words["fr"]
    assert {"je dis ça je dis rien", "tirez-en vos conclusions", "on sait tous pourquoi", "padamalgam"} <= words["fr"]
    assert {"c'est un fait", "c'est statistique", "c'est pas moi qui le dis", "soyons honnêtes"} <= words["fr"]
    # (session 19, I) "funny how", « c'est drôle comme » open the denunciation of a double standard as often: they are
    # cues only beside the ``contrasts`` and ``double_standards`` phrases that undo them ("… but when he scores …");
    # never a counter-speaker's "look it up"; nor a disclaimer said after any sentence (tests/test_invariance.py)
    assert {"funny how", "isn't it interesting that"} <= words["en"] and {
        "c'est drôle comme",
        "marrant comme",
    } <= words["fr"]
    for language in ("en", "fr"):
        data = yaml.safe_load((TERMS / language / "hate-stereotypes.yml").read_text(encoding="utf-8"))
        assert data["contrasts"] and data["double_standards"]
    assert not {"look it up", "google it"} & (words["en"] | words["fr"])
    # the reader asked to wonder, not the writer's own thought ("it makes me think …")
    assert "makes you think" in words["en"] and not {"makes me think", "it makes me wonder"} & words["en"]
    assert not {"that's not racism", "it's reality", "c'est pas du racisme", "c'est la réalité"} & (
        words["en"] | words["fr"]
    )


def test_round21_social_harms_are_outcomes() -> None:
    """Round 21 (session 18, I): the social harms a stereotype pins on a group are outcomes beside the verbs of crime
    (dependence, dirt and noise, extremism, spying, predation); not a disease or a plight, said of victims as often."""
    words = {
        language: set(
            yaml.safe_load((TERMS / language / "hate-stereotypes.yml").read_text(encoding="utf-8"))["outcomes"]
        )
        for language in ("en", "fr")
    }
    assert {"welfare", "scroungers", "noisy", "radicalised", "spies", "predators", "missing"} <= words["en"]
    assert {"assistes", "profiteurs", "bruyants", "radicalisation", "espions", "parasites", "mendient"} <= words["fr"]
    assert not {"aids", "hiv", "unemployed", "disease", "sida", "maladie", "chomeurs"} & (words["en"] | words["fr"])


def test_round21_what_the_group_gets_done_to_it_in_french() -> None:
    """« mes voisins marocains se sont fait cambrioler »: « fait(s) » then an infinitive of harm is undergone."""
    words = yaml.safe_load((TERMS / "fr" / "hate-stereotypes.yml").read_text(encoding="utf-8"))
    assert {"fait", "faits", "faite"} <= set(words["passives"])
    assert {"cambrioler", "agresser", "voler", "tabasser"} <= set(words["victims"])


def test_session19_normative_and_demographic_classes() -> None:
    """Session 19 (I): a duty's modal and a removal verb in every voice (the get-passive, the gerund, « y a qu'à »,
    « sont à » + an infinitive, « les » taking up the group), and the fear of numbers (a minority in one's own country,
    births counted against ours), written by training/closed_classes.py; never a majority foretold, nor "deal with"
    after "we need to", which policy says."""
    forms = {
        language: {
            form
            for entry in yaml.safe_load((TERMS / language / "hate-closed.yml").read_text(encoding="utf-8"))["terms"]
            for form in [entry["term"], *entry.get("forms", [])]
        }
        for language in ("en", "fr")
    }
    assert {"should get deported", "need deporting", "have to ship back", "needs to be screened out"} <= forms["en"]
    assert {"will be a minority in their own country", "are having five kids each"} <= forms["en"]
    assert {"y a qu'à expulser", "mettre en institution", "sont à renvoyer chez eux"} <= forms["fr"]
    assert {"y a qu'à tous les expulser", "seront minoritaires chez nous", "font six gosses chacune"} <= forms["fr"]
    assert not {"will be the majority", "need to deal with", "should be registered"} & forms["en"]
    assert not {"seront majoritaires en france", "il faut s'occuper des"} & forms["fr"]

"""app.text.usage: a slur homonym's grammar of use (aimed at people, its harmless sense, or neither)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text.usage import INNOCENT, INSULT, load_grammar, reading

TERMS = Path(__file__).resolve().parents[1] / "rules" / "risk" / "terms"
GRAMMARS = {language: load_grammar(TERMS / language / "senses.yml") for language in ("en", "fr")}

SENSES = {  # as rules/risk/terms/{en,fr}/slurs.yml name them
    "fag": ("cigarette", "food", "fuel"),
    "faggot": ("cigarette", "food", "fuel"),
    "dyke": ("structure",),
    "chink": ("gap",),
    "coon": ("animal", "surname"),
    "retard": ("verb",),
    "spastic": ("body",),
    "tapette": ("tool",),
    "pédale": ("machine",),
    "raton": ("animal",),
    "mongol": ("people",),
    "gogol": ("author",),
    "bamboula": ("party",),
}


def _read(text: str, word: str, language: str) -> str | None:
    start = text.index(word)
    senses = SENSES.get(word.lower().removesuffix("s"), ("cigarette",))
    return reading(text, start, start + len(word), GRAMMARS[language], senses)


@pytest.mark.parametrize(
    ("text", "word", "language", "expected"),
    [
        # aimed at people: spoken to, an insult's adjective, compared to a person, a person's verb, a normative verb
        ("you absolute coon", "coon", "en", INSULT),
        ("shut up fag nobody asked", "fag", "en", INSULT),
        ("Fags, go home", "Fags", "en", INSULT),
        ("dykes like her ruin everything", "dykes", "en", INSULT),
        ("the dyke from accounts thinks she runs the place", "dyke", "en", INSULT),
        ("we had a fag in our class who cried", "fag", "en", INSULT),
        ("faggots should stay in the closet", "faggots", "en", INSULT),
        ("my new neighbour is a coon", "coon", "en", INSULT),
        ("espèce de tapette, bats-toi", "tapette", "fr", INSULT),
        ("les pédales comme lui", "pédales", "fr", INSULT),
        # insult grammar wins over the harmless one
        ("shut up fag and light my cigarette", "fag", "en", INSULT),
        # the harmless sense's grammar
        ("gasping for a fag after that meeting", "fag", "en", INNOCENT),
        ("he bummed a fag off me", "fag", "en", INNOCENT),
        ("we cycled along the dyke", "dyke", "en", INNOCENT),
        ("the dyke gave way last night", "dyke", "en", INNOCENT),
        ("a chink of hope at last", "chink", "en", INNOCENT),
        ("a coon tipped over the compost", "coon", "en", INNOCENT),
        ("woke up to a coon on the fence 🦝", "coon", "en", INNOCENT),
        ("cold slows it: temperatures retard the yeast", "retard", "en", INNOCENT),
        ("her spastic left arm", "spastic", "en", INNOCENT),
        ("il a tendu une tapette derrière le frigo", "tapette", "fr", INNOCENT),
        ("la tapette en plastique est cassée", "tapette", "fr", INNOCENT),
        ("un raton a grignoté les fils", "raton", "fr", INNOCENT),
        ("Les Mongols ont atteint la Pologne", "Mongols", "fr", INNOCENT),
        # a sense's verbs never clear another sense, a masked spelling is never harmless, a passenger is a person
        ("smoked a chink behind the bins", "chink", "en", None),
        ("popping out for a f*g", "f*g", "en", None),
        ("dropped a fag off at the station", "fag", "en", INSULT),
        ("I'd never have a dyke as a friend", "dyke", "en", INSULT),
        # neither: the caller keeps a warning
        ("look at that fag over there", "fag", "en", None),
        ("I hate fags", "fags", "en", None),
        ("those coons are rats 🐀", "coons", "en", None),  # vermin emoji: dehumanising, not an animal cue
        ("the dyke at work thinks its funny", "dyke", "en", INSULT),  # "its" for "it's" is no thing's
        ("ce mec mongol", "mongol", "fr", None),
        ("regardez cette tapette là-bas", "tapette", "fr", None),
        # (F, session 51) a word of the sense's domain anywhere in the draft, the state or complement of a part, a
        # people's dish, a language learnt, a writer's name, a party thrown; the insult grammar still first
        ("Une souris dans la cuisine ! Vite, quelqu'un a une tapette ?", "tapette", "fr", INNOCENT),
        ("Sale tapette, t'as peur d'une souris ?", "tapette", "fr", INSULT),
        ("mon vieux VTT a une pédale cassée", "pédale", "fr", INNOCENT),
        ("la pédale de loop est arrivée", "pédale", "fr", INNOCENT),
        ("cette pédale en BMW m'a doublé", "pédale", "fr", None),
        ("soirée fondue mongol ce soir", "mongol", "fr", INNOCENT),
        ("trois mots de mongol appris", "mongol", "fr", INNOCENT),
        ("une app de mongol", "mongol", "fr", None),
        ("Le Nez de Gogol, quel bijou", "Gogol", "fr", INNOCENT),
        ("t'es un Gogol ou quoi", "Gogol", "fr", INSULT),
        ("on a fait une grosse bamboula samedi", "bamboula", "fr", INNOCENT),
        ("un bamboula chez ma voisine", "bamboula", "fr", None),
        # (B, session 52) a family name after a title or a first name; a cigarette had with a drink
        ("our new vet is Mrs Coon", "Coon", "en", INNOCENT),
        ("booked in with Dr. Coon on Monday", "Coon", "en", INNOCENT),
        ("lunch with Emily Coon today", "Coon", "en", INNOCENT),
        ("lunch with Emily coon today", "coon", "en", None),
        ("Mr Coon, you absolute coon", "coon", "en", INSULT),
        ("a brew and a fag on the step", "fag", "en", INNOCENT),
        ("a fag and a cuppa on the step", "fag", "en", INNOCENT),
        ("he's a fag and a drunk", "fag", "en", INSULT),
        ("look at that fag and a half", "fag", "en", None),
    ],
)
def test_reading(text: str, word: str, language: str, expected: str | None) -> None:
    """Each grammar of use, and the ambiguous cases that read as neither."""
    assert _read(text, word, language) == expected


def test_every_sense_a_term_names_is_in_its_language_grammar() -> None:
    """The senses the slur and profanity lists name are entries of their language's senses file."""
    for language, grammar in GRAMMARS.items():
        assert grammar.language == language
        assert {"animal"} <= set(grammar.senses)
    assert {"cigarette", "food", "fuel", "structure", "gap", "machine", "verb", "body"} <= set(GRAMMARS["en"].senses)
    assert {"tool", "machine", "people"} <= set(GRAMMARS["fr"].senses)


@pytest.mark.parametrize(
    ("body", "error"),
    [
        ("language: en\nsenses:\n  loaf:\n    before: ['\\b(?:crusty\\s+']\n", r"senses\.loaf\.before\.0: not a valid"),
        (
            "language: en\nsenses:\n  loaf:\n    after: ['\\s+{crumbs}']\n",
            r"senses\.loaf\.after\.0: unknown word class",
        ),
        ("language: en\nsenses:\n  loaf:\n    smells: [bread]\n", r"senses\.loaf\.smells: Extra inputs"),
        ("language: en\nsenses:\n  loaf:\n    its: true\n", r"senses\.loaf\.its: the file has no 'its' pattern"),
        (
            "language: en\nsenses:\n  loaf:\n    capitalised_after: ['{bakers}']\n",
            r"senses\.loaf\.capitalised_after: unknown word class",
        ),
        ("language: en\ninsult:\n  before: ['(you']\n", r"insult\.before\.0: not a valid"),
        ("language: en\nsenses:\n  loaf:\n    in_draft: ['(bread']\n", r"senses\.loaf\.in_draft\.0: not a valid"),
        ("senses: {}\n", r"language: Field required"),
        ("language: en\nsenses: [a, b\n", r"not valid YAML \(line"),
    ],
)
def test_a_broken_senses_file_names_the_file_and_the_key(tmp_path: Path, body: str, error: str) -> None:
    """A senses file is validated at load like every rule file: the error names the file and the bad key."""
    path = tmp_path / "senses.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=r"senses\.yml: " + error):
        load_grammar(path)


PESTS = ["souris", "mouche", "moustiques", "guêpe", "rats", "cafards", "frelon"]
AIMED = ["sale ", "espèce de ", "t'es qu'une ", "bande de "]


@given(pest=st.sampled_from(PESTS), aimed=st.sampled_from(AIMED), first=st.booleans())
def test_a_pest_in_the_draft_reads_the_tool_unless_aimed(pest: str, aimed: str, first: bool) -> None:
    """(F, session 51) ``in_draft``: a pest anywhere in the draft reads « tapette » as the tool, in either sentence
    order; the same draft with the word aimed by an insult frame reads as aimed."""
    pest_sentence = f"Il y a des {pest} partout."
    for frame, expected in (("Vite, une ", INNOCENT), (aimed, INSULT)):
        tool = f"{frame}tapette !"
        text = f"{pest_sentence} {tool}" if first else f"{tool} {pest_sentence}"
        assert _read(text, "tapette", "fr") == expected


OFFENSIVE = Path(__file__).resolve().parents[1] / "rules" / "risk" / "offensive.yml"


def test_the_first_names_of_the_surname_sense_are_risk_offensives() -> None:
    """(B, session 52) terms/en/senses.yml's ``first_name`` class is risk.offensive's ``first_names.en``, one list."""
    from app.kinds.options import load_yaml

    senses = load_yaml((TERMS / "en" / "senses.yml").read_text(encoding="utf-8"))["words"]["first_name"]
    offensive = load_yaml(OFFENSIVE.read_text(encoding="utf-8"))["params"]["first_names"]["en"]
    assert senses == list(dict.fromkeys(offensive))


_TITLES = ["Mr", "Mrs", "Ms", "Dr.", "Prof.", "Coach", "Sarah", "Dave", "Judge"]


@given(title=st.sampled_from(_TITLES), tail=st.sampled_from(["", " retires today", " and the kids", " was great"]))
def test_a_capitalised_coon_after_a_title_or_a_first_name_is_a_family_name(title: str, tail: str) -> None:
    """(B, session 52) ``surname``: "<title or first name> Coon" reads as a name; lower case it reads as neither, and
    the insult grammar before it still aims it."""
    assert _read(f"we met {title} Coon{tail}", "Coon", "en") == INNOCENT
    assert _read(f"we met {title} coon{tail}", "coon", "en") is None
    assert _read(f"{title} Coon, you absolute coon", "coon", "en") == INSULT

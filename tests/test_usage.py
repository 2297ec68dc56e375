"""app.text.usage: a slur homonym's grammar of use (aimed at people, its harmless sense, or neither)."""

from __future__ import annotations

import pytest

from app.text.usage import INNOCENT, INSULT, reading


def _read(text: str, word: str, language: str, sense: str) -> str | None:
    start = text.index(word)
    return reading(text, start, start + len(word), language, sense)


@pytest.mark.parametrize(
    ("text", "word", "language", "sense", "expected"),
    [
        # aimed at people: spoken to, an insult's adjective, compared to a person, a person's verb, a normative verb
        ("you absolute coon", "coon", "en", "animal", INSULT),
        ("shut up fag nobody asked", "fag", "en", "thing", INSULT),
        ("Fags, go home", "Fags", "en", "thing", INSULT),
        ("dykes like her ruin everything", "dykes", "en", "thing", INSULT),
        ("the dyke from accounts thinks she runs the place", "dyke", "en", "thing", INSULT),
        ("we had a fag in our class who cried", "fag", "en", "thing", INSULT),
        ("faggots should stay in the closet", "faggots", "en", "thing", INSULT),
        ("my new neighbour is a coon", "coon", "en", "animal", INSULT),
        ("espèce de tapette, bats-toi", "tapette", "fr", "thing", INSULT),
        ("les pédales comme lui", "pédales", "fr", "thing", INSULT),
        # insult grammar wins over the harmless one
        ("shut up fag and light my cigarette", "fag", "en", "thing", INSULT),
        # the harmless sense's grammar
        ("gasping for a fag after that meeting", "fag", "en", "thing", INNOCENT),
        ("he bummed a fag off me", "fag", "en", "thing", INNOCENT),
        ("we cycled along the dyke", "dyke", "en", "thing", INNOCENT),
        ("the dyke gave way last night", "dyke", "en", "thing", INNOCENT),
        ("a chink of hope at last", "chink", "en", "thing", INNOCENT),
        ("a coon tipped over the compost", "coon", "en", "animal", INNOCENT),
        ("woke up to a coon on the fence 🦝", "coon", "en", "animal", INNOCENT),
        ("cold slows it: temperatures retard the yeast", "retard", "en", "verb", INNOCENT),
        ("her spastic left arm", "spastic", "en", "body", INNOCENT),
        ("il a tendu une tapette derrière le frigo", "tapette", "fr", "thing", INNOCENT),
        ("la tapette en plastique est cassée", "tapette", "fr", "thing", INNOCENT),
        ("un raton a grignoté les fils", "raton", "fr", "animal", INNOCENT),
        ("Les Mongols ont atteint la Pologne", "Mongols", "fr", "people", INNOCENT),
        # neither: the caller keeps a warning
        ("look at that fag over there", "fag", "en", "thing", None),
        ("I hate fags", "fags", "en", "thing", None),
        ("those coons are rats 🐀", "coons", "en", "animal", None),  # vermin emoji: dehumanising, not an animal cue
        ("the dyke at work thinks its funny", "dyke", "en", "thing", INSULT),  # "its" for "it's" is no thing's
        ("ce mec mongol", "mongol", "fr", "people", None),
        ("regardez cette tapette là-bas", "tapette", "fr", "thing", None),
    ],
)
def test_reading(text: str, word: str, language: str, sense: str, expected: str | None) -> None:
    """Each grammar of use, and the ambiguous cases that read as neither."""
    assert _read(text, word, language, sense) == expected

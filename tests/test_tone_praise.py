"""Praise read word by word is no negativity in the tone turn (``app.kinds.tone.PraiseTerms``): the lists are
risk.offensive's own, and a missing or malformed praise file fails at load with the file and key named."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.tone import PraiseTerms
from app.kinds.tone_praise import PraiseFrames
from app.text.models import tokenize
from app.text.sentiment import get_analyser

RULES = Path(__file__).resolve().parent.parent / "rules"


@pytest.fixture(scope="module")
def praise() -> PraiseTerms:
    return PraiseTerms.read(RULES / "risk" / "offensive.yml")


def _praised(praise: PraiseTerms, text: str, language: str) -> list[str]:
    analyser = get_analyser(language)
    assert analyser is not None
    spans = praise.spans(text, language, tokenize(text), analyser.analyse(text))
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("@sam you absolutely murdered that solo \U0001f525", "en", ["murdered", "\U0001f525"]),
        ("Our team killed it at the hackathon \U0001f525", "en", ["killed", "\U0001f525"]),
        # pattern's French lexicon does not score « tué »: the 🔥 is the negative word left out.
        ("@lea t'as tué ce solo \U0001f525", "fr", ["\U0001f525"]),
        # What was killed is no performance: nothing is praise, the emoji included.
        ("He murdered that man \U0001f525", "en", []),
        ("Il a tué ce type \U0001f525", "fr", []),
        ("They killed three people downtown", "en", []),
    ],
)
def test_an_idiom_before_a_performance_is_praise(
    praise: PraiseTerms, text: str, language: str, expected: list[str]
) -> None:
    assert _praised(praise, text, language) == expected


def test_a_missing_praise_file_names_the_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yml"
    with pytest.raises(ValueError, match=r"nope\.yml"):
        PraiseTerms.read(missing)


def test_a_malformed_praise_file_names_the_file_and_key(tmp_path: Path) -> None:
    bad = tmp_path / "offensive.yml"
    bad.write_text("params:\n  idioms: {en: [killed]}\n  praise_objects: [solo]\n  praise_determiners: {en: [that]}\n")
    with pytest.raises(ValueError, match=r"offensive\.yml: params\.praise_objects"):
        PraiseTerms.read(bad)
    bad.write_text("params: [\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        PraiseTerms.read(bad)


# -- praise frames (app.kinds.tone_praise, rules/tone/terms/praise.yml) ---------------------------------------------


@pytest.fixture(scope="module")
def frames() -> PraiseFrames:
    return PraiseFrames.read(RULES / "tone" / "terms" / "praise.yml")


def _framed(frames: PraiseFrames, praise: PraiseTerms, text: str, language: str) -> list[str]:
    analyser = get_analyser(language)
    assert analyser is not None
    words = analyser.analyse(text).words
    positive = frozenset(w.start for w in words if w.valence > 0)
    negative = frozenset(w.start for w in words if w.valence < 0)
    idioms = praise.idioms[language]
    spans = frames.spans(text, language, tokenize(text), idioms=idioms, positive=positive, negative=negative)
    return [text[start:end] for start, end in spans]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # an intensifier before a positive or quality word; not before a negative one
        ("This app is stupid fast", "en", ["stupid"]),
        ("These fries are insanely good", "en", ["insanely"]),
        ("This update is crazy slow", "en", []),
        # a slang predicate said of a thing, ending its clause; not of a person, not followed by more words
        ("The keynote was fire", "en", ["fire"]),
        ("Her speech was a bomb, everyone stood up", "en", ["bomb"]),
        ("Le set du DJ était violent \U0001f525", "fr", ["violent", "\U0001f525"]),
        ("Ça déchire, cette nouvelle version.", "fr", ["déchire"]),
        ("You are sick", "en", []),
        ("The guy is sick", "en", []),
        ("they mentioned ashton being sick :(", "en", []),
        ("Il est malade", "fr", []),
        # a skill; not a person, not "in the head", not « de rage »
        ("Our intern is a beast with spreadsheets", "en", ["beast"]),
        ("Ce mec est un monstre à la guitare", "fr", ["monstre"]),
        ("@bob you are sick in the head", "en", []),
        ("He was brutal with his kids", "en", []),
        ("Il est violent avec sa femme", "fr", []),
        ("Je suis malade de rage", "fr", []),
        # praise in so many words; a negated cue is none
        ("Mad respect to the crew, they were killers", "en", ["Mad", "killers"]),
        ("No respect for customers, they are killers", "en", []),
        # ... and sarcasm: a cue beside a negative word that is no slang
        ("Kudos to the airline for losing my bag again, absolutely brutal", "en", []),
        # dying beside laughter; not beside grief
        ("I'm dead \U0001f62d this is hilarious", "en", ["dead", "\U0001f62d"]),
        ("Je suis morte de rire \U0001f480", "fr", ["morte", "\U0001f480"]),
        ("My dog is dead \U0001f62d", "en", []),
        # a slang word right before a praise emoji; not before another emoji
        ("That comeback was ridiculous \U0001f525\U0001f525", "en", ["ridiculous", "\U0001f525"]),
        ("Ce son est sale \U0001f525", "fr", ["sale", "\U0001f525"]),
        ("The food was disgusting \U0001f92e", "en", []),
        # (T, session 32) a verb of killing or dying that wants what follows: after a conditional, right before "for"
        # (French: the conditional form); not with an object, not without the conditional
        ("Best brunch in town, I would honestly kill for those pancakes", "en", ["kill"]),
        ("I'd die for a week off", "en", ["die"]),
        ("Je tuerais pour une part de ce gâteau", "fr", ["tuerais"]),
        ("I'd kill him for that", "en", []),
        ("No reason they had to kill for it", "en", []),
        ("Ils tuent pour de l'argent", "fr", []),
        # (T, session 36) a thing said to be "to die for": a copula before "to"; not a duty ("had to die for")
        ("This cake is to die for", "en", ["die"]),
        ("The view from the top was to die for", "en", ["die"]),
        ("Thousands had to die for this war", "en", []),
        ("Nobody should have to die for a paycheck", "en", []),
        # (K, session 45) regional tails end the predicate's clause (Australian "as", vocatives "mate", "sis", «
        # hein »); "ur" opens a noun phrase; "mad" is a slang predicate of a thing
        ("fully sick mate, that ute is mad as", "en", ["mad"]),
        ("ur new haircut goes crazy fr", "en", ["crazy"]),
        ("my landlord is mad as hell", "en", []),
        ("c'était capoté hein", "fr", ["capoté"]),
        # ... and the thing may belong to someone: the owner is no subject; a person said to be sick still is
        ("your mum's curry is fire, had three plates", "en", ["fire"]),
        ("Dave's chili is fire", "en", ["fire"]),
        ("the guy's sick", "en", []),
        ("le gâteau de ta mère est une tuerie", "fr", ["tuerie"]),
        ("ta mère est malade", "fr", []),
        ("la voiture de mon voisin est malade", "fr", ["malade"]),
        # beside laughter, "unwell", "this ended me", « t'es dingue », « tu me tues » are laughing too; not without it
        ("j'ai trop ri, j'en peux plus, t'es dingue", "fr", ["dingue"]),
        ("lmaoo this ended me", "en", ["ended"]),
        ("the contract ended me", "en", []),
        ("tu me tues ahah", "fr", ["tues"]),
        # an exclamation of amazement beside praise given in so many words is no sarcasm; a negative word still is
        ("Bloody hell that was a savage run, legend", "en", ["Bloody", "hell", "savage"]),
        ("Respect to the crew, that was a savage run", "en", ["savage"]),
        ("Bien joué, c'était violent", "fr", ["violent"]),
        ("Well done on losing my bag again, absolutely brutal", "en", []),
    ],
)
def test_praise_frames(
    frames: PraiseFrames, praise: PraiseTerms, text: str, language: str, expected: list[str]
) -> None:
    assert _framed(frames, praise, text, language) == expected


def test_a_missing_or_malformed_praise_frames_file_names_the_file_and_key(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"nope\.yml"):
        PraiseFrames.read(tmp_path / "nope.yml")
    bad = tmp_path / "praise.yml"
    bad.write_text("cues: {en: [props, {x: 1}]}\n")
    with pytest.raises(ValueError, match=r"praise\.yml: cues\.en\.1"):
        PraiseFrames.read(bad)
    bad.write_text("cuez: {en: [props]}\n")
    with pytest.raises(ValueError, match=r"praise\.yml: cuez"):
        PraiseFrames.read(bad)
    bad.write_text("cues: [\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        PraiseFrames.read(bad)


def test_the_desire_frame_anchor_is_no_slang_on_its_own(frames: PraiseFrames) -> None:
    """(T, session 32) "die" opens the desire frame ("I'd die for …") but is no slang praise alone: it is an anchor
    of the frames (the frame is read) and not one of the words that make a draft hold slang (the veto margin stays)."""
    assert "die" in frames.any_anchor["en"] and "die" not in frames.slang_anchor["en"]
    assert "tuerais" in frames.any_anchor["fr"] and "tuerais" not in frames.slang_anchor["fr"]
    assert "fire" in frames.slang_anchor["en"]


_THINGS = {"en": ["curry", "car", "set", "new album", "speech"], "fr": ["gâteau", "voiture", "set", "discours"]}


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_an_owner_is_no_subject(frames: PraiseFrames, data: st.DataObject) -> None:
    """(K, session 45) Any person of the file owning any thing said to be any slang predicate: the predicate is praise
    of the thing ("my mum's curry is fire", « le set de ta sœur est violent »); the same person as the subject is no
    thing, whatever the predicate ("my mum is fire" is said of her, left to the model)."""
    language = data.draw(st.sampled_from(["en", "fr"]))
    person = data.draw(st.sampled_from(sorted(frames.words("persons", language) - _PRONOUNS[language])))
    predicate = data.draw(st.sampled_from(sorted(frames.words("predicates", language))))
    thing = data.draw(st.sampled_from(_THINGS[language]))
    if language == "en":
        owned, alone = f"my {person}'s {thing} is {predicate}", f"my {person} is {predicate}"
    else:
        owned, alone = f"le {thing} de mon {person} est {predicate}", f"mon {person} est {predicate}"
    assert _frame_words(frames, owned, language) == [predicate]
    assert _frame_words(frames, alone, language) == []


_PRONOUNS = {
    "en": frozenset(["i", "you", "u", "he", "she", "we", "they", "him", "her", "them", "me", "us"]),
    "fr": frozenset(
        [
            *("je", "j", "tu", "t", "il", "elle", "on", "nous", "vous", "ils", "elles"),
            *("moi", "toi", "lui", "eux", "quelqu", "personne"),
        ]
    ),
}


def _frame_words(frames: PraiseFrames, text: str, language: str) -> list[str]:
    spans = frames.spans(text, language, tokenize(text), only=("predicate",))
    return [text[start:end].casefold() for start, end in spans]

"""Aim (app.text.aim) read with risk.offensive's word lists: what a swear word is said of, through the engine."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.engine import Engine
from app.loader import load_specs, packaged_rules_dir
from app.testing import review_sync
from app.text.aim import AimReader, _hyphen_run, _hyphenated_head, is_name, own_side, product_names
from app.text.models import tokenize


@pytest.fixture(scope="module")
def reader() -> AimReader:
    spec = next(s for s in load_specs([packaged_rules_dir()]) if s.id == "risk.offensive")
    return AimReader.read(dict(spec.params), persons=("targets", "person_nouns"))


def _profanity(engine: Engine, text: str, language: str) -> str:
    report = review_sync(engine, text, language=language)
    grades = [f.severity.value for f in report.findings if f.rule == "risk.profanity"]
    assert grades, text
    return max(grades, key=lambda g: ["info", "warning", "error"].index(g))


@pytest.mark.parametrize(
    ("text", "language", "word", "thing"),
    [
        ("@sam_k this fucking printer again", "en", "fucking", True),
        ("@amy the shitty coffee machine ate my coins", "en", "shitty", True),
        ("@tommy my fucking car won't start", "en", "fucking", True),
        ("@sam_k this fucking guy again", "en", "fucking", False),  # a word of targets
        ("@sam_k this fucking liar again", "en", "fucking", False),  # an insult noun names a person
        ("@tommy your shitty attitude", "en", "shitty", False),  # "your": a person's thing
        ("@paul cette putain d'imprimante a planté", "fr", "putain", True),
        ("@marie ce métro de merde", "fr", "merde", True),
        ("@karim la machine à café de merde", "fr", "merde", True),
        ("@paul ce putain de mec encore", "fr", "putain", False),
        ("@paul ce connard de chauffeur de merde", "fr", "merde", False),
        ("@paul ton avis de merde", "fr", "merde", False),  # « ton »: a person's opinion
        # (H, session 30) the addressee's thing one makes, sells or uses: said of the thing (owner_determiners)
        ("@paul ton wifi de merde", "fr", "merde", True),
        ("@acme your fucking wifi is down again", "en", "fucking", True),
        ("@dana your fucking team again", "en", "fucking", False),  # people
        ("@lisa_k the traffic on the A1 is shit today", "en", "shit", True),  # the predicate of a thing
        ("@tom_h la dernière saison, c'était de la merde", "fr", "merde", True),
        ("@bob the ref was fucking blind", "en", "fucking", False),  # a person noun's singular
        ("@bob this guy is shit", "en", "shit", False),
        ("@bob the fucking government again", "en", "fucking", False),  # an institution is people
    ],
)
def test_a_swear_word_inside_a_thing_s_noun_phrase_is_said_of_the_thing(
    reader: AimReader, text: str, language: str, word: str, thing: bool
) -> None:
    assert reader.of_thing(text, language, text.index(word)) is thing


@pytest.mark.parametrize(
    ("text", "language", "grade"),
    [
        ("@sam_k this fucking printer again", "en", "info"),
        ("@liz_b omg that fucking traffic this morning", "en", "info"),
        ("@sam_k this fucking guy again", "en", "error"),
        # (T, session 33, d4d5723) a swear word inside a thing's noun phrase is graded by its own clause: "you broke
        # it" blames the addressee in another clause, the swear word still qualifies the printer
        ("@sam_k this fucking printer again, you broke it", "en", "info"),
        ("@sam_k you broke this fucking printer", "en", "error"),  # the addressee in the swear word's own clause
        ("@paul cette putain d'imprimante a encore planté", "fr", "info"),
        ("@nico ce jeu de merde est truqué", "fr", "info"),
        ("@paul ce putain de mec encore", "fr", "error"),
    ],
)
def test_an_at_mention_is_no_target_for_a_swear_word_said_of_a_thing(
    engine: Engine, text: str, language: str, grade: str
) -> None:
    assert _profanity(engine, text, language) == grade


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        ("il fait un temps de merde", False),
        ("il ne fait pas beau, putain", False),
        ("il paraît qu'il va faire un froid de merde", False),
        ("il est 3h et ces putains de travaux recommencent", False),
        ("il est tard, putain", False),
        ("il fait chier ce mec", True),  # « mec »
        ("il fait chier, putain", True),  # « il » of a person: no complement of the weather
        ("il est vraiment con", True),
    ],
)
def test_il_before_the_weather_or_the_hour_is_no_one(reader: AimReader, text: str, aimed: bool) -> None:
    assert (reader.aim(text, "fr", mentions=False) is not None) is aimed


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("they talk to me like I'm a fucking child", False),  # the model reads the swear word said of the writer
        ("@jess they made me feel like a piece of shit tbh", False),
        ("people look at me like I'm an idiot when I ask questions", False),
        ("@bob they treat me like shit, you pathetic waste of space", True),  # the rest insults the reader
    ],
)
def test_risk_offensive_judges_a_draft_without_what_is_said_of_the_writer(
    engine: Engine, text: str, flagged: bool
) -> None:
    report = review_sync(engine, text, language="en")
    assert any(f.rule == "risk.offensive" for f in report.findings) is flagged


@pytest.mark.parametrize(
    ("text", "language", "aimed"),
    [
        ("Dave fucked it up again", "en", True),  # a first name opening the sentence
        ("Jenkins is a useless fucking clown", "en", True),  # a surname before a person predicate
        ("Trump is a fucking moron", "en", True),
        ("Kevin est un putain de menteur", "fr", True),
        ("Nico c'est un bouffon de merde", "fr", True),
        ("Windows is a fucking nightmare", "en", False),  # a thing's name: no person predicate
        ("Paris is fucking freezing this week", "en", False),
        ("This is a fucking joke", "en", False),
        ("Orange c'est de la merde", "fr", False),
        ("C'est de la merde", "fr", False),
    ],
)
def test_a_name_opening_its_sentence_aims_the_draft(reader: AimReader, text: str, language: str, aimed: bool) -> None:
    assert (reader.aim(text, language, mentions=False) is not None) is aimed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jenkins is a fucking liar", True),
        ("Racists are scum.", False),  # a plural noun opening the sentence (a plural copula): no name
    ],
)
def test_a_person_predicate_makes_a_name_of_a_singular_subject_only(reader: AimReader, text: str, name: bool) -> None:
    tokens = [t for t in tokenize(text) if t.word]
    assert is_name(text, tokens, 0, reader.words["en"]) is name


@pytest.mark.parametrize(
    ("text", "aimed"),
    [
        # (session 24, H) a bare plural subject qualified by one word opening its sentence is what "them" stands for
        ("Gas prices are insane, I hate them so much.", False),
        ("Airport queues are the worst, kill them all.", False),
        ("Cockroaches are gross, kill them.", False),
        ("I love dogs. Cockroaches are gross, kill them.", False),
        ("Rich kids are the worst, I hate them.", True),  # the noun names people
        ("Stupid drivers are the worst, I hate them.", True),  # an agent noun
        ("I think gas prices are insane, I hate them.", True),  # not opening its sentence: unsure, a target
    ],
)
def test_a_plural_subject_with_one_qualifier_is_what_them_stands_for(reader: AimReader, text: str, aimed: bool) -> None:
    assert (reader.aim(text, "en", mentions=False) is not None) is aimed


# (session 26, H) the writer's own side and a product's name are no one aimed at (the tone turn's aim)
_PERSONS = frozenset({"team", "staff", "devs", "equipe", "boss", "your", "their", "you"})


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("we lose three features our team relied on", ["team"]),
        ("our own devs said so", ["devs"]),
        ("notre équipe a tout donné", ["équipe"]),
        ("your team broke it", []),  # another's side
        ("our product, team", []),  # a clause mark between
    ],
)
def test_a_person_word_after_the_writer_s_possessive_is_the_writer_s_side(text: str, own: list[str]) -> None:
    tokens = [t for t in tokenize(text) if t.word]
    spans = own_side(text, tokens, _PERSONS, frozenset({"our", "notre", "nos"}))
    assert [text[s:e] for s, e in spans] == own


_PRODUCTS = frozenset({"update", "plan", "appli", "offre", "pricing", "features"})
_LINKS = {"en": frozenset[str](), "fr": frozenset({"de"})}  # French reads a name after the noun too


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        ("Disappointed with Zentrix's latest update: sync failed", "en", ["Zentrix"]),
        ("The new pricing for Pro users is a step backwards", "en", ["Pro"]),
        ("Upgrade to the Zentrix Cloud plan today", "en", ["Zentrix", "Cloud"]),
        ("l'appli Doctolib a encore planté", "fr", ["Doctolib"]),
        ("la nouvelle offre de Varnier est chère", "fr", ["Varnier"]),
        ("le PDG de Varnier a parlé", "fr", []),  # a person noun before « de »
        ("Their pricing went up", "en", []),  # a person word is never a product's name
        ("I met Dave's new boss", "en", []),  # no product noun after "'s"
        ("we lose two features Dave used daily", "en", []),  # English: a name after the noun is someone else
    ],
)
def test_a_capitalised_word_with_a_noun_of_things_names_a_product(text: str, language: str, names: list[str]) -> None:
    tokens = [t for t in tokenize(text) if t.word]
    users = frozenset({"users", "abonnes"})
    spans = product_names(text, tokens, _PRODUCTS, users, _LINKS[language], _PERSONS)
    assert [text[s:e] for s, e in spans] == names


@pytest.mark.parametrize(
    ("text", "index", "name"),
    [
        ("le fichier dépasse 50 Mo", 4, False),  # a unit after a number
        ("the new Pixel 8 Pro is out", 4, False),
        ("I met Dave today", 2, True),
        ("so Windows Update rebooted again", 2, False),  # (session 26) a run ending in a noun of thing_modifiers
        ("yesterday Heathrow Terminal 5 was a mess", 1, False),
        ("I read about Lisa Page today", 4, True),  # a first name in the run: a person
    ],
)
def test_a_unit_or_a_thing_s_name_is_no_person_s_name(reader: AimReader, text: str, index: int, name: bool) -> None:
    tokens = [t for t in tokenize(text) if t.word]
    words = reader.words["fr" if "fichier" in text else "en"]
    assert is_name(text, tokens, index, words) is name


def test_the_word_tokens_of_a_text_are_read_once() -> None:
    """(U, session 27) ``word_tokens``: ``tokenize``'s word tokens, the same tuple while the text is among the last
    two read."""
    from app.text.aim import word_tokens

    text = "@sam_k this fucking printer again, https://x.co 🔥"
    words = word_tokens(text)
    assert words == tuple(t for t in tokenize(text) if t.word)
    assert word_tokens("another draft") and word_tokens(text) is words
    assert word_tokens("") == ()


@pytest.mark.parametrize(
    ("text", "drivers", "things"),
    [
        ("@acme the most useless, bloated, garbage piece of software", ["useless", "bloated", "garbage"], None),
        ("@acme this overpriced trash app crashed again", ["overpriced", "trash"], None),
        ("@acme you're the most useless piece of software", ["useless"], []),
        ("@tom the stupid ones again", ["stupid"], []),
        ("@acme the useless app and the stupid manager", ["useless", "stupid"], ["useless"]),
    ],
)
def test_the_modifiers_of_things_are_read_for_every_driver_at_once(
    text: str, drivers: list[str], things: list[str] | None
) -> None:
    """(U, session 27) ``modifiers_of_things``: the drivers that qualify a thing of ``thing_modifiers``, the draft
    tokenised once, the answer ``modifier_of_thing`` gives for each driver."""
    spec = next(s for s in load_specs([packaged_rules_dir()]) if s.id == "risk.offensive")
    reader = AimReader.read(dict(spec.params))
    heads = frozenset(w.lower() for w in spec.params["thing_modifiers"]["en"])
    starts = [text.index(word) for word in drivers]
    expected = {text.index(word) for word in (drivers if things is None else things)}
    assert reader.modifiers_of_things(text, "en", starts, heads) == expected
    assert {o for o in starts if reader.modifier_of_thing(text, "en", o, heads, starts)} == expected
    assert reader.modifiers_of_things(text, "de", starts, heads) == frozenset()


@pytest.fixture(scope="module")
def offensive_reader() -> AimReader:
    spec = next(s for s in load_specs([packaged_rules_dir()]) if s.id == "risk.offensive")
    return AimReader.read(dict(spec.params))


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        # (T, session 34) a capitalised place or brand aims only its own sentence: the words of another are said of
        # no one ("Disgusting.", « Minable. »)
        # (B, session 38) right after a noun of a thing ("weather", "traffic"), the place aims no sentence at all
        ("Weather in Manchester is vile today. Sideways rain. Disgusting.", "en", []),
        ("Queued at Gatwick for two hours. Absolute disgrace.", "en", ["Queued at Gatwick for two hours"]),
        # (B, session 45) a known place after a preposition of place (app/text/place_names.txt) is no name at all: no
        # sentence is named ("Leeds", "Rennes"); an unknown one ("Gatwick", "Part-Dieu") still names its sentence
        ("Three buses cancelled. Rain all week in Leeds again, a joke.", "en", []),
        (
            "Bloqué deux heures à Lyon Part-Dieu ce matin. Minable.",
            "fr",
            ["Bloqué deux heures à Lyon Part-Dieu ce matin"],
        ),
        ("Trois trains supprimés vers Rennes aujourd'hui ! Honteux.", "fr", []),
        # a first name, a person word or a pronoun of people anywhere aims the whole draft
        ("Watched Kevin at the barbecue again. Pathetic.", "en", None),
        ("Spent an hour in Leeds with my boss. Pathetic.", "en", None),
        ("Stuck in Leeds again. You lot are a joke.", "en", None),
        ("Nicolas a encore tout gâché à Lyon. Minable.", "fr", None),
        ("Trois heures de retard à Lyon. Vous êtes minables.", "fr", None),
    ],
)
def test_a_place_or_a_brand_aims_only_its_own_sentence(
    offensive_reader: AimReader, text: str, language: str, sentences: list[str] | None
) -> None:
    spans = offensive_reader.named_sentences(text, language)
    assert (None if spans is None else [text[s:e].strip() for s, e in spans]) == sentences


@pytest.mark.parametrize(
    ("text", "language", "words", "said"),
    [
        # (T, session 36) words addressed to someone, said to a thing named as the vocative of their sentence: after a
        # comma (before, between or after), or closing the sentence right after them; a person, a name, an @mention or
        # a conjunction keep them addressed to someone
        ("fuck you, Monday", "en", "fuck you", True),
        ("screw you printer", "en", "screw you", True),
        ("Fuck off, winter.", "en", "Fuck off", True),
        ("Shut up, fridge, stop beeping.", "en", "Shut up", True),
        ("Fuck you, Dave.", "en", "Fuck you", False),
        ("screw you @mark", "en", "screw you", False),
        ("fuck you and your printer", "en", "fuck you", False),
        ("Shut up, you idiot, the printer is fine.", "en", "Shut up", False),
        ("Va te faire foutre, lundi.", "fr", "Va te faire foutre", True),
        ("Dégage, le rhume.", "fr", "Dégage", True),
        ("Ta gueule le frigo", "fr", "Ta gueule", True),
        ("Va te faire foutre, Julien.", "fr", "Va te faire foutre", False),
        ("Dégage, connard.", "fr", "Dégage", False),
        ("Encore un bug, bande d'amateurs !", "fr", "bande d'amateurs", False),
        # (F2, session 46) a compound ending on the thing's noun, a hyphenated thing; a hyphenated first name is none
        ("Piss off, hay fever.", "en", "Piss off", True),
        ("Go to hell, Wi-Fi.", "en", "Go to hell", True),
        ("Go to hell, Jean-Pierre.", "en", "Go to hell", False),
        ("Piss off, my boss.", "en", "Piss off", False),
    ],
)
def test_words_addressed_to_a_thing_named_as_the_vocative_are_said_to_it(
    offensive_reader: AimReader, text: str, language: str, words: str, said: bool
) -> None:
    start = text.index(words)
    assert offensive_reader.said_to_thing(text, language, start, start + len(words)) is said


@pytest.mark.parametrize(
    ("text", "language", "yous"),
    [
        ("I hate you, rain. I just washed my car.", "en", ["you"]),
        ("Damn you, traffic, I'm late again.", "en", ["you"]),
        ("je te hais, lundi", "fr", ["te"]),
        ("I hate you, Dave.", "en", []),
        ("je te hais, mon voisin", "fr", []),
    ],
)
def test_the_second_person_of_a_sentence_addressed_to_a_thing_is_no_reader(
    offensive_reader: AimReader, text: str, language: str, yous: list[str]
) -> None:
    spans = offensive_reader.thing_second_person(text, language)
    assert [text[s:e] for s, e in spans] == yous


_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6)


@given(st.lists(_PART, min_size=2, max_size=4), st.data())
def test_a_hyphenated_word_is_one_run_read_as_its_parts_written_together(parts: list[str], data: st.DataObject) -> None:
    # (F2, session 46) every part of a hyphenated word finds the whole run; the run is a head exactly when its parts
    # written together are one ("wi-fi" for "wifi"), and a space anywhere splits it
    text = "-".join(parts)
    tokens = tokenize(text)
    index = data.draw(st.integers(0, len(tokens) - 1))
    run = _hyphen_run(text, tokens, index)
    assert run == list(range(len(tokens)))
    whole = "".join(t.norm for t in tokens)
    assert _hyphenated_head(text, tokens, run, frozenset({whole}))
    assert not _hyphenated_head(text, tokens, run, frozenset({whole + "q"}))
    spaced = " ".join(parts)
    assert not _hyphenated_head(spaced, tokenize(spaced), list(range(len(parts))), frozenset({whole}))


@given(
    weather=st.sampled_from(["pluie", "neige", "canicule", "grêle", "tempête"]),
    person=st.sampled_from(["voisine", "prof", "cheffe", "belle-mère"]),
    place=st.sampled_from(["Brest", "Lyon", "Rennes", "Lille", "Bordeaux"]),
)
def test_a_wish_said_of_the_weather_of_a_place_is_said_of_a_thing(
    reader: AimReader, weather: str, person: str, place: str
) -> None:
    """(F, session 51) ``subject_of_thing``: « qu'elle crève » said of the weather (a noun of ``vocative_things``) in a
    place complement (« à Brest »: a place, no name) is said of a thing; of a person in the same place it is not."""
    for noun, expected in ((weather, True), (person, False)):
        text = f"La {noun} à {place}, je la hais, qu'elle crève."
        subject = text.index("qu'elle")
        hit = text.index("crève")
        assert reader.subject_of_thing(text, "fr", (subject, subject + 7), (hit, hit + 5)) is expected

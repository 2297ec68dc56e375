"""Insinuation by stereotype cue (session 15, engineer I; ``app.kinds.stereotype``): the lists are what
training/stereotype_cues.py writes, and the mechanism asks for a group, a cue and a bad outcome together, not for
someone else's words, harm the group undergoes or a compliment."""

from __future__ import annotations

from dataclasses import replace
from functools import cache, partial
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.kinds.stereotype import (
    Stereotypes,
    _phrases,
    disclaimed,
    insinuations,
    permanences,
    scare_quotes,
    shares,
    veiled_insinuations,
)
from app.text.folding import fold_term
from tests.generated_lists import generator_output
from training import stereotype_cues

TERMS = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms"


def _list(language: str) -> Path:
    return TERMS / language / "hate-stereotypes.yml"


@cache
def _words(language: str) -> Stereotypes:
    return Stereotypes.read(_list(language))


def _spans(text: str, group: str, language: str = "en") -> list[str]:
    folded = fold_term(text)
    start = folded.index(group)
    found = insinuations(folded, _words(language), [(start, start + len(group))])
    return [folded[lo:hi] for (lo, hi), _group in found]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_lists_are_the_generator_outputs(language: str) -> None:
    assert generator_output(lambda: stereotype_cues.main(language)) == _list(language).read_text(encoding="utf-8"), (
        f"regenerate: python -m training.stereotype_cues {language} > {_list(language)}"
    )


def test_an_unknown_language_is_refused() -> None:
    assert stereotype_cues.main("de") == 2


def test_a_group_a_cue_and_a_bad_outcome_make_an_insinuation() -> None:
    assert _spans("hired a woman as lead dev. surprise surprise, the project is late", "woman") == [
        "woman as lead dev. surprise surprise"
    ]
    assert _spans("stop renting to somalis, they all end up trashing the place", "somalis") == ["somalis, they all"]
    assert _spans("le fournisseur chinois nous a arnaques, ils sont tous comme ca", "chinois", "fr") == [
        "chinois nous a arnaques, ils sont tous comme ca"
    ]


def test_a_trait_after_a_guess_stands_for_the_group() -> None:
    folded = "another bomb scare, guess the religion of the suspect"
    assert [folded[a:b] for (a, b), _g in insinuations(folded, _words("en"), [])] == ["guess the religion"]
    assert insinuations("guess the ending: the butler did it", _words("en"), []) == []


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("hired a woman as lead dev, surprise surprise, the project shipped early", "woman"),  # no bad outcome
        ("people who say 'it's in their blood' about jews spread an old lie", "jews"),  # someone else's words
        ("another trans woman murdered. surprise surprise, the police have no suspects", "trans woman"),  # harm
        ("car broke down, guess who fixed it for free? our nigerian neighbour", "nigerian"),  # a compliment
        ("men who start with that every time a woman tweets men are trash", "woman"),  # a conjunction of time
        ("my nigerian colleague won employee of the month, shocking absolutely nobody", "nigerian"),  # the cue's word
    ],
)
def test_look_alikes_insinuate_nothing(text: str, group: str) -> None:
    assert _spans(text, group) == []


def test_an_active_verb_after_the_group_is_no_harm_it_undergoes() -> None:
    text = "one afghan robbed my shop, and the rest are any different?"
    assert _spans(text, "afghan") == ["afghan robbed my shop, and the rest are any different"]


def test_a_cue_s_own_words_are_no_praise() -> None:
    """(session 18, B, I's request) A praise word inside a cue ("let's be *honest*") compliments no one: the group
    before the cue and the bad outcome after it still insinuate; a praise outside the cue still cancels."""
    words = replace(_words("en"), cues=_phrases(["let's be honest"]), praises=_words("en").praises | {"honest"})
    text = fold_term("The Muslim family moved in, let's be honest, and then the stabbing happened")
    start = text.index("muslim")
    assert insinuations(text, words, [(start, start + len("muslim"))])
    kind = fold_term("let's be honest, the muslim family next door are honest people, the violence is elsewhere")
    start = kind.index("muslim")
    assert not insinuations(kind, words, [(start, start + len("muslim"))])


def test_a_double_standard_denounced_insinuates_nothing() -> None:
    """(session 18, B, I's request) A ``double_standards`` word within reach after a ``contrasts`` word in the zone sets
    the group's treatment against another's: the writer denounces the double standard. Without it, the cue stands."""
    words = replace(_words("en"), contrasts=_phrases(["but"]), double_standards=_phrases(["white", "double standard"]))
    plain = _words("en")
    text = fold_term("the muslim guy stabbed someone. surprise surprise, but when a white guy does it it is illness")
    start = text.index("muslim")
    assert insinuations(text, plain, [(start, start + len("muslim"))])
    assert not insinuations(text, words, [(start, start + len("muslim"))])
    other = fold_term("the muslim guy stabbed someone. surprise surprise, but nobody is shocked")
    start = other.index("muslim")
    assert insinuations(other, words, [(start, start + len("muslim"))])


def test_a_denied_outcome_is_no_outcome() -> None:
    """(session 18, B, I's request) An outcome right after a negated copula in its clause is denied: the draft says
    the group is not that ("Muslims are *not* terrorists, just saying"); a negated verb still says the outcome."""
    words = _words("en")
    said = fold_term("the muslim guy is a thief. surprise surprise")
    denied = fold_term("the muslim guy is not a thief. surprise surprise")
    verb = fold_term("the muslim guy never stabbed anyone. surprise surprise")
    negations = frozenset({"not", "never"})
    assert insinuations(said, words, [(4, 10)], negations)
    assert not insinuations(denied, words, [(4, 10)], negations)
    assert insinuations(denied, words, [(4, 10)])  # without the rule's negations, as before
    assert insinuations(verb, words, [(4, 10)], negations)


@cache
def _coded(language: str) -> Stereotypes:
    return Stereotypes.read(_list(language), TERMS / language / "hate-coded-groups.yml")


def _coded_spans(text: str, language: str, adjectives: frozenset[str] = frozenset()) -> list[str]:
    folded = fold_term(text)
    coded = _coded(language).coded
    assert coded is not None
    return [folded[lo:hi] for lo, hi in coded.spans(folded, adjectives)]


@pytest.mark.parametrize(
    ("text", "language", "adjectives", "wanted"),
    [
        ("Funny how crime goes up wherever those people settle", "en", frozenset(), ["those people"]),
        ("we all know which ones: a certain community, as usual", "en", frozenset(), ["a certain community"]),
        ("never rent to people with names like that", "en", frozenset(), ["names like that"]),
        ("the Polish shop on the corner", "en", frozenset({"polish"}), ["polish shop"]),
        ("the halal butcher again", "en", frozenset(), ["halal butcher"]),
        ("Comme par hasard, ces gens-là s'installent", "fr", frozenset(), ["ces gens-la"]),
        ("dans certains quartiers, on sait qui deale", "fr", frozenset(), ["certains quartiers"]),
        ("la boucherie halal du coin", "fr", frozenset(), ["boucherie halal"]),
    ],
)
def test_a_coded_reference_names_a_group(
    text: str, language: str, adjectives: frozenset[str], wanted: list[str]
) -> None:
    """(session 36, K) A group named by a coded reference — a demonstrative or a kind, a community or a place left
    unnamed, a name of a kind — or by a group adjective on a thing (the rule passes its pack's group adjectives)."""
    assert _coded_spans(text, language, adjectives) == wanted


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("those people who queue overnight for tickets amaze me", "en"),
        ("the Polish shop on the corner", "en"),  # "polish" is no group adjective the rule passed here
        ("Ces gens qui campent devant la salle, chapeau", "fr"),
        ("la boucherie du coin est halal", "fr"),
    ],
)
def test_a_relative_clause_or_no_adjective_on_a_thing_names_no_coded_group(text: str, language: str) -> None:
    """(session 36, K) A relative clause right after the reference says who is meant; a noun of things with no group
    adjective right before (French: right after) names no one."""
    assert _coded_spans(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "insinuates"),
    [
        ("Another stabbing on our street. Funny how it always happens where those people live", "en", True),
        ("Those people at the bakery were lovely, surprise surprise", "en", False),  # no bad outcome
        ("Those people lost everything in the flood", "en", False),  # no cue
        ("Encore des vols, comme par hasard depuis que ces gens-là sont arrivés", "fr", True),
        ("Ces gens-là ont tout perdu dans l'incendie", "fr", False),  # no cue
    ],
)
def test_a_coded_group_insinuates_only_with_a_cue_and_a_bad_outcome(text: str, language: str, insinuates: bool) -> None:
    """(session 36, K) A coded group is a group for the insinuation reading: with a cue and a bad outcome beside, as a
    listed group; alone, or with one of the two only, it says nothing of anyone."""
    words = _coded(language)
    assert words.coded is not None
    folded = fold_term(text)
    assert bool(insinuations(folded, words, words.coded.spans(folded))) is insinuates


def test_a_coded_reference_opens_the_pre_scan() -> None:
    """(session 36, K) ``CodedGroups.possible``: a reference or a thing adjective of the file in the draft's letters,
    spaces out (the rule's pre-scan, ``target_possible``, reads on when it holds one)."""
    coded = _coded("en").coded
    assert coded is not None
    assert coded.possible("funnyhowthosepeoplealways") and coded.possible("thehalalbutcher")
    assert not coded.possible("theweatherislovely")


@pytest.mark.parametrize(
    ("text", "language", "insinuates"),
    [
        ("A certain community keeps buying up the flats on our road. Say no more.", "en", True),
        ("Certain postcodes, you know which ones, are where the car thefts come from", "en", True),
        (
            "Those people keep buying up the flats on our road. Say no more.",
            "en",
            False,
        ),  # not veiled: an outcome asked
        ("A certain neighbourhood makes the best samosas in town, just saying", "en", False),  # a praise
        ("Certain areas were left without buses again, just saying", "en", False),  # neglect undergone
        ("Stop replying 'say no more' whenever someone mentions a certain community", "en", False),  # quoted wink
        ("My uncle says a certain community runs the town, say no more", "en", False),  # someone else's words
        ("Une certaine communauté tient tous les commerces de la rue, suivez mon regard.", "fr", True),
        ("Certains quartiers, vous voyez lesquels, on devrait les fermer", "fr", True),
        ("Certains quartiers seront privés d'eau mardi, je dis ça je dis rien", "fr", False),
        ("Il m'a dit « suivez mon regard » en parlant d'une certaine communauté", "fr", False),
    ],
)
def test_a_veiled_reference_and_a_wink_insinuate(text: str, language: str, insinuates: bool) -> None:
    """(session 36, K) A reference that hides whom it means and a wink telling the reader to fill it in are the
    insinuation itself, with no bad outcome; not a plain demonstrative ("those people", which still needs a cue and an
    outcome), not with a praise, neglect undergone, a quoted wink or someone else's words."""
    found = veiled_insinuations(fold_term(text), _coded(language))
    assert bool(found) is insinuates


# (session 43, I) the disclaimed prejudice, the proverb of permanence and the scare quotes: marks of the insinuation
# with no outcome word (``disclaimed``, ``permanences``, ``scare_quotes``)


def _read(reading: object, text: str, group: str | None, language: str) -> list[str]:
    folded = fold_term(text)
    groups = [] if group is None else [(folded.index(group), folded.index(group) + len(group))]
    found = reading(folded, _words(language), groups)  # type: ignore[operator]
    return [folded[lo:hi] for (lo, hi), _group in found]


@pytest.mark.parametrize(
    ("text", "group", "language"),
    [
        ("I'm not racist but Somalis never seem to go to work.", "somalis", "en"),
        ("Nothing against the Hazara. I just close my shop early when they come.", "hazara", "en"),
        ("Landlords not renting to Nigerians isn't racism, it's experience.", "nigerians", "en"),
        ("J'ai rien contre les Roms, mais je ferme ma porte à clé.", "roms", "fr"),
        ("Les Asiatiques au volant, c'est l'instinct, pas du racisme.", "asiatiques", "fr"),
    ],
)
def test_a_disclaimer_and_its_turn_beside_a_group_is_read(text: str, group: str, language: str) -> None:
    assert _read(disclaimed, text, group, language)


@pytest.mark.parametrize(
    ("text", "group", "language"),
    [
        ("Every time someone starts with 'I'm not racist but' about Somalis, I brace myself.", "somalis", "en"),
        ("People who say they're not racist but then mock Somalis are fooling themselves.", "somalis", "en"),
        ("I'm not racist, and I stand with Somali refugees.", "somali", "en"),
        ("I'm not racist but Nigerians cook better than us.", "nigerians", "en"),
        ("Je ne suis pas raciste, mais les Belges cuisinent mieux que nous.", "belges", "fr"),
        ("I'm not racist but the train is late again.", None, "en"),
    ],
)
def test_a_disclaimer_quoted_reported_unturned_praising_or_alone_is_not(
    text: str, group: str | None, language: str
) -> None:
    assert _read(disclaimed, text, group, language) == []


_VICES = st.sampled_from(["thief", "liar", "cheat", "crook", "parasite", "traitor"])
_PRIDES = st.sampled_from(["marine", "soldier", "hero", "fan", "friend", "champion"])


@settings(max_examples=30, deadline=None)
@given(_VICES)
def test_any_word_said_once_and_for_all_beside_a_group_is_read(vice: str) -> None:
    text = f"Gypsies on the estate again. Once a {vice}, always a {vice}."
    assert _read(permanences, text, "gypsies", "en") == [f"once a {vice}, always a {vice}"]
    assert _read(permanences, f"Once a {vice}, always a {vice}.", None, "en") == []  # no group: a saying


@settings(max_examples=30, deadline=None)
@given(_PRIDES)
def test_the_proverb_of_pride_or_a_different_word_is_not_read(word: str) -> None:
    assert _read(permanences, f"Gypsies again. Once a {word}, always a {word}.", "gypsies", "en") == []
    assert _read(permanences, "Gypsies again. Once a thief, always a liar.", "gypsies", "en") == []
    assert _read(permanences, "Les Bretons ? Breton un jour, Breton toujours !", "bretons", "fr") == []


_PEOPLE = st.sampled_from(["community", "refugees", "citizens", "adults", "families", "youths"])


@settings(max_examples=30, deadline=None)
@given(_PEOPLE, st.sampled_from(["another", "the", "these", "our"]))
def test_any_noun_of_people_in_scare_quotes_after_a_determiner_is_read(noun: str, opener: str) -> None:
    assert _read(scare_quotes, f'{opener} "{noun}" demanding their own rules again.', None, "en") == [
        f'{opener} "{noun}"'
    ]


@settings(max_examples=30, deadline=None)
@given(_PEOPLE, st.sampled_from(["word", "term", "called", "stereotype", "say"]))
def test_a_noun_of_people_talked_about_is_not_read(noun: str, mention: str) -> None:
    assert _read(scare_quotes, f'the {mention} "{noun}" again.', None, "en") == []
    assert _read(scare_quotes, f'the "{noun}" {mention} again.', None, "en") == []


def test_scare_quotes_ask_a_noun_of_people_or_a_group_before_a_role() -> None:
    assert _read(scare_quotes, 'Trust the "experts" they said.', None, "en") == []
    assert _read(scare_quotes, 'oromo "activists" in st paul again.', "oromo", "en") == ['oromo "activists"']
    assert _read(scare_quotes, 'Les "jeunes" ont encore fêté le 14 juillet.', None, "fr") == ['les "jeunes"']
    assert _read(scare_quotes, 'The "drunk Indian" trope hurts.', "indian", "en") == []


_SHARES_EN = st.one_of(
    st.integers(1, 99).map(lambda n: f"{n}%"),
    st.sampled_from(["one", "two", "1", "3"]).flatmap(
        lambda a: st.sampled_from(["three", "four", "ten", "5"]).map(lambda b: f"{a} in {b}")
    ),
)
_SHARES_FR = st.one_of(
    st.integers(1, 99).map(lambda n: f"{n} %"),
    st.sampled_from(["un", "deux", "1", "7"]).flatmap(
        lambda a: st.sampled_from(["trois", "quatre", "dix", "10"]).map(lambda b: f"{a} sur {b}")
    ),
)


@settings(max_examples=40, deadline=None)
@given(_SHARES_EN, st.sampled_from(["crimes", "rapes", "burglaries", "prisoners", "terrorists"]))
def test_any_share_of_a_blame_said_of_a_group_is_read_unless_sourced_denied_or_reported(share: str, blame: str) -> None:
    """(session 44, I) The statistic of blame, in English: any share, any blame of the list, a group in its sentence."""
    said = f"{share} of {blame} here are migrants."
    assert _read(shares, said, "migrants", "en") == [fold_term(said)[: fold_term(said).index("migrants") + 8]]
    assert _read(shares, f"According to the ONS, {said}", "migrants", "en") == []
    denied = f"No, {share} of {blame} here are not migrants."
    assert _read(partial(shares, negations=frozenset({"not"})), denied, "migrants", "en") == []  # the pack's negations
    assert _read(shares, f"Trolls say {said}", "migrants", "en") == []
    assert _read(shares, said, None, "en") == []  # no group: a figure about no one


@settings(max_examples=40, deadline=None)
@given(_SHARES_FR, st.sampled_from(["crimes", "viols", "cambriolages", "détenus", "fraudes"]))
def test_any_share_of_a_blame_said_of_a_group_is_read_in_french_too(share: str, blame: str) -> None:
    """(session 44, I) The same reading in French; suffered by the group (« victimes »), it is no blame."""
    said = f"{share} des {blame} ici, ce sont les Roms."
    assert _read(shares, said, "roms", "fr") != []
    assert _read(shares, f"Selon l'Insee, {said}", "roms", "fr") == []
    assert _read(shares, f"{share} des Roms sont victimes de {blame}.", "roms", "fr") == []
    assert _read(shares, f"Ils disent que {said}", "roms", "fr") == []

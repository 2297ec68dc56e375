"""(D, session 43) A person or a company named by its shape (app/kinds/named_targets.py), read by risk.disparagement: a
run of capitalised words, one capitalised word the language does not know, a first name with where the person works;
never a people's plural, a body after "the", a place after "in", a word in capitals; the words are the disparagement
words files' ``named_*`` classes."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.kinds.named_targets import named_targets
from app.testing import draft_for
from app.text.folding import folded_draft
from tests.shape_readings import findings, made_up_words, named_reading, proximity_rule, spans_read

RULE = "risk.disparagement"
# a made-up surname, no plural ending: no known word
_NAMES = made_up_words("bdfgklmnprtvz", 2, 5, "ard")


def _named(text: str, language: str) -> list[str]:
    return spans_read(RULE, named_reading, text, language)


def _flagged(text: str, language: str) -> bool:
    return bool(findings(RULE, text, language))


@settings(max_examples=50, deadline=None)
@given(_NAMES)
def test_an_unknown_capitalised_name_is_a_target(name: str) -> None:
    """Any unknown surname written with a capital after a first name is a person the rule pairs with contempt, in
    English and French; written in small letters, or in capitals, it names no one."""
    for language in ("en", "fr"):
        assume(name not in proximity_rule(RULE).packs[language].known)
    written = name.capitalize()
    assert _named(f"Honestly Dave {written} is a clown.", "en") == [f"dave {name}"]
    assert _flagged(f"Dave {written} is a spineless weasel.", "en")
    assert _flagged(f"Thierry {written} est un incapable.", "fr")
    assert not _flagged(f"Dave {written} is a legend.", "en")
    assert _named(f"honestly dave {name} is a clown.", "en") == []
    assert _named(f"DAVE {name.upper()} IS A CLOWN.", "en") == []


@settings(max_examples=50, deadline=None)
@given(_NAMES)
def test_a_name_after_a_determiner_or_a_place_word_is_not_a_person(name: str) -> None:
    """One unknown capitalised word after an article or a place's word names a people, a thing or a place: « du X »,
    "in X", "a X"; a run after "the" names a body ("the X Office")."""
    written = name.capitalize()
    assert _named(f"Pourquoi l'image du {written} voleur persiste ?", "fr") == []
    assert _named(f"We moved to {written} last year.", "en") == []
    assert _named(f"The {written} Office is a joke.", "en") == []


def test_a_first_name_with_where_they_work() -> None:
    """A first name with "from" and one word in small letters is the person named ("Greg" alone is a known word; an
    unknown first name too: "Zoltan from procurement"); "Tired of hearing" is none. (D, session 44) French reads it
    with a place of work of ``named_workplaces`` only (« Gérard des achats », « Sophie de la compta », « Karim de
    l'accueil »; not « Tas de ferraille », « Assez de dire », nor a known word opening its sentence: « Réunion de la
    compta »), and one word opening its sentence is a name there before a verb only (« Gérard est … »)."""
    assert _named("Greg from procurement is a spineless weasel.", "en") == ["greg from procurement"]
    assert _named("Zoltan from procurement is a spineless weasel.", "en") == ["zoltan from procurement"]
    assert _named("Gérard des achats est une carpette.", "fr") == ["gerard des achats"]
    assert _named("Franchement, Sophie de la compta est une incapable.", "fr") == ["sophie de la compta"]
    assert _named("Karim de l'accueil est un abruti.", "fr") == ["karim de l'accueil"]
    assert _named("Tas de ferraille, cette voiture.", "fr") == []
    assert _named("Réunion de la compta à 14 h.", "fr") == []
    assert _named("Gérard est une carpette.", "fr") == ["gerard"]
    assert _named('Tired of hearing "they are all scammers".', "en") == []
    assert _flagged("Gérard des achats est une carpette.", "fr")
    assert not _flagged("Gérard des achats est un amour.", "fr")


_THING_HEADS_EN = st.sampled_from(["Update", "App", "Street", "Road", "Station", "Store"])
_THINGS_AFTER_EN = st.sampled_from(["series", "patch", "update", "app", "game", "servers"])
_PEOPLE_AFTER_EN = st.sampled_from(["mates", "colleague", "cousins", "traders", "families", "player"])
_THING_NOUNS_FR = st.sampled_from(["la série", "l'appli", "le jeu", "la rue", "la mise à jour", "le logiciel"])


@settings(max_examples=50, deadline=None)
@given(_NAMES, _THING_HEADS_EN, _THINGS_AFTER_EN, _PEOPLE_AFTER_EN, _THING_NOUNS_FR)
def test_a_name_of_a_thing_a_place_or_a_people_is_no_target(
    name: str, head: str, thing: str, people: str, noun: str
) -> None:
    """(D, session 44) Any made-up capitalised word is no person or company where the words around it say a thing, a
    place or a people: a run closing with a noun of things or places ("X Update", "X Street"), a noun of things or of
    people after it in small letters ("the X series", "my X mates"), a noun of things before it (« la série X »,
    « l'appli X »); the same word after a first name, or before a noun of a company's staff, is still named."""
    written = name.capitalize()
    assert _named(f"Honestly {written} {head} is a disgrace.", "en") == []
    assert _named(f"Honestly the {written} {thing} is a disgrace.", "en") == []
    assert _named(f"Honestly my {written} {people} are great.", "en") == []
    assert _named(f"Franchement {noun} {written} est une honte.", "fr") == []
    assert not _flagged(f"Honestly the {written} {thing} is a joke.", "en")
    assert not _flagged(f"Franchement {noun} {written} est une arnaque.", "fr")
    assert _named(f"Honestly Dave {written} is a disgrace.", "en") == [f"dave {name}"]
    assert _named(f"Honestly {written} staff are a disgrace.", "en") == [name]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from("ABCDEFGHIJKLMNOPRSTUVWXYZ"), _NAMES)
def test_a_letter_joined_to_a_noun_is_no_name(letter: str, noun: str) -> None:
    """(D, session 44) A capital letter and a noun joined by a hyphen ("U-turn", "T-shirt", « E-mail ») names no one."""
    assert _named(f"What a clown show, another {letter}-{noun} on meals.", "en") == []
    assert _named(f"Quelle bande de guignols, encore un {letter}-{noun} raté.", "fr") == []


_WORKPLACES_FR = st.sampled_from(["des achats", "de la compta", "du service client", "de l'accueil", "de la paie"])


@settings(max_examples=40, deadline=None)
@given(_NAMES, _WORKPLACES_FR)
def test_a_french_first_name_with_where_they_work_is_a_target(name: str, workplace: str) -> None:
    """(D, session 44) Any unknown capitalised first name with a ``named_workplaces`` place of work after « des »,
    « de la », « du » is the person named: contempt said of them is disparagement, praise is not; the same place of
    work after a word in small letters names no one."""
    assume(name not in proximity_rule(RULE).packs["fr"].known)
    written = name.capitalize()
    assert _named(f"{written} {workplace} est une carpette.", "fr")[0].startswith(name)
    assert _flagged(f"{written} {workplace} est une carpette.", "fr")
    assert not _flagged(f"{written} {workplace} est un amour.", "fr")
    assert _named(f"franchement le type {workplace} est là.", "fr") == []


_QUALIFIERS_EN = st.sampled_from(["useless", "shitty", "stupid", "new", "bloody", "awful"])
_PEOPLE_BESIDE_EN = st.sampled_from(["colleague", "friend", "neighbour", "cousin", "teacher", "coworker"])


@settings(max_examples=40, deadline=None)
@given(_NAMES, _QUALIFIERS_EN, _PEOPLE_BESIDE_EN, st.sampled_from(["the", "this", "my", "our", "your"]))
def test_a_run_after_a_determiner_and_one_word(name: str, qualifier: str, people: str, determiner: str) -> None:
    """(lead, session 43; R, session 45) A run of capitalised words after a ``named_run_determined`` word and one word
    qualifying it names a body or a thing of the writer's ("the useless X Office", "this shitty Weather App"); after a
    noun of a person it is a name in apposition: a ``named_people_heads`` noun ("my colleague Dave X") or a listed
    target (``taken``: "my manager Dave X"), as the module's docstring has it."""
    written = name.capitalize()
    assert _named(f"Honestly {determiner} {qualifier} {written} Office is a joke.", "en") == []
    assert _named(f"Honestly {determiner} {people} Dave {written} is a joke.", "en") == [f"dave {name}"]
    pack = proximity_rule(RULE).packs["en"]
    assert pack.named is not None
    folded = folded_draft(draft_for(f"Honestly {determiner} manager Dave {written} is a joke.", "en"))
    role = folded.text.index("manager")
    taken = [(role, role + len("manager"))]
    found = named_targets(folded, pack.named, pack.known, taken)
    assert [folded.text[a:b] for a, b in found] == [f"dave {name}"]
    assert named_targets(folded, pack.named, pack.known, []) == []  # "manager" not listed: a qualifier as any word


_LEGAL_FORMS = st.sampled_from(["SA", "SAS", "SARL"])


@settings(max_examples=30, deadline=None)
@given(_NAMES, _LEGAL_FORMS)
def test_a_legal_form_in_capitals_closes_a_company_name(name: str, form: str) -> None:
    """(D, session 51) A company's name closed by its legal form in capitals (« Durand SA », « Bastide SARL ») is named
    even where the small word is another (« sa », the possessive, a ``named_not`` word): contempt said of it is
    disparagement, praise is not; the possessive in small letters closes no name."""
    written = name.capitalize()
    assert _named(f"Le patron de {written} {form} est un guignol.", "fr") == [f"{name} {form.lower()}"]
    assert _flagged(f"Le patron de {written} {form} est un guignol.", "fr")
    assert not _flagged(f"{written} {form} est une entreprise formidable.", "fr")
    assert _named(f"Il a vendu sa maison à {written} sa voisine.", "fr") != [f"{name} sa"]

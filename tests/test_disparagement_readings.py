"""(D, session 51) The readings of risk.disparagement and tone.contempt built in session 51 (issue 11, disparagement),
over generated words rather than the rule files' own cases: a superlative of contempt said of the mention replied to,
and one's own manager, landlord or client held in contempt (tone.contempt, the same predicates and words files as
risk.disparagement, its own targets, no name read by its shape)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.shape_readings import findings

_SUPERLATIVES_EN = st.sampled_from(["worst", "thickest", "dimmest", "slimiest", "greediest", "sleaziest"])
_PERSONS_EN = st.sampled_from(["man", "manager", "landlord", "colleague", "realtor", "boss"])
_THINGS_EN = st.sampled_from(["fog", "pancakes", "day", "pizza", "traffic", "weather"])
# the superlatives that judge things too ("the worst day"): with a noun of a person only; "slimiest", "greediest" judge
# people only and are read alone
_SUPERLATIVES_OF_THINGS_EN = st.sampled_from(["worst", "thickest", "dimmest", "ugliest", "nastiest"])
_PERSONS_FR = st.sampled_from(["collègue", "manager", "patron", "agent immobilier", "proprio", "voisin"])
_THINGS_FR = st.sampled_from(["bouchon", "journée", "pizza", "météo", "film", "match"])


@settings(max_examples=30, deadline=None)
@given(_SUPERLATIVES_EN, _PERSONS_EN, _THINGS_EN, _SUPERLATIVES_OF_THINGS_EN)
def test_a_superlative_of_contempt_said_of_the_mention(
    superlative: str, person: str, thing: str, of_things: str
) -> None:
    """A superlative of contempt with a noun of a person after it is said of the mention replied to, after "you are"
    or as the noun phrase that follows the mention and an article; one that judges things too, said of a thing or of
    oneself, aims at no one."""
    rule = "risk.disparagement"
    assert findings(rule, f"@dave you are genuinely the {superlative} {person} I've ever met.", "en")
    assert findings(rule, f"@dave the {superlative} {person} in town.", "en")
    assert not findings(rule, f"@dave the {of_things} {thing} in years this morning.", "en")
    assert not findings(rule, f"I'm the {of_things} {person} ever, sorry all.", "en")


@settings(max_examples=30, deadline=None)
@given(_PERSONS_FR, _THINGS_FR)
def test_le_pire_said_of_the_mention(person: str, thing: str) -> None:
    """« pire » before a noun of a person, said of the mention (« t'es le pire X », « @x le pire X de … »); « la pire
    journée », « je suis le pire X » aim at no one."""
    rule = "risk.disparagement"
    assert findings(rule, f"@julien t'es le pire {person} de l'histoire.", "fr")
    assert findings(rule, f"@julien le pire {person} de la ville.", "fr")
    assert not findings(rule, f"@julien le pire {thing} de l'année ce matin.", "fr")
    assert not findings(rule, f"Je suis le pire {person} du monde, désolé.", "fr")


_OWN_EN = st.sampled_from(["manager", "boss", "landlord", "landlady", "client", "business partner"])
_FAMILY_EN = st.sampled_from(["brother", "sister", "dad", "mum", "cousin", "best mate"])
_SCORN_EN = st.sampled_from(["a spineless worm", "a greedy rat", "a total bellend", "a lying weasel", "useless"])


@settings(max_examples=30, deadline=None)
@given(_OWN_EN, _FAMILY_EN, _SCORN_EN)
def test_contempt_for_ones_own_manager_is_tone(own: str, family: str, scorn: str) -> None:
    """Contempt said of one's own manager, landlord or client is tone.contempt's warning, not risk.disparagement's
    (one's own people); of one's family, banter; denied, nothing."""
    assert findings("tone.contempt", f"My {own} is {scorn}.", "en")
    assert not findings("risk.disparagement", f"My {own} is {scorn}.", "en")
    assert not findings("tone.contempt", f"My {family} is {scorn}.", "en")
    assert not findings("tone.contempt", f"My {own} is not {scorn}.", "en")

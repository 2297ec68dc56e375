"""app.text.conjugation_fr and app.text.inflection_en: the project's one home of verb morphology (session 13, M).

Properties over generated regular verbs (every regular form ends as its paradigm says, and a third-person form read
back gives the whole paradigm again), and the forms the rules rely on: the phrase heads of the French calls
(« faire », « foutre », « mettre », from the table), the present of the threats to the reader, the verbs of saying.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from app.kinds.proximity import inflect_verb
from app.text import conjugation_fr, inflection_en
from app.text.conjugation_fr import finite_forms, first_singular, other_forms, verb_forms, vow_forms

# regular -er stems of single consonants and vowels (no e: no stem change, no cluster: no family of -re verbs)
_CONSONANTS = "bcdfgklmnprstv"
_SYLLABLE = st.tuples(st.sampled_from(_CONSONANTS), st.sampled_from("aiou")).map("".join)
_STEMS = st.lists(_SYLLABLE, min_size=2, max_size=3).flatmap(
    lambda syllables: st.sampled_from("bfklmprtv").map(lambda last: "".join(syllables) + last)
)


def _plain(stem: str) -> bool:
    """A stem whose forms no verb of the table has and that needs no ç or ge before a or o; not in -ir, whose
    imperfect a plural reads as the second group's future (« admiraient » as « admissent »: ``other_forms`` reads a
    plural in -iraient that way, a known ambiguity)."""
    table = conjugation_fr._table()
    return not stem.endswith(("c", "g", "ir")) and not any(f in table for f in (stem + "ent", stem + "e"))


@given(_STEMS)
def test_a_regular_er_verb_has_its_paradigm_s_endings(stem: str) -> None:
    assume(_plain(stem))
    forms = finite_forms(stem + "er")
    singular_endings = ("e", "era", "erait", "ait")
    plural_endings = ("ent", "eront", "eraient", "aient")
    assert list(forms[::2]) == [stem + e for e in singular_endings]
    assert list(forms[1::2]) == [stem + e for e in plural_endings]
    assert finite_forms(stem + "er", "plural") == forms[1::2]


@given(_STEMS)
def test_a_plural_form_read_back_gives_the_whole_paradigm(stem: str) -> None:
    assume(_plain(stem))
    forms = set(finite_forms(stem + "er"))
    for plural in finite_forms(stem + "er", "plural"):
        assert set(other_forms(plural)) == forms


@given(_STEMS)
def test_the_vow_forms_of_a_regular_er_verb(stem: str) -> None:
    assume(_plain(stem))
    vowed = vow_forms(stem + "er")
    assert vowed[0] == first_singular(stem + "er") == stem + "e"
    assert {
        stem + e for e in ("e", "es", "ent", "era", "eront", "erai", "erons", "ons", "erais", "erait", "erions")
    } == set(vowed)
    assert first_singular(f"{stem}er la tête") == f"{stem}e la tête"


@given(_STEMS)
def test_the_report_forms_of_a_regular_er_verb(stem: str) -> None:
    assume(_plain(stem))
    forms = verb_forms(stem + "er")
    assert forms[0] == stem + "er"
    assert {stem + "ait", stem + "ant", stem + "é", stem + "ée", stem + "és", stem + "es"} <= set(forms)
    assert not {stem + "erait", stem + "eraient", stem + "erais"} & set(forms)  # « on dirait » reports nothing


@given(st.text(alphabet="bcdfgklmnprstvaiou", min_size=3, max_size=9))
def test_english_regular_forms(lemma: str) -> None:
    assume(lemma[-1] not in "eysxzh")
    forms = inflection_en.verb_forms(lemma)
    assert forms == [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
    assert inflect_verb(lemma, "en") == forms


def test_english_spelling_changes_and_written_irregulars() -> None:
    assert inflection_en.verb_forms("reply") == ["reply", "replies", "replied", "replying"]
    assert inflection_en.verb_forms("declare") == ["declare", "declares", "declared", "declaring"]
    assert inflection_en.verb_forms("preach") == ["preach", "preaches", "preached", "preaching"]
    assert inflection_en.verb_forms("write", ["wrote", "written"]) == ["write", "writes", "wrote", "written", "writing"]
    assert inflect_verb("tag/tagged", "en") == ["tag", "tags", "tagged", "tagging"]
    assert inflection_en.gerund("agree") == "agreeing"


def test_the_table_conjugates_the_heads_of_the_calls() -> None:
    """« qu'on *fasse* sauter les … », « on *foutra* le feu à … », « je *mettrais* dans des trains … »: the verbs
    no ending conjugates come from the table, the rest of the phrase kept."""
    assert {"fasse sauter", "fassent sauter", "fera sauter", "ferais sauter", "faisons sauter"} <= set(
        vow_forms("faire sauter")
    )
    assert {"fous le feu à", "foute le feu à", "foutra le feu à", "foutons le feu à"} <= set(
        vow_forms("foutre le feu à")
    )
    assert {"mets", "mette", "mettent", "mettrai", "mettrais", "mettons"} <= set(vow_forms("mettre"))
    assert "fouts" not in vow_forms("foutre") and vow_forms("mourir-x") == []


def test_first_singular_of_the_threats_to_the_reader() -> None:
    """training/threat_forms_fr: « je te *bute* », « jte *crève* », « je te *pète* la gueule », « je te *refais* le
    portrait », « je te *mets* une balle »."""
    cases = {
        "tuer": "tue",
        "crever": "crève",
        "égorger": "égorge",
        "péter la gueule": "pète la gueule",
        "refaire le portrait": "refais le portrait",
        "mettre une balle": "mets une balle",
        "jeter": "jette",
        "noyer": "noie",
        "pendre": "pends",
        "bannir": "bannis",
    }
    assert {verb: first_singular(verb) for verb in cases} == cases
    assert first_singular("exclure") == ""


def test_the_forms_of_french_verbs_of_saying() -> None:
    forms = set(inflect_verb("dire/dit", "fr"))
    assert {"dire", "dit", "disent", "disait", "disant", "dis", "dite", "dits", "dites", "dise"} <= forms
    assert not forms & {"dirait", "diraient"}
    assert {"hurle", "hurles", "hurlait", "hurlant", "hurlé", "hurlée", "hurleront"} <= set(verb_forms("hurler"))
    assert {"répondu", "répondent", "réponds"} <= set(verb_forms("répondre", ["répondu"]))

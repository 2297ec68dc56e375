"""Unit and property tests of the ``proximity`` kind (risk.hate, risk.disparagement, privacy.insider-leak)
and of the unsure-language second pass (``app/language_pass.py``)."""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st
from wordfreq import get_frequency_dict

from app.domain import Family, Severity
from app.engine import Engine
from app.kinds.base import CheckContext, Deps, Rule, RuleMeta
from app.kinds.proximity import (
    EntrySpec,
    ProximityKind,
    ProximityParams,
    ProximityRule,
    _entries,
    _inverted_fr,
    _tensed_fr,
    fuzzy_variants,
    glued_joints,
    read_list_file,
    soft_ends,
    spelled_variants,
    tokens,
)
from app.loader import RuleFileError, build_rule, load_specs, packaged_rules_dir
from app.policy import Policy
from app.testing import draft_for
from app.text.conjugation_fr import vow_forms
from app.text.folding import fold_term
from app.text.language import choose_language
from app.text.lexicon import known_words
from app.text.tweet import extract_entities

ROOT = packaged_rules_dir()
SPECS = {s.id: s for s in load_specs([ROOT])}
CTX = CheckContext(policy=Policy())


@cache
def _packaged(rule_id: str) -> Rule:
    return build_rule(SPECS[rule_id], Deps(rules_root=ROOT), None)


def _meta(source: Path) -> RuleMeta:
    return RuleMeta(
        id="risk.test-proximity",
        family=Family.RISK,
        severity=Severity.ERROR,
        languages=frozenset({"en"}),
        summary={"en": "test"},
        messages={"default": {"en": "'{excerpt}': {target} / {predicate}"}},
        kind="proximity",
        source=source,
    )


def _write(tmp_path: Path, words: str = "classes:\n  fillers: [are, the]\n  negations: [not]\n") -> Path:
    (tmp_path / "t.yml").write_text("terms: [cats]\n", encoding="utf-8")
    (tmp_path / "p.yml").write_text(
        "target: before\nterms:\n  - {term: noisy, sureness: 1}\n  - {term: gone, requires: modal}\n",
        encoding="utf-8",
    )
    (tmp_path / "w.yml").write_text(words, encoding="utf-8")
    return tmp_path / "rule.yml"


def _build(tmp_path: Path, **extra: object) -> Rule:
    params = {"targets": {"en": "t.yml"}, "predicates": {"en": "p.yml"}, "words": {"en": "w.yml"}, **extra}
    return ProximityKind().build(
        _meta(tmp_path / "rule.yml"), ProximityParams.model_validate(params), Deps(rules_root=tmp_path)
    )


def test_a_required_class_that_does_not_exist_fails_at_load(tmp_path: Path) -> None:
    """``requires: modal`` with no ``modal`` class is a load error naming the class and the entry."""
    _write(tmp_path)
    with pytest.raises(ValueError, match=r"no word class 'modal'.*'gone'"):
        _build(tmp_path)


def test_a_bad_word_classes_file_names_the_file_and_key(tmp_path: Path) -> None:
    """A YAML boolean where a word belongs (unquoted ``no``/``on``) names the file and the index."""
    _write(tmp_path, "classes:\n  fillers: [are, no]\n  modal: [should]\n")
    with pytest.raises(ValueError, match=r"w\.yml: classes\.fillers\.1"):
        _build(tmp_path)


def test_strict_gap_direction_negation_and_requires(tmp_path: Path) -> None:
    """Only fillers between; the target on the entry's side; a negation cancels; a required class is needed."""
    _write(tmp_path, "classes:\n  fillers: [are, the]\n  negations: [not]\n  modal: [should, be]\n")
    rule = _build(tmp_path)

    def spans(text: str) -> list[tuple[str, Severity]]:
        return [(f.excerpt, f.severity) for f in rule.check(draft_for(text, "en"), CTX)]

    assert spans("The cats are noisy.") == [("cats are noisy", Severity.WARNING)]
    assert spans("The cats are not noisy.") == []
    assert spans("The cats of my aunt are noisy.") == []  # "of my aunt" are not fillers
    assert spans("Noisy cats.") == []  # the target must come before
    assert spans("The cats are noisy. Really.") == [("cats are noisy", Severity.WARNING)]
    assert spans("The cats gone") == []
    assert spans("The cats should be gone") == [("cats should be gone", Severity.WARNING)]


def test_quotes_cancel_a_quoted_pair(tmp_path: Path) -> None:
    """With ``quotes_cancel``, a pair inside quotation marks is quoted speech, not said."""
    _write(tmp_path, "classes:\n  fillers: [are, the]\n  modal: [should]\n")
    (tmp_path / "p.yml").write_text("target: before\nterms: [noisy]\n", encoding="utf-8")
    quiet = _build(tmp_path, quotes_cancel=True)
    loud = _build(tmp_path)
    for text in ('Never write "cats are noisy" again', "Jamais « cats are noisy » ici"):
        assert list(quiet.check(draft_for(text, "en"), CTX)) == []
        assert [f.excerpt for f in loud.check(draft_for(text, "en"), CTX)] == ["cats are noisy"]


def test_pronouns_stand_for_the_group_of_the_sentence_before() -> None:
    """ "Women? I hate them." pairs; "Women love spiders, I hate them." does not (same sentence)."""
    rule = _packaged("risk.hate")
    assert [f.excerpt for f in rule.check(draft_for("Women? I hate them.", "en"), CTX)] == ["hate them"]
    assert list(rule.check(draft_for("Women love spiders, I hate them.", "en"), CTX)) == []
    assert [f.excerpt for f in rule.check(draft_for("Les trans ? Je les déteste.", "fr"), CTX)] == ["les déteste"]
    assert list(rule.check(draft_for("Les immigrés détestent les chats.", "fr"), CTX)) == []


def test_fuzzy_variants_are_one_edit_and_length_bound() -> None:
    """A missing letter from 7 letters on (5 for group names), a doubled letter from 4, a swap of two neighbours
    from 5 on; never the word itself."""
    assert "imigrants" in fuzzy_variants("immigrants")
    assert "muslmis" in fuzzy_variants("muslims")
    assert "omen" not in fuzzy_variants("women")  # 5 letters: no missing letter but for group names
    assert "blaks" in fuzzy_variants("blacks", short=True)
    assert "blaks" not in fuzzy_variants("blacks")
    # 4 letters: doubled, final z, an inner letter masked
    assert fuzzy_variants("jews") == {"jeews", "jewws", "jewss", "jewz", "j*ws", "je*s"}
    assert "sc*m" in fuzzy_variants("scum")  # an inner letter masked by an asterisk, a vowel or not ("s*um")
    assert "s*um" in fuzzy_variants("scum")
    assert "*cum" not in fuzzy_variants("scum")
    assert "jwes" in fuzzy_variants("jews", short=True)  # group names: swaps from 4 letters
    assert fuzzy_variants("jew") == set()
    assert "nooirs" in fuzzy_variants("noirs")
    assert "women" not in fuzzy_variants("women")


def test_short_words_get_edits_that_are_not_known_words() -> None:
    """With the language's known words, 4-6-letter terms also lose an inner letter and swap neighbours from 4, but
    a variant that is a known word ("hat", "sum") is never one; without them, nothing changes."""
    known = known_words("en")
    assert {"hae", "htae"} <= fuzzy_variants("hate", known=known)
    assert "hat" not in fuzzy_variants("hate", known=known)
    assert {"verin", "vremin"} <= fuzzy_variants("vermin", known=known)
    assert "sucm" in fuzzy_variants("scum", known=known) and "sum" not in fuzzy_variants("scum", known=known)
    assert "htae" not in fuzzy_variants("hate") and "verin" not in fuzzy_variants("vermin")
    assert "imigrants" in fuzzy_variants("immigrants", known=known)  # a misspelling tweets know still matches


def test_head_noun_misspelt_never_its_adjective() -> None:
    """A group of several words is fuzzed on its head noun only: the last English word, the first French one; a
    variant of the head that is a known word, or the head's other number, is never one."""
    known = known_words("en")
    assert {"trans peole", "gay pepole"} <= spelled_variants("trans people", known=known) | spelled_variants(
        "gay people", known=known
    )
    assert not any(v.startswith("tarns") for v in spelled_variants("trans people", known=known))
    assert "asylum seeker" not in spelled_variants("asylum seekers", known=known)
    french = spelled_variants("personnes trans", known=known_words("fr"), head_first=True)
    assert "persones trans" in french and "personnes tarns" not in french
    assert spelled_variants("de", known=known) == set()


def test_glued_pairs_split_once_into_words_of_the_pack() -> None:
    """A long unknown token splits where two words of the pack meet ("hatewomen" at 4, "womenare" at 5); a known
    word, a short token, or one whose parts are not the pack's words never splits."""
    rule = _packaged("risk.hate")
    en, fr = rule.packs["en"], rule.packs["fr"]
    assert glued_joints("i hatewomen", en) == {6}
    assert glued_joints("womenare disgusting", en) == {5}
    assert glued_joints("jehais les femmes", fr) == {2}
    assert glued_joints("whatever happened to the weather", en) == frozenset()  # known words
    assert glued_joints("i hatexyzqwv", en) == frozenset()  # the rest is no word of the pack
    assert glued_joints("hatemen", en) <= {4}


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=30))
@example("bcidas")  # a token cut in three by ``_cuts`` ("muslimsarevermin"): two joints, both inside it
@settings(max_examples=200, deadline=None)
def test_glued_joints_fall_inside_long_unknown_tokens(text: str) -> None:
    """Every joint is strictly inside one token of 6+ letters that is not a known word, one or two joints per token
    (``_cuts`` cuts a token in two, else in three)."""
    pack = _packaged("risk.hate").packs["en"]
    joints = glued_joints(text, pack)
    starts = [i for i in range(len(text)) if text[i] != " " and (i == 0 or text[i - 1] == " ")]
    for joint in joints:
        start = max(s for s in starts if s < joint)
        token = text[start:].split(" ")[0]
        assert len(token) >= 6 and token not in pack.known and joint < start + len(token)
        assert 1 <= sum(1 for j in joints if start < j < start + len(token)) <= 2


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=4, max_size=9))
@settings(max_examples=200, deadline=None)
def test_variants_are_one_edit_away_and_never_known_words_when_new(word: str) -> None:
    """Every variant is one edit from the word (deletion, doubling, swap, substitution); a variant only the known
    words let in (a short word's inner deletion or swap) is never a known word."""
    known = known_words("en")
    plain = fuzzy_variants(word)
    widened = fuzzy_variants(word, known=known)
    assert plain <= widened and word not in widened
    for variant in widened:
        assert _one_edit(word, variant), variant
    assert not (widened - plain) & known


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _written_forms(term: EntrySpec | str) -> list[str]:
    """A list entry's term and forms as written (an entry may be a bare string)."""
    return [term] if isinstance(term, str) else [term.term, *term.forms]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_fuzzy_spelling_is_a_common_word(language: str) -> None:
    """A one-edit variant that is itself a common word (wordfreq Zipf >= 2.5: "refuges", "illegal") must be
    a written form of the list or in its ``fuzzy_exclude``: a typo filter must not invent targets."""
    freq = get_frequency_dict(language)
    for path in sorted(ROOT.glob(f"*/terms/{language}/*.yml")):
        try:
            spec_list = read_list_file(path)
        except ValueError:
            continue  # not a proximity list
        if not spec_list.fuzzy and not any(not isinstance(t, str) and t.fuzzy for t in spec_list.terms):
            continue
        # as the engine builds them: variants that are known words of the language (app.text.lexicon) dropped
        known = known_words(spec_list.language or language)
        forms = list(_entries(spec_list, "target", spec_list.language or language, known))
        written = {form for form, _, fuzzy in forms if not fuzzy}
        excluded = {fold_term(w) for w in spec_list.fuzzy_exclude}
        if spec_list.tenses:  # a verb's other tenses (``tenses``) are words of the language by design, no misspelling
            excluded |= set(_tensed_fr([w for t in spec_list.terms for w in _written_forms(t)]))
        written_words = {w for form in written for w in form.split()}
        allowed = written | excluded  # once: built per form, it made this test quadratic in the tensed forms
        words = sorted(
            {
                word
                for form, _, fuzzy in forms
                if fuzzy and form not in allowed
                # a misspelt adjective before its noun ("blakc people"): the adjective itself must not be a word
                for word in ([form] if " " not in form else [w for w in form.split() if w not in written_words])
                if word not in excluded and math.log10(freq.get(word, 1e-12)) + 9 >= 2.5
            }
        )
        assert not words, f"{path.name}: fuzzy spellings that are words: {words}"


def test_french_elisions_split() -> None:
    """ "n'ont" is two words for the word classes; English contractions stay whole."""
    assert tokens("ils n'ont rien", elisions=True) == ["ils", "n'", "ont", "rien"]
    assert tokens("they don't", elisions=False) == ["they", "don't"]


def test_packaged_rules_pair_across_evasions() -> None:
    """Leetspeak, separated letters and a missing letter in the group still pair; spans are in the original."""
    rule = _packaged("risk.hate")
    for text, excerpt in [
        ("w0men are vermin", "w0men are vermin"),
        ("I h4te m.u.s.l.i.m.s", "h4te m.u.s.l.i.m.s"),
        ("Imigrants should be deported", "Imigrants should be deported"),
    ]:
        found = [f.excerpt for f in rule.check(draft_for(text, "en"), CTX)]
        assert found == [excerpt], text


def test_reported_pairs_are_pairs_cancelled_as_someone_elses_words() -> None:
    """``reported_pairs``: a pair cancelled only by reported or quoted speech (counter-speech) is reported; an
    asserted pair, a negated one and a draft without a pair are not."""
    rule = _packaged("risk.hate")
    assert isinstance(rule, ProximityRule)
    for text, language, reported in [
        ("Saying 'women are scum' is disgusting.", "en", True),
        ("Nobody should say that Muslims are terrorists.", "en", True),
        ('"Jews are rats" is the filth I report', "en", True),
        ("Dire que les femmes sont inférieures est ignoble", "fr", True),
        ("Arrêtez de traiter les migrants de parasites", "fr", True),
        ("Women are scum.", "en", False),  # asserted: risk.hate flags it
        ("Women are not stupid", "en", False),  # negated, not reported
        ("Les immigrés ne sont pas des parasites", "fr", False),
        ("Saying that is disgusting.", "en", False),  # no group
    ]:
        draft = draft_for(text, language)
        assert rule.reported_pairs(draft) is reported, text
        assert rule.reported_pairs(draft) is reported  # memoised on the draft
        if reported:
            assert list(rule.check(draft, CTX)) == [], text


def test_rules_built_from_the_same_files_share_their_automaton(tmp_path: Path) -> None:
    """Two rules of the same files share one pack (risk.offensive builds risk.hate's grammar); a changed file
    builds a new one."""
    _write(tmp_path)
    (tmp_path / "p.yml").write_text("target: before\nterms: [noisy]\n", encoding="utf-8")
    first, second = _build(tmp_path), _build(tmp_path, quotes_cancel=True)
    assert isinstance(first, ProximityRule) and isinstance(second, ProximityRule)
    assert second.packs["en"] is first.packs["en"]
    (tmp_path / "p.yml").write_text("target: before\nterms: [loud]\n", encoding="utf-8")
    third = _build(tmp_path)
    assert isinstance(third, ProximityRule) and third.packs["en"] is not first.packs["en"]
    assert [f.excerpt for f in third.check(draft_for("The cats are loud.", "en"), CTX)] == ["cats are loud"]
    assert list(first.check(draft_for("The cats are loud.", "en"), CTX)) == []


def test_list_options_attributive_adjacent_closed_by_final_heads(tmp_path: Path) -> None:
    """Each list option pairs what it is for and nothing more."""
    (tmp_path / "t.yml").write_text("terms:\n  - cats\n  - {term: tabby, heads: [cats, lives]}\n", encoding="utf-8")
    (tmp_path / "d.yml").write_text(
        "target: before\nrequires: judged\nattributive: true\nterms: [noisy]\n", encoding="utf-8"
    )
    (tmp_path / "p.yml").write_text(
        "target: before\nterms:\n  - {term: out, adjacent: true}\n"
        "  - {term: get, target: after, closed_by: particles}\n  - {term: don't matter, final: true}\n",
        encoding="utf-8",
    )
    (tmp_path / "w.yml").write_text(
        "classes:\n  fillers: [the, all]\n  judged: [are]\n  particles: [away]\n"
        "  prepositions: [for]\n  relatives: [who]\n",
        encoding="utf-8",
    )
    rule = _build(tmp_path, predicates={"en": ["p.yml", "d.yml"]})

    def excerpts(text: str) -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, "en"), CTX)]

    assert excerpts("The cats are noisy") == ["cats are noisy"]  # through the judging verb
    assert excerpts("noisy cats again") == ["noisy cats"]  # attributive: touching, no verb needed
    assert excerpts("The cats all noisy") == []  # neither
    assert excerpts("cats out") == ["cats out"] and excerpts("cats are out") == []  # adjacent
    assert excerpts("get the cats away") == ["get the cats"] and excerpts("get the cats food") == []  # closed_by
    assert excerpts("tabby lives don't matter.") == ["tabby lives don't matter"]  # heads, final
    assert excerpts("tabby lives don't matter to them") == [] and excerpts("tabby is here") == []
    assert excerpts("Food for cats are noisy") == []  # the group is not the subject
    assert excerpts("Dogs who chase cats are noisy") == []  # a relative clause


def test_grammar_of_the_packaged_hate_rule() -> None:
    """Negations, reported speech, quotes and non-subjects cancel; a leetspeak 1 may stand for an l."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("mus1ims are vile") == ["mus1ims are vile"]
    assert excerpts("Muslims are not vile") == []
    assert excerpts("Someone replied 'gays should burn' to my post.") == []
    assert excerpts("The senator claimed immigrants bring crime.") == []
    assert excerpts("The plight of the refugees is terrible.") == []
    assert excerpts("The way we treat immigrants is shameful.") == []
    assert excerpts("Jews are greedy rats") == ["Jews are greedy rats"]  # the surer pair of two overlapping
    assert excerpts("Les violences contre les femmes sont une honte.", "fr") == []
    assert excerpts("Les bars gays sont bruyants.", "fr") == []
    assert excerpts("Les Roms voleurs.", "fr") == ["Roms voleurs"]


def test_the_writer_named_as_one_of_the_group_is_not_judged() -> None:
    """(session 17, B) "as a X" / « en tant que X » with the writer right after, "we X", « nous les X », « moi, X »,
    "I'm a X": the group is the writer; another group beside it is still judged, and "as" meaning "while", « nous »
    the object of a verb, name no writer."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("As an immigrant, I hate this country's attitude to us.") == []
    assert excerpts("En tant que femme noire, j'en ai marre qu'on me demande d'où je viens.", "fr") == []
    assert excerpts("en tant qu'asiatique j'en ai marre qu'on me dise que je suis discrète", "fr") == []
    assert excerpts("Nous les Roms, on en a assez d'être traités de voleurs.", "fr") == []
    assert excerpts("Moi, musulmane, j'en ai marre des regards.", "fr") == []
    assert excerpts("En tant que juif, ça me dégoûte qu'on me demande de me justifier.", "fr") == []
    assert excerpts("As a Christian I'm tired of Muslims, they are all terrorists.") == [
        "tired of Muslims",
        "they are all terrorists",
    ]
    assert excerpts("As immigrants pour in, our towns are overrun with rats.") == ["immigrants pour in"]
    assert excerpts("Les musulmans, j'en ai marre.", "fr") == ["musulmans, j'en ai marre"]
    assert excerpts("On nous envoie les migrants, j'en ai marre.", "fr") == ["migrants, j'en ai marre"]


def test_a_denied_opinion_a_phrase_of_denial_and_a_denied_degree_deny_the_pair() -> None:
    """(session 17, B) A verb of opinion or saying denied past its subject, auxiliary and emphasis ("never *once*
    thought that", « n'ai jamais *une seule seconde* pensé que »), no link needed right before the pair; a phrase of
    denial in the gap ("in no way", « en rien », « loin d' »), which also denies a praise; "no less"."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("I've never once thought that lesbians are disgusting.") == []
    assert excerpts("I don't for one moment think Muslims are terrorists.") == []
    assert excerpts("None of us believe refugees are parasites.") == []
    assert excerpts("Immigrants are in no way criminals.") == []
    assert excerpts("Women are no less intelligent than men.") == []
    assert excerpts("Les femmes ne sont en rien inférieures aux hommes.", "fr") == []
    assert excerpts("Je n'ai jamais une seule seconde pensé que les Roms étaient des voleurs.", "fr") == []
    assert excerpts("why can't we say that black people are animals anymore?") == ["black people are animals"]
    assert excerpts("Muslims are far from peaceful.") == ["Muslims are far from peaceful"]
    assert excerpts("Les immigrés sont loin d'être intelligents.", "fr") == ["immigrés sont loin d'être intelligents"]


def test_a_mild_trait_among_praise_is_a_portrait_and_a_list_reaches_its_last_quality() -> None:
    """(session 17, B) A ``portrait_traits`` word in a list of qualities that holds praise judges nobody; a list of
    qualities after the copula reaches its last item, which a grave word still is."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("Old people are stubborn, generous and full of stories.") == []
    assert excerpts("Immigrants are kind, generous and a bit loud.") == []
    assert excerpts("Les vieux du club : patients, bavards et adorables.", "fr") == []
    assert excerpts("Muslims are loud, dirty and violent.") == ["Muslims are loud"]
    assert excerpts("Brazilians are loud and never kind.") == ["Brazilians are loud"]
    assert excerpts("Jews are funny, smart and greedy.") == ["Jews are funny, smart and greedy"]
    assert excerpts("Les gitans sont sympathiques, charmants et voleurs.", "fr") == [
        "gitans sont sympathiques, charmants et voleurs"
    ]


def test_an_opinion_named_as_an_act_and_a_lesser_comparison_say_nothing_of_the_group() -> None:
    """(session 17, B) "Imagine thinking X are …", « Penser que les X … » opening the sentence hold the opinion up to be
    judged; "… less often than …" after the pair compares the group favourably."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("Imagine thinking Jews are greedy in 2026. Grow up.") == []
    assert excerpts("Penser que les juifs sont avares en 2026… grandis un peu.", "fr") == []
    assert excerpts("Immigrants live on benefits less often than natives, according to the ONS.") == []
    assert excerpts("I'm thinking Jews are greedy.") == ["Jews are greedy"]
    assert excerpts("Immigrants live on benefits and work less than natives.") == ["Immigrants live on benefits"]


def test_an_aside_of_expectation_is_no_hedge() -> None:
    """(session 17, B, for I) « Évidemment, … », "Of course, …" opening the draft are kept: the aside carries the
    insinuation a list may pair with, where "Honestly, …" is read past."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("Évidemment, le voleur était un roumain", "fr") == ["Évidemment, le voleur était un roumain"]
    assert excerpts("Évidemment, il pleut", "fr") == []
    assert excerpts("Honestly, muslims are vermin.") == ["muslims are vermin"]


def test_a_group_handled_by_others_is_reported_unless_called_for_or_endorsed() -> None:
    """(session 18, B) The group as the object of a verb of handling ("treat", "cage", « parquer », « entasser ») is
    what others do to it: the simile after it is reported. An imperative, a call or a wish before the verb makes it the
    writer's; so does an endorsing phrase closing the sentence or the next one."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("Does anyone care that they're caging migrants like cattle?") == []
    assert excerpts("Ils entassent les migrants comme du bétail dans ce camp, c'est honteux.", "fr") == []
    assert excerpts("Treat immigrants like the animals they are.") == ["immigrants like the animals"]
    assert excerpts("Qu'on entasse les migrants comme du bétail.", "fr") == ["migrants comme du bétail"]
    assert excerpts("They treat immigrants like animals, which is what they are.") == ["immigrants like animals"]
    assert excerpts("Il a dit que les Roms sont des rats. Tant mieux, c'en est.", "fr") == ["Roms sont des rats"]
    assert excerpts("Il a dit que les Roms sont des rats. Je ne suis pas d'accord.", "fr") == []


def test_evidence_denied_before_a_claim_denies_the_claim() -> None:
    """(session 18, B) A noun or verb of evidence after a negation or a denying word ("no evidence that", « rien ne
    prouve que ») denies the claim of its clause; an interjection before it ("No, the data shows …") does not."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("There's no evidence that Roma are thieves.") == []
    assert excerpts("Aucune étude ne montre que les immigrés sont des délinquants.", "fr") == []
    assert excerpts("No, the data shows that immigrants are criminals.") == ["immigrants are criminals"]
    assert excerpts("Tout prouve que les immigrés sont des délinquants.", "fr") == ["immigrés sont des délinquants"]


def test_a_question_condemning_hate_is_no_hate_and_a_question_blaming_the_group_is() -> None:
    """(session 18, B) "Who raised these people to hate X?" asks who brought others to a feeling; « Comment on peut
    encore dire que … ? » condemns a saying (it asks no leave to say it); « Est-ce qu'on peut encore dire que … ? »
    still asks leave; "Who let the X in?" blames the group's coming."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("Who raised these people to hate Muslims like that?") == []
    assert excerpts("Comment on peut encore dire que les juifs contrôlent les banques ?", "fr") == []
    assert excerpts("Est-ce qu'on peut encore dire que les juifs contrôlent les banques ?", "fr") == [
        "juifs contrôlent les banques"
    ]
    assert excerpts("Who let the gypsies in again?") == ["Who let the gypsies"]
    assert excerpts("Who invited the Syrian family to the party? They were lovely.") == []


def test_a_bare_head_opening_the_sentence_names_the_writer() -> None:
    """(session 18, B) A group in a bare head opening its sentence (no determiner, one person), the writer right after
    its colon, comma or full stop, and the predicate after the head: the writer's own feeling. A plural head names
    others; a predicate inside the head is said of the group."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("Femme, noire et musulmane : j'en ai marre qu'on me regarde de travers", "fr") == []
    assert excerpts("Trans et trentenaire : oui, je prends le bus comme tout le monde.", "fr") == []
    assert excerpts("Musulmans, j'en ai marre de vous.", "fr") == ["Musulmans, j'en ai marre"]
    assert excerpts("Immigrant scum, go home. I mean it.") == ["Immigrant scum"]
    assert excerpts("White, Christian and proud. Muslims are a plague.") == ["Muslims are a plague"]


def test_a_lament_for_the_dead_and_an_indignant_question_denounce_what_the_group_undergoes() -> None:
    """(session 18, B) "How many more X have to die …?" counts victims; an indignant frame opening a question or an
    exclamation ("How is it ok …?", « On trouve normal qu'on … ? ») denounces an act done to the group. A count of no
    death, a wish and a question of admission stay flagged."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("How many more Black men have to die in police custody?") == []
    assert excerpts("On trouve normal qu'on crache sur des femmes voilées dans la rue ?", "fr") == []
    assert excerpts("How many immigrants should be deported?") == ["immigrants should be deported"]
    assert excerpts("Qu'on crache sur les femmes voilées !", "fr") == ["crache sur les femmes voilées"]


def test_a_group_named_by_others_is_no_antecedent_of_a_later_pronoun() -> None:
    """(session 18, B) "*Calling* X monkeys? Ban *them*": the sentence names an act of others; the pronoun after it
    stands for those who do it, not for the group."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("Calling Black players monkeys from the stands? Ban them for life.") == []
    assert excerpts("Black players on the pitch again. Ban them for life.") == ["Ban them"]


def test_a_pronoun_or_a_phrase_standing_for_a_group_relays_it() -> None:
    """(session 22, T) A pronoun or a phrase of people that stands for a group is a mention of it in turn: a later
    pronoun, a verdict or a dislocation takes the group up through it; a sentence naming it in others' words, an object
    pronoun of the subject's own person, a verdict that reports, stop it."""
    rule = _packaged("risk.hate")

    def excerpts(text: str, language: str = "en") -> list[str]:
        return [f.excerpt for f in rule.check(draft_for(text, language), CTX)]

    assert excerpts("J'ai vu des migrants à la gare. Ces gens-là, il faut tous les virer.", "fr") == [
        "Ces gens-là, il faut tous les virer"
    ]
    assert excerpts("Ma ville est pleine de Chinois. Ils rachètent nos vignobles. Bande de rapaces.", "fr") == [
        "Ils rachètent nos vignobles. Bande de rapaces"
    ]
    assert excerpts("Women bought these shoes. They are ugly.") == []
    assert excerpts("Black players on the pitch again. Calling them monkeys from the stands? Ban them for life.") == []
    assert excerpts("Des Roms dans ma rue. Traiter ces gens-là de voleurs ? Bannissez-les.", "fr") == []
    assert excerpts("A few Roma moved in next door. Labelling those people thieves is textbook racism.") == []
    assert excerpts("Ma ville est pleine de Roms. Détester ces gens-là, c'est de la bêtise.", "fr") == []
    assert excerpts("Read about immigrants. They treat them like animals at that centre and it's disgusting.") == []
    assert excerpts("Muslims moved in next door. They are animals.") == ["They are animals"]


def test_leak_cashtag_needs_an_unpublished_word() -> None:
    """A $cashtag next to results counts only with a word saying it is not out yet."""
    rule = _packaged("privacy.insider-leak")
    assert [f.excerpt for f in rule.check(draft_for("$ACME results tomorrow look huge", "en"), CTX)] == ["results"]
    assert list(rule.check(draft_for("$ACME results are on our site", "en"), CTX)) == []


_VOCABULARY = [
    "women",
    "are",
    "not",
    "vermin",
    "I",
    "hate",
    "immigrants",
    "should",
    "be",
    "deported",
    "🤫",
    "@rival",
    "is",
    "a",
    "clown",
    "their",
    "CEO",
    "les",
    "femmes",
    "sont",
    "des",
    "parasites",
    "entre",
    "nous",
    "résultats",
    "$ACME",
    ".",
]
_WORDS = st.sampled_from(_VOCABULARY)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=4)), max_size=14), st.sampled_from(["en", "fr"]))
def test_spans_always_hold(words: list[str], language: str) -> None:
    """Whatever the text, every finding's span is the excerpt in the text as submitted."""
    text = " ".join(words) or "x"
    draft = draft_for(text, language)
    for rule_id in ("risk.hate", "risk.disparagement", "privacy.insider-leak"):
        for finding in _packaged(rule_id).check(draft, CTX):
            assert text[finding.offset : finding.offset + finding.length] == finding.excerpt
            assert finding.length > 0


@pytest.mark.parametrize(
    ("text", "language", "also"),
    [("Bande de connards", "fr", ("en",)), ("Thanks all!", "en", ("fr",))],
)
def test_unsure_detection_picks_a_pack_language_and_names_the_other(text: str, language: str, also: tuple[str]) -> None:
    """A short draft: the best-scored of en/fr, marked unsure, the other pack named."""
    choice = choose_language(text, extract_entities(text), "auto")
    assert (choice.language, choice.unsure, choice.also) == (language, True, also)


def test_sure_and_explicit_languages_run_one_pack() -> None:
    """A long clear draft, or a language the caller gives, runs one pack."""
    long = "We are delighted to welcome our new colleagues to the Paris office next week."
    sure = choose_language(long, extract_entities(long), "auto")
    assert (sure.language, sure.unsure, sure.also) == ("en", False, ())
    given_fr = choose_language("Thanks all!", extract_entities("Thanks all!"), "fr")
    assert (given_fr.language, given_fr.unsure, given_fr.also, given_fr.score) == ("fr", False, (), None)


async def test_second_pass_merges_without_duplicates(engine: Engine) -> None:
    """A word both packs list ("asshole" is in the French pack too) is reported once."""
    report = await engine.review("Shut up, asshole", language="auto")
    spans = [(f.rule, f.offset, f.length) for f in report.findings]
    assert len(spans) == len(set(spans))
    assert [f.excerpt for f in report.findings if f.rule == "risk.profanity"] == ["asshole"]


def test_a_missing_list_fails_at_load_with_the_file() -> None:
    """The loader names the rule file when a proximity list is missing."""
    spec = SPECS["risk.hate"]
    broken = replace(spec, params={**spec.params, "targets": {"en": "terms/en/nope.yml"}})
    with pytest.raises(RuleFileError, match=r"hate\.yml.*nope\.yml"):
        build_rule(broken, Deps(rules_root=ROOT), None)


def test_french_conjugation_gives_the_conditional_of_a_wish() -> None:
    """« je les brûlerais bien », « on les virerait », « je les bannirais » are vows like the future
    (``app.text.conjugation_fr.vow_forms``, a list entry's ``conjugate``)."""
    assert {"brûlerais", "brûlerait", "brûlerions"} <= set(vow_forms("brûler"))
    assert {"pendrais", "pendrait"} <= set(vow_forms("pendre"))
    assert {"bannirais", "bannirait"} <= set(vow_forms("bannir"))
    assert vow_forms("exclure") == []


def test_inverted_forms_take_one_adverb_or_quantifier_after_the_verb() -> None:
    """« contrôlent-ils vraiment toutes les banques ? »: the question's words after its inverted verb; a form that is
    the verb alone gets no trailing word (« mentent-elles »)."""
    forms = _inverted_fr(["contrôlent les banques", "mentent"])
    assert "contrôlent-ils vraiment les banques" in forms
    assert "contrôlent-elles toutes les banques" in forms
    assert "contrôlent-ils vraiment toutes les banques" in forms
    assert "contrôlent-ils les banques" in forms
    assert "contrôlent-ils nous les banques" not in forms
    assert sorted(f for f in forms if f.startswith("mentent")) == ["mentent", "mentent-elles", "mentent-ils"]


def test_known_words_read_while_the_model_folder_pointed_elsewhere_do_not_outlive_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The known words are cached per model file: a set read while the default folder pointed at an empty one (a
    test of a missing model) is not what the shipped folder gives afterwards ("immigrant" stays a known word, so
    "No immigrant should be deported" is never split into "im" + "migrant")."""
    from app.text import models

    shipped = known_words("en")
    assert "immigrant" in shipped
    with monkeypatch.context() as patch:
        patch.setattr(models, "models_dir", lambda: tmp_path)
        assert "immigrant" not in known_words("en")  # no model file there: the lexicon's words only
    assert known_words("en") == shipped


def test_an_accented_function_word_stays_apart_from_the_word_it_folds_onto() -> None:
    """(session 13, R) « dès » folds to « des »: the French view keeps the accent written (or gives it back before
    « que », « qu' »), so the subordinator and condition classes never take the article « des »."""
    rule = _packaged("risk.hate")
    assert isinstance(rule, ProximityRule)
    pack = rule.packs["fr"]
    assert "dès" in pack.classes["subordinators"] and "des" not in pack.classes["subordinators"]
    assert "des" not in pack.classes["conditions"]
    for text, kept in (
        ("Dès que les Roms arrivent", True),
        ("des qu'ils arrivent", True),
        ("Les migrants sont arrivés dès l'aube", True),
        ("des migrants et des réfugiés", False),
    ):
        draft = draft_for(text, language="fr")
        view = rule._view(draft, pack)
        assert ("dès" in tokens(view.text, True)) is kept, text
        assert view.span(0, len(view.text)) == (0, len(text))


def test_no_accented_class_word_folds_onto_an_article_unless_the_view_keeps_it() -> None:
    """A class word whose accent-folded spelling is an article, a determiner or a genitive of the same words file
    would match that very frequent word in the folded view (« dès » was every « des »): it must be listed under
    ``accented``, which keeps it apart."""
    for language in ("en", "fr"):
        layout = yaml.safe_load((ROOT / "risk" / "terms" / language / "hate-words.yml").read_text(encoding="utf-8"))
        classes = layout["classes"]
        written = [str(w) for name in ("articles", "determiners", "genitives") for w in classes.get(name, [])]
        frequent = {w.casefold() for w in written if fold_term(w) == w.casefold()}  # written without an accent
        kept = set(layout.get("accented", {}))
        merged = {
            str(word)
            for words in classes.values()
            for word in words
            if fold_term(str(word)) != str(word).casefold() and fold_term(str(word)) in frequent
        }
        assert merged <= kept | _ACCENT_MERGES_KNOWN, (language, sorted(merged - kept - _ACCENT_MERGES_KNOWN))


# (session 13, R) merges left as they were, measured neither way yet: « là » (places, clause tails) folds to the article
# « la », « dû » (modal, after « aurait »/« auraient », which the class already holds) to « du », « lé »/« lè » (a
# spelling of « les » before a group) to « le ». Each should be listed under ``accented`` (or dropped) with its own
# measurement; the test keeps new ones out.
_ACCENT_MERGES_KNOWN = {"là", "dû", "lé", "lè"}


def test_a_verdict_after_naming_no_word_class_is_a_load_error(tmp_path: Path) -> None:
    """(session 15, D) A words file naming the English ``VERDICT_AFTER`` gate (``verdict_heads``) reads a verdict
    after the group's sentence (``_verdict_after_hits``), which names word classes of that file; one the file lacks
    would read as empty, so the build names it."""
    _write(tmp_path, "classes:\n  modal: [should]\n  verdict_heads: [bunch]\n")
    with pytest.raises(ValueError, match=r"no word class 'prepositions' \(named by VERDICT_AFTER\)"):
        _build(tmp_path)


def _denied(text: str, language: str) -> list[str]:
    """The excerpts of risk.hate's findings of a good denied (``app.kinds.generalised``) in ``text``."""
    mark = "denies a whole group" if language == "en" else "refuse à tout un groupe"
    return [f.excerpt for f in _packaged("risk.hate").check(draft_for(text, language), CTX) if mark in f.message]


def test_a_good_denied_to_every_member_is_said_of_the_group() -> None:
    """(session 19, B) A quantifier of none before the group, "ever" and a deed or a contentment after it in any tense
    or order; a virtue the group lacks after "have no", « n'ont aucun », « n'ont pas de » and link words; a good member
    challenged to exist ("Has anyone ever met a X who works?", « jamais vu un X qui ne … pas »)."""
    assert _denied("Not one Eritrean here has ever helped anyone.", "en") == ["Not one Eritrean here has ever helped"]
    assert _denied("Pas une seule Roumaine n'a jamais dit merci.", "fr") == [
        "Pas une seule Roumaine n'a jamais dit merci"
    ]
    assert _denied("Aucun Kosovar n'a jamais été heureux ici.", "fr") == ["Aucun Kosovar n'a jamais été heureux"]
    assert _denied("Somalis have absolutely no manners.", "en") == ["Somalis have absolutely no manners"]
    assert _denied("Les Gitans n'ont pas d'hygiène.", "fr") == ["Gitans n'ont pas d'hygiène"]
    assert _denied("Ever met a Somali who actually works?", "en") == ["Ever met a Somali who actually works"]


def test_a_good_denied_is_no_derogation_when_done_to_them_a_right_denied_or_reported() -> None:
    """(session 19, B) A passive before the deed (done to them), a modal between (a right), the writer's own group, a
    noun that is no virtue, a praise said of every member, a negation or someone else's words before it."""
    for text, language in (
        ("Not one refugee has ever been thanked for the work.", "en"),
        ("No migrant should ever have to thank a smuggler.", "en"),
        ("We Muslims have no shame in praying.", "en"),
        ("Refugees have no access to clean water.", "en"),
        ("I've never met a Kurd who wasn't generous.", "en"),
        ("It's not true that Roma have no manners.", "en"),
        ("Arrêtez de dire que les Roms n'ont aucune hygiène.", "fr"),
        ("Aucune réfugiée n'a jamais été payée pour ce travail.", "fr"),
        ("Les migrants n'ont aucun accès aux soins.", "fr"),
    ):
        assert _denied(text, language) == [], text


def test_a_good_member_challenged_by_a_praise_beside_the_group() -> None:
    """(session 19, B) "ever"/« jamais » (« déjà » in a question only), a verb of meeting, a member, then a praise right
    before the group (English) or right after it (French): nobody will find one."""
    assert _denied("Has anyone here ever met a hardworking Romanian?", "en") == ["ever met a hardworking Romanian"]
    assert _denied("T'as déjà vu un Albanais poli ?", "fr") == ["déjà vu un Albanais poli"]
    assert _denied("J'ai jamais croisé un Gitan qui bosse.", "fr") == ["jamais croisé un Gitan qui bosse"]
    assert _denied("J'ai déjà rencontré un Kurde gentil.", "fr") == []
    assert _denied("Have you ever met a Somali? They are lovely.", "en") == []


def _hate(text: str, language: str) -> list[str]:
    """The excerpts of risk.hate's findings in ``text``."""
    return [f.excerpt for f in _packaged("risk.hate").check(draft_for(text, language), CTX)]


def test_a_closing_word_that_must_end_its_clause() -> None:
    """(session 25, T) ``final`` with ``closed_by``: the closing word ends the pair, a comma or a mark after it — "No X
    *tenants*." is a sign refusing the group a role of ordinary life, "No X tenants have complained" a report."""
    assert _hate("No Somali tenants, ever.", "en") == ["No Somali"]
    assert _hate("No Roma tenants. Learned my lesson.", "en") == ["No Roma"]
    for text in (
        "No Muslim tenants have complained about the heating.",
        "No Roma tenants were evicted this year.",
        "No women candidates made the shortlist this year.",
        "There are no Black tenants in the building.",
    ):
        assert _hate(text, "en") == [], text


def test_a_predicate_word_that_counts_as_its_cue_in_a_question_only() -> None:
    """(session 25, T) A ``<cue>_asked_own`` class: the predicate's own word counts as the required cue when its
    sentence is a question — « Un X honnête, ça existe ? » doubts every member, « Un X honnête, ça existe. » asserts."""
    assert _hate("Un Algérien poli, ça existe ?", "fr") == ["Algérien poli, ça existe"]
    assert _hate("Des Roms honnêtes, ça existe vraiment ?", "fr") == ["Roms honnêtes, ça existe vraiment"]
    assert _hate("Un Rom honnête, ça existe.", "fr") == []
    assert _hate("Une voiture fiable, ça existe ?", "fr") == []


def test_a_sentence_opens_after_an_emoji_or_a_line_break_before_a_capital() -> None:
    """(K, session 35) ``soft_ends``: an emoji or a line break before a word that opens with a capital ends a sentence
    no mark ends; not before a small letter, nor before a word in capitals."""
    text = "On a gagné le contrat 🤫 Leur DG ? Une incapable."
    assert soft_ends(draft_for(text, "fr")) == (text.index("🤫"),)
    text = "We won the contract\nTheir CEO? A clown."
    assert soft_ends(draft_for(text, "en")) == (text.index("\n"),)
    assert soft_ends(draft_for("Les immigrés 🤮 des rats", "fr")) == ()
    assert soft_ends(draft_for("MUSLIMS 🤮 RATS", "en")) == ()
    assert soft_ends(draft_for("Plain ASCII text. Nothing else", "en")) == ()


@pytest.mark.parametrize(
    ("text", "language", "excerpt"),
    [
        ("On a gagné le contrat hier 🤫 Leur DG ? Une incapable.", "fr", "DG ? Une incapable"),
        ("We won the big contract last night 🎉 Their CEO? A clown.", "en", "CEO? A clown"),
    ],
)
async def test_the_head_after_an_emoji_is_read_from_its_own_sentence(
    engine: Engine, text: str, language: str, excerpt: str
) -> None:
    """(K, session 35) 0100da8's role answered after "?" counted the words of the sentence before the emoji into its
    head (at most six words) and missed; the head now opens after the emoji."""
    report = await engine.review(text, language=language)
    assert [(f.rule, f.excerpt) for f in report.findings if f.family is Family.RISK] == [
        ("risk.disparagement", excerpt)
    ]


# (N, session 45) the groups, peoples and pronouns the property tests below combine: any listed group of people, any
# pronoun or phrase standing for it, any people's word of ``denied_belonging_peoples``
_GROUPS_EN = ["Somalis", "Kurds", "Tamils", "Sikhs", "Roma", "Nigerians", "refugees", "immigrants", "Hindus"]
_GROUPS_FR = ["Kurdes", "Tamouls", "Roms", "Somaliens", "réfugiés", "migrants", "Comoriens"]
_STANDING_EN = ["They", "Those people", "These people"]
_STANDING_FR = ["Ils", "Eux", "Ces gens-là"]


def _hated(text: str, language: str) -> list[str]:
    """The excerpts of every risk.hate finding in ``text`` (a pair of the lists may read it before a shape does)."""
    return [f.excerpt for f in _packaged("risk.hate").check(draft_for(text, language), CTX)]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_GROUPS_EN), st.sampled_from(_STANDING_EN), st.sampled_from(["respect", "dignity", "integrity"]))
def test_a_pronoun_standing_for_a_group_named_before_lacks_what_the_group_lacks(
    group: str, pronoun: str, virtue: str
) -> None:
    """(N, session 45) A pronoun or phrase in the sentence after a group's stands for it (by number and distance, as
    the pairs resolve it): a virtue it lacks is lacked by the group; someone else named in its stead, or other people
    named between (a rival antecedent), and it is not."""
    assert _hated(f"{group} moved in next door. {pronoun} have no {virtue}.", "en") == [f"{pronoun} have no {virtue}"]
    assert _hated(f"{group} moved in next door. My landlord has no {virtue}.", "en") == []
    assert _hated(f"{group} were robbed by the smugglers. {pronoun} have no {virtue}.", "en") == []


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_GROUPS_FR), st.sampled_from(_STANDING_FR), st.sampled_from(["hygiène", "dignité", "politesse"]))
def test_a_french_pronoun_standing_for_a_group_named_before_lacks_what_the_group_lacks(
    group: str, pronoun: str, virtue: str
) -> None:
    """(N, session 45) « Des X ont emménagé en face. Ils / Eux / Ces gens-là n'ont aucune … »: the group's; « Mon
    proprio n'a aucune … » and a rival people between (« … par les passeurs. Ils … ») are not."""
    assert _hated(f"Des {group} ont emménagé en face. {pronoun} n'ont aucune {virtue}.", "fr") == [
        f"{pronoun} n'ont aucune {virtue}"
    ]
    assert _hated(f"Des {group} ont emménagé en face. Mon proprio n'a aucune {virtue}.", "fr") == []
    assert _hated(f"Des {group} ont été volés par les passeurs. {pronoun} n'ont aucune {virtue}.", "fr") == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_GROUPS_EN),
    st.sampled_from(["Not one of them", "None of them", "Not a single one of them"]),
    st.sampled_from(["said thank you", "helped", "contributed"]),
)
def test_a_quantifier_of_a_pronoun_denies_the_group_a_good(group: str, quantifier: str, good: str) -> None:
    """(N, session 45) "of" before a pronoun standing for the group is a quantifier of it: "X moved in. *Not one of
    them* has ever said thank you"; what is done to them ("… has ever been paid") is not."""
    found = _hated(f"{group} moved in next door. {quantifier} has ever {good}.", "en")
    assert len(found) == 1 and found[0].endswith(f"has ever {good}"), found  # a pair of "them" may read it first
    assert _hated(f"{group} moved in next door. {quantifier} has ever been paid on time.", "en") == []


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_GROUPS_EN),
    st.sampled_from(["British", "European", "Americans", "Christians", "Canadian"]),
    st.sampled_from(["will never be", "aren't real", "are not really", "were never"]),
)
def test_a_people_denied_to_a_group(group: str, people: str, copula: str) -> None:
    """(N, session 45) A negated copula with a word of realness, or a copula of never, then a people's word: a people
    denied to every member ("X aren't real Y", "X will never be Y"); not said of the writer's own ("We X …"), not
    after a negation, and a plain "X are not Y" or "X will never be forgotten" denies nothing."""
    said = f"{group} {copula} {people}"
    assert _hated(f"{said}.", "en") == [said]
    # the reading adds nothing to these (the negated praise of the lists reads some English peoples' words already:
    # "Roma are not British" was a warning before this reading)
    for text in (f"We {said}.", f"It's not true that {said}.", f"{group} are not {people}."):
        assert _denied(text, "en") == [], text
    assert _hated(f"{group} will never be forgotten.", "en") == []


@settings(max_examples=30, deadline=None)
@given(
    st.sampled_from(_GROUPS_FR),
    st.sampled_from(["français", "suisses", "belges", "européens", "québécois"]),
    st.sampled_from(["ne seront jamais", "ne sont pas de vrais", "sont pas vraiment", "ne deviendront jamais des"]),
)
def test_a_people_denied_to_a_group_in_french(group: str, people: str, copula: str) -> None:
    """(N, session 45) « les X ne seront jamais Y », « … ne sont pas de vrais Y »; pas « nous, les X … », ni « les X
    ne sont pas Y », ni « les X ne seront jamais oubliés »."""
    said = f"{group} {copula} {people}"
    assert _hated(f"Les {said}.", "fr") == [said]
    assert _denied(f"Les {group} ne sont pas {people}.", "fr") == []  # (read before by the negated praise of the lists)
    assert _hated(f"Les {group} ne seront jamais oubliés.", "fr") == []


# (D, session 46) the nouns of the likeness to vermin, livestock or filth said after any verb phrase of the group's own
_LIKENESSES_EN = ["like pigeons", "like stray dogs", "like battery hens", "like cattle", "like fleas", "like sewage"]
_LIKENESSES_FR = ["comme des rats", "comme des pigeons", "comme du bétail", "comme des cafards", "comme des poux"]
# "Roma" before most verbs is not read as the group's subject (it may be the city): a known gap, not this reading's
_SUBJECTS_EN = [group for group in _GROUPS_EN if group != "Roma"]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_SUBJECTS_EN),
    st.sampled_from(_LIKENESSES_EN),
    st.sampled_from(["sit on the pavement", "hang around the shops", "sleep ten to a room", "beg on the high street"]),
)
def test_a_likeness_to_vermin_after_any_verb_phrase_of_the_group(group: str, likeness: str, deed: str) -> None:
    """(D, session 46) A likeness to vermin or livestock after an ordinary verb phrase of the group's own says the
    group are beasts, whatever the act ("X sit on the pavement like pigeons"); beside a word of suffering or pity
    (``sufferings``, read in the whole draft) it is pity or a report, and what is done to the group ("X are kept …")
    is no likeness said of it."""
    said = f"{group} {deed} {likeness}"
    assert _hated(f"{said}.", "en") == [said]
    assert _hated(f"{said}, and nobody cares.", "en") == []
    assert _hated(f"{group} die in the camps {likeness}.", "en") == []
    assert _hated(f"{group} are kept in camps {likeness}.", "en") == []


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_GROUPS_FR),
    st.sampled_from(_LIKENESSES_FR),
    st.sampled_from(["traînent devant le magasin", "dorment à dix par chambre", "campent sur le parking"]),
)
def test_a_french_likeness_to_vermin_after_any_verb_phrase_of_the_group(group: str, likeness: str, deed: str) -> None:
    """(D, session 46) « les X traînent devant le magasin comme des pigeons » ; pas à côté d'un mot de souffrance ou
    de pitié (« … c'est une honte », « meurent »), ni ce qu'on fait subir au groupe (« sont parqués … »)."""
    said = f"{group} {deed} {likeness}"
    assert _hated(f"Les {said}.", "fr") == [said]
    assert _hated(f"Les {said}, c'est une honte.", "fr") == []
    assert _hated(f"Les {group} meurent dans les camps {likeness}.", "fr") == []
    assert _hated(f"Les {group} sont parqués dans des camps {likeness}.", "fr") == []

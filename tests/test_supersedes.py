"""A rule's finding replaces another rule's on a span it holds (``supersedes`` in a rule file): one thing said, one
finding. Unit and property tests of ``app.engine.drop_superseded``, the loader's checks, and the packaged rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import Family, Finding, Severity
from app.engine import Engine, drop_reread, drop_superseded
from app.loader import RuleFileError
from app.settings import Settings

TEXT = "You idiot, read the thread."
BY = {"risk.profanity": frozenset({"risk.insults"}), "risk.offensive": frozenset({"risk.insults"})}


def _finding(rule: str, offset: int, length: int, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(rule, Family.RISK, severity, "m", offset, length, TEXT[offset : offset + length])


def test_a_finding_held_by_its_superseding_rule_goes() -> None:
    insult = _finding("risk.insults", 0, 9)
    kept = drop_superseded([_finding("risk.profanity", 4, 5), insult, _finding("risk.offensive", 0, 9)], BY)
    assert kept == [insult]


@pytest.mark.parametrize(
    "other",
    [
        _finding("risk.profanity", 4, 5, Severity.ERROR),  # more severe than the insult: kept
        _finding("risk.profanity", 4, 12),  # reaches past the insult's span: kept
        _finding("risk.slurs", 4, 5),  # a rule the insult does not supersede: kept
    ],
)
def test_a_finding_not_held_stays(other: Finding) -> None:
    insult = _finding("risk.insults", 0, 9)
    assert drop_superseded([other, insult], BY) == [other, insult]


_RULES = ["risk.insults", "risk.profanity", "risk.offensive", "risk.slurs"]
_SEVERITIES = list(Severity)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_RULES), st.integers(0, 20), st.integers(0, 7), st.sampled_from(_SEVERITIES)).map(
            lambda t: Finding(t[0], Family.RISK, t[3], "m", t[1], t[2], "x" * t[2])
        ),
        max_size=8,
    )
)
def test_dropping_never_lowers_the_verdict_and_keeps_order(findings: list[Finding]) -> None:
    """What goes is held by a finding at least as severe, of a rule that supersedes it or of its own rule (H, session
    22: a rule's own findings nest), or (H, session 23) said on the same words more severely by a rule it supersedes:
    the family's highest severity, so the verdict, stays."""
    kept = drop_superseded(findings, BY)
    kept_ids = {id(f) for f in kept}
    assert [f for f in findings if id(f) in kept_ids] == kept
    top = max((f.severity.rank for f in findings), default=-1)
    assert max((f.severity.rank for f in kept), default=-1) == top
    for gone in (f for f in findings if id(f) not in kept_ids):
        assert any(
            g is not gone
            and (g.rule in BY.get(gone.rule, frozenset()) or g.rule == gone.rule)
            and g.offset <= gone.offset
            and gone.offset + gone.length <= g.offset + g.length
            and g.severity.rank >= gone.severity.rank
            for g in findings
        ) or any(
            gone.rule in BY.get(g.rule, frozenset())
            and (g.offset, g.length) == (gone.offset, gone.length)
            and g.severity.rank > gone.severity.rank
            for g in findings
        )


async def test_one_insult_is_one_risk_finding(engine: Engine) -> None:
    """ "You idiot" was risk.insults' warning and risk.profanity's on "idiot" (session 21, H's English insults)."""
    report = await engine.review(TEXT, language="en")
    risk = [(f.rule, f.excerpt) for f in report.findings if f.family is Family.RISK]
    assert risk == [("risk.insults", "You idiot")]
    assert report.verdict.value == "review"


RULE = """kind: hashtags
severity: warning
summary: {en: x, fr: x}
message: {en: "too many", fr: "trop"}
"""


@pytest.mark.parametrize(
    ("supersedes", "reason"),
    [
        ("[etiquette.nope]", "supersedes.0: no rule 'etiquette.nope'"),
        ("[etiquette.house, etiquette.own]", "supersedes.1: a rule cannot supersede itself"),
    ],
)
def test_a_bad_supersedes_fails_at_load_naming_file_and_key(tmp_path: Path, supersedes: str, reason: str) -> None:
    for rel, body in (
        ("etiquette/own.yml", RULE + f"supersedes: {supersedes}\n"),
        ("etiquette/house.yml", RULE),
        ("risk/other.yml", RULE),
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(body, encoding="utf-8")
    with pytest.raises(RuleFileError) as err:
        Engine.create(Settings(offline=True, rules_dir=tmp_path))
    assert str(tmp_path / "etiquette" / "own.yml") in str(err.value)
    assert reason in str(err.value), str(err.value)


def test_a_rule_may_supersede_a_rule_of_another_family(tmp_path: Path) -> None:
    """(H, session 22) a rule of another family loads (risk.insults supersedes tone.negative on the insult's words)."""
    for rel, body in (
        ("etiquette/own.yml", RULE + "supersedes: [risk.other]\n"),
        ("risk/other.yml", RULE),
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(body, encoding="utf-8")
    engine = Engine.create(Settings(offline=True, rules_dir=tmp_path))
    assert engine.specs["etiquette.own"].meta.supersedes == ("risk.other",)
    by = {"tone.negative": frozenset({"risk.insults"})}
    tone = Finding("tone.negative", Family.TONE, Severity.WARNING, "m", 4, 5, "idiot")
    insult = _finding("risk.insults", 0, 9)
    assert drop_superseded([insult, tone], by) == [insult]


def test_the_same_words_said_more_severely_keep_the_more_severe() -> None:
    """(H, session 23) « @lucas t'es vraiment une merde »: risk.disparagement supersedes risk.profanity, but on the same
    words risk.profanity's error (an expletive that names a person) is the more severe reading: it is kept, alone."""
    by = {"risk.profanity": frozenset({"risk.disparagement"})}
    mild = Finding("risk.disparagement", Family.RISK, Severity.WARNING, "m", 0, 9, "x" * 9)
    severe = Finding("risk.profanity", Family.RISK, Severity.ERROR, "m", 0, 9, "x" * 9)
    assert drop_superseded([mild, severe], by) == [severe]
    tone = Finding("tone.negative", Family.TONE, Severity.WARNING, "m", 0, 9, "x" * 9)
    info = Finding("risk.profanity", Family.RISK, Severity.INFO, "m", 0, 9, "x" * 9)
    # across turns never: the risk turn keeps its finding
    assert drop_superseded([info, tone], {"tone.negative": frozenset({"risk.profanity"})}) == [info, tone]


def test_two_rules_that_supersede_each_other_keep_one_of_twins() -> None:
    """(K, session 35) risk.profanity and risk.disparagement supersede each other: on the same words (the @mention at
    an edge aside) one of them stays — the more severe, else the first — never neither."""
    by = {"risk.profanity": frozenset({"risk.disparagement"}), "risk.disparagement": frozenset({"risk.profanity"})}
    text = "@dave you are such a moron"
    mentions = [(0, 5)]
    to_dave = Finding("risk.disparagement", Family.RISK, Severity.WARNING, "m", 0, 26, text)
    insult = Finding("risk.profanity", Family.RISK, Severity.WARNING, "m", 6, 20, text[6:])
    assert drop_superseded([to_dave, insult], by, mentions) == [to_dave]
    assert drop_superseded([insult, to_dave], by, mentions) == [insult]
    severe = Finding("risk.profanity", Family.RISK, Severity.ERROR, "m", 6, 20, text[6:])
    assert drop_superseded([to_dave, severe], by, mentions) == [severe]
    # a phrase that holds the other's words, not twins: the wider one stays
    inside = Finding("risk.disparagement", Family.RISK, Severity.WARNING, "m", 21, 5, "moron")
    assert drop_superseded([insult, inside], by, mentions) == [insult]


async def test_an_insult_that_names_a_person_is_one_risk_finding(engine: Engine) -> None:
    """(H, session 23) "you are a moron", « tu es un crétin », « @lucas t'es vraiment une merde » are one insult each:
    risk.profanity's finding on the whole phrase, not also tone.aggression's or risk.disparagement's (tone.negative
    still names the word in the tone turn: rules/README.md)."""
    for text, language, excerpt in [
        ("you are a moron", "en", "you are a moron"),
        ("tu es un crétin", "fr", "tu es un crétin"),
        ("@lucas t'es vraiment une merde", "fr", "t'es vraiment une merde"),
        # (K, session 35) an adverb and an adjective between the copula and the insult, an @mention closing the phrase
        ("Tu es vraiment un gros con @voisin", "fr", "Tu es vraiment un gros con"),
        ("You are really a total moron @neighbour", "en", "You are really a total moron"),
        ("T'es vraiment un gros crétin @voisin", "fr", "T'es vraiment un gros crétin"),
    ]:
        report = await engine.review(text, language=language)
        said = [(f.rule, f.excerpt) for f in report.findings if f.family is Family.RISK or f.rule == "tone.aggression"]
        assert said == [("risk.profanity", excerpt)], text


def test_rules_reading_the_same_predicate_lists_are_found_from_the_rule_files(engine: Engine) -> None:
    """(C, session 52) risk.disparagement supersedes tone.contempt and reads the same lists of contempt: the one pair of
    the packaged rules whose findings read one phrase twice where they overlap (``_rereading``)."""
    assert engine._rereading == {"tone.contempt": frozenset({"risk.disparagement"})}


def test_a_finding_read_again_by_a_superseding_rule_goes_where_they_overlap() -> None:
    """(C, session 52) "my boss @dave is a spineless worm": tone.contempt's 'my boss @dave is a spineless' and
    risk.disparagement's '@dave is a spineless' pair one phrase with two targets; neither holds the other whole."""
    text = "my boss @dave is a spineless worm"
    by = {"tone.contempt": frozenset({"risk.disparagement"})}
    contempt = Finding("tone.contempt", Family.TONE, Severity.WARNING, "m", 0, 28, text[:28])
    to_dave = Finding("risk.disparagement", Family.RISK, Severity.WARNING, "m", 8, 20, text[8:28])
    assert drop_superseded([contempt, to_dave], {"tone.contempt": frozenset({"risk.disparagement"})}) == [
        contempt,
        to_dave,
    ]
    assert drop_reread([contempt, to_dave], by, [(8, 13)]) == [to_dave]
    assert drop_reread([to_dave, contempt], by) == [to_dave]
    # apart, less severe, or of a rule that reads other lists: kept
    apart = Finding("risk.disparagement", Family.RISK, Severity.WARNING, "m", 29, 4, text[29:])
    assert drop_reread([contempt, apart], by) == [contempt, apart]
    info = Finding("risk.disparagement", Family.RISK, Severity.INFO, "m", 8, 20, text[8:28])
    assert drop_reread([contempt, info], by) == [contempt, info]
    other = Finding("tone.negative", Family.TONE, Severity.WARNING, "m", 19, 9, text[19:28])
    assert drop_reread([other, to_dave], by) == [other, to_dave]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["tone.contempt", "risk.disparagement", "tone.negative"]),
            st.integers(0, 20),
            st.integers(1, 7),
            st.sampled_from(_SEVERITIES),
        ),
        max_size=8,
    )
)
def test_dropping_a_reread_finding_keeps_one_at_least_as_severe(found: list[tuple[str, int, int, Severity]]) -> None:
    """What goes overlaps a kept finding of a rule that reads it again, at least as severe: the verdict stays."""
    by = {"tone.contempt": frozenset({"risk.disparagement"})}
    findings = [
        Finding(rule, Family.TONE if rule.startswith("tone") else Family.RISK, severity, "m", at, n, "x" * n)
        for rule, at, n, severity in found
    ]
    kept = drop_reread(findings, by)
    assert [f for f in findings if f in kept] == kept
    for f in findings:
        if f not in kept:
            assert any(
                g.rule == "risk.disparagement"
                and g.severity.rank >= f.severity.rank
                and g.offset < f.offset + f.length
                and f.offset < g.offset + g.length
                for g in kept
            )


async def test_one_phrase_of_contempt_is_one_finding(engine: Engine) -> None:
    """(C, session 52) One's own boss named by an @mention: risk.disparagement's finding to @dave, not also
    tone.contempt's of "my boss"; with no one else named, tone.contempt's alone."""
    for text in (
        "my boss @dave is a spineless worm",
        "My manager is a clown @bob",
        "my landlord @acme is the greediest rat",
    ):
        report = await engine.review(text, language="en")
        rules = [f.rule for f in report.findings if f.rule in ("tone.contempt", "risk.disparagement")]
        assert rules == ["risk.disparagement"], text
    report = await engine.review("my boss is a spineless worm", language="en")
    assert [f.rule for f in report.findings if f.rule in ("tone.contempt", "risk.disparagement")] == ["tone.contempt"]

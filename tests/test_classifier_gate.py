"""The classifier kind's require gate (``only_when``) and its draft-level defer (``defer_to_findings``), session 26.

Built on the shipped ``hate`` task with a band every draft reaches, so that only the gates decide: a draft naming no
group of the lists gets no finding and the model does not run on it; a group adjective before a noun that is no
people names no group; the group words are never the spans; a warning of a rule deferred to silences the rule,
which runs after the others."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain import Family, Finding, Severity
from app.kinds.base import CheckContext, Deps, RuleMeta
from app.kinds.classifier import ClassifierKind, ClassifierParams, ClassifierRule
from app.loader import packaged_rules_dir
from app.policy import Policy
from app.testing import draft_for

ROOT = packaged_rules_dir()
CTX = CheckContext(policy=Policy())


def _rule(**extra: Any) -> ClassifierRule:
    """A classifier rule on the shipped hate model, a band at 0.001 (every draft reaches it), gated by the groups."""
    params = ClassifierParams.model_validate(
        {
            "task": "hate",
            "bands": {"en": {"warning": 0.001}, "fr": {"warning": 0.001}},
            "only_when": {"en": "terms/en/groups.yml", "fr": "terms/fr/groups.yml"},
            "defer_to_reported": ["risk.hate"],
            "adjective_alone": {"en": ["and", "since", "is"]},
            "min_drop": 0.0,
            **extra,
        }
    )
    meta = RuleMeta(
        id="risk.gate-test",
        family=Family.RISK,
        severity=Severity.WARNING,
        languages=frozenset({"en", "fr"}),
        summary={"en": "gate test"},
        messages={
            "default": {"en": "{target}: {probability} '{excerpt}'", "fr": "{target} : {probability} « {excerpt} »"}
        },
        kind="classifier",
        source=ROOT / "risk" / "gate-test.yml",
    )
    rule = ClassifierKind().build(meta, params, Deps(rules_root=ROOT))
    assert isinstance(rule, ClassifierRule)
    return rule


@pytest.fixture(scope="module")
def rule() -> ClassifierRule:
    return _rule()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Those people next door should leave and never come back", "en"),  # no group named: nothing, whatever P
        ("The Turkish coffee here is vile and should be banned", "en"),  # an adjective before a noun of things
        ("Ces gens-là devraient partir et ne jamais revenir", "fr"),
    ],
)
def test_no_group_named_no_finding_and_no_model_run(rule: ClassifierRule, text: str, language: str) -> None:
    draft = draft_for(text, language)
    assert list(rule.check(draft, CTX)) == []
    assert not [key for key in draft.scratch if key.startswith("model:")]  # the model never ran on it


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        ("Muslims should leave and never come back", "en", "Muslims"),
        ("Turkish people should leave and never come back", "en", "Turkish"),  # the adjective before a noun of people
        ("I'm Turkish and proud", "en", "Turkish"),  # the adjective alone (adjective_alone)
        ("Les musulmans devraient partir et ne jamais revenir", "fr", "musulmans"),
    ],
)
def test_a_group_named_opens_the_gate_and_is_never_the_span(
    rule: ClassifierRule, text: str, language: str, group: str
) -> None:
    findings = list(rule.check(draft_for(text, language), CTX))
    assert findings, text
    start = text.index(group)
    for finding in findings:
        assert finding.offset + finding.length <= start or finding.offset >= start + len(group)
        assert finding.message.startswith(group)  # {target}: the group the draft names
        assert finding.severity is Severity.WARNING


def test_a_language_without_only_when_is_not_checked() -> None:
    rule = _rule(only_when={"en": "terms/en/groups.yml"})
    assert list(rule.check(draft_for("Les musulmans devraient partir", "fr"), CTX)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Saying women are trash is disgusting",
        # (T, session 36) a label named after a relative (hate-words.yml naming_openers)
        "People who call gay men 'disgusting perverts' need to grow up.",
        "Those who call trans women 'sick freaks' should be ashamed of themselves.",
    ],
)
def test_counter_speech_is_left_alone(rule: ClassifierRule, text: str) -> None:
    assert list(rule.check(draft_for(text, "en"), CTX)) == []


def _finding(rule: str, severity: Severity) -> Finding:
    return Finding(rule=rule, family=Family.RISK, severity=severity, message="m", offset=0, length=7, excerpt="Muslims")


def test_defer_to_findings_runs_after_the_others_and_defers_to_their_warnings() -> None:
    rule = _rule(defer_to_findings=["risk.hate"])
    assert rule.after_others and not _rule().after_others
    draft = "Muslims should leave and never come back"
    said = CheckContext(policy=Policy(), findings=(_finding("risk.hate", Severity.WARNING),))
    assert list(rule.check(draft_for(draft), said)) == []
    # an info of that rule, or a warning of another, says nothing of it: the model's finding stands
    for other in (_finding("risk.hate", Severity.INFO), _finding("risk.profanity", Severity.WARNING)):
        assert list(rule.check(draft_for(draft), CheckContext(policy=Policy(), findings=(other,))))


def test_group_hate_is_a_task_a_rule_may_name() -> None:
    assert ClassifierParams.model_validate({"task": "group_hate", "bands": {}}).task == "group_hate"
    with pytest.raises(ValueError, match="unknown task"):
        ClassifierParams.model_validate({"task": "group-hate", "bands": {}})


def test_function_words_are_no_drivers() -> None:
    """``not_drivers``: « Les juifs sont nos amis » reads as hateful to the group-hate model only through the group
    word and « nos » (« amis » lowers it): without « nos » as a driver there is nothing left to stand on. (M, session
    49: the refit with half the work sets' benign drafts reads « … nos voisins », the draft before, through the group
    word alone.)"""
    text = "Les juifs sont nos amis"
    shaped = _rule(task="group_hate", min_drop=0.02)
    assert [f.excerpt for f in shaped.check(draft_for(text, "fr"), CTX)] == ["nos"]
    plain = _rule(task="group_hate", min_drop=0.02, not_drivers={"fr": ["nos", "les", "sont"]})
    assert list(plain.check(draft_for(text, "fr"), CTX)) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [("Nigerians should all just get a day off", "en"), ("Les gays devraient simplement profiter du défilé", "fr")],
)
def test_masked_at_reads_the_draft_again_without_the_group_words(text: str, language: str) -> None:
    """``masked_at`` (session 27): the model reads the draft again with the group words masked (unseen words of the
    same length); below the floor the group's name, not what is said of it, raised the first reading."""
    draft = draft_for(text, language)
    rule = _rule(task="group_hate", min_drop=0.02)
    model = rule.models[language]
    required = tuple(sorted(rule._group_mentions(draft, CTX, rule.requires)))
    masked = model.probability(text, masked=required)
    assert required and masked < model.probability(text)
    assert list(rule.check(draft, CTX))  # read once: a finding
    assert list(_rule(task="group_hate", min_drop=0.02, masked_at={language: masked}).check(draft, CTX))
    assert list(_rule(task="group_hate", min_drop=0.02, masked_at={language: masked + 0.01}).check(draft, CTX)) == []
    other = "fr" if language == "en" else "en"  # a language without an entry is read once
    assert list(_rule(task="group_hate", min_drop=0.02, masked_at={other: 1.0}).check(draft, CTX))


@pytest.mark.parametrize(
    ("text", "language"),
    [("Nigerians should all just get a day off?", "en"), ("Les gays devraient-ils profiter du défilé ?", "fr")],
)
def test_questions_once_reads_a_question_once(text: str, language: str) -> None:
    """``questions_once`` (session 28): a draft asking a question is judged on its first reading alone, ``masked_at``
    set above its masked reading or not; a statement is still read twice."""
    draft = draft_for(text, language)
    rule = _rule(task="group_hate", min_drop=0.02)
    required = tuple(sorted(rule._group_mentions(draft, CTX, rule.requires)))
    floor = {language: rule.models[language].probability(text, masked=required) + 0.01}
    assert list(rule.check(draft, CTX))
    assert list(_rule(task="group_hate", min_drop=0.02, masked_at=floor).check(draft, CTX)) == []
    assert list(_rule(task="group_hate", min_drop=0.02, masked_at=floor, questions_once=True).check(draft, CTX))
    statement = text.replace("?", "").rstrip()
    masked = rule.models[language].probability(statement, masked=required)
    once = _rule(task="group_hate", min_drop=0.02, masked_at={language: masked + 0.01}, questions_once=True)
    assert list(once.check(draft_for(statement, language), CTX)) == []


@pytest.mark.parametrize(
    ("text", "language", "weak", "said"),
    [
        # (session 38) the refit with the French writer's training posts reads « fourbes » above « tous » already
        ("Les Roms sont tous bêtes", "fr", "tous", "bêtes"),
        # (M, session 47) the refit with rounds 37-47's outsider sets reads "Muslims are taking over every council" with
        # no word but "every" lowering P by min_drop ("over" no longer does): another draft of the same shape; (M,
        # session 49) the refit with half the work sets' benign drafts reads "town" above "ruin": what is said
        ("Immigrants ruin every town they move to", "en", "every", "town"),
    ],
)
def test_weak_drivers_give_way_to_what_is_said(text: str, language: str, weak: str, said: str) -> None:
    """``weak_drivers`` (session 27): a quantifier drives the group-hate model's reading most, but the finding stands
    on the word that says something of the group; a weak word stays the span only where no other word lowers P."""
    plain = _rule(task="group_hate", min_drop=0.02, max_findings=1)
    assert [f.excerpt for f in plain.check(draft_for(text, language), CTX)] == [weak]
    ruled = _rule(task="group_hate", min_drop=0.02, max_findings=1, weak_drivers={language: [weak]})
    assert [f.excerpt for f in ruled.check(draft_for(text, language), CTX)] == [said]
    # where no other word lowers P (« menteurs » raises it here), « tous » stays the span
    alone = _rule(task="group_hate", min_drop=0.02, max_findings=1, weak_drivers={"fr": ["tous"]})
    assert [f.excerpt for f in alone.check(draft_for("Les Kurdes sont tous des menteurs", "fr"), CTX)] == ["tous"]

"""The engine: seven turns in order, verdicts, policy toggles, acknowledgements, isolation, bad rule files."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from app.domain import FAMILY_ORDER, Draft, EntitySpan, Family, Finding, Severity, TurnStatus, Verdict
from app.engine import Engine, InputError
from app.kinds import KINDS
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta
from app.loader import RuleFileError, load_specs
from app.policy import PolicyError, parse_policy
from app.settings import Settings

LONG = "Bonjour à toutes et à tous. " * 12


async def test_report_has_seven_turns_in_order(engine: Engine) -> None:
    report = await engine.review("Nous sommes ravis de vous accueillir 🎉 @marie #événement https://exemple.fr/a")
    assert [t.family for t in report.turns] == list(FAMILY_ORDER)
    assert report.language == "fr"
    assert report.entities.mentions == (EntitySpan("marie", 39, 6),)


async def test_offline_grammar_is_skipped_and_unavailable(engine: Engine) -> None:
    report = await engine.review("Our new product is live")
    grammar = next(t for t in report.turns if t.family is Family.GRAMMAR)
    assert grammar.status is TurnStatus.SKIPPED
    assert "grammar" in report.unavailable


async def test_over_limit_blocks_with_overflow_span_and_thread(engine: Engine) -> None:
    report = await engine.review(LONG, language="fr")
    over = [f for f in report.findings if f.rule == "length.over-limit"]
    assert len(over) == 1 and over[0].severity is Severity.ERROR
    assert over[0].offset == 280 and over[0].offset + over[0].length == len(LONG)
    assert report.verdict is Verdict.BLOCKED
    assert report.length.valid is False and len(report.length.thread) >= 2
    assert next(t for t in report.turns if t.family is Family.LENGTH).status is TurnStatus.FAIL


async def test_policy_limit_for_paid_accounts(engine: Engine) -> None:
    report = await engine.review(LONG, language="fr", overrides={"limit": 4000})
    assert report.length.limit == 4000 and report.length.valid is True
    assert not [f for f in report.findings if f.family is Family.LENGTH]


async def test_family_off_is_skipped(engine: Engine) -> None:
    report = await engine.review(
        "Join us! #AI #Cloud #DevOps #Data", overrides={"families": {"etiquette": {"enabled": False}}}
    )
    turn = next(t for t in report.turns if t.family is Family.ETIQUETTE)
    assert turn.status is TurnStatus.SKIPPED and turn.reason == "turned off by policy"
    assert not [f for f in report.findings if f.family is Family.ETIQUETTE]


async def test_rule_off_severity_and_threshold_overrides(engine: Engine) -> None:
    text = "Join us! #AI #Cloud #DevOps #Data"
    off = await engine.review(text, overrides={"rules": {"etiquette.hashtag-count": {"enabled": False}}})
    assert not [f for f in off.findings if f.rule == "etiquette.hashtag-count"]
    raised = await engine.review(text, overrides={"rules": {"etiquette.hashtag-count": {"severity": "error"}}})
    assert {f.severity for f in raised.findings if f.rule == "etiquette.hashtag-count"} == {Severity.ERROR}
    assert raised.verdict is Verdict.BLOCKED
    relaxed = await engine.review(text, overrides={"rules": {"etiquette.hashtag-count": {"params": {"max": 4}}}})
    assert not [f for f in relaxed.findings if f.rule == "etiquette.hashtag-count"]


async def test_acknowledgement_downgrades_to_info(engine: Engine) -> None:
    report = await engine.review(
        LONG, language="fr", overrides={"acks": {"length.over-limit": {"reason": "posted as a thread", "by": "ana"}}}
    )
    finding = next(f for f in report.findings if f.rule == "length.over-limit")
    assert finding.severity is Severity.INFO
    assert finding.acknowledged is not None and finding.acknowledged.reason == "posted as a thread"
    assert finding.acknowledged.original_severity is Severity.ERROR
    assert finding.to_dict()["acknowledged"]["by"] == "ana"


async def test_unknown_rule_in_policy_names_the_key(engine: Engine) -> None:
    with pytest.raises(PolicyError) as err:
        engine.resolve_policy({"rules": {"risk.nope": {"enabled": False}}})
    assert "rules.risk.nope" in str(err.value)


def test_bad_policy_value_names_the_key() -> None:
    with pytest.raises(PolicyError) as err:
        parse_policy({"families": {"tone": {"enabled": "perhaps"}}}, "sevenfold.yml")
    assert "sevenfold.yml: families.tone.enabled" in str(err.value)
    with pytest.raises(PolicyError) as err:
        parse_policy({"limt": 300}, "sevenfold.yml")
    assert "limt" in str(err.value)


async def test_empty_text_is_an_input_error(engine: Engine) -> None:
    for text in ("", "   \n\t "):
        with pytest.raises(InputError):
            await engine.review(text)


async def test_lone_surrogate_is_an_input_error(engine: Engine) -> None:
    with pytest.raises(InputError) as err:
        await engine.review("abc\ud800def")
    assert "character 3" in str(err.value)


def _write_rule(root: Path, rel: str, body: str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body, encoding="utf-8")
    return path


RULE_OK = """kind: hashtags
severity: warning
summary: {en: x, fr: x}
message: {en: "too many", fr: "trop"}
"""


@pytest.mark.parametrize(
    ("rel", "body", "key"),
    [
        ("etiquette/bad.yml", RULE_OK.replace("severity: warning", "severity: fatal"), "severity"),
        ("etiquette/bad.yml", RULE_OK.replace("kind: hashtags", "kind: nope"), "kind"),
        ("etiquette/bad.yml", RULE_OK + "params: {max: -1}\n", "params.max"),
        ("etiquette/bad.yml", RULE_OK + "params: {maxx: 3}\n", "params.maxx"),
        ("etiquette/bad.yml", RULE_OK + "colour: red\n", "colour"),
        ("etiquette/bad.yml", "kind: [unclosed", "line"),
        ("nonsense/rule.yml", RULE_OK, "(path)"),
        ("etiquette/Bad_Name.yml", RULE_OK, "(path)"),
    ],
)
def test_bad_rule_file_fails_at_load_naming_file_and_key(tmp_path: Path, rel: str, body: str, key: str) -> None:
    path = _write_rule(tmp_path, rel, body)
    with pytest.raises(RuleFileError) as err:
        Engine.create(Settings(offline=True, rules_dir=tmp_path))
    assert str(path) in str(err.value)
    assert f": {key}" in str(err.value)


def test_extra_rule_folder_adds_rules(tmp_path: Path) -> None:
    _write_rule(tmp_path, "etiquette/house-hashtags.yml", RULE_OK + "params: {max: 1}\n")
    engine = Engine.create(Settings(offline=True), extra_rule_dirs=[tmp_path])
    assert "etiquette.house-hashtags" in {m.id for m in engine.catalogue()}
    assert len(load_specs([tmp_path])) == 1


class _BoomParams(KindParams):
    pass


class _BoomRule(Rule):
    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        raise RuntimeError("boom")


class _BoomKind(Kind[_BoomParams]):
    name = "boom"
    Params = _BoomParams

    def build(self, meta: RuleMeta, params: _BoomParams, deps: Deps) -> Rule:
        return _BoomRule(meta)


async def test_a_crashing_rule_is_isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app import kinds

    monkeypatch.setitem(KINDS, "boom", f"{__name__}:_BoomKind")
    kinds.get_kind.cache_clear()
    _write_rule(tmp_path, "tone/boom.yml", RULE_OK.replace("kind: hashtags", "kind: boom"))
    engine = Engine.create(Settings(offline=True), extra_rule_dirs=[tmp_path])
    report = await engine.review("Join us! #AI #Cloud #DevOps #Data")
    assert [e.rule for e in report.rule_errors] == ["tone.boom"]
    assert [f for f in report.findings if f.rule == "etiquette.hashtag-count"]
    assert report.to_dict()["rule_errors"][0]["reason"].startswith("internal error")
    kinds.get_kind.cache_clear()


async def test_family_without_rules_is_skipped_never_pass(tmp_path: Path) -> None:
    _write_rule(tmp_path, "etiquette/only.yml", RULE_OK)
    engine = Engine.create(Settings(offline=True, rules_dir=tmp_path))
    report = await engine.review("Hello there, friends")
    statuses = {t.family: t for t in report.turns}
    assert statuses[Family.ETIQUETTE].status is TurnStatus.PASS
    for family in (Family.LENGTH, Family.RISK, Family.TONE):
        assert statuses[family].status is TurnStatus.SKIPPED
        assert statuses[family].reason == "no rules enabled for this turn"


async def test_messages_follow_the_draft_language(engine: Engine) -> None:
    fr = await engine.review("Rejoignez-nous ! #IA #Cloud #DevOps #Données", language="fr")
    en = await engine.review("Join us now! #AI #Cloud #DevOps #Data", language="en")
    assert next(f for f in fr.findings if f.rule == "etiquette.hashtag-count").message.startswith(
        "4 hashtags : au-delà"
    )
    assert next(f for f in en.findings if f.rule == "etiquette.hashtag-count").message.startswith("4 hashtags: beyond")


@pytest.mark.parametrize("limit", [1, 3, 5, 8])
async def test_a_tiny_limit_gives_a_report_without_thread(engine: Engine, limit: int) -> None:
    """A limit too small for any numbered part: no thread, no crash, no rule error."""
    report = await engine.review("Bonjour à toutes et à tous, voici un texte un peu long.", overrides={"limit": limit})
    assert report.length.valid is False
    assert report.length.thread == () or all(part for part in report.length.thread)
    assert not report.rule_errors


async def test_a_cancelled_review_leaves_no_task_behind(engine: Engine) -> None:
    import asyncio

    task = asyncio.create_task(engine.review("Hello there, lovely people"))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task

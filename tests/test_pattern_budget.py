"""Deterministic verdicts under load: a pattern's time budget (``app.kinds.budget``) in the ``patterns`` kind,
the phrase lists and the report.

No assertion here reads a clock. Load is simulated: a pattern's first run raises ``TimeoutError`` (what the
``regex`` module does when the process's CPU clock, advanced by other threads, passes the budget), with this
thread's CPU time either tiny (other work took the processor) or a full budget (a garbage collection landed
in the run); ``time.thread_time`` is replaced by a fake clock where a test needs to say which. A catastrophic
pattern really spends its CPU: it is cut off, the rest of the rule still runs, and the report says so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import regex

from app.domain import Family, TurnStatus
from app.engine import Engine
from app.formats import Subject, format_text
from app.kinds import budget
from app.kinds.budget import GENEROUS, OverBudget, recording_skips, scan
from app.kinds.patterns import PatternsRule, _Compiled
from app.kinds.phrases import PhraseEntry as Entry
from app.kinds.phrases import PhraseList, PhrasesRule, literal_regex
from app.sarif import subject_notices
from app.text.folding import PHRASES, fold

CATASTROPHIC = r"(?:a|aa)+$"
FUNCTIONAL = Path(__file__).parent / "data" / "functional"


class Flaky:
    """A compiled pattern whose first ``failures`` runs raise ``TimeoutError`` (the load), then run for real."""

    def __init__(self, compiled: Any, failures: int = 1, every: int = 0) -> None:
        self.compiled = compiled
        self.failures = failures
        self.every = every  # with ``every``: the first ``failures`` runs of each group of ``every`` (one scan) fail
        self.runs = 0
        self.limits: list[float] = []

    def finditer(self, text: str, timeout: float | None = None) -> Iterator[Any]:
        self.runs += 1
        self.limits.append(timeout or 0.0)
        failing = ((self.runs - 1) % self.every if self.every else self.runs - 1) < self.failures
        if failing:
            raise TimeoutError("regex timed out")
        return iter(self.compiled.finditer(text, timeout=timeout))


class FakeClock:
    """``time.thread_time`` that advances by ``step`` seconds at every reading: every run spends ``step``."""

    def __init__(self, step: float) -> None:
        self.step = step
        self.now = 0.0

    def thread_time(self) -> float:
        self.now += self.step
        return self.now


def _fake_time(monkeypatch: pytest.MonkeyPatch, step: float) -> FakeClock:
    clock = FakeClock(step)
    monkeypatch.setattr(budget, "time", clock)
    return clock


# -- scan ------------------------------------------------------------------------------------


def test_a_run_slowed_by_other_threads_is_run_again_with_a_generous_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_time(monkeypatch, 0.0001)  # a timed-out run spent 0.1 ms of this thread's CPU: not its own cost
    flaky = Flaky(regex.compile(r"\bPRJ-\d+"), failures=2)
    assert [m.group() for m in scan(flaky, "PRJ-1 and PRJ-22", 0.02)] == ["PRJ-1", "PRJ-22"]
    assert flaky.limits == [0.02, 0.02, 0.02 * GENEROUS]


def test_a_run_with_a_gc_pause_is_run_again_with_the_same_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_time(monkeypatch, 0.02)  # a full budget of this thread's CPU (a collection): once is no proof
    flaky = Flaky(regex.compile(r"\bPRJ-\d+"), failures=1)
    assert [m.group() for m in scan(flaky, "PRJ-1", 0.02)] == ["PRJ-1"]
    assert flaky.limits == [0.02, 0.02]


def test_two_runs_that_burn_their_budget_skip_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_time(monkeypatch, 0.015)
    flaky = Flaky(regex.compile("x"), failures=5)
    with pytest.raises(OverBudget):
        scan(flaky, "x", 0.02)
    assert flaky.runs == 2  # a catastrophic pattern costs at most two budgets per draft


def test_a_machine_that_never_lets_the_pattern_run_is_reported_after_three_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _fake_time(monkeypatch, 0.0)
    flaky = Flaky(regex.compile("x"), failures=5)
    with pytest.raises(OverBudget):
        scan(flaky, "x", 0.02)
    assert flaky.limits == [0.02, 0.02, 0.02 * GENEROUS]


def test_a_real_catastrophic_pattern_is_cut_off() -> None:
    with pytest.raises(OverBudget):
        scan(regex.compile(CATASTROPHIC), "a" * 60 + "!", 0.01)


# -- the patterns kind and the report ------------------------------------------------------------


def _custom(patterns: list[str]) -> dict[str, Any]:
    return {"rules": {"risk.custom-patterns": {"params": {"patterns": patterns, "timeout_ms": 20}}}}


async def test_a_catastrophic_policy_pattern_is_skipped_and_the_report_says_so(engine: Engine) -> None:
    text = "PRJ-2041 " + "a" * 60 + "!"
    report = await engine.review(text, language="en", overrides=_custom([CATASTROPHIC, r"\bPRJ-\d{4}\b"]))
    # the other pattern of the rule still ran
    assert [f.excerpt for f in report.findings if f.rule == "risk.custom-patterns"] == ["PRJ-2041"]
    assert [(s.rule, s.family) for s in report.skipped_rules] == [("risk.custom-patterns", Family.RISK)]
    assert "pattern 0 ran over its time budget (20 ms of CPU)" in report.skipped_rules[0].reason
    risk = next(t for t in report.turns if t.family is Family.RISK)
    assert risk.status is TurnStatus.WARN
    assert risk.reason and "partly checked" in risk.reason and "risk.custom-patterns skipped" in risk.reason
    wire = report.to_dict()
    assert wire["skipped_rules"] == [
        {"rule": "risk.custom-patterns", "family": "risk", "reason": report.skipped_rules[0].reason}
    ]
    assert "skipped: risk.custom-patterns (pattern 0 ran over its time budget" in format_text(report, text)
    notices = subject_notices([Subject(report, text)])
    assert any("risk.custom-patterns was skipped" in n.message for n in notices)


async def test_a_complete_report_has_no_skipped_rules_key(engine: Engine) -> None:
    report = await engine.review("PRJ-2041 is on track", language="en", overrides=_custom([r"\bPRJ-\d{4}\b"]))
    assert report.skipped_rules == ()
    assert "skipped_rules" not in report.to_dict()  # the contract's report, as before, when nothing is skipped


def test_the_log_names_the_rule_never_the_draft(caplog: pytest.LogCaptureFixture) -> None:
    secret = "a" * 60 + "!"
    with caplog.at_level("WARNING", logger="sevenfold.kinds.budget"), recording_skips() as skipped:
        budget.note_skip("risk.custom-patterns", Family.RISK, "pattern 0 ran over its time budget (20 ms of CPU)")
    assert skipped and "risk.custom-patterns" in caplog.text and secret not in caplog.text


def _patterns_rules(engine: Engine) -> list[PatternsRule]:
    return [r for r in engine.ruleset(engine.base_policy).rules if isinstance(r, PatternsRule)]


def _phrase_lists(engine: Engine) -> list[PhraseList]:
    lists: dict[int, PhraseList] = {}
    for rule in engine.ruleset(engine.base_policy).rules:
        if isinstance(rule, PhrasesRule):
            for file in rule.files:
                lists.update((id(pl), pl) for pl in file.values())
    return list(lists.values())


def _sample(engine: Engine) -> list[tuple[str, str]]:
    """Drafts the shipped pattern rules and phrase lists answer: every case of their rule files (no policy), and
    every fourth line of work sets of the same ground (leaks, disparagement, mixed and short drafts, idioms, hate;
    never a held-out file)."""
    kinds = {"patterns", "phrases", "tone"}
    out = [
        (case.text, case.language)
        for spec in engine.specs.values()
        if spec.meta.kind in kinds
        for case in spec.cases
        if not case.policy
    ]
    names = ["leaks", "leaks-round5", "leaks-round9", "disparagement", "disparagement-round9", "mixed-drafts"]
    names += ["short-drafts", "idioms", "hate-round12-en", "hate-round12-fr"]
    for name in names:
        lines = (FUNCTIONAL / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        for line in lines[::4]:
            case = json.loads(line)
            out.append((case["text"], case.get("language", "en")))
    return out


async def _findings(engine: Engine, cases: list[tuple[str, str]]) -> list[list[tuple[str, int, int, str]]]:
    out = []
    for text, language in cases:
        report = await engine.review(text, language=language)
        assert report.skipped_rules == (), report.skipped_rules
        out.append([(f.rule, f.offset, f.length, f.severity.value) for f in report.findings])
    return out


async def test_load_on_every_shipped_pattern_does_not_change_any_finding(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every shipped pattern rule and phrase list: the first two runs of each scan time out, the measured one with
    next to no CPU of its own (a loaded machine) -> the third, generous run gives the same findings, rule by rule
    and span by span, as an unhurried run; none is skipped."""
    cases = _sample(engine)
    calm = await _findings(engine, cases)
    # the measured run "spends" 0.1 ms of this thread's CPU: a real clock would also count a garbage collection
    # that lands between the simulated timeout's start and raise (a full one takes tens of ms in this large test
    # process: a .ci/run once read it as the pattern's own cost and skipped risk.insults)
    _fake_time(monkeypatch, 0.0001)
    flaky: list[Flaky] = []
    for rule in _patterns_rules(engine):
        wrapped = [_Compiled(c.spec, Flaky(c.regex, failures=2, every=3)) for c in rule.compiled]
        flaky.extend(w.regex for w in wrapped)
        monkeypatch.setattr(rule, "compiled", wrapped)
        if rule.names is not None:
            monkeypatch.setattr(rule, "names", Flaky(rule.names, failures=2, every=3))
            flaky.append(rule.names)
    for phrase_list in _phrase_lists(engine):
        if phrase_list._pattern is not None:
            monkeypatch.setattr(phrase_list, "_pattern", Flaky(phrase_list._pattern, failures=2, every=3))
            flaky.append(phrase_list._pattern)
    assert len(cases) > 100 and len(flaky) > 10
    loaded = await _findings(engine, cases)
    assert sum(f.runs for f in flaky) > len(cases)  # the wrapped patterns did run (and time out first)
    assert loaded == calm


async def test_a_gc_pause_in_every_first_run_does_not_change_any_finding(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same, with the first run of each scan timing out once (a collection landed in it): the second run,
    with the same budget, gives the same findings."""
    cases = _sample(engine)[::3]
    calm = await _findings(engine, cases)
    for rule in _patterns_rules(engine):
        monkeypatch.setattr(rule, "compiled", [_Compiled(c.spec, Flaky(c.regex, every=2)) for c in rule.compiled])
    _fake_time(monkeypatch, 1.0)  # every timed-out run "spent" a full second of CPU
    assert await _findings(engine, cases) == calm


# -- phrase lists -------------------------------------------------------------------------------


def _phrase_list() -> PhraseList:
    entry = Entry(source="with all due respect")
    return PhraseList([(literal_regex(entry.source), entry)], "tone/phrases/x.yml (en)", Family.TONE)


def test_a_phrase_list_under_load_keeps_its_hits(monkeypatch: pytest.MonkeyPatch) -> None:
    phrase_list = _phrase_list()
    folded = fold("With all due respect, no.", PHRASES)
    expected = phrase_list.find(folded)
    monkeypatch.setattr(phrase_list, "_pattern", Flaky(phrase_list._pattern))
    assert phrase_list.find(folded) == expected and len(expected) == 1


def test_a_phrase_list_over_its_budget_is_reported_not_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    phrase_list = _phrase_list()
    monkeypatch.setattr(phrase_list, "_pattern", Flaky(phrase_list._pattern, failures=5))
    _fake_time(monkeypatch, 1.0)
    with recording_skips() as skipped:
        assert phrase_list.find(fold("With all due respect, no.", PHRASES)) == []
    assert [(s.rule, s.family) for s in skipped] == [("tone/phrases/x.yml (en)", Family.TONE)]


async def test_the_web_form_shows_a_skipped_rule_like_an_unavailable_turn(engine: Engine) -> None:
    from app.web.i18n import Translator
    from app.web.routes import report_context, templates

    text = "PRJ-2041 " + "a" * 60 + "!"
    report = (await engine.review(text, language="en", overrides=_custom([CATASTROPHIC]))).to_dict()
    for ui, words in (("en", "Partly checked this time"), ("fr", "Vérifié en partie cette fois")):
        t = Translator(ui)
        html = templates.env.get_template("_report.html").render(t=t, error=None, **report_context(text, report, t))
        assert 'id="skipped-rules"' in html and words in html and "risk.custom-patterns" in html

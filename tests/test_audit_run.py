"""An audit from archive to outputs: the same results in order on one core and on a process pool, a
checkpoint that resumes after an interruption with nothing lost, and the outputs (HTML self-contained
under its CSP, JSONL, CSV, SARIF valid against the official schema)."""

from __future__ import annotations

import csv
import io
import json
import re
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import jsonschema
import pytest

from app.audit.archive import ReadProblem, open_archive
from app.audit.outputs import Writer, outcome_json
from app.audit.run import run_audit
from app.audit.runner import AuditResult, EngineSpec, InlineBackend, Outcome, PoolBackend, audit_policy
from app.audit.summary import AuditSummary
from app.engine import Engine
from app.policy import Policy
from app.settings import Settings
from tests.audit_archives import Sample, samples, twitter_zip

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def spec() -> EngineSpec:
    return EngineSpec(Settings(offline=True), audit_policy(Policy(), grammar=False))


@pytest.fixture()
def archive_path(tmp_path: Path) -> Path:
    posts = samples(40)
    posts.append(Sample("Ce projet est confidentiel, ne le partagez pas", datetime(2022, 1, 5, tzinfo=UTC), lang="fr"))
    posts.append(Sample("x" * 0 + "   ", datetime(2022, 1, 6, tzinfo=UTC)))  # blank: skipped as media-only
    return twitter_zip(tmp_path / "twitter.zip", posts, parts=2)


def _collect(spec: EngineSpec, path: Path, backend: object, **kwargs: object) -> tuple[list[str], AuditSummary]:
    lines: list[str] = []
    summary = run_audit(
        open_archive(path),
        spec,
        backend,  # type: ignore[arg-type]
        lambda o: lines.append(json.dumps(outcome_json(o), sort_keys=True)),
        **kwargs,  # type: ignore[arg-type]
    )
    return lines, summary


def test_pool_gives_the_same_results_in_the_same_order(spec: EngineSpec, archive_path: Path) -> None:
    inline, summary = _collect(spec, archive_path, InlineBackend(spec))
    pool = PoolBackend(spec, 2)
    try:
        pooled, _ = _collect(spec, archive_path, pool)
    finally:
        pool.close()
    assert pooled == inline
    assert [json.loads(line)["index"] for line in inline] == list(range(len(inline)))
    assert summary.posts == len(inline) == 36  # 42 samples: 5 retweets and 1 blank skipped
    assert summary.skipped == {"retweets": 5, "no text (media only)": 1}


def test_interrupted_audit_resumes_from_its_checkpoint_and_loses_nothing(
    spec: EngineSpec, archive_path: Path, tmp_path: Path
) -> None:
    expected, _ = _collect(spec, archive_path, InlineBackend(spec))
    checkpoint = tmp_path / "audit.checkpoint"
    seen: list[str] = []

    def stop_after_12(outcome: Outcome) -> None:
        seen.append(json.dumps(outcome_json(outcome), sort_keys=True))
        if len(seen) == 12:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_audit(open_archive(archive_path), spec, InlineBackend(spec), stop_after_12, checkpoint=checkpoint)
    assert checkpoint.exists()
    resumed, summary = _collect(spec, archive_path, InlineBackend(spec), checkpoint=checkpoint, resume=True)
    assert resumed == expected
    assert summary.posts == 36
    assert not checkpoint.exists()  # a complete audit removes it


def test_checkpoint_of_another_archive_is_refused(spec: EngineSpec, archive_path: Path, tmp_path: Path) -> None:
    from app.audit.checkpoint import CheckpointError

    checkpoint = tmp_path / "c"
    seen: list[Outcome] = []
    with pytest.raises(KeyboardInterrupt):

        def stop(outcome: Outcome) -> None:  # after one saved result: the checkpoint is written with the first
            seen.append(outcome)
            if len(seen) > 1:
                raise KeyboardInterrupt

        run_audit(open_archive(archive_path), spec, InlineBackend(spec), stop, checkpoint=checkpoint)
    other = twitter_zip(tmp_path / "other.zip", samples(3))
    with pytest.raises(CheckpointError, match="another archive"):
        _collect(spec, other, InlineBackend(spec), checkpoint=checkpoint, resume=True)


def _report(spec: EngineSpec, path: Path, fmt: str, ui: str = "en") -> tuple[str, AuditSummary]:
    out = io.StringIO()
    summary = AuditSummary(network="x", source=path.name)
    catalogue = Engine.create(spec.settings).catalogue()
    writer = Writer(fmt, out, summary=summary, catalogue=catalogue, ui=ui, source=str(path))
    run_audit(open_archive(path), spec, InlineBackend(spec), writer.write, summary=summary)
    writer.close()
    return out.getvalue(), summary


def _csp_hashes(page: str) -> dict[str, str]:
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert meta is not None
    import html

    return dict(part.strip().split(" ", 1) for part in html.unescape(meta.group(1)).split(";"))


def test_html_report_is_self_contained_riskiest_first_with_marks(spec: EngineSpec, archive_path: Path) -> None:
    import base64
    import hashlib

    page, summary = _report(spec, archive_path, "html")
    csp = _csp_hashes(page)
    assert csp["default-src"] == "'none'"
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    assert style and script
    for body, directive in ((style.group(1), "style-src"), (script.group(1), "script-src")):
        digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
        assert csp[directive] == f"'sha256-{digest}'"  # the inline style and script are the hashed ones
    assert page.count("<style>") == 1 and page.count("<script") == 1
    # nothing loads: no src=, no stylesheet link, no url(), no @import, no style attributes
    assert not re.search(r"\ssrc\s*=", page)
    assert not re.search(r"<link\b", page)
    assert "url(" not in style.group(1) and "@import" not in style.group(1)
    assert not re.search(r"\sstyle\s*=", page)
    assert "<svg" in page and 'data-family="risk"' in page
    assert summary.headline("en") in page
    assert re.search(r"\d+ posts a recruiter would notice, \d+ of them blocked: .*profanity", page)
    # riskiest first, each with its date, its link and its findings marked
    scores = [int(s) for s in re.findall(r'data-score="(\d+)"', page)]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    first = page[page.index('<article class="post') :]
    first = first[: first.index("</article>")]
    assert '<mark data-rule="risk.profanity"' in first
    assert 'href="https://x.com/i/web/status/' in first
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT', first)
    assert 'name="family"' in page and '<option value="2019">' in page


def test_html_report_in_french(spec: EngineSpec, archive_path: Path) -> None:
    page, _ = _report(spec, archive_path, "html", ui="fr")
    assert '<html lang="fr">' in page
    assert re.search(
        r"\d+ publications qu'un recruteur remarquerait, dont \d+ bloquantes : ", page.replace("&#39;", "'")
    )
    assert "grossièretés" in page


def test_jsonl_and_csv_list_every_post_once(spec: EngineSpec, archive_path: Path) -> None:
    text, summary = _report(spec, archive_path, "jsonl")
    lines = [json.loads(line) for line in text.splitlines()]
    assert len(lines) == summary.posts
    for line in lines:
        post, report = line["post"], line["report"]
        for finding in report["findings"]:
            assert post["text"][finding["offset"] : finding["offset"] + finding["length"]] == finding["excerpt"]
    table, _ = _report(spec, archive_path, "csv")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert len(rows) == summary.posts
    assert {r["verdict"] for r in rows} >= {"blocked", "ready"}
    assert rows[0]["url"].startswith("https://x.com/")


def test_sarif_is_valid(spec: EngineSpec, archive_path: Path) -> None:
    text, _ = _report(spec, archive_path, "sarif")
    log = json.loads(text)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    results = log["runs"][0]["results"]
    assert any(r["ruleId"] == "risk.profanity" for r in results)
    assert all(r["locations"][0]["logicalLocations"][0]["name"].startswith("https://x.com/") for r in results)


def test_a_post_whose_review_fails_is_listed_as_an_error(spec: EngineSpec, archive_path: Path) -> None:
    class Failing(InlineBackend):
        def submit(self, drafts: list[tuple[str, str]]):  # type: ignore[no-untyped-def]
            from concurrent.futures import Future

            future: Future[list[object]] = Future()
            future.set_result(
                [self.worker.review([d])[0] if "fucking" not in d[0] else "internal error (X)" for d in drafts]
            )
            return future

    out = io.StringIO()
    summary = AuditSummary(network="x", source="t")
    writer = Writer("html", out, summary=summary)
    run_audit(open_archive(archive_path), spec, Failing(spec), writer.write, summary=summary)
    writer.close()
    assert summary.errors and all(
        isinstance(e, AuditResult) and e.error == "internal error (X)" for e in summary.errors
    )
    assert 'id="errors"' in out.getvalue() and "internal error (X)" in out.getvalue()


def test_read_problems_reach_the_report(spec: EngineSpec, tmp_path: Path) -> None:
    path = twitter_zip(tmp_path / "cut.zip", samples(5), mangle=lambda name, text: text[: len(text) // 2])
    page, summary = _report(spec, path, "html")
    assert summary.problems and isinstance(summary.problems[0], ReadProblem)
    assert "data/tweets.js" in page and "truncated" in page


def test_grammar_on_two_workers_shares_one_languagetool(languagetool_url: str, tmp_path: Path) -> None:
    """``--grammar``: every worker reaches the same LanguageTool by URL; spelling findings come back."""
    path = twitter_zip(
        tmp_path / "typos.zip",
        [Sample("We are so hapy to welcom you tomorow", datetime(2020, 1, 1, tzinfo=UTC))] * 4,
    )
    settings = Settings(languagetool_url=languagetool_url, offline=False)
    spec = EngineSpec(settings, audit_policy(Policy(), grammar=True), grammar=True)
    pool = PoolBackend(spec, 2)
    try:
        lines, summary = _collect(spec, path, pool)
    finally:
        pool.close()
    assert summary.posts == 4 and not summary.errors
    for line in lines:
        report = json.loads(line)["report"]
        assert report["unavailable"] == []
        assert any(f["family"] == "grammar" and f["excerpt"] == "hapy" for f in report["findings"])


def test_disparagement_by_comparison_is_counted_as_disparagement() -> None:
    """The summary's categories name the comparison rule of round 10 as its family, in both languages."""
    from app.audit.summary import category

    for language in ("en", "fr"):
        assert category("risk.disparagement-comparison", language) == category("risk.disparagement", language)
    assert category("risk.disparagement-comparison", "fr") == "dénigrement"


def test_posts_a_rule_was_skipped_on_are_counted_and_named_in_the_summary(tmp_path: Path) -> None:
    """A pattern over its time budget (``app.kinds.budget``) on some posts: the summary counts those posts and
    names the rule, on standard error (``summary_lines``, every format) and in the HTML report, in its language."""
    from app.audit.html import render_report
    from app.cli.commands.audit import summary_lines
    from app.policy import merge_policy
    from tests.test_pattern_budget import CATASTROPHIC

    slow = "a" * 60 + "!"
    when = datetime(2021, 5, 1, tzinfo=UTC)
    posts = [
        Sample(f"Project notes {slow}", when),
        Sample("A quiet day at the library", when),
        Sample(f"Les notes du projet {slow}", when, lang="fr"),
    ]
    path = twitter_zip(tmp_path / "slow.zip", posts)
    custom = {"rules": {"risk.custom-patterns": {"params": {"patterns": [CATASTROPHIC], "timeout_ms": 20}}}}
    spec = EngineSpec(Settings(offline=True), audit_policy(merge_policy(Policy(), custom), grammar=False))
    page, summary = _report(spec, path, "html")
    assert summary.posts == 3 and summary.partly_checked == 2
    assert summary.skipped_rules == {"risk.custom-patterns": 2}
    line = "2 posts partly checked (a pattern ran over its time budget): risk.custom-patterns (2)."
    assert line in summary_lines(summary, None)
    assert f'<p class="alert" id="partly-checked">{line}</p>' in page
    assert (
        "2 publications vérifiées en partie (un motif a dépassé son budget de temps) : risk.custom-patterns (2)."
        in render_report(summary, ui="fr")
    )
    clean = AuditSummary(network="x", source=path.name)
    assert 'id="partly-checked"' not in render_report(clean)
    assert not any("partly checked" in line for line in summary_lines(clean, None))


# -- a worker that dies: a new pool takes over (fake chunks: no engine is built, the pool's logic alone) --------


def _fake_review(drafts: list[tuple[str, str]]) -> list[str]:
    """A worker's chunk: each text upper-cased; ``die`` kills the worker every time, ``die-once:PATH`` the first
    time only (the file says it already died)."""
    import os

    for text, _ in drafts:
        if text == "die":
            os._exit(9)
        if text.startswith("die-once:"):
            marker = Path(text.split(":", 1)[1])
            if not marker.exists():
                marker.touch()
                os._exit(9)
    return [text.upper() for text, _ in drafts]


class _FakePool(PoolBackend):
    """A ``PoolBackend`` whose workers build no engine and run ``_fake_review``."""

    task = staticmethod(_fake_review)

    def _new_pool(self) -> ProcessPoolExecutor:
        import multiprocessing

        return ProcessPoolExecutor(max_workers=self.jobs, mp_context=multiprocessing.get_context("spawn"))


def _run_fake(texts: list[str], spec: EngineSpec) -> tuple[list[object], int]:
    from app.audit.runner import map_ordered

    pool = _FakePool(spec, 2)
    try:
        outcomes = [outcome for _, outcome in map_ordered(texts, lambda t: (t, "en"), pool, chunk=1)]
    finally:
        pool.close()
    return outcomes, pool.restarts


def test_a_dead_worker_is_replaced_and_its_chunks_are_reviewed_again(spec: EngineSpec, tmp_path: Path) -> None:
    """A worker killed mid-run broke the pool for good: every later chunk got 'internal error (a worker process
    stopped abruptly)'. A new pool now takes over and reviews the dead pool's chunks again: every draft is
    reviewed, in order, and the run says it started one new pool."""
    texts = [f"post {i}" for i in range(40)]
    texts[5] = f"die-once:{tmp_path / 'died'}"
    outcomes, restarts = _run_fake(texts, spec)
    assert outcomes == [t.upper() for t in texts]
    assert restarts == 1


def test_a_draft_that_kills_every_worker_is_given_up_and_the_rest_is_reviewed(spec: EngineSpec) -> None:
    """A draft that kills its worker each time is tried twice, then says why; the run does not loop and the
    drafts after it are reviewed by a working pool."""
    from app.audit.runner import MAX_RESTARTS, WORKER_DIED

    texts = [f"post {i}" for i in range(60)]
    texts[3] = "die"
    outcomes, restarts = _run_fake(texts, spec)
    assert len(outcomes) == 60
    assert outcomes[3] == WORKER_DIED
    assert outcomes[30:] == [t.upper() for t in texts[30:]]  # past the chunks in flight with it: reviewed
    assert 1 <= restarts <= MAX_RESTARTS

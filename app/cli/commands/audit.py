"""``sevenfold audit ARCHIVE``: review a whole account archive (X, Bluesky, Mastodon) and report where the
risk is — an HTML report by default, or JSONL, CSV, SARIF for tools (the work is ``app.audit``'s).

On every core by default (``--jobs N``), or on a Dask cluster (``--scheduler`` or
``SEVENFOLD_DASK_SCHEDULER``); resumable (``--resume``: a checkpoint keeps every result, Ctrl-C loses
nothing); grammar off unless ``--grammar`` (one LanguageTool shared by the workers). Exit 0 when every post
was reviewed and none reaches ``--fail-on`` (default ``never``), 1 when some could not be read or
reviewed or one reaches it, 2 for bad usage or an archive that cannot be audited, 130 when interrupted.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from app.audit.archive import Archive, ArchiveError, ReadProblem, open_archive
from app.audit.checkpoint import CheckpointError
from app.audit.outputs import Writer
from app.audit.run import run_audit
from app.audit.runner import (
    Backend,
    EngineSpec,
    SharedGrammar,
    audit_policy,
    default_jobs,
    local_backend,
    worker_engine,
)
from app.audit.summary import AuditSummary
from app.cli.output import open_output, progress
from app.cli.parser import SubParsers, add_review_options
from app.cli.session import EXIT_FINDINGS, EXIT_OK, UsageError, grammar_down, run_policy, settings_for
from app.domain import Severity
from app.kinds.base import RuleMeta
from app.loader import RuleFileError
from app.policy import Policy, PolicyError
from app.settings import Settings
from app.text.language import UnknownLanguage, validate_language
from app.texts import counted, label, localise


def add_parser(sub: SubParsers) -> None:
    """``audit ARCHIVE [--format] [--output] [--ui] [--jobs] [--scheduler] [--resume] [--grammar]…``."""
    audit = sub.add_parser(
        "audit",
        help="review a whole account archive (X, Bluesky, Mastodon) and report where the risk is",
        description=(
            "Review every post of an X/Twitter archive (.zip), a Bluesky repository export (.car) or a "
            "Mastodon archive (.zip or folder with outbox.json); an HTML report by default."
        ),
    )
    audit.add_argument("archive", help="the archive: twitter-*.zip, repo.car, archive-*.zip or an unpacked folder")
    audit.add_argument("--format", choices=["html", "jsonl", "csv", "sarif"], default="html")
    audit.add_argument(
        "--output", "-o", help="where to write (default: ARCHIVE-audit.html for html, standard output otherwise)"
    )
    audit.add_argument(
        "--ui",
        choices=["en", "fr"],
        default=None,
        help="language of the HTML report and of the notes on stderr (default: --lang's when it is fr, else en)",
    )
    audit.add_argument("--lang", default="auto", help="language of posts the archive gives none: auto (default), en…")
    audit.add_argument("--include-retweets", action="store_true", help="review retweets too (skipped by default)")
    audit.add_argument("--grammar", action="store_true", help="include grammar and spelling (one LanguageTool)")
    audit.add_argument("--jobs", "-j", type=int, default=None, help="worker processes (default: the CPU count)")
    audit.add_argument(
        "--scheduler",
        default=None,
        metavar="tcp://HOST:8786",
        help="run on this Dask cluster (or $SEVENFOLD_DASK_SCHEDULER)",
    )
    audit.add_argument("--resume", action="store_true", help="continue an interrupted audit from its checkpoint")
    audit.add_argument(
        "--checkpoint", default=None, help="checkpoint file (default: ARCHIVE.sevenfold-checkpoint here)"
    )
    audit.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    add_review_options(audit)
    audit.set_defaults(func=run, fail_on_default="never")


def _output_path(args: argparse.Namespace, archive: Path) -> str | None:
    if args.output:
        return str(args.output)
    if args.format == "html":
        return f"{archive.name.split('.')[0] or 'archive'}-audit.html"
    return None


@dataclass
class _Plan:
    """What ``run`` decided from the arguments, before any worker starts."""

    archive: Archive
    settings: Settings
    policy: Policy
    language: str
    grammar: bool
    jobs: int
    address: str | None
    catalogue: list[RuleMeta]
    checkpoint: Path
    output: str | None
    fail_on: str


def _plan(args: argparse.Namespace) -> _Plan:
    """Validate the arguments, the policy and the archive (usage errors, exit 2) before any work starts."""
    from app.audit.cluster import scheduler_address

    try:
        language = validate_language(args.lang)
    except UnknownLanguage as exc:
        raise UsageError(str(exc)) from None
    jobs = args.jobs if args.jobs is not None else default_jobs()
    if jobs < 1:
        raise UsageError(label("jobs-at-least-one", "en"))
    address = scheduler_address(args.scheduler)
    settings = settings_for(args)
    grammar = bool(args.grammar)
    if grammar and settings.offline:
        raise UsageError(label("grammar-needs-lt", "en"))
    if grammar and address and not settings.languagetool_url:
        raise UsageError("--grammar on a cluster needs SEVENFOLD_LANGUAGETOOL_URL, a LanguageTool the workers reach")
    policy = audit_policy(run_policy(args), grammar=grammar)
    offline = settings.model_copy(update={"offline": True})
    try:  # a bad policy or rule file fails here, before any worker starts (and one job reuses this engine)
        catalogue = worker_engine(EngineSpec(offline, policy, grammar=False, language=language)).engine.catalogue()
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    try:
        archive = open_archive(args.archive, include_reposts=args.include_retweets)
    except ArchiveError as exc:
        raise UsageError(str(exc)) from None
    checkpoint = Path(args.checkpoint) if args.checkpoint else Path.cwd() / f"{archive.path.name}.sevenfold-checkpoint"
    return _Plan(
        archive=archive,
        settings=settings,
        policy=policy,
        language=language,
        grammar=grammar,
        jobs=jobs,
        address=address,
        catalogue=catalogue,
        checkpoint=checkpoint,
        output=_output_path(args, archive.path),
        fail_on=args.fail_on or "never",
    )


def run(args: argparse.Namespace) -> int:
    """Open the archive, review every post on the chosen backend, write the output, print the summary; what
    goes to standard error (progress, notes, the summary, why the archive cannot be audited) in ``--ui``'s
    language, as the HTML report is (the codes and the JSONL/CSV/SARIF outputs never change); without ``--ui``,
    ``--lang fr`` (or fr-CA…) asks for French as it does for ``check`` and ``batch``."""
    if args.ui is None:
        args.ui = "fr" if str(args.lang).strip().lower().split("-")[0].split("_")[0] == "fr" else "en"
    try:
        return _run(args)
    except UsageError as exc:
        raise UsageError(localise(str(exc), args.ui)) from None


def _run(args: argparse.Namespace) -> int:
    ui = args.ui
    plan = _plan(args)
    shared: SharedGrammar | None = None
    worker_settings = plan.settings.model_copy(update={"offline": True})
    if plan.grammar:
        shared = SharedGrammar(plan.settings)
        ok, reason = shared.status()
        if not ok:
            print(f"sevenfold: {grammar_down(reason, ui)}", file=sys.stderr)
        worker_settings = shared.settings
    spec = EngineSpec(worker_settings, plan.policy, grammar=plan.grammar, language=plan.language)
    summary = AuditSummary(network=plan.archive.network, source=plan.archive.path.name)
    try:
        _audit(args, plan, spec, summary)
    except (ArchiveError, CheckpointError) as exc:
        raise UsageError(str(exc)) from None
    except KeyboardInterrupt:
        if not plan.checkpoint.exists():  # written with the first result only
            print(f"sevenfold: {label('audit-interrupted-early', ui)}", file=sys.stderr)
            return 130
        posts = counted("posts", summary.posts, ui)
        print(f"sevenfold: {label('audit-interrupted', ui, posts=posts, checkpoint=plan.checkpoint)}", file=sys.stderr)
        return 130
    finally:
        if shared is not None:
            shared.stop()
    for line in summary_lines(summary, plan.output, ui):
        print(f"sevenfold: {line}", file=sys.stderr)
    if summary.errors or summary.problems:
        return EXIT_FINDINGS
    if plan.fail_on != "never" and summary.worst >= Severity(plan.fail_on).rank:
        return EXIT_FINDINGS
    return EXIT_OK


def _audit(args: argparse.Namespace, plan: _Plan, spec: EngineSpec, summary: AuditSummary) -> None:
    """Open the output and the backend, run the audit (with its checkpoint), close everything."""
    from app.audit.cluster import ClusterError, DaskBackend

    show_progress = not args.no_progress and sys.stderr.isatty()
    backend: Backend | None = None
    out: IO[str] | None = None
    try:
        try:
            total = plan.archive.count() if show_progress else None
            out = open_output(plan.output)
        except OSError as exc:
            raise UsageError(label("cannot-write", "en", path=plan.output, error=exc.strerror or exc)) from None
        writer = Writer(
            args.format,
            out,
            summary=summary,
            catalogue=plan.catalogue,
            ui=args.ui,
            grammar=plan.grammar,
            source=str(args.archive),
        )
        try:
            backend = DaskBackend(spec, plan.address) if plan.address else local_backend(spec, plan.jobs)
        except ClusterError as exc:
            raise UsageError(str(exc)) from None
        with progress(total, enabled=show_progress, language=args.ui) as advance:
            run_audit(
                plan.archive,
                spec,
                backend,
                writer.write,
                checkpoint=plan.checkpoint,
                resume=args.resume,
                advance=advance,
                summary=summary,
            )
        writer.close()
        restarts = getattr(backend, "restarts", 0)  # a process pool's new pools after a worker died
        if restarts:
            times = counted("times", restarts, args.ui)
            print(f"sevenfold: {label('pool-restarted', args.ui, times=times)}", file=sys.stderr)
    finally:
        if backend is not None:
            backend.close()
        if out is not None and out is not sys.stdout:
            out.close()


def summary_lines(summary: Any, output: str | None, language: str = "en") -> list[str]:
    """What the audit found, for standard error, in ``language`` (``--ui``)."""
    from app.audit.html import skip_reason

    lang = language
    lines = [summary.headline(lang)]
    counts = ", ".join(counted(v, summary.verdicts.get(v, 0), lang) for v in ("ready", "review", "blocked"))
    posts = counted("posts-audited", summary.posts, lang)
    not_reviewed = counted("not-reviewed", len(summary.errors), lang)
    lines.append(label("audit-posts", lang, posts=posts, counts=counts, not_reviewed=not_reviewed))
    if summary.skipped:
        # "retweets (3), not a tweet (1)": a reason is a plural noun or a phrase, so the count follows it ("1 boosts")
        reasons = ", ".join(f"{skip_reason(reason, lang)} ({n})" for reason, n in sorted(summary.skipped.items()))
        lines.append(label("audit-skipped", lang, reasons=reasons))
    if summary.partly_checked:
        lines.append(summary.partly_checked_line(lang))
    if summary.not_judged:
        lines.append(summary.not_judged_line(lang))
    for problem in summary.problems:
        lines.append(label("audit-problem", lang, problem=_problem(problem, lang)))
    for result in summary.errors[:20]:
        reason = localise(str(result.error), lang)
        lines.append(label("audit-post-not-reviewed", lang, id=result.post.id, reason=reason))
    if len(summary.errors) > 20:
        lines.append(counted("more-posts", len(summary.errors) - 20, lang))
    if output:
        lines.append(label("wrote", lang, path=output))
    return lines


def _problem(problem: ReadProblem, language: str) -> str:
    """Where and why the archive could not be read further, in ``language``."""
    reason, position = localise(problem.reason, language), localise(problem.position, language)
    return label("archive-at", language, source=problem.source, reason=reason, position=position)

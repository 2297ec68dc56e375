"""``sevenfold batch``: a CSV or JSONL file of drafts, one result per row, in order (the reading,
reviewing and writing are ``app.batch``'s)."""

from __future__ import annotations

import argparse
import asyncio
import codecs
import sys
from collections.abc import Iterable
from dataclasses import replace
from typing import IO

from app import batch as batchmod
from app.audit.runner import EngineSpec, PoolBackend, SharedGrammar, default_jobs
from app.cli.output import message_language, open_output, progress
from app.cli.parser import SubParsers, add_review_options
from app.cli.session import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    create_engine,
    engine_session,
    grammar_down,
    run_policy,
    settings_for,
)
from app.engine import Engine
from app.loader import RuleFileError
from app.policy import Policy, PolicyError
from app.settings import Settings
from app.text.language import UnknownLanguage, validate_language
from app.texts import counted, known_language, label, localise, run_language


def add_parser(sub: SubParsers) -> None:
    """``batch PATH [--column] [--input-format] [--format] [--output] [--lang] [--concurrency]``."""
    batch = sub.add_parser(
        "batch",
        help="review a CSV or JSONL file of drafts",
        description="Review every row of a CSV (content-calendar export) or JSONL file; results to standard output, "
        "one per row, in order. A blank line between rows is a row (not checked: 'a blank line'); blank lines "
        "ending the file are not. An error's reason stays English in JSONL, with a stable 'code'.",
    )
    batch.add_argument("path", help="the CSV or JSONL file ('-' for standard input)")
    batch.add_argument("--column", help="the CSV column holding the post (default: text, message, content…)")
    batch.add_argument(
        "--input-format", choices=["csv", "jsonl"], default=None, help="default: from the suffix or content"
    )
    batch.add_argument("--format", choices=["jsonl", "csv", "sarif"], default="jsonl")
    batch.add_argument("--output", "-o", help="write results to PATH instead of standard output")
    batch.add_argument("--lang", default="auto", help="language of rows without one: auto (default), en, fr…")
    batch.add_argument(
        "--encoding", default="utf-8", help="the input's encoding (default utf-8; cp1252 for a Windows spreadsheet)"
    )
    batch.add_argument("--concurrency", type=int, default=8, help="reviews in flight (grammar requests overlap)")
    batch.add_argument(
        "--jobs", "-j", type=int, default=1, help="worker processes, each with its engine (default 1; 0: CPU count)"
    )
    batch.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    add_review_options(batch)
    batch.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Review every row with one engine, write results as they come, print the summary on stderr. Why it cannot
    (exit 2) is said in --lang's language, as the summary (English when it is 'auto')."""
    try:
        return _run(args)
    except UsageError as exc:
        language = known_language(args.lang, ("en", "fr")) or "en"
        raise UsageError(localise(str(exc), language)) from None


def _run(args: argparse.Namespace) -> int:
    default_language = _checked_options(args)
    policy = run_policy(args)
    fail_on = args.fail_on or policy.fail_on
    settings = settings_for(args)
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise UsageError(f"--encoding: unknown encoding {args.encoding!r} (e.g. utf-8, cp1252, latin-1)") from None
    try:
        source = batchmod.BatchSource.open(
            args.path, args.input_format, args.column, args.encoding, read_networks=not args.network
        )
    except batchmod.BatchInputError as exc:
        raise UsageError(str(exc)) from None
    show_progress = not args.no_progress and sys.stderr.isatty()
    total = source.count_rows() if show_progress else None
    rows = batchmod.not_invisible_only(batchmod.within_limit(source.rows, settings.max_body_bytes))
    if default_language != "auto":
        rows = (r if r.language != "auto" else replace(r, language=default_language) for r in rows)
    summary = batchmod.Summary(source=args.path)
    try:
        out = open_output(args.output)
    except OSError as exc:
        source.close()
        raise UsageError(f"{args.output}: cannot write ({exc.strerror or exc})") from None

    jobs = args.jobs or default_jobs()

    async def review_all() -> None:
        async with engine_session(settings, policy, run_language(default_language)) as engine:
            writer = _writer(args, out, source, engine)
            with progress(total, enabled=show_progress, language=run_language(default_language)) as advance:
                async for result in batchmod.review_rows(engine, rows, policy, concurrency=args.concurrency):
                    summary.add(result)
                    writer.write(result)
                    advance()
            writer.close()

    try:
        if jobs > 1:
            _review_in_processes(args, jobs, settings, policy, source, rows, out, summary, total)
        else:
            asyncio.run(review_all())
    except (PolicyError, RuleFileError, batchmod.BatchInputError) as exc:  # the last: a file that stops decoding
        raise UsageError(str(exc)) from None
    finally:
        source.close()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    offline = ("offline" if args.offline else "offline-env") if settings.offline else None
    _print_summary(summary, offline=offline, language=run_language(default_language))
    return EXIT_FINDINGS if summary.fails(fail_on) else EXIT_OK


def _writer(
    args: argparse.Namespace, out: IO[str], source: batchmod.BatchSource, engine: Engine
) -> batchmod.BatchWriter:
    """The output writer of a batch run: the format, the input's columns and the rule catalogue."""
    return batchmod.BatchWriter(
        args.format,
        out,
        source.columns,
        source.delimiter,
        engine.catalogue(),
        args.path,
        message_language(args.lang),
    )


def _checked_options(args: argparse.Namespace) -> str:
    """The default draft language; bad ``--lang``, ``--concurrency`` or ``--jobs`` are usage errors."""
    try:
        default_language = validate_language(args.lang)
    except UnknownLanguage as exc:
        raise UsageError(str(exc)) from None
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    if args.jobs < 0:
        raise UsageError("--jobs must be 0 (the CPU count) or more")
    return default_language


def _print_summary(summary: batchmod.Summary, *, offline: str | None, language: str = "en") -> None:
    """The summary on standard error, in ``language`` (``--lang``, English when ``auto``: the rows may be in
    several languages); offline (``offline``: the text key that says why, the flag's or the environment's), grammar's
    absence said once instead of counted."""
    offline_grammar = offline is not None and summary.unavailable.pop("grammar", 0)
    for line in summary.lines(language=language):
        print(f"sevenfold: {line}", file=sys.stderr)
    if offline_grammar and offline is not None:
        print(f"sevenfold: {label(offline, language)}", file=sys.stderr)


def _review_in_processes(
    args: argparse.Namespace,
    jobs: int,
    settings: Settings,
    policy: Policy,
    source: batchmod.BatchSource,
    rows: Iterable[batchmod.Row],
    out: IO[str],
    summary: batchmod.Summary,
    total: int | None,
) -> None:
    """``--jobs N`` (N > 1): a process pool, one engine per worker, one LanguageTool shared by URL."""
    show_progress = total is not None
    shared = SharedGrammar(settings) if not settings.offline else None
    backend: PoolBackend | None = None
    try:
        if shared is not None and not shared.status()[0]:
            note = grammar_down(shared.status()[1], run_language(validate_language(args.lang)))
            print(f"sevenfold: {note}", file=sys.stderr)
        spec_settings = shared.settings if shared is not None else settings
        spec = EngineSpec(spec_settings, policy, grammar=shared is not None)
        engine = create_engine(settings.model_copy(update={"offline": True}), policy)
        writer = _writer(args, out, source, engine)
        backend = PoolBackend(spec, jobs)
        with progress(total, enabled=show_progress, language=run_language(validate_language(args.lang))) as advance:
            for result in batchmod.review_rows_on(backend, rows):
                summary.add(result)
                writer.write(result)
                advance()
        writer.close()
        if backend.restarts:
            language = run_language(validate_language(args.lang))
            times = counted("times", backend.restarts, language)
            print(f"sevenfold: {label('pool-restarted', language, times=times)}", file=sys.stderr)
    finally:
        if backend is not None:
            backend.close()
        if shared is not None:
            shared.stop()

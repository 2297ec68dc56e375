"""The ``sevenfold`` command: check, batch, rules, serve, policy, init, languagetool. Parses, calls the
engine, formats.

``check`` reviews TEXT, standard input, or files (``sevenfold check posts/*.md``: Markdown front matter
and code skipped, positions given as the file's line and column) in the ``text``, ``json``, ``sarif``
or ``github`` format. ``batch`` reviews a CSV or JSONL file of drafts. Exit codes: 0 nothing at or
above ``--fail-on``; 1 findings at or above it (or, in a batch, rows that could not be checked);
2 bad usage or unreadable input, with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from dataclasses import replace
from pathlib import Path
from typing import IO, Any, NoReturn

from app.domain import Report, Severity
from app.engine import Engine, InputError
from app.formats import Subject
from app.loader import RuleFileError
from app.policy import Policy, PolicyError, load_policy, merge_policy
from app.settings import Settings, get_settings
from app.text.language import UnknownLanguage, validate_language

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage or unreadable input: exit 2 with this one-line reason."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (exit 2) instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(
            EXIT_USAGE,
            f"sevenfold: {message} (see 'sevenfold {self.prog.split()[-1]} --help')\n"
            if " " in self.prog
            else f"sevenfold: {message} (see 'sevenfold --help')\n",
        )


_PATH_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx", ".txt", ".text"})


def _read_bytes(file: str) -> str:
    """A file's (or, for '-', standard input's) text; ``UsageError`` when unreadable or not UTF-8."""
    try:
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{file}: no such file") from None
    except IsADirectoryError:
        raise UsageError(f"{file}: is a directory, not a file") from None
    except OSError as exc:
        raise UsageError(f"{file}: cannot read ({exc.strerror or exc})") from None
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = "standard input" if file == "-" else file
        raise UsageError(f"{where}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at position {exc.start})") from None
    return decoded.removeprefix("\ufeff")


def _looks_like_path(value: str) -> bool:
    """A lone argument is a file when it exists, or reads as a path (no spaces, a known suffix or a '/')."""
    if not value or "\n" in value or "\x00" in value:
        return False
    try:
        if Path(value).is_file():
            return True
    except (OSError, ValueError):  # too long a name, or not a name at all: a draft
        return False
    if any(c.isspace() for c in value):
        return False
    return Path(value).suffix.lower() in _PATH_SUFFIXES or ("/" in value and not value.startswith(("http", "@", "#")))


def _read_input(text: str | None, file: str | None) -> tuple[str, str | None]:
    """The draft from TEXT, --file PATH, --file - or piped standard input, and its source name."""
    if text is not None and file is not None:
        raise UsageError("give the draft as TEXT or with --file, not both")
    if text is not None:
        return text, None
    if file is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no draft: give TEXT, --file PATH, or pipe it on standard input")
        file = "-"
    return _read_bytes(file), None if file == "-" else file


def _parse_acks(values: Sequence[str], by: str | None = None) -> dict[str, Any]:
    """``--ack RULE="reason"`` values as policy acks, with who acknowledged them."""
    acks: dict[str, Any] = {}
    by = by or os.environ.get("SEVENFOLD_ACK_BY") or os.environ.get("USER") or None
    for value in values:
        rule, sep, reason = value.partition("=")
        reason = reason.strip()
        if len(reason) >= 2 and reason[0] == reason[-1] and reason[0] in "\"'":
            reason = reason[1:-1].strip()
        if not sep or not rule.strip() or not reason:
            raise UsageError(f'--ack {value!r}: use --ack RULE_ID="reason"')
        acks[rule.strip()] = {"reason": reason, "by": by}
    return acks


def _load_policy(path: str | None) -> Policy:
    try:
        policy, _ = load_policy(Path(path) if path else None)
    except PolicyError as exc:
        raise UsageError(str(exc)) from None
    return policy


def _policy_with_acks(policy: Policy, args: argparse.Namespace) -> Policy:
    if not args.ack:
        return policy
    try:
        return merge_policy(policy, {"acks": _parse_acks(args.ack, getattr(args, "ack_by", None))}, "--ack")
    except PolicyError as exc:
        raise UsageError(str(exc)) from None


def _create_engine(settings: Settings, policy: Policy, grammar: Any = None) -> Engine:
    """An engine with the policy's extra rule folders; bad rule files and policies are usage errors."""
    try:
        engine = Engine.create(
            settings, grammar=grammar, policy=policy, extra_rule_dirs=[Path(d) for d in policy.rule_dirs]
        )
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    return engine


@asynccontextmanager
async def engine_session(settings: Settings, policy: Policy) -> AsyncIterator[Engine]:
    """An engine for one CLI run; starts LanguageTool for the run unless offline or given by URL."""
    engine = _create_engine(settings.model_copy(update={"offline": True}), policy)  # fail fast, before Java
    grammar: Any = None
    if not settings.offline:
        from app.languagetool.service import GrammarService

        grammar = GrammarService.from_settings(settings)
        await grammar.start(wait=True)
        ok, reason = grammar.status()
        if not ok:
            print(f"sevenfold: LanguageTool unavailable ({reason}); grammar is skipped", file=sys.stderr)
        engine = _create_engine(settings, policy, grammar)
    try:
        yield engine
    finally:
        if grammar is not None:
            await grammar.stop()


def _exit_code(report: Report, fail_on: str) -> int:
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in report.findings) else EXIT_OK


def _settings_for(args: argparse.Namespace) -> Settings:
    settings = get_settings()
    if getattr(args, "offline", False) and not settings.offline:
        settings = settings.model_copy(update={"offline": True})
    return settings


def _colour(stream: Any) -> bool:
    return bool(stream.isatty()) and not os.environ.get("NO_COLOR")


def _check_sources(args: argparse.Namespace) -> tuple[str | None, list[str]]:
    """(TEXT, files) from the positional arguments and --file; '-' is standard input."""
    inputs: list[str] = list(args.inputs)
    files: list[str] = list(args.file or [])
    text: str | None = None
    if len(inputs) == 1 and not _looks_like_path(inputs[0]):
        text = inputs[0]
    else:
        files = [*inputs, *files]
    if text is not None and files:
        raise UsageError("give the draft as TEXT or with --file, not both")
    if text is None and not files:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no draft: give TEXT, files, --file PATH, or pipe it on standard input")
        files = ["-"]
    return text, files


def cmd_check(args: argparse.Namespace) -> int:
    """``sevenfold check``: TEXT, standard input, or files."""
    from app.files import document_from_text, without_ignored

    text, files = _check_sources(args)
    try:
        language = validate_language(args.lang)
    except UnknownLanguage as exc:
        raise UsageError(str(exc)) from None
    policy = _policy_with_acks(_load_policy(args.policy), args)
    fail_on = args.fail_on or policy.fail_on
    settings = _settings_for(args)

    # Read everything first: an unreadable file is exit 2 before any engine starts.
    drafts: list[tuple[str, str | None, Any]] = []  # (draft text, source, document)
    if text is not None:
        drafts.append((text, None, None))
    for file in files:
        content = _read_bytes(file)
        if file == "-":
            drafts.append((content, None, None))
            continue
        document = document_from_text(content, file)
        if not document.body.strip():
            if not content.strip():
                raise UsageError(f"{file}: the draft is empty: write something to check")
            print(f"sevenfold: {file}: nothing to check (only front matter or code)", file=sys.stderr)
            continue
        drafts.append((document.body, file, document))

    async def run() -> tuple[list[Subject], list[Any]]:
        subjects: list[Subject] = []
        async with engine_session(settings, policy) as engine:
            for draft_text, source, document in drafts:
                try:
                    report = await engine.review(draft_text, language=language, policy=policy)
                except InputError as exc:
                    raise UsageError(f"{source or 'draft'}: {exc.reason}") from None
                if document is not None:
                    report = without_ignored(report, document)
                    subjects.append(Subject(report, draft_text, source=source, locate=document.position))
                else:
                    subjects.append(Subject(report, draft_text))
            return subjects, engine.catalogue()

    try:
        subjects, catalogue = asyncio.run(run())
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    print(_render(args.format, subjects, catalogue, args.lang))
    if settings.offline and any("grammar" in s.report.unavailable for s in subjects):
        print("sevenfold: --offline: grammar was not checked", file=sys.stderr)
    codes = [_exit_code(s.report, fail_on) for s in subjects]
    return max(codes, default=EXIT_OK)


def _render(fmt: str, subjects: list[Subject], catalogue: list[Any], lang: str) -> str:
    """The subjects in ``fmt``: text, json, sarif or github."""
    from app import formats

    if fmt == "json":
        return formats.format_json_subjects(subjects)
    if fmt == "github":
        return formats.format_github(subjects)
    if fmt == "sarif":
        from app.sarif import sarif_log

        return json.dumps(
            sarif_log(subjects, catalogue, language=_message_language(lang)), ensure_ascii=False, indent=2
        )
    colour = _colour(sys.stdout)
    return "\n\n".join(
        formats.format_text(s.report, s.text, colour=colour, source=s.source, locate=s.locate) for s in subjects
    )


def _message_language(lang: str) -> str:
    base = lang.split("-")[0].lower()
    return base if base in ("en", "fr") else "en"


def cmd_batch(args: argparse.Namespace) -> int:
    """``sevenfold batch``: a CSV or JSONL file of drafts, one result per row, in order."""
    from app import batch as batchmod

    try:
        default_language = validate_language(args.lang)
    except UnknownLanguage as exc:
        raise UsageError(str(exc)) from None
    if args.concurrency < 1:
        raise UsageError("--concurrency must be at least 1")
    policy = _policy_with_acks(_load_policy(args.policy), args)
    fail_on = args.fail_on or policy.fail_on
    settings = _settings_for(args)
    try:
        fmt, rows, columns, delimiter, stream = _open_batch(args)
    except batchmod.BatchInputError as exc:
        raise UsageError(str(exc)) from None
    total = _count_rows(args, fmt) if _progress_wanted(args) else None
    if default_language != "auto":
        rows = (r if r.language != "auto" else replace(r, language=default_language) for r in rows)
    summary = batchmod.Summary()
    try:
        out = _open_output(args.output)
    except OSError as exc:
        stream.close()
        raise UsageError(f"{args.output}: cannot write ({exc.strerror or exc})") from None

    async def run() -> None:
        async with engine_session(settings, policy) as engine:
            writer = _BatchWriter(args.format, out, columns, delimiter, engine.catalogue(), args.path, args.lang)
            with _progress(total, enabled=_progress_wanted(args)) as advance:
                async for result in batchmod.review_rows(engine, rows, policy, concurrency=args.concurrency):
                    summary.add(result)
                    writer.write(result)
                    advance()
            writer.close()

    try:
        asyncio.run(run())
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    finally:
        stream.close()
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    offline_grammar = settings.offline and summary.unavailable.pop("grammar", 0)
    for line in summary.lines():
        print(f"sevenfold: {line}", file=sys.stderr)
    if offline_grammar:
        print("sevenfold: --offline: grammar was not checked", file=sys.stderr)
    return EXIT_FINDINGS if summary.fails(fail_on) else EXIT_OK


def _open_batch(args: argparse.Namespace) -> tuple[str, Iterator[Any], list[str], str, IO[str]]:
    """(format, rows, input columns, delimiter, stream) of the batch input."""
    from app import batch as batchmod

    stream = batchmod.open_text(args.path)
    fmt: str = args.input_format or ""
    if not fmt:
        head = b""
        if args.path != "-":
            with open(args.path, "rb") as raw:
                head = raw.read(512)
        elif stream.seekable():
            head = stream.buffer.peek(512)[:512] if hasattr(stream, "buffer") else b""
        fmt = batchmod.detect_format(args.path, head)
    if fmt == "jsonl":
        return fmt, batchmod.jsonl_rows(stream), ["id", "text", "language"], ",", stream
    csv_input = batchmod.CsvInput(stream, column=args.column)
    try:
        csv_input.open()
    except batchmod.BatchInputError:
        stream.close()
        raise
    return fmt, csv_input.rows(), csv_input.fieldnames, csv_input.delimiter, stream


def _count_rows(args: argparse.Namespace, fmt: str) -> int | None:
    """Rows in the input (for the progress bar); ``None`` for standard input."""
    from app import batch as batchmod

    if args.path == "-":
        return None
    with batchmod.open_text(args.path) as stream:
        if fmt == "jsonl":
            return sum(1 for line in stream if line.strip())
        csv_input = batchmod.CsvInput(stream, column=args.column)
        csv_input.open()
        return sum(1 for _ in csv_input.rows())


def _progress_wanted(args: argparse.Namespace) -> bool:
    return not args.no_progress and sys.stderr.isatty()


@contextmanager
def _progress(total: int | None, *, enabled: bool) -> Iterator[Callable[[], None]]:
    """A rich progress bar on standard error when it is a terminal; a no-op otherwise."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("reviewing"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("batch", total=total)
        yield lambda: progress.advance(task)


def _open_output(path: str | None) -> IO[str]:
    if path is None:
        sys.stdout.reconfigure(errors="surrogateescape")  # type: ignore[union-attr]
        return sys.stdout
    return open(path, "w", encoding="utf-8", errors="surrogateescape", newline="")


def row_locator(line: int) -> Callable[[int], tuple[int, int | None]]:
    """A batch row's findings all sit on the row's first line of the input (cells have no columns)."""

    def locate(_offset: int) -> tuple[int, int | None]:
        return line, None

    return locate


class _BatchWriter:
    """Writes results as they come: JSONL and CSV streamed, SARIF at the end."""

    def __init__(
        self, fmt: str, out: IO[str], columns: list[str], delimiter: str, catalogue: list[Any], source: str, lang: str
    ) -> None:
        from app.batch import CsvOutput
        from app.sarif import SarifBuilder

        self.fmt = fmt
        self.out = out
        self.source = None if source == "-" else source
        self.csv = CsvOutput(out, columns, delimiter) if fmt == "csv" else None
        self.sarif = SarifBuilder(catalogue, language=_message_language(lang)) if fmt == "sarif" else None

    def write(self, result: Any) -> None:
        """One result."""
        from app.batch import result_json
        from app.sarif import Notice

        if self.csv is not None:
            self.csv.write(result)
        elif self.sarif is not None:
            if result.report is None:
                self.sarif.note(
                    Notice("error", f"row {result.row.id}: not checked: {result.error}", self.source, result.row.line)
                )
            else:
                self.sarif.add(
                    Subject(
                        result.report,
                        result.row.text or "",
                        source=self.source,
                        locate=row_locator(result.row.line),
                        name=result.row.id,
                    )
                )
        else:
            self.out.write(json.dumps(result_json(result), ensure_ascii=False) + "\n")

    def close(self) -> None:
        """Finish the output (SARIF is written whole here)."""
        if self.sarif is not None:
            self.out.write(json.dumps(self.sarif.log(), ensure_ascii=False, indent=2) + "\n")


def cmd_policy(args: argparse.Namespace) -> int:
    """``sevenfold policy schema|check``."""
    from app.policy import find_policy_file, policy_json_schema

    if args.policy_command == "schema":
        print(json.dumps(policy_json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    path = Path(args.path) if args.path else find_policy_file()
    if path is None:
        raise UsageError("no sevenfold.yml here or in any folder above (create one with 'sevenfold init')")
    try:
        policy, _ = load_policy(path)
    except PolicyError as exc:
        raise UsageError(str(exc)) from None
    settings = get_settings().model_copy(update={"offline": True})
    engine = _create_engine(settings, policy)
    custom = len(engine.ruleset(policy).rules)
    words = f"{len(policy.accept)} accepted and {len(policy.reject)} rejected word(s)"
    print(f"{path}: valid ({custom} rule(s) enabled, fail_on {policy.fail_on}, {words})")
    return EXIT_OK


def cmd_init(args: argparse.Namespace) -> int:
    """``sevenfold init``: write a commented starter ``sevenfold.yml``."""
    from app.policy import write_starter

    try:
        path = write_starter(Path(args.path), force=args.force)
    except PolicyError as exc:
        raise UsageError(str(exc)) from None
    print(f"sevenfold: wrote {path}; check it with 'sevenfold policy check'", file=sys.stderr)
    return EXIT_OK


def cmd_rules(args: argparse.Namespace) -> int:
    """``sevenfold rules``: the catalogue."""
    settings = get_settings().model_copy(update={"offline": True})
    engine = Engine.create(settings)
    metas = engine.catalogue()
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "id": m.id,
                        "family": m.family.value,
                        "severity": m.severity.value,
                        "languages": sorted(m.languages),
                        "description": m.summary_for(args.lang),
                        "kind": m.kind,
                    }
                    for m in metas
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    width = max(len(m.id) for m in metas)
    for meta in metas:
        langs = ",".join(sorted(meta.languages))
        print(f"{meta.id:<{width}}  {meta.severity.value:<7}  {langs:<6}  {meta.summary_for(args.lang)}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    """``sevenfold serve``: the API and the web form (and a supervised LanguageTool)."""
    import uvicorn

    from app.api.main import create_app
    from app.security import InsecureBind, check_bind

    settings = _settings_for(args)
    if args.allow_public and not settings.allow_public:
        settings = settings.model_copy(update={"allow_public": True})
    try:
        check_bind(args.host, api_keys=settings.api_keys, allow_public=settings.allow_public)
    except InsecureBind as exc:
        raise UsageError(str(exc)) from None
    try:  # fail fast, in one line, on a bad policy or rule file
        policy, _ = load_policy(settings.policy_file)
        Engine.create(
            settings.model_copy(update={"offline": True}),
            policy=policy,
            extra_rule_dirs=[Path(d) for d in policy.rule_dirs],
        )
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info", access_log=False)
    return EXIT_OK


def cmd_languagetool(args: argparse.Namespace) -> int:
    """``sevenfold languagetool install|status|start``."""
    from app.languagetool.cli import main as lt_main

    return lt_main(list(args.lt_args))


def _add_common(parser: argparse.ArgumentParser) -> None:
    """Flags ``check`` and ``batch`` share."""
    parser.add_argument(
        "--fail-on",
        choices=["error", "warning", "never"],
        default=None,
        help="exit 1 at or above this severity (default: the policy's, else error)",
    )
    parser.add_argument("--policy", help="policy file (default: sevenfold.yml found from the working directory up)")
    parser.add_argument("--offline", action="store_true", help="skip turns that need a server (grammar)")
    parser.add_argument(
        "--ack",
        action="append",
        default=[],
        metavar='RULE="reason"',
        help="acknowledge a rule's findings with a reason (kept, downgraded to info); repeatable",
    )
    parser.add_argument(
        "--ack-by", default=None, metavar="NAME", help="who acknowledges (default: $SEVENFOLD_ACK_BY or $USER)"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = _Parser(prog="sevenfold", description="Turn your tweet seven times before you post it.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser(
        "check",
        help="review a draft, or draft files",
        description="Review TEXT, files (Markdown front matter and code skipped), --file PATH, or standard input.",
    )
    check.add_argument(
        "inputs", nargs="*", metavar="TEXT|FILE", help="the draft, or files to review (or use --file / standard input)"
    )
    check.add_argument(
        "--file", "-f", action="append", help="read a draft from PATH ('-' for standard input); repeatable"
    )
    check.add_argument("--lang", default="auto", help="auto (default), en, fr, en-GB…")
    check.add_argument("--format", choices=["text", "json", "sarif", "github"], default="text")
    _add_common(check)
    check.set_defaults(func=cmd_check)

    batch = sub.add_parser(
        "batch",
        help="review a CSV or JSONL file of drafts",
        description="Review every row of a CSV (content-calendar export) or JSONL file; results to standard output.",
    )
    batch.add_argument("path", help="the CSV or JSONL file ('-' for standard input)")
    batch.add_argument("--column", help="the CSV column holding the post (default: text, message, content…)")
    batch.add_argument(
        "--input-format", choices=["csv", "jsonl"], default=None, help="default: from the suffix or content"
    )
    batch.add_argument("--format", choices=["jsonl", "csv", "sarif"], default="jsonl")
    batch.add_argument("--output", "-o", help="write results to PATH instead of standard output")
    batch.add_argument("--lang", default="auto", help="language of rows without one: auto (default), en, fr…")
    batch.add_argument("--concurrency", type=int, default=8, help="reviews in flight (grammar requests overlap)")
    batch.add_argument("--no-progress", action="store_true", help="no progress bar, even on a terminal")
    _add_common(batch)
    batch.set_defaults(func=cmd_batch)

    policy = sub.add_parser("policy", help="the policy file: its JSON Schema, or check one")
    policy_sub = policy.add_subparsers(dest="policy_command", required=True, parser_class=_Parser)
    policy_sub.add_parser("schema", help="print the JSON Schema of sevenfold.yml")
    policy_check = policy_sub.add_parser("check", help="validate a policy file (default: the one found from here)")
    policy_check.add_argument("path", nargs="?", help="the policy file")
    policy.set_defaults(func=cmd_policy)

    init = sub.add_parser("init", help="write a commented starter sevenfold.yml")
    init.add_argument("path", nargs="?", default="sevenfold.yml")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.set_defaults(func=cmd_init)

    rules = sub.add_parser("rules", help="list the rule catalogue")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.add_argument("--lang", default="en", help="language of the descriptions (en, fr)")
    rules.set_defaults(func=cmd_rules)

    serve = sub.add_parser("serve", help="run the API and the web form")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--offline", action="store_true", help="run without LanguageTool")
    serve.add_argument(
        "--allow-public", action="store_true", help="answer clients beyond loopback without API keys (not recommended)"
    )
    serve.set_defaults(func=cmd_serve)

    lt = sub.add_parser("languagetool", help="install or inspect the local LanguageTool server", add_help=False)
    lt.add_argument("lt_args", nargs=argparse.REMAINDER)
    lt.set_defaults(func=cmd_languagetool)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except UsageError as exc:
        print(f"sevenfold: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("sevenfold: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `sevenfold … | head`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return code


if __name__ == "__main__":
    sys.exit(main())

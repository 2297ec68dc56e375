"""The ``sevenfold`` command: check, rules, serve, languagetool. Parses, calls the engine, formats.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 bad usage or
unreadable input, with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, NoReturn

from app.domain import Report, Severity
from app.engine import Engine, InputError
from app.language import UnknownLanguage, validate_language
from app.loader import RuleFileError
from app.policy import Policy, PolicyError, load_policy, merge_policy
from app.settings import Settings, get_settings

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage or unreadable input: exit 2 with this one-line reason."""


class _Parser(argparse.ArgumentParser):
    """argparse with one-line errors (exit 2) instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"sevenfold: {message} (see 'sevenfold {self.prog.split()[-1]} --help')\n" if " " in self.prog else f"sevenfold: {message} (see 'sevenfold --help')\n")


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
        raise UsageError(f"{'standard input' if file == '-' else file}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at position {exc.start})") from None
    return decoded.removeprefix("\ufeff"), None if file == "-" else file


def _parse_acks(values: Sequence[str]) -> dict[str, Any]:
    acks: dict[str, Any] = {}
    by = os.environ.get("SEVENFOLD_ACK_BY") or os.environ.get("USER") or None
    for value in values:
        rule, sep, reason = value.partition("=")
        if not sep or not rule.strip() or not reason.strip():
            raise UsageError(f"--ack {value!r}: use --ack RULE_ID=\"reason\"")
        acks[rule.strip()] = {"reason": reason.strip(), "by": by}
    return acks


def _load_policy(path: str | None) -> Policy:
    try:
        policy, _ = load_policy(Path(path) if path else None)
    except PolicyError as exc:
        raise UsageError(str(exc)) from None
    return policy


@asynccontextmanager
async def engine_session(settings: Settings, policy: Policy) -> AsyncIterator[Engine]:
    """An engine for one CLI run; starts LanguageTool for the run unless offline or given by URL."""
    grammar: Any = None
    if not settings.offline:
        from app.languagetool.service import GrammarService

        grammar = GrammarService.from_settings(settings)
        await grammar.start(wait=True)
        ok, reason = grammar.status()
        if not ok:
            print(f"sevenfold: LanguageTool unavailable ({reason}); grammar is skipped", file=sys.stderr)
    try:
        yield Engine.create(settings, grammar=grammar, policy=policy)
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


def cmd_check(args: argparse.Namespace) -> int:
    """``sevenfold check``."""
    text, source = _read_input(args.text, args.file)
    try:
        language = validate_language(args.lang)
    except UnknownLanguage as exc:
        raise UsageError(str(exc)) from None
    policy = _load_policy(args.policy)
    if args.ack:
        try:
            policy = merge_policy(policy, {"acks": _parse_acks(args.ack)}, "--ack")
        except PolicyError as exc:
            raise UsageError(str(exc)) from None
    fail_on = args.fail_on or policy.fail_on
    settings = _settings_for(args)

    async def run() -> Report:
        async with engine_session(settings, policy) as engine:
            return await engine.review(text, language=language, policy=policy)

    try:
        report = asyncio.run(run())
    except InputError as exc:
        raise UsageError(f"{source or 'draft'}: {exc.reason}") from None
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    if args.format == "json":
        print(_json_report(report))
    else:
        colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        print(_text_report(report, text, colour, source))
    if settings.offline and "grammar" in report.unavailable:
        print("sevenfold: --offline: grammar was not checked", file=sys.stderr)
    return _exit_code(report, fail_on)


def _json_report(report: Report) -> str:
    from app.formats import format_json

    return format_json(report)


def _text_report(report: Report, text: str, colour: bool, source: str | None) -> str:
    from app.formats import format_text

    return format_text(report, text, colour=colour, source=source)


def cmd_rules(args: argparse.Namespace) -> int:
    """``sevenfold rules``: the catalogue."""
    settings = get_settings().model_copy(update={"offline": True})
    engine = Engine.create(settings)
    metas = engine.catalogue()
    if args.format == "json":
        print(json.dumps([
            {"id": m.id, "family": m.family.value, "severity": m.severity.value, "languages": sorted(m.languages),
             "description": m.summary_for(args.lang), "kind": m.kind}
            for m in metas
        ], ensure_ascii=False, indent=2))
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

    settings = _settings_for(args)
    try:  # fail fast, in one line, on a bad policy or rule file
        policy, _ = load_policy(settings.policy_file)
        Engine.create(settings.model_copy(update={"offline": True}), policy=policy)
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    uvicorn.run(create_app(settings), host=args.host, port=args.port, log_level="info", access_log=False)
    return EXIT_OK


def cmd_languagetool(args: argparse.Namespace) -> int:
    """``sevenfold languagetool install|status|start``."""
    from app.languagetool.cli import main as lt_main

    return lt_main(list(args.lt_args))


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = _Parser(prog="sevenfold", description="Turn your tweet seven times before you post it.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="review one draft", description="Review one draft: TEXT, --file PATH, or standard input.")
    check.add_argument("text", nargs="?", help="the draft (or use --file / standard input)")
    check.add_argument("--file", "-f", help="read the draft from PATH ('-' for standard input)")
    check.add_argument("--lang", default="auto", help="auto (default), en, fr, en-GB…")
    check.add_argument("--format", choices=["text", "json"], default="text")
    check.add_argument("--fail-on", choices=["error", "warning", "never"], default=None, help="exit 1 at or above this severity (default: the policy's, else error)")
    check.add_argument("--policy", help="policy file (default: sevenfold.yml found from the working directory)")
    check.add_argument("--offline", action="store_true", help="skip turns that need a server (grammar)")
    check.add_argument("--ack", action="append", default=[], metavar='RULE="reason"', help="acknowledge a rule's findings with a reason (kept, downgraded to info)")
    check.set_defaults(func=cmd_check)

    rules = sub.add_parser("rules", help="list the rule catalogue")
    rules.add_argument("--format", choices=["text", "json"], default="text")
    rules.add_argument("--lang", default="en", help="language of the descriptions (en, fr)")
    rules.set_defaults(func=cmd_rules)

    serve = sub.add_parser("serve", help="run the API and the web form")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--offline", action="store_true", help="run without LanguageTool")
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
    return code


if __name__ == "__main__":
    sys.exit(main())

"""``sevenfold init``: write a commented starter ``sevenfold.yml``, its comments in the user's language."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.parser import Parser, SubParsers, cli_language
from app.cli.session import EXIT_OK, UsageError
from app.policy import PolicyError


def add_parser(sub: SubParsers) -> None:
    """``init [PATH] [--force] [--lang auto|en|fr|…]``."""
    init = sub.add_parser("init", help="write a commented starter sevenfold.yml")
    init.add_argument("path", nargs="?", default="sevenfold.yml", help="where to write it (default: ./sevenfold.yml)")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.add_argument(
        "--lang",
        default=None,
        help="language of the drafts, and of the file's comments when it is fr or en (default: the policy found's"
        " language, else en; the file says language: auto)",
    )
    init.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the starter file (never over an existing one without ``--force``), commented in the CLI's language
    (``--lang``, else the policy found's, else English), its ``language:`` the ``--lang`` given (else ``auto``)."""
    from app.policy import parse_policy, starter_policy, write_starter
    from app.texts import label

    language = cli_language(Parser.argv or [])
    drafts = args.lang.strip() if args.lang is not None else None
    if drafts:  # `--lang xx`: said now, not by the next `sevenfold check` reading the file
        try:
            drafts = parse_policy({"language": drafts}, "--lang").language
        except PolicyError as exc:
            raise UsageError(f"--lang: {exc.reason}") from None
    try:
        path = write_starter(Path(args.path), force=args.force, text=starter_policy(language, drafts))
    except PolicyError as exc:
        raise UsageError(str(exc)) from None
    print(f"sevenfold: {label('init-wrote', language, path=path)}", file=sys.stderr)
    return EXIT_OK

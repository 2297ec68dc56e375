"""``sevenfold languagetool install|status|start``: the local LanguageTool server (``app.languagetool.cli``)."""

from __future__ import annotations

import argparse

from app.cli.parser import SubParsers


def add_parser(sub: SubParsers) -> None:
    """Everything after ``languagetool`` goes to ``app.languagetool.cli``."""
    lt = sub.add_parser("languagetool", help="install or inspect the local LanguageTool server", add_help=False)
    lt.add_argument("lt_args", nargs=argparse.REMAINDER)
    lt.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Hand over to the LanguageTool command."""
    from app.languagetool.cli import main as lt_main

    return lt_main(list(args.lt_args))

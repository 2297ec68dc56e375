"""Argument parsing: the top-level parser, one-line usage errors, and the flags ``check`` and ``batch`` share.

Each subcommand adds its own parser (``commands/<name>.py``, ``add_parser``); ``build_parser`` walks
``commands.COMMANDS`` in order.
"""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TypeAlias

from app.cli.session import EXIT_USAGE


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors (exit 2) instead of a usage dump, in ``--lang``'s (or ``--ui``'s) language."""

    def error(self, message: str) -> NoReturn:
        """Exit 2 with ``sevenfold: MESSAGE (see 'sevenfold [SUBCOMMAND] --help')``; argparse's own words ("invalid
        choice", "unrecognized arguments") in French when the command line asks for French."""
        from app.texts import label, localise

        language = _asked_language(sys.argv[1:])
        command = f"sevenfold {self.prog.split()[-1]}" if " " in self.prog else "sevenfold"
        see = label("see-help", language, command=command)
        self.exit(EXIT_USAGE, f"sevenfold: {localise(message, language)} {see}\n")


def _asked_language(argv: list[str]) -> str:
    """The language ``--lang`` or ``--ui`` names on a command line argparse could not read (``en`` when none)."""
    for index, arg in enumerate(argv):
        for flag in ("--lang", "--ui"):
            if arg == flag and index + 1 < len(argv):
                return argv[index + 1].strip().lower().replace("_", "-")
            if arg.startswith(flag + "="):
                return arg.split("=", 1)[1].strip().lower().replace("_", "-")
    return "en"


SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"
"""What a subcommand's ``add_parser`` receives: ``sub.add_parser(NAME, help=…)`` makes its parser."""


def add_review_options(parser: argparse.ArgumentParser) -> None:
    """Flags every reviewing subcommand (``check``, ``batch``) shares: fail-on, policy, offline, acks."""
    parser.add_argument(
        "--fail-on",
        choices=["error", "warning", "never"],
        default=None,
        help="exit 1 at or above this severity (default: the policy's, else error)",
    )
    parser.add_argument("--policy", help="policy file (default: sevenfold.yml found from the working directory up)")
    parser.add_argument("--offline", action="store_true", help="skip turns that need a server (grammar)")
    parser.add_argument(
        "--network",
        default=None,
        metavar="NAMES",
        help="networks the drafts are for, comma-separated: x, bluesky, mastodon, threads, linkedin"
        " (default: the policy's, else x); the verdict takes the strictest",
    )
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
    from app.cli.commands import COMMANDS

    parser = Parser(prog="sevenfold", description="Turn your tweet seven times before you post it.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser

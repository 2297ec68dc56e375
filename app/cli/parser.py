"""Argument parsing: the top-level parser, one-line usage errors, and the flags ``check`` and ``batch`` share.

Each subcommand adds its own parser (``commands/<name>.py``, ``add_parser``); ``build_parser`` walks
``commands.COMMANDS`` in order.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import ClassVar, NoReturn, TypeAlias

from app.cli.session import EXIT_USAGE
from app.kinds.base import DEFAULT_LANGUAGE


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors (exit 2) instead of a usage dump, in the CLI's language (``cli_language``)."""

    argv: ClassVar[list[str] | None] = None  # the command line ``main`` reads (``sys.argv[1:]`` when unset)

    def error(self, message: str) -> NoReturn:
        """Exit 2 with ``sevenfold: MESSAGE (see 'sevenfold [SUBCOMMAND] --help')``; argparse's own words ("invalid
        choice", "unrecognized arguments") in French when the CLI speaks French."""
        from app.texts import label, localise

        argv = Parser.argv if Parser.argv is not None else sys.argv[1:]
        language = cli_language(argv)
        command = self.prog
        if command == "sevenfold":  # the top parser reads what is left over: point to the subcommand's help
            choices = {c for a in self._actions if isinstance(a, argparse._SubParsersAction) for c in a.choices}
            first = next((i for i, arg in enumerate(argv) if arg in choices), None)
            if argv and argv[0].startswith("-") and first != 0:
                # (U, session 23) ``sevenfold --lang fr check …`` said "invalid choice: 'fr'" for the command
                options = " ".join(argv[:first])
                if first is not None:
                    message = f"{options}: options go after the subcommand: sevenfold {argv[first]} {options} …"
                else:
                    names = ", ".join(sorted(choices))
                    message = f"{options}: name a subcommand first ({names}), e.g. sevenfold check {options} …"
            named = argv[first] if first is not None else next((a for a in argv if not a.startswith("-")), None)
            if named in choices:
                command = f"sevenfold {named}"
        see = label("see-help", language, command=command)
        self.exit(EXIT_USAGE, f"sevenfold: {localise(message, language)} {see}\n")


def _flag_value(argv: list[str], flags: tuple[str, ...]) -> str | None:
    """The value the last of ``flags`` is given on a command line argparse may not have read (``--lang fr``,
    ``--lang=fr``), or None."""
    found: str | None = None
    for index, arg in enumerate(argv):
        for flag in flags:
            if arg == flag and index + 1 < len(argv):
                found = argv[index + 1]
            elif arg.startswith(flag + "="):
                found = arg.split("=", 1)[1]
    return found


def cli_language(argv: list[str]) -> str:
    """The language of the CLI's own words (argparse's errors, every subcommand's one-line exit-2 reason): ``--lang``
    or ``--ui`` on the command line; when it names none (or ``auto``), the policy's ``language`` (``--policy``, or
    the ``sevenfold.yml`` a run would find); English otherwise, and for a language Sevenfold has no texts in."""
    from app.texts import TRANSLATED, known_language

    languages = (DEFAULT_LANGUAGE, *TRANSLATED)
    asked = _flag_value(argv, ("--ui", "--lang"))
    if asked is not None and asked.strip().lower() != "auto":
        return known_language(asked, languages) or DEFAULT_LANGUAGE
    from app.policy import PolicyError, load_policy

    where = _flag_value(argv, ("--policy",))
    try:
        policy, _ = load_policy(Path(where) if where else None)
    except (PolicyError, OSError, ValueError):  # a bad policy is the command's own error to say: in its language
        return known_language(language_written_in(where), languages) or DEFAULT_LANGUAGE
    return known_language(policy.language, languages) or DEFAULT_LANGUAGE


def language_written_in(where: str | None) -> str:
    """The ``language`` a policy file that does not validate writes, read from its YAML alone ("" when it writes none
    or cannot be read): a French team's ``language: fr`` beside a misspelt key was told of it in English, and of an
    unknown rule in French (Q, session 36)."""
    from app.policy import PolicyError, find_policy_file, read_policy_file

    try:
        path = Path(where) if where else find_policy_file()
        data = read_policy_file(path) if path is not None else None
    except (PolicyError, OSError, ValueError):
        return ""
    language = data.get("language") if isinstance(data, dict) else None
    return language if isinstance(language, str) else ""


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
    from importlib.metadata import PackageNotFoundError, version

    from app.cli.commands import COMMANDS

    parser = Parser(prog="sevenfold", description="Turn your tweet seven times before you post it.")
    try:
        installed = version("sevenfold")
    except PackageNotFoundError:  # run from a source tree that was never installed
        installed = "unknown"
    parser.add_argument("--version", action="version", version=f"sevenfold {installed}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    return parser

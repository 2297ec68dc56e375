"""The ``sevenfold`` command: check, batch, rules, serve, policy, init, languagetool.

The package is split by job: ``parser`` (argument parsing, the flags subcommands share), ``inputs``
(reading drafts and files), ``output`` (text, json, sarif and github formats), ``session`` (the policy
and the one engine of a run), and ``commands/`` (one module per subcommand: its arguments and its
``run``; a new subcommand is a new module there, listed in ``commands.COMMANDS``). Batch I/O lives in
``app.batch``.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it (or, in a batch, rows that
could not be checked); 2 bad usage or unreadable input, with a one-line reason on stderr.

Language of the CLI's own words (usage errors, exit-2 reasons, for every subcommand): ``--lang`` or ``--ui`` on
the command line, else the policy's ``language``, else English (``parser.cli_language``). Help texts are English.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from app.cli.parser import Parser, build_parser, cli_language
from app.cli.session import EXIT_OK, EXIT_USAGE, UsageError
from app.texts import localise

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = build_parser()
    args_given = list(sys.argv[1:] if argv is None else argv)
    Parser.argv = args_given
    if args_given[:1] == ["languagetool"]:
        # argparse's REMAINDER keeps no argument that starts with '-' when it comes first: `sevenfold languagetool
        # --help` was "unrecognized arguments: --help"; its own parser reads all of them
        from app.languagetool.cli import main as lt_main

        return lt_main(args_given[1:])
    args = parser.parse_args(args_given)
    try:
        code: int = args.func(args)
    except UsageError as exc:  # in the CLI's language: a reason a subcommand wrote in English is said again
        print(f"sevenfold: {localise(str(exc), cli_language(args_given))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("sevenfold: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `sevenfold … | head`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return code

"""``sevenfold init``: write a commented starter ``sevenfold.yml``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.parser import SubParsers
from app.cli.session import EXIT_OK, UsageError
from app.policy import PolicyError


def add_parser(sub: SubParsers) -> None:
    """``init [PATH] [--force]``."""
    init = sub.add_parser("init", help="write a commented starter sevenfold.yml")
    init.add_argument("path", nargs="?", default="sevenfold.yml", help="where to write it (default: ./sevenfold.yml)")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    init.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Write the starter file (never over an existing one without ``--force``)."""
    from app.policy import write_starter

    try:
        path = write_starter(Path(args.path), force=args.force)
    except PolicyError as exc:
        raise UsageError(str(exc)) from None
    print(f"sevenfold: wrote {path}; check it with 'sevenfold policy check'", file=sys.stderr)
    return EXIT_OK

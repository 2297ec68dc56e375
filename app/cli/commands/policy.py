"""``sevenfold policy schema|check``: the JSON Schema of ``sevenfold.yml``, or validate one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.parser import Parser, SubParsers
from app.cli.session import EXIT_OK, UsageError, create_engine, policy_from
from app.settings import get_settings


def add_parser(sub: SubParsers) -> None:
    """``policy schema`` and ``policy check [PATH]``."""
    policy = sub.add_parser("policy", help="the policy file: its JSON Schema, or check one")
    policy_sub = policy.add_subparsers(dest="policy_command", required=True, parser_class=Parser)
    policy_sub.add_parser("schema", help="print the JSON Schema of sevenfold.yml")
    policy_check = policy_sub.add_parser("check", help="validate a policy file (default: the one found from here)")
    policy_check.add_argument("path", nargs="?", help="the policy file")
    policy.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema, or check the policy file (its rules built) and say what it enables."""
    from app.policy import find_policy_file, policy_json_schema

    if args.policy_command == "schema":
        print(json.dumps(policy_json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    path = Path(args.path) if args.path else find_policy_file()
    if path is None:
        raise UsageError("no sevenfold.yml here or in any folder above (create one with 'sevenfold init')")
    policy = policy_from(path)
    engine = create_engine(get_settings().model_copy(update={"offline": True}), policy)
    custom = len(engine.ruleset(policy).rules)
    words = f"{len(policy.accept)} accepted and {len(policy.reject)} rejected word(s)"
    print(f"{path}: valid ({custom} rule(s) enabled, fail_on {policy.fail_on}, {words})")
    return EXIT_OK

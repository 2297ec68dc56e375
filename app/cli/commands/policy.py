"""``sevenfold policy schema|check``: the JSON Schema of ``sevenfold.yml``, or validate one."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.cli.parser import Parser, SubParsers, language_written_in
from app.cli.session import EXIT_OK, UsageError, create_engine, policy_from
from app.settings import get_settings
from app.texts import known_language, label, localise


def add_parser(sub: SubParsers) -> None:
    """``policy schema`` and ``policy check [PATH]``."""
    policy = sub.add_parser("policy", help="the policy file: its JSON Schema, or check one")
    policy_sub = policy.add_subparsers(dest="policy_command", required=True, parser_class=Parser)
    policy_sub.add_parser("schema", help="print the JSON Schema of sevenfold.yml")
    policy_check = policy_sub.add_parser("check", help="validate a policy file (default: the one found from here)")
    policy_check.add_argument("path", nargs="?", help="the policy file")
    policy_check.add_argument(
        "--lang", default=None, help="language of the answer: en, fr… (default: the file's `language`, else en)"
    )
    policy.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the schema, or check the policy file (its rules built, the cases of its own rules run) and say what it
    enables, in ``--lang``'s language (what is wrong with it, too: the file, the key, the value)."""
    from app.policy import find_policy_file, policy_json_schema
    from app.policy_cases import first_failing_case

    if args.policy_command == "schema":
        print(json.dumps(policy_json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    path = Path(args.path) if args.path else find_policy_file()
    if path is None:
        raise UsageError(label("no-policy-here", known_language(args.lang or "en", ("en", "fr")) or "en"))
    # a French team's file is answered in French, named or found (a named one was answered in English, a found one
    # in French); --lang wins
    language = known_language(args.lang or language_written_in(str(path)) or "en", ("en", "fr")) or "en"
    try:
        policy = policy_from(path)
        engine = create_engine(get_settings().model_copy(update={"offline": True}), policy)
    except UsageError as exc:
        raise UsageError(localise(str(exc), language)) from None
    problem, cases = first_failing_case(engine, policy.rule_dirs)  # the rules a user adds, proved by their cases
    if problem is not None:
        raise UsageError(localise(str(problem), language))
    custom = len(engine.ruleset(policy).rules)
    said = label(
        "policy-valid",
        language,
        path=path,
        rules=custom,
        fail_on=policy.fail_on,
        accepted=len(policy.accept),
        rejected=len(policy.reject),
    )
    print(said)
    if cases:
        print(label("rule-cases-hold", language, path=path, cases=cases))
    return EXIT_OK

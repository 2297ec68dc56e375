"""A CLI run's policy, settings and engine: the engine is built once per run (with LanguageTool unless
offline), bad policies and rule files are ``UsageError``s (exit 2, one line), exit codes from findings.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from app.domain import Report, Severity
from app.engine import Engine
from app.loader import RuleFileError
from app.policy import Policy, PolicyError, load_policy, merge_policy
from app.settings import Settings, get_settings

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage or unreadable input: exit 2 with this one-line reason."""


def parse_acks(values: Sequence[str], by: str | None = None) -> dict[str, Any]:
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


def policy_from(path: str | Path | None) -> Policy:
    """The policy file at ``path`` (or found from the working directory up); errors are usage errors."""
    try:
        policy, _ = load_policy(Path(path) if path else None)
    except PolicyError as exc:
        raise UsageError(str(exc)) from None
    return policy


def run_policy(args: argparse.Namespace) -> Policy:
    """The policy of a reviewing run: ``--policy`` (or the one found) with ``--network`` and ``--ack`` merged in."""
    policy = policy_from(args.policy)
    if getattr(args, "network", None):
        try:
            policy = merge_policy(policy, {"networks": args.network}, "--network")
        except PolicyError as exc:
            raise UsageError(f"--network: {exc.reason.removeprefix('Value error, ')}") from None
    if not args.ack:
        return policy
    try:
        return merge_policy(policy, {"acks": parse_acks(args.ack, getattr(args, "ack_by", None))}, "--ack")
    except PolicyError as exc:
        raise UsageError(str(exc)) from None


def settings_for(args: argparse.Namespace) -> Settings:
    """The process settings, offline when ``--offline`` is given."""
    settings = get_settings()
    if getattr(args, "offline", False) and not settings.offline:
        settings = settings.model_copy(update={"offline": True})
    return settings


def create_engine(settings: Settings, policy: Policy | None = None, grammar: Any = None) -> Engine:
    """An engine with the policy's extra rule folders; bad rule files and policies are usage errors."""
    try:
        return Engine.create(
            settings,
            grammar=grammar,
            policy=policy,
            extra_rule_dirs=[Path(d) for d in policy.rule_dirs] if policy is not None else (),
        )
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None


def grammar_service(settings: Settings) -> Any:
    """The (not yet started) LanguageTool service of a run, or ``None`` offline."""
    if settings.offline:
        return None
    from app.languagetool.service import GrammarService

    return GrammarService.from_settings(settings)


@asynccontextmanager
async def engine_session(settings: Settings, policy: Policy, language: str = "en") -> AsyncIterator[Engine]:
    """The one engine of a CLI run; LanguageTool starts after it is built (a bad policy fails before Java).
    A note that LanguageTool is down is in ``language`` (the run's, ``app.texts.run_language``)."""
    grammar = grammar_service(settings)
    engine = create_engine(settings, policy, grammar)
    if grammar is not None:
        await grammar.start(wait=True)
        ok, reason = grammar.status()
        if not ok:
            print(f"sevenfold: {grammar_down(reason, language)}", file=sys.stderr)
    try:
        yield engine
    finally:
        if grammar is not None:
            await grammar.stop()


def grammar_down(reason: str | None, language: str) -> str:
    """The note that LanguageTool is down and grammar skipped, its reason too in ``language``."""
    from app.texts import label, localise

    return label("grammar-down", language, reason=localise(str(reason), language))


def exit_code(report: Report, fail_on: str) -> int:
    """1 when a finding reaches ``fail_on`` (``never``: always 0)."""
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    return EXIT_FINDINGS if any(f.severity.rank >= threshold for f in report.findings) else EXIT_OK

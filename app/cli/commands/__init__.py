"""The subcommands, one module each: ``add_parser(sub)`` declares its arguments and sets ``func`` to its
``run(args) -> exit code``. A new subcommand is a new module here, added to ``COMMANDS`` (the order of
``sevenfold --help``)."""

from __future__ import annotations

from types import ModuleType

from app.cli.commands import audit, batch, check, init, languagetool, policy, rules, serve

COMMANDS: tuple[ModuleType, ...] = (check, batch, audit, policy, init, rules, serve, languagetool)

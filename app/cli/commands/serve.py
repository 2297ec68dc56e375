"""``sevenfold serve``: the API and the web form (and a supervised LanguageTool)."""

from __future__ import annotations

import argparse

from app.cli.parser import SubParsers
from app.cli.session import EXIT_OK, UsageError, settings_for
from app.loader import RuleFileError
from app.policy import PolicyError


def add_parser(sub: SubParsers) -> None:
    """``serve [--host] [--port] [--offline] [--allow-public]``."""
    serve = sub.add_parser("serve", help="run the API and the web form")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--offline", action="store_true", help="run without LanguageTool")
    serve.add_argument(
        "--allow-public", action="store_true", help="answer clients beyond loopback without API keys (not recommended)"
    )
    serve.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Refuse a public bind without keys, build the engine (a bad policy or rule file fails here, in one
    line, before Java starts), then serve it."""
    import uvicorn

    from app.api.main import build_engine, create_app
    from app.api.security import InsecureBind, check_bind

    settings = settings_for(args)
    if args.allow_public and not settings.allow_public:
        settings = settings.model_copy(update={"allow_public": True})
    try:
        check_bind(args.host, api_keys=settings.api_keys, allow_public=settings.allow_public)
    except InsecureBind as exc:
        raise UsageError(str(exc)) from None
    try:
        engine = build_engine(settings)
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    app = create_app(settings, engine=engine, start_grammar=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=False)
    return EXIT_OK

"""``sevenfold serve``: the API and the web form (and a supervised LanguageTool), from one process or
from ``--workers N`` processes sharing one socket (``app.api.serving``)."""

from __future__ import annotations

import argparse
import os

from app.cli.parser import SubParsers
from app.cli.session import EXIT_OK, UsageError, settings_for
from app.loader import RuleFileError
from app.policy import PolicyError


def add_parser(sub: SubParsers) -> None:
    """``serve [--host] [--port] [--workers N] [--offline] [--allow-public]``."""
    serve = sub.add_parser("serve", help="run the API and the web form")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="worker processes (more than 1: with --offline or SEVENFOLD_LANGUAGETOOL_URL, one LanguageTool shared)",
    )
    serve.add_argument("--offline", action="store_true", help="run without LanguageTool")
    serve.add_argument(
        "--allow-public", action="store_true", help="answer clients beyond loopback without API keys (not recommended)"
    )
    serve.set_defaults(func=run)


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {number}")
    return number


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
    workers: int = getattr(args, "workers", 1)
    if workers > 1 and not settings.offline and not settings.languagetool_url:
        raise UsageError(
            f"--workers {workers} needs --offline or SEVENFOLD_LANGUAGETOOL_URL (one LanguageTool the workers share, "
            "e.g. from 'sevenfold languagetool start'); otherwise each worker would start its own"
        )
    _check_port(args.host, args.port)
    try:
        engine = build_engine(settings)
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    if workers > 1:
        del engine  # the policy and rule files are good; each worker builds its own engine
        return _serve_workers(args, settings.offline, settings.allow_public, workers)
    app = create_app(settings, engine=engine, start_grammar=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info", access_log=False)
    return EXIT_OK


def _check_port(host: str, port: int) -> None:
    """Bind the address once before the engine loads (tens of seconds): a port in use is one line and exit 2 at
    once, not uvicorn's error and exit 3 after the whole start-up."""
    from app.api.serving import listening_socket

    try:
        listening_socket(host, port).close()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise UsageError(f"cannot listen on {host}:{port}: {reason} (another server? choose one with --port)") from None


def _serve_workers(args: argparse.Namespace, offline: bool, public: bool, workers: int) -> int:
    """The workers read their settings from the environment: pass this command's flags on through it."""
    from app.api.serving import serve_workers

    if offline:
        os.environ["SEVENFOLD_OFFLINE"] = "1"
    if public:
        os.environ["SEVENFOLD_ALLOW_PUBLIC"] = "1"
    try:
        serve_workers(args.host, args.port, workers)
    except OSError as exc:
        raise UsageError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    return EXIT_OK

"""``sevenfold languagetool install|status|start``: the LanguageTool door of the CLI.

``install`` downloads the jars into the cache (idempotent); ``status`` says what is installed and
whether Java and Maven are there (and probes ``SEVENFOLD_LANGUAGETOOL_URL`` when set); ``start``
runs the supervised server in the foreground on a loopback port until Ctrl-C or SIGTERM, for
sharing one server between processes through ``SEVENFOLD_LANGUAGETOOL_URL``.
Exit codes: 0 fine, 1 not installed/not reachable (status, start), 2 bad usage or install failure.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import signal
import sys
from collections.abc import Sequence

from app.languagetool.provision import add_install_arguments, find_installation, java_major, run_install


def build_parser(prog: str = "sevenfold languagetool") -> argparse.ArgumentParser:
    """The parser of ``sevenfold languagetool``."""
    from app.cli.parser import Parser  # one-line usage errors in the CLI's language, as every other subcommand

    parser = Parser(prog=prog, description="Install, inspect or run the local LanguageTool server.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=Parser)
    install = sub.add_parser("install", help="download LanguageTool's jars from Maven Central into the cache")
    add_install_arguments(install)
    sub.add_parser("status", help="what is installed, and whether Java, Maven and the server are there")
    start = sub.add_parser("start", help="run LanguageTool in the foreground on a loopback port")
    start.add_argument("--port", type=int, default=None, help="port on 127.0.0.1 (default: a free one)")
    return parser


def _status() -> int:
    from app.settings import Settings

    settings = Settings()
    installation = find_installation(settings.languagetool_cache_dir, settings.languagetool_version)
    major = java_major()
    print(f"java: {'Java ' + str(major) if major else 'not found'}")
    print(f"mvn: {shutil.which('mvn') or 'not found'}")
    if installation is None:
        print(f"languagetool {settings.languagetool_version}: not installed in {settings.languagetool_cache_dir}")
    else:
        modules = ", ".join(sorted(installation.modules))
        size = installation.size_bytes() / 1_000_000
        print(f"languagetool {installation.version}: {installation.lib} (modules {modules}; {size:.0f} MB)")
    print(f"languages checked: {', '.join(settings.languagetool_languages)}")
    if settings.languagetool_url:
        return asyncio.run(_probe(settings.languagetool_url))
    return 0 if installation is not None and major is not None else 1


async def _probe(url: str) -> int:
    from app.languagetool.client import LanguageToolClient, LanguageToolError

    client = LanguageToolClient(url, timeout=5.0)
    try:
        await client.healthcheck()
        codes = sorted({item.get("code", "") for item in await client.languages()})
    except LanguageToolError as exc:
        print(f"server {url}: {exc}")
        return 1
    finally:
        await client.aclose()
    print(f"server {url}: healthy (languages {', '.join(codes)})")
    return 0


async def _serve(port: int | None) -> int:
    from app.languagetool.service import GrammarService
    from app.settings import Settings

    settings = Settings()
    service = GrammarService.from_settings(settings.model_copy(update={"languagetool_url": None}))
    service.port = port
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await service.start(wait=True)
    ready, reason = service.status()
    if not ready:
        print(f"sevenfold: languagetool: {reason}", file=sys.stderr)
        await service.stop()
        return 1
    print(f"LanguageTool ready at {service.url} (export SEVENFOLD_LANGUAGETOOL_URL={service.url}); Ctrl-C stops it")
    try:
        await stop.wait()
    finally:
        await service.stop()
    return 0


def main(argv: Sequence[str]) -> int:
    """Run ``sevenfold languagetool <command>``; returns the exit code."""
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0) if isinstance(exc.code, int) else 2
    if args.command == "install":
        return run_install(args)
    if args.command == "status":
        return _status()
    return asyncio.run(_serve(args.port))

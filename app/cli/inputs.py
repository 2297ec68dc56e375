"""Reading drafts: TEXT, files, ``--file PATH`` or standard input, as UTF-8 (or UTF-16/UTF-32 when the first
bytes say so, ``app.files.wide_codec``); unreadable input is a ``UsageError`` naming the file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.cli.session import UsageError
from app.files import unreadable, wide_codec

_PATH_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx", ".txt", ".text"})


def read_file(file: str) -> str:
    """A file's (or, for '-', standard input's) text; ``UsageError`` when unreadable or not UTF-8."""
    try:
        raw = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except IsADirectoryError:
        folder = file.rstrip("/") or file
        raise UsageError(f"{file}: is a directory, not a file: name its drafts, e.g. {folder}/*.md") from None
    except OSError as exc:
        raise UsageError(unreadable(file, exc)) from None
    wide = wide_codec(raw[:512])  # UTF-16 or UTF-32 (Windows Notepad's "Unicode", a PowerShell redirection)
    if wide is not None:
        try:
            return raw.decode(wide).removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass  # not UTF-16 after all: read as UTF-8 below, which says where it fails
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = "standard input" if file == "-" else file
        raise UsageError(f"{where}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at position {exc.start})") from None
    return decoded.removeprefix("\ufeff")


def looks_like_path(value: str) -> bool:
    """A lone argument is a file when it exists, or reads as a path (no spaces, a known suffix or a '/');
    '-' is standard input, as in every Unix tool."""
    if value == "-":
        return True
    if not value or "\n" in value or "\x00" in value:
        return False
    try:
        if Path(value).is_file() or Path(value).is_dir():  # a folder is named by mistake: say so, never review its name
            return True
    except (OSError, ValueError):  # too long a name, or not a name at all: a draft
        return False
    if any(c.isspace() for c in value):
        return False
    return Path(value).suffix.lower() in _PATH_SUFFIXES or ("/" in value and not value.startswith(("http", "@", "#")))


def check_sources(args: argparse.Namespace) -> tuple[str | None, list[str]]:
    """(TEXT, files) from the positional arguments and --file; '-' is standard input."""
    inputs: list[str] = list(args.inputs)
    files: list[str] = list(args.file or [])
    text: str | None = None
    if len(inputs) == 1 and not looks_like_path(inputs[0]):
        text = inputs[0]
    else:
        files = [*inputs, *files]
    if text is not None and files:
        raise UsageError("give the draft as TEXT or with --file, not both")
    if text is None and not files:
        if sys.stdin is None or sys.stdin.isatty():
            raise UsageError("no draft: give TEXT, files, --file PATH, or pipe it on standard input")
        files = ["-"]
    return text, files

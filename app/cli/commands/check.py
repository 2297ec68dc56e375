"""``sevenfold check``: review TEXT, standard input, or files (Markdown front matter and code skipped,
positions given as the file's line and column) in the ``text``, ``json``, ``sarif`` or ``github`` format."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.inputs import check_sources, looks_like_path, read_file
from app.cli.output import render
from app.cli.parser import SubParsers, add_review_options
from app.cli.session import EXIT_OK, UsageError, engine_session, exit_code, run_policy, settings_for
from app.door_text import check_draft
from app.engine import InputError
from app.formats import Subject
from app.loader import RuleFileError
from app.policy import PolicyError
from app.text.language import UnknownLanguage, validate_language
from app.texts import known_language, label, localise, run_language

if TYPE_CHECKING:
    from app.files import Document
    from app.kinds.base import RuleMeta


def add_parser(sub: SubParsers) -> None:
    """``check [TEXT|FILE…] [--file PATH] [--lang] [--format]`` and the review options."""
    check = sub.add_parser(
        "check",
        help="review a draft, or draft files",
        description="Review TEXT, files (Markdown front matter and code skipped), --file PATH, or standard input.",
    )
    check.add_argument(
        "inputs", nargs="*", metavar="TEXT|FILE", help="the draft, or files to review (or use --file / standard input)"
    )
    check.add_argument(
        "--file", "-f", action="append", help="read a draft from PATH ('-' for standard input); repeatable"
    )
    check.add_argument("--lang", default="auto", help="auto (default), en, fr, en-GB…")
    check.add_argument(
        "--format",
        choices=["text", "json", "sarif", "github", "jsonl"],
        default="text",
        help="json: one draft's report object, several drafts' array of them (each naming its 'file'); jsonl: one "
        'line per draft, {"id": …, "report": {…}}, whatever their number (as batch writes it)',
    )
    check.add_argument(
        "--reply-to",
        default=None,
        metavar="TEXT|@FILE",
        help="the post the draft answers (its text, or @path to read it): the reply is judged with it",
    )
    check.add_argument(
        "--quoting", default=None, metavar="TEXT|@FILE", help="the post the draft quotes (text or @path)"
    )
    add_review_options(check)
    check.set_defaults(func=run)


def _drafts(text: str | None, files: list[str], language: str = "en") -> list[tuple[str, str | None, Document | None]]:
    """(draft text, source, document) of every input, read before any engine starts (unreadable: exit 2); a file
    with nothing to check is said on standard error in ``language``."""
    from app.files import document_from_text

    drafts: list[tuple[str, str | None, Document | None]] = []
    if text is not None:
        drafts.append((text, None, None))
    for file in files:
        content = read_file(file)
        if file == "-":
            drafts.append((content, None, None))
            continue
        document = document_from_text(content, file)
        if not document.body.strip():
            if not content.strip():
                raise UsageError(f"{file}: the draft is empty: write something to check")  # said in --lang by run
            print(f"sevenfold: {label('nothing-to-check', language, file=file)}", file=sys.stderr)
            continue
        drafts.append((document.body, file, document))
    return drafts


def _within_limit(text: str, source: str, limit: int, language: str) -> None:
    """A draft (or a post it answers) over the API's body limit is refused at once (exit 2): a 6 MB file ran for
    many minutes with no word; a post is a few thousand characters at most."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > limit:
        said = label("draft-too-big", language, source=source, size=-(-size // 1024), limit=limit // 1024)
        raise UsageError(said)


def _context(value: str | None) -> str | None:
    """A reply context given as text, or as ``@path`` to read it from a file ('@-': standard input)."""
    if value is None:
        return None
    if value.startswith("@") and len(value) > 1 and (value[1:] == "-" or Path(value[1:]).is_file()):
        return read_file(value[1:])
    if value.startswith("@") and looks_like_path(value[1:]):
        # '@parent.txt' names a file ('@jack' alone is a handle, read as the post's text): a missing one is an error,
        # not the text '@parent.txt' judged as the post
        raise UsageError(f"{value[1:]}: no such file (the post given as @FILE)")
    return value


def run(args: argparse.Namespace) -> int:
    """Review every input with one engine; print them in ``--format``; exit by ``--fail-on``. Why it cannot (exit 2)
    is said in --lang's language, as its notes (English when it is 'auto')."""
    try:
        return _run(args)
    except UsageError as exc:
        raise UsageError(localise(str(exc), known_language(args.lang, ("en", "fr")) or "en")) from None


def _run(args: argparse.Namespace) -> int:
    from app.files import without_ignored

    text, files = check_sources(args)
    try:
        language = validate_language(args.lang)
    except UnknownLanguage as exc:
        raise UsageError(str(exc)) from None
    policy = run_policy(args)
    fail_on = args.fail_on or policy.fail_on
    settings = settings_for(args)
    drafts = _drafts(text, files, run_language(language))
    for draft_text, source, _document in drafts:  # an empty draft is said now, not after the engine's start-up
        try:
            check_draft(draft_text)
        except InputError as exc:
            raise UsageError(f"{source}: {exc.reason}" if source else exc.reason) from None  # said in --lang by run
        _within_limit(draft_text, source or "draft", settings.max_body_bytes, run_language(language))
    in_reply_to = _context(args.reply_to)
    quoting = _context(args.quoting)
    for name, context in (("--reply-to", in_reply_to), ("--quoting", quoting)):
        if context is not None:
            _within_limit(context, name, settings.max_body_bytes, run_language(language))

    async def review_all() -> tuple[list[Subject], list[RuleMeta]]:
        subjects: list[Subject] = []
        async with engine_session(settings, policy, run_language(language)) as engine:
            for draft_text, source, document in drafts:
                try:
                    report = await engine.review(
                        draft_text, language=language, policy=policy, in_reply_to=in_reply_to, quoting=quoting
                    )
                except InputError as exc:
                    raise UsageError(f"{source or 'draft'}: {exc.reason}") from None
                if document is not None:
                    report = without_ignored(report, document)
                    subjects.append(Subject(report, draft_text, source=source, locate=document.position))
                else:
                    subjects.append(Subject(report, draft_text))
            return subjects, engine.catalogue()

    try:
        subjects, catalogue = asyncio.run(review_all())
    except (PolicyError, RuleFileError) as exc:
        raise UsageError(str(exc)) from None
    print(render(args.format, subjects, catalogue, args.lang))
    if settings.offline and any("grammar" in s.report.unavailable for s in subjects):
        said = "offline" if args.offline else "offline-env"  # the flag, or the environment, as the user set it
        note = label(said, run_language(language, (s.report.language for s in subjects)))
        print(f"sevenfold: {note}", file=sys.stderr)
    return max((exit_code(s.report, fail_on) for s in subjects), default=EXIT_OK)

"""Drafts kept in files: what of a file is the post, and where a span of it sits (line and column).

A Markdown file (``posts/launch.md``) carries more than the post: front matter (YAML ``---`` or TOML
``+++``) with the scheduling metadata, fenced and indented code blocks, HTML blocks and comments, and
inline code. Only the prose is reviewed. The draft is the file's kept lines, stripped of surrounding
blank space, so every draft offset maps back to a line and a column of the file; findings that fall in
inline code are dropped. Any other file is reviewed whole.

Block structure comes from ``markdown-it-py`` (CommonMark, the parser ``rich`` already depends on).
Front matter is not CommonMark, and markdown-it's core has no plugin for it (that lives in
``mdit-py-plugins``); the convention is two delimiter lines at the top of the file, so it is
recognised here in a few lines rather than with another dependency.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, replace
from pathlib import Path

from app.domain import Report, Turn, TurnStatus, verdict_for

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx"})
_SKIPPED_BLOCKS = frozenset({"fence", "code_block", "html_block"})
_FRONT_MATTER = {"---": ("---", "..."), "+++": ("+++",)}
# A CommonMark code span: a run of N backticks, content, the next run of exactly N backticks.
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.DOTALL)


def wide_codec(head: bytes) -> str | None:
    """The UTF-16 or UTF-32 codec a file's first bytes show, or None (UTF-8, with or without its BOM): its BOM (a
    spreadsheet's "Unicode text", a PowerShell redirection, Notepad's "Unicode"), or, without one, text whose every
    other byte is NUL (ASCII in UTF-16). The one reading of every door that takes a file: ``check``, ``batch`` and
    ``audit`` (an archive's JSON). Read as UTF-8 such a file was "not valid UTF-8", a row per NUL, or "unknown
    format"."""
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    pairs = len(head) // 2
    if pairs >= 2:
        even = sum(1 for i in range(pairs) if head[2 * i] == 0)
        odd = sum(1 for i in range(pairs) if head[2 * i + 1] == 0)
        if odd >= 0.9 * pairs and even == 0:
            return "utf-16-le"
        if even >= 0.9 * pairs and odd == 0:
            return "utf-16-be"
    return None


def as_utf8_head(head: bytes) -> bytes:
    """A file's first bytes as UTF-8 (its BOM kept off), whatever ``wide_codec`` reads them as: for sniffing a
    format by its first characters."""
    codec = wide_codec(head)
    if codec is None:
        return head.removeprefix(codecs.BOM_UTF8)
    return head.decode(codec, errors="ignore").removeprefix("\ufeff").encode("utf-8")


def unreadable(path: str, exc: OSError) -> str:
    """Why ``path`` could not be read, in one line: no such file, a directory, or the system's reason."""
    if isinstance(exc, FileNotFoundError):
        return f"{path}: no such file"
    if isinstance(exc, IsADirectoryError):
        return f"{path}: is a directory, not a file"
    return f"{path}: cannot read ({exc.strerror or exc})"


@dataclass(frozen=True)
class Document:
    """The reviewable part of a file and the way back from draft offsets to the file's lines."""

    path: str
    body: str
    # Parallel tuples: the draft offset where a kept piece starts, its 1-based file line, and the
    # 0-based code-point column in that line where the piece starts.
    starts: tuple[int, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]
    ignored: tuple[tuple[int, int], ...] = ()
    skipped_lines: int = 0

    def position(self, offset: int) -> tuple[int, int]:
        """(1-based line, 1-based code-point column) in the file of a draft offset."""
        if not self.starts:
            return 1, 1
        index = max(0, bisect.bisect_right(self.starts, offset) - 1)
        return self.lines[index], self.columns[index] + (offset - self.starts[index]) + 1

    def keeps(self, offset: int, length: int) -> bool:
        """False when a span falls in inline code (a whole-draft finding, length 0 at 0, is kept)."""
        if length == 0 and offset == 0:
            return True
        end = offset + max(length, 1)
        return not any(start < end and offset < stop for start, stop in self.ignored)


def is_markdown(path: str | Path) -> bool:
    """True for the usual Markdown file suffixes."""
    return Path(path).suffix.lower() in MARKDOWN_SUFFIXES


def front_matter_lines(lines: list[str]) -> int:
    """How many leading lines are front matter (0 when there is none or it is not closed)."""
    if not lines:
        return 0
    opener = lines[0].rstrip("\r\n").rstrip()
    closers = _FRONT_MATTER.get(opener)
    if closers is None:
        return 0
    for index in range(1, len(lines)):
        if lines[index].rstrip("\r\n").rstrip() in closers:
            return index + 1
    return 0


def markdown_skipped_lines(text: str) -> set[int]:
    """0-based line numbers that are not prose: front matter, code blocks, HTML blocks."""
    from markdown_it import MarkdownIt

    lines = text.splitlines(keepends=True)
    skipped = set(range(front_matter_lines(lines)))
    # Parse with the front matter blanked so markdown-it's line map matches the file.
    masked = "".join("\n" if i in skipped else line for i, line in enumerate(lines))
    for token in MarkdownIt("commonmark").parse(masked):
        if token.type in _SKIPPED_BLOCKS and token.map is not None:
            skipped.update(range(token.map[0], token.map[1]))
    return skipped


def document_from_text(text: str, path: str, *, markdown: bool | None = None) -> Document:
    """The document of ``text`` read from ``path`` (Markdown when the suffix says so)."""
    if markdown is None:
        markdown = is_markdown(path)
    lines = text.splitlines(keepends=True)
    skipped = markdown_skipped_lines(text) if markdown else set()
    pieces: list[str] = []
    starts: list[int] = []
    line_numbers: list[int] = []
    columns: list[int] = []
    size = 0
    for index, line in enumerate(lines):
        if index in skipped:
            continue
        starts.append(size)
        line_numbers.append(index + 1)
        columns.append(0)
        pieces.append(line)
        size += len(line)
    joined = "".join(pieces)
    lead = len(joined) - len(joined.lstrip())
    body = joined.strip()
    # Shift the pieces by the stripped lead: pieces wholly inside it go, the one it cuts starts later.
    kept_starts: list[int] = []
    kept_lines: list[int] = []
    kept_columns: list[int] = []
    for start, line_no, column, piece in zip(starts, line_numbers, columns, pieces, strict=True):
        end = start + len(piece)
        if end <= lead:
            continue
        cut = max(0, lead - start)
        kept_starts.append(start + cut - lead)
        kept_lines.append(line_no)
        kept_columns.append(column + cut)
    ignored: tuple[tuple[int, int], ...] = ()
    if markdown:
        ignored = tuple((m.start(), m.end()) for m in _CODE_SPAN.finditer(body))
    return Document(
        path=path,
        body=body,
        starts=tuple(kept_starts),
        lines=tuple(kept_lines),
        columns=tuple(kept_columns),
        ignored=ignored,
        skipped_lines=len(skipped),
    )


def without_ignored(report: Report, document: Document) -> Report:
    """The report less the findings that fall in inline code; verdict and turn counts follow."""
    kept = tuple(f for f in report.findings if document.keeps(f.offset, f.length))
    if len(kept) == len(report.findings):
        return report
    turns: list[Turn] = []
    for turn in report.turns:
        if turn.status == TurnStatus.SKIPPED:
            turns.append(turn)
            continue
        items = [f for f in kept if f.family == turn.family]
        worst = max((f.severity.rank for f in items), default=-1)
        status = TurnStatus.FAIL if worst >= 2 else TurnStatus.WARN if worst == 1 else TurnStatus.PASS
        turns.append(replace(turn, status=status, count=len(items)))
    return replace(report, findings=kept, turns=tuple(turns), verdict=verdict_for(kept))

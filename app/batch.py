"""Batches of drafts: reading CSV and JSONL inputs row by row (``BatchSource``), reviewing them
concurrently in order, writing JSONL, CSV or SARIF (``BatchWriter``), and the summary.

Nothing is lost: every input row yields exactly one result, in input order, either a report or the
reason the row could not be checked (bad UTF-8, bad JSON, a CSV row with the wrong number of fields,
an empty draft, an unknown language). The input is read as bytes with ``surrogateescape`` so one bad
row never makes the whole file unreadable, and CSV output writes the input cells back byte for byte.

CSV comes from content-calendar exports: the post is in a column such as ``text``, ``message``, ``content`` or,
from a French team, ``texte`` or ``contenu`` (``--column`` picks another), the delimiter is ``,`` or, from a French
spreadsheet, ``;`` (chosen from the header line). The standard library's ``csv`` module does the parsing.
"""

from __future__ import annotations

import asyncio
import codecs
import csv
import io
import itertools
import json
import re
from collections import Counter, deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal, TypeVar

from app.domain import Report, Severity, to_wire
from app.door_text import check_draft
from app.engine import Engine, InputError
from app.files import unreadable, wide_codec
from app.kinds.base import DEFAULT_LANGUAGE
from app.policy import NETWORKS_NOT_A_LIST, Policy
from app.policy_errors import shown
from app.text.language import UnknownLanguage, validate_language
from app.text.networks import NetworkError, known_networks, network
from app.texts import TEXTS, TRANSLATED, counted, known_language, label, localise, reason_code

if TYPE_CHECKING:
    from app.audit.runner import Backend
    from app.kinds.base import RuleMeta

InputFormat = Literal["csv", "jsonl"]
TEXT_COLUMNS = (
    *("text", "message", "content", "post", "tweet", "body", "caption", "copy"),
    # a French team's calendar (its `;`-separated export already was read): after the English names, so a file
    # that has both keeps the column it had
    *("texte", "contenu", "publication", "légende"),
)
LANGUAGE_COLUMNS = ("language", "lang", "langue")
ID_COLUMNS = ("id", "post_id", "uid", "identifiant")
NETWORK_COLUMNS = ("network", "networks", "réseau", "réseaux")
"""A calendar's column naming each row's networks ("bluesky", "x, linkedin"), read unless ``--network`` names them
for every row; an empty cell: the policy's networks."""
CONTEXT_COLUMNS = {
    "in_reply_to": ("in_reply_to", "reply_to", "replying_to", "en_réponse_à", "réponse_à"),
    "quoting": ("quoting", "quote", "quoted", "citation"),
}
"""A calendar's columns holding the post a row answers or quotes (its text; an ``…_author`` column beside it, e.g.
``in_reply_to_author``, its author), as a JSONL line's ``in_reply_to``/``quoting``; an empty cell: none."""
DEFAULT_CONCURRENCY = 8
_DELIMITERS = (",", ";", "\t", "|")
_NO_DELIMITER = "\x1f"  # the ASCII unit separator: never in a post
_BAD_BYTES = frozenset(chr(c) for c in range(0xDC80, 0xDD00))


class BatchInputError(ValueError):
    """The input as a whole cannot be read (no such file, no text column…): exit 2."""


@dataclass(frozen=True)
class Row:
    """One input row: its number (a CSV's data rows from 1, a JSONL's line), its id (the row's own, else the
    number), where it starts in the input, the draft, or why it cannot be checked."""

    number: int
    id: str
    line: int
    text: str | None = None
    language: str = "auto"
    fields: dict[str, str] | None = None
    error: str | None = None
    networks: tuple[str, ...] = ()  # the row's own networks (a network column, a JSONL line's); () the policy's
    in_reply_to: dict[str, str | None] | None = None  # the post a JSONL line answers (its text, its author)
    quoting: dict[str, str | None] | None = None  # the post it quotes

    @property
    def name(self) -> str:
        """How the summary names the row: its number, and its own id when it has one (two rows may share an id,
        or one row's id be another's number: the number tells them apart)."""
        return self.id if self.id == str(self.number) else f"{self.number} (id {self.id})"


@dataclass(frozen=True)
class RowResult:
    """A row's outcome: a report, or the reason it was not checked."""

    row: Row
    report: Report | None = None
    error: str | None = None


@dataclass
class Summary:
    """Verdict counts, the rules that fired most, and the rows that could not be checked."""

    total: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    unavailable: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    not_judged: Counter[str] = field(default_factory=Counter)  # rows in a language without rules, by language
    worst: int = -1
    source: str | None = None
    """The input's path as given ('-': standard input), None when unknown: a row not checked whose line in the
    input is not its number (a CSV's rows: a header, cells holding line breaks) is said with ``FILE:LINE``."""
    lines_of: dict[int, int] = field(default_factory=dict)  # index in ``errors`` -> the row's line, when not its number

    def add(self, result: RowResult) -> None:
        """Count one result."""
        self.total += 1
        if result.report is None:
            if result.row.line != result.row.number:
                self.lines_of[len(self.errors)] = result.row.line
            self.errors.append((result.row.name, result.error or "not checked"))
            return
        self.verdicts[result.report.verdict.value] += 1
        for finding in result.report.findings:
            self.rules[finding.rule] += 1
            self.worst = max(self.worst, finding.severity.rank)
        for family in result.report.unavailable:
            self.unavailable[family] += 1
        for skipped in result.report.skipped_rules:
            self.skipped[skipped.rule] += 1
        if result.report.not_judged:
            self.not_judged[result.report.language] += 1

    def fails(self, fail_on: str) -> bool:
        """True when a finding reaches ``fail_on`` or a row could not be checked."""
        if fail_on == "never":
            return False
        return bool(self.errors) or self.worst >= Severity(fail_on).rank

    def lines(self, top: int = 5, max_errors: int = 20, language: str = DEFAULT_LANGUAGE) -> list[str]:
        """The summary as lines for standard error, in ``language`` (``app.texts``; English by default)."""
        lang = language
        checked = self.total - len(self.errors)
        counts = ", ".join(counted(v, self.verdicts.get(v, 0), lang) for v in ("ready", "review", "blocked"))
        rows = counted("rows", self.total, lang)
        not_checked = counted("not-checked", len(self.errors), lang)
        out = [
            label(
                "summary",
                lang,
                rows=rows,
                checked=counted("checked", checked, lang),
                counts=counts,
                not_checked=not_checked,
            )
        ]
        if self.rules:
            out.append(
                label("top-rules", lang, rules=", ".join(f"{rule} ({n})" for rule, n in self.rules.most_common(top)))
            )
        for family, n in sorted(self.unavailable.items()):
            name = label(f"family-{family}", lang) if f"family-{family}" in TEXTS else family
            out.append(label("family-down", lang, family=name, rows=counted("rows", n, lang)))
        for rule, n in sorted(self.skipped.items()):
            out.append(label("rule-skipped", lang, rule=rule, rows=counted("rows", n, lang)))
        if self.not_judged:
            languages = ", ".join(f"{code} ({n})" for code, n in sorted(self.not_judged.items()))
            rows = counted("rows", sum(self.not_judged.values()), lang)
            out.append(label("rows-not-judged", lang, rows=rows, languages=languages))
        for index, (row_id, reason) in enumerate(self.errors[:max_errors]):
            said = label("row-not-checked", lang, id=row_id, reason=localise(reason, lang))
            line = self.lines_of.get(index)
            if line is not None and self.source is not None:
                where = label("row-line-stdin", lang, line=line) if self.source == "-" else f"{self.source}:{line}"
                said += f" ({where})"
            out.append(said)
        not_utf8 = sum(1 for _, reason in self.errors if reason == "not valid UTF-8")
        if not_utf8:
            out.append(label("hint-not-utf8", lang, rows=counted("rows", not_utf8, lang)))
        if len(self.errors) > max_errors:
            out.append(counted("more-rows", len(self.errors) - max_errors, lang))
        return out


def detect_format(path: str, head: bytes) -> InputFormat:
    """``jsonl`` for .jsonl/.ndjson/.json or content starting with '{'; otherwise ``csv``."""
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv", ".txt"):
        return "csv"
    return "jsonl" if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") else "csv"


def _pick(columns: list[str], wanted: Iterable[str]) -> str | None:
    lowered = {c.strip().casefold(): c for c in reversed(columns)}
    for name in wanted:
        if name.casefold() in lowered:
            return lowered[name.casefold()]
    return None


def _bad_utf8(value: str) -> bool:
    return any(c in _BAD_BYTES for c in value)


def _sniff_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


_NETWORK_SEPARATORS = re.compile(r"[\s,;|/+]+")


def checked_networks(value: object) -> tuple[tuple[str, ...], str | None]:
    """The networks a row names — a cell or a JSONL ``network`` ("bluesky", "x, linkedin", "X / Bluesky") or a JSONL
    ``networks`` list — as their ids, and why not when one is unknown (as ``POST /v1/check`` says it); an empty cell
    or no value: ``()``, the policy's."""
    if value is None:
        return (), None
    if isinstance(value, str):
        names = [name for name in _NETWORK_SEPARATORS.split(value) if name]
    elif isinstance(value, list):
        names = [str(name) for name in value]
        if not names:
            return (), f"name at least one network (known: {', '.join(known_networks())})"
    else:
        return (), NETWORKS_NOT_A_LIST.format(value=shown(value))
    chosen: list[str] = []
    for name in names:
        try:
            found = network(name).id
        except NetworkError:
            return (), f"unknown network '{name}' (known: {', '.join(known_networks())})"
        if found not in chosen:
            chosen.append(found)
    return tuple(chosen), None


def checked_context(key: str, value: object) -> tuple[dict[str, str | None] | None, str | None]:
    """A JSONL line's ``in_reply_to`` or ``quoting`` as ``POST /v1/check`` takes it — the post's text, or
    ``{"text", "author"}`` — and why not when it is neither; None (no context) when absent."""
    if value is None:
        return None, None
    if isinstance(value, str):
        return {"text": value, "author": None}, None
    if isinstance(value, dict):
        text, author = value.get("text", ""), value.get("author")
        if isinstance(text, str) and (author is None or isinstance(author, str)) and set(value) <= {"text", "author"}:
            return {"text": text, "author": author}, None
    return None, f'\'{key}\' must be the post\'s text or an object such as {{"text": "…", "author": "…"}}'


def _checked_language(value: str | None) -> tuple[str, str | None]:
    if value is None or not value.strip():
        return "auto", None
    try:
        return validate_language(value), None
    except UnknownLanguage as exc:
        return "auto", str(exc)


@dataclass
class CsvInput:
    """A CSV input: its header, the columns used, and its rows (read lazily)."""

    stream: IO[str]
    column: str | None = None
    fieldnames: list[str] = field(default_factory=list)
    text_column: str = "text"
    language_column: str | None = None
    id_column: str | None = None
    delimiter: str = ","
    read_networks: bool = True  # False: ``--network`` names every row's networks, the column is not read
    network_column: str | None = None
    context_columns: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # key: (post, author)

    def open(self) -> None:
        """Read the header and choose the columns; ``BatchInputError`` when there is no text column."""
        header = _read_or_say(self.stream.readline, self.stream, 1)
        if not header.strip():
            raise BatchInputError("the CSV file is empty: no header line")
        self.delimiter = _sniff_delimiter(header)
        self.fieldnames = next(csv.reader([header], delimiter=self.delimiter))
        if len(self.fieldnames) == 1:
            # One column: a list of posts, whose unquoted commas are text, not separators.
            self.delimiter = _NO_DELIMITER
        if self.column is not None:
            chosen = self.column if self.column in self.fieldnames else _pick(self.fieldnames, [self.column])
            if chosen is None:
                raise BatchInputError(f"no column {self.column!r}; the columns are: {', '.join(self.fieldnames)}")
        else:
            chosen = _pick(self.fieldnames, TEXT_COLUMNS)
            if chosen is None and any(_bad_utf8(c) or "\x00" in c for c in self.fieldnames):
                # a binary file (an image, a spreadsheet's .xlsx) or a header in another encoding: its bytes were
                # listed as the columns ('\udc89PNG'): say what it looks like instead
                raise BatchInputError(
                    "the first line is not UTF-8 text: give a CSV or JSONL file (not a spreadsheet's .xlsx), or its "
                    "encoding with --encoding (e.g. cp1252)"
                )
            if chosen is None:
                raise BatchInputError(
                    f"no text column (tried {', '.join(TEXT_COLUMNS)}); the columns are: "
                    f"{', '.join(self.fieldnames)}; choose one with --column NAME"
                )
        self.text_column = chosen
        self.language_column = _pick(self.fieldnames, LANGUAGE_COLUMNS)
        self.id_column = _pick(self.fieldnames, ID_COLUMNS)
        self.network_column = _pick(self.fieldnames, NETWORK_COLUMNS) if self.read_networks else None
        for key, names in CONTEXT_COLUMNS.items():
            post = _pick(self.fieldnames, names)
            if post is not None and post != self.text_column:
                self.context_columns[key] = (post, _pick(self.fieldnames, [f"{post.strip()}_author"]))

    # long: one row read, then checked in the order of what makes it uncheckable (a quote, its width, its bytes,
    # its language, its networks): one loop a reader follows top to bottom
    def rows(self) -> Iterator[Row]:
        """Every data row, one ``Row`` each, bad ones with their ``error``."""
        lines = _RowLines(self.stream)
        reader = csv.reader(lines, delimiter=self.delimiter)
        width = len(self.fieldnames)
        index = self.fieldnames.index(self.text_column)
        number = 0
        line_before = 1  # the header
        blanks: list[int] = []  # blank lines not yet known to lie between rows
        while True:
            start_line = line_before + 1
            lines.read.clear()
            try:
                cells = _read_or_say(lambda: next(reader), self.stream, start_line)
            except StopIteration:
                return
            except csv.Error as exc:
                for blank in blanks:  # the blank lines before it are rows before it
                    number += 1
                    yield Row(number, str(number), blank, error=BLANK_LINE)
                blanks.clear()
                number += 1
                line_before = reader.line_num + 1
                yield Row(number, str(number), start_line, error=f"unreadable CSV ({exc})")
                continue
            line_before = reader.line_num + 1
            if not cells:  # a blank line: a row (with no draft) if a row follows it, else the file's end
                blanks.append(start_line)
                continue
            for blank in blanks:
                number += 1
                yield Row(number, str(number), blank, error=BLANK_LINE)
            blanks.clear()
            number += 1
            fields = {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(self.fieldnames)}
            row_id = fields.get(self.id_column, "").strip() if self.id_column else ""
            row_id = row_id or str(number)
            language, language_error = _checked_language(
                fields.get(self.language_column) if self.language_column else None
            )
            error: str | None = None
            opened = lines.unclosed_quote(self.delimiter)
            if opened is not None and reader.line_num + 1 > start_line + opened:
                error = (
                    f"a quote opened on line {start_line + opened} is never closed: the rest of the file, to line "
                    f"{reader.line_num + 1}, was read as one cell"
                )
            elif opened is not None:  # the last line: nothing after it was swallowed, but its cells are cut wrong
                error = f"a quote opened on line {start_line + opened} is never closed (the file ends inside it)"
            elif len(cells) != width:
                error = f"the row has {len(cells)} field(s), the header {width}"
            elif any(_bad_utf8(c) for c in cells):
                error = "not valid UTF-8"
            elif language_error:
                error = language_error
            networks: tuple[str, ...] = ()
            if error is None and self.network_column is not None:
                networks, error = checked_networks(fields.get(self.network_column))
            text = cells[index] if index < len(cells) else None
            yield Row(
                number,
                row_id,
                start_line,
                text=text,
                language=language,
                fields=fields,
                error=error,
                networks=networks,
                **self._contexts(fields),
            )

    def _contexts(self, fields: dict[str, str]) -> dict[str, dict[str, str | None] | None]:
        """The posts a row answers or quotes, from their columns (an empty cell: none), as ``Row`` takes them."""
        found: dict[str, dict[str, str | None] | None] = {}
        for key, (post, author) in self.context_columns.items():
            said = fields.get(post, "")
            written = fields.get(author, "").strip() if author is not None else ""
            found[key] = {"text": said, "author": written or None} if said.strip() else None
        return found


class _RowLines:
    """The input's lines as ``csv.reader`` reads them, those of the row being read kept in ``read``: a row still
    inside a quoted cell at its end ran into the end of the file (``"Merci,fr`` then every line after it, or the
    last line alone), which ``csv`` returns without a word as one cell, or as a row of the wrong width; the row
    then says so."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.read: list[str] = []

    def __iter__(self) -> _RowLines:
        return self

    def __next__(self) -> str:
        line = next(self.stream)
        self.read.append(line)
        return line

    def unclosed_quote(self, delimiter: str) -> int | None:
        """The line (from 0, in the row just read) of the quote that opened a cell and was never closed, or
        ``None``. Read as ``csv`` reads: a quote opens a cell only at its start, ``""`` inside one is a quote, a
        quote inside an unquoted cell (``5" screen``) is text."""
        quoted, at_start, opened = False, True, 0
        for number, line in enumerate(self.read):
            i = 0
            while i < len(line):
                char = line[i]
                if quoted:
                    if char == '"':
                        if line[i + 1 : i + 2] == '"':
                            i += 1
                        else:
                            quoted = False
                elif char == '"' and at_start:
                    quoted, opened = True, number
                else:
                    at_start = char in (delimiter, "\r", "\n")
                    i += 1
                    continue
                at_start = False
                i += 1
        return opened if quoted else None


BLANK_LINE = "a blank line: no draft on it"
"""Why a blank line between rows is not checked. A blank line between two rows is a row (JSONL: one output line per
input line; a one-column CSV writes an empty cell so), never dropped in silence; blank lines after the last row are
the file's end, not rows."""


def _read_or_say(read: Callable[[], _T], stream: IO[str], line: int) -> _T:
    """``read()``, a read of ``stream`` at ``line``; ``BatchInputError`` naming the file and the line when its bytes
    are not in its encoding at all (``--encoding utf-16`` for a file without a BOM: the decoder stops, which no
    error handler turns into a bad row), as a header it cannot read."""
    try:
        return read()
    except UnicodeError as exc:
        name = getattr(stream, "name", "-")
        where = "-" if name == "<stdin>" or not isinstance(name, str) else name
        said = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
        encoding = getattr(stream, "encoding", "utf-8")
        raise BatchInputError(f"{where}:{line}: {_NOT_IN_ENCODING.format(encoding=encoding, error=said)}") from None


_T = TypeVar("_T")
_NOT_IN_ENCODING = TEXTS["batch-not-in-encoding"][DEFAULT_LANGUAGE]


def jsonl_rows(stream: IO[str], read_networks: bool = True) -> Iterator[Row]:
    """Every line of a JSONL input as a ``Row`` (bad JSON, missing text, a blank line between rows: an ``error``),
    but the blank lines that end the file; a line's ``networks`` (or ``network``) are its own unless
    ``read_networks`` is False (``--network`` names every row's)."""
    blanks: list[int] = []
    lines = iter(stream)
    for line_no in itertools.count(1):
        try:
            line = _read_or_say(lambda: next(lines), stream, line_no)
        except StopIteration:
            return
        if not line.strip():
            blanks.append(line_no)
            continue
        for blank in blanks:
            yield Row(blank, str(blank), blank, error=BLANK_LINE)
        blanks.clear()
        row_id = str(line_no)
        if _bad_utf8(line):
            yield Row(line_no, row_id, line_no, error="not valid UTF-8")
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Row(line_no, row_id, line_no, error=f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(item, dict):
            yield Row(line_no, row_id, line_no, error="a line must be a JSON object with a 'text' key")
            continue
        yield _jsonl_row(item, line_no, read_networks)


def _jsonl_row(item: dict[str, Any], line_no: int, read_networks: bool) -> Row:
    """A JSONL line's object as a ``Row``: its id, text, language, networks and the posts it answers or quotes, or
    the first reason it cannot be checked."""
    row_id = str(line_no)
    raw_id = item.get("id")
    if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) and str(raw_id).strip():
        row_id = str(raw_id)
    text = item.get("text")
    raw_language = item.get("language")
    if raw_language is not None and not isinstance(raw_language, str):
        return Row(line_no, row_id, line_no, error="'language' must be a string")
    language, language_error = _checked_language(raw_language)
    if not isinstance(text, str):
        reason = "no 'text' key" if text is None else "'text' must be a string"
        return Row(line_no, row_id, line_no, error=reason)
    networks, network_error = checked_networks(item.get("networks", item.get("network")))
    if read_networks and network_error is not None and language_error is None:
        return Row(line_no, row_id, line_no, text=text, language=language, error=network_error)
    (in_reply_to, reply_error), (quoting, quote_error) = (
        checked_context(key, item.get(key)) for key in ("in_reply_to", "quoting")
    )
    if (reply_error or quote_error) and language_error is None:
        return Row(line_no, row_id, line_no, text=text, language=language, error=reply_error or quote_error)
    return Row(
        line_no,
        row_id,
        line_no,
        text=text,
        language=language,
        error=language_error,
        networks=networks if read_networks else (),
        in_reply_to=in_reply_to,
        quoting=quoting,
    )


def open_text(path: str, encoding: str = "utf-8") -> IO[str]:
    """The input as text (UTF-8 by default, BOM dropped, bad bytes kept as surrogates; UTF-16 or UTF-32 when its
    first bytes show it, ``app.files.wide_codec``); '-' is standard input. ``encoding`` reads another one (``cp1252``: a
    spreadsheet saved as plain CSV on Windows)."""
    import sys

    codec = "utf-8-sig" if codecs.lookup(encoding).name == "utf-8" else encoding
    try:
        if path == "-":
            buffer = sys.stdin.buffer
            if codec == "utf-8-sig" and isinstance(buffer, io.BufferedReader):
                codec = wide_codec(buffer.peek(512)[:512]) or codec
            return io.TextIOWrapper(buffer, encoding=codec, errors="surrogateescape", newline="")
        if codec == "utf-8-sig":
            with open(path, "rb") as raw:
                codec = wide_codec(raw.read(512)) or codec
        return open(path, encoding=codec, errors="surrogateescape", newline="")
    except OSError as exc:
        raise BatchInputError(unreadable(path, exc)) from None


def not_invisible_only(rows: Iterable[Row]) -> Iterator[Row]:
    """``rows``, a draft that holds only invisible characters with its reason (``app.door_text``: a reader sees an
    empty post; ``check`` and the API refuse it the same way)."""
    for row in rows:
        if row.error is None and row.text:
            try:
                check_draft(row.text)
            except InputError as exc:
                row = replace(row, error=exc.reason)
        yield row


def within_limit(rows: Iterable[Row], max_bytes: int) -> Iterator[Row]:
    """``rows``, a draft over ``max_bytes`` in UTF-8 (``SEVENFOLD_MAX_BODY_BYTES``, the API's and ``check``'s limit)
    marked not checked with its size: reviewing a 6 MB cell took minutes and no post is that long. The row is kept
    (its result says why), never dropped."""
    for row in rows:
        if row.error is None and row.text is not None:
            size = len(row.text.encode("utf-8", "surrogatepass"))
            if size > max_bytes:
                reason = f"{-(-size // 1024)} KB, over the limit of {max_bytes // 1024} KB for one draft"
                yield replace(row, error=f"{reason} (SEVENFOLD_MAX_BODY_BYTES)")
                continue
        yield row


async def review_row(engine: Engine, row: Row, policy: Policy, gate: asyncio.Semaphore) -> RowResult:
    """One row reviewed (for its own networks when it names them), or its reason for not being checked; never
    raises."""
    if row.error is not None or row.text is None:
        return RowResult(row, error=row.error or "no text")
    try:
        if row.networks:  # the run's policy for this row's networks (the engine caches a rule set per policy)
            policy = engine.resolve_policy({"networks": list(row.networks)}, base=policy)
        async with gate:
            report = await engine.review(
                row.text, language=row.language, policy=policy, in_reply_to=row.in_reply_to, quoting=row.quoting
            )
    except InputError as exc:
        return RowResult(row, error=exc.reason)
    except UnknownLanguage as exc:
        return RowResult(row, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one row must never stop the batch (no row is lost)
        return RowResult(row, error=f"internal error ({exc.__class__.__name__})")
    return RowResult(row, report=report)


async def review_rows(
    engine: Engine, rows: Iterable[Row], policy: Policy, *, concurrency: int = DEFAULT_CONCURRENCY
) -> AsyncIterator[RowResult]:
    """Results in input order, ``concurrency`` reviews in flight (grammar I/O overlaps), bounded read-ahead."""
    gate = asyncio.Semaphore(max(1, concurrency))
    pending: deque[asyncio.Task[RowResult]] = deque()
    window = max(1, concurrency) * 4
    for row in rows:
        pending.append(asyncio.create_task(review_row(engine, row, policy, gate)))
        if len(pending) >= window:
            yield await pending.popleft()
    while pending:
        yield await pending.popleft()


def review_rows_on(backend: Backend, rows: Iterable[Row]) -> Iterator[RowResult]:
    """Results in input order, each checkable row reviewed on ``backend`` (``batch --jobs``: a process pool
    whose workers build their engine once); rows that cannot be checked keep their reason."""
    from app.audit.runner import DraftInput, map_ordered

    def draft_of(row: Row) -> DraftInput | None:
        if row.error is not None or row.text is None:
            return None
        if row.in_reply_to is not None or row.quoting is not None:
            return (row.text, row.language, row.networks, (row.in_reply_to, row.quoting))
        return (row.text, row.language, row.networks) if row.networks else (row.text, row.language)

    for row, outcome in map_ordered(rows, draft_of, backend):
        if outcome is None:
            yield RowResult(row, error=row.error or "no text")
        elif isinstance(outcome, Report):
            yield RowResult(row, report=outcome)
        else:
            yield RowResult(row, error=outcome)


def result_json(result: RowResult) -> dict[str, Any]:
    """The JSONL output line of a result: ``{"id", "row", "report"}`` or ``{"id", "row", "error"}``; ``row`` is
    the row's number (a CSV's data rows from 1, a JSONL's line), its identity when ids repeat or are blank."""
    if result.report is None:  # the reason in English (stable, as the audit's), its code stabler still
        error = result.error or "not checked"
        return {"id": result.row.id, "row": result.row.number, "error": error, "code": reason_code(error)}
    return {"id": result.row.id, "row": result.row.number, "report": to_wire(result.report)}


def row_language(row: Row) -> str:
    """The language of a row's own lines (why it was not checked): its language, or ``--lang`` given to a row
    without one; English when that is ``auto``."""
    return DEFAULT_LANGUAGE if row.language == "auto" else row.language


def _said(result: RowResult, language: str) -> str | None:
    """Why ``result``'s row was not checked, in ``language`` (``app.texts.localise``)."""
    return localise(result.error, language) if result.error else result.error


def findings_cell(report: Report) -> str:
    """A readable cell for a spreadsheet: one finding a line, in the report's language. A row in a language
    Sevenfold has no rules for (``de``) starts with what was not judged and that its messages are in English: its
    verdict covers only the checks that need no language, and the cell would otherwise say so nowhere (JSONL has
    ``not_judged``, the text format and SARIF their note, the summary its line)."""
    lang = report.language
    notes: list[str] = []
    if report.not_judged:
        families = ", ".join(label(f"family-{f}", lang) for f in report.not_judged)
        notes.append(label("not-judged", lang, language=lang, families=families))
        if known_language(lang, (DEFAULT_LANGUAGE, *TRANSLATED)) is None:
            notes.append(label("messages-in-english", lang, language=lang))
    return "\n".join(
        notes
        + [
            label(
                "finding-cell",
                lang,
                severity=label(f"severity-{f.severity.value}", lang),
                rule=f.rule,
                offset=f.offset,
                message=f.message,
            )
            for f in report.findings
        ]
    )


class CsvOutput:
    """The input columns plus ``verdict``, ``findings_count``, ``findings``, ``error``, ``row`` (the row's
    number: an id cell may be blank or repeated, and the input cells are written back as they came) and ``code``
    (why the row was not checked, as JSONL's ``code``: ``error`` is for people, in the row's language; ``code`` is
    for formulas and scripts, in no language, ``app.texts.ROW_CODES``). Each column Sevenfold adds is added last, so
    the earlier ones keep their places; one the input already has is written ``sevenfold_<name>``."""

    def __init__(self, stream: IO[str], input_columns: list[str], delimiter: str = ",") -> None:
        taken = set(input_columns)
        self.names: dict[str, str] = {}
        for name in ("verdict", "findings_count", "findings", "error", "row", "code"):
            self.names[name] = f"sevenfold_{name}" if name in taken else name
        self.columns = [*input_columns, *self.names.values()]
        delimiter = "," if delimiter == _NO_DELIMITER else delimiter
        self.writer = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
        self.writer.writerow(self.columns)
        self.input_columns = input_columns

    def write(self, result: RowResult) -> None:
        """Write one row."""
        fields = result.row.fields or {}
        extra = {
            self.names["verdict"]: result.report.verdict.value if result.report else "",
            self.names["findings_count"]: str(len(result.report.findings)) if result.report else "",
            self.names["findings"]: findings_cell(result.report) if result.report else "",
            self.names["error"]: _said(result, row_language(result.row)) or "",
            self.names["row"]: str(result.row.number),
            self.names["code"]: reason_code(result.error or "not checked") if result.report is None else "",
        }
        self.writer.writerow([fields.get(c, "") for c in self.input_columns] + [extra[c] for c in self.names.values()])


@dataclass
class BatchSource:
    """The batch input, opened: its format, rows (read lazily), input columns, CSV delimiter and stream."""

    path: str
    format: InputFormat
    rows: Iterator[Row]
    columns: list[str]
    delimiter: str
    stream: IO[str]
    column: str | None = None
    encoding: str = "utf-8"

    @classmethod
    def open(
        cls,
        path: str,
        input_format: str | None = None,
        column: str | None = None,
        encoding: str = "utf-8",
        read_networks: bool = True,
    ) -> BatchSource:
        """Open ``path`` ('-': standard input), its format given or detected; ``BatchInputError`` if unreadable.
        ``read_networks``: each row's networks are read from its network column or JSONL key (False: ``--network``
        names them for every row)."""
        stream = open_text(path, encoding)
        fmt = input_format or ""
        if not fmt:
            head = b""
            if path != "-":
                with open(path, "rb") as raw:
                    head = raw.read(512)
            elif hasattr(stream, "buffer"):  # a pipe too: peeking reads nothing away ('{"text": …}' piped is JSONL)
                head = stream.buffer.peek(512)[:512]
            wide = wide_codec(head)
            if wide is not None:
                head = head.decode(wide, errors="ignore").encode("utf-8")
            fmt = detect_format(path, head)
        if fmt == "jsonl":
            rows = jsonl_rows(stream, read_networks)
            return cls(path, "jsonl", rows, ["id", "text", "language"], ",", stream, column, encoding)
        csv_input = CsvInput(stream, column=column, read_networks=read_networks)
        try:
            csv_input.open()
        except BatchInputError as exc:
            stream.close()
            said = str(exc)
            if not said.startswith(f"{path}:"):  # what the header says is said of the file's first line
                said = f"{path}:1: {said}"
            raise BatchInputError(said) from None
        return cls(path, "csv", csv_input.rows(), csv_input.fieldnames, csv_input.delimiter, stream, column, encoding)

    def count_rows(self) -> int | None:
        """Rows in the input (for a progress bar), read in a second pass; ``None`` for standard input."""
        if self.path == "-":
            return None
        with open_text(self.path, self.encoding) as stream:
            try:
                if self.format == "jsonl":
                    return sum(1 for _ in jsonl_rows(stream))
                csv_input = CsvInput(stream, column=self.column)
                csv_input.open()
                return sum(1 for _ in csv_input.rows())
            except BatchInputError:  # said by the run itself, where it stops
                return None

    def close(self) -> None:
        """Close the input stream."""
        self.stream.close()


def row_locator(line: int) -> Callable[[int], tuple[int, int | None]]:
    """A batch row's findings all sit on the row's first line of the input (cells have no columns)."""

    def locate(_offset: int) -> tuple[int, int | None]:
        return line, None

    return locate


class BatchWriter:
    """Writes results as they come: JSONL and CSV streamed, SARIF (messages in ``language``) at the end."""

    def __init__(
        self,
        fmt: str,
        out: IO[str],
        columns: list[str],
        delimiter: str,
        catalogue: Sequence[RuleMeta],
        source: str,
        language: str,
    ) -> None:
        from app.sarif import SarifBuilder

        self.fmt = fmt
        self.out = out
        self.language = language
        self.source = None if source == "-" else source
        self.csv = CsvOutput(out, columns, delimiter) if fmt == "csv" else None
        self.sarif = SarifBuilder(catalogue, language=language) if fmt == "sarif" else None

    def write(self, result: RowResult) -> None:
        """One result."""
        from app.formats import Subject
        from app.sarif import Notice

        if self.csv is not None:
            self.csv.write(result)
        elif self.sarif is not None:
            if result.report is None:
                self.sarif.note(
                    Notice(
                        "error",
                        label(
                            "row-not-checked", self.language, id=result.row.name, reason=_said(result, self.language)
                        ),
                        self.source,
                        result.row.line,
                    )
                )
            else:
                self.sarif.add(
                    Subject(
                        result.report,
                        result.row.text or "",
                        source=self.source,
                        locate=row_locator(result.row.line),
                        name=result.row.id,
                    )
                )
        else:
            self.out.write(json.dumps(result_json(result), ensure_ascii=False) + "\n")

    def close(self) -> None:
        """Finish the output (SARIF is written whole here)."""
        if self.sarif is not None:
            self.out.write(json.dumps(self.sarif.log(), ensure_ascii=False, indent=2) + "\n")

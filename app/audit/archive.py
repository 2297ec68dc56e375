"""Archives as streams of posts: the ``Post`` and ``ReadProblem`` types, format detection, and the limits
that keep a hostile archive (a zip bomb, a huge member) from exhausting the machine.

``open_archive(path)`` looks at what the path is — an X/Twitter account zip (``data/tweets.js``), a
Mastodon archive (``outbox.json``, zipped or unpacked), a Bluesky repository export (``.car``) — and
returns an ``Archive`` whose ``items()`` yields posts one at a time (never the whole archive in memory),
interleaved with ``ReadProblem``s when part of it cannot be read (a truncated or malformed file: the file
and the position are named, and everything readable is still yielded). What cannot be audited at all (not
an archive, an unknown format, a zip bomb, the wrong JSON) is an ``ArchiveError``: one line, exit 2.
"""

from __future__ import annotations

import zipfile
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from app.text.language import UnknownLanguage, validate_language

Network = Literal["x", "bluesky", "mastodon"]
NETWORK_NAMES: dict[str, str] = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon"}
EXPECTED = (
    "expected an X/Twitter archive (.zip with data/tweets.js), a Mastodon archive (.zip or folder with "
    "outbox.json) or a Bluesky repository export (.car)"
)
# Language hints archives carry that name no language ("und"efined, "zxx" no linguistic content…).
_NO_LANGUAGE = frozenset({"und", "zxx", "qme", "qam", "qht", "qct", "qst", "art", "mul"})


class ArchiveError(ValueError):
    """The path cannot be audited at all (not an archive, unknown format, over a limit): exit 2, 422 or 413."""

    def __init__(self, reason: str, *, too_large: bool = False) -> None:
        super().__init__(reason)
        self.too_large = too_large


@dataclass(frozen=True)
class Limits:
    """What an archive may cost: uncompressed bytes read, the compression ratio, zip members, one JSON item."""

    max_total_bytes: int = 4 * 1024**3
    max_ratio: float = 200.0
    max_members: int = 200_000
    max_item_bytes: int = 8 * 1024**2


@dataclass(frozen=True, slots=True)
class Post:
    """One published post: where it is, what it says, when, and the language its network recorded."""

    network: Network
    id: str
    text: str
    created: str  # ISO 8601 in UTC ("2018-10-10T20:19:24Z"), "" when the archive has no date
    url: str | None
    language: str = "auto"
    source: str = ""  # the file of the archive it was read from
    reply: bool = False


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """Part of an archive that could not be read: the file, the position, and why."""

    source: str
    position: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason} at {self.position}"


Item = Post | ReadProblem


@dataclass
class Archive:
    """An opened archive: its network, and a fresh stream of its posts each time ``items()`` is called."""

    path: Path
    network: Network
    include_reposts: bool = False
    limits: Limits = field(default_factory=Limits)
    skipped: Counter[str] = field(default_factory=Counter)

    def items(self) -> Iterator[Item]:
        """Posts (and read problems) in archive order; counts what it skips in ``skipped``."""
        self.skipped.clear()
        if self.network == "x":
            from app.audit.twitter import read_twitter

            yield from read_twitter(self)
        elif self.network == "mastodon":
            from app.audit.mastodon import read_mastodon

            yield from read_mastodon(self)
        else:
            from app.audit.bluesky import read_bluesky

            yield from read_bluesky(self)

    def count(self) -> int:
        """How many posts ``items()`` yields (one more pass over the archive: for a progress bar)."""
        return sum(1 for item in self.items() if isinstance(item, Post))


def language_hint(value: object) -> str:
    """A network's language tag as a draft language, or ``auto`` when it names none we can use."""
    if not isinstance(value, str) or not value.strip() or value.strip().lower() in _NO_LANGUAGE:
        return "auto"
    try:
        return validate_language(value.strip())
    except UnknownLanguage:
        return "auto"


# -- zip members under limits -------------------------------------------------------------------


def checked_members(zf: zipfile.ZipFile, names: list[str], limits: Limits, where: str) -> list[zipfile.ZipInfo]:
    """The members to read, refused up front when their declared sizes break a limit (a zip bomb)."""
    infos = [zf.getinfo(name) for name in names]
    total = sum(info.file_size for info in infos)
    if total > limits.max_total_bytes:
        raise ArchiveError(
            f"{where}: the posts uncompress to {total} bytes, over the limit of {limits.max_total_bytes}",
            too_large=True,
        )
    for info in infos:
        if info.file_size > 1024**2 and info.file_size > limits.max_ratio * max(1, info.compress_size):
            raise ArchiveError(
                f"{where}: {info.filename} expands {info.file_size / max(1, info.compress_size):.0f} times "
                f"(limit {limits.max_ratio:g}): refused as a zip bomb",
                too_large=True,
            )
    return infos


class GuardedReader:
    """A binary stream that stops with ``ArchiveError`` past a byte budget (the sizes a zip declares can lie)."""

    def __init__(self, raw: IO[bytes], budget: int, where: str) -> None:
        self.raw = raw
        self.budget = budget
        self.where = where
        self.read_bytes = 0
        self.corrupt: str | None = None

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes; ``b""`` (and ``corrupt`` set) when the compressed data is damaged."""
        try:
            data = self.raw.read(size)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            self.corrupt = f"damaged compressed data ({exc.__class__.__name__})"
            return b""
        self.read_bytes += len(data)
        if self.read_bytes > self.budget:
            raise ArchiveError(f"{self.where}: more data than the archive declares: refused as a zip bomb")
        return data

    def close(self) -> None:
        """Close the underlying stream."""
        self.raw.close()


def open_zip(path: Path, limits: Limits) -> zipfile.ZipFile:
    """The zip file, or an ``ArchiveError`` naming what is wrong with it."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise ArchiveError(f"{path.name}: not a valid zip file ({EXPECTED})") from None
    except OSError as exc:
        raise ArchiveError(f"{path.name}: cannot read ({exc.strerror or exc})") from None
    if len(zf.infolist()) > limits.max_members:
        zf.close()
        raise ArchiveError(f"{path.name}: more than {limits.max_members} files in the zip: refused", too_large=True)
    return zf


# -- detection ---------------------------------------------------------------------------------------


def _zip_network(names: list[str]) -> Network | None:
    from app.audit.mastodon import find_outbox
    from app.audit.twitter import tweet_members

    if tweet_members(names):
        return "x"
    if find_outbox(names) is not None:
        return "mastodon"
    return None


def detect(path: Path, limits: Limits) -> Network:
    """The network of the archive at ``path``, or ``ArchiveError``."""
    if not path.exists():
        raise ArchiveError(f"{path}: no such file or folder")
    if path.is_dir():
        names = [p.relative_to(path).as_posix() for p in path.rglob("*") if p.is_file()][: limits.max_members]
        network = _zip_network(names)
        if network is None:
            raise ArchiveError(f"{path}: no data/tweets.js nor outbox.json in this folder ({EXPECTED})")
        return network
    try:
        with open(path, "rb") as raw:
            head = raw.read(512)
    except OSError as exc:
        raise ArchiveError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not head:
        raise ArchiveError(f"{path.name}: the file is empty ({EXPECTED})")
    if head.startswith(b"PK"):
        with open_zip(path, limits) as zf:
            network = _zip_network(zf.namelist())
        if network is None:
            raise ArchiveError(f"{path.name}: a zip without data/tweets.js nor outbox.json ({EXPECTED})")
        return network
    from app.audit.bluesky import looks_like_car

    if looks_like_car(head):
        return "bluesky"
    from app.files import as_utf8_head

    stripped = as_utf8_head(head).lstrip(b" \t\r\n")  # UTF-8 with or without BOM, UTF-16 or UTF-32
    if stripped.startswith(b"window.YTD."):
        return "x"
    if stripped.startswith(b"{") and path.suffix.lower() == ".json":
        return "mastodon"
    raise ArchiveError(f"{path.name}: unknown format ({EXPECTED})")


def open_archive(path: str | Path, *, include_reposts: bool = False, limits: Limits | None = None) -> Archive:
    """The archive at ``path``, its network detected; ``ArchiveError`` when it cannot be audited."""
    limits = limits or Limits()
    target = Path(path)
    return Archive(target, detect(target, limits), include_reposts=include_reposts, limits=limits)

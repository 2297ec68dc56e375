"""Bluesky repository exports: the ``.car`` file ``com.atproto.sync.getRepo`` returns (CAR v1 of DAG-CBOR
blocks: the signed commit, the Merkle Search Tree, the records); posts are the ``app.bsky.feed.post``
records, read with libipld (DAG-CBOR and CIDs).

libipld decodes a CAR only whole, in memory; an account's repository can be large, so the CAR framing
(a varint length, a CID, the block) is read here, block by block, and each block is decoded by libipld.
Two passes over the file: the first keeps the commit and the tree nodes (keys and links, no text) to
learn each post's record key; the second decodes the post records only, in file order, and yields them.
Links in a post (``app.bsky.richtext.facet#link``) show a shortened text: it is replaced by the full URI,
as t.co links are expanded for X. A truncated or damaged file names the byte where it stops and yields
every post it could read (a post whose place in the tree is lost links to the profile instead).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any

from app.audit.archive import Archive, ArchiveError, Item, Post, ReadProblem, language_hint
from app.audit.posts import missing, not_text, utc_timestamp

POST_COLLECTION = "app.bsky.feed.post"
DAG_CBOR = 0x71
_MST_NODE_PREFIX = b"\xa2\x61e"  # a two-key map whose first key is "e" (canonical DAG-CBOR key order)


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    """(value, next position) of an unsigned LEB128 varint; ``ValueError`` when cut short."""
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise ValueError("truncated varint")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7


def _read_varint(stream: IO[bytes]) -> int | None:
    """A varint from a stream; ``None`` at a clean end; ``ValueError`` when cut inside."""
    value = shift = 0
    first = True
    while True:
        byte = stream.read(1)
        if not byte:
            if first:
                return None
            raise ValueError("truncated varint")
        first = False
        value |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return value
        shift += 7
        if shift > 63:
            raise ValueError("varint too long")


def cid_length(block: bytes) -> int:
    """The length in bytes of the CID a CAR section starts with (CIDv0 or CIDv1)."""
    if block[:2] == b"\x12\x20":
        return 34
    _version, pos = _varint(block, 0)
    _codec, pos = _varint(block, pos)
    _hash, pos = _varint(block, pos)
    size, pos = _varint(block, pos)
    if pos + size > len(block):
        raise ValueError("truncated CID")
    return pos + size


def _codec(cid: bytes) -> int:
    if cid[:2] == b"\x12\x20":
        return 0x70
    _version, pos = _varint(cid, 0)
    return _varint(cid, pos)[0]


def looks_like_car(head: bytes) -> bool:
    """True when ``head`` starts like a CAR v1 header (a varint, then a DAG-CBOR map with roots/version)."""
    try:
        _size, pos = _varint(head, 0)
    except ValueError:
        return False
    return head[pos : pos + 1] in (b"\xa2",) and (
        b"roots" in head[pos : pos + 16] or b"version" in head[pos : pos + 16]
    )


def _decode(block: bytes) -> Any:
    import libipld

    return libipld.decode_dag_cbor(block)


@dataclass
class _Scan:
    """What the first pass learns: the repository's DID, the tree, and where the file stops being readable."""

    did: str = ""
    root: bytes | None = None
    nodes: dict[bytes, Any] = field(default_factory=dict)
    problem: ReadProblem | None = None


def _sections(stream: IO[bytes], name: str) -> Iterator[tuple[int, bytes, bytes] | ReadProblem]:
    """(offset, CID, block) of every section after the header; a ``ReadProblem`` where it stops early."""
    offset = stream.tell()
    while True:
        try:
            size = _read_varint(stream)
        except ValueError:
            yield ReadProblem(name, f"byte {offset}", "the file ends inside a section length (truncated)")
            return
        if size is None:
            return
        data = stream.read(size)
        if len(data) < size:
            yield ReadProblem(name, f"byte {offset}", "the file ends inside a block (truncated)")
            return
        try:
            split = cid_length(data)
        except ValueError:
            yield ReadProblem(name, f"byte {offset}", "a block does not start with a valid CID")
            return
        yield offset, data[:split], data[split:]
        offset = stream.tell()


def _header(stream: IO[bytes], name: str) -> list[bytes]:
    try:
        size = _read_varint(stream)
        if size is None or size > 1024**2:
            raise ValueError("bad header length")
        header = _decode(stream.read(size))
    except (ValueError, TypeError) as exc:
        raise ArchiveError(f"{name}: not a CAR file (a Bluesky repository export): {exc}") from None
    if not isinstance(header, dict) or header.get("version") != 1 or not isinstance(header.get("roots"), list):
        raise ArchiveError(f"{name}: not a CAR v1 file (a Bluesky repository export has version 1 and roots)")
    return [r for r in header["roots"] if isinstance(r, bytes)]


def _scan(stream: IO[bytes], name: str) -> _Scan:
    scan = _Scan()
    roots = _header(stream, name)
    scan.root = roots[0] if roots else None
    commit_cid = scan.root
    for section in _sections(stream, name):
        if isinstance(section, ReadProblem):
            scan.problem = section
            break
        _, cid, block = section
        if cid == commit_cid or block.startswith(_MST_NODE_PREFIX):
            try:
                value = _decode(block)
            except (ValueError, TypeError):
                continue
            if cid == commit_cid and isinstance(value, dict):
                did = value.get("did")
                scan.did = did if isinstance(did, str) else ""
                data = value.get("data")
                scan.root = data if isinstance(data, bytes) else None
            elif isinstance(value, dict) and isinstance(value.get("e"), list):
                scan.nodes[cid] = value
    return scan


def post_keys(nodes: dict[bytes, Any], root: bytes | None) -> dict[bytes, str]:
    """Record CID -> record key of every ``app.bsky.feed.post`` the tree reaches (missing nodes skipped)."""
    keys: dict[bytes, str] = {}
    stack: list[bytes] = [root] if root is not None else []
    seen: set[bytes] = set()
    prefix = f"{POST_COLLECTION}/".encode()
    while stack:
        cid = stack.pop()
        if cid in seen or cid not in nodes:
            continue
        seen.add(cid)
        node = nodes[cid]
        left = node.get("l")
        if isinstance(left, bytes):
            stack.append(left)
        previous = b""
        for entry in node.get("e") or []:
            if not isinstance(entry, dict):
                continue
            shared_value, suffix_value = entry.get("p"), entry.get("k")
            shared = shared_value if isinstance(shared_value, int) else 0
            suffix = suffix_value if isinstance(suffix_value, bytes) else b""
            key = previous[:shared] + suffix
            previous = key
            value, tree = entry.get("v"), entry.get("t")
            if isinstance(value, bytes) and key.startswith(prefix):
                keys[value] = key[len(prefix) :].decode("utf-8", "replace")
            if isinstance(tree, bytes):
                stack.append(tree)
    return keys


def expand_links(text: str, facets: Any) -> str:
    """The post's text with each link facet's (shortened) text replaced by its full URI."""
    if not isinstance(facets, list):
        return text
    raw = text.encode("utf-8")
    spans: list[tuple[int, int, str]] = []
    for facet in facets:
        if not isinstance(facet, dict) or not isinstance(facet.get("index"), dict):
            continue
        start, end = facet["index"].get("byteStart"), facet["index"].get("byteEnd")
        for feature in facet.get("features") or []:
            if (
                isinstance(feature, dict)
                and feature.get("$type") == "app.bsky.richtext.facet#link"
                and isinstance(feature.get("uri"), str)
                and isinstance(start, int)
                and isinstance(end, int)
                and 0 <= start < end <= len(raw)
            ):
                spans.append((start, end, feature["uri"]))
    kept: list[tuple[int, int, str]] = []
    for span in sorted(spans):
        if not kept or span[0] >= kept[-1][1]:  # overlapping facets: keep the first
            kept.append(span)
    for start, end, uri in reversed(kept):
        raw = raw[:start] + uri.encode("utf-8") + raw[end:]
    return raw.decode("utf-8", "replace")


def read_bluesky(archive: Archive) -> Iterator[Item]:
    """Every post record of the repository, in file order."""
    name = archive.path.name
    try:
        stream = open(archive.path, "rb")  # noqa: SIM115 - two passes over the same handle
    except OSError as exc:
        raise ArchiveError(f"{name}: cannot read ({exc.strerror or exc})") from None
    with stream:
        scan = _scan(stream, name)
        keys = post_keys(scan.nodes, scan.root)
        scan.nodes.clear()
        stream.seek(0)
        _header(stream, name)
        marker = POST_COLLECTION.encode()
        for section in _sections(stream, name):
            if isinstance(section, ReadProblem):
                break
            _, cid, block = section
            rkey = keys.get(cid)
            if rkey is None and marker not in block:
                continue
            if _codec(cid) != DAG_CBOR:
                continue
            try:
                record = _decode(block)
            except (ValueError, TypeError):
                archive.skipped["undecodable blocks"] += 1
                continue
            if not isinstance(record, dict) or record.get("$type") != POST_COLLECTION:
                continue
            text = record.get("text")
            if not isinstance(text, str):
                archive.skipped[not_text("text", text) if "text" in record else missing("text")] += 1
                continue
            if not text.strip():
                archive.skipped["no text (media only)"] += 1
                continue
            langs = record.get("langs")
            did = scan.did
            if rkey is not None and did:
                url: str | None = f"https://bsky.app/profile/{did}/post/{rkey}"
            else:
                url = f"https://bsky.app/profile/{did}" if did else None
            yield Post(
                network="bluesky",
                id=rkey or cid.hex()[-16:],
                text=expand_links(text, record.get("facets")).strip(),
                created=utc_timestamp(record.get("createdAt")),
                url=url,
                language=language_hint(langs[0] if isinstance(langs, list) and langs else None),
                source=name,
                reply=isinstance(record.get("reply"), dict),
            )
        if scan.problem is not None:
            yield scan.problem

"""A disk cache of what a start builds from the rules: the folded and indexed forms of the proximity lists
(``app.kinds.proximity``) and the known-word sets (``app.text.lexicon``); and the pruning of the whole cache folder.

A CLI check (a pre-commit hook, a CI gate) builds every rule in a fresh process: most of that start is folding and
indexing the same half-million list forms again. What a build gives is kept here, in the folder and under the switch
of the YAML cache (``app.kinds.options.yaml_cache_dir``: ``$SEVENFOLD_CACHE_DIR``, else
``$XDG_CACHE_HOME/sevenfold/yaml``, else ``~/.cache/sevenfold/yaml``, private to the user; off with
``SEVENFOLD_CACHE=0``):

- keyed by ``inputs_digest()`` (the SHA-256 of Sevenfold's code, of every shipped rule and model file, of the
  sentiment lexicons and of the versions of Python and the libraries a built value holds) and by what the caller
  names (the digests of the files it read that are not shipped, its options): a changed file, option, code or
  library is another key, never a stale value;
- written atomically (a temporary file renamed) as ``<key>.built``: the SHA-256 of the payload, then the payload (a
  pickle of the full key and the value); an entry whose digest or key does not match, or that cannot be read, is
  ignored: the caller builds the value again and writes it anew. Pickle, not marshal, since the values hold the
  lists' entry objects: the folder is the user's own (0700, refused when another user owns it or others may write
  to it), as for the YAML cache;
- pruned (``prune``, at most once per process, after a process wrote an entry, YAML or built): an entry unused for
  ``MAX_AGE_DAYS`` goes, then the least recently used ones while the folder holds more than ``MAX_BYTES``; a hit
  marks an entry used (its modification time). A temporary file older than an hour (a writer that died) goes too.

The cache never changes a verdict: a value read back is the value the same inputs built (``tests/test_build_cache.py``
compares them), and anything wrong with an entry makes it a miss.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from app.kinds.options import yaml_cache_dir

FORMAT = 1
SUFFIX = ".built"
MAX_AGE_DAYS = 30
MAX_BYTES = 512 * 1024 * 1024  # about twenty versions of the rules' built packs and parsed YAML
_TEMPORARY_AGE_S = 3600.0
_MISSING: Any = object()
_LIBRARIES = ("pyahocorasick", "pydantic", "PyYAML")
_LOCK = threading.Lock()
_STATE: dict[str, Any] = {}

T = TypeVar("T")


def enabled() -> bool:
    """Whether the cache is on and its folder usable (``app.kinds.options.yaml_cache_dir``)."""
    return yaml_cache_dir() is not None


def cached(name: str, parts: Iterable[str], build: Callable[[], T]) -> T:
    """The value ``build()`` gives, read from the cache when an entry for ``name`` and ``parts`` is there, else built
    and kept (``store``); simply built when the cache is off."""
    if not enabled():
        return build()
    key = entry_key(name, parts)
    found = load(key)
    if found is not _MISSING:
        return found  # type: ignore[no-any-return]
    value = build()
    store(key, value)
    return value


def shared(name: str, paths: Sequence[Path], build: Callable[[], T]) -> T:
    """(U, session 35) The value ``build()`` makes of the files at ``paths`` (and of Sevenfold's code): one per process
    for the same file contents — ``risk.hate``'s grammar is built again for ``risk.offensive`` and ``risk.hate-model``
    (``defer_to_reported``), the tone rules read the same group lists — and kept in the disk cache (``cached``, keyed
    by the files' digests). A build that fails raises as it would without the cache, and nothing is kept."""
    parts = [file_digest(path) for path in paths]
    if "-" in parts:  # a file that cannot be read: the build names it
        return build()
    key = "\0".join([name, *parts, *(str(path) for path in paths)])
    found = _SHARED.get(key, _MISSING)
    if found is _MISSING:
        found = cached(name, parts, build)
        with _LOCK:
            if len(_SHARED) >= _SHARED_KEPT:
                _SHARED.clear()
            _SHARED[key] = found
    return found  # type: ignore[no-any-return]


_SHARED: dict[str, Any] = {}
_SHARED_KEPT = 64


def missing() -> Any:
    """What ``load`` answers when there is no usable entry."""
    return _MISSING


def file_digest(path: Path) -> str:
    """The SHA-256 of ``path``'s bytes, or ``"-"`` when it cannot be read (a missing model file is an input too);
    computed once per process for a file whose size and modification time stay the same."""
    try:
        status = path.stat()
        stamp = (str(path), status.st_size, status.st_mtime_ns)
        found = _DIGESTS.get(stamp)
        if found is None:
            found = _DIGESTS[stamp] = hashlib.sha256(path.read_bytes()).hexdigest()
        return found
    except OSError:
        return "-"


_DIGESTS: dict[tuple[str, int, int], str] = {}


def inputs_digest() -> str:
    """The digest of everything a built value may depend on without its builder naming it (computed once per
    process, again when the models or rules folder in use changes: a test may point it elsewhere): the ``app``
    package's Python files, the shipped rules and models, the sentiment lexicons the known words read, Python's version
    and the versions of the libraries whose objects a value holds."""
    from app.text.lexicon import lexicon_files, shipped_rules_folder
    from app.text.models import models_dir

    rules = shipped_rules_folder()
    where = f"inputs\0{models_dir()}\0{rules}"
    found = _STATE.get(where)
    if found is None:
        digest = hashlib.sha256(f"sevenfold-built\0{FORMAT}\0{sys.version}\0{pickle.HIGHEST_PROTOCOL}".encode())
        for library in _LIBRARIES:
            try:
                digest.update(f"\0{library}={metadata.version(library)}".encode())
            except metadata.PackageNotFoundError:
                digest.update(f"\0{library}=-".encode())
        app_dir = Path(__file__).resolve().parent.parent
        trees = [("app", app_dir, "*.py"), ("models", models_dir(), "*")]
        trees += [("rules", rules, "*")] if rules is not None else []
        for name, folder, pattern in trees:
            _digest_tree(digest, name, folder, pattern)
        for path in lexicon_files():
            digest.update(f"\0lexicon\0{path.name}\0{file_digest(path)}".encode())
        found = _STATE[where] = digest.hexdigest()
    return str(found)


def _digest_tree(digest: Any, name: str, folder: Path, pattern: str) -> None:
    """Add every file of ``folder`` matching ``pattern`` (recursively, in path order) to ``digest``."""
    files = sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts)
    for path in files:
        digest.update(f"\0{name}\0{path.relative_to(folder).as_posix()}\0".encode())
        digest.update(path.read_bytes())


def entry_key(name: str, parts: Iterable[str]) -> str:
    """The full key of a value: what it is (``name``), what its builder read (``parts``) and ``inputs_digest()``."""
    return "\0".join([name, inputs_digest(), *parts])


def _entry_path(folder: Path, key: str) -> Path:
    return folder / (hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest() + SUFFIX)


def has(key: str) -> bool:
    """Whether an entry for ``key`` is there (it may still be damaged: ``load`` says)."""
    folder = yaml_cache_dir()
    return folder is not None and _entry_path(folder, key).is_file()


def load(key: str) -> Any:
    """The value kept for ``key``, or ``missing()`` when the cache is off or the entry is absent or damaged."""
    folder = yaml_cache_dir()
    if folder is None:
        return _MISSING
    path = _entry_path(folder, key)
    payload = read_checked(path)
    if payload is None:
        return _MISSING
    try:
        kept_key, value = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - a damaged or foreign entry of any kind is a miss, never an error
        return _MISSING
    if kept_key != key:
        return _MISSING
    mark_used(path)
    return value


def store(key: str, value: Any) -> None:
    """Keep ``value`` for ``key`` (atomically); nothing when the cache is off, the value cannot be pickled or the
    folder cannot be written. Then prunes the folder (once per process)."""
    folder = yaml_cache_dir()
    if folder is None:
        return
    try:
        payload = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return
    write_checked(folder, _entry_path(folder, key), payload)
    prune_once(folder)


def read_checked(path: Path) -> bytes | None:
    """The payload of the entry at ``path`` (written by ``write_checked``), or None when it is absent or its
    checksum does not match (truncated, damaged)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    digest, payload = raw[:32], raw[32:]
    if len(digest) != 32 or hashlib.sha256(payload).digest() != digest:
        return None
    return payload


def write_checked(folder: Path, entry: Path, payload: bytes) -> bool:
    """Write ``payload`` to ``entry`` behind its SHA-256 (``read_checked`` tells a damaged entry), atomically; False
    when the folder cannot be written."""
    return write_atomically(folder, entry, hashlib.sha256(payload).digest() + payload)


def write_atomically(folder: Path, entry: Path, data: bytes) -> bool:
    """Write ``data`` to ``entry`` through a temporary file renamed over it (a reader sees the old entry or the whole
    new one, never half of it); False when the folder cannot be written."""
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True


def mark_used(path: Path) -> None:
    """Mark an entry just read as used (its modification time), so that ``prune`` keeps it; at most once a day."""
    try:
        if time.time() - path.stat().st_mtime > 86400:
            os.utime(path)
    except OSError:
        return


def prune_once(folder: Path) -> None:
    """``prune(folder)`` the first time a process asks for it."""
    with _LOCK:
        if _STATE.get("pruned") == folder:
            return
        _STATE["pruned"] = folder
    prune(folder)


def prune(folder: Path, max_age_days: float = MAX_AGE_DAYS, max_bytes: int = MAX_BYTES) -> int:
    """Remove the entries (YAML and built) unused for ``max_age_days``, then the least recently used ones while the
    folder holds more than ``max_bytes``, and temporary files older than an hour; how many files went. Another
    process may read or write meanwhile: a file gone under it is a miss there, a file gone here is skipped."""
    now = time.time()
    entries: list[tuple[float, int, Path]] = []
    removed = 0
    try:
        listing = list(os.scandir(folder))
    except OSError:
        return 0
    for item in listing:
        name = item.name
        try:
            status = item.stat(follow_symlinks=False)
        except OSError:
            continue
        if name.startswith(".") and name.endswith(".tmp"):
            if now - status.st_mtime > _TEMPORARY_AGE_S:
                removed += _remove(Path(item.path))
        elif name.endswith((SUFFIX, ".marshal")) and item.is_file(follow_symlinks=False):
            entries.append((status.st_mtime, status.st_size, Path(item.path)))
    entries.sort(key=lambda e: e[0])
    kept: list[tuple[float, int, Path]] = []
    for mtime, size, path in entries:
        if now - mtime > max_age_days * 86400:
            removed += _remove(path)
        else:
            kept.append((mtime, size, path))
    total = sum(size for _m, size, _p in kept)
    for _mtime, size, path in kept:  # oldest first
        if total <= max_bytes:
            break
        removed += _remove(path)
        total -= size
    return removed


def _remove(path: Path) -> int:
    try:
        path.unlink()
    except OSError:
        return 0
    return 1

"""The data files a rule's options name (term lists, word classes, praise files, names and phrase lists): one
reader for every kind, one wording of what is wrong with such a file.

A kind that cannot use a file its params name raises ``ValueError("<what> <path>: <key>: <reason>")``, which the
loader (``app.loader.build_rule``) reports as the rule file's ``params`` error (``RuleFileError``): a bad data file
names the rule file, the data file and, where it is the file's content that is wrong, the key. ``what`` says what
the file is ("term list", "word classes", "praise frames:"). The rule file's own keys are checked by the kinds'
``Params`` models; these helpers are for the files beside it.

Every YAML document Sevenfold reads (rule files, term lists, word classes) is parsed by ``load_yaml``: libyaml's
``CSafeLoader`` when PyYAML was built with it (about ten times faster than the pure-Python parser, the same
documents), else PyYAML's ``SafeLoader``. Each start reads about 2.7 MB of rules, most lists twice (the text layer
reads the term lists too), so a document once parsed is kept on disk in ``marshal`` form, about thirty times faster
to read back (``yaml_cache_dir``):

- keyed by the SHA-256 of the document's text and of what parsed it (this cache's format, PyYAML's version and
  loader, marshal's version, Python's): a changed file or parser is another key, never a stale document;
- per user: ``$SEVENFOLD_CACHE_DIR``, else ``$XDG_CACHE_HOME/sevenfold/yaml``, else ``~/.cache/sevenfold/yaml``,
  created 0700; a folder another user owns or others may write is not used;
- written atomically (a temporary file renamed), each entry carrying the SHA-256 of its bytes: an entry that does
  not match it or cannot be read is ignored, the text parsed and the entry written again;
- off with ``SEVENFOLD_CACHE=0`` (every document then parsed); a document ``marshal`` cannot hold (a date) and a
  folder that cannot be written are simply not cached. The folder is pruned once per process after a miss wrote an
  entry (``app.kinds.build_cache.prune``: entries unused for 30 days, then the least recently used beyond 512 MB); a
  hit marks its entry used. The same folder keeps the built packs and known words (``app.kinds.build_cache``).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.domain import first_error

if TYPE_CHECKING:
    from app.kinds.base import Deps, RuleMeta

M = TypeVar("M", bound=BaseModel)

_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


_CACHE_FORMAT = 1
_CACHE_TAG = "\0".join(
    ["sevenfold-yaml", str(_CACHE_FORMAT), yaml.__version__, _SAFE_LOADER.__name__, str(marshal.version), sys.version]
)
_MISSING = object()
_CHECKED: set[Path] = set()


def load_yaml(text: str) -> Any:
    """The YAML document ``text`` read as ``yaml.safe_load`` reads it (libyaml when there), through the disk cache
    when there is one (module docstring); ``yaml.YAMLError`` when it is not valid YAML (its ``problem_mark`` gives
    the line, as PyYAML's)."""
    folder = yaml_cache_dir()
    if folder is None:
        return yaml.load(text, Loader=_SAFE_LOADER)
    key = hashlib.sha256(f"{_CACHE_TAG}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()
    entry = folder / f"{key}.marshal"
    found = _read_entry(entry)
    if found is not _MISSING:
        return found
    data = yaml.load(text, Loader=_SAFE_LOADER)
    _write_entry(folder, entry, data)
    return data


def yaml_cache_dir() -> Path | None:
    """The folder of parsed YAML documents for this user, created if needed; None when the cache is off
    (``SEVENFOLD_CACHE=0``) or the folder cannot be made, is not this user's or others may write to it."""
    if os.environ.get("SEVENFOLD_CACHE", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    chosen = os.environ.get("SEVENFOLD_CACHE_DIR")
    if chosen:
        folder = Path(chosen)
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(base) / "sevenfold" / "yaml"
    if folder in _CHECKED:
        return folder
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
    getuid = getattr(os, "getuid", None)
    if getuid is not None and (status.st_uid != getuid() or status.st_mode & 0o022):
        return None
    _CHECKED.add(folder)
    return folder


def _read_entry(entry: Path) -> Any:
    """The document kept in ``entry``, or ``_MISSING`` when there is none or it is damaged."""
    from app.kinds.build_cache import mark_used, read_checked  # imported late: that module reads this one's folder

    payload = read_checked(entry)
    if payload is None:
        return _MISSING
    try:
        data = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return _MISSING
    mark_used(entry)
    return data


def _write_entry(folder: Path, entry: Path, data: Any) -> None:
    """Keep ``data`` in ``entry`` (a temporary file renamed, so a reader never sees half of it); nothing when marshal
    cannot hold it or the folder cannot be written."""
    try:
        payload = marshal.dumps(data)
    except ValueError:
        return
    from app.kinds.build_cache import prune_once, write_checked

    if write_checked(folder, entry, payload):
        prune_once(folder)


def read_text(path: Path, what: str) -> str:
    """The text of ``path`` (UTF-8); ``ValueError`` when it cannot be read (missing, a folder, not UTF-8)."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{what} {path}: cannot read ({exc.__class__.__name__})") from None


def parse_yaml(text: str, path: Path, what: str) -> Any:
    """The YAML document ``text`` (the contents of ``path``); ``ValueError`` names the line of a syntax error."""
    try:
        return load_yaml(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" (line {mark.line + 1})" if mark is not None else ""
        raise ValueError(f"{what} {path}: not valid YAML{line}") from None


def read_yaml(path: Path, what: str) -> Any:
    """The YAML document in ``path`` (None for an empty file); ``ValueError`` when it cannot be read or parsed."""
    return parse_yaml(read_text(path, what), path, what)


def validated(model: type[M], data: Any, path: Path, what: str) -> M:
    """``data`` (read from ``path``) as ``model``; ``ValueError`` names the first wrong key, its reason and how
    many other errors there are (``app.domain.first_error``, as for rule files)."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        key, reason = first_error(exc.errors())
        raise ValueError(f"{what} {path}: {key}: {reason}") from None


def named_file(deps: Deps, meta: RuleMeta, relative: str, key: str, what: str) -> Path:
    """The file that option ``key`` names (``relative`` to the rule file); ``ValueError`` names the option, what
    the file is and the name as written when there is no such file."""
    path = deps.resolve(meta, relative)
    if not path.is_file():
        raise ValueError(f"{key}: {what} not found: {relative}")
    return path

"""The data files a rule's options name (term lists, word classes, praise files, names and phrase lists): one
reader for every kind, one wording of what is wrong with such a file.

A kind that cannot use a file its params name raises ``ValueError("<what> <path>: <key>: <reason>")``, which the
loader (``app.loader.build_rule``) reports as the rule file's ``params`` error (``RuleFileError``): a bad data file
names the rule file, the data file and, where it is the file's content that is wrong, the key. ``what`` says what
the file is ("term list", "word classes", "praise frames:"). The rule file's own keys are checked by the kinds'
``Params`` models; these helpers are for the files beside it.

Every YAML document Sevenfold reads (rule files, term lists, word classes) is parsed by ``load_yaml``: libyaml's
``CSafeLoader`` when PyYAML was built with it (about ten times faster than the pure-Python parser, the same
documents), else PyYAML's ``SafeLoader``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from app.domain import first_error

if TYPE_CHECKING:
    from app.kinds.base import Deps, RuleMeta

M = TypeVar("M", bound=BaseModel)

_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """The YAML document ``text`` read as ``yaml.safe_load`` reads it (libyaml when there); ``yaml.YAMLError`` when it
    is not valid YAML (its ``problem_mark`` gives the line, as PyYAML's)."""
    return yaml.load(text, Loader=_SAFE_LOADER)


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

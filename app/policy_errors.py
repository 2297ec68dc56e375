"""A policy's validation error as a person reads it: the key, the value it holds and what was wrong with it.

Pydantic's own words ("Input should be a valid integer, unable to parse string as an integer") name neither the
value nor, in French, anything a French user reads. ``policy_reason`` turns the first error of a policy
(``pydantic.ValidationError.errors()``) into the dotted key and an English reason written by error type, with the
value as it was given ("'maybe' is not true or false", "0 must be at least 1", "unknown key: did you mean
'severity'? (keys here: enabled, severity, settings)"); each reason has its French in ``app.texts.DETAILS``
(``policy-*``), so ``app.texts.localise`` says it in the user's language. A union's branches (``str``,
``TermEntry``) are no keys: they are left out of the key, and the branch that fits the value's type is the one
reported.
"""

from __future__ import annotations

import difflib
import json
import re
import types
from collections.abc import Mapping, Sequence
from typing import Any, Union, get_args, get_origin

import yaml
from pydantic import BaseModel

VALUE_CHARS = 40  # a value longer than this is cut ("'a very long …'")
_TAG = re.compile(r"^(?:str|constrained-str|int|float|bool|list\[.*\]|dict\[.*\]|function-\w+\[.*\]|[A-Z]\w*|\[key\])$")
_BY_TYPE: dict[str, str] = {
    "bool_type": "{value} is not true or false",
    "bool_parsing": "{value} is not true or false",
    "int_type": "{value} is not a whole number",
    "int_parsing": "{value} is not a whole number",
    "int_from_float": "{value} is not a whole number",
    "float_type": "{value} is not a number",
    "float_parsing": "{value} is not a number",
    "string_type": "{value} is not text",
    "list_type": "{value} is not a list",
    "tuple_type": "{value} is not a list",
    "set_type": "{value} is not a list",
    "dict_type": "{value} is not a mapping of keys to values",
    "model_type": "{value} is not a mapping of keys to values",
    "model_attributes_type": "{value} is not a mapping of keys to values",
    "literal_error": "{value} is not one of: {expected}",
    "enum": "{value} is not one of: {expected}",
    "greater_than": "{value} must be more than {gt}",
    "greater_than_equal": "{value} must be at least {ge}",
    "less_than": "{value} must be less than {lt}",
    "less_than_equal": "{value} must be at most {le}",
    "string_too_short": "{value} must have at least {min_length} character(s)",
    "string_too_long": "{value} must have at most {max_length} character(s)",
    "too_short": "{value} must hold at least {min_length} item(s)",
    "too_long": "{value} must hold at most {max_length} item(s)",
    "string_pattern_mismatch": "{value} does not have the expected form ({pattern})",
    "missing": "required, but missing",
}


def kind_of(value: object) -> str:
    """What a JSON value is, as a reason says it: "a number", "a list", "null"… (French: ``app.texts.VALUES``)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "empty text" if not value.strip() else "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "something else"


def shown(value: object) -> str:
    """A value as a reason quotes it: text in quotes, ``null``, ``true``, numbers, JSON for lists and mappings."""
    if isinstance(value, str):
        text = f"'{value}'"
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except (TypeError, ValueError):
            text = type(value).__name__
    text = " ".join(text.split())
    return text if len(text) <= VALUE_CHARS else text[: VALUE_CHARS - 1] + "…"


def _is_tag(part: object) -> bool:
    return isinstance(part, str) and _TAG.match(part) is not None


def _key(loc: Sequence[object]) -> tuple[object, ...]:
    return tuple(part for part in loc if not _is_tag(part))


def _first(errors: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The error to report: the first, or, in a union, the branch that fits the value's type (a mapping given for
    ``str | TermEntry`` is reported against ``TermEntry``: its missing or empty ``term``)."""
    first = errors[0]
    key = _key(first["loc"])
    value = first.get("input")
    if isinstance(value, Mapping) and first.get("type") == "string_type":
        for error in errors[1:]:
            loc = tuple(error["loc"])
            if _key(loc)[: len(key)] == key and error.get("type") != "string_type":
                return error
    return first


def _unwrap(annotation: Any, tag: object = None) -> Any:
    """``X | None`` is ``X``; in a union, the member named by ``tag`` (pydantic's loc names the branch)."""
    origin = get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        members = [a for a in get_args(annotation) if a is not type(None)]
        if tag is not None:
            for member in members:
                if getattr(member, "__name__", None) == tag:
                    return member
        models = [m for m in members if isinstance(m, type) and issubclass(m, BaseModel)]
        if len(members) == 1:
            return members[0]
        if len(models) == 1:
            return models[0]
    return annotation


def _model_at(root: type[BaseModel], loc: Sequence[object]) -> type[BaseModel] | None:
    """The model whose key ``loc`` leads into (``families.risk`` → ``FamilyOverride``), or None."""
    current: Any = root
    for part in loc:
        current = _unwrap(current, part)
        if isinstance(current, type) and issubclass(current, BaseModel):
            if _is_tag(part) and current.__name__ == part:
                continue
            field = _field(current, str(part))
            if field is None:
                return None
            current = field.annotation
            continue
        origin, args = get_origin(current), get_args(current)
        if origin in (list, tuple, set) and args:
            current = args[0]
        elif origin is dict and len(args) == 2:
            current = args[1]
        elif not _is_tag(part):
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _field(model: type[BaseModel], key: str) -> Any:
    """The field a file's ``key`` names: by its alias when it has one (a rule file's ``cases.pass``), else its name."""
    for name, field in model.model_fields.items():
        if (field.alias or name) == key:
            return field
    return None


def _unknown_key(root: type[BaseModel], loc: Sequence[object], extra: Mapping[type[BaseModel], Sequence[str]]) -> str:
    model = _model_at(root, loc[:-1]) if loc else None
    if model is None:
        return "unknown key"
    written = {field.alias or name for name, field in model.model_fields.items()}  # as a file writes them
    keys = sorted({*written, *extra.get(model, ())})
    close = difflib.get_close_matches(str(loc[-1]), keys, n=1, cutoff=0.6)
    listed = ", ".join(keys)
    if close:
        return f"unknown key: did you mean '{close[0]}'? (keys here: {listed})"
    return f"unknown key (keys here: {listed})"


def unknown_key_reason(root: type[BaseModel], loc: Sequence[object]) -> str:
    """Why the key at ``loc`` in ``root`` is refused, in English: the keys there, and the close one if any ("unknown
    key: did you mean 'language'? (keys here: …)"); an API body's misspelt key as a policy file's."""
    return _unknown_key(root, loc, {})


def written_scalars(raw: str) -> dict[tuple[object, ...], str]:
    """The scalars of a YAML text that YAML reads as something other than text (``off``, ``yes``, ``~``, ``0x1F``),
    by key path (``("families", "risk", "severity")``, list items by index), as the file writes them: a reason quotes
    what the user wrote, not what YAML made of it (``off`` is not ``false`` to the person who wrote ``off``)."""
    try:
        root = yaml.compose(raw, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    found: dict[tuple[object, ...], str] = {}

    def walk(node: yaml.Node | None, path: tuple[object, ...]) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    walk(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index))
        elif isinstance(node, yaml.ScalarNode) and node.tag != "tag:yaml.org,2002:str" and node.value.strip():
            found[path] = node.value

    walk(root, ())
    return found


def policy_reason(
    errors: Sequence[Mapping[str, Any]],
    root: type[BaseModel],
    extra_keys: Mapping[type[BaseModel], Sequence[str]] | None = None,
    written: Mapping[tuple[object, ...], str] | None = None,
) -> tuple[str, str]:
    """The first error's dotted key and its reason in English (``app.texts`` has the French), with a count of the
    other keys in error ("(and 2 more)"); ``extra_keys`` adds keys a model accepts besides its fields (a policy's
    ``network``); ``written`` the file's own words for values YAML read as no text (``written_scalars``)."""
    key, reason, key_parts = _said(_first(errors), root, extra_keys or {}, written or {})
    # a union's other branches, at the key or above it (``terms.0.terms.0`` for ``…terms.0.term``), are the same error
    others = len({k for k in (_key(e["loc"]) for e in errors) if key_parts[: len(k)] != k})
    return key, f"{reason} (and {others} more)" if others else reason


def policy_reasons(
    errors: Sequence[Mapping[str, Any]],
    root: type[BaseModel],
    extra_keys: Mapping[type[BaseModel], Sequence[str]] | None = None,
    written: Mapping[tuple[object, ...], str] | None = None,
) -> list[tuple[str, str]]:
    """Every key in error, once, as ``policy_reason`` says the first: (dotted key, reason in English), in the order
    pydantic found them — a file with three mistakes is told all three, not one and "(and 2 more)"."""
    said: list[tuple[str, str]] = []
    remaining = list(errors)
    while remaining:
        key, reason, key_parts = _said(_first(remaining), root, extra_keys or {}, written or {})
        said.append((key, reason))
        # the chosen error and a union's other branches at its key or above it are this key's; the rest are others
        remaining = [e for e in remaining if key_parts[: len(_key(e["loc"]))] != _key(e["loc"])]
    return said


def _said(
    error: Mapping[str, Any],
    root: type[BaseModel],
    extra_keys: Mapping[type[BaseModel], Sequence[str]],
    written: Mapping[tuple[object, ...], str],
) -> tuple[str, str, tuple[object, ...]]:
    """One error's dotted key, its reason in English and the key's parts."""
    loc = list(error["loc"])
    kind = str(error.get("type", ""))
    # an unknown key is the user's word, never a union's tag, even when it looks like one ("A", "str")
    key_parts = (*_key(loc[:-1]), loc[-1]) if kind == "extra_forbidden" and loc else _key(loc)
    ctx = dict(error.get("ctx") or {})
    # a check across keys (a model validator) names the key it is about in its context, else the whole is wrong
    key = ".".join(str(part) for part in key_parts) or str(ctx.get("key") or "(root)")
    if kind == "extra_forbidden":
        reason = _unknown_key(root, key_parts, extra_keys)
    elif kind == "value_error":
        reason = str(error.get("msg", "")).removeprefix("Value error, ")
    elif kind in _BY_TYPE:
        expected = str(ctx.get("expected", "")).replace(" or ", ", ")
        values = {name: ctx.get(name, "") for name in ("gt", "ge", "lt", "le", "min_length", "max_length", "pattern")}
        value = error.get("input")
        as_written = written.get(tuple(key_parts)) if not isinstance(value, str) else None
        reason = _BY_TYPE[kind].format(value=as_written or shown(value), expected=expected, **values)
    else:
        reason = str(error.get("msg", "invalid value"))
    return key, reason, tuple(key_parts)

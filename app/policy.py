"""The policy: ``sevenfold.yml`` plus per-request overrides, merged and validated into one ``Policy``.

A policy turns rules or families off, changes severities and thresholds (rule params), sets the
length limit and counting config, adds term lists, accepted/rejected vocabulary and
acknowledgements. Every error names the file (or ``policy`` for a request) and the key.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from app.domain import Family, Severity
from app.kinds.base import DEFAULT_LANGUAGE
from app.policy_errors import kind_of, policy_reason, policy_reasons, shown, written_scalars
from app.text.language import UnknownLanguage, validate_language
from app.text.networks import NetworkError, known_networks, load_networks, network
from app.texts import TEXTS, label

POLICY_FILENAMES = ("sevenfold.yml", "sevenfold.yaml", ".sevenfold.yml")
LIST_KEYS_APPENDED = ("accept", "reject", "terms")


SAID_KEYS = 5
"""The keys in error a one-line reason names (``PolicyError.reason``); the others are counted ("(and 2 more)")."""


class PolicyError(ValueError):
    """A policy that cannot be used: says where (file and key) and why.

    ``others`` are the policy's other keys in error, each (dotted key, reason), in the same file: ``reason`` names
    them after the first's, joined by "; " (the first ``SAID_KEYS``, the rest counted), so every door that says
    ``where: reason`` on one line says each bad key (``sevenfold.yml: limit: …; familys: …``); the first's own
    reason alone is ``first_reason``."""

    def __init__(self, where: str, reason: str, others: Sequence[tuple[str, str]] = ()) -> None:
        self.first_reason = reason
        self.others = tuple(others)
        listed = "".join(f"; {key}: {why}" for key, why in self.others[: SAID_KEYS - 1])
        unlisted = len(self.others) - (SAID_KEYS - 1)
        self.reason = f"{reason}{listed} (and {unlisted} more)" if unlisted > 0 else f"{reason}{listed}"
        super().__init__(f"{where}: {self.reason}")
        self.where = where

    @property
    def key(self) -> str:
        """The first key in error (``limit``, ``rules.risk.profanity.severity``), or "" when the whole is wrong."""
        return self.where.split(": ", 1)[1] if ": " in self.where else ""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleOverride(_Strict):
    """Per-rule settings: on/off, severity, params (thresholds) merged over the rule file's."""

    enabled: bool | None = None
    severity: Severity | None = None
    params: dict[str, Any] = Field(default_factory=dict)


class FamilyOverride(_Strict):
    """Per-family settings: on/off, a severity for all its rules, and family-specific settings."""

    enabled: bool = True
    severity: Severity | None = None
    settings: dict[str, Any] = Field(default_factory=dict)


class TermEntry(_Strict):
    """One term of a custom list, with an optional replacement and message."""

    term: str = Field(min_length=1)
    replacement: str | None = None
    message: str | None = None


class TermList(_Strict):
    """A custom term list from the policy: competitors, code names, banned words…"""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$", description="lowercase, dash-separated")
    family: Family = Family.RISK
    severity: Severity = Severity.WARNING
    message: str | dict[str, str] | None = None
    terms: list[Annotated[str, Field(min_length=1)] | TermEntry] = Field(default_factory=list)  # "" was a 500
    file: str | None = Field(
        default=None,
        description="a term list beside the policy file (one term a line, '#' comments; or YAML entries), read at load",
    )

    @model_validator(mode="after")
    def _has_terms(self) -> TermList:
        if not self.terms:
            raise ValueError(label("policy-terms-needed", DEFAULT_LANGUAGE))
        return self


class AckEntry(_Strict):
    """A finding knowingly accepted: kept, downgraded to info, with the reason."""

    reason: str = Field(min_length=1)
    by: str | None = None


class Policy(_Strict):
    """The merged, validated policy one review runs under."""

    _source: str | None = PrivateAttr(default=None)
    _ack_flags: dict[str, str] = PrivateAttr(default_factory=dict)
    """Acknowledged rule id -> the command-line flag that acknowledged it ("--ack"), so an unknown one is said
    where the user wrote it, not as the policy's key."""

    @property
    def source(self) -> str:
        """Where the policy came from (its file), for error messages; 'policy' for a request's."""
        return self._source or "policy"

    def ack_flag(self, rule_id: str) -> str | None:
        """The command-line flag that acknowledged ``rule_id`` ("--ack"), or None when the policy did."""
        return self._ack_flags.get(rule_id)

    language: str = "auto"
    variants: dict[str, str] = Field(
        default_factory=dict, description="base language -> LanguageTool variant, e.g. en: en-GB"
    )
    limit: int = Field(default=280, ge=1, le=25_000, description="weighted length limit (280; more for paid accounts)")
    counting: Literal["v1", "v2", "v3"] = "v3"
    networks: list[str] = Field(
        default_factory=lambda: ["x"],
        description="networks the draft is for (x, bluesky, mastodon, threads, linkedin; or one as `network`):"
        " one length entry each, the verdict takes the strictest",
    )
    limits: dict[str, int] = Field(
        default_factory=dict,
        description="per-network limits: your Mastodon instance's (mastodon: 1000), X for paid accounts (x: 25000)",
    )
    families: dict[Family, FamilyOverride] = Field(default_factory=dict)
    rules: dict[str, RuleOverride] = Field(default_factory=dict)
    accept: list[str] = Field(default_factory=list, description="accepted vocabulary: never a misspelling")
    reject: list[str] = Field(default_factory=list, description="rejected vocabulary: always flagged")
    terms: list[TermList] = Field(default_factory=list)
    acks: dict[str, AckEntry] = Field(default_factory=dict)
    fail_on: Literal["error", "warning", "never"] = "error"
    vocabularies: list[str] = Field(
        default_factory=list,
        description="folders beside the policy file with accept.txt and/or reject.txt (Vale's vocabularies)",
    )
    rule_dirs: list[str] = Field(
        default_factory=list,
        description="folders beside the policy file holding extra rule files (<family>/<name>.yml)",
    )

    @model_validator(mode="before")
    @classmethod
    def _one_network(cls, data: Any) -> Any:
        """``network: bluesky`` is ``networks: [bluesky]``; ``limits.x`` is X's ``limit``."""
        if isinstance(data, Mapping):
            data = dict(data)
            if data.get("network") is not None:
                _same_networks(data.get("network"), data.get("networks"))
                data["networks"] = data.pop("network")
            else:
                data.pop("network", None)
            limits = data.get("limits")
            if isinstance(limits, Mapping) and isinstance(limits.get("x"), int):
                data["limit"] = limits["x"]
        return data

    @field_validator("language")
    @classmethod
    def _language_known(cls, value: str) -> str:
        """'auto' or a known code: a typo ('language: francais') is the policy's error, located at its key."""
        try:
            return validate_language(value)
        except UnknownLanguage as exc:
            raise ValueError(str(exc)) from None

    @field_validator("variants")
    @classmethod
    def _variants_of_their_language(cls, value: dict[str, str]) -> dict[str, str]:
        """Each variant a known code of its own language (``en: en-GB``): ``en: xyz`` became a report in 'xyz' and
        ``en: fr-FR`` read English drafts as French, in silence."""
        checked = {}
        for base, variant in value.items():
            try:
                code = validate_language(variant)
            except UnknownLanguage as exc:
                raise ValueError(str(exc)) from None
            if code == "auto" or code.split("-")[0] != base.strip().lower():
                raise ValueError(VARIANT_OF.format(variant=shown(variant), base=shown(base)))
            checked[base] = code
        return checked

    @field_validator("networks", mode="before")
    @classmethod
    def _networks_known(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [part for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            return value
        if not value:
            raise ValueError(f"name at least one network (known: {', '.join(known_networks())})")
        names: list[str] = []
        for item in value:
            if not isinstance(item, str):
                raise ValueError("a network is a name (x, bluesky, mastodon, threads, linkedin)")
            name = item.strip().lower()
            if name not in known_networks():
                raise ValueError(f"unknown network '{item}' (known: {', '.join(known_networks())})")
            if name not in names:
                names.append(name)
        return names

    @field_validator("limits")
    @classmethod
    def _limits_known(cls, value: dict[str, int]) -> dict[str, int]:
        for name, limit in value.items():
            if name not in known_networks():
                raise ValueError(f"unknown network '{name}' (known: {', '.join(known_networks())})")
            if not 1 <= limit <= 100_000:
                raise ValueError(label("policy-network-limit", DEFAULT_LANGUAGE, name=name))
        return value

    def limit_for(self, network: str) -> int:
        """The limit a network's posts are checked against: the policy's, else the network file's."""
        if network == "x":
            return self.limit
        return self.limits.get(network) or load_networks()[network].limit

    @field_validator("acks", mode="before")
    @classmethod
    def _ack_from_string(cls, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {k: ({"reason": v} if isinstance(v, str) else v) for k, v in value.items()}
        return value

    @cached_property
    def accepted_folded(self) -> frozenset[str]:
        """Accepted words, case-folded, for quick membership tests."""
        return frozenset(w.casefold() for w in self.accept)

    def family_enabled(self, family: Family) -> bool:
        """False when the policy turns the whole family off."""
        override = self.families.get(family)
        return override is None or override.enabled

    def family_settings(self, family: Family) -> dict[str, Any]:
        """Family-specific settings (e.g. tone target)."""
        override = self.families.get(family)
        return dict(override.settings) if override else {}

    def rule_override(self, rule_id: str) -> RuleOverride | None:
        """The override for a rule id, if any."""
        return self.rules.get(rule_id)

    def cache_key(self) -> str:
        """A stable key of everything that changes how rules are built."""
        return json.dumps(
            self.model_dump(mode="json", exclude={"acks", "language", "fail_on", "vocabularies"}), sort_keys=True
        )


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any], *, top: bool = True) -> dict[str, Any]:
    """Merge ``override`` over ``base``: mappings recursively; accept/reject/terms lists appended."""
    merged: dict[str, Any] = dict(base)
    for key, value in override.items():
        current = merged.get(key)
        if isinstance(current, Mapping) and isinstance(value, Mapping):
            merged[key] = deep_merge(current, value, top=False)
        elif top and key in LIST_KEYS_APPENDED and isinstance(current, list) and isinstance(value, list):
            merged[key] = current + value
        else:
            merged[key] = value
    return merged


def format_validation_error(
    where: str, error: ValidationError, written: Mapping[tuple[object, ...], str] | None = None
) -> PolicyError:
    """A pydantic error as 'where: key.path: reason', each key in error named (``PolicyError.others``): the reason
    says the value (as the file wrote it, ``written``) and what was wrong in words of our own, which ``app.texts`` has
    in French (``app.policy_errors``)."""
    (key, reason), *others = policy_reasons(error.errors(), Policy, {Policy: ("network",)}, written)
    return PolicyError(f"{where}: {key}", reason, others)


def parse_policy(data: Any, where: str = "policy", written: Mapping[tuple[object, ...], str] | None = None) -> Policy:
    """Validate a mapping as a policy, or raise ``PolicyError`` naming the key (and quoting a value as ``written``)."""
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise PolicyError(where, "a policy must be a mapping of keys to values")
    try:
        return Policy.model_validate(dict(data))
    except ValidationError as exc:
        raise format_validation_error(where, exc, written) from None


def read_policy_file(path: Path) -> dict[str, Any]:
    """The raw mapping in a policy file; ``PolicyError`` naming the file when unreadable or invalid YAML."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise PolicyError(str(path), "no such policy file") from None
    except IsADirectoryError:
        raise PolicyError(str(path), "is a directory, not a policy file") from None
    except OSError as exc:
        raise PolicyError(str(path), f"cannot read the policy file ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise PolicyError(
            str(path), f"the policy file is not UTF-8 (byte {exc.object[exc.start]:#04x} at {exc.start})"
        ) from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        raise PolicyError(str(path), f"not valid YAML{at}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise PolicyError(str(path), "the file must hold a mapping of keys to values")
    return data


def find_policy_file(start: Path | None = None) -> Path | None:
    """``sevenfold.yml`` in ``start`` (the working directory) or the nearest folder above it."""
    folder = (start or Path.cwd()).resolve()
    for candidate_dir in (folder, *folder.parents):
        for name in POLICY_FILENAMES:
            candidate = candidate_dir / name
            if candidate.is_file():
                return candidate
    return None


def load_policy(
    path: Path | None = None, *, search_from: Path | None = None, discover: bool = True
) -> tuple[Policy, Path | None]:
    """The policy from ``path``, or the discovered ``sevenfold.yml``, or the defaults."""
    if path is None and discover:
        path = find_policy_file(search_from)
    if path is None:
        return Policy(), None
    data = resolve_policy_files(read_policy_file(path), path.resolve().parent, str(path))
    try:
        written = written_scalars(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        written = {}
    policy = parse_policy(data, str(path), written)
    policy._source = str(path)
    return policy, path


def merge_policy(base: Policy, overrides: Mapping[str, Any] | None, where: str = "policy") -> Policy:
    """``base`` with a request's overrides merged over it, validated again."""
    if not overrides:
        return base
    refuse_file_keys(overrides, where)
    merged = deep_merge(base.model_dump(mode="json", exclude_defaults=True), overrides)
    policy = parse_policy(merged, where)
    # still the file's policy (its errors name the file); acks a flag gave are said as that flag
    policy._source = base._source
    acks = overrides.get("acks")
    flagged = {rule: where for rule in acks} if where.startswith("--") and isinstance(acks, Mapping) else {}
    policy._ack_flags = {**base._ack_flags, **flagged}
    return policy


def check_request_types(overrides: Mapping[str, Any] | None, where: str = "policy") -> None:
    """A request's overrides hold JSON's own types, or ``PolicyError`` naming the key: a flag is ``true`` or
    ``false`` (not "yes"), a number a number (not "280"), ``networks`` a list (``network`` names one).

    A policy file is YAML written by hand and keeps pydantic's lax reading; a client's JSON has real booleans and
    numbers, so a string there is the client's bug (a template that quotes every value, a form field passed on),
    which a lax reading would hide until the day "enabled": "flase" fails. A whole float (280.0) stays a number."""
    if not overrides:
        return
    networks = overrides.get("networks")
    if isinstance(networks, str):
        raise PolicyError(f"{where}: networks", NETWORKS_NOT_A_LIST.format(value=shown(networks)))
    try:
        Policy.model_validate_json(json.dumps(dict(overrides), default=str), strict=True)
    except ValidationError as exc:
        errors = [
            e
            for e in exc.errors()
            if not (e["type"] == "int_type" and isinstance(e["input"], float) and e["input"].is_integer())
        ]
        strict = [e for e in errors if e["type"] in STRICT_TYPES]
        said: dict[str, str] = {}  # each key once, in the order found
        for error in strict:
            key, reason = policy_reason([error], Policy, {Policy: ("network",)})
            meant = _lax_reading(error)
            if meant is not None:  # "'yes' is a string: write true (JSON's own type)"
                reason = f"{shown(error['input'])} is {kind_of(error['input'])}: write {meant} (JSON's own type)"
            said.setdefault(key, reason)
        if said:  # the keys a lax reading refuses too, named with them ({"limit": "abc", "familys": {}}: both)
            rest = [e for e in errors if e["type"] not in STRICT_TYPES]
            for key, reason in policy_reasons(rest, Policy, {Policy: ("network",)}) if rest else ():
                said.setdefault(key, reason)
            (key, reason), *others = said.items()
            raise PolicyError(f"{where}: {key}", reason, others) from None


def _lax_reading(error: Mapping[str, Any]) -> str | None:
    """What a lax reading makes of a strict error's value, as JSON ("true", "280"), or None when it reads none."""
    target = {"bool_type": bool, "int_type": int, "float_type": float}[error["type"]]
    try:
        return json.dumps(TypeAdapter(target).validate_python(error["input"]))
    except ValidationError:
        return None


STRICT_TYPES = frozenset({"bool_type", "int_type", "float_type"})
"""The errors only a strict reading finds (the lax one would coerce "yes", "280", "1.5"); the rest are for
``parse_policy`` to report as it always has."""
# said once, in app.texts (which reads them back in French)
NETWORKS_NOT_A_LIST = TEXTS["networks-not-list"][DEFAULT_LANGUAGE]
VARIANT_OF = TEXTS["policy-variant-of"][DEFAULT_LANGUAGE]
NETWORK_AND_NETWORKS = TEXTS["network-and-networks"][DEFAULT_LANGUAGE]


def _network_ids(value: Any) -> list[str] | None:
    """The networks ``value`` names (one, a list, or a file's "x, bluesky"), by id; None when one is unknown."""
    names = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else [value]
    try:
        return [network(str(name).strip()).id for name in names if str(name).strip()]
    except NetworkError:
        return None


def _same_networks(one: Any, several: Any) -> None:
    """``network`` and ``networks`` both given: only if they name the same single network (``network: x`` beside
    ``networks: [x]``); otherwise neither silently wins (``network`` did) and the reader says both."""
    if several is None:
        return
    ids = _network_ids(one)
    if ids is None or ids != _network_ids(several):
        said = NETWORK_AND_NETWORKS.format(network=shown(one), networks=shown(several))
        raise PydanticCustomError("value_error", said, {"key": "network"})  # the key it is about (policy_reason)


FILE_ONLY_KEYS = ("vocabularies", "rule_dirs")


def refuse_file_keys(overrides: Mapping[str, Any], where: str) -> None:
    """Keys that read files are for policy files only, never for a request's overrides."""
    for key in FILE_ONLY_KEYS:
        if key in overrides:
            raise PolicyError(f"{where}: {key}", label("policy-file-only", DEFAULT_LANGUAGE))
    terms = overrides.get("terms")
    if isinstance(terms, list):
        for index, entry in enumerate(terms):
            if isinstance(entry, Mapping) and entry.get("file") is not None:
                raise PolicyError(f"{where}: terms.{index}.file", label("policy-file-only-file", DEFAULT_LANGUAGE))


def read_word_list(path: Path, where: str) -> list[str]:
    """One entry a line; blank lines and '#' comments skipped; ``PolicyError`` naming ``where`` if unreadable."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PolicyError(where, f"no such file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise PolicyError(where, f"cannot read {path} ({exc.__class__.__name__})") from None
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _read_term_file(path: Path, where: str) -> list[Any]:
    if path.suffix.lower() in (".yml", ".yaml"):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
        except FileNotFoundError:
            raise PolicyError(where, f"no such file: {path}") from None
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise PolicyError(where, f"cannot read {path} ({exc.__class__.__name__})") from None
        if isinstance(data, Mapping) and isinstance(data.get("terms"), list):
            data = data["terms"]
        if not isinstance(data, list):
            raise PolicyError(where, label("policy-term-file-shape", DEFAULT_LANGUAGE, path=path))
        return list(data)
    return list(read_word_list(path, where))


def resolve_policy_files(data: dict[str, Any], folder: Path, where: str) -> dict[str, Any]:
    """Read what a policy file names beside it: term list files, vocabularies, rule folders (made absolute)."""
    out = dict(data)
    terms = out.get("terms")
    if isinstance(terms, list):
        resolved_terms: list[Any] = []
        for index, entry in enumerate(terms):
            if isinstance(entry, Mapping) and isinstance(entry.get("file"), str):
                target = (folder / entry["file"]).resolve()
                read = _read_term_file(target, f"{where}: terms.{index}.file")
                entry = {**entry, "file": str(target), "terms": [*(entry.get("terms") or []), *read]}
            resolved_terms.append(entry)
        out["terms"] = resolved_terms
    vocabularies = out.get("vocabularies")
    if isinstance(vocabularies, list):
        accept = list(out.get("accept") or [])
        reject = list(out.get("reject") or [])
        absolute: list[str] = []
        for index, name in enumerate(vocabularies):
            if not isinstance(name, str):
                continue  # the model reports the wrong type with its key
            vocab = (folder / name).resolve()
            if not vocab.is_dir():
                raise PolicyError(f"{where}: vocabularies.{index}", f"no such folder: {vocab}")
            found = False
            for file_name, target in (("accept.txt", accept), ("reject.txt", reject)):
                if (vocab / file_name).is_file():
                    found = True
                    target.extend(read_word_list(vocab / file_name, f"{where}: vocabularies.{index}"))
            if not found:
                raise PolicyError(f"{where}: vocabularies.{index}", f"{vocab} holds neither accept.txt nor reject.txt")
            absolute.append(str(vocab))
        out["vocabularies"] = absolute
        if accept:
            out["accept"] = accept
        if reject:
            out["reject"] = reject
    rule_dirs = out.get("rule_dirs")
    if isinstance(rule_dirs, list):
        dirs: list[str] = []
        for index, name in enumerate(rule_dirs):
            if not isinstance(name, str):
                continue
            target = (folder / name).resolve()
            if not target.is_dir():
                raise PolicyError(f"{where}: rule_dirs.{index}", f"no such folder: {target}")
            dirs.append(str(target))
        out["rule_dirs"] = dirs
    return out


POLICY_SCHEMA_ID = "https://sevenfold.invalid/schemas/sevenfold-policy.json"


def policy_json_schema() -> dict[str, Any]:
    """The JSON Schema of ``sevenfold.yml`` (and of a request's ``policy``), for editors and CI."""
    schema = Policy.model_json_schema(mode="validation")
    acks = schema["properties"]["acks"]
    acks["additionalProperties"] = {
        "anyOf": [acks["additionalProperties"], {"type": "string", "minLength": 1, "description": "the reason"}]
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": POLICY_SCHEMA_ID,
        **{k: v for k, v in schema.items() if k not in ("title",)},
        "title": "Sevenfold policy (sevenfold.yml)",
    }


STARTER_POLICY = """\
# sevenfold.yml — the policy Sevenfold reviews your drafts under.
# Found in the working directory or the nearest folder above it (or given with --policy).
# Every key is optional; remove what you do not need. Schema: `sevenfold policy schema`.
# Check this file with `sevenfold policy check`.

# Language of drafts: auto (detect), or en, fr, en-GB…
language: auto
# LanguageTool variant per language.
variants:
  en: en-US

# Weighted length limit as X counts it (280; more for paid accounts).
limit: 280

# Networks the drafts are for: x, bluesky, mastodon, threads, linkedin (one length entry each, the
# strictest decides). Limits per network: your Mastodon instance's, X for a paid account.
networks: [x]
limits: {}
#  mastodon: 1000

# Exit status of `sevenfold check` and `sevenfold batch`: fail on error, warning, or never.
fail_on: error

# Whole turns: length, grammar, tone, clarity, risk, privacy, etiquette.
families:
  tone:
    enabled: true
    # severity: warning        # one severity for every rule of the family
    # settings: {}             # family-specific settings

# Single rules, by id (see `sevenfold rules`): on/off, severity, params (thresholds).
rules: {}
#  etiquette.hashtag-count:
#    severity: info
#    params: {}

# Accepted vocabulary: brand and product names that are never misspellings.
accept: []
#  - Sevenfold
# Rejected vocabulary: words your style guide never wants.
reject: []
#  - synergy

# Vale-style vocabularies beside this file: folders holding accept.txt and/or reject.txt.
vocabularies: []
#  - styles/vocab/Brand

# Custom term lists: competitors, code names… (terms inline, or a file beside this one).
terms: []
#  - name: code-names
#    family: risk
#    severity: error
#    terms: [Project Falcon]
#  - name: competitors
#    file: terms/competitors.txt

# Extra rule files (<family>/<name>.yml) beside this file.
rule_dirs: []

# Findings knowingly accepted: kept in the report, downgraded to info, with the reason.
acks: {}
#  risk.financial-claims: "substantiated in the prospectus"
"""


STARTER_POLICY_FR = """\
# sevenfold.yml — la politique sous laquelle Sevenfold relit vos brouillons.
# Trouvée dans le dossier courant ou le plus proche au-dessus (ou donnée avec --policy).
# Chaque clé est facultative ; retirez ce dont vous n'avez pas besoin. Schéma : `sevenfold policy schema`.
# Vérifiez ce fichier avec `sevenfold policy check`.

# Langue des brouillons : auto (détection), ou fr, en, en-GB…
language: auto
# Variante de LanguageTool par langue.
variants:
  en: en-US

# Limite de longueur pondérée comptée comme sur X (280 ; davantage pour les comptes payants).
limit: 280

# Réseaux visés : x, bluesky, mastodon, threads, linkedin (une entrée de longueur chacun, le plus
# strict décide). Limites par réseau : celle de votre instance Mastodon, celle de X pour un compte payant.
networks: [x]
limits: {}
#  mastodon: 1000

# Code de sortie de `sevenfold check` et `sevenfold batch` : échec sur error, warning, ou never (jamais).
fail_on: error

# Tours entiers : length, grammar, tone, clarity, risk, privacy, etiquette.
families:
  tone:
    enabled: true
    # severity: warning        # une sévérité pour toutes les règles de la famille
    # settings: {}             # réglages propres à la famille

# Règles une à une, par identifiant (voir `sevenfold rules --lang fr`) : activée ou non, sévérité, params (seuils).
rules: {}
#  etiquette.hashtag-count:
#    severity: info
#    params: {}

# Vocabulaire accepté : noms de marques et de produits, jamais des fautes d'orthographe.
accept: []
#  - Sevenfold
# Vocabulaire refusé : les mots que votre charte ne veut jamais voir.
reject: []
#  - synergie

# Vocabulaires à la manière de Vale, à côté de ce fichier : dossiers contenant accept.txt et/ou reject.txt.
vocabularies: []
#  - styles/vocab/Marque

# Listes de termes : concurrents, noms de code… (termes en ligne, ou un fichier à côté de celui-ci).
terms: []
#  - name: noms-de-code
#    family: risk
#    severity: error
#    terms: [Projet Faucon]
#  - name: concurrents
#    file: termes/concurrents.txt

# Fichiers de règles en plus (<famille>/<nom>.yml) à côté de ce fichier.
rule_dirs: []

# Constats acceptés en connaissance de cause : gardés dans le rapport, ramenés à info, avec la raison.
acks: {}
#  risk.financial-claims: "justifié dans le prospectus"
"""

STARTERS: Mapping[str, str] = {"en": STARTER_POLICY, "fr": STARTER_POLICY_FR}
"""The starter policy in each language of its comments (``sevenfold init --lang``)."""


def starter_policy(language: str = "en", drafts: str | None = None) -> str:
    """The starter policy commented in ``language`` (English for one it has no comments in), its ``language:`` key
    set to ``drafts`` when given (``sevenfold init --lang fr``: French drafts), else ``auto``."""
    text = STARTERS.get(language.split("-")[0], STARTER_POLICY)
    if drafts is None or drafts == "auto":
        return text
    return text.replace("\nlanguage: auto\n", f"\nlanguage: {drafts}\n", 1)


def write_starter(path: Path, *, force: bool = False, text: str = STARTER_POLICY) -> Path:
    """Write the commented starter policy (``text``) to ``path``; ``PolicyError`` if it exists (unless ``force``)."""
    if path.exists() and not force:
        raise PolicyError(str(path), label("policy-exists", DEFAULT_LANGUAGE))
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise PolicyError(str(path), f"cannot write ({exc.strerror or exc})") from None
    return path

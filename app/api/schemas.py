"""The API's requests, validated here; responses are the domain's report types (``app.domain.Report``,
written by ``app.domain.to_wire``) and the small models below."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from app.domain import Report
from app.door_text import check_draft
from app.engine import InputError
from app.policy import NETWORK_AND_NETWORKS, NETWORKS_NOT_A_LIST
from app.policy_errors import shown, unknown_key_reason
from app.text.language import UnknownLanguage, validate_language
from app.text.networks import NetworkError, known_networks, network
from app.texts import label

MAX_ID_LENGTH = 200
OBJECT_EXPECTED = "Input should be a JSON object"
"""What a key that takes an object (``in_reply_to``, ``quoting``) is told when sent something else: pydantic's
"…valid dictionary or object to extract fields from" speaks of Python, not of the JSON a client sends."""


def _check_text(value: str) -> str:
    try:
        check_draft(value)
    except InputError as exc:
        raise ValueError(exc.reason) from None
    return value


def _check_language(value: str) -> str:
    try:
        return validate_language(value)
    except UnknownLanguage as exc:
        raise ValueError(str(exc)) from None


def _check_network(value: str) -> str:
    try:
        return network(value).id
    except NetworkError as exc:
        raise ValueError(f"unknown network '{value}' ({exc.reason.split('(', 1)[-1].rstrip(')')})") from None


def _networks_value(value: Any) -> Any:
    """A list of known networks; a string is a 422 (README: ``"networks": [...]``; ``network`` names one), not
    split at its commas: "x bluesky" or "x;bluesky" came back as an unknown network, "x" hid a client's bug."""
    if isinstance(value, str):
        raise ValueError(NETWORKS_NOT_A_LIST.format(value=shown(value)))
    if value == []:  # no network chosen: a client's empty selection, not "the policy's" in silence
        raise ValueError(f"name at least one network (known: {', '.join(known_networks())})")
    if isinstance(value, list):
        for item in value:
            if isinstance(item, str):
                _check_network(item)
    return value


def _network_value(value: str | None, info: ValidationInfo) -> str | None:
    """One known network; beside ``networks`` only if that names the same one (``network`` won in silence)."""
    if value is None:
        return None
    chosen = _check_network(value)
    several = info.data.get("networks")
    if several is not None and [_check_network(name) for name in several] != [chosen]:
        raise ValueError(NETWORK_AND_NETWORKS.format(network=shown(value), networks=shown(several)))
    return chosen


# The keys a draft names its networks with, validated alike wherever a draft is sent (``/v1/check``'s body, a batch
# item): each field keeps its own default and description where it is declared, so the OpenAPI order stays theirs.
Networks = Annotated[list[str] | None, BeforeValidator(_networks_value)]
OneNetwork = Annotated[str | None, AfterValidator(_network_value)]


def chosen_networks(one: str | None, several: list[str] | None) -> list[str] | None:
    """The networks a draft names (``network`` or ``networks``), or None for the policy's."""
    return [one] if one else several


class PostContext(BaseModel):
    """The post a draft answers or quotes: its text (never logged) and, optionally, its author."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(default="", description="the post's text; empty: no context")
    author: str | None = Field(default=None, max_length=MAX_ID_LENGTH, description="its author's handle")

    @model_validator(mode="before")
    @classmethod
    def _text_alone(cls, value: Any) -> Any:
        """A bare string is the post's text."""
        return {"text": value} if isinstance(value, str) else value

    def as_mapping(self) -> dict[str, Any] | None:
        """The context for ``Engine.review``, or None when its text is empty."""
        return {"text": self.text, "author": self.author} if self.text.strip() else None


class CheckRequest(BaseModel):
    """``POST /v1/check``: a draft, its language (or auto) and optional policy overrides."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(
        description="the draft, as it would be posted",
        examples=["Nous sommes ravis de vous acceuillir 🎉 @marie #événement https://exemple.fr"],
    )
    language: str = Field(default="auto", description="'auto' or an ISO 639-1 code, optionally with a region (en-GB)")
    policy: dict[str, Any] | None = Field(default=None, description="overrides of sevenfold.yml keys for this request")
    networks: Networks = Field(
        default=None,
        description="networks the draft is for (x, bluesky, mastodon, threads, linkedin); default: the policy's",
        examples=[["x", "bluesky", "mastodon"]],
    )
    network: OneNetwork = Field(default=None, description="one network, as a shorthand for `networks`")
    in_reply_to: PostContext | None = Field(
        default=None, description="the post this draft answers: the reply is judged with it (an empty text is ignored)"
    )
    quoting: PostContext | None = Field(default=None, description="the post this draft quotes")

    @field_validator("text")
    @classmethod
    def _text_is_checkable(cls, value: str) -> str:
        return _check_text(value)

    def policy_overrides(self) -> dict[str, Any] | None:
        """The request's policy overrides with its networks merged in."""
        overrides = dict(self.policy or {})
        chosen = chosen_networks(self.network, self.networks)
        if chosen:
            overrides.pop("network", None)
            overrides["networks"] = chosen
        return overrides or None

    @field_validator("language")
    @classmethod
    def _language_is_known(cls, value: str) -> str:
        return _check_language(value)


class BatchItem(BaseModel):
    """One draft of a batch, with the keys ``POST /v1/check`` takes for one draft but ``policy`` (the batch's):
    its networks and the post it answers or quotes — a scheduler's drafts are each for their own network. An item
    that does not validate (``"text": null``, a number, an unknown key, not an object, an unknown network) is kept
    with its reason (``problem``) and code: it gets an ``error`` in the results and the others go on."""

    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(default=None, max_length=MAX_ID_LENGTH)
    text: str
    language: str = "auto"
    networks: Networks = Field(
        default=None, description="networks this draft is for; default: the batch policy's", examples=[["bluesky"]]
    )
    network: OneNetwork = Field(default=None, description="one network, as a shorthand for `networks`")
    in_reply_to: PostContext | None = Field(default=None, description="the post this draft answers")
    quoting: PostContext | None = Field(default=None, description="the post this draft quotes")
    _problem: str | None = PrivateAttr(default=None)
    _code: str | None = PrivateAttr(default=None)

    @model_validator(mode="wrap")
    @classmethod
    def _alone(cls, value: Any, handler: ModelWrapValidatorHandler[BatchItem]) -> BatchItem:
        try:
            return handler(value)
        except ValidationError as exc:
            raw_id = value.get("id") if isinstance(value, dict) else None
            usable = raw_id if isinstance(raw_id, str) and len(raw_id) <= MAX_ID_LENGTH else None
            item = cls.model_construct(id=usable, text="", language="auto")
            item._problem, item._code = _first_problem(exc)
            return item

    @property
    def problem(self) -> str | None:
        """Why the item cannot be checked as sent, or None."""
        return self._problem

    @property
    def code(self) -> str | None:
        """The problem's stable code when its words are not a code's template (an unknown key's: ``extra-key``)."""
        return self._code

    def chosen_networks(self) -> list[str] | None:
        """The networks this item names, or None for the batch policy's."""
        return chosen_networks(self.network, self.networks)


def _first_problem(exc: ValidationError) -> tuple[str, str | None]:
    """A validation error as one line, its field first ("text: Input should be a valid string"), and its code when
    the line is not read by a code's template: an unknown key is said as ``/v1/check`` says it (the close key and the
    keys there: "colour: unknown key (keys here: …)", not "Extra inputs are not permitted"), code ``extra-key``."""
    error = exc.errors()[0]
    loc = tuple(error.get("loc", ()))
    where = ".".join(str(part) for part in loc)
    message = str(error.get("msg", "invalid value")).removeprefix("Value error, ")
    if not where and error.get("type") in ("model_attributes_type", "model_type"):
        return label("item-not-object", "en"), None
    if where and error.get("type") == "extra_forbidden":
        return f"{where}: {unknown_key_reason(BatchItem, loc)}", "extra-key"
    if where and error.get("type") == "model_attributes_type":  # as /v1/check says it (app.api.errors)
        message = OBJECT_EXPECTED
    return (f"{where}: {message}" if where else message), None


class BatchRequest(BaseModel):
    """``POST /v1/check/batch``: drafts checked under one policy; a bad item is reported, never fatal."""

    model_config = ConfigDict(extra="forbid")
    items: list[BatchItem] = Field(min_length=1)
    policy: dict[str, Any] | None = None


class BatchResult(BaseModel):
    """One batch item's outcome: a report, or the reason it could not be checked."""

    model_config = ConfigDict(extra="forbid")
    id: str
    report: Report | None = None
    error: str | None = None
    code: str | None = Field(
        default=None, description="the error's stable code (e.g. draft-empty, unknown-language); 'other' if none"
    )


class BatchResponse(BaseModel):
    """Results in input order, one per item."""

    model_config = ConfigDict(extra="forbid")
    results: list[BatchResult]


class RuleOut(BaseModel):
    """A rule of the catalogue."""

    model_config = ConfigDict(extra="forbid")
    id: str
    family: str
    severity: str
    languages: list[str]
    description: str
    kind: str


class RulesResponse(BaseModel):
    """The rule catalogue."""

    model_config = ConfigDict(extra="forbid")
    rules: list[RuleOut]


class HealthOut(BaseModel):
    """Liveness / readiness."""

    model_config = ConfigDict(extra="forbid")
    status: str
    engines: dict[str, str] = Field(default_factory=dict)
    notes: dict[str, str] = Field(
        default_factory=dict,
        exclude_if=lambda notes: not notes,  # /healthz stays {"status", "engines"}; /readyz adds notes when any
        description="how an engine is reached, e.g. LanguageTool's connection mode and its stall probe's figures",
    )

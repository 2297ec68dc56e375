"""Process settings from the environment (``SEVENFOLD_*``): one cached ``Settings``, overridable in tests."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/sevenfold`` or ``~/.cache/sevenfold``."""
    import os

    base = os.environ.get("XDG_CACHE_HOME")
    return (Path(base) if base else Path.home() / ".cache") / "sevenfold"


class Settings(BaseSettings):
    """Everything configurable about a Sevenfold process."""

    model_config = SettingsConfigDict(env_prefix="SEVENFOLD_", extra="ignore")

    rules_dir: Path | None = Field(default=None, description="rule files; default: the packaged rules/")
    policy_file: Path | None = Field(
        default=None, description="policy for the server; default: sevenfold.yml found from the cwd"
    )
    default_language: str = "en"

    offline: bool = Field(default=False, description="never start or call LanguageTool")
    languagetool_url: str | None = Field(
        default=None, description="use this LanguageTool server instead of starting one"
    )
    languagetool_version: str = "6.8"
    languagetool_languages: Annotated[tuple[str, ...], NoDecode] = ("en", "fr")
    languagetool_cache_dir: Path = Field(default_factory=lambda: default_cache_dir() / "languagetool")
    languagetool_heap: str = "1g"
    languagetool_start_timeout: float = 120.0
    grammar_timeout: float = Field(default=5.0, gt=0, description="seconds a review waits for LanguageTool")

    max_body_bytes: int = Field(default=64 * 1024, ge=1024)
    max_batch_items: int = Field(default=1000, ge=1)
    audit_max_upload_bytes: int = Field(
        default=512 * 1024**2, ge=1024, description="largest archive the web page's audit accepts (413 past it)"
    )
    log_drafts: bool = Field(default=False, description="log draft text (off: drafts may be confidential)")

    api_keys: Annotated[tuple[str, ...], NoDecode] = Field(default=(), description="comma-separated or JSON list")
    cors_origins: Annotated[tuple[str, ...], NoDecode] = Field(default=(), description="comma-separated or JSON list")
    allow_public: bool = Field(default=False, description="answer non-loopback clients without API keys")
    rate_limit_per_minute: int = Field(default=0, ge=0, description="0 = no rate limit")

    @field_validator("api_keys", "cors_origins", "languagetool_languages", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        """Accept 'a,b' as well as a JSON list from the environment."""
        if isinstance(value, str):
            stripped = value.strip()
            if stripped.startswith("["):
                return tuple(json.loads(stripped))
            return tuple(part.strip() for part in stripped.split(",") if part.strip())
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process settings, read once."""
    return Settings()

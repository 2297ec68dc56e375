"""twitter-text's conformance suite (validate.yml, extract.yml; Apache-2.0) run against ``app.text.tweet``.

The suite lives outside the repository, in ``../shared/conformance/twitter-text/`` from the repository
root (or wherever ``SEVENFOLD_CONFORMANCE_DIR`` points); every test skips with the reason when it is
absent. Each section is run the way twitter-text's own runners run it (js/test/conformance.html,
rb/test/conformance_test.rb): ``tweets`` validates with the legacy v1 configuration (140, URLs 23),
``WeightedTweetsCounterTest`` counts with v2 (weighted code points, no emoji discount),
``WeightedTweetsWithDiscountedEmojiCounterTest`` with v3, ``UnicodeDirectionalMarkerCounterTest``
with the default (v3). The suite's indices are UTF-16 code units, ours code points: every index is
converted with ``codepoint_to_utf16_index`` before comparing.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.text import tweet as T

REPO_ROOT = Path(__file__).resolve().parents[1]
CONFORMANCE_DIR = Path(
    os.environ.get("SEVENFOLD_CONFORMANCE_DIR") or REPO_ROOT.parent / "shared" / "conformance" / "twitter-text"
)
SKIP_REASON = (
    f"twitter-text conformance suite not found at {CONFORMANCE_DIR} "
    "(expected ../shared/conformance/twitter-text/ beside the repository, or set SEVENFOLD_CONFORMANCE_DIR)"
)

VALIDATE_SECTIONS = (
    "tweets",
    "usernames",
    "lists",
    "hashtags",
    "urls",
    "urls_without_protocol",
    "WeightedTweetsCounterTest",
    "WeightedTweetsWithDiscountedEmojiCounterTest",
    "UnicodeDirectionalMarkerCounterTest",
)
EXTRACT_SECTIONS = (
    "mentions",
    "mentions_with_indices",
    "mentions_or_lists_with_indices",
    "replies",
    "urls",
    "urls_with_indices",
    "urls_with_directional_markers",
    "tco_urls_with_params",
    "hashtags",
    "hashtags_from_astral",
    "hashtags_with_indices",
    "cashtags",
    "cashtags_with_indices",
)


def _load(name: str) -> dict[str, list[dict[str, Any]]] | None:
    path = CONFORMANCE_DIR / name
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        data: dict[str, list[dict[str, Any]]] = yaml.safe_load(handle)["tests"]
    return data


def _params(name: str, sections: tuple[str, ...]) -> list[Any]:
    data = _load(name)
    if data is None:
        return [
            pytest.param(section, {}, marks=pytest.mark.skip(reason=SKIP_REASON), id=section) for section in sections
        ]
    params = []
    for section in sections:
        if section not in data:
            params.append(pytest.param(section, {}, marks=pytest.mark.skip(reason=f"{name} has no {section}")))
            continue
        for case in data[section]:
            params.append(pytest.param(section, case, id=f"{section}: {case['description']}"))
    return params


def _utf16(text: str, entity: T.Entity) -> list[int]:
    return [T.codepoint_to_utf16_index(text, entity.offset), T.codepoint_to_utf16_index(text, entity.end)]


def _weighted(config: T.CountingConfig) -> Callable[[str], dict[str, Any]]:
    def run(text: str) -> dict[str, Any]:
        result = T.parse_tweet(text, config)
        return {
            "weightedLength": result.weighted,
            "valid": result.valid,
            "permillage": result.permillage,
            "displayRangeStart": result.display_range[0],
            # twitter-text's ranges are inclusive UTF-16 indices: the last unit of the last character.
            "displayRangeEnd": T.codepoint_to_utf16_index(text, result.display_range[1] + 1) - 1,
            "validRangeStart": result.valid_range[0],
            "validRangeEnd": T.codepoint_to_utf16_index(text, result.valid_end) - 1,
        }

    return run


VALIDATE: dict[str, Callable[[str], Any]] = {
    "tweets": lambda text: T.is_valid_tweet(text, T.V1),
    "usernames": T.is_valid_username,
    "lists": T.is_valid_list,
    "hashtags": T.is_valid_hashtag,
    "urls": T.is_valid_url,
    "urls_without_protocol": lambda text: T.is_valid_url(text, True, False),
    "WeightedTweetsCounterTest": _weighted(T.V2),
    "WeightedTweetsWithDiscountedEmojiCounterTest": _weighted(T.V3),
    "UnicodeDirectionalMarkerCounterTest": _weighted(T.V3),
}


def _mentions_or_lists(text: str) -> list[dict[str, Any]]:
    found = []
    for e in T.extract_mentions(text, include_lists=True):
        name, _, slug = e.value.partition("/")
        found.append({"screen_name": name, "list_slug": f"/{slug}" if slug else "", "indices": _utf16(text, e)})
    return found


EXTRACT: dict[str, Callable[[str], Any]] = {
    "mentions": lambda text: [e.value for e in T.extract_mentions(text)],
    "mentions_with_indices": lambda text: [
        {"screen_name": e.value, "indices": _utf16(text, e)} for e in T.extract_mentions(text)
    ],
    "mentions_or_lists_with_indices": _mentions_or_lists,
    "replies": T.extract_reply_screenname,
    "urls": lambda text: [e.value for e in T.extract_urls(text)],
    "urls_with_indices": lambda text: [{"url": e.value, "indices": _utf16(text, e)} for e in T.extract_urls(text)],
    "urls_with_directional_markers": lambda text: [
        {"url": e.value, "indices": _utf16(text, e)} for e in T.extract_urls(text)
    ],
    "tco_urls_with_params": lambda text: [e.value for e in T.extract_urls(text)],
    "hashtags": lambda text: [e.value for e in T.extract_hashtags(text)],
    "hashtags_from_astral": lambda text: [e.value for e in T.extract_hashtags(text)],
    "hashtags_with_indices": lambda text: [
        {"hashtag": e.value, "indices": _utf16(text, e)} for e in T.extract_hashtags(text)
    ],
    "cashtags": lambda text: [e.value for e in T.extract_cashtags(text)],
    "cashtags_with_indices": lambda text: [
        {"cashtag": e.value, "indices": _utf16(text, e)} for e in T.extract_cashtags(text)
    ],
}


@pytest.mark.parametrize(("section", "case"), _params("validate.yml", VALIDATE_SECTIONS))
def test_validate(section: str, case: dict[str, Any]) -> None:
    assert VALIDATE[section](case["text"]) == case["expected"], case["description"]


@pytest.mark.parametrize(("section", "case"), _params("extract.yml", EXTRACT_SECTIONS))
def test_extract(section: str, case: dict[str, Any]) -> None:
    assert EXTRACT[section](case["text"]) == case["expected"], case["description"]


def test_v3_config_matches_the_suite() -> None:
    """Our V3 is the suite's config-v3.json, and V2 is V3 without the emoji discount."""
    path = CONFORMANCE_DIR / "config-v3.json"
    if not path.is_file():
        pytest.skip(SKIP_REASON)
    assert T.CountingConfig.from_json(json.loads(path.read_text(encoding="utf-8"))) == T.V3
    assert dataclasses.replace(T.V3, version=2, emoji_parsing_enabled=False) == T.V2

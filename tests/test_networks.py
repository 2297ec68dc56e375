"""Network files and counting: every network's conformance set (tests/data/networks/), thread proposals, errors.

The sets are built from each network's own tests and code (see each file's ``source``): Bluesky's expected
values were produced by @atproto/api under node (tests/test_networks_js.py re-checks them live), Mastodon's
from its StatusLengthValidator spec and code, Threads' and LinkedIn's from their documentation.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.text import networks as N

DATA = Path(__file__).parent / "data" / "networks"


def _expand(text: str) -> str:
    """``__A500__`` stands for 500 'a'; ``__FOO1000__`` for '#foo?' * 1000 (as the Mastodon spec writes them)."""
    text = re.sub(r"__A(\d+)__", lambda m: "a" * int(m.group(1)), text)
    return re.sub(r"__FOO(\d+)__", lambda m: "#foo?" * int(m.group(1)), text)


def _cases(name: str) -> list[Any]:
    doc = yaml.safe_load((DATA / f"{name}.yml").read_text(encoding="utf-8"))
    return [pytest.param(case, id=f"{name}-{index}") for index, case in enumerate(doc["cases"])]


def test_every_packaged_network_loads_and_cites_a_source() -> None:
    """The five networks ship, each with a limit, a known counting method and at least one source URL."""
    networks = N.load_networks()
    assert set(networks) == {"x", "bluesky", "mastodon", "threads", "linkedin"}
    for net in networks.values():
        assert net.limit > 0 and net.counting in N.COUNTING_METHODS
        assert net.sources and all(s.startswith("https://") for s in net.sources)
    assert (networks["x"].limit, networks["bluesky"].limit, networks["mastodon"].limit) == (280, 300, 500)
    assert (networks["threads"].limit, networks["linkedin"].limit, networks["bluesky"].byte_limit) == (500, 3000, 3000)


@pytest.mark.parametrize("case", _cases("bluesky"))
def test_bluesky_conformance(case: dict[str, Any]) -> None:
    """Graphemes and bytes of the text bsky.app posts, as @atproto/api + social-app's shortenLinks count them."""
    result = N.count(N.network("bluesky"), case["text"])
    assert (result.weighted, result.bytes) == (case["graphemes"], case["bytes"])
    assert result.valid == (case["graphemes"] <= 300 and case["bytes"] <= 3000)


@pytest.mark.parametrize("case", _cases("mastodon"))
def test_mastodon_conformance(case: dict[str, Any]) -> None:
    """StatusLengthValidator's count: URLs with a protocol 23, remote mentions as @user, graphemes."""
    result = N.count(N.network("mastodon"), _expand(case["text"]))
    assert result.weighted == case["count"]
    if "valid" in case:
        assert result.valid is case["valid"]


@pytest.mark.parametrize("case", _cases("threads"))
def test_threads_conformance(case: dict[str, Any]) -> None:
    """Threads: characters, emoji as their UTF-8 bytes."""
    result = N.count(N.network("threads"), _expand(case["text"]))
    assert result.weighted == case["count"]
    if "valid" in case:
        assert result.valid is case["valid"]


@pytest.mark.parametrize("case", _cases("linkedin"))
def test_linkedin_conformance(case: dict[str, Any]) -> None:
    """LinkedIn: UTF-16 code units."""
    result = N.count(N.network("linkedin"), _expand(case["text"]))
    assert result.weighted == case["count"]
    if "valid" in case:
        assert result.valid is case["valid"]


def test_mastodon_limit_is_a_setting() -> None:
    """The same text fits an instance at 1,000 and not the default 500."""
    text = "a" * 700
    assert not N.count(N.network("mastodon"), text).valid
    assert N.count(N.network("mastodon"), text, limit=1000).valid


def test_valid_end_marks_the_overflow() -> None:
    """The longest prefix that fits ends where the network would cut."""
    result = N.count(N.network("bluesky"), "a" * 310)
    assert (result.valid, result.valid_end, result.remaining) == (False, 300, -10)
    emoji = N.count(N.network("threads"), "a" * 498 + "👍 end")
    assert emoji.valid_end == 498  # the emoji (4) would take it to 502


def test_bluesky_byte_limit_binds_before_graphemes() -> None:
    """A ZWJ family is 1 grapheme but 25 bytes: 121 of them pass 300 graphemes and break the 3,000-byte record."""
    result = N.count(N.network("bluesky"), "👨‍👩‍👧‍👦" * 120)
    assert result.weighted == 120 and result.bytes == 3000 and result.valid
    over = N.count(N.network("bluesky"), "👨‍👩‍👧‍👦" * 121)
    assert over.weighted == 121 and not over.valid and over.valid_end == 120 * 7


@pytest.mark.parametrize("name", ["bluesky", "mastodon", "threads"])
def test_thread_parts_each_fit_and_are_numbered(name: str) -> None:
    """Every proposed part fits its network with its " (i/n)" or " i/n" number, and nothing is lost."""
    net = N.network(name)
    text = " ".join(
        f"Sentence number {i} says something about https://example.com/page/{i} and more." for i in range(40)
    )
    parts = N.split_for(net, text)
    assert len(parts) > 1
    size = N.measure(net)
    for index, part in enumerate(parts, 1):
        assert size(part) <= net.limit
        assert part.endswith(net.numbering.format(i=index, n=len(parts)) if net.numbering else "")
    rebuilt = " ".join(
        p[: -len(net.numbering.format(i=i, n=len(parts)))] for i, p in enumerate(parts, 1) if net.numbering
    )
    assert rebuilt.split() == text.split()


def test_no_thread_when_it_fits_or_on_linkedin() -> None:
    """A draft that fits gets no thread; LinkedIn has no threads at all."""
    assert N.split_for(N.network("bluesky"), "short") == []
    assert N.split_for(N.network("linkedin"), "word " * 1000) == []


def test_unknown_network_names_the_known_ones() -> None:
    """An unknown name is an error listing every known network."""
    with pytest.raises(N.NetworkError) as raised:
        N.network("myspace")
    assert "bluesky, linkedin, mastodon, threads, x" in str(raised.value)
    assert N.network(" Bluesky ").id == "bluesky"


def test_bad_network_file_names_file_and_key(tmp_path: Path) -> None:
    """A network file without a counting method or a source fails naming the file and the key."""
    (tmp_path / "bad.yml").write_text("name: Bad\nlimit: 10\ncounting: {method: abacus}\nsources: [x]\n")
    with pytest.raises(N.NetworkError, match=r"bad\.yml: counting\.method"):
        N.load_networks(tmp_path)
    (tmp_path / "bad.yml").write_text("name: Bad\nlimit: 10\ncounting: {method: utf16}\n")
    with pytest.raises(N.NetworkError, match=r"bad\.yml: sources"):
        N.load_networks(tmp_path)


def test_short_url_matches_social_app_tests() -> None:
    """social-app's own toShortUrl cases (__tests__/lib/strings/url-helpers.test.ts)."""
    assert N.to_short_url("https://bsky.app") == "bsky.app"
    assert N.to_short_url("https://bsky.app/3jk7x4irgv52r") == "bsky.app/3jk7x4irgv52r"
    assert N.to_short_url("https://bsky.app/3jk7x4irgv52r2313y182h9") == "bsky.app/3jk7x4irgv52..."
    assert N.to_short_url("https://very-long-domain-name.com/foo") == "very-long-domain-name.com/foo"
    assert N.to_short_url("https://very-long-domain-name.com/foo?bar=baz#andsomemore") == (
        "very-long-domain-name.com/foo?bar=baz#..."
    )
    assert N.to_short_url("ftp://example.com/") == "ftp://example.com/"
    assert N.to_short_url("not-a-url") == "not-a-url"

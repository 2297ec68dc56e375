"""Bluesky counting against the official code under node: @atproto/api (npm) + social-app's shortenLinks.

Compares ``app.text.networks`` (graphemes and UTF-8 bytes of the posted text, and the posted text itself)
with tests/node/bluesky_count.mjs on the conformance set (tests/data/networks/bluesky.yml) and on
generated drafts mixing links, punctuation, mentions, emoji and non-ASCII hosts and paths. Skips when
node or the npm packages (``make install`` runs scripts/install-node-deps.sh) are missing.
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from app.text import networks as N

NODE_DIR = Path(__file__).parent / "node"
DRIVER = NODE_DIR / "bluesky_count.mjs"
NODE = shutil.which("node")

pytestmark = [
    pytest.mark.skipif(NODE is None, reason="node is not installed"),
    pytest.mark.skipif(
        not (NODE_DIR / "node_modules" / "@atproto" / "api").is_dir(),
        reason="@atproto/api is not installed (scripts/install-node-deps.sh)",
    ),
]

FRAGMENTS = [
    "a",
    "Z",
    "é",
    "e\u0301",
    "中",
    " ",
    "\n",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    ")",
    "(",
    "@",
    "#",
    "/",
    "https://",
    "http://",
    "HTTP://",
    "www.",
    "example",
    ".com",
    ".fr",
    ".co.uk",
    "/path",
    "/long/path/segment",
    "?q=1&r=2",
    "#frag",
    "%20",
    "😀",
    "👨‍👩‍👧‍👦",
    "🇫🇷",
    "bücher",
    "例え",
    ":8080",
    ":443",
    "user@",
    "..",
    "./",
    "@alice.bsky.social",
    "#tag",
    "\u00a0",
    "\u3000",
    "_",
    "-",
    "~",
    "'",
    '"',
    "<",
    ">",
    "`",
    "{",
    "}",
    "^",
    "|",
]


def _run(texts: list[str]) -> list[list[object]]:
    assert NODE is not None
    done = subprocess.run(
        [NODE, str(DRIVER)],
        input=json.dumps(texts).encode(),
        capture_output=True,
        cwd=NODE_DIR,
        timeout=120,
        check=True,
    )
    result: list[list[object]] = json.loads(done.stdout)
    return result


def _generated(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = [rng.choice(FRAGMENTS) for _ in range(rng.randint(3, 18))]
        if rng.random() < 0.7:
            parts.insert(rng.randint(0, len(parts)), rng.choice(["https://", "http://"]) + "example.com")
        texts.append("".join(parts))
    return texts


def _mismatches(texts: list[str]) -> list[tuple[str, tuple[object, ...], tuple[object, ...]]]:
    official = _run(texts)
    mismatches = []
    for text, (graphemes, size, posted) in zip(texts, official, strict=True):
        ours = N.bluesky_posted_text(text)
        got = (N.graphemes(ours), len(ours.encode("utf-8")), ours)
        if got != (graphemes, size, posted):
            mismatches.append((text, got, (graphemes, size, posted)))
    return mismatches


def test_bluesky_conformance_matches_atproto_api() -> None:
    """Same grapheme count, byte count and posted text as the official code on every conformance case."""
    conformance = [
        c["text"] for c in yaml.safe_load((Path(__file__).parent / "data/networks/bluesky.yml").read_text())["cases"]
    ]
    mismatches = _mismatches(conformance)
    assert not mismatches, f"{len(mismatches)} of {len(conformance)} differ, e.g. {mismatches[:3]}"


def test_bluesky_generated_drafts_match_atproto_api() -> None:
    """3,000 generated drafts: at most 1 in 1,000 may differ, and only in a malformed link after another.

    Known residue: a link with forbidden host characters right after an unshortened non-ASCII link, where
    the official shortenLinks slices its UTF-8 buffer at shifted offsets (measured: 1 of 3,000).
    """
    texts = _generated(3000, 13)
    mismatches = _mismatches(texts)
    assert len(mismatches) <= 3, f"{len(mismatches)} of {len(texts)} differ, e.g. {mismatches[:3]}"
    for text, _, _ in mismatches:
        assert text.count("http") >= 2


# -- the browser counters (app/web/static/networks.js) against the Python ones ----------------------

FORM_MODULE = Path(__file__).resolve().parents[1] / "app" / "web" / "static" / "networks.js"
FORM_DRIVER = """
import { countFor } from %s;
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const texts = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const networks = ["bluesky", "mastodon", "threads", "linkedin"];
process.stdout.write(JSON.stringify(texts.map((text) => networks.map((n) => countFor(n, text)))));
"""


def _conformance_texts() -> list[str]:
    from tests.test_networks import _expand

    texts: list[str] = []
    for name in ("bluesky", "mastodon", "threads", "linkedin"):
        doc = yaml.safe_load((Path(__file__).parent / "data" / "networks" / f"{name}.yml").read_text())
        texts.extend(_expand(case["text"]) for case in doc["cases"])
    return texts


def test_browser_counters_match_python() -> None:
    """networks.js counts every conformance text and 1,500 generated drafts as app.text.networks does."""
    assert NODE is not None
    texts = _conformance_texts() + _generated(1500, 29)
    script = FORM_DRIVER % json.dumps(FORM_MODULE.as_uri())
    done = subprocess.run(
        [NODE, "--input-type=module", "-e", script],
        input=json.dumps(texts).encode(),
        capture_output=True,
        timeout=300,
        check=True,
    )
    results = json.loads(done.stdout)
    mismatches = []
    for text, (bluesky, mastodon, threads, linkedin) in zip(texts, results, strict=True):
        posted = N.bluesky_posted_text(text)
        ours = {
            "bluesky": (N.graphemes(posted), len(posted.encode("utf-8"))),
            "mastodon": N.count(N.network("mastodon"), text).weighted,
            "threads": N.threads_length(text),
            "linkedin": N.utf16_length(text),
        }
        theirs = {
            "bluesky": (bluesky["weighted"], bluesky["bytes"]),
            "mastodon": mastodon["weighted"],
            "threads": threads["weighted"],
            "linkedin": linkedin["weighted"],
        }
        for name in ours:
            if ours[name] != theirs[name]:
                mismatches.append((name, text[:80], ours[name], theirs[name]))
    assert not mismatches, f"{len(mismatches)} differ, e.g. {mismatches[:5]}"

"""The browser counter (app/web/static/tweet.js) counts exactly as ``app.text.tweet.parse_tweet``.

Runs the ES module under node over every case of twitter-text's weighted-length conformance sections
(v2 and v3), our own drafts, and a few hundred generated texts, under v1, v2 and v3, and compares
weighted length, validity and the end of the valid prefix (UTF-16 in the browser, code points here).
Skips when node is not installed.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from app.text import tweet as T

REPO_ROOT = Path(__file__).resolve().parents[1]
MODULE = REPO_ROOT / "app" / "web" / "static" / "tweet.js"
CONFORMANCE = (
    Path(os.environ.get("SEVENFOLD_CONFORMANCE_DIR") or REPO_ROOT.parent / "shared" / "conformance" / "twitter-text")
    / "validate.yml"
)
NODE = shutil.which("node")
CONFIGS = {"v1": T.V1, "v2": T.V2, "v3": T.V3}

pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed: the browser counter cannot be run")

DRIVER = """
import { weightedLength, parseTweet, CONFIGS } from %s;
const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const cases = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const out = cases.map(([text, name, limit]) => {
  const config = limit ? { ...CONFIGS[name], maxWeightedTweetLength: limit } : CONFIGS[name];
  const r = weightedLength(text, config);
  const p = parseTweet(text, config);
  return [r.weighted, r.valid, r.validEnd, p.validRangeEnd, p.displayRangeEnd];
});
process.stdout.write(JSON.stringify(out));
"""

DRAFTS = [
    "",
    " ",
    "Hello world",
    "Très heureux d'être là, à Noël ! Déjà 12 °C — « ça caille » … #Météo",
    "Cafe\u0301 noir, cre\u0300me bru\u0302le\u0301e",
    "Rise 🐦‍🔥 again",
    "🐦‍🔥" * 150,
    "👨‍👩‍👧‍👦 🙋🏽 🇫🇷🇩🇪 1️⃣ 1⃣ ❤️ ❤ © ©️ 🏴󠁧󠁢󠁳󠁣󠁴󠁿 👨‍🦖 😀\ufe0f",
    "Read https://example.com/blog/new-dashboard?utm_source=twitter&utm_medium=social#top now",
    "see example.com, t.co/abc and bit.ly/xyz; also foo.baz and www.example.co.uk/path",
    "http://exampleこれは日本語です.com/path/index.html http://" + "あ" * 70 + ".com",
    "Go to http://example.com/view/slug-url-?foo=bar or (https://en.wikipedia.org/wiki/Primer_(film)).",
    "twitter.comこれは日本語です。example.com中国語t.co/abcde한국twitter.com example2.comテストtwitter.com/abcde",
    "\u2066\u202ahttp://foobar.پاکستان/\u202c\u2069",
    "abc\ufeffdef",
    "x" * 279 + "é",
    "x" * 280 + "e\u0301",
    "中" * 141,
    "故人西辞黄鹤楼，烟花三月下扬州。" * 12,
    "@jack #launch $ACME https://t.co/abcdefghij " * 12,
    "lone \ud83d surrogate",
    "\x00nul\x00",
    "ᄀ\u1161\u11a8 한국어 e\u0301\u0301\u0301" + "\u0301\u0316" * 40,
    "t.co/😷t.co/..$👨‍👩‍👧‍👦＃é",
    "rtこxn--jp?q=1&b=2.中国.org/'\u3000HTTP://)index.html",
]

FRAGMENTS = [
    "a", "Z", "é", "e\u0301", "中", "あ", " ", "\n", ".", ",", "-", "_", "/", ":", "@", "#", "$", "http://",
    "https://", "www.", "example", ".com", ".co.jp", ".みんな", "t.co/abc", "/path", "?q=1", "(x)", "😀", "🐦‍🔥",
    "👨‍👩‍👧‍👦", "🇫🇷", "1️⃣", "❤️", "\u200d", "\ufe0f", "\u0301", "\u202a", "\ufeff", "x" * 30, "中" * 20, "xn--",
]  # fmt: skip


def _generated(count: int) -> list[str]:
    rnd = random.Random(20240)
    return ["".join(rnd.choice(FRAGMENTS) for _ in range(rnd.randint(1, 60))) for _ in range(count)]


def _cases() -> list[tuple[str, str, int | None]]:
    cases: list[tuple[str, str, int | None]] = []
    if CONFORMANCE.is_file():
        sections = yaml.safe_load(CONFORMANCE.read_text(encoding="utf-8"))["tests"]
        for section, name in (
            ("WeightedTweetsCounterTest", "v2"),
            ("WeightedTweetsWithDiscountedEmojiCounterTest", "v3"),
            ("UnicodeDirectionalMarkerCounterTest", "v3"),
        ):
            cases.extend((case["text"], name, None) for case in sections[section])
    for text in DRAFTS + _generated(400):
        cases.extend((text, name, None) for name in CONFIGS)
    cases.extend((text, "v3", 50) for text in DRAFTS)
    return cases


def _expected(text: str, name: str, limit: int | None) -> list[Any]:
    config = CONFIGS[name].with_limit(limit) if limit else CONFIGS[name]
    result = T.parse_tweet(text, config)
    end = T.codepoint_to_utf16_index(text, result.valid_end)
    return [result.weighted, result.valid, end, end - 1, T.codepoint_to_utf16_index(text, len(text)) - 1]


def test_browser_counter_matches_parse_tweet() -> None:
    assert NODE is not None
    cases = _cases()
    driver = DRIVER % json.dumps(MODULE.as_uri())
    completed = subprocess.run(
        [NODE, "--input-type=module", "-e", driver],
        input=json.dumps(cases).encode("utf-8"),
        capture_output=True,
        check=True,
        timeout=120,
    )
    results = json.loads(completed.stdout)
    mismatches = [
        (text, name, limit, got, want)
        for (text, name, limit), got in zip(cases, results, strict=True)
        if got != (want := _expected(text, name, limit))
    ]
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ, first: {mismatches[:3]!r}"


def test_generated_data_is_current() -> None:
    """tweet.js's TLD lists and emoji sequences are those of the Python side."""
    completed = subprocess.run(
        [sys.executable, str(REPO_ROOT / "scripts" / "gen_tweet_js.py"), "--check"], capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stderr

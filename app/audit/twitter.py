"""X/Twitter account archives: the posts of ``data/tweets.js`` and its parts (``data/tweets-part1.js``…;
older archives say ``data/tweet.js``), each ``window.YTD.tweets.partN = [ {"tweet": {…}}, … ]``.

A post's text is ``full_text`` as the archive stores it: HTML-escaped (``&amp;``), with links shortened
to ``t.co``. Before review each ``t.co`` link of ``entities.urls`` is replaced by its ``expanded_url``
(what readers saw), media links (``entities.media``: the photo's own ``t.co``) are removed, and the
HTML escapes are undone; spans in the report are offsets into that text. Retweets (``RT @…``) are not
the account's words and are skipped unless asked for. Dates become ISO 8601 in UTC; the link is
``https://x.com/i/web/status/ID``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.audit.archive import Archive, GuardedReader, Item, Post, checked_members, language_hint, open_zip
from app.audit.jsonstream import iter_array
from app.audit.posts import missing, not_an_id, not_text, posts_from, utc_timestamp
from app.policy_errors import kind_of

_MEMBER = re.compile(r"^(?:.*/)?data/tweets?(?:-part(\d+))?\.js$")
_TWITTER_DATE = ("%a %b %d %H:%M:%S %z %Y",)  # the archive's created_at: "Wed Oct 10 20:19:24 +0000 2018"
_MARKER = re.compile(r"^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*\[")
EXPECTED = "expected 'window.YTD.tweets.part0 = [' followed by the tweets"


def tweet_members(names: list[str]) -> list[str]:
    """The tweet files among an archive's names, in part order (``tweets.js``, ``tweets-part1.js``…)."""
    found: list[tuple[int, str]] = []
    for name in names:
        match = _MEMBER.match(name)
        if match and "/deleted" not in name:
            found.append((int(match.group(1) or 0), name))
    return [name for _, name in sorted(found)]


def _links(entities: Any, key: str) -> list[dict[str, Any]]:
    if not isinstance(entities, dict):
        return []
    values = entities.get(key)
    return [v for v in values if isinstance(v, dict)] if isinstance(values, list) else []


def tweet_text(tweet: dict[str, Any]) -> str:
    """The text readers saw: t.co links expanded, media links removed, HTML escapes undone."""
    text = tweet.get("full_text")
    if not isinstance(text, str):
        text = tweet.get("text")
    if not isinstance(text, str):
        return ""
    entities = tweet.get("entities")
    for link in _links(entities, "urls"):
        short, expanded = link.get("url"), link.get("expanded_url")
        if isinstance(short, str) and short and isinstance(expanded, str) and expanded:
            text = text.replace(short, expanded)
    for media in _links(entities, "media") + _links(tweet.get("extended_entities"), "media"):
        short = media.get("url")
        if isinstance(short, str) and short:
            text = text.replace(short, "")
    return html.unescape(text).strip()


def post_from_tweet(entry: Any, source: str, *, include_retweets: bool = False) -> Post | str:
    """A ``Post``, or why the entry gives none ("retweets", "no text (media only)", "not a tweet (a number)",
    "'full_text' is a list, not text", "'id_str' is null, not an id", "no 'full_text'"…)."""
    tweet = entry.get("tweet", entry) if isinstance(entry, dict) else entry
    if not isinstance(tweet, dict):
        return f"not a tweet ({kind_of(tweet)})"
    tweet_id = tweet.get("id_str") or tweet.get("id")
    if not isinstance(tweet_id, str | int) or isinstance(tweet_id, bool) or not str(tweet_id).strip():
        field = next((key for key in ("id_str", "id") if key in tweet), None)
        return not_an_id(field, tweet[field]) if field else missing("id_str")
    text_field = next((key for key in ("full_text", "text") if isinstance(tweet.get(key), str)), None)
    if text_field is None:
        field = next((key for key in ("full_text", "text") if key in tweet), None)
        return not_text(field, tweet[field]) if field else missing("full_text")
    if tweet[text_field].startswith("RT @") and not include_retweets:
        return "retweets"
    text = tweet_text(tweet)
    if not text:
        return "no text (media only)"
    tweet_id = str(tweet_id).strip()
    return Post(
        network="x",
        id=tweet_id,
        text=text,
        created=utc_timestamp(tweet.get("created_at"), _TWITTER_DATE),
        url=f"https://x.com/i/web/status/{tweet_id}" if tweet_id.isdigit() else None,
        language=language_hint(tweet.get("lang")),
        source=source,
        reply=bool(tweet.get("in_reply_to_status_id_str") or tweet.get("in_reply_to_status_id")),
    )


def _read_entries(archive: Archive, entries: Iterator[Any], source: str) -> Iterator[Item]:
    return posts_from(
        archive, entries, lambda entry: post_from_tweet(entry, source, include_retweets=archive.include_reposts)
    )


def read_twitter(archive: Archive) -> Iterator[Item]:
    """Every tweet of the archive (zip, unpacked folder, or a lone tweets.js), part after part."""
    path: Path = archive.path
    limits = archive.limits
    if path.is_dir():
        names = tweet_members([p.relative_to(path).as_posix() for p in path.rglob("*.js")])
        for name in names:
            with open(path / name, "rb") as raw:
                guarded = GuardedReader(raw, limits.max_total_bytes, name)
                yield from _read_entries(
                    archive, iter_array(guarded, name, _MARKER, EXPECTED, max_item=limits.max_item_bytes), name
                )
        return
    if not _is_zip(path):
        with open(path, "rb") as raw:
            guarded = GuardedReader(raw, limits.max_total_bytes, path.name)
            entries = iter_array(guarded, path.name, _MARKER, EXPECTED, max_item=limits.max_item_bytes)
            yield from _read_entries(archive, entries, path.name)
        return
    with open_zip(path, limits) as zf:
        names = tweet_members(zf.namelist())
        infos = checked_members(zf, names, limits, path.name)
        for info in infos:
            with zf.open(info) as raw:
                guarded = GuardedReader(raw, info.file_size, info.filename)
                entries = iter_array(guarded, info.filename, _MARKER, EXPECTED, max_item=limits.max_item_bytes)
                yield from _read_entries(archive, entries, info.filename)


def _is_zip(path: Path) -> bool:
    with open(path, "rb") as raw:
        return raw.read(2) == b"PK"

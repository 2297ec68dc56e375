"""Builders of small archives in each network's official format, generated in the tests (never copied):
an X/Twitter account zip, a Mastodon outbox (zip or folder), a Bluesky repository CAR written with
libipld's DAG-CBOR encoder (CIDs, tree nodes and records as ``com.atproto.sync.getRepo`` returns them).
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Sample:
    """A post to put in an archive."""

    text: str
    when: datetime
    lang: str = "en"
    links: tuple[tuple[str, str], ...] = ()  # (t.co / shown text, expanded)
    retweet: bool = False
    reply: bool = False


def samples(count: int = 6, start: datetime | None = None) -> list[Sample]:
    """A varied account: clean posts, profanity aimed at someone (a blocking error since session 14: at a thing it is a
    warning; since session 33 the swear word of "What a fucking disaster" is graded by its own clause, so the post says
    "Fuck you" too), a phone number, a link, French, a retweet, a reply."""
    start = start or datetime(2019, 3, 4, 10, 30, tzinfo=UTC)
    base = [
        Sample("Thrilled to join the team at the city library this spring!", start),
        Sample("What a fucking disaster. Fuck you, you shitty excuse for an airline", start + timedelta(days=40)),
        Sample("Call me at 06 12 34 56 78 if you want the tickets", start + timedelta(days=400), lang="fr"),
        Sample(
            "Read our release notes https://t.co/AbCdEf1234 & tell us what you think",
            start + timedelta(days=401),
            links=(("https://t.co/AbCdEf1234", "https://example.com/notes?utm_source=twitter"),),
        ),
        Sample("Nous sommes ravis de vous accueillir à la médiathèque 🎉", start + timedelta(days=800), lang="fr"),
        Sample("RT @someone: this is not my text, fuck", start + timedelta(days=801), retweet=True),
        Sample("@jack I agree with you", start + timedelta(days=802), reply=True),
    ]
    return [base[i % len(base)] for i in range(count)] if count > len(base) else base[:count]


def tweet_entry(index: int, sample: Sample) -> dict[str, Any]:
    """One entry of data/tweets.js as the X archive writes it."""
    urls = [
        {
            "url": short,
            "expanded_url": long,
            "display_url": long.split("//", 1)[-1][:24],
            "indices": [str(sample.text.find(short)), str(sample.text.find(short) + len(short))],
        }
        for short, long in sample.links
    ]
    tweet: dict[str, Any] = {
        "edit_info": {"initial": {"editTweetIds": [str(1000 + index)], "editable": "false"}},
        "retweeted": False,
        "source": '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>',
        "entities": {"hashtags": [], "symbols": [], "user_mentions": [], "urls": urls},
        "display_text_range": ["0", str(len(sample.text))],
        "favorite_count": "0",
        "id_str": str(1000 + index),
        "truncated": False,
        "retweet_count": "0",
        "id": str(1000 + index),
        "created_at": sample.when.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "favorited": False,
        "full_text": sample.text.replace("&", "&amp;"),
        "lang": sample.lang,
    }
    if sample.reply:
        tweet["in_reply_to_status_id_str"] = "42"
        tweet["in_reply_to_user_id_str"] = "12"
        tweet["in_reply_to_screen_name"] = "jack"
    return {"tweet": tweet}


def tweets_js(entries: Sequence[dict[str, Any]], part: int = 0) -> str:
    """The text of a tweets.js part."""
    return f"window.YTD.tweets.part{part} = " + json.dumps(list(entries), indent=2, ensure_ascii=False)


def twitter_zip(path: Path, posts: Sequence[Sample], *, parts: int = 1, mangle: Any = None) -> Path:
    """An X account archive zip: data/tweets.js (and data/tweets-partN.js), plus files an archive has."""
    entries = [tweet_entry(i, s) for i, s in enumerate(posts)]
    size = -(-len(entries) // parts) if entries else 0
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Your archive.html", "<html><body>Your archive</body></html>")
        zf.writestr("data/account.js", 'window.YTD.account.part0 = [{"account": {"username": "me"}}]')
        for part in range(parts):
            name = "data/tweets.js" if part == 0 else f"data/tweets-part{part}.js"
            text = tweets_js(entries[part * size : (part + 1) * size], part)
            if mangle is not None:
                text = mangle(name, text)
            zf.writestr(name, text)
        zf.writestr("data/tweets_media/readme.txt", "media files")
    return path


def note_html(text: str) -> str:
    """A note's content as Mastodon writes it: paragraphs, escaped text, a link with invisible spans."""
    import html as html_mod

    out = []
    for word in text.split(" "):
        if word.startswith("https://"):
            rest = word.removeprefix("https://")
            out.append(
                f'<a href="{html_mod.escape(word)}" target="_blank" rel="nofollow noopener noreferrer">'
                f'<span class="invisible">https://</span><span class="ellipsis">{html_mod.escape(rest[:20])}</span>'
                f'<span class="invisible">{html_mod.escape(rest[20:])}</span></a>'
            )
        elif word.startswith("@") and len(word) > 1:
            out.append(
                f'<span class="h-card"><a href="https://mastodon.example/@{word[1:]}" class="u-url mention">'
                f"@<span>{html_mod.escape(word[1:])}</span></a></span>"
            )
        else:
            out.append(html_mod.escape(word))
    return "<p>" + " ".join(out) + "</p>"


def outbox(posts: Sequence[Sample], actor: str = "https://mastodon.example/users/me") -> dict[str, Any]:
    """An outbox.json document."""
    items: list[dict[str, Any]] = []
    for i, sample in enumerate(posts):
        published = sample.when.strftime("%Y-%m-%dT%H:%M:%SZ")
        if sample.retweet:
            items.append(
                {
                    "id": f"{actor}/statuses/{2000 + i}/activity",
                    "type": "Announce",
                    "actor": actor,
                    "published": published,
                    "to": ["https://www.w3.org/ns/activitystreams#Public"],
                    "object": "https://other.example/users/x/statuses/1",
                }
            )
            continue
        text = sample.text
        for short, long in sample.links:
            text = text.replace(short, long)
        items.append(
            {
                "id": f"{actor}/statuses/{2000 + i}/activity",
                "type": "Create",
                "actor": actor,
                "published": published,
                "to": ["https://www.w3.org/ns/activitystreams#Public"],
                "cc": [f"{actor}/followers"],
                "object": {
                    "id": f"{actor}/statuses/{2000 + i}",
                    "type": "Note",
                    "summary": None,
                    "inReplyTo": "https://mastodon.example/users/jack/statuses/1" if sample.reply else None,
                    "published": published,
                    "url": f"https://mastodon.example/@me/{2000 + i}",
                    "attributedTo": actor,
                    "to": ["https://www.w3.org/ns/activitystreams#Public"],
                    "cc": [f"{actor}/followers"],
                    "sensitive": False,
                    "content": note_html(text),
                    "contentMap": {sample.lang: note_html(text)},
                    "attachment": [],
                    "tag": [],
                },
            }
        )
    return {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(items),
        "orderedItems": items,
    }


def mastodon_zip(path: Path, posts: Sequence[Sample], *, mangle: Any = None) -> Path:
    """A Mastodon archive zip: actor.json, outbox.json, likes.json."""
    text = json.dumps(outbox(posts), indent=2, ensure_ascii=False)
    if mangle is not None:
        text = mangle("outbox.json", text)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("actor.json", json.dumps({"type": "Person", "preferredUsername": "me"}))
        zf.writestr("outbox.json", text)
        zf.writestr("likes.json", json.dumps({"type": "OrderedCollection", "orderedItems": []}))
    return path


# -- Bluesky -----------------------------------------------------------------------------------------


def varint(value: int) -> bytes:
    """Unsigned LEB128."""
    out = bytearray()
    while True:
        byte = value & 0x7F
        value >>= 7
        if value:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def block(value: Any) -> tuple[bytes, bytes]:
    """(CIDv1 dag-cbor sha2-256, DAG-CBOR bytes) of a value, encoded by libipld."""
    import libipld

    data = libipld.encode_dag_cbor(value)
    return b"\x01\x71\x12\x20" + hashlib.sha256(data).digest(), data


def mst_layer(key: str) -> int:
    """The MST layer of a key: leading zero bits of its SHA-256, counted in pairs."""
    digest = hashlib.sha256(key.encode()).digest()
    zeros = 0
    for byte in digest:
        if byte == 0:
            zeros += 8
            continue
        zeros += 8 - byte.bit_length()
        break
    return zeros // 2


TID_CHARS = "234567abcdefghijklmnopqrstuvwxyz"


def tid(micros: int, clock: int = 0) -> str:
    """A record key in TID form (base32-sortable timestamp and clock id)."""
    value = (micros << 10) | clock
    return "".join(TID_CHARS[(value >> (5 * (12 - i))) & 31] for i in range(13))


def bluesky_car(
    path: Path, posts: Sequence[Sample], did: str = "did:plc:abcdefghijklmnopqrstuvwx", *, extra_likes: int = 2
) -> tuple[Path, list[str]]:
    """A repository CAR (commit, one-layer MST, post and like records) and the posts' record keys.

    Record keys are chosen on layer 0 of the tree so one node holds every entry, as a small repo's does.
    """
    records: list[tuple[str, dict[str, Any]]] = []
    rkeys: list[str] = []
    clock = 0
    for sample in posts:
        if sample.retweet:
            continue
        while True:
            key = tid(int(sample.when.timestamp() * 1_000_000), clock)
            clock += 1
            if mst_layer(f"app.bsky.feed.post/{key}") == 0:
                break
        text = sample.text
        facets = []
        for short, long in sample.links:
            shown = long.split("//", 1)[-1][:20] + "..."
            start = text.encode().find(short.encode())
            text = text.replace(short, shown)
            facets.append(
                {
                    "$type": "app.bsky.richtext.facet",
                    "index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
                    "features": [{"$type": "app.bsky.richtext.facet#link", "uri": long}],
                }
            )
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "text": text,
            "createdAt": sample.when.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "langs": [sample.lang],
        }
        if facets:
            record["facets"] = facets
        if sample.reply:
            ref = {"uri": f"at://{did}/app.bsky.feed.post/3kabc", "cid": "bafyreib2rxk3rh6kzwq"}
            record["reply"] = {"root": ref, "parent": ref}
        records.append((f"app.bsky.feed.post/{key}", record))
        rkeys.append(key)
    for i in range(extra_likes):
        while True:
            key = tid(1_600_000_000_000_000 + i * 1000, clock)
            clock += 1
            if mst_layer(f"app.bsky.feed.like/{key}") == 0:
                break
        like = {
            "$type": "app.bsky.feed.like",
            "subject": {"uri": f"at://{did}/app.bsky.feed.post/3kxyz", "cid": "bafyreib2rxk3rh6kzwq"},
            "createdAt": "2020-09-13T12:26:40.000Z",
        }
        records.append((f"app.bsky.feed.like/{key}", like))
    records.sort(key=lambda kv: kv[0])
    blocks: list[tuple[bytes, bytes]] = []
    entries: list[dict[str, Any]] = []
    previous = b""
    for key, record in records:
        cid, data = block(record)
        blocks.append((cid, data))
        raw_key = key.encode()
        shared = 0
        while shared < min(len(previous), len(raw_key)) and previous[shared] == raw_key[shared]:
            shared += 1
        entries.append({"p": shared, "k": raw_key[shared:], "v": cid, "t": None})
        previous = raw_key
    node_cid, node_data = block({"e": entries, "l": None})
    commit = {
        "did": did,
        "version": 3,
        "data": node_cid,
        "rev": tid(1_700_000_000_000_000),
        "prev": None,
        "sig": b"s" * 64,
    }
    commit_cid, commit_data = block(commit)
    header = block({"roots": [commit_cid], "version": 1})[1]
    with open(path, "wb") as out:
        out.write(varint(len(header)) + header)
        for cid, data in [(commit_cid, commit_data), (node_cid, node_data), *blocks]:
            out.write(varint(len(cid) + len(data)) + cid + data)
    return path, rkeys

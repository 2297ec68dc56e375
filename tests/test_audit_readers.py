"""The archive readers on archives built in each network's official format: posts, dates, links, skipped
reposts, and bad input (truncated, malformed, not an archive, zip bomb, wrong JSON)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import libipld
import pytest

from app.audit.archive import ArchiveError, Limits, Post, ReadProblem, open_archive
from tests.audit_archives import Sample, bluesky_car, mastodon_zip, outbox, samples, twitter_zip

TEXTS = [
    "Thrilled to join the team at the city library this spring!",
    "What a fucking disaster. Fuck you, you shitty excuse for an airline",
    "Call me at 06 12 34 56 78 if you want the tickets",
    "Read our release notes https://example.com/notes?utm_source=twitter & tell us what you think",
    "Nous sommes ravis de vous accueillir à la médiathèque 🎉",
    "@jack I agree with you",
]


def _items(path: Path, **kwargs: object) -> tuple[list[Post], list[ReadProblem]]:
    archive = open_archive(path, **kwargs)  # type: ignore[arg-type]
    items = list(archive.items())
    return [i for i in items if isinstance(i, Post)], [i for i in items if isinstance(i, ReadProblem)]


def test_twitter_zip_parts_links_dates_and_retweets(tmp_path: Path) -> None:
    path = twitter_zip(tmp_path / "twitter-2024.zip", samples(7), parts=2)
    archive = open_archive(path)
    assert archive.network == "x"
    posts, problems = _items(path)
    assert problems == []
    assert [p.text for p in posts] == TEXTS  # t.co expanded, &amp; undone, the retweet skipped
    assert posts[0].created == "2019-03-04T10:30:00Z"
    assert posts[0].url == "https://x.com/i/web/status/1000"
    assert posts[2].language == "fr"
    assert [p.source for p in posts][-1] == "data/tweets-part1.js"
    assert posts[-1].reply and not posts[0].reply
    with_rts, _ = _items(path, include_reposts=True)
    assert len(with_rts) == 7
    assert with_rts[5].text.startswith("RT @someone")


def test_mastodon_zip_and_folder(tmp_path: Path) -> None:
    path = mastodon_zip(tmp_path / "archive-2024.zip", samples(7))
    posts, problems = _items(path)
    assert open_archive(path).network == "mastodon"
    assert problems == []
    assert [p.text for p in posts] == TEXTS  # HTML to text: invisible link spans kept, mentions as @name
    assert posts[1].url == "https://mastodon.example/@me/2001"
    assert posts[4].language == "fr"
    folder = tmp_path / "unpacked"
    folder.mkdir()
    (folder / "outbox.json").write_text(json.dumps(outbox(samples(3))), encoding="utf-8")
    posts, _ = _items(folder)
    assert [p.text for p in posts] == TEXTS[:3]


def test_bluesky_car_read_and_checked_by_libipld(tmp_path: Path) -> None:
    path, rkeys = bluesky_car(tmp_path / "repo.car", samples(7))
    header, blocks = libipld.decode_car(path.read_bytes())  # the file is a CAR libipld reads
    assert header["version"] == 1
    assert sum(1 for b in blocks.values() if isinstance(b, dict) and b.get("$type") == "app.bsky.feed.post") == 6
    posts, problems = _items(path)
    assert open_archive(path).network == "bluesky"
    assert problems == []
    assert sorted(p.text for p in posts) == sorted(TEXTS)  # the facet's short link shown as the full URI
    by_key = {p.id: p for p in posts}
    assert set(by_key) == set(rkeys)
    first = by_key[rkeys[0]]
    assert first.url == f"https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx/post/{rkeys[0]}"
    assert first.created == "2019-03-04T10:30:00Z"


def test_truncated_tweets_js_names_file_and_position_and_keeps_the_rest(tmp_path: Path) -> None:
    def cut(name: str, text: str) -> str:
        return text[: text.index('"id_str" : "1003"') if '"id_str" : "1003"' in text else text.index('"1003"')]

    path = twitter_zip(tmp_path / "cut.zip", samples(5), mangle=cut)
    posts, problems = _items(path)
    assert [p.text for p in posts] == TEXTS[:3]
    assert len(problems) == 1
    assert problems[0].source == "data/tweets.js"
    assert "truncated" in problems[0].reason
    assert problems[0].position.startswith("character ")


def test_malformed_outbox_names_the_line(tmp_path: Path) -> None:
    def break_it(name: str, text: str) -> str:
        marker = '"id": "https://mastodon.example/users/me/statuses/2002/activity"'
        return text.replace(marker, marker + " oops")

    path = mastodon_zip(tmp_path / "bad.zip", samples(4), mangle=break_it)
    posts, problems = _items(path)
    assert [p.id for p in posts] == ["2000", "2001", "2003"]  # (U, session 26) the activity after it is read too
    assert problems[0].source == "outbox.json"
    assert problems[0].reason.startswith("an item skipped, malformed JSON")
    assert "line " in problems[0].position


def test_truncated_car_yields_what_it_could_read(tmp_path: Path) -> None:
    path, _ = bluesky_car(tmp_path / "repo.car", samples(6), extra_likes=0)
    data = path.read_bytes()
    (tmp_path / "cut.car").write_bytes(data[: len(data) - 40])
    posts, problems = _items(tmp_path / "cut.car")
    assert 0 < len(posts) < 6
    assert problems[0].source == "cut.car"
    assert problems[0].position.startswith("byte ")
    assert "truncated" in problems[0].reason


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("notes.txt", b"just some text", "unknown format"),
        ("empty.zip", b"", "empty"),
        ("broken.zip", b"PK\x03\x04garbage", "not a valid zip"),
    ],
)
def test_not_an_archive(tmp_path: Path, name: str, content: bytes, expected: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(ArchiveError, match=expected) as info:
        open_archive(tmp_path / name)
    assert "\n" not in str(info.value)


def test_zip_without_posts_and_wrong_json(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "photos.zip", "w") as zf:
        zf.writestr("photo.txt", "not a post")
    with pytest.raises(ArchiveError, match=r"data/tweets\.js"):
        open_archive(tmp_path / "photos.zip")
    with zipfile.ZipFile(tmp_path / "wrong.zip", "w") as zf:
        zf.writestr("data/tweets.js", json.dumps({"tweets": []}))
    archive = open_archive(tmp_path / "wrong.zip")
    with pytest.raises(ArchiveError, match=r"window\.YTD\.tweets\.part0"):
        list(archive.items())


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = [" + " " * (50 * 1024**2) + "]")
    archive = open_archive(tmp_path / "bomb.zip")
    with pytest.raises(ArchiveError, match="zip bomb") as info:
        list(archive.items())
    assert info.value.too_large
    with zipfile.ZipFile(tmp_path / "big.zip", "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("data/tweets.js", "window.YTD.tweets.part0 = []" + " " * 4096)
    with pytest.raises(ArchiveError, match="over the limit"):
        list(open_archive(tmp_path / "big.zip", limits=Limits(max_total_bytes=1024)).items())


def _break_entry(id_str: str, text: str) -> str:
    """tweets.js with the entry of ``id_str`` made malformed at its start, before its nested objects (an unquoted
    word where a key belongs), as a hand-edited export may be."""
    at = text.index(f'"id_str": "{id_str}"')
    begin = text.rindex('"tweet": {', 0, at) + len('"tweet": {')
    return text[:begin] + " oops," + text[begin:]


def test_a_malformed_post_between_good_ones_is_skipped_and_the_posts_after_it_read(tmp_path: Path) -> None:
    """(U, session 26) One malformed entry in the middle of tweets.js lost every post after it: the entry is skipped
    with its problem ("an item skipped, …", where), and reading goes on at the next entry shaped as the first. The
    broken entry's own nested objects (two links: "}, {" inside it) are never taken for entries."""
    start = samples(1)[0].when
    links = (("https://t.co/a1", "https://example.com/a"), ("https://t.co/b2", "https://example.com/b"))
    posts_in = [
        *samples(3),
        Sample("Two links https://t.co/a1 and https://t.co/b2", start, links=links),
        *samples(5)[3:],
    ]
    path = twitter_zip(tmp_path / "x.zip", posts_in, mangle=lambda name, text: _break_entry("1003", text))
    posts, problems = _items(path)
    assert [p.text for p in posts] == [*TEXTS[:3], *TEXTS[3:5]]
    assert len(problems) == 1 and problems[0].source == "data/tweets.js"
    assert problems[0].reason == "an item skipped, malformed JSON (Expecting property name enclosed in double quotes)"
    assert problems[0].position.startswith("character ")


def test_a_malformed_post_larger_than_a_read_is_skipped_as_well(tmp_path: Path) -> None:
    """The next entry found past a broken one of 600 000 characters (more than the 256 KiB read at a time) and among
    3 000 others: memory stays bounded (the text before is forgotten), every other post is read."""
    many = samples(3000)
    huge = [many[0], Sample("x" * 600_000, many[0].when), *many[1:]]
    whole, _ = _items(twitter_zip(tmp_path / "whole.zip", many))
    path = twitter_zip(tmp_path / "x.zip", huge, mangle=lambda name, text: _break_entry("1001", text))
    posts, problems = _items(path)
    assert [p.text for p in posts] == [p.text for p in whole]
    assert [p.reason.split(",")[0] for p in problems] == ["an item skipped"]


def test_a_malformed_first_post_still_ends_the_file(tmp_path: Path) -> None:
    """No entry read before the broken one: nothing says what the next entry looks like, so the file ends there, as
    before (a nested object is never taken for a post)."""
    path = twitter_zip(tmp_path / "x.zip", samples(4), mangle=lambda name, text: _break_entry("1000", text))
    posts, problems = _items(path)
    assert posts == [] and len(problems) == 1
    assert problems[0].reason == "malformed JSON (Expecting property name enclosed in double quotes)"

"""(session 16) The disk cache of parsed YAML documents (``app.kinds.options.load_yaml``): the same documents as
``yaml.safe_load``, keyed by content, per user, ignored when damaged, off with ``SEVENFOLD_CACHE=0``."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from app.kinds import options
from app.loader import packaged_rules_dir

RULES = packaged_rules_dir()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SEVENFOLD_CACHE_DIR", str(folder))
    monkeypatch.delenv("SEVENFOLD_CACHE", raising=False)
    return folder


def test_every_shipped_file_reads_as_safe_load_reads_it_cold_and_warm(cache: Path) -> None:
    paths = sorted(RULES.rglob("*.yml"))
    texts = [p.read_text(encoding="utf-8") for p in paths]
    expected = [yaml.safe_load(t) for t in texts]
    assert [options.load_yaml(t) for t in texts] == expected  # parsed, then written
    assert len(list(cache.glob("*.marshal"))) == len(set(texts))
    assert [options.load_yaml(t) for t in texts] == expected  # read back


def test_a_changed_text_is_another_entry(cache: Path) -> None:
    assert options.load_yaml("terms: [a, b]") == {"terms": ["a", "b"]}
    assert options.load_yaml("terms: [a, c]") == {"terms": ["a", "c"]}
    assert len(list(cache.glob("*.marshal"))) == 2


@pytest.mark.parametrize("damage", [b"", b"garbage", b"\0" * 40])
def test_a_damaged_entry_is_ignored_and_written_again(cache: Path, damage: bytes) -> None:
    text = "terms: [x, y]\nsureness: 2\n"
    assert options.load_yaml(text) == {"terms": ["x", "y"], "sureness": 2}
    (entry,) = cache.glob("*.marshal")
    good = entry.read_bytes()
    entry.write_bytes(damage if damage else good[:-3])
    assert options.load_yaml(text) == {"terms": ["x", "y"], "sureness": 2}
    assert entry.read_bytes() == good


def test_a_bit_flipped_in_an_entry_is_caught(cache: Path) -> None:
    text = "terms: [abc]\n"
    options.load_yaml(text)
    (entry,) = cache.glob("*.marshal")
    raw = bytearray(entry.read_bytes())
    raw[-2] ^= 0x01  # one letter of "abc" changed: the entry's digest no longer matches
    entry.write_bytes(bytes(raw))
    assert options.load_yaml(text) == {"terms": ["abc"]}


def test_off_switch_writes_nothing(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEVENFOLD_CACHE", "0")
    assert options.yaml_cache_dir() is None
    assert options.load_yaml("a: 1") == {"a": 1}
    assert not cache.exists()


def test_a_folder_others_may_write_is_not_used(cache: Path) -> None:
    cache.mkdir()
    os.chmod(cache, 0o777)
    assert options.yaml_cache_dir() is None
    assert options.load_yaml("a: 1") == {"a": 1}
    assert not list(cache.iterdir())


def test_the_folder_is_private(cache: Path) -> None:
    assert options.yaml_cache_dir() == cache
    assert cache.stat().st_mode & 0o777 == 0o700
    options.load_yaml("a: 1")
    (entry,) = cache.glob("*.marshal")
    assert entry.stat().st_mode & 0o077 == 0


def test_what_marshal_cannot_hold_is_parsed_and_not_kept(cache: Path) -> None:
    assert str(options.load_yaml("day: 2026-12-02")["day"]) == "2026-12-02"
    assert not list(cache.glob("*.marshal"))


@pytest.mark.parametrize(
    "text",
    ["a: 1\nb: [\n", "a: 1\n  b: 2\nc: 3\n", "a: [1, 2\nb: 3\n", 'x: "open\n', "- a\nb: 1\n", "a: b: c\n", "k: @x\n"],
)
def test_invalid_yaml_names_the_line_the_pure_python_parser_names(cache: Path, tmp_path: Path, text: str) -> None:
    with pytest.raises(yaml.YAMLError) as pure:
        yaml.load(text, Loader=yaml.SafeLoader)
    line = pure.value.problem_mark.line + 1  # type: ignore[attr-defined]
    with pytest.raises(ValueError, match=rf"bad\.yml: not valid YAML \(line {line}\)$"):
        options.parse_yaml(text, tmp_path / "bad.yml", "term list")
    assert not list(cache.glob("*.marshal"))

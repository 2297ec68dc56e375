"""The one reader of the data files a rule's options name (``app.kinds.options``): every kind words what is wrong
with such a file the same way, naming the file, the line of a YAML error and the key of a bad entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from app.domain import Family, Severity
from app.kinds.base import Deps, RuleMeta
from app.kinds.options import named_file, read_yaml, validated
from app.kinds.patterns import _read_names
from app.kinds.phrases import load_phrase_file
from app.kinds.proximity import read_classes_file, read_list_file
from app.kinds.terms import read_term_file


class _Words(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str]


def test_a_missing_or_unreadable_file_is_named_with_the_reason(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"^term list .*nope\.yml: cannot read \(FileNotFoundError\)$"):
        read_yaml(tmp_path / "nope.yml", "term list")
    latin = tmp_path / "latin.yml"
    latin.write_bytes(b"words: [caf\xe9]\n")
    with pytest.raises(ValueError, match=r"latin\.yml: cannot read \(UnicodeDecodeError\)$"):
        read_yaml(latin, "term list")


def test_a_yaml_error_names_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("words:\n  - a\n  - [b\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.yml: not valid YAML \(line 4\)$"):
        read_yaml(bad, "term list")


def test_a_bad_entry_names_its_key_and_counts_the_others(tmp_path: Path) -> None:
    path = tmp_path / "w.yml"
    with pytest.raises(ValueError, match=r"w\.yml: words\.1: Input should be a valid string \(and 1 more\)$"):
        validated(_Words, {"words": ["a", 2], "extra": 1}, path, "word list")
    assert validated(_Words, {"words": ["a"]}, path, "word list") == _Words(words=["a"])


def test_a_missing_named_file_names_the_option_and_the_name_as_written(tmp_path: Path) -> None:
    meta = RuleMeta(
        id="risk.x",
        family=Family.RISK,
        severity=Severity.WARNING,
        languages=frozenset({"*"}),
        summary={"en": "x"},
        messages={},
        kind="terms",
        source=tmp_path / "x.yml",
    )
    deps = Deps(rules_root=tmp_path)
    with pytest.raises(ValueError, match=r"^lists\.en: term list not found: terms/nope\.yml$"):
        named_file(deps, meta, "terms/nope.yml", "lists.en", "term list")
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "ok.yml").write_text("terms: [a]\n", encoding="utf-8")
    assert named_file(deps, meta, "terms/ok.yml", "lists.en", "term list") == tmp_path / "terms" / "ok.yml"


@pytest.mark.parametrize(
    ("read", "what"),
    [
        (read_term_file, "term list"),
        (read_list_file, "term list"),
        (read_classes_file, "word classes"),
        (_read_names, "names list"),
        (load_phrase_file, "phrase list"),  # a YAML error here was an uncaught ParserError before
    ],
)
def test_every_kind_words_a_broken_data_file_the_same_way(
    tmp_path: Path, read: Callable[[Path], object], what: str
) -> None:
    bad = tmp_path / f"{what.replace(' ', '-')}.yml"
    bad.write_text("en: [a\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"^{what} .*\.yml: not valid YAML \(line 2\)$"):
        read(bad)

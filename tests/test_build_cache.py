"""(session 17, S) The disk cache of built packs and known words (``app.kinds.build_cache``): a value read back is
the value built; a changed input is another entry; a damaged entry is a miss, built again and rewritten; old and
surplus entries (YAML and built) are pruned; concurrent writers never leave half an entry; off with
``SEVENFOLD_CACHE=0``; a language's pack is read only when a draft asks for it; the fold memo of rule building
folds as without it."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import pickle
import time
import weakref
from dataclasses import fields
from pathlib import Path
from typing import Any

import pytest

from app.domain import Family, Severity
from app.kinds import build_cache, options, proximity
from app.kinds.base import CheckContext, Deps, Rule, RuleMeta
from app.kinds.proximity import ProximityKind, ProximityParams, ProximityRule, _LazyPacks, _Pack, target_possible
from app.kinds.threat_reading import ThreatReading
from app.kinds.tone import IdentityTerms
from app.policy import Policy
from app.testing import draft_for
from app.text import folding, lexicon
from app.text.models import model_path

CTX = CheckContext(policy=Policy())
DRAFTS = (
    "The cats are noisy.",
    "The cats are not noisy.",
    "The cats should be gone",
    "The catz are noisy",
    "Les chats sont bruyants.",
    "Les chats ne sont pas bruyants.",
)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("SEVENFOLD_CACHE_DIR", str(folder))
    monkeypatch.delenv("SEVENFOLD_CACHE", raising=False)
    monkeypatch.setattr(proximity, "_SHARED_PACKS", weakref.WeakValueDictionary())
    monkeypatch.setitem(build_cache._STATE, "pruned", None)
    monkeypatch.setattr(build_cache, "_SHARED", {})
    _forget_known_words(monkeypatch)
    return folder


def _forget_known_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """(U, session 23) As a new process would: the known-word sets read from the cache are kept per process
    (``app.text.lexicon``'s memos, and ``app.text.folding``'s copy of two of them). Kept from an earlier test, they
    were never written to this test's cache; built by this test (run first or alone, ``-k truncated``), a damaged
    entry of theirs was never read again, nor rewritten, and the test failed alone but passed in the whole file."""
    for memo in (lexicon._known_words, lexicon._spelled_words, lexicon._listed_targets):
        memo.cache_clear()
    monkeypatch.setattr(folding, "_WORD_SETS", {})


def _meta(source: Path) -> RuleMeta:
    return RuleMeta(
        id="risk.test-build-cache",
        family=Family.RISK,
        severity=Severity.ERROR,
        languages=frozenset({"en", "fr"}),
        summary={"en": "test", "fr": "test"},
        messages={"default": {"en": "'{excerpt}': {target} / {predicate}", "fr": "« {excerpt} »"}},
        kind="proximity",
        source=source,
    )


def _write(rules: Path, predicate: str = "noisy") -> None:
    rules.mkdir(exist_ok=True)
    (rules / "t.yml").write_text("fuzzy: true\nterms: [cats]\n", encoding="utf-8")
    (rules / "p.yml").write_text(
        f"target: before\nterms:\n  - {{term: {predicate}, sureness: 1}}\n  - {{term: gone, requires: modal}}\n",
        encoding="utf-8",
    )
    (rules / "w.yml").write_text("classes:\n  fillers: [are, the]\n  negations: [not]\n  modal: [should, be]\n")
    (rules / "tf.yml").write_text("terms: [chats]\n", encoding="utf-8")
    (rules / "pf.yml").write_text("target: before\nterms: [bruyants]\n", encoding="utf-8")
    (rules / "wf.yml").write_text("classes:\n  fillers: [sont, les]\n  negations: [ne, pas]\n", encoding="utf-8")


def _build(rules: Path) -> ProximityRule:
    params = {
        "targets": {"en": "t.yml", "fr": "tf.yml"},
        "predicates": {"en": "p.yml", "fr": "pf.yml"},
        "words": {"en": "w.yml", "fr": "wf.yml"},
    }
    rule = ProximityKind().build(
        _meta(rules / "rule.yml"), ProximityParams.model_validate(params), Deps(rules_root=rules)
    )
    assert isinstance(rule, ProximityRule)
    return rule


def _findings(rule: Rule) -> list[tuple[str, str, int, int, str]]:
    out = []
    for text in DRAFTS:
        language = "fr" if text.startswith("Les") else "en"
        out += [
            (text, f.severity.value, f.offset, f.length, f.message) for f in rule.check(draft_for(text, language), CTX)
        ]
    return out


def _same_pack(built: _Pack, read: _Pack) -> None:
    assert sorted(built.automaton.items(), key=repr) == sorted(read.automaton.items(), key=repr)  # forms and values
    for f in fields(_Pack):
        if f.name not in ("automaton", "view_key", "cuts", "segments"):
            assert getattr(built, f.name) == getattr(read, f.name), f.name
    assert built.view_key != read.view_key  # each pack its own draft memo key, in every process


def _fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """As a new process would: no pack shared in memory, no known words kept."""
    monkeypatch.setattr(proximity, "_SHARED_PACKS", weakref.WeakValueDictionary())
    _forget_known_words(monkeypatch)


def test_a_pack_read_back_is_the_pack_built(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "rules")
    cold = _build(tmp_path / "rules")
    assert len(list(cache.glob("*.built"))) >= 2  # a pack per language (and the known words)
    _fresh(monkeypatch)
    warm = _build(tmp_path / "rules")
    for language in ("en", "fr"):
        _same_pack(cold.packs[language], warm.packs[language])
    assert _findings(cold) == _findings(warm)
    assert ("The cats are noisy.", "warning", 4, 14, "'cats are noisy': cats / noisy") in _findings(warm)
    assert any(text == "The catz are noisy" for text, *_ in _findings(warm))  # a fuzzy form, read back


def test_the_packs_are_lazy(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached language is read only when asked for: an English draft never pays for the French pack."""
    _write(tmp_path / "rules")
    _build(tmp_path / "rules")
    _fresh(monkeypatch)
    calls: list[str] = []
    real = proximity._pack_from_state

    def counted(state: dict[str, Any], known: frozenset[str]) -> _Pack:
        calls.append("read")
        return real(state, known)

    monkeypatch.setattr(proximity, "_pack_from_state", counted)
    made: list[_LazyPacks] = []
    real_init = _LazyPacks.__init__

    def kept(self: _LazyPacks, *args: Any) -> None:
        real_init(self, *args)
        made.append(self)

    monkeypatch.setattr(_LazyPacks, "__init__", kept)
    rule = _build(tmp_path / "rules")
    (packs,) = made
    reads_at_start = len(calls)  # 0 once ProximityRule keeps the mapping as given; 2 while it copies it
    assert sorted(packs) == ["en", "fr"] and len(packs) == 2
    assert packs["en"] is packs["en"]
    assert len(calls) == max(reads_at_start, 1)
    assert packs.get("de") is None
    assert packs["fr"].elisions
    assert len(calls) == 2
    assert rule.packs["en"] is packs["en"]


def test_a_changed_list_is_another_entry(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write(tmp_path / "rules")
    _build(tmp_path / "rules")
    before = set(cache.glob("*.built"))
    _fresh(monkeypatch)
    _write(tmp_path / "rules", predicate="loud")
    rule = _build(tmp_path / "rules")
    assert set(cache.glob("*.built")) - before  # the English pack built again
    assert [f.excerpt for f in rule.check(draft_for("The cats are loud.", "en"), CTX)] == ["cats are loud"]
    assert rule.check(draft_for("The cats are noisy.", "en"), CTX) == []


def _pack_entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.built"), key=lambda p: p.stat().st_size)


@pytest.mark.parametrize("damage", ["truncated", "flipped", "garbage", "empty", "other-key"])
def test_a_damaged_entry_is_built_again_and_rewritten(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    _write(tmp_path / "rules")
    expected = _findings(_build(tmp_path / "rules"))
    entries = {p: p.read_bytes() for p in cache.glob("*.built")}
    for path, good in entries.items():
        if damage == "truncated":
            path.write_bytes(good[: len(good) // 2])
        elif damage == "flipped":
            raw = bytearray(good)
            raw[len(raw) // 2] ^= 0x04
            path.write_bytes(bytes(raw))
        elif damage == "garbage":
            path.write_bytes(b"\x80\x05not a pickle at all" * 4)
        elif damage == "empty":
            path.write_bytes(b"")
        else:  # a valid entry, but for another key (a file renamed over it)
            payload = pickle.dumps(("another key", {"automaton": 1}))
            path.write_bytes(hashlib.sha256(payload).digest() + payload)
    _fresh(monkeypatch)
    assert _findings(_build(tmp_path / "rules")) == expected
    for path, good in entries.items():
        key, value = pickle.loads(good[32:])
        if key.startswith("proximity-scan"):  # (S, session 22) an automaton pickles its trie as it was filled
            assert sorted(pickle.loads(path.read_bytes()[32:])[1].items()) == sorted(value.items())
            continue
        assert path.read_bytes() == good  # rewritten (packs: when asked for; known words: at once)


def test_an_entry_of_another_shape_is_built_again(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry whose key matches but whose value a pack cannot be made of (a format changed without its key) is a
    miss too."""
    _write(tmp_path / "rules")
    expected = _findings(_build(tmp_path / "rules"))
    monkeypatch.setattr(proximity, "_pack_state", lambda pack, indexed: {"automaton": (b"", []), "nonsense": 1})
    for path in cache.glob("*.built"):
        path.unlink()
    _fresh(monkeypatch)
    _build(tmp_path / "rules")  # stores the odd state
    monkeypatch.undo()
    monkeypatch.setenv("SEVENFOLD_CACHE_DIR", str(cache))
    monkeypatch.delenv("SEVENFOLD_CACHE", raising=False)
    _fresh(monkeypatch)
    assert _findings(_build(tmp_path / "rules")) == expected


def test_the_off_switch_writes_nothing(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEVENFOLD_CACHE", "0")
    _write(tmp_path / "rules")
    rule = _build(tmp_path / "rules")
    assert not cache.exists() or not list(cache.iterdir())
    assert _findings(rule)
    assert build_cache.cached("x", ["y"], lambda: 42) == 42


def test_known_words_read_back_are_the_words_read(cache: Path) -> None:
    for language in ("en", "fr"):
        path = model_path(language)
        read = lexicon._read_known_words(language, path)
        assert lexicon._known_words.__wrapped__(language, path) == read  # built, then kept
        assert lexicon._known_words.__wrapped__(language, path) == read  # read back
    # one entry a language (reading them also builds the spelled words and listed targets folding reads)
    keys = [pickle.loads(p.read_bytes()[32:])[0] for p in cache.glob("*.built")]
    assert len([key for key in keys if key.startswith("known-words\0")]) == 2, keys


def _age(path: Path, days: float) -> None:
    stamp = time.time() - days * 86400
    os.utime(path, (stamp, stamp))


def test_prune_removes_old_entries_then_the_least_recently_used(cache: Path) -> None:
    cache.mkdir(mode=0o700)
    for i in range(6):
        (cache / f"{i:064x}.built").write_bytes(b"x" * 1000)
        _age(cache / f"{i:064x}.built", i * 10)  # 0, 10, 20, … days old
    (cache / f"{9:064x}.marshal").write_bytes(b"y" * 1000)
    _age(cache / f"{9:064x}.marshal", 45)  # a YAML entry unused for 45 days
    (cache / ".abc.tmp").write_bytes(b"z")
    _age(cache / ".abc.tmp", 1)  # a writer that died
    (cache / ".def.tmp").write_bytes(b"z")  # a writer at work
    (cache / "notes.txt").write_bytes(b"n" * 5000)  # not ours: never removed
    assert build_cache.prune(cache, max_age_days=30, max_bytes=2500) == 6  # 30+ days: 4; then 20 days; a .tmp
    left = sorted(p.name for p in cache.iterdir())
    assert left == sorted([".def.tmp", f"{0:064x}.built", f"{1:064x}.built", "notes.txt"])


def test_a_read_marks_an_entry_used(cache: Path) -> None:
    key = build_cache.entry_key("test", ["a"])
    build_cache.store(key, {"v": 1})
    (path,) = cache.glob("*.built")
    _age(path, 40)
    assert build_cache.load(key) == {"v": 1}
    assert time.time() - path.stat().st_mtime < 3600
    assert build_cache.prune(cache, max_age_days=30) == 0
    _age(path, 40)
    assert build_cache.prune(cache, max_age_days=30) == 1
    assert build_cache.load(key) is build_cache.missing()


def test_a_yaml_miss_prunes_the_folder_once(cache: Path) -> None:
    cache.mkdir(mode=0o700)
    old = cache / f"{1:064x}.built"
    old.write_bytes(b"x")
    _age(old, 400)
    options.load_yaml("terms: [prune-me]\n")
    assert not old.exists()
    old.write_bytes(b"x")
    _age(old, 400)
    options.load_yaml("terms: [another]\n")  # pruned once per process
    assert old.exists()


def _writer(folder: str, key: str, rounds: int, size: int, seed: int) -> int:
    os.environ["SEVENFOLD_CACHE_DIR"] = folder
    os.environ.pop("SEVENFOLD_CACHE", None)
    bad = 0
    value = {"blob": bytes([seed % 256]) * size, "seed": seed}
    for _ in range(rounds):
        build_cache.store(key, value)
        found = build_cache.load(key)
        if found is not build_cache.missing() and (found["blob"] != bytes([found["seed"] % 256]) * size):
            bad += 1
        build_cache.prune(Path(folder), max_bytes=size // 2)  # prunes while others write and read
    return bad


def test_concurrent_writers_never_leave_half_an_entry(cache: Path) -> None:
    cache.mkdir(mode=0o700)
    key = build_cache.entry_key("concurrent", ["k"])
    context = multiprocessing.get_context("spawn")
    with context.Pool(4) as pool:
        bad = pool.starmap(_writer, [(str(cache), key, 15, 2_000_000, seed) for seed in range(4)])
    assert bad == [0, 0, 0, 0]
    assert not list(cache.glob(".*.tmp"))
    build_cache.store(key, {"blob": b"a", "seed": 97})
    assert build_cache.load(key) == {"blob": b"a", "seed": 97}


def test_the_fold_memo_folds_as_without_it() -> None:
    terms = ["Muslims", "Musulmans", "k1llers", "ÉTRANGERS", "a p l a g u e", "cooool", "l'Islam", "Roms", "muslims"]
    plain = [folding.fold_term(t) for t in terms]
    with folding.term_memo():
        with folding.term_memo():
            assert [folding.fold_term(t) for t in terms] == plain
        assert folding._TERM_MEMO[0] is not None
        assert [folding.fold_term(t) for t in terms] == plain
        assert "k1llers" not in (folding._TERM_MEMO[0] or {})  # leetspeak is read each time
    assert folding._TERM_MEMO[0] is None


def test_the_pre_scan_read_back_is_the_scan_built(cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """(S, session 22) The proximity pre-scan (``target_possible``) is kept beside its pack: read back, it holds the
    needles it was built with (with and without a stereotype file's guesses), answers every draft alike, and a
    damaged entry is built again."""
    rules = tmp_path / "rules"
    _write(rules)
    (rules / "s.yml").write_text(
        "cues: [always]\nclosing: []\nguesses: [guess who, cats again]\ntraits: []\noutcomes: []\nvictims: []\n"
        "passives: []\nsanctions: []\nreports: []\npraises: []\n",
        encoding="utf-8",
    )
    params = {
        "targets": {"en": "t.yml", "fr": "tf.yml"},
        "predicates": {"en": "p.yml", "fr": "pf.yml"},
        "words": {"en": "w.yml", "fr": "wf.yml"},
        "stereotypes": {"en": "s.yml"},
    }

    def scans() -> list[list[tuple[str, object]]]:
        monkeypatch.setattr(proximity, "_TARGET_SCANS", {})
        rule = ProximityKind().build(
            _meta(rules / "rule.yml"), ProximityParams.model_validate(params), Deps(rules_root=rules)
        )
        assert isinstance(rule, ProximityRule)
        answers = [target_possible(rule, draft_for(text, "fr" if text.startswith("Les") else "en")) for text in DRAFTS]
        assert answers == [True] * len(DRAFTS)
        assert not target_possible(rule, draft_for("The weather is lovely.", "en"))
        assert target_possible(rule, draft_for("Guess who again.", "en"))  # a guess's words, no group
        assert all(scan.automaton is not None for scan in proximity._TARGET_SCANS.values())
        return sorted(sorted(scan.automaton.items()) for scan in proximity._TARGET_SCANS.values())

    built = scans()
    assert len(built) == 2 and len(list(cache.glob("*.built"))) >= 4  # two packs, two scans (and the known words)
    stored: list[str] = []
    real = build_cache.store
    monkeypatch.setattr(build_cache, "store", lambda key, value: (stored.append(key), real(key, value))[1])
    _fresh(monkeypatch)
    assert scans() == built and not stored  # read back, nothing built or written again
    for entry in cache.glob("*.built"):
        payload = pickle.dumps(("another key", "nonsense"))
        entry.write_bytes(hashlib.sha256(payload).digest() + payload)
    _fresh(monkeypatch)
    assert scans() == built


def test_shared_readings_read_back_are_the_readings_read(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(U, session 35) ``risk.hate``'s threat reading and the tone rules' group words (``build_cache.shared``): read
    once per process for the same files, kept in the cache, read back equal to what the files give; a changed file is
    another entry; a missing file is the reader's own error."""
    shipped = Path(__file__).resolve().parents[1] / "rules" / "risk" / "terms"
    for language in ("en", "fr"):
        path = shipped / language / "hate-threat-reading.yml"
        built = ThreatReading.shared(path)
        assert ThreatReading.shared(path) is built  # once per process
        assert built == ThreatReading.read(path)
        groups, words = [shipped / language / "groups.yml"], shipped / language / "hate-words.yml"
        terms = IdentityTerms.shared(groups, language, words)
        assert terms == IdentityTerms.read(groups, language, words)
        monkeypatch.setattr(build_cache, "_SHARED", {})  # as a new process would: read back from the cache
        assert ThreatReading.shared(path) == built and ThreatReading.shared(path) is not built
        assert IdentityTerms.shared(groups, language, words) == terms
    keys = [pickle.loads(p.read_bytes()[32:])[0] for p in cache.glob("*.built")]
    assert len([k for k in keys if k.startswith(("threat-reading\0", "identity-terms\0"))]) == 4, keys
    mine = tmp_path / "threats.yml"
    source = (shipped / "en" / "hate-threat-reading.yml").read_text(encoding="utf-8")
    mine.write_text(source, encoding="utf-8")
    first = ThreatReading.shared(mine)
    mine.write_text(source.replace("subjects:\n  [i, ", "subjects:\n  [zorglub, i, ", 1), encoding="utf-8")
    assert "zorglub" in ThreatReading.shared(mine).subjects and "zorglub" not in first.subjects
    with pytest.raises(ValueError, match="not found"):
        IdentityTerms.shared([tmp_path / "nope.yml"], "en")

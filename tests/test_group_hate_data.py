"""The `group_hate` task's training data (training/train.py, training/data/functional-hate.txt): only functional files
of rounds up to GROUP_HATE_LAST_ROUND, every listed file there, no text of a later round's file or of a dev tweet
fitted on, a fixed order; and an appended task leaves the other tasks' weights exactly as they were."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.text import models
from app.text.models import classifier
from tests.training_data import write_tiny_offensive
from training import train
from training.data import DEFAULT_DATA_DIR, DataError, read_jsonl

needs_data = pytest.mark.skipif(not DEFAULT_DATA_DIR.is_dir(), reason=f"labelled data not found at {DEFAULT_DATA_DIR}")


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Forget loaded model files around a test that points the loader elsewhere."""
    saved = dict(models._BUNDLES)
    models._BUNDLES.clear()
    yield
    models._BUNDLES.clear()
    models._BUNDLES.update(saved)


def test_the_manifest_lists_existing_files_of_training_rounds_only_once_each() -> None:
    stems = train.manifest()
    assert stems, "the manifest lists no file"
    assert len(stems) == len(set(stems))
    assert all((train.FUNCTIONAL_DIR / f"{stem}.jsonl").is_file() for stem in stems)
    assert all(stem.startswith(train.GROUP_HATE_PREFIXES) for stem in stems)
    assert max(train.functional_round(stem) for stem in stems) <= train.GROUP_HATE_LAST_ROUND < 56
    assert not any("round56" in stem or "round57" in stem for stem in stems)
    assert {"hate-round34-probe-en", "hate-round34-probe-fr", "hate-round34-check-probe"} <= set(stems)
    # round 34's outsider sets (four writers other than the probe writer) are training files too (L, session 33)
    assert {f"hate-round34-outsider{n}-probe-{lang}" for n in ("", "2") for lang in ("en", "fr")} <= set(stems)
    assert {"hate-round35-probe-en", "hate-round35-probe-fr", "hate-round35-check-probe"} <= set(stems)
    assert {"hate-round36-probe-en", "hate-round36-probe-fr", "hate-round36-check-probe"} <= set(stems)
    assert {"hate-round37-probe-en", "hate-round37-probe-fr", "hate-round37-check-probe"} <= set(stems)
    assert {"hate-round38-probe-en", "hate-round38-probe-fr", "hate-round38-check-probe"} <= set(stems)
    assert {"hate-round39-probe-en", "hate-round39-probe-fr", "hate-round39-check-probe"} <= set(stems)
    assert {"hate-round40-probe-en", "hate-round40-probe-fr", "hate-round40-check-probe"} <= set(stems)
    assert {"hate-round41-probe-en", "hate-round41-probe-fr", "hate-round41-check-probe"} <= set(stems)
    assert {"hate-round42-probe-en", "hate-round42-probe-fr", "hate-round42-check-probe"} <= set(stems)
    assert {"hate-round43-probe-en", "hate-round43-probe-fr", "hate-round43-check-probe"} <= set(stems)
    assert {"hate-round44-probe-en", "hate-round44-probe-fr", "hate-round44-check-probe"} <= set(stems)
    assert {"hate-round45-probe-en", "hate-round45-probe-fr", "hate-round45-check-probe"} <= set(stems)
    assert {"hate-round46-probe-en", "hate-round46-probe-fr", "hate-round46-check-probe"} <= set(stems)
    assert {"hate-round47-probe-en", "hate-round47-probe-fr", "hate-round47-check-probe"} <= set(stems)
    # every later round's outsider sets up to the last training round join too (M, session 47: out of sample they read
    # dev rounds 48 and 49 better, docs/MODELS.md); the dev round's never
    assert {f"hate-round{r}-outsider-probe-{lang}" for r in range(37, 56) for lang in ("en", "fr")} <= set(stems)
    # rounds 48-50's probes and check sets too (M, session 49), round 51's (M, session 50), round 52's (M, session 51),
    # round 53's (M, session 52), round 54's (M, session 53), round 55's (M, session 54)
    kinds = ("probe-en", "probe-fr", "check-probe")
    assert {f"hate-round{r}-{kind}" for r in (48, 49, 50, 51, 52, 53, 54, 55) for kind in kinds} <= set(stems)
    issues = {f"issue-round{n}-probe" for n in range(34, 56)}
    assert not issues & set(stems)
    # outside writers' training posts of no round (L, session 33): round 0, fitted at every round, never a probe file
    writers = {"hate-writers-s33-a-en", "hate-writers-s33-b-en"}
    assert writers <= set(stems)
    assert all(train.functional_round(stem) == 0 and "probe" not in stem for stem in writers)
    assert not any(stem.startswith("issue-") for stem in stems)


def test_round_of_a_functional_file() -> None:
    assert train.functional_round("hate-round10b-probe-en") == 10
    assert train.functional_round("benign-round21-questions") == 21
    assert train.functional_round("hate-final3") == 0
    assert train.functional_round("unseen-hate") == 0
    assert train.functional_round("hate-writers-s33-a-en") == 0


def test_held_out_texts_are_the_dev_rounds_texts() -> None:
    held = train.functional_held_out()
    dev = [p for p in train.FUNCTIONAL_DIR.glob("*.jsonl") if train.functional_round(p.stem) == 56]
    assert {p.stem for p in dev} >= {"hate-round56-probe-en", "hate-round56-probe-fr", "hate-round56-check-probe"}
    assert len(held) >= 0.9 * sum(1 for p in dev for line in p.read_text(encoding="utf-8").splitlines() if line)


def test_held_out_never_opens_a_file_after_the_dev_round(tmp_path: Path) -> None:
    _write(tmp_path / "hate-round56-probe-en.jsonl", [("dev text", "en", "flag")])
    _write(tmp_path / "hate-round34-outsider-probe-fr.jsonl", [("outsider text", "fr", "flag")])
    _write(tmp_path / "hate-round55-probe-en.jsonl", [("work text", "en", "flag")])
    for name in ("hate-round57-probe-en", "hate-round57-check-probe", "issue-round57-probe", "hate-round58-probe-fr"):
        (tmp_path / f"{name}.jsonl").write_text("not json: never read\n", encoding="utf-8")
    assert train.functional_held_out(tmp_path) == {"dev text"}
    assert train.functional_held_out(tmp_path, last_round=33) == {"dev text", "outsider text", "work text"}


def _write(path: Path, rows: list[tuple[str, str, str]]) -> None:
    lines = [json.dumps({"text": t, "language": lang, "expect": e, "behaviour": "x"}) for t, lang, e in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_the_functional_source_reads_the_manifest_in_its_language(tmp_path: Path) -> None:
    _write(tmp_path / "hate-round3.jsonl", [("Women are vermin.", "en", "flag"), ("Les femmes sont là.", "fr", "pass")])
    _write(tmp_path / "hate-en.jsonl", [("I love my mum.", "en", "pass"), ("odd", "en", "note")])
    listed = tmp_path / "list.txt"
    listed.write_text("# a comment\nhate-round3   # round 3\n\nhate-en\n", encoding="utf-8")
    read = train._functional("en", tmp_path, listed)
    assert read(tmp_path) == [("Women are vermin.", "hate"), ("I love my mum.", "not-hate")]
    listed.write_text("hate-round56-probe-en\n", encoding="utf-8")
    with pytest.raises(DataError, match="held out"):
        train._functional("en", tmp_path, listed)(tmp_path)
    listed.write_text("hate-missing\n", encoding="utf-8")
    with pytest.raises(DataError, match="not found"):
        train._functional("en", tmp_path, listed)(tmp_path)


@needs_data
@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_training_text_is_a_later_round_text_or_a_dev_tweet(language: str) -> None:
    task = next(t for t in train.tasks_for(language) if t.name == "group_hate")
    assert task.appended and task.labels == ("hate", "not-hate") and task.target == "hate"
    rows, weights = train.task_rows(task, DEFAULT_DATA_DIR)
    keys = {train._key(text) for text, _ in rows}
    assert keys.isdisjoint(train.functional_held_out())
    dev = {train._key(ex.text) for name in task.dev for ex in read_jsonl(DEFAULT_DATA_DIR / f"{name}.jsonl")}
    assert keys.isdisjoint(dev)
    assert {label for _, label in rows} == {"hate", "not-hate"}
    assert weights is not None and len(weights) == len(rows)
    again = train.task_rows(task, DEFAULT_DATA_DIR)
    assert again == (rows, weights)  # a fixed order


def _tiny(folder: Path) -> None:
    write_tiny_offensive(folder)
    rows = []
    for i in range(30):
        rows.append({"text": f"those zorblats are vermin and parasites {i}", "label": "hate"})
        rows.append({"text": f"our zorblat neighbours baked a cake {i}", "label": "not-hate"})
    (folder / "groups-train.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")


def _offensive_task(copies: int = 1) -> train.Task:
    """The shared offensive task over _tiny's file (``copies`` times: other data than one copy)."""
    source = train._file("tiny-train", ("offensive", "not-offensive"))
    return train.Task("offensive", ("offensive", "not-offensive"), "offensive", 1.0, [source] * copies)


def _group_task(**options: Any) -> train.Task:
    """The group_hate task over _tiny's groups file, with ``options`` (weights, appended, mask…)."""
    source = train._file("groups-train", ("hate", "not-hate"))
    return train.Task("group_hate", ("hate", "not-hate"), "hate", 10.0, [source], **options)


def test_an_appended_task_leaves_the_other_tasks_weights_as_they_were(tmp_path: Path, fresh_cache: None) -> None:
    pytest.importorskip("sklearn", reason="training needs the 'train' extra")
    _tiny(tmp_path / "data")
    offensive = _offensive_task()
    extra = _group_task(weights=(0.5,), appended=True)
    alone = train.fit_language("en", tmp_path / "data", tmp_path / "a", tasks=[offensive])
    both = train.fit_language("en", tmp_path / "data", tmp_path / "b", tasks=[offensive, extra])
    again = train.fit_language("en", tmp_path / "data", tmp_path / "c", tasks=[offensive, extra])
    assert both.read_bytes() == again.read_bytes()
    a, b = models.ModelBundle.read(alone), models.ModelBundle.read(both)
    assert a.tasks["offensive"] == b.tasks["offensive"] and a.stopwords == b.stopwords

    def weights(bundle: models.ModelBundle, column: int) -> dict[str, float]:
        return {f: bundle.weights[column][i] for f, i in bundle.vocab.items()}

    old, new = weights(a, 0), weights(b, b.tasks["offensive"].columns[0])
    assert set(old) < set(new)  # the appended task brought features of its own, but no word the shared tasks drop:
    assert {f for f in new if f.startswith("w")} == {f for f in old if f.startswith("w")}  # the known words stay
    assert any(f.startswith("c") and "zorb" in f for f in new)
    assert {f: new[f] for f in old} == old
    assert all(new[f] == 0.0 for f in set(new) - set(old))
    for text in ("what a stupid idiot", "those zorblats are vermin", "thanks for the lovely event"):
        p = classifier("offensive", "en", tmp_path / "a")
        q = classifier("offensive", "en", tmp_path / "b")
        assert p is not None and q is not None and p.probability(text) == q.probability(text)
    hate = classifier("group_hate", "en", tmp_path / "b")
    assert hate is not None
    assert hate.probability("those zorblats are parasites") > 0.5 > hate.probability("zorblat neighbours baked a cake")


def test_keep_shared_writes_the_given_files_shared_tasks(tmp_path: Path, fresh_cache: None) -> None:
    """--keep-shared: the shared tasks' weights, biases and stacks come from the given files (another CPU's refit),
    the appended task is fitted; a file fitted on other data is refused."""
    pytest.importorskip("sklearn", reason="training needs the 'train' extra")
    _tiny(tmp_path / "data")
    offensive = _offensive_task()
    extra = _group_task()
    extra.appended = True
    plain = train.fit_language("en", tmp_path / "data", tmp_path / "a", tasks=[offensive, extra])
    kept = train.fit_language(
        "en", tmp_path / "data", tmp_path / "b", tasks=[offensive, extra], shared_from=plain.parent
    )
    assert kept.read_bytes() == plain.read_bytes()
    other = _offensive_task(copies=2)
    with pytest.raises(DataError, match="other data"):
        train.fit_language("en", tmp_path / "data", tmp_path / "c", tasks=[other, extra], shared_from=plain.parent)


def test_masked_features_leave_out_the_masked_words_and_count_them() -> None:
    text = "those zorblats are vermin"
    plain = models.text_features(text, train.CONFIG)
    assert models.masked_features(text, train.CONFIG) == (plain, len(plain))
    feats, n = models.masked_features(text, train.CONFIG, ((6, 14),))
    assert n == len(plain)
    assert not any("zorb" in f for f in feats)  # the word, its character n-grams and its bigrams are gone
    assert "wvermin" in feats and "bare vermin" in feats


def test_the_group_mask_is_the_tone_rules_identity_reading() -> None:
    mask = train.group_mask("en")
    text = "Muslims are our neighbours, and so are trans people."
    assert [text[s:e] for s, e in mask(text)] == ["Muslims", "trans people"]
    assert train.group_mask("fr")("Les musulmans sont nos voisins.") == ((4, 13),)
    assert mask("Thanks for coming!") == ()


def test_a_masked_task_never_weighs_the_masked_words(tmp_path: Path, fresh_cache: None) -> None:
    """The group_hate task is fitted with its texts' group words masked: their features carry no weight in its column,
    and the runtime's ``masked=`` reading of the same spans gives what the fit saw."""
    pytest.importorskip("sklearn", reason="training needs the 'train' extra")
    _tiny(tmp_path / "data")
    offensive = _offensive_task()

    def mask(text: str) -> models.Spans:
        return tuple((t.start, t.end) for t in models.tokenize(text) if t.norm.startswith("zorblat"))

    extra = _group_task(mask=mask)
    extra.appended = True
    path = train.fit_language("en", tmp_path / "data", tmp_path / "m", tasks=[offensive, extra])
    bundle = models.ModelBundle.read(path)
    column = bundle.weights[bundle.tasks["group_hate"].columns[0]]
    assert all(column[i] == 0.0 for f, i in bundle.vocab.items() if "zorb" in f)
    hate = classifier("group_hate", "en", tmp_path / "m")
    assert hate is not None
    text = "those zorblats are parasites"
    assert hate.probability(text, masked=mask(text)) > 0.5
    again = train.fit_language("en", tmp_path / "data", tmp_path / "n", tasks=[offensive, extra])
    assert again.read_bytes() == path.read_bytes()


def test_a_task_without_word_features_weighs_no_word(tmp_path: Path, fresh_cache: None) -> None:
    """``word_features=False`` (tried, not shipped: docs/MODELS.md): the appended task reads character n-grams and
    bigrams only; the shared tasks keep their words."""
    pytest.importorskip("sklearn", reason="training needs the 'train' extra")
    _tiny(tmp_path / "data")
    offensive = _offensive_task()
    extra = _group_task()
    extra.appended = True
    extra.word_features = False
    path = train.fit_language("en", tmp_path / "data", tmp_path / "m", tasks=[offensive, extra])
    bundle = models.ModelBundle.read(path)
    column = bundle.weights[bundle.tasks["group_hate"].columns[0]]
    shared = bundle.weights[bundle.tasks["offensive"].columns[0]]
    words = [i for f, i in bundle.vocab.items() if f.startswith("w")]
    assert words and all(column[i] == 0.0 for i in words)
    assert any(shared[i] != 0.0 for i in words)
    assert any(column[i] != 0.0 for f, i in bundle.vocab.items() if f.startswith("c"))
    assert train.group_hate_task("en").word_features is train.GROUP_HATE_WORD_FEATURES is True


def test_the_guard_table_never_opens_a_round_after_the_dev_round(tmp_path: Path) -> None:
    from training.evaluate import read_functional

    _write(tmp_path / "hate-round56-probe-en.jsonl", [("dev text", "en", "flag")])
    _write(tmp_path / "hate-round34-outsider2-probe-en.jsonl", [("outsider text", "en", "flag")])
    _write(tmp_path / "hate-round55-probe-en.jsonl", [("work text", "en", "flag")])
    _write(tmp_path / "hate-en.jsonl", [("early text", "en", "pass")])
    for name in ("hate-round57-probe-en", "hate-round57-check-probe", "issue-round57-probe", "hate-round58-probe-fr"):
        (tmp_path / f"{name}.jsonl").write_text("not json: never read\n", encoding="utf-8")
    texts = sorted(c["text"] for c in read_functional(tmp_path))
    assert texts == ["dev text", "early text", "outsider text", "work text"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Muslims are vermin, and the JEWS too"),
        ("en", "I love my neighbours, gay people are great"),
        ("fr", "Il y a trop d'immigrés ici, les Musulmans dehors"),
        ("fr", "Les lesbiennes méritent le respect"),
    ],
)
def test_a_group_swapped_copy_names_another_group_of_the_same_kind_the_same_way(language: str, text: str) -> None:
    from training.group_swap import SWAP_KINDS, swapped

    copies = swapped(language, text, 3)
    assert copies == swapped(language, text, 3)  # seeded by the text: the same copies every time
    assert 1 <= len(copies) <= 3 and len(set(copies)) == len(copies) and text not in copies
    words = {w for kind in SWAP_KINDS[language] for w in kind}
    for copy in copies:
        # what is said of the group is the same words; only the group changed, capitals kept
        assert copy.split()[-1] == text.split()[-1] or copy.split()[-1].lower() in words
        assert copy[0].isupper() == text[0].isupper()
    assert swapped(language, "ban plastic bags" if language == "en" else "interdisez les trottinettes", 3) == []


def test_a_french_swap_elides_de_and_que_as_the_new_group_asks() -> None:
    from training.group_swap import swapped

    for copy in swapped("fr", "Trop d'immigrés", 20):
        name = copy.split()[-1].split("'")[-1]
        vowel = name[0].lower() in "aeiouyhéè"
        assert copy.startswith("Trop d'" if vowel else "Trop de ")
    assert any(c.startswith("Trop de ") for c in swapped("fr", "Trop d'immigrés", 20))
    # a feminine plural is replaced by a feminine (or epicene) one: its agreement kept
    feminine = {"musulmanes", "juives", "immigrées", "africaines", "noires", "maghrébines", "algériennes"}
    feminine |= {"marocaines", "arabes", "asiatiques", "roumaines", "voilées"}
    copies = swapped("fr", "Les musulmanes sont toutes", 4)
    assert copies and all(c.split()[-3].lower() in feminine for c in copies)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_group_hate_task_reads_swapped_copies_and_recent_rounds_as_asked(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(train.GROUP_HATE_CLASS_WEIGHT, language, ((), 1.0))  # the class weight: its own test
    plain = train.group_hate_task(language, swap=0, recent=(0, 1.0))
    tweets = len(train.GROUP_HATE_TWEETS[language]) + (1 if train.GROUP_HATE_WORK_BENIGN[language] else 0)
    assert len(plain.sources) == 1 + tweets and plain.weights[0] == train.GROUP_HATE_FUNCTIONAL_WEIGHT[language]
    both = train.group_hate_task(language, swap=2, swap_weight=0.5, recent=(5, 2.0))
    weight = train.GROUP_HATE_FUNCTIONAL_WEIGHT[language]
    assert both.weights[:3] == (weight, 2 * weight, 0.5 * weight) and len(both.sources) == 3 + tweets
    work = both.weights[3] if train.GROUP_HATE_WORK_BENIGN[language] else None  # the work half's benign drafts next
    assert work in (None, weight * train.GROUP_HATE_WORK_BENIGN[language])
    old, recent = (source(DEFAULT_DATA_DIR) for source in both.sources[:2])
    assert sorted(old + recent) == sorted(plain.sources[0](DEFAULT_DATA_DIR))
    assert recent and old


def test_a_case_class_is_the_last_part_of_its_behaviour() -> None:
    assert train.case_class({"behaviour": "hate-round53-outsider-probe-en.direct-threat"}) == "direct-threat"
    assert train.case_class({"behaviour": "implicit"}) == "implicit"
    assert train.case_class({}) == ""


@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.booleans()), max_size=12), st.floats(1.5, 4.0))
def test_class_weight_splits_each_source_by_its_hateful_cases_of_the_classes(
    cases: list[tuple[str, bool]], factor: float
) -> None:
    """GROUP_HATE_CLASS_WEIGHT (M, session 52): the hateful cases of the named classes apart, weighing ``factor`` times
    more; their benign cases and every other case stay in the plain source; nothing lost, nothing read twice."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        rows = [
            {"text": f"t{i}", "language": "en", "expect": "flag" if hate else "pass", "behaviour": f"r.{c}"}
            for i, (c, hate) in enumerate(cases)
        ]
        (where / "hate-round3.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        listed = where / "listed.txt"
        listed.write_text("hate-round3\n", encoding="utf-8")
        inside = train._functional("en", where, listed, classes=(frozenset({"a", "b"}), True))(where)
        outside = train._functional("en", where, listed, classes=(frozenset({"a", "b"}), False))(where)
        assert sorted(inside + outside) == sorted(train._functional("en", where, listed)(where))
        assert {t for t, _ in inside} == {r["text"] for r in rows if r["expect"] == "flag" and r["behaviour"] != "r.c"}
    saved = dict(train.GROUP_HATE_CLASS_WEIGHT)
    try:
        train.GROUP_HATE_CLASS_WEIGHT["en"] = (("direct-threat",), factor)
        sources, weights = train._functional_sources("en", train.GROUP_HATE_ROUNDS["en"], recent=(5, 2.0))
        weight = train.GROUP_HATE_FUNCTIONAL_WEIGHT["en"]
        assert len(sources) == 4 and weights == (weight, weight * factor, 2 * weight, 2 * weight * factor)
    finally:
        train.GROUP_HATE_CLASS_WEIGHT.update(saved)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_language_is_fitted_up_to_its_own_last_round(language: str) -> None:
    """GROUP_HATE_ROUNDS (M, session 50: English stayed at round 50, French took round 51; M, session 51: both take
    round 52; M, session 52: French takes round 53, English stays at 52; M, session 53: round 54 listed, taken in
    neither; M, session 54: round 55 listed, French takes rounds 54-55): a listed file of a later round is not read in
    that language, and its texts are dropped as the dev round's are."""
    last = train.GROUP_HATE_ROUNDS[language]
    assert last <= train.GROUP_HATE_LAST_ROUND
    # round 53 paid in French only (M, session 52); round 54 in neither language (M, session 53); rounds 54-55 in
    # French only (M, session 54)
    assert train.GROUP_HATE_ROUNDS == {"en": 52, "fr": 55}
    task = train.group_hate_task(language)
    later = [s for s in train.manifest() if last < train.functional_round(s) <= train.GROUP_HATE_LAST_ROUND]
    texts = {
        train._key(case["text"])
        for stem in later
        for case in train._functional_cases(train.FUNCTIONAL_DIR / f"{stem}.jsonl")
        if case.get("language") == language
    }
    assert (last < train.GROUP_HATE_LAST_ROUND) == bool(texts)  # a language behind skips the later listed files
    functional = task.sources[: len(task.sources) - len(train.GROUP_HATE_TWEETS[language])]
    fitted = {train._key(text) for source in functional for text, _ in source(DEFAULT_DATA_DIR)}
    assert texts <= task.held_out() and not texts & fitted


@given(st.text(min_size=1, max_size=40), st.sampled_from(["", " ", "  \n"]))
def test_a_work_drafts_half_is_fixed_by_its_folded_text(text: str, pad: str) -> None:
    half = train.work_half(text)
    assert half in (0, 1)
    assert train.work_half(pad + text.upper() + pad) == train.work_half(text.upper())
    assert train.work_half(" ".join(text.split())) == train.work_half(pad + text + pad) == half


def test_the_work_benign_source_reads_one_half_of_the_unlisted_work_sets_benign_drafts(tmp_path: Path) -> None:
    texts = [f"harmless look-alike {i}" for i in range(12)]
    _write(tmp_path / "implicit-round44.jsonl", [(t, "en", "pass") for t in texts] + [("hateful one", "en", "flag")])
    _write(tmp_path / "issue-round30-probe.jsonl", [("une fuite anodine", "fr", "pass"), ("idiom", "en", "pass")])
    _write(tmp_path / "hate-round44-check-probe.jsonl", [("a listed probe", "en", "pass")])  # listed: never read here
    _write(tmp_path / "hate-round30-outsider9-probe-en.jsonl", [("an unlisted hate probe", "en", "pass")])
    (tmp_path / f"implicit-round{train.GROUP_HATE_LAST_ROUND + 1}.jsonl").write_text("not json: never read\n")
    names = [p.name for p in train.work_files(tmp_path)]
    assert names == ["implicit-round44.jsonl", "issue-round30-probe.jsonl"]
    read = train._work_benign("en", half=0, folder=tmp_path)(tmp_path)
    other = train._work_benign("en", half=1, folder=tmp_path)(tmp_path)
    assert {label for _, label in read + other} == {"not-hate"}
    assert sorted(t for t, _ in read + other) == sorted([*texts, "idiom"])
    assert all(train.work_half(t) == 0 for t, _ in read) and all(train.work_half(t) == 1 for t, _ in other)
    assert train._work_benign("fr", half=train.work_half("une fuite anodine"), folder=tmp_path)(tmp_path) == [
        ("une fuite anodine", "not-hate")
    ]

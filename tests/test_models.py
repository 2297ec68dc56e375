"""The learned models: inference interface (spans, caching, bad files), training (determinism, bad data),
their use in the risk and tone turns, and floors on the dev split so a regression fails CI."""

from __future__ import annotations

import math
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import regex

from app.engine import Engine
from app.kinds.base import Deps
from app.kinds.classifier import ClassifierKind, ClassifierParams, ClassifierRule
from app.loader import RuleFileError, load_specs, packaged_rules_dir
from app.settings import Settings
from app.testing import review_sync
from app.text import models
from app.text.models import ModelFileError, check_models, classifier, model_path, models_dir, tokenize
from tests.training_data import write_tiny_offensive

DATA_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "train"
needs_data = pytest.mark.skipif(not DATA_DIR.is_dir(), reason=f"labelled data not found at {DATA_DIR}")


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Forget loaded model files around a test that points the loader elsewhere."""
    saved = dict(models._BUNDLES)
    models._BUNDLES.clear()
    yield
    models._BUNDLES.clear()
    models._BUNDLES.update(saved)


# -- interface -----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("task", ["offensive", "hate", "sentiment"])
def test_every_task_has_a_model_in_both_languages(task: str, language: str) -> None:
    model = classifier(task, language)
    assert model is not None
    p = model.probability("Thank you all for coming, see you next year!")
    assert 0.0 <= p <= 1.0


def test_unknown_language_or_task_has_no_model() -> None:
    assert classifier("offensive", "de") is None
    assert classifier("astrology", "en") is None
    assert classifier("irony", "fr") is None
    french = classifier("offensive", "fr-CA")
    assert french is not None and french.language == "fr"


def test_model_files_are_read_once_and_shared() -> None:
    a = classifier("offensive", "en")
    b = classifier("sentiment", "en")
    assert a is not None and b is not None
    assert a.bundle is b.bundle


def test_loading_is_thread_safe_and_once(tmp_path: Path, fresh_cache: None) -> None:
    """Threads asking at the same time get one shared bundle per file."""
    from concurrent.futures import ThreadPoolExecutor

    folder = _copy_models(tmp_path)
    with ThreadPoolExecutor(max_workers=8) as pool:
        found = list(pool.map(lambda i: classifier(("offensive", "hate")[i % 2], "en", folder), range(32)))
    assert all(model is not None for model in found)
    assert len({id(model.bundle) for model in found if model is not None}) == 1
    assert check_models(folder) == [model_path("en", folder), model_path("fr", folder)]


def test_sentiment_gives_every_label() -> None:
    model = classifier("sentiment", "en")
    assert model is not None
    probabilities = model.probabilities("I love this, best day ever")
    assert set(probabilities) == {"negative", "neutral", "positive"}
    assert sum(probabilities.values()) == pytest.approx(1.0)
    assert probabilities["positive"] > probabilities["negative"]
    assert model.probability("I love this, best day ever") == pytest.approx(probabilities["negative"])


def test_offensive_model_separates_obvious_cases() -> None:
    model = classifier("offensive", "en")
    assert model is not None
    assert model.probability("Shut up, you stupid worthless idiot") > 0.9
    assert model.probability("Thanks to everyone who joined our webinar today") < 0.3


def test_drivers_are_exact_code_point_spans_of_words() -> None:
    text = "🔥🔥 @bob you are a stupid pathetic idiot https://ex.co/a 💀"
    model = classifier("offensive", "en")
    assert model is not None
    drivers = model.drivers(text, limit=5)
    assert drivers
    excerpts = [text[o : o + n] for o, n, _ in drivers]
    assert "idiot" in excerpts or "stupid" in excerpts
    for (_, _, weight), excerpt in zip(drivers, excerpts, strict=True):
        assert weight > 0
        assert regex.fullmatch(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*|\p{Extended_Pictographic}", excerpt), excerpt
        assert not excerpt.startswith(("@", "http"))
    weights = [w for _, _, w in drivers]
    assert weights == sorted(weights, reverse=True)


def test_drivers_are_occlusion_drops() -> None:
    """Removing the top driver lowers the probability by the reported amount."""
    text = "that referee was a clown tonight"
    model = classifier("offensive", "en")
    assert model is not None
    offset, length, drop = model.drivers(text, min_drop=0.0)[0]
    without = (text[:offset] + text[offset + length :]).replace("  ", " ").strip()
    assert model.probability(text) - model.probability(without) == pytest.approx(drop, abs=1e-3)


def test_mentions_and_urls_are_never_drivers() -> None:
    tokens = tokenize("@idiot look http://stupid.example/x")
    assert [(t.norm, t.word) for t in tokens] == [("@user", False), ("look", True), ("<url>", False)]


# -- the stacked TF-IDF block (English offensive) -------------------------------------------------


@needs_data
def test_tfidf_port_gives_scikit_learn_margins() -> None:
    """The pure-Python TF-IDF block gives alt-profanity-check's own margins (mean of its SVMs' decision_function)."""
    pytest.importorskip("profanity_check", reason="the port is checked against the 'train' extra")
    from training.data import read_jsonl
    from training.profanity import reference_margins

    model = classifier("offensive", "en")
    assert model is not None
    texts = [ex.text for ex in read_jsonl(DATA_DIR / "en-offensive-dev.jsonl")[:300]]
    texts += ["", "!!!", "Fuuuck THIS", "İstanbul idiot", "you are an IDIOT, an idiot!", "naïve café—straße 123 ab"]
    margins = [model.margin(text) for text in texts]
    assert all(m is not None for m in margins)
    for text, ours, theirs in zip(texts, margins, reference_margins(texts), strict=True):
        assert ours == pytest.approx(theirs, abs=1e-5), text


def test_stacked_offensive_model_reads_both_blocks() -> None:
    model = classifier("offensive", "en")
    assert model is not None and model.spec.stack is not None
    text = "what a fucking moron"
    own = model.probability(text, stacked=False)
    margin = model.margin(text)
    assert margin is not None and margin > 0  # the TF-IDF block knows these words
    base, weight, bias = model.spec.stack
    logit = math.log(own / (1 - own)) if 0 < own < 1 else 0.0
    assert model.probability(text) == pytest.approx(1 / (1 + math.exp(-(bias + base * logit + weight * margin))))
    french = classifier("offensive", "fr")
    assert french is not None and french.margin(text) is None
    assert french.probability(text) == french.probability(text, stacked=False)


def test_text_margin_is_the_margin_of_the_words_found_for_occlusion() -> None:
    """The TF-IDF margin of a whole text (read with findall) equals the margin of the words ``words`` finds."""
    model = classifier("offensive", "en")
    assert model is not None and model.bundle.tfidf is not None
    block = model.bundle.tfidf
    for text in ["", "!!!", "what a fucking moron", "İstanbul idiot idiot", "an IDIOT, an idiot!", "naïve café"]:
        assert block.text_margin(text) == block.margin(w for _, _, w in block.words(text)), text


def test_a_stack_without_its_tfidf_block_is_a_corrupt_file(tmp_path: Path, fresh_cache: None) -> None:
    path = tmp_path / "en.sfm"
    spec = {"labels": ["offensive", "no"], "target": "offensive", "columns": [0], "biases": [0.0]}
    models.write_model(
        path,
        language="en",
        config=models.FeatureConfig(),
        features=["wa"],
        columns=[[1.0]],
        tasks={"offensive": {**spec, "stack": {"base": 1.0, "tfidf": 1.0, "bias": 0.0}}},
    )
    with pytest.raises(ModelFileError, match="TF-IDF"):
        models.ModelBundle.read(path)
    models.write_model(
        path,
        language="en",
        config=models.FeatureConfig(),
        features=["wa"],
        columns=[[1.0]],
        tasks={"offensive": {**spec, "stack": {"base": 1.0, "tfidf": 2.0, "bias": 0.0}}},
        tfidf=(["idiot", "stupid"], [2.0, 3.0], [1.5, 0.5], -1.0, "test"),
    )
    bundle = models.ModelBundle.read(path)
    model = models.Classifier(bundle, "offensive")
    # One "idiot": tf-idf (2,) l2-normalised to (1,), margin -1 + 1.5 = 0.5; the own logit is 0 (no known word).
    assert model.margin("Idiot!") == pytest.approx(0.5)
    assert model.probability("Idiot!") == pytest.approx(1 / (1 + math.exp(-1.0)))
    path.write_bytes(path.read_bytes()[:-4])
    with pytest.raises(ModelFileError, match=r"checksum|size"):
        models.ModelBundle.read(path)


# -- bad model files -----------------------------------------------------------------------------


def _copy_models(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    shutil.copytree(models_dir(), folder)
    return folder


def test_missing_model_file_names_the_file(tmp_path: Path, fresh_cache: None) -> None:
    with pytest.raises(ModelFileError) as caught:
        classifier("offensive", "en", tmp_path)
    message = str(caught.value)
    assert str(tmp_path / "en.sfm") in message and "\n" not in message
    with pytest.raises(ModelFileError, match="missing"):
        check_models(tmp_path)


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda raw: raw[:-100], "checksum|size"),
        (lambda raw: raw[:-1] + bytes([raw[-1] ^ 0xFF]), "checksum"),
        (lambda raw: b"XXXX" + raw[4:], "magic"),
        (lambda raw: raw[:20], "header|corrupt"),
        (lambda raw: b"", "magic"),
    ],
)
def test_corrupt_model_file_names_the_file(tmp_path: Path, fresh_cache: None, damage, reason: str) -> None:
    folder = _copy_models(tmp_path)
    path = model_path("fr", folder)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(ModelFileError, match=reason) as caught:
        classifier("sentiment", "fr", folder)
    assert str(path) in str(caught.value) and "\n" not in str(caught.value)


def test_engine_fails_at_start_naming_a_missing_model(
    tmp_path: Path, fresh_cache: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(models, "models_dir", lambda: tmp_path)
    with pytest.raises(RuleFileError) as caught:
        Engine.create(Settings(offline=True))
    message = str(caught.value)
    assert ".sfm" in message and str(tmp_path) in message and "\n" not in message


# -- training ------------------------------------------------------------------------------------


def test_training_is_deterministic(tmp_path: Path, fresh_cache: None) -> None:
    pytest.importorskip("sklearn", reason="training needs the 'train' extra")
    from training import train

    write_tiny_offensive(tmp_path / "data")

    def tasks() -> list[train.Task]:
        source = train._file("tiny-train", ("offensive", "not-offensive"))
        return [train.Task("offensive", ("offensive", "not-offensive"), "offensive", 1.0, [source])]

    first = train.fit_language("en", tmp_path / "data", tmp_path / "a", tasks=tasks())
    second = train.fit_language("en", tmp_path / "data", tmp_path / "b", tasks=tasks())
    assert first.read_bytes() == second.read_bytes()
    model = classifier("offensive", "en", tmp_path / "a")
    assert model is not None
    assert model.probability("what a stupid idiot") > 0.5 > model.probability("thanks for the lovely event")


def test_stacked_training_is_deterministic(tmp_path: Path, fresh_cache: None) -> None:
    """A stacked task (out-of-fold logits + alt-profanity-check's exported block) gives the same bytes twice."""
    pytest.importorskip("sklearn", reason="training needs the 'train' extra")
    pytest.importorskip("profanity_check", reason="stacking needs the 'train' extra")
    from training import train

    write_tiny_offensive(tmp_path / "data")

    def tasks() -> list[train.Task]:
        source = train._file("tiny-train", ("offensive", "not-offensive"))
        return [train.Task("offensive", ("offensive", "not-offensive"), "offensive", 1.0, [source], stack=True)]

    first = train.fit_language("en", tmp_path / "data", tmp_path / "a", tasks=tasks())
    second = train.fit_language("en", tmp_path / "data", tmp_path / "b", tasks=tasks())
    assert first.read_bytes() == second.read_bytes()
    model = classifier("offensive", "en", tmp_path / "a")
    assert model is not None and model.spec.stack is not None and model.margin("idiot") is not None
    assert model.probability("what a stupid idiot") > 0.5 > model.probability("thanks for the lovely event")


@needs_data
def test_make_train_reproduces_the_shipped_french_model(tmp_path: Path) -> None:
    """The shipped weights come from this code and these files: training again gives the same bytes, or on another
    CPU the same model up to the fifth-decimal rounding of a few weights."""
    pytest.importorskip("sklearn", reason="training needs the 'train' extra")
    from training import train

    path = train.fit_language("fr", DATA_DIR, tmp_path)
    shipped_path = model_path("fr", models_dir())
    if path.read_bytes() == shipped_path.read_bytes():
        return
    # Another CPU's BLAS may round a few weights the other way at the fifth decimal (2026-12-02: an AMD EPYC gave
    # 1,968 of 171,975 weights one unit of 1e-5 away from the file trained on the machine that shipped it). The
    # model is the same when everything else is identical and no weight moves by more than that rounding.
    fresh, shipped = models.ModelBundle.read(path), models.ModelBundle.read(shipped_path)
    assert fresh.config == shipped.config and fresh.tasks == shipped.tasks and fresh.stopwords == shipped.stopwords
    assert fresh.vocab == shipped.vocab  # every feature (bigrams too) at the same index
    assert len(fresh.weights) == len(shipped.weights)
    for column_fresh, column_shipped in zip(fresh.weights, shipped.weights, strict=True):
        assert len(column_fresh) == len(column_shipped)
        assert max((abs(a - b) for a, b in zip(column_fresh, column_shipped, strict=True)), default=0.0) <= 5e-5


def test_malformed_data_names_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from training.data import DataError, read_jsonl

    bad = tmp_path / "x-train.jsonl"
    bad.write_text('{"text": "ok", "label": "a"}\n{"text": "broken"\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"x-train\.jsonl:2: not valid JSON"):
        read_jsonl(bad)
    bad.write_text('{"text": "ok", "label": "zzz"}\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"x-train\.jsonl:1: unknown label 'zzz'"):
        read_jsonl(bad, ("a", "b"))
    pytest.importorskip("sklearn", reason="training needs the 'train' extra")
    from training import train

    assert train.main(["--data", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert "nowhere" in err and "en-offensive-train.jsonl" in err and "\n" not in err


# -- in the turns --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def offline_engine() -> Engine:
    return Engine.create(Settings(offline=True))


def test_offensive_defers_to_the_hate_grammar_for_counter_speech(offline_engine: Engine) -> None:
    """``defer_to_reported`` (risk.hate): counter-speech naming a group that the model reads at 0.98 gets no
    ``risk.offensive`` finding, built for the ``skip_below`` languages only; a real insult naming a group keeps it."""
    root = packaged_rules_dir()
    spec = next(s for s in load_specs([root]) if s.id == "risk.offensive")
    rule = ClassifierKind().build(spec.meta, ClassifierParams.model_validate(spec.params), Deps(rules_root=root))
    assert [sorted(r.packs) for r in rule.reported] == [["en"]]
    report = review_sync(offline_engine, "Saying women are trash is disgusting", language="en")
    assert [f.rule for f in report.findings if f.rule == "risk.offensive"] == []
    report = review_sync(offline_engine, "Stupid woman. She thinks she is so much better.", language="en")
    assert [f.excerpt for f in report.findings if f.rule == "risk.offensive"] == ["Stupid"]
    for wanted, message in (("risk.profanity", "is not a proximity rule"), ("risk.nowhere", "no rule file")):
        params = ClassifierParams.model_validate({**spec.params, "defer_to_reported": [wanted]})
        with pytest.raises(ValueError, match=message):
            ClassifierKind().build(spec.meta, params, Deps(rules_root=root))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Our team killed it at the hackathon 🔥", "en"),
        ("This new feature is sick", "en"),
        ("The keynote was fire", "en"),
        ("I'm dead 😭 this is hilarious", "en"),
        ("Le concert d'hier soir, une tuerie !", "fr"),
        ("Ça déchire, cette nouvelle version.", "fr"),
    ],
)
def test_positive_idioms_are_not_warned(offline_engine: Engine, text: str, language: str) -> None:
    report = review_sync(offline_engine, text, language=language)
    flagged = [f.rule for f in report.findings if f.rule in ("tone.negative", "risk.offensive", "risk.threats")]
    assert flagged == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Worst customer service I have ever had. Three weeks and still no refund.", "en"),
        ("So disappointed, the update broke everything and nobody answers.", "en"),
        ("Service client lamentable, une honte. Je suis furieux.", "fr"),
    ],
)
def test_real_negative_posts_are_warned(offline_engine: Engine, text: str, language: str) -> None:
    report = review_sync(offline_engine, text, language=language)
    assert any(f.rule == "tone.negative" for f in report.findings)


def test_model_finding_without_a_listed_word(offline_engine: Engine) -> None:
    # (lead, session 36) "Go back to your cave, absolute clown" is risk.insults' since 1754b0e (a vocative insult
    # closing the draft); an insult of ordinary words is the model's alone
    text = "Crawl back under your rock"
    report = review_sync(offline_engine, text, language="en")
    found = [f for f in report.findings if f.rule == "risk.offensive"]
    assert [(f.offset, f.length, f.excerpt) for f in found] == [(0, 5, "Crawl")]
    # (session 21) said to the reader ("you absolute clown") it is risk.insults' finding, which supersedes the model's
    aimed = review_sync(offline_engine, "Go back to your cave, you absolute clown", language="en")
    assert [(f.rule, f.excerpt) for f in aimed.findings if f.family.value == "risk"] == [
        ("risk.insults", "you absolute clown")
    ]


def test_a_listed_word_gets_one_finding_not_two(offline_engine: Engine) -> None:
    report = review_sync(offline_engine, "This is bullshit, you people are useless.", language="en")
    rules = [f.rule for f in report.findings if f.family.value == "risk"]
    assert "risk.profanity" in rules and "risk.offensive" not in rules


def _risk(engine: Engine, text: str) -> list[tuple[str, str, str]]:
    report = review_sync(engine, text, language="en")
    return sorted((f.rule, f.excerpt, f.severity.value) for f in report.findings if f.family.value == "risk")


def test_a_draft_whose_listed_words_are_info_is_judged_all_the_same(offline_engine: Engine) -> None:
    # judge_info: "damn" stays risk.profanity's info; the model's warning is on the other words, never on "damn".
    # (session 14) risk.disparagement reads the mention addressed by a bare "you" too (disparagement-words.yml)
    assert _risk(offline_engine, "@tom damn this is pathetic") == [
        ("risk.offensive", "pathetic", "warning"),
        ("risk.profanity", "damn", "info"),
    ]
    # (session 21) said to the reader, the insult is risk.insults' one finding: it supersedes the model's on "pathetic"
    # and risk.profanity's on "idiot" (which that rule's own model option raised to a warning).
    # (session 22) ... and risk.disparagement, whose contempt holds "damn", supersedes risk.profanity's info there
    assert _risk(offline_engine, "@tom damn you are pathetic") == [
        ("risk.disparagement", "@tom damn you are pathetic", "warning"),
        ("risk.insults", "you are pathetic", "warning"),
    ]
    # (session 22) ... and risk.disparagement's where it says the same to the mention ('@bob you are an idiot' is 'you
    # are an idiot' said to @bob); "damn" above is a word of its own, so that disparagement stays
    assert _risk(offline_engine, "@bob you are an idiot") == [("risk.insults", "you are an idiot", "warning")]
    # Every gate still applies: aimed at no one.
    assert _risk(offline_engine, "I felt like an idiot when I forgot my badge") == [("risk.profanity", "idiot", "info")]


@pytest.mark.parametrize(
    "text",
    [
        "Women are not stupid",  # negated: the driver follows "not"
        "I don't hate women.",  # a protected group: risk.hate judges it
        "Refugees are not a threat",
        "Dick Van Dyke will host the gala",  # an allow-listed phrase of risk.profanity
    ],
)
def test_offensive_model_leaves_negation_groups_and_allowed_phrases(offline_engine: Engine, text: str) -> None:
    report = review_sync(offline_engine, text, language="en")
    assert not [f for f in report.findings if f.rule == "risk.offensive"]


def _offensive_rule() -> ClassifierRule:
    root = packaged_rules_dir()
    spec = next(s for s in load_specs([root]) if s.id == "risk.offensive")
    rule = ClassifierKind().build(spec.meta, ClassifierParams.model_validate(spec.params), Deps(rules_root=root))
    assert isinstance(rule, ClassifierRule)
    return rule


@pytest.mark.parametrize(
    ("text", "language", "thing"),
    [
        ("Cockroaches are disgusting, kill them all.", "en", True),  # a bare plural opening its sentence before a verb
        ("These mosquitoes are vermin, kill them all.", "en", True),  # determiner + plural noun
        ("The rats in the basement, I want them dead.", "en", True),  # the nearest *plural* noun ("basement" is not)
        ("The old phones are junk, I hate them", "en", True),  # one modifier between determiner and noun
        ("The old printers are junk, I hate them", "en", True),  # an "-ers" thing of thing_nouns (round 11)
        ("The old rollers are junk, I hate them", "en", False),  # "-ers" may be people: unsure, a target
        ("Cockroaches are gross, they spread disease, kill them all.", "en", True),  # "they" is read past
        ("Les moustiques sont des saletés, je veux leur mort", "fr", True),
        ("My neighbours are stupid, I hate them", "en", False),  # a person noun of person_nouns
        ("The voters are stupid, I hate them", "en", False),  # its singular "voter" via the -ers ending
        ("These days the bugs are gone but I hate them", "en", True),  # "bugs" is nearer than "days"
        ("These days I hate them", "en", False),  # "days" stands for nothing: no antecedent, a target
        ("Sometimes I hate them", "en", False),  # no determiner, no verb after: no antecedent
        ("I hate them", "en", False),
        ("Mes voisins sont débiles, je veux leur mort", "fr", False),
        ("Les joueurs sont nuls, je veux leur mort", "fr", False),  # agent ending « -eurs »
        # (session 14) « il » / « elle » of a thing: the nearest noun after a singular determiner (singular_*)
        ("Cette imprimante est une vraie saloperie, elle bouffe mes feuilles", "fr", True),
        ("Ce train a encore quarante minutes de retard, il est nul", "fr", True),
        ("L'ordinateur du bureau plante, il est nul", "fr", True),  # an « -eur » thing of thing_nouns
        ("Mon voisin met la musique à fond, il est nul", "fr", False),  # a person noun (« voisins »)
        ("Le serveur nous a ignorés, il est nul", "fr", False),  # « -eurs »: unsure, a target
        ("Franchement il est nul", "fr", False),  # no antecedent: a target
    ],
)
def test_a_plural_pronoun_stands_for_the_nearest_plural_noun(text: str, language: str, thing: bool) -> None:
    rule = _offensive_rule()
    tokens = [t for t in tokenize(text) if t.word]
    antecedents = rule.aim.antecedents  # app.text.aim, read from risk.offensive's lists
    pronouns = antecedents.pronouns[language] | frozenset(antecedents.singular.get(language, {}))
    index = max(i for i, t in enumerate(tokens) if t.norm in pronouns)
    people = rule.aim.people[language]
    assert antecedents.thing(text, tokens, index, language, people) is thing


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Mondays are the worst, I hate them.", False),  # the model reads 0.5+: aimed at no one
        ("Cockroaches are disgusting, kill them all.", False),
        ("My neighbours are stupid, I hate them", True),  # people: judged as before
        ("Cockroaches are disgusting, kill them all, @bob", True),  # an @mention is a target whatever "them" is
        ("Cockroaches are disgusting, Bob, kill them all.", True),  # so is a name inside a sentence
        ("Cockroaches are disgusting, you should kill them all", True),  # and any other target word
    ],
)
def test_pronouns_that_stand_for_things_aim_a_draft_at_no_one(offline_engine: Engine, text: str, flagged: bool) -> None:
    report = review_sync(offline_engine, text, language="en")
    assert bool([f for f in report.findings if f.rule == "risk.offensive"]) is flagged


# -- floors on the dev split (a bit below what `make eval` measures) ---------------------------


@needs_data
def test_model_floors_on_dev() -> None:
    from training.evaluate import model_rows

    rows = {r.name: r for r in model_rows(DATA_DIR)}
    # NB-LR own model stacked with alt-profanity-check's TF-IDF block: 0.812 / 0.490 / 0.611 at its band P >= 0.53.
    assert rows["en offensive"].precision >= 0.79 and rows["en offensive"].f1 >= 0.59
    assert rows["en hate"].f1 >= 0.62
    assert rows["en irony"].f1 >= 0.55
    # French NB-LR at its band P >= 0.85: 0.942 / 0.262 (7.2 % of MLMA "normal" flagged).
    assert rows["fr offensive"].precision >= 0.85 and rows["fr offensive"].recall >= 0.25
    assert rows["fr offensive"].fp_rate <= 0.10
    assert rows["en sentiment"].precision >= 0.80
    assert rows["fr sentiment"].f1 >= 0.50


@needs_data
def test_offensive_review_floor_on_dev(offline_engine: Engine) -> None:
    """The whole review on English offensive tweets (lists and the stacked model): 0.797 / 0.479 / 0.599 measured at the
    band 0.53 (2026-12-03, session 21, with risk.insults in English; 0.801 / 0.484 / 0.603 on 2026-11-30)."""
    from training.evaluate import FAMILY_SETS, family_rows

    only_offensive = [s for s in FAMILY_SETS if s[0] == "risk" and s[2].file == "en-offensive-dev"]
    rows = family_rows(offline_engine, DATA_DIR, only=["risk"], sets=only_offensive)
    assert len(rows) == 1
    assert rows[0].precision >= 0.79 and rows[0].f1 >= 0.59


@needs_data
def test_french_hostility_review_floor_on_dev(offline_engine: Engine) -> None:
    """The whole review on MLMA French tweets: 48.5 % of hostile (150/309) and 17.4 % of "normal" (12/69, every one a
    list hit: risk.slurs 10, risk.insults 2) flagged, measured 2026-12-03 (session 20; 47.6 % / 18.8 % on 2026-11-30
    after round 8's French lists). The floors fail when two hostile tweets are lost or one more "normal" is flagged."""
    from training.evaluate import FAMILY_SETS, family_rows

    french = [s for s in FAMILY_SETS if s[0] == "risk" and s[2].file == "fr-hostility-dev"]
    rows = family_rows(offline_engine, DATA_DIR, only=["risk"], sets=french)
    assert len(rows) == 1
    assert rows[0].recall >= 0.48 and rows[0].fp_rate <= 0.18


@needs_data
def test_sentiment_warning_floors_on_dev(offline_engine: Engine) -> None:
    """tone.negative on the sentiment dev tweets (108 negative / 108 positive each), measured 2026-11-30 with the
    thresholds chosen out of fold (``python -m training.tone_oof``; en w 0.7, veto_margin 0.35, warn_at 0.29; fr
    warn_at 0.30, person_at 0.35): en 46.3 % / 1.9 % (45.4 % / 0.9 % before), fr 30.6 % / 2.8 % (30.6 % / 1.9 %).
    Out of fold on the train tweets: en 39.8 % / 4.1 % -> 41.6 % / 2.4 % (613 / 711), fr 28.1 % / 1.3 % -> 32.1 % /
    2.6 % (613 / 613): dev is the easier split in English, these floors catch regressions, not the target. French
    sentiment as an NB-LR (C 3; strong_at 0.7, person_at 0.5 for French): out of fold 32.1 % / 2.6 % -> 37.0 % / 2.0 %,
    dev 30.6 % / 2.8 % -> 36.1 % / 3.7 %."""
    from training.evaluate import family_rows

    rows = {r.name: r for r in family_rows(offline_engine, DATA_DIR, only=["tone.negative"])}
    en, fr = rows["en tone.negative"], rows["fr tone.negative"]
    assert en.recall >= 0.45 and en.fp_rate <= 0.03
    assert fr.recall >= 0.34 and fr.fp_rate <= 0.05


def test_ascii_texts_are_tokenised_by_the_standard_engine_as_by_the_regex_module() -> None:
    """(S, session 25) An ASCII text is tokenised with ``_TOKEN_ASCII`` (``re``): the same kinds and spans as
    ``_TOKEN`` (the regex module) on every ASCII character, the separators the two engines read differently
    (\\x1c-\\x1f: spaces to ``re`` only) inside links included."""
    import random

    rng = random.Random(25)
    alphabet = [chr(c) for c in range(128)]
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 50))) for _ in range(3000)]
    texts += [
        "".join(rng.choice("htps:/w.@ab_1!? \x1c\x1f\t\x0b") for _ in range(rng.randint(0, 40))) for _ in range(3000)
    ]
    texts += ["see https://x.co/a\x1cb now!", "@dave_2 hi www.a.b\x1f c?", "\x1c\x1d\x1e\x1f", "a1b2 C3_d"]
    for text in texts:
        expected = [(m.lastgroup, m.span()) for m in models._TOKEN.finditer(text)]
        assert [(m.lastgroup, m.span()) for m in models._TOKEN_ASCII.finditer(text)] == expected, repr(text)

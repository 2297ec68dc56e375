"""Fit Sevenfold's models: ``python -m training.train [--data DIR] [--out DIR]`` (``make train``).

One file per language (``models/en.sfm``, ``models/fr.sfm``): a shared vocabulary of the features of
``app.text.models`` (word unigrams, bigrams, character 3–5-grams), kept when they occur in at least
``MIN_DF`` training texts, and one logistic regression per task (scikit-learn, lbfgs, L2), fitted on
the ``*-train`` files only. Deterministic: fixed data order, one thread, no random state involved; the
weights are rounded before writing so the same data give the same bytes.

French data are scarce, so the French tasks also read ``training/data/*.jsonl`` (cases written for
Sevenfold, counted ``EXTRA_WEIGHT`` times) and take the neutral and positive tweets of
``fr-sentiment-train`` as ordinary, non-hostile examples. The models depend on nothing else (not on the
term packs, which change), so ``make train`` gives the shipped bytes back.

English offensive is *stacked* (``Task.stack``): its own logistic regression gives an out-of-fold logit
on every training tweet (``FOLDS`` folds by row number), alt-profanity-check's ported TF-IDF model
(``training/profanity.py``) gives a margin, and a two-weight logistic regression on (logit, margin),
fitted on the same training tweets, makes the probability. The file carries the TF-IDF block. Its own
model is an NB-LR (``Task.nb``): features scaled by their log-count ratios (inside each fold for the
out-of-fold logits), the ratios folded back into the written weights, so inference does not change.

``group_hate`` (English and French; labels hate / not-hate) is fitted on the team's functional cases
(``tests/data/functional``, the files listed in ``training/data/functional-hate.txt``: rounds up to
``GROUP_HATE_LAST_ROUND``; ``expect: flag`` is hate) and, as ordinary posts, on real training tweets (not-hate,
weighted ``Task.weights``). It is an *appended* task (``Task.appended``): its texts never enter the vocabulary the
other tasks are fitted on, so their weights come out exactly as without it; the features of its own texts (in at
least ``MIN_DF`` of them) that the shared vocabulary lacks are appended after it, with weight 0 in the other
tasks' columns. A text equal to a held-out one (a dev tweet, or a functional text of the dev round
``GROUP_HATE_LAST_ROUND`` + 1) is dropped; the files of later rounds (the current round's test probes) are never
opened. docs/MODELS.md has its card.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.text.models import (
    FeatureConfig,
    Spans,
    TfidfBlock,
    masked_features,
    model_path,
    text_features,
    write_model,
)
from training.data import DEFAULT_DATA_DIR, DataError, read_jsonl

# One BLAS thread: the same data give the same weights (scikit-learn and scipy read these on first use).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

ROOT = Path(__file__).resolve().parent.parent
EXTRA_DIR = Path(__file__).resolve().parent / "data"
FUNCTIONAL_DIR = ROOT / "tests" / "data" / "functional"
GROUP_HATE_MANIFEST = EXTRA_DIR / "functional-hate.txt"
# The last round whose functional files may be fitted on: round 56's probes choose the thresholds (dev), round 57's
# are the round's fresh test probes. A file whose name holds no round is an early one (round 0), or outside writers'
# training posts of no round (``hate-writers-*``, session 33: written from no round's probes): fitted at every round.
GROUP_HATE_LAST_ROUND = 55
# The last round each language's group_hate is fitted on (at most GROUP_HATE_LAST_ROUND; the manifest's files of a later
# round are not read in that language, their texts dropped as the dev round's are). Session 50 kept English at round 50
# (round 51 did not pay there by the cost rule) and took round 51 in French (M, session 50). Session 51 takes round 52
# in both: French as it is (dev round 53 +1 -1 hateful, the work sets +4 hateful and -3 benign warned in their held-out
# half), English with its work half weighing 2.0 (GROUP_HATE_WORK_BENIGN; +8, -11, -3; round 52 alone +7, -1, +3;
# M, session 51: docs/MODELS.md). Session 52 takes round 53 in French with the class weight below (dev round 54 +11
# hateful / -1 benign, the work sets +19 hateful and +5 benign warned in their held-out half: G +10); English stays at
# round 52 (round 53 alone G -7, with the class weight -19, with that and its work half weighing 3.0 -4; M, session 52).
# Session 53 lists round 54 and takes it in neither language: on dev round 55 and the work sets English rounds 53-54
# G -7, with the class weight -23, with the work half at 3.0 -10; French round 54 G -5 (M, session 53: docs/MODELS.md).
# Session 54 lists round 55 and takes rounds 54-55 in French (class weight kept): on dev round 56 +3 hateful / 0
# benign, the work sets 0 hateful and -4 benign warned in their held-out half: G +23; English stays at round 52 (rounds
# 53-55 G -15; M, session 54: docs/MODELS.md).
GROUP_HATE_ROUNDS: dict[str, int] = {"en": 52, "fr": 55}
# The functional files about hate against groups (the manifest lists such files; their probes are the measure's).
GROUP_HATE_PREFIXES = (
    "hate-",
    "implicit-",
    "threats-",
    "derogation-",
    "slur-homonyms-",
    "homonyms-",
    "benign-round",
    "unseen-hate",
    "evasion-round",
)
MIN_DF = 2
DECIMALS = 5
STOPWORDS = 80
EXTRA_WEIGHT = 3
FOLDS = 5
NB_ALPHA = 1.0
STACK_C = 1.0
CONFIG = FeatureConfig(char_min=3, char_max=5, bigrams=True)

MLMA_LABELS = ("normal", "offensive", "abusive", "hateful", "disrespectful", "fearful")


@dataclass
class Task:
    """One task: its labels (target first for binary tasks), regularisation and how to read its examples."""

    name: str
    labels: tuple[str, ...]
    target: str
    c: float
    sources: list[Callable[[Path], list[tuple[str, str]]]] = field(default_factory=list)
    dev: tuple[str, ...] = ()
    stack: bool = False  # stack the task's logit with alt-profanity-check's margin (binary tasks)
    nb: bool = False  # NB-LR: features scaled by their log-count ratio (target vs the rest) before fitting
    class_weight: str | None = None  # scikit-learn's class_weight ("balanced": each label weighs alike)
    weights: tuple[float, ...] = ()  # per source, each of its rows' sample weight (none given: every row counts 1)
    appended: bool = False  # fitted after the shared vocabulary: its texts add features, never change the others'
    held_out: Callable[[], set[str]] | None = None  # more texts (folded keys, ``_key``) never fitted on
    # (appended tasks) the spans of a text whose words are read as words never seen (``masked_features``: identity-term
    # masking); inference reads the task with ``masked=`` the same spans
    mask: Callable[[str], Spans] | None = None
    # (appended tasks) whether the task reads word features (those the shared tasks keep); False: character n-grams
    # and bigrams only
    word_features: bool = True


def _file(name: str, labels: Sequence[str], relabel: Callable[[str], str | None] = lambda x: x) -> Any:
    def read(data_dir: Path) -> list[tuple[str, str]]:
        out = []
        for ex in read_jsonl(data_dir / f"{name}.jsonl", labels):
            label = relabel(ex.label)
            if label is not None:
                out.append((ex.text, label))
        return out

    return read


def _extra(name: str, labels: Sequence[str]) -> Any:
    """Cases written for Sevenfold (training/data/NAME.jsonl), each counted EXTRA_WEIGHT times."""

    def read(data_dir: Path) -> list[tuple[str, str]]:
        rows = [(ex.text, ex.label) for ex in read_jsonl(EXTRA_DIR / f"{name}.jsonl", labels)]
        return rows * EXTRA_WEIGHT

    return read


def _hostile(label: str) -> str:
    return "offensive" if set(label.split("_")) - {"normal"} else "not-offensive"


def _hateful(label: str) -> str:
    return "hate" if set(label.split("_")) & {"hateful", "fearful"} else "not-hate"


def _ordinary(tag: str) -> Callable[[str], str | None]:
    return lambda label: tag if label in ("neutral", "positive") else None


def functional_round(stem: str) -> int:
    """The round of a functional file: the number after "round" in its name, 0 for an early file without one (and for
    outside writers' training posts of no round, ``hate-writers-*``)."""
    found = re.search(r"round(\d+)", stem)
    return int(found.group(1)) if found else 0


def manifest(path: Path = GROUP_HATE_MANIFEST) -> list[str]:
    """The file stems a manifest lists, in its order (``#`` starts a comment)."""
    stems = [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return [stem for stem in stems if stem]


def _functional_cases(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise DataError(f"{path}: functional file not found (listed in {GROUP_HATE_MANIFEST.name})")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _functional(
    language: str,
    folder: Path | None = None,
    listed: Path | None = None,
    last_round: int = GROUP_HATE_LAST_ROUND,
    recent: tuple[int, bool] | None = None,
    classes: tuple[frozenset[str], bool] | None = None,
) -> Any:
    """The cases of the manifest's functional files in ``language``: ``expect: flag`` is hate, ``pass`` not-hate
    (``last_round``: only the files of that round or before, for out-of-round measures; ``recent`` (first, True): only
    the files of round ``first`` or after, (first, False): only those before it; ``classes`` (names, True): only the
    hateful cases of those classes (``case_class``), (names, False): every other case)."""

    def read(data_dir: Path) -> list[tuple[str, str]]:
        where = folder or FUNCTIONAL_DIR
        out = []
        for stem in manifest(listed or GROUP_HATE_MANIFEST):
            if functional_round(stem) > GROUP_HATE_LAST_ROUND:
                raise DataError(f"{stem}: round {functional_round(stem)} is held out from group_hate's training")
            if functional_round(stem) > last_round:
                continue
            if recent is not None and (functional_round(stem) >= recent[0]) != recent[1]:
                continue
            for case in _functional_cases(where / f"{stem}.jsonl"):
                if case.get("language") != language or case.get("expect") not in ("flag", "pass"):
                    continue
                if classes is not None and (case["expect"] == "flag" and case_class(case) in classes[0]) != classes[1]:
                    continue
                out.append((case["text"], "hate" if case["expect"] == "flag" else "not-hate"))
        return out

    return read


def case_class(case: dict[str, Any]) -> str:
    """A functional case's class: the last dotted part of its ``behaviour`` ("hate-round53-outsider-probe-en.direct-
    threat" -> "direct-threat"; "" without one)."""
    return str(case.get("behaviour", "")).rsplit(".", 1)[-1]


def _swapped_functional(language: str, last_round: int, k: int) -> Any:
    """Group-swapped copies (``training.group_swap``, ``k`` a case) of the cases ``_functional`` reads."""
    from training.group_swap import augment

    plain = _functional(language, last_round=last_round)

    def read(data_dir: Path) -> list[tuple[str, str]]:
        return augment(language, plain(data_dir), k)

    return read


def work_half(text: str) -> int:
    """Which half of the work sets a text falls in (0: fitted on when ``GROUP_HATE_WORK_BENIGN`` is on, 1: held out),
    by the first byte of the SHA-256 of its folded form (``_key``): fixed, the same in every tree and language."""
    return hashlib.sha256(_key(text).encode("utf-8")).digest()[0] & 1


def work_files(folder: Path | None = None, last_round: int = GROUP_HATE_LAST_ROUND) -> list[Path]:
    """The functional files of the rounds up to ``last_round`` the manifest does not list and that are no hate probe
    file (``probe`` in the name and a ``GROUP_HATE_PREFIXES`` name): the work sets written for the rules (their benign
    look-alikes, counter-speech, honest questions, issue probes), sorted. A later round's file is never opened."""
    listed = set(manifest())
    return sorted(
        path
        for path in (folder or FUNCTIONAL_DIR).glob("*.jsonl")
        if functional_round(path.stem) <= min(last_round, GROUP_HATE_LAST_ROUND)
        and path.stem not in listed
        and not ("probe" in path.name and path.name.startswith(GROUP_HATE_PREFIXES))
    )


def _work_benign(
    language: str, last_round: int = GROUP_HATE_LAST_ROUND, half: int = 0, folder: Path | None = None
) -> Any:
    """The benign cases (``expect: pass``) in ``language`` of ``work_files`` whose ``work_half`` is ``half``, all
    not-hate, in file order."""

    def read(data_dir: Path) -> list[tuple[str, str]]:
        out = []
        for path in work_files(folder, last_round=last_round):
            for case in _functional_cases(path):
                benign = case.get("language") == language and case.get("expect") == "pass"
                if benign and work_half(case["text"]) == half:
                    out.append((case["text"], "not-hate"))
        return out

    return read


def functional_held_out(folder: Path | None = None, last_round: int = GROUP_HATE_LAST_ROUND) -> set[str]:
    """The folded texts (``_key``) of every functional file of a round after ``last_round`` up to the dev round
    (``GROUP_HATE_LAST_ROUND`` + 1), in any language: never fitted on (they are read for this comparison only). A
    later round's files hold the current round's test probes: never opened here."""
    out: set[str] = set()
    for path in sorted((folder or FUNCTIONAL_DIR).glob("*.jsonl")):
        if last_round < functional_round(path.stem) <= GROUP_HATE_LAST_ROUND + 1:
            out.update(_key(case["text"]) for case in _functional_cases(path))
    return out


SENTIMENT = ("negative", "neutral", "positive")


def tasks_for(language: str) -> list[Task]:
    """The tasks of one language and where their examples come from."""
    if language == "en":
        return [
            Task(
                "offensive",
                ("offensive", "not-offensive"),
                "offensive",
                3.0,
                [_file("en-offensive-train", ("offensive", "not-offensive"))],
                ("en-offensive-dev",),
                stack=True,
                nb=True,
            ),
            Task(
                "hate",
                ("hate", "not-hate"),
                "hate",
                1.0,
                [_file("en-hate-train", ("hate", "not-hate"))],
                ("en-hate-dev",),
            ),
            Task(
                "irony",
                ("irony", "not-irony"),
                "irony",
                1.0,
                [_file("en-irony-train", ("irony", "not-irony"))],
                ("en-irony-dev",),
            ),
            Task(
                "sentiment",
                SENTIMENT,
                "negative",
                3.0,
                [_file("en-sentiment-train", SENTIMENT), _extra("en-sentiment", SENTIMENT)],
                ("en-sentiment-dev",),
            ),
            group_hate_task("en"),
        ]
    if language == "fr":
        return [
            Task(
                "offensive",
                ("offensive", "not-offensive"),
                "offensive",
                0.3,
                [
                    _file("fr-hostility-train", MLMA_LABELS, _hostile),
                    _file("fr-sentiment-train", SENTIMENT, _ordinary("not-offensive")),
                    _extra("fr-offensive", ("offensive", "not-offensive")),
                ],
                ("fr-hostility-dev", "fr-sentiment-dev"),
                nb=True,  # 5-fold CV on fr-hostility-train: AUC 0.678 -> 0.707 at C = 0.3 (docs/MODELS.md)
            ),
            Task(
                "hate",
                ("hate", "not-hate"),
                "hate",
                1.0,
                [
                    _file("fr-hostility-train", MLMA_LABELS, _hateful),
                    _file("fr-sentiment-train", SENTIMENT, _ordinary("not-hate")),
                    _extra("fr-hate", ("hate", "not-hate")),
                ],
                ("fr-hostility-dev", "fr-sentiment-dev"),
            ),
            Task(
                "sentiment",
                SENTIMENT,
                "negative",
                3.0,
                [_file("fr-sentiment-train", SENTIMENT), _extra("fr-sentiment", SENTIMENT)],
                ("fr-sentiment-dev",),
                # tone.negative out of fold (training.tone_oof, warn_at 0.30): 32.1 % / 2.6 % -> 37.4 % / 2.0 % of
                # negative / positive train tweets warned with NB-LR at C = 3 (docs/MODELS.md)
                nb=True,
            ),
            group_hate_task("fr"),
        ]
    raise ValueError(f"no tasks for language {language!r}")


# group_hate's real tweets, all read as not-hate, and the weight of each of their rows (a functional case weighs
# GROUP_HATE_FUNCTIONAL_WEIGHT of its language).
GROUP_HATE_TWEETS: dict[str, list[tuple[str, Sequence[str], Callable[[str], str | None], float]]] = {
    "en": [
        ("en-hate-train", ("hate", "not-hate"), lambda label: label if label == "not-hate" else None, 1.0),
        (
            "en-offensive-train",
            ("offensive", "not-offensive"),
            lambda label: "not-hate" if label == "not-offensive" else None,
            1.0,
        ),
        ("en-sentiment-train", SENTIMENT, lambda label: "not-hate", 1.0),
    ],
    "fr": [
        ("fr-hostility-train", MLMA_LABELS, lambda label: "not-hate" if label == "normal" else None, 1.0),
        ("fr-sentiment-train", SENTIMENT, lambda label: "not-hate", 1.0),
    ],
}
GROUP_HATE_C = {"en": 10.0, "fr": 10.0}
# Each functional case counts this many times against a tweet's one. Out of round (rounds 26-28, docs/MODELS.md) 2 in
# English catches more hateful probes at the same benign ones (at P >= 0.8: 161 -> 166 of 216, benign 4 -> 4 of 150);
# in French it only moves the threshold scale (at 2 benign 180 -> 174, at 1 benign 164 -> 168): 1.
GROUP_HATE_FUNCTIONAL_WEIGHT = {"en": 2.0, "fr": 1.0}
# Identity-term masking (tried, not shipped): the group words of every group_hate text (functional cases and tweets)
# read as words the model never saw, so that it would rank drafts naming a group by what they say of it, not by which
# group they name; the reading is the tone rules' (``app.kinds.tone.IdentityTerms``: risk.hate's group lists and their
# word classes, the files below, relative to rules/), and a rule reading such a model must mask the same spans. Out of
# round (rounds 26-28, docs/MODELS.md) it lost 10-15 of 216 hateful probes a language at the same benign ones.
GROUP_HATE_MASKED = False
# Group-swap augmentation (``training.group_swap``): each functional case naming a listed group in the plural enters
# again this many times with the group replaced by others of its kind (0: none), each copy weighing this share of a
# functional case. Tried, not shipped (docs/MODELS.md, session 38): with GROUP_HATE_RECENT (5, 2.0), out of round
# (rounds 36-39) at matched benign probes English +30 to +52 hateful of 888 at 1-8 benign more than the review alone,
# French +20 to +30, but at today's bands the refit warned some 15 more benign look-alikes of the work sets. Session
# 39 (A): with the bands chosen for it by L2's cost rule (rounds 28-40) it wins held out in both languages, but the
# English refit warns a benign case of its own training and the French one loses a hateful threat of a work set's
# floor (tests/test_judgement.py), neither priced by the rule. The lead turned it on in French (session 39): held out
# G 207 vs 192, dev round 41 +6 hateful / -1 benign at the bands the rule chose for it (0.88, no-group 0.97); the
# work set's floor lowered with the draft named there. Off in English (docs/MODELS.md).
GROUP_HATE_SWAP = {"en": 0, "fr": 2}
GROUP_HATE_SWAP_WEIGHT = {"en": 1.0, "fr": 1.0}
# Recency: the functional files of the last N rounds fitted on (outside writers' files of no round are not among them)
# weigh F times a functional case ((N, F); (0, 1.0): every round alike).
GROUP_HATE_RECENT: dict[str, tuple[int, float]] = {"en": (0, 1.0), "fr": (5, 2.0)}
# The work sets' benign drafts (``work_files``: look-alikes written for the rules, never a probe) of one half
# (``work_half`` 0) fitted on as not-hate, each weighing this share of a functional case (0: none); the other half is
# the held-out check of what the work sets cost (M, session 49: with rounds 48-50 in training the refit warned 14 more
# benign work drafts, harmless uses of the outsider sets' cues — "always the same", « Devinez quoi ? », kind norms of
# hunters or drivers, weather told as a warning; with one half fitted on, the held-out half's warned 56 -> 31, dev round
# 51 +9 hateful / -1 benign; docs/MODELS.md). English 2.0 (M, session 51): with round 52 in training at 1.0 the held-out
# half's benign drafts warned 10 -> 13; at 2.0 10 -> 7, dev round 53 +8 hateful at equal benign, work hateful -11.
GROUP_HATE_WORK_BENIGN: dict[str, float] = {"en": 2.0, "fr": 1.0}
# Class weight: the hateful functional cases of these classes (``case_class``: the last part of a case's behaviour)
# weigh this many times more than the others of their source ((), 1.0: every class alike). French (M, session 52):
# implicit derogation and dehumanisation, the weakest French classes of the fresh rounds, weigh 2.0 (under the names
# the files give them); at 3.0 dev round 54 +16 / 0 benign but the held-out work half +9 benign warned (G +3). English
# (implicit derogation, direct threats: G -19, with the work half at 3.0 -4): off.
GROUP_HATE_CLASS_WEIGHT: dict[str, tuple[tuple[str, ...], float]] = {
    "en": ((), 1.0),
    "fr": (("implicit-derogation", "implicit", "fr-implicit", "dehumanisation", "dehumanise"), 2.0),
}
# Whether group_hate reads the word features the shared tasks keep (False: character n-grams and bigrams only).
GROUP_HATE_WORD_FEATURES = True
GROUP_HATE_MASK_FILES = {
    "en": ("risk/terms/en/groups.yml", "risk/terms/en/hate-words.yml"),
    "fr": ("risk/terms/fr/groups.yml", "risk/terms/fr/hate-words.yml"),
}
RULES_DIR = ROOT / "rules"
GROUP_HATE_DEV = {
    "en": ("en-hate-dev", "en-offensive-dev", "en-sentiment-dev"),
    "fr": ("fr-hostility-dev", "fr-sentiment-dev"),
}


def group_mask(language: str, rules: Path = RULES_DIR) -> Callable[[str], Spans]:
    """The spans of a text's group words (``IdentityTerms`` of ``GROUP_HATE_MASK_FILES``), as risk.hate-model masks
    them at inference."""
    from app.kinds.tone import IdentityTerms
    from app.text.models import tokenize

    groups, words = GROUP_HATE_MASK_FILES[language]
    terms = IdentityTerms.read([rules / groups], language, rules / words)
    return lambda text: terms.spans(tokenize(text))


def group_hate_task(
    language: str,
    last_round: int | None = None,
    masked: bool = GROUP_HATE_MASKED,
    word_features: bool = GROUP_HATE_WORD_FEATURES,
    swap: int | None = None,
    swap_weight: float | None = None,
    recent: tuple[int, float] | None = None,
) -> Task:
    """The functional-hate task: the manifest's cases (weight ``GROUP_HATE_FUNCTIONAL_WEIGHT``) and the language's
    ordinary tweets (not-hate); ``last_round``: fitted on the manifest's files of that round or before only, a text of
    any later round dropped (``training.group_hate`` measures each round with a model that never saw it; never after
    the language's ``GROUP_HATE_ROUNDS``, its default); ``masked``:
    the group words of every text masked (``group_mask``; tried, not shipped: docs/MODELS.md); ``word_features``:
    False reads no word feature, only character n-grams and bigrams."""
    last_round = min(GROUP_HATE_ROUNDS[language], GROUP_HATE_LAST_ROUND if last_round is None else last_round)
    tweets = GROUP_HATE_TWEETS[language]
    copies = GROUP_HATE_SWAP[language] if swap is None else swap
    functional_weight = GROUP_HATE_FUNCTIONAL_WEIGHT[language]
    swapped: list[Any] = [_swapped_functional(language, last_round, copies)] if copies else []
    copy_weight = functional_weight * (GROUP_HATE_SWAP_WEIGHT[language] if swap_weight is None else swap_weight)
    functional, functional_weights = _functional_sources(language, last_round, recent)
    work = GROUP_HATE_WORK_BENIGN[language]
    return Task(
        "group_hate",
        ("hate", "not-hate"),
        "hate",
        GROUP_HATE_C[language],
        [*functional, *swapped]
        + ([_work_benign(language, last_round)] if work else [])
        + [_file(name, labels, relabel) for name, labels, relabel, _ in tweets],
        GROUP_HATE_DEV[language],
        weights=(
            *functional_weights,
            *([copy_weight] if copies else []),
            *([functional_weight * work] if work else []),
            *(weight for *_, weight in tweets),
        ),
        appended=True,
        held_out=lambda: functional_held_out(last_round=last_round),
        mask=group_mask(language) if masked else None,
        word_features=word_features,
    )


def _functional_sources(
    language: str, last_round: int, recent: tuple[int, float] | None = None
) -> tuple[list[Any], tuple[float, ...]]:
    """The manifest's cases in ``language`` as sources and their weights: the last rounds apart when
    ``GROUP_HATE_RECENT`` weighs them more, and within each the hateful cases of ``GROUP_HATE_CLASS_WEIGHT``'s classes
    apart when it weighs them more."""
    weight = GROUP_HATE_FUNCTIONAL_WEIGHT[language]
    rounds, factor = GROUP_HATE_RECENT[language] if recent is None else recent
    if rounds and factor != 1.0:  # the last ``rounds`` rounds apart, each case weighing ``factor`` times more
        first = last_round - rounds + 1
        parts: list[tuple[tuple[int, bool] | None, float]] = [
            ((first, False), weight),
            ((first, True), weight * factor),
        ]
    else:
        parts = [(None, weight)]
    names, class_factor = GROUP_HATE_CLASS_WEIGHT[language]
    if not names or class_factor == 1.0:
        return [_functional(language, last_round=last_round, recent=part) for part, _ in parts], tuple(
            w for _, w in parts
        )
    sources, weights = [], []
    for part, w in parts:
        for inside in (False, True):
            classes = (frozenset(names), inside)
            sources.append(_functional(language, last_round=last_round, recent=part, classes=classes))
            weights.append(w * class_factor if inside else w)
    return sources, tuple(weights)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _matrix(feature_lists: Sequence[list[str]], vocab: dict[str, int], sizes: Sequence[int] | None = None) -> Any:
    """Rows of feature counts scaled by 1/sqrt(all features of the text), as the runtime scores them (``sizes``: the
    number of features of each text, when its list leaves masked ones out)."""
    from scipy.sparse import csr_matrix

    data: list[float] = []
    indices: list[int] = []
    indptr = [0]
    for row, feats in enumerate(feature_lists):
        counts = Counter(vocab[f] for f in feats if f in vocab)
        size = len(feats) if sizes is None else sizes[row]
        scale = 1.0 / (size**0.5) if size else 0.0
        for j in sorted(counts):
            indices.append(j)
            data.append(counts[j] * scale)
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(feature_lists), len(vocab)), dtype="float64")


def task_rows(task: Task, data_dir: Path) -> tuple[list[tuple[str, str]], list[float] | None]:
    """The task's training rows (text, label) in a fixed order, and each row's sample weight (None: all count 1)."""
    rows: list[tuple[str, str]] = []
    row_weights: list[float] = []
    for k, source in enumerate(task.sources):
        read = source(data_dir)
        rows.extend(read)
        row_weights.extend([task.weights[k] if task.weights else 1.0] * len(read))
    # Never fit on dev: a train row whose text is also in a dev file of the task is dropped
    # (en-sentiment-train holds TweetEval's validation tweets, which are the whole English dev file).
    held_out = {_key(ex.text) for name in task.dev for ex in read_jsonl(data_dir / f"{name}.jsonl")}
    if task.held_out is not None:
        held_out |= task.held_out()
    keep = [i for i, (text, _) in enumerate(rows) if _key(text) not in held_out]
    return [rows[i] for i in keep], [row_weights[i] for i in keep] if task.weights else None


def fit_language(
    language: str,
    data_dir: Path,
    out_dir: Path,
    *,
    tasks: list[Task] | None = None,
    only: Sequence[str] = (),
    shared_from: Path | None = None,
) -> Path:
    """Fit every task of ``language`` and write its model file; returns the file's path. ``only``: fit and write
    these tasks alone, the vocabulary still read from every task's texts (the same features as ``make train``; out of
    fold runs of one task need no other). ``shared_from``: a folder of model files whose shared tasks' weights,
    biases and stacks are written instead of this refit's (``--keep-shared``)."""
    from threadpoolctl import threadpool_limits

    chosen = tasks if tasks is not None else tasks_for(language)
    with threadpool_limits(limits=1):  # one BLAS thread whatever was imported before: the same sums, the same bytes
        return _fit_language(language, data_dir, out_dir, chosen, only, shared_from)


def _fit_language(
    language: str,
    data_dir: Path,
    out_dir: Path,
    tasks: list[Task],
    only: Sequence[str] = (),
    shared_from: Path | None = None,
) -> Path:
    examples: dict[str, list[tuple[str, str]]] = {}
    sample_weights: dict[str, list[float] | None] = {}
    for task in tasks:
        examples[task.name], sample_weights[task.name] = task_rows(task, data_dir)
    # Vocabulary: features in at least MIN_DF distinct texts of this language, in first-seen order; the texts of the
    # shared tasks first, then those of each appended task, whose own features (MIN_DF of its texts) come after.
    cache: dict[str, list[str]] = {}
    kept = _kept_features([examples[t.name] for t in tasks if not t.appended], cache, set())
    shared = len(kept)
    # an appended task with a mask reads its texts' features outside the masked words (and counts every feature in n)
    own_cache: dict[str, tuple[dict[str, list[str]], dict[str, int] | None]] = {}
    for task in tasks:
        if task.appended:
            own_cache[task.name] = _masked_cache(examples[task.name], task.mask) if task.mask else (cache, None)
            kept += _kept_features([examples[task.name]], own_cache[task.name][0], set(kept))
    # The most common words of the language's texts are never drivers (a finding at "are" helps no one).
    # Counted on the sentiment task's texts: ordinary tweets, not the topics of the hate sets ("women").
    general: Counter[str] = Counter()
    for text, _ in examples.get("sentiment", []):
        general.update(f[1:] for f in dict.fromkeys(cache[text]) if f.startswith("w") and f[1:].isalpha())
    stopwords = [w for w, _ in sorted(general.items(), key=lambda item: (-item[1], item[0]))[:STOPWORDS]]
    columns: list[list[float]] = []
    appended_columns: set[int] = set()
    specs: dict[str, dict[str, Any]] = {}
    tfidf = None
    floor = 10 ** (-DECIMALS + 1)
    # The shared tasks first, each on the shared vocabulary alone (their weights as without appended tasks, zeros after
    # it), then the features they keep; then the appended tasks.
    shared_vocab = {f: i for i, f in enumerate(kept[:shared])}
    for task in tasks:
        if task.appended or (only and task.name not in only):
            continue
        rows = examples[task.name]
        x, y = _task_matrix(task, rows, cache, shared_vocab)
        columns_of_task, specs[task.name] = _fitted(task, x, y, None, len(columns))
        columns.extend(column + [0.0] * (len(kept) - shared) for column in columns_of_task)
        if task.stack:
            if len(task.labels) != 2:
                raise ValueError(f"task {task.name!r}: only a binary task can be stacked")
            from training import profanity

            tfidf = profanity.export()
            specs[task.name]["stack"] = _stacker(task, x, y, [t for t, _ in rows], tfidf)
    # Drop features that carry (almost) no weight in any shared task: a smaller file, the same scores.
    if shared_from is not None:
        shared_names = {t.name for t in tasks if not t.appended}
        present = _keep_shared(model_path(language, shared_from), kept, columns, specs, shared_names)
        kept_shared = [i in present for i in range(len(kept))]
    else:
        kept_shared = [any(abs(col[i]) >= floor for col in columns) for i in range(len(kept))]
    for col in columns:
        for i in range(len(kept)):
            if not kept_shared[i]:
                col[i] = 0.0
    # An appended task reads every feature but the words the shared tasks do not keep: the file's words stay the same
    # (app.text.lexicon reads them as the language's known words, risk.hate's misspelling filter).
    for task in tasks:
        if not task.appended or (only and task.name not in only):
            continue
        allowed = [i for i, f in enumerate(kept) if (kept_shared[i] and task.word_features) or not f.startswith("w")]
        own_vocab = {kept[i]: k for k, i in enumerate(allowed)}
        feats, sizes = own_cache[task.name]
        x, y = _task_matrix(task, examples[task.name], feats, own_vocab, sizes)
        columns_of_task, specs[task.name] = _fitted(task, x, y, sample_weights[task.name], len(columns))
        for column in columns_of_task:
            full = [0.0] * len(kept)
            for k, i in enumerate(allowed):
                full[i] = column[k]
            columns.append(full)
        appended_columns.update(specs[task.name]["columns"])
    own = [col for c, col in enumerate(columns) if c in appended_columns]
    keep = [i for i in range(len(kept)) if kept_shared[i] or any(abs(col[i]) >= floor for col in own)]
    features = [kept[i] for i in keep]
    pruned = [[col[i] for i in keep] for col in columns]
    path = model_path(language, out_dir)
    write_model(
        path,
        language=language,
        config=CONFIG,
        features=features,
        columns=pruned,
        tasks=specs,
        stopwords=stopwords,
        tfidf=tfidf,
    )
    return path


def _task_matrix(
    task: Task,
    rows: list[tuple[str, str]],
    cache: dict[str, list[str]],
    vocab: dict[str, int],
    sizes: dict[str, int] | None = None,
) -> tuple[Any, list[int]]:
    """The task's feature matrix over ``vocab`` and its labels (binary: 1 for the target); ``sizes``: each text's
    number of features when ``cache`` holds only some of them (a masked reading)."""
    x = _matrix([cache[t] for t, _ in rows], vocab, None if sizes is None else [sizes[t] for t, _ in rows])
    if len(task.labels) == 2:
        return x, [1 if label == task.target else 0 for _, label in rows]
    return x, [task.labels.index(label) for _, label in rows]


def _fitted(
    task: Task, x: Any, y: list[int], sample_weight: list[float] | None, first: int
) -> tuple[list[list[float]], dict[str, Any]]:
    """The task's rounded weight columns (ratios folded in) and its header spec, its columns numbered from ``first``."""
    model, ratio = _fit(task, x, y, sample_weight)
    outputs = 1 if len(task.labels) == 2 else len(task.labels)
    columns = [
        [round(float(w * r), DECIMALS) for w, r in zip(model.coef_[k], ratio, strict=True)] for k in range(outputs)
    ]
    biases = [round(float(b), DECIMALS) for b in model.intercept_[:outputs]]
    spec = {
        "labels": list(task.labels),
        "target": task.target,
        "columns": list(range(first, first + outputs)),
        "biases": biases,
        "examples": len(y),
    }
    return columns, spec


def _log_count_ratios(x: Any, y: list[int]) -> Any:
    """NB-LR's scaling (Wang & Manning 2012): per feature, log of its smoothed share of positive texts that hold it
    over its share of negative texts. A feature's fitted weight times its ratio is its weight on raw features."""
    import numpy as np

    present = (x > 0).astype("float64")
    labels = np.asarray(y)
    pos = np.asarray(present[labels == 1].sum(axis=0)).ravel() + NB_ALPHA
    neg = np.asarray(present[labels == 0].sum(axis=0)).ravel() + NB_ALPHA
    return np.log((pos / pos.sum()) / (neg / neg.sum()))


def _keep_shared(
    path: Path, kept: list[str], columns: list[list[float]], specs: dict[str, dict[str, Any]], shared: set[str]
) -> set[int]:
    """Put the weights, biases and stacks of the ``shared`` tasks fitted here (``specs``) from the model file at
    ``path`` in place of this refit's (the same data refitted on another CPU's BLAS rounds some weights one unit of 1e-5
    the other way); returns the indices of ``kept`` that carry weight in a shared task of that file (the features the
    shared tasks keep, also when none is fitted here). ``DataError`` when the file was not fitted on these data
    (another task, feature or example count)."""
    from app.text.models import ModelBundle, ModelFileError

    try:
        bundle = ModelBundle.read(path)
    except ModelFileError as exc:
        raise DataError(str(exc)) from None
    header = json.loads(path.read_bytes().split(b"\n", 2)[1])
    mine = [c for name, task in header["tasks"].items() if name in shared for c in task["columns"]]
    index = dict(bundle.vocab)
    index = {f: i for f, i in index.items() if any(bundle.weights[c][i] != 0.0 for c in mine)}
    position = {f: i for i, f in enumerate(kept)}
    if not set(index) <= set(position):
        raise DataError(f"{path}: holds features these data do not give: refit it (no --keep-shared)")
    for name, spec in specs.items():
        if name not in shared:
            continue
        old = header["tasks"].get(name)
        if old is None or (old["labels"], old["target"], old["examples"]) != (
            spec["labels"],
            spec["target"],
            spec["examples"],
        ):
            raise DataError(f"{path}: task {name!r} was fitted on other data: refit it (no --keep-shared)")
        for new, was in zip(spec["columns"], old["columns"], strict=True):
            weights = bundle.weights[was]
            column = [0.0] * len(kept)
            for feature, i in index.items():
                column[position[feature]] = float(weights[i])
            columns[new] = column
        spec["biases"] = old["biases"]
        if "stack" in old:
            spec["stack"] = old["stack"]
    return {position[f] for f in index}


def _masked_cache(
    rows: Sequence[tuple[str, str]], mask: Callable[[str], Spans]
) -> tuple[dict[str, list[str]], dict[str, int]]:
    """Each text's features outside its ``mask`` spans, and its number of features (``masked_features``)."""
    feats: dict[str, list[str]] = {}
    sizes: dict[str, int] = {}
    for text, _ in rows:
        if text not in feats:
            feats[text], sizes[text] = masked_features(text, CONFIG, mask(text))
    return feats, sizes


def _kept_features(groups: Sequence[list[tuple[str, str]]], cache: dict[str, list[str]], known: set[str]) -> list[str]:
    """The features in at least ``MIN_DF`` distinct texts of ``groups`` and not ``known``, in first-seen order
    (``cache``: each text's features, filled here)."""
    seen: set[str] = set()
    df: Counter[str] = Counter()
    order: dict[str, None] = {}
    for rows in groups:
        for text, _ in rows:
            if text in seen:
                continue
            seen.add(text)
            feats = cache.get(text)
            if feats is None:
                feats = cache[text] = text_features(text, CONFIG)
            for f in dict.fromkeys(feats):
                df[f] += 1
                order.setdefault(f, None)
    return [f for f in order if df[f] >= MIN_DF and f not in known]


def _fit(task: Task, x: Any, y: list[int], sample_weight: list[float] | None = None) -> tuple[Any, Any]:
    """The task's logistic regression on ``x`` and the feature scaling it was fitted on (ones without ``nb``)."""
    import numpy as np
    from scipy.sparse import diags
    from sklearn.linear_model import LogisticRegression

    # A multi-label task's ratios set its target against the rest (sentiment: negative against neutral and positive).
    hot = task.labels.index(task.target) if len(task.labels) > 2 else 1
    ratio = _log_count_ratios(x, [int(v == hot) for v in y]) if task.nb else np.ones(x.shape[1])
    model = LogisticRegression(C=task.c, solver="lbfgs", max_iter=2000, tol=1e-6, class_weight=task.class_weight)
    model.fit(x @ diags(ratio) if task.nb else x, y, sample_weight=sample_weight)
    return model, ratio


def _stacker(
    task: Task, x: Any, y: list[int], texts: list[str], tfidf: tuple[list[str], list[float], list[float], float, str]
) -> dict[str, float]:
    """Weights of P = sigmoid(bias + base·out-of-fold logit + tfidf·margin), fitted on the task's training rows."""
    from array import array

    from sklearn.linear_model import LogisticRegression

    folds = [i % FOLDS for i in range(len(y))]
    oof = [0.0] * len(y)
    for k in range(FOLDS):
        fit = [i for i, f in enumerate(folds) if f != k]
        held = [i for i, f in enumerate(folds) if f == k]
        model, ratio = _fit(task, x[fit], [y[i] for i in fit])
        for i, value in zip(held, (x[held] @ (model.coef_[0] * ratio)) + model.intercept_[0], strict=True):
            oof[i] = float(value)
    words, idf, coef, intercept, _ = tfidf
    block = TfidfBlock(words, array("f", idf), array("f", coef), intercept)  # float32, as the file stores them
    margins = [block.margin(w for _, _, w in block.words(text)) for text in texts]
    stacker = LogisticRegression(C=STACK_C, solver="lbfgs", max_iter=2000, tol=1e-8)
    stacker.fit([[a, b] for a, b in zip(oof, margins, strict=True)], y)
    return {
        "base": round(float(stacker.coef_[0][0]), DECIMALS),
        "tfidf": round(float(stacker.coef_[0][1]), DECIMALS),
        "bias": round(float(stacker.intercept_[0]), DECIMALS),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Train every language; exit 2 with a one-line reason on a missing or malformed data file."""
    parser = argparse.ArgumentParser(prog="python -m training.train", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA_DIR, help="folder of the *-train.jsonl files")
    parser.add_argument("--out", type=Path, default=ROOT / "models", help="where the model files go")
    parser.add_argument("--lang", action="append", choices=("en", "fr"), help="only these languages")
    parser.add_argument(
        "--keep-shared",
        type=Path,
        metavar="DIR",
        help="write the shared tasks' weights of DIR's model files (fitted on the same data) instead of this refit's",
    )
    args = parser.parse_args(argv)
    try:
        for language in args.lang or ["en", "fr"]:
            path = fit_language(language, args.data, args.out, shared_from=args.keep_shared)
            print(f"{language}: wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")
    except DataError as exc:
        print(f"make train: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

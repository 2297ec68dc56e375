"""Invariance (session 16, A): what a draft is must not change when a real post's wrapper is put around it.

Metamorphic tests over the functional work sets (``tests/data/functional``, held-out ``*probe*``/``*final*`` sets left
out but the worn hate probes of rounds 12-18): every hateful case (``"expect": "flag"``) of a set judged by the risk
rules that risk.hate flags today (warning or above) keeps a risk.hate finding at the same or a higher severity once
wrapped; every benign case (``"expect": "pass"``) that neither risk.hate nor risk.disparagement flags stays so once
wrapped. Wrappers, English and French: an @reply prefix (one handle, two), a trailing hashtag / emoji / "lol" / « mdr »,
a leading hedge ("honestly,", "imo", « franchement », « sans vouloir être méchant, »), a disclaimer after ("not racist,
just honest", « c'est pas du racisme c'est la réalité »), a question frame ("genuine question:", « vraie question : »),
a "may we say" frame ("can we finally say that …?", « on a le droit de dire que … ? »), a quote-tweet tail ("this 👇"),
all in lowercase, one word in capitals; (session 20, Q) the writer's opinion ("I honestly think …", « je pense que … »,
« franchement j'ai l'impression que … »), a question asking agreement ("Am I the only one who thinks …?", "Don't you
think …?", « vous trouvez pas que … ? ») and an excuse before "but" ("call me old-fashioned but …").

A deterministic sample (every ``STRIDE``-th case of each language) keeps the file fast; ``ALLOWED`` holds the share of
the sample a wrapper may still break (measured when it was written: the wrappers the grammar does not yet see
through), so a wrapper that breaks more cases again fails. ``python -m tests.test_invariance`` prints the table over
every case (about 3 minutes).
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from app.domain import Severity
from app.engine import Engine

FUNCTIONAL = Path(__file__).resolve().parent / "data" / "functional"
# the sets judged by the risk rules alone (training/evaluate.py BEHAVIOUR_FAMILIES), and the disparagement sets
RISK_SETS = (
    "hate",
    "slur-",
    "homonyms-",
    "clauses-",
    "implicit-round",
    "insult-senses-",
    "threats-round",
    "derogation-round",
    "aim-round",
    "evasion-round",
    "vocab-round",
    "invariance-round",
    "disparagement",
)
WORN = tuple(f"round{n}-probe" for n in range(12, 19))
STRIDE = 15
WARNING = Severity.WARNING.rank
_END = re.compile(r"[\s.!?…]+$")


def _low(text: str) -> str:
    return text if re.match(r"I\b|I'", text) else text[:1].lower() + text[1:]


def _bare(text: str) -> str:
    return _END.sub("", text)


def _closed(text: str) -> str:
    text = text.rstrip()
    return text if text and text[-1] in ".!?…" else text + "."


def _caps_word(text: str) -> str:
    words = re.findall(r"[^\W\d_]{4,}", text)
    return text.replace(max(words, key=len), max(words, key=len).upper(), 1) if words else text


Wrapper = Callable[[str], str]
WRAPPERS: dict[str, dict[str, Wrapper]] = {
    "en": {
        "reply": lambda t: "@mike_d " + t,
        "replies": lambda t: "@jen22 @the_real_tom " + t,
        "hashtag": lambda t: t + " #politics",
        "truthtag": lambda t: t + " #truth",  # (lead) a tag that reads as a word of endorsement: it endorses nothing
        "emoji": lambda t: t + " 🤷",
        "lol": lambda t: t + " lol",
        "honestly": lambda t: "honestly, " + _low(t),
        "imo": lambda t: "imo " + _low(t),
        "unpopular": lambda t: "unpopular opinion but " + _low(t),
        "ngl": lambda t: "not gonna lie, " + _low(t),
        "disclaimer": lambda t: _closed(t) + " not racist, just honest",
        "question": lambda t: "genuine question: " + _low(t),
        "maywesay": lambda t: "can we finally say that " + _low(_bare(t)) + "?",
        "quotetail": lambda t: t + " this 👇",
        "lower": lambda t: t.lower(),
        "capsword": _caps_word,
        # (session 20, Q) the writer's opinion and a question asking agreement around the draft (app/kinds/frames.py)
        "ithink": lambda t: "I honestly think " + _low(t),
        "onlyone": lambda t: "Am I the only one who thinks " + _low(_bare(t)) + "?",
        "dontyou": lambda t: "Don't you think " + _low(_bare(t)) + "?",
        "callme": lambda t: "Call me old-fashioned but " + _low(t),
    },
    "fr": {
        "reply": lambda t: "@mike_d " + t,
        "replies": lambda t: "@jen22 @le_vrai_tom " + t,
        "hashtag": lambda t: t + " #politique",
        "truthtag": lambda t: t + " #vérité",
        "emoji": lambda t: t + " 🤷",
        "mdr": lambda t: t + " mdr",
        "franchement": lambda t: "franchement, " + _low(t),
        "perso": lambda t: "perso " + _low(t),
        "sansvouloir": lambda t: "sans vouloir être méchant, " + _low(t),
        "jdcjdr": lambda t: "je dis ça je dis rien mais " + _low(t),
        "disclaimer": lambda t: _closed(t) + " c'est pas du racisme c'est la réalité",
        "question": lambda t: "vraie question : " + _low(t),
        "maywesay": lambda t: "on a le droit de dire que " + _low(_bare(t)) + " ?",
        "quotetail": lambda t: t + " ça 👇",
        "lower": lambda t: t.lower(),
        "capsword": _caps_word,
        "jepense": lambda t: "Je pense que " + _low(t),
        "voustrouvez": lambda t: "Vous trouvez pas que " + _low(_bare(t)) + " ?",
        "impression": lambda t: "Franchement j'ai l'impression que " + _low(t),
    },
}
# (language, wrapper) -> share of the sampled hateful cases it may still break, share of benign ones it may flag.
# Measured at the commit that wrote this file (all cases, python -m tests.test_invariance); see the report there.
# Measured (session 16, A), STRIDE 15, at the commit that adds this file: en lol 3/131 ("… they're all the same lol":
# a word after a judgement that must close its sentence), en imo 4/131 (no class holds "imo": a call or a question
# after it no longer opens its sentence), en maywesay 17/131 (imperatives, several sentences, reported words inside
# the frame: mostly drafts the frame makes ungrammatical), fr franchement 5/117, fr sansvouloir 16/122 (« méchant » of
# the hedge is a word of the lists: the hedge is kept), fr maywesay 24/122. en imo: the lead's commit after ba97225
# put imo, imho, tbh, tbf, ngl, fwiw among the hedges (all cases 83/2099 -> 3/2099 lost): the default now. Every
# other wrapper: at most 2 % lost (two cases of drift as colleagues widen the lists), no benign case flagged.
ALLOWED: dict[tuple[str, str], tuple[float, float]] = {
    ("en", "lol"): ((3 + 2) / 131, 0.005),
    ("en", "maywesay"): ((17 + 2) / 131, 0.005),
    ("fr", "franchement"): ((5 + 2) / 117, 0.005),
    ("fr", "sansvouloir"): ((16 + 2) / 122, 0.005),
    ("fr", "maywesay"): ((24 + 2) / 122, 0.005),
}
DEFAULT_ALLOWED = (0.02, 0.005)


# (session 17, B) the sample and its allowances were measured over the work sets of rounds up to 19; a set of a later
# round joins once its wrappers are measured (adding one shifts every later case of the every-``STRIDE``-th sample:
# aim-round20 and implicit-round20 made five wrappers fail with no change to the grammar)
MEASURED_ROUNDS = 19
_ROUND = re.compile(r"round(\d+)")


def usable(stem: str) -> bool:
    """A functional set the tests may read: a risk-judged work set of a measured round, or a worn hate probe (rounds
    12-18)."""
    if "final" in stem or "probe" in stem:
        return stem.startswith("hate-") and any(w in stem for w in WORN)
    if stem.startswith("hate-writers-"):
        return False  # outside writers' training posts of no round (session 33): of no measured round
    found = _ROUND.search(stem)
    return stem.startswith(RISK_SETS) and (found is None or int(found.group(1)) <= MEASURED_ROUNDS)


@cache
def all_cases() -> tuple[dict[str, Any], ...]:
    out: list[dict[str, Any]] = []
    for path in sorted(FUNCTIONAL.glob("*.jsonl")):
        if not usable(path.stem):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            case = json.loads(line) if line.strip() else None
            if case and case.get("language") in WRAPPERS:
                out.append({**case, "file": path.stem})
    return tuple(out)


def grade(engine: Engine, text: str, language: str) -> tuple[int, int]:
    """The highest severity rank of risk.hate's findings and of risk.disparagement's (-1 without)."""
    report = asyncio.run(engine.review(text, language=language))
    hate = max((f.severity.rank for f in report.findings if f.rule == "risk.hate"), default=-1)
    disparagement = max((f.severity.rank for f in report.findings if f.rule == "risk.disparagement"), default=-1)
    return hate, disparagement


def baseline(engine: Engine, language: str, stride: int) -> tuple[list[tuple[str, int]], list[str]]:
    """The sampled hateful drafts risk.hate flags (with their severity rank) and benign drafts nothing flags."""
    hateful: list[tuple[str, int]] = []
    benign: list[str] = []
    cases = [c for c in all_cases() if c["language"] == language]
    for case in cases[::stride]:
        hate, disparagement = grade(engine, case["text"], language)
        if case["expect"] == "flag" and not case["file"].startswith("disparagement") and hate >= WARNING:
            hateful.append((case["text"], hate))
        elif case["expect"] == "pass" and hate < WARNING and disparagement < WARNING:
            benign.append(case["text"])
    return hateful, benign


def broken(
    engine: Engine, language: str, wrap: Wrapper, sample: tuple[list[tuple[str, int]], list[str]]
) -> tuple[list[str], list[str]]:
    """The wrapped hateful drafts that lost their finding or its severity, the wrapped benign drafts now flagged."""
    hateful, benign = sample
    lost = [wrap(text) for text, rank in hateful if grade(engine, wrap(text), language)[0] < rank]
    gained = [wrap(text) for text in benign if max(grade(engine, wrap(text), language)) >= WARNING]
    return lost, gained


@pytest.fixture(scope="module")
def samples(engine: Engine) -> dict[str, tuple[list[tuple[str, int]], list[str]]]:
    return {language: baseline(engine, language, STRIDE) for language in WRAPPERS}


@pytest.mark.parametrize(("language", "name"), [(lang, name) for lang, table in WRAPPERS.items() for name in table])
def test_wrapper_keeps_judgement(
    engine: Engine, samples: dict[str, tuple[list[tuple[str, int]], list[str]]], language: str, name: str
) -> None:
    """A wrapper breaks no more of the sample's hateful cases, and flags no more of its benign ones, than allowed."""
    hateful, benign = samples[language]
    assert len(hateful) >= 100 and len(benign) >= 100
    lost, gained = broken(engine, language, WRAPPERS[language][name], samples[language])
    lost_at, gained_at = ALLOWED.get((language, name), DEFAULT_ALLOWED)
    assert len(lost) <= lost_at * len(hateful), f"{language} {name}: {len(lost)}/{len(hateful)} lost: {lost[:8]}"
    assert len(gained) <= gained_at * len(benign), f"{language} {name}: {len(gained)}/{len(benign)}: {gained[:8]}"


def main() -> None:  # pragma: no cover - the table over every case
    from app.settings import Settings

    engine = Engine.create(Settings(offline=True))
    only = set(sys.argv[1:])
    for language, table in WRAPPERS.items():
        sample = baseline(engine, language, 1)
        for name, wrap in table.items():
            if only and name not in only and f"{language}:{name}" not in only:
                continue
            lost, gained = broken(engine, language, wrap, sample)
            counts = f"lost {len(lost):4d}/{len(sample[0])}  benign flagged {len(gained):3d}/{len(sample[1])}"
            print(f"{language} {name:12s} {counts}")


if __name__ == "__main__":  # pragma: no cover
    main()

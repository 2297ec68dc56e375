"""risk.hate's open tail of English person-traits is what training/trait_lexicon.py writes from VADER's lexicon."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import yaml

from training import trait_lexicon

LIST = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms" / "en" / "hate-traits.yml"


def test_the_list_is_the_generator_output() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        trait_lexicon.main()
    assert out.getvalue() == LIST.read_text(encoding="utf-8"), "regenerate: python -m training.trait_lexicon > " + str(
        LIST
    )


def test_the_excluded_classes_stay_out() -> None:
    terms = yaml.safe_load(LIST.read_text(encoding="utf-8"))["terms"]
    words = {t["term"] for t in terms} | {f for t in terms for f in t.get("forms", [])}
    # a feeling, a fortune, a thing, a stance: said of a group, none is derogation ("refugees are exhausted")
    left_out = {"sad", "angry", "scared", "exhausted", "poor", "sick", "oppressed", "victims", "sufferers", "tragic"}
    assert not words & (left_out | {"underpaid", "lonely", "helpless", "critical", "illegal", "bitch", "prisoners"})
    assert {"bitter", "spiteful", "hypocritical", "whiners", "deceivers", "cheaters"} <= words


def test_agent_nouns() -> None:
    assert [trait_lexicon._agent(v) for v in ("cheat", "deceive", "agitate", "falsify", "rob", "hate")] == [
        "cheaters",
        "deceivers",
        "agitators",
        "falsifiers",
        "robbers",
        "haters",
    ]

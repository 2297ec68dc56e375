"""risk.hate's English negated-praise list is what training/praise_lexicon.py writes from the shipped lexicons."""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import yaml

from training import praise_lexicon

LIST = Path(__file__).resolve().parent.parent / "rules" / "risk" / "terms" / "en" / "hate-negated-praise.yml"


def test_the_list_is_the_generator_output() -> None:
    out = io.StringIO()
    with redirect_stdout(out):
        praise_lexicon.main()
    assert out.getvalue() == LIST.read_text(encoding="utf-8"), "regenerate: python -m training.praise_lexicon > " + str(
        LIST
    )


def test_the_excluded_classes_stay_out() -> None:
    words = {t["term"] for t in yaml.safe_load(LIST.read_text(encoding="utf-8"))["terms"]}
    words |= {f for t in yaml.safe_load(LIST.read_text(encoding="utf-8"))["terms"] for f in t.get("forms", [])}
    # a feeling, a fortune, a comparison: denied of a group, none is derogation ("refugees are not safe")
    assert not words & {"happy", "safe", "free", "rich", "better", "superior", "perfect", "responsible", "innocent"}
    assert {"peaceful", "honest", "kind", "polite", "intelligent"} <= words

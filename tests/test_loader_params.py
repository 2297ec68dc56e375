"""A rule's params in error are said in our words by app.loader.build_rule (S, session 19; U's request)."""

from __future__ import annotations

import pytest

from app.kinds.base import Deps, patterns_by_language
from app.loader import RuleFileError, build_rule, load_specs, packaged_rules_dir


def test_unknown_param_names_the_keys_the_kind_takes() -> None:
    root = packaged_rules_dir()
    spec = next(s for s in load_specs([root]) if s.id == "etiquette.hashtag-count")
    with pytest.raises(RuleFileError) as caught:
        build_rule(spec, Deps(rules_root=root), {"maxx": 3})
    assert caught.value.key == "params.maxx"
    assert caught.value.reason.startswith("unknown key: did you mean 'max'?")


def test_a_pattern_by_language_that_does_not_compile_names_its_key_and_language() -> None:
    """One check for every ``language -> regular expression`` param (``patterns_by_language``): the key, the language
    and the regex error, where the loader puts the rule file's name before it."""
    assert patterns_by_language({"en": r"\bout\b", "fr": "publiés"}, "said") == {"en": r"\bout\b", "fr": "publiés"}
    with pytest.raises(ValueError, match=r"^said\.fr: not a valid regular expression \(") as caught:
        patterns_by_language({"en": "out", "fr": "(publiés"}, "said")
    assert "missing )" in str(caught.value)
    with pytest.raises(ValueError, match=r"^en: not a valid regular expression"):
        patterns_by_language({"en": "[a-"})

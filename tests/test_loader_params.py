"""A rule's params in error are said in our words by app.loader.build_rule (S, session 19; U's request)."""

from __future__ import annotations

import pytest

from app.kinds.base import Deps
from app.loader import RuleFileError, build_rule, load_specs, packaged_rules_dir


def test_unknown_param_names_the_keys_the_kind_takes() -> None:
    root = packaged_rules_dir()
    spec = next(s for s in load_specs([root]) if s.id == "etiquette.hashtag-count")
    with pytest.raises(RuleFileError) as caught:
        build_rule(spec, Deps(rules_root=root), {"maxx": 3})
    assert caught.value.key == "params.maxx"
    assert caught.value.reason.startswith("unknown key: did you mean 'max'?")

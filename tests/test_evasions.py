"""The spelling-evasion probe (training/evasions.py) perturbs the word it says it does."""

from __future__ import annotations

from training.evasions import _delete, _leet, _space_out, _swap, perturb


def test_each_edit_touches_the_group_or_the_hateful_word() -> None:
    assert perturb("I hate women.", "women", None, "group", 0) == "I hate women."
    assert perturb("I hate women.", "women", _space_out, "join", 0) == "I hatewomen."
    assert perturb("Women are vermin.", "women", _space_out, "join", 0) == "Womenare vermin."
    assert perturb("Women are vermin.", "women", _space_out, "predicate", 0) == "Women are v e r m i n."
    assert perturb("I hate gay people.", "gay people", _delete, "group", 0) == "I hate gay peole."
    assert perturb("Women are scum.", "women", _swap, "predicate", 0) == "Women are sucm."
    assert perturb("Les femmes sont une plaie.", "les femmes", _leet, "group", 0) == "Les f3mm3s sont une plaie."


def test_edits_stay_inside_the_word() -> None:
    for word in ("hate", "vermin", "immigrants"):
        for shift in (-1, 0, 1):
            assert len(_delete(word, shift)) == len(word) - 1
            swapped = _swap(word, shift)
            assert sorted(swapped) == sorted(word) and swapped[0] == word[0] and swapped[-1] == word[-1]

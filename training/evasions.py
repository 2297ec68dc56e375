"""``python -m training.evasions``: how well ``risk.hate`` survives spelling evasions, per kind of perturbation.

A probe, not a test set: 7 hateful sentences × 7 protected groups per language, each perturbed once — letters
spaced out, a space left out, an inner letter deleted, two neighbours swapped, leetspeak — on the group or on
the hateful word. A case counts as caught when any ``risk.*`` rule has a finding at warning or above (the
issue's measure). Prints one line per perturbation: caught / cases. Hand-written here because no library
perturbs text this way without pulling in a model. This is the probe the evasion work of round two was
measured with (so its figures are optimistic); ``--variant`` moves each edit to another position, which
that work was not tuned on.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from app.engine import Engine
from app.settings import Settings
from app.testing import review_sync

GROUPS = {
    "en": ["women", "trans people", "gay people", "black people", "disabled people", "Muslims", "immigrants"],
    "fr": [
        "les femmes",
        "les personnes trans",
        "les gays",
        "les Noirs",
        "les handicapés",
        "les musulmans",
        "les immigrés",
    ],
}
# {g} is the group; the hateful word is the last word that is neither the group nor a function word
TEMPLATES = {
    "en": [
        "I hate {g}.",
        "{g} are disgusting.",
        "{g} are vermin.",
        "All {g} should be killed.",
        "{g} are scum.",
        "I despise {g}.",
        "{g} are a plague.",
    ],
    "fr": [
        "Je déteste {g}.",
        "{g} sont dégoûtants.",
        "{g} sont de la vermine.",
        "Il faut tuer {g}.",
        "{g} sont des parasites.",
        "Je hais {g}.",
        "{g} sont une plaie.",
    ],
}
FUNCTION_WORDS = frozenset(
    {"i", "are", "all", "should", "be", "a", "je", "il", "faut", "sont", "de", "la", "des", "une", "les"}
)
Edit = Callable[[str, int], str]


def _space_out(word: str, _: int) -> str:
    return " ".join(word)


def _delete(word: str, shift: int) -> str:
    i = min(max(1, len(word) // 2 + shift), len(word) - 2)
    return word[:i] + word[i + 1 :]


def _swap(word: str, shift: int) -> str:
    i = min(max(1, len(word) // 2 - 1 + shift), len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :] if len(word) > 3 else word


def _leet(word: str, _: int) -> str:
    return word.translate(str.maketrans("eoia", "301@"))


EDITS: dict[str, Edit] = {"space_out": _space_out, "delete": _delete, "swap": _swap, "leet": _leet}


def perturb(sentence: str, group: str, edit: Edit | None, on: str, shift: int) -> str:
    """The sentence with ``edit`` applied to the group's last word or to the hateful word (``on``)."""
    words = sentence.rstrip(".").split(" ")
    group_words = {w.lower() for w in group.split()}
    in_group = [i for i, w in enumerate(words) if w.lower() in group_words]
    others = [i for i, w in enumerate(words) if i not in in_group and w.lower() not in FUNCTION_WORDS]
    if edit is None:
        return sentence
    if edit is _space_out and on == "join":  # a space left out: the first two content-bearing words glued
        first = min(in_group[0], others[-1])
        return " ".join([*words[:first], words[first] + words[first + 1], *words[first + 2 :]]) + "."
    index = in_group[-1] if on == "group" else others[-1]
    words[index] = edit(words[index], shift)
    return " ".join(words) + "."


def main(argv: list[str] | None = None) -> int:
    """Print caught / cases per language and perturbation."""
    parser = argparse.ArgumentParser(prog="python -m training.evasions", description=__doc__.splitlines()[0])
    parser.add_argument("--variant", action="store_true", help="edit another letter position (untuned check)")
    args = parser.parse_args(argv)
    shift = -1 if args.variant else 0
    engine = Engine.create(Settings(offline=True))
    kinds: list[tuple[str, Edit | None, str]] = [("plain", None, "group"), ("space left out", _space_out, "join")]
    kinds += [(f"{name} on {on}", edit, on) for name, edit in EDITS.items() for on in ("group", "predicate")]
    for language, templates in TEMPLATES.items():
        for label, edit, on in kinds:
            cases = caught = 0
            for template in templates:
                for group in GROUPS[language]:
                    sentence = template.format(g=group)
                    text = perturb(sentence[0].upper() + sentence[1:], group, edit, on, shift)
                    report = review_sync(engine, text, language=language)
                    cases += 1
                    caught += any(f.rule.startswith("risk.") and f.severity.rank >= 1 for f in report.findings)
            print(f"{language}  {label:24s} {caught:3d}/{cases}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""English verb inflection: the forms a draft reads a verb in (third person, past, past participle, -ing).

The words files list a verb once (``inflected:``, the verbs of saying: "yell", "write/wrote/written") and the engine
matches every form: "yells", "yelled", "yelling". ``verb_forms`` gives them: the third person in -s ("says"), -es
("pushes") or -ies ("replies"); the past and past participle in -ed ("yelled"), -d ("declared") or -ied ("implied"),
or as written after the lemma for an irregular verb ("say/said", "swear/swore/sworn"), and the -ing form ("saying",
"declaring"; a doubled consonant only when the written past has it: "tag/tagged" gives "tagging").

Hand-written, with the irregular forms written in the words files. The packages weighed and left: lemminflect (MIT,
offline, its own tables) would bring numpy to the review, which runs without it, for a few dozen verbs of saying,
and inflects otherwise than the lists were written and measured with ("blog": "blogged" where this module gives
"bloged", a change of behaviour, not of home); pyinflect needs spaCy; inflect does nouns, articles and -ing forms
but no past; textblob, already installed, inflects nouns only.
"""

from __future__ import annotations

from collections.abc import Sequence

_VOWELS = frozenset("aeiouy")


def third_person(lemma: str) -> str:
    """The present third person singular: "says", "pushes", "replies"."""
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return lemma + "es"
    if len(lemma) > 2 and lemma[-1] == "y" and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def past(lemma: str) -> str:
    """The past of a regular verb: "yelled", "declared", "replied" (no consonant doubled: write "tag/tagged")."""
    if lemma.endswith("e"):
        return lemma + "d"
    if len(lemma) > 2 and lemma[-1] == "y" and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    return lemma + "ed"


def gerund(lemma: str, written_past: str = "") -> str:
    """The -ing form: "saying", "declaring" (a mute e dropped, not a double one: "agreeing"), "tagging" when the
    past written is "tagged"."""
    if written_past == lemma + lemma[-1] + "ed":
        return lemma + lemma[-1] + "ing"
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    return stem + "ing"


def verb_forms(lemma: str, irregular: Sequence[str] = ()) -> list[str]:
    """Base, third person, past (and past participle: ``irregular`` when given, "said" or "wrote", "written") and
    -ing form of a verb."""
    pasts = list(irregular) or [past(lemma)]
    return [lemma, third_person(lemma), *pasts, gerund(lemma, pasts[0])]

"""Write the peoples named by their language's name that risk.hate reads as groups
(``rules/risk/terms/<lang>/groups.yml``, the block between the ``peoples by language:`` markers): "the Gusii are …",
"the Karamojong", « les Zaghawa », « ces Baoulé ».

``python scripts/peoples.py en --write`` (and ``fr``) writes the block again; without ``--write`` it prints it.
tests/test_peoples.py checks that the block is what this script writes.

Why (G, session 54): of the free hateful drafts the review misses (rounds <= 55 of tests/data/functional), 652
English and 732 French have no group read at all (/work/scratch/s54/G/measure.py); many name a people of the writers'
places (Kenya, Uganda, Zambia, Chad, the Congo, Côte d'Ivoire, Borneo) by the name it shares with its language, which
no list holds one by one. The source is a lexicon, not the drafts: ISO 639-3's living languages (pycountry, LGPL, read
here when the block is written, never at run time; French names from its ISO 639-3 translations), the part of a name
before a bracket ("Luo (Kenya and Tanzania)" -> "Luo"), one word of letters only.

A language's name names its people in a form a language's name does not take: after a plural determiner (English
"the" — "the Wolof are …", where "Wolof is hard" names the language; French « les », « ces », « des »). Not its
plural: the capitalised plurals are read by their shape already (app/kinds/shaped_groups.py: "Lozis", « les
Zaghawas »), and the plurals wordfreq attests are as often other rare words ("Lammas", "Larus", "fyers"). The guards,
so that an ordinary word, a name or a place is never read as a people:

- a name wordfreq knows in English or French as more than a rare word (Zipf 2 or more: "samosa", "bongo", "Adele",
  "Shona", "Igbo" — the well-known peoples are hand-written in the list already) makes nothing;
- a name of fewer than four letters makes nothing ("Ewe" is a sheep, "Are" a verb);
- a name that is a place (app/text/place_names.txt: "Bintulu", "Meru") makes nothing, so a town's team or weather
  ("the Bintulu were robbed") is no people;
- a form the list holds outside this block is left out (the list's own peoples keep their own conditions), and so
  are the peoples the list keeps unlisted on purpose (``UNLISTED``).

A predicate is still needed ("the Gusii held their festival" is nothing), the language used as a language is none
("il parle wolof", "the Wolof word for water") and an identity statement is none ("I'm Luo and proud").
"""

from __future__ import annotations

import gettext
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the scripts' shared helper, run or loaded by path
from written_block import write_block

ROOT = Path(__file__).resolve().parent.parent
LISTS = {lang: ROOT / "rules" / "risk" / "terms" / lang / "groups.yml" for lang in ("en", "fr")}
PLACES = ROOT / "app" / "text" / "place_names.txt"
BEGIN = "  # peoples by language: the block below is written by scripts/peoples.py (do not edit it by hand)"
END = "  # peoples by language: end of the written block"
# where the block goes in a file that has none yet: right after the demonyms' block
ANCHOR = "  # demonyms: end of the written block\n"
DETERMINERS = {"en": ("the",), "fr": ("les", "ces", "des")}
RARE = 2.0  # Zipf frequency under which a name is no ordinary word, in English and in French
SHORTEST = 4
# peoples the list keeps unlisted on purpose (groups.yml, G3, session 43): the shaped reading's cases read them by their
# shape ("the Sylheti community", app/kinds/shaped_groups.py)
UNLISTED = frozenset({"sylheti", "kutchi"})


def fold(text: str) -> str:
    """Small letters, no accents: how risk.hate matches a form (``app.text.folding``)."""
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if not unicodedata.combining(c))


def names(language: str) -> list[str]:
    """The living languages' names of ISO 639-3 (individual languages and macrolanguages), in ``language``, the
    part before a bracket, one word of letters only, folded."""
    import pycountry  # only when the block is written: never at run time

    translate = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    out: set[str] = set()
    for entry in pycountry.languages:
        if getattr(entry, "type", None) != "L" or getattr(entry, "scope", None) not in ("I", "M"):
            continue
        name = entry.name if language == "en" else translate(entry.name)
        name = re.sub(r"\s*\(.*\)$", "", name).strip()
        if re.fullmatch(r"[^\W\d_]+", name):
            out.add(fold(name))
    return sorted(out)


def _entries(language: str) -> list[dict[str, object]]:
    import yaml

    text = LISTS[language].read_text(encoding="utf-8")
    before, _, rest = text.partition(BEGIN)
    _, _, after = rest.partition(END)
    return [e for e in yaml.safe_load(before + after).get("terms", []) if isinstance(e, dict)]


def listed(language: str) -> set[str]:
    """Every folded form the list holds outside this block (and the last word of each: "the kikuyu" holds
    "kikuyu")."""
    out: set[str] = set()
    for entry in _entries(language):
        forms = entry.get("forms", [])
        for form in [entry["term"], *(forms if isinstance(forms, list) else [])]:
            out |= {fold(str(form)), fold(str(form)).split()[-1]}
    return out


def places() -> set[str]:
    """The places the review knows (app/text/place_names.txt), folded."""
    lines = PLACES.read_text(encoding="utf-8").splitlines()
    return {fold(line.strip()) for line in lines if line.strip() and not line.startswith("#")}


def forms(language: str) -> list[str]:
    """The block's forms: each rare name after the language's plural determiners, not listed already, not a place."""
    import wordfreq

    def rare(word: str) -> bool:
        return all(wordfreq.zipf_frequency(word, lang) < RARE for lang in ("en", "fr"))

    taken = listed(language) | places() | UNLISTED
    out: set[str] = set()
    for name in names(language):
        if len(name) < SHORTEST or not rare(name) or name in taken:
            continue
        out |= {f"{determiner} {name}" for determiner in DETERMINERS[language]}
    return sorted(out - taken)


def block(language: str) -> str:
    """The written block: one entry, named by its first form, not fuzzed (rare words, one letter from others)."""
    term, *rest = forms(language)
    lines = [BEGIN, f"  - term: {term}", "    fuzzy: false"]
    line = "    forms: ["
    for form in rest:
        piece = form + ", "
        if len(line) + len(piece) > 118:
            lines.append(line.rstrip())
            line = "      "
        line += piece
    lines.append(line.rstrip(", ") + "]")
    lines.append(END)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    language = args[0] if args else "en"
    text = block(language)
    if "--write" not in args:
        sys.stdout.write(text)
        return
    write_block(LISTS[language], BEGIN, END, text, anchor=ANCHOR)


if __name__ == "__main__":
    main()

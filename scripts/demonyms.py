"""Write the demonyms of risk.hate's group lists (``rules/risk/terms/<lang>/groups.yml``, the block between the
``demonyms:`` markers): the people of a country named by its plural ("Moldovans", "Burundians", "Yemenis",
"Timorese", « les Guinéens », « les Gabonais », « les Yéménites ») and its singular ("every Moldovan", « chaque
Béninois »), made by a morphology over the countries' names, not listed one by one.

``python scripts/demonyms.py en --write`` (and ``fr``) writes the block again; without ``--write`` it prints it.
tests/test_demonyms.py checks that the block is what this script writes.

The source (session 38, K). No package at hand holds demonyms: pycountry (ISO 3166-1, pinned, installed as
schwifty's dependency) names countries, not their people (its ``Country`` has ``name``, ``common_name``,
``official_name`` and codes only), and neither babel (CLDR: territory names) nor langcodes holds them; the lists of
demonyms found on package registries are unmaintained one-off uploads. So the countries' names come from pycountry
(English, and French from its ISO 3166-1 translations), read here when the block is written, never at run time,
and their people's names are made from them:

- a stem is the name, the name less its last vowel, or less "-ia", "-ie", "-us", "-os", "-es" (Moldov·a,
  Mauritan·ia, Maurit·ius, Comor·os, Tunis·ie, Guiné·e);
- English plurals add "-ans", "-ians", "-ese", "-is" to a stem, "-ns" to a name in "-a", "-lese" to one in "-o"
  (Moldovans, Burundians, Vanuatuans, Bhutanese, Yemenis, Togolese); "X Islands" gives "X Islanders"; each plural
  in "-s" gives its singular (Moldovan, Yemeni), the "-ese" plural is its own;
- French plurals add « -ais », « -ois », « -iens », « -ens », « -éens », « -ains », « -ites », « -es », « -lais »,
  « -ars » and their feminines to a stem (Gabonais, Béninois, Tunisiens, Guinéens, Ghanéens, Marocains,
  Yéménites, Moldaves, Togolais, Kosovars); the singulars drop the « -s ».

Every combination is made, so most forms are no word at all ("Yemenans"): matched on whole words, they never
occur. The guards, so that an ordinary word is never read as a people:

- a form that a language's word frequencies (wordfreq) know as more common than a demonym usually is, and that is
  not one, is left out (``NOT_PEOPLE``: "chilis", "malts", « les mauriciens » is kept, « les indes » is not);
- a stem of fewer than four letters makes nothing (Chad, Mali, Oman, Cuba, Peru and Iran give their people
  through the name itself: Chadians, Malians, Omanis, Cubans);
- the countries the lists leave out on purpose make nothing either (``LEFT_OUT``): the western majorities ("the
  French can't cook" is banter more than hate), states named by their people ("the Saudis own Newcastle"), and
  territories with no people of their own (not the sides of a war in the news since session 40: their peoples are
  peoples, and what is said of their state is read as said of that body);
- names of several words make only the whole name's demonym ("Sierra Leoneans", "Sri Lankans"), never one of
  its words alone.

The lists' own demonyms (written by hand, with their own conditions) stay as they are: a form they hold is left out
here. The people of a region or a city are not countries' and stay hand-written (Scousers, « zoreils »); so do the
irregular demonyms (``IRREGULAR``: Malagasy, Burkinabè, Cypriots, « Malgaches », « Mahorais »). Capitals are not
asked for: a people is written in small letters too ("moldovans are …"), and the forms are no other word.

One of a people named as a type (``TYPE_HEADS``): a singular the lists hold as an adjective before a noun of people
("Tamil", "Bulgarian", "Iranian": "the Iranian mullah" is no Iranian), or one that is another word or a place
("pole", « le breton », « la Corse »), is written after a type word only ("every Tamil", "a typical Pole", "your
average Bulgarian", « un vrai Corse », « chaque Breton »); a singular no list holds otherwise is written alone, as
the lists write "Romanian" ("Never trust a Mauritanian").
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
BEGIN = "  # demonyms: the block below is written by scripts/demonyms.py (do not edit it by hand)"
END = "  # demonyms: end of the written block"

# (ISO 3166-1 alpha-2) countries whose people the lists leave out on purpose, as their hand-written entries do:
# the western majorities, states named by their people, and territories with no
# people of their own (or whose people are another country's)
_LEFT_OUT = (
    # western majorities
    "AD AT AU BE CA CH DE DK ES FI FR GB GG GI GL GR IE IM IS IT JE LI LU MC MT NL NO NZ PT SE SM US VA",
    # states named by their people ("the Saudis own Newcastle"); not the sides of a war in the news (G, session 40:
    # "Israelis are murderers by nature", "Every Ukrainian is a Nazi" are hate at a people; what is said of their
    # state, army or government is read as said of that body, ``institutions`` in hate-words.yml)
    "AE QA SA",
    # territories: uninhabited, dependencies named after another state's people, or of several peoples' names
    "AQ BV HM UM GS TF IO CX CC NF PN SH SJ AX BQ SX CW MF BL PM VG VI KY TC BM AI MS FK TK NU GU MP AS HK MO EH",
    "WF FO PS TW CF DO KN LC VC ST TT AG BA",
)
LEFT_OUT = frozenset(code for line in _LEFT_OUT for code in line.split())
# names the ISO list words for its register, as a people's name is made from the common one
COMMON = {
    "en": {
        "RU": ["Russia"],
        "TL": ["Timor", "East Timor"],
        "CV": ["Cape Verde"],
        "MM": ["Burma", "Myanmar"],
        "SZ": ["Swaziland"],
    },
    "fr": {
        "SY": ["Syrie"],
        "KR": ["Corée"],
        "KP": ["Corée"],
        "MD": ["Moldavie"],
        "LA": ["Laos"],
        "TZ": ["Tanzanie"],
        "VE": ["Venezuela"],
        "BO": ["Bolivie"],
        "IR": ["Iran"],
        "CD": ["Congo"],
        "CG": ["Congo"],
        "TL": ["Timor"],
        "CV": ["Cap-Vert"],
        "MU": ["Maurice"],
        "CI": [],
        "MK": ["Macédoine"],
        "RE": ["Réunion"],
        "BY": ["Biélorussie", "Bélarus"],
        "RU": ["Russie"],
    },
}
IRREGULAR = {
    "en": [
        "malagasy",
        "the malagasy",
        "burkinabe",
        "burkinabes",
        "burkinabès",
        "cypriots",
        "cypriot",
        "comorians",
        "comoran",
        "comorans",
        "east timorese",
        "kyrgyz",
        "the kyrgyz",
        "turkmens",
        "turkmen",
        "mozambicans",
        "mozambican",
        "peruvian",
        "salvadoran",
        "panamanians",
        "panamanian",
        "motswana",
        "batswana",
        "basotho",
        "the basotho",
        "swazis",
        "swazi",
        "kiribati people",
        "i-kiribati",
        "sahrawis",
        "sahrawi",
    ],
    "fr": [
        "malgaches",
        "malgache",
        "burkinabé",
        "burkinabè",
        "burkinabée",
        "burkinabées",
        "burkinabèes",
        "mahorais",
        "mahoraise",
        "chypriotes",
        "chypriote",
        "kirghizes",
        "kirghize",
        "turkmènes",
        "turkmène",
        "mozambicains",
        "mozambicaines",
        "mozambicain",
        "mozambicaine",
        "centrafricains",
        "centrafricaines",
        "centrafricain",
        "centrafricaine",
        "est-timorais",
        "cap-verdiens",
        "cap-verdiennes",
        "cap-verdien",
        "cap-verdienne",
        "bissau-guinéens",
        "sud-africains",
        "sud-africaines",
        "sud-soudanais",
        "sud-soudanaises",
        "néo-calédoniens",
        "néo-calédoniennes",
        "salvadoriens",
        "salvadoriennes",
        "péruviens",
        "péruviennes",
        "jamaïcains",
        "jamaïcaines",
        "sahraouis",
        "sahraouies",
        "sahraoui",
        "biélorusses",
        "biélorusse",
        "azéris",
        "azéri",
        "tchèques",
        "tchèque",
    ],
}
# forms the morphology makes that are words other than a people (wordfreq knows them; checked by hand)
NOT_PEOPLE = {
    # "Japanese" alone is as often the language or a thing's (the lists name "the Japanese", "Japanese people")
    "en": frozenset(
        [
            "chilis",
            "malts",
            "bulgari",
            "cyprian",
            "burman",
            "indies",
            "irani",
            "iranis",
            "japanese",
            "japani",
            "japanis",
            "autistic",
        ]
    ),
    # « malaise », « turquoise », « colombe », « grenade », « hongre », « libère », « congé », « Paname », « gambe »;
    # « mongolien », an old slur for people with Down's syndrome, not the people of Mongolia
    "fr": frozenset(
        [
            "malaise",
            "malaises",
            "turquoise",
            "turquoises",
            "colombe",
            "colombes",
            "grenade",
            "grenades",
            "georges",
            "hongre",
            "hongres",
            "libere",
            "liberes",
            "conge",
            "conges",
            "paname",
            "gambe",
            "gambes",
            "albane",
            "colomban",
            "bolivar",
            "indes",
            "malines",
            "maline",
            "chines",
            "cubes",
            "mongolien",
            "mongoliens",
            "mongolienne",
            "mongoliennes",
            "bolivars",
            "liberais",
            "turquois",
            "malawites",
            "malawite",
        ]
    ),
}

EN_PLURAL = ("ans", "ians")
FR_PLURAL = (
    "ais",
    "aises",
    "ois",
    "oises",
    "iens",
    "iennes",
    "ens",
    "ennes",
    "eens",
    "eennes",
    "ains",
    "aines",
    "ites",
    "es",
    "ars",
    "anes",
    "ans",
)


def fold(text: str) -> str:
    """Small letters, no accents: how risk.hate matches a form (``app.text.folding``)."""
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if not unicodedata.combining(c))


def names(language: str, every: bool = False) -> list[str]:
    """The countries' names the demonyms are made from: pycountry's common (or short) name, in French its ISO
    3166-1 translation, the part before a comma or a bracket ("Iran, Islamic Republic of" -> "Iran")."""
    import pycountry  # only when the block is written: never at run time

    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"]).gettext
    out: list[str] = []
    for country in pycountry.countries:
        if country.alpha_2 in LEFT_OUT and not every:
            continue
        if country.alpha_2 in COMMON[language]:
            out += COMMON[language][country.alpha_2]
            continue
        name = getattr(country, "common_name", None) or country.name
        if language == "fr":
            name = translate(country.name)
        name = re.split(r"[,(]", name)[0].strip()
        several = r"\b(republic|république|state|états|saint|sainte|îles?|territor|and|et|du|de)\b"
        if re.search(several, name.lower()) and not name.lower().endswith(" islands"):
            continue
        out.append(name)
    return out


def _stems(name: str) -> set[str]:
    out = {name}
    if name[-1:] in "aeiouy":
        out.add(name[:-1])
    for ending in ("ia", "ie", "us", "os", "es", "ée"):
        if name.endswith(ending):
            out.add(name[: -len(ending)])
    return {s for s in out if len(s.replace(" ", "").replace("-", "")) >= 4 or s == name}


def plurals(name: str, language: str) -> set[str]:
    """Every plural the morphology makes of a country's folded name."""
    if language == "en" and name.endswith(" islands"):
        return {name[: -len("s")] + "ers"}  # Solomon Islanders
    out: set[str] = set()
    for stem in _stems(name):
        for suffix in EN_PLURAL if language == "en" else FR_PLURAL:
            out.add(stem + suffix)
    if language == "en":
        # "-is" and "-ese" after the name's last consonant only (Yemenis, Bhutanese; Chinese, Guyanese, Surinamese
        # from the name less its "-a" or "-e"): not "Palais" (Palau), "Ghanis", "Albanese"
        out = {f for f in out if not f.endswith(("is", "ese"))}
        if name[-1:] not in "aeiouy":
            out |= {name + "is", name + "ese"}
        elif name[-1:] in "ae":
            out.add(name[:-1] + "ese")
        if name.endswith("a"):
            out.add(name + "ns")
    elif not name.endswith("ie"):
        out = {f for f in out if not f.endswith("es") or f.endswith(("ennes", "aines", "oises", "aises", "ites"))}
    if name.endswith("o"):
        out.add(name + ("lese" if language == "en" else "lais"))
        if language == "fr":
            out.add(name + "laises")
    return out


def singulars(plural: str, language: str) -> set[str]:
    """The singulars of a plural: less its "-s" (Moldovan, « Gabonais », « Béninoise » from « Béninoises »)."""
    if language == "en":
        if plural.endswith(" people"):
            return set()
        return {plural} if plural.endswith("ese") else {plural[:-1]}
    if plural.endswith(("ais", "ois")):
        return {plural}
    return {plural[:-1]}


def _entries(language: str) -> list[dict[str, object]]:
    import yaml

    text = LISTS[language].read_text(encoding="utf-8")
    before, _, rest = text.partition(BEGIN)
    _, _, after = rest.partition(END)
    return [e for e in yaml.safe_load(before + after).get("terms", []) if isinstance(e, dict)]


def _written(entry: dict[str, object]) -> set[str]:
    forms = entry.get("forms", [])
    return {fold(str(f)) for f in [entry["term"], *(forms if isinstance(forms, list) else [])]}


def listed(language: str) -> set[str]:
    """The folded forms the list holds outside the written block as names of a group on their own (an adjective
    that names one only before a noun of people, ``open_heads``, is not: "Bulgarian" there is "Bulgarian workers"; nor
    one of an entry read only beside given words, ``only_with``: "Tamil" in "burn down the Tamil shop", a place of the
    group, lead, session 51)."""
    return {
        f
        for entry in _entries(language)
        if not entry.get("open_heads") and not entry.get("only_with")
        for f in _written(entry)
    }


# the hand-written entries of peoples of origin, whose one-word plurals have a singular noun (``member_nouns``)
PEOPLES = {"en": ("arabs", "ghanaians", "pashtuns"), "fr": ()}


def member_nouns(language: str) -> set[str]:
    """The singular nouns of the hand-written peoples of origin that the list holds only as adjectives before a noun
    of people (``open_heads``: "Bulgarian", "Tamil", "Lithuanian"): "every Tamil", "a typical Bulgarian" name one of
    the people as "every Romanian" does. An adjective whose plural is no listed people stays one ("Turkish",
    "Polish", "queer")."""
    entries = _entries(language)
    plural = {f for e in entries if e["term"] in PEOPLES[language] for f in _written(e) if " " not in f}
    adjectives = {f for e in entries if e.get("open_heads") for f in _written(e) if " " not in f}
    return {a for a in adjectives if a + "s" in plural or (a.endswith("ese") and a in plural)}


def principal(name: str) -> set[str]:
    """English: the plurals a country's name surely makes, kept though the word frequencies do not know them
    (Vanuatuans, Tuvaluans, Djiboutians): "-ns" after "-a", "-ans" after another vowel, "-is", "-ese" and "-ians"
    after a consonant."""
    if name.endswith(" islands"):
        return plurals(name, "en")
    if name.endswith("a"):
        return {name + "ns"}
    if name.endswith("o"):
        return {name[:-1] + "ans", name + "lese"}
    if name[-1:] in "eiuy":
        return {name + "ans"}
    return {name + "is", name + "ese", name + "ians"}


# one of a people named as a type: the words before a singular that is also an adjective of the list ("Iranian" of
# "the Iranian mullah") or another word or a place ("pole", « le breton », « la Corse »), which alone names no one
TYPE_HEADS = {
    "en": ["every", "each", "typical", "average"],
    "fr": [
        "un",
        "une",
        "un vrai",
        "une vraie",
        "chaque",
        "tout",
        "toute",
        "n'importe quel",
        "n'importe quelle",
        "le moindre",
        "la moindre",
    ],
}
# singulars that name one of a people only as a type (their plurals are listed by hand)
TYPED = {
    "en": ["pole"],
    "fr": [
        "corse",
        "breton",
        "bretonne",
        "alsacien",
        "alsacienne",
        "auvergnat",
        "auvergnate",
        "savoyard",
        "savoyarde",
        "ch'ti",
        "chti",
        "berbère",
    ],
}


def forms(language: str) -> tuple[list[str], list[str], list[str]]:
    """(plurals, singulars, singulars as a type) the block holds, folded: made, and known to the language's word
    frequencies (wordfreq) or surely made (``principal``); not listed already, not a place, no other word. A singular
    the list holds as an adjective before a noun of people (``open_heads``) is written after a type word only
    ("every Tamil", "a typical Bulgarian"): alone it qualifies a thing or a person ("the Iranian mullah")."""
    import wordfreq

    def known(form: str) -> bool:
        return 0 < wordfreq.zipf_frequency(form, language) < 4.5  # not as common as an ordinary word

    made: set[str] = set()
    sure: set[str] = set()
    for name in names(language):
        lowered = name.lower()
        made |= {f for f in plurals(lowered, language) if known(f)}
        if language == "en":
            sure |= principal(lowered)
    made |= sure | {f for f in IRREGULAR[language] if f.endswith("s") or " " in f}
    ones = {s for p in made for s in singulars(p, language) if known(s) or p in sure}
    ones |= {f for f in IRREGULAR[language] if f not in made}
    # a country's name is a place, never its people: « l'Albanie », "Burundi", "Djibouti" (nor a name less its last
    # letter: "Georgi", "Sierra Leoni")
    places = {fold(n) for lang in ("en", "fr") for n in names(lang, every=True)}
    places |= {p[:-1] for p in places} | {p + "s" for p in places}
    taken = listed(language) | NOT_PEOPLE[language] | places
    plural = sorted({fold(f) for f in made} - taken)
    single = {fold(f) for f in ones} - taken - set(plural)
    adjectives = {f for e in _entries(language) if e.get("open_heads") for f in _written(e)}
    typed = (single & adjectives) | member_nouns(language) | {fold(f) for f in TYPED[language]}
    typed -= listed(language) | NOT_PEOPLE[language]  # "every Romanian": "Romanian" is a group alone
    phrases = sorted(f"{head} {noun}" for noun in typed for head in TYPE_HEADS[language])
    return plural, sorted(single - adjectives), phrases


def block(language: str) -> str:
    """The written block: the plurals, then the singulars, each entry named by its most frequent form."""
    import wordfreq

    lines = [BEGIN]
    for made in forms(language):
        term = max(made, key=lambda f: (wordfreq.zipf_frequency(f, language), f))
        rest = [f for f in made if f != term]
        quoted = [f'"{f}"' if "'" in f else f for f in rest]
        lines.append(f"  - {{term: {term}, forms: [{', '.join(quoted)}], fuzzy: false}}")
    lines.append(END)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    language = args[0] if args else "en"
    text = block(language)
    if "--write" not in args:
        sys.stdout.write(text)
        return
    # with no block yet, first in the list: a form the block shares with an adjective of ``open_heads`` is its noun
    write_block(LISTS[language], BEGIN, END, text, anchor="\nterms:\n")


if __name__ == "__main__":
    main()

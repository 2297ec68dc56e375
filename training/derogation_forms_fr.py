"""Write risk.hate's French lexicon of rarer contempt: adjectives and nouns that judge what a person *is*, each written
in every form a group takes (masculine and feminine, singular and plural), so « les femmes sont sottes », « les Roms
sont fielleux », « les juives sont des mégères » and « un Arabe est un tocard » all pair, where the hand list
(terms/fr/hate-derogatory.yml) leaves forms to the engine's regular inflection (« jaloux » -> « jalouxe »).

``python -m training.derogation_forms_fr > rules/risk/terms/fr/hate-derogatory-forms.yml`` writes the file again.

Classes (round 9, French hate written by outsiders in wording nobody planned): literary and rare vices (veule,
fielleux, retors, cauteleux, pleutre), dullness and its slang (sot, godiche, teubé, golmon, tocard), madness words used
as contempt (timbré, névrosé), filth and ugliness (fétide, nauséabond, difforme), the social contempt of slang (cassos,
clodo, crevard), nouns of contempt aimed at women (mégère, harpie, greluche, thon), and the vice said as « d'une X »
(« les X sont d'une bêtise affligeante »). Like the hand list, a word here pairs with a group only through a judging
verb (« sont », « restent », « c'est que des ») or, for the adjectives, touching the group (« ces Roms fielleux »);
nouns never pair touching a group (« les femmes thons » is no phrase).

Left out on purpose: what one suffers or feels (pauvres, fragiles, malheureux, miséreux, soumis — « les femmes sont
soumises à des violences »), what a fight or a protest is (radical, militant), and words that praise in slang
(« ouf », « chelou » said of a film). Written for the file once, not at run time: the rules stay data.
"""

from __future__ import annotations

import sys

from training.threat_frames_fr import _entry  # (Q, session 40) one writer of a terms entry for both French lists

# adjectives said of persons, by class: the masculine singular, or "masculine/feminine" when the feminine is not
# the regular one (« sot/sotte », « jaloux/jalouse », « affabulateur/affabulatrice »)
ADJECTIVES: dict[str, tuple[str, ...]] = {
    # vices a literary or rare word names
    "vices": (
        "veule",
        "fielleux",
        "scélérat",
        "ignominieux",
        "vénéneux",
        "délétère",
        "retors",
        "cauteleux",
        "chafouin",
        "pleutre",
        "couard",
        "poltron",
        "débauché",
        "dissolu",
        "décadent",
        "abâtardi",
        "véreux",
        "crapuleux",
        "malveillant",
        "malintentionné",
        "maléfique",
        "mythomane",
        "affabulateur/affabulatrice",
        "fallacieux",
        "servile",
        "obséquieux",
        "calculateur/calculatrice",
        "jaloux/jalouse",
        "tordu",
        "fripon",
        "sans foi ni loi",
        "sans scrupules",
        "dénué de morale/dénuée de morale",
        "sans-cœur",
        "sans cœur",
        "sans honneur",
        "sans moralité",
        "machiavélique",
        "copieur",
        "plagiaire",
    ),
    # dullness, and its slang
    "dullness": (
        "sot/sotte",
        "bêta/bêtasse",
        "neuneu",
        "nunuche",
        "godiche",
        "empoté",
        "balourd",
        "fruste",
        "décérébré",
        "teubé",
        "golmon",
        "gogol",
        "triso",
        "couillon",
        "bolos",
        "boloss",
        "cassos",
        "kassos",
        "naze",
        "nase",
        "tocard",
        "bouffon",
        "baltringue",
        "débile profond/débile profonde",
        "con comme un balai",
        "cons comme des balais",
        "bête à manger du foin",
        "bêtes à manger du foin",
        "idiot congénital/idiote congénitale",
        "arriéré mental/arriérée mentale",
        "sous-doué",
        "bas du front",
        "limité intellectuellement/limitée intellectuellement",
        "incapable de réfléchir",
        "crétin fini/crétine finie",
    ),
    # madness words used as contempt
    "madness": (
        "timbré",
        "barjo",
        "maboul",
        "frappadingue",
        "siphonné",
        "névrosé",
        "psychotique",
        "parano",
        "toqué",
        "fêlé",
        "zinzin",
        "givré",
    ),
    # filth, stench, ugliness
    "filth": (
        "fétide",
        "nauséabond",
        "visqueux",
        "gluant",
        "difforme",
        "teigneux",
        "vérolé",
        "pestilentiel",
        "putride",
        "cracra",
        "craspec",
        "risible",
    ),
    # round 11: fickleness, said of bisexual people and of women (« les bi, c'est des indécis », « toutes des volages »)
    "fickleness": (
        "indécis",
        "volage",
        "infidèle",
        "inconstant",
        "instable",
        "paumé",
        "girouette",
    ),
    # what a group is said to be to the country or to others
    "burden": (
        "incompatible",
        "parasitaire",
        "inadapté",
        "opportuniste",
        "arriviste",
    ),
}

# words that describe a subset as often as they judge a whole (« les femmes jalouses de leur sœur », « les enfants
# inadaptés ») pair only through a judging verb, never touching their group
NOT_ATTRIBUTIVE = {
    "indécis",
    "instable",
    "paumé",
    "infidèle",
    "girouette",
    "jaloux/jalouse",
    "incompatible",
    "inadapté",
    "inutile",
    "dangereux",
    "opportuniste",
    "arriviste",
    "calculateur/calculatrice",
    "décadent",
    "servile",
    "parano",
    "névrosé",
    "psychotique",
    "risible",
    "fêlé",
    "givré",
    "toqué",
    "zinzin",
    "tordu",
    "naze",
    "nase",
    "bouffon",
    "tocard",
    "couillon",
    "incapable de réfléchir",
}

# nouns of contempt said of persons after « des », « un », « une », « que des » (the noun's own gender, both numbers)
NOUNS: dict[str, tuple[str, ...]] = {
    # aimed at women (the misogynist's nouns)
    "women": (
        "mégère",
        "harpie",
        "greluche",
        "pintade",
        "dinde",
        "bécasse",
        "cruche",
        "gourde",
        "radasse",
        "pouffe",
        "poufiasse",
        "grognasse",
        "morue",
        "thon",
        "boudin",
        "cageot",
        "dondon",
        "mocheté",
        "chieuse",
        "emmerdeuse",
        "pleurnicheuse",
        "harengère",
        "virago",
        "feignasse",
        "michetonneuse",
        "croqueuse de diamants",
        "marie-couche-toi-là",
        "fille de joie",
        "marchandise",
    ),
    # dullness and failure
    "failures": (
        "andouille",
        "truffe",
        "tanche",
        "buse",
        "cloche",
        "nouille",
        "courge",
        "patate",
        "baltringue",
        "branleur",
        "tocard",
        "guignol",
        "clown",
        "bouffon",
        "pignouf",
        "gugusse",
        "bouseux",
        "péquenaud",
        "cul-terreux",
        "moins que rien",
        "sous-merde",
        "tache",
        "déchet de la société",
        "rebut de la société",
        "cas social",
    ),
    # social contempt
    "social": (
        "clodo",
        "clochard",
        "gueux",
        "va-nu-pieds",
        "crève-la-faim",
        "mort de faim",
        "romanichel",
        "traîne-savate",
        "traîne-misère",
        "mendiant",
        "assisté",
        "parasite social",
        "chieur",
        "emmerdeur",
        "pleurnicheur",
        "caillera",
        "malfrat",
        "brigand",
        "gredin",
        "canaille",
        "fripouille",
        "vaurien",
        "crapule",
        "pillard",
        "collabo",
        "vendu",
        "occupant",
        "colon",
        "illuminé",
        "malade",
        "mongol",
        "gogol",
        "golmon",
        "triso",
        "teubé",
        "neuneu",
        "boloss",
        "bolos",
        "cassos",
        "kassos",
    ),
}

# nouns that are also an innocent state or role said of persons (« les migrants sont des mendiants malgré eux »?
# no: « des malades », « des colons », « des occupants » name real people): only after « que des » / « tous des »
RESTRICTED_NOUNS = {"malade", "colon", "occupant", "mendiant", "assisté", "marchandise", "cloche", "patate", "tache"}

# the ruin the group would bring, said after « c'est » or « sont »: « les femmes au pouvoir, c'est la ruine assurée »
RUINS = ("la ruine", "la faillite", "la décadence", "la fin", "la mort", "la perte", "la chute", "la disparition")
RUINED = (
    " assurée",
    " garantie",
    " du pays",
    " de la france",
    " de notre pays",
    " de la nation",
    " de la civilisation",
    " de l'occident",
    " de notre civilisation",
    " de notre culture",
)

# submission said of the group, not suffered: « les musulmanes sont soumises » but not « les femmes sont soumises à des
# violences » (a word of the ``undergone`` class in the four words after the pair undoes it)
SUBMISSIVE = ("soumis/soumise", "docile", "obéissant")

# a vice said as a quality of the group: « les X sont d'une bêtise affligeante », « d'une saleté repoussante »
VICE_NOUNS = (
    "bêtise",
    "stupidité",
    "connerie",
    "saleté",
    "crasse",
    "paresse",
    "fainéantise",
    "fourberie",
    "hypocrisie",
    "malhonnêteté",
    "lâcheté",
    "arrogance",
    "laideur",
    "sauvagerie",
    "barbarie",
    "cupidité",
    "avarice",
    "perfidie",
    "vulgarité",
    "grossièreté",
    "bassesse",
    "médiocrité",
    "nullité",
    "débilité",
    "perversité",
    "veulerie",
    "inculture",
    "ignorance",
    "mesquinerie",
    "sournoiserie",
    "mauvaise foi",
    "malveillance",
    "méchanceté",
    "cruauté",
)
INTENSIFIERS = (
    "",
    " affligeante",
    " crasse",
    " sans nom",
    " sans limite",
    " incroyable",
    " rare",
    " effarante",
    " abyssale",
)

HEADER = """\
credit: Écrit pour Sevenfold ; généré par training/derogation_forms_fr.py (ne pas éditer à la main).
notes: >-
  Dénigrement de risk.hate, le mépris rare, littéraire ou argotique (veule, fielleux, retors, godiche, teubé, tocard,
  mégère, greluche, cassos…), chaque mot écrit à toutes ses formes (masculin, féminin, singulier, pluriel), et le vice
  dit « d'une X » (« les X sont d'une bêtise affligeante »). Comme hate-derogatory.yml, un mot d'ici ne se lie à un
  groupe que par un verbe de jugement (« sont », « restent », « c'est que des ») ou, pour les adjectifs, collé au
  groupe (« ces Roms fielleux »). Sûreté 1 (avertissement), relevée en erreur par le modèle de haine.
language: fr
sureness: 1
target: before
requires: judged
attributive: true
fuzzy: false
"""

# words and phrase heads with one form for both numbers; the words that end a phrase's variable part
INVARIABLE = {"crève-la-faim", "traîne-misère", "marie-couche-toi-là", "sans-cœur", "neuneu", "bas du front"}
INVARIABLE_HEADS = {"sans", "moins", "con", "bête", "bas"}
FUNCTION_WORDS = {"de", "du", "des", "à", "au", "comme", "ni", "que", "la", "le"}

_FEMININE_SUFFIXES = (("eux", "euse"), ("eur", "euse"), ("if", "ive"), ("el", "elle"), ("ien", "ienne"), ("on", "onne"))


def feminine(masculine: str) -> str:
    """The regular feminine of a one-word adjective: « fielleux » -> « fielleuse », « chafouin » -> « chafouine »."""
    if masculine.endswith("e"):
        return masculine
    for ending, feminine_ending in _FEMININE_SUFFIXES:
        if masculine.endswith(ending):
            return masculine[: -len(ending)] + feminine_ending
    return masculine + "e"


def plural(word: str) -> str:
    """The plural of a French adjective or noun, a phrase's words up to its first function word or adverb:
    « veule » -> « veules », « cas social » -> « cas sociaux », « mort de faim » -> « morts de faim »."""
    if word in INVARIABLE or word.split(" ")[0] in INVARIABLE_HEADS:
        return word
    out: list[str] = []
    stopped = False
    for w in word.split(" "):
        stopped = stopped or w in FUNCTION_WORDS or w.endswith("ment")
        out.append(w if stopped else _plural_word(w))
    return " ".join(out)


def _plural_word(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith(("eau", "eu")) and word != "neuneu":
        return word + "x"
    if word.endswith("al"):
        return word[:-2] + "aux"
    return word + "s"


def adjective_forms(entry: str) -> list[str]:
    """Every form of an adjective entry: masculine and feminine, singular and plural (a phrase without a written
    feminine is the same in both: « sans scrupules »)."""
    masculine, _, written_feminine = entry.partition("/")
    fem = written_feminine or (masculine if " " in masculine or masculine in INVARIABLE else feminine(masculine))
    return list(dict.fromkeys([masculine, fem, plural(masculine), plural(fem)]))


def noun_forms(noun: str) -> list[str]:
    """A noun of contempt after its article: « une mégère », « des mégères », « que des mégères »; a noun that
    also names an innocent state only as « que des » / « tous des » / « toutes des » (« que des malades »)."""
    many = plural(noun)
    if noun in RESTRICTED_NOUNS:
        return [f"{q} {many}" for q in ("que des", "tous des", "toutes des")]
    feminine_article = noun.endswith("e") and noun not in ("gogol", "boloss")
    singular = ("une " if feminine_article else "un ") + noun
    out = [singular, f"des {many}", f"que des {many}"]
    if noun.startswith(("a", "e", "é", "i", "o", "u", "h")):
        out.append(f"d'{many}")
    return list(dict.fromkeys(out))


def vice_forms(noun: str) -> list[str]:
    """« d'une bêtise », « d'une bêtise affligeante »…"""
    return [f"d'une {noun}{intensifier}" for intensifier in INTENSIFIERS]


def render() -> str:
    """The YAML file: one entry per class, its forms generated."""
    lines = [HEADER.rstrip("\n"), "terms:"]
    for name, entries in ADJECTIVES.items():
        free = [f for e in entries if e not in NOT_ATTRIBUTIVE for f in adjective_forms(e)]
        bound = [f for e in entries if e in NOT_ATTRIBUTIVE for f in adjective_forms(e)]
        lines.append(f"  # adjectifs : {name}")
        lines.append(_entry(free))
        if bound:
            lines.append(_entry(bound, "attributive: false"))
    for name, nouns in NOUNS.items():
        lines.append(f"  # noms de mépris : {name}")
        lines.append(_entry([f for n in nouns for f in noun_forms(n)], "attributive: false"))
    lines.append("  # la ruine que le groupe apporterait : « les femmes au pouvoir, c'est la ruine assurée du pays »")
    lines.append(_entry([f"{ruin}{what}" for ruin in RUINS for what in RUINED], "attributive: false"))
    lines.append("  # la soumission dite du groupe, pas subie : « les musulmanes sont soumises »")
    lines.append(
        _entry([f for e in SUBMISSIVE for f in adjective_forms(e)], "attributive: false, undone_by: undergone")
    )
    lines.append("  # le vice dit comme une qualité du groupe : « d'une bêtise affligeante »")
    lines.append(_entry([f for n in VICE_NOUNS for f in vice_forms(n)], "attributive: false"))
    return "\n".join(lines) + "\n"


def main() -> int:
    """Print the list."""
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

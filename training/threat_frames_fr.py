"""Write risk.hate's French list of threats said of a group in two frames, every combination rather than the few
someone thought of:

- *violence deserved, by a clause*: « les X méritent qu'on les frappe », « mériteraient qu'on leur casse la
  gueule » — the verbs of deserving by the acts, in the subjunctive after « qu'on les » / « qu'on leur »;
- *a death foretold by its place*: « les X vont finir dans les fours », « finiront au fond de la mer », « devraient
  finir au bout d'une corde » — the futures and wishes of « finir » by the places of death, camps and executions.

``python -m training.threat_frames_fr > rules/risk/terms/fr/hate-threat-forms.yml`` writes the file again.

The group stands before the phrase (``target: before``), named or taken up by a pronoun (« ils finiront tous dans les
camps ») through the rule's anaphora. Left out on purpose: « finir en prison » and « finir à la rue » (a plight or a
sentence, said with pity or of a criminal case), « mériter qu'on les aide / écoute » (the acts here are all harm).
Written for the file once, not at run time: the rules stay data, the engine loads a plain list.
"""

from __future__ import annotations

import sys

# the verbs of deserving, the group as subject
DESERVE = ("méritent", "mériteraient", "mériteront", "méritent bien", "mériteraient bien")
# acts in the subjunctive after « qu'on les » (the group as direct object)
ACTS_LES = (
    "frappe",
    "batte",
    "tue",
    "bute",
    "pende",
    "brûle",
    "gaze",
    "tabasse",
    "massacre",
    "fusille",
    "noie",
    "enferme",
    "expulse",
    "chasse",
    "vire",
    "castre",
    "stérilise",
    "lynche",
    "égorge",
    "éradique",
    "extermine",
    "élimine",
    "cogne",
    "dresse",
    "mate",
    "torture",
    "lapide",
    "abatte",
    "déporte",
    "parque",
    "interne",
    "fouette",
    "crame",
    "dégage",
    "écrase",
    "achève",
    "pende haut et court",
    "mette en cage",
    "mette dans des camps",
    "renvoie chez eux",
    "foute dehors",
    "jette à la mer",
    "passe à tabac",
    "fasse taire",
    "remette à leur place",
)
# acts after « qu'on leur » (the group as indirect object)
ACTS_LEUR = (
    "casse la gueule",
    "pète la gueule",
    "fasse la peau",
    "tire dessus",
    "règle leur compte",
    "coupe la tête",
    "mette une balle",
    "mette une raclée",
    "mette une bonne raclée",
    "donne une leçon",
    "donne une bonne leçon",
    "rentre dedans",
    "fasse payer",
    "fasse du mal",
    "fasse subir le même sort",
    "casse les dents",
    "tranche la gorge",
    "retire la nationalité",
    "retire leurs droits",
)
# the futures and wishes of « finir »
ENDINGS = (
    "vont finir",
    "vont tous finir",
    "vont toutes finir",
    "finiront",
    "finiront tous",
    "finiront toutes",
    "finiraient",
    "devraient finir",
    "devraient tous finir",
    "méritent de finir",
    "doivent finir",
    "vont bientôt finir",
    "finiront bientôt",
    "vont finir comme avant",
    "finiront comme avant",
)
# places of death, camps and executions
PLACES = (
    "dans les fours",
    "dans un four",
    "au four",
    "au four crématoire",
    "dans les camps",
    "dans un camp",
    "dans des camps",
    "en camp",
    "en camp de concentration",
    "dans des camps de concentration",
    "au camp",
    "dans les chambres à gaz",
    "à la chambre à gaz",
    "dans une chambre à gaz",
    "au fond de la mer",
    "au fond de l'eau",
    "au fond de la méditerranée",
    "à la fosse commune",
    "dans une fosse commune",
    "dans des fosses communes",
    "six pieds sous terre",
    "sous terre",
    "au bout d'une corde",
    "au bout d'une potence",
    "à la potence",
    "sur le bûcher",
    "au bûcher",
    "au cimetière",
    "à la morgue",
    "dans des wagons",
    "dans des trains",
    "au goulag",
    "en cendres",
    "en fumée",
    "au crématoire",
    "contre un mur",
    "au poteau",
    "devant un peloton",
    "pendus",
    "pendues",
    "brûlés",
    "brûlées",
    "gazés",
    "gazées",
    "noyés",
    "noyées",
    "fusillés",
    "fusillées",
    "au fond d'un trou",
    "dans un trou",
)

HEADER = """\
credit: Écrit pour Sevenfold ; généré par training/threat_frames_fr.py (ne pas éditer à la main).
notes: >-
  Menaces de risk.hate dites du groupe, chaque combinaison : la violence méritée par une subordonnée (« les X méritent
  qu'on les frappe », « mériteraient qu'on leur casse la gueule ») et la mort prédite par son lieu (« les X vont finir
  dans les fours », « finiront au fond de la mer »). Le groupe vient avant (nommé ou repris par un pronom). Laissés de
  côté exprès : « finir en prison », « finir à la rue » (une peine ou un malheur), les actes qui aident.
language: fr
sureness: 2
target: before
fuzzy: false
"""


def deserved() -> list[str]:
    """« méritent qu'on les frappe », « mériteraient qu'on leur casse la gueule »…"""
    return [f"{verb} qu'on les {act}" for verb in DESERVE for act in ACTS_LES] + [
        f"{verb} qu'on leur {act}" for verb in DESERVE for act in ACTS_LEUR
    ]


def foretold() -> list[str]:
    """« vont finir dans les fours », « finiront au fond de la mer »…"""
    return [f"{ending} {place}" for ending in ENDINGS for place in PLACES]


def render() -> str:
    """The YAML file: one entry per frame."""
    lines = [HEADER.rstrip("\n"), "terms:"]
    lines.append("  # la violence méritée, dite par une subordonnée")
    lines.append(_entry(deserved()))
    lines.append("  # la mort prédite par son lieu")
    lines.append(_entry(foretold()))
    return "\n".join(lines) + "\n"


def _entry(forms: list[str]) -> str:
    unique = list(dict.fromkeys(forms))
    quoted = ", ".join(_quote(f) for f in unique[1:])
    return f"  - {{term: {_quote(unique[0])}, forms: [{quoted}]}}"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


def main() -> int:
    """Print the list."""
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

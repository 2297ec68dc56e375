"""Write risk.hate's French list of threats said of a group in two frames, every combination rather than the few
someone thought of:

- *violence deserved, by a clause*: « les X méritent qu'on les frappe », « mériteraient qu'on leur casse la
  gueule » — the verbs of deserving by the acts, in the subjunctive after « qu'on les » / « qu'on leur »;
- *the group refused by preferring death*: « je préfère crever que d'avoir un voisin arabe » (a warning);
- *a death foretold by its place*: « les X vont finir dans les fours », « finiront au fond de la mer », « devraient
  finir au bout d'une corde » — the futures and wishes of « finir » by the places of death, camps and executions;
- *a persecution wished back* (round 10): « on aurait dû les garder dans les camps », « fallait les laisser enchaînés »,
  « on devrait les remettre dans des wagons » — the group as the clitic « les » (named before or after it, through the
  rule's anaphora), the verbs of keeping or putting back by the places and states of past persecutions (camps, chains,
  cotton fields, ghettos, the Seine of 1961); a modal in reach is required (``requires: modal``), so « les garder
  dans les camps » said of a refugee camp's plan needs « aurait dû », « faudrait », « fallait »…; keeping the group
  there (« garder », « laisser », round 10b) takes no future (``requires: held_modals``: « on va les laisser dans les
  camps cet hiver » is a plan);
- *a place of persecution assigned* (round 10b): « les X, leur place est dans les camps », « les fours c'était leur
  place » — « leur place » by the copulas and the places of past persecutions, prison and the zoo;
- *the group refused by a question* (round 10): « qui a envie d'avoir un X comme voisin ? », « qui accepterait
  d'épouser une X ? », « est-ce qu'on peut vraiment faire confiance à un X ? » — who would want it, by the acts of
  living beside, marrying, hiring, renting to or trusting; the question opens its sentence (``requires: sent_off``),
  so « mon frère, qui voudrait épouser une musulmane, … » is a relative clause, not a refusal (a warning);
- *a place dreamt without the group* (round 10): « je rêve d'une Europe sans Arabes », « vivement une France
  débarrassée des X » — the wishes by the places by « sans » and its kin, the group closing the sentence
  (``final``: « un monde sans femmes battues », « sans migrants morts en mer » go on and pass; a warning);
- *blows deserved after the group's own clause* (round 10): « les femmes qui répondent méritent des claques », « les X
  qui prient dans la rue mériteraient une bonne raclée » — the blows alone, the deserving verb a modal in reach (the
  words file's ``clause_modals`` end the relative clause of the group);
- *the genocide regretted unfinished* (round 10): « dommage qu'on n'ait pas fini le travail », « on aurait dû finir le
  boulot avec les X » — only past regrets (« il faut finir le travail avec les migrants » is a volunteer's day);
- *persecution remembered with approval* (round 10): « c'était mieux quand on les enfermait », « avant on les pendait et
  c'était très bien » — the times of the past by the imperfects of persecution, the approval before or right after
  (« à l'époque on les enfermait » alone is history, not flagged);
- *a swarm simile* (round 10): « les X arrivent comme une nuée de criquets », « débarquent telles une horde de rats » —
  the collective heads by the pests, after a verb of the group's own (``free: 2``; not « fourmis », a praise of work;
  a complaint later in the sentence makes it pity: « … comme une nuée de rats dans ces camps, c'est une honte »).

- *one member's fate* (session 13): « le prochain X qui … se fera tabasser », « tout X qui … va se prendre une balle »,
  « si un X s'approche de ma fille, il finira à l'hôpital » — the futures and presents of « se faire » by the acts of
  violence, of « (se) prendre » by the blows and weapons, of « finir » and « ressortir » by the places of the wounded
  and the dead; said of one member only (``members``: the member named after « prochain », « tout », « n'importe
  quel », « premier » and its own relative clause, or after a condition, then « il » or « elle »), never of the group
  (« les X vont se faire tabasser » is a report of danger as often as a threat);
- *a part of the body broken* (session 13): « je lui pète les dents », « on va leur briser les jambes », « je lui
  arracherai les yeux » — the verbs of breaking (present, future, conditional, infinitive after « vais ») by the parts
  of the body, said to one member only as « lui » (``members``: « un X casse le nez d'un policier » is a news report;
  not « la tête » after « casser », which also says « ennuyer »).

``python -m training.threat_frames_fr > rules/risk/terms/fr/hate-threat-forms.yml`` writes the file again.

The group stands before the phrase (``target: before``), named or taken up by a pronoun (« ils finiront tous dans les
camps ») through the rule's anaphora. Left out on purpose: « finir en prison » and « finir à la rue » (a plight or a
sentence, said with pity or of a criminal case), « mériter qu'on les aide / écoute » (the acts here are all harm).
Written for the file once, not at run time: the rules stay data, the engine loads a plain list.
"""

from __future__ import annotations

import sys

from app.text.conjugation_fr import finite_forms

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

# round 10: the verbs of keeping or putting back the group (after « les ») and the places and states of past
# persecutions; « garder au chaud », « remettre à l'école » stay out (no such place)
KEEP = (
    "remettre",
    "renvoyer",
    "mettre",
    "enfermer",
    "parquer",
    "ramener",
    "renfermer",
    "laisser pourrir",
    "laisser crever",
    "réenfermer",
    "rentrer",
    "jeter",
    "balancer",
    "pousser",
    "noyer",
)
# round 10b: keeping the group where it is (« garder », « laisser ») is a plan when said in the future (« on va les
# garder dans les camps encore un an », of a refugee camp): it needs a modal of wish or regret, not a future
# (``requires: held_modals``); putting back (« on va les remettre dans des wagons ») keeps every modal
HELD = ("garder", "laisser")
PERSECUTIONS = (
    "dans les camps",
    "dans des camps",
    "dans leurs camps",
    "aux camps",
    "au camp",
    "en camp",
    "en camp de concentration",
    "dans des camps de concentration",
    "dans les camps de concentration",
    "dans des camps de travail",
    "derrière des barbelés",
    "derrière les barbelés",
    "dans les ghettos",
    "dans des ghettos",
    "au ghetto",
    "dans le ghetto",
    "dans les fours",
    "dans des fours",
    "au four",
    "dans les wagons",
    "dans des wagons",
    "dans des wagons à bestiaux",
    "dans les trains",
    "dans des trains",
    "dans les chambres à gaz",
    "enchaînés",
    "enchaînées",
    "aux fers",
    "dans les fers",
    "aux chaînes",
    "en cage",
    "en cages",
    "dans des cages",
    "dans les champs de coton",
    "aux champs de coton",
    "dans les champs",
    "en esclavage",
    "esclaves",
    "dans la seine",
    "au fond de la seine",
    "à la seine",
    "au fond de la mer",
    "à la mer",
    "au fond de l'eau",
    "dans les cales",
    "dans les cales des bateaux",
    "au bagne",
    "au goulag",
)

# round 10: who would want the group, and for what (« qui a envie d'avoir un X comme voisin ? »)
WHO_WANTS = (
    "qui veut",
    "qui voudrait",
    "qui voudrait vraiment",
    "qui a envie de",
    "qui aurait envie de",
    "qui a vraiment envie de",
    "qui aimerait",
    "qui accepterait de",
    "qui serait prêt à",
    "qui serait d'accord pour",
    "qui oserait",
    "vous voudriez",
    "tu voudrais",
    "vous aimeriez",
    "tu aimerais",
)
# who asks in the present may be offering (« qui veut embaucher des réfugiés ? On recrute ! »): the acts of an offer
# go with the conditional askers only
OFFERS = ("embaucher", "engager", "louer à", "louer son appart à", "travailler avec", "bosser avec", "inviter")
PRESENT_ASKERS = ("qui veut", "qui a envie de", "qui a vraiment envie de")
WANTED_ACTS = (
    "avoir",
    "avoir pour voisin",
    "avoir comme voisins",
    "vivre à côté de",
    "vivre à côté des",
    "habiter à côté de",
    "habiter à côté des",
    "vivre avec",
    "vivre avec des",
    "épouser",
    "se marier avec",
    "sortir avec",
    "embaucher",
    "engager",
    "louer à",
    "louer son appart à",
    "travailler avec",
    "bosser avec",
    "laisser ses enfants à",
    "laisser ses gosses à",
    "confier ses enfants à",
    "faire confiance à",
    "faire confiance aux",
    "fréquenter",
    "inviter",
    "se faire soigner par",
)
TRUST_ASKED = (
    "est-ce qu'on peut faire confiance à",
    "est-ce qu'on peut vraiment faire confiance à",
    "est-ce qu'on peut faire confiance aux",
    "est-ce qu'on peut vraiment faire confiance aux",
    "peut-on faire confiance à",
    "peut-on vraiment faire confiance à",
    "peut-on faire confiance aux",
    "peut-on vraiment faire confiance aux",
    "comment faire confiance à",
    "comment faire confiance aux",
    "comment peut-on faire confiance à",
    "comment peut-on faire confiance aux",
    "qui peut faire confiance à",
    "qui peut faire confiance aux",
    "qui pourrait faire confiance à",
    "qui pourrait faire confiance aux",
    "tu ferais confiance à",
    "tu ferais confiance aux",
    "vous feriez confiance à",
    "vous feriez confiance aux",
)

# round 10: a place dreamt without the group (« je rêve d'une France sans X »)
DREAMS = (
    "je rêve d'",
    "on rêve d'",
    "je rêverais d'",
    "vivement",
    "à quand",
    "je veux",
    "je voudrais",
    "on veut",
    "nous voulons",
    "imaginez",
    "j'attends",
    "j'espère voir",
    "je souhaite",
)
DREAMT_PLACES = (
    "une france",
    "un pays",
    "une europe",
    "un monde",
    "une ville",
    "un quartier",
    "une école",
    "un immeuble",
    "une planète",
    "une société",
    "un occident",
    "une france enfin",
)
WITHOUT = (
    "sans",
    "sans aucun",
    "sans aucune",
    "débarrassée des",
    "débarrassé des",
    "libérée des",
    "libéré des",
    "vidée de ses",
    "vidé de ses",
    "nettoyée de ses",
    "nettoyé de ses",
    "purgée de ses",
    "purgé de ses",
)

# round 10: the blows alone, after « méritent » or its kin at the end of the group's own relative clause
BLOWS = (
    "une balle",
    "une balle dans la tête",
    "une raclée",
    "une bonne raclée",
    "une correction",
    "une bonne correction",
    "une dérouillée",
    "une rouste",
    "une bonne rouste",
    "une branlée",
    "une volée",
    "une bonne volée",
    "des coups",
    "des baffes",
    "des claques",
    "des gifles",
    "des coups de bâton",
    "des coups de fouet",
    "le fouet",
    "la corde",
    "le bûcher",
    "la chaise électrique",
    "le peloton",
    "une rafale",
    "une bastonnade",
    "la potence",
    "la guillotine",
    "une bonne leçon",
)
# session 13: one member's fate, said of the member as the subject (« … se fera tabasser »): the acts of violence after
# « se faire », the blows and weapons after « (se) prendre », the places of the wounded and the dead after « finir »
MEMBER_ACTS = (
    "tabasser",
    "défoncer",
    "lyncher",
    "massacrer",
    "buter",
    "égorger",
    "poignarder",
    "planter",
    "fracasser",
    "démolir",
    "dérouiller",
    "casser la gueule",
    "péter la gueule",
    "refaire le portrait",
    "lapider",
    "cramer",
    "saigner",
    "crever",
    "trouer la peau",
)
MEMBER_BLOWS = (
    "une balle",
    "une balle dans la tête",
    "une bastos",
    "un coup de couteau",
    "des coups de couteau",
    "un coup de batte",
    "des coups de batte",
    "un pavé",
    "une dérouillée",
    "une rouste",
    "une bonne rouste",
    "des coups",
    "du plomb",
)
MEMBER_ENDS = (
    "à l'hôpital",
    "aux urgences",
    "à la morgue",
    "au cimetière",
    "dans un fossé",
    "entre quatre planches",
    "en fauteuil roulant",
    "six pieds sous terre",
)
MEMBER_OUTS = ("en sang", "sur un brancard", "les pieds devant", "en ambulance", "dans un sac mortuaire")
MEMBER_DEAD = ("est un homme mort", "est une femme morte", "c'est un homme mort", "est mort", "est morte", "sera mort")
# session 13: the part of the body broken, the member before as « lui »
BREAKERS = (
    "casser",
    "péter",
    "briser",
    "exploser",
    "éclater",
    "défoncer",
    "fracasser",
    "arracher",
    "trancher",
    "couper",
    "démonter",
    "refaire",
)
BODY = (
    "la gueule",
    "la tête",
    "les dents",
    "la mâchoire",
    "le crâne",
    "le nez",
    "les jambes",
    "la jambe",
    "les bras",
    "le bras",
    "les côtes",
    "les genoux",
    "la gorge",
    "le cou",
    "le visage",
    "la figure",
    "les yeux",
    "les doigts",
    "le portrait",
)
# a verb and a part that say something else: « casser la tête » (ennuyer)
SAID_ELSE = {("casser", "la tête"), ("exploser", "les yeux"), ("couper", "le bras")}


def member_fates() -> list[str]:
    """One member's fate, futures and presents: « se fera tabasser », « va se prendre une balle », « finira à
    l'hôpital », « ressortira en sang »."""
    made = ("se fera", "va se faire", "se fait", "risque de se faire", "finira par se faire")
    taken = ("va se prendre", "se prendra", "se prend", "va prendre", "prendra", "va manger", "mangera", "va recevoir")
    ended = ("finira", "finit", "va finir", "terminera", "va terminer")
    left = ("ressortira", "ressort", "va ressortir", "repartira", "repart", "va repartir", "sortira", "rentrera")
    forms = [f"{m} {a}" for m in made for a in MEMBER_ACTS]
    forms += [f"{t} {b}" for t in taken for b in MEMBER_BLOWS]
    forms += [f"{e} {p}" for e in ended for p in MEMBER_ENDS]
    forms += [f"{o} {p}" for o in left for p in MEMBER_OUTS]
    return forms + list(MEMBER_DEAD)


# session 14: a blow said as an open phrase after a verb of receiving or deserving (the rule's ``blow`` option reads the
# weapon, the preposition and the part struck from the words file's classes: « mérite mon *poing dans la gueule* », «
# va recevoir une *barre de fer sur le crâne* »); one member as the subject after its own clause, the present too («
# le prochain X qui … se prend … »), or a group or member named, deserved or foretold, never a plain present of a
# plural (« les X prennent des coups » plaint)
MEMBER_RECEIVERS = (
    "mérite",
    "méritera",
    "mériterait",
    "se prend",
    "se prendra",
    "va se prendre",
    "prend",
    "prendra",
    "va prendre",
    "se mange",
    "se mangera",
    "va se manger",
    "mangera",
    "va manger",
    "reçoit",
    "recevra",
    "va recevoir",
    "aura droit à",
    "va avoir droit à",
    "a droit à",
    "c'est",
    "ce sera",
)
GROUP_RECEIVERS = (
    "méritent",
    "mériteraient",
    "mérite",
    "mériterait",
    "méritera",
    "mériteront",
    "vont se prendre",
    "se prendront",
    "vont prendre",
    "prendront",
    "va se prendre",
    "se prendra",
    "va prendre",
    "prendra",
    "vont se manger",
    "vont manger",
    "mangeront",
    "vont recevoir",
    "recevront",
    "va recevoir",
    "recevra",
    "auront droit à",
    "vont avoir droit à",
    "aura droit à",
    "ont besoin de",
    "a besoin de",
    "ont besoin d'",
    "a besoin d'",
    "devraient recevoir",
    "devraient se prendre",
    "devrait recevoir",
    "devrait se prendre",
)


# session 14: a place of the group sealed or burned with its people in it (the rule's ``occupied`` option asks for a
# fire later in the sentence or its people inside: « fermer les portes de la mosquée et y foutre le feu », « murer le
# centre des X avec tout le monde à l'intérieur »); groups.yml's places pair with it (only_with)
SEALS_FR = ("fermer", "bloquer", "barricader", "murer", "cadenasser", "condamner", "verrouiller", "clouer")
SEALED_FR = (
    "les portes de",
    "les portes du",
    "les portes des",
    "les sorties de",
    "les sorties du",
    "les sorties des",
    "les issues de",
    "les issues du",
    "toutes les portes de",
    "toutes les sorties de",
)
SEAL_ALONE_FR = ("barricader", "murer", "cadenasser", "condamner", "brûler", "cramer", "incendier", "faire flamber")


def sealed_places() -> list[str]:
    """The calls that seal or burn a place, infinitive, « -ez », « -ons » and « on … »: « fermez les portes de »."""
    forms: list[str] = []
    for verbs, objects in ((SEALS_FR, SEALED_FR), (SEAL_ALONE_FR, ("",))):
        for verb in verbs:
            stem = verb[:-2]
            said = [verb, f"{stem}ez", f"{stem}ons", f"on {stem}e", f"on va {verb}"] if verb.endswith("er") else [verb]
            if verb == "faire flamber":
                said = [verb, "faites flamber", "on fait flamber", "on va faire flamber"]
            forms += [f"{s} {o}".strip() for s in said for o in objects]
    return forms


# session 14: euphemisms of killing and purging said of the group: a place emptied of it (« nettoyer la France de ses
# X », the rule's ``through``), the gerund of the same as a service (« rendre service au monde en vidant … »), a
# cleaning among the group (« faire le ménage parmi les X »), suffering cut short (« abréger les souffrances des X »),
# a care made final (« s'occuper des X définitivement », ``needs_after``)
PURGES_FR = ("nettoyer", "vider", "purger", "débarrasser", "libérer", "laver", "épurer", "balayer", "désinfecter")
SWEEPS_FR = (
    "faire le ménage",
    "faire un grand ménage",
    "faire le grand ménage",
    "faire un grand nettoyage",
    "faire le grand nettoyage",
    "faire le nettoyage",
    "un bon coup de balai",
    "un grand coup de balai",
    "un coup de balai",
    "le grand nettoyage",
    "le grand ménage",
)
CUT_SHORT_FR = (
    "abréger les souffrances",
    "abrégez les souffrances",
    "on abrège les souffrances",
    "mettre fin aux souffrances",
)


def purges() -> list[str]:
    """« nettoyer », « nettoyez », « nettoyons », « on nettoie »: the calls that purge a place of the group."""
    forms: list[str] = []
    for verb in PURGES_FR:
        stem = verb[:-2]
        present = f"{stem[:-1]}ie" if stem.endswith("y") else f"{stem}e"
        forms += [verb, f"{stem}ez", f"{stem}ons", f"on {present}", f"on va {verb}"]
    return forms


# session 14: veiled threats addressed to the group (« les X, on sait où vous habitez », « … vous êtes prévenus »),
# said as advice (« les X feraient bien de raser les murs ») or as safety denied from now on; left out: the care of a
# friend (« les filles, faites gaffe en rentrant »)
ADDRESSED_FR = (
    "on sait où vous habitez",
    "on sait où vous dormez",
    "on sait où vous priez",
    "on sait où vous vivez",
    "on sait où vous crèchez",
    "on connaît vos adresses",
    "on a vos adresses",
    "vous allez voir ce qui va vous arriver",
    "vous allez voir ce qui vous attend",
    "vous allez voir ce que vous allez voir",
    "surveillez vos arrières",
    "dernier avertissement",
    "profitez-en tant que vous pouvez",
    "profitez-en tant que ça dure",
)
ADVISED_FR = (
    "feraient bien de raser les murs",
    "feraient mieux de raser les murs",
    "devraient raser les murs",
    "ont intérêt à raser les murs",
    "vont devoir raser les murs",
    "feraient bien de se méfier",
    "feraient mieux de se méfier",
    "ont intérêt à se méfier",
    "ont intérêt à se tenir à carreau",
    "feraient bien de se tenir à carreau",
    "feraient bien de surveiller leurs arrières",
    "ont intérêt à surveiller leurs arrières",
    "ne se sentiront plus en sécurité",
    "ne se sentiront plus jamais en sécurité",
    "ne dormiront plus tranquilles",
    "vont voir ce qui va leur arriver",
    "vont voir ce qui les attend",
)


def broken_parts() -> list[str]:
    """The verbs of breaking, by their present, future, conditional and infinitive (after « vais », « va »), by the
    parts of the body: « pète les dents », « briserai les jambes », « casser la mâchoire »."""
    forms: list[str] = []
    for verb in BREAKERS:
        present = finite_forms(verb, "singular")[:1] if verb != "refaire" else ("refait", "refais")
        tenses = [*present, verb, f"{verb}ai", f"{verb}ais"] if verb != "refaire" else [*present, verb, "referai"]
        parts = BODY if verb != "refaire" else ("le portrait",)  # « je lui refais le nez »: a surgeon's words
        forms += [f"{t} {part}" for t in tenses for part in parts if (verb, part) not in SAID_ELSE]
    return forms


# round 10: the genocide regretted unfinished, by its regrets and its names for the deed
UNFINISHED = (
    "dommage qu'on n'ait pas fini",
    "dommage qu'il n'ait pas fini",
    "dommage qu'ils n'aient pas fini",
    "dommage qu'hitler n'ait pas fini",
    "dommage qu'on ait pas fini",
    "dommage qu'il ait pas fini",
    "hitler n'a pas fini",
    "hitler a pas fini",
    "hitler n'avait pas fini",
    "hitler aurait dû finir",
    "on aurait dû finir",
    "il aurait fallu finir",
    "aurait dû finir",
    "fallait finir",
)
DEEDS = ("le travail", "le boulot", "le job", "ce qu'il avait commencé", "son travail", "son boulot")
DEED_WITH = ("", " avec les", " avec", " sur les", " pour les")
# round 10: persecution remembered with approval, by the imperfects of persecution
PERSECUTED = (
    "enfermait",
    "pendait",
    "brûlait",
    "gazait",
    "déportait",
    "internait",
    "castrait",
    "parquait",
    "tondait",
    "fouettait",
    "enchaînait",
    "lynchait",
    "chassait",
    "tabassait",
    "stérilisait",
    "noyait",
    "exterminait",
    "fusillait",
    "battait",
    "mettait dans des camps",
    "mettait au pas",
    "renvoyait chez eux",
    "enfermait dans des asiles",
    "électrocutait",
    "lobotomisait",
    "faisait taire",
    "soignait à l'électricité",
)
WHEN_APPROVED = (
    "c'était mieux quand on les",
    "c'était mieux avant quand on les",
    "c'était le bon temps quand on les",
    "c'était la belle époque quand on les",
    "le bon temps où on les",
    "la belle époque où on les",
    "vivement l'époque où on les",
    "je regrette l'époque où on les",
    "on regrette l'époque où on les",
    "vivement le temps où on les",
)
THEN = ("avant", "autrefois", "à l'époque", "dans le temps", "jadis")
APPROVED = (
    "c'était bien",
    "c'était très bien",
    "c'était mieux",
    "c'était le bon temps",
    "c'était parfait",
    "ça marchait",
)
# round 10: a swarm simile, the collective heads by the pests (not « fourmis »: « travaillent comme des fourmis »)
LIKE = ("comme", "tels", "telles", "pareils à", "pareilles à", "tel", "telle")
SWARMS = (
    "une nuée de",
    "une horde de",
    "un troupeau de",
    "une invasion de",
    "une meute de",
    "une armée de",
    "un essaim de",
    "une colonie de",
    "une vague de",
    "une marée de",
)
PESTS = (
    "criquets",
    "sauterelles",
    "rats",
    "cafards",
    "punaises",
    "poux",
    "termites",
    "vermine",
    "parasites",
    "mouches",
    "moustiques",
    "chiens errants",
    "hyènes",
    "vautours",
    "sangsues",
    "limaces",
    "microbes",
    "tiques",
    "puces",
    "bêtes",
    "animaux",
    "singes",
    "porcs",
    "cochons",
    "zombies",
    "barbares",
    "sauvages",
)
BARE_PESTS = (
    "criquets",
    "punaises",
    "poux",
    "termites",
    "moustiques",
    "chiens errants",
    "limaces",
    "microbes",
    "tiques",
    "puces",
    "zombies",
    "barbares",
)

# « les X n'ont qu'à … »: what the group is told to go and do, a death (an error) or a dismissal (a warning)
ONLY_HAVE_TO = ("n'ont qu'à", "ont qu'à", "n'avaient qu'à", "avaient qu'à", "n'ont plus qu'à")
DEATHS = ("crever", "mourir", "se pendre", "se noyer", "aller crever", "aller mourir", "crever la bouche ouverte")
DISMISSALS = (
    "rentrer chez eux",
    "rentrer chez elles",
    "retourner chez eux",
    "retourner chez elles",
    "retourner dans leur pays",
    "rentrer dans leur pays",
    "retourner au bled",
    "rentrer au bled",
    "retourner dans leur brousse",
    "retourner dans leur désert",
    "retourner dans leur grotte",
    "retourner dans leurs grottes",
    "retourner dans leur jungle",
    "retourner dans leur placard",
    "retourner d'où ils viennent",
    "retourner d'où elles viennent",
    "repartir d'où ils viennent",
    "dégager",
    "se barrer",
    "se casser",
    "aller voir ailleurs",
    "se taire",
    "fermer leur gueule",
    "rester à la cuisine",
    "rester à la maison",
    "rester chez eux",
    "rester chez elles",
    "rester à leur place",
)
# a weapon or a death given to the group, the group after: « une balle pour chaque migrant », « la corde pour les X »
# (not « une balle » alone: « une balle pour chaque enfant » is a ball)
GIVEN = (
    "une balle dans la tête",
    "une balle dans le crâne",
    "la corde",
    "le bûcher",
    "le four",
    "les fours",
    "la chambre à gaz",
    "le peloton",
)
GIVEN_TO = ("pour", "pour chaque", "pour tous les", "pour toutes les", "à chaque")
# the group's skin had, the group after: « on aura bientôt la peau de tous ces X »
SKINS = ("aura", "aurons", "aurai", "auront", "avoir", "va avoir", "vais avoir", "allons avoir")
SKIN_WHEN = ("", " bientôt", " un jour", " enfin")
# « les X, direction le bûcher »: a place of death or of expulsion after « direction », the group before
DIRECTIONS = (
    "le bûcher",
    "les camps",
    "le camp",
    "le four",
    "les fours",
    "la chambre à gaz",
    "le charter",
    "les charters",
    "la fosse",
    "le cimetière",
    "la potence",
    "le goulag",
    "la sortie à coups de pied",
)

# the group refused by preferring death, the group after: « je préfère crever que d'avoir un voisin arabe »
RATHER = ("je préfère", "je préférerais", "plutôt", "j'aime mieux", "j'aimerais mieux")
DIE = ("crever", "mourir", "me tirer une balle", "me pendre")
THAN = (
    "que d'avoir",
    "qu'avoir",
    "que de vivre avec",
    "que de vivre à côté de",
    "que de travailler avec",
    "que d'embaucher",
    "que de louer à",
    "que d'épouser",
    "que de serrer la main à",
    "que de me faire soigner par",
    "que de voter pour",
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


def only_have_to(acts: tuple[str, ...]) -> list[str]:
    """« n'ont qu'à crever », « ont qu'à retourner dans leur pays »…"""
    return [f"{head} {act}" for head in ONLY_HAVE_TO for act in acts]


def given() -> list[str]:
    """« une balle pour chaque », « la corde pour tous les »…"""
    return [f"{weapon} {to}" for weapon in GIVEN for to in GIVEN_TO]


def skins() -> list[str]:
    """« aura la peau de », « aurons bientôt la peau des »…"""
    return [f"{verb}{when} la peau {of}" for verb in SKINS for when in SKIN_WHEN for of in ("de", "des", "d'")]


def wished_back(verbs: tuple[str, ...] = KEEP) -> list[str]:
    """« les remettre dans les camps », « les laisser enchaînés »… (the clitic stands for the group)"""
    return [f"les {verb} {place}" for verb in verbs for place in PERSECUTIONS]


# round 10b: the place of persecution assigned to the group through « leur place » (« les X, leur place est dans les
# camps », « les X, les fours c'était leur place »); prison and the zoo too here, where « leur » stands for the group
PLACE_COPULAS = ("est", "c'est", "était", "c'était", "serait", "sera", "reste")
PLACES_TOO = ("en prison", "au zoo", "au fond de la mer")
PLACE_NOUNS = (
    "les camps",
    "le camp",
    "les fours",
    "le four",
    "la prison",
    "le ghetto",
    "les ghettos",
    "les wagons",
    "les chambres à gaz",
    "la chambre à gaz",
    "le zoo",
    "la cage",
    "les cages",
    "les champs de coton",
    "le fond de la mer",
)


def assigned_places() -> list[str]:
    """« leur place est dans les camps », « les fours c'était leur place »… (« leur » stands for the group)"""
    out = [f"leur place {cop} {place}" for cop in PLACE_COPULAS for place in PERSECUTIONS + PLACES_TOO]
    return out + [f"{noun} {cop} leur place" for noun in PLACE_NOUNS for cop in PLACE_COPULAS]


def asked_refusals() -> list[str]:
    """« qui a envie d'avoir », « qui accepterait d'épouser », « peut-on vraiment faire confiance à »…"""
    out = []
    for want in WHO_WANTS:
        for act in WANTED_ACTS:
            if want in PRESENT_ASKERS and act in OFFERS:
                continue
            if want.endswith(" de") and act[0] in "aeéiouh":
                out.append(f"{want[:-3]} d'{act}")
            else:
                out.append(f"{want} {act}")
    return out + list(TRUST_ASKED)


def dreamt_without() -> list[str]:
    """« je rêve d'une france sans », « vivement un pays débarrassé des »…"""
    out = []
    for dream in DREAMS:
        for place in DREAMT_PLACES:
            head = f"{dream}{place}" if dream.endswith("'") else f"{dream} {place}"
            out += [f"{head} {without}" for without in WITHOUT]
    return out


def unfinished() -> list[str]:
    """« dommage qu'on n'ait pas fini le travail », « hitler aurait dû finir le boulot avec les »…"""
    return [f"{regret} {deed}{tail}" for regret in UNFINISHED for deed in DEEDS for tail in DEED_WITH]


def swarms() -> list[str]:
    """« comme une nuée de criquets », « telles une horde de rats », « comme des poux »…"""
    out = [f"{like} {swarm} {pest}" for like in LIKE for swarm in SWARMS for pest in PESTS]
    return out + [f"{like} des {pest}" for like in LIKE for pest in BARE_PESTS]


def remembered() -> list[str]:
    """« c'était mieux quand on les enfermait », « avant on les pendait et c'était très bien »…"""
    out = [f"{head} {act}" for head in WHEN_APPROVED for act in PERSECUTED]
    for then in THEN:
        for act in PERSECUTED:
            out += [f"{then} on les {act} et {ok}" for ok in APPROVED]
            out += [f"{then} on les {act}, {ok}" for ok in APPROVED]
    return out


def rather_die() -> list[str]:
    """« je préfère crever que d'avoir », « plutôt mourir que de vivre avec »…"""
    return [f"{rather} {die} {than}" for rather in RATHER for die in DIE for than in THAN]


def render() -> str:
    """The YAML file: one entry per frame."""
    lines = [HEADER.rstrip("\n"), "terms:"]
    lines.append("  # la violence méritée, dite par une subordonnée")
    lines.append(_entry(deserved()))
    lines.append("  # la mort prédite par son lieu")
    lines.append(_entry(foretold()))
    lines.append("  # « les X n'ont qu'à crever » ; « n'ont qu'à rentrer chez eux » en avertissement")
    lines.append(_entry(only_have_to(DEATHS)))
    lines.append(_entry(only_have_to(DISMISSALS), "sureness: 1"))
    lines.append("  # une arme ou une mort donnée au groupe, qui vient après : « une balle pour chaque X »")
    lines.append(_entry(given(), "target: after"))
    lines.append("  # « on aura bientôt la peau de tous ces X » : le groupe après")
    lines.append(_entry(skins(), "target: after"))
    lines.append("  # le refus du groupe par la mort préférée : « je préfère crever que d'avoir un voisin X »")
    lines.append(_entry(rather_die(), "target: after, sureness: 1"))
    lines.append("  # round 10 : la persécution souhaitée après un modal : « on aurait dû les garder dans les camps »")
    lines.append(_entry(wished_back(), "target: any, requires: modal"))
    lines.append(
        "  # round 10b : garder le groupe là, souhait ou regret, pas un futur (« on va les garder dans les camps »)"
    )
    lines.append(_entry(wished_back(HELD), "target: any, requires: held_modals"))
    lines.append(
        "  # round 10b : un lieu de persécution assigné par « leur place » : « les X, leur place est dans les camps »"
    )
    lines.append(_entry(assigned_places(), "target: any"))
    lines.append(
        "  # round 10 : le groupe refusé par une question en tête : « qui a envie d'avoir un X comme voisin ? »"
    )
    lines.append(_entry(asked_refusals(), "target: after, requires: sent_off, sureness: 1"))
    lines.append("  # round 10 : un lieu rêvé sans le groupe, qui finit la phrase : « je rêve d'une Europe sans X »")
    lines.append(_entry(dreamt_without(), "target: after, final: true, sureness: 1"))
    lines.append(
        "  # round 10 : les coups seuls, un modal à portée (« les femmes qui répondent méritent des claques »)"
    )
    lines.append(_entry(list(BLOWS), "requires: modal"))
    lines.append(
        "  # round 10 : le génocide regretté inachevé : « dommage qu'on n'ait pas fini le travail avec les X »"
    )
    lines.append(_entry(unfinished(), "target: any, negated: true"))
    lines.append("  # round 10 : la persécution rappelée avec approbation : « c'était mieux quand on les enfermait »")
    lines.append(_entry(remembered(), "target: any"))
    lines.append(
        "  # round 10 : une nuée comparée au groupe, après son verbe : « les X arrivent comme une nuée de criquets »"
    )
    lines.append(_entry(swarms(), "free: 2, complaint: complaints"))
    lines.append("  # « les X, direction le bûcher »")
    lines.append(_entry([f"direction {place}" for place in DIRECTIONS]))
    lines.append(
        "  # session 13 : le sort d'un membre sujet de sa phrase : « le prochain X qui … se fera tabasser »,"
        " « si un X …, il finira à l'hôpital »"
    )
    lines.append(_entry(member_fates(), "members: true, fate: true"))
    lines.append("  # session 13 : une partie du corps brisée, au membre avant : « si un X …, je lui pète les dents »")
    lines.append(_entry(broken_parts(), "members: true"))
    lines.append(
        "  # session 14 : un coup après le verbe d'un membre qui le reçoit, arme, préposition et partie lues dans le"
        " fichier des mots (blow) : « le prochain X qui … se prend un coup de batte dans la tête »"
    )
    lines.append(_entry(list(MEMBER_RECEIVERS), "members: true, fate: true, blow: true"))
    lines.append(
        "  # session 14 : le même, dit d'un groupe ou d'un membre nommé, mérité ou prédit : « les X méritent mon poing"
        " dans la gueule »"
    )
    lines.append(_entry(list(GROUP_RECEIVERS), "blow: true, free: 5"))
    lines.append(
        "  # session 14 : un lieu du groupe fermé ou brûlé avec ses gens dedans, un appel à portée (occupied) :"
        " « fermer les portes de la mosquée et y foutre le feu »"
    )
    lines.append(_entry(sealed_places(), "target: after, requires: calls, occupied: true"))
    lines.append(
        "  # session 14 : un lieu vidé du groupe, un appel à portée (through) : « nettoyer la France de ses X »"
    )
    lines.append(_entry(purges(), "target: after, requires: calls, through: genitives"))
    lines.append(
        "  # session 14 : le même au gérondif, un service rendu : « rendre service au monde en vidant le pays de"
        " ses X »"
    )
    lines.append(_entry([f"en {verb[:-2]}ant" for verb in PURGES_FR], "target: after, through: genitives"))
    lines.append("  # session 14 : un ménage parmi le groupe : « faire le ménage parmi les X »")
    lines.append(
        _entry([f"{s} {p}" for s in SWEEPS_FR for p in ("parmi", "chez", "dans")], "target: after, sureness: 2")
    )
    lines.append("  # session 14 : des souffrances abrégées : « abréger les souffrances des X »")
    lines.append(
        _entry(
            [f"{c} {g}" for c in CUT_SHORT_FR for g in ("des", "de", "d'", "de ces", "de tous ces")], "target: after"
        )
    )
    lines.append("  # session 14 : un soin rendu définitif : « s'occuper des X définitivement »")
    lines.append(
        _entry(
            ["s'occuper des", "s'occuper de", "s'occuper d'", "occupons-nous des", "on va s'occuper des"],
            "target: after, needs_after: permanence",
        )
    )
    lines.append(
        "  # session 14 : une menace voilée adressée au groupe nommé avant : « les X, on sait où vous habitez »"
    )
    # (session 35, K) these name no violence: risk.hate's "menace" message says why they still intimidate
    lines.append(_entry(list(ADDRESSED_FR), "target: before, free: 3, key: menace"))
    lines.append("  # session 14 : une menace voilée en conseil : « les X feraient bien de raser les murs »")
    lines.append(_entry(list(ADVISED_FR), "target: before, key: menace"))
    lines.append("  # session 14 : le même, le groupe après : « dernier avertissement aux X »")
    lines.append(
        _entry(
            ["dernier avertissement aux", "dernier avertissement à", "dernier avertissement pour les"],
            "target: after, key: menace",
        )
    )
    return "\n".join(lines) + "\n"


def _entry(forms: list[str], extra: str = "") -> str:
    unique = list(dict.fromkeys(forms))
    quoted = ", ".join(_quote(f) for f in unique[1:])
    tail = f", {extra}" if extra else ""
    return f"  - {{term: {_quote(unique[0])}, forms: [{quoted}]{tail}}}"


def _quote(text: str) -> str:
    return '"' + text.replace('"', '\\"') + '"'


def main() -> int:
    """Print the list."""
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

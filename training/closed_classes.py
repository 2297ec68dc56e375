"""Write risk.hate's closed classes of round 19 (session 16, V), English and French: the tropes of control and
conspiracy, rights and worth denied, criminality and vice as the group's habit, and not belonging, each class a
product of a few closed word lists (verbs with every inflection, what a conspiracy claims is held, the rights, the
vices, the nationalities) rather than the sentences someone thought of.

``python -m training.closed_classes en > rules/risk/terms/en/hate-closed.yml`` and
``python -m training.closed_classes fr > rules/risk/terms/fr/hate-closed.yml`` write the files again.

Why: the hand lists held the phrases their authors foresaw ("pull the strings", "are behind every", « contrôlent les
médias ») in one inflection or with one determiner; a draft with another ("the jews *pulling* the strings", "own
*every single* bank", "are behind *the wars*", « *ont pris le contrôle de* nos mairies ») passed. Here every verb
comes with its forms and every held thing with its determiners:

- *control* (the group before): a verb of power in every form (control, run, own, rule, fund, finance, dominate, buy,
  take over, pull the strings; base, -s, past, -ing, "have" + participle) x what a conspiracy claims is held, with
  "the", "all the", "every", "every single", "our"... ("X own every single bank", "X have bought our politicians");
  "are behind" x wars, attacks and crises ("X are behind every war", "X were behind 9/11"); the passive with the
  group after ("the media is controlled by X", "every war was started by X"); replacement in every form ("X are
  replacing us", "X will outbreed us"); not services or trades ("X run the corner shop"), never a bare "run";
- *rights* (the group before): a denying modal (shouldn't, should never, must not, should be banned from ...) x the
  rights and roles of a citizen ("vote", "hold public office", "teach", "adopt", "have kids", "have the same rights as
  us"); never "can't" or "have no right to", which state a plight as often ("disabled people can't vote where the
  booths are upstairs"); worth denied ("X serve no purpose", « ne servent plus à rien »);
- *criminality* (the group before): a vice in every form but the past, which reads as a passive too ("refugees were
  robbed"): "steal", "scam", "rob", "pickpocket", "deal drugs", "live off benefits", "end up in prison", "are all on
  welfare"; « volent », « arnaquent », « dealent », « vivent des allocs », « refusent de bosser », « font les poches »
  in the present, imperfect, future and conditional (app.text.conjugation_fr), never the infinitive or the
  participle (« se font voler », « ont été volés »: what the group undergoes); the innocent uses in the file's
  ``allow`` ("steal the show", « voler la vedette »);
- *belonging* (the group before): never being real nationals ("X will never be real Americans", « ne seront jamais
  de vrais Français »), not being one of us, not belonging, staying foreigners (« resteront toujours des étrangers »).

Every entry is a warning (sureness 1) unless it says otherwise; an entry whose form carries its own negation is
``negated``. Written for the file once, not at run time: the rules stay data.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from app.text.conjugation_fr import finite_forms, other_forms
from app.text.inflection_en import verb_forms
from training.act_forms import closed_syllable
from training.threat_forms import _flow


def _words(text: str) -> list[str]:
    return text.split()


def _unique(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(f.strip() for f in forms if f.strip()))


# ---------------------------------------------------------------- English: control and conspiracy
# (lemma, past forms written when irregular, the particle or object that follows the verb)
EN_POWER = [
    ("control", ["controlled"], ""),
    ("run", ["ran", "run"], ""),
    ("own", [], ""),
    ("rule", [], ""),
    ("dominate", [], ""),
    ("fund", [], ""),
    ("infiltrate", [], ""),
    ("buy", ["bought"], ""),
    ("buy", ["bought"], "up"),
    ("take", ["took", "taken"], "over"),
    ("pull", [], "the strings of"),
    ("pull", [], "the strings behind"),
]
# a count noun a conspiracy claims is held: singular, plural
EN_HELD_NOUNS = [
    ("bank", "banks"),
    ("newspaper", "newspapers"),
    ("tv channel", "tv channels"),
    ("government", "governments"),
    ("politician", "politicians"),
    ("election", "elections"),
    ("council", "councils"),
    ("corporation", "corporations"),
]
EN_ONE = ["every", "every single"]
EN_ALL = ["the", "all the", "all of the", "our"]
EN_HELD_MASS = [
    "hollywood",
    "the media",
    "all the media",
    "the mainstream media",
    "the press",
    "the news",
    "the money",
    "all the money",
    "the financial system",
    "global finance",
    "wall street",
    "the fed",
    "the economy",
    "the world",
    "the whole world",
    "the government",
    "our government",
    "the deep state",
    "the system",
    "the un",
    "the eu",
    "big tech",
    "big pharma",
    "the music industry",
    "the film industry",
    "the porn industry",
    "congress",
    "the white house",
    "this country",
    "our country",
    "our land",
    "our farmland",
    "our ports",
    "our cities",
    "europe",
    "america",
    "britain",
    "everything",
    "it all",
    "the elites",
]
EN_WARS = [
    "every war",
    "every single war",
    "all the wars",
    "all wars",
    "the wars",
    "every attack",
    "every terror attack",
    "all the attacks",
    "the attacks",
    "every riot",
    "the riots",
    "every crisis",
    "the crisis",
    "the financial crisis",
    "the crash",
    "9/11",
    "the pandemic",
    "covid",
    "the virus",
    "communism",
    "the slave trade",
    "mass immigration",
    "the migrant crisis",
    "the invasion",
    "every revolution",
    "all of this",
    "all this",
    "it all",
    "everything",
]
EN_BEHIND = ["are behind", "were behind", "is behind", "was behind", "have been behind", "are the ones behind"]
EN_BEHIND_HELD = [
    "the banks",
    "every bank",
    "the media",
    "the news",
    "the newspapers",
    "hollywood",
    "the money",
    "the government",
    "the governments",
    "every government",
]
EN_PASSIVE = ["controlled", "run", "owned", "ruled", "funded", "financed", "dominated", "bankrolled", "bought"]
EN_PASSIVE_HELD = [
    "the media",
    "the press",
    "the news",
    "hollywood",
    "the banks",
    "every bank",
    "the government",
    "the world",
    "the money",
    "wall street",
    "the fed",
    "big tech",
    "the music industry",
    "the film industry",
    "the system",
    "our government",
    "our politicians",
    "the politicians",
    "the newspapers",
    "the tv",
    "the un",
    "the eu",
]
EN_STARTED = [
    "every war",
    "all wars",
    "all the wars",
    "the wars",
    "every single war",
    "wars",
    "both world wars",
    "the war",
    "every crisis",
    "the crash",
    "the pandemic",
    "covid",
]
EN_REPLACE = [
    "replace us",
    "replacing us",
    "replaced us",
    "replace white people",
    "replacing white people",
    "replace the white race",
    "replacing the white race",
    "replace native",
    "replacing native",
    "replace our people",
    "replacing our people",
    "outbreed us",
    "outbreeding us",
    "out-breed us",
    "outnumber us",
    "outnumbering us",
    "are here to replace us",
    "being brought in to replace us",
    "brought in to replace us",
    "imported to replace us",
    "the great replacement",
    "tools of the great replacement",
    "weapon of the great replacement",
    "part of the great replacement",
    "great replacement",
    "puppet masters",
    "the puppet masters",
    "puppeteers",
    "the puppeteers",
    "pull the strings",
    "pulls the strings",
    "pulling the strings",
    "pulled the strings",
    "pull all the strings",
    "pulling all the strings",
    "control the puppets",
    "are the puppet masters",
]


def _en_power_forms() -> list[str]:
    forms: list[str] = []
    for lemma, pasts, tail in EN_POWER:
        base, third, *middle, ing = verb_forms(lemma, pasts) if pasts else verb_forms(lemma)
        participle = middle[-1]
        verbs = [base, third, *middle, ing, f"have {participle}"]
        forms += [f"{v} {tail}".strip() for v in verbs]
    return _unique(forms)


def en_control() -> list[tuple[str, list[str], str]]:
    held = [f"{d} {one}" for d in EN_ONE for one, _ in EN_HELD_NOUNS]
    held += [f"{d} {many}" for d in EN_ALL for _, many in EN_HELD_NOUNS] + EN_HELD_MASS
    power = [f"{v} {h}" for v in _en_power_forms() for h in held]
    behind = [f"{b} {w}" for b in EN_BEHIND for w in EN_WARS + EN_BEHIND_HELD]
    passive = [f"{h} {c} {p} by" for h in EN_PASSIVE_HELD for c in ("is", "are", "was", "were", "") for p in EN_PASSIVE]
    passive += [
        f"{h} {c} {p} by"
        for h in EN_STARTED
        for c in ("is", "are", "was", "were", "")
        for p in ("started", "caused", "funded", "planned")
    ]
    return [
        ('# a verb of power in every form x what a conspiracy claims is held: "X own every single bank"', power, ""),
        (
            '# wars, attacks and crises laid at the group\'s door: "X are behind every war", "X were behind 9/11"',
            behind,
            "",
        ),
        (
            '# the passive, the group after: "the media is controlled by X", "every war was started by X"',
            [p.replace("  ", " ") for p in passive],
            ", target: after",
        ),
        (
            '# replacement and its puppet masters in every form: "X are replacing us", "X pulling the strings"',
            EN_REPLACE,
            "",
        ),
    ]


# ---------------------------------------------------------------- English: rights and worth
EN_DENYING = [
    "shouldn't",
    "should not",
    "should never",
    "shouldn't ever",
    "should not ever",
    "should no longer",
    "must not",
    "mustn't",
    "must never",
    "shouldnt",
    "should never ever",
    "shouldn't be allowed to",
    "should not be allowed to",
    "should never be allowed to",
    "must never be allowed to",
    "must not be allowed to",
    "shouldnt be allowed to",
    "should no longer be allowed to",
    "shouldn't be able to",
    "should not be able to",
    "should never be able to",
    "shouldn't get to",
    "should not get to",
    "should never get to",
    "don't deserve to",
    "do not deserve to",
    "dont deserve to",
    "should lose the right to",
    "should lose their right to",
    "should be stripped of the right to",
    "have no business trying to",
]
EN_BANNED = [
    "should be banned from",
    "should be barred from",
    "should be forbidden from",
    "should be kept from",
    "need to be banned from",
    "must be banned from",
    "should all be banned from",
    "ought to be banned from",
]
# (base, gerund): the rights and roles of a citizen
EN_RIGHTS = [
    ("vote", "voting"),
    ("hold office", "holding office"),
    ("hold public office", "holding public office"),
    ("run for office", "running for office"),
    ("be elected", "being elected"),
    ("sit in parliament", "sitting in parliament"),
    ("be in government", "being in government"),
    ("be mps", "being mps"),
    ("be politicians", "being politicians"),
    ("teach", "teaching"),
    ("teach our kids", "teaching our kids"),
    ("teach our children", "teaching our children"),
    ("work with children", "working with children"),
    ("work with kids", "working with kids"),
    ("adopt", "adopting"),
    ("have kids", "having kids"),
    ("have children", "having children"),
    ("have babies", "having babies"),
    ("raise kids", "raising kids"),
    ("raise children", "raising children"),
    ("marry", "marrying"),
    ("get married", "getting married"),
    ("serve in the army", "serving in the army"),
    ("serve in the military", "serving in the military"),
    ("join the army", "joining the army"),
    ("be cops", "being cops"),
    ("be police officers", "being police officers"),
    ("be doctors", "being doctors"),
    ("be teachers", "being teachers"),
    ("be judges", "being judges"),
    ("own property", "owning property"),
    ("own land", "owning land"),
    ("own homes", "owning homes"),
    ("buy houses", "buying houses"),
    ("become citizens", "becoming citizens"),
    ("be citizens", "being citizens"),
    ("get citizenship", "getting citizenship"),
    ("have rights", "having rights"),
    ("have any rights", "having any rights"),
    ("have equal rights", "having equal rights"),
    ("have the same rights", "having the same rights"),
    ("have the same rights as us", "having the same rights as us"),
    ("have a say", "having a say"),
    ("have a voice", "having a voice"),
    ("be in charge", "being in charge"),
    ("lead", "leading"),
    ("be leaders", "being leaders"),
    ("be bosses", "being bosses"),
    ("live among us", "living among us"),
    ("exist", "existing"),
    ("breed", "breeding"),
    ("reproduce", "reproducing"),
    ("go to university", "going to university"),
    ("study", "studying"),
    ("play sports", "playing sports"),
    ("speak in public", "speaking in public"),
    ("be seen in public", "being seen in public"),
    ("be around children", "being around children"),
    ("be around kids", "being around kids"),
]
EN_WORTHLESS = [
    "serve no purpose",
    "serves no purpose",
    "serve no real purpose",
    "serve no useful purpose",
    "serve no function",
    "have no purpose",
    "have no use",
    "have no value",
    "have no worth",
    "are of no use",
    "are no use to anyone",
    "are of no use to anyone",
    "are no use to society",
    "are of no value",
    "contribute nothing",
    "contribute nothing at all",
    "add nothing",
    "add nothing to society",
    "bring nothing",
    "bring nothing to society",
    "offer nothing",
    "give nothing back",
    "produce nothing",
    "are good for nothing",
    "are useless to society",
    "are dead weight",
    "are deadweight",
    "are a dead weight",
    "are useless eaters",
    "useless eaters",
    "are a waste of oxygen",
    "are a waste of space",
    "are a waste of air",
    "are a waste of skin",
    "are a waste of resources",
    "are a waste of money",
    "are a waste of taxpayer money",
    "are a drain on society",
    "are a burden on society",
    "serve no purpose in society",
    "have no place in society",
    "have no place in a civilised society",
]


# (G, session 51) the rights of a citizen named as nouns, which a group is to lose or be stripped of ("X should lose
# voting rights", "strip citizenship from every X", "take the vote off X"); the bare noun, and with "their"
EN_RIGHT_NOUNS = [
    "the vote",
    "votes",
    "voting rights",
    "the right to vote",
    "citizenship",
    "passports",
    "adoption rights",
    "parental rights",
    "marriage rights",
    "civil rights",
    "equal rights",
    "residency",
    "residency rights",
    "right to vote",
    "right to adopt",
    "right to marry",
    "rights",
    "all rights",
]
# ... lost: the group before ("X should lose their citizenship", "X should be stripped of voting rights")
EN_LOSING = [
    "should lose",
    "should all lose",
    "must lose",
    "need to lose",
    "needs to lose",
    "deserve to lose",
    "should be stripped of",
    "should all be stripped of",
    "must be stripped of",
    "need to be stripped of",
    "should have to give up",
]
# ... taken away by a command or a call: the group after ("strip citizenship from every X", "revoke the
# citizenship of X")
EN_STRIPPING = [
    "strip {} from",
    "revoke {} from",
    "revoke {} for",
    "take {} off",
    "take {} away from",
    "take away {} from",
    "remove {} from",
    "deny {} to",
    "revoke the {} of",
    "cancel the {} of",
]


def _right_nouns(possessive: bool) -> list[str]:
    """The rights as nouns, bare, with "their" when ``possessive``; "the vote" keeps its article."""
    bare = [n for n in EN_RIGHT_NOUNS if not n.startswith(("right to", "votes"))]
    if not possessive:
        return bare
    owned = [f"their {n.removeprefix('the ')}" for n in EN_RIGHT_NOUNS if n not in ("rights", "all rights")]
    return [*bare, *owned, "their rights", "all their rights"]


def _article_twice(frame: str, noun: str) -> bool:
    """Whether a frame with its own article ("revoke the {} of") meets a noun with one or a quantifier."""
    return "the {}" in frame and noun.startswith(("the ", "all "))


def en_rights() -> list[tuple[str, list[str], str]]:
    denied = [f"{d} {base}" for d in EN_DENYING for base, _ in EN_RIGHTS]
    denied += [f"{b} {ing}" for b in EN_BANNED for _, ing in EN_RIGHTS]
    lost = [f"{d} {n}" for d in EN_LOSING for n in _right_nouns(True)]
    stripped = [f.format(n) for f in EN_STRIPPING for n in _right_nouns(False) if not _article_twice(f, n)]
    return [
        (
            '# a right or a role of a citizen denied by a modal: "X shouldn\'t hold public office"',
            _unique(denied),
            ", negated: true",
        ),
        ('# the group\'s worth denied: "X serve no purpose", "X contribute nothing"', EN_WORTHLESS, ", negated: true"),
        (
            '# (G, session 51) a right named as a noun, lost: "X should lose voting rights"',
            _unique(lost),
            ", negated: true",
        ),
        (
            '# (G, session 51) a right named as a noun, taken away: "strip citizenship from every X"',
            _unique(stripped),
            ", target: after, negated: true, requires: calls",
        ),
    ]


# ---------------------------------------------------------------- English: criminality and vice
# a vice as a verb: every form but the past (a passive too: "refugees were robbed"), the object it needs
EN_VICES = [
    ("steal", "anything"),
    ("steal", "everything"),
    ("steal", "from us"),
    ("steal", "from"),
    ("steal", "our"),
    ("steal", "whatever"),
    ("steal", "all"),
    ("steal", "cars"),
    ("steal", "bikes"),
    ("steal", "phones"),
    ("rob", "us"),
    ("rob", "people"),
    ("rob", "everyone"),
    ("rob", "old"),
    ("rob", "tourists"),
    ("rob", ""),
    ("scam", "people"),
    ("scam", "us"),
    ("scam", "old"),
    ("scam", "everyone"),
    ("scam", "the"),
    ("scam", "tourists"),
    ("swindle", "people"),
    ("defraud", ""),
    ("pickpocket", ""),
    ("shoplift", ""),
    ("burgle", ""),
    ("mug", "people"),
    ("mug", "old"),
    ("stab", "people"),
    ("rape", "our women"),
    ("rape", "our girls"),
    ("rape", "our daughters"),
    ("groom", "girls"),
    ("groom", "young girls"),
    ("groom", "children"),
    ("groom", "kids"),
    ("deal", "drugs"),
    ("sell", "drugs"),
    ("push", "drugs"),
    ("smuggle", "drugs"),
    ("traffic", "drugs"),
    ("traffic", "women"),
    ("traffic", "girls"),
    ("sponge", "off"),
    ("leech", "off"),
    ("scrounge", "off"),
    ("mooch", "off"),
    ("milk", "the system"),
    ("game", "the system"),
    ("abuse", "the system"),
    ("cheat", "the system"),
    ("live", "off benefits"),
    ("live", "off welfare"),
    ("live", "off the state"),
    ("live", "off the taxpayer"),
    ("live", "off taxpayers"),
    ("live", "off handouts"),
    ("live", "off the dole"),
    ("live", "off our taxes"),
    ("live", "on benefits"),
    ("live", "on welfare"),
    ("live", "on handouts"),
    ("refuse", "to work"),
    ("join", "gangs"),
]
EN_END_UP = [
    "in prison",
    "in jail",
    "behind bars",
    "in gangs",
    "in a gang",
    "on benefits",
    "on welfare",
    "on the dole",
    "selling drugs",
    "dealing drugs",
    "pushing drugs",
    "stealing",
    "robbing people",
    "in crime",
    "as criminals",
    "as drug dealers",
    "as thieves",
]
EN_ON = [
    "on welfare",
    "on benefits",
    "on the dole",
    "on food stamps",
    "on handouts",
    "on the take",
    "on the fiddle",
    "on the rob",
]
EN_VICE_ALLOW = [
    "steal the show",
    "steals the show",
    "stealing the show",
    "steal the spotlight",
    "steals the spotlight",
    "stealing the spotlight",
    "steal the limelight",
    "steal the scene",
    "steals the scene",
    "steal hearts",
    "steal our hearts",
    "steals our hearts",
    "stealing our hearts",
    "steal my heart",
    "steal a glance",
    "steal a kiss",
    "steal glances",
    "steal the ball",
    "steal bases",
    "steal a base",
    "steal a march",
    "steal a win",
    "steal the win",
    "stealing the win",
    "steal the title",
    "rob us of",
    "robbing us of",
    "deal drugs to them",
    "sell drugs to them",
    "rob the bank in",
    "refuse to work on",
    "refuses to work on",
    "refusing to work on",
    "don't belong to",
    "do not belong to",
    "dont belong to",
]


def _vice_verbs(lemma: str) -> list[str]:
    """Base, third person and -ing form; (session 22, T) a verb of one syllable closed by one consonant after one
    vowel doubles it ("rob": "robbing", "mug": "mugging", "scam": "scamming"; the lists read "robing" before)."""
    doubled = [lemma + lemma[-1] + "ed"] if closed_syllable(lemma) else []
    base, third, *_, ing = verb_forms(lemma, doubled)
    return [base, third, ing]


def en_criminality() -> list[tuple[str, list[str], str]]:
    vices = [f"{v} {o}".strip() for lemma, o in EN_VICES for v in _vice_verbs(lemma)]
    vices += [f"{e} {w}" for e in ("end up", "ends up", "ending up", "all end up", "always end up") for w in EN_END_UP]
    vices += [f"{a} {w}" for a in ("are all", "all", "are always", "are mostly", "are") for w in EN_ON]
    return [
        (
            '# a vice or a crime as the group\'s habit, every form but the past: "X steal", "X end up dealing drugs"',
            _unique(vices),
            "",
        ),
    ]


# ---------------------------------------------------------------- English: not belonging
EN_NATIONALS = _words(
    """british english american french german canadian australian european irish scottish welsh italian spanish
americans brits britons germans canadians australians europeans citizens englishmen patriots"""
)
EN_REAL = ["real", "true", "proper", "truly", "really", "properly"]
EN_NEVER = [
    "will never be",
    "can never be",
    "won't ever be",
    "will never become",
    "aren't",
    "are not",
    "never be",
    "can't be",
]
EN_NOT_OURS = [
    "one of us",
    "part of us",
    "part of this country",
    "part of this nation",
    "part of our nation",
    "part of our country",
    "part of our community",
    "part of our society",
    "part of this town",
    "part of our culture",
    "part of our people",
    "our people",
    "our kind",
    "welcome here",
]


def en_belonging() -> list[tuple[str, list[str], str]]:
    never = [f"{n} {r} {w}" for n in EN_NEVER for r in EN_REAL for w in EN_NATIONALS]
    never += [f"{n} {w}" for n in EN_NEVER for w in EN_NOT_OURS]
    stay = [
        f"{s} {w} {p}"
        for s in ("will always be", "will forever be", "are just", "are only")
        for w in ("foreigners", "outsiders", "guests", "strangers", "aliens", "visitors", "invaders")
        for p in ("here", "to us", "in this country", "in our country", "among us")
    ]
    stay += [
        "don't belong here",
        "do not belong here",
        "dont belong here",
        "don't belong in this country",
        "don't belong in our country",
        "don't belong in europe",
        "don't belong in the west",
        "don't belong among us",
        "do not belong in this country",
        "do not belong in our country",
        "never belonged here",
        "will never belong here",
        "will never fit in",
        "can never fit in",
        "will never integrate",
        "can never integrate",
        "refuse to integrate",
        "won't integrate",
        "never integrate",
        "don't fit in here",
    ]
    return [
        (
            '# never real nationals, never one of us: "X will never be real Americans", "X aren\'t one of us"',
            never,
            ", negated: true",
        ),
        (
            '# staying foreigners, never belonging: "X will always be foreigners", "X don\'t belong here"',
            stay,
            ", negated: true",
        ),
    ]


# ---------------------------------------------------------------- French
FR_HELD = [
    "nos mairies",
    "les mairies",
    "toutes les mairies",
    "nos villes",
    "les villes",
    "nos quartiers",
    "le pays",
    "notre pays",
    "tout le pays",
    "la france",
    "l'europe",
    "l'occident",
    "le monde",
    "les médias",
    "la presse",
    "la finance",
    "les banques",
    "toutes les banques",
    "nos élus",
    "les élus",
    "la police",
    "l'armée",
    "le gouvernement",
    "l'état",
    "nos institutions",
    "les institutions",
    "la justice",
    "la télé",
    "le cinéma",
    "hollywood",
    "l'économie",
    "le système",
    "internet",
    "les réseaux sociaux",
    "la politique",
    "le pouvoir",
    "nos écoles",
    "l'école",
    "l'éducation nationale",
    "les universités",
    "nos terres",
    "nos vignes",
    "nos ports",
    "nos entreprises",
    "nos politiques",
    "les politiques",
    "l'élysée",
    "le parlement",
    "l'assemblée",
    "bruxelles",
    "wall street",
    "l'onu",
    "l'argent",
    "tout l'argent",
]
FR_TAKEOVER_VERBS = [
    "prennent le contrôle de",
    "prendre le contrôle de",
    "ont pris le contrôle de",
    "prendront le contrôle de",
    "vont prendre le contrôle de",
    "veulent prendre le contrôle de",
    "prendraient le contrôle de",
    "ont la main sur",
    "ont la mainmise sur",
    "ont mis la main sur",
    "mettent la main sur",
    "infiltrent",
    "ont infiltré",
    "noyautent",
    "ont noyauté",
    "achètent",
    "rachètent",
    "ont acheté",
    "ont racheté",
    "financent",
    "ont financé",
    "possèdent",
    "tiennent",
    "contrôlent",
    "dirigent",
    "gouvernent",
    "manipulent",
    "achètent tous",
    "rachètent tous",
    "rachètent toutes",
    "achètent toutes",
]
FR_BUY_ALL = [
    "rachètent tout",
    "achètent tout",
    "ont tout racheté",
    "ont tout acheté",
    "vont tout racheter",
    "veulent tout racheter",
    "rachètent tout le pays",
    "rachètent toute la france",
]
FR_REPLACE = [
    "grand remplacement",
    "du grand remplacement",
    "le grand remplacement",
    "l'arme du grand remplacement",
    "les outils du grand remplacement",
    "l'outil du grand remplacement",
    "les soldats du grand remplacement",
    "nous remplacent",
    "vont nous remplacer",
    "veulent nous remplacer",
    "nous remplaceront",
    "nous remplaceraient",
    "sont en train de nous remplacer",
    "cherchent à nous remplacer",
    "ont commencé à nous remplacer",
    "remplacent les français",
    "remplacent les blancs",
    "remplacent les européens",
    "remplacent le peuple",
    "tirent les ficelles",
    "tiraient les ficelles",
    "tireront les ficelles",
    "tirent toutes les ficelles",
    "tiennent les ficelles",
    "sont les marionnettistes",
    "marionnettistes",
    "sont derrière les guerres",
    "sont derrière toutes les guerres",
    "sont derrière chaque guerre",
    "sont derrière chaque attentat",
    "sont derrière tous les attentats",
    "sont derrière la crise",
    "sont derrière le covid",
    "sont derrière l'immigration",
    "étaient derrière",
    "sont toujours derrière",
    "sont à l'origine de toutes les guerres",
    "ont déclenché toutes les guerres",
    "provoquent les guerres",
    "provoquent toutes les guerres",
]


def fr_control() -> list[tuple[str, list[str], str]]:
    took = []
    for verb in FR_TAKEOVER_VERBS:
        for h in FR_HELD:
            if verb.endswith(" de"):
                if h.startswith("les "):
                    took.append(f"{verb[:-3]} des {h[4:]}")
                elif h.startswith("le "):
                    took.append(f"{verb[:-3]} du {h[3:]}")
                elif h.startswith("l'"):
                    took.append(f"{verb} {h}")
                else:
                    took.append(f"{verb} {h}")
            else:
                took.append(f"{verb} {h}")
    return [
        (
            "# (fr) la mainmise prêtée au groupe : « les X ont pris le contrôle de nos mairies », « rachètent »",
            _unique(took + FR_BUY_ALL),
            "",
        ),
        (
            "# (fr) le remplacement, les ficelles, les guerres : « les X sont l'arme du grand remplacement »",
            FR_REPLACE,
            "",
        ),
    ]


FR_DENYING = [
    "ne devraient pas",
    "devraient pas",
    "ne devraient jamais",
    "devraient jamais",
    "ne devraient plus",
    "devraient plus",
    "ne doivent pas",
    "doivent pas",
    "ne doivent jamais",
    "doivent jamais",
    "ne doivent plus",
    "n'ont pas à",
    "ont pas à",
    "n'ont plus à",
    "ne devraient pas pouvoir",
    "devraient pas pouvoir",
    "ne devraient jamais pouvoir",
    "ne doivent pas pouvoir",
    "ne devraient plus pouvoir",
    "ne devraient pas avoir le droit de",
    "devraient pas avoir le droit de",
    "ne devraient jamais avoir le droit de",
    "ne devraient plus avoir le droit de",
    "ne doivent pas avoir le droit de",
    "ne méritent pas de",
    "méritent pas de",
    "ne mériteraient pas de",
]
FR_BANNED = [
    "devraient être interdits de",
    "doivent être interdits de",
    "devraient être privés du droit de",
    "devraient perdre le droit de",
    "doivent perdre le droit de",
]
FR_RIGHTS = [
    "voter",
    "avoir le droit de vote",
    "avoir le droit de voter",
    "être élus",
    "se présenter aux élections",
    "faire de la politique",
    "occuper des postes",
    "être fonctionnaires",
    "enseigner",
    "être profs",
    "être médecins",
    "être policiers",
    "être juges",
    "diriger",
    "commander",
    "adopter",
    "avoir des enfants",
    "avoir d'enfants",
    "élever des enfants",
    "se marier",
    "se reproduire",
    "avoir des droits",
    "avoir de droits",
    "avoir les mêmes droits",
    "avoir les mêmes droits que nous",
    "avoir les mêmes droits que les français",
    "être naturalisés",
    "avoir la nationalité",
    "avoir la nationalité française",
    "avoir des papiers",
    "vivre parmi nous",
    "être chez nous",
    "posséder",
    "être propriétaires",
    "acheter des maisons",
    "toucher les aides",
    "toucher des aides",
    "toucher les allocs",
    "toucher le rsa",
    "être soignés",
    "aller à l'école",
    "étudier",
    "travailler avec des enfants",
    "approcher des enfants",
    "exister",
    "s'exprimer",
    "ouvrir leur gueule",
    "la ramener",
    "avoir leur mot à dire",
]
FR_USELESS = [
    "ne servent plus à rien",
    "servent plus à rien",
    "ne servent strictement à rien",
    "servent strictement à rien",
    "ne servent absolument à rien",
    "servent absolument à rien",
    "ne servent à rien du tout",
    "servent à rien du tout",
    "ne servent vraiment à rien",
    "ne sont bons à rien",
    "sont bons à rien",
    "sont des bons à rien",
    "ne sont utiles à rien",
    "ne sont utiles à personne",
    "n'apportent rien de bon",
    "apportent rien de bon",
    "n'apportent rien à la société",
    "n'apportent rien au pays",
    "n'apportent rien à la france",
    "n'ont jamais rien apporté de bon",
    "n'ont rien apporté à la france",
    "n'ont rien apporté au pays",
    "n'ont rien apporté à la société",
    "ne rapportent rien",
    "ne produisent rien",
    "ne font rien de leurs journées",
    "sont un poids mort",
    "sont des poids morts",
    "sont des bouches inutiles",
    "des bouches inutiles",
    "sont inutiles à la société",
    "ne servent à rien à la société",
    "ne servent qu'à coûter",
    "ne servent qu'à nous coûter",
]


# the infinitives of FR_RIGHTS that begin with a vowel: « de » before them elides (« le droit d'avoir »)
_ELIDED_AFTER_DE = (
    "avoir",
    "être",
    "enseigner",
    "exister",
    "adopter",
    "étudier",
    "occuper",
    "élever",
    "aller",
    "acheter",
    "approcher",
)


def _elide_de(phrase: str) -> str:
    """``phrase`` with « de » elided before the vowel-initial infinitives of FR_RIGHTS."""
    for verb in _ELIDED_AFTER_DE:
        phrase = phrase.replace(f"de {verb}", f"d'{verb}")
    return phrase


# (G, session 51) les droits du citoyen nommés par un nom, que le groupe doit perdre ou dont on le prive (« les X
# devraient perdre le droit de vote », « retirer la nationalité aux X ») : (complément direct, complément après « de »)
FR_RIGHT_NOUNS = [
    ("le droit de vote", "du droit de vote"),
    ("leur droit de vote", "de leur droit de vote"),
    ("la nationalité", "de la nationalité"),
    ("leur nationalité", "de leur nationalité"),
    ("la nationalité française", "de la nationalité française"),
    ("leurs droits", "de leurs droits"),
    ("tous leurs droits", "de tous leurs droits"),
    ("leurs papiers", "de leurs papiers"),
    ("leur passeport", "de leur passeport"),
    ("la garde de leurs enfants", "de la garde de leurs enfants"),
    ("le droit d'adopter", "du droit d'adopter"),
    ("le droit de se marier", "du droit de se marier"),
    ("la citoyenneté", "de la citoyenneté"),
]
FR_LOSING = ["devraient perdre", "devraient tous perdre", "doivent perdre", "méritent de perdre"]
FR_DEPRIVED = [
    "devraient être privés",
    "devraient être déchus",
    "doivent être privés",
    "doivent être déchus",
    "méritent d'être privés",
    "méritent d'être déchus",
]
FR_TAKING = ["retirer {} aux", "retirer {} à", "enlever {} aux", "enlever {} à", "supprimer {} aux", "retirez {} aux"]


def fr_rights_nouns() -> list[tuple[str, list[str], str]]:
    """(G, session 51) A right named as a noun, lost by the group (before it) or taken from it (after it)."""
    lost = [f"{d} {direct}" for d in FR_LOSING for direct, _ in FR_RIGHT_NOUNS]
    lost += [f"{d} {of}" for d in FR_DEPRIVED for _, of in FR_RIGHT_NOUNS]
    bare = [direct for direct, _ in FR_RIGHT_NOUNS if not direct.startswith(("leur", "tous"))]
    taken = [frame.format(noun) for frame in FR_TAKING for noun in bare]
    return [
        (
            "# (G, session 51) un droit nommé par un nom, perdu : « les X devraient perdre le droit de vote »",
            _unique(lost),
            ", negated: true",
        ),
        (
            "# (G, session 51) un droit nommé par un nom, retiré : « retirer la nationalité aux X »",
            _unique(taken),
            ", target: after, negated: true, requires: calls",
        ),
    ]


# (H, session 54) les services publics et les biens communs dont un modal refuse ou retire l'accès au groupe (« les X
# ne devraient plus avoir accès à l'armée », « devraient perdre l'accès aux hôpitaux ») : (après « à », après « de »)
FR_PUBLIC_GOODS = [
    ("à l'hôpital", "de l'hôpital"),
    ("à l'hôpital public", "de l'hôpital public"),
    ("aux hôpitaux", "des hôpitaux"),
    ("aux hôpitaux publics", "des hôpitaux publics"),
    ("aux soins", "des soins"),
    ("à la sécu", "de la sécu"),
    ("à la sécurité sociale", "de la sécurité sociale"),
    ("à l'école", "de l'école"),
    ("à l'école publique", "de l'école publique"),
    ("aux écoles", "des écoles"),
    ("à l'université", "de l'université"),
    ("aux universités", "des universités"),
    ("à la fonction publique", "de la fonction publique"),
    ("à l'administration", "de l'administration"),
    ("aux ministères", "des ministères"),
    ("à l'armée", "de l'armée"),
    ("à la police", "de la police"),
    ("aux concours", "des concours"),
    ("aux emplois publics", "des emplois publics"),
    ("au logement social", "du logement social"),
    ("aux logements sociaux", "des logements sociaux"),
    ("aux hlm", "des hlm"),
    ("aux aides", "des aides"),
    ("aux aides sociales", "des aides sociales"),
    ("aux allocations", "des allocations"),
    ("aux allocs", "des allocs"),
    ("à la propriété", "de la propriété"),
    ("à la nationalité", "de la nationalité"),
]
FR_ACCESS_DENYING = [*FR_DENYING, "ne devraient plus jamais", "devraient plus jamais", "ne doivent plus jamais"]
FR_EXCLUDED = ["devraient être exclus", "doivent être exclus", "devraient être chassés", "devraient être bannis"]


def fr_access() -> list[tuple[str, list[str], str]]:
    """(H, session 54) Access to a public good (``FR_PUBLIC_GOODS``) refused to the group by a modal, lost, or the
    group shut out of it."""
    denied = [f"{d} avoir accès {to}" for d in FR_ACCESS_DENYING for to, _ in FR_PUBLIC_GOODS]
    lost = [f"{d} {own} {to}" for d in FR_LOSING for own in ("l'accès", "leur accès") for to, _ in FR_PUBLIC_GOODS]
    lost += [f"{d} de l'accès {to}" for d in FR_DEPRIVED for to, _ in FR_PUBLIC_GOODS]
    lost += [f"{d} {of}" for d in FR_EXCLUDED for _, of in FR_PUBLIC_GOODS]
    return [
        (
            "# (H, session 54) l'accès à un service public refusé ou perdu (« devraient perdre l'accès aux hôpitaux »)",
            _unique([_elide_de(f) for f in denied + lost]),
            ", negated: true",
        )
    ]


def fr_rights() -> list[tuple[str, list[str], str]]:
    denied = [_elide_de(f"{d} {r}") for d in FR_DENYING for r in FR_RIGHTS]
    banned = [_elide_de(f"{b} {r}") for b in FR_BANNED for r in FR_RIGHTS]
    return [
        (
            "# (fr) un droit ou un rôle du citoyen refusé par un modal : « les X ne devraient pas voter »",
            _unique(denied + banned),
            ", negated: true",
        ),
        (
            "# (fr) la valeur du groupe niée : « les X ne servent plus à rien », « n'apportent rien »",
            FR_USELESS,
            ", negated: true",
        ),
        *fr_rights_nouns(),
        *fr_access(),
    ]


# a vice: the infinitive, the words after it (the present, imperfect, future and conditional plural are written)
FR_VICES = [
    ("voler", ["tout", "partout", "les gens", "nos", "les touristes", "dans les magasins", "à l'étalage", ""]),
    ("arnaquer", ["", "les gens", "les vieux", "les touristes", "tout le monde"]),
    ("escroquer", [""]),
    ("cambrioler", [""]),
    ("racketter", [""]),
    ("dépouiller", [""]),
    ("braquer", [""]),
    ("agresser", [""]),
    ("frauder", [""]),
    ("tricher", [""]),
    ("mendier", ["partout", "dans le métro"]),
    ("dealer", [""]),
    ("trafiquer", [""]),
    ("squatter", [""]),
    ("piller", [""]),
    ("violer", ["nos femmes", "nos filles"]),
    ("profiter", ["du système", "des aides", "des allocs", "de nos aides", "de la sécu", "du rsa"]),
    ("refuser", ["de bosser", "de travailler", "de s'intégrer"]),
    ("finir", ["en prison", "en taule", "dans la drogue", "dealers", "délinquants"]),
]
FR_LIVE_OFF = [
    "vivent des allocs",
    "vivent des aides",
    "vivent des allocations",
    "vivent du rsa",
    "vivent du chômage",
    "vivent de nos impôts",
    "vivent sur notre dos",
    "vivent aux crochets de",
    "vivent aux crochets de l'état",
    "vivaient des allocs",
    "vivront des allocs",
    "vivent de la fraude",
    "vivent du trafic",
    "vivent de rapines",
    "font les poches",
    "faisaient les poches",
    "font la manche",
    "font du trafic",
    "font du business de drogue",
    "sont tous au rsa",
    "sont tous au chômage",
    "sont tous aux allocs",
    "sont tous dealers",
    "sont tous des dealers",
    "sont tous en prison",
    "se reproduisent comme des lapins",
    "pondent des gosses pour les allocs",
    "font des gosses pour les allocs",
    "font des enfants pour les allocs",
    "bossent jamais",
    "ne bossent jamais",
    "ne travaillent jamais",
    "travaillent jamais",
]
FR_VICE_ALLOW = [
    "volent la vedette",
    "volaient la vedette",
    "voleront la vedette",
    "volent vers",
    "volent pas",
    "volent au secours",
    "volent en éclats",
    "volent bas",
    "volent haut",
    "volent de victoire",
    "touchent les allocs auxquelles",
    "touchent le rsa auquel",
    "profitent du soleil",
    "refusent de s'intégrer dans",
]


def _fr_plural_finite(infinitive: str) -> list[str]:
    return [f for f in finite_forms(infinitive, "plural")]


def fr_criminality() -> list[tuple[str, list[str], str]]:
    vices = [f"{v} {o}".strip() for inf, objs in FR_VICES for v in _fr_plural_finite(inf) for o in objs]
    vices += [f"sont en train de {inf} {o}".strip() for inf, objs in FR_VICES for o in objs]
    negated = [v for v in FR_LIVE_OFF if "jamais" in v]
    plain = [v for v in FR_LIVE_OFF if "jamais" not in v]
    return [
        (
            "# (fr) un vice comme l'habitude du groupe, au pluriel de chaque temps : « les X volent », « arnaquent »",
            _unique(vices + plain),
            "",
        ),
        ("# (fr) le travail refusé à jamais : « les X ne bossent jamais »", negated, ", negated: true"),
    ]


FR_NATIONALS = ["français", "françaises", "européens", "européennes", "citoyens", "patriotes", "occidentaux"]
FR_REAL = [
    "de vrais",
    "des vrais",
    "de vraies",
    "des vraies",
    "vraiment",
    "réellement",
    "totalement",
    "pleinement",
    "de véritables",
    "des véritables",
    "de bons",
    "des bons",
    "de purs",
]
FR_NEVER = [
    "ne seront jamais",
    "seront jamais",
    "ne deviendront jamais",
    "deviendront jamais",
    "ne sont pas",
    "sont pas",
    "ne seront pas",
    "ne pourront jamais être",
    "pourront jamais être",
    "ne sont jamais",
    "ne seraient jamais",
    "n'ont jamais été",
    "ont jamais été",
]
# without "vrais" only the ever-negated copulas: « les réfugiés ne sont pas français » states a fact, « ne seront jamais
# français » a verdict
FR_NEVER_BARE = [n for n in FR_NEVER if "jamais" in n]
FR_NOT_OURS = [
    "des nôtres",
    "d'ici",
    "chez eux ici",
    "chez eux en france",
    "chez eux chez nous",
    "de chez nous",
    "comme nous",
    "à leur place ici",
    "à leur place en france",
]
FR_PART = [
    "ne font pas partie de",
    "font pas partie de",
    "ne feront jamais partie de",
    "feront jamais partie de",
    "ne font plus partie de",
]
FR_PEOPLE = [
    "notre peuple",
    "la nation",
    "notre nation",
    "notre pays",
    "la france",
    "nous",
    "notre culture",
    "notre civilisation",
    "notre communauté",
    "notre village",
    "notre ville",
    "la communauté nationale",
    "notre société",
    "la société",
]


def fr_belonging() -> list[tuple[str, list[str], str]]:
    never = [f"{n} {r} {w}" for n in FR_NEVER for r in FR_REAL for w in FR_NATIONALS]
    never += [f"{n} {w}" for n in FR_NEVER_BARE for w in FR_NOT_OURS + FR_NATIONALS]
    never += [f"{n} des nôtres" for n in FR_NEVER]
    never += [f"{p} {w}" for p in FR_PART for w in FR_PEOPLE]
    never += ["ne s'intégreront jamais", "s'intégreront jamais", "ne s'intègrent jamais", "s'intègrent jamais"]
    stay = [
        f"{s} {w}"
        for s in ("resteront toujours", "resteront à jamais", "seront toujours", "restent toujours")
        for w in (
            "des étrangers",
            "des étrangères",
            "des invités",
            "des intrus",
            "des envahisseurs",
            "des immigrés",
            "des étrangers ici",
            "des étrangers chez nous",
        )
    ]
    return [
        (
            "# (fr) jamais de vrais nationaux, jamais des nôtres : « les X ne seront jamais de vrais Français »",
            never,
            ", negated: true",
        ),
        ("# (fr) rester des étrangers : « les X resteront toujours des étrangers ici »", stay, ""),
    ]


# ---------------------------------------------------------------- blame (scapegoating), English and French
EN_PLACES = [
    "this town",
    "this city",
    "this country",
    "our town",
    "our city",
    "our country",
    "the country",
    "this area",
    "this neighbourhood",
    "our neighbourhood",
    "this neighborhood",
    "this estate",
    "our high street",
    "our streets",
    "our schools",
    "the nhs",
    "this place",
    "society",
    "europe",
    "the west",
    "the economy",
]
EN_DECLINES = [
    "is a dump",
    "is a shithole",
    "is a mess",
    "is falling apart",
    "is going downhill",
    "went downhill",
    "has gone downhill",
    "is dying",
    "is unsafe",
    "has gone to hell",
    "has gone to shit",
    "is ruined",
    "is a war zone",
]
EN_REASONS = ["are the reason", "are the reason why", "'re the reason", "are why"]
EN_RUIN = [
    "ruin",
    "ruins",
    "ruined",
    "are ruining",
    "have ruined",
    "destroy",
    "destroyed",
    "are destroying",
    "have destroyed",
    "wreck",
    "wrecked",
    "are wrecking",
    "have wrecked",
    "ruining",
    "destroying",
    "wrecking",
    "trashed",
    "have trashed",
    "are trashing",
]
EN_BLAMED = [
    "all our problems",
    "all the problems",
    "everything wrong with",
    "the decline of",
    "the crime",
    "crime",
    "the crime wave",
    "the housing crisis",
    "unemployment",
    "the state of this country",
    "the state of the country",
    "the collapse of",
    "the downfall of",
    "the riots",
    "the violence",
]
FR_CAUSE = [
    "sont la cause de",
    "sont la cause du",
    "sont la cause des",
    "sont responsables de",
    "sont responsables du",
    "sont responsables des",
    "sont la source de",
    "sont à l'origine de",
    "sont la raison de",
]
FR_BLAMED = [
    "tous nos problèmes",
    "tous les problèmes",
    "tous nos malheurs",
    "l'insécurité",
    "la délinquance",
    "la crise",
    "la misère",
    "la violence",
    "la décadence",
    "la ruine",
    "le déclin",
    "le chômage",
    "tout",
    "la chute",
    "la faillite",
]
FR_RUIN = [
    "ont détruit",
    "détruisent",
    "vont détruire",
    "veulent détruire",
    "ont ruiné",
    "ruinent",
    "vont ruiner",
    "ont pourri",
    "pourrissent",
    "ont gâché",
    "gâchent",
    "ont bousillé",
    "bousillent",
    "ont défiguré",
    "défigurent",
    "ont saccagé",
    "saccagent",
    "ont tué",
    "tuent",
    "ont coulé",
    "coulent",
]
FR_PLACES = [
    "le pays",
    "notre pays",
    "ce pays",
    "la france",
    "nos villes",
    "la ville",
    "notre ville",
    "cette ville",
    "le quartier",
    "nos quartiers",
    "notre quartier",
    "ce quartier",
    "les quartiers",
    "l'école",
    "nos écoles",
    "notre société",
    "la société",
    "l'europe",
    "notre culture",
    "notre civilisation",
    "la cité",
    "nos banlieues",
    "le village",
    "notre village",
    "la sécu",
    "l'économie",
]


def _fr_of(head: str, thing: str) -> str:
    """« la cause de » + « le déclin » reads « la cause du déclin » (the form before it is listed too)."""
    if head.endswith(" du"):
        return f"{head} {thing[3:]}" if thing.startswith("le ") else ""
    if head.endswith(" des"):
        return f"{head} {thing[4:]}" if thing.startswith("les ") else ""
    if thing.startswith(("le ", "les ")):
        return ""
    return f"{head[:-1]}'{thing}" if thing[0] in "aeiouéè" else f"{head} {thing}"


def blame(language: str) -> list[tuple[str, list[str], str]]:
    if language == "fr":
        cause = [_fr_of(h, b) for h in FR_CAUSE for b in FR_BLAMED]
        ruin = [f"{v} {p}" for v in FR_RUIN for p in FR_PLACES]
        return [
            (
                "# (fr) le bouc émissaire : « les X sont la cause de tous nos problèmes », « ont détruit »",
                _unique(cause + ruin),
                "",
            )
        ]
    reasons = [f"{r} {p} {d}" for r in EN_REASONS for p in EN_PLACES for d in EN_DECLINES]
    ruin = [f"{v} {p}" for v in EN_RUIN for p in EN_PLACES]
    blamed = [
        f"{h} {b}" for h in ("are to blame for", "are responsible for", "are the cause of", "caused") for b in EN_BLAMED
    ]
    return [
        (
            '# the scapegoat, a decline named: "X are the reason this town is a dump", "X ruined our high street"',
            _unique(reasons + ruin + blamed),
            "",
        ),
    ]


# ---------------------------------------------------------------- round 20 (session 17, I): implicit derogation
# Contempt or a stereotype said with no insult word: a habit laid on the whole group as a fact, a place or a role
# assigned, a kinship denied. Each a product of closed lists, in every form a stranger would write.

# a habit as a fact: a negating auxiliary x a verb of regard x what a decent people is said to hold dear
EN_NOT_DO = [
    "don't",
    "do not",
    "dont",
    "never",
    "just don't",
    "simply don't",
    "don't even",
    "don't really",
    "won't",
    "will never",
    "refuse to",
    "can't be bothered to",
]
EN_REGARD = ["value", "respect", "care about", "give a damn about", "believe in", "appreciate"]
EN_DEAR = [
    "education",
    "school",
    "schooling",
    "learning",
    "hard work",
    "work",
    "family",
    "their families",
    "their kids",
    "their own kids",
    "their children",
    "women",
    "their women",
    "their wives",
    "the law",
    "our laws",
    "the rules",
    "life",
    "human life",
    "hygiene",
    "cleanliness",
    "our country",
    "this country",
    "our culture",
    "our values",
    "democracy",
    "freedom",
    "the truth",
    "honesty",
    "other people",
    "anyone else",
    "anything",
]
EN_DUTIES = [
    "pay taxes",
    "pay their taxes",
    "pay any taxes",
    "pay tax",
    "pay their rent",
    "pay rent",
    "pay their bills",
    "pay their debts",
    "pay for anything",
    "pay their way",
    "raise their kids",
    "raise their own kids",
    "raise their children",
    "raise their own children",
    "look after their kids",
    "look after their children",
    "discipline their kids",
    "wash",
    "wash themselves",
    "clean up after themselves",
    "learn the language",
    "learn english",
    "bother learning english",
    "tell the truth",
    "keep their word",
    "keep their promises",
    "work for a living",
    "contribute",
    "contribute anything",
]
# a habit said positively: greed, clannishness, victimhood
EN_HABITS = [
    "only care about money",
    "only care about themselves",
    "only care about their own",
    "only think about money",
    "only look after their own",
    "only hire their own",
    "only help their own",
    "always find a way to get the money",
    "always find a way to make money",
    "always find a way to cheat",
    "always find a way to scam",
    "always find a way to get free stuff",
    "always follow the money",
    "always have a scam going",
    "always play the victim",
    "always play the race card",
    "always cry racism",
    "always cry discrimination",
    "always stick together",
    "always have ten kids",
    "have ten kids each",
    "have too many kids",
    "breed crime",
    "bring crime wherever they go",
    "bring crime",
    "bring disease",
    "treat their women like property",
    "treat their women like dogs",
    "treat women like property",
    "treat women like dirt",
    "hate our country",
    "hate the west",
    "hate our way of life",
    "lie about everything",
    "lie all the time",
    "lie through their teeth",
    "never stop complaining",
    "never stop whining",
]

FR_NOT_DO = [("ne", "pas"), ("ne", "jamais"), ("ne", "même pas"), ("ne", "vraiment pas"), ("", "pas"), ("", "jamais")]
# (infinitive, objects): « ne respectent pas l'école »
FR_REGARD_OBJECTS = [
    (
        "respecter",
        [
            "l'école",
            "l'éducation",
            "les femmes",
            "leurs femmes",
            "la loi",
            "nos lois",
            "les lois",
            "les règles",
            "la vie humaine",
            "la vie",
            "la france",
            "notre pays",
            "nos valeurs",
            "notre culture",
            "le travail",
            "la propreté",
            "l'hygiène",
            "rien",
            "personne",
            "les autres",
        ],
    ),
    ("aimer", ["la france", "notre pays", "le travail", "l'école", "bosser", "travailler"]),
    ("valoriser", ["l'école", "l'éducation", "le travail"]),
    ("payer", ["leurs impôts", "d'impôts", "les impôts", "leur loyer", "de loyer", "leurs factures", "leurs dettes"]),
    ("élever", ["leurs enfants", "leurs gosses", "leurs mômes", "leurs gamins", "leurs propres enfants"]),
    ("éduquer", ["leurs enfants", "leurs gosses", "leurs mômes", "leurs gamins"]),
    ("surveiller", ["leurs enfants", "leurs gosses", "leurs mômes", "leurs gamins"]),
    ("apprendre", ["le français", "la langue"]),
    ("tenir", ["leurs gosses", "leurs enfants", "parole", "leur parole"]),
    ("dire", ["la vérité"]),
]
FR_HABITS_VERBS = [
    ("penser", ["qu'à l'argent", "qu'au fric", "qu'à eux", "qu'à leur gueule", "qu'à profiter"]),
    ("s'intéresser", ["qu'à l'argent", "qu'au fric"]),
    ("aider", ["que les leurs", "qu'entre eux"]),
    ("embaucher", ["que les leurs", "que leurs cousins"]),
]
FR_HABITS = [
    "savent toujours où est l'argent",
    "savent toujours où trouver l'argent",
    "trouvent toujours un moyen de gratter",
    "trouvent toujours une combine",
    "ont toujours une combine",
    "ont toujours une magouille",
    "ont l'argent dans le sang",
    "ont le vol dans le sang",
    "ont la violence dans le sang",
    "se serrent toujours les coudes",
    "se serrent les coudes entre eux",
    "jouent toujours les victimes",
    "jouent toujours la carte du racisme",
    "crient toujours au racisme",
    "crient au racisme pour un rien",
    "se plaignent tout le temps",
    "se plaignent toujours",
    "font dix gosses",
    "font dix enfants",
    "font trop de gosses",
    "font trop d'enfants",
    "traitent leurs femmes comme des chiennes",
    "traitent leurs femmes comme du bétail",
    "traitent les femmes comme des objets",
    "détestent la france",
    "haïssent la france",
    "crachent sur la france",
    "mentent tout le temps",
    "mentent comme ils respirent",
    "ramènent la délinquance",
    "ramènent la misère",
    "ramènent des maladies",
    "amènent la délinquance partout où ils vont",
]


def _neg_fr(verb: str, before: str, after: str) -> str:
    """« ne » + a verb + « pas »: « ne respectent pas », « n'élèvent pas », « respectent pas »."""
    if not before:
        return f"{verb} {after}"
    if verb[0] in "aeiouéèêh":
        return f"n'{verb} {after}"
    return f"ne {verb} {after}"


def habits(language: str) -> list[tuple[str, list[str], str]]:
    """A habit laid on the whole group as a fact: "X don't value education", « les X n'élèvent pas leurs gosses »."""
    if language == "fr":
        negated: list[str] = []
        for inf, objects in FR_REGARD_OBJECTS:
            # sorted: the conjugation gives the two imperfect stems of « élever » in a set's order
            verbs = sorted(_fr_plural_finite(inf)) + (["paient", "paieront", "paieraient"] if inf == "payer" else [])
            verbs += ["tiennent", "tenaient", "tiendront"] if inf == "tenir" else []
            verbs += ["disent", "disaient", "diront"] if inf == "dire" else []
            verbs += ["apprennent", "apprenaient", "apprendront"] if inf == "apprendre" else []
            negated += [_neg_fr(v, b, f"{a} {o}") for v in verbs for b, a in FR_NOT_DO for o in objects]
        only = [
            _neg_fr(v, b, o)
            for inf, objects in FR_HABITS_VERBS
            for v in (sorted(_fr_plural_finite(inf)) or _fr_reflexive(inf))
            for b in ("ne", "")
            for o in objects
        ]
        return [
            (
                "# (fr) une habitude posée en fait, niée : « les X ne respectent pas l'école », « n'élèvent pas »",
                _unique(negated),
                ", negated: true",
            ),
            (
                "# (fr) une habitude posée en fait : « les X ne pensent qu'à l'argent », « savent où est l'argent »",
                _unique(only + FR_HABITS),
                "",
            ),
        ]
    negated = [f"{n} {r} {d}" for n in EN_NOT_DO for r in EN_REGARD for d in EN_DEAR]
    negated += [f"{n} {d}" for n in EN_NOT_DO for d in EN_DUTIES]
    return [
        (
            '# a habit as a fact, denied: "X don\'t value education", "X never pay taxes", "X don\'t raise their kids"',
            _unique(negated),
            ", negated: true",
        ),
        (
            '# a habit as a fact: "X only care about money", "X always find a way to get the money"',
            EN_HABITS,
            "",
        ),
    ]


def _fr_reflexive(infinitive: str) -> list[str]:
    """« s'intéresser » in the third person plural: « s'intéressent », « s'intéressaient », « s'intéresseront »."""
    if not infinitive.startswith("s'"):
        return []
    return [f"s'{f}" for f in sorted(_fr_plural_finite(infinitive[2:]))]


# a place or a role assigned: a verb of keeping x where the group is said to belong
EN_KEPT = [
    "belong",
    "belongs",
    "only belong",
    "should stay",
    "should just stay",
    "should be kept",
    "should be kept locked",
    "need to stay",
    "needs to stay",
    "must stay",
    "ought to stay",
    "had better stay",
    "should go back",
    "need to go back",
    "should get back",
    "need to get back",
    "should all go back",
    "should all stay",
    "can stay",
    "can go back",
    "are meant to stay",
    "were meant to stay",
    "are made to stay",
]
EN_KEPT_PLACES = [
    "in the kitchen",
    "in the home",
    "at home",
    "at home with the kids",
    "home with the kids",
    "behind the stove",
    "behind the sink",
    "in bed",
    "barefoot and pregnant",
    "in the closet",
    "in their closets",
    "in their own countries",
    "in their own country",
    "in their countries",
    "in their country",
    "where they came from",
    "where they come from",
    "in their own neighbourhoods",
    "in their own neighborhoods",
    "in their ghettos",
    "in the ghetto",
    "in their caves",
    "in caves",
    "in the desert",
    "in the jungle",
    "in the trees",
    "in a zoo",
    "in cages",
    "in a cage",
    "in chains",
    "in the fields",
    "on the plantation",
    "in their place",
    "in their lane",
    "out of politics",
    "out of sport",
    "out of sports",
    "out of the boardroom",
    "out of our schools",
    "out of our neighbourhood",
    "out of our neighborhood",
    "out of sight",
    "quiet",
    "silent",
    "in the back",
    "at the back of the bus",
]
EN_ADVICE_PLACES = {"at home", "in bed", "out of sight", "in the home"}
EN_PLACE_OF = ["place is", "place is only", "only place is", "rightful place is", "proper place is"]
EN_PLACE_OF_WHERE = [
    "in the kitchen",
    "in the home",
    "at home",
    "at home with the kids",
    "behind the stove",
    "in the closet",
    "in their own country",
    "in their own countries",
    "in a cage",
    "in a zoo",
    "in the desert",
    "in the jungle",
    "in chains",
    "on the plantation",
    "in the ghetto",
]
EN_MADE_FOR = [
    "are made for the kitchen",
    "are made for cooking",
    "are made for cleaning",
    "are made for having babies",
    "are only good for cooking",
    "are only good for cleaning",
    "are only good for having babies",
    "are only good for sex",
    "are only good for one thing",
    "are good for one thing",
    "are good for nothing but cooking",
    "should know their place",
    "need to know their place",
    "must know their place",
    "should remember their place",
    "need to be put in their place",
    "should be put back in their place",
    "should be seen and not heard",
]
FR_KEPT = [
    "devraient rester",
    "doivent rester",
    "n'ont qu'à rester",
    "ont qu'à rester",
    "feraient mieux de rester",
    "ont intérêt à rester",
    "devraient retourner",
    "doivent retourner",
    "n'ont qu'à retourner",
    "ont qu'à retourner",
    "feraient mieux de retourner",
    "devraient rentrer",
    "doivent rentrer",
    "n'ont qu'à rentrer",
    "ont qu'à rentrer",
    "feraient mieux de rentrer",
    "devraient être gardés",
    "devraient être gardées",
    "devraient être enfermés",
    "devraient être enfermées",
    "sont faits pour rester",
    "sont faites pour rester",
]
FR_KEPT_PLACES = [
    "chez eux",
    "dans leur pays",
    "dans leurs pays",
    "dans leur pays d'origine",
    "dans leur bled",
    "au bled",
    "dans leur désert",
    "dans le désert",
    "dans leur jungle",
    "dans la jungle",
    "dans les arbres",
    "dans leurs cités",
    "dans leur ghetto",
    "dans leurs ghettos",
    "dans leur coin",
    "à leur place",
    "à la maison",
    "à la cuisine",
    "dans la cuisine",
    "dans leur cuisine",
    "au foyer",
    "derrière les fourneaux",
    "au fourneau",
    "dans le placard",
    "dans leur placard",
    "dans leurs placards",
    "au placard",
    "dans des cages",
    "en cage",
    "au zoo",
    "en afrique",
    "d'où ils viennent",
    "d'où elles viennent",
]
FR_PLACE_IS = ["leur place est", "leur seule place est", "leur vraie place est", "leur place c'est"]
FR_PLACE_WHERE = [
    "à la cuisine",
    "à la maison",
    "au foyer",
    "derrière les fourneaux",
    "chez eux",
    "dans leur pays",
    "au bled",
    "dans le placard",
    "au placard",
    "en cage",
    "au zoo",
    "dans un zoo",
    "en afrique",
    "dans la jungle",
    "dans le désert",
]
FR_MADE_FOR = [
    f"{v} {w}"
    for v in ("sont faites pour", "sont faits pour", "ne sont bonnes qu'à", "sont bonnes qu'à")
    for w in (
        "la cuisine",
        "faire la cuisine",
        "faire le ménage",
        "le ménage",
        "faire des enfants",
        "faire des gosses",
        "pondre des gosses",
        "la maison",
        "rester à la maison",
        "écarter les cuisses",
        "obéir",
        "se taire",
    )
] + [
    "doivent rester à leur place",
    "devraient rester à leur place",
    "doivent savoir rester à leur place",
    "devraient savoir rester à leur place",
    "doivent se taire",
    "devraient se taire",
    "n'ont qu'à se taire",
    "ont qu'à se taire",
]


def places(language: str) -> list[tuple[str, list[str], str]]:
    """A place or a role assigned: "X belong in the kitchen", "X should stay in their own countries", « les X n'ont
    qu'à rester dans leur placard », « leur place est à la cuisine »."""
    if language == "fr":
        # « rester à la maison » is advice as often (« les femmes enceintes devraient rester à la maison par cette
        # chaleur »): only a place of the group's own or a role
        kept = [f"{k} {p}" for k in FR_KEPT for p in FR_KEPT_PLACES if p != "à la maison"]
        kept += [f"{k} {p}" for k in FR_PLACE_IS for p in FR_PLACE_WHERE]
        return [
            (
                "# (fr) une place assignée : « les X devraient rester chez eux », « leur place est à la cuisine »",
                _unique(kept + FR_MADE_FOR),
                "",
            )
        ]
    # staying at home or in bed is advice as often ("the elderly should stay at home in a heatwave"): only
    # "belong" and "only belong" assign those
    kept = [f"{k} {p}" for k in EN_KEPT for p in EN_KEPT_PLACES if "belong" in k or p not in EN_ADVICE_PLACES]
    kept += [f"{k} {p}" for k in EN_PLACE_OF for p in EN_PLACE_OF_WHERE]
    return [
        (
            '# a place or a role assigned: "X belong in the kitchen", "X should stay in their own countries"',
            _unique(kept + EN_MADE_FOR),
            "",
        )
    ]


# kinship denied: "X are not like us", "X don't share our values", « les X ne sont pas comme nous »
EN_UNLIKE = (
    [
        f"{n} {w}"
        for n in (
            "are not",
            "aren't",
            "arent",
            "are nothing",
            "will never be",
            "can never be",
            "won't ever be",
            "were never",
        )
        for w in ("like us", "the same as us", "like the rest of us", "like normal people", "like decent people")
    ]
    + [
        f"{n} {v} {w}"
        for n in ("don't", "do not", "dont", "never", "will never", "won't", "can't", "cannot")
        for v in ("share", "accept", "respect", "hold", "understand", "adopt", "fit", "live by")
        for w in (
            "our values",
            "our culture",
            "our way of life",
            "our customs",
            "our traditions",
            "our morals",
            "in here",
        )
        if (v == "fit") == (w == "in here")
    ]
    + [
        f"{n} {v} like us"
        for n in ("don't", "do not", "dont", "will never", "won't", "can't", "cannot")
        for v in ("think", "live", "behave", "act", "feel")
    ]
)
EN_APART = [
    f"{a} {w}"
    for a in (
        "are a different",
        "are a whole different",
        "are another",
        "are just a different",
        "are simply a different",
    )
    for w in ("kind of people", "breed", "species", "breed of people", "type of people", "sort of people")
] + [
    "have nothing in common with us",
    "have nothing in common with our people",
    "are different from us",
    "are just different from us",
    "will always be different from us",
]
FR_UNLIKE = (
    [
        f"{n} {w}"
        for n in (
            "ne sont pas",
            "sont pas",
            "ne seront jamais",
            "seront jamais",
            "n'ont jamais été",
            "ne sont vraiment pas",
            "c'est pas",
            "ce ne sont pas",
        )
        for w in (
            "comme nous",
            "comme les autres",
            "comme les gens normaux",
            "les mêmes gens que nous",
            "le même peuple que nous",
            "les mêmes que nous",
            "pareils que nous",
            "du même monde que nous",
        )
    ]
    + [
        _neg_fr(v, b, f"{a} {w}")
        for inf in ("partager", "accepter", "respecter", "comprendre")
        for v in (
            sorted(_fr_plural_finite(inf))
            if inf != "comprendre"
            else ("comprennent", "comprendront", "comprendraient", "comprenaient")
        )
        for b, a in (("ne", "pas"), ("ne", "jamais"), ("", "pas"), ("", "jamais"))
        for w in ("nos valeurs", "notre culture", "nos coutumes", "nos traditions", "notre mode de vie", "nos mœurs")
    ]
    + [
        _neg_fr(v, b, f"{a} comme nous")
        for v in ("pensent", "vivent", "réfléchissent", "se comportent")
        for b, a in (("ne", "pas"), ("ne", "jamais"), ("", "pas"))
    ]
)
FR_APART = [
    f"{a} {w}"
    for a in ("sont une autre", "sont juste une autre", "sont vraiment une autre")
    for w in ("espèce", "race", "sorte de gens", "catégorie de gens")
] + [
    "n'ont rien à voir avec nous",
    "n'ont rien en commun avec nous",
    "ont rien à voir avec nous",
    "ont rien en commun avec nous",
    "sont différents de nous",
    "sont pas du même monde",
    "ne sont pas du même monde",
]


def apart(language: str) -> list[tuple[str, list[str], str]]:
    """Kinship denied: "X are not like us", "X don't share our values", « les X ne partagent pas nos valeurs »."""
    if language == "fr":
        return [
            (
                "# (fr) la parenté refusée : « les X ne sont pas comme nous », « ne partagent pas nos valeurs »",
                _unique(FR_UNLIKE),
                ", negated: true",
            ),
            ("# (fr) une autre espèce : « les X n'ont rien à voir avec nous », « sont une autre race »", FR_APART, ""),
        ]
    return [
        ('# kinship denied: "X are not like us", "X don\'t share our values"', _unique(EN_UNLIKE), ", negated: true"),
        ('# another kind of people: "X are a different breed", "X have nothing in common with us"', EN_APART, ""),
    ]


# ---------------------------------------------------------------- round 20: the group after its frame
# "what do you expect from a X": the group's failing taken for granted (the group after)
EN_EXPECT_ASK = (
    [
        f"what {a} {s} expect {p}"
        for a in ("do", "did", "else do", "else did", "else would", "would", "else can", "more can", "can", "more do")
        for s in ("you", "u", "ya", "we", "people", "anyone")
        for p in ("from", "of")
    ]
    + [
        f"{w} {e} from"
        for w in ("exactly what", "just what", "what", "precisely what")
        for e in ("you'd expect", "you would expect", "you'd expect", "i'd expect", "i would expect", "we'd expect")
    ]
    + [
        f"{t} {b}"
        for t in (
            "that's what you get for",
            "thats what you get for",
            "this is what you get for",
            "that's what happens when you",
            "thats what happens when you",
            "this is what happens when you",
            "that's what you get when you",
            "this is what you get when you",
            "what do you expect when you",
            "what did you expect when you",
            "what did you think would happen when you",
            "what do you think happens when you",
            "serves you right for",
            "serves them right for",
        )
        for b in (
            "hiring",
            "hire",
            "trusting",
            "trust",
            "letting in",
            "let in",
            "let",
            "importing",
            "import",
            "bringing in",
            "bring in",
            "electing",
            "elect",
            "voting for",
            "vote for",
            "marrying",
            "marry",
            "dating",
            "date",
            "renting to",
            "rent to",
            "employing",
            "employ",
            "promoting",
            "promote",
            "putting",
            "put",
            "giving power to",
            "give power to",
            "letting",
        )
    ]
    + [
        "typical behaviour from",
        "typical behavior from",
        "typical behaviour for",
        "typical behavior for",
        "typical behaviour of",
        "typical behavior of",
        "such typical behaviour from",
        "never expect anything from",
        "never expect anything else from",
        "you can't expect anything from",
        "you cant expect anything from",
        "you can't expect much from",
        "you cant expect much from",
        "you can't expect more from",
        "you can't expect better from",
        "you cant expect better from",
        "expect nothing good from",
        "never expect honesty from",
    ]
)
FR_EXPECT_ASK = (
    [
        f"{q} {a}"
        for q in (
            "qu'est-ce que tu veux attendre",
            "qu'est ce que tu veux attendre",
            "qu'est-ce que vous voulez attendre",
            "qu'est ce que vous voulez attendre",
            "qu'est-ce que tu attends",
            "qu'est ce que tu attends",
            "qu'est-ce que vous attendez",
            "qu'est-ce qu'on peut attendre",
            "qu'est ce qu'on peut attendre",
            "que veux-tu attendre",
            "que voulez-vous attendre",
            "qu'attendre",
            "qu'attendre d'autre",
            "qu'espérer",
            "faut rien attendre",
            "il ne faut rien attendre",
            "faut pas attendre mieux",
            "il ne faut pas attendre mieux",
            "n'attendez rien",
            "attends rien",
            "n'attends rien",
            "on ne peut rien attendre",
            "on peut rien attendre",
            "rien de bon à attendre",
        )
        for a in ("d'un", "d'une", "des", "de ces", "de la part d'un", "de la part d'une", "de la part des")
    ]
    + [
        f"{q} {a}"
        for q in (
            "à quoi tu t'attendais",
            "a quoi tu t'attendais",
            "à quoi vous vous attendiez",
            "à quoi tu t'attends",
            "à quoi vous vous attendez",
            "à quoi on s'attendait",
            "à quoi on s'attend",
            "tu t'attendais à quoi",
            "vous vous attendiez à quoi",
            "on s'attendait à quoi",
        )
        for a in ("avec un", "avec une", "avec des", "avec les", "d'un", "d'une", "de la part d'un", "de la part d'une")
    ]
    + [
        f"{t} {b}"
        for t in (
            "c'est ce qu'on gagne à",
            "c'est ce que tu gagnes à",
            "voilà ce qu'on gagne à",
            "c'est ce qu'on récolte à",
            "voilà ce qui arrive quand on",
            "c'est ce qui arrive quand on",
            "voilà ce que ça donne quand on",
            "c'est ce que ça donne quand on",
            "ça t'apprendra à",
            "ça vous apprendra à",
            "bien fait pour ceux qui",
        )
        for b in (
            "embaucher",
            "embauche",
            "laisser entrer",
            "laisse entrer",
            "faire confiance à",
            "fait confiance à",
            "faire venir",
            "fait venir",
            "accueillir",
            "accueille",
            "élire",
            "élit",
            "voter pour",
            "vote pour",
            "épouser",
            "épouse",
            "louer à",
            "loue à",
            "donner le pouvoir à",
            "donne le pouvoir à",
            "importer",
            "importe",
            "mettre",
            "met",
        )
    ]
    + ["typique des", "typique d'un", "typique d'une", "du grand classique avec les", "toujours pareil avec les"]
)

# "of course the thief was a X": a crime laid on the group as if foreseen (the group after)
EN_OF_COURSE = [
    "of course",
    "ofc",
    "naturally",
    "obviously",
    "predictably",
    "needless to say",
    "surprise surprise",
    "unsurprisingly",
    "as usual",
    "once again",
    "and of course",
    "funnily enough",
]
EN_CULPRITS = [
    "thief",
    "thieves",
    "robber",
    "robbers",
    "burglar",
    "burglars",
    "mugger",
    "muggers",
    "pickpocket",
    "pickpockets",
    "rapist",
    "rapists",
    "groomer",
    "groomers",
    "grooming gang",
    "killer",
    "killers",
    "murderer",
    "murderers",
    "attacker",
    "attackers",
    "stabber",
    "shooter",
    "bomber",
    "terrorist",
    "terrorists",
    "scammer",
    "scammers",
    "fraudster",
    "fraudsters",
    "dealer",
    "dealers",
    "drug dealer",
    "suspect",
    "suspects",
    "culprit",
    "culprits",
    "perpetrator",
    "perpetrators",
    "perp",
    "perps",
    "offender",
    "offenders",
    "driver",
    "gang",
]
# the article before the group is a gap word ("… was *a* X"): not written here
EN_WAS = ["was", "is", "were", "turned out to be", "turns out to be", "was another", "was yet another"]


def _en_was_of_course() -> list[str]:
    """The culprit, a copula, then the aside before the group: "the thief was, of course, a X"."""
    forms = []
    for c in EN_CULPRITS:
        for was in ("was", "were"):
            for o in ("of course", "naturally", "obviously", "predictably", "unsurprisingly"):
                forms += [f"the {c} {was} {o}", f"the {c} {was}, {o},"]
    return forms


FR_OF_COURSE = [
    "évidemment",
    "évidement",
    "bien sûr",
    "bien sur",
    "forcément",
    "forcement",
    "comme par hasard",
    "sans surprise",
    "comme d'habitude",
    "une fois de plus",
    "et comme par hasard",
    "naturellement",
]
FR_CULPRITS = [
    "le voleur",
    "les voleurs",
    "le violeur",
    "les violeurs",
    "l'agresseur",
    "les agresseurs",
    "le tueur",
    "le meurtrier",
    "l'assassin",
    "le chauffard",
    "le conducteur",
    "le suspect",
    "les suspects",
    "le coupable",
    "les coupables",
    "l'auteur",
    "les auteurs",
    "le dealer",
    "les dealers",
    "le terroriste",
    "les terroristes",
    "le pickpocket",
    "les pickpockets",
    "le braqueur",
    "les braqueurs",
    "le cambrioleur",
    "les cambrioleurs",
    "l'escroc",
    "les escrocs",
    "le délinquant",
    "les délinquants",
    "le mec",
    "les mecs",
    "les jeunes",
]
# the article before the group is a gap word (« … était *un* X »): not written here
FR_WAS = [
    "était",
    "est",
    "c'était",
    "s'est avéré être",
    "était encore",
    "étaient",
    "c'étaient",
    "était d'origine",
    "étaient d'origine",
]

# "too many X here": the group's number counted as a harm, a place or "here" right after it (``unwanted``)
EN_TOO_MANY_COUNTS = [
    "too many",
    "way too many",
    "far too many",
    "too damn many",
    "too bloody many",
    "too fucking many",
    "just too many",
    "simply too many",
    "waaay too many",
    "wayyy too many",
]
# a bare "too many X" pleads as often as it complains ("too many women die in childbirth", "too many refugees in camps
# without water"): with a place after the group, only said as a presence ("there are", "we have", "this town has");
# bare, only closing its sentence ("way too many immigrants.")
EN_TOO_MANY = [
    f"{a} {b}"
    for a in (
        "there are",
        "there's",
        "theres",
        "there is",
        "we have",
        "we've got",
        "we got",
        "this town has",
        "this country has",
        "this city has",
        "our country has",
        "our town has",
        "the uk has",
        "britain has",
        "america has",
        "europe has",
    )
    for b in EN_TOO_MANY_COUNTS
]
FR_TOO_MANY_COUNTS = [
    "trop de",
    "trop d'",
    "beaucoup trop de",
    "beaucoup trop d'",
    "bien trop de",
    "bien trop d'",
    "bcp trop de",
    "bcp trop d'",
    "vraiment trop de",
    "vraiment trop d'",
    "largement trop de",
    "largement trop d'",
]
FR_TOO_MANY = [
    f"{a} {b}"
    for a in (
        "compte",
        "comptent",
        "accueille",
        "on a",
        "on accueille",
        "la france compte",
        "la france accueille",
        "nous avons",
    )
    for b in FR_TOO_MANY_COUNTS
]

# "why is it always the X?", « c'est encore un X aux infos »: the group named as the usual culprit, ending its sentence
EN_ALWAYS = [
    f"{w} {a}"
    for w in (
        "why is it always",
        "why is it always the",
        "why's it always",
        "funny how it's always",
        "funny how its always",
        "strange how it's always",
        "weird how it's always",
        "notice how it's always",
        "ever notice how it's always",
        "why are they always",
        "why is it every time",
    )
    for a in ("", "the", "a", "an", "these", "those")
]
FR_ALWAYS = [
    f"{w} {a}".strip()
    for w in (
        "pourquoi c'est toujours",
        "pourquoi c'est encore",
        "pourquoi c'est systématiquement",
        "bizarre c'est toujours",
        "bizarrement c'est toujours",
        "drôle c'est toujours",
        "curieusement c'est toujours",
        "comme par hasard c'est toujours",
        "comme par hasard c'est encore",
        "comme par hasard toujours",
        "comme d'habitude c'est encore",
        "comme d'hab c'est encore",
    )
    for a in ("les", "des", "un", "une", "ces")
]


def expectation(language: str) -> list[tuple[str, list[str], str]]:
    """The group's failing taken for granted, the group after: "what do you expect from a X", "of course the thief was
    a X", "too many X here", "why is it always the X?"; « qu'attendre d'un X », « évidemment, le voleur était X »."""
    if language == "fr":
        of_course = [f"{o} {c} {w}" for o in FR_OF_COURSE for c in FR_CULPRITS for w in FR_WAS]
        of_course += [f"{c} {w} {o}" for o in FR_OF_COURSE for c in FR_CULPRITS for w in ("était", "est", "étaient")]
        of_course += [
            f"{c} {w}, {o}," for o in FR_OF_COURSE for c in FR_CULPRITS for w in ("était", "c'était", "étaient")
        ]
        return [
            (
                "# (fr) l'échec du groupe tenu pour acquis : « qu'attendre d'un X », « c'est ce qu'on gagne à »",
                _unique(FR_EXPECT_ASK),
                ", target: after",
            ),
            (
                "# (fr) un crime mis sur le compte du groupe comme prévu : « évidemment, le voleur était roumain »",
                _unique(of_course),
                ", target: after",
            ),
            (
                "# (fr) le nombre du groupe compté comme un mal, un lieu juste après : « on a bien trop d'X ici »",
                _unique(FR_TOO_MANY),
                ", target: after, closed_by: places",
            ),
            (
                "# (fr) le même, seul, en fin de phrase : « beaucoup trop d'X. »",
                FR_TOO_MANY_COUNTS,
                ", target: after, final: true",
            ),
            (
                "# (fr) le coupable habituel, en fin de phrase : « pourquoi c'est toujours les X ? »",
                _unique(FR_ALWAYS),
                ", target: after, final: true",
            ),
            (
                "# (fr) le même, un lieu juste après : « c'est encore un X aux infos »",
                _unique(FR_ALWAYS),
                ", target: after, closed_by: places",
            ),
        ]
    # an aside opening its sentence before a comma is read as a hedge and left out ("of course, the thief …"): the
    # forms without it only
    of_course = [f"{o} the {c} {w}" for o in EN_OF_COURSE for c in EN_CULPRITS for w in EN_WAS]
    return [
        (
            '# the group\'s failing taken for granted: "what do you expect from a X", "that\'s what you get for"',
            _unique(EN_EXPECT_ASK),
            ", target: after",
        ),
        (
            '# a crime laid on the group as if foreseen: "of course the thief was a X", "the rapist was, naturally,"',
            _unique(of_course + _en_was_of_course()),
            ", target: after",
        ),
        (
            '# the group\'s number counted as a harm, a place right after it: "there are too many X in this country"',
            _unique(EN_TOO_MANY),
            ", target: after, closed_by: unwanted",
        ),
        (
            '# the same, bare, closing its sentence: "way too many X."',
            EN_TOO_MANY_COUNTS,
            ", target: after, final: true",
        ),
        (
            '# the group named as the usual culprit, ending its sentence: "why is it always the X?"',
            _unique([f.strip() for f in EN_ALWAYS]),
            ", target: after, final: true",
        ),
    ]


# ---------------------------------------------------------------- round 20: exclusion, warnings, a swarm
# trust and care refused to the group, the group after: "I would never hire a X", « je ne loue plus aux X »
# the writer's refusal: "would never" and "never" start where the older lists' "would never hire", "never rent to"
# start, so a draft's span stays theirs ("I would never hire a X": "would never hire a X")
EN_REFUSERS = [
    "would never",
    "never",
    "i don't",
    "i dont",
    "i do not",
    "we don't",
    "we dont",
    "i won't",
    "i wont",
    "we won't",
    "i wouldn't",
    "i wouldnt",
    "we wouldn't",
    "i refuse to",
    "we refuse to",
    "i no longer",
    "we no longer",
]
EN_REFUSED = [
    "hire",
    "employ",
    "rent to",
    "rent my flat to",
    "rent my house to",
    "rent a room to",
    "rent my property to",
    "let to",
    "sell to",
    "sell my house to",
    "serve",
    "do business with",
    "take on",
    "work with",
    "let my kids play with",
    "let my daughter date",
    "let my daughter marry",
    "let my son date",
    "leave my kids with",
    "leave my children with",
    # (round 27) the rest of ordinary life: trade, a vote, a door (not courtship, which says whom the writer loves:
    # "I'd never date a woman"; trust and a seat are read by hate-implicit.yml with spans of their own)
    "buy from",
    "buy anything from",
    "buy a car from",
    "vote for",
    "shake hands with",
    "give a job to",
    "rent a flat to",
    "rent an apartment to",
    "rent my apartment to",
    "let into my house",
    "let into my home",
    "let into my shop",
    "let into my restaurant",
    "let into my pub",
    "let into my car",
]
EN_STOPPED = [
    f"{s} {v}"
    for s in ("i stopped", "we stopped", "i've stopped", "we've stopped", "i'm done", "we're done", "no more")
    for v in ("hiring", "employing", "renting to", "letting to", "selling to", "serving", "taking on")
]
# the group before, a refusal in reach: "I'd never let a X babysit my son" (care of the writer's own)
EN_CARE = [
    f"{v} {o}"
    for v in (
        "babysit",
        "look after",
        "watch",
        "mind",
        "teach",
        "coach",
        "touch",
        "date",
        "marry",
        "be alone with",
        "go near",
        "get near",
        "come near",
        "be near",
        "be around",
        "near",
        "anywhere near",
        "around",
    )
    for o in (
        "my kids",
        "my children",
        "my son",
        "my daughter",
        "my daughters",
        "my sons",
        "my baby",
        "my family",
        "our kids",
        "our children",
        "my grandkids",
        "my grandchildren",
    )
]
FR_REFUSERS = [
    "je n'{v} pas",
    "je n'{v} plus",
    "je n'{v} jamais",
    "moi je n'{v} pas",
    "on n'{v} pas",
    "on n'{v} plus",
    "nous n'{v} pas",
]
# (first person present, first person future, conditional, infinitive) of each verb of trust
FR_TRUST_VERBS = [
    ("embauche", "embaucherai", "embaucherais", "embaucher", ""),
    ("engage", "engagerai", "engagerais", "engager", ""),
    ("recrute", "recruterai", "recruterais", "recruter", ""),
    ("loue", "louerai", "louerais", "louer", " à"),
    ("loue", "louerai", "louerais", "louer", " aux"),
    ("vends", "vendrai", "vendrais", "vendre", " à"),
    ("vends", "vendrai", "vendrais", "vendre", " aux"),
    ("fais confiance", "ferai confiance", "ferais confiance", "faire confiance", " à"),
    ("fais confiance", "ferai confiance", "ferais confiance", "faire confiance", " aux"),
    ("sers", "servirai", "servirais", "servir", ""),
]


def _fr_refusals() -> list[str]:
    """« je n'embauche pas », « je n'embaucherai jamais », « jamais je n'embaucherais », « pas question
    d'embaucher », « je refuse de louer aux » in every person the writer speaks in."""
    forms: list[str] = []
    for present, future, conditional, infinitive, tail in FR_TRUST_VERBS:
        for verb, negs in ((present, ("pas", "plus", "jamais")), (future, ("jamais", "pas", "plus"))):
            first, _, rest = verb.partition(" ")
            ne = "n'" if first[0] in "aeiouéèêh" else "ne "
            for subject in ("je", "moi je", "on", "nous"):
                if subject == "nous" and verb != present:
                    continue
                said = first if subject != "nous" else _fr_nous(first)
                forms += [f"{subject} {ne}{said} {n} {rest}".replace("  ", " ").strip() + tail for n in negs]
        first, _, rest = conditional.partition(" ")
        ne = "n'" if first[0] in "aeiouéèêh" else "ne "
        # « ferais jamais confiance à », « refuse de louer à »: where the older lists' forms start
        forms += [f"jamais je {ne}{conditional}{tail}", f"{first} jamais {rest}".strip() + tail]
        forms += [f"{p} {_de(infinitive)}{tail}" for p in ("pas question", "hors de question", "refuse", "refusons")]
    return forms


# (round 27) what one lets or sells to the group, between the verb and « à »:
# « je ne louerai jamais *mon studio* à des X »
FR_TRUST_OBJECTS = {
    "louer": [
        "mon appart",
        "mon appartement",
        "mon studio",
        "ma maison",
        "mon logement",
        "une chambre",
        "un logement",
        "mon local",
        "ma chambre",
        "mes apparts",
        "mes logements",
    ],
    "vendre": ["ma maison", "mon appart", "mon appartement", "ma voiture", "mon terrain", "mon commerce"],
}


def _elided(subject: str, verb: str) -> str:
    """« j'embauche », « je loue »: the subject pronoun elided before a vowel."""
    if subject.endswith("je") and verb[0] in "aeiouéèêh":
        return f"{subject[:-2]}j'{verb}"
    return f"{subject} {verb}"


def _fr_refusals_spoken() -> list[str]:
    """(round 27) The refusals of spoken French, which drops « ne » (« j'embauche pas de X », « je louerai jamais à des
    X »), says « plus jamais », and names what is let or sold between the verb and « à » (« je ne louerai jamais mon
    studio à des X »)."""
    forms: list[str] = []
    for present, future, _conditional, infinitive, tail in FR_TRUST_VERBS:
        objects = ["", *FR_TRUST_OBJECTS.get(infinitive, [])] if tail else [""]
        for verb, negs in (
            (present, ("pas", "plus", "jamais", "plus jamais")),
            (future, ("jamais", "pas", "plus", "plus jamais")),
        ):
            first, _, rest = verb.partition(" ")
            ne = "n'" if first[0] in "aeiouéèêh" else "ne "
            for subject in ("je", "moi je", "on"):
                for n in negs:
                    for thing in objects:
                        said = f"{n} {rest} {thing}".replace("  ", " ").strip()
                        forms.append(f"{_elided(subject, first)} {said}{tail}")
                        if thing or n == "plus jamais":
                            forms.append(f"{subject} {ne}{first} {said}{tail}")
            if verb == future:
                forms += [
                    f"jamais {_elided('je', first)} {rest} {thing}".replace("  ", " ").strip() + tail
                    for thing in objects
                ]
    return forms


def _fr_nous(first_singular: str) -> str:
    """« nous n'embauchons pas »: the first plural of a verb of trust from its first singular."""
    table = {"fais": "faisons", "vends": "vendons", "sers": "servons"}
    return table.get(first_singular, first_singular.removesuffix("e") + "ons")


def _de(infinitive: str) -> str:
    """« de » before an infinitive, elided before a vowel: « d'embaucher », « de louer »."""
    return f"d'{infinitive}" if infinitive[0] in "aeiouéèêh" else f"de {infinitive}"


FR_CARE_VERBS = [
    ("garder", ["mes enfants", "mes gosses", "mes petits", "nos enfants", "mes mômes"]),
    ("approcher", ["mes enfants", "mes gosses", "nos enfants", "ma fille"]),
    ("s'approcher", ["de mes enfants", "de mes gosses", "de nos enfants", "de ma fille", "de mes filles"]),
    ("toucher", ["mes enfants", "mes gosses", "ma fille"]),
    ("s'occuper", ["de mes enfants", "de mes gosses", "de nos enfants"]),
    ("sortir", ["avec ma fille", "avec mes filles"]),
    ("épouser", ["ma fille", "mon fils"]),
    ("entrer", ["chez moi", "dans ma maison"]),
    ("mettre", ["les pieds chez moi"]),
    ("enseigner", ["à mes enfants"]),
]


def _fr_care() -> list[str]:
    forms: list[str] = []
    for inf, objects in FR_CARE_VERBS:
        reflexive = inf.startswith("s'")
        stem = inf[2:] if reflexive else inf
        verbs = [stem, *sorted(finite_forms(stem))]
        if stem == "mettre":
            verbs += ["mette", "mettent", "mettra"]
        verbs = [f"s'{v}" if reflexive and v[0] in "aeiouéèê" else (f"se {v}" if reflexive else v) for v in verbs]
        forms += [f"{v} {o}" for v in verbs for o in objects]
    forms += [f"près de {o}" for o in ("mes enfants", "mes gosses", "nos enfants", "ma fille", "mes filles")]
    return forms


# a warning to guard oneself, the group after: "hold on to your wallet when the X are around"
EN_GUARD = [
    "hold on to your wallet",
    "hold onto your wallet",
    "hold on to your wallets",
    "hold on to your bag",
    "hold on to your bags",
    "hold on to your purse",
    "hold on to your phone",
    "watch your wallet",
    "watch your wallets",
    "watch your pockets",
    "watch your bag",
    "watch your bags",
    "watch your purse",
    "watch your stuff",
    "watch your back",
    "guard your wallet",
    "hide your wallet",
    "hide your valuables",
    "check your pockets",
    "count your fingers",
    "count your change",
    "lock your car",
    "lock your cars",
    "lock your doors",
    "lock your bikes",
    "lock your bike",
    "lock up your daughters",
    "lock up your wives",
    "lock up your women",
    "hide your daughters",
    "hide your wives",
    "hide your women",
    "hide your kids",
    "keep your kids away from",
    "keep your children away from",
    "keep your daughters away from",
    "keep your wives away from",
    "keep your women away from",
    "keep your kids indoors",
    "keep your daughters indoors",
]
EN_GUARD_NEGATED = [
    "don't walk alone near",
    "never walk alone near",
    "don't go out alone near",
    "don't go out alone when",
    "don't walk alone when",
    "don't let your kids near",
    "don't let your daughters near",
    "don't let your kids play with",
    "never leave your kids alone with",
    "don't leave your kids alone with",
    "never leave your drink near",
    "don't leave your drink near",
]
EN_GUARD_JOINTS = ["", "when", "whenever", "if", "if you see", "when you see", "around", "near", "with", "once", "now"]
FR_GUARD = [
    "surveillez vos poches",
    "surveille tes poches",
    "faut surveiller ses poches",
    "il faut surveiller ses poches",
    "faut surveiller ses affaires",
    "surveillez vos affaires",
    "surveillez vos sacs",
    "tenez bien votre sac",
    "tenez bien vos sacs",
    "tiens bien ton sac",
    "tenez vos sacs",
    "gardez la main sur votre portefeuille",
    "planquez vos portefeuilles",
    "planquez votre portefeuille",
    "cachez vos portefeuilles",
    "planquez vos sacs",
    "planquez vos affaires",
    "fermez vos portes",
    "fermez vos voitures",
    "fermez bien vos portes",
    "fermez à clé",
    "verrouillez vos portes",
    "verrouillez vos voitures",
    "cachez vos filles",
    "planquez vos filles",
    "enfermez vos filles",
    "surveillez vos filles",
    "surveillez vos enfants",
    "gardez vos enfants loin des",
    "éloignez vos enfants des",
    "comptez vos doigts",
]
FR_GUARD_NEGATED = [
    "ne laissez pas vos enfants près des",
    "ne sortez pas seules près des",
    "ne sortez pas seule près des",
    "ne sortez pas seules quand",
    "ne sortez jamais seules près des",
    "ne laissez jamais vos enfants avec",
    "ne laissez pas vos enfants avec",
]
FR_GUARD_JOINTS = ["", "quand", "quand il y a", "si vous croisez", "si tu croises", "dès que", "avec", "près des"]

# the group likened to vermin by its verb alone, the noun unsaid: "X breed like there's no tomorrow", « grouillent »
EN_SWARM = [
    (
        "breed",
        ["bred"],
        [
            "like rabbits",
            "like rats",
            "like flies",
            "like cockroaches",
            "like vermin",
            "like crazy",
            "like there's no tomorrow",
            "like animals",
            "out of control",
            "uncontrollably",
        ],
    ),
    (
        "multiply",
        [],
        [
            "like rabbits",
            "like rats",
            "like flies",
            "like cockroaches",
            "like vermin",
            "like crazy",
            "everywhere",
            "like a virus",
            "like a disease",
            "like bacteria",
        ],
    ),
    ("swarm", [], ["everywhere", "all over", "into", "over", "in", "our streets", "the city", "the town"]),
    ("infest", [], ["", "our", "the", "every"]),
    (
        "spread",
        ["spread"],
        [
            "like a disease",
            "like a virus",
            "like cancer",
            "like a plague",
            "like rats",
            "everywhere",
            "through every",
            "into every",
            "like vermin",
        ],
    ),
    ("creep", ["crept"], ["into every", "in everywhere", "into our"]),
    ("crawl", [], ["all over", "everywhere", "out of every"]),
    ("overrun", ["overran", "overrun"], ["", "our", "the", "every"]),
    ("worm", [], ["their way into"]),
    ("infiltrate", [], ["every", "our", "everything"]),
]
EN_SWARM_ASPECTS = ["", "keep", "are", "are all", "just", "will", "have"]
FR_SWARM = [
    (
        "se reproduire",
        [
            "comme des lapins",
            "comme des rats",
            "comme des cafards",
            "comme des mouches",
            "comme jamais",
            "à vue d'œil",
            "à toute vitesse",
        ],
    ),
    (
        "se multiplier",
        ["comme des lapins", "comme des rats", "comme des cafards", "partout", "à vue d'œil", "comme jamais"],
    ),
    ("pulluler", ["", "partout"]),
    ("grouiller", ["", "partout"]),
    ("proliférer", ["", "partout"]),
    ("infester", ["", "nos", "la", "le", "les", "toute"]),
    ("se répandre", ["partout", "dans", "comme la peste", "comme un virus", "comme une maladie", "comme un cancer"]),
    ("s'infiltrer", ["partout", "dans", "dans toutes", "dans tous"]),
    ("s'incruster", ["partout", "dans"]),
    ("essaimer", ["partout", "dans"]),
]


def _fr_plural_other(infinitive: str) -> list[str]:
    """The plural forms of a verb the conjugation derives from one written form (« reproduire », « répandre »)."""
    written = {"reproduire": "reproduisent", "répandre": "répandent"}.get(infinitive)
    if written is None:
        return []
    return sorted({f for f in other_forms(written) if f.endswith(("ent", "ont", "aient"))})


def _fr_swarm() -> list[str]:
    forms: list[str] = []
    for inf, tails in FR_SWARM:
        reflexive = inf.startswith(("se ", "s'"))
        stem = inf.split(" ", 1)[1] if inf.startswith("se ") else (inf[2:] if inf.startswith("s'") else inf)
        verbs = sorted(_fr_plural_finite(stem)) or _fr_plural_other(stem)
        if stem == "grouiller":  # the conjugation drops an l of « grouillaient »
            verbs = [v.replace("grouil", "grouill").replace("grouilll", "grouill") for v in verbs]
        if reflexive:
            verbs = [f"s'{v}" if v[0] in "aeiouéèê" else f"se {v}" for v in verbs]
            progressive = [f"sont en train de {inf}"]
        else:
            progressive = [f"sont en train de {stem}"]
        forms += [f"{v} {t}".strip() for v in verbs + progressive for t in tails]
    return forms


def exclusion(language: str) -> list[tuple[str, list[str], str]]:
    """Trust and care refused to the group, a warning to guard oneself against it, the group likened to vermin by its
    verb alone."""
    if language == "fr":
        guard = [f"{w} {j}".strip() for w in FR_GUARD for j in FR_GUARD_JOINTS if not (j and w.endswith(" des"))]
        guard_negated = [
            f"{w} {j}".strip()
            for w in FR_GUARD_NEGATED
            for j in ("", "quand", "dès que")
            if not (j and w.endswith(("des", "avec", "quand")))
        ]
        return [
            (
                "# (fr) la confiance refusée, le groupe après : « je n'embauche pas d'X », « je ne loue plus aux X »",
                _unique(_fr_refusals() + _fr_refusals_spoken()),
                ", target: after, negated: true",
            ),
            (
                "# (fr) le soin des siens refusé, une négation proche : « jamais un X ne gardera mes enfants »",
                _unique(_fr_care()),
                ", requires: negations, negated: true",
            ),
            (
                "# (fr) se garder du groupe, le groupe après : « tenez bien votre sac quand les X sont là »",
                _unique(guard),
                ", target: after",
            ),
            (
                "# (fr) le même, nié : « ne sortez pas seules près des X »",
                _unique(guard_negated),
                ", target: after, negated: true",
            ),
            (
                "# (fr) la vermine par son seul verbe : « les X grouillent partout », « se reproduisent »",
                _unique(_fr_swarm()),
                "",
            ),
        ]
    refused = [f"{r} {v}" for r in EN_REFUSERS for v in EN_REFUSED] + EN_STOPPED
    guard = [f"{w} {j}".strip() for w in EN_GUARD for j in EN_GUARD_JOINTS if not (j and w.endswith(" from"))]
    guard_negated = [
        f"{w} {j}".strip()
        for w in EN_GUARD_NEGATED
        for j in ("", "when", "if")
        if not (j and w.endswith(("near", "with")))
    ]
    swarm: list[str] = []
    for lemma, pasts, tails in EN_SWARM:
        base, _third, *middle, ing = verb_forms(lemma, pasts) if pasts else verb_forms(lemma)
        for aspect in EN_SWARM_ASPECTS:
            verbs = {
                "": [base, *middle],
                "keep": [ing],
                "are": [ing],
                "are all": [ing],
                "just": [base],
                "will": [base],
                "have": [middle[-1]],
            }[aspect]
            swarm += [f"{aspect} {v} {t}".strip() for v in verbs for t in tails]
    return [
        (
            '# trust refused to the group, the group after: "I would never hire a X", "I don\'t rent to X anymore"',
            _unique(refused),
            ", target: after, negated: true",
        ),
        (
            "# care of the writer's own refused, a refusal in reach: \"I'd never let a X babysit my son\"",
            _unique(EN_CARE),
            ", requires: refusals, negated: true",
        ),
        (
            '# guard yourself, the group after: "hold on to your wallet when the X are around"',
            _unique(guard),
            ", target: after",
        ),
        (
            '# the same, negated: "don\'t walk alone near the X"',
            _unique(guard_negated),
            ", target: after, negated: true",
        ),
        (
            '# vermin by its verb alone: "X breed like there\'s no tomorrow", "X are swarming all over"',
            _unique(swarm),
            "",
        ),
    ]


# (fr) sent back to a place of origin, said to someone at the head of the sentence: « retourne en Afrique », « rentre
# dans ton pays » (the places are targets of this entry only: groups.yml, only_with: [retourne en]); never « je
# retourne en Afrique cet été », a trip (the sentence's head is asked: requires sent_off)
FR_SENT_BACK = [
    f"{v} {p}"
    for v in (
        "retourne",
        "rentre",
        "repars",
        "retournez",
        "rentrez",
        "repartez",
        "dégage",
        "dégagez",
        "casse-toi",
        "cassez-vous",
        "barre-toi",
        "barrez-vous",
        "va-t'en",
        "allez-vous-en",
        "rentre vite",
        "retourne vite",
        "retourne donc",
        "rentre donc",
    )
    for p in ("en", "dans", "au", "à")
]

# the condition put first, its comma kept in the form: « si t'es pas content, retourne en Afrique »
FR_SENT_BACK_IF = [
    f"{c}, {v} {p}"
    for c in (
        "si t'es pas content",
        "si tu n'es pas content",
        "si vous n'êtes pas contents",
        "si vous êtes pas contents",
        "si t'aimes pas la france",
        "si tu n'aimes pas la france",
        "si ça te plaît pas",
        "si ça vous plaît pas",
    )
    for v in ("retourne", "rentre", "repars", "retournez", "rentrez", "repartez")
    for p in ("en", "dans", "au", "à")
]


def sent_back(language: str) -> list[tuple[str, list[str], str]]:
    """« retourne en Afrique », « rentre dans ton pays »: the French of "go back to" (English has it in
    hate-predicates.yml)."""
    if language != "fr":
        return []
    return [
        (
            "# (fr) le renvoi au pays, crié en tête de phrase : « retourne en Afrique », « rentre dans ton pays »",
            ["retourne en", *[f for f in FR_SENT_BACK + FR_SENT_BACK_IF if f != "retourne en"]],
            ", target: after, adjacent: true, requires: sent_off",
        )
    ]


# ---------------------------------------------------------------- normative threats (session 19, I)
# What should be done to a group, said as a duty: a deontic modal and a removal or harm verb, the group its object
# ("we have to deport X", « y a qu'à expulser les X », « les X, faudrait les mettre en institution ») or its subject
# in a passive of any voice ("X should get deported", "X need deporting", « les X sont à expulser »). The hand lists
# held "should be deported" and the calls that "should", "need", « faut » open; these are the modals and voices they
# lacked ("have to", "'ve got to", "the only solution is to", « y a qu'à », « il suffit de »; the get-passive, the
# gerund after "need"/"want"), with every removal verb, each in the form its modal asks.
# (base, participle, gerund): removal, confinement, sterilisation and killing; never "deal with", "take care of" or
# "repatriate", which policy and care say too ("refugees should be dealt with humanely")
EN_REMOVALS = [
    ("deport", "deported", "deporting"),
    ("round up", "rounded up", "rounding up"),
    ("lock up", "locked up", "locking up"),
    ("lock away", "locked away", "locking away"),
    ("put away", "put away", "putting away"),
    ("kick out", "kicked out", "kicking out"),
    ("throw out", "thrown out", "throwing out"),
    ("chuck out", "chucked out", "chucking out"),
    ("boot out", "booted out", "booting out"),
    ("send back", "sent back", "sending back"),
    ("send home", "sent home", "sending home"),
    ("send packing", "sent packing", "sending packing"),
    ("ship back", "shipped back", "shipping back"),
    ("ship out", "shipped out", "shipping out"),
    ("ship off", "shipped off", "shipping off"),
    ("expel", "expelled", "expelling"),
    ("banish", "banished", "banishing"),
    ("exile", "exiled", "exiling"),
    ("get rid of", "got rid of", "getting rid of"),
    ("chase out", "chased out", "chasing out"),
    ("drive out", "driven out", "driving out"),
    ("run out of town", "run out of town", "running out of town"),
    ("strip of their citizenship", "stripped of their citizenship", "stripping of their citizenship"),
    ("put on a boat back", "put on a boat back", "putting on a boat back"),
    ("put on the first boat back", "put on the first boat back", "putting on the first boat back"),
    ("put on the next boat back", "put on the next boat back", "putting on the next boat back"),
    ("put on a plane back", "put on a plane back", "putting on a plane back"),
    ("put on the first plane back", "put on the first plane back", "putting on the first plane back"),
    ("put on the next plane home", "put on the next plane home", "putting on the next plane home"),
    ("intern", "interned", "interning"),
    ("institutionalise", "institutionalised", "institutionalising"),
    ("institutionalize", "institutionalized", "institutionalizing"),
    ("put in institutions", "put in institutions", "putting in institutions"),
    ("put in an institution", "put in an institution", "putting in an institution"),
    ("put in camps", "put in camps", "putting in camps"),
    ("segregate", "segregated", "segregating"),
    ("imprison", "imprisoned", "imprisoning"),
    ("cage", "caged", "caging"),
    ("sterilise", "sterilised", "sterilising"),
    ("sterilize", "sterilized", "sterilizing"),
    ("castrate", "castrated", "castrating"),
    ("neuter", "neutered", "neutering"),
    ("screen out", "screened out", "screening out"),
    ("weed out", "weeded out", "weeding out"),
    ("breed out", "bred out", "breeding out"),
    ("cull", "culled", "culling"),
    ("put down", "put down", "putting down"),
    ("gas", "gassed", "gassing"),
    ("hang", "hanged", "hanging"),
    ("lynch", "lynched", "lynching"),
    ("shoot", "shot", "shooting"),
    ("execute", "executed", "executing"),
    ("exterminate", "exterminated", "exterminating"),
    ("eradicate", "eradicated", "eradicating"),
    ("wipe out", "wiped out", "wiping out"),
    ("purge", "purged", "purging"),
    ("kill", "killed", "killing"),
]
# persecution short of removal, said in a passive of duty only: marking, separating, depriving, forcing out, breeding
# stopped; never what care and civic life say too ("should be registered to vote", "should be monitored for heat")
EN_PERSECUTED = [
    "put on a register",
    "tagged",
    "chipped",
    "microchipped",
    "made to wear armbands",
    "made to wear badges",
    "made to wear a star",
    "made to leave",
    "forced to leave",
    "forced out",
    "told to leave",
    "shown the door",
    "kept apart",
    "kept separate",
    "separated from the rest of us",
    "separated from normal people",
    "kept off the streets",
    "kept out of our schools",
    "kept out of the country",
    "kept out of our country",
    "kept out of our neighbourhoods",
    "banned from our schools",
    "stopped from breeding",
    "prevented from breeding",
    "stopped from having kids",
    "prevented from having children",
    "denied healthcare",
    "denied benefits",
    "denied housing",
    "denied citizenship",
    "denied entry",
    "stripped of their rights",
    "sent to rwanda",
    "put on an island",
    "shipped to an island",
    "left to drown",
    "left to die",
    "left to rot",
    "left to starve",
    "made to go back",
    "controlled",
    "put in their place",
    "put back in their place",
    "taught a lesson",
]
# a departure demanded, closing its sentence ("X should leave.") or with the country it leaves; never with a time
# alone ("X should leave now, before the storm hits")
EN_LEAVE = ["leave", "go", "get out", "clear off", "piss off", "pack their bags", "pack up and leave", "go home"]
EN_LEAVE_MODALS = [
    "should",
    "should all",
    "should just",
    "need to",
    "needs to",
    "must",
    "must all",
    "have to",
    "has to",
    "ought to",
    "all need to",
    "gotta",
    "got to",
    "better",
]
EN_LEAVE_PLACES = [
    "for good",
    "this country",
    "our country",
    "the country",
    "my country",
    "europe",
    "britain",
    "the uk",
    "america",
    "the us",
    "our streets",
    "our towns",
    "our neighbourhood",
    "our neighborhood",
    "here",
]
# a gerund that reads as an activity after "need" ("they need shooting practice" is rare, "need hanging" a picture's)
EN_NO_GERUND = {"hang", "shoot", "execute", "cage", "intern"}
# the group's duty, the group before: "X need deporting", "X want locking up", "X could do with sterilising"
EN_NEED_GERUND = ["need", "needs", "want", "wants", "deserve", "deserves", "could do with"]
# a vow or a wish to "deal with" a group, the group after: "one day we'll deal with X", "I wish someone would sort out
# X" (never "we need to deal with X", which policy says too)
EN_VOWS = [
    "i'll",
    "i will",
    "we'll",
    "we will",
    "i'm gonna",
    "im gonna",
    "we're gonna",
    "i'm going to",
    "we're going to",
    "one day we'll",
    "one day we will",
    "i'd happily",
    "i would happily",
    "i'd gladly",
    "i wish someone would",
    "wish someone would",
    "i wish somebody would",
    "someone will",
    "somebody will",
    "it's time someone",
    "about time someone",
]
EN_VOW_ACTS = [
    "deal with",
    "sort out",
    "finally deal with",
    "clear out",
    "clean out",
    "smoke out",
    "put a stop to",
    "get rid of",
    "run out",
    "drive out",
    "teach a lesson to",
]
# the modals of a passive of duty: "X *should all be* deported"
EN_PASSIVE_MODALS = [
    f"{m} {a}be"
    for m in (
        "should",
        "must",
        "need to",
        "needs to",
        "have to",
        "has to",
        "ought to",
        "deserve to",
        "deserves to",
        "gotta",
        "got to",
        "should really",
        "must all",
        "need to all",
    )
    for a in ("", "all ", "just ")
]
# the modals of a get-passive of duty: "X *should* get deported"
EN_GET_MODALS = [
    "should",
    "should all",
    "should just",
    "must",
    "need to",
    "needs to",
    "ought to",
    "have to",
    "has to",
    "deserve to",
    "deserves to",
    "gotta",
    "need to all",
    "all need to",
    "should really",
]
# the modals of a call the words file's ``calls`` lack ("should", "must", "gotta" are there), the group after: "we
# *have to* deport X", "we've *got to* round up X", "*the only solution is to* sterilise X", "*I say we* ship back X"
EN_DUTY_MODALS = [
    "have to",
    "has to",
    "have got to",
    "has got to",
    "got to",
    "i say we",
    "i say we just",
    "the solution is to",
    "the only solution is to",
    "the answer is to",
    "the only answer is to",
    "the only way is to",
    "the best thing is to",
    "the best thing would be to",
    "we'd be better off if we",
    "about time we",
    "high time we",
    "it's time we",
]

# French: (infinitive, masculine plural participle, feminine plural participle)
FR_REMOVALS = [
    ("expulser", "expulsés", "expulsées"),
    ("renvoyer", "renvoyés", "renvoyées"),
    ("renvoyer chez eux", "renvoyés chez eux", "renvoyées chez elles"),
    ("renvoyer au bled", "renvoyés au bled", "renvoyées au bled"),
    ("renvoyer dans leur pays", "renvoyés dans leur pays", "renvoyées dans leur pays"),
    ("renvoyer d'où ils viennent", "renvoyés d'où ils viennent", "renvoyées d'où elles viennent"),
    ("reconduire à la frontière", "reconduits à la frontière", "reconduites à la frontière"),
    ("raccompagner à la frontière", "raccompagnés à la frontière", "raccompagnées à la frontière"),
    ("remettre dans les bateaux", "remis dans les bateaux", "remises dans les bateaux"),
    ("remettre dans un bateau", "remis dans un bateau", "remises dans un bateau"),
    ("mettre dans le premier avion", "mis dans le premier avion", "mises dans le premier avion"),
    ("déporter", "déportés", "déportées"),
    ("virer", "virés", "virées"),
    ("dégager", "dégagés", "dégagées"),
    ("chasser", "chassés", "chassées"),
    ("bannir", "bannis", "bannies"),
    ("mettre dehors", "mis dehors", "mises dehors"),
    ("foutre dehors", "foutus dehors", "foutues dehors"),
    ("mettre à la porte", "mis à la porte", "mises à la porte"),
    ("foutre à la porte", "foutus à la porte", "foutues à la porte"),
    ("déchoir de leur nationalité", "déchus de leur nationalité", "déchues de leur nationalité"),
    ("déchoir de la nationalité", "déchus de la nationalité", "déchues de la nationalité"),
    ("interdire de territoire", "interdits de territoire", "interdites de territoire"),
    ("enfermer", "enfermés", "enfermées"),
    ("enfermer à vie", "enfermés à vie", "enfermées à vie"),
    ("interner", "internés", "internées"),
    ("parquer", "parqués", "parquées"),
    ("mettre en institution", "mis en institution", "mises en institution"),
    ("mettre en hp", "mis en hp", "mises en hp"),
    ("enfermer en hp", "enfermés en hp", "enfermées en hp"),
    ("mettre à l'asile", "mis à l'asile", "mises à l'asile"),
    ("mettre dans des camps", "mis dans des camps", "mises dans des camps"),
    ("mettre en camp", "mis en camp", "mises en camp"),
    ("mettre dans un camp", "mis dans un camp", "mises dans un camp"),
    ("stériliser", "stérilisés", "stérilisées"),
    ("castrer", "castrés", "castrées"),
    ("éliminer", "éliminés", "éliminées"),
    ("exterminer", "exterminés", "exterminées"),
    ("gazer", "gazés", "gazées"),
    ("fusiller", "fusillés", "fusillées"),
    ("pendre", "pendus", "pendues"),
    ("abattre", "abattus", "abattues"),
    ("buter", "butés", "butées"),
    ("tuer", "tués", "tuées"),
    ("noyer", "noyés", "noyées"),
    ("ficher", "fichés", "fichées"),
    ("obliger à partir", "obligés de partir", "obligées de partir"),
    ("forcer à partir", "forcés de partir", "forcées de partir"),
    ("remettre à la mer", "remis à la mer", "remises à la mer"),
    ("jeter à la mer", "jetés à la mer", "jetées à la mer"),
    ("priver de leurs droits", "privés de leurs droits", "privées de leurs droits"),
    ("priver d'allocs", "privés d'allocs", "privées d'allocs"),
    ("priver d'aides", "privés d'aides", "privées d'aides"),
    ("séparer des autres", "séparés des autres", "séparées des autres"),
    ("empêcher de se reproduire", "empêchés de se reproduire", "empêchées de se reproduire"),
    ("mettre au pas", "mis au pas", "mises au pas"),
    ("remettre à leur place", "remis à leur place", "remises à leur place"),
    ("mater", "matés", "matées"),
]
# the infinitives hate-predicates.yml already pairs after a call (« il faut *expulser* les X »): not written again
FR_LISTED_ELSEWHERE = frozenset(
    [
        *_words(
            "expulser renvoyer déporter virer dégager chasser bannir enfermer interner parquer stériliser castrer"
            " éliminer exterminer gazer fusiller pendre abattre buter tuer noyer mater"
        ),
        "déchoir de leur nationalité",
        "déchoir de la nationalité",
        "priver de leurs droits",
        "empêcher de se reproduire",
        "mettre dans des camps",
    ]
)
# the subjunctive after « qu'on les … » (third singular), where it is not the infinitive's stem + « e »
FR_SUBJ = {
    "renvoyer": "renvoie",
    "mettre": "mette",
    "remettre": "remette",
    "foutre": "foute",
    "bannir": "bannisse",
    "déchoir": "déchoie",
    "interdire": "interdise",
    "pendre": "pende",
    "abattre": "abatte",
    "noyer": "noie",
    "reconduire": "reconduise",
}
# the modals of a duty, the group after or taken up by « les » before the verb
FR_DUTY_MODALS = [
    "il faut",
    "faut",
    "il faudrait",
    "faudrait",
    "il faudra",
    "faudra",
    "on devrait",
    "on doit",
    "on devra",
    "il est temps de",
    "il est grand temps de",
    "on va",
    "on pourrait",
    "y a qu'à",
    "y'a qu'à",
    "il y a qu'à",
    "il n'y a qu'à",
    "y a plus qu'à",
    "y'a plus qu'à",
    "on a qu'à",
    "on n'a qu'à",
    "il suffit de",
    "il suffirait de",
    "suffit de",
    "suffirait de",
    "faut juste",
    "il faut juste",
    "faudrait juste",
    "il faudrait juste",
    "la solution c'est de",
    "la seule solution c'est de",
    "la solution serait de",
    "la seule solution serait de",
    # the periphrasis of « aller », a call to go and do it: « faudrait qu'on *aille* les virer », « un jour on *ira* »
    "faut aller",
    "il faut aller",
    "faudrait aller",
    "il faudrait aller",
    "on devrait aller",
    "on va aller",
    "faut qu'on aille",
    "faudrait qu'on aille",
    "il faudrait qu'on aille",
    "faudrait que quelqu'un aille",
    "il faudrait que quelqu'un aille",
    "quelqu'un devrait",
    "quelqu'un devrait aller",
    "quelqu'un doit",
    "j'aimerais qu'on aille",
    "un jour on va",
    "un jour on ira",
    "on ira",
]
# acts done to the group after them, their preposition written in (« donner une leçon *aux* X »), or to « leur »
FR_LESSONS = [
    "donner une leçon",
    "régler leur compte",
    "faire la peau",
    "casser la gueule",
    "péter la gueule",
    "apprendre la vie",
    "montrer ce qui arrive",
]
# the modals of a passive of duty: « les X *devraient être* expulsés », « *faut qu'ils soient* renvoyés »
FR_PASSIVE_MODALS = [
    "devraient être",
    "devraient tous être",
    "devraient toutes être",
    "doivent être",
    "doivent tous être",
    "doivent toutes être",
    "méritent d'être",
    "mériteraient d'être",
    "faut qu'ils soient",
    "faudrait qu'ils soient",
    "il faut qu'ils soient",
    "il faudrait qu'ils soient",
    "faut qu'elles soient",
    "faudrait qu'elles soient",
    "il faut qu'elles soient",
    "il faudrait qu'elles soient",
    "devraient être tous",
    "doivent être tous",
]
# « tous » between the clitic and the modal: « faudrait *tous* les expulser »
FR_CLITICS = ["les", "tous les", "toutes les"]
# access denied to the group, taken up by « leur »: « on devrait leur interdire l'entrée des boîtes »
FR_DENIED_ACCESS = [
    "interdire l'entrée",
    "interdire l'accès",
    "interdire le territoire",
    "interdire le pays",
    "fermer les frontières",
    "fermer la porte",
    "refuser l'entrée",
]


def _fr_de(modal: str, infinitive: str) -> str:
    """« il suffit de » + infinitive, « de » elided before a vowel (« il suffit d'expulser »)."""
    if modal.endswith(" de") and infinitive[:1] in "aeéèêiîoôuh":
        return f"{modal[:-3]} d'{infinitive}"
    return f"{modal} {infinitive}"


def _fr_subjunctive(infinitive: str) -> str:
    """The third singular subjunctive of the verb phrase's first verb (« qu'on les *renvoie* chez eux »)."""
    verb, _, rest = infinitive.partition(" ")
    if verb in FR_SUBJ:
        form = FR_SUBJ[verb]
    elif verb.endswith("er"):
        form = verb[:-2] + "e"
    elif verb.endswith("ir"):
        form = verb[:-2] + "isse"
    else:
        form = verb[:-2] if verb.endswith("re") else verb
    return f"{form} {rest}".strip()


# a weapon or a coffin drawn right after the group, closing the sentence: "X 🔫🔫", « les X 🔪 » (not 💣 or 🔥, which
# praise too: "the bomb", "lit"; not 💀, which laughs)
WEAPON_EMOJI = [
    "🔫",
    "🔪",
    "🪓",
    "🗡",
    "🗡️",
    "⚰",
    "⚰️",
    "🪦",
    "🔫🔫",
    "🔪🔪",
    "🔫🔫🔫",
    "🔪🔪🔪",
    "🪓🪓",
    "⚰️⚰️",
    "🔫🔪",
    "🔪🔫",
]


def _weapons() -> tuple[str, list[str], str]:
    return (
        '# (session 19, I) a weapon or a coffin drawn right after the group, closing the sentence: "X 🔫🔫"',
        WEAPON_EMOJI,
        ", sureness: 2, adjacent: true, final: true",
    )


def _call_words(language: str) -> set[str]:
    """The words of the ``calls`` class of the language's hate-words.yml (the modals a call opens with)."""
    path = Path(__file__).resolve().parents[1] / "rules" / "risk" / "terms" / language / "hate-words.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(w) for w in data["classes"]["calls"]}


def _listed_forms(language: str) -> set[str]:
    """Every form of the language's hate-predicates.yml (the verbs a call already pairs: "we have to *deport* X")."""
    path = Path(__file__).resolve().parents[1] / "rules" / "risk" / "terms" / language / "hate-predicates.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {str(f) for entry in data["terms"] for f in [entry["term"], *entry.get("forms", [])]}


def normative(language: str) -> list[tuple[str, list[str], str]]:
    """What should be done to a group: a duty's modal and a removal or harm verb in every voice."""
    if language == "fr":
        verbs = [v for v, _, _ in FR_REMOVALS]
        fresh = [v for v in verbs if v not in FR_LISTED_ELSEWHERE]
        participles = [p for _, m, f in FR_REMOVALS for p in (m, f)]
        # a modal the words file's calls hold already pairs the listed verbs (« faut les *stériliser* »): only the
        # others are written out, so the spans of the listed pairs stay theirs
        calls = _call_words("fr")
        modals = [m for m in FR_DUTY_MODALS if not calls & set(m.split())]
        clitic = [f"{m} {c} {v}" for m in modals for c in FR_CLITICS for v in verbs]
        return [
            (
                "# (session 19, I) le devoir d'expulser, d'enfermer ou de stériliser, le groupe après : « y a qu'à"
                " expulser les X », « il suffirait de stériliser les X », « faudrait mettre en institution les X »",
                [_fr_de(m, v) for m in modals for v in verbs]
                + [_fr_de(m, f"{a} aux") for m in FR_DUTY_MODALS for a in FR_LESSONS],
                ", target: after, sureness: 2, undone_by: contests",
            ),
            (
                "# (session 19, I) le même, le groupe en tête repris par « les » : « les X, faudrait tous les"
                " expulser », « les X il faudrait les mettre en institution », « les X, qu'on les renvoie chez eux »",
                clitic
                + [f"qu'on {c} {_fr_subjunctive(v)}" for c in ("les", "les tous") for v in fresh]
                + [f"{m} leur {a}" for m in modals for a in FR_DENIED_ACCESS + FR_LESSONS],
                ", sureness: 2, free: 3",
            ),
            (
                "# (session 19, I) le groupe sujet d'un passif de devoir, jusqu'à trois mots libres du groupe avant"
                " lui : « les X du foyer devraient être mis en institution », « faut qu'ils soient renvoyés chez eux »",
                [f"{m} {p}" for m in FR_PASSIVE_MODALS for p in participles],
                ", sureness: 2, free: 3",
            ),
            (
                "# (session 19, I) le même devoir dit par « à » + infinitif : « les X sont à expulser », « tous à"
                " renvoyer chez eux »",
                [f"{b} {v}" for b in ("sont à", "sont tous à", "sont toutes à", "tous à", "toutes à") for v in verbs],
                ", sureness: 2, free: 3",
            ),
            (
                "# (session 19, I) les verbes de renvoi et d'enfermement que les listes à la main n'avaient pas, après"
                " un appel (words file: calls) : « faut mettre en institution les X », « les X ? faudrait les renvoyer"
                " chez eux » (« les » pour le groupe de la phrase d'avant)",
                fresh,
                ", target: after, sureness: 2, requires: calls",
            ),
            _weapons(),
        ]
    verbs_en = [b for b, _, _ in EN_REMOVALS]
    calls_en = _call_words("en")
    duties = [m for m in EN_DUTY_MODALS if not calls_en & set(m.split())]
    listed = _listed_forms("en")
    fresh_en = [v for v in verbs_en if v not in listed]
    return [
        (
            '# (session 19, I) the duty to remove or harm a group, the group after: "we have to deport X", "the only'
            ' solution is to sterilise X", "I say we ship back X"',
            [f"{m} {v}" for m in duties for v in verbs_en]
            + [f"{m} {v}" for m in EN_DUTY_MODALS for v in fresh_en]
            + [f"{m} {v}" for m in EN_VOWS for v in EN_VOW_ACTS + verbs_en],
            ", target: after, sureness: 2, undone_by: contests",
        ),
        (
            "# (session 19, I) the same, the group the subject of a passive of duty, its modal written in, up to three"
            ' free words of the group\'s own before it: "every X on a visa needs to be sent home", "X should be put on'
            ' the first boat back"',
            [f"{m} {p}" for m in EN_PASSIVE_MODALS for _, p, _ in EN_REMOVALS],
            ", sureness: 2, free: 3",
        ),
        (
            '# (session 19, I) persecution short of removal in a passive of duty: "X should be registered", "X need to'
            ' be kept apart", "X should be stopped from breeding", "X must be made to leave"',
            [f"{m} {p}" for m in EN_PASSIVE_MODALS for p in EN_PERSECUTED],
            ", sureness: 2, free: 3",
        ),
        (
            '# (session 19, I) a departure demanded, closing its sentence: "X should leave.", "X need to get out"',
            [f"{m} {v}" for m in EN_LEAVE_MODALS for v in EN_LEAVE],
            ", sureness: 1, free: 3, final: true",
        ),
        (
            '# (session 19, I) the same with the place left or the time: "X need to leave our country", "X should go'
            ' now"',
            [f"{m} {v} {p}" for m in EN_LEAVE_MODALS for v in EN_LEAVE for p in EN_LEAVE_PLACES],
            ", sureness: 1, free: 3",
        ),
        (
            '# (session 19, I) the get-passive, its modal written in (a bare "X got deported" is news): "X should get'
            ' deported", "X need to get locked up"',
            [f"{m} get {p}" for m in EN_GET_MODALS for _, p, _ in EN_REMOVALS],
            ", sureness: 2, free: 3",
        ),
        (
            '# (session 19, I) the same through a gerund of duty, no modal needed: "X need deporting", "X want'
            ' locking up"',
            [f"{n} {g}" for n in EN_NEED_GERUND for b, _, g in EN_REMOVALS if b not in EN_NO_GERUND],
            ", sureness: 2, free: 3",
        ),
        _weapons(),
    ]


# ---------------------------------------------------------------- demographic fear (session 19, I)
# The group's numbers as a threat: a people made a minority in its own country ("… will be a minority in their own
# country", « minoritaires chez nous »), the group outnumbering "us", births counted against ours ("X are having five
# kids each while we …", « les X font six gosses pendant qu'on en fait un »). Not a majority foretold, which news and
# praise say as often ("women will be the majority in French medical schools", "… by 2050, says the census"); never a
# count of one family's children without "each" or a comparison.
EN_FUTURE_BE = [
    "will be",
    "will soon be",
    "are going to be",
    "are gonna be",
    "will become",
    "will all be",
    "would be",
    "will end up",
    "will end up being",
    "are set to be",
    "are on track to be",
    "are becoming",
]
EN_MINORITY = ["a minority", "the minority", "minorities"]
EN_OWN = [
    "in their own country",
    "in our own country",
    "in their own land",
    "in our own land",
    "in their own homeland",
    "in our own homeland",
    "in their own nation",
    "in our own nation",
]
EN_BIRTH_VERBS = [
    "are having",
    "have",
    "pop out",
    "are popping out",
    "churn out",
    "are churning out",
    "breed",
    "produce",
]
EN_COUNTS = [*_words("three four five six seven eight nine ten twelve 3 4 5 6 7 8 9 10 12"), "loads of", "dozens of"]
EN_CHILDREN = ["kids", "children", "babies", "sprogs"]
EN_AGAINST = ["each", "apiece", "while we", "while our", "whereas we"]
FR_FUTURE_BE = [
    "seront",
    "seront bientôt",
    "vont être",
    "deviendront",
    "vont devenir",
    "finiront",
    "seraient",
    "sont en passe d'être",
    "vont finir",
]
FR_OWN = [
    "chez eux",
    "chez nous",
    "dans leur propre pays",
    "dans notre propre pays",
    "sur leur propre sol",
    "sur notre propre sol",
    "dans leur pays",
    "dans notre pays",
]
FR_BIRTH_VERBS = ["font", "pondent", "ont", "alignent"]
FR_COUNTS = [
    *_words("trois quatre cinq six sept huit neuf dix douze 3 4 5 6 7 8 9 10 12"),
    "des tas de",
    "une ribambelle de",
]
FR_CHILDREN = ["gosses", "enfants", "mômes", "marmots", "gamins", "bébés"]
FR_AGAINST = ["chacune", "chacun", "pendant que", "pendant qu'on", "alors que", "alors qu'on"]


def demographic(language: str) -> list[tuple[str, list[str], str]]:
    """The group's numbers as a threat: majority foretold, a people a minority at home, births counted against ours."""
    if language == "fr":
        return [
            (
                "# (session 19, I) la peur du nombre : un peuple minoritaire chez lui (« … seront minoritaires"
                " chez eux »), des naissances comptées contre les nôtres (« les X font six gosses pendant qu'on en"
                " fait un »)",
                [f"{f} {m} {o}" for f in FR_FUTURE_BE for m in ("minoritaires", "une minorité") for o in FR_OWN]
                + [
                    f"{v} {n} {c} {a}"
                    for v in FR_BIRTH_VERBS
                    for n in FR_COUNTS
                    for c in FR_CHILDREN
                    for a in FR_AGAINST
                ],
                ", free: 3",
            )
        ]
    return [
        (
            '# (session 19, I) demographic fear: a people a minority in its own country ("… will be a minority in'
            ' their own country"), the group outnumbering us, births counted against ours ("X are having five kids'
            ' each while we …")',
            [f"{f} {m} {o}" for f in EN_FUTURE_BE for m in EN_MINORITY for o in EN_OWN]
            + [
                f"will outnumber {w}"
                for w in ("us", "the natives", "white people", "the locals", "the british", "us all")
            ]
            + [f"{v} {n} {c} {a}" for v in EN_BIRTH_VERBS for n in EN_COUNTS for c in EN_CHILDREN for a in EN_AGAINST],
            ", free: 3",
        )
    ]


def round20(language: str) -> list[tuple[str, list[str], str]]:
    """The classes of implicit derogation added in round 20 (session 17, I)."""
    return (
        habits(language)
        + places(language)
        + apart(language)
        + expectation(language)
        + exclusion(language)
        + sent_back(language)
        + normative(language)
        + demographic(language)
    )


# ---------------------------------------------------------------- round 27: the group made a degrading kind
# Dehumanisation in a fresh metaphor names the group by a kind of thing people rid a place of. The kinds are written by
# their meaning, whole classes at once (not the words of a case): what rots and grows on walls, the weeds a gardener
# pulls, refuse and sewage, the pests and scavengers of farms and houses, the diseases that spread. Sureness 2 like the
# hand list's "vermin" and "sewage" (hate-predicates.yml), with the group before, said of it by a copula. Not the
# words that are verbs or everyday nouns as often ("X *refuse* to …", "a *sore* loser", "a *rash* decision", "*scrap*
# metal", "a *tick*"), which changed flags on train tweets.
# (singular, plural) of a count noun; a mass noun is written alone
EN_KINDS_COUNT = [
    # what rots and grows on walls
    ("fungus", "fungi"),
    ("blight", "blights"),
    ("canker", "cankers"),
    # the weeds a gardener pulls
    ("weed", "weeds"),
    ("invasive species", ""),
    ("invasive weed", "invasive weeds"),
    ("thistle", "thistles"),
    ("bramble", "brambles"),
    ("nettle", "nettles"),
    ("knotweed", ""),
    ("bindweed", ""),
    # refuse and sewage
    ("sewer", "sewers"),
    ("open sewer", "open sewers"),
    ("cesspit", "cesspits"),
    ("cesspool", "cesspools"),
    ("landfill", "landfills"),
    ("rubbish heap", "rubbish heaps"),
    ("garbage dump", "garbage dumps"),
    ("stain", "stains"),
    ("scab", "scabs"),
    # pests and scavengers
    ("locust", "locusts"),
    ("termite", "termites"),
    ("flea", "fleas"),
    ("bedbug", "bedbugs"),
    ("mosquito", "mosquitoes"),
    ("vulture", "vultures"),
    ("hyena", "hyenas"),
    ("jackal", "jackals"),
    ("slug", "slugs"),
    ("worm", "worms"),
    ("woodworm", ""),
    ("pest", "pests"),
    ("infestation", "infestations"),
    ("swarm", ""),
    ("horde of locusts", "hordes of locusts"),
    ("swarm of locusts", "swarms of locusts"),
    ("plague of locusts", "plagues of locusts"),
    ("plague of rats", ""),
    # diseases that spread
    ("pox", ""),
    ("contagion", "contagions"),
    ("pestilence", ""),
    ("epidemic", "epidemics"),
    ("pandemic", "pandemics"),
    ("scourge", "scourges"),
    ("festering sore", "festering sores"),
    ("malignancy", ""),
    # (session 25, T) what carries and breeds a disease: the vessel, the vector, the ground it breeds in
    ("petri dish", "petri dishes"),
    ("disease carrier", "disease carriers"),
    ("plague carrier", "plague carriers"),
    ("disease vector", "disease vectors"),
    ("breeding ground for disease", "breeding grounds for disease"),
    # (session 39, T) what fouls and chokes water, a tide that drowns, a nest of stinging or swarming things
    ("oil slick", "oil slicks"),
    ("algal bloom", "algal blooms"),
    ("tidal wave", "tidal waves"),
    ("tsunami", "tsunamis"),
    ("anthill", "anthills"),
    ("ant colony", "ant colonies"),
    ("wasp nest", "wasp nests"),
    ("hornet nest", "hornet nests"),
    ("termite mound", "termite mounds"),
    # (session 40, D) a substance or a mass that overruns, a stain, a monster, a product of breeding
    ("flood", ""),
    ("deluge", ""),
    ("human tide", "human tides"),
    ("tide of filth", "tides of filth"),
    ("smear", ""),
    ("blot on the landscape", "blots on the landscape"),
    ("ghoul", "ghouls"),
    ("goblin", "goblins"),
    ("ogre", "ogres"),
    ("hellspawn", ""),
    ("spawn of satan", ""),
    ("baby factory", "baby factories"),
    ("breeding machine", "breeding machines"),
]
EN_KINDS_MASS = [
    "mould",
    "mold",
    "mildew",
    "rot",
    "dry rot",
    "gangrene",
    "fungus",
    "slime",
    "sludge",
    "muck",
    "litter",
    "debris",
    "detritus",
    "dung",
    "manure",
    "vomit",
    "pus",
    "sewage",
    "woodworm",
    "knotweed",
    "bindweed",
    "weeds",
    "pox",
    "pestilence",
    # (session 39, T) what chokes and fouls water
    "pondweed",
    "driftwood",
    "flotsam",
    "algae",
    "pond scum",
    # (session 40, D) dirt to wash off
    "filth",
    "grime",
]


def _en_article(noun: str) -> str:
    return "an" if noun[0] in "aeiou" else "a"


def en_kinds() -> list[str]:
    """ "X are a mould", "X are human-shaped litter", "X are locusts", "X are nothing but sewers"."""
    forms: list[str] = []
    for singular, plural in EN_KINDS_COUNT:
        forms += [f"{_en_article(singular)} {singular}", f"a walking {singular}", f"a human {singular}"]
        # (session 39, T) an intensifier between the article and the kind: "X, a real blight on this town"
        forms += [f"a real {singular}", f"a total {singular}", f"an absolute {singular}", f"a proper {singular}"]
        forms.append(f"human {singular}")  # (session 25, T) a count noun said as a mass: "X are human landfill"
        if plural:
            forms += [plural, f"walking {plural}", f"human {plural}", f"two-legged {plural}"]
    for mass in EN_KINDS_MASS:
        forms += [mass, f"human {mass}", f"human-shaped {mass}", f"walking {mass}", f"two-legged {mass}"]
    return forms


# (fr) (singulier avec son article, pluriel) ; un nom massif avec son partitif
FR_KINDS_COUNT = [
    # ce qui pourrit et moisit
    ("une moisissure", "moisissures"),
    ("un champignon", ""),
    ("une gangrène", "gangrènes"),
    ("une lèpre", ""),
    ("un chancre", "chancres"),
    ("une pustule", "pustules"),
    ("un furoncle", "furoncles"),
    ("une plaie", "plaies"),
    ("une tache", "taches"),
    # les mauvaises herbes
    ("une mauvaise herbe", "mauvaises herbes"),
    ("une espèce invasive", "espèces invasives"),
    ("une plante invasive", "plantes invasives"),
    ("une ronce", "ronces"),
    ("une ortie", "orties"),
    # ordures et égouts
    ("un égout", "égouts"),
    ("un égout à ciel ouvert", "égouts à ciel ouvert"),
    ("une fosse septique", "fosses septiques"),
    ("une fosse à purin", ""),
    ("une décharge", "décharges"),
    ("une poubelle", "poubelles"),
    ("un étron", "étrons"),
    ("un détritus", "détritus"),
    ("une immondice", "immondices"),
    # nuisibles et charognards
    ("un criquet", "criquets"),
    ("une sauterelle", "sauterelles"),
    ("un termite", "termites"),
    ("une tique", "tiques"),
    ("une puce", "puces"),
    ("une punaise de lit", "punaises de lit"),
    ("un moustique", "moustiques"),
    ("un vautour", "vautours"),
    ("une hyène", "hyènes"),
    ("un chacal", "chacals"),
    ("un charognard", "charognards"),
    ("une limace", "limaces"),
    ("un ver", "vers"),
    ("un asticot", "asticots"),
    ("un nuisible", "nuisibles"),
    ("une nuée de criquets", "nuées de criquets"),
    ("une nuée de sauterelles", "nuées de sauterelles"),
    ("une invasion de criquets", ""),
    # maladies qui se répandent
    ("une épidémie", "épidémies"),
    ("une pandémie", "pandémies"),
    ("une contagion", ""),
    ("un fléau", "fléaux"),
    ("une pestilence", ""),
    ("une métastase", "métastases"),
    # (session 25, T) ce qui porte et couve une maladie
    ("un bouillon de culture", "bouillons de culture"),
    ("un porteur de maladies", "porteurs de maladies"),
    ("un vecteur de maladies", "vecteurs de maladies"),
    ("un nid à microbes", "nids à microbes"),
    # (session 39, T) la marée qui noie et souille, le nid de ce qui pique ou grouille
    ("une marée noire", "marées noires"),
    ("un raz-de-marée", ""),
    ("un tsunami", "tsunamis"),
    ("une déferlante", "déferlantes"),
    ("une fourmilière", "fourmilières"),
    ("une termitière", "termitières"),
    ("un nid de frelons", "nids de frelons"),
    ("un nid de guêpes", "nids de guêpes"),
    ("un nid de rats", "nids de rats"),
    ("un nid de vipères", "nids de vipères"),
    # (session 40, D) une masse qui grouille, une souillure, une machine à pondre
    ("une masse grouillante", "masses grouillantes"),
    ("une masse informe", "masses informes"),
    ("une masse grise", ""),
    ("une souillure", "souillures"),
    ("une machine à bébés", "machines à bébés"),
    ("une pondeuse", "pondeuses"),
]
FR_KINDS_MASS = [
    "de la moisissure",
    "du moisi",
    "de la pourriture",
    "de la gangrène",
    "de la lèpre",
    "du chiendent",
    "de l'ivraie",
    "du liseron",
    "de la mauvaise herbe",
    "de la ronce",
    "de la crasse",
    "de la fange",
    "de la vase",
    "de la boue",
    "de la bouse",
    "du purin",
    "du lisier",
    "du fumier",
    "du vomi",
    "du pus",
    "de la merde",
    "des excréments",
    "des déjections",
    "des immondices",
    "des détritus",
    "de la vermine",
    "de la racaille",
    "de la chiasse",
    # (session 39, T) ce qui colle aux murs et aux pierres
    "du lichen",
    "du salpêtre",
    # (session 40, D) la saleté à laver
    "de la saleté",
]


def fr_kinds() -> list[str]:
    """« les X, c'est du chiendent », « les X sont des moisissures », « les X ne sont qu'une gangrène »."""
    forms: list[str] = []
    for singular, plural in FR_KINDS_COUNT:
        forms.append(singular)
        # (session 39, T) un intensif entre l'article et la chose : « les X, une vraie gangrène pour Marseille »,
        # « un véritable fléau », « de vrais nuisibles »
        article, noun = singular.split(" ", 1)
        real = "vraie" if article == "une" else "vrai"
        forms += [f"{article} {real} {noun}", f"{article} véritable {noun}"]
        if plural:
            forms += [f"de {real}s {plural}", f"des {real}s {plural}", f"de véritables {plural}"]
            forms += [f"des {plural}", plural]
        # (session 25, T) la chose dite humaine : « une décharge humaine », « des égouts humains » (un seul nom)
        if " " not in singular.split(" ", 1)[1]:
            feminine = singular.startswith("une ")
            forms.append(f"{singular} {'humaine' if feminine else 'humain'}")
            if plural:
                forms.append(f"des {plural} {'humaines' if feminine else 'humains'}")
    forms += FR_KINDS_MASS
    return forms


# ---------------------------------------------------------------- (session 40, D) fresh metaphors by their verbs
# A group made a substance, a weed, a disease or cattle by what it is said to do or to undergo, not by a noun: it oozes
# or seeps in like damp, spreads like knotweed or a rash, spreads its sickness, crawls like maggots; it is herded,
# penned and corralled like livestock (the group as the passive's subject, with "be" or "get"); it is
# halfway between an animal and a person. The products of closed lists: the verbs of a substance or a swarm (every
# form), the similes' kinds (weeds, moulds, diseases, vermin), the things a disease carrier spreads, the verbs of
# husbandry and where cattle are driven. Said of no group they say nothing ("Japanese knotweed spreads like mad", "the
# cattle were herded into pens", "mould spreads through the walls"): the group must be the subject (the group as the
# object, "herd the X onto barges", is left to hate-words' ``treatments``, which read how others treat it).
EN_SEEP = [("ooze", ()), ("seep", ()), ("slither", ())]
EN_SEEP_WHERE = ["into", "in", "through", "across", "out of", "out of the sewers", "out of the woodwork"]
EN_SPREAD = [
    ("spread", ("spread",)),
    ("grow", ("grew", "grown")),
    ("sprout", ()),
    ("creep", ("crept",)),
    ("pop up", ()),
]
EN_SPREAD_LIKE = [
    "weeds",
    "a weed",
    "knotweed",
    "japanese knotweed",
    "bindweed",
    "ivy",
    "mould",
    "mold",
    "a fungus",
    "fungus",
    "a rash",
    "a cancer",
    "cancer",
    "a tumour",
    "a tumor",
    "a virus",
    "a disease",
    "the plague",
    "a plague",
    "an infection",
    "gangrene",
    "rot",
    "lice",
    "rats",
    "cockroaches",
    "roaches",
    "vermin",
    "fleas",
    "ticks",
    "bacteria",
    "germs",
    "an infestation",
    "a stain",
    "an oil slick",
]
EN_CRAWL = [("crawl", ()), ("squirm", ()), ("wriggle", ()), ("swarm", ())]
EN_CRAWL_HOW = ["", " all over each other", " over each other", " around", " all over the place", " everywhere"]
EN_CRAWL_LIKE = [
    "maggots",
    "worms",
    "insects",
    "ants",
    "flies",
    "cockroaches",
    "roaches",
    "rats",
    "lice",
    "vermin",
    "bugs",
]
EN_CARRIED = [
    "sickness",
    "disease",
    "diseases",
    "filth",
    "poison",
    "plague",
    "rot",
    "infection",
    "germs",
    "vermin",
    "perversion",
    "degeneracy",
    "contagion",
]
EN_HUSBANDRY = [("herd", ()), ("corral", ("corralled",)), ("pen", ("penned",))]
EN_DRIVEN = ["into", "onto", "in", "up", "like", "together"]
EN_HALFWAY = ["halfway between", "half way between", "somewhere between", "a step between", "a cross between"]
EN_BEASTS = ["an animal", "animals", "an ape", "apes", "a monkey", "monkeys", "a beast", "beasts"]
EN_PERSONS = ["a person", "people", "a human", "humans", "a man", "men", "us"]
EN_MORE_BEAST = ["animal", "ape", "beast", "monkey"]


def en_metaphor_verbs() -> list[tuple[str, list[str], str]]:
    """(session 40, D) "X ooze into every town", "X spread like knotweed", "X spread their sickness", "X crawl over
    each other like maggots", "X should be herded into pens", "X get penned in camps"; "X are halfway between an
    animal and a person"."""
    seep = [f"{v} {w}" for lemma, past in EN_SEEP for v in verb_forms(lemma, past) for w in EN_SEEP_WHERE]
    spread = [
        f"{v} like {k}" for lemma, past in EN_SPREAD for v in _en_phrasal_forms(lemma, past) for k in EN_SPREAD_LIKE
    ]
    crawl = [
        f"{v}{h} like {k}"
        for lemma, past in EN_CRAWL
        for v in verb_forms(lemma, past)
        for h in EN_CRAWL_HOW
        for k in EN_CRAWL_LIKE
    ]
    carried = [f"{v} their {c}" for v in verb_forms("spread", ["spread"]) for c in EN_CARRIED]
    driven = [
        f"{v} {d}" for lemma, past in EN_HUSBANDRY for v in [past[0] if past else f"{lemma}ed"] for d in EN_DRIVEN
    ]
    driven += [f"{aux} {d}" for aux in ("get", "gets", "got", "getting") for d in driven]
    halfway = [f"{h} {b} and {p}" for h in EN_HALFWAY for b in EN_BEASTS for p in EN_PERSONS]
    halfway += [f"more {b} than {h}" for b in EN_MORE_BEAST for h in ("human", "man", "person")]
    halfway += ["half animal", "half animals", "half beast", "half beasts", "half ape", "half apes"]
    return [
        ('# (session 40, D) a substance seeping in: "X ooze into every town", "X seep through the border"', seep, ""),
        (
            '# (session 40, D) a weed, a mould, a disease spreading: "X spread like knotweed", "X grow like mould"',
            spread,
            ", sureness: 2",
        ),
        ('# (session 40, D) vermin crawling: "X crawl over each other like maggots"', crawl, ", sureness: 2"),
        (
            '# (session 40, D) a carrier spreading its disease: "X spread their sickness through every school"',
            carried,
            ", sureness: 2",
        ),
        (
            '# (session 40, D) cattle driven: "X should be herded into pens", "X get penned in camps like sheep"',
            driven,
            "",
        ),
        (
            '# (session 40, D) less than human by comparison: "X are halfway between an animal and a person"',
            halfway,
            ", sureness: 2",
        ),
    ]


def _en_phrasal_forms(lemma: str, past: tuple[str, ...]) -> list[str]:
    """The forms of a verb, its particle kept after each ("pop up", "pops up", "popped up", "popping up")."""
    verb, _, particle = lemma.partition(" ")
    forms = verb_forms(verb, list(past)) if verb != "pop" else ["pop", "pops", "popped", "popping"]
    return [f"{f} {particle}".strip() for f in forms]


# (fr) suinter et s'infiltrer comme une substance, propager sa maladie, parqué et mené comme du bétail
FR_SEEP = ["suinter", "s'infiltrer"]
FR_SEEP_WHERE = ["", "partout", "de partout", "dans", "comme"]
FR_CARRY = ["propager", "répandre", "transmettre"]
FR_CARRIED = [
    "leur maladie",
    "leurs maladies",
    "leur vermine",
    "leur saleté",
    "leur crasse",
    "leur peste",
    "leur virus",
    "leur vice",
    "leurs vices",
    "leur perversion",
    "leur poison",
    "leur pourriture",
    "leur infection",
    "leurs microbes",
]


def fr_metaphor_verbs() -> list[tuple[str, list[str], str]]:
    """(session 40, D) « les X suintent dans chaque quartier », « les X propagent leur maladie »."""
    seep: list[str] = []
    for inf in FR_SEEP:
        stem = inf[2:] if inf.startswith("s'") else inf
        verbs = sorted(_fr_plural_finite(stem))
        if inf.startswith("s'"):
            verbs = [f"s'{v}" for v in verbs]
        seep += [f"{v} {w}".strip() for v in verbs for w in FR_SEEP_WHERE if not (inf.startswith("s'") and not w)]
    seep += [f"qui {v}" for v in ("suinte", "suintent")]
    carry: list[str] = []
    for inf in FR_CARRY:
        verbs = sorted(_fr_plural_finite(inf)) or _fr_plural_other(inf)
        carry += [f"{v} {c}" for v in verbs for c in FR_CARRIED]
    return [
        (
            "# (fr, session 40, D) une substance qui suinte : « les X suintent de partout », « une masse qui suinte »",
            seep,
            "",
        ),
        (
            "# (fr, session 40, D) un porteur qui propage sa maladie : « les X propagent leur maladie »",
            carry,
            ", sureness: 2",
        ),
    ]


def kinds(language: str) -> list[tuple[str, list[str], str]]:
    """The group made a degrading kind (round 27)."""
    if language == "fr":
        return [
            (
                "# (fr, round 27) le groupe fait chose qu'on arrache : moisissure, mauvaise herbe, égout, nuisible, épidémie",  # noqa: E501
                _unique(fr_kinds()),
                ", sureness: 2",
            )
        ]
    return [
        (
            '# (round 27) the group made a kind of thing one rids a place of: "X are a mould", "X are human-shaped litter"',  # noqa: E501
            _unique(en_kinds()),
            ", sureness: 2",
        )
    ]


# ---------------------------------------------------------------- (session 25, T) a place ruined by the group's coming
# The group as a stain on a place: where it settles becomes a slum ("every town X settle in becomes a ghetto", « chaque
# ville où les X s'installent devient un coupe-gorge »), a place turned into one by it ("X have turned our streets
# into a war zone", « les X transforment nos quartiers en zones de non-droit »). The products of three closed lists: the
# verbs of settling, the verbs of becoming, the names of a ruined place (the slum, the no-go zone, the dump, the war
# zone); the places are the blame class's (EN_PLACES, FR_PLACES). Never a place ruined for the group ("the camp where
# refugees live has become a slum" is said of the camp's managers: no verb of living, only of coming and settling).
EN_SETTLE = [
    "settle in",
    "settle",
    "move into",
    "move in",
    "move to",
    "arrive in",
    "arrive",
    "go",
    "show up in",
    "turn up in",
    "take over",
]
EN_BECOME = ["becomes", "turns into", "ends up", "ends up as", "ends up like", "is turned into", "gets turned into"]
EN_RUINED_PLACES = [
    "a ghetto",
    "a slum",
    "a no-go zone",
    "a no-go area",
    "a dump",
    "a war zone",
    "a warzone",
    "a shithole",
    "a hellhole",
    "a cesspit",
    "a third world country",
    "a third world hellhole",
    "a crime hotspot",
    "a crime den",
    "a wasteland",
    "a sewer",
    "a dumping ground",
    "a favela",
]
EN_RUINED_PLURAL = [
    "ghettos",
    "slums",
    "no-go zones",
    "no-go areas",
    "war zones",
    "warzones",
    "shitholes",
    "hellholes",
    "cesspits",
    "dumps",
    "wastelands",
    "sewers",
    "the third world",
]
EN_TURN = ["turn", "turned", "have turned", "are turning", "turning"]  # the fewest forms: each multiplies the list
FR_SETTLE = [
    "s'installent",
    "s'installe",
    "arrivent",
    "débarquent",
    "s'implantent",
    "passent",
    "emménagent",
    "s'établissent",
    "mettent les pieds",
]
FR_BECOME = [
    "devient",
    "deviennent",
    "se transforme en",
    "se transforment en",
    "finit en",
    "finissent en",
    "devient vite",
    "devient forcément",
    "devient toujours",
    "se change en",
]
FR_RUINED_PLACES = [
    "un ghetto",
    "un coupe-gorge",
    "une zone de non-droit",
    "une poubelle",
    "un taudis",
    "un dépotoir",
    "une décharge",
    "un bidonville",
    "une favela",
    "un enfer",
    "un cloaque",
    "une jungle",
    "un pays du tiers-monde",
    "le tiers-monde",
    "un champ de ruines",
    "un coupe-gorges",
    "une cour des miracles",
    "un souk",
]
FR_RUINED_PLURAL = [
    "ghettos",
    "coupe-gorges",
    "zones de non-droit",
    "poubelles",
    "taudis",
    "dépotoirs",
    "décharges",
    "bidonvilles",
    "favelas",
    "cloaques",
    "jungles",
    "tiers-monde",
    "champs de ruines",
    "souks",
]
FR_TURN = ["transforment", "ont transformé", "vont transformer"]  # les formes les plus courantes : chacune multiplie


def decline(language: str) -> list[tuple[str, list[str], str]]:
    """(session 25, T) A place ruined by the group's coming: settled and become a slum, or turned into one."""
    if language == "fr":
        settled = [f"{s} {b} {r}" for s in FR_SETTLE for b in FR_BECOME for r in FR_RUINED_PLACES]
        # « en un dépotoir », « en dépotoir » : l'article de l'attribut se tait souvent après « en »
        bare = [r.split(" ", 1)[1] for r in FR_RUINED_PLACES if r.startswith(("un ", "une "))]
        turned = [
            f"{t} {p} en {r}" for t in FR_TURN for p in FR_PLACES for r in FR_RUINED_PLURAL + FR_RUINED_PLACES + bare
        ]
        return [
            (
                "# (fr, session 25) le lieu ruiné par la venue du groupe : « où les X s'installent devient un coupe-gorge »",  # noqa: E501
                _unique(settled + turned),
                "",
            )
        ]
    settled = [f"{s} {b} {r}" for s in EN_SETTLE for b in EN_BECOME for r in EN_RUINED_PLACES]
    turned = [f"{t} {p} into {r}" for t in EN_TURN for p in EN_PLACES for r in EN_RUINED_PLACES + EN_RUINED_PLURAL]
    return [
        (
            '# (session 25) a place ruined by the group\'s coming: "every town X settle in becomes a ghetto", "turned our streets into a war zone"',  # noqa: E501
            _unique(settled + turned),
            "",
        )
    ]


# ---------------------------------------------------------------- (session 25, T) a virtue asked of the group
# A rhetorical question whose presupposition is that no member of the group has a plain virtue: "Is there such a thing
# as a decent X?", "Name one law-abiding X", « Un X honnête, ça existe ? ». Each a product of a closed class of the
# civic and moral virtues (honesty, work, cleanliness, manners, sense, lawfulness, peace) and the few shapes a question
# of existence takes; never the virtue said of the group ("X are honest"), which praises.
EN_VIRTUES = [
    "honest",
    "decent",
    "hardworking",
    "hard-working",
    "clean",
    "smart",
    "intelligent",
    "civilised",
    "civilized",
    "polite",
    "trustworthy",
    "law-abiding",
    "sober",
    "educated",
    "competent",
    "loyal",
    "peaceful",
    "moderate",
    "well-behaved",
    "non-violent",
]
# (not "ever met a hardworking X": app.kinds.generalised reads "ever" and a verb of meeting, session 19)
EN_EXISTS_ASK = [
    "is there such a thing as",
    "is there even such a thing as",
    "do you know",
    "do you even know",
    "does anyone know",
    "is there",
    "is there even",
    "is there a single",
    "is there one",
    "show me",
    "show me one",
    "name one",
    "name me one",
    "find me",
    "find me one",
    # (session 40, N) the virtue's member said not to exist, a statement as much as the question: "there's no such
    # thing as a decent X", "there is no honest X" (not "there is no X who …": no virtue, no pair)
    "there is no such thing as",
    "there's no such thing as",
    "theres no such thing as",
    "no such thing as",
    "there is no",
    "there's no",
    "theres no",
]


def en_exists_asked() -> list[str]:
    """ "is there such a thing as an honest", "show me a hardworking", "name one decent"."""
    forms: list[str] = []
    for ask in EN_EXISTS_ASK:
        for virtue in EN_VIRTUES:
            article = "" if ask.endswith("one") else _en_article(virtue) + " "
            if ask.endswith(("a single", "one", " no")):
                article = ""
            forms.append(f"{ask} {article}{virtue}")
    return forms


# (fr) (masculin singulier, féminin singulier, masculin pluriel, féminin pluriel)
FR_VIRTUES = [
    ("honnête", "honnête", "honnêtes", "honnêtes"),
    ("travailleur", "travailleuse", "travailleurs", "travailleuses"),
    ("intelligent", "intelligente", "intelligents", "intelligentes"),
    ("propre", "propre", "propres", "propres"),
    ("poli", "polie", "polis", "polies"),
    ("civilisé", "civilisée", "civilisés", "civilisées"),
    ("fiable", "fiable", "fiables", "fiables"),
    ("digne de confiance", "digne de confiance", "dignes de confiance", "dignes de confiance"),
    ("sobre", "sobre", "sobres", "sobres"),
    ("cultivé", "cultivée", "cultivés", "cultivées"),
    ("respectueux", "respectueuse", "respectueux", "respectueuses"),
    ("intègre", "intègre", "intègres", "intègres"),
    ("pacifique", "pacifique", "pacifiques", "pacifiques"),
    ("modéré", "modérée", "modérés", "modérées"),
    ("compétent", "compétente", "compétents", "compétentes"),
    ("bien élevé", "bien élevée", "bien élevés", "bien élevées"),
]
# what the question asks after the group and its virtue: « (un X honnête), ça existe ? »
FR_EXISTS = [
    "ça existe",
    "ca existe",
    "ça existe vraiment",
    "ça existe encore",
    "ça existe seulement",
    "ça existe même",
    "ça existe ça",
    "existe-t-il",
    "existe-t-elle",
    "existent-ils",
    "existent-elles",
]
# (« vous connaissez un seul X … ? » is hate-predicates.yml's, round 12)


def fr_exists_asked() -> list[str]:
    """(le groupe avant) « honnête, ça existe », sa virgule écrite ou non."""
    return [
        f"{v}{comma} {e}"
        for forms in FR_VIRTUES
        for v in dict.fromkeys(forms)
        for e in FR_EXISTS
        for comma in ("", ",")
    ]


def questions(language: str) -> list[tuple[str, list[str], str]]:
    """(session 25, T) A virtue asked of the group in a question of existence."""
    if language == "fr":
        return [
            (
                "# (fr, session 25) une vertu demandée au groupe, en question (existence_asked) : « un X honnête, ça existe ? »",  # noqa: E501
                _unique(fr_exists_asked()),
                ", adjacent: true, final: true, requires: existence",
            ),
        ]
    return [
        (
            '# (session 25) a virtue asked of the group: "is there such a thing as an honest X", "name one decent X"',
            _unique(en_exists_asked()),
            ", target: after, adjacent: true, final: true",
        )
    ]


EN_HEADER = """\
credit: Written for Sevenfold by training/closed_classes.py (session 16, V), closed classes - verbs of power in every
  form x what a conspiracy claims is held, denying modals x the rights of a citizen, vices in every form, never real
  nationals.
notes: >-
  Closed classes of risk.hate, round 19: control and conspiracy ("X own every single bank", "X are behind every war",
  "the media is controlled by X", "X pulling the strings"), rights and worth denied ("X shouldn't hold public office",
  "X serve no purpose"), criminality and vice as the group's habit ("X steal anything", "X end up dealing drugs",
  "X are all on welfare"), not belonging ("X will never be real Americans", "X aren't one of us"). Every form is a
  combination the script writes. Regenerate with
  `python -m training.closed_classes en > rules/risk/terms/en/hate-closed.yml`.
language: en
sureness: 1
target: before
"""
FR_HEADER = """\
credit: Écrit pour Sevenfold par training/closed_classes.py (session 16, V), classes fermées - la mainmise x ce qu'un
  complot dit tenu, les modaux qui refusent x les droits du citoyen, les vices à chaque temps, jamais de vrais Français.
notes: >-
  Classes fermées de risk.hate, round 19 : la mainmise et le complot (« les X ont pris le contrôle de nos mairies »,
  « sont l'arme du grand remplacement »), les droits et la valeur niés (« ne devraient pas voter », « ne servent plus
  à rien »), le crime et le vice comme habitude du groupe (« volent », « arnaquent », « vivent des allocs »,
  « refusent de bosser »), l'appartenance refusée (« ne seront jamais de vrais Français », « ne font pas partie de
  notre peuple »). Chaque forme est une combinaison que le script écrit. Régénérer avec
  `python -m training.closed_classes fr > rules/risk/terms/fr/hate-closed.yml`.
language: fr
sureness: 1
target: before
"""


def _write(header: str, allow: list[str], classes: list[tuple[str, list[str], str]]) -> None:
    sys.stdout.write(header)
    sys.stdout.write("allow: " + _flow(_unique(allow), "  ") + "\n")
    sys.stdout.write("terms:\n")
    for comment, forms, options in classes:
        forms = _unique(forms)
        sys.stdout.write(f"  {comment}\n")
        sys.stdout.write(f"  - {{term: {forms[0]}, forms: {_flow(forms[1:])}{options}}}\n")


def main(language: str = "en") -> None:
    if language == "fr":
        _write(
            FR_HEADER,
            FR_VICE_ALLOW,
            fr_control()
            + fr_rights()
            + fr_criminality()
            + fr_belonging()
            + blame("fr")
            + round20("fr")
            + kinds("fr")
            + fr_metaphor_verbs()
            + questions("fr")
            + decline("fr"),
        )
    else:
        _write(
            EN_HEADER,
            EN_VICE_ALLOW,
            en_control()
            + en_rights()
            + en_criminality()
            + en_belonging()
            + blame("en")
            + round20("en")
            + kinds("en")
            + en_metaphor_verbs()
            + questions("en")
            + decline("en"),
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "en")

"""Write risk.hate's lists of insinuation by stereotype cue, English and French: a group (or one member) named near a
cue whose meaning is "as expected of that group", with a bad outcome beside it (``app.kinds.stereotype``).

``python -m training.stereotype_cues en > rules/risk/terms/en/hate-stereotypes.yml`` and
``python -m training.stereotype_cues fr > rules/risk/terms/fr/hate-stereotypes.yml`` write the files again.

The classes (session 15, engineer I):

- *cues*, three kinds written as products of a few word lists: a sarcastic expectation ("surprise surprise", "shocking
  absolutely no one", "who could have guessed", "colour me shocked", « comme par hasard », « quelle surprise »,
  « tiens tiens », « qui l'eût cru »), an essence or a rule of the whole group ("it's in their blood", "they're all the
  same", "every single one of them", "they can't help it", « c'est dans leur ADN », « ils sont tous les mêmes »,
  « toutes sans exception »; ``closing``: only where it closes its clause, "…, *every single time*", not "*every time*
  a woman tweets …"), and a guessing game (``guesses``: "guess which", "take a wild guess", « devinez qui »,
  « laissez-moi deviner »), after which a ``traits`` word stands for the group left unnamed ("guess the *religion*",
  « deviner la *nationalité* »);
- *outcomes*: what the insinuation pins on the group — every VADER entry rated -1.5 or lower (English), and by hand in
  both languages the open verbs and nouns of crime, deceit, failure and tears, each verb put in all its forms
  (``app.text.inflection_en``, ``app.text.conjugation_fr``);
- *victims*: harm done TO people ("murdered", "beaten", « agressé », « noyés »): right after the group or after a
  ``passives`` word in the group's own sentence (``got``, « été », « se font »), the group undergoes the outcome and
  the cue mocks someone else ("Another trans woman murdered. surprise surprise, the police have no suspects");
  ``sanctions`` ("arrested", "fired") are not such harm;
- *reports*: verbs of saying and believing, and the nouns of a belief ("myth", « cliché »): before the cue or the group
  in its sentence, the insinuation is someone else's ("people who *say* 'it's in their blood' about Jews …");
- *praises*: a good deed or a praise after the cue or the group in its sentence makes the expectation a compliment
  ("guess who fixed it for *free*? our nigerian neighbour"; VADER's entries rated 1.5 or higher, and by hand).

(session 40, I) The shapes the lists missed join the cues: the rhetorical expectation ("what did you expect",
« tu t'attendais à quoi »), the knowing aside about them ("you know how they are", « on sait comment ils sont »,
« vous voyez le genre »), the conclusion handed to the reader (« je vous laisse conclure », "look who it is"), the
denial of a generalisation that makes it ("I'm not saying every …", « je ne dis pas que tous … »), mock praise ("vibrant
diversity", « merci la diversité ») and the wonder feigned in one adverb ("strangely", as « bizarrement »); the guess of
what happened ("guess what", « devinez ce qui »). A group and a bad outcome are still asked beside them.

Written for the files once, not at run time: the rules stay data, the engine loads plain lists.
"""

from __future__ import annotations

import json
import sys

from app.text import conjugation_fr, inflection_en
from training.praise_lexicon import _vader
from training.threat_forms import _flow


def _words(text: str) -> list[str]:
    return text.split()


def _product(*parts: list[str]) -> list[str]:
    out = [""]
    for part in parts:
        out = [f"{a} {b}".strip() for a in out for b in part]
    return out


def _join(*parts: list[str]) -> list[str]:
    return [word for part in parts for word in part]


def _verbs(verbs: str, language: str) -> list[str]:
    """Every form of ``lemma[/past[/participle]]`` (English) or ``infinitive[/participle]`` (French) verbs."""
    out: list[str] = []
    for verb in verbs.split():
        lemma, *given = verb.split("/")
        module = conjugation_fr if language == "fr" else inflection_en
        out += module.verb_forms(lemma, given)
    return out


# --- English -------------------------------------------------------------------------------------------------------

EN_SARCASM = _join(
    ["surprise surprise", "what a surprise", "big surprise", "no surprise there", "what a shock", "shocker"],
    ["shock horror", "what a coincidence", "funny coincidence", "wouldn't you know it", "what do you know"],
    ["imagine my surprise", "of course it was", "of course it's", "who'd have thought", "never saw that coming"],
    ["nobody is surprised", "no one is surprised", "totally unexpected", "how unexpected", "how surprising"],
    _product(["color", "colour"], ["me"], ["shocked", "surprised", "stunned"]),
    _product(["who"], ["could've", "would've", "could", "would"], ["guessed", "thought"]),
    _product(["who"], ["could have", "would have"], ["guessed", "thought", "known", "predicted", "seen that coming"]),
    _product(["shocking", "surprising", "stunning"], ["absolutely", "literally", "exactly", ""], ["no one", "nobody"]),
)
EN_ESSENCE = _join(
    _product(["in their"], ["blood", "dna", "genes", "nature", "culture", "religion"]),
    ["it's genetic", "genetic with them", "their culture", "just their culture", "typical", "as usual"],
    _product(["they're", "they are", "theyre"], ["all"], ["the same", "like that", "alike"]),
    ["they all", "every single one of them", "every one of them", "each and every one", "every last one"],
    ["every one", "every single time", "every time", "just like the rest", "the rest are any different"],
    ["never met a", "never met one", "any of them", "all of them", "same old story"],
    _product(["they"], ["can't", "cannot", "cant"], ["help it", "help themselves"]),
    _product(["they"], ["never", "will never", "'ll never"], ["change"]),
    _product(["they"], ["always"], ["do", "are", "do this", "do that"]),
)
# (session 18, I) insinuation: the writer says the link without saying it, in four closed classes, each a product of a
# few word lists (a group and an outcome still needed beside: "funny how the wonder is about Mondays" says nothing)
# - feigned wonder: "ever noticed how", "makes you wonder", "food for thought" (the reader asked to wonder, not
#   the writer: "it makes me think" is a thought of one's own)
# ("funny how", « c'est drôle comme » left out: they open the denunciation of a double standard as often, "funny how
# when a Muslim does it it's terror and when a white guy does it …", which this mechanism cannot tell apart)
EN_WONDER = _join(
    _product(
        ["ever", "have you ever", "you ever", "anyone else", "has anyone", "did you ever", "have you"],
        ["notice", "noticed", "noticing"],
    ),
    _product(["makes", "make", "it makes", "that makes", "this makes"], ["you", "one"], ["think", "wonder"]),
    [
        "food for thought",
        "just an observation",
        "an observation",
        "interesting pattern",
        "notice a pattern",
        "noticing a pattern",
        "see a pattern",
        "seeing a pattern",
        "there's a pattern",
    ],
)
# (session 19, I) wonder feigned at a pattern, every adjective of it: "funny how …", "isn't it interesting that …",
# "strange how …", "notice how …" (with no group or no bad outcome beside it the cue says nothing: "funny how every
# time I wash the car it rains")
EN_WONDER += _join(
    _product(
        ["", "isn't it", "isnt it", "it's", "its", "it is", "ain't it", "always"],
        [
            "funny",
            "interesting",
            "strange",
            "odd",
            "weird",
            "curious",
            "amazing",
            "remarkable",
            "telling",
            "fascinating",
        ],
        ["how", "that"],
    ),
    _product(["notice", "notice how", "see how", "look how"], ["it's always", "it is always", "they always"]),
    [
        "notice how",
        "total coincidence",
        "complete coincidence",
        "coincidence of course",
        "i'll leave it there",
        "i'll leave that there",
        "ill leave it there",
        "leave it at that",
        "that's all i'm saying",
        "thats all im saying",
    ],
)
# - the insinuation disowned: "just saying", "not saying anything", "draw your own conclusions", "we all know why"
EN_DISOWNED = _join(
    _product(
        ["", "i'm", "im", "i am"],
        ["just"],
        [
            "saying",
            "sayin",
            "sayin'",
            "noticing",
            "asking",
            "observing",
            "asking questions",
            "pointing it out",
            "pointing that out",
        ],
    ),
    _product(
        ["", "i'm", "im", "i am"],
        ["not"],
        [
            "saying anything",
            "saying nothing",
            "saying what",
            "saying who",
            "saying why",
            "accusing anyone",
            "naming names",
            "pointing fingers",
        ],
    ),
    _product(["draw", "make", "come to", "reach"], ["your own", "ur own"], ["conclusions", "conclusion"]),
    [
        "make of that what you will",
        "make of it what you will",
        "make of this what you will",
        "do the math",
        "you do the math",
        "do the maths",
        "connect the dots",
        "join the dots",
        "put two and two together",
        "say no more",
        "i'll say no more",
        "nuff said",
        "enough said",
        "no further questions",
        "i rest my case",
        "nothing to see here",
        "no coincidence",
        "not a coincidence",
        "coincidence i'm sure",
        "pure coincidence",
        "i'm sure it's a coincidence",
        "i'm sure it's just a coincidence",
    ],
    _product(
        ["we all", "everyone", "everybody", "you all", "y'all", "we"],
        ["know", "knows", "know exactly"],
        ["why", "who", "what's going on", "what this is", "what's happening", "the reason"],
    ),
)
# - a stereotype called a fact: "it's data", "statistically", "facts don't care" (not "that's not racism" nor "it's
#   reality": a disclaimer said after any sentence, a denial of the stereotype as often, tests/test_invariance.py)
EN_FACTS = _join(
    _product(
        ["it's", "its", "it is", "that's", "thats", "that is", "this is"],
        ["", "just", "simply", "only"],
        [
            "data",
            "statistics",
            "stats",
            "a fact",
            "facts",
            "the facts",
            "maths",
            "math",
            "biology",
            "science",
            "the numbers",
            "pattern recognition",
        ],
    ),
    [
        "statistically",
        "statistically speaking",
        "stats don't lie",
        "the stats don't lie",
        "numbers don't lie",
        "the numbers don't lie",
        "facts don't care",
        "facts are facts",
        "look at the stats",
        "look at the numbers",
        "the data says",
        "the data doesn't lie",
        "ask any of them",
        "just how it is",
        "just how they are",
        "just how it works",
        "just how that works",
    ],
)
# - the concession before the stereotype: "I'm not racist but", "let's be honest", "before anyone starts"
EN_CONCESSIONS = _join(
    _product(
        ["i'm not", "im not", "i am not", "not"],
        ["racist", "a racist", "sexist", "homophobic", "transphobic", "a bigot", "being funny", "being racist"],
        ["but"],
    ),
    _product(["let's", "lets", "let us"], ["be honest", "be real", "face it", "be frank"]),
    [
        "before anyone starts",
        "before anybody starts",
        "before the woke mob",
        "no offence but",
        "no offense but",
        "with all due respect",
        "some of my best friends are",
        "i have friends who are",
        "not all of them but",
        "not all of them, but",
        "it's not all of them",
        "there are exceptions but",
        "exceptions exist but",
    ],
)
# a rule of the whole group only where it closes its clause ("it's the moroccans, *every single time*"), not as a
# conjunction of time ("*every time* a woman tweets …"): a comma, a sentence end or the end of the draft after it
EN_CLOSING = ["every time", "every single time", "every one", "each time", "as usual"]
EN_GUESSES = _join(
    _product(["guess"], ["who", "which", "the", "whose", "why", "where", "how"]),
    ["take a wild guess", "three guesses", "one guess", "no prizes for guessing", "let me guess"],
    ["i'll let you guess", "you'll never guess", "you can guess", "you can probably guess"],
    # (session 17, I) the coy refusal to spell it out: "no need to draw you a picture", "i'll let you imagine"
    _product(
        ["no need to", "i don't need to", "i dont need to", "don't make me"], ["draw you a picture", "spell it out"]
    ),
    ["i'll let you imagine", "i'll leave you to guess", "i'll leave it to you to guess", "go on, guess"],
)
EN_TRAITS = _words(
    "religion religions nationality nationalities ethnicity race skin colour color origin origins accent"
    # (session 17, I) the name that gives the group away ("guess the suspect's *surname*"), a background
    " name names surname surnames background heritage descent complexion"
)
EN_OUTCOMES_BY_HAND = _verbs(
    """steal/stole/stolen rob/robbed nick/nicked snatch/snatched scam/scammed cheat/cheated swindle/swindled con/conned
rip/ripped overcharge/overcharged shortchange/shortchanged burgle/burgled loot/looted vandalise/vandalised
vandalize/vandalized torch/torched burn/burnt stab/stabbed smash/smashed trash/trashed raid/raided mug/mugged
fight/fought scream/screamed riot/rioted lie/lied vanish/vanished disappear/disappeared abandon/abandoned quit/quit
fail/failed ruin/ruined sink/sank/sunk crash/crashed cry/cried whine/whined skip/skipped dodge/dodged owe/owed
default/defaulted beg/begged scrounge/scrounged sponge/sponged spit/spat litter/littered deal/dealt harass/harassed
grope/groped attack/attacked assault/assaulted threaten/threatened knife/knifed shoot/shot bomb/bombed""",
    "en",
) + _words(
    """late delayed behind garbage mess useless lazy drama fraud fake counterfeit debt debts bankrupt broke fine fined
misconduct arrested jailed charged convicted fired sacked robbery robberies burglary burglaries theft thefts
mugging muggings stabbing stabbings shooting bombing bomb knife knives graffiti litter trash rubbish filth riots
crime crimes gang gangs terrorists terrorism attack attacks scams scam fight fights brawl brawls unpaid overdue
pregnant benefits handouts cops police"""
    # (session 17, I) the culprit named ("… guess the *suspect's* name")
    """ suspect suspects stabber stabbers shooter shooters bomber bombers scammer scammers groomer groomers burglar
burglars mugger muggers pickpocket pickpockets perpetrator perpetrators"""
)
# (session 18, I) the social harms a stereotype pins on a group beside the verbs of crime: dependence, dirt and noise,
# extremism, spying, predation (not a disease, not a plight: "unemployed", "HIV" are said of victims as often)
EN_OUTCOMES_BY_HAND += _words(
    """missing spy spies spying welfare freeloaders freeloading scroungers noise noisy filthy smell smells stinks
grooming groomed radicalised radicalized extremist extremists jihad jihadist jihadists sharia dole invasion invaders
gangsters dealers drugs machete paedophiles pedophiles predators deadbeat deadbeats"""
)
# (session 19, I) a place's decline, fraud and the precautions a stereotype advises ("you *lock* the car", "the street
# is *unrecognisable*"), gated like every outcome by a cue and a group
EN_OUTCOMES_BY_HAND += _verbs(
    "launder/laundered skim/skimmed lock/locked hide/hid/hidden clutch/clutched squat/squatted beg/begged", "en"
) + _words(
    """unrecognisable unrecognizable downhill rundown ghetto ghettos dump shithole no-go skimmers laundering smuggling
smugglers traffickers trafficking shoplifting shoplifters pickpocketing vandalism overrun"""
)
EN_VICTIMS = _words(
    """murdered killed drowned beaten assaulted harassed abused bullied discriminated vandalised vandalized attacked
shot lynched deported expelled humiliated targeted insulted smashed blamed accused scapegoated stereotyped profiled
searched stopped spat mocked threatened excluded evicted burned burnt torched stabbed mugged robbed raped
attacked denied refused ignored"""
)
# someone else's words: "people who *say* 'it's in their blood' …" (every form of each verb)
EN_REPORTS = _verbs(
    """say/said claim/claimed think/thought believe/believed call/called tell/told joke/joked pretend/pretended
repeat/repeated spread/spread insist/insisted assume/assumed imply/implied suggest/suggested hint/hinted
stereotype/stereotyped""",
    "en",
) + _words("myth myths trope tropes prejudice prejudices cliche cliches")
# a good deed or a praise after the cue or the group: the expectation is a compliment ("guess who fixed it for *free*?
# our nigerian neighbour", "the somali family, *bless* them")
EN_PRAISES_BY_HAND = _words("fixed helped brought invited saved cooked fed donated volunteered rescued repaired")
EN_PASSIVES = _words("got get gets getting was were been being is are had has have keep keeps kept")
EN_SANCTIONS = _words("arrested jailed charged convicted fired sacked caught fined")


# --- French --------------------------------------------------------------------------------------------------------

FR_SARCASM = _join(
    ["comme par hasard", "quel hasard", "quelle surprise", "o surprise", "oh surprise", "surprise surprise"],
    ["sans surprise", "quelle coincidence", "bizarre", "bizarrement", "etrangement", "curieusement", "tiens tiens"],
    ["etonnant non", "qui l'eut cru", "qui l'aurait cru", "qui aurait pu prevoir", "qui aurait pu deviner"],
    ["ca m'etonne pas", "ca m'etonne pas du tout", "ca etonne qui", "personne n'est surpris", "on s'en doutait"],
    ["quel choc", "je suis choque", "incroyable mais vrai", "on est surpris", "ca alors"],
)
FR_ESSENCE = _join(
    _product(["dans leur", "dans leurs"], ["sang", "adn", "genes", "nature", "culture", "religion"]),
    ["c'est genetique", "genetique chez eux", "c'est leur culture", "typique", "typiquement", "comme d'hab"],
    ["comme d'habitude", "a chaque fois", "chaque fois", "les autres sont differents", "aucun d'eux"],
    _product(["tous", "toutes"], ["les memes", "pareils", "pareilles", "comme ca", "sans exception"]),
    ["jusqu'au dernier", "chacun", "chacune", "jamais rencontre un", "jamais rencontre une", "jamais croise un"],
    _product(["peuvent pas", "peuvent pas s'en", "peut pas s'en"], ["s'empecher", "empecher"]),
    _product(["changeront", "changent"], ["jamais"]),
    _product(["font"], ["toujours"], ["ca", "pareil"]),
    _product(["finissent", "demissionnent", "partent", "volent", "mentent"], ["tous", "toutes"]),
)
FR_CLOSING = ["a chaque fois", "chaque fois", "chacun", "chacune", "comme d'hab", "comme d'habitude"]
FR_GUESSES = _join(
    _product(["devinez", "devine"], ["qui", "quel", "quelle", "quels", "quelles", "la", "le", "l'", "d'ou"]),
    _product(["je vous laisse", "je te laisse", "laissez-moi", "laisse-moi", "laissez moi", "laisse moi"], ["deviner"]),
    ["essais pour deviner", "je vous le donne en mille", "pas besoin de deviner", "a votre avis qui"],
    # (session 17, I) le refus pudique de le dire : « pas besoin de vous faire un dessin », « je vous laisse imaginer »
    _product(
        ["pas besoin de", "inutile de", "je vais pas", "je ne vais pas", "faut pas"],
        ["vous faire un dessin", "te faire un dessin", "faire un dessin"],
    ),
    _product(["je vous fais pas", "je te fais pas", "je vous fais pas de"], ["un dessin", "dessin"]),
    ["je vous laisse imaginer", "je te laisse imaginer", "on se demande bien qui"],
)
# (session 18, I) l'insinuation : le lien dit sans le dire, quatre classes fermées (un groupe et un méfait restent
# exigés)
# - l'étonnement feint : « vous avez remarqué », « ça fait réfléchir », « on se demande bien »
FR_WONDER = _join(
    _product(
        ["vous avez", "t'as", "tu as", "avez-vous", "as-tu", "vous aussi vous avez", "on a tous", "j'ai"],
        ["remarqué", "remarque", "noté"],
    ),
    _product(["ça fait", "ca fait", "ça donne", "ca donne"], ["réfléchir", "à réfléchir", "à penser"]),
    [
        "simple constat",
        "simple observation",
        "je constate",
        "je constate juste",
        "je fais que constater",
        "je ne fais que constater",
        "je remarque juste",
        "on se demande bien",
        "on se demande pourquoi",
        "on se demande comment",
        "allez savoir pourquoi",
        "va savoir pourquoi",
        "allez savoir",
        "va savoir",
    ],
)
# (session 19, I) l'étonnement feint devant une régularité, tous ses adjectifs : « c'est marrant, à chaque fois … »,
# « drôle comme … », « curieux comme … » (sans groupe ou sans issue mauvaise à côté, rien n'est dit de personne)
FR_WONDER += _join(
    _product(
        ["c'est", "c'est quand même", "c'est fou", "", "pas"],
        ["marrant", "drôle", "curieux", "étrange", "bizarre", "fou", "dingue", "intéressant", "amusant"],
        ["comme", "que"],
    ),
    [
        "c'est marrant",
        "c'est drôle",
        "c'est curieux",
        "c'est étrange",
        "c'est amusant",
        "curieusement",
        "étrangement",
        "hasard total",
        "total hasard",
        "pur hasard",
        "le hasard fait bien les choses",
        "tiens donc",
        "tout le quartier le sait",
        "tout le monde le sait",
        "tout le monde le sait bien",
        "c'est comme ça chez eux",
        "c'est comme ça avec eux",
        "ils sont comme ça",
        "c'est comme ça avec ces gens-là",
    ],
)
# - l'insinuation désavouée : « je dis ça je dis rien », « tirez-en vos conclusions », « on sait tous pourquoi »
FR_DISOWNED = _join(
    _product(
        ["je dis ça", "je dis ca", "jdis ça", "jdis ca", "j'dis ça", "j'dis ca"],
        ["je dis rien", "jdis rien", "j'dis rien", "comme ça", "comme ca", ""],
    ),
    _product(["je dis", "jdis", "j'dis"], ["rien", "juste", "simplement"]),
    _product(
        ["tirez-en", "tirez en", "à vous d'en tirer", "à vous de tirer", "je vous laisse tirer", "tirez", "faites"],
        ["vos", "les", "la", "", "vos propres"],
        ["conclusions", "conclusion", "calculs", "calcul"],
    ),
    _product(
        ["on sait", "on sait tous", "tout le monde sait", "vous savez", "on sait bien", "on sait très bien"],
        ["pourquoi", "qui", "quels", "quelles", "lesquels", "d'où", "ce que", "ce qui se passe"],
    ),
    [
        "circulez y a rien à voir",
        "circulez il n'y a rien à voir",
        "rien à voir ici",
        "pas d'amalgame",
        "padamalgam",
        "pas d'amalgames",
        "surtout pas d'amalgame",
        "aucun rapport bien sûr",
        "aucun rapport évidemment",
        "pure coïncidence",
        "simple coïncidence",
        "sûrement une coïncidence",
        "coïncidence",
        "elle a sûrement ses raisons",
        "il a sûrement ses raisons",
        "ils ont sûrement leurs raisons",
        "suivez mon regard",
        "je vise personne",
        "je ne vise personne",
        "je vise personne hein",
        "je n'accuse personne",
        "j'accuse personne",
    ],
)
# - le stéréotype dit fait : « c'est un fait », « c'est statistique » (pas « c'est pas du racisme », « c'est la
#   réalité » : un avertissement dit après n'importe quelle phrase, tests/test_invariance.py)
FR_FACTS = _join(
    _product(
        ["c'est", "c'est juste", "c'est simplement", "c'est que"],
        [
            "un fait",
            "des faits",
            "factuel",
            "statistique",
            "les stats",
            "les statistiques",
            "les chiffres",
            "scientifique",
            "mathématique",
            "biologique",
        ],
    ),
    _product(
        ["c'est", "c'est pas moi,", ""], ["leur tradition", "leurs traditions", "leur mentalité", "leur éducation"]
    ),
    [
        "c'est pas moi qui le dis",
        "ce n'est pas moi qui le dis",
        "c'est pas moi qui l'invente",
        "statistiquement",
        "les chiffres parlent",
        "les chiffres ne mentent pas",
        "les chiffres mentent pas",
        "les stats mentent pas",
        "les faits sont là",
        "regardez les chiffres",
        "regardez les stats",
        "demandez à n'importe qui",
        "c'est comme ça",
        "c'est ainsi",
        "c'est culturel",
        "c'est culturel chez eux",
    ],
)
# - la concession avant le stéréotype : « je suis pas raciste mais », « soyons honnêtes », « pas tous … mais »
FR_CONCESSIONS = _join(
    _product(
        ["je suis pas", "je ne suis pas", "jsuis pas", "chuis pas", "sans être", "loin d'être"],
        ["raciste", "sexiste", "homophobe", "transphobe", "islamophobe", "antisémite"],
        ["mais", ""],
    ),
    _product(
        ["soyons", "faut être", "il faut être", "faut etre", "restons"],
        ["honnêtes", "lucides", "réalistes", "francs", "honnête", "lucide"],
    ),
    [
        "pas tous hein",
        "pas tous, mais",
        "pas tous mais",
        "pas tous bien sûr",
        "y en a sûrement des",
        "y a sûrement",
        "il y en a sûrement",
        "il y a sûrement",
        "y en a peut-être",
        "j'ai des amis",
        "j'ai plein d'amis",
        "sans vouloir généraliser",
        "sans généraliser",
        "je généralise pas",
        "je ne généralise pas",
        "loin de moi l'idée",
        "avant qu'on me tombe dessus",
    ],
)
# (session 17, I) le prénom qui trahit le groupe (« le *prénom* du suspect »), le teint
FR_TRAITS = _words(
    "religion nationalite origine origines ethnie race couleur confession communaute accent"
    " prenom prenoms patronyme nom teint facies"
)
FR_OUTCOMES_BY_HAND = _verbs(
    """voler/vole arnaquer/arnaque escroquer/escroque braquer/braque cambrioler/cambriole racketter/rackette
agresser/agresse piller/pille saccager/saccage squatter/squatte casser/casse bruler/brule taguer/tague
poignarder/poignarde insulter/insulte hurler/hurle crier/crie pleurer/pleure couler/coule rater/rate
echouer/echoue mentir/menti tricher/triche frauder/fraude tromper/trompe abandonner/abandonne
demissionner/demissionne disparaitre/disparu perdre/perdu refuser/refuse menacer/menace frapper/frappe
trafiquer/trafique dealer/deale cracher/crache""",
    "fr",
) + _words(
    """vol vols cambriolage cambriolages agression agressions arnaque arnaques escroquerie braquage braquages
fusillade fusillades attentat attentats bombe bombes terroriste terroristes couteau couteaux violence violences
bagarre bagarres emeute emeutes trafic deal retard retards desastre catastrophe faillite dette dettes mensonges
mensonge ordures dechets salete sale bruit fraude flics police garde prison arretes arrete arretee incapable
incapables nul nulle nuls nulles enceinte enceintes force tireurs tireur drogue delinquance insecurite crimes
crime viol viols chomage allocs allocations disparait disparaissent disparaissait disparaissaient vire viree vires
virees licencie licencies condamne condamnes"""
    # (session 17, I) le coupable nommé (« … le prénom du *suspect* »)
    """ suspect suspects voleur voleurs voleuse violeur violeurs agresseur agresseurs meurtrier meurtriers tueur tueurs
assassin assassins braqueur braqueurs cambrioleur cambrioleurs casseur casseurs delinquant delinquants dealer dealers
pickpocket pickpockets"""
)
# (session 18, I) les maux qu'un stéréotype met sur le compte d'un groupe, à côté des verbes du délit : l'assistanat,
# la saleté et le bruit, l'extrémisme, l'espionnage, la prédation
FR_OUTCOMES_BY_HAND += _words(
    """espion espions violent violents dangereux assiste assistes profiteur profiteurs fraudeur fraudeurs bruyant
bruyants odeur puent pue sales crasseux radicalise radicalises radicalisation islamisation charia racaille racailles
menteurs menteuses violeuses pedophiles pervers tricheurs fainéants faineants feignants paresseux parasites mendiants
mendient arnaqueurs"""
)
# (session 19, I) le déclin d'un lieu, la fraude et les précautions qu'un stéréotype conseille (« la rue est
# *méconnaissable* », « ils *vident* les voitures », « *planquez* votre portefeuille »)
FR_OUTCOMES_BY_HAND += _verbs(
    """vider/vidé blanchir/blanchi dégrader/dégradé envahir/envahi planquer/planqué cadenasser/cadenassé
verrouiller/verrouillé mendier/mendié dépouiller/dépouillé""",
    "fr",
) + _words(
    """meconnaissable meconnaissables ghetto ghettos craignos insalubre degrade degradee blanchiment trafics
contrebande incivilites rodeos squat squats mendicite envahi envahie"""
)
FR_VICTIMS = _words(
    """tue tuee tues tuees assassine assassinee assassines noye noyes noyee battu battue battus agresse agressee
agresses agressees harcele harcelee harceles humilie humiliee humilies humilier vandalise vandalisee tague taguee
expulse expulses expulsee controle controles controler insulte insultee insultes frappe frappee frappes viole
violee accuses accuse montres discrimine discrimines morts mort"""
)
# (session 18, I) « se (sont) fait(s) » + l'infinitif : ce que le groupe subit (« mes voisins marocains se sont fait
# cambrioler »), lu par ``passives`` (« fait », « faits ») puis l'infinitif dans les trois mots
FR_VICTIMS += _words(
    """cambrioler agresser voler tabasser frapper insulter harceler attaquer racketter arnaquer violer tuer
poignarder braquer depouiller escroquer menacer expulser"""
)
# (session 41, I) the participles of a beating, a stabbing, a lynching undergone (« un jeune Noir *tabassé* par la
# police. On connaît tous la suite »: the withheld outcome is theirs to suffer)
FR_VICTIMS += _words(
    """tabasse tabassee tabasses tabassees poignarde poignardee poignardes poignardees lynche lynchee lynches
blesse blessee blesses blessees"""
)
FR_REPORTS = _verbs(
    """dire/dit pretendre/pretendu croire/cru penser/pense repeter/repete raconter/raconte affirmer/affirme
insinuer/insinue sous-entendre/sous-entendu qualifier/qualifie traiter/traite""",
    "fr",
) + _words("disent mythe mythes cliche cliches prejuge prejuges")
# (F, session 39) the second person plural and the imperative the conjugation leaves out (``verb_forms``) of the
# verbs of naming and saying: « *Ne traitez pas* les X de virus, c'est comme ça que les agressions ont commencé »;
# someone else's words, whatever cue follows. Not those of opinion (« *croyez*-moi », « *pensez* à … », « *disons* que
# … » vouch for what follows, or report nothing)
FR_REPORTS += _words(
    """traitez traitons qualifiez qualifions repetez repetons racontez racontons affirmez affirmons pretendez
insinuez insinuons sous-entendez sous-entendons"""
)
FR_PRAISES = _words(
    """gagne gagnee genial geniale super merci bravo meilleur meilleure meilleurs aide aidee sauve repare
gratuitement gratuit invite nourri apporte excellent excellente adorable gentil gentille parfait parfaite
felicitations benis benie genereux genereuse"""
)
# (session 41, I) the kindness and the delight that make a withheld outcome a compliment (« … nous ont *invités*
# pour l'Aïd. Je vous fais pas un dessin, c'était *magnifique* »): the positive words of rules/tone/lexicon/fr.yml and
# the verbs of a kindness done, each form
FR_PRAISES += _words(
    """invites invitee invitees accueilli accueillie accueillis accueillies aides aidees offert offerte offerts
nourris apportes ravi ravie ravis ravies enchante enchantee heureux heureuse heureuses fier fiere fiers fieres
fierte content contente contents contentes enthousiaste bienvenue bienvenus reussite succes chaleureux chaleureuse
chaleureuses formidable formidables magnifique magnifiques superbe superbes chouette plaisir joie reconnaissant
reconnaissante gratitude delicieux delicieuse delicieuses adore adorent adorons regale regales"""
)
FR_PASSIVES = _words("ete font fait faits faite faites faire se s'est sont est")
FR_SANCTIONS = _words("arrete arretes arretee arretees vire viree vires condamne condamnes licencie licencies")


# (session 40, I) the insinuation's shapes the lists missed, English and French (a group and a bad outcome still
# needed beside; without them the cue says nothing: "What did you expect from a film with a budget of two dollars?",
# « Ton téléphone est tombé dans le bain ? Tu t'attendais à quoi », « Vous voyez le genre : un petit resto … »):
# - the rhetorical expectation: "what did you expect", « tu t'attendais à quoi », « qu'est-ce qu'elle croyait »;
# - the knowing aside about them: "you know how they are", « on sait comment ils sont », « vous voyez le genre »,
#   « on sait tous comment ça va finir »;
# - the conclusion handed to the reader: « je vous laisse conclure », « reliez les points », "look who it is";
# - the denial of a generalisation that makes it: "I'm not saying every …", « je ne dis pas que tous … »;
# - the culprits known in advance: "it's always the same ones", « toujours les mêmes » ("so naturally", « alors
#   évidemment » left out: "so naturally, the X refugees were terrified …" tells what they felt, not what they did).
EN_EXPECTED = _join(
    _product(
        ["what did", "what do", "what else did", "what were"], ["you", "anyone", "they", "she", "he", "we"], ["expect"]
    ),
    ["what were you expecting", "what was she expecting", "what was he expecting", "what else would you expect"],
    _product(
        ["you know", "we all know", "we know", "everyone knows", "you all know"],
        [
            "how they are",
            "what they're like",
            "what they are like",
            "how they get",
            "how that goes",
            "how this ends",
            "how it ends",
            "how that ends",
            "how it goes",
            "what comes next",
            "what happens next",
        ],
    ),
    _product(["i don't need to", "i dont need to", "no need to", "do i need to", "need i"], ["tell you", "say more"]),
    ["look who it is", "look who it was", "look at the names"],
    _product(
        ["i'm not saying", "im not saying", "i am not saying", "not saying", "i'm not saying that", "not saying that"],
        ["every", "all", "they're all", "they are all", "all of them are"],
    ),
    ["always the same ones", "same ones every time"],
    ["i'll let you connect the dots", "i'll let you join the dots", "i just notice", "i just noticed", "just notice"],
    # the wonder feigned in one adverb, as « bizarrement », « étrangement » (FR_SARCASM)
    _product(["strangely", "oddly", "funnily", "curiously", "weirdly"], ["", "enough"]),
)
EN_GUESSES += ["guess what", "guess what happened", "and guess what", "you can guess what"]
# - mock praise: the compliment that is the irony, a cue like the others (its own words are no praise that undoes
#   it); a praise beside it still makes it sincere ("thanks
#   diversity: the X bakery *saved* our dull high street"), and bare "cultural enrichment", « richesse culturelle »,
#   « le vivre-ensemble » are left out, said sincerely as often ("cultural enrichment is real: … the odd noisy wedding")
EN_IRONIES = _join(
    _product(["what a", "what a wonderful", "what a lovely", "such", "more", "yet more"], ["cultural enrichment"]),
    _product(["thanks", "thank you", "lovely", "vibrant", "the joys of", "ah the joys of"], ["diversity"]),
    ["diversity is our strength", "diversity at its finest", "multiculturalism at its finest"],
    ["the joys of multiculturalism", "thanks multiculturalism", "such a hardworking people", "such hard workers"],
    ["model citizens", "what lovely neighbours", "what wonderful neighbours", "what lovely neighbors"],
)
# « on sait / vous savez … comment ils sont / comment ça va finir »: the knowers and the known ends that both the
# expectation cues (FR_EXPECTED) and the withheld outcomes (FR_WITHHELD) write as products
FR_KNOWERS = ["on sait", "on sait tous", "vous savez", "tout le monde sait", "on sait bien", "tu sais"]
FR_HOW_IT_ENDS = [
    "comment ils sont",
    "comment elles sont",
    "comment ça va finir",
    "comment ça se termine",
    "comment ça finit",
    "comment ça va se terminer",
]
FR_EXPECTED = _join(
    _product(
        ["tu t'attendais", "vous vous attendiez", "il s'attendait", "elle s'attendait", "on s'attendait"], ["à quoi"]
    ),
    _product(
        ["à quoi"], ["tu t'attendais", "vous vous attendiez", "il s'attendait", "elle s'attendait", "on s'attendait"]
    ),
    _product(
        ["qu'est-ce que", "qu'est-ce qu'"], ["tu croyais", "vous croyiez", "elle croyait", "il croyait", "on croyait"]
    ),
    ["fallait s'y attendre", "il fallait s'y attendre", "fallait bien s'y attendre"],
    _product(FR_KNOWERS, [*FR_HOW_IT_ENDS[:5], "comment ça se passe avec eux", *FR_HOW_IT_ENDS[5:]]),
    ["vous voyez le genre", "tu vois le genre", "on voit le genre", "voyez le genre"],
    _product(["je vous laisse", "je te laisse", "à vous de", "à toi de"], ["conclure", "relier les points"]),
    ["reliez les points", "regardez les prénoms", "regardez les noms"],
    _product(["je ne dis pas que", "je dis pas que", "j'dis pas que"], ["tous", "toutes", "tous les", "toutes les"]),
    ["toujours les mêmes", "c'est toujours les mêmes", "ce sont toujours les mêmes", "toujours eux"],
    ["typiques"],  # « des X typiques » (FR_ESSENCE has « typique », « typiquement »)
)
FR_GUESSES += ["devinez quoi", "devine quoi", "devinez ce qui", "devinez ce que", "devine ce qui", "et devinez quoi"]
FR_IRONIES = _join(
    _product(["merci", "vive", "bravo", "belle", "quelle belle"], ["la diversité"]),
    _product(["quelle", "quelle belle"], ["richesse culturelle"]),
    ["quel enrichissement culturel", "quel enrichissement", "une chance pour la france", "chance pour la france"],
    ["vive le vivre ensemble", "vive le vivre-ensemble", "merci le vivre ensemble", "merci le vivre-ensemble"],
    ["merci le multiculturalisme", "vive le multiculturalisme", "quel peuple travailleur", "ces grands travailleurs"],
    ["des citoyens modèles", "quels voisins charmants", "de charmants voisins"],
)
# (session 41, I) the withheld outcome: the wink that hands the bad part to the reader instead of saying it — the rest
# left to guess ("you can guess the rest", « je vous laisse deviner la suite »), what comes of them known to all ("we
# all know how that story ends", « on connaît tous le film »), the picture not drawn ("I don't have to spell it out",
# « je vous fais pas un dessin »), the expectation asked back ("what did you think would happen", « elle s'attendait
# à quoi ? »), the knowing aside ("you know how they are", « vous voyez le genre »), the loss to guess ("guess what
# happened to my …", « devinez ce qui est arrivé à ma … ») and the sarcastic surprise that closes an anecdote
# ("what a surprise", « quelle surprise »). The phrase is the outcome: where it closes the draft (app.kinds.stereotype
# ``_WITHHELD_TAIL``) after a group named in its sentence or the one before, with no praise from the group's
# sentence on, it needs no outcome word (``withheld_last``: only as the draft's last words); elsewhere it is a cue
# like the others.
EN_WITHHELD = _join(
    _product(
        [
            "you can guess",
            "you can probably guess",
            "i'll let you guess",
            "i'll leave you to guess",
            "guess",
            "you can imagine",
            "i'll let you imagine",
            "you know",
            "we all know",
            "we know",
            "everyone knows",
        ],
        ["the rest"],
    ),
    _product(
        ["i'm sure you can imagine", "you can imagine", "i'll let you imagine", "you can guess"],
        [
            "how that's going",
            "how that went",
            "how it went",
            "how it's going",
            "how that ended",
            "what happened next",
            "what happened",
            "what comes next",
            "what happens next",
        ],
    ),
    _product(
        ["we all know", "we know", "you know", "everyone knows", "you all know"],
        [
            "how that story ends",
            "how this story ends",
            "how the story ends",
            "what that means",
            "what this means",
            "where this is going",
            "where that's going",
            "how this ends",
            "how that ends",
            "how it ends",
            "how that goes",
            "how it goes",
            "what comes next",
            "what happens next",
            "how they are",
            "what they're like",
            "what they are like",
        ],
    ),
    _product(
        [
            "i don't need to",
            "i dont need to",
            "i don't have to",
            "i dont have to",
            "no need to",
            "do i need to",
            "do i have to",
            "need i",
        ],
        [
            "spell it out",
            "say more",
            "tell you what comes next",
            "tell you what happened next",
            "tell you the rest",
            "tell you how it ended",
            "draw you a picture",
        ],
    ),
    _product(
        ["what did", "what else did"], ["you", "anyone", "they", "she", "he", "we"], ["think would happen", "expect"]
    ),
    [
        "what were you expecting",
        "what was she expecting",
        "what was he expecting",
        "what did anyone think would happen",
    ],
    _product(["guess what happened to", "guess what happens to", "guess what became of"], ["my", "our", "his", "her"]),
    ["we've all seen that film", "we've all seen this film", "we've all seen that movie", "need i say more"],
)
# the wink said last, as the draft's last words only: after it a clause turns it sincere ("… got a promotion, what a
# surprise, she works like ten", « … quelle surprise, elle bosse comme dix »); not « je dis ça je dis rien », which
# closes a kind word as often (« … l'immeuble est plus vivant. Je dis ça je dis rien. »)
EN_WITHHELD_LAST = [
    "same old story",
    "make of that what you will",
    "draw your own conclusions",
    "i'll let you draw your own conclusions",
    "say no more",
    "enough said",
    "nuff said",
    "what a surprise",
    "surprise surprise",
    "never saw that coming",
    "colour me shocked",
    "color me shocked",
    "shocker",
    "funny that",
    "funny, that",
]
# (session 47, I) the conclusion left to the reader, said last: the writer draws none and hands the anecdote over
# ("… no visible jobs. *I'll let you join the dots.*", "*Just noting.*", « *Je constate.* », « *Je vous laisse
# conclure.* »); as the draft's last words only, and like the others not after a praise or a harm the group undergoes;
# not the verdicts that close counter-speech as often ("says it all", "speaks volumes", « tout est dit », « ça en dit
# long », « cherchez l'erreur »: "He posted 'X are vermin'. Says it all."), nor the thought offered, which closes a
# kind observation as often ("makes you think", « ça fait réfléchir »: « … les Roumains de ma rue aident tout le
# monde ? Ça fait réfléchir. », a case of rules/risk/hate.yml)
EN_CONCLUSION_LEFT = _join(
    [
        "just noting",
        "just an observation",
        "just sayin",
        "not saying anything",
        "i'm not saying anything",
        "i'll say no more",
    ],
    _product(["i'll let you", "you can", "you"], ["join the dots", "connect the dots", "do the maths", "do the math"]),
)
EN_WITHHELD_LAST += EN_CONCLUSION_LEFT
FR_WITHHELD = _join(
    _product(
        [
            "je vous laisse deviner",
            "je te laisse deviner",
            "je vous laisse imaginer",
            "je te laisse imaginer",
            "vous devinez",
            "tu devines",
            "vous connaissez",
            "tu connais",
            "on connaît",
            "on connaît tous",
            "vous imaginez",
            "devinez",
        ],
        ["la suite"],
    ),
    [
        "je vous laisse deviner pourquoi",
        "je vous laisse deviner",
        "je te laisse deviner",
        "je vous laisse imaginer",
        "je vous laisse conclure",
        "je te laisse conclure",
        "à vous de conclure",
        "tirez-en vos conclusions",
        "tirez vos propres conclusions",
        "je vous laisse tirer les conclusions",
    ],
    _product(
        ["on connaît", "on connaît tous", "vous connaissez", "tu connais"],
        ["le film", "la chanson", "l'histoire", "la musique"],
    ),
    _product(
        [
            "je vous fais pas",
            "je ne vous fais pas",
            "j'vous fais pas",
            "je te fais pas",
            "pas besoin de vous faire",
            "pas besoin de te faire",
            "faut-il vous faire",
            "faut il vous faire",
        ],
        ["un dessin", "de dessin"],
    ),
    _product(FR_KNOWERS, [*FR_HOW_IT_ENDS, "ce que ça veut dire", "ce qui va suivre", "ce qui va se passer"]),
    ["vous voyez le genre", "tu vois le genre", "voyez le genre", "on voit le genre"],
    _product(
        [
            "tu t'attendais",
            "vous vous attendiez",
            "il s'attendait",
            "elle s'attendait",
            "on s'attendait",
            "fallait s'attendre",
            "il fallait s'attendre",
        ],
        ["à quoi"],
    ),
    _product(
        ["vous pensiez", "tu pensais", "vous croyiez", "tu croyais", "elle pensait", "il pensait"],
        ["qu'il se passerait quoi", "qu'il allait se passer quoi", "que ça finirait comment"],
    ),
    _product(
        [
            "devinez ce qui est arrivé à",
            "devine ce qui est arrivé à",
            "devinez ce qu'est devenu",
            "devinez ce qu'est devenue",
            "devinez ce que sont devenus",
        ],
        ["mon", "ma", "mes", "notre", "nos"],
    ),
)
FR_WITHHELD_LAST = [
    "quelle surprise",
    "surprise surprise",
    "comme c'est étonnant",
    "étonnant hein",
    "qui l'eût cru",
    "sans surprise",
    "la surprise",
    "marrant ça",
    "suivez mon regard",
]
# (session 47, I) la conclusion laissée au lecteur, dite en dernier : « je constate », « j'en dis pas plus », « je vous
# laisse conclure » (EN_CONCLUSION_LEFT)
FR_CONCLUSION_LEFT = _join(
    [
        "je n'en dirai pas plus",
        "j'en dirai pas plus",
        "j'en dis pas plus",
        "je constate",
        "je ne fais que constater",
        "je fais que constater",
        "faites le calcul",
        "tirez-en vos conclusions",
        "tirez vos conclusions",
        "à vous de conclure",
        "à vous de juger",
    ],
    _product(["je vous laisse"], ["conclure", "juger", "en juger", "tirer vos conclusions", "tirer les conclusions"]),
)
FR_WITHHELD_LAST += FR_CONCLUSION_LEFT
# (session 41, I) the writer's own kin and friends: a group word beside one of them after "my" / « mon » is family
# told fondly, no anecdote about them ("my Jamaican grandad started telling stories. You can guess the rest",
# « mon grand-père portugais a sorti l'accordéon. Je vous laisse deviner la suite »): no withheld outcome there
EN_KIN = _words(
    """grandad granddad grandpa grandfather grandma granny gran nan nana grandmother grandparents mum mom mother dad
father parents uncle aunt auntie cousin cousins brother sister wife husband partner fiance fiancee girlfriend
boyfriend son daughter kids in-laws mother-in-law father-in-law family friend friends mate mates bestie"""
)
FR_KIN = _words(
    """grand-pere grand-mere grands-parents papi papy mamie meme pepe mere pere parents oncle tante tata tonton
cousin cousine cousins frere soeur femme mari epouse epoux compagnon compagne copain copine fiance fiancee fils
fille enfants belle-famille belle-mere beau-pere famille ami amie amis pote potes"""
)
EN_OWNERS = _words("my our")
FR_OWNERS = _words("mon ma mes notre nos")
# (session 43, I) the disclaimed prejudice: the writer denies the prejudice the sentence goes on to state ("I'm not
# racist but …", "nothing against X, but …", "it isn't racism, it's experience", « j'ai rien contre les X, mais … »,
# « c'est l'instinct, pas du racisme ») — a ``disclaimers`` phrase and a ``disclaimer_turns`` word (the turn to the
# claim, "but", "just", « mais », or the ground the claim pretends to: experience, facts, instinct, « bon sens ») in
# its sentence or the next, a group near: the disclaimer is the insinuation's mark, no outcome word needed
# (app.kinds.stereotype ``disclaimed``)
_PREJUDICES_EN = _words(
    """racist racists racism bigot bigoted bigotry prejudice prejudiced hate hateful xenophobic xenophobia
homophobic homophobia transphobic transphobia islamophobic islamophobia antisemitic antisemitism sexist sexism
discrimination discriminating"""
)
EN_DISCLAIMERS = _join(
    _product(["not", "isn't", "isnt", "ain't", "aint", "never been"], ["", "a", "being", "about"], _PREJUDICES_EN),
    _product(["nothing", "nothin", "no hate"], ["against"]),
    _product(["no hate", "no offence", "no offense", "no disrespect"], ["to"]),
)
EN_DISCLAIMER_TURNS = _join(
    _words("""but however though tho just only simply experience instinct eyesight reality realism realistic facts
fact statistics stats data biology noticing observation observing truth maths math caution cautious careful prudent
survival self-preservation"""),
    [
        "common sense",
        "pattern recognition",
        "being honest",
        "being realistic",
        "being careful",
        "i notice",
        "i've noticed",
        "ive noticed",
        "i noticed",
    ],
)
_PREJUDICES_FR = _words(
    """raciste racistes homophobe homophobes transphobe transphobes islamophobe islamophobes antisemite antisémite
antisemites antisémites xenophobe xénophobe xenophobes xénophobes sexiste sexistes"""
)
FR_DISCLAIMERS = _join(
    _product(["pas", "suis pas", "sans être", "sans etre", "sans vouloir être", "sans vouloir etre"], _PREJUDICES_FR),
    _product(
        ["pas", "pas de", "rien de", "ni"],
        [
            "racisme",
            "haine",
            "la haine",
            "xénophobie",
            "la xénophobie",
            "l'homophobie",
            "homophobie",
            "rejet",
            "du rejet",
            "discrimination",
            "la discrimination",
            "du racisme",
            "préjugé",
            "préjugés",
        ],
    ),
    _product(["rien", "rien du tout"], ["contre"]),
)
# (session 43, I) the proverb of permanence: a vice said once and for all ("once a thief, always a thief", « colons un
# jour, colons toujours », « qui trahit une fois trahit toujours »); "{}" is one word, the same at both places. Beside
# a group it is the group's nature (app.kinds.stereotype ``permanences``), not when the word is the group itself
# (« Breton un jour, Breton toujours »: pride) or a praise ("once a hero, always a hero")
EN_PERMANENCES = ["once a {} always a {}", "once an {} always an {}", "once {} always {}"]
FR_PERMANENCES = ["{} un jour {} toujours", "qui {} une fois {} toujours", "{} une fois {} toujours"]
# the allegiances the proverb says with pride ("once a Marine, always a Marine", « supporter un jour, supporter
# toujours »): no vice
EN_ALLEGIANCES = _words(
    """marine marines soldier soldiers fan fans supporter supporters member members brother brothers sister sisters
friend friends scout scouts teacher teachers nurse nurses champion champions winner winners legend legends local
locals"""
)
FR_ALLEGIANCES = _words(
    """supporter supporters supporteur supporteurs fan fans frere freres soeur soeurs ami amis amie amies scout scouts
legionnaire legionnaires para paras soldat soldats marin marins champion champions gagnant gagnants membre membres"""
)
# (session 43, I) the scare quotes: a noun of people put in quotation marks as the writer refers to them (an ``scare_
# openers`` word or a group right before the opening mark: "another "community" demanding …", "Ukrainian "refugees"
# in a Range Rover", « les "jeunes" ont encore fêté … »): the marks say the name is a lie — the group is not what it
# is called. Not where the draft talks about the word (``scare_mentions``: "the word "refugees"", « dit-on
# "sourd" »), nor someone else's words (app.kinds.stereotype ``scare_quotes``)
EN_SCARE_NOUNS = _words(
    """refugee refugees asylum migrant migrants immigrant immigrants newcomers arrivals citizen citizens community
communities adult adults lady ladies woman women girl girls boy boys child children kid kids family families student
students youth youths youngsters teens elders locals worker workers neighbours neighbors
victims disabled"""
)
FR_SCARE_NOUNS = _words(
    """refugie refugies refugiee refugiees migrant migrants exiles demandeurs arrivants citoyen citoyens citoyenne
citoyennes communaute communautes adulte adultes dame dames femme femmes fille filles garcon garcons enfant enfants
mineur mineurs famille familles etudiant etudiants etudiantes jeune jeunes frere freres soeur soeurs cousin cousins
voisins travailleurs victimes handicape handicapes handicapee handicapees voyage"""
)
# the roles a member claims, in scare quotes only right after a group ('Zimbabwean "nurses"', 'Palestinian
# "journalists"', « les Maliens "étudiants" »): after a determiner alone they mock a trade, not a people ('the
# "experts"')
EN_SCARE_ROLES = _words(
    """nurse nurses doctor doctors journalist journalists activist activists engineer engineers teacher teachers
professional professionals businessman businessmen entrepreneurs scholars scientists experts expert workers worker
asylum seekers dancers artists pastor pastors priest priests imam imams scholar"""
)
FR_SCARE_ROLES = _words(
    """infirmier infirmiers infirmiere infirmieres medecin medecins docteur docteurs journaliste journalistes militant
militants militante militantes ingenieur ingenieurs professeur professeurs prof profs entrepreneurs commercants
chercheurs experts artistes pasteur pasteurs imam imams pretre marabout marabouts"""
)
EN_SCARE_OPENERS = _words("the these those our their another other some all a an such new poor")
FR_SCARE_OPENERS = _words(
    "les des ces nos vos leurs un une nouveaux nouvelles certains certaines quelques autres chers cheres pauvres nos"
)
EN_SCARE_MENTIONS = _words(
    """word words term terms say says said saying call calls called calling label labels labelled labeled name names
named phrase expression mean means meaning prefer preferred spelled spell write writes wrote stereotype stereotypes
trope tropes myth myths narrative narratives cliche cliches joke jokes story label study studies research analysis
standard"""
)
FR_SCARE_MENTIONS = _words(
    """mot mots terme termes dire dit dis disent disait appelle appellent appeler appele appelee appeles nomme
nommer expression prefere preferez preferent signifie veut ecrit ecrire stereotype stereotypes cliche cliches mythe
mythes prejuge prejuges blague blagues rumeur etiquette etude etudes analyse analyses analyse standard"""
)
# a comparison that praises the group after a disclaimer is no prejudice ("not racist but Nigerians cook *better
# than* us", « pas raciste, mais les Belges cuisinent *mieux que* nous »)
EN_DISCLAIMER_PRAISES = _product(
    _words("better nicer kinder smarter cleverer friendlier funnier harder braver tidier cleaner safer"), ["than"]
)
FR_DISCLAIMER_PRAISES = _join(
    _product(["mieux", "meilleur", "meilleure", "meilleurs", "meilleures"], ["que", "qu"]),
    _product(["plus"], _words("gentils gentilles drôles travailleurs accueillants polis sympas courageux"), ["que"]),
)
FR_DISCLAIMER_TURNS = _join(
    _words("""mais cependant pourtant juste simplement seulement expérience experience instinct réalité realite réaliste
realiste réalisme realisme lucidité lucidite lucide constat constate constater chiffres statistique statistiques vérité
verite survie observation observe prudent prudente prudence faits"""),
    ["bon sens", "je constate", "j'observe"],
)
# the outcomes these shapes tell (a place gone down, a thing gone missing, a car stripped)
EN_OUTCOMES_BY_HAND += _verbs("empty/emptied strip/stripped", "en") + _words("missing downhill no-go")
FR_OUTCOMES_BY_HAND += _verbs("désosser/désossé", "fr") + _words("decharge deglingue")


def _vader_outcomes() -> list[str]:
    """VADER's entries rated -1.5 or lower, one word of letters each."""
    return sorted(w for w, v in _vader().items() if v <= -1.5 and w.isalpha())


def _vader_praises() -> list[str]:
    """VADER's entries rated 1.5 or higher, one word of letters each."""
    return sorted(w for w, v in _vader().items() if v >= 1.5 and w.isalpha())


def _unique(words: list[str]) -> list[str]:
    return list(dict.fromkeys(w.strip() for w in words if w.strip()))


# (session 19, I) a double standard denounced (app.kinds.stereotype): the other side of the comparison after a
# contrast, a member of the majority or the same deed judged otherwise ("funny how when a Black player misses the abuse
# starts, *but when he scores* he's one of ours", « … *mais quand c'est un* blanc … », "*double standards*")
EN_CONTRASTS = ["but", "yet", "whereas", "while", "and yet", "but when", "but if"]
EN_DOUBLE_STANDARDS = _join(
    _product(
        ["when", "if", "if it was", "if it were", "when it's", "when its"],
        ["a", "one of", "some", ""],
        ["white", "christian", "british", "english", "american", "native", "straight", "rich", "local"],
    ),
    _product(
        ["when", "if"],
        ["he", "she", "they"],
        ["scores", "score", "wins", "win", "succeeds", "succeed", "does well", "do well", "helps", "help"],
    ),
    [
        "double standard",
        "double standards",
        "one of ours",
        "one of us",
        "nobody says a word",
        "no one says a word",
        "no one bats an eye",
        "nobody bats an eye",
        "it's a lone wolf",
        "mental health issues",
        "it's mental health",
        "not a peep",
        "crickets",
        "do better",
    ],
)
FR_CONTRASTS = ["mais", "alors que", "tandis que", "et jamais", "mais jamais"]
FR_DOUBLE_STANDARDS = _join(
    _product(
        ["quand c'est", "si c'était", "si c'est", "quand il s'agit d'"],
        ["un", "une", "des", ""],
        [
            "blanc",
            "blanche",
            "blancs",
            "français",
            "française",
            "catholique",
            "chrétien",
            "hétéro",
            "kevin",
            "de chez nous",
            "gaulois",
        ],
    ),
    _product(
        ["quand", "s'"],
        ["il", "elle", "ils"],
        ["marque", "marquent", "gagne", "gagnent", "réussit", "réussissent", "aide", "aident"],
    ),
    [
        "deux poids deux mesures",
        "deux poids, deux mesures",
        "un de chez nous",
        "un des nôtres",
        "l'un des nôtres",
        "personne ne dit rien",
        "personne dit rien",
        "silence radio",
        "déséquilibré",
        "un loup solitaire",
    ],
)


# (session 44, I) the statistic of blame (app.kinds.stereotype ``shares``): a share said in one sentence with a group
# and a blame, the figure made the group's nature (« un Algérien sur trois vit du RSA », "80% of rapes are committed by
# migrants"); the number words and links of a ratio, the blames (crime, prison, welfare, sharia, illness as vice), the
# named sources that make it a statistic reported (« selon l'Insee », "according to the ONS"), the words of a group
# that suffers the figure (victims, discrimination, "hate crime *against* disabled people up 30%")
EN_SHARE_NUMBERS = _words("one two three four five six seven eight nine ten a every")
FR_SHARE_NUMBERS = _words("un une deux trois quatre cinq six sept huit neuf dix chaque")
EN_SHARE_LINKS = ["in", "out of"]
FR_SHARE_LINKS = ["sur"]
EN_SHARE_BLAMES = _words(
    "crime crimes criminal criminals offender offenders offences inmate inmates prisoner prisoners prison prisons jail "
    "jailed convicted convictions rape rapes rapists rapist assault assaults stabbing stabbings murder "
    "murders murderer murderers killings robbery robberies burglary burglaries theft thefts thieves shoplifting fraud "
    "frauds scam scams scammers gang gangs grooming terror terrorism terrorists terrorist attacks welfare benefits "
    "handouts dole sharia alcoholics alcoholic addicts drunk drunks disorders hiv aids stds paedophiles pedophiles "
    "paedophilia pedophilia violent violence dealers trafficking"
)
FR_SHARE_BLAMES = _words(
    "crime crimes criminel criminels criminelle criminelles criminalité délits délinquance délinquants délinquant "
    "détenus détenu détenues prisonniers prison prisons taulards incarcérés condamnés condamnations viol viols "
    "violeurs violeur agressions agression agresseurs meurtres meurtre meurtriers homicides cambriolages vols vol "
    "voleurs voleuses arnaques arnaqueurs escroqueries fraude fraudes fraudeurs trafic trafics trafiquants dealers "
    "attentats terroristes terrorisme djihadistes jihadistes fichés rsa allocations allocs alloc chômeurs assistés "
    "aides gangs gang bandes mafias charia alcooliques alcoolique alcoolisme drogués toxicos troubles "
    "psychiatriques malades sida mst "
    "pédophiles pédophilie violents violences accrochages bagarres émeutes émeutiers"
)
EN_SHARE_SOURCES = [
    "according to the",
    "according to",
    "source",
    "sources",
    "data from",
    "figures from",
    "census",
    "the ons",
    "office for national statistics",
    "pew",
    "eurostat",
    "statistics canada",
    "the fbi's",
    "bureau of justice",
    "home office figures",
    "study by",
    "survey by",
    "report by",
    "in its annual report",
    "the un",
]
FR_SHARE_SOURCES = [
    "selon l'",
    "selon le",
    "selon la",
    "selon les",
    "d'après l'",
    "d'après le",
    "d'après la",
    "d'après les",
    "source",
    "sources",
    "insee",
    "ined",
    "inserm",
    "drees",
    "dares",
    "eurostat",
    "statbel",
    "ofs",
    "statistique canada",
    "recensement",
    "ministère de l'intérieur",
    "ministère de la justice",
    "cncdh",
    "hcr",
    "unhcr",
    "rapport annuel",
    "enquête de l'",
    "étude de l'",
    "étude du",
    "données de l'",
    "chiffres de l'",
]
EN_SHARE_UNDERGONE = _words(
    "victims victim victimised victimized suffer suffers suffered suffering endure endured targeted harassed "
    "discriminated discrimination racism abused attacked assaulted bullied killed murdered experienced faced face "
    "denied refused poverty unemployed homeless underpaid excluded against hate hatred racist antisemitic homophobic "
    "transphobic islamophobic"
)
FR_SHARE_UNDERGONE = _words(
    "victimes victime subi subissent subissant subir ciblés ciblées harcelés harcelées harcèlement discriminés "
    "discriminées discrimination discriminations racisme agressés agressées tués tuées menacés menacées pauvreté "
    "exclusion refusés refusées précarité mal-logés sans-abri payés rejetés contre haine racistes antisémites "
    "homophobes transphobes islamophobes"
)


def render(language: str) -> str:
    """The YAML file of one language."""
    if language == "fr":
        sarcasm, essence, guesses, traits = FR_SARCASM, FR_ESSENCE, FR_GUESSES, FR_TRAITS
        outcomes, victims, passives, sanctions = FR_OUTCOMES_BY_HAND, FR_VICTIMS, FR_PASSIVES, FR_SANCTIONS
        reports, praises, closing = FR_REPORTS, FR_PRAISES, FR_CLOSING
        credit = "by hand (session 15, engineer I)"
    else:
        sarcasm, essence, guesses, traits = EN_SARCASM, EN_ESSENCE, EN_GUESSES, EN_TRAITS
        outcomes = _vader_outcomes() + EN_OUTCOMES_BY_HAND
        victims, passives, sanctions, reports = EN_VICTIMS, EN_PASSIVES, EN_SANCTIONS, EN_REPORTS
        praises, closing = _vader_praises() + EN_PRAISES_BY_HAND, EN_CLOSING
        credit = "outcomes: VADER lexicon (MIT, C.J. Hutto), entries rated -1.5 or lower; the rest by hand (session 15)"
    insinuation = (
        FR_WONDER + FR_DISOWNED + FR_FACTS + FR_CONCESSIONS + FR_EXPECTED
        if language == "fr"
        else EN_WONDER + EN_DISOWNED + EN_FACTS + EN_CONCESSIONS + EN_EXPECTED
    )
    insinuation += FR_IRONIES if language == "fr" else EN_IRONIES
    contrasts, standards = (
        (FR_CONTRASTS, FR_DOUBLE_STANDARDS) if language == "fr" else (EN_CONTRASTS, EN_DOUBLE_STANDARDS)
    )
    parts = {
        "cues": _unique([c for c in sarcasm + essence + insinuation if c not in closing]),
        "closing": _unique(closing),
        "guesses": _unique(guesses),
        "traits": _unique(traits),
        "outcomes": _unique(outcomes),
        "victims": _unique(victims),
        "passives": _unique(passives),
        "sanctions": _unique(sanctions),
        "reports": _unique(reports),
        "praises": _unique(praises),
        "contrasts": _unique(contrasts),
        "double_standards": _unique(standards),
        "withheld": _unique(FR_WITHHELD if language == "fr" else EN_WITHHELD),
        "withheld_last": _unique(FR_WITHHELD_LAST if language == "fr" else EN_WITHHELD_LAST),
        "kin": _unique(FR_KIN if language == "fr" else EN_KIN),
        "owners": _unique(FR_OWNERS if language == "fr" else EN_OWNERS),
        "disclaimers": _unique(FR_DISCLAIMERS if language == "fr" else EN_DISCLAIMERS),
        "disclaimer_turns": _unique(FR_DISCLAIMER_TURNS if language == "fr" else EN_DISCLAIMER_TURNS),
        "permanences": _unique(FR_PERMANENCES if language == "fr" else EN_PERMANENCES),
        "allegiances": _unique(FR_ALLEGIANCES if language == "fr" else EN_ALLEGIANCES),
        "scare_nouns": _unique(FR_SCARE_NOUNS if language == "fr" else EN_SCARE_NOUNS),
        "scare_roles": _unique(FR_SCARE_ROLES if language == "fr" else EN_SCARE_ROLES),
        "scare_openers": _unique(FR_SCARE_OPENERS if language == "fr" else EN_SCARE_OPENERS),
        "scare_mentions": _unique(FR_SCARE_MENTIONS if language == "fr" else EN_SCARE_MENTIONS),
        "disclaimer_praises": _unique(FR_DISCLAIMER_PRAISES if language == "fr" else EN_DISCLAIMER_PRAISES),
        "share_numbers": _unique(FR_SHARE_NUMBERS if language == "fr" else EN_SHARE_NUMBERS),
        "share_links": _unique(FR_SHARE_LINKS if language == "fr" else EN_SHARE_LINKS),
        "share_blames": _unique(FR_SHARE_BLAMES if language == "fr" else EN_SHARE_BLAMES),
        "share_sources": _unique(FR_SHARE_SOURCES if language == "fr" else EN_SHARE_SOURCES),
        "share_undergone": _unique(FR_SHARE_UNDERGONE if language == "fr" else EN_SHARE_UNDERGONE),
    }
    lines = [
        "# generated by training/stereotype_cues.py: do not edit by hand",
        f"credit: {json.dumps(credit)}",
        'notes: "insinuation by stereotype cue (app.kinds.stereotype): a group near a cue and a bad outcome"',
    ]
    lines += [f"{name}: {_flow([_scalar(w) for w in words], '  ')}" for name, words in parts.items()]
    return "\n".join(lines) + "\n"


_YAML_WORDS = frozenset(_words("yes no true false on off y n null"))


def _scalar(word: str) -> str:
    """A word YAML would read as something else ("yes", "on", a template's "{}") quoted."""
    return f'"{word}"' if word.lower() in _YAML_WORDS or "{" in word else word


def main(language: str | None = None) -> int:
    """Print the file of ``language`` (the first argument): en or fr."""
    chosen = language or (sys.argv[1] if len(sys.argv) > 1 else "")
    if chosen not in ("en", "fr"):
        sys.stderr.write("usage: python -m training.stereotype_cues en|fr\n")
        return 2
    sys.stdout.write(render(chosen))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write the words of ``app.kinds.threat_reading`` (session 20, T): a threat against a group read as an agent who will
act, a harm and the group as its target, in any words — the closed classes the reading needs, both languages, each verb
in every inflection the grammar meets.

``python -m training.threat_reading_forms en > rules/risk/terms/en/hate-threat-reading.yml`` (and ``fr``) writes the
files again.

The verbs of violence are risk.hate's open acts (``training.act_forms``: one lexicon for both readings); this file adds
what the reading of a pronoun, a body part, a fall and a weapon emoji needs:

- *harm to a body part*, a verb of breaking or striking and the part ("break *their jaw*", "kick his teeth in", « leur
  éclater *la tête* », « lui casser *les dents* »);
- *a fall*: a verb of throwing or pushing, a particle and a place to fall from or under ("throw them *off a bridge*",
  « j'en pousse un *dans l'escalier* », « je le balance *par la fenêtre* »);
- *harm undergone*, a member's body part and a participle ("is getting his head *caved in*");
- the writer or "someone" as the agent (``subjects``), the intent between them and the verb (``intents``), and what
  makes it no threat: a negation, someone else's words (``reported``), a game, a sport or a kitchen (``undone``).
"""

from __future__ import annotations

import sys

from app.text import conjugation_fr, inflection_en
from training import act_forms


def _items(text: str) -> list[str]:
    return [w for line in text.strip().splitlines() for w in line.split()]


# verbs that strike or break a body part ("break their jaw", "smash his face in")
BODY_VERBS_EN = """
break/broke/broken smash crack bash kick punch stamp/stamped/stamped cave rip/ripped/ripped cut/cut/cut/cutting
slit/slit/slit/slitting slash knock blow/blew/blown bust split/split/split/splitting snap/snapped/snapped stomp
rearrange shoot/shot/shot blast
"""
BODY_PARTS_EN = """
jaw jaws face faces head heads skull skulls teeth tooth nose noses legs leg arms arm neck necks ribs knees kneecaps
kneecap throat throats brains brain fingers hands spine eyes eye ears skulls
"""
# participles of harm undergone by a body part ("is getting his head *caved in*", "gets his teeth *kicked in*")
BODY_PARTICIPLES_EN = """
broken smashed cracked caved kicked bashed stamped punched knocked busted blown cut slit slashed ripped split snapped
stomped glassed bottled rearranged beaten shot carved
"""
THROW_VERBS_EN = """
throw/threw/thrown push shove toss chuck hurl fling drop/dropped/dropped launch drag/dragged/dragged dangle
"""
THROW_PARTICLES_EN = "off under into out down through onto over"
FALLS_EN = """
window windows bridge roof cliff balcony stairs staircase train trains bus buses lorry truck traffic road river canal
sea lake tracks platform tube
"""
BODY_VERBS_FR = """
casser péter éclater exploser défoncer fracasser briser arracher trancher couper ouvrir refaire démonter enfoncer
crever écraser exploser fendre
"""
BODY_PARTS_FR = """
tête gueule crâne dents mâchoire nez jambes jambe bras genoux rotules gorge cou yeux côtes doigts figure tronche
visage cervelle portrait
"""
THROW_VERBS_FR = "pousser balancer jeter foutre lancer basculer précipiter défenestrer"
THROW_PARTICLES_FR = "par dans sous du de au à contre en"
FALLS_FR = """
fenêtre fenêtres escalier escaliers pont balcon toit falaise train métro bus voiture camion seine canal rivière mer
flotte voie voies rails quai
"""

# (fates) where a member of the group ends: a verb of ending or leaving, then a place of harm a few words on ("… will
# be leaving *in body bags*", "any X who … ends up *in hospital*", « … finit *dans la Seine* », « … *à l'hôpital* »);
# the writer sending them there ("I'll put them *in hospital*", « je vais les envoyer *à l'hosto* »)
FATE_VERBS_EN = """
end ends ending finish finishes finishing leave leaves leaving go goes going wind winds winding wake wakes waking
carried come comes coming
"""
SENDS_EN = "put puts putting send sends sending"
DESTINATIONS_EN = """
hospital hospitals a&e icu morgue morgues coffin coffins casket caskets bodybag bodybags body-bag body-bags bag bags
grave graves ditch river canal wheelchair wheelchairs hearse ambulance ambulances intensive
"""
FATE_VERBS_FR = """
finit finira finiront finissent finir finirait finiraient termine terminera termineront terminer repart repartira
repartiront repartir sortira sortiront sortir rentrera rentreront rentrer retrouve retrouvera retrouveront retrouver
"""
SENDS_FR = "envoie envoyer enverrai enverra enverrons envoies envoyons mets mettre mettrai mettra"
DESTINATIONS_FR = """
hôpital hosto urgences réa réanimation morgue cercueil cercueils tombe tombes fossé seine canal fauteuil ambulance
housse sapin
"""
# a blow said as a thing received ("the next X … gets *a boot to the face*", "gets a brick through their window")
BLOWS_EN = """
boot fist kick punch brick bottle bat bullet knife blade slap headbutt hammer crowbar machete axe pipe
"""
BLOW_PREPS_EN = "to in through across between into"
BLOW_PLACES_EN = "window windows door car"
# a death foretold by a time not lived to ("the X at that hotel *won't see christmas*", « ne verront pas *Noël* »)
DEATH_VERBS_EN = "see survive make live leave leaving walk walking get getting come coming"
DEATH_VERBS_FR = (
    "verra verront passera passeront fêtera fêteront repartira repartiront sortira sortiront rentrera rentreront"
)
DEATH_TIMES_EN = """
christmas tomorrow weekend morning summer spring winter autumn sunrise birthday monday tuesday wednesday thursday friday
saturday sunday night year alive again
"""
DEATH_TIMES_FR = """
noël demain week-end weekend matin été printemps hiver automne nuit année anniversaire vivant vivants vivante vivantes
"""
# one member in a condition or named as the next, any, every: the fate is the writer's answer to it
MEMBERS_EN = "next any every first one if whoever"
MEMBERS_FR = "prochain prochaine premier première si tout toute chaque moindre"
# words that may open a command before its verb ("*go* smash …", "*just* shoot them")
# (session 23, T) a death let happen in mercy, after the call in its sentence, is no call ("let the elderly die with
# *dignity*", « laisser mourir *dignement* les malades »)
MERCIES_EN = "dignity dignified peace peacefully painlessly naturally comfortably"
MERCIES_FR = "dignité dignement paix paisiblement naturellement sereinement"
OPENERS_EN = "go and just now then so lads boys guys pls please simply"
# the writer who knows where the group lives ("I *know where* the X … live", « on *sait où* dorment les X »)
KNOWS_EN = "know knows"
KNOWS_FR = "sait sais savons savez connais connaît connait"
WHERES_EN = "where"
WHERES_FR = "où ou"
DWELLINGS_EN = "live lives living sleep sleeps sleeping work works pray prays park parks stay stays"
# a fate lamented, not foretold ("… won't see christmas, *sadly*")
SYMPATHY_EN = "sadly unfortunately tragically sad heartbreaking heartbroken poor pray praying fear worried scared"
SYMPATHY_FR = "malheureusement hélas triste tristement pauvres pauvre peur crains craint inquiet inquiète"
# where the dwelling is said, an answer rather than a menace ("… live *in* overcrowded hostels")
PLACES_EN = "in at inside near under with"
PLACES_FR = "dans à au aux en sous près chez avec"
# a dare, its answer left to the imagination ("*keep* letting X move in and *see what happens to their* windows", «
# *continuez* à … et vous verrez *ce qui va leur arriver* »): a command opening its clause, then what happens to them
DARES_EN = "keep try carry continue dare"
DARES_FR = "continuez continue continuer essayez essaie essaye venez viens osez ose"
DARE_ENDS_EN = [f"{v} what happens to {o}" for v in ("see", "watch") for o in ("them", "their", "his", "her", "em")]
DARE_ENDS_FR = [
    f"ce qui {v}" for v in ("va leur arriver", "leur arrive", "leur arrivera", "va lui arriver", "lui arrive")
]
DWELLINGS_FR = "habitent habite dorment dort vivent vit prient prie travaillent travaille logent loge crèchent crèche"

# (session 21, T) a VEILED threat against a group: intimidation without a word of violence, read with the group in
# its sentence or the one before (``app.kinds.threat_reading._veiled``). Each phrase is a closed class written out in
# every person the writer addresses the group in (you / they, vous / ils) and every tense it is said in:
# - *strong* phrases intimidate alone: the writer who knows where the group lives or prays or has its addresses ("we
#   know where you pray", « on a vos adresses »), a doom on a clock ("your days are numbered", « votre tour va venir »,
#   « profitez tant que ça dure »), a warning ("you've been warned", « feraient bien de faire attention », "had better
#   watch their backs"), a regret to come for being here ("will regret coming", « vont regretter d'être venus »),
#   things to get bad for the group (« ça va devenir compliqué pour », "things are going to get ugly for"), a pain to
#   learn (« vous allez comprendre votre douleur »), a home no longer safe ("shouldn't get too comfortable", « devraient
#   pas trop se sentir chez eux »);
# - *weak* phrases need a second cue, another weak phrase or a closer in the draft: a list kept of them ("we've got a
#   list of every X"), a visit ("got a visit", « une petite visite »), a shame if something happened ("shame if …");
# - *closers* wink at the menace: "just so you know", "just saying", "we're patient", "sleep well", « je dis ça je dis
#   rien », « juste un conseil », « croyez-moi », « on est patients » (no emoji: "a little visit 🙂" is a neighbour's).
# A closer closes its clause ("just so you know." but not "just so you know how to help"); a group in the sentence
# before is aimed at only by a phrase holding a pronoun that can stand for it ("Muslims. We know where *you* pray").
# A ``*`` in a phrase stands for up to four words of its sentence ("enjoy * while you can": "enjoy your little parade
# while you can", « profitez de * tant que ça dure »).
# Words between a phrase's words (``fillers``: "very", « vite », « très ») are skipped, two at most.


def _cross(*parts: list[str]) -> list[str]:
    out = [""]
    for part in parts:
        out = [f"{a} {b}".strip() for a in out for b in part]
    return out


# (session 33, V) a MENACE FRAME against a group (``app.kinds.threat_reading._menaces``): no word of violence, but a
# cue of menace, its target (the group, or "you" / « vous » addressing it, in the cue's sentence or the two before or
# the one after) and what makes it a threat rather than news — a time ("friday", "tonight", « samedi », « ce soir »)
# or a condition ("if", "keep", "again", « si », « sinon », « continuez »), or a second cue of another kind. The cues
# are closed classes by their role, each crossed with its persons and tenses:
# - *lessons* (strong): a lesson the target will learn or a day it will remember ("they'll find out what happens",
#   "you're gonna learn the hard way", "a day they'll never forget", « vous allez comprendre ce que … », « ils vont
#   morfler », « un samedi dont ils se souviendront »);
# - *warnings* (strong): a warning given as such ("last warning", "consider this your only warning", "you've been
#   warned", « dernier avertissement », « vous êtes prévenus », « prévoyez des ambulances »); a date to remember
#   ("remember the date", « notez la date ») is *weak* (session 44: ``dates``, below);
# - *deadlines* (strong): a time given to leave and what follows it ("you have until sunday", "after that we …",
#   « vous avez jusqu'à dimanche », « après on s'en occupe », « sinon … s'en chargeront »);
# - *knowledge* (strong with a dwelling or a going verb after it in its clause, weak alone): the writer who knows which
#   place, when or where ("we know which mosque you go to", "I know when they pray", « on sait quelle mosquée … »,
#   « j'ai l'adresse de … »);
# - *presences* (weak): the writer who will be there or waiting, or finds them ("we'll be waiting", "see you friday",
#   « on sera là », « on vous attend à la sortie », « je te retrouve »);
# - *armed* (weak): a weapon or what burns, brought along ("with bats", "petrol cans", « des battes »,
#   « de l'essence »).
# A weak cue needs a cue of another kind; a strong one a time, a condition or another cue.
_FUTURE_YOU_EN = [
    f"{s}{a}"
    for s in ("you", "they", "you all", "you lot", "ya", "u")
    for a in ("'ll", " will", " are going to", "'re going to", " are gonna", "'re gonna", " gonna", " are about to")
] + ["youll", "theyll", "youre gonna", "theyre gonna"]
LESSONS_EN = (
    _cross(
        _FUTURE_YOU_EN,
        ["find out", "learn", "see", "understand", "know", "feel", "discover", "realise", "realize"],
        [
            "what happens",
            "what it's like",
            "what it feels like",
            "the hard way",
            "what we do",
            "who runs",
            "whose",
            "what real",
            "what pain",
            "what happens when",
            "what fear",
        ],
    )
    + _cross(
        [
            "a day",
            "one",
            "a night",
            "a weekend",
            "a parade",
            "a friday",
            "a saturday",
            "a sunday",
            "a week",
            "a prayer",
            "a service",
            "a march",
            "a pride",
        ],
        [
            "they",
            "you",
            "they'll",
            "you'll",
            "they will",
            "you will",
            "they won't",
            "you won't",
            "they'll never",
            "you'll never",
            "they will never",
            "you will never",
            "nobody will",
            "no one will",
            "none of them will",
            "none of you will",
        ],
        ["remember", "forget", "ever forget"],
    )
    + ["teach them a lesson", "teach you a lesson", "teach em a lesson", "learn their lesson", "learn your lesson"]
    # survival denied: "not one of them walks out", "nobody gets out * alive"
    + _cross(
        [
            "nobody",
            "no one",
            "noone",
            "not one of them",
            "none of them",
            "not a single one",
            "not one of you",
            "none of you",
        ],
        ["walks out", "gets out", "comes out", "makes it out", "walks away", "gets home", "goes home", "leaves"],
        ["alive", "* alive"],
    )
    + _cross(
        ["not one of them", "not one of you", "none of them", "none of you"],
        ["walks out", "gets out", "comes out", "makes it out", "walks away", "gets home", "goes home"],
    )
)
_FUTURE_YOU_FR = [
    "vous allez",
    "ils vont",
    "elles vont",
    "tu vas",
    "vont",
    "allez",
    "vous aller",
    "ils vont tous",
    "vous allez tous",
]
LESSONS_FR = (
    _cross(
        _FUTURE_YOU_FR,
        ["comprendre", "apprendre", "découvrir", "voir", "sentir", "savoir"],
        [
            "ce que",
            "ce qui",
            "ce qu'est",
            "ce qu'on",
            "leur douleur",
            "votre douleur",
            "ta douleur",
            "la douleur",
            "leur malheur",
            "votre malheur",
            "à qui",
            "qui commande",
            "qui est chez",
        ],
    )
    + _cross(_FUTURE_YOU_FR, ["saigner", "morfler", "déguster", "prendre cher", "souffrir", "douiller", "dérouiller"])
    + _cross(
        ["personne", "aucun", "aucun d'eux", "aucun d'entre eux", "aucun de vous", "pas un", "pas un seul"],
        [
            "n'en sortira",
            "n'en ressortira",
            "en sortira",
            "en ressortira",
            "ne sortira",
            "ne ressortira",
            "sortira",
            "ressortira",
            "ne rentrera",
            "rentrera",
        ],
        ["vivant", "vivants", "* vivant", "* vivants"],
    )
    + [
        "vous comprendrez",
        "ils comprendront",
        "elles comprendront",
        "tu comprendras",
        "vous morflerez",
        "ils morfleront",
        "vous saignerez",
        "ils saigneront",
        "vous le sentirez passer",
        "ils vont le sentir passer",
        "vous allez le sentir passer",
        "tu vas le sentir passer",
        "ils le sentiront passer",
    ]
    + _cross(
        [
            "un jour",
            "une journée",
            "une nuit",
            "un samedi",
            "un vendredi",
            "un dimanche",
            "un week-end",
            "une marche",
            "une prière",
            "une soirée",
        ],
        [
            "dont ils se souviendront",
            "dont vous vous souviendrez",
            "dont ils vont se souvenir",
            "dont vous allez vous souvenir",
            "qu'ils n'oublieront pas",
            "que vous n'oublierez pas",
            "qu'ils oublieront pas",
            "que vous oublierez pas",
            "qu'ils ne sont pas près d'oublier",
            "que vous n'êtes pas près d'oublier",
        ],
    )
    + ["leur donner une leçon", "vous donner une leçon", "leur apprendre la vie", "vous apprendre la vie"]
)
WARNINGS_EN = (
    _cross(["last", "final", "only", "fair", "first and last", "one and only", "final final"], ["warning"])
    + _cross(
        ["consider this", "this is", "take this as", "treat this as"],
        ["a", "your", "their", "the"],
        ["warning", "last warning", "final warning", "only warning"],
    )
    + _cross(
        [
            "you've",
            "you have",
            "youve",
            "you've all",
            "you were",
            "they've",
            "they have",
            "consider yourselves",
            "consider yourself",
            "you are",
            "you're",
        ],
        ["been warned", "warned"],
    )
    + [
        "mark my words",
        "bring helmets",
        "bring a helmet",
        "bring your helmets",
        "bring body armour",
        "bring stretchers",
    ]
)
WARNINGS_FR = [
    "dernier avertissement",
    "premier et dernier avertissement",
    "ceci est un avertissement",
    "c'est un avertissement",
    "c'est votre dernier avertissement",
    "à bon entendeur",
    "prévoyez des ambulances",
    "prévoyez une ambulance",
    "prévoyez les ambulances",
    "prévoyez des cercueils",
    "prévoyez des casques",
    "amenez des casques",
    "prenez des casques",
    "réservez les urgences",
    "appelez les urgences",
    *_cross(
        ["t'es", "tu es", "vous êtes", "vous voilà", "vous etes", "ils sont", "te voilà"],
        ["prévenu", "prévenue", "prévenus", "prévenues", "avertis", "averti", "avertie", "averties"],
    ),
    *_cross(
        ["on vous aura", "je vous aurai", "on t'aura", "je t'aurai", "on les aura"],
        ["prévenus", "prévenu", "prévenue", "avertis"],
    ),
    "je vous préviens",
    "je te préviens",
    "on vous prévient",
    "on te prévient",
]
DEADLINES_EN = (
    _cross(
        [
            "you have",
            "you've got",
            "you got",
            "youve got",
            "you lot have",
            "you all have",
            "they have",
            "they've got",
            "they got",
            "u have",
            "u got",
        ],
        ["until", "till", "til", "untill", "up to"],
    )
    + _cross(
        ["you have", "you've got", "you got", "they have", "they've got", "u have"],
        [
            "24 hours",
            "48 hours",
            "24h",
            "48h",
            "a week",
            "one week",
            "a day",
            "one day",
            "two days",
            "three days",
            "a month",
        ],
        [
            "to leave",
            "to get out",
            "to pack",
            "to go",
            "to move",
            "to clear out",
            "to clear off",
            # (session 39, T) a time given to change or vanish ("you've got one week to rethink your attitude")
            "to rethink",
            "to reconsider",
            "to think again",
            "to disappear",
            "to make yourselves scarce",
            "to sort yourselves out",
        ],
    )
    + _cross(
        ["after that", "then", "or else", "otherwise", "or"],
        ["we", "i", "we'll", "i'll", "the lads", "the boys"],
        [
            "deal with it",
            "sort it",
            "take care of it",
            "handle it",
            "sort them",
            "sort you",
            "deal with them",
            "deal with you",
            "take care of them",
            "take care of you",
            "handle them",
            "handle you",
            "come",
            "visit",
            # (session 39, T) "… until Friday. After that we stop asking nicely."
            "stop asking nicely",
            "stop being nice",
            "stop being polite",
            "stop playing nice",
            "won't ask nicely",
            "won't ask again",
        ],
    )
    # an ultimatum: leave, or else ("leave now or …", "get out by friday or …")
    + _cross(
        [
            "leave",
            "get out",
            "move out",
            "clear out",
            "pack up",
            "go home",
            "go back",
            "leave town",
            "move on",
            "clear off",
        ],
        ["now or", "or", "today or", "tonight or", "now or else", "or else", "while you still can"],
    )
)
DEADLINES_FR = (
    _cross(
        ["vous avez", "ils ont", "elles ont", "tu as", "t'as", "vous aurez", "ils auront"],
        ["jusqu'à", "jusqu'au", "jusqu'a", "jusque"],
    )
    + _cross(
        ["vous avez", "ils ont", "tu as", "t'as", "elles ont"],
        ["24h", "48h", "24 heures", "48 heures", "une semaine", "un jour", "deux jours", "trois jours", "un mois"],
        [
            "pour partir",
            "pour dégager",
            "pour quitter",
            "pour vous barrer",
            "pour foutre le camp",
            "pour déguerpir",
            "pour plier bagage",
            "pour faire vos valises",
            "pour vous casser",
            "pour se casser",
        ],
    )
    + _cross(
        ["après", "sinon", "passé ce délai", "ensuite", "ou sinon", "autrement"],
        ["on s'en", "on va s'en", "nous nous en", "je m'en", "je vais m'en", "les gars s'en", "d'autres s'en"],
        [
            "occupe",
            "occuper",
            "charge",
            "charger",
            "occuperons",
            "chargerons",
            "occuperont",
            "chargeront",
            "occupera",
            "chargera",
        ],
    )
    + _cross(["sinon"], ["*"], ["s'en chargeront", "s'en occuperont", "s'en chargera", "s'en occupera"])
    # (session 39, T) « … jusqu'à vendredi. Après, on arrête de demander gentiment. »
    + _cross(
        ["après", "après ça", "sinon", "passé ce délai", "ensuite", "ou sinon"],
        [
            "on arrête de demander gentiment",
            "on arrêtera de demander gentiment",
            "on ne demandera plus gentiment",
            "on arrête d'être gentils",
            "on arrête de discuter",
            "on passe aux choses sérieuses",
            "on ne sera plus gentils",
            "on arrête de rigoler",
        ],
    )
    + _cross(
        [
            "partez",
            "dégagez",
            "barrez-vous",
            "barrez vous",
            "cassez-vous",
            "cassez vous",
            "rentrez chez vous",
            "quittez",
            "déménagez",
            "dégage",
            "pars",
            "casse-toi",
            "barre-toi",
        ],
        ["ou", "ou sinon", "sinon", "tant que vous pouvez", "tant qu'il est temps", "avant que"],
    )
)
# (session 33, V) the writer's call to get ready (weak: "prepare yourselves", « préparez-vous »): a second cue only
# (session 41, T) *recalls* (strong): past violence held up to the group as a thing to come again — a reminder of what
# happened or how it ended, the group said to have got away with it, the past a rehearsal, history to repeat ("remember
# what happened in 1938", "remind them how May 2009 ended", "you got away in '45", "2008 was a rehearsal", "it can
# happen again", « souvenez-vous de 1994 », « l'histoire a tendance à bégayer », « 1942 ça peut revenir », « s'en sont
# tirés à bon compte la dernière fois »). Strong as the others: a time, a condition ("again", "next", « la prochaine »),
# a year written out (``app.kinds.threat_reading._menaces``) or a cue of another kind must stand near.
RECALLS_EN = [
    *_cross(
        ["remember", "remind them", "remind you", "ask them", "ask the last ones", "ask the last lot"],
        ["what happened", "what happened to", "how * ended", "how it ended", "what we did", "what they did to"],
    ),
    *_cross(
        ["got lucky", "got off lightly", "got off easy", "got away", "were lucky"],
        ["last time", "in", "that time", "once"],
    ),
    "won't get lucky twice",
    "will not get lucky twice",
    *_cross(["was", "was only", "was just", "were only", "were just"], ["a rehearsal", "the warm-up", "a warm-up"]),
    *_cross(["time for", "due for", "need", "needs"], ["a refresher", "a reminder", "another lesson"]),
    *_cross(["taught", "teach"], ["them nothing", "the * nothing"]),
    *_cross(
        ["history", "history has a habit of", "history has a way of"],
        ["repeats", "repeats itself", "repeating", "repeating itself", "can repeat", "will repeat"],
    ),
    *_cross(["it can", "it could", "it will", "that can", "this can"], ["happen again"]),
]
# a past mourned or taught is no recall: the victims, their memory, a memorial, an anniversary, a school or a "why" in
# its sentence or the next ("we must remember what happened to the Armenians in 1915 and honour the victims",
# "Remember what happened in 1942? That's *why* we teach it", « devoir de mémoire »)
MOURNED_EN = """victims victim memory memorial memorials commemorate commemorating commemoration honour honor honouring
    honoring mourn mourning anniversary lest museum survivors survivor why school schools education educate"""
MOURNED_FR = """victimes victime mémoire mémorial commémorer commémoration commémorons hommage honorer deuil
    anniversaire musée survivants survivant rescapés pourquoi école écoles enseigne enseigner enseignons"""
RECALLS_FR = [
    *_cross(
        [
            "souvenez-vous",
            "souvenez vous",
            "rappelez-vous",
            "rappelez vous",
            "se rappeler",
            "se souvenir",
            "demandez-leur",
            "demandez leur",
        ],
        ["de ce qui", "ce qui", "comment ça s'est fini", "comment ça s'est terminé", "de ce qu'on"],
    ),
    *_cross(
        ["s'en sont tirés", "s'en sont sortis", "s'en êtes tirés", "s'en êtes sortis", "avez eu de la chance"],
        ["à bon compte", "la dernière fois", "cette fois-là", "en"],
    ),
    *_cross(
        ["l'histoire", "l'histoire a tendance à", "l'histoire aime"], ["bégaie", "bégayer", "se répète", "se répéter"]
    ),
    *_cross(["ça peut", "ça va", "ça pourrait", "ca peut", "ca va"], ["revenir", "recommencer", "se reproduire"]),
    *_cross(["c'était", "c'était juste", "c'était seulement"], ["une répétition", "un échauffement"]),
    *_cross(["relire ses", "relire leurs", "relisez vos"], ["livres d'histoire"]),
]
READIES_EN = [
    "prepare yourselves",
    "prepare yourself",
    "get ready",
    "be ready",
    "be prepared",
    "brace yourselves",
    "better be ready",
    "you'd better be ready",
    "better get ready",
]
READIES_FR = [
    "préparez-vous",
    "préparez vous",
    "prépare-toi",
    "prépare toi",
    "tenez-vous prêts",
    "tenez vous prêts",
    "tiens-toi prêt",
    "soyez prêts",
    "sois prêt",
    "attendez-vous",
    "attendez vous",
    "attends-toi",
]
KNOWINGS_EN = _cross(
    ["i", "we", "i already", "we already", "we all", "i now", "we now", "the lads", "the boys", "everyone here"],
    ["know", "knows", "found out", "know exactly", "have found out", "worked out"],
    ["which", "when", "what time", "where"],
) + _cross(
    ["i've got", "we've got", "i have", "we have", "i got", "we got", "ive got", "weve got"],
    ["your", "their", "the", "his", "her"],
    ["address", "addresses", "home address", "reg", "number plate"],
)
KNOWINGS_FR = _cross(
    ["je", "on", "nous", "les gars", "tout le monde"],
    ["sais", "sait", "savons", "connais", "connaît", "connait", "connaissons", "a trouvé", "ai trouvé"],
    [
        "où",
        "quelle",
        "quel",
        "quand",
        "à quelle heure",
        "l'adresse",
        "ton adresse",
        "votre adresse",
        "vos adresses",
        "leurs adresses",
        "leur adresse",
    ],
) + _cross(
    ["j'ai", "on a", "nous avons", "j'ai eu", "on a eu", "on a trouvé", "j'ai trouvé"],
    ["l'adresse", "ton adresse", "votre adresse", "vos adresses", "leurs adresses", "leur adresse", "les adresses"],
)
GOINGS_EN = """
go goes going attend attends use uses pray prays worship worships live lives sleep sleeps work works park parks
meet meets shop shops drop picks pick collect walk walks gather gathers arrive arrives leave leaves stay stays hang
school schools mosque church synagogue temple flat house home bus train
"""
GOINGS_FR = """
va vont allez vas prient prie priez pries habitent habite habitez habites dorment dort travaillent travaille
travaillez logent loge vivent vit vivez garez garent gare déposez déposent déposes sortent sort sortez arrivent
arrive arrivez passent passe passez école mosquée église synagogue temple appart appartement maison bus
"""
PRESENCES_EN = [
    *_cross(
        [
            "we'll",
            "i'll",
            "we will",
            "i will",
            "we're gonna",
            "i'm gonna",
            "we are going to",
            "i am going to",
            "we're going to",
            "i'm going to",
            "the lads will",
            "the boys will",
            "we'll all",
            "me and the lads will",
            "me and the boys will",
            "me and the lads'll",
            "we",
            "i",
            "the lads",
            "the boys",
            "gonna",
        ],
        [
            "be there",
            "be waiting",
            "be outside",
            "be ready",
            "be around",
            "be on",
            "be at",
            "come for",
            "come round",
            "come to",
            "pay * a visit",
            "visit",
            "find you",
            "find them",
            "wait for",
            "be watching",
            "be paying",
        ],
    ),
    "see you",
    "see ya",
    "see u",
    "cya",
    "we're coming",
    "we are coming",
    "i'm coming",
    "coming for you",
    "coming for them",
    "we're waiting",
    "we are waiting",
    "waiting for you",
    "waiting for them",
    "we'll be waiting",
    "we'll be there",
    "i'll be there",
    "be seeing you",
    "we'll be seeing you",
]
PRESENCES_FR = [
    *_cross(
        ["on", "nous", "je", "les gars", "on va tous"],
        [
            "sera là",
            "sera la",
            "va être là",
            "va etre la",
            "serons là",
            "serai là",
            "va venir",
            "viendra",
            "vient",
            "arrive",
            "débarque",
            "va débarquer",
            "passera",
            "va passer",
            "monte",
            "va monter",
            "y va",
            "ira",
            "va y aller",
            "vous attend",
            "va vous attendre",
            "t'attend",
            "va t'attendre",
            "les attend",
            "va les attendre",
            "vous attendra",
            "les attendra",
            "t'attendra",
            "vous attends",
            "t'attends",
            "vais vous attendre",
            "vous retrouve",
            "te retrouve",
            "vais te retrouver",
            "vais vous retrouver",
            "va vous retrouver",
            "vous retrouvera",
            "te retrouverai",
            "vous retrouverai",
            "va vous trouver",
            "va te trouver",
            "passe vous voir",
            "va vous rendre visite",
            "va leur rendre visite",
            "rendra visite",
            "vous rendra visite",
        ],
    ),
    "à samedi",
    "à vendredi",
    "à dimanche",
    "à ce soir",
    "à demain",
    "à lundi",
    "à bientôt",
    "rendez-vous",
]
ARMED_EN = """
bat bats crowbar crowbars petrol gasoline jerrycans matches lighter lighters bricks brick machete
machetes knives knife blades guns gun rifle rifles rope ropes pitchforks torches molotov molotovs chains hammers acid
"""
ARMED_FR = """
batte battes barre barres essence bidons bidon jerrican jerricans allumettes briquet briquets briques pavés pavé
machette machettes couteaux couteau lames flingue flingues fusil fusils corde cordes fourches torches molotov
chaînes marteaux acide
"""
WHENS_EN = """
monday tuesday wednesday thursday friday saturday sunday mondays fridays saturdays sundays tonight tomorrow weekend
week soon midnight night date morning tonite tmrw
"""
WHENS_FR = """
lundi mardi mercredi jeudi vendredi samedi dimanche soir demain week-end weekend semaine bientôt nuit minuit date
matin
"""
# a menace told as past or as a witness's account in its sentence is no menace ("*yesterday* they had until …", « *hier
# soir* on monte au camp …, *raconte* le témoin »)
NARRATED_EN = "yesterday ago witness witnesses recalls recalled recounts recounted describes described testified"
NARRATED_FR = "hier raconte racontait racontent raconté témoin témoins témoigne témoignait témoigné relate relatait"
# (session 39, T) HOSPITALITY: what is offered or held for the group in the sentence of a presence or a call to get
# ready makes them a welcome ("be ready at sunset: we'll be waiting with *dates*", "we'll be there with *water*",
# « préparez-vous : on vous attend pour l'*iftar* », « tenez-vous prêts : … les familles à *accueillir* »), unless a
# weapon is in the draft
HOSPITALITY_EN = """
welcome welcoming welcomed celebrate celebrating celebration feast iftar cake cakes snacks refreshments tea coffee
dates water sunscreen food volunteers volunteer donate donations donated hugs leaflets register registration
"""
HOSPITALITY_FR = """
accueillir accueil accueillons bienvenue fête fêter iftar goûter collation café thé gâteaux gâteau dattes bénévoles
bénévole dons inscription inscrire inscrivez permanence apéro
"""
CONDITIONS_EN = "if unless again keep until till til next otherwise else anymore longer"
CONDITIONS_FR = """
si sinon encore continue continuez continues continuer jusqu' prochain prochaine refaites recommencez recommence refais
"""


_WE_EN = ["we", "i", "we all", "we already"]
_WE_HAVE_EN = [
    "we have",
    "we've",
    "weve",
    "we got",
    "we've got",
    "weve got",
    "we have got",
    "i have",
    "i've",
    "ive",
    "i've got",
    "i got",
    "we now have",
    "we already have",
]
_PLACES_EN = [
    "live",
    "pray",
    "sleep",
    "work",
    "worship",
    "meet",
    "go",
    "hang",
    "drink",
    "shop",
    "park",
    "stay",
    "shelter",
    "hide",
    "gather",
    "study",
    "are",
    "mosque",
    "mosques",
    "synagogue",
    "synagogues",
    "church",
    "churches",
    "temple",
    "temples",
    "gurdwara",
    "gurdwaras",
    "home",
    "homes",
    "house",
    "houses",
    "flat",
    "flats",
    "kids",
    "children",
    "school",
    "schools",
    "bar",
    "bars",
    "club",
    "clubs",
    "shop",
    "shops",
    "office",
    "offices",
    "street",
    "centre",
    "center",
    "community",
    "camp",
    "hotel",
    "hostel",
    "family",
    "families",
    "wives",
    "daughters",
]
_DOOMS_EN = _cross(
    ["your", "their", "ur"],
    [
        "days are numbered",
        "days are counted",
        "time is coming",
        "time is up",
        "time is nearly up",
        "turn is coming",
        "turn will come",
        "turn is next",
        "reckoning is coming",
    ],
)
_DOOMS_WEAK_EN = _cross(
    ["your", "their", "ur", "the"],
    ["time will come", "time is running out", "day is coming", "day will come", "clock is ticking"],
)
_ENJOY_EN = _cross(
    ["enjoy it", "enjoy", "enjoy your", "make the most of it", "enjoy your freedom", "enjoy your life", "enjoy life"],
    [
        "while it lasts",
        "while you can",
        "while they can",
        "while it still lasts",
        "while you still can",
        "while they still can",
    ],
)
_WARNED_EN = [
    "you've been warned",
    "you have been warned",
    "youve been warned",
    "you were warned",
    "consider yourselves warned",
    "consider yourself warned",
    "consider this a warning",
    "consider this your warning",
    "consider this your last warning",
    "this is your last warning",
    "this is your final warning",
    "last warning",
    "final warning",
    "this is a warning",
    "they've been warned",
    "they have been warned",
]
_BETTER_EN = _cross(
    ["better", "had better", "'d better"],
    [
        "watch your backs",
        "watch your back",
        "watch their backs",
        "watch their back",
        "watch yourselves",
        "watch themselves",
        "watch out",
        "be careful",
        "be very careful",
        "keep your heads down",
        "keep their heads down",
        "sleep with one eye open",
        "look over your shoulders",
        "look over their shoulders",
        "start running",
        "start packing",
        "pack your bags",
        "pack their bags",
        "not get too comfortable",
        "not get comfortable",
    ],
)
_PLAIN_EN = [
    "sleep with one eye open",
    "watch your backs",
    "look over your shoulders",
    "you're next",
    "you are next",
    "youre next",
    "we're coming for you",
    "we are coming for you",
    "we'll be coming for you",
    "we will come for you",
    "we're watching you",
    "we are watching you",
    "we've got our eye on you",
    "we've got our eyes on you",
    "we have our eyes on you",
    "we have our eye on you",
    "we know who you are",
    "i know who you are",
    "won't know what hit them",
    "won't know what hit you",
    "wont know what hit them",
    "get what's coming to them",
    "get what's coming to you",
    "what's coming to them",
    "what's coming to you",
    "what is coming to them",
]
_REGRET_EN = _cross(
    ["will", "'ll", "are going to", "are gonna", "gonna", "going to", "will soon", "soon"],
    [
        "regret coming",
        "regret ever coming",
        "regret coming here",
        "regret being here",
        "regret moving here",
        "regret setting foot",
        "regret the day",
        "regret being born",
        "regret showing",
        "regret crossing",
        "regret stepping",
        "regret living",
        "regret staying",
        "be sorry they came",
        "be sorry you came",
        "rue the day",
    ],
)
_UGLY_EN = _cross(
    [
        "things are going to",
        "things are gonna",
        "things will",
        "things'll",
        "things are about to",
        "it's going to",
        "its going to",
        "it is going to",
        "it's gonna",
        "its gonna",
        "it will",
        "it'll",
        "life is going to",
        "life's going to",
        "life is gonna",
        "life's gonna",
        "life will",
        "life is about to",
        "it's about to",
    ],
    [
        "get ugly for",
        "get nasty for",
        "get unpleasant for",
        "get messy for",
        "get hot for",
        "get interesting for",
        "be hell for",
        "be ugly for",
        "be unpleasant for",
    ],
)
_UGLY_WEAK_EN = _cross(
    [
        "things are going to",
        "things are gonna",
        "things will",
        "things'll",
        "it's going to",
        "it is going to",
        "it's gonna",
        "it will",
        "it'll",
        "life is going to",
        "life's going to",
        "life will",
    ],
    [
        "get difficult for",
        "get hard for",
        "get rough for",
        "get dangerous for",
        "get bad for",
        "get tough for",
        "get uncomfortable for",
        "be difficult for",
        "be hard for",
        "end badly for",
        "go badly for",
    ],
) + _cross(
    ["it won't", "it will not", "it isn't going to", "it's not going to", "this won't", "that won't", "won't"],
    ["end well for", "go well for"],
)
_COMFY_EN = _cross(
    ["shouldn't", "should not", "shouldnt", "wouldn't", "would not", "wouldnt", "don't", "dont", "better not"],
    ["get too comfortable", "get comfortable", "feel too at home", "feel at home", "settle in", "get too settled"],
)
_KNOW_EN = _cross(_WE_EN, ["know where", "know exactly where"], ["you", "your", "they", "their", "the"], _PLACES_EN)
# (session 41, T) the RECORDS the writer holds of the group: who holds them (the writer, "the boys", "the lads"), how
# they came by them (kept, saved, noted, screenshotted, memorised, photographed, written down) and what identifies a
# person (names, faces, addresses, plates, room numbers, routes, hours), the group's own ("your", "their", "every"):
# "the boys have your addresses now", "I've screenshotted your names", "I memorised your faces", "we've kept every
# name"; a parcel firm's "we have your address" names no group and says nothing here
_RECORDED_EN = "kept saved noted screenshotted memorised memorized photographed logged counted"
_RECORD_HOLDERS_EN = [
    *_WE_HAVE_EN,
    *_cross(["we've", "i've", "we have", "i have", "we", "i"], [*_items(_RECORDED_EN), "noted down", "taken down"]),
    *_cross(["we're", "i'm"], ["screenshotting", "noting down", "logging", "keeping"]),
    *_cross(["the boys", "the lads", "my boys", "my lads", "my brothers"], ["have", "got", "have got"]),
]
_RECORDS_EN = """addresses address names photos pictures plates faces details postcodes routes
    number_plates reg_plates car_plates room_numbers house_numbers phone_numbers"""
_HAVE_EN = _cross(_RECORD_HOLDERS_EN, ["your", "their"], [r.replace("_", " ") for r in _items(_RECORDS_EN)]) + _cross(
    _RECORD_HOLDERS_EN, ["every"], ["name", "face", "address", "plate"]
)
_MORE_EN = [
    # the mafia's formula, the harm left unsaid ("shame if something happened to your …")
    *_cross(
        ["shame if", "be a shame if", "pity if", "be a pity if"],
        [
            "something happened to",
            "anything happened to",
            "something were to happen to",
            "something bad happened",
            "something happened",
            "anything happened",
            "something were to happen",
        ],
    ),
    # enjoy it while it lasts, said of anything ("enjoy your little parade while you can")
    *_cross(
        ["enjoy *", "make the most of *"],
        [
            "while it lasts",
            "while you can",
            "while they can",
            "while you still can",
            "while they still can",
            "while it still lasts",
        ],
    ),
    # hunted, watched, listed ("you can run but you can't hide", "you're on our radar", "we've got your number")
    "you can't hide",
    "you cant hide",
    "you can't hide forever",
    "you can run but you can't hide",
    "nowhere to hide",
    "they can't hide",
    "they cant hide",
    "there's nowhere to hide",
    "we'll find you",
    "we will find you",
    "we will find them",
    "we'll find them",
    "we're going to find you",
    "you're on our radar",
    "you're on our list",
    "you are on our list",
    "you're on the list",
    "they're on our list",
    "we've got your number",
    "we have your number",
    "we've got you in our sights",
    "we have you in our sights",
    "you'll get yours",
    "you will get yours",
    "they'll get theirs",
    "they will get theirs",
    "can't protect you forever",
    "cannot protect you forever",
    "won't always be there to protect you",
    "won't be able to protect you",
    "no one will protect you",
    "nobody will protect you",
    "no one will save you",
    "nobody will save you",
    "no one is coming to save you",
    "nobody is coming to save you",
    "be afraid be very afraid",
    "be very afraid",
]
# (session 30, T) a consequence foretold in two clauses: enjoy now, then the end denied its length ("enjoy your little
# choir. won't be singing much longer", "enjoy it, it won't last"); a ``*`` stands for the words between
_ENJOY_THEN_EN = _cross(
    ["enjoy *", "enjoy it *", "make the most of *"],
    [
        "it won't last",
        "it won't last long",
        "won't last long",
        "it's not going to last",
        "it isn't going to last",
        "won't be * much longer",
        "won't be * for long",
        "wont be * much longer",
        "not for much longer",
    ],
)
# (session 39, T) fresh writers' veiled threats at a group that the classes missed, each a class by its role:
# - a wish of harm ("I wish something terrible would happen to every X"; lamented by ``sympathy``: "I fear …");
# - a prophecy of what is coming for the group ("X don't know what's about to hit them", "X should be worried about
#   what's coming"), a lesson learnt with its own time ("they'll learn soon enough", "one way or another");
# - the past held up to the group as a warning ("X had better remember what happened last time");
# - sleeping with one eye open in the third person ("hope every X sleeps with one eye open").
_S39_STRONG_EN = [
    *_cross(
        ["wish", "hope", "pray", "wish that", "hope that"],
        ["something", "something really"],
        ["terrible", "bad", "awful", "horrible", "nasty", "dreadful"],
        ["happens to", "would happen to", "will happen to", "happened to"],
    ),
    *_cross(
        ["what's", "what is", "whats"],
        [
            "about to hit them",
            "about to hit you",
            "going to hit them",
            "gonna hit them",
            "coming for them",
            "coming for you",
        ],
    ),
    *_cross(
        ["should", "should all", "ought to", "better", "had better", "'d better"],
        ["be worried", "be scared", "be afraid", "be nervous", "be terrified"],
        [
            "about what's coming",
            "of what's coming",
            "about what is coming",
            "of what is coming",
            "about what comes next",
            "of what comes next",
        ],
    ),
    *_cross(
        _FUTURE_YOU_EN,
        ["learn", "see", "find out", "understand"],
        ["soon enough", "one way or another", "one way or the other", "sooner or later"],
    ),
    *_cross(
        ["don't know", "dont know", "do not know", "have no idea", "haven't got a clue", "have no clue"],
        [
            "what's about to hit them",
            "what's coming for them",
            "what's coming to them",
            "what is coming for them",
            "what they're in for",
            "what's in store for them",
        ],
    ),
    *_cross(
        ["should", "had better", "better", "'d better", "ought to", "need to"],
        ["remember what happened last time", "remember what happened the last time", "remember how it ended last time"],
    ),
    "sleeps with one eye open",
    "sleeping with one eye open",
]
# - (weak, a second cue needed) a warning to think, the writer's memory ("X should think very carefully. People round
#   here have long memories."), a welcome that is none ("there's a welcome party waiting, and it isn't friendly"), a
#   fate done by others in the passive ("every X in this building is dealt with"), how little it takes ("one phone call
#   and …"), the day foretold ("when the day comes", "the day is coming when X pay for all of it"; not "when the time
#   comes", which opens a purpose as often: "when the time comes to register …"), going to find them ("Get ready, boys.
#   Saturday we go find the X").
_S39_WEAK_EN = [
    *_cross(
        ["should", "better", "had better", "'d better", "need to", "might want to"], ["think carefully", "think twice"]
    ),
    "have long memories",
    "has a long memory",
    "have a long memory",
    "got long memories",
    *_cross(
        [
            "a welcome party",
            "a welcoming party",
            "a welcome committee",
            "a welcoming committee",
            "a reception committee",
        ],
        ["waiting", "ready"],
    ),
    "isn't friendly",
    "is not friendly",
    "won't be friendly",
    "will not be friendly",
    *_cross(
        ["is", "are", "will be", "'ll be", "gets", "get", "would be", "will all be", "are all"],
        ["dealt with", "sorted out", "taken care of"],
    ),
    *_cross(["one phone call", "one call", "one word", "one text", "a single phone call", "one message"], ["and"]),
    "when the day comes",
    "come the day",
    "when our day comes",
    "pay for all of it",
    "pay for it all",
    "pay for everything",
    "pay for what they did",
    "pay for what they've done",
    "pay the price",
    *_cross(
        ["we", "we'll", "we will", "let's", "we're going to", "we're gonna", "the lads", "the boys"],
        ["go find", "go and find", "go looking for", "come looking for"],
    ),
]
VEILED_EN = [
    *_S39_STRONG_EN,
    *_ENJOY_THEN_EN,
    *_MORE_EN,
    *_DOOMS_EN,
    *_ENJOY_EN,
    *_WARNED_EN,
    *_BETTER_EN,
    *_PLAIN_EN,
    *_REGRET_EN,
    *_UGLY_EN,
    *_COMFY_EN,
    *_KNOW_EN,
    *_HAVE_EN,
]
VEILED_WEAK_EN = [
    *_S39_WEAK_EN,
    # (session 30, T) a consequence left to a second cue: safety denied to come ("X won't be safe after Friday, just
    # saying"), advice to leave ("might want to find another town … Friendly advice"), the mafia's compliment ("nice
    # synagogue you've got there. would be a pity if it caught fire")
    *_cross(
        ["won't be", "will not be", "wont be", "aren't going to be", "are not going to be", "won't ever be"],
        ["safe", "safe here", "safe for long", "safe much longer", "safe anymore"],
    ),
    *_cross(
        ["might want to", "may want to", "might wanna", "should think about", "might want to start"],
        [
            "find another town",
            "find another place",
            "find another city",
            "find somewhere else",
            "leave town",
            "move away",
            "pack up",
            "think about leaving",
            "think about moving",
            "start packing",
            "reconsider staying",
        ],
    ),
    *_cross(["nice *", "lovely *"], ["you've got there", "you got there", "you have there", "youve got there"]),
    *_cross(
        [
            *_WE_HAVE_EN,
            "we're making",
            "we are making",
            "we're keeping",
            "we are keeping",
            "we keep",
            "we've made",
            "we made",
            "i'm keeping",
            "i've made",
            "i keep",
        ],
        [
            "a list",
            "a list of",
            "lists",
            "a file on",
            "files on",
            "a map of",
            "the addresses",
            "addresses of",
            "names of",
            "the names",
        ],
    ),
    *_cross(
        ["got", "get", "gets", "getting", "pay", "paying", "a little", "a friendly", "a surprise"],
        [
            "a visit",
            "a little visit",
            "a surprise visit",
            "some visitors",
            "a visit from us",
            "them a visit",
            "you a visit",
        ],
    ),
    *_DOOMS_WEAK_EN,
    *_UGLY_WEAK_EN,
    "accidents happen",
    "accidents can happen",
    "find out the hard way",
    "learn the hard way",
    "learn their lesson",
    "learn your lesson",
    "tick tock",
    "tick-tock",
    "shame if",
    "be a shame if",
    "would be a shame",
    "shame if something",
    "pity if",
    "be a pity if",
    "if something happened to",
    "if something were to happen to",
    "if anything happened to",
    "see you soon",
    "see you friday",
    "see you saturday",
    "see you sunday",
    "see you tonight",
    "see you tomorrow",
    "see you around",
    "we'll be seeing you",
    "we will be seeing you",
    "will regret it",
    "'ll regret it",
    "gonna regret it",
    "going to regret it",
    "will regret this",
    "'ll regret this",
    "will see what happens",
    "'ll see what happens",
    "not for long",
    "not for much longer",
    "won't last",
    "wont last",
    "won't be here long",
    *_cross(
        ["shame if *", "be a shame if *", "pity if *"],
        ["got a visit", "had a visit", "caught fire", "burned", "went up", "got hurt"],
    ),
    "remember what happened",
    "remember what happened last time",
    "history repeats itself",
    "it happened before",
    "it can happen again",
    "it could happen again",
    "you know what happens next",
    "we're coming",
    "we are coming",
    "we'll be waiting",
    "we will be waiting",
    "if i were you",
    "if i was you",
    "if i were them",
    "or else",
    "get what they deserve",
    "get what you deserve",
    "will get what they deserve",
    "our patience is running out",
    "our patience has limits",
    "patience is running out",
    "we are everywhere",
    "we're everywhere",
    "keep your heads down",
    "keep your head down",
    "things are about to change for",
    "one by one",
    "you'll see",
    "you will see",
    "just wait",
    "wait and see",
]
CLOSERS_EN = [
    "friendly advice",
    "just some friendly advice",
    "some friendly advice",
    "just friendly advice",
    "just so you know",
    "just so you're aware",
    "just saying",
    "just sayin",
    "just sayin'",
    "just a thought",
    "trust me",
    "believe me",
    "mark my words",
    "we're patient",
    "we are patient",
    "we're patient people",
    "we can wait",
    "we have time",
    "we've got time",
    "sleep well",
    "sleep tight",
    "sweet dreams",
    "watch this space",
    "tick tock",
    "tick-tock",
    "friendly reminder",
    "just a friendly warning",
    "a friendly warning",
    "just a reminder",
    "nothing personal",
    "you've been warned",
    "consider this a warning",
    "no threat",
    "not a threat",
    "see you soon",
    "see you around",
]
# what to beware of after a warning makes it advice ("had better watch out *for* ice", « faire gaffe *à* la pluie »)
BEWARE_EN = "for of about with on at in when while crossing around near"
BEWARE_FR = "à a au aux de des du d' avec en quand lorsque lorsqu' si pendant sur"
# (session 39, T) ... but not a time from which on, right after the warning (``from_times``, two words: « … devrait
# dormir d'un œil *à partir* de ce soir », "… had better watch their backs *from now* on")
FROM_TIMES_EN = ["from now", "from tonight", "from today"]
# (session 41, T) a note the writer sends (``notes``, among the ``reported`` words) is its own address, not a report,
# with an addressee after it ("a message *to* the X", « un message *aux* X ») or its owner's mark before it ("the *last*
# message you'll get", « *petit* message aux X »)
NOTES_EN = "message messages dm dms reply tweet post"
NOTE_ADDRESSEES_EN = "to for"
NOTE_OWNERS_EN = "last final friendly little quick small only"
NOTES_FR = "message messages"
NOTE_ADDRESSEES_FR = "à a aux au pour"
NOTE_OWNERS_FR = "petit dernier seul amical"
FROM_TIMES_FR = ["à partir", "dès ce"]
# (session 39, T) a visit (``visits``) followed by one of ``visitors`` is a visit from someone named, no veiled threat
# (« attendez-vous à une visite *de* l'assistante »)
# (session 30) the words that make a veiled phrase a warning ("watch out", "be careful", « faire gaffe », « se méfier »)
# or a price to learn (« … ce que ça *coûte* »): a ``beware`` word after one turns it into advice
WARNING_WORDS_EN = "watch careful out back backs eye attention"
WARNING_WORDS_FR = "gaffe attention oeil méfier coûte"
# someone as the agent of a weapon emoji's threat, as the writer is ("someone should … 🔫")
SOMEONES_EN = "someone somebody"
SOMEONES_FR = "quelqu'un"
# the writer's subject glued to "be", an intent with a verb in -ing after it ("I'm stabbing …")
PROGRESSIVES_EN = "i'm im we're"
# the clitic « en » is an object pronoun with a count after the verb (« j'en pousse *un* »)
PARTITIVES_FR = "en"
PARTITIVE_COUNTS_FR = "un une quelques deux trois"
# a pronoun right after a veiled phrase that takes up the group named before ("Shame if something happened to *it*")
AFTER_POINTERS_EN = "it"
VISITS_EN = "visit visits visitors"
VISITORS_EN = "from by"
VISITS_FR = "visite visites visiteurs"
VISITORS_FR = "de du des d"
FILLERS_EN = [
    "very",
    "really",
    "so",
    "pretty",
    "quite",
    "real",
    "soon",
    "all",
    "now",
    "just",
    "too",
    "truly",
    "totally",
    "seriously",
    "fucking",
    "fuckin",
    "damn",
    "bloody",
    "very",
    "much",
    "quickly",
    "sooner",
    "even",
    "ever",
    "actually",
]

_SAIT_FR = [
    "on sait",
    "on le sait",
    "nous savons",
    "je sais",
    "on sait tous",
    "on sait très bien",
    "on connaît",
    "on connait",
    "je connais",
    "nous connaissons",
]
_OU_FR = _cross(
    ["où", "ou"],
    ["vous", "ils", "elles", "est", "sont", "se trouve", "se trouvent", "se cachent", "se cache", "crèche", "crèchent"],
)
_VOS_FR = ["vos", "leurs", "votre", "leur", "tous vos", "toutes vos", "toutes leurs", "tous leurs"]
_HAVE_FR = [
    "on a",
    "nous avons",
    "j'ai",
    "on connaît",
    "on connait",
    "je connais",
    "on garde",
    "on a noté",
    "on a relevé",
    "on a récupéré",
    "on a toutes",
    "on a tous",
]
_DOOMS_FR = [
    *_cross(["vos", "leurs"], ["jours sont comptés", "jours sont désormais comptés", "heures sont comptées"]),
    *_cross(
        ["votre", "leur", "ton"],
        ["tour", "heure"],
        [
            "va venir",
            "viendra",
            "vient",
            "arrive",
            "va arriver",
            "arrivera",
            "approche",
            "est proche",
            "est pour bientôt",
            "est venu",
            "est venue",
            "est arrivé",
            "est arrivée",
            "va sonner",
            "sonnera",
        ],
    ),
    "le compte à rebours a commencé",
    "le compte à rebours est lancé",
    *_cross(
        [
            "vous perdez",
            "vous ne perdez",
            "ils perdent",
            "ils ne perdent",
            "elles perdent",
            "elles ne perdent",
            "perdent",
            "perdez",
        ],
        ["rien pour attendre"],
    ),
]
_ENJOY_FR = _cross(
    [
        "profitez",
        "profitez-en",
        "profitez en",
        "profitent",
        "en profitent",
        "profiter",
        "profitez bien",
        "qu'ils profitent",
        "qu'ils en profitent",
        "profite",
        "profites-en",
        "profite bien",
    ],
    [
        "tant que ça dure",
        "tant que ça durera",
        "tant que vous pouvez",
        "tant qu'ils peuvent",
        "tant qu'elles peuvent",
        "tant qu'il est encore temps",
        "tant qu'il est temps",
        "tant que tu peux",
        "pendant que ça dure",
        "pendant que vous pouvez",
        "pendant qu'ils peuvent",
        "tant qu'il en est temps",
        "de vos derniers",
        "de leurs derniers",
        "de vos dernières",
        "de leurs dernières",
    ],
)
_WARNED_FR = [
    *_cross(
        ["vous êtes", "vous voilà", "ils sont", "elles sont", "les voilà", "vous etes", "t'es", "tu es"],
        ["prévenus", "prévenues", "prévenu", "avertis", "averties", "prévenus hein"],
    ),
    "dernier avertissement",
    "c'est un avertissement",
    "c'est le dernier avertissement",
    "premier avertissement",
    "ceci est un avertissement",
    "considérez ça comme un avertissement",
    "considérez que vous êtes prévenus",
    "on vous aura prévenus",
    "on vous aura prévenu",
    "on les aura prévenus",
    "on vous a prévenus",
    "on vous surveille",
    "on les surveille",
    "on vous a à l'œil",
    "on vous a à l'oeil",
    "on les a à l'œil",
    "on les a à l'oeil",
    "on sait qui vous êtes",
    "on sait qui vous etes",
    "nous savons qui vous êtes",
    "on vient pour vous",
    "on vient vous chercher",
    "on va venir vous chercher",
    "on va venir vous voir",
    "on va passer vous voir",
    "on va vous rendre visite",
    "on va leur rendre visite",
    "on va venir les voir",
    "on va passer les voir",
    "surveillez vos arrières",
    "surveillez bien vos arrières",
    "planquez-vous",
    "cachez-vous",
    "dormez d'un œil",
    "dormez d'un oeil",
    "dormez que d'un œil",
    "dormez que d'un oeil",
]
_WARNINGS_FR = [
    "faire attention à eux",
    "faire attention à vous",
    "faire attention à elles",
    "faire gaffe",
    "faire gaffe à eux",
    "faire gaffe à vous",
    "se tenir à carreau",
    "vous tenir à carreau",
    "raser les murs",
    "surveiller leurs arrières",
    "surveiller vos arrières",
    "se faire discrets",
    "vous faire discrets",
    "se faire discrètes",
    "se faire tout petits",
    "vous faire tout petits",
    "se cacher",
    "vous cacher",
    "se planquer",
    "vous planquer",
    "dormir d'un œil",
    "dormir d'un oeil",
    "regarder derrière eux",
    "regarder derrière vous",
    "se tenir tranquilles",
    "vous tenir tranquilles",
    "filer doux",
    "baisser les yeux",
    "faire leurs valises",
    "faire vos valises",
    "plier bagage",
    "préparer leurs valises",
    "préparer vos valises",
    "trembler",
]
_BETTER_FR = _cross(
    [
        "feraient bien de",
        "ferait bien de",
        "feriez bien de",
        "feraient mieux de",
        "feriez mieux de",
        "ont intérêt à",
        "avez intérêt à",
        "auraient intérêt à",
        "auriez intérêt à",
        "ont tout intérêt à",
        "avez tout intérêt à",
        "a intérêt à",
        "aurait intérêt à",
    ],
    _WARNINGS_FR,
) + _cross(
    [
        "devraient",
        "devriez",
        "doivent",
        "devez",
        "vont devoir",
        "allez devoir",
        "devraient commencer à",
        "devriez commencer à",
        # (session 39, T) one of them as a type: « chaque X de ce foyer devrait dormir d'un œil »
        "devrait",
        "doit",
        "va devoir",
    ],
    [
        "raser les murs",
        "se tenir à carreau",
        "vous tenir à carreau",
        "surveiller leurs arrières",
        "surveiller vos arrières",
        "dormir d'un œil",
        "dormir d'un oeil",
        "filer doux",
        "se faire tout petits",
        "vous faire tout petits",
        "trembler",
        "faire leurs valises",
        "faire vos valises",
        "plier bagage",
    ],
)
_REGRET_FR = _cross(
    ["vont", "allez", "va", "vas", "vont bientôt", "allez bientôt", "vont tous", "allez tous"],
    [
        "regretter d'être venus",
        "regretter d'être venues",
        "regretter d'être venu",
        "regretter d'être nés",
        "regretter d'être nées",
        "regretter d'être né",
        "regretter d'être là",
        "regretter d'être ici",
        "regretter d'avoir mis les pieds",
        "regretter le jour où",
        "regretter d'être arrivés",
        "regretter d'être restés",
        "regretter de vivre",
        "comprendre leur douleur",
        "comprendre votre douleur",
        "comprendre sa douleur",
        "comprendre ta douleur",
        "comprendre ce qui leur arrive",
        "comprendre ce qui vous arrive",
        "voir ce qui va leur arriver",
        "voir ce qui va vous arriver",
        "voir ce qui vous attend",
        "voir ce qui les attend",
        "voir ce que vous allez voir",
        "voir ce qu'ils vont voir",
        "pas comprendre ce qui leur arrive",
        "pas comprendre ce qui vous arrive",
        "l'apprendre à leurs dépens",
        "l'apprendre à vos dépens",
    ],
) + _cross(
    ["regretteront", "regretterez", "comprendront", "comprendrez"],
    [
        "d'être venus",
        "d'être venues",
        "d'être nés",
        "d'être là",
        "d'être ici",
        "d'avoir mis les pieds",
        "le jour où",
        "leur douleur",
        "votre douleur",
    ],
)
_CA_FR = [
    "ça va",
    "ca va",
    "ça risque de",
    "ca risque de",
    "ça pourrait",
    "ca pourrait",
    "ça",
    "ca",
    "les choses vont",
    "la vie va",
    "tout va",
    "ça commence à",
    "ca commence à",
    "ça va vite",
    "ca va vite",
]
_BAD_FR = _cross(
    _CA_FR,
    [
        "mal finir pour",
        "finir mal pour",
        "chauffer pour",
        "barder pour",
        "se gâter pour",
        "saigner pour",
        "sentir le roussi pour",
        "devenir l'enfer pour",
        "être l'enfer pour",
        "pas être la fête pour",
        "pas rigoler pour",
    ],
) + _cross(
    ["ça finira", "ca finira", "ça se terminera", "ça deviendra", "ca deviendra", "ça sera", "ca sera", "ce sera"],
    ["mal pour", "l'enfer pour"],
)
_BAD_WEAK_FR = _cross(
    _CA_FR,
    [
        "mal se passer pour",
        "mal tourner pour",
        "se passer mal pour",
        "devenir compliqué pour",
        "devenir difficile pour",
        "devenir dur pour",
        "devenir chaud pour",
        "devenir tendu pour",
        "devenir invivable pour",
        "devenir dangereux pour",
        "être compliqué pour",
        "être chaud pour",
        "être dur pour",
        "être difficile pour",
        "se corser pour",
        "mal se terminer pour",
        "se compliquer pour",
    ],
) + _cross(
    ["ça deviendra", "ca deviendra", "ça sera", "ca sera", "ce sera"],
    ["compliqué pour", "difficile pour", "chaud pour", "dur pour", "invivable pour"],
)
_COMFY_FR = [
    *_cross(
        [
            "devraient pas",
            "ne devraient pas",
            "devriez pas",
            "ne devriez pas",
            "faudrait pas qu'ils",
            "faudrait pas que vous",
            "faudrait pas qu'elles",
            "vont plus",
            "ne vont plus",
            "allez plus",
            "n'allez plus",
            "vont pas",
            "ne vont pas",
            "allez pas",
            "n'allez pas",
        ],
        [
            "trop se sentir chez eux",
            "se sentir chez eux",
            "se sentir trop chez eux",
            "trop se sentir chez elles",
            "se sentir chez elles",
            "trop vous sentir chez vous",
            "vous sentir chez vous",
            "vous sentir trop chez vous",
            "se sentent trop chez eux",
            "se sentent chez eux",
            "vous sentiez trop chez vous",
            "trop s'installer",
            "trop vous installer",
            "trop s'habituer",
            "trop vous habituer",
            "se sentir en sécurité",
            "trop se sentir en sécurité",
            "vous sentir en sécurité",
            "se sentir en sécurité ici",
            "dormir tranquilles",
            "dormir tranquille",
        ],
    ),
    "ne vous sentez pas trop chez vous",
    "vous sentez pas trop chez vous",
    "ne vous installez pas trop",
    "vous installez pas trop",
    "ne vous habituez pas trop",
    "vous habituez pas trop",
    "ne vous sentez pas trop en sécurité",
    "vous sentez pas trop en sécurité",
]
_KNOW_FR = _cross(_SAIT_FR, _OU_FR)
# (session 41, T) the records the writer holds (see _RECORD_HOLDERS_EN): « on a bien noté vos horaires », « j'ai
# mémorisé vos visages », « les gars ont vos adresses », « on a relevé les noms de vos commerces »
_RECORD_HOLDERS_FR = [
    *_HAVE_FR,
    *_cross(
        ["on a", "nous avons", "j'ai"],
        [*_items("noté relevé gardé photographié enregistré mémorisé retenu fiché listé compté récupéré"), "pris"],
    ),
    *_cross(["les gars ont", "mes frères ont"], ["", "déjà"]),
]
_RECORDS_FR = """adresses adresse noms plaques photos numéros visages immatriculations têtes horaires trajets pseudos
    profils"""
_KNOWN_FR = _cross(_RECORD_HOLDERS_FR, ["vos", "leurs", "votre", "leur"], _items(_RECORDS_FR)) + _cross(
    _RECORD_HOLDERS_FR, ["les noms de", "les adresses de", "les plaques de", "l'adresse de"], ["vos", "leurs"]
)
_MORE_FR = [
    *_cross(
        ["ce serait dommage", "ça serait dommage", "ca serait dommage", "dommage", "ce serait bête", "ça serait bête"],
        [
            "qu'il leur arrive quelque chose",
            "qu'il vous arrive quelque chose",
            "qu'il arrive quelque chose",
            "s'il leur arrivait quelque chose",
            "s'il vous arrivait quelque chose",
            "s'il arrivait quelque chose",
            "qu'il arrive malheur",
            "qu'il leur arrive malheur",
            "qu'il vous arrive malheur",
        ],
    ),
    *_cross(
        ["profitez de *", "profitez *", "profitent de *", "qu'ils profitent de *", "profitez bien de *"],
        [
            "tant que ça dure",
            "tant que ça durera",
            "tant que vous pouvez",
            "tant qu'ils peuvent",
            "tant qu'il est encore temps",
            "pendant que ça dure",
            "pendant que vous pouvez",
        ],
    ),
    *_cross(
        ["qu'ils", "qu'elles", "que *"],
        [
            "fassent attention à eux",
            "fassent gaffe",
            "fassent gaffe à eux",
            "se tiennent à carreau",
            "rasent les murs",
            "surveillent leurs arrières",
            "se fassent tout petits",
            "se fassent discrets",
            "fassent leurs valises",
            "dorment d'un œil",
            "dorment d'un oeil",
            "tremblent",
        ],
    ),
    "rasez les murs",
    "tenez-vous à carreau",
    "tenez vous à carreau",
    "gare à vous",
    "gare à eux",
    "gare aux",
    "ayez peur",
    "tremblez",
    "on vous a repérés",
    "on vous a repéré",
    "on vous a repérées",
    "vous êtes repérés",
    "vous êtes fichés",
    "on vous a fichés",
    "vous êtes dans le viseur",
    "on vous a dans le viseur",
    "vous êtes dans le collimateur",
    "on vous a dans le collimateur",
    "on a l'œil sur vous",
    "on a l'oeil sur vous",
    "on va vous trouver",
    "on vous trouvera",
    "on finira par vous trouver",
    "on va les trouver",
    "on les trouvera",
    "vous pourrez pas vous cacher",
    "vous ne pourrez pas vous cacher",
    "vous pourrez pas vous cacher éternellement",
    "nulle part où vous cacher",
    "nulle part où se cacher",
    "personne ne vous protégera",
    "personne ne viendra vous aider",
    "personne ne viendra vous sauver",
    "la police pourra pas toujours vous protéger",
    "la police ne pourra pas toujours vous protéger",
    "vous aurez ce que vous méritez",
    "ils auront ce qu'ils méritent",
    "vous allez avoir ce que vous méritez",
    "ils vont avoir ce qu'ils méritent",
]
# (session 30, T) a consequence foretold in two clauses: enjoy now, then the end denied its length (« profitez de votre
# appart, ça durera pas », « profitez bien, les X, ça ne va pas durer »); the price to learn (« vous allez vite
# découvrir ce que ça coûte »; a cost « de » something after it is a statement: ``_warning``)
_ENJOY_THEN_FR = _cross(
    ["profitez *", "profitez bien *", "profitez-en *", "profite *", "profite bien *", "profites-en *"],
    [
        "ça durera pas",
        "ça ne durera pas",
        "ça va pas durer",
        "ça ne va pas durer",
        "ça durera plus",
        "ça ne durera plus",
        "ça va plus durer",
        "ça ne va plus durer",
        "c'est pas pour longtemps",
        "ce n'est pas pour longtemps",
        "plus pour longtemps",
    ],
)
_PRICE_FR = _cross(
    ["vont", "allez", "va", "vas", "vont bientôt", "allez bientôt"],
    _cross(["découvrir", "comprendre", "voir", "apprendre", "savoir"], ["ce que ça coûte", "ce qu'il en coûte"]),
) + _cross(
    ["découvriront", "découvrirez", "verront", "verrez", "apprendront", "apprendrez", "comprendront", "comprendrez"],
    ["ce que ça coûte", "ce qu'il en coûte"],
)
# (session 39, T) the French companions of _S39_STRONG_EN: advice to leave (« les X feraient mieux de déménager »),
# a wish of harm in the future (« j'espère qu'il arrivera malheur à … »), the past held up to the group in the third or
# second person (« les X devraient se rappeler ce qui s'est passé »), a visit to expect (« attendez-vous à de la
# visite »)
_S39_STRONG_FR = [
    *_cross(
        [
            "feraient mieux de",
            "feriez mieux de",
            "feraient bien de",
            "feriez bien de",
            "ferait mieux de",
            "ferait bien de",
        ],
        [
            "déménager",
            "partir",
            "dégager",
            "se barrer",
            "vous barrer",
            "rentrer chez eux",
            "rentrer chez vous",
            "quitter le quartier",
            "quitter la ville",
            "quitter le pays",
            "s'en aller",
            "vous en aller",
            "se tirer",
            "décamper",
            "disparaître",
        ],
    ),
    *_cross(
        ["qu'il", "il", "qu'un jour il"],
        ["arrivera malheur", "leur arrivera malheur", "vous arrivera malheur"],
    ),
    "que malheur leur arrive",
    "que malheur vous arrive",
    *_cross(
        ["qu'il leur arrive", "qu'il arrive", "qu'il vous arrive", "qu'il leur arrivera", "qu'il arrivera"],
        ["quelque chose de grave", "quelque chose de terrible", "quelque chose d'horrible", "des malheurs"],
    ),
    *_cross(
        ["devraient", "devriez", "feraient bien de", "feriez bien de", "feraient mieux de", "feriez mieux de"],
        [
            "se rappeler ce qui s'est passé",
            "se souvenir de ce qui s'est passé",
            "se rappeler de ce qui s'est passé",
            "vous rappeler ce qui s'est passé",
            "vous souvenir de ce qui s'est passé",
        ],
    ),
    *_cross(
        [
            "attendez-vous à",
            "attendez vous à",
            "attends-toi à",
            "qu'ils s'attendent à",
            "ils peuvent s'attendre à",
            "vous pouvez vous attendre à",
        ],
        ["de la visite", "une visite", "une petite visite", "une visite surprise"],
    ),
]
# (weak) history to repeat itself (« l'histoire peut se répéter »), how little it takes (« il suffira d'un coup de
# fil »), a vanishing (« … disparaissent »), a warning to beware (« que les X se méfient »), the writer's memory
# (« on n'oublie rien »), a reckoning (« tôt ou tard », « rendre des comptes »), protection denied (« personne ne les
# protégera »), a little time left (« on vous laisse encore un peu de temps »)
_S39_WEAK_FR = [
    *_cross(
        ["l'histoire"],
        ["peut se répéter", "va se répéter", "pourrait se répéter", "se répétera", "risque de se répéter"],
    ),
    *_cross(
        ["il suffira d'", "il suffit d'", "il suffirait d'"], ["un coup de fil", "un appel", "un mot", "un message"]
    ),
    "un coup de fil et",
    "un seul coup de fil",
    "disparaissent",
    "vont disparaître",
    "disparaîtront",
    "qu'ils se méfient",
    "qu'elles se méfient",
    "que * se méfient",
    "méfiez-vous",
    "on n'oublie rien",
    "on n'oublie pas",
    "on n'a rien oublié",
    "nous n'oublions rien",
    "on oublie rien",
    "tôt ou tard",
    *_cross(["rendre des comptes", "rendront des comptes", "rendrez des comptes"]),
    *_cross(
        ["personne ne"],
        [
            "les protégera",
            "vous protégera",
            "les sauvera",
            "vous sauvera",
            "pourra les protéger",
            "pourra vous protéger",
        ],
    ),
    *_cross(
        ["on vous laisse", "on leur laisse", "on vous laisse encore", "on leur laisse encore"], ["un peu de temps"]
    ),
]
VEILED_FR = [
    *_S39_STRONG_FR,
    *_ENJOY_THEN_FR,
    *_PRICE_FR,
    *_MORE_FR,
    *_DOOMS_FR,
    *_ENJOY_FR,
    *_WARNED_FR,
    *_BETTER_FR,
    *_REGRET_FR,
    *_BAD_FR,
    *_COMFY_FR,
    *_KNOW_FR,
    *_KNOWN_FR,
]
VEILED_WEAK_FR = [
    *_S39_WEAK_FR,
    *_cross(
        ["on a", "nous avons", "j'ai", "on tient", "on fait", "on garde", "on dresse", "on a dressé", "on a fait"],
        [
            "la liste",
            "une liste",
            "des listes",
            "un fichier",
            "le fichier",
            "les adresses",
            "les noms",
            "la carte",
            "un dossier",
        ],
    ),
    *_cross(["une petite", "une sacrée", "une belle"], ["visite", "surprise"]),
    *_cross(
        ["recevoir", "recevront", "recevrez", "rendre", "rendra", "rendrons", "avoir", "auront", "aurez"],
        ["de la visite", "une visite", "une petite visite", "une visite surprise"],
    ),
    *_BAD_WEAK_FR,
    "ce serait dommage",
    "ça serait dommage",
    "ca serait dommage",
    "dommage si",
    "dommage qu'il",
    "qu'il arrive quelque chose",
    "qu'il leur arrive",
    "qu'il vous arrive",
    "s'il arrivait quelque chose",
    "s'il leur arrivait",
    "s'il vous arrivait",
    "un accident est vite arrivé",
    "un accident est si vite arrivé",
    "les accidents arrivent",
    "il pourrait vous arriver quelque chose",
    "il pourrait leur arriver quelque chose",
    "il va vous arriver quelque chose",
    "il va leur arriver quelque chose",
    "à bientôt",
    "a bientot",
    "à très vite",
    "à très bientôt",
    "on se reverra",
    "on se retrouvera",
    "vont le regretter",
    "allez le regretter",
    "regretteront",
    "regretterez",
    "vont regretter",
    "allez regretter",
    "vont comprendre",
    "allez comprendre",
    "comprendront",
    "comprendrez",
    "plus pour longtemps",
    "pas pour longtemps",
    "ça durera pas",
    "ça ne durera pas",
    "ça va pas durer",
    "ça ne va pas durer",
    "attendez de voir",
    "on vous observe",
    "tic tac",
    "le compte à rebours",
    "souvenez-vous de ce qui",
    "rappelez-vous ce qui",
    "rappelez vous ce qui",
    "l'histoire se répète",
    "ça peut recommencer",
    "ça pourrait recommencer",
    "l'histoire bégaie",
    "on arrive",
    "on vous attend",
    "on les attend",
    "si j'étais vous",
    "à votre place",
    "à leur place",
    "si j'étais eux",
    "sinon gare",
    "notre patience a des limites",
    "la patience a des limites",
    "on est partout",
    "un par un",
    "une par une",
    "faites gaffe à vous",
    "faites attention à vous",
    "vous allez voir",
    "ils vont voir",
    "vous verrez",
]
CLOSERS_FR = [
    # (session 39, T) the time left, closing its clause: « on vous laisse encore un peu de temps. Pas longtemps. »
    "pas longtemps",
    "je dis ça je dis rien",
    "je dis ça",
    "je dis ca",
    "on dit ça on dit rien",
    "je dis rien",
    "juste un conseil",
    "un conseil",
    "un petit conseil",
    "conseil d'ami",
    "un conseil d'ami",
    "croyez-moi",
    "croyez moi",
    "crois-moi",
    "crois moi",
    "on est patients",
    "on est patient",
    "nous sommes patients",
    "on a le temps",
    "on a tout le temps",
    "on attendra",
    "on attend",
    "dormez bien",
    "bonne nuit",
    "faites de beaux rêves",
    "vous êtes prévenus",
    "vous voilà prévenus",
    "à bon entendeur",
    "a bon entendeur",
    "à bon entendeur salut",
    "tic tac",
    "on verra bien",
    "on vous attend",
    "c'est pas une menace",
    "ce n'est pas une menace",
    "c'est un avertissement",
    "à bientôt",
    "a bientot",
]
FILLERS_FR = [
    "très",
    "vraiment",
    "vite",
    "bien",
    "trop",
    "tous",
    "toutes",
    "si",
    "sacrément",
    "hyper",
    "super",
    "carrément",
    "franchement",
    "rapidement",
    "bientôt",
    "tellement",
    "grave",
]

# (session 23, T) the fates a group is left to: "let * die", « laisser crever * »
LET_FATES_EN = [
    "die",
    "die off",
    "rot",
    "drown",
    "starve",
    "perish",
    "burn",
    "freeze",
    "freeze to death",
    "starve to death",
]
LET_FATES_FR = [
    "crever",
    "mourir",
    "pourrir",
    "se noyer",
    "noyer",
    "crever de faim",
    "mourir de faim",
    "brûler",
    "périr",
]
# (session 21, T) a CALL for harm or exclusion against a group (``app.kinds.threat_reading._calls``): a normative agent
# (the writer or someone with a modal of obligation or wish, a command: "we must", "someone needs to", "let's", « il
# faudrait », « on devrait », « faut ») and a verb of exclusion or coercion with the group or a pronoun for it as its
# object ("deport them", "send * back", « les renvoyer », « foutre * dehors »); or the group as the subject of a modal
# and a passive ("X should all be deported", "X need to be locked up", « les X devraient être expulsés », « les X
# mériteraient d'être enfermés »), "would" only in a wish ("if it were up to me every X would be rounded up"). A verb
# of violence is risk.hate's open act; these are the harms that need no violence word. Never people for what they did
# (``offences`` right after the group: "convicted X", "X who commit …", « les X condamnés pour … »): the line is a
# group for who they are against people for an act.
EXCLUSIONS_EN = [
    "deport",
    "expel/expelled/expelled",
    "send/sent/sent * back",
    "send/sent/sent * home",
    "kick * out",
    "throw/threw/thrown * out",
    "ban/banned/banned",
    "lock * up",
    "intern",
    "round * up",
    "sterilise",
    "sterilize",
    "castrate",
    "segregate",
    "strip/stripped/stripped * of",
    "drive/drove/driven * out",
    "chase * out",
    "run/ran/run * out of",
    "ship/shipped/shipped * back",
    "ship/shipped/shipped * off",
    "ship/shipped/shipped * home",
    "put/put/put * on a plane",
    "put/put/put * on the next plane",
    "put/put/put * on a boat",
    "put/put/put * on the next boat",
    "put/put/put * in camps",
    "bus/bussed/bussed * out",
    "exile",
    "repatriate",
    "denaturalise",
    "denaturalize",
    "get/got/gotten rid of",
    "purge",
    "cleanse",
    "exterminate",
    "eradicate",
    "remigrate",
    "evict",
    "banish",
    "outlaw",
    "expatriate",
    # (session 48, T) a right revoked, a life ended by the state, a place razed ("revoke TPS for every X", "euthanise
    # the X", "bulldoze every X mosque"); never "register", "relocate", "resettle", "detain", "fly home": a relief
    # policy or a rescue says them of a group as often ("stranded X should be flown home")
    "revoke",
    "euthanise",
    "euthanize",
    "bulldoze",
    # (session 23, T) a death left to happen is a call for it: "let the X drown", "leave them to rot"
    *(f"let/let/let * {fate}" for fate in LET_FATES_EN),
    *(f"leave/left/left * to {fate}" for fate in LET_FATES_EN),
]
EXCLUSIONS_FR = [
    "renvoyer",
    "expulser",
    "virer",
    "dégager",
    "enfermer",
    "parquer",
    "stériliser",
    "castrer",
    "chasser",
    "déporter",
    "rapatrier",
    "bannir",
    "déchoir",
    "interner",
    "rafler",
    "éradiquer",
    "exterminer",
    "refouler",
    "ségréguer",
    "foutre dehors",
    "mettre dehors",
    "jeter dehors",
    "foutre à la porte",
    "mettre à la porte",
    "renvoyer chez eux",
    "se débarrasser de",
    "débarrasser de",
    "remettre dans un bateau",
    "mettre dans un avion",
    "mettre dans un charter",
    "interdire de",
    "interdire aux",
    "priver de",
    "retirer la nationalité",
    # (session 48, T) the twins of "euthanise" and of a group put on a list
    "euthanasier",
    "ficher",
    "retirer la nationalité aux",
    # (session 23, T) a death left to happen (« laissez crever les X », « qu'on les laisse mourir »)
    *(f"laisser {fate}" for fate in LET_FATES_FR),
    *(f"laisser * {fate}" for fate in LET_FATES_FR),
]
# the group as a subject, its fate a passive: "… should all *be* deported", « … devraient *être* expulsés »
EXCLUDED_EN = [
    "deported",
    "expelled",
    "sent * back",
    "sent * home",
    "kicked out",
    "thrown out",
    "banned",
    "locked up",
    "interned",
    "rounded up",
    "sterilised",
    "sterilized",
    "castrated",
    "segregated",
    "stripped of",
    "driven out",
    "chased out",
    "run out of",
    "shipped back",
    "shipped off",
    "shipped home",
    "put on a plane",
    "put on the next plane",
    "put on a boat",
    "put on the next boat",
    "put in camps",
    "put in camp",
    "bussed",
    "exiled",
    "repatriated",
    "denaturalised",
    "denaturalized",
    "got rid of",
    "gotten rid of",
    "purged",
    "cleansed",
    "exterminated",
    "eradicated",
    "evicted",
    "banished",
    "outlawed",
    "barred from",
    "excluded from",
    "removed from the country",
    # (session 48, T) the state ending lives, razing the group's places, taking its children, listing it
    "euthanised",
    "euthanized",
    "bulldozed",
    "taken from their parents",
    "taken from their families",
    "taken from their mothers",
    "put on a watchlist",
    "put on a register",
    "kept on a register",
    "put on a list",
]
EXCLUDED_FR = (
    [
        f"{stem}{end}"
        for stem in (
            "renvoy",
            "expuls",
            "vir",
            "enferm",
            "parqu",
            "stérilis",
            "castr",
            "chass",
            "déport",
            "rapatri",
            "intern",
            "rafl",
            "éradiqu",
            "extermin",
            "refoul",
            "interdit",
            "déchu",
            "fich",
            "euthanasi",
        )
        for end in (("é", "és", "ée", "ées") if not stem.endswith(("interdit", "déchu")) else ("", "s", "e", "es"))
    ]
    + [
        f"{p}{end} {rest}"
        for p, rest in (
            ("foutu", "dehors"),
            ("mis", "dehors"),
            ("jeté", "dehors"),
            ("renvoyé", "chez eux"),
            ("mis", "à la porte"),
            ("foutu", "à la porte"),
            ("privé", "de"),
        )
        for end in ("", "s", "e", "es")
        if not (p == "mis" and end == "s")
    ]
    + [f"bann{end}" for end in ("is", "ies", "i", "ie")]
)
# what makes a passive a call: a modal of obligation or wish before "be" (« devraient », « mériteraient »)
MODALS_EN = "should must need needs ought have has deserve deserves shall gotta 'd"
MODALS_FR = """devraient devrait doivent doit devront devra mériteraient mériterait méritent mérite faudrait faut
    devriez devez"""
# "would" is a wish only in a condition of the writer's ("if it were up to me every X *would* be rounded up")
WISHES_EN = [
    "if it were up to me",
    "if it was up to me",
    "if i had my way",
    "if i ran this country",
    "if i ran the country",
    "if i were in charge",
    "if i was in charge",
    "if i were pm",
    "if i was pm",
    "if i were president",
    "if i was president",
    "in my ideal world",
    "in an ideal world",
    "in a perfect world",
    "ideally",
]
WISHES_FR = [
    "si ça ne tenait qu'à moi",
    "si ca ne tenait qu'a moi",
    "si ça tenait qu'à moi",
    "si j'étais président",
    "si j'étais au pouvoir",
    "si j'étais aux commandes",
    "si on m'écoutait",
    "dans un monde idéal",
    "idéalement",
]
WOULDS_EN = "would 'd"
WOULDS_FR = "seraient serait"
# words between a modal and "be" ("should *all just* be", "need *to* be", « mériteraient *d'* être »)
CALL_FILLERS_EN = "all just simply be to immediately forcibly permanently each one of them every last frankly honestly"
CALL_FILLERS_FR = "tous toutes tout simplement juste immédiatement définitivement d' de être"
BES_EN = "be"
BES_FR = "être etre"
# people for what they did, right after the group: policy about acts, not a group for who they are
OFFENCES_EN = """convicted criminal criminals offender offenders who commit committed guilty sentenced jailed found
    proven caught rapists murderers paedophiles pedophiles smugglers traffickers dealers terrorists"""
OFFENCES_FR = """condamnés condamnées condamné condamnée criminels délinquants délinquant coupables récidivistes
    terroristes trafiquants violeurs meurtriers ayant commis qui commettent qui ont commis fichés"""


# counter-speech around a call or a veiled threat: someone else who holds it, before the group in its sentence ("anyone
# who …", « ceux qui … »), or a condemnation in its sentence or the next ("… is racism", "Never again", « c'est du
# racisme », « plus jamais ça »)
HOLDERS_EN = [
    "anyone who",
    "anybody who",
    "those who",
    "people who",
    "whoever",
    "the idea that",
    "the notion that",
    "the claim that",
    "anyone saying",
    "people saying",
    "those saying",
    "folks who",
    "men who",
    "guys who",
]
HOLDERS_FR = [
    "ceux qui",
    "celles qui",
    "quiconque",
    "les gens qui",
    "l'idée que",
    "l'idée qu'",
    "ceux qui pensent",
    "tous ceux qui",
    "toutes celles qui",
    "ceux qui disent",
    "ceux qui veulent",
]
CONDEMNATIONS_EN = [
    *(
        f"{v} {a}{n}"
        for v in ("is", "is still", "is just", "that's", "thats", "it's", "its", "are", "you're", "you are", "youre")
        for a in ("", "pure ", "plain ", "straight up ")
        for n in (
            "racism",
            "racist",
            "a racist",
            "a bigot",
            "bigots",
            "racists",
            "a fascist",
            "a nazi",
            "hate",
            "hateful",
            "bigotry",
            "bigoted",
            "fascism",
            "fascist",
            "eugenics",
            "disgusting",
            "vile",
            "evil",
            "shameful",
            "unacceptable",
            "antisemitism",
            "antisemitic",
            "islamophobia",
            "islamophobic",
            "homophobia",
            "homophobic",
            "transphobia",
            "transphobic",
            "xenophobia",
            "xenophobic",
            "a hate crime",
            "sick",
        )
    ),
    "never again",
    "not ok",
    "not okay",
    "no place for",
    "shame on",
    "needs to read",
    "need to read",
    "read a book",
    "read some history",
    "learn some history",
]
CONDEMNATIONS_FR = [
    *(
        f"{v} {n}"
        for v in (
            "c'est",
            "c'est du",
            "c'est de la",
            "c'est de l'",
            "ça reste du",
            "ça reste de la",
            "ça reste",
            "est",
            "sont",
            "est du",
            "est de la",
            "reste du",
        )
        for n in (
            "racisme",
            "raciste",
            "racistes",
            "haine",
            "fascisme",
            "fasciste",
            "eugénisme",
            "honteux",
            "honteuse",
            "une honte",
            "inacceptable",
            "ignoble",
            "abject",
            "abjecte",
            "dégueulasse",
            "antisémitisme",
            "antisémite",
            "islamophobie",
            "islamophobe",
            "homophobie",
            "homophobe",
            "transphobie",
            "transphobe",
            "xénophobie",
            "xénophobe",
            "un délit",
            "un crime",
        )
    ),
    "plus jamais ça",
    "plus jamais",
    "honte à",
    "livre d'histoire",
    "ouvrir un livre",
    "pas ok",
    "n'a pas sa place",
]


# (session 43, T) outside writers' veiled and conditional menace that the classes missed, each a class by its role
# and said in both languages (``app.kinds.threat_reading._veiled`` and ``_menaces``):
# - an ultimatum's other branch, the group made to go ("leave or *be made to*", "move on or *be moved*", "go back on
#   your own or *we send you back*", "close it or *we close it for you*", « sinon *on vient vous aider à partir* »,
#   « partez *avant qu'on vienne vous chercher* », « *de gré ou de force* ») (strong);
# - patience said spent ("*we're done asking nicely*", "*the neighbours are done talking*", « *on a fini de
#   discuter* ») (strong), or running out ("people here are *losing patience*", « *on perd patience* ») (weak);
# - a place of the group's foretold destroyed or spared no longer ("*your farms will burn*", "*your church will not
#   see next* Easter", "*has had its last quiet night*", « *vos magasins seront pas épargnés* », « *vos boutiques
#   tiendront pas* ») (strong), a quiet denied for long ("*won't be comfortable there for long*", « *seront pas
#   tranquilles longtemps* », « *fêterez pas* Noël *tranquilles* ») (strong);
# - a return home denied ("*won't be walking home the way they walked in*", « *rentrerez pas chez vous comme vous êtes
#   venus* ») (strong); a harm on a condition of presence ("X *will die if they come* …") (strong);
# - the writer's own way ("this town has *its own way of saying goodbye*", « *à la manière forte* », « *notre façon de
#   dire au revoir* ») (strong; "*our way*", « *à notre manière* » weak);
# - advice to hide or to leave ("*sleep lightly*", "*walk in groups*", "*stay indoors*", "*keep your head down* if I
#   were you", « *sortez pas seuls* », « *restez chez vous si vous tenez à* vos commerces »), consequences foretold
#   ("*there's gonna be consequences*"), a protection denied ("*no police will be coming*", "*won't save you*", « *la
#   police fermera les yeux* »), anything that can happen ("*anything can happen*", « *un accident est vite arrivé* »),
#   a visit without knocking ("*we won't be knocking*", "*door to door*") (weak: a second cue);
# - closers: "*for their own good*", "*friendly tip*", "*not a joke*", "*spread the word*", « *faites passer* »,
#   « *c'est promis* », « *vous avez compris* », « *c'est pas une blague* ».
# And for the menace frame: lessons of a place to learn ("*they'll learn their place*", "*learn whose country this
# is*", « *apprendront les bonnes manières* », « *allez comprendre que vous êtes pas chez vous* »), deadlines to be gone
# ("*better be gone*", "*start packing*", « *faites vos valises* »), recalls of a deed to do again ("*we can do it
# again*", « *on l'a déjà fait* », « *on peut le refaire* »), a readiness ("*ready and waiting*", « *sont prêts* »),
# a coming ("*we'll be round*", « *on passe les voir* », « *on vient nettoyer* »), and times of the year ("winter",
# "election", « hiver », « rentrée ») and "before" / « avant » as a strong cue's time.
_S43_PLACES_EN = """farm farms shop shops store stores home homes house houses church churches mosque mosques synagogue
    synagogues temple temples gurdwara gurdwaras business businesses camp camps site sites hotel hotels village villages
    market markets stalls restaurants restaurant flats caravans tents hostel hostels centre center salon salons"""
_S43_STRONG_EN = [
    *_cross(
        ["or"],
        [
            "be made to",
            "be moved",
            "be removed",
            "be thrown out",
            "be dragged out",
            "be carried out",
            "get moved",
            "get made to",
            "we make you",
            "we'll make you",
            "we move you",
            "we'll move you",
            "we do it for you",
            "we'll do it for you",
            "we close it for you",
            "we'll close it for you",
            "we send you back",
            "we'll send you back",
            "we come for you",
            "we'll come for you",
            "we come down",
            "we'll come down",
            "we move you ourselves",
        ],
    ),
    *_cross(
        [
            "we're",
            "we are",
            "were",
            "we're all",
            "the neighbours are",
            "the neighbors are",
            "the locals are",
            "people are",
        ],
        ["done asking nicely", "done asking", "done talking", "done being nice", "done being polite", "done warning"],
    ),
    *_cross(
        _items(_S43_PLACES_EN),
        [
            "will burn",
            "will all burn",
            "will go up in flames",
            "will go up in smoke",
            "will be burned",
            "will be burnt",
            "will be torched",
            "are going to burn",
            "gonna burn",
            "won't be standing",
            "will not be standing",
            "won't see next",
            "will not see next",
            "won't see another",
            "will not see another",
            "will close one way or another",
            "will close one way or the other",
            "has had its last",
            "have had their last",
        ],
    ),
    *_cross(["last quiet", "last peaceful"], ["night", "nights", "day", "days", "weekend"]),
    *_cross(["we won't", "we will not", "we wont", "won't"], ["ask twice", "ask nicely again", "be asking twice"]),
    *_cross(["count your", "counting your"], ["days", "days left"]),
    *_cross(["won't be around", "will not be around", "wont be around"], ["much longer", "for long", "long"]),
    *_cross(
        _FUTURE_YOU_EN,
        ["wish you'd stayed home", "wish you had stayed home", "wish they'd stayed home", "wish they had stayed home"],
    ),
    *_cross(
        ["won't be", "will not be", "wont be", "aren't going to be", "won't stay"],
        ["comfortable", "comfy", "left in peace", "left alone", "at peace"],
        ["there for long", "for long", "here for long", "much longer", "there much longer", "long"],
    ),
    *_cross(
        ["won't be", "will not be", "won't", "will not", "wont"],
        ["walking home", "walk home", "going home", "go home", "leaving", "leave", "getting home", "get home"],
        ["the way they walked in", "the way they came", "the way you came", "the way you walked in", "in one piece"],
    ),
    *_cross(
        ["will die", "will burn", "will bleed", "will suffer", "will get hurt", "will be hurt", "are gonna die"],
        [
            "if they come",
            "if they set foot",
            "if they show",
            "if they step",
            "if you come",
            "if you set foot",
            "if you show",
            "if you step",
            "if they ever come",
            "if you ever come",
        ],
    ),
    *_cross(["its own way", "our own way", "our way"], ["of saying goodbye", "of dealing with", "of handling"]),
    *_cross(["does it", "do it", "do things", "handle it", "send you back", "sort it"], ["our way"]),
]
_S43_WEAK_EN = [
    *_cross(
        ["we're", "we are", "people are", "people here are", "the locals are", "everyone's", "the town is"],
        ["losing patience", "running out of patience", "out of patience", "losing their patience"],
    ),
    *_cross(
        ["should", "better", "had better", "'d better", "", "should all"],
        [
            "stay indoors",
            "stay inside",
            "sleep lightly",
            "walk in groups",
            "keep your head down",
            "keep their heads down",
            "keep my head down",
            "lock your doors",
            "lock their doors",
            "lock his door",
            "lock her door",
            "build the fences higher",
            "not walk alone",
            "not go out alone",
            "look over their shoulders",
            "take the hint",
            "start thinking about moving",
            "start thinking about leaving",
            "find somewhere else to live",
            "find somewhere else",
        ],
    ),
    "if i were you",
    "if i were them",
    *_cross(["patience runs", "patience has run", "patience is running", "patience will run"], ["out", "thin"]),
    *_cross(["look over your", "looking over your"], ["shoulder", "shoulders"]),
    *_cross(["will not", "won't", "wont"], ["go back", "make it back", "make it home", "get back home"]),
    "one way or another",
    "one way or the other",
    *_cross(
        ["there's gonna be", "there will be", "there'll be", "there's going to be", "there are going to be"],
        ["consequences", "repercussions", "trouble"],
    ),
    *_cross(
        ["no police", "nobody", "no one", "no cops"],
        ["will be coming", "will come", "will help you", "will save you", "will protect you", "is coming to help"],
    ),
    "the police will be the least of",
    *_cross(["won't", "will not", "wont"], ["save you", "help you", "protect you", "save them", "protect them"]),
    *_cross(["anything", "something", "accidents"], ["can happen", "could happen", "happen", "will happen"]),
    *_cross(["we won't", "we will not", "we wont", "won't be", "we won't be"], ["knocking", "knock"]),
    "door to door",
    "our way",
]
_S43_CLOSERS_EN = [
    "that's all i'm saying",
    "thats all im saying",
    "just an observation",
    "for now",
    "just advice",
    "count on it",
    "you've been told",
    "for their own good",
    "for your own good",
    "it's for their own good",
    "friendly tip",
    "friendly heads up",
    "heads up",
    "not a joke",
    "no joke",
    "this is not a joke",
    "spread the word",
    "pass it on",
    "you know why",
    "you've had your fun",
    "tell your pastor",
    "tell your mates",
    "tell your friends",
    "not a warning, a promise",
    "that's a promise",
    "it's a promise",
]
_S43_LESSONS_EN = _cross(
    [*_FUTURE_YOU_EN, "will learn", "'ll learn"],
    ["learn their place", "learn your place", "learn whose country this is", "learn some manners", "learn manners"],
) + _cross(
    ["will", "'ll", "are going to", "gonna"],
    ["learn their place", "learn whose country this is", "learn some manners", "learn their place again"],
)
_S43_DEADLINES_EN = [
    *[p for p in _S43_STRONG_EN if p.startswith("or ")],
    *_cross(["need to be", "needs to be", "must be"], ["gone", "gone by", "gone before"]),
    *_cross(
        ["you have", "you've got", "you got", "they have", "they've got", "u have"], ["* days", "* hours", "* weeks"]
    ),
    *_cross(["better be", "had better be", "'d better be", "should be", "be"], ["gone before", "gone by", "out by"]),
    "better be gone",
    "had better be gone",
    "start packing",
    "pack your bags",
    "pack their bags",
]
_S43_RECALLS_EN = _cross(
    ["was", "were", "that was", "was only", "was just", "were only", "were just", "that was only", "that was just"],
    ["the start", "the beginning", "the rehearsal", "a taste"],
) + _cross(
    ["we can", "we could", "we will", "we'll", "we'd", "happy to"],
    ["do it again", "remember it again", "do it all again", "do it again anytime"],
)
_S43_WARNINGS_EN = _cross(
    ["this is", "consider this", "take this as", "", "treat this as"],
    [
        "your one warning",
        "the only polite notice",
        "your only polite notice",
        "your final reminder",
        "the final reminder",
    ],
)
_S43_WARNINGS_EN = [
    *_S43_WARNINGS_EN,
    "final reminder",
    "last reminder",
    "one warning",
]
# (session 44, lead) a date to remember (*weak*: a cue of another kind needed, a time is not enough): "remember the
# date", « notez la date » are also how a wedding, a launch or a meetup is announced ("My gay friend is getting married
# in June. Save the date!", « Mon pote gay se marie en juin. Notez la date ! »): read as a warning (strong, a time
# enough) they blocked such news; with a second cue of another kind they still read as menace ("I'll be there with a
# surprise for every one of them inside. Remember the date.").
DATES_EN = [
    "remember the date",
    "mark the date",
    "save the date",
    "save the date for",
    "circle the date",
    "circle the day",
]
DATES_FR = ["retenez la date", "retenez bien la date", "notez la date", "notez bien la date", "réservez la date"]
_S43_WARNINGS_FR = ["dernier rappel", "seul avertissement", "ultime avertissement", "dernière sommation"]
_S43_READIES_EN = ["ready and waiting", "are ready", "are ready this year"]
_S43_PRESENCES_EN = _cross(["we'll", "we will", "i'll"], ["be round", "be round after"])
# a recall by its date (``app.kinds.threat_reading._dated_recalls``): the verb, then a year or a month and its day
_S43_RECALL_VERBS_EN = "remember remembers remind"
_S43_RECALL_LINKS_EN = "in the of back what happened"
_S43_MONTHS_EN = "january february march april may june july august september october november december"
_S43_WHENS_EN = "winter summer christmas easter election semester season month"
_S43_CONDITIONS_EN = "before"
# (session 50, T) a time gone or habitual next to a ``whens`` word is no time to come (``_timed``): "*last* summer",
# "*every* Friday", « l'été *dernier* », « *chaque* samedi »
# (session 50, T) more weapons a menace brings (``armed``): a weapon brought with a time to come is a menace of its own
# ("our lads are heading down Saturday with the hurleys", « on passe samedi avec les battes »: ``_menaces``)
_S50_ARMED_EN = """hurley hurleys cutlass cutlasses parang parangs panga pangas sjambok sjamboks shotgun shotguns
    cleaver cleavers axe axes sledgehammer sledgehammers"""
_S50_ARMED_FR = "hache haches matraque matraques gourdin gourdins hachoir hachoirs"
# (session 50, T) more words of something offered: a weapon's word next to them is a welcome's ("you're *invited* to the
# barbecue Friday, bring matches", « vous êtes *invités* au *barbecue* samedi, apportez des allumettes »)
_S50_HOSPITALITY_EN = "invited invite invites invitation party barbecue bbq picnic potluck"
_S50_HOSPITALITY_FR = "invités invitées invité invitée invitez invitation barbecue pique-nique repas"
# … when the writer brings it: a word of bringing, coming or intent before it in its sentence ("*bring* rope", "we'*ll*
# be there with bats", "*heading* down tonight with the hurleys"; not "lads *attacked* the mosque with bats on Friday")
_S50_ARMED_INTENTS_EN = """bring bringing brought grab grabbing pack packing will 'll i'll we'll gonna gon finna i'm
    we're coming heading let's lets"""
_S50_ARMED_INTENTS_FR = """apportez apporte amenez amène ramenez ramène prenez prends venez viens vais va allons vont
    passe passera passerons viendra viendrons viendront arrive arrivons sortez"""
# (session 50, T) a hazard near a time to come makes a warning advice, not a menace (``_timed``): "the storm hits
# tonight. Stay inside this week", « canicule samedi : restez chez vous cette semaine »
_S50_HAZARDS_EN = """storm storms heatwave heat snow snowstorm blizzard ice icy flood floods flooding rain wind winds
    hurricane cyclone typhoon tornado fog smoke wildfire wildfires bushfire bushfires pollution virus covid flu
    outbreak measles traffic roadworks strike strikes forecast weather bus buses train trains tram trams"""
_S50_HAZARDS_FR = """tempête tempêtes canicule chaleur neige verglas inondation inondations crue crues pluie pluies vent
    vents orage orages ouragan cyclone tornade brouillard fumée fumées incendie incendies pollution virus covid grippe
    épidémie rougeole bouchons embouteillages travaux grève grèves météo bus train trains tram métro"""
# (session 50, T) a season or a vote is no near time a weak phrase's menace is set for (``_timed``): "it'll be hard for
# migrants this winter, donate what you can", « ça va être dur pour les migrants cet hiver »
# … nor a time of day, as often a habit as a date ("better travel in pairs at *night*", « circuler à deux le *soir* »)
_S50_SEASONS_EN = "winter summer christmas easter election semester season month night morning"
_S50_SEASONS_FR = "hiver été noël pâques élection élections rentrée saison mois soir nuit matin"
# (session 50, T) a group named after "with" (and a determiner or a possessive, ``owners``) goes with the writer and
# the weapon, it is no target (``_companion``): "bringing my gun to the range *with my* X neighbour on Sunday"
_S50_COMPANIONS_EN = "with alongside"
_S50_COMPANIONS_FR = "avec"
_S50_OWNERS_EN = "my our his her their your"
_S50_OWNERS_FR = "mon ma mes notre nos son sa ses leur leurs ton ta tes votre vos"
# (session 50, T) a weapon's word right before "for" / « pour » is a supply for its use, no weapon (``_brought``):
# "bringing petrol *for* the heaters to the refugee shelter tonight"
_S50_PURPOSES_EN = "for"
_S50_PURPOSES_FR = "pour"
# (session 53, T) a weapon the writer brings on a condition set to the group is a menace with no time to come
# (``app.kinds.threat_reading._brought``): a word of condition before the weapon in its sentence ("*any* X who
# marches, we go meet them with cutlass", "*one more* word … and I'm coming up with the hurley", "*keep* it up and the
# boys will be round with the bats"); its words, with the verbs of coming that bring a weapon (``armed_intents``)
_S53_ARMED_CONDITIONS_EN = "if unless again keep next otherwise else anymore any anyone anybody whoever more"
# (session 53, T) a count of days given to the group to leave, said to it (strong veiled phrases: the group in its
# sentence): who is told (the second person, in the Englishes the writers use: "allyuh", "una", "y'all"), "have" or
# "get", any count (``*``: "7", "one more", "just two") and a unit, then a leaving ("Xs on Hill Road, you get five days
# to clear out"); a time given up to a day, said of the group in the third person too ("the X family at number 9 has
# until Easter to leave"). No leaving, no menace: "you have 7 days to submit the form", "… has until Easter to renew
# its lease"
_S53_TOLD_EN = "you u ya y'all yall allyuh una yous youse ye you've"
_S53_HOLDS_EN = "have get got"
_S53_UNITS_EN = "days weeks months hours nights"
# a leaving, its shortest words ("to pack" reads "to pack up"); not "to go", a countdown's ("3 days to go till Eid")
_S53_LEAVINGS_EN = [
    "to leave",
    "to get out",
    "to pack",
    "to go back",
    "to go home",
    "to clear out",
    "to clear off",
    "to move out",
    "to disappear",
    "to get lost",
]
_S53_DEADLINES_EN = [
    *_cross(
        [
            f"{who} {hold}"
            for who in _items(_S53_TOLD_EN)
            for hold in _items(_S53_HOLDS_EN)
            if not who.endswith("'ve") or hold == "got"
        ],
        [f"* {unit}" for unit in _items(_S53_UNITS_EN)],
        _S53_LEAVINGS_EN,
    ),
    *_cross(
        ["has until", "have until", "has got until", "have got until", "get until", "gets until", "you've got until"],
        [f"* {leaving}" for leaving in _S53_LEAVINGS_EN],
    ),
]
# French keeps its weapons timed only: no French case of the device was read this session
_S53_ARMED_CONDITIONS_FR = ""
_S53_ARMED_INTENTS_EN = "come comes go meet show showing turn turning"
_S53_ARMED_INTENTS_FR = ""
# … help offered in a weapon's sentence makes it a tool, no cue (``armed_aids``: "any X family who needs firewood,
# we're coming round with axes to *help*")
_S53_ARMED_AIDS_EN = "help helping helped"
_S53_ARMED_AIDS_FR = ""
# … a weapon's word before a word of its debate is a topic, no weapon brought (``armed_topics``: "the democrats will use
# any tragedy to promote gun *control*")
_S53_ARMED_TOPICS_EN = """control controls law laws legislation regulation regulations reform reforms rights
    owner owners ownership lobby ban bans violence safety culture crime crimes deaths debate policy amnesty buyback"""
_S53_ARMED_TOPICS_FR = ""
# (T, session 54) a member singled out and what he is to receive (``app.kinds.threat_reading._singled``): "*any* X
# on my block *gets* hurt", "*next* X who … *is getting* my fist", "… *go collect* the beating of his life". A word
# that picks one member out (``selectors``), a verb of receiving (``receives``), and what is received: a harm of
# risk.hate's verbs, a blow or a weapon of this file (``blows``, ``armed``), or a blow said as a noun or in slang
# (``received``: a dictionary's nouns of beating — kicking, hiding, thrashing — and the slang participles of being
# dealt with — done, sorted, dealt with, got); no French case read this session
_S54_SELECTORS_EN = "next any every first"
_S54_RECEIVES_EN = "get gets getting meet meets meeting catch catches catching collect collects collecting"
_S54_RECEIVED_EN = """kicking kickin hiding thrashing battering hammering pasting shoeing leathering kneecapping
    slapping smacking beating beatin belting whipping flogging stabbing glassing bottling doing torpedo bullet
    bullets fists boots doxxed doxed buried merked bodied floored decked smacked slapped clapped leathered whacked
    offed lamped twatted stomped got"""
_S54_RECEIVED_PHRASES_EN = ["dealt with", "done in", "run out of town", "run off the road"]
# (T, session 54) a building of the group foretold to burn (``app.kinds.threat_reading._burned``): "tents burn.",
# "X shops in Durban will burn this weekend", "temples burn easier than houses", "one more week and your church
# burns", "any X shop still open … will be ash". A dictionary's nouns of buildings and shelters where people live, pray
# or trade (``buildings``), a verb of burning said of them with no object (``burnings``; "be" before "ash"), and what
# makes it a menace: a future or a modal before it, an ease after it (``eases``: "nicely", "fast", "easier"), or the
# clause bare ("tents burn.") or after a condition in its sentence; a fire told as past ("burned") is none, nor a
# figure ("burn with joy", "burn bright")
_S54_BUILDINGS_EN = """house houses home homes flat flats shop shops store stores stall stalls church churches chapel
    chapels mosque mosques masjid temple temples synagogue synagogues shul gurdwara gurdwaras mandir mandirs tent tents
    shack shacks hut huts camp camps caravan caravans trailer trailers hostel hostels hotel hotels settlement
    settlements village villages compound compounds estate cottage cottages school schools centre centres center
    centers hall halls business businesses warehouse warehouses farm farms barn barns"""
_S54_BURNINGS_EN = "burn burns burnin ash ashes"
_S54_EASES_EN = "easily easy easier nicely nice fast faster quick quicker quickly well lovely beautifully good better"
# … what the consequence is not: a dismissal (the "boot", the "axe", the "sack" after "the"), a help or a gift
_S54_DISMISSALS_EN = "boot axe sack chop push elbow"
_S50_TIMES_GONE_EN = "last every each past previous"
_S50_TIMES_GONE_FR = "dernier dernière derniers dernières chaque précédent précédente"  # not « passé »: « on passe »
_S43_PLACES_FR = """fermes ferme boutiques boutique magasins magasin commerces commerce maisons maison mosquée mosquées
    église églises synagogue synagogues temple temples camp campement foyer foyers bangas villas cases caravanes
    restaurants restaurant salle salles"""
_S43_STRONG_FR = [
    *_cross(
        ["sinon", "ou", "ou sinon", "ou bien"],
        [
            "on vient vous aider à partir",
            "on vous aide à partir",
            "on va vous aider à partir",
            "on vous fait partir",
            "on va vous faire partir",
            "on vous raccompagne",
            "on va vous raccompagner",
            "on vient vous chercher",
            "on viendra vous chercher",
        ],
    ),
    *_cross(
        ["avant qu'on", "avant que les gars", "avant que nous"],
        ["vienne vous chercher", "vous fasse partir", "vous raccompagne", "s'en occupe", "s'en charge"],
    ),
    "de gré ou de force",
    *_cross(
        ["vous regretterez", "ils regretteront", "elles regretteront", "vous allez regretter", "ils vont regretter"],
        ["d'être sortis", "d'être sorties", "d'être sorti", "d'être sortie"],
    ),
    "à la manière forte",
    *_cross(["notre façon", "sa façon", "notre manière", "sa manière"], ["de dire au revoir"]),
    *_cross(["on a fini de", "on en a fini de", "nous avons fini de", "c'est fini de"], ["discuter", "parler"]),
    *_cross(
        _items(_S43_PLACES_FR),
        [
            "vont brûler",
            "brûleront",
            "vont cramer",
            "vont partir en fumée",
            "partiront en fumée",
            "tiendront pas",
            "ne tiendront pas",
            "tiendra pas",
            "ne tiendra pas",
            "seront pas épargnés",
            "seront pas épargnées",
            "ne seront pas épargnés",
            "ne seront pas épargnées",
            "sera pas épargné",
            "sera pas épargnée",
        ],
    ),
    *_cross(["dernières nuits", "dernière nuit", "derniers jours"], ["tranquilles"]),
    *_cross(
        ["seront pas", "serez pas", "ne seront pas", "ne serez pas", "resteront pas", "resterez pas"],
        ["tranquilles", "en paix"],
        ["longtemps", "longtemps là-bas", "longtemps ici", "cette année"],
    ),
    *_cross(
        _cross(
            ["", "ne"],
            ["fêterez pas", "fêteront pas", "dormirez pas", "dormiront pas", "passerez pas", "passeront pas"],
        ),
        ["tranquilles", "* tranquilles"],
    ),
    *_cross(
        _cross(
            ["", "ne"],
            ["rentrerez pas", "rentreront pas", "repartirez pas", "repartiront pas", "repartira pas", "rentrera pas"],
        ),
        [
            "comme vous êtes venus",
            "chez vous comme vous êtes venus",
            "comme ils sont venus",
            "chez eux comme ils sont venus",
            "entiers",
            "entier",
            "chez lui entier",
            "chez eux entiers",
            "en un seul morceau",
        ],
    ),
    *_cross(
        ["si vous tenez à", "si vous tenez a", "si ils tiennent à", "s'ils tiennent à"],
        ["vos", "votre", "leurs", "leur"],
    ),
]
_S43_WEAK_FR = [
    *_cross(["on perd", "les gens perdent", "on commence à perdre", "le quartier perd"], ["patience"]),
    "la patience a des limites",
    "notre patience a des limites",
    *_cross(
        ["ne sortez pas", "sortez pas", "évitez de sortir", "ne sortez plus", "sortez plus"],
        ["seuls", "seules", "seul", "le soir", "la nuit"],
    ),
    "restez chez vous",
    "restez à l'intérieur",
    "fermez bien vos portes",
    "à votre place je",
    *_cross(["pensez à", "pensez a", "songez à", "songez a"], ["déménager", "partir", "faire vos valises"]),
    "avec de la visite",
    "à leur place je",
    "à notre manière",
    "à notre façon",
    *_cross(
        ["", "ne"], ["repartira pas", "repartiront pas", "rentrera pas", "rentreront pas"], ["chez lui", "chez eux"]
    ),
    *_cross(["y aura", "il y aura", "y'aura"], ["des conséquences", "des représailles"]),
    *_cross(
        ["la police", "les flics", "les gendarmes"], ["fermera les yeux", "fermeront les yeux", "regardera ailleurs"]
    ),
    *_cross(["personne viendra", "personne ne viendra"], ["vous aider", "les aider", "vous sauver", "les sauver"]),
    *_cross(["y aura pas", "il n'y aura pas", "y aura plus"], ["de casques bleus", "de police", "de flics"]),
    "un accident est vite arrivé",
    "les accidents arrivent",
    "tout peut arriver",
    *_cross(["on frappera pas", "on ne frappera pas", "on sonnera pas"], ["à la porte"]),
    "on frappera pas",
    "porte à porte",
]
_S43_CLOSERS_FR = [
    "faites passer",
    "faites tourner",
    "transmettez",
    "c'est promis",
    "promis",
    "vous avez compris",
    "c'est pas une blague",
    "c'est pas une joke",
    "ce n'est pas une blague",
    "pour votre bien",
    "pour leur bien",
    "on sait faire",
    "renseignez-vous",
    "conseil d'ami",
]
_S43_LESSONS_FR = _cross(
    [*_FUTURE_YOU_FR, "va vite", "va", "vont vite"],
    [
        "comprendre pourquoi",
        "comprendre qu'ici",
        "comprendre que vous êtes pas chez vous",
        "comprendre que vous n'êtes pas chez vous",
    ],
) + _cross(
    ["apprendront", "apprendrez", "vont apprendre", "allez apprendre", "vont réapprendre"],
    ["les bonnes manières", "le respect", "leur place", "votre place"],
)
_S43_DEADLINES_FR = [
    *[p for p in _S43_STRONG_FR if p.startswith(("sinon ", "ou ", "avant qu"))],
    *_cross(["vous avez", "ils ont", "tu as", "vous aurez", "ils auront"], ["* jours", "* heures", "* semaines"]),
    "faites vos valises",
    "faites vos bagages",
    *_cross(["auront", "aurez", "ont", "avez"], ["24h pour", "48h pour", "24 heures pour", "une semaine pour"]),
    *_cross(["on vous laisse", "on leur laisse"], ["une semaine", "un mois", "deux jours", "trois jours", "24h"]),
    *_cross(["après", "ensuite"], ["on s'occupera de", "on s'occupe de", "on fait la chasse", "c'est la chasse"]),
]
_S43_RECALLS_FR = [
    *_cross(
        ["c'était", "c'était que", "c'était juste", "ce n'était que", "c'était seulement"],
        ["un début", "le début", "la répétition", "un avant-goût"],
    ),
    *_cross(["on peut", "on va", "on pourrait", "on peut tout"], ["le refaire", "recommencer"]),
    "on l'a déjà fait",
    "on l'a deja fait",
    "on l'a fait en",
    "personne a oublié",
    "personne n'a oublié",
]
_S43_KNOWINGS_FR = _cross(
    ["on", "je", "nous", "les gars"],
    ["connaît", "connait", "connais", "connaissons", "sait", "sais"],
    ["le chemin de", "le chemin", "vos horaires", "vos rues", "vos trajets", "leurs horaires", "leurs trajets"],
)
_S43_READIES_FR = ["sont prêts", "sont prêts chaque nuit", "sont prêtes"]
_S43_PRESENCES_FR = _cross(
    ["on", "ce soir on", "samedi on", "nous"],
    [
        "passe les voir",
        "passe vous dire au revoir",
        "vient nettoyer",
        "va venir nettoyer",
        "va venir faire le ménage",
        "vient faire le ménage",
        "fait une ronde",
        "passe dans les rues",
    ],
)
_S43_RECALL_VERBS_FR = "souvenez souviens rappelez rappelle souvenir rappeler souviennent"
_S43_RECALL_LINKS_FR = "de du d' en ce qui s'est passé vous"
_S43_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_S43_WHENS_FR = "week hiver été noël pâques élection élections rentrée saison mois"
_S43_CONDITIONS_FR = "avant"


# (session 44, T) the grammar of a French menace the fresh drafts still wrote with no listed phrase, by class, and the
# English counterparts of each class. Strong (``veiled``): a member's or the group's way home or out foretold harmed, in
# the present for the future as well as in the future (« il rentre pas chez lui entier », « il ressort sur une civière
# », "he goes home on a stretcher"); waiting « au tournant »; coffins to prepare (« préparez vos cercueils », "order
# your coffins"); the rope or a bullet in the head allotted (« une corde pour chaque X », « la corde est prête », "a
# bullet each for the X"; not « une balle pour chaque … », a ball given); the group's own places said to burn well («
# vos kebabs, ça brûle bien la nuit », "your shops burn nicely"). Weak (``veiled_weak``, a second cue needed): a time
# made hard « pour » the group (« l'été va être très chaud pour vous », « la nuit de samedi va être longue pour vous »,
# "this summer is going to be a long one for you"), the day it kicks off (« le jour où ça pète ») and the group first in
# line (« vous serez les premiers »), the group spotted (« on vous a repérés », « vous êtes filmées »), a presence found
# on a condition (« ceux qu'on trouve dehors », « si on vous attrape »), the consequence shrugged off (« tant pis pour
# eux », « c'est leur problème », "too bad for them"), a dare in the jussive (« qu'ils viennent », « essayez seulement
# », "let them try"), an ambulance to call (« préparez les ambulances »). Lessons (a menace frame's strong cue): a
# lesson in silence or respect (« on va vous apprendre à vous taire », "we'll teach you to keep quiet"), a memory for
# long (« vous allez vous en souvenir »), tears to come (« vous allez pleurer »), the blow not seen coming (« vous
# l'aurez pas vu venir »).
_S44_EXITS_FR = """rentre rentrera rentrent rentreront rentrerez ressort ressortira ressortent ressortiront ressortirez
    repart repartira repartent repartiront repartirez sortira sortiront sortirez"""
_S44_HARMED_FR = """sur_une_civière sur_un_brancard en_ambulance les_pieds_devant dans_un_sac dans_une_housse
    en_morceaux en_fauteuil_roulant à_quatre_pattes en_sang"""
_S44_WHOLE_FR = """entier entiers entière entières vivant vivants vivante vivantes debout indemne indemnes
    en_un_seul_morceau sur_ses_jambes sur_leurs_jambes"""
_S44_HOMES_FR = ["", "chez lui", "chez elle", "chez eux", "chez vous"]
_S44_PLACES_FR = """kebabs kebab granges grange tentes tente chapiteau voitures bagnoles caravane cabanes"""
_S44_STRONG_FR = [
    *_cross(_items(_S44_EXITS_FR), [h.replace("_", " ") for h in _items(_S44_HARMED_FR)]),
    *_cross(
        _items(_S44_EXITS_FR),
        ["pas", "plus"],
        _S44_HOMES_FR,
        [w.replace("_", " ") for w in _items(_S44_WHOLE_FR)],
    ),
    *_cross(
        ["on vous", "on les", "on t'", "je vous", "je les", "je t'", "nous vous"],
        ["attend", "attendra"],
        [
            "au tournant",
        ],
    ),
    *_cross(["on va vous", "on va les", "je vais t'"], ["attendre au tournant"]),
    *_cross(
        ["préparez", "prévoyez", "commandez", "réservez", "choisissez", "préparer", "commander"],
        ["vos cercueils", "leurs cercueils", "les cercueils", "vos linceuls", "vos tombes", "ton cercueil"],
    ),
    "ou vos cercueils",
    "ou leurs cercueils",
    *_cross(["une cartouche", "une corde", "une balle dans la tête"], ["chacun pour", "pour chaque"]),
    *_cross(
        ["la corde est", "les cordes sont", "le bûcher est", "les fours sont"], ["prête", "prêtes", "prêt", "prêts"]
    ),
    *_cross(
        ["vos *", "leurs *", "votre *", "leur *"],
        ["ça brûle bien", "ça brûle vite", "ça crame bien", "ça crame vite", "ça flambe bien", "ça prend feu vite"],
    ),
    *_cross(
        ["vos", "leurs"],
        _items(_S43_PLACES_FR) + _items(_S44_PLACES_FR),
        ["brûlent bien", "brûle bien", "brûlera", "brûleront"],
    ),
]
_S44_TIMES_FR = """l'été cet_été l'hiver cet_hiver la_nuit cette_nuit l'année cette_année le_week-end ce_week-end
    la_rentrée la_soirée ce_soir la_semaine cette_semaine le_ramadan l'aïd la_nuit_*"""
_S44_HARD_FR = "chaud chaude long longue agité agitée sanglant sanglante mouvementé mouvementée brûlant brûlante"
_S44_WEAK_FR = [
    *_cross(
        [t.replace("_", " ") for t in _items(_S44_TIMES_FR)],
        ["va être", "sera"],
        _items(_S44_HARD_FR),
        ["pour vous", "pour eux", "pour elles", "pour toi"],
    ),
    *_cross(["ça va être", "ce sera"], ["votre fête", "leur fête", "ta fête"]),
    *_cross(["l'hiver", "la nuit", "votre heure"], ["arrive pour vous", "arrive pour eux", "arrive pour les"]),
    *_cross(
        ["le jour où", "le jour ou", "le jour qu'", "quand", "dès que"],
        [
            "ça pète",
            "ça va péter",
            "ça éclate",
            "ça va éclater",
            "ça chauffe",
            "ça va chauffer",
            "ça part",
            "ça va partir",
            "ça dégénère",
            "ça explose",
            "ça va exploser",
            "ça tournera mal",
            "ça bascule",
        ],
    ),
    *_cross(
        ["vous serez", "ils seront", "elles seront", "tu seras", "vous serez tous"],
        [
            "les premiers",
            "les premières",
            "en première ligne",
            "servis en premier",
            "servies en premier",
            "les premiers servis",
            "les premiers sur la liste",
        ],
    ),
    *_cross(
        ["on vous a", "on les a", "on t'a", "on vous a déjà", "on les a déjà", "nous vous avons"],
        [
            "repérés",
            "repérées",
            "repéré",
            "repérée",
            "à l'oeil",
            "dans le viseur",
            "dans le collimateur",
            "fichés",
            "fichées",
            "identifiés",
            "identifiées",
            "filmés",
            "filmées",
            "vus passer",
            "vues passer",
        ],
    ),
    *_cross(["vous êtes", "ils sont", "elles sont"], ["filmés", "filmées", "fichés", "fichées", "repérés"]),
    "repérage fait",
    "le repérage est fait",
    *_cross(["ceux qu'on", "celles qu'on", "celui qu'on", "celle qu'on"], ["trouve", "trouvera", "croise", "attrape"]),
    *_cross(
        ["si on vous", "si on les", "si on t'", "si je vous", "si je t'"], ["attrape", "croise", "trouve", "chope"]
    ),
    *_cross(["tant pis pour"], ["eux", "elles", "lui", "vous", "toi", "ceux", "celles"]),
    *_cross(["c'est leur", "c'est votre", "c'est ton"], ["problème", "problème après"]),
    *_cross(["personne va", "personne ne va", "personne ne"], ["pleurer", "pleurera", "les pleurer", "vous pleurer"]),
    *_cross(["qu'ils", "qu'elles", "qu'il", "qu'elle"], ["essaient", "essayent", "essaye", "essaie", "osent", "ose"]),
    "essayez seulement",
    "essayez pour voir",
    "essaie pour voir",
    "venez essayer",
    *_cross(["préparez", "prévoyez", "appelez"], ["les ambulances", "des ambulances", "l'ambulance", "le samu"]),
    *_cross(["vos", "leurs"], ["villas", "maisons", "boutiques", "voitures"], ["sont bien assurées", "sont assurées"]),
    *_cross(
        ["une grange", "une caravane", "une tente", "une mosquée", "une église", "une synagogue", "un temple"],
        ["ça brûle vite", "ça brûle bien", "ça crame vite", "ça prend feu vite"],
    ),
]
_S44_LESSONS_FR = [
    *_cross(
        ["on va vous", "on va leur", "on va t'", "je vais vous", "je vais t'", "on va leur", "on va vous réapprendre"],
        ["apprendre"],
        [
            "à vous taire",
            "à se taire",
            "à te taire",
            "le silence",
            "le respect",
            "la politesse",
            "à fermer votre gueule",
        ],
    ),
    *_cross(
        ["vous allez", "tu vas"],
        ["vous en souvenir", "t'en souvenir", "pleurer", "chialer", "le payer", "le payer cher"],
    ),
    *_cross(["ils vont", "elles vont"], ["pleurer", "chialer", "le payer cher"]),
    "vous vous en souviendrez",
    *_cross(
        ["vous l'aurez pas", "vous l'aurez jamais", "ils l'auront pas", "vous le verrez pas", "ils le verront pas"],
        ["vu venir", "venir"],
    ),
]
_S44_EXITS_EN = [
    "goes home",
    "go home",
    "leaves",
    "leave",
    "walks out",
    "walk out",
    "gets carried out",
    "get carried out",
]
_S44_STRONG_EN = [
    *_cross(
        _S44_EXITS_EN,
        ["on a stretcher", "in an ambulance", "feet first", "in a body bag", "in pieces", "in a wheelchair"],
    ),
    *_cross(
        ["won't", "doesn't", "don't", "will not", "ain't"],
        ["go home", "walk home", "walk out", "leave", "get home", "make it home"],
        ["in one piece", "on his own feet", "on their own feet", "alive", "standing"],
    ),
    *_cross(["order", "buy", "book", "pick out", "get"], ["your coffins", "their coffins", "the coffins", "body bags"]),
    *_cross(["a bullet", "a rope", "a bullet in the head"], ["each for", "for every", "for each"]),
    *_cross(["the rope is", "the ropes are"], ["ready"]),
    *_cross(
        ["your *", "their *"],
        ["burn nicely", "burn easily", "burn fast", "burn real nice", "go up fast", "would burn nicely"],
    ),
]
_S44_WEAK_EN = [
    *_cross(
        ["this summer", "summer", "this winter", "tonight", "this year", "this weekend", "the night"],
        ["is going to be", "will be", "gonna be"],
        ["", "a"],
        ["hot", "long", "rough", "long one", "rough one"],
        ["for you", "for them", "for the"],
    ),
    *_cross(["the day it", "when it", "once it"], ["kicks off", "goes off", "all kicks off", "blows up"]),
    *_cross(["you'll be", "they'll be", "you will be", "they will be"], ["first in line", "the first ones", "first"]),
    *_cross(["we've", "we have", "we've already"], ["spotted you", "clocked you", "got eyes on you", "filmed you"]),
    *_cross(["too bad for", "tough luck for", "shame for"], ["them", "you", "him", "her"]),
    *_cross(["let them", "let 'em"], ["try", "come", "try it"]),
    "just try it",
    *_cross(["call", "get"], ["the ambulances", "an ambulance ready", "the ambulances ready"]),
]
_S44_LESSONS_EN = [
    *_cross(
        ["we'll teach you", "we will teach you", "we'll teach them", "we're going to teach you"],
        ["to keep quiet", "to shut up", "some respect", "silence", "manners"],
    ),
    *_cross(["you'll", "they'll", "you will", "they will"], ["remember this", "cry", "never see it coming"]),
    "you won't see it coming",
    "they won't see it coming",
]


# (session 44, T, after counting the work set threats-fr-s44 and then reading it: tuned) a wish of death or harm in
# the jussive or as a disaster wished on the group (« qu'ils coulent tous », « que ce ramadan leur soit fatal », « que
# chaque X prenne un missile », « un bon incendie dans chaque … », « une bonne épidémie qui nettoie … »; "may it be
# fatal to them", "a nice fire in every …"), the group left no one standing (« on en laissera pas un debout », "we
# won't leave one standing"), a beating by its idiom (« refaire le portrait à … »), dogs set on the group (« je lâche
# les chiens sur eux », "set the dogs on them"), silence for good (« je le ferai taire pour de bon », "shut them up for
# good"), the group's own knowing third parties (« les frères savent où vous habitez », "the lads know where you
# live"), a way home harmed after a place (« vous rentrerez à Anvers en morceaux », « reprendre l'avion en
# béquilles »); weak: a fire or an accident soon happened (« un incendie est si vite arrivé », "fires start so
# easily"), the writer taking over (« c'est nous qui prenons le relais », "then we take over"), a debt to pay (« doit
# payer », "will pay for"), no prisoners, to the last one, the blame put on the group (« ils l'auront cherché », "they
# asked for it"), no longer the writer's problem, a surprise to come, care to take on the way home; deadlines to be
# gone (« ne soyez plus là au prochain Aïd », « partez avant », « votre date limite », "be gone before", "your
# deadline"); closers (« on ne le répétera pas », « promis juré », "we won't say it twice").
_S44B_STRONG_FR = [
    *_cross(
        ["qu'ils", "qu'elles", "qu'il", "qu'elle"],
        [
            "coulent tous",
            "coulent toutes",
            "crament",
            "crament tous",
            "se noient",
            "se noient tous",
            "pourrissent",
            "meurent",
            "meurent tous",
            "crèvent la bouche ouverte",
        ],
    ),
    *_cross(
        ["leur soit", "leur sera", "vous soit", "vous sera", "lui soit"], ["fatal", "fatale", "mortel", "mortelle"]
    ),
    *_cross(
        ["prenne", "prennent", "se prenne", "se prennent", "reçoive", "reçoivent"],
        ["un missile", "une bombe", "une roquette", "un obus", "une rafale", "une balle dans la tête"],
    ),
    *_cross(
        ["un bon incendie", "une bonne épidémie", "un bon virus", "une bonne guerre", "une bonne famine", "un bon feu"],
        ["dans chaque", "qui nettoie", "qui nettoierait", "pour tous les", "sur chaque", "qui les emporte", "chez les"],
    ),
    *_cross(["attraperont", "attrapent", "choppent", "chopent", "attrapent tous"], ["une bonne maladie"]),
    *_cross(
        ["on en laissera", "on n'en laissera", "on en laisse", "on n'en laisse", "j'en laisserai", "je n'en laisserai"],
        ["pas un debout", "pas un vivant", "aucun debout", "aucun vivant", "pas une debout"],
    ),
    *_cross(
        ["on refait", "on va refaire", "je refais", "je vais refaire", "on refera", "je refais"],
        ["le portrait à", "le portrait aux", "le portrait de", "le portrait à tous"],
    ),
    *_cross(
        ["je lâche", "on lâche", "je lâcherai", "on lâchera", "on va lâcher", "je vais lâcher"],
        ["les chiens sur", "le chien sur", "les chiens contre", "les chiens aux trousses"],
    ),
    *_cross(
        [
            "je le ferai",
            "je la ferai",
            "on les fera",
            "on va les faire",
            "je vais le faire",
            "on vous fera",
            "je vais vous faire",
            "on va vous faire",
        ],
        ["taire pour de bon", "taire définitivement", "taire à jamais", "taire pour toujours"],
    ),
    *_cross(
        ["savent où", "savent ou", "sait où", "sait ou"],
        ["vous habitez", "vous dormez", "vous vivez", "vous priez", "ils habitent", "ils dorment", "elles habitent"],
    ),
    *_cross(
        ["rentrerez *", "rentreront *", "repartirez *", "repartiront *", "l'avion", "le bateau", "le train"],
        [h.replace("_", " ") for h in _items(_S44_HARMED_FR)] + ["en béquilles", "avec des béquilles"],
    ),
]
_S44B_WEAK_FR = [
    *_cross(
        [
            "un accident",
            "un incendie",
            "un feu",
            "un drame",
            "un malheur",
            "un court-circuit",
            "un accident de chauffage",
        ],
        ["est vite arrivé", "est si vite arrivé", "arrive vite", "arrive si vite", "est très vite arrivé"],
    ),
    *_cross(
        ["faudrait pas qu'il y ait", "faudrait pas qu'il arrive", "il faudrait pas qu'il y ait"],
        ["un accident", "un incendie", "un drame", "un malheur"],
    ),
    *_cross(
        ["c'est nous qui", "après c'est nous qui", "on"],
        ["prenons le relais", "prendrons le relais", "prend le relais"],
    ),
    *_cross(["doit", "doivent", "vont", "va", "allez"], ["payer", "payer pour", "payer cher"]),
    "pas de prisonniers",
    "aucun prisonnier",
    "jusqu'au dernier",
    "jusqu'à la dernière",
    *_cross(
        ["ils l'auront", "elles l'auront", "vous l'aurez", "ils l'ont", "vous l'avez"], ["cherché", "bien cherché"]
    ),
    *_cross(["ce sera plus", "ce ne sera plus", "c'est plus", "ce n'est plus"], ["notre problème", "mon problème"]),
    *_cross(
        ["vous aurez", "vous allez avoir", "ils auront", "attendez-vous à"], ["une surprise", "une petite surprise"]
    ),
    *_cross(["faites gaffe", "faites attention", "fais gaffe"], ["en rentrant", "en rentrant le soir"]),
]
_S44B_DEADLINES_FR = [
    *_cross(["ne soyez plus", "soyez plus", "ne soyez pas"], ["là", "là au prochain", "là avant", "ici"]),
    *_cross(["soyez partis", "partez", "dégagez", "barrez-vous"], ["avant", "d'ici"]),
    *_cross(["c'est votre", "votre", "c'est leur"], ["date limite", "dernier délai"]),
]
_S44B_CLOSERS_FR = [
    "on ne le répétera pas",
    "on le répétera pas",
    "je ne le répéterai pas",
    "je le répéterai pas",
    "promis juré",
    "on dit ça on dit rien",
]
_S44B_STRONG_EN = [
    *_cross(["be fatal to", "is fatal to", "prove fatal to"], ["them", "them all", "every one of them"]),
    *_cross(["take", "takes", "catch", "catches"], ["a missile", "a bomb", "a rocket"]),
    *_cross(
        ["a nice fire", "a good fire", "a good epidemic", "a nice plague", "a good war"],
        ["in every", "to wipe out", "to clean out", "for all the"],
    ),
    *_cross(
        ["we won't leave", "we will not leave", "won't leave", "we'll leave not"],
        ["one standing", "one of them standing", "a single one standing"],
    ),
    *_cross(["set the dogs on", "let the dogs loose on", "set my dogs on"], ["them", "you", "the"]),
    *_cross(["shut them up", "shut you up", "shut him up", "silence them"], ["for good", "forever", "permanently"]),
    *_cross(["know where", "knows where"], ["you live", "you sleep", "you pray", "they live", "they sleep"]),
]
_S44B_WEAK_EN = [
    *_cross(["a fire", "an accident", "a short circuit"], ["happens so fast", "starts so easily", "happens fast"]),
    *_cross(["then we take over", "after that we take over", "we'll take over"], [""]),
    *_cross(["must", "will", "are going to", "gonna"], ["pay", "pay for it", "pay dearly"]),
    "no prisoners",
    "to the last one",
    "down to the last one",
    *_cross(["they'll have", "you'll have", "they", "you"], ["asked for it"]),
    *_cross(["not our problem", "no longer our problem"], ["anymore", ""]),
    *_cross(["you'll get", "you will get", "expect"], ["a surprise", "a little surprise"]),
    *_cross(["watch yourselves", "be careful"], ["walking home", "on the way home"]),
]
_S44B_DEADLINES_EN = [
    *_cross(["be gone", "don't be here", "don't be there", "be out"], ["before", "by"]),
    *_cross(["your", "that's your"], ["deadline", "final deadline"]),
]
_S44B_CLOSERS_EN = ["we won't say it twice", "we won't repeat it", "i won't repeat it", "pinky promise"]


# (session 48, T) fresh writers' veiled threats at a group, English, each a class by its role (the French twins below):
# - a house marked for what is coming ("your doors have been marked", "we've marked your houses");
# - a leaving told while the body still can ("pack tonight while you can still walk", "leave while you can still
#   walk out"; the bare "leave while you still can" stays a deadline of the menace frame, which needs a time);
# - a member carried out of a place he walks into, or sent home in a box ("any X walks in here gets carried out",
#   "… going home in boxes", "go back in a box");
# - the group's last feast where it lives ("this is your last Ramadan on this street", "your last Diwali here");
# - (weak, a second cue needed) the mafia's formula ending in something gone wrong or a place that will not last
#   ("be a pity if something went wrong", "shame if they don't last the summer"), the safety advice to a group
#   ("X better travel in pairs after dark", "might want to keep the kids indoors", "better have good insurance"),
#   a fire that starts by itself ("funny how fires start", "things burn fast"), the writer who knows the group's cars
#   or streets ("we know your cars"), a standing place counted down ("let's see how long it stands");
# - (closers) "we remember", "you know how it goes"; and a smiling wink emoji after the phrase (``winks``, read by
#   app/kinds/threat_reading.py: "Be a pity if something went wrong 🙂").
_S48_FEASTS_EN = """ramadan eid christmas diwali hanukkah passover easter pride vaisakhi holi navratri purim
    rosh_hashanah yom_kippur shabbat sabbath friday_prayers jummah"""
_S48_HERES_EN = [
    "here",
    "on this street",
    "on this road",
    "on this estate",
    "in this street",
    "in this town",
    "in this city",
    "in this country",
    "on our street",
    "in our town",
    "in our street",
]
_S48_STRONG_EN = [
    *_cross(
        [
            "your doors have been",
            "your doors are",
            "your houses have been",
            "your houses are",
            "your homes have been",
            "your homes are",
            "their doors have been",
            "their doors are",
            "their houses have been",
            "their houses are",
        ],
        ["marked"],
    ),
    *_cross(
        ["we've marked", "we have marked", "we marked", "i've marked"],
        ["your doors", "your houses", "their doors", "their houses", "your homes"],
    ),
    *_cross(
        [
            "leave",
            "get out",
            "go",
            "go home",
            "go back",
            "pack",
            "pack up",
            "pack tonight",
            "clear out",
            "move out",
            "run",
            "walk out",
            "get out of here",
        ],
        [
            "while you can still walk",
            "while you can still walk out",
            "while you still can walk",
            "while you can still stand",
            "while you still have legs",
            "while your legs still work",
        ],
    ),
    *_cross(["gets carried out", "getting carried out", "get carried out"], ["on a stretcher", "feet first"]),
    "gets carried out",
    "gets carried out feet first",
    "leaves on a stretcher",
    "goes home on a stretcher",
    *_cross(
        [
            "going home",
            "go home",
            "goes home",
            "going back",
            "go back",
            "goes back",
            "leaving",
            "leave",
            "sent home",
            "sent back",
        ],
        ["in boxes", "in a box", "in a coffin", "in coffins", "in body bags", "in a body bag", "in pieces"],
    ),
    *_cross(
        [
            "this is your last",
            "this will be your last",
            "this'll be your last",
            "this is their last",
            "this will be their last",
        ],
        [f.replace("_", " ") for f in _items(_S48_FEASTS_EN)],
        _S48_HERES_EN,
    ),
]
_S48_WEAK_EN = [
    *_cross(
        ["shame if", "be a shame if", "pity if", "be a pity if"],
        [
            "something went wrong",
            "something goes wrong",
            "anything went wrong",
            "something were to go wrong",
            "somethin happened",
            "somethin happened to",
            "summat happened",
            "they don't last",
            "it doesn't last",
            "they didn't last",
            "it didn't last",
        ],
    ),
    *_cross(
        ["better", "had better", "'d better", "best", "might want to", "may want to", "might wanna"],
        [
            "travel in pairs",
            "travel in groups",
            "walk in pairs",
            "walk in groups",
            "not walk alone",
            "stay indoors",
            "stay inside",
            "stay off the road",
            "stay off the roads",
            "stay off the streets",
            "keep the kids indoors",
            "keep the kids inside",
            "keep the kids home",
            "keep their kids indoors",
            "keep your kids indoors",
            "keep their kids inside",
            "keep your kids inside",
            "keep their kids home",
            "keep your kids home",
            "lock their doors",
            "lock your doors",
            "keep the heid down",
            "keep their heads down",
            "have good insurance",
            "have insurance",
            "get good insurance",
            "check their insurance",
            "check your insurance",
            "be home before dark",
            "be indoors before dark",
        ],
    ),
    "funny how fires start",
    "funny how things catch fire",
    "wouldn't take much for a fire",
    "would not take much for a fire",
    "fire insurance",
    *_cross(["things", "it", "wood", "old buildings"], ["burn *"], ["fast", "quick", "quickly", "easy", "easily"]),
    *_cross(
        ["we know", "i know", "we've clocked", "we clocked", "we have clocked", "i clocked"],
        [
            "your cars",
            "your car",
            "your closes",
            "your streets",
            "your street",
            "your doors",
            "your faces",
            "your plates",
            "your routes",
            "their cars",
            "their streets",
            "their faces",
            "the place",
        ],
    ),
    "registrations noted",
    "plates noted",
    # the mafia's compliment with its owners named ("nice gurdwara you sikhs have there"), a last time foretold
    # ("make the most of it, it might be your last one")
    *_cross(["nice *", "lovely *"], ["have there", "got there"]),
    *_cross(
        ["might be", "could be", "may be", "will be"],
        ["your last", "their last", "the last one you", "the last one they"],
    ),
    *_cross(
        ["let's see how long", "lets see how long", "see how long"],
        ["* stands", "* lasts", "* stays standing", "* stays up"],
    ),
]
_S48_CLOSERS_EN = [
    "we remember",
    "we haven't forgotten",
    "we never forget",
    "we don't forget",
    "you know how it goes",
    "you know how it does go",
    "you know how it is",
    "you know what happens",
    "you've been told",
    "don't say i didn't warn you",
    "don't say we didn't warn you",
    "don't say i didn't warn ya",
    "think about that",
    "think on",
]
# the smiling wink after a weak phrase (« Dommage s'il arrivait quelque chose 🙂 », "shame if … 😉"): a second cue
WINKS = "🙂 😉 😏 😈 😘 😇 🙃 😬"
# (session 48, T) the French twins of the classes above, where the French file lacked them
_S48_FEASTS_FR = "ramadan aïd noël diwali hanoucca hanouka pâques pessah shabbat sabbat prière_du_vendredi"
_S48_HERES_FR = [
    "ici",
    "dans cette rue",
    "dans ce quartier",
    "dans cette ville",
    "dans ce pays",
    "dans notre rue",
    "dans notre quartier",
    "chez nous",
    "dans la cité",
]
_S48_STRONG_FR = [
    *_cross(
        [
            "vos portes sont",
            "vos maisons sont",
            "leurs portes sont",
            "leurs maisons sont",
            "vos portes ont été",
            "vos maisons ont été",
            "leurs portes ont été",
            "leurs maisons ont été",
        ],
        ["marquées"],
    ),
    *_cross(["on a marqué", "nous avons marqué"], ["vos portes", "vos maisons", "leurs portes", "leurs maisons"]),
    *_cross(
        ["partez", "cassez-vous", "barrez-vous", "faites vos valises", "rentrez chez vous", "dégagez", "tirez-vous"],
        [
            "tant que vous pouvez encore marcher",
            "tant que vous tenez encore debout",
            "tant que vous avez encore vos jambes",
            "tant que vos jambes marchent encore",
        ],
    ),
    *_cross(
        ["ressortira", "ressortiront", "ressort", "ressortent", "repartira", "repartiront", "sortira", "sortiront"],
        ["sur une civière", "les pieds devant", "sur un brancard"],
    ),
    *_cross(
        [
            "rentreront",
            "rentrerez",
            "repartiront",
            "repartirez",
            "retourneront",
            "retournerez",
            "rentrer",
            "repartir",
            "retourner",
        ],
        [
            "dans une boîte",
            "dans des boîtes",
            "dans un cercueil",
            "dans des cercueils",
            "dans un sac mortuaire",
            "dans des sacs mortuaires",
            "en morceaux",
        ],
    ),
    *_cross(
        [
            "c'est votre dernier",
            "ce sera votre dernier",
            "c'est leur dernier",
            "ce sera leur dernier",
            "c'est votre dernière",
            "ce sera votre dernière",
            "c'est leur dernière",
            "ce sera leur dernière",
        ],
        [f.replace("_", " ") for f in _items(_S48_FEASTS_FR)],
        _S48_HERES_FR,
    ),
]
_S48_WEAK_FR = [
    *_cross(
        ["ce serait dommage", "ça serait dommage", "dommage", "ce serait bête", "ça serait bête"],
        ["que quelque chose tourne mal", "si quelque chose tournait mal", "que ça ne dure pas", "si ça ne durait pas"],
    ),
    *_cross(
        ["feraient mieux de", "feriez mieux de", "ont intérêt à", "avez intérêt à", "devraient", "devriez"],
        [
            "circuler à deux",
            "sortir à deux",
            "se déplacer en groupe",
            "rester chez eux",
            "rester chez vous",
            "rester à l'intérieur",
            "garder leurs enfants à la maison",
            "garder vos enfants à la maison",
            "garder les gosses à la maison",
            "fermer leurs portes à clé",
            "fermer vos portes à clé",
            "vérifier leur assurance",
            "vérifier votre assurance",
            "être bien assurés",
            "rentrer avant la nuit",
        ],
    ),
    "c'est fou comme les incendies partent vite",
    "c'est fou comme ça brûle vite",
    "ça brûle vite",
    "ça brûle bien",
    "assurance incendie",
    "bien assurés",
    *_cross(
        ["on connaît", "on connait", "je connais", "on a repéré", "j'ai repéré"],
        ["vos voitures", "vos rues", "vos plaques", "vos têtes", "leurs voitures", "leurs plaques", "l'endroit"],
    ),
    "plaques notées",
    *_cross(
        ["on verra combien de temps", "voyons combien de temps"],
        ["* tient", "* tiendra", "* reste debout", "* restera debout"],
    ),
]
_S48_CLOSERS_FR = [
    "on se souvient",
    "on n'oublie pas",
    "on oublie rien",
    "on n'oublie rien",
    "vous savez comment ça se passe",
    "vous savez comment ça finit",
    "vous savez ce qui arrive",
    "on vous aura prévenus",
    "dites pas qu'on vous a pas prévenus",
    "réfléchissez-y",
    "pensez-y",
]

# (session 48, T) the closers that seal a menace as meant, not as advice or a greeting (``promises``): with one, a
# menace frame's cue needs no other ("we know where the marae is. *you've had your fun*", "we're coming to say hello …
# *just so you know*"); a greeting ("see you soon"), a call to pass the word or a wish for sleep is no seal: a welcome
# says them too
PROMISES_EN = [
    "not a threat",
    "no threat",
    "not a warning, a promise",
    "that's a promise",
    "it's a promise",
    "not a joke",
    "no joke",
    "this is not a joke",
    "you've been warned",
    "consider this a warning",
    "you've been told",
    "you've had your fun",
    "mark my words",
    "count on it",
    "watch this space",
    "just so you know",
    "just saying",
    "just sayin",
    "just sayin'",
    "we remember",
    "we haven't forgotten",
    "we never forget",
    "we don't forget",
    "don't say i didn't warn you",
    "don't say we didn't warn you",
    "don't say i didn't warn ya",
    "think about that",
    "tick tock",
    "tick-tock",
    "we won't say it twice",
    "we won't repeat it",
    "i won't repeat it",
    "you know why",
]
PROMISES_FR = [
    "je dis ça je dis rien",
    "on dit ça on dit rien",
    "vous êtes prévenus",
    "vous voilà prévenus",
    "à bon entendeur",
    "a bon entendeur",
    "à bon entendeur salut",
    "tic tac",
    "c'est pas une menace",
    "ce n'est pas une menace",
    "c'est un avertissement",
    "c'est promis",
    "promis juré",
    "c'est pas une blague",
    "ce n'est pas une blague",
    "on ne le répétera pas",
    "on le répétera pas",
    "je ne le répéterai pas",
    "je le répéterai pas",
    "on se souvient",
    "on n'oublie pas",
    "on oublie rien",
    "on n'oublie rien",
    "on vous aura prévenus",
    "dites pas qu'on vous a pas prévenus",
    "réfléchissez-y",
    "pensez-y",
]


def _exclusions_en() -> list[str]:
    """Every form of each verb of exclusion, its particle after a ``*``: "send * back", "sent * back", "sending …"."""
    out: list[str] = []
    for line in EXCLUSIONS_EN:
        head, _, rest = line.partition(" ")
        out += [f"{form} {rest}".strip() for form in _en_forms(head)]
    return out


def _exclusions_fr() -> list[str]:
    """Every vow form and command of each verb of exclusion (« renvoyer », « renvoyez », « qu'on renvoie »)."""
    out: list[str] = []
    for verb in EXCLUSIONS_FR:
        head, _, rest = verb.partition(" ")
        if head == "se":
            out += [verb, *(f"nous {f} {rest.split(' ', 1)[1]}" for f in ("débarrasserons", "débarrassons"))]
            out += [f"{f} {rest}" for f in ("débarrassez-vous", "débarrassons-nous")]
            continue
        forms = [head, *conjugation_fr.vow_forms(head), *_fr_commands(head)]
        out += [f"{form} {rest}".strip() for form in dict.fromkeys(forms)]
    return out


PRONOUN_HARMS_EN = """
hang/hanged/hanged kill massacre torture rape assault poison bomb nuke skin/skinned/skinned murder hurt/hurt/hurt
"""

WORDS: dict[str, dict[str, str]] = {
    "en": {
        # the writer (or "someone") as the agent; a word that holds its own intent ("i'll", "let's") needs none after
        "subjects": "i i'm im we we're me someone somebody someones someone's somebody's",
        "willing_subjects": "i'll i'd we'll we'd let's lets imma ima i'ma someone'll somebody'll",
        "intents": """will 'll gonna gon gunna finna going to should shall would 'd must gotta need needs have has got
            about might could wanna want wants""",
        "objects": "them em 'em him her one",
        "possessives": "their his her them",
        "get": "get gets getting",
        "links": """the a an some those these that this every all any first next few of them last fucking fuckin damn
            bloody filthy dirty more single one each""",
        "negations": """not never no nobody noone none nothing n't wouldn't won't don't can't cannot didn't isn't aren't
            wont dont cant didnt""",
        "reported": """said says saying wrote writes written tweeted tweets posted threatened threatens
            threatening shouted yelled screamed chanted claimed claims told heard sprayed painted
            scrawled quote quoted reported arrested jailed charged convicted sentenced police suspect message messages
            dm dms comment comments reply replies according tell tells telling threaten argued argues argue arguing
            called calling demanded demanding proposed proposing advocated advocating suggested suggesting
            tweet say write post""",
        "undone": """game games gaming match fifa fortnite boss level quiz chess darts football soccer rugby cricket
            league final tournament cup pitch court tennis golf poker cards bingo trivia karaoke scrabble monopoly uno
            cooking cook chef recipe kitchen food dinner lunch
            restaurant takeaway sushi curry""",
        "pasts": "",
    },
    "fr": {
        "subjects": "je j' moi on nous quelqu'un faut faudrait",
        "willing_subjects": "",
        "intents": """va vas vais allons allez vont veut veux voulons voudrait voudrais doit devrait devra faut faudrait
            ira irons""",
        "objects": "",
        # the object clitic before the verb (« je *l'*éclate », « je vais *leur* casser … », « j'*en* pousse un »)
        "clitics": "les le la l' leur lui en",
        "possessives": "la le les l' sa son ses leur leurs",
        "get": "",
        "links": """les des le la l' un une tous toutes tout ces ce cette cet premier première prochain prochaine du
            de d' quelques sales putains chaque aux au""",
        "negations": "ne n' pas jamais personne rien aucun aucune",
        # an auxiliary of the past before the verb: « je l'*ai* éclaté » is a deed told, folded as « eclate »
        "pasts": "ai as a avons avez ont avais avait avions aviez avaient eu",
        # (not « posté », « menacé »: folded they are « poste », the post office, and « menace », what hate calls the
        # group; not "posts", "threat": a noun as often — "X are a threat, I'll …")
        "reported": """dit dire disait disant disent écrit écrire écrivait écrivant menacer
            menaçant menacent menaçait tweeté crié hurlé signalé signale condamné condamnée arrêté interpellé plainte
            réclament réclamant réclamé prônent prônant prôné proposent proposant appellent appelant
            enquête police parquet procès jugé message messages selon affirmant prétendant""",
        "undone": """match jeu jeux fifa boss niveau partie finale foot rugby échecs belote pétanque console cuisine
            recette resto repas chef tournoi tableur excel ordi manger mange bouffe bouffer dîner déjeuner sushi""",
    },
}
WEAPON_EMOJI = "🔫 🔪 🗡 🪓 💣 🧨 ⚔"


def _en_forms(line: str) -> list[str]:
    lemma, *written = line.split("/")
    forms = inflection_en.verb_forms(lemma, written[:2])
    if len(written) > 2:
        forms[-1] = written[2]
    elif act_forms.closed_syllable(lemma):  # (session 22, T) "put": "putting", "get": "getting", "run": "running"
        forms[-1] = lemma + lemma[-1] + "ing"
    return forms


def _fr_forms(verb: str) -> list[str]:
    forms = conjugation_fr.verb_forms(verb, [])
    stem = verb[:-1] if verb.endswith("re") else verb
    return list(dict.fromkeys([verb, *forms, *(stem + e for e in ("ai", "ais", "ons", "ez", "ont"))]))


def _harms(language: str) -> list[str]:
    """Every form of risk.hate's verbs of violence (``training.act_forms``), phrases kept whole."""
    forms: list[str] = []
    if language == "en":
        for line in act_forms.VERBS_EN.strip().splitlines():
            # (lead, session 52) without G's "burn *it* down" forms: "it" stands for a group's place only beside
            # risk.hate's acts (only_with); the threat reading's phrases take no object pronoun inside ("beat it up")
            forms += act_forms._verb_forms_en(line, pronoun=False)
        # verbs risk.hate's open acts leave out as nouns too ("the torture *of* X") or as a game's slang ("kill the X at
        # poker"): read here only with a pronoun object right after them ("kill *them*"), a game undoing it
        for line in _items(PRONOUN_HARMS_EN):
            forms += _en_forms(line)
    else:
        for verb in act_forms._words(act_forms.VERBS_FR) + act_forms.PHRASES_FR:
            forms += act_forms._fr_forms(verb) + _fr_commands(verb)
    return sorted(set(forms))


def _fr_commands(verb: str) -> list[str]:
    """The plural commands, also the first and second persons plural of the present (« cramez-les », « butons-les »)."""
    head, _, rest = verb.partition(" ")
    if head == "faire":
        stems = ["faites", "faisons"]
    elif head.endswith("ir") and not head.endswith(("courir", "ouvrir", "mourir")):
        stems = [head[:-1] + "ssez", head[:-1] + "ssons"]
    elif head.endswith(("er", "re")):
        stem = head[:-2]
        stems = [stem + "ez", stem + ("eons" if stem.endswith("g") else "ons")]
    else:
        return []
    return [f"{form} {rest}".strip() for form in stems]


def words(language: str) -> dict[str, list[str]]:
    """The file's classes for ``language``."""
    out = {name: _items(text) for name, text in WORDS[language].items()}
    out["harms"] = _harms(language)
    out["weapons"] = _items(WEAPON_EMOJI)
    out["winks"] = _items(WINKS)
    if language == "en":
        out["body_verbs"] = sorted({f for line in _items(BODY_VERBS_EN) for f in _en_forms(line)})
        out["body_parts"] = _items(BODY_PARTS_EN)
        out["body_participles"] = _items(BODY_PARTICIPLES_EN)
        out["throws"] = sorted({f for line in _items(THROW_VERBS_EN) for f in _en_forms(line)})
        out["throw_particles"] = _items(THROW_PARTICLES_EN)
        out["falls"] = _items(FALLS_EN)
        out["fate_verbs"] = _items(FATE_VERBS_EN)
        out["sends"] = _items(SENDS_EN)
        out["destinations"] = _items(DESTINATIONS_EN)
        out["blows"] = _items(BLOWS_EN)
        out["blow_preps"] = _items(BLOW_PREPS_EN)
        out["blow_places"] = _items(BLOW_PLACES_EN) + out["body_parts"]
        out["death_verbs"] = _items(DEATH_VERBS_EN)
        out["death_times"] = _items(DEATH_TIMES_EN)
        out["members"] = _items(MEMBERS_EN)
        out["openers"] = _items(OPENERS_EN)
        out["knows"] = _items(KNOWS_EN)
        out["wheres"] = _items(WHERES_EN)
        out["dwellings"] = _items(DWELLINGS_EN)
        out["sympathy"] = _items(SYMPATHY_EN)
        out["places"] = _items(PLACES_EN)
        out["dares"] = _items(DARES_EN)
        out["dare_ends"] = DARE_ENDS_EN
        out["veiled"] = (
            VEILED_EN + _S43_STRONG_EN + _S44_STRONG_EN + _S44B_STRONG_EN + _S48_STRONG_EN + _S53_DEADLINES_EN
        )
        out["veiled_weak"] = VEILED_WEAK_EN + _S43_WEAK_EN + _S44_WEAK_EN + _S44B_WEAK_EN + _S48_WEAK_EN
        out["closers"] = CLOSERS_EN + _S43_CLOSERS_EN + _S44B_CLOSERS_EN + _S48_CLOSERS_EN
        out["promises"] = PROMISES_EN
        out["addressees"] = _items("you your yours you're youre you'll youll ur y'all yall")
        out["fillers"] = FILLERS_EN
        out["beware"] = _items(BEWARE_EN)
        out["from_times"] = FROM_TIMES_EN
        out["sent_notes"] = _items(NOTES_EN)
        out["sent_to"] = _items(NOTE_ADDRESSEES_EN)
        out["sent_marks"] = _items(NOTE_OWNERS_EN)
        out["visits"] = _items(VISITS_EN)
        out["visitors"] = _items(VISITORS_EN)
        out["warning_words"] = _items(WARNING_WORDS_EN)
        out["someones"] = _items(SOMEONES_EN)
        out["progressives"] = _items(PROGRESSIVES_EN)
        out["after_pointers"] = _items(AFTER_POINTERS_EN)
        # (session 39, T) a pronoun with its verb glued on points as well ("Trans folk think this is a game. *They'll*
        # learn soon enough.")
        out["pointers"] = _items(
            "you your yours you're youre ur they their them they're theyre em 'em"
            " they'll theyll you'll youll they'd you'd"
        )
        out["exclusions"] = _exclusions_en()
        out["commands"] = sorted({line.split(" ")[0].split("/")[0] for line in EXCLUSIONS_EN})
        out["mercies"] = _items(MERCIES_EN)
        out["excluded"] = EXCLUDED_EN
        out["modals"] = _items(MODALS_EN)
        out["wishes"] = WISHES_EN
        out["woulds"] = _items(WOULDS_EN)
        out["call_fillers"] = _items(CALL_FILLERS_EN)
        out["bes"] = _items(BES_EN)
        out["offences"] = _items(OFFENCES_EN)
        out["holders"] = HOLDERS_EN
        out["condemnations"] = CONDEMNATIONS_EN
        out["lessons"] = LESSONS_EN + _S43_LESSONS_EN + _S44_LESSONS_EN
        out["warnings"] = WARNINGS_EN + _S43_WARNINGS_EN
        out["dates"] = DATES_EN
        out["deadlines"] = DEADLINES_EN + _S43_DEADLINES_EN + _S44B_DEADLINES_EN
        out["knowings"] = KNOWINGS_EN
        out["goings"] = _items(GOINGS_EN)
        out["presences"] = PRESENCES_EN + _S43_PRESENCES_EN
        out["readies"] = READIES_EN + _S43_READIES_EN
        out["recalls"] = RECALLS_EN + _S43_RECALLS_EN
        out["mourned"] = _items(MOURNED_EN)
        out["recall_verbs"] = _items(_S43_RECALL_VERBS_EN)
        out["recall_months"] = _items(_S43_MONTHS_EN)
        out["recall_links"] = _items(_S43_RECALL_LINKS_EN)
        out["armed"] = _items(ARMED_EN) + _items(_S50_ARMED_EN)
        out["whens"] = _items(WHENS_EN) + _items(_S43_WHENS_EN)
        out["conditions"] = _items(CONDITIONS_EN) + _items(_S43_CONDITIONS_EN)
        out["narrated"] = _items(NARRATED_EN)
        out["times_gone"] = _items(_S50_TIMES_GONE_EN)
        out["seasons"] = _items(_S50_SEASONS_EN)
        out["purposes"] = _items(_S50_PURPOSES_EN)
        out["companions"] = _items(_S50_COMPANIONS_EN)
        out["owners"] = _items(_S50_OWNERS_EN)
        out["hazards"] = _items(_S50_HAZARDS_EN)
        out["armed_intents"] = _items(_S50_ARMED_INTENTS_EN) + _items(_S53_ARMED_INTENTS_EN)
        out["hospitality"] = _items(HOSPITALITY_EN) + _items(_S50_HOSPITALITY_EN)
        out["armed_conditions"] = _items(_S53_ARMED_CONDITIONS_EN)
        out["armed_aids"] = _items(_S53_ARMED_AIDS_EN)
        out["armed_topics"] = _items(_S53_ARMED_TOPICS_EN)
        out["selectors"] = _items(_S54_SELECTORS_EN)
        out["receives"] = _items(_S54_RECEIVES_EN)
        out["received"] = _items(_S54_RECEIVED_EN) + _S54_RECEIVED_PHRASES_EN
        out["dismissals"] = _items(_S54_DISMISSALS_EN)
        out["buildings"] = _items(_S54_BUILDINGS_EN)
        out["burnings"] = _items(_S54_BURNINGS_EN)
        out["eases"] = _items(_S54_EASES_EN)
    else:
        out["body_verbs"] = sorted({f for v in _items(BODY_VERBS_FR) for f in _fr_forms(v) + _fr_commands(v)})
        out["body_parts"] = _items(BODY_PARTS_FR)
        out["body_participles"] = []
        out["throws"] = sorted({f for v in _items(THROW_VERBS_FR) for f in _fr_forms(v)})
        out["throw_particles"] = _items(THROW_PARTICLES_FR)
        out["falls"] = _items(FALLS_FR)
        out["fate_verbs"] = _items(FATE_VERBS_FR)
        out["sends"] = _items(SENDS_FR)
        out["destinations"] = _items(DESTINATIONS_FR)
        out["blows"] = []
        out["blow_preps"] = []
        out["blow_places"] = []
        out["death_verbs"] = _items(DEATH_VERBS_FR)
        out["death_times"] = _items(DEATH_TIMES_FR)
        out["members"] = _items(MEMBERS_FR)
        out["openers"] = []
        out["knows"] = _items(KNOWS_FR)
        out["wheres"] = _items(WHERES_FR)
        out["dwellings"] = _items(DWELLINGS_FR)
        out["sympathy"] = _items(SYMPATHY_FR)
        out["places"] = _items(PLACES_FR)
        out["dares"] = _items(DARES_FR)
        out["dare_ends"] = DARE_ENDS_FR
        out["veiled"] = VEILED_FR + _S43_STRONG_FR + _S44_STRONG_FR + _S44B_STRONG_FR + _S48_STRONG_FR
        out["veiled_weak"] = VEILED_WEAK_FR + _S43_WEAK_FR + _S44_WEAK_FR + _S44B_WEAK_FR + _S48_WEAK_FR
        out["closers"] = CLOSERS_FR + _S43_CLOSERS_FR + _S44B_CLOSERS_FR + _S48_CLOSERS_FR
        out["promises"] = PROMISES_FR
        out["addressees"] = _items("vous votre vos")
        out["fillers"] = FILLERS_FR
        out["beware"] = _items(BEWARE_FR)
        out["from_times"] = FROM_TIMES_FR
        out["sent_notes"] = _items(NOTES_FR)
        out["sent_to"] = _items(NOTE_ADDRESSEES_FR)
        out["sent_marks"] = _items(NOTE_OWNERS_FR)
        out["visits"] = _items(VISITS_FR)
        out["visitors"] = _items(VISITORS_FR)
        out["warning_words"] = _items(WARNING_WORDS_FR)
        out["someones"] = _items(SOMEONES_FR)
        out["partitives"] = _items(PARTITIVES_FR)
        out["partitive_counts"] = _items(PARTITIVE_COUNTS_FR)
        out["pointers"] = _items("vous votre vos ils elles leur leurs eux les")
        out["exclusions"] = _exclusions_fr()
        out["commands"] = []
        out["mercies"] = _items(MERCIES_FR)
        out["excluded"] = EXCLUDED_FR
        out["modals"] = _items(MODALS_FR)
        out["wishes"] = WISHES_FR
        out["woulds"] = _items(WOULDS_FR)
        out["call_fillers"] = _items(CALL_FILLERS_FR)
        out["bes"] = _items(BES_FR)
        out["offences"] = _items(OFFENCES_FR)
        out["holders"] = HOLDERS_FR
        out["condemnations"] = CONDEMNATIONS_FR
        out["lessons"] = LESSONS_FR + _S43_LESSONS_FR + _S44_LESSONS_FR
        out["warnings"] = WARNINGS_FR + _S43_WARNINGS_FR
        out["dates"] = DATES_FR
        out["deadlines"] = DEADLINES_FR + _S43_DEADLINES_FR + _S44B_DEADLINES_FR
        out["knowings"] = KNOWINGS_FR + _S43_KNOWINGS_FR
        out["goings"] = _items(GOINGS_FR)
        out["presences"] = PRESENCES_FR + _S43_PRESENCES_FR
        out["readies"] = READIES_FR + _S43_READIES_FR
        out["recalls"] = RECALLS_FR + _S43_RECALLS_FR
        out["mourned"] = _items(MOURNED_FR)
        out["recall_verbs"] = _items(_S43_RECALL_VERBS_FR)
        out["recall_months"] = _items(_S43_MONTHS_FR)
        out["recall_links"] = _items(_S43_RECALL_LINKS_FR)
        out["armed"] = _items(ARMED_FR) + _items(_S50_ARMED_FR)
        out["whens"] = _items(WHENS_FR) + _items(_S43_WHENS_FR)
        out["conditions"] = _items(CONDITIONS_FR) + _items(_S43_CONDITIONS_FR)
        out["narrated"] = _items(NARRATED_FR)
        out["times_gone"] = _items(_S50_TIMES_GONE_FR)
        out["seasons"] = _items(_S50_SEASONS_FR)
        out["purposes"] = _items(_S50_PURPOSES_FR)
        out["companions"] = _items(_S50_COMPANIONS_FR)
        out["owners"] = _items(_S50_OWNERS_FR)
        out["hazards"] = _items(_S50_HAZARDS_FR)
        out["armed_intents"] = _items(_S50_ARMED_INTENTS_FR) + _items(_S53_ARMED_INTENTS_FR)
        out["hospitality"] = _items(HOSPITALITY_FR) + _items(_S50_HOSPITALITY_FR)
        out["armed_conditions"] = _items(_S53_ARMED_CONDITIONS_FR)
        out["armed_aids"] = _items(_S53_ARMED_AIDS_FR)
        out["armed_topics"] = _items(_S53_ARMED_TOPICS_FR)
        out["selectors"] = []
        out["receives"] = []
        out["received"] = []
        out["dismissals"] = []
        out["buildings"] = []
        out["burnings"] = []
        out["eases"] = []
    return {k: sorted(set(v), key=v.index) for k, v in out.items()}


def _flow(items: list[str]) -> str:
    quoted = [f'"{i}"' if any(c in i for c in "'\":#,[]{}") or i in ("no", "on", "yes", "off") else i for i in items]
    lines, line = [], "  ["
    for item in quoted:
        piece = item + ", "
        if len(line) + len(piece) > 118:
            lines.append(line.rstrip())
            line = "    "
        line += piece
    return "\n".join([*lines, line.rstrip(", ") + "]"])


def render(language: str) -> str:
    """The YAML file of ``language``."""
    head = [
        "credit: Written for Sevenfold by training/threat_reading_forms.py (session 20, T).",
        "notes: >-",
        "  Words of app/kinds/threat_reading.py: a threat against a group read as an agent who will act (the writer,",
        "  'someone', « on », « faut »), a harm (risk.hate's verbs of violence, harm to a body part, a fall, a weapon",
        "  emoji) and the group or a pronoun standing for it as the target; a veiled threat (session 21: 'veiled',",
        "  'veiled_weak', 'closers', 'fillers'): intimidation without a word of violence, the group in its sentence.",
        "  Regenerate with",
        f"  `python -m training.threat_reading_forms {language} >",
        f"  rules/risk/terms/{language}/hate-threat-reading.yml`.",
        f"language: {language}",
    ]
    body = [f"{name}:\n{_flow(items)}" if items else f"{name}: []" for name, items in words(language).items()]
    return "\n".join(head + body) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(sys.argv[1] if len(sys.argv) > 1 else "en"))

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
            dm dms comment comments reply replies according""",
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
            menaçant tweeté crié hurlé signalé signale condamné condamnée arrêté interpellé plainte
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
            forms += act_forms._verb_forms_en(line)
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
        "  emoji) and the group or a pronoun standing for it as the target. Regenerate with",
        f"  `python -m training.threat_reading_forms {language} >",
        f"  rules/risk/terms/{language}/hate-threat-reading.yml`.",
        f"language: {language}",
    ]
    body = [f"{name}:\n{_flow(items)}" if items else f"{name}: []" for name, items in words(language).items()]
    return "\n".join(head + body) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(sys.argv[1] if len(sys.argv) > 1 else "en"))

"""Write risk.hate's lists of open acts of harm (session 15): a verb of violence, a weapon or a fire-starter, and harm
about to be undergone, each generated from a hand-checked seed lexicon of bodily harm, arson, weapons and vehicles used
as weapons, with every inflection the grammar reads. What makes an act a threat is not in the list but in the words
around it (``app.kinds.proximity._act_pair``): the writer as its subject or holder, the group as its object or in its
sentence, no sport, hunt or party in that sentence — so the list holds words, not phrases someone foresaw.

``python -m training.act_forms en > rules/risk/terms/en/hate-acts.yml`` (and ``fr``) writes the files again.
"""

from __future__ import annotations

import sys

from app.text import conjugation_fr, inflection_en

# English verbs of violence, inflected by ``app.text.inflection_en``. A line is
# ``[prefix +] lemma[/past/participle[/-ing]] [particle …]``: the past and participle written when they are not the
# regular -ed (irregular, or a consonant doubled: "stab/stabbed/stabbed"), the -ing form when inflection_en cannot
# spell it ("set/set/set/setting"); a particle stays after the verb ("gun down": "gunned down"), a prefix before it
# ("curb + stomp": "curb stomped").
VERBS_EN = """
stomp
curbstomp
curb + stomp
kerb + stomp
stab/stabbed/stabbed
shank
knife
shoot/shot/shot
gun/gunned/gunned down
beat/beat/beaten
beat/beat/beaten up
bash
batter
pummel/pummelled/pummelled
lynch
string/strung/strung up
drag/dragged/dragged
choke
strangle
slit/slit/slit/slitting
slaughter
butcher
murder
run/ran/run/running over
plough through
plow through
plough into
plow into
drive/drove/driven into
mow/mowed/mown down
torch
burn down
set/set/set/setting fire to
firebomb
petrol + bomb
punch
kick
maul
hunt down
thrash
whip/whipped/whipped
flog/flogged/flogged
slash
behead
castrate
drown
stone
glass
bottle
jump
exterminate
eradicate
wipe/wiped/wiped out
execute
assassinate
decapitate
crucify
maim
mutilate
dismember
disembowel
flay
bludgeon
hack/hacked/hacked up
chop/chopped/chopped up
carve/carved/carved up
slice/sliced/sliced up
gas/gassed/gassed
starve
burn
burn/burned/burned alive
set/set/set/setting alight
set/set/set/setting ablaze
douse
blow/blew/blown up
shoot/shot/shot up
smash/smashed/smashed up
rough/roughed/roughed up
headbutt
stamp/stamped/stamped on
"""
# harm undergone: the participles a "get" takes ("any X who … is getting *stomped*"); "smashed" and "wrecked" left out
# (drunk), as are harms a report names as often ("attacked", "hurt", "killed"); (H, session 29) the blows by hand
# and throat of the harms list join ("any X who … is getting *strangled*"), never a death a report may lament
UNDERGONE_EN = """
stomped curbstomped curb stomped kerb stomped stabbed shanked knifed shot beaten beat up beaten up battered bashed
lynched strung up torched run over mowed down glassed bottled jumped pummelled pummeled thrashed whipped hanged
strangled throttled punched kneecapped headbutted
"""
WEAPONS_EN = """
machete machetes knife knives blade gun guns pistol pistols rifle rifles shotgun shotguns handgun glock ar15
baseball bat baseball bats bat bats crowbar crowbars axe hatchet tyre iron tire iron brass knuckles knuckle duster
bullets ammo cleaver sledgehammer
"""
# (H, session 28) a weapon as the first word of a compound that names a policy, a right, a trade or a statistic is no
# weapon in hand ("gun control", "gun laws", "gun owners", "knife crime"): written as the file's allow-list, in which no
# hit is read. Out of fold on en-offensive-train, five of six risk.hate errors near a weapon word were "gun control" /
# "gun laws" tweets that threaten no one ("focus on gun control laws and … get the money from Mexico").
WEAPON_COMPOUNDS_EN = {
    "gun guns": """control controls law laws legislation regulation regulations reform reforms rights right owner owners
ownership lobby lobbyists ban bans buyback buybacks debate debates policy policies violence safety culture crime crimes
death deaths homicides statistics stats show shows shop shops store stores range ranges club clubs permit permits
license licenses licence licences registry registration sales industry manufacturer manufacturers makers enthusiasts
advocates activists nuts nut""",
    "knife knives": "crime crimes attack attacks amnesty amnesties",
}
FIRE_EN = """
petrol gasoline gas can petrol can jerrycan jerry can lighter lighter fluid molotov molotovs molotov cocktail
"""
# French verbs of violence (infinitives; every tense the grammar reads, first persons with them)
VERBS_FR = """
défoncer cramer buter fumer planter tabasser lyncher massacrer égorger poignarder flinguer cogner frapper démonter
défigurer étrangler pendre brûler incendier écraser ratonner dérouiller latter savater trucider zigouiller
exterminer gazer noyer fracasser tataner fusiller abattre lapider écharper tuer
crever éclater dézinguer saigner descendre liquider crucifier décapiter éventrer étriper trouer mitrailler
rafaler plomber refroidir schlasser suriner étouffer bousiller anéantir éradiquer exécuter guillotiner
torturer mutiler écorcher carboniser immoler dynamiter bombarder violer agresser empoisonner
affamer enterrer calciner assassiner
"""
# verb phrases conjugated on their first verb
PHRASES_FR = ["tirer sur", "rouler sur", "foncer sur", "foutre le feu à", "mettre le feu à", "faire cramer"]
# (session 20, T) the same harm said with « faire », a blow on the face, a fire or shots into the group (« faire sauter
# la mosquée », « faire la peau aux X », « tirer dans les X »); « aux » and « à la » written out, as no link reads them
PHRASES_FR += [
    f"{verb} {prep}"
    for verb in (
        "faire la peau",
        "casser la gueule",
        "péter la gueule",
        "exploser la gueule",
        "régler son compte",
        "foutre le feu",
        "mettre le feu",
    )
    for prep in ("aux", "à la", "à l'")
]
PHRASES_FR += [
    "faire sauter",
    "faire exploser",
    "faire brûler",
    "faire flamber",
    "tirer dans",
    "foncer dans",
    "mettre le feu dans",
]
WEAPONS_FR = """
fusil fusils flingue flingues pistolet carabine batte battes batte de baseball barre de fer couteau couteaux machette
hache kalach kalachnikov calibre matraque poing américain
"""
FIRE_FR = """
briquet allumettes essence bidon d'essence jerrican jerricane molotov cocktail molotov
"""


def _verb_forms_en(line: str, pronoun: bool = True) -> list[str]:
    """A line of ``VERBS_EN`` as its forms: lemma, third person, past, participle, -ing (``inflection_en``); with
    ``pronoun``, a particle verb's forms with "it" before the particle too (risk.hate's acts, not the threat reading's
    phrases: ``training.threat_reading_forms``)."""
    prefix, _, rest = line.rpartition(" + ")
    head, *particle = rest.split()
    lemma, *written = head.split("/")
    forms = inflection_en.verb_forms(lemma, written[:2])
    if len(written) > 2:  # an -ing form inflection_en does not spell ("setting", "running")
        forms[-1] = written[2]
    elif closed_syllable(lemma):  # (session 22, T) "put": "putting", never "puting"
        forms[-1] = lemma + lemma[-1] + "ing"
    before = f"{prefix} " if prefix else ""
    after = "".join(f" {word}" for word in particle)
    out = [f"{before}{form}{after}" for form in forms]
    if pronoun and particle[:1] and particle[0] in _SPLIT_PARTICLES:
        # (G, session 52) the object pronoun of a place between the verb and its particle ("burn *it* down"): the act
        # aims at a group's place named before it ("The Polish shop on Main St, burn it down tonight")
        out += [f"{before}{form} it{after}" for form in forms]
    return out


_SPLIT_PARTICLES = frozenset({"down", "up", "out", "over"})  # particles an object pronoun may stand before


def closed_syllable(lemma: str) -> bool:
    """(session 22, T) One syllable closed by one consonant (not w, x, y) after one vowel: the consonant doubles before
    -ing ("rob": "robbing", "put": "putting", "run": "running"), which ``inflection_en`` spells only from a written
    past that doubles it ("tag/tagged")."""
    vowels = "aeiou"
    syllables = sum(1 for i, c in enumerate(lemma) if c in vowels and (i == 0 or lemma[i - 1] not in vowels))
    return (
        len(lemma) >= 3
        and syllables == 1
        and lemma[-1] not in vowels + "wxy"
        and lemma[-2] in vowels
        and lemma[-3] not in vowels
    )


def _words(text: str) -> list[str]:
    """Items of a lexicon block, split on spaces; a known compound (``_COMPOUNDS``) is read as one item."""
    out: list[str] = []
    for line in text.strip().splitlines():
        words = line.split()
        i = 0
        while i < len(words):
            pair = " ".join(words[i : i + 2])
            triple = " ".join(words[i : i + 3])
            if triple in _COMPOUNDS:
                out.append(triple)
                i += 3
            elif pair in _COMPOUNDS:
                out.append(pair)
                i += 2
            else:
                out.append(words[i])
                i += 1
    return out


_COMPOUNDS = frozenset(
    """curb stomped|kerb stomped|beat up|beaten up|strung up|run over|mowed down|baseball bat|baseball bats|tyre iron|
tire iron|brass knuckles|knuckle duster|gas can|petrol can|jerry can|lighter fluid|molotov cocktail|batte de baseball|
barre de fer|poing américain|bidon d'essence|cocktail molotov""".replace("\n", "").split("|")
)


# « faire » is irregular: its forms written out (the first persons of the future and conditional with them)
_FAIRE = """faire fais fait font faisons faites fasse fasses fassent fassions fera feras ferons ferez feront ferai
ferais ferait ferions feriez feraient faisait faisaient""".split()  # noqa: SIM905


# (F, session 45) forms that are more often another word: « pendant » is the preposition "during" far more than the
# present participle of « pendre » (« je fais les nuits *pendant* le ramadan », « Je suis musulmane … pendant l'Aïd »)
_HOMONYMS_FR = frozenset({"pendant"})


def _fr_forms(infinitive: str) -> list[str]:
    """A French verb's forms, with the first persons of the future and conditional (« défoncerai », « buterais »)."""
    head, _, rest = infinitive.partition(" ")
    if head == "faire":
        return [f"{form} {rest}".strip() for form in _FAIRE]
    stem = head[:-1] if head.endswith("re") else head
    forms = conjugation_fr.verb_forms(head, [])
    forms += [stem + ending for ending in ("ai", "ais", "ons", "ez", "ont")]
    forms += [head]
    seen = dict.fromkeys(f"{f} {rest}".strip() for f in forms if f not in _HOMONYMS_FR)
    return list(seen)


def entries(language: str) -> list[dict[str, object]]:
    """Every entry of the language's file: one per verb (its forms), one per weapon class, one for harm undergone."""
    out: list[dict[str, object]] = []
    if language == "en":
        for forms in map(_verb_forms_en, VERBS_EN.strip().splitlines()):
            out.append({"term": forms[0], "forms": sorted(set(forms[1:]) - {forms[0]}), "act": "writer"})
        undergone = [f"{aux} {p}" for p in _words(UNDERGONE_EN) for aux in ("get", "gets", "getting")]
        out.append({"term": undergone[0], "forms": undergone[1:], "act": "undergone"})
        weapons, fire = _words(WEAPONS_EN), _words(FIRE_EN)
    else:
        for verb in _words(VERBS_FR) + PHRASES_FR:
            forms = _fr_forms(verb)
            out.append({"term": verb, "forms": [f for f in forms if f != verb], "act": "writer"})
        verbs = [*_words(VERBS_FR), "prendre une raclée", "prendre une balle"]
        undergone = [f"{aux} {v}" for v in verbs for aux in ("va se faire", "vont se faire", "se fera", "se feront")]
        out.append({"term": undergone[0], "forms": undergone[1:], "act": "undergone"})
        weapons, fire = _words(WEAPONS_FR), _words(FIRE_FR)
    out.append({"term": weapons[0], "forms": weapons[1:], "act": "weapon"})
    out.append({"term": fire[0], "forms": fire[1:], "act": "fire"})
    return out


HEADER = {
    "en": "Open acts of harm (session 15): verbs of violence, harm undergone after 'get', weapons and fire-starters",
    "fr": "Actes de violence ouverts (session 15) : verbes de violence, « va se faire … », armes, de quoi incendier",
}


def allow(language: str) -> list[str]:
    """The file's allow-list: weapon compounds that name no weapon in hand (English; none in French)."""
    if language != "en":
        return []
    return [f"{w} {n}" for heads, nouns in WEAPON_COMPOUNDS_EN.items() for w in heads.split() for n in _words(nouns)]


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(f'"{i}"' if ("'" in i or ":" in i) else i for i in items) + "]"


def render(language: str) -> str:
    lines = [
        "credit: Written for Sevenfold by training/act_forms.py (a hand-checked seed lexicon of bodily harm, arson,",
        "  weapons and vehicles used as weapons, with their inflections).",
        f"notes: >-\n  {HEADER[language]}.",
        "  What makes an act a threat is read around it (app/kinds/proximity.py _act_pair): the writer as its subject",
        "  or holder, the group as its object or in its sentence, no sport, hunt or party in that sentence.",
        f"  Regenerate with `python -m training.act_forms {language} >",
        f"  rules/risk/terms/{language}/hate-acts.yml`.",
        f"language: {language}",
        "sureness: 2",
        "fuzzy: false",
    ]
    allowed = allow(language)
    if allowed:
        lines.append(f"allow: {_flow(allowed)}")
    lines.append("terms:")
    for entry in entries(language):
        forms = entry["forms"]
        assert isinstance(forms, list)
        term = str(entry["term"])
        quoted = f'"{term}"' if "'" in term else term
        lines.append(f"  - {{term: {quoted}, forms: {_flow(forms)}, target: any, act: {entry['act']}}}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render(sys.argv[1] if len(sys.argv) > 1 else "en"))

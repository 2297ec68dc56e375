"""Write risk.hate's English list of harm foretold and harm wished: each form is an auxiliary of the future or a
wish's tense joined to a fate, so the list holds every combination rather than the few someone thought of.

``python -m training.threat_forms > rules/risk/terms/en/hate-threats.yml`` writes the file again.

Three classes of veiled threat that name no act of the speaker's own (round 8):

- *retribution foretold*, the group before: "X will get what's coming", "X are going to learn their lesson",
  "X won't know what hit them" — an auxiliary of the future (will, are going to, are gonna, shall, …) and an idiom
  of payback. Left out on purpose: fates that a warning or a news report foretells too ("refugees will suffer under
  this policy", "women will die if …", "will be punished", "will be wiped out"), and care ("be taken care of");
- *a fate wished*, the group before, a wish in reach (the words file's ``wishes``: hope, wish, pray, "it would be
  *nice* if", "I'd *love* it if"): "I hope X burn", "it would be best if X were wiped off the map", "I pray X get
  what's coming" — a bare or past fate (die, drown, rot, disappeared, were gone, got deported);
- *the mock regret*, the group after: "It would be a shame if something happened to X".

Written for the file once, not at run time: the rules stay data, the engine loads a plain list.
"""

from __future__ import annotations

import sys


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


# the future said of the group: "X *will* …", "X *are going to* …"
FUTURES = _lines(
    """
will
will all
will soon
will finally
will eventually
will one day
will surely
will all soon
shall
are going to
are all going to
are soon going to
are finally going to
are gonna
are all gonna
are gonna finally
is going to
is gonna
"""
)
# the same future denied: "X *won't* …"
DENIED_FUTURES = _lines(
    """
won't
will not
wont
aren't going to
are not going to
ain't gonna
"""
)
# payback: what an enemy has coming, not a harm anyone might warn of
RETRIBUTION = _lines(
    """
get what's coming
get what's coming to them
get what is coming to them
get what they deserve
get what they have coming
get what they've got coming
get theirs
get their comeuppance
get their just deserts
pay for this
pay for it
pay for that
pay dearly
pay with their lives
pay in blood
learn their lesson
learn a hard lesson
learn the hard way
be taught a lesson
regret it
regret the day
rue the day
be sorry
be first against the wall
be the first against the wall
be up against the wall
be lined up against the wall
be in for a rude awakening
be in for a nasty surprise
be in for it
be strung up
get the rope
get the bullet
swing
feel our wrath
"""
)
# retribution already on its way, in the present: "X *are in for* a rude awakening"
PRESENT = [
    f"{a} {r}"
    for a in ("are", "are all", "is")
    for r in _lines(
        """
in for a rude awakening
in for a nasty surprise
in for a shock
in for it
in for a world of hurt
in for a world of pain
living on borrowed time
"""
    )
]
# payback said in the present, no auxiliary: "X *get what's coming to them*", "They'll …" (the words file's pronouns);
# not "get what they deserve" without a future, praise as often ("women finally get what they deserve: equal pay")
BARE_RETRIBUTION = _lines(
    """
get what's coming
get what's coming to them
get what is coming to them
get what they have coming
get what they've got coming
get theirs
get their comeuppance
get their just deserts
'll get what's coming
'll get what's coming to them
'll get theirs
'll pay for this
'll pay for it
'll pay dearly
'll learn their lesson
'll regret it
'll be sorry
'll be dealt with
"""
)
# payback foretold through what the group will not see, know or enjoy
DENIED_RETRIBUTION = _lines(
    """
know what hit them
see it coming
be laughing for long
be laughing much longer
be laughing when
be smiling for long
be smiling much longer
be around much longer
be so smug
"""
)
# a fate wished on the group, in its bare form ("I hope X *die*") or past ("it would be nice if X *disappeared*")
WISHED = _lines(
    """
die
all die
just die
all burn
all drown
all starve
burn alive
burn to death
die out
burn
drown
rot
suffer
perish
starve
choke
vanish
disappear
go extinct
get what's coming
get what they deserve
get theirs
get killed
get shot
get deported
get wiped out
get gassed
get lynched
get hanged
get raped
get beaten
get beaten up
get run over
get hit by a bus
get cancer
catch a bullet
get the rope
get sent back
get kicked out
get locked up
get exterminated
get slaughtered
be wiped out
be wiped off the map
be exterminated
be deported
be gassed
be killed
be gone
died
all died
just died
died out
burned
burnt
drowned
rotted
suffered
perished
starved
vanished
disappeared
all disappeared
just disappeared
went extinct
were gone
were all gone
were dead
were all dead
were wiped out
were wiped off the map
were exterminated
were deported
were all deported
were gassed
were killed
were shot
were sent back
got what's coming
got what they deserve
got killed
got shot
got deported
got wiped out
got gassed
got lynched
got raped
got cancer
dropped dead
"""
)
# "It would be a shame if something happened to X": the mock regret of the extortionist
MOCK_REGRET = _lines(
    """
a shame if something happened to
a shame if something were to happen to
a shame if something bad happened to
a shame if anything happened to
a shame if anything were to happen to
a pity if something happened to
a pity if something were to happen to
a pity if anything happened to
shame if something happened to
shame if something were to happen to
shame if anything happened to
pity if something happened to
"""
)
# the vague call, said of someone unnamed: "someone *needs to deal with* X" (not "take care of" or "handle": care and
# policy say them too, "someone should take care of the refugee kids")
SOMEONE = ["someone", "somebody", "anyone", "anybody"]
VAGUE_MODALS = [
    "needs to",
    "should",
    "ought to",
    "has to",
    "must",
    "had better",
    "better",
    "has got to",
    "gotta",
    "is going to have to",
    "needs to finally",
    "should finally",
]
# ("do something about" is hate-predicates.yml's call already: "somebody should *do something about* X")
VAGUE_ACTS = [
    "deal with",
    "sort out",
    "put a stop to",
    "get rid of",
    "take out",
    "clean up",
    "finally deal with",
    "deal with all",
    "deal with all these",
    "deal with all those",
    "sort out all",
]
# doom named, the group before: "X's days are numbered", "their time is coming"
DOOM = _lines(
    """
days are numbered
days are counted
time is coming
time will come
time is up
turn is coming
turn will come
day is coming
day will come
reckoning is coming
day of reckoning is coming
day of reckoning will come
"""
)
# doom named, the group after: "the day of reckoning is coming for X", "it's open season on X"
DOOM_FOR = _lines(
    """
days are numbered for
day of reckoning is coming for
day of reckoning for
reckoning is coming for
judgement day is coming for
judgment day is coming for
day of the rope is coming for
day of the rope for
the rope for
open season on
hunting season on
"""
)
# a place of worship or of a community burned, wished, the place before or after ("it would be a shame if their
# mosque burned down", "it would be nice if someone torched that synagogue")
PLACE_FATES = _lines(
    """
burned down
burnt down
burns down
torched
firebombed
bombed
set fire to
set on fire
caught fire
catches fire
goes up in flames
gets torched
gets bombed
blows up
went up in flames
got torched
got burned down
got bombed
was burned down
was torched
was bombed
blew up
burn down
catch fire
go up in flames
get torched
get bombed
"""
)

# round 9: harm done to the group's bodies, the group after, said as a call or a vow (the words file's
# ``vowed_calls``, the calls without a bare "someone", whose past reports: "someone put a bullet in a Muslim man last
# night"): "I'll *put a bullet in* every X", "someone should *slit the throats of* these X", "we're going to *burn out*
# every X family"
# a weapon driven in: "put a bullet in X", "pump lead into X"
WEAPON_VERBS = ["put", "stick", "shove", "plant", "pump", "drive", "sink"]
WEAPONS = ["a bullet", "bullets", "a round", "lead", "a knife", "a blade", "a bat", "a brick", "a boot"]
WEAPON_INTO = [
    "in",
    "into",
    "through",
    "in the head of",
    "through the head of",
    "in the back of",
    "between the eyes of",
]
# a part of the body broken: "smash the faces of X", "break the necks of X"
BREAK_VERBS = [
    "smash",
    "bash",
    "cave in",
    "kick in",
    "break",
    "snap",
    "crack",
    "slit",
    "cut",
    "slash",
    "stomp on",
    "rip out",
    "knock out",
    "punch in",
    "crush",
    "stamp on",
]
BODY_PARTS = [
    "face",
    "faces",
    "head",
    "heads",
    "skull",
    "skulls",
    "teeth",
    "neck",
    "necks",
    "throat",
    "throats",
    "legs",
    "kneecaps",
    "ribs",
    "spine",
    "spines",
    "jaw",
    "jaws",
    "windpipe",
    "windpipes",
]
# a beating named by what it knocks out: "beat the shit out of X"
BEAT_VERBS = ["beat", "kick", "knock", "punch", "slap", "stomp", "pound", "thrash"]
BEAT_OUT = ["shit", "crap", "hell", "living daylights", "piss", "life", "snot", "stuffing"]
# driven from their homes: "burn out every X family", "smoke out the X"
DRIVE_OUT = [
    "burn out",
    "smoke out",
    "drive out",
    "force out",
    "hound out",
    "run out",
    "chase out",
    "burn out all",
    "drive out all",
    "smoke out all",
    "force out all",
]
# the camps and ovens of a genocide, the group before, a modal in reach: "X should be sent to the ovens"
SENT = [
    "sent to",
    "put in",
    "put into",
    "thrown in",
    "thrown into",
    "shoved in",
    "shoved into",
    "herded into",
    "loaded into",
    "marched to",
    "marched into",
    "shipped to",
    "packed into",
    "locked in",
]
GENOCIDE_PLACES = [
    "the ovens",
    "ovens",
    "an oven",
    "the gas chambers",
    "gas chambers",
    "a gas chamber",
    "the gas",
    "the camps",
    "concentration camps",
    "a concentration camp",
    "death camps",
    "a death camp",
    "extermination camps",
    "the cattle cars",
    "cattle cars",
    "cattle trucks",
    "the showers",
    "the chambers",
    "the furnace",
    "the furnaces",
]


# round 10: one member of the group put in a condition ("If a Muslim moves in next door …", "Any Mexican who …"), then
# threatened through a singular pronoun (the words file's member_pronouns): the fate said of that member, the pronoun
# before ("… *she*'ll be sorry", "… he's *getting shot*"), after no auxiliary (a contracted "she'll", "he's") or one
MEMBER_AUXILIARIES = ["", "will", "is going to", "is gonna", "would", "will soon"]
MEMBER_FATES = [
    "be sorry",
    "regret it",
    "regret the day",
    "pay for it",
    "pay dearly",
    "be in for it",
    "in for it",
    "in for a beating",
    "in for a world of hurt",
    "get hurt",
    "get shot",
    "get a bullet",
    "get stabbed",
    "get beaten",
    "get his head kicked in",
    "get her head kicked in",
    "getting shot",
    "getting a bullet",
    "getting stabbed",
    "getting hurt",
    "getting beaten",
    "getting his head kicked in",
    "leave in an ambulance",
    "leave in a body bag",
    "be leaving in an ambulance",
    "be leaving in a body bag",
    "go home in a body bag",
    "end up in hospital",
    "end up in the hospital",
    "end up dead",
    "end up in a ditch",
    "be found in a ditch",
    "be dead",
    "a dead man",
    "a dead woman",
    "dead meat",
    "be taught a lesson",
    "learn a lesson",
    "get what's coming",
    "get what's coming to him",
    "get what's coming to her",
]
# the same member's fate through a negation of its own ("… make sure *he never walks again*")
MEMBER_DENIED_FATES = [
    "never walks again",
    "never walk again",
    "won't walk again",
    "will never walk again",
    "won't ever walk again",
    "won't be walking again",
    "won't know what hit him",
    "won't know what hit her",
    "never sees daylight again",
    "won't see daylight again",
]
# where a vow puts the group or the member: "I'll put him *in the ground*" (the placers word in reach); a hospital or a
# wheelchair only of one member threatened ("we put the refugees in the hospital" helps them)
GRAVES = [
    "in the ground",
    "six feet under",
    "in a body bag",
    "in body bags",
    "in an early grave",
    "in the grave",
    "in a grave",
    "in a coffin",
    "in the morgue",
    "in a ditch",
]
WARDS = ["in the hospital", "in hospital", "in a wheelchair", "in intensive care", "in the icu", "in traction"]


# (session 13) violence done to one member, said as the member's fate after "get" or "be" ("… *gets lynched*", "… will
# be dragged out and beaten"): deeds someone does on purpose only, never a fate an accident or a warning foretells
# ("killed", "hurt", "run over", "shot" after "be": "if a refugee crosses in that dinghy he'll be killed")
MEMBER_VIOLENCE = [
    "lynched",
    "strung up",
    "beaten up",
    "beaten to a pulp",
    "battered",
    "bashed",
    "glassed",
    "knifed",
    "jumped",
    "curb stomped",
    "kerb stomped",
    "dragged out",
    "burned out",
    "burnt out",
    "tarred and feathered",
    "run out of town",
    "kicked to death",
    "stabbed",
    "shoved into the road",
    "thrown off a roof",
    "put in the ground",
]
# what the member "gets" or "is leaving with": a blow, a weapon, a wound
MEMBER_BLOWS = [
    "a beating",
    "a kicking",
    "a hiding",
    "a bullet",
    "a bullet in the head",
    "a knife in the gut",
    "a brick through the window",
    "a broken nose",
    "a broken jaw",
    "a broken neck",
    "a broken arm",
    "a broken leg",
    "a cracked skull",
    "a fractured skull",
    "a slit throat",
    "a smashed face",
]
# the fate's first verb in the present, said of the member as the subject ("… *gets* a bullet", "… *is* leaving …");
# the present only of violence ("he *is* sorry", "he *gets* hurt" tell no threat)
_PRESENT = {"be": "is", "get": "gets", "go": "goes", "leave": "leaves"}


# (session 14) a blow said as an open phrase after a verb of receiving or deserving (the rule's ``blow`` option reads
# the weapon, the preposition and the part struck from the words file's classes: "gets a *bat to the head*", "deserves
# a *bullet between the eyes*"); one member as the subject after its own clause, the present too ("Next X who … gets
# …"), or a group or member named, in the future or deserving, never the bare present of a plural ("refugees get a
# kick in the teeth from this budget" pities them)
MEMBER_RECEIVERS = [
    "gets",
    "will get",
    "'ll get",
    "is getting",
    "'s getting",
    "is going to get",
    "is gonna get",
    "deserves",
    "needs",
    "earns",
    "will eat",
    "is gonna eat",
    "is going to eat",
    "eats",
    "is eating",
    "will be getting",
    "will be eating",
]
GROUP_RECEIVERS = [
    "will get",
    "'ll get",
    "will all get",
    "are getting",
    "are going to get",
    "are gonna get",
    "are all gonna get",
    "is going to get",
    "is gonna get",
    "should get",
    "should all get",
    "need to get",
    "needs to get",
    "deserve",
    "deserves",
    "all deserve",
    "deserve to get",
    "deserves to get",
    "need",
    "needs",
    "all need",
    "earn",
    "will eat",
    "are gonna eat",
    "are going to eat",
    "should eat",
]


# (session 14) a place of the group sealed or burned with its people in it, a call or a vow in reach (the rule's
# ``occupied`` option asks for a fire later in the sentence or its people inside: "lock the doors of that mosque and
# light it up", "board up the X hostel while they sleep", "burn the X shelter down with everyone in it"); groups.yml's
# places pair with it (only_with); never alone ("lock the doors of the mosque after prayers")
SEALS = ["lock", "chain", "bar", "block", "nail shut", "weld shut", "padlock", "barricade", "seal"]
SEALED = [
    "the doors of",
    "the doors at",
    "the doors to",
    "the door of",
    "the exits of",
    "the exits at",
    "the fire exits of",
    "the fire exits at",
    "the windows of",
    "all the doors of",
    "all the exits of",
]
SEAL_ALONE = ["board up", "barricade", "brick up", "seal up", "wall up", "seal off", "block off", "chain up"]
BURNS = ["torch", "burn", "burn down", "set fire to", "set alight", "set on fire", "firebomb", "petrol bomb", "blow up"]


def sealed_places() -> list[str]:
    """The calls that seal or burn a place: "lock the doors of", "board up", "torch"."""
    return [f"{v} {o}" for v in SEALS for o in SEALED] + SEAL_ALONE + BURNS


# (session 14) euphemisms of killing and purging, said of the group (the rule's options read what follows): a place
# emptied of the group ("rid the country of X", ``through``), a mercy ("put the X out of their misery") or a care made
# final ("X need to be taken care of, permanently", ``needs_after``)
PURGES = ["rid", "cleanse", "clean", "clear", "purge", "empty", "free", "scrub", "sweep", "flush"]
PURGING = ["ridding", "cleansing", "cleaning", "clearing", "purging", "emptying", "freeing", "scrubbing", "sweeping"]
MERCIES = ["put", "putting"]
CARES = ["be taken care of", "be dealt with", "be sorted out", "be handled", "be disposed of", "be got rid of"]
CARED = ["take care of", "deal with", "sort out", "handle", "taking care of", "dealing with"]


# (session 14) veiled threats said as advice, as safety denied, as knowledge of where the group lives, or as a warning
# addressed to the group: "X had better start watching their backs", "X aren't going to feel so safe", "we know where
# the X live", "X, you've been warned"; left out: advice a carer gives ("women should lock their cars", "ladies, watch
# your backs on the night bus"), safety a complaint denies ("women won't feel safe until …": only "so safe"). (session
# 35, K) They name no violence: their entries carry risk.hate's "menace" message (key: menace), as threat_reading's
# veiled threats do
WARNED_MODALS = ["better", "had better", "'d better", "best", "should", "should all", "had better all", "might want to"]
WARNED_ACTS = [
    "start watching their backs",
    "start watching their step",
    "start looking over their shoulders",
    "be looking over their shoulders",
    "look over their shoulders",
    "think twice before leaving the house",
    "think twice before going out",
    "think twice before walking home",
    "think twice before stepping outside",
    "sleep with one eye open",
    "start sleeping with one eye open",
]
SO_SAFE = ["feel so safe", "be so safe", "feel so comfortable", "sleep so soundly", "sleep so easy", "feel so brave"]
KNOWN_HOMES = ["we know where", "i know where", "we know exactly where", "we all know where", "we know which house"]
KNOWN_HOMES += ["we know which houses", "we know which street", "we know which flat", "we know which mosque"]
ADDRESSES = [
    "we've got the addresses of",
    "we have the addresses of",
    "we know the addresses of",
    "we've got addresses",
]
ADDRESSES += ["we have addresses for", "we've got the names and addresses of", "we have the names and addresses of"]
WARNED = ["you've been warned", "you have been warned", "consider yourselves warned", "this is your last warning"]
WARNED += ["this is your final warning", "enjoy it while it lasts", "enjoy it while you can", "enjoy your last"]
WARNED += ["you won't be warned again", "last warning", "final warning"]
WARNED_TO = ["last warning to", "final warning to", "this is a warning to", "consider this a warning to"]


def member_fates() -> list[str]:
    """The fate said of one member threatened, the pronoun before: "he's *getting shot*", "she *will be sorry*"."""
    return [f"{a} {f}".strip() for a in MEMBER_AUXILIARIES for f in MEMBER_FATES]


def member_violence() -> list[str]:
    """(session 13) Violence done to one member, said of the member itself as the subject after its own clause, in the
    future, the present and the progressive ("Next X who … *gets a bullet*", "… *is going home in an ambulance*", "…
    *will be dragged out and beaten*"), or of its pronoun ("… he'll get lynched")."""
    violence = [f"get {v}" for v in MEMBER_VIOLENCE] + [f"be {v}" for v in MEMBER_VIOLENCE]
    violence += [f"get {b}" for b in MEMBER_BLOWS] + [f"leave with {b}" for b in MEMBER_BLOWS if "broken" in b]
    violence += ["go home in an ambulance", "go home in a body bag"]
    future = [f"{a} {f}".strip() for a in MEMBER_AUXILIARIES for f in violence]
    present = [f"{_PRESENT[f.split(' ', 1)[0]]} {f.split(' ', 1)[1]}" for f in violence]
    ing = {"get": "getting", "go": "going"}
    going = [f"is {ing[verb]} {rest}" for verb, rest in (f.split(" ", 1) for f in violence) if verb in ing]
    leaving = [f"is leaving {f.split(' ', 1)[1]}" for f in violence if f.startswith("leave ")]
    return list(dict.fromkeys(future + present + going + leaving))


def bodily_harm() -> list[str]:
    """Harm done to the group's bodies and homes, the group after: the weapon driven in, the part broken, the beating,
    the family burned out."""
    weapons = [f"{v} {w} {i}" for v in WEAPON_VERBS for w in WEAPONS for i in WEAPON_INTO]
    broken = [f"{v} the {p} of" for v in BREAK_VERBS for p in BODY_PARTS]
    beaten = [f"{v} the {o} out of" for v in BEAT_VERBS for o in BEAT_OUT]
    return weapons + broken + beaten + DRIVE_OUT


def genocide_sent() -> list[str]:
    """The group sent to the camps and ovens of a genocide, the group before: "X should be *sent to the ovens*"."""
    # only after "be" or "belong": a past participle alone tells of the victims ("the Jews who were sent to the camps")
    return [f"be {s} {p}" for s in SENT for p in GENOCIDE_PLACES] + [f"belong in {p}" for p in GENOCIDE_PLACES]


def _head_rest(forms: list[str]) -> tuple[str, list[str]]:
    return forms[0], forms[1:]


def _flow(forms: list[str], indent: str = "      ") -> str:
    """The forms as a YAML flow list, wrapped under 120 columns."""
    lines: list[str] = []
    line = ""
    for i, form in enumerate(forms):
        # a plain YAML scalar cannot open with a quote, nor hold a comma in a flow list
        written = f'"{form}"' if form.startswith("'") or ("," in form and not form.startswith('"')) else form
        piece = written + (", " if i < len(forms) - 1 else "")
        if len(indent) + len(line) + len(piece.rstrip()) > 118:
            lines.append(line.rstrip())
            line = ""
        line += piece
    lines.append(line.rstrip())
    return "[" + ("\n" + indent).join(lines) + "]"


HEADER = """\
credit: Written for Sevenfold by training/threat_forms.py (auxiliaries of the future and of a wish joined to fates).
notes: >-
  Veiled threats of risk.hate (round 8): retribution foretold of the group ("X will get what's coming", "X won't know
  what hit them"), a fate wished on it with a wish in reach ("I hope X burn", "it would be best if X were wiped off
  the map"), the mock regret ("it would be a shame if something happened to X") and a place of the group wished
  burned; round 9: harm done to the group's bodies and homes, a call or a vow in reach ("I'll put a bullet in every X",
  "someone should slit the throats of X", "burn out every X family") and the camps and ovens of a genocide ("X should be
  sent to the ovens"); round 10: one member of the group put in a condition and threatened through a singular pronoun
  ("If a Muslim moves in next door, he'll be sorry", "… I'll make her regret it", "… I'll break his legs", "… I'll put
  him in the ground"). Every form is a combination the script writes; fates a warning or a news report foretells too
  ("will suffer", "will die", "will be punished") are left out of the foretold ones. Regenerate with
  `python -m training.threat_forms > rules/risk/terms/en/hate-threats.yml`.
language: en
sureness: 2
terms:
"""


def main() -> None:
    foretold = [f"{a} {r}" for a in FUTURES for r in RETRIBUTION]
    denied = [f"{a} {r}" for a in DENIED_FUTURES for r in DENIED_RETRIBUTION]
    entries = [
        (
            '# retribution foretold, the group before: "X will get what\'s coming"',
            foretold[0],
            foretold[1:],
            "target: before",
        ),
        (
            "# retribution foretold through what the group won't see: \"X won't know what hit them\"",
            denied[0],
            denied[1:],
            "target: before, negated: true",
        ),
        (
            '# retribution in the present or after a contracted future: "X get what\'s coming", "They\'ll pay"',
            BARE_RETRIBUTION[0],
            BARE_RETRIBUTION[1:],
            "target: before",
        ),
        (
            '# retribution already on its way: "X are in for a rude awakening"',
            PRESENT[0],
            PRESENT[1:],
            "target: before",
        ),
        (
            '# a fate wished, a wish in reach: "I hope X burn", "it would be nice if X disappeared"',
            WISHED[0],
            WISHED[1:],
            "target: before, requires: wishes",
        ),
        (
            '# the wish before the group, its fate right after it (words file: wished_fates): "I hope all X burn"',
            "hope",
            ["hoping", "hoped", "wish", "pray", "praying", "prayed"],
            "target: after, closed_by: wished_fates",
        ),
        (
            '# the vague call of someone unnamed: "Someone needs to deal with X"',
            *_head_rest([f"{w} {m} {a}" for w in SOMEONE for m in VAGUE_MODALS for a in VAGUE_ACTS]),
            "target: after, sureness: 1",
        ),
        ('# doom named, the group before: "X\'s days are numbered"', DOOM[0], DOOM[1:], "target: before"),
        (
            '# doom named, the group after: "The day of reckoning is coming for X"',
            DOOM_FOR[0],
            DOOM_FOR[1:],
            "target: after",
        ),
        (
            "# doom named of the group's days (the words file's assigned nouns): \"The days of X are numbered\"",
            "are numbered",
            ["are counted"],
            "target: before, of_group: assigned",
        ),
        (
            '# the mock regret, the group after: "It would be a shame if something happened to X"',
            MOCK_REGRET[0],
            MOCK_REGRET[1:],
            "target: after",
        ),
        (
            "# harm done to the group's bodies and homes, a call or a vow: \"I'll put a bullet in every X\"",
            *_head_rest(bodily_harm()),
            "target: after, requires: vowed_calls, undone_by: contests",
        ),
        (
            '# (round 10) one member of the group in a condition, its fate after a pronoun standing for it: "If a'
            " Muslim moves in next door, he'll be sorry\"",
            *_head_rest(member_fates()),
            "target: before, members: true",
        ),
        (
            "# (session 13) violence done to one member, also said of the member as the subject after its own clause:"
            ' "Next X who … gets a bullet", "… is going home in an ambulance"',
            *_head_rest(member_violence()),
            "target: before, members: true, fate: true",
        ),
        (
            '# (round 10) the same, through a negation of its own: "… I\'ll make sure he never walks again"',
            *_head_rest(MEMBER_DENIED_FATES),
            "target: before, members: true, negated: true",
        ),
        (
            "# (session 14) a blow after one member's verb of receiving, weapon, preposition and part read from the"
            ' words file (blow): "Next X who … gets a bat to the head"',
            *_head_rest(MEMBER_RECEIVERS),
            "target: before, members: true, fate: true, blow: true",
        ),
        (
            '# (session 14) the same said of a group or a member named, deserved or foretold: "X deserve a bullet'
            ' between the eyes", "X hanging round here are gonna eat a shovel to the face"',
            *_head_rest(GROUP_RECEIVERS),
            "target: before, blow: true, free: 5",
        ),
        (
            "# (session 14) a place of the group sealed or burned with its people in it, a call or a vow in reach"
            ' (occupied): "lock the doors of that mosque and light it up", "burn the X shelter down with everyone'
            ' in it"',
            "lock the doors of",
            [f for f in sealed_places() if f != "lock the doors of"],
            "target: after, requires: vowed_calls, occupied: true",
        ),
        (
            '# (session 14) a place purged of the group, a call or a vow in reach (through): "rid the country of X"',
            *_head_rest(PURGES + PURGING),
            "target: after, requires: vowed_calls, through: genitives",
        ),
        (
            '# (session 14) a mercy that kills, a call in reach (needs_after): "put the X out of their misery"',
            *_head_rest(MERCIES),
            "target: after, requires: vowed_calls, needs_after: mercies",
        ),
        (
            '# (session 14) a care made final, a modal in reach (needs_after): "X need to be taken care of,'
            ' permanently"',
            *_head_rest(CARES),
            "target: before, requires: modal, needs_after: permanence",
        ),
        (
            '# (session 14) the same, the group after: "we need to take care of the X permanently"',
            *_head_rest(CARED),
            "target: after, requires: vowed_calls, needs_after: permanence",
        ),
        (
            '# (session 14) a veiled threat as advice: "X had better start watching their backs"',
            *_head_rest([f"{m} {a}" for m in WARNED_MODALS for a in WARNED_ACTS]),
            "target: before, free: 3, key: menace",
        ),
        (
            '# (session 14) safety denied from now on: "X aren\'t going to feel so safe"',
            *_head_rest([f"{d} {s}" for d in DENIED_FUTURES for s in SO_SAFE]),
            "target: before, negated: true, free: 3, key: menace",
        ),
        (
            '# (session 14) the group\'s homes known, a dwelling verb right after it: "we know where the X live"',
            *_head_rest(KNOWN_HOMES),
            "target: after, closed_by: dwellings, undone_by: helps, key: menace",
        ),
        (
            "# (session 14) the group's addresses held: \"we've got the addresses of every X\"",
            *_head_rest(ADDRESSES),
            "target: after, key: menace",
        ),
        (
            '# (session 14) a warning addressed to the group named before it: "X, you\'ve been warned"',
            *_head_rest(WARNED),
            "target: before, undone_by: helps, key: menace",
        ),
        (
            '# (session 14) the same, the group after: "last warning to the X"',
            *_head_rest(WARNED_TO),
            "target: after, key: menace",
        ),
        (
            '# (round 10) the grave a vow puts the group in, a placer in reach: "I\'ll put every X in the ground"',
            *_head_rest(GRAVES),
            "target: before, requires: placers",
        ),
        (
            "# (round 10) the hospital a vow puts one member in: \"If a Black guy looks at her, I'll put him in"
            ' hospital"',
            *_head_rest(WARDS),
            "target: before, requires: placers, members: true",
        ),
        (
            '# (round 10) a part of the body a vow breaks, right after the group or the member: "I\'ll break his legs"',
            *_head_rest([v for v in BREAK_VERBS if " " not in v] + ["beat", "kick", "punch", "stab", "shoot"]),
            "target: after, requires: vowed_calls, closed_by: body_parts, undone_by: contests",
        ),
        (
            '# (round 10) the member made to have a body part broken: "… is going to get his throat cut"; (session 13)'
            ' in the present too, not a body part cared for ("… gets his face painted")',
            "going to get",
            ["gonna get", "will get", "is getting", "'s getting", "gets", "'ll get"],
            "target: after, closed_by: body_parts, members: true, undone_by: tended",
        ),
        (
            '# the camps and ovens of a genocide, a modal in reach: "X should be sent to the ovens"',
            *_head_rest(genocide_sent()),
            "target: before, requires: modal",
        ),
        (
            "# a place of the group wished burned (groups.yml: places pair with these words and calls only)",
            PLACE_FATES[0],
            PLACE_FATES[1:],
            "target: any, requires: wishes",
        ),
    ]
    out = [HEADER.rstrip("\n")]
    for comment, term, forms, options in entries:
        out.append(f"  {comment}")
        out.append(f"  - {{term: {term}, forms: {_flow(forms)},\n    {options}}}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

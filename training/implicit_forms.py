"""Write risk.hate's English list of implicit hate: comparisons with animals, conspiracies, refusals of the group's
company and stereotypes of what the group lacks, each class a product of a few word lists rather than the sentences
someone thought of.

``python -m training.implicit_forms > rules/risk/terms/en/hate-implicit.yml`` writes the file again.

- *comparison* (the group before): a simile verb or a degree joined to an animal or a savage ("X remind me of rats",
  "X are worse than animals", "X have the brains of a monkey", "X should be treated like animals"; round 9: the
  progressive, "X are breeding like rats", and breeding likened to the idiom's animals, "X breed like rabbits"); not
  "are treated like animals", which says what is done to them;
- *conspiracy* (the group before): a verb of power joined to what a conspiracy claims is held ("X secretly run the
  media", "X are buying up our land", "X are trying to replace us"); not services or trades ("X run the corner shop");
- *refusal* (the group after, a refusal in reach): refusing the group as a neighbour, a tenant, a colleague, an in-law
  ("I would never sit next to a …", "no way I'd let my son marry a …"); not "date" or "marry" alone, which an identity
  says too ("I would never date a woman");
- *what the group lacks* (the group before): "X have no feelings", "X have no morals" (not homes, rights or jobs: a
  plight);
- *a smell* (the group before): "X smell of curry";
- *a decline dated from the group's coming* (the group after): "the area went downhill once X moved in", "crime went up
  the moment X arrived".

Written for the file once, not at run time: the rules stay data, the engine loads a plain list.
"""

from __future__ import annotations

import sys

from training.threat_forms import _flow


def _words(text: str) -> list[str]:
    return text.split()


ANIMALS = _words(
    """animals dogs rats pigs apes monkeys cockroaches vermin insects beasts savages cattle livestock goats roaches
parasites leeches swine hyenas baboons gorillas chimps chimpanzees donkeys cavemen barbarians"""
)
ANIMAL = [f"a {w}" for w in _words("dog pig monkey rat goat donkey cockroach chimp gorilla baboon")] + ["an ape"]
# the group likened: "X *remind me of* rats", "X *are worse than* animals"
SIMILES = [
    "remind me of",
    "look like",
    "smell like",
    "act like",
    "behave like",
    "live like",
    "eat like",
    "breed like",
    "multiply like",
    "are no better than",
    "are worse than",
    "are lower than",
    "are less than",
    "are dumber than",
    "are dirtier than",
    "are filthier than",
    "are closer to",
    "are more like",
    "are just like",
    "should be treated like",
    "deserve to be treated like",
    "need to be treated like",
    "should be put down like",
    "should be hunted like",
    "should be culled like",
    "should be caged like",
    # round 9: the progressive ("X *are breeding like* rats")
    "are breeding like",
    "are multiplying like",
    "are acting like",
    "are behaving like",
    "are living like",
    "keep breeding like",
]
# round 9: breeding likened to the animals of the idiom only ("X breed like rabbits"; not "X look like rabbits")
BREEDING = [
    f"{v} like {a}"
    for v in ("breed", "multiply", "are breeding", "are multiplying", "keep breeding")
    for a in ("rabbits", "flies", "mice")
]
# one animal's mind or manners: "X have *the brains of* a monkey"
FACULTIES = [
    "have the brains of",
    "have the brain of",
    "have the intelligence of",
    "have the iq of",
    "have the manners of",
    "have the morals of",
    "are as smart as",
    "are as dumb as",
    "are as dirty as",
]
# a conspiracy's hold: "X *secretly run* the media", "X *are buying up* our land" (not schools, courts or the police,
# which people of a group run in fact: "women run the schools here")
POWER = [
    "control",
    "controls",
    "controlling",
    "run",
    "runs",
    "running",
    "own",
    "owns",
    "owning",
    "rule",
    "rules",
    "ruling",
    "secretly control",
    "secretly run",
    "secretly own",
    "secretly rule",
    "have taken over",
    "are taking over",
    "want to take over",
    "plan to take over",
    "are plotting to take over",
    "are trying to take over",
    "infiltrate",
    "have infiltrated",
    "are infiltrating",
    "manipulate",
    "are manipulating",
    "pull the strings of",
    "pull the strings in",
    "are buying up",
    "buy up",
    "are buying",
]
HELD = [
    "the banks",
    "the media",
    "the government",
    "our government",
    "the world",
    "the press",
    "the news",
    "hollywood",
    "wall street",
    "the fed",
    "the economy",
    "the un",
    "the eu",
    "the west",
    "our country",
    "this country",
    "the country",
    "our land",
    "all our land",
    "all the land",
    "our politicians",
    "the politicians",
    "the elections",
    "europe",
    "america",
    "the white house",
]
# the rest of a conspiracy's claims: "X *are trying to replace us*"
PLOTS = [
    "are trying to replace us",
    "trying to replace us",
    "plan to replace us",
    "are plotting to replace us",
    "are plotting against us",
    "plot against us",
    "are conspiring against us",
    "conspire against us",
    "are plotting to destroy",
    "are plotting to destroy us",
    "want to destroy the west",
    "are trying to destroy the west",
    "are destroying the west",
    "are behind the pandemic",
    "are behind covid",
    "created covid",
    "started the war",
    "start all the wars",
    "started all the wars",
    "profit from every war",
    "are poisoning the water",
    "poison the wells",
]
# a refusal in reach ("would never", "refuse to", "no way I'd") and the company refused: "… *sit next to* a Muslim"
REFUSED = [
    "sit next to",
    "live next to",
    "live next door to",
    "rent my flat to",
    "rent my house to",
    "rent my apartment to",
    "rent a room to",
    "sell my house to",
    "work with",
    "work for",
    "work under",
    "be friends with",
    "shake hands with",
    "share a flat with",
    "share a house with",
    "be seen with",
    "be treated by",
    "let my son marry",
    "let my daughter marry",
    "let my sister marry",
    "let my son date",
    "let my daughter date",
    "let my sister date",
    "let my kids play with",
    "let my children play with",
    "let my kids near",
    "let my children near",
    "let my daughter near",
]
# what the group is said to lack: "X *have no feelings*"
LACKS = [
    "have no feelings",
    "have no emotions",
    "have no empathy",
    "have no soul",
    "have no souls",
    "have no morals",
    "have no shame",
    "have no culture",
    "have no manners",
    "have no honour",
    "have no honor",
    "have no brains",
    "have no values",
    "have no conscience",
    "have no decency",
    "have no hygiene",
    "feel no pain",
    "don't have feelings",
    "don't have souls",
    "don't have a soul",
    "don't feel pain",
    "don't feel empathy",
]
# a decline dated from the group's coming, the group after: "the area *went downhill once* X moved in", "crime
# *went up the moment* X arrived"
DECLINES = [
    "went downhill",
    "has gone downhill",
    "gone downhill",
    "went to hell",
    "went to shit",
    "went to the dogs",
    "got worse",
    "got dangerous",
    "became a dump",
    "became a shithole",
    "changed for the worse",
    "fell apart",
    "crime went up",
    "crime rose",
    "crime soared",
    "crime exploded",
    "crime skyrocketed",
    "the crime rate went up",
    "rapes went up",
    "stabbings went up",
]
SINCE = ["once", "when", "after", "since", "the moment", "as soon as", "ever since", "the day"]
# round 10: a rhetorical question that denies anyone wants the group ("*Who actually likes* Muslims?"), the question
# opening its sentence (the words file's openers); not "wants" or "needs", which a call for help asks too ("who needs
# refugees to host?"), nor "date" or "marry", which an identity answers ("who would date a trans woman? me")
WHO_ADVERBS = ["", "actually", "really", "even", "honestly", "seriously", "genuinely", "in their right mind"]
WHO_ADVERBS += ["on earth"]
WHO_ACTS = [
    "likes",
    "enjoys",
    "trusts",
    "respects",
    "likes having",
    "enjoys having",
    "wants to live near",
    "wants to live next to",
    "would hire",
    "would trust",
    "would employ",
    "would rent to",
    "would want",
    "would work with",
    "would be friends with",
    "would live next to",
    "would vote for",
]
# the same refusal asked with a why or a how in reach ("*Why would anyone hire* a Black guy?", "*How could anyone
# trust* a Muslim?")
ANYONE = ["anyone", "anybody", "someone", "somebody", "you", "an employer", "a landlord", "any employer"]
ANYONE += ["any landlord"]
ANYONE_ACTS = ["hire", "trust", "employ", "rent to", "promote", "vote for", "want", "work with", "be friends with"]
# round 11: "can" too, and regard refused ("*How can anyone respect* women?", "Why can anyone stand X?")
ANYONE_ACTS += ["respect", "like", "stand", "tolerate", "put up with"]
# the group's worth denied in a question: "*What good has* a trans person *ever* done?" (the words file's evers close
# it: not "What good do refugees bring?")
WHAT_GOOD = [f"{w} {a}" for w in ("what good", "what use") for a in ("has", "have", "did", "do", "does", "are", "is")]
# round 10b: the group's worth denied by a challenge ("*Name one thing* black people have ever invented": the words
# file's perfects close it, so "name one thing Muslims celebrate" stays out), by a question of belief ("*Does anyone
# really believe* immigrants contribute anything?": its contributions close it) and by asking why the group tries at
# all ("Why do women *even bother* applying …?", the group before, a why or a how in reach)
NAME_ONE = [
    f"name {n} {t}"
    for n in ("one", "a single", "one single", "one good")
    for t in ("thing", "invention", "achievement")
]
NAME_ONE += ["name anything", "name something"]
BELIEF_ADVERBS = ["", "really", "seriously", "honestly", "actually", "genuinely"]
BELIEVES = [
    f"{d} {w} {a} {v}".replace("  ", " ")
    for d in ("does", "do")
    for w in ("anyone", "anybody", "you", "people")
    for a in BELIEF_ADVERBS
    for v in ("believe", "think")
    if not (d == "does" and w in ("you", "people")) and not (d == "do" and w in ("anyone", "anybody"))
]
# round 10b: one member of the group kept from the speaker's family or home, the group between "let" and the contact
# refused ("I wouldn't *let* a Roma kid *play* with mine", "I'll never *let* a gay man *near* my son": the words file's
# contacts close it; a refusal in reach, so "let a refugee go hungry" and "let a Muslim be attacked" stay out)
LET = ["let a", "let an", "let any", "let one", "allow a", "allow an", "allow any"]
BOTHERS = ["even bother", "even bothers", "even try", "even bother trying"]
# round 10c: one member of the group challenged to exist without a vice, the negation after "who" ("Is there a
# *single* Muslim *who isn't* a terrorist?", "*Name* one Mexican *who doesn't* sell drugs", "I've never *met* a
# gypsy *who didn't* steal": the words file's challenges before the group, the group right before; not "… who
# doesn't love …", the words file's fond undo it)
WHO_NOT = [
    f"{r} {n}"
    for r in ("who", "that")
    for n in (
        "isn't",
        "isnt",
        "wasn't",
        "wasnt",
        "aren't",
        "doesn't",
        "doesnt",
        "didn't",
        "didnt",
        "don't",
        "dont",
        "hasn't",
        "hasnt",
        "won't",
        "wont",
        "never",
        "is not",
        "does not",
        "did not",
        "was not",
    )
]
# round 10c: why anyone puts up with the group at all, a why in reach ("Why does anyone even *tolerate* Muslims?")
SUFFERED = ["tolerate", "put up with", "trust", "hire", "employ", "rent to"]
SUFFERS = [
    f"{d} {w} {a} {v}".replace("  ", " ")
    for d in ("does", "do")
    for w in ("anyone", "anybody", "you", "people", "this country", "society")
    for a in ("", "even", "still")
    for v in SUFFERED
    if not (d == "does" and w in ("you", "people"))
    and not (d == "do" and w in ("anyone", "anybody", "this country", "society"))
]
# round 10c: the group's contribution doubted in a question opening with a perfect ("*Have* Somalis *ever
# contributed* anything?": the words file's perfects in reach)
EVER_DONE = [
    f"ever {v}"
    for v in (
        "contributed",
        "invented",
        "achieved",
        "built",
        "created",
        "produced",
        "given back",
        "done anything",
        "done something",
        "added anything",
        "brought anything",
        # round 12: "Has any X *ever done an honest day's work*?"
        "done an honest day's work",
        "done a day's work",
        "done a hard day's work",
        "worked an honest day",
        "worked a day in their lives",
        "held down a job",
        "paid any taxes",
    )
]
# round 10c: a threat left implied, "better" before the warning ("Black people *better watch themselves*", "Jews *had
# better keep their heads down*") or a lesson foretold ("Muslims *will learn what happens* when …")
BETTER = ["better", "had better", "'d better", "d better", "best"]
WARNED = [
    "watch themselves",
    "watch their backs",
    "watch their step",
    "keep their heads down",
    "know their place",
    "keep their mouths shut",
    "sleep with one eye open",
    "start running",
    "start packing",
    "keep quiet",
    "stay in line",
    "not get comfortable",
    "not get too comfortable",
]
LESSONS = [
    f"{m} {v} what happens"
    for m in ("will", "are going to", "are gonna", "'ll", "will soon", "are about to")
    for v in ("learn", "find out", "see", "discover")
]
LESSONS += [
    "will learn their lesson",
    "will learn the hard way",
    "are going to learn the hard way",
    "will be taught a lesson",
    "need to be taught a lesson",
    "need teaching a lesson",
    "should be taught a lesson",
]
# round 10: the group's absence praised ("Europe would be *paradise without* Muslims") or its coming dated as the end
# of a good time ("Life here was *great before* the Pakistanis moved in": the words file's arrivals close it)
PRAISED = _words("""nicer happier quieter great perfect paradise heaven lovely wonderful fine peaceful better""")
PRAISED_WITHOUT = [f"{p} without" for p in PRAISED if p != "better"]
PRAISED_WITHOUT += [f"{d} better without" for d in ("so much", "much", "a lot", "far", "way")]
PRAISED_WITHOUT += ["a paradise without", "a nicer place without", "a safer place without", "so much nicer without"]
# round 11: the same absence said with "if there were no" ("The world would be *better if there were no* X"; not "with
# no", a complement as often: "better with no women's teams excluded")
NONE_THERE = ["if there were no", "if there was no", "if there were zero", "if there was zero"]
PRAISED_WITHOUT += [f"{p} {n}" for p in PRAISED for n in NONE_THERE]
# (before the group's coming only: "women look *good without* men" praises no absence of a group)
PRAISED_BEFORE = [f"{p} before" for p in PRAISED + _words("quiet nice good safe safer clean cleaner")]
PRAISED_BEFORE += ["better off before"]
# sent back where the group came from, a modal in reach: "X should *crawl back to their own country*" (not "go":
# hate-predicates.yml has it)
SENT_BACK_VERBS = ["crawl", "slither", "swim", "run", "fuck off", "piss off", "sod off", "be sent", "be shipped"]
SENT_BACK_VERBS += ["be kicked", "get"]
SENT_BACK_PLACES = [
    "to their own country",
    "to their own countries",
    "to their country",
    "to their countries",
    "to where they came from",
    "where they came from",
    "to where they belong",
    "where they belong",
    "to their caves",
    "to the desert",
    "to the jungle",
    "home",
    "to their shithole",
    "to their shithole countries",
    "into the closet",
    "in the closet",
]
# a domestic role assigned to the group: "Women should *stick to cooking and cleaning*", "X belong *behind a stove*"
# (not "home" or "the house" after "stay": "refugees should stay in the house until the storm passes")
ROLE_VERBS = ["should stick to", "should stay in", "should stay at", "should keep to", "should get back to"]
ROLE_VERBS += ["should go back to", "need to get back to", "should be in", "should be at", "belong at", "belong behind"]
ROLE_VERBS += ["should stay behind", "should be behind", "are made for", "were made for", "exist for"]
DOMESTIC = [
    "the kitchen",
    "the stove",
    "a stove",
    "the sink",
    "the laundry",
    "the bedroom",
    "cooking",
    "cleaning",
    "cooking and cleaning",
    "housework",
    "chores",
    "making sandwiches",
    "making babies",
    "having babies",
    "serving men",
    "serving their husbands",
    "the nursery",
]
# a right or a standing denied by the form's own negation, a modal in it: "X *should never be given citizenship*"
DENYING = [
    "should never be given",
    "shouldn't be given",
    "should not be given",
    "must never be given",
    "should never get",
    "shouldn't get",
    "should not get",
    "should never receive",
    "shouldn't receive",
    "should lose",
    "should be denied",
]
RIGHTS = [
    "citizenship",
    "the vote",
    "the right to vote",
    "passports",
    "a passport",
    "rights",
    "any rights",
    "equal rights",
    "human rights",
    "civil rights",
    "the same rights",
    "a voice",
    "custody",
    "jobs",
    "a job",
    "a seat at the table",
]
# round 11: an animal or a thing set above the group, the group after "than" and the lower being in reach before
# ("My goldfish is *smarter than* any woman", "A dog *has more dignity than* a Muslim", "a pig is *worth more than* a
# Jew": the words file's lower_beings; not "Women are smarter than any chatbot", the group before, nor "My daughter is
# smarter than any boy", no lower being)
BETTER_THAN = _words("""smarter cleaner brighter wiser cleverer""")
BETTER_THAN += [
    f"more {a}"
    for a in _words(
        """intelligent civilised civilized human useful decent trustworthy valuable evolved hygienic deserving
productive"""
    )
]
BETTER_THAN += [f"less {a}" for a in _words("dangerous violent stupid smelly useless filthy dirty")]
BETTER_THAN += ["worth more", "less of a burden", "less of a threat"]
# round 11b: a preference of company or manners set above the group ("Dogs are *better than* men", "my dog is *better
# company than* most men", "more loyal than") is a quip with a pet; it derogates with a base being only, vermin or a
# thing ("A cockroach is *nicer than* a Muslim": the words file's base_beings)
PREFERRED_TO = _words("""better nicer kinder friendlier prettier cuter braver tidier""")
PREFERRED_TO += ["more loyal", "more honest", "more polite", "more fun", "better behaved", "better company"]
HAD_MORE = _words(
    """dignity brains sense manners class value worth intelligence honour honor morals decency humanity soul rights
loyalty integrity culture"""
)
DID_MORE = [
    f"{v}{o}"
    for v in ("contributes more", "contribute more", "does more", "has done more", "gives more")
    for o in ("", " to society", " to this country", " for society", " for this country", " for the world")
]
DID_MORE += [f"{d} more {w}" for d in ("deserves", "deserve") for w in ("respect", "rights", "love", "to live")]
COMPARED_UP = [f"{c} than" for c in BETTER_THAN]
COMPARED_UP += [f"{h} more {n} than" for h in ("has", "have", "has got", "'s got") for n in HAD_MORE]
COMPARED_UP += [f"{d} than" for d in DID_MORE]
COMPARED_BASE = [f"{c} than" for c in PREFERRED_TO]
# round 11b: a killing wished done, the past after "it's (about/high) time" ("It's time somebody *shot* the X", "about
# time someone finally *got rid of* …": the words file's time_wishes in reach; not "it's time we *helped* …", nor the
# wrongdoers a harm after the group names: "… locked up the men who *attacked* …", the words file's harms_done)
PAST_DOERS = ("somebody", "someone", "we", "they", "the government", "the police", "the army")
PAST_DEEDS = _words(
    """shot killed hanged hung lynched gassed burned burnt drowned exterminated deported slaughtered murdered executed
culled purged nuked"""
)
PAST_DEEDS += [
    "wiped out",
    "got rid of",
    "kicked out",
    "threw out",
    "strung up",
    "rounded up",
    "locked up",
    "dealt with",
    "put down",
    "took out",
    "ran out",
    "gunned down",
    "beat up",
]
# arson and bombing, the deeds a place of worship is the target of (groups.yml `only_with`: "… burned down the mosque")
PAST_ARSON = ["burned down", "burnt down", "torched", "bombed", "blew up", "shot up"]
TIME_WISHES = [f"{d} {a}{v}" for d in PAST_DOERS for a in ("", "finally ", "just ") for v in PAST_DEEDS]
TIME_ARSON = [f"{d} {a}{v}" for d in PAST_DOERS for a in ("", "finally ", "just ") for v in PAST_ARSON]
SMELLS = [f"{v} of {s}" for v in ("smell", "stink", "reek") for s in ("curry", "garlic", "fish", "onions", "sweat")]
SMELLS += [f"smell like {s}" for s in ("curry", "garlic", "fish", "onions", "sweat")]
# (session 23, T) a smell of filth, decay or death said of the group, a closed class as the animals are: "X smell like
# death", "X reek of sewage" (the writer's own smell names no group and pairs with nothing: "I smell like death today")
FILTH = _words(
    """death rot decay shit sewage garbage rubbish trash piss urine corpses filth vomit excrement manure dung carrion"""
)
FILTH += ["a sewer", "a corpse", "a dump", "a bin", "a toilet", "a landfill", "a pigsty", "a rubbish tip"]
SMELLS += [f"{v} like {s}" for v in ("smell", "stink", "reek") for s in FILTH]
# "of" only before a concrete filth: "the camps smell *of death* and despair" is a metaphor of suffering
SMELLS += [
    f"{v} of {s}"
    for v in ("smell", "stink", "reek")
    for s in FILTH
    if s not in ("death", "rot", "decay", "corpses", "carrion")
]

HEADER = """\
credit: Written for Sevenfold by training/implicit_forms.py (simile verbs x animals, verbs of power x what a conspiracy
  claims is held, refusals x company, lacks, smells).
notes: >-
  Implicit hate of risk.hate (round 8): comparisons with animals ("X remind me of rats", "X are worse than animals"),
  conspiracies ("X secretly run the media", "X are trying to replace us"), refusals of the group's company with a
  refusal in reach (the words file's `refusals`: "I would never sit next to a …"), what the group is said to lack
  ("X have no feelings") and smells ("X smell of curry"); round 10: rhetorical questions that deny anyone wants the
  group ("Who actually likes Muslims?", "Why would anyone hire a …?") or its worth ("What good has a … ever done?"),
  its absence praised ("… would be paradise without X", "it was great before X moved in"), sent back ("X should crawl
  back to their own country") and rights denied ("X should never be given citizenship").
  Every form is a combination the script writes. Regenerate with
  `python -m training.implicit_forms > rules/risk/terms/en/hate-implicit.yml`.
language: en
sureness: 1
target: before
terms:
"""


def main() -> None:
    compared = [f"{s} {a}" for s in SIMILES for a in ANIMALS] + [f"{f} {a}" for f in FACULTIES for a in ANIMAL]
    compared += BREEDING
    conspiracy = [f"{p} {h}" for p in POWER for h in HELD] + PLOTS
    refusals = [f"{r}" for r in REFUSED]
    entries = [
        ('# the group likened to animals: "X remind me of rats", "X have the brains of a monkey"', compared, ""),
        ('# a conspiracy\'s hold or plot: "X secretly run the media", "X are trying to replace us"', conspiracy, ""),
        (
            '# the group\'s company refused, a refusal in reach: "I would never sit next to a …"',
            refusals,
            ", target: after, requires: refusals, negated: true",
        ),
        # (not marked negated: its "no" is its own; a negation before it denies the lack: "not true that X have no…")
        ('# what the group is said to lack: "X have no feelings"', LACKS, ""),
        (
            '# a decline dated from the group\'s coming, the group after: "it went downhill once X moved in"',
            [f"{d} {w}" for d in DECLINES for w in SINCE],
            ", target: after",
        ),
        ('# a smell said of the group: "X smell of curry"', SMELLS, ""),
        (
            '# (round 11) a lower being set above the group, in reach before: "My goldfish is smarter than any woman"',
            COMPARED_UP,
            ", target: after, requires: lower_beings",
        ),
        (
            '# (round 11b) a base being preferred to the group, in reach before: "A cockroach is nicer than a Muslim"',
            COMPARED_BASE,
            ", target: after, requires: base_beings",
        ),
        (
            '# (round 11b) a killing wished done, "time" in reach before: "It\'s time somebody shot the X"',
            TIME_WISHES,
            ", target: after, requires: time_wishes, undone_by: harms_done, sureness: 2",
        ),
        (
            '# (round 11b) the same, arson or a bomb (a place of worship too): "High time someone torched the mosque"',
            TIME_ARSON,
            ", target: after, requires: time_wishes, undone_by: harms_done, sureness: 2",
        ),
        (
            '# (round 10) a question denying anyone wants the group, opening its sentence: "Who likes Muslims?"',
            [f"who {a} {v}".replace("  ", " ") for v in WHO_ACTS for a in WHO_ADVERBS],
            ", target: after, requires: openers",
        ),
        (
            '# (round 10) the same, a why or a how in reach: "Why would anyone hire a …?"',
            [f"{m} {w} {v}" for m in ("would", "could", "can") for w in ANYONE for v in ANYONE_ACTS + REFUSED],
            ", target: after, requires: why",
        ),
        (
            '# (round 10) the group\'s worth denied, "ever" after it: "What good has a trans person ever done?"',
            WHAT_GOOD,
            ", target: after, closed_by: evers",
        ),
        (
            '# (round 10b) the group\'s worth challenged, a perfect after it: "Name one thing X have ever invented"',
            NAME_ONE,
            ", target: after, closed_by: perfects",
        ),
        (
            '# (round 10b) a question of belief in the group\'s worth: "Does anyone believe X contribute anything?"',
            BELIEVES,
            ", target: after, closed_by: contributions",
        ),
        (
            "# (round 10b) a member of the group kept from the speaker's own: \"I wouldn't let a X kid near mine\"",
            LET,
            ", target: after, requires: refusals, negated: true, closed_by: contacts",
        ),
        (
            '# (round 10b) why the group tries at all, a why in reach: "Why do X even bother …?"',
            BOTHERS,
            ", requires: why",
        ),
        (
            '# (round 10c) one of the group challenged to exist without a vice: "Is there a single X who isn\'t …?"',
            WHO_NOT,
            ", requires: challenges, negated: true, undone_by: plain_asks",
        ),
        (
            '# (round 10c) why anyone puts up with the group, a why in reach: "Why does anyone even tolerate X?"',
            SUFFERS,
            ", target: after, requires: why",
        ),
        (
            '# (round 10c) the group\'s contribution doubted after a perfect: "Have X ever contributed anything?"',
            EVER_DONE,
            ", requires: perfects",
        ),
        (
            '# (round 10c) a threat left implied, "better" before the warning: "X better watch themselves"',
            [f"{b} {w}" for b in BETTER for w in WARNED],
            "",
        ),
        ('# (round 10c) a lesson foretold: "X will learn what happens when …"', LESSONS, ""),
        (
            '# (round 10) the group\'s absence praised: "Europe would be paradise without X"',
            PRAISED_WITHOUT,
            ", target: after",
        ),
        (
            '# (round 10) the group\'s coming dated as the end of a good time: "it was great before X moved in"',
            PRAISED_BEFORE,
            ", target: after, closed_by: arrivals",
        ),
        (
            '# (round 10) sent back where the group came from, a modal in reach: "X should crawl back home"',
            [f"{v} back {p}" for v in SENT_BACK_VERBS for p in SENT_BACK_PLACES],
            ", requires: modal",
        ),
        (
            '# (round 10) a domestic role assigned to the group: "X should stick to cooking and cleaning"',
            [f"{v} {d}" for v in ROLE_VERBS for d in DOMESTIC if f"{v} {d}" != "should stay in the kitchen"],
            ", sureness: 1",
        ),
        (
            '# (round 10) a right denied by the form\'s own negation: "X should never be given citizenship"',
            [f"{d} {r}" for d in DENYING for r in RIGHTS],
            ", negated: true",
        ),
    ]
    out = [HEADER.rstrip("\n")]
    for comment, forms, options in entries:
        out.append(f"  {comment}")
        out.append(f"  - {{term: {forms[0]}, forms: {_flow(forms[1:])}{options}}}")
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

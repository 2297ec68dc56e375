"""Write risk.hate's lists of implicit derogation said in frames, English and French: contempt with no insult word,
each class a frame with a slot for any group of groups.yml, the frame's words a product of a few word lists.

``python -m training.implicit_frames en > rules/risk/terms/en/hate-implicit-frames.yml`` and
``python -m training.implicit_frames fr > rules/risk/terms/fr/hate-implicit-frames.yml`` write the files again.

The classes (session 10, engineer I), each with what keeps its benign look-alikes quiet:

- *a place assigned* (the group before): "X belong back where they came from", "X belong in their own countries",
  « les X, leur place est au foyer », « les X devraient rester à leur place »; a place of exclusion only, so "Muslims
  belong here" and « les femmes ont leur place partout » stay out;
- *a role to stick to* (the group before, a modal in it): "X should stick to herding goats", « les X devraient se
  contenter de … »; not the rules, the law or a plan (the words file's `kept_to`: "Immigrants should stick to the
  rules");
- *death preferred to the group's company* (the group after): "I'd rather die than let my daughter marry a X", "I'd
  sooner die than have a X son-in-law"; not "marry" or "date" alone, which an identity says too;
- *the only good X* (the group after "good", "only" in reach): "The only good X is one on a plane home", « le seul bon
  X, c'est celui qui repart »; "A good Muslim is one who prays" has no "only";
- *another X, another crime* (the group after "another" / « encore »): "Another X family, another stolen wallet",
  "Another day, another X with a bomb", « encore un X, encore une bombe »; crimes the group is said to commit only
  (a bomb, a theft), never what is done to it (a murder, a rape: "Another trans woman, another murder" mourns), and
  an arrest said to be unjust undoes it (the words file's `injustices`);
- *imagine being a X* (the group after, a laugh or a disgust right after it: the words file's `mockery`): "Imagine
  being a X lol", « imagine être un X mdr »; "Imagine being a refugee and losing everything" pities;
- *smelling the group* (after a verb of smelling: "I can smell a X from across the street", « ça sent l'X ») or
  *sensed coming* (« les X, on les sent arriver de loin »);
- *put a X in charge and watch it fail* (the group after a verb of handing over, `handovers`, the failure at most six
  words later): "Put a X in charge and watch the company burn", « mets une X aux commandes et regarde la boîte
  couler »; "… and watch the company thrive" has no failure;
- *grateful we let them in* (the group before, a modal in reach): "X should be grateful we let them in", « les X
  devraient nous remercier »; "Immigrants should be thanked" is no demand of gratitude;
- *refused as a tenant* (a denial before the group): "No X will ever rent my flat", « aucun X ne louera mon appart »,
  or the group after ("My spare room will never go to a X", a home in reach: `lettings`);
- *not cut out for* (the group before, the frame's own negation): "X just aren't cut out for engineering", « les X
  ne sont pas taillées pour le commandement »;
- *a stereotyped inability* (the group before, a negation in reach): "X can't swim", « les X savent pas nager »; a
  place or a reason after it makes it a rule or a plight ("… can't swim *here*": `permissions`);
- *typical of the group* (the group right after "such", "so", "typical"): "Such a X thing to do", « typiquement X,
  de … », « c'est bien un X, ça »;
- *never trust a X* (the group after): "Never trust a X with your money", « ne jamais faire confiance à un X »;
- *keep the group out* (French; a call, the group then « loin », « dehors », « hors »): « gardez les X loin de nos
  quartiers »; not « loin du danger » (`sheltered`; hate-predicates.yml has the English "keep the X out");
- *a saying* (the group before): « une femme au volant, la mort au tournant »; "X drivers, say no more".

Written for the files once, not at run time: the rules stay data, the engine loads plain lists.
"""

from __future__ import annotations

import sys

from training.threat_forms import _flow


def _words(text: str) -> list[str]:
    return text.split()


# --- English -------------------------------------------------------------------------------------------------------

# a place of exclusion assigned to the group: "X *belong back where they came from*" (not "here", "in science")
EN_PLACES = [
    "back where they came from",
    "back where they come from",
    "back to where they came from",
    "back in their own country",
    "back in their own countries",
    "back in their country",
    "back in their countries",
    "back home",
    "back in africa",
    "back in the desert",
    "back in the jungle",
    "back in the trees",
    "back in the kitchen",
    "back in the closet",
    "back in chains",
    "in their own country",
    "in their own countries",
    "in their own country not here",
    "in their own homelands",
    "in their own lands",
    "in the desert",
    "in the jungle",
    "in the trees",
    "in a cage",
    "in a zoo",
    "in the zoo",
    "in prison",
    "in prisons",
    "in jail",
    "in a camp",
    "in camps",
    "in the trash",
    "in the bin",
    "in the dumpster",
    "in the sewer",
    "in the sea",
    "in the ground",
    "in hell",
    "in the dark ages",
    "in the stone age",
    "in the past",
    "in the home",
    "at home",
    "at the stove",
    "under the stairs",
    "on a leash",
    "on their knees",
    "on the street",
    "on the streets",
    "in the men's ward",
    "in the men's prison",
    "in men's prisons",
    "in the men's prisons",
    "in the men's toilets",
    "in men's toilets",
    "in the men's room",
    "in the men's changing rooms",
    "in the men's locker room",
    "with the men",
    "with their own kind",
    "among their own kind",
    # (third batch) beyond a border: "X belong south of the wall"
    "south of the border",
    "south of the wall",
    "on the other side of the border",
    "on the other side of the wall",
    "across the border",
    "behind a wall",
    "outside our borders",
    "outside this country",
    "out of this country",
    "anywhere but here",
]
EN_BELONG = ["belong", "belongs", "only belong", "all belong", "truly belong", "really belong"]
# a role the group should keep to, a modal in it: "X *should stick to* herding goats"
EN_STICK = [
    f"{m} {a}{v}".replace("  ", " ")
    for m in ("should", "need to", "ought to", "must", "can", "could", "better", "had better", "oughta")
    for a in ("", "just ", "only ", "all ")
    for v in (
        "stick to",
        "keep to",
        "stick with their own",
        "stay with their own",
        "stay in their lane",
        "stay in their place",
    )
]
# death preferred to a contact with the group (the group after): "I'd *rather die than let my daughter marry* a X"
EN_RATHER = ["rather", "sooner"]
EN_DEATHS = [
    "die",
    "be dead",
    "drop dead",
    "kill myself",
    "shoot myself",
    "starve",
    "eat glass",
    "go to jail",
    "be shot",
]
EN_CONTACTS = [
    "let my daughter marry",
    "let my son marry",
    "let my sister marry",
    "let my brother marry",
    "let my kids marry",
    "let my child marry",
    "let my daughter date",
    "let my son date",
    "let my sister date",
    "have",
    "have to live with",
    "live with",
    "live next to",
    "live next door to",
    "share a flat with",
    "share a house with",
    "rent to",
    "rent my flat to",
    "rent my house to",
    "sell my house to",
    "hire",
    "work for",
    "work with",
    "work under",
    "take orders from",
    "be treated by",
    "be operated on by",
    "vote for",
    "be seen with",
    "sit next to",
    "shake hands with",
    "be friends with",
    "have as a neighbour",
    "have as a neighbor",
    "see my son marry",
    "see my daughter marry",
    "see my son with",
    "see my daughter with",
    "see my son bring home",
    "see my daughter bring home",
    "see my kids with",
    "watch my daughter marry",
    "watch my son marry",
    "let my kids play with",
    "let my children play with",
]
EN_RATHER_FORMS = [f"{r} {d} than {c}" for r in EN_RATHER for d in EN_DEATHS for c in EN_CONTACTS]
EN_RATHER_FORMS += [
    f"rather {s} {b} than"
    for s in ("my son", "my daughter", "my kid", "my kids", "my child", "my children")
    for b in ("be dead", "were dead", "was dead", "died")
]
EN_RATHER_FORMS += [
    f"rather {h} {s} dead than" for h in ("see", "have") for s in ("my son", "my daughter", "my kids", "my children")
]
EN_RATHER_FORMS += [f"rather have a dead {s} than" for s in ("son", "daughter", "child", "kid")]
# what makes the only good member: "The only good X *is one* on a plane home" (the group after "good", "only" in reach)
EN_ONLY_GOOD = ["is one", "is the one", "is one who", "is one that", "are the ones", "are ones", "is a", "is an"]
EN_ONLY_GOOD += ["is someone who", "is the kind that", "are those who", "is a gone one", "is a dead one"]
# a crime the group is said to commit, after "another": "Another X family, *another stolen* wallet"
EN_CRIMES = _words(
    """bomb bombing bomber bombers terrorist terror bombs stolen theft thefts robbery robberies burglary burglaries
mugging muggings scam scams fraud pickpocket shoplifter shoplifting riot riots torched burnt burned looted looting
grooming welfare benefits handout handouts"""
)
EN_CRIMES += ["acid attack", "knife crime", "suicide bomber", "benefit cheat", "benefits cheat", "car on fire", "gang"]
EN_ANOTHER_CRIMES = [f"another {c}" for c in EN_CRIMES] + [f"one more {c}" for c in EN_CRIMES]
# the same crime said after the group itself: "Another day, another X *with a bomb*"
EN_CAUGHT = [
    "with a bomb",
    "with a knife",
    "with a machete",
    "with a gun",
    "with a suicide vest",
    "in the dock",
    "in court",
    "in handcuffs",
    "behind bars",
    "on benefits",
    "on welfare",
    "on the dole",
    "on the take",
    "arrested",
    "charged",
    "convicted",
    "jailed",
    "locked up",
    "stabbing someone",
    "stealing",
    "robbing",
    "shoplifting",
    "scamming",
    "blowing himself up",
    "blowing themselves up",
    "blowing something up",
    "caught stealing",
    "caught shoplifting",
    "on a rampage",
    "rioting",
    "looting",
]
# imagine being one of the group, mocked right after: "Imagine being a X *lol*"
EN_IMAGINE = [
    f"imagine {a}{b}".strip()
    for a in ("", "actually ", "literally ", "even ")
    for b in (
        "being",
        "bein",
        "being born",
        "being born as",
        "bein born",
        "being born a",
        "waking up as",
        "waking up",
        "",
    )
]
EN_NOT_ME = [
    "couldn't be me",
    "couldnt be me",
    "could never be me",
    "glad that's not me",
    "glad it's not me",
    "thank god i'm not",
    "thank god im not",
]
# the group smelt: "I *can smell* a X from across the street"
EN_SMELL = [
    f"{m} {a}smell" for m in ("can", "could", "you can", "you could") for a in ("", "always ", "still ", "already ")
]
EN_SMELL += ["smell them before you see", "you smell them before you see", "you can tell by the smell", "the stench of"]
# the failure foretold once one of the group is handed power: "Put a X in charge and *watch the company burn*"
EN_WATCH = ["watch", "see", "and watch", "and see", "then watch", "just watch", "wait and see", "sit back and watch"]
EN_RUINED = ["it", "everything"] + [
    f"the {w}"
    for w in _words(
        "company country place team firm business economy project school city department nation office world store shop"
    )
]
EN_FAILS = [
    "burn",
    "fail",
    "collapse",
    "go under",
    "sink",
    "crash",
    "crash and burn",
    "fall apart",
    "go bust",
    "go bankrupt",
    "burn down",
    "burn to the ground",
    "crumble",
    "implode",
    "go to hell",
    "go to shit",
    "go down the drain",
    "go down the toilet",
    "go downhill",
    "die",
    "fall",
    "tank",
]
EN_WATCH_FAIL = [f"{w} {r} {f}" for w in EN_WATCH for r in EN_RUINED for f in EN_FAILS]
EN_WATCH_FAIL += [
    f"see how {q} {r} {f}"
    for q in ("fast", "quickly", "soon", "long before")
    for r in ("it", "everything", "the company", "the country", "the place")
    for f in ("collapses", "fails", "burns", "sinks", "goes under", "falls apart", "goes bust", "crashes", "implodes")
]
# gratitude demanded of the group, a modal in reach: "X should *be grateful we* let them in"
EN_GRATEFUL = [
    f"{b} {w}"
    for b in (
        "be grateful",
        "be thankful",
        "be happy",
        "be glad",
        "feel lucky",
        "count themselves lucky",
        "be on their knees",
    )
    for w in (
        "we",
        "that we",
        "we even",
        "that we even",
        "to be here",
        "to even be here",
        "to be allowed here",
        "to be allowed in",
        "they're allowed",
        "they're even allowed",
        "for what they get",
        "for anything",
        "for whatever they get",
        "for the crumbs",
    )
]
EN_LUCKY = [
    f"lucky {w}"
    for w in ("we", "that we", "we even", "we let them in", "to even be here", "to be allowed here", "we allow them")
]
# the group refused as tenant or worker, "no" before it: "No X *will ever rent my* flat"
EN_NEVER_IN_MY = [
    f"{v} {p}"
    for v in ("will ever", "is ever", "will", "is going to", "is gonna", "shall ever", "ever")
    for p in (
        "rent my",
        "live in my",
        "set foot in my",
        "step foot in my",
        "move into my",
        "get my flat",
        "get my house",
        "work for me",
        "work in my",
        "enter my",
        "come near my",
        "babysit my",
        "teach my",
        "treat my",
        "touch my",
    )
]
# or the home given to none of the group, the group after: "My spare room *will never go to* a X"
EN_NEVER_GO = ["will never go to", "won't go to", "will never be rented to", "won't be rented to", "is never going to"]
EN_NEVER_GO += ["will never be let to", "won't be let to", "will never be sold to", "won't be sold to"]
# not made for a role, the form's own negation: "X *just aren't cut out for* engineering"
EN_NOT_MADE = [
    f"{n} {m} for"
    for n in ("aren't", "arent", "are not", "weren't", "were not", "are never", "were never", "will never be")
    for m in ("cut out", "built", "made", "designed", "wired", "meant", "suited", "fit")
]
EN_NOT_MADE += [
    f"{n} {w}"
    for n in ("don't have", "dont have", "do not have", "haven't got", "lack", "will never have")
    for w in (
        "what it takes",
        "the brains for",
        "the brains to",
        "the temperament for",
        "the temperament to",
        "the head for",
        "the mind for",
        "the stomach for",
        "the aptitude for",
        "the capacity for",
    )
]
# an inability said of the group, a negation in reach: "X can't *swim*" (hate-predicates.yml has "drive", "park")
EN_UNABLE = _words("swim dance jump spell sing fight throw")
EN_UNABLE += [
    "do sums",
    "add up",
    "tell the time",
    "be on time",
    "show up on time",
    "hold their drink",
    "hold their liquor",
    "hold their alcohol",
    "handle their drink",
    "handle their liquor",
    "take a joke",
    "take criticism",
    "keep a secret",
    "keep clean",
    "keep their houses clean",
    "pay their bills",
    "pay their rent",
    "run a business",
    "run a country",
    "run anything",
    "manage anything",
    "be trusted with money",
    "be trusted with anything",
    "see properly",
    "open their eyes",
    "grow a beard",
    "do science",
    "do engineering",
    "write code",
    "code",
    "fix anything",
    "build anything",
]
# (session 47, I) the conduct and competence of a member of society said beyond the group, a class of its own beside
# the stereotyped skills above: bringing up children, feeling for others, keeping one's word, governing oneself, living
# in peace, holding a job; none a plight ("can't work", "can't learn", "can't vote" are rules and lacks, left out)
EN_CONDUCT = [
    f"{verb} {thing}"
    for verb, things in (
        ("raise", ("children", "kids", "a child", "a boy", "boys", "their kids", "their children", "a family")),
        ("feel", ("empathy", "love", "remorse", "shame")),
        ("love", ("anyone", "their children", "their kids")),
        ("tell", ("the truth",)),
        ("keep", ("their word", "a promise", "their promises", "a job", "their hands to themselves")),
        ("govern", ("themselves", "a country", "anything")),
        ("control", ("themselves", "their tempers", "their kids")),
        ("think", ("for themselves", "straight")),
        ("hold down", ("a job", "a real job", "a proper job")),
        ("manage", ("money", "their own affairs", "their money")),
        ("follow", ("rules", "the rules", "the law", "simple instructions")),
        ("respect", ("women", "anyone", "the law", "authority")),
        ("be", ("parents", "good parents", "real parents", "faithful", "civilised", "civilized", "honest")),
    )
    for thing in things
]
EN_CONDUCT += ["behave", "behave themselves", "obey the law", "wait their turn", "queue", "say thank you"]
EN_UNABLE += EN_CONDUCT
# living among others, with the verbs of knowing and learning only ("X can't live in peace" is as often a plight)
EN_KNOWN_CONDUCT = EN_CONDUCT + [
    f"live {how}"
    for how in ("in peace", "in a city", "like normal people", "like civilised people", "like civilized people")
]
# (session 47, I) the inability in the forms that carry their own negation, past the modal the "negations in reach"
# of the entry above cover ("can't", "will never be able to"): a perfect, knowing how, being able, the verb of
# learning (with the conduct only: "never learned to read" may be a plight)
EN_UNABLE_FRAMES = [
    "have never been able to",
    "has never been able to",
    "never been able to",
    "don't know how to",
    "dont know how to",
    "do not know how to",
    "doesn't know how to",
    "still don't know how to",
    "have no idea how to",
    "aren't able to",
    "are not able to",
    "arent able to",
    "are unable to",
    "are incapable of being",
    "cannot",
    "can never",
    "could never",
]
EN_LEARN_FRAMES = [
    "never learned to",
    "never learnt to",
    "never learned how to",
    "will never learn to",
    "never learn to",
]
EN_KNOW_FRAMES = ["don't know how to", "dont know how to", "do not know how to", "doesn't know how to"]
EN_UNABLE_FORMS = [f"{frame} {verb}" for frame in EN_UNABLE_FRAMES for verb in EN_UNABLE] + [
    f"{frame} {verb}"
    for frame in EN_LEARN_FRAMES + EN_KNOW_FRAMES
    for verb in EN_KNOWN_CONDUCT
    if f"{frame} {verb}" not in {f"{f} {v}" for f in EN_UNABLE_FRAMES for v in EN_UNABLE}
]
# the group named as what a deed is typical of: "Such a X *thing to do*"
EN_TYPICAL = ["thing to do", "thing to say", "move", "thing", "trait"]
# (third batch) a deed named typical of the group: "Typical X *trick*" ("typical X" alone: hate-predicates.yml)
EN_TYPICAL += _words("trick tricks logic mentality excuse scam stunt")
# never trust one of the group (the group after): "*Never trust* a X with your money"
EN_TRUSTED = [
    "trust",
    "turn your back on",
    "lend money to",
    "do business with",
    "leave your wallet near",
    "leave your kids with",
    "leave your drink with",
]
# an imperative about any member, its article written ("*Never trust a* X with your money")
EN_DISTRUST = [
    f"{n} {v} {a}"
    for n in ("never", "never ever", "don't ever", "dont ever", "do not ever", "don't", "dont")
    for v in EN_TRUSTED
    for a in ("a", "an", "any", "one")
]
# the speaker's or anyone's rule
EN_DISTRUST_SAID = [
    f"{n} {v}"
    for n in (
        "you should never",
        "you can never",
        "one should never",
        "you can't",
        "you cannot",
        "you cant",
        "i'd never",
        "i would never",
        "i never",
        "i will never",
        "i'll never",
    )
    for v in EN_TRUSTED
]
EN_DISTRUST += [
    f"{w} your {t} around"
    for w in ("watch", "hold onto", "hold on to", "guard", "keep an eye on", "mind")
    for t in ("wallet", "purse", "bag", "bags", "kids", "children", "daughter", "daughters", "wife", "bike", "car")
]
# a knowing aside right after the group: "X drivers, *say no more*"
EN_ASIDES = [
    "say no more",
    "need i say more",
    "enough said",
    "nuff said",
    "what did you expect",
    "what do you expect",
    "surprise surprise",
    "go figure",
    "who would have guessed",
    "who would've guessed",
    "shocker",
]

# (session 18, I) a compliment restricted to "a member of the group" (the group right after): "articulate for a X",
# "pretty good for a X", "speaks good English for a X" — a praise of a person's skill, looks, manners or mind (not
# "good", "nice" or "normal" alone: "it's good for a woman to know her rights", "normal for a woman to feel tired")
EN_PRAISED_TRAITS = [
    *_words(
        "articulate eloquent smart clever intelligent bright sharp witty funny pretty beautiful attractive hot cute"
        " gorgeous handsome clean tidy polite civilised civilized honest trustworthy reliable punctual hardworking"
        " competent capable reasonable sensible educated cultured classy refined respectful talented skilled gifted"
        " successful strong brave impressive brilliant elegant logical rational responsible mature fluent sophisticated"
    ),
    "well-spoken",
    "well spoken",
    "hard-working",
    "hard working",
    "good-looking",
    "good looking",
    "well-dressed",
    "well dressed",
    "well-behaved",
    "well behaved",
    "well-mannered",
    "well mannered",
    "well-read",
    "well read",
    "well-educated",
    "well educated",
    "easy on the eyes",
    "easy on the eye",
]
EN_DEGREES = ["pretty", "quite", "really", "surprisingly", "actually", "fairly", "rather", "very", "so"]
EN_PRAISED_DEEDS = [
    f"{verb} {how}"
    for verb in (
        "speaks",
        "speak",
        "spoke",
        "writes",
        "write",
        "wrote",
        "drives",
        "drive",
        "drove",
        "dresses",
        "cooks",
        "plays",
        "played",
        "does",
        "did",
        "reads",
        "thinks",
        "argues",
        "manages",
        "works",
    )
    for how in (
        "well",
        "really well",
        "so well",
        "very well",
        "pretty well",
        "quite well",
        "nicely",
        "beautifully",
        "good english",
        "english well",
        "good english",
        "proper english",
        "perfect english",
        "english so well",
    )
]
EN_PRAISED = (
    EN_PRAISED_TRAITS
    + [f"{d} {p}" for d in EN_DEGREES for p in ("good", "nice", "decent", "okay", "ok")]
    + EN_PRAISED_DEEDS
    + ["not bad", "not too bad", "not that bad", "not half bad", "holds her own", "holds his own", "keeps up"]
)
EN_BACKHANDED = [f"{p} for {a}" for p in EN_PRAISED if not p.startswith("not ") for a in ("a", "an")]
EN_BACKHANDED_DENIED = [f"{p} for {a}" for p in EN_PRAISED if p.startswith("not ") for a in ("a", "an")]

# (session 18, I) the group kept out of the speaker's own place, said in the clause after the group's own ("a group
# home for disabled adults. Just not on our road", "… without Jewish members and we'd like to keep it that way"): the
# answer to a group just named (``shown``), a place of the speaker's ("my", "our") or "here"
EN_OWN_PLACES = _words(
    "street road estate neighbourhood neighborhood area town village city school schools block building doorstep"
    " backyard community club church team family office gym pool park ward changing-room toilets bathroom"
)
EN_OWN_PLACES += ["back yard", "changing room", "changing rooms", "locker room", "kids' school", "daughter's school"]
EN_NOT_IN_MY = [
    f"{lead}not {prep} {who} {place}"
    for lead in ("", "just ", "but ")
    for prep in ("on", "in", "near", "next to", "anywhere near")
    for who in ("my", "our")
    for place in EN_OWN_PLACES
]
EN_NOT_IN_MY += [
    f"{lead}{tail}"
    for lead in ("", "just ", "but ", "only ")
    for tail in (
        "not here",
        "not here please",
        "not round here",
        "not around here",
        "not in my backyard",
        "not in our backyard",
        "not in this town",
        "not in this village",
        "not on this street",
    )
]
EN_KEPT_SO = [
    f"{w} {k} {t}"
    for w in ("like to", "love to", "want to", "going to", "gonna", "will", "should", "must", "to")
    for k in ("keep it", "keep things")
    for t in ("that way", "like that", "this way", "like this")
]
EN_ELSEWHERE = [
    f"{v} {o} somewhere else"
    for v in ("put", "build", "send", "move", "take", "house", "keep", "stick")
    for o in ("it", "them", "those", "the lot")
] + ["anywhere but here", "somewhere else please", "somewhere else thanks", "nimby"]


EN_ENTRIES = [
    (
        '# a place of exclusion assigned: "X belong back where they came from"',
        [f"{b} {p}" for b in EN_BELONG for p in EN_PLACES],
        "",
    ),
    (
        '# a role to stick to, a modal in the form: "X should stick to herding goats" (not the rules, the law)',
        EN_STICK,
        ", undone_by: kept_to",
    ),
    (
        "# death preferred to the group's company (the group after): \"I'd rather die than let my daughter marry a X\"",
        EN_RATHER_FORMS,
        ", target: after",
    ),
    (
        '# the only good member ("good" before the group, "only" in reach): "The only good X is one on a plane home"',
        EN_ONLY_GOOD,
        ", group_after: praise, requires: sole",
    ),
    (
        '# another member, another crime: "Another X family, another stolen wallet"',
        EN_ANOTHER_CRIMES,
        ", group_after: recurring, undone_by: injustices",
    ),
    (
        '# the same with "another day" before the group: "Another day, another X with a bomb"',
        EN_CAUGHT,
        ", group_after: recurring, requires: recurrences, undone_by: injustices",
    ),
    (
        '# imagine being one of the group, mocked right after it (the group after): "Imagine being a X lol"',
        EN_IMAGINE,
        ", target: after, closed_by: mockery",
    ),
    (
        '# being one of the group mocked, "being" right before it: "Imagine being gay, couldn\'t be me"',
        EN_NOT_ME,
        ", adjacent: true",
    ),
    ('# the group smelt (the group after): "I can smell a X from across the street"', EN_SMELL, ", target: after"),
    (
        '# one of the group handed power, the failure foretold: "Put a X in charge and watch the company burn"',
        EN_WATCH_FAIL,
        ", group_after: handovers, free: 6",
    ),
    (
        '# gratitude demanded of the group, a modal in reach: "X should be grateful we let them in"',
        EN_GRATEFUL,
        ", requires: modal",
    ),
    ('# the same said as luck: "X are lucky we even let them in"', EN_LUCKY, ""),
    (
        '# the group refused in the speaker\'s home, a denial before it: "No X will ever rent my flat"',
        EN_NEVER_IN_MY,
        ", requires: refusals, negated: true",
    ),
    (
        '# the same, the group after and a home in reach: "My spare room will never go to a X"',
        EN_NEVER_GO,
        ", target: after, requires: lettings, negated: true",
    ),
    (
        "# not made for a role, the form's own negation: \"X just aren't cut out for engineering\"",
        EN_NOT_MADE,
        ", negated: true",
    ),
    (
        '# an inability said of the group, a negation in reach: "X can\'t swim" (not "… can\'t swim here")',
        EN_UNABLE,
        ", requires: negations, undone_by: permissions",
    ),
    (
        '# (session 47, I) the inability in forms that carry their own negation: "X have never been able to govern'
        ' themselves", "X don\'t know how to behave" (not "… here")',
        EN_UNABLE_FORMS,
        ", negated: true, undone_by: permissions",
    ),
    (
        '# typical of the group, "such" or "so" before it: "Such a X thing to do"',
        EN_TYPICAL,
        ", group_after: typifiers, adjacent: true",
    ),
    (
        '# never trust one member of the group (the group after): "Never trust a X with your money"',
        EN_DISTRUST,
        ", target: after, negated: true",
    ),
    ('# the same said as a rule: "You can never trust a X"', EN_DISTRUST_SAID, ", target: after, negated: true"),
    (
        '# the group kept out of the speaker\'s own place, the answer to a group just named: "… just not on our road"',
        EN_NOT_IN_MY,
        ", shown: true, adjacent: true, negated: true",
    ),
    (
        '# the same said as a wish to keep things so: "… and we\'d like to keep it that way"',
        EN_KEPT_SO,
        ", shown: true",
    ),
    ('# the group sent elsewhere: "… put them somewhere else"', EN_ELSEWHERE, ", shown: true"),
    (
        '# a compliment restricted to a member of the group (the group right after): "articulate for a X"',
        EN_BACKHANDED,
        ", target: after, adjacent: true",
    ),
    (
        '# the same said as a faint denial: "not bad for a X"',
        EN_BACKHANDED_DENIED,
        ", target: after, adjacent: true, negated: true",
    ),
    (
        '# a knowing aside right after the group, ending its sentence: "X drivers, say no more"',
        EN_ASIDES,
        ", adjacent: true, final: true",
    ),
]


def english() -> str:
    """The English list."""
    return _render(EN_HEADER, EN_ENTRIES)


EN_HEADER = """\
credit: Written for Sevenfold by training/implicit_frames.py (frames of implicit derogation, each with a group slot).
notes: >-
  Implicit derogation of risk.hate (round 12): contempt with no insult word, each class a frame any group of
  groups.yml fills — a place of exclusion assigned, a role to stick to, death preferred to the group's company, the
  only good member, another member another crime, imagine being one, the group smelt, one handed power and the failure
  foretold, gratitude demanded, the group refused as a tenant, not cut out for a role, a stereotyped inability, typical
  of the group, never trust one, a knowing aside. Every form is a combination the script writes.
  Regenerate with `python -m training.implicit_frames en > rules/risk/terms/en/hate-implicit-frames.yml`.
language: en
sureness: 1
target: before
terms:
"""


# --- French --------------------------------------------------------------------------------------------------------

FR_PLACE_COPULAS = ("est", "c'est", "serait", "sera", "reste")
FR_PLACES = [
    "au foyer",
    "à la maison",
    "à la cuisine",
    "aux fourneaux",
    "derrière les fourneaux",
    "au lit",
    "chez eux",
    "chez elles",
    "dans leur pays",
    "dans leurs pays",
    "dans leur pays d'origine",
    "au bled",
    "en afrique",
    "dans le désert",
    "dans la jungle",
    "dans les arbres",
    "dans le placard",
    "à la rue",
    "dans la rue",
    "dans la poubelle",
    "à la poubelle",
    "au fond du trou",
    "en cage",
    "dans une cage",
    "dans un zoo",
    "au zoo",
    "en prison",
    "à genoux",
    "au pays",
    "là-bas",
    "loin d'ici",
    "pas ici",
    "pas chez nous",
    "pas en france",
]
FR_OWN_PLACE = [f"{who} place {c} {p}" for who in ("leur", "sa") for c in FR_PLACE_COPULAS for p in FR_PLACES]
FR_OWN_PLACE += [
    f"{v} à leur place"
    for v in (
        "rester",
        "savoir rester",
        "retourner",
        "se tenir",
        "être remis",
        "être remises",
        "être remises",
        "rentrer",
    )
]
# un rôle auquel le groupe devrait se tenir, un modal à portée : « les X devraient *se contenter de* … »
FR_STICK = [
    "se contenter de",
    "se contenter d'",
    "se contenter du",
    "se contenter des",
    "s'en tenir à",
    "s'en tenir au",
    "s'en tenir aux",
    "se limiter à",
    "se limiter au",
    "se limiter aux",
    "se cantonner à",
    "se cantonner au",
    "se cantonner aux",
    "rester entre eux",
    "rester entre elles",
    "rester dans leur coin",
    "rester dans leur couloir",
    "rester dans leur ghetto",
    "rester dans leurs ghettos",
    "rester dans leur cuisine",
]
# à quoi le groupe servirait, dit par « c'est » : « les X, *c'est bon qu'à* courir »
FR_ONLY_FOR = [
    f"{c} {b}"
    for c in ("c'est", "c'est juste", "c'est tout juste", "ça sert", "c'est seulement")
    for b in ("bon qu'à", "bon qu'a", "bon à", "bon que pour", "juste bon à", "qu'à", "bon pour")
]
# (session 11, F) un vice présenté comme tout ce que fait le groupe, une restriction sur la classe des vices : « les X
# savent faire *autre chose que* voler ? », « ils font quoi *à part* dealer ? », « ne savent que mendier » — la
# question présuppose le vice ; au singulier aussi (« un X sait faire autre chose que … »)
FR_VICES = [
    "voler",
    "mendier",
    "dealer",
    "se plaindre",
    "pleurnicher",
    "chialer",
    "frauder",
    "tricher",
    "magouiller",
    "escroquer",
    "arnaquer",
    "squatter",
    "agresser",
    "violer",
    "tuer",
    "poser des bombes",
    "faire des attentats",
    "brûler des voitures",
    "cramer des voitures",
    "foutre le bordel",
    "foutre la merde",
    "toucher des aides",
    "toucher les aides",
    "toucher les allocs",
    "toucher le rsa",
    "vivre des aides",
    "vivre des allocs",
    "profiter du système",
    "faire des gosses",
    "pondre des gosses",
    "glander",
    "picoler",
    "racketter",
    "trafiquer",
    "vendre de la drogue",
    "cambrioler",
    "piller",
    "tout casser",
    "mentir",
    "taper la manche",
    "faire la manche",
    "se victimiser",
    "jouer les victimes",
    "parasiter",
    "emmerder le monde",
    "faire chier le monde",
]
# asked, the restriction presupposes the vice (« … autre chose que voler ? »); said, it denies it (« les X savent
# faire autre chose que voler. »): a ``questioned`` cue, a class that counts only in a question
FR_ASKED_RESTRICTIONS = [
    frame
    for know, do in (("savent", "font"), ("sait", "fait"))
    for frame in (
        f"{know} faire autre chose que",
        f"{do} autre chose que",
        f"{know} faire quoi à part",
        f"{do} quoi à part",
        f"{do} quoi d'autre que",
    )
]
FR_RESTRICTIONS = [
    frame
    for know, do in (("savent", "font"), ("sait", "fait"))
    for frame in (
        f"{know} faire que",
        f"{know} que",
        f"ne {know} que",
        f"ne {know} faire que",
        f"ne {do} que",
        f"{know} rien faire d'autre que",
        f"{do} rien d'autre que",
        f"ne {know} rien faire d'autre que",
        f"ne {do} rien d'autre que",
    )
]
FR_ONLY_VICES = [f"{r} {v}" for r in FR_RESTRICTIONS for v in FR_VICES]
FR_ASKED_VICES = [f"{r} {v}" for r in FR_ASKED_RESTRICTIONS for v in FR_VICES]
# la mort préférée au contact du groupe (le groupe après), où threat_frames_fr n'a pas le contact
FR_RATHER = ("je préfère", "je préférerais", "plutôt", "j'aime mieux", "j'aimerais mieux", "je préférerais encore")
FR_DEATHS = ("crever", "mourir", "me tirer une balle", "me suicider")
FR_THAN = ("plutôt que de", "plutôt que d'", "que de", "que d'")
FR_CONTACTS = (
    "voir ma fille épouser",
    "voir mon fils épouser",
    "voir ma sœur épouser",
    "voir ma fille avec",
    "voir mon fils avec",
    "voir ma fille sortir avec",
    "voir mon fils sortir avec",
    "voir ma fille ramener",
    "voir mon fils ramener",
    "voir ma fille se marier avec",
    "voir mon fils se marier avec",
    "laisser ma fille épouser",
    "laisser mon fils épouser",
    "laisser ma fille sortir avec",
    "avoir pour gendre",
    "avoir comme gendre",
    "avoir pour belle-fille",
    "avoir comme belle-fille",
    "avoir un gendre",
    "avoir une belle-fille",
    "avoir un patron",
    "avoir une patronne",
    "avoir un chef",
    "avoir une cheffe",
    "avoir un médecin",
    "avoir un voisin",
    "être soigné par",
    "être soignée par",
    "être opéré par",
    "obéir à",
    "voter pour",
    "serrer la main d'",
    "serrer la main à",
)


def _rather_fr() -> list[str]:
    """« plutôt crever que de voir ma fille épouser », « je préfère mourir que d'avoir pour gendre »…"""
    out = []
    for rather in FR_RATHER:
        for die in FR_DEATHS:
            for than in FR_THAN:
                for contact in FR_CONTACTS:
                    if than.endswith("'") == (contact[0] in "aeéiouh"):
                        out.append(f"{rather} {die} {than}{'' if than.endswith(chr(39)) else ' '}{contact}")
    return out


FR_RATHER_FORMS = _rather_fr()
# le seul bon membre (« bon » juste avant le groupe, « seul » à portée) : « le seul bon X, *c'est celui qui* repart »
FR_ONLY_GOOD = [
    f"{c} {w}"
    for c in ("c'est", "est", "ce sont", "sont")
    for w in (
        "celui qui",
        "celle qui",
        "celui qu'",
        "celle qu'",
        "ceux qui",
        "celles qui",
        "ceux qu'",
        "celles qu'",
        "un",
        "une",
        "celui",
        "celle",
    )
]
# un membre de plus, un délit de plus (le groupe après « encore ») : « encore un X, *encore une bombe* »
FR_CRIMES = [
    "une bombe",
    "un attentat",
    "un attentat terroriste",
    "un terroriste",
    "une voiture brûlée",
    "une voiture incendiée",
    "un vol",
    "un portefeuille volé",
    "un téléphone volé",
    "un sac volé",
    "un braquage",
    "un cambriolage",
    "une arnaque",
    "une fraude",
    "une fraude aux allocs",
    "un trafic",
    "un dealer",
    "une émeute",
    "un pillage",
    "un attentat au couteau",
    "une attaque au couteau",
    "un coup de couteau",
    "une agression au couteau",
    "des allocs",
    "une alloc",
]
FR_ANOTHER_CRIMES = [f"encore {c}" for c in FR_CRIMES]
# « un X de plus, une voiture brûlée de plus »
FR_ONE_MORE = [f"de plus{p} {c} de plus" for p in ("", ",") for c in FR_CRIMES]
FR_CAUGHT = [
    "au tribunal",
    "devant le juge",
    "devant les juges",
    "en garde à vue",
    "en prison",
    "derrière les barreaux",
    "aux assises",
    "en correctionnelle",
    "avec un couteau",
    "avec une bombe",
    "avec une ceinture d'explosifs",
    "arrêté",
    "arrêtée",
    "interpellé",
    "interpellée",
    "condamné",
    "condamnée",
    "mis en examen",
    "mise en examen",
    "aux allocs",
    "au rsa",
    "qui vole",
    "qui deale",
    "qui fraude",
    "qui casse tout",
]
# être du groupe, moqué juste après (le groupe après) : « imagine être un X *mdr* »
FR_IMAGINE = [
    f"{i} {b}"
    for i in ("imagine", "imaginez", "imagine-toi", "imaginez-vous", "imagine un peu")
    for b in (
        "être",
        "etre",
        "t'es",
        "tu es",
        "tu serais",
        "être né",
        "être née",
        "naître",
        "être un",
        "être une",
        "t'es un",
        "t'es une",
        "naître en tant que",
    )
]
# le groupe senti venir (un pronom le reprend : « les X, on les *sent arriver* de loin ») ou senti là (le groupe après)
FR_SENSED = [
    f"{v} {w}"
    for v in ("sent", "sens", "sentait", "sentira", "sentez", "sentent")
    for w in (
        "arriver",
        "venir",
        "de loin",
        "à dix mètres",
        "à cent mètres",
        "à des kilomètres",
        "à 10 mètres",
        "à 100 mètres",
        "à un kilomètre",
        "à l'odeur",
        "avant de les voir",
        "avant même de les voir",
    )
]
FR_SMELLS = [f"{c} {v}" for c in ("ça", "ca") for v in ("sent", "pue", "schlingue", "empeste", "sent fort", "refoule")]
FR_SMELLS += ["odeur de", "l'odeur de", "une odeur de", "pue le", "pue la", "pue l'", "sent le", "sent la", "sent l'"]
FR_SMELLS += [
    f"{c} {v} {a}" for c in ("ça", "ca") for v in ("sent", "pue", "empeste") for a in ("le", "la", "l'", "les")
]
# un membre du groupe mis aux commandes, l'échec prédit : « mets une X aux commandes et *regarde la boîte couler* »
FR_WATCH = (
    "regarde",
    "regardez",
    "et regarde",
    "et regardez",
    "tu verras",
    "vous verrez",
    "et tu verras",
    "et vous verrez",
    "on verra",
    "et on verra",
)
FR_RUINED = (
    "la boîte",
    "le pays",
    "la boite",
    "l'entreprise",
    "la société",
    "l'équipe",
    "la ville",
    "tout",
    "la france",
    "le projet",
    "l'école",
    "le service",
    "la mairie",
    "le magasin",
)
FR_FAILS = (
    "couler",
    "sombrer",
    "s'effondrer",
    "brûler",
    "partir en fumée",
    "faire faillite",
    "s'écrouler",
    "péricliter",
    "crever",
    "mourir",
    "partir en vrille",
    "partir en couille",
    "tomber",
    "plonger",
)
FR_WATCH_FAIL = [f"{w} {r} {f}" for w in FR_WATCH[:4] for r in FR_RUINED for f in FR_FAILS]
FR_WATCH_FAIL += [
    f"{w} {o}"
    for w in FR_WATCH[4:]
    for o in (
        "le désastre",
        "le carnage",
        "la catastrophe",
        "le massacre",
        "le naufrage",
        "la faillite",
        "les dégâts",
        "le chaos",
        "le bordel",
    )
]
FR_WATCH_FAIL += [f"c'est {o}" for o in ("la faillite", "la catastrophe", "le naufrage", "le chaos", "la fin")]
# la gratitude exigée du groupe, un modal à portée : « les X devraient *nous remercier* »
FR_GRATEFUL = [
    "nous remercier",
    "nous dire merci",
    "dire merci",
    "déjà dire merci",
    "remercier la france",
    "remercier le ciel",
    "nous baiser les pieds",
    "baiser les pieds",
    "s'estimer heureux",
    "s'estimer heureuses",
    "s'estimer chanceux",
    "s'estimer chanceuses",
    "s'estimer contents",
    "être reconnaissants",
    "être reconnaissantes",
    "nous être reconnaissants",
    "nous être reconnaissantes",
    "être contents qu'on",
    "être contentes qu'on",
    "être heureux qu'on",
    "être heureuses qu'on",
    "être déjà contents",
    "se taire et dire merci",
    "fermer leur bouche et dire merci",
]
# le groupe refusé chez le locuteur, une négation avant lui : « aucun X ne *louera mon* appart »
FR_NEVER_IN_MY = [
    f"{v} {p}"
    for v in ("louera", "loue", "aura", "mettra les pieds", "entrera", "habitera", "vivra", "travaillera", "dormira")
    for p in (
        "mon appart",
        "mon appartement",
        "ma maison",
        "mon studio",
        "mon logement",
        "mon immeuble",
        "chez moi",
        "dans mon appart",
        "dans ma maison",
        "dans mon immeuble",
        "dans ma boîte",
        "dans ma boutique",
        "dans mon restaurant",
        "pour moi",
        "sous mon toit",
    )
]
# pas faits pour un rôle, la négation de la forme : « les X ne sont *pas taillées pour* le commandement » (pas « faits »
# ni « nés » seuls, que dit aussi « … pas faits pour souffrir » : hate-predicates.yml les écrit avec leur rôle)
FR_NOT_MADE = [
    f"pas {m} pour"
    for m in (
        "taillés",
        "taillées",
        "taillé",
        "taillée",
        "conçus",
        "conçues",
        "conçu",
        "conçue",
        "câblés",
        "câblées",
        "programmés",
        "programmées",
        "doués",
        "douées",
    )
]
FR_NOT_MADE += [
    "pas à la hauteur",
    "jamais à la hauteur",
    "pas au niveau",
    "jamais au niveau",
    "pas la carrure",
    "pas les épaules",
    "pas ce qu'il faut",
    "pas la tête à",
    "pas le cerveau pour",
    "pas le niveau",
]
# une incapacité dite du groupe (la négation de la forme) : « les X *savent pas nager* »
FR_UNABLE = [
    "nager",
    "danser",
    "se garer",
    "garer",
    "faire un créneau",
    "compter",
    "écrire",
    "lire",
    "cuisiner",
    "parler français",
    "parler correctement",
    "s'habiller",
    "se laver",
    "gérer l'argent",
    "gérer un budget",
    "gérer une entreprise",
    "gérer quoi que ce soit",
    "tenir l'alcool",
    "boire",
    "arriver à l'heure",
    "être à l'heure",
    "réfléchir",
    "penser",
    "commander",
    "diriger",
    "se battre",
    "se tenir à table",
    "se servir d'un ordinateur",
    "coder",
    "bricoler",
    "garder un secret",
    "encaisser une blague",
    "rire d'eux-mêmes",
]
# (session 47, I) la conduite et la compétence d'un membre de la société dites hors de portée du groupe, la classe
# anglaise EN_CONDUCT : élever un enfant, ressentir, tenir parole, se gouverner, vivre en paix, garder un emploi ; pas
# un sort (« ne peuvent pas travailler », « apprendre », « voter » : des règles et des manques, laissés de côté)
FR_CONDUCT = [
    f"{verb} {thing}"
    for verb, things in (
        ("élever", ("un enfant", "des enfants", "leurs enfants", "leurs gosses", "un garçon", "des garçons")),
        ("ressentir", ("de l'empathie", "de la honte", "des remords")),
        ("aimer", ("quelqu'un", "personne", "leurs enfants", "vraiment")),
        ("dire", ("la vérité", "merci", "bonjour")),
        ("tenir", ("parole", "leur parole", "sa parole", "une promesse", "leurs promesses")),
        ("gouverner", ("un pays", "quoi que ce soit")),
        ("respecter", ("les femmes", "les règles", "la loi", "quoi que ce soit", "personne")),
        ("être", ("de bons parents", "des parents", "fidèles", "fidèle", "honnêtes", "honnête", "polis", "civilisés")),
    )
    for thing in things
]
FR_CONDUCT += [
    "se gouverner",
    "se contrôler",
    "se maîtriser",
    "se retenir",
    "se tenir",
    "se comporter",
    "se comporter correctement",
    "penser par eux-mêmes",
    "faire la queue",
    "attendre leur tour",
    "rembourser",
    "obéir",
]
# (session 47, I) savoir nié vaut aussi pour le travail (« les X savent pas travailler » : une paresse prêtée, pas un
# sort) ; les formes de savoir au passé composé et « toujours pas » ; pouvoir et apprendre, avec la conduite seule
FR_UNABLE += [*FR_CONDUCT, "travailler", "bosser", "inventer quoi que ce soit", "créer quoi que ce soit"]
# vivre parmi les autres et garder un emploi, avec savoir seul (« ne peuvent pas vivre en paix » est aussi un sort)
FR_UNABLE += [
    f"vivre {how}" for how in ("en paix", "en société", "en ville", "comme tout le monde", "comme des gens normaux")
] + [f"garder {job}" for job in ("un emploi", "un boulot", "un travail")]
FR_UNABLE_FORMS = [
    f"{s} {v}"
    for s in (
        "savent pas",
        "sait pas",
        "savent même pas",
        "sauront jamais",
        "savent jamais",
        "ont jamais su",
        "a jamais su",
        "savent toujours pas",
        "sait toujours pas",
        "ont jamais été capables de",
        "seront jamais capables de",
    )
    for v in FR_UNABLE
] + [
    f"{s} {v}"
    for s in (
        "peuvent pas",
        "peut pas",
        "pourront jamais",
        "pourra jamais",
        "peuvent même pas",
        "ont jamais pu",
        "ont jamais appris à",
        "apprendront jamais à",
    )
    for v in FR_CONDUCT
]
# typique du groupe : « *typiquement* X, de … » ; « *c'est bien* un X, ça »
FR_TYPICAL = ["typiquement", "tellement", "trop", "vraiment", "bien"]
# ne jamais se fier à un membre du groupe (le groupe après)
FR_DISTRUST = [
    f"{n} {v}"
    for n in (
        "ne jamais",
        "jamais",
        "faut jamais",
        "il faut jamais",
        "il ne faut jamais",
        "ne faites jamais",
        "ne fais jamais",
        "faites jamais",
        "fais jamais",
        "on ne doit jamais",
        "faut pas",
        "il faut pas",
        "ne faites pas",
        "ne fais pas",
        "faites pas",
        "fais pas",
    )
    for v in (
        "faire confiance à",
        "faire confiance aux",
        "confiance à",
        "confiance aux",
        "se fier à",
        "se fier aux",
        "te fier à",
        "te fier aux",
        "vous fier à",
        "vous fier aux",
        "prêter d'argent à",
        "prêter de l'argent à",
        "tourner le dos à",
        "tourner le dos aux",
    )
]
FR_DISTRUST += [
    f"{m} {d}"
    for m in (
        "méfiez-vous",
        "méfie-toi",
        "se méfier",
        "méfiez vous",
        "méfie toi",
        "faut se méfier",
        "il faut se méfier",
    )
    for d in ("des", "d'un", "d'une", "de")
]
FR_DISTRUST += [
    f"{w} {t} quand"
    for w in ("surveillez", "surveille", "tenez", "tiens", "cachez", "cache", "planquez", "planque")
    for t in ("vos sacs", "ton sac", "votre sac", "vos portefeuilles", "ton portefeuille", "vos enfants", "tes enfants")
]
# le groupe tenu dehors, un appel à portée : « *gardez* les X loin de nos quartiers »
FR_KEEP = [
    "gardez",
    "gardons",
    "garder",
    "tenez",
    "tenons",
    "tenir",
    "éloignez",
    "éloignons",
    "éloigner",
    "maintenez",
    "maintenir",
    "gardez-moi",
    "garde",
]
# un dicton : « une femme *au volant, la mort au tournant* »
FR_SAYINGS = [
    f"au volant{p} {s}"
    for p in ("", ",")
    for s in (
        "la mort au tournant",
        "mort au tournant",
        "danger public",
        "danger",
        "c'est la catastrophe",
        "catastrophe",
        "bonjour les dégâts",
        "accident assuré",
        "c'est la mort",
        "attention les yeux",
        "priez pour nous",
    )
]

# (session 18, I) un compliment restreint à « un membre du groupe » (le groupe juste après) : « intelligente pour
# une X », « parle bien français pour un X » — l'esprit, l'allure, les manières, le travail d'une personne (pas
# « bien » seul : « un logement bien adapté pour une personne handicapée »)
FR_PRAISED_TRAITS = [
    f"{stem}{end}"
    for stem, ends in (
        ("intelligent", ("", "e", "s", "es")),
        ("éloquent", ("", "e")),
        ("cultivé", ("", "e")),
        ("poli", ("", "e")),
        ("ponctuel", ("", "le")),
        ("honnête", ("",)),
        ("propre", ("",)),
        ("fiable", ("",)),
        ("doué", ("", "e")),
        ("compétent", ("", "e")),
        ("civilisé", ("", "e")),
        ("élégant", ("", "e")),
        ("raffiné", ("", "e")),
        ("débrouillard", ("", "e")),
        ("futé", ("", "e")),
        ("malin", ("",)),
        ("maligne", ("",)),
        ("drôle", ("",)),
        ("marrant", ("", "e")),
        ("mignon", ("", "ne")),
        ("joli", ("", "e")),
        ("belle", ("",)),
        ("beau", ("",)),
        ("sérieu", ("x", "se")),
        ("travailleu", ("r", "se")),
        ("bosseu", ("r", "se")),
        ("courageu", ("x", "se")),
        ("calme", ("",)),
        ("discret", ("",)),
        ("discrète", ("",)),
        ("soigné", ("", "e")),
        ("classe", ("",)),
        ("respectueu", ("x", "se")),
        ("articulé", ("", "e")),
        ("brillant", ("", "e")),
        ("talentueu", ("x", "se")),
        ("instruit", ("", "e")),
        ("bien élevé", ("", "e")),
        ("bien habillé", ("", "e")),
        ("bien éduqué", ("", "e")),
        ("bien coiffé", ("", "e")),
    )
    for end in ends
]
FR_DEGREES = ["plutôt", "assez", "super", "très", "vachement", "drôlement", "étonnamment", "franchement", "hyper"]
FR_PRAISED_DEEDS = [
    f"{verb} {how}"
    for verb in (
        "parle",
        "parlait",
        "s'exprime",
        "s'exprimait",
        "se débrouille",
        "se débrouillait",
        "conduit",
        "écrit",
        "bosse",
        "travaille",
        "cuisine",
        "gère",
        "s'en sort",
        "s'en sortait",
        "danse",
        "joue",
    )
    for how in (
        "bien",
        "super bien",
        "très bien",
        "plutôt bien",
        "vachement bien",
        "drôlement bien",
        "trop bien",
        "hyper bien",
        "bien français",
        "bien le français",
        "super bien français",
        "très bien français",
        "un bon français",
        "un français parfait",
        "correctement",
        "pas mal",
        "pas si mal",
    )
]
FR_PRAISED = (
    FR_PRAISED_TRAITS
    + [f"{d} {p}" for d in FR_DEGREES for p in FR_PRAISED_TRAITS]
    + [f"{d} {p}" for d in FR_DEGREES for p in ("bien", "bon", "bonne", "correct", "correcte")]
    + FR_PRAISED_DEEDS
)
FR_BACKHANDED = [f"{p} pour {a}" for p in FR_PRAISED if "pas " not in p for a in ("un", "une")]
FR_BACKHANDED_DENIED = [f"{p} pour {a}" for p in FR_PRAISED if "pas " in p for a in ("un", "une")]
FR_BACKHANDED_DENIED += [
    f"pas {p} pour {a}" for p in ("mal", "si mal", "trop mal", "bête", "si bête") for a in ("un", "une")
]

# (session 18, I) le groupe tenu hors du lieu du locuteur, dans la proposition qui suit la sienne (« un foyer pour
# migrants ? pas dans notre village », « … mais pas dans le vestiaire de mes filles ») : la réponse au groupe nommé
FR_OWN_PLACES = [
    f"{d} {p}"
    for d, places in (
        (
            "mon",
            ("quartier", "village", "immeuble", "club", "école", "église", "équipe", "entreprise", "bureau", "jardin"),
        ),
        ("mon", ("bâtiment", "lotissement", "association", "asso", "stade")),
        ("ma", ("rue", "ville", "commune", "cité", "résidence", "famille", "boîte", "classe", "piscine", "salle")),
        ("notre", ("rue", "quartier", "village", "ville", "commune", "immeuble", "école", "résidence", "club")),
        ("nos", ("rues", "quartiers", "villages", "écoles", "vestiaires", "toilettes", "familles")),
        ("mes", ("rues", "voisins")),
    )
    for p in places
]
FR_OWN_PLACES += [
    f"{d} {p} {o}"
    for d in ("le", "les")
    for p in ("vestiaire", "vestiaires", "toilettes", "école", "chambre")
    for o in ("de ma fille", "de mes filles", "de mon fils", "de mes enfants", "de mes gosses", "des filles")
]
FR_NOT_IN_MY = [
    f"{lead}pas {prep} {place}"
    for lead in ("", "mais ", "juste ", "surtout ")
    for prep in ("dans", "chez", "près de", "à côté de")
    for place in FR_OWN_PLACES
]
FR_NOT_IN_MY += [
    f"{lead}{tail}"
    for lead in ("", "mais ", "juste ", "surtout ", "par contre ")
    for tail in (
        "pas ici",
        "pas chez nous",
        "pas chez moi",
        "pas par ici",
        "pas dans le coin",
        "pas à côté de chez moi",
        "pas à côté de chez nous",
        "pas dans mon jardin",
        "ailleurs",
        "ailleurs svp",
        "ailleurs merci",
    )
]
FR_ELSEWHERE = [
    f"qu'ils {v} {w}"
    for v in ("le mettent", "les mettent", "aillent", "le construisent", "les logent", "les envoient", "le fassent")
    for w in (
        "ailleurs",
        "à paris",
        "chez eux",
        "chez ceux qui les aiment",
        "chez les bobos",
        "dans les beaux quartiers",
    )
]
FR_KEPT_SO = [
    f"{a} {b}" for a in ("et ça doit", "et ça va", "que ça", "et ça peut") for b in ("rester comme ça", "rester ainsi")
]


FR_ENTRIES = [
    (
        "# un lieu d'exclusion assigné par « leur place » : « les X, leur place est au foyer »",
        FR_OWN_PLACE,
        ", target: any",
    ),
    (
        "# un rôle à ne pas quitter, un modal à portée : « les X devraient se contenter de faire la cuisine »",
        FR_STICK,
        ", requires: modal, undone_by: kept_to",
    ),
    ("# à quoi le groupe servirait, dit par « c'est » : « les X, c'est bon qu'à courir »", FR_ONLY_FOR, ""),
    ("# un vice, tout ce que ferait le groupe : « les X ne savent que voler »", FR_ONLY_VICES, ""),
    (
        "# le même vice présupposé par une question : « les X savent faire autre chose que voler ? »",
        FR_ASKED_VICES,
        ", requires: questioned",
    ),
    (
        "# la mort préférée au contact du groupe (le groupe après) : « plutôt crever que de voir ma fille avec un X »",
        FR_RATHER_FORMS,
        ", target: after",
    ),
    (
        "# le seul bon membre (« bon » juste avant le groupe, « seul » à portée) : « le seul bon X, c'est celui qui… »",
        FR_ONLY_GOOD,
        ", group_after: praise, requires: challenges",
    ),
    (
        "# un membre de plus, un délit de plus : « encore un X, encore une bombe »",
        FR_ANOTHER_CRIMES,
        ", group_after: recurring, undone_by: injustices",
    ),
    ("# « un X de plus, une voiture brûlée de plus »", FR_ONE_MORE, ", undone_by: injustices"),
    (
        "# le même délit dit du membre, « nouveau jour » avant lui : « nouveau jour, nouveau X au tribunal »",
        FR_CAUGHT,
        ", group_after: recurring, requires: recurrences, undone_by: injustices",
    ),
    (
        "# être du groupe, moqué juste après (le groupe après) : « imagine être un X mdr »",
        FR_IMAGINE,
        ", target: after, closed_by: mockery",
    ),
    ("# le groupe senti de loin, repris par un pronom : « les X, on les sent arriver »", FR_SENSED, ""),
    (
        "# le groupe senti là (le groupe après, collé) : « ça sent l'X dans ce bus »",
        FR_SMELLS,
        ", target: after, adjacent: true",
    ),
    (
        "# un membre aux commandes, l'échec prédit : « mets une X aux commandes et regarde la boîte couler »",
        FR_WATCH_FAIL,
        ", group_after: handovers, free: 6",
    ),
    ("# la gratitude exigée, un modal à portée : « les X devraient nous remercier »", FR_GRATEFUL, ", requires: modal"),
    (
        "# le groupe refusé chez le locuteur, une négation avant lui : « aucun X ne louera mon appart »",
        FR_NEVER_IN_MY,
        ", requires: negations, negated: true",
    ),
    ("# pas faits pour un rôle : « les X ne sont pas taillées pour le commandement »", FR_NOT_MADE, ", negated: true"),
    (
        "# une incapacité dite du groupe : « les X savent pas nager » (pas « … nager ici »)",
        FR_UNABLE_FORMS,
        ", negated: true, undone_by: permissions",
    ),
    (
        "# typique du groupe, juste avant lui : « typiquement X, de compter chaque centime »",
        FR_TYPICAL,
        ", target: after, adjacent: true, closed_by: typical_tails",
    ),
    (
        "# « c'est bien un X, ça » (« bien » juste avant le groupe, « ça » juste après lui)",
        ["ça", "ca"],
        ", adjacent: true, group_after: vouched",
    ),
    (
        "# ne jamais se fier à un membre du groupe (le groupe après) : « ne jamais faire confiance à un X »",
        FR_DISTRUST,
        ", target: after, negated: true",
    ),
    (
        "# le groupe tenu dehors, un appel à portée : « gardez les X loin de nos quartiers »",
        FR_KEEP,
        ", target: after, requires: calls, closed_by: particles, undone_by: sheltered",
    ),
    (
        "# le groupe tenu hors du lieu du locuteur, réponse au groupe nommé : « … mais pas dans notre village »",
        FR_NOT_IN_MY,
        ", shown: true, adjacent: true, negated: true",
    ),
    ("# le groupe envoyé ailleurs : « … qu'ils le mettent à Paris »", FR_ELSEWHERE, ", shown: true"),
    ("# le même dit en souhait que rien ne change : « … et ça doit rester comme ça »", FR_KEPT_SO, ", shown: true"),
    (
        "# un compliment restreint à un membre du groupe (le groupe juste après) : « intelligente pour une X »",
        FR_BACKHANDED,
        ", target: after, adjacent: true",
    ),
    (
        "# le même dit en négation polie : « pas mal pour une X »",
        FR_BACKHANDED_DENIED,
        ", target: after, adjacent: true, negated: true",
    ),
    (
        "# un dicton ou un aparté qui suit le groupe : « une femme au volant, la mort au tournant »",
        FR_SAYINGS,
        ", adjacent: true",
    ),
]


def french() -> str:
    """The French list."""
    return _render(FR_HEADER, FR_ENTRIES)


FR_HEADER = """\
credit: Écrit pour Sevenfold ; généré par training/implicit_frames.py (ne pas éditer à la main).
notes: >-
  Dénigrement implicite de risk.hate (round 12) : le mépris sans mot d'insulte, chaque classe un cadre que tout groupe
  de groups.yml remplit — un lieu d'exclusion assigné par « leur place », un rôle à ne pas quitter, la mort préférée au
  contact du groupe, le seul bon membre, un membre de plus un délit de plus, imagine être un X, le groupe senti de
  loin, un membre aux commandes et l'échec prédit, la gratitude exigée, le refus comme locataire, pas faits pour un
  rôle, une incapacité, typique du groupe, ne jamais se fier à un X, le groupe tenu dehors, un dicton. Chaque forme est
  une combinaison que le script écrit. Régénérer avec
  `python -m training.implicit_frames fr > rules/risk/terms/fr/hate-implicit-frames.yml`.
language: fr
sureness: 1
target: before
terms:
"""


def _render(header: str, entries: list[tuple[str, list[str], str]]) -> str:
    out = [header.rstrip("\n")]
    for comment, forms, options in entries:
        unique = list(dict.fromkeys(forms))
        out.append(f"  {comment}")
        out.append(f"  - {{term: {_scalar(unique[0])}, forms: {_flow([_scalar(f) for f in unique[1:]])}{options}}}")
    return "\n".join(out) + "\n"


def _scalar(form: str) -> str:
    """A form as a YAML flow scalar: quoted when it holds a quote, a colon or a comma."""
    if any(c in form for c in "'\",:#[]{}") or form[0] in "-?!&*|>%@`":
        return '"' + form.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return form


def main(language: str | None = None) -> int:
    """Print the list of ``language`` (the first argument): en or fr."""
    chosen = language or (sys.argv[1] if len(sys.argv) > 1 else "")
    if chosen not in ("en", "fr"):
        sys.stderr.write("usage: python -m training.implicit_frames en|fr\n")
        return 2
    sys.stdout.write(english() if chosen == "en" else french())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

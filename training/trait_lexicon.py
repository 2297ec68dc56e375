"""Seed risk.hate's open class of English person-traits from VADER's negative entries (generated, not hand-listed).

``python -m training.trait_lexicon > rules/risk/terms/en/hate-traits.yml`` writes the file again.

hate-derogatory.yml was seeded once by hand from VADER's lexicon; round 15's misses ("lesbians are just *bitter*
man-haters", "Asians are *robotic* copycats") were words that seeding left behind. This script re-runs the idea as a
generator: every entry VADER rates negative (valence <= -1.0) that textblob's Brill lexicon tags as an adjective (JJ),
every noun of a person it tags NN or leaves untagged (an agent ending: "-er", "-ist", "-ard", "-ster", ... — put in
the plural the derogation needs: "X are *whiners*"), and the doers of its negative verbs ("betray" -> "X are
*betrayers*", "deceive" -> "*deceivers*"; not of the verbs in UNDERGONE, whose doer feels or suffers), less the
classes that say what happens TO people or how they
FEEL rather than what they ARE. Said of a group, those are sympathy, news or a complaint, not derogation:

- FEELINGS: moods and emotions ("refugees are *sad*", "women are *angry*", "Muslims are *scared*", "*anxious*",
  "*lonely*", "*tired*") — a state someone is in;
- FORTUNE: what befalls someone — poverty, illness, injury, loss, oppression, danger, death ("disabled people are
  *poor*", "*sick*", "*blind*", "*oppressed*", "*helpless*", "*dead*", "*unprotected*"), and the people it befalls
  (*victims*, *sufferers*, *prisoners*, *mourners*);
- THINGS: what grades events, situations, places and objects rather than people ("*catastrophic*", "*painful*",
  "*difficult*", "*inconvenient*", "*fatal*", "*erroneous*", "*illegal*": "illegal immigrants" names a status);
- STANCES: opinions and reactions that are no vice ("*critical*", "*sceptical*", "*unconvinced*", "*unimpressed*",
  "*hesitant*", "*reluctant*", "*shy*"), and the words of other rules (slurs and swear words are risk.slurs' and
  risk.profanity's: "bitch", "fag", "cunt").

Its VADER reach is measured by ``coverage()`` (``python -m training.trait_lexicon --coverage``): how many of the
lexicon's negative adjectives and nouns of people the hand lists (hate-*.yml) missed and how many this file adds.
Written for the file once, not at run time: the rules stay data, the engine loads a plain list.
"""

from __future__ import annotations

import sys
from pathlib import Path

from training.praise_lexicon import _vader, _words

# a state someone is in, not what they are
FEELINGS = _words(
    """aghast agonized angry anguished anxious ashamed bored bothered concerned crestfallen dejected depressed
despairing desperate despondent disappointed discontented disgusted disheartened disillusioned dismayed displeased
dissatisfied
distraught distressed downcast downhearted dumbfounded embarrassed enraged exasperated exhausted fearful frantic
frightened frustrated furious glum grieving heartbroken heavyhearted homesick horrified humiliated impatient indignant
insecure irate irked jaded jumpy livid lonely lonesome mad miserable mournful nervous numb outraged pained panicky
perplexed perturbed petrified puzzled regretful resentful restless sad saddened scared shaken shocked sorrowful sore
stressed sullen tense terrified tired traumatized troubled uneasy unhappy unsatisfied unsettled unsure upset uptight
weary woebegone worried disinclined sorry uncomfortable unloved unappreciated friendless suspicious fidgety gloomy
regretful sorrowful heartsick cheerless comfortless dejected sickened shamefaced abashed discomforted"""
)
# what befalls someone: poverty, illness, injury, loss, oppression, danger, death, and the people it befalls
FORTUNE = _words(
    """allergic bankrupt belittled blind broke broken crippled dead deaf defenseless deprived destitute disabled
disadvantaged disadvantageous displaced doomed exploited haunted helpless homeless hungry ill injured isolated lone
lost low luckless neglected oppressed orphaned overweight poor powerless starving sick stranded stricken suicidal
threatened underpaid unemployed unequal unhealthy unlucky unprotected unsecured unsupported vulnerable wounded
hapless impotent toothless depressive unfulfilled unsuccessful uninvolved widowed itchy sickly stereotyped unapproved
victims sufferers prisoners mourners casualties fatalities strugglers weepers losers widows refugees unfortunates
scapegoats murderees rejectees grievants complainants stammerers stutterers tragedians tragediennes"""
)
# words that grade events, situations, places or objects, not people
THINGS = _words(
    """absentee adverse agonizing apocalyptic catastrophic critical damaging decayed degrading depressing devastating
difficult dire disappointing disastrous disheartening disillusioning dismal dismaying distressing disturbing dreary
dullish eerie embarrassing erroneous excruciating exhaustible fatal faulty fearsome fiery frightening frightful
frustrating futile goddam grave grievous grim haunting heartbreaking horrifying humiliating illegal inconvenient
inflamed infuriating inhibitory insulting lamentable maddening meaningless misleading mock negative numbing ominous
painful piteous polluted prejudicial problematical punishable punitive regrettable repetitive rigorous ruinous
scandalous severe shocking somber stressful terrifying thorny tragic traumatic troubling unclear uncertain unfair
unfortunate unimpressive unjust vexing woeful worrisome wrong loose uncontrolled unfocused tremulous sappy
libelous feudalistic imperfect libellous doubtful contradictory dolorous lugubrious direful outrageous gloomful
doomy torturous lossy dumpy distressful devastative degradative doomful graveless optionless profitless"""
)
# opinions and reactions that are no vice, and the words of other rules (slurs, swear words)
STANCES = _words(
    """critical sceptical skeptical unconvinced unimpressed hesitant reluctant shy timid rebellious
idiot fag faggot faggots bitch bitches bastard bastards cunt cunts twat wanker nigger niggas slut fucker fuckers
motherfucker cocksucker cocksuckers dickhead dipshit douche douchebag shithead shitheads fuckface fuckhead fucktard
dumbass jackass jackasses smartass smartasses wiseass wiseasses tard prick dick ass assholes pissant pissants pisser
pissers shitty crappy effin shylock shylocks shylocking niggers bloody damn damned goddamned goddammed sucky pique
guilty
critics doubters sceptics skeptics protesters teasers ranters interrupters hesitaters resigners rejecters rejectors
defectors pessimists fatalists defeatists realists worriers worrywarts"""
)
# verbs whose doer feels, suffers, fails or merely acts ("sufferers", "weepers", "losers" of a game, "stoppers"): no
# agent noun is made of them
UNDERGONE = _words(
    """agonize die drown mourn suffer starve tremble sob weep worry regret hesitate lose fail flunk lag resign choke
depress scare startle frighten terrify disappoint dishearten embarrass bother annoy irritate infuriate appall
aggravate cancel cut defer detain discard dump expel forbid impose inhibit interrupt prosecute punish refuse reject
restrict stop suspend avoid banish censor condemn criticize denounce disagree disbelieve argue complain overreact
louse retard piss suck fuck shoot slash disguise underestimate misunderstand haunt suspect ignore deny"""
)
EXCLUDE = frozenset(FEELINGS + FORTUNE + THINGS + STANCES)
# agent endings that make a noun a person ("whiner", "fraudster", "extremist", "dullard")
AGENTS = ("er", "or", "ist", "ard", "ster", "ot", "ant", "ite", "ling", "monger", "head", "brain")
# endings of adjectives the Brill lexicon leaves untagged ("spiteful", "faithless", "treacherous", "vindictive")
ADJECTIVE_ENDINGS = ("ful", "less", "ous", "ive", "ish")
# nouns tagged NN whose ending is no agent but which name a person
PERSON_NOUNS = _words(
    """coward bully cheat crook fool freak nerd jerk snob weirdo wimp weakling zealot loser whore maniac imbecile moron
ignoramus villain vulture devil witch fraud sucker loner egotist cynic pessimist scapegoat dud dork grouch killjoy nag
miser dupe brute sleaze slob hooligan lowlife lamebrain numbskull chucklehead dumbhead hypocrite bigot"""
)
# nouns tagged NN with an agent ending that name a thing ("cancer", "anger", "disorder")
NOT_PERSONS = _words(
    """anger cancer danger disorder error failure horror terror rigor tumor clamor ardor odor pallor stupor torpor
rancor languor rumor labor favor honor humor vigor valor vapor pressure leisure butcher charter chatter monster
murder slaughter squalor quarter disaster hunger temper laughter shutter stutter stammer blunder banter shudder
hindrance detriment pessimism exhaust offence offense poisonwood killdeer devilwoods stinkbugs graveyard disregard
spite panic riot stressor depressant depressor foetor dumpster borer inhibitor irritant problematic ayor cwot bummer
censor interruptor tensioner tenser dynamiter exhauster"""
)


def _tags() -> dict[str, str]:
    import textblob.en as tbe

    tags: dict[str, str] = {}
    for line in (Path(tbe.__file__).parent / "en-lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            tags[parts[0]] = parts[1]
    return tags


def _plural(noun: str) -> str:
    if noun.endswith(("s", "x", "sh", "ch")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


def _agent(verb: str) -> str:
    """The plural doer of a verb: "cheaters", "deceivers", "agitators", "falsifiers", "robbers"."""
    vowels = tuple("aeiou")
    if verb.endswith("ate") and len(verb) > 5:
        return verb[:-1] + "ors"
    if verb.endswith("y") and not verb.endswith(tuple(v + "y" for v in vowels)):
        return verb[:-1] + "iers"
    if verb.endswith("e"):
        return verb + "rs"
    if len(verb) <= 4 and verb[-2] in vowels and verb[-3] not in vowels and verb[-1] not in "wxy":
        return verb + verb[-1] + "ers"
    return verb + "ers"


def _comparative(word: str, vader: dict[str, float]) -> bool:
    """ "ruder", "angrier", "bitterer": a degree of an adjective, no agent noun."""
    stems = (word[:-2], word[:-1], word[:-3] + "y", word[:-3])
    return word.endswith("er") and any(stem in vader for stem in stems if stem)


def _person(word: str, tag: str | None) -> bool:
    if word in PERSON_NOUNS:
        return True
    if word in NOT_PERSONS or tag not in ("NN", None) or not word.endswith(AGENTS):
        return False
    return not word.endswith(("ness", "ism", "ion", "ity", "ment", "ing"))


def candidates(threshold: float = -1.0) -> tuple[list[str], list[str]]:
    """The negative adjectives and (plural) nouns of people of VADER that judge what a person is (module docstring)."""
    tags = _tags()
    adjectives: set[str] = set()
    nouns: set[str] = set()
    vader = _vader()
    for word, valence in vader.items():
        if valence > threshold or not word.replace("-", "").isalpha() or word in EXCLUDE:
            continue
        tag = tags.get(word)
        if tag == "JJ" or (tag is None and word.endswith(ADJECTIVE_ENDINGS)):
            adjectives.add(word)
        elif tag is None and _comparative(word, vader):
            continue
        elif tag in ("VB", "VBP") and word.isalpha() and word not in UNDERGONE:
            nouns.add(_agent(word))  # "cheat" -> "cheaters", "deceive" -> "deceivers"
        elif tag == "NNS" and _person(word[:-1], None) and word not in EXCLUDE:
            nouns.add(word)
        elif _person(word, tag) and _plural(word) not in EXCLUDE:
            nouns.add(_plural(word))
    return sorted(adjectives - EXCLUDE), sorted(nouns - EXCLUDE)


HEADER = """\
credit: >-
  Written for Sevenfold by training/trait_lexicon.py from the negative entries of the VADER lexicon (vaderSentiment,
  MIT; valence <= -1.0) tagged as adjectives or nouns of people by textblob's Brill lexicon (textblob, MIT), less the
  classes the script names (feelings, fortune, things, stances and the words of other rules).
notes: >-
  Derogation predicates of risk.hate, the open tail beside hate-derogatory.yml (listed after it, so a word in both
  keeps that file's entry): what a person IS, said of a group through a judging verb (`requires: judged`: "lesbians
  are *bitter*", "Asians are *robotic*", "X are *whiners*"). Not attributive: "a bitter coffee", "shy Asians" are no
  judgement of a group. Sureness 1 (warning), raised to an error by the hate model. Regenerate with
  `python -m training.trait_lexicon > rules/risk/terms/en/hate-traits.yml`.
language: en
sureness: 1
target: before
requires: judged
singular: true
terms:
"""


def coverage(lists: Path) -> str:
    """VADER's negative adjectives and nouns of people, the hand lists' share of them, and this file's."""
    import yaml

    have: set[str] = set()
    for path in sorted(lists.glob("hate-*.yml")):
        if path.name == "hate-traits.yml":
            continue
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")).get("terms") or []:
            have |= {w for w in [entry["term"], *(entry.get("forms") or [])] if isinstance(w, str)}
    tags = _tags()
    negative = [w for w, v in _vader().items() if v <= -1.0 and w.replace("-", "").isalpha()]
    judging = [w for w in negative if tags.get(w) == "JJ" or _person(w, tags.get(w))]
    judging += [w for w in negative if tags.get(w) is None and w.endswith(ADJECTIVE_ENDINGS)]
    adjectives, nouns = candidates()
    kept = set(adjectives) | set(nouns)
    missed = [w for w in judging if w not in have and _plural(w) not in have]
    added = [w for w in missed if w in kept or _plural(w) in kept]
    return (
        f"VADER negative entries (<= -1.0, words): {len(negative)}; adjectives or nouns of people: {len(judging)}; "
        f"missed by the hand lists: {len(missed)}; kept here: {len(added)}; "
        f"left out by class: {len(missed) - len(added)}"
    )


def main() -> None:
    if "--coverage" in sys.argv[1:]:
        sys.stdout.write(coverage(Path(__file__).resolve().parent.parent / "rules/risk/terms/en") + "\n")
        return
    adjectives, nouns = candidates()
    lines = [HEADER.rstrip("\n")]
    lines.append(f"  - {{term: {adjectives[0]}, forms: [{', '.join(adjectives[1:])}]}}")
    lines.append(f"  - {{term: {nouns[0]}, forms: [{', '.join(nouns[1:])}]}}")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()

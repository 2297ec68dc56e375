"""Grammar of use of a slur homonym: aimed at people, or used in its harmless sense.

A few slurs are also ordinary words: "fag" (a cigarette), "faggot" (a bundle of sticks, a meatball), "coon" (a
raccoon), "dyke" (an embankment, a stone wall), "chink" (a gap, a clinking sound), "tranny" (a gearbox), "retard"
(to slow), « tapette » (a fly swatter, a mousetrap), « pédale » (a pedal), « raton » (a young rat), « mongol » (the
people). A list of sense words near the word ("bins", "attic") only knows the drafts its authors foresaw; the
*grammar* the word stands in says which sense it has, whatever the words around it:

- aimed at people (``INSULT``): spoken to ("you absolute …", "shut up …", ", …!", « t'es qu'une … », « espèce de
  … »), with an insult's adjectives ("such a …", "dirty …", « sale … », « quelle … »), compared to a person ("… like
  you", « … comme toi »), subject of a person's verb ("the … next door keeps complaining", "… who …", « … qui dit
  … »), a person's possessive ("…'s wife"), a person noun's predicate ("my neighbour is a …"), a normative verb on it
  ("… should …", « … devraient … »);
- a thing (``INNOCENT``), by what one does with that kind of thing (the entry names its senses, so a verb of one
  sense never clears another: "smoked a …" is a cigarette, never a gap): a cigarette (``cigarette``: smoked, lit,
  bummed, "offered me a …", an errand "gasping for a …", "pack of …", "a crafty …"), food (``food``: fried, ordered,
  "plate of …", "homemade …"), firewood (``fuel``: stacked, "bundle of …", "a … of hazel"), a structure
  (``structure``: built, breached, "along the …", "a stone …", "the … gave way"), a gap or a sound (``gap``: "through
  a …", "a … of hope"), a machine (``machine``: rebuilt, "manual …", "the … started slipping", « la … grince »), a
  tool (``tool``: « il a tendu une … », « la … a claqué », « … en osier »); "its" and a noun after it too;
- an animal (sense ``animal``): subject of an animal's verb ("a … tipped over the compost", « un … a grignoté »), an
  animal emoji in the draft (primates and bananas excepted: they are racist imagery), "its" after it;
- a verb (sense ``verb``): after "to", a modal or "help", or before a determiner ("retard the yeast");
- a body (sense ``body``): before a limb or a muscle ("her spastic left arm");
- a people (sense ``people``, French): capitalised after an article (« les Mongols ont … »).

Neither grammar (``None``): "look at that … over there" may aim at a person or an animal; the caller keeps it at least
a warning. Insult grammar wins over the harmless one ("shut up … and light my cigarette").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Literal

Reading = Literal["insult", "innocent"]
INSULT: Reading = "insult"
INNOCENT: Reading = "innocent"
SENSES = ("cigarette", "food", "fuel", "structure", "gap", "machine", "tool", "animal", "verb", "body", "people")
THINGS = frozenset(("cigarette", "food", "fuel", "structure", "gap", "machine", "tool"))
REACH = 80  # characters read on either side of the hit, within its sentence

_DET_EN = r"(?:a|an|the|my|his|her|our|their|your|one|another|some|two|three|four|ten|twenty)"
_ADJ_INSULT_EN = (
    r"(?:absolute|total|complete|utter|fucking|fuckin|fking|effing|bloody|stupid|dumb|ugly|dirty|filthy|fat|lazy"
    r"|disgusting|pathetic|typical|little|massive|big|useless|worthless|sick|nasty|creepy|crazy)"
)
_PERSON_NOUN_EN = (
    r"(?:neighbou?r|boss|coworker|co-worker|colleague|teacher|guy|man|woman|girl|boy|kid|son|daughter|brother|sister"
    r"|friend|cousin|uncle|aunt|mate|dude|bloke|lad|manager|president|ref|referee|driver|waiter|cashier|landlord"
    r"|roommate|flatmate|classmate|ex|husband|wife|boyfriend|girlfriend|partner|mum|mom|dad|couple|people)"
)
_INSULT_BEFORE = {
    "en": re.compile(
        r"(?:\b(?:you|u|ya|yer|ur|youre|you're|you\s+are|are\s+you|r\s+u)\s+(?:(?:an?|such|one|just|only|so|really|"
        r"nothing\s+but|"
        + _ADJ_INSULT_EN
        + r")\s+){0,3}|\b(?:such|what)\s+an?\s+(?:\w+\s+)?|\b"
        + _ADJ_INSULT_EN
        + r"\s+|\b(?:call|calls|called|calling)\s+\w+\s+(?:an?\s+)?(?:\w+\s+)?"
        r"|\b(?:bunch|gang|group|crowd|band|horde|herd|swarm|load|lot)\s+of\s+(?:\w+\s+)?|\b(?:shut\s+up|fuck\s+off|piss\s+off|get\s+out|go\s+away|go\s+home|get\s+lost|oi|hey|yo)\s*,?\s*"
        r"|\b(?:he|she|they|he's|she's|they're|"
        + _PERSON_NOUN_EN
        + r")(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:(?:such|just|really|also|clearly|obviously)\s+)*(?:an?\s+)"
        r"(?:\w+\s+)?)$"
    ),
    "fr": re.compile(
        r"(?:\b(?:t'es|t\s?es|tu\s+es|vous\s+etes|t'etais|es-tu|etes-vous|c'est|c\s+est)\s+(?:(?:vraiment|juste|"
        r"trop|grave|completement|qu'?\s?une?|une?|des|gros|grosse|vrai|vraie|sale|petit|petite|pauvre)\s*){0,3}"
        r"|\bespece\s+d(?:e\s+|'\s*)(?:(?:sale|gros|grosse|petit|petite|vieux|vieille)\s+)?"
        r"|\b(?:sales?|quel|quelle|quels|quelles|bande\s+de|bande\s+d'|sacree?|putain\s+de|putain\s+d')\s*"
        r"|\b(?:ta\s+gueule|degage|casse-toi|ferme-la|ferme\s+ta\s+gueule)\s*,?\s*)$"
    ),
}
_INSULT_AFTER = {
    "en": re.compile(
        r"(?:s|es)?(?:\s+(?:like\s+(?:you|u|him|her|them|that|yourself|yourselves)|of\s+an?\s|whose)\b"
        r"|(?:\s+\w+){0,5}?\s+who\s+(?!knows|cares)"  # "a … in our class who cried"
        r"|\s+(?:on\s+fire|ablaze|alight|alive)\b"  # "light the … on fire": a person set alight
        # a person's verb, after where the person is ("the … next door keeps complaining", "some … at the stop asked")
        r"|(?:\s+(?:at|from|in|on|next|across|down|over)(?:\s+[\w']+){1,3}?)?"
        r"\s+(?:(?:keeps?|just|always|never|still|even|really|actually|also|then)\s+)?(?:said|says|say|thinks?|"
        r"thought|wants?|wanted|votes?|voted|told|tells|asked|asks|complain\w*|star(?:e|es|ed|ing)|talk\w*|laugh\w*"
        r"|teach\w*|preach\w*|married|dating|dates|cut\s+me|deleted|runs\s+the|lives\s+next|moved\s+in)\b"
        r"|\s+(?:should|shouldn't|shouldnt|needs?\s+to|must|deserve\w*|belong)\b"
        r"|\s+(?:fits|suits|describes)\s+(?:you|u|him|her|them)\b"
        r"|\s+as\s+(?:an?|my|our|his|her|their)\s+" + _PERSON_NOUN_EN + r"\b"  # "have a … as a friend"
        r"|\s+off\s+(?:at|in|to|outside|home|near)\b"  # "dropped a … off at the station": a passenger
        r"|\s+(?:is|was)(?:n'?t|\s+not)\s+(?:even\s+|really\s+)?(?:an?\s+)?(?:slur|insult|offensive|racist)"
        r"|'s\s+(?:wife|husband|boyfriend|girlfriend|partner|mum|mom|dad|kids|children|boss|opinion|job|car)\b"
        r"|\s+" + _PERSON_NOUN_EN + r"s?\b)"
    ),
    "fr": re.compile(
        r"s?(?:\s+(?:comme\s+(?:toi|lui|elle|vous|eux|elles)|qui\s+(?:\w+\s+)?(?:dit|parle|pense|croit|veut|vote|"
        r"travaille|se\s+prend|nous|me|m')|de\s+(?:merde|service))\b"
        r"|\s*,?\s*(?:degage|casse-toi|ferme-la|rentre|retourne|bats-toi|va\s+te)\b"
        r"|\s+(?:devraient|doivent|devrait|doit|meritent|merite)\b)"
    ),
}
_OBJECT = r"\s+(?:(?:me|him|her|us|them|you|up|out|down)\s+)?(?:" + _DET_EN + r"\s+(?:\w+\s+)?)?"  # "offered me a …"


def _handled(verbs: str) -> str:
    """The object of one of ``verbs``: the hit after the verb, an optional pronoun or particle, a determiner."""
    return r"\b(?:" + verbs + r")" + _OBJECT


# The harmless sense's grammar before the hit, by what one does with that kind of thing (the entry names its senses):
# a cigarette is smoked, lit, bummed; food is fried and ordered; firewood is stacked; a structure is built and walked
# along; a gap is seen through; a machine is rebuilt; a tool is set and tidied away.
_INNOCENT_BEFORE = {
    ("en", "cigarette"): re.compile(
        r"(?:"
        + _handled(
            r"have|having|grab\w*|light|lit|lighting|roll|rolled|rolling|smok\w*|bum|bummed|bumming|cadg\w*"
            r"|scroung\w*|nick|nicked|buy|buys|bought|buying|offer\w*|shar\w*|stub\w*|dropp?\w*"
        )
        + r"|\b(?:out|outside|off|time|ready|dying|gasping|desperate|go|going|went|gone|nip|nipped|pop|popping|popped"
        r"|stop|stopped|head|headed|step|stepped)\s+for\s+(?:an?|another|one|my)\s+(?:\w+\s+)?"
        r"|\b(?:pack|packs|packet|packets|carton|cartons|box|boxes|tin|tins)\s+of\s+(?:\w+\s+)?"
        r"|\b(?:crafty|quick|cheeky)\s+)$"
    ),
    ("en", "food"): re.compile(
        r"(?:"
        + _handled(r"fr(?:y|ied|ies|ying)(?:\s+up)?|cook\w*|bak\w*|order\w*|serves|served\s+up|heat\w*")
        + r"|\b(?:plate|plates|tray|bag|jar|portion|tin|tins|box|boxes)\s+of\s+(?:\w+\s+)?"
        r"|\b(?:homemade|home-made|frozen|fried|baked|pork|beef)\s+)$"
    ),
    ("en", "fuel"): re.compile(
        r"(?:"
        + _handled(r"stack\w*|gather\w*|chopp?\w*|split\w*")
        + r"|\b(?:bundle|bundles|stack|pile)\s+of\s+(?:\w+\s+)?)$"
    ),
    ("en", "structure"): re.compile(
        r"(?:"
        + _handled(r"build\w*|built|reinforc\w*|repair\w*|breach\w*|rebuil\w*")
        + r"|\b(?:along|atop|alongside|across|beyond|(?:top|foot|crest|edge|side|length|base)\s+of)\s+(?:the|a|an|that"
        r"|this|every|each|our|their)\s+(?:\w+\s+)?"
        r"|\b(?:stone|earthen|earth|concrete|clay|grass|grassy|turf|timber|brick)\s+)$"
    ),
    ("en", "gap"): re.compile(
        r"\b(?:through|beneath|underneath)\s+(?:the|a|an|that|this|every|each|our|their)\s+(?:\w+\s+)?$"
    ),
    ("en", "machine"): re.compile(
        r"(?:"
        + _handled(r"rebuil\w*|install\w*|overhaul\w*|dropp?\w*|pull\w*")
        + r"|\b(?:manual|automatic|rebuilt)\s+)$"
    ),
    ("fr", "tool"): re.compile(
        r"\b(?:tendu\w*|tend(?:re|s|ons|ez)?|achet\w*|range\w*|ranger|rangeait|pose\w*|poser|arm(?:e|er|ee|ait)"
        r"|amorc\w*|vide\w*|vider|passe[- ]moi|prends|prenez)"
        r"\s+(?:\w+\s+)?(?:une|un|la|le|sa|ma|ta|notre|votre|leur|cette|ce|des|les|mes|tes|ses)\s+(?:\w+\s+)?$"
    ),
    ("fr", "machine"): re.compile(
        r"\b(?:remplac\w*|regl\w*|install\w*|graiss\w*|appuy\w*\s+sur)"
        r"\s+(?:\w+\s+)?(?:une|un|la|le|sa|ma|ta|notre|votre|leur|cette|ce|des|les|mes|tes|ses)\s+(?:\w+\s+)?$"
    ),
    ("en", "animal"): re.compile(r"\b(?:wild|baby|rabid|family\s+of|pair\s+of|trapped\s+an?|mother)\s+$"),
    ("en", "verb"): re.compile(r"\b(?:to|can|could|may|might|will|would|should|help|helps|helped|helping)\s+$"),
}
_OF_A_THING = (  # "a … of hope", "the … of cutlery", "a … of hazel": not "… of a man", "… of all", "… of them"
    r"(?<![s])\s+of\s+(?!(?:an?|the|my|your|his|her|their|our|this|that|these|those|them|you|us|him|it|me|all|mine"
    r"|yours|ours|theirs|every\w*|any\w*|some\w*|no|its)\b)\w+"
)
_INNOCENT_AFTER = {
    ("en", "structure"): re.compile(
        r"(?:s|es)?\s+(?:(?:was|were|is|has|had|just|finally|completely|then|suddenly)\s+)*(?:broke|burst|gave\s+way"
        r"|collapsed|leak\w*|held|cracked|crumbl\w*|overflow\w*|flood\w*|runs\s+(?:round|around|along|through))\b"
    ),
    ("en", "machine"): re.compile(
        r"(?:s|es)?\s+(?:(?:was|were|is|has|had|just|finally|completely|then|started|suddenly)\s+)*(?:slipp\w*"
        r"|shift\w*|rattl\w*|whin\w*|grind\w*|stall\w*|seiz\w*)\b"
    ),
    ("en", "gap"): re.compile(_OF_A_THING),
    ("en", "fuel"): re.compile(_OF_A_THING),
    ("fr", "tool"): re.compile(
        r"s?(?:\s+(?:(?:est|s'est|etait|s'etait)\s+(?:cassee?s?|declenchee?s?)|a\s+claque)\b"
        r"|\s+en\s+(?:plastique|bois|osier|metal|fer|acier|caoutchouc|plomb)\b)"
    ),
    ("fr", "machine"): re.compile(
        r"s?(?:\s+(?:(?:est|s'est|etait|s'etait)\s+(?:cassee?s?|rouillee?s?)|grince\w*)\b"
        r"|\s+en\s+(?:plastique|metal|fer|acier|carbone|alu|aluminium|chrome)\b)"
    ),
    ("en", "animal"): re.compile(
        r"s?(?:'s)?\s+(?:(?:just|then|had|has|have|was|were|is|are|keeps?|kept|again|finally)\s+)*(?:got\s+into|tipped"
        r"|knocked|raided|scamper\w*|scurr\w*|waddl\w*|chew\w*|gnaw\w*|nest\w*|burrow\w*|dug|hiss\w*|squeak\w*"
        r"|chitter\w*|forag\w*|rummag\w*|scratch\w*|sniff\w*|ransack\w*|shred\w*|nibbl\w*|claw\w*|living\s+under"
        r"|sitting\s+on\s+(?:the|our|my)\s+(?:fence|roof|porch|deck|bins?|shed))\b"
    ),
    ("fr", "animal"): re.compile(
        r"s?\s+(?:(?:a|ont|s'est|se|est)\s+)*(?:grignot\w*|rong\w*|faufil\w*|fouill\w*|couin\w*|trott\w*|detal\w*"
        r"|nich\w*|creus\w*|gratt\w*|mordill\w*)\b"
    ),
    ("en", "verb"): re.compile(
        r"(?:s|ed|ing)?\s+(?:the|a|an|its|their|his|her|our|your|this|these|those|any|some)\s+(?!(?:fuck|hell)\b)"
    ),
    ("en", "body"): re.compile(
        r"s?\s+(?:(?:left|right|lower|upper)\s+)?(?:arms?|legs?|hands?|feet|foot|muscles?|hamstrings?|calf|calves|wrists?"
        r"|ankles?|fingers?|toes?|diplegia|paraplegia|hemiplegia|quadriplegia|tetraplegia|gait|dysphonia|spasms?)\b"
    ),
}
# "its" and a noun after it ("washes its food"), not "its" written for "it's" ("thinks its funny", "its so …")
_ITS = re.compile(
    r"\bits\s+(?!(?:so|such|a|an|the|just|not|really|very|too|all|over|time|true|fine|ok|okay|cool|funny|sad|gross"
    r"|my|your|his|her|their|our|like|been|going|gonna|getting|about|always|never|only|kinda|literally|actually"
    r"|because|on|in|at|what|how|that|this|no|ur|u|you|me|him|them|who|when|why|where|ridiculous|disgusting"
    r"|obvious|clear|hilarious|crazy|insane|pathetic|embarrassing|annoying|weird|wild|hard|easy|ok)\b)[a-z]"
)
_FR_DETERMINERS = frozenset(
    re.findall(
        r"\w+",
        "un une le la les des l quelques plusieurs mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs",
    )
)
_QUOTES = "\"'\u201c\u00ab"
_WORD = re.compile(r"[\w'-]+")
_SENTENCE_END = re.compile(r"[.!?\n]")


def _fold(text: str) -> str:
    """Lower case, accents off, typographic apostrophes straight: the form the patterns read."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").casefold()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


_DEHUMANISING_EMOJI = (
    "MONKEY",
    "GORILLA",
    "ORANGUTAN",
    "BANANA",
    "RAT",
    "MOUSE",
    "PIG",
    "SNAKE",
    "COCKROACH",
    "BUG",
    "ANT",
    "MOSQUITO",
    "FLY",
    "WORM",
    "LOUSE",
    "MICROBE",
    "POODLE",
)


def _animal_emoji(text: str) -> bool:
    """Whether the draft holds an animal emoji (🦝 🐾 🦊 …), except the ones thrown at people as dehumanising
    imagery (primates, the banana, vermin, pigs, snakes, insects)."""
    for char in text:
        code = ord(char)
        if 0x1F400 <= code <= 0x1F43E or 0x1F980 <= code <= 0x1F9AE or 0x1FAB0 <= code <= 0x1FABF:
            words = unicodedata.name(char, "").split()
            if not any(word in words for word in _DEHUMANISING_EMOJI):
                return True
    return False


def _sentence(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the hit's sentence before it and after it, each at most ``REACH`` characters."""
    low = max(start - REACH, max(text.rfind(mark, 0, start) for mark in ".!?\n") + 1)
    following = _SENTENCE_END.search(text, end)
    high = min(end + REACH, following.start() if following is not None else len(text))
    return text[low:start], text[end:high]


def _vocative(before: str, after: str) -> bool:
    """The word calls someone: at the start of its sentence or after a comma, and the sentence ends (or a comma,
    "!" or "?" follows) right after it ("Move it, …!", "…, go home")."""
    opens = not before.strip() or before.rstrip().endswith(",")
    rest = after.lstrip()
    return opens and (not rest or rest[0] in ",!?.")


def _people(raw_hit: str, before: str) -> bool:
    """A people's name: capitalised right after an article or a possessive (« les Mongols », « un Mongol »). An
    adjective after a noun (« un étudiant mongol ») was tried and left out: on French tweets the noun there is an
    insult's as often as not."""
    words = _WORD.findall(before)[-1:]
    return raw_hit[:1].isupper() and not raw_hit.isupper() and bool(words) and words[0] in _FR_DETERMINERS


def reading(text: str, start: int, end: int, language: str, senses: Iterable[str]) -> Reading | None:
    """How the homonym at ``text[start:end]`` is used: ``INSULT`` (aimed at people), ``INNOCENT`` (in the grammar of
    one of its harmless ``senses``, see ``SENSES``) or None (neither grammar: ambiguous). A masked or respelt hit
    ("f*g", "f4g") is never read in a harmless sense: nobody masks a cigarette."""
    base = "fr" if language.split("-")[0] == "fr" else "en"
    raw_before, raw_after = _sentence(text, start, end)
    before, tail = _fold(raw_before), _fold(raw_after).lstrip(_QUOTES + "\u201d\u00bb")
    if before.rstrip().endswith(tuple(_QUOTES)):  # 'Shut up you "…"', '"…", go home': read around the quotation marks
        before = before.rstrip().rstrip(_QUOTES).rstrip() + " " if before.strip(" " + _QUOTES) else ""
    # the patterns after the hit start with its plural ending: a plural hit ("fags") lends them its "s"
    hit = _fold(text[start:end])
    after = ("s" if hit.endswith("s") else "") + tail
    insult_before, insult_after = _INSULT_BEFORE[base], _INSULT_AFTER[base]
    if insult_before.search(before) or insult_after.match(after) or _vocative(before, tail):
        return INSULT
    if not hit.isalpha():
        return None
    return INNOCENT if any(_harmless(text, start, end, base, sense, before, after) for sense in senses) else None


def _harmless(text: str, start: int, end: int, base: str, sense: str, before: str, after: str) -> bool:
    """Whether the hit stands in the grammar of ``sense``."""
    prior, following = _INNOCENT_BEFORE.get((base, sense)), _INNOCENT_AFTER.get((base, sense))
    if (prior is not None and prior.search(before)) or (following is not None and following.match(after)):
        return True
    if (sense in THINGS or sense == "animal") and _ITS.search(after):
        return True
    if sense == "animal":
        return _animal_emoji(text)
    return sense == "people" and _people(text[start:end], before)

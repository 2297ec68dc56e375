"""(D, session 43) A person or a company named by its shape, where no list can hold the name: "*Dave Pritchard* is a
clown", "*Greg* from procurement is a spineless weasel", "the folks at *Pinecrest Realty* are sleazy vultures",
« *Thierry Vasseur* est un incapable », « les gens de *Marbella Conseil* sont des charlatans », « *Banque Ferral* = des
charlatans ». Read by ``risk.disparagement`` (kind ``proximity``) as one more target beside its lists (roles, "the
people at", companies as common nouns) and the @mentions; its words are data in the disparagement words file
(rules/risk/terms/<lang>/disparagement-words.yml, classes ``named_*``).

Why hand-written, and why not one more list: the disparaging drafts the rule missed most often named the person or the
company (issue 11, session 43: of the older issue probes' missed disparagement drafts, 21 of 30 aimed at a name, "my
manager Dave Pritchard", « Le client Bastide & Fils »), and no list will hold the names fresh writers invent. What
names someone is a form: words written with a capital that the draft does not open its sentence with. The reading
needs the draft as written (its capitals), which the lists' folded automaton never sees; its shapes are three:

- **A run of capitalised words** ("Dave Pritchard", "Greenfield Bank", « Bastide & Fils », « Durand SA »): two words or
  more, an ``&`` or a hyphen between them, a short word in capitals closing it (SA, LLC); a word opening its sentence
  is part of it only when the language's known words do not hold it or a ``named_not`` word is not it ("*Honestly*
  Greenfield …" is read from "Greenfield"). Known words only (« Paris Match », "New York") are a name inside a
  sentence, never opening it.
- **One capitalised word the language does not know** ("Zentrix", « Peyrac »), of three letters or more, not a
  people's plural (after a ``named_plural_openers`` word: « les Flamands », "the Kutchis"; or six letters or more with
  a ``named_plural_endings`` ending: "Kutchis", « Wallons »: risk.hate's groups).
- **A first name with where the person works** ("*Greg* from procurement is …", « *Gérard* des achats est … »): a
  capitalised word, then a ``named_links`` word, an optional ``named_articles`` word and one word in small letters; the
  target holds them all, so the copula after it pairs as after a role.

Never a ``named_not`` word (days, months, words that open sentences: "Monday", "Honestly"), nor after a
``named_places`` word ("in Paris", « à Lyon »: a place), nor a word written in capitals ("AVOID"), nor in a draft
written in capitals or title case (``app.kinds.shaped_groups``' test). The name is as sure as an @mention (params
``named_sureness``, 1: a warning), and pairs through the rule's grammar like any target (copulas, negations, quotes,
one's own people: "my manager" is joked about, "my manager Dave Pritchard" is named).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.kinds.written_words import Word, has_capitals, word_class, words_from_classes, written_words
from app.text.folding import Folded

NOT = "named_not"  # capitalised words that name no one: days, months, sentence openers ("Honestly", « Franchement »)
LINKS = "named_links"  # "Greg *from* procurement", « Gérard *des* achats »: where a first name works
ARTICLES = "named_articles"  # "Greg from *the* warehouse", « Sophie *de la* compta »
PLACES = "named_places"  # "in Paris", « à Lyon »: the capitalised word after one is a place
PLURAL_OPENERS = "named_plural_openers"  # "the Kutchis", « les Flamands »: a people's plural, risk.hate's group
PLURAL_ENDINGS = "named_plural_endings"  # "Kutch*is*", « Wall*ons* »: one unknown word so ending names a people
DETERMINED = "named_determined"  # « du Peul », "a Zulu", "of Laval": after one, one word names a people or a place
RUN_DETERMINED = "named_run_determined"  # "the Home Office", « des Mille Collines »: after one, a run names a body
PLURAL_NAMES = "named_plural_names"  # "Crestline *Properties*", « Bastide & *Fils* »: a company's plural, not a team's
PREFIXES = "named_place_prefixes"  # « *Saint-*Charles »: a place's name
# « *Telvia serait* pas foutu … », « *Dubreuil est* un zozo »: where the language's known words are few (French), one
# word opening its sentence is a name only before one of these, or before "?", ":" or "=" (« Immogest ? Des sangsues »);
# « Maillot pourri » opens with a common noun the known words lack
OPENING_VERBS = "named_opening_verbs"
# « les films *Marvel sont* nuls »: one word before a plural verb qualifies the noun before it, or names a team
PLURAL_VERBS = "named_plural_verbs"
VOCATIVES = "named_vocatives"  # « Windows Update, *espèce* de parasite »: a thing or a person addressed (risk.insults)
# (D, session 44) nouns of things one makes, sells, uses or goes to, and of places (risk.offensive's thing_modifiers
# with the heads of places' names): a run closing with one, or a name right before one in small letters, names a thing
# or a place ("Windows *Update*", "Mount *Street*", "the Netflix *series*", "the Overwatch *patch*"), no one
THING_HEADS = "named_thing_heads"
# (D, session 44) the same nouns where they stand before the name (« la *série* Netflix », « l'*appli* Doctolib », « la
# *rue* Jean-Talon », "the *game* Valorant"): the name is the thing's own or its maker's, said of the thing
THING_NOUNS = "named_thing_nouns"
# (D, session 44) nouns of people a people's adjective qualifies ("my Samoan *mates*", "our Cree *player*", "Igbo
# *traders*"): the capitalised word before one names a people (risk.hate's reading), not a person
PEOPLE_HEADS = "named_people_heads"
# (D, session 44) where a first name works, when the file names them (French): « Gérard des *achats* », « Sophie de la
# *compta* »; without the class any word in small letters does ("Greg from *procurement*")
WORKPLACES = "named_workplaces"
# (D, session 51) the legal forms that close a company's name in capitals (« Durand *SA* », "Acme *LLC*") even where the
# small word is another (« sa », the possessive, is a ``named_not`` word)
LEGAL_FORMS = "named_legal_forms"
CLASSES = (
    NOT,
    LINKS,
    ARTICLES,
    PLACES,
    PLURAL_OPENERS,
    PLURAL_ENDINGS,
    DETERMINED,
    RUN_DETERMINED,
    PLURAL_NAMES,
    PREFIXES,
    OPENING_VERBS,
    PLURAL_VERBS,
    VOCATIVES,
    THING_HEADS,
    THING_NOUNS,
    PEOPLE_HEADS,
    WORKPLACES,
    LEGAL_FORMS,
)

_PEOPLE_LENGTH = 6  # an unknown word this long with a ``named_plural_endings`` ending is a people's plural ("Kutchis")
_SHORT_CAPITALS = 4  # "SA", "LLC", "SARL": a word in capitals that may close a name, never open it


@dataclass(frozen=True)
class NamedWords:
    """One language's words of the reading (``from_classes``)."""

    excluded: frozenset[str] = word_class(NOT)
    links: frozenset[str] = word_class(LINKS)
    articles: frozenset[str] = word_class(ARTICLES)
    places: frozenset[str] = word_class(PLACES)
    plural_openers: frozenset[str] = word_class(PLURAL_OPENERS)
    plural_endings: tuple[str, ...] = word_class(PLURAL_ENDINGS, "longest")
    determined: frozenset[str] = word_class(DETERMINED)
    run_determined: frozenset[str] = word_class(RUN_DETERMINED)
    plural_names: frozenset[str] = word_class(PLURAL_NAMES)
    prefixes: tuple[str, ...] = word_class(PREFIXES, "sorted")
    opening_verbs: frozenset[str] = word_class(OPENING_VERBS)
    plural_verbs: frozenset[str] = word_class(PLURAL_VERBS)
    vocatives: frozenset[str] = word_class(VOCATIVES)
    thing_heads: frozenset[str] = word_class(THING_HEADS)
    thing_nouns: frozenset[str] = word_class(THING_NOUNS)
    people_heads: frozenset[str] = word_class(PEOPLE_HEADS)
    workplaces: frozenset[str] = word_class(WORKPLACES)
    legal_forms: frozenset[str] = word_class(LEGAL_FORMS)

    @classmethod
    def from_classes(cls, classes: Mapping[str, frozenset[str]]) -> NamedWords | None:
        """The words from a pack's folded classes; None when the file names no ``named_not`` class (the reading is off
        for that rule and language)."""
        if not classes.get(NOT):
            return None
        return words_from_classes(cls, classes)


def named_targets(
    folded: Folded, words: NamedWords, known: frozenset[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The folded spans of the names read by shape in ``folded`` (a view of the draft), none overlapping ``taken`` (the
    listed targets' spans); ``known``: the language's known words."""
    if not has_capitals(folded.original):
        return []
    found = written_words(folded)
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(found):
        run = _run(found, i, words)
        if not run:
            i += 1
            continue
        span = _name_span(folded.text, found, run, words, known, taken)
        i = run[-1] + 1
        if span is None or any(a < span[1] and span[0] < b for a, b in [*taken, *out]):
            continue
        out.append(span)
    return out


def _run(found: Sequence[Word], i: int, words: NamedWords) -> list[int]:
    """The indices of the capitalised words from ``i`` on that make one name: joined, none opening a sentence after
    the first, a short word in capitals closing it."""
    first = found[i]
    if not first.capital or first.text in words.excluded or first.text.endswith(("'s", "’s")):
        return []
    if any(c in _bare(first.text) for c in "'’") or first.text.startswith(words.prefixes):
        return []  # "J'ai", "Y'all": an elision, not a name; « Saint-Charles »: a place
    if _lettered(first.text):
        return []  # (D, session 44) "U-turn", "T-shirt", « E-mail »: a letter and a noun, no name
    run = [i]
    for j in range(i + 1, len(found)):
        word = found[j]
        legal = word.shouted and word.text in words.legal_forms  # « Durand *SA* », not the possessive « sa »
        if word.opens or not word.joined or (word.text in words.excluded and not legal):
            break
        if word.shouted and len(word.text) <= _SHORT_CAPITALS:
            run.append(j)
            break
        if not word.capital:
            break
        run.append(j)
        if word.text.endswith(("'s", "’s")):
            break
    return run


def _name_span(
    folded_text: str,
    found: Sequence[Word],
    run: list[int],
    words: NamedWords,
    known: frozenset[str],
    taken: list[tuple[int, int]],
) -> tuple[int, int] | None:
    """The span of the name the run holds, or None: its opening word dropped when it opens the sentence as a word the
    language knows; then two words or more, or one unknown word, or one word with where the person works; ``taken``:
    the listed targets' spans (a role before a run: "my manager Dave Pritchard")."""
    opening = found[run[0]].opens and found[run[0]].text in known and len(run) > 1
    if opening and not any(_bare(found[k].text) not in known for k in run[1:]):
        return None  # "New York", "Black Friday" opening a sentence: known words only
    first = found[run[0]]
    if _placed(found, run[0], words) or _plural(found, run, words):
        return None
    if run[0] > 0 and not first.opens and found[run[0] - 1].shouted:
        return None  # "the UN Security Council": a body's name after its acronym
    after = found[run[-1] + 1] if run[-1] + 1 < len(found) else None
    if after is not None and after.text in words.vocatives and "," in folded_text[found[run[-1]].end : after.start]:
        return None  # « Windows Update, espèce de parasite »: addressed, risk.insults' (a thing more often than not)
    if len(run) == 1 and after is not None and after.text in words.plural_verbs:
        return None  # « les films Marvel sont nuls », "Chiefs are": one word before a plural verb is no one named
    if _thing_named(found, run, words):
        return None  # (D, session 44) "Windows Update", "the Netflix series", « la série Netflix », "my Samoan mates"
    before = found[run[0] - 1].text if run[0] > 0 and not first.opens else ""
    if before in (words.determined if len(run) == 1 else words.run_determined):
        return None  # "the Home Office", « des Mille Collines », « du Peul », "a Zulu": a body, a people, a thing
    if len(run) > 1 and _qualified(found, run[0], words, taken):
        return None  # (lead, session 43) "the useless Home Office", "this shitty Weather App": one word between
    last = found[run[-1]]
    plural = _bare(last.text).endswith("s") and not _bare(last.text).endswith(("ss", "'s"))
    if plural and _bare(last.text) not in words.plural_names and words.plural_names:
        return None  # "Kaizer Chiefs", "Qantas", "Kikuyus": a team, a people, an airline's plural-looking name
    written = [found[k] for k in run if not found[k].shouted]
    if len(written) == 1 and len(run) > 1 and _bare(first.text) in known:
        return None  # "Toronto TTC": a known word and letters in capitals, a place's body more often than a name
    if len(run) > 1:
        return first.start, last.end
    works = _works_at(found, run[0], words, known)  # (D, session 44) before the name alone: the target holds them all
    if works is not None:
        return first.start, works
    bare = _bare(first.text)
    people = len(bare) >= _PEOPLE_LENGTH and bare.endswith(words.plural_endings)  # "Kutchis": risk.hate's group
    if len(bare) >= 3 and bare not in known and not people and _opening_ok(folded_text, found, run[0], words):
        return first.start, first.end
    return None


def _lettered(word: str) -> bool:
    """(D, session 44) A letter joined to a noun by a hyphen ("U-turn", "T-shirt", "X-ray", « E-mail »)."""
    head, hyphen, _rest = word.partition("-")
    return bool(hyphen) and len(head) == 1


def _thing_named(found: Sequence[Word], run: list[int], words: NamedWords) -> bool:
    """(D, session 44) Whether the run names a thing, a place or a people rather than a person or a company: it closes
    with a ``named_thing_heads`` noun ("Windows Update", "Mount Street"), or a noun of that class or of
    ``named_people_heads`` follows it in small letters in its sentence ("the Netflix series", "my Samoan mates"), or a
    ``named_thing_nouns`` noun stands right before it (« la série Netflix », "the game Valorant")."""
    last = found[run[-1]]
    if len(run) > 1 and not last.shouted and _bare(last.text) in words.thing_heads:
        return True
    k = run[-1] + 1
    after = found[k] if k < len(found) else None
    noun = after.text if after is not None and not (after.opens or after.capital or after.shouted) else ""
    return (bool(noun) and (noun in words.thing_heads or noun in words.people_heads)) or _after_noun(found, run, words)


def _qualified(found: Sequence[Word], i: int, words: NamedWords, taken: list[tuple[int, int]]) -> bool:
    """(lead, session 43; R, session 45) A ``named_run_determined`` word and one word before the run at ``i``, that
    word qualifying it ("the useless Home Office", "this shitty Weather App": a body, a thing of the writer's) rather
    than naming a person it stands beside: a listed target (``taken``: "my manager Dave Pritchard", "our CEO Tom
    Walsh") or a ``named_people_heads`` noun ("my colleague Tom Walsh") makes the run a name in apposition."""
    if i < 2 or found[i].opens or found[i - 2].text not in words.run_determined:
        return False
    between = found[i - 1]
    if between.text in words.people_heads:
        return False
    return not any(a <= between.start and between.end <= b for a, b in taken)


def _after_noun(found: Sequence[Word], run: list[int], words: NamedWords) -> bool:
    """(D, session 44) A ``named_thing_nouns`` noun right before the run (« la série Netflix », "the game Valorant")."""
    if run[0] == 0 or found[run[0]].opens:
        return False
    return _unelided(found[run[0] - 1].text) in words.thing_nouns  # « l'appli Doctolib »


def _opening_ok(text: str, found: Sequence[Word], i: int, words: NamedWords) -> bool:
    """One word opening its sentence, where the file names ``named_opening_verbs``: a name only before one of them or
    a "?", ":" or "=" (« Telvia serait … », « Immogest ? … »), not « Maillot pourri »."""
    if not words.opening_verbs or not found[i].opens:
        return True
    if i + 1 >= len(found):
        return False
    between = text[found[i].end : found[i + 1].start]
    return any(c in between for c in "?:=") or found[i + 1].text in words.opening_verbs


def _bare(word: str) -> str:
    """The word without a possessive ending ("Kestrel's" -> "kestrel")."""
    for ending in ("'s", "’s"):
        if word.endswith(ending):
            return word[: -len(ending)]
    return word


def _placed(found: Sequence[Word], i: int, words: NamedWords) -> bool:
    """A ``named_places`` word right before the word at ``i`` in its sentence: the name is a place's ("in Paris")."""
    return i > 0 and not found[i].opens and found[i - 1].text in words.places


def _plural(found: Sequence[Word], run: list[int], words: NamedWords) -> bool:
    """One word after a ``named_plural_openers`` word, ending like a plural: a people's name, risk.hate's group."""
    i = run[0]
    if len(run) > 1 or i == 0 or found[i].opens or found[i - 1].text not in words.plural_openers:
        return False
    return found[i].text.endswith(("s", "x"))


def _works_at(found: Sequence[Word], i: int, words: NamedWords, known: frozenset[str]) -> int | None:
    """The end of "Greg *from procurement*", « Gérard *des achats* »: a ``named_links`` word, an optional article and
    one word in small letters after the name, in its sentence; None without them. (D, session 44) Where the file names
    ``named_workplaces`` (French: its common nouns the known words lack read as names, « Tas de ferraille »), the word
    must be one of them (« Sophie de la *compta* », « Gérard du *service* client », « Karim de l'*accueil* ») and the
    name, opening its sentence, no word the language knows (« Réunion de la compta »)."""
    if words.workplaces and found[i].opens and _bare(found[i].text) in known:
        return None
    at = i + 1
    if at >= len(found) or found[at].opens or found[at].text not in words.links:
        return None
    at += 1
    if at < len(found) and not found[at].opens and found[at].text in words.articles:
        at += 1
    if at >= len(found) or found[at].opens or found[at].capital or found[at].shouted:
        return None
    if words.workplaces and _unelided(found[at].text) not in words.workplaces:
        return None
    return found[at].end


def _unelided(word: str) -> str:
    """The word without an elided article or preposition before it (« l'accueil » -> « accueil »)."""
    return word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]

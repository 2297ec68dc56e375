"""(G2, session 42) A group of people read by its shape, where no list names it: "the *Sylheti community*", "*Hasidic
families*", "*Biharis* in Mumbai", « les *Flamands* », « ces *Wallons* ». Read by ``risk.hate`` (kind ``proximity``) as
one more target beside the listed groups (rules/risk/terms/<lang>/groups.yml), its words in the hate words file
(rules/risk/terms/<lang>/hate-words.yml, classes ``shaped_*``).

Why hand-written, and why not one more list: the hateful drafts the rule missed most often named a people no list held
(issue 11, session 41: of the outside writers' missed implicit derogations 62 of 142 English and 104 of 208 French),
and fresh writers name peoples no list will hold. What names a people is a form: English writes a people's name and
its adjective with a capital inside a sentence, before a noun of people ("the Sylheti *community*", "Pashtun
*families*"); French writes a people's noun with a capital after a determiner (« les *Flamands* », « des *Bétis* »),
where a thing's noun takes none. The reading needs the draft as written (its capitals), which the term lists' folded
automaton never sees; its words are data, its shapes are three:

- **A proper adjective before a noun of people** (English): a word written with a capital inside its sentence (or,
  opening it, a word the language's known words do not hold: "*Hasidic* families …"), then a ``shaped_heads`` noun
  ("people", "families", "community", "lot", "lads"…); a second capitalised word may stand between ("*Gen Z* kids",
  "*Pacific Islander* families"). Not a ``shaped_not`` word (days, months, brands, teams, parties, holidays).
- **A capitalised plural with a people's ending** (English): a word written with a capital, of six letters or more,
  that the language's known words do not hold, ending in a ``shaped_endings`` ending ("Biharis", "Quebecers",
  "Afrikaners"); opening its sentence, not with a ``shaped_inside_endings`` ending ("Litterers are …" is an agent
  noun as often); not right after another capitalised word (a name: "Kamala Harris"), nor after a ``shaped_places``
  word ("in Paris"), nor a ``shaped_not`` word (a team: "the Lakers"; a fandom, a party).
- **A capitalised noun after a determiner** (French): a ``shaped_openers`` word (« les », « des », « ces », « aux »)
  then a word written with a capital, plural in form (« -s », « -x ») or a ``shaped_endings`` ending, not a
  ``shaped_not`` word (a team: « les Bleus », « les Verts »; a party; a place: « les Alpes », « les Antilles »; a
  work: « les Simpson »).
- **Not a complement of a noun of people** (G3, session 43): after a ``shaped_genitives`` word (« des », « du »,
  « de la »; English "of" is a ``shaped_places`` word already: "the Somalis of Riverside") that follows a group (a
  listed one, ``taken``) or a ``shaped_residents`` noun of people, a capitalised word is the place or institution of
  those people, not a new group: « les Tchétchènes *des Sablons* », « les jeunes *des Tarterêts* » (the listed group
  is read whole with its place, ``complement_ends``: no less sure a group beside it).

A draft written in capitals, or in title case (most of its words capitalised), has no capitals to read. The group is
less sure than a listed one (the words file's ``shaped_sureness``, 1: a pair with it is at most a warning), and every
reading of the rule aims at it as at a listed group (pairs, pronouns standing for it, habits questioned, goods
denied, threats, insinuations).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.kinds.written_words import Word, has_capitals, word_class, words_from_classes, written_words
from app.text.folding import Folded

HEADS = "shaped_heads"  # nouns of people a proper adjective qualifies ("Hasidic *families*")
ADJECTIVE_ENDINGS = "shaped_adjective_endings"  # endings of a people's adjective ("Hasid*ic*", "Bihar*i*", "Flem*ish*")
INSIDE_ENDINGS = "shaped_inside_endings"  # those a plural opening its sentence may not have ("Quebec*ers*")
ENDINGS = "shaped_endings"  # endings of a people's plural ("Bihar*is*", "Quebec*ers*", « Flam*ands* »)
NOT = "shaped_not"  # capitalised words that name no people: teams, brands, parties, places, days, works
PLACES = "shaped_places"  # words before a place's name ("in", "from"; « rue », « place »): the word is the place
OPENERS = "shaped_openers"  # French determiners before a people's noun (« les », « des », « ces »)
CONTESTS = "shaped_contests"  # words of a sport: a city's people there are its team (« les Lyonnais », "the Texans")
GENITIVES = "shaped_genitives"  # (G3, session 43) « des », « du », "of": a complement of the noun before
RESIDENTS = "shaped_residents"  # (G3, session 43) nouns of people whose capitalised complement is their place
CAPITALS = "shaped_capitals"  # (G, session 51) peoples' names that are common words in lower case ("Poles", "Prods")
CAPITALS_UNDONE = "shaped_capitals_undone"  # (G, session 51) words after one that make it the common word ("apart")
CAPITALS_AFTER = "shaped_capitals_after"  # (G, session 51) capitalised openers one may follow ("*Any* Prod who …")
LOCATIVES = "shaped_locatives"  # (G, session 52) "in", « à »: a place the group is at ("Muslims *in* Leeds, …")
CLASSES = (
    HEADS,
    ADJECTIVE_ENDINGS,
    INSIDE_ENDINGS,
    ENDINGS,
    NOT,
    PLACES,
    OPENERS,
    CONTESTS,
    GENITIVES,
    RESIDENTS,
    CAPITALS,
    CAPITALS_UNDONE,
    CAPITALS_AFTER,
    LOCATIVES,
)

_POSSESSIVES = ("'s", "’s", "s'")


@dataclass(frozen=True)
class ShapedWords:
    """One language's words of the reading (``from_classes``)."""

    heads: frozenset[str] = word_class(HEADS)
    adjective_endings: tuple[str, ...] = word_class(ADJECTIVE_ENDINGS, "longest")
    endings: tuple[str, ...] = word_class(ENDINGS, "longest")
    inside_endings: tuple[str, ...] = word_class(INSIDE_ENDINGS, "longest")
    excluded: frozenset[str] = word_class(NOT)
    places: frozenset[str] = word_class(PLACES)
    openers: frozenset[str] = word_class(OPENERS)
    contests: frozenset[str] = word_class(CONTESTS)
    genitives: frozenset[str] = word_class(GENITIVES)
    residents: frozenset[str] = word_class(RESIDENTS)
    capitals: frozenset[str] = word_class(CAPITALS)
    capitals_undone: frozenset[str] = word_class(CAPITALS_UNDONE)
    capitals_after: frozenset[str] = word_class(CAPITALS_AFTER)
    locatives: frozenset[str] = word_class(LOCATIVES)

    @classmethod
    def from_classes(cls, classes: Mapping[str, frozenset[str]]) -> ShapedWords | None:
        """The words from a pack's folded classes; None when the file names neither ``shaped_heads`` nor
        ``shaped_openers`` (the reading is off for that language)."""
        if not classes.get(HEADS) and not classes.get(OPENERS):
            return None
        return words_from_classes(cls, classes)


def shaped_groups(
    folded: Folded, words: ShapedWords, known: frozenset[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The folded spans of the groups read by shape in ``folded`` (a view of the draft), none overlapping ``taken``
    (the listed groups' spans); ``known``: the language's known words (a capitalised word opening its sentence names a
    people only when it is not one)."""
    if not has_capitals(folded.original):
        return []
    found = written_words(folded)
    if any(word.text in words.contests for word in found):
        return []  # « Préparez-vous, les Lyonnais, on vient chercher la victoire »: a team and its supporters
    out: list[tuple[int, int]] = []
    for i in range(len(found)):
        span = _opener_plural(found, i, words) if words.openers else None
        if span is None and words.heads:
            span = (
                _adjective_head(found, i, words, known)
                or _plural(found, i, words, known)
                or _capital_name(found, i, words)
            )
        if span is None or any(a < span[1] and span[0] < b for a, b in [*taken, *out]):
            continue
        if _complement(found, i, words, taken):
            continue  # « les Tchétchènes des Sablons »: the listed group's place, not a group beside it
        out.append(span)
    return out


def _name(word: Word, words: ShapedWords) -> bool:
    """A capitalised word that may name a people: not excluded, not a word of the reading's own classes."""
    return word.capital and word.text not in words.excluded and word.text not in words.heads


def _adjective_head(found: Sequence[Word], i: int, words: ShapedWords, known: frozenset[str]) -> tuple[int, int] | None:
    """English: one or two capitalised words, then a noun of people ("Hasidic families", "Gen Z kids")."""
    first = found[i]
    if not _name(first, words) or first.text.endswith(_POSSESSIVES) or len(first.text) < 3:
        return None  # "Mike's kids": a person's own
    if i > 0 and found[i - 1].capital and not found[i - 1].opens and not first.opens:
        return None  # a run of capitals is read from its first word
    if first.text in known and (first.opens or not first.text.endswith(words.adjective_endings)):
        return None  # "Young people …", "These people", "the Python community": a common word or a thing's name
    if _placed(found, i, words):
        return None  # "kids from Leeds"
    for size in (1, 2):
        head = i + size
        if head >= len(found) or found[head].opens:
            return None
        if found[head].text in words.heads:
            if size == 2 and not _name(found[i + 1], words):
                return None
            return first.start, found[head].end
        if not _name(found[head], words):
            return None
    return None


def _plural(found: Sequence[Word], i: int, words: ShapedWords, known: frozenset[str]) -> tuple[int, int] | None:
    """English: a capitalised plural with a people's ending inside its sentence ("… why do Biharis …")."""
    word = found[i]
    if not _name(word, words) or len(word.text) < 6 or word.text in known:
        return None  # "the Lakers", "Harris": a word the language knows
    if not any(word.text.endswith(e) for e in words.endings):
        return None
    if word.opens and any(word.text.endswith(e) for e in words.inside_endings):
        return None  # "Litterers are …" opening a sentence: an agent noun as often as a people's name
    before = found[i - 1] if i > 0 else None
    if before is not None and before.capital and not before.opens:
        return None  # "Kamala Harris"
    if _placed(found, i, words):
        return None  # "in Paris", "at the Checkers till"
    after = found[i + 1] if i + 1 < len(found) else None
    if after is not None and after.capital and not after.opens:
        return None  # a run of capitals: a name ("Biharis Welfare Trust")
    return word.start, word.end


def _capital_name(found: Sequence[Word], i: int, words: ShapedWords) -> tuple[int, int] | None:
    """(G, session 51) English: a people's name that is a common word in lower case, written with a capital ("send
    the *Poles* back", "next *Pole* I hear …", "*Prods* in this scheme …"; "tent poles", "prod the fire" name no one):
    not after a capitalised word ("the North Pole") but a ``shaped_capitals_after`` word opening its sentence ("Any
    Prod who …"), not before one ("Pole Position"), not before a ``shaped_capitals_undone`` word ("Poles apart")."""
    word = found[i]
    if not word.capital or word.text not in words.capitals:
        return None
    before = found[i - 1] if i > 0 and not word.opens else None
    if before is not None and before.capital and not (before.opens and before.text in words.capitals_after):
        return None  # "the South Pole", "North Pole …", "Magnetic Poles"
    after = found[i + 1] if i + 1 < len(found) else None
    named = after is not None and after.capital and len(after.text) > 1  # "I" is always written so
    if after is not None and not after.opens and (named or after.text in words.capitals_undone):
        return None  # a name of several words, or the common word's own phrase ("Poles apart")
    return word.start, word.end


def _placed(found: Sequence[Word], i: int, words: ShapedWords) -> bool:
    """Whether a ``shaped_places`` word stands right before the word at ``i`` in its sentence, or before one word
    between ("at *the* Checkers till", "from *sunny* Leeds"): the word names a place."""
    for back in (1, 2):
        at = i - back
        if at < 0 or found[at + 1].opens:
            return False
        if found[at].text in words.places:
            return True
    return False


def complement_ends(folded: Folded, words: ShapedWords, ends: list[int]) -> dict[int, int]:
    """(G3, session 43) For each group ending at one of ``ends`` (folded coordinates) and followed, in its sentence, by
    a ``shaped_genitives`` word, an optional article and a capitalised word (« les Roms *des Sablons* », « les
    Tchétchènes *du Val-Fourré* »), where its complement ends: the group is read
    whole with the place it is of, so a reading that needs the group beside its predicate still finds it. (G, session
    52) So is a place it is at, after a ``shaped_locatives`` word, where a comma or a colon closes the place (« Les
    Arabes *à Marseille*, qu'ils crèvent », "Muslims *in Leeds*, we will …": the wish or the vow to the group heading
    its phrase reads past the place; "monks in Thailand eat …", "the Jews at Mario Kart" stay a group and a
    complement). Never a piece of a word the view split ("Buda|pest")."""
    linking = words.genitives | words.locatives
    if not linking or not ends or not has_capitals(folded.original):
        return {}
    found = written_words(folded)
    at_end = {word.end: k for k, word in enumerate(found)}
    out: dict[int, int] = {}
    for end in ends:
        k = at_end.get(end)
        if k is None or k + 2 >= len(found) or found[k + 1].opens or found[k + 1].text not in linking:
            continue
        j = k + 2
        if found[j].text in _ARTICLES and j + 1 < len(found) and not found[j + 1].opens:
            j += 1  # « de la Source », "of the Riverside"
        if not found[j].capital or found[j].opens or found[j].text in words.excluded:
            continue
        while j + 1 < len(found) and found[j + 1].capital and not found[j + 1].opens:
            j += 1  # a name of several words: « des Hauts Sablons »
        if _split_word(folded, found[j].end):
            continue
        if found[k + 1].text not in words.genitives and folded.text[found[j].end :].lstrip(" ")[:1] not in (",", ":"):
            continue  # a place the group is at closes the group's phrase
        out[end] = found[j].end
    return out


def _split_word(folded: Folded, end: int) -> bool:
    """(G, session 52) The view's word ending at ``end`` is a piece of a word of the draft ("Buda" of "Budapest", which
    the view reads as two words glued)."""
    after = folded.ends[end - 1] if 0 < end <= len(folded.ends) else len(folded.original)
    return after < len(folded.original) and folded.original[after].isalnum()


_ARTICLES = frozenset({"la", "le", "l", "les", "the"})


def _complement(found: Sequence[Word], i: int, words: ShapedWords, taken: list[tuple[int, int]]) -> bool:
    """(G3, session 43) Whether the word at ``i`` opens a complement of a noun of people: a ``shaped_genitives`` word
    (« des », « du », « de la ») one or two words before it, in its sentence, right after a group
    (``taken``) or a ``shaped_residents`` noun (« les Tchétchènes *des* Sablons », « les jeunes *des* Tarterêts »)."""
    if not words.genitives:
        return False
    for back in (1, 2):
        at = i - back
        if at < 1 or found[at + 1].opens or found[at].opens:
            return False
        if found[at].text in words.genitives:
            owner = found[at - 1]
            return owner.text in words.residents or any(a <= owner.start and owner.end == b for a, b in taken)
    return False


def _opener_plural(found: Sequence[Word], i: int, words: ShapedWords) -> tuple[int, int] | None:
    """French: a determiner, then a capitalised noun, plural in form (« les Flamands », « des Bétis »)."""
    word = found[i]
    if i == 0 or not _name(word, words) or word.opens or found[i - 1].text not in words.openers:
        return None
    if i > 1 and not found[i - 1].opens and found[i - 2].text in words.places:
        return None  # « rue des Rosiers », « le parc des Princes »: a place's name
    if not (word.text.endswith(("s", "x")) or any(word.text.endswith(e) for e in words.endings)):
        return None
    after = found[i + 1] if i + 1 < len(found) else None
    if after is not None and after.capital and not after.opens:
        return None  # « les Restos du Cœur », « les Pays-Bas » read as one name
    return word.start, word.end

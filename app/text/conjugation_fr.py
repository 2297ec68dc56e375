"""Third-person finite forms of French verbs: one judgement said in another tense, mood or number.

A predicate list writes « les X *apportent* rien », « les X *sont* des … »; a draft says « un X n'*apportera* jamais
rien », « c'est normal que les X *soient* … », « les X n'*apportaient* que des problèmes ». ``other_forms`` gives,
for one finite third-person form, the forms of the same verb in the third person singular and plural of the present
indicative, imperfect, future, conditional and present subjunctive (``finite_forms`` does it from an infinitive).

Regular -er verbs are derived from their endings, with the spelling changes of their stems (« achètent » /
« achetaient », « règnent » / « régnaient », « financent » / « finançaient », « dirigent » / « dirigeaient »,
« noient » / « noyaient », « jettent » / « jetaient »); the other verbs come from a small table of stems by ending
(« -iennent », « -aissent », « -prennent », « -mettent », « -uisent », « -issent », « -ndent ») and of single verbs
(être, avoir, aller, faire, pouvoir, devoir, vouloir, savoir, vivre, croire, voir, dire …). A form that no verb has
(« intelligent » read as a verb) gives words no draft writes, which never match.

Hand-written: no conjugation library is installed, and the forms a judgement of a group uses are few.
"""

from __future__ import annotations

from functools import cache

# present singular, present plural, imperfect stem, future stem, subjunctive singular, subjunctive plural
_Stems = tuple[str, str, str, str, str, str]

_VERBS: dict[str, _Stems] = {
    "être": ("est", "sont", "ét", "ser", "soit", "soient"),
    "avoir": ("a", "ont", "av", "aur", "ait", "aient"),
    "aller": ("va", "vont", "all", "ir", "aille", "aillent"),
    "faire": ("fait", "font", "fais", "fer", "fasse", "fassent"),
    "pouvoir": ("peut", "peuvent", "pouv", "pourr", "puisse", "puissent"),
    "devoir": ("doit", "doivent", "dev", "devr", "doive", "doivent"),
    "vouloir": ("veut", "veulent", "voul", "voudr", "veuille", "veuillent"),
    "savoir": ("sait", "savent", "sav", "saur", "sache", "sachent"),
    "valoir": ("vaut", "valent", "val", "vaudr", "vaille", "vaillent"),
    "devenir": ("devient", "deviennent", "deven", "deviendr", "devienne", "deviennent"),
    "paraître": ("paraît", "paraissent", "paraiss", "paraîtr", "paraisse", "paraissent"),
    "falloir": ("faut", "faut", "fall", "faudr", "faille", "faille"),
    "vivre": ("vit", "vivent", "viv", "vivr", "vive", "vivent"),
    "suivre": ("suit", "suivent", "suiv", "suivr", "suive", "suivent"),
    "croire": ("croit", "croient", "croy", "croir", "croie", "croient"),
    "voir": ("voit", "voient", "voy", "verr", "voie", "voient"),
    "dire": ("dit", "disent", "dis", "dir", "dise", "disent"),
    "lire": ("lit", "lisent", "lis", "lir", "lise", "lisent"),
    "écrire": ("écrit", "écrivent", "écriv", "écrir", "écrive", "écrivent"),
    "boire": ("boit", "boivent", "buv", "boir", "boive", "boivent"),
    "recevoir": ("reçoit", "reçoivent", "recev", "recevr", "reçoive", "reçoivent"),
    "mourir": ("meurt", "meurent", "mour", "mourr", "meure", "meurent"),
    "courir": ("court", "courent", "cour", "courr", "coure", "courent"),
    "rire": ("rit", "rient", "ri", "rir", "rie", "rient"),
    "plaire": ("plaît", "plaisent", "plais", "plair", "plaise", "plaisent"),
    "battre": ("bat", "battent", "batt", "battr", "batte", "battent"),
    "sentir": ("sent", "sentent", "sent", "sentir", "sente", "sentent"),
    "mentir": ("ment", "mentent", "ment", "mentir", "mente", "mentent"),
    "sortir": ("sort", "sortent", "sort", "sortir", "sorte", "sortent"),
    "partir": ("part", "partent", "part", "partir", "parte", "partent"),
    "servir": ("sert", "servent", "serv", "servir", "serve", "servent"),
    "dormir": ("dort", "dorment", "dorm", "dormir", "dorme", "dorment"),
    "corrompre": ("corrompt", "corrompent", "corromp", "corrompr", "corrompe", "corrompent"),
}

# endings of a present plural shared by a family of verbs: (plural ending, singular, imperfect, future, subjunctive)
_FAMILIES: tuple[tuple[str, str, str, str, str], ...] = (
    ("iennent", "ient", "en", "iendr", "ienne"),  # tenir, venir, devenir, appartenir, soutenir
    ("aissent", "aît", "aiss", "aîtr", "aisse"),  # connaître, paraître, disparaître
    ("prennent", "prend", "pren", "prendr", "prenne"),  # prendre, comprendre, apprendre
    ("mettent", "met", "mett", "mettr", "mette"),  # mettre, transmettre, permettre
    ("uisent", "uit", "uis", "uir", "uise"),  # conduire, détruire, produire, nuire
    ("aignent", "aint", "aign", "aindr", "aigne"),  # craindre, plaindre
    ("eignent", "eint", "eign", "eindr", "eigne"),  # peindre, éteindre, atteindre
    ("oignent", "oint", "oign", "oindr", "oigne"),  # joindre, rejoindre
    ("issent", "it", "iss", "ir", "isse"),  # finir, envahir, trahir, pourrir (second group)
    ("ndent", "nd", "nd", "ndr", "nde"),  # vendre, perdre (« perdent » below), répandre, attendre, défendre
    ("rdent", "rd", "rd", "rdr", "rde"),  # perdre, mordre
)

# -er verbs whose plural ends like a family's: « pissent », « glissent » (pisser, glisser)
_NOT_FAMILY = frozenset({"pissent", "glissent", "hissent", "lissent", "vissent", "tissent", "plissent", "crissent"})

_PLURAL_ENDINGS = ("ent", "aient", "eront", "ont", "eraient", "raient")


def _stems_forms(stems: _Stems) -> tuple[str, ...]:
    """Singular and plural, in turn, of each tense."""
    present, plural, imperfect, future, subjunctive, subjunctive_plural = stems
    return (
        present,
        plural,
        imperfect + "ait",
        imperfect + "aient",
        future + "a",
        future + "ont",
        future + "ait",
        future + "aient",
        subjunctive,
        subjunctive_plural,
    )


def _regular(stem: str) -> tuple[str, ...]:
    """The forms of a regular -er verb from the stem of its present plural (« achèt » of « achètent »): singular and
    plural in turn."""
    imperfect = {stem}
    if "è" in stem[-4:]:  # « achèt » / « achetait », « règn » / « régnait »
        at = stem.rindex("è")
        imperfect = {stem[:at] + "e" + stem[at + 1 :], stem[:at] + "é" + stem[at + 1 :]}
    elif stem.endswith(("tt", "ll")) and len(stem) > 3:  # « jett » / « jetait », « appell » / « appelait »
        imperfect = {stem[:-1]}
    elif stem.endswith("oi") or stem.endswith("ui"):  # « noi » / « noyait », « essui » / « essuyait »
        imperfect = {stem[:-1] + "y"}
    forms = [stem + "e", stem + "ent", stem + "era", stem + "eront", stem + "erait", stem + "eraient"]
    if "è" in stem[-4:]:  # « régnera » beside « règnera »
        forms += [s + e for s in imperfect if "é" in s for e in ("era", "eront", "erait", "eraient")]
    for s in sorted(imperfect):
        if s.endswith("c"):
            s = s[:-1] + "ç"
        elif s.endswith("g"):
            s += "e"
        forms += [s + "ait", s + "aient"]
    return tuple(forms)


@cache
def _table() -> dict[str, tuple[str, ...]]:
    """Every form of the table's verbs -> all the forms of its verb."""
    out: dict[str, tuple[str, ...]] = {}
    for stems in _VERBS.values():
        forms = _stems_forms(stems)
        for form in forms:
            out.setdefault(form, forms)
    return out


def _family(word: str) -> tuple[str, ...] | None:
    for plural, singular, imperfect, future, subjunctive in _FAMILIES:
        if word.endswith(plural) and len(word) > len(plural) and word not in _NOT_FAMILY:
            base = word[: -len(plural)]
            stems = (base + singular, word, base + imperfect, base + future, base + subjunctive, word)
            return _stems_forms(stems)
    return None


def other_forms(word: str) -> tuple[str, ...]:
    """All third-person forms (present, imperfect, future, conditional, subjunctive; singular and plural) of the verb
    whose third-person form ``word`` is, the word itself among them; () when ``word`` is no such form. A plural is
    read in any of those tenses (« devraient », « méritent », « avaient », « finiraient »); a singular only from
    the table (« est », « a », « doit »), a regular singular being too often a noun (« une femme »)."""
    if word in _table():
        return _table()[word]
    if not word.isalpha() or len(word) < 5 or not word.endswith(_PLURAL_ENDINGS) or _no_verb(word):
        return ()
    if word.endswith(("iraient", "iront")) and len(word) > 8:  # « finiraient »: the second group
        return _family(word[: -7 if word.endswith("iraient") else -5] + "issent") or ()
    if word.endswith("eraient") and len(word) > 8:
        return _regular(word[:-7])
    if word.endswith("eront") and len(word) > 6:
        return _regular(word[:-5])
    family = _family(word)
    if family is not None:
        return family
    if word.endswith("aient"):  # « apportaient », « finançaient », « dirigeaient »
        stem = word[:-5]
        stem = stem[:-1] + "c" if stem.endswith("ç") else stem[:-1] if stem.endswith("ge") else stem
        return _regular(stem)
    if word.endswith("ent") and not word.endswith(("raient", "ont")):
        return _regular(word[:-3])
    return ()


# words in -ent that are no verb: adverbs in « -ement », « -amment », « -emment » (« vraiment », « tellement »), and
# a few adverbs and adjectives
_NOT_VERBS = frozenset(
    {
        "souvent",
        "comment",
        "présent",
        "absent",
        "content",
        "différent",
        "intelligent",
        "urgent",
        "patient",
        "prudent",
        "récent",
        "parent",
        "serpent",
        "argent",
        "moment",
        "évident",
        "vraiment",
        "poliment",
        "gentiment",
        "absolument",
        "joliment",
    }
)


def _no_verb(word: str) -> bool:
    return word in _NOT_VERBS or (len(word) > 6 and word.endswith(("ement", "amment", "emment")))


def finite_forms(infinitive: str, number: str = "both") -> tuple[str, ...]:
    """The third-person forms of an infinitive of the table or of a regular -er verb; ``number`` "singular" or
    "plural" keeps only that number's forms."""
    stems = _VERBS.get(infinitive)
    if stems is not None:
        forms = _stems_forms(stems)
    elif infinitive.endswith("er") and len(infinitive) > 3:
        forms = _regular(_present_stem(infinitive[:-2]))
    else:
        return ()
    if number == "both":
        return forms
    return forms[number == "plural" :: 2]  # the forms alternate: singular, plural


def _present_stem(stem: str) -> str:
    """The stem of a regular -er verb's present plural from its infinitive's (« achet » → « achèt »,
    « régn » → « règn », « appel » → « appell »)."""
    if len(stem) > 2 and stem[-2] in "eé" and stem[-1] not in "aeiouyéèêâîôû" and stem[-3] not in "aeiouyéèêâîôû":
        return stem[:-2] + "è" + stem[-1]
    return stem

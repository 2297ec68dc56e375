"""French verb morphology: every conjugated form the rules read a verb in, in one place.

- *Third person* (a judgement of a group said in another tense, mood or number): a predicate list writes « les X
  *apportent* rien », « les X *sont* des … »; a draft says « un X n'*apportera* jamais rien », « c'est normal que les
  X *soient* … », « les X n'*apportaient* que des problèmes ». ``other_forms`` gives, for one finite third-person
  form, the forms of the same verb in the third person singular and plural of the present indicative, imperfect,
  future, conditional and present subjunctive (``finite_forms`` does it from an infinitive).
- *The speaker's wish, vow or call* (``vow_forms``, a list entry's ``conjugate``): first and third persons of the
  present, subjunctive, future, first-person plural, conditional (« je les *brûlerais* », « qu'on *fasse* sauter
  les … », « on *mettra* le feu à … »), a verb phrase by its first word; ``first_singular`` (« je te *bute* »).
- *A report* (``verb_forms``, the verbs of saying of a words file's ``inflected``): infinitive, third-person forms,
  first and second persons of the present and imperfect, participles (« a *hurlé* que … », « en *disant* que … »).

Regular -er verbs are derived from their endings, with the spelling changes of their stems (« achètent » /
« achetaient », « règnent » / « régnaient », « financent » / « finançaient », « dirigent » / « dirigeaient »,
« noient » / « noyaient », « jettent » / « jetaient »), -re verbs like « pendre » and -ir verbs of the second group
from theirs; the other verbs come from a small table of stems by ending (« -iennent », « -aissent », « -prennent »,
« -mettent », « -uisent », « -issent », « -ndent ») and of single verbs (être, avoir, aller, faire, foutre, mettre,
pouvoir, devoir, vouloir, savoir, vivre, croire, voir, dire …; « refaire » is « re- » and faire). A form that no verb
has (« intelligent » read as a verb) gives words no draft writes, which never match.

Two stems before a mute e are still derived apart, as each use was written and measured: the third person writes
« -eler » / « -eter » verbs with a grave accent (« achète », and « appèle » for « appelle »), the vow forms double
their consonant (« jette », and « achette » for « achète »); only the dictionary tells which verbs double.

Hand-written, with the irregular verbs as a table of stems (language data). The packages that conjugate French
offline were weighed and left: verbecc (its French templates derived from Verbiste, GPL; scikit-learn and lxml at
run time) and mlconjug3 (MIT, but a scikit-learn model shipped in the package and trained on Verbiste: scikit-learn,
numpy and scipy in a review that runs without them) for a few dozen verbs whose forms fit in this table.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import cast

# third person: present singular, present plural, imperfect stem, future stem, subjunctive singular, subjunctive
# plural; first person: present singular, present plural, written for the verbs whose vow forms (``vow_forms``) come
# from the table: the others are conjugated by their endings (« battre »: « bats », « battrai », and not the
# subjunctive « batte », a noun: « je sors la batte »)
_Stems = tuple[str, str, str, str, str, str, str, str]

_VERBS: dict[str, _Stems] = {
    "être": ("est", "sont", "ét", "ser", "soit", "soient", "", ""),
    "avoir": ("a", "ont", "av", "aur", "ait", "aient", "", ""),
    "aller": ("va", "vont", "all", "ir", "aille", "aillent", "", ""),
    "faire": ("fait", "font", "fais", "fer", "fasse", "fassent", "fais", "faisons"),
    "pouvoir": ("peut", "peuvent", "pouv", "pourr", "puisse", "puissent", "", ""),
    "devoir": ("doit", "doivent", "dev", "devr", "doive", "doivent", "", ""),
    "vouloir": ("veut", "veulent", "voul", "voudr", "veuille", "veuillent", "", ""),
    "savoir": ("sait", "savent", "sav", "saur", "sache", "sachent", "", ""),
    "valoir": ("vaut", "valent", "val", "vaudr", "vaille", "vaillent", "", ""),
    "devenir": ("devient", "deviennent", "deven", "deviendr", "devienne", "deviennent", "", ""),
    "paraître": ("paraît", "paraissent", "paraiss", "paraîtr", "paraisse", "paraissent", "", ""),
    "falloir": ("faut", "faut", "fall", "faudr", "faille", "faille", "", ""),
    "vivre": ("vit", "vivent", "viv", "vivr", "vive", "vivent", "", ""),
    "suivre": ("suit", "suivent", "suiv", "suivr", "suive", "suivent", "", ""),
    "croire": ("croit", "croient", "croy", "croir", "croie", "croient", "", ""),
    "voir": ("voit", "voient", "voy", "verr", "voie", "voient", "", ""),
    "dire": ("dit", "disent", "dis", "dir", "dise", "disent", "", ""),
    "lire": ("lit", "lisent", "lis", "lir", "lise", "lisent", "", ""),
    "écrire": ("écrit", "écrivent", "écriv", "écrir", "écrive", "écrivent", "", ""),
    "boire": ("boit", "boivent", "buv", "boir", "boive", "boivent", "", ""),
    "recevoir": ("reçoit", "reçoivent", "recev", "recevr", "reçoive", "reçoivent", "", ""),
    "mourir": ("meurt", "meurent", "mour", "mourr", "meure", "meurent", "", ""),
    "courir": ("court", "courent", "cour", "courr", "coure", "courent", "", ""),
    "rire": ("rit", "rient", "ri", "rir", "rie", "rient", "", ""),
    "plaire": ("plaît", "plaisent", "plais", "plair", "plaise", "plaisent", "", ""),
    "battre": ("bat", "battent", "batt", "battr", "batte", "battent", "", ""),
    "sentir": ("sent", "sentent", "sent", "sentir", "sente", "sentent", "", ""),
    "mentir": ("ment", "mentent", "ment", "mentir", "mente", "mentent", "", ""),
    "sortir": ("sort", "sortent", "sort", "sortir", "sorte", "sortent", "", ""),
    "partir": ("part", "partent", "part", "partir", "parte", "partent", "", ""),
    "servir": ("sert", "servent", "serv", "servir", "serve", "servent", "", ""),
    "dormir": ("dort", "dorment", "dorm", "dormir", "dorme", "dorment", "", ""),
    "corrompre": ("corrompt", "corrompent", "corromp", "corrompr", "corrompe", "corrompent", "", ""),
    "mettre": ("met", "mettent", "mett", "mettr", "mette", "mettent", "mets", "mettons"),
    "foutre": ("fout", "foutent", "fout", "foutr", "foute", "foutent", "fous", "foutons"),
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
    present, plural, imperfect, future, subjunctive, subjunctive_plural = stems[:6]
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


# -er verbs whose double consonant before -ent is their own, not the doubling of « jeter » or « appeler »
# (« regrettent » / « regrettaient », « interpellent » / « interpellaient »)
_OWN_DOUBLE = ("regrett", "guett", "fouett", "endett", "interpell", "excell")


def _regular(stem: str, doubled: bool = True) -> tuple[str, ...]:
    """The forms of a regular -er verb from the stem of its present plural (« achèt » of « achètent »): singular and
    plural in turn. With ``doubled``, a stem in « -ett » or « -ell » is a verb like « jeter » or « appeler » that
    doubles its consonant before a mute e only (« jett » / « jetait »); an infinitive's stem (``doubled`` False) is
    the imperfect's as written (« grouill » / « grouillait », « regrett » / « regrettait »)."""
    imperfect = {stem}
    if "è" in stem[-4:]:  # « achèt » / « achetait », « règn » / « régnait »
        at = stem.rindex("è")
        imperfect = {stem[:at] + "e" + stem[at + 1 :], stem[:at] + "é" + stem[at + 1 :]}
    elif doubled and stem.endswith(("ett", "ell")) and len(stem) > 3 and not stem.endswith(_OWN_DOUBLE):
        imperfect = {stem[:-1]}  # « jett » / « jetait », « appell » / « appelait »; not « grouill », « quitt »
    elif stem.endswith("oi") or stem.endswith("ui"):  # « noi » / « noyait », « essui » / « essuyait »
        imperfect = {stem[:-1] + "y"}
    forms = [stem + "e", stem + "ent", stem + "era", stem + "eront", stem + "erait", stem + "eraient"]
    if "è" in stem[-4:]:  # « régnera » beside « règnera »
        forms += [s + e for s in sorted(imperfect) if "é" in s for e in ("era", "eront", "erait", "eraient")]
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
            stems = (base + singular, word, base + imperfect, base + future, base + subjunctive, word, "", "")
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
        forms = _regular(_present_stem(infinitive[:-2]), doubled=False)
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


# ---- the other persons: what a wish, a vow or a call says (« je les *brûlerais* », « qu'on *fasse* sauter les … »)

_VOWELS = frozenset("aeiouyéèêâîôû")
# infinitives whose forms no ending gives and that the table does not hold: nothing is guessed for them
_NOT_CONJUGATED = ("ire", "ure", "aire", "oir", "enir", "ourir", "ouvrir", "frir", "tir", "mir", "vir")
# what opens a verb made of a verb of the table (« *re*faire le portrait »)
_PREFIXES = ("re",)


def _table_stems(infinitive: str) -> _Stems | None:
    """The table's stems of ``infinitive``, or of the table verb it is made of with a prefix (« refaire »)."""
    stems = _VERBS.get(infinitive)
    if stems is not None:
        return stems
    for prefix in _PREFIXES:
        base = _VERBS.get(infinitive.removeprefix(prefix)) if infinitive.startswith(prefix) else None
        if base is not None and all(base[6:]):
            return cast(_Stems, tuple(prefix + stem for stem in base))
    return None


def _vowed_from_table(stems: _Stems) -> list[str]:
    """``vow_forms`` of a verb of the table: present (first, third person; third plural), subjunctive, future,
    first-person plural, conditional of the speaker and of « on »."""
    present, plural, _imperfect, future, subjunctive, subjunctive_plural, first, first_plural = stems
    forms = [first, present, plural, subjunctive, subjunctive_plural]
    forms += [future + e for e in ("a", "ont", "ai", "ons")] + [first_plural]
    forms += [future + e for e in ("ais", "ait", "ions")]
    return list(dict.fromkeys(f for f in forms if f))


def _mute_stem(stem: str) -> str:
    """The stem of an -er verb before a mute e (« noi-e », « crèv-e », « jett-e ») from its infinitive's."""
    if stem.endswith("y"):
        return stem[:-1] + "i"
    if stem.endswith(("et", "el")) and len(stem) >= 3:
        return stem + stem[-1]
    if len(stem) > 2 and stem[-2] in "eé" and stem[-1] not in _VOWELS and stem[-3] not in _VOWELS:
        return stem[:-2] + "è" + stem[-1]  # « crèv-e », « pèt-e » (folded, « péte » and « pète » are one word)
    return stem


def _vowed_er(stem: str) -> list[str]:
    mute = _mute_stem(stem)
    plural = stem[:-1] + "çons" if stem.endswith("c") else stem + ("e" if stem.endswith("g") else "") + "ons"
    forms = [mute + e for e in ("e", "es", "ent", "era", "eront", "erai", "erons")] + [plural]
    return forms + [mute + e for e in ("erais", "erait", "erions")]


def _vowed_re(stem: str) -> list[str]:
    single = stem[:-1] if stem.endswith("tt") else stem
    forms = [single, single + "s", stem + "ent", *(stem + e for e in ("ra", "ront", "rai", "rons", "ons"))]
    return forms + [stem + e for e in ("rais", "rait", "rions")]


def vow_forms(form: str) -> list[str]:
    """Finite forms of a French infinitive that a wish, a vow or a call uses: present (1st and 3rd person, also the
    subjunctive of -er verbs), future, first-person plural imperative, conditional of the speaker and of « on »
    (« je les *brûlerais* bien »). Regular -er verbs (with « noie », « crève », « jette »), -re verbs like « pendre »,
    « abattre », -ir verbs of the second group (« bannir ») and the verbs of the table (« faire », « foutre »,
    « mettre », with their subjunctive); other irregular verbs (« mourir », « exclure ») give nothing: list their
    forms by hand. A verb phrase conjugates its first word, the rest kept (« qu'on *fasse* disparaître les … », « on
    *mettra* le feu à … »)."""
    if " " in form:
        head, rest = form.split(" ", 1)
        return [] if "-" in head else [f"{h} {rest}" for h in vow_forms(head)]
    stems = _table_stems(form)
    if stems is not None and stems[6]:
        return _vowed_from_table(stems)
    if "-" in form or len(form) < 5:
        return []
    return _vowed(form)


def _vowed(infinitive: str) -> list[str]:
    """``vow_forms`` of a regular verb: the first form is the present first person singular of an -er verb, the
    second of the others."""
    if infinitive.endswith("er"):
        return _vowed_er(infinitive[:-2])
    if infinitive.endswith(_NOT_CONJUGATED):
        return []
    if infinitive.endswith("re"):
        return _vowed_re(infinitive[:-2])
    if infinitive.endswith("ir"):
        stem = infinitive[:-2]
        return [stem + e for e in ("it", "is", "issent", "ira", "iront", "irai", "issons", "irais", "irait", "irions")]
    return []


def first_singular(form: str) -> str:
    """The present first person singular of an infinitive (« tuer »: « tue », « mettre »: « mets », « refaire »:
    « refais »), a phrase's first word conjugated and the rest kept (« péter la gueule »: « pète la gueule »); "" when
    the verb is not one ``vow_forms`` knows."""
    head, _, rest = form.partition(" ")
    stems = _table_stems(head)
    vowed = [] if stems is not None and stems[6] else _vowed(head)
    first = stems[6] if stems is not None and stems[6] else vowed[0 if head.endswith("er") else 1] if vowed else ""
    return f"{first} {rest}" if first and rest else first


def verb_forms(infinitive: str, participles: Sequence[str] = ()) -> list[str]:
    """Every form a report reads a French verb in (the verbs of saying): infinitive, the third-person forms of
    ``finite_forms`` (else ``vow_forms``), first and second persons of the present and imperfect, present participle,
    past participle (``participles`` when given, « dire/dit ») and its agreed forms (« hurler »: hurle, hurles,
    hurlait, hurlais, hurlant, hurlé, hurlée …); the conditional left out (« on *dirait* » seems, reports nothing).
    Nothing for a verb with no third-person plural in -ent."""
    listed = list(finite_forms(infinitive, "both"))  # third singular, third plural, …
    finite = listed or vow_forms(infinitive)  # first and third singular, second singular, third plural, …
    singular, plural = [*listed, ""][:2] if listed else [*finite, "", "", ""][0:3:2]
    if not plural.endswith("ent"):
        return []
    finite = [f for f in finite if not f.endswith(("rait", "raient", "rais"))]
    imperfect = plural[:-3]  # « disent », « hurlent »: the imperfect and the present participle grow from its stem
    present = [singular[:-1] + "s" if singular.endswith("t") else singular + "s"]  # « je dis », « tu hurles »
    participle = list(participles) or [past_participle(infinitive)]
    agreed = [p + e for p in participle if p.endswith(("é", "i", "u", "t", "s")) for e in ("e", "s", "es")]
    imperfects = [imperfect + "ais", imperfect + "ait", imperfect + "ant"]
    return [infinitive, *finite, *present, *imperfects, *participle, *agreed]


def past_participle(infinitive: str) -> str:
    """The past participle of a regular verb: « hurlé », « banni », « rendu »."""
    if infinitive.endswith("er"):
        return infinitive[:-2] + "é"
    if infinitive.endswith("ir"):
        return infinitive[:-2] + "i"
    return infinitive[:-2] + "u"

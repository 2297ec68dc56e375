"""Write risk.hate's lists of the writer's precaution against a group just named, English and French: implicit
derogation said as what the writer does, in any tense, with no word of contempt (session 52, engineer I).

``python -m training.precaution_forms en > rules/risk/terms/en/hate-precautions.yml`` and
``python -m training.precaution_forms fr > rules/risk/terms/fr/hate-precautions.yml`` write the files again.

Every entry is ``shown`` (proximity ``_shown_hits``): it pairs only with the clause after a group's own ("New Somali
neighbours. *I've started locking my car*", « Nouveau voisin comorien. *J'ai fait poser une deuxième serrure* »). The
hand lists of terms/<lang>/hate-replies.yml (session 13) hold one tense of a few verbs ("je ferme à clé", "je prends le
train"); the fresh rounds write the same devices in every tense and person the writer speaks in. Here each form is a
product of word classes: the writer as subject (or the reader in the imperative, "lock your car", « planquez vos
portefeuilles ») and an auxiliary or a modal, an adverb of haste ("direct", "already"), then a verb of the class:

- *guarding* (lock, hide, count, check, watch; « cacher », « planquer », « ranger », « vérifier », « compter ») with a
  ``guarded_goods`` word among the four after it (the wallet, the car, the silverware, the fingers, the mailbox: the
  words file's class): "checked my wallet was still there", « j'ai rangé l'argenterie »; "I hid the presents" or
  « j'ai rangé la cuisine » guard nothing of the class;
- *fitting a lock* (bought, fitted, « acheté », « fait poser ») with a ``guarding_devices`` word after it (lock,
  alarm, cameras; « serrure », « verrou », « alarme »): "I've bought a bigger lock", « j'ai fait poser un verrou »;
- *switching away* (changed, asked to switch; « changé de », « demandé à changer de ») with a ``switched_away`` word
  (doctors, seats, schools, banks; « médecin », « trottoir », « service », « cours ») or *a second opinion* (« un
  second avis », "someone else");
- *praying* through a ride or an operation the member leads (``perils`` after it: the flight, the landing, the whole
  way, longer than usual): "I prayed the whole landing", « j'ai fait une prière avant de monter »; a prayer alone
  ("I prayed for them") is what a believer says;
- *the children kept in* ("the kids play inside now", « les petits jouent plus dans le jardin »).

What keeps the benign look-alikes quiet is the grammar around the entries, not the lists: no group named, nothing
pairs ("storm tonight, lock your sheds"); the writer's own group is no group just named ("I'm gay. I lock my car at
night"); a group that undergoes harm in its clause ("our Jewish neighbours got burgled, so we locked our doors") is
answered, not suspected; a purpose after the act (``undone_by: purposes``: "… we counted the spare blankets *for*
them") helps. Sureness 1: a warning (review material, the insinuation is the reader's to weigh).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

Verb = tuple[str, str, str, str]  # English: base, past, participle, -ing


def _forms(heads: Iterable[str], tails: Iterable[str]) -> list[str]:
    """Every head before every tail, a space between (an empty head: the tail alone), in order, no repeat."""
    seen: dict[str, None] = {}
    tails = list(tails)
    for head in heads:
        for tail in tails:
            seen.setdefault(f"{head} {tail}".strip(), None)
    return list(seen)


def _entry(comment: str, forms: Sequence[str], options: str) -> list[str]:
    """One YAML entry: the comment, the first form as the term, the rest as forms, wrapped at 118 characters."""
    lines = [f"  # {comment}"]
    quoted = [f'"{f}"' if ("'" in f or ":" in f) else f for f in forms]
    head = f"  - {{term: {quoted[0]}, forms: ["
    line = head
    for index, form in enumerate(quoted[1:]):
        piece = form + (", " if index < len(quoted) - 2 else "")
        if len(line) + len(piece) > 118:
            lines.append(line.rstrip())
            line = "      "
        line += piece
    lines.append(line + f"]{options}}}")
    return lines


EN_GUARD: tuple[Verb, ...] = (
    ("lock", "locked", "locked", "locking"),
    ("lock up", "locked up", "locked up", "locking up"),
    ("check", "checked", "checked", "checking"),
    ("double-check", "double-checked", "double-checked", "double-checking"),
    ("count", "counted", "counted", "counting"),
    ("recount", "recounted", "recounted", "recounting"),
    ("count out", "counted out", "counted out", "counting out"),
    ("hide", "hid", "hidden", "hiding"),
    ("hide away", "hid away", "hidden away", "hiding away"),
    ("watch", "watched", "watched", "watching"),
    ("guard", "guarded", "guarded", "guarding"),
    ("hold onto", "held onto", "held onto", "holding onto"),
    ("hold on to", "held on to", "held on to", "holding on to"),
    ("clutch", "clutched", "clutched", "clutching"),
    ("chain up", "chained up", "chained up", "chaining up"),
    ("bring in", "brought in", "brought in", "bringing in"),
    ("put away", "put away", "put away", "putting away"),
    ("secure", "secured", "secured", "securing"),
)
EN_FIT: tuple[Verb, ...] = (
    ("buy", "bought", "bought", "buying"),
    ("get", "got", "got", "getting"),
    ("fit", "fitted", "fitted", "fitting"),
    ("install", "installed", "installed", "installing"),
    ("put in", "put in", "put in", "putting in"),
    ("order", "ordered", "ordered", "ordering"),
    ("add", "added", "added", "adding"),
)
EN_SWITCH: tuple[Verb, ...] = (
    ("change", "changed", "changed", "changing"),
    ("switch", "switched", "switched", "switching"),
    ("ask to change", "asked to change", "asked to change", "asking to change"),
    ("ask to switch", "asked to switch", "asked to switch", "asking to switch"),
)
EN_ASKED_FOR = tuple(
    (f"ask for {what}", f"asked for {what}", f"asked for {what}", f"asking for {what}")
    for what in (
        "a second opinion",
        "another doctor",
        "a different doctor",
        "someone else",
        "somebody else",
        "a different nurse",
        "another nurse",
        "a white doctor",
        "a real doctor",
    )
)
EN_SECOND: tuple[Verb, ...] = (
    *EN_ASKED_FOR,
    ("ask to see someone else", "asked to see someone else", "asked to see someone else", "asking to see someone else"),
    ("ask to be moved", "asked to be moved", "asked to be moved", "asking to be moved"),
    ("take the long way", "took the long way", "taken the long way", "taking the long way"),
    ("cross the street", "crossed the street", "crossed the street", "crossing the street"),
    ("cross the road", "crossed the road", "crossed the road", "crossing the road"),
)
EN_PRAY: tuple[Verb, ...] = (
    ("pray", "prayed", "prayed", "praying"),
    ("say a prayer", "said a prayer", "said a prayer", "saying a prayer"),
    ("say a few prayers", "said a few prayers", "said a few prayers", "saying a few prayers"),
    ("cross myself", "crossed myself", "crossed myself", "crossing myself"),
)
# the writer (or the reader told) before each form of a verb
EN_BASE_HEADS = (
    "",
    "i",
    "we",
    "i'll",
    "we'll",
    "i will",
    "i need to",
    "we need to",
    "i have to",
    "i had to",
    "we had to",
    "i'd",
    "better",
    "you'd better",
    "time to",
    "gotta",
    "i always",
    "always",
    "i now",
    "now i",
    "i'm going to",
    "i'm gonna",
    "remember to",
    "make sure you",
    "don't forget to",
    "i still",
)
EN_PAST_HEADS = (
    "i",
    "we",
    "i just",
    "we just",
    "i already",
    "i immediately",
    "i quickly",
    "i instinctively",
    "first thing i did was",
)
EN_PERFECT_HEADS = ("i've", "we've", "i have", "we have", "i've already", "i've just")
EN_ING_HEADS = ("i'm", "we're", "i am", "i'm now", "i've started", "we've started", "i started", "started", "i keep")
EN_KIDS = ("the kids", "kids", "my kids", "our kids", "the children", "my children", "our children", "the little ones")
EN_KEPT_IN = (
    "are playing inside",
    "are playing indoors",
    "play inside now",
    "play indoors now",
    "stay inside",
    "stay indoors",
    "are staying inside",
    "are staying indoors",
    "are kept inside",
    "are kept indoors",
    "don't play outside anymore",
    "aren't playing outside",
    "won't be playing outside",
    "aren't allowed out",
)


def _english_verbs(verbs: Iterable[Verb]) -> list[str]:
    """Each verb in every tense the writer speaks in, after its heads."""
    verbs = list(verbs)
    return (
        _forms(EN_BASE_HEADS, [v[0] for v in verbs])
        + _forms(EN_PAST_HEADS, [v[1] for v in verbs])
        + _forms(EN_PERFECT_HEADS, [v[2] for v in verbs])
        + _forms(EN_ING_HEADS, [v[3] for v in verbs])
    )


def english() -> str:
    """The English list."""
    out = [
        "# generated by training/precaution_forms.py: do not edit by hand",
        "credit: Written for Sevenfold by training/precaution_forms.py (session 52, engineer I).",
        "notes: >-",
        "  The writer's precaution against a group just named (proximity `_shown_hits`, every entry `shown`):",
        "  guarding the valuables, fitting a lock, switching away, praying through the ride, the children kept in, in",
        "  every tense the writer speaks in. Regenerate with `python -m training.precaution_forms en`.",
        "language: en",
        "sureness: 1",
        "fuzzy: false",
        "terms:",
    ]
    out += _entry(
        'guarding the valuables: "… I checked my wallet was still there", "… lock your sheds"',
        _english_verbs(EN_GUARD),
        ", shown: true, key: stereotype, free: 2, needs_after: guarded_goods, undone_by: purposes",
    )
    out += _entry(
        'fitting a lock: "… guess I\'m buying a bigger lock"',
        _english_verbs(EN_FIT),
        ", shown: true, key: stereotype, free: 2, needs_after: guarding_devices, undone_by: purposes",
    )
    out += _entry(
        'switching away: "… I changed banks", "… asked to switch seats"',
        _english_verbs(EN_SWITCH),
        ", shown: true, key: stereotype, free: 2, needs_after: switched_away, undone_by: purposes",
    )
    out += _entry(
        'the role sought from someone else, a detour: "… I asked for a second opinion"',
        _english_verbs(EN_SECOND),
        ", shown: true, key: stereotype, free: 2, undone_by: purposes",
    )
    out += _entry(
        'praying through the ride the member leads: "A woman pilot. I prayed the whole landing"',
        _english_verbs(EN_PRAY),
        ", shown: true, key: stereotype, free: 2, needs_after: perils, undone_by: purposes",
    )
    out += _entry(
        'the children kept in: "… the kids are playing inside this summer"',
        _forms(EN_KIDS, EN_KEPT_IN)
        + _forms(("keep", "keeping", "kept", "i'm keeping", "we're keeping"), ["the kids in", "the kids inside"]),
        ", shown: true, key: stereotype, free: 2",
    )
    return "\n".join(out) + "\n"


# French: the regular verbs of the first group conjugate alone (``_french_verbs``); the others are written out
FR_GUARD = (
    "cacher",
    "planquer",
    "ranger",
    "fermer",
    "verrouiller",
    "rentrer",
    "surveiller",
    "compter",
    "recompter",
    "vérifier",
    "serrer",
    "attacher",
    "enfermer",
    "garder",
    "remonter",
    "cadenasser",
)
FR_FIT_PARTICIPLES = ("acheté", "fait poser", "posé", "installé", "fait installer", "ajouté", "commandé", "mis", "pris")
FR_FIT_INFINITIVES = (
    "acheter",
    "faire poser",
    "poser",
    "installer",
    "faire installer",
    "ajouter",
    "commander",
    "mettre",
)
FR_SWITCH_PARTICIPLES = ("changé de", "changé d'", "demandé à changer de", "demandé à changer d'")
FR_SWITCH_INFINITIVES = ("changer de", "changer d'", "le changer de", "la changer de", "les changer de")
FR_SECOND = (
    "un second avis",
    "un deuxième avis",
    "un autre avis",
    "un autre médecin",
    "une autre infirmière",
    "un autre infirmier",
    "quelqu'un d'autre",
    "à être vu par quelqu'un d'autre",
    "à être vue par quelqu'un d'autre",
    "à voir quelqu'un d'autre",
    "un vrai médecin",
)
FR_DETOUR = (  # (participle, infinitive): a flight from the member's ride or street, the home sold
    ("pris le train", "prendre le train"),
    ("pris le bus", "prendre le bus"),
    ("repris le train", "reprendre le train"),
    ("pris un taxi", "prendre un taxi"),
    ("pris l'escalier", "prendre l'escalier"),
    ("traversé la rue", "traverser la rue"),
    ("fait demi-tour", "faire demi-tour"),
    ("rebroussé chemin", "rebrousser chemin"),
    ("fait un détour", "faire un détour"),
    ("mis la maison en vente", "mettre la maison en vente"),
    ("mis l'appart en vente", "mettre l'appart en vente"),
    ("mis l'appartement en vente", "mettre l'appartement en vente"),
    ("vendu la maison", "vendre la maison"),
)
FR_PRAY_PARTICIPLES = ("prié", "fait une prière", "fait ma prière", "fait le signe de croix", "fait un signe de croix")
FR_PC_HEADS = (
    "j'ai",
    "on a",
    "nous avons",
    "j'ai direct",
    "j'ai vite",
    "j'ai déjà",
    "j'ai tout de suite",
    "j'ai aussitôt",
    "j'ai discrètement",
    "j'ai bien",
    "on a vite",
    "on a direct",
    "on a déjà",
    "on a tout de suite",
)
FR_INFINITIVE_HEADS = (
    "je vais",
    "j'vais",
    "on va",
    "je vais vite",
    "faut",
    "il faut",
    "faudra",
    "il faudra",
    "mieux vaut",
    "je dois",
    "on doit",
    "pensez à",
    "pense à",
    "oubliez pas de",
    "n'oubliez pas de",
)
FR_KIDS = (
    "les enfants",
    "les petits",
    "les gosses",
    "les gamins",
    "mes enfants",
    "nos enfants",
    "mes gosses",
    "nos gosses",
    "mes gamins",
    "nos gamins",
)
FR_KEPT_IN = (
    "jouent plus dehors",
    "jouent plus dans la cour",
    "jouent plus dans le jardin",
    "jouent plus dans la rue",
    "ne jouent plus dehors",
    "ne jouent plus dans la cour",
    "ne jouent plus dans le jardin",
    "ne jouent plus dans la rue",
    "restent à l'intérieur",
    "restent dedans",
    "jouent à l'intérieur",
    "vont plus au parc",
    "ne vont plus au parc",
)


def _french_verbs(infinitives: Iterable[str]) -> list[str]:
    """Each regular « -er » verb as the writer says it (« je cache », « on cache », « j'ai caché », « je vais cacher »),
    as the reader is told (« cachez », « cache », « tu caches »)."""
    out: list[str] = []
    for infinitive in infinitives:
        stem = infinitive[:-2]
        nous = stem + ("eons" if stem.endswith("g") else "ons")
        elided = stem[0] in "aeéiouh"
        out += [f"j'{stem}e" if elided else f"je {stem}e", f"on {stem}e", f"nous {nous}", f"tu {stem}es"]
        out += [f"{stem}ez", f"{stem}e"]
        out += _forms(FR_PC_HEADS, [stem + "é"]) + _forms(FR_INFINITIVE_HEADS, [infinitive])
    return list(dict.fromkeys(out))


def french() -> str:
    """The French list."""
    out = [
        "# generated by training/precaution_forms.py: do not edit by hand",
        "credit: Écrit pour Sevenfold par training/precaution_forms.py (session 52, engineer I).",
        "notes: >-",
        "  La précaution de l'auteur contre un groupe qu'on vient de nommer (proximity `_shown_hits`, toutes les",
        "  entrées `shown`) : garder ses affaires, poser un verrou, changer de médecin, prier pendant le trajet,",
        "  garder les enfants dedans, à tous les temps où parle l'auteur. Régénérer :",
        "  `python -m training.precaution_forms fr`.",
        "language: fr",
        "sureness: 1",
        "fuzzy: false",
        "terms:",
    ]
    out += _entry(
        "garder ses affaires : « … j'ai rangé l'argenterie », « planquez vos portefeuilles »",
        _french_verbs(FR_GUARD),
        ", shown: true, key: stereotype, free: 2, needs_after: guarded_goods, undone_by: purposes",
    )
    out += _entry(
        "poser un verrou : « … j'ai fait poser une deuxième serrure »",
        _forms(FR_PC_HEADS, FR_FIT_PARTICIPLES) + _forms(FR_INFINITIVE_HEADS, FR_FIT_INFINITIVES),
        ", shown: true, key: stereotype, free: 2, needs_after: guarding_devices, undone_by: purposes",
    )
    out += _entry(
        "changer de médecin, de trottoir, de service : « … j'ai demandé à changer de service »",
        _forms(FR_PC_HEADS, FR_SWITCH_PARTICIPLES)
        + _forms(FR_INFINITIVE_HEADS, FR_SWITCH_INFINITIVES)
        + _forms(("je", "on"), ("change de", "change d'")),
        ", shown: true, key: stereotype, free: 2, needs_after: switched_away, undone_by: purposes",
    )
    out += _entry(
        "le rôle demandé à un autre, une fuite : « … j'ai demandé un second avis », « … j'ai pris le train »",
        _forms(FR_PC_HEADS, [f"demandé {w}" for w in FR_SECOND])
        + _forms(FR_INFINITIVE_HEADS, [f"demander {w}" for w in FR_SECOND])
        + _forms(("j'irai", "je vais", "je vais aller", "on ira", "on va"), ("consulter ailleurs", "voir ailleurs"))
        + _forms(FR_PC_HEADS, [d[0] for d in FR_DETOUR])
        + _forms(FR_INFINITIVE_HEADS, [d[1] for d in FR_DETOUR]),
        ", shown: true, key: stereotype, free: 2, undone_by: purposes",
    )
    out += _entry(
        "prier pendant le trajet que mène le membre : « Une femme pilote. J'ai prié pendant tout l'atterrissage »",
        [*_forms(FR_PC_HEADS, FR_PRAY_PARTICIPLES), "je prie", "on prie", "je fais une prière", "je fais ma prière"],
        ", shown: true, key: stereotype, free: 2, needs_after: perils, undone_by: purposes",
    )
    out += _entry(
        "les enfants gardés dedans : « … les petits jouent plus dans le jardin »",
        _forms(FR_KIDS, FR_KEPT_IN),
        ", shown: true, key: stereotype, free: 2",
    )
    return "\n".join(out) + "\n"


def main(language: str | None = None) -> int:
    """Print the list of ``language`` (the first argument): en or fr."""
    chosen = language or (sys.argv[1] if len(sys.argv) > 1 else "")
    if chosen not in ("en", "fr"):
        sys.stderr.write("usage: python -m training.precaution_forms en|fr\n")
        return 2
    sys.stdout.write(english() if chosen == "en" else french())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write risk.hate's French open class of negative traits: the adjectives that textblob-fr's lexicon or the project's
own French tone lexicon rate negative and that judge what a person *is* (a trait, a vice, a manner), each in its four
forms, less the words the hand lists already hold.

``python -m training.trait_lexicon_fr > rules/risk/terms/fr/hate-traits.yml`` writes the file again.

Sources: textblob-fr's subjectivity lexicon (``fr-sentiment.xml``, pattern's, adjectives with a polarity; MIT) where a
lemma's forms average a polarity <= -0.25, and rules/tone/lexicon/fr.yml (written for Sevenfold) where a word's valence
is <= -0.4 and textblob-fr's Lefff-based lexicon (``fr-lexicon.txt``) tags it an adjective. A lemma is the shortest
form of the lexicon whose regular inflection (app/kinds/terms.py ``inflect``) yields the others; every form the lexicon
gives and every regular form is written (« bavard, bavarde, bavards, bavardes »).

Measured when written (session 14): textblob-fr holds 269 negative adjective lemmas at polarity <= -0.25; the French
hate lists (hate-*.yml, slurs.yml, regular inflection applied) held 103 of them in at least one form, and 166 in none.
Most of those 166 are not traits: textblob-fr was built from book reviews, and its negative adjectives grade books,
weather, events and moods. Kept out on purpose, by class (the lists below):

- FEELINGS: how someone feels or reacts (déçu, désespéré, triste, furieux, mécontent, inquiet): « les réfugiés sont
  désespérés » says what they go through, not what they are;
- SUFFERED: what happens TO people, their fortune and their health (abandonné, battu, blessé, oublié, pauvre, fauché,
  épuisé, malade, ivre, aveugle, sourd, prisonnier): « les Roms sont pauvres et malades » is no derogation;
- THINGS: words that grade things, works, events, places or the weather (déchirant, fatal, interminable, banal, fade,
  compliqué, sombre, sanglant, avarié), and words whose person sense is praise in slang (« terrible »);
- LABELS: names of a class, a politics or an origin (nazi, soviétique, prolétarien, roturier), insults the insult lists
  hold as nouns (salaud, conne), verdicts on a deed (coupable) and degrees (pire, extrême);
and, from the tone lexicon, its nouns (honte, arnaque: the hand lists write « une honte » with its article).

What is left judges temper, manners, honesty or worth (amer, bavard, batailleur, coléreux, inamical, indiscret,
rébarbatif, déplorable, insultant, relou). Like hate-derogatory.yml, a word here pairs with a group only through a
judging verb (``requires: judged``: « les X sont bavards et indiscrets »); never touching its group (``attributive:
false``), where an open class would describe more often than it judges. Written for the file once, not at run time: the
rules stay data.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Mapping
from pathlib import Path

import yaml

from app.kinds.terms import inflect
from app.text.folding import fold_term

ROOT = Path(__file__).resolve().parent.parent
TERMS = ROOT / "rules" / "risk" / "terms" / "fr"
TONE = ROOT / "rules" / "tone" / "lexicon" / "fr.yml"
# the hand lists of derogation: a word they hold in any form is theirs (their entries pair touching the group too)
HELD = ("hate-derogatory.yml", "hate-derogatory-forms.yml")
POLARITY = -0.25
VALENCE = -0.4


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


FEELINGS = _words(
    """déçu désespéré ennuyé distrait affolé effrayé embarrassé furieux tendu confus froissé incrédule las lasse
mécontent méfiant indifférent insatisfait désolé gêné impatient malheureux nerveux triste mélancolique endeuillé
soucieux angoissé scandalisé énervé agacé exaspéré dégoûté écœuré navré stressé révolté choqué trahi abusé
farouche"""
)
SUFFERED = _words(
    """abandonné battu blessé brisé cassé déchiré déshérité oublié perdu désarmé endommagé foutu maudit fauché indigent
pauvre prisonnier prisonnière épuisé forcé éteint altéré émoussé croisé malade ivre saoul éméché livide blême aveugle
sourd gras grasse moucheté rond fragile glacé fichu gâché inconscient"""
)
THINGS = _words(
    """déchirant fatal terrible infernal funèbre lugubre morne douloureux creux difficile dérisoire final impossible
interminable solennel terne étrange obscur compliqué excessif fade gênant incompréhensible long longue pire redoutable
sanglant tragique vague adverse antagonique défavorable immanquable imparable sombre banal chic extrême implacable
incertain insolite pressé troublant vain âcre dernier dernière vide avarié cru mal mensonger mensongère sec sèche étroit
négligeable invraisemblable impraticable plat fermé jouissif aventureux combatif sévère désert caverneux affolant
angoissant térébrant taraudant plaqué emmerdant catastrophique désastreux dégradant épuisant stressant inadmissible
inacceptable absurde choquant"""
)
LABELS = _words(
    """nazi soviétique prolétarien roturier roturière salaud conne cons coupable ennemi fausse inférieure animal
soi-disant malin maligne"""
)
EXCLUDE = FEELINGS | SUFFERED | THINGS | LABELS


def _textblob_fr() -> tuple[dict[str, float], set[str]]:
    """textblob-fr's adjective polarities (a form's senses averaged) and the forms its tagger lexicon tags JJ."""
    import textblob_fr

    folder = Path(textblob_fr.__file__).parent
    senses: dict[str, list[float]] = {}
    xml = (folder / "fr-sentiment.xml").read_text(encoding="utf-8")
    for m in re.finditer(r'<word form="([^"]+)" pos="JJ" polarity="([-0-9.]+)"', xml):
        senses.setdefault(m.group(1), []).append(float(m.group(2)))
    tagged: set[str] = set()
    for line in (folder / "fr-lexicon.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[1] == "JJ":
            tagged.add(parts[0])
    return {w: sum(p) / len(p) for w, p in senses.items()}, tagged


def _family(lemma: str) -> set[str]:
    return {lemma, *inflect(lemma, "fr", ("plural", "feminine"))}


def _written(lemma: str, forms: set[str]) -> set[str]:
    """The lexicon's forms and the regular ones it lacks (« inamicaux » only, not « inamicals », for an -al lemma)."""
    spelt = {fold_term(f) for f in forms}
    regular = {f for f in _family(lemma) if fold_term(f) not in spelt}
    return forms | {f for f in regular if not (f.endswith("als") and f[:-3] + "aux" in regular | forms)}


def lemmas(polarity: Mapping[str, float]) -> dict[str, set[str]]:
    """Each lexicon form under its lemma: the shortest form whose regular inflection yields it, the folded spelling
    matched (« amère » is the feminine of « amer », which the regular rule writes « amere »)."""
    parents: dict[str, list[str]] = {}
    for lemma in sorted(polarity, key=lambda w: (len(w), w)):
        for form in _family(lemma):
            parents.setdefault(fold_term(form), []).append(lemma)
    out: dict[str, set[str]] = {}
    for form in polarity:
        lemma = parents[fold_term(form)][0]
        out.setdefault(lemma, set()).add(form)
    return out


def held() -> set[str]:
    """The folded forms the hand lists of derogation hold (their own regular inflection applied)."""
    out: set[str] = set()
    for name in HELD:
        data = yaml.safe_load((TERMS / name).read_text(encoding="utf-8"))
        how = data.get("inflect") or ()
        for entry in data["terms"]:
            for word in (entry["term"], *entry.get("forms", [])):
                out |= {fold_term(w) for w in (word, *inflect(word, "fr", how))}
    return out


def traits() -> dict[str, list[str]]:
    """lemma -> its written forms, for every negative trait adjective no hand list holds (see the module docstring)."""
    polarity, tagged = _textblob_fr()
    chosen: dict[str, set[str]] = {}
    for lemma, forms in lemmas(polarity).items():
        if sum(polarity[f] for f in forms) / len(forms) <= POLARITY and not (forms | {lemma}) & EXCLUDE:
            chosen[lemma] = _written(lemma, forms)
    tone = yaml.safe_load(TONE.read_text(encoding="utf-8"))["words"]
    for word, valence in tone.items():
        if valence <= VALENCE and word in tagged and word not in EXCLUDE and " " not in word:
            chosen.setdefault(word, set()).update(_written(word, {word}))
    have = held()
    out: dict[str, list[str]] = {}
    seen: set[str] = set()
    for lemma in sorted(chosen):
        kept = sorted(f for f in chosen[lemma] if fold_term(f) not in have and fold_term(f) not in seen)
        seen |= {fold_term(f) for f in kept}
        if kept:
            out[lemma] = kept
    return out


HEADER = """\
credit: >-
  Écrit pour Sevenfold ; généré par training/trait_lexicon_fr.py (ne pas éditer à la main) à partir des adjectifs
  négatifs du lexique de textblob-fr (pattern, MIT) et du lexique de ton français du projet (rules/tone/lexicon/fr.yml),
  moins les classes que le script nomme (sentiments, ce qu'on subit, les choses, les étiquettes).
notes: >-
  Dénigrement de risk.hate, la classe ouverte des traits : un adjectif négatif qui juge ce que quelqu'un *est*
  (humeur, manières, honnêteté, valeur), à toutes ses formes, que les listes à la main n'ont pas. Il ne se lie à un
  groupe que par un verbe de jugement (« les X sont bavards et indiscrets »), jamais collé au groupe. Sûreté 1
  (avertissement), relevée en erreur par le modèle de haine.
language: fr
sureness: 1
target: before
requires: judged
attributive: false
fuzzy: false
terms:
"""


def render() -> str:
    lines = [HEADER.rstrip("\n")]
    for lemma, forms in traits().items():
        rest = [f for f in forms if f != lemma]
        head = lemma if lemma in forms else forms[0]
        if head != lemma:
            rest = forms[1:]
        body = ", ".join(f'"{f}"' for f in rest)
        lines.append(f'  - {{term: "{head}", forms: [{body}]}}' if rest else f'  - {{term: "{head}"}}')
    return "\n".join(lines) + "\n"


def main() -> int:
    """Print the list."""
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write risk.threats' French list of violence promised to the reader: each form is a way of saying "I will" joined
to an act of violence done to "you", so the list holds every combination rather than the few someone thought of.

``python -m training.threat_forms_fr > rules/risk/terms/fr/threats-reader.yml`` writes the file again.

Two classes (round 8, French hostile tweets):

- *the speaker's future*: « je vais », « j'vais », « jvais », « on va », « je vais aller » and the reader as object
  (« te », « t' », « vous », « tous vous ») before an act of violence: « jvais te buter », « on va vous égorger »,
  « je vais te casser les dents », « je vais te mettre une balle »;
- *the present for the future*: « je te bute », « jte crève », « je vous égorge »;
- *a call for violence* against someone (« il faut le buter », « on devrait te lyncher ») and *death deserved*
  (« tu mérites une balle », « il mérite de crever »).

Left out on purpose: acts a game or a match says too (« je vais t'éclater », « je vais t'écraser », « je vais te
fumer », « je vais t'enterrer » at FIFA), « planter » (« je vais te planter là » leaves someone), « descendre »
(« je vais te descendre tes affaires »), what a shop or a coach says (« on va vous noyer sous les cadeaux », « ce
cours va vous faire souffrir », « faire du mal au portefeuille »); a negation between the subject and the verb breaks
the phrase (« je vais pas te tuer »), and what follows can make an act harmless (``HARMLESS_AFTER``: « je vais te
tuer de rire », « on va vous brûler la politesse »). Acts against a group (« il faut tous les
tuer ») are risk.hate's.

Written for the file once, not at run time: the rules stay data, the engine loads a plain list.
"""

from __future__ import annotations

import sys

from app.text.conjugation_fr import first_singular

# "I will" / "we will": the speaker's own future
SUBJECTS = ("je vais", "j'vais", "jvais", "j vais", "je vais aller", "on va", "on va aller")
# the present said for the future: « je te bute », « jte crève »
PRESENT_SUBJECTS = ("je", "j'", "j")

# what follows an act and makes it harmless: « je vais te tuer de rire », « on va vous brûler la politesse »
HARMLESS_AFTER = {"tuer": ("de rire",), "crever": ("de rire",), "brûler": ("la politesse",)}

# acts of violence done to a person: (infinitive, said in the present) — not in the present when it reads otherwise
# (« je te frappe » is also a door knock in a story, « je te brûle » a game of hide and seek); the present's form is
# the first person singular of app.text.conjugation_fr (« je te *bute* », « je te *mets* une balle »)
ACTS = (
    ("tuer", True),
    ("buter", True),
    ("crever", True),
    ("égorger", True),
    ("étrangler", True),
    ("poignarder", True),
    ("saigner", True),
    ("violer", True),
    ("tabasser", True),
    ("massacrer", True),
    ("défoncer", False),
    ("fracasser", True),
    ("frapper", False),
    ("cogner", False),
    ("brûler", False),
    ("pendre", False),
    ("lyncher", True),
    ("décapiter", True),
    ("exploser la tête", True),
    ("péter la gueule", True),
    ("casser la gueule", True),
    ("casser les dents", True),
    ("casser les jambes", True),
    ("briser les jambes", True),
    ("briser les os", True),
    ("couper la tête", True),
    ("trancher la gorge", True),
    ("arracher la tête", True),
    ("refaire le portrait", True),
    ("tirer dessus", False),
    ("mettre une balle", True),
    ("mettre une balle dans la tête", True),
)

# a call for violence against someone, said to others: « il faut le buter », « on devrait te lyncher » — only acts
# no thing undergoes (« il faut le pendre » is also the washing, « faut le brûler » a letter, « il faut le tuer » a
# process, « faut le massacrer » a film)
CALL_SUBJECTS = (
    "il faut le",
    "faut le",
    "il faut la",
    "faut la",
    "il faudrait le",
    "faudrait le",
    "il faudrait la",
    "faudrait la",
    "on devrait le",
    "on devrait la",
    "on devrait te",
    "on devrait vous",
)
CALL_ACTS = ("buter", "égorger", "étrangler", "poignarder", "lyncher", "décapiter", "fusiller", "tabasser")
# death deserved: « tu mérites une balle », « il mérite de crever »
DESERVED = tuple(
    f"{subject} {fate}"
    for subject in ("tu mérites", "tu mériterais", "il mérite", "elle mérite", "il mériterait", "elle mériterait")
    for fate in ("une balle", "une balle dans la tête", "de crever", "la mort", "d'être pendu", "d'être pendue")
)

HEADER = """\
credit: Écrit pour Sevenfold ; généré par training/threat_forms_fr.py (ne pas éditer à la main).
notes: >-
  Violence promise au lecteur : « je vais / jvais / on va » + « te / vous » + un acte de violence, et le présent
  pour le futur (« je te bute ») ; l'appel à la violence contre quelqu'un (« il faut le buter », « on devrait te
  lyncher ») et la mort méritée (« tu mérites une balle »). Les actes qu'un jeu ou un match dit aussi (éclater,
  écraser, fumer, enterrer) n'y sont pas ; une négation casse la phrase (« je vais pas te tuer »).
language: fr
key: threat
sureness: 2
inflect: []
"""


def _objects(verb: str) -> tuple[str, ...]:
    """The reader as the object of ``verb``: « te » / « t' » before a vowel, « vous », « tous vous »."""
    elided = verb[0] in "aeéèêiouyh"
    return ("t'", "vous", "tous vous") if elided else ("te", "vous", "tous vous")


def forms(infinitive: str, in_present: bool) -> list[str]:
    """Every way this file says "I will do <act> to you" for one act."""
    present = first_singular(infinitive) if in_present else ""
    out: list[str] = []
    for subject in SUBJECTS:
        for obj in _objects(infinitive):
            out.append(f"{subject} {obj}{'' if obj.endswith(chr(39)) else ' '}{infinitive}")
    if present:
        for subject in PRESENT_SUBJECTS:
            for obj in _objects(present):
                if obj == "tous vous":
                    continue
                sep = "" if subject in ("j'", "j") else " "
                if subject == "j" and obj == "t'":
                    continue  # « jt'égorge » is not written; « jte bute » is
                out.append(f"{subject}{sep}{obj}{'' if obj.endswith(chr(39)) else ' '}{present}")
    return sorted(dict.fromkeys(out))


def render() -> str:
    """The YAML file: one term per act, its other ways of saying it as forms."""
    allowed = [
        f"{form} {after}"
        for infinitive, in_present in ACTS
        for after in HARMLESS_AFTER.get(infinitive, ())
        for form in forms(infinitive, in_present)
    ]
    lines = [HEADER.rstrip("\n"), "allow: [" + ", ".join(_quote(a) for a in allowed) + "]", "terms:"]
    for infinitive in CALL_ACTS:
        calls = [_join(subject, infinitive) for subject in CALL_SUBJECTS]
        lines.append(f"  - {{term: {_quote(calls[0])}, forms: [{', '.join(_quote(c) for c in calls[1:])}]}}")
    lines.append(f"  - {{term: {_quote(DESERVED[0])}, forms: [{', '.join(_quote(d) for d in DESERVED[1:])}]}}")
    for infinitive, in_present in ACTS:
        every = forms(infinitive, in_present)
        obj = _objects(infinitive)[0]
        term = f"je vais {obj}{'' if obj.endswith(chr(39)) else ' '}{infinitive}"  # the plain spelling names the act
        rest = [f for f in every if f != term]
        quoted = ", ".join(_quote(f) for f in rest)
        lines.append(f"  - {{term: {_quote(term)}, forms: [{quoted}]}}")
    return "\n".join(lines) + "\n"


def _join(subject: str, verb: str) -> str:
    """« il faut le » + « buter »; « le », « la », « te » elided before a vowel: « il faut l'égorger »."""
    head, _, pronoun = subject.rpartition(" ")
    if pronoun in ("le", "la", "te") and verb[0] in "aeéèêiouyh":
        return f"{head} {pronoun[0]}'{verb}"
    return f"{subject} {verb}"


def _quote(text: str) -> str:
    return f'"{text}"'


def main() -> int:
    """Print the list."""
    sys.stdout.write(render())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

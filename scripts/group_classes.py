"""Write the groups risk.hate reads by a class of words with a noun of people (``rules/risk/terms/<lang>/groups.yml``,
the block between the ``group classes:`` markers): the wearers of a faith's dress named by what they wear ("women in
hijabs", "turban wearers", « mecs en kippa », « porteuses d'abaya »), people named by a condition ("people with HIV",
"kids with Down's", « personnes atteintes du sida », « malades de la lèpre ») or by a status ("anyone on disability
benefits", « les gens au RSA »).

``python scripts/group_classes.py en --write`` (and ``fr``) writes the block again; without ``--write`` it prints it.
tests/test_group_classes.py checks that the block is what this script writes.

Why (G, session 45): of the hateful drafts of the free files (outsider sets and probes of rounds 34-45,
hate-writers-*, the h pair) in which risk.hate read no group, the wearers of a faith's dress and people named by a
condition were two of the classes the lists named one phrase at a time ("women in hijab", "people with autism"),
where the drafts say "families in turbans", "kids with disabilities", « le prochain mec en kippa »
(/work/scratch/s45/G/nogroup.py). What generalises is the grammar, not the phrase: any noun of people ``HEADS`` with
any word of its class. The classes are written by hand: no installed package lists the garments of a faith or the
conditions people are hated for (pycountry holds countries, languages and currencies; no medical vocabulary is
installed). Each class is closed and short, each word chosen so that the phrase names people and nothing else: not
"veil" alone (a bride's: "brides in veils"), nor « voile » after « en » (« bateaux en voile »), nor a robe (a judge's),
nor a cold or covid (everyone's).

Why written out, not ``heads`` in the list: a list entry with ``heads`` also gives its bare forms to the readers that
take a group list's words as they are written (risk.offensive's ``skip_when``, risk.hate-model's ``only_when`` gate, the
tone turn's identity words, the lexicon's listed words), so "hijab", "HIV", « APL » alone would name a group there;
written out, only the whole phrase does. A predicate is still needed for risk.hate ("Women in hijabs ran the food
bank" is nothing), and the garment or the condition alone names no one ("ban the burqa", « le sida recule »).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the scripts' shared helper, run or loaded by path
from written_block import write_block

ROOT = Path(__file__).resolve().parent.parent
LISTS = {lang: ROOT / "rules" / "risk" / "terms" / lang / "groups.yml" for lang in ("en", "fr")}
BEGIN = "  # group classes: the block below is written by scripts/group_classes.py (do not edit it by hand)"
END = "  # group classes: end of the written block"

# a class: (its words, the nouns of people around them: "{}" stands for the word)
Class = tuple[tuple[str, ...], tuple[str, ...]]

GARMENTS_EN = (
    "hijab", "hijabs", "niqab", "niqabs", "burqa", "burqas", "burka", "burkas", "headscarf", "headscarves",
    "head scarf", "head scarves", "face veil", "face veils", "abaya", "abayas", "jilbab", "jilbabs", "chador",
    "chadors", "turban", "turbans", "patka", "patkas", "kippah", "kippahs", "kippa", "kippot", "yarmulke", "yarmulkes",
    "skullcap", "skullcaps", "thobe", "thobes", "kufi", "kufis", "sheitel", "sheitels", "shtreimel", "shtreimels",
)  # fmt: skip
WEARERS_EN = (
    "women in {}", "women in a {}", "women in the {}", "women in their {}", "woman in a {}", "girls in {}",
    "girls in a {}", "girl in a {}", "men in {}", "men in a {}", "man in a {}", "guys in {}", "guy in a {}",
    "blokes in {}", "bloke in a {}", "lads in {}", "dudes in {}", "people in {}", "people in a {}", "folks in {}",
    "families in {}", "mothers in {}", "mums in {}", "moms in {}", "kids in {}", "students in {}", "anyone in a {}",
    "those in {}", "women wearing {}", "women wearing a {}", "women wearing the {}", "girls wearing {}",
    "girls wearing a {}", "men wearing {}", "men wearing a {}", "people wearing {}", "people wearing a {}",
    "anyone wearing a {}", "anyone wearing {}", "those wearing {}", "women who wear {}", "women who wear a {}",
    "women who wear the {}", "men who wear {}", "men who wear a {}", "people who wear {}", "people who wear a {}",
    "{} wearers", "{}-wearers", "{} wearer", "{}-wearing women", "{} wearing women", "{}-wearing men",
    "{} wearing men", "{}-wearing people", "{}-wearing girls", "{}-clad women", "{} clad women", "{}-clad men",
)  # fmt: skip
CONDITIONS_EN = (
    "hiv", "aids", "hiv/aids", "hepatitis", "hepatitis b", "hepatitis c", "leprosy", "tuberculosis", "tb", "mpox",
    "monkeypox", "obesity", "autism", "down syndrome", "down's syndrome", "downs syndrome", "down's", "downs",
    "dwarfism", "albinism", "epilepsy", "schizophrenia", "bipolar", "bipolar disorder", "depression", "anxiety", "adhd",
    "ocd", "ptsd", "tourette's", "tourettes", "tourette syndrome", "cerebral palsy", "dementia", "alzheimer's",
    "mental illness", "mental illnesses", "a mental illness", "mental health issues", "mental health problems",
    "disabilities", "a disability", "learning disabilities", "a learning disability", "learning difficulties",
    "special needs", "a stutter", "a stammer", "sickle cell", "cystic fibrosis", "spina bifida", "multiple sclerosis",
    "asperger's", "aspergers", "a colostomy bag", "gender dysphoria",
)  # fmt: skip
WITH_EN = (
    "people with {}", "people living with {}", "people suffering from {}", "people who have {}",
    "people diagnosed with {}", "kids with {}", "a kid with {}", "children with {}", "a child with {}",
    "adults with {}", "anyone with {}", "everyone with {}", "those with {}", "folks with {}", "men with {}",
    "women with {}", "students with {}", "pupils with {}", "patients with {}", "employees with {}",
    "workers with {}", "parents with {}", "someone with {}", "a person with {}", "persons with {}",
    "{} sufferers", "sufferers of {}", "{} patients",
)  # fmt: skip
STATUSES_EN = (
    "welfare", "disability", "disability benefits", "the dole", "universal credit", "food stamps", "medicaid",
    "benefits", "housing benefit", "social security", "public assistance",
)  # fmt: skip
ON_EN = (
    "people on {}", "anyone on {}", "everyone on {}", "those on {}", "families on {}", "folks on {}", "mothers on {}",
    "mums on {}", "moms on {}",
)  # fmt: skip

GARMENTS_FR = (
    "hijab", "hijabs", "niqab", "niqabs", "burqa", "burqas", "burka", "burkas", "foulard", "foulards", "kippa",
    "kippas", "kippah", "turban", "turbans", "abaya", "abayas", "jilbab", "jilbabs", "qamis", "tchador", "tchadors",
    "djellaba", "djellabas", "burkini", "burkinis", "calotte",
)  # fmt: skip
WEARERS_FR = (
    "femmes en {}", "femme en {}", "filles en {}", "fille en {}", "gamines en {}", "hommes en {}", "homme en {}",
    "mecs en {}", "mec en {}", "types en {}", "type en {}", "gars en {}", "barbus en {}", "gens en {}",
    "personnes en {}", "mères en {}", "mamans en {}", "élèves en {}", "étudiantes en {}", "étudiants en {}",
    "femmes portant le {}", "femmes portant la {}", "femmes portant un {}", "femmes portant une {}",
    "femme portant le {}", "femme portant la {}", "femme portant un {}", "hommes portant la {}",
    "hommes portant le {}", "hommes portant un {}", "homme portant la {}", "homme portant le {}",
    "gens portant le {}", "gens portant la {}", "personnes portant le {}", "personnes portant la {}",
    "femmes qui portent le {}", "femmes qui portent la {}", "celles qui portent le {}", "celles qui portent la {}",
    "ceux qui portent le {}", "ceux qui portent la {}", "femmes avec le {}", "femmes avec leur {}",
    "femmes avec un {}", "femmes avec une {}", "femmes à {}", "mecs avec leur {}", "hommes avec leur {}",
    "porteurs de {}", "porteuses de {}", "porteurs du {}", "porteuses du {}", "porteurs de la {}",
    "porteuses de la {}", "porteurs d'{}", "porteuses d'{}", "porteuse de {}", "porteuse du {}", "porteur de {}",
    "porteur de la {}",
)  # fmt: skip
CONDITIONS_FR = (
    "du vih", "du sida", "de la lèpre", "de la tuberculose", "d'hépatite", "de l'hépatite", "d'obésité", "d'autisme",
    "de trisomie", "de trisomie 21", "de nanisme", "d'albinisme", "d'épilepsie", "de schizophrénie",
    "de troubles bipolaires", "de bipolarité", "de dépression", "d'un handicap", "de handicap", "de troubles mentaux",
    "d'une maladie mentale", "de maladies mentales", "du tdah", "de la variole du singe", "du mpox",
    "de mucoviscidose", "de drépanocytose", "de la drépanocytose", "de sclérose en plaques", "d'asperger",
    "du syndrome d'asperger", "de la maladie de tourette", "du syndrome de gilles de la tourette", "d'alzheimer",
    "de démence",
)  # fmt: skip
WITH_FR = (
    "personnes atteintes {}", "personne atteinte {}", "gens atteints {}", "enfants atteints {}", "enfant atteint {}",
    "malades {}", "patients atteints {}", "adultes atteints {}", "hommes atteints {}", "femmes atteintes {}",
    "élèves atteints {}", "ceux qui souffrent {}", "personnes souffrant {}", "gens souffrant {}",
    "personnes porteuses {}", "porteurs {}", "porteuses {}",
)  # fmt: skip
STATUSES_FR = ("rsa", "chômage", "aah", "minima sociaux", "allocs", "allocations", "aides sociales", "apl")
# no phrase may hold « sont »: a colon's copula the view may write, so a target form holding it turns off
# target_possible's pre-scan for every French draft (tests/test_target_scan.py::test_plain_drafts_are_skipped)
ON_FR = (
    "gens au {}", "gens aux {}", "personnes au {}", "familles au {}", "ceux au {}",
    "tous ceux au {}", "gens qui vivent des {}", "ceux qui vivent des {}", "ceux qui vivent du {}",
    "gens qui vivent du {}", "profiteurs du {}", "profiteurs des {}",
)  # fmt: skip

CLASSES: dict[str, tuple[Class, ...]] = {
    "en": ((GARMENTS_EN, WEARERS_EN), (CONDITIONS_EN, WITH_EN), (STATUSES_EN, ON_EN)),
    "fr": ((GARMENTS_FR, WEARERS_FR), (CONDITIONS_FR, WITH_FR), (STATUSES_FR, ON_FR)),
}


def phrases(words: tuple[str, ...], heads: tuple[str, ...]) -> list[str]:
    """Every word of a class in every noun of people's phrase, in order, once each."""
    out: dict[str, None] = {}
    for head in heads:
        for word in words:
            out[head.replace("{}", word)] = None
    return list(out)


def _quoted(form: str) -> str:
    return '"' + form.replace("\\", "\\\\").replace('"', '\\"') + '"'


def block(language: str) -> str:
    """The written block: one entry per class, named by its first phrase, not fuzzed (a phrase of common words)."""
    lines = [BEGIN]
    for words, heads in CLASSES[language]:
        term, *rest = phrases(words, heads)
        lines.append(f"  - term: {_quoted(term)}")
        lines.append("    fuzzy: false")
        line = "    forms: ["
        for form in rest:
            piece = _quoted(form) + ", "
            if len(line) + len(piece) > 118:
                lines.append(line.rstrip())
                line = "      "
            line += piece
        lines.append(line.rstrip(", ") + "]")
    lines.append(END)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    language = args[0] if args else "en"
    text = block(language)
    if "--write" not in args:
        sys.stdout.write(text)
        return
    write_block(LISTS[language], BEGIN, END, text)


if __name__ == "__main__":
    main()

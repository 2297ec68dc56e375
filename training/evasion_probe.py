"""``python -m training.evasion_probe``: how often a flagged hateful draft stays flagged when misspelt on purpose.

A measurement over the team's own cases, not a list: every hateful case (``expect: flag``) of the functional *work*
sets (``tests/data/functional/hate*.jsonl`` and ``unseen-hate.jsonl``, never a file named ``*final*`` or
``*probe*``) that the review flags today — a ``risk`` finding at warning or above — is misspelt by each class of
perturbation, and reviewed again. One word is perturbed, chosen by a stated rule among the words (letters only) of
the finding's span (the first such ``risk`` finding of the draft):

- ``longest``: the longest content word of the span (3+ letters, not a function word: a word of the language's word
  classes ``rules/risk/terms/<lang>/hate-words.yml`` that is no one-word form of risk.hate's lists; ties: the last);
- ``group``: the longest word of the span that is a word of a group form (``groups.yml``; not a noun of people such
  as "people" or « personnes »), if any;
- ``predicate``: the longest content word of the span that is no group word, if any.

Perturbation classes, each deterministic (the letter position is drawn from ``random.Random`` seeded with the seed,
the text and the class): ``swap`` (two different neighbouring inner letters swapped, words of 4+ letters),
``delete`` (one inner letter left out, 4+ letters), ``join`` (the word glued to the word after it, or before it when
it ends its sentence: "hatewomen"), ``join_span`` (every space of the finding's span left out: "womenarevermin"),
``spaced`` (the word's letters spaced out: "h a t e"), ``leet`` (a→4, e→3, i→1, o→0, s→5 in the word),
``leet_all`` (session 15, E: every word of the draft, a→4, e→3, i→1, l→1, o→0, s→5, t→7; a word left without a letter
keeps its first: "a11 mu5l1m5 4r3 k1113r5", "l35 ju1f5 50n7 d35 r475"; the word rule does not apply).
A case counts as still flagged when a ``risk`` finding at warning or above remains.

Benign cases (``expect: pass``) of the same files that the review leaves unflagged get the same classes on the
``longest`` content word of the draft and on its ``group`` word (``join_span``: the spaces around that word); the
figure there is how many become flagged (should be 0).

``--rules`` adds one row per class for the ``cases: fail`` texts of ``risk.slurs``, ``risk.profanity`` and
``risk.insults`` (rules/risk/*.yml) that the rule flags at warning or above: the longest letters-only word of the
rule's finding is perturbed, still flagged = that rule still finds something at warning or above.

Figures print as ``still/total`` per language, word rule and class; ``--json`` writes them for a test's floor.
Hand-written: the perturbations are five lines each and must stay deterministic across library versions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from app.domain import Finding, Report, Severity
from app.engine import Engine
from app.settings import Settings
from app.text.folding import fold_term

ROOT = Path(__file__).resolve().parent.parent
FUNCTIONAL = ROOT / "tests" / "data" / "functional"
TERMS = ROOT / "rules" / "risk" / "terms"
CLASSES = ("swap", "delete", "join", "join_span", "spaced", "leet", "leet_all")
WORD_RULES = ("longest", "group", "predicate")
LIST_RULES = ("risk.slurs", "risk.profanity", "risk.insults")
# nouns of people a group adjective stands before: never the group word ("gay *people*" -> "gay")
PEOPLE_NOUNS = frozenset(["people", "person", "persons", "folks", "guys", "men", "man", "kids", "personnes", "gens"])
_LETTERS = re.compile(r"[^\W\d_]+")
_LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "A": "4", "E": "3", "I": "1", "O": "0"})
_LEET_ALL = str.maketrans("aeilostAEILOST", "43110574311057")


@dataclass(frozen=True)
class Case:
    """One draft, its language, and the span of the finding whose words are perturbed (whole text if benign)."""

    text: str
    language: str
    span: tuple[int, int]
    source: str


def work_files() -> list[Path]:
    """The hate work sets: never a held-out file (``*final*``, ``*probe*``)."""
    files = sorted(FUNCTIONAL.glob("*hate*.jsonl"))
    return [f for f in files if "final" not in f.name and "probe" not in f.name]


def _form_words(path: Path, single: bool = False) -> set[str]:
    """The folded words (letters only) of every term and form of a list file; with ``single``, of one-word forms."""
    entries = yaml.safe_load(path.read_text(encoding="utf-8")).get("terms") or []
    forms = [fold_term(str(f)) for entry in entries for f in [entry["term"], *entry.get("forms", ())]]
    return {w for form in forms for w in _LETTERS.findall(form) if not single or " " not in form.strip()}


def _vocabulary(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """(function words, group words) of a language, folded: the function words are the words of the word classes
    that are no one-word form of the lists (``hate-words.yml``; "are", « sont », not "vermin"); the group words those
    of the group forms (``groups.yml``), but function words and nouns of people."""
    params = yaml.safe_load((ROOT / "rules" / "risk" / "hate.yml").read_text(encoding="utf-8"))["params"]
    listed: set[str] = set()
    for side in ("targets", "predicates"):
        files = params[side][language]
        for relative in [files] if isinstance(files, str) else files:
            listed |= _form_words(ROOT / "rules" / "risk" / relative, single=True)
    classes = yaml.safe_load((TERMS / language / "hate-words.yml").read_text(encoding="utf-8"))["classes"]
    function = {fold_term(str(w)) for words in classes.values() for w in words or ()} - listed
    groups = _form_words(TERMS / language / "groups.yml") - function - {fold_term(w) for w in PEOPLE_NOUNS}
    return frozenset(function), frozenset(w for w in groups if len(w) >= 3)


_VOCABULARY: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def vocabulary(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """``_vocabulary``, read once per language."""
    if language not in _VOCABULARY:
        _VOCABULARY[language] = _vocabulary(language)
    return _VOCABULARY[language]


def choose(case: Case, rule: str) -> tuple[int, int] | None:
    """The [start, end) of the word ``rule`` picks in the case's span, or None."""
    class_words, group_words = vocabulary(case.language)
    start, end = case.span
    words = [(m.start() + start, m.end() + start) for m in _LETTERS.finditer(case.text[start:end])]
    content = [(s, e) for s, e in words if e - s >= 3 and fold_term(case.text[s:e]) not in class_words]
    groups = [(s, e) for s, e in content if fold_term(case.text[s:e]) in group_words]
    pool = {"longest": content, "group": groups, "predicate": [w for w in content if w not in groups]}[rule]
    if not pool:
        return None
    return max(pool, key=lambda w: (w[1] - w[0], w[0]))


def _rng(text: str, kind: str, seed: int) -> random.Random:
    return random.Random(f"{seed}:{kind}:{text}")


def perturb(case: Case, word: tuple[int, int], kind: str, seed: int = 11) -> str | None:
    """The case's text with ``kind`` applied to ``word`` (None when the class cannot apply to it)."""
    text, (s, e) = case.text, word
    w = text[s:e]
    rng = _rng(text, kind, seed)
    if kind in ("swap", "delete"):
        if len(w) < 4:
            return None
        if kind == "delete":
            i = rng.randrange(1, len(w) - 1)
            return text[:s] + w[:i] + w[i + 1 :] + text[e:]
        places = [i for i in range(1, len(w) - 2) if w[i] != w[i + 1]]
        if not places:
            return None
        i = rng.choice(places)
        return text[:s] + w[:i] + w[i + 1] + w[i] + w[i + 2 :] + text[e:]
    if kind == "spaced":
        return text[:s] + " ".join(w) + text[e:]
    if kind == "leet":
        leet = w.translate(_LEET)
        return None if leet == w else text[:s] + leet + text[e:]
    if kind == "leet_all":
        return _LETTERS.sub(_leet_word, text)
    if kind == "join":
        after = re.match(r"[ \t]+(?=\w)", text[e:])
        if after:
            return text[:e] + text[e + after.end() :]
        before = re.search(r"(?<=\w)[ \t]+$", text[:s])
        return text[: before.start()] + text[s:] if before else None
    if kind == "join_span":
        lo, hi = case.span
        if case.source == "benign":  # the spaces around the word
            lo = (re.search(r"\w+[ \t]+$", text[:s]) or re.search(r"$", text[:s])).start()  # type: ignore[union-attr]
            hi = e + (re.match(r"[ \t]+\w+", text[e:]) or re.match(r"", text[e:])).end()  # type: ignore[union-attr]
        inner = re.sub(r"[ \t]+", "", text[lo:hi])
        return None if inner == text[lo:hi] else text[:lo] + inner + text[hi:]
    raise ValueError(kind)


def _leet_word(match: re.Match[str]) -> str:
    """A word in leetspeak (``_LEET_ALL``); one left without a letter keeps its first ("a11", "i5")."""
    word = match.group()
    leet = word.translate(_LEET_ALL)
    return leet if any(c.isalpha() for c in leet) else word[0] + leet[1:]


def risk_finding(report: Report, families: Sequence[str] = ("risk",)) -> Finding | None:
    """The first finding at warning or above of a family (or rule id) of ``families``."""
    for finding in report.findings:
        if finding.severity.rank >= Severity.WARNING.rank and (
            finding.family.value in families or finding.rule in families
        ):
            return finding
    return None


def review_all(engine: Engine, items: Sequence[tuple[str, str]]) -> list[Report]:
    """Reviews of (text, language) pairs, in one event loop."""

    async def run() -> list[Report]:
        return [await engine.review(text, language=language) for text, language in items]

    return asyncio.run(run())


def read_cases(files: Iterable[Path], language: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(hateful, benign) cases of ``files`` in ``language`` (all languages if None)."""
    hateful: list[dict[str, Any]] = []
    benign: list[dict[str, Any]] = []
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            if case.get("language") not in ("en", "fr") or (language and case["language"] != language):
                continue
            (hateful if case["expect"] == "flag" else benign).append(case)
    return hateful, benign


def base_cases(
    engine: Engine, language: str | None, files: Sequence[Path] | None = None
) -> tuple[list[Case], list[Case]]:
    """The hateful cases of ``files`` (default: ``work_files``) flagged today, with their finding's span, and the
    benign ones left unflagged."""
    hateful, benign = read_cases(work_files() if files is None else files, language)
    reports = review_all(engine, [(c["text"], c["language"]) for c in hateful + benign])
    flagged: list[Case] = []
    clean: list[Case] = []
    for raw, report in zip(hateful + benign, reports, strict=True):
        finding = risk_finding(report)
        if raw["expect"] == "flag" and finding is not None:
            span = (finding.offset, finding.offset + finding.length)
            flagged.append(Case(raw["text"], raw["language"], span, "hateful"))
        elif raw["expect"] == "pass" and finding is None:
            clean.append(Case(raw["text"], raw["language"], (0, len(raw["text"])), "benign"))
    return flagged, clean


def rule_cases(engine: Engine, rule_id: str) -> list[Case]:
    """The rule file's ``cases: fail`` texts the rule flags at warning or above, its finding's span kept."""
    path = ROOT / "rules" / "risk" / f"{rule_id.split('.', 1)[1]}.yml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    raw = [c for c in (spec.get("cases") or {}).get("fail") or () if c.get("language") in ("en", "fr")]
    reports = review_all(engine, [(c["text"], c["language"]) for c in raw])
    out: list[Case] = []
    for case, report in zip(raw, reports, strict=True):
        finding = risk_finding(report, (rule_id,))
        if finding is not None:
            out.append(Case(case["text"], case["language"], (finding.offset, finding.offset + finding.length), rule_id))
    return out


Counter = dict[tuple[str, str, str, str], list[int]]


def measure(
    engine: Engine, cases: Sequence[Case], rules: Sequence[str], families: Callable[[Case], Sequence[str]], seed: int
) -> Counter:
    """[flagged, total] per (source, language, word rule, class) over the perturbed cases."""
    items: list[tuple[tuple[str, str, str, str], Case, str]] = []
    for case in cases:
        for rule in rules:
            word = choose(case, rule)
            if word is None:
                continue
            for kind in CLASSES:
                text = perturb(case, word, kind, seed)
                if text is not None and text != case.text:
                    items.append(((case.source, case.language, rule, kind), case, text))
    reports = review_all(engine, [(text, case.language) for _key, case, text in items])
    counts: Counter = {}
    for (key, case, _text), report in zip(items, reports, strict=True):
        row = counts.setdefault(key, [0, 0])
        row[0] += risk_finding(report, families(case)) is not None
        row[1] += 1
    return counts


def table(counts: Counter) -> list[str]:
    """One line per (source, language, word rule), one column per class."""
    lines = [f"{'source':16s} {'lang':4s} {'word':9s} " + " ".join(f"{k:>9s}" for k in CLASSES)]
    for source, language, rule in sorted({k[:3] for k in counts}):
        cells = []
        for kind in CLASSES:
            got = counts.get((source, language, rule, kind))
            cells.append(f"{got[0]:>4d}/{got[1]:<4d}" if got else f"{'-':>9s}")
        lines.append(f"{source:16s} {language:4s} {rule:9s} " + " ".join(cells))
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the table; with ``--json`` also write its counts."""
    parser = argparse.ArgumentParser(prog="python -m training.evasion_probe", description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("en", "fr"), help="one language (default: both)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--rules", action="store_true", help="also the slur, profanity and insult rules' fail cases")
    parser.add_argument("--json", type=Path, help="write the counts here")
    args = parser.parse_args(argv)
    engine = Engine.create(Settings(offline=True))
    flagged, clean = base_cases(engine, args.lang)
    print(f"base: {len(flagged)} hateful cases flagged, {len(clean)} benign cases clean")
    counts = measure(engine, flagged, WORD_RULES, lambda _c: ("risk",), args.seed)
    counts.update(measure(engine, clean, ("longest", "group"), lambda _c: ("risk",), args.seed))
    if args.rules:
        for rule_id in LIST_RULES:
            cases = [c for c in rule_cases(engine, rule_id) if not args.lang or c.language == args.lang]
            counts.update(measure(engine, cases, ("longest",), lambda c: (c.source,), args.seed))
    print("\n".join(table(counts)))
    if args.json:
        args.json.write_text(json.dumps({"|".join(k): v for k, v in sorted(counts.items())}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of turns 5 and 6 (risk, privacy): quality of the risk turn and speed of both.

Quality: precision and recall of the risk rules per language on ``bench/data/risk_labelled.jsonl``
(see ``bench/data/README.md`` for how it was made), finding by finding: a finding is a true positive
when a labelled (rule, excerpt) overlaps it, every other risk finding is a false positive, every
labelled item no finding covers is a false negative. Draft-level figures (is the draft flagged at all)
are reported beside them, and the 120 clean tweets of ``bench/data/clean_tweets.tsv`` count as drafts
that must stay quiet.

Speed: every risk and privacy rule on every draft, in process, each draft fresh (so the folded view is
computed every time): p50 and p95 per draft, then the same with every term list grown tenfold by
synthetic terms, and the ratio of the two p50s (Aho-Corasick keeps it near 1).

Run: ``.venv/bin/python -m bench.bench_risk`` (prints a table; ``main()`` returns the figures).
"""

from __future__ import annotations

import json
import random
import shutil
import statistics
import string
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from app.domain import Draft, Family, Finding
from app.kinds.base import CheckContext, Deps, Rule
from app.loader import build_rule, load_specs, packaged_rules_dir
from app.policy import Policy
from app.testing import draft_for
from app.text.tweet import extract_entities

DATA = Path(__file__).resolve().parent / "data"
LABELLED = DATA / "risk_labelled.jsonl"
CLEAN = DATA / "clean_tweets.tsv"
FAMILIES = (Family.RISK, Family.PRIVACY)


def _entities(text: str) -> Any:
    """twitter-text entities, as the engine extracts them."""
    return extract_entities(text)


def make_draft(text: str, language: str, entities: Any = None) -> Draft:
    """A fresh draft (empty memo) with its entities."""
    draft = draft_for(text, language)
    return draft if entities is None else replace(draft, entities=entities)


def load_rules(root: Path) -> list[Rule]:
    """Every enabled risk and privacy rule under ``root``, built as the engine builds them."""
    deps = Deps(rules_root=root)
    return [build_rule(s, deps) for s in load_specs([root]) if s.meta.family in FAMILIES and s.enabled]


def labelled() -> list[dict[str, Any]]:
    """The labelled drafts: language, text, expected (rule, excerpt) pairs."""
    return [json.loads(line) for line in LABELLED.read_text(encoding="utf-8").splitlines() if line.strip()]


def clean() -> list[tuple[str, str]]:
    """The clean tweets: (language, text)."""
    out = []
    for line in CLEAN.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            language, _, text = line.partition("\t")
            out.append((language, text))
    return out


def _review(rules: Sequence[Rule], text: str, language: str, ctx: CheckContext, entities: Any = None) -> list[Finding]:
    draft = make_draft(text, language, entities)
    findings: list[Finding] = []
    for rule in rules:
        if rule.meta.applies_to(language):
            findings.extend(rule.check(draft, ctx))
    return findings


def quality(rules: Sequence[Rule]) -> dict[str, dict[str, float]]:
    """Precision and recall of the risk turn per language, by finding and by draft."""
    ctx = CheckContext(policy=Policy())
    risk_rules = [r for r in rules if r.meta.family is Family.RISK]
    stats: dict[str, dict[str, float]] = {}
    drafts = [(d["language"], d["text"], [tuple(e) for e in d["expect"]]) for d in labelled()]
    drafts += [(lang, text, []) for lang, text in clean()]
    for language, text, expected in drafts:
        s = stats.setdefault(language, dict.fromkeys(("tp", "fp", "fn", "dtp", "dfp", "dfn", "dtn", "drafts"), 0.0))
        s["drafts"] += 1
        found = _review(risk_rules, text, language, ctx)
        spans: list[tuple[str, int, int]] = []
        for rule_id, excerpt in expected:
            at = text.casefold().find(excerpt.casefold())
            if at < 0:
                raise ValueError(f"labelled excerpt {excerpt!r} not in its draft")
            spans.append((rule_id, at, at + len(excerpt)))
        matched: set[int] = set()
        for f in found:
            hit = next(
                (
                    i
                    for i, (rid, a, b) in enumerate(spans)
                    if i not in matched and rid == f.rule and a < f.offset + f.length and f.offset < b
                ),
                None,
            )
            if hit is None:
                s["fp"] += 1
            else:
                matched.add(hit)
                s["tp"] += 1
        s["fn"] += len(spans) - len(matched)
        flagged, risky = bool(found), bool(spans)
        s["dtp" if flagged and risky else "dfp" if flagged else "dfn" if risky else "dtn"] += 1
    for s in stats.values():
        s["precision"] = s["tp"] / (s["tp"] + s["fp"]) if s["tp"] + s["fp"] else 1.0
        s["recall"] = s["tp"] / (s["tp"] + s["fn"]) if s["tp"] + s["fn"] else 1.0
        s["draft_precision"] = s["dtp"] / (s["dtp"] + s["dfp"]) if s["dtp"] + s["dfp"] else 1.0
        s["draft_recall"] = s["dtp"] / (s["dtp"] + s["dfn"]) if s["dtp"] + s["dfn"] else 1.0
    return stats


def speed(rules: Sequence[Rule], repeats: int = 5) -> dict[str, float]:
    """p50/p95 in ms per draft for all given rules; entities are extracted beforehand (not our cost)."""
    ctx = CheckContext(policy=Policy())
    corpus = [(d["language"], d["text"]) for d in labelled()] + clean()
    prepared = [(lang, text, _entities(text)) for lang, text in corpus]
    for lang, text, ents in prepared:  # warm caches (character folding table, lazy imports)
        _review(rules, text, lang, ctx, ents)
    times: list[float] = []
    for _ in range(repeats):
        for lang, text, ents in prepared:
            started = time.perf_counter()
            _review(rules, text, lang, ctx, ents)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "drafts": float(len(prepared)),
        "p50_ms": statistics.median(times),
        "p95_ms": times[int(len(times) * 0.95)],
    }


def _grow_term_lists(root: Path, factor: int, seed: int = 7) -> int:
    """Add synthetic terms to every term file under ``root`` so each holds ``factor`` times its terms."""
    rng = random.Random(seed)
    total = 0
    for path in sorted(root.glob("*/terms/**/*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or "terms" not in data:
            continue
        terms = list(data["terms"])
        extra = []
        for _ in range(len(terms) * (factor - 1)):
            words = rng.choice((1, 1, 1, 2))
            extra.append(
                " ".join(
                    "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 11))) for _ in range(words)
                )
            )
        data["terms"] = terms + extra
        total += len(data["terms"])
        path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return total


def main() -> dict[str, Any]:
    """Run both benchmarks, print a table, return the figures."""
    root = packaged_rules_dir()
    rules = load_rules(root)
    results: dict[str, Any] = {"quality": quality(rules)}
    base = speed(rules)
    with tempfile.TemporaryDirectory() as tmp:
        grown_root = Path(tmp) / "rules"
        shutil.copytree(root, grown_root)
        grown_terms = _grow_term_lists(grown_root, 10)
        grown = speed(load_rules(grown_root))
    from app.testing import term_count

    results["speed"] = {
        "base": base,
        "tenfold_terms": grown,
        "forms_in_automata_base": sum(term_count(r) for r in rules),
        "term_entries_tenfold": grown_terms,
        "ratio_p50": grown["p50_ms"] / base["p50_ms"],
    }

    print("Risk turn quality (findings: precision / recall; drafts: precision / recall)")
    print(f"{'lang':<6}{'drafts':>7}{'TP':>5}{'FP':>5}{'FN':>5}{'P':>7}{'R':>7}{'draft P':>9}{'draft R':>9}")
    for lang, s in sorted(results["quality"].items()):
        print(
            f"{lang:<6}{int(s['drafts']):>7}{int(s['tp']):>5}{int(s['fp']):>5}{int(s['fn']):>5}"
            f"{s['precision']:>7.2f}{s['recall']:>7.2f}{s['draft_precision']:>9.2f}{s['draft_recall']:>9.2f}"
        )
    sp = results["speed"]
    print("\nRisk + privacy speed, per draft, in process")
    print(f"{'packs':<22}{'drafts':>7}{'p50 ms':>9}{'p95 ms':>9}")
    print(f"{'as shipped':<22}{int(base['drafts']):>7}{base['p50_ms']:>9.3f}{base['p95_ms']:>9.3f}")
    print(f"{'10x terms':<22}{int(grown['drafts']):>7}{grown['p50_ms']:>9.3f}{grown['p95_ms']:>9.3f}")
    print(f"ratio p50 (10x / shipped): {sp['ratio_p50']:.2f}; forms as shipped: {sp['forms_in_automata_base']}")
    return results


if __name__ == "__main__":
    main()

"""A digest of the offline review on every dev tweet and every functional case: the reference for speed work.

A change meant to make the review faster must not change any verdict or finding. This script reviews, with
the shipped offline policy (``Settings(offline=True)``, in-process):

- every tweet of ``../shared/data/train/*-dev.jsonl`` (as ``bench models`` sends them, in file order);
- every case of ``tests/data/functional/*.jsonl`` but the held-out sets (``*final*``, ``*probe*``; the worn
  probes of session 12 are included), with the case's language;
- every rule file's own ``cases:`` (text and language; the case's policy is not applied);
- the clean tweets of ``bench/data/clean_tweets.tsv``.

For each draft it writes one line: its index, its source (file name and line, never the text) and a short hash
of the report's verdict, language, and every finding's rule, span, severity, message and explanation. A second
hash per draft covers the whole wire report but the skipped rules (a time budget may skip a pattern under load)
and the tone block's timings, if any. The last line is the digest of all lines. Two trees give the same file
when the review says exactly the same thing on every draft; ``diff`` names the drafts that differ.

Run: ``.venv/bin/python -m bench.review_digest --output /tmp/digest.txt [--auto-too]`` (``PYTHONPATH`` a worktree
to digest another commit; ``--auto-too`` reviews every dev tweet and every functional case with a language a second
time with ``language: auto``). No draft text is printed or written.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

DATA = Path(os.environ.get("SEVENFOLD_TRAIN_DATA", REPO.parent / "shared" / "data" / "train"))
FUNCTIONAL = REPO / "tests" / "data" / "functional"
WORN = frozenset(
    {
        "hate-round12-probe-en",
        "hate-round12-probe-fr",
        "issue-round12-probe",
        "hate-round13-probe-en",
        "hate-round13-probe-fr",
        "issue-round13-probe",
    }
)


def held_out(path: Path) -> bool:
    """A functional set nobody may measure (``*final*``, ``*probe*``), the worn probes excepted."""
    return path.stem not in WORN and ("final" in path.stem or "probe" in path.stem)


def drafts(auto_too: bool = False) -> list[tuple[str, str, str]]:
    """(source, text, language) of every draft the digest covers (with ``auto_too``, every functional case and
    every dev tweet a second time, its language detected: source suffixed ``:auto``)."""
    out: list[tuple[str, str, str]] = []
    dev = sorted(DATA.glob("*-dev.jsonl"))
    if not dev:  # a worktree outside /work/main: SEVENFOLD_TRAIN_DATA must say where the tweets are
        raise SystemExit(f"no dev tweets at {DATA} (set SEVENFOLD_TRAIN_DATA)")
    for path in dev:
        language = path.name.split("-")[0]
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                text = json.loads(line).get("text", "")
                if isinstance(text, str) and text.strip():
                    out.append((f"{path.name}:{n}", text, language))
                    if auto_too:
                        out.append((f"{path.name}:{n}:auto", text, "auto"))
    for path in sorted(FUNCTIONAL.glob("*.jsonl")):
        if held_out(path):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                case = json.loads(line)
                out.append((f"{path.name}:{n}", case["text"], case.get("language") or "auto"))
                if auto_too and case.get("language"):
                    out.append((f"{path.name}:{n}:auto", case["text"], "auto"))
    from app.loader import load_specs, packaged_rules_dir

    for spec in load_specs([packaged_rules_dir()]):
        for n, case in enumerate(spec.cases, 1):
            if case.text.strip():
                out.append((f"{spec.id}#{n}", case.text, case.language))
    clean = REPO / "bench" / "data" / "clean_tweets.tsv"
    for n, line in enumerate(clean.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#") and "\t" in line:
            language, text = line.split("\t", 1)
            out.append((f"{clean.name}:{n}", text, language))
    return out


def _short(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]


def digest_line(index: int, source: str, report: Any) -> str:
    """One draft's line: index, source, hash of the findings and verdict, hash of the whole report."""
    core = {
        "verdict": str(report.verdict),
        "language": report.language,
        "findings": [(f.rule, f.offset, f.length, str(f.severity), f.message, f.explanation) for f in report.findings],
        "errors": [str(e) for e in report.rule_errors],
    }
    wire = report.to_dict()
    wire.pop("skipped_rules", None)
    return f"{index}\t{source}\t{_short(core)}\t{_short(wire)}"


async def _review_all(items: list[tuple[str, str, str]]) -> list[str]:
    from app.engine import Engine, InputError
    from app.settings import Settings

    engine = Engine.create(Settings(offline=True))
    lines: list[str] = []
    for i, (source, text, language) in enumerate(items):
        try:
            report = await engine.review(text, language=language)
        except InputError as exc:
            lines.append(f"{i}\t{source}\tinput-error\t{exc.field}")
            continue
        lines.append(digest_line(i, source, report))
    return lines


def main() -> None:
    """Write the digest file and print the draft count and the overall digest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, required=True)
    parser.add_argument("--auto-too", action="store_true", help="also every dev tweet and case, language detected")
    args = parser.parse_args()
    items = drafts(args.auto_too)
    lines = asyncio.run(_review_all(items))
    total = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    args.output.write_text("\n".join(lines) + f"\ndigest\t{len(lines)}\t{total}\n", encoding="utf-8")
    print(f"{len(lines)} drafts, digest {total}")


if __name__ == "__main__":
    main()

"""``python -m training.probe_counts FILE.jsonl …``: the lead's per-commit measure of held-out files, by counts only.

Each round of issue 11 is measured on files nobody tuned on (probe files, outside writers' sets) and read by totals
only: the person who counts must not see the texts, or the next change would be written for them. This tool prints,
per file, how many cases of each language and ``expect`` the offline review flags, then per ``expect`` and class
(the last part of ``behaviour``) — never a text. ``--json OUT`` also writes every case's bit and the rules that
flagged it, in file order, so that ``--diff A.json B.json`` can name which cases (by line number, class and rule)
a commit gained or lost, still without a text.

*Flagged* is what ``tests/test_judgement.py`` counts: a finding at warning or above of the risk family for hate files;
for ``issue-*`` probes (short French insults, leaks, disparagement, idioms) of the risk, privacy or tone family, with
``tone.negative`` (the sentiment summary) left out for leaks and disparagement. Until session 43 this lived as a
scratch script (``/work/scratch/s4x/lead/measure.py``, cited by docs/JUDGEMENT.md) that a wiped scratch folder lost;
figures from session 43 on are reproducible with this module. Hand-written: thirty lines of counting over the
engine's own report, nothing a library does.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from app.domain import Family, Report, Severity
from app.engine import Engine
from app.settings import Settings

HATE_FAMILIES = frozenset({Family.RISK})
ISSUE_FAMILIES = frozenset({Family.RISK, Family.PRIVACY, Family.TONE})


@dataclass(frozen=True)
class Counted:
    """One case: its line number, ``expect``, class, language, and the rules that flagged it (empty: not flagged)."""

    line: int
    expect: str
    kind: str
    language: str
    rules: tuple[str, ...]


def flagging_rules(report: Report, file_name: str, kind: str) -> tuple[str, ...]:
    """The rules of ``report`` that count as flagging a case of class ``kind`` in the file ``file_name``."""
    families = ISSUE_FAMILIES if file_name.startswith("issue-") else HATE_FAMILIES
    ignored = (
        {"tone.negative"} if file_name.startswith("issue-") and ("leak" in kind or "disparagement" in kind) else set()
    )
    return tuple(
        sorted(
            {
                f.rule
                for f in report.findings
                if f.family in families and f.rule not in ignored and f.severity.rank >= Severity.WARNING.rank
            }
        )
    )


def read_cases(path: Path) -> list[tuple[int, str, str, str, str]]:
    """(line, text, expect, class, language) of every case of the JSON-lines file ``path``; a bad line names the file
    and line (read before any review, so a typo costs no engine start)."""
    out: list[tuple[int, str, str, str, str]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
            text, expect, kind = case["text"], case["expect"], case["behaviour"].rsplit(".", 1)[-1]
        except (json.JSONDecodeError, KeyError, TypeError, AttributeError) as error:
            raise SystemExit(f"{path}:{number}: not a case ({error.__class__.__name__})") from None
        out.append((number, text, expect, kind, case.get("language", "auto")))
    return out


def count_file(engine: Engine, path: Path) -> list[Counted]:
    """Every case of ``path``, reviewed offline in its own language."""
    out: list[Counted] = []
    for number, text, expect, kind, language in read_cases(path):
        report = asyncio.run(engine.review(text, language=language))
        out.append(Counted(number, expect, kind, language, flagging_rules(report, path.name, kind)))
    return out


def table(name: str, cases: Sequence[Counted]) -> list[str]:
    """The printed lines for one file: totals per language and expect, then per expect and class."""
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    per_class: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for case in cases:
        for cell in (totals[(case.language, case.expect)], per_class[(case.expect, case.kind)]):
            cell[0] += bool(case.rules)
            cell[1] += 1
    head = ", ".join(f"{language}/{expect} {hit}/{n}" for (language, expect), (hit, n) in sorted(totals.items()))
    lines = [f"== {name}: {head}"]
    lines += [f"   {expect:4} {kind:40} {hit:3}/{n}" for (expect, kind), (hit, n) in sorted(per_class.items())]
    return lines


def diff(before: dict[str, list[dict[str, object]]], after: dict[str, list[dict[str, object]]]) -> list[str]:
    """Per file present in both, the cases gained and lost (line, expect:class, rules), no text."""
    lines: list[str] = []
    for name in sorted(before.keys() & after.keys()):
        pairs = list(zip(before[name], after[name], strict=True))
        gained = [
            f"{b['line']} {b['expect']}:{b['kind']} {b['rules']}" for a, b in pairs if b["rules"] and not a["rules"]
        ]
        lost = [
            f"{a['line']} {a['expect']}:{a['kind']} {a['rules']}" for a, b in pairs if a["rules"] and not b["rules"]
        ]
        if gained or lost:
            lines.append(f"== {name}: gained {len(gained)}, lost {len(lost)}")
            lines += [f"   + {g}" for g in gained] + [f"   - {item}" for item in lost]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.probe_counts", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSON-lines case files (text, language, expect, behaviour)")
    parser.add_argument("--json", type=Path, help="write every case's bit and rules here")
    parser.add_argument("--diff", type=Path, nargs=2, metavar=("BEFORE", "AFTER"), help="compare two --json outputs")
    args = parser.parse_args(argv)
    if args.diff:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in args.diff)
        print("\n".join(diff(before, after)))
        return 0
    if not args.files:
        parser.error("give case files, or --diff BEFORE AFTER")
    for path in args.files:
        if not path.is_file():
            parser.error(f"{path}: no such file")
        read_cases(path)
    engine = Engine.create(Settings(offline=True))
    bits: dict[str, list[dict[str, object]]] = {}
    for path in args.files:
        cases = count_file(engine, path)
        print("\n".join(table(path.name, cases)))
        bits[path.name] = [{"line": c.line, "expect": c.expect, "kind": c.kind, "rules": list(c.rules)} for c in cases]
    if args.json:
        args.json.write_text(json.dumps(bits), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

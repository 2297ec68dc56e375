"""What an audit found, gathered as results stream by: counts, the ten-second summary, findings per month
by family, and the riskiest posts (a bounded heap: memory stays flat however large the archive).

A post "a recruiter would notice" has a warning or an error in the turns a reader judges a person by
(risk, privacy, tone); it is "blocked" when one of them is an error. Blocked posts are counted by the
category of their worst finding (profanity, personal data, leak…), in English or French. The risk score
that orders the report weighs those turns' findings by severity, far above the other turns'.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from app.audit.archive import Post, ReadProblem
from app.audit.runner import AuditResult, Outcome
from app.domain import FAMILY_ORDER, Family, Finding, Severity, to_wire
from app.texts import counted, label

NOTICED = frozenset({Family.RISK, Family.PRIVACY, Family.TONE})
MAX_LISTED = 5000
_WEIGHT = {Severity.ERROR: 100, Severity.WARNING: 10, Severity.INFO: 0}
_MINOR_WEIGHT = {Severity.ERROR: 3, Severity.WARNING: 1, Severity.INFO: 0}

# rule id (or its prefix) -> (English, French) category of a blocked post
CATEGORIES: dict[str, tuple[str, str]] = {
    "risk.profanity": ("profanity", "grossièretés"),
    "risk.slurs": ("hate", "haine"),
    "risk.hate": ("hate", "haine"),
    "risk.threats": ("threats", "menaces"),
    "risk.sexual": ("sexual content", "contenu sexuel"),
    "risk.drugs": ("drugs", "drogues"),
    "risk.financial-claims": ("risky claims", "allégations risquées"),
    "risk.forward-looking": ("risky claims", "allégations risquées"),
    "risk.medical-claims": ("risky claims", "allégations risquées"),
    "risk.absolute-claims": ("risky claims", "allégations risquées"),
    "risk.sensitive-topics": ("sensitive topics", "sujets sensibles"),
    "risk.disparagement": ("disparagement", "dénigrement"),
    "risk.disparagement-comparison": ("disparagement", "dénigrement"),
    "risk.leak": ("leak", "fuite"),
    "privacy.confidential": ("leak", "fuite"),
    "privacy.secret": ("leak", "fuite"),
    "privacy": ("personal data", "données personnelles"),
    "tone": ("tone", "ton"),
    "risk": ("risk", "risque"),
}


def category(rule: str, language: str = "en") -> str:
    """The category of a rule, for the summary ("profanity", "personal data", "leak"…)."""
    index = 1 if language == "fr" else 0
    if rule in CATEGORIES:
        return CATEGORIES[rule][index]
    for prefix, names in CATEGORIES.items():
        if rule.startswith(prefix + ".") and prefix not in ("privacy", "tone", "risk"):
            return names[index]
    for key in ("risk.leak", "privacy", "tone", "risk"):
        if rule.startswith(key):
            return CATEGORIES[key][index]
    return rule.split(".", 1)[-1].replace("-", " ")


def score(findings: tuple[Finding, ...]) -> int:
    """How risky a post is: the noticed turns' findings by severity, the others far below."""
    total = 0
    for finding in findings:
        weights = _WEIGHT if finding.family in NOTICED else _MINOR_WEIGHT
        total += weights[finding.severity]
    return total


def noticed(findings: tuple[Finding, ...]) -> tuple[bool, Finding | None]:
    """(a recruiter would notice it, its worst noticed error if it is blocked)."""
    seen = False
    worst: Finding | None = None
    for finding in findings:
        if finding.family in NOTICED and finding.severity.rank >= Severity.WARNING.rank:
            seen = True
            if finding.severity is Severity.ERROR and worst is None:
                worst = finding
    return seen, worst


@dataclass(frozen=True)
class Entry:
    """A listed post, as the HTML report shows it."""

    index: int
    score: int
    post: Post
    verdict: str
    findings: tuple[dict[str, Any], ...]
    language: str = ""


@dataclass
class AuditSummary:
    """Everything the report needs, gathered one outcome at a time."""

    network: str = ""
    source: str = ""
    max_listed: int = MAX_LISTED
    posts: int = 0
    verdicts: Counter[str] = field(default_factory=Counter)
    noticed: int = 0
    blocked: int = 0
    blocked_by: Counter[str] = field(default_factory=Counter)  # English category -> posts
    families: Counter[str] = field(default_factory=Counter)
    rules: Counter[str] = field(default_factory=Counter)
    months: defaultdict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    years: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    errors: list[AuditResult] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    unavailable: Counter[str] = field(default_factory=Counter)
    partly_checked: int = 0
    """Posts a rule was skipped on (a pattern ran over its time budget: the report's ``skipped_rules``)."""
    skipped_rules: Counter[str] = field(default_factory=Counter)  # rule id -> posts it was skipped on
    not_judged: Counter[str] = field(default_factory=Counter)
    """Posts in a language Sevenfold has no rules for (the report's ``not_judged``), by language."""
    worst: int = -1
    with_findings: int = 0
    _heap: list[tuple[int, int, Entry]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count one result (or read problem)."""
        if isinstance(outcome, ReadProblem):
            self.problems.append(outcome)
            return
        self.posts += 1
        if outcome.report is None:
            self.errors.append(outcome)
            return
        report = outcome.report
        findings = report.findings
        self.verdicts[report.verdict.value] += 1
        for family in report.unavailable:
            self.unavailable[family] += 1
        if report.not_judged:
            self.not_judged[report.language] += 1
        if report.skipped_rules:
            self.partly_checked += 1
            self.skipped_rules.update({skipped.rule for skipped in report.skipped_rules})
        month = outcome.post.created[:7]
        if outcome.post.created:
            self.years.add(outcome.post.created[:4])
        self.languages.add(report.language.split("-")[0])
        for finding in findings:
            self.families[finding.family.value] += 1
            self.rules[finding.rule] += 1
            self.worst = max(self.worst, finding.severity.rank)
            if month:
                self.months[month][finding.family.value] += 1
        is_noticed, worst = noticed(findings)
        if is_noticed:
            self.noticed += 1
        if worst is not None:
            self.blocked += 1
            self.blocked_by[worst.rule] += 1
        if not findings:
            return
        self.with_findings += 1
        entry_score = score(findings)
        key = (entry_score, -outcome.index)
        if len(self._heap) >= self.max_listed and key <= self._heap[0][:2]:
            return
        entry = Entry(
            outcome.index,
            entry_score,
            outcome.post,
            report.verdict.value,
            tuple(to_wire(f) for f in findings),
            report.language.split("-")[0],
        )
        if len(self._heap) >= self.max_listed:
            heapq.heapreplace(self._heap, (*key, entry))
        else:
            heapq.heappush(self._heap, (*key, entry))

    @property
    def reviewed(self) -> int:
        """Posts reviewed (not counting the ones whose review failed)."""
        return self.posts - len(self.errors)

    def listed(self) -> list[Entry]:
        """The listed posts, riskiest first (then archive order)."""
        return [entry for _, _, entry in sorted(self._heap, key=lambda item: (-item[0], -item[1]))]

    def omitted(self) -> int:
        """Posts with findings that are counted but not listed (past ``max_listed``)."""
        return self.with_findings - len(self._heap)

    def categories(self, language: str = "en") -> list[tuple[str, int]]:
        """Blocked posts per category, most first."""
        merged: Counter[str] = Counter()
        for rule, n in self.blocked_by.items():
            merged[category(rule, language)] += n
        return sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))

    def headline(self, language: str = "en") -> str:
        """The ten-second summary: "37 posts a recruiter would notice, 12 of them blocked: 9 profanity…"."""
        parts = ", ".join(f"{n} {name}" for name, n in self.categories(language))
        if language == "fr":  # a category is a plural noun ("grossièretés"): "grossièretés (1)", not "1 grossièretés"
            parts = ", ".join(f"{name} ({n})" for name, n in self.categories(language))
            head = (
                f"{self.noticed} publication{'s' if self.noticed > 1 else ''} qu'un recruteur remarquerait"
                if self.noticed
                else "Aucune publication qu'un recruteur remarquerait"
            )
            if self.blocked:
                head += f", dont {self.blocked} bloquante{'s' if self.blocked > 1 else ''} : {parts}"
            return head + "."
        head = (
            f"{self.noticed} post{'s' if self.noticed != 1 else ''} a recruiter would notice"
            if self.noticed
            else "No post a recruiter would notice"
        )
        if self.blocked:
            head += f", {self.blocked} of them blocked: {parts}"
        return head + "."

    def partly_checked_line(self, language: str = "en") -> str:
        """The posts some rule was skipped on and those rules, most posts first: "2 posts partly checked (a
        pattern ran over its time budget): risk.custom-patterns (2)."; empty when every post was fully checked."""
        n = self.partly_checked
        if not n:
            return ""
        rules = ", ".join(
            f"{rule} ({k})" for rule, k in sorted(self.skipped_rules.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        if language == "fr":
            plural = "s" if n > 1 else ""
            why = "un motif a dépassé son budget de temps"
            return f"{n} publication{plural} vérifiée{plural} en partie ({why}) : {rules}."
        return f"{n} post{'s' if n != 1 else ''} partly checked (a pattern ran over its time budget): {rules}."

    def not_judged_line(self, language: str = "en") -> str:
        """The posts in a language without rules, by language: "3 post(s) in a language Sevenfold has no rules for
        (de (2), es (1)): …"; empty when there are none."""
        if not self.not_judged:
            return ""
        languages = ", ".join(f"{code} ({n})" for code, n in sorted(self.not_judged.items()))
        posts = counted("posts", sum(self.not_judged.values()), language)
        return label("posts-not-judged", language, posts=posts, languages=languages)

    def month_series(self) -> list[tuple[str, dict[str, int]]]:
        """(YYYY-MM, findings per family) for every month from the first to the last, gaps as zero."""
        if not self.months:
            return []
        first, last = min(self.months), max(self.months)
        year, month = int(first[:4]), int(first[5:7])
        out: list[tuple[str, dict[str, int]]] = []
        while f"{year:04d}-{month:02d}" <= last:
            key = f"{year:04d}-{month:02d}"
            counts = self.months.get(key, Counter())
            out.append((key, {f.value: counts.get(f.value, 0) for f in FAMILY_ORDER}))
            month += 1
            if month > 12:
                year, month = year + 1, 1
        return out

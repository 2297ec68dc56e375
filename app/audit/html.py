"""The audit's HTML report: one self-contained file, in English or French, that never loads anything.

Its style and its small filter script are inline and allowed by the page's own Content-Security-Policy
through their SHA-256 hashes (``default-src 'none'``: no request leaves the page, no other script or
style runs); the chart of findings per month by family is inline SVG built here. Posts are listed
riskiest first with their date, a link to the post on its network, and their findings highlighted as
``<mark data-rule>`` (the same highlighting as the form, ``app.web.render.mark_tokens``).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.audit.archive import NETWORK_NAMES
from app.audit.summary import AuditSummary, Entry
from app.domain import FAMILY_ORDER
from app.texts import label, localise
from app.web.render import mark_tokens

TEMPLATES = Path(__file__).resolve().parent / "templates"
FAMILY_COLOURS = {
    "length": "#7b61ff",
    "grammar": "#00897b",
    "tone": "#f57c00",
    "clarity": "#5e7ea6",
    "risk": "#c62828",
    "privacy": "#6a1b9a",
    "etiquette": "#9e9d24",
}
STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Sevenfold audit",
        "generated": "generated",
        "posts_reviewed": "posts reviewed",
        "blocked": "blocked",
        "review": "to review",
        "ready": "ready",
        "errors": "not reviewed",
        "period": "period",
        "unreadable": "Part of the archive could not be read:",
        "skipped": "Not reviewed (not the account's words, no text, or not readable as a post):",
        "grammar_off": "Grammar and spelling were not checked (run with --grammar to include them).",
        "chart_title": "Findings per month, by turn",
        "no_findings": "No findings.",
        "blocked_by": "Blocked posts by category",
        "posts_title": "Posts with findings, riskiest first",
        "family": "Turn",
        "severity": "Severity at least",
        "year": "Year",
        "language": "Language",
        "all": "all",
        "sev_error": "error",
        "sev_warning": "warning",
        "sev_info": "info",
        "omitted": "{n} more posts with minor findings are counted above but not listed (see --format jsonl).",
        "open_post": "open the post",
        "reply": "reply",
        "errors_title": "Posts that could not be reviewed",
        "footer": "Made on this machine by Sevenfold. The archive and this report never left it.",
        "verdict_blocked": "blocked",
        "verdict_review": "review",
        "verdict_ready": "ready",
        "count_of": "{label}: {count}",
    },
    "fr": {
        "title": "Audit Sevenfold",
        "generated": "généré le",
        "posts_reviewed": "publications relues",
        "blocked": "bloquantes",
        "review": "à revoir",
        "ready": "prêtes",
        "errors": "non relues",
        "period": "période",
        "unreadable": "Une partie de l'archive n'a pas pu être lue :",
        "skipped": "Non relues (pas les mots du compte, sans texte, ou illisibles comme publication) :",
        "grammar_off": "La grammaire et l'orthographe n'ont pas été vérifiées (option --grammar pour les inclure).",
        "chart_title": "Constats par mois, par tour",
        "no_findings": "Aucun constat.",
        "blocked_by": "Publications bloquantes par catégorie",
        "posts_title": "Publications avec des constats, les plus risquées d'abord",
        "family": "Tour",
        "severity": "Gravité au moins",
        "year": "Année",
        "language": "Langue",
        "all": "toutes",
        "sev_error": "erreur",
        "sev_warning": "avertissement",
        "sev_info": "info",
        "omitted": "{n} autres publications aux constats mineurs sont comptées plus haut mais pas listées "
        "(voir --format jsonl).",
        "open_post": "voir la publication",
        "reply": "réponse",
        "errors_title": "Publications qui n'ont pas pu être relues",
        "footer": "Fait sur cette machine par Sevenfold. L'archive et ce rapport ne l'ont jamais quittée.",
        "verdict_blocked": "bloquante",
        "verdict_review": "à revoir",
        "verdict_ready": "prête",
        "count_of": "{label} : {count}",
    },
}
for _language, _strings in STRINGS.items():  # a turn is named as every other door names it (app/texts.py)
    _strings.update({f"family_{f.value}": label(f"family-{f.value}", _language) for f in FAMILY_ORDER})

SKIPPED_NAMES = {
    "fr": {
        "retweets": "retweets",
        "boosts": "partages",
        "no text (media only)": "sans texte (médias seuls)",
        "not a tweet": "pas un tweet",
        "not a post": "pas une publication",
        "not an activity": "pas une activité",
        "undecodable blocks": "blocs illisibles",
    }
}


def skip_reason(reason: str, language: str) -> str:
    """Why entries were skipped, in ``language``: a fixed name, or a field's wrong value (``app.texts.localise``)."""
    return SKIPPED_NAMES.get(language, {}).get(reason) or localise(reason, language)


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode() + "'"


def assets() -> tuple[str, str]:
    """(the report's CSS, its script), as inlined."""
    return (TEMPLATES / "report.css").read_text(encoding="utf-8"), (TEMPLATES / "report.js").read_text(encoding="utf-8")


def content_security_policy() -> str:
    """The report's CSP: nothing loads; only its own inline style and script (by hash) run."""
    css, js = assets()
    return "; ".join(
        [
            "default-src 'none'",
            f"style-src {_hash(css)}",
            f"script-src {_hash(js)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )


def chart(summary: AuditSummary, strings: dict[str, str]) -> dict[str, Any]:
    """Geometry of the stacked bar chart (findings per month, by family)."""
    series = summary.month_series()
    width, height, left, top, bottom = 960, 240, 40, 12, 24
    base = height - bottom
    if not series:
        return {"bars": [], "width": width, "height": height}
    peak = max(sum(counts.values()) for _, counts in series) or 1
    step = (width - left) / len(series)
    bar_width = max(1.0, step * 0.8)
    bars: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    every = max(1, len(series) // 12)
    for i, (month, counts) in enumerate(series):
        x = left + i * step + (step - bar_width) / 2
        y = float(base)
        for family in FAMILY_ORDER:
            count = counts.get(family.value, 0)
            if not count:
                continue
            h = (base - top) * count / peak
            y -= h
            bars.append(
                {
                    "x": round(x, 2),
                    "y": round(y, 2),
                    "w": round(bar_width, 2),
                    "h": round(h, 2),
                    "fill": FAMILY_COLOURS[family.value],
                    "month": month,
                    "family": family.value,
                    "label": strings[f"family_{family.value}"],
                    "count": count,
                }
            )
        if (len(series) <= 12 and i % every == 0) or month.endswith("-01") or i == 0:
            text = month if len(series) <= 24 else month[:4]
            if not labels or labels[-1]["text"] != text:
                labels.append({"x": round(left + i * step, 2), "text": text})
    present = {bar["family"] for bar in bars}
    legend = [(f.value, strings[f"family_{f.value}"]) for f in FAMILY_ORDER if f.value in present]
    return {
        "bars": bars,
        "labels": labels,
        "legend": legend,
        "width": width,
        "height": height,
        "left": left,
        "top": top,
        "base": base,
        "max": peak,
    }


def _entry_view(entry: Entry, strings: dict[str, str]) -> dict[str, Any]:
    findings = list(entry.findings)
    worst = max((("info", "warning", "error").index(f["severity"]) for f in findings), default=0)
    created = entry.post.created
    return {
        "index": entry.index,
        "score": entry.score,
        "verdict": entry.verdict,
        "verdict_label": strings.get(f"verdict_{entry.verdict}", entry.verdict),
        "created": created,
        "date": created[:10] if created else "",
        "year": created[:4],
        "url": entry.post.url,
        "lang": entry.language,
        "reply": entry.post.reply,
        "families": " ".join(sorted({f["family"] for f in findings})),
        "severity": ("info", "warning", "error")[worst],
        "tokens": mark_tokens(entry.post.text, findings),
        "findings": findings,
    }


def render_report(summary: AuditSummary, *, ui: str = "en", grammar: bool = False) -> str:
    """The whole report page."""
    ui = ui if ui in STRINGS else "en"
    strings = STRINGS[ui]
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(["html"]))
    css, js = assets()
    entries = [_entry_view(e, strings) for e in summary.listed()]
    skipped = ", ".join(f"{skip_reason(reason, ui)} ({n})" for reason, n in sorted(summary.skipped.items()))
    families_seen = [f.value for f in FAMILY_ORDER if summary.families.get(f.value)]
    return env.get_template("report.html").render(
        ui=ui,
        t=strings,
        csp=content_security_policy(),
        css=css,
        js=js,
        summary=summary,
        headline=summary.headline(ui),
        network_name=NETWORK_NAMES.get(summary.network, summary.network),
        source=summary.source,
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        years=sorted(summary.years),
        skipped=skipped,
        partly_checked=summary.partly_checked_line(ui),
        not_judged=summary.not_judged_line(ui),
        grammar_off=not grammar,
        chart=chart(summary, strings),
        categories=summary.categories(ui),
        entries=entries,
        omitted=summary.omitted(),
        filters={
            "families": [(f, strings[f"family_{f}"]) for f in families_seen],
            "years": sorted({e["year"] for e in entries if e["year"]}, reverse=True),
            "languages": sorted({e["lang"] for e in entries if e["lang"]}),
        },
    )

"""Rule documentation read from the rule files: one rule's page (CLI, API) and the generated docs/RULES.md.

Everything comes from the rule file and its kind, never written twice: summary and messages, the
``docs`` block (``why`` and any other notes), severity, languages, the effective params (the kind's
defaults with the file's values over them, each with the kind's description) and the file's own
cases as passing and failing examples, the flagged spans marked. Texts are given in English or
French (``language``); a ``docs`` note may be a plain string (English) or a per-language mapping.

``python -m app.rule_docs`` (``make rules-docs``) writes docs/RULES.md from the packaged rules;
``--check`` exits 1 when the file is out of step (tests/test_rule_docs.py runs the same comparison).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from app.domain import FAMILY_ORDER
from app.kinds import UnknownKind, get_kind
from app.kinds.base import pick_language
from app.kinds.terms import read_term_file
from app.loader import Case, RuleSpec, load_specs, packaged_rules_dir
from app.text.usage import sense_names
from app.texts import label

RULES_MD = Path(__file__).resolve().parent.parent / "docs" / "RULES.md"
REGENERATE = "python -m app.rule_docs"
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
_LONG_VALUE = 100

_SUPERSEDES = {
    "en": "its finding replaces the finding of {rules} on a span it holds, at the same or a higher severity: one "
    "thing said, one finding",
    "fr": "son signalement remplace celui de {rules} sur un passage qu'il contient, à gravité égale ou supérieure : "
    "une chose dite, un signalement",
}

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "family": "Family",
        "kind": "Kind",
        "severity": "Severity",
        "languages": "Languages",
        "why": "Why",
        "notes": "Notes",
        "params": "Params",
        "passing": "Passes",
        "failing": "Flagged",
        "none": "(none)",
        "every": "every language",
        "whole": "the whole draft",
        "policy": "with policy",
        "off": "off by default",
    },
    "fr": {
        "family": "Famille",
        "kind": "Type",
        "severity": "Gravité",
        "languages": "Langues",
        "why": "Pourquoi",
        "notes": "Notes",
        "params": "Paramètres",
        "passing": "Passe",
        "failing": "Signalé",
        "none": "(aucun)",
        "every": "toutes les langues",
        "whole": "tout le brouillon",
        "policy": "avec la politique",
        "off": "désactivée par défaut",
    },
}


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ParamDoc(_Doc):
    """One param as the rule runs it: its effective value and what it means."""

    name: str
    value: Any
    description: str | None = None


class FlaggedSpan(_Doc):
    """A span a failing example flags (code-point offsets into the example's text)."""

    offset: int
    length: int
    excerpt: str


class Example(_Doc):
    """A case of the rule file: a text, its language and (failing examples) the spans it flags."""

    text: str
    language: str
    findings: tuple[FlaggedSpan, ...] = ()
    policy: dict[str, Any] | None = None


class RuleDoc(_Doc):
    """A rule's documentation in one language, as ``sevenfold rules show`` and ``GET /v1/rules/{id}`` give it."""

    id: str
    family: str
    kind: str
    severity: str
    languages: tuple[str, ...]
    enabled: bool
    language: str
    summary: str
    why: str | None = None
    notes: dict[str, str] = {}
    params: tuple[ParamDoc, ...] = ()
    passing: tuple[Example, ...] = ()
    failing: tuple[Example, ...] = ()


def localised(value: Any, language: str) -> str | None:
    """A docs note in ``language``: a string is English, a mapping is per language."""
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, Mapping) and value:
        return pick_language({str(k): str(v) for k, v in value.items()}, language).strip() or None
    return None


def _params(spec: RuleSpec) -> tuple[ParamDoc, ...]:
    """The kind's params with the rule file's values over the defaults (raw values if the kind is unknown)."""
    try:
        params_type = get_kind(spec.meta.kind).Params
    except UnknownKind:
        return tuple(ParamDoc(name=k, value=v) for k, v in sorted(spec.params.items()))
    values = params_type.model_validate(dict(spec.params)).model_dump(mode="json")
    fields = params_type.model_fields
    return tuple(
        ParamDoc(name=name, value=values[name], description=fields[name].description)
        for name in fields
        if name in values
    )


def _example(case: Case) -> Example:
    spans = tuple(
        FlaggedSpan(offset=f.offset, length=f.length, excerpt=case.text[f.offset : f.offset + f.length])
        for f in case.findings
    )
    return Example(text=case.text, language=case.language, findings=spans, policy=case.policy or None)


def _in_language(examples: Sequence[Example], language: str | None) -> tuple[Example, ...]:
    """The examples written in ``language`` (or for any language); all of them when there are none."""
    if language is None:
        return tuple(examples)
    base = language.split("-")[0]
    chosen = [e for e in examples if e.language.split("-")[0] in (base, "auto", "*")]
    return tuple(chosen or examples)


def _served(spec: RuleSpec, base: Path) -> dict[str, dict[str, set[str]]]:
    """Language -> sense -> the terms of the rule's lists that name that sense (``homonym:``)."""
    served: dict[str, dict[str, set[str]]] = {}
    lists = spec.params.get("lists", {})
    for language, paths in lists.items() if isinstance(lists, Mapping) else ():
        for relative in [paths] if isinstance(paths, str) else paths:
            term_file = read_term_file(base / relative)
            for term in term_file.terms:
                if isinstance(term, str):
                    continue
                for sense in term.homonym:
                    served.setdefault(term_file.language or language, {}).setdefault(sense, set()).add(term.term)
    return served


def _senses_note(spec: RuleSpec) -> dict[str, str]:
    """The harmless senses of a rule's homonyms by language (``params.senses``), each with the terms it serves."""
    senses = spec.params.get("senses")
    if not isinstance(senses, Mapping) or not senses or spec.meta.source is None:
        return {}
    base = spec.meta.source.parent
    served = _served(spec, base)
    parts = []
    for language, relative in sorted(senses.items()):
        names = sense_names(base / relative)
        terms = served.get(language, {})
        listed = "; ".join(f"{n} ({', '.join(sorted(terms[n]))})" if n in terms else n for n in names)
        parts.append(f"{language} (`rules/{spec.meta.family.value}/{relative}`): {listed}")
    return {"homonym senses": " · ".join(parts)}


def rule_doc(spec: RuleSpec, language: str = "en", *, every_example: bool = False) -> RuleDoc:
    """The documentation of one rule in ``language`` (``en`` or ``fr``; any other is English).

    Examples are those written in ``language`` (all of them if it has none), or all with ``every_example``.
    """
    meta = spec.meta
    language = language.split("-")[0].lower() if language.split("-")[0].lower() in _LABELS else "en"
    docs = dict(meta.docs)
    why = localised(docs.pop("why", None), language)
    docs.pop("origin", None)
    notes = {key: text for key, value in docs.items() if (text := localised(value, language)) is not None}
    notes.update(_senses_note(spec))
    if meta.supersedes:
        notes["supersedes"] = _SUPERSEDES[language].format(rules=", ".join(meta.supersedes))
    examples = [_example(case) for case in spec.cases]
    return RuleDoc(
        id=meta.id,
        family=meta.family.value,
        kind=meta.kind,
        severity=meta.severity.value,
        languages=tuple(sorted(meta.languages)),
        enabled=spec.enabled,
        language=language,
        summary=meta.summary_for(language),
        why=why,
        notes=notes,
        params=_params(spec),
        passing=_in_language([e for e in examples if not e.findings], None if every_example else language),
        failing=_in_language([e for e in examples if e.findings], None if every_example else language),
    )


def mark_spans(text: str, spans: Iterable[FlaggedSpan]) -> str:
    """``text`` with each flagged span between ⟦ ⟧ (a span nested in an earlier one is not marked again)."""
    out: list[str] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s.offset, -s.length)):
        if span.offset < position:
            continue
        end = span.offset + span.length
        out.append(text[position : span.offset])
        out.append(MARK_OPEN + text[span.offset : end] + MARK_CLOSE)
        position = end
    out.append(text[position:])
    return "".join(out)


def _value(value: Any) -> str:
    """A param value as compact JSON; a long list or mapping is cut, saying how many items it holds."""
    shown = json.dumps(value, ensure_ascii=False)
    if len(shown) <= _LONG_VALUE:
        return shown
    size = len(value) if isinstance(value, list | dict) else None
    more = f" ({size} items)" if size is not None else ""
    return shown[: _LONG_VALUE - 1] + "…" + more


def _example_line(example: Example, labels: Mapping[str, str]) -> str:
    shown = mark_spans(example.text, example.findings).replace("\n", "⏎")
    if any(f.length == 0 for f in example.findings):
        shown += f"  ({labels['whole']})"
    if example.policy:
        shown += f"  ({labels['policy']} {json.dumps(example.policy, ensure_ascii=False)})"
    return f"[{example.language}] {shown}"


def _languages(doc: RuleDoc, labels: Mapping[str, str]) -> str:
    return labels["every"] if "*" in doc.languages else ", ".join(doc.languages)


def render_text(doc: RuleDoc) -> str:
    """The rule's page for a terminal."""
    labels = _LABELS.get(doc.language.split("-")[0], _LABELS["en"])
    off = "" if doc.enabled else f" ({labels['off']})"
    joint = label("reason-separator", doc.language)  # ": " / " : " (French puts a space before a colon)
    colon = joint.rstrip()
    lines = [f"{doc.id}{off}", f"  {doc.summary}", ""]
    lines.append(
        f"{labels['family']}{joint}{doc.family}   {labels['kind']}{joint}{doc.kind}   "
        f"{labels['severity']}{joint}{doc.severity}"
    )
    lines.append(f"{labels['languages']}{joint}{_languages(doc, labels)}")
    if doc.why:
        lines += ["", f"{labels['why']}{colon}", f"  {doc.why}"]
    for key, text in doc.notes.items():
        lines += ["", f"{labels['notes']} ({key}){colon}", f"  {text}"]
    lines += ["", f"{labels['params']}{colon}"]
    lines += [f"  {p.name} = {_value(p.value)}" + (f"  — {p.description}" if p.description else "") for p in doc.params]
    if not doc.params:
        lines.append(f"  {labels['none']}")
    for key, examples in (("failing", doc.failing), ("passing", doc.passing)):
        lines += ["", f"{labels[key]}{colon}"]
        lines += [f"  {'✗' if key == 'failing' else '✓'} {_example_line(e, labels)}" for e in examples]
        if not examples:
            lines.append(f"  {labels['none']}")
    return "\n".join(lines)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_markdown(docs: Sequence[RuleDoc]) -> str:
    """docs/RULES.md: a table of every rule, then one section per rule."""
    labels = _LABELS.get(docs[0].language if docs else "en", _LABELS["en"])
    lines = [
        "# Rules",
        "",
        f"<!-- Generated from the rule files by `{REGENERATE}`: do not edit by hand. -->",
        "",
        "Each rule lives in `rules/<family>/<name>.yml` (its id is `family.name`); `sevenfold rules show ID`",
        "prints the same page in a terminal (`--lang fr` in French) and `GET /v1/rules/{id}` returns it as JSON.",
        "",
        f"| Rule | {labels['severity']} | {labels['languages']} | Summary |",
        "| --- | --- | --- | --- |",
    ]
    for doc in docs:
        anchor = doc.id.replace(".", "")
        lines.append(
            f"| [`{doc.id}`](#{anchor}) | {doc.severity} | {_languages(doc, labels)} | {_md_escape(doc.summary)} |"
        )
    for doc in docs:
        family, _, name = doc.id.partition(".")
        lines += ["", f"## {doc.id}", "", f"{_md_escape(doc.summary)} (`rules/{family}/{name}.yml`)", ""]
        off = "" if doc.enabled else f" ({labels['off']})"
        lines.append(
            f"{labels['family']}: {doc.family} · {labels['kind']}: `{doc.kind}` · {labels['severity']}: "
            f"{doc.severity}{off} · {labels['languages']}: {_languages(doc, labels)}"
        )
        if doc.why:
            lines += ["", f"**{labels['why']}.** {_md_escape(doc.why)}"]
        for key, text in doc.notes.items():
            lines += ["", f"*{key}*: {_md_escape(text)}"]
        if doc.params:
            lines += ["", f"{labels['params']}:", ""]
            for p in doc.params:
                described = f": {_md_escape(p.description)}" if p.description else ""
                lines.append(f"- `{p.name}` = `{_md_escape(_value(p.value))}`{described}")
        for key, examples in (("failing", doc.failing), ("passing", doc.passing)):
            if examples:
                lines += ["", f"{labels[key]}:", ""]
                lines += [f"- {_md_escape(_example_line(e, labels))}" for e in examples]
    return "\n".join(lines) + "\n"


def packaged_docs(language: str = "en", rules_dir: Path | None = None) -> list[RuleDoc]:
    """The documentation of every packaged rule (or those of ``rules_dir``), every example, in the catalogue's order."""
    order = {family.value: i for i, family in enumerate(FAMILY_ORDER)}
    specs = load_specs([rules_dir or packaged_rules_dir()])
    docs = [rule_doc(spec, language, every_example=True) for spec in specs]
    return sorted(docs, key=lambda d: (order[d.family], d.id))


def main(argv: Sequence[str] | None = None) -> int:
    """Write docs/RULES.md, or with ``--check`` exit 1 when it is out of step with the rule files."""
    parser = argparse.ArgumentParser(prog=REGENERATE, description="Generate docs/RULES.md from the rule files.")
    parser.add_argument("--check", action="store_true", help="only compare; exit 1 when the file is out of step")
    parser.add_argument("--output", type=Path, default=RULES_MD)
    parser.add_argument("--rules", type=Path, default=None, help="a rules folder (default: the packaged rules)")
    args = parser.parse_args(argv)
    text = render_markdown(packaged_docs("en", args.rules))
    current = args.output.read_text(encoding="utf-8") if args.output.is_file() else None
    if args.check:
        if current != text:
            print(f"{args.output} is out of step with the rule files: run `{REGENERATE}`", file=sys.stderr)
            return 1
        return 0
    if current != text:
        args.output.write_text(text, encoding="utf-8")
    print(f"{args.output}: {len(text.splitlines())} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

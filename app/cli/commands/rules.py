"""``sevenfold rules``: the rule catalogue, as a table or JSON; ``rules show RULE_ID``: one rule's documentation."""

from __future__ import annotations

import argparse
import difflib
import json

from app.cli.parser import SubParsers
from app.cli.session import EXIT_OK, UsageError, create_engine
from app.engine import Engine
from app.rule_docs import render_text, rule_doc
from app.settings import get_settings
from app.texts import known_language


def add_parser(sub: SubParsers) -> None:
    """``rules [--format text|json] [--lang en|fr]``."""
    rules = sub.add_parser("rules", help="list the rule catalogue, or show one rule's documentation")
    rules.add_argument("action", nargs="?", choices=["show"], help="show RULE_ID: summary, why, params, examples")
    rules.add_argument("rule_id", nargs="?", metavar="RULE_ID", help="the rule to show (e.g. tone.capitals)")
    rules.add_argument("--format", choices=["text", "json"], default="text", help="text (default) or json")
    rules.add_argument("--lang", default="en", help="language of the descriptions (en, fr)")
    rules.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print every rule: id, severity, languages, description in ``--lang``."""
    engine = create_engine(get_settings().model_copy(update={"offline": True}))
    known = sorted({language for meta in engine.catalogue() for language in meta.summary})
    language = known_language(args.lang, known)
    if language is None:  # an unknown one fell back to English in silence
        raise UsageError(f"--lang {args.lang!r}: the rule descriptions are in {', '.join(known)}")
    args.lang = language
    if args.action == "show":
        return show(engine, args)
    metas = engine.catalogue()
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "id": m.id,
                        "family": m.family.value,
                        "severity": m.severity.value,
                        "languages": sorted(m.languages),
                        "description": m.summary_for(args.lang),
                        "kind": m.kind,
                    }
                    for m in metas
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    width = max(len(m.id) for m in metas)
    for meta in metas:
        langs = ",".join(sorted(meta.languages))
        print(f"{meta.id:<{width}}  {meta.severity.value:<7}  {langs:<6}  {meta.summary_for(args.lang)}")
    return EXIT_OK


def show(engine: Engine, args: argparse.Namespace) -> int:
    """``rules show RULE_ID``: the rule's documentation from its rule file, in ``--lang``."""
    if not args.rule_id:
        raise UsageError("rules show: name a rule id (see `sevenfold rules`)")
    spec = engine.specs.get(args.rule_id)
    if spec is None:
        close = difflib.get_close_matches(args.rule_id, list(engine.specs), n=1)
        hint = f"; did you mean {close[0]}?" if close else "; see `sevenfold rules`"
        raise UsageError(f"rules show: unknown rule {args.rule_id!r}{hint}")
    doc = rule_doc(spec, args.lang)
    print(doc.model_dump_json(indent=2) if args.format == "json" else render_text(doc))
    return EXIT_OK

"""Kind ``patterns``: regular-expression rules (rule files and user patterns from policy), with a time budget.

Patterns run with the ``regex`` module (Unicode word boundaries, ``timeout=``). Each pattern has its own
budget of ``timeout_ms`` of CPU time per draft (``app.kinds.budget.scan``: a run slowed by other work is
retried, so a loaded machine gives the same findings as an idle one); a catastrophic pattern that really
spends it is skipped for that draft while the rule's other patterns still run, and the report says so
(``skipped_rules``, the turn's reason; logged by rule id, never with the draft text), so it cannot hang a
worker nor vanish silently. Patterns compile once in ``build``; a bad one fails at load naming its index.

A pattern may require an *anchor* nearby: a ``$cashtag`` entity or a listed company name within
``near.window`` characters — how forward-looking or price-moving statements are told apart from
ordinary enthusiasm ("will soar" next to ``$TSLA`` or "LVMH", not next to "our new app").
Matches inside @mentions, #hashtags, $cashtags and URLs are skipped unless ``skip_entities`` is off.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

import regex
from pydantic import BaseModel, ConfigDict, Field

from app.domain import Draft, Finding, Severity
from app.kinds.base import CheckContext, Deps, Kind, KindParams, Rule, RuleMeta, pick_language, render
from app.kinds.budget import OverBudget, note_skip, scan
from app.kinds.notes import reason_note
from app.kinds.options import named_file, read_yaml
from app.text.folding import fold_term
from app.text.literals import LiteralGate, Requirement, may_match, required_literals, selective
from app.text.usage import Grammar, harmless, load_grammars


class PatternSpec(BaseModel):
    """One pattern: the expression, the message key, its languages, replacements and severity."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    pattern: str = Field(min_length=1)
    key: str = "default"
    languages: list[str] = Field(default_factory=lambda: ["*"])
    replacements: list[str] = Field(default_factory=list)
    severity: Severity | None = None
    group: int | str = 0
    message: str | dict[str, str] | None = Field(default=None, description="overrides the rule's message")
    homonym: bool = Field(
        default=False,
        description="the match's last word may be one of the rule's ``homonyms``: read in one of its harmless senses "
        "(``senses``, ``app.text.usage.harmless``), the match is info",
    )


class NearSpec(BaseModel):
    """An anchor that must be close to a match: a cashtag and/or a listed name."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    cashtags: bool = True
    names: list[str] = Field(default_factory=list, description="names matched case-sensitively as whole words")
    names_files: list[str] = Field(default_factory=list, description="YAML lists of names, relative to the rule file")
    window: int = Field(default=80, ge=0, le=1000)


class PatternsParams(KindParams):
    """Params of a ``patterns`` rule."""

    patterns: list[PatternSpec | str] = Field(default_factory=list)
    ignore_case: bool = True
    near: NearSpec | None = None
    timeout_ms: float = Field(
        default=20.0,
        gt=0,
        le=1000,
        description="CPU time each pattern may spend on one draft; a pattern over it is skipped and reported",
    )
    skip_entities: bool = True
    fragments: dict[str, str] = Field(
        default_factory=dict,
        description="named pieces of expression the rule's patterns share: a pattern writes `<<name>>` where one "
        "stands, read as the group `(?:…)`, so a word class is written once for every grammar that uses it",
    )
    senses: dict[str, str] = Field(
        default_factory=dict,
        description="draft language -> the grammar of homonyms (terms/<lang>/senses.yml, relative to the rule file) "
        "that reads the ``homonyms`` of the patterns marked ``homonym``",
    )
    homonyms: dict[str, list[str]] = Field(
        default_factory=dict,
        description="a word (folded: lower case, no accents) -> its harmless senses, names of the ``senses`` files' "
        "senses (« vermine »: a pest)",
    )


@dataclass(frozen=True)
class _Compiled:
    spec: PatternSpec
    regex: Any
    gate: Requirement | None = None
    """Case-folded strings every match holds one of per set (``literal_gate``): a draft without is not scanned."""


def literal_gate(pattern: str) -> Requirement | None:
    """The strings a match of ``pattern`` cannot do without (``app.text.literals``), case-folded, or None.

    They are tested on the case-folded draft: a match (with or without ``ignore_case``) holds one string of each
    set in some case, and case-folding, character by character, keeps it inside the folded draft. A pattern
    ``required_literals`` cannot read (flags, fuzzy matching, set operations) has no gate and always runs; a group
    ``(?i:…)`` is read as the others (S, session 19: the strings are tested case-folded)."""
    requirement = selective(required_literals(pattern, fold_case=True))
    if requirement is None:
        return None
    return tuple(frozenset(string.casefold() for string in strings) for strings in requirement)


_FRAGMENT = regex.compile(r"<<([a-z][a-z0-9_]*)>>")


def expand_fragments(pattern: str, fragments: Mapping[str, str], where: str, used: set[str]) -> str:
    """``pattern`` with each ``<<name>>`` replaced by ``(?:fragments[name])``; a name not defined is a load error.

    Written here rather than with the ``regex`` module's ``(?&name)`` calls: a called group is opaque to
    ``required_literals`` (the literal gate would be lost) and calls cost time at every use."""

    def one(match: Any) -> str:
        name = match.group(1)
        if name not in fragments:
            known = ", ".join(sorted(fragments)) or "none"
            raise ValueError(f"{where}: no fragment {name!r} (fragments defined: {known})")
        used.add(name)
        return f"(?:{fragments[name]})"

    expanded: str = _FRAGMENT.sub(one, pattern)
    return expanded


def _syntax(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each index, character and group depth of ``pattern`` from ``start`` (VERSION0 syntax): escapes and character
    classes are skipped; the depth is counted after the character (a ``(`` is inside its group, a ``)`` outside)."""
    depth = 0
    at = start
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = _class_end(pattern, at)
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        yield at, char, depth
        at += 1


def _group_end(pattern: str, start: int) -> int:
    """The index of the ``)`` that closes the group opened at ``pattern[start]``, or -1."""
    return next((at for at, char, depth in _syntax(pattern, start) if char == ")" and depth == 0), -1)


def _class_end(pattern: str, start: int) -> int:
    """The index after the character class opened at ``pattern[start]`` (``[``; a leading ``^`` or ``]`` is part
    of it)."""
    at = start + 1
    if pattern.startswith("^", at):
        at += 1
    if pattern.startswith("]", at):
        at += 1
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at + 1


def _lookbehinds_end(pattern: str) -> int:
    """The end of the run of look-behinds ``pattern`` opens with (``(?<!…)``, ``(?<=…)``, or a ``(?:…)`` holding only
    look-behinds, as a fragment expands), 0 when it opens with something else."""
    at = 0
    while pattern.startswith(("(?<!", "(?<=", "(?:(?<"), at):
        end = _group_end(pattern, at)
        if end < 0:
            return 0
        if pattern.startswith("(?:", at):
            inner = pattern[at + 3 : end]
            if _lookbehinds_end(inner) != len(inner):
                break
        at = end + 1
    return at


def _top_level_alternation(pattern: str) -> bool:
    """Whether ``pattern`` has a ``|`` outside every group (a look-behind in front then holds for one branch only)."""
    return any(char == "|" and depth == 0 for _, char, depth in _syntax(pattern))


def _uncaptured(pattern: str) -> str:
    """``pattern`` with every capturing group (``(…)``, ``(?P<name>…)``, ``(?<name>…)``) made ``(?:…)``."""
    out: list[str] = []
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            out.append(pattern[at : at + 2])
            at += 2
            continue
        if char == "[":
            end = _class_end(pattern, at)
            out.append(pattern[at:end])
            at = end
            continue
        if char == "(":
            group = _CAPTURING.match(pattern, at)
            if group is not None:
                out.append("(?:")
                at = group.end()
                continue
        out.append(char)
        at += 1
    return "".join(out)


_CAPTURING = regex.compile(r"\((?!\?)|\(\?P<\w+>|\(\?<(?![=!])\w+>")
# what a copy of a pattern's body could read otherwise: references to groups, recursion, branch resets,
# conditionals, comments and global flags; a pattern holding one is left as written
_NOT_COPIED = regex.compile(r"\\[1-9]|\\g|\(\?P=|\(\?&|\(\?R|\(\?[0-9+-]?\d|\(\?\||\(\?\(|\(\?'|\(\?[a-zA-Z]*\)|\(\?#")
# the body opens with a word boundary (inside groups and scoped flags): where the draft has none it fails at once
_OPENS_AT_BOUNDARY = regex.compile(r"(?:\((?:\?[a-zA-Z]*-?[a-zA-Z]*:)?)*\\b")


def _items(pattern: str) -> list[str]:
    """The top-level items of ``pattern`` (no top-level ``|``) in order, each with its quantifier: an escape, a
    character class, a group or one character."""
    items: list[str] = []
    at = 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            end = at + 2
            if pattern[at + 1 : at + 2] in ("p", "P", "N", "x", "u", "U") and pattern.startswith("{", end):
                end = pattern.index("}", end) + 1  # \\p{L}, \\N{…}, \\x{…}
        elif char == "[":
            end = _class_end(pattern, at)
        elif char == "(":
            end = _group_end(pattern, at) + 1
            if end <= 0:
                return []
        else:
            end = at + 1
        quantifier = _QUANTIFIER.match(pattern, end)
        if quantifier is not None:
            end = quantifier.end()
        items.append(pattern[at:end])
        at = end
    return items


_QUANTIFIER = regex.compile(r"(?:[*+?]|\{\d*(?:,\d*)?\})[?+]?")
_ZERO_WIDTH = ("(?=", "(?!", "(?<=", "(?<!")
_MAY_BE_ABSENT = regex.compile(r"\)(?:[?*]|\{0?,|\{0\})[?+]?$")  # a group that may match nothing


_AHEAD = ("(?=", "(?!")
_ASSERTION = ("(?<!", "(?<=", *_AHEAD)


def _assertions(pattern: str, start: int = 0) -> tuple[list[str], int]:
    """The run of zero-width assertions ``pattern`` opens with from ``start`` (look-behinds and look-aheads, each
    unquantified; a ``(?:…)`` holding only such assertions, as a fragment expands, read as its own), and its end."""
    found: list[str] = []
    at = start
    while pattern.startswith((*_ASSERTION, "(?:"), at):
        end = _group_end(pattern, at)
        if end < 0 or _QUANTIFIER.match(pattern, end + 1):
            break
        if pattern.startswith("(?:", at):
            inner, inner_end = _assertions(pattern[at + 3 : end])
            if not inner or inner_end != end - at - 3:
                break
            found.extend(inner)
        else:
            found.append(pattern[at : end + 1])
        at = end + 1
    return found, at


def _look_aheads_first(pattern: str) -> str:
    """``pattern`` with the look-aheads of the run of assertions it opens with read before its look-behinds: the same
    matches, read faster.

    Assertions side by side are each tested at the same position and consume nothing, so their order changes no
    match; the ``regex`` module tests them in the order written, and a variable-length look-behind in front (no
    *not*, *never* … up to three words before) costs a backward scan at every position, where a look-ahead such as
    ``(?=(?-i:[A-Z]))`` or ``(?=\\b(?:you|u))`` fails at once at most. risk.insults' "Name is a …" grammar (``(?<!…
    not …)(?=(?-i:[A-Z]))(?<!… product …)…``): 66 -> 28 µs per English draft its gate lets through (U, session 33).
    Left as written: a run with a capturing group (its number would change), or what a moved copy could read
    otherwise (``_NOT_COPIED``), a pattern with a top-level ``|``, a run with no look-behind before a look-ahead."""
    run, end = _assertions(pattern)
    behind = False
    for item in run:
        if not item.startswith(_AHEAD):
            behind = True
        elif behind:
            break  # a look-ahead after a look-behind: worth moving
    else:
        return pattern
    head = pattern[:end]
    if _CAPTURING.search(head) or _NOT_COPIED.search(head) or _top_level_alternation(pattern):
        return pattern
    aheads = [item for item in run if item.startswith(_AHEAD)]
    behinds = [item for item in run if not item.startswith(_AHEAD)]
    return "".join(aheads) + "".join(behinds) + pattern[end:]


def guarded(pattern: str) -> str:
    """``pattern`` as it is scanned: one that opens with look-behinds and then a word boundary (``<<not_negated>>\\b
    (?:you …)``) is preceded by a look-ahead of the rest's first words (``(?=HEAD)LOOKBEHINDS HEAD TAIL``).

    The ``regex`` module tries a pattern at every position of the draft, and a variable-length look-behind in front
    ("no *not*, *never* … up to three words before") costs a backward scan at each; the look-ahead fails at once
    where the rest cannot start (no word boundary, not one of its first words), so the look-behind is read only
    there. The matches are the same: HEAD, the rest's top-level items up to its first group that is neither a
    look-around nor optional, matches wherever the rest does, so the look-ahead only rules out positions where the
    pattern fails; its copy holds no capturing group (made non-capturing), so the groups and their numbers are
    unchanged. A pattern whose rest does not open with a word boundary (the look-ahead could cost more than the
    look-behind), with a top-level ``|``, or that a copy could read otherwise (``_NOT_COPIED``) is left as written.
    (U, session 28: risk.insults' grammars, measured in the commit that added it.)

    A pattern that opens with look-behinds and then look-aheads has its look-aheads read first
    (``_look_aheads_first``)."""
    pattern = _look_aheads_first(pattern)
    end = _lookbehinds_end(pattern)
    rest = pattern[end:]
    if (
        not end
        or not rest
        or not _OPENS_AT_BOUNDARY.match(rest)
        or _top_level_alternation(pattern)
        or _NOT_COPIED.search(rest)
    ):
        return pattern
    items = _items(rest)
    if not items:
        return pattern
    head: list[str] = []
    for item in items:
        head.append(item)
        if item.startswith("(") and not item.startswith(_ZERO_WIDTH) and not _MAY_BE_ABSENT.search(item):
            break
    return f"(?={_uncaptured(''.join(head))}){pattern}"


def _compile(expression: str, flags: int, where: str, cache: bool = True) -> Any:
    try:
        return regex.compile(expression, flags, cache_pattern=cache)
    except regex.error as exc:
        raise ValueError(f"{where}: not a valid regular expression ({exc})") from None


def _read_names(path: Any) -> list[str]:
    data = read_yaml(path, "names list")
    if isinstance(data, dict):
        data = data.get("names", [])
    if not isinstance(data, list) or not all(isinstance(n, str) for n in data):
        raise ValueError(f"names list {path}: expected a list of names (or a mapping with 'names')")
    return [n for n in data if n.strip()]


class PatternsRule(Rule):
    """Flags matches of compiled patterns, each pattern within its own time budget."""

    def __init__(
        self,
        meta: RuleMeta,
        compiled: list[_Compiled],
        params: PatternsParams,
        names: Any | None,
        names_gate: LiteralGate | None = None,
        grammars: Mapping[str, Grammar] | None = None,
    ) -> None:
        super().__init__(meta)
        self.compiled = compiled
        self.params = params
        self.grammars = dict(grammars or {})
        """The grammar of homonyms by draft language (``params.senses``)."""
        self.names = names
        # every listed name: a draft holding none of them is not scanned with the (time-limited) names pattern
        self.names_gate = names_gate
        self.timeout = params.timeout_ms / 1000.0
        """Each pattern's budget on one draft, in seconds of CPU time (``app.kinds.budget.scan``)."""
        self._by_language: dict[str, tuple[list[_Compiled], tuple[tuple[int, _Compiled], ...]]] = {}
        """(U, session 36) The patterns (with their place) a draft language reads, chosen once per language and list
        of patterns (``compiled`` may be replaced: tests wrap its patterns), not pattern by pattern on every draft."""

    def _anchors(self, draft: Draft) -> list[tuple[int, int, str]]:
        near = self.params.near
        if near is None:
            return []
        anchors: list[tuple[int, int, str]] = []
        if near.cashtags:
            anchors.extend(
                (e.offset, e.offset + e.length, draft.text[e.offset : e.offset + e.length])
                for e in draft.entities.cashtags
            )
        if self.names is not None and (self.names_gate is None or self.names_gate.may_match(draft.text)):
            anchors.extend((m.start(), m.end(), m.group(0)) for m in scan(self.names, draft.text, self.timeout))
        return anchors

    def _skipped(self, what: str) -> None:
        reason = f"{what} ran over its time budget ({self.params.timeout_ms:g} ms of CPU)"
        note_skip(self.meta.id, self.meta.family, reason)

    def check(self, draft: Draft, ctx: CheckContext) -> Iterable[Finding]:
        """Findings for every pattern match (anchored when the rule asks for it); a pattern over its own time
        budget is skipped for this draft and reported (``app.kinds.budget``), the others still run."""
        if not self.compiled:
            return []
        try:
            anchors = self._anchors(draft)
        except OverBudget:
            self._skipped("the names list")
            return []
        if self.params.near is not None and not anchors:
            return []
        findings: list[Finding] = []
        seen: set[tuple[int, int]] = set()
        folded = draft.memo("patterns:casefold", draft.text.casefold)
        for index, item in self._patterns(draft.language):
            if item.gate is not None and not may_match(item.gate, folded):
                continue  # a string every match holds is missing: the scan could not match
            try:
                matches = scan(item.regex, draft.text, self.timeout)
            except OverBudget:
                self._skipped(f"pattern {index}")
                continue
            findings.extend(self._findings(draft, item, matches, anchors, seen))
        return findings

    def _patterns(self, language: str) -> tuple[tuple[int, _Compiled], ...]:
        """Each pattern written for ``language``, its base language or every language (``*``), with its place."""
        compiled = self.compiled
        entry = self._by_language.get(language)
        if entry is not None and entry[0] is compiled:
            return entry[1]
        base = language.split("-")[0]
        kept = tuple(
            (index, item)
            for index, item in enumerate(compiled)
            if "*" in item.spec.languages or base in item.spec.languages or language in item.spec.languages
        )
        if len(self._by_language) >= 64:
            self._by_language.clear()
        self._by_language[language] = (compiled, kept)
        return kept

    def _findings(
        self, draft: Draft, item: _Compiled, matches: list[Any], anchors: list[tuple[int, int, str]], seen: set[Any]
    ) -> Iterator[Finding]:
        window = self.params.near.window if self.params.near is not None else 0
        for match in matches:
            start, end = match.span(item.spec.group)
            if start < 0 or end <= start or (start, end) in seen:
                continue
            if self.params.skip_entities and draft.overlaps_entity(start, end):
                continue
            anchor = ""
            if self.params.near is not None:
                close = [a for a in anchors if a[0] - window <= end and start <= a[1] + window]
                if not close:
                    continue
                anchor = min(close, key=lambda a: abs(a[0] - start))[2]
            seen.add((start, end))
            harmless_sense = item.spec.homonym and self._harmless(draft, start, end)
            finding = self.finding(
                draft,
                start,
                end,
                key=item.spec.key,
                replacements=item.spec.replacements,
                severity=Severity.INFO if harmless_sense else item.spec.severity,
                explanation=reason_note("harmless-sense", draft.language) if harmless_sense else None,
                anchor=anchor,
            )
            if item.spec.message:
                texts = {"en": item.spec.message} if isinstance(item.spec.message, str) else item.spec.message
                values = {"excerpt": finding.excerpt, "anchor": anchor}
                finding = replace(finding, message=render(pick_language(texts, draft.language), values))
            yield finding

    def _harmless(self, draft: Draft, start: int, end: int) -> bool:
        """Whether the match's last word is one of the rule's ``homonyms`` standing in one of its harmless senses
        (``app.text.usage.harmless``): « quelle vermine ces chenilles », « sale rat, il a fouillé la poubelle »."""
        grammar = self.grammars.get(draft.language.split("-")[0])
        words = _LAST_WORD.search(draft.text, start, end)
        if grammar is None or words is None:
            return False
        word = fold_term(words.group(0))
        senses = self.params.homonyms.get(word) or self.params.homonyms.get(word.rstrip("sx"), [])
        return bool(senses) and harmless(draft.text, words.start(), words.end(), grammar, senses)


_LAST_WORD = regex.compile(r"\w+(?=\W*$)")


class PatternsKind(Kind[PatternsParams]):
    """Builds ``patterns`` rules: compiles every expression (and the names anchor) once."""

    Params = PatternsParams

    def build(self, meta: RuleMeta, params: PatternsParams, deps: Deps) -> Rule:
        """Compile patterns; an invalid one is a load error naming its index."""
        flags = regex.VERSION0 | regex.UNICODE
        if params.ignore_case:
            flags |= regex.IGNORECASE
        compiled: list[_Compiled] = []
        used: set[str] = set()
        for name, fragment in params.fragments.items():
            if _FRAGMENT.search(fragment):
                raise ValueError(f"fragments.{name}: a fragment cannot use another (<<…>>)")
        for index, raw in enumerate(params.patterns):
            spec = PatternSpec(pattern=raw) if isinstance(raw, str) else raw
            where = f"patterns.{index}"
            expanded = expand_fragments(spec.pattern, params.fragments, where, used)
            scanned = guarded(expanded)
            # a guarded pattern's plain form is compiled only to check it: not kept in the regex module's cache
            expression = _compile(expanded, flags, where, cache=scanned == expanded)
            if isinstance(spec.group, int) and spec.group > expression.groups:
                raise ValueError(f"patterns.{index}: no group {spec.group} in the pattern")
            if isinstance(spec.group, str) and spec.group not in expression.groupindex:
                raise ValueError(f"patterns.{index}: no group named {spec.group!r} in the pattern")
            if scanned != expanded:  # (U, session 28) same matches and groups, read faster
                faster = regex.compile(scanned, flags)
                if faster.groups == expression.groups and faster.groupindex == expression.groupindex:
                    compiled.append(_Compiled(spec, faster, literal_gate(expression.pattern)))
                    continue
            compiled.append(_Compiled(spec, expression, literal_gate(expression.pattern)))
        for name in params.fragments:
            if name not in used:
                raise ValueError(f"fragments.{name}: no pattern uses it (write <<{name}>> where it stands)")
        names = None
        names_gate = None
        if params.near is not None:
            listed = list(params.near.names)
            for relative in params.near.names_files:
                path = named_file(deps, meta, relative, "near.names_files", "names list")
                listed.extend(_read_names(path))
            if listed:
                alternatives = "|".join(regex.escape(n) for n in sorted(set(listed), key=len, reverse=True))
                names = regex.compile(rf"(?<![\w$@#])(?:{alternatives})(?![\w])", regex.VERSION0 | regex.UNICODE)
                # the names match case-sensitively as written: a match holds one of them as it is
                names_gate = LiteralGate(set(listed))
        return PatternsRule(meta, compiled, params, names, names_gate, _grammars(meta, params, deps))


def _grammars(meta: RuleMeta, params: PatternsParams, deps: Deps) -> dict[str, Grammar]:
    """The rule's grammars of homonyms by draft language; a homonym's sense missing from one is a load error."""
    grammars = load_grammars(params.senses, lambda relative: deps.resolve(meta, relative))
    for language, grammar in grammars.items():
        for word, senses in params.homonyms.items():
            for sense in senses:
                if sense not in grammar.senses:
                    raise ValueError(f"homonyms.{word}: no sense {sense!r} in senses.{language}")
    return grammars

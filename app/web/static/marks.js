// Sevenfold web form — pure helpers shared by the page script and the tests.
// Owns: code-point -> UTF-16 conversion of the API's offsets, and the same highlight/preview
// algorithms as app/web/render.py (kept in step by an end-to-end test that runs both).

export const FAMILY_ORDER = ["length", "grammar", "tone", "clarity", "risk", "privacy", "etiquette"];

const ENTITY_KINDS = [
  ["mentions", "mention"],
  ["hashtags", "hashtag"],
  ["urls", "url"],
  ["cashtags", "cashtag"],
];

/** UTF-16 index of every code-point index of `text` (one more entry than code points, for the end). */
export function utf16Offsets(text) {
  const table = [0];
  let position = 0;
  for (const char of text) {
    position += char.length;
    table.push(position);
  }
  return table;
}

/** A finding's code-point span as [start, end) in UTF-16 units of `text` (null when outside it). */
export function toUtf16Span(table, offset, length) {
  const start = Number(offset);
  const end = start + Number(length);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= table.length) {
    return null;
  }
  return [table[start], table[end]];
}

/** Findings as {start, end, index} in UTF-16 units, non-empty spans only, in nesting order. */
export function utf16Spans(text, findings) {
  const table = utf16Offsets(text);
  const spans = [];
  findings.forEach((finding, index) => {
    const span = toUtf16Span(table, finding.offset ?? 0, finding.length ?? 0);
    if (span && span[0] < span[1]) spans.push({ start: span[0], end: span[1], index });
  });
  spans.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  return spans;
}

/** The draft as open/text/close tokens, each finding's span inside <mark> elements (see render.py). */
export function markTokens(text, findings) {
  const spans = utf16Spans(text, findings);
  const rank = new Map(spans.map((span, position) => [span.index, position]));
  const cutSet = new Set([0, text.length]);
  for (const span of spans) {
    cutSet.add(span.start);
    cutSet.add(span.end);
  }
  const cuts = [...cutSet].sort((a, b) => a - b);
  const stack = [];
  const parts = new Map();
  const tokens = [];
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const a = cuts[i];
    const b = cuts[i + 1];
    if (a >= b) continue;
    const cover = spans.filter((s) => s.start <= a && b <= s.end).map((s) => s.index);
    cover.sort((x, y) => rank.get(x) - rank.get(y));
    let keep = 0;
    while (keep < stack.length && keep < cover.length && stack[keep] === cover[keep]) keep += 1;
    while (stack.length > keep) {
      stack.pop();
      tokens.push({ kind: "close" });
    }
    for (const index of cover.slice(keep)) {
      const finding = findings[index];
      const part = parts.get(index) ?? 0;
      parts.set(index, part + 1);
      tokens.push({
        kind: "open",
        index,
        rule: String(finding.rule ?? ""),
        severity: String(finding.severity ?? "info"),
        message: String(finding.message ?? ""),
        part,
      });
      stack.push(index);
    }
    tokens.push({ kind: "text", text: text.slice(a, b) });
  }
  for (let i = 0; i < stack.length; i += 1) tokens.push({ kind: "close" });
  return tokens;
}

/** The post preview as runs of plain text and entities, entity spans converted to UTF-16. */
export function entityPieces(text, entities) {
  const table = utf16Offsets(text);
  const spans = [];
  for (const [key, kind] of ENTITY_KINDS) {
    for (const entity of (entities && entities[key]) || []) {
      const span = toUtf16Span(table, entity.offset ?? 0, entity.length ?? 0);
      if (span && span[0] < span[1]) spans.push([span[0], span[1], kind]);
    }
  }
  spans.sort((x, y) => x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0));
  const pieces = [];
  let position = 0;
  for (const [start, end, kind] of spans) {
    if (start < position) continue;
    if (start > position) pieces.push({ text: text.slice(position, start), entity: null });
    pieces.push({ text: text.slice(start, end), entity: kind });
    position = end;
  }
  if (position < text.length) pieces.push({ text: text.slice(position), entity: null });
  return pieces;
}

export const URL_DISPLAY_LENGTH = 25;

/** A URL as X shows it in a post: scheme and www. dropped, cut after 25 characters with an ellipsis. */
export function displayUrl(url) {
  const shown = url.replace(/^(?:https?:\/\/)?(?:www\.)?/i, "");
  const points = Array.from(shown);
  return points.length <= URL_DISPLAY_LENGTH ? shown : points.slice(0, URL_DISPLAY_LENGTH).join("") + "…";
}

/** Findings grouped by turn in the seven turns' order: [[family, [[index, finding], …]], …]. */
export function groupFindings(findings) {
  const groups = new Map();
  findings.forEach((finding, index) => {
    const family = String(finding.family ?? "");
    if (!groups.has(family)) groups.set(family, []);
    groups.get(family).push([index, finding]);
  });
  const extra = [...groups.keys()].filter((f) => !FAMILY_ORDER.includes(f)).sort();
  return [...FAMILY_ORDER, ...extra].filter((f) => groups.has(f)).map((f) => [f, groups.get(f)]);
}

/** `text` with the finding's code-point span replaced; null if the span no longer holds the excerpt. */
export function applyReplacement(text, finding, replacement) {
  const span = toUtf16Span(utf16Offsets(text), finding.offset, finding.length);
  if (!span || text.slice(span[0], span[1]) !== finding.excerpt) return null;
  return { text: text.slice(0, span[0]) + replacement + text.slice(span[1]), start: span[0], end: span[1] };
}

/** Fill {named} placeholders of an interface string. */
export function format(template, values) {
  return String(template).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// Owns: the browser counters of the other networks — Bluesky, Mastodon, Threads, LinkedIn — ported from
// app/text/networks.py (itself ported from each network's official code; the sources are in networks/*.yml).
// X is tweet.js. tests/test_networks_js.py runs this module under node against the Python counters.
//
// - Bluesky: graphemes of the text bsky.app posts: every http(s) link facet (@atproto/api URL_REGEX,
//   trailing .,;:!? and unbalanced ")" stripped) replaced by social-app's toShortUrl, with RichText's
//   insert/delete offset arithmetic; 300 graphemes and 3,000 UTF-8 bytes.
// - Mastodon: graphemes after URLs with a protocol count 23 and @user@domain counts as @user.
// - Threads: code points, an emoji counting as its UTF-8 bytes. LinkedIn: UTF-16 code units.
import { extractUrlSpans } from "./tweet.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter() : null;

/** Extended grapheme clusters (Intl.Segmenter, as @atproto/api counts them). */
export function graphemes(text) {
  if (!segmenter) return Array.from(text).length;
  let count = 0;
  for (const _ of segmenter.segment(text)) count += 1;
  return count;
}

// ---- Bluesky -------------------------------------------------------------------------------------

const BSKY_URL = /(^|\s|\()((https?:\/\/[\S]+)|((?<domain>[a-z][a-z0-9]*(\.[a-z0-9]+)+)[\S]*))/gim;

/** social-app's toShortUrl: host + path (+search+hash), the path cut to 13 characters + "..." past 15. */
export function toShortUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return url;
    const path = (parsed.pathname === "/" ? "" : parsed.pathname) + parsed.search + parsed.hash;
    return path.length > 15 ? parsed.host + path.slice(0, 13) + "..." : parsed.host + path;
  } catch {
    return url;
  }
}

function linkFacets(text) {
  const facets = [];
  const utf8Index = (i) => encoder.encode(text.slice(0, i)).length;
  BSKY_URL.lastIndex = 0;
  let match;
  while ((match = BSKY_URL.exec(text))) {
    let uri = match[2];
    if (!uri.startsWith("http")) continue; // a scheme-less link is never shortened
    const start = text.indexOf(match[2], match.index);
    let end = start + match[2].length;
    if (/[.,;:!?]$/.test(uri)) { uri = uri.slice(0, -1); end -= 1; }
    if (/[)]$/.test(uri) && !uri.includes("(")) end -= 1;
    facets.push([utf8Index(start), utf8Index(end)]);
  }
  return facets;
}

/** The text bsky.app posts: links shortened with RichText's insert/delete arithmetic (UTF-8 offsets). */
export function blueskyPostedText(text) {
  const facets = linkFacets(text);
  if (!facets.length) return text;
  let data = encoder.encode(text);
  for (const facet of facets) {
    if (facet[0] >= facet[1]) continue;
    const [byteStart, byteEnd] = facet;
    const short = toShortUrl(decoder.decode(data.slice(byteStart, byteEnd)));
    const bytes = encoder.encode(short);
    data = concat(data.slice(0, byteStart), bytes, data.slice(byteStart));
    for (const other of facets) {
      if (byteStart <= other[0]) { other[0] += short.length; other[1] += short.length; }
      else if (other[0] <= byteStart && byteStart < other[1]) other[1] += short.length;
    }
    facet[0] = byteStart;
    facet[1] = byteStart + bytes.length;
    remove(facets, byteStart + bytes.length, byteEnd + bytes.length);
    data = concat(data.slice(0, byteStart + bytes.length), data.slice(byteEnd + bytes.length));
  }
  return decoder.decode(data);
}

function concat(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}

function remove(facets, removeStart, removeEnd) {
  const removed = removeEnd - removeStart;
  for (const facet of facets) {
    const [start, end] = facet;
    if (removeStart <= start && removeEnd >= end) { facet[0] = 0; facet[1] = 0; }
    else if (removeStart > end) { /* after: nothing */ }
    else if (removeStart > start && removeStart <= end && removeEnd > end) facet[1] = removeStart;
    else if (removeStart >= start && removeEnd <= end) facet[1] -= removed;
    else if (removeStart < start && removeEnd >= start && removeEnd <= end) { facet[0] = removeStart; facet[1] -= removed; }
    else if (removeEnd < start) { facet[0] -= removed; facet[1] -= removed; }
  }
}

// ---- Mastodon ------------------------------------------------------------------------------------

const LATIN_ACCENTS = "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff";
const WORD = "\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\u200c\\u200d";
const MENTION = new RegExp(`(?<![=/${WORD}])@([a-zA-Z0-9_]+(?:[.-]+[a-zA-Z0-9_]+)*(?:@[${WORD}]+(?:[.-]+[${WORD}]+)*)?)`, "gu");
const END_MENTION = new RegExp(`^(?:[@＠${LATIN_ACCENTS}]|://)`, "u");
const PROTOCOL = /^https?:\/\//i;

/** The text Mastodon's StatusLengthValidator counts: URLs with a protocol as 23 x, @user@domain as @user. */
export function mastodonCountableText(text, urlLength = 23) {
  const cps = Array.from(text);
  const entities = [];
  for (const [start, end] of extractUrlSpans(text)) {
    if (PROTOCOL.test(cps.slice(start, end).join(""))) entities.push([start, end, "x".repeat(urlLength)]);
  }
  if (text.includes("@") || text.includes("＠")) {
    const unitToPoint = [];
    let point = 0;
    for (const c of cps) { unitToPoint.push(point); if (c.length === 2) unitToPoint.push(point); point += 1; }
    unitToPoint.push(point);
    MENTION.lastIndex = 0;
    let match;
    while ((match = MENTION.exec(text))) {
      const endUnit = match.index + match[0].length;
      if (END_MENTION.test(text.slice(endUnit))) continue;
      entities.push([unitToPoint[match.index], unitToPoint[endUnit], "@" + match[1].split("@")[0]]);
    }
  }
  if (!entities.length) return text;
  entities.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const kept = [];
  for (const entity of entities) if (!kept.length || entity[0] >= kept[kept.length - 1][1]) kept.push(entity);
  let out = "";
  let pos = 0;
  for (const [start, end, replacement] of kept) {
    out += cps.slice(pos, start).join("") + replacement;
    pos = end;
  }
  return out + cps.slice(pos).join("");
}

// ---- Threads, LinkedIn ---------------------------------------------------------------------------

const EMOJI_CLUSTER = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** Code points, a grapheme cluster holding an emoji (pictograph, flag, keycap) counting as its UTF-8 bytes. */
export function threadsLength(text) {
  if (!segmenter) return Array.from(text).length;
  let size = 0;
  for (const { segment } of segmenter.segment(text)) {
    size += EMOJI_CLUSTER.test(segment) ? encoder.encode(segment).length : Array.from(segment).length;
  }
  return size;
}

// ---- every network -------------------------------------------------------------------------------

/** How `network` counts `text`: {weighted, bytes?}. X is counted by tweet.js (weightedLength). */
export function countFor(network, text) {
  switch (network) {
    case "bluesky": {
      const posted = blueskyPostedText(text);
      return { weighted: graphemes(posted), bytes: encoder.encode(posted).length };
    }
    case "mastodon":
      return { weighted: graphemes(mastodonCountableText(text)) };
    case "threads":
      return { weighted: threadsLength(text) };
    case "linkedin":
      return { weighted: text.length };
    default:
      return null;
  }
}

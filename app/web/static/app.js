// Sevenfold web form — the page script (an ES module, no build step, no third-party code).
// Owns: the live weighted counter (counting is tweet.js's, the same algorithm as the server),
// checking through POST /v1/check, rendering the report (the same DOM as the server's
// _report.html), applying replacements, the interface language switch and Copy.
// Without this script the form still posts to / and the server renders the same report.

import {
  applyReplacement,
  displayUrl,
  entityPieces,
  format,
  groupFindings,
  markTokens,
  utf16Offsets,
} from "./marks.js";

const $ = (selector, root = document) => root.querySelector(selector);

const form = $("#draft-form");
const draft = $("#draft");
const language = $("#language");
const checkButton = $("#check");
const counter = $("#counter");
const counterValue = $("#counter-value");
const ringProgress = $("#ring-progress");
const highlights = $("#highlights");
const reportSection = $("#report");
const reportBody = $("#report-body");
const announcer = $("#announce");
const keyField = $("#key-field");
const apiKey = $("#api-key");
const replyText = $("#in-reply-to");
const replyAuthor = $("#reply-author");
const quoteText = $("#quoting");
const quoteAuthor = $("#quote-author");
const networkBoxes = [...document.querySelectorAll('#networks-field input[name="networks"]')];
const networkCounters = [...document.querySelectorAll("#network-counters .network-counter")];
const BSKY_BYTES = 3000;
const KEY_STORE = "sevenfold.api-key";
const RING = 97.39;
const NEAR = 20;

const strings = JSON.parse($("#i18n-data").textContent);
const initial = JSON.parse($("#initial-state").textContent);

const state = {
  ui: initial.ui in strings ? initial.ui : "en",
  report: initial.report,
  checkedText: initial.report ? initial.text : null,
  error: null,
  busy: false,
  pending: false,
  limit: Number(counter.dataset.limit) || 280,
  tweet: null,
  networks: null,
};

function selectedNetworks() {
  return networkBoxes.filter((box) => box.checked).map((box) => box.value);
}

/** One counter per selected network: tweet.js for X, networks.js for the others (same counts as the server). */
function updateNetworkCounters(text, xWeighted) {
  const selected = new Set(selectedNetworks());
  for (const item of networkCounters) {
    const name = item.dataset.network;
    item.hidden = !selected.has(name);
    if (item.hidden) continue;
    const limit = Number(item.dataset.limit);
    let weighted = null;
    let over = false;
    if (name === "x") weighted = state.tweet ? xWeighted : null;
    else if (state.networks) {
      const counted = state.networks.countFor(name, text);
      weighted = counted.weighted;
      over = counted.bytes !== undefined && counted.bytes > BSKY_BYTES;
    }
    if (weighted === null) continue;
    over = over || weighted > limit;
    item.dataset.weighted = String(weighted);
    item.classList.toggle("over", over);
    item.classList.toggle("near", !over && limit - weighted <= NEAR);
    $(".network-count", item).textContent = t("counter_text", { weighted, limit });
  }
}

function t(key, values = {}) {
  const table = strings[state.ui] || strings.en;
  return format(key in table ? table[key] : strings.en[key] ?? key, values);
}

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ---- the live counter ---------------------------------------------------------------------------

function counterConfig() {
  const tweet = state.tweet;
  const counting = counter.dataset.counting || "v3";
  const named = tweet.CONFIGS ? tweet.CONFIGS[counting] : tweet[counting.toUpperCase()];
  const base = named ?? tweet.V3 ?? tweet.DEFAULT_CONFIG;
  return { ...base, maxWeightedTweetLength: state.limit };
}

/** Weighted length, and the UTF-16 index where the overflow starts (null when it fits). */
function measure(text) {
  const tweet = state.tweet;
  const config = counterConfig();
  if (typeof tweet.parseTweet === "function") {
    const parsed = tweet.parseTweet(text, config);
    const weighted = parsed.weightedLength;
    if (weighted <= state.limit) return { weighted, overflow: null };
    if (Number.isInteger(parsed.validRangeEnd)) return { weighted, overflow: parsed.validRangeEnd + 1 };
  }
  const weighted = tweet.weightedLength(text, config);
  if (weighted <= state.limit) return { weighted, overflow: null };
  // The longest prefix (in code points) that still fits: the rest is what X would cut.
  const table = utf16Offsets(text);
  let low = 0;
  let high = table.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (tweet.weightedLength(text.slice(0, table[middle]), config) <= state.limit) low = middle;
    else high = middle - 1;
  }
  return { weighted, overflow: table[low] };
}

function updateCounter() {
  const text = draft.value;
  let weighted = Number(counter.dataset.weighted) || 0;
  let overflow = null;
  if (state.tweet) {
    ({ weighted, overflow } = measure(text));
  }
  // The ring counts as X does: with X not among the chosen networks it is hidden, and nothing is marked as cut
  // (each chosen network has its own counter below), else a draft ready for Bluesky showed "1 over" in red.
  const chosen = selectedNetworks();
  const forX = !networkBoxes.length || !chosen.length || chosen.includes("x");
  counter.hidden = !forX;
  if (!forX) overflow = null;
  const remaining = state.limit - weighted;
  counter.dataset.weighted = String(weighted);
  counter.classList.toggle("over", remaining < 0);
  counter.classList.toggle("near", remaining >= 0 && remaining <= NEAR);
  ringProgress.setAttribute("stroke-dashoffset", (RING * (1 - Math.min(weighted, state.limit) / state.limit)).toFixed(2));
  counterValue.textContent =
    remaining < 0
      ? `${t("counter_text", { weighted, limit: state.limit })} · ${t("counter_over", { over: -remaining })}`
      : t("counter_text", { weighted, limit: state.limit });
  updateNetworkCounters(text, weighted);
  highlights.replaceChildren();
  if (overflow !== null && overflow < text.length) {
    highlights.append(text.slice(0, overflow), el("mark", { class: "overflow" }, text.slice(overflow)));
  } else {
    highlights.append(text);
  }
  highlights.append("\n");
  syncScroll();
  markStale();
}

function syncScroll() {
  highlights.parentElement.scrollTop = draft.scrollTop;
}

function markStale() {
  const notice = $("#stale", reportBody);
  const stale = state.report !== null && state.checkedText !== null && draft.value !== state.checkedText;
  if (stale && !notice) {
    reportBody.prepend(el("p", { class: "alert notice", id: "stale", text: t("stale") }));
  } else if (!stale && notice) {
    notice.remove();
  }
}

// ---- checking ------------------------------------------------------------------------------------

function errorMessage(payload) {
  const detail = payload && payload.detail;
  if (Array.isArray(detail) && detail.length) return String(detail[0].msg ?? "");
  if (typeof detail === "string") return detail;
  return "";
}

function requestBody(text) {
  const body = { text, language: language.value };
  const networks = selectedNetworks();
  if (networks.length) body.networks = networks;
  // the post answered and the post quoted, as /v1/check takes them (an empty one is not sent)
  for (const [key, postText, postAuthor] of [["in_reply_to", replyText, replyAuthor], ["quoting", quoteText, quoteAuthor]]) {
    if (!postText || !postText.value.trim()) continue;
    body[key] = { text: postText.value };
    if (postAuthor.value.trim()) body[key].author = postAuthor.value.trim();
  }
  return body;
}

async function check({ focusReport = false } = {}) {
  if (state.busy) {
    state.pending = true;
    return;
  }
  const text = draft.value;
  if (!text.trim()) {
    // Nothing to send: say so in the interface's language, as the page without JavaScript does.
    state.report = null;
    state.checkedText = null;
    state.error = t("draft_empty");
    renderReport();
    announce();
    if (focusReport) ($("#form-error", reportBody) || reportSection).focus();
    return;
  }
  state.busy = true;
  reportSection.setAttribute("aria-busy", "true");
  checkButton.textContent = t("checking");
  try {
    // Accept-Language: the interface's, so an error the server words itself comes back in it
    const headers = { "content-type": "application/json", accept: "application/json", "accept-language": document.documentElement.lang || "en" };
    const key = apiKey.value.trim() || sessionStorage.getItem(KEY_STORE) || "";
    if (key) headers["x-api-key"] = key;
    const response = await fetch("/v1/check", {
      method: "POST",
      headers,
      body: JSON.stringify(requestBody(text)),
    });
    if (response.status === 401) {
      // A server with API keys: ask for one (kept in this tab's session storage only).
      keyField.hidden = false;
      sessionStorage.removeItem(KEY_STORE);
    } else if (key) {
      sessionStorage.setItem(KEY_STORE, key);
    }
    const payload = await response.json().catch(() => null);
    if (response.ok && payload) {
      state.report = payload;
      state.checkedText = text;
      state.error = null;
      // Without tweet.js (it failed to load) the counter shows the server's count of the checked draft.
      if (!state.tweet && payload.length) counter.dataset.weighted = String(payload.length.weighted);
    } else {
      state.report = null;
      state.checkedText = null;
      state.error =
        response.status === 401
          ? t("error_key")
          : response.status === 413
            ? t("too_large_short")
            : t("error", { reason: errorMessage(payload) || response.statusText || String(response.status) });
    }
  } catch (failure) {
    state.report = null;
    state.checkedText = null;
    state.error = t("error_network");
  } finally {
    state.busy = false;
    reportSection.removeAttribute("aria-busy");
    checkButton.textContent = t("check");
  }
  renderReport();
  announce();
  if (focusReport) {
    const target = $("#verdict", reportBody) || $("#form-error", reportBody) || reportSection;
    target.focus();
  }
  if (state.pending) {
    state.pending = false;
    await check({ focusReport });
  }
}

function announce() {
  if (state.error) {
    announcer.textContent = state.error;
  } else if (state.report) {
    const report = state.report;
    const notJudged = report.verdict === "ready" && (report.not_judged || []).length;
    const verdict = t(notJudged ? "verdict_ready_not_judged" : `verdict_${report.verdict}`);
    announcer.textContent = t("announce", { verdict, count: report.findings.length });
  }
}

// ---- the report (same DOM as templates/_report.html) -------------------------------------------

const VERDICT_ICON = { ready: "✓", review: "!", blocked: "✕" };
const TURN_ICON = { pass: "✓", warn: "!", fail: "✕", skipped: "–" };

function renderMarked(text, findings) {
  const root = el("div", { class: "checked-draft", id: "checked-draft", lang: state.report.language });
  const stack = [root];
  for (const token of markTokens(text, findings)) {
    const top = stack[stack.length - 1];
    if (token.kind === "open") {
      const mark = el("mark", {
        "data-rule": token.rule,
        "data-finding": token.index,
        "data-part": token.part,
        class: `sev-${token.severity}`,
        title: token.message,
      });
      top.append(mark);
      stack.push(mark);
    } else if (token.kind === "close") {
      stack.pop();
    } else {
      top.append(token.text);
    }
  }
  return root;
}

function renderPost(text, pieces, head) {
  const body = el("p", { class: "post-text", lang: state.report.language });
  for (const piece of pieces) {
    if (piece.entity === "url") {
      body.append(el("span", { class: "entity entity-url", title: piece.text }, displayUrl(piece.text)));
    } else {
      body.append(piece.entity ? el("span", { class: `entity entity-${piece.entity}` }, piece.text) : piece.text);
    }
  }
  return el(
    "article",
    { class: "post" },
    el("div", { class: "post-avatar", "aria-hidden": "true" }),
    el("div", { class: "post-main" }, head, body),
  );
}

/** The language a report's messages are in: the draft's when Sevenfold has texts in it (the interface's languages,
 * `strings`), else English (a German draft's messages are English: their `lang` says so to a screen reader). */
function messagesLanguage(language) {
  const base = String(language || "en").toLowerCase().split("-")[0];
  return base in strings ? language : "en";
}

function renderFinding(index, finding, reportLanguage) {
  const said = messagesLanguage(reportLanguage);
  const replacements = (finding.replacements || []).map((replacement, choice) =>
    el(
      "button",
      {
        type: "submit",
        form: "draft-form",
        name: "apply",
        value: `${finding.offset}:${finding.length}:${choice}:${finding.rule}`,
        class: "button replacement",
        "data-finding": index,
        "data-choice": choice,
      },
      t("replace_with", { replacement }),
    ),
  );
  const excerpt = el(
    "p",
    { class: "excerpt" },
    finding.length ? el("q", { lang: reportLanguage }, finding.excerpt) : t("whole_draft"),
    " ",
    el("code", { class: "rule-id" }, finding.rule),
  );
  return el(
    "li",
    { class: `finding sev-${finding.severity}`, "data-rule": finding.rule, "data-finding": index },
    el("span", { class: `badge sev-${finding.severity}` }, t(`severity_${finding.severity}`)),
    el(
      "div",
      { class: "finding-body" },
      el("p", { class: "message", lang: said }, frenchSpaces(finding.message, said)),
      excerpt,
      replacements.length ? el("div", { class: "replacements" }, ...replacements) : null,
      finding.explanation ? el("p", { class: "explanation", lang: said }, frenchSpaces(finding.explanation, said)) : null,
    ),
  );
}

/** A French message as French sets it: a no-break space before : ; ! ? » and after «, so a line never starts with
 * a colon; other languages as they are (app/web/routes.py french_spaces does the same for the server's page). */
function frenchSpaces(text, language) {
  if (!String(language || "").startsWith("fr")) return text;
  return text.replace(/ ([:;!?»])|(«) /g, (_, mark, open) => (open ? "«\u00a0" : `\u00a0${mark}`));
}

/** The numbered posts of a proposed thread, as _report.html renders them. */
function threadList(thread, id) {
  const list = el("ol", { class: "thread", id });
  thread.forEach((post, position) => {
    const postHead = el(
      "p",
      { class: "post-head" },
      el("span", { class: "post-name" }, t("preview_name")),
      " ",
      el("span", { class: "post-number" }, `${position + 1}/${thread.length}`),
    );
    const article = renderPost(post, [{ text: post, entity: null }], postHead);
    article.setAttribute("aria-label", t("post_n", { n: position + 1, total: thread.length }));
    list.append(el("li", { class: "thread-post" }, article));
  });
  return list;
}

/** What the form says of a language it detected (app/web/routes.py language_note says the same): which one and how
 * sure, and the languages whose rules all ran when it was unsure; "" for a language the user chose. */
function languageNote(report) {
  if (report.language_confidence === null || report.language_confidence === undefined) return "";
  const name = (code) => {
    const key = `name_${String(code).toLowerCase().split("-")[0]}`;
    const said = t(key);
    return said === key ? code : said;
  };
  let note = t("language_auto", { language: name(report.language || ""), confidence: Math.round(report.language_confidence * 100) });
  const checked = report.languages_checked || [];
  if (checked.length > 1) note += " " + t("language_checked", { languages: checked.map(name).join(t("languages_joint")) });
  return note;
}

function renderReport() {
  const nodes = [];
  if (state.error) nodes.push(el("div", { class: "alert error", role: "alert", id: "form-error", tabindex: "-1" }, state.error));
  const report = state.report;
  if (!report) {
    if (!state.error) nodes.push(el("p", { class: "empty-report", "data-i18n": "empty_report" }, t("empty_report")));
    reportBody.replaceChildren(...nodes);
    return;
  }
  const text = state.checkedText;
  const verdict = report.verdict;
  const notJudged = report.not_judged || []; // families with no rules for the draft's language
  const shown = verdict === "ready" && notJudged.length ? "ready_not_judged" : verdict; // "ready", but not judged
  const copy = el("button", { type: "button", class: "button copy", id: "copy", hidden: verdict !== "ready", "data-js-only": true }, t("copy"));
  nodes.push(
    el(
      "div",
      {
        class: `verdict verdict-${verdict}${shown === "ready_not_judged" ? " not-judged" : ""}`,
        id: "verdict",
        "data-verdict": verdict,
        tabindex: "-1",
      },
      el("span", { class: "verdict-icon", "aria-hidden": "true" }, shown === "ready_not_judged" ? "?" : (VERDICT_ICON[verdict] ?? "!")),
      el(
        "div",
        { class: "verdict-text" },
        el("p", { class: "verdict-title" }, t(`verdict_${shown}`)),
        el("p", { class: "verdict-hint" }, t(`verdict_${shown}_hint`)),
        languageNote(report) ? el("p", { class: "verdict-language", id: "draft-language" }, languageNote(report)) : null,
      ),
      copy,
    ),
  );
  if (report.unavailable && report.unavailable.length) {
    const families = report.unavailable.map((family) => t(`turn_${family}`)).join(", ");
    nodes.push(el("p", { class: "alert notice", id: "unavailable" }, t("unavailable", { families })));
  }
  if (report.skipped_rules && report.skipped_rules.length) {
    const rules = report.skipped_rules.map((skipped) => skipped.rule).join(", ");
    nodes.push(el("p", { class: "alert notice", id: "skipped-rules" }, t("skipped_rules", { rules })));
  }
  if (notJudged.length) {
    const families = notJudged.map((family) => t(`turn_${family}`)).join(", ");
    const english = report.findings.length && state.ui !== "en" && messagesLanguage(report.language) === "en";
    const note = t("not_judged", { language: report.language, families }) + (english ? ` ${t("messages_english")}` : "");
    nodes.push(el("p", { class: "alert notice", id: "not-judged" }, note));
  }

  const main = el("div", { class: "report-main" });
  main.append(
    el(
      "div",
      { class: "card" },
      el("h3", { class: "card-title" }, t("checked_draft")),
      el("p", { class: "hint" }, t("checked_draft_hint")),
      renderMarked(text, report.findings),
    ),
  );
  const findingsCard = el("div", { class: "card" }, el("h3", { class: "card-title" }, t("findings")));
  if (!report.findings.length) findingsCard.append(el("p", { class: "all-clear" }, t(notJudged.length ? "no_findings_not_judged" : "no_findings")));
  for (const [family, items] of groupFindings(report.findings)) {
    findingsCard.append(
      el(
        "section",
        { class: "finding-group", id: `turn-${family}`, "aria-labelledby": `group-${family}` },
        el(
          "h4",
          { id: `group-${family}`, class: "group-title" },
          t(`turn_${family}`),
          " ",
          el("span", { class: "group-count" }, items.length),
        ),
        el("ul", { class: "findings" }, ...items.map(([index, finding]) => renderFinding(index, finding, report.language))),
      ),
    );
  }
  main.append(findingsCard);

  const side = el("aside", { class: "report-side" });
  const turns = el("ol", { class: "turns", id: "turns" });
  for (const turn of report.turns) {
    const name = t(`turn_${turn.family}`);
    const unjudged = turn.status === "pass" && notJudged.includes(turn.family);
    const attributes = {
      class: `turn status-${turn.status}${unjudged ? " not-judged" : ""}`,
      "data-family": turn.family,
      "data-status": turn.status,
      "data-count": turn.count,
    };
    if (turn.reason) attributes.title = turn.reason;
    turns.append(
      el(
        "li",
        attributes,
        el("span", { class: "turn-icon", "aria-hidden": "true" }, unjudged ? "?" : (TURN_ICON[turn.status] ?? "–")),
        el("span", { class: "turn-name" }, turn.count ? el("a", { href: `#turn-${turn.family}` }, name) : name),
        el("span", { class: "turn-status" }, unjudged ? t("status_not_judged") : t(`status_${turn.status}`)),
        el(
          "span",
          { class: "turn-count" },
          el("span", { "aria-hidden": "true" }, turn.count),
          el("span", { class: "visually-hidden" }, t("count_findings", { count: turn.count })),
        ),
      ),
    );
  }
  side.append(el("div", { class: "card" }, el("h3", { class: "card-title" }, t("turns")), turns));
  const head = el(
    "p",
    { class: "post-head" },
    el("span", { class: "post-name" }, t("preview_name")),
    " ",
    el("span", { class: "post-handle" }, t("preview_handle")),
  );
  const preview = renderPost(text, entityPieces(text, report.entities), head);
  preview.id = "preview";
  side.append(el("div", { class: "card" }, el("h3", { class: "card-title" }, t("preview")), preview));
  const networks = report.networks || [];
  if (networks.length > 1) {
    for (const network of networks) {
      if (!network.thread || !network.thread.length) continue;
      side.append(
        el(
          "div",
          { class: "card thread-card", id: `thread-card-${network.network}`, "data-network": network.network },
          el("h3", { class: "card-title" }, t("thread_for", { network: network.name })),
          el("p", { class: "hint" }, t("thread_hint")),
          threadList(network.thread, null),
        ),
      );
    }
  }
  const thread = networks.length > 1 ? [] : (report.length && report.length.thread) || [];
  if (thread.length) {
    const list = threadList(thread, "thread");
    side.append(
      el(
        "div",
        { class: "card", id: "thread-card" },
        el("h3", { class: "card-title" }, t("thread")),
        el("p", { class: "hint" }, t("thread_hint")),
        list,
      ),
    );
  }
  nodes.push(el("div", { class: "report-grid" }, main, side));
  reportBody.replaceChildren(...nodes);
  markStale();
}

// ---- replacements and copy ---------------------------------------------------------------------

async function applyChoice(button) {
  const report = state.report;
  const finding = report && report.findings[Number(button.dataset.finding)];
  const replacement = finding && finding.replacements[Number(button.dataset.choice)];
  if (replacement === undefined || draft.value !== state.checkedText) {
    markStale();
    return;
  }
  const applied = applyReplacement(draft.value, finding, replacement);
  if (!applied) return;
  // Through the editing pipeline when the browser allows it, so Ctrl+Z undoes the replacement.
  draft.focus({ preventScroll: true });
  draft.setSelectionRange(applied.start, applied.end);
  const inserted = document.queryCommandSupported?.("insertText") && document.execCommand("insertText", false, replacement);
  if (!inserted || draft.value !== applied.text) draft.value = applied.text;
  updateCounter();
  await check({ focusReport: true });
}

async function copyDraft() {
  const text = state.checkedText ?? draft.value;
  try {
    await navigator.clipboard.writeText(text);
    announcer.textContent = t("copied");
  } catch (failure) {
    announcer.textContent = t("copy_failed");
  }
  const copy = $("#copy", reportBody);
  if (copy) copy.dataset.copied = "true";
}

// ---- interface language --------------------------------------------------------------------------

function setUi(code) {
  if (!(code in strings)) return;
  state.ui = code;
  document.documentElement.lang = code;
  document.title = t("title");
  document.cookie = `sevenfold_ui=${code}; path=/; max-age=31536000; samesite=lax`;
  $("#ui-field").value = code;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll("[data-i18n-aria-label]")) node.setAttribute("aria-label", t(node.dataset.i18nAriaLabel));
  for (const link of document.querySelectorAll(".ui-switch a[data-ui]")) {
    if (link.dataset.ui === code) link.setAttribute("aria-current", "true");
    else link.removeAttribute("aria-current");
  }
  if (state.report || state.error) renderReport();
  updateCounter();
}

// ---- wiring -------------------------------------------------------------------------------------

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const submitter = event.submitter;
  if (submitter && submitter.name === "apply") {
    applyChoice(submitter);
  } else {
    check();
  }
});

draft.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    check();
  }
});
draft.addEventListener("input", updateCounter);
for (const box of networkBoxes) box.addEventListener("change", updateCounter);
draft.addEventListener("scroll", syncScroll);

reportBody.addEventListener("click", (event) => {
  const copy = event.target.closest("#copy");
  if (copy) copyDraft();
});

for (const link of document.querySelectorAll(".ui-switch a[data-ui]")) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    setUi(link.dataset.ui);
    link.focus();
  });
}

document.documentElement.classList.add("js");
updateCounter();
import("./tweet.js")
  .then((module) => {
    state.tweet = module;
    updateCounter();
    counter.dataset.ready = "true";
    return import("./networks.js");
  })
  .then((module) => {
    state.networks = module;
    updateCounter();
    $("#network-counters").dataset.ready = "true";
  })
  .catch(() => {
    counter.dataset.ready = "unavailable";
  });

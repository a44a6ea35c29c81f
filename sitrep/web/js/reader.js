// The article reader: the text with actors, places, dates, events and quotes highlighted, the
// coded record of the selected span beside it, and the form to correct a coding.
import { getJSON, postJSON } from "./api.js";
import { el, clear, fmtDate, showError } from "./dom.js";

const KINDS = [
  ["event", "Event clause"], ["trigger", "Event trigger"], ["actor", "Actor (source/target)"],
  ["place", "Place"], ["date", "Date expression"], ["quote", "Quotation"], ["speaker", "Speaker"], ["cue", "Quote cue"],
];
const TOKEN_KEY = "sitrep-token";

// Cut the text at every span boundary; each piece carries the classes and labels of the spans over it.
export function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const span of spans) { cuts.add(span.start); cuts.add(span.end); }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter((span) => span.start <= start && span.end >= end);
    out.push({ start, end, text: text.slice(start, end), covering });
  }
  return out;
}

function renderText(detail, onSelect) {
  const { text } = detail.article;
  const box = el("div", { class: "article-text", id: "article-text", tabindex: "0", "aria-label": "Article text with highlights" });
  for (const piece of segments(text, detail.spans)) {
    if (!piece.covering.length) { box.append(document.createTextNode(piece.text)); continue; }
    const kinds = [...new Set(piece.covering.map((span) => span.kind))];
    const refs = [...new Set(piece.covering.map((span) => span.ref).filter(Boolean))];
    const node = el("span", {
      class: kinds.map((kind) => `hl-${kind}`).join(" "),
      title: piece.covering.map((span) => span.label).join("\n"),
      dataset: { refs: refs.join(" ") },
    });
    node.textContent = piece.text; // text, never HTML
    node.addEventListener("click", () => {
      const eventRef = piece.covering.find((s) => ["event", "trigger", "actor", "date"].includes(s.kind) && s.ref);
      const quoteRef = piece.covering.find((s) => ["quote", "speaker", "cue"].includes(s.kind) && s.ref);
      if (eventRef) onSelect("event", eventRef.ref);
      else if (quoteRef) onSelect("quote", quoteRef.ref);
    });
    box.append(node);
  }
  return box;
}

function legend(textBox) {
  return el("fieldset", { class: "legend", "aria-label": "Highlight legend" },
    el("legend", { text: "Highlights" }),
    KINDS.map(([kind, label]) => {
      const input = el("input", { type: "checkbox", checked: true, "aria-label": `Show ${label}` });
      input.addEventListener("change", () => textBox.classList.toggle(`hide-${kind}`, !input.checked));
      return el("label", {}, input, el("span", { class: `key hl-${kind}`, text: label }));
    }));
}

function actors(list) {
  return (list || []).map((a) => `${a.name || a.text}${a.code ? ` [${a.code}]` : ""}`).join("; ") || "—";
}

function record(pairs) {
  return el("dl", { class: "record" }, pairs.map(([key, value]) => [el("dt", { text: key }), el("dd", {}, value ?? "—")]));
}

const COMPARED = [
  ["PLOVER type", (e) => e.plover.type, (r) => r.plover_type],
  ["PLOVER mode", (e) => e.plover.mode, (r) => r.plover_mode],
  ["CAMEO", (e) => e.cameo.code, (r) => r.cameo_code],
  ["Source code", (e) => (e.source[0] || {}).code, (r) => r.source_code],
  ["Target code", (e) => (e.target[0] || {}).code, (r) => r.target_code],
  ["Location", (e) => (e.location || {}).name, (r) => r.location_name],
  ["Location country", (e) => (e.location || {}).country, (r) => r.location_country],
];

function comparison(event) {
  const review = event.review;
  const rows = COMPARED.map(([label, machine, reviewed]) => {
    const before = machine(event) ?? "";
    const after = reviewed(review);
    const changed = after !== null && after !== undefined && after !== before;
    return el("tr", {}, el("th", { scope: "row", text: label }), el("td", { text: before || "—" }),
      el("td", { class: changed ? "changed" : null, text: changed ? after : "(unchanged)" }));
  });
  return el("div", { class: "compare" },
    el("h4", {}, review.false_positive ? el("span", { class: "badge falsepos", text: "marked false positive" }) : "Corrected coding",
      ` by ${review.reviewer}, ${String(review.reviewed_at).replace("T", " ").slice(0, 16)} UTC`),
    el("table", { "aria-label": "Machine coding and reviewed coding" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col", text: "Field" }), el("th", { scope: "col", text: "Machine" }),
        el("th", { scope: "col", text: "Reviewed" }))),
      el("tbody", {}, rows)),
    review.note ? el("p", { class: "muted", text: `Note: ${review.note}` }) : null);
}

function reviewForm(articleId, event, ploverTypes, onDone) {
  const field = (label, name, attrs = {}) => [
    el("label", { for: `rv-${name}`, text: label }), el("input", { id: `rv-${name}`, name, ...attrs }),
  ];
  const typeSelect = el("select", { id: "rv-plover_type", name: "plover_type" },
    el("option", { value: "", text: "(keep)" }), ploverTypes.map((t) => el("option", { value: t, text: t })));
  const message = el("div", { class: "full", role: "status", "aria-live": "polite" });
  const form = el("form", { class: "review", "aria-label": "Correct this coding" },
    el("h4", { class: "full", text: "Correct this coding" }),
    field("Token", "token", { type: "password", autocomplete: "off", value: sessionStorage.getItem(TOKEN_KEY) || "" }),
    field("Reviewer", "reviewer", { required: true, maxlength: 120, value: localStorage.getItem("sitrep-reviewer") || "" }),
    el("label", { for: "rv-plover_type", text: "PLOVER type" }), typeSelect,
    field("PLOVER mode", "plover_mode", { maxlength: 60 }),
    field("CAMEO code", "cameo_code", { maxlength: 6 }),
    field("Source code", "source_code", { maxlength: 20 }),
    field("Target code", "target_code", { maxlength: 20 }),
    field("Location name", "location_name", { maxlength: 200 }),
    field("Location country", "location_country", { maxlength: 3 }),
    el("label", { for: "rv-false_positive", text: "False positive" }),
    el("input", { id: "rv-false_positive", name: "false_positive", type: "checkbox" }),
    field("Note", "note", { maxlength: 2000 }),
    el("button", { type: "submit", class: "full" }, "Save correction"),
    message);
  form.addEventListener("submit", async (submitEvent) => {
    submitEvent.preventDefault();
    const data = new FormData(form);
    const token = String(data.get("token") || "");
    sessionStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem("sitrep-reviewer", String(data.get("reviewer") || ""));
    const body = { reviewer: String(data.get("reviewer") || ""), false_positive: data.get("false_positive") === "on" };
    for (const name of ["plover_type", "plover_mode", "cameo_code", "source_code", "target_code", "location_name",
      "location_country", "note"]) {
      const value = String(data.get(name) || "").trim();
      if (value) body[name] = value;
    }
    const url = `/api/events/${encodeURIComponent(articleId)}/${encodeURIComponent(event.event_id)}/review`;
    const result = await postJSON(url, body, token);
    message.className = `full message ${result.ok ? "ok" : "fail"}`;
    if (result.ok) {
      message.textContent = "Correction saved.";
      onDone();
    } else {
      const detail = result.data && result.data.detail;
      message.textContent = `Not saved (${result.status}): ${typeof detail === "string" ? detail : JSON.stringify(detail)}`;
    }
  });
  return form;
}

function eventPanel(articleId, event, ploverTypes, reload) {
  const location = event.location;
  return el("div", {},
    el("h3", { text: `Event ${event.event_id}: ${event.plover.type}${event.plover.mode ? ` (${event.plover.mode})` : ""}` }),
    el("blockquote", { text: event.sentence }),
    record([
      ["Trigger", event.trigger],
      ["Source", actors(event.source)],
      ["Target", actors(event.target)],
      ["CAMEO", `${event.cameo.code || "—"} (QuadClass ${event.cameo.quad_class ?? "—"}, Goldstein ${event.cameo.goldstein ?? "—"})`],
      ["ACLED", [event.acled.event_type, event.acled.sub_event_type].filter(Boolean).join(" / ") || "—"],
      ["Date", event.date ? `${event.date.value || "?"} (${event.date.precision})${event.date.text ? ` “${event.date.text}”` : ""}` : "—"],
      ["Location", location ? `${location.name || location.text} ${location.country || ""} ${location.admin1 || ""}` : "—"],
      ["Size", ["dead", "injured", "captured", "displaced"].filter((k) => event.size[k] != null).map((k) => `${k} ${event.size[k]}`).join(", ") || "—"],
      ["Modality", Object.entries(event.modality).filter(([, v]) => v).map(([k]) => k).join(", ") || "factual"],
      ["Confidence", String(event.confidence)],
      ["Incident", event.incident_id ? el("a", { href: `#/incident/${encodeURIComponent(event.incident_id)}`, text: event.incident_id }) : "—"],
    ]),
    event.review ? comparison(event) : null,
    reviewForm(articleId, event, ploverTypes, reload));
}

function quotePanel(quote) {
  return el("div", {},
    el("h3", { text: `Statement (${quote.type})` }),
    el("blockquote", { text: quote.content }),
    record([
      ["Speaker", quote.speaker ? `${quote.speaker.name || quote.speaker.text}${quote.speaker.code ? ` [${quote.speaker.code}]` : ""}` : "—"],
      ["Cue", quote.cue],
      ["Stance", quote.stance ? `${quote.stance.label}${quote.stance.about ? ` — about ${quote.stance.about}` : ""}` : "—"],
      ["Events", (quote.event_ids || []).join(", ") || "—"],
    ]));
}

export async function showArticle(section, articleId, params, ploverTypes) {
  let detail;
  try {
    detail = await getJSON(`/api/articles/${encodeURIComponent(articleId)}`);
  } catch (error) {
    clear(section).append(el("p", { text: `Article not found: ${error.message}` }));
    return;
  }
  const { article } = detail;
  const side = el("aside", { class: "panel", "aria-label": "Coded record", id: "record-panel" });
  const reload = () => showArticle(section, articleId, params, ploverTypes);

  function select(kind, ref) {
    clear(side);
    for (const node of section.querySelectorAll(".selected")) node.classList.remove("selected");
    for (const node of section.querySelectorAll(`[data-refs~="${CSS.escape(ref)}"]`)) node.classList.add("selected");
    params.set(kind, ref);
    if (kind === "event") {
      const event = detail.events.find((e) => e.event_id === ref);
      if (event) side.append(eventPanel(articleId, event, ploverTypes, () => { params.set("event", ref); reload(); }));
    } else {
      const quote = detail.quotes.find((q) => q.quote_id === ref);
      if (quote) side.append(quotePanel(quote));
    }
  }

  const textBox = renderText(detail, select);
  const eventList = el("ul", {}, detail.events.map((event) => el("li", {},
    el("a", { href: "#", onclick: (e) => { e.preventDefault(); select("event", event.event_id); } },
      `${event.event_id}: ${event.review && event.review.false_positive ? "[false positive] " : ""}${event.plover.type} — ${event.trigger}`))));
  clear(section).append(
    el("h2", { text: article.title || "(untitled)" }),
    el("p", { class: "muted" }, [article.outlet, fmtDate(article.published)].filter(Boolean).join(" · "), " ",
      article.url ? el("a", { href: article.url, rel: "noopener noreferrer", target: "_blank", text: "original" }) : null),
    el("div", { class: "reader" },
      el("div", {}, legend(textBox), textBox),
      el("div", {}, side, el("div", { class: "panel" }, el("h3", { text: `Events (${detail.events.length})` }), eventList,
        el("h3", { text: `Statements (${detail.quotes.length})` }),
        el("ul", {}, detail.quotes.map((q) => el("li", {},
          el("a", { href: "#", onclick: (e) => { e.preventDefault(); select("quote", q.quote_id); } },
            `${(q.speaker && (q.speaker.name || q.speaker.text)) || "?"}: “${q.content.slice(0, 80)}”`))))))));
  if (params.get("event")) select("event", params.get("event"));
  else if (params.get("quote")) select("quote", params.get("quote"));
  else if (detail.events.length) select("event", detail.events[0].event_id);
  else clear(side).append(el("p", { class: "muted", text: "No events were coded in this article." }));
  if (detail.article.code_error) showError(`coding error: ${detail.article.code_error}`);
}

// Paged, sortable tables of events, statements and articles, with downloads of the filtered list.
import { getJSON, pick, query } from "./api.js";
import { el, clear, fmtDate, showError } from "./dom.js";

const LISTS = {
  events: {
    path: "/api/events",
    filters: ["from", "to", "country", "dyad", "plover", "acled", "region", "q", "min_sources"],
    caption: "Coded events",
    columns: [
      { label: "Date", sort: "date", value: (r) => r.date || fmtDate(r.published) },
      { label: "Type", sort: "plover", value: (r) => typeCell(r) },
      { label: "Source → target", value: (r) => `${r.source_code || r.source_country || "?"} → ${r.target_code || r.target_country || "?"}` },
      { label: "Where", value: (r) => [r.location_name, r.location_country].filter(Boolean).join(", ") },
      { label: "Sentence", value: (r) => r.sentence || "", className: "sentence" },
      { label: "Sources", sort: "sources", value: (r) => r.num_sources ?? "" },
      { label: "Outlet", value: (r) => r.outlet || "" },
    ],
    link: (r) => `#/article/${encodeURIComponent(r.article_id)}?event=${encodeURIComponent(r.event_id)}`,
  },
  quotes: {
    path: "/api/quotes",
    filters: ["from", "to", "country", "q"],
    caption: "Statements",
    columns: [
      { label: "Published", sort: "published", value: (r) => fmtDate(r.published) },
      { label: "Speaker", sort: "speaker", value: (r) => [r.speaker_name || r.speaker_text, r.speaker_code].filter(Boolean).join(" · ") },
      { label: "Statement", value: (r) => r.content || "", className: "sentence" },
      { label: "Type", value: (r) => r.type || "" },
      { label: "Stance", sort: "stance", value: (r) => r.stance_label || "" },
      { label: "Outlet", value: (r) => r.outlet || "" },
    ],
    link: (r) => `#/article/${encodeURIComponent(r.article_id)}?quote=${encodeURIComponent(r.quote_id)}`,
  },
  articles: {
    path: "/api/articles",
    filters: ["from", "to", "country", "plover", "acled", "q"],
    caption: "Articles",
    columns: [
      { label: "Published", sort: "published", value: (r) => fmtDate(r.published) },
      { label: "Title", sort: "title", value: (r) => r.title || "(untitled)", className: "sentence" },
      { label: "Outlet", sort: "outlet", value: (r) => r.outlet || "" },
      { label: "Events", sort: "events", value: (r) => r.events },
      { label: "Quotes", value: (r) => r.quotes },
      { label: "Language", value: (r) => r.language || "" },
    ],
    link: (r) => `#/article/${encodeURIComponent(r.id)}`,
  },
};

function typeCell(row) {
  const parts = [];
  if (row.review && row.review.false_positive) {
    parts.push(el("span", { class: "badge falsepos", text: "false positive" }), " ");
  } else if (row.review && row.review.plover_type && row.review.plover_type !== row.plover_type) {
    parts.push(el("s", { text: row.plover_type }), " ", row.review.plover_type, " ");
  } else {
    parts.push(row.plover_type || "?", " ");
  }
  if (row.review) parts.push(el("span", { class: "badge reviewed", text: "reviewed" }));
  return el("span", {}, parts);
}

export function createTable(container, name, navigate) {
  const spec = LISTS[name];
  const state = { sort: null, cursors: [null], filters: {} };

  async function load() {
    const params = { ...pick(state.filters, spec.filters), limit: 50 };
    if (state.sort) params.sort = state.sort;
    const cursor = state.cursors[state.cursors.length - 1];
    if (cursor) params.cursor = cursor;
    let page;
    try {
      page = await getJSON(spec.path, params);
    } catch (error) {
      showError(error.message);
      return;
    }
    render(page, params);
  }

  function render(page, params) {
    clear(container);
    const head = el("tr", {}, spec.columns.map((column) => {
      if (!column.sort) return el("th", { scope: "col", text: column.label });
      const active = state.sort && state.sort.replace("-", "") === column.sort;
      const descending = active && state.sort.startsWith("-");
      return el("th", { scope: "col", "aria-sort": active ? (descending ? "descending" : "ascending") : "none" },
        el("button", {
          type: "button", "aria-label": `Sort by ${column.label}`,
          onclick: () => {
            state.sort = active && !descending ? `-${column.sort}` : column.sort;
            state.cursors = [null];
            load();
          },
        }, column.label, active ? (descending ? " ▼" : " ▲") : ""));
    }));
    const body = el("tbody", {}, page.items.map((row) => {
      const href = spec.link(row);
      const tr = el("tr", {
        class: "clickable", tabindex: "0", role: "link", "aria-label": `Open ${spec.caption.toLowerCase()} row`,
        onclick: () => navigate(href),
        onkeydown: (event) => { if (event.key === "Enter") navigate(href); },
      }, spec.columns.map((column) => {
        const value = column.value(row);
        return el("td", { class: column.className || null }, value instanceof Node ? value : String(value ?? ""));
      }));
      return tr;
    }));
    const first = state.cursors.length === 1;
    const downloadParams = { ...params };
    delete downloadParams.cursor;
    delete downloadParams.limit;
    const pager = el("div", { class: "pager" },
      el("button", { type: "button", disabled: first, onclick: () => { state.cursors.pop(); load(); } }, "← Previous"),
      el("span", { text: `${page.total} ${spec.caption.toLowerCase()} · page ${state.cursors.length}` }),
      el("button", {
        type: "button", disabled: !page.next_cursor,
        onclick: () => { state.cursors.push(page.next_cursor); load(); },
      }, "Next →"),
      el("span", { class: "downloads" }, "Download: ",
        ["csv", "jsonl", "parquet"].map((fmt) => [
          el("a", { href: spec.path + query({ ...downloadParams, format: fmt }), download: "" }, fmt.toUpperCase()), " ",
        ])),
    );
    container.append(pager, el("table", {}, el("caption", { class: "muted", text: spec.caption }),
      el("thead", {}, head), body));
  }

  return {
    setFilters(filters) {
      state.filters = filters;
      state.cursors = [null];
      return load();
    },
  };
}

// The dashboard: a hash router over the views, the shared filter bar, the overview (map + chart).
import { FILTERS, getJSON, pick, query } from "./api.js";
import { renderChart } from "./chartview.js";
import { el, clear, showError } from "./dom.js";
import { createMap, renderLegend } from "./mapview.js";

// The other views' modules are fetched when first opened: the first page then waits on fewer
// requests (the browser opens only six connections to the server at once).
const showIncident = async (...args) => (await import("./incident.js")).showIncident(...args);
const showArticle = async (...args) => (await import("./reader.js")).showArticle(...args);
const createTable = async (...args) => (await import("./tables.js")).createTable(...args);

// Chart.js (the largest script) loads asynchronously (index.html): the map and the list are built
// while it is fetched and compiled; the chart waits for it here.
function chartLibrary() {
  if (window.Chart) return Promise.resolve();
  const script = document.getElementById("chart-js");
  if (script.dataset.failed) return Promise.reject(new Error("Chart.js could not be loaded: run `make setup` (npm ci)."));
  return new Promise((resolve, reject) => {
    script.addEventListener("load", resolve, { once: true });
    script.addEventListener("error", () => reject(new Error("Chart.js could not be loaded: run `make setup` (npm ci).")),
      { once: true });
  });
}

const state = { filters: {}, ploverTypes: [], overviewMap: null, tables: {}, series: [], statsLoaded: null };

function navigate(href) { window.location.hash = href.replace(/^#/, ""); }

function readFilters() {
  const data = new FormData(document.getElementById("filters"));
  const filters = {};
  for (const name of FILTERS) {
    const value = String(data.get(name) || "").trim();
    if (value) filters[name] = value;
  }
  return filters;
}

function showView(name) {
  for (const section of document.querySelectorAll(".view")) section.hidden = section.id !== `view-${name}`;
  for (const link of document.querySelectorAll("header nav a")) {
    if (link.dataset.view === name) link.setAttribute("aria-current", "page"); else link.removeAttribute("aria-current");
  }
}

async function loadStats() {
  try {
    const stats = await getJSON("/api/stats");
    document.getElementById("stats").textContent =
      `${stats.articles.total} articles · ${stats.events.total} events · ${stats.incidents} incidents · ${stats.quotes} statements`;
  } catch (error) { showError(error.message); }
}

async function loadMap() {
  const kind = document.getElementById("map-kind").value;
  const filters = pick(state.filters, FILTERS);
  const data = await getJSON("/api/map", { kind, ...filters });
  performance.mark("sitrep:map-data");
  state.overviewMap.setPoints(data.points, kind);
  performance.mark("sitrep:map-drawn");
  if (data.truncated) showError("Too many points: the map shows the first 50,000; narrow the filters.");
}

async function loadTopIncidents() {
  const box = document.getElementById("overview-incidents");
  // Ranked as `sitrep incidents` and the report rank them (rung, sources, articles): ranked by sources
  // alone, a one-outlet corpus listed its incidents in id order, feature stories first.
  const page = await getJSON("/api/incidents", { ...pick(state.filters, FILTERS), sort: "-priority", limit: 10 });
  clear(box).append(el("ol", {}, page.items.map((item) => el("li", {},
    el("a", { href: `#/incident/${encodeURIComponent(item.incident_id)}`, text: item.summary || item.incident_id }),
    el("span", { class: "muted", text: ` · ${item.date || "undated"} · rung ${item.rung ?? 0} ${item.plover_type || ""}`
      + `${sides(item)} · ${counted(item.num_articles || 0, "article")}, ${counted(item.num_sources || 0, "outlet")}` })))));
}

function counted(number, noun) {
  return `${number} ${noun}${number === 1 ? "" : "s"}`;
}

function sides(item) {
  if (!item.source_country && !item.target_country) return "";
  return ` · ${item.source_country || "?"}→${item.target_country || "?"}`;
}

async function loadSeries() {
  const scope = document.getElementById("series-scope").value;
  const keyInput = document.getElementById("series-key");
  let key = keyInput.value.trim();
  if (!key && scope === "pair" && state.filters.dyad) key = state.filters.dyad;
  if (!state.keysListed) {
    state.keysListed = true; // suggestions for the key box; not needed to draw the first chart
    getJSON("/api/dyads", { limit: 20 }).then((dyads) => {
      clear(document.getElementById("series-keys"))
        .append(...dyads.map((d) => el("option", { value: d.key, text: `${d.incidents} incidents` })));
    }).catch(() => {});
  }
  const detail = document.getElementById("chart-detail");
  clear(detail);
  // Without a key, the server picks the series with the most incidents (one request, not two).
  const params = { scope, period: "week", ...pick(state.filters, ["from", "to"]), ...(key ? { key } : { top: 1 }) };
  const data = await getJSON("/api/series", params);
  performance.mark("sitrep:series-data");
  const [found] = Object.keys(data.series);
  if (!key && found) { key = found; keyInput.value = found; }
  const points = data.series[found] || [];
  if (!found) { detail.append(el("p", { class: "muted", text: "No series for these filters." })); }
  const canvas = document.getElementById("chart");
  await chartLibrary();
  renderChart(canvas, points, (index) => showPeriod(points[index], scope, key));
  canvas.dataset.key = found || ""; // which series is drawn (tests wait on it)
  performance.mark("sitrep:chart-drawn");
}

async function showPeriod(point, scope, key) {
  const detail = clear(document.getElementById("chart-detail"));
  detail.append(el("h3", { text: `Week of ${point.period_start}: ${point.incidents} incident(s)` }));
  for (const signal of point.signals || []) detail.append(el("p", {}, el("strong", { text: `▲ ${signal.kind}: ` }), signal.explanation));
  if (!point.incident_ids.length) return;
  const end = new Date(`${point.period_start}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + 6);
  const filter = scope === "region" ? { region: key } : { dyad: key.replace("->", "-") };
  const page = await getJSON("/api/incidents", { ...filter, from: point.period_start, to: end.toISOString().slice(0, 10), limit: 100 });
  const wanted = new Set(point.incident_ids);
  detail.append(el("ul", { "aria-label": "Incidents of this week" }, page.items.filter((i) => wanted.has(i.incident_id))
    .map((item) => el("li", {}, el("a", { href: `#/incident/${encodeURIComponent(item.incident_id)}`, text: item.summary || item.incident_id })))));
}

// The situation report links carry the filters the report understands.
function setReportLinks() {
  const filters = pick(state.filters, ["from", "to", "dyad", "region"]);
  for (const format of ["html", "md", "pdf"]) {
    document.getElementById(`report-${format}`).href = `/api/report${query({ format, ...filters })}`;
  }
}

async function loadOverview() {
  setReportLinks();
  if (state.assetsMissing) {
    await loadTopIncidents();
    return;
  }
  if (!state.overviewMap) {
    state.overviewMap = createMap(document.getElementById("map"), {
      onPoint: (kind, id) => navigate(kind === "incidents" ? `#/incident/${encodeURIComponent(id)}`
        : `#/article/${encodeURIComponent(id.split("/")[0])}?event=${encodeURIComponent(id.split("/")[1])}`),
    });
    renderLegend(document.getElementById("map-legend"));
    window.sitrepOverviewMap = state.overviewMap.map; // for browser tests
  }
  state.overviewMap.map.invalidateSize();
  performance.mark("sitrep:map-created");
  // Ready once the countries, the markers, the chart and the list are all drawn.
  const basemap = state.overviewMap.basemap.catch((error) => showError(error.message));
  await Promise.all([basemap, loadMap(), loadSeries(), loadTopIncidents()]);
}

async function route() {
  const hash = window.location.hash.replace(/^#\/?/, "");
  const [path, search] = hash.split("?");
  const params = new URLSearchParams(search || "");
  const [view, id] = path.split("/");
  try {
    if (view === "article" && id) {
      showView("article");
      await showArticle(document.getElementById("view-article"), decodeURIComponent(id), params, state.ploverTypes);
    } else if (view === "incident" && id) {
      showView("incident");
      await showIncident(document.getElementById("view-incident"), decodeURIComponent(id), navigate);
    } else if (["events", "quotes", "articles"].includes(view)) {
      showView(view);
      if (!state.tables[view]) state.tables[view] = await createTable(document.getElementById(`${view}-table`), view, navigate);
      await state.tables[view].setFilters(state.filters);
    } else {
      showView("overview");
      await loadOverview();
    }
  } catch (error) {
    showError(error.message);
  }
  await state.statsLoaded; // the header's counts are part of every view (loadStats never rejects)
  performance.mark("sitrep:ready");
  document.body.dataset.ready = "true"; // for tests and the benchmark: the view has loaded
}

async function start() {
  performance.mark("sitrep:start");
  if (!window.L || document.getElementById("chart-js").dataset.failed) {
    state.assetsMissing = true; // tables, reader and incident text still work; map and chart cannot
    showError("Dashboard assets (Leaflet, Chart.js, world-atlas) are missing: run `make setup` (npm ci).", true);
  }
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    state.filters = readFilters();
    document.body.dataset.ready = "false";
    route();
  });
  form.addEventListener("reset", () => setTimeout(() => { state.filters = {}; route(); }, 0));
  document.getElementById("map-kind").addEventListener("change", () => loadMap().catch((e) => showError(e.message)));
  document.getElementById("series-go").addEventListener("click", () => loadSeries().catch((e) => showError(e.message)));
  window.addEventListener("hashchange", () => { document.body.dataset.ready = "false"; route(); });
  state.statsLoaded = loadStats();
  // The type list is needed by the filter and the review form, not by the first view: load both at once.
  const types = getJSON("/api/plover-types").then((list) => {
    state.ploverTypes.push(...list);
    const select = form.elements.plover;
    for (const type of list) select.append(el("option", { value: type, text: type }));
  }).catch((error) => showError(error.message));
  const hash = window.location.hash;
  if (hash.startsWith("#/article/")) await types; // the reader's review form lists the types
  await route();
}

start();

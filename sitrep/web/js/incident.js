// The incident page: every mention across outlets, the assessment, and the place on a map.
import { getJSON } from "./api.js";
import { el, clear, fmtDate } from "./dom.js";
import { createMap } from "./mapview.js";

function sentenceWithTrigger(mention) {
  const sentence = mention.sentence || "";
  const { trigger } = mention;
  const at = trigger ? sentence.indexOf(trigger) : -1;
  if (at < 0) return el("span", { text: sentence });
  return el("span", {}, sentence.slice(0, at), el("strong", { class: "hl-trigger", text: trigger }),
    sentence.slice(at + trigger.length));
}

export async function showIncident(section, incidentId, navigate) {
  let detail;
  try {
    detail = await getJSON(`/api/incidents/${encodeURIComponent(incidentId)}`);
  } catch (error) {
    clear(section).append(el("p", { text: `Incident not found: ${error.message}` }));
    return;
  }
  const { incident, mentions, assessment } = detail;
  const outlets = new Set(mentions.map((m) => m.outlet || m.article_id)).size;
  const mapBox = el("div", { class: "map small", id: "incident-map", role: "region", "aria-label": "Incident location" });
  const signals = (assessment.signals || []).map((signal) => el("li", {}, `${signal.kind}: ${signal.explanation}`));
  clear(section).append(
    el("h2", { text: incident.summary || incident.incident_id }),
    el("p", { class: "muted" }, [
      incident.incident_id, incident.date ? `${incident.date} (${incident.date_precision})` : "date unknown",
      `${incident.plover_type}${incident.plover_mode ? ` / ${incident.plover_mode}` : ""}`,
      `${incident.source_country || "?"} → ${incident.target_country || "?"}`,
      incident.location_name, `rung ${incident.rung ?? "—"}`,
      `${mentions.length} mention(s), ${outlets} outlet(s)`,
    ].filter(Boolean).join(" · ")),
    el("div", { class: "overview" },
      el("div", { class: "panel" }, el("h3", { text: "Assessment" }),
        el("p", { class: "verdict", text: assessment.verdict ? `Verdict: ${assessment.verdict}` : "No assessment" }),
        el("p", { text: assessment.headline || "" }),
        signals.length ? el("ul", { "aria-label": "Signals" }, signals) : el("p", { class: "muted", text: "No escalation signals." }),
        assessment.baseline ? el("p", { class: "muted", text: assessment.baseline }) : null),
      el("div", { class: "panel" }, el("h3", { text: "Where" }), mapBox)),
    el("div", { class: "panel" }, el("h3", { text: "Mentions across outlets" }),
      el("table", {},
        el("thead", {}, el("tr", {}, ["Outlet", "Published", "Article", "Sentence (trigger in bold)", "Offsets"]
          .map((label) => el("th", { scope: "col", text: label })))),
        el("tbody", {}, mentions.map((m) => el("tr", {},
          el("td", { text: m.outlet || "" }), el("td", { text: fmtDate(m.published) }),
          el("td", {}, el("a", {
            href: `#/article/${encodeURIComponent(m.article_id)}?event=${encodeURIComponent(m.event_id)}`,
            text: m.title || m.article_id,
          })),
          el("td", { class: "sentence" }, sentenceWithTrigger(m)),
          el("td", { text: `${m.start}–${m.end}` })))))));
  // Reactions and follow-ups linked as a whole: no coded event of theirs is in the incident.
  const linked = detail.linked_articles || [];
  if (linked.length) {
    section.append(el("div", { class: "panel", id: "incident-linked" },
      el("h3", { text: "Linked articles (by headline and lead, no coded event)" }),
      el("ul", {}, linked.map((a) => el("li", {},
        el("a", { href: `#/article/${encodeURIComponent(a.article_id)}`, text: a.title || a.article_id }),
        ` · ${a.outlet || ""} · ${fmtDate(a.published)} · linked by ${a.linked_by}`)))));
  }
  if (incident.location_lat != null && incident.location_lon != null && window.L) {
    const view = createMap(mapBox, { small: true, onPoint: () => {} });
    view.map.setView([incident.location_lat, incident.location_lon], 5);
    view.setPoints([[incident.location_lat, incident.location_lon, incident.plover_type, incident.num_sources,
      incident.incident_id]], "incidents");
  } else {
    mapBox.replaceWith(el("p", { class: "muted", text: "No location was resolved for this incident." }));
  }
  return navigate;
}

"""``sitrep report``: a situation report for a period, as Markdown or self-contained HTML.

Every incident, signal and statement in it links back to the articles it came from.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb

from sitrep.analysis.assess import Assessment, assess, counted
from sitrep.analysis.incidents import PRIORITY_SQL
from sitrep.analysis.ladder import load_ladder
from sitrep.analysis.series import build_series, normalise_key

_BLOCKS = "▁▂▃▄▅▆▇█"
_PAIR_KEY = "least(source_country, target_country) || '-' || greatest(source_country, target_country)"


@dataclass(slots=True)
class IncidentLine:
    incident_id: str
    date: str | None
    rung: int
    plover_type: str
    acled: str | None
    place: str | None
    lat: float | None
    lon: float | None
    dyad: str | None
    sources: int
    articles: int
    summary: str
    links: list[tuple[str, str]]  # (label, url or article id)


@dataclass(slots=True)
class Report:
    start: date
    end: date
    focus: str | None
    incidents: list[IncidentLine] = field(default_factory=list)
    assessments: list[tuple[Assessment, list[float]]] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)


def _links(connection: duckdb.DuckDBPyConnection, incident_id: str) -> list[tuple[str, str]]:
    rows = connection.execute(
        """
        SELECT DISTINCT coalesce(a.outlet, 'article'), coalesce(a.url, 'article:' || a.id), a.published
        FROM incident_mentions m JOIN articles a ON a.id = m.article_id WHERE m.incident_id = ?
        ORDER BY a.published NULLS LAST
        """,
        [incident_id],
    ).fetchall()
    return [(outlet, target) for outlet, target, _ in rows]


def build_report(
    connection: duckdb.DuckDBPyConnection,
    start: date,
    end: date,
    dyad: str | None = None,
    region: str | None = None,
    top: int = 10,
) -> Report:
    ladder = load_ladder()
    conditions = ["date_value BETWEEN ? AND ?"]
    parameters: list = [start, end]
    focus = None
    if dyad:
        pair = normalise_key("pair", dyad)
        conditions.append(f"({_PAIR_KEY}) = ?")
        parameters.append(pair)
        focus = pair
    if region:
        conditions.append("(location_admin1 ILIKE ? OR location_country = upper(?))")
        parameters += [region, region]
        focus = region
    rows = connection.execute(
        f"""
        SELECT incident_id, CAST(date_value AS VARCHAR), rung, plover_type, acled_sub_event_type,
               location_name, location_lat, location_lon, source_country, target_country, num_sources,
               num_articles, summary
        FROM incidents WHERE {' AND '.join(conditions)}
        ORDER BY {PRIORITY_SQL} DESC, date_value DESC
        LIMIT ?
        """,
        [*parameters, top],
    ).fetchall()
    report = Report(start, end, focus)
    for (incident_id, day, rung, plover_type, acled, place, lat, lon, source, target, sources, articles,
         summary) in rows:
        dyad_text = f"{source}→{target}" if source and target else source or target
        report.incidents.append(IncidentLine(
            incident_id, day, rung or 0, f"{plover_type} ({ladder.name_of(rung or 0)})", acled, place, lat, lon,
            dyad_text, sources or 0, articles or 0, summary or "", _links(connection, incident_id),
        ))
    # The pairs an analyst reads first: most severe and best-sourced incidents in all, not merely the
    # most incidents (a week of trade quarrels outnumbers one well-reported attack).
    pairs = [focus] if dyad else [
        key for (key,) in connection.execute(
            f"""
            SELECT {_PAIR_KEY} AS key
            FROM incidents WHERE {' AND '.join(conditions)} AND source_country IS NOT NULL
              AND target_country IS NOT NULL AND source_country <> target_country
            GROUP BY key ORDER BY sum({PRIORITY_SQL}) DESC, count(*) DESC, key LIMIT 5
            """,
            parameters,
        ).fetchall()
    ]
    for key in pairs:
        assessment = assess(connection, "pair", key, start, end)
        history = build_series(connection, "pair", "week", key, end - timedelta(weeks=12), end).get(key, [])
        report.assessments.append((assessment, [point.conflict_intensity for point in history]))
        report.statements.extend(assessment.statements)
    return report


def sparkline(values: list[float]) -> str:
    if not values:
        return ""
    high = max(values) or 1.0
    return "".join(_BLOCKS[min(len(_BLOCKS) - 1, int(value / high * (len(_BLOCKS) - 1)))] for value in values)


def _link_md(label: str, target: str) -> str:
    return f"[{label}]({target})" if target.startswith("http") else f"{label} ({target})"


def _reporting(item: IncidentLine) -> str:
    """How widely an incident was reported: "5 articles, 1 outlet"."""
    return f"{counted(item.articles, 'article')}, {counted(item.sources, 'outlet')}"


def render_markdown(report: Report) -> str:
    lines = [f"# Situation report: {report.start} to {report.end}" + (f" — {report.focus}" if report.focus else ""), ""]
    lines += ["## Escalation", ""]
    if not report.assessments:
        lines.append("No dyad with coded incidents in this period.")
    for assessment, history in report.assessments:
        lines.append(f"- **{assessment.headline}**  ")
        lines.append(f"  weekly intensity, last 12 weeks: `{sparkline(history)}`; {assessment.baseline}")
        for signal in assessment.signals[:3]:
            evidence = ", ".join(item.incident_id for item in signal.evidence)
            lines.append(f"  - {signal.kind}: {signal.explanation} ({evidence})")
    lines += ["", "## Top incidents", ""]
    if not report.incidents:
        lines.append("No incidents in this period.")
    else:
        lines.append("| date | rung | what | where | who | reports | sources' reports |")
        lines.append("|---|---|---|---|---|---|---|")
        for item in report.incidents:
            links = "; ".join(_link_md(label, target) for label, target in item.links[:4])
            summary = item.summary.replace("|", "\\|").replace("\n", " ")
            lines.append(f"| {item.date or '?'} | {item.rung} | {summary} | {item.place or '?'} | "
                         f"{item.dyad or '?'} | {_reporting(item)} | {links} |")
    lines += ["", "## Key statements", ""]
    if not report.statements:
        lines.append("No statements with an escalation stance.")
    for statement in report.statements[:10]:
        who = statement["speaker"] or statement["speaker_text"] or "unknown speaker"
        source = _link_md(statement["outlet"] or "article", statement["url"] or f"article:{statement['article_id']}")
        lines.append(f"- {who} ({statement['stance']}): “{statement['content']}” — {source}")
    lines += ["", "## Where", ""]
    for item in report.incidents:
        if item.lat is not None:
            lines.append(f"- {item.place}: {item.lat:.2f}, {item.lon:.2f} — {item.incident_id}")
    return "\n".join(lines) + "\n"


def _svg_sparkline(values: list[float], width: int = 160, height: int = 32) -> str:
    if not values:
        return ""
    high = max(values) or 1.0
    step = width / max(1, len(values) - 1)
    points = " ".join(
        f"{i * step:.1f},{height - value / high * (height - 2) - 1:.1f}" for i, value in enumerate(values)
    )
    return (f'<svg width="{width}" height="{height}" role="img" aria-label="weekly conflict intensity">'
            f'<polyline fill="none" stroke="#b3261e" stroke-width="1.5" points="{points}"/></svg>')


def _svg_map(items: list[IncidentLine], width: int = 720, height: int = 360) -> str:
    placed = [item for item in items if item.lat is not None and item.lon is not None]
    if not placed:
        return "<p>No located incidents.</p>"
    grid = "".join(
        f'<line x1="{(lon + 180) / 360 * width:.0f}" y1="0" x2="{(lon + 180) / 360 * width:.0f}" y2="{height}"/>'
        for lon in range(-150, 180, 30)
    ) + "".join(
        f'<line x1="0" y1="{(90 - lat) / 180 * height:.0f}" x2="{width}" y2="{(90 - lat) / 180 * height:.0f}"/>'
        for lat in range(-60, 90, 30)
    )
    dots = "".join(
        f'<circle cx="{(item.lon + 180) / 360 * width:.1f}" cy="{(90 - item.lat) / 180 * height:.1f}" '
        f'r="{3 + min(item.sources, 6)}"><title>{html.escape(item.place or "")}: '
        f"{html.escape(item.summary[:120])}</title></circle>"
        for item in placed
    )
    return (f'<svg width="{width}" height="{height}" role="img" aria-label="incident locations on a '
            f'latitude/longitude grid" style="background:#f4f6f8"><g stroke="#d0d7de">{grid}</g>'
            f'<g fill="#b3261e" fill-opacity="0.7">{dots}</g></svg>')


def render_html(report: Report) -> str:
    e = html.escape

    def link(label: str, target: str) -> str:
        if target.startswith("http"):
            return f'<a href="{e(target)}">{e(label)}</a>'
        return f"{e(label)} <code>{e(target)}</code>"

    title = f"Situation report: {report.start} to {report.end}" + (f" — {report.focus}" if report.focus else "")
    parts = [f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{e(title)}</title>",
             "<style>body{font:15px/1.5 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em}"
             "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:4px;"
             "text-align:left;vertical-align:top}.verdict{font-weight:600}</style></head><body>",
             f"<h1>{e(title)}</h1>", "<h2>Escalation</h2>"]
    if not report.assessments:
        parts.append("<p>No dyad with coded incidents in this period.</p>")
    for assessment, history in report.assessments:
        parts.append(f'<p class="verdict">{e(assessment.headline)}</p><p>{_svg_sparkline(history)} '
                     f"{e(assessment.baseline)}</p><ul>")
        for signal in assessment.signals[:3]:
            parts.append(f"<li>{e(signal.kind)}: {e(signal.explanation)} "
                         f"({e(', '.join(item.incident_id for item in signal.evidence))})</li>")
        parts.append("</ul>")
    parts.append("<h2>Top incidents</h2><table><tr><th>date</th><th>rung</th><th>what</th><th>where</th>"
                 "<th>who</th><th>reports</th><th>sources' reports</th></tr>")
    for item in report.incidents:
        links = "<br>".join(link(label, target) for label, target in item.links[:4])
        parts.append(f"<tr><td>{e(item.date or '?')}</td><td>{item.rung}</td><td>{e(item.summary)}</td>"
                     f"<td>{e(item.place or '?')}</td><td>{e(item.dyad or '?')}</td><td>{e(_reporting(item))}</td>"
                     f"<td>{links}</td></tr>")
    parts.append("</table><h2>Key statements</h2><ul>")
    for statement in report.statements[:10]:
        who = statement["speaker"] or statement["speaker_text"] or "unknown speaker"
        source = link(statement["outlet"] or "article", statement["url"] or f"article:{statement['article_id']}")
        parts.append(f"<li>{e(who)} ({e(statement['stance'])}): “{e(statement['content'])}” — {source}</li>")
    parts.append(f"</ul><h2>Where</h2>{_svg_map(report.incidents)}</body></html>")
    return "".join(parts)

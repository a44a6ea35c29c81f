"""``sitrep report``: a situation report for a period, as Markdown or self-contained HTML.

Every incident, signal and statement in it links back to the articles it came from.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb

from sitrep.analysis.assess import Assessment, assess, counted
from sitrep.analysis.incidents import PRIORITY_SQL
from sitrep.analysis.ladder import load_ladder
from sitrep.analysis.outline_map import outline_path
from sitrep.analysis.series import DOMESTIC_MEASURE_SQL, build_series, normalise_key
from sitrep.analysis.signals import VIOLENT_RUNG
from sitrep.nlp.spans import trigger_offset

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
    region_point: tuple[float, float] | None = None  # centre of the region, for one placed only to a region
    related: list[str] = field(default_factory=list)  # incidents of the same day, place, sides and stories


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


def _region_point(connection: duckdb.DuckDBPyConnection, incident_id: str, place: str | None
                  ) -> tuple[float, float] | None:
    """The centre of the admin1 region an incident is placed in, from its reports' places; a
    country-wide placement is no point at all."""
    if not place:
        return None
    row = connection.execute(
        """
        SELECT avg(e.location_lat), avg(e.location_lon)
        FROM incident_mentions m JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        WHERE m.incident_id = ? AND e.location_name = ? AND e.location_feature = 'admin1'
        """,
        [incident_id, place],
    ).fetchone()
    return (row[0], row[1]) if row and row[0] is not None else None


QUOTED_EXCERPT_CHARS = 80


def inside_quotation(sentence: str, offset: int) -> bool:
    """Whether the words at ``offset`` are someone's quoted words: an opening quotation mark before them that
    is not closed ("'This massacre is a tragic sign ...,' Levin tweeted"; a sentence that opens a quote
    running on into the next one counts too), or words before a closing mark whose quote the sentence before
    opened ("The police returned fire,' the minister said")."""
    curly = [char for char in sentence if char in "“”"]
    opened = (sentence.count('"') % 2 == 1 and not sentence.lstrip().startswith('"')) or (
        bool(curly) and curly[0] == "”")
    for char in sentence[:offset]:
        if char == '"':
            opened = not opened
        elif char == "“":
            opened = True
        elif char == "”":
            opened = False
    return opened


def act_summary(connection: duckdb.DuckDBPyConnection, incident_id: str, plover_type: str, summary: str) -> str:
    """The incident's summary, or, when the sentence that set its rung is a quotation ("'This prison break
    massacre is a tragic sign ...,' Levin tweeted"), the reporter's own sentence of the act of the same type,
    with the quotation the rung rests on after it: a line should say what happened, not what someone said of it."""
    rows = connection.execute(
        """
        SELECT e.sentence, e.trigger, e.trigger_start, e.plover_type, coalesce(e.confidence, 0), e.start
        FROM incident_mentions m JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        WHERE m.incident_id = ? AND e.trigger_start IS NOT NULL
        ORDER BY e.article_id, e.start
        """,
        [incident_id],
    ).fetchall()
    # The trigger's place in its sentence (an event's start is its clause's, not its sentence's).
    rows = [(sentence, trigger_offset(sentence, trigger, trigger_start, start), kind, confidence, start)
            for sentence, trigger, trigger_start, kind, confidence, start in rows]
    rows = [row for row in rows if row[1] is not None]
    leads = [offset for sentence, offset, *_ in rows if sentence == summary]
    if not leads or not all(inside_quotation(summary, offset) for offset in leads):
        return summary
    told = [(confidence, -start, sentence) for sentence, offset, kind, confidence, start in rows
            if kind == plover_type and sentence != summary and not inside_quotation(sentence, offset)]
    if not told:
        return summary
    quoted = summary if len(summary) <= QUOTED_EXCERPT_CHARS else summary[: QUOTED_EXCERPT_CHARS - 1].rstrip() + "…"
    return f"{max(told)[2]} (the rung rests on a quotation: {quoted})"


def _same_event(first: tuple, second: tuple) -> bool:
    """Same day and place, and sides that agree where both are known (a report that names no attacker
    does not make another attack)."""
    (day, place, *sides), (other_day, other_place, *other_sides) = first, second
    return bool(day and place) and (day, place) == (other_day, other_place) and all(
        a is None or b is None or a == b for a, b in zip(sides, other_sides, strict=True))


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
        SELECT incident_id, CAST(date_value AS VARCHAR), rung, plover_type, acled_sub_event_type, location_name,
               -- a point only: a region's or country's centre (location_precision) is drawn as a region below
               CASE WHEN coalesce(location_precision, 'point') IN ('point', 'admin2') THEN location_lat END,
               CASE WHEN coalesce(location_precision, 'point') IN ('point', 'admin2') THEN location_lon END,
               source_country, target_country, num_sources,
               num_articles, summary,
               (SELECT list(DISTINCT m.article_id) FROM incident_mentions m WHERE m.incident_id = i.incident_id),
               coalesce({DOMESTIC_MEASURE_SQL}, false)
        FROM incidents i WHERE {' AND '.join(conditions)}
        ORDER BY {PRIORITY_SQL} DESC, date_value DESC
        LIMIT ?
        """,
        [*parameters, top * FOLD_HEADROOM],
    ).fetchall()
    report = Report(start, end, focus)
    kept: list[tuple[tuple, IncidentLine, set[str]]] = []
    for (incident_id, day, rung, plover_type, acled, place, lat, lon, source, target, sources, articles,
         summary, article_ids, domestic) in rows:
        # The same day, place and sides, told by the same stories, is one event to a reader even where the
        # clustering made two incidents of it (a hijacking, and the attack on the train): one line.
        same = (day, place, source, target)
        shown = next((line for facts, line, ids in kept if _same_event(facts, same) and ids & set(article_ids or [])),
                     None)
        if shown is not None:
            shown.related.append(incident_id)
            continue
        if len(report.incidents) >= top:
            continue
        dyad_text = f"{source}→{target}" if source and target else source or target
        report.incidents.append(IncidentLine(
            # An arrest or deportation at home is named as what it is, not as a rung of a conflict's ladder.
            incident_id, day, rung or 0,
            f"{plover_type} ({DOMESTIC_LABEL if domestic else ladder.name_of(rung or 0)})", acled, place, lat, lon,
            dyad_text, sources or 0, articles or 0, act_summary(connection, incident_id, plover_type, summary or ""),
            _links(connection, incident_id),
            None if lat is not None else _region_point(connection, incident_id, place),
        ))
        kept.append((same, report.incidents[-1], set(article_ids or [])))
    # The pairs an analyst reads first: most severe and best-sourced incidents in all, not merely the
    # most incidents (a week of trade quarrels outnumbers one well-reported attack). A country's own
    # conflict (the state against an insurgency: PAK-PAK) is one of them when there was organised violence
    # in it; a state's arrests, deportations and words at home are domestic politics, not a conflict.
    pairs = [focus] if dyad else [
        key for (key,) in connection.execute(
            f"""
            SELECT {_PAIR_KEY} AS key
            FROM incidents WHERE {' AND '.join(conditions)} AND source_country IS NOT NULL
              AND target_country IS NOT NULL
            GROUP BY key
            HAVING bool_or(source_country <> target_country) OR max(coalesce(rung, 0)) >= {VIOLENT_RUNG}
            ORDER BY sum(CASE WHEN {DOMESTIC_MEASURE_SQL} THEN 0 ELSE {PRIORITY_SQL} END) DESC, count(*) DESC,
                     key
            LIMIT 5
            """,
            parameters,
        ).fetchall()
    ]
    for key in pairs:
        assessment = assess(connection, "pair", key, start, end)
        # The chart covers the report's period, and never less than the 12 weeks that give it a baseline.
        first = min(start, end - timedelta(weeks=HISTORY_WEEKS))
        history = build_series(connection, "pair", "week", key, first, end).get(key, [])
        report.assessments.append((assessment, [point.conflict_intensity for point in history]))
    # Lines whose highest rung or escalation rests on one article come after those a second report confirms.
    report.assessments.sort(key=lambda item: item[0].single_report)
    report.statements = key_statements([assessment for assessment, _ in report.assessments])
    return report


HISTORY_WEEKS = 12
DOMESTIC_LABEL = "law enforcement at home, not counted as escalation"
FOLD_HEADROOM = 3  # rows read per line shown, so that folding related incidents still fills the table
STATEMENTS_PER_PAIR = 3
MAX_STATEMENTS = 10


def key_statements(assessments: list[Assessment]) -> list[dict]:
    """A few statements per pair, each once: one talkative article must not fill the section."""
    chosen: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for assessment in assessments:
        taken = 0
        for statement in assessment.statements:
            key = (statement["article_id"], statement["quote_id"])
            text = (statement["speaker"] or statement["speaker_text"] or "", statement["content"] or "")
            if key in seen or text in seen or taken >= STATEMENTS_PER_PAIR:
                continue
            seen.update({key, text})
            chosen.append(statement)
            taken += 1
    return chosen[:MAX_STATEMENTS]


_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my"})


def _possessive(country: str) -> str:
    """ "IRN" -> "Iran's", "USA" -> "United States'"; the code itself when the dictionary has no name for it."""
    from sitrep.actors.legislatures import country_name  # the actor dictionary, loaded only when needed

    name = country_name(country)
    if name is None:
        return f"{country}'s"
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def statement_words(statement: dict) -> tuple[str, str]:
    """Who, and what they said as a report writes it: a direct quote in quotation marks; reported speech
    after its cue verb and without them ("threatened the European Union with 200% tariffs"), since
    quotation marks would claim words the speaker never used."""
    who = statement["speaker"] or statement["speaker_text"] or "unknown speaker"
    if statement.get("country") and who.split(" ", 1)[0].casefold() in _POSSESSIVES and " " in who:
        # "his U.N. mission" says whose only through the country (the quote coder may give those words as the
        # name): a reader wants "Iran's U.N. mission", as a report would write it
        who = f"{_possessive(statement['country'])} {who.split(' ', 1)[1]}"
    content = statement["content"] or ""
    cue = statement.get("cue")
    if statement.get("type") in ("indirect", "mixed") and cue:
        # A span that already holds its cue ('That said," he added, "…') reads as it stands.
        if re.search(rf"\b{re.escape(cue)}\b", content):
            return who, content
        return who, f"{cue} {content}"
    return who, f"“{content}”"


MAX_BARS = 52  # a chart longer than a year of weeks is read in bars of several weeks each


def weekly_bars(history: list[float]) -> tuple[list[float], int]:
    """Weekly intensities summed into at most MAX_BARS bars (the latest bar ends with the period), and the
    weeks per bar: ten years of weeks in one line of 522 characters cannot be read."""
    per_bar = max(1, -(-len(history) // MAX_BARS))
    if per_bar == 1:
        return history, 1
    first = len(history) % per_bar  # an incomplete oldest bar is dropped: it would read as a lull
    return [sum(history[i:i + per_bar]) for i in range(first, len(history), per_bar)], per_bar


def chart_label(history: list[float]) -> str:
    _, per_bar = weekly_bars(history)
    if per_bar == 1:
        return f"weekly intensity, last {counted(len(history), 'week')}"
    bars = len(history) // per_bar
    return f"intensity per {per_bar} weeks, last {counted(bars * per_bar, 'week')}"


def sparkline(values: list[float]) -> str:
    if not values:
        return ""
    high = max(values) or 1.0
    return "".join(_BLOCKS[min(len(_BLOCKS) - 1, int(value / high * (len(_BLOCKS) - 1)))] for value in values)


def _link_md(label: str, target: str) -> str:
    return f"[{label}]({target})" if target.startswith("http") else f"{label} ({target})"


def reporting(item: IncidentLine) -> str:
    """How widely an incident was reported: "5 articles, 1 outlet"."""
    return f"{counted(item.articles, 'article')}, {counted(item.sources, 'outlet')}"


def render_markdown(report: Report) -> str:
    lines = [f"# Situation report: {report.start} to {report.end}" + (f" — {report.focus}" if report.focus else ""), ""]
    lines += ["## Escalation", ""]
    if not report.assessments:
        lines.append("No dyad with coded incidents in this period.")
    for assessment, history in report.assessments:
        lines.append(f"- **{assessment.headline}**  ")
        lines.append(f"  {chart_label(history)}: `{sparkline(weekly_bars(history)[0])}`; {assessment.baseline}")
        for signal in assessment.signals[:3]:
            evidence = ", ".join(item.incident_id for item in signal.evidence)
            lines.append(f"  - {signal.kind}: {signal.explanation} ({evidence})")
    lines += ["", "## Top incidents", ""]
    if not report.incidents:
        lines.append("No incidents in this period.")
    else:
        lines.append("| date | rung | what | where | who | reported in | articles |")
        lines.append("|---|---|---|---|---|---|---|")
        for item in report.incidents:
            links = "; ".join(_link_md(label, target) for label, target in item.links[:4])
            summary = f"**{item.plover_type}**: {item.summary}{_related(item)}".replace("|", "\\|").replace("\n", " ")
            lines.append(f"| {item.date or '?'} | {item.rung} | {summary} | {item.place or '?'} | "
                         f"{item.dyad or '?'} | {reporting(item)} | {links} |")
    lines += ["", "## Key statements", ""]
    if not report.statements:
        lines.append("No statements with an escalation stance.")
    for statement in report.statements:
        who, words = statement_words(statement)
        source = _link_md(statement["outlet"] or "article", statement["url"] or f"article:{statement['article_id']}")
        lines.append(f"- {who} ({stance_word(statement['stance'])}): {words} — {source}")
    lines += ["", "## Where", ""]
    for item in report.incidents:
        if item.lat is not None:
            lines.append(f"- {item.place}: {item.lat:.2f}, {item.lon:.2f} — {item.incident_id}")
        elif item.region_point:
            lines.append(f"- {item.place} (region; its centre {item.region_point[0]:.2f}, "
                         f"{item.region_point[1]:.2f}) — {item.incident_id}")
    unplaced = not_on_map(report.incidents)
    if unplaced:
        lines.append(f"- Not on the map (no point location): {unplaced}")
    return "\n".join(lines) + "\n"


def _related(item: IncidentLine) -> str:
    if not item.related:
        return ""
    return f" (with {', '.join(item.related)}: same day, place, sides and reports)"


def stance_word(stance: str) -> str:
    return stance.replace("_", " ")


def not_on_map(items: list[IncidentLine]) -> str:
    """Incidents the map cannot show: placed only to a region or country, or not at all."""
    places: dict[str, list[str]] = {}
    for item in items:
        if item.lat is None and item.region_point is None:
            places.setdefault(item.place or "no place", []).append(item.incident_id)
    return "; ".join(f"{place} ({', '.join(ids)})" for place, ids in places.items())


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


def svg_map(items: list[IncidentLine], width: int = 720, height: int = 360) -> str:
    placed = [item for item in items if item.lat is not None and item.lon is not None]
    regions = [item for item in items if item.region_point is not None]
    if not placed and not regions:
        return "<p>No located incidents.</p>"
    outlines = outline_path(width, height)
    if outlines:
        background = f'<path d="{outlines}" fill="#e3e7eb" stroke="#b8c0c8" stroke-width="0.5"/>'
        label = "incident locations on a map of country outlines"
    else:
        background = '<g stroke="#d0d7de">' + "".join(
            f'<line x1="{(lon + 180) / 360 * width:.0f}" y1="0" x2="{(lon + 180) / 360 * width:.0f}" y2="{height}"/>'
            for lon in range(-150, 180, 30)
        ) + "".join(
            f'<line x1="0" y1="{(90 - lat) / 180 * height:.0f}" x2="{width}" y2="{(90 - lat) / 180 * height:.0f}"/>'
            for lat in range(-60, 90, 30)
        ) + "</g>"
        label = "incident locations on a latitude/longitude grid (country outlines not installed)"
    dots = "".join(
        f'<circle cx="{(item.lon + 180) / 360 * width:.1f}" cy="{(90 - item.lat) / 180 * height:.1f}" '
        f'r="{3 + min(item.sources, 6)}"><title>{html.escape(item.place or "")}: '
        f"{html.escape(item.summary[:120])}</title></circle>"
        for item in placed
    )
    # Placed only to a region: a hollow ring at the region's centre, not a dot claiming a spot.
    rings = "".join(
        f'<circle cx="{(lon + 180) / 360 * width:.1f}" cy="{(90 - lat) / 180 * height:.1f}" '
        f'r="{5 + min(item.sources, 6)}"><title>{html.escape(item.place or "")} (region): '
        f"{html.escape(item.summary[:120])}</title></circle>"
        for item in regions for lat, lon in [item.region_point]  # type: ignore[misc]
    )
    return (f'<svg width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" '
            f'aria-label="{label}" style="background:#f4f6f8">{background}'
            f'<g fill="none" stroke="#b3261e" stroke-width="1.5">{rings}</g>'
            f'<g fill="#b3261e" fill-opacity="0.7" stroke="#fff" stroke-width="0.5">{dots}</g></svg>')


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
        parts.append(f'<p class="verdict">{e(assessment.headline)}</p><p>{e(chart_label(history))}: '
                     f"{_svg_sparkline(weekly_bars(history)[0])} {e(assessment.baseline)}</p><ul>")
        for signal in assessment.signals[:3]:
            parts.append(f"<li>{e(signal.kind)}: {e(signal.explanation)} "
                         f"({e(', '.join(item.incident_id for item in signal.evidence))})</li>")
        parts.append("</ul>")
    parts.append("<h2>Top incidents</h2><table><tr><th>date</th><th>rung</th><th>what</th><th>where</th>"
                 "<th>who</th><th>reported in</th><th>articles</th></tr>")
    for item in report.incidents:
        links = "<br>".join(link(label, target) for label, target in item.links[:4])
        parts.append(f"<tr><td>{e(item.date or '?')}</td><td>{item.rung}</td>"
                     f"<td><b>{e(item.plover_type)}</b>: {e(item.summary)}{e(_related(item))}</td>"
                     f"<td>{e(item.place or '?')}</td><td>{e(item.dyad or '?')}</td><td>{e(reporting(item))}</td>"
                     f"<td>{links}</td></tr>")
    parts.append("</table><h2>Key statements</h2><ul>")
    if not report.statements:
        parts.append("<li>No statements with an escalation stance.</li>")
    for statement in report.statements:
        who, words = statement_words(statement)
        source = link(statement["outlet"] or "article", statement["url"] or f"article:{statement['article_id']}")
        parts.append(f"<li>{e(who)} ({e(stance_word(statement['stance']))}): {e(words)} — {source}</li>")
    parts.append(f"</ul><h2>Where</h2>{svg_map(report.incidents)}")
    unplaced = not_on_map(report.incidents)
    if unplaced:
        parts.append(f"<p>Not on the map (no point location): {e(unplaced)}</p>")
    parts.append("</body></html>")
    return "".join(parts)

"""Single-record views: an article with every span to highlight, an incident with its mentions."""

from __future__ import annotations

from typing import Any

import duckdb

from sitrep.analysis.article_links import ARTICLE_EVENT_ID
from sitrep.api.resources import INCIDENTS_SQL, LATEST_REVIEWS, REVIEW_COLUMNS
from sitrep.store import rows


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def reviews_of(connection: duckdb.DuckDBPyConnection, article_id: str, event_id: str | None = None) -> list[dict]:
    """Every review of an article's events (or of one event), newest first."""
    sql = f"SELECT {', '.join(REVIEW_COLUMNS)}, event_id FROM event_reviews WHERE article_id = ?"
    parameters: list = [article_id]
    if event_id is not None:
        sql += " AND event_id = ?"
        parameters.append(event_id)
    return _dicts(connection.execute(sql + " ORDER BY reviewed_at DESC, review_id DESC", parameters))


def _date_span(text: str, event: dict[str, Any]) -> tuple[int, int] | None:
    """Where the event's date expression is: the store keeps its text, not its offsets, so find it
    inside the event's own clause (never elsewhere in the article)."""
    expression = (event.get("date") or {}).get("text")
    start, end = event.get("start"), event.get("end")
    if not expression or start is None or end is None:
        return None
    found = text.find(expression, start, max(end, start + len(expression)))
    return (found, found + len(expression)) if found >= 0 else None


def article_detail(connection: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    cursor = connection.execute(
        "SELECT *, (SELECT count(*) FROM events WHERE article_id = articles.id) AS n FROM articles WHERE id = ?",
        [article_id],
    )
    found = _dicts(cursor)
    if not found:
        return None
    row = found[0]
    article = rows.article_from_row(row).to_dict()
    article.update(coded_at=row["coded_at"], coded_version=row["coded_version"], code_error=row["code_error"])
    text: str = article["text"]
    event_rows = _dicts(connection.execute('SELECT * FROM events WHERE article_id = ? ORDER BY start, "end"',
                                           [article_id]))
    quote_rows = _dicts(connection.execute('SELECT * FROM quotes WHERE article_id = ? ORDER BY start', [article_id]))
    place_rows = _dicts(connection.execute("SELECT * FROM places WHERE article_id = ? ORDER BY place_index",
                                           [article_id]))
    latest: dict[str, dict] = {}
    for review in reviews_of(connection, article_id):
        latest.setdefault(review.pop("event_id"), review)
    incidents = dict(connection.execute(
        "SELECT event_id, incident_id FROM incident_mentions WHERE article_id = ?", [article_id]
    ).fetchall())
    spans: list[dict[str, Any]] = []
    events = []
    for event_row in event_rows:
        event = rows.event_from_row(event_row)
        record = event.to_dict()
        record["trigger_start"], record["trigger_end"] = event.trigger_start, event.trigger_end
        record["review"] = latest.get(event.event_id)
        record["incident_id"] = incidents.get(event.event_id)
        events.append(record)
        label = f"{event.plover_type}" + (f" ({event.plover_mode})" if event.plover_mode else "")
        spans.append({"kind": "event", "start": event.start, "end": event.end, "label": label, "ref": event.event_id})
        if event.trigger_start is not None and event.trigger_end is not None:
            spans.append({"kind": "trigger", "start": event.trigger_start, "end": event.trigger_end,
                          "label": f"trigger of {label}", "ref": event.event_id})
        for role, actors in (("source", event.source), ("target", event.target)):
            for actor in actors:
                if actor.start is not None and actor.end is not None:
                    spans.append({"kind": "actor", "start": actor.start, "end": actor.end,
                                  "label": f"{role}: {actor.name or actor.text} [{actor.code or '?'}]",
                                  "ref": event.event_id})
        date_span = _date_span(text, record)
        if date_span:
            spans.append({"kind": "date", "start": date_span[0], "end": date_span[1],
                          "label": f"date: {record['date']['value']} ({record['date']['precision']})",
                          "ref": event.event_id})
    quotes = []
    for quote_row in quote_rows:
        quote = rows.quote_from_row(quote_row)
        quotes.append(quote.to_dict())
        stance = f", {quote.stance.label}" if quote.stance else ""
        spans.append({"kind": "quote", "start": quote.start, "end": quote.end,
                      "label": f"{quote.type} quote{stance}", "ref": quote.quote_id})
        if quote.speaker and quote.speaker.start is not None and quote.speaker.end is not None:
            spans.append({"kind": "speaker", "start": quote.speaker.start, "end": quote.speaker.end,
                          "label": f"speaker: {quote.speaker.name or quote.speaker.text}", "ref": quote.quote_id})
        if quote.cue_start is not None and quote.cue_end is not None:
            spans.append({"kind": "cue", "start": quote.cue_start, "end": quote.cue_end,
                          "label": f"cue: {quote.cue}", "ref": quote.quote_id})
    places = []
    for place_row in place_rows:
        place = rows.place_from_row(place_row).to_dict()
        places.append(place)
        spans.append({"kind": "place", "start": place["start"], "end": place["end"],
                      "label": f"place: {place['name'] or place['text']} ({place['country'] or '?'})", "ref": None})
    length = len(text)
    valid = [span for span in spans if 0 <= span["start"] < span["end"] <= length]
    valid.sort(key=lambda span: (span["start"], -span["end"]))
    return {"article": article, "spans": valid, "events": events, "quotes": quotes, "places": places,
            "incidents": incidents}


def incident_detail(connection: duckdb.DuckDBPyConnection, incident_id: str) -> dict[str, Any] | None:
    found = _dicts(connection.execute(f"{INCIDENTS_SQL} WHERE incident_id = ?", [incident_id]))
    if not found:
        return None
    mentions = _dicts(connection.execute(
        """
        SELECT m.article_id, m.event_id, a.title, a.outlet, a.url, a.published, e.sentence, e.start, e."end",
               e.trigger, e.trigger_start, e.trigger_end, e.plover_type, e.date_text
        FROM incident_mentions m
        JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        JOIN articles a ON a.id = m.article_id
        WHERE m.incident_id = ? ORDER BY a.published NULLS LAST, a.outlet, m.article_id, e.start
        """,
        [incident_id],
    ))
    # Articles linked as a whole (a reaction, a follow-up: sitrep.analysis.article_links) have no event in
    # the incident, so the join above skips them; they are listed apart, saying how they were linked.
    linked = _dicts(connection.execute(
        """
        SELECT m.article_id, a.title, a.outlet, a.url, a.published, 'headline and lead' AS linked_by
        FROM incident_mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.incident_id = ? AND m.event_id = ? ORDER BY a.published NULLS LAST, a.outlet, m.article_id
        """,
        [incident_id, ARTICLE_EVENT_ID],
    ))
    from sitrep.analysis.assess import assess_incident
    from sitrep.api.analysis_routes import as_json

    try:
        assessment = as_json(assess_incident(connection, incident_id))
    except LookupError:
        assessment = {}
    return {"incident": found[0], "mentions": mentions, "linked_articles": linked, "assessment": assessment}


MAP_LIMIT = 50_000


def map_points(
    connection: duckdb.DuckDBPyConnection, kind: str, sql: str, parameters: list
) -> tuple[list[list[Any]], bool]:
    """Compact [lat, lon, plover_type, sources, id, precision] rows of a filtered list, for the map.

    ``precision`` is "point" for a place, or the area ("admin1", "country", ...) whose centre an incident
    placed only to that area carries, so that the map can draw it as an area and not as an exact spot.
    """
    # Four decimals (~10 m) are plenty for a marker and make the payload a third smaller.
    where = "round(location_lat, 4), round(location_lon, 4)"
    if kind == "events":
        select = (f"SELECT {where}, coalesce(review_plover_type, plover_type), coalesce(num_sources, 1), "
                  "article_id || '/' || event_id, 'point'")
    else:
        select = (f"SELECT {where}, plover_type, coalesce(num_sources, 1), incident_id, "
                  "coalesce(location_precision, 'point')")
    points = connection.execute(
        f"{select} FROM ({sql}) WHERE location_lat IS NOT NULL AND location_lon IS NOT NULL LIMIT ?",
        [*parameters, MAP_LIMIT + 1],
    ).fetchall()
    truncated = len(points) > MAP_LIMIT
    return [list(point) for point in points[:MAP_LIMIT]], truncated


__all__ = ["LATEST_REVIEWS", "article_detail", "incident_detail", "map_points", "reviews_of"]

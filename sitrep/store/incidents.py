"""Reading coded events for incident clustering, and writing incidents back.

A row of incident_mentions is one event of an article in an incident, or, with the event id
``"article"`` (ARTICLE_EVENT_ID), a whole article linked to an incident it reports without an event of
its own there (a reaction, a follow-up: see sitrep.analysis.article_links). Joins on the events table
skip those rows; queries on articles (sources, links, statements) count them; the API's incident detail
lists them apart ("linked_articles"). An article has at most one such row (the primary key is
article and event id): re-examined when an incident of its days changes, it moves rather than multiplies.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

import duckdb

from sitrep.analysis.article_links import ARTICLE_EVENT_ID, OWN_EVENT_MODES, TOLD_DAYS_BACK, ArticleLink, ArticleText
from sitrep.analysis.incidents import AREA_FEATURES, EventMention, IncidentSummary

# Only what the text says happened, and recently, becomes an incident: an event the text dates
# months before the article ("the 2004 bombing") is a reference to old news, and one dated after it
# ("by 2050") is no news yet. Archives of contemporaneous reports give those their own incidents.
NEWS_WINDOW_DAYS = 90
_FACTUAL = (
    "NOT coalesce(e.negated, false) AND NOT coalesce(e.hypothetical, false) AND NOT coalesce(e.future, false) "
    "AND NOT coalesce(e.historical, false) AND (a.published IS NULL OR TRY_CAST(e.date_value AS DATE) IS NULL "
    f"OR TRY_CAST(e.date_value AS DATE) BETWEEN CAST(a.published AS DATE) - {NEWS_WINDOW_DAYS} "
    "AND CAST(a.published AS DATE) + 1)"
)

_NIGHT = re.compile(r"\bnight\b|\bovernight\b", re.IGNORECASE)  # "overnight", "on Tuesday night", "last night"

_MENTION_COLUMNS = """
    e.article_id, e.event_id, e.plover_type, e.sentence, e.start, e."end", a.outlet, a.published,
    e.source, e.target, e.date_value, e.date_precision, e.location_lat, e.location_lon, e.location_country,
    e.location_admin1, e.location_name, e.location_geonameid, e.dead, e.injured, e.captured, e.plover_mode,
    e.cameo_code, e.goldstein, e.quad_class, e.acled_event_type, e.acled_sub_event_type, e.confidence,
    e.source_country, e.target_country, e.location_feature, a.title, e.date_text
"""


def _countries(actors_json: str | None) -> frozenset[str]:
    if not actors_json:
        return frozenset()
    return frozenset(actor["country"] for actor in json.loads(actors_json) if actor.get("country"))


def _parse_day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _mention(row: tuple) -> EventMention:
    (
        article_id,
        event_id,
        plover_type,
        sentence,
        start,
        end,
        outlet,
        published,
        source,
        target,
        date_value,
        date_precision,
        lat,
        lon,
        country,
        admin1,
        location_name,
        geonameid,
        dead,
        injured,
        captured,
        mode,
        cameo,
        goldstein,
        quad_class,
        acled_type,
        acled_sub_type,
        confidence,
        source_country,
        target_country,
        feature,
        title,
        date_text,
    ) = row
    day = _parse_day(date_value)
    precision = date_precision or "reported"
    if day is None and published is not None:
        day, precision = published.date(), "reported"
    area_lat = area_lon = None
    if feature in AREA_FEATURES:
        # The centre of a country or region says nothing about where in it: not a point to cluster on, but
        # kept as the centre an incident placed only to that area is drawn at.
        area_lat, area_lon, lat, lon = lat, lon, None, None
    return EventMention(
        article_id=article_id,
        event_id=event_id,
        plover_type=plover_type,
        sentence=sentence or "",
        start=start or 0,
        end=end or 0,
        outlet=outlet,
        published=published,
        source_countries=_countries(source),
        target_countries=_countries(target),
        event_date=day,
        date_precision=precision,
        lat=lat,
        lon=lon,
        country=country,
        admin1=admin1,
        location_name=location_name,
        geonameid=geonameid,
        dead=dead,
        injured=injured,
        captured=captured,
        plover_mode=mode,
        cameo_code=cameo,
        goldstein=goldstein,
        quad_class=quad_class,
        acled_event_type=acled_type,
        acled_sub_event_type=acled_sub_type,
        confidence=confidence or 0.0,
        source_country=source_country,
        target_country=target_country,
        title=title or "",
        night=precision == "day" and bool(date_text) and _NIGHT.search(date_text) is not None,
        feature=feature,
        area_lat=area_lat,
        area_lon=area_lon,
    )


def drop_stale_mentions(connection: duckdb.DuckDBPyConnection) -> set[str]:
    """Forget mentions whose event was recoded away or is no longer factual; returns the incidents touched."""
    stale = connection.execute(
        f"""
        SELECT m.incident_id, m.article_id, m.event_id FROM incident_mentions m
        LEFT JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        LEFT JOIN articles a ON a.id = m.article_id
        WHERE m.event_id <> ? AND (e.event_id IS NULL OR NOT ({_FACTUAL}))
        """,
        [ARTICLE_EVENT_ID],
    ).fetchall()
    for _, article_id, event_id in stale:
        connection.execute(
            "DELETE FROM incident_mentions WHERE article_id = ? AND event_id = ?", [article_id, event_id]
        )
    return {incident_id for incident_id, _, _ in stale}


def unclustered_mentions(connection: duckdb.DuckDBPyConnection) -> list[EventMention]:
    rows = connection.execute(
        f"""
        SELECT {_MENTION_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id
        WHERE {_FACTUAL} AND e.plover_type IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM incident_mentions m
                          WHERE m.article_id = e.article_id AND m.event_id = e.event_id)
        ORDER BY coalesce(TRY_CAST(e.date_value AS DATE), CAST(a.published AS DATE)), a.published, e.article_id,
                 e.start, e.event_id
        """
    ).fetchall()
    return [_mention(row) for row in rows]


def incidents_near(connection: duckdb.DuckDBPyConnection, first: date, last: date, slack_days: int) -> set[str]:
    """Incidents dated within ``slack_days`` of the period, the only ones a new event could join."""
    rows = connection.execute(
        """
        SELECT incident_id FROM incidents
        WHERE date_value IS NULL
           OR date_value BETWEEN CAST(? AS DATE) - CAST(? AS INTEGER) AND CAST(? AS DATE) + CAST(? AS INTEGER)
        """,
        [first, slack_days, last, slack_days],
    ).fetchall()
    return {row[0] for row in rows}


def mentions_of(connection: duckdb.DuckDBPyConnection, incident_ids: Iterable[str]) -> dict[str, list[EventMention]]:
    ids = sorted(set(incident_ids))
    if not ids:
        return {}
    rows = connection.execute(
        f"""
        SELECT m.incident_id, {_MENTION_COLUMNS} FROM incident_mentions m
        JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        JOIN articles a ON a.id = e.article_id
        WHERE list_contains(?, m.incident_id)
        ORDER BY a.published, e.article_id, e.start
        """,
        [ids],
    ).fetchall()
    grouped: dict[str, list[EventMention]] = {incident_id: [] for incident_id in ids}
    for row in rows:
        grouped[row[0]].append(_mention(row[1:]))
    return grouped


def reassign(connection: duckdb.DuckDBPyConnection, merged: dict[str, str]) -> None:
    """Move the stored mentions of merged-away incidents to the incident that absorbed them."""
    if merged:
        connection.executemany(
            "UPDATE incident_mentions SET incident_id = ? WHERE incident_id = ?",
            [[survivor, absorbed] for absorbed, survivor in merged.items()],
        )


def save(
    connection: duckdb.DuckDBPyConnection,
    new_mentions: Sequence[tuple[str, EventMention]],
    summaries: Sequence[IncidentSummary],
    emptied: Iterable[str],
) -> None:
    """Write new mentions and the touched incidents' summaries. The caller holds the transaction."""
    if new_mentions:
        connection.executemany(
            "INSERT INTO incident_mentions VALUES (?, ?, ?)",
            [[incident_id, m.article_id, m.event_id] for incident_id, m in new_mentions],
        )
    gone = sorted({summary.incident_id for summary in summaries} | set(emptied))
    if gone:
        connection.execute("DELETE FROM incidents WHERE list_contains(?, incident_id)", [gone])
    if summaries:
        # One bulk insert: a row-at-a-time insert took ~20 s for the 4k incidents of 10k events.
        import pyarrow as pa

        names = list(IncidentSummary.__dataclass_fields__)
        now = datetime.now(UTC)
        columns = {name: [getattr(summary, name) for summary in summaries] for name in names}
        columns["updated_at"] = [now] * len(summaries)
        rows = pa.table(columns)  # noqa: F841 - read by name in the query below
        listed = ", ".join([*names, "updated_at"])
        connection.execute(f"INSERT INTO incidents ({listed}) SELECT {listed} FROM rows")


# link_kind (sitrep.analysis.article_links) in SQL: the type, with the mode where it makes an event of its own.
_LINK_KIND = " ".join(
    [f"CASE WHEN e.plover_type = '{plover_type}' AND e.plover_mode IN ({', '.join(repr(m) for m in sorted(modes))}) "
     f"THEN e.plover_type || ':' || e.plover_mode" for plover_type, modes in OWN_EVENT_MODES.items()]
    + ["ELSE e.plover_type" + " END" * len(OWN_EVENT_MODES)]
)

# The days an article's background acts of force are dated to, in the week before it was published ("resumed flights
# on Friday, a day after a drone struck a hangar": Thursday): the days of the attack it follows (``ArticleText``).
_TOLD_DAYS = f"""
        SELECT e.article_id, list(DISTINCT CAST(e.date_value AS DATE)) AS days
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE coalesce(e.historical, false) AND e.quad_class = 4 AND e.date_precision = 'day'
          AND NOT coalesce(e.negated, false)
          AND NOT coalesce(e.hypothetical, false) AND NOT coalesce(e.future, false)
          AND TRY_CAST(e.date_value AS DATE) BETWEEN CAST(a.published AS DATE) - {TOLD_DAYS_BACK}
                                                 AND CAST(a.published AS DATE)
        GROUP BY e.article_id
"""

# An article's headline, text and date, and the types of its factual events (none: NULL). The events are
# grouped before the join: grouping by the articles' texts would be slow on a large store.
_ARTICLE_TEXT = f"""
    SELECT a.id, coalesce(a.title, ''), a.text, CAST(a.published AS DATE), factual.types, told.days
    FROM articles a LEFT JOIN (
        SELECT e.article_id, list(DISTINCT {_LINK_KIND}) AS types
        FROM events e JOIN articles a ON a.id = e.article_id
        WHERE e.plover_type IS NOT NULL AND {_FACTUAL}
        GROUP BY e.article_id
    ) AS factual ON factual.article_id = a.id
    LEFT JOIN (
        {_TOLD_DAYS}
    ) AS told ON told.article_id = a.id
"""


def unreported_articles(connection: duckdb.DuckDBPyConnection) -> list[ArticleText]:
    """Articles coded since incidents were last updated that have no factual event and no link yet:
    each may report an incident as a whole (see sitrep.analysis.article_links)."""
    rows = connection.execute(
        f"""
        {_ARTICLE_TEXT}
        WHERE a.coded_at IS NOT NULL AND a.published IS NOT NULL AND factual.types IS NULL
          AND a.coded_at >= coalesce((SELECT max(updated_at) FROM incidents), TIMESTAMPTZ '1900-01-01')
          AND NOT EXISTS (SELECT 1 FROM incident_mentions m WHERE m.article_id = a.id)
        """
    ).fetchall()
    return [_article_text(row) for row in rows]


def article_texts(connection: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> list[ArticleText]:
    """Headline, text, date and factual event types of these articles."""
    ids = sorted(set(article_ids))
    if not ids:
        return []
    rows = connection.execute(f"{_ARTICLE_TEXT} WHERE list_contains(?, a.id)", [ids]).fetchall()
    return [_article_text(row) for row in rows]


def reaction_articles_on(
    connection: duckdb.DuckDBPyConnection, days: Iterable[date], linkable_kinds: Iterable[str],
    relinkable: Iterable[str],
) -> list[ArticleText]:
    """Articles published on ``days`` (or whose background events are dated to one of them: ``_TOLD_DAYS``) that
    could report an incident as a whole, whenever they were coded:
    their factual events are none or only of ``linkable_kinds`` (``link_kind``), none of those events is in an incident
    another article reports too, and they are not linked yet or linked to one of ``relinkable`` (incidents
    the caller has loaded and can weigh against the others). Linking then does not depend on whether the
    reaction was stored before or after the incident it reacts to."""
    wanted = sorted(set(days))
    if not wanted:
        return []
    rows = connection.execute(
        f"""
        SELECT texts.*, (SELECT list(DISTINCT own.incident_id) FROM incident_mentions own
                         WHERE own.article_id = texts.id AND own.event_id <> $article) AS own_incidents
        FROM ({_ARTICLE_TEXT}
              WHERE a.coded_at IS NOT NULL AND (list_contains($days, CAST(a.published AS DATE))
                                                OR list_has_any($days, coalesce(told.days, [])))
                AND (factual.types IS NULL OR list_has_all($reactions, factual.types))) AS texts
        WHERE NOT EXISTS (
                SELECT 1 FROM incident_mentions own JOIN incident_mentions other ON other.incident_id = own.incident_id
                WHERE own.article_id = texts.id AND own.event_id <> $article
                  AND other.article_id <> texts.id AND other.event_id <> $article
                  -- an incident of words alone (reactions clustered together) does not hold an article back
                  -- (``article_links._isolated``)
                  AND EXISTS (SELECT 1 FROM incident_mentions act
                              JOIN events e ON e.article_id = act.article_id AND e.event_id = act.event_id
                              WHERE act.incident_id = own.incident_id AND e.quad_class IN (2, 4)))
          AND NOT EXISTS (
                SELECT 1 FROM incident_mentions linked
                WHERE linked.article_id = texts.id AND linked.event_id = $article
                  AND NOT list_contains($relinkable, linked.incident_id))
        """,
        {"article": ARTICLE_EVENT_ID, "days": wanted, "reactions": sorted(set(linkable_kinds)),
         "relinkable": sorted(set(relinkable))},
    ).fetchall()
    return [replace(_article_text(row[:6]), own_incidents=frozenset(row[6] or ())) for row in rows]


def _article_text(row: tuple) -> ArticleText:
    article_id, title, text, published, types, told = row
    return ArticleText(article_id, title, text or "", published, own_types=frozenset(types or ()),
                       told_days=frozenset(told or ()))


def stale_links(connection: duckdb.DuckDBPyConnection, examined: Iterable[str], linked: Iterable[str]) -> set[str]:
    """Linked articles whose link no longer holds: re-examined (``examined``) and not linked again (not in
    ``linked``), or whose own events have since joined an incident another article reports (the article is
    then about that incident, not a reaction to this one)."""
    stale = set(examined) - set(linked)
    rows = connection.execute(
        """
        SELECT DISTINCT link.article_id FROM incident_mentions link
        JOIN incident_mentions own ON own.article_id = link.article_id AND own.event_id <> $article
        JOIN incident_mentions other ON other.incident_id = own.incident_id AND other.article_id <> own.article_id
                                        AND other.event_id <> $article
        WHERE link.event_id = $article
          -- not an incident of words alone (``reaction_articles_on``)
          AND EXISTS (SELECT 1 FROM incident_mentions act
                      JOIN events e ON e.article_id = act.article_id AND e.event_id = act.event_id
                      WHERE act.incident_id = own.incident_id AND e.quad_class IN (2, 4))
        """,
        {"article": ARTICLE_EVENT_ID},
    ).fetchall()
    return stale | {row[0] for row in rows}


def save_links(
    connection: duckdb.DuckDBPyConnection, links: Sequence[ArticleLink], touched: Iterable[str],
    unlinked: Iterable[str] = (),
) -> None:
    """Store whole-article links as mentions without an event, drop those whose incident is gone and those of
    ``unlinked`` articles, and count linked articles and their outlets in their incidents' NumArticles and
    NumSources. In the caller's transaction."""
    moved_from: set[str] = set()  # a re-examined article's earlier link: that incident loses an article
    dropped = sorted(set(unlinked) - {link.article_id for link in links})
    if dropped:
        moved_from = {row[0] for row in connection.execute(
            "DELETE FROM incident_mentions WHERE event_id = ? AND list_contains(?, article_id) RETURNING incident_id",
            [ARTICLE_EVENT_ID, dropped],
        ).fetchall()}
    if links:
        moved_from |= {row[0] for row in connection.execute(
            "SELECT incident_id FROM incident_mentions WHERE event_id = ? AND list_contains(?, article_id)",
            [ARTICLE_EVENT_ID, sorted({link.article_id for link in links})],
        ).fetchall()}
        connection.executemany(
            "INSERT OR REPLACE INTO incident_mentions VALUES (?, ?, ?)",
            [[link.incident_id, link.article_id, ARTICLE_EVENT_ID] for link in links],
        )
    connection.execute(
        "DELETE FROM incident_mentions WHERE event_id = ? AND incident_id NOT IN (SELECT incident_id FROM incidents)",
        [ARTICLE_EVENT_ID],
    )
    ids = sorted({link.incident_id for link in links} | set(touched) | moved_from)
    if not ids:
        return
    # Counted again from the mentions: the summaries counted only the incidents' events' articles.
    connection.execute(
        """
        UPDATE incidents SET num_articles = counted.articles, num_sources = counted.sources
        FROM (
            SELECT m.incident_id, count(DISTINCT m.article_id) AS articles,
                   count(DISTINCT coalesce(nullif(a.outlet, ''), a.id)) AS sources
            FROM incident_mentions m JOIN articles a ON a.id = m.article_id
            WHERE list_contains(?, m.incident_id)
            GROUP BY m.incident_id
        ) AS counted
        WHERE incidents.incident_id = counted.incident_id
        """,
        [ids],
    )

"""The FastAPI app: JSON API under /api (OpenAPI at /docs), the dashboard at /."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from starlette.requests import Request as StarletteRequest

from sitrep.api import analysis_routes, details, resources
from sitrep.api.auth import require_token
from sitrep.api.downloads import download
from sitrep.api.filters import ListQuery, list_query
from sitrep.api.handle import StoreHandle
from sitrep.api.ingestion import CoderFactory, Ingestor
from sitrep.api.reviews import add_review
from sitrep.api.schemas import (
    ActorItem,
    ArticleDetail,
    ArticleItem,
    AssessmentOut,
    EventItem,
    IncidentDetail,
    IncidentItem,
    IngestResult,
    MapPoints,
    Page,
    PlaceItem,
    QuoteItem,
    ReviewIn,
    ReviewResult,
    SeriesOut,
    StatsOut,
)
from sitrep.api.static import mount_dashboard

DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
SERIES_CACHE_SIZE = 64


def create_app(
    db_path: str | Path,
    token: str | None = None,
    allow_private_urls: bool = False,
    *,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    coder_factory: CoderFactory | None = None,
) -> FastAPI:
    """The app over the store at ``db_path``, which it opens once and holds while it runs.

    ``token`` enables the write endpoints (Bearer auth); without one they answer 403.
    ``allow_private_urls`` lets ``{"fetch": url}`` reach private and loopback addresses (tests, intranets).
    """
    handle = StoreHandle(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        handle.close()

    app = FastAPI(
        title="sitrep",
        description="Events, statements, places and escalation read from news reports, with their sources.",
        lifespan=lifespan,
        docs_url=None,  # served from local assets by mount_dashboard
        redoc_url=None,
    )
    app.state.token = token or None
    app.state.handle = handle
    ingestor = Ingestor(handle, max_upload_bytes, allow_private_urls, coder_factory)
    # Signals take ~0.1 s per series on 10,000 events; a series is kept until the next write.
    series_cache: dict[tuple, Any] = {}

    def listing(name: str, query: ListQuery, shape: Any = None) -> Any:
        resource = resources.RESOURCES[name]
        with handle.connection() as connection:
            if query.format != "json":
                sql, parameters = resources.filtered_sql(resource, query)
                return download(connection, name, sql, parameters, query.format)
            rows, total, next_cursor = resources.page(connection, resource, query)
        if shape is not None:
            rows = [shape(row) for row in rows]
        return {"items": rows, "total": total, "next_cursor": next_cursor}

    # --- reads ---------------------------------------------------------------------------------

    @app.get("/api/stats", response_model=StatsOut, tags=["read"])
    def stats() -> Any:
        """Counts of what the store holds."""
        from sitrep.store.summary import summarise

        with handle.connection() as connection:
            summary = summarise(connection, handle.path)
            incidents, reviews = connection.execute(
                "SELECT (SELECT count(*) FROM incidents), (SELECT count(*) FROM event_reviews)"
            ).fetchone()
        summary.pop("path", None)
        summary["incidents"] = int(incidents)
        summary["reviews"] = int(reviews)
        return summary

    @app.get("/api/articles", response_model=Page[ArticleItem], tags=["read"])
    def list_articles(query: ListQuery = Depends(list_query)) -> Any:
        """Articles; filters: from, to, country, plover, acled, q. Sorts: published, title, outlet, events."""
        return listing("articles", query)

    @app.get("/api/articles/{article_id}", response_model=ArticleDetail, tags=["read"])
    def get_article(article_id: str) -> Any:
        """The article's text and every span to highlight, with its coded events, quotes and places."""
        with handle.connection() as connection:
            found = details.article_detail(connection, article_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no article {article_id!r}")
        return found

    @app.get("/api/events", response_model=Page[EventItem], tags=["read"])
    def list_events(query: ListQuery = Depends(list_query)) -> Any:
        """Coded events with the review in force; every filter applies. Downloads include review columns."""
        return listing("events", query, resources.nest_review)

    @app.get("/api/incidents", response_model=Page[IncidentItem], tags=["read"])
    def list_incidents(query: ListQuery = Depends(list_query)) -> Any:
        """Incidents (one real-world event reported by many articles)."""
        return listing("incidents", query)

    @app.get("/api/incidents/{incident_id}", response_model=IncidentDetail, tags=["read"])
    def get_incident(incident_id: str) -> Any:
        """An incident with every mention across outlets (sentences, offsets) and its assessment."""
        with handle.connection() as connection:
            found = details.incident_detail(connection, incident_id)
        if found is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND, f"no incident {incident_id!r}")
        return found

    @app.get("/api/quotes", response_model=Page[QuoteItem], tags=["read"])
    def list_quotes(query: ListQuery = Depends(list_query)) -> Any:
        """Statements (direct, indirect, mixed quotations) with speaker and stance."""
        return listing("quotes", query)

    @app.get("/api/places", response_model=Page[PlaceItem], tags=["read"])
    def list_places(query: ListQuery = Depends(list_query)) -> Any:
        """Places mentioned, one row per resolved place, with mention and article counts."""
        return listing("places", query)

    @app.get("/api/actors", response_model=Page[ActorItem], tags=["read"])
    def list_actors(query: ListQuery = Depends(list_query)) -> Any:
        """Distinct actors seen as event source, target or quote speaker, with counts."""
        return listing("actors", query)

    @app.get("/api/map", response_model=MapPoints, tags=["read"])
    def map_points(
        kind: Literal["events", "incidents"] = Query("incidents"), query: ListQuery = Depends(list_query)
    ) -> Any:
        """Compact points of a filtered list of events or incidents, for the map."""
        resource = resources.RESOURCES[kind]
        with handle.connection() as connection:
            sql, parameters = resources.filtered_sql(resource, query)
            points, truncated = details.map_points(connection, kind, sql, parameters)
        return {"kind": kind, "points": points, "truncated": truncated}

    @app.get("/api/series", response_model=SeriesOut, tags=["analysis"])
    def get_series(
        scope: Literal["dyad", "pair", "region"] = Query("pair"),
        key: str | None = Query(None, max_length=120, description="e.g. RUS-UKR; every series when omitted."),
        period: Literal["day", "week"] = Query("week"),
        date_from: date | None = Query(None, alias="from"),
        date_to: date | None = Query(None, alias="to"),
        top: int | None = Query(None, ge=1, le=25, description="Without key: the N keys with most incidents."),
    ) -> Any:
        """Escalation series (incidents, intensity, cooperation, highest rung) with the signals of each week."""
        cache_key = (handle.generation, scope, key, period, date_from, date_to, top)
        if cache_key in series_cache:
            return series_cache[cache_key]
        with handle.connection() as connection:
            result = analysis_routes.series(connection, scope, period, key, date_from, date_to, top)
        series_cache[cache_key] = result
        while len(series_cache) > SERIES_CACHE_SIZE:
            series_cache.pop(next(iter(series_cache)))
        return result

    @app.get("/api/assess", response_model=AssessmentOut, tags=["analysis"])
    def get_assessment(
        dyad: str | None = Query(None, max_length=16), pair: str | None = Query(None, max_length=16),
        region: str | None = Query(None, max_length=120), incident: str | None = Query(None, max_length=80),
        since: str = Query("7d", max_length=8), date_from: date | None = Query(None, alias="from"),
        date_to: date | None = Query(None, alias="to"),
    ) -> Any:
        """Is this escalating? Verdict, signals, statements and sourcing for a dyad, pair, region or incident."""
        with handle.connection() as connection:
            return analysis_routes.assessment(connection, dyad=dyad, pair=pair, region=region, incident=incident,
                                              since=since, start=date_from, end=date_to)

    @app.get("/api/report", tags=["analysis"], responses={200: {"content": {
        "application/json": {}, "text/markdown": {}, "text/html": {}, "application/pdf": {}}}})
    def get_report(
        dyad: str | None = Query(None, max_length=16), region: str | None = Query(None, max_length=120),
        since: str = Query("7d", max_length=8), date_from: date | None = Query(None, alias="from"),
        date_to: date | None = Query(None, alias="to"),
        output: Literal["json", "md", "html", "pdf"] = Query("json", alias="format"),
    ) -> Any:
        """A situation report for a period: top incidents, escalation with weekly intensity, key statements and
        where, each linked to its articles; as JSON, Markdown, self-contained HTML or PDF."""
        from sitrep.analysis.report import render_html, render_markdown

        with handle.connection() as connection:
            report = analysis_routes.situation_report(connection, dyad=dyad, region=region, since=since,
                                                      start=date_from, end=date_to)
        if output == "json":
            return analysis_routes.report_json(report)
        name = f"sitrep-report-{report.start}-{report.end}"
        if output == "pdf":
            from sitrep.analysis.report_pdf import render_pdf

            return Response(render_pdf(report), media_type="application/pdf",
                            headers={"Content-Disposition": f'inline; filename="{name}.pdf"'})
        if output == "html":
            return HTMLResponse(render_html(report))
        return Response(render_markdown(report), media_type="text/markdown; charset=utf-8",
                        headers={"Content-Disposition": f'inline; filename="{name}.md"'})

    @app.get("/api/dyads", tags=["analysis"])
    def top_dyads(limit: int = Query(20, ge=1, le=200)) -> list[dict[str, Any]]:
        """Country pairs with the most incidents (keys for /api/series?scope=pair); a country's own
        conflict is the pair of it with itself ("PAK-PAK")."""
        with handle.connection() as connection:
            found = connection.execute(
                """SELECT least(source_country, target_country) || '-' || greatest(source_country, target_country)
                          AS key, count(*) AS incidents
                   FROM incidents WHERE source_country IS NOT NULL AND target_country IS NOT NULL
                   GROUP BY key ORDER BY incidents DESC, key LIMIT ?""",
                [limit],
            ).fetchall()
        return [{"key": key, "incidents": count} for key, count in found]

    @app.get("/api/plover-types", tags=["read"])
    def plover_type_list() -> list[str]:
        """The PLOVER event types (for filters and corrections)."""
        from sitrep.events.codebook import plover_types

        return list(plover_types())

    @app.get("/api/events/{article_id}/{event_id}/reviews", response_model=list[dict[str, Any]], tags=["read"])
    def list_reviews(article_id: str, event_id: str) -> Any:
        """Every review of one event, newest first."""
        with handle.connection() as connection:
            return details.reviews_of(connection, article_id, event_id)

    # --- writes --------------------------------------------------------------------------------

    @app.post("/api/ingest", response_model=IngestResult, dependencies=[Depends(require_token)], tags=["write"])
    async def ingest(request: Request) -> Any:
        """Code and store one article: JSON `{text, title, published, url}`, JSON `{"fetch": URL}`,
        or a multipart upload (field `file`, optional `title`, `url`, `published`)."""
        body = await _read_capped(request, max_upload_bytes)
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "multipart/form-data":
            article = await _from_upload(request, body, ingestor)
        elif media in ("application/json", ""):
            record = _json_object(body)
            if "fetch" in record:
                if not isinstance(record["fetch"], str):
                    raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "fetch must be a URL string")
                article = await run_in_threadpool(ingestor.from_url, record["fetch"])
            else:
                article = ingestor.from_fields(record)
        else:
            raise HTTPException(status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
                                "send application/json or multipart/form-data")
        return await run_in_threadpool(ingestor.code_and_store, article)

    @app.post("/api/events/{article_id}/{event_id}/review", response_model=ReviewResult,
              dependencies=[Depends(require_token)], tags=["write"])
    def review_event(article_id: str, event_id: str, review: ReviewIn) -> Any:
        """Correct an event's coding or mark it a false positive; kept beside the machine's row, with history."""
        with handle.writing() as store:
            return add_review(store.connection, article_id, event_id, review)

    app.state.missing_vendor = mount_dashboard(app)
    return app


async def _read_capped(request: Request, limit: int) -> bytes:
    too_large = HTTPException(status.HTTP_413_CONTENT_TOO_LARGE,
                              f"the request body is larger than the limit of {limit:,} bytes")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + 64 * 1024:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        # Multipart framing adds a little; the file itself is checked against the limit below.
        if len(body) > limit + 64 * 1024:
            raise too_large
    return bytes(body)


def _json_object(body: bytes) -> dict[str, Any]:
    import json

    try:
        record = json.loads(body or b"null")
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"invalid JSON: {error}") from None
    if not isinstance(record, dict):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "expected a JSON object")
    return record


async def _from_upload(request: Request, body: bytes, ingestor: Ingestor) -> Any:
    async def replay() -> dict[str, Any]:
        return {"type": "http.request", "body": body, "more_body": False}

    form = await StarletteRequest(request.scope, replay).form()
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "multipart upload needs a `file` field")
    data = await upload.read()
    if len(data) > ingestor.max_bytes:
        raise HTTPException(status.HTTP_413_CONTENT_TOO_LARGE,
                            f"the file is larger than the limit of {ingestor.max_bytes:,} bytes")

    def text_field(name: str) -> str | None:
        value = form.get(name)
        return value if isinstance(value, str) and value.strip() else None

    article = ingestor.from_bytes(data, f"upload:{upload.filename or 'file'}", url=text_field("url"),
                                  content_type=upload.content_type or "", title=text_field("title"))
    published = text_field("published")
    if published:
        from sitrep.ingest.records import parse_published

        article.published = parse_published(published)
    return article

"""Response models: the OpenAPI contract of the JSON API."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

Item = TypeVar("Item")


class Page(BaseModel, Generic[Item]):
    items: list[Item]
    total: int = Field(description="Rows matching the filters, over all pages.")
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page.")


class ReviewOut(BaseModel):
    review_id: str
    reviewer: str
    reviewed_at: datetime
    false_positive: bool
    plover_type: str | None = None
    plover_mode: str | None = None
    cameo_code: str | None = None
    source_code: str | None = None
    target_code: str | None = None
    location_name: str | None = None
    location_lat: float | None = None
    location_lon: float | None = None
    location_country: str | None = None
    note: str | None = None


class EventItem(BaseModel):
    article_id: str
    event_id: str
    sentence: str | None
    start: int | None
    end: int | None
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    plover_type: str | None
    plover_mode: str | None
    cameo_code: str | None
    quad_class: int | None
    goldstein: float | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    negated: bool | None
    hypothetical: bool | None
    future: bool | None
    date: str | None
    date_precision: str | None
    date_text: str | None
    location_name: str | None
    location_lat: float | None
    location_lon: float | None
    location_country: str | None
    location_admin1: str | None
    source_code: str | None
    source_country: str | None
    target_code: str | None
    target_country: str | None
    dead: int | None
    injured: int | None
    captured: int | None
    confidence: float | None
    title: str | None
    outlet: str | None
    published: datetime | None
    incident_id: str | None
    num_sources: int | None
    review: ReviewOut | None = Field(None, description="The analyst's correction in force, if any.")


class ArticleItem(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: datetime | None
    language: str | None
    coded_at: datetime | None
    code_error: str | None
    events: int
    quotes: int


class IncidentItem(BaseModel):
    incident_id: str
    date: str | None
    date_precision: str | None
    plover_type: str | None
    plover_mode: str | None
    cameo_code: str | None
    goldstein: float | None
    quad_class: int | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    rung: int | None
    source_country: str | None
    target_country: str | None
    location_name: str | None
    location_lat: float | None
    location_lon: float | None
    location_country: str | None
    location_admin1: str | None
    dead: int | None
    injured: int | None
    captured: int | None
    num_mentions: int | None
    num_articles: int | None
    num_sources: int | None
    first_seen: datetime | None
    last_seen: datetime | None
    summary: str | None
    confidence: float | None
    location_precision: str | None = None  # "point", or the area whose centre location_lat/lon is


class QuoteItem(BaseModel):
    article_id: str
    quote_id: str
    content: str | None
    start: int | None
    end: int | None
    type: str | None
    cue: str | None
    speaker_text: str | None
    speaker_name: str | None
    speaker_code: str | None
    speaker_country: str | None
    stance_label: str | None
    stance_about: str | None
    title: str | None
    outlet: str | None
    published: datetime | None


class PlaceItem(BaseModel):
    name: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature: str | None
    mentions: int
    articles: int


class ActorItem(BaseModel):
    code: str | None
    name: str | None
    country: str | None
    sector: str | None
    as_source: int
    as_target: int
    as_speaker: int
    total: int


class Span(BaseModel):
    kind: str = Field(description="actor, place, date, event, trigger, quote, speaker or cue")
    start: int
    end: int
    label: str
    ref: str | None = Field(None, description="event_id or quote_id the span belongs to")


class ArticleDetail(BaseModel):
    article: dict[str, Any]
    spans: list[Span]
    events: list[dict[str, Any]] = Field(description="Coding-contract records, each with `review` (or null).")
    quotes: list[dict[str, Any]]
    places: list[dict[str, Any]]
    incidents: dict[str, str] = Field(description="event_id -> incident_id")


class Mention(BaseModel):
    article_id: str
    event_id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: datetime | None
    sentence: str | None
    start: int | None
    end: int | None
    trigger: str | None
    trigger_start: int | None
    trigger_end: int | None
    plover_type: str | None
    date_text: str | None


class LinkedArticle(BaseModel):
    """An article linked to the incident as a whole, not through one of its events (a reaction, a follow-up)."""

    article_id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: datetime | None
    linked_by: str = Field(description="what the link rests on: 'headline and lead' (not a coded event)")


class IncidentDetail(BaseModel):
    incident: IncidentItem
    mentions: list[Mention]
    linked_articles: list[LinkedArticle] = Field(default_factory=list)
    assessment: dict[str, Any]


class MapPoints(BaseModel):
    kind: str
    columns: list[str] = ["lat", "lon", "plover_type", "sources", "id", "precision"]
    points: list[list[Any]]
    truncated: bool


class SeriesPointOut(BaseModel):
    period_start: str
    incidents: int
    conflict_intensity: float
    cooperation: float
    max_rung: int
    by_acled_type: dict[str, int]
    incident_ids: list[str]
    score: float | None = None
    signals: list[dict[str, Any]] = []


class SeriesOut(BaseModel):
    scope: str
    period: str
    series: dict[str, list[SeriesPointOut]]


class ReviewIn(BaseModel):
    reviewer: str = Field(min_length=1, max_length=120)
    false_positive: bool = False
    plover_type: str | None = Field(None, max_length=40)
    plover_mode: str | None = Field(None, max_length=60)
    cameo_code: str | None = Field(None, max_length=6)
    source_code: str | None = Field(None, max_length=20)
    target_code: str | None = Field(None, max_length=20)
    location_name: str | None = Field(None, max_length=200)
    location_lat: float | None = Field(None, ge=-90, le=90)
    location_lon: float | None = Field(None, ge=-180, le=180)
    location_country: str | None = Field(None, min_length=3, max_length=3)
    note: str | None = Field(None, max_length=2000)


class ReviewResult(BaseModel):
    machine: dict[str, Any]
    review: ReviewOut
    history: list[ReviewOut]


class IngestResult(BaseModel):
    article_id: str
    new: bool
    title: str | None
    events: int
    quotes: int
    places: int
    incidents_total: int
    error: str | None = None


class StatsOut(BaseModel):
    schema_version: int
    articles: dict[str, Any] = Field(description="total, coded, not_coded, coded_with_error, by_language, ...")
    published: dict[str, str | None] = Field(description="first and last publication time")
    events: dict[str, Any] = Field(description="total and by_plover_type")
    quotes: int
    places: int
    rejected: dict[str, Any]
    incidents: int
    reviews: int


class AssessmentOut(BaseModel):
    scope: str
    key: str
    start: str
    end: str
    verdict: str = Field(
        description="escalation, unconfirmed (escalation resting on one article), elevated, no change, "
        "de-escalation, new (no earlier incidents), law enforcement or no data"
    )
    headline: str
    signals: list[dict[str, Any]] = Field(description="kind, period_start, strength, explanation, evidence")
    statements: list[dict[str, Any]]
    incidents: int
    articles: int
    outlets: int
    baseline: str
    single_report: bool = Field(
        default=False, description="the highest rung or the escalation the headline reports rests on one article"
    )

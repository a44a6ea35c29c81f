"""Records <-> table rows: the only place that knows how a record is laid out in the store.

Rows are plain dicts keyed by column name. Writes turn lists of rows into Arrow
tables (one bulk insert per batch); reads turn fetched rows back into records.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

import pyarrow as pa

from sitrep.model import (
    ActorRef,
    Article,
    Event,
    EventDate,
    Modality,
    Place,
    Quote,
    Rejected,
    Size,
    Stance,
)

_TEXT = pa.string()
_INT = pa.int32()
_BIGINT = pa.int64()
_FLOAT = pa.float64()
_BOOL = pa.bool_()
_TIME = pa.timestamp("us", tz="UTC")

ARTICLE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Article))

ARTICLE_SCHEMA = pa.schema(
    [(name, _TIME if name in ("published", "ingested_at") else _TEXT) for name in ARTICLE_FIELDS]
)

EVENT_SCHEMA = pa.schema(
    [
        ("article_id", _TEXT),
        ("event_id", _TEXT),
        ("sentence", _TEXT),
        ("start", _INT),
        ("end", _INT),
        ("trigger", _TEXT),
        ("trigger_start", _INT),
        ("trigger_end", _INT),
        ("plover_type", _TEXT),
        ("plover_mode", _TEXT),
        ("cameo_code", _TEXT),
        ("cameo_root", _TEXT),
        ("quad_class", _INT),
        ("goldstein", _FLOAT),
        ("acled_event_type", _TEXT),
        ("acled_sub_event_type", _TEXT),
        ("negated", _BOOL),
        ("hypothetical", _BOOL),
        ("future", _BOOL),
        ("reported", _BOOL),
        ("historical", _BOOL),
        ("date_value", _TEXT),
        ("date_precision", _TEXT),
        ("date_text", _TEXT),
        ("location_text", _TEXT),
        ("location_start", _INT),
        ("location_end", _INT),
        ("location_name", _TEXT),
        ("location_geonameid", _BIGINT),
        ("location_lat", _FLOAT),
        ("location_lon", _FLOAT),
        ("location_country", _TEXT),
        ("location_admin1", _TEXT),
        ("location_feature", _TEXT),
        ("location_score", _FLOAT),
        ("dead", _INT),
        ("injured", _INT),
        ("captured", _INT),
        ("displaced", _INT),
        ("size_approximate", _BOOL),
        ("confidence", _FLOAT),
        ("source_code", _TEXT),
        ("source_country", _TEXT),
        ("source_sector", _TEXT),
        ("target_code", _TEXT),
        ("target_country", _TEXT),
        ("target_sector", _TEXT),
        ("source", _TEXT),
        ("target", _TEXT),
    ]
)

QUOTE_SCHEMA = pa.schema(
    [
        ("article_id", _TEXT),
        ("quote_id", _TEXT),
        ("content", _TEXT),
        ("start", _INT),
        ("end", _INT),
        ("type", _TEXT),
        ("cue", _TEXT),
        ("cue_start", _INT),
        ("cue_end", _INT),
        ("speaker_text", _TEXT),
        ("speaker_name", _TEXT),
        ("speaker_code", _TEXT),
        ("speaker_country", _TEXT),
        ("speaker_sector", _TEXT),
        ("speaker_start", _INT),
        ("speaker_end", _INT),
        ("speaker_office", _TEXT),
        ("stance_label", _TEXT),
        ("stance_about", _TEXT),
        ("event_ids", _TEXT),
        ("attitude", _BOOL),
        ("continues", _TEXT),
    ]
)

PLACE_SCHEMA = pa.schema(
    [
        ("article_id", _TEXT),
        ("place_index", _INT),
        ("text", _TEXT),
        ("start", _INT),
        ("end", _INT),
        ("name", _TEXT),
        ("geonameid", _BIGINT),
        ("lat", _FLOAT),
        ("lon", _FLOAT),
        ("country", _TEXT),
        ("admin1", _TEXT),
        ("feature", _TEXT),
        ("score", _FLOAT),
    ]
)

REJECTED_SCHEMA = pa.schema(
    [
        ("source_ref", _TEXT),
        ("reason", _TEXT),
        ("detail", _TEXT),
        ("excerpt", _TEXT),
        ("rejected_at", _TIME),
    ]
)


def to_arrow(rows: Sequence[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=schema)


# --- articles -------------------------------------------------------------------------------


def articles_to_arrow(articles: Sequence[Article]) -> pa.Table:
    """Column-wise, which is several times faster than building one dict per article."""
    columns = {name: [getattr(article, name) for article in articles] for name in ARTICLE_FIELDS}
    return pa.Table.from_pydict(columns, schema=ARTICLE_SCHEMA)


def article_from_row(row: Mapping[str, Any]) -> Article:
    return Article(**{name: row[name] for name in ARTICLE_FIELDS})


def article_from_values(values: Sequence[Any]) -> Article:
    """An article from a row selected as ``SELECT <ARTICLE_FIELDS> ...``, in that order."""
    return Article(*values)


# --- actors ---------------------------------------------------------------------------------


def _actor_dict(actor: ActorRef) -> dict[str, Any]:
    # The full record, spans included, so the mention can always be shown in its text.
    return asdict(actor)


def _actors_json(actors: Sequence[ActorRef]) -> str:
    return json.dumps([_actor_dict(actor) for actor in actors], ensure_ascii=False)


def _actors_from_json(value: str | None) -> list[ActorRef]:
    if not value:
        return []
    return [ActorRef(**item) for item in json.loads(value)]


def _first(actors: Sequence[ActorRef], attribute: str) -> Any:
    return getattr(actors[0], attribute) if actors else None


# --- events ---------------------------------------------------------------------------------


def event_row(article_id: str, event: Event) -> dict[str, Any]:
    location = event.location
    date = event.date
    return {
        "article_id": article_id,
        "event_id": event.event_id,
        "sentence": event.sentence,
        "start": event.start,
        "end": event.end,
        "trigger": event.trigger,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "plover_type": event.plover_type,
        "plover_mode": event.plover_mode,
        "cameo_code": event.cameo_code,
        "cameo_root": event.cameo_code[:2] if event.cameo_code else None,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "acled_event_type": event.acled_event_type,
        "acled_sub_event_type": event.acled_sub_event_type,
        "negated": event.modality.negated,
        "hypothetical": event.modality.hypothetical,
        "future": event.modality.future,
        "reported": event.modality.reported,
        "historical": event.modality.historical,
        "date_value": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_text": date.text if date else None,
        "location_text": location.text if location else None,
        "location_start": location.start if location else None,
        "location_end": location.end if location else None,
        "location_name": location.name if location else None,
        "location_geonameid": location.geonameid if location else None,
        "location_lat": location.lat if location else None,
        "location_lon": location.lon if location else None,
        "location_country": location.country if location else None,
        "location_admin1": location.admin1 if location else None,
        "location_feature": location.feature if location else None,
        "location_score": location.score if location else None,
        "dead": event.size.dead,
        "injured": event.size.injured,
        "captured": event.size.captured,
        "displaced": event.size.displaced,
        "size_approximate": event.size.approximate,
        "confidence": event.confidence,
        "source_code": _first(event.source, "code"),
        "source_country": _first(event.source, "country"),
        "source_sector": _first(event.source, "sector"),
        "target_code": _first(event.target, "code"),
        "target_country": _first(event.target, "country"),
        "target_sector": _first(event.target, "sector"),
        "source": _actors_json(event.source),
        "target": _actors_json(event.target),
    }


def event_from_row(row: Mapping[str, Any]) -> Event:
    location = None
    if row["location_text"] is not None or row["location_name"] is not None:
        location = Place(
            text=row["location_text"] or "",
            start=row["location_start"] if row["location_start"] is not None else -1,
            end=row["location_end"] if row["location_end"] is not None else -1,
            name=row["location_name"],
            geonameid=row["location_geonameid"],
            lat=row["location_lat"],
            lon=row["location_lon"],
            country=row["location_country"],
            admin1=row["location_admin1"],
            feature=row["location_feature"],
            score=row["location_score"],
        )
    date = None
    if row["date_precision"] is not None or row["date_value"] is not None:
        date = EventDate(value=row["date_value"], precision=row["date_precision"], text=row["date_text"])
    return Event(
        event_id=row["event_id"],
        article_id=row["article_id"],
        sentence=row["sentence"],
        start=row["start"],
        end=row["end"],
        trigger=row["trigger"],
        plover_type=row["plover_type"],
        plover_mode=row["plover_mode"],
        cameo_code=row["cameo_code"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        acled_event_type=row["acled_event_type"],
        acled_sub_event_type=row["acled_sub_event_type"],
        source=_actors_from_json(row["source"]),
        target=_actors_from_json(row["target"]),
        modality=Modality(
            negated=bool(row["negated"]),
            hypothetical=bool(row["hypothetical"]),
            future=bool(row["future"]),
            reported=bool(row["reported"]),
            historical=bool(row.get("historical")),
        ),
        date=date,
        location=location,
        size=Size(
            dead=row["dead"],
            injured=row["injured"],
            captured=row["captured"],
            displaced=row["displaced"],
            approximate=bool(row["size_approximate"]),
        ),
        confidence=row["confidence"] if row["confidence"] is not None else 0.0,
        trigger_start=row["trigger_start"],
        trigger_end=row["trigger_end"],
    )


# --- quotes ---------------------------------------------------------------------------------


def quote_row(article_id: str, quote: Quote) -> dict[str, Any]:
    speaker = quote.speaker
    return {
        "article_id": article_id,
        "quote_id": quote.quote_id,
        "content": quote.content,
        "start": quote.start,
        "end": quote.end,
        "type": quote.type,
        "cue": quote.cue,
        "cue_start": quote.cue_start,
        "cue_end": quote.cue_end,
        "speaker_text": speaker.text if speaker else None,
        "speaker_name": speaker.name if speaker else None,
        "speaker_code": speaker.code if speaker else None,
        "speaker_country": speaker.country if speaker else None,
        "speaker_sector": speaker.sector if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "speaker_office": speaker.office if speaker else None,
        "stance_label": quote.stance.label if quote.stance else None,
        "stance_about": quote.stance.about if quote.stance else None,
        "event_ids": json.dumps(list(quote.event_ids)),
        "attitude": quote.attitude,
        "continues": quote.continues,
    }


def quote_from_row(row: Mapping[str, Any]) -> Quote:
    speaker = None
    if row["speaker_text"] is not None:
        speaker = ActorRef(
            text=row["speaker_text"],
            name=row["speaker_name"],
            code=row["speaker_code"],
            country=row["speaker_country"],
            sector=row["speaker_sector"],
            start=row["speaker_start"],
            end=row["speaker_end"],
            office=row["speaker_office"],
        )
    stance = Stance(row["stance_label"], row["stance_about"]) if row["stance_label"] is not None else None
    return Quote(
        quote_id=row["quote_id"],
        article_id=row["article_id"],
        content=row["content"],
        start=row["start"],
        end=row["end"],
        type=row["type"],
        cue=row["cue"],
        cue_start=row["cue_start"],
        cue_end=row["cue_end"],
        speaker=speaker,
        stance=stance,
        event_ids=json.loads(row["event_ids"]) if row["event_ids"] else [],
        attitude=bool(row.get("attitude")),
        continues=row.get("continues"),
    )


# --- places ---------------------------------------------------------------------------------


def place_row(article_id: str, index: int, place: Place) -> dict[str, Any]:
    return {"article_id": article_id, "place_index": index, **place.to_dict()}


def place_from_row(row: Mapping[str, Any]) -> Place:
    # .get: Place.role ("dateline") is not a stored column; a stored place reads back with role None.
    return Place(**{name: row.get(name) for name in (f.name for f in fields(Place))})


# --- rejected -------------------------------------------------------------------------------


def rejected_row(item: Rejected, rejected_at: datetime) -> dict[str, Any]:
    return {**asdict(item), "rejected_at": rejected_at}

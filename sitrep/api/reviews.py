"""Analysts' corrections of an event's coding, kept beside the machine's row (never over it)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import duckdb
from fastapi import HTTPException, status

from sitrep.api.details import reviews_of
from sitrep.api.schemas import ReviewIn
from sitrep.events.codebook import is_cameo, plover_types
from sitrep.store import rows


def _validate(review: ReviewIn) -> None:
    if review.plover_type is not None and review.plover_type.upper() not in plover_types():
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"unknown PLOVER type {review.plover_type!r}; one of {', '.join(sorted(plover_types()))}",
        )
    if review.cameo_code is not None and not is_cameo(review.cameo_code):
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"unknown CAMEO code {review.cameo_code!r}")
    changes = review.model_dump(exclude={"reviewer", "note", "false_positive"}, exclude_none=True)
    if not review.false_positive and not changes:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "a review must correct at least one field or mark a false positive"
        )


def add_review(connection: duckdb.DuckDBPyConnection, article_id: str, event_id: str,
               review: ReviewIn) -> dict[str, Any]:
    """Store the review as a new row; returns the machine's record, the review, and the history."""
    found = connection.execute(
        "SELECT * FROM events WHERE article_id = ? AND event_id = ?", [article_id, event_id]
    )
    columns = [column[0] for column in found.description]
    row = found.fetchone()
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, f"no event {event_id!r} in article {article_id!r}")
    _validate(review)
    values = review.model_dump()
    if values["plover_type"]:
        values["plover_type"] = values["plover_type"].upper()
    if values["location_country"]:
        values["location_country"] = values["location_country"].upper()
    review_id = uuid.uuid4().hex
    connection.execute(
        """INSERT INTO event_reviews (review_id, article_id, event_id, reviewer, reviewed_at, false_positive,
               plover_type, plover_mode, cameo_code, source_code, target_code, location_name, location_lat,
               location_lon, location_country, note)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [review_id, article_id, event_id, values["reviewer"].strip(), datetime.now(UTC), values["false_positive"],
         values["plover_type"], values["plover_mode"], values["cameo_code"], values["source_code"],
         values["target_code"], values["location_name"], values["location_lat"], values["location_lon"],
         values["location_country"], values["note"]],
    )
    history = reviews_of(connection, article_id, event_id)
    for item in history:
        item.pop("event_id")
    machine = rows.event_from_row(dict(zip(columns, row, strict=True))).to_dict()
    return {"machine": machine, "review": history[0], "history": history}

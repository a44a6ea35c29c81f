"""Query parameters shared by the list endpoints, and their translation into SQL conditions.

Nothing a user sends is ever put into SQL text: values travel as parameters, and
the only user choices that shape the SQL (which filter, which sort) are looked up in
per-resource whitelists.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from fastapi import HTTPException, Query, status

Format = Literal["json", "csv", "jsonl", "parquet"]
Condition = tuple[str, list]
FILTER_NAMES = ("from", "to", "country", "dyad", "plover", "acled", "region", "q", "min_sources")


@dataclass(slots=True)
class ListQuery:
    values: dict[str, object]
    sort: str | None
    cursor: str | None
    limit: int
    format: Format

    def given(self) -> dict[str, object]:
        return {name: value for name, value in self.values.items() if value not in (None, "")}


def list_query(
    date_from: date | None = Query(None, alias="from", description="First date (YYYY-MM-DD), inclusive."),
    date_to: date | None = Query(None, alias="to", description="Last date (YYYY-MM-DD), inclusive."),
    country: str | None = Query(None, max_length=3, description="ISO 3166-1 alpha-3 country code, e.g. UKR."),
    dyad: str | None = Query(None, max_length=16, description="Two countries, e.g. RUS-UKR (either direction)."),
    plover: str | None = Query(None, max_length=40, description="PLOVER event type, e.g. ASSAULT."),
    acled: str | None = Query(None, max_length=80, description="ACLED event type, e.g. Battles."),
    region: str | None = Query(None, max_length=120, description="Admin1 region, e.g. Kursk or RUS/Kursk."),
    q: str | None = Query(None, max_length=200, description="Text search (case-insensitive substring)."),
    min_sources: int | None = Query(None, ge=0, le=100000, description="At least this many distinct outlets."),
    sort: str | None = Query(None, max_length=40, description="Sort field; prefix with - for descending."),
    cursor: str | None = Query(None, max_length=200, description="next_cursor of the previous page."),
    limit: int = Query(50, ge=1, le=1000, description="Rows per page."),
    format: Format = Query("json", description="json (a page), or a download of every row: csv, jsonl, parquet."),
) -> ListQuery:
    values = {
        "from": date_from, "to": date_to, "country": country.upper() if country else None, "dyad": dyad,
        "plover": plover.upper() if plover else None, "acled": acled, "region": region, "q": q,
        "min_sources": min_sources,
    }
    return ListQuery(values, sort, cursor, limit, format)


def like_pattern(text: str) -> str:
    """A substring pattern for ILIKE ... ESCAPE '\\', with the user's % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


_DYAD = re.compile(r"^([A-Za-z]{3})\s*(?:-|->|/|,)\s*([A-Za-z]{3})$")


def parse_dyad(text: str) -> tuple[str, str]:
    match = _DYAD.match(text.strip())
    if not match:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"dyad must look like RUS-UKR, got {text!r}")
    return match.group(1).upper(), match.group(2).upper()


def split_region(text: str) -> tuple[str | None, str]:
    """'RUS/Kursk' -> ('RUS', 'Kursk'); 'Kursk' -> (None, 'Kursk')."""
    country, slash, admin1 = text.partition("/")
    if slash and len(country.strip()) == 3:
        return country.strip().upper(), admin1.strip()
    return None, text.strip()


Builder = Callable[[object], Condition]


@dataclass(slots=True)
class ListSpec:
    """One list endpoint: which filters it understands (as SQL), how it may be sorted."""

    name: str
    filters: dict[str, Builder]
    sorts: dict[str, str]  # public name -> SQL expression (whitelist)
    default_sort: str
    tiebreak: str
    extra: dict[str, Builder] = field(default_factory=dict)

    def where(self, query: ListQuery) -> Condition:
        clauses: list[str] = []
        parameters: list = []
        for name, value in query.given().items():
            builder = self.filters.get(name)
            if builder is None:
                raise HTTPException(
                    status.HTTP_400_BAD_REQUEST,
                    f"filter {name!r} does not apply to {self.name}; "
                    f"use one of: {', '.join(self.filters) or 'none'}",
                )
            sql, values = builder(value)
            clauses.append(f"({sql})")
            parameters.extend(values)
        return (" AND ".join(clauses) or "TRUE"), parameters

    def order_by(self, sort: str | None) -> str:
        chosen = sort or self.default_sort
        descending = chosen.startswith("-")
        key = chosen.lstrip("-")
        expression = self.sorts.get(key)
        if expression is None:
            raise HTTPException(
                status.HTTP_400_BAD_REQUEST,
                f"cannot sort {self.name} by {key!r}; choose one of: {', '.join(self.sorts)} (prefix - to reverse)",
            )
        direction = "DESC NULLS LAST" if descending else "ASC NULLS LAST"
        return f"{expression} {direction}, {self.tiebreak}"


def date_range(expression: str) -> dict[str, Builder]:
    return {
        "from": lambda value: (f"{expression} >= ?", [value]),
        "to": lambda value: (f"{expression} <= ?", [value]),
    }


def text_search(*expressions: str) -> Builder:
    def build(value: object) -> Condition:
        pattern = like_pattern(str(value))
        return " OR ".join(f"{e} ILIKE ? ESCAPE '\\'" for e in expressions), [pattern] * len(expressions)

    return build


def any_equal(*expressions: str) -> Builder:
    return lambda value: (" OR ".join(f"{e} = ?" for e in expressions), [value] * len(expressions))


def pair_of(source: str, target: str) -> Builder:
    def build(value: object) -> Condition:
        first, second = parse_dyad(str(value))
        return (f"({source} = ? AND {target} = ?) OR ({source} = ? AND {target} = ?)", [first, second, second, first])

    return build


def region_of(country: str, admin1: str) -> Builder:
    def build(value: object) -> Condition:
        code, name = split_region(str(value))
        if code:
            return f"{country} = ? AND lower({admin1}) = lower(?)", [code, name]
        return f"lower({admin1}) = lower(?)", [name]

    return build

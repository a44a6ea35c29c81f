"""Resolving a time expression against the publication date.

Values are ISO dates; the precision says how much of the value the text supports:
``day``, ``week`` (the Monday of that week), ``month`` (the first of the month),
``year`` (1 January), ``decade`` (1 January of its first year: "the 1920s"). Relative
expressions are read with dateparser, with the publication date as ``RELATIVE_BASE``. News
reports mostly describe the past, so a bare weekday or month is taken as the most recent one on or before the
publication date, unless the event is in the future ("will meet on Friday").
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import dateparser

from sitrep.model import EventDate
from sitrep.time.expressions import DateMention

_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3,
}
_PREFIX = re.compile(r"^(?:on|in|since|during|by|until)\s+", re.IGNORECASE)
_QUALIFIER = re.compile(r"^(?:early|mid|late|end\s+of|beginning\s+of)[-\s]+", re.IGNORECASE)
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th)\b")
_YEAR = re.compile(r"(?:1[89]|20)\d{2}")


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _parse(text: str, base: datetime, prefer_future: bool) -> datetime | None:
    settings = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
    if prefer_future:
        settings["PREFER_DATES_FROM"] = "future"
    return dateparser.parse(text, languages=["en"], settings=settings)


def _has_year(text: str) -> bool:
    return re.search(r"\b(?:1[89]|20)\d{2}s?\b", text) is not None


def _roll_to_past(value: date, base: date, expression: str, prefer_future: bool, step_days: int | None) -> date:
    """A bare weekday or month that lands after publication means the previous one, for past events."""
    if prefer_future or _has_year(expression) or value <= base + timedelta(days=1):
        return value
    if step_days is not None:
        return value - timedelta(days=step_days)
    return value.replace(year=value.year - 1)


def resolve_mention(
    mention: DateMention, published: datetime | None, *, prefer_future: bool = False
) -> EventDate | None:
    """The date a time expression refers to, or None when it cannot be read."""
    text = mention.text.strip()
    lower = text.lower()
    if published is None:
        if mention.kind in ("calendar_day", "month", "year", "decade") and _has_year(text):
            published = datetime(int(_YEAR.search(text).group(0)), 12, 31)
        else:
            return None
    base = published.replace(tzinfo=None)
    base_day = base.date()
    bare = _ORDINAL.sub(r"\1", _QUALIFIER.sub("", _PREFIX.sub("", text)))

    if mention.kind == "relative_day":
        offsets = {"yesterday": -1, "today": 0, "tonight": 0, "last night": -1, "overnight": -1,
                   "the previous day": -1, "the day before": -1, "the following day": 1, "tomorrow": 1}
        key = re.sub(r"\s+", " ", lower)
        offset = 0 if key.startswith("this ") else offsets.get(key, 0)
        return EventDate((base_day + timedelta(days=offset)).isoformat(), "day", text)

    if mention.kind == "week":
        if "weekend" in lower:
            saturday = base_day - timedelta(days=(base_day.weekday() - 5) % 7)
            if "next" in lower:
                saturday += timedelta(days=7)
            elif "last" in lower or "previous" in lower:
                saturday -= timedelta(days=7 if base_day.weekday() >= 5 else 0)
            return EventDate(_monday(saturday).isoformat(), "week", text)
        shift = -7 if re.search(r"\b(?:last|past|previous)\b", lower) else 7 if "next" in lower else 0
        return EventDate(_monday(base_day + timedelta(days=shift)).isoformat(), "week", text)

    if mention.kind == "relative_month":
        shift = -1 if re.search(r"\b(?:last|past|previous)\b", lower) else 1 if "next" in lower else 0
        return EventDate(_shift_months(base_day.replace(day=1), shift).isoformat(), "month", text)

    if mention.kind == "relative_year":
        shift = -1 if re.search(r"\b(?:last|past|previous)\b", lower) else 1 if "next" in lower else 0
        return EventDate(date(base_day.year + shift, 1, 1).isoformat(), "year", text)

    if mention.kind == "ago":
        number_text, unit = re.match(r"(.+?)\s+(day|week|month|year)s?\s+ago", lower).groups()
        count = int(number_text) if number_text.isdigit() else _WORD_NUMBERS.get(number_text.strip(), 1)
        if unit == "day":
            return EventDate((base_day - timedelta(days=count)).isoformat(), "day", text)
        if unit == "week":
            return EventDate(_monday(base_day - timedelta(days=7 * count)).isoformat(), "week", text)
        if unit == "month":
            return EventDate(_shift_months(base_day.replace(day=1), -count).isoformat(), "month", text)
        return EventDate(date(base_day.year - count, 1, 1).isoformat(), "year", text)

    if mention.kind == "year":
        year = int(_YEAR.search(text).group(0))
        return EventDate(date(year, 1, 1).isoformat(), "year", text)

    if mention.kind == "decade":
        # "the late 1920s" is the decade, not a made-up year within it: precision "decade"
        return EventDate(date(int(_YEAR.search(text).group(0)), 1, 1).isoformat(), "decade", text)

    if mention.kind == "weekday":
        weekday_text = re.sub(r"^(?:last|this|next|on)\s+", "", bare, flags=re.IGNORECASE).replace("'s", "")
        future = prefer_future or lower.startswith("next ")
        parsed = _parse(weekday_text, base, future)
        if parsed is None:
            return None
        value = parsed.date()
        if value.weekday() == base_day.weekday() and not lower.startswith(("next ", "last ")):
            # Wire style: a report names its own publication day ("later on Sunday") for today.
            return EventDate(base_day.isoformat(), "day", text)
        if future and value < base_day:
            value += timedelta(days=7)
        if lower.startswith("last ") and value == base_day:
            value -= timedelta(days=7)
        return EventDate(value.isoformat(), "day", text)

    parsed = _parse(bare, base, prefer_future)
    if parsed is None:
        return None
    if mention.kind == "month":
        value = _roll_to_past(parsed.date().replace(day=1), base_day, text, prefer_future, None)
        if prefer_future and not _has_year(text) and (value.year, value.month) == (base_day.year + 1, base_day.month):
            # "will travel in late April", written on 16 April: the month in progress, not next year's
            value = value.replace(year=base_day.year)
        return EventDate(value.isoformat(), "month", text)
    value = _roll_to_past(parsed.date(), base_day, text, prefer_future, None)
    return EventDate(value.isoformat(), "day", text)


def reported_date(published: datetime | None) -> EventDate:
    """For an event with no stated time: the publication date, flagged as such (never a fake day)."""
    return EventDate(published.date().isoformat() if published else None, "reported", None)

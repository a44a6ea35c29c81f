"""A date that has not come yet, or that ends a span, does not date what already happened (issue #6, VOA report:
"Trump imposed 25% tariffs ... then exempted the duties until April 2" was dated 2 April of the year before;
"he has trouble talking to voters in his quest to win the 2021 election", written in 2019, was dated 2021).
Sentences written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from date_samples import date_of

from sitrep.pipeline import Coder

PUBLISHED = datetime(2024, 3, 9, tzinfo=UTC)


def _date_of(coder: Coder, text: str, trigger: str) -> tuple[str | None, str]:
    return date_of(coder, text, trigger, PUBLISHED)


def test_a_deadline_dates_nothing(dating_coder) -> None:
    text = "The ministry suspended the export ban until May 20, officials said."
    assert _date_of(dating_coder, text, "suspended") == ("2024-03-09", "reported")


def test_a_year_to_come_does_not_date_what_happened(dating_coder) -> None:
    text = "Police arrested the opposition leader in his campaign to win the 2026 election."
    assert _date_of(dating_coder, text, "arrested") == ("2024-03-09", "reported")


def test_a_future_event_still_takes_a_date_to_come(dating_coder) -> None:
    text = "The two presidents will meet in Geneva in 2025."
    assert _date_of(dating_coder, text, "meet") == ("2025-01-01", "year")

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from sitrep.eval.dates import evaluate_dates, read_dates
from sitrep.time import find_date_expressions, reported_date, resolve_mention

WEDNESDAY = datetime(2024, 8, 7, 9, 30, tzinfo=UTC)


def resolve_first(text: str, published: datetime | None = WEDNESDAY, future: bool = False):
    mentions = find_date_expressions(text)
    assert mentions, f"no time expression found in {text!r}"
    return resolve_mention(mentions[0], published, prefer_future=future)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Troops crossed the border on Tuesday night.", "2024-08-06", "day"),
        ("The strike came last month.", "2024-07-01", "month"),
        ("Shelling this week forced thousands to flee.", "2024-08-05", "week"),
        ("Earlier this year the town fell.", "2024-01-01", "year"),
        ("The summit opened on May 15, 2024.", "2024-05-15", "day"),
        ("The army withdrew in December.", "2023-12-01", "month"),  # a past month, not the coming one
        ("Protests began three weeks ago.", "2024-07-15", "week"),
        ("Drones hit the depot overnight.", "2024-08-06", "day"),
        ("Fighting resumed yesterday.", "2024-08-06", "day"),
        ("Fighting resumed on Wednesday.", "2024-08-07", "day"),  # the publication day itself
    ],
)
def test_relative_expressions_resolve_against_the_publication_date(text, value, precision):
    resolved = resolve_first(text)
    assert (resolved.value, resolved.precision) == (value, precision)


def test_future_events_look_forward():
    resolved = resolve_first("The envoys will meet on Friday.", future=True)
    assert resolved.value == "2024-08-09"
    resolved = resolve_first("Talks will resume next week.", future=True)
    assert (resolved.value, resolved.precision) == ("2024-08-12", "week")


def test_the_verb_may_and_the_noun_march_are_not_months():
    assert find_date_expressions("Russia may strike again, and protesters plan a march.") == []


def test_numbers_of_troops_are_not_years():
    assert find_date_expressions("About 2000 troops and 1500 soldiers moved in.") == []


def test_no_publication_date_means_no_relative_date():
    assert resolve_first("Fighting resumed on Tuesday.", published=None) is None
    assert resolve_first("It began on Feb. 24, 2022.", published=None).value == "2022-02-24"


def test_unstated_time_is_the_publication_date_marked_reported():
    assert reported_date(WEDNESDAY).to_dict() == {"value": "2024-08-07", "precision": "reported", "text": None}
    assert reported_date(None).value is None


def test_event_dates_stage_skips_the_date_of_the_statement():
    from sitrep.eval.dates import DateItem, predict

    item = DateItem("x", "2024-08-07", "Drones hit Kursk overnight, officials said on Wednesday.", "hit", False,
                    "2024-08-06", "day")
    assert predict(item) == ("2024-08-06", "day")


def test_a_possessive_date_dates_only_the_noun_it_owns():
    from sitrep.eval.dates import DateItem, predict

    # 2023-08-30 is a Wednesday: Saturday's election was the 26th, the seizure is undated
    coup = DateItem("x", "2023-08-30", "Officers seized power hours after Saturday's disputed election.", "seized",
                    False, "2023-08-30", "reported")
    assert predict(coup) == ("2023-08-30", "reported")
    strike = DateItem("y", "2023-08-30", "Thursday's missile strike killed 12 people in Kharkiv.", "strike", False,
                      "2023-08-24", "day")
    assert predict(strike) == ("2023-08-24", "day")


def test_project_date_set_floor():
    result = evaluate_dates(read_dates())
    assert result["items"] >= 60
    assert result["exact"] >= 0.95, result["errors"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KYIV, Aug. 7, 2024 — Ukrainian troops pressed deeper into Russia.", "2024-08-07"),
        ("Published: 2023-10-09\n\nIsrael ordered a siege of Gaza.", "2023-10-09"),
        ("Ukrainian troops pressed deeper into Russia on Tuesday.", None),
        ("Talks began in Doha. " + "x " * 40 + "The war began on Feb. 24, 2022.", None),  # not at the top
    ],
)
def test_publication_date_from_the_dateline(text, expected):
    from sitrep.time import publication_date_from_text

    found = publication_date_from_text(text)
    assert (found.date().isoformat() if found else None) == expected
    if found:
        assert found.tzinfo is not None

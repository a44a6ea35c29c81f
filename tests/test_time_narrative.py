"""A past-tense narrative carries the period the story set a few sentences earlier (issue #6, VOA report:
"detained at Angel Island" in a story about the 1920s). Sentences written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from date_samples import date_of

from sitrep.model import Article
from sitrep.pipeline import Coder
from sitrep.time import find_date_expressions, resolve_mention

PUBLISHED = datetime(2025, 3, 13, tzinfo=UTC)


def _date_of(coder: Coder, text: str, trigger: str) -> tuple[str | None, str]:
    return date_of(coder, text, trigger, PUBLISHED)


def test_decades_and_early_years_are_dates() -> None:
    mentions = find_date_expressions("She left in the late 1920s and came back in 1934 with 1930 dollars.")
    assert [(m.text, m.kind) for m in mentions] == [("the late 1920s", "decade"), ("1934", "year")]
    decade = resolve_mention(mentions[0], PUBLISHED)
    assert (decade.value, decade.precision) == ("1920-01-01", "decade")


def test_a_past_narrative_keeps_the_period_set_before(dating_coder) -> None:
    story = (
        "Mei Lin sailed from Hong Kong to Seattle in the early 1930s. She was nineteen and spoke no English. "
        "The port processed migrants from 1910 to 1950. \"It is a hard place to arrive,\" her grandson said. "
        "After arriving in Seattle, she was detained by immigration officers for eight months."
    )
    assert _date_of(dating_coder, story, "detained") == ("1930-01-01", "decade")
    # a participle takes the tense of the verb it hangs on
    assert _date_of(dating_coder, story, "arriving") == ("1930-01-01", "decade")


def test_a_story_back_in_the_present_is_not_dated_to_the_past(dating_coder) -> None:
    present = (
        "Rebels seized the town in 2019. The region remains tense and the army patrols its roads. "
        "He said. Soldiers arrested six smugglers near the border."
    )
    assert _date_of(dating_coder, present, "arrested")[1] == "reported"
    # a date near publication means the narrative is the news
    recent = (
        "Rebels seized the town last month. Aid workers left. Officials said. Soldiers arrested six smugglers "
        "near the border."
    )
    assert _date_of(dating_coder, recent, "arrested")[0] != "2019-01-01"


def test_a_present_tense_clause_takes_no_date_from_the_sentence_before(dating_coder) -> None:
    story = "Since winning independence in 1961, the country has had nine coups. Critics blame the generals for it."
    assert _date_of(dating_coder, story, "blame")[1] == "reported"
    past = "Since winning independence in 1961, the country has had nine coups. Critics blamed the generals for it."
    assert _date_of(dating_coder, past, "blamed") == ("1961-01-01", "year")


def test_a_day_named_as_a_thing_does_not_date_the_events_beside_it(dating_coder) -> None:
    story = ("Rebels bombed a market in Kabul on Saturday. The president declared Tuesday as a national day of "
             "mourning for the victims of the Kabul attack.")
    document = dating_coder.code(Article(id="t", text=story, published=PUBLISHED))
    # the attack named again is the bombing (one event, or two on the same day), never dated Tuesday
    dates = {(event.date.value, event.date.precision) for event in document.events}
    assert dates == {("2025-03-08", "day")}
    told = "The president said on Tuesday that rebels had bombed the market."
    assert _date_of(dating_coder, told, "bombed")[1] == "reported"  # the day it was said, as before


def test_a_future_month_in_progress_is_this_years() -> None:
    (mention,) = find_date_expressions("The prime minister will travel to Manila in late March.")
    resolved = resolve_mention(mention, PUBLISHED, prefer_future=True)
    assert (resolved.value, resolved.precision) == ("2025-03-01", "month")
    (later,) = find_date_expressions("The talks will resume in February.")
    assert resolve_mention(later, PUBLISHED, prefer_future=True).value == "2026-02-01"


def test_a_month_named_before_an_event_noun_dates_it() -> None:
    (mention,) = find_date_expressions("Villagers still fear a deadly January raid on the camp.")
    assert (mention.text, mention.kind) == ("January", "month")
    assert resolve_mention(mention, PUBLISHED).value == "2025-01-01"
    assert find_date_expressions("Analysts praised the May government.") == []  # a name, not a month

"""Deterministic articles and coded documents for the store tests (and the crash-test writer)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sitrep.model import (
    ActorRef,
    Article,
    CodedDocument,
    Event,
    EventDate,
    Modality,
    Place,
    Quote,
    Size,
    Stance,
    article_id,
)


def make_article(number: int, language: str | None = "en") -> Article:
    text = f"Report {number}: Russian forces shelled Kharkiv on Tuesday, the governor said."
    return Article(
        id=article_id(text),
        text=text,
        title=f"Report {number}",
        url=f"https://example.org/{number}",
        outlet="Example News",
        published=datetime(2024, 8, 1, 12, tzinfo=UTC) + timedelta(hours=number),
        section="Europe",
        author="A. Writer",
        language=language,
        source_ref="samples.jsonl",
        external_id=str(number),
        ingested_at=datetime(2024, 9, 1, tzinfo=UTC),
    )


def make_doc(article: Article, variant: int = 0) -> CodedDocument:
    """A document with every field of the contract filled; ``variant`` changes the counts and values."""
    kharkiv = Place(
        text="Kharkiv",
        start=40,
        end=47,
        name="Kharkiv",
        geonameid=706483,
        lat=49.98,
        lon=36.25,
        country="UKR",
        admin1="Kharkiv",
        feature="city",
        score=0.9,
    )
    events = [
        Event(
            event_id=f"e{index}",
            article_id=article.id,
            sentence=article.text,
            start=0,
            end=len(article.text),
            trigger="shelled",
            plover_type="ASSAULT" if index % 2 == 0 else "COERCE",
            plover_mode="heavy-weapons",
            cameo_code="195",
            quad_class=4,
            goldstein=-10.0,
            acled_event_type="Explosions/Remote violence",
            acled_sub_event_type="Shelling/artillery/missile attack",
            source=[ActorRef("Russian forces", "Russian military", "RUSMIL", "RUS", "MIL", 11, 25)],
            target=[ActorRef("Kharkiv", None, "UKRCVL", "UKR", "CVL", 40, 47)],
            modality=Modality(negated=False, hypothetical=index == 1, future=False, reported=True),
            date=EventDate("2024-08-06", "day", "Tuesday"),
            location=kharkiv,
            size=Size(dead=3 + variant, injured=None, captured=None, displaced=None, approximate=True),
            confidence=0.75 + 0.01 * index,
            trigger_start=26,
            trigger_end=33,
        )
        for index in range(1 + variant)
    ]
    quotes = [
        Quote(
            quote_id="q0",
            article_id=article.id,
            content="Russian forces shelled Kharkiv",
            start=11,
            end=47,
            type="indirect",
            cue="said",
            cue_start=70,
            cue_end=74,
            speaker=ActorRef("the governor", "Oleh Syniehubov", "UKRGOV", "UKR", "GOV", 57, 69, "governor"),
            stance=Stance("condemns", "the shelling"),
            event_ids=["e0"],
        )
    ]
    places = [kharkiv] * (1 + variant % 2)
    return CodedDocument(article, events=events, quotes=quotes, places=places)

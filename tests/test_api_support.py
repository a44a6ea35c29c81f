"""A small store for the API and dashboard tests: four articles from three outlets, coded by hand.

(No tests here: helpers shared by tests/test_api.py and tests/test_dashboard.py.)
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sitrep.analysis.update import update_incidents
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
    normalise_text,
)
from sitrep.store import Store

KHARKIV = dict(name="Kharkiv", geonameid=706483, lat=49.98, lon=36.25, country="UKR", admin1="Kharkiv",
               feature="city", score=0.9)
GAZA = dict(name="Gaza", geonameid=281133, lat=31.5, lon=34.47, country="PSE", admin1="Gaza Strip",
            feature="city", score=0.9)
MOSCOW = dict(name="Moscow", geonameid=524901, lat=55.75, lon=37.62, country="RUS", admin1="Moscow",
              feature="city", score=0.9)
XSS = "<script>window.__xss = 1</script>"


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _article(text: str, title: str, outlet: str, day: int, url: str) -> Article:
    text = normalise_text(text)
    return Article(id=article_id(text), text=text, title=title, url=url, outlet=outlet,
                   published=datetime(2024, 8, day, 9, tzinfo=UTC), language="en", source_ref="test")


def _assault(article: Article, sentence: str, trigger: str, day: int, dead: int) -> Event:
    text = article.text
    start, end = _span(text, sentence)
    trigger_start, trigger_end = _span(text, trigger, start)
    source_start, source_end = _span(text, "Russian forces", start)
    place_start, place_end = _span(text, "Kharkiv", start)
    date_text = "on Tuesday"
    return Event(
        event_id="e1", article_id=article.id, sentence=sentence, start=start, end=end, trigger=trigger,
        trigger_start=trigger_start, trigger_end=trigger_end, plover_type="ASSAULT", plover_mode="heavy-weapons",
        cameo_code="195", quad_class=4, goldstein=-10.0, acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Shelling/artillery/missile attack",
        source=[ActorRef("Russian forces", "Russian military", "RUSMIL", "RUS", "MIL", source_start, source_end)],
        target=[ActorRef("civilians", None, "UKRCVL", "UKR", "CVL")],
        modality=Modality(reported=True), date=EventDate(f"2024-08-{day:02d}", "day", date_text),
        location=Place("Kharkiv", place_start, place_end, **KHARKIV), size=Size(dead=dead), confidence=0.8,
    )


def documents() -> list[CodedDocument]:
    docs = []
    first = _article(
        "Russian forces shelled Kharkiv on Tuesday, killing three civilians, the governor said. "
        '"This is pure terror," President Zelensky said.',
        "Russian shelling kills three in Kharkiv", "Kyiv Daily", 6, "https://kyiv.example/1")
    event = _assault(first, "Russian forces shelled Kharkiv on Tuesday, killing three civilians, the governor said.",
                     "shelled", 6, 3)
    quote_start, quote_end = _span(first.text, "This is pure terror,")
    speaker_start, speaker_end = _span(first.text, "President Zelensky")
    cue_start, cue_end = _span(first.text, "said", speaker_end)
    quote = Quote("q1", first.id, "This is pure terror,", quote_start, quote_end, "direct", "said", cue_start,
                  cue_end, ActorRef("President Zelensky", "Volodymyr Zelensky", "UKRGOV", "UKR", "GOV", speaker_start,
                                    speaker_end), Stance("condemns", "the shelling"), ["e1"])
    kharkiv = Place("Kharkiv", event.location.start, event.location.end, **KHARKIV)
    docs.append(CodedDocument(first, [event], [quote], [kharkiv]))

    second = _article(
        "Russian forces shelled Kharkiv on Tuesday and killed three people, officials said.",
        "Kharkiv shelled", "Wire Service", 6, "https://wire.example/2")
    event = _assault(second, second.text, "shelled", 6, 3)
    docs.append(CodedDocument(second, [event], [], [Place("Kharkiv", event.location.start, event.location.end,
                                                          **KHARKIV)]))

    third = _article(
        "Israeli aircraft struck targets in Gaza on Monday, the military said. "
        f"A post online read {XSS} before it was removed.",
        f"Strikes in Gaza {XSS}", "Levant Post", 5, "https://levant.example/3")
    sentence = "Israeli aircraft struck targets in Gaza on Monday, the military said."
    start, end = _span(third.text, sentence)
    trigger_start, trigger_end = _span(third.text, "struck")
    gaza_start, gaza_end = _span(third.text, "Gaza")
    actor_start, actor_end = _span(third.text, "Israeli aircraft")
    gaza_event = Event(
        event_id="e1", article_id=third.id, sentence=sentence, start=start, end=end, trigger="struck",
        trigger_start=trigger_start, trigger_end=trigger_end, plover_type="ASSAULT", plover_mode="aerial",
        cameo_code="195", quad_class=4, goldstein=-10.0, acled_event_type="Explosions/Remote violence",
        acled_sub_event_type="Air/drone strike",
        source=[ActorRef("Israeli aircraft", "Israeli military", "ISRMIL", "ISR", "MIL", actor_start, actor_end)],
        target=[ActorRef("targets", None, "PSE", "PSE", None)],
        modality=Modality(reported=True), date=EventDate("2024-08-05", "day", "on Monday"),
        location=Place("Gaza", gaza_start, gaza_end, **GAZA), confidence=0.7,
    )
    docs.append(CodedDocument(third, [gaza_event], [], [Place("Gaza", gaza_start, gaza_end, **GAZA)]))

    fourth = _article(
        "Hundreds of people protested in Moscow on Wednesday against the mobilisation, police said.",
        "Protest in Moscow", "Wire Service", 7, "https://wire.example/4")
    start, end = 0, len(fourth.text)
    trigger_start, trigger_end = _span(fourth.text, "protested")
    moscow_start, moscow_end = _span(fourth.text, "Moscow")
    protest = Event(
        event_id="e1", article_id=fourth.id, sentence=fourth.text, start=start, end=end, trigger="protested",
        trigger_start=trigger_start, trigger_end=trigger_end, plover_type="PROTEST", plover_mode="demonstrate",
        cameo_code="141", quad_class=3, goldstein=-6.5, acled_event_type="Protests",
        acled_sub_event_type="Peaceful protest", source=[ActorRef("people", None, "RUSCVL", "RUS", "CVL")],
        target=[ActorRef("the mobilisation", None, "RUSGOV", "RUS", "GOV")],
        date=EventDate("2024-08-07", "day", "on Wednesday"),
        location=Place("Moscow", moscow_start, moscow_end, **MOSCOW), confidence=0.6,
    )
    docs.append(CodedDocument(fourth, [protest], [], [Place("Moscow", moscow_start, moscow_end, **MOSCOW)]))
    return docs


def build_store(path: Path) -> Path:
    """Write the four coded articles and cluster their incidents; returns the path."""
    with Store.open(path) as store:
        store.add_coded(documents(), "test-coder")
        update_incidents(store)
    return path

"""Pipeline stages of the geo package: places of the article, and the location of each event."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.geo.gazetteer import Gazetteer, get_gazetteer
from sitrep.geo.locate import focus_place, locate_event
from sitrep.geo.recognise import ToponymRecogniser
from sitrep.geo.resolve import Resolver
from sitrep.model import CodedDocument, Place
from sitrep.nlp.text import doc_text


class PlaceStage:
    """Recognise the toponyms of the whole article and resolve them against the gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or get_gazetteer()
        self.recogniser = ToponymRecogniser(self.gazetteer)
        self.resolver = Resolver(self.gazetteer)

    def places(self, doc: Doc) -> list[Place]:
        text = doc_text(doc)
        toponyms = self.recogniser(doc, text)
        spans = [(t.start, t.end) for t in toponyms]
        capitals = [t.capital_of for t in toponyms]
        places = self.resolver.resolve(text, spans, [t.hint for t in toponyms], capitals)
        for place, toponym in zip(places, toponyms, strict=True):
            place.role = toponym.role
        # "the capital" in an article whose country is unknown names no place: left out, not reported unresolved.
        return [p for p, t in zip(places, toponyms, strict=True) if t.capital_of is None or p.name is not None]

    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        coded.places.extend(self.places(doc))


class EventLocationStage:
    """Set ``event.location`` for each event from the places of its clause, sentence or article, or, with
    none of those its sides' countries allow, from a side's country (see ``sitrep.geo.locate``)."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer or get_gazetteer()
        self._countries: dict[str, Place | None] = {}

    def country_place(self, iso3: str) -> Place | None:
        """A country-level place for an actor's country code, cached: the same few countries recur."""
        if iso3 not in self._countries:
            entry = self.gazetteer.country_by_iso3(iso3)
            self._countries[iso3] = None if entry is None else Place(
                text=entry.name, start=0, end=0, name=entry.name, geonameid=entry.geonameid, lat=entry.lat,
                lon=entry.lon, country=entry.country3, admin1=None, feature="country", score=1.0,
            )
        return self._countries[iso3]

    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        focus = focus_place(coded.places, doc)
        text = doc_text(doc)
        memo: dict[int, bool] = {}
        for event in coded.events:
            if event.location is None:
                event.location = locate_event(doc, event, coded.places, focus, text, self.country_place, memo)

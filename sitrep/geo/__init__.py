"""Places: the gazetteer index, toponym recognition and resolution, and the location of each event.

- ``sitrep.geo.gazetteer``: ``get_gazetteer()``, ``build()``, ``Gazetteer.candidates(name)``,
  ``Gazetteer.capital(iso2)``, ``Gazetteer.country_by_iso3(iso3)``
- ``sitrep.geo.recognise``: ``ToponymRecogniser(gazetteer)(doc, text=None) -> [Toponym]``
- ``sitrep.geo.descriptive``: ``descriptive_capitals(doc, text, demonyms, country_of)`` ("the Ukrainian capital")
- ``sitrep.geo.resolve``: ``Resolver(gazetteer).resolve(text, spans, hints=None, capitals=None) -> [Place]``
- ``sitrep.geo.locate``: ``locate_event(doc, event, places, focus, text=None, country_place=None) -> Place | None``;
  ``side_countries(event)``
- ``sitrep.geo.stage``: the ``places`` and ``event_locations`` pipeline stages
"""

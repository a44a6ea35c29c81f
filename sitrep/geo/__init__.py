"""Places: the gazetteer index, toponym recognition and resolution, and the location of each event.

- ``sitrep.geo.gazetteer``: ``get_gazetteer()``, ``build()``, ``Gazetteer.candidates(name)``
- ``sitrep.geo.recognise``: ``ToponymRecogniser(gazetteer)(doc) -> [Toponym]``
- ``sitrep.geo.resolve``: ``Resolver(gazetteer).resolve(text, spans) -> [Place]``
- ``sitrep.geo.locate``: ``locate_event(doc, event, places, focus) -> Place | None``
- ``sitrep.geo.stage``: the ``places`` and ``event_locations`` pipeline stages
"""

"""Actors: the dictionary (countries, organisations, sector nouns, people with dated roles) and
mention -> actor resolution, including pronouns and definite descriptions.

Usage::

    from sitrep.actors import ActorDictionary, ActorResolver

    resolver = ActorResolver()                     # ActorDictionary.default(), compiled once per process
    resolver.resolve_text("Russia's Ministry of Defense")
    # [ActorRef(text="Russia's Ministry of Defense", code="RUSMIL", country="RUS", sector="MIL", ...)]

    doc = nlp("Ukrainian President Volodymyr Zelensky said ...")
    subject = doc[0:4]                              # e.g. the subtree of the subject token
    resolver.resolve_span(subject, when=date(2024, 8, 6))
    # [ActorRef(name="Volodymyr Zelensky", code="UKRGOV", office="President of Ukraine", ...)]

    resolver.resolve_text("Hungarian and Romanian officials")   # coordination: HUNGOV, ROUGOV
    resolver.find_mentions(doc, when)               # every actor mention, with char offsets

    tracker = resolver.track(doc, when)             # article-level reference
    tracker.resolve(pronoun_token)                  # "she" -> ActorRef(text="she", name="Sabrina Singh", ...)
    tracker.resolve(doc[10:12])                     # "the ministry" -> the last ministry mentioned before it

ActorRef fields (sitrep.model): text, name (person/organisation name, else None), code (country +
PLOVER sector, "RUSMIL"; an organisation's own code, "IGONATO"; sector alone when no country),
country (ISO alpha-3, None for international organisations), sector, office, start/end (char offsets).
``when`` (a date) picks the role a person held on that date; without it, the current role.

Dictionaries: ``ActorDictionary.default()``; ``ActorDictionary.from_petrarch(actors_path, agents_path)``
reads PETRARCH/TABARI files; ``default().merged_with(other)`` combines them (other wins on same keys).
The data files are in sitrep/data/actors (countries.tsv, metonyms.tsv, sectors.tsv,
organisations.yaml, people.yaml).
"""

from sitrep.actors.dictionary import ActorDictionary
from sitrep.actors.entries import ActorEntry, Role
from sitrep.actors.resolver import ActorResolver, ResolvedActor
from sitrep.actors.tracking import ActorTracker

__all__ = ["ActorDictionary", "ActorEntry", "ActorResolver", "ActorTracker", "ResolvedActor", "Role"]

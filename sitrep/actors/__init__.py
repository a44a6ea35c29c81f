"""Actors: the dictionary (countries, organisations, sector nouns, people with dated roles) and
mention -> actor resolution, including pronouns and definite descriptions.

Usage::

    from datetime import date
    from sitrep.actors import ActorDictionary, ActorResolver

    resolver = ActorResolver()            # ActorDictionary.default(): loaded and compiled once per process
    resolver.resolve_text("Russia's Ministry of Defense")
    # [ActorRef(text="Russia's Ministry of Defense", code="RUSMIL", country="RUS", sector="MIL", ...)]

    doc = nlp("Ukrainian President Volodymyr Zelensky said ...")   # nlp = sitrep.nlp.get_nlp()
    subject = doc[0:4]                    # e.g. doc[tok.left_edge.i : tok.right_edge.i + 1] for a subject
    resolver.resolve_span(subject, when=date(2024, 8, 6))
    # [ActorRef(name="Volodymyr Zelensky", code="UKRGOV", office="President of Ukraine", start=0, end=38)]

    resolver.resolve_text("Hungarian and Romanian officials")       # coordination -> HUNGOV, ROUGOV
    resolver.resolve_text("Kyiv-allied anti-Kremlin Russian fighters")  # "anti-X" is not X -> RUSREB
    resolver.find_mentions(doc, when)     # every actor mention in a document, with char offsets

    tracker = resolver.track(doc, when)   # article-level reference (build once per article)
    tracker.resolve(doc[12])              # "she" -> ActorRef(text="she", name="Sabrina Singh", code="USAMIL")
    tracker.resolve(doc[20:22])           # "the ministry" -> the last ministry named before it
    tracker.resolve(token)                # a noun token: its phrase (left edge .. token); a named phrase
                                          # resolves to itself; None when nothing fits
    tracker.mentions                      # the article's mentions, descriptions already replaced
    tracker.namesake(ref)                 # "Chaudhry" -> the first "Lt Gen Ahmed Sharif Chaudhry" (its role)
    tracker.resolve(doc[30], avoid=ref)   # "them" that cannot be the clause's own subject

    from sitrep.actors import clause_reference   # pronouns read from the sentence's structure first
    clause_reference.governing_subject(token)    # "the convoy ... when it came under attack" -> "convoy"
    clause_reference.quoted_speaker(token)       # "“We reject ...,” the spokesperson said" -> "spokesperson"

    # A state official or body whose phrase names a ministry but no country ("foreign ministry spokesperson X")
    # is of the last ministry of that portfolio the article named with its country (sitrep.actors.ministries);
    # resolve_span does this by itself when the span belongs to the article's Doc.

ActorRef fields (sitrep.model): ``text`` (the phrase, or the pronoun), ``name`` (a person's or
organisation's name, also for people the dictionary does not know; None for "Russian troops"),
``code`` (country + PLOVER sector, "RUSMIL"; an organisation's own code, "IGONATO", "IGOUNOMIL" for UN
troops; the sector alone when no country is known), ``country`` (ISO alpha-3; None for international
organisations), ``sector`` (PLOVER: GOV MIL COP REB UAF PRM JUD LEG SPY CVL REF JRN OPP ELI ...; IGO/NGO
for international bodies), ``office`` (a person's office, or the title in the text), ``start``/``end``.

``when`` (a date, a datetime or an ISO string) picks the role a person or group held on that date:
Shoigu is MIL until 2024-05-12, then GOV; the Taliban REB until 2021-08-14, then GOV. Without it,
the current role. Nothing is guessed: an unknown person with no title or adjective has country None.

``resolve_actors`` / ``find_actor_mentions`` return ``ResolvedActor`` (ref + kind person/people/org +
gender), for callers that need more than the ActorRef.

Dictionaries: ``ActorDictionary.default()``; ``ActorDictionary.from_petrarch(actors_path, agents_path)``
reads PETRARCH/TABARI files; ``default().merged_with(other)`` combines them (other wins on same keys).
Occupied and contested territory (``sitrep.actors.territory``): who held a region or town on a date,
from territory_control.tsv. ``held_country("UKR", admin1="Crimea", on=date(2022, 10, 8), acting={"UKR"})``
-> "RUS"; ``territory_control().holding(country=..., admin1=..., geonameid=..., name=..., on=...)`` -> the
``Control`` period in force (holder, dates, partial, basis) or None. The events stage uses it for parties
taken from places; incidents can use it for a place's country.

Data files: sitrep/data/actors (countries.tsv, metonyms.tsv, regions.tsv, sectors.tsv,
organisations.yaml, people.yaml, territory_control.tsv). CLI: ``sitrep actors resolve TEXT --date 2024-08-06``,
``sitrep actors stats``, ``sitrep actors evaluate``, ``sitrep actors territory Sevastopol --date 2023-09-13``.
"""

from sitrep.actors.dictionary import ActorDictionary
from sitrep.actors.entries import ActorEntry, Role
from sitrep.actors.resolver import ActorResolver, ResolvedActor
from sitrep.actors.territory import Control, TerritoryControl, held_country, territory_control
from sitrep.actors.tracking import ActorTracker

__all__ = [
    "ActorDictionary",
    "ActorEntry",
    "ActorResolver",
    "ActorTracker",
    "Control",
    "ResolvedActor",
    "Role",
    "TerritoryControl",
    "held_country",
    "territory_control",
]

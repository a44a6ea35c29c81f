"""Who an event's parties are: actor phrases resolved in their document, and the countries they take.

``DocumentContext`` resolves a clause's actor phrases (pronouns and descriptions through the article's
tracker, places named instead of actors through the places stage); the functions after it fill in
parties the clause leaves implicit or countryless (the country a place is in, the side that reported
it, the authority that said so, the country the story is about) and drop ones that are only where
someone was posted. A party taken from a place falls on whoever held the place on the document's date
(occupied and contested territory: ``sitrep.actors.territory``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, timedelta

from spacy.tokens import Doc, Span, Token

from sitrep.actors import ActorResolver, ActorTracker, clause_reference
from sitrep.actors.territory import held_country, territory_control
from sitrep.events import intent
from sitrep.events.arguments import PROJECTILES, by_phrase, is_projectile, phrase_span
from sitrep.events.detect import VIOLENT_ROOTS, Candidate
from sitrep.model import ActorRef, Place

# A report of ground taken is dated a little after it changed hands; who held it is read this long before.
_SEIZURE_LOOKBACK = timedelta(days=3)
_UNSET = object()
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# A place named as the other side or a destination ("condolences to Iran", "talks with Israel", "sanctions
# against Iran", "left for Paris") says nothing of where the story is, unless it is a visit's destination.
_COUNTERPART_PREPS = frozenset({"to", "toward", "towards", "against", "with", "for"})
# Places whose country says nothing about whose people an action fell on (seas, continents).
_NO_COUNTRY_FEATURES = frozenset({"water", "continent", "sea", "ocean"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


# Nouns that say the name after "of" is a place: "the Somali town of Beledweyne".
_PLACE_NOUNS = frozenset({"town", "city", "village", "district", "region", "province", "state", "capital", "port"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "around", "into", "across"})


def _said_as_a_place(token: Token) -> bool:
    """Whatever the entity tagger thinks, "in X", "near X" and "the town of X" name a place."""
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    if preposition.lower_ in _PLACE_PREPS:
        return True
    return preposition.lower_ == "of" and preposition.head.lemma_.casefold() in _PLACE_NOUNS


class DocumentContext:
    """Actor resolution for one document; the article-level tracker is built only if a pronoun needs it.

    ``places`` are the document's resolved toponyms (the places stage, when it ran first): a phrase
    that names no actor but a place ("shelled Kupiansk", "residents of Kharkiv") takes its country.
    """

    def __init__(self, resolver: ActorResolver, doc: Doc, when: date | None, places: Sequence[Place] = ()) -> None:
        self.resolver = resolver
        self.doc = doc
        self.when = when
        self._tracker: ActorTracker | None = None
        self.roots_seen: set[str] = set()  # CAMEO roots of the events coded so far in the document
        self._places = places
        self._place_of_token: dict[int, Place] | None = None
        self._home: str | object | None = _UNSET

    def place_at(self, token: Token) -> Place | None:
        """The resolved place (with a country) a token is part of; the index is built on first use."""
        if self._place_of_token is None:
            self._place_of_token = {}
            for place in self._places:
                if not place.country or place.feature in _NO_COUNTRY_FEATURES:
                    continue
                span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
                for token_in_place in span if span is not None else ():
                    self._place_of_token.setdefault(token_in_place.i, place)
        return self._place_of_token.get(token.i) if self._place_of_token else None

    def places_between(self, start: int, end: int) -> list[Place]:
        """Resolved places with a country named between two character offsets."""
        return [
            place
            for place in self._places
            if start <= place.start < end and place.country and place.feature not in _NO_COUNTRY_FEATURES
        ]

    def place_in(self, tokens: Iterable[Token]) -> Place | None:
        return next((place for token in tokens if (place := self.place_at(token)) is not None), None)

    def held_country(self, place: Place, acting: Collection[str] = (), text: str = "", seized: bool = False) -> str:
        """The country an act on the place falls on: who held it on the document's date ("a strike on
        Sevastopol" in 2023 falls on Russia), unless the holder is the acting side, or only part of the
        region is held and ``text`` does not say this part is (then, as without a date, the place's own
        country). Ground seized was held by someone until the seizure: its holder is read a few days
        before the report ("Ukraine retook Kherson" on 11 Nov 2022 took it from Russia)."""
        if not place.country or self.when is None:
            return place.country or ""
        day = self.when.date() if isinstance(self.when, datetime) else self.when
        if seized:
            day -= _SEIZURE_LOOKBACK
        held = held_country(
            place.country,
            admin1=place.admin1,
            geonameid=place.geonameid,
            name=place.name,
            on=day,
            acting=acting,
            text=text,
        )
        return held or place.country

    @property
    def home_country(self) -> str | None:
        """The country the document is about, as its places tell it: the one named in at least half of
        the place mentions that have a country, and at least twice or once in a role that says so (see
        ``_where``: not "help Iran", "remarks on Ukraine", "a UK-based group"). Computed once, on first use."""
        if self._home is _UNSET:
            placed = [
                place
                for place in self._places
                if place.country and place.feature not in _NO_COUNTRY_FEATURES and not self._names_a_person(place)
            ]
            counts = Counter(place.country for place in placed)
            total = sum(counts.values())
            home = None
            if counts:
                country, count = counts.most_common(1)[0]
                if 2 * count >= total and (count >= 2 or any(self._where(p) for p in placed if p.country == country)):
                    home = country
            self._home = home
        return self._home if isinstance(self._home, str) else None

    def _names_a_person(self, place: Place) -> bool:
        """'President Bush is scheduled to meet ...': a gazetteer town (Būsh, Egypt) the parser reads as a
        person's name tells nothing of where the story is."""
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or len(span) == 0 or not all(token.ent_type_ == "PERSON" for token in span):
            return False
        return not _said_as_a_place(span.root)

    def _where(self, place: Place) -> bool:
        """A place named once tells the document's country when it is where things happen ("in Lagos", a
        dateline), a side that acts ("Kenya said"), owns ("Pakistan's army") or is ("the government of
        Sudan"); not what someone acts on or talks about ("help Iran", "remarks on Ukraine"), nor a
        hyphened modifier ("a UK-based group")."""
        span = self.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            return False
        after = self.doc[span.end] if span.end < len(self.doc) else None
        if after is not None and after.text == "-" and not span[-1].whitespace_:
            return False
        root = span.root
        if root.dep_ in {"dobj", "dative"}:
            return False
        if root.dep_ != "pobj":
            return True
        preposition = root.head.lower_
        return (preposition not in _TOPIC_PREPS and preposition not in _COUNTERPART_PREPS) or _said_where(root)

    @property
    def tracker(self) -> ActorTracker:
        if self._tracker is None:
            self._tracker = self.resolver.track(self.doc, self.when)
        return self._tracker

    def actors(self, heads: list[Token], alone: set[int] | frozenset[int] = frozenset()) -> list[ActorRef]:
        found: list[ActorRef] = []
        for head in heads:
            if self._in_dateline(head):
                # "KYIV, Ukraine (AP) — Russian missiles struck": the parser made the dateline a subject
                others = [t for t in head.head.children if t.dep_ == head.dep_ and t.i > head.i]
                found.extend(actor for other in others for actor in self._resolve(other, other.i not in alone))
                continue
            found.extend(self._resolve(head, head.i not in alone))
        unique: list[ActorRef] = []
        for actor in found:
            if not any(_same(actor, kept) for kept in unique):
                unique.append(actor)
        return unique

    def _resolve(self, head: Token, conjuncts: bool = True) -> list[ActorRef]:
        if head.pos_ == "PRON":
            if head.lower_ in {"who", "which", "that", "what", "whom"}:
                return []
            speakers = self._speakers_meant(head)
            if speakers:
                return speakers
            if head.lower_ in clause_reference.FIRST_PERSON:
                return self._quoted_speaker(head)
            governing = clause_reference.governing_subject(head)
            if governing is not None:
                # "the convoy ... when it came under attack": the clause's subject, an actor or none;
                # a name known only as a name ("Chaudhry told ... as he declared") is left to the article
                meant = self._resolve(governing)
                if not meant or any(actor.code or actor.country for actor in meant):
                    return [_as_mention(actor, head) for actor in meant]
            previous = clause_reference.previous_subject(head) if governing is None else None
            if previous is not None:
                # centring: a sentence's subject pronoun continues the previous sentence's subject
                meant = self._resolve(previous)
                if meant and any(actor.code or actor.country for actor in meant):
                    return [_as_mention(actor, head) for actor in meant]
            avoid = clause_reference.object_of_own_clause(head)
            avoided = self._resolve(avoid) if avoid is not None else []
            referred = self.tracker.resolve(head, avoid=avoided[0] if len(avoided) == 1 else None)
            return [referred] if referred is not None else []
        span = _without_seat(phrase_span(head, conjuncts), head)
        actors = self.resolver.resolve_span(span, self.when)
        if actors:
            actors = [self.tracker.namesake(actor) or actor for actor in actors]
            actors = [self._owner_country(self._named_place(actor), span) for actor in actors]
            if len(actors) == 1 and _bare_sector(actors[0]) and span[0].lower_ in _DEFINITE:
                # "the ministry said" after "Russia's defence ministry": the description's antecedent
                referred = self.tracker.resolve(span)
                if referred is not None and referred.country:
                    return [referred]
            actors = _sharing_the_nationality(actors)
            if all(_countryless_sector(actor) for actor in actors):
                place = self.place_in(span)  # "residents of Kharkiv", "the Kharkiv regional governor"
                if place is not None and place.country:
                    actors = [_in_country(actor, place.country) for actor in actors]
            return actors
        place = self.place_in(span)
        if place is not None and place.country:  # "shelled Kupiansk": the place's country bore it
            return [ActorRef(place.text, place.name, place.country, place.country, None, place.start, place.end)]
        if any(token.lower_ in _DEFINITE for token in span[:1]):
            referred = self.tracker.resolve(span)
            if referred is not None:
                return [referred]
        return []

    def _in_dateline(self, token: Token) -> bool:
        """Whether the token is part of the story's dateline ("KYIV —"), which says where it was filed."""
        return token.i < 12 and any(
            place.role == "dateline" and place.start <= token.idx < place.end for place in self._places
        )

    def _named_place(self, actor: ActorRef) -> ActorRef:
        """'the Kerch bridge', 'a depot near Dzhankoi': a name the actor dictionary does not know that the
        places stage resolved is a place, and stands for the country it is in, not for an unknown actor."""
        if actor.code is not None or actor.country is not None or actor.sector is not None or actor.start is None:
            return actor
        end = actor.end if actor.end is not None else actor.start
        place = next((p for p in self.places_between(actor.start, end) if p.end <= end), None)
        if place is None or not place.country:
            return actor
        return ActorRef(actor.text, place.name, place.country, place.country, None, actor.start, actor.end)

    def _quoted_speaker(self, pronoun: Token) -> list[ActorRef]:
        """'"We reject the allegations," the Indian foreign ministry spokesperson said': "we" is the
        speaker's side (a person's country and sector, not the person), "I" the speaker."""
        speaker = clause_reference.quoted_speaker(pronoun)
        if speaker is None:
            return []
        found = [_as_mention(actor, pronoun) for actor in self._resolve(speaker)]
        if not clause_reference.speaks_for_a_side(pronoun):
            return found
        return [
            ActorRef(
                actor.text, None, f"{actor.country}{actor.sector}", actor.country, actor.sector, actor.start, actor.end
            )
            if actor.office and actor.country and actor.sector
            else actor
            for actor in found
        ]

    def _speakers_meant(self, pronoun: Token) -> list[ActorRef]:
        """'Obama and Putin said they will attack', 'the US claimed that they had attacked': "they" as the
        subject of what a group, state or body says stands for the ones saying it (not a person alone,
        who speaks of others)."""
        if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp":
            return []
        subject, passive = _own_subject_of(pronoun.head.head)
        if subject is None or passive or subject.pos_ == "PRON":
            return []
        speakers = self.actors([subject])
        if len(speakers) > 1 or (len(speakers) == 1 and speakers[0].office is None and speakers[0].name is None):
            return speakers
        if len(speakers) == 1 and speakers[0].sector is None and (speakers[0].code or speakers[0].country):
            return speakers  # a country or organisation by name (a person known only by name speaks of others)
        return []

    def issuer(self, heads: list[Token]) -> list[ActorRef]:
        """'A report released in the Rwandan capital alleged ...': a document that accuses or claims speaks
        for the one actor its own phrase names (who issued it, or where)."""
        for head in heads:
            if head.lemma_.casefold() not in _DOCUMENTS:
                continue
            left, right = head.left_edge.i, head.right_edge.i
            for entity in self.doc.ents:
                if entity.start < left or entity.end > right + 1 or entity.label_ not in {"NORP", "GPE", "ORG"}:
                    continue
                resolved = self.resolver.resolve_span(entity, self.when)
                found = [actor for actor in resolved if actor.country or actor.code]
                if found:
                    return found[:1]
        return []

    def _owner_country(self, actor: ActorRef, span: Span) -> ActorRef:
        """'its forces' after 'Israel said': the possessive pronoun gives the sector its country."""
        if actor.country is not None or actor.sector is None or (actor.code or "").startswith("IGO"):
            return actor
        owner = next((t for t in span if t.dep_ == "poss" and t.pos_ == "PRON"), None)
        if owner is None:
            return actor
        quoted = self._quoted_speaker(owner) if owner.lower_ in clause_reference.FIRST_PERSON else []
        governing = clause_reference.governing_owner(owner)
        owners = self._resolve(governing) if governing is not None and not quoted else []
        if len(quoted) == 1:
            referred = quoted[0]
        elif len(owners) == 1 and owners[0].country:
            referred = owners[0]  # "the Afghan army chief said his forces": the chief's, not the last man named
        else:
            referred = self.tracker.resolve(owner)
        if referred is None or referred.country is None:
            return actor
        return ActorRef(
            actor.text,
            actor.name,
            f"{referred.country}{actor.sector}",
            referred.country,
            actor.sector,
            actor.start,
            actor.end,
            actor.office,
        )


# Roots of acts done by saying (appeals, disapproval, rejection, threats): a report or statement can do them.
SAID_ROOTS = frozenset({"02", "10", "11", "12", "13"})
_DOCUMENTS = frozenset(
    {"report", "statement", "study", "document", "letter", "communique", "dossier", "inquiry", "investigation"}
)


def _as_mention(actor: ActorRef, pronoun: Token) -> ActorRef:
    """The actor a pronoun stands for, as a mention of the pronoun itself."""
    return ActorRef(
        pronoun.text,
        actor.name,
        actor.code,
        actor.country,
        actor.sector,
        pronoun.idx,
        pronoun.idx + len(pronoun.text),
        actor.office,
    )


def _own_subject_of(verb: Token) -> tuple[Token | None, bool]:
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            return child, False
        if child.dep_ in {"nsubjpass", "csubjpass"}:
            return child, True
    return None, False


def _sharing_the_nationality(actors: list[ActorRef]) -> list[ActorRef]:
    """'French political and military officials': a nationality written once before conjoined sectors
    belongs to each of them, when the phrase names exactly one country."""
    countries = {actor.country for actor in actors if actor.country}
    if len(actors) < 2 or len(countries) != 1 or not any(_countryless_sector(actor) for actor in actors):
        return actors
    (country,) = countries
    first_with_country = min(actor.start or 0 for actor in actors if actor.country)
    # "Duterte and Suga": two people named by name each have their own country, whatever one of them is known as
    named_only = all(actor.name for actor in actors if actor.country)
    return [
        _in_country(actor, country)
        if _countryless_sector(actor) and (actor.start or 0) > first_with_country and not (named_only and actor.name)
        else actor
        for actor in actors
    ]


def _countryless_sector(actor: ActorRef) -> bool:
    """An actor with a sector and no country, other than an international body ("IGOUNO"): a group
    such as "IMGREB" may take the country of the place it acts in."""
    return actor.country is None and actor.sector is not None and not (actor.code or "").startswith("IGO")


def _bare_sector(actor: ActorRef) -> bool:
    """'police', 'the ministry': a sector alone, not a named body or an international group ("IMGREB")."""
    return actor.country is None and actor.sector is not None and actor.code in {None, actor.sector}


def _same(first: ActorRef, second: ActorRef) -> bool:
    return (first.code, first.name, first.start) == (second.code, second.name, second.start)


def with_context_country(candidate: Candidate, target: list[ActorRef], context: DocumentContext) -> list[ActorRef]:
    """A participle clause acts in the main clause's place: ', capturing border guards' -> Russia's guards.

    When the clause's own target resolves to nothing, or to a sector with no country, the country of
    the clause it hangs off (its target, e.g. "Russia's Kursk region") fills the gap.
    """
    verb = candidate.trigger
    if not candidate.verbal or verb.dep_ not in {"advcl", "conj"}:
        return target
    if target and all(actor.country for actor in target):
        return target
    host = verb
    host_target: list[ActorRef] = []
    for _ in range(3):
        if host.dep_ not in {"advcl", "conj"}:
            break
        host = host.head
        if host in candidate.absorbed:
            break  # the host is this event's own toll ("killed in shelling")
        objects = [c for c in host.children if c.dep_ == "dobj"]
        objects += [
            g
            for c in host.children
            if c.dep_ == "prep" and c.lower_ in {"into", "on", "against"}
            for g in c.children
            if g.dep_ == "pobj"
        ]
        host_target = [actor for actor in context.actors(objects) if actor.country]
        if host_target:
            break
    if not host_target:
        return target
    if not target:
        return host_target
    country = host_target[0].country
    filled = []
    for actor in target:
        if actor.country is None and actor.sector and actor.code is not None and not actor.code.startswith("IGO"):
            actor = ActorRef(
                actor.text,
                actor.name,
                f"{country}{actor.sector}",
                country,
                actor.sector,
                actor.start,
                actor.end,
                actor.office,
            )
        filled.append(actor)
    return filled


_PLACE_TARGET_ROOTS = frozenset({"07", "14", "15", "17", "18", "19", "20"})
_LOCATIVE_PREPS = frozenset({"in", "inside", "across", "near", "at", "outside", "around", "throughout"})


def with_place_country(
    candidate: Candidate, code: str, target: list[ActorRef], context: DocumentContext
) -> list[ActorRef]:
    """'strengthened its forces in Lebanon', 'killed civilians in Herat', 'an attack at a mall in Kenya's
    capital': the place names whose people the action fell on, when the target itself has no country."""
    if target and any(actor.country for actor in target):
        return target
    if not target and code[:2] not in _PLACE_TARGET_ROOTS:
        return target
    clause = candidate.clause_head if (candidate.verbal or candidate.light) else candidate.trigger
    heads = [clause] if clause is candidate.trigger else [clause, candidate.trigger]
    # "struck a shipyard in Sevastopol": where the thing acted on is, after where the act was
    things = [child for child in candidate.trigger.children if child.dep_ in {"dobj", "nsubjpass"}]
    found = _located_country(_locative_objects(heads) + _locative_objects(things), context)
    if found is None:
        return target
    where, country = found
    if not target:
        phrase = phrase_span(where, conjuncts=False)
        return [ActorRef(phrase.text, None, country, country, None, phrase.start_char, phrase.end_char)]
    return [_in_country(actor, country) if _countryless_sector(actor) else actor for actor in target]


def _locative_objects(heads: list[Token]) -> list[Token]:
    """Objects of "in/at/near ..." on the heads, then of an "in" phrase nested in them ("a mall in Nairobi")."""
    found = [
        grand
        for head in heads
        for child in head.children
        if child.dep_ == "prep" and child.lower_ in _LOCATIVE_PREPS
        for grand in child.children
        if grand.dep_ == "pobj"
    ]
    nested = [
        grand
        for pobj in found
        for child in pobj.children
        if child.dep_ == "prep" and child.lower_ in {"in", "of"}
        for grand in child.children
        if grand.dep_ == "pobj"
    ]
    return found + nested


def _located_country(objects: list[Token], context: DocumentContext) -> tuple[Token, str] | None:
    """The first object that is a place (a named location or a resolved toponym) and its country."""
    for pobj in objects:
        span = phrase_span(pobj, conjuncts=False)
        place = context.place_in(span)
        # spaCy's small model tags some towns NORP ("in Sevastopol"): a proper noun there may still be a place
        named = pobj.ent_type_ in {"GPE", "LOC", "FAC"} or (pobj.ent_type_ == "NORP" and pobj.pos_ == "PROPN")
        if not named and place is None:
            continue  # "in response", "in Russian strikes": no place
        actors = [actor for actor in context.actors([pobj]) if actor.country]
        if actors:
            return pobj, actors[0].country or ""
        if place is not None and place.country:
            return pobj, place.country
    return None


_AUTHORITIES = frozenset({"COP", "GOV", "JUD", "MIL", "SPY"})


def authority_that_said_so(candidate: Candidate, context: DocumentContext) -> list[ActorRef]:
    """'Five suspects were arrested, police said': the police, government or court that reports an
    arrest, a ban or an expulsion it names no one for is the one that made it."""
    speaker = intent.speaker_of(candidate.trigger if candidate.verbal else candidate.clause_head)
    if speaker is None:
        return []
    said_by = context.actors([speaker])
    return said_by if said_by and all(actor.sector in _AUTHORITIES for actor in said_by) else []


def with_speaker_country(
    candidate: Candidate, code: str, source: list[ActorRef], target: list[ActorRef], context: DocumentContext
) -> list[ActorRef]:
    """'Russia's ministry said Ukrainian drones struck a fuel depot': a side reporting an attack on something
    that names no party (a depot, a village) by the other side reports an attack on itself."""
    if code[:2] not in VIOLENT_ROOTS or any(actor.country for actor in target):
        return target
    attackers = {actor.country for actor in source if actor.country}
    if len(attackers) != 1:
        return target
    speaker = intent.speaker_of(candidate.clause_head if (candidate.verbal or candidate.light) else candidate.trigger)
    if speaker is None:
        return target
    said_by = [actor.country for actor in context.actors([speaker]) if actor.country]
    if len(said_by) != 1 or said_by[0] in attackers:
        return target
    country = said_by[0]
    if target:
        return [_in_country(actor, country) if _countryless_sector(actor) else actor for actor in target]
    objects = [child for child in candidate.trigger.children if child.dep_ in {"dobj", "nsubjpass"}]
    if not objects:
        return target
    # "launched 90 drones": the weapons are not what was hit; the side that said so stands for it
    phrase = phrase_span(speaker if is_projectile(objects[0]) else objects[0], conjuncts=False)
    return [ActorRef(phrase.text, None, country, country, None, phrase.start_char, phrase.end_char)]


def own_ground(source: list[ActorRef], target: list[ActorRef]) -> bool:
    """The target is only the source's own country, named by no actor of its own (a place's country)."""
    source_countries = {actor.country for actor in source if actor.country}
    return (
        bool(target)
        and bool(source_countries)
        and all(
            actor.country in source_countries and actor.sector is None and actor.code == actor.country
            for actor in target
        )
    )


def where_it_fell(sentence: Span, source: list[ActorRef], context: DocumentContext) -> list[ActorRef]:
    """An event that names no target, in a sentence that names places of exactly one country (outside the
    source's own phrase): "protesters rallied outside parliament in Nairobi", "police detained 20 people
    in Lagos", "Iran warned of a response, a day after the strike near Damascus". That country is the one
    it was aimed at or fell on, as event data sets code it (a domestic event's target is the source's
    own country). Several countries, or none, leave the target empty."""
    spans = [(actor.start, actor.end) for actor in source if actor.start is not None and actor.end is not None]
    found: dict[str, Place] = {}
    for place in context.places_between(sentence.start_char, sentence.end_char):
        country = place.country
        if not country or any(a <= place.start < b for a, b in spans):
            continue
        span = sentence.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or _on_the_acting_side(span.root) or _seat_of_a_body(span.root, context):
            continue  # "Russia was behind the attacks": the doer's side, not where it fell
        country = context.held_country(place, _countries(source), sentence.text)
        found.setdefault(country, place)
    if len(found) != 1:
        return []
    ((country, place),) = found.items()
    return [ActorRef(place.text, place.name, country, country, None, place.start, place.end)]


def _countries(actors: Iterable[ActorRef]) -> set[str]:
    return {actor.country for actor in actors if actor.country}


def doer_of_the_attack(heads: list[Token], context: DocumentContext) -> list[ActorRef]:
    """'Shelling by Russian forces killed three civilians': a subject that is itself an act (a gerund)
    names its doer in its own "by" phrase."""
    doers: list[Token] = []
    for head in heads:
        if head.tag_ == "VBG" and (agent := by_phrase(head)) is not None:
            doers.append(agent)
    return context.actors(doers) if doers else []


def foreign_ground(sentence: Span, target: list[ActorRef], context: DocumentContext) -> list[ActorRef]:
    """'Ten Russian soldiers were killed in Ukraine': violence that names no doer, done to one country's
    people in another country that the sentence names as where it happened, is coded (as event data sets
    code it) with that country as the source."""
    victims = {actor.country for actor in target if actor.country}
    if len(victims) != 1:
        return []
    spans = [(actor.start, actor.end) for actor in target if actor.start is not None and actor.end is not None]
    found: dict[str, Place] = {}
    for place in context.places_between(sentence.start_char, sentence.end_char):
        if not place.country or any(a <= place.start < b for a, b in spans):
            continue
        span = sentence.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and _said_where(span.root) and span.root.i > span.sent.start + 3:
            # Russian soldiers killed in Russian-held Crimea: the place's holder is not who killed them
            found.setdefault(context.held_country(place, victims, sentence.text), place)
    if len(found) != 1 or next(iter(found)) in victims:
        return []
    ((country, place),) = found.items()
    return [ActorRef(place.text, place.name, country, country, None, place.start, place.end)]


def local_parties(
    sentence: Span, parties: list[ActorRef], context: DocumentContext, other_side: Sequence[Token] = ()
) -> list[ActorRef]:
    """'Police arrested 20 protesters in Lagos': a source or target that is only a sector ("police",
    "protesters") belongs to the one country the sentence names as where things are or happen (a place
    phrase or the dateline), if it names exactly one. A place inside the other party's own phrase ("the
    US commander in Iraq held talks with President X") says where that party serves, not where this
    one is."""
    if not parties or not all(_bare_sector(actor) and not _serves_abroad(actor) for actor in parties):
        return parties
    if any(_names_projectile(actor) for actor in parties):
        return parties  # "drones hit a refinery in Krasnodar": where they fell says nothing of who sent them
    doc = sentence.doc
    elsewhere = [_phrase_range(head) for head in other_side]
    # The police or officials of an occupied town are its holder's ("police in Sevastopol"); its people
    # keep the country it belongs to.
    authorities = all(actor.sector in _AUTHORITIES for actor in parties)
    countries = set()
    for place in context.places_between(sentence.start_char, sentence.end_char):
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or any(left <= span.root.i <= right for left, right in elsewhere):
            continue
        if _said_where(span.root):  # not "remarks on Ukraine", "a UK-based group"
            countries.add(context.held_country(place, (), sentence.text) if authorities else place.country)
    if len(countries) != 1:
        return parties
    (country,) = countries
    return [_in_country(actor, country) for actor in parties] if country else parties


def _without_seat(span: Span, head: Token) -> Span:
    """'The Paris-based International Energy Agency': the city a named organisation is based in is its seat,
    not its side, so the name after "-based" is resolved alone (a common noun, "a London-based group", keeps
    its place: it has no other name to be known by)."""
    if head.pos_ != "PROPN" or head.ent_type_ != "ORG":
        return span
    seat = next((t for t in span if t.lower_ == "based" and t.i < head.i and t.head.i == head.i), None)
    if seat is None or seat.i + 1 >= span.end:
        return span
    return span.doc[seat.i + 1 : span.end]


def _names_projectile(actor: ActorRef) -> bool:
    words = actor.text.casefold().split()
    return bool(words) and (words[-1] in PROJECTILES or words[-1].rstrip("s") in PROJECTILES)


# Heads of a phrase that names someone serving in a country not their own: "the US commander in Iraq".
_POSTS = frozenset(
    {"commander", "ambassador", "envoy", "general", "representative", "diplomat", "official", "officer",
     "chief", "head", "troops", "forces", "contingent", "mission", "embassy", "consul", "attache"}
)  # fmt: skip


def posted_abroad(heads: Sequence[Token], actors: list[ActorRef]) -> list[Token]:
    """The heads of a party that is a post of a named country ("the US commander in Iraq"): a place in
    their phrase says where that party serves, not where the other party is."""
    if not any(actor.country for actor in actors):
        return []
    return [head for head in heads if head.lemma_.casefold() in _POSTS]


def _phrase_range(head: Token) -> tuple[int, int]:
    """Token range of a party's phrase with its place phrases ("the US commander in Iraq"), without the
    clauses that hang off it."""
    phrase = phrase_span(head, conjuncts=False)
    left, right = phrase.start, phrase.end - 1
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _LOCATIVE_PREPS:
            left, right = min(left, child.left_edge.i), max(right, child.right_edge.i)
    return left, right


def _said_where(token: Token) -> bool:
    """Is the place named as where something is or happens: "in Lagos", "near Kharkiv's centre", or the
    dateline that opens the text ("GAZA CITY, Palestinian Territories: ...")?"""
    current = token
    for _ in range(4):
        if current.dep_ == "pobj":
            preposition = current.head
            # "during a visit to Beirut": where the visitor is
            return preposition.lower_ in _LOCATIVE_PREPS or (
                preposition.lower_ == "to" and preposition.head.lemma_.casefold() in _VISITS
            )
        if current.dep_ not in {"compound", "poss", "appos", "conj", "nmod"}:
            break
        current = current.head
    if token.i >= 6 or token.sent.start != 0 or token.i + 1 >= len(token.doc):
        return False
    after = token.doc[token.i + 1]
    # "LYON:", "GAZA CITY, ...", "KYIV - ...", but not "A UK-based group"
    return after.is_punct and (after.text != "-" or bool(token.whitespace_))


_VISITS = frozenset({"visit", "trip", "tour", "journey", "arrival", "stopover", "mission"})


def _seat_of_a_body(token: Token, context: DocumentContext) -> bool:
    """Is the place only where someone is based or where an international body sits: "the Hague-based
    International Court of Justice", "those involved are based in Afghanistan", "the International Criminal
    Court in The Hague"? That is not where an act that names no target fell (voa10b)."""
    if token.head.lower_ == "based" or (token.dep_ == "pobj" and token.head.head.lower_ == "based"):
        return True  # "The Hague-based court", "a London-based group", "based in Geneva"
    if token.dep_ != "pobj" or token.head.lower_ not in {"in", "at"}:
        return False
    owner = token.head.head
    if owner.ent_type_ != "ORG" or owner.pos_ != "PROPN":
        return False
    return any((actor.code or "").startswith("IGO") for actor in context.actors([owner]))


def _on_the_acting_side(token: Token) -> bool:
    """Is the place named as a doer: a subject ("Russia was behind the attacks") or a "by" phrase?"""
    current = token
    for _ in range(4):
        if current.dep_ in {"nsubj", "nsubjpass", "csubj"}:
            return True
        if current.dep_ == "pobj":
            return current.head.lower_ in {"by", "from"}
        if current.dep_ not in {"compound", "poss", "amod", "appos", "conj", "nmod"}:
            return False
        current = current.head
    return False


def placed_parties(
    source: list[ActorRef],
    target: list[ActorRef],
    context: DocumentContext,
    sentence: Span,
    code: str,
    seized: bool = False,
) -> tuple[list[ActorRef], list[ActorRef]]:
    """The last word on the parties' countries from where things are: sectors that still have no country
    take the document's own (``at_home``), then places' countries become their holders'
    (``under_control``)."""
    source, target = at_home(source, target, context, code)
    target = protested_state(source, target, code)
    source = source or protesting_people(target, code)
    target = no_venue_between_parties(source, target, code)
    source = source or arresting_state(target, context, sentence, code)
    source, target = one_country_between(source, target, code)
    return under_control(source, target, context, sentence, seized)


# Sectors of a country's own society and politics: with no country named, they are most likely the
# country of the state they deal with ("protesters demanded the Nigerian president's resignation").
_DOMESTIC_SECTORS = frozenset(
    {"CVL", "SOC", "PTY", "OPP", "LAB", "AGR", "EDU", "MED", "JRN", "REL", "BUS", "ELI", "CRM"}
)  # fmt: skip


def one_country_between(
    source: list[ActorRef], target: list[ActorRef], code: str
) -> tuple[list[ActorRef], list[ActorRef]]:
    """A doer from a country's own society whom the text gives no country takes the one country of the
    party it acts on, outside violence.

    "Opposition supporters demanded the Iranian government's resignation": the supporters are Iranian, as
    PLOVER's coders code them. Only the doer takes it: a target left without a country stays so ("the
    civilians imprisoned ... were released by Putin" names no country of theirs, and the GSR set's coders
    leave it unknown), and so do state bodies (a legislature, police, courts), armed parties in violence
    ("soldiers killed Palestinian civilians" says nothing of whose the soldiers are) and foreign or
    international parties (a sector outside ``_DOMESTIC_SECTORS``, or one serving abroad).
    """
    if code[:2] in VIOLENT_ROOTS:
        return source, target
    return _from_the_other_side(source, target), target


def _from_the_other_side(actors: list[ActorRef], others: list[ActorRef]) -> list[ActorRef]:
    countries = _countries(others)
    if len(countries) != 1 or _countries(actors):
        return actors
    (country,) = countries
    return [
        _in_country(actor, country)
        if _countryless_sector(actor) and actor.sector in _DOMESTIC_SECTORS and not _serves_abroad(actor)
        else actor
        for actor in actors
    ]


# Acts only a state does, and the part of it that does them: arrests and detentions (police), bans and
# expulsions (government), convictions and sentences (courts).
_STATE_ACTS = {"172": "GOV", "173": "COP", "174": "GOV", "116": "JUD"}


def arresting_state(target: list[ActorRef], context: DocumentContext, sentence: Span, code: str) -> list[ActorRef]:
    """'Two journalists were arrested in Harare on Monday', 'he was sentenced to six years': an arrest,
    ban, expulsion or sentence that names no one who made it was made by the state where it happened (the
    one country the sentence names as where things are), else by the state of the ones it was done to, as
    event data sets code it ("ZWECOP arrests ZWEJRN")."""
    sector = _STATE_ACTS.get(code[:3])
    if sector is None or not target:
        return []
    if any(token.dep_ == "nsubj" and token.lower_ in {"i", "we"} for token in sentence):
        return []  # "we're going to revoke it": a speaker the sentence does not name
    doc = sentence.doc
    spans = [(actor.start, actor.end) for actor in target if actor.start is not None and actor.end is not None]
    where = set()
    for place in context.places_between(sentence.start_char, sentence.end_char):
        if any(start <= place.start < end for start, end in spans):
            continue  # "the arrest of Palestinian activist X": the target's own nationality is not where
        span = doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and place.country and _said_where(span.root) and not _about_the_target(span.root, spans):
            where.add(context.held_country(place, (), sentence.text))
    countries = where or _countries(actor for actor in target if not _by_nationality(actor, doc))
    if len(countries) != 1:
        return []
    (country,) = countries
    return [implied(country, sector)]


def _about_the_target(token: Token, spans: list[tuple[int, int]]) -> bool:
    """'the arrest of X, who played a role in protests over the war in Gaza': a place in a clause that
    describes the one arrested, or the place of a war named as a topic ("the war in Gaza"), says nothing
    of where the arrest was."""
    if token.dep_ == "pobj" and token.head.head.lemma_.casefold() in _TOPIC_CONFLICTS:
        return True
    for ancestor in token.ancestors:
        if ancestor.dep_ in {"relcl", "acl"}:
            head = ancestor.head.idx
            return any(start <= head < end for start, end in spans)
    return False


_TOPIC_CONFLICTS = frozenset({"war", "conflict", "crisis", "fighting", "violence", "genocide", "occupation"})


def _by_nationality(actor: ActorRef, doc: Doc) -> bool:
    """'the arrest of Palestinian activist Mahmoud Khalil' (in New York): a party whose country is only its
    nationality word ("Palestinian", "U.S. resident") says where the person is from, not which state holds
    them; no arrester is read from it (where it happened still says)."""
    if actor.start is None or actor.end is None:
        return False
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and any(
        token.ent_type_ in {"NORP", "GPE"} and token.dep_ in {"amod", "compound", "nmod"} for token in span
    )


_SECTOR_WORDS = {"COP": "police", "GOV": "government", "JUD": "court"}


_IMPLIED = " (implied)"


def protesting_people(target: list[ActorRef], code: str) -> list[ActorRef]:
    """'Protests erupted in Tehran': a protest that names no protesters, where the one country it is held
    in or aimed at is known, was made by that country's people (civilians implied, as event data sets
    code a domestic protest's source). Not for strikes and boycotts (143), which states make too ("a threat
    to boycott the ceremony")."""
    if code[:2] != _PROTEST_ROOT or code.startswith("143"):
        return []
    countries = _countries(target)
    if len(countries) != 1:
        return []
    (country,) = countries
    return [implied(country, "CVL")]


def implied(country: str, sector: str) -> ActorRef:
    """A party the text implies but does not name: no phrase of its own (no offsets), its text says so."""
    return ActorRef(f"{_SECTOR_WORDS.get(sector, sector)}{_IMPLIED}", None, f"{country}{sector}", country, sector)


def is_implied(actor: ActorRef) -> bool:
    """A party read from convention, not from the text (it does not make an event more certain)."""
    return actor.start is None and actor.text.endswith(_IMPLIED)


_TOGETHER_ROOTS = frozenset({"03", "04", "05", "06"})


def no_venue_between_parties(source: list[ActorRef], target: list[ActorRef], code: str) -> list[ActorRef]:
    """'Hungarian and Romanian officials met in Budapest': a meeting or cooperation of several countries'
    parties takes place at one of theirs, which is not what they act on; without it each party acts on the
    others (the events stage codes one event per party)."""
    if code[:2] not in _TOGETHER_ROOTS or len(_countries(source)) < 2 or not target:
        return target
    sources = _countries(source)
    if all(actor.sector is None and actor.country in sources and actor.code == actor.country for actor in target):
        return []
    return target


_PROTEST_ROOT = "14"
# Sectors that protest against a state rather than being it.
_STATE_SIDE = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def protested_state(source: list[ActorRef], target: list[ActorRef], code: str) -> list[ActorRef]:
    """'Thousands of Kenyan protesters marched through Nairobi': a protest that names no one it is aimed at
    is aimed at the protesters' own state (event data sets code a domestic protest's target as the
    government of the protesters' country). Only when the protesters are of one country and not themselves
    a part of a state."""
    if target or code[:2] != _PROTEST_ROOT or not source:
        return target
    countries = _countries(source)
    if len(countries) != 1 or any(actor.sector in _STATE_SIDE for actor in source):
        return target
    (country,) = countries
    return [implied(country, "GOV")]


_ARMED = frozenset({"MIL", "REB", "UAF", "PRM", "SPY"})


def at_home(
    source: list[ActorRef], target: list[ActorRef], context: DocumentContext, code: str
) -> tuple[list[ActorRef], list[ActorRef]]:
    """'Authorities said ...', 'gunmen stormed a hotel', 'police arrested 20 people' in a story about one
    country: a sector the sentence gives no country belongs to the country the document is about, as event
    data sets code it. Not an armed party in violence against that very country ("troops shelled the
    town" in a story about Ukraine says nothing of whose troops)."""
    home = context.home_country
    if home is None:
        return source, target
    violent = code[:2] in VIOLENT_ROOTS
    source_home, target_home = home in _countries(source), home in _countries(target)
    if violent and source_home and _named_only_by(source, home, context):
        # "Israel's army killed civilians": the story's country is only the doer's own name, which says
        # nothing of whose the victims are
        return source, target
    return (
        [_home_party(actor, home, violent and target_home) for actor in source],
        [_home_party(actor, home, violent and source_home) for actor in target],
    )


def _named_only_by(actors: list[ActorRef], country: str, context: DocumentContext) -> bool:
    """Is every mention of the country's places inside these actors' own words ("Israel's army")?"""
    spans = [(actor.start, actor.end) for actor in actors if actor.start is not None and actor.end is not None]
    places = [place for place in context.places_between(0, 1 << 62) if place.country == country]
    return bool(spans) and all(any(start <= place.start < end for start, end in spans) for place in places)


# Nouns of parties that serve abroad by their nature: no country of their own from where they are.
# ("foreign" is no such word: "the foreign ministry" is the home government's.)
_ABROAD = frozenset({"peacekeepers", "peacekeeper", "peacekeeping", "monitors", "inspectors", "observers", "envoy",
                     "envoys", "mercenaries"})  # fmt: skip


def _serves_abroad(actor: ActorRef) -> bool:
    return any(word in _ABROAD for word in actor.text.casefold().split())


def _home_party(actor: ActorRef, home: str, against_home: bool) -> ActorRef:
    if not _countryless_sector(actor) or (actor.code or "").startswith("NGO"):
        return actor
    if _serves_abroad(actor):
        return actor
    if against_home and actor.sector in _ARMED:
        return actor
    return _in_country(actor, home)


def under_control(
    source: list[ActorRef], target: list[ActorRef], context: DocumentContext, sentence: Span, seized: bool = False
) -> tuple[list[ActorRef], list[ActorRef]]:
    """'Ukrainian drones struck the Kerch bridge', 'shelled Donetsk': a party that is only a place's country
    (a place named instead of an actor, or the country a place phrase gave it) is the place's holder on the
    document's date when someone other than the de jure state held it, and the other side is not that
    holder (see ``DocumentContext.held_country``)."""
    if context.when is None or not (source or target):
        return source, target
    text = sentence.text
    new_source = [_held_party(actor, _countries(target), context, text, seized) for actor in source]
    new_target = [_held_party(actor, _countries(source), context, text, seized) for actor in target]
    return new_source, new_target


def _held_party(actor: ActorRef, acting: set[str], context: DocumentContext, text: str, seized: bool) -> ActorRef:
    if actor.country is None or actor.sector is not None or actor.code != actor.country or actor.start is None:
        return actor
    place = _place_within(actor, context)
    if place is None:
        # no places stage (or no toponym found): a region the actor dictionary knows by name ("Crimea")
        place = Place(actor.text, actor.start, actor.end or actor.start, name=actor.name or actor.text,
                      country=actor.country)  # fmt: skip
        if territory_control().holding(country=actor.country, name=place.name, on=context.when) is None:
            return actor
    country = context.held_country(place, acting, text, seized)
    if country == actor.country:
        return actor
    return ActorRef(actor.text, actor.name, country, country, None, actor.start, actor.end, actor.office)


def _place_within(actor: ActorRef, context: DocumentContext) -> Place | None:
    """The first resolved place of the actor's own country inside its phrase ("the Kerch bridge")."""
    end = actor.end if actor.end is not None else actor.start
    return next(
        (
            place
            for place in context.places_between(actor.start or 0, end)
            if place.end <= end and place.country == actor.country
        ),
        None,
    )


def _in_country(actor: ActorRef, country: str) -> ActorRef:
    return ActorRef(
        actor.text, actor.name, f"{country}{actor.sector}", country, actor.sector, actor.start, actor.end, actor.office
    )

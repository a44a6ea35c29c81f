"""Mention -> actor resolution: a noun phrase becomes zero or more ``ActorRef``."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from sitrep.actors import legislatures, ministries
from sitrep.actors.clause_reference import POSSESSIVE_PRONOUNS, governing_owner
from sitrep.actors.dictionary import ActorDictionary
from sitrep.actors.entries import (
    COUNTRY,
    KIND_ORG,
    KIND_PEOPLE,
    KIND_PERSON,
    METONYM,
    ORGANISATION,
    PERSON,
    REGION,
    SECTOR,
    ActorEntry,
    Role,
)
from sitrep.actors.matching import Match, normalise_token
from sitrep.actors.phrases import (
    INSIDE,
    LOCATED,
    attachment,
    is_affiliation,
    is_negated,
    speaks_for,
    split_coordination,
    trim,
)
from sitrep.model import ActorRef

if TYPE_CHECKING:
    from sitrep.actors.tracking import ActorTracker

# Sectors of bodies that a more specific sector noun next to them refines ("Moscow's troops" -> MIL).
_REFINABLE_SECTORS = {None, "GOV", "IGO", "NGO"}
_ARMED_SECTORS = {"MIL", "REB", "UAF", "PRM"}
# Arms of a state: a ministry named without its country is one of them.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY"})
_PRONOUN_POS = {"PRON"}
_NAME_POS = {"PROPN"}


@dataclass(slots=True)
class ResolvedActor:
    """An ActorRef plus what the article-level tracker needs to find it again."""

    ref: ActorRef
    kind: str  # KIND_PERSON, KIND_PEOPLE, KIND_ORG
    gender: str | None = None
    entry_type: str | None = None  # the dictionary entry type that decided it, if any
    head_words: frozenset[str] = frozenset()  # lowercased words of the phrase, for "the ministry"


@dataclass(slots=True)
class _Reading:
    """What one coordinated segment of a phrase says."""

    tokens: list[Token]
    people: list[Match]
    organisations: list[Match]
    metonyms: list[Match]
    countries: list[Match]
    patrons: list[Match]  # "Kyiv-allied"
    negated: list[Match]  # "anti-Kremlin"
    sectors: list[Match]
    locations: list[Match]  # "rebels in Darfur": where a group without a country of its own is

    @property
    def has_head(self) -> bool:
        return bool(self.people or self.organisations or self.metonyms or self.sectors)


def _as_date(when: date | datetime | str | None) -> date | None:
    """A date from a date, a datetime or an ISO string ("2024-08-06", "2024-08-06T10:00:00")."""
    if isinstance(when, datetime):
        return when.date()
    if isinstance(when, str):
        try:
            return datetime.fromisoformat(when.strip()).date()
        except ValueError:
            raise ValueError(f"not a date: {when!r} (use YYYY-MM-DD)") from None
    return when


class ActorResolver:
    """Resolve noun phrases, documents and pronouns to actors. See ``sitrep.actors`` for examples."""

    def __init__(self, dictionary: ActorDictionary | None = None) -> None:
        self.dictionary = dictionary or ActorDictionary.default()
        self._index = self.dictionary.index

    # ----------------------------------------------------------------- public API
    def resolve_span(self, span: Span | Doc | list[Token], when: date | datetime | None = None) -> list[ActorRef]:
        return [actor.ref for actor in self.resolve_actors(span, when)]

    def resolve_text(self, text: str, when: date | datetime | None = None) -> list[ActorRef]:
        """A noun phrase written as text -> its actors; a whole sentence -> every actor mentioned in it."""
        from sitrep.nlp import get_nlp

        doc = get_nlp()(text)
        if any(token.pos_ in ("VERB", "AUX") and token.dep_ == "ROOT" for token in doc):
            return self.find_mentions(doc, when)  # a sentence: each actor mentioned in it
        return self.resolve_span(doc[:], when)

    def find_mentions(self, doc: Doc, when: date | datetime | None = None) -> list[ActorRef]:
        return [actor.ref for actor in self.find_actor_mentions(doc, when)]

    def track(self, doc: Doc, when: date | datetime | None = None) -> ActorTracker:
        from sitrep.actors.tracking import ActorTracker

        return ActorTracker(self, doc, when)

    # ----------------------------------------------------------------- with details
    def resolve_actors(
        self, span: Span | Doc | list[Token], when: date | datetime | None = None, context: bool = True
    ) -> list[ResolvedActor]:
        """``context``: let the article fill what the phrase leaves open (a foreign ministry's country)."""
        when = _as_date(when)
        tokens = trim(list(span))
        if not tokens:
            return []
        matches = self._index.find(tokens)
        segments = split_coordination(tokens, matches)
        readings = [self._read(segment, matches) for segment in segments]
        self._share_heads(readings)
        resolved = []
        for reading in readings:
            actor = self._resolve_reading(reading, when)
            if actor is not None:
                if context:
                    actor = self._ministry_in_context(actor, tokens[0].doc, when)
                    actor = self._posted_by_owner(actor, tokens, when)
                    actor = _legislature_in_context(actor, tokens[0].doc)
                resolved.append(actor)
        return resolved

    def _ministry_in_context(self, actor: ResolvedActor, doc: Doc, when: date | None) -> ResolvedActor:
        """'foreign ministry spokesperson Abdul Qahar Balkhi' after 'Afghanistan's Ministry of Foreign
        Affairs': a state official or body whose phrase names a ministry but no country is of the last
        ministry of that portfolio the article named with its country (``sitrep.actors.ministries``)."""
        ref = actor.ref
        if ref.country is not None or ref.sector not in _STATE_SECTORS or ref.start is None:
            return actor
        if ref.code not in (None, ref.sector):
            return actor  # an organisation's own code ("IGOUNO"): not a state's ministry
        wanted = ministries.portfolio(ref.text)
        if wanted is None:
            return actor

        def countries_of(phrase: Span) -> list[tuple[str | None, str | None]]:
            found = self.resolve_actors(phrase, when, context=False)
            return [(other.ref.country, other.ref.sector) for other in found]

        country = ministries.country_before(doc, ref.start, wanted, countries_of)
        if country is None:
            return actor
        located = replace(ref, country=country, code=country + (ref.sector or ""))
        return replace(actor, ref=located)

    def _posted_by_owner(self, actor: ResolvedActor, tokens: list[Token], when: date | None) -> ResolvedActor:
        """'Iran's U.N. ambassador attended, but his U.N. mission criticized it': a diplomatic post or body
        at an international organisation owned by a possessive pronoun is of the state of whoever the pronoun
        stands for, as "Iran's U.N. mission" is, not the organisation itself."""
        ref = actor.ref
        owner = tokens[0]
        if not (ref.code or "").startswith("IGO") or owner.lower_ not in POSSESSIVE_PRONOUNS or owner.dep_ != "poss":
            return actor
        if not _posted(frozenset(token.lower_ for token in tokens[1:])):
            return actor
        country = self._owner_country(owner, when)
        if country is None:
            return actor
        sector = ref.sector if ref.sector not in (None, "IGO") else "GOV"
        return replace(actor, ref=replace(ref, code=country + sector, country=country, sector=sector, name=None))

    def _owner_country(self, possessive: Token, when: date | None) -> str | None:
        """The country of what a possessive pronoun stands for: the subject of the clause that governs it, else
        the last phrase before it in its sentence or the one before that names an actor of the pronoun's kind
        (a person for "his"/"her") with a country."""
        person = possessive.lower_ in ("his", "her")
        governing = governing_owner(possessive)
        doc = possessive.doc
        if governing is not None:
            phrases = [doc[governing.left_edge.i : governing.i + 1]]
        else:
            sentence = possessive.sent
            first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
            chunks = [chunk for chunk in doc[first : possessive.i].noun_chunks if chunk.root.pos_ not in _PRONOUN_POS]
            phrases = chunks[::-1]
        for phrase in phrases:
            for found in self.resolve_actors(phrase, when, context=False):
                if found.ref.country and (not person or found.kind == KIND_PERSON or found.ref.sector == "GOV"):
                    return found.ref.country
        return None

    def find_actor_mentions(self, doc: Doc, when: date | datetime | None = None) -> list[ResolvedActor]:
        """Every actor mention in ``doc``, in text order."""
        found: list[ResolvedActor] = []
        covered: set[int] = set()
        for start, end in _mention_phrases(doc):
            phrase = doc[start:end]
            for actor in self.resolve_actors(phrase, when):
                if not _is_place_mention(phrase, actor):
                    found.append(actor)
            covered.update(range(start, end))
        # Dictionary phrases the parser did not put in a noun chunk ("Kremlin" tagged as an adjective).
        for match in self._index.find(doc):
            if match.start in covered or match.entry.type == SECTOR:
                continue
            found.extend(self.resolve_actors(doc[match.start : match.end], when))
        found.sort(key=lambda actor: actor.ref.start or 0)
        return found

    # ----------------------------------------------------------------- reading a segment
    def _read(self, segment: list[Token], all_matches: list[Match]) -> _Reading:
        indexes = {token.i for token in segment}
        reading = _Reading(segment, [], [], [], [], [], [], [], [])
        for match in all_matches:
            if match.start not in indexes:
                continue
            entry_type = match.entry.type
            if entry_type in (COUNTRY, REGION, METONYM) and _inside_a_name(match):
                continue  # "Jordan Peterson", "Chad Smith": part of a person's name
            if match.entry.key.startswith("capital:") and _opens_an_organisation_name(match):
                continue  # "the Jamestown Foundation", "the Moscow Times": a body named after a city
            place = attachment(match.tokens[0], indexes)
            if place == LOCATED and entry_type in (COUNTRY, REGION, METONYM):
                reading.locations.append(match)
                continue
            if place != INSIDE:
                continue
            if is_negated(match):
                reading.negated.append(match)
            elif entry_type == SECTOR:
                reading.sectors.append(match)
            elif is_affiliation(match):
                reading.patrons.append(match)
            elif entry_type == PERSON:
                reading.people.append(match)
            elif entry_type == ORGANISATION:
                reading.organisations.append(match)
            elif entry_type == METONYM:
                reading.metonyms.append(match)
            elif entry_type in (COUNTRY, REGION):
                reading.countries.append(match)
        return reading

    @staticmethod
    def _share_heads(readings: list[_Reading]) -> None:
        """Coordinated modifiers share the head noun.

        "Hungarian and Romanian officials": a bare modifier takes the head of the last conjunct;
        "the ambassadors of Arnor, Osgiliath and Gondor": countries coordinated inside an "of" phrase
        take the head of the first.
        """
        if len(readings) < 2:
            return
        if readings[-1].sectors:
            for reading in readings[:-1]:
                if not reading.has_head and (reading.countries or reading.patrons):
                    reading.sectors = list(readings[-1].sectors)
        first = readings[0]
        owners = {_match_head(match).i for match in first.countries if _match_head(match).dep_ == "pobj"}
        if not first.sectors or not owners or first.people:
            return
        for reading in readings[1:]:
            if reading.has_head or not reading.countries:
                continue
            token = _match_head(reading.countries[0])
            while token.dep_ == "conj" and token.head.i != token.i and token.head.i not in owners:
                token = token.head
            if token.dep_ == "conj" and token.head.i in owners:
                reading.sectors = list(first.sectors)

    def _resolve_reading(self, reading: _Reading, when: date | None) -> ResolvedActor | None:
        # Read once: the person appended to the countries below is already covered, so the name stays the same.
        name_tokens = _unknown_name(reading)
        tokens = _actor_tokens(reading, name_tokens)
        text = _joined_text(tokens)
        text_start = tokens[0].idx
        text_end = text_start + len(text)
        words = frozenset(token.lower_ for token in tokens)

        sector_match = _head_sector(reading.sectors)
        person = self._known_person(reading, when, sector_match)
        if person is not None and _owned_by_person(reading, sector_match):
            # "the Trump administration", "Putin's troops": the body the person leads, not the person.
            reading.countries.append(reading.people[0])  # the person's role gives the body's country
            person = None
        if person is not None:
            entry, role = person
            ref = ActorRef(
                text=text,
                name=entry.name,
                code=role.actor_code if role else None,
                country=role.country if role else None,
                sector=role.sector if role else None,
                start=text_start,
                end=text_end,
                office=role.office if role else None,
            )
            return ResolvedActor(ref, KIND_PERSON, entry.gender, PERSON, words)

        sector_entry = sector_match.entry if sector_match else None
        sector_role = sector_entry.default_role if sector_entry else None
        body = reading.organisations[0] if reading.organisations else None
        body = body or (reading.metonyms[0] if reading.metonyms else None)
        body_role = body.entry.role_on(when) if body else None
        posted = body_role is not None and body_role.sector == "IGO" and bool(reading.countries) and _posted(words)
        if posted:
            # "Iran's U.N. ambassador", "British Deputy U.N. Ambassador X": a state's diplomats at an
            # international organisation are the state's, serving there (voa10)
            body, body_role = None, None

        country = _first_country(reading.countries, when)
        if country is None and body_role is not None:
            country = body_role.country
        if country is None and body is None:
            country = _first_country(reading.patrons, when)
        if country is None:
            country = _country_of_patron_body(reading.patrons, when) if body is None else None
        if body is not None and body.entry.type == ORGANISATION and body_role is not None and body_role.country:
            country = body_role.country  # a named group keeps its own country ("Russian Wagner" is RUS anyway)
        if country is None and body is None and sector_entry is not None and reading.locations:
            country = _first_country(reading.locations, when)  # "rebels in Darfur"

        sector = body_role.sector if body_role else None
        if sector_role is not None:
            noun_sector = sector_role.sector
            refines = sector_entry.weight >= 2 and body_role is not None and body_role.sector in _REFINABLE_SECTORS
            if refines and body_role.sector in ("IGO", "NGO") and noun_sector == "GOV":
                refines = False  # "the UN Secretary-General", "EU officials": the organisation itself
            if body_role is None or refines:
                sector = noun_sector
        if posted and sector is None:
            sector = "GOV"  # "Iran's U.N. mission": "mission" names no sector of its own
        if reading.negated and not body:
            sector = _sector_against(reading, country, sector, when)
        people_of = _demonym_head(reading)
        if people_of is not None and sector is None and body is None:
            sector = "CVL"  # "Palestinians fled": people of a country, not its state (PLOVER CVL)
        headed = _headed_body_sector(reading, sector_match) if body is None else None
        if headed is not None:
            sector = headed  # "the court's president", "the president of the Constitutional Court": a judge
        if sector_entry is not None and sector_entry.kind == KIND_PERSON and _former(reading, sector_match):
            sector = "ELI"  # "ousted President Askar Akayev": no longer in office

        office = None
        if sector_entry is not None and sector_entry.kind == KIND_PERSON:
            office = sector_match.text.lower() if sector_match else None

        if name_tokens:
            name = _name_without_full_stop(_joined_text(name_tokens), name_tokens[-1])
            code = _code(country, sector, body_role, sector_entry)
            ref = ActorRef(text, name, code, country, sector, text_start, text_end, office)
            return ResolvedActor(ref, KIND_PERSON, _gender_from_words(reading), None, words)

        if body is None and country is None and sector is None:
            return None
        name = body.entry.name if body is not None else _unknown_organisation(reading)
        if body is not None and body.entry.type == METONYM and sector != (body_role.sector if body_role else None):
            name = None  # "Moscow's troops" are Russian troops, not "Moscow"
        if body is None and country is not None and sector is None and reading.countries:
            name = reading.countries[0].entry.name
        code = _code(country, sector, body_role, sector_entry)
        kind = KIND_PEOPLE if people_of is not None and sector_entry is None else _kind(body, sector_entry)
        entry_type = body.entry.type if body else (SECTOR if sector_entry else COUNTRY)
        ref = ActorRef(text, name, code, country, sector, text_start, text_end, office)
        gender = _gender_from_words(reading) if kind == KIND_PERSON else None
        return ResolvedActor(ref, kind, gender, entry_type, words)

    def _title_inside(self, match: Match) -> str | None:
        """The title word inside a person's alias ("President Bush" -> "president"), if any."""
        for token in match.tokens:
            hits = self._index.lookup([token.text])
            if any(hit.entry.type == SECTOR and hit.entry.kind == KIND_PERSON for hit in hits):
                return token.lower_
        return None

    def _known_person(
        self, reading: _Reading, when: date | None, title: Match | None
    ) -> tuple[ActorEntry, Role | None] | None:
        for match in reading.people:
            hits = [hit for hit in match.hits if hit.entry.type == PERSON]
            if hits and hits[0].surname_only:
                before = match.tokens[0].doc[match.start - 1] if match.start > 0 else None
                if before is not None and before.pos_ in _NAME_POS and before.ent_type_ == "PERSON":
                    continue  # "Jill Biden" is not Joe Biden: another first name before the surname
            if len({hit.entry.key for hit in hits}) > 1:
                # Two people written the same way: the one in office on the date, else nobody.
                dated = [hit for hit in hits if when is not None and hit.entry.has_role_on(when)]
                if len({hit.entry.key for hit in dated}) != 1:
                    continue
                hits = dated
            entry = hits[0].entry
            words = title.text.lower() if title is not None and title.entry.kind == KIND_PERSON else None
            if words is None:
                words = self._title_inside(match)  # an alias that carries its title: "President Bush"
            return entry, _role_for(entry, when, words)
        return None


_FEMALE_WORDS = {
    "mrs",
    "ms",
    "madam",
    "spokeswoman",
    "congresswoman",
    "businesswoman",
    "chairwoman",
    "queen",
    "princess",
    "woman",
    "mother",
    "daughter",
    "sister",
    "wife",
    "lady",
}
_MALE_WORDS = {
    "mr",
    "spokesman",
    "congressman",
    "businessman",
    "chairman",
    "king",
    "prince",
    "man",
    "father",
    "son",
    "brother",
    "husband",
    "sir",
    "emir",
    "sheikh",
}


def _gender_from_words(reading: _Reading) -> str | None:
    """Gender of an unknown person where the phrase says it ("Ms Tammsaar", "the spokeswoman")."""
    words = {normalise_token(token.text) for token in reading.tokens}
    female, male = bool(words & _FEMALE_WORDS), bool(words & _MALE_WORDS)
    if female != male:
        return "f" if female else "m"
    return None


def _owned_by_person(reading: _Reading, sector_match: Match | None) -> bool:
    """A known person modifying the head noun: "the Trump administration", "Putin's troops",
    "Zelensky's chief of staff" (someone else, of the person's country)."""
    if sector_match is None or not reading.people:
        return False
    person_head = _match_head(reading.people[0])
    modified = {index for match in reading.sectors for index in _indexes(match)}
    return person_head.dep_ in ("compound", "poss", "nmod", "amod") and person_head.head.i in modified


def _inside_a_name(match: Match) -> bool:
    """A place name that the parser reads as part of a longer person name."""
    first, last = match.tokens[0], match.tokens[-1]
    if first.ent_type_ != "PERSON":
        return False
    doc = first.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (before is not None and before.ent_type_ == "PERSON" and first.ent_iob_ == "I") or (
        after is not None and after.ent_type_ == "PERSON" and after.ent_iob_ == "I"
    )


def _opens_an_organisation_name(match: Match) -> bool:
    """A capital that is the first word of a longer organisation or facility name the tagger found ("Janusz
    Bugajski of the Jamestown Foundation"): the name of a body there, not the government seated there."""
    last = match.tokens[-1]
    doc = last.doc
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (
        after is not None
        and after.ent_iob_ == "I"
        and after.ent_type_ in ("ORG", "FAC")
        and after.pos_ == "PROPN"
        and not after.is_punct
    )


def _match_head(match: Match) -> Token:
    """The token of a dictionary phrase that attaches it to the rest of the sentence."""
    inside = _indexes(match)
    return next(
        (token for token in match.tokens if token.head.i not in inside or token.head.i == token.i), match.tokens[-1]
    )


# Posts and bodies of a state's diplomacy: with a country in the phrase, an organisation named beside them is
# where they serve ("China's U.N. ambassador"), not whom they speak for.
_DIPLOMATIC_POSTS = frozenset(
    {"ambassador", "ambassadors", "envoy", "envoys", "mission", "missions", "delegation", "delegations", "delegate",
     "delegates", "representative", "representatives", "diplomat", "diplomats", "embassy"}
)  # fmt: skip


def _posted(words: frozenset[str]) -> bool:
    return not _DIPLOMATIC_POSTS.isdisjoint(words)


def _name_without_full_stop(name: str, last: Token) -> str:
    """"Hun Sen." -> "Hun Sen": a name ending a sentence whose last word the tokenizer read as an abbreviation
    ("Sen." for senator, "Gen.", "Col.") has taken the sentence's full stop; "Jr." and initials keep theirs."""
    word = last.text
    if not (name.endswith(".") and last.is_sent_end and len(word) > 2 and word.count(".") == 1):
        return name
    if word.lower() in _NAME_SUFFIXES:
        return name
    return name[:-1]


_NAME_SUFFIXES = frozenset({"jr.", "sr."})


def _text(first: Token, last: Token) -> str:
    """The text from ``first`` to ``last``; Span.text joins only these tokens (Doc.text rebuilds it all)."""
    return first.doc[first.i : last.i + 1].text


def _joined_text(tokens: list[Token]) -> str:
    """``_text`` of a run of consecutive tokens, joined from the Tokens already made (a Span would make each
    one again); a run with a gap takes the doc's text from its first to its last token, as ``_text`` does."""
    first, last = tokens[0], tokens[-1]
    if last.i - first.i + 1 != len(tokens):
        return _text(first, last)
    return "".join([token.text_with_ws for token in tokens[:-1]]) + last.text


def _role_for(entry: ActorEntry, when: date | None, words: str | None) -> Role | None:
    """The role on ``when``; where the date does not decide, the one the title in the text names.

    "Palestinian Prime Minister Ismail Haniyeh" without a date is the prime minister, not the later
    Hamas leader.
    """
    role = entry.role_on(when) if when is not None else None
    if role is not None and (when is None or role.valid_on(when)):
        return role
    if words:
        titled = [
            role
            for role in entry.roles
            if role.office
            and words in role.office.lower()
            and ("former" in words or "former" not in role.office.lower())
        ]
        if titled:
            return titled[-1]
    return entry.role_on(when)


def _actor_tokens(reading: _Reading, name_tokens: list[Token]) -> list[Token]:
    """The part of the phrase that names the actor: all of it, unless its head is no actor word.

    "Ukraine's incursion" names the actor "Ukraine"; "the Russian army" is the actor as a whole.
    """
    tokens = reading.tokens
    indexes = {token.i for token in tokens}
    roots = [token for token in tokens if token.head.i not in indexes or token.head.i == token.i]
    covered = _covered(reading)
    covered.update(token.i for token in name_tokens)  # ``_unknown_name(reading)``
    if not covered or not roots or any(root.i in covered for root in roots):
        return tokens
    kept = [token for token in tokens if min(covered) <= token.i <= max(covered)]
    return kept or tokens


def _head_sector(sectors: list[Match]) -> Match | None:
    """The most specific sector noun; among equals the phrase's head, else the last one.

    "Doctors from two American aid groups" are doctors; "the army's spokesperson" speaks for the army.
    """
    if not sectors:
        return None

    def rank(pair: tuple[int, Match]) -> tuple[int, bool, int]:
        position, match = pair
        inside = _indexes(match)
        is_head = any(
            (token.head.i not in inside and token.dep_ not in _MODIFIER_DEPS) or token.head.i == token.i
            for token in match.tokens
        )
        return match.entry.weight, is_head, position

    return max(enumerate(sectors), key=rank)[1]


_MODIFIER_DEPS = {"pobj", "poss", "compound", "amod", "nmod", "prep"}

# Titles of whoever leads a body, whatever the body: "president" alone is a state's head (GOV), but the
# court's president presides over a court, the party's president leads a party, the company's president a firm.
_LEADER_TITLES = frozenset({"president", "vice president", "head", "leader", "chief", "chairman", "chairwoman"})
# Sectors whose leader is the state's anyway ("the government's head", "the ministry's chief").
_STATE_BODY_SECTORS = frozenset({"GOV"})


def _headed_body_sector(reading: _Reading, title: Match | None) -> str | None:
    """The sector of the body a leader's title heads in the same phrase ("the court's president", "the president
    of the Constitutional Court", "the court president": JUD), or None. The title must be the phrase's head and the
    body its modifier: "President Ruto's party" is a party, which the weights decide."""
    if title is None or title.entry.kind != KIND_PERSON or title.text.lower() not in _LEADER_TITLES:
        return None
    if _match_head(title).dep_ in _MODIFIER_DEPS:
        return None
    for match in reading.sectors:
        role = match.entry.default_role
        if match is title or match.entry.kind != KIND_ORG or role is None or not role.sector:
            continue
        if role.sector in _STATE_BODY_SECTORS or _match_head(match).dep_ not in _MODIFIER_DEPS:
            continue
        return role.sector
    return None


def _indexes(match: Match) -> set[int]:
    return set(range(match.start, match.end))


_FORMER_WORDS = {"former", "ex", "ousted", "deposed", "exiled", "toppled", "overthrown"}


def _former(reading: _Reading, title: Match | None) -> bool:
    """A title written as no longer held: "former President", "ex-minister", "ousted leader"."""
    if title is None:
        return False
    return any(token.lower_ in _FORMER_WORDS for token in reading.tokens if token.i < title.start)


def _demonym_head(reading: _Reading) -> Match | None:
    """ "Palestinians", "British nationals": a plural demonym that is the head of the phrase."""
    if reading.sectors or reading.organisations or reading.metonyms or reading.people:
        return None
    for match in reading.countries:
        last = match.tokens[-1]
        if last.tag_ not in ("NNS", "NNPS") or " ".join(match.best.surface) not in match.entry.demonyms:
            continue
        before = last.doc[match.start - 1] if match.start > 0 else None
        if before is not None and before.lower_ == "the":
            return None  # "the Russians" usually means the state and its forces: leave the sector open
        return match
    return None


def _covered(reading: _Reading) -> set[int]:
    """Token indexes of every dictionary phrase read in the segment."""
    groups = (
        reading.people,
        reading.organisations,
        reading.metonyms,
        reading.countries,
        reading.sectors,
        reading.patrons,
        reading.negated,
        reading.locations,
    )
    return {token.i for group in groups for match in group for token in match.tokens}


def _unknown_organisation(reading: _Reading) -> str | None:
    """The name of an organisation the dictionary does not know, as the parser tagged it.

    Tokens of known bodies and patrons do not count ("Hamas-run" is no unknown group); sector nouns
    inside the name do ("Moro Islamic Liberation Front").
    """
    tokens = reading.tokens
    covered = _covered(reading) - {token.i for match in reading.sectors for token in match.tokens}
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token.ent_type_ != "ORG" or token.ent_iob_ != "B":
            position += 1
            continue
        end = position + 1
        while end < len(tokens) and tokens[end].ent_iob_ == "I" and tokens[end].ent_type_ == "ORG":
            end += 1
        entity = [item for item in tokens[position:end] if item.lower_ not in ("the", "'s", "’s")]
        if entity and not any(item.i in covered for item in entity):
            return _text(entity[0], entity[-1])
        position = end
    return None


def _first_country(matches: list[Match], when: date | None) -> str | None:
    for match in matches:
        role = match.entry.role_on(when)
        if role is not None and role.country:
            return role.country
    return None


def _country_of_patron_body(patrons: list[Match], when: date | None) -> str | None:
    return _first_country(patrons, when)


def _sector_against(reading: _Reading, country: str | None, sector: str | None, when: date | None) -> str | None:
    """ "anti-Kremlin Russian fighters": opposing their own state, armed -> REB, unarmed -> OPP."""
    opposed = {match.entry.role_on(when).country for match in reading.negated if match.entry.role_on(when)}
    negated_sector_nouns = any(match.entry.type == SECTOR for match in reading.negated)
    if country not in opposed and not negated_sector_nouns:
        return sector
    if sector in _ARMED_SECTORS or (sector is None and any(m.entry.kind == KIND_PEOPLE for m in reading.sectors)):
        return "REB" if sector in (None, "MIL", "PRM", "REB", "UAF") else sector
    if sector in (None, "GOV", "CVL"):
        return "OPP"
    return sector


def _unknown_name(reading: _Reading) -> list[Token]:
    """A person's name the dictionary does not know: PERSON tokens, or proper nouns after a title."""
    covered = _covered(reading)
    run: list[Token] = []
    titled = {match.tokens[-1].i + 1 for match in reading.sectors if match.entry.kind == KIND_PERSON}
    for token in reading.tokens:
        is_name = (
            token.i not in covered
            and token.pos_ in _NAME_POS
            and token.text[:1].isupper()
            and (
                token.ent_type_ == "PERSON"
                or (run and run[-1].i == token.i - 1)
                or token.i in titled
                or normalise_token(token.text) in _HONORIFICS
                or (token.dep_ != "poss" and _surname_named_before(token))
            )
        )
        if is_name and (not run or run[-1].i == token.i - 1):
            run.append(token)
        elif run:
            break
    honoured = bool(run) and len(run) > 1 and normalise_token(run[0].text) in _HONORIFICS
    # not a possessor: "Mhlanga's arrest" is read by the events stage from the tagger's PERSON (done to him)
    surname = len(run) == 1 and run[0].dep_ != "poss" and _surname_named_before(run[0])
    tagged = bool(run) and any(token.ent_type_ == "PERSON" for token in run)
    if tagged or (run and run[0].i in titled) or honoured or surname:
        while len(run) > 1 and normalise_token(run[0].text) in _HONORIFICS:
            run = run[1:]  # "Ms Kadri Tammsaar" is Kadri Tammsaar
        return run
    return []


_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "madam", "dame", "lord"}
_SURNAMES_KEY = "sitrep_person_surnames"
_NAME_JOINERS = {"-", "‐", "‑"}


def _surname_named_before(token: Token) -> bool:
    """'Balkhi rejected the allegation' after 'spokesperson Abdul Qahar Balkhi': the tagger may call a surname
    alone an organisation; the last word of a full name the article gave before is that person's surname."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if (before is not None and (before.pos_ == "PROPN" or before.text in _NAME_JOINERS)) or (
        after is not None and after.text in _NAME_JOINERS
    ):
        return False  # "Sebastien Lai" after "Jimmy Lai", "Dakin-Grimm": another name that ends the same way
    surnames = doc.user_data.get(_SURNAMES_KEY)
    if surnames is None:
        surnames = {}
        for entity in doc.ents:
            if entity.label_ == "PERSON" and len(entity) > 1:
                surnames.setdefault(entity[-1].text, entity.end)
        doc.user_data[_SURNAMES_KEY] = surnames
    end = surnames.get(token.text)
    return end is not None and end <= token.i


def _code(
    country: str | None, sector: str | None, body_role: Role | None, sector_entry: ActorEntry | None
) -> str | None:
    own_code = body_role.code if body_role is not None else None
    if own_code and sector == body_role.sector and body_role.country in (None, country):
        return own_code
    if own_code and body_role.country is None and sector != body_role.sector:
        return own_code + (sector or "")  # "NATO troops" -> IGONATOMIL
    agent = sector_entry.default_role if sector_entry is not None else None
    if sector_entry is not None and sector_entry.agent_affix == "prefix":
        return ((agent.code if agent else None) or sector or "") + (country or "") or None
    if agent is not None and agent.code and sector == agent.sector:
        return (country or "") + agent.code  # PETRARCH agents: USA + GOVFRM
    joined = (country or "") + (sector or "")
    return joined or None


def _kind(body: Match | None, sector_entry: ActorEntry | None) -> str:
    if sector_entry is not None and body is None:
        return sector_entry.kind
    if body is not None:
        if sector_entry is not None and sector_entry.kind == KIND_PEOPLE:
            return KIND_PEOPLE
        return body.entry.kind
    return KIND_ORG


_LOCATIVE_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "across", "throughout", "into", "around"}


def _is_place_mention(span: Span, actor: ResolvedActor) -> bool:
    """ "talks in Brussels", "troops in Ukraine": a place where something happens, not an actor."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ not in _LOCATIVE_PREPOSITIONS:
        return False
    place_like = actor.entry_type in (COUNTRY, REGION, METONYM) or root.ent_type_ in ("GPE", "LOC", "FAC")
    return place_like and actor.ref.sector in (None, "GOV", "IGO") and actor.kind != KIND_PERSON


def _apposed(root: Token) -> bool:
    """An apposition, also where the parser read "the spokesperson ..., Ambassador Shafqat Ali Khan, said" as
    a coordination: a person's name after a comma, joined to a common noun with no "and" or "or" anywhere."""
    if root.dep_ == "appos":
        return True
    head = root.head
    if root.dep_ != "conj" or head.dep_ == "conj" or root.ent_type_ != "PERSON" or head.pos_ != "NOUN":
        return False
    doc = root.doc
    if root.left_edge.i == 0 or doc[root.left_edge.i - 1].text != ",":
        return False
    # "his son, Shkëlzen Berisha, and his daughter": a list goes on with "and" after the name
    after = doc[root.right_edge.i + 1 : min(root.right_edge.i + 4, root.sent.end)]
    lists = (*head.children, *root.children, *after)
    return not any(token.dep_ in ("cc", "conj") and token.i != root.i for token in lists)


def _mention_phrases(doc: Doc) -> list[tuple[int, int]]:
    """Noun chunks, each extended by an "of"/"from" phrase and merged with its apposition."""
    phrases: list[list[int]] = []
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ in _PRONOUN_POS:
            continue
        start, end = chunk.start, chunk.end
        for child in chunk.root.rights:
            if child.i >= end and child.dep_ == "prep" and (child.lower_ in ("of", "from") or speaks_for(child)):
                right = child.right_edge.i + 1
                if right - child.i <= 8:
                    end = right
                break
        if phrases and phrases[-1][1] > start:
            continue  # already inside the previous extended phrase
        if phrases and _apposed(chunk.root) and doc[phrases[-1][0] : phrases[-1][1]].root.i == chunk.root.head.i:
            phrases[-1][1] = end
            continue
        phrases.append([start, end])
    return [(start, end) for start, end in phrases]


def _legislature_in_context(actor: ResolvedActor, doc: Doc) -> ResolvedActor:
    """"Senate head Hun Sen" in a story about Cambodia: a legislature named by a name many states share
    is of the country the article is about, not the USA by default (``sitrep.actors.legislatures``)."""
    ref = actor.ref
    if ref.country != "USA" or ref.sector != "LEG" or not legislatures.is_shared_name(ref.text):
        return actor
    country = legislatures.main_country(doc)
    if country is None or not legislatures.has_body_named(country, ref.text):
        return actor  # "calls in Congress to sanction Turkey": Turkey has no Congress, so it is the US one
    return replace(actor, ref=replace(ref, country=country, code=country + "LEG"))

"""From a speaker span to the canonical speaker, across one article.

Reporters name a speaker once ("Pentagon spokesperson Sabrina Singh") and then
refer back to them ("she", "Singh", "the spokesperson", "the ministry"). The
``SpeakerTracker`` reads an article's speaker spans in text order and keeps
what it has seen: each named speaker with its kind (person or organisation),
the words that describe it (its title, organisation, apposition) and, once
known, its grammatical gender. A later span is resolved to the most recent
compatible entry:

- a surname alone resolves to the full name that ends with it;
- "he"/"she" to the most recent person speaker of that gender (or of unknown
  gender, which the pronoun then fixes), then to a person named earlier in the
  text; "it"/"they" to the most recent organisation;
- a definite description ("the spokesperson", "the ministry") to the most
  recent entry described by the same noun, then, for titles of people, to the
  most recent person, and for organisations to the most recent organisation.

Anonymous speakers ("a senior official") keep ``name`` None: a canonical name
is never invented. The actor dictionary (``sitrep.actors.ActorResolver``),
when available, codes each speaker's country, sector, code and office.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span, Token

from sitrep.actors.entries import ORGANISATION
from sitrep.actors.legislatures import country_named
from sitrep.actors.resolver import ResolvedActor
from sitrep.model import ActorRef, Place
from sitrep.quotes.office_country import home_country, office_country

log = logging.getLogger(__name__)

_PERSON_PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
_GROUP_PRONOUNS = {"it", "they", "them", "we"}
_FEMALE = {"ms", "ms.", "mrs", "mrs.", "madam", "miss", "spokeswoman", "congresswoman", "chairwoman", "queen",
           "princess", "businesswoman", "countess", "baroness", "dame", "lady"}
_MALE = {"mr", "mr.", "spokesman", "congressman", "chairman", "king", "prince", "businessman", "sir", "lord"}
_PERSON_ROLES = {
    "spokesperson", "spokesman", "spokeswoman", "minister", "official", "president", "general", "commander",
    "ambassador", "envoy", "secretary", "chief", "leader", "diplomat", "premier", "chancellor", "negotiator",
    "governor", "mayor", "adviser", "advisor", "prosecutor", "senator", "lawmaker", "colonel", "lieutenant",
    "admiral", "officer", "head", "director", "chairman", "chairwoman", "representative", "king", "queen",
    "spy", "analyst", "aide", "deputy", "lawyer", "witness", "resident", "doctor", "commissioner", "monarch",
    "emir", "prince", "foreign", "defence", "defense", "woman", "man", "politician", "speaker", "coordinator",
}
# Titles of a head of state or government: with a country ("the U.S. leader") they name that office's holder.
_LEADER_TITLES = frozenset({"leader", "president", "premier", "chancellor", "king", "queen", "monarch", "emir"})
_ORGANISATION_NOUNS = {
    "ministry", "government", "army", "military", "office", "department", "agency", "council", "command",
    "kremlin", "pentagon", "administration", "cabinet", "parliament", "embassy", "mission", "force", "forces",
    "group", "movement", "party", "alliance", "organisation", "organization", "committee", "service",
    "commission", "union", "coalition", "regime", "authority", "authorities", "police", "navy", "court",
    "presidency", "secretariat", "headquarters", "staff", "corps", "brigade", "militia", "unit", "company",
    "network", "rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "fleet", "guard",
    "watchdog", "operation", "bloc", "federation", "junta", "outfit",
}
_ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
# Nouns that end the name of a document, not of a person ("the China Youth Safety Report").
_DOCUMENT_NOUNS = frozenset({"report", "index", "survey", "study", "review", "strategy", "plan", "charter", "act",
                             "law", "declaration", "convention", "treaty", "accord", "agreement", "resolution"})
_PLACE_PREPOSITIONS = frozenset({"in", "across", "near", "throughout", "within", "inside", "outside"})
_POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}
_ARMED = {"MIL", "REB", "UAF", "PRM"}


@dataclass(slots=True)
class Known:
    """A speaker seen earlier in the article."""

    name: str | None
    kind: str  # person, organisation, document
    words: set[str] = field(default_factory=set)  # lower-cased words describing it
    gender: str | None = None
    span: Span | None = None  # where it was named, for coding with the actor dictionary
    country: str | None = None  # the country of its owner ("[his] U.N. mission"), when the dictionary has none
    last: int = -1  # the token where it was last named or referred to as a speaker


def _content_words(tokens: list[Token]) -> set[str]:
    return {t.lower_ for t in tokens if t.is_alpha} | {t.lemma_.lower() for t in tokens if t.is_alpha}


def _strip_determiner(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].dep_ in {"det", "punct"} or tokens[0].is_space):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "case" or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


def _joined(tokens: list[Token]) -> str:
    """The text of consecutive tokens as written (keeps "Ukraine's" together)."""
    return "".join(t.text_with_ws for t in tokens[:-1]) + tokens[-1].text


def _gender_of(tokens: list[Token]) -> str | None:
    words = {t.lower_ for t in tokens}
    if words & _FEMALE:
        return "f"
    if words & _MALE:
        return "m"
    return None


def _ents_in(span: Span) -> list[Span]:
    """The entities inside ``span``. ``Span.ents`` rebuilds every entity of the document on each call,
    which made speaker resolution a large share of the stage's time; the list is built once per doc."""
    doc = span.doc
    ents = doc.user_data.get("sitrep_ents")
    if ents is None:
        ents = list(doc.ents)
        doc.user_data["sitrep_ents"] = ents
    return [ent for ent in ents if span.start <= ent.start and ent.end <= span.end]


def _person_name(span: Span) -> Span | None:
    """The longest PERSON entity inside ``span``, or a run of proper nouns the tagger left unlabelled."""
    # A name that only modifies the head ("Trump's campaign manager", a place the tagger took for a
    # person in "Mali's military government") is not the speaker's.
    people = [
        ent for ent in _ents_in(span)
        if ent.label_ == "PERSON" and (ent.start <= span.root.i < ent.end or ent.root.dep_ in {"appos", "flat"})
    ]
    if people:
        return max(people, key=len)
    if any(ent.label_ in _ORG_LABELS for ent in _ents_in(span)):
        return None
    root = span.root
    # "the 2024 China Youth Safety Report": a run of proper nouns that ends in a document's noun is no one
    if root.pos_ == "PROPN" and root.lower_ not in _ORGANISATION_NOUNS and root.lower_ not in _DOCUMENT_NOUNS:
        start = root.i
        while start > span.start and span.doc[start - 1].pos_ == "PROPN":
            start -= 1
        return span.doc[start : root.i + 1]
    return None


def _quoted_tokens(doc: Doc) -> set[int]:
    """The tokens inside quotation marks, read once over the document: a quotation may run over several
    sentences ("... hostility towards the West. President Putin remains antagonistic ...")."""
    inside: set[int] = set()
    quoting = False
    for token in doc:
        text = token.text
        if text in {'"', "''", "``"}:
            quoting = not quoting
        elif text == "“":
            quoting = True
        elif text == "”":  # closes whatever opened it: reporters mix straight and curly marks
            quoting = False
        elif quoting:
            inside.add(token.i)
    return inside


def _named_as_a_place(ent: Span) -> bool:
    """ "in Sahel", "across Sahel and Mali": a name (or its conjunct) after a preposition of place."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in _PLACE_PREPOSITIONS


def _same_person(known: str, text: str) -> bool:
    """ "Singh" is "Sabrina Singh"; "Zhang" is "Zhang Xiaogang" (family name first)."""
    known_parts, parts = known.split(), text.split()
    if len(parts) == 1:
        return parts[0] in (known_parts[0], known_parts[-1])
    if len(known_parts) == 1:
        return known_parts[0] in (parts[0], parts[-1])
    return known_parts[-1] == parts[-1] and known_parts[0] == parts[0]


def _apposed_name(head: Token) -> Span | None:
    """ "Japan's defence minister, Minoru Kihara": the name in apposition to a description."""
    # "the spokesperson for X, Ambassador Shafqat Ali Khan, repeated": the parser may read the name set off by
    # commas as a conjunct; with no "and"/"or" it is an apposition
    coordinated = any(child.dep_ == "cc" for child in head.children)
    for child in head.children:
        if child.dep_ == "appos" or (child.dep_ == "conj" and not coordinated and child.i > head.i + 1
                                     and head.doc[child.left_edge.i - 1].text == ","):  # fmt: skip
            apposed = head.doc[child.left_edge.i : child.right_edge.i + 1]
            name = _person_name(apposed)
            if name is not None:
                return name
            if head.lemma_.lower() in _PERSON_ROLES and child.pos_ == "PROPN":
                # A name beside a title is a person's, whatever label the tagger gave it.
                start = child.i
                while start > apposed.start and head.doc[start - 1].pos_ == "PROPN":
                    start -= 1
                return head.doc[start : child.i + 1]
    return _name_after_role_object(head)


def _name_after_role_object(head: Token) -> Span | None:
    """ "Pakistan's permanent representative to the United Nations, Munir Akram, said": the parser hangs the
    name on the role's object; set off by commas after an organisation or place (not a person: "an adviser
    to the president, Joe Biden" names the president), it is the role's apposition."""
    if head.lemma_.lower() not in _PERSON_ROLES:
        return None
    for prep in head.children:
        if prep.dep_ != "prep" or prep.i < head.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.ent_type_ == "PERSON" and (name := _name_after_place(obj)) is not None:
                return name
            if obj.dep_ != "pobj" or obj.lemma_.lower() in _PERSON_ROLES or obj.ent_type_ == "PERSON":
                continue
            for child in obj.children:
                if child.dep_ == "appos" and child.i > obj.i and head.doc[child.left_edge.i - 1].text == ",":
                    name = _person_name(head.doc[child.left_edge.i : child.right_edge.i + 1])
                    if name is not None:
                        return name
    return None


def _name_after_place(obj: Token) -> Span | None:
    """ "U.N. Resident Coordinator for Myanmar Andrew Kirkwood said": the tagger ran the country the role is
    for into the holder's name; the words after the country are the name (two words at least)."""
    entity = next((ent for ent in obj.doc.ents if ent.start <= obj.i < ent.end), None)
    if entity is None:
        return None
    for split in range(entity.start + 1, entity.end - 1):
        if country_named(obj.doc[entity.start : split].text) is not None:
            return obj.doc[split : entity.end]
    return None


def _description_tokens(head: Token) -> list[Token]:
    """The words describing a speaker: its phrase, appositions included ("Singh, a Pentagon spokeswoman")."""
    excluded: set[int] = set()
    for token in head.subtree:
        if token.dep_ == "relcl":
            excluded |= {t.i for t in token.subtree}
    return [t for t in head.subtree if t.i not in excluded]


def _with_for_phrase(span: Span) -> Span:
    """ "the spokesperson [for Pakistan's Ministry of Foreign Affairs], X, said": a role's "for" phrase
    right after the span says whose role it is, so the speaker's phrase runs over it."""
    root, doc = span.root, span.doc
    if span.end >= len(doc) or root.lemma_.lower() not in _PERSON_ROLES:
        return span
    follower = doc[span.end]
    if follower.lower_ != "for" or follower.head.i != root.i or follower.dep_ != "prep":
        return span
    return doc[span.start : follower.right_edge.i + 1]


# Titles that name the same office ("the envoy" after "Ambassador Munir Akram").
_SAME_OFFICE = {
    "envoy": {"ambassador", "representative"},
    "ambassador": {"envoy", "representative"},
    "chief": {"general", "commander"},
    "commander": {"general", "chief"},
    "general": {"chief", "commander"},
    "spokesman": {"spokesperson", "spokeswoman"},
    "spokeswoman": {"spokesperson", "spokesman"},
    "spokesperson": {"spokesman", "spokeswoman"},
    # "the U.S. leader" after "President Donald Trump": a leader is whatever head of state or government
    "leader": {"president", "premier", "chancellor", "king", "queen", "monarch", "emir"},
}


# Words of _PERSON_ROLES that say what someone is but not which office they hold.
_NO_OFFICE = {"official", "woman", "man", "resident", "witness", "head", "foreign", "defence", "defense", "deputy",
              "analyst", "politician", "representative", "aide", "officer"}  # fmt: skip


def _other_office(words: set[str], title: str) -> bool:
    """Whether a speaker described with ``words`` holds an office other than ``title`` ("minister" is no
    "envoy"; "general" is a "chief")."""
    offices = {word for word in words if word in _PERSON_ROLES and word not in _NO_OFFICE}
    return bool(offices) and title not in offices and _SAME_OFFICE.get(title, set()).isdisjoint(offices)


def _office_kinds(span: Span) -> set[str]:
    """The nouns that say which office a title is ("army" in "the army chief"): an earlier person is that
    officer only if they were described with them too."""
    root = span.root
    return {t.lower_ for t in root.children if t.dep_ == "compound" and t.pos_ == "NOUN" and t.i < root.i}


def _unnamed_of_the_role(entry: Known, head: str) -> bool:
    """An unnamed speaker introduced by this very title with an indefinite article ("a State Department
    spokesperson")."""
    span = entry.span
    return (
        span is not None
        and span.root.lemma_.lower() == head
        and any(t.lower_ in {"a", "an"} and t.dep_ == "det" for t in span)
    )


def _owner_words(role: Token) -> frozenset[str]:
    """The proper names in a role's "of"/"for" phrase: "the head of Doctors Without Borders (MSF)" is MSF's."""
    return frozenset(
        token.lower_
        for prep in role.children
        if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}
        for obj in prep.children
        if obj.dep_ == "pobj"
        for token in obj.subtree
        if token.pos_ == "PROPN" and token.is_alpha
    )


def _specified(span: Span) -> bool:
    """Whether a title carries a country or a branch of its own ("the Pakistani envoy", "the army chief")."""
    root = span.root
    return bool(_office_kinds(span)) or any(
        t.ent_type_ in {"NORP", "GPE"} or t.dep_ == "poss" for t in span if t.i < root.i
    )


class SpeakerTracker:
    """Resolves an article's speaker spans to canonical speakers, in text order."""

    def __init__(
        self, doc: Doc, when: date | None = None, resolver: Any | None = None, places: Sequence[Place] = ()
    ) -> None:
        self.doc = doc
        self.when = when
        self.resolver = resolver
        self.places = places  # the places stage's toponyms: whose office a title without a country is
        self._home: str | None = home_country(places)
        self.known: list[Known] = []
        ents = _ents_in(doc[:])
        # "active in Sahel and Mali": the tagger's PERSON after a preposition of place is a place, no one "he" is
        self._people_mentioned = [ent for ent in ents if ent.label_ == "PERSON" and not _named_as_a_place(ent)]
        self._orgs_mentioned = [ent for ent in ents if ent.label_ in {"ORG", "NORP", "GPE"}]
        # names of places: "Ankara" is no surname of the "Erdogan Ankara" the tagger ran together
        self._place_names = {ent.text for ent in ents if ent.label_ in {"GPE", "LOC", "NORP", "FAC"}}
        self._quoted: set[int] | None = None  # tokens inside quotation marks, read when first needed

    # -- the public step -------------------------------------------------------------------------
    def resolve(self, start: int, end: int) -> ActorRef:
        """The speaker of the span ``doc[start:end]`` (token indices), remembered for what follows."""
        span = _with_for_phrase(self.doc[start:end])
        entry = self._entry_for(span)
        ref = ActorRef(text=span.text, start=span.start_char, end=span.end_char)
        if entry is None:
            return ref
        entry.last = max(entry.last, span.start)
        ref.name = entry.name
        self._code(ref, entry)
        return ref

    # -- resolution ----------------------------------------------------------------------------------
    def _entry_for(self, span: Span) -> Known | None:
        root = span.root
        lower = root.lower_
        if root.pos_ == "PRON" or lower in _PERSON_PRONOUNS or lower in _GROUP_PRONOUNS:
            return self._pronoun(lower, span)
        name = _person_name(span) or _apposed_name(root)
        if name is not None:
            return self._person(span, name)
        if root.lemma_.lower() in _PERSON_ROLES or root.lower_ in _PERSON_ROLES:
            return self._role(span)
        known = self._known_person(span)
        if known is not None:  # "Saree" after "Yahya Saree", whatever the tagger calls it
            return known
        named = self._dictionary_person(span) if self._proper(span) else None
        if named is not None:  # a person the actor dictionary knows, mislabelled by the tagger
            return self._person(span, span, name_text=named)
        if root.lemma_.lower() in _PERSON_ROLES or root.lower_ in _PERSON_ROLES:
            return self._role(span)
        return self._organisation_or_description(span)

    @staticmethod
    def _proper(span: Span) -> bool:
        return any(t.pos_ == "PROPN" for t in span)

    def _known_person(self, span: Span) -> Known | None:
        words = [t for t in span if t.pos_ == "PROPN"]
        if not words or len(words) != len([t for t in span if t.is_alpha]):
            return None
        text = _joined(words)
        for entry in reversed(self.known):
            if entry.kind == "person" and entry.name and _same_person(entry.name, text):
                self._move_to_end(entry)
                return entry
        fuller = self._full_name(text, span)
        if fuller != text:  # "Nobilo" (tagged a body) after "Dodik's lawyer, Anto Nobilo, met ..."
            return self._person(span, span, name_text=fuller)
        return None

    def _role(self, span: Span) -> Known | None:
        """A person named by office: "the minister", "Russia's foreign minister", "a senior official"."""
        root = span.root
        determiner = next((t.lower_ for t in span if t.dep_ == "det" and t.i < root.i), None)
        if root.tag_ in {"NNS", "NNPS"}:
            return self._anonymous(span)  # "the two leaders", "the Turkish and French leaders": no one person
        if determiner in {"the", "this", "that"}:
            found = self._described(root.lemma_.lower(), span, owner=_owner_words(root))
            if found is not None:
                return found
        if determiner not in {"a", "an", "some", "one", "another"}:
            # "Russia's foreign minister": the actor dictionary knows who held the office on the day.
            named = self._dictionary_person(span)
            if named is not None:
                return self._person(span, span, name_text=named)
        return self._anonymous(span)

    def _dictionary_actors(self, span: Span) -> list[ResolvedActor]:
        """What the actor dictionary makes of a span on the article's day; nothing when it cannot say."""
        resolve_actors = getattr(self.resolver, "resolve_actors", None) if self.resolver is not None else None
        if resolve_actors is None:
            return []
        try:
            return list(resolve_actors(span, self.when))
        except Exception:
            log.exception("actor resolution failed for %r", span.text)
            return []

    def _dictionary_gender(self, span: Span) -> str | None:
        """The gender the actor dictionary records for a named person, for "he"/"she" later on."""
        actors = self._dictionary_actors(span)
        gender = next((a.gender for a in actors if a.kind == "person" and a.gender), None)
        return {"male": "m", "female": "f", "m": "m", "f": "f"}.get(str(gender).lower()) if gender else None

    def _dictionary_person(self, span: Span) -> str | None:
        # Only a named individual from the dictionary ("Sergei Lavrov"), never an organisation.
        actors = self._dictionary_actors(span)
        person = next((a for a in actors if a.kind == "person" and a.ref.name), None)
        return person.ref.name if person is not None else None

    def _pronoun(self, pronoun: str, span: Span) -> Known | None:
        gender = _PERSON_PRONOUNS.get(pronoun)
        if gender is not None:
            for entry in reversed(self.known):
                if entry.kind == "person" and entry.name and entry.gender in (None, gender):
                    subject = self._new_subject(span, gender, after=entry.last)
                    if subject is not None:
                        return subject
                    entry.gender = gender
                    return entry
            subject = self._new_subject(span, gender, after=-1)
            if subject is not None:
                return subject
            mentioned = [ent for ent in self._people_mentioned if ent.end <= span.start]
            if mentioned:
                return self._person(mentioned[-1], mentioned[-1], gender=gender)
            return None
        if pronoun in _GROUP_PRONOUNS:
            for entry in reversed(self.known):
                if entry.kind == "organisation" and entry.name:
                    return entry
            mentioned = [ent for ent in self._orgs_mentioned if ent.end <= span.start]
            if mentioned:
                return self._organisation(mentioned[-1])
        return None

    def _new_subject(self, span: Span, gender: str, after: int) -> Known | None:
        """ "Antonio Banjai, a descendant of the emperors, remembers ... 'Griots are important,' he said": a
        person named as the subject of the sentence before the pronoun's (or of its own), after the last
        speaker was last named, is whom "he" refers to, not that earlier speaker."""
        sentence = span.sent
        first = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        if self._quoted is None:
            self._quoted = _quoted_tokens(self.doc)
        for ent in reversed(self._people_mentioned):
            if ent.end > span.start or ent.start < first or ent.root.i in self._quoted:
                continue
            if ent.start <= after:
                return None
            if ent.root.dep_ not in {"nsubj", "nsubjpass"}:
                if ent.start >= sentence.start:
                    return None  # "Trump hosted Erdogan ... what he called": another person in its own sentence
                continue
            known = next((e for e in self.known if e.name and _same_person(e.name, ent.text)), None)
            if (known.gender if known is not None else self._dictionary_gender(ent)) not in (None, gender):
                continue
            return self._person(ent, ent, gender=gender)
        return None

    def _person(self, span: Span, name: Span, gender: str | None = None, name_text: str | None = None) -> Known:
        tokens = _strip_determiner([t for t in name if t.dep_ != "case" and t.text not in {"'s", "’s"}])
        text = name_text or (_joined(tokens) if tokens else name.text)
        words = _content_words(_description_tokens(span.root))
        gender = gender or _gender_of(list(span) + list(_description_tokens(span.root)))
        for entry in reversed(self.known):
            if entry.kind != "person" or not entry.name:
                continue
            if entry.name == text or _same_person(entry.name, text):
                # "Singh" after "Sabrina Singh"; a longer form of the same name replaces a shorter one.
                if len(text.split()) > len(entry.name.split()):
                    entry.name = text
                entry.words |= words
                entry.gender = entry.gender or gender
                self._move_to_end(entry)
                return entry
        text = self._full_name(text, span) if name_text is None else text
        entry = Known(text, "person", words, gender or self._dictionary_gender(span), span)
        self.known.append(entry)
        return entry

    def _full_name(self, text: str, span: Span) -> str:
        """ "Nobilo" first quoted after "Dodik's lawyer, Anto Nobilo, said ...": a surname alone is the full
        name the text gave the person earlier (no speaker yet), when only one earlier name ends with it."""
        if len(text.split()) != 1 or text in self._place_names:
            return text
        fuller = {
            ent.text for ent in self._people_mentioned + self._orgs_mentioned
            if ent.end <= span.start and len(ent) > 1 and ent[-1].text == text and ent[0].pos_ == "PROPN"
        }
        # "Jimmy Lai ... Sebastien Lai" (whatever the tagger called each): no one name to take
        given = {
            self.doc[t.i - 1].text for t in self.doc[: span.start]
            if t.text == text and t.i > 0 and self.doc[t.i - 1].pos_ == "PROPN" and self.doc[t.i - 1].is_title
        }
        if len(fuller) != 1 or len(given) > 1 or not any(ent.text in fuller for ent in self._people_mentioned):
            return text
        return fuller.pop()

    def _organisation(self, span: Span) -> Known:
        tokens = _strip_determiner(list(span))
        text = self._dictionary_organisation(span) or (_joined(tokens) if tokens else span.text)
        words = _content_words(_description_tokens(span.root))
        # "the Global Terrorism Index": a document says things too, but no later "the group" or "it" is it
        kind = "document" if span.root.lower_ in _DOCUMENT_NOUNS else "organisation"
        for entry in reversed(self.known):
            if entry.kind == kind and entry.name and entry.name.lower() == text.lower():
                self._move_to_end(entry)
                return entry
        entry = Known(text, kind, words, None, span)
        self.known.append(entry)
        return entry

    def _dictionary_organisation(self, span: Span) -> str | None:
        """The dictionary's name for a group named by its acronym ("BLA", "the BLA" and "Baloch Liberation
        Army" are all "Baloch Liberation Army"; "MSF" is "Medecins Sans Frontieres"), so that one group is
        one speaker. Only an acronym: a longer phrase may name a part of the body the dictionary matched
        ("European Commission" is not the "European Union")."""
        tokens = _strip_determiner(list(span))
        letters = "".join(ch for t in tokens for ch in t.text if ch.isalpha())
        if len(tokens) != 1 or not 2 <= len(letters) <= 8 or not letters.isupper():
            return None
        actors = self._dictionary_actors(span)
        if len(actors) != 1 or actors[0].entry_type != ORGANISATION or not actors[0].ref.name:
            return None
        return actors[0].ref.name

    def _owner_country(self, span: Span) -> str | None:
        """The country of whoever "his"/"its" refers to in "[his] U.N. mission": the nearest person or body
        named earlier in the same sentence ("Iran's U.N. ambassador participated, but his U.N. mission
        ..."), else the last speaker; coded with the actor dictionary."""
        if self.resolver is None:
            return None
        sentence = span.sent
        owner: Span | None = None
        for token in reversed(self.doc[sentence.start : span.start]):
            person = token.ent_type_ == "PERSON" or token.lemma_.lower() in _PERSON_ROLES
            if (person or token.ent_type_ in _ORG_LABELS) and token.dep_ in {"nsubj", "nsubjpass", "appos"}:
                owner = self.doc[token.left_edge.i : token.i + 1]  # "Iran's U.N. ambassador"
                break
        spans = [owner] if owner is not None else []
        spans += [entry.span for entry in reversed(self.known) if entry.span is not None][:1]
        for candidate in spans:
            try:
                actors = self.resolver.resolve_span(candidate, self.when)
            except Exception:
                log.exception("actor resolution failed for %r", candidate.text)
                continue
            country = next((a.country for a in actors if a.country), None)
            if country is not None:
                return country
        return None

    def _organisation_or_description(self, span: Span) -> Known | None:
        root = span.root
        head = root.lemma_.lower()
        determiner = next((t.lower_ for t in span if t.dep_ == "det" and t.i < root.i), None)
        named = any(ent.label_ in _ORG_LABELS for ent in _ents_in(span)) or any(
            t.pos_ == "PROPN" and t.i != root.i for t in span
        )
        definite = determiner in {"the", "this", "that", "these", "those"}
        bare = len([t for t in span if t.is_alpha]) == 1 + (determiner is not None)
        if root.pos_ == "PROPN" and root.lower_ in _DOCUMENT_NOUNS:
            return self._organisation(span)  # "The Charter calls on ...": a named document, not a description
        if definite and bare and self._dictionary_organisation(span) is not None:
            return self._organisation(span)  # "the BLA": a group's acronym with an article is still its name
        if definite and (bare or not named):
            # "the ministry", "the army", "the rebels": someone named earlier, by the same noun if possible.
            found = self._described(head, span, by_kind=False)
            if found is None:
                mention = self._earlier_mention(root, span)
                if mention is not None:
                    return self._organisation(mention)
                found = self._described(head, span)
            return found if found is not None else self._anonymous(span)
        owner = next((t for t in span if t.dep_ == "poss" and t.lower_ in _POSSESSIVE_PRONOUNS), None)
        if owner is not None and head in _ORGANISATION_NOUNS:
            # "his U.N. mission": described by whom it belongs to; its country is its owner's.
            country = self._owner_country(span)
            entry = self._organisation(span)
            entry.country = entry.country or country
            return entry
        bare_plural = (
            root.pos_ == "NOUN" and root.tag_ == "NNS" and not root.ent_type_ and determiner is None and len(span) == 1
        )
        if bare_plural:
            return self._anonymous(span)  # "Militants said ...", "Authorities said ...": a kind, not a name
        if named or (head in _ORGANISATION_NOUNS and determiner not in {"a", "an"}):
            return self._organisation(span)
        return self._anonymous(span)

    def _earlier_mention(self, root: Token, span: Span) -> Span | None:
        """The last earlier phrase with the same head noun and a name in it ("Sudan's army")."""
        lemma = root.lemma_.lower()
        for token in reversed(self.doc[: span.start]):
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN" or token.dep_ == "compound":
                continue
            modifiers = [c for c in token.lefts if c.dep_ in {"poss", "compound", "amod", "nmod"}]
            if any(t.pos_ == "PROPN" or t.ent_type_ in _ORG_LABELS for m in modifiers for t in m.subtree):
                start = min(m.left_edge.i for m in modifiers)
                return self.doc[start : token.i + 1]
        return None

    def _described(
        self, head: str, span: Span, by_kind: bool = True, owner: frozenset[str] = frozenset()
    ) -> Known | None:
        """``owner``: the names a role is of ("the head of Doctors Without Borders"): only an earlier speaker
        described with them can be that role's holder."""
        kinds = _office_kinds(span)
        specified = _specified(span)
        for entry in reversed(self.known):
            if owner and not owner <= entry.words:
                continue
            titled = head in entry.words or not _SAME_OFFICE.get(head, set()).isdisjoint(entry.words)
            if titled and entry.name is None and entry.kind == "person" and _unnamed_of_the_role(entry, head):
                # "a State Department spokesperson ... the spokesperson added": the unnamed one said last, not
                # a named person of that title further back (voa10)
                return entry
            if titled and kinds <= entry.words and entry.name and self._compatible(entry, span):
                self._move_to_end(entry)
                # "the banned separatist militant group": its words describe the entry from now on.
                entry.words |= _content_words(_description_tokens(span.root))
                return entry
        if not by_kind:
            return None
        wanted = "person" if head in _PERSON_ROLES else "organisation" if head in _ORGANISATION_NOUNS else None
        if wanted is None:
            return None
        # "the Pakistani envoy", "the Afghan army chief": an office of a named country or branch is not
        # whichever person spoke last when that person is known to hold another office (a defence minister)
        specified = specified and wanted == "person"
        leads = specified and head in _LEADER_TITLES
        for entry in reversed(self.known):
            if specified and (_other_office(entry.words, head) or not kinds <= entry.words):
                continue
            if leads and not self._holds_state_office(entry, span):
                continue  # "The U.S. leader": a state's leader, not any person of that country named before
            if owner and not owner <= entry.words:
                continue
            if entry.kind == wanted and entry.name and self._compatible(entry, span):
                self._move_to_end(entry)
                return entry
        return None

    def _compatible(self, entry: Known, span: Span) -> bool:
        """Whether a description can name an earlier speaker by what the actor dictionary says of both: "the
        Pakistani envoy" is not the Afghan spokesperson named last (a country both have and that differs rules
        the speaker out), "the military" no foreign ministry (armed forces are no civilian office; otherwise a
        title's sector is only a default: "the spokesman" of an air force is MIL). A speaker of no known
        country that fits takes the description's ("Michel Barnier ... the French politician")."""
        own = self._dictionary_actors(span)
        if not own or entry.span is None:
            return True
        earlier = self._dictionary_actors(entry.span)
        mine = own[0].ref
        theirs = earlier[0].ref if earlier else None
        known = (theirs.country if theirs is not None else None) or entry.country
        if mine.country and known and mine.country != known:
            return False
        if theirs is not None and mine.sector in _ARMED and theirs.sector and theirs.sector not in _ARMED:
            return False
        if mine.country and known is None:
            entry.country = mine.country
        return True

    def _holds_state_office(self, entry: Known, span: Span) -> bool:
        """Whether an earlier speaker can be the state's leader a description names ("the U.S. leader", "the
        Israeli president"): the actor dictionary places them in that country's government, or they were
        described with a title of a head of state or government."""
        if not _LEADER_TITLES.isdisjoint(entry.words) and self._compatible(entry, span):
            return True
        own = self._dictionary_actors(span)
        earlier = self._dictionary_actors(entry.span) if entry.span is not None else []
        if not own or not earlier:
            return False
        mine, theirs = own[0].ref, earlier[0].ref
        return theirs.sector == "GOV" and theirs.country is not None and theirs.country == mine.country

    def _anonymous(self, span: Span) -> Known:
        entry = Known(None, "person", _content_words(_description_tokens(span.root)), None, span)
        self.known.append(entry)
        return entry

    def _move_to_end(self, entry: Known) -> None:
        self.known.remove(entry)
        self.known.append(entry)

    # -- coding with the actor dictionary -------------------------------------------------------------
    def _code(self, ref: ActorRef, entry: Known) -> None:
        if self.resolver is None or entry.span is None:
            return
        try:
            actors = self.resolver.resolve_span(entry.span, self.when)
        except Exception:  # the dictionary is an aid: a failure there must not lose the quote
            log.exception("actor resolution failed for %r", entry.span.text)
            return
        if not actors:
            ref.country = ref.country or entry.country
            return
        actor = actors[0]
        if entry.country is None:
            # "Finance Minister Muhammad Aurangzeb": a state office the dictionary knows no holder of; "the
            # military": a state's body named by its noun
            entry.country = office_country(actor, entry.span, self.places, self._home)
        ref.code = actor.code
        ref.country = actor.country
        ref.sector = actor.sector
        ref.office = actor.office
        if ref.country is None and entry.country is not None and ref.code == ref.sector and ref.sector:
            ref.code = f"{entry.country}{ref.sector}"
        ref.country = ref.country or entry.country
        if ref.name is None and entry.kind == "person" and self._dictionary_person(entry.span):
            ref.name = actor.name

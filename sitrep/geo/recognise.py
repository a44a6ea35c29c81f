"""Toponym recognition: spaCy's place entities plus a gazetteer-driven pass over proper names.

The small English model tags "Kursk" as PRODUCT and "Sumy" as ORG or PERSON, and "Ukrainian" as
GPE. So a mention is taken as a place when the gazetteer knows the name *and* the text says it is
a place (a locative preposition, "X region", "the town of X", "X-based", "X, Y" with Y a place),
or when it is an unambiguous, well-known place name in a proper-noun position. Demonyms are
actors, not places; so are toponyms used as the subject of a speech or action verb
("Washington said", "Kyiv accused") and seats of government ("the Kremlin", "the Pentagon").
Organisations whose names the gazetteer also holds ("EU" as Europe, "NATO" as a Philippine town,
"UN") are actors wherever they stand: "EU sanctions", "sanctions on the EU", "talks at the UN".
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Span, Token

from sitrep.geo.dateline import find_dateline
from sitrep.geo.descriptive import descriptive_capitals, is_focus_capital
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.names import ADMIN_WORDS, admin_hint, normalise_name
from sitrep.geo.not_places import (
    names_a_pact_elsewhere,
    names_a_person_in_the_text,
    not_a_place,
    not_a_place_in_context,
    pact_names,
    person_name_parts,
)
from sitrep.geo.sources import demonyms

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The model's labels for "Sevastopol" in "in Sevastopol": a known city after a locative is still a place.
MISREAD_GROUP_LABELS = frozenset({"NORP", "LANGUAGE"})
# Entities whose tokens are never read as places by the gazetteer pass.
BLOCKING_LABELS = frozenset(
    {"NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "LANGUAGE", "LAW", "EVENT"}
)
LOCATIVE_PREPOSITIONS = frozenset(
    {
        "in",
        "near",
        "at",
        "into",
        "from",
        "to",
        "towards",
        "toward",
        "outside",
        "around",
        "across",
        "through",
        "throughout",
        "between",
        "inside",
        "within",
        "via",
        "off",
        "over",
        "on",
        "onto",
        "beyond",
    }
)
SETTLEMENT_WORDS = frozenset({"city", "town", "village", "settlement", "port", "capital", "hamlet", "suburb"})
REGION_WORDS = frozenset(w for w in ADMIN_WORDS if " " not in w)
CONNECTORS = frozenset({"of", "el", "al", "de", "del", "la", "le", "du", "des", "upon", "on", "the", "-", "am"})
# Seats of government named for the institution: actors unless the text puts someone *at* them.
INSTITUTION_NAMES = frozenset(
    {
        "kremlin",
        "pentagon",
        "white house",
        "downing street",
        "elysee",
        "élysée",
        "elysee palace",
        "whitehall",
        "capitol hill",
        "foggy bottom",
        "quai d'orsay",
        "zhongnanhai",
        "bankova",
        "blue house",
        "number 10",
    }
)
# Organisations, matched with their own capitals: the town of Eu in Normandy keeps its name.
# Prepositions of being somewhere (not of direction or address: "a letter to Rubio", "pointed at the
# Taliban"), which alone make a person's surname or a small town's other name a place.
STATIC_PREPOSITIONS = frozenset({"in", "near", "outside", "inside", "around", "across", "throughout", "within"})
ORGANISATION_NAMES = frozenset({"EU", "E.U.", "European Union", "NATO", "UN", "U.N.", "United Nations"})
# A toponym that is the subject of one of these verbs speaks or acts: it is an actor (metonymy).
_ACTOR_VERB_TEXT = (
    "say tell state add claim insist warn accuse deny condemn urge demand vow reject threaten respond "
    "announce confirm report allege blame pledge promise offer ask propose retaliate sanction agree sign "
    "launch attack strike send deploy order impose expel recognise recognize support back welcome "
    "criticise criticize protest summon invade seek refuse want plan decide approve call argue believe "
    "hope fear accept acknowledge admit dismiss denounce slam praise thank invite host push press mull "
    "weigh consider respond retaliate escalate provoke negotiate talk meet help fund arm supply veto "
    "oppose block"
)
ACTOR_VERBS = frozenset(_ACTOR_VERB_TEXT.split())
TITLE_WORDS = frozenset(
    "secretary president minister governor general senator mayor king queen prince princess chancellor "
    "judge justice captain colonel major sergeant lieutenant ambassador director commissioner speaker "
    "chairman chairwoman chair leader pope bishop sheikh emir premier envoy spokesman spokeswoman "
    "commander admiral marshal representative rep sen gov gen col lt sgt dr mr mrs ms".split()
)
# "S.C.", "W.Va.", "Calif.": abbreviations that start a place name.
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,4}\.){1,3}[A-Za-z]{0,3}")
MIN_POPULATION_WITHOUT_CUE = 50_000
MIN_POPULATION_MISTYPED = 100_000
_SETTLED = frozenset({"city", "admin1", "admin2"})  # what a dateline or a misread "in X" may name
NEAR_KM = 120.0  # a cue-less small place is accepted within this distance of the article's other places


@dataclass(slots=True)
class Toponym:
    """A place mention found in text; ``hint`` is the feature the wording implies, if any."""

    start: int
    end: int
    text: str
    lookup: str  # the name to look up (without "region", "the")
    hint: str | None = None  # "admin1", "admin2" or "city"
    from_ner: bool = False
    # A descriptive capital ("the Ukrainian capital"): its country's ISO2 code, or FOCUS_COUNTRY (followed
    # by the ISO2 codes of the nations its sentence names) for a bare "the capital".
    capital_of: str | None = None
    role: str | None = None  # "dateline": the upper-case place a wire story opens with (where it was filed)


def _is_capitalised(token: Token) -> bool:
    return token.text[:1].isupper()


# Capitalised words that open a place's name without being part of what the gazetteer knows ("Northern Kano").
_NAME_OPENERS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "upper", "lower",
     "greater", "inner", "outer", "old", "new", "downtown", "rural", "coastal"}
)  # fmt: skip


# Words that open an office after a place's name: "Mauritius Prime Minister X", "Kano State Governor".
_OFFICE_WORDS = frozenset(
    {"prime", "deputy", "vice", "foreign", "defence", "defense", "interior", "finance", "chief", "acting",
     "former", "interim", "first", "lady", "crown", "supreme", "army", "police", "attorney"}
)  # fmt: skip


def _name_word(token: Token, label_of: dict[int, str]) -> bool:
    """A capitalised proper noun with no entity label, and no word that says what kind of place it names."""
    return (
        token.pos_ == "PROPN"
        and token.is_alpha
        and _is_capitalised(token)
        and token.i not in label_of
        and token.lower_ not in REGION_WORDS
        and token.lower_ not in CONNECTORS
        and token.lower_ not in TITLE_WORDS
    )


def _inside_a_longer_name(doc: Doc, start: int, end: int, label_of: dict[int, str]) -> bool:
    """Is the gazetteer's match one word of a longer proper name that no entity or gazetteer entry covers: a
    capitalised name word right before or after it, with only a space between ("the Cano Limon-Covenas
    pipeline" holds Cano, an alternate name of Kano in Nigeria, and Limon, a town of Costa Rica)? A place
    named inside a name we cannot place is no mention of that place."""
    after = doc[end] if end < len(doc) else None
    if after is not None and doc[end - 1].whitespace_ and _name_word(after, label_of):
        following = doc[end : end + 3]
        return not any(t.lower_ in TITLE_WORDS or t.lower_ in _OFFICE_WORDS for t in following)
    if start == doc[start].sent.start or start == 0:
        return False  # a sentence's first word is capitalised whatever it is
    before = doc[start - 1]
    return bool(before.whitespace_) and _name_word(before, label_of) and before.lower_ not in _NAME_OPENERS


_PACTS_KEY = "sitrep_pact_names"


def _pacts_of(doc: Doc, text: str) -> frozenset[str]:
    """The words the document writes before a word of a pact ("Schengen Agreement"), found once per document."""
    pacts = doc.user_data.get(_PACTS_KEY)
    if pacts is None:
        pacts = doc.user_data[_PACTS_KEY] = pact_names(text)
    return pacts


_NAME_PARTS_KEY = "sitrep_person_name_parts"


def _name_parts_of(doc: Doc) -> frozenset[str]:
    """The words of the full names of people the document's entities give ("Mahmoud Khalil"), found once."""
    parts = doc.user_data.get(_NAME_PARTS_KEY)
    if parts is None:
        names = [ent.text for ent in doc.ents if ent.label_ == "PERSON"]
        parts = doc.user_data[_NAME_PARTS_KEY] = person_name_parts(names)
    return parts


def _preceding_word(doc: Doc, index: int) -> Token | None:
    """The word before a name, skipping "the"."""
    i = index - 1
    while i >= 0 and doc[i].lower_ in {"the", "a"}:
        i -= 1
    return doc[i] if i >= 0 else None


def _following(doc: Doc, index: int) -> Token | None:
    return doc[index] if index < len(doc) else None


class ToponymRecogniser:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._person_words: set[str] = set()
        self._demonyms = demonyms()

    def __call__(self, doc: Doc, text: str | None = None) -> list[Toponym]:
        """``text`` is ``doc.text`` (spaCy rebuilds it on every access): pass it when you have it."""
        label_of: dict[int, str] = {}
        for ent in doc.ents:
            for token in ent:
                label_of[token.i] = ent.label_
        # Words of people's full names ("Kathleen Kelly"): a later bare "Kelly" is the person.
        self._person_words = {
            token.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for token in ent
        }
        found: list[Toponym] = []
        taken: set[int] = set()
        text = doc.text if text is None else text
        dateline = self._dateline(doc, text, taken)
        if dateline is not None:
            found.append(dateline)
        for ent in doc.ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            if ent.label_ in PLACE_LABELS:
                toponym = self._from_entity(doc, ent)
            elif ent.label_ in MISREAD_GROUP_LABELS:
                toponym = self._misread_group(doc, ent)
            else:
                continue
            if toponym is not None:
                found.append(toponym)
                taken.update(range(ent.start, ent.end))
        deferred: list[tuple[int, int]] = []
        found.extend(self._gazetteer_pass(doc, label_of, taken, deferred, text))
        found.extend(self._near_known_places(doc, found, deferred, taken, label_of))
        found.extend(self._descriptive(doc, text, taken))
        found = [t for t in found if not self._is_actor(doc, t) and not self._names_something_else(doc, t, text)]
        found.sort(key=lambda t: t.start)
        return found

    def _descriptive(self, doc: Doc, text: str, taken: set[int]) -> list[Toponym]:
        """ "the Ukrainian capital" -> Kyiv; "the capital" -> the capital of the article's focus country."""
        found = []
        for start, end, country in descriptive_capitals(doc, text, self._demonyms, self._country_code):
            if end - 1 in taken:
                continue
            if any(i in taken for i in range(start, end)):
                start = end - 1  # "Pakistan's capital": Pakistan stays a toponym of its own
            capital = self.gazetteer.capital(country) if not is_focus_capital(country) else None
            if not is_focus_capital(country) and capital is None:
                continue
            span = doc[start:end]
            lookup = capital.name if capital is not None else span.text
            found.append(Toponym(span.start_char, span.end_char, span.text, lookup, "city", capital_of=country))
            taken.update(range(start, end))
        return found

    def _country_code(self, name: str) -> str | None:
        for candidate in self.gazetteer.candidates(name):
            if candidate.feature == "country" and candidate.name_kind <= 1:
                return candidate.country2
        return None

    def _dateline(self, doc: Doc, text: str, taken: set[int]) -> Toponym | None:
        """ "KYIV, Ukraine (AP) —": the model reads the upper-case city as an organisation or as nothing."""
        dateline = find_dateline(text)
        if dateline is None:
            return None
        name = dateline.place_name(text)
        if len(name) <= 2 or text[dateline.place_start : dateline.place_end] in ORGANISATION_NAMES:
            return None  # "UN — The Security Council...", "US —": a kicker naming an actor, not a dateline
        # Any spelling counts ("GAZA CITY" is an alternate name of Gaza): the form itself says "place".
        if not any(c.feature in _SETTLED for c in self.gazetteer.candidates(name)):
            return None
        span = doc.char_span(dateline.place_start, dateline.place_end, alignment_mode="contract")
        if span is None or len(span) == 0:
            return None
        taken.update(range(span.start, span.end))
        return Toponym(span.start_char, span.end_char, span.text, name, role="dateline")

    def _misread_group(self, doc: Doc, ent: Span) -> Toponym | None:
        """ "in Sevastopol" tagged NORP or LANGUAGE: a city the gazetteer knows, after a locative preposition, that is
        no demonym ("in Ukrainian" stays a language, "Ukrainians" a group)."""
        if normalise_name(ent.text) in self._demonyms or not _is_capitalised(ent[0]):
            return None
        before = _preceding_word(doc, ent.start)
        if before is None or before.lower_ not in LOCATIVE_PREPOSITIONS:
            return None
        if not any(c.name_kind <= 1 and c.feature in _SETTLED for c in self.gazetteer.candidates(ent.text)):
            return None
        return self._with_context(doc, ent.start, ent.end, from_ner=True)

    # -- spaCy place entities -------------------------------------------------------------

    def _from_entity(self, doc: Doc, ent: Span) -> Toponym | None:
        root = ent.root
        if root.pos_ == "ADJ" or (
            (root.dep_ == "amod" or normalise_name(ent.text) in self._demonyms) and not self.gazetteer.known(ent.text)
        ):
            return None  # "Ukrainian troops", "published in Ukrainian": a demonym, not a place
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        if start >= end or not _is_capitalised(doc[start]):
            return None  # "meth", "anesthesia": lowercase words the model took for places
        if end - start == 1 and doc[start].lower_ in self._person_words and not self.gazetteer.known(ent.text):
            return None  # "Buhari" after "Muhammadu Buhari"
        if ent.label_ == "FAC" and not self.gazetteer.known(doc[start:end].text):
            return None  # buildings and roads we cannot place are left out
        return self._with_context(doc, start, end, from_ner=True)

    # -- gazetteer-driven pass ----------------------------------------------------------

    def _gazetteer_pass(
        self,
        doc: Doc,
        label_of: dict[int, str],
        taken: set[int],
        deferred: list[tuple[int, int]],
        text: str | None = None,
    ) -> list[Toponym]:
        found: list[Toponym] = []
        i = 0
        for start in _capitalised_indexes(doc, doc.text if text is None else text):
            if start < i:
                continue  # inside the name just taken
            i = start
            token = doc[i]
            if (
                i in taken
                or not (token.is_alpha or _ABBREVIATION.fullmatch(token.text))
                or label_of.get(i) in BLOCKING_LABELS
            ):
                i += 1
                continue
            match_end = self._longest_known(doc, i, taken, label_of)
            if match_end is None:
                i += 1
                continue
            verdict = self._accept(doc, i, match_end, label_of)
            if verdict is True:
                toponym = self._with_context(doc, i, match_end, from_ner=False)
                found.append(toponym)
                taken.update(range(i, match_end))
                i = match_end
            else:
                if verdict is None:
                    deferred.append((i, match_end))
                i += 1
        return found

    def _near_known_places(
        self,
        doc: Doc,
        found: list[Toponym],
        deferred: list[tuple[int, int]],
        taken: set[int],
        label_of: dict[int, str],
    ) -> list[Toponym]:
        """A small place name without a cue counts when the gazetteer puts it beside the article's
        other places ("shelled Sudzha" in a report on the Kursk region)."""
        anchors = [
            (c.lat, c.lon)
            for t in found
            for c in self.gazetteer.candidates(t.lookup)[:20]
            if c.feature in {"city", "admin1", "admin2"} and c.name_kind <= 1
        ]
        if not anchors:
            return []
        accepted = []
        for start, end in deferred:
            if any(i in taken for i in range(start, end)):
                continue
            candidates = self.gazetteer.candidates(doc[start:end].text)
            if any(
                c.name_kind == 0 and c.feature == "city" and _within(c.lat, c.lon, anchors, NEAR_KM) for c in candidates
            ):
                accepted.append(self._with_context(doc, start, end, from_ner=False))
                taken.update(range(start, end))
        return accepted

    def _longest_known(self, doc: Doc, start: int, taken: set[int], label_of: dict[int, str]) -> int | None:
        best = None
        end = start
        limit = min(len(doc), start + 5)
        while end < limit:
            token = doc[end]
            if end in taken or label_of.get(end) in BLOCKING_LABELS:
                break
            if end > start and not (_is_capitalised(token) or token.lower_ in CONNECTORS):
                break
            if token.is_punct and token.text != "-":
                break
            end += 1
            if _is_capitalised(doc[end - 1]) and self.gazetteer.known(doc[start:end].text):
                best = end
        return best

    def _accept(self, doc: Doc, start: int, end: int, label_of: dict[int, str]) -> bool | None:
        """True: a place; False: not one; None: a proper name the gazetteer knows, without a cue."""
        tokens = doc[start:end]
        if any(t.pos_ not in {"PROPN", "NOUN", "ADP", "DET", "PUNCT"} for t in tokens):
            return False
        label = label_of.get(start)
        if label is not None and not _whole_entity(doc, start, end, label_of):
            return False  # "Kursk" inside "Kursk Nuclear Power Plant", "Paris" in "Paris Hilton"
        if tokens[0].lower_ in TITLE_WORDS or (end < len(doc) and label_of.get(end) == "PERSON"):
            return False  # "Secretary Rubio", "General Syrskyi": titles, however many towns share them
        if (
            label is None
            and not self._best_prior(tokens.text, MIN_POPULATION_MISTYPED)
            and _inside_a_longer_name(doc, start, end, label_of)
        ):
            # "Cano" and "Limon" in "the Cano Limon-Covenas pipeline": words of a name we do not know, which by
            # their own names are only towns (a country, a region or a city of 100,000 is kept)
            return False
        if self._has_place_cue(doc, start, end):
            return True
        if end - start == 1 and tokens[0].lower_ in self._person_words:
            return False
        if any(t.pos_ != "PROPN" for t in tokens if t.is_alpha and t.lower_ not in CONNECTORS):
            return False
        if label is not None:
            # Mis-typed entities ("Kursk" PRODUCT, "Lyon" PERSON): only well-known places, one-word names.
            if end - start != 1:
                return False
            return True if self._best_prior(tokens.text, MIN_POPULATION_MISTYPED) else None
        if start == tokens.sent.start:
            # A sentence-initial capital says little by itself: only a large place's name is taken.
            return True if self._best_prior(tokens.text, MIN_POPULATION_MISTYPED) else None
        return True if self._best_prior(tokens.text, MIN_POPULATION_WITHOUT_CUE) else None

    def _best_prior(self, name: str, min_population: int) -> bool:
        for candidate in self.gazetteer.candidates(name):
            if candidate.name_kind > 1:
                continue
            if candidate.feature in {"country", "continent", "water", "region"}:
                return True
            if candidate.feature == "admin1" and candidate.name_kind == 0:
                return True
            if candidate.feature == "city" and candidate.population >= min_population:
                return True
        return False

    def _has_place_cue(self, doc: Doc, start: int, end: int) -> bool:
        before = _preceding_word(doc, start)
        after = _following(doc, end)
        if before is not None and before.lower_ in LOCATIVE_PREPOSITIONS:
            return True
        if after is not None and after.lower_ in REGION_WORDS:
            return True
        if after is not None and after.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ == "based":
            return True
        if before is not None and before.lower_ == "of" and start >= 2:
            noun = _preceding_word(doc, before.i)
            if noun is not None and (noun.lower_ in SETTLEMENT_WORDS or noun.lower_ in REGION_WORDS):
                return True
        if before is not None and before.lower_ in SETTLEMENT_WORDS:
            return True
        # "Sudzha, Kursk": a comma then another known place.
        if after is not None and after.text == "," and end + 1 < len(doc):
            nxt = doc[end + 1]
            return _is_capitalised(nxt) and self._best_prior(nxt.text, MIN_POPULATION_WITHOUT_CUE)
        return False

    # -- shared ----------------------------------------------------------------------------

    def _with_context(self, doc: Doc, start: int, end: int, from_ner: bool) -> Toponym:
        """Extend "Kursk" to "Kursk region" and read the feature the wording implies."""
        lookup = doc[start:end].text
        hint = None
        last = doc[end - 1]
        after = _following(doc, end)
        if last.lower_ in REGION_WORDS and end - start > 1:
            lookup = doc[start : end - 1].text
            hint = admin_hint(last.text)
        elif after is not None and after.lower_ in REGION_WORDS and not _is_capitalised(after):
            end += 1
            hint = admin_hint(after.text)
        before = _preceding_word(doc, start)
        if before is not None and before.lower_ == "of" and hint is None:
            noun = _preceding_word(doc, before.i)
            if noun is not None and noun.lower_ in SETTLEMENT_WORDS:
                hint = "city"
            elif noun is not None and noun.lower_ in REGION_WORDS:
                hint = "admin1"
        elif before is not None and before.lower_ in SETTLEMENT_WORDS and hint is None:
            hint = "city"
        span = doc[start:end]
        return Toponym(span.start_char, span.end_char, span.text, lookup, hint, from_ner)

    def _names_something_else(self, doc: Doc, toponym: Toponym, text: str) -> bool:
        """An acronym, a small town's other name or a public figure's surname (``not_places``)."""
        if toponym.role == "dateline" or toponym.hint is not None or " " in toponym.lookup:
            return False
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if span is None:
            return False
        if not_a_place_in_context(toponym.lookup, text[toponym.end : toponym.end + 20]) is not None:
            return True
        candidates = self.gazetteer.candidates(toponym.lookup)
        before = _preceding_word(doc, span.start)
        if before is not None and before.lower_ in LOCATIVE_PREPOSITIONS:
            # "a letter to Rubio", "pointed at the Taliban": only a preposition of being somewhere places it.
            cue = before.lower_ in STATIC_PREPOSITIONS
        else:
            cue = self._has_place_cue(doc, span.start, span.end)
        if not cue and names_a_pact_elsewhere(toponym.lookup, candidates, _pacts_of(doc, text)):
            return True
        if not cue and names_a_person_in_the_text(toponym.lookup, candidates, _name_parts_of(doc)):
            return True
        after = _following(doc, span.end)
        beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
        in_capitals = any(t.is_alpha and len(t) > 1 and t.is_upper for t in beside)
        next_word = after.text if after is not None else ""
        word_after = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
        return not_a_place(toponym.lookup, candidates, cue, next_word, in_capitals, word_after) is not None

    def _is_actor(self, doc: Doc, toponym: Toponym) -> bool:
        if toponym.role == "dateline":
            return False  # the parser often makes "KYIV, Ukraine (AP) — ..." the subject of the lead's verb
        span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if span is None:
            return False
        if toponym.lookup in ORGANISATION_NAMES or toponym.lookup.removeprefix("the ") in ORGANISATION_NAMES:
            return True
        before = _preceding_word(doc, span.start)
        locative = before is not None and before.lower_ in LOCATIVE_PREPOSITIONS
        if toponym.lookup.casefold() in INSTITUTION_NAMES:
            return not locative
        root = span.root
        if root.dep_ in {"nsubj", "nsubjpass", "agent"} and root.head.lemma_.lower() in ACTOR_VERBS:
            return toponym.hint is None  # "the Kursk region said" is rare; keep named regions
        # "Russia and Ukraine said": conjuncts of an actor subject are actors too.
        if root.dep_ == "conj" and root.head.dep_ in {"nsubj", "nsubjpass"} and root.head.pos_ == "PROPN":
            return root.head.head.lemma_.lower() in ACTOR_VERBS and toponym.hint is None
        return False


def _capitalised_indexes(doc: Doc, text: str) -> list[int]:
    """The tokens whose first character is upper case (``_is_capitalised``), read from the text at each token's
    offset: the gazetteer pass looks only at these, without making a spaCy token of every word of the article."""
    return [i for i, offset in enumerate(doc.to_array(IDX).tolist()) if text[offset].isupper()]


def _whole_entity(doc: Doc, start: int, end: int, label_of: dict[int, str]) -> bool:
    """The match covers the whole entity it sits in (not "Kursk" inside "Kursk Nuclear Plant")."""
    label = label_of.get(start)
    if label is None:
        return True
    left_ok = start == 0 or label_of.get(start - 1) != label or doc[start].ent_iob_ == "B"
    right_ok = end >= len(doc) or label_of.get(end) != label or doc[end].ent_iob_ == "B"
    return left_ok and right_ok


def _within(lat: float, lon: float, anchors: list[tuple[float, float]], km: float) -> bool:
    # An equirectangular approximation is ample at these distances.
    for a_lat, a_lon in anchors:
        dx = math.radians(lon - a_lon) * math.cos(math.radians((lat + a_lat) / 2))
        dy = math.radians(lat - a_lat)
        if 6371.0 * math.hypot(dx, dy) <= km:
            return True
    return False

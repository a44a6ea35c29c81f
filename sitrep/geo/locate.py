"""The location of each event: the place tied to the event's clause.

In order of preference:
1. a place attached to the trigger by a preposition or argument path ("shelled Sudzha",
   "fighting near Sumy", "crossed into the Kursk region"), nearest in the parse;
2. a place the event's clause hangs from ("in the Kharkiv region, where two people died");
3. another place in the same sentence, nearest to the trigger;
4. the last place stated earlier in the same paragraph;
5. the article's focus place (its most mentioned place), marked as a fallback by a score < 0.5. A
   dateline's place ("KYIV (Reuters) -") counts only here: it is where the reporter files from.

Places that name where an attack came from ("a missile fired from Yemen") or a sponsor or base in a
hyphenated modifier ("Rwanda-backed rebels", "a Kyiv-based analyst") are never the site, nor the
article's focus; an actor's possessive or nationality ("Yemen's Houthis", "a U.S. base") is never
the site. The target of a strike, seizure or
deployment is the site when it is a place ("struck Kyiv", "seized Goma"); for verbal events a named
country is a party. Between attached places of one country, the finer one wins ("in Sumy, in
northern Ukraine").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.geo.dateline import find_dateline
from sitrep.geo.recognise import REGION_WORDS, SETTLEMENT_WORDS
from sitrep.model import Event, Place

ATTACHED, GOVERNING, SAME_SENTENCE, PARAGRAPH, FOCUS = 0.95, 0.85, 0.7, 0.55, 0.3
# Places that are never an event's site: a country used as a possessive on an actor ("Russia's army"),
# or as the one who acts ("Ukraine fired missiles at Bryansk": Ukraine is the actor, Bryansk the site).
_ACTOR_DEPS = frozenset({"poss", "nsubj", "nsubjpass"})
# Events done *to* or *at* a place (a strike, a seizure, a deployment, a withdrawal): their target,
# when it is a place, is where they happened. For the others ("accused Thailand", "agreed with
# Pakistan") a named target is a party, not the site.
_TARGET_SITE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"})
# "from X": for a withdrawal, where it happened ("withdrew from Kherson"); for a strike or a
# deployment, where it came from ("fired from Yemen", "troops sent from Belarus"); for the others,
# where it happened only when "from" hangs on the trigger itself ("deported from the U.S.").
_FROM_SITE_TYPES = frozenset({"RETREAT", "CONCEDE"})
_FROM_ORIGIN_TYPES = frozenset({"ASSAULT", "MOBILIZE"})
# "sanctions over the war in Ukraine": a place under one of these nouns names the war the event is
# about, not where it happened; it only counts as a place somewhere in the sentence.
_BACKGROUND_NOUNS = frozenset({"war", "conflict", "crisis", "invasion", "occupation"})
_NAMING_NOUNS = SETTLEMENT_WORDS | REGION_WORDS
_FINER = {"country": frozenset({"admin1", "admin2", "city"}), "admin1": frozenset({"admin2", "city"})}


def _is_event_actor(place: Place, event: Event) -> bool:
    """The place's words are the event's source, or its target when the event is not done to a place."""
    actors = event.source if event.plover_type in _TARGET_SITE_TYPES else (*event.source, *event.target)
    return any(
        actor.start is not None and actor.end is not None and actor.start < place.end and place.start < actor.end
        for actor in actors
    )


def _from_phrase(token: Token) -> Token | None:
    """The "from" the place hangs under ("fired from Yemen", "launched from Russian territory"), if any."""
    node = token
    for _ in range(3):  # the place itself, or a noun it names ("from the Kursk region", "from Russian soil")
        if node.dep_ == "pobj" and node.head.lower_ == "from":
            return node.head
        if node.head.i == node.i or node.dep_ not in {"pobj", "compound", "nmod", "appos", "amod"}:
            return None
        node = node.head
    return None


def _is_origin(token: Token, event: Event | None = None, trigger: Token | None = None) -> bool:
    """The place is where the event came from, not where it happened (see ``_FROM_SITE_TYPES``)."""
    preposition = _from_phrase(token)
    if preposition is None:
        return False
    if event is None or event.plover_type in _FROM_ORIGIN_TYPES:
        return True
    if event.plover_type in _FROM_SITE_TYPES:
        return False
    return trigger is None or preposition.head.i != trigger.i


def _is_modifier(doc: Doc, place: Place) -> bool:
    """ "Rwanda-backed", "Kyiv-based", "Belarus-brokered": the place qualifies an actor or a deal."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc):
        return False
    dash, word = doc[span.end], doc[span.end + 1]
    return dash.text == "-" and dash.idx == place.end and word.idx == place.end + 1 and word.is_alpha


# "the Dayton Accords", "the Minsk agreements", "the Schengen system": the place names a deal or a
# system, not where the event (a court's ruling on them, a violation of them) happened. Words for meetings
# ("Geneva talks", "Astana process") are left out: those happen at the place.
_DEAL_NOUNS = frozenset(
    {"accord", "accords", "agreement", "agreements", "protocol", "protocols", "treaty", "convention", "conventions",
     "declaration", "system", "deal"}
)  # fmt: skip


def _names_a_deal(doc: Doc, place: Place) -> bool:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.end < len(doc) and doc[span.end].lower_ in _DEAL_NOUNS


def _is_nationality(doc: Doc, place: Place) -> bool:
    """ "a U.S. base", "three U.S. soldiers": a country naming whose the thing is, not where it stands."""
    if place.feature != "country":
        return False
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN" and root.head.i >= span.end


def _never_site(doc: Doc, place: Place, token: Token | None) -> bool:
    """An actor's possessive or nationality, a hyphenated modifier, a deal's name: never where anything happened."""
    if _is_modifier(doc, place) or _names_a_deal(doc, place):
        return True
    return (token is not None and token.dep_ == "poss") or _is_nationality(doc, place)


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    start = event.trigger_start
    end = event.trigger_end
    if start is None:
        index = event.sentence.find(event.trigger) if event.trigger else -1
        if index < 0:
            return None
        start = event.start + index
        end = start + len(event.trigger)
    span = doc.char_span(start, end or start + 1, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _place_token(doc: Doc, place: Place) -> Token | None:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    # "the Kursk region": the head noun "region" carries the attachment.
    while root.dep_ == "compound" and root.head.i >= span.start - 1 and root.head != root:
        root = root.head
    # "the southern Russian city of Rostov-on-Don": the noun "city" carries the attachment.
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _NAMING_NOUNS:
        root = root.head.head
    return root


def _path_length(upper: Token, lower: Token) -> int | None:
    """Edges from ``lower`` up to ``upper`` if ``upper`` dominates it, else None."""
    steps = 0
    node = lower
    while node.i != upper.i:
        if node.head.i == node.i:
            return None
        node = node.head
        steps += 1
        if steps > 12:
            return None
    return steps


def _through_background(upper: Token, lower: Token) -> bool:
    """A noun like "war" stands between the trigger and the place ("imposed sanctions over the war in
    X": the war's place, not the sanctions'). A coordinated verb does not count: in "gathered and
    protested in Cairo" the place is both verbs'."""
    node = lower.head
    while node.i != upper.i and node.head.i != node.i:
        if node.lemma_.lower() in _BACKGROUND_NOUNS:
            return True
        node = node.head
    return False


def dateline_end(text: str) -> int:
    """Where the article's dateline ends (0 when it has none)."""
    dateline = find_dateline(text)
    return dateline.end if dateline else 0


def _paragraph_start(text: str, offset: int) -> int:
    index = text.rfind("\n\n", 0, offset)
    return 0 if index < 0 else index + 2


def focus_place(places: list[Place], doc: Doc | None = None) -> Place | None:
    """The place an article is about: the most mentioned resolved place (ties: the earliest, a dateline last). Given the
    parse, a place named as where an attack came from, or in a hyphenated modifier, does not count."""
    resolved = [p for p in places if p.geonameid is not None or p.lat is not None]
    if doc is not None:
        resolved = [p for p in resolved if not _never_site_or_origin(doc, p)]
    if not resolved:
        return None
    counts = Counter((p.name, p.country) for p in resolved)
    # In a tie the dateline's place ("WASHINGTON (Reuters) -") loses: it is where the reporter files from.
    return max(resolved, key=lambda p: (counts[(p.name, p.country)], p.role != "dateline", -p.start))


def _never_site_or_origin(doc: Doc, place: Place) -> bool:
    """Not the article's focus: an origin or a modifier. (A possessive may be: "Pakistan's army said
    missiles hit six locations" is about Pakistan.)"""
    if _is_modifier(doc, place) or _names_a_deal(doc, place):
        return True
    token = _place_token(doc, place)
    return token is not None and _is_origin(token)


def locate_event(
    doc: Doc, event: Event, places: list[Place], focus: Place | None, text: str | None = None
) -> Place | None:
    """``text`` is ``doc.text``, which spaCy rebuilds on every access: pass it once per document."""
    resolved = [p for p in places if p.lat is not None]
    trigger = _trigger_token(doc, event)
    if trigger is not None:
        sentence = trigger.sent
        # A dateline's place is at most the article's focus: it shares a "sentence" with the lead.
        lead = max(sentence.start_char, dateline_end(doc[:60].text))
        in_sentence = [p for p in resolved if lead <= p.start < sentence.end_char]
        options: list[tuple[float, int, Place]] = []
        for place in in_sentence:
            token = _place_token(doc, place)
            if token is None or _never_site(doc, place, token) or _is_event_actor(place, event):
                continue
            targeted = event.plover_type in _TARGET_SITE_TYPES and any(
                a.start is not None and a.end is not None and a.start < place.end and place.start < a.end
                for a in event.target
            )
            if token.dep_ in _ACTOR_DEPS and not targeted:
                continue
            if _is_origin(token, event, trigger):
                continue
            down = _path_length(trigger, token)
            up = _path_length(token, trigger)
            if down is not None and down <= 4 and _through_background(trigger, token):
                option = (SAME_SENTENCE - 0.05, -abs(token.i - trigger.i), place)
            elif down is not None and down <= 4:
                option = (ATTACHED - 0.03 * down, -down, place)
            elif up is not None and up <= 3:
                option = (GOVERNING - 0.03 * up, -up, place)
            else:
                option = (SAME_SENTENCE, -abs(token.i - trigger.i), place)
            options.append(option)
        if options:
            best = max(options, key=lambda option: option[:2])
            return _located(*_finer(best, options))
        anchor = sentence.start_char
    else:
        anchor = event.start
    paragraph = _paragraph_start(text if text is not None else doc.text, anchor)
    earlier = [p for p in resolved if paragraph <= p.start < anchor and not _names_a_deal(doc, p)]
    if earlier:
        return _located(earlier[-1], PARAGRAPH)
    if focus is not None:
        return _located(focus, FOCUS)
    return None


def _finer(best: tuple[float, int, Place], options: list[tuple[float, int, Place]]) -> tuple[Place, float]:
    """A finer place inside the chosen one, also tied to the trigger, is the more exact site."""
    place = best[2]
    finer = _FINER.get(place.feature or "")
    if finer is None:
        return place, best[0]
    inside = [
        option
        for option in options
        if option[0] > SAME_SENTENCE
        and option[2].feature in finer
        and option[2].country == place.country
        and (place.feature != "admin1" or option[2].admin1 == place.admin1)
    ]
    if best[0] <= SAME_SENTENCE or not inside:
        return place, best[0]
    chosen = max(inside, key=lambda option: option[:2])
    return chosen[2], chosen[0]


def _located(place: Place, confidence: float) -> Place:
    """A copy of the place whose score also says how sure the attachment is."""
    return replace(place, score=round((place.score if place.score is not None else 1.0) * confidence, 3))

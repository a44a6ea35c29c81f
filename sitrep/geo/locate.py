"""The location of each event: the place tied to the event's clause.

In order of preference:
1. a place attached to the trigger by a preposition or argument path ("shelled Sudzha",
   "fighting near Sumy", "crossed into the Kursk region"), nearest in the parse;
2. a place the event's clause hangs from ("in the Kharkiv region, where two people died");
3. another place in the same sentence, nearest to the trigger;
4. the last place stated earlier in the same paragraph;
5. the article's focus place (its most mentioned place), marked as a fallback by a score < 0.5. A
   dateline's place ("KYIV (Reuters) -") counts only here: it is where the reporter files from.

The event's sides (the countries of its source and target) bound all of these. When both sides are known,
a place in a third country ranks as the sentence's other places only when the sentence ties it to the event
by a locative ("talks in Jeddah", "a U.S. base in Jordan") or the event's clause hangs from it; named
otherwise ("Russia has violated the sovereignty of Ukraine, and China is silent") it is likely a bystander
and comes after every place of the sides' countries in the sentence. A borrowed place (steps 4 and 5) in a
third country is kept only in the country the article is about; a borrowed city of a side's country the
article is not about gives only its country. An act of force on a country named as such, with no site in
its sentence, happened on that country's territory; an event left with no place its sentence or story
supports gets a side's country (for an act of force, the target's first), at country level, rather than a
wrong city.

Places that name where an attack came from ("a missile fired from Yemen") or a sponsor or base in a
hyphenated modifier ("Rwanda-backed rebels", "a Kyiv-based analyst") are never the site, nor the
article's focus; an actor's possessive or nationality ("Yemen's Houthis", "a U.S. base") is never
the site (a possessive on a spot in the place, "Kyiv's airport", is). The target of a strike, seizure or
deployment is the site when it is a place ("struck Kyiv", "seized Goma"); for verbal events a named
country is a party. Between attached places of one country, the finer one wins ("in Sumy, in
northern Ukraine").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Token

from sitrep.geo.dateline import find_dateline
from sitrep.geo.recognise import REGION_WORDS, SETTLEMENT_WORDS
from sitrep.model import ActorRef, Event, Place
from sitrep.nlp.spans import trigger_span

ATTACHED, GOVERNING, SAME_SENTENCE, PARAGRAPH, FOCUS = 0.95, 0.85, 0.7, 0.55, 0.3
BYSTANDER = 0.6  # a third country's place named in the sentence but not tied to the event by a locative
TERRITORY = 0.4  # the target country's own ground, for an act of force whose sentence names no site
# Prepositions that put an event somewhere. A third country's place is the site only through one of these,
# hung on the trigger, on a verb, or on a noun at most two steps below the trigger ("struck a U.S. base in
# Jordan", "the bombing of a French base in Ivory Coast"); "support to militants in Afghanistan" under
# "accusing" describes the militants, not the accusation's site.
_LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "into", "on", "onto", "across", "off", "around", "within", "over",
     "along", "to", "towards", "toward", "through", "throughout", "beyond"}
)  # fmt: skip
# Places that are never an event's site: a country used as a possessive on an actor ("Russia's army"),
# or as the one who acts ("Ukraine fired missiles at Bryansk": Ukraine is the actor, Bryansk the site).
_ACTOR_DEPS = frozenset({"poss", "nsubj", "nsubjpass"})
# A place's possessive on one of these nouns names a spot in it, not an actor ("Guantanamo Bay's detention
# center", "Kyiv's airport", "Kabul's western neighborhood"): a site like any other.
_SPOT_NOUNS = frozenset(
    {"center", "centre", "airport", "port", "harbor", "harbour", "base", "prison", "jail", "camp", "hospital",
     "station", "outskirts", "suburbs", "suburb", "streets", "neighborhood", "neighbourhood", "district", "border",
     "coast", "capital", "facility", "plant", "square", "market", "embassy", "consulate"}
)  # fmt: skip
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
_FINENESS = {"city": 3, "admin2": 2, "admin1": 1}
_FINER = {"country": frozenset({"admin1", "admin2", "city"}), "admin1": frozenset({"admin2", "city"})}


# Actors that stand for a state, its organs or an armed or political movement: their country bounds where they
# act. People of a nationality (civilians, journalists, refugees, business) travel: "Three Americans were
# killed" in a story on Kenya happened in Kenya, so their country is no side here.
_TERRITORIAL_SECTORS = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "REB", "UAF", "INS", "PRM", "OPP",
                                  "PTY", "ELI"})


def side_countries(event: Event) -> frozenset[str]:
    """The countries of the event's source and target actors that stand for a state or a movement (its sides)."""
    return frozenset(
        actor.country for actor in (*event.source, *event.target)
        if actor.country and actor.sector in _TERRITORIAL_SECTORS
    )


def _has_both_sides(event: Event) -> bool:
    def territorial(actors: list[ActorRef]) -> bool:
        return any(a.country and a.sector in _TERRITORIAL_SECTORS for a in actors)

    return territorial(event.source) and territorial(event.target)


def _third_country(place: Place, sides: frozenset[str]) -> bool:
    """In a country neither side belongs to (a sea, or an event with no known side, never is)."""
    return bool(sides) and place.country is not None and place.country not in sides


def _force_target_country(event: Event) -> str | None:
    """The country an act of force is done to, when the target is that country named as such ("violated
    the sovereignty of Ukraine", "Russia attacked Ukraine"); not for people of a nationality ("three
    Americans were killed" in Kenya), nor a state's forces, who may stand anywhere."""
    if event.plover_type != "ASSAULT" and not (event.plover_type == "COERCE" and event.plover_mode == "seize"):
        return None
    for actor in event.target:
        if actor.country and actor.sector is None and actor.code == actor.country:
            return actor.country
    return None


def _locative(trigger: Token, token: Token) -> bool:
    """The place hangs on the trigger through a locative preposition (see ``_LOCATIVE_PREPS``)."""
    node = token
    while node.i != trigger.i and node.head.i != node.i:
        node = node.head
        if node.pos_ == "ADP" and node.lower_ in _LOCATIVE_PREPS:
            owner = node.head
            if owner.pos_ in {"VERB", "AUX"} or trigger.i in (owner.i, owner.head.i, owner.head.head.i):
                return True
    return False


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


# Verbs of saying: a place hung on one ("..., he said in Johannesburg") is where it was said.
_REPORTING_LEMMAS = frozenset(
    {"say", "tell", "add", "announce", "state", "write", "tweet", "post", "claim", "insist", "warn", "explain",
     "note", "declare", "remark", "speak", "testify"}
)  # fmt: skip


def _where_said(token: Token, trigger: Token) -> bool:
    """The place is where the event was told of, not where it happened: it hangs by a preposition on a verb of
    saying whose reported words hold the trigger ("'The violence is a deep concern,' he said in Johannesburg",
    "officials told reporters in Kabul that militants attacked a convoy"). The saying itself is placed there."""
    node = token
    for _ in range(4):  # the place, a noun naming it ("in the city of X"), the preposition, the verb
        if node.head.i == node.i:
            return False
        if node.dep_ == "prep" and node.head.pos_ in {"VERB", "AUX"}:
            break
        node = node.head
    else:
        return False
    verb = node.head
    if node.lower_ not in _LOCATIVE_PREPS or verb.lemma_.casefold() not in _REPORTING_LEMMAS or verb.i == trigger.i:
        return False
    # the trigger lies in the words reported: below the verb of saying, or the verb hangs on the quote's own verb
    return _path_length(verb, trigger) is not None or (
        verb.dep_ in {"ccomp", "parataxis"} and _path_length(verb.head, trigger) is not None
    )


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
    return (token is not None and _actor_possessive(token)) or _is_nationality(doc, place)


def _actor_possessive(token: Token) -> bool:
    """ "Russia's army": the place owns an actor; "Kyiv's airport" (see ``_SPOT_NOUNS``) is a spot in it."""
    return token.dep_ == "poss" and token.head.lemma_.lower() not in _SPOT_NOUNS


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    span = trigger_span(doc, event)
    return span.root if span is not None else None


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
    doc: Doc,
    event: Event,
    places: list[Place],
    focus: Place | None,
    text: str | None = None,
    country_place: Callable[[str], Place | None] | None = None,
    memo: dict[int, bool] | None = None,
) -> Place | None:
    """``text`` is ``doc.text``, which spaCy rebuilds on every access: pass it once per document.
    ``country_place`` gives a country-level place for an ISO3 code; without it an event is never placed by
    its sides' countries alone (see the module's docstring). ``memo``, one dict per document, keeps which
    places may be borrowed, so that a story without paragraph breaks does not test them again per event."""
    resolved = [p for p in places if p.lat is not None]
    sides = side_countries(event)
    trigger = _trigger_token(doc, event)
    if trigger is not None:
        sentence = trigger.sent
        # A dateline's place is at most the article's focus: it shares a "sentence" with the lead.
        lead = max(sentence.start_char, dateline_end(doc[:60].text))
        in_sentence = [p for p in resolved if lead <= p.start < sentence.end_char]
        described = trigger.head if trigger.dep_ == "relcl" and trigger.head.i != trigger.i else None
        # Only with both sides known is a third country's place a bystander: with one side unknown, a place
        # abroad may well be the other side's ("India said it had targeted sites in Pakistan").
        dyad = sides if _has_both_sides(event) else frozenset()
        options: list[tuple[float, int, Place]] = []
        for place in in_sentence:
            token = _place_token(doc, place)
            if token is None or _never_site(doc, place, token) or _is_event_actor(place, event):
                continue
            targeted = event.plover_type in _TARGET_SITE_TYPES and any(
                a.start is not None and a.end is not None and a.start < place.end and place.start < a.end
                for a in event.target
            )
            if token.dep_ in _ACTOR_DEPS and not targeted and (token.dep_ != "poss" or _actor_possessive(token)):
                continue
            if _is_origin(token, event, trigger) or _where_said(token, trigger):
                continue
            down = _path_length(trigger, token)
            up = _path_length(token, trigger)
            anchor = trigger
            if down is None and described is not None:
                # "the bombing of a base in Ivory Coast that killed ...": the killing is the bombing; its places
                # are the killing's, one step further away.
                below = _path_length(described, token)
                if below is not None:
                    down, anchor = below + 1, described
            if _third_country(place, dyad) and not (
                (up is not None and up <= 3)
                or (down is not None and down <= 4 and _locative(anchor, token)
                    and not _through_background(anchor, token))
            ):
                # Likely a bystander ("Russia has violated the sovereignty of Ukraine, and China is silent"):
                # below every place of the sides' countries, but still the sentence's own place.
                option = (BYSTANDER, -abs(token.i - trigger.i), place)
            elif down is not None and down <= 4 and _through_background(anchor, token):
                option = (SAME_SENTENCE - 0.05, -abs(token.i - trigger.i), place)
            elif down is not None and down <= 4:
                option = (ATTACHED - 0.03 * down, -down, place)
            elif up is not None and up <= 3:
                option = (GOVERNING - 0.03 * up, -up, place)
            else:
                option = (SAME_SENTENCE, -abs(token.i - trigger.i), place)
            options.append(option)
        if options:
            # In a tie ("the Red Sea port city of Jeddah": both hang on "city") the finer place wins.
            best = max(options, key=lambda option: (*option[:2], _FINENESS.get(option[2].feature or "", 0)))
            return _located(*_finer(best, options))
        anchor = sentence.start_char
    else:
        anchor = event.start
    paragraph = _paragraph_start(text if text is not None else doc.text, anchor)
    memo = {} if memo is None else memo
    earlier = [p for p in resolved if paragraph <= p.start < anchor and _memo_borrowable(doc, p, memo)]
    territory = _force_target_country(event)
    if territory is not None:
        inside = [p for p in earlier if p.country == territory]
        if inside:
            return _located(inside[-1], PARAGRAPH)
        if focus is not None and focus.country == territory:
            return _located(focus, FOCUS)
        ground = country_place(territory) if country_place else None
        if ground is not None:
            return _located(ground, TERRITORY, event.target)
    about = focus.country if focus is not None else None
    # A place borrowed from the story stays in the sides' countries, or, while a side is unknown, the country
    # the story is about ("Three Americans were killed." in a story on an attack in Kenya); with both sides
    # known, the story's country is a third one ("the Afghan army said its forces killed ..." in a story on
    # the US withdrawal). A continent or a sea named elsewhere ("chicks imported from Europe") is no place
    # to borrow for sides that are known.
    if _has_both_sides(event):
        about = None
    earlier = [p for p in earlier if not sides or p.country in sides or (p.country is not None and p.country == about)]
    if earlier:
        borrowed = earlier[-1]
        # A city of a side's country that the story is not about ("Iran's U.N. mission in New York", in a story
        # on a ship in China) says which country, not which city: the sanctions it borrows it for are no more in
        # New York than anywhere else in the United States.
        if sides and borrowed.country != about and borrowed.feature != "country" and country_place is not None:
            ground = country_place(borrowed.country) if borrowed.country else None
            if ground is not None:
                return _located(replace(ground, text=borrowed.text, start=borrowed.start, end=borrowed.end),
                                PARAGRAPH)
        return _located(borrowed, PARAGRAPH)
    if focus is not None and not _third_country(focus, sides):
        return _located(focus, FOCUS)
    if sides and country_place is not None:
        # An act of force happened where its victims are ("killing 26 people" of Pakistan), a statement or a
        # measure where its author is.
        force = event.plover_type == "ASSAULT" or (event.plover_type == "COERCE" and event.plover_mode == "seize")
        for actor in (*event.target, *event.source) if force else (*event.source, *event.target):
            ground = country_place(actor.country) if actor.country else None
            if ground is not None:
                return _located(ground, FOCUS, [actor])
    return None if sides else (_located(focus, FOCUS) if focus is not None else None)


def _memo_borrowable(doc: Doc, place: Place, memo: dict[int, bool]) -> bool:
    if place.start not in memo:
        memo[place.start] = _borrowable(doc, place)
    return memo[place.start]


def _borrowable(doc: Doc, place: Place) -> bool:
    """A place another sentence may borrow: not a deal's name, a modifier, a possessive or a nationality, and
    not a country acting as its own sentence's subject ("Pakistan and the United States have designated the
    BLA a terrorist group" names two actors, not where anything later happened). A city or region as subject
    ("Kharkiv came under fire") and a passive subject ("Ukraine was attacked") are still sites."""
    if _names_a_deal(doc, place) or _is_modifier(doc, place):
        return False
    token = _place_token(doc, place)
    if token is None:
        return True
    if _actor_possessive(token) or _is_nationality(doc, place):
        return False
    subject = token.head if token.dep_ == "conj" else token
    return not (place.feature == "country" and subject.dep_ == "nsubj")


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


def _located(place: Place, confidence: float, named_by: Sequence[ActorRef] = ()) -> Place:
    """A copy of the place whose score also says how sure the attachment is. A country given by an actor
    (``named_by``) points at that actor's words, where the text names it at all."""
    located = replace(place, score=round((place.score if place.score is not None else 1.0) * confidence, 3))
    mention = next((a for a in named_by if a.start is not None and a.end is not None), None)
    if mention is not None:
        located.text, located.start, located.end = mention.text, mention.start or 0, mention.end or 0
    return located

"""What an article tells about an actor its own phrase leaves open: whose foreign ministry a spokesperson
speaks for, whose spokesperson "the spokesperson for X" is, which "military" a description means, and whose
side a quoted "we" is (sitrep.actors.ministries, resolver, phrases, tracking; sitrep.events.parties).
Sentences written for the project."""

from __future__ import annotations

from datetime import datetime

import pytest
from event_samples import one_event

from sitrep.actors import ActorResolver, ministries
from sitrep.pipeline import Coder

PUBLISHED = datetime(2025, 3, 14)


@pytest.fixture(scope="module")
def resolver() -> ActorResolver:
    return ActorResolver()


@pytest.fixture(scope="module")
def coder(nlp) -> Coder:
    return Coder(stages=["places", "events"], nlp=nlp)


def _mention(resolver: ActorResolver, doc, words: str):
    start = doc.text.index(words)
    span = doc.char_span(start, start + len(words), alignment_mode="expand")
    found = resolver.resolve_span(span, PUBLISHED)
    assert len(found) == 1, found
    return found[0]


def test_the_portfolio_of_a_ministry_phrase() -> None:
    assert ministries.portfolio("foreign ministry spokesperson Hamid Rahimi") == "foreign"
    assert ministries.portfolio("the Ministry of Foreign Affairs") == "foreign"
    assert ministries.portfolio("the Ministry of External Affairs") == "foreign"
    assert ministries.portfolio("a defence ministry official") == "defense"
    assert ministries.portfolio("the Ministry of the Interior") == "interior"
    assert ministries.portfolio("a government spokesperson") is None


def test_a_foreign_ministry_spokesperson_takes_the_country_of_the_foreign_ministry_named_before(nlp, resolver) -> None:
    doc = nlp(
        "Kenya's Ministry of Foreign Affairs summoned the envoy on Monday. "
        '"We will not accept this," foreign ministry spokesperson Amina Odhiambo said.'
    )
    actor = _mention(resolver, doc, "foreign ministry spokesperson Amina Odhiambo")
    assert (actor.country, actor.sector, actor.name) == ("KEN", "GOV", "Amina Odhiambo")


def test_the_last_ministry_of_the_same_portfolio_wins(nlp, resolver) -> None:
    doc = nlp(
        "Ghana's foreign ministry protested on Monday. Togo's defence ministry denied the report. "
        "Nigeria's foreign ministry called for calm. A foreign ministry official said talks would go on."
    )
    actor = _mention(resolver, doc, "A foreign ministry official")
    assert actor.country == "NGA"  # not Togo: its ministry is of another portfolio


def test_no_ministry_named_before_leaves_the_country_open(nlp, resolver) -> None:
    doc = nlp(
        '"We will not accept this," foreign ministry spokesperson Amina Odhiambo said. '
        "Kenya's Ministry of Foreign Affairs later summoned the envoy."
    )
    actor = _mention(resolver, doc, "foreign ministry spokesperson Amina Odhiambo")
    assert actor.country is None  # a ministry named only after the phrase is not its antecedent


def test_a_phrase_with_its_own_country_keeps_it(nlp, resolver) -> None:
    doc = nlp("Ghana's foreign ministry protested. The Nigerian foreign ministry spokesperson said talks would go on.")
    assert _mention(resolver, doc, "The Nigerian foreign ministry spokesperson").country == "NGA"


def test_the_spokesperson_for_a_ministry_is_that_ministrys(resolver) -> None:
    (actor,) = resolver.resolve_text("the spokesperson for Ghana's Ministry of Foreign Affairs")
    assert (actor.country, actor.sector) == ("GHA", "GOV")
    envoy = resolver.resolve_text("the U.S. special envoy for Afghanistan")
    assert envoy[0].country == "USA"  # an envoy "for" a country is not that country's


def test_a_name_set_off_by_commas_after_a_title_is_the_same_person(nlp, resolver) -> None:
    doc = nlp(
        "On Thursday, the spokesperson for Ghana's Ministry of Foreign Affairs, Ambassador Kofi Mensah, "
        "repeated Accra's stance."
    )
    mentions = resolver.find_mentions(doc, PUBLISHED)
    person = next(actor for actor in mentions if actor.name == "Kofi Mensah")
    assert (person.country, person.sector) == ("GHA", "GOV")


def test_the_military_is_not_the_militarys_media_wing(nlp, resolver) -> None:
    doc = nlp(
        "The military said it had killed 20 fighters. The director of the Pakistani military's media wing spoke "
        "later. The military said the operation was over."
    )
    tracker = resolver.track(doc, PUBLISHED)
    last = doc.text.rindex("The military")
    span = doc.char_span(last, last + len("The military"))
    referred = tracker.resolve(span)
    assert referred is not None and referred.sector == "MIL"


def test_a_quoted_we_of_a_foreign_ministry_spokesperson_is_the_ministrys_country(coder) -> None:
    # the speaker once had no country, and "we" took the country of the army the sentence names (SOMGOV)
    event = one_event(
        coder,
        "The Kenyan government has rejected Somalia's allegation that the raid was planned from Kenyan soil. "
        "Kenya's Ministry of Foreign Affairs called Somalia's assertions \"baseless\" in a statement Thursday. "
        '"We categorically reject baseless allegations by Somali army spokesperson linking the raid with Kenya," '
        "foreign ministry spokesperson Amina Odhiambo said in a statement posted on X.",
        "reject",
        PUBLISHED,
    )
    assert {actor.code for actor in event.source} == {"KENGOV"}
    assert {actor.country for actor in event.target} == {"SOM"}


def test_a_described_speaker_of_a_named_country_is_not_the_last_speaker_of_another(nlp, resolver) -> None:
    from sitrep.quotes import quotes_of

    doc = nlp(
        '"We reject these claims," foreign ministry spokesperson Abdul Rahimzai of Afghanistan said. '
        "Pakistan's permanent representative to the United Nations said Kabul was failing to act. "
        '"The Kabul authorities have failed to address the threat," the Pakistani envoy said.'
    )
    quotes = quotes_of(doc, "t", PUBLISHED.date(), resolver)
    envoy = next(quote for quote in quotes if quote.content.startswith("The Kabul authorities"))
    assert envoy.speaker is not None and envoy.speaker.country == "PAK"


def test_a_surname_alone_is_the_person_named_in_full_before(nlp, resolver) -> None:
    doc = nlp(
        '"We reject these claims," foreign ministry spokesperson Abdul Qahar Balkhi said. '
        "Balkhi rejected the allegation that the militants were based across the border."
    )
    tracker = resolver.track(doc, PUBLISHED)
    start = doc.text.rindex("Balkhi")
    (surname,) = resolver.resolve_span(doc.char_span(start, start + len("Balkhi")), PUBLISHED)
    assert surname.name == "Balkhi"
    whole = tracker.namesake(surname)
    assert whole is not None and whole.name == "Abdul Qahar Balkhi"


def _events_of(coder: Coder, text: str):
    from event_samples import events_of

    return events_of(coder, text, PUBLISHED)


def test_a_witness_named_by_surname_is_not_the_they_of_what_he_tells(coder) -> None:
    events = _events_of(
        coder,
        "Two passengers described the attack to reporters, said Jamshed Ajmal. "
        '"At night, they picked out 10 more people and shot them," Ajmal said.',
    )
    shot = next(event for event in events if event.trigger.startswith("shot"))
    assert "Ajmal" not in {actor.text for actor in shot.source}


def test_two_people_named_together_keep_their_own_countries(coder) -> None:
    events = _events_of(
        coder,
        "Prime Minister Yoshihide Suga will meet President Joe Biden next month. "
        "Roy said that Biden and Suga spoke by phone late last year.",
    )
    spoke = next(event for event in events if event.trigger.startswith("spoke"))
    suga = [actor for actor in spoke.source if actor.text == "Suga"]
    assert suga and suga[0].country is None  # not Biden's USA


def test_a_longer_name_ending_in_a_known_surname_is_not_that_person(nlp, resolver) -> None:
    from spacy.tokens import Span

    doc = nlp("Jimmy Lai has been jailed since 2020. His son Sebastien Lai said the clock was ticking.")
    start = doc.text.index("Sebastien Lai")
    son = doc.char_span(start, start + len("Sebastien Lai"))
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, son.start, son.end, label="ORG")]  # as the tagger may
    found = resolver.resolve_span(doc.char_span(start, start + len("Sebastien Lai")), PUBLISHED)
    assert all(actor.name != "Lai" for actor in found)

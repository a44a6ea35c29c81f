"""A known war named as the topic of a verbless answer is background, not an event of the day (issue #6,
VOA report). Sentences written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from event_samples import events_of

PUBLISHED = datetime(2025, 3, 13, tzinfo=UTC)


def _assaults(coder, text: str) -> list:
    return [event for event in events_of(coder, text, PUBLISHED) if event.plover_type == "ASSAULT"]


def test_a_war_named_in_an_interview_answer_is_background(coder) -> None:
    (answer,) = _assaults(coder, "Okafor: Probably the Saudi bombing of Yemen, since we sold them the planes.")
    assert answer.modality.historical
    assert not answer.modality.factual
    invasion = events_of(coder, "Lindqvist: Mostly the Russian invasion of Ukraine, because Europe has much at stake.")
    assert [event.modality.factual for event in invasion if event.trigger == "invasion"] == [False]


def test_an_attack_told_with_a_verb_stays_news(coder) -> None:
    (told,) = _assaults(coder, "The attack on the market killed nine people, police said.")
    assert told.modality.factual
    # a heading or caption, even a definite one, is no answer to a question: it may be the news itself
    (heading,) = _assaults(coder, "Attack on a hotel in Mogadishu.")
    assert heading.modality.factual
    (caption,) = _assaults(coder, "The bombing of the embassy in Nairobi.")
    assert caption.modality.factual


def test_a_campaign_told_as_going_on_is_background(coder) -> None:
    events = events_of(coder, "Rights groups say the junta's crackdown on students is ongoing.", PUBLISHED)
    assert [e.modality.historical for e in events if e.trigger == "crackdown"] == [True]
    # told in the past, or with its day, the same campaign is news
    dated = events_of(coder, "The junta's crackdown on students continued on Tuesday.", PUBLISHED)
    assert [e.modality.factual for e in dated if e.trigger == "crackdown"] == [True]

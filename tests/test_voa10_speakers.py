"""Speakers a reader of the VOA report found wrong (tenth session): a name hung on the object of the speaker's
role, a plural description named as one person, the head of one organisation named as another.
Sentences written for the project."""

from __future__ import annotations

from quote_samples import speaker_saying


def test_a_name_after_the_object_of_a_role_is_the_speakers(quotes) -> None:
    text = (
        "Nigeria's permanent representative to the African Union, Fatima Yusuf, said the border was "
        "closed. \"We have no choice,\" the Nigerian envoy said on Monday."
    )
    speakers = [quote.speaker for quote in quotes(text)]
    assert len(speakers) == 2 and all(speaker is not None and speaker.name == "Fatima Yusuf" for speaker in speakers)


def test_a_name_after_a_person_object_is_not_the_roles(quotes) -> None:
    text = "An adviser to the president, Fatima Yusuf, said the border was closed."
    speakers = [quote.speaker for quote in quotes(text) if quote.speaker is not None]
    assert speakers and all(speaker.name != "Fatima Yusuf" for speaker in speakers)


def test_a_plural_description_is_no_one_earlier_person(quotes) -> None:
    text = (
        "Representative Jane Okafor told reporters the deal was off. The two leaders said they disagreed over aid."
    )
    leaders = speaker_saying(quotes(text), "disagreed")
    assert leaders is not None and leaders.name is None


def test_the_head_of_one_organisation_is_not_the_head_of_another(quotes) -> None:
    text = (
        "The head of the U.N. children's agency, UNICEF, said Thursday that millions of children were hungry. "
        "The head of Doctors Without Borders (MSF) told the council that his teams had seen abuse."
    )
    msf = speaker_saying(quotes(text), "his teams")
    assert msf is not None and msf.name != "UNICEF"


def test_the_title_refers_back_to_the_unnamed_holder_said_last(quotes) -> None:
    text = (
        "President Donald Trump said on Monday that talks would go ahead. But a State Department spokesperson "
        'reaffirmed that the United States calls for his release. "The detention is unjust," the spokesperson '
        "added in a statement."
    )
    spokesperson = speaker_saying(quotes(text), "unjust")
    assert spokesperson is not None and spokesperson.name is None


def test_the_title_still_refers_back_to_a_named_holder(quotes) -> None:
    text = (
        "Foreign ministry spokesperson Mao Ning said on Monday that talks would go ahead. "
        '"We oppose it," the spokesperson added.'
    )
    found = {quote.content: quote.speaker for quote in quotes(text)}
    assert found["We oppose it"] is not None and found["We oppose it"].name == "Mao Ning"

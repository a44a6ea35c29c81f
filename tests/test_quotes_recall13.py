"""Statements with no verb of saying that PolNeAR counts and the rules found nothing for (thirteenth session,
``attribution``'s last block): a quotation opened after "Name:" or "From the report:" in running text, "as X
put it", "in a poll" or "survey" and "reportedly". Sentences written for the project."""

from __future__ import annotations

import pytest
from quote_samples import rule_attributions

from sitrep.quotes import quotes_of


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The map has shifted for the front-runner - Jane Doherty: \u201cTwo weeks ago, his strongest ground "
         "had been the coast. Now it is the north.\u201d", "Jane Doherty",
         "Two weeks ago, his strongest ground had been the coast. Now it is the north."),
        ("From the survey: \u201cSamples with longer field periods produced more accurate results. The less "
         "accurate samples were balanced only by age.\u201d", "the survey",
         "Samples with longer field periods produced more accurate results. The less accurate samples were "
         "balanced only by age."),
        ("The turnout did not surprise the pollster Mark Ellery: \"Lesser-known candidates who win early "
         "contests always see a boost.\"", "Mark Ellery",
         "Lesser-known candidates who win early contests always see a boost."),
    ],
)
def test_a_quotation_after_a_name_and_a_colon_is_that_speakers(nlp, text: str, speaker: str, content: str) -> None:
    assert (":", speaker, content) in rule_attributions(nlp, text)


def test_the_colon_speaker_stops_at_the_dash_before_it(nlp) -> None:
    text = ("The suburbs are now turning toward the mayor - Carla Benning: \u201cThey have moved toward him in "
            "every survey since spring.\u201d")
    rows = [row for row in rule_attributions(nlp, text) if row[0] == ":"]
    assert rows and rows[0][1] == "Carla Benning"


@pytest.mark.parametrize(
    "text",
    [
        # A place before the colon speaks nothing; a quoted title of two words is no statement.
        "The delegates flew on to Ohio: \u201cThe tour will end in Columbus next week after three rallies.\u201d",
        # A digest's byline introduces an excerpt of that outlet's news story, not a statement.
        "The bridge story is worth a look - Herald's Tom Varga: \u201cThe city council voted on Tuesday to close "
        "the old bridge for repairs.\u201d",
    ],
)
def test_a_quotation_after_a_place_or_a_byline_is_not_attributed_to_it(nlp, text: str) -> None:
    assert not any(cue == ":" for cue, _, _ in rule_attributions(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Most voters now want a change, as the governor put it in March.", "the governor",
         "Most voters now want a change"),
        ("As the senator put it: \"This nominee will not be confirmed. There is no reason to pretend.\"",
         "the senator", "This nominee will not be confirmed. There is no reason to pretend."),
    ],
)
def test_as_someone_put_it_is_a_verb_of_saying(nlp, text: str, speaker: str, content: str) -> None:
    assert ("put", speaker, content) in rule_attributions(nlp, text)


def test_putting_it_somewhere_is_no_statement(nlp) -> None:
    assert rule_attributions(nlp, "She put it on the table and left the room.") == []


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("In the latest Marist poll, the mayor's lead over his rival narrowed to four points.", "In",
         "the latest Marist poll", "the mayor's lead over his rival narrowed to four points"),
        ("The challenger still trails the incumbent by six points in most surveys.", "in", "most surveys",
         "The challenger still trails the incumbent by six points"),
        ("Though he trails the mayor in the polls, the challenger has raised more money.", "", "", ""),
    ],
)
def test_a_finding_in_a_poll_is_attributed_to_the_poll(nlp, text: str, cue: str, source: str, content: str) -> None:
    rows = [row for row in rule_attributions(nlp, text) if row[0].lower() == "in"]
    if cue:
        assert rows == [(cue, source, content)]
    else:  # a poll finding in a subordinate clause frames the sentence: no statement of the poll's
        assert rows == []


@pytest.mark.parametrize(
    "text",
    [
        "His lead in the polls grew over the summer.",  # the phrase hangs on a noun
        "Voters said in the survey that taxes were too high.",  # the verb is the cue
    ],
)
def test_in_a_poll_needs_a_finding_of_its_own(nlp, text: str) -> None:
    assert not any(cue.lower() == "in" for cue, _, _ in rule_attributions(nlp, text))


def test_reportedly_attributes_its_clause_to_nobody(nlp) -> None:
    text = "The union is reportedly spending two million dollars on radio advertisements before the vote."
    rows = [row for row in rule_attributions(nlp, text) if row[0] == "reportedly"]
    assert [content for _, _, content in rows] == [
        "The union is", "spending two million dollars on radio advertisements before the vote"]
    assert all(speaker == "" for _, speaker, _ in rows)
    quotes = [q for q in quotes_of(nlp(text))
              if q.cue_start is not None and text[q.cue_start : q.cue_end] == "reportedly"]
    assert len({q.cue_start for q in quotes}) == 1 and all(q.speaker is None for q in quotes)


def test_reportedly_inside_a_quotation_is_the_speakers_word(nlp) -> None:
    text = "\"The rebels have reportedly left the town,\" the minister said."
    assert not any(cue == "reportedly" for cue, _, _ in rule_attributions(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Poll: Smith holds narrow lead in Ohio.", "Poll", "Smith holds narrow lead in Ohio"),
        ("Historians: Governor and mayor linked no matter what.", "Historians",
         "Governor and mayor linked no matter what"),
    ],
)
def test_a_headline_source_word_before_a_colon_speaks(nlp, text: str, speaker: str, content: str) -> None:
    assert (":", speaker, content) in rule_attributions(nlp, text)


def test_an_update_label_before_a_colon_speaks_nothing(nlp) -> None:
    assert rule_attributions(nlp, "Update: The road is open again after the storm.") == []


def test_as_someone_put_it_before_a_quotation_after_a_comma(nlp) -> None:
    text = ("But at the time, as the chief prosecutor put it, \"apart from some jogging, there was not much to "
            "complain about in the case.\"")
    rows = [row for row in rule_attributions(nlp, text) if row[0] == "put"]
    assert rows and rows[0][1] == "the chief prosecutor" and "there was not much to complain about" in rows[0][2]


def test_a_title_case_name_read_as_nouns_before_a_colon_speaks(nlp) -> None:
    text = ("Online samples are particularly uneven - Pew Research: \u201cAll the samples evaluated include more "
            "engaged people than they should.\u201d")
    assert any(cue == ":" and speaker.endswith("Research") for cue, speaker, _ in rule_attributions(nlp, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The rebels hold most of the valley, according to the monitoring group, which has people on the ground.",
         "The rebels hold most of the valley"),
        ("Now the bureau is looking into whether the governor was guilty of fraud while mayor, according to "
         "three police sources who spoke to the Herald but were not authorized to speak publicly.",
         "Now the bureau is looking into whether the governor was guilty of fraud while mayor"),
        ("He skipped the meeting because, according to his aides, the council would have mocked him.",
         "the council would have mocked him"),
    ],
)
def test_according_to_after_a_comma_takes_the_clause_it_follows(nlp, text: str, content: str) -> None:
    rows = [row for row in rule_attributions(nlp, text) if row[0].lower() == "according to"]
    assert [c for _, _, c in rows] == [content]


def test_a_persons_clause_ended_by_a_colon_before_a_quotation_is_its_cue(nlp) -> None:
    text = ("In an interview later that day, Smith went even further: \u201cIf he goes forward and loses, it is "
            "the end of his career.\u201d")
    expected = ("went", "Smith", "If he goes forward and loses, it is the end of his career.")
    assert expected in rule_attributions(nlp, text)


def test_a_clause_of_a_thing_before_a_colon_speaks_nothing(nlp) -> None:
    text = "The banner over the stage carried a single line: \u201cWe will not be moved by threats.\u201d"
    assert not any(cue in {"carried", ":"} for cue, _, _ in rule_attributions(nlp, text))


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("To many, the mayor is a hero who saved the port.", "To", "many", "the mayor is a hero who saved the port"),
        ("But to others, he is a showman with no plan at all.", "to", "others", "he is a showman with no plan at all"),
        ("To Ms. Ortiz, the new tax represents an attack on small shops.", "To", "Ms. Ortiz",
         "the new tax represents an attack on small shops"),
    ],
)
def test_to_someone_opening_a_sentence_gives_their_view(nlp, text: str, cue: str, source: str, content: str) -> None:
    assert (cue, source, content) in rule_attributions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "To date, the port has been closed for a week.",
        "For Republicans, the campaign trail on Monday was a game of billiards.",
        "To win the vote, the mayor needs the suburbs.",
    ],
)
def test_an_opening_to_or_for_that_names_nobodys_view_is_no_statement(nlp, text: str) -> None:
    assert not any(cue.lower() in {"to", "for"} for cue, _, _ in rule_attributions(nlp, text))


@pytest.mark.parametrize(
    ("text", "speaker", "contents"),
    [
        ("She is seen by other party leaders as uniquely credible.", "other party leaders",
         ["She", "as uniquely credible"]),
        ("Many farmers regard the new levy as a tax on their harvest.", "Many farmers",
         ["the new levy as a tax on their harvest"]),
    ],
)
def test_seeing_or_regarding_something_as_something_is_an_opinion(nlp, text: str, speaker: str,
                                                                  contents: list[str]) -> None:
    rows = [row for row in rule_attributions(nlp, text) if row[0] in {"seen", "regard"}]
    assert [c for _, _, c in rows] == contents and all(s == speaker for _, s, _ in rows)


def test_seeing_without_as_is_no_opinion(nlp) -> None:
    assert rule_attributions(nlp, "She saw him there again in 1999 and considered the offer for a week.") == []


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("In my view, the council has failed the city.", "my", "the council has failed the city"),
        ("In the eyes of most voters, the mayor did nothing wrong.", "most voters", "the mayor did nothing wrong"),
    ],
)
def test_in_someones_view_is_their_statement(nlp, text: str, source: str, content: str) -> None:
    assert ("In", source, content) in rule_attributions(nlp, text)


def test_in_view_of_a_thing_is_no_statement(nlp) -> None:
    found = rule_attributions(nlp, "In view of the storm, the ferry will not sail today.")
    assert not any(cue == "In" for cue, _, _ in found)

"""Statements PolNeAR counts that have no verb of saying, second round (thirteenth session): a noun of saying or
thinking as the subject of "be" with a clause ("My impression is that ...", ``sitrep/quotes/copular.py``) and
"there are fears/calls" with a clause. Sentences written for the project."""

from __future__ import annotations

import pytest
from quote_samples import rule_attributions


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("My impression is that the governor does not have that support.", "impression", "My",
         "that the governor does not have that support"),
        ("Their fear is that by the time the vote comes, it could be too late.", "fear", "Their",
         "that by the time the vote comes, it could be too late"),
        ("The senator's goal is to sell his own party on the new tariff.", "goal", "The senator's",
         "to sell his own party on the new tariff"),
        ("My advice is, the party should wait for the next election.", "advice", "My",
         "the party should wait for the next election"),
        ("A common refrain is that turnout will doom the challenger.", "refrain", "",
         "that turnout will doom the challenger"),
        ("Her question is whether the ministry's phones were tapped.", "question", "Her",
         "whether the ministry's phones were tapped"),
    ],
)
def test_a_statement_noun_before_is_gives_the_clause_after_it(nlp, text: str, cue: str, speaker: str,
                                                             content: str) -> None:
    assert (cue, speaker, content) in rule_attributions(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The problem is that nobody reads the reports.",  # a fact of the writer's, not a view
        "The question is whether the bridge can carry the load.",  # the writer's own framing, no holder
        "The goal is to fold all the new data into one file.",
        "His fear of flying is well known.",  # no clause after "is"
    ],
)
def test_a_noun_before_is_without_a_holder_or_a_clause_is_no_statement(nlp, text: str) -> None:
    assert rule_attributions(nlp, text) == []


def test_there_are_fears_gives_the_clause_with_no_source(nlp) -> None:
    text = "There are fears the crush of visitors will spread the virus."
    assert ("fears", "", "the crush of visitors will spread the virus") in rule_attributions(nlp, text)


def test_there_is_a_noun_with_a_participle_is_no_statement(nlp) -> None:
    assert rule_attributions(nlp, "There were safety concerns surrounding the convention.") == []


def test_it_is_unclear_is_left_alone(nlp) -> None:
    # PolNeAR marks only about half of these: no rule for them.
    assert rule_attributions(nlp, "It is not clear whether the senator will run again.") == []


def test_a_statement_noun_inside_a_quotation_is_the_speakers_words(nlp) -> None:
    text = "\u201cMy fear is that the deal will collapse,\u201d the minister said."
    rows = rule_attributions(nlp, text)
    assert all(cue != "fear" for cue, _, _ in rows)
    assert any(cue == "said" for cue, _, _ in rows)


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("The defeat will not derail his campaign, as some analysts have speculated.", "speculated",
         "some analysts", "The defeat will not derail his campaign"),
        ("As polls show, the race has tightened in the state.", "show", "polls",
         "the race has tightened in the state"),
        ("Turnout in the capital was low, as expected.", "expected", "", "Turnout in the capital was low"),
    ],
)
def test_a_verb_of_thinking_in_an_as_aside_attributes_its_clause(nlp, text: str, cue: str, speaker: str,
                                                                content: str) -> None:
    assert (cue, speaker, content) in rule_attributions(nlp, text)


@pytest.mark.parametrize(
    ("text", "main_clause"),
    [
        ("As voters learn more about him, his support has grown.", "his support has grown"),  # a time
        ("As he expected the vote to fail, he left early.", "he left early"),  # the aside has its own content
    ],
)
def test_an_as_clause_of_time_or_with_its_own_content_attributes_nothing(nlp, text: str, main_clause: str) -> None:
    assert all(content != main_clause for _, _, content in rule_attributions(nlp, text))


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("The governor took aim at the budget deal on Tuesday.", "took", "The governor", "the budget deal"),
        ("Okafor has taken a swipe at her rival's stance on trade.", "taken", "Okafor",
         "her rival's stance on trade"),
        ("In the debate, Lindqvist railed against the mayor, taking aim at his record on housing.", "taking",
         "Lindqvist", "his record on housing"),
        ("The union took issue with the ministry's new pension rules.", "took", "The union",
         "the ministry's new pension rules"),
    ],
)
def test_taking_aim_or_a_swipe_at_something_criticises_it(nlp, text: str, cue: str, speaker: str,
                                                         content: str) -> None:
    assert (cue, speaker, content) in rule_attributions(nlp, text)


def test_taking_a_walk_or_a_seat_is_no_criticism(nlp) -> None:
    assert rule_attributions(nlp, "The senator took a seat at the table and took a walk at noon.") == []
    assert rule_attributions(nlp, "She took the shot at the buzzer.") == []


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        ("Many farmers view the new levy as a tax on exports.", "view", "Many farmers",
         "the new levy as a tax on exports"),
        ("The vote was framed by party leaders as a test of loyalty.", "framed", "party leaders", "The vote"),
    ],
)
def test_viewing_or_framing_something_as_something_is_an_opinion(nlp, text: str, cue: str, speaker: str,
                                                                 content: str) -> None:
    assert (cue, speaker, content) in rule_attributions(nlp, text)


def test_framing_a_picture_is_no_opinion(nlp) -> None:
    assert rule_attributions(nlp, "She framed the photograph and hung it in the hall.") == []

"""Contents the rules left out until the ninth session: a pronoun object ("denounced [him]"), the subject of a
passive verb of saying with a "by" agent ("[the plan] was supported by ..."), a quoted question after a
question verb ('and asking, "[Who ...?]"'), and a headline speaker the parser took for a common noun.
Sentences written for the project."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from sitrep.quotes import quotes_of
from sitrep.quotes.attribution import find_attributions


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The opposition leader denounced him.", "denounced", "him", "The opposition leader"),
        ("His rivals condemned it on Sunday, and the army criticized them.", "criticized", "them", "the army"),
    ],
)
def test_a_pronoun_object_is_what_was_said(nlp, text: str, cue: str, content: str, speaker: str) -> None:
    found = [q for q in quotes_of(nlp(text)) if q.cue == cue]
    assert len(found) == 1 and found[0].content == content
    assert found[0].speaker is not None and found[0].speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("The ceasefire plan was supported on Friday by the foreign minister of Qatar.", "supported",
         "The ceasefire plan", "the foreign minister of Qatar"),
        ("The death of the commander was confirmed by the defence ministry.", "confirmed",
         "The death of the commander", "the defence ministry"),
        ("The plan was never mentioned by the negotiators.", "mentioned", "The plan", "the negotiators"),
    ],
)
def test_a_passive_with_an_agent_says_its_subject(nlp, text: str, cue: str, content: str, speaker: str) -> None:
    found = [q for q in quotes_of(nlp(text)) if q.cue == cue]
    assert len(found) == 1 and found[0].content == content and not found[0].attitude
    assert found[0].speaker is not None and found[0].speaker.text == speaker


def test_a_passive_without_an_agent_is_not_a_rule_statement(nlp) -> None:
    # No agent: nobody is named as speaking, and the rule does not make the subject a statement.
    assert not [q for q in quotes_of(nlp("The plan was supported on Friday.")) if q.cue == "supported"
                and not q.attitude]


@pytest.mark.parametrize(
    ("text", "first_cue", "first", "question"),
    [
        ('The mayor reacted online, posting that the plan was a "disaster" for the city and asking, "How can '
         'anyone trust this council again?"', "posting", 'that the plan was a "disaster" for the city',
         "How can anyone trust this council again?"),
        ('The senator replied on the radio, writing that the vote was a "farce" and asking, "Who approved this '
         'budget?"', "writing", 'that the vote was a "farce"', "Who approved this budget?"),
    ],
)
def test_a_quoted_question_is_its_own_statement(nlp, text: str, first_cue: str, first: str,
                                                question: str) -> None:
    found = {q.cue: q for q in quotes_of(nlp(text))}
    assert found[first_cue].content == first
    assert found["asking"].content == question and found["asking"].type == "direct"
    assert found["asking"].speaker is not None
    assert found["asking"].speaker.text == found[first_cue].speaker.text


def test_a_question_verb_still_leaves_out_an_unquoted_clause(nlp) -> None:
    # The rules alone (the learned cue model may still score "asked" as an attitude).
    assert not find_attributions(nlp("Reporters asked whether the talks would resume."), cue_model=False)


def _as_common_noun(doc, index: int) -> None:
    """What the parser does to some title-case headlines ("Trump: ..."): the name read as a common noun."""
    doc[index].pos_ = "NOUN"
    doc.ents = [e for e in doc.ents if not (e.start <= index < e.end)]


def test_a_headline_speaker_read_as_a_common_noun_is_named_in_the_article(nlp) -> None:
    doc = nlp("Macron: Europe must defend itself.\n\nFrench President Emmanuel Macron said Europe needed an army.")
    _as_common_noun(doc, 0)
    headline = [a for a in find_attributions(doc) if a.cue_start == doc[1].idx]
    assert len(headline) == 1
    assert doc.text[headline[0].start : headline[0].end] == "Europe must defend itself"
    assert Span(doc, headline[0].speaker_start, headline[0].speaker_end).text == "Macron"


def test_a_headline_label_named_nowhere_is_no_speaker(nlp) -> None:
    doc = nlp("Update: The talks resumed on Monday.\n\nNegotiators from both sides met in Doha on Monday.")
    _as_common_noun(doc, 0)
    assert not [a for a in find_attributions(doc) if a.cue_start == doc[1].idx]


@pytest.mark.parametrize(
    ("text", "cue", "content", "speaker"),
    [
        ("Opposition Leader Maria Kovacs Endorses The Ceasefire Plan.\n\nThe opposition leader said on Monday "
         "that she backed the plan.", "Endorses", "The Ceasefire Plan", "Opposition Leader Maria Kovacs"),
        ("Defence Minister Quietly Denounces Border Deal.\n\nThe minister spoke in parliament.", "Denounces",
         "Border Deal", "Defence Minister"),
    ],
)
def test_a_title_case_headline_verb_the_parser_read_as_a_name(nlp, text: str, cue: str, content: str,
                                                              speaker: str) -> None:
    found = [q for q in quotes_of(nlp(text)) if q.cue == cue]
    assert len(found) == 1 and found[0].content == content
    assert found[0].speaker is not None and found[0].speaker.text == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Rebels Seize Airport In Northern Province.\n\nFighting continued.",  # no verb of saying
        "Fighting In The North: What We Know.\n\nThe army gave no figures.",
        # Body text, not a title-case headline: the parser's reading stands.
        "The envoys met in Doha on Monday.\n\nThe talks will resume next week.",
    ],
)
def test_other_headlines_give_no_statement(nlp, text: str) -> None:
    headline_end = text.index("\n")
    assert not [q for q in quotes_of(nlp(text)) if q.cue_start is not None and q.cue_start < headline_end]

"""A cross-head that ends in a predicate adjective, as headlines do ("US support crucial"), glued to the next
sentence, whose subject is a name (twelfth session, VOA). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.nlp.cross_heads import cross_heads


def _heads(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc.text[start:end] for start, end in cross_heads(doc)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        (
            "Pakistan faces heavy debt payments this year. US support crucial Aurangzeb, speaking Sunday, dismissed "
            "concerns about the talks.",
            "US support crucial",
        ),
        (
            "The port reopened in May. EU backing essential Kallas, the bloc's foreign policy chief, told reporters "
            "the aid would continue.",
            "EU backing essential",
        ),
        ("The talks ended late. Security situation dire Tinubu said the army would act.", "Security situation dire"),
    ],
)
def test_a_title_ending_in_an_adjective_before_a_subjects_name_is_a_sentence_of_its_own(
    nlp, text: str, head: str
) -> None:
    assert _heads(nlp, text) == [head]
    sentences = [sentence.text for sentence in nlp(text).sents]
    after = sentences[sentences.index(head) + 1]
    assert after.split()[0].rstrip(",") in {"Aurangzeb", "Kallas", "Tinubu"}  # the name opens the next sentence
    assert len(after.split()) > 3  # and the text after it stays one sentence


@pytest.mark.parametrize(
    "text",
    [
        "Trade fell. Officials expect major Chinese investment next year.",  # the name goes on as a noun phrase
        "The army said so. Many senior Taliban leaders remain under sanctions.",  # no noun before the adjective
        "He was named. Attorney general Merrick Garland said so.",  # a role
        "Prices rose. Analysts call key Russian refineries a target.",  # a verb and its object
    ],
)
def test_sentences_with_an_adjective_before_a_name_are_no_cross_heads(nlp, text: str) -> None:
    assert _heads(nlp, text) == []

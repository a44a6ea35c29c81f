"""A quotation closed by a comma (or ? !) and followed in its sentence by a subject and its verb is that
verb's statement, whatever the verb ('"...," the governor fumed', '"...," the statement read'); before the
ninth session such a quotation floated and was given to the previous statement's speaker. Sentences
written for the project."""

from __future__ import annotations

import pytest

from sitrep.quotes import quotes_of


@pytest.mark.parametrize(
    ("text", "quoted", "cue", "speaker"),
    [
        ('The envoy said the convoy had been delayed.\n\n"We will not wait another week for the trucks," '
         "the governor fumed.", "We will not wait", "fumed", "the governor"),
        ('"The shelling has not stopped for three days," the statement read.', "The shelling has not stopped",
         "read", "the statement"),
        ('The mayor said the town was calm. "The siege is over!" the crowd shouted outside the hall.',
         "The siege is over", "shouted", "the crowd"),
        ('"The vote was rigged from the start," Smith assured reporters.', "The vote was rigged", "assured",
         "Smith"),
    ],
)
def test_a_quotation_takes_the_verb_closing_its_sentence(nlp, text: str, quoted: str, cue: str,
                                                         speaker: str) -> None:
    found = [q for q in quotes_of(nlp(text)) if quoted in q.content]
    assert len(found) == 1
    assert found[0].type == "direct" and found[0].cue == cue and found[0].continues is None
    assert found[0].speaker is not None and found[0].speaker.text == speaker


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # A new clause after a dash is not the quotation's cue: the quotation continues its speaker.
        ('"We are ready for a long campaign," he said. "Nobody should doubt it!" — the crowd cheered loudly.',
         "Nobody should doubt it"),
        # A verb with a complement of its own after it makes a sentence of its own.
        ('"Our soldiers fought bravely and held the bridge," the colonel seems to believe.', "Our soldiers"),
    ],
)
def test_a_verb_that_makes_its_own_sentence_is_not_taken(nlp, text: str, quoted: str) -> None:
    found = [q for q in quotes_of(nlp(text)) if quoted in q.content]
    assert len(found) == 1 and found[0].cue is None

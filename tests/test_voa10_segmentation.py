"""Cross-heads glued to their paragraph: a title line the source text ran into the next sentence.

Sentences written for the project, in the shape of web copy that lost the line break after a cross-head.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.cross_heads import cross_heads, is_cross_head


def _heads(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc.text[start:end] for start, end in cross_heads(doc)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The talks ended late, the minister said. Rising tensions Monday's vote divided the parliament.",
         "Rising tensions"),
        ('"We will not leave," she said. Uneasy neighbours The two countries have argued over water for years.',
         "Uneasy neighbours"),
        ("The port reopened in May. Slow recovery Although trade resumed, few ships came.", "Slow recovery"),
        ("He left office in 2019. Lasting influence Okafor has shaped the party ever since.", "Lasting influence"),
        ("Nine people died, officials said. The blast The market had reopened a week earlier.", "The blast"),
    ],
)
def test_a_short_title_after_a_sentence_end_is_a_sentence_of_its_own(nlp, text: str, head: str) -> None:
    assert _heads(nlp, text) == [head]
    doc = nlp(text)
    sentences = [sentence.text for sentence in doc.sents]
    assert head in sentences
    after = sentences[sentences.index(head) + 1]
    assert not after.startswith(head) and len(after.split()) > 2  # the text after it stays one sentence
    assert [is_cross_head(sentence) for sentence in doc.sents].count(True) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The army said so. Security analyst Amaka Obi welcomed the move.",  # a role before a name
        "The army said so. Rights group Amnesty International criticised it.",  # a kind of organisation
        "The army said so. Security forces Tuesday killed five militants.",  # a day: when it happened
        "The army said so. Survivors told reporters the gunmen fled.",  # a verb of tense: a sentence
        "The army said so. Many senior Taliban leaders remain under sanctions.",  # ends with an adjective
        "The army said so. Militants linked with the banned group attacked a post.",  # a preposition
        "Officials in the U.S. Treasury department Monday declined to comment.",  # "U.S." ends no sentence
        "The army said so. The president Thursday signed the decree.",  # a day after a subject
    ],
)
def test_sentence_openings_are_no_cross_heads(nlp, text: str) -> None:
    assert _heads(nlp, text) == []


def test_a_cross_head_reports_no_event_and_names_no_speaker(nlp, quotes) -> None:
    from sitrep.model import Article
    from sitrep.pipeline import Coder

    text = (
        "The governor spoke to reporters on Friday. Blaming neighbours Saturday's bombing killed nine "
        "people in the market, the police said. Regional reaction A Kenyan government spokesperson "
        "condemned the bombing."
    )
    coded = Coder(stages=["events"], nlp=nlp).code(Article(id="t", text=text))
    assert not any(event.sentence.startswith(("Blaming", "Regional reaction")) for event in coded.events)
    speakers = [quote.speaker.text for quote in quotes(text) if quote.speaker is not None]
    assert speakers and not any("reaction" in speaker for speaker in speakers)

"""Cross-heads glued to their paragraph: a title line the source text ran into the next sentence, of two to
four words, of one abstract noun, or joined by "of"/"and".

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


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The rebels gave the mayor two days to leave. Reaction Officials have not answered the demand.",
         "Reaction"),
        ("The model is cheap, the analyst said. Competition OpenAI's newest model is ahead on most tests.",
         "Competition"),
        ("The bridge was never finished. Review of contracts Okafor's cabinet last year froze the project.",
         "Review of contracts"),
        ("The valley relies on its farms. Farms and factories The new mine employs 300 people.", "Farms and factories"),
        ("The talks broke down in May. Instability It is not clear when they will resume.", "Instability"),
    ],
)  # fmt: skip
def test_one_word_and_joined_titles_are_sentences_of_their_own(nlp, text: str, head: str) -> None:
    assert _heads(nlp, text) == [head]
    sentences = [sentence.text for sentence in nlp(text).sents]
    assert head in sentences and len(sentences[sentences.index(head) + 1].split()) > 3


@pytest.mark.parametrize(
    "text",
    [
        "The plan was approved. Immigration Minister Sean Fraser said it would help.",  # a title and a name
        "The vote was close. Members of parliament Amina Obi and Ali Musa voted against it.",  # a subject
        "The vote was close. Opposition Leader Raila Odinga said so.",
        "The town fell. Security Forces killed five militants on Tuesday.",  # a body named in capitals
        "The town fell. Administration Officials said the strikes would go on.",
        "The army said so. Speaking to reporters, the general said the town had fallen.",  # no abstract noun
        "The army said so. Thousands of protesters Sunday marched on the palace.",  # a day: when it happened
    ],
)
def test_names_and_sentence_openings_are_no_cross_heads(nlp, text: str) -> None:
    assert _heads(nlp, text) == []

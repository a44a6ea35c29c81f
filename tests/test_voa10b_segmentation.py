"""Cross-heads of one word or joined by "of"/"and", glued to their paragraph (tenth session, second round).

Sentences written for the project, in the shape of web copy that lost the line break after a cross-head.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.cross_heads import cross_heads


def _heads(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc.text[start:end] for start, end in cross_heads(doc)]


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

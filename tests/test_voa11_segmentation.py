"""Cross-heads before a clause opener (eleventh session): a short title of any case, with a name, an acronym
or a headline verb ("BLA surges", "Countering China"), glued to a paragraph that opens with a word such as
"Since", "Though" or "According". Sentences written for the project."""

from __future__ import annotations

import pytest

from sitrep.nlp.cross_heads import cross_heads


def _heads(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [doc.text[start:end] for start, end in cross_heads(doc)]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("The group denied it. ONLF grows Since last year, the ONLF has claimed three attacks.", "ONLF grows"),
        ("Trade fell in May. Courting India Though she is wary of New Delhi, Okafor wants a deal.", "Courting India"),
        ("The camp is full. Route to Europe Despite the risks, thousands still leave.", "Route to Europe"),
        ("The vote was delayed. Response from President Okafor Shortly after the vote, he spoke.",
         "Response from President Okafor"),
        ("Ten died. Rising attacks According to the army, 40 soldiers died in 2023.", "Rising attacks"),
    ],
)  # fmt: skip
def test_a_title_before_a_clause_opener_is_a_sentence_of_its_own(nlp, text: str, head: str) -> None:
    assert _heads(nlp, text) == [head]
    sentences = [sentence.text for sentence in nlp(text).sents]
    assert head in sentences
    assert sentences[sentences.index(head) + 1].split()[0] in {"Since", "Though", "Despite", "Shortly", "According"}


@pytest.mark.parametrize(
    "text",
    [
        "The talks ended. Officials met on Monday Since then, nothing has moved.",  # a verb of tense: a sentence
        "The talks ended. In March Although prices rose, few sold.",  # a preposition opens no title
        "The talks ended. Prices rose in the U.S. Since then, trade has fallen.",  # a sentence ending in "U.S."
        "The talks ended. Kenya, Uganda Since 2020 ...",  # a comma: a list, no title
    ],
)
def test_sentences_before_an_opener_are_no_titles(nlp, text: str) -> None:
    assert _heads(nlp, text) == []


def test_a_cross_head_before_an_opener_is_no_event_sentence(nlp) -> None:
    from sitrep.model import Article
    from sitrep.pipeline import Coder

    text = "Ten soldiers died, the army said. Militants attack Since January, rebels have attacked 12 posts."
    coded = Coder(stages=["events"], nlp=nlp).code(Article(id="t", text=text))
    assert not any(event.sentence.startswith("Militants attack") for event in coded.events)

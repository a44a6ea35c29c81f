"""Seventh session (quotes helper): statements whose content the parse puts outside the cue's usual
complements. Sentences written for the project.

- a verb of saying in a relative clause whose object is the noun it describes ("a measure [the opposition
  has criticized]", "..., which the president once supported"), or a past participle with a "by" agent ("the
  sanctions, opposed by several governments"): the noun (or the relative pronoun) is what was said;
- "told [a Senate panel]": the addressee of "tell" is not what was told;
- a closing cue the parser made a conjunct of the statement's verb ("..., the minister told a panel
  Wednesday.").
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from sitrep.quotes import quotes_of
from sitrep.quotes.attribution import find_attributions


def _said(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.content, q.speaker.text if q.speaker else None) for q in quotes_of(nlp(text)) if not q.attitude]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The government extended the curfew, a measure the opposition has criticized.", "a measure",
         "the opposition"),
        ("The treaty, which the president once supported, expired last year.", "which", "the president"),
        ("The sanctions, opposed by several European governments, never took effect.", "The sanctions",
         "several European governments"),
    ],
)
def test_the_object_of_a_cue_in_a_relative_clause_is_its_content(nlp, text: str, content: str,
                                                                speaker: str) -> None:
    assert (content, speaker) in _said(nlp, text)


def test_a_relative_clause_with_its_own_object_is_not_read_that_way(nlp) -> None:
    # "who condemned the attack": the clause's subject is the relative pronoun; its content is its object.
    found = _said(nlp, "The fighters who condemned the attack left the city.")
    assert ("The fighters", "The fighters") not in found
    assert all(content != "The fighters" for content, _ in found)


def test_a_neutral_participle_is_no_statement(nlp) -> None:
    # "issued by the bank" reports an act, not the bank's view of the bonds.
    assert _said(nlp, "The bonds issued by the central bank lost value.") == []


def test_the_addressee_of_tell_is_not_what_was_told(nlp) -> None:
    found = _said(nlp, "The defence minister told a closed session of parliament on Tuesday.")
    assert all("session" not in content for content, _ in found)
    assert ("the talks had failed", "The minister") in _said(nlp, "The minister told reporters the talks had failed.")


def test_a_story_told_is_what_was_told(nlp) -> None:
    found = _said(nlp, "The new campaign ad features refugees telling their family stories.")
    assert ("their family stories", "refugees") in found


def _conjoined_closing_cue_doc(nlp) -> Doc:
    """ "The package includes new artillery for Ukrainian forces, Defense Secretary Lloyd Austin told a Senate
    panel Wednesday." parsed as on PolNeAR train articles: "told" a conjunct of "includes" (spaCy's small
    model makes it the root for this sentence, so the parse is built here)."""
    rows = [  # word, head, dep, pos, tag, lemma
        ("The", 1, "det", "DET", "DT", "the"), ("package", 2, "nsubj", "NOUN", "NN", "package"),
        ("includes", 2, "ROOT", "VERB", "VBZ", "include"), ("new", 4, "amod", "ADJ", "JJ", "new"),
        ("artillery", 2, "dobj", "NOUN", "NN", "artillery"), ("for", 4, "prep", "ADP", "IN", "for"),
        ("Ukrainian", 7, "amod", "ADJ", "JJ", "ukrainian"), ("forces", 5, "pobj", "NOUN", "NNS", "force"),
        (",", 7, "punct", "PUNCT", ",", ","), ("Defense", 10, "compound", "PROPN", "NNP", "Defense"),
        ("Secretary", 12, "compound", "PROPN", "NNP", "Secretary"), ("Lloyd", 12, "compound", "PROPN", "NNP", "Lloyd"),
        ("Austin", 13, "nsubj", "PROPN", "NNP", "Austin"), ("told", 2, "conj", "VERB", "VBD", "tell"),
        ("a", 16, "det", "DET", "DT", "a"), ("Senate", 16, "compound", "PROPN", "NNP", "Senate"),
        ("panel", 13, "dobj", "NOUN", "NN", "panel"), ("Wednesday", 13, "npadvmod", "PROPN", "NNP", "Wednesday"),
        (".", 13, "punct", "PUNCT", ".", "."),
    ]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
               pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])


def test_a_closing_cue_parsed_as_a_conjunct_attributes_the_sentence_before_it(nlp) -> None:
    doc = _conjoined_closing_cue_doc(nlp)
    found = find_attributions(doc, cue_model=False)
    assert [(doc.text[a.start : a.end], a.cue_token) for a in found] == [
        ("The package includes new artillery for Ukrainian forces", 13)]
    assert doc[found[0].speaker_start : found[0].speaker_end].text == "Defense Secretary Lloyd Austin"


def test_a_conjunct_after_and_is_a_statement_of_its_own_not_a_closing_cue(nlp) -> None:
    doc = _conjoined_closing_cue_doc(nlp)
    words = [t.text for t in doc]
    words[8] = "and"  # "..., and Defense Secretary Lloyd Austin told a Senate panel Wednesday."
    rows = [(t.head.i, "cc" if t.i == 8 else t.dep_, "CCONJ" if t.i == 8 else t.pos_, "CC" if t.i == 8 else t.tag_,
             t.lemma_) for t in doc]
    rows[8] = (2, "cc", "CCONJ", "CC", "and")
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    other = Doc(nlp.vocab, words=words, spaces=spaces, heads=[r[0] for r in rows], deps=[r[1] for r in rows],
                pos=[r[2] for r in rows], tags=[r[3] for r in rows], lemmas=[r[4] for r in rows])
    assert all("package" not in other.text[a.start : a.end] for a in find_attributions(other, cue_model=False))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Officials said the talks had stalled, a point the envoy also acknowledged.",
         ("the talks had stalled", "Officials"), ("a point", "the envoy")),
        ("The president rejected the sanctions outright, a view endorsed by most of his ministers.",
         ("the sanctions outright", "The president"), ("a view", "most of his ministers")),
    ],
)
def test_a_noun_after_a_comma_that_another_speaker_comments_on_ends_the_first_statement(
        nlp, text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    assert _said(nlp, text) == [first, second]


def test_a_complement_in_the_paragraph_before_does_not_pull_the_speaker_into_the_content(nlp) -> None:
    # The parser ran the sentence on over the paragraph break and hung the quotation before it on "said" as a
    # second complement; the content must not start at the speaker's name and take in the cue.
    rows = [  # word, head, dep, pos, tag, lemma, space after
        ('"', 3, "punct", "PUNCT", "``", '"', False), ("We", 3, "nsubj", "PRON", "PRP", "we", True),
        ("could", 3, "aux", "AUX", "MD", "could", True), ("lose", 15, "ccomp", "VERB", "VB", "lose", True),
        ("the", 5, "det", "DET", "DT", "the", True), ("Senate", 3, "dobj", "PROPN", "NNP", "Senate", False),
        (".", 3, "punct", "PUNCT", ".", ".", False), ('"', 3, "punct", "PUNCT", "''", '"', False),
        ("\n\n", 7, "dep", "SPACE", "_SP", "\n\n", False), ("Mike", 10, "compound", "PROPN", "NNP", "Mike", True),
        ("Shields", 15, "nsubj", "PROPN", "NNP", "Shields", False), (",", 10, "punct", "PUNCT", ",", ",", True),
        ("a", 13, "det", "DET", "DT", "a", True), ("strategist", 10, "appos", "NOUN", "NN", "strategist", False),
        (",", 10, "punct", "PUNCT", ",", ",", True), ("said", 15, "ROOT", "VERB", "VBD", "say", True),
        ("every", 18, "det", "DET", "DT", "every", True), ("donor", 18, "compound", "NOUN", "NN", "donor", True),
        ("call", 19, "nsubj", "NOUN", "NN", "call", True), ("centers", 15, "ccomp", "VERB", "VBZ", "center", True),
        ("on", 19, "prep", "ADP", "IN", "on", True), ("the", 22, "det", "DET", "DT", "the", True),
        ("Senate", 20, "pobj", "PROPN", "NNP", "Senate", False), (".", 15, "punct", "PUNCT", ".", ".", False),
    ]
    doc = Doc(nlp.vocab, words=[r[0] for r in rows], spaces=[r[6] for r in rows], heads=[r[1] for r in rows],
              deps=[r[2] for r in rows], pos=[r[3] for r in rows], tags=[r[4] for r in rows],
              lemmas=[r[5] for r in rows])
    said = [a for a in find_attributions(doc, cue_model=False) if a.cue_token == 15]
    assert [doc.text[a.start : a.end] for a in said] == ["every donor call centers on the Senate"]
    assert doc[said[0].speaker_start : said[0].speaker_end].text == "Mike Shields"


def test_an_inverted_speaker_the_parser_made_the_subject_of_a_clause_after_the_cue(nlp) -> None:
    # "He had a voice in the decisions, said a former aide later worked with him.": the parse hangs the rest of
    # the sentence on "said" as a second complement whose subject is the speaker, right after the cue.
    rows = [  # word, head, dep, pos, tag, lemma
        ("He", 1, "nsubj", "PRON", "PRP", "he"), ("had", 8, "ccomp", "VERB", "VBD", "have"),
        ("a", 3, "det", "DET", "DT", "a"), ("voice", 1, "dobj", "NOUN", "NN", "voice"),
        ("in", 3, "prep", "ADP", "IN", "in"), ("the", 6, "det", "DET", "DT", "the"),
        ("decisions", 4, "pobj", "NOUN", "NNS", "decision"), (",", 1, "punct", "PUNCT", ",", ","),
        ("said", 8, "ROOT", "VERB", "VBD", "say"), ("a", 11, "det", "DET", "DT", "a"),
        ("former", 11, "amod", "ADJ", "JJ", "former"), ("aide", 13, "nsubj", "NOUN", "NN", "aide"),
        ("later", 13, "advmod", "ADV", "RB", "later"), ("worked", 8, "ccomp", "VERB", "VBD", "work"),
        ("with", 13, "prep", "ADP", "IN", "with"), ("him", 14, "pobj", "PRON", "PRP", "he"),
        (".", 8, "punct", "PUNCT", ".", "."),
    ]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    said = [a for a in find_attributions(doc, cue_model=False) if a.cue_token == 8]
    assert said and doc[said[0].speaker_start : said[0].speaker_end].text == "a former aide"


def test_a_participle_framing_a_parenthetical_cue_is_not_what_was_said(nlp) -> None:
    found = [q for q in quotes_of(nlp('Asked what he thought about the truce, he said, "It is fragile, but it holds."'))
             if q.cue == "said"]
    assert [q.content for q in found] == ["It is fragile, but it holds."]


def test_a_frame_the_parser_made_a_complement_is_left_out(nlp) -> None:
    # "Pressed on the timing, he said the troops would leave by June." with "Pressed" hung on "said" as a
    # second complement: the content is what follows the cue, not the frame and the cue with it.
    rows = [  # word, head, dep, pos, tag, lemma
        ("Pressed", 6, "ccomp", "VERB", "VBN", "press"), ("on", 0, "prep", "ADP", "IN", "on"),
        ("the", 3, "det", "DET", "DT", "the"), ("timing", 1, "pobj", "NOUN", "NN", "timing"),
        (",", 6, "punct", "PUNCT", ",", ","), ("he", 6, "nsubj", "PRON", "PRP", "he"),
        ("said", 6, "ROOT", "VERB", "VBD", "say"), ("the", 8, "det", "DET", "DT", "the"),
        ("troops", 10, "nsubj", "NOUN", "NNS", "troop"), ("would", 10, "aux", "AUX", "MD", "would"),
        ("leave", 6, "ccomp", "VERB", "VB", "leave"), ("by", 10, "prep", "ADP", "IN", "by"),
        ("June", 11, "pobj", "PROPN", "NNP", "June"), (".", 6, "punct", "PUNCT", ".", "."),
    ]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in {",", "."} for i in range(len(words))]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows])
    said = [doc.text[a.start : a.end] for a in find_attributions(doc, cue_model=False) if a.cue_token == 6]
    assert said == ["the troops would leave by June"]


def test_a_cue_in_a_prepositional_frame_speaks_through_the_verb_it_frames(nlp) -> None:
    text = ("In addition to stating that the blockade was illegal, the foreign minister has vowed to take the case "
            "to the United Nations.")
    assert ("that the blockade was illegal", "the foreign minister") in _said(nlp, text)

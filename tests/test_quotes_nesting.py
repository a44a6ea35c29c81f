"""Nested statements, asides at the end of a content, and learned cues whose content takes in a
quotation (fifth round of the PolNeAR work), through ``quotes_of`` on small parsed samples."""

from __future__ import annotations

import pytest

from sitrep.quotes.attribution import speaker_token


@pytest.mark.parametrize(
    "text",
    [
        "She said she would support the deal.",
        "The spokesman said the ministry had accused Kyiv of shelling the plant.",
        "Officials believe the strike was ordered by the general, the report said.",
    ],
)
def test_a_cue_inside_a_statement_is_part_of_it(quotes, text: str) -> None:
    """Only the outermost statement: "support", "accused" and "believe" are what the speaker said."""
    (quote,) = quotes(text)
    assert quote.cue == "said"
    assert quote.content in text and len(quote.content.split()) >= 5


def test_a_quotation_split_by_its_cue_stays_one_statement(quotes) -> None:
    found = quotes("“We will not give up,” she said, “and we will win this war.”")
    assert len(found) == 1 and found[0].speaker is not None and found[0].speaker.text == "she"


def test_a_relative_clause_after_a_comma_is_not_content(quotes) -> None:
    (quote,) = quotes("The senator criticized the bill, which passed the House on Tuesday.")
    assert (quote.cue, quote.content) == ("criticized", "the bill")


def test_a_statement_in_a_relative_clause_is_its_own(quotes) -> None:
    found = quotes("The president praised the envoy, who said the talks would resume next week.")
    assert [(q.cue, q.content) for q in found] == [
        ("praised", "the envoy"),
        ("said", "the talks would resume next week"),
    ]
    assert found[1].speaker is not None and found[1].speaker.text == "the envoy"


def test_a_learned_cue_may_take_in_a_quotation(quotes) -> None:
    """The attitude's content holds a quotation; the quotation is not made a second statement."""
    (quote,) = quotes("The campaign wants a “fair and open” debate in October.")
    assert (quote.cue, quote.type, quote.attitude) == ("wants", "mixed", True)
    assert quote.content == "a “fair and open” debate in October"
    assert quote.speaker is not None and quote.speaker.text == "The campaign"


def test_the_speaker_climb_through_a_preposition(nlp) -> None:
    """ "quoted X as [saying]": the cue's speaker is the subject of "quoted" (the statement itself is
    now the outer "quoted", which holds the "saying")."""
    doc = nlp("The Post quoted an unnamed official as saying that the talks had failed.")
    saying = next(t for t in doc if t.text == "saying")
    speaker = speaker_token(saying)
    assert speaker is not None and speaker.text == "Post"


def test_a_light_verb_gives_way_to_its_noun(quotes) -> None:
    """ "expressed [concern] about X": the noun cue is the statement, and it is a concern about X."""
    (quote,) = quotes("UNHCR expressed concern about the displacement.")
    assert (quote.cue, quote.content) == ("concern", "the displacement")
    assert quote.speaker is not None and quote.speaker.text == "UNHCR"
    assert quote.stance is not None and (quote.stance.label, quote.stance.about) == ("concern", "the displacement")


def test_a_statement_takes_the_stance_of_a_subjectless_verb_inside_it(quotes) -> None:
    (quote,) = quotes("Its ambassador told the council that it had a duty to demand a ceasefire now.")
    assert quote.cue == "told"
    assert quote.stance is not None and (quote.stance.label, quote.stance.about) == ("appeals", "a ceasefire")


def test_stance_within_leaves_another_speakers_verb_alone(nlp) -> None:
    from sitrep.quotes.stance import stance_within

    doc = nlp("the rebels demanded a ceasefire")
    assert stance_within(None, doc[:]) is None  # "the rebels" demanded it, not the outer speaker
    doc = nlp("it had a duty to demand a ceasefire")
    found = stance_within(None, doc[:])
    assert found is not None and found.label == "appeals"


def test_a_part_of_speech_may_have_its_own_threshold(tmp_path, nlp) -> None:
    import json

    from sitrep.quotes.learned import read_cue_model, shipped_cue_model

    path = tmp_path / "model.json"
    path.write_text(json.dumps({"threshold": 0.45, "pos_thresholds": {"NOUN": 0.35}, "weights": {"bias": 0.1}}))
    model = read_cue_model(path)
    doc = nlp("Her criticism of the deal grew.")
    assert model.threshold_for(doc[1]) == 0.35 and model.threshold_for(doc[5]) == 0.45
    shipped = shipped_cue_model()
    assert shipped is not None and shipped.pos_thresholds.get("NOUN", shipped.threshold) <= shipped.threshold


def test_a_verb_with_a_clause_for_content_has_its_own_threshold(tmp_path, nlp) -> None:
    import json

    from sitrep.quotes.learned import CLAUSE_VERB, candidate_heads, read_cue_model, shipped_cue_model

    path = tmp_path / "model.json"
    path.write_text(json.dumps({"threshold": 0.45, "pos_thresholds": {CLAUSE_VERB: 0.3}, "weights": {"bias": 0.0}}))
    model = read_cue_model(path)  # every candidate scores 0.5
    doc = nlp("The minister fears that the talks will fail. The minister wants a deal.")
    fears, wants = doc[2], doc[11]
    assert model.threshold_for(fears, candidate_heads(fears)) == 0.3
    assert model.threshold_for(wants, candidate_heads(wants)) == 0.45  # an object, not a clause
    assert model.threshold_for(fears) == 0.45  # without its content the verb gets the general threshold
    strict = read_cue_model(path)
    strict.pos_thresholds[CLAUSE_VERB] = 0.6
    assert model.is_cue(fears, candidate_heads(fears)) and not strict.is_cue(fears, candidate_heads(fears))
    shipped = shipped_cue_model()
    assert shipped is not None and shipped.pos_thresholds.get(CLAUSE_VERB, shipped.threshold) <= shipped.threshold


@pytest.mark.parametrize(
    "text", ["China refused to condemn the invasion.", "The minister declined to criticise the strike."]
)
def test_a_withheld_act_has_no_stance(quotes, text: str) -> None:
    """ "refused to condemn" is no condemnation, neither for the statement nor through the verb inside it."""
    assert [q.stance for q in quotes(text)] == [None]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Cruz renewed his attacks on Trump.", "attacks", "Cruz"),
        ("Some of those surveyed shared their concerns about the choices they face.", "concerns",
         "Some of those surveyed"),
        ("Trump's criticism of the deal grew louder.", "criticism", "Trump"),
    ],
)
def test_a_noun_cues_holder(quotes, text: str, cue: str, speaker: str) -> None:
    """A possessive pronoun on a noun cue that is a verb's object stands for that verb's subject."""
    (quote,) = [q for q in quotes(text) if q.cue == cue]
    assert quote.speaker is not None and quote.speaker.text.startswith(speaker)

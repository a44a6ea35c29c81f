"""One statement per claim (sixth session): a second statement split off a mixed content, another speaker's
statement after "while", a floating quotation that names the statement it continues (and the evaluation that
groups by it), short quotations closed by a comma before their cue, and verbs of saying in an "as" clause or
closing their sentence. Sentences written for these tests, through ``quotes_of`` on small parsed samples."""

from __future__ import annotations

from sitrep.eval.quotes import GoldArticle, GoldAttribution, score_polnear
from sitrep.model import Quote


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


def _by_cue(found: list[Quote], cue: str) -> Quote:
    return next(q for q in found if q.cue is not None and q.cue.startswith(cue))


def test_a_second_statement_is_split_off_a_mixed_content(quotes) -> None:
    found = quotes('The minister said the army would "hold every position" and insisted that the offensive '
                   'was "going to plan".')
    said, insisted = _by_cue(found, "said"), _by_cue(found, "insisted")
    assert said.content == 'the army would "hold every position"' and said.type == "mixed"
    assert insisted.content == 'that the offensive was "going to plan"'
    assert _speaker(said) == _speaker(insisted) == "The minister"


def test_a_quotation_added_after_a_content_is_its_own_statement(quotes) -> None:
    found = quotes('The envoy noted that talks had stalled, and added: "We will not give up."')
    noted, added = _by_cue(found, "noted"), _by_cue(found, "added")
    assert noted.content == "that talks had stalled" and noted.type == "indirect"
    assert added.type == "direct" and "We will not give up" in added.content
    assert _speaker(added) == "The envoy"


def test_another_speakers_statement_after_while_is_its_own(quotes) -> None:
    first, second = quotes("Among voters in the north, 74 percent said they backed the ceasefire, while 22 percent "
                           "said they opposed it.")
    assert first.content == "they backed the ceasefire" and _speaker(first) == "74 percent"
    assert second.content == "they opposed it" and _speaker(second) == "22 percent"


def test_another_speakers_statement_after_as_is_its_own(quotes) -> None:
    first, second = quotes("The commander said the town had fallen as the governor insisted it was still holding.")
    assert first.content == "the town had fallen" and _speaker(first) == "The commander"
    assert second.cue == "insisted" and _speaker(second) == "the governor"


def test_a_statement_after_before_is_split_off(quotes) -> None:
    first, second = quotes("The minister praised the ceasefire plan before condemning the final text.")
    assert first.content == "the ceasefire plan" and second.content == "the final text"
    assert _speaker(second) == "The minister"


def test_a_conjoined_statement_with_its_own_subject_stays_inside(quotes) -> None:
    """Only "while"/"whereas" split another speaker off: "because Russia said ..." is part of the reason given."""
    found = quotes("The spokesman said the talks had failed because Moscow said it would not negotiate.")
    assert len(found) == 1 and found[0].content.endswith("it would not negotiate")


_CONTINUED = ('"The shelling must stop," the spokesman said, noting that aid convoys had been hit twice. '
              '"We cannot reach the wounded."')


def test_a_floating_quotation_continues_the_quotation_not_the_paraphrase(quotes) -> None:
    said, noting, floating = quotes(_CONTINUED)
    assert floating.cue is None and _speaker(floating) == "the spokesman"
    assert floating.continues == said.quote_id
    assert said.continues is None and noting.continues is None
    assert floating.to_dict()["continues"] == said.quote_id


def _span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_the_evaluation_groups_a_floating_quotation_with_the_statement_it_continues(quotes) -> None:
    """PolNeAR annotates '"A," he said, noting B. "C."' as said: A + C and noting: B. Grouping C with the
    statement it continues matches both exactly; the earlier reading (C joins the quote right before it) does not."""
    text = _CONTINUED
    gold = GoldArticle("t", text, [
        GoldAttribution([_span(text, "The shelling must stop"), _span(text, "We cannot reach the wounded.")],
                        [_span(text, "the spokesman")], [_span(text, "said")]),
        GoldAttribution([_span(text, "that aid convoys had been hit twice")], [_span(text, "the spokesman")],
                        [_span(text, "noting")]),
    ])
    predictions = [quotes(text)]
    linked = score_polnear([gold], predictions)
    adjacent = score_polnear([gold], predictions, linked=False)
    assert linked["matched"] == 2 and linked["content_overlap"]["f1"] == 1.0
    assert adjacent["content_overlap"]["f1"] < 0.9  # C counted with "noting": its precision and said's recall fall
    assert linked["speaker_accuracy"] == 1.0


def test_a_short_quotation_closed_by_a_comma_before_its_cue_is_a_statement(quotes) -> None:
    found = quotes('Asked about the truce, the commander was blunt. "Never again," he said.')
    never = next(q for q in found if q.content == "Never again")
    assert never.cue == "said" and _speaker(never) == "he"


def test_a_short_quotation_right_after_its_cue_is_a_statement(quotes) -> None:
    found = quotes('Asked whether the army would withdraw, the spokesman said, "Never."')
    never = next(q for q in found if q.content.startswith("Never"))
    assert never.cue == "said" and _speaker(never) == "the spokesman"


def test_a_short_title_in_quotation_marks_is_no_statement(quotes) -> None:
    assert quotes('The ministry aired "Morning News" on Monday.') == []


def test_a_verb_of_saying_in_an_as_clause_attributes_the_clause_around_it(quotes) -> None:
    found = quotes("The blockade, as the foreign minister pointed out, has cut fuel supplies by half.")
    assert [q.content for q in found] == ["The blockade", "has cut fuel supplies by half"]
    assert {q.cue for q in found} == {"pointed out"} and _speaker(found[0]) == "the foreign minister"


def test_a_verb_of_saying_closing_its_sentence_attributes_the_sentence(quotes) -> None:
    (quote,) = quotes("As the convoy approached the border on Tuesday, a driver was wounded by sniper fire, "
                      "officials said.")
    assert quote.content.endswith("a driver was wounded by sniper fire")
    assert quote.cue == "said" and _speaker(quote) == "officials"

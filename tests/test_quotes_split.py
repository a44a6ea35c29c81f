"""Statements split off the end of another one's content, passive cues whose subject is not the speaker,
and cues whose act the sentence withholds (seventh round), through ``quotes_of`` on small parsed samples."""

from __future__ import annotations

import pytest

from sitrep.model import Quote


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.text if quote.speaker is not None else None


@pytest.mark.parametrize(
    ("text", "first", "second_cue", "speaker"),
    [
        ("He said some of the rhetoric on the campaign trail has been patronizing, noting he had supported "
         "her in 2008.", "some of the rhetoric on the campaign trail has been patronizing", "noting", "He"),
        ("Many economists believe meaningful debt relief is possible only in bankruptcy and have been calling on "
         "Congress to act.", "meaningful debt relief is possible only in bankruptcy", "calling", "Many economists"),
    ],
)
def test_a_statement_at_the_end_of_a_content_is_split_off(quotes, text: str, first: str, second_cue: str,
                                                          speaker: str) -> None:
    """The first content ends before the second cue; both statements have the first one's speaker (the
    parse hangs the second cue on the content's verb, whose subject is not the speaker)."""
    found = quotes(text)
    assert found[0].content == first
    second = next(q for q in found if q.cue is not None and q.cue.startswith(second_cue))
    assert second.start > found[0].end
    assert _speaker(found[0]) == speaker and _speaker(second) == speaker


def test_a_statement_with_its_own_subject_is_not_split_off(quotes) -> None:
    (quote,) = quotes("The spokesman said the ministry had accused Kyiv of shelling the plant.")
    assert quote.content.endswith("shelling the plant")


def test_the_stance_of_a_split_statement_reads_all_of_it(quotes) -> None:
    """ "said X, condemning Y": the first statement's stance is read over what the speaker said in full."""
    first, second = quotes("The minister said the talks had ended, condemning the strikes on the port.")
    assert first.content == "the talks had ended"
    assert first.stance is not None and first.stance.label == "condemns"
    assert second.stance is not None and second.stance.label == "condemns"


@pytest.mark.parametrize(
    ("text", "speaker", "about"),
    [
        ("Then, in 2021, Iranian operatives were accused of planning to kidnap a journalist.", None,
         "Iranian operatives"),
        ("The two officers stand accused of leaking the documents.", None, None),
        ("Three former ministers remain accused of taking bribes.", None, None),
        ("Russia was accused by Kyiv of shelling the plant.", "Kyiv", "Russia"),
    ],
)
def test_the_subject_of_a_passive_cue_is_not_its_speaker(quotes, text: str, speaker: str | None,
                                                         about: str | None) -> None:
    """The accused (or the addressee, or what was said) is the passive subject; the speaker is the agent
    ("by Kyiv") or not named."""
    (quote,) = quotes(text)
    assert quote.cue == "accused" and _speaker(quote) == speaker
    if speaker is None:
        # A charge nobody in the text makes is nobody's stance (fourth session, round 2).
        assert quote.stance is None
        return
    assert quote.stance is not None and quote.stance.label == "condemns"
    if about is not None:
        assert quote.stance.about == about


def test_has_said_is_not_a_passive(quotes) -> None:
    """The parser often marks the "'s" of "he's said" as a passive auxiliary."""
    (quote,) = quotes("He's said he will fight all the way to the convention.")
    assert _speaker(quote) == "He"


@pytest.mark.parametrize(
    "text",
    [
        "But unlike most member states, China has never condemned Russia's full-scale invasion of Ukraine.",
        "China has yet to condemn the invasion.",
        "China stopped short of condemning the invasion.",
        "Beijing refrained from condemning the invasion.",
        "China has failed to condemn the strike.",
        "China would not want to condemn its partner.",
        "China condemned neither side.",
        "The ministry said it had refused to condemn the strike.",
        "He said Beijing stopped short of condemning the attack.",
    ],
)
def test_a_withheld_condemnation_is_no_condemnation(quotes, text: str) -> None:
    assert all(q.stance is None or q.stance.label != "condemns" for q in quotes(text))


def test_a_plain_condemnation_still_condemns(quotes) -> None:
    (quote,) = quotes("China condemned the strike on the port.")
    assert quote.stance is not None and quote.stance.label == "condemns"

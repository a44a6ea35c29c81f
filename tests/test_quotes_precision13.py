"""Contents that ran over their own cue are split around it (``sitrep.quotes.own_cue``, thirteenth session):
the cue, its speaker and its own modifiers are not what was said. Sentences written for the project."""

from __future__ import annotations

from sitrep.quotes import find_attributions, quotes_of
from sitrep.quotes.own_cue import pieces_around_cue


def _contents(nlp, text: str, cue_model: bool = False) -> dict[str, list[str]]:
    doc = nlp(text)
    found: dict[str, list[str]] = {}
    for attribution in find_attributions(doc, cue_model=cue_model):
        cue = doc[attribution.cue_token].text if attribution.cue_token is not None else ""
        found.setdefault(cue, []).append(text[attribution.start : attribution.end])
    return found


def test_pieces_on_both_sides_of_the_cue_leave_the_cue_and_speaker_out(nlp) -> None:
    doc = nlp('"The harvest is lost," the farmer said, "and nobody in the capital will help us."')
    cue = next(t for t in doc if t.text == "said")
    heads = [t for t in cue.children if t.dep_ in {"ccomp", "conj"}]
    assert len(heads) == 2 and heads[0].i < cue.i < heads[1].i
    pieces = pieces_around_cue(cue, heads, 1, len(doc) - 1)
    words = [[t.text for t in doc[a:b] if not t.is_punct] for a, b in pieces]
    assert words == ["The harvest is lost".split(), "and nobody in the capital will help us".split()]


def test_a_quotation_split_by_its_own_cue_stays_one_statement(nlp) -> None:
    text = '"The harvest is lost," the farmer said, "and nobody in the capital will help us."'
    quotes = [q for q in quotes_of(nlp(text), cue_model=False) if q.cue == "said"]
    assert len(quotes) == 1 and quotes[0].speaker is not None and quotes[0].speaker.text == "the farmer"
    assert "harvest" in quotes[0].content and "will help us" in quotes[0].content


def test_a_relative_clause_content_starts_after_the_cue(nlp) -> None:
    text = "The new border fence, which the governor said would stop smugglers, has already been breached twice."
    assert _contents(nlp, text)["said"] == ["would stop smugglers"]


def test_a_passive_attitude_is_its_subject_and_its_complement(nlp) -> None:
    text = "The election is expected to be close, and the president is widely expected to win a second term."
    contents = [c for cs in _contents(nlp, text, cue_model=True).values() for c in cs]
    assert "the president" in contents and "to win a second term" in contents
    assert not any("expected" in content for content in contents)


def test_a_content_that_does_not_hold_its_cue_is_left_whole(nlp) -> None:
    doc = nlp("The minister said the bridge would reopen in May.")
    cue = doc[2]
    heads = [t for t in cue.children if t.dep_ == "ccomp"]
    assert pieces_around_cue(cue, heads, 3, 9) == [(3, 9)]


def test_nothing_after_the_cue_is_kept_when_no_content_head_follows_it(nlp) -> None:
    doc = nlp('"We will not leave our homes," the village elder said on a local radio station on Sunday.')
    cue = next(t for t in doc if t.text == "said")
    heads = [t for t in cue.children if t.dep_ == "ccomp"]
    end = len(doc) - 1  # a content the parse ran on to the sentence end
    pieces = pieces_around_cue(cue, heads, 1, end)
    assert len(pieces) == 1
    start, stop = pieces[0]
    assert [t.text for t in doc[start:stop] if not t.is_punct] == "We will not leave our homes".split()

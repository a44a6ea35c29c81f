"""Learned attitudes held by no one (thirteenth session, sitrep/quotes/holders.py): a thing or a time as the
subject of a learned verb cue is no attitude; a thing the parser made the holder of a noun cue is no holder;
"among" names who holds a noun cue. Sentences written for the project."""

from __future__ import annotations

import pytest

from sitrep.quotes.attribution import find_attributions
from sitrep.quotes.holders import checked_holder, no_holder_reason


@pytest.fixture(scope="module")
def attitudes(nlp):
    def run(text: str) -> dict[str, str | None]:
        """Each learned attitude's cue -> its holder's words (None for no holder)."""
        doc = nlp(text)
        found = {}
        for attribution in find_attributions(doc):
            if not attribution.attitude or attribution.cue_start is None:
                continue
            speaker = None
            if attribution.speaker_start is not None:
                speaker = doc[attribution.speaker_start:attribution.speaker_end].text
            found[text[attribution.cue_start:attribution.cue_end]] = speaker
        return found

    return run


def test_a_time_that_sees_something_holds_no_view(attitudes) -> None:
    assert "seen" not in attitudes("The past few weeks have seen the army retake three towns in the north.")
    assert "sees" not in attitudes("This week sees more talks on the border dispute in Geneva.")


def test_a_thing_that_sees_something_holds_no_view(attitudes) -> None:
    assert "seen" not in attitudes("Airport hotels have seen a surge in bookings in the past month.")


def test_people_who_see_something_as_something_still_hold_a_view(attitudes) -> None:
    assert attitudes("Analysts have seen the army's gains as fragile.") == {"seen": "Analysts"}


def test_a_thing_does_not_hold_the_attitude_a_noun_cue_names(attitudes) -> None:
    # The attitude stays (someone criticised the policy); the rising price is not who.
    assert attitudes("The rising price of rice sparked criticism of the trade ministry's import policy.") \
        == {"criticism": None}
    assert attitudes("Extended deterrence involves a commitment to defend allies with all military means.") \
        == {"commitment": None}


def test_a_person_still_holds_a_noun_cue(attitudes) -> None:
    assert attitudes("The minister's opposition to the dam is well known.") == {"opposition": "The minister's"}


def test_a_noun_cue_is_held_by_the_people_it_is_among(attitudes) -> None:
    found = attitudes("There has been growing skepticism among farmers over the government's promise to lower "
                      "fuel prices.")
    assert found == {"skepticism": "farmers"}


def test_a_noun_no_list_names_is_placed_by_its_vector(attitudes) -> None:
    assert attitudes("Pediatricians were skeptical of the new vaccine schedule.") == {"skeptical": "Pediatricians"}


@pytest.mark.parametrize(("text", "cue", "holder", "reason"), [
    ("The heavy rains deprived farmers of their harvest.", "deprived", "rains", "thing"),
    ("The doldrums of summer deprive the campaign of attention.", "deprive", "doldrums", "thing"),
    ("The report suggests that turnout will fall.", "suggests", "report", None),  # a text states things
    ("The race seems to tighten.", "seems", "race", None),  # the subject is what seems, no holder
    ("Critics fear that the dam will fail.", "fear", "Critics", None),
    ("The naysayers doubted that the dam would hold.", "doubted", "naysayers", None),  # a person noun by vector
    ("Last week saw a surge in attacks.", "saw", "week", "time"),
])
def test_reasons(nlp, text: str, cue: str, holder: str, reason: str | None) -> None:
    doc = nlp(text)
    cue_token = next(t for t in doc if t.text == cue)
    holder_token = next(t for t in doc if t.text == holder)
    assert no_holder_reason(cue_token, holder_token) == reason
    kept, dropped = checked_holder(cue_token, holder_token)
    assert dropped == (reason is not None and cue_token.pos_ in {"VERB", "AUX"})
    assert (kept is holder_token or kept == holder_token) == (reason is None)

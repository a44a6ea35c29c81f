"""A withholding verb that is itself the cue (a learned attitude, "[refrained] from condemning the invasion")
gives no stance: the act its content names was not done (twelfth session; before, the stance rules only looked
for the withholding verb above a cue of condemnation). Sentences written for the project."""

from __future__ import annotations

import pytest

from sitrep.quotes import stance_of


def _stance(nlp, text: str, cue: str, content: str):
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == cue]
    start = text.index(content)
    span = doc.char_span(start, start + len(content), alignment_mode="expand")
    return stance_of(token, span)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Beijing refrained from condemning the invasion.", "refrained", "condemning the invasion"),
        ("The minister avoided criticising the army in public.", "avoided", "criticising the army in public"),
        ("The council resisted calls to denounce the strike.", "resisted", "calls to denounce the strike"),
    ],
)
def test_a_withholding_cue_takes_no_stance(nlp, text: str, cue: str, content: str) -> None:
    assert _stance(nlp, text, cue, content) is None


def test_the_act_itself_still_condemns(nlp) -> None:
    stance = _stance(nlp, "Beijing condemned the invasion.", "condemned", "the invasion")
    assert stance is not None and stance.label == "condemns"

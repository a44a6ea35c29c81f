"""Acts named as what is threatened or needed are not reported as done (issue #6, VOA report: "likely to
respond with threats to use force" and "will be crucial to fight" were read as attacks). Sentences written
for this test."""

from __future__ import annotations

from event_samples import events_of


def _of(coder, text: str, trigger: str):
    """The act itself (an intent the events stage derives from a future act is another event)."""
    (event,) = [event for event in events_of(coder, text)
                if event.trigger.split()[0] == trigger and event.plover_type in {"ASSAULT", "COERCE"}]
    return event


def test_an_infinitive_after_threats_is_not_done_whatever_its_parse(coder) -> None:
    # the small model labels "threats to bomb" a relative clause, not a clausal modifier
    threatened = _of(coder, "Analysts expect Seoul to answer with threats to bomb the launch sites.", "bomb")
    assert threatened.modality.hypothetical and not threatened.modality.factual


def test_the_complement_of_a_future_clause_is_future(coder) -> None:
    needed = _of(coder, "Solar farms will be essential to fight rising temperatures, the minister said.", "fight")
    assert needed.modality.future
    # a clause reported in the future tells a past act
    argued = _of(coder, "He will argue in court that the militia attacked the village.", "attacked")
    assert argued.modality.factual


def test_regular_attacks_are_a_pattern_not_an_occurrence(coder) -> None:
    pattern = _of(coder, "Herders say they defend their villages from regular attacks by the militia.", "attacks")
    assert pattern.modality.hypothetical and not pattern.modality.factual
    one = _of(coder, "Herders say the militia's attack on their village killed four.", "attack")
    assert one.modality.factual


def test_a_present_tense_pattern_is_no_occurrence(coder) -> None:
    pattern = _of(coder, "The militia mostly attacks convoys on the northern road.", "attacks")
    assert pattern.modality.hypothetical
    one = _of(coder, "On Monday the militia mostly attacked convoys on the northern road.", "attacked")
    assert one.modality.factual


def test_the_occasions_of_a_habit_are_a_pattern_too(coder) -> None:
    occasion = _of(coder, "The fighters often flee across the border when they are attacked by the army.", "attacked")
    assert occasion.modality.hypothetical and not occasion.modality.factual
    once = _of(coder, "The fighters fled across the border when they were attacked by the army on Monday.", "attacked")
    assert once.modality.factual

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


def test_an_infinitive_after_an_object_tells_its_purpose(coder) -> None:
    built = _of(coder, "Police said the cell was building car bombs to carry out attacks in the capital.", "attacks")
    assert built.modality.future and not built.modality.factual
    hired = _of(coder, "Prosecutors say two men hired a gunman to kill the activist.", "kill")
    assert hired.modality.future
    # a means used for an act tells the act
    used = _of(coder, "Police used tear gas to disperse the protesters in the capital.", "disperse")
    assert used.modality.factual


def test_a_present_tense_relative_clause_describes_its_noun(coder) -> None:
    described = _of(coder, "The rebels have fighters who fight to control villages on the border.", "fight")
    assert described.modality.hypothetical and not described.modality.factual
    once = _of(coder, "The militia that attacked the convoy on Monday fled into the hills.", "attacked")
    assert once.modality.factual


def test_a_yes_or_no_question_asserts_nothing(coder) -> None:
    asked = _of(coder, "Did the army bomb the school? Nobody knows.", "bomb")
    assert asked.modality.hypothetical and not asked.modality.factual
    # a question word takes the act as given
    given = _of(coder, "Why did the army bomb the school?", "bomb")
    assert given.modality.factual


def test_bombs_made_are_no_bombing(coder) -> None:
    made = [event for event in events_of(coder, "The cell was making bombs to carry out attacks in the capital.")
            if event.modality.factual and event.plover_type == "ASSAULT"]
    assert made == []
    assert _of(coder, "Militants set off a bomb at the market on Monday.", "bomb").modality.factual

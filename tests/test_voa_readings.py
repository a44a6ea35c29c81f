"""Readings an analyst found wrong in the whole pipeline's report on the VOA stories (a train corpus), each
fixed by a general rule: a household moved is no arrest, a list of conditions after "remain" is no attack,
and a tariff is a trade measure, not a sanction, on the escalation ladder. Sentences written for these tests."""

from __future__ import annotations

from event_samples import events_of

from sitrep.analysis.ladder import EventFacts, load_ladder
from sitrep.model import Event


def _violent_or_coercive(events: list[Event]) -> list[Event]:
    return [e for e in events if e.plover_type in {"ASSAULT", "COERCE", "THREATEN"}]


def test_taking_ones_own_children_somewhere_is_no_custody(coder) -> None:
    moved = events_of(coder, "After her husband died, the widow decided to take her children back to Lagos.")
    assert _violent_or_coercive(moved) == []
    brought = events_of(coder, "He brought his family home to Kabul in 2019.")
    assert _violent_or_coercive(brought) == []
    # the rule is about one's own family: taking other people away is still custody
    (taken,) = events_of(coder, "Police took the protesters to a station in Dhaka.")
    assert taken.cameo_code == "173"


def test_participles_listed_after_remain_describe_a_state_not_an_attack(coder) -> None:
    speech = events_of(
        coder, "Civilians remain unseen, unprotected, bombed, besieged, raped and displaced, the envoy said."
    )
    assert _violent_or_coercive(speech) == []
    # the same participles as a passive report an act
    reported = events_of(coder, "Civilians were bombed and raped in Omdurman.")
    assert {e.plover_type for e in reported} == {"ASSAULT"}


def test_tariffs_stand_below_the_sanctions_rung() -> None:
    ladder = load_ladder()
    tariff = EventFacts("COERCE", "restrict", "163", frozenset({"CAN"}), frozenset({"USA"}),
                        sentence="Ottawa imposed new tariffs on $15 billion of American goods.")
    levy = EventFacts("COERCE", "restrict", "163", frozenset({"USA"}), frozenset({"MEX"}),
                      sentence="Washington hit Mexico with a 25% levy on steel.")
    assert ladder.rung_of(tariff) == 2
    surcharge = EventFacts("COERCE", "restrict", "163", frozenset({"CAN"}), frozenset({"USA"}),
                           sentence="Manitoba is charging 30 percent more for the power it sells to Minnesota.")
    assert ladder.rung_of(surcharge) == 2
    assert ladder.rung_of(levy) == 2
    # sanctions stay on their rung, also when a tariff is named beside them
    sanction = EventFacts("COERCE", "restrict", "163", frozenset({"USA"}), frozenset({"IRN"}),
                          sentence="The Treasury imposed sanctions on Iranian oil tankers.")
    both = EventFacts("COERCE", "restrict", "163", frozenset({"USA"}), frozenset({"RUS"}),
                      sentence="Brussels added sanctions and punitive tariffs on Russian metals.")
    assert ladder.rung_of(sanction) == 5
    assert ladder.rung_of(both) == 5
    # an arrest is coercion whatever the sentence says of trade
    arrest = EventFacts("COERCE", "arrest", "173", frozenset({"PAK"}), frozenset({"PAK"}),
                        sentence="Police arrested a customs officer in Karachi.")
    assert ladder.rung_of(arrest) == 5


def test_an_act_named_as_someones_intention_has_not_happened(coder) -> None:
    text = "There is no reason to worry, unless they have the intention to undertake an invasion of Korea."
    (intended,) = events_of(coder, text)
    assert not intended.modality.factual
    # an intention named beside the act leaves the act itself reported
    (done,) = events_of(coder, "Russian troops invaded Ukraine with the intention to topple its government.")
    assert done.modality.factual

"""Seventh-session event rules: PLOVER types where the PLOVER manual differs from the CAMEO table (rescues,
resignations, concessions), missing triggers of rejections, coercion short of violence, kept ceasefires,
concessions, and ACLED readings of closures and of territory regained. Sentences written for these tests
(none is from an evaluation set)."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.events.plover_conventions import plover_reading
from sitrep.model import Event


def _main(events: list[Event]) -> Event:
    factual = [event for event in events if event.modality.factual]
    assert factual, [(e.trigger, e.cameo_code) for e in events]
    return min(factual, key=lambda event: (-event.confidence, event.start))


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("Troops freed 12 hostages held by the militants in a dawn operation.", "AID"),
        ("Police freed 14 trafficking victims during a raid on a warehouse.", "AID"),
        ("Hamas released four Israeli hostages on Saturday.", "RETREAT"),  # the captor lets them go
        ("Police released the suspects without charge.", "RETREAT"),
        ("The minister resigned over the scandal.", "RETREAT"),
        ("The president stepped down after weeks of protests.", "RETREAT"),
        ("The prime minister quit on Friday.", "RETREAT"),
    ],
)
def test_the_plover_manual_types_rescues_and_resignations(coder, text: str, plover_type: str) -> None:
    assert _main(events_of(coder, text)).plover_type == plover_type


def test_the_cameo_code_stays_cameo_where_only_the_plover_type_changes(coder) -> None:
    rescue = _main(events_of(coder, "Troops freed 12 hostages held by the militants in a dawn operation."))
    assert rescue.cameo_code == "0841" and rescue.plover_type == "AID"
    resignation = _main(events_of(coder, "The minister resigned over the scandal."))
    assert resignation.cameo_code == "0831" and resignation.plover_mode == "resign"


def test_plover_reading_leaves_other_acts_to_the_table() -> None:
    assert plover_reading("0841", "release", None, frozenset({"hamas"}), frozenset({"hostage"})) is None
    assert plover_reading("172", "ban", None, frozenset({"government"}), frozenset({"rally"})) is None
    assert plover_reading("0831", "accede", None, frozenset(), frozenset()) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The union suspended its strike after talks with the government.", "080"),  # not a military strike
        ("The junior partner quit the ruling coalition.", "160"),
        ("The rebels observed the ceasefire over the holiday.", "0871"),
        ("The warring factions consented to a UN-monitored truce.", "030"),
        ("Washington faulted Beijing for the cyberattack.", "111"),
        ("The court acquitted the opposition leader of treason charges.", "081"),
        ("The US withdrew from the nuclear accord.", "160"),  # no retreat from ground
        ("Mali withdrew from the regional bloc's talks.", "164"),
        ("The opposition repudiated the election results.", "120"),
        ("Russia terminated the grain agreement.", "160"),
        ("The government expressed regret over the deaths of the protesters.", "055"),
    ],
)
def test_missing_triggers_of_verbal_acts(coder, text: str, code: str) -> None:
    assert _main(events_of(coder, text)).cameo_code == code


@pytest.mark.parametrize(
    "text",
    [
        "Police searched the home of the former minister.",
        "The government evicted hundreds of families from the settlement.",
        "The junta restricted access to the internet.",
        "Authorities curbed press freedom ahead of the election.",
        "Customs officials impounded the ship.",
    ],
)
def test_coercion_short_of_violence(coder, text: str) -> None:
    assert _main(events_of(coder, text)).plover_type == "COERCE"


def test_a_retreat_from_ground_stays_a_retreat(coder) -> None:
    assert _main(events_of(coder, "Russian forces withdrew from the city of Kherson.")).cameo_code == "0874"


def test_closing_a_border_is_no_battle(coder) -> None:
    closed = _main(events_of(coder, "The army sealed off the town after the attack."))
    assert closed.cameo_code == "191" and closed.acled_sub_event_type == "Change to group/activity"
    border = _main(events_of(coder, "The government closed its border with Niger."))
    assert border.acled_event_type == "Strategic developments"
    besieged = _main(events_of(coder, "Rebels besieged the town for a week."))
    assert besieged.acled_event_type == "Battles"  # a siege by armed men still is


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers dislodged the fighters from the village after a brief exchange of fire.",
        "The army cleared militants from three villages on Sunday.",
        "Security forces reclaimed the district headquarters from the insurgents.",
        "Government troops reoccupied the town after the rebels withdrew.",
    ],
)
def test_the_state_driving_armed_men_out_regains_territory(coder, text: str) -> None:
    event = next(e for e in events_of(coder, text) if e.cameo_code == "192")
    assert event.acled_sub_event_type == "Government regains territory"


@pytest.mark.parametrize(
    ("text", "plover_type", "code"),
    [
        ("The government lifted the curfew in the capital.", "CONCEDE", "0813"),
        ("The rebels declared a unilateral ceasefire on Sunday.", "CONCEDE", "0871"),
        ("Both sides reached a ceasefire after talks.", "AGREE", "0871"),
        ("The rebels observed the ceasefire over the holiday.", "RETREAT", "0871"),
        ("The court convicted three men of terrorism.", "SANCTION", "116"),
        ("A court sentenced the activist to five years in prison.", "COERCE", "116"),
        ("A court issued an arrest warrant for the exiled opposition leader.", "THREATEN", "173"),
        ("The government withdrew its demand for compensation.", "CONCEDE", "080"),
    ],
)
def test_concessions_ceasefires_and_convictions_follow_the_manual(
    coder, text: str, plover_type: str, code: str
) -> None:
    event = _main(events_of(coder, text))
    assert (event.plover_type, event.cameo_code) == (plover_type, code)


def test_joint_drills_are_cooperation_and_relief_deployments_aid(coder) -> None:
    drills = _main(events_of(coder, "India and the US conducted joint drills near the border."))
    assert (drills.plover_type, drills.cameo_code) == ("COOPERATE", "062")
    relief = _main(events_of(coder, "Soldiers were mobilized to distribute food to flood victims."))
    assert relief.plover_type == "AID"
    alone = _main(events_of(coder, "The army deployed additional troops to the border town."))
    assert alone.plover_type == "MOBILIZE"  # posturing stays posturing


def test_one_sided_violence_on_people_named_as_the_object(coder) -> None:
    shot = _main(events_of(coder, "Police shot dead a man at a checkpoint in Nairobi."))
    assert shot.acled_sub_event_type == "Attack"  # not a clash with the checkpoint
    ambush = _main(events_of(coder, "Militants ambushed a convoy of traders on the road, killing 10."))
    assert ambush.acled_sub_event_type == "Attack"
    patrol = _main(events_of(coder, "Militants ambushed an army patrol near the border."))
    assert patrol.acled_sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    "text",
    [
        "Motorcycle taxi drivers went on strike on Monday.",
        "Workers downed tools over unpaid salaries.",
        "Dozens of women held placards demanding justice for the murdered girl.",
    ],
)
def test_walkouts_and_placards_are_protests(coder, text: str) -> None:
    event = _main(events_of(coder, text))
    assert event.plover_type == "PROTEST" and event.acled_sub_event_type == "Peaceful protest"


def test_demanding_that_another_agree_is_a_request(coder) -> None:
    demand = _main(events_of(coder, "The UN said both sides should agree to a ceasefire."))
    assert demand.plover_type == "REQUEST" and demand.cameo_code == "107"
    intent = _main(events_of(coder, "The rebels said they will not agree to a ceasefire."))
    assert intent.plover_type == "REJECT"


def test_not_agreeing_is_a_rejection(coder) -> None:
    event = _main(events_of(coder, "The government said it did not agree with the court's ruling."))
    assert event.plover_type == "REJECT"
    attended = [e for e in events_of(coder, "The minister did not attend the summit.") if e.modality.factual]
    assert not attended  # what did not happen is no refusal


def test_be_to_is_a_plan(coder) -> None:
    events = events_of(coder, "The leaders are to meet in Geneva next week.")
    (meeting,) = [event for event in events if event.cameo_code == "040"]
    assert meeting.modality.future
    assert _main(events).plover_type == "AGREE"  # PLOVER: a future meeting is AGREE
    assert not events_of(coder, "His job was to protect the president.")


def test_money_released_is_aid_and_no_acled_agreement(coder) -> None:
    paid = _main(events_of(coder, "The World Bank released $500 million in funds to Ukraine."))
    assert paid.plover_type == "AID" and paid.acled_sub_event_type is None
    returned = _main(events_of(coder, "The US released $6 billion in frozen Iranian funds."))
    assert returned.plover_type == "RETREAT"


def test_retaliation_and_complaints(coder) -> None:
    threat = _main(events_of(coder, "Iran said it would retaliate against any Israeli strike."))
    assert threat.plover_type == "THREATEN"
    complaint = _main(events_of(coder, "Kenya lodged a complaint with Uganda over the arrest of its citizens."))
    assert complaint.cameo_code == "114" and complaint.plover_type == "ACCUSE"


def test_international_sanctions_are_sanction_discontinue_as_the_manual_says() -> None:
    # "International (political or economic) sanctions are coded as `discontinue'"; the table's COERCE `restrict`
    # is left to restrictions on people's freedoms or movement.
    assert plover_reading("163", "impose", "sanction", frozenset({"union"}), frozenset({"sanction"})) == (
        "SANCTION", "discontinue")


@pytest.mark.parametrize(
    "text",
    [
        "The European Union imposed new sanctions on Russia on Monday.",
        "Washington slapped tariffs on Canadian steel and aluminium.",
    ],
)
def test_sanctions_and_tariffs_keep_their_cameo_code_and_take_the_manuals_type(coder, text: str) -> None:
    event = _main(events_of(coder, text))
    assert (event.cameo_code, event.plover_type, event.plover_mode) == ("163", "SANCTION", "discontinue")

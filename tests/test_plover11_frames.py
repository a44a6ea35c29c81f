"""Eleventh session's PLOVER frames: talks refused as "there will be no talks", meetings told by an existential
"there were" or by their ending, plans approved (a decision taken), formal undertakings (intent), and weapons tests
(MOBILIZE). Sentences written for these tests in the style of wire news (none is from an evaluation set)."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.eval.event_views import main_event


def _main(coder, text: str) -> tuple[str | None, str | None]:
    event = main_event(events_of(coder, text))
    return (event.cameo_code, event.plover_type) if event is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "code", "plover"),
    [
        # an existential "there will be no" talks or truce is a refusal (CAMEO 125 / 1246, PLOVER REJECT `meet`)
        ("The president said there would be no negotiations with terrorists.", "125", "REJECT"),
        ("There will be no talks with the rebels until they disarm, the president said.", "125", "REJECT"),
        ("Israel's prime minister said there would be no ceasefire in Gaza.", "1246", "REJECT"),
        # ... and "there were talks" tells talks held
        ("There were talks between Israel and Hamas in Cairo on Monday.", "040", "CONSULT"),
        ("There was a meeting between Putin and Erdogan in Sochi.", "040", "CONSULT"),
        # talks that ended or concluded were held (CAMEO 04)
        ("Talks between the two Koreas concluded on Friday without agreement.", "040", "CONSULT"),
        ("The summit in Brussels ended with a joint statement.", "040", "CONSULT"),
        # a plan approved is a decision taken, as "decided to send troops" is
        ("The Japanese cabinet approved a plan to send troops to South Sudan.", "154", "MOBILIZE"),
        ("A plan to send 2,000 troops to Afghanistan was approved by the cabinet on Tuesday.", "154", "MOBILIZE"),
        ("Parliament passed a bill to ban the opposition party.", "1722", "COERCE"),
        # "undertook to" is a formal promise: an intent, not the act (CAMEO 035x, AGREE by the CAMEO table)
        ("Russia undertook to withdraw its forces from the border areas.", "0356", "AGREE"),
        ("Iran undertook to release the detained sailors.", "0353", "AGREE"),
        ("The rebels undertook not to attack civilians.", "0356", "AGREE"),
        # weapons tests show capability short of force (CAMEO 150, PLOVER MOBILIZE `weapons`)
        ("North Korea test-fired two ballistic missiles on Sunday.", "150", "MOBILIZE"),
        ("North Korea tested a new intercontinental ballistic missile.", "150", "MOBILIZE"),
        ("North Korea carried out its sixth nuclear test on Sunday.", "150", "MOBILIZE"),
        ("Pakistan conducted a successful test of a nuclear-capable missile.", "150", "MOBILIZE"),
        ("Iran carried out a missile test in the Gulf to pressure the West over sanctions relief.", "150", "MOBILIZE"),
        # ... while firing at someone stays an attack
        ("Rebels fired rockets at the town.", "194", "ASSAULT"),
    ],
)
def test_main_event(coder, text: str, code: str, plover: str) -> None:
    assert _main(coder, text) == (code, plover)


@pytest.mark.parametrize(
    "text",
    [
        "There were no talks on Monday.",  # what did not happen is no refusal
        "There is an increased demand for books in Kabul.",  # a state, not a demand made
        "Pakistani officials acknowledged there was a security threat.",
        "I do not believe there will be his arrest, the lawyer said.",
        "Doctors carried out a DNA test on the remains.",  # a test of no weapon
        "The company tested a new vaccine on volunteers.",
        "The vote was a test of the government's strength.",
        "The cabinet will approve a plan to send troops to South Sudan.",  # not yet approved
        "The cabinet did not approve a plan to send troops to South Sudan.",
        "NATO drew up a plan to deploy troops to Poland.",  # drawn up, not approved
        "The ceasefire ended on Monday.",  # a truce that ends was not held by its end
    ],
)
def test_no_factual_main_event(coder, text: str) -> None:
    assert main_event(events_of(coder, text)) is None


def test_the_speaker_refuses_for_a_clause_with_no_doer(coder) -> None:
    event = main_event(events_of(coder, "Ukraine's foreign minister said there would be no talks with Russia."))
    assert event is not None and event.plover_type == "REJECT"
    assert {actor.country for actor in event.source} == {"UKR"}
    assert {actor.country for actor in event.target} == {"RUS"}


def test_the_approving_body_does_the_planned_act(coder) -> None:
    event = main_event(events_of(coder, "The Japanese cabinet approved a plan to send troops to South Sudan."))
    assert event is not None and {actor.country for actor in event.source} == {"JPN"}


def test_a_test_firing_has_the_tester_as_source(coder) -> None:
    event = main_event(events_of(coder, "North Korea test-fired two ballistic missiles on Sunday."))
    assert event is not None and {actor.country for actor in event.source} == {"PRK"}

"""Tenth session's second PLOVER round: readiness denied is a refusal, a past "when" clause tells what happened,
an agreement dropped for the intent it states lends that intent its confidence, and float noise does not decide
between two equally confident events. Sentences written for these tests in the style of wire news (none is from
an evaluation set)."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.eval.event_views import factual, main_event


def _main(coder, text: str) -> tuple[str | None, str | None]:
    event = main_event(events_of(coder, text))
    return (event.cameo_code, event.plover_type) if event is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # "not ready / prepared / willing to" and "unwilling to": the negation sits on the copula (PLOVER REJECT)
        ("North Korea said it was not prepared to accept the American proposal.", "120"),
        ("Iran said it was not ready to resume talks with the European Union.", "125"),
        ("Hamas is unwilling to release the Israeli hostages, an Egyptian official said.", "1243"),
    ],
)
def test_readiness_denied_is_a_refusal(coder, text: str, code: str) -> None:
    assert _main(coder, text) == (code, "REJECT")


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        # controls: readiness stated is an intent (AGREE), and a patient's "not ready to be repatriated" no refusal
        ("The rebels said they were willing to negotiate with the government.", "AGREE"),
        ("Iran said it was ready to resume talks with the European Union on its nuclear program.", "AGREE"),
    ],
)
def test_readiness_stated_is_an_intent(coder, text: str, plover: str) -> None:
    assert _main(coder, text)[1] == plover


def test_a_patient_not_ready_refuses_nothing(coder) -> None:
    events = events_of(coder, "Refugees in the camp said they were not ready to be repatriated to Somalia.")
    assert not any(event.plover_type == "REJECT" for event in events)


def test_a_past_when_clause_happened(coder) -> None:
    # the attack happened, though the army "was not ready to fight"; the fighting itself did not
    events = factual(events_of(coder, "The army was not ready to fight when the rebels attacked Goma."))
    assert [event.trigger for event in events if event.plover_type == "ASSAULT"] == ["attacked"]


def test_an_unrealised_when_clause_stays_unrealised(coder) -> None:
    events = events_of(coder, "The army will retaliate when attacked, the minister said.")
    assert not any(event.trigger == "attacked" and event.modality.factual for event in events)


@pytest.mark.parametrize(
    "text",
    [
        # the agreement is what the clause reports; the abduction in the relative clause is background
        "The rebels agreed to free the hostages they abducted last month.",
        "Colombian rebels agreed to release the soldiers they kidnapped in March.",
    ],
)
def test_an_agreement_outranks_the_background_act(coder, text: str) -> None:
    assert _main(coder, text) == ("0353", "AGREE")


def test_confidence_moves_in_steps_free_of_float_noise(coder) -> None:
    text = "The rebels agreed to free the hostages they abducted last month, a government spokesman said."
    for event in events_of(coder, text):
        assert event.confidence == round(event.confidence, 2)


def test_armed_men_evacuating_a_named_place_withdraw(coder) -> None:
    # CAMEO 0874 (PLOVER RETREAT): troops leaving a town; people evacuated stay a rescue (073)
    assert _main(coder, "Ukrainian troops evacuated Debaltseve on Wednesday after weeks of shelling.") == (
        "0874",
        "RETREAT",
    )
    assert _main(coder, "The army evacuated 300 civilians from Homs.") == ("073", "AID")
    assert not any(e.cameo_code == "0874" for e in events_of(coder, "Authorities evacuated Debaltseve on Wednesday."))

"""Tenth session's PLOVER rules: inspectors received or sent, workers who stop work, the wounded evacuated, captives
liberated, an order for an administrative measure that carries it out, and a body's conclusion that others must act.
Sentences written for these tests in the style of wire news (none is from an evaluation set)."""

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
        # receiving inspectors, monitors or peacekeepers allows international involvement (PLOVER RETREAT `access`)
        ("Iran received a team of UN nuclear inspectors on Monday.", "0862", "RETREAT"),
        ("Iran received an IAEA inspection mission in Tehran.", "0862", "RETREAT"),
        ("Syria received an Arab League monitoring mission in Damascus.", "0862", "RETREAT"),
        ("Mali received 2,000 peacekeepers from West African states.", "0861", "RETREAT"),
        # ... while a delegation received is still a visit hosted
        ("Egypt received a Hamas delegation in Cairo on Monday.", "043", "CONSULT"),
        # inspectors or investigators sent look into something (PLOVER ACCUSE `investigate`)
        ("The IAEA dispatched inspectors to Iran to monitor the enrichment plant.", "090", "ACCUSE"),
        ("The United Nations sent investigators to the site of the massacre.", "090", "ACCUSE"),
        ("Russia dispatched two warships to the eastern Mediterranean.", "154", "MOBILIZE"),
        # workers who stop work strike (CAMEO 143)
        ("Thousands of dock workers stopped work on Tuesday over unpaid wages.", "143", "PROTEST"),
        ("The US stopped all arms sales to Saudi Arabia.", "163", "SANCTION"),
        # the spaCy model reads "the wounded" as the verb "wound": still people evacuated, a rescue
        ("The Red Cross evacuated the wounded from the besieged city of Homs.", "073", "AID"),
        # captives liberated by the state's forces are rescued (AID), a town liberated is taken
        ("Security forces liberated 15 hostages held by gunmen.", "0841", "AID"),
        ("Government troops liberated the town from the rebels.", "192", "COERCE"),
        # an order given for an administrative measure is the measure
        (
            "The Interior Ministry said it had ordered police to suspend the licences of three newspapers.",
            "1721",
            "COERCE",
        ),
    ],
)
def test_main_event(coder, text: str, code: str, plover: str) -> None:
    assert _main(coder, text) == (code, plover)


def test_the_company_stopping_work_is_no_strike(coder) -> None:
    assert not any(event.plover_type == "PROTEST" for event in events_of(coder, "The company stopped work on the dam."))


def test_an_ordered_measure_is_done_by_the_one_who_ordered_it(coder) -> None:
    text = "Iran's Interior Ministry said it had ordered police to suspend the licences of three newspapers."
    event = main_event(events_of(coder, text))
    assert event is not None and event.cameo_code == "1721"
    assert {actor.country for actor in event.source} == {"IRN"}
    assert all(actor.sector != "COP" for actor in event.source)
    # telling of its own order is no accusation of the police
    assert not any(e.plover_type == "ACCUSE" for e in events_of(coder, text))


@pytest.mark.parametrize(
    "text",
    [
        "The president ordered troops to attack the rebel positions.",  # an order to fight tells no fight yet
        "The court will order the ministry to suspend the newspaper.",  # an order still to be given
    ],
)
def test_an_order_that_is_not_a_measure_taken_stays_unrealised(coder, text: str) -> None:
    acts = [e for e in events_of(coder, text) if e.plover_type in {"ASSAULT", "COERCE"} and e.cameo_code[:2] != "13"]
    assert acts and not any(event.modality.factual for event in acts)


@pytest.mark.parametrize(
    "text",
    [
        "The UN panel concluded that donors must allocate more aid to Somalia.",
        "The European Commission recommended that member states should send more aid to Greece.",
    ],
)
def test_a_body_concluding_that_others_must_act_demands_it(coder, text: str) -> None:
    demands = [e for e in events_of(coder, text) if e.plover_type == "REQUEST" and e.modality.factual]
    assert demands and demands[0].source  # the body that concluded, an international one here
    assert not any(e.plover_type == "AID" and e.modality.factual for e in events_of(coder, text))

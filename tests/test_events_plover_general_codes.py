"""General codes from the CAMEO and PLOVER codebooks for verbs whose lexicon entry named only a few objects, and
the ninth session's other rules: a decision taken is the act decided, a person's name received is a visit hosted,
a nationality's people are people, a crowd that burns or loots is rioting, a state that undoes its own law or
decision concedes, people sent back are repatriated. Sentences written for these tests (none is from an
evaluation set)."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.eval.event_views import main_event
from sitrep.events.lexicon import load_lexicon


def _main(coder, text: str) -> tuple[str | None, str | None]:
    event = main_event(events_of(coder, text))
    return (event.cameo_code, event.plover_type) if event is not None else (None, None)


@pytest.mark.parametrize(
    ("text", "code", "plover"),
    [
        # a decision taken is the act decided (not a threat of it, CAMEO 13)
        ("The EU decided to impose new sanctions on Russia.", "163", "SANCTION"),
        ("The cabinet decided to send troops to Mali.", "154", "MOBILIZE"),
        # "received" a person's name hosts a visit (CAMEO 043)
        ("Egyptian President Abdel Fattah al-Sisi received Sergei Lavrov in Cairo on Sunday.", "043", "CONSULT"),
        # one's diplomats evacuated reduce relations (PLOVER SANCTION `withdraw`); other people are rescued (073)
        ("Britain evacuated its diplomats from Khartoum.", "161", "SANCTION"),
        ("The army said it had evacuated 300 Americans from Kabul.", "073", "AID"),
        ("Authorities ordered the evacuation of 5,000 residents from the flooded region.", "073", "AID"),
        # training: forces and armed groups are military cooperation, other people material cooperation
        ("The Pentagon said the rebels had been trained by Iranian advisers.", "062", "COOPERATE"),
        ("The United States said it had trained Ukrainians in Germany.", "060", "COOPERATE"),
        ("The two countries concluded an agreement on trade on Monday.", "057", "SUPPORT"),
        # yielding and undoing one's own law or decision (CAMEO 08)
        ("The government gave in to the demands of the strikers.", "080", "CONCEDE"),
        ("The government granted autonomy to the region.", "0834", "CONCEDE"),
        ("The government recognised the rights of the minority.", "0833", "CONCEDE"),
        ("The government scrapped the controversial tax law after weeks of protests.", "0832", "CONCEDE"),
        ("The government reversed its decision to raise fuel prices.", "0832", "CONCEDE"),
        ("The junta repealed the ban on opposition rallies.", "081", "CONCEDE"),
        ("The US stopped all arms sales to Saudi Arabia.", "163", "SANCTION"),
        # a crowd that burns, loots or shuts its shops is protesting; the state or soldiers doing so is not
        ("Rioters torched police stations in the capital.", "145", "PROTEST"),
        ("Traders shut their shops in protest.", "143", "PROTEST"),
        ("Soldiers burned the village.", "1712", "ASSAULT"),
        ("The government closed the shops for a week.", "172", "COERCE"),
        ("Vandals defaced the war memorial overnight.", "1712", "ASSAULT"),
        ("Israeli forces carried out the demolition of two Palestinian homes.", "1712", "ASSAULT"),
        # a rescue of a hijacked ship's crew by the state's forces is AID (the manual's hostage rescues)
        ("The navy freed the crew of the hijacked ship.", "0841", "AID"),
        # people sent back are repatriated (PLOVER RETREAT); an outcome accepted yields, and not accepting it refuses
        ("Lebanon returned 300 refugees to Syria.", "0841", "RETREAT"),
        ("The opposition accepted the outcome of the vote.", "080", "CONCEDE"),
        ("The opposition did not accept the results of the election.", "124", "REJECT"),
    ],
)
def test_general_codes(coder, text: str, code: str, plover: str) -> None:
    assert _main(coder, text) == (code, plover)


@pytest.mark.parametrize(
    "text",
    [
        "The committee will decide whether to impose sanctions.",  # a decision still to be taken
        "The EU decides to impose sanctions if the talks fail.",
    ],
)
def test_a_decision_to_come_is_no_act(coder, text: str) -> None:
    assert not any(
        event.cameo_code == "163" and event.modality.factual for event in events_of(coder, text)
    )


def test_a_named_person_only_makes_a_hosted_visit_for_receive(nlp) -> None:
    lexicon = load_lexicon()
    received = next(t for t in nlp("The king received Sergei Lavrov at the palace.") if t.lemma_ == "receive")
    match = lexicon.code_verb(received)
    assert match is not None and match.code == "043"
    letter = next(t for t in nlp("The king received a letter from the mayor.") if t.lemma_ == "receive")
    assert lexicon.code_verb(letter) is None  # a thing received is no visit

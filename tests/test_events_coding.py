"""The events stage through the pipeline: clause analysis, framing, nominal events, ACLED types, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from event_samples import events_of
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.events import codebook
from sitrep.events.lexicon import LEXICON_PATH, Lexicon, LexiconError, load_lexicon, parse_lexicon
from sitrep.model import Article, Event
from sitrep.pipeline import Coder


def _one(coder: Coder, text: str, trigger: str) -> Event:
    matches = [event for event in events_of(coder, text) if event.trigger.split()[0] == trigger]
    assert len(matches) == 1, [(e.trigger, e.cameo_code) for e in events_of(coder, text)]
    return matches[0]


def _countries(actors) -> set[str | None]:
    return {actor.country for actor in actors}


def test_active_clause_source_and_target(coder) -> None:
    event = _one(coder, "Russian forces shelled Kharkiv on Monday.", "shelled")
    assert event.cameo_code == "194"
    assert (event.plover_type, event.plover_mode) == ("ASSAULT", "heavy-weapons")
    assert _countries(event.source) == {"RUS"}
    assert event.source[0].sector == "MIL"
    assert (event.acled_event_type, event.acled_sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert event.quad_class == 4 and event.goldstein == codebook.goldstein("194")


def test_passive_clause_swaps_roles_and_reads_toll(coder) -> None:
    event = _one(coder, "The village was shelled by Russian forces, killing at least 12 people.", "shelled")
    assert _countries(event.source) == {"RUS"}
    assert (event.size.dead, event.size.approximate) == (12, True)
    # the toll belongs to the shelling; "killing" is not an event of its own
    assert [
        e.trigger for e in events_of(coder, "The village was shelled by Russian forces, killing at least 12 people.")
    ] == ["shelled"]


def test_participle_and_coordinated_clauses_share_the_subject(coder) -> None:
    text = (
        "Ukrainian troops crossed into Russia's Kursk region on Tuesday, taking several settlements and "
        "capturing dozens of border guards."
    )
    events = {event.trigger: event for event in events_of(coder, text)}
    assert {"crossed", "taking", "capturing"} <= set(events)
    for event in events.values():
        assert [actor.code for actor in event.source] == ["UKRMIL"]
        assert _countries(event.target) == {"RUS"}
    capturing = events["capturing"]
    assert capturing.plover_type == "COERCE" and capturing.cameo_code == "173"
    assert capturing.target[0].sector == "MIL"
    assert (capturing.size.captured, capturing.size.approximate) == (24, True)
    assert events["taking"].cameo_code == "192"


def test_coordinated_verbs(coder) -> None:
    events = events_of(coder, "Zelensky visited Washington and signed a security agreement with Biden.")
    codes = {event.trigger: event for event in events}
    assert codes["visited"].cameo_code == "042" and codes["signed"].cameo_code == "057"
    assert _countries(codes["signed"].source) == {"UKR"}
    assert _countries(codes["signed"].target) == {"USA"}


def test_nominal_events(coder) -> None:
    incursion = _one(coder, "Ukraine's incursion into Russia surprised Moscow.", "incursion")
    assert _countries(incursion.source) == {"UKR"} and _countries(incursion.target) == {"RUS"}
    airstrike = _one(coder, "An Israeli airstrike killed five civilians in Gaza.", "airstrike")
    assert airstrike.cameo_code == "195" and airstrike.size.dead == 5
    assert _countries(airstrike.source) == {"ISR"}
    assert airstrike.acled_sub_event_type == "Air/drone strike"
    clash = _one(coder, "Clashes between Sudanese army and RSF fighters killed 20.", "Clashes")
    assert [a.sector for a in clash.source] == ["MIL"] and [a.sector for a in clash.target] == ["REB"]
    assert clash.acled_sub_event_type == "Armed clash"


def test_light_verb_carries_the_noun_event(coder) -> None:
    event = _one(coder, "Russia launched a massive drone attack on Kyiv overnight.", "attack")
    assert event.cameo_code == "195"
    assert _countries(event.source) == {"RUS"}
    assert "UKR" in _countries(event.target)


def test_threat_is_not_the_violence_it_mentions(coder) -> None:
    events = events_of(coder, "Russia warned it would strike Kyiv if the attacks continued.")
    assert [event.plover_type for event in events] == ["THREATEN"]
    assert events[0].cameo_code == "138"
    nuclear = events_of(coder, "Putin has used nuclear weapons as part of those threats.")
    assert [event.plover_type for event in nuclear] == ["THREATEN"]
    assert all(event.plover_type != "ASSAULT" for event in events_of(coder, "Iran threatened to attack Israel."))


def test_accusation_frames_the_violence(coder) -> None:
    events = events_of(coder, "Ukraine accused Russia of shelling the nuclear plant.")
    assert [event.cameo_code for event in events] == ["1123"]
    assert _countries(events[0].source) == {"UKR"} and _countries(events[0].target) == {"RUS"}


def test_negated_and_denied_events_are_flagged(coder) -> None:
    (negated,) = events_of(coder, "Russia has not attacked NATO territory.")
    assert negated.modality.negated
    (denied,) = events_of(coder, "Russia denied attacking the convoy.")
    assert denied.modality.negated and denied.plover_type == "ASSAULT"
    (none,) = events_of(coder, "No shelling was reported overnight in Kharkiv.")
    assert none.modality.negated


def test_reported_event_stays_factual(coder) -> None:
    event = _one(coder, "The ministry said its troops repelled an attack on the village.", "repelled")
    assert event.modality.reported and event.modality.factual


def test_diplomacy_and_verbal_conflict(coder) -> None:
    meetings = events_of(coder, "Blinken met with Chinese Foreign Minister Wang Yi in Beijing on Friday.")
    # a meeting "with" someone is coded for both sides (CAMEO 04 is mutual)
    assert {(tuple(_countries(m.source)), tuple(_countries(m.target))) for m in meetings} == {
        (("USA",), ("CHN",)),
        (("CHN",), ("USA",)),
    }
    assert {m.plover_type for m in meetings} == {"CONSULT"}
    sanctions = _one(coder, "The EU imposed new sanctions on Russia.", "imposed")
    assert sanctions.cameo_code == "163" and _countries(sanctions.target) == {"RUS"}
    aid = _one(coder, "Germany sent tanks to Ukraine.", "sent")
    assert aid.cameo_code == "072" and _countries(aid.target) == {"UKR"}
    condemned = _one(coder, "China condemned the US decision.", "condemned")
    assert condemned.plover_type == "ACCUSE" and condemned.cameo_code == "111"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        ("Thousands of protesters rallied peacefully in Tbilisi against the law.", "Peaceful protest"),
        ("Police fired tear gas to disperse protesters in the capital.", "Protest with intervention"),
        ("Rioters torched cars and smashed shop windows during the protest.", "Violent demonstration"),
        ("Gunmen opened fire on a bus carrying passengers, killing three.", "Attack"),
        ("Police arrested the opposition leader at his home.", "Arrests"),
        ("Militants abducted ten schoolgirls from the village.", "Abduction/forced disappearance"),
        ("A roadside bomb exploded near a police convoy.", "Remote explosive/landmine/IED"),
        ("Air defences intercepted three drones over the city.", "Disrupted weapons use"),
    ],
)
def test_acled_sub_event_types(coder, text: str, sub_event_type: str) -> None:
    events = [event for event in events_of(coder, text) if event.acled_sub_event_type]
    assert events, text
    best = max(events, key=lambda event: event.confidence)
    assert best.acled_sub_event_type == sub_event_type, [(e.trigger, e.acled_sub_event_type) for e in events]
    assert codebook.acled_type_of(sub_event_type) == best.acled_event_type


def test_accidents_are_not_attacks(coder) -> None:
    assert events_of(coder, "A gas explosion at a chemical plant killed eight workers.") == []
    assert events_of(coder, "A powerful earthquake struck the region, killing at least two people.") == []
    (bomb,) = events_of(coder, "A bomb placed in a garbage container exploded in Izmir, wounding several people.")
    assert bomb.acled_sub_event_type == "Remote explosive/landmine/IED"


def test_words_that_are_not_events_here(coder) -> None:
    assert events_of(coder, "The company fired its chief executive.") == []
    assert events_of(coder, "He died of a heart attack.") == []
    assert events_of(coder, "The ministry released a statement on Monday.") == []


def test_event_ids_offsets_and_confidence(coder) -> None:
    text = "Talks stalled. Russian troops stormed the town and seized the airport."
    events = events_of(coder, text)
    assert [event.event_id for event in events] == [f"e{n}" for n in range(1, len(events) + 1)]
    for event in events:
        assert text[event.trigger_start : event.trigger_end] == event.trigger
        assert event.sentence in text and 0 <= event.start < event.end <= len(text)
        assert 0.0 < event.confidence <= 1.0


def test_odd_text_never_raises(coder) -> None:
    for text in ["", "   ", "!!!", "attack", "killed killed killed", "x" * 3000, "Bomb.\n\nStrike? 12 12 12"]:
        document = coder.code(Article(id="odd", text=text))
        assert document.error is None


def test_stated_intent_is_an_event_of_its_own(coder) -> None:
    events = events_of(coder, "Syria says it is willing to withdraw its troops from Lebanon.")
    by_type = {event.plover_type: event for event in events}
    assert by_type["RETREAT"].modality.future  # the withdrawal has not happened
    assert by_type["AGREE"].modality.factual and by_type["AGREE"].cameo_code == "0356"
    assert _countries(by_type["AGREE"].source) == {"SYR"}
    aid = [e for e in events_of(coder, "Germany will send tanks to Ukraine.") if e.plover_type == "AGREE"]
    assert [e.cameo_code for e in aid] == ["0332"]


def test_cancelled_and_labour_strikes(coder) -> None:
    (called_off,) = events_of(coder, "The union announced that it has called off a four-day strike.")
    assert called_off.plover_type == "CONCEDE"
    (walkout,) = events_of(coder, "Teachers went on strike in Nairobi.")
    assert walkout.cameo_code == "143" and walkout.acled_event_type == "Protests"


def test_misread_lemmas_and_dates_in_names(coder) -> None:
    # the lemmatizer reads "staged" as "stag"; the light verb must still carry the protest
    protest = _one(coder, "US and British activists staged a dramatic protest in Beijing on Wednesday.", "protest")
    assert _countries(protest.source) == {"USA", "GBR"}
    # "President Bashar Assad Tuesday" is parsed with the day as head; the name is the participant
    met = _one(coder, "Iraq's national security advisor met with Syrian President Bashar Assad Tuesday.", "met")
    assert _countries(met.target) == {"SYR"}


def test_time_phrases_are_not_participants(coder) -> None:
    event = _one(coder, "On Monday, the US Secretary of State called the Russian Foreign Minister.", "called")
    assert event.cameo_code == "041"  # a phone call, not an appeal "on Monday"


def test_lexicon_rejects_repeated_entries() -> None:
    with pytest.raises(LexiconError, match="twice"):
        parse_lexicon('verbs:\n  attack: {code: "190"}\n  attack: {code: "193"}\n')


def test_lexicon_codes_are_cameo(tmp_path: Path) -> None:
    lexicon = load_lexicon()
    assert len(lexicon.verbs) > 150 and len(lexicon.nouns) > 50
    data = parse_lexicon(LEXICON_PATH.read_text(encoding="utf-8"))
    assert lexicon.verbs["call"].particles == {"off": "080"}  # "on"/"off" are words, not YAML booleans
    assert "on" in lexicon.default_target_preps
    data["verbs"]["attack"] = {"code": "999"}
    with pytest.raises(LexiconError, match="999"):
        Lexicon(data)


def test_sitrep_code_cli(tmp_path: Path) -> None:
    lines = [
        {
            "id": "a",
            "text": "Ukrainian troops crossed into Russia's Kursk region on Tuesday, taking several "
            "settlements and capturing dozens of border guards.",
            "published": "2024-08-06",
        },
        {"id": "b", "text": "Iran plans to strike Israel."},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["code", "--input", str(source), "--stage", "events"])
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    capture = next(event for event in first["events"] if event["trigger"] == "capturing")
    assert capture["source"][0]["code"] == "UKRMIL"
    assert capture["size"]["captured"] == 24 and capture["size"]["approximate"] is True
    assert capture["plover"]["type"] == "COERCE" and capture["cameo"]["root"] == "17"
    strike, intent = second["events"]
    assert strike["modality"]["future"] is True and strike["plover"]["type"] == "ASSAULT"
    # announcing a plan to strike is itself a threat, and that did happen
    assert intent["plover"]["type"] == "THREATEN" and intent["modality"]["future"] is False


def test_stage_keeps_up_with_the_parse(nlp, shared_data: Path) -> None:
    """The events stage must leave the pipeline at >= 0.7 of parse-only speed (timed interleaved,
    so load from other processes affects both sides alike)."""
    import time

    from sitrep.events.stage import EventStage
    from sitrep.model import CodedDocument

    lines = (shared_data / "corpus" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    texts = [json.loads(line)["text"] for line in lines]
    stage = EventStage()
    stage(nlp(texts[0]), CodedDocument(Article(id="warm", text=texts[0])))
    parse_seconds = stage_seconds = 0.0
    for number, text in enumerate(texts):
        started = time.perf_counter()
        doc = nlp(text)
        parsed = time.perf_counter()
        stage(doc, CodedDocument(Article(id=str(number), text=text)))
        parse_seconds += parsed - started
        stage_seconds += time.perf_counter() - parsed
    assert parse_seconds / (parse_seconds + stage_seconds) >= 0.7, (parse_seconds, stage_seconds)


# --- recall classes added in the second session (light-verb chains, intent, labels, new verbs) ---------


def _codes(coder: Coder, text: str, factual_only: bool = True) -> list[str | None]:
    return [e.cameo_code for e in events_of(coder, text) if e.modality.factual or not factual_only]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Washington unveiled a new package of military assistance for Kyiv worth $300 million.", "072"),  # chain
        # joint exercises are military cooperation (PLOVER manual: COOPERATE; CAMEO 062), not posturing
        ("Polish and Lithuanian troops took part in joint exercises with NATO allies.", "062"),
        ("The two delegations gathered in Doha for talks on the hostages.", "040"),
        ("Nurses staged a sit-in outside the health ministry over unpaid wages.", "141"),
        ("A bomb went off in a crowded market in Quetta.", "183"),
        ("Government troops retook the town of Kidal from the rebels.", "192"),  # unlemmatised irregular past
        ("Rival militias exchanged fire for several hours in the suburbs of Tripoli.", "190"),
        ("The IMF approved a $2 billion bailout for Egypt.", "071"),
        ("Jordan reopened its border crossing with Syria.", "086"),
        ("Qatar deposited $1 billion in the central bank of Lebanon.", "071"),
        ("Moscow branded the sanctions a provocation.", "111"),
    ],
)
def test_recall_classes_find_their_event(coder, text: str, code: str) -> None:
    assert code in _codes(coder, text), [(e.trigger, e.cameo_code) for e in events_of(coder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The city council approved a new budget for public transport.",  # approving a budget is no aid
        "The stadium will host the opening match of the tournament.",
        "The border is open again after the snow.",  # "open" names no intent here
        "The report described the winter as unusually mild.",  # labelling with no pejorative
    ],
)
def test_recall_classes_keep_non_events_out(coder, text: str) -> None:
    assert _codes(coder, text) == []


def test_stated_readiness_is_intent_or_threat(coder) -> None:
    willing = events_of(coder, "Beijing said it was willing to play a constructive role in ending the war.")
    assert [e.cameo_code for e in willing if e.modality.factual] == ["030"]
    assert willing[0].quad_class == 1 and _countries(willing[0].source) == {"CHN"}
    threat = events_of(coder, "North Korea said it was ready to strike American bases.")
    assert "138" in [e.cameo_code for e in threat if e.modality.factual]
    # readiness for a coded action is coded once, as the intent derived from that action
    withdraw = events_of(coder, "Syria said it was ready to withdraw its troops from Lebanon.")
    assert [e.cameo_code for e in withdraw if e.modality.factual] == ["0356"]
    negated = events_of(coder, "Iran said it was not willing to negotiate with Washington.")
    assert not [e for e in negated if e.cameo_code == "030" and e.modality.factual]


def test_gathering_to_protest_is_the_protest(coder) -> None:
    text = "Thousands of farmers gathered outside parliament to protest against grain imports."
    protest = _one(coder, text, "protest")
    assert protest.modality.factual and protest.cameo_code.startswith("14")
    discuss = _one(coder, "The foreign ministers met in Cairo to discuss the crisis.", "discuss")
    assert not discuss.modality.factual  # a meeting's purpose is still to come


def test_warning_an_addressee_against_an_act_is_the_event(coder) -> None:
    warned = events_of(coder, "Washington warned Beijing against supplying weapons to Moscow.")
    assert [(e.trigger, e.cameo_code[:2]) for e in warned if e.modality.factual] == [("warned", "13")]
    assert _countries(warned[0].target) == {"CHN"}
    # a warning about what others might do stays no event of the speaker's
    about = events_of(coder, "NATO warned that Russia could attack Moldova.")
    assert not [e for e in about if e.modality.factual]

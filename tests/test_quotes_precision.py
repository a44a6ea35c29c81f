"""Stance and speaker precision as an analyst reads it (eighth round, from VOA findings): classifying words
said in passing, support nouns, "consequences", forecasts, "deny the request", subject-less verbs that are
not the speaker's own act; one canonical speaker per group named by acronym, bare plurals, "his mission".
Sentences written for these tests, through ``quotes_of`` on small parsed samples."""

from __future__ import annotations

import pytest

from sitrep.model import Quote
from sitrep.quotes import quotes_of


@pytest.fixture(scope="module")
def resolver():
    from sitrep.quotes.stage import QuoteStage

    stage = QuoteStage()
    if stage.resolver is None:
        pytest.skip("the actor dictionary is not available")
    return stage.resolver


def _label(found: list[Quote]) -> str | None:
    assert found, "no statement found"
    return found[0].stance.label if found[0].stance is not None else None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A classifying word carried by a noun phrase in passing is no condemnation ...
        ("Officials told reporters that 30 detainees, including 12 illegal migrants held at the camp, were "
         "moved to Texas on Monday.", None),
        ("The agency said the raids killed a commander who had planned terrorist attacks on the capital.", None),
        ("The senator said the new aid package would strengthen deterrence against Russian aggression.", None),
        ("The president said his government would not give in to pressure from criminal gangs.", None),
        # ... but it is one when the statement predicates it.
        ("The minister said the annexation was illegal.", "condemns"),
        ("Rights groups said the shelling of the hospital could amount to a war crime.", "condemns"),
        ("The envoy said Moscow had committed war crimes in the region.", "condemns"),
        ("The spokesman said what Beijing considers illegal sanctions would hurt trade.", "condemns"),
        # A judging word condemns wherever it stands.
        ("The adviser said it was time to stop the heinous attacks on worshippers.", "condemns"),
        # Criticism of what was done: "should never have".
        ("The lawmaker said the pause should never have happened in the first place.", "condemns"),
        # Support: the speaker's own backing, not aid or partnership nouns.
        ("The minister said we can continue to support Ukraine in the face of Russia's illegal aggression.",
         "supports"),
        ("The senator said the president is right, and his plan will bring peace.", "supports"),
        ("The officials said the two countries had elevated ties to a strategic partnership.", None),
        ("The agency said it needed money to provide critical support to children in the camps.", None),
        ("The official said there was no signal support at the site of the attack.", None),
        ("The spokesman said: We are absolutely right.", None),
        # Threats: "consequences" someone will face, not consequences in general; no passive "will be hit".
        ("The commander warned that anyone who joins the blockade will face consequences.", "threatens"),
        ("The analyst said the purchase will likely have far-reaching consequences for the region.", None),
        ("The mayor said farming communities will be the hardest hit by the restrictions.", None),
        ("The premier said: If the United States escalates, I will not hesitate to shut the power off.",
         "threatens"),
        ("The militants threatened to conduct an escalated provocation.", "threatens"),
        # A forecast of escalation is not a characterisation of an act.
        ("The analyst said North Korea could escalate its threats by testing weapons again.", None),
        ("The analyst said Pyongyang is expected to move up the escalation ladder this year.", None),
        # A concern cue makes the statement a concern, whatever it is about.
        ("German carmakers fear that retaliation from Beijing could hurt their sales.", "concern"),
        # "deny" a request, entry or access is a refusal, not a denial.
        ("The president denied the request.", None),
        ("The official said the law allowed the government to deny entry visas to such people.", None),
        # "propaganda" named as a practice is no denial; said of a claim it is.
        ("The researcher said the party has long used foreigners to voice its propaganda.", None),
        ("The ministry dismissed the report as propaganda.", "denies"),
        # A subject-less verb inside a statement is the speaker's act only as an infinitive.
        ("The group said the province, rabies-free for decades, is threatened by the trade in dog meat.", None),
        ("He said the leader has spent years undermining the constitution and threatening the country's unity.",
         None),
        ("The board said it had a duty to demand a ceasefire.", "appeals"),
    ],
)
def test_stance_reads_what_the_statement_does(quotes, text: str, label: str | None) -> None:
    assert _label(quotes(text)) == label


def test_a_group_named_by_its_acronym_is_one_speaker(nlp, resolver) -> None:
    text = (
        "The Baloch Liberation Army said it had attacked the train. "
        "The BLA said it was holding 200 hostages. "
        "BLA said it would free women and children."
    )
    found = quotes_of(nlp(text), "t", None, resolver)
    names = {q.speaker.name for q in found if q.speaker is not None}
    assert names == {"Baloch Liberation Army"}
    assert {q.speaker.country for q in found} == {"PAK"}


def test_a_bare_plural_is_no_name_and_the_group_is_found_again(nlp, resolver) -> None:
    text = (
        "The Baloch Liberation Army, a separatist group, said it had attacked the train. "
        "Militants said they had freed dozens of passengers. "
        "The separatist group accused the government of exploiting the province."
    )
    found = quotes_of(nlp(text), "t", None, resolver)
    by_speaker = {q.speaker.text: q.speaker for q in found if q.speaker is not None}
    assert by_speaker["Militants"].name is None
    assert by_speaker["The separatist group"].name == "Baloch Liberation Army"


def test_a_mission_described_by_his_takes_its_owners_country(nlp, resolver) -> None:
    text = (
        "Iran's U.N. ambassador attended the meeting, but his U.N. mission criticized it, saying the "
        "council was being misused."
    )
    found = quotes_of(nlp(text), "t", None, resolver)
    mission = next(q for q in found if q.speaker is not None and q.speaker.text == "his U.N. mission")
    assert mission.speaker.country == "IRN"


def test_a_provincial_premier_has_his_country(nlp, resolver) -> None:
    found = quotes_of(nlp("Ontario Premier Doug Ford said the surcharge would take effect on Monday."), "t",
                      None, resolver)
    assert (found[0].speaker.name, found[0].speaker.country) == ("Doug Ford", "CAN")

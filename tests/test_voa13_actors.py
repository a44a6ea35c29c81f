"""A leader's title over a body in the same phrase is that body's leader (twelfth session, VOA): "the court's
president" presides over a court, and is no head of state. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def mentions(nlp):
    from sitrep.actors import ActorResolver

    resolver = ActorResolver()

    def run(text: str) -> dict[str, tuple[str | None, str | None]]:
        return {actor.text: (actor.code, actor.sector) for actor in resolver.find_mentions(nlp(text), None)}

    return run


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The court's president, Judge Maria Alvarez, rejected the request.",
         "The court's president, Judge Maria Alvarez"),
        ("The president of the Constitutional Court of Senegal rejected the appeal.",
         "The president of the Constitutional Court of Senegal"),
        ("The Supreme Court president criticised the government on Monday.", "The Supreme Court president"),
    ],
)  # fmt: skip
def test_the_president_of_a_court_is_a_judicial_official(mentions, text: str, phrase: str) -> None:
    assert mentions(text)[phrase][1] == "JUD"


def test_a_countrys_president_is_still_its_head_of_state(mentions) -> None:
    assert mentions("Kenya's president accused the court of bias.")["Kenya's president"] == ("KENGOV", "GOV")


def test_the_court_in_a_story_of_a_state_keeps_its_president_a_judge(full_coder) -> None:
    from sitrep.model import Article

    text = (
        "Somalia took Kenya to the International Court of Justice over the sea border. The court's president, "
        "Judge Maria Alvarez, rejected Kenya's request to brief it before the hearings."
    )
    events = full_coder.code(Article(id="t", text=text)).events
    (rejection,) = [event for event in events if event.trigger == "rejected"]
    assert [actor.sector for actor in rejection.source] == ["JUD"]


@pytest.fixture(scope="module")
def full_coder(nlp):
    from sitrep.pipeline import Coder

    return Coder(nlp=nlp)


def test_a_family_name_written_first_goes_on_naming_the_person(full_coder) -> None:
    from sitrep.model import Article

    text = "North Korean leader Kim Jong Un oversaw a missile launch on Monday. Trump met with Kim in Singapore."
    events = full_coder.code(Article(id="t", text=text)).events
    (meeting,) = [event for event in events if event.trigger == "met" and event.source[0].text == "Trump"]
    assert [(actor.text, actor.code) for actor in meeting.target] == [("Kim", "PRKGOV")]


def test_a_surname_still_names_the_person_of_that_surname(full_coder) -> None:
    from sitrep.model import Article

    text = "Former Albanian Prime Minister Sali Berisha was charged on Monday. Berisha rejected the allegations."
    events = full_coder.code(Article(id="t", text=text)).events
    (rejection,) = [event for event in events if event.trigger == "rejected"]
    assert [actor.code for actor in rejection.source] == ["ALBELI"]

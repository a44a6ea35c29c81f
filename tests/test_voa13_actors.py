"""A leader's title over a body in the same phrase is that body's leader (thirteenth session, VOA): "the court's
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

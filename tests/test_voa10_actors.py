"""A state's diplomats at an international organisation are the state's (tenth session, read in the VOA report:
"Iran's U.N. ambassador ... his U.N. mission" was coded as the U.N. itself). Sentences written for the project."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def mentions(nlp):
    from sitrep.actors import ActorResolver

    resolver = ActorResolver()

    def run(text: str) -> list[tuple[str | None, str | None]]:
        return [(actor.code, actor.country) for actor in resolver.find_mentions(nlp(text), None)]

    return run


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("China's U.N. ambassador said no.", "CHNGOV"),
        ("Iran's U.N. mission criticized the statement.", "IRNGOV"),
        ("British Deputy U.N. Ambassador Amaka Obi said so.", "GBRGOV"),
    ],
)
def test_a_states_diplomat_at_the_un_is_the_states(mentions, text: str, code: str) -> None:
    assert mentions(text)[0] == (code, code[:3])


@pytest.mark.parametrize(
    "text",
    ["The U.N. special envoy for Syria called for calm.", "The U.N. mission in Mali was ended."],
)
def test_the_organisations_own_envoys_and_missions_stay_its_own(mentions, text: str) -> None:
    assert mentions(text)[0] == ("IGOUNO", None)

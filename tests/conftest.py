from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data, for evaluation tests; they skip where it is absent (as on a user's machine)."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def nlp():
    from sitrep.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def coder(nlp):
    """A coder that runs the events stage alone (no places): what the event-rule tests code sentences with."""
    from sitrep.pipeline import Coder

    return Coder(stages=["events"], nlp=nlp)


@pytest.fixture(scope="session")
def dating_coder(nlp):
    """A coder that codes events and dates them (no places): what the event-date tests code sentences with."""
    from sitrep.pipeline import Coder

    return Coder(stages=["events", "event_dates"], nlp=nlp)


@pytest.fixture(scope="session")
def gazetteer():
    """The full default gazetteer index, built on first use (once per machine, under $SITREP_HOME)."""
    from sitrep.geo.gazetteer import get_gazetteer

    return get_gazetteer()


@pytest.fixture(scope="session")
def stage(gazetteer):
    """The places stage over the default gazetteer: what the place tests code sentences with."""
    from sitrep.geo.stage import PlaceStage

    return PlaceStage(gazetteer)


@pytest.fixture(scope="session")
def quotes(nlp):
    """The statements ``quotes_of`` finds in a small parsed text: what the quote tests read."""
    from sitrep.quotes import quotes_of

    def run(text: str):
        return quotes_of(nlp(text), "test")

    return run

"""A district named inside a stated city or region that the index does not know there.

District names repeat across a country: Ukraine has a "Kyivskyi district" in several cities, and the
index (cities500) lists only some of them, as places of their own. "The Kyivskyi district of Kharkiv" must
not become the one in Donetsk oblast because that is the one the index has: when the text states the
container ("of Kharkiv", "in Kharkiv", "Kharkiv's") and no candidate of the district's name lies in it, the
district is placed at its container, the finer place the text vouches for, with the container's precision.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sitrep.geo.gazetteer import Candidate
from sitrep.model import Place

# The words that make a name a part of a town or region, not a town of its own.
_SUB_PLACE = re.compile(
    r"\b(?:district|neighbou?rhood|suburb|quarter|raion|rayon|borough|ward|microdistrict)s?$", re.IGNORECASE
)


def names_a_sub_place(text: str) -> bool:
    """ "Kyivskyi district", "the Karada neighbourhood": a part of a town or region by its own words."""
    return _SUB_PLACE.search(text.strip()) is not None


def unknown_in_container(
    text: str,
    candidates: tuple[Candidate, ...],
    container: Candidate | None,
    contains: Callable[[Candidate, Candidate], bool | None],
) -> bool:
    """Whether a sub-place stated to lie in ``container`` has no candidate of its name there."""
    if container is None or not names_a_sub_place(text):
        return False
    return not any(contains(container, candidate) is True for candidate in candidates)


def placed_at_container(place: Place, container: Place) -> Place:
    """The district's mention, placed at its container (a coarser place, with the container's score)."""
    return replace(
        container, text=place.text, start=place.start, end=place.end, role=place.role
    )

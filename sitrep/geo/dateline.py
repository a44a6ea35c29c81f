"""The dateline that opens a wire story: "KYIV, Ukraine (AP) — ", "WASHINGTON, Jan 5 (Reuters) - ", "GAZA CITY —".

Its upper-case place is where the reporter files from (the publication place), not where the story's events
happened; the model reads such words as organisations or not at all, so they are found here by their form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# An upper-case place (with an optional ", Country" or date), an optional agency in brackets, then a dash.
_DATELINE = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’\- ]{1,40}?)\s*(?:,[^\n()—–-]{1,40})?\s*(?:\([A-Za-z .&]{1,30}\))?\s*(?:—|–|--?)\s"
)
_SEARCH_CHARS = 160


@dataclass(frozen=True, slots=True)
class Dateline:
    place_start: int
    place_end: int
    end: int  # where the story's first sentence begins

    def place_name(self, text: str) -> str:
        """The place as the gazetteer spells it: "GAZA CITY" -> "Gaza City"."""
        return text[self.place_start : self.place_end].title()


def find_dateline(text: str) -> Dateline | None:
    match = _DATELINE.match(text, 0, _SEARCH_CHARS)
    if match is None:
        return None
    return Dateline(match.start("place"), match.end("place"), match.end())

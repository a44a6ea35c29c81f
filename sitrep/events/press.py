"""Talking to the press is no consultation.

"Speaking to VOA, the minister said ...", "the army chief spoke to the BBC", "talked to Reuters": a news outlet
is the channel of a statement (the quotes stage carries what was said), not a party the speaker consults (CAMEO
04 is consultation between political actors), and an outlet that speaks with someone ("VOA spoke with Armitage")
interviews them. The lexicon already skips "spoke to reporters" by the
object's word; an outlet named by its own name ("VOA", "Al Jazeera") is known only once actors are resolved, as
an actor of PLOVER's sector JRN.
"""

from __future__ import annotations

from sitrep.model import ActorRef, Event

PRESS_SECTORS = frozenset({"JRN"})
CONSULT_ROOT = "04"


def press_only(actors: list[ActorRef]) -> bool:
    """Whether every one of ``actors`` (at least one) is a news outlet or a journalist."""
    return bool(actors) and all(actor.sector in PRESS_SECTORS for actor in actors)


def told_the_press(event: Event) -> bool:
    """A consultation (CAMEO 04) one of whose sides is only the press: an interview, not a consultation, whether
    the outlet is spoken to ("spoke to VOA") or speaks with someone ("VOA spoke with Armitage about his trip")."""
    return (event.cameo_code or "")[:2] == CONSULT_ROOT and (press_only(event.target) or press_only(event.source))

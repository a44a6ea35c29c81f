"""What of a coded document is scored: its main event, actor countries, PETRARCH-style codings."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sitrep.model import ActorRef, Event

# PETRARCH/CAMEO actor codes that stand for an international entity instead of a country;
# sitrep gives such actors ``country = None`` and a code that starts with the same three letters.
INTERNATIONAL_PREFIXES = frozenset({"IGO", "NGO", "NGM", "IMG", "MNC", "ISM", "UNO", "EUR"})
UNKNOWN_COUNTRY = "---"


def factual(events: Iterable[Event]) -> list[Event]:
    """Events the text says happened: not negated, hypothetical or future."""
    return [event for event in events if event.modality.factual]


# CAMEO roots of statements: making one (01: "claimed responsibility") or disapproving (11: "accused").
STATEMENT_ROOTS = frozenset({"01", "11"})


def cameo_view(events: Iterable[Event]) -> list[Event]:
    """The factual events as CAMEO codes a sentence: a party's statement about an act, not the act.

    "The US claimed that ISIL had attacked Iraq" is one coding in CAMEO (US accuses ISIL); sitrep also
    keeps the attack, flagged ``reported`` (sitrep.events.claims). Here a reported act whose trigger lies
    after a statement's trigger and inside that statement's clause is left out.
    """
    kept = factual(events)
    statements = [event for event in kept if (event.cameo_code or "")[:2] in STATEMENT_ROOTS]

    def told_by_statement(event: Event) -> bool:
        if not event.modality.reported or event.trigger_start is None:
            return False
        return any(
            statement is not event
            and statement.sentence == event.sentence
            and statement.trigger_start is not None
            and statement.trigger_start < event.trigger_start < statement.end
            and statement.start <= event.trigger_start
            for statement in statements
        )

    return [event for event in kept if not told_by_statement(event)]


# Roots of the intents sitrep derives from a stated future act of the doer's own: "will meet" (036),
# "will supply arms" (0332), "pledged to expel" (138).
INTENT_ROOTS = frozenset({"03", "13"})


def announced_acts_view(events: Iterable[Event]) -> list[Event]:
    """``cameo_view`` with each announced act coded as the act, the PETRARCH coders' convention.

    sitrep codes "The United States will supply arms to Israel" as CAMEO does: the act is flagged
    ``future`` (not factual) and the doer's stated intent (0332) is the factual event. Coders of the
    PETRARCH family (and the UniversalPetrarch gold records) have no modality and code the act itself
    (072). Here the intent is replaced by the future act it was derived from (same trigger, same doer).
    """
    events = list(events)
    announced: dict[int, list[Event]] = {}  # by trigger: a meeting is coded once from each side
    for event in events:
        if event.modality.future and not event.modality.negated and event.trigger_start is not None:
            announced.setdefault(event.trigger_start, []).append(event)
    view = []
    for event in cameo_view(events):
        same_trigger = announced.get(event.trigger_start, []) if event.trigger_start is not None else []
        act = next((act for act in same_trigger if act is not event and _same_parties(act.source, event.source)), None)
        if act is not None and (event.cameo_code or "")[:2] in INTENT_ROOTS:
            view.append(act)
        else:
            view.append(event)
    return view


def _same_parties(first: list[ActorRef], second: list[ActorRef]) -> bool:
    return [(a.code, a.text) for a in first] == [(a.code, a.text) for a in second]


def main_event(events: Iterable[Event], wanted: Callable[[Event], bool] | None = None) -> Event | None:
    """The document's main event (DESIGN.md): the most confident factual event.

    ``wanted`` narrows the candidates (e.g. events with an ACLED type, when a snippet is scored
    against ACLED labels). Ties go to the event read first in the text.
    """
    candidates = [event for event in factual(events) if wanted is None or wanted(event)]
    if not candidates:
        return None
    return min(candidates, key=lambda event: (-event.confidence, event.start))


def country_of_code(code: str | None) -> str | None:
    """The country (or international entity) of a PETRARCH/PLOVER actor code: ``USAGOV`` -> ``USA``.

    ``---GOV`` (unknown country) and empty codes give ``None``; ``IGOUNO`` gives ``IGO``.
    """
    if not code:
        return None
    prefix = code.strip().upper()[:3]
    if len(prefix) < 3 or prefix == UNKNOWN_COUNTRY:
        return None
    return prefix


def actor_country(actor: ActorRef) -> str | None:
    """The country of a resolved actor, or the international-entity prefix of its code (``IGO``)."""
    if actor.country:
        return actor.country.upper()
    prefix = country_of_code(actor.code)
    return prefix if prefix in INTERNATIONAL_PREFIXES else None


def actor_countries(actors: Iterable[ActorRef]) -> list[str | None]:
    """One country per actor; ``[None]`` when there is no actor, so every event yields a pair."""
    countries = [actor_country(actor) for actor in actors]
    return countries or [None]


def country_triples(event: Event, exact_code: bool = False) -> set[tuple[str | None, str | None, str | None]]:
    """(source country, target country, CAMEO root or code) for every source x target pair."""
    if not event.cameo_code:
        return set()
    code = event.cameo_code if exact_code else event.cameo_code[:2]
    return {
        (source, target, code) for source in actor_countries(event.source) for target in actor_countries(event.target)
    }


def petrarch_codings(event: Event) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO code) for every source x target pair, in PETRARCH's terms."""
    if not event.cameo_code:
        return set()
    sources = [actor.code or "" for actor in event.source] or [""]
    targets = [actor.code or "" for actor in event.target] or [""]
    return {(source, target, event.cameo_code) for source in sources for target in targets}

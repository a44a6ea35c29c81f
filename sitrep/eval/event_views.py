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

"""Keeping the store's incidents up to date with its coded events, incrementally."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sitrep.analysis.article_links import ELIGIBLE_KINDS, link_articles, link_kind, publication_days
from sitrep.analysis.incidents import DATE_WINDOW_DAYS, IncidentClusterer, IncidentState, summarise
from sitrep.store import Store
from sitrep.store import incidents as incident_rows


@dataclass(frozen=True, slots=True)
class IncidentUpdate:
    new_mentions: int
    incidents_touched: int
    incidents_total: int
    articles_linked: int = 0  # articles linked as a whole (a reaction, a follow-up without an event)


def update_incidents(store: Store) -> IncidentUpdate:
    """Cluster the events not yet in an incident; only incidents they could join are loaded. One transaction."""
    connection = store.connection
    connection.execute("BEGIN TRANSACTION")
    try:
        stale = incident_rows.drop_stale_mentions(connection)
        new = incident_rows.unclustered_mentions(connection)
        unreported = incident_rows.unreported_articles(connection)
        dated = [m.event_date for m in new if m.event_date is not None]
        dated += [article.published for article in unreported if article.published is not None]
        touched = set(stale)
        if dated:
            touched |= incident_rows.incidents_near(connection, min(dated), max(dated), DATE_WINDOW_DAYS["month"])
        states = []
        for incident_id, mentions in incident_rows.mentions_of(connection, touched).items():
            if mentions:
                state = IncidentState(incident_id, mentions[0].plover_type)
                for mention in mentions:
                    state.add(mention)
                states.append(state)
        clusterer = IncidentClusterer(states)
        assigned = [(clusterer.add(mention), mention) for mention in new]
        merged = clusterer.merge_pass({incident_id for incident_id, _ in assigned})
        assigned = [(merged.get(incident_id, incident_id), mention) for incident_id, mention in assigned]
        incident_rows.reassign(connection, merged)  # mentions stored earlier follow their incident
        changed = {incident_id for incident_id, _ in assigned} | stale | set(merged) | set(merged.values())
        summaries = [
            summarise(clusterer.incidents[i]) for i in sorted(changed) if i in clusterer.incidents
        ]
        emptied = (stale | set(merged)) - {summary.incident_id for summary in summaries}
        incident_rows.save(connection, assigned, summaries, emptied)
        joined: dict[str, set[str]] = {}
        types: dict[str, set[str]] = {}
        for incident_id, mention in assigned:
            joined.setdefault(mention.article_id, set()).add(incident_id)
            types.setdefault(mention.article_id, set()).add(link_kind(mention.plover_type, mention.plover_mode))
        # Only articles whose events are all reactions, talks, withdrawals or concessions may be linked: the
        # others' texts are not read.
        reacting = [
            replace(article, own_incidents=frozenset(joined[article.article_id]))
            for article in incident_rows.article_texts(
                connection, [article_id for article_id, kinds in types.items() if kinds <= ELIGIBLE_KINDS]
            )
        ]
        # Reactions stored before the incident they react to (earlier in the batch, or in an earlier run)
        # are looked at again whenever an incident of their days is created or changed: the same articles
        # give the same links whatever order they came in.
        waiting = incident_rows.reaction_articles_on(
            connection, publication_days(clusterer.incidents[summary.incident_id] for summary in summaries),
            ELIGIBLE_KINDS, clusterer.incidents.keys(),
        )
        candidates = {article.article_id: article for article in [*reacting, *unreported, *waiting]}
        links = link_articles(candidates.values(), clusterer.incidents)
        # A link is removed, not only moved, when it no longer holds: the article was looked at again and
        # fits no incident now, or one of its own events has since joined another article's incident.
        stale = incident_rows.stale_links(connection, candidates, {link.article_id for link in links})
        incident_rows.save_links(connection, links, [summary.incident_id for summary in summaries], stale)
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    total = connection.execute("SELECT count(*) FROM incidents").fetchone()[0]
    return IncidentUpdate(len(assigned), len(changed), total, len(links))

"""``sitrep assess``: a short, evidence-linked verdict on whether a dyad, pair, region or incident is escalating."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import duckdb

from sitrep.analysis.ladder import load_ladder
from sitrep.analysis.series import Scope, build_series, normalise_key
from sitrep.analysis.signals import VIOLENT_RUNG, PeriodAssessment, Signal, assess_series, statements_about

_SPAN = re.compile(r"^(\d+)\s*([dwmy])$")
_STANCE_PHRASES = {
    "escalatory": "calls it escalatory",
    "not_escalatory": "says it is not escalatory",
    "threatens": "threatens",
    "condemns": "condemns it",
}


def parse_span(text: str) -> timedelta:
    """'7d', '2w', '3m', '1y' as a length of time."""
    match = _SPAN.match(text.strip().lower())
    if not match:
        raise ValueError(f"expected a span such as 7d, 2w, 3m or 1y, got {text!r}")
    count, unit = int(match.group(1)), match.group(2)
    return timedelta(days=count * {"d": 1, "w": 7, "m": 30, "y": 365}[unit])


def latest_incident_date(connection: duckdb.DuckDBPyConnection) -> date | None:
    return connection.execute("SELECT max(date_value) FROM incidents").fetchone()[0]


@dataclass(slots=True)
class Assessment:
    scope: str
    key: str
    start: date
    end: date
    verdict: str  # escalation, unconfirmed, elevated, no change, de-escalation, new, law enforcement, no data
    headline: str
    signals: list[Signal] = field(default_factory=list)
    statements: list[dict] = field(default_factory=list)
    incidents: int = 0
    articles: int = 0
    outlets: int = 0
    baseline: str = ""
    # The line's highest rung, or the escalation it reports, rests on one article: to be confirmed.
    single_report: bool = False

    def to_dict(self) -> dict:
        return {
            "scope": self.scope,
            "key": self.key,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "verdict": self.verdict,
            "headline": self.headline,
            "signals": [signal.to_dict() for signal in self.signals],
            "statements": self.statements,
            "incidents": self.incidents,
            "articles": self.articles,
            "outlets": self.outlets,
            "baseline": self.baseline,
            "single_report": self.single_report,
        }


ESCALATION_RUNG = 4  # mobilisation and military posturing
THREAT_OF_FORCE_RUNG = 3  # below it (criticism, trade measures), a surge of intensity is "elevated"
DOMESTIC_VERDICT = "law enforcement"  # a country's series made only of its own arrests, deportations and bans


def counted(number: int, noun: str) -> str:
    """ "1 outlet", "3 outlets": a report read by people, not parsed."""
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _sourcing(connection: duckdb.DuckDBPyConnection, incident_ids: list[str]) -> tuple[int, int]:
    if not incident_ids:
        return 0, 0
    articles, outlets = connection.execute(
        """
        SELECT count(DISTINCT m.article_id), count(DISTINCT coalesce(a.outlet, a.id))
        FROM incident_mentions m JOIN articles a ON a.id = m.article_id WHERE list_contains(?, m.incident_id)
        """,
        [incident_ids],
    ).fetchone()
    return articles, outlets


CORROBORATING_ARTICLES = 2  # a rung an analyst takes as established: told by at least two articles


def _support_by_rung(connection: duckdb.DuckDBPyConnection, incident_ids: list[str]) -> dict[int, int]:
    """For each rung among these incidents, how many articles tell of an incident on that rung or above:
    two reports of fighting, or one of fighting and one of shelling, both say the pair is at war."""
    if not incident_ids:
        return {}
    rows = connection.execute(
        """
        SELECT coalesce(i.rung, 0), list(DISTINCT m.article_id) FROM incidents i JOIN incident_mentions m
        USING (incident_id) WHERE list_contains(?, i.incident_id) GROUP BY ALL
        """,
        [incident_ids],
    ).fetchall()
    support: dict[int, int] = {}
    articles: set[str] = set()
    for rung, ids in sorted(rows, key=lambda row: -row[0]):
        articles.update(ids)
        support[rung] = len(articles)
    return support


def corroboration(support: dict[int, int], top: int) -> str:
    """ "(a single report) — unconfirmed; best supported: rung 1, criticism, … (3 articles)" when the top
    rung rests on one article, else "". A dyad's highest rung read from one sentence of one story (a ban on
    chip exports, an interview's aside) is a lead to check, not the level of the conflict."""
    if support.get(top, 0) >= CORROBORATING_ARTICLES or top not in support:
        return ""
    text = " (a single report) — unconfirmed"
    backed = [rung for rung, articles in support.items() if rung < top and articles >= CORROBORATING_ARTICLES]
    if backed:
        best = max(backed)
        text += (f"; best supported: rung {best}, {load_ladder().name_of(best)} "
                 f"({counted(support[best], 'article')})")
    return text


def _description(text: str | None) -> str | None:
    """An unnamed speaker's words as they read inside a sentence: "An adviser" → "an adviser"."""
    if text and text.split(" ", 1)[0] in {"A", "An", "The"}:
        return text[0].lower() + text[1:]
    return text


_PLURAL_STANCE_PHRASES = {
    "escalatory": "call it escalatory",
    "not_escalatory": "say it is not escalatory",
    "threatens": "threaten",
    "condemns": "condemn it",
}


def _is_plural(description: str) -> bool:
    """ "White House officials", "analysts": a description whose last word is a plural noun."""
    last = description.split()[-1].casefold() if description.split() else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "'s", "’s")) and last.isalpha()


def _statement_summary(statements: list[dict], internal: bool = False) -> str:
    """ "RUS calls it escalatory, an adviser condemns it". Between two countries a speaker is read as
    its country; in a country's own conflict every speaker has the same country, so names are kept."""
    phrases: list[str] = []
    seen: set[str] = set()
    for statement in statements:
        who = statement["speaker"] if internal else statement["country"] or statement["speaker"]
        plural = bool(who) and who != statement["country"] and _is_plural(who) and not who.split()[-1][0].isupper()
        if not who:
            who = _description(statement["speaker_text"]) or "a speaker"
            plural = _is_plural(who)
        wording = (_PLURAL_STANCE_PHRASES if plural else _STANCE_PHRASES).get(statement["stance"], statement["stance"])
        phrase = f"{who} {wording}"
        # "The BLA" and "BLA" are one speaker; a speaker is named once, with the first (strongest) of its
        # stances: "the Taliban threatens, …, the Taliban condemns it" reads as two speakers.
        seen_key = re.sub(r"^(?:the|a|an) ", "", who.casefold())
        if seen_key not in seen:
            seen.add(seen_key)
            phrases.append(phrase)
    return ", ".join(phrases[:4])


def display_key(key: str) -> str:
    """ "UKR->RUS" as "UKR→RUS"; a country's own conflict ("PAK-PAK", "PAK->PAK") as "PAK (internal)"."""
    sides = key.replace("->", "-").split("-")
    if len(sides) == 2 and sides[0] == sides[1] and "/" not in key:
        return f"{sides[0]} (internal)"
    return key.replace("->", "→")


def parties_of(scope: str, key: str) -> frozenset[str] | None:
    """The two countries of a dyad or pair key ("UKR->RUS", "RUS-UKR"); None for a region."""
    if scope not in ("dyad", "pair"):
        return None
    sides = frozenset(side for side in key.replace("->", "-").split("-") if side)
    return sides or None


UNCONFIRMED = "unconfirmed"  # escalation signals that all rest on one article


def _escalating(periods: list[PeriodAssessment]) -> list[Signal]:
    """Signals an analyst calls escalation: a new rung from posturing up, a novelty (violence somewhere new),
    and intensity above its baseline in a period that reached threats of force or more. A trade war's tariffs
    and economic threats piling up raise the intensity too, but no one threatened force: elevated."""
    return [
        signal for period in periods for signal in period.signals
        if signal.kind == "novelty"
        or (signal.kind == "intensity" and period.point.max_rung >= THREAT_OF_FORCE_RUNG)
        or (signal.kind == "rung" and max((e.rung for e in signal.evidence), default=0) >= ESCALATION_RUNG)
    ]


def _verdict(periods: list[PeriodAssessment]) -> str:
    if not any(period.point.incidents for period in periods):
        return "no data"
    # A first word of criticism in a quiet series climbs the ladder, but only the rungs from posturing
    # up (mobilisation, sanctions, force) are what an analyst calls escalation; words alone are "elevated".
    escalating = _escalating(periods)
    if escalating:
        # One article's reading of one sentence is a lead, not an escalation: it waits for a second report.
        backing = {article for signal in escalating for item in signal.evidence for article in item.article_ids}
        return "escalation" if len(backing) >= CORROBORATING_ARTICLES else UNCONFIRMED
    if any(signal.kind in ("rung", "intensity") for period in periods for signal in period.signals):
        return "elevated"
    zs = [period.z for period in periods if period.z is not None and period.point.incidents]
    if zs and max(zs) >= 1.0:
        return "elevated"
    if zs and max(zs) <= -1.0:
        return "de-escalation"
    return "no change"


def _has_history(connection: duckdb.DuckDBPyConnection, scope: Scope, key: str, start: date, days: int) -> bool:
    """Whether the series had incidents in the ``days`` before ``start``; for a dyad, either direction
    counts (the first incursion by the side that was being shelled is a step in the same war)."""
    if scope == "dyad":
        scope, key = "pair", normalise_key("pair", key)
    series = build_series(connection, scope, "week", key, start - timedelta(days=days), start - timedelta(days=1))
    return any(point.incidents for point in series.get(key, []))


def assess(
    connection: duckdb.DuckDBPyConnection,
    scope: Scope,
    key: str,
    start: date,
    end: date,
    history_days: int = 180,
) -> Assessment:
    """Signals in [start, end] for one series, judged against its own history before ``start``."""
    key = normalise_key(scope, key)
    series = build_series(connection, scope, "week", key, start - timedelta(days=history_days), end).get(key, [])
    periods = assess_series(connection, series)
    window = [period for period in periods if period.point.period_start + timedelta(days=6) >= start]
    incident_ids = [i for period in window for i in period.point.incident_ids]
    measures = [i for period in window for i in period.point.domestic_measure_ids]
    signals = sorted((s for p in window for s in p.signals), key=lambda s: -s.strength)
    statements = statements_about(connection, incident_ids, parties_of(scope, key))
    articles, outlets = _sourcing(connection, incident_ids)
    verdict = _verdict(window)
    parties = parties_of(scope, key)
    internal = bool(parties) and len(parties) == 1
    if internal and verdict in ("escalation", UNCONFIRMED) and max((p.point.max_rung for p in window),
                                                                   default=0) < VIOLENT_RUNG:
        # Inside one country, threats, protests and words climbing are domestic politics until there is organised
        # violence: the report lists a country's own series only then, and calls it escalation only then.
        verdict = "elevated"
    arrow = display_key(key)
    support = _support_by_rung(connection, [i for i in incident_ids if i not in set(measures)])
    single_report = False
    parts = [f"{arrow}: {'unconfirmed escalation' if verdict == UNCONFIRMED else verdict}"]
    if incident_ids and len(measures) == len(incident_ids):
        # Arrests, deportations and bans of a state at home, and nothing else: law enforcement, not a conflict.
        verdict = DOMESTIC_VERDICT
        parts = [f"{arrow}: {DOMESTIC_VERDICT} — arrests, deportations or bans inside the country, "
                 "not counted as escalation"]
        signals = [signal for signal in signals if signal.kind not in ("rung", "novelty", "intensity")]
    elif verdict != "no data" and not _has_history(connection, scope, key, start, history_days):
        # Nothing before the period to compare with (a corpus of one week, a pair never seen before):
        # every rung is "above the trailing maximum of 0", which says nothing about escalation.
        verdict = "new"
        top = max((period.point.max_rung for period in window), default=0)
        parts = [f"{arrow}: new — no earlier incidents to compare with; highest rung {top}: "
                 f"{load_ladder().name_of(top)}"]
        caveat = corroboration(support, top) if top else ""
        parts[0] += caveat  # the line a reader takes away rests on one article
        single_report = bool(caveat)
        # Intensity "above a trailing mean of 0" is the same non-news as a rung above 0.
        signals = [signal for signal in signals if signal.kind not in ("rung", "novelty", "intensity")]
    elif signals:
        parts[0] += f" — {signals[0].explanation}"
        backing = {article for item in signals[0].evidence for article in item.article_ids}
        if len(backing) == 1:
            parts[0] += " (a single report)"  # one article's reading of one sentence: to be confirmed
        single_report = len(backing) == 1 or verdict == UNCONFIRMED
    summary = _statement_summary(statements, internal=internal)
    tail = [summary] if summary else []
    if measures and verdict != DOMESTIC_VERDICT:
        what = ("1 arrest, deportation or ban" if len(measures) == 1
                else f"{len(measures)} arrests, deportations or bans")
        tail.append(f"{what} inside the country not counted as escalation")
    tail.append(f"{counted(len(incident_ids), 'incident')}, {counted(articles, 'article')}, "
                f"{counted(outlets, 'outlet')}")
    baseline_change = max((period.baseline_score for period in window), default=0.0)
    return Assessment(
        scope, key, start, end, verdict, "; ".join(parts + tail), signals, statements, len(incident_ids),
        articles, outlets,
        baseline=f"no-change baseline: largest week-on-week change in intensity {baseline_change:.1f}",
        single_report=single_report,
    )


def assess_incident(connection: duckdb.DuckDBPyConnection, incident_id: str) -> Assessment:
    """One incident against its dyad's history: is it a step up the ladder, or somewhere new?"""
    row = connection.execute(
        "SELECT source_country, target_country, date_value, rung, summary FROM incidents WHERE incident_id = ?",
        [incident_id],
    ).fetchone()
    if row is None:
        raise LookupError(f"no incident {incident_id!r}")
    source, target, day, rung, summary = row
    if not (source and target and day):
        statements = statements_about(connection, [incident_id])
        articles, outlets = _sourcing(connection, [incident_id])
        return Assessment(
            "incident", incident_id, day or date.min, day or date.min, "no data",
            f"{incident_id}: {summary} (no dyad or date to compare with); {counted(articles, 'article')}, "
            f"{counted(outlets, 'outlet')}",
            statements=statements, incidents=1, articles=articles, outlets=outlets,
        )
    result = assess(connection, "dyad", f"{source}->{target}", day, day)
    ladder = load_ladder()
    result.headline = f"{result.headline} | incident rung {rung}: {ladder.name_of(rung)} | {summary}"
    return result

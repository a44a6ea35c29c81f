"""Escalation signals, each with the incidents and sentences behind it.

For one series (a dyad, a pair or a region), per period:
- ``rung``: an incident on a higher rung of the ladder than the series' trailing maximum;
- ``novelty``: the first violent incident inside the target's own territory, or in an admin1
  region where the series had none before, or the first reported use of a named weapon system
  (the ladder file lists them), anywhere or inside the target's own territory;
- ``intensity``: conflict intensity above its trailing baseline (z-score);
- ``statements``: what the parties say, from quotes labelled escalatory, not escalatory or threats.

The escalation score of a period adds these up (see ``score_period``). A no-change
baseline is always computed beside it: a forecaster that expects every period to look
like the one before, whose surprise is the absolute change in intensity.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import asdict, dataclass, field
from datetime import date

import duckdb

from sitrep.analysis.ladder import load_ladder
from sitrep.analysis.series import SeriesPoint
from sitrep.analysis.statements import (
    MAX_GAP_CHARS,
    concerns_parties,
    is_forecast,
    rank_statements,
    statement_flaw,
)

# A new rung is judged against the past year; intensity against the past quarter (in weeks).
RUNG_MEMORY_PERIODS = 52
INTENSITY_BASELINE_PERIODS = 12
# The spread of intensity is never taken below that of one single-source attack (Goldstein -10,
# weight ln 2): in a quiet series one incident is news, not a trend.
MIN_INTENSITY_SPREAD = 10 * math.log(2)
VIOLENT_RUNG = 6


@dataclass(slots=True)
class Evidence:
    incident_id: str
    summary: str
    date: str | None
    rung: int
    num_sources: int
    article_ids: list[str] = field(default_factory=list)
    location_country: str | None = None
    location_admin1: str | None = None
    target_country: str | None = None
    text: str = ""  # every sentence that reports the incident
    source_country: str | None = None


@dataclass(slots=True)
class Signal:
    kind: str  # rung, novelty, intensity, statements
    period_start: date
    strength: float
    explanation: str
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "period_start": self.period_start.isoformat(),
            "strength": round(self.strength, 3),
            "explanation": self.explanation,
            "evidence": [asdict(item) for item in self.evidence],
        }


@dataclass(slots=True)
class PeriodAssessment:
    point: SeriesPoint
    score: float
    baseline_score: float
    z: float | None
    signals: list[Signal]


def _evidence(connection: duckdb.DuckDBPyConnection, incident_ids: list[str]) -> dict[str, Evidence]:
    if not incident_ids:
        return {}
    rows = connection.execute(
        """
        SELECT i.incident_id, i.summary, CAST(i.date_value AS VARCHAR), i.rung, i.num_sources,
               list(DISTINCT m.article_id ORDER BY m.article_id), i.location_country, i.location_admin1,
               i.target_country, string_agg(e.sentence, ' '), i.source_country
        FROM incidents i JOIN incident_mentions m USING (incident_id)
        LEFT JOIN events e ON e.article_id = m.article_id AND e.event_id = m.event_id
        WHERE list_contains(?, i.incident_id)
        GROUP BY ALL
        """,
        [incident_ids],
    ).fetchall()
    return {
        row[0]: Evidence(row[0], row[1], row[2], row[3] or 0, row[4] or 0, list(row[5]), row[6], row[7], row[8],
                         row[9] or "", row[10])
        for row in rows
    }


def assess_series(connection: duckdb.DuckDBPyConnection, points: list[SeriesPoint]) -> list[PeriodAssessment]:
    """Signals and scores for every period of one series, in order."""
    ladder = load_ladder()
    all_ids = [incident_id for point in points for incident_id in point.incident_ids]
    facts = _evidence(connection, all_ids)
    seen_inside_target = False
    seen_regions: set[str] = set()
    seen_weapons: set[str] = set()
    # A pair's or dyad's war is fought on its two countries' ground: an incident of it placed in a third
    # country is far more often a misplaced report (a statement in Washington) than a new front.
    key = points[0].key if points else ""
    sides = set(key.replace("->", "-").split("-")) if "/" not in key else set()
    trailing_rungs: list[int] = []
    trailing_intensity: list[float] = []
    previous_intensity = 0.0
    out: list[PeriodAssessment] = []
    for point in points:
        signals: list[Signal] = []
        # Law enforcement inside one country is listed in the series, never evidence of escalation.
        evidence = [facts[i] for i in point.incident_ids if i in facts and i not in point.domestic_measure_ids]
        evidence.sort(key=lambda e: (-e.rung, -e.num_sources))

        trailing_max = max(trailing_rungs[-RUNG_MEMORY_PERIODS:], default=0)
        if trailing_rungs and point.max_rung > trailing_max:
            top = [e for e in evidence if e.rung == point.max_rung]
            signals.append(Signal(
                "rung", point.period_start, float(point.max_rung - trailing_max),
                f"{ladder.name_of(point.max_rung)} (rung {point.max_rung} > trailing max {trailing_max})", top[:3],
            ))

        novel = []
        for item in evidence:
            if item.rung < VIOLENT_RUNG:
                continue
            country, admin1, target = item.location_country, item.location_admin1, item.target_country
            # Inside the target's own territory means across a border: a state fighting at home is not.
            across = bool(country and target and country == target and item.source_country != target)
            if across and not seen_inside_target:
                novel.append((item, f"first violent incident inside {target}'s own territory"))
                seen_inside_target = True
            if country and admin1 and (not sides or country in sides):
                region = f"{country}/{admin1}"
                if region not in seen_regions:
                    if seen_regions:
                        novel.append((item, f"first violent incident in {admin1} ({country})"))
                    seen_regions.add(region)
            inside = across
            for weapon in ladder.weapons_in(item.text):
                # A weapon fired for months at occupied ground is new again the first time it hits the
                # other side's own territory: the line crossed is where, not what.
                key, anywhere = f"{weapon.casefold()}@{target}" if inside else weapon.casefold(), weapon.casefold()
                if key not in seen_weapons:
                    where = f" inside {target}'s own territory" if inside and anywhere in seen_weapons else ""
                    novel.append((item, f"first reported use of {weapon}{where}"))
                seen_weapons.update({key, anywhere})
        if novel and trailing_rungs:
            signals.append(Signal(
                "novelty", point.period_start, float(min(2, len(novel))),
                "; ".join(dict.fromkeys(text for _, text in novel)), [item for item, _ in novel[:3]],
            ))

        window = trailing_intensity[-INTENSITY_BASELINE_PERIODS:]
        z = None
        if len(window) >= 3:
            mean = statistics.fmean(window)
            spread = max(statistics.pstdev(window), MIN_INTENSITY_SPREAD)
            z = (point.conflict_intensity - mean) / spread
            if z >= 2.0:
                signals.append(Signal(
                    "intensity", point.period_start, z,
                    f"conflict intensity {point.conflict_intensity:.1f} vs trailing mean {mean:.1f} (z = {z:.1f})",
                    evidence[:3],
                ))

        score = sum(min(signal.strength, 5.0) for signal in signals if signal.kind != "statements")
        out.append(PeriodAssessment(point, score, abs(point.conflict_intensity - previous_intensity), z, signals))
        trailing_rungs.append(point.max_rung)
        trailing_intensity.append(point.conflict_intensity)
        previous_intensity = point.conflict_intensity
    return out


def statements_about(
    connection: duckdb.DuckDBPyConnection, incident_ids: list[str], parties: frozenset[str] | None = None
) -> list[dict]:
    """Quotes with an escalation stance in the articles that report these incidents.

    Left out: stances the sentence does not give its speaker (negated, hypothetical, passive
    "X was accused"), fragments, and, when ``parties`` names a pair's countries, statements that
    concern neither (see ``sitrep.analysis.statements``). The parties' own words come first.
    """
    if not incident_ids:
        return []
    rows = connection.execute(
        f"""
        SELECT DISTINCT q.article_id, q.quote_id, q.speaker_name, q.speaker_text, q.speaker_country,
               q.stance_label, q.stance_about, q.content, a.url, a.outlet, q.type, q.cue,
               CASE WHEN q.speaker_end IS NOT NULL AND q.cue_start IS NOT NULL AND q.speaker_end <= q.cue_start
                         AND q.cue_start - q.speaker_end <= {MAX_GAP_CHARS}
                    THEN substr(a.text, q.speaker_end + 1, q.cue_start - q.speaker_end) END AS gap,
               CASE WHEN q.cue_end IS NOT NULL THEN substr(a.text, q.cue_end + 1, 12) END AS after_cue,
               coalesce(q.speaker_start >= q.start AND q.speaker_end <= q."end", false) AS speaker_inside,
               CASE WHEN q.cue_start IS NOT NULL
                    THEN substr(a.text, greatest(q.cue_start - 39, 1), least(q.cue_start, 40)) END AS before_cue
        FROM quotes q JOIN incident_mentions m ON m.article_id = q.article_id
        JOIN articles a ON a.id = q.article_id
        WHERE list_contains(?, m.incident_id)
          AND q.stance_label IN ('escalatory', 'not_escalatory', 'threatens', 'condemns')
        ORDER BY q.stance_label, q.speaker_country, q.article_id, q.quote_id
        """,
        [incident_ids],
    ).fetchall()
    keys = ("article_id", "quote_id", "speaker", "speaker_text", "country", "stance", "about", "content", "url",
            "outlet", "type", "cue")
    pairs_by_article = _article_pairs(connection, sorted({row[0] for row in rows})) if parties and rows else {}
    statements = []
    for row in rows:
        statement = dict(zip(keys, row[:12], strict=True))
        gap, after_cue, speaker_inside, before_cue = row[12], row[13], row[14], row[15]
        reported = statement["type"] in ("indirect", "mixed") and bool(statement["cue"])
        if statement_flaw(statement["speaker_text"], statement["speaker"], statement["cue"], gap, after_cue,
                          statement["content"], reported, speaker_inside, before_cue):
            continue
        if is_forecast(statement):
            continue
        if parties and not concerns_parties(statement, parties, pairs_by_article.get(statement["article_id"])):
            continue
        statements.append(statement)
    return rank_statements(statements, parties or frozenset())


def _article_pairs(
    connection: duckdb.DuckDBPyConnection, article_ids: list[str]
) -> dict[str, dict[frozenset[str], int]]:
    """For each article, its incidents counted by pair of countries (a country's own conflict as a pair of one):
    what the article reports most. Incidents with a side unknown are left out."""
    counts: dict[str, dict[frozenset[str], int]] = {}
    for article_id, first, second, count in connection.execute(
        """
        SELECT m.article_id, i.source_country, i.target_country, count(DISTINCT i.incident_id)
        FROM incident_mentions m JOIN incidents i ON i.incident_id = m.incident_id
        WHERE list_contains(?, m.article_id) AND i.source_country IS NOT NULL AND i.target_country IS NOT NULL
        GROUP BY ALL
        """,
        [article_ids],
    ).fetchall():
        pair = frozenset({first, second})
        counts.setdefault(article_id, {})[pair] = counts.get(article_id, {}).get(pair, 0) + count
    return counts

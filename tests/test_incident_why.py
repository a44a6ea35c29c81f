"""Why events did not join (``judge``), the merge pass's bars and both ways round, why an article was not
linked, and `sitrep eval incidents --why` (counts by reason, never an item)."""

from __future__ import annotations

import json
from datetime import date

from incident_samples import strike_mention as _mention
from typer.testing import CliRunner

from sitrep.analysis.article_links import ArticleText, why_not_linked
from sitrep.analysis.incidents import (
    PARTS,
    VETO_DATE,
    VETO_PLACE,
    VETO_TYPE,
    EventMention,
    IncidentClusterer,
    IncidentState,
    judge,
    similarity,
)
from sitrep.cli import app


def _incident(incident_id: str, *mentions: EventMention) -> IncidentState:
    state = IncidentState(incident_id, mentions[0].plover_type)
    for mention in mentions:
        state.add(mention)
    return state


def test_judge_names_the_rule_that_rules_an_event_out_and_scores_like_similarity():
    incident = _incident("inc-a", _mention("a1"))
    assert judge(_mention("a2", plover_type="ACCUSE"), incident).veto == VETO_TYPE
    assert judge(_mention("a2", lat=50.45, lon=30.52, admin1="Kyiv City"), incident).veto == VETO_PLACE
    assert judge(_mention("a2", event_date=date(2024, 1, 9)), incident).veto == VETO_DATE
    fits = judge(_mention("a2"), incident)
    assert fits.veto is None and fits.score == similarity(_mention("a2"), incident) and fits.score > 0.5
    assert len(fits.parts) == len(PARTS) and fits.shortfall() in PARTS
    # A report with other words and no place falls short on words, not on the date it shares.
    vague = judge(_mention("a3", sentence="Officials gave no details", title="Update"), incident)
    assert vague.score is not None and vague.shortfall() == "words"


def test_an_incident_of_one_article_merges_at_the_join_bar_one_of_several_does_not():
    def clusterer(*later: str) -> IncidentClusterer:
        # A merge bar no fit reaches: only the join bar can let an incident in.
        return IncidentClusterer([_incident("inc-a", _mention("a1"), _mention("a2")),
                                  _incident("inc-b", *(_mention(article_id) for article_id in later))],
                                 merge_threshold=1.01)

    alone = clusterer("a3")
    assert alone.merge_pass(["inc-b"]) == {"inc-b": "inc-a"}  # what a3 would have joined, had it come later
    several = clusterer("a3", "a4")
    assert several.merge_pass(["inc-b"]) == {}


def test_the_merge_pass_tries_both_ways_whichever_incident_was_touched():
    # inc-a, of two articles, is touched; inc-b, of one, came earlier and fits it at the join bar. Which of
    # the two was touched last is an accident of arrival order: the merge is the same either way.
    for touched in ("inc-a", "inc-b"):
        clusterer = IncidentClusterer([_incident("inc-a", _mention("a1"), _mention("a2")),
                                       _incident("inc-b", _mention("a3"))], merge_threshold=1.01)
        assert clusterer.merge_pass([touched]) == {"inc-b": "inc-a"}, touched


def test_why_an_article_was_not_linked():
    incident = _incident("inc-dam", _mention("a1", plover_type="ASSAULT", event_date=date(2023, 6, 6),
                                             sentence="The Kakhovka dam on the Dnipro was destroyed, flooding Kherson",
                                             title="Kakhovka dam destroyed, Kherson flooded"))
    incidents = {"inc-dam": incident}
    # Other stories of the day: how specific a word is depends on how many incidents around it use it.
    for n, sentence in enumerate(("Russian missiles struck Kharkiv, officials said", "Ukraine said drones hit Moscow",
                                  "The Kremlin said talks with Ukraine were not planned")):
        incidents[f"inc-{n}"] = _incident(f"inc-{n}", _mention(f"b{n}", sentence=sentence, title=sentence,
                                                               event_date=date(2023, 6, 6)))
    denial = ArticleText("a3", "Kremlin denies role in Kakhovka dam collapse",
                         "The Kremlin rejected accusations that it destroyed the dam on the Dnipro, which flooded "
                         "Kherson.", date(2023, 6, 7))
    assert why_not_linked(denial, incident, incidents) == "another incident scored higher"  # it would link
    assert why_not_linked(ArticleText("a3", "Kremlin denies role", "Officials spoke.", date(2023, 6, 7)),
                          incident, incidents) == "fewer than 4 shared words"
    late = ArticleText("a3", denial.title, denial.text, date(2023, 6, 12))
    assert why_not_linked(late, incident, incidents) == "published outside the incident's days"
    own = ArticleText("a3", denial.title, denial.text, date(2023, 6, 7), own_types=frozenset({"ASSAULT"}))
    assert why_not_linked(own, incident, incidents) == "has an event of its own"


def _write(path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")


def test_eval_incidents_why_counts_every_missed_and_wrong_pair_and_shows_no_item(tmp_path):
    records = [
        {"id": "why-a1", "outlet": "Meridian Wire", "published": "2022-04-08", "incident": "inc-kram",
         "title": "Missile strike on Kramatorsk station kills dozens",
         "text": "A Russian missile struck the railway station in Kramatorsk on Friday, killing at least 50 people "
                 "waiting to be evacuated."},
        {"id": "why-a2", "outlet": "Northgate Press", "published": "2022-04-08", "incident": "inc-kram",
         "title": "Dozens killed as rocket hits Kramatorsk railway station",
         "text": "A rocket hit the crowded railway station in the eastern Ukrainian city of Kramatorsk on Friday, "
                 "killing dozens of civilians."},
        {"id": "why-a3", "outlet": "Harbour Dispatch", "published": "2022-04-09", "incident": "inc-kram",
         "title": "Mourning in Kramatorsk",
         "text": "Flowers lay outside the station on Saturday."},
        {"id": "why-a4", "outlet": "Ledger Daily", "published": "2022-04-09", "incident": "inc-khar",
         "title": "Shelling hits Kharkiv market",
         "text": "Russian shelling hit a market in Kharkiv on Saturday, wounding several people."},
    ]
    dataset = tmp_path / "why.jsonl"
    _write(dataset, records)
    outcome = CliRunner().invoke(app, ["eval", "incidents", "--dataset", str(dataset), "--why", "--json"])
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.output)
    gold_pairs = 3  # the three reports of the strike
    hits = round(result["recall"] * gold_pairs)
    assert sum(result["why"]["missed"].values()) == gold_pairs - hits
    if hits:
        predicted_pairs = round(hits / result["precision"])
        assert sum(result["why"]["wrong"].values()) == predicted_pairs - hits
    text = CliRunner().invoke(app, ["eval", "incidents", "--dataset", str(dataset), "--why"]).output
    assert "missed gold pairs:" in text and "wrong predicted pairs:" in text
    # Counts by reason only: no article, headline or label of the set is shown.
    for record in records:
        for value in (record["id"], record["title"], record["incident"]):
            assert value not in outcome.output and value not in text

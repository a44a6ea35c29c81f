"""Clustering rules of the eighth session: on a day an incident's reports do not tell, the place is not enough (what
happened must be told alike); reports of one act whose reactions cluster together are still linked to the act; a
statement of support or mourning is what was said about an event, not an event of its own."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from incident_samples import incident_of as _incident
from incident_samples import strike_mention as _mention

from sitrep.analysis.article_links import ArticleText, link_articles
from sitrep.analysis.incidents import VETO_OTHER_DAY, IncidentClusterer, IncidentState, judge
from sitrep.eval.clustering import read_corpus
from sitrep.eval.incidents import INCIDENTS_SET, evaluate_incidents

DAY = date(2026, 10, 20)
MOGADISHU = dict(lat=2.037, lon=45.344, country="SOM", admin1="Banaadir", location_name="Mogadishu", feature="city",
                 event_date=DAY, target_countries=frozenset({"SOM"}), target_country="SOM", quad_class=4)
BOMBING = dict(MOGADISHU, sentence="A car bomb exploded at the crowded Bakara market in Mogadishu, killing eight",
               title="Car bomb kills eight at Mogadishu market")
BLAST = dict(MOGADISHU, sentence="A powerful explosion tore through Bakara market in the Somali capital at midday",
             title="Explosion rips through busy Somali market")
# The next day, the same city, another act: it shares the place and nothing else.
MORTAR = dict(MOGADISHU, event_date=date(2026, 10, 21),
              sentence="Several mortar shells landed near Mogadishu's international airport, wounding a guard",
              title="Mortar shells land near Mogadishu airport")
# The next day too, but telling the bombing (misdated to its own day): its words are the bombing's.
TRADERS = dict(MOGADISHU, event_date=date(2026, 10, 21),
               sentence="Traders at Bakara market picked through burnt stalls, a day after the bombing that killed "
                        "eight people", title="Mogadishu traders count losses a day after market bombing")



def test_another_act_in_the_same_town_the_next_day_is_vetoed():
    judgement = judge(_mention("b1", **MORTAR), _incident(BOMBING, BLAST))
    assert judgement.veto == VETO_OTHER_DAY


def test_a_next_day_report_telling_the_same_act_is_not_vetoed():
    judgement = judge(_mention("b1", **TRADERS), _incident(BOMBING, BLAST))
    assert judgement.veto is None and judgement.score is not None and judgement.score >= 0.5


def test_on_the_incidents_own_day_the_place_still_carries_a_report():
    # The same few words on the day the reports tell: the rule does not apply (the score decides as before).
    same_day = dict(MORTAR, event_date=DAY)
    assert judge(_mention("b1", **same_day), _incident(BOMBING, BLAST)).veto != VETO_OTHER_DAY


def test_a_report_dated_only_by_publication_is_not_held_to_the_day():
    reported = dict(MORTAR, date_precision="reported")
    assert judge(_mention("b1", **reported), _incident(BOMBING, BLAST)).veto != VETO_OTHER_DAY


def test_the_mortar_fire_founds_an_incident_of_its_own_when_clustering():
    clusterer = IncidentClusterer()
    first = clusterer.add(_mention("a1", **BOMBING))
    assert clusterer.add(_mention("a2", **BLAST)) == first
    assert clusterer.add(_mention("a3", **MORTAR)) != first
    assert clusterer.add(_mention("a4", **TRADERS)) == first


SHOAL = dict(country="PHL", event_date=date(2026, 10, 5), quad_class=4, lat=None, lon=None)
CANNON = ("A Chinese coast guard ship fired a water cannon at a Philippine boat carrying supplies to troops at "
          "Second Thomas Shoal")


def _shoal_day() -> dict[str, IncidentState]:
    """The water cannon (an act) and, clustered apart, the accusation two outlets report over it (words alone)."""
    act = IncidentState("inc-act", "ASSAULT")
    act.add(_mention("a1", **SHOAL, sentence=CANNON, title="Chinese coast guard fires water cannon at supply boat"))
    act.add(_mention("a2", **SHOAL, sentence="China's coast guard said it expelled Philippine vessels near Second "
                     "Thomas Shoal with water", title="China says it drove away Philippine vessels"))
    words = IncidentState("inc-words", "ACCUSE")
    for article_id, title in (("a3", "Manila accuses Beijing of dangerous manoeuvres at Second Thomas Shoal"),
                              ("a4", "Philippines summons Chinese envoy over water cannon at Second Thomas Shoal")):
        words.add(_mention(article_id, **{**SHOAL, "quad_class": 3}, plover_type="ACCUSE", sentence=title,
                           title=title))
    return {"inc-act": act, "inc-words": words}


def _protest_article(article_id: str, title: str, lead: str, own: frozenset[str]) -> ArticleText:
    return ArticleText(article_id, title, lead, date(2026, 10, 6), own_incidents=own,
                       own_types=frozenset({"ACCUSE"}))


def test_reactions_clustered_together_are_still_linked_to_the_act():
    incidents = _shoal_day()
    summons = _protest_article(
        "a4", "Philippines summons Chinese envoy over water cannon at Second Thomas Shoal",
        "The Philippine foreign ministry summoned China's ambassador to protest the water cannon attack by the "
        "Chinese coast guard on a supply boat at Second Thomas Shoal.", frozenset({"inc-words"}))
    (link,) = link_articles([summons], incidents)
    assert link.incident_id == "inc-act"


def test_reactions_in_an_incident_with_an_act_are_not_linked_elsewhere():
    incidents = _shoal_day()
    incidents["inc-words"].add(_mention("a5", **SHOAL, sentence=CANNON, title="Water cannon at the shoal"))
    summons = _protest_article("a4", "Philippines summons Chinese envoy over water cannon at Second Thomas Shoal",
                               CANNON, frozenset({"inc-words"}))
    assert link_articles([summons], incidents) == []


def test_a_statement_of_mourning_is_linked_to_the_attack_it_mourns():
    attack = IncidentState("inc-djibo", "ASSAULT")
    for article_id, sentence in (("a1", "Fighters attacked a Burkina Faso army post near Djibo, killing 30 soldiers"),
                                 ("a2", "Hundreds of militants stormed the Djibo garrison, killing soldiers")):
        attack.add(_mention(article_id, plover_type="ASSAULT", sentence=sentence, title=sentence, country="BFA",
                            event_date=date(2026, 9, 20), lat=14.1, lon=-1.63, quad_class=4))
    mourning = ArticleText(
        "a3", "Burkina junta declares days of mourning for soldiers killed at Djibo garrison",
        "Burkina Faso's military government declared three days of national mourning for the soldiers killed "
        "defending the Djibo army post against the militants.", date(2026, 9, 21), own_types=frozenset({"SUPPORT"}))
    (link,) = link_articles([mourning], {"inc-djibo": attack})
    assert link.incident_id == "inc-djibo"


DEV8_SET = INCIDENTS_SET.with_name("incidents_dev8.jsonl")


def test_eighth_dev_set_has_several_outlets_and_distractors_at_the_same_places():
    records = read_corpus(DEV8_SET)
    assert len(records) >= 30
    sizes = Counter(record["incident"] for record in records)
    assert sum(1 for size in sizes.values() if size >= 3) >= 7
    assert sum(1 for size in sizes.values() if size <= 2) >= 7  # distractors: the same town or sea, days apart
    assert len({record["outlet"] for record in records}) >= 5
    titles = {record["title"] for record in records}
    for other in sorted(INCIDENTS_SET.parent.glob("incidents*.jsonl")):
        if other != DEV8_SET:
            assert not titles & {record["title"] for record in read_corpus(other)}


@pytest.mark.slow
def test_eighth_dev_set_clustering_floor():
    # Written in the eighth session (28 Nov 2026) before its rules: 0.611 (P 0.559, R 0.673) with the rules of the
    # session's start; 0.807 (P 0.708, R 0.939) after: another day's act at the same place needs words of what
    # happened, reactions clustered together are linked to the act, a statement of support or mourning is linkable,
    # an incident's publication days end a day after the days its reports agree on. 0.844 (P 0.767, R 0.939) in the
    # second round: a report placed at a country only, on another day, whose headline names a place the incident's
    # reports never use, is another act (tests/test_incidents_country_only_names.py).
    result = evaluate_incidents(DEV8_SET)
    assert result["f1"] >= 0.8
    assert result["recall"] >= 0.9
    assert result["precision"] >= 0.74


def test_reactions_stored_before_the_act_are_linked_when_it_comes(coder):
    # The water cannon at the shoal (dev8's v-04): the two outlets' protests over it are coded and clustered first
    # (together: an incident of words alone), the reports of the act in a later run. The waiting reactions are looked
    # at again when the act's incident comes, as they would be had they come after it; a later run on another story
    # does not drop their links (their own incident, of words alone, is not another article's event).
    from sitrep.analysis.update import update_incidents
    from sitrep.eval.clustering import article_incidents, articles_of
    from sitrep.pipeline.commands import code_store
    from sitrep.store import Store

    articles = articles_of(record for record in read_corpus(DEV8_SET) if record["incident"] == "v-04")
    later = articles_of(record for record in read_corpus(DEV8_SET) if record["incident"] == "v-05")
    reactions = [article for article in articles if "accuses" in article.title or "summons" in article.title]
    assert len(reactions) == 2
    with Store.open(":memory:") as store:
        for batch in (reactions, [article for article in articles if article not in reactions], later):
            store.add_articles(batch)
            code_store(store, coder)
            update_incidents(store)
        found = article_incidents(store)
    assert len({found.get(article.id) for article in articles}) == 1


@pytest.mark.slow
def test_evaluation_set_floor_after_the_eighth_session():
    # Measured only (totals): 0.832 (P 0.887) at the eighth session's start, 0.881 (P 0.897, R 0.867) after it, with a
    # statement of support or mourning linkable (the three "type group" pairs). The older floor stays in
    # tests/test_eval_incidents.py.
    result = evaluate_incidents()
    assert result["f1"] >= 0.86
    assert result["precision"] >= 0.87


def test_a_report_a_day_later_does_not_carry_the_incidents_publication_days():
    # Two reports agree on the bombing's day; a third, joined on its words, is dated the day after. An aftermath story
    # published two days after the bombing is outside its window (linked later only by a name of the reports' own,
    # "Bakara": ``article_links.LATE_DAYS``, tenth session); one published the day after is inside it.
    incident = _incident(BOMBING, BLAST, TRADERS)
    story = ("Traders count losses at Bakara market after bombing in Mogadishu",
             "Traders at Bakara market in Mogadishu counted their losses after the car bomb that killed eight people.")
    unnamed = ("Mogadishu traders count losses after bombing",
               "Traders in Mogadishu counted their losses after the car bomb that killed eight people.")
    late = ArticleText("c1", *unnamed, date(2026, 10, 22))
    assert link_articles([late], {"inc-1": incident}) == []
    (link,) = link_articles([ArticleText("c2", *unnamed, date(2026, 10, 21))], {"inc-1": incident})
    assert link.incident_id == "inc-1"
    (named,) = link_articles([ArticleText("c3", *story, date(2026, 10, 22))], {"inc-1": incident})
    assert named.incident_id == "inc-1"

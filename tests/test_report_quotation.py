"""A top-incident line says what happened, not what someone said of it (issue #6, VOA report: the Haiti
prison-break line was a congressman's tweet). Sentences written for these tests."""

from __future__ import annotations

import pytest

from sitrep.analysis.report import act_summary, inside_quotation
from sitrep.store import Store

TWEET = '"This jailbreak massacre shows the collapse of the rule of law," the senator tweeted.'
ACT = "Armed inmates exchanged gunfire with guards and fled through a back gate on Thursday."


def test_words_inside_a_quotation() -> None:
    assert inside_quotation(TWEET, TWEET.index("massacre"))
    assert not inside_quotation(TWEET, TWEET.index("tweeted"))
    curly = "“Soldiers opened fire on the crowd,” a witness said."
    assert inside_quotation(curly, curly.index("opened"))
    assert not inside_quotation(curly, curly.index("said"))
    # a quote opened in the sentence before and closed in this one
    runs_on = 'The guards fired back," the minister told reporters.'
    assert inside_quotation(runs_on, runs_on.index("fired"))
    assert not inside_quotation(ACT, ACT.index("exchanged"))


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "quotation.duckdb") as opened:
        yield opened


def _mention(store: Store, event_id: str, sentence: str, trigger: str, plover_type: str, confidence: float) -> None:
    store.connection.execute(
        "INSERT INTO events (article_id, event_id, sentence, start, \"end\", trigger, trigger_start, trigger_end,"
        " plover_type, confidence) VALUES ('a1', ?, ?, 100, ?, ?, ?, ?, ?, ?)",
        [event_id, sentence, 100 + len(sentence), trigger, 100 + sentence.index(trigger),
         100 + sentence.index(trigger) + len(trigger), plover_type, confidence])
    store.connection.execute("INSERT INTO incident_mentions VALUES ('inc-1', 'a1', ?)", [event_id])


def test_a_quoted_summary_gives_way_to_the_reporter_s_sentence(store) -> None:
    _mention(store, "e1", TWEET, "massacre", "ASSAULT", 0.75)
    _mention(store, "e2", ACT, "exchanged", "ASSAULT", 0.7)
    _mention(store, "e3", "Officials said 17 rifles were recovered in the yard.", "recovered", "COERCE", 0.9)
    line = act_summary(store.connection, "inc-1", "ASSAULT", TWEET)
    assert line.startswith(ACT)
    assert "rests on a quotation" in line and "massacre" in line
    # a summary that is the reporter's own words stays as it is
    assert act_summary(store.connection, "inc-1", "ASSAULT", ACT) == ACT


def test_a_quotation_with_no_other_report_of_the_act_stays(store) -> None:
    _mention(store, "e1", TWEET, "massacre", "ASSAULT", 0.75)
    _mention(store, "e3", "Officials said 17 rifles were recovered in the yard.", "recovered", "COERCE", 0.9)
    assert act_summary(store.connection, "inc-1", "ASSAULT", TWEET) == TWEET


def test_a_clause_after_a_closed_quotation_is_the_reporter_s_own(store) -> None:
    # The event's start is its clause's ("troops fired ..."), not its sentence's: read from the clause start,
    # the trigger would seem to lie inside the quotation that the sentence closed before it.
    sentence = '"They will pay," the commander said, and troops fired on the village that night.'
    clause = sentence.index("troops")
    trigger = sentence.index("fired")
    store.connection.execute(
        "INSERT INTO events (article_id, event_id, sentence, start, \"end\", trigger, trigger_start, trigger_end,"
        " plover_type, confidence) VALUES ('a1', 'e1', ?, ?, ?, 'fired', ?, ?, 'ASSAULT', 0.8)",
        [sentence, 100 + clause, 100 + len(sentence), 100 + trigger, 100 + trigger + 5])
    store.connection.execute("INSERT INTO incident_mentions VALUES ('inc-1', 'a1', 'e1')")
    _mention(store, "e2", ACT, "exchanged", "ASSAULT", 0.7)
    assert act_summary(store.connection, "inc-1", "ASSAULT", sentence) == sentence


def test_the_trigger_s_place_in_its_sentence() -> None:
    from sitrep.nlp.spans import trigger_offset

    sentence = "Rebels attacked the post, and the army attacked back."
    second = sentence.rindex("attacked")
    # article offsets: the sentence starts at 500, the second clause at 500 + its index
    assert trigger_offset(sentence, "attacked", 500 + second, 500 + sentence.index("the army")) == second
    assert trigger_offset(sentence, "attacked", 500 + sentence.index("attacked"), 500) == sentence.index("attacked")
    assert trigger_offset(sentence, None, 510, 500) is None
    assert trigger_offset(sentence, "shelled", 510, 500) is None

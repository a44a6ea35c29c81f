"""Incidents, escalation series, signals, assessments and reports, on events written here."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest
from typer.testing import CliRunner

from sitrep.analysis.assess import assess, parse_span
from sitrep.analysis.incidents import EventMention, IncidentClusterer
from sitrep.analysis.ladder import EventFacts, load_ladder
from sitrep.analysis.report import build_report, render_html, render_markdown
from sitrep.analysis.series import build_series, normalise_key
from sitrep.analysis.signals import assess_series
from sitrep.analysis.update import update_incidents
from sitrep.cli import app
from sitrep.model import ActorRef, Article, CodedDocument, Event, EventDate, Modality, Place, Quote, Size, Stance
from sitrep.store import Store

KURSK = dict(lat=51.73, lon=36.19, country="RUS", admin1="Kursk", name="Kursk")
SUDZHA = dict(lat=51.19, lon=35.27, country="RUS", admin1="Kursk", name="Sudzha")
KHARKIV = dict(lat=49.99, lon=36.23, country="UKR", admin1="Kharkiv", name="Kharkiv")
UKR_MIL = ActorRef("Ukrainian troops", "Ukraine", "UKRMIL", "UKR", "MIL")
RUS_MIL = ActorRef("Russian forces", "Russia", "RUSMIL", "RUS", "MIL")


def article(n: int, outlet: str, day: date, text: str) -> Article:
    return Article(id=f"a{n}", text=text, title=f"report {n}", outlet=outlet,
                   published=datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=12),
                   url=f"https://example.org/{n}")


def event(art: Article, n: int, sentence: str, plover: str, cameo: str, goldstein: float, source: ActorRef,
          target: ActorRef, place: dict, day: date, mode: str | None = None, **flags) -> Event:
    start = art.text.index(sentence)
    return Event(
        event_id=f"e{n}", article_id=art.id, sentence=sentence, start=start, end=start + len(sentence),
        trigger=sentence.split()[2], plover_type=plover, plover_mode=mode, cameo_code=cameo,
        quad_class=4 if goldstein < 0 else 1, goldstein=goldstein, source=[source], target=[target],
        modality=Modality(**flags), date=EventDate(day.isoformat(), "day", None),
        location=Place(text=place["name"], start=0, end=0, name=place["name"], lat=place["lat"], lon=place["lon"],
                       country=place["country"], admin1=place["admin1"], geonameid=hash(place["name"]) % 10**6),
        size=Size(), confidence=0.8,
    )


def shelling_week(store: Store, week_start: date, first_id: int) -> None:
    """Routine Russian shelling of Kharkiv, reported once per day."""
    docs = []
    for offset in range(3):
        day = week_start + timedelta(days=offset)
        sentence = f"Russian forces shelled Kharkiv on day {offset}, damaging homes."
        art = article(first_id + offset, "Wire A", day, sentence)
        docs.append(CodedDocument(art, events=[event(art, 1, sentence, "ASSAULT", "194", -10.0, RUS_MIL, UKR_MIL,
                                                        KHARKIV, day, "heavy-weapons")]))
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "analysis.duckdb") as opened:
        yield opened


def incursion_reports(first_id: int, day: date) -> list[CodedDocument]:
    texts = [
        ("Wire A", "Ukrainian troops crossed into Russia's Kursk region, capturing the town of Sudzha.",
         "The Kremlin called the incursion a major provocation."),
        ("Wire B", "Ukrainian forces pushed into the Kursk region and seized Sudzha after heavy fighting.",
         "The Pentagon said the incursion was not escalatory."),
        ("Wire C", "Ukraine's army captured Sudzha in Russia's Kursk region in a surprise cross-border attack.", ""),
    ]
    docs = []
    for n, (outlet, sentence, quote) in enumerate(texts):
        art = article(first_id + n, outlet, day, f"{sentence} {quote}".strip())
        doc = CodedDocument(art, events=[event(art, 1, sentence, "COERCE", "192", -9.5, UKR_MIL, RUS_MIL,
                                              SUDZHA, day, "seize")])
        if quote:
            stance = "escalatory" if "provocation" in quote else "not_escalatory"
            country, name = ("RUS", "Kremlin") if stance == "escalatory" else ("USA", "Pentagon")
            start = art.text.index(quote)
            doc.quotes.append(Quote("q1", art.id, quote, start, start + len(quote), "indirect", "said",
                                    speaker=ActorRef(name, name, f"{country}GOV", country, "GOV"),
                                    stance=Stance(stance, "the incursion")))
        docs.append(doc)
    return docs


def test_ladder_ranks_a_ground_incursion_inside_the_target_above_fighting_at_home():
    ladder = load_ladder()
    at_home = EventFacts("ASSAULT", "firearms", "193", frozenset({"UKR"}), frozenset({"RUS"}), "UKR", "Kupiansk")
    inside = EventFacts("COERCE", "seize", "192", frozenset({"UKR"}), frozenset({"RUS"}), "RUS", "Sudzha")
    capital = EventFacts("ASSAULT", "drone", "195", frozenset({"UKR"}), frozenset({"RUS"}), "RUS", "Moscow")
    assert ladder.rung_of(at_home) < ladder.rung_of(inside) < ladder.rung_of(capital)
    assert ladder.rung_of(EventFacts("THREATEN", "violence")) < ladder.rung_of(EventFacts("MOBILIZE"))
    assert ladder.rung_of(EventFacts("ASSAULT", "unconventional", "2042")) == 10


def test_mentions_of_one_event_from_several_outlets_form_one_incident(store):
    day = date(2024, 8, 7)
    docs = incursion_reports(100, day)
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    result = update_incidents(store)
    assert result.new_mentions == 3
    rows = store.connection.execute("SELECT num_articles, num_sources, location_name FROM incidents").fetchall()
    assert rows == [(3, 3, "Sudzha")]


def test_clustering_is_incremental_and_keeps_distinct_events_apart(store):
    day = date(2024, 8, 7)
    first = incursion_reports(100, day)[:2]
    store.add_articles([doc.article for doc in first])
    store.add_coded(first, "test")
    update_incidents(store)
    (incident_id,) = store.connection.execute("SELECT incident_id FROM incidents").fetchone()

    later = incursion_reports(100, day)[2:]
    shelling = article(200, "Wire D", day, "Russian forces shelled Kharkiv, damaging homes.")
    later.append(CodedDocument(shelling, events=[event(shelling, 1, shelling.text, "ASSAULT", "194", -10.0,
                                                       RUS_MIL, UKR_MIL, KHARKIV, day, "heavy-weapons")]))
    store.add_articles([doc.article for doc in later])
    store.add_coded(later, "test")
    result = update_incidents(store)
    assert result.new_mentions == 2
    rows = dict(store.connection.execute("SELECT incident_id, num_articles FROM incidents").fetchall())
    assert rows[incident_id] == 3  # the third report joined the existing incident
    assert len(rows) == 2
    assert update_incidents(store).new_mentions == 0  # nothing new, nothing redone


def test_negated_and_future_events_never_become_incidents(store):
    day = date(2024, 8, 7)
    art = article(300, "Wire A", day, "Russian forces did not shell Kharkiv. Russian forces will shell Kharkiv.")
    sentences = ["Russian forces did not shell Kharkiv.", "Russian forces will shell Kharkiv."]
    doc = CodedDocument(art, events=[
        event(art, 1, sentences[0], "ASSAULT", "194", -10.0, RUS_MIL, UKR_MIL, KHARKIV, day, negated=True),
        event(art, 2, sentences[1], "ASSAULT", "194", -10.0, RUS_MIL, UKR_MIL, KHARKIV, day, future=True),
    ])
    store.add_articles([art])
    store.add_coded([doc], "test")
    assert update_incidents(store).new_mentions == 0


def test_recoded_article_leaves_its_old_incident(store):
    day = date(2024, 8, 7)
    docs = incursion_reports(100, day)[:1]
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    store.add_coded([CodedDocument(docs[0].article)], "test-2")  # recoded: no events any more
    update_incidents(store)
    assert store.connection.execute("SELECT count(*) FROM incidents").fetchone()[0] == 0


def test_first_incursion_is_an_escalation_with_statements_and_a_baseline(store):
    for week in range(6):
        shelling_week(store, date(2024, 6, 24) + timedelta(weeks=week), 1000 + 10 * week)
    docs = incursion_reports(100, date(2024, 8, 6))
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)

    result = assess(store.connection, "dyad", "UKR-RUS", date(2024, 8, 5), date(2024, 8, 11))
    assert result.verdict == "escalation"
    assert {signal.kind for signal in result.signals} >= {"novelty"}
    assert "RUS calls it escalatory" in result.headline and "USA says it is not escalatory" in result.headline
    assert "3 articles, 3 outlets" in result.headline
    assert result.baseline.startswith("no-change baseline")
    assert all(signal.evidence for signal in result.signals)
    as_json = json.loads(json.dumps(result.to_dict(), default=str))
    assert as_json["signals"][0]["evidence"][0]["article_ids"]

    routine = assess(store.connection, "dyad", "RUS-UKR", date(2024, 7, 22), date(2024, 7, 28))
    assert routine.verdict in ("no change", "elevated")


def test_series_count_incidents_not_mentions(store):
    docs = incursion_reports(100, date(2024, 8, 7))
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    series = build_series(store.connection, "dyad", "week", "UKR-RUS")
    (point,) = series[normalise_key("dyad", "UKR-RUS")]
    assert point.incidents == 1
    assert point.max_rung == 8


def test_report_links_every_incident_to_its_articles_and_escapes_html(store):
    docs = incursion_reports(100, date(2024, 8, 7))
    docs[0].article.text += " <script>alert(1)</script>"
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    report = build_report(store.connection, date(2024, 8, 1), date(2024, 8, 8))
    markdown = render_markdown(report)
    assert "https://example.org/100" in markdown and "Sudzha" in markdown
    page = render_html(report)
    assert "<script>" not in page
    assert 'href="https://example.org/101"' in page


def test_assess_cli_on_a_store(tmp_path):
    db = tmp_path / "cli.duckdb"
    with Store.open(db) as opened:
        docs = incursion_reports(100, date(2024, 8, 7))
        opened.add_articles([doc.article for doc in docs])
        opened.add_coded(docs, "test")
        update_incidents(opened)
    result = CliRunner().invoke(app, ["assess", "--db", str(db), "--dyad", "UKR-RUS", "--since", "7d"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("UKR→RUS:")
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--format", "html"])
    assert result.exit_code == 0 and "<html" in result.output


def test_span_parsing():
    assert parse_span("7d") == timedelta(days=7)
    assert parse_span("2w") == timedelta(days=14)
    with pytest.raises(ValueError):
        parse_span("soon")


def test_clusterer_needs_compatible_dates():
    clusterer = IncidentClusterer()
    base = dict(plover_type="ASSAULT", sentence="Russian forces shelled Kharkiv", start=0, end=10,
                source_countries=frozenset({"RUS"}), target_countries=frozenset({"UKR"}), lat=49.99, lon=36.23,
                country="UKR", admin1="Kharkiv", date_precision="day")
    first = clusterer.add(EventMention("a1", "e1", event_date=date(2024, 1, 1), **base))
    same = clusterer.add(EventMention("a2", "e1", event_date=date(2024, 1, 2), **base))
    later = clusterer.add(EventMention("a3", "e1", event_date=date(2024, 1, 9), **base))
    assert first == same != later


def test_old_news_and_future_dates_are_not_incidents(store):
    published = date(2025, 3, 10)
    art = article(400, "Wire A", published, "The 2004 bombing of the base killed nine soldiers. Talks resume in 2050.")
    sentences = ["The 2004 bombing of the base killed nine soldiers.", "Talks resume in 2050."]
    doc = CodedDocument(art, events=[
        event(art, 1, sentences[0], "ASSAULT", "183", -10.0, RUS_MIL, UKR_MIL, KHARKIV, date(2004, 1, 1)),
        event(art, 2, sentences[1], "CONSULT", "040", 1.0, RUS_MIL, UKR_MIL, KHARKIV, date(2050, 1, 1)),
    ])
    store.add_articles([art])
    store.add_coded([doc], "test")
    assert update_incidents(store).new_mentions == 0


def test_incident_summary_keeps_the_sides_apart_and_puts_a_sideless_report_on_them():
    from sitrep.analysis.incidents import summarise

    clusterer = IncidentClusterer()
    common = dict(plover_type="ASSAULT", plover_mode="heavy-weapons", start=0, end=5, event_date=date(2024, 11, 19),
                  date_precision="day", country="RUS", admin1="Bryansk", location_name="Bryansk", lat=53.2,
                  lon=34.4, confidence=0.8, sentence="Ukraine fired missiles at a facility in Bryansk")
    clusterer.add(EventMention("a1", "e1", source_countries=frozenset({"UKR"}), source_country="UKR", **common))
    clusterer.add(EventMention("a2", "e1", source_countries=frozenset({"UKR"}), target_countries=frozenset({"UKR"}),
                               source_country="UKR", target_country="UKR", **common))
    (state,) = clusterer.incidents.values()
    summary = summarise(state)
    assert (summary.source_country, summary.target_country) == ("UKR", "RUS")
    assert summary.rung >= 8  # inside the target's own territory, though no report named the target


def test_words_alone_are_elevated_not_escalation(store):
    day = date(2024, 8, 7)
    art = article(700, "Wire A", day, "Russia condemned Ukraine for the shelling.")
    doc = CodedDocument(art, events=[event(art, 1, art.text, "ACCUSE", "112", -2.0, RUS_MIL, UKR_MIL, KHARKIV,
                                           day, "disapprove")])
    talks_day = date(2024, 7, 1)
    talks = article(701, "Wire A", talks_day, "Russia held talks with Ukraine.")
    talks_doc = CodedDocument(talks, events=[event(talks, 1, talks.text, "CONSULT", "040", 1.0, RUS_MIL, UKR_MIL,
                                                   KHARKIV, talks_day)])
    store.add_articles([art, talks])
    store.add_coded([doc, talks_doc], "test")
    update_incidents(store)
    result = assess(store.connection, "dyad", "RUS-UKR", date(2024, 8, 5), date(2024, 8, 11))
    assert [signal.kind for signal in result.signals] == ["rung"]  # criticism is a step up from talks ...
    assert result.verdict == "elevated"  # ... but not what an analyst calls escalation
    assert "1 incident, 1 article, 1 outlet" in result.headline


def test_first_use_of_a_weapon_inside_the_targets_territory_is_novel_again(store):
    from sitrep.analysis.signals import assess_series

    docs = []
    for n, (day, place, sentence) in enumerate([
        (date(2024, 7, 1), KHARKIV, "Ukrainian troops fired ATACMS missiles at Russian forces near Kharkiv."),
        (date(2024, 7, 15), KURSK, "Ukrainian troops fired ATACMS missiles at an airfield in Kursk."),
        (date(2024, 7, 29), KURSK, "Ukrainian troops fired ATACMS missiles at a depot in Kursk."),
    ]):
        art = article(900 + n, "Wire A", day, sentence)
        docs.append(CodedDocument(art, events=[event(art, 1, sentence, "ASSAULT", "195", -10.0, UKR_MIL, RUS_MIL,
                                                     place, day, "heavy-weapons")]))
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    points = build_series(store.connection, "dyad", "week", "UKR->RUS")["UKR->RUS"]
    novelty = [s.explanation for p in assess_series(store.connection, points) for s in p.signals if s.kind == "novelty"]
    assert any("first reported use of ATACMS inside RUS's own territory" in text for text in novelty)
    assert sum("ATACMS" in text for text in novelty) == 1  # the third strike is no longer new


def test_a_pair_without_earlier_incidents_is_new_not_an_escalation(store):
    # A corpus of one week: every rung is "above the trailing maximum of 0", which says nothing.
    docs = incursion_reports(1200, date(2024, 8, 6))
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    result = assess(store.connection, "pair", "RUS-UKR", date(2024, 8, 5), date(2024, 8, 11))
    assert result.verdict == "new"
    assert "no earlier incidents to compare with" in result.headline
    assert not [signal for signal in result.signals if signal.kind in ("rung", "novelty", "intensity")]


def test_an_unnamed_speaker_reads_in_lower_case_inside_the_verdict():
    from sitrep.analysis.assess import _statement_summary

    statements = [
        {"country": None, "speaker": None, "speaker_text": "An adviser", "stance": "condemns"},
        {"country": "RUS", "speaker": None, "speaker_text": "The Kremlin", "stance": "escalatory"},
    ]
    assert _statement_summary(statements) == "an adviser condemns it, RUS calls it escalatory"


def test_a_reaction_reported_without_an_event_is_linked_to_its_incident_incrementally(store):
    from sitrep.eval.clustering import article_incidents

    day = date(2024, 8, 7)
    docs = incursion_reports(100, day)
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    (incident_id,) = store.connection.execute("SELECT incident_id FROM incidents").fetchone()

    # A later batch: the Kremlin's reaction, in which the coder finds no event, and an unrelated story.
    reaction = article(300, "Wire D", day + timedelta(days=1),
                       "Moscow condemned the Ukrainian incursion into the Kursk region and the capture of Sudzha, "
                       "calling the cross-border attack a provocation.")
    reaction.title = "Kremlin condemns Ukrainian incursion into Kursk region"
    said = "calling the cross-border attack a provocation"
    start = reaction.text.index(said)
    statement = Quote("q1", reaction.id, said, start, start + len(said), "indirect", "called",
                      speaker=ActorRef("Moscow", "Moscow", "RUSGOV", "RUS", "GOV"),
                      stance=Stance("escalatory", "the incursion"))
    unrelated = article(301, "Wire E", day + timedelta(days=1), "Heavy rain flooded streets in Valencia.")
    store.add_articles([reaction, unrelated])
    store.add_coded([CodedDocument(reaction, quotes=[statement]), CodedDocument(unrelated)], "test")
    result = update_incidents(store)
    assert result.new_mentions == 0 and result.articles_linked == 1
    assert store.connection.execute("SELECT num_articles, num_sources FROM incidents").fetchall() == [(4, 4)]
    assert article_incidents(store)["a300"] == incident_id
    assert "a301" not in article_incidents(store)
    # What the linked article says is said about the incident.
    from sitrep.analysis.signals import statements_about

    assert "a300" in {quote["article_id"] for quote in statements_about(store.connection, [incident_id])}
    update_incidents(store)  # a link is no stale mention: it stays
    assert article_incidents(store)["a300"] == incident_id


KHERSON = dict(lat=46.76, lon=33.37, country="UKR", admin1="Kherson", name="Nova Kakhovka")


def dam_news() -> dict[str, CodedDocument]:
    """The Kakhovka dam destroyed (two reports), shelling in Kharkiv the same day, and two reactions to the dam
    without an event of their own there: a denial coded as a REJECT, a follow-up coded with no event at all."""
    day, next_day = date(2023, 6, 6), date(2023, 6, 7)

    def titled(n: int, title: str, published: date, text: str) -> Article:
        art = article(n, f"Wire {n}", published, text)
        art.title = title
        return art

    docs = {}
    for n in (1, 2):
        sentence = "Russian forces destroyed the Kakhovka dam on the Dnipro, flooding Kherson."
        art = titled(1000 + n, "Kakhovka dam destroyed, Kherson flooded", day, sentence)
        docs[art.id] = CodedDocument(art, events=[event(art, 1, sentence, "ASSAULT", "202", -10.0, RUS_MIL, UKR_MIL,
                                                        KHERSON, day, "heavy-weapons")])
    sentence = "Russian forces shelled Kharkiv, damaging homes."
    art = titled(1003, "Shelling in Kharkiv", day, sentence)
    docs[art.id] = CodedDocument(art, events=[event(art, 1, sentence, "ASSAULT", "194", -10.0, RUS_MIL, UKR_MIL,
                                                    KHARKIV, day, "heavy-weapons")])
    sentence = "Russia rejected accusations that its forces destroyed the Kakhovka dam on the Dnipro."
    art = titled(1004, "Kremlin denies destroying Kakhovka dam as Kherson floods", next_day, sentence)
    docs[art.id] = CodedDocument(art, events=[event(art, 1, sentence, "REJECT", "120", -4.0, RUS_MIL, UKR_MIL,
                                                    KHERSON, next_day)])
    art = titled(1005, "Kherson floods after Kakhovka dam destroyed",
                 next_day, "Residents of Kherson waded through water after the Kakhovka dam on the Dnipro burst.")
    docs[art.id] = CodedDocument(art)
    return docs


def together(store: Store) -> set[frozenset[str]]:
    """The store's incidents as sets of articles, event mentions and whole-article links alike."""
    rows = store.connection.execute("SELECT incident_id, list(DISTINCT article_id) FROM incident_mentions GROUP BY 1")
    return {frozenset(articles) for _, articles in rows.fetchall()}


def test_reactions_link_to_their_incident_whatever_order_they_arrive_in(tmp_path):
    docs = dam_news()
    orders = {
        "one batch": [list(docs)],
        "reactions first, a run before the incident": [["a1003", "a1004", "a1005"], ["a1001", "a1002"]],
        "reactions between the reports": [["a1001", "a1003"], ["a1004", "a1005"], ["a1002"]],
    }
    found = {}
    for name, runs in orders.items():
        with Store.open(tmp_path / f"{len(found)}.duckdb") as opened:
            for run in runs:
                opened.add_articles([docs[article_id].article for article_id in run])
                opened.add_coded([docs[article_id] for article_id in run], "test")
                update_incidents(opened)
            found[name] = together(opened)
            counts = dict(opened.connection.execute(
                "SELECT incident_id, num_articles FROM incidents").fetchall())
            dam = opened.connection.execute(
                "SELECT incident_id FROM incident_mentions WHERE article_id = 'a1001'").fetchone()[0]
            assert counts[dam] == 4, name  # two reports and two linked reactions
    assert frozenset({"a1001", "a1002", "a1004", "a1005"}) in found["one batch"]
    assert all(partition == found["one batch"] for partition in found.values()), found


def test_a_stance_the_sentence_does_not_give_its_speaker_is_not_a_statement():
    from sitrep.analysis.statements import statement_flaw

    said = "Russia's full-scale invasion of Ukraine"
    assert statement_flaw("China", "China", "condemned", " has never ", None, said, True) == "negated"
    assert statement_flaw("Kenya", "Kenya", "denounce", " could ", None, said, True) == "hypothetical"
    assert statement_flaw("Germany", "Germany", "condemn", " did not hesitate to ", None, said, True) is None
    assert statement_flaw("Iranian operatives", None, "accused", " were ", None, "of planning a kidnapping",
                          True) == "passive"
    assert statement_flaw("Lai", "Jimmy Lai", "stands", None, " accused of ", "accused of collusion", True) == "passive"
    assert statement_flaw("you", None, "think", " ", None, "Taiwan should arm itself", True) == "no speaker"
    assert statement_flaw(None, None, "said", None, None, "the strikes must stop at once", True) == "no speaker"
    assert statement_flaw("Paris", "Paris", "accused", None, None, "of aiding rebels", True) == "passive"
    assert statement_flaw("Ford", "Doug Ford", "said", None, None, "shut it off", False) == "fragment"
    assert statement_flaw("officials", None, "described", " ", None, "what officials described as aliens", True,
                          speaker_inside=True) == "narration"
    assert statement_flaw("he", "Richard Weitz", "added", None, None, 'That said," he added, "a summit would not be '
                          'provocative', True, speaker_inside=True) is None
    # Reported speech may be short, and an accuser named in the active voice is the speaker.
    assert statement_flaw("Erdogan", "Recep Tayyip Erdogan", "denounced", " ", None, "Israel", True) is None
    assert statement_flaw("The United States", "United States", "accused", " and others have ", None,
                          "Beijing of genocide", True) is None


def test_plural_unnamed_speakers_agree_with_their_verb():
    from sitrep.analysis.assess import _statement_summary

    statements = [
        {"country": None, "speaker": None, "speaker_text": "White House officials", "stance": "threatens"},
        {"country": None, "speaker": None, "speaker_text": "His U.N. mission", "stance": "escalatory"},
        {"country": None, "speaker": None, "speaker_text": "Analysts", "stance": "condemns"},
        {"country": None, "speaker": None, "speaker_text": "The analysts", "stance": "condemns"},
    ]
    assert _statement_summary(statements) == (
        "White House officials threaten, His U.N. mission calls it escalatory, Analysts condemn it")


def _reactions_doc(n: int, day: date) -> CodedDocument:
    """The incursion reported once, with four reactions: one real, one negated, one passive (the accused
    named where the speaker would be) and one by a third country about something else."""
    sentence = "Ukrainian troops crossed into Russia's Kursk region, capturing the town of Sudzha."
    reactions = [
        ("The Kremlin", "Kremlin", "RUS", "condemned", "the incursion as a terrorist attack on Russian soil"),
        ("China", "China", "CHN", "condemned", "Russia's war in Ukraine"),
        ("Ukrainian commanders", None, "UKR", "accused", "of shelling civilians in Sudzha"),
        ("Brazil", "Brazil", "BRA", "condemned", "the election result in Venezuela last year"),
    ]
    glue = {"The Kremlin": " ", "China": " has never ", "Ukrainian commanders": " were ", "Brazil": " "}
    text = sentence
    quotes = []
    for number, (speaker, name, country, cue, content) in enumerate(reactions, start=1):
        text += " "
        speaker_start = len(text)
        text += speaker + glue[speaker]
        cue_start = len(text)
        text += cue + " "
        start = len(text)
        text += content + "."
        quotes.append(Quote(
            f"q{number}", f"a{n}", content, start, start + len(content), "indirect", cue, cue_start,
            cue_start + len(cue),
            speaker=ActorRef(speaker, name, f"{country}GOV", country, "GOV", speaker_start,
                             speaker_start + len(speaker)),
            stance=Stance("condemns", content)))
    art = article(n, "Wire A", day, text)
    return CodedDocument(art, events=[event(art, 1, sentence, "COERCE", "192", -9.5, UKR_MIL, RUS_MIL, SUDZHA,
                                            day, "seize")], quotes=quotes)


def test_key_statements_leave_out_negated_passive_and_unrelated_stances(store):
    day = date(2024, 8, 7)
    doc = _reactions_doc(700, day)
    store.add_articles([doc.article])
    store.add_coded([doc], "test")
    update_incidents(store)
    result = assess(store.connection, "pair", "RUS-UKR", date(2024, 8, 1), date(2024, 8, 8))
    assert [s["speaker_text"] for s in result.statements] == ["The Kremlin"]
    assert "RUS condemns it" in result.headline and "CHN" not in result.headline

    markdown = render_markdown(build_report(store.connection, date(2024, 8, 1), date(2024, 8, 8)))
    statements = markdown.split("## Key statements")[1].split("## Where")[0]
    # Reported speech reads after its cue verb, not inside quotation marks the speaker never spoke.
    assert "- Kremlin (condemns): condemned the incursion as a terrorist attack on Russian soil — " in statements
    assert "China" not in statements and "Ukrainian commanders" not in statements and "Brazil" not in statements


def test_the_report_names_the_incidents_its_map_cannot_show(store):
    day = date(2024, 8, 7)
    doc = _reactions_doc(710, day)
    doc.events[0].location.lat = doc.events[0].location.lon = None
    store.add_articles([doc.article])
    store.add_coded([doc], "test")
    update_incidents(store)
    report = build_report(store.connection, date(2024, 8, 1), date(2024, 8, 8))
    assert "Not on the map (no point location): Sudzha (inc-" in render_markdown(report)
    assert "Not on the map (no point location): Sudzha (inc-" in render_html(report)


def _pdf_text(document: bytes) -> str:
    """The text drawn in a PDF set in a core font (fpdf2 writes it into zlib-compressed page streams)."""
    import re
    import zlib

    streams = re.findall(rb"stream\r?\n(.*?)\r?\nendstream", document, flags=re.S)
    return "".join(zlib.decompress(stream).decode("latin-1", "replace") for stream in streams
                   if stream.startswith(b"x"))


def test_a_pdf_report_links_every_incident_to_its_articles(tmp_path):
    db = tmp_path / "pdf.duckdb"
    with Store.open(db) as opened:
        docs = incursion_reports(100, date(2024, 8, 7))
        opened.add_articles([doc.article for doc in docs])
        opened.add_coded(docs, "test")
        update_incidents(opened)
        incident_id = opened.connection.execute("SELECT min(incident_id) FROM incidents").fetchone()[0]
    output = tmp_path / "report.pdf"
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--from", "2024-08-01", "--to", "2024-08-10",
                                      "--format", "pdf", "--output", str(output)])
    assert result.exit_code == 0, result.output
    document = output.read_bytes()
    assert document.startswith(b"%PDF-") and document.rstrip().endswith(b"%%EOF")
    # Each source article is a link in the PDF.
    for doc in docs:
        assert f"/URI ({doc.article.url})".encode() in document
    assert incident_id.startswith("inc-")


def test_a_pdf_report_without_a_unicode_font_writes_latin_text(monkeypatch, store):
    from sitrep.analysis import report_pdf

    monkeypatch.setattr(report_pdf, "_unicode_font", lambda: None)
    docs = incursion_reports(120, date(2024, 8, 7))
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    report = build_report(store.connection, date(2024, 8, 1), date(2024, 8, 10))
    text = _pdf_text(report_pdf.render_pdf(report))
    assert "Situation report: 2024-08-01 to 2024-08-10" in text
    assert report.incidents and all(item.incident_id in text for item in report.incidents)
    # Windows-1252 is kept (dashes, curly quotes, "ó"); other letters lose their accents; other scripts are "?".
    assert report_pdf._latin("Zelenskyy — “Kyiv”, Łódź, Київ") == "Zelenskyy — “Kyiv”, ?ódz, ????"


def test_a_pdf_report_is_not_written_to_a_terminal_or_in_an_unknown_format(tmp_path):
    db = tmp_path / "empty.duckdb"
    with Store.open(db):
        pass
    result = CliRunner().invoke(app, ["report", "--db", str(db), "--format", "docx"])
    assert result.exit_code == 2
    assert "md, html or pdf" in " ".join(result.output.split())


def test_a_countrys_own_conflict_is_a_series_read_by_its_speakers_names(store):
    rebels = ActorRef("Baloch militants", "Baloch Liberation Army", "PAKREB", "PAK", "REB")
    army = ActorRef("Pakistani soldiers", "Pakistan", "PAKMIL", "PAK", "MIL")
    quetta = dict(lat=30.19, lon=67.01, country="PAK", admin1="Balochistan", name="Quetta")
    docs = []
    for n, day in enumerate([date(2025, 2, 3), date(2025, 2, 17), date(2025, 3, 11)]):
        sentence = f"Baloch militants attacked Pakistani soldiers near Quetta on day {n}."
        quote = "We will strike again"
        art = article(800 + n, "Wire A", day, f"{sentence} The BLA said: \u201c{quote}.\u201d")
        start = art.text.index(quote)
        docs.append(CodedDocument(
            # Words first, then fighting: the first violent incident comes after some history.
            art, events=[event(art, 1, sentence, *(("ACCUSE", "112", -2.0) if n == 0 else ("ASSAULT", "190", -10.0)),
                               rebels, army, quetta, day)],
            quotes=[Quote("q1", art.id, quote, start, start + len(quote), "direct", "said",
                          speaker=ActorRef("The BLA", "Baloch Liberation Army", "PAKREB", "PAK", "REB"),
                          stance=Stance("threatens", None))]))
    store.add_articles([doc.article for doc in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    result = assess(store.connection, "dyad", "PAK-PAK", date(2025, 3, 10), date(2025, 3, 16))
    assert result.incidents == 1
    assert result.headline.startswith("PAK (internal):")
    assert "Baloch Liberation Army threatens" in result.headline
    # Fighting at home is not "inside the target's own territory", which means across a border.
    points = build_series(store.connection, "dyad", "week", "PAK-PAK")["PAK->PAK"]
    signals = [s.explanation for period in assess_series(store.connection, points) for s in period.signals]
    assert not [text for text in signals if "own territory" in text]
    report = build_report(store.connection, date(2025, 3, 10), date(2025, 3, 16))
    assert report.assessments and report.assessments[0][0].key == "PAK-PAK"
    # A report over five months charts all of them, not only the last 12 weeks.
    long_report = render_markdown(build_report(store.connection, date(2024, 10, 1), date(2025, 3, 16)))
    chart = long_report.split("weekly intensity, last 24 weeks: `")[1].split("`")[0]
    assert len(chart) == 24 and chart.count("▁") < 24


def test_incidents_of_one_event_that_clustering_kept_apart_are_one_line_of_the_report(store):
    # Two incidents of the same day, place and stories (the takeover of a train, and "the train came under
    # attack") and an unrelated one the same day and place but from other stories: two lines, not three.
    rows = [
        ("inc-a", "ASSAULT", 7, "PAK", "PAK", "Balochistan", 3, "Militants took over the train.", ["a1", "a2", "a3"]),
        ("inc-b", "ASSAULT", 7, "PAK", None, "Balochistan", 2, "The train came under attack.", ["a2", "a3"]),
        ("inc-c", "ASSAULT", 6, "PAK", "PAK", "Balochistan", 1, "A checkpoint was attacked.", ["a9"]),
    ]
    for incident_id, plover, rung, source, target, place, articles, summary, article_ids in rows:
        store.connection.execute(
            "INSERT INTO incidents (incident_id, plover_type, rung, source_country, target_country, date_value,"
            " location_name, num_articles, num_sources, summary, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, 1)",
            [incident_id, plover, rung, source, target, date(2025, 3, 11), place, articles, summary])
        for article_id in article_ids:
            store.connection.execute("INSERT INTO incident_mentions VALUES (?, ?, ?)",
                                     [incident_id, article_id, f"e-{incident_id}"])
    report = build_report(store.connection, date(2025, 3, 5), date(2025, 3, 12))
    assert [(item.incident_id, item.related) for item in report.incidents] == [("inc-a", ["inc-b"]), ("inc-c", [])]
    assert "(with inc-b: same day, place, sides and reports)" in render_markdown(report)


def test_a_new_series_says_when_its_highest_rung_rests_on_one_article(store):
    doc = _reactions_doc(720, date(2024, 8, 7))
    store.add_articles([doc.article])
    store.add_coded([doc], "test")
    update_incidents(store)
    single = assess(store.connection, "pair", "RUS-UKR", date(2024, 8, 1), date(2024, 8, 8))
    assert single.verdict == "new" and "(a single report)" in single.headline
    docs = incursion_reports(730, date(2024, 8, 7))
    store.add_articles([d.article for d in docs])
    store.add_coded(docs, "test")
    update_incidents(store)
    confirmed = assess(store.connection, "pair", "RUS-UKR", date(2024, 8, 1), date(2024, 8, 8))
    assert confirmed.verdict == "new" and "(a single report)" not in confirmed.headline


def test_a_speaker_is_named_once_in_the_verdict_with_its_first_stance():
    from sitrep.analysis.assess import _statement_summary

    statements = [
        {"country": None, "speaker": "Baloch Liberation Army", "speaker_text": "The BLA", "stance": "threatens"},
        {"country": None, "speaker": None, "speaker_text": "Pakistani officials", "stance": "condemns"},
        {"country": None, "speaker": "Baloch Liberation Army", "speaker_text": "it", "stance": "condemns"},
    ]
    assert _statement_summary(statements, internal=True) == (
        "Baloch Liberation Army threatens, Pakistani officials condemn it")

"""The event evaluation harness: readers, scorers, main event, and ``sitrep eval events``.

The harness is exercised with stand-in coders built from the gold data (an "oracle", which must
score perfectly, proving readers, views and scorers agree) and an empty coder; the real pipeline
is scored by the slow tests at the end.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.eval import event_harness
from sitrep.eval import event_readers as readers
from sitrep.eval.event_views import country_of_code, main_event
from sitrep.eval.scoring import SetScores, classification_report
from sitrep.events import codebook
from sitrep.model import ActorRef, Article, CodedDocument, Event, Modality

# --- readers ----------------------------------------------------------------------------------


def test_petrarch_suite_reader(shared_data: Path) -> None:
    suite = readers.read_petrarch_suite(shared_data / "events" / "petrarch2_unittest")
    assert len(suite.records) == 284
    assert readers.petrarch_coding_count(suite) == 385  # events + no-event + discard markers
    assert sum(len(record.codings) for record in suite.records) == 359
    assert {record.category for record in suite.records} >= {"DEMO", "ACTOR", "AGENT", "COMPOUND", "SYNSET"}
    first = suite.records[0]
    assert (first.id, first.codings) == ("DEMO-00", [readers.Coding("ARN", "GON", "064")])
    assert first.text.startswith("Arnor is about to restore full diplomatic ties with Gondor")
    assert sum(1 for record in suite.records if record.error) == 7
    assert suite.actors_path.name == "PETR.Validate.actors.txt"
    # the dictionaries named by the suite's <Environment>
    assert suite.verbs_path is not None and suite.verbs_path.name == "PETR.Validate.verbs.txt"
    assert suite.discards_path is not None and suite.discards_path.name == "PETR.Validate.discards.txt"


def test_gsr_reader(shared_data: Path) -> None:
    sentences = readers.read_gsr(shared_data / "events" / "petr2_gsr_validation.xml")
    assert len(sentences) == 78
    assert sum(len(sentence.codings) for sentence in sentences) == 80
    assert sum(sentence.no_event for sentence in sentences) == 12
    assert sentences[0].codings == [readers.Coding("USA", "CHN", "042")]
    assert all(sentence.text and "<" not in sentence.text for sentence in sentences)


def test_plover_reader(shared_data: Path) -> None:
    everything = readers.read_plover(shared_data / "events" / "plover_gsr_dev.json", include_documents=True)
    assert len(everything) == 201
    records = readers.plover_events(everything)
    assert len(records) == 200
    assert {record.event_type for record in records} <= set(codebook.PLOVER_TYPES)
    assert not {"FIGHT", "DEMAND", "DISAPPROVE", "INVESTIGATE"} & {record.event_type for record in records}
    fights = [record for record in records if record.event_type_v05 == "FIGHT"]
    assert fights and all(record.event_type == "ASSAULT" for record in fights)


def test_case_and_quad_readers(shared_data: Path) -> None:
    snippets = readers.read_case(shared_data / "events" / "case2021_task2_dev.tsv")
    assert len(snippets) == 300
    assert sum(1 for snippet in snippets if snippet.label in codebook.CASE_LABELS) == 240
    quads = readers.read_quad(shared_data / "events" / "conflibert_quad_train.tsv")
    assert len(quads) == 1349
    assert {sentence.quad_class for sentence in quads} == {0, 1, 2, 3, 4}


def test_readers_report_bad_files(tmp_path: Path) -> None:
    with pytest.raises(readers.EvalDataError, match="not found"):
        readers.read_case(tmp_path / "absent.tsv")
    bad = tmp_path / "quad.tsv"
    bad.write_text("a sentence\t7\n", encoding="utf-8")
    with pytest.raises(readers.EvalDataError, match="line 1"):
        readers.read_quad(bad)
    broken = tmp_path / "plover.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(readers.EvalDataError, match="not valid JSON"):
        readers.read_plover(broken)


# --- scorers and views ------------------------------------------------------------------------


def test_set_scores_by_hand() -> None:
    scores = SetScores()
    scores.add({"a", "b", "c"}, {"b", "c", "d", "e"})
    assert (scores.tp, scores.fp, scores.fn) == (2, 2, 1)
    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(4 / 7)
    scores.add(set(), {"x"})  # a no-event sentence coded anyway: a false positive
    assert scores.precision == pytest.approx(2 / 5)


def test_classification_report_by_hand() -> None:
    report = classification_report(["A", "A", "B", "C"], ["A", "B", "B", "NONE"], labels=["A", "B", "C"])
    assert report.accuracy == pytest.approx(0.5)
    assert report.per_label["A"].f1 == pytest.approx(2 / 3)
    assert report.per_label["B"].f1 == pytest.approx(2 / 3)
    assert report.per_label["C"].f1 == 0.0
    assert report.macro_f1 == pytest.approx(4 / 9)
    assert report.weighted_f1 == pytest.approx(0.5)
    assert report.most_confused()[0][:2] in {("A", "B"), ("C", "NONE")}
    with pytest.raises(ValueError):
        classification_report(["A"], [])


def _event(
    plover_type: str = "ASSAULT",
    cameo_code: str | None = "190",
    confidence: float = 0.5,
    start: int = 0,
    source: Iterable[ActorRef] = (),
    target: Iterable[ActorRef] = (),
    acled: tuple[str, str] | None = None,
    negated: bool = False,
) -> Event:
    return Event(
        event_id=f"e{start}",
        article_id="a",
        sentence="",
        start=start,
        end=start + 1,
        trigger="",
        plover_type=plover_type,
        cameo_code=cameo_code,
        quad_class=codebook.quad_class(cameo_code) if cameo_code and codebook.is_cameo(cameo_code) else None,
        acled_event_type=acled[0] if acled else None,
        acled_sub_event_type=acled[1] if acled else None,
        source=list(source),
        target=list(target),
        modality=Modality(negated=negated),
        confidence=confidence,
    )


def test_main_event_skips_non_factual_and_prefers_confidence() -> None:
    negated = _event(confidence=0.99, negated=True)
    low = _event(plover_type="CONSULT", cameo_code="040", confidence=0.4, start=1)
    high = _event(plover_type="ACCUSE", cameo_code="111", confidence=0.8, start=5)
    assert main_event([negated, low, high]) is high
    assert main_event([negated]) is None
    tie_early, tie_late = _event(confidence=0.7, start=2), _event(confidence=0.7, start=9)
    assert main_event([tie_late, tie_early]) is tie_early
    assert main_event([high, low], wanted=lambda event: event.plover_type == "CONSULT") is low


def test_country_of_code() -> None:
    assert country_of_code("USAGOV") == "USA"
    assert country_of_code("---REB") is None
    assert country_of_code("IGOUNOMIL") == "IGO"
    assert country_of_code("") is None


# --- the harness with stand-in coders ---------------------------------------------------------


class StandInCoder:
    """Answers from a table of events per article id; articles it does not know get no events."""

    def __init__(self, events: dict[str, list[Event]]) -> None:
        self.events = events
        self.batches = 0

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedDocument]:
        self.batches += 1
        for article in articles:
            yield CodedDocument(article, events=list(self.events.get(article.id, [])))


def _actor(code: str) -> ActorRef:
    country = country_of_code(code)
    international = country in {"IGO", "NGO"}
    return ActorRef(text=code, code=code or None, country=None if international or not country else country)


def _petrarch_oracle(data: Path) -> StandInCoder:
    suite = readers.read_petrarch_suite(data / "events" / "petrarch2_unittest")
    return StandInCoder(
        {
            record.id: [
                _event(
                    cameo_code=c.code,
                    source=[_actor(c.source)] if c.source else [],
                    target=[_actor(c.target)] if c.target else [],
                    start=i,
                )
                for i, c in enumerate(record.codings)
            ]
            for record in suite.records
        }
    )


def _gsr_oracle(data: Path) -> StandInCoder:
    sentences = readers.read_gsr(data / "events" / "petr2_gsr_validation.xml")
    return StandInCoder(
        {
            sentence.id: [
                _event(cameo_code=c.code, source=[_actor(c.source)], target=[_actor(c.target)], start=i)
                for i, c in enumerate(sentence.codings)
            ]
            for sentence in sentences
        }
    )


def _plover_oracle(data: Path) -> StandInCoder:
    records = readers.plover_events(readers.read_plover(data / "events" / "plover_gsr_dev.json"))
    return StandInCoder(
        {
            record.id: [
                _event(
                    plover_type=record.event_type,
                    cameo_code=codebook.default_cameo_for_plover(record.event_type).code,
                    source=[_actor(actor.code or "") for actor in record.source],
                    target=[_actor(actor.code or "") for actor in record.target],
                )
            ]
            for record in records
        }
    )


def _case_oracle(data: Path) -> StandInCoder:
    snippets = readers.read_case(data / "events" / "case2021_task2_dev.tsv")
    return StandInCoder(
        {
            snippet.id: [_event(acled=codebook.acled_for_case_label(snippet.label))]
            for snippet in snippets
            if snippet.label in codebook.CASE_LABELS
        }
    )


def _quad_oracle(data: Path) -> StandInCoder:
    roots = {1: "040", 2: "070", 3: "111", 4: "190"}
    quads = readers.read_quad(data / "events" / "conflibert_quad_train.tsv")
    return StandInCoder({s.id: [_event(cameo_code=roots[s.quad_class])] for s in quads if s.quad_class})


ORACLES: dict[str, tuple[Callable[[Path], StandInCoder], str]] = {
    "petrarch2": (_petrarch_oracle, "exact_record_accuracy"),
    "gsr": (_gsr_oracle, "triple_f1"),
    "plover": (_plover_oracle, "type_accuracy"),
    "case": (_case_oracle, "weighted_f1"),
    "quad": (_quad_oracle, "macro_f1"),
}


@pytest.mark.parametrize("dataset", list(ORACLES))
def test_an_oracle_scores_perfectly_and_an_empty_coder_does_not(shared_data: Path, dataset: str) -> None:
    make_oracle, headline = ORACLES[dataset]
    oracle = make_oracle(shared_data)
    perfect = event_harness.evaluate(dataset, shared_data, coder=oracle)
    assert perfect.figures[headline] == pytest.approx(1.0)
    assert oracle.batches == 1  # every text goes through one code_many call
    empty = event_harness.evaluate(dataset, shared_data, coder=StandInCoder({}))
    assert empty.figures[headline] < 0.5


def test_quad_is_read_in_the_sets_phoenix_convention(shared_data: Path) -> None:
    """Appeals (02) score as 0 and reduced relations (16) as verbal conflict there; sitrep's own QuadClass
    (02 -> 1, 16 -> 4) is reported beside it."""
    quads = readers.read_quad(shared_data / "events" / "conflibert_quad_train.tsv")
    appeal, sanction = "020", "163"
    coder = StandInCoder({s.id: [_event(cameo_code=appeal if s.quad_class == 0 else sanction)] for s in quads})
    result = event_harness.evaluate("quad", shared_data, coder=coder)
    zeros, threes = sum(s.quad_class == 0 for s in quads), sum(s.quad_class == 3 for s in quads)
    assert result.figures["accuracy"] == pytest.approx((zeros + threes) / len(quads))
    assert result.figures["sitrep_quad_accuracy"] < result.figures["accuracy"]


def test_oracle_details(shared_data: Path) -> None:
    petrarch = event_harness.evaluate("petrarch2", shared_data, coder=_petrarch_oracle(shared_data))
    assert petrarch.per_category["DEMO"]["accuracy"] == 1.0
    assert petrarch.items == 284
    gsr = event_harness.evaluate("gsr", shared_data, coder=_gsr_oracle(shared_data))
    assert gsr.figures["exact_code_f1"] == pytest.approx(1.0)
    plover = event_harness.evaluate("plover", shared_data, coder=_plover_oracle(shared_data))
    assert plover.figures["source_country_accuracy"] == pytest.approx(1.0)
    assert plover.figures["type_macro_f1"] == pytest.approx(1.0)
    case = event_harness.evaluate("case", shared_data, coder=_case_oracle(shared_data))
    assert case.counts == {"acled_snippets": 240, "other_snippets": 60, "no_acled_event": 60}
    assert case.figures["all_labels_weighted_f1"] < 1.0  # the 60 non-ACLED snippets cannot be matched


def test_empty_coder_is_right_only_on_no_event_items(shared_data: Path) -> None:
    petrarch = event_harness.evaluate("petrarch2", shared_data, coder=StandInCoder({}))
    no_event_records = 284 - sum(
        1 for r in readers.read_petrarch_suite(shared_data / "events" / "petrarch2_unittest").records if r.codings
    )
    assert petrarch.counts["records_right"] == no_event_records
    quad = event_harness.evaluate("quad", shared_data, coder=StandInCoder({}))
    assert quad.figures["accuracy"] == pytest.approx(240 / 1349)


def test_limit_takes_the_first_items(shared_data: Path) -> None:
    result = event_harness.evaluate("case", shared_data, limit=10, coder=StandInCoder({}))
    assert result.items == 10


# --- the command ------------------------------------------------------------------------------


def _app():  # imported here so a half-finished command elsewhere cannot stop the other tests
    from sitrep.cli import app

    return app


def test_cli_reports_a_missing_data_dir(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["eval", "events", "--data-dir", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "not found" in result.output


def test_cli_rejects_an_unknown_dataset(tmp_path: Path) -> None:
    result = CliRunner().invoke(_app(), ["eval", "events", "--dataset", "gdelt", "--data-dir", str(tmp_path)])
    assert result.exit_code != 0


def test_cli_json_and_table(shared_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sitrep.eval import events as events_command

    monkeypatch.setattr(events_command, "build_coder", lambda dataset, data_dir: _case_oracle(shared_data))
    output = tmp_path / "figures.json"
    runner = CliRunner()
    result = runner.invoke(
        _app(), ["eval", "events", "-d", "case", "--data-dir", str(shared_data), "--json", "--output", str(output)]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(output.read_text())
    assert figures["results"]["case"]["figures"]["weighted_f1"] == 1.0
    assert json.loads(result.stdout)["results"]["case"]["items"] == 300
    table = runner.invoke(_app(), ["eval", "events", "-d", "case", "--data-dir", str(shared_data), "--confusion"])
    assert table.exit_code == 0, table.output
    assert "weighted_f1" in table.stdout and "1.000" in table.stdout


def test_wrong_items_of_measure_only_sets_leave_their_text_out() -> None:
    from sitrep.eval.event_harness import _errors

    wrong = [("item-1", "Troops shelled the town.", "ASSAULT", "NONE")]
    assert _errors(wrong, "case") == [{"id": "item-1", "gold": "ASSAULT", "predicted": "NONE"}]
    assert _errors(wrong, "gsr")[0]["text"] == "Troops shelled the town."


def test_views_expand_compound_actors() -> None:
    from sitrep.eval.event_views import country_triples, petrarch_codings

    event = _event(
        cameo_code="1123",
        source=[ActorRef("US", code="USAGOV", country="USA"), ActorRef("France", code="FRA", country="FRA")],
        target=[ActorRef("NATO", code="IGONATO", country=None)],
    )
    assert country_triples(event) == {("USA", "IGO", "11"), ("FRA", "IGO", "11")}
    assert ("FRA", "IGONATO", "1123") in petrarch_codings(event)
    assert country_triples(_event(cameo_code="190")) == {(None, None, "19")}
    assert petrarch_codings(_event(cameo_code=None)) == set()


# --- floors for the real pipeline (measured figures in BENCHMARKS.md, "Events") ----------------

# dataset -> {figure: floor}: each floor sits a little below the figure measured when it was set
# (BENCHMARKS.md, "Events"), so a change that makes event coding worse fails here. Whole sets:
# the quad file is grouped by kind of sentence, so its first N items are not representative.
FLOORS: dict[str, dict[str, float]] = {
    # coded the PETRARCH way with the suite's own dictionaries (0.859 / 0.913 measured)
    "petrarch2": {"exact_record_accuracy": 0.83, "actor_pair_f1": 0.88},
    # 0.758 / 0.786 measured (28 Nov, 05:40 UTC, sixth session; 0.710 / 0.721 before it)
    "gsr": {"triple_f1": 0.73, "root_only_f1": 0.76},
    # type / source / target: 0.805 / 0.704 / 0.624 measured (28 Nov, 15:30 UTC, tenth session; 0.780 / 0.683 /
    # 0.608 before it, 0.775 / 0.673 / 0.602 in the eighth)
    "plover": {"type_accuracy": 0.78, "source_country_accuracy": 0.68, "target_country_accuracy": 0.60},
    # 0.844 / 0.810 measured (28 Nov, 22:00 UTC, twelfth session; 0.819 / 0.786 in the tenth and eleventh, 0.757 /
    # 0.728 before the eighth). The weighted floor is issue #3's goal itself, so a change that loses it fails here.
    "case": {"weighted_f1": 0.84, "macro_f1": 0.79},
    # in the set's (Phoenix) convention 0.750, sitrep's own QuadClass 0.644 (27 Nov, 21:37 UTC)
    "quad": {"macro_f1": 0.72, "sitrep_quad_macro_f1": 0.61},
}


@pytest.fixture(scope="module")
def real_coders(shared_data: Path) -> dict[str, event_harness.EventCoder]:
    return {
        "petrarch2": event_harness.build_coder("petrarch2", shared_data),
        "default": event_harness.build_coder("gsr", shared_data),
    }


@pytest.mark.slow
@pytest.mark.parametrize("dataset", list(FLOORS))
def test_event_coding_floor(shared_data: Path, real_coders: dict[str, event_harness.EventCoder], dataset: str) -> None:
    coder = real_coders["petrarch2" if dataset == "petrarch2" else "default"]
    result = event_harness.evaluate(dataset, shared_data, coder=coder)
    assert result.failed == 0
    below = {name: result.figures[name] for name, floor in FLOORS[dataset].items() if result.figures[name] < floor}
    assert not below, f"{dataset}: below the floor: {below}"

"""Run the event pipeline over each evaluation dataset and score it.

``evaluate(dataset, data_dir)`` codes every text of one dataset with ``Coder.code_many`` (one
batched spaCy pass) and returns a ``DatasetResult`` of figures. The coder is built by
``build_coder`` unless one is given: PETRARCH2's suite is coded the PETRARCH way with its own
(fictional) verb, actor, agent and discard dictionaries (``sitrep.events.petrarch_coding``), every
other dataset with sitrep's own lexicon and actors.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sitrep.eval import event_readers as readers
from sitrep.eval.event_views import (
    actor_country,
    announced_acts_view,
    cameo_view,
    country_of_code,
    country_triples,
    factual,
    main_event,
    petrarch_codings,
)
from sitrep.eval.scoring import SetScores, classification_report
from sitrep.events import codebook
from sitrep.events.acled_main import main_acled_event
from sitrep.model import Article, CodedDocument, Event

DATASETS: tuple[str, ...] = ("petrarch2", "gsr", "plover", "case", "quad")
EVENT_STAGES: tuple[str, ...] = ("places", "events")
MAX_ERRORS = 50  # wrongly coded items kept per dataset, for reading (--json)
# Sets that SOURCES.md marks "eval": measured only, so their wrong items are listed without their text, which
# nobody writing rules should read.
MEASURE_ONLY: frozenset[str] = frozenset({"plover", "case", "quad"})
NO_EVENT = "NONE"  # the prediction when a document has no (suitable) factual event

DATA_FILES: dict[str, str] = {
    "petrarch2": "events/petrarch2_unittest",
    "gsr": "events/petr2_gsr_validation.xml",
    "plover": "events/plover_gsr_dev.json",
    "case": "events/case2021_task2_dev.tsv",
    "quad": "events/conflibert_quad_train.tsv",
}


class EventCoder(Protocol):
    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedDocument]: ...


CoderFactory = Callable[[str, Path], EventCoder]
Progress = Callable[[int], None]  # called with the number of documents just coded


class EvalSetupError(Exception):
    """The pipeline cannot be set up for an evaluation (a missing stage or argument)."""


@dataclass(slots=True)
class DatasetResult:
    dataset: str
    items: int
    seconds: float
    figures: dict[str, float] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    per_category: dict[str, dict[str, float]] = field(default_factory=dict)
    confusion: list[tuple[str, str, int]] = field(default_factory=list)
    failed: int = 0  # documents whose coding raised an error (recorded on the document)
    errors: list[dict[str, Any]] = field(default_factory=list)  # the first wrongly coded items

    def to_dict(self) -> dict[str, Any]:
        return {
            "dataset": self.dataset,
            "items": self.items,
            "seconds": round(self.seconds, 2),
            "docs_per_second": round(self.items / self.seconds, 1) if self.seconds else None,
            "failed": self.failed,
            "figures": {name: round(value, 4) for name, value in self.figures.items()},
            "counts": dict(self.counts),
            "per_category": self.per_category,
            "confusion": [list(item) for item in self.confusion],
            "errors": self.errors,
        }


# --- building the coder -----------------------------------------------------------------------


def build_coder(dataset: str, data_dir: Path, head_sets_quad_class: bool = False) -> EventCoder:
    """The pipeline (places + events) for a dataset; PETRARCH2 gets PETRARCH's dictionaries."""
    from sitrep.pipeline import Coder

    if dataset != "petrarch2" and head_sets_quad_class:
        from sitrep.events.stage import EventStage

        return _coder_with_events_stage(EventStage(head_sets_quad_class=True))
    if dataset != "petrarch2":
        return Coder(stages=EVENT_STAGES)
    # The suite is coded with the dictionaries its <Environment> names, the PETRARCH way
    # (sitrep.events.petrarch_coding).
    from sitrep.events.petrarch_coding import PetrarchEventStage

    suite = readers.read_petrarch_suite(data_dir / DATA_FILES["petrarch2"])
    if suite.verbs_path is None:
        raise EvalSetupError("PETRARCH2's suite names no verb dictionary (<Verbfile>) that exists")
    try:
        stage = PetrarchEventStage.from_files(
            suite.verbs_path, suite.actors_path, suite.agents_path, suite.discards_path
        )
    except (OSError, ValueError) as error:
        raise EvalSetupError(f"PETRARCH2's dictionaries cannot be read: {error}") from None
    return _coder_with_events_stage(stage)


def _coder_with_events_stage(stage: Any) -> EventCoder:
    """The evaluation pipeline with a configured events stage (the registry builds stages without arguments)."""
    from sitrep.pipeline import Coder

    coder = Coder(stages=[name for name in EVENT_STAGES if name != "events"])
    coder.stages.append(("events", stage))
    coder.stage_names = (*coder.stage_names, "events")
    return coder


# --- coding -----------------------------------------------------------------------------------


def _article(item_id: str, text: str, date: str | None = None) -> Article:
    return Article(id=item_id, text=text, external_id=item_id, published=_published(date))


def _published(date: str | None) -> datetime | None:
    if not date:
        return None
    for pattern in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(date, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _code_all(coder: EventCoder, articles: Sequence[Article], progress: Progress | None) -> list[CodedDocument]:
    documents: list[CodedDocument] = []
    for document in coder.code_many(articles):
        documents.append(document)
        if progress is not None:
            progress(1)
    if len(documents) != len(articles):
        raise EvalSetupError(f"the coder returned {len(documents)} documents for {len(articles)} articles")
    return documents


def _errors(wrong: list[tuple[str, str, Any, Any]], dataset: str) -> list[dict[str, Any]]:
    """The first wrongly coded items; a measure-only set's items keep their id but not their text."""
    errors: list[dict[str, Any]] = []
    for item_id, text, gold, predicted in wrong[:MAX_ERRORS]:
        error: dict[str, Any] = {"id": item_id, "gold": gold, "predicted": predicted}
        if dataset not in MEASURE_ONLY:
            error["text"] = text[:300]
        errors.append(error)
    return errors


def _failed(documents: Iterable[CodedDocument]) -> int:
    return sum(1 for document in documents if document.error)


# --- the evaluations --------------------------------------------------------------------------


def evaluate_petrarch2(
    coder: EventCoder, data_dir: Path, limit: int | None, progress: Progress | None
) -> DatasetResult:
    """Share of PETRARCH2 unit-test records coded exactly as expected, overall and per category.

    A record is right when the set of (source, target, event code) of its events equals the
    expected set; records marked no-event or as discards are right when nothing is coded. Every
    event counts, whatever its modality: PETRARCH codes what its patterns match ("WILL NOT *" has
    a code of its own) and the suite expects future and intended acts to be coded.
    """
    suite = readers.read_petrarch_suite(data_dir / DATA_FILES["petrarch2"])
    records = suite.records[:limit]
    started = time.perf_counter()
    documents = _code_all(coder, [_article(r.id, r.text, r.date) for r in records], progress)
    seconds = time.perf_counter() - started
    per_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    codings, pairs = SetScores(), SetScores()
    wrong: list[tuple[str, str, Any, Any]] = []
    right = right_cameo = cameo_records = 0
    for record, document in zip(records, documents, strict=True):
        predicted: set[tuple[str, str, str]] = set()
        # PETRARCH codes whatever its dictionary's patterns match, modality included ("WILL NOT *" has
        # its own code, "is about to restore" is coded), so every coded event counts here.
        for event in document.events:
            predicted |= petrarch_codings(event)
        expected = set(record.codings)
        codings.add(expected, predicted)
        # Who did it to whom, whatever the event code: the actor side of the suite on its own.
        pairs.add({(c.source, c.target) for c in expected}, {(source, target) for source, target, _ in predicted})
        exact = predicted == expected
        right += exact
        if not exact:
            wrong.append((record.id, record.text, sorted(expected), sorted(predicted)))
        # Some records expect codes of the suite's own test verb dictionary (903, 345, 1717, ...),
        # which are not CAMEO codes and which sitrep cannot produce.
        if all(codebook.is_cameo(coding.code) for coding in record.codings):
            cameo_records += 1
            right_cameo += exact
        per_category[record.category][0] += exact
        per_category[record.category][1] += 1
    return DatasetResult(
        dataset="petrarch2",
        items=len(records),
        seconds=seconds,
        figures={
            "exact_record_accuracy": _share(right, len(records)),
            "exact_accuracy_cameo_only": _share(right_cameo, cameo_records),
            "coding_precision": codings.precision,
            "coding_recall": codings.recall,
            "coding_f1": codings.f1,
            "actor_pair_f1": pairs.f1,
        },
        counts={
            "records_right": right,
            "codings_expected": codings.tp + codings.fn,
            "records_with_cameo_codes_only": cameo_records,
        },
        per_category={
            category: {"n": total, "right": hits, "accuracy": round(hits / total, 4)}
            for category, (hits, total) in sorted(per_category.items())
        },
        failed=_failed(documents),
        errors=_errors(wrong, "petrarch2"),
    )


def evaluate_gsr(coder: EventCoder, data_dir: Path, limit: int | None, progress: Progress | None) -> DatasetResult:
    """Micro P/R/F1 of (source country, target country, CAMEO root) and of exact CAMEO codes.

    Sentences marked no-event have no gold triples, so anything coded there is a false positive.
    """
    sentences = readers.read_gsr(data_dir / DATA_FILES["gsr"])[:limit]
    started = time.perf_counter()
    documents = _code_all(coder, [_article(s.id, s.text, s.date) for s in sentences], progress)
    seconds = time.perf_counter() - started
    triples, exact, roots, modal_triples = SetScores(), SetScores(), SetScores(), SetScores()
    wrong: list[tuple[str, str, Any, Any]] = []
    no_event_right = 0
    for sentence, document in zip(sentences, documents, strict=True):
        # The set's coders code an announced act as the act ("will supply arms" 072); sitrep codes the
        # doer's intent (0332) and flags the act future. Scored in the set's convention, and in sitrep's.
        events = announced_acts_view(document.events)
        gold_root = {(country_of_code(c.source), country_of_code(c.target), c.code[:2]) for c in sentence.codings}
        modal_triples.add(gold_root, {t for event in cameo_view(document.events) for t in country_triples(event)})
        gold_exact = {(country_of_code(c.source), country_of_code(c.target), c.code) for c in sentence.codings}
        predicted_root: set[tuple[str | None, str | None, str | None]] = set()
        predicted_exact: set[tuple[str | None, str | None, str | None]] = set()
        for event in events:
            predicted_root |= country_triples(event)
            predicted_exact |= country_triples(event, exact_code=True)
        triples.add(gold_root, predicted_root)
        if gold_exact != predicted_exact:
            wrong.append((sentence.id, sentence.text, sorted(gold_exact, key=str), sorted(predicted_exact, key=str)))
        exact.add(gold_exact, predicted_exact)
        roots.add({c.code[:2] for c in sentence.codings}, {e.cameo_code[:2] for e in events if e.cameo_code})
        if not sentence.codings and not events:
            no_event_right += 1
    return DatasetResult(
        dataset="gsr",
        items=len(sentences),
        seconds=seconds,
        figures={
            "triple_precision": triples.precision,
            "triple_recall": triples.recall,
            "triple_f1": triples.f1,
            "exact_code_precision": exact.precision,
            "exact_code_recall": exact.recall,
            "exact_code_f1": exact.f1,
            "root_only_f1": roots.f1,
            "intent_as_coded_triple_f1": modal_triples.f1,
        },
        counts={
            "gold_triples": triples.tp + triples.fn,
            "no_event_sentences": sum(1 for s in sentences if not s.codings),
            "no_event_sentences_left_empty": no_event_right,
        },
        failed=_failed(documents),
        errors=_errors(wrong, "gsr"),
    )


def evaluate_plover(coder: EventCoder, data_dir: Path, limit: int | None, progress: Progress | None) -> DatasetResult:
    """Main-event PLOVER type (accuracy, macro F1) and source/target country accuracy."""
    records = readers.plover_events(readers.read_plover(data_dir / DATA_FILES["plover"]))[:limit]
    started = time.perf_counter()
    documents = _code_all(coder, [_article(r.id, r.text) for r in records], progress)
    seconds = time.perf_counter() - started
    gold_types, predicted_types = [], []
    wrong: list[tuple[str, str, Any, Any]] = []
    any_event_hits = 0
    actor_hits = {"source": [0, 0], "target": [0, 0]}
    for record, document in zip(records, documents, strict=True):
        event = main_event(document.events)
        gold_types.append(record.event_type)
        predicted_types.append(event.plover_type if event else NO_EVENT)
        if predicted_types[-1] != record.event_type:
            wrong.append((record.id, record.text, record.event_type, predicted_types[-1]))
        any_event_hits += record.event_type in {e.plover_type for e in factual(document.events)}
        for role in ("source", "target"):
            gold_countries = {country_of_code(actor.code) for actor in getattr(record, role)} - {None}
            if not gold_countries:
                continue
            predicted = {actor_country(actor) for actor in getattr(event, role)} if event else set()
            actor_hits[role][0] += bool(predicted & gold_countries)
            actor_hits[role][1] += 1
    report = classification_report(gold_types, predicted_types, labels=codebook.PLOVER_TYPES)
    present = [label for label in codebook.PLOVER_TYPES if report.per_label[label].support]
    macro_present = sum(report.per_label[label].f1 for label in present) / len(present) if present else 0.0
    return DatasetResult(
        dataset="plover",
        items=len(records),
        seconds=seconds,
        figures={
            "type_accuracy": report.accuracy,
            "type_macro_f1": macro_present,
            "type_in_any_event": any_event_hits / len(records) if records else 0.0,
            "source_country_accuracy": _share(*actor_hits["source"]),
            "target_country_accuracy": _share(*actor_hits["target"]),
        },
        counts={
            "records_with_source": actor_hits["source"][1],
            "records_with_target": actor_hits["target"][1],
            "no_main_event": predicted_types.count(NO_EVENT),
        },
        confusion=report.most_confused(top=None),
        failed=_failed(documents),
        errors=_errors(wrong, "plover"),
    )


def evaluate_case(coder: EventCoder, data_dir: Path, limit: int | None, progress: Progress | None) -> DatasetResult:
    """CASE 2021 task 2: weighted and macro F1 over the 25 ACLED-derived labels.

    A snippet's prediction is the CASE label of its most confident factual event that has an ACLED
    sub-event type, a suicide bomb or sexual violence first (``acled_main_event``; ``NONE`` when there
    is none); ``main_event_weighted_f1`` uses the document's main
    event itself, so a snippet whose main event is, say, a statement gets ``NONE``. The headline
    figures are over the snippets whose gold label is one of the 25 ACLED types; the dev set also
    holds the five subtask-3 labels outside ACLED (ORG_CRIME, NATURAL_DISASTER, MAN_MADE_DISASTER,
    DIPLO, ATTRIB), which sitrep does not code: they are reported separately ("all_labels_*",
    where they can only be missed).
    """
    snippets = readers.read_case(data_dir / DATA_FILES["case"])[:limit]
    started = time.perf_counter()
    documents = _code_all(coder, [_article(s.id, s.text) for s in snippets], progress)
    seconds = time.perf_counter() - started
    gold, predicted, predicted_strict = [], [], []
    wrong: list[tuple[str, str, Any, Any]] = []
    for snippet, document in zip(snippets, documents, strict=True):
        event = acled_main_event(document.events)
        gold.append(snippet.label)
        predicted.append(_case_label(event.acled_event_type, event.acled_sub_event_type) if event else NO_EVENT)
        if predicted[-1] != snippet.label and snippet.label in codebook.CASE_LABELS:
            wrong.append((snippet.id, snippet.text, snippet.label, predicted[-1]))
        # The strict reading: the document's main event, whether or not it has an ACLED type.
        strict = main_event(document.events)
        predicted_strict.append(
            _case_label(strict.acled_event_type, strict.acled_sub_event_type) if strict else NO_EVENT
        )
    acled = set(codebook.CASE_LABELS)
    seen = [index for index, label in enumerate(gold) if label in acled]
    labels_seen = [label for label in codebook.CASE_LABELS if label in {gold[i] for i in seen}]
    report = classification_report([gold[i] for i in seen], [predicted[i] for i in seen], labels=labels_seen)
    everything = classification_report(gold, predicted)
    strict_report = classification_report(
        [gold[i] for i in seen], [predicted_strict[i] for i in seen], labels=labels_seen
    )
    unseen = len(gold) - len(seen)
    return DatasetResult(
        dataset="case",
        items=len(snippets),
        seconds=seconds,
        figures={
            "weighted_f1": report.weighted_f1,
            "macro_f1": report.macro_f1,
            "accuracy": report.accuracy,
            "main_event_weighted_f1": strict_report.weighted_f1,
            "all_labels_weighted_f1": everything.weighted_f1,
            "all_labels_macro_f1": everything.macro_f1,
            "unseen_label_left_none": _share(
                sum(1 for g, p in zip(gold, predicted, strict=True) if g not in acled and p == NO_EVENT), unseen
            ),
        },
        counts={"acled_snippets": len(seen), "other_snippets": unseen, "no_acled_event": predicted.count(NO_EVENT)},
        confusion=report.most_confused(top=None),
        failed=_failed(documents),
        errors=_errors(wrong, "case"),
    )


def acled_main_event(events: Iterable[Event]) -> Event | None:
    """The main ACLED event of a text: its most confident factual event with an ACLED sub-event type, chosen
    by ACLED's conventions (an act named by its means first, an occasion last; ``sitrep.events.acled_main``,
    which reads the modality itself: a protest told as the purpose of a done act counts)."""
    return main_acled_event(events)


def _case_label(event_type: str | None, sub_event_type: str | None) -> str:
    try:
        return codebook.case_label(event_type or codebook.acled_type_of(sub_event_type or ""), sub_event_type or "")
    except codebook.UnknownCodeError:
        return NO_EVENT


def evaluate_quad(coder: EventCoder, data_dir: Path, limit: int | None, progress: Progress | None) -> DatasetResult:
    """QuadClass of the main event (0 when there is none): accuracy and macro F1 over 0-4.

    The set's labels are in the Phoenix/PETRARCH convention (statements and appeals are 0, reducing
    relations is verbal conflict; codebook.phoenix_quad_class), so the headline figures read the main
    event's CAMEO root that way; ``sitrep_quad_*`` score sitrep's own QuadClass field instead.
    """
    sentences = readers.read_quad(data_dir / DATA_FILES["quad"])[:limit]
    started = time.perf_counter()
    documents = _code_all(coder, [_article(s.id, s.text) for s in sentences], progress)
    seconds = time.perf_counter() - started
    gold, predicted, own = [], [], []
    wrong: list[tuple[str, str, Any, Any]] = []
    for sentence, document in zip(sentences, documents, strict=True):
        event = main_event(document.events)
        gold.append(str(sentence.quad_class))
        own.append(str(event.quad_class) if event and event.quad_class else "0")
        predicted.append(str(_phoenix_quad(event)))
        if predicted[-1] != gold[-1]:
            wrong.append((sentence.id, sentence.text, gold[-1], predicted[-1]))
    report = classification_report(gold, predicted, labels=["0", "1", "2", "3", "4"])
    own_report = classification_report(gold, own, labels=["0", "1", "2", "3", "4"])
    binary = classification_report(
        ["event" if g != "0" else "none" for g in gold], ["event" if p != "0" else "none" for p in predicted]
    )
    return DatasetResult(
        dataset="quad",
        items=len(sentences),
        seconds=seconds,
        figures={
            "accuracy": report.accuracy,
            "macro_f1": report.macro_f1,
            **{f"f1_class_{label}": report.per_label[label].f1 for label in ("0", "1", "2", "3", "4")},
            "event_vs_none_accuracy": binary.accuracy,
            "sitrep_quad_accuracy": own_report.accuracy,
            "sitrep_quad_macro_f1": own_report.macro_f1,
        },
        confusion=report.most_confused(top=None),
        failed=_failed(documents),
        errors=_errors(wrong, "quad"),
    )


def _phoenix_quad(event: Event | None) -> int:
    """The main event's QuadClass in the Phoenix convention (0 for no event or a statement)."""
    if event is None:
        return 0
    if event.cameo_code and codebook.is_cameo(event.cameo_code):
        return codebook.phoenix_quad_class(event.cameo_code)
    return event.quad_class or 0


def _share(hits: int, total: int) -> float:
    return hits / total if total else 0.0


EVALUATORS: dict[str, Callable[[EventCoder, Path, int | None, Progress | None], DatasetResult]] = {
    "petrarch2": evaluate_petrarch2,
    "gsr": evaluate_gsr,
    "plover": evaluate_plover,
    "case": evaluate_case,
    "quad": evaluate_quad,
}


def dataset_size(dataset: str, data_dir: Path, limit: int | None = None) -> int:
    """How many documents a dataset has (for progress bars)."""
    path = data_dir / DATA_FILES[dataset]
    sizes: dict[str, Callable[[], int]] = {
        "petrarch2": lambda: len(readers.read_petrarch_suite(path).records),
        "gsr": lambda: len(readers.read_gsr(path)),
        "plover": lambda: len(readers.plover_events(readers.read_plover(path))),
        "case": lambda: len(readers.read_case(path)),
        "quad": lambda: len(readers.read_quad(path)),
    }
    size = sizes[dataset]()
    return min(size, limit) if limit is not None else size


def check_data_dir(data_dir: Path, datasets: Sequence[str]) -> None:
    """Raise ``EvalDataError`` naming what is missing, before any model is loaded."""
    if not data_dir.is_dir():
        raise readers.EvalDataError(
            f"evaluation data directory {data_dir} not found; pass --data-dir (the shared data is not part of sitrep)"
        )
    missing = [str(data_dir / DATA_FILES[name]) for name in datasets if not (data_dir / DATA_FILES[name]).exists()]
    if missing:
        raise readers.EvalDataError("missing evaluation data: " + ", ".join(missing))


def evaluate(
    dataset: str,
    data_dir: Path,
    limit: int | None = None,
    coder: EventCoder | None = None,
    coder_factory: CoderFactory = build_coder,
    progress: Progress | None = None,
) -> DatasetResult:
    """Score one dataset; ``coder`` (e.g. a fake in tests) overrides ``coder_factory``."""
    if dataset not in EVALUATORS:
        raise ValueError(f"unknown dataset {dataset!r}; choose from {', '.join(DATASETS)}")
    check_data_dir(data_dir, [dataset])
    return EVALUATORS[dataset](coder or coder_factory(dataset, data_dir), data_dir, limit, progress)

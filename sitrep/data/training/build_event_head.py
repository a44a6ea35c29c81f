"""Rebuild ``event_head.json``, the learned ACLED/QuadClass head of the events stage.

    .venv/bin/python sitrep/data/training/build_event_head.py [--examples FILE ...] [--output FILE]

Training data (no evaluation set is read; see README.md beside this script):

- the project's own labelled examples, news-style sentences written for sitrep, each with its ACLED
  sub-event type or NONE and its QuadClass: ``acled_examples.jsonl`` (every ACLED sub-type) and
  ``event_examples.jsonl`` (every QuadClass, incl. 0 = no event: statistics, accidents, sport, "declined
  to comment", background) and ``acled_reports.jsonl`` (short incident reports in ACLED's own style);
- with ``../shared/data`` (or ``--shared-data DIR``), the sets SOURCES.md marks "train": sentences of the
  VOA stories labelled by hand for sitrep (``voa_labels.jsonl`` keeps only story id, span and labels; the
  text is read from the corpus), and, for QuadClass only, PETRARCH2's unit-test sentences and the
  UniversalPetrarch GSR sentences, whose gold CAMEO codes give the QuadClass (no event: 0).

Each example is parsed and coded by the events stage *without* the head; its features are the
sentence's lemmas and bigrams plus the rule coder's reading of its main event (``sitrep.events.head``).
Two multinomial logistic regressions are fitted (ACLED sub-type, QuadClass). The JSON records which
sets were used.

The thresholds at which the head overrules the rules are chosen by cross-validation on the same
examples, leaving out one source at a time (each example file, the VOA labels, the train sets; 5
stratified folds when there is one source): for each fold the head is fitted on the other sources, and
the thresholds that make the rules+head combination most accurate over all out-of-fold predictions are
kept. The shipped weights
are then fitted on every example. ``--hold-out 0.2`` also fits on 80% and prints, on the other 20%,
the accuracy of the rules alone, the head alone and the combination. ``--drop`` also chooses a
threshold above which the head drops an event it reads as no event at all; off by default, because
the threshold cross-validation chooses drops real events in news unlike the examples (BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from spacy.language import Language

from sitrep.eval import event_readers
from sitrep.eval.event_views import main_event
from sitrep.events import codebook
from sitrep.events.head import (
    HEAD_PATH,
    NONE_LABEL,
    EventHead,
    LinearHead,
    apply_head,
    drops,
    rule_features,
    word_features,
)
from sitrep.events.stage import EventStage
from sitrep.model import Article, CodedDocument, Event
from sitrep.nlp import get_nlp
from sitrep.pipeline.stages import build_stage

EXAMPLES_PATH = Path(__file__).resolve().parent / "acled_examples.jsonl"
# Every file of the project's own examples (all written for sitrep; see README.md beside them).
EXAMPLE_PATHS = (
    EXAMPLES_PATH,
    Path(__file__).resolve().parent / "event_examples.jsonl",
    Path(__file__).resolve().parent / "acled_reports.jsonl",
)
SHARED_DATA = Path(__file__).resolve().parents[4] / "shared" / "data"  # beside the repository, if there
SEED = 13
REGULARISATION = 2.0  # inverse L2 strength; the examples are few, so the weights are kept modest
MIN_COUNT = 2  # a word seen in one example only is noise at this size
NEVER = 1.01  # a threshold no probability reaches: the head never overrules the rules
GRID = (0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95, NEVER)
# The head may overrule the rules only where that makes at least this share more examples right
# out of fold; a smaller gain (a handful of sentences) is noise at this size, so the rules stand.
MIN_GAIN = 0.01
RULES_ALONE = (NEVER, NEVER, NEVER, NEVER)
MIN_SOURCE = 40  # a left-out source this large must not get worse (see choose_thresholds)
# Sentences of real news stories, labelled for sitrep: the only examples not written for the project. A
# head that only ties the rules there has shown nothing on the news it is for, so it must gain on them.
REAL_NEWS_GROUPS = frozenset({"voa_labels"})


@dataclass
class Example:
    text: str
    acled: str | None  # ACLED sub-event type or NONE; None: the example has no ACLED label
    quad: str  # "0".."4"
    words: list[str]
    rule_event: Event | None  # the main event the rules coded, without the head
    group: str = ""  # the file or set the example came from: the folds of threshold choice keep it whole

    @property
    def features(self) -> list[str]:
        return self.words + rule_features(self.rule_event)


def read_examples(path: Path) -> list[dict]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row.get("text"), str) or "acled_sub_event_type" not in row or "quad_class" not in row:
            raise ValueError(f"{path}:{number}: needs text, acled_sub_event_type and quad_class")
        rows.append(row)
    return rows


def _quad_of(codes: list[str], no_event: bool) -> int | None:
    """The QuadClass of a gold sentence: of its first CAMEO coding, 0 when it has none by design."""
    for code in codes:
        if codebook.is_cameo(code):
            return codebook.quad_class(code)
    return 0 if no_event or not codes else None


def read_train_sets(shared: Path) -> tuple[list[dict], list[str]]:
    """QuadClass-only rows from the sets SOURCES.md marks "train" (PETRARCH2 unit tests, GSR)."""
    rows: list[dict] = []
    suite = event_readers.read_petrarch_suite(shared / "events" / "petrarch2_unittest")
    for record in suite.records:
        quad = None if record.error else _quad_of([c.code for c in record.codings], record.no_event)
        if quad is not None:
            rows.append({"text": record.text, "acled_sub_event_type": None, "quad_class": quad})
    for sentence in event_readers.read_gsr(shared / "events" / "petr2_gsr_validation.xml"):
        quad = _quad_of([c.code for c in sentence.codings], sentence.no_event)
        if quad is not None:
            rows.append({"text": sentence.text, "acled_sub_event_type": None, "quad_class": quad})
    return rows, ["petrarch2_unittest", "petr2_gsr_validation"]


VOA_LABELS_PATH = Path(__file__).resolve().parent / "voa_labels.jsonl"


def read_voa_labels(shared: Path, labels_path: Path = VOA_LABELS_PATH) -> list[dict]:
    """Sentences of the VOA stories (a "train" corpus) that the project labelled by hand. The repository
    keeps only the labels and each sentence's story id and character span; the text is read from the
    corpus, so nothing of it is copied into sitrep."""
    stories = {}
    for line in (shared / "corpus" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            story = json.loads(line)
            stories[str(story["id"])] = story["text"]
    rows = []
    for number, line in enumerate(labels_path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        label = json.loads(line)
        text = stories.get(str(label["story"]), "")[int(label["start"]) : int(label["end"])]
        if not text.strip():
            raise ValueError(f"{labels_path}:{number}: story {label['story']} has no such span")
        rows.append(
            {
                "text": " ".join(text.split()),
                "acled_sub_event_type": label["acled_sub_event_type"],
                "quad_class": label["quad_class"],
            }
        )
    return rows


def code_examples(rows: list[dict], nlp: Language) -> list[Example]:
    """Parse and code each example with the rules alone; keep its main event and that sentence's words."""
    places, events = build_stage("places"), EventStage(head=False)
    examples = []
    for number, (row, doc) in enumerate(zip(rows, nlp.pipe(r["text"] for r in rows), strict=True)):
        coded = CodedDocument(Article(id=f"x{number}", text=row["text"]))
        places(doc, coded)
        events(doc, coded)
        event = main_event(coded.events)
        sentence = doc[:]
        if event is not None:
            sentence = next((s for s in doc.sents if s.start_char <= event.start < s.end_char), sentence)
        examples.append(
            Example(
                row["text"],
                row["acled_sub_event_type"],
                str(row["quad_class"]),
                word_features(sentence),
                event,
                str(row.get("group", "")),
            )
        )
    return examples


def fit_linear(examples: list[Example], labels: list[str]) -> LinearHead:
    counts: dict[str, int] = {}
    for example in examples:
        for feature in set(example.features):
            counts[feature] = counts.get(feature, 0) + 1
    rows = [{f: 1.0 for f in example.features if counts[f] >= MIN_COUNT} for example in examples]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    model = LogisticRegression(C=REGULARISATION, max_iter=5000, tol=1e-6, class_weight="balanced")
    model.fit(matrix, labels)
    classes = tuple(str(c) for c in model.classes_)
    coef = model.coef_ if len(classes) > 2 else np.vstack([-model.coef_[0], model.coef_[0]]) / 2
    bias = model.intercept_ if len(classes) > 2 else np.array([-model.intercept_[0], model.intercept_[0]]) / 2
    weights = {}
    for column, name in enumerate(vectorizer.get_feature_names_out()):
        row = tuple(round(float(w), 3) for w in coef[:, column])
        if any(abs(w) >= 0.01 for w in row):
            weights[str(name)] = row
    return LinearHead(classes, tuple(round(float(b), 3) for b in bias), weights)


Thresholds = tuple[float, float, float, float]  # ACLED, ACLED added, QuadClass, drop (see EventHead)


def fit_head(examples: list[Example], thresholds: Thresholds) -> EventHead:
    labelled = [e for e in examples if e.acled is not None]
    acled = fit_linear(labelled, [e.acled for e in labelled if e.acled is not None])
    quad = fit_linear(examples, [e.quad for e in examples])
    return EventHead(acled, quad, *thresholds)


def combined(head: EventHead, example: Example) -> tuple[str, str]:
    """The (ACLED sub-type, QuadClass) the stage would give the example's main event with this head."""
    if example.rule_event is None:
        return NONE_LABEL, "0"  # the head only re-reads events the rules found
    event = replace(example.rule_event)
    if drops(head, event, example.words):
        return NONE_LABEL, "0"
    apply_head(head, event, example.words, set_quad=True)  # the thresholds are chosen for the opt-in QuadClass too
    return event.acled_sub_event_type or NONE_LABEL, str(event.quad_class or 0)


def rules_alone(example: Example) -> tuple[str, str]:
    event = example.rule_event
    if event is None:
        return NONE_LABEL, "0"
    return event.acled_sub_event_type or NONE_LABEL, str(event.quad_class or 0)


def accuracy(pairs: list[tuple[str, str]], gold: list[str]) -> float:
    return sum(p == g for p, g in zip(pairs, gold, strict=True)) / max(1, len(gold))


def choose_thresholds(examples: list[Example], with_drop: bool = False) -> Thresholds:
    """Thresholds that make rules+head most accurate on out-of-fold predictions (ties: the stricter); a
    part of the head that does not pay (``pays``: 1 % overall, no loss on any left-out source, a gain on the
    real-news source) never acts.
    ``with_drop``: also choose a threshold for dropping events (else the head never drops one)."""
    heads: list[tuple[EventHead, list[Example]]] = []
    for train, test in _folds(examples):
        head = fit_head([examples[i] for i in train], (NEVER, NEVER, NEVER, NEVER))
        heads.append((head, [examples[i] for i in test]))

    def score(thresholds: Thresholds, part: int, fold: int | None = None) -> float:
        hits = total = 0
        for number, (head, tested) in enumerate(heads):
            if fold is not None and number != fold:
                continue
            tuned = EventHead(head.acled, head.quad, *thresholds)
            for example in tested:
                if part == 0 and example.acled is None:
                    continue
                hits += combined(tuned, example)[part] == (example.acled, example.quad)[part]
                total += 1
        return hits / max(1, total)

    def pays(thresholds: Thresholds, part: int) -> bool:
        """The head gains MIN_GAIN over the rules out of fold and loses on no left-out source: a head that
        makes one unseen source worse is not trusted on news it has not seen either."""
        if score(thresholds, part) < score(RULES_ALONE, part) + MIN_GAIN:
            return False
        sources = [k for k, (_, tested) in enumerate(heads) if _counted(tested, part) >= MIN_SOURCE]
        if len(sources) < 2:
            return True
        if not all(score(thresholds, part, k) >= score(RULES_ALONE, part, k) for k in sources):
            return False
        real_news = [k for k in sources if heads[k][1][0].group in REAL_NEWS_GROUPS]
        return all(score(thresholds, part, k) > score(RULES_ALONE, part, k) for k in real_news)

    acled, acled_add = max(
        ((a, add) for a in GRID for add in GRID), key=lambda t: (score((t[0], t[1], NEVER, NEVER), 0), t[0], t[1])
    )
    if not pays((acled, acled_add, NEVER, NEVER), 0):
        acled, acled_add = NEVER, NEVER
    quad = max(GRID, key=lambda q: (score((NEVER, NEVER, q, NEVER), 1), q))
    if not pays((NEVER, NEVER, quad, NEVER), 1):
        quad = NEVER

    # Dropping an event touches both parts (a dropped attack loses its ACLED type too), so the drop
    # threshold is the one that makes the two accuracies together best.
    def both(drop: float) -> float:
        return score((acled, acled_add, quad, drop), 0) + score((acled, acled_add, quad, drop), 1)

    drop = max(GRID, key=lambda d: (both(d), d)) if with_drop else NEVER
    if both(drop) < both(NEVER) + MIN_GAIN:
        drop = NEVER
    return acled, acled_add, quad, drop


def _counted(tested: list[Example], part: int) -> int:
    return sum(1 for example in tested if part == 1 or example.acled is not None)


def _folds(examples: list[Example]) -> list[tuple[list[int], list[int]]]:
    """Leave one source out where the examples come from several files or sets: each file was written at
    one time, in one style, so near-paraphrases inside a file would flatter the head in random folds,
    while a file the head has not seen is like news it has not seen. A single source: 5 stratified folds."""
    groups = sorted({e.group for e in examples})
    if len({e.group for e in examples if e.acled is not None}) >= 2:
        return [
            (
                [i for i, e in enumerate(examples) if e.group != group],
                [i for i, e in enumerate(examples) if e.group == group],
            )
            for group in groups
        ]
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    return [(list(train), list(test)) for train, test in folds.split(examples, [_stratum(e) for e in examples])]


def _stratum(example: Example) -> str:
    return example.acled if example.acled not in {None, NONE_LABEL} else f"quad{example.quad}"


def head_json(head: EventHead, examples: int, train_sets: list[str]) -> dict:
    def linear(part: LinearHead) -> dict:
        return {
            "classes": list(part.classes),
            "bias": list(part.bias),
            "weights": {
                feature: [[k, w] for k, w in enumerate(row) if abs(w) >= 0.01]
                for feature, row in sorted(part.weights.items())
            },
        }

    return {
        "about": "sitrep events head: logistic regressions over sentence lemmas/bigrams and the rule coding; "
        "rebuilt by sitrep/data/training/build_event_head.py from acled_examples.jsonl",
        "examples": examples,
        "train_sets": train_sets,
        "thresholds": {
            "acled": head.acled_threshold,
            "acled_add": head.acled_add_threshold,
            "quad": head.quad_threshold,
            "drop": head.drop_threshold,
        },
        "acled": linear(head.acled),
        "quad": linear(head.quad),
    }


def report_hold_out(examples: list[Example], share: float, thresholds: Thresholds) -> None:
    shuffled = examples[:]
    random.Random(SEED).shuffle(shuffled)
    cut = int(len(shuffled) * (1 - share))
    train, test = shuffled[:cut], shuffled[cut:]
    head = fit_head(train, thresholds)
    for part, name in ((0, "ACLED sub-type (26 classes incl. NONE)"), (1, "QuadClass (0-4)")):
        tested = [e for e in test if e.acled is not None]  # the project's own examples
        gold = [(e.acled, e.quad)[part] for e in tested]
        alone = [head.acled.best(e.features)[0] if part == 0 else head.quad.best(e.features)[0] for e in tested]
        print(
            f"hold-out {len(tested)} own examples of {len(examples)}, {name}: rules"
            f" {accuracy([rules_alone(e)[part] for e in tested], gold):.3f}  head alone {accuracy(alone, gold):.3f}"
            f"  rules+head {accuracy([combined(head, e)[part] for e in tested], gold):.3f}"
        )


def build(
    examples_path: Path | tuple[Path, ...] = EXAMPLE_PATHS,
    nlp: Language | None = None,
    sample: int | None = None,
    thresholds: Thresholds | None = None,
    hold_out: float = 0.0,
    shared_data: Path | None = None,
    with_drop: bool = False,
) -> dict:
    """The head's JSON, fitted on the own examples (``sample``: only that many, evenly spaced, for a
    quick check) and, with ``shared_data``, the QuadClass of the train-marked event sets there."""
    paths = (examples_path,) if isinstance(examples_path, Path) else examples_path
    rows = [row | {"group": path.name} for path in paths for row in read_examples(path)]
    if sample is not None:
        rows = rows[:: max(1, len(rows) // sample)][:sample]
    train_sets: list[str] = []
    if shared_data is not None:
        extra, train_sets = read_train_sets(shared_data)
        rows += [row | {"group": "voa_labels"} for row in read_voa_labels(shared_data)]
        rows += [row | {"group": "train_sets"} for row in extra]
        train_sets.append("voa_stories (sentences labelled for sitrep)")
    examples = code_examples(rows, nlp or get_nlp())
    chosen = thresholds or choose_thresholds(examples, with_drop)
    if hold_out:
        report_hold_out(examples, hold_out, chosen)
    return head_json(fit_head(examples, chosen), len(examples), train_sets)


def rules_report(paths: tuple[Path, ...], nlp: Language | None = None) -> dict[str, tuple[int, float]]:
    """Per example file: how many examples carry an ACLED label and how many of them the rules alone type
    right (their main event's sub-type, NONE when they code none). Nothing is fitted."""
    report = {}
    for path in paths:
        examples = [e for e in code_examples(read_examples(path), nlp or get_nlp()) if e.acled is not None]
        report[path.name] = (
            len(examples),
            accuracy([rules_alone(e)[0] for e in examples], [e.acled or NONE_LABEL for e in examples]),
        )
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=Path, nargs="+", default=list(EXAMPLE_PATHS))
    parser.add_argument("--output", type=Path, default=HEAD_PATH)
    parser.add_argument("--hold-out", type=float, default=0.0, help="also report accuracy on this share, held out")
    parser.add_argument("--shared-data", type=Path, default=SHARED_DATA if SHARED_DATA.is_dir() else None)
    parser.add_argument("--own-only", action="store_true", help="fit on the project's own examples alone")
    parser.add_argument(
        "--drop", action="store_true", help="let the head drop events it reads as no event (off: see BENCHMARKS.md)"
    )
    parser.add_argument(
        "--rules-report", action="store_true", help="only print the rules' ACLED accuracy on each example file"
    )
    arguments = parser.parse_args()
    if arguments.rules_report:
        for name, (count, share) in rules_report(tuple(arguments.examples)).items():
            print(f"{name}: rules alone, ACLED sub-type accuracy {share:.3f} on {count} examples")
        return
    shared = None if arguments.own_only else arguments.shared_data
    data = build(tuple(arguments.examples), hold_out=arguments.hold_out, shared_data=shared, with_drop=arguments.drop)
    arguments.output.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {arguments.output} ({data['examples']} examples, thresholds {data['thresholds']})")


if __name__ == "__main__":
    main()

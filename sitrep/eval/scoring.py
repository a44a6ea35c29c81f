"""Scorers: precision/recall/F1 over sets of items, and single-label classification reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field


def _ratio(numerator: float, denominator: float) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return _ratio(2 * precision * recall, precision + recall)


def prf(precision: float, recall: float) -> dict[str, float]:
    """Precision, recall and their F1, rounded to four places, as the evaluation reports print them."""
    return {"p": round(precision, 4), "r": round(recall, 4), "f1": round(_f1(precision, recall), 4)}


@dataclass(slots=True)
class SetScores:
    """Micro-averaged precision, recall and F1 of predicted items against gold items."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: Iterable[Hashable], predicted: Iterable[Hashable]) -> None:
        """Count one document: its gold and predicted items (duplicates collapse)."""
        gold_set, predicted_set = set(gold), set(predicted)
        self.tp += len(gold_set & predicted_set)
        self.fp += len(predicted_set - gold_set)
        self.fn += len(gold_set - predicted_set)

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)


@dataclass(frozen=True, slots=True)
class LabelScores:
    precision: float
    recall: float
    f1: float
    support: int  # gold items with this label


@dataclass(slots=True)
class ClassificationReport:
    accuracy: float
    macro_f1: float
    weighted_f1: float
    per_label: dict[str, LabelScores] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)  # (gold, predicted) -> count

    def most_confused(self, top: int | None = 10) -> list[tuple[str, str, int]]:
        """The (gold, predicted, count) cells off the diagonal, most frequent first; all of them when ``top``
        is ``None``."""
        errors = [(gold, predicted, count) for (gold, predicted), count in self.confusion.items() if gold != predicted]
        ranked = sorted(errors, key=lambda item: (-item[2], item[0], item[1]))
        return ranked if top is None else ranked[:top]


def classification_report(
    gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str] | None = None
) -> ClassificationReport:
    """Accuracy, and per-label, macro- and support-weighted F1 over ``labels``.

    ``labels`` defaults to the labels that occur in ``gold``. A prediction outside ``labels``
    (e.g. ``NONE`` when nothing was found) is simply wrong: it lowers the recall of the gold label
    and is nobody's precision. Macro F1 averages the labels equally; weighted F1 weighs each by
    its gold support, as in the CASE 2021 shared task (and scikit-learn's ``average="weighted"``).
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold labels but {len(predicted)} predictions")
    label_list = list(labels) if labels is not None else sorted(set(gold))
    confusion = Counter(zip(gold, predicted, strict=True))
    gold_counts = Counter(gold)
    predicted_counts = Counter(predicted)
    per_label: dict[str, LabelScores] = {}
    for label in label_list:
        hits = confusion[(label, label)]
        precision = _ratio(hits, predicted_counts[label])
        recall = _ratio(hits, gold_counts[label])
        per_label[label] = LabelScores(precision, recall, _f1(precision, recall), gold_counts[label])
    total_support = sum(scores.support for scores in per_label.values())
    return ClassificationReport(
        accuracy=_ratio(sum(confusion[(label, label)] for label in set(gold)), len(gold)),
        macro_f1=_ratio(sum(scores.f1 for scores in per_label.values()), len(per_label)),
        weighted_f1=_ratio(sum(scores.f1 * scores.support for scores in per_label.values()), total_support),
        per_label=per_label,
        confusion=confusion,
    )

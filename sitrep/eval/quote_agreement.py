"""How far PolNeAR's own annotators agree, on the measures ``sitrep eval quotes`` reports.

Eighteen PolNeAR articles (2 dev, 16 train) were annotated by five or six annotators each; everywhere else the
first annotator's file is the gold. Here every annotator is scored against every other one as if the first were
gold and the second a prediction: the per-attribution detection and content overlap of ``score_polnear`` (same
one-to-one matching, same words) and the per-word content figures of ``content_tokens``. Over all ordered pairs
precision and recall coincide, so one F1 each. These are the ceiling a goal on PolNeAR should be read against:
a coder cannot be expected to agree with one annotator more than the annotators agree with each other.

sitrep's own predictions on the same articles are scored against each annotator in turn, which puts the two
side by side on the same text. Train articles the cue model was fitted on make sitrep's figure optimistic; the
report says how many of the articles that is.
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from sitrep.eval.content_tokens import ContentWordTally
from sitrep.eval.quotes import (
    DEFAULT_POLNEAR,
    AttributionTally,
    EvalDataError,
    GoldArticle,
    fitted_articles,
    group_predictions,
    matched_pairs,
    read_brat,
    read_polnear,
    shuffled_slice,
    word_tokens,
)

_ANNOTATOR_SUFFIX = re.compile(r"_[0-9a-f]{4}$")


def multi_annotated(root: Path = DEFAULT_POLNEAR) -> list[tuple[str, list[GoldArticle]]]:
    """(split, the article as each annotator read it) for every article with two or more annotators."""
    found = []
    splits = [split for split in ("dev", "train") if (root / split / "attributions").is_dir()
              and (root / split / "text").is_dir()]
    if not splits:
        raise EvalDataError(f"PolNeAR not found under {root} (expected dev/ or train/, with text/ and attributions/)")
    for split in splits:
        ann_dir, text_dir = root / split / "attributions", root / split / "text"
        by_article: dict[str, list[Path]] = defaultdict(list)
        for path in sorted(ann_dir.glob("*.ann")):
            by_article[_ANNOTATOR_SUFFIX.sub("", path.stem)].append(path)
        for name, paths in sorted(by_article.items()):
            text_path = text_dir / f"{name}.txt"
            if len(paths) < 2 or not text_path.exists():
                continue
            text = text_path.read_text(encoding="utf-8")
            found.append((split, [read_brat(path, text, name) for path in paths]))
    return found


def content_words(article: GoldArticle) -> list[set[int]]:
    """The word sets of an annotator's attribution contents (empty ones dropped, as in ``score_polnear``)."""
    words = (word_tokens(article.text, attribution.content) for attribution in article.attributions)
    return [found for found in words if found]


class _Agreement:
    def __init__(self) -> None:
        self.attributions = AttributionTally()
        self.words = ContentWordTally()
        self.comparisons = 0

    def add(self, gold: list[set[int]], predicted: list[set[int]]) -> None:
        self.comparisons += 1
        self.attributions.gold += len(gold)
        self.attributions.predicted += len(predicted)
        for overlap, gi, pi in matched_pairs(gold, predicted):
            self.attributions.add_match(overlap / len(predicted[pi]), overlap / len(gold[gi]), False, False)
        self.words.add(gold, predicted)

    def report(self) -> dict[str, Any]:
        per_attribution = self.attributions.report()
        return {
            "comparisons": self.comparisons,
            "detection": per_attribution["detection"],
            "content_overlap": per_attribution["content_overlap"],
            "content_tokens": self.words.report(),
        }


def evaluate_agreement(root: Path = DEFAULT_POLNEAR, with_sitrep: bool = True) -> dict[str, Any]:
    """Annotators against each other and, with ``with_sitrep``, sitrep against each annotator."""
    articles = multi_annotated(root)
    if not articles:
        raise EvalDataError(f"no PolNeAR article under {root} has more than one annotator")
    annotators = _Agreement()
    for _, readings in articles:
        sets = [content_words(reading) for reading in readings]
        for gold_index, gold in enumerate(sets):
            for other_index, other in enumerate(sets):
                if other_index != gold_index:
                    annotators.add(gold, other)
    result: dict[str, Any] = {
        "articles": len(articles),
        "by_split": {split: sum(s == split for s, _ in articles) for split in ("dev", "train")},
        "annotators_per_article": sorted({len(readings) for _, readings in articles}),
        "annotators": annotators.report(),
    }
    if with_sitrep:
        result["sitrep"] = _sitrep_against_annotators(root, articles)
    return result


def _sitrep_against_annotators(root: Path, articles: list[tuple[str, list[GoldArticle]]]) -> dict[str, Any]:
    from sitrep.nlp import get_nlp
    from sitrep.quotes import quotes_of

    texts = [readings[0] for _, readings in articles]
    tally = _Agreement()
    for doc, (_, readings) in zip(get_nlp().pipe(r.text for r in texts), articles, strict=True):
        predicted = [p.tokens for p in group_predictions(doc.text, quotes_of(doc, readings[0].name))]
        for reading in readings:
            tally.add(content_words(reading), predicted)
    report = tally.report()
    report["fitted_articles"] = _fitted_among(root, {r.name for split, r in zip(
        (s for s, _ in articles), texts, strict=True) if split == "train"})
    return report


def _fitted_among(root: Path, train_names: set[str]) -> int:
    """How many of these train articles lie in the part of the train shuffle the shipped cue model was fitted on."""
    if not train_names:
        return 0
    fitted = shuffled_slice(read_polnear(root, "train"), 0, max(1, fitted_articles()))
    return sum(article.name in train_names for article in fitted)

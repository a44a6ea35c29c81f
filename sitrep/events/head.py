"""A small learned head over the rule coder: ACLED sub-event type and QuadClass of an event.

The rules (lexicon, parse, acled.py) code what they recognise; their misses are mostly wording the
word lists do not hold ("hurled a grenade", "stormed the compound", "took back the town"). The head
is a pair of multinomial logistic regressions over a bag of the sentence's lemmas and lemma bigrams
plus the rule coder's own reading of the event (CAMEO root and code, PLOVER type, ACLED sub-type),
so it learns when to trust the rules and which words overrule them.

It is fitted by ``sitrep/data/training/build_event_head.py`` on the project's own labelled examples
(``acled_examples.jsonl``, ``event_examples.jsonl``, VOA sentences labelled for sitrep) and, for
QuadClass, two "train" event sets, and shipped as JSON (``event_head.json``: per feature, the weight of
each class). Scoring is dictionary look-ups and a softmax in plain Python over the words of a sentence
that already holds an event: no model library at run time, loaded once on first use.

What the head may change, each above a threshold chosen by cross-validation on the training data:
the ACLED type (``apply_head``); the QuadClass, only on request (``set_quad``: it would then contradict
the CAMEO code and Goldstein score beside it); and, only in a head built with ``--drop``, whether the
event is kept at all (``drops``).
"""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span

from sitrep.events import codebook
from sitrep.model import Event

HEAD_PATH = Path(__file__).resolve().parents[1] / "data" / "training" / "event_head.json"
NONE_LABEL = "NONE"  # the ACLED head's class for "no political violence, protest or development"
_SKIP_POS = frozenset({"PUNCT", "SPACE", "NUM", "SYM", "X"})


def word_features(sentence: Span) -> list[str]:
    """Lemmas (content words) and lemma bigrams (all words, so "set fire", "shoot dead") of a sentence."""
    lemmas = [token.lemma_.casefold() for token in sentence if token.pos_ not in _SKIP_POS and token.is_alpha]
    unigrams = {
        f"w:{token.lemma_.casefold()}"
        for token in sentence
        if token.is_alpha and not token.is_stop and token.pos_ not in _SKIP_POS
    }
    bigrams = {f"b:{first}_{second}" for first, second in itertools.pairwise(lemmas)}
    return sorted(unigrams | bigrams)


def rule_features(event: Event | None) -> list[str]:
    """What the rule coder said about the event: the head weighs it like any other evidence."""
    if event is None:
        return ["rule:none"]
    code = event.cameo_code or ""
    features = [f"root:{code[:2]}", f"cameo:{code[:3]}", f"plover:{event.plover_type}"]
    features.append(f"acled:{event.acled_sub_event_type or NONE_LABEL}")
    if event.quad_class is not None:
        features.append(f"quad:{event.quad_class}")
    return features


@dataclass(frozen=True, slots=True)
class LinearHead:
    """One multinomial logistic regression: ``weights[feature][k]`` is the weight of class ``classes[k]``."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def probabilities(self, features: list[str]) -> dict[str, float]:
        scores = list(self.bias)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                for k, weight in enumerate(row):
                    scores[k] += weight
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {label: value / total for label, value in zip(self.classes, exps, strict=True)}

    def best(self, features: list[str]) -> tuple[str, float]:
        probabilities = self.probabilities(features)
        label = max(probabilities, key=probabilities.__getitem__)
        return label, probabilities[label]

    @classmethod
    def from_json(cls, data: dict) -> LinearHead:
        classes = tuple(str(label) for label in data["classes"])
        width = len(classes)
        weights: dict[str, tuple[float, ...]] = {}
        for feature, sparse in data["weights"].items():
            row = [0.0] * width
            for index, weight in sparse:
                row[int(index)] = float(weight)
            weights[feature] = tuple(row)
        return cls(classes, tuple(float(b) for b in data["bias"]), weights)


@dataclass(frozen=True, slots=True)
class EventHead:
    """The ACLED and QuadClass heads with the probability above which each overrules the rules."""

    acled: LinearHead
    quad: LinearHead
    acled_threshold: float  # head and rules disagree on the sub-type: the head wins above this
    acled_add_threshold: float  # rules gave no ACLED type to a conflict event: the head adds one above this
    quad_threshold: float  # head and rules disagree on QuadClass (1-4): the head wins above this
    # The head reads no event at all (QuadClass 0: a road accident, a match result, a casualty statistic
    # about a war) with at least this probability: the rules' event is dropped.
    drop_threshold: float = 1.01


def load_head(path: Path | str = HEAD_PATH) -> EventHead:
    """Read a head written by ``build_event_head.py``; a missing or malformed file is a clear error."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        thresholds = data["thresholds"]
        return EventHead(
            acled=LinearHead.from_json(data["acled"]),
            quad=LinearHead.from_json(data["quad"]),
            acled_threshold=float(thresholds["acled"]),
            acled_add_threshold=float(thresholds["acled_add"]),
            quad_threshold=float(thresholds["quad"]),
            drop_threshold=float(thresholds.get("drop", 1.01)),  # heads built before the drop part never drop
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError) as error:
        raise ValueError(f"cannot load the event head from {path}: {error}") from error


@lru_cache(maxsize=1)
def shipped_head() -> EventHead:
    """The head shipped with sitrep, loaded once."""
    return load_head(HEAD_PATH)


def drops(head: EventHead, event: Event, words: list[str]) -> bool:
    """Whether the head is sure enough that the sentence tells of no event for the rules' ``event`` to be
    dropped. Asked before ``apply_head`` changes the event: the head was fitted on the rules' reading."""
    if head.drop_threshold > 1.0:
        return False
    return head.quad.probabilities(words + rule_features(event)).get("0", 0.0) >= head.drop_threshold


def apply_head(head: EventHead, event: Event, words: list[str], set_quad: bool = False) -> bool:
    """Let the head overrule the rules on ``event`` where it is confident; ``words`` are the sentence's
    ``word_features``. Returns whether anything changed. The CAMEO code, PLOVER type and Goldstein score
    stay the rules' (they say which verb coded the event); the head sets the ACLED type, and QuadClass
    only with ``set_quad``: off by default, because a QuadClass that disagrees with the CAMEO root beside
    it is a record an analyst cannot trust."""
    features = words + rule_features(event)
    changed = False
    label, probability = head.acled.best(features)
    ruled = event.acled_sub_event_type
    if label != NONE_LABEL and label != ruled:
        threshold = head.acled_threshold if ruled else head.acled_add_threshold
        if probability >= threshold:
            event.acled_event_type = codebook.acled_type_of(label)
            event.acled_sub_event_type = label
            changed = True
    quad, probability = head.quad.best(features)
    disagrees = quad != "0" and event.quad_class is not None and quad != str(event.quad_class)
    if set_quad and disagrees and probability >= head.quad_threshold:
        event.quad_class = int(quad)
        changed = True
    return changed

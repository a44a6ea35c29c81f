"""``sitrep eval quotes``: attribution, speakers and stance, measured.

Four datasets:

``polnear`` — PolNeAR (brat standoff; ``.txt`` plus one or more annotators'
``.ann`` per article; the first annotator's file, in name order, is the gold).
Each gold attribution is an ``E`` relation tying a Cue, a Content (possibly
discontinuous) and, usually, a Source span. A prediction is one attribution:
the quotes sitrep gives the same cue (a quotation split by "she said" is one
attribution with two content pieces), plus a quote without a cue (a floating
quotation) that continues it, as PolNeAR annotates '"A," he said. "B."' as one
attribution; any other cue-less quote is an attribution of its own. Since the
sixth session a floating quotation joins the statement its ``Quote.continues``
names ('"A," she said, noting B. "C."': C joins A); before, it joined the quote
right before it when both had the same speaker span (C joined "noting B").
Both readings are reported: ``adjacent_grouping`` is the earlier one, for
comparison with the figures of earlier sessions. Gold almost never shares a cue between
two attributions (2 of 5,997 on train 0:250), so quotes sharing a cue are one
prediction in both.

Matching, on *word tokens* (maximal runs of letters/digits, ``\\w+``; quote
marks and punctuation never count):

- gold ``G`` and prediction ``P`` are content-token sets. Candidate pairs share
  at least one token; pairs are taken greedily by descending ``|G ∩ P|``, each
  gold and each prediction used at most once.
- *Detection* P/R/F1: matched / predictions, matched / gold.
- *Content overlap* F1 (token-level, soft): precision is the mean over all
  predictions of ``|G ∩ P| / |P|`` (0 when unmatched), recall the mean over all
  gold of ``|G ∩ P| / |G|`` (0 when unmatched); F1 of the two.
- *Content words* (``content_tokens``): the same content counted in words over the whole split, with no
  pairing: each word once, and Citron's overlap metric's sum over pairs (see ``sitrep/eval/content_tokens.py``).
- *Speaker accuracy*: over matched pairs whose gold has a Source span, the
  share whose predicted speaker span shares a word token with the gold Source
  (for a floating quotation, the span of the speaker it continues). Where
  the gold Source is a relative pronoun ("..., who said") a prediction naming
  the noun right before it counts as correct.
- Breakdown by gold type: ``direct`` (content wholly inside quotation marks,
  the newswire doubled apostrophe '' included), ``mixed`` (some of it),
  ``indirect`` (none).
- ``statements_only``: the same figures with the quotes flagged ``attitude``
  (attitudes and reports without a verb of saying) left out of the predictions.

Slices (``--articles START:END``): the split's articles, in name order, are
shuffled with ``SHUFFLE_SEED`` (7) and articles START to END-1 are scored. This
is the order ``build_quote_model.py`` fits the learned cue model on: train
articles 0-719 are fitted (0:250 is where errors are analysed; 0-599 until the
eighth session), 720:840 are never fitted and are where decisions are taken. The
report says how many of the scored articles the shipped cue model was fitted on.

``agreement`` — PolNeAR's annotators scored against each other on the articles several of them annotated,
and sitrep against each of them (``sitrep/eval/quote_agreement.py``).

``speakers`` — data/evalsets/speakers.jsonl, written for this project: short
articles, each gold quote given by the first words of its content and the
canonical speaker name. Correct when a predicted quote covers those words and
its ``speaker.name`` equals the gold name (case-insensitive); a missing quote
counts as wrong.

``stance`` — data/evalsets/stance.jsonl, written for this project: a
statement with its context, gold label and ``about``. The prediction is the
stance of the first quote whose content or cue lies in the statement (None
when no quote has a stance). Per-label P/R/F1, macro F1 over the eight labels
and over the eight plus None, accuracy; ``about`` is right when it shares a
content word with the gold ``about`` (counted where both labels agree and
gold gives one).
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from sitrep.eval.content_tokens import ContentWordTally
from sitrep.eval.scoring import prf
from sitrep.model import Quote

REPO = Path(__file__).resolve().parents[2]
DEFAULT_POLNEAR = REPO.parent / "shared" / "data" / "quotes" / "polnear"
EVALSETS = Path(__file__).resolve().parents[1] / "data" / "evalsets"
_WORD = re.compile(r"\w+")
_QUOTE_MARKS = "\"“”‘’«»"
SHUFFLE_SEED = 7  # the shuffle build_quote_model.py fits on; slices of it are the decision sets
_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "its", "their", "his", "her", "for", "at", "by", "s"}


class EvalDataError(RuntimeError):
    """An evaluation dataset is missing or malformed."""


# -- PolNeAR -------------------------------------------------------------------------------------


@dataclass(slots=True)
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    cue: list[tuple[int, int]]


@dataclass(slots=True)
class GoldArticle:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _ranges(field_text: str) -> list[tuple[int, int]]:
    ranges = []
    for piece in field_text.split(";"):
        start, end = piece.split()
        ranges.append((int(start), int(end)))
    return ranges


def read_brat(annotation: Path, text: str, name: str) -> GoldArticle:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    article = GoldArticle(name, text)
    relations: list[dict[str, str]] = []
    for line in annotation.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _ranges(offsets))
        elif parts[0].startswith("E"):
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    for relation in relations:
        def ranges_of(role: str, relation: dict[str, str] = relation) -> list[tuple[int, int]]:
            key = relation.get(role)
            return spans[key][1] if key in spans else []

        content = ranges_of("Content")
        if content:
            article.attributions.append(GoldAttribution(content, ranges_of("Source"), ranges_of("Cue")))
    return article


def read_polnear(root: Path, split: str, limit: int | None = None) -> list[GoldArticle]:
    text_dir, ann_dir = root / split / "text", root / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise EvalDataError(f"PolNeAR split {split!r} not found under {root} (expected text/ and attributions/)")
    annotations: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        base = re.sub(r"_[0-9a-f]{4}$", "", path.stem)
        annotations.setdefault(base, path)  # first annotator in name order is the gold
    articles = []
    for base, path in sorted(annotations.items()):
        text_path = text_dir / f"{base}.txt"
        if not text_path.exists():
            continue
        articles.append(read_brat(path, text_path.read_text(encoding="utf-8"), base))
        if limit is not None and len(articles) >= limit:
            break
    return articles


def parse_slice(spec: str) -> tuple[int, int]:
    """``"600:720"`` -> (600, 720); a clear error for anything else."""
    start_text, colon, end_text = spec.partition(":")
    try:
        start, end = int(start_text or 0), int(end_text)
    except ValueError:
        raise EvalDataError(f"--articles wants START:END (e.g. 600:720), not {spec!r}") from None
    if not colon or start < 0 or end <= start:
        raise EvalDataError(f"--articles wants START:END with 0 <= START < END, not {spec!r}")
    return start, end


def shuffled_slice(articles: list[GoldArticle], start: int, end: int) -> list[GoldArticle]:
    """Articles ``start``..``end``-1 of the seed-7 shuffle of ``articles`` (given in name order)."""
    order = articles[:]
    random.Random(SHUFFLE_SEED).shuffle(order)
    if start >= len(order):
        raise EvalDataError(f"--articles {start}:{end}: the split has only {len(order)} articles")
    return order[start:end]


def fitted_articles() -> int:
    """How many articles of the train shuffle the shipped cue model was fitted on (its first N)."""
    from sitrep.quotes.learned import MODEL_PATH

    try:
        return int(json.loads(MODEL_PATH.read_text(encoding="utf-8")).get("articles", 0))
    except (OSError, ValueError):
        return 0


def fitted_in_slice(model_path: Path | None, start: int, end: int) -> int:
    """How many of train shuffle articles START..END-1 the cue model at ``model_path`` (None: the shipped
    one) was fitted on: its first ``limit`` articles less the ``skip`` slice of a cross-fit
    (``build_quote_model.py --skip``)."""
    if model_path is None:
        return max(0, min(end, fitted_articles()) - start)
    try:
        raw = json.loads(model_path.read_text(encoding="utf-8"))
        limit = int(raw.get("limit", raw.get("articles", 0)))
        skip_start, skip_end = (int(x) for x in raw.get("skip", (0, 0)))
    except (OSError, ValueError, TypeError, AttributeError) as error:
        raise EvalDataError(f"cannot read the cue model {model_path}: {error}") from None
    fitted = max(0, min(end, limit) - start)
    return fitted - max(0, min(end, skip_end, limit) - max(start, skip_start))


def _tokens(text: str, ranges: Iterable[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens inside ``ranges``."""
    found: set[int] = set()
    for start, end in ranges:
        found |= {start + m.start() for m in _WORD.finditer(text[start:end])}
    return found


def word_tokens(text: str, ranges: Iterable[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens (``\\w+`` runs) inside ``ranges``: the unit every PolNeAR figure counts."""
    return _tokens(text, ranges)


def gold_type(text: str, ranges: list[tuple[int, int]]) -> str:
    # Newswire text quotes with doubled apostrophes ('' ... ''); read them as double quotation marks.
    content = " ".join(text[s:e] for s, e in ranges).strip().replace("''", '"').replace("``", '"')
    marks = sum(content.count(mark) for mark in _QUOTE_MARKS)
    if marks == 0:
        return "indirect"
    words_outside = _WORD.findall(re.sub(r"[\"“«‘][^\"”»’]*[\"”»’]?", " ", content))
    return "direct" if len(words_outside) <= 1 else "mixed"


@dataclass(slots=True)
class _Predicted:
    tokens: set[int]
    speaker: set[int]
    type: str


_RELATIVE = {"who", "which", "that", "whose", "whom"}


def _relative_source(text: str, source: list[tuple[int, int]], pred: _Predicted) -> bool:
    """Gold marks a relative pronoun ("..., who said") and the prediction names the noun it stands for,
    ending within a few characters (a comma, a space) before the pronoun."""
    if len(source) != 1 or not pred.speaker:
        return False
    start, end = source[0]
    if text[start:end].strip().lower() not in _RELATIVE:
        return False
    last_word = max(pred.speaker)
    if not 0 < start - last_word <= 40:
        return False
    between = _WORD.sub("", text[last_word:start], count=1)  # drop the speaker's own last word
    return not _WORD.search(between)


def group_predictions(text: str, quotes: list[Quote], linked: bool = True) -> list[_Predicted]:
    """Quotes sharing a cue form one attribution; a quote without a cue (a floating quotation) joins
    the attribution of the statement it says it ``continues`` (sixth session; ``linked``), else the
    attribution before it when both have the same speaker span, as PolNeAR annotates '"A," he said. "B."'
    as one attribution with two content pieces. ``linked=False`` is the earlier reading, which ignored
    ``continues``: '"A," he said, noting B. "C."' then joined C to "noting"."""
    groups: dict[Any, _Predicted] = {}
    key_of_quote: dict[str, Any] = {}
    previous_key: Any = None
    previous_speaker: tuple[int | None, int | None] | None = None
    for number, quote in enumerate(quotes):
        speaker_span = (quote.speaker.start, quote.speaker.end) if quote.speaker is not None else None
        if quote.cue_start is not None:
            key: Any = ("cue", quote.cue_start)
        elif linked and quote.continues is not None and quote.continues in key_of_quote:
            key = key_of_quote[quote.continues]
        elif speaker_span is not None and speaker_span == previous_speaker:
            key = previous_key
        else:
            key = ("quote", number)
        key_of_quote[quote.quote_id] = key
        previous_key, previous_speaker = key, speaker_span
        speaker = set()
        if quote.speaker is not None and quote.speaker.start is not None and quote.speaker.end is not None:
            speaker = _tokens(text, [(quote.speaker.start, quote.speaker.end)])
        group = groups.setdefault(key, _Predicted(set(), speaker, quote.type))
        group.tokens |= _tokens(text, [(quote.start, quote.end)])
    return [group for group in groups.values() if group.tokens]


class AttributionTally:
    """Running per-attribution counts: gold, predicted, matched, and the pairs' word shares."""

    def __init__(self) -> None:
        self.gold = 0
        self.predicted = 0
        self.matched = 0
        self.precision_sum = 0.0
        self.recall_sum = 0.0
        self.speaker_total = 0
        self.speaker_correct = 0

        self.matched_predicted = 0  # matches counted on the prediction side (differs per type)

    def add_match(self, precision: float | None, recall: float | None, scored: bool, correct: bool) -> None:
        if recall is not None:
            self.matched += 1
            self.recall_sum += recall
        if precision is not None:
            self.matched_predicted += 1
            self.precision_sum += precision
        if scored:
            self.speaker_total += 1
            self.speaker_correct += correct

    def report(self) -> dict[str, Any]:
        p = self.matched_predicted / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        sp = self.precision_sum / self.predicted if self.predicted else 0.0
        sr = self.recall_sum / self.gold if self.gold else 0.0
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "detection": prf(p, r),
            "content_overlap": prf(sp, sr),
            "speaker_accuracy": round(self.speaker_correct / self.speaker_total, 4) if self.speaker_total else None,
            "speaker_scored": self.speaker_total,
        }


def matched_pairs(gold: list[set[int]], predicted: list[set[int]]) -> list[tuple[int, int, int]]:
    """The one-to-one pairing every per-attribution figure uses: pairs sharing a word, taken greedily by
    descending overlap, each gold and each prediction at most once; (overlap, gold index, predicted index)."""
    candidates = sorted(
        ((len(g & p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)), reverse=True)
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for overlap, gi, pi in candidates:
        if overlap == 0 or gi in used_gold or pi in used_predicted:
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((overlap, gi, pi))
    return pairs


def score_polnear(articles: list[GoldArticle], predictions: list[list[Quote]], linked: bool = True) -> dict[str, Any]:
    """PolNeAR figures; ``linked=False`` groups floating quotations the earlier way (``group_predictions``)."""
    overall = AttributionTally()
    words = ContentWordTally()
    by_type: dict[str, AttributionTally] = {kind: AttributionTally() for kind in ("direct", "mixed", "indirect")}
    predicted_types: Counter[str] = Counter()
    for article, quotes in zip(articles, predictions, strict=True):
        text = article.text
        golds = [
            (_tokens(text, g.content), _tokens(text, g.source), gold_type(text, g.content), bool(g.source), g.source)
            for g in article.attributions
        ]
        golds = [g for g in golds if g[0]]
        preds = group_predictions(text, quotes, linked)
        overall.gold += len(golds)
        overall.predicted += len(preds)
        for gold in golds:
            by_type[gold[2]].gold += 1
        for pred in preds:
            predicted_types[pred.type] += 1
            by_type[pred.type].predicted += 1
        gold_words, predicted_words = [g[0] for g in golds], [p.tokens for p in preds]
        words.add(gold_words, predicted_words)
        for overlap, gi, pi in matched_pairs(gold_words, predicted_words):
            gold_tokens, gold_source, kind, has_source, _ = golds[gi]
            pred = preds[pi]
            precision, recall = overlap / len(pred.tokens), overlap / len(gold_tokens)
            correct_speaker = bool(gold_source & pred.speaker) or _relative_source(text, golds[gi][4], pred)
            overall.add_match(precision, recall, has_source and bool(gold_source), correct_speaker)
            # Per type: recall-side figures by the gold type, precision-side ones by the predicted type.
            by_type[kind].add_match(None, recall, has_source and bool(gold_source), correct_speaker)
            by_type[pred.type].add_match(precision, None, False, False)
    result = overall.report()
    result["content_tokens"] = words.report()
    # Per gold type: recall-side figures are exact; precision-side ones use the predicted type.
    result["by_type"] = {kind: tally.report() for kind, tally in by_type.items()}
    result["predicted_types"] = dict(predicted_types)
    result["articles"] = len(articles)
    return result


def evaluate_polnear(root: Path = DEFAULT_POLNEAR, split: str = "dev", limit: int | None = None,
                     articles_slice: tuple[int, int] | None = None,
                     cue_model_path: Path | None = None) -> dict[str, Any]:
    """PolNeAR figures for ``split``: its first ``limit`` articles in name order, or, with
    ``articles_slice`` (start, end), those articles of its seed-7 shuffle (see the module docstring);
    ``cue_model_path``: a cue model of one's own (a cross-fit by ``build_quote_model.py --skip``)
    instead of the shipped one."""
    from sitrep.nlp import get_nlp
    from sitrep.quotes import quotes_of
    from sitrep.quotes.learned import CueModel, CueModelError, read_cue_model

    cue_model: CueModel | bool = True
    if cue_model_path is not None:
        try:
            cue_model = read_cue_model(cue_model_path)
        except CueModelError as error:
            raise EvalDataError(str(error)) from None

    if articles_slice is None:
        articles = read_polnear(root, split, limit)
    else:
        articles = shuffled_slice(read_polnear(root, split), *articles_slice)[:limit]
    nlp = get_nlp()
    began = time.perf_counter()
    predictions = [quotes_of(doc, article.name, cue_model=cue_model) for doc, article in zip(
        nlp.pipe(a.text for a in articles), articles, strict=True)]
    seconds = round(time.perf_counter() - began, 1)
    result = score_polnear(articles, predictions)
    # A second figure, same matching: statements only, without the attitudes and reports the learned cue
    # model adds ("X wants ...", "a poll shows ..."), as an analyst's statement table would list them.
    statements = score_polnear(articles, [[q for q in quotes if not q.attitude] for quotes in predictions])
    result["statements_only"] = {key: statements[key] for key in
                                 ("predicted", "matched", "detection", "content_overlap", "speaker_accuracy")}
    result["predicted_attitudes"] = sum(q.attitude for quotes in predictions for q in quotes)
    # The same predictions with floating quotations grouped as before the sixth session (see the docstring).
    adjacent = score_polnear(articles, predictions, linked=False)
    result["adjacent_grouping"] = {key: adjacent[key] for key in
                                   ("predicted", "matched", "detection", "content_overlap", "speaker_accuracy")}
    result["seconds"] = seconds
    result["split"] = split
    if articles_slice is not None:
        start = articles_slice[0]
        result["slice"] = {"start": start, "end": start + len(articles), "seed": SHUFFLE_SEED}
        # The cue model is fitted on the first N articles of the train shuffle: figures there are optimistic.
        fitted = fitted_in_slice(cue_model_path, start, start + len(articles)) if split == "train" else 0
        result["slice"]["fitted_articles"] = fitted
    if cue_model_path is not None:
        result["cue_model"] = str(cue_model_path)
    return result


# -- project evaluation sets ---------------------------------------------------------------------


def read_jsonl(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    if not path.exists():
        raise EvalDataError(f"evaluation set not found: {path}")
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as error:
            raise EvalDataError(f"{path}:{number}: invalid JSON: {error.msg}") from None
        if limit is not None and len(records) >= limit:
            break
    return records


def _coder_quotes(texts: list[str]) -> list[list[Quote]]:
    """Quotes of each text through the real pipeline stage (with the actor dictionary if present)."""
    from sitrep.nlp import get_nlp
    from sitrep.quotes.stage import QuoteStage, quotes_of

    stage = QuoteStage()
    return [quotes_of(doc, "", None, stage.resolver) for doc in get_nlp().pipe(texts)]


def evaluate_speakers(path: Path = EVALSETS / "speakers.jsonl", limit: int | None = None) -> dict[str, Any]:
    records = read_jsonl(path, limit)
    predictions = _coder_quotes([record["text"] for record in records])
    total = correct = found = 0
    errors: list[dict[str, Any]] = []
    by_part: dict[str, list[int]] = {}  # part -> [quotes, correct]
    for record, quotes in zip(records, predictions, strict=True):
        text = record["text"]
        part = by_part.setdefault(record.get("part", "dev"), [0, 0])
        for gold in record["quotes"]:
            total += 1
            part[0] += 1
            offset = text.find(gold["content_start"])
            if offset < 0:
                raise EvalDataError(f"{record['id']}: content_start {gold['content_start']!r} not in text")
            end = offset + len(gold["content_start"])
            match = next((q for q in quotes if q.start < end and offset < q.end), None)
            name = match.speaker.name if match is not None and match.speaker is not None else None
            if match is not None:
                found += 1
            if name is not None and name.casefold() == gold["speaker"].casefold():
                correct += 1
                part[1] += 1
            else:
                errors.append({"id": record["id"], "content_start": gold["content_start"], "gold": gold["speaker"],
                               "predicted": name, "span": match.speaker.text if match and match.speaker else None})
    return {
        "articles": len(records),
        "quotes": total,
        "found": found,
        "accuracy": round(correct / total, 4) if total else 0.0,
        "by_part": {name: {"quotes": n, "accuracy": round(ok / n, 4) if n else 0.0}
                    for name, (n, ok) in by_part.items()},
        "errors": errors,
    }


def _content_words(text: str | None) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower()) if w not in _STOP}


def evaluate_stance(path: Path = EVALSETS / "stance.jsonl", limit: int | None = None) -> dict[str, Any]:
    records = read_jsonl(path, limit)
    texts = [f"{record['context']} {record['statement']}".strip() for record in records]
    predictions = _coder_quotes(texts)
    gold_labels: list[str] = []
    predicted_labels: list[str] = []
    about_total = about_correct = 0
    about_by_part: dict[str, list[int]] = {}  # part -> [scored, correct]
    errors: list[dict[str, Any]] = []
    for record, text, quotes in zip(records, texts, predictions, strict=True):
        begin = len(text) - len(record["statement"])
        inside = [q for q in quotes if q.end > begin or (q.cue_start is not None and q.cue_start >= begin)]
        stance = next((q.stance for q in inside if q.stance is not None), None)
        gold = record["label"] or "none"
        predicted = stance.label if stance is not None else "none"
        gold_labels.append(gold)
        predicted_labels.append(predicted)
        if gold == predicted and gold != "none" and record.get("about"):
            about_total += 1
            part_about = about_by_part.setdefault(record.get("part", "dev"), [0, 0])
            part_about[0] += 1
            if _content_words(record["about"]) & _content_words(stance.about if stance else None):
                about_correct += 1
                part_about[1] += 1
        if gold != predicted:
            errors.append({"id": record["id"], "gold": gold, "predicted": predicted,
                           "statement": record["statement"]})
    result = _stance_scores(gold_labels, predicted_labels)
    parts: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        parts.setdefault(record.get("part", "dev"), []).append(index)
    result["by_part"] = {
        part: _stance_scores([gold_labels[i] for i in indices], [predicted_labels[i] for i in indices])
        for part, indices in parts.items()
    }
    for part, (scored, correct) in about_by_part.items():
        result["by_part"][part]["about_accuracy"] = round(correct / scored, 4) if scored else None
    result.update(
        statements=len(records),
        about_accuracy=round(about_correct / about_total, 4) if about_total else None,
        about_scored=about_total,
        errors=errors,
    )
    return result


def _stance_scores(gold_labels: list[str], predicted_labels: list[str]) -> dict[str, Any]:
    from sitrep.quotes.stance import LABELS

    per_label = {}
    for label in (*LABELS, "none"):
        tp = sum(g == p == label for g, p in zip(gold_labels, predicted_labels, strict=True))
        n_pred = predicted_labels.count(label)
        n_gold = gold_labels.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        per_label[label] = {**prf(precision, recall), "support": n_gold}
    macro = sum(per_label[label]["f1"] for label in LABELS) / len(LABELS)
    macro_all = sum(v["f1"] for v in per_label.values()) / len(per_label)
    total = len(gold_labels)
    accuracy = sum(g == p for g, p in zip(gold_labels, predicted_labels, strict=True)) / total if total else 0.0
    return {
        "n": total,
        "accuracy": round(accuracy, 4),
        "macro_f1": round(macro, 4),
        "macro_f1_with_none": round(macro_all, 4),
        "per_label": per_label,
    }


# -- CLI -----------------------------------------------------------------------------------------


def _polnear_row(name: str, gold: int, row: dict[str, Any]) -> str:
    """One line of the PolNeAR table: counts, detection and content overlap P/R/F1, speaker accuracy."""
    det, ovl = row["detection"], row["content_overlap"]
    speaker = f"{row['speaker_accuracy']:.3f}" if row["speaker_accuracy"] is not None else "-"
    return (f"{name:10}{gold:>6}{row['predicted']:>6}{row['matched']:>7}{det['p']:>7.3f}{det['r']:>7.3f}"
            f"{det['f1']:>8.3f}{ovl['p']:>7.3f}{ovl['r']:>7.3f}{ovl['f1']:>8.3f}{speaker:>9}")


def _print_polnear(result: dict[str, Any]) -> None:
    where = result.get("split", "dev")
    if "slice" in result:
        cut = result["slice"]
        where += f" articles {cut['start']}:{cut['end']} of the seed-{cut['seed']} shuffle"
        if cut["fitted_articles"]:
            where += f", {cut['fitted_articles']} of them fitted by the cue model (optimistic)"
    if "cue_model" in result:
        where += f", cue model {result['cue_model']}"
    typer.echo(f"PolNeAR {where} ({result['articles']} articles, {result['seconds']} s)")
    rows = [("all", result), *result["by_type"].items()]
    typer.echo(f"{'':10}{'gold':>6}{'pred':>6}{'match':>7}{'det P':>7}{'det R':>7}{'det F1':>8}"
               f"{'ovl P':>7}{'ovl R':>7}{'ovl F1':>8}{'speaker':>9}")
    for name, row in rows:
        typer.echo(_polnear_row(name, row["gold"], row))
    typer.echo("(per type: gold, match, recall and speaker by the gold type; pred and precision by the predicted type)")
    words = result["content_tokens"]
    pairs = words["pair_sum"]
    typer.echo(f"content words (each word once: inside a gold content, inside a predicted one): P {words['p']:.3f} "
               f"R {words['r']:.3f} F1 {words['f1']:.3f}; Citron's pair sum: P {pairs['p']:.3f} "
               f"R {pairs['r']:.3f} F1 {pairs['f1']:.3f}")
    if "statements_only" in result:
        typer.echo(_polnear_row("statements", result["gold"], result["statements_only"]))
        typer.echo(f"(statements: without the {result['predicted_attitudes']} quotes flagged attitude, "
                   "e.g. 'X wants', 'a poll shows')")
    if "adjacent_grouping" in result:
        typer.echo(_polnear_row("old group", result["gold"], result["adjacent_grouping"]))
        typer.echo("(old group: all types, floating quotations joined to the quote right before them with the same "
                   "speaker, the reading before the sixth session)")


def _print_agreement(result: dict[str, Any]) -> None:
    splits = result["by_split"]
    sizes = "–".join(str(n) for n in result["annotators_per_article"])
    typer.echo(f"PolNeAR annotator agreement: {result['articles']} articles ({splits['dev']} dev, {splits['train']} "
               f"train) with {sizes} annotators each, every annotator scored against every other")
    typer.echo(f"{'':12}{'det F1':>8}{'ovl F1':>8}{'words F1':>10}{'pair sum':>10}")
    rows = [("annotators", result["annotators"])] + ([("sitrep", result["sitrep"])] if "sitrep" in result else [])
    for name, row in rows:
        words = row["content_tokens"]
        typer.echo(f"{name:12}{row['detection']['f1']:>8.3f}{row['content_overlap']['f1']:>8.3f}"
                   f"{words['f1']:>10.3f}{words['pair_sum']['f1']:>10.3f}")
    if "sitrep" in result:
        typer.echo(f"(sitrep: its predictions against each annotator in turn; {result['sitrep']['fitted_articles']} "
                   f"of the {splits['train']} train articles were fitted by the cue model, so it is optimistic)")


def _print_speakers(result: dict[str, Any]) -> None:
    typer.echo(f"Speakers: {result['articles']} articles, {result['quotes']} quotes, "
               f"{result['found']} found, canonical speaker accuracy {result['accuracy']:.3f}")
    for part, row in result["by_part"].items():
        typer.echo(f"  part {part}: {row['quotes']} quotes, accuracy {row['accuracy']:.3f}")
    for error in result["errors"][:20]:
        typer.echo(f"  {error['id']}: {error['content_start']!r} gold={error['gold']!r} "
                   f"predicted={error['predicted']!r} span={error['span']!r}")


def _print_stance(result: dict[str, Any]) -> None:
    typer.echo(f"Stance: {result['statements']} statements, accuracy {result['accuracy']:.3f}, "
               f"macro F1 {result['macro_f1']:.3f} (8 labels), {result['macro_f1_with_none']:.3f} (with None), "
               f"about {result['about_accuracy']} of {result['about_scored']}")
    for label, row in result["per_label"].items():
        typer.echo(f"  {label:15} P {row['p']:.3f}  R {row['r']:.3f}  F1 {row['f1']:.3f}  n={row['support']}")
    for part, row in result["by_part"].items():
        typer.echo(f"  part {part}: n={row['n']} accuracy {row['accuracy']:.3f}, macro F1 {row['macro_f1']:.3f} "
                   f"(8 labels), {row['macro_f1_with_none']:.3f} (with None), about {row.get('about_accuracy')}")


def register(eval_app: typer.Typer) -> None:
    """Add ``sitrep eval quotes``."""

    @eval_app.command("quotes")
    def quotes_command(
        dataset: str = typer.Option(
            "all", "--dataset", help="polnear, agreement (PolNeAR's annotators against each other, and sitrep "
                                     "against each), speakers, stance or all."),
        split: str = typer.Option("dev", "--split", help="PolNeAR split (dev is for measuring)."),
        limit: int = typer.Option(None, "--limit", help="Only the first N articles/statements."),
        articles: str = typer.Option(
            None, "--articles", metavar="START:END",
            help="PolNeAR only: articles START..END-1 of the split shuffled with seed 7, the order the cue model "
                 "is fitted on (train 0:720 fitted; decide on --split train --articles 720:840)."),
        data: Path = typer.Option(DEFAULT_POLNEAR, "--polnear", help="PolNeAR folder (with train/ and dev/)."),
        cue_model: Path = typer.Option(
            None, "--cue-model", help="PolNeAR only: score with this cue model file instead of the shipped one "
                                      "(a cross-fit written by build_quote_model.py --skip START:END)."),
        as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    ) -> None:
        """Score quotation attribution (PolNeAR), canonical speakers and stance."""
        choices = ["polnear", "agreement", "speakers", "stance"]
        wanted = choices if dataset == "all" else [dataset]
        if any(name not in choices for name in wanted):
            raise typer.BadParameter(f"unknown dataset {dataset!r}; choose {', '.join(choices)} or all")
        results: dict[str, Any] = {}
        try:
            articles_slice = parse_slice(articles) if articles is not None else None
            if "polnear" in wanted:
                results["polnear"] = evaluate_polnear(data, split, limit, articles_slice, cue_model)
            if "agreement" in wanted:
                from sitrep.eval.quote_agreement import evaluate_agreement

                results["agreement"] = evaluate_agreement(data)
            if "speakers" in wanted:
                results["speakers"] = evaluate_speakers(limit=limit)
            if "stance" in wanted:
                results["stance"] = evaluate_stance(limit=limit)
        except EvalDataError as error:
            typer.echo(f"error: {error}", err=True)
            raise typer.Exit(2) from None
        if as_json:
            typer.echo(json.dumps(results, indent=2))
            return
        printers = {"polnear": _print_polnear, "agreement": _print_agreement, "speakers": _print_speakers,
                    "stance": _print_stance}
        for name, result in results.items():
            printers[name](result)

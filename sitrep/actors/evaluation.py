"""Score actor resolution against PLOVER gold records: the gold actor's text is given, we resolve it.

Each gold source/target has ``actorText``, a ``code`` (a country, or IGO/NGO/ISM for non-state
actors) and, for some, a ``sector``. We find the actor text in the sentence, resolve that span in
the parsed sentence, and compare:

- country: the gold code when it is an ISO alpha-3 code we know, or "non-state" for IGO/NGO/ISM;
- sector: the first three letters of the gold sector (CIV read as CVL), where the gold record has one.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from sitrep.actors.resolver import ActorResolver
from sitrep.model import ActorRef

_NON_STATE = {"IGO", "NGO", "ISM", "IMG", "MNC"}
_SECTOR_SPELLINGS = {"CIV": "CVL"}


@dataclass(slots=True)
class ActorScore:
    countries_scored: int = 0
    countries_right: int = 0
    sectors_scored: int = 0
    sectors_right: int = 0
    both_scored: int = 0
    both_right: int = 0
    not_found: int = 0  # gold actor text not in the sentence
    unresolved: int = 0  # we returned no actor for the span
    errors: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict[str, float | int | list]:
        def ratio(right: int, total: int) -> float:
            return round(right / total, 3) if total else 0.0

        return {
            "country_accuracy": ratio(self.countries_right, self.countries_scored),
            "countries_scored": self.countries_scored,
            "sector_accuracy": ratio(self.sectors_right, self.sectors_scored),
            "sectors_scored": self.sectors_scored,
            "country_and_sector_accuracy": ratio(self.both_right, self.both_scored),
            "country_and_sector_scored": self.both_scored,
            "actor_text_not_found": self.not_found,
            "unresolved": self.unresolved,
            "frequent_errors": [f"{gold} -> {ours}: {count}" for (gold, ours), count in self.errors.most_common(10)],
        }


def _gold_country(code: str, known: set[str]) -> str | None:
    """The comparable gold country: an ISO code we know, "non-state", or None (not scored)."""
    prefix = code[:3].upper()
    if prefix in _NON_STATE:
        return "non-state"
    return prefix if prefix in known else None


def _our_country(ref: ActorRef) -> str | None:
    if ref.country is None and ref.code and ref.code[:3] in _NON_STATE:
        return "non-state"
    return ref.country


def evaluate_plover_actors(path: Path, resolver: ActorResolver, nlp: Language, limit: int | None = None) -> ActorScore:
    records = json.loads(path.read_text(encoding="utf-8"))
    known = {entry.default_role.country for entry in resolver.dictionary.countries if entry.default_role}
    score = ActorScore()
    seen = 0
    for record in records:
        text = record.get("text")
        if not text:
            continue
        actors = [actor for role in ("source", "target") for actor in (record.get(role) or [])]
        if not actors:
            continue
        seen += 1
        if limit is not None and seen > limit:
            break
        doc = nlp(text)
        for gold in actors:
            _score_actor(score, gold, text, doc, resolver, known)
    return score


def _score_actor(score: ActorScore, gold: dict, text: str, doc, resolver: ActorResolver, known: set[str]) -> None:
    actor_text = (gold.get("actorText") or "").strip()
    position = text.find(actor_text) if actor_text else -1
    if position < 0 and actor_text:
        position = text.lower().find(actor_text.lower())
    if position < 0:
        score.not_found += 1
        return
    span = doc.char_span(position, position + len(actor_text), alignment_mode="expand")
    refs = resolver.resolve_span(span) if span is not None else []
    ours = refs[0] if refs else None
    if ours is None:
        score.unresolved += 1
    gold_country = _gold_country(gold.get("code") or "", known)
    our_country = _our_country(ours) if ours else None
    raw_sector = (gold.get("sector") or "")[:3].upper()
    gold_sector = _SECTOR_SPELLINGS.get(raw_sector, raw_sector) if raw_sector and raw_sector != "***" else None
    our_sector = ours.sector if ours else None
    if gold_country is not None:
        score.countries_scored += 1
        if gold_country == our_country:
            score.countries_right += 1
        else:
            score.errors[(f"{actor_text!r} {gold_country}", str(our_country))] += 1
    if gold_sector is not None:
        score.sectors_scored += 1
        score.sectors_right += gold_sector == our_sector
        if gold_country is not None:
            score.both_scored += 1
            score.both_right += gold_country == our_country and gold_sector == our_sector

"""The records that sitrep's stages exchange.

Every record keeps its provenance: the id of the article it came from and the
character offsets of the text it was read from. Fields that cannot be
determined are ``None``; nothing is filled in with a guess.

The JSON shape of these records (``to_dict``) is the coding contract of
``sitrep code`` described in DESIGN.md.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

# Only what needs folding: a space followed by more space, or any other space character. Matching
# every single space too (and replacing it by itself) made this regex 2.7 times slower.
_SPACES = re.compile(
    r"(?: [ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]|[\t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000])"
    r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]*"
)
_BLANK_LINES = re.compile(r"\n\s*\n+")
# What _SPACES would change; looking for each with ``in`` is far cheaper than running the regex
# over a text that (as most do) holds none of them.
_ASCII_FOLDABLE = ("  ", "\t", "\f", "\v")
_FOLDABLE = (*_ASCII_FOLDABLE, "\u00a0", *map(chr, range(0x2000, 0x200C)), "\u202f", "\u205f", "\u3000")


def normalise_text(text: str) -> str:
    """Unicode NFC, runs of spaces folded, paragraphs kept as single blank lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = _BLANK_LINES.split(text)
    foldable = _ASCII_FOLDABLE if text.isascii() else _FOLDABLE
    fold = any(map(text.__contains__, foldable))
    cleaned = []
    for paragraph in paragraphs:
        # Spaces never include "\n", so folding the paragraph at once equals folding each line.
        lines = [line.strip() for line in (_SPACES.sub(" ", paragraph) if fold else paragraph).split("\n")]
        joined = " ".join(filter(None, lines))
        if joined:
            cleaned.append(joined)
    return "\n\n".join(cleaned)


def article_id(normalised_text: str) -> str:
    """Stable id of an article: the same text from two URLs is one article."""
    folded = normalised_text.casefold()
    # Fast path, same key: a normalised text's only whitespace is single spaces and the "\n\n"
    # between paragraphs. isprintable() is False for every whitespace character but " ", so when it
    # holds after the paragraph breaks become spaces, splitting and rejoining would change nothing.
    key = folded.replace("\n\n", " ")
    if not key.isprintable() or "  " in key or key.startswith(" ") or key.endswith(" "):
        key = " ".join(folded.split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


@dataclass(slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    section: str | None = None
    author: str | None = None
    language: str | None = None
    source_ref: str | None = None  # the file, feed or URL it was read from
    external_id: str | None = None  # the id the source gave it, if any
    ingested_at: datetime | None = None

    @property
    def codable(self) -> bool:
        """Only English text is coded; other languages are stored and marked."""
        return self.language in (None, "en")

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("published", "ingested_at"):
            value = data[key]
            data[key] = value.isoformat() if value is not None else None
        return data


@dataclass(slots=True)
class Rejected:
    """An input that could not be read, with the reason; kept so nothing is lost silently."""

    source_ref: str
    reason: str
    detail: str | None = None
    excerpt: str | None = None


@dataclass(slots=True)
class ActorRef:
    """A mention of an actor and the actor it resolves to."""

    text: str
    name: str | None = None
    code: str | None = None  # e.g. USAMIL, IGONATO
    country: str | None = None  # ISO 3166-1 alpha-3; None for international organisations
    sector: str | None = None  # PLOVER sector: GOV, MIL, REB, CVL, ...
    start: int | None = None
    end: int | None = None
    office: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(slots=True)
class Place:
    """A toponym mention and, when resolved, the gazetteer entry it refers to."""

    text: str
    start: int
    end: int
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None  # country, admin1, city, water, ...
    score: float | None = None
    role: str | None = None  # "dateline": where the story was filed (the publication place), not an event site

    def to_dict(self) -> dict[str, Any]:
        extra = {"role": self.role} if self.role is not None else {}
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "name": self.name,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "admin1": self.admin1,
            "feature": self.feature,
            "score": self.score,
            **extra,
        }


@dataclass(slots=True)
class EventDate:
    value: str | None  # ISO date
    precision: str  # day, week, month, year, reported
    text: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, "text": self.text}


@dataclass(slots=True)
class Modality:
    negated: bool = False
    hypothetical: bool = False
    future: bool = False
    reported: bool = False  # told by a party ("the ministry said it repelled ...")
    historical: bool = False  # a past event the report mentions as background ("since Russia's invasion")

    @property
    def factual(self) -> bool:
        return not (self.negated or self.hypothetical or self.future or self.historical)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Size:
    dead: int | None = None
    injured: int | None = None
    captured: int | None = None
    displaced: int | None = None
    approximate: bool = False  # "dozens", "at least 12": a low estimate

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Event:
    event_id: str
    article_id: str
    sentence: str
    start: int
    end: int
    trigger: str
    plover_type: str
    plover_mode: str | None = None
    cameo_code: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    modality: Modality = field(default_factory=Modality)
    date: EventDate | None = None
    location: Place | None = None
    size: Size = field(default_factory=Size)
    confidence: float = 0.0
    trigger_start: int | None = None
    trigger_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "source": [actor.to_dict() for actor in self.source],
            "target": [actor.to_dict() for actor in self.target],
            "plover": {"type": self.plover_type, "mode": self.plover_mode},
            "cameo": {
                "code": self.cameo_code,
                "root": self.cameo_code[:2] if self.cameo_code else None,
                "quad_class": self.quad_class,
                "goldstein": self.goldstein,
            },
            "acled": {
                "event_type": self.acled_event_type,
                "sub_event_type": self.acled_sub_event_type,
            },
            "modality": self.modality.to_dict(),
            "date": self.date.to_dict() if self.date else None,
            "location": self.location.to_dict() if self.location else None,
            "size": self.size.to_dict(),
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Stance:
    label: str  # condemns, supports, threatens, appeals, denies, escalatory, not_escalatory, concern
    about: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "about": self.about}


@dataclass(slots=True)
class Quote:
    quote_id: str
    article_id: str
    content: str
    start: int
    end: int
    type: str  # direct, indirect, mixed
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: ActorRef | None = None
    stance: Stance | None = None
    event_ids: list[str] = field(default_factory=list)
    # An attitude or report with no verb of saying ("X wants ...", "a poll shows ..."), not a statement.
    attitude: bool = False
    # A floating quotation (no cue of its own): the quote_id of the statement whose quotation it continues.
    continues: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "quote_id": self.quote_id,
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "cue": self.cue,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "stance": self.stance.to_dict() if self.stance else None,
            "event_ids": list(self.event_ids),
            "attitude": self.attitude,
            "continues": self.continues,
        }


@dataclass(slots=True)
class Mention:
    """Where an incident is reported: one event of one article."""

    article_id: str
    event_id: str
    start: int
    end: int


@dataclass(slots=True)
class Incident:
    incident_id: str
    plover_type: str
    mentions: list[Mention] = field(default_factory=list)
    num_articles: int = 0
    num_sources: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    location: Place | None = None
    date: EventDate | None = None
    size: Size = field(default_factory=Size)
    confidence: float = 0.0


@dataclass(slots=True)
class CodedDocument:
    """Everything sitrep read from one article: the output line of ``sitrep code``."""

    article: Article
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.article.external_id or self.article.id,
            "events": [event.to_dict() for event in self.events],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "places": [place.to_dict() for place in self.places],
        }
        if self.error:
            data["error"] = self.error
        return data

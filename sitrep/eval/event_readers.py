"""Readers for the event evaluation datasets in ``../shared/data/events``.

Each reader turns one dataset into plain records (text + gold labels) and raises
``EvalDataError`` with the path and the reason when a file is missing or malformed.

- PETRARCH2 validation suite (``petrarch2_unittest/``): XML; each ``<Sentence>`` carries a category
  and ``<EventCoding sourcecode targetcode eventcode>`` children, or ``noevents="True"``, or
  ``error="..."`` (a sentence or story PETRARCH must discard, so no events are expected either).
- UniversalPetrarch GSR (``petr2_gsr_validation.xml``): not well-formed XML: ``<Sentence .../>`` is
  usually self-closing and its codings, text and parse follow it, so it is read by sections.
- PLOVER gold standard (``plover_gsr_dev.json``): a JSON list; v0.5 type names are mapped to 2.0.
- CASE 2021 task 2 (``case2021_task2_dev.tsv``): ``id``, ``EventSnippet``, ``SubType``.
- ConfliBERT quad-class (``conflibert_quad_train.tsv``): ``text<TAB>label`` with no header.
"""

from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sitrep.events import codebook


class EvalDataError(Exception):
    """An evaluation dataset that is missing or cannot be read."""


class Coding(NamedTuple):
    """One expected event coding in PETRARCH's terms: actor codes and the CAMEO code."""

    source: str
    target: str
    code: str


@dataclass(slots=True)
class PetrarchRecord:
    id: str
    category: str
    text: str
    date: str | None
    codings: list[Coding] = field(default_factory=list)
    error: str | None = None  # PETRARCH's expected discard ("dateline", "storydiscard", ...)
    no_event: bool = False  # marked noevents="True"

    @property
    def expects_events(self) -> bool:
        return bool(self.codings)


@dataclass(frozen=True, slots=True)
class PetrarchSuite:
    records: list[PetrarchRecord]
    actors_path: Path
    agents_path: Path
    verbs_path: Path | None = None  # the dictionaries the suite's <Environment> names, where present
    discards_path: Path | None = None


@dataclass(slots=True)
class GsrSentence:
    id: str
    category: str
    text: str
    date: str | None
    codings: list[Coding] = field(default_factory=list)
    no_event: bool = False


@dataclass(frozen=True, slots=True)
class GoldActor:
    text: str | None
    code: str | None
    sector: str | None


@dataclass(slots=True)
class PloverRecord:
    id: str
    text: str
    event_type: str  # PLOVER 2.0 name
    event_type_v05: str
    mode: str | None
    source: list[GoldActor] = field(default_factory=list)
    target: list[GoldActor] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CaseSnippet:
    id: str
    text: str
    label: str


@dataclass(frozen=True, slots=True)
class QuadSentence:
    id: str
    text: str
    quad_class: int  # 0 = no event


def _require_file(path: Path) -> Path:
    if not path.is_file():
        raise EvalDataError(f"{path}: file not found")
    return path


def _one_line(text: str) -> str:
    return " ".join(text.split())


# --- PETRARCH2 validation suite -------------------------------------------------------------


def read_petrarch_suite(directory: Path) -> PetrarchSuite:
    """The PETRARCH2 unit-test records with the paths of their actor and agent dictionaries."""
    records_path = _require_file(directory / "PETR.UnitTest.records.xml")
    try:
        root = ElementTree.parse(records_path).getroot()
    except ElementTree.ParseError as error:
        raise EvalDataError(f"{records_path}: not valid XML: {error}") from None
    records: list[PetrarchRecord] = []
    seen_ids: set[str] = set()
    for sentence in root.iter("Sentence"):
        text_node = sentence.find("Text")
        if text_node is None or not (text_node.text or "").strip():
            raise EvalDataError(f"{records_path}: sentence {sentence.get('id')!r} has no <Text>")
        record = PetrarchRecord(
            id=_unique(sentence.get("id", ""), seen_ids),
            category=sentence.get("category", ""),
            text=_one_line(text_node.text or ""),
            date=sentence.get("date"),
        )
        for coding in sentence.iter("EventCoding"):
            if coding.get("error"):
                record.error = coding.get("error")
            elif (coding.get("noevents") or "").strip().lower() == "true":
                record.no_event = True
            elif coding.get("eventcode") is not None:
                record.codings.append(
                    Coding(
                        _clean_code(coding.get("sourcecode")),
                        _clean_code(coding.get("targetcode")),
                        _clean_code(coding.get("eventcode")),
                    )
                )
        records.append(record)
    environment = _petrarch_environment(root, directory)
    return PetrarchSuite(
        records=records,
        actors_path=_require_file(environment.get("Actorfile", directory / "PETR.Validate.actors.txt")),
        agents_path=_require_file(environment.get("Agentfile", directory / "PETR.Validate.agents.txt")),
        verbs_path=environment.get("Verbfile"),
        discards_path=environment.get("Discardfile"),
    )


def _petrarch_environment(root: ElementTree.Element, directory: Path) -> dict[str, Path]:
    """The dictionary files the suite's ``<Environment>`` names (``<Verbfile>`` ...) that exist."""
    found: dict[str, Path] = {}
    environment = root.find("Environment")
    if environment is None:
        return found
    for tag in ("Verbfile", "Actorfile", "Agentfile", "Discardfile"):
        node = environment.find(tag)
        name = (node.text or "").strip() if node is not None else ""
        if name and (directory / name).is_file():
            found[tag] = directory / name
    return found


def _unique(record_id: str, seen: set[str]) -> str:
    """The suite reuses a few ids (AGENTS-18, AGENTS-19); later ones get a ``~2`` suffix."""
    candidate, number = record_id, 1
    while candidate in seen:
        number += 1
        candidate = f"{record_id}~{number}"
    seen.add(candidate)
    return candidate


def _clean_code(value: str | None) -> str:
    # A few codings are written sourcecode='""': an empty code.
    return (value or "").strip().strip('"').strip()


def petrarch_coding_count(suite: PetrarchSuite) -> int:
    """Number of ``<EventCoding>`` entries (events, no-event and discard markers together)."""
    return sum(len(record.codings) + record.no_event + (record.error is not None) for record in suite.records)


# --- UniversalPetrarch GSR --------------------------------------------------------------------

_SENTENCE = re.compile(r"<Sentence\s([^>]*?)/?>")
_ATTRIBUTE = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_CODING = re.compile(r"<EventCoding\s([^>]*?)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def read_gsr(path: Path) -> list[GsrSentence]:
    """Sentences of the UniversalPetrarch GSR file with their gold codings."""
    content = _require_file(path).read_text(encoding="utf-8")
    body_start = content.find("<Sentences>")
    if body_start < 0:
        raise EvalDataError(f"{path}: no <Sentences> section")
    body = _COMMENT.sub("", content[body_start:])
    starts = list(_SENTENCE.finditer(body))
    if not starts:
        raise EvalDataError(f"{path}: no <Sentence> records")
    sentences: list[GsrSentence] = []
    for index, match in enumerate(starts):
        end = starts[index + 1].start() if index + 1 < len(starts) else len(body)
        section = body[match.end() : end]
        attributes = dict(_ATTRIBUTE.findall(match.group(1)))
        text = _TEXT.search(section)
        if text is None:
            raise EvalDataError(f"{path}: sentence {attributes.get('id')!r} has no <Text>")
        sentence = GsrSentence(
            id=attributes.get("id", ""),
            category=attributes.get("category", ""),
            # One record has an empty <Text>; its words are still in the CoNLL-U parse.
            text=_one_line(text.group(1)) or _text_from_parse(section[text.end() :]),
            date=attributes.get("date"),
        )
        for coding in _CODING.finditer(section[: text.start()]):
            fields = dict(_ATTRIBUTE.findall(coding.group(1)))
            if fields.get("noevents", "").lower() == "true":
                sentence.no_event = True
            elif "eventcode" in fields:
                sentence.codings.append(
                    Coding(
                        _clean_code(fields.get("sourcecode")),
                        _clean_code(fields.get("targetcode")),
                        _clean_code(fields.get("eventcode")),
                    )
                )
        sentences.append(sentence)
    return sentences


_PARSE = re.compile(r"<Parse>(.*?)</Parse>", re.DOTALL)
_NO_SPACE_BEFORE = re.compile(r" ([.,;:!?%)\]}]|'s|'|n't)(?= |$)")


def _text_from_parse(section: str) -> str:
    """The sentence rebuilt from the word forms of a CoNLL-U parse."""
    parse = _PARSE.search(section)
    if parse is None:
        return ""
    words = [line.split("\t")[1] for line in parse.group(1).splitlines() if line.count("\t") >= 2]
    return _NO_SPACE_BEFORE.sub(r"\1", " ".join(words))


# --- PLOVER gold standard ---------------------------------------------------------------------


def read_plover(path: Path, include_documents: bool = False) -> list[PloverRecord | dict[str, Any]]:
    """PLOVER gold records; the DOCUMENT records (file documentation) only when asked for, as dicts."""
    try:
        data = json.loads(_require_file(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise EvalDataError(f"{path}: not valid JSON: {error}") from None
    if not isinstance(data, list):
        raise EvalDataError(f"{path}: expected a JSON list of records")
    records: list[PloverRecord | dict[str, Any]] = []
    for raw in data:
        event = str(raw.get("event", "")).strip()
        if event == "DOCUMENT":
            if include_documents:
                records.append(raw)
            continue
        if not raw.get("text"):
            raise EvalDataError(f"{path}: record {raw.get('id')!r} has no text")
        try:
            event_type = codebook.plover_from_v05(event)
        except codebook.UnknownCodeError:
            raise EvalDataError(f"{path}: record {raw.get('id')!r} has unknown event type {event!r}") from None
        records.append(
            PloverRecord(
                id=str(raw.get("id", "")),
                text=_one_line(raw["text"]),
                event_type=event_type,
                event_type_v05=event,
                mode=raw.get("mode") or None,
                source=_gold_actors(raw.get("source")),
                target=_gold_actors(raw.get("target")),
            )
        )
    return records


def _gold_actors(value: Any) -> list[GoldActor]:
    if not isinstance(value, list):
        return []
    return [
        GoldActor(item.get("actorText"), item.get("code") or None, item.get("sector") or None)
        for item in value
        if isinstance(item, dict)
    ]


def plover_events(records: list[PloverRecord | dict[str, Any]]) -> list[PloverRecord]:
    return [record for record in records if isinstance(record, PloverRecord)]


# --- CASE 2021 task 2 and ConfliBERT quad classes ---------------------------------------------


def read_case(path: Path) -> list[CaseSnippet]:
    with _require_file(path).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = {"id", "EventSnippet", "SubType"} - set(reader.fieldnames or [])
        if missing:
            raise EvalDataError(f"{path}: missing columns {sorted(missing)}")
        return [
            CaseSnippet(row["id"], _one_line(row["EventSnippet"]), row["SubType"].strip())
            for row in reader
            if row.get("EventSnippet")
        ]


def read_quad(path: Path) -> list[QuadSentence]:
    sentences: list[QuadSentence] = []
    with _require_file(path).open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not row:
                continue
            if len(row) != 2 or row[1].strip() not in {"0", "1", "2", "3", "4"}:
                raise EvalDataError(f"{path}: line {number}: expected 'text<TAB>0-4'")
            sentences.append(QuadSentence(f"quad-{number}", _one_line(row[0]), int(row[1])))
    return sentences

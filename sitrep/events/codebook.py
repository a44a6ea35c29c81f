"""The event codebooks as a small typed API: CAMEO, Goldstein, QuadClass, PLOVER 2.0, ACLED, CASE 2021.

The facts live in ``sitrep/data/codebooks`` (TSV and YAML written for sitrep) and are read once.

Examples::

    >>> from sitrep.events import codebook
    >>> code = codebook.cameo("194")
    >>> code.name, code.goldstein, code.quad_class, code.root
    ('Fight with artillery and tanks', -10.0, 4, '19')
    >>> code.plover_type, code.plover_mode
    ('ASSAULT', 'heavy-weapons')
    >>> codebook.quad_class("0874"), codebook.goldstein("190")
    (2, -10.0)
    >>> codebook.plover_for_cameo("173")
    ('COERCE', 'arrest')
    >>> codebook.plover_for_cameo("012")  # PLOVER dropped CAMEO 01 and 02
    (None, None)
    >>> codebook.plover_from_v05("FIGHT"), codebook.plover_from_v05("assault")
    ('ASSAULT', 'ASSAULT')
    >>> codebook.plover_type("PROTEST").modes[:2]
    ('demo', 'riot')
    >>> codebook.default_cameo_for_plover("ASSAULT", "heavy-weapons").code
    '194'
    >>> codebook.ACLED_TYPES["Riots"]
    ('Violent demonstration', 'Mob violence')
    >>> codebook.case_label("Battles", "Armed clash")
    'ARMED_CLASH'
    >>> codebook.acled_for_case_label("AIR_STRIKE")
    ('Explosions/Remote violence', 'Air/drone strike')

QuadClass follows CAMEO's standard mapping by root: 01-05 verbal cooperation (1), 06-09 material
cooperation (2), 10-14 verbal conflict (3), 15-20 material conflict (4). PLOVER's own quad category
of a type (``plover_type(name).quad_class``) differs for a few types (e.g. PROTEST is material
conflict in PLOVER, while CAMEO 14 is verbal conflict); the CAMEO one is what GDELT and ICEWS report.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

CODEBOOK_DIR = Path(__file__).resolve().parent.parent / "data" / "codebooks"


class UnknownCodeError(KeyError):
    """A code or name that is not in the codebook."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0]) if self.args else "unknown code"


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    root: str
    root_name: str
    plover_type: str | None
    plover_mode: str | None
    plover_context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PloverType:
    name: str
    quad_class: int  # PLOVER's own quad category of the type
    requires_recipient: bool
    score: float
    description: str
    modes: tuple[str, ...]
    mode_scores: tuple[tuple[str, float | None], ...]


def _data_lines(path: Path) -> Iterator[str]:
    """Lines of a codebook TSV without its ``#`` comment header."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            yield line


def _read_tsv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(_data_lines(CODEBOOK_DIR / name), delimiter="\t"))


@dataclass(frozen=True, slots=True)
class _Root:
    name: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    phoenix_quad: int


@lru_cache(maxsize=1)
def _roots() -> dict[str, _Root]:
    return {
        row["root"]: _Root(
            row["name"],
            int(row["quad_class"]),
            float(row["goldstein"]),
            row["plover_type"] or None,
            int(row["phoenix_quad"]),
        )
        for row in _read_tsv("cameo_roots.tsv")
    }


@lru_cache(maxsize=1)
def cameo_codes() -> dict[str, CameoCode]:
    """Every CAMEO code (roots included), by code."""
    roots = _roots()
    codes: dict[str, CameoCode] = {}
    for root, info in roots.items():
        codes[root] = CameoCode(
            root, info.name, info.goldstein, info.quad_class, root, info.name, info.plover_type, None
        )
    for row in _read_tsv("cameo_codes.tsv"):
        root = row["code"][:2]
        context = tuple(part.strip() for part in row["plover_context"].split(";") if part.strip())
        codes[row["code"]] = CameoCode(
            code=row["code"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=roots[root].quad_class,
            root=root,
            root_name=roots[root].name,
            plover_type=row["plover_type"] or None,
            plover_mode=row["plover_mode"] or None,
            plover_context=context,
        )
    return codes


def _normalise_cameo(code: str | int) -> str:
    text = str(code).strip()
    if not text.isdigit():
        raise UnknownCodeError(f"not a CAMEO event code: {code!r}")
    if len(text) == 1:
        text = text.zfill(2)  # a root given as a number: 4 -> "04"
    return text


def is_cameo(code: str | int) -> bool:
    try:
        return _normalise_cameo(code) in cameo_codes()
    except UnknownCodeError:
        return False


def cameo(code: str | int) -> CameoCode:
    """The CAMEO code, e.g. ``cameo("194")``; raises ``UnknownCodeError`` if it is not in CAMEO."""
    text = _normalise_cameo(code)
    try:
        return cameo_codes()[text]
    except KeyError:
        raise UnknownCodeError(f"unknown CAMEO event code: {code!r}") from None


def cameo_root(code: str | int) -> str:
    """The two-digit cue category of a code: ``cameo_root("0874") == "08"``."""
    return cameo(code).root


def quad_class(code: str | int) -> int:
    """CAMEO QuadClass of a code (1-4), by its root."""
    text = _normalise_cameo(code)
    try:
        return _roots()[text[:2]].quad_class
    except KeyError:
        raise UnknownCodeError(f"unknown CAMEO event code: {code!r}") from None


def phoenix_quad_class(code: str | int) -> int:
    """QuadClass of a code in the Phoenix/PETRARCH convention (0-4: statements and appeals are 0, reducing
    relations is verbal conflict), the one event sets from those pipelines are labelled in."""
    text = _normalise_cameo(code)
    try:
        return _roots()[text[:2]].phoenix_quad
    except KeyError:
        raise UnknownCodeError(f"unknown CAMEO event code: {code!r}") from None


def goldstein(code: str | int) -> float:
    """Goldstein score of a CAMEO code (-10 .. +10)."""
    return cameo(code).goldstein


def plover_for_cameo(code: str | int) -> tuple[str | None, str | None]:
    """(PLOVER 2.0 type, mode) of a CAMEO code; (None, None) for CAMEO 01x/02x, which PLOVER dropped."""
    entry = cameo(code)
    return entry.plover_type, entry.plover_mode


def cameo_codes_for_plover(type_name: str, mode: str | None = None) -> list[CameoCode]:
    """CAMEO codes that map to a PLOVER type (and mode, when given), most general first."""
    name = plover_from_v05(type_name)
    matches = [
        entry
        for entry in cameo_codes().values()
        if entry.plover_type == name and len(entry.code) > 2 and (mode is None or entry.plover_mode == mode)
    ]
    return sorted(matches, key=lambda entry: (len(entry.code), entry.code))


@lru_cache(maxsize=1)
def _representative_cameo() -> dict[tuple[str, str | None], str]:
    return {(row["plover_type"], row["plover_mode"] or None): row["cameo"] for row in _read_tsv("plover_to_cameo.tsv")}


def default_cameo_for_plover(type_name: str, mode: str | None = None) -> CameoCode:
    """The representative CAMEO code of a PLOVER type and mode (``plover_to_cameo.tsv``).

    A mode without a code of its own, or an unknown mode, falls back to the type's code.
    """
    name = plover_from_v05(type_name)
    table = _representative_cameo()
    return cameo(table.get((name, mode)) or table[(name, None)])


@lru_cache(maxsize=1)
def _plover() -> dict:
    with (CODEBOOK_DIR / "plover.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def plover_types() -> dict[str, PloverType]:
    types: dict[str, PloverType] = {}
    for name, info in _plover()["types"].items():
        modes = info.get("modes") or {}
        types[name] = PloverType(
            name=name,
            quad_class=int(info["quad_class"]),
            requires_recipient=bool(info["requires_recipient"]),
            score=float(info["score"]),
            description=info["description"],
            modes=tuple(modes),
            mode_scores=tuple((mode, details.get("score")) for mode, details in modes.items()),
        )
    return types


def plover_from_v05(name: str) -> str:
    """The PLOVER 2.0 type name for a v0.5 or 2.0 name (case-insensitive): FIGHT -> ASSAULT."""
    key = name.strip().upper()
    renamed = _plover()["v05_names"].get(key, key)
    if renamed not in plover_types():
        raise UnknownCodeError(f"unknown PLOVER event type: {name!r}")
    return renamed


def plover_type(name: str) -> PloverType:
    return plover_types()[plover_from_v05(name)]


def is_plover_mode(type_name: str, mode: str) -> bool:
    return mode in plover_type(type_name).modes


def plover_score(type_name: str, mode: str | None = None) -> float:
    """PLOVER conflict/cooperation score of a type, or of a type and mode when the mode has one."""
    entry = plover_type(type_name)
    if mode is not None:
        score = dict(entry.mode_scores).get(mode)
        if score is not None:
            return float(score)
    return entry.score


@lru_cache(maxsize=1)
def _acled_rows() -> tuple[tuple[str, str, str], ...]:
    return tuple((row["event_type"], row["sub_event_type"], row["case_label"]) for row in _read_tsv("acled_types.tsv"))


def _acled_types() -> dict[str, tuple[str, ...]]:
    types: dict[str, list[str]] = {}
    for event_type, sub_type, _ in _acled_rows():
        types.setdefault(event_type, []).append(sub_type)
    return {event_type: tuple(subs) for event_type, subs in types.items()}


def acled_type_of(sub_event_type: str) -> str:
    """The ACLED event type of a sub-event type (``"Armed clash"`` -> ``"Battles"``)."""
    for event_type, sub_type, _ in _acled_rows():
        if sub_type.casefold() == sub_event_type.strip().casefold():
            return event_type
    raise UnknownCodeError(f"unknown ACLED sub-event type: {sub_event_type!r}")


def case_label(acled_type: str, acled_sub_type: str) -> str:
    """The CASE 2021 task 2 label of an ACLED (event type, sub-event type)."""
    wanted = (acled_type.strip().casefold(), acled_sub_type.strip().casefold())
    for event_type, sub_type, label in _acled_rows():
        if (event_type.casefold(), sub_type.casefold()) == wanted:
            return label
    raise UnknownCodeError(f"unknown ACLED event type / sub-event type: {acled_type!r} / {acled_sub_type!r}")


def acled_for_case_label(label: str) -> tuple[str, str]:
    """(ACLED event type, sub-event type) of a CASE 2021 label."""
    for event_type, sub_type, case in _acled_rows():
        if case == label.strip().upper():
            return event_type, sub_type
    raise UnknownCodeError(f"unknown CASE 2021 label: {label!r}")


PLOVER_TYPES: tuple[str, ...] = tuple(plover_types())
PLOVER_V05_NAMES: dict[str, str] = dict(_plover()["v05_names"])
PLOVER_SECTORS: dict[str, str] = dict(_plover()["sectors"])
PLOVER_INTERNATIONAL_ENTITIES: dict[str, str] = dict(_plover()["international_entities"])
PLOVER_CONTEXTS: tuple[str, ...] = tuple(_plover()["contexts"])
ACLED_TYPES: dict[str, tuple[str, ...]] = _acled_types()
CASE_LABELS: tuple[str, ...] = tuple(label for _, _, label in _acled_rows())

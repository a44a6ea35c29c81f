"""Counts written in news English: "12", "1,200", "twenty-five", "a dozen", "dozens", "2.5 million".

Vague quantities get a documented low estimate and are flagged approximate: "dozens" is read as 24,
"scores" as 40, "hundreds" as 200, "thousands" as 2,000, "tens of thousands" as 20,000, "millions" as
2,000,000. A low estimate is safer than a midpoint: a toll is never inflated by the reading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12, "couple": 2,
}  # fmt: skip
MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Plural vague quantities: the low estimate each stands for.
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000}
# Words before a number that make it an estimate rather than an exact count.
HEDGES = frozenset(
    {"least", "more", "over", "about", "around", "nearly", "almost", "some", "roughly", "approximately",
     "up", "estimated", "than", "upwards", "circa", "c.", "~", "several", "many", "close"}
)  # fmt: skip

_DIGITS = re.compile(r"^\d{1,3}(?:[,\u202f ]\d{3})+$|^\d+(?:\.\d+)?$")


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    approximate: bool


def parse_count(words: list[str]) -> Count | None:
    """Read a count from the words of a number phrase ("at least 12", "two dozen", "tens of thousands").

    Returns ``None`` when the words hold no count.
    """
    tokens = [word.casefold().strip() for word in words if word.strip()]
    tokens = [part for token in tokens for part in token.split("-") if part]
    if not tokens:
        return None
    approximate = any(token in HEDGES for token in tokens)
    if "tens" in tokens and "thousands" in tokens:
        return Count(20_000, True)
    if "hundreds" in tokens and "thousands" in tokens:
        return Count(200_000, True)
    total = 0
    current = 0
    seen_number = False
    for token in tokens:
        if token in VAGUE:
            value = VAGUE[token]
            return Count(max(value, value * current) if current else value, True)
        if _DIGITS.match(token):
            number = float(re.sub(r"[,\u202f ]", "", token))
            current += int(number) if number.is_integer() else number  # type: ignore[assignment]
            seen_number = True
        elif token in UNITS and token not in {"a", "an"}:
            current += UNITS[token] if token != "dozen" else 0
            if token == "dozen":
                current = (current or 1) * 12
            seen_number = True
        elif token in {"a", "an"}:
            current += 1
        elif token in MULTIPLIERS:
            current = (current or 1) * MULTIPLIERS[token]
            if MULTIPLIERS[token] >= 1_000:
                total += current
                current = 0
            seen_number = True
    if not seen_number:
        return None
    return Count(int(total + current), approximate)

"""Finding time expressions in text: "Tuesday night", "last month", "May 15, 2024", "earlier this year".

Each mention carries its kind, which decides how it is resolved and how precise the
resulting date is (see ``sitrep.time.resolve``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_MONTH = rf"(?:{MONTHS})\.?"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9][0-9]|20[0-9]{2})"
# Years before 1950 are read only after a preposition ("in 1927", "from 1910"): a bare 1927 is as often a count.
_EARLY_YEAR = r"(?:1[89][0-9]{2})"
_DECADE = r"(?:1[89]|20)[0-9]0s"  # "the 1920s"
_NAMED_MONTH = r"(?-i:January|February|March|April|June|July|August|September|October|November|December)"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))"
_COUNTED = r"(?:people|troops|soldiers|km|kilometres|kilometers|miles|tonnes|tons)"  # "2000 troops" is no year
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several)"


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    kind: str  # calendar_day, month, year, decade, weekday, relative_day, week, relative_month, relative_year, ago


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# What a pattern cannot match without (the third field), tested once per text so that most sentences skip most
# patterns: running all of them over every sentence was the dates stage's largest cost. DIGIT: an ASCII digit
# (every calendar day, month-and-year, year and decade has one); a word: that word in the lower-cased text (none
# of these words holds a letter that matches, case-insensitively, anything ``str.lower`` does not give).
DIGIT = "0-9"
_DIGIT = re.compile(r"[0-9]")

# Order matters: longer, more specific patterns first; a span already taken is not matched again.
_PATTERNS: list[tuple[str, re.Pattern[str], str | None]] = [
    ("calendar_day", _compile(rf"\b{_YEAR}-[01][0-9]-[0-3][0-9]\b"), DIGIT),
    ("calendar_day", _compile(rf"\b(?:(?:{WEEKDAYS}),?\s+)?{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b(?!\s*(?:%|percent))"),
     DIGIT),
    ("calendar_day", _compile(rf"\b(?:(?:{WEEKDAYS}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"),
     DIGIT),
    ("month", _compile(rf"\b(?:(?:early|mid|late|end\s+of|beginning\s+of)[-\s]+)?{_MONTH}(?:,?\s+{_YEAR})\b"), DIGIT),
    ("year", _compile(rf"\b(?:(?:early|mid|late|end\s+of|beginning\s+of)[-\s]+)?{_YEAR}\b(?!\s*{_COUNTED})"), DIGIT),
    ("decade", _compile(rf"\b(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?{_DECADE}\b"), DIGIT),
    ("year", _compile(rf"\b(?:in|since|from|until|by|during|before|after)\s+{_EARLY_YEAR}\b(?!\s*{_COUNTED})"), DIGIT),
    # A bare weekday before a capitalised word is part of a name ("the Monday Market", "Friday Mosque"), not a date
    # ("Friday's Israeli strike" is one).
    ("weekday", _compile(rf"\b(?:(?:last\s+|this\s+|next\s+|on\s+)(?:{WEEKDAYS})(?:'s)?{_PART_OF_DAY}?|"
                         rf"(?:{WEEKDAYS})(?:'s{_PART_OF_DAY}?|{_PART_OF_DAY}?(?!\s+(?-i:[A-Z]))))\b"), "day"),
    ("relative_day", _compile(r"\b(?:yesterday|today|tonight|last\s+night|overnight|"
                                r"this\s+(?:morning|afternoon|evening)|the\s+(?:previous|following)\s+day|the\s+day\s+before|tomorrow)\b"),
     None),
    ("week", _compile(r"\b(?:(?:earlier|later)\s+)?(?:this|last|next|the\s+past|the\s+previous)\s+(?:week|weekend)\b|"
                        r"\b(?:on|at|over)\s+the\s+weekend\b"), "week"),
    ("relative_month", _compile(r"\b(?:(?:earlier|later)\s+)?(?:this|last|next|the\s+past|the\s+previous)\s+month\b"),
     "month"),
    ("relative_year", _compile(r"\b(?:(?:earlier|later)\s+)?(?:this|last|next|the\s+past|the\s+previous)\s+year\b"),
     "year"),
    ("ago", _compile(rf"\b{_NUMBER}\s+(?:days?|weeks?|months?|years?)\s+ago\b"), "ago"),
    ("month", _compile(rf"\b(?:in|since|during|by|until|(?:early|mid|late)[-\s]+)\s*{_MONTH}\b(?!\s+\d)"), None),
    # "a deadly January attack", "the March offensive": a month named before a noun (the month alone is the
    # mention; "May" is left out: "the May government" is Theresa May's)
    ("month", _compile(rf"\b(?:an?|the|this)\s+(?:[a-z]+\s+)?({_NAMED_MONTH})(?=\s+[a-z])"), None),
]


_PREPOSITIONS = ("in ", "since ", "during ", "by ", "until ", "from ", "before ", "after ")


def _may_match(need: str | None, lower: str, has_digit: bool) -> bool:
    if need is None:
        return True
    return has_digit if need == DIGIT else need in lower


def find_date_expressions(text: str) -> list[DateMention]:
    """Every time expression in ``text``, in order of position, without overlaps."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    lower = text.lower()
    has_digit = _DIGIT.search(text) is not None
    for kind, pattern, need in _PATTERNS:
        if not _may_match(need, lower, has_digit):
            continue
        for match in pattern.finditer(text):
            start, end = match.span(1) if pattern.groups else match.span()  # a group marks the date within
            if kind in {"month", "year"} and match.group(0).lower().startswith(_PREPOSITIONS):
                # The preposition is context, not part of the date.
                start = start + match.group(0).index(" ") + 1
            if any(start < other_end and other_start < end for other_start, other_end in taken):
                continue
            first_word = text[start:end].split()[0].rstrip(".")
            if first_word.lower() in {"may", "march"} and first_word.islower():
                continue  # the verb "may", the noun "march"
            taken.append((start, end))
            found.append(DateMention(text[start:end], start, end, kind))
    return sorted(found, key=lambda mention: mention.start)

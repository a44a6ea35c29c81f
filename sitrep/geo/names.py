"""Name normalisation shared by the gazetteer index and every lookup."""

from __future__ import annotations

import re
import unicodedata

_APOSTROPHES = re.compile(r"['’ʼ‘`´ʻ]")
_SEPARATORS = re.compile(r"[-‐‑–—_./,]+")
_SPACES = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    """Casefolded, diacritics stripped, apostrophes dropped, hyphens as spaces.

    "Kharkivs’ka Oblast’" and "kharkivska oblast" share a key; so do "Sudža" and "Sudza".
    Non-Latin scripts keep their letters (Cyrillic "Курск" stays Cyrillic, casefolded).
    """
    if name.isascii():
        stripped = name  # NFKD leaves ASCII as it is, with no combining marks to drop: most names skip the walk
    else:
        decomposed = unicodedata.normalize("NFKD", name)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _APOSTROPHES.sub("", stripped)
    stripped = _SEPARATORS.sub(" ", stripped)
    return _SPACES.sub(" ", stripped).strip().casefold()


# Words that turn a name into an administrative region ("Kursk Oblast", "Sumy region").
ADMIN_WORDS: frozenset[str] = frozenset(
    {
        "oblast",
        "region",
        "province",
        "governorate",
        "state",
        "district",
        "krai",
        "kray",
        "republic",
        "prefecture",
        "county",
        "department",
        "voivodeship",
        "canton",
        "territory",
        "parish",
        "emirate",
        "municipality",
        "autonomous okrug",
        "wilaya",
        "division",
    }
)

# The admin words that, in the countries that use them, name second-level regions: US counties and
# Louisiana parishes, English boroughs. "Knox County" is an admin2 entry, not a state.
SECOND_LEVEL_WORDS: frozenset[str] = frozenset({"county", "parish", "borough"})


def admin_hint(word: str) -> str:
    """The feature an admin word implies: "admin2" for county/parish/borough, else "admin1"."""
    return "admin2" if word.lower() in SECOND_LEVEL_WORDS else "admin1"


_ADMIN_SUFFIX = re.compile(
    r"\s+(?:" + "|".join(sorted((re.escape(w) for w in ADMIN_WORDS), key=len, reverse=True)) + r")$"
)
_ADMIN_PREFIX = re.compile(r"^(?:republic of|state of|province of|region of)\s+")
# Adjectival Slavic region names: "Kharkivska" / "Kurskaya" -> the city stem.
_ADJECTIVAL = re.compile(r"(?:s?ka|skaya|skaja|s?kyi|skiy)$")


def admin_short_names(name: str) -> set[str]:
    """Normalised short forms of an admin1 name: "Kursk Oblast" -> {"kursk"}."""
    key = normalise_name(name)
    forms = set()
    short = _ADMIN_PREFIX.sub("", _ADMIN_SUFFIX.sub("", key))
    if short and short != key:
        forms.add(short)
    base = short or key
    adjectival = _ADJECTIVAL.sub("", base)
    if adjectival != base and len(adjectival) >= 3 and " " not in base:
        forms.add(adjectival)
    return forms

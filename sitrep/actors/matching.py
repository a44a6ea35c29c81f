"""Token-level lookup of dictionary phrases: a table from normalised token n-grams to entries.

Aliases are tokenised once with spaCy's English tokenizer (the same rules the parse uses), so
"al-Shabaab", "U.S." and "People's Liberation Army" split the same way in the data and in text.
Matching is longest-first at each position; no regular expression per entry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from sitrep.actors.entries import COUNTRY, METONYM, ORGANISATION, PERSON, SECTOR, ActorEntry

# Tokens that carry no meaning for matching: "al-Shabaab" == "al Shabaab", "Lions' Den" == "Lions Den".
_SKIPPED = {"-", "–", "—", "'", "’", ""}
# Leading words an alias may be written with that the text may omit.
_LEADING_ARTICLES = {"the"}

_PRIORITY = {PERSON: 50, ORGANISATION: 40, METONYM: 30, COUNTRY: 20, SECTOR: 10}
_SURNAME_PRIORITY = 5


@lru_cache(maxsize=65536)
def normalise_token(text: str) -> str:
    """Casefolded, accents and dots removed: "U.S." -> "us", "Élysée" -> "elysee"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.casefold().replace(".", "")


@dataclass(frozen=True, slots=True)
class AliasHit:
    """One way an entry can be written."""

    entry: ActorEntry
    surface: tuple[str, ...]  # the alias's own tokens, as written in the data
    case_sensitive: bool  # short acronyms ("US", "IS", "WHO") must match exactly
    surname_only: bool = False

    @property
    def priority(self) -> int:
        return _SURNAME_PRIORITY if self.surname_only else _PRIORITY.get(self.entry.type, 0)


@dataclass(slots=True)
class Match:
    """A dictionary phrase found in text: doc token indexes [start, end) and the entries it can name."""

    start: int
    end: int
    hits: list[AliasHit]
    tokens: list[Token]

    @property
    def best(self) -> AliasHit:
        return self.hits[0]

    @property
    def entry(self) -> ActorEntry:
        return self.hits[0].entry

    @property
    def start_char(self) -> int:
        return self.tokens[0].idx

    @property
    def end_char(self) -> int:
        return self.tokens[-1].idx + len(self.tokens[-1].text)

    @property
    def text(self) -> str:
        # Span.text joins only the span's tokens; Doc.text would rebuild the whole document.
        return self.tokens[0].doc[self.tokens[0].i : self.tokens[-1].i + 1].text


@lru_cache(maxsize=1)
def _alias_tokenizer() -> spacy.tokenizer.Tokenizer:
    return spacy.blank("en").tokenizer


def _is_acronym(surface: Sequence[str]) -> bool:
    """Short capitals ("US", "IS", "WHO") and mixed-case abbreviations ("LeT", "JeM") match only as written."""
    letters = "".join(surface).replace(".", "")
    if len(surface) != 1:
        return False
    mixed_case = sum(char.isupper() for char in letters[1:]) >= 1 and any(char.islower() for char in letters)
    return (letters.isupper() and len(letters) <= 5) or (mixed_case and len(letters) <= 4)


class AliasIndex:
    """Normalised token n-grams -> the entries they name, longest match first."""

    def __init__(self, entries: Iterable[ActorEntry]) -> None:
        self._table: dict[tuple[str, ...], list[AliasHit]] = {}
        self._first_tokens: set[str] = set()
        self.max_length = 1
        tokenizer = _alias_tokenizer()
        pending: list[tuple[ActorEntry, str, bool]] = []
        for entry in entries:
            pending.extend((entry, alias, False) for alias in entry.aliases)
            pending.extend((entry, alias, True) for alias in entry.surname_aliases)
        texts = [alias.replace("_", " ") for _entry, alias, _surname in pending]
        for (entry, _alias, surname_only), doc in zip(pending, tokenizer.pipe(texts), strict=True):
            surface = tuple(token.text for token in doc if normalise_token(token.text) not in _SKIPPED)
            while surface and surface[0].casefold() in _LEADING_ARTICLES and len(surface) > 1:
                surface = surface[1:]
            if not surface:
                continue
            key = tuple(normalise_token(text) for text in surface)
            hit = AliasHit(entry, surface, entry.cased and _is_acronym(surface), surname_only)
            hits = self._table.setdefault(key, [])
            if any(existing.entry.key == entry.key for existing in hits):
                continue
            hits.append(hit)
            self._first_tokens.add(key[0])
            self.max_length = max(self.max_length, len(key))
        for hits in self._table.values():
            hits.sort(key=lambda hit: -hit.priority)

    def __len__(self) -> int:
        return len(self._table)

    def lookup(self, phrase: Sequence[str]) -> list[AliasHit]:
        """The entries named by exactly these tokens."""
        key = tuple(norm for norm in (normalise_token(text) for text in phrase) if norm not in _SKIPPED)
        return self._table.get(key, [])

    def lookup_text(self, phrase: str) -> list[AliasHit]:
        """The entries named by exactly this text, tokenised as aliases are."""
        tokens = [token.text for token in _alias_tokenizer()(phrase)]
        while len(tokens) > 1 and tokens[0].casefold() in _LEADING_ARTICLES:
            tokens = tokens[1:]
        return self.lookup(tokens)

    def find(self, tokens: Sequence[Token] | Doc) -> list[Match]:
        """Every longest, non-overlapping dictionary phrase in ``tokens`` (a doc, a span or a token list)."""
        if isinstance(tokens, Doc):
            return self._find_in_doc(tokens)
        kept: list[Token] = []
        norms: list[str] = []
        for token in tokens:
            norm = normalise_token(token.text)
            if norm not in _SKIPPED:
                kept.append(token)
                norms.append(norm)
        return self._scan(norms, lambda position, length: kept[position : position + length])

    def _find_in_doc(self, doc: Doc) -> list[Match]:
        """``find`` over a whole document: the words are read from one array, and a spaCy Token is made only
        for the few windows the table knows (a Token per word of the article was most of the cost)."""
        if not len(doc):
            return []
        strings = doc.vocab.strings
        indexes: list[int] = []
        norms: list[str] = []
        for index, orth in enumerate(doc.to_array(ORTH).tolist()):
            norm = normalise_token(strings[orth])
            if norm not in _SKIPPED:
                indexes.append(index)
                norms.append(norm)
        return self._scan(norms, lambda position, length: [doc[i] for i in indexes[position : position + length]])

    def _scan(self, norms: list[str], window_at: Callable[[int, int], list[Token]]) -> list[Match]:
        """Longest match first at each position of ``norms``; ``window_at(position, length)``: those tokens."""
        matches: list[Match] = []
        position = 0
        while position < len(norms):
            found = None
            if norms[position] in self._first_tokens:
                longest = min(self.max_length, len(norms) - position)
                for length in range(longest, 0, -1):
                    hits = self._table.get(tuple(norms[position : position + length]))
                    if not hits:
                        continue
                    window = window_at(position, length)
                    accepted = [
                        hit for hit in hits if _case_agrees(hit, window) and not _inside_other_name(hit, window)
                    ]
                    if accepted:
                        found = Match(window[0].i, window[-1].i + 1, accepted, window)
                        break
            if found is None:
                position += 1
            else:
                matches.append(found)
                position += len(found.tokens)
        return matches


def _inside_other_name(hit: AliasHit, window: Sequence[Token]) -> bool:
    """'President Michel Suleiman' is not Charles Michel: a person's name matched inside a longer name.

    The name goes on past the match (the next token continues the same PERSON entity), or, for a
    surname alone, began before it with another first name.
    """
    if hit.entry.type != PERSON:
        return False
    last, first = window[-1], window[0]
    doc = last.doc
    if last.i + 1 < len(doc):
        following = doc[last.i + 1]
        if following.ent_iob_ == "I" and following.ent_type_ == "PERSON" and following.pos_ == "PROPN":
            return True
    return hit.surname_only and first.ent_iob_ == "I" and first.ent_type_ == "PERSON"


def _case_agrees(hit: AliasHit, window: Sequence[Token]) -> bool:
    """Names must look like names in the text: "turkey" is not Turkey, "us" is not the US."""
    if not hit.entry.cased:
        return True
    if hit.case_sensitive:
        return "".join(token.text for token in window).replace(".", "") == "".join(hit.surface).replace(".", "")
    if hit.entry.type == SECTOR:
        return True
    for alias_text, token in zip(hit.surface, window, strict=True):
        if alias_text[:1].isupper() and not token.text[:1].isupper():
            return False
    return not (hit.entry.type == PERSON and len(window) == 1 and window[0].ent_type_ in ("DATE", "TIME"))

"""Read a PETRARCH discard list: phrases whose presence means a sentence or story is not coded.

The file has one phrase a line; ``+PHRASE`` discards the whole story, a bare ``PHRASE`` only the
sentence it is in ("MONTHS LATER", "+TYPHOON"). ``#`` starts a comment. Phrases are matched as
whole words, in any case ("baseball" discards "a baseball match" but not "baseballs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


class PetrarchDiscardsError(ValueError):
    """The discard list cannot be read."""


@dataclass(frozen=True, slots=True)
class PetrarchDiscards:
    sentence_phrases: tuple[str, ...] = ()
    story_phrases: tuple[str, ...] = ()
    _sentence: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)
    _story: re.Pattern[str] | None = field(init=False, repr=False, compare=False, default=None)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sentence", _pattern(self.sentence_phrases))  # compiled once
        object.__setattr__(self, "_story", _pattern(self.story_phrases))

    def discards_sentence(self, text: str) -> bool:
        """A sentence-level phrase in ``text`` (a sentence)."""
        return self._sentence is not None and self._sentence.search(text) is not None

    def discards_story(self, text: str) -> bool:
        """A story-level phrase anywhere in ``text`` (a whole article)."""
        return self._story is not None and self._story.search(text) is not None


def _pattern(phrases: tuple[str, ...]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    # words of a phrase may be separated by any white space; the phrase must stand as whole words
    alternatives = sorted((r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


def parse_petrarch_discards(lines: list[str]) -> PetrarchDiscards:
    sentence: list[str] = []
    story: list[str] = []
    for line in lines:
        text = line.split("#", 1)[0].strip()
        if not text or text.startswith("<!"):
            continue
        if text.startswith("+"):
            phrase = " ".join(text[1:].replace("_", " ").split())
            if phrase:
                story.append(phrase)
        else:
            sentence.append(" ".join(text.replace("_", " ").split()))
    return PetrarchDiscards(tuple(sentence), tuple(story))


def load_petrarch_discards(path: Path | str) -> PetrarchDiscards:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise PetrarchDiscardsError(f"cannot read the PETRARCH discard list {path}: {error}") from error
    return parse_petrarch_discards(text.splitlines())

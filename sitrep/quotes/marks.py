"""Direct quotations found by their quotation marks, before any parsing.

Handles straight (") and curly (“ ”) double quotes, the doubled apostrophe of
newswire and typeset text ('' ... '', also opened as ``), curly single quotes used
as the outer marks (‘ ’, common in British headlines), guillemets, and the
newspaper convention for long quotations: a paragraph that ends inside a
quotation without a closing mark, followed by a paragraph that opens with a
quotation mark, continues the same quotation. A quotation left open at the end
of a paragraph with no such continuation ends with its paragraph.

Offsets are character offsets into the text; ``start``/``end`` bound the quoted
words (the marks themselves excluded), ``open``/``close`` include the marks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
# Newswire archives (the LDC/NYT convention) and text typeset from TeX quote with two apostrophes.
_DOUBLED = ("''", "``")
_MARK_CHARS = frozenset(_DOUBLE_OPEN + _DOUBLE_CLOSE + _STRAIGHT + "‘’'`")


@dataclass(slots=True, frozen=True)
class QuoteMarks:
    """One quotation: its marks and the quoted words."""

    open: int  # offset of the opening mark
    close: int  # offset just past the closing mark (or the paragraph end when unclosed)
    start: int  # first quoted character
    end: int  # just past the last quoted character
    paragraphs: int = 1  # how many paragraphs the quotation runs over
    closed: bool = True

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (text between line breaks), blank ones skipped."""
    spans: list[tuple[int, int]] = []
    position = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if match.start() > position:
            spans.append((position, match.start()))
        position = match.end()
    if position < len(text):
        spans.append((position, len(text)))
    return spans


def _doubled_mark(text: str, index: int) -> int:
    """Length of a doubled-apostrophe quotation mark at ``index`` ('' or ``), else 0."""
    pair = text[index : index + 2]
    return 2 if pair in _DOUBLED else 0


def _opens_double(text: str, index: int) -> int:
    """Length of a double opening mark at ``index`` (1, or 2 for '' and ``), else 0."""
    if index >= len(text):
        return 0
    char = text[index]
    if char in _DOUBLE_OPEN or char == _STRAIGHT:
        return 1
    return _doubled_mark(text, index)


def _first_visible(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    # A comma before the closing mark belongs to the attributing sentence, not the quotation.
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return start, end


def _is_single_open(text: str, index: int) -> bool:
    """‘ opens a quotation at the start of a word (not the ‘90s)."""
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isalnum() and after.isalpha()


def _is_single_close(text: str, index: int) -> bool:
    """’ closes a quotation when no letter follows (an apostrophe sits inside a word: don’t)."""
    after = text[index + 1] if index + 1 < len(text) else " "
    before = text[index - 1] if index > 0 else " "
    return not after.isalpha() and not before.isspace()


def _closes(text: str, index: int, open_kind: str) -> int:
    """Length of the mark at ``index`` that closes an ``open_kind`` quotation, else 0."""
    char = text[index]
    if open_kind == "doubled":
        return 2 if text[index : index + 2] == "''" else 0
    if open_kind == "double":
        return 1 if char in _DOUBLE_CLOSE or char == _STRAIGHT else 0
    return 1 if char == _SINGLE_CLOSE and _is_single_close(text, index) else 0


def find_quotations(text: str) -> list[QuoteMarks]:
    """Every quotation in ``text``, in order; nested quotations belong to the outer one."""
    found: list[QuoteMarks] = []
    paragraphs = _paragraphs(text)
    open_at: int | None = None  # offset of the opening mark of the quotation in progress
    open_kind = ""  # "double", "doubled" ('' or ``) or "single"
    spanned = 1
    for number, (p_start, p_end) in enumerate(paragraphs):
        index = p_start
        if open_at is not None:
            # Continued from the previous paragraph: skip the re-opening mark.
            first = _first_visible(text, p_start, p_end)
            index = first + max(1, _opens_double(text, first))
        while index < p_end:
            char = text[index]
            if char not in _MARK_CHARS:  # most characters: no function calls
                index += 1
                continue
            if open_at is None:
                width = _opens_double(text, index)
                if width:
                    open_at, open_kind, spanned = index, "doubled" if width == 2 else "double", 1
                    index += width
                    continue
                if char == _SINGLE_OPEN and _is_single_open(text, index):
                    open_at, open_kind, spanned = index, "single", 1
            else:
                width = _closes(text, index, open_kind)
                if width:
                    start, end = _strip(text, open_at + (2 if open_kind == "doubled" else 1), index)
                    if end > start:
                        found.append(QuoteMarks(open_at, index + width, start, end, spanned))
                    open_at = None
                    index += width
                    continue
            index += 1
        if open_at is None:
            continue
        following = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
        continues = (
            open_kind in {"double", "doubled"}
            and following is not None
            and _opens_double(text, _first_visible(text, *following)) > 0
        )
        if continues:
            spanned += 1
            continue
        # Left open with no continuation: the quotation ends with its paragraph.
        start, end = _strip(text, open_at + (2 if open_kind == "doubled" else 1), p_end)
        if end > start:
            found.append(QuoteMarks(open_at, p_end, start, end, spanned, closed=False))
        open_at = None
    return found

"""Statements in news text: direct, indirect and mixed quotations, their cue, speaker and stance.

- ``find_quotations`` (marks): quotation marks, across sentences and paragraphs.
- ``find_attributions`` (attribution): cue, content and speaker spans from the parse.
- ``SpeakerTracker`` (speakers): speaker spans to canonical speakers across an article.
- ``stance_of`` (stance): the stance a statement takes.
- ``quotes_of`` / ``QuoteStage`` (stage): all of it as ``Quote`` records.
"""

from sitrep.quotes.attribution import Attribution, find_attributions
from sitrep.quotes.marks import QuoteMarks, find_quotations
from sitrep.quotes.speakers import SpeakerTracker
from sitrep.quotes.stage import QuoteStage, quotes_of
from sitrep.quotes.stance import LABELS, stance_of

__all__ = [
    "LABELS",
    "Attribution",
    "QuoteMarks",
    "QuoteStage",
    "SpeakerTracker",
    "find_attributions",
    "find_quotations",
    "quotes_of",
    "stance_of",
]

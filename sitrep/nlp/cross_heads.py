"""Cross-heads glued to their paragraph: a short title line that the source text ran into the next sentence.

Web copy loses the line break after a cross-head ("... the chief minister said. Blaming neighbors Tuesday's
attack marked ..."), so the parser reads the title as the start of the next sentence: it becomes part of a
subject, a speaker ("Indian reluctance Richard Weitz ... told VOA") or an event's clause. The title has a shape
of its own, and this component, placed between the tagger and the parser, gives it a sentence of its own:

- it follows a sentence end (a full stop, question or exclamation mark, optionally a closing quotation mark);
- it is two to four words, a capitalised first word and lower-case others ("Dominant figure"), each a noun,
  adjective or -ing form (no verb of tense, determiner, preposition, pronoun or adverb: those make a sentence
  opening such as "Survivors told VOA ..." or "Many top Taliban leaders ...") and the last a noun;
- a capitalised word follows at once. When that word is a proper noun, the title must not be a role or a kind
  of organisation standing before a name ("Security analyst Kabiru Adamu welcomed ...", "Business consultancy
  Dezan Shira ..."), unless the name is a possessive, which no apposition is ("Blaming neighbors Tuesday's
  attack ..."); a day or month named after a noun phrase is when something happened, not a new sentence
  ("Security forces Tuesday killed ...").

What it cannot see: one-word cross-heads ("Reaction"), titles with a preposition ("Fear of reprisals"), titles
in title case, and titles whose last word is a role noun before a name. The candidates come from one
precompiled regular expression over the document's text, so the cost per document is that search alone.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitrep.nlp.text import doc_text

COMPONENT_NAME = "sitrep_cross_heads"
_HEADINGS_KEY = "sitrep_cross_heads"

# A sentence end, a space, a capitalised word, one to three lower-case words, a space, a capital letter.
_CANDIDATE = re.compile(
    r"(?<=[.?!\"\u201d\u2019)]) ([A-Z][a-z]+(?: [a-z][a-z-]*){1,3}) (?=[A-Z])"
)
_TITLE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG", "HYPH"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
# Words that open a sentence and can continue none: after them a title may itself start with an article
# ("The attack The Jaffar Express ...": no sentence reads "the attack the ...").
_OPENING_TAGS = frozenset({"DT", "IN", "PRP", "WRB", "EX"})
_SENTENCE_END_TAGS = frozenset({".", "''", "-RRB-"})
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
_WHEN_WORDS = frozenset(
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    }
)
# Nouns that stand before a name as its apposition: people by role or relation, and kinds of organisation.
_ROLE_SUFFIX = re.compile(r"(?:ist|yst|er|or|ar|ian|ant|ent|ee|man|men|person|people|woman|women)s?$")
_ROLE_WORDS = frozenset(
    {
        "chief", "head", "secretary", "minister", "member", "members", "official", "officials", "envoy",
        "aide", "aides", "general", "deputy", "expert", "experts", "candidate", "friend", "friends",
        "colleague", "colleagues", "counterpart", "wife", "husband", "son", "daughter", "mother", "father",
        "brother", "sister", "family", "firm", "company", "group", "agency", "consultancy", "party",
        "outlet", "newspaper", "network", "organization", "organisation", "body", "channel", "website",
        "daily", "magazine", "startup", "giant", "coalition", "militia", "icon", "star", "legend",
        "veteran", "guru", "chair", "judge", "police", "rebels", "militants", "troops", "forces",
        "authorities", "team", "club", "band", "ally", "allies", "neighbor", "neighbour",
    }
)


@Language.component(COMPONENT_NAME)
def mark_cross_heads(doc: Doc) -> Doc:
    """Start a sentence at each cross-head and at the text after it, before the parser reads the document."""
    headings: list[tuple[int, int]] = []
    for match in _CANDIDATE.finditer(doc_text(doc)):
        title = doc.char_span(match.start(1), match.end(1))
        if title is None or not _is_cross_head(doc, title):
            continue
        doc[title.start].is_sent_start = True
        for token in title[1:]:  # the parser may not split a title of its own
            token.is_sent_start = False
        doc[title.end].is_sent_start = True
        if title.end + 1 < len(doc) and not doc[title.end + 1].is_punct:
            doc[title.end + 1].is_sent_start = False  # the text after the title is one sentence, not a word alone
        headings.append((title.start_char, title.end_char))
    if headings:
        doc.user_data[_HEADINGS_KEY] = headings
    return doc


def cross_heads(doc: Doc) -> list[tuple[int, int]]:
    """The character offsets of the cross-heads found in a document (empty when none)."""
    return list(doc.user_data.get(_HEADINGS_KEY, ()))


def is_cross_head(sentence: Span) -> bool:
    """Whether a sentence is a cross-head: a title, which reports no event and says nothing."""
    headings = sentence.doc.user_data.get(_HEADINGS_KEY)
    return bool(headings) and (sentence.start_char, sentence.end_char) in headings


def _is_cross_head(doc: Doc, title: Span) -> bool:
    if title.start == 0 or title.end >= len(doc):
        return False
    if doc[title.start - 1].tag_ not in _SENTENCE_END_TAGS:  # "U.S." ends in a full stop but no sentence
        return False
    following = doc[title.end]
    words = title[1:] if title[0].tag_ == "DT" and following.tag_ in _OPENING_TAGS else title
    if any(token.tag_ not in _TITLE_TAGS for token in words) or title[-1].tag_ not in _NOUN_TAGS:
        return False
    possessive = title.end + 1 < len(doc) and doc[title.end + 1].text in _POSSESSIVE
    if following.text in _WHEN_WORDS and not possessive:
        return False
    if following.tag_ in {"NNP", "NNPS"} and not possessive:
        return not _names_a_role(title[-1].lower_)
    return True


def _names_a_role(word: str) -> bool:
    return word in _ROLE_WORDS or _ROLE_SUFFIX.search(word) is not None

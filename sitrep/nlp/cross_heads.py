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

Two more shapes (second round of the tenth session):

- a title joined by "of", "for" or "and" ("Review of relations", "Jobs and savings") is one only when what
  follows cannot continue it: an article or pronoun ("Jobs and savings The wind farm ...") or a possessive
  name ("Review of relations Mahathir's government ..."), as "Members of parliament Amina Obi said" is a subject;
- a one-word title is an abstract noun by its ending ("Reaction", "Competition", "Enforcement") followed by a
  possessive name, an article or pronoun, or a capitalised plural and its verb ("Reaction Officials have not
  responded ..."); not a role, a day or month, or the first word of a name ("Immigration Minister X").

A headline's predicate adjective (twelfth session): "US support crucial Aurangzeb, speaking Sunday, dismissed ...".
A noun followed by an adjective ends no noun phrase of a sentence ("support crucial"), so a title of two to four
words that ends so, its first word capitalised or an acronym ("US", "EU"), is one when a name follows that is itself
the next sentence's subject: the name is followed by a comma, a possessive or a verb of tense ("Officials expect
major Chinese investment" goes on with a noun, and is one sentence). The tagger may read the noun after a name as a
present-tense verb or an -ing form ("US support/VBP", "EU backing/VBG"); after a name it is taken for the noun it
is. Not an adjective that is a role ("Attorney general Merrick Garland").

What it cannot see: other one-word titles ("Fear"), titles in title case, titles with an article inside, and
titles whose last word is a role noun before a name. The candidates come from two precompiled regular
expressions over the document's text, so the cost per document is those searches alone.
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
# A one-word title: a capitalised word after a sentence end and before another capitalised word.
_ONE_WORD = re.compile(r"(?<=[.?!\"\u201d\u2019)]) ([A-Z][a-z]{4,}) (?=[A-Z])")
# A title of any case ("BLA surges", "Countering China", "Reaction from President Moise") before a capitalised
# word that opens a clause and, capitalised, can continue no sentence ("Since", "Though", "According").
_OPENERS = (
    "Since", "Though", "Although", "Despite", "According", "While", "Whereas", "Shortly", "Meanwhile", "Amid",
    "Unlike", "Because",
)  # fmt: skip
_BEFORE_OPENER = re.compile(
    r"(?<=[.?!\"\u201d\u2019)]) ([A-Z][\w-]*(?: [\w-]+){0,4}) (?=(?:" + "|".join(_OPENERS) + r") )"
)
# A title that ends in a predicate adjective ("US support crucial"): its first word may be an acronym.
_PREDICATE_TITLE = re.compile(
    r"(?<=[.?!\"\u201d\u2019)]) ((?:[A-Z][a-z]+|[A-Z]{2,5}|[A-Z]\.[A-Z]\.)(?: [a-z][a-z-]*){1,3}) (?=[A-Z])"
)
# What may follow the name that opens the next sentence: a comma, a possessive, a verb of tense.
_AFTER_SUBJECT_TAGS = frozenset({",", "POS", "VBD", "VBZ", "VBP", "MD"})
# The prepositions and "and" that join the nouns of a title before an opener ("Integration into Japan").
_TITLE_PREPOSITIONS = frozenset({"of", "for", "into", "from", "in", "on", "with", "over", "about", "and", "at", "to"})
# Endings of abstract nouns ("Reaction", "Enforcement", "Uncertainty"): a word a title can be, no name or role.
_ABSTRACT_ENDING = re.compile(r"(?:tion|sion|ment|ence|ance|ity|ness|ship|ism)$")
_TITLE_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "VBG", "HYPH"})
# Before an opener a title may also hold a headline's present-tense verb ("BLA surges") and numbers.
_OPENED_TITLE_TAGS = _TITLE_TAGS | {"VBZ", "CD"}
_NAME_OR_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
# Abstract nouns that name a branch of a state before its people ("Security Forces", "Opposition Leaders").
_BODY_MODIFIERS = frozenset(
    {"security", "opposition", "coalition", "administration", "government", "immigration", "intelligence",
     "resistance", "defence", "defense", "education", "information", "communications", "reconciliation"}
)  # fmt: skip
# Words that join the nouns of a title ("Review of relations", "Jobs and savings").
_CONNECTORS = frozenset({"of", "for", "and"})
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
    text = doc_text(doc)
    found = [(match, _is_cross_head) for match in _CANDIDATE.finditer(text)]
    found += [(match, _is_one_word_cross_head) for match in _ONE_WORD.finditer(text)]
    found += [(match, _is_title_before_opener) for match in _BEFORE_OPENER.finditer(text)]
    found += [(match, _is_predicate_cross_head) for match in _PREDICATE_TITLE.finditer(text)]
    for match, shaped in found:
        title = doc.char_span(match.start(1), match.end(1))
        if title is None or (title.start_char, title.end_char) in headings or not shaped(doc, title):
            continue
        doc[title.start].is_sent_start = True
        for token in title[1:]:  # the parser may not split a title of its own
            token.is_sent_start = False
        doc[title.end].is_sent_start = True
        if title.end + 1 < len(doc) and (not doc[title.end + 1].is_punct or doc[title.end + 1].text == ","):
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
    possessive = title.end + 1 < len(doc) and doc[title.end + 1].text in _POSSESSIVE
    joined = [token for token in words[1:-1] if token.lower_ in _CONNECTORS]
    if joined:
        # "Review of relations Mahathir's government", "Jobs and savings The wind farm": only what cannot
        # continue the phrase ends it ("Members of parliament Amina Obi said" is a subject)
        if not (possessive or following.tag_ in _OPENING_TAGS) or title[0].tag_ == "DT":
            return False
        if any(doc[token.i + 1].lower_ in _CONNECTORS for token in joined):
            return False
        words = [token for token in words if token.lower_ not in _CONNECTORS]
    last = title[-1]
    # "Farms and factories": the tagger may read a plural after "and" as a verb ("factories/VBZ")
    paired = last.tag_ == "VBZ" and doc[last.i - 1].lower_ == "and" and title[0].tag_ in _NOUN_TAGS
    if any(token.tag_ not in _TITLE_TAGS for token in words if not (paired and token.i == last.i)):
        return False
    if last.tag_ not in _NOUN_TAGS and not paired:
        return False
    if following.text in _WHEN_WORDS and not possessive:
        return False
    if following.tag_ in {"NNP", "NNPS"} and not possessive:
        return not _names_a_role(title[-1].lower_)
    return True


def _is_one_word_cross_head(doc: Doc, title: Span) -> bool:
    """ "Reaction Officials have not responded ...", "Competition ChatGPT's model ...": an abstract noun alone
    between a sentence end and what cannot be the rest of a name."""
    if len(title) != 1 or title.start == 0 or title.end + 1 >= len(doc):
        return False
    word = title[0]
    if doc[title.start - 1].tag_ not in _SENTENCE_END_TAGS or word.tag_ not in {"NN", "NNP", "NNS"}:
        return False
    if not _ABSTRACT_ENDING.search(word.lower_) or _names_a_role(word.lower_) or word.text in _WHEN_WORDS:
        return False
    following, after = doc[title.end], doc[title.end + 1]
    if following.tag_ in _OPENING_TAGS or (following.tag_ in {"NNP", "NNPS"} and after.text in _POSSESSIVE):
        return True
    # "Reaction Officials have ...": a plural of people or things and its verb, no "Immigration Minister X";
    # not a body's name in capitals ("Security Forces killed"), as the same words elsewhere in the text show
    plural = following.tag_ in {"NNS", "NNPS"} and following.text.lower().endswith("s")
    if not plural or after.tag_ not in {"VBP", "VBD", "MD"} or word.lower_ in _BODY_MODIFIERS:
        return False
    return f"{word.lower_} {following.lower_}" not in doc_text(doc).lower()[: word.idx]


def _is_title_before_opener(doc: Doc, title: Span) -> bool:
    """ "BLA surges Since last August, ...", "Countering China Though he ...": a phrase with no verb of
    tense between a sentence end and a capitalised clause opener, which no sentence holds mid-way, is a title
    whatever its case; a headline's present-tense verb after a name or noun is part of it."""
    if title.start == 0 or title.end >= len(doc) or doc[title.start - 1].tag_ not in _SENTENCE_END_TAGS:
        return False
    for token in title:
        if token.lower_ in _TITLE_PREPOSITIONS and token.i > title.start:
            continue
        if token.tag_ not in _OPENED_TITLE_TAGS:
            return False
        if token.tag_ == "VBZ" and (token.i == title.start or doc[token.i - 1].tag_ not in _NAME_OR_NOUN_TAGS):
            return False
    return title[-1].tag_ in _NAME_OR_NOUN_TAGS or title[-1].tag_ == "VBZ"


def _is_predicate_cross_head(doc: Doc, title: Span) -> bool:
    """ "US support crucial Aurangzeb, speaking Sunday, dismissed ...": a headline that ends in an adjective after a
    noun, before a name that opens the next sentence as its subject."""
    if len(title) < 2 or title.start == 0 or doc[title.start - 1].tag_ not in _SENTENCE_END_TAGS:
        return False
    last, before = title[-1], title[-2]
    if last.tag_ != "JJ" or _names_a_role(last.lower_):
        return False
    # the noun before the adjective; after a name the tagger may read it as a verb ("US support/VBP crucial")
    noun_before = before.tag_ in _NOUN_TAGS or (
        before.tag_ in {"VBP", "VBZ", "VBG"} and before.i > title.start and doc[before.i - 1].tag_ in {"NNP", "NNPS"}
    )
    if not noun_before or any(token.tag_ not in _OPENED_TITLE_TAGS | {"VBP"} for token in title):
        return False
    end = title.end
    while end < len(doc) and doc[end].tag_ in {"NNP", "NNPS"}:
        end += 1
    if end == title.end or end >= len(doc) or doc[title.end].text in _WHEN_WORDS:
        return False
    return doc[end].tag_ in _AFTER_SUBJECT_TAGS or doc[end].text in _POSSESSIVE


def _names_a_role(word: str) -> bool:
    return word in _ROLE_WORDS or _ROLE_SUFFIX.search(word) is not None

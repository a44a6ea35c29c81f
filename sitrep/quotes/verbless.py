"""Attributions with no verb of saying, which PolNeAR and analysts count as statements all the same.

- a quotation after "Name:", "From the report:" or a person's clause ended by a colon ("Smith went further:
  "..."");
- "in a poll", "in my view", "in the eyes of X"; "reportedly"; "To many, ...";
- seeing, regarding or viewing something "as" something; a verb of thinking in an "as" aside ("as some have
  speculated");
- a statement noun as the subject of "be" ("My impression is that ...", ``copular.py`` reads the parse);
- taking aim, a swipe or issue at something.

Each finder takes the article's context from ``attribution.find_attributions``, skips cues a rule there
already used and quotations already taken, and returns attributions built with that module's content and
speaker rules. Written in the thirteenth session from PolNeAR train articles; the figures are in
BENCHMARKS.md ("Attributions missed entirely", both rounds).
"""

from __future__ import annotations

import numpy as np
from spacy.strings import hash_string
from spacy.tokens import Token

from sitrep.quotes.attribution import (
    Attribution,
    _according_to_attribution,
    _as_put_it,
    _classify,
    _Context,
    _token_at_or_after,
    _tokens_with_lemma,
    _tokens_with_pos,
    _with_speaker,
    _words,
    speaker_range,
    speaker_token,
)
from sitrep.quotes.copular import copular_statement
from sitrep.quotes.cues import CLAUSAL, SPEECH
from sitrep.quotes.learned import passive_agent
from sitrep.quotes.marks import QuoteMarks

# Nouns for a text or a count that can stand before a colon as the source of the quotation after it
# ("From the report: "...", "More from the survey: "...").
_SOURCE_NOUNS = {
    "report", "study", "survey", "poll", "statement", "memo", "letter", "release", "filing", "complaint",
    "ruling", "editorial", "post", "tweet", "email", "message", "transcript", "analysis", "indictment", "lawsuit",
}
# Names of what cannot speak (the small model tags many people's names with no entity type at all).
_NO_SPEAKER_NAMES = {"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def colon_quotation(context: _Context, quote: QuoteMarks) -> tuple[Token, Token | None] | None:
    """ 'The timing does not surprise pollster Daron Shaw: "Historically, ..."', 'Philip Bump: "Two weeks
    ago ..."', 'From the report: "In general, ..."', 'As Cornyn put it: "This person will not be
    confirmed."': a quotation opened right after a colon whose last word before it names a person, group
    or text is that speaker's (cue: the colon); after "put it" the cue is "put" and the speaker its subject.
    Without a verb of saying near it such a quotation was no statement at all, or floated to the last
    speaker. Returns the cue and the speaker's head."""
    doc = context.doc
    index = _token_at_or_after(doc, quote.open) - 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    if index < 1 or doc[index].text not in {":", ","} or context.quote_of_token[index] != -1:
        return None
    colon, before = doc[index], doc[index - 1]
    if before.is_space or context.quote_of_token[before.i] != -1 or "\n" in before.whitespace_:
        return None
    if before.lower_ == "it" and _as_put_it(before.head):  # 'as X put it, "..."' too
        return before.head, speaker_token(before.head)
    if colon.text != ":":
        return None
    if before.pos_ == "NOUN" and before.text[:1].isupper() and not before.is_sent_start \
            and any(t.pos_ == "PROPN" or t.text[:1].isupper() for t in before.lefts if t.dep_ == "compound"):
        return colon, before  # a title-case name the parser read as nouns ("- Pew Research: "...")
    if before.pos_ == "PROPN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in before.children):
        return None  # a digest's byline ("Variety's Gordon Cox: ..."): the excerpt is that outlet's news story
    if (before.pos_ == "PROPN" and before.ent_type_ not in _NO_SPEAKER_NAMES) \
            or (before.pos_ == "NOUN" and before.lemma_.lower() in _SOURCE_NOUNS):
        return colon, before
    return _clause_before_colon(context, before)


_SPEAKING_PRONOUNS = {"he", "she", "they", "we", "i"}


def _clause_before_colon(context: _Context, before: Token) -> tuple[Token, Token | None] | None:
    """ 'Trump went even further: "If he loses, it's the end of his career."', 'Sanders delivered a snappy
    retort: "No one is tearing this up."': a clause whose subject is a person or group, ended by a colon
    that opens a quotation, is that subject's way of saying it; its verb is the cue."""
    verb = before if before.pos_ in {"VERB", "AUX"} else next(
        (t for t in before.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.sent != before.sent:
        return None
    # The clause ends at the colon: nothing of it after, but the quotation the parser may hang on it.
    if any(c.i > before.i + 1 and context.quote_of_token[c.i] == -1 and not c.is_punct for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    person = subject.pos_ == "PROPN" or subject.ent_type_ in {"PERSON", "ORG", "NORP"} \
        or subject.lower_ in _SPEAKING_PRONOUNS
    return (verb, subject) if person else None


_SPEAKER_BREAKS = {"-", "--", "—", "–", ":", ";", "(", ")"}


def colon_speaker_bounded(attribution: Attribution, cue: Token, speaker: Token | None) -> Attribution:
    """The speaker of a colon quotation is the name right before the colon, not the headline the parser
    ran into it ("ECONOMY FAVORS TRUMP - David Wasserman: "...")": it starts after a dash or line break."""
    if speaker is None or attribution.speaker_start is None or attribution.speaker_end is None:
        return attribution
    doc = speaker.doc
    start = attribution.speaker_start
    for index in range(speaker.i - 1, start - 1, -1):
        if doc[index].text in _SPEAKER_BREAKS or "\n" in doc[index].text or "\n" in doc[index].whitespace_:
            start = index + 1
            break
    attribution.speaker_start = start
    if cue.text == ":":  # nothing after the name before its colon
        attribution.speaker_end = min(attribution.speaker_end, speaker.i + 1)
    return attribution


# Counts of opinion whose findings are the clause they are set in: "In the CBS poll, Trump's lead narrowed".
_POLL_NOUNS = {"poll", "survey"}
_IN = hash_string("in")
_POLL_CLAUSES = {"ROOT", "conj", "ccomp"}


def poll_attributions(context: _Context, used_cues: dict[int, bool], taken_quotes: set[int]) -> list[Attribution]:
    """ "In exit polls, voters were unhappy with ...", "Four candidates have been clustered near 10 percent
    in New Hampshire surveys": "in" a poll or survey is a cue like "according to" (PolNeAR's cue "in", its
    source the poll); the clause on the far side of the phrase is the content. Not when the clause's verb
    is itself a cue ("voters said in the survey that ..." is the verb's) or the phrase hangs on a noun
    ("his lead in the polls")."""
    doc = context.doc
    found = []
    for index in _tokens_with_pos(doc, [], _IN):
        preposition = doc[index]
        poll = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        clause = preposition.head
        holder = _view_holder(poll) if poll is not None else None
        if poll is None or (poll.lemma_.lower() not in _POLL_NOUNS and holder is None) or preposition.dep_ != "prep":
            continue
        if clause.pos_ not in {"VERB", "AUX"} or clause.i in used_cues or context.quote_of_token[index] != -1:
            continue
        if clause.dep_ not in _POLL_CLAUSES:
            continue  # "who is struggling in the polls", "when he sagged in the polls": part of another clause
        if clause.lemma_.lower() in SPEECH or clause.lemma_.lower() in CLAUSAL:
            continue
        # "[Though] he trails Clinton in the polls", "[Since announcing Weld,] Johnson has risen in the polls":
        # a subordinate clause or leading conjunction frames the finding and is no part of it.
        frames = {t.i for c in clause.children if c.dep_ in {"advcl", "mark", "cc", "prep"} and c.i < clause.i
                  for t in c.subtree}
        attribution = _according_to_attribution(context, preposition, preposition, taken_quotes, frames)
        if attribution is not None:
            if holder is not None:
                attribution.speaker_start, attribution.speaker_end = speaker_range(holder)
            used_cues[index] = True
            found.append(attribution)
    return found


_VIEW_NOUNS = {"view", "opinion", "estimation", "judgment", "judgement"}


def _view_holder(noun: Token) -> Token | None:
    """ "In my view, ...", "in Trump's opinion, ...", "in the eyes of most voters, ...": whose view it is
    (the possessive, or the "of" phrase of "eyes"); None for any other noun, or for "in view of the fact"."""
    lemma = noun.lemma_.lower()
    if lemma in _VIEW_NOUNS:
        return next((c for c in noun.children if c.dep_ == "poss"), None)
    if lemma == "eye" and noun.lower_ == "eyes":
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return None


_REPORTEDLY = hash_string("reportedly")


def reportedly_attributions(context: _Context, used_cues: dict[int, bool],
                             taken_quotes: set[int]) -> list[Attribution]:
    """ "The Club for Growth is reportedly spending $1.5 million on ads": "reportedly" attributes its clause
    to unnamed reports (PolNeAR's cue, with no source); the clause without the adverb is the content, in
    its pieces before and after it. Not inside a quotation, and not on a verb that is a cue itself."""
    doc = context.doc
    found = []
    for index in _tokens_with_pos(doc, [], _REPORTEDLY):
        adverb = doc[index]
        clause = adverb.head
        if adverb.dep_ != "advmod" or clause.pos_ not in {"VERB", "AUX"} or clause.i in used_cues:
            continue
        if context.quote_of_token[index] != -1:
            continue
        sentence = adverb.sent
        tokens = [t.i for t in clause.subtree if sentence.start <= t.i < sentence.end]
        pieces = []
        for start, end in ((tokens[0], index), (index + 1, tokens[-1] + 1)):
            while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if _words(doc, start, end):
                pieces.append((start, end))
        if not pieces:
            continue
        used_cues[index] = True
        for piece_start, piece_end in pieces:
            kind, quotes, start, end = _classify(context, piece_start, piece_end)
            taken_quotes |= quotes
            found.append(_with_speaker(Attribution(start, end, kind), adverb, None))
    return found


# Only "to": "For Republicans, the campaign trail was ..." and "For Sanders, there will be no path ..." set a
# scene or a stake, not a view (on train 480:840 most "For X," openings were no attribution).
_VIEWPOINT_PREPOSITIONS = {"to"}
_VIEWPOINT_PRONOUNS = {"him", "her", "them", "me", "us", "many", "some", "others", "most"}
_OPENERS = {"but", "and", "yet", "now", "so"}


def viewpoint_attributions(context: _Context, used_cues: dict[int, bool],
                            taken_quotes: set[int]) -> list[Attribution]:
    """ "To many, Santilli is a provocateur", "But to others, he's a citizen journalist": a sentence opened
    by "to" a person or people and a comma gives that person's view; the clause after the comma is the
    content, the preposition the cue (as PolNeAR marks it), the person the source. Not "To date,": the
    object must name someone."""
    doc = context.doc
    found = []
    for sentence in doc.sents:
        first = sentence.start
        while first < sentence.end and (doc[first].is_space or doc[first].is_punct
                                         or doc[first].lower_ in _OPENERS):
            first += 1
        if first >= sentence.end:
            continue
        preposition = doc[first]
        if preposition.lower_ not in _VIEWPOINT_PREPOSITIONS or preposition.dep_ != "prep":
            continue
        person = next((c for c in preposition.children if c.dep_ == "pobj"), None)
        if person is None or context.quote_of_token[first] != -1:
            continue
        named = person.pos_ == "PROPN" or person.ent_type_ in {"PERSON", "NORP", "ORG"} \
            or person.lower_ in _VIEWPOINT_PRONOUNS
        after = person.right_edge.i + 1
        if not named or after >= sentence.end or doc[after].text != ",":
            continue
        clause = preposition.head
        if clause.pos_ not in {"VERB", "AUX"} or clause.i in used_cues or clause.i < after:
            continue
        attribution = _according_to_attribution(context, preposition, preposition, taken_quotes)
        if attribution is not None:
            used_cues[first] = True
            found.append(attribution)
    return found


# "view" and "frame" as well ("many view the levy as a tax", "the vote was framed by leaders as a test"); not
# "cast", "paint", "depict" (train slices rose, dev fell: thirteenth session, round two).
_SEEING_VERBS = {"see", "regard", "consider", "perceive", "view", "frame"}
_SEEING_LEMMAS = np.array([hash_string(lemma) for lemma in sorted(_SEEING_VERBS)], dtype=np.uint64)


def seen_as_attributions(context: _Context, used_cues: dict[int, bool],
                          taken_quotes: set[int]) -> list[Attribution]:
    """ "She is seen by party leaders as uniquely credible", "Some regard the nomination as a hostile
    takeover", "an option seen by organizers as a lifeboat": seeing, regarding or considering something
    "as" something is an opinion of whoever sees it. The content is what is seen (the passive subject,
    the noun a participle hangs on, or the object) with the "as" phrase; the speaker the "by" agent or
    the subject. Without "as" ("saw him there again", "will be considered at the caucus") no opinion. A
    relative pronoun subject stays the content's first piece, as PolNeAR marks it ("[who] is regarded as")."""
    doc = context.doc
    found = []
    for index in _tokens_with_lemma(doc, _SEEING_LEMMAS):
        token = doc[index]
        if token.pos_ != "VERB" or token.i in used_cues:
            continue
        as_phrase = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > token.i),
                         None)
        if as_phrase is None or context.quote_of_token[token.i] != -1:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        obj = next((c for c in token.children if c.dep_ == "dobj" and c.i < as_phrase.i), None)
        if subject is not None:
            seen = (subject.left_edge.i, subject.right_edge.i + 1)
            speaker = passive_agent(token)
        elif token.dep_ == "acl" and token.tag_ == "VBN" and token.head.pos_ in {"NOUN", "PROPN"}:
            seen = (token.head.left_edge.i, token.head.i + 1)  # "an option [seen by organizers as ...]"
            speaker = passive_agent(token)
        elif obj is not None:
            seen = (obj.left_edge.i, obj.right_edge.i + 1)
            speaker = speaker_token(token)
        else:
            continue
        pieces = [seen, (as_phrase.i, as_phrase.right_edge.i + 1)]
        if pieces[0][1] == pieces[1][0] or obj is not None:
            pieces = [(pieces[0][0], pieces[1][1])]
        if any(context.quote_of_token[i] != -1 for start, end in pieces for i in range(start, end)):
            continue
        used_cues[token.i] = True
        for start, end in pieces:
            kind, quotes, char_start, char_end = _classify(context, start, end)
            taken_quotes |= quotes
            found.append(_with_speaker(Attribution(char_start, char_end, kind), token, speaker))
    return found


_BE = np.array([hash_string("be")], dtype=np.uint64)
_OPENING, _CLOSING = "\u201c\"\u2018", "\u201d\"\u2019"  # quotation marks a content may start or end with


def copular_attributions(context: _Context, used_cues: dict[int, bool],
                          taken_quotes: set[int]) -> list[Attribution]:
    """ "My impression is that he lacks support", "There are fears the crowds will spread the virus", "It
    is not clear whether he will run" (``copular``): the clause is the content, the noun or adjective the
    cue, the noun's possessor the source. Not inside a quotation (the quoted speaker's words), and not when
    the cue already has an attribution of its own."""
    doc = context.doc
    found: list[Attribution] = []
    for index in _tokens_with_lemma(doc, _BE):
        be = doc[index]
        if context.quote_of_token[index] != -1 or index in used_cues:
            continue
        statement = copular_statement(be)
        if statement is None or statement.cue.i in used_cues:
            continue
        sentence = be.sent
        start = max(statement.clause.left_edge.i, sentence.start)
        end = min(statement.clause.right_edge.i + 1, sentence.end)
        while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in _OPENING:
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in _CLOSING:
            end -= 1
        if len(_words(doc, start, end)) < 2:
            continue
        used_cues[statement.cue.i] = True
        kind, quotes, char_start, char_end = _classify(context, start, end)
        taken_quotes |= quotes
        found.append(_with_speaker(Attribution(char_start, char_end, kind), statement.cue, statement.holder))
    return found


# Verbs of thinking, expecting or finding in an "as" aside ("as some have speculated", "as polls show", "as
# expected"): the verbs of saying there are ``_parenthetical``'s. Not "learn", "decide", "feel", "realize":
# "as voters learn more about him" is a time, not a source.
_AS_THOUGHT_VERBS = {"believe", "think", "hope", "hop", "expect", "fear", "suspect", "speculate", "anticipate",
                     "assume", "show", "indicate", "know", "find", "theorize", "surmise", "predict", "suggest"}
_AS = hash_string("as")
_ASIDE_OWN_CONTENT = {"dobj", "ccomp", "xcomp", "attr", "oprd", "prep"}


def as_thought_attributions(context: _Context, used_cues: dict[int, bool],
                             taken_quotes: set[int]) -> list[Attribution]:
    """ "Mr. Trump's defeat won't derail his campaign, as some have speculated", "As polls show, the race has
    tightened", "Turnout was low, as expected": a verb of thinking or finding in an "as" clause with nothing
    of its own attributes the clause it is set in to its subject (none for "as expected"); the content is
    that clause less the aside, in its pieces before and after it. Not inside a quotation, and not when the
    verb has an object or clause ("as he expected the vote to fail" says what he expected)."""
    doc = context.doc
    found: list[Attribution] = []
    for index in _tokens_with_pos(doc, [], _AS):
        mark = doc[index]
        verb = mark.head
        if mark.dep_ != "mark" or verb.dep_ != "advcl" or verb.lemma_.lower() not in _AS_THOUGHT_VERBS:
            continue
        clause = verb.head
        if verb.i in used_cues or clause.pos_ not in {"VERB", "AUX"} or context.quote_of_token[index] != -1:
            continue
        if any(c.dep_ in _ASIDE_OWN_CONTENT for c in verb.children):
            continue
        sentence = verb.sent
        tokens = [t.i for t in clause.subtree if sentence.start <= t.i < sentence.end]
        inner_start, inner_end = verb.left_edge.i, verb.right_edge.i + 1
        pieces = []
        for start, end in ((tokens[0], inner_start), (inner_end, tokens[-1] + 1)):
            while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
                start += 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            if len(_words(doc, start, end)) >= 2:
                pieces.append((start, end))
        if not pieces or any(context.quote_of_token[i] != -1 for start, end in pieces for i in range(start, end)):
            continue
        used_cues[verb.i] = True
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        for piece_start, piece_end in pieces:
            kind, quotes, char_start, char_end = _classify(context, piece_start, piece_end)
            taken_quotes |= quotes
            found.append(_with_speaker(Attribution(char_start, char_end, kind), verb, subject))
    return found


# "took aim at", "took a swipe / shot / jab / dig at", "took issue with", "took exception to": the object of
# the preposition is what was criticised.
_AIM_NOUNS = {"aim": "at", "swipe": "at", "shot": "at", "jab": "at", "dig": "at", "swing": "at", "potshot": "at",
              "whack": "at", "crack": "at", "poke": "at", "issue": "with", "exception": "to"}
_TAKE = np.array([hash_string("take")], dtype=np.uint64)


def took_aim_attributions(context: _Context, used_cues: dict[int, bool],
                           taken_quotes: set[int]) -> list[Attribution]:
    """ "Clinton has taken a swipe at her rival's stance on trade", "taking aim at his past support for the
    justice", "took issue with the ruling": taking aim, a swipe or a shot at something, or issue with it,
    criticises it; the preposition's object is the content (as PolNeAR marks it), the subject the speaker.
    Not inside a quotation, and not "took the shot at the buzzer" (a definite shot is a real one)."""
    doc = context.doc
    found: list[Attribution] = []
    for index in _tokens_with_lemma(doc, _TAKE):
        verb = doc[index]
        if verb.pos_ != "VERB" or verb.i in used_cues or context.quote_of_token[index] != -1:
            continue
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _AIM_NOUNS
                     and not any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if noun is None:
            continue
        wanted = _AIM_NOUNS[noun.lemma_.lower()]
        at = next((c for c in (*verb.children, *noun.children) if c.dep_ == "prep" and c.lower_ == wanted
                   and c.i > noun.i), None)
        target = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
        if target is None:
            continue
        start, end = target.left_edge.i, min(target.right_edge.i + 1, verb.sent.end)
        if any(context.quote_of_token[i] != -1 for i in range(start, end)) or not _words(doc, start, end):
            continue
        used_cues[verb.i] = True
        kind, quotes, char_start, char_end = _classify(context, start, end)
        taken_quotes |= quotes
        found.append(_with_speaker(Attribution(char_start, char_end, kind), verb, speaker_token(verb)))
    return found

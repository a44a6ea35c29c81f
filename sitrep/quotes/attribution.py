"""Attributions in a parsed document: who is reported as saying what, and with which cue.

The document is parsed once (the pipeline's Doc) and read three ways:

1. Quotation marks (``marks.find_quotations``) give the direct quotations,
   including those that run over several sentences or paragraphs.
2. Every cue outside quotation marks (a verb of saying or, with a clausal
   complement, of believing; or "according to") is read from the dependency
   parse: its content is its clausal complement, or for verbs such as
   "condemned", "urged", "called" its object, predicate and infinitive. When
   that content is a quotation (all but a word or so of it inside marks) the
   attribution is direct and spans the whole quotation; when it mixes the
   writer's words with quoted ones it is mixed; otherwise indirect.
   A "that" clause the parser hung on a noun beside the cue ("said in a
   statement that ...") is still the cue's content. A headline or transcript
   line "Name: statement" is an attribution with the colon as its cue.
3. A quotation that no cue took as content is joined to a cue beside it: after
   it in the same sentence ("..., she said.") or before it, ending in a colon or
   comma ("He said: ..."). A quotation of three words or more that still has no
   cue and opens its paragraph or sentence is a floating quotation: it
   continues the speaker quoted last, if that was in the same paragraph or
   one of the two before it (else its speaker is unknown), and it continues that speaker's last
   quotation there ('"A," she said, noting B. "C."': C continues A, not the paraphrase B), which the
   ``Quote`` names in ``continues``. A short quotation ("Never again") is a statement when a comma
   closes it and its cue follows ('"Never again," he said'), or it follows "said," or "said:".

A quotation framed by two cues ('X said: "..." he added') is one statement.

4. A verb of saying set off inside a clause ("Russia, the minister said, will
   not accept ...") attributes that clause, in its two pieces, with one cue.
5. Attitudes and reports with no verb of saying ("the campaign wants ...",
   "a poll shows ...", "his criticism of ...", "they were skeptical of ...")
   come from the learned cue model (``learned``): a verb, noun or predicative
   adjective that no rule took, with a complement, scored above the model's
   threshold. They are flagged ``attitude`` so a table of statements can leave
   them out. Their content may take in a quotation ('wants a "fair" deal').
6. Only the outermost of nested statements is kept: a cue inside another
   statement's content ("she said [she would support the deal]") is part of
   what the outer speaker said. A noun cue that is the outer cue's object
   ("expressed [concern] about X") replaces the outer statement instead.
7. A second statement of the same speaker that the parser hung at the end of
   the first one's content ("said [A], noting [B]", "believe [A] and have been
   calling for [B]", 'said [A] and insisted [the offensive was "going ..."]') is
   split off: the first content ends before it, and it keeps the first one's
   speaker (its stance is still read over both); so is another speaker's
   statement after "while", "whereas" or "as" ("60 percent said [A], while 30
   percent said [B]").
8. A verb of saying that closes its sentence ("..., police said.", also when
   the parser made it a conjunct: "..., Carter told a Senate panel Wednesday.")
   or sits in an "as" clause ("the blockade, as the minister pointed out, has
   ...") attributes the clause around it when the parse gave it no content.
9. A verb of saying in a relative clause whose object is the noun it describes
   ("a measure [the opposition has criticized]", "..., which he once
   supported") or a past participle with a "by" agent ("the sanctions, opposed
   by several governments") gives that noun (or pronoun) as its content; such a
   noun after a comma at the end of another statement ends that statement.

A content read from the parse takes in the cue's own modifiers that follow it
with no comma between ("promised reform [within a year]"): the parser hangs
them on the cue, but they are part of what was said. A relative clause set off
by a comma at its end ("criticized the bill[, which passed ...]") is left out.

Speaker spans come from the cue: its subject (spaCy also marks the inverted
"said X" as subject, and sometimes as object: '"...," added a Democrat'), the
subject of the verb it hangs from ("..., adding that", "quoted X as saying",
"After blasting ..., Beck"), the noun a relative clause describes ("X, who
said"), or the object of "according to". The subject of a passive cue ("[Iranian
operatives] were accused of", "[she] was told", "stand accused of") is the
accused, the addressee or what was said, never the speaker: the speaker is the
agent ("by Kyiv") or not named; with no agent the charge is nobody's, so the
stage gives it no stance (``unattributed_charge``). A noun cue's holder is its
possessor, or the subject of the verb it is the object of ("they expressed
support for").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX, IS_SPACE, LEMMA, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from sitrep.nlp.text import doc_text
from sitrep.quotes.cues import (
    ADDRESSEE_OBJECT,
    CLAUSAL,
    CONTENT_PREPOSITIONS,
    NEEDS_PARTICLE,
    NEEDS_PREDICATE,
    OBJECT_CONTENT,
    QUESTION_VERBS,
    QUOTATION_CUES,
    SPEECH,
)
from sitrep.quotes.holders import checked_holder
from sitrep.quotes.learned import (
    CueModel,
    candidate_heads,
    cue_holder,
    passive_agent,
    passive_subject,
    shipped_cue_model,
)
from sitrep.quotes.marks import QuoteMarks, find_quotations
from sitrep.quotes.not_said import naming_participle, question_to_you
from sitrep.quotes.own_cue import pieces_around_cue

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_CLAUSE_COMPLEMENTS = {"ccomp"}
_OBJECT_COMPLEMENTS = {"dobj", "oprd", "xcomp", "attr"}
# Relations climbed from a cue to the verb whose subject speaks: "..., adding that", "quoted X as
# [saying]" (pcomp, then the preposition "as" to "quoted"), "After [blasting] the report, Beck ...".
# "In addition to [stating] ..., Clinton has vowed": through the preposition's frame (pobj) to the verb.
_CLIMB = {"conj", "xcomp", "advcl", "acl", "relcl", "pcomp", "prep", "pobj"}
_SENTENCE_END = {".", "!", "?"}
_WINDOW = 14  # tokens between a quotation and the cue that attributes it
_LEARNED_POS = {"VERB", "AUX", "NOUN", "ADJ"}  # what the learned cue model scores
# The same parts of speech, and the rule cues' verbs, as spaCy's ids: the loops over a whole document pick their
# tokens from ``Doc.to_array`` and build a spaCy ``Token`` only for those (building one for every word of every
# article was a large share of the stage's time).
_LEARNED_POS_IDS = [POS_IDS[name] for name in sorted(_LEARNED_POS)]
_CUE_POS_IDS = [POS_IDS["VERB"], POS_IDS["AUX"]]
_ACCORDING = hash_string("according")


@dataclass(slots=True)
class Attribution:
    """One statement: content span, cue and speaker span, all as character offsets."""

    start: int
    end: int
    type: str  # direct, indirect, mixed
    cue_token: int | None = None  # index of the cue's main token
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_start: int | None = None  # token indices of the speaker span in this sentence
    speaker_end: int | None = None
    floating: bool = False  # a quotation continuing the previous speaker
    attitude: bool = False  # cue found by the learned model, not a verb of saying ("wants", "a poll shows")
    # End of the content before a statement of the same speaker was split off it: the stance is read over
    # all of it ("said the drills were routine, adding they were no threat" is one not-escalatory stance).
    uncut_end: int | None = None
    # A floating quotation: the statement whose quotation it continues (the speaker's last quotation nearby,
    # not a paraphrase of theirs between the two: '"A," he said, noting B. "C."' -- C continues A).
    continues: Attribution | None = None


@dataclass(slots=True)
class _Context:
    doc: Doc
    quotations: list[QuoteMarks]
    quote_of_token: list[int]  # index into quotations, or -1 outside quotation marks
    paragraph_of_token: list[int]
    text: str  # doc.text, built once: spaCy joins the tokens again at every read


def _index_tokens(doc: Doc, quotations: list[QuoteMarks], text: str | None = None) -> _Context:
    if text is None:
        text = doc.text
    size = len(doc)
    quote_of_token = [-1] * size
    paragraph_of_token = [0] * size
    # Offsets and space flags come from one array, not from a spaCy Token per word. A token's text with its
    # trailing whitespace runs from its offset to the next token's; spaCy's trailing whitespace is one space or
    # nothing (any other whitespace is a space token of its own), so line breaks are only inside space tokens.
    rows = doc.to_array([IDX, IS_SPACE]).tolist() if size else []
    offsets = [row[0] for row in rows]
    ends = [*offsets[1:], len(text)]
    q = 0
    paragraph = 0
    line_break = False
    for i, (offset, is_space) in enumerate(rows):
        # A paragraph starts at the first visible token after a line break.
        if is_space:
            line_break = line_break or "\n" in text[offset : ends[i]]
        elif line_break:
            paragraph += 1
            line_break = False
        paragraph_of_token[i] = paragraph
        while q < len(quotations) and quotations[q].close <= offset:
            q += 1
        if q < len(quotations) and quotations[q].open <= offset < quotations[q].close:
            quote_of_token[i] = q
    return _Context(doc, quotations, quote_of_token, paragraph_of_token, text)


def _tokens_with_pos(doc: Doc, pos_ids: list[int], lower: int | None = None) -> list[int]:
    """Indices of the tokens whose part of speech is one of ``pos_ids`` (or whose lower-case form has the hash
    ``lower``), read from one array instead of a spaCy Token per word."""
    if not len(doc):
        return []
    rows = doc.to_array([POS, LOWER])
    wanted = np.isin(rows[:, 0], np.array(pos_ids, dtype=rows.dtype))
    if lower is not None:
        wanted |= rows[:, 1] == np.uint64(lower)
    return np.flatnonzero(wanted).tolist()


def _tokens_with_lemma(doc: Doc, lemmas: np.ndarray) -> list[int]:
    """Indices of the tokens whose lemma has one of the hashes ``lemmas``, read from one array."""
    if not len(doc):
        return []
    return np.flatnonzero(np.isin(doc.to_array([LEMMA]), lemmas)).tolist()


def _is_cue(token: Token, context: _Context) -> bool:
    if context.quote_of_token[token.i] != -1 or token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma == "put":
        return _as_put_it(token)
    particle = NEEDS_PARTICLE.get(lemma)
    if particle is not None:
        return any(child.dep_ == "prt" and child.lower_ == particle for child in token.children)
    if lemma in SPEECH:
        return True
    return lemma in CLAUSAL and any(child.dep_ in _CLAUSE_COMPLEMENTS for child in token.children)


def _according_to(token: Token) -> Token | None:
    """The "to" of "according to", when ``token`` is "according"."""
    if token.lower_ != "according":
        return None
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ == "to":
        return following
    return None


_TOLD_THINGS = {"story", "truth", "lie", "joke", "tale", "news", "anecdote", "secret", "version", "account"}
_SAY_LIKE = {"say", "add", "note", "argue", "state", "insist", "write", "explain", "stress", "tell"}


def _stray_that_clause(verb: Token) -> Token | None:
    """A "that" clause the parser hung on a noun beside the cue.

    "said in a statement that RSF artillery had ..." and "told a briefing that
    Tehran did not ..." come out with the clause as a relative clause of
    "statement"/"briefing"; it is the cue's content all the same.
    """
    for child in verb.children:
        if child.dep_ not in {"prep", "dobj"}:
            continue
        for token in child.subtree:
            if token.dep_ not in {"acl", "relcl"} or token.pos_ not in {"VERB", "AUX"}:
                continue
            first = token.left_edge
            has_subject = any(c.dep_ in _SUBJECTS and c.lower_ != "that" for c in token.children)
            if first.lower_ == "that" and first.head.i == token.i and has_subject:
                return token
    return None


def _content_heads(verb: Token) -> list[Token]:
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    clauses = [child for child in children if child.dep_ in _CLAUSE_COMPLEMENTS]
    if not clauses and lemma in SPEECH:
        stray = _stray_that_clause(verb)
        if stray is not None:
            return [stray]
        if lemma in _SAY_LIKE:
            # "It said Washington bore responsibility ...", parsed as one long object of "said".
            objects = [c for c in children if c.dep_ == "dobj" and len(list(c.subtree)) >= 3]
            if lemma in ADDRESSEE_OBJECT:
                # "told [a Senate panel]" is who was told; an object holding a clause ("told reporters
                # Washington bore ...", parsed as one object) or naming a story ("telling their family
                # stories") is what was said.
                objects = [c for c in objects if c.lemma_.lower() in _TOLD_THINGS
                           or any(t.pos_ in {"VERB", "AUX"} for t in c.subtree)]
            if objects:
                return objects
    if lemma in ADDRESSEE_OBJECT or clauses:
        # "urged both sides to ...": the addressee is part of what was urged; "told reporters that": not.
        objects = [c for c in children if c.dep_ in {"xcomp", "oprd"}]
        if lemma in {"urge", "ask", "warn"} and objects:
            objects += [c for c in children if c.dep_ == "dobj"]
        heads = clauses + objects
    elif lemma in OBJECT_CONTENT:
        heads = [child for child in children if child.dep_ in _OBJECT_COMPLEMENTS]
    else:
        heads = []
    if lemma in QUESTION_VERBS:
        heads = [head for head in heads if head.dep_ != "ccomp"]
    prepositions = CONTENT_PREPOSITIONS.get(lemma, frozenset())
    preps = [child for child in children if child.dep_ in {"prep", "agent"} and child.lower_ in prepositions]
    heads += preps
    if lemma == "call":  # "called on/for" only right after the verb ("called ... on the consulate" is not)
        heads = [h for h in heads if h.dep_ != "prep" or h.i == verb.i + 1]
    if lemma in NEEDS_PREDICATE:
        # The parser often hangs "as ..." inside the object: "dismissed [the reports of casualties as fabrications]".
        predicate_in_object = any(
            t.dep_ == "prep" and t.lower_ == "as" for h in heads if h.dep_ == "dobj" for t in h.subtree
        )
        if not predicate_in_object and not any(h.dep_ in {"oprd", "xcomp", "ccomp", "prep", "agent"} for h in heads):
            return []
        if preps and lemma != "call":  # "described the strike as ...": the object is part of it
            heads += [child for child in children if child.dep_ == "dobj" and child not in heads]
    return sorted(set(heads), key=lambda token: token.i)


def _passive_content(cue: Token) -> tuple[int, int] | None:
    """ "[Clinton's position] was supported Friday by Sen. Feinstein", "[Her death] was confirmed by the
    Eagle Forum": a verb whose object is what was said, in the passive with a "by" agent, says its subject;
    the agent speaks. (With no agent the learned model decides: "[he] was accused of ..." has a content of
    its own.)"""
    if cue.lemma_.lower() not in OBJECT_CONTENT or passive_agent(cue) is None:
        return None
    subject = passive_subject(cue)
    return _span_of([subject]) if subject is not None else None


def _quoted_question(context: _Context, cue: Token) -> list[Token]:
    """ 'tweeting that ... and asking, "How can someone with such bad judgement be our next president?"': a
    question verb's clause is left out of its content ("asked [whether ...]" is no statement), but a question
    in quotation marks right after it is what was asked."""
    if cue.lemma_.lower() not in QUESTION_VERBS:
        return []
    quote_of_token = context.quote_of_token
    return [child for child in cue.rights if child.dep_ == "ccomp" and quote_of_token[child.i] != -1
            and quote_of_token[child.left_edge.i] == quote_of_token[child.i] != quote_of_token[cue.i]]


_ANSWERS = {"yes", "no", "so"}


def _one_word_answer(cue: Token) -> list[tuple[int, int]]:
    """ "said no", "says so": the answer right after a verb of saying is what was said."""
    if cue.lemma_.lower() != "say" or cue.i + 1 >= len(cue.doc):
        return []
    answer = cue.nbor(1)
    if answer.lower_ in _ANSWERS and answer.head.i == cue.i and answer.dep_ in {"dobj", "intj", "advmod", "ccomp"}:
        return [(answer.i, answer.i + 1)]
    return []


def _parenthetical(context: _Context, cue: Token) -> list[tuple[int, int]]:
    """The clause around a parenthetical cue, in its pieces before and after it, as token ranges: "The
    economy, he said, is weak" or "The paradox, says Carl Anthony, a historian, is that ...". Only a verb
    of saying with no content of its own, hung on the clause as ``parataxis``. The clause may take in a
    quotation after the cue ("The industry, she said, is ''doing much better''": mixed), but not one
    before it (a quotation split by its cue is taken whole from its marks). The same for a verb of saying
    in an "as" clause ("And the blockade, as the minister pointed out, has cut supplies"); a conjunction
    opening a piece is left out."""
    clause = cue.head
    aside = cue.dep_ == "parataxis" or _as_aside(cue) or _as_put_it(cue)  # "as X put it" hung on as ccomp too
    if not aside or (cue.lemma_.lower() not in SPEECH and not _as_put_it(cue)) or clause.pos_ not in {"VERB", "AUX"}:
        return []
    doc = context.doc
    sentence = cue.sent
    tokens = [t for t in clause.subtree if sentence.start <= t.i < sentence.end]
    inner_start, inner_end = cue.left_edge.i, cue.right_edge.i + 1
    if any(context.quote_of_token[t.i] != -1 for t in tokens if t.i < inner_start):
        return []
    pieces = []
    for start, end in ((tokens[0].i, inner_start), (inner_end, tokens[-1].i + 1)):
        while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        if _words(doc, start, end) and not _participle_frame(doc[start], end):
            pieces.append((start, end))
    return pieces


def _participle_frame(first: Token, end: int) -> bool:
    """ "[Asked what he thought about the truce], he said, "It is fragile."": a participle with no subject
    opening the piece and running to its end frames the statement; it is not part of what was said."""
    # The parser often tags a sentence-opening "Asked" as a past tense.
    participle = first.tag_ in {"VBN", "VBG"} or (first.tag_ == "VBD" and first.i == first.sent.start)
    return participle and first.right_edge.i >= end - 1 and not any(c.dep_ in _SUBJECTS for c in first.children)


def _closing_cue(context: _Context, cue: Token) -> list[tuple[int, int]]:
    """ "..., a driver was wounded by sniper fire, officials said.": a verb of saying that closes its
    sentence after a comma, with no content of its own because the parser hung the statement on it as an
    adverbial clause. The content is the sentence up to that comma (not a quotation: those are taken from
    their marks). Only the cue as the sentence's root, or as a conjunct of the statement's verb
    (``_conjoined_closing_cue``): the same reading where the parser made the cue an adverbial clause of the
    statement was tried in the fifth session and cost overlap."""
    if cue.lemma_.lower() not in SPEECH:
        return []
    doc = context.doc
    sentence = cue.sent
    first = min((c.left_edge.i for c in cue.children if c.dep_ in _SUBJECTS and c.i < cue.i), default=cue.i)
    if cue.dep_ == "ROOT":
        if not any(c.dep_ == "advcl" and c.i < first for c in cue.children):
            return []
        last = cue.i + 1
        while last < sentence.end and (doc[last].is_punct or doc[last].is_space or doc[last].dep_ == "npadvmod"):
            if doc[last].text in _SENTENCE_END:
                break
            last += 1
        if last < sentence.end and doc[last].text not in _SENTENCE_END:
            return []
    elif not _conjoined_closing_cue(cue, first):
        return []
    comma = first - 1
    if comma <= sentence.start or doc[comma].text != ",":
        return []
    start, end = sentence.start, comma
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    if any(context.quote_of_token[t.i] != -1 for t in doc[start:end]) or len(_words(doc, start, end)) < 4:
        return []
    return [(start, end)]


# What may follow a closing cue in its sentence: when, where, to whom ("..., Carter told a Senate panel
# Wednesday.", "..., Kaine insisted Thursday during a tour of morning shows.").
_CLOSING_CIRCUMSTANCES = {"npadvmod", "prep", "advmod", "punct", "dative"}


def _conjoined_closing_cue(cue: Token, first: int) -> bool:
    """ "This includes a special force, Defense Secretary Ash Carter told a Senate panel Wednesday.": the parser
    made the closing cue a conjunct of the statement's verb. Only with a subject of its own right after the
    comma (no "and" or "but": "..., and she said" is a second statement), and nothing after it but when,
    where and to whom it was said."""
    if cue.dep_ != "conj" or cue.head.i >= cue.i or cue.head.pos_ not in {"VERB", "AUX"} or first == cue.i:
        return False
    if any(c.dep_ == "cc" and c.i < cue.i for c in cue.head.children if c.i > cue.head.i):
        return False
    return _closing_tail(cue)


def _closing_tail(cue: Token) -> bool:
    """Nothing follows the closing cue in its sentence but when, where and to whom it was said."""
    lemma = cue.lemma_.lower()
    for child in cue.rights:
        if child.dep_ == "dobj" and lemma in ADDRESSEE_OBJECT:
            continue
        about_it = child.dep_ == "prep" and child.lower_ in {"that", "of", "about"}  # "told them about ..."
        if child.dep_ not in _CLOSING_CIRCUMSTANCES or about_it:
            return False
    return all(t.is_punct or t.is_space for t in cue.doc[cue.right_edge.i + 1 : cue.sent.end])


def _as_aside(cue: Token) -> bool:
    """ "as the minister pointed out", "as the agency has reported": a verb of saying in an "as" clause, whose
    content is the clause it is set in ("The blockade, as the minister pointed out, has cut supplies")."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)



def _as_put_it(verb: Token) -> bool:
    """ "as the senator put it", "As Ruth Marcus puts it: "...": "put it" in an "as" clause is a verb of
    saying ("put it on the table" is not: no "as"); the object must be the bare "it"."""
    return verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and (_as_aside(verb) or any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children))


# Words that head a "Poll: Trump leads in Ohio" headline as its source. (Not an interview's "Q:" and "A:":
# PolNeAR's annotators took one transcript's answers whole and left another's to the cues inside them, and
# a whole answer drops those nested statements: -0.003 to -0.005 per-attribution F1 on two train slices.)
_HEADLINE_SOURCES = {
    "poll", "polls", "report", "survey", "study", "sources", "officials", "experts", "analysts", "historians",
    "newspaper", "witnesses", "critics", "aides", "prosecutors", "police", "lawmakers", "economists", "researchers",
}


def _colon_source_word(prefix: Span) -> bool:
    """A line's colon after one word that names a source with no name ("Poll:", "Report:", "Historians:")
    opens what that source says; "Update:", "Photos:" do not."""
    words = [t for t in prefix if not t.is_punct and not t.is_space]
    return len(words) == 1 and words[0].lower_ in _HEADLINE_SOURCES


_RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
# Acts whose object is no opinion of the agent's: "debt issued by the bank", "delegates offered by the contest".
_NEUTRAL_ACTS = {
    "issue", "offer", "list", "cite", "mention", "discuss", "refer", "remember", "order", "instruct", "press",
    "pressure", "thank", "congratulate", "remind", "view", "estimate", "forecast", "ask", "tell", "name",
}


def _relative_object(context: _Context, cue: Token) -> list[tuple[int, int]]:
    """A verb of saying in a relative clause whose object is what the clause describes: "an arrangement [the
    Sanders campaign has criticized]", "something she opposed", "the candidates Sanders named", "..., which
    he once supported". What was criticized, opposed, named is the content: the noun phrase before the
    clause (without it), or the relative pronoun when the parse gives one as the object. Only a verb whose
    object is its content, with a subject of its own that is not the relative pronoun ("a group that
    criticized ..." has its own object), or a past participle with a "by" agent that is not a neutral act
    ("the sanctions, opposed by several governments"; not "debt issued by the bank")."""
    if cue.dep_ not in {"relcl", "acl"} or cue.lemma_.lower() not in OBJECT_CONTENT or cue.tag_ == "VBG":
        return []
    noun = cue.head
    if noun.i > cue.i or noun.pos_ not in {"NOUN", "PROPN", "PRON"} or context.quote_of_token[noun.i] != -1:
        return []  # a noun inside a quotation is a misparse of '"...," he said'
    by_agent = cue.dep_ == "acl" and cue.tag_ == "VBN" and passive_agent(cue) is not None \
        and cue.lemma_.lower() not in _NEUTRAL_ACTS
    subjects = [c for c in cue.children if c.dep_ in _SUBJECTS]
    if any(c.tag_ in {"WP", "WDT"} or c.lower_ == "that" for c in subjects) or not (subjects or by_agent):
        return []  # "a group that criticized ...", "Rubio, who many had backed" (the parse's two subjects)
    if any(c.dep_ in {"ccomp", "xcomp", "oprd", "dative"} for c in cue.children):
        return []
    objects = [c for c in cue.children if c.dep_ == "dobj"]
    if objects:
        pronoun = objects[0]
        if pronoun.lower_ in _RELATIVE_PRONOUNS and pronoun.i < cue.i:
            return [(pronoun.i, pronoun.i + 1)]
        return []
    start = noun.left_edge.i
    if cue.left_edge.i <= start or any(t.is_space for t in cue.doc[start : noun.i]):
        return []
    return [(start, noun.i + 1)]


def _clause_start(head: Token) -> int:
    """First token of a clausal complement, leaving out a frame the parser hung on it.

    "said in a statement it had repelled ..." is often parsed with "in a
    statement" inside the complement; a prepositional or adverbial phrase
    before the clause's subject (and with no "that" before it) is the cue's.
    """
    start = head.left_edge.i
    if head.dep_ != "ccomp":
        return start
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    if subject is None:
        return start
    for child in head.lefts:
        # A question word opens the content itself ("explained [why Indiana is weird]").
        if child.dep_ in {"prep", "npadvmod", "advmod", "punct"} and child.i < subject.i and child.tag_ != "WRB":
            if child.i == start:
                start = child.right_edge.i + 1
        elif child.i == start:
            break
    return start


# Modifiers the parser hangs on the cue but that belong to what was said: "voted for [a Republican
# president] for the first time", "expects [Clinton to win] just as she did in 2008". On PolNeAR's train
# split such a modifier right after the content, with no comma between, is part of the content 0.69-0.76
# of the time (prepositional phrases, adverbial clauses, adverbs); after a comma, or a conjoined
# predicate ("said ... and added"), it mostly is not.
_TRAILING_CONTENT = {"prep", "advcl", "advmod"}


def _trailing_modifiers(governor: Token, start: int, end: int, learned: bool = False) -> int:
    """``end`` moved over the cue's own modifiers that directly follow its content (after the cue only).

    A learned cue's adverbial clause opened by a subordinating word is not taken: "hopes [to win the state]
    when the polls close", "is worried [about the economy] as prices rise" (an attitude's circumstance). On
    PolNeAR's train 0:250 gold leaves such a clause after a learned content out 19 times to 3 (without the
    word, 15 to 11; after a rule content it keeps it 11 times to 5)."""
    if governor.i >= start:
        return end
    for child in governor.rights:
        if child.i < end:
            continue
        if child.dep_ not in _TRAILING_CONTENT or child.left_edge.i != end:
            break
        if learned and child.dep_ == "advcl" and any(c.dep_ == "mark" for c in child.children):
            break
        end = child.right_edge.i + 1
    return end


_ASIDE_OPENERS = {",", "--", "—", "-", "("}


def _without_trailing_aside(doc: Doc, heads: list[Token], start: int, end: int) -> int:
    """``end`` moved back before a relative clause set off by a comma at the end of the content ("...
    the Founding Father[, who Beck idolizes]"): the writer's aside, not what was said. On PolNeAR's train
    split under half of the words of such clauses are in the gold content; a statement inside one
    ("..., who said ...") is then a statement of its own."""
    for head in heads:
        for token in head.subtree:
            if token.dep_ != "relcl":  # checked first: it needs no further Token objects from spaCy
                continue
            first = token.left_edge.i
            if token.right_edge.i >= end - 1 and first > start + 1 and doc[first - 1].text in _ASIDE_OPENERS:
                return first - 1
    return end


_PREPOSITION_OBJECTS = {"pobj", "pcomp"}


def _past_content_preposition(heads: list[Token], start: int) -> int:
    """``start`` moved past a preposition that opens the content as one of its heads ("called for [a
    ceasefire]", "accused him of [lying]", "her criticism of [the deal]"): PolNeAR's annotators read the
    preposition as part of the cue. On PolNeAR's train 0:250, of the matched contents that open with
    "for", "on" or "of", gold leaves the preposition out 49 times to 21 (31 to 1 for "call for/on"); on the
    four cross-fitted train slices the cut raised content-overlap F1 on each (mean +0.0005; +0.0003 when
    "agreed to [the plan]" kept its "to"). A clause's "that" or infinitive "to" is no head and stays."""
    for head in heads:
        if head.i == start and head.dep_ == "prep" and any(c.dep_ in _PREPOSITION_OBJECTS for c in head.children):
            return start + 1
        if head.left_edge.i == start and _opens_with_for(head, start):
            return start + 1
    return start


def _opens_with_for(clause: Token, start: int) -> bool:
    """An infinitive clause opened by "for" as its subordinating word ("called for [him to resign]", "is
    looking for [the company to post gains]"), which the parser hangs on the clause, not as a preposition:
    the word is the cue's all the same (gold leaves it out 11 times to 1 on train 0:250)."""
    return any(c.i == start and c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _span_of(heads: list[Token], learned: bool = False) -> tuple[int, int] | None:
    """Token range covering the subtrees of ``heads``, trimmed of punctuation at the edges (``learned``: the
    content of a learned cue)."""
    if not heads:
        return None
    start = min(_clause_start(head) for head in heads)
    end = max(head.right_edge.i for head in heads) + 1
    doc = heads[0].doc
    start = _past_content_preposition(heads, start)
    governor = heads[0].head
    end = _trailing_modifiers(governor, start, end, learned)
    end = _without_trailing_aside(doc, heads, start, end)
    # Content read from the parse stays in its sentence and paragraph (quotations that run on are
    # taken whole later, from their marks).
    sentence = governor.sent
    start, end = max(start, sentence.start), min(end, sentence.end)
    # Each token is fetched from the Doc once per test: spaCy builds a new Token object at every doc[i].
    for index in range(governor.i, end):
        token = doc[index]
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            end = index + 1
            break
    for index in range(governor.i - 1, start - 1, -1):
        token = doc[index]
        if "\n" in token.whitespace_ or (token.is_space and "\n" in token.text):
            start = index + 1
            break
    while start < end:
        token = doc[start]
        if not ((token.is_punct or token.is_space) and token.text not in "“\"‘"):
            break
        start += 1
    while end > start:
        token = doc[end - 1]
        if not ((token.is_punct or token.is_space) and token.text not in "”\"’"):
            break
        end -= 1
    if end <= start:
        return None
    # The first two words are enough for the test below: no need to build a Token for every word of the content.
    words: list[Token] = []
    for index in range(start, end):
        token = doc[index]
        if not token.is_punct and not token.is_space:
            words.append(token)
            if len(words) > 1:
                break
    # A lone pronoun is no statement ("said it", a relative "that"), except an object: "denounced [him]" (ninth
    # session: PolNeAR annotates such contents, and the ones we now give overlap gold 42 times of 57 on train).
    if not words or (len(words) == 1 and words[0].pos_ == "PRON" and words[0].dep_ != "dobj"):
        return None
    return start, end


def _without_cut_off_heads(context: _Context, cue: Token, heads: list[Token],
                           token_range: tuple[int, int] | None) -> tuple[int, int] | None:
    """The content of ``cue`` from its heads after it alone, when a head before it lies wholly outside the
    content: the parser ran the sentence on from the paragraph before ('"... staying home." | Mike Shields,
    president of ..., said [nearly every conversation ...]', with the last quotation a second complement of
    "said"), the content was clamped to the cue's paragraph, and it would start at the speaker and take in the
    cue. The same when what comes before the cue in its sentence is only a frame ("Asked what he believed,
    he said [...]"). A clause or a quotation before the cue in its own sentence is left alone ('"A," Cruz
    said, adding B')."""
    if token_range is None or not token_range[0] < cue.i < token_range[1] - 1:
        return token_range
    before = [head for head in heads if head.i < cue.i]
    if any(head.i >= token_range[0] for head in before) and not _frame_before_cue(context, before):
        return token_range
    return _span_of([head for head in heads if head.i > cue.i]) or token_range


_BREAK_MARKS = {";", ":", "—", "–", "--"}


def _is_break(context: _Context, token: Token) -> bool:
    """A semicolon, colon or dash outside quotation marks ("-" only with a space after it, not "well-known")."""
    if context.quote_of_token[token.i] != -1:
        return False
    return token.text in _BREAK_MARKS or (token.text == "-" and bool(token.whitespace_))


def _past_a_break(context: _Context, cue: Token, token_range: tuple[int, int]) -> tuple[int, int]:
    """A content the parse ran over a semicolon, colon or dash into another clause, cut at that mark.

    - A content around its own cue whose part before the cue's clause ends at such a mark ("Trump primes
      supporters not to trust the media: He says [news outlets undercount ...]", "she drew Trump's ire -
      he called [her "weak"]", "53% describe themselves as liberal; 26% say [they are conservative]"):
      the parser hung the clause before the mark on the cue; the content is what the cue has after it.
    - A content before its cue that takes in a colon ("Trump asserted that France had lost its identity:
      "France is no longer France," he claimed"): the content starts after the colon.
    On four cross-fitted PolNeAR train slices, rule contents around their cue had content precision 0.55
    and those before it with a colon 0.48 (against 0.82 for all); cutting gained on each slice. Dashes after
    the cue (asides, "— a milepost that ...") are left: gold keeps them more often than not."""
    doc = context.doc
    start, end = token_range
    if end <= cue.i:
        for index in range(end - 2, start, -1):
            if doc[index].text == ":" and _is_break(context, doc[index]):
                return (index + 1, end) if _words(doc, index + 1, end) else token_range
        return token_range
    if start >= cue.i:
        return token_range
    clause = min((c.left_edge.i for c in cue.children if c.dep_ in _SUBJECTS and c.i < cue.i), default=cue.i)
    if not any(_is_break(context, doc[index]) for index in range(start + 1, clause)):
        return token_range
    return _span_of([head for head in _content_heads(cue) if head.i > cue.i]) or token_range


def _around_own_cue(context: _Context, cue: Token, heads: list[Token],
                    token_range: tuple[int, int]) -> list[tuple[int, int]]:
    """A rule content without its own cue and the cue's clause (``own_cue.pieces_around_cue``), except a
    quotation split by its cue ('"We will not give up," she said, "and we will win."'): that stays one
    statement, as the quotation's marks read it (splitting it too gained 0.0001 on the train slices)."""
    pieces = pieces_around_cue(cue, heads, *token_range)
    if len(pieces) > 1 and all(_classify(context, *piece)[0] == "direct" for piece in pieces):
        return [token_range]
    return pieces


def _frame_before_cue(context: _Context, before: list[Token]) -> bool:
    """Complements before the cue that are no statement: no subject of their own and no quotation ("[Asked
    what he believed about it], he said, ...", a participle the parser made a second complement)."""
    return not any(child.dep_ in _SUBJECTS for head in before for child in head.children) and \
        not any(context.quote_of_token[token.i] != -1 for head in before for token in head.subtree)


# Nouns for what was said, whose speaker is whoever issued them ("issued a statement saying").
_UTTERANCES = {
    "statement", "letter", "post", "tweet", "release", "communique", "communiqué", "message", "speech",
    "remark", "interview", "address", "video", "note", "email", "declaration", "comment", "briefing",
}


def _inverted_speaker(cue: Token) -> Token | None:
    """The speaker after the cue that the parser took for its object: '"...," added a South Carolina
    Democrat' (the statement, a clausal complement, comes before the cue; the cue has no subject)."""
    if any(child.dep_ in _SUBJECTS for child in cue.children):
        return None
    if not any(child.dep_ == "ccomp" and child.i < cue.i for child in cue.children):
        return None
    inverted = next((child for child in cue.rights if child.dep_ == "dobj"), None)
    if inverted is None:
        # "..., said a former spokesman, ..., who [helped] ...": the parser made the speaker the subject of a
        # clause it hung after the cue; the speaker starts right after the cue.
        after = next((child for child in cue.rights if child.dep_ == "ccomp"), None)
        subject = next((c for c in after.children if c.dep_ in _SUBJECTS), None) if after is not None else None
        if subject is not None and subject.left_edge.i == cue.i + 1:
            return subject
    return inverted


_PASSIVE_LINKS = {"stand", "remain"}


def _passive_cue(cue: Token) -> bool:
    """A verb of saying in the passive ("were accused", "was told"); "he's said" (has) is not one, though
    the parser often marks its "'s" as a passive auxiliary."""
    if cue.lemma_.lower() not in SPEECH:
        return False
    linked = cue.dep_ in {"acomp", "oprd", "xcomp", "advcl"} and cue.head.lemma_.lower() in _PASSIVE_LINKS
    if cue.tag_ == "VBN" and linked:
        return True  # "two soldiers [stand accused] of the bombing", "she remains accused of ..."
    if passive_subject(cue) is None:
        return False
    return not any(child.dep_ == "auxpass" and child.lower_ in {"'s", "’s"} for child in cue.children)


def unattributed_charge(cue: Token) -> bool:
    """A verb of saying in the passive with no agent ("[he] was accused of illegal possession of firearms",
    "[a green card holder] is accused of a crime", "[Paris] was accused of ..."): a charge that nobody in
    the text makes. It stays a statement (the text reports that it was said) but has no speaker, and its
    stance is no one's, so it takes none."""
    return _passive_cue(cue) and passive_agent(cue) is None


def speaker_token(cue: Token) -> Token | None:
    """The head of the speaker of ``cue``: its subject, or its governing verb's subject."""
    inverted = _inverted_speaker(cue)
    if inverted is not None:
        return inverted
    agent = passive_agent(cue)
    if agent is not None:
        return agent  # "Asked by Matt Lauer ...", "the plan was criticized by Democrats as ..."
    if _passive_cue(cue):
        # "[Iranian operatives] were accused of ...", "[he] was told that ...": the passive subject is the
        # accused, the addressee or what was said, never the speaker, who is not named.
        return None
    verb = cue
    for _ in range(5):
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                if child.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
                    return verb.head  # "Singh, who said ..." -> Singh
                return child
        if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN", "PRON"}:
            noun = verb.head
            quoted_speaker = _speaker_of_quoted_clause(noun)
            if quoted_speaker is not None:
                return quoted_speaker
            # An infinitive on a noun ("has a rare chance to show ...") is not the noun's statement.
            infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)
            if noun.lemma_.lower() not in _UTTERANCES and not infinitive:
                return noun  # "a poll showing ...", "protesters chanting ...": the noun is the source
            if noun.dep_ in {"dobj", "pobj"}:
                # "the ministry issued a statement saying ..." -> the subject of "issued"
                verb = noun.head if noun.dep_ == "dobj" else noun.head.head
                continue
            return None
        if verb.dep_ in _CLIMB and verb.head is not verb:
            verb = verb.head
            continue
        break
    return _noun_right_before(cue)


_OPENING_MARKS = {'"', "“", "``", "‘"}


def _speaker_of_quoted_clause(noun: Token) -> Token | None:
    """'"Too many dead," she said, blaming ...': the parser hangs the participle on the quoted words, which
    are no speaker; whoever said them ("she", the subject of the verb of saying set in them) is."""
    if noun.left_edge.text not in _OPENING_MARKS:
        return None
    for child in noun.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in SPEECH:
            return next((c for c in child.children if c.dep_ in _SUBJECTS), None)
    return None


def _noun_right_before(cue: Token) -> Token | None:
    """A verb cue the parse gave no subject, right after a noun or name ("multiple sources privy to
    negotiations say", "12:15 p.m.: President Barack Obama says"): the parser lost the subject, which
    is that phrase."""
    if cue.pos_ not in {"VERB", "AUX"} or cue.i == cue.sent.start:
        return None
    before = cue.nbor(-1)
    if before.pos_ in {"NOUN", "PROPN"} and before.sent == cue.sent and not before.is_space:
        return before
    return None


def speaker_range(head: Token) -> tuple[int, int]:
    """Token range of the speaker phrase headed by ``head``, without relative clauses."""
    start, end = head.i, head.i + 1
    for child in head.children:
        trailing = child.dep_ in {"relcl", "acl", "punct", "cc", "conj", "prep"} and child.i > head.i
        if trailing and not (child.dep_ == "prep" and child.lower_ == "of"):  # keep "the Joint Chiefs of Staff"
            continue
        if child.dep_ == "appos":
            continue
        start = min(start, child.left_edge.i)
        end = max(end, child.right_edge.i + 1)
    doc = head.doc
    # A parse can run a subject across a heading or paragraph break; the speaker stays in its sentence.
    sentence = head.sent
    start, end = max(start, sentence.start), min(end, sentence.end)
    # Start after the last line break before the head (the same as stepping on while one lies between).
    for index in range(head.i - 1, start - 1, -1):
        token = doc[index]
        if "\n" in token.text or "\n" in token.whitespace_:
            start = index + 1
            break
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start, end


def _plausible_speaker(token: Token) -> bool:
    """Speakers are nouns, names, pronouns or shares of people, never dates or sums ("July showed ...")."""
    if token.pos_ in {"VERB", "AUX", "ADP", "PUNCT", "SPACE", "CCONJ", "SCONJ", "PART"}:
        return False
    # A share of people speaks ("26 percent of Democrats say", "at least 21,000 said"); a date does not.
    return token.ent_type_ not in {"DATE", "TIME", "MONEY", "QUANTITY", "ORDINAL"}


def _cue_extent(cue: Token) -> tuple[int, int]:
    """Character span of the cue: the verb with its particle ("pointed out", "called on")."""
    start, end = cue.idx, cue.idx + len(cue.text)
    lemma = cue.lemma_.lower()
    for child in cue.children:
        joins = child.dep_ == "prt" or (
            child.dep_ == "prep" and lemma == "call" and child.lower_ in {"on", "upon", "for"}
        )
        if joins and child.i == cue.i + 1:
            end = child.idx + len(child.text)
    return start, end


def _words(doc: Doc, start: int, end: int) -> list[Token]:
    return [t for t in doc[start:end] if not (t.is_punct or t.is_space)]


def _classify(context: _Context, start: int, end: int) -> tuple[str, set[int], int, int]:
    """Type of a content token range, the quotations it takes in, and its character span."""
    doc = context.doc
    inside = {q for q in context.quote_of_token[start:end] if q != -1}
    char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    if not inside:
        return "indirect", inside, char_start, char_end
    outside_words = [t for t in _words(doc, start, end) if context.quote_of_token[t.i] == -1]
    first = min(context.quotations[q].start for q in inside)
    last = max(context.quotations[q].end for q in inside)
    if len(outside_words) <= 1 and all(t.lower_ in {"that", "and", "but"} for t in outside_words):
        # 'said that "..."': a quotation all the same (PolNeAR types it direct too), but the word that opens
        # the content is in it, as PolNeAR's annotators mark it: on four cross-fitted train slices keeping
        # it raised content-overlap F1 on each (mean +0.0002) and the word figure (+0.0002).
        if outside_words and outside_words[0].i == start:
            return "direct", inside, min(char_start, first), max(char_end, last)
        return "direct", inside, first, last
    return "mixed", inside, min(char_start, first), max(char_end, last)


def _sentence_bounded_tokens(context: _Context, position: int, step: int, limit: int) -> list[Token]:
    """Tokens from ``position`` in direction ``step`` within one paragraph, stopping at a sentence end."""
    doc = context.doc
    paragraph = context.paragraph_of_token[position]
    tokens: list[Token] = []
    index = position
    while 0 <= index < len(doc) and len(tokens) < limit:
        token = doc[index]
        if context.paragraph_of_token[index] != paragraph or context.quote_of_token[index] != -1:
            break
        if step > 0 and token.text in _SENTENCE_END:
            break
        if step < 0 and token.text in _SENTENCE_END:
            break
        tokens.append(token)
        index += step
    return tokens


def _token_at_or_after(doc: Doc, char: int) -> int:
    starts = doc.user_data.get("sitrep_token_starts")
    if starts is None or len(starts) != len(doc):
        starts = [token.idx for token in doc]
        doc.user_data["sitrep_token_starts"] = starts
    return bisect_left(starts, char)


def _nearby_cue(context: _Context, quote: QuoteMarks, used_cues: dict[int, bool]) -> Token | None:
    """A cue verb in the same sentence right after the quotation, or right before it."""
    doc = context.doc
    after = _token_at_or_after(doc, quote.close)
    if after < len(doc):
        for token in _sentence_bounded_tokens(context, after, 1, _WINDOW):
            if token.lemma_.lower() in QUOTATION_CUES and token.pos_ in {"VERB", "AUX"}:
                if not used_cues.get(token.i, False):
                    return token
                break
    closing = _closing_verb(context, quote, used_cues)
    if closing is not None:
        return closing
    before = _token_at_or_after(doc, quote.open) - 1
    if before >= 0:
        window = _sentence_bounded_tokens(context, before, -1, _WINDOW * 2)
        if window and (window[0].text in {":", ",", "—", "-"} or window[0].lemma_.lower() in QUOTATION_CUES):
            for token in window:
                if token.lemma_.lower() in QUOTATION_CUES and token.pos_ in {"VERB", "AUX"}:
                    return token
    return None


# Tokens after the closing mark: '"...," state Senate leader Phil Berger and House Speaker Tim Moore, both
# Republicans, said' is 15 of them, past the window of the known cues.
_CLOSING_VERB_WINDOW = 30


def _closing_verb(context: _Context, quote: QuoteMarks, used_cues: dict[int, bool]) -> Token | None:
    """'"People are afraid of wasting their votes," he surmised': a quotation closed by a comma (or ? !)
    and followed in its sentence by a subject and its verb is that verb's, whatever the verb ("surmised",
    "quipped", "wrote in an email"); a cue past the short window of known cues ("..., state Senate leader
    Phil Berger and House Speaker Tim Moore, both Republicans, said") too. Without it the quotation
    floated and was given to the previous statement's speaker."""
    closing = context.text[quote.end - 1 : quote.close].strip().strip("\"”’'")
    if not closing or closing[-1] not in _CLOSING_PUNCTUATION:
        return None
    doc = context.doc
    after = _token_at_or_after(doc, quote.close)
    if after >= len(doc):
        return None
    for token in _sentence_bounded_tokens(context, after, 1, _CLOSING_VERB_WINDOW):
        if token.text in _CLOSING_VERB_BREAKS:
            return None  # '..." — the balloons cascaded down': a new clause, not the quotation's cue
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        if used_cues.get(token.i, False) or token.dep_ not in {"ROOT", "parataxis", "ccomp"} or token.lemma_ == "be":
            return None
        if not any(c.dep_ == "nsubj" and c.i >= after for c in token.children):
            return None
        if any(c.i > token.i and (c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "dobj" and not _addressee(token, c)))
               for c in token.children):
            return None  # "X seems to be doing the same", "Nega put his house up for sale": a sentence of its own
        return token
    return None


_CLOSING_VERB_BREAKS = {"—", "–", "-", "--", ":", ";", "(", ")"}


def _addressee(verb: Token, obj: Token) -> bool:
    """An object that can be the one spoken to: 'Trump assured [Jones]', 'she assured [reporters]'."""
    return verb.lemma_.lower() in ADDRESSEE_OBJECT or obj.pos_ in {"PROPN", "PRON"} \
        or obj.ent_type_ in {"PERSON", "ORG", "NORP"}


def _statement_like(context: _Context, quote: QuoteMarks) -> bool:
    """Words someone said, not a title in quotation marks ("Good Morning America")."""
    words = _words(context.doc, *_token_range(context.doc, quote))
    return len(words) >= 4 or any(t.pos_ in {"VERB", "AUX"} for t in words)


_CLOSING_PUNCTUATION = {",", "?", "!"}
_SHORT_WINDOW = 4  # tokens after the closing mark: ', he said', ', said Mr. Smith', ', the senator said'


def _short_quotation_with_cue(context: _Context, quote: QuoteMarks, used_cues: dict[int, bool]) -> bool:
    """A short quotation closed by a comma (or ? !) and followed by its cue ('"Never again," he said',
    '"Too many dead," she said'), or right after its cue and a comma or colon ('the spokesman said, "Never."'):
    words someone said, though too short to tell from a title by itself."""
    doc = context.doc
    opening = _token_at_or_after(doc, quote.open)
    if opening >= 2 and doc[opening - 1].text in {",", ":"}:
        cue = doc[opening - 2]  # 'the spokesman said, "Never."'
        if cue.lemma_.lower() in QUOTATION_CUES and cue.pos_ in {"VERB", "AUX"} and not used_cues.get(cue.i, False):
            return True
    closing = context.text[quote.end - 1 : quote.close].strip().strip("\"”’'")
    if not closing or closing[-1] not in _CLOSING_PUNCTUATION:
        return False
    after = _token_at_or_after(doc, quote.close)
    if after >= len(doc):
        return False
    window = _sentence_bounded_tokens(context, after, 1, _SHORT_WINDOW)
    return any(t.lemma_.lower() in QUOTATION_CUES and t.pos_ in {"VERB", "AUX"} and not used_cues.get(t.i, False)
               for t in window)


def _paragraph_opening(context: _Context, quote: QuoteMarks) -> bool:
    doc = context.doc
    first = _token_at_or_after(doc, quote.open)
    if first >= len(doc):
        return False
    return first == 0 or context.paragraph_of_token[first - 1] != context.paragraph_of_token[first]


def _sentence_opening(context: _Context, quote: QuoteMarks) -> bool:
    """The quotation starts a new sentence: '..." the minister said. "Our partners ...'."""
    doc = context.doc
    index = _token_at_or_after(doc, quote.open) - 1
    while index >= 0 and doc[index].is_space:
        index -= 1
    if index < 0:
        return True
    previous = doc[index]
    if previous.text in _SENTENCE_END:
        return True
    return previous.text in "”\"’" and index > 0 and doc[index - 1].text in _SENTENCE_END


def _with_speaker(attribution: Attribution, cue: Token | None, speaker: Token | None) -> Attribution:
    if cue is not None:
        attribution.cue_token = cue.i
        attribution.cue_start, attribution.cue_end = _cue_extent(cue)
    if speaker is not None and _plausible_speaker(speaker):
        attribution.speaker_start, attribution.speaker_end = speaker_range(speaker)
    return attribution


def find_attributions(doc: Doc, cue_model: CueModel | bool | None = True) -> list[Attribution]:
    """Every attribution in ``doc``, in text order.

    ``cue_model``: True for the shipped learned cue model (attitudes and reports
    with no verb of saying, flagged ``attitude``), False for the rules alone, or
    a ``CueModel`` of one's own.
    """
    from sitrep.quotes import verbless  # it builds on this module's context and speaker rules
    text = doc_text(doc)
    context = _index_tokens(doc, find_quotations(text), text)
    found: list[Attribution] = []
    taken_quotes: set[int] = set()
    used_cues: dict[int, bool] = {}  # cue token -> its content came from the parse

    # Only verbs and auxiliaries can be rule cues, and "according" opens "according to": no other token is looked at.
    for index in _tokens_with_pos(doc, _CUE_POS_IDS, _ACCORDING):
        token = doc[index]
        to = _according_to(token)
        if to is not None and context.quote_of_token[token.i] == -1:
            used_cues[token.i] = True  # not a candidate for the learned model: its "to X" is the source
            attribution = _according_to_attribution(context, token, to, taken_quotes)
            if attribution is not None:
                found.append(attribution)
            continue
        if not _is_cue(token, context):
            continue
        if naming_participle(token) or question_to_you(token):
            # "a charity called Open Doors", "Do you support the plan?": neither a statement nor a learned cue
            used_cues[token.i] = True
            continue
        heads = _content_heads(token) or _quoted_question(context, token)
        token_range = _without_cut_off_heads(context, token, heads, _span_of(heads))
        if token_range is None:
            passive = _passive_content(token)
            if passive is not None:
                used_cues[token.i] = True
                kind, quotes, start, end = _classify(context, *passive)
                taken_quotes |= quotes
                found.append(_with_speaker(Attribution(start, end, kind), token, passive_agent(token)))
                continue
            pieces = _parenthetical(context, token) or _one_word_answer(token) or _closing_cue(context, token) \
                or _relative_object(context, token)
            if pieces:
                used_cues[token.i] = True
                for piece_start, piece_end in pieces:
                    kind, quotes, start, end = _classify(context, piece_start, piece_end)
                    taken_quotes |= quotes
                    attribution = Attribution(start, end, kind)
                    found.append(_with_speaker(attribution, token, speaker_token(token)))
            continue
        token_range = _past_a_break(context, token, token_range)
        used_cues[token.i] = True
        for piece in _around_own_cue(context, token, heads, token_range):
            kind, quotes, start, end = _classify(context, *piece)
            taken_quotes |= quotes
            attribution = Attribution(start, end, kind)
            found.append(_with_speaker(attribution, token, speaker_token(token)))

    model = shipped_cue_model() if cue_model is True else (cue_model or None)
    if model is not None:
        found += _learned_attributions(context, model, used_cues, taken_quotes)
    found += _colon_attributions(context, taken_quotes)
    found += verbless.poll_attributions(context, used_cues, taken_quotes)
    found += verbless.reportedly_attributions(context, used_cues, taken_quotes)
    found += verbless.viewpoint_attributions(context, used_cues, taken_quotes)
    found += verbless.seen_as_attributions(context, used_cues, taken_quotes)
    found += verbless.copular_attributions(context, used_cues, taken_quotes)
    found += verbless.as_thought_attributions(context, used_cues, taken_quotes)
    found += verbless.took_aim_attributions(context, used_cues, taken_quotes)
    found += _title_case_headline(context, found, taken_quotes)
    found = _one_per_content(found)
    previous_speaker: Attribution | None = None
    for number, quote in enumerate(context.quotations):
        if number in taken_quotes:
            continue
        said = _statement_like(context, quote) or _short_quotation_with_cue(context, quote, used_cues)
        cue = _nearby_cue(context, quote, used_cues) if said else None
        if cue is not None:
            attribution = Attribution(quote.start, quote.end, "direct")
            found.append(_with_speaker(attribution, cue, speaker_token(cue)))
            continue
        colon_cue = verbless.colon_quotation(context, quote) if said else None
        if colon_cue is not None:
            found.append(verbless.colon_speaker_bounded(_with_speaker(Attribution(quote.start, quote.end, "direct"),
                                                              *colon_cue), *colon_cue))
            continue
        opens = _paragraph_opening(context, quote) or _sentence_opening(context, quote)
        if opens and len(_words(doc, *_token_range(doc, quote))) >= 3:
            attribution = Attribution(quote.start, quote.end, "direct", floating=True)
            found.append(attribution)
    found.sort(key=lambda a: (a.start, a.end))
    _split_trailing_statements(context, found)
    _split_trailing_appositions(context, found)
    found = _outermost(doc, found)
    # A floating quotation continues whoever spoke last before it, and that speaker's last quotation.
    last_quotation: dict[tuple[int, int], Attribution] = {}
    for attribution in found:
        if attribution.floating and previous_speaker is not None and _near(context, previous_speaker, attribution):
            attribution.speaker_start = previous_speaker.speaker_start
            attribution.speaker_end = previous_speaker.speaker_end
            quoted = last_quotation.get((previous_speaker.speaker_start, previous_speaker.speaker_end))
            if quoted is None or not _near(context, quoted, attribution):
                quoted = previous_speaker
            attribution.continues = quoted.continues or quoted
            attribution.cue_token = quoted.cue_token
        if attribution.speaker_start is not None and attribution.speaker_end is not None:
            previous_speaker = attribution
            if attribution.type != "indirect":
                last_quotation[(attribution.speaker_start, attribution.speaker_end)] = attribution
    return found


_SPLIT_RELATIONS = {"advcl", "conj"}
_SPLIT_OPENERS = {",", "and", "but", ";", "--", "—"}
_CLOSING_MARKS = {"”", '"', "’", "''"}


def _split_trailing_statements(context: _Context, found: list[Attribution]) -> None:
    """A second statement of the same speaker that the parser hung at the end of the first one's content
    ("said [the deal was weak], noting [that ...]", "believe [relief is possible] and have been calling on
    [Congress to act]", 'said the army would "hold every position" and insisted [the offensive was "going
    to plan"]'): the first content ends before it and it is a statement of its own, with the first
    one's speaker. Only a cue verb with no subject of its own, conjoined or adverbial, after a comma, "and"
    or "but" or its own subordinating word ("praised [A] before condemning [B]"), that runs to the end of
    a content read from the parse (indirect or mixed; the host is typed again once cut, as the quotation
    that made it mixed may be in the part cut off), or a cue with a subject of its own after "while",
    "whereas" or "as", which keeps its own speaker ("60 percent said [A], while 30 percent said [B]").
    ``found`` is sorted by start; contents are cut in place."""
    doc = context.doc
    with_cue = [a for a in found if a.cue_token is not None and not a.floating]
    if len(with_cue) < 2:
        return
    starts = [a.start for a in with_cue]
    for inner in with_cue:
        cue = doc[inner.cue_token]
        after_preposition = cue.dep_ == "pcomp" and cue.head.dep_ == "prep" and cue.head.lower_ in _SPLIT_PREPOSITIONS
        if (cue.dep_ not in _SPLIT_RELATIONS and not after_preposition) or cue.pos_ not in {"VERB", "AUX"}:
            continue
        own_subject = any(child.dep_ in _SUBJECTS for child in cue.children)
        if own_subject and not _other_speaker_clause(cue):
            continue
        first = cue.head.i if after_preposition else cue.left_edge.i
        while first < cue.i and doc[first].dep_ in {"cc", "punct"}:
            first += 1
        opener = first - 1
        if opener > 0 and doc[opener].text in _CLOSING_MARKS:
            opener -= 1  # 'said the system was "corrupt[,"] noting ...'
        # "endorsed Sanders [before backing] Clinton": a subordinating word of the cue's own opens it too.
        marked = any(c.dep_ == "mark" and c.i == first for c in cue.children) or after_preposition
        if not marked and (opener < 0 or doc[opener].lower_ not in _SPLIT_OPENERS):
            continue
        last = doc[cue.right_edge.i]
        for host in with_cue[: bisect_right(starts, cue.idx)]:
            if host is inner or host.type == "direct" or not host.start < cue.idx < host.end:
                continue
            if host.type != "indirect" and host.cue_token is not None and host.start < doc[host.cue_token].idx:
                continue  # a quotation before its own cue ('"...," he said, adding ...') is taken from its marks
            if max(last.idx + len(last.text), inner.end) < host.end - 1:
                continue  # the verb does not close the content: "said [it would stop, and then ...]"
            cut = first - 1
            while cut > 0 and (doc[cut].is_punct or doc[cut].is_space or doc[cut].dep_ == "cc"):
                quotation = context.quote_of_token[cut]
                if doc[cut].text in _CLOSING_MARKS and quotation != -1 and context.quote_of_token[cut - 1] == quotation:
                    break  # the content ends with the quotation it takes in, closing mark included
                cut -= 1
            cut_end = doc[cut].idx + len(doc[cut].text)
            if cut_end <= host.start:
                continue
            host.uncut_end = host.uncut_end or host.end
            host.end = cut_end
            if host.type != "indirect":
                _retype(context, host)
            if not own_subject:
                inner.speaker_start, inner.speaker_end = host.speaker_start, host.speaker_end
            break


def _split_trailing_appositions(context: _Context, found: list[Attribution]) -> None:
    """ "Sources said [she did chime in], a point Feinstein also acknowledged", "dismissed [ideological
    labels], a sentiment endorsed by the crowd": a noun set after a comma at the end of a content, whose
    relative clause is a statement of its own about it (``_relative_object``), ends that content: the noun
    is what the second speaker said, not part of the first statement. ``found`` is sorted by start."""
    doc = context.doc
    relative = [a for a in found if a.cue_token is not None and not a.floating and a.end <= doc[a.cue_token].idx
                and doc[a.cue_token].dep_ in {"relcl", "acl"}]
    for inner in relative:
        cue = doc[inner.cue_token]
        noun = cue.head
        comma = noun.left_edge.i - 1
        if comma <= 0 or doc[comma].text != "," or noun.dep_ not in {"appos", "npadvmod", "conj", "dobj", "attr"}:
            continue
        last = doc[cue.right_edge.i]
        for host in found:
            if host is inner or host.cue_token is None or host.type == "direct":
                continue
            if not host.start < doc[comma].idx < host.end or last.idx + len(last.text) < host.end - 1:
                continue
            host.uncut_end = host.uncut_end or host.end
            host.end = doc[comma - 1].idx + len(doc[comma - 1].text)
            if host.type != "indirect":
                _retype(context, host)


_OTHER_SPEAKER_MARKERS = {"while", "whereas", "as"}
_SPLIT_PREPOSITIONS = {"before", "after"}  # "by" (manner: "attacked X by reminding ...") cost overlap


def _other_speaker_clause(cue: Token) -> bool:
    """A statement with a speaker of its own set beside the first one: "60 percent said [A], while 30
    percent said [B]", "the commander said [A] as the governor insisted [B]". Only after "while", "whereas" or "as": a
    conjoined verb with its own subject ("said A, and she added B") or another adverbial clause ("because
    Russia said ...") is left as it was (splitting them off did not gain on PolNeAR's held-out train
    articles)."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _OTHER_SPEAKER_MARKERS for c in cue.children)


def _retype(context: _Context, attribution: Attribution) -> None:
    """Type a content again after it was cut: the quotation that made it mixed may be in the part cut off."""
    span = context.doc.char_span(attribution.start, attribution.end, alignment_mode="expand")
    if span is None or span.start >= span.end:
        return
    start, end = span.start, span.end
    doc = context.doc
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in "”\"’":
        end -= 1
    if end <= start:
        return
    attribution.type, _, attribution.start, attribution.end = _classify(context, start, end)


def _outermost(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """Only the outermost of nested statements: a cue inside another statement's content ("she said
    [she would support the deal]", "he told reporters [the ministry had accused Kyiv of ...]") is part of
    what the outer speaker said, not a statement of its own. PolNeAR never nests: none of the 22,457
    attributions of its 919 train annotation files has its cue inside another's content (where both are
    annotated, the outer content stops before the inner statement). Only a sixth of the statements
    dropped here have a gold attribution of their own, keeping every one of them with the outer one
    unchanged would cost 0.034 of per-attribution F1, and keeping exactly those with gold would gain
    only 0.002 (thirteenth session, four train slices); no class of them (rule or learned cue, same or
    other speaker, a sentence of its own inside a long content) gained on dev. One exception: a noun cue
    that is the outer cue's object ("expressed [support] for X") replaces the outer statement. Two
    statements each holding the other's cue (a quotation split by its cue) both stay. ``found`` is
    sorted by start."""
    with_cue = [(a, doc[a.cue_token].idx) for a in found if a.cue_token is not None and not a.floating]
    if len(with_cue) < 2:
        return found
    starts = [a.start for a, _ in with_cue]
    nested: set[int] = set()
    for attribution, cue in with_cue:
        # Only statements that start at or before the cue can hold it.
        for host, host_cue in with_cue[: bisect_right(starts, cue)]:
            if host is attribution or not cue < host.end:
                continue
            if attribution.start <= host_cue < attribution.end:
                continue
            if _light_verb_object(doc, attribution, host):
                nested.add(id(host))  # "expressed [support] for X": the noun says what was expressed
                continue
            nested.add(id(attribution))
            break
    return [a for a in found if id(a) not in nested]


def _light_verb_object(doc: Doc, inner: Attribution, host: Attribution) -> bool:
    """The inner statement's cue is a noun that is the host cue's direct object: "expressed [support] for
    the plan", "renewed his [criticism] of the deal". The noun's own content (the plan, the deal) is the
    statement; the verb only carries it."""
    if inner.cue_token is None or host.cue_token is None:
        return False
    noun = doc[inner.cue_token]
    return noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.i == host.cue_token


def _one_per_content(found: list[Attribution]) -> list[Attribution]:
    """One attribution per content span: a quotation framed by two cues ('X said: "..." he said')
    is one statement; the attribution with a speaker, then the earlier cue, is kept."""
    best: dict[tuple[int, int], Attribution] = {}
    for attribution in found:
        key = (attribution.start, attribution.end)
        kept = best.get(key)
        if kept is None or _preferred(attribution, kept):
            best[key] = attribution
    return list(best.values())


def _preferred(candidate: Attribution, kept: Attribution) -> bool:
    if (candidate.speaker_start is None) != (kept.speaker_start is None):
        return candidate.speaker_start is not None
    return (candidate.cue_start or 0) < (kept.cue_start or 0)


def _near(context: _Context, earlier: Attribution, later: Attribution) -> bool:
    """A floating quotation continues a speaker quoted in its own or the previous two paragraphs."""
    doc = context.doc
    first = doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
    second = doc.char_span(later.start, later.end, alignment_mode="expand")
    if first is None or second is None:
        return False
    return context.paragraph_of_token[second.start] - context.paragraph_of_token[first.end - 1] <= 2


def _token_range(doc: Doc, quote: QuoteMarks) -> tuple[int, int]:
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None:
        return 0, 0
    return span.start, span.end


def _according_to_attribution(
    context: _Context, according: Token, to: Token, taken_quotes: set[int], frames: set[int] | None = None
) -> Attribution | None:
    """ "According to X, <clause>" or "<clause>, according to X": the clause is the content (less the
    ``frames`` tokens a caller leaves out of it)."""
    doc = context.doc
    source = next((child for child in to.children if child.dep_ == "pobj"), None)
    clause = according.head
    if clause.i == according.i or clause.i == to.i:
        return None
    sentence: Span = according.sent
    clause = _according_after_its_clause(according, to, clause, sentence)
    excluded = {t.i for t in according.subtree} | {t.i for t in to.subtree} | (frames or set())
    tokens = [t for t in clause.subtree if t.i not in excluded and t.sent == sentence]
    if not tokens:
        return None
    # Content is the stretch of the clause on the far side of "according to X".
    if according.i < clause.i:
        tokens = [t for t in tokens if t.i > max(excluded)]
    else:
        tokens = [t for t in tokens if t.i < according.i]
    if not tokens:
        return None
    start, end = tokens[0].i, tokens[-1].i + 1
    while start < end and (doc[start].is_punct or doc[start].is_space) and doc[start].text not in "“\"‘":
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in "”\"’":
        end -= 1
    if end <= start:
        return None
    kind, quotes, char_start, char_end = _classify(context, start, end)
    taken_quotes |= quotes
    attribution = Attribution(char_start, char_end, kind)
    attribution.cue_token = according.i
    attribution.cue_start, attribution.cue_end = according.idx, to.idx + len(to.text)
    if source is not None:
        attribution.speaker_start, attribution.speaker_end = speaker_range(source)
    return attribution


def _according_after_its_clause(according: Token, to: Token, clause: Token, sentence: Span) -> Token:
    """ "Clinton holds a lead in California, according to the average of polls, where 475 delegates are at
    stake": set off by a comma after the sentence's main clause, "according to X" is that clause's, though
    the parser hung it on a clause after its source (the relative clause of "polls"); then the main clause
    is the content, not the words after the source."""
    root = sentence.root
    after_source = clause.i > to.i
    comma_before = according.i > sentence.start and according.nbor(-1).text == ","
    if not (after_source and comma_before and root.i < according.i and root.pos_ in {"VERB", "AUX"}):
        return clause
    # A clause of its own after the source keeps it ("because, according to Trump, the media would call
    # him ..."); one with no subject or opened by a relative word ("where", "who") belongs to the source.
    relative = any(c.tag_ in {"WRB", "WP", "WDT"} for c in clause.children)
    has_subject = any(c.dep_ in _SUBJECTS for c in clause.children)
    return root if relative or not has_subject else clause


_COLON_PREFIX_LIMIT = 10  # tokens: "Russian Foreign Minister Sergei Lavrov:" fits


def _paragraphs(context: _Context) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(context.doc) + 1):
        if index == len(context.doc) or context.paragraph_of_token[index] != context.paragraph_of_token[start]:
            ranges.append((start, index))
            start = index
    return ranges


_SPEAKING_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}


def _colon_speaker(prefix: Span) -> bool:
    """Whether the words before a line's colon can be its speaker: a name, also one the parser tagged as
    an adjective or a common noun but recognised as a person, group or place ("Issa: ...", "Trump: ..."
    in a title-case headline); not "Update:", "Watch:", "Photos:"."""
    return any(t.pos_ == "PROPN" or t.ent_type_ in _SPEAKING_ENTITIES for t in prefix)


def _named_elsewhere(prefix: Span, names: set[str]) -> bool:
    """ "Trump: My immigration plans aren't set in stone": a title-case headline word the parser took for a
    common noun is a speaker when the article names someone or something by that very word ("Donald Trump
    says ..."); "Update:", "Watch:" name nobody."""
    words = [t for t in prefix if not t.is_punct]
    return bool(words) and all(t.text[:1].isupper() and t.text in names for t in words)


def _colon_attributions(context: _Context, taken_quotes: set[int]) -> list[Attribution]:
    """ "Name: statement" — headlines ("Zelensky: Russia will pay") and transcripts ("PUTIN: We ...")."""
    doc = context.doc
    found: list[Attribution] = []
    names: set[str] | None = None  # the document's names, gathered only when a colon line needs them
    for start, end in _paragraphs(context):
        while start < end and doc[start].is_space:
            start += 1
        colon = next((t.i for t in doc[start : min(end, start + _COLON_PREFIX_LIMIT + 1)] if t.text == ":"), None)
        if colon is None or colon == start or colon + 1 >= end:
            continue
        prefix = doc[start:colon]
        if any(t.pos_ in {"VERB", "AUX", "NUM"} or context.quote_of_token[t.i] != -1 for t in prefix):
            continue
        if any(t.like_num or t.ent_type_ in {"TIME", "DATE"} for t in prefix):
            continue
        if not _colon_speaker(prefix) and not _colon_source_word(prefix):
            if names is None:
                names = {t.text for t in doc if t.pos_ == "PROPN" and t.ent_type_ in _SPEAKING_ENTITIES}
            if not _named_elsewhere(prefix, names):
                continue
        # The speaker is the name before any "to"/"on" ("Clinton to Planned Parenthood:").
        speaker_end = next((t.i for t in prefix if t.pos_ == "ADP" and t.i > start), colon)
        content_start = colon + 1
        while content_start < end and (doc[content_start].is_space or doc[content_start].is_punct) and \
                doc[content_start].text not in "“\"‘":
            content_start += 1
        content_end = end
        while content_end > content_start and (doc[content_end - 1].is_space or doc[content_end - 1].is_punct) \
                and doc[content_end - 1].text not in "”\"’":
            content_end -= 1
        if content_end <= content_start or len(_words(doc, content_start, content_end)) < 3:
            continue
        kind, quotes, char_start, char_end = _classify(context, content_start, content_end)
        taken_quotes |= quotes
        attribution = Attribution(char_start, char_end, kind)
        attribution.cue_token = colon
        attribution.cue_start, attribution.cue_end = doc[colon].idx, doc[colon].idx + 1
        attribution.speaker_start, attribution.speaker_end = start, speaker_end
        found.append(attribution)
    return found


_HEADLINE_LIMIT = 30  # tokens: a headline, not a paragraph of body text
_HEADLINE_ENDS = {".", "?", "!", ":", ";", "—", "–"}
_HEADLINE_ADVERBS = {"just", "now", "also", "finally", "again", "still", "quietly", "openly", "formally"}


def _verb_stem(word: str) -> str | None:
    """The verb of a title-case headline word the parser took for a name: "Endorses" -> endorse, "Denies"
    -> deny, "Vowed" -> vow, "Accused" -> accuse; None for a word that is no third-person or past form."""
    lower = word.lower()
    if lower.endswith("ies"):
        candidates = [lower[:-3] + "y"]
    elif lower.endswith("s") and not lower.endswith("ss"):
        candidates = [lower[:-1], lower[:-2]]
    elif lower.endswith("ed"):
        candidates = [lower[:-1], lower[:-2], lower[:-3] if lower[-3:-2] == lower[-4:-3] else lower[:-2]]
    else:
        return None
    return next((stem for stem in candidates if stem in SPEECH), None)


def _title_case_headline(context: _Context, found: list[Attribution], taken_quotes: set[int]) -> list[Attribution]:
    """ "Conservative Icon Morton Blackwell Endorses Ted Cruz.": in a title-case headline the parser reads the
    capitalised verb of saying as one more name, so no rule sees it. The first paragraph, when it is such a
    headline with no statement found in it, is read as speaker (the names before the verb), cue and content
    (what follows, up to the end of its sentence)."""
    doc = context.doc
    start = 0
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start  # the first paragraph's end, looked for no further than a headline can run
    while end < len(doc) and end - start <= _HEADLINE_LIMIT and \
            context.paragraph_of_token[end] == context.paragraph_of_token[start]:
        end += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    headline_end = doc[end - 1].idx + len(doc[end - 1].text) if end > start else 0
    if end <= start or end - start > _HEADLINE_LIMIT or any(a.start < headline_end for a in found):
        return []
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < 3 or sum(t.text[:1].isupper() for t in words) < 0.8 * len(words):
        return []
    for cue in doc[start + 1 : end - 1]:
        if cue.pos_ not in {"PROPN", "NOUN"} or context.quote_of_token[cue.i] != -1 or _verb_stem(cue.text) is None:
            continue
        speaker_end = cue.i
        while speaker_end > start and doc[speaker_end - 1].lower_ in _HEADLINE_ADVERBS:
            speaker_end -= 1
        before = doc[start:speaker_end]
        if not before or before[-1].pos_ not in {"PROPN", "NOUN"} \
                or any(t.pos_ in {"ADP", "VERB", "AUX"} for t in before):
            return []
        content_end = next((t.i for t in doc[cue.i + 1 : end] if t.text in _HEADLINE_ENDS
                            and context.quote_of_token[t.i] == -1), end)
        while content_end > cue.i + 1 and (doc[content_end - 1].is_punct or doc[content_end - 1].is_space) \
                and doc[content_end - 1].text not in "”\"’":
            content_end -= 1
        if content_end <= cue.i + 1:
            return []
        kind, quotes, char_start, char_end = _classify(context, cue.i + 1, content_end)
        taken_quotes |= quotes
        attribution = Attribution(char_start, char_end, kind)
        attribution.cue_token = cue.i
        attribution.cue_start, attribution.cue_end = cue.idx, cue.idx + len(cue.text)
        attribution.speaker_start, attribution.speaker_end = start, speaker_end
        return [attribution]
    return []


def content_token_range(heads: list[Token]) -> tuple[int, int] | None:
    """The token range a learned cue with content ``heads`` would be given as its content (None when empty)."""
    return _span_of(heads, learned=True)


def learned_candidates(doc: Doc, context: _Context | None = None,
                       used_cues: dict[int, bool] | None = None) -> list[tuple[Token, list[Token], bool]]:
    """Tokens the learned cue model scores, with their content heads and whether they lie under a
    rule cue: verbs and nouns outside quotation marks that have a complement or an "of"/"about"/"that"
    phrase, and that no rule took as a cue."""
    if context is None:
        context = _index_tokens(doc, find_quotations(doc.text))
    if used_cues is None:
        used_cues = {t.i: True for t in doc if _is_cue(t, context) and _span_of(_content_heads(t)) is not None}
    found = []
    for index in _tokens_with_pos(doc, _LEARNED_POS_IDS):
        if index in used_cues or context.quote_of_token[index] != -1:
            continue
        token = doc[index]
        heads = candidate_heads(token)
        if heads:
            under_cue = any(ancestor.i in used_cues for ancestor in token.ancestors)
            found.append((token, heads, under_cue))
    return found


# Only predicative adjectives: descending through infinitives too ("continued [to push for] X") cut
# contents gold keeps whole ("plans [to veto it]") and lost 0.001-0.0025 content-overlap F1 on train.
_INNER_RELATIONS = {"acomp"}


def _innermost_content(heads: list[Token]) -> list[Token]:
    """PolNeAR's cue of an attitude takes in the predicative adjective that names it ("[were optimistic]
    that he would win", "[are determined] to do everything", "[was more upbeat about] NATO's plans"): when
    a learned cue's content is one such adjective (the learned cue is then the copula) that has content
    of its own, that content is the attitude's, not the adjective with it."""
    if len(heads) != 1 or heads[0].dep_ not in _INNER_RELATIONS:
        return heads
    return candidate_heads(heads[0]) or heads


def _learned_attributions(context: _Context, model: CueModel, used_cues: dict[int, bool],
                          taken_quotes: set[int]) -> list[Attribution]:
    """Attitudes and reports the rules have no cue word for ("X wants ...", "a poll shows ...",
    "her criticism of ..."), where the learned model scores the cue above its threshold. Their content
    may take in quotations ('she wants "a fair deal"', mixed or direct), unless a rule cue took those
    already; those quotations are then taken, so no second statement is made of them."""
    found = []
    for token, heads, under_cue in learned_candidates(context.doc, context, used_cues):
        if not model.is_cue(token, heads, under_cue):
            continue
        inner = _innermost_content(heads)
        token_range = content_token_range(inner)
        if token_range is None:
            continue
        # A copula whose content is its adjective's ("were [skeptical] of X") states the attitude the
        # adjective names: that is the cue an analyst reads (and the stance rules look at), as when the
        # adjective is scored itself; the speaker is still the copula's subject.
        cue = heads[0] if inner is not heads else token
        # "[Clinton] is widely expected [to win]": the cue and its own words are not part of the content.
        pieces = [_classify(context, *piece) for piece in pieces_around_cue(cue, inner, *token_range)]
        quotes = set().union(*(piece[1] for piece in pieces))
        if quotes & taken_quotes:
            continue  # a quotation a rule cue already took
        taken_quotes |= quotes
        if token.pos_ in {"VERB", "AUX"} and heads[0].dep_ == "nsubjpass":
            speaker = passive_agent(token)  # "[the deal] was rejected by Democrats": the subject is the content
        elif token.pos_ in {"VERB", "AUX"}:
            speaker = speaker_token(token)
        else:
            speaker = cue_holder(token)
            if speaker is None and token.dep_ in {"dobj", "pobj", "attr"}:
                # "Ryan's campaign is making a case that ...", "They expressed support for ...", "voted in
                # favor of ...", "she is a fervent supporter of ...": the noun's holder is the subject
                # of the verb it hangs from.
                speaker = speaker_token(token.head)
            elif speaker is not None and speaker.dep_ == "poss" and speaker.pos_ == "PRON" and token.dep_ == "dobj":
                # "Cruz reboots [his] attacks on Trump", "those surveyed shared [their] concerns": the
                # possessive stands for the subject of the verb, which names the holder.
                speaker = speaker_token(token.head) or speaker
        speaker, no_attitude = checked_holder(token, speaker)  # "the results point to ...": a thing holds no view
        if no_attitude:
            taken_quotes -= quotes
            continue
        for kind, _, start, end in pieces:
            found.append(_with_speaker(Attribution(start, end, kind, attitude=True), cue, speaker))
    return found

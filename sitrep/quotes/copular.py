"""Statements made with the verb "be" and no verb of saying, that PolNeAR counts as attributions:

- a noun of saying or thinking as the subject, the clause after "is" its content: "My impression is that he
  lacks support", "Their fear is that it could be too late", "His goal is to sell the party on it", "Her
  question is whether the phone was hacked" (cue the noun, source its possessor when there is one);
- "there is/are" such a noun with a clause on it: "There are fears the crowds will spread the virus"
  (cue the noun, no source).

Not "It is not clear whether he will run" or "It's unclear why the numbers vary": PolNeAR marks about half of
these as the writer's statement and leaves the rest (train 0:480), so a rule for them gains nothing.

The finders only read the parse around one "be" and return the cue, the clause and the holder; the caller
builds the attribution. The nouns are a closed list: "The problem is that ..." states a fact, not someone's
view, and stays out; and a noun as often used for the writer's own framing ("the question is whether", "the
goal is to", "that sense of independence is what drew her") counts only with a holder ("his goal is to").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

# Nouns naming what someone says, thinks, wants or asks (possessed or not: "a common refrain is", "the
# hope is"). Not "problem", "issue", "reason", "fact", "truth": those introduce the writer's facts.
STATEMENT_NOUNS = frozenset({
    "argument", "advice", "assessment", "assumption", "belief", "bet", "claim", "complaint", "concern",
    "contention", "conclusion", "expectation", "fear", "feeling", "goal", "guess", "hope", "hunch", "idea",
    "impression", "instinct", "intention", "message", "plan", "point", "position", "premise", "promise",
    "proposal", "question", "refrain", "response", "sense", "suggestion", "suspicion", "theory", "thinking",
    "thought", "view", "warning", "wish", "worry", "aim", "answer", "criticism", "mantra", "pitch",
    "pledge", "prediction", "reply", "retort", "slogan", "strategy", "thesis",
})
# Statement nouns that, unpossessed, mostly frame the writer's own point ("the question now is whether", "the
# goal is to fold the data into one file"; on train 0:480 ten of thirteen such were no attribution): only with a
# holder.
HOLDER_NOUNS = frozenset({
    "question", "goal", "aim", "plan", "strategy", "sense", "idea", "point", "thought", "thinking", "answer",
    "response", "message", "position", "view", "pitch", "intention",
})
# After "there is/are": what is said or feared about the clause ("there are fears", "there were calls to").
THERE_NOUNS = frozenset({
    "call", "claim", "concern", "doubt", "expectation", "fear", "hope", "question", "rumor", "speculation",
    "suggestion", "suspicion", "talk", "warning", "worry", "complaint", "demand", "allegation", "report",
})
_BE_CLAUSES = {"ROOT", "conj", "ccomp", "advcl"}


@dataclass(frozen=True, slots=True)
class CopularStatement:
    cue: Token  # the statement noun
    clause: Token  # head of the content clause
    holder: Token | None  # whose view: the noun's possessor, or None


def _clause_after(head: Token, deps: set[str]) -> Token | None:
    """The first clausal child of ``head`` after it with one of ``deps`` (a verb or auxiliary)."""
    return next((c for c in head.children if c.dep_ in deps and c.i > head.i and c.pos_ in {"VERB", "AUX"}), None)


def noun_subject_statement(be: Token) -> CopularStatement | None:
    """ "My impression is that ...", "His goal is to ...", "One question is whether ...": the subject is a
    statement noun and "be" takes a clause after it."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    clause = _clause_after(be, {"ccomp", "xcomp"})
    if clause is None:
        return None
    holder = next((c for c in subject.children if c.dep_ == "poss"), None)
    if holder is None and subject.lemma_.lower() in HOLDER_NOUNS:
        return None
    return CopularStatement(subject, clause, holder)


def there_statement(be: Token) -> CopularStatement | None:
    """ "There are fears the crowds will spread the virus", "there were calls to close the border": the
    noun after "there is" carries the clause."""
    if not any(c.dep_ == "expl" for c in be.children):
        return None
    noun = next((c for c in be.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if noun is None or noun.lemma_.lower() not in THERE_NOUNS:
        return None
    clause = next((c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i
                   and c.pos_ in {"VERB", "AUX"}), None)
    # A clause of its own (a subject, or "to" of an infinitive), not a participle on the noun: "there were
    # safety concerns surrounding the convention", "there was no call planned" say nothing.
    if clause is None or not any(c.dep_ in {"nsubj", "nsubjpass"} or (c.dep_ == "aux" and c.lower_ == "to")
                                 for c in clause.children):
        return None
    return CopularStatement(noun, clause, None)


def copular_statement(be: Token) -> CopularStatement | None:
    """The statement a clause of "be" makes, if it is one of the two kinds above."""
    if be.dep_ not in _BE_CLAUSES:
        return None
    return noun_subject_statement(be) or there_statement(be)

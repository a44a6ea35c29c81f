"""Verbs of saying used for something other than a statement.

Questions put to "you" with "do" ("Do you support the new constitution?", a poll's or an interviewer's
question quoted in the story) ask for a statement and report none: PolNeAR annotates none (on four
cross-fitted train slices "Do you support X?" matched no gold attribution 8 times of 8). Leaving them out
raised content-overlap F1 by 0.0003 on the slice mean (token figure +0.00003).

"a charity called Open Doors", "a farmer named Ali Khan", "a militia dubbed the Lions": a past participle
that names the noun before it says what the thing or person is called, not what anyone said. PolNeAR
annotates no attribution there: on train articles 0:250 two in three of these were predictions matching no
gold attribution. Leaving them out raised content-overlap F1 on each of four cross-fitted train slices (mean
+0.0005; the token-overlap figure +0.00002).
"""

from __future__ import annotations

from spacy.tokens import Token

_NAMING = {"call", "name", "dub", "nickname", "title"}
_CALL_PREPOSITIONS = {"on", "upon", "for"}  # "a newspaper called on the governor to ...": a demand


def naming_participle(cue: Token) -> bool:
    """``cue`` is a participle naming the noun it follows ("a charity [called] Open Doors"): an adjectival
    clause on a noun before it, with no agent ("a plan called reckless by the opposition" is a judgement)
    and not "called on/for"."""
    if cue.lemma_.lower() not in _NAMING or cue.dep_ != "acl" or cue.tag_ != "VBN":
        return False
    if cue.head.i >= cue.i or cue.head.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if any(child.dep_ in {"agent", "prt"} for child in cue.children):
        return False
    following = cue.nbor(1) if cue.i + 1 < len(cue.doc) else None
    return following is None or following.lower_ not in _CALL_PREPOSITIONS


def question_to_you(cue: Token) -> bool:
    """``cue`` has "you" for its subject and "do" for its auxiliary, and its sentence is a question ("Do you
    support the plan?")."""
    children = list(cue.children)
    if not any(child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ == "you" for child in children):
        return False
    if not any(child.dep_ == "aux" and child.i < cue.i and child.lemma_.lower() == "do" for child in children):
        return False  # "You know what they say about ...?": a rhetorical aside, which gold sometimes annotates
    words = [token for token in cue.sent if not (token.is_space or token.is_quote)]
    return bool(words) and words[-1].text == "?"

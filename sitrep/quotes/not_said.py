"""Verbs of saying used for something other than a statement.

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

"""A small learned cue model for attributions without a verb of saying.

PolNeAR (and analysts) count as attributed more than what someone *said*:
attitudes, plans and findings ("the campaign wants a progressive chair", "a
poll shows Trump ahead", "her criticism of the deal", "he plans to veto it").
The cue words for these are a long tail no word list covers, and most of
their uses are not attributions ("wants" in a question, "shows" of a TV show).

This module scores a candidate cue token — a verb, a noun such as
"criticism", or a predicative adjective such as "skeptical", with something it
could be about — by a logistic regression over
features of the parse (lemma, dependency relation, which complements it has,
what its subject is) and the static word vector of its lemma (``lemma_vector``:
a lemma the fit saw rarely or never, "contemplate", "rebuff", is scored like the
words it resembles). The weights are fitted on PolNeAR's train split by
``sitrep/data/training/build_quote_model.py`` and shipped as a JSON file of
feature weights, so scoring is a dictionary look-up per feature and one dot
product per candidate: the vectors are the package's static embeddings, looked
up once per lemma, and nothing is parsed again.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from spacy.tokens import Token

from sitrep.nlp.embeddings import sentence_vectors

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "training" / "quote_cues.json"

# Complements that can carry a verb cue's content ("wants [a chair]", "plans [to veto it]").
VERB_CONTENT = {"ccomp", "xcomp", "dobj", "oprd", "attr", "acomp"}
# Prepositions that carry a noun cue's content ("criticism [of the deal]", "warning [about ...]").
NOUN_CONTENT_PREPOSITIONS = {"of", "about", "over", "on", "for", "against", "that", "to"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


# Words the parser hangs on a verb between it and the preposition that carries its content: "spoke
# [out] about", "cheered [loudly] for", "called [Wednesday] for", "pushed [back] on".
_BEFORE_PREPOSITION = {"prt", "advmod", "npadvmod"}


def verb_content_heads(verb: Token) -> list[Token]:
    """Complements after the verb that would be its content; failing those, an infinitive clause the
    parser made adverbial ("called on Congress [to act]"), or the object of a preposition right after
    it ("talked about [security]", "spoke out about [it]"); failing those, the subject of a passive
    ("[the deal] was rejected by ...", "[the plan] is supported")."""
    heads = [child for child in verb.rights if child.dep_ in VERB_CONTENT]
    if heads:
        return _with_passive_subject(verb, heads)
    heads = [child for child in verb.rights if child.dep_ == "advcl" and _is_infinitive(child)]
    if heads:
        return heads
    for child in verb.rights:
        if child.dep_ == "prep":
            if child.left_edge.i == child.i:  # nothing of its own hangs before the preposition
                heads = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            break
        if child.dep_ not in _BEFORE_PREPOSITION or child.left_edge.i != child.i or child.right_edge.i != child.i:
            break
    if heads and heads[0].head.i == _first_right_gap(verb):
        return heads
    return _with_passive_subject(verb, [])


def _first_right_gap(verb: Token) -> int:
    """Index of the first token after ``verb`` that is not a one-word particle or adverb of it."""
    index = verb.i + 1
    doc = verb.doc
    while index < len(doc):
        token = doc[index]  # fetched once: spaCy builds a new Token object at every doc[i]
        if token.head.i != verb.i or token.dep_ not in _BEFORE_PREPOSITION or token.left_edge.i != token.right_edge.i:
            break
        index += 1
    return index


def _is_infinitive(clause: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in clause.children)


def passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb ("[the deal] was rejected"), which is what the verb is about."""
    if not any(child.dep_ == "auxpass" for child in verb.children):
        return None
    return next((child for child in verb.lefts if child.dep_ == "nsubjpass"), None)


def passive_agent(verb: Token) -> Token | None:
    """Who acts in a passive ("rejected [by Democrats]"): the holder of a passive cue."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _with_passive_subject(verb: Token, heads: list[Token]) -> list[Token]:
    """A passive verb's subject joins its content when the rest of the content is an infinitive or there
    is none ("[Clinton] is expected [to win]"): the subject is what is expected, rejected or supported."""
    if any(head.dep_ != "xcomp" for head in heads):  # tested first: it is cheaper than finding the subject
        return heads
    subject = passive_subject(verb)
    if subject is None:
        return heads
    return [subject, *heads]


def noun_content_heads(noun: Token) -> list[Token]:
    """What a noun cue is about: a "that" clause on it, or the object of "of"/"about"/... after it."""
    heads = []
    for child in noun.rights:
        if child.dep_ in {"acl", "relcl"} and child.left_edge.lower_ == "that" and child.left_edge.head.i == child.i:
            heads.append(child)
        elif child.dep_ == "acl" and child.left_edge.lower_ == "to" and _is_infinitive(child):
            heads.append(child)  # "her decision [to run]", "their refusal [to negotiate]"
        elif child.dep_ == "prep" and child.lower_ in NOUN_CONTENT_PREPOSITIONS:
            objects = [c for c in child.children if c.dep_ in {"pobj", "pcomp"}]
            heads.extend(objects)
    return heads


# Prepositions after a predicative adjective that carry an attitude's object ("skeptical of", "angry at").
ADJECTIVE_CONTENT_PREPOSITIONS = {"of", "about", "over", "with", "at", "to", "toward", "towards", "on", "for"}


def adjective_content_heads(adjective: Token) -> list[Token]:
    """What a predicative adjective is about: "were skeptical [of her opposition]", "is confident [that
    ...]", "was eager [to run]". Only an adjective predicated of a subject (``acomp``), whose holder is
    that subject."""
    if adjective.dep_ != "acomp":
        return []
    heads = []
    for child in adjective.rights:
        if child.dep_ in {"ccomp", "xcomp"}:
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in ADJECTIVE_CONTENT_PREPOSITIONS:
            heads.extend(c for c in child.children if c.dep_ in {"pobj", "pcomp"})
    return heads


def candidate_heads(token: Token) -> list[Token]:
    """The content heads of ``token`` if it is a possible cue (a verb, noun or predicative adjective with
    content), else []."""
    if token.pos_ in {"VERB", "AUX"}:
        return verb_content_heads(token)
    if token.pos_ == "NOUN":
        return noun_content_heads(token)
    if token.pos_ == "ADJ":
        return adjective_content_heads(token)
    return []


def cue_holder(token: Token) -> Token | None:
    """Who holds the attitude of a learned cue that is a noun ("his criticism") or adjective ("they were
    skeptical"); None for verbs, whose speaker the rules find."""
    if token.pos_ == "NOUN":
        return noun_speaker(token)
    if token.pos_ == "ADJ":
        return _subject(token.head)
    return None


def noun_speaker(noun: Token) -> Token | None:
    """The holder of a noun cue: "Trump's criticism", "their criticism", "criticism by the senator"."""
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "from"}:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _subject(token: Token) -> Token | None:
    return next((child for child in token.children if child.dep_ in _SUBJECTS), None)


_FUNCTION_POS = {"SCONJ", "ADP", "PART", "PRON", "DET", "ADV", "CCONJ"}
# Pronouns and nouns that stand for people or organisations, who hold attitudes and make statements.
_PERSON_PRONOUNS = {"i", "you", "he", "she", "we", "they", "who", "everyone", "someone", "nobody"}


def _speaker_kind(speaker: Token) -> str:
    """A coarse class of a cue's subject: a person or group (by entity or pronoun), another entity, or a thing."""
    if speaker.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
        return speaker.ent_type_
    if speaker.pos_ == "PRON":
        return "person_pronoun" if speaker.lower_ in _PERSON_PRONOUNS else "pronoun"
    if speaker.pos_ == "PROPN":
        return "name"
    return "noun"


def cue_features(token: Token, heads: list[Token], under_cue: bool = False) -> list[str]:
    """Names of the parse features of candidate cue ``token`` with content ``heads``; ``under_cue``
    when it lies in the content of a cue the rules found ("said [her criticism of ...]")."""
    lemma = token.lemma_.lower()
    governor = token.head
    features = [
        "bias",
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"lemma|dep={lemma}|{token.dep_}",
        f"head={governor.lemma_.lower()}",
        f"head_pos={governor.pos_}",
    ]
    features.append(f"lemma|tag={lemma}|{token.tag_}")  # "wants" vs "wanted" vs "wanting"
    for head in heads:
        features.append(f"content={head.dep_}")
        features.append(f"dep|content={token.dep_}|{head.dep_}")
        features.append(f"lemma|content={lemma}|{head.dep_}")
        features.append(f"content_pos={head.pos_}")
        if head.dep_ == "pobj":
            preposition = head.head.lower_
            features.append(f"content_prep={preposition}")
            features.append(f"lemma|prep={lemma}|{preposition}")
    for child in token.children:
        features.append(f"child={child.dep_}")
        if child.dep_ in {"aux", "auxpass", "neg", "prt"}:
            features.append(f"{child.dep_}={child.lower_}")
    speaker = _subject(token) if token.pos_ in {"VERB", "AUX"} else cue_holder(token)
    if speaker is None:
        features.append("no_speaker")
        features.append(f"lemma|speaker={lemma}|-")
    else:
        kind = _speaker_kind(speaker)
        features.append(f"speaker_pos={speaker.pos_}")
        features.append(f"speaker_ent={speaker.ent_type_ or '-'}")
        features.append(f"speaker_kind={kind}")
        features.append(f"lemma|speaker={lemma}|{kind}")
        if speaker.pos_ in {"PRON", "NOUN"}:
            features.append(f"speaker_lemma={speaker.lemma_.lower()}")
    if speaker is None and token.dep_ == "conj" and token.pos_ in {"VERB", "AUX"}:
        # A conjoined verb shares its governor's subject ("[the bridge] was built ... and shows signs of
        # wear"): what that subject is tells a holder of attitudes from a thing, as a subject of its own does.
        shared = _subject(token.head)
        if shared is not None:
            features.append(f"conj_speaker_kind={_speaker_kind(shared)}")
            if shared.pos_ in {"PRON", "NOUN"}:
                features.append(f"conj_speaker_lemma={shared.lemma_.lower()}")
    if heads:
        first = heads[0].left_edge
        features.append(f"content_first={first.lower_ if first.pos_ in _FUNCTION_POS else first.pos_}")
        features.append(f"lemma|content_first={lemma}|{first.lower_ if first.pos_ in _FUNCTION_POS else first.pos_}")
        size = sum(1 for _ in heads[-1].subtree)
        features.append(f"content_size={min(size, 12) // 3}")
    if token.i > 0:
        features.append(f"prev={token.nbor(-1).lower_}")
    if token.i + 1 < len(token.doc):
        features.append(f"next={token.nbor(1).lower_}")
    if under_cue:
        features.append("under_cue")
        features.append(f"under_cue|pos={token.pos_}")
    if token.is_title and token.i > 0 and not token.is_sent_start:
        features.append("title_case")  # headlines: "Clinton Campaign Wants A Progressive Chair"
    return features


# Prefix of the dense features (one per dimension of the lemma's vector) in the build script's rows.
LEMMA_VECTOR = "lemma_vector"


@lru_cache(maxsize=8192)
def lemma_vector(lemma: str) -> tuple[float, ...]:
    """The static word vector of a cue lemma, once per lemma (the candidates of an article share few)."""
    return tuple(float(x) for x in sentence_vectors([lemma])[0])


def lemma_vector_features(token: Token) -> dict[str, float]:
    """The dense features of a candidate as the build script fits them: ``lemma_vector=I`` -> value."""
    return {f"{LEMMA_VECTOR}={i}": x for i, x in enumerate(lemma_vector(token.lemma_.lower())) if x}


# Key in ``pos_thresholds`` for verbs whose content is a clause (``ccomp``).
CLAUSE_VERB = "VERB+ccomp"


@dataclass(slots=True)
class CueModel:
    """Logistic-regression weights over ``cue_features`` names, and the decision threshold; a part of
    speech may have a threshold of its own (``pos_thresholds``, e.g. nouns: "his criticism of ..."), and so
    may verbs with a clause for content (key ``CLAUSE_VERB``); ``vector_weights`` weigh the dimensions
    of the cue lemma's vector (empty: a model fitted without them)."""

    weights: dict[str, float]
    threshold: float
    pos_thresholds: dict[str, float] = field(default_factory=dict)
    vector_weights: tuple[float, ...] = ()
    # The lemma vector's part of the score, once per lemma: a dictionary look-up per candidate after that.
    _lemma_scores: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    def probability(self, features: list[str], lemma: str | None = None) -> float:
        # The same sum, in the same order, without a generator step per feature.
        score = sum(map(self.weights.get, features, repeat(0.0, len(features))))
        if self.vector_weights and lemma is not None:
            score += self._lemma_score(lemma)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def _lemma_score(self, lemma: str) -> float:
        score = self._lemma_scores.get(lemma)
        if score is None:
            score = self._lemma_scores[lemma] = sum(map(float.__mul__, self.vector_weights, lemma_vector(lemma)))
        return score

    def threshold_for(self, token: Token, heads: list[Token] | None = None) -> float:
        if token.pos_ in {"VERB", "AUX"} and heads and any(head.dep_ == "ccomp" for head in heads):
            # A verb with a clause for its content ("fears [that ...]", "thinks [he can win]") reports a
            # proposition, so a lower score is enough (chosen on held-out train articles 600-720).
            return self.pos_thresholds.get(CLAUSE_VERB, self.threshold)
        return self.pos_thresholds.get(token.pos_, self.threshold)

    def is_cue(self, token: Token, heads: list[Token], under_cue: bool = False) -> bool:
        probability = self.probability(cue_features(token, heads, under_cue), token.lemma_.lower())
        return probability >= self.threshold_for(token, heads)


class CueModelError(RuntimeError):
    """The shipped cue model file is missing or malformed."""


def read_cue_model(path: Path) -> CueModel:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        by_pos = {str(k): float(v) for k, v in raw.get("pos_thresholds", {}).items()}
        vector = tuple(float(v) for v in raw.get("vector_weights", ()))
        return CueModel({str(k): float(v) for k, v in raw["weights"].items()}, float(raw["threshold"]), by_pos, vector)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise CueModelError(f"cannot read the cue model {path}: {error}") from None


@lru_cache(maxsize=1)
def shipped_cue_model() -> CueModel | None:
    """The model shipped with sitrep, or None when it is absent (the rules still run)."""
    if not MODEL_PATH.exists():
        return None
    return read_cue_model(MODEL_PATH)

"""Pronouns read from the sentence's own structure before the article's recency order.

A pronoun that is the subject of a clause hanging off another clause usually means that clause's
subject: "the group said it had killed ten", "Pakistani authorities reported the convoy was passing
through Kalat when it came under attack" (it = the convoy, no actor), "the militants blew up the tracks,
bringing the train to a halt in a tunnel, where they stormed it". The nearest governing subject that
agrees in number and kind is taken; when none agrees, the caller falls back on recency.

An object pronoun never means the subject of its own clause ("they shot them").
"""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})
# A possessive stands for what its subject pronoun would: "the chief said his forces" is "he" owning them.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "its": "it", "their": "they"}
OBJECT_PRONOUNS = frozenset({"him", "her", "it", "them"})
_PERSONAL = frozenset({"he", "she"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative"})
_SINGULAR_TAGS = frozenset({"NN", "NNP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_MAX_CLIMB = 8
# Singular nouns that name a body, never a "he" or "she".
_INSTITUTIONS = frozenset(
    {"ministry", "government", "army", "military", "court", "police", "agency", "group", "country", "state",
     "company", "party", "council", "committee", "administration", "office", "department", "embassy", "force",
     "militia", "movement", "organisation", "organization", "alliance", "union", "parliament", "cabinet"}
)  # fmt: skip


def own_subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in _SUBJECT_DEPS), None)


def governing_subject(pronoun: Token) -> Token | None:
    """The subject of the nearest governing clause that agrees with a subject pronoun; None if none does.

    Only the clauses above the pronoun's own clause count (a clause of its own is no antecedent), and
    only within the sentence.
    """
    word = pronoun.lower_
    if word not in SUBJECT_PRONOUNS or pronoun.dep_ not in _SUBJECT_DEPS:
        return None
    return _governing(pronoun.head, word)


def governing_owner(possessive: Token) -> Token | None:
    """The same for a possessive on a clause's subject: "the Afghan army chief said his forces had killed"
    (his = the chief, not a man named earlier in the story); None if no governing subject agrees."""
    word = POSSESSIVE_PRONOUNS.get(possessive.lower_)
    owned = possessive.head
    if word is None or possessive.dep_ != "poss" or owned.dep_ not in _SUBJECT_DEPS:
        return None
    return _governing(owned.head, word)


def _governing(clause: Token, word: str) -> Token | None:
    node = clause
    for _ in range(_MAX_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            continue
        subject = own_subject(node)
        if subject is not None and _agrees(word, subject):
            return subject
    return None


def agrees(pronoun: Token, subject: Token) -> bool:
    """Whether a subject can be what the pronoun stands for, by number and person/thing."""
    return _agrees(pronoun.lower_, subject)


def _agrees(word: str, subject: Token) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ == word or (word == "it" and subject.lower_ == "it")
    plural = subject.tag_ in _PLURAL_TAGS or any(child.dep_ == "conj" for child in subject.children)
    if word == "they":
        return plural
    if plural or subject.tag_ not in _SINGULAR_TAGS:
        return False
    person = subject.ent_type_ == "PERSON"
    if word in _PERSONAL:
        # "the judge said he": a common noun may be a person, unless it names a body or a place
        return person or (
            subject.tag_ == "NN" and not subject.ent_type_ and subject.lemma_.casefold() not in _INSTITUTIONS
        )
    return not person


def object_of_own_clause(pronoun: Token) -> Token | None:
    """The subject of the clause an object pronoun sits in: the one it cannot mean ("they shot them")."""
    if pronoun.lower_ not in OBJECT_PRONOUNS or pronoun.dep_ not in _OBJECT_DEPS:
        return None
    verb = pronoun.head
    if pronoun.dep_ == "pobj":
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subject = own_subject(verb)
    if subject is None or subject.dep_ != "nsubj":
        return None
    return subject


FIRST_PERSON = frozenset({"we", "i", "our", "my", "us", "me"})
_PLURAL_FIRST_PERSON = frozenset({"we", "our", "us"})
# Verbs that attribute a quotation to its speaker: "'We reject ...,' the spokesperson said".
SPEECH_VERBS = frozenset(
    {"say", "tell", "add", "state", "declare", "write", "post", "insist", "warn", "announce", "stress", "note",
     "explain", "claim", "assert", "confirm", "vow", "pledge", "tweet"}
)  # fmt: skip


def quoted_speaker(pronoun: Token) -> Token | None:
    """The speaker a first-person pronoun in a quotation stands for: "'We reject the allegations,' the
    spokesperson said" (we = the spokesperson's side), "'Our forces killed six,' he said".

    Only a quotation attributed in the same sentence counts: the pronoun's clause hangs, through at most a
    few heads, off a verb of saying whose subject is not itself first or second person.
    """
    if pronoun.lower_ not in FIRST_PERSON:
        return None
    node = pronoun
    for _ in range(_MAX_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ not in {"VERB", "AUX"} or node.lemma_.casefold() not in SPEECH_VERBS:
            continue
        subject = own_subject(node)
        if subject is None or subject.i == pronoun.i or subject.lower_ in FIRST_PERSON | {"you"}:
            continue
        if not _quoted_between(pronoun, node):
            continue
        return subject
    return None


def speaks_for_a_side(pronoun: Token) -> bool:
    """'we' and 'our' speak for the speaker's side, 'I' and 'my' for the speaker alone."""
    return pronoun.lower_ in _PLURAL_FIRST_PERSON


def _quoted_between(pronoun: Token, verb: Token) -> bool:
    """Whether a quotation mark separates the pronoun from the verb of saying (the words are quoted)."""
    low, high = sorted((pronoun.i, verb.i))
    doc = pronoun.doc
    return any(doc[i].is_quote for i in range(max(low - 1, doc[low].sent.start), high))


def previous_subject(pronoun: Token) -> Token | None:
    """The subject of the previous sentence's main clause, when a subject pronoun starts a clause with no
    governing subject of its own: "Gunmen took the passengers off the bus. They shot them." (they = the
    gunmen, not the passengers named last). None when it does not agree or the pronoun is no subject."""
    if pronoun.lower_ not in SUBJECT_PRONOUNS or pronoun.dep_ not in _SUBJECT_DEPS:
        return None
    sentence = pronoun.sent
    if sentence.start == 0:
        return None
    previous = pronoun.doc[sentence.start - 1].sent
    subject = own_subject(previous.root)
    if subject is None or subject.dep_ != "nsubj" or subject.pos_ == "PRON" or not agrees(pronoun, subject):
        return None  # a pronoun there was itself resolved by recency; a chain of them is left to it
    return subject

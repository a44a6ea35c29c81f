"""How many were killed, injured, captured or displaced, read from the parse of a clause.

A *cue* is a word that reports a toll: a verb ("killing", "were wounded", "fled"), an adjective
("12 dead", "left two injured") or a toll noun ("the death toll rose to 40"). The count is read from the
phrase the cue is about: the object of an active verb, the subject of a passive or intransitive one.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from sitrep.events.numbers import Count, parse_count
from sitrep.model import Size

# verb lemma -> the Size field its object (or passive subject) counts
VERB_CUES: dict[str, str] = {
    "kill": "dead", "die": "dead", "perish": "dead", "execute": "dead", "massacre": "dead", "slay": "dead",
    "murder": "dead", "behead": "dead", "lynch": "dead",
    "wound": "injured", "injure": "injured", "hurt": "injured", "maim": "injured",
    "capture": "captured", "arrest": "captured", "detain": "captured", "abduct": "captured",
    "kidnap": "captured", "apprehend": "captured", "seize": "captured", "imprison": "captured",
    "displace": "displaced", "flee": "displaced", "uproot": "displaced", "evacuate": "displaced",
}  # fmt: skip
ADJECTIVE_CUES: dict[str, str] = {"dead": "dead", "injured": "injured", "wounded": "injured", "displaced": "displaced"}
NOUN_CUES: dict[str, str] = {
    "death": "dead", "fatality": "dead", "casualty": "dead", "body": "dead",
    "injury": "injured", "refugee": "displaced",
}  # fmt: skip
# Nouns a count of people can stand on; "12 villages were captured" is not 12 people captured.
PEOPLE = frozenset(
    {"people", "person", "civilian", "soldier", "troop", "fighter", "militant", "rebel", "guard", "officer",
     "policeman", "police", "child", "woman", "man", "resident", "villager", "protester", "demonstrator",
     "student", "worker", "member", "servicemen", "serviceman", "journalist", "passenger", "pilgrim",
     "worshipper", "insurgent", "prisoner", "hostage", "migrant", "refugee", "family", "patient", "teenager",
     "boy", "girl", "personnel", "mercenary", "marine", "sailor", "crew", "staff", "inhabitant", "national",
     "citizen", "farmer", "miner", "employee", "suspect", "jihadist", "gunman", "attacker", "bystander",
     "individual", "casualty", "victim", "body", "pupil", "infant", "baby", "activist", "dozen", "hundred",
     "thousand", "million", "score", "others", "other", "militiaman", "combatant", "recruit", "settler",
     "opponent", "supporter", "leader", "commander", "official", "peacekeeper", "paramedic", "doctor",
     "nurse", "tourist", "foreigner", "group", "number", "dozens", "hundreds", "thousands", "scores"}
)  # fmt: skip
_QUANTITY_HEADS = frozenset({"dozen", "hundred", "thousand", "million", "score", "number", "group", "ten", "tens"})
_SINGULAR_DETERMINERS = frozenset({"a", "an", "one"})


def count_of_phrase(head: Token) -> Count | None:
    """The count of people a noun phrase names: "at least 12 people", "dozens of soldiers", "a soldier"."""
    if head.pos_ == "NUM" or head.like_num:
        return parse_count(_number_words(head))
    lemma = head.lemma_.casefold()
    if lemma in _QUANTITY_HEADS or head.lower_ in {"dozens", "hundreds", "thousands", "scores", "millions"}:
        count = parse_count(_number_words(head))
        if count is not None:
            return count
    if lemma not in PEOPLE and head.pos_ not in {"PROPN"}:
        return None
    for child in head.children:
        if child.dep_ in {"nummod", "quantmod"} or (child.dep_ == "amod" and child.like_num):
            count = parse_count(_number_words(child))
            if count is not None:
                return count
        if child.dep_ == "prep" and child.lower_ == "of" and lemma in _QUANTITY_HEADS:
            continue
    determiners = {child.lower_ for child in head.children if child.dep_ == "det"}
    if head.tag_ in {"NN", "NNP"} and determiners & _SINGULAR_DETERMINERS:
        return Count(1, False)
    if head.tag_ == "NNP" and head.ent_type_ == "PERSON":
        return Count(1, False)
    return None


def _number_words(token: Token) -> list[str]:
    """The words of a number phrase: the number, its modifiers and the hedges just before it."""
    doc = token.doc
    parts = [t for t in token.subtree if t.i <= token.i or t.dep_ in {"nummod", "quantmod", "compound"}]
    start = min(t.i for t in parts)
    # Hedges before the phrase that the parser attached elsewhere ("more than 12", "nearly two dozen").
    while start > 0 and doc[start - 1].lower_ in {
        "least",
        "than",
        "over",
        "about",
        "around",
        "nearly",
        "almost",
        "some",
        "roughly",
        "approximately",
        "to",
        "estimated",
    }:
        start -= 1
    words = [doc[i].text for i in range(start, token.i + 1)]
    if "tens" in {w.lower() for w in words} or token.lower_ in {"tens", "hundreds"}:
        # "tens of thousands": the phrase continues past "of"
        tail = [t.text for t in token.subtree if t.i > token.i and t.lower_ in {"of", "thousands", "millions"}]
        words.extend(tail)
    return words


def _counted_phrases(cue: Token) -> Iterable[Token]:
    """The noun phrases a cue word reports on."""
    if cue.pos_ in {"VERB", "AUX"} or cue.tag_.startswith("VB"):
        passive = any(child.dep_ in {"auxpass", "nsubjpass"} for child in cue.children)
        for child in cue.children:
            if (
                (passive and child.dep_ == "nsubjpass")
                or (not passive and child.dep_ == "dobj")
                or (not passive and child.dep_ == "nsubj" and cue.lemma_ in {"die", "perish", "flee"})
                or (child.dep_ == "nsubj" and cue.tag_ == "VBN" and child.like_num)
            ):
                yield child
        if cue.dep_ in {"acl", "amod"} and cue.tag_ == "VBN":  # "12 people killed in the raid"
            yield cue.head
        if cue.dep_ == "relcl":  # "soldiers who were killed"
            yield cue.head
    elif cue.pos_ == "ADJ":
        if cue.dep_ == "amod":
            yield cue.head
        for child in cue.children:
            if child.dep_ in {"nummod", "npadvmod", "nsubj"}:
                yield child
        if cue.dep_ in {"acomp", "oprd", "ccomp", "xcomp"}:
            for sibling in cue.head.children:
                if sibling.dep_ in {"dobj", "nsubj", "nsubjpass"}:
                    yield sibling
    elif cue.pos_ in {"NOUN", "PROPN"}:
        for child in cue.children:
            if child.dep_ == "nummod":
                yield child
        # "the death toll rose to 40", "deaths reached 12"
        head = cue.head
        if cue.dep_ in {"nsubj", "compound"}:
            verb = head if cue.dep_ == "nsubj" else head.head
            for child in verb.children:
                if child.dep_ == "prep" and child.lower_ in {"to", "at"}:
                    yield from (grand for grand in child.children if grand.dep_ == "pobj")
                elif child.dep_ in {"dobj", "attr"}:
                    yield child


def cue_field(token: Token) -> str | None:
    """Which Size field a word reports, if it is a toll cue."""
    lemma = token.lemma_.casefold()
    if token.tag_.startswith("VB") and lemma in VERB_CUES:
        return VERB_CUES[lemma]
    if token.pos_ == "ADJ" and token.lower_ in ADJECTIVE_CUES:
        return ADJECTIVE_CUES[token.lower_]
    if token.pos_ == "VERB" and token.lower_ in {"dead", "injured", "wounded"}:
        return ADJECTIVE_CUES[token.lower_]
    if token.pos_ == "NOUN" and lemma == "toll":
        compounds = {child.lemma_ for child in token.children if child.dep_ in {"compound", "amod"}}
        return "injured" if "injury" in compounds else "dead"
    if token.pos_ == "NOUN" and lemma in NOUN_CUES:
        return NOUN_CUES[lemma]
    return None


def read_cue(cue: Token) -> tuple[str, Count] | None:
    """(Size field, count) that a cue word reports, or ``None`` when no count is given."""
    field = cue_field(cue)
    if field is None:
        return None
    for phrase in _counted_phrases(cue):
        count = count_of_phrase(phrase)
        if count is not None and count.value > 0:
            return field, _with_conjuncts(phrase, count)
    return None


def _with_conjuncts(phrase: Token, count: Count) -> Count:
    """'four children and a man': people joined by "and" add up (not those joined by "or")."""
    if phrase.i != min([phrase.i, *(c.i for c in phrase.conjuncts)]):
        return count  # the first conjunct carries the sum
    words = {child.lower_ for conjunct in (phrase, *phrase.conjuncts) for child in conjunct.children}
    if not phrase.conjuncts or words & {"or", "nor"}:
        return count
    total, approximate = count.value, count.approximate
    for conjunct in phrase.conjuncts:
        other = count_of_phrase(conjunct)
        if other is None or other.value <= 0:
            continue
        total += other.value
        approximate = approximate or other.approximate
    return Count(total, approximate)


def add_count(size: Size, field: str, count: Count) -> None:
    """Add a count to a Size; the larger reading of the same field wins (it is the later, fuller toll)."""
    current = getattr(size, field)
    if current is None or count.value > current:
        setattr(size, field, count.value)
        size.approximate = size.approximate or count.approximate


def sizes_of(tokens: Iterable[Token]) -> Size:
    """The Size reported by the cue words among ``tokens`` (e.g. one clause)."""
    size = Size()
    for token in tokens:
        reading = read_cue(token)
        if reading is not None:
            add_count(size, *reading)
    return size

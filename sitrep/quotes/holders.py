"""Who can hold an attitude: the check on a learned attitude's holder.

The learned cue model (``learned.py``) scores a word as an attitude or report cue ("wants", "opposition",
"commitment", "sees") from its parse, and the holder is then read off the parse: the verb's subject, the
noun's possessor or the subject of the verb the noun hangs from. News text is full of the same words with
things and times where the holder should be: "the past few weeks have seen ...", "airport hotels have seen
a surge", "the doldrums deprive ...", "the growing popularity of dog meat stands in opposition to ...",
"extended deterrence involves a commitment to ...". So:

* a verb cue whose active subject is a time, or a common noun that names neither a person or group
  ("officials", "the campaign", "naysayers") nor a text or record that states things ("a poll shows",
  "the report found", "the numbers suggest"), is no attitude at all, and is dropped; raising verbs
  ("the race seems to tighten") are left alone, their subject is what they are about, and PolNeAR's
  annotators take them as attributions with no source;
* a noun or adjective cue whose holder is such a thing keeps the attitude (someone criticised the policy
  "the rising price sparked criticism of") but not the thing as its holder: it takes the people it is
  "among" ("a consensus among experts") or none.

Names (proper nouns, named entities) and pronouns are always accepted: whether "Nigeria" sees or "Malawi"
avoids something is a question about the cue, not the holder. A noun neither list names is placed by its
static word vector between the two ends, people and things. PolNeAR's annotators take much of what a
stricter reader would drop as attributions with no source ("concerns that ...", "many protest"): attitudes
with no holder at all, or a bare quantity as holder, are kept (dropping them cost 0.001-0.002 per-attribution
F1 on the train slices).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from sitrep.quotes.learned import lemma_vector

_SECTORS = Path(__file__).resolve().parents[1] / "data" / "actors" / "sectors.tsv"

# Entity types of names that can hold a view (people, organisations, groups, states).
_HOLDER_ENTITIES = {"PERSON", "ORG", "NORP", "GPE"}
# Entity types of times, which witness things but hold no view ("this week sees more meetings").
_TIMES = {"DATE", "TIME"}
_WITNESS = {"see", "witness", "bring", "mark"}

# Verbs whose subject is what they are about, not who holds the view ("the race seems [to tighten]",
# "Pyongyang appears [to be preparing]"): PolNeAR takes these as attributions with no source.
# So are verbs whose subject is the view itself ("a furor arose over ...", "the realization dawned that ...").
_RAISING = {
    "seem", "appear", "look", "sound", "prove", "remain", "arise", "dawn", "emerge", "grow", "mount", "swirl",
    "spread",
}

# Common nouns for people and groups that hold views, beyond the sector lexicon (which names parts of a
# state or society: "officials", "soldiers", "the ministry"). Singular lemmas.
_PEOPLE = {
    "person", "people", "man", "woman", "men", "women", "child", "youth", "family", "parent", "mother", "father",
    "son", "daughter", "wife", "husband", "brother", "sister", "friend", "neighbor", "neighbour", "citizen",
    "resident", "local", "villager", "public", "crowd", "audience", "community", "population", "majority",
    "minority", "electorate", "generation", "voter", "supporter", "backer", "ally", "opponent", "critic", "rival",
    "fan", "candidate", "nominee", "contender", "incumbent", "challenger", "leader", "chief", "head", "member",
    "official", "aide", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "representative",
    "delegate", "lawmaker", "legislator", "politician", "senator", "congressman", "governor", "mayor",
    "president", "minister", "secretary", "diplomat", "ambassador", "envoy", "judge", "justice", "court",
    "prosecutor", "lawyer", "attorney", "counsel", "expert", "analyst", "observer", "commentator", "pundit",
    "strategist", "economist", "scientist", "researcher", "scholar", "historian", "academic", "professor",
    "teacher", "student", "doctor", "nurse", "journalist", "reporter", "editor", "columnist", "writer", "author",
    "host", "anchor", "activist", "advocate", "campaigner", "organizer", "organiser", "protester", "protestor",
    "demonstrator", "worker", "employee", "staff", "staffer", "manager", "director", "executive", "owner",
    "founder", "chairman", "chairwoman", "chair", "investor", "businessman", "entrepreneur", "farmer", "trader",
    "seller", "buyer", "consumer", "customer", "user", "viewer", "reader", "listener", "participant",
    "respondent", "witness", "victim", "survivor", "refugee", "migrant", "veteran", "soldier", "officer",
    "commander", "general", "fighter", "militant", "rebel", "insurgent", "negotiator", "mediator", "monitor",
    "inspector", "investigator", "operative", "insider", "source", "partner", "colleague",
    "associate", "team", "group", "party", "camp", "side", "faction", "wing", "bloc", "coalition", "alliance",
    "union", "movement", "campaign", "organization", "organisation", "agency", "body", "board", "panel",
    "committee", "commission", "council", "assembly", "parliament", "congress", "legislature", "government",
    "administration", "authority", "state", "country", "nation", "city", "company", "firm", "business",
    "industry", "bank", "network", "outlet", "newspaper", "paper", "magazine", "medium", "media", "press",
    "office", "department", "ministry", "institute", "foundation", "university", "school", "leadership",
    "establishment", "elite", "other", "others", "one", "none", "circle", "checker", "everyone",
    "everybody", "anyone", "someone", "nobody",
}

# Texts, records and figures that state, show or find things: PolNeAR's annotators take them as sources
# ("a poll shows", "the report found", "the results suggest", "records show").
_TEXTS = {
    "poll", "polling", "survey", "report", "study", "research", "analysis", "review", "assessment", "estimate",
    "projection", "forecast", "index", "ranking", "data", "datum", "figure", "number", "count", "tally",
    "statistic", "result", "finding", "evidence", "record", "document", "paper", "letter", "memo", "email",
    "message", "statement", "release", "speech", "interview", "transcript", "tweet", "post", "ad",
    "advertisement", "video", "footage", "photo", "image", "book", "article", "story", "editorial", "column",
    "headline", "website", "site", "page", "account", "blog", "filing", "complaint", "lawsuit", "suit",
    "indictment", "ruling", "verdict", "order", "decision", "law", "bill", "legislation", "rule", "regulation",
    "constitution", "treaty", "agreement", "resolution", "declaration", "proposal", "plan", "platform",
    "policy", "guideline", "investigation", "inquiry", "summary", "list", "map", "chart", "model", "test",
    "tracker", "average", "version", "copy", "note", "sign", "placard", "petition", "manifesto", "program",
    "programme", "budget", "draft", "text", "response", "reply", "reaction", "remark", "comment", "talk",
    "whisper", "whispering", "word",
}


# Things, abstract and concrete, that hold no view: with the people above, the two ends a noun no list
# names is placed between by its word vector ("naysayers", "pediatrician" near the people; "popularity",
# "transponder" near the things).
_THINGS = {
    "thing", "idea", "issue", "matter", "popularity", "deterrence", "mineral", "hotel", "device", "code",
    "doldrums", "potential", "race", "emphasis", "tension", "success", "size", "strategy", "climate",
    "uncertainty", "factor", "timing", "attack", "clash", "process", "practice", "style", "character",
    "relationship", "shift", "view", "fallout", "strength", "firepower", "tax", "suspension", "show", "line",
    "clock", "demeanor", "island", "place", "death", "dilemma", "conversation", "closure", "station",
    "job", "brain", "furor", "reason", "time", "weather", "economy", "market", "price", "water", "road",
    "building", "car", "computer", "term", "charge", "deal", "form", "growth", "crisis", "war", "trend", "rise",
    "fall", "increase", "decline", "event", "situation", "problem", "risk", "threat", "effect", "impact",
}
# How much nearer the people a noun's vector must be than the things (mean of the five nearest of each).
_PERSON_MARGIN = 0.02
_NEAREST = 5


@lru_cache(maxsize=1)
def _poles() -> tuple[np.ndarray, np.ndarray]:
    return _unit(sorted(_PEOPLE)), _unit(sorted(_THINGS))


def _unit(lemmas: list[str]) -> np.ndarray:
    matrix = np.array([lemma_vector(lemma) for lemma in lemmas], dtype=np.float32)
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)


@lru_cache(maxsize=4096)
def _near_people(lemma: str) -> bool:
    """Whether the lemma's static vector lies nearer the people than the things."""
    vector = np.array(lemma_vector(lemma), dtype=np.float32)
    norm = float(np.linalg.norm(vector))
    if norm == 0.0:
        return True  # no vector: no ground to call it a thing
    people, things = _poles()
    near_people = np.sort(people @ (vector / norm))[-_NEAREST:].mean()
    near_things = np.sort(things @ (vector / norm))[-_NEAREST:].mean()
    return bool(near_people - near_things > _PERSON_MARGIN)


@lru_cache(maxsize=1)
def _sector_nouns() -> frozenset[str]:
    """Every word of the sector lexicon's phrases ("armed forces", "police", "officials"): the parts of a
    state or society that act and speak."""
    words: set[str] = set()
    for line in _SECTORS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase = line.split("\t", 1)[0]
        words.update(phrase.lower().split())
    return frozenset(words)


def _can_hold(noun: Token) -> bool:
    """A common noun that names a person, a group or a text that states things."""
    lemma = noun.lemma_.lower()
    word = noun.lower_
    if lemma in _PEOPLE or lemma in _TEXTS or word in _PEOPLE or word in _TEXTS:
        return True
    if lemma in _THINGS:
        return False
    sectors = _sector_nouns()
    return word in sectors or lemma in sectors or _near_people(lemma)


def checked_holder(cue: Token, holder: Token | None) -> tuple[Token | None, bool]:
    """The holder of a learned attitude ``cue`` once checked, and whether the attitude is dropped.

    A verb whose subject is a thing or a time is no attitude at all ("the doldrums deprive ...", "the past
    few weeks have seen ...", "a computer stumped ..."): dropped. A noun or adjective cue whose holder the
    parse found in a thing ("the popularity of dog meat [drew] opposition", "the clash raised doubts") is
    still an attitude, held by someone the sentence may not name: kept, with the people it is "among" as
    holder ("a consensus among experts", "skepticism among U.S. allies"), or none."""
    if holder is None:
        return _among(cue), False
    reason = no_holder_reason(cue, holder)
    if reason is None:
        return holder, False
    if reason == "itself" or cue.pos_ not in {"VERB", "AUX"}:
        return _among(cue), False
    return None, True


def _among(cue: Token) -> Token | None:
    """The people a noun cue is "among" ("a consensus [among experts]"), if they can hold a view."""
    if cue.pos_ != "NOUN":
        return None
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ == "among":
            for whose in child.children:
                if whose.dep_ == "pobj" and _person_like(whose):
                    return whose
    return None


def no_holder_reason(cue: Token, holder: Token | None) -> str | None:
    """Why ``holder`` holds no attitude of ``cue``: "itself", "time" or "thing"; None if it can."""
    if holder is None:
        return None
    if holder.i == cue.i:
        return "itself"  # "concerns [over ...] grew": the cue is its own subject
    if holder.ent_type_ in _TIMES and cue.lemma_.lower() in _WITNESS:
        return "time"  # "the past few weeks have seen ...", "this week sees ..."
    if holder.ent_type_ or holder.pos_ != "NOUN":
        return None
    if holder.is_title and not holder.is_sent_start:
        return None  # a name the tagger took for a noun ("Sanders", "Hannity")
    if cue.pos_ in {"VERB", "AUX"} and (holder.dep_ != "nsubj" or cue.lemma_.lower() in _RAISING):
        return None
    if _can_hold(holder) or _of_holder(holder):
        return None
    return "thing"


def _of_holder(noun: Token) -> bool:
    """ "a lot [of voters]", "the bulk [of the party]": a share of someone who can hold a view."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of" and any(
                whose.dep_ == "pobj" and _person_like(whose) for whose in child.children):
            return True
    return False


def _person_like(token: Token) -> bool:
    """A name, a pronoun or a common noun that can hold a view."""
    if token.ent_type_ in _HOLDER_ENTITIES or token.pos_ in {"PROPN", "PRON"}:
        return True
    return token.pos_ == "NOUN" and not token.ent_type_ and _can_hold(token)

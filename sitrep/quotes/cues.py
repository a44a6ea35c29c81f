"""Cue words that introduce a statement, and what each takes as its content.

Three kinds of verb cue, by lemma:

- ``SPEECH``: verbs of saying. Their content is a clausal complement ("said
  that ..."), a quotation next to them, or (for verbs that take one) a direct
  object or infinitive ("condemned the attack", "urged both sides to ...").
- ``CLAUSAL``: verbs of knowing, finding and believing ("officials believe
  that ...", "the report found that ..."). They count as attribution only with
  a clausal complement, so "found the bodies" is not a statement.
- Multi-word prepositional cues: "according to X".

``OBJECT_CONTENT`` lists the speech verbs whose direct object, predicate
(``oprd``) or infinitive is the content; ``CONTENT_PREPOSITIONS`` the
prepositions that carry content for a verb ("called on ...", "accused X of ...").
"""

from __future__ import annotations

SPEECH: frozenset[str] = frozenset(
    {
        "say", "tell", "add", "warn", "call", "accuse", "insist", "write", "post", "tweet", "state",
        "announce", "claim", "deny", "note", "argue", "explain", "report", "ask", "urge", "condemn",
        "denounce", "threaten", "vow", "pledge", "promise", "confirm", "acknowledge", "admit", "reply",
        "respond", "declare", "stress", "emphasise", "emphasize", "maintain", "assert", "allege",
        "predict", "describe", "reiterate", "comment", "remark", "recall", "complain", "demand",
        "criticise", "criticize", "praise", "welcome", "reject", "dismiss", "caution", "concede",
        "contend", "counter", "appeal", "implore", "plead", "decry", "deplore", "blast", "slam",
        "charge", "brand", "label", "suggest", "agree", "repeat", "answer", "retort", "testify",
        "disclose", "reveal", "signal", "boast", "hail", "applaud", "commend", "endorse",
        "back", "support", "oppose", "express", "voice", "underline", "underscore", "highlight",
        "point", "mention", "proclaim", "affirm", "reaffirm", "protest", "lament",
        "order", "instruct", "refute", "rebut", "characterise", "characterize", "dub",
        "estimate", "forecast", "question", "continue", "chant", "joke", "quip", "muse",
        # Frequent attribution cues in PolNeAR's train split (share of their uses that are cues >= 0.4).
        "decline", "cite", "refuse", "blame", "portray", "echo", "tout", "list", "mock", "propose",
        "remind", "defend", "congratulate", "thank", "discuss", "press", "pressure",
        "refer", "view", "name", "issue", "remember", "offer",
        # Verbs of harsh criticism, all taking the criticised as object and the charge with "for".
        "castigate", "lambast", "lambaste", "rebuke", "berate", "excoriate", "chide", "censure",
    }
)

CLAUSAL: frozenset[str] = frozenset(
    {
        "believe", "think", "find", "show", "indicate", "fear", "hope", "expect", "know", "feel",
        "conclude", "determine", "suspect", "assume", "doubt", "worry", "acknowledge", "understand",
        "learn", "recognise", "recognize", "realise", "realize", "agree", "decide", "suggest", "imply",
        "estimate", "say", "predict", "insist", "want", "wish", "prove", "demonstrate", "confirm",
        "hop",  # spaCy's small model lemmatises "hopes" as "hop"
    }
)

# Verbs whose direct object / predicate / infinitive is the statement itself.
OBJECT_CONTENT: frozenset[str] = frozenset(
    {
        "call", "accuse", "announce", "claim", "deny", "urge", "condemn", "denounce", "threaten", "vow",
        "pledge", "promise", "confirm", "acknowledge", "admit", "declare", "allege", "predict",
        "describe", "reiterate", "demand", "criticise", "criticize", "praise", "welcome", "reject",
        "dismiss", "appeal", "implore", "decry", "deplore", "blast", "slam", "charge", "brand",
        "label", "disclose", "reveal", "hail", "applaud", "commend", "endorse", "back", "support",
        "oppose", "express", "voice", "ask", "warn", "tell", "refute", "rebut", "characterise",
        "characterize", "dub", "order", "instruct", "question", "protest", "lament", "reaffirm",
        "affirm", "stress", "emphasise", "emphasize", "underline", "underscore", "highlight", "signal",
        "estimate", "forecast", "plead", "decline", "cite", "refuse", "blame", "portray", "echo", "tout",
        "list", "mock", "propose", "remind", "defend", "congratulate", "thank", "discuss", "mention",
        "press", "pressure", "refer", "view", "name", "issue", "remember", "offer",
        "castigate", "lambast", "lambaste", "rebuke", "berate", "excoriate", "chide", "censure",
    }
)

# Verbs whose object is the person addressed, not what was said ("told reporters that ...").
ADDRESSEE_OBJECT: frozenset[str] = frozenset({"tell", "ask", "urge", "warn", "remind", "assure", "inform"})

CONTENT_PREPOSITIONS: dict[str, frozenset[str]] = {
    "call": frozenset({"on", "upon", "for"}),
    "accuse": frozenset({"of"}),
    "warn": frozenset({"of", "against", "about"}),
    "complain": frozenset({"about", "of"}),
    "appeal": frozenset({"for"}),
    "plead": frozenset({"for", "with"}),
    "agree": frozenset({"on", "to"}),
    "ask": frozenset({"for"}),
    "express": frozenset({"over", "about", "at"}),
    "voice": frozenset({"over", "about", "at"}),
    "point": frozenset(),
    "speak": frozenset({"of", "about"}),
    "insist": frozenset({"on"}),
    "brand": frozenset({"as"}),
    "describe": frozenset({"as"}),
    "characterise": frozenset({"as"}),
    "characterize": frozenset({"as"}),
    "dismiss": frozenset({"as"}),
    "condemn": frozenset({"as"}),
    "denounce": frozenset({"as"}),
    "label": frozenset({"as"}),
    "hail": frozenset({"as"}),
    "reject": frozenset({"as"}),
    "praise": frozenset({"as", "for"}),
    "criticise": frozenset({"for"}),
    "criticize": frozenset({"for"}),
    "blast": frozenset({"for", "as"}),
    "slam": frozenset({"for", "as"}),
    "thank": frozenset({"for"}),
    "blame": frozenset({"for"}),
    "congratulate": frozenset({"on", "for"}),
    "portray": frozenset({"as"}),
    "refer": frozenset({"to"}),
    "view": frozenset({"as"}),
    "commend": frozenset({"for"}),
    **dict.fromkeys(
        ("castigate", "lambast", "lambaste", "rebuke", "berate", "excoriate", "chide", "censure"),
        frozenset({"for", "over"}),
    ),
}

# Verbs whose object is content only with a predicate ("called the move reckless", "described it as"),
# not alone ("called the embassy", "hailed a taxi").
NEEDS_PREDICATE: frozenset[str] = frozenset(
    {"call", "describe", "brand", "label", "characterise", "characterize", "dub", "hail", "dismiss"}
)

# Verbs whose clausal complement is a question, not a statement ("asked if he had met ...").
QUESTION_VERBS: frozenset[str] = frozenset({"ask", "wonder", "question"})

# Cue verbs that only introduce a statement when a particle follows ("pointed out that").
NEEDS_PARTICLE: dict[str, str] = {"point": "out"}

# Verbs that, as cues for a quotation beside them, are safe without a complement.
QUOTATION_CUES: frozenset[str] = SPEECH - {"support", "back", "oppose", "order", "instruct", "continue"}


def is_cue_lemma(lemma: str) -> bool:
    return lemma in SPEECH or lemma in CLAUSAL

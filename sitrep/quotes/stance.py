"""The stance a statement takes, from its cue verb and its content, by rule.

Labels (one per statement, or ``None`` when the statement takes none of them):

- ``condemns``: denounces an act or actor (condemned, denounced, decried,
  accused X of ..., called it a war crime / barbaric / unacceptable).
- ``supports``: backs, welcomes or praises an actor, act or position.
- ``threatens``: the speaker announces or warns of harm or retaliation they
  (or their side) would inflict: "warned that Russia would respond",
  "vowed revenge", "all options are on the table".
- ``appeals``: calls on someone to act or refrain: urged, called on/for,
  appealed, demanded, "X must stop ...".
- ``denies``: denies an accusation, involvement or a reported fact, also when
  it calls the accusation itself a provocation ("dismissed the reports as a
  provocation").
- ``escalatory``: characterises something as an escalation or provocation
  ("called the incursion a major provocation", "a dangerous escalation").
- ``not_escalatory``: says something is not an escalation, or is defensive,
  limited or proportionate.
- ``concern``: expresses concern, alarm or worry, or warns of a danger that
  is not the speaker's own threat ("warned of a humanitarian catastrophe").

Precedence, most specific first: appeals (the cue says what is asked), then
a negated or plain escalation word in the content (not_escalatory,
escalatory), denies, condemns, threatens, concern, supports. ``about`` is the
thing the statement is about: the cue's object where it has one ("condemned
*the attack*", "called *the incursion* a provocation"; of a passive cue its
subject, "*Iranian operatives* were accused of"), else the subject of the
content clause, else the first noun phrase of the content.

A cue whose act the sentence withholds gives no stance (``withheld``): "has
never condemned", "has yet to condemn", "refused / failed to condemn",
"refrained from condemning", "stopped short of condemning", "condemned
neither side"; so does a word of condemnation in the content right after such
a word ("said it had refused to condemn the strike"). Support must be given,
not held or regretted ("have a commitment to the truth", "it was a mistake to
support ..."); "we need to ..." is the speaker's own resolve, no appeal; the
words of a charge ("alleged he posted 'provocative' messages") are no
characterisation of an act as escalatory.

The rules were written from general knowledge of how wire reports phrase
statements, before the evaluation set (data/evalsets/stance.jsonl) was
written; see BENCHMARKS.md for how they score.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.model import Stance
from sitrep.nlp.text import doc_text
from sitrep.quotes.cues import ADDRESSEE_OBJECT

LABELS: tuple[str, ...] = (
    "condemns", "supports", "threatens", "appeals", "denies", "escalatory", "not_escalatory", "concern",
)

_APPEAL_VERBS = {"urge", "implore", "appeal", "plead", "demand", "press", "exhort", "beg", "entreat", "pressure"}
_REQUEST_VERBS = {"ask", "tell", "call", "invite", "encourage"}  # appeals when followed by "to <verb>"
_DENY_VERBS = {"deny", "refute", "rebut"}
_REFUSAL_VERBS = {"refuse", "decline", "fail"}
_CONDEMN_VERBS = {
    "condemn", "denounce", "deplore", "decry", "slam", "blast", "criticise", "criticize", "castigate",
    "accuse", "lambast", "censure", "rebuke", "berate", "excoriate",
}
_THREAT_VERBS = {"threaten", "vow", "promise", "pledge", "swear"}
_CONCERN_VERBS = {"fear", "worry", "lament"}
_CHARGE_VERBS = {"allege", "accuse", "charge", "indict", "prosecute", "sentence", "convict"}
_SUPPORT_VERBS = {
    "support", "back", "endorse", "welcome", "praise", "hail", "applaud", "commend", "thank", "defend",
    "salute", "laud", "champion",
}

_ESCALATION = re.compile(
    r"\b(escalat\w*|provocation\w*|provocative|act of war|red lines?|inflam\w*|destabili[sz]\w*|"
    r"raise[sd]? tensions|raising tensions|heighten\w* tensions|reckless|dangerous (step|move|precedent|"
    r"game|path|turn)|pour\w* (fuel|oil) on|adding fuel|spiral\w*|widen\w* (the )?(war|conflict)|"
    r"wider war|regional war|new war|brink|dangerous (and|stage|phase|escalation)|(add\w*|pour\w*) fuel|"
    r"hostile (step|act|move)|grave provocation|show of force)\b"
)
_DE_ESCALATION = re.compile(r"\bde-?escalat\w*")
_NEGATION = r"(not|n't|no|never|neither|nor|nothing|without|hardly)"
_NEGATED_ESCALATION = re.compile(
    _NEGATION + r"\b(\W+\w+){0,5}?\W+(escalat\w*|provocation\w*|provocative|act of war|threat|red lines?|"
    r"wider war|aggressive|(aimed|directed|targeted) (at|against)|draw \w+ into|change \w+ \w+ (defensive )?posture)"
)
_DEFENSIVE = re.compile(
    r"\b(purely defensive|defensive (in nature|measure|operation|action|step)s?|self-defen[cs]e|"
    r"limited (in scope|and (targeted|proportionate|defensive))|proportionate|measured response|"
    r"poses? no threat|no intention of (widening|escalating|expanding)|does not seek|do not seek|"
    r"no wish to escalate|avoid (a |an )?(spiral|escalation|wider war|regional war)|"
    r"routine (transit|patrol|drills?|exercises?))\b"
)
# Words that judge an act whatever position they take in the sentence ("stop Israel's heinous attacks").
_CONDEMNATION = re.compile(
    r"\b((barbar\w*|heinous|atrocit\w*|unacceptable|outrageous|cowardly|brutal\w*|disgrace\w*|shameful|abhorrent|"
    r"despicable|inhumane|condemn\w*|deplorable|flagrant|cruel\w*|inhuman\w*|unprovoked|reprehensible)\b|"
    r"should(n't| not| never) have (?!to\b)|never should have (?!to\b))"
)
# Words that classify an act (a crime, a violation, aggression): a condemnation only when the statement
# predicates them ("the strike was illegal", "Russia committed war crimes", "described it as a massacre"),
# not when a noun phrase carries them in passing ("deterrence against Russian aggression", "23 illegal
# aliens", "a leader who masterminded terrorist attacks"). See ``_predicated``.
_CLASSIFYING = re.compile(
    r"\b(war crimes?|terrorist (attack|act)s?|act of terror\w*|criminal|genocid\w*|massacre|ethnic cleansing|"
    r"violation of (international law|(its |their |our )?sovereignty|the ceasefire|human rights)|illegal|"
    r"aggression|crimes? against humanity)\b"
)
# Nouns that an attributive "illegal" / "criminal" / "terrorist" classifies without judging an act:
# people, goods, offences as legal categories and groups ("illegal migrants", "criminal gangs").
_DESCRIPTIVE_HEADS = {
    "alien", "immigrant", "migrant", "migration", "immigration", "entry", "crossing", "worker", "resident",
    "possession", "mining", "logging", "fishing", "trade", "trafficking", "drug", "weapon", "firearm", "arm",
    "gang", "group", "network", "organisation", "organization", "element", "charge", "case", "investigation",
    "proceeding", "court", "code", "record", "activity", "offence", "offense", "suspect", "cell",
}
_THREAT = re.compile(
    # A passive "will be the hardest hit" is no threat: no word between the modal and the verb is "be".
    r"\b((will|would|shall|'ll|is ready to|are ready to|stands ready to|prepared to)\s+"
    r"((?!(be|been|being)\s)\w+\s+){0,3}?"
    r"(respond|retaliat\w*|strike back|hit back|pay|punish\w*|destroy|crush|annihilat\w*|avenge|"
    r"target|use (all|every|force|nuclear)|not hesitate|act decisively|strike|attack|hit|launch|crush|arrest|"
    r"take whatever (steps|measures|action)|treat\w* \w+ as (an )?enem\w*)|"
    r"(be|been) (crushed|destroyed|punished|wiped out|annihilated|eliminated)|"
    r"(ready|prepared) to (use|launch|strike|attack|hit)|swift and decisive|face (severe|harsh|serious) punishment|"
    r"face (a )?catastrophe|without mercy|"
    r"all options (are |remain )?on the table|face (\w+ ){0,2}?consequences|"
    r"there (will|would) be (\w+ ){0,2}?consequences|"
    r"consequences (will|would) follow|(heavy|high|dear|steep) price|"
    r"crushing response|harsh response|decisive response|(swift|severe|forceful|devastating) response|"
    r"(worthy|fitting|appropriate|adequate|strong|firm|resolute|tough|proper) (response|answer|reply)|"
    r"will be met with|retaliation|revenge|vengeance|legitimate targets?|wipe \w+ off)\b"
)
_CONCERN = re.compile(
    r"\b(concern\w*|alarm\w*|worr\w*|troubl\w*|dismay\w*|fears?|afraid|disturb(ed|ing)|anxious|anxiety|"
    r"humanitarian (catastrophe|disaster|crisis)|grave danger|catastroph\w*|dire|appalled|feared|growing worry)\b"
)
_SUPPORT = re.compile(
    r"\b(support\w*|solidarity|st(and|ands|ood) (firmly )?(with|by|behind)|commitment to|rock solid|assist\w*|"
    r"right to defend|welcome\w*|back(s|ed|ing)? "
    r"(the|its|their|our|a)\b|endors\w*|commend\w*|prais\w*|unwavering|steadfast|ironclad|in favou?r of|"
    r"applaud\w*|grateful|thank(?!s to)\w*|(is|are|was|were) (absolutely |exactly |quite |so )?right\b|"
    r"(did|does|do) the right thing|the right (decision|move|call|step))\b"
)
_DENIAL = re.compile(
    r"\b(had nothing to do with|nothing to do with|not (involved|responsible|behind|true)|no involvement|"
    r"did not (carry out|launch|fire|target|attack|strike|order|send)|never (carried out|launched|fired|"
    r"targeted|attacked|ordered|sent)|baseless|fabricat\w*|unfounded|false (claims?|reports?|allegations?)|"
    r"groundless|(is|was|are|were) false|untrue|"
    r"(had|have|has|did|was|were) (not|never) (\w+ ){0,2}?(harmed|targeted|involved|carried out|attacked|fired|struck|"
    r"shelled|bombed|killed|entered|crossed|supplied|sent|ordered|looted)|(never|not) been involved)\b"
)
# Words that deny a claim only when they characterise it ("the reports were fake", "dismissed them as
# propaganda"), not when they name a practice ("used foreigners to voice its propaganda"); see ``_characterises``.
_DENIAL_LABELS = re.compile(r"\b(lies|fake|disinformation|propaganda)\b")
# "<someone> must/should ...": an appeal when the one who must act is not the speaker's side ("we must").
_MODAL_APPEAL = re.compile(r"\b(\w+)\s+(must|should|ought to|needs? to|have to|has to)\b")
_NOT_ADDRESSEES = {"i", "we", "what", "who", "you", "one", "it", "this", "that", "which"}
_DENIAL_OBJECTS = {"claim", "allegation", "accusation", "report", "charge", "suggestion", "assertion"}
# What one denies someone when "deny" means refusing it ("denied the request", "denied him entry").
_GRANTED = {
    "request", "access", "entry", "visa", "permission", "bail", "application", "asylum", "permit", "use",
    "passage", "licence", "license", "approval", "clearance", "service", "right", "rights", "treatment",
}
# Verbs through which a statement's main clause runs on ("said Russia [continued] to [commit] war crimes").
_SPINE_LINKS = {"conj", "xcomp", "ccomp", "parataxis"}
# Verbs that say what something is ("considers [it] illegal", "called it a massacre").
_CALLING_VERBS = {"consider", "call", "deem", "regard", "brand", "label", "describe", "term", "view", "find"}
# Verbs that put support in words ("expressed support", "pledged its support").
_SUPPORT_EXPRESSING = {
    "express", "voice", "reaffirm", "reiterate", "pledge", "offer", "declare", "extend", "lend", "show", "signal",
    "give", "promise", "confirm",
}
_SUPPORT_VERB_WORDS = re.compile(r"^(support|assist|back|endors|commend|prais|applaud|welcom|thank)")


def _match_head(content: Span, match: re.Match[str]) -> Token | None:
    """The syntactic head of the words a regular-expression match on ``content.text.lower()`` covers."""
    span = content.char_span(match.start(), match.end(), alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _on_spine(token: Token, content: Span) -> bool:
    """Whether ``token`` is a verb of the statement's main clause: the content's root, or reached from it by
    coordination or a verb's complement clause, never through a noun, a modifier or a relative clause."""
    for _ in range(8):
        if token.dep_ == "ROOT" or not content.start <= token.head.i < content.end:
            return True
        if token.dep_ not in _SPINE_LINKS or (token.dep_ == "xcomp" and token.head.pos_ not in {"VERB", "AUX"}):
            return False
        if token.dep_ == "xcomp" and any(c.dep_ == "acomp" for c in token.head.children):
            return False  # "was necessary [to resist] China's aggression": the infinitive completes the adjective
        token = token.head
    return False


def _phrase_head(token: Token) -> Token:
    """From a word to the head of its noun phrase and first conjunct ("an illegal land grab" -> "grab";
    "a sham and an illegal grab" -> "sham")."""
    for _ in range(6):
        if token.dep_ in {"amod", "compound", "nmod", "conj", "appos"} and token.head is not token:
            token = token.head
        else:
            break
    return token


def _predicated(content: Span, match: re.Match[str]) -> bool:
    """Whether the statement predicates the classifying words ``match`` found: they are (in) the subject,
    object or complement of its main clause ("the strike was illegal", "Russia committed war crimes"), an
    "as" complement ("described it as a massacre"), or the object of a preposition on the main clause or
    its complement ("could amount to a war crime", "was guilty of aggression"). In a modifier, a
    prepositional phrase on a noun or a relative clause they only describe something in passing."""
    token = _match_head(content, match)
    if token is None:
        return False
    attributive = token.dep_ == "amod"
    head = _phrase_head(token)
    if attributive and head.lemma_.lower() in _DESCRIPTIVE_HEADS:
        return False  # "illegal migrants", "criminal gangs": a class of people or things, not an act
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        return True
    if head.dep_ == "oprd" or (attributive and head.dep_ == "dobj" and head.head.lemma_.lower() in _CALLING_VERBS):
        return True  # "what Beijing considers illegal sanctions": an object complement says what something is
    if head.dep_ == "pobj":
        preposition = head.head
        anchor = preposition.head
        if anchor.dep_ in {"attr", "acomp", "oprd"}:
            anchor = anchor.head  # "was responsible [for] war crimes"
        return preposition.dep_ in {"prep", "agent", "dative"} and anchor.pos_ in {"VERB", "AUX"} and _on_spine(
            anchor, content
        )
    if head.i == content.root.i or head.dep_ == "ROOT":
        return True
    if head.dep_ in {"nsubj", "nsubjpass", "dobj", "attr", "acomp", "oprd", "dative"}:
        return _on_spine(head.head, content)
    return False


def _characterises(content: Span, match: re.Match[str]) -> bool:
    """Whether a word like "propaganda" or "fake" is said *of* something ("the reports were fake", "called
    them propaganda", "dismissed it as lies", "fake news" said of a report) rather than naming a practice."""
    token = _match_head(content, match)
    if token is None:
        return False
    if token.dep_ == "amod":
        return token.head.lemma_.lower() in _DENIAL_OBJECTS | {"news", "story", "video", "image", "photo"}
    head = _phrase_head(token)
    return (
        head.dep_ in {"attr", "acomp", "oprd", "ROOT"}
        or head.i == content.root.i
        or (head.dep_ == "pobj" and head.head.lower_ == "as")
    )


def _in_description(token: Token, content: Span) -> bool:
    """Whether ``token`` sits in a relative clause, a participle or infinitive on a noun, or a preposition's
    complement inside the content ("content [that supports] government narratives", "a mistake [to support]")."""
    while content.start <= token.i < content.end and token.dep_ != "ROOT":
        if token.dep_ in {"relcl", "acl", "amod"}:
            return True
        if token.dep_ == "pcomp" and token.head.head.pos_ in {"NOUN", "PROPN"}:
            return True  # "a policy like [supporting] the Muslim Brotherhood"; not "look forward to discussing"
        if not content.start <= token.head.i < content.end:
            return False
        token = token.head
    return False


def _support(content: Span | None, text: str) -> re.Match[str] | None:
    """The first un-negated support expression in the content that backs something: a support verb in the
    statement's own clauses ("would support the deal", "ready to assist"), "support" as what is
    expressed ("reaffirmed its support"), or a fixed phrase ("stands with", "grateful"). The noun
    "support" as aid ("provide critical support") or as a relation ("with support from France") and
    "supporters" are not support the speaker gives."""
    if content is None:
        return None
    for match in _SUPPORT.finditer(text):
        if _NEGATED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        word = match.group(0)
        if word.endswith("right"):
            verb = _match_head(content, match)
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            if subject is not None and subject.lower_ in {"i", "we"}:
                continue  # "we are absolutely right" defends the speaker, it backs no one
            return match
        if word.startswith("commitment"):
            # "reaffirmed its commitment to Taiwan", "our commitment to NATO" give support; "have a commitment
            # to the truth" only names a value held.
            token = _match_head(content, match)
            noun = token if token is None or token.lower_.startswith("commitment") else token.head
            if noun is not None and not (
                noun.head.lemma_.lower() in _SUPPORT_EXPRESSING
                or any(child.dep_ == "poss" and child.pos_ == "PRON" for child in noun.children)
            ):
                continue
            return match
        if not _SUPPORT_VERB_WORDS.match(word):
            return match
        token = _match_head(content, match)
        if token is None or token.lower_.startswith("supporter"):
            continue
        passive = any(child.dep_ == "auxpass" for child in token.children)  # "we've been assisted"
        if token.pos_ in {"VERB", "ADJ"} and not passive and not _in_description(token, content):
            if _judged_wrong(token) or _backs_own_claim(token):
                continue
            return match
        if token.pos_ == "NOUN" and token.lemma_.lower() == "support" and (
            token.head.lemma_.lower() in _SUPPORT_EXPRESSING
            or any(child.dep_ == "poss" and child.pos_ == "PRON" for child in token.children)
        ):
            return match
    return None


def _own_side_must(content: Span | None, match: re.Match[str]) -> bool:
    """ "We have a long way to go, and really need to ramp up ...": the one who must act is the subject of
    the modal's verb in the parse (here "We", shared through "and"), not the word before the modal; when
    that is the speaker's own side (I, we) the statement is a resolve, not an appeal to someone else."""
    if content is None:
        return False
    token = content.char_span(match.start(2), match.end(2), alignment_mode="expand")
    if token is None or len(token) == 0:
        return False
    verb = token[0] if token[0].pos_ == "VERB" else token[0].head  # "need" / "have" is the verb; "must" an aux
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            return subject.lower_ in _OWN_SIDE
        if verb.dep_ != "conj" or verb.head is verb:
            return False
        verb = verb.head  # "we have ... and really need to": the conjoined verb shares the subject
    return False


_OWN_SIDE = {"i", "we", "us"}
# Words that call an act wrong: support inside them is regretted, not given ("it was a mistake to support ...").
_WRONG = {"mistake", "error", "wrong", "blunder", "unwise", "foolish", "folly", "misguided", "regret"}


# What a side argues: "records to back its claims" is evidence for a case, no support given to anyone.
_OWN_CASE = frozenset({"claim", "argument", "case", "assertion", "contention", "theory", "narrative", "thesis"})


def _backs_own_claim(token: Token) -> bool:
    """ "cites historic records to back its claims", "to support their argument": a support verb whose object
    is the subject's own claim or argument (its possessor a pronoun)."""
    return any(
        child.dep_ == "dobj" and child.lemma_.lower() in _OWN_CASE
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in child.children)
        for child in token.children
    )


def _judged_wrong(token: Token) -> bool:
    """Whether a support verb is what a judgement calls wrong: "it was a mistake to support X", "it would be
    wrong to back ...", "we regret supporting ...": the verb's governors (at most two steps up) or their
    predicate is such a word."""
    for _ in range(2):
        if token.dep_ not in {"xcomp", "ccomp", "acl", "advcl", "pcomp", "csubj", "relcl"} or token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() in _WRONG or any(
            c.dep_ in {"attr", "acomp"} and c.lemma_.lower() in _WRONG for c in token.children
        ):
            return True
    return False


def _characterising(content: Span | None, match: re.Match[str]) -> bool:
    """Whether an escalation word calls something an escalation: not in a forecast or condition, not as the
    participle of a trend."""
    return content is None or not (_hypothetical(content, match) or _trend(content, match))


def _trend(content: Span, match: re.Match[str]) -> bool:
    """ "the escalating rise of greenhouse gases": a participle that describes a trend of a noun calls no act
    an escalation (a statement about "the escalating violence" is read by the other rules)."""
    token = _match_head(content, match)
    return token is not None and token.dep_ == "amod" and token.lower_.endswith("ing")


def _hypothetical(content: Span, match: re.Match[str]) -> bool:
    """Whether the words ``match`` found sit in a condition, a possibility or an expectation ("if the United
    States escalates", "could escalate threats", "is expected to escalate"): a forecast, not a
    characterisation of what happened."""
    token = _match_head(content, match)
    while token is not None and content.start <= token.i < content.end:
        if any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in token.children):
            return True
        if any(c.dep_ == "aux" and c.lower_ in {"could", "might", "may"} for c in token.children):
            return True
        if token.lemma_.lower() in {"expect", "likely"}:
            return True  # "is expected to move up the escalation ladder", "we are likely to see"
        if token.dep_ == "ROOT" or token.head is token:
            break
        token = token.head
    return False


def _cue_object(cue: Token) -> Span | None:
    if cue.lemma_.lower() in ADDRESSEE_OBJECT:
        return None  # "told reporters": the object is who was addressed
    if any(child.dep_ == "auxpass" for child in cue.children):
        # "[Iranian operatives] were accused of ...", "[the strike] was condemned by ...": the passive
        # subject is what the act is aimed at.
        subject = next((c for c in cue.lefts if c.dep_ == "nsubjpass" and c.pos_ != "PRON"), None)
        if subject is not None:
            return subject.doc[subject.left_edge.i : _before_clause(subject) + 1]
    for child in cue.children:
        if child.dep_ == "dobj" and child.pos_ != "PRON":
            return child.doc[child.left_edge.i : _before_clause(child) + 1]
    for child in cue.children:
        # "appealed [for] a humanitarian pause so civilians could leave": what is asked for, now that the
        # content starts after the cue's preposition and its first subject may be another clause's
        if child.dep_ == "prep" and child.lower_ == "for":
            asked = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ != "PRON"), None)
            if asked is not None:
                return asked.doc[asked.left_edge.i : _before_clause(asked) + 1]
    return None


def _before_clause(head: Token) -> int:
    """Right edge of a noun phrase without its relative clause or trailing comma."""
    end = head.right_edge.i
    for child in head.rights:
        if child.dep_ in {"relcl", "acl", "punct"}:
            end = min(end, child.left_edge.i - 1)
    return max(end, head.i)


def _subject_of_content(content: Span) -> Span | None:
    root = content.root
    for child in root.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return content.doc[child.left_edge.i : _before_clause(child) + 1]
    # The first noun phrase (the parse's noun_chunks would walk the whole document each time).
    for token in content:
        if token.pos_ in {"NOUN", "PROPN"}:
            head = token
            while head.dep_ in {"compound", "amod", "poss"} and head.head.i > head.i and head.head.i < content.end:
                head = head.head
            start = max(head.left_edge.i, content.start)
            end = min(_before_clause(head) + 1, content.end)
            return content.doc[start:end]
    return None


def _concern_object(cue: Token | None, content: Span | None) -> Span | None:
    """What concern is expressed about: "concern over *the strikes*", "alarmed by *the shelling*"."""
    candidates: list[Token] = []
    if cue is not None:
        candidates += [cue, *[c for c in cue.children if c.dep_ in {"dobj", "acomp", "attr"}]]
    if content is not None:
        candidates += [t for t in content if _CONCERN.match(t.lower_)]
    for token in candidates:
        for child in token.children:
            if child.dep_ in {"prep", "agent"} and child.lower_ in {"over", "about", "at", "by", "regarding", "for"}:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj.doc[pobj.left_edge.i : _before_clause(pobj) + 1]
    return None


_THREAT_PREPOSITIONS = {"against", "on", "at", "to"}
_MEANS_VERBS = {"use", "deploy", "employ", "fire", "launch", "take", "carry"}
_SUPPORT_PREPOSITIONS = {"with", "behind", "by", "to", "for"}


def _target(content: Span | None, prepositions: set[str]) -> Span | None:
    """Whom a threat or support is aimed at: an object or prepositional object in the content
    ("would strike *NATO countries*", "an offensive against *Hezbollah*", "stand with *Ukraine*"),
    else the subject of an "if" clause ("... if *Ukraine* attacked Crimea"). The content's own
    subject is the speaker's side, so it is never the target."""
    if content is None:
        return None
    doc = content.doc
    subject = next((c for c in content.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    skip = {t.i for t in subject.subtree} if subject is not None else set()
    for token in content:
        if token.i in skip or token.pos_ == "PRON":
            continue
        in_condition = any(a.dep_ == "advcl" and any(c.lower_ == "if" for c in a.children) for a in token.ancestors)
        if in_condition:
            continue
        # The object of "use", "launch", "take" is the means ("use nuclear weapons"), not whom it is aimed at.
        is_object = token.dep_ == "dobj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() not in _MEANS_VERBS
        is_pobj = token.dep_ == "pobj" and token.head.lower_ in prepositions
        if (is_object or is_pobj) and token.pos_ in {"NOUN", "PROPN"}:
            return doc[token.left_edge.i : _before_clause(token) + 1]
    for token in content:
        if token.lower_ == "if" and token.dep_ == "mark":
            for child in token.head.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.pos_ != "PRON":
                    return doc[child.left_edge.i : _before_clause(child) + 1]
    return None


def _calls_on(cue: Token) -> bool:
    """ "called on X to ...", "called for talks": the preposition right after the verb."""
    return cue.lemma_.lower() == "call" and any(
        child.dep_ == "prep" and child.lower_ in {"on", "upon", "for"} and child.i == cue.i + 1
        for child in cue.children
    )


def _requests(cue: Token) -> bool:
    """ "asked Moscow to let ...", "told them to leave": a request, not a report."""
    return cue.lemma_.lower() in _REQUEST_VERBS and any(
        child.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
        for child in cue.children
    ) and any(child.dep_ == "dobj" for child in cue.children)


def _phrase_about(match_start: int, content: Span) -> Span | None:
    """The subject of the clause in which an escalation word appears ("the incursion was a provocation");
    ``match_start`` is an offset into the content's text."""
    token = next((t for t in content if t.idx >= content.start_char + match_start), None)
    if token is None:
        return None
    for head in [token, *token.ancestors]:
        for child in head.children:
            if child.dep_ in {"nsubj", "nsubjpass"} and child.i != token.i and child.pos_ != "PRON":
                return content.doc[child.left_edge.i : _before_clause(child) + 1]
        if head.i == content.root.i:
            break
    return None


def _short(content: Span | None) -> Span | None:
    """A short content is itself what a denial is about ("denied *targeting civilians*")."""
    if content is None or len([t for t in content if t.is_alpha]) > 8:
        return None
    return content


def _text(span: Span | None) -> str | None:
    if span is None:
        return None
    text = span.text.strip(" ,.;:\"“”'‘’")
    return text or None


_NEGATIVE_WORDS = {"never", "not", "n't", "neither", "nor"}


def _cue_negated(cue: Token) -> bool:
    """"has never condemned", "did not welcome": the speaker declines the stance the verb names."""
    return any(child.dep_ == "neg" or child.lower_ in _NEGATIVE_WORDS for child in cue.children)


# Verbs that withhold the act of a verb they govern: "refused to condemn", "failed to condemn", "refrained
# from condemning", "avoided criticising", "stopped short of condemning".
_WITHHOLDING_VERBS = {"refuse", "decline", "fail", "refrain", "avoid", "neglect", "balk", "hesitate", "resist"}
_NEGATIVE_OBJECTS = {"nobody", "nothing", "none", "neither"}


def _governors(cue: Token) -> list[Token]:
    """The verbs and words over a cue that is an infinitive or a preposition's complement ("has yet [to
    condemn]", "stopped short of [condemning]"), nearest first, at most three steps up."""
    chain: list[Token] = []
    token = cue
    for _ in range(3):
        if token.dep_ not in {"xcomp", "pcomp", "prep", "advmod", "acomp"} or token.head is token:
            break
        token = token.head
        chain.append(token)
    return chain


def withheld(cue: Token) -> bool:
    """Whether the sentence says the speaker did *not* perform the act the cue names: "has never
    condemned", "did not welcome", "has yet to condemn", "refused / failed / declined to condemn",
    "refrained from condemning", "stopped short of condemning", "would not want to criticise",
    "condemned neither side". Such a statement takes no stance from its cue."""
    if _cue_negated(cue):
        return True
    for governor in _governors(cue):
        withholds = (
            governor.lemma_.lower() in _WITHHOLDING_VERBS
            or governor.lower_ == "short"
            or any(child.lower_ == "yet" and child.dep_ == "advmod" for child in governor.children)  # "has yet to"
        )
        if withholds != _cue_negated(governor):
            return True  # "refused to condemn", "would not want to condemn"
        if withholds:
            return False  # a double negative: "did not hesitate to condemn", "never failed to praise"
    for child in cue.children:
        if child.dep_ == "dobj" and (
            child.lower_ in _NEGATIVE_OBJECTS
            or any(grand.dep_ in {"det", "preconj"} and grand.lower_ in {"no", "neither"} for grand in child.children)
        ):
            return True  # "condemned neither side", "welcomed none of the proposals"
    return False


# A negation or a verb that withholds the act, right before a word of condemnation: "do not condemn",
# "refused to condemn", "refrained from condemning", "stopped short of condemning", "has yet to condemn".
_WITHHOLDING = r"(refus\w*|declin\w*|fail\w*|refrain\w*|avoid\w*|short of|yet to)"
_NEGATED_BEFORE = re.compile(r"\b(" + _NEGATION + "|" + _WITHHOLDING + r")\b(\W+\w+){0,2}?\W*$")


def _negated_match(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that no negation stands right before ("do not condemn")."""
    for match in pattern.finditer(text):
        if not _NEGATED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            return match
    return None


def _condemnation(content: Span | None, text: str) -> bool:
    """Whether the content condemns in words: a judging word anywhere, or a classifying one it predicates,
    neither with a negation right before it ("do not consider it illegal")."""
    if _negated_match(text, _CONDEMNATION):
        return True
    if content is None:
        return False
    return any(
        not _NEGATED_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) and _predicated(content, m)
        for m in _CLASSIFYING.finditer(text)
    )


def _refuses_grant(cue: Token) -> bool:
    """ "denied the request", "denied him entry", "deny use of its soil": refusing something asked for."""
    if cue.lemma_.lower() not in _DENY_VERBS:
        return False
    objects = [c for c in cue.children if c.dep_ in {"dobj", "dative"}]
    return any(c.dep_ == "dative" for c in objects) or any(c.lemma_.lower() in _GRANTED for c in objects)


def stance_of(cue: Token | None, content: Span | None) -> Stance | None:
    """The stance of a statement with cue ``cue`` and content ``content`` (either may be missing)."""
    if cue is not None and cue.lemma_.lower() not in _DENY_VERBS and withheld(cue):
        # "China has never condemned the invasion" is no condemnation (nor, by itself, support).
        return None
    if cue is not None and cue.lemma_.lower() in _REFUSAL_VERBS:
        # "refused to condemn the invasion", "declined to criticise": the act is withheld, as with "not".
        return None
    if cue is not None and cue.lemma_.lower() in _WITHHOLDING_VERBS and not _cue_negated(cue):
        # The withholding verb as the cue itself (a learned attitude: "[refrained] from condemning the invasion",
        # "avoided criticising"): the act its content names is withheld. Negated, it is done: "did not
        # hesitate to condemn".
        return None
    if cue is not None and _refuses_grant(cue):
        return None  # "denied the request", "denied him entry": a refusal, not a denial
    lemma = cue.lemma_.lower() if cue is not None else ""
    # The content's text cut from the document's (spaCy would join the content's tokens again).
    text = doc_text(content.doc)[content.start_char : content.end_char].lower() if content is not None else ""
    cue_object = _cue_object(cue) if cue is not None else None
    about_content = _subject_of_content(content) if content is not None else None

    def about(*candidates: Span | None) -> str | None:
        for candidate in candidates:
            if candidate is not None and candidate.root.pos_ != "PRON":
                return _text(candidate)
        return None

    if lemma in _APPEAL_VERBS or (cue is not None and (_calls_on(cue) or _requests(cue))):
        return Stance("appeals", about(cue_object, about_content))
    if _DE_ESCALATION.search(text) and re.search(r"\b(call|urge|must|should|need)", text + " " + lemma):
        return Stance("appeals", about(cue_object, about_content))
    concern = _CONCERN.search(text)
    # A noun or adjective cue that is itself the concern ("[concern] about the displacement", "alarmed").
    cue_concern = cue is not None and cue.pos_ in {"NOUN", "ADJ"} and _CONCERN.match(cue.lower_) is not None
    early_concern = concern is not None and concern.start() < 40 and not _ESCALATION.search(text[: concern.start()])
    if early_concern or lemma in _CONCERN_VERBS or cue_concern:
        # "said he was concerned by the escalating rhetoric", "feared that Beijing would retaliate", "[concern]
        # over heightened tensions": the statement is the concern, whatever it is about.
        return Stance("concern", about(_concern_object(cue, content), cue_object, about_content))
    negated = _NEGATED_ESCALATION.search(text) or _DEFENSIVE.search(text)
    if negated and lemma not in _CONDEMN_VERBS:
        subject = _phrase_about(negated.start(), content) if content is not None else None
        return Stance("not_escalatory", about(cue_object, subject, about_content))
    escalation = next((m for m in _ESCALATION.finditer(text) if _characterising(content, m)), None)
    # "threatened an escalated provocation"; "alleged the journalist had posted 'provocative' messages": the
    # escalation word is the charge's or the threat's, not the speaker's characterisation of an act.
    not_characterising = _CONDEMN_VERBS | _DENY_VERBS | _THREAT_VERBS | _CHARGE_VERBS
    if escalation and not _DE_ESCALATION.search(escalation.group(0)) and lemma not in not_characterising:
        subject = _phrase_about(escalation.start(), content) if content is not None else None
        characterised = [span for span in (cue_object, subject) if span is not None]
        if any(span.root.lemma_.lower() in _DENIAL_OBJECTS for span in characterised):
            # "dismissed the allegations as a provocation": the claim, not an act, is called a provocation.
            return Stance("denies", about(*characterised, about_content))
        return Stance("escalatory", about(cue_object, subject, about_content))
    denial = _DENIAL.search(text) or (
        content is not None and any(_characterises(content, m) for m in _DENIAL_LABELS.finditer(text))
    )
    if lemma in _DENY_VERBS or (
        lemma in {"reject", "dismiss"}
        and (cue_object is None or cue_object.root.lemma_.lower() in _DENIAL_OBJECTS or denial)
    ):
        return Stance("denies", about(cue_object, _short(content), about_content))
    if denial and lemma not in _CONDEMN_VERBS:
        return Stance("denies", about(about_content, cue_object))
    if lemma in _CONDEMN_VERBS or (_condemnation(content, text) and lemma not in _SUPPORT_VERBS):
        return Stance("condemns", about(cue_object, about_content))
    if lemma == "warn" and (_THREAT.search(text) or re.search(r"\bif\b", text)):
        # "warned that Russia would strike NATO countries if ...": a conditional threat.
        return Stance("threatens", about(cue_object, _target(content, _THREAT_PREPOSITIONS)))
    if lemma in _THREAT_VERBS and (_THREAT.search(text) or lemma == "threaten"):
        return Stance("threatens", about(cue_object, _target(content, _THREAT_PREPOSITIONS)))
    if _THREAT.search(text) and lemma not in _SUPPORT_VERBS:
        return Stance("threatens", about(cue_object, _target(content, _THREAT_PREPOSITIONS)))
    if _CONCERN.search(text) or lemma == "warn":
        return Stance("concern", about(_concern_object(cue, content), cue_object, about_content))
    modal = _MODAL_APPEAL.search(text)
    if (
        modal and modal.group(1) not in _NOT_ADDRESSEES and lemma in {"say", "add", "tell", "write", "state"}
        and not _own_side_must(content, modal)
    ):
        return Stance("appeals", about(about_content, cue_object))
    support = _support(content, text)
    if support is not None and content is not None and "right" in support.group(0) and lemma not in _SUPPORT_VERBS:
        # "President Trump is right": the one approved of is the subject of "right".
        return Stance("supports", about(_phrase_about(support.start(), content), cue_object, about_content))
    if lemma in _SUPPORT_VERBS or support is not None:
        return Stance("supports", about(cue_object, _target(content, _SUPPORT_PREPOSITIONS), about_content))
    return None


# Verbs that carry a stance of their own when they sit, with no subject, inside a statement: "told the
# council it had a duty [to demand] a ceasefire", "vowed [to condemn] ...".
_STANCE_VERBS = _APPEAL_VERBS | _CONDEMN_VERBS | _THREAT_VERBS | _DENY_VERBS | _CONCERN_VERBS


def _object_of(noun: Token, cue: Token) -> bool:
    """Whether ``noun`` is the cue's object or inside it ("issued [a series of warnings]")."""
    for _ in range(4):
        if noun.dep_ == "dobj":
            return noun.head.i == cue.i
        if noun.dep_ not in {"pobj", "prep"}:
            return False
        noun = noun.head
    return False


def stance_within(cue: Token | None, content: Span) -> Stance | None:
    """The stance of a subject-less stance verb inside ``content``: a statement that holds such a verb
    (and so no statement of its own, see ``attribution._outermost``) takes its stance. A verb with a
    subject of its own ("said Russia condemned ...") is someone else's stance and is left alone, and a
    cue that withholds the act ("refused to condemn", "did not urge") gives none."""
    if cue is not None and (withheld(cue) or cue.lemma_.lower() in _REFUSAL_VERBS):
        return None
    for token in content:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _STANCE_VERBS:
            continue
        if any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children) or withheld(token):
            continue
        infinitive = any(child.dep_ == "aux" and child.lower_ == "to" for child in token.children)
        # "We consider the withdrawal a good step and strongly [urge] ...": a verb sharing the speaker's "we".
        ours = token.dep_ == "conj" and any(
            c.dep_ == "nsubj" and c.lower_ in {"we", "i"} for c in token.head.children
        )
        # "a series of warnings [demanding] that Washington change": the demand the cue's object makes.
        on_object = token.dep_ == "acl" and cue is not None and _object_of(token.head, cue)
        if not (infinitive or ours or on_object) or any(child.dep_ == "auxpass" for child in token.children):
            # "threatening the territorial integrity", "is threatened by", "[has] been threatened with": a
            # participle or passive shares another subject; only "a duty to demand", "vowed to condemn" is the
            # speaker's own act.
            continue
        doc = token.doc
        return stance_of(token, doc[token.i + 1 : min(token.right_edge.i + 1, content.end)])
    return None

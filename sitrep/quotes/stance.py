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
*the attack*", "called *the incursion* a provocation"), else the subject of
the content clause, else the first noun phrase of the content.

The rules were written from general knowledge of how wire reports phrase
statements, before the evaluation set (data/evalsets/stance.jsonl) was
written; see BENCHMARKS.md for how they score.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from sitrep.model import Stance
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
_CONDEMNATION = re.compile(
    r"\b(war crimes?|barbar\w*|terrorist (attack|act)s?|act of terror\w*|heinous|atrocit\w*|unacceptable|"
    r"outrageous|cowardly|brutal\w*|criminal|genocid\w*|massacre|ethnic cleansing|violation of "
    r"(international law|(its |their |our )?sovereignty|the ceasefire|human rights)|illegal|unprovoked|"
    r"aggression|disgrace\w*|shameful|abhorrent|despicable|inhumane|crimes? against humanity|"
    r"condemn\w*|deplorable|flagrant|cruel\w*|inhuman\w*|barbarism)\b"
)
_THREAT = re.compile(
    r"\b((will|would|shall|'ll|is ready to|are ready to|stands ready to|prepared to)\s+(\w+\s+){0,3}?"
    r"(respond|retaliat\w*|strike back|hit back|pay|punish\w*|destroy|crush|annihilat\w*|avenge|"
    r"target|use (all|every|force|nuclear)|not hesitate|act decisively|strike|attack|hit|launch|crush|arrest|"
    r"take whatever (steps|measures|action)|treat\w* \w+ as (an )?enem\w*)|"
    r"(be|been) (crushed|destroyed|punished|wiped out|annihilated|eliminated)|"
    r"(ready|prepared) to (use|launch|strike|attack|hit)|swift and decisive|face (severe|harsh|serious) punishment|"
    r"face (a )?catastrophe|without mercy|"
    r"all options (are |remain )?on the table|consequences|(heavy|high|dear|steep) price|"
    r"crushing response|harsh response|decisive response|(swift|severe|forceful|devastating) response|"
    r"(worthy|fitting|appropriate|adequate|strong|firm|resolute|tough|proper) (response|answer|reply)|"
    r"will be met with|retaliation|revenge|vengeance|legitimate targets?|wipe \w+ off)\b"
)
_CONCERN = re.compile(
    r"\b(concern\w*|alarm\w*|worr\w*|troubl\w*|dismay\w*|fears?|afraid|disturb\w*|anxious|anxiety|"
    r"humanitarian (catastrophe|disaster|crisis)|grave danger|catastroph\w*|dire|appalled|feared|growing worry)\b"
)
_SUPPORT = re.compile(
    r"\b(support\w*|solidarity|st(and|ands|ood) (firmly )?(with|by|behind)|commitment to|rock solid|assist\w*|"
    r"right to defend|welcome\w*|back(s|ed|ing)? "
    r"(the|its|their|our|a)\b|endors\w*|commend\w*|prais\w*|unwavering|steadfast|ironclad|in favou?r of|"
    r"applaud\w*|grateful|thank\w*|ally|allies|partner\w*)\b"
)
_DENIAL = re.compile(
    r"\b(had nothing to do with|nothing to do with|not (involved|responsible|behind|true)|no involvement|"
    r"did not (carry out|launch|fire|target|attack|strike|order|send)|never (carried out|launched|fired|"
    r"targeted|attacked|ordered|sent)|baseless|fabricat\w*|unfounded|false (claims?|reports?|allegations?)|"
    r"lies|groundless|(is|was|are|were) false|fake|disinformation|propaganda|untrue|"
    r"(had|have|has|did|was|were) (not|never) (\w+ ){0,2}?(harmed|targeted|involved|carried out|attacked|fired|struck|"
    r"shelled|bombed|killed|entered|crossed|supplied|sent|ordered|looted)|(never|not) been involved)\b"
)
# "<someone> must/should ...": an appeal when the one who must act is not the speaker's side ("we must").
_MODAL_APPEAL = re.compile(r"\b(\w+)\s+(must|should|ought to|needs? to|have to|has to)\b")
_NOT_ADDRESSEES = {"i", "we", "what", "who", "you", "one", "it", "this", "that", "which"}
_DENIAL_OBJECTS = {"claim", "allegation", "accusation", "report", "charge", "suggestion", "assertion"}


def _cue_object(cue: Token) -> Span | None:
    if cue.lemma_.lower() in ADDRESSEE_OBJECT:
        return None  # "told reporters": the object is who was addressed
    for child in cue.children:
        if child.dep_ == "dobj" and child.pos_ != "PRON":
            return child.doc[child.left_edge.i : _before_clause(child) + 1]
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
        is_object = token.dep_ == "dobj" and token.head.pos_ == "VERB"
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


def _cue_negated(cue: Token) -> bool:
    """"has never condemned", "did not welcome": the speaker declines the stance the verb names."""
    return any(child.dep_ == "neg" or child.lower_ in {"never", "not", "n't"} for child in cue.children)


_NEGATED_BEFORE = re.compile(r"\b" + _NEGATION + r"\b(\W+\w+){0,2}?\W*$")


def _negated_match(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of ``pattern`` in ``text`` that no negation stands right before ("do not condemn")."""
    for match in pattern.finditer(text):
        if not _NEGATED_BEFORE.search(text[max(0, match.start() - 40) : match.start()]):
            return match
    return None


def stance_of(cue: Token | None, content: Span | None) -> Stance | None:
    """The stance of a statement with cue ``cue`` and content ``content`` (either may be missing)."""
    if cue is not None and cue.lemma_.lower() not in _DENY_VERBS and _cue_negated(cue):
        # "China has never condemned the invasion" is no condemnation (nor, by itself, support).
        return None
    if cue is not None and cue.lemma_.lower() in _REFUSAL_VERBS:
        # "refused to condemn the invasion", "declined to criticise": the act is withheld, as with "not".
        return None
    lemma = cue.lemma_.lower() if cue is not None else ""
    text = content.text.lower() if content is not None else ""
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
    if concern and concern.start() < 40 and not _ESCALATION.search(text[: concern.start()]):
        # "said he was concerned by the escalating rhetoric": the statement is the concern.
        return Stance("concern", about(_concern_object(cue, content), cue_object, about_content))
    negated = _NEGATED_ESCALATION.search(text) or _DEFENSIVE.search(text)
    if negated and lemma not in _CONDEMN_VERBS:
        subject = _phrase_about(negated.start(), content) if content is not None else None
        return Stance("not_escalatory", about(cue_object, subject, about_content))
    escalation = _ESCALATION.search(text)
    if escalation and not _DE_ESCALATION.search(escalation.group(0)) and lemma not in _CONDEMN_VERBS | _DENY_VERBS:
        subject = _phrase_about(escalation.start(), content) if content is not None else None
        characterised = [span for span in (cue_object, subject) if span is not None]
        if any(span.root.lemma_.lower() in _DENIAL_OBJECTS for span in characterised):
            # "dismissed the allegations as a provocation": the claim, not an act, is called a provocation.
            return Stance("denies", about(*characterised, about_content))
        return Stance("escalatory", about(cue_object, subject, about_content))
    if lemma in _DENY_VERBS or (
        lemma in {"reject", "dismiss"}
        and (cue_object is None or cue_object.root.lemma_.lower() in _DENIAL_OBJECTS or _DENIAL.search(text))
    ):
        return Stance("denies", about(cue_object, _short(content), about_content))
    if _DENIAL.search(text) and lemma not in _CONDEMN_VERBS:
        return Stance("denies", about(about_content, cue_object))
    if lemma in _CONDEMN_VERBS or (_negated_match(text, _CONDEMNATION) and lemma not in _SUPPORT_VERBS):
        return Stance("condemns", about(cue_object, about_content))
    if lemma == "warn" and (_THREAT.search(text) or re.search(r"\bif\b", text)):
        # "warned that Russia would strike NATO countries if ...": a conditional threat.
        return Stance("threatens", about(cue_object, _target(content, _THREAT_PREPOSITIONS)))
    if lemma in _THREAT_VERBS and (_THREAT.search(text) or lemma == "threaten"):
        return Stance("threatens", about(cue_object, _target(content, _THREAT_PREPOSITIONS)))
    if _THREAT.search(text) and lemma not in _SUPPORT_VERBS:
        return Stance("threatens", about(cue_object, _target(content, _THREAT_PREPOSITIONS)))
    # A noun or adjective cue that is itself the concern ("[concern] about the displacement", "alarmed").
    cue_concern = cue is not None and cue.pos_ in {"NOUN", "ADJ"} and _CONCERN.match(cue.lower_) is not None
    if lemma in _CONCERN_VERBS or _CONCERN.search(text) or lemma == "warn" or cue_concern:
        return Stance("concern", about(_concern_object(cue, content), cue_object, about_content))
    modal = _MODAL_APPEAL.search(text)
    if modal and modal.group(1) not in _NOT_ADDRESSEES and lemma in {"say", "add", "tell", "write", "state"}:
        return Stance("appeals", about(about_content, cue_object))
    if lemma in _SUPPORT_VERBS or _SUPPORT.search(text):
        return Stance("supports", about(cue_object, _target(content, _SUPPORT_PREPOSITIONS), about_content))
    return None


# Verbs that carry a stance of their own when they sit, with no subject, inside a statement: "told the
# council it had a duty [to demand] a ceasefire", "vowed [to condemn] ...".
_STANCE_VERBS = _APPEAL_VERBS | _CONDEMN_VERBS | _THREAT_VERBS | _DENY_VERBS | _CONCERN_VERBS


def stance_within(cue: Token | None, content: Span) -> Stance | None:
    """The stance of a subject-less stance verb inside ``content``: a statement that holds such a verb
    (and so no statement of its own, see ``attribution._outermost``) takes its stance. A verb with a
    subject of its own ("said Russia condemned ...") is someone else's stance and is left alone, and a
    cue that withholds the act ("refused to condemn", "did not urge") gives none."""
    if cue is not None and (_cue_negated(cue) or cue.lemma_.lower() in _REFUSAL_VERBS):
        return None
    for token in content:
        if token.pos_ != "VERB" or token.lemma_.lower() not in _STANCE_VERBS:
            continue
        if any(child.dep_ in {"nsubj", "nsubjpass"} for child in token.children) or _cue_negated(token):
            continue
        doc = token.doc
        return stance_of(token, doc[token.i + 1 : min(token.right_edge.i + 1, content.end)])
    return None

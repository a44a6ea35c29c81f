"""The "events" pipeline stage: coded events from the parse of each sentence.

Per sentence: find triggers (sitrep.events.detect), resolve the source and target phrases of the
kept ones to actors (sitrep.actors; only for sentences that have a trigger, to stay fast), code them
(CAMEO -> PLOVER, QuadClass, Goldstein from sitrep.events.codebook; ACLED type from the clause), and
read modality and tolls. A sentence that cannot be coded is skipped and logged, never fatal.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from sitrep.actors import ActorResolver
from sitrep.events import arguments, claims, codebook, cues, intent, place_modifiers, press
from sitrep.events.acled import AcledContext, acled_type
from sitrep.events.detect import VIOLENT_ROOTS, Candidate, find_candidates, verb_read_as_noun
from sitrep.events.head import EventHead, apply_head, drops, shipped_head, word_features
from sitrep.events.lexicon import Lexicon, load_lexicon, verb_lemma, with_extra_verbs
from sitrep.events.modality import modality_of
from sitrep.events.parties import (
    SAID_ROOTS,
    DocumentContext,
    authority_that_said_so,
    doer_of_the_attack,
    foreign_ground,
    is_implied,
    local_parties,
    own_ground,
    placed_parties,
    posted_abroad,
    where_it_fell,
    with_context_country,
    with_place_country,
    with_speaker_country,
)
from sitrep.events.petrarch_verbs import PetrarchVerbs, load_petrarch_verbs
from sitrep.events.plover_conventions import (
    announced_by_its_doers,
    announced_noun,
    plover_reading,
    recoded_mobilisation,
    renounced_force_code,
)
from sitrep.events.sizes import add_count, read_cue
from sitrep.model import ActorRef, CodedDocument, Event, Modality, Size
from sitrep.nlp.cross_heads import is_cross_head

log = logging.getLogger(__name__)

# Verbs whose reading depends on context more than most; events they trigger are less certain.
AMBIGUOUS_TRIGGERS = frozenset(
    {"hit", "target", "take", "strike", "fire", "back", "support", "blast", "beat", "push", "cross", "enter",
     "receive", "send", "charge", "help", "hold", "deliver", "give", "return", "free", "open", "call", "press",
     "down", "destroy", "damage", "burn", "defend", "demonstrate", "march", "rally", "travel", "arrive", "speak",
     "mass", "surround", "cut", "block", "pledge", "promise", "meet", "talk", "discuss"}
)  # fmt: skip
# The PLOVER type of an event coded by a user's verb dictionary with a code PLOVER does not map.
UNMAPPED = "UNMAPPED"
# A statement noun's event ("expressed sorrow") ranks below every act of its text: it is the main event
# only of a text that reports nothing else.
_STATEMENT_CONFIDENCE = 0.2
# ACLED's violent demonstration: a protest re-mentioned to say it turned violent is not an empty echo.
_RIOT = "Violent demonstration"
_PEOPLE_HEAD_POS = frozenset({"NOUN", "PROPN"})
_REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "ourselves", "myself", "yourself"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class EventStage:
    """``EventStage()(doc, coded)`` appends the document's events to ``coded.events``."""

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        resolver: ActorResolver | None = None,
        extra_verbs: PetrarchVerbs | Path | str | None = None,
        head: EventHead | bool = True,
        head_sets_quad_class: bool = False,
    ) -> None:
        """``extra_verbs``: a PETRARCH verb dictionary (or its path) that codes the verbs it lists.
        ``head``: the learned head (sitrep.events.head) that may overrule the ACLED type and QuadClass;
        ``True`` loads the shipped one on first use, ``False`` codes by the rules alone.
        ``head_sets_quad_class``: let the head's QuadClass replace the one of the CAMEO root (an
        experiment: it scores better on sentence-level QuadClass but leaves records inconsistent)."""
        self._head: EventHead | bool = head
        self._head_sets_quad = head_sets_quad_class
        self.lexicon = lexicon or load_lexicon()
        if extra_verbs is not None:
            if not isinstance(extra_verbs, PetrarchVerbs):
                extra_verbs = load_petrarch_verbs(extra_verbs)
            self.lexicon = with_extra_verbs(self.lexicon, extra_verbs)
        self.resolver = resolver or ActorResolver()
        self._trigger_lemmas = frozenset(self.lexicon.verbs) | frozenset(self.lexicon.nouns)
        if extra_verbs is not None:
            self._trigger_lemmas |= frozenset(extra_verbs.by_lemma) | frozenset(extra_verbs.forms)

    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        published = coded.article.published
        when = published.date() if published is not None else None
        context = DocumentContext(self.resolver, doc, when, coded.places)
        for sentence in doc.sents:
            if is_cross_head(sentence) or not any(self._may_trigger(token) for token in sentence):
                continue
            try:
                events = self.code_sentence(sentence, context, coded.article.id, len(coded.events))
            except Exception:  # one odd sentence must not lose the article's other events
                log.exception("event coding failed on a sentence of article %s", coded.article.id)
                continue
            coded.events.extend(events)

    def _event_noun(self, noun: Token) -> bool:
        return self.lexicon.code_noun(noun) is not None

    def _may_trigger(self, token: Token) -> bool:
        """Cheap pre-filter: only sentences with a lexicon word are analysed (and their actors resolved)."""
        if token.lemma_.casefold() in self._trigger_lemmas or token.lower_ in self._trigger_lemmas:
            return True  # nouns are listed by lemma or, where the plural differs in sense, by form
        if token.pos_ == "VERB" and verb_lemma(token, self.lexicon.verbs) in self.lexicon.verbs:
            return True
        return verb_read_as_noun(token) is not None  # "an armed gang shot dead a businessman", "shot" a noun

    @property
    def head(self) -> EventHead | None:
        """The learned head, loaded once; a shipped head that cannot be read leaves the rules alone."""
        if self._head is True:
            try:
                self._head = shipped_head()
            except ValueError:
                log.exception("the event head could not be loaded; coding by the rules alone")
                self._head = False
        return self._head or None

    def code_sentence(self, sentence: Span, context: DocumentContext, article_id: str, numbered: int) -> list[Event]:
        candidates = [c for c in find_candidates(sentence, self.lexicon) if not c.suppressed]
        built: list[tuple[Candidate, Event]] = []
        for candidate in candidates:
            event = self._event(candidate, sentence, context, article_id, f"e{numbered + len(built) + 1}")
            if event is not None:
                built.append((candidate, event))
        _assign_tolls(sentence, built)
        head = self.head
        if head is not None and built:
            words = word_features(sentence)
            built = [(c, e) for c, e in built if not drops(head, e, words)]  # the head reads no event here
            for _, event in built:
                apply_head(head, event, words, set_quad=self._head_sets_quad)
        # An event someone reacts to ("condemned the attack") after the document told of such an event
        # is an echo of it: dropped when it adds no one and no toll, else kept with low confidence.
        echoes = {id(event) for candidate, event in built if _reacted_to(candidate) and _told_before(event, context)}
        # "Mhlanga's arrest", "the attack" after such an event was told: a re-mention, kept only for what it adds
        mentions = {id(event) for candidate, event in built if _re_mention(candidate) and _told_before(event, context)}
        # "The protest turned violent": a re-mention that tells the crowd's violence adds ACLED's riot
        built = [
            (c, e)
            for c, e in built
            if not (id(e) in echoes | mentions and _adds_nothing(e) and e.acled_sub_event_type != _RIOT)
        ]
        built = [
            (c, e)
            for c, e in built
            if not (_figurative(c, e) or _generic_mention(c, e) or _naming(c) or _epithet(c) or _topic(c))
            and not _celebration(c)
            and not press.told_the_press(e)  # "speaking to VOA": an interview, no consultation
        ]
        before_promises = {candidate.trigger.i: (candidate, event) for candidate, event in built}
        built = _without_empty_promises(built)
        built = [(c, one) for c, e in built for one in _each_side(c, e)]
        for number, (_, event) in enumerate(built, start=numbered + 1):
            event.event_id = f"e{number}"  # keep ids dense after dropping echoes
        for candidate, event in built:
            event.confidence = _confidence(candidate, event)
            if id(event) in echoes:
                event.confidence = min(event.confidence, 0.35)
            if (event.cameo_code or "").startswith("01"):
                event.confidence = min(event.confidence, _STATEMENT_CONFIDENCE)  # any act of the text comes first
        _told_in_statement_nouns(built)
        context.roots_seen.update((event.cameo_code or "")[:2] for _, event in built)
        derived = []
        for candidate, event in built:
            stated = _stated_intent(candidate, event, context)
            if stated is not None:
                pledged = _dropped_pledge_confidence(candidate, before_promises, built)
                stated.confidence = max(stated.confidence, pledged)
                stated.event_id = f"e{numbered + len(built) + len(derived) + 1}"
                derived.append(stated)
        derived = _refusals_onto_refusing_verbs(built, derived)
        for statement in _statements(built, context):
            statement.event_id = f"e{numbered + len(built) + len(derived) + 1}"
            derived.append(statement)
        return [event for _, event in built] + derived

    def _event(
        self, candidate: Candidate, sentence: Span, context: DocumentContext, article_id: str, event_id: str
    ) -> Event | None:
        words = _clause_words(candidate) - _stray_weapon_words(candidate.trigger.sent)
        weapon = cues.weapon_of(words)
        if _is_interception(candidate):
            weapon = None  # the missiles named are the attacker's; the defender's weapon is not said
        external = candidate.verb_entry is not None and candidate.verb_entry.external
        # A user's dictionary says exactly which code it means; ours is refined by the weapon named.
        code = candidate.code if external else cues.refine_force_code(candidate.code, weapon, words)
        if not external and weapon is None:
            code = _force_of_words(candidate, code)
        if not external:
            code = recoded_mobilisation(code, frozenset(words)) or code
        info = codebook.cameo(code) if codebook.is_cameo(code) else None
        plover_type = info.plover_type if info is not None else None
        plover_mode = info.plover_mode if info is not None else None
        if plover_type is None:
            if external:
                plover_type = UNMAPPED  # the user's code has no PLOVER type (a statement, a WEIS code)
            elif info is not None and info.root == "01" and candidate.noun_entry is not None:
                # "expressed sorrow", "made a statement": CAMEO's statements, which PLOVER dropped; only the
                # lexicon's statement nouns (verbs like "say" stay with the quotes stage)
                plover_type = UNMAPPED
            elif info is None or info.root != "02":
                return None  # CAMEO 01 (statements) is not an event in PLOVER; quotes carry statements
            else:
                plover_type = "REQUEST"  # PLOVER 2.0 folds CAMEO's appeals into REQUEST
        if not candidate.verbal and candidate.roles.source:
            _take_off_places(candidate, context)
        elif candidate.roles.source:
            candidate.roles.source = [
                head
                for head in candidate.roles.source
                if not place_modifiers.named_only_by_place(head, context, self._event_noun)
            ]
        alone = candidate.roles.without_conjuncts
        source = context.actors(candidate.roles.source, alone)
        if not source and code[:2] in SAID_ROOTS:
            source = context.issuer(candidate.roles.source)
        if not source:
            source = doer_of_the_attack(candidate.roles.source, context)
        if _is_mishap(candidate, code, words, weapon, source) or _nature_did_it(candidate):
            return None
        if code[:2] == "14" and _state_complaint(candidate, source):
            code, info = "114", codebook.cameo("114")
            plover_type, plover_mode = info.plover_type or plover_type, info.plover_mode
        if not source and candidate.roles.passive and code[:2] == "17":
            source = authority_that_said_so(candidate, context)
        if code == "173" and candidate.trigger.lemma_.casefold() in _LEGAL_CHARGES:
            # CAMEO keeps "charge with legal action" with arrests (173); PLOVER's manual puts charging and
            # indicting under ACCUSE ("allege": "sue, indict, or charge; bring to trial"), arrests under COERCE
            plover_type, plover_mode = "ACCUSE", "allege"
        manual = plover_reading(
            code,
            candidate.trigger.lemma_.casefold(),
            candidate.refined_by,
            frozenset(cues.lemmas(t for head in candidate.roles.source for t in head.subtree)),
            frozenset(cues.lemmas(t for head in candidate.roles.target for t in head.subtree)),
            candidate.clause_head.lemma_.casefold(),
            frozenset(words),
        )
        if manual is not None:
            plover_type, plover_mode = manual
        target = context.actors(candidate.roles.target, alone)
        if candidate.roles.fallback_target and not any(actor.country or actor.name for actor in target):
            # "fired batteries at Russia": the object is no actor (or a bare sector); the "at" phrase is
            fallback = context.actors(candidate.roles.fallback_target, alone)
            if fallback and (not target or any(actor.country for actor in fallback)):
                target = fallback
        if candidate.roles.target and all(head.lower_ in _REFLEXIVES for head in candidate.roles.target):
            target = list(source)  # "Iraq had attacked themselves", "blew themselves up"
        target = with_context_country(candidate, target, context)
        target = with_place_country(candidate, code, target, context)
        target = with_speaker_country(candidate, code, source, target, context)
        source = local_parties(candidate.trigger.sent, source, context, posted_abroad(candidate.roles.target, target))
        target = local_parties(candidate.trigger.sent, target, context, posted_abroad(candidate.roles.source, source))
        if not target:
            target = where_it_fell(candidate.trigger.sent, source, context)
        source, target = placed_parties(source, target, context, candidate.trigger.sent, code, plover_mode == "seize")
        if candidate.verb_entry is not None and candidate.verb_entry.charge and code[:2] == "11":
            # "Russia has violated the sovereignty of Ukraine": the violator is the one accused
            source, target = _accuser(candidate, context), source
        if plover_mode == "seize" and own_ground(source, target):
            # "Ukrainian forces regained control of Balakliia": ground taken in one's own country is taken
            # from someone the sentence does not name, not from one's own country.
            target = []
        if not source and code[:2] in VIOLENT_ROOTS:
            source = foreign_ground(candidate.trigger.sent, target, context)
        acled = acled_type(
            AcledContext(
                code=code,
                trigger_lemma=candidate.trigger.lemma_.casefold(),
                words=words,
                source=source,
                target=target,
                target_words=cues.lemmas(t for head in candidate.roles.target for t in head.subtree),
                source_words=frozenset(cues.lemmas(t for head in candidate.roles.source for t in head.subtree)),
                sentence_words=frozenset(cues.lemmas(sentence)),
                object_words=frozenset(
                    cues.lemmas(
                        t
                        for child in candidate.trigger.children
                        if child.dep_ in {"dobj", "nsubjpass"}
                        for t in child.subtree
                    )
                ),
                object_heads=frozenset(_object_heads(candidate.trigger)),
                target_heads=frozenset(_own_words(candidate.roles.target)),
            )
        )
        clause = candidate.clause_head if candidate.verbal or candidate.light else sentence.root
        start_token = min(clause.left_edge.i, candidate.trigger.i)
        end_token = max(clause.right_edge.i, candidate.trigger.i)
        doc = sentence.doc
        trigger = candidate.trigger_span
        return Event(
            event_id=event_id,
            article_id=article_id,
            sentence=sentence.text,
            start=doc[start_token].idx,
            end=doc[end_token].idx + len(doc[end_token]),
            trigger=trigger.text,
            trigger_start=trigger.start_char,
            trigger_end=trigger.end_char,
            plover_type=plover_type,
            plover_mode=plover_mode,
            cameo_code=code,
            quad_class=info.quad_class if info is not None else None,
            goldstein=info.goldstein if info is not None else None,
            acled_event_type=acled[0] if acled else None,
            acled_sub_event_type=acled[1] if acled else None,
            source=source,
            target=target,
            modality=_with_dating(
                modality_of(candidate.trigger, candidate.clause_head if candidate.light else None), candidate, context
            ),
        )


def _object_heads(trigger: Token) -> set[str]:
    """Lemmas of the trigger's object head, its modifiers, and what it is "of" ("a convoy of traders")."""
    return _own_words(child for child in trigger.children if child.dep_ in {"dobj", "nsubjpass"})


def _own_words(heads: Iterable[Token]) -> set[str]:
    """Lemmas of noun-phrase heads, their modifiers and what they are "of", without the place phrases hanging
    off them ("a labourer near the army camp" gives labourer, not army)."""
    found: set[str] = set()
    for head in heads:
        found.add(head.lemma_.casefold())
        for grand in head.children:
            if grand.dep_ in {"amod", "compound"}:
                found.add(grand.lemma_.casefold())
            elif grand.dep_ == "prep" and grand.lower_ == "of":
                found.update(pobj.lemma_.casefold() for pobj in grand.children if pobj.dep_ == "pobj")
    return found


_LEGAL_CHARGES = frozenset({"charge", "indict", "prosecute", "arraign"})


def _take_off_places(candidate: Candidate, context: DocumentContext) -> None:
    """The Kabul attack: a town modifying the event noun says where, not who; the light verb's
    subject, if any ("militants launched the Kabul attack"), is the doer then. Force with no target
    named falls on the town, as "the attack in Kabul" does."""
    kept = place_modifiers.without_places(candidate.roles.source, candidate.trigger, context)
    if len(kept) == len(candidate.roles.source):
        return
    towns = [source for source in candidate.roles.source if source not in kept]
    if not kept and candidate.light:
        kept = arguments.light_verb_source(candidate.clause_head)
    candidate.roles.source = kept
    if not candidate.roles.target and candidate.root in VIOLENT_ROOTS:
        candidate.roles.target = towns


def _accuser(candidate: Candidate, context: DocumentContext) -> list[ActorRef]:
    """Who makes a charge: the speaker of the report that holds it, or no one named (the writer's sources)."""
    verb = claims.report_of(candidate.trigger)
    speaker = claims.speaker_of(verb) if verb is not None else None
    return context.actors([speaker]) if speaker is not None else []


_TRADE_WEAPONS = frozenset({"tariff", "sanction", "embargo", "levy", "duty", "tax", "ban", "restriction", "boycott"})
_REASON_PREPS = frozenset({"for", "over"})


def _force_of_words(candidate: Candidate, code: str) -> str:
    """Force verbs that wield words or trade: "hit Canada with tariffs" (sanctions, 163), "its tariffs are
    targeting products" (163), "attacked the newspaper for refusing to back him" (criticism, 111)."""
    if code[:2] not in VIOLENT_ROOTS or not candidate.verbal:
        return code
    verb = candidate.trigger
    instruments = [
        grand
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ == "with"
        for grand in child.children
        if grand.dep_ == "pobj"
    ]
    subjects = [child for child in verb.children if child.dep_ in {"nsubj", "agent"}]
    if any(head.lemma_.casefold() in _TRADE_WEAPONS for head in instruments + subjects):
        return "163"
    if verb.lemma_.casefold() != "attack":
        return code
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    reasons = [
        grand
        for child in verb.children
        if child.dep_ == "prep" and child.lower_ in _REASON_PREPS
        for grand in child.children
        if grand.dep_ == "pcomp" or (grand.dep_ == "pobj" and _is_reason(grand))
    ]
    parties = objects + subjects
    if any(_armed_word(t) or t.ent_type_ in {"GPE", "LOC", "FAC"} for t in parties):
        return code
    if reasons and objects and all(_criticisable(obj) for obj in objects):
        return "111"
    return code


# Who or what is attacked in words: bodies, office holders, media outlets and their decisions, not people
# who might be set upon ("attacked villagers over a land dispute", "attacked a reporter for his reporting").
_CRITICISED = frozenset(
    {"newspaper", "media", "government", "president", "minister", "critic", "lawmaker", "senator",
     "administration", "official", "leader", "party", "opposition", "rival", "court", "judge", "policy", "plan",
     "decision", "deal", "proposal", "remark", "comment", "statement", "bill", "law", "ruling", "congress"}
)  # fmt: skip


def _criticisable(obj: Token) -> bool:
    return obj.ent_type_ in {"ORG", "PERSON", "WORK_OF_ART"} or obj.lemma_.casefold() in _CRITICISED


def _is_reason(pobj: Token) -> bool:
    """'over his remarks', 'for his policies' (a reason), not 'for the third time', 'for hours'."""
    if pobj.ent_type_ in {"DATE", "TIME", "ORDINAL", "CARDINAL"}:
        return False
    return pobj.lemma_.casefold() not in {"time", "day", "night", "hour", "week", "month", "year", "while"}


_NOT_INTENDED_ROOTS = frozenset({"01", "02", "03", "10", "11", "13"})
# Verbs of assent whose negation is a refusal whatever its tense.
_ASSENTING = frozenset({"agree", "accept", "approve", "endorse"})


# Events that two or more parties do together: "the US and Russia met", "X and Y clashed" code each
# party as acting on the others, as an event with a target does.
_MUTUAL_LEMMAS = frozenset(
    {"meet", "talk", "discuss", "negotiate", "confer", "consult", "cooperate", "collaborate", "clash", "fight",
     "skirmish", "battle", "meeting", "talks", "negotiation", "summit", "clashes", "fighting", "cooperation",
     "agree", "sign", "strengthen", "deepen", "upgrade", "mend", "reconcile", "boost",
     # "India and Pakistan exchanged fire", "traded accusations"; "Russia and Belarus held joint drills"
     "exchange", "trade", "exercise", "exercises", "drill", "drills", "manoeuvre", "maneuver", "patrol", "patrols",
     # "Israel and Hamas reached an agreement", "Saudi Arabia and Iran restored relations"
     "reach", "restore", "establish", "renew", "normalize", "normalise"}
)  # fmt: skip


def _reciprocal(trigger: Token) -> bool:
    """'Armenia and Azerbaijan accused each other', 'fired on one another': an act the parties do to one another."""
    for child in trigger.children:
        if child.dep_ not in {"dobj", "prep"}:
            continue
        for token in child.subtree:
            if token.lower_ in {"other", "another"} and token.i > 0 and token.nbor(-1).lower_ in {"each", "one"}:
                return True
    return False


# Force verbs that are as often said of things, ideas and markets as of armed attacks: "the law targeted
# gaming addictions", "the frontier is advancing", "he regained control over his health". Their event
# stands only when something in it is a party or a weapon.
_FIGURATIVE_PRONE = frozenset(
    {"target", "hit", "strike", "occupy", "take", "regain", "seize", "capture", "grab", "blast", "slam", "hammer",
     "beat", "crush", "bomb", "storm", "gain", "win", "recover"}
)  # fmt: skip
# ... and those whose figurative sense ("engaged with TikTok", "AI is advancing") is their commonest:
# they stand only with an armed party or a weapon.
_ARMED_ONLY = frozenset({"engage", "advance"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "PRM", "COP", "SPY", "INS"})
# Objects that make a seizure or occupation an idiom: "occupied a gray area", "took centre stage".
_IDIOM_OBJECTS = frozenset({"spotlight", "limelight", "headline", "imagination", "attention", "heart"})
_IDIOM_PAIRS = frozenset(
    {("gray", "area"), ("grey", "area"), ("middle", "ground"), ("centre", "stage"), ("center", "stage")}
)
_SCOPE_WORDS = frozenset({"example", "instance"})
def _figurative(candidate: Candidate, event: Event) -> bool:
    """A force verb used of no force (see _FIGURATIVE_PRONE): dropped, it is no event."""
    if not candidate.verbal or (candidate.verb_entry is not None and candidate.verb_entry.external):
        return False
    code = event.cameo_code or ""
    if (code[:2] not in VIOLENT_ROOTS and code[:3] not in {"192", "173"}) or code.startswith("181"):
        return False  # "taken hostage" is never a figure of speech
    verb = candidate.trigger
    lemma = verb.lemma_.casefold()
    objects = [child for child in verb.children if child.dep_ in {"dobj", "nsubjpass"}]
    if any(_idiom(obj) for obj in objects):
        return True
    if _fought_nowhere(verb, event):
        return True
    imperative = lemma == "take" and verb.dep_ == "ROOT" and not any(c.dep_ == "nsubj" for c in verb.children)
    if imperative and any(t.lower_ in _SCOPE_WORDS and t.head.lower_ == "for" for t in verb.subtree):
        return True  # "Take the guard Sithole, for example": an illustration, not an arrest
    if lemma not in _FIGURATIVE_PRONE | _ARMED_ONLY or cues.weapon_of(_clause_words(candidate)) is not None:
        return False
    if any(child.dep_ == "prep" and child.lower_ == "to" and _to_death(child) for child in verb.children):
        return False  # "villagers beat to death two men": no figure of speech, whoever the doers are
    if lemma in _HANDS_ON and any(obj.lemma_.casefold() in _VICTIMS for obj in objects):
        return False  # "unidentified men seized the journalist", "villagers beat the suspects"
    if any(_armed_modifier(head) for head in candidate.roles.source):
        return False  # "armed men occupied the farm", "masked men took him"
    size = event.size
    if any(value for value in (size.dead, size.injured, size.captured)):
        return False
    # only the parties the clause itself names count: a country read from a place elsewhere in the
    # sentence ("engaged with TikTok ... in China") grounds nothing
    named = _named_by(candidate.roles.source + candidate.roles.target)
    parties = [actor for actor in event.source + event.target if actor.start is not None and actor.start in named]
    if any(actor.sector in _ARMED_SECTORS for actor in parties):
        return False
    if code.startswith("173") and any(_armed_word(obj) for obj in objects):
        return False  # "several rebels were captured"
    if lemma in _ARMED_ONLY:
        return not any(actor.country for actor in parties if actor in event.target)  # "advanced on Kyiv" stands
    return not any(actor.country or (actor.code or "").startswith("IGO") for actor in parties)


# Force verbs that, done to a person, are done with hands or arms (unlike "hit", "hammer": "inflation hit
# families"), and the people they are done to.
_HANDS_ON = frozenset({"seize", "capture", "grab", "take", "beat", "storm"})
_VICTIMS = frozenset(
    {"journalist", "reporter", "activist", "suspect", "villager", "civilian", "man", "woman", "child", "boy", "girl",
     "student", "worker", "farmer", "protester", "protestor", "demonstrator", "resident", "passenger", "hostage",
     "prisoner", "people", "person", "pilgrim", "migrant", "refugee", "teacher", "doctor", "priest", "lawyer",
     "critic", "dissident", "opponent", "politician", "lawmaker", "businessman", "trader", "driver", "fisherman"}
)  # fmt: skip
_ARMED_MODIFIERS = frozenset({"armed", "masked", "uniformed", "hooded", "gun-wielding"})


def _armed_modifier(head: Token) -> bool:
    return any(child.dep_ == "amod" and child.lower_ in _ARMED_MODIFIERS for child in head.children)


def _fought_nowhere(verb: Token, event: Event) -> bool:
    """'he's still fighting' (of a jailed publisher): no one fought, nowhere, against no one."""
    if verb.lemma_.casefold() != "fight" or event.target:
        return False
    if any(child.dep_ in {"prep", "dobj"} for child in verb.children):
        return False
    # a doer read from a pronoun ("he" = the publisher) does not make it a fight; an armed one does
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    armed = any(_armed_word(subject) for subject in subjects)
    return not (armed or any(actor.sector in _ARMED_SECTORS for actor in event.source))


def _to_death(prep: Token) -> bool:
    return any(grand.dep_ == "pobj" and grand.lower_ == "death" for grand in prep.children)


_ARMED_WORDS = frozenset(
    {"rebel", "militant", "fighter", "soldier", "troop", "insurgent", "gunman", "attacker", "terrorist", "jihadist",
     "mercenary", "commander", "guard", "officer", "policeman", "combatant", "force", "army", "military", "militia"}
)  # fmt: skip


def _armed_word(head: Token) -> bool:
    return head.lemma_.casefold() in _ARMED_WORDS


# Modifiers that make a bare event noun a particular occurrence: "renewed violence", "deadly clashes".
_THIS_TIME = frozenset(
    {"deadly", "fresh", "renewed", "heavy", "new", "latest", "recent", "ongoing", "fierce", "intense", "sporadic",
     "overnight", "continued", "continuing", "bloody"}
)  # fmt: skip


def _generic_mention(candidate: Candidate, event: Event) -> bool:
    """'people are subject to attacks, abductions and abuse', 'it can mean intimidation, arrest and violence':
    a bare event noun (no article, possessor or number) with no one doing it, no one it fell on, no place
    and no toll names a kind of event, not an event; it is dropped. Nouns the sentence reports as
    happening ("violence erupted", "clashes killed five") are subjects and stay."""
    if candidate.verbal or candidate.light:
        return False
    noun = candidate.trigger
    if any(child.lower_ == "much" and any(g.lower_ in {"too", "so"} for g in child.children)
           for child in noun.children):
        return True  # "there's been too much killing": a judgement of a war's toll, not one event
    if noun.dep_ in {"nsubj", "nsubjpass", "ROOT", "attr"} or noun.tag_ in {"NNP", "NNPS"}:
        return False  # "violence erupted", "there was heavy fighting": reported as happening
    if any(
        child.dep_ in {"det", "poss", "nummod", "prep", "relcl", "acl"}
        or (child.dep_ == "amod" and child.lower_ in _THIS_TIME)
        for child in noun.children
    ):
        return False  # "the attack", "violence that began on Monday", "renewed fighting": this one
    size = event.size
    tolls = any(value for value in (size.dead, size.injured, size.captured, size.displaced))
    return not (event.source or event.target or tolls)


def _naming(candidate: Candidate) -> bool:
    """'calls President Xi a dear friend', 'called the plan a disaster': a verb that names, not a call."""
    verb = candidate.trigger
    if not candidate.verbal or verb.lemma_.casefold() != "call":
        return False
    deps = {child.dep_ for child in verb.children}
    return {"dobj", "oprd"} <= deps  # both: "called the minister" alone may be parsed with an oprd


def _named_by(heads: list[Token]) -> set[int]:
    """Character offsets of every token in the phrases of these heads."""
    return {token.idx for head in heads for token in head.subtree}


def _idiom(obj: Token) -> bool:
    lemma = obj.lemma_.casefold()
    if lemma in _IDIOM_OBJECTS and obj.tag_ not in {"NNP", "NNPS"}:
        return True
    return any((child.lower_, lemma) in _IDIOM_PAIRS for child in obj.children if child.dep_ in {"amod", "compound"})


def _told_in_statement_nouns(built: list[tuple[Candidate, Event]]) -> None:
    """'expressed sorrow for the shootings', 'voiced outrage over the killing': the event a statement noun is
    about is told in that statement (flagged reported; CAMEO codes the statement alone)."""
    statements = {
        candidate.trigger.i
        for candidate, event in built
        if not candidate.verbal and (event.cameo_code or "")[:2] in {"01", "11"}
    }
    if not statements:
        return
    for candidate, event in built:
        noun = candidate.trigger
        if candidate.verbal or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            continue
        if noun.head.head.i in statements:
            event.modality.reported = True


def _without_empty_promises(built: list[tuple[Candidate, Event]]) -> list[tuple[Candidate, Event]]:
    """'Qatar has pledged to expel the leaders', 'agreed to lift the sanctions': a pledge or agreement whose
    infinitive is itself coded says no more than that event does (one event per clause, the specific one);
    the pledge is dropped when it names no target country and its source acts in the infinitive's event."""
    coded_under: dict[int, list[Event]] = {}
    for candidate, event in built:
        if candidate.verbal and candidate.trigger.dep_ == "xcomp":
            coded_under.setdefault(candidate.trigger.head.i, []).append(event)

    def says_no_more(candidate: Candidate, event: Event) -> bool:
        if not candidate.verbal or (event.cameo_code or "")[:2] != "03" or _countries_of(event.target):
            return False  # "agreed with Iran to ...": the pledge has a party of its own
        return any(
            _countries_of(event.source) <= _countries_of(inner.source)
            for inner in coded_under.get(candidate.trigger.i, ())
        )

    return [(candidate, event) for candidate, event in built if not says_no_more(candidate, event)]


def _dropped_pledge_confidence(
    candidate: Candidate, before: dict[int, tuple[Candidate, Event]], kept: list[tuple[Candidate, Event]]
) -> float:
    """'The rebels agreed to free the hostages they abducted': the agreement, dropped for the intent derived
    from its infinitive (``_without_empty_promises``), is what the clause reports, so that intent keeps the
    confidence the agreement had (else a background act in a relative clause outranks it); 0 otherwise."""
    if not candidate.verbal or candidate.trigger.dep_ != "xcomp":
        return 0.0
    pledge = before.get(candidate.trigger.head.i)
    if pledge is None or any(event is pledge[1] for _, event in kept):
        return 0.0
    return _confidence(*pledge)


def _countries_of(actors: list[ActorRef]) -> set[str]:
    return {actor.country for actor in actors if actor.country}


def _each_side(candidate: Candidate, event: Event) -> list[Event]:
    """A mutual event with several parties as its source and no target: one event per party; a meeting
    or talks "with" someone: the other side met and talked too ("held talks with Suleiman")."""
    mutual = (
        candidate.trigger.lemma_.casefold() in _MUTUAL_LEMMAS
        or candidate.trigger.lower_ in _MUTUAL_LEMMAS
        or _reciprocal(candidate.trigger)
    )
    if mutual and _consulted_with(candidate, event):
        mirrored = dataclasses.replace(
            event,
            source=list(event.target),
            target=list(event.source),
            modality=dataclasses.replace(event.modality),
            size=dataclasses.replace(event.size),
        )
        return [event, mirrored]
    if event.target or len(event.source) < 2 or not mutual:
        return [event]
    parties = [actor for actor in event.source if actor.code or actor.country]
    if len(parties) < 2:
        return [event]
    return [
        dataclasses.replace(
            event,
            source=[party],
            target=[other for other in parties if other is not party],
            modality=dataclasses.replace(event.modality),
            size=dataclasses.replace(event.size),
        )
        for party in parties
    ]


_STATE_SECTORS = frozenset({"GOV", "LEG", "ELI"})
_COMPLAINT_PREPS = frozenset({"against", "over", "to"})
_LODGING_VERBS = frozenset({"lodge", "file", "deliver", "register", "send", "issue", "submit", "hand"})


def _state_complaint(candidate: Candidate, source: list[ActorRef]) -> bool:
    """'China protested the arrest of its citizens': a state that protests something complains officially
    (CAMEO 114); crowds demonstrate (141)."""
    verb = candidate.trigger
    if not candidate.verbal:
        # "Beijing lodged a protest with Washington": a protest that is lodged, filed or delivered is a note
        # from one government to another, never a demonstration.
        lodged = candidate.light and verb.head.lemma_.casefold() in _LODGING_VERBS
        if verb.lemma_.casefold() != "protest" or not lodged:
            return False
    elif verb.lemma_.casefold() not in {"protest", "complain"}:
        return False
    else:
        # "protested the arrest", "protested against the remarks"; not "protested in the capital"
        objects = [c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _COMPLAINT_PREPS)]
        if not objects:
            return False
    return bool(source) and all(
        (actor.country or actor.code) and (actor.sector in _STATE_SECTORS or not actor.sector) for actor in source
    )


def _consulted_with(candidate: Candidate, event: Event) -> bool:
    """A consultation (CAMEO 04) between two named sides, the other one in a "with" phrase."""
    if (event.cameo_code or "")[:2] != "04" or not event.source or not event.target:
        return False
    if not _countries_of(event.source) or not _countries_of(event.target):
        return False
    heads = candidate.roles.target
    return bool(heads) and all(head.dep_ == "pobj" and head.head.lower_ == "with" for head in heads)


# Verbs of judging someone that, as a participle after a noun, describe the person: "officials accused
# of playing a role", "civilians imprisoned for acting against Moscow".
_EPITHET_VERBS = frozenset(
    {"accuse", "charge", "suspect", "imprison", "jail", "convict", "sentence", "indict", "want", "blame"}
)
# Nouns of meetings and texts whose "on"/"about" phrase is their topic: "a summit on the unrest in Iran".
_TOPIC_HOLDERS = frozenset(
    {"summit", "talk", "talks", "conference", "meeting", "debate", "discussion", "session", "negotiation",
     "report", "resolution", "hearing", "briefing", "seminar", "forum", "consultation", "dialogue", "study"}
)  # fmt: skip


def _epithet(candidate: Candidate) -> bool:
    """'officials accused of playing a role': a participle that describes a noun names no new event."""
    verb = candidate.trigger
    if not candidate.verbal or verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    if verb.lemma_.casefold() not in _EPITHET_VERBS or any(child.dep_ == "agent" for child in verb.children):
        return False  # "a man accused by prosecutors of ...": someone is named making the accusation
    return any(child.dep_ == "prep" and child.lower_ in {"of", "for", "over"} for child in verb.children)


# Purposes that make a crowd in the streets no protest: "took to the streets to celebrate the coup".
_CELEBRATING = frozenset({"celebrate", "cheer", "welcome", "dance", "rejoice", "greet"})


def _celebration(candidate: Candidate) -> bool:
    """A crowd gathering to celebrate or welcome: CAMEO has no code for it, and it is no protest (a vigil
    "to mourn" is kept: ACLED codes vigils as peaceful protests)."""
    if candidate.root != "14" or not candidate.verbal:
        return False
    return any(
        child.dep_ in {"advcl", "xcomp"}
        and child.lemma_.casefold() in _CELEBRATING
        and any(grand.dep_ == "aux" and grand.lower_ == "to" for grand in child.children)
        for child in candidate.trigger.children
    )


def _topic(candidate: Candidate) -> bool:
    """'a summit on the unrest in Iran', 'talks about the war': the event noun is what they discuss."""
    noun = candidate.trigger
    if candidate.verbal or candidate.light or noun.dep_ != "pobj":
        return False
    preposition = noun.head
    holder = preposition.head
    return preposition.lower_ in {"on", "about", "regarding", "concerning"} and (
        holder.lemma_.casefold() in _TOPIC_HOLDERS or holder.lower_ in _TOPIC_HOLDERS
    )


def _stated_intent(candidate: Candidate, event: Event, context: DocumentContext) -> Event | None:
    """The intent or demand a future or obligatory clause states ("will withdraw" -> intent to de-escalate)."""
    if candidate.verb_entry is not None and candidate.verb_entry.external:
        return None  # a user's dictionary codes what it means; its codes are not ours to derive from
    code = event.cameo_code or ""
    if event.modality.negated:
        return _stated_refusal(candidate, event, context)
    if not (event.modality.future or event.modality.hypothetical):
        return None
    if code[:2] in _NOT_INTENDED_ROOTS and code[:2] != "03":
        return None
    clause = candidate.trigger if candidate.verbal else candidate.clause_head
    appeal = intent.appeal_of(clause) if event.modality.future else None
    if appeal is not None:
        # "the US asked Russia to release the prisoners": the asking happened (an appeal, CAMEO 02), by the
        # one who asks, to the one asked; the release is only asked for
        governor, addressee = appeal
        appealer = intent.appealer_of(governor)
        if appealer is None:
            return None
        source, target = context.actors([appealer]), context.actors([addressee])
        demanded = governor.lemma_.casefold() in intent.DEMANDING_VERBS
        new_code = intent.demand_code(code) if demanded else intent.appeal_code(code)
        return _derived(event, new_code, source, target, max(0.05, event.confidence - 0.05))
    marker = intent.intent_marker(clause)
    if (
        marker is None
        # "to disperse a march": a protest that another acts on is no announced act of its own
        # (``announced_noun``); "called for a strike on Monday" still announces one
        and (candidate.verbal or candidate.light or code[:2] != "14" or announced_noun(candidate.trigger))
        and announced_by_its_doers(
            code,
            event.modality.future,
            event.modality.hypothetical,
            any(not is_implied(actor) for actor in event.source),  # named doers, not implied protesters
        )
    ):
        marker = "intent"  # "doctors are expected to strike next week": a threat of protest (133)
    if marker is None or (marker == "intent" and code[:2] == "03"):
        # an agreement announced is already an intent (AGREE); one asked or demanded of another is a request
        return None
    if marker == "demand":
        speaker = intent.speaker_of(candidate.trigger)
        if speaker is None:
            return None
        new_code, source, target = intent.demand_code(code), context.actors([speaker]), event.source
    else:
        if candidate.verbal and candidate.roles.passive and not candidate.roles.source:
            return None  # "hoped the officials would be indicted": a wish about an act no one is named to do
        new_code = intent.intent_code(code, _clause_words(candidate))
        source, target = event.source, event.target
    if new_code is None or not codebook.is_cameo(new_code):
        return None
    if not source and event.modality.hypothetical and not event.modality.future:
        return None  # "they may be arrested": a possibility no one is named as intending
    info = codebook.cameo(new_code)
    if info.plover_type is None and info.root != "02":
        return None  # an intent PLOVER has no type for is not worth a record of its own
    stated = _derived(event, new_code, source, target, max(0.05, event.confidence - 0.05))
    if marker == "intent" and event.modality.future and intent.desired(clause):
        # "wants to attack Finland": the wish is the event (138); the attack is wished for, not announced
        event.modality.future, event.modality.hypothetical = False, True
    return stated


def _stated_refusal(candidate: Candidate, event: Event, context: DocumentContext) -> Event | None:
    """'said he would not provide support', 'will not attend the summit': the refusal happened (CAMEO 12)."""
    clause = candidate.trigger if candidate.verbal else candidate.clause_head
    # not agreeing or accepting is itself a rejection ("did not accept the results"), unlike "did not attend"
    assenting = candidate.verbal and candidate.trigger.lemma_.casefold() in _ASSENTING
    by_none = not candidate.verbal and intent.refuses_by_none(candidate.trigger, clause)
    if not assenting and not by_none and not intent.refuses(clause):  # "would not" under "said": a reported "will not"
        return None
    source = event.source
    if by_none and not source:
        # "the minister said there would be no talks": a clause with no doer of its own refuses for its speaker
        speaker = intent.speaker_of(clause)
        source = context.actors([speaker]) if speaker is not None else source
    new_code = intent.refusal_code(event.cameo_code or "")
    if new_code is None and any(child.dep_ == "neg" for child in clause.children):
        new_code = renounced_force_code(event.cameo_code or "")  # "pledged not to attack": a promise (0356)
    if new_code is None or not codebook.is_cameo(new_code):
        return None
    return _derived(event, new_code, source, event.target, max(0.05, event.confidence - 0.05))


def _refusals_onto_refusing_verbs(built: list[tuple[Candidate, Event]], derived: list[Event]) -> list[Event]:
    """'refused to release the hostages': the refusing verb's own event (generic 120) takes the code of
    the refusal derived from the refused act (1243), which is then not a second event."""
    refusing = {candidate.trigger.i: event for candidate, event in built if event.cameo_code == "120"}
    acts = {
        event.trigger_start: refusing[candidate.trigger.head.i]
        for candidate, event in built
        if candidate.verbal and candidate.trigger.dep_ == "xcomp" and candidate.trigger.head.i in refusing
    }
    kept = []
    for refusal in derived:
        verb_event = acts.get(refusal.trigger_start) if refusal.plover_type == "REJECT" else None
        if verb_event is None:
            kept.append(refusal)
            continue
        info = codebook.cameo(refusal.cameo_code or "120")
        verb_event.cameo_code, verb_event.plover_mode = info.code, info.plover_mode
        verb_event.goldstein = info.goldstein
        if not verb_event.target:
            verb_event.target = refusal.target
    return kept


def _derived(event: Event, code: str, source: list[ActorRef], target: list[ActorRef], confidence: float) -> Event:
    """A factual event derived from ``event`` (a refusal, a claim), coded ``code``."""
    info = codebook.cameo(code)
    return dataclasses.replace(
        event,
        plover_type=info.plover_type or ("REQUEST" if info.root == "02" else UNMAPPED),
        plover_mode=info.plover_mode,
        cameo_code=code,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        acled_event_type=None,
        acled_sub_event_type=None,
        source=source,
        target=target,
        modality=Modality(reported=event.modality.reported),
        size=Size(),
        confidence=round(confidence, 2),  # steps of 0.05, like _confidence
    )


def _statements(built: list[tuple[Candidate, Event]], context: DocumentContext) -> list[Event]:
    """The claims and accusations that leading reports of the sentence's acts make (sitrep.events.claims);
    the acts they are about are flagged reported."""
    coded = {candidate.trigger.i for candidate, _ in built}
    made: dict[tuple[int, str, tuple[str, ...]], Event] = {}
    for candidate, event in built:
        if (candidate.verb_entry is not None and candidate.verb_entry.external) or not event.modality.factual:
            continue
        verb = None if candidate.verbal else claims.claimed_responsibility(candidate.trigger)
        if verb is not None:
            code, speaker, target = "015", event.source, event.target
        else:
            verb = claims.leading_report(candidate.trigger)
            subject = claims.speaker_of(verb) if verb is not None else None
            if verb is None or subject is None or verb.i in coded:
                continue  # no report, or the reporting verb is coded itself ("alleged", "accused")
            if not claims.may_state(verb, event.cameo_code or ""):
                continue  # checked before resolving the speaker, which costs more
            speaker = context.actors([subject])
            pronoun_doer = claims.told_of_itself(candidate.roles.source)
            code = (
                claims.statement_code(verb, event.cameo_code or "", speaker, event.source, pronoun_doer, event.target)
                or ""
            )
            target = event.target if code == "015" else event.source
        if not code or not claims.is_party(speaker) or not codebook.is_cameo(code):
            continue
        event.modality.reported = True
        key = (verb.i, code, tuple(sorted(actor.text for actor in target)))
        if key in made:
            continue
        doc = verb.doc
        statement = _derived(event, code, speaker, target, max(0.05, event.confidence - 0.1))
        statement.trigger, statement.trigger_start, statement.trigger_end = verb.text, verb.idx, verb.idx + len(verb)
        statement.start = doc[verb.left_edge.i].idx
        statement.end = doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i])
        statement.modality = modality_of(verb)  # "did not claim", "may say": the statement's own mood
        if not statement.modality.factual:
            continue
        statement.location = event.location
        made[key] = statement
    return list(made.values())


def _is_mishap(candidate: Candidate, code: str, words: set[str], weapon: str | None, source: list[ActorRef]) -> bool:
    """An earthquake 'struck', a plant 'exploded', people 'killed in a road accident': no one's attack."""
    if candidate.verbal and candidate.trigger.dep_ in {"advcl", "conj"}:
        words = words | cues.lemmas([candidate.trigger.head])  # "a jet crashed ..., killing all ten"
    crash = weapon == "air" and bool(words & {"crash", "crashed", "crashes"})  # "a private jet crashed"
    if code[:2] not in VIOLENT_ROOTS or source or (weapon not in {None, "explosive"} and not crash):
        return False
    if not words & cues.DISASTER:
        return False
    perpetrators = {"militant", "gunman", "terrorist", "attacker", "bomber", "rebel", "insurgent", "soldier"}
    devices = {"bomb", "ied", "grenade", "suicide", "detonator", "landmine", "explosive"}  # planted, not accidental
    return not words & (perpetrators | devices)


# Nouns a weapon adjective ("nuclear", "chemical") must modify to say which weapon was used; elsewhere
# ("a nuclear power", "a nuclear doctrine", "a non-nuclear state") it names no weapon of the event.
_ARMED_HEADS = frozenset(
    {"weapon", "bomb", "missile", "warhead", "strike", "attack", "device", "arsenal", "test", "explosion", "blast",
     "torpedo", "munition", "agent", "gas", "shell", "rocket", "drone", "weapons", "arm", "bombing", "substance"}
)  # fmt: skip
_PROJECTILES = frozenset(
    {"missile", "drone", "rocket", "projectile", "uav", "shahed", "munition", "warhead", "shell", "bomb"}
)
_INTERCEPTING = frozenset({"intercept", "down", "neutralize", "neutralise", "repel", "repulse"})


def _stray_weapon_words(sentence: Span) -> set[str]:
    """Weapon adjectives of the sentence that modify no weapon (and none used properly elsewhere)."""
    proper: set[str] = set()
    stray: set[str] = set()
    for token in sentence:
        word = token.lower_
        if token.pos_ != "ADJ" or word not in cues.NUCLEAR | cues.CHEMICAL:
            continue
        head = token.head.lemma_.casefold()
        armed = token.dep_ in {"amod", "compound", "nmod"} and head in _ARMED_HEADS
        negated = token.i > 0 and token.doc[token.i - 1].lower_ in {"non", "non-", "-"}
        (proper if armed and not negated else stray).update({word, token.lemma_.casefold()})
    return stray - proper


def _is_interception(candidate: Candidate) -> bool:
    """'shot down five missiles', 'intercepted 20 drones': air defence against the attacker's weapons."""
    if not candidate.verbal:
        return False
    verb = candidate.trigger
    lemma = verb.lemma_.casefold()
    shot_down = lemma == "shoot" and any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children)
    if not (shot_down or lemma in _INTERCEPTING or lemma == "destroy"):
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    words = {t.lemma_.casefold() for head in objects for t in head.subtree}
    return bool(words & _PROJECTILES)


# Verbs of speech and reaction whose noun object is an event reported elsewhere ("condemned the attack").
REACTION_VERBS = frozenset(
    {"condemn", "denounce", "deplore", "decry", "criticize", "criticise", "slam", "blame", "mourn", "investigate",
     "welcome", "praise", "regret", "commemorate", "mark", "discuss", "describe", "call", "recall", "remember",
     "hail", "applaud", "lament", "protest", "question", "probe", "defend", "justify", "acknowledge", "confirm",
     "deny", "report", "claim", "comment"}
)  # fmt: skip


def _reacted_to(candidate: Candidate) -> bool:
    """A bare event noun that is what someone reacted to: 'condemned the attack', 'blamed X for the strike'."""
    if candidate.verbal or candidate.light:
        return False
    noun = candidate.trigger
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in {"for", "over", "about", "into", "of"}:
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.casefold() in REACTION_VERBS


def _with_dating(modality: Modality, candidate: Candidate, context: DocumentContext) -> Modality:
    """'In 2022, authorities arrested him', 'the biggest attack, in 2009, killed 25': an event the text
    dates to a year before the article's is background, not news."""
    if modality.historical:
        return modality
    if _long_ago(candidate) or _record_of_an_actor(candidate):
        modality.historical = True
        return modality
    if context.when is None:
        return modality
    year = _stated_year(candidate)
    this_year = context.when.year
    if (
        (year is not None and year < this_year)
        or _tally_since(candidate, this_year)
        or _later_in_an_old_story(candidate, this_year)
    ):
        modality.historical = True
    return modality


_SPAN_YEARS = {"day": 0, "week": 0, "month": 1, "year": 1, "decade": 10}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_LOOK_BACK_TOKENS = 80


def _later_in_an_old_story(candidate: Candidate, this_year: int) -> bool:
    """'In 1950, Korea was said to be outside the perimeter. ... Several months later, North Korea invaded':
    an event dated only relative to a year the text named just before is as old as that year plus the span.
    Only "<span> later" with a span of days to decades is read; the look back is a few sentences."""
    head = candidate.clause_head if (candidate.verbal or candidate.light) else candidate.trigger.head
    later = next((c for c in head.children if c.dep_ == "advmod" and c.lower_ in {"later", "afterwards"}), None)
    span = next((c for c in later.children if c.dep_ == "npadvmod"), None) if later is not None else None
    if span is None or span.lemma_.casefold() not in _SPAN_YEARS:
        return False
    count = next((c for c in span.children if c.dep_ == "nummod"), None)
    number = 1
    if count is not None:
        number = int(count.text) if count.text.isdigit() else _NUMBER_WORDS.get(count.lower_, 1)
    elapsed = max(1, _SPAN_YEARS[span.lemma_.casefold()] * number)
    doc, start = head.doc, head.sent.start
    for token in reversed(doc[max(0, start - _LOOK_BACK_TOKENS) : start]):
        if len(token.text) == 4 and token.text.isdigit() and token.text.startswith(("19", "20")):
            return int(token.text) + elapsed < this_year
    return False


def _tally_since(candidate: Candidate, this_year: int) -> bool:
    """'Since 2009, hundreds of people have been killed': a count over the years since an earlier year
    sums many past events; it is background, not one event of the day."""
    head = candidate.clause_head if (candidate.verbal or candidate.light) else candidate.trigger.head
    if head.dep_ == "prep":
        head = head.head  # "have been killed in suicide attacks since 2009": the noun's verb is dated
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ != "since":
            continue
        for token in child.subtree:
            if len(token.text) == 4 and token.text.isdigit() and token.text.startswith(("19", "20")):
                return int(token.text) < this_year
    return False


_LONG_SPANS = frozenset({"month", "year", "decade"})


def _long_ago(candidate: Candidate) -> bool:
    """'who had been arrested 15 months ago', 'jailed over a year ago': a clause that says it happened
    months or years before the report tells background, not news."""
    head = candidate.clause_head if (candidate.verbal or candidate.light) else candidate.trigger
    if head.dep_ not in {"relcl", "acl"}:
        return False  # a main clause's "ago" is often a misattached part of another phrase
    for child in head.children:
        if child.dep_ not in {"advmod", "npadvmod", "prep"}:  # "15 months ago", "over a year ago"
            continue
        words = [token.lemma_.casefold() for token in child.subtree]
        if "ago" in words and any(word in _LONG_SPANS for word in words):
            return True
    return False


def _stated_year(candidate: Candidate) -> int | None:
    """The year of a date phrase attached to the event's own clause (or noun), if one is given."""
    heads = [candidate.clause_head if (candidate.verbal or candidate.light) else candidate.trigger]
    if not candidate.verbal and candidate.trigger.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        # "the biggest attack, in 2009, killed 25", "spearheaded the offensive in December 2024"
        heads.append(candidate.trigger.head)
    for head in heads:
        for child in head.children:
            # "in 2022", "in May 2022", "last year" (no year), an appositive "in 2009"
            if child.dep_ == "prep" and child.lower_ not in {"in", "during"}:
                continue  # "a protocol for 1990", "since 2014" say what it covers or how long, not when
            phrases = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ in {"prep", "appos"} else [child]
            for phrase in phrases:
                if phrase.ent_type_ != "DATE":
                    continue
                for token in phrase.subtree:
                    if len(token.text) == 4 and token.text.isdigit() and token.text.startswith(("19", "20")):
                        return int(token.text)
    return None


def _re_mention(candidate: Candidate) -> bool:
    """A bare definite or possessive event noun ("the arrest", "his detention"), not carried by a verb."""
    if candidate.verbal or candidate.light:
        return False
    return any(
        (child.dep_ == "det" and child.lower_ in {"the", "this", "that", "these", "those"}) or child.dep_ == "poss"
        for child in candidate.trigger.children
    )


def _told_before(event: Event, context: DocumentContext) -> bool:
    return (event.cameo_code or "")[:2] in context.roots_seen


def _adds_nothing(event: Event) -> bool:
    """An event that names no one who did it and no toll adds nothing to the record."""
    size = event.size
    tolls = any(value for value in (size.dead, size.injured, size.captured, size.displaced))
    return not event.source and not tolls


def _nature_did_it(candidate: Candidate) -> bool:
    """'Cyclone Jude slammed into Malawi', 'the earthquake destroyed homes': no actor's act, whatever the code."""
    return any(
        head.lemma_.casefold() in cues.DISASTER
        or any(child.dep_ == "compound" and child.lemma_.casefold() in cues.DISASTER for child in head.children)
        for head in candidate.roles.source
    )


def _clause_words(candidate: Candidate) -> set[str]:
    """Lemmas of the event's own clause, without the clauses of other events hanging off it."""
    clause = candidate.clause_head if (candidate.verbal or candidate.light) else candidate.trigger
    words = cues.lemmas(clause.subtree)
    for child in clause.children:
        if child.dep_ in {"ccomp", "advcl", "conj", "relcl", "parataxis"} and child.i not in {
            token.i for token in candidate.absorbed
        }:
            words -= cues.lemmas(child.subtree) - cues.lemmas([candidate.trigger])
    for head in candidate.roles.source:
        words |= cues.lemmas(head.subtree)
    for token in candidate.absorbed:
        words |= cues.lemmas(token.subtree)
        if token.dep_ == "acl":
            words |= cues.lemmas([token.head])  # "the missile fired by ..."
    if candidate.trigger.dep_ == "acl":
        words |= cues.lemmas([candidate.trigger.head])
    return words


def _assign_tolls(sentence: Span, built: list[tuple[Candidate, Event]]) -> None:
    """Give each toll in the sentence ("killing at least 12 people") to the event it belongs to."""
    if not built:
        return
    owners: dict[int, Event] = {}
    for candidate, event in built:
        owners[candidate.trigger.i] = event
        for token in candidate.absorbed:
            owners[token.i] = event
    violent = [event for candidate, event in built if candidate.root in VIOLENT_ROOTS or candidate.code == "173"]
    sizes: dict[str, Size] = {}
    for token in sentence:
        reading = read_cue(token)
        if reading is None:
            continue
        owner = _owner(token, owners)
        if owner is None:
            if len(violent) != 1:
                continue
            owner = violent[0]
        field, count = reading
        add_count(sizes.setdefault(owner.event_id, Size()), field, count)
    for _, event in built:
        if event.event_id in sizes:
            event.size = sizes[event.event_id]


def _owner(cue: Token, owners: dict[int, Event]) -> Event | None:
    token = cue
    for _ in range(12):
        if token.i in owners:
            return owners[token.i]
        if token.head is token:
            break
        token = token.head
    for child in cue.subtree:  # "died in the shelling"
        if child.i in owners:
            return owners[child.i]
    return None


_ACTOR_HEADS = frozenset(
    {"group", "militia", "organization", "organisation", "movement", "faction", "party", "network", "regime",
     "force", "army", "government", "country", "state", "rebel", "militant", "insurgent", "fighter"}
)  # fmt: skip


def _record_of_an_actor(candidate: Candidate) -> bool:
    """'the militant group that has seized parts of Iraq': a perfect-tense relative clause on an actor
    tells what the actor has done before, not what this report is about."""
    verb = candidate.trigger if candidate.verbal else candidate.clause_head
    if verb.dep_ != "relcl" or verb.head.lemma_.casefold() not in _ACTOR_HEADS:
        return False
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
    return bool(auxiliaries & {"has", "have", "had"}) and verb.tag_ == "VBN"


def _in_background_clause(token: Token) -> bool:
    """Is the clause a relative or participial modifier of a noun (not the sentence's own assertion)?"""
    current = token
    for _ in range(8):
        if current.dep_ in {"relcl", "acl"}:
            return True
        if current.head is current or current.dep_ in {"ccomp", "ROOT"}:
            return False
        current = current.head
    return False


def _confidence(candidate: Candidate, event: Event) -> float:
    """Higher for unambiguous verb triggers with both actors resolved; lower for bare nouns."""
    score = 0.45
    score += 0.15 if candidate.verbal or candidate.light else 0.0
    if candidate.refined_by is not None or (
        len(event.cameo_code or "") >= 3 and event.cameo_code not in {"190", "130"}
    ):
        score += 0.05
    if candidate.trigger.lemma_.casefold() in AMBIGUOUS_TRIGGERS and candidate.refined_by is None:
        score -= 0.1
    if any(actor.code and not is_implied(actor) for actor in event.source):
        score += 0.15
    if any(actor.code and not is_implied(actor) for actor in event.target):
        score += 0.1
    if not candidate.verbal and candidate.trigger.dep_ in {"nsubj", "nsubjpass"}:
        score += 0.15  # "An airstrike killed ...", "Clashes erupted": the noun is what the sentence reports
    if _in_background_clause(candidate.clause_head):
        score -= 0.1  # "assets they lost when Amin expelled them": a relative clause tells the background
    if candidate.trigger.sent.start == 0:
        score += 0.05  # the lede reports the main event
    if not event.modality.factual:
        score -= 0.05
    if (
        candidate.verbal
        and candidate.trigger.dep_ in {"advcl", "xcomp"}
        and any(child.dep_ == "aux" and child.lower_ == "to" for child in candidate.trigger.children)
    ):
        score -= 0.1  # "staged protests to demand reforms": the purpose is not the reported act
    # Rounded: the score moves in steps of 0.05, and float noise (0.85 vs 0.8500000000000001) must not decide
    # which of two equally confident events is the main one (ties go to the event read first).
    return round(max(0.05, min(0.95, score)), 2)

"""Code events the PETRARCH way, for users who bring PETRARCH/TABARI dictionaries.

``PetrarchEventStage(verbs, resolver, discards)`` is an events stage that codes with the user's
verb dictionary alone (no sitrep lexicon, no learned head), as PETRARCH does:

* a verb is any word written as a form of a dictionary verb (its regular inflections and the
  irregular forms in braces); its code is that of its longest matching pattern, else its own;
* the source is the verb's subject: the first actor phrase in it and the phrases coordinated with
  it ("Mordor, Rohan and Bree"); a verb without a subject of its own (a conjoined or infinitive
  verb, "is about to restore") takes the subject of the clause it hangs from, and so does one whose
  subject is a pronoun ("Ethiopia indicated it would act");
* the target is the first actor phrase after the verb in its clause, with its coordinated phrases;
  a passive verb with a "by" phrase has it as source and its subject as target;
* a pattern's ``$`` and ``+`` say where source and target stand ("+ WAS * DEAD IN $"), past the
  noun phrases its ``^`` skip;
* a code ``a:b`` also codes the reversed pair with ``b`` ("met": 031 one way, 032 the other);
* a compound source matched by a ``%`` pattern, or one without a target whose code is mutual
  (``[064:064]``), codes each of its members against each other ("Gondor and Osgiliath have
  renewed ties");
* an event needs both a source and a target (PETRARCH's "require dyad");
* a sentence (or story) with a phrase of the discard list is not coded;
* actors are read noun phrase by noun phrase with the user's actor and agent dictionaries (dated
  codes resolved on the article's date); a phrase names one actor, its country with its agent
  ("the Calenardhon Ministry of Silly Walks"), and an agent goes to each country it is coordinated
  with ("lawmakers in Fornost and Gondor"); an agent without a country gets PETRARCH's unknown
  country (``---GOV``); an actor with several codes ("[FRO/BIL/SAM]") is each of them; a name the
  parse left outside every noun phrase is still found.

PETRARCH codes what its patterns say whatever the modality ("WILL NOT *" has its own code); the
events still carry sitrep's modality flags for the reader.
"""

from __future__ import annotations

import itertools
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from sitrep.actors import ActorDictionary, ActorResolver
from sitrep.actors.entries import SECTOR, ActorEntry
from sitrep.actors.petrarch import read_joint_codes
from sitrep.events import codebook
from sitrep.events.modality import modality_of
from sitrep.events.petrarch_discards import PetrarchDiscards, load_petrarch_discards
from sitrep.events.petrarch_verbs import PetrarchVerbs, VerbCoding, load_petrarch_verbs
from sitrep.model import ActorRef, CodedDocument, Event

log = logging.getLogger(__name__)

UNMAPPED = "UNMAPPED"  # the PLOVER type of a code PLOVER does not map (a WEIS code, a statement)
UNKNOWN_COUNTRY = "---"
# PETRARCH gives no confidence: every dictionary coding gets the same one, so a document's main
# event is its first coded one
DICTIONARY_CONFIDENCE = 0.6
_VERB_POS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# a noun phrase's prepositional phrase that belongs to its actor: "activists in Arnor", "ministry of X"
_ACTOR_PREPOSITIONS = frozenset({"of", "from", "in"})
_CLIMB = 8  # clauses climbed at most to find a verb's subject
_AUXILIARIES = frozenset({"aux", "auxpass"})


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int  # token indexes in the document, end exclusive
    end: int
    phrase: int  # the noun phrase it was read from: actors of one phrase are coordinated
    anchor: int  # index of the phrase's first conjunct head: phrases coordinated with it share it
    actor: ActorRef
    # the agent a phrase gives the countries of its prepositional phrase ("Lawmakers in Fornost": LEG)
    shared_agents: tuple[str, ...] = ()


class PetrarchEventStage:
    """``PetrarchEventStage(verbs, resolver)(doc, coded)`` appends the document's events to ``coded.events``."""

    def __init__(
        self,
        verbs: PetrarchVerbs,
        resolver: ActorResolver,
        discards: PetrarchDiscards | None = None,
        joint_codes: dict[str, tuple[str, ...]] | None = None,
    ) -> None:
        """``joint_codes``: actors (by dictionary key) that stand for several codes ("[FRO/BIL/SAM]")."""
        self.verbs = verbs
        self.resolver = resolver
        self.discards = discards
        self._joint: dict[tuple[str | None, str], tuple[str, ...]] = {}
        for key, codes in (joint_codes or {}).items():
            entry = resolver.dictionary.get(key)
            if entry is not None:
                self._joint[(entry.name, codes[0])] = codes
        self._agent_codes = frozenset(
            role.actor_code
            for entry in resolver.dictionary.entries
            if entry.type == SECTOR and entry.agent_affix is not None
            for role in entry.roles
            if role.actor_code
        )

    @classmethod
    def from_files(
        cls,
        verbs: Path | str,
        actors: Path | str | None = None,
        agents: Path | str | None = None,
        discards: Path | str | None = None,
    ) -> PetrarchEventStage:
        """The stage for a set of PETRARCH dictionaries; without ``actors``/``agents``, sitrep's own actors."""
        dictionary = ActorDictionary.from_petrarch(actors, agents) if actors or agents else None
        return cls(
            load_petrarch_verbs(verbs),
            ActorResolver(dictionary),
            load_petrarch_discards(discards) if discards else None,
            read_joint_codes(Path(actors)) if actors else None,
        )

    @classmethod
    def from_directory(cls, directory: Path | str) -> PetrarchEventStage:
        """The stage for a folder of PETRARCH dictionaries, found by name: ``*verbs*.txt`` (required),
        ``*actors*.txt``, ``*agents*.txt``, ``*discards*.txt`` (e.g. PETRARCH's ``PETR.Validate.*``)."""
        folder = Path(directory)
        if not folder.is_dir():
            raise PetrarchSetupError(f"{folder}: not a folder of PETRARCH dictionaries")
        found = {kind: _one_file(folder, kind) for kind in ("verbs", "actors", "agents", "discards")}
        if found["verbs"] is None:
            raise PetrarchSetupError(f"{folder}: no verb dictionary (a file named *verbs*.txt)")
        return cls.from_files(found["verbs"], found["actors"], found["agents"], found["discards"])

    def __call__(self, doc: Doc, coded: CodedDocument) -> None:
        if self.discards is not None and self.discards.discards_story(doc.text):
            return
        published = coded.article.published
        when = published.date() if published is not None else None
        noun_chunks: list[Span] | None = None  # the document's, read once (a Span's are read from them)
        for sentence in doc.sents:
            verbs = [token for token in sentence if token.pos_ in _VERB_POS and token.lower_ in self.verbs.surface]
            if not verbs:
                continue
            if self.discards is not None and self.discards.discards_sentence(sentence.text):
                continue
            try:
                if noun_chunks is None:
                    noun_chunks = list(doc.noun_chunks)
                chunks = [chunk for chunk in noun_chunks if sentence.start <= chunk.start < sentence.end]
                mentions = self._mentions(sentence, chunks, when)
                for verb in verbs:
                    for event in self._code_verb(verb, sentence, chunks, mentions, coded.article.id):
                        event.event_id = f"e{len(coded.events) + 1}"
                        coded.events.append(event)
            except Exception:  # one odd sentence must not lose the article's other events
                log.exception("PETRARCH coding failed on a sentence of article %s", coded.article.id)

    # --- actors -------------------------------------------------------------------------------

    def _mentions(self, sentence: Span, chunks: list[Span], when: date | None) -> list[_Mention]:
        """Every actor of the sentence, read noun phrase by noun phrase, in text order."""
        doc = sentence.doc
        found: list[_Mention] = []
        covered = -1
        named: set[int] = set()  # tokens of the phrases that named an actor
        whole: set[int] = set()  # tokens of phrases that name one actor only
        chunk_of: dict[int, tuple[int, int]] = {}  # token -> (phrase, anchor) of its noun chunk
        for number, chunk in enumerate(chunks):
            if chunk.start <= covered or chunk.root.pos_ == "PRON":
                continue
            shared: tuple[str, ...] = ()
            if chunk.root.dep_ == "appos" and chunk.root.head.i in named and chunk.start - 1 in named:
                whole.update(range(chunk.start, chunk.end))
                continue  # "Deputy Prime Minister Telemar": the apposition names the same actor
            end = chunk.end
            read = [resolved.ref for resolved in self.resolver.resolve_actors(chunk, when) if resolved.ref.code]
            refs = _one_actor(read, chunk)
            if not refs:
                refs = self._named_in(chunk, when)
            extended = _phrase_end(chunk)
            if extended > end and refs and all(ref.country and ref.code == ref.country for ref in refs):
                # "the Calenardhon Ministry of Silly Walks": the phrase names its agent after the country
                wider = [resolved.ref for resolved in self.resolver.resolve_actors(doc[chunk.start : extended], when)]
                if wider and wider[0].country == refs[0].country and wider[0].code != refs[0].code:
                    refs, end = wider[:1], extended
                    covered = end - 1
            elif extended > end and all(ref.country is None for ref in refs):
                # an agent without a country takes it from its phrase ("activists in Arnor"), and a
                # name may run across it ("the Prince of Dol Amroth")
                wider = [resolved.ref for resolved in self.resolver.resolve_actors(doc[chunk.start : extended], when)]
                named_across = [ref for ref in wider if (ref.start or 0) < chunk.end_char]
                composed = self._composed(refs[0], doc[chunk.start : extended], when) if len(refs) == 1 else None
                if (refs and any(ref.country for ref in wider)) or (not refs and named_across):
                    shared = tuple(dict.fromkeys(agent for agent in map(_agent_of, wider) if agent))
                    refs, end = (wider if refs else named_across), extended
                    covered = end - 1
                elif composed is not None and composed.country is not None:
                    # "Former security officials in White House": the actor of the phrase with its agents
                    refs, end = [composed], extended
                    covered = end - 1
            if len(refs) == 1:
                refs = [self._composed(refs[0], doc[chunk.start : end], when)]
            anchor = _first_conjunct(chunk.root).i
            for index in range(chunk.start, end):
                chunk_of[index] = (number, anchor)
            if refs:
                named.update(range(chunk.start, end))
                if not any(token.dep_ == "cc" for token in chunk):
                    whole.update(range(chunk.start, end))  # one actor: no other name in it counts
            for ref in (one for read in refs for one in self._petrarch_refs(read)):
                if ref.code is None:
                    continue
                span = doc.char_span(ref.start or 0, ref.end or 0, alignment_mode="expand")
                start, stop = (span.start, span.end) if span is not None else (chunk.start, end)
                found.append(_Mention(start, stop, number, anchor, ref, shared))
        # names the parse left out of every noun chunk ("an anti- Gondor parade" read as a clause)
        taken = {index for mention in found for index in range(mention.start, mention.end)} | whole
        number = len(found) + 1000
        for match in self.resolver.dictionary.index.find(list(sentence)):
            if any(token.i in taken for token in match.tokens):
                continue
            for ref in (one for read in self._named_in(match.tokens, when) for one in self._petrarch_refs(read)):
                number += 1
                # a name inside a coordinating noun chunk belongs to its list ("Arnor, Calenardhon and ...")
                phrase, anchor = chunk_of.get(match.start, (number, _first_conjunct(match.tokens[-1]).i))
                found.append(_Mention(match.start, match.end, phrase, anchor, ref))
                taken.update(range(match.start, match.end))
        found.sort(key=lambda mention: mention.start)
        return found

    def _composed(self, ref: ActorRef, phrase: Span, when: date | None) -> ActorRef:
        """The code PETRARCH builds for a phrase with one actor and its agents: prefix agents, the
        actor's own code, then each suffix agent it does not end with ("An MSF Arnor diplomat":
        NGOARNGOV, "West German world government activists": GMWGOVWGO); a former holder ("former
        Gondor prosecutors") has ELI in place of the agents."""
        matches = self.resolver.dictionary.index.find(phrase)
        actors = [m for m in matches if m.hits and m.hits[0].entry.type != SECTOR]
        agents = [m.hits[0].entry for m in matches if m.hits and m.hits[0].entry.agent_affix is not None]
        if len(actors) != 1 or not agents:
            return ref
        role = actors[0].hits[0].entry.role_on(when)
        if role is None or role.actor_code is None or (ref.country is not None and role.country != ref.country):
            return ref  # the resolver read the phrase otherwise (another country): keep its reading
        prefixes = [_agent_code(entry) for entry in agents if entry.agent_affix == "prefix"]
        suffixes = [_agent_code(entry) for entry in agents if entry.agent_affix == "suffix"]
        if ref.sector == "ELI":
            suffixes = ["ELI"]
        code = "".join(prefixes) + role.actor_code
        for suffix in suffixes:
            if suffix and not code.endswith(suffix):
                code += suffix
        return _with_code(ref, code, role.country)

    def _named_in(self, chunk: Span | list[Token], when: date | None) -> list[ActorRef]:
        """The first actor the dictionary names inside a phrase the resolver read as none of its own
        ("an anti- Gondor parade", "Evil Mordor"): PETRARCH codes the name wherever it stands."""
        for match in self.resolver.dictionary.index.find(list(chunk)):
            entry = match.hits[0].entry if match.hits else None
            if entry is None or entry.type == SECTOR:
                continue
            role = entry.role_on(when)
            if role is None or role.actor_code is None:
                continue
            first, last = match.tokens[0], match.tokens[-1]
            text = first.doc[first.i : last.i + 1].text
            end = last.idx + len(last)
            return [ActorRef(text, entry.name, role.actor_code, role.country, role.sector, first.idx, end)]
        return []

    def _petrarch_refs(self, ref: ActorRef) -> list[ActorRef]:
        """The actor in PETRARCH's terms: an agent read without a country has the unknown country
        (``GOV`` -> ``---GOV``); an actor with several codes ("the Shire") is each of them."""
        if ref.country is None and ref.code is not None and ref.code in self._agent_codes:
            return [_with_code(ref, UNKNOWN_COUNTRY + ref.code)]
        codes = self._joint.get((ref.name, ref.code or ""))
        if codes:
            return [_with_code(ref, code, code[:3]) for code in codes]
        return [ref]

    # --- one verb -----------------------------------------------------------------------------

    def _code_verb(
        self, verb: Token, sentence: Span, chunks: list[Span], mentions: list[_Mention], article_id: str
    ) -> list[Event]:
        coding = self.verbs.code(verb, written_forms=True)
        if coding is None or coding.code is None:
            return []
        source, target = self._sides(verb, sentence, chunks, coding, mentions)
        if not source:
            return []
        pattern_text = coding.pattern.text if coding.pattern is not None else ""
        pairs: list[tuple[list[ActorRef], list[ActorRef], str]] = []
        mutual = coding.reverse_code is not None and coding.reverse_code == coding.code  # "[064:064]"
        if len(source) > 1 and ("%" in pattern_text or (mutual and not target)):
            for first in source:  # the members of a compound actor did it to each other
                for second in source:
                    if first.code != second.code:
                        pairs.append(([first], [second], coding.code))
        elif target:
            pairs.append((source, target, coding.code))
            if coding.reverse_code is not None:
                pairs.append((target, source, coding.reverse_code))
        return [self._event(verb, sentence, s, t, code, article_id) for s, t, code in pairs]

    def _sides(
        self, verb: Token, sentence: Span, chunks: list[Span], coding: VerbCoding, mentions: list[_Mention]
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        """The source and target actors of the verb."""
        skips = coding.pattern.skips if coding.pattern is not None else {}
        source_group = _marked(coding.marks.get("$"), skips.get("$", 0), sentence.start, chunks, verb, mentions)
        target_group = _marked(coding.marks.get("+"), skips.get("+", 0), sentence.start, chunks, verb, mentions)
        if source_group is None and target_group is None:
            source_group, target_group = _passive_sides(verb, mentions)
        if source_group is None:
            source_group = _subject_group(verb, mentions, avoid=target_group)
        if target_group is None:
            target_group = _object_group(verb, mentions, avoid=source_group)
        source = _refs(source_group, mentions)
        target = [actor for actor in _refs(target_group, mentions) if all(actor.code != s.code for s in source)]
        return source, target

    def _event(
        self,
        verb: Token,
        sentence: Span,
        source: list[ActorRef],
        target: list[ActorRef],
        code: str,
        article_id: str,
    ) -> Event:
        info = codebook.cameo(code) if codebook.is_cameo(code) else None
        doc = sentence.doc
        first, last = verb.left_edge.i, verb.right_edge.i
        return Event(
            event_id="",
            article_id=article_id,
            sentence=sentence.text,
            start=doc[first].idx,
            end=doc[last].idx + len(doc[last]),
            trigger=verb.text,
            trigger_start=verb.idx,
            trigger_end=verb.idx + len(verb),
            plover_type=(info.plover_type if info is not None else None) or UNMAPPED,
            plover_mode=info.plover_mode if info is not None else None,
            cameo_code=code,
            quad_class=info.quad_class if info is not None else None,
            goldstein=info.goldstein if info is not None else None,
            source=list(source),
            target=list(target),
            modality=modality_of(verb),
            confidence=DICTIONARY_CONFIDENCE,
        )


class PetrarchSetupError(ValueError):
    """The PETRARCH dictionaries asked for cannot be found."""


def petrarch_stage_from_options(
    directory: Path | None,
    verbs: Path | None = None,
    actors: Path | None = None,
    agents: Path | None = None,
    discards: Path | None = None,
) -> PetrarchEventStage | None:
    """The stage the command-line options ask for (``--petrarch-dir`` or ``--verbs`` ...), or ``None``.

    Raises ``ValueError`` (with the reason) for a missing or unreadable dictionary."""
    if directory is None and verbs is None:
        if actors or agents or discards:
            raise PetrarchSetupError("--actors, --agents and --discards need --verbs (or use --petrarch-dir)")
        return None
    if directory is not None and verbs is not None:
        raise PetrarchSetupError("give either --petrarch-dir or --verbs, not both")
    if directory is not None:
        return PetrarchEventStage.from_directory(directory)
    for path in (verbs, actors, agents, discards):
        if path is not None and not Path(path).is_file():
            raise PetrarchSetupError(f"{path}: file not found")
    assert verbs is not None
    return PetrarchEventStage.from_files(verbs, actors, agents, discards)


def _one_file(folder: Path, kind: str) -> Path | None:
    matches = sorted(path for path in folder.glob(f"*{kind}*.txt") if path.is_file())
    matches = matches or sorted(path for path in folder.glob(f"*{kind.capitalize()}*.txt") if path.is_file())
    if len(matches) > 1:
        raise PetrarchSetupError(f"{folder}: several {kind} dictionaries ({', '.join(p.name for p in matches)})")
    return matches[0] if matches else None


# --- phrases ----------------------------------------------------------------------------------


def _phrase_end(chunk: Span) -> int:
    """End of a noun chunk with its actor-giving prepositional phrase ("activists in Arnor")."""
    end = chunk.end
    for child in chunk.root.rights:
        if child.i >= end and child.dep_ == "prep" and child.lower_ in _ACTOR_PREPOSITIONS:
            right = child.right_edge.i + 1
            if right - child.i <= 8:
                end = right
            break
    return end


def _one_actor(refs: list[ActorRef], chunk: Span) -> list[ActorRef]:
    """A noun chunk names one actor unless it coordinates two of a kind ("Fornost and the evil
    Gondor", "lawmakers and officials"): its first country with the agent named beside it
    ("Ithilen's awful and evil minister" is ITHGOV, "the evil Arnor awful Gondor" is ARN)."""
    if len(refs) < 2:
        return refs
    ordered = sorted(refs, key=lambda ref: ref.start or 0)
    joints = [token.idx for token in chunk if token.dep_ == "cc"]
    same_kind = all(ref.country for ref in ordered) or not any(ref.country for ref in ordered)
    coordinated = same_kind and all(
        any((first.end or 0) <= joint < (second.start or 0) for joint in joints)
        for first, second in itertools.pairwise(ordered)
    )
    if coordinated:
        return ordered
    country = next((ref for ref in ordered if ref.country), None)
    if country is None:
        return ordered[:1]
    if country.code != country.country:
        return [country]  # it has its agent already
    agent = next((ref for ref in ordered if ref is not country and ref.sector and ref.code), None)
    if agent is None:
        return [country]
    suffix = agent.code[3:] if agent.country or agent.code.startswith(UNKNOWN_COUNTRY) else agent.code
    return [_with_code(country, (country.country or "") + suffix)]


def _first_conjunct(token: Token) -> Token:
    """The first of a list of coordinated phrases: "Mordor, the Shire and Bree" (an apposition
    that stands for its head, "Evil Mordor, the awful Fornost, and ...", belongs to the list too)."""
    for _ in range(10):
        if token.dep_ not in {"conj", "appos"} or token.head is token:
            break
        token = token.head
    return token


def _group(mention: _Mention, mentions: list[_Mention]) -> tuple[int, int]:
    return mention.phrase, mention.anchor


def _refs(group: tuple[int, int] | None, mentions: list[_Mention]) -> list[ActorRef]:
    """The actors of a phrase and of the phrases coordinated with it, once each."""
    if group is None:
        return []
    phrase, anchor = group
    members = [mention for mention in mentions if mention.phrase == phrase or mention.anchor == anchor]
    refs: list[ActorRef] = []
    for actor in _share_agents(members):
        if all(actor.code != kept.code for kept in refs):
            refs.append(actor)
    return refs


def _share_agents(members: list[_Mention]) -> list[ActorRef]:
    """PETRARCH's reading of agents in coordinated phrases.

    "Lawmakers in Fornost and Gondor": the agent of a phrase goes to each country named in it
    (FORLEG, GONLEG); "Lawmakers and officials in Fornost": an agent without a country takes those
    of the phrases it is coordinated with (FORLEG beside FORGOV)."""
    by_phrase: dict[int, list[ActorRef]] = {}
    shared: tuple[str, ...] = ()
    for mention in members:
        actor = mention.actor
        if shared and _bare_country(actor) and mention.phrase not in by_phrase:
            # "Lawmakers in Fornost and Gondor": GONLEG
            by_phrase[mention.phrase] = [_with_code(actor, (actor.country or "") + agent) for agent in shared]
            continue
        by_phrase.setdefault(mention.phrase, []).append(actor)
        shared = mention.shared_agents or shared
    actors: list[ActorRef] = []
    for refs in by_phrase.values():
        agents = {ref.code[3:] for ref in refs if ref.country and ref.code and len(ref.code) > 3 and ref.sector}
        if len(agents) == 1:
            suffix = next(iter(agents))
            refs = [_with_code(ref, (ref.country or "") + suffix) if _bare_country(ref) else ref for ref in refs]
        actors.extend(refs)
    countries = list(dict.fromkeys(ref.country for ref in actors if ref.country))
    if not countries:
        return actors
    shared: list[ActorRef] = []
    for ref in actors:
        if ref.country is None and ref.code and ref.code.startswith(UNKNOWN_COUNTRY):
            shared.extend(_with_code(ref, country + ref.code[3:], country) for country in countries)
        else:
            shared.append(ref)
    return shared


def _agent_code(entry: ActorEntry) -> str:
    role = entry.default_role
    return (role.actor_code or "") if role is not None else ""


def _agent_of(ref: ActorRef) -> str | None:
    """The agent part of a code: ``FORGOV`` -> ``GOV``; a bare agent is its own code."""
    code = ref.code or ""
    if ref.country and code.startswith(ref.country):
        return code[len(ref.country) :] or None
    return code.removeprefix(UNKNOWN_COUNTRY) or None


def _bare_country(ref: ActorRef) -> bool:
    return bool(ref.country) and ref.code == ref.country


def _with_code(ref: ActorRef, code: str, country: str | None = None) -> ActorRef:
    return ActorRef(ref.text, ref.name, code, country or ref.country, ref.sector, ref.start, ref.end, ref.office)


def _marked(
    position: int | None, skips: int, offset: int, chunks: list[Span], verb: Token, mentions: list[_Mention]
) -> tuple[int, int] | None:
    """The actor a pattern's marker points to: the first one from it (after the verb, past the noun
    phrases a "^" skips) or the last one before it (before the verb)."""
    if position is None:
        return None
    index = offset + position  # the pattern counts words from the start of the sentence
    if index > verb.i:
        if skips:
            starts = [chunk.start for chunk in chunks if chunk.start >= index]
            if len(starts) <= skips:
                return None
            index = starts[skips]
        after = [mention for mention in mentions if mention.end > index and mention.start > verb.i]
        return _group(after[0], mentions) if after else None
    before = [mention for mention in mentions if mention.end <= index]
    return _group(before[-1], mentions) if before else None


def _subject_group(verb: Token, mentions: list[_Mention], avoid: tuple[int, int] | None) -> tuple[int, int] | None:
    """The actor of the verb's subject, climbing to the governing clause where the verb has none."""
    token = verb
    for _ in range(_CLIMB):
        subjects = [child for child in token.children if child.dep_ in _SUBJECTS]
        if not subjects:  # "The Philippines was ... criticized", parsed with the subject on "was"
            subjects = [g for c in token.children if c.dep_ in _AUXILIARIES for g in c.children if g.dep_ in _SUBJECTS]
        regions: list[Token] = [subject for subject in subjects if subject.pos_ != "PRON"]
        if subjects and not regions and subjects[0].lower_ in _RELATIVE and token.dep_ == "relcl":
            regions = [token.head]  # "Gollum, who abandoned ...": the noun the clause describes
        elif not subjects and token.dep_ in {"relcl", "acl"}:
            regions = [token.head]  # "the parade supporting Gondor"
        # else a pronoun subject ("it would act") or none: the governing clause's subject acts
        if not regions and any(child.dep_ == "auxpass" for child in token.children):
            return None  # "to be allowed to leave": done to someone, not by the governing subject
        if regions:
            first = min(region.left_edge.i for region in regions)  # "Old foes Gondor and Osgiliath"
            last = max(region.right_edge.i for region in regions)
            inside = [
                mention
                for mention in mentions
                if first <= mention.start
                and mention.end <= last + 1
                and mention.start < verb.i
                and not mention.start <= verb.i < mention.end
            ]
            for mention in inside:
                if _group(mention, mentions) != avoid:
                    return _group(mention, mentions)
            if not inside:
                return None  # a subject that names no actor ("crowds"): nobody to code
            # the subject is the pattern's target ("NOTED + *"): the governing clause's subject acts
        if token.head is token:
            return None
        token = token.head
    return None


def _passive_sides(verb: Token, mentions: list[_Mention]) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """ "Eriador was opposed by Osgiliath": the "by" phrase did it, to the subject."""
    agents = [grand for child in verb.children if child.dep_ == "agent" for grand in child.children]
    subjects = [child for child in verb.children if child.dep_ == "nsubjpass"]
    if not agents or not subjects:
        return None, None
    doer = _within(agents[0], mentions)
    done_to = _within(subjects[0], mentions)
    if doer is None or done_to is None:
        return None, None
    return doer, done_to


def _within(head: Token, mentions: list[_Mention]) -> tuple[int, int] | None:
    first, last = head.left_edge.i, head.right_edge.i
    for mention in mentions:
        if first <= mention.start and mention.end <= last + 1:
            return _group(mention, mentions)
    return None


def _object_group(verb: Token, mentions: list[_Mention], avoid: tuple[int, int] | None) -> tuple[int, int] | None:
    """The first actor after the verb in its clause."""
    last = verb.right_edge.i
    for mention in mentions:
        if verb.i < mention.start <= last and _group(mention, mentions) != avoid:
            return _group(mention, mentions)
    return None

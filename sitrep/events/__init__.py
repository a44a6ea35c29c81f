"""Event detection and coding: who did what to whom, read clause by clause from the spaCy parse.

Public surface::

    from sitrep.pipeline import Coder
    coder = Coder(stages=["places", "events"])          # "events" is sitrep.events.stage:EventStage
    document = coder.code(article)                      # document.events: list[sitrep.model.Event]

    from sitrep.events.stage import EventStage
    stage = EventStage(resolver=ActorResolver(dictionary))  # another actor dictionary (e.g. PETRARCH's)
    stage = EventStage(extra_verbs="CAMEO.verbs.txt")       # a PETRARCH verb dictionary codes the verbs it lists

    from sitrep.events.petrarch_verbs import load_petrarch_verbs
    verbs = load_petrarch_verbs(path)                       # verbs.code(token) -> VerbCoding | None

    from sitrep.events.petrarch_coding import PetrarchEventStage
    stage = PetrarchEventStage.from_directory(folder)       # code the PETRARCH way with a user's dictionaries
                                                            # (sitrep code --petrarch-dir DIR)

Each event carries source and target actors (sitrep.actors), the PLOVER type and mode, CAMEO code,
QuadClass and Goldstein score (sitrep.events.codebook), the ACLED type for political violence and
protest (acled.py), modality (modality.py: negated, hypothetical, future, reported, historical), tolls
(sizes.py: dead, injured, captured, displaced) and a confidence.

Modules: lexicon.yaml/lexicon.py (trigger words and codes), detect.py (triggers, tolls folded into
their events, threats and accusations framing the events they mention), arguments.py (source and
target phrases), cues.py (weapons and settings), intent.py (stated intentions, demands and refusals),
claims.py (a party's claim or accusation about an act, coded next to the act: "X said Y attacked Z" is
also X accusing Y, CAMEO 112; "claimed responsibility" is 015),
numbers.py (counts in words), head.py (a learned head over the rule coding that may overrule an
event's ACLED type and QuadClass; ``EventStage(head=False)`` codes by the rules alone),
petrarch_verbs.py (a user's PETRARCH verb dictionary), stage.py (the pipeline stage; it also drops
echoes: an event someone reacts to, or re-mentions, after the document told of it, when it adds no actor and no toll).
"""

"""A verb whose lexicon entry has only object-specific codes can name its most general code for other
objects (``other_object``): "denied the request" is CAMEO's general Reject (12) although "request" is not
listed, while a place, a person, a time or an event noun as object is not such a thing. Sentences written
for these tests (none is from an evaluation set)."""

from __future__ import annotations

import pytest
from event_samples import events_of

from sitrep.events.lexicon import Lexicon, LexiconError, load_lexicon, parse_lexicon


def _codes(coder, text: str) -> set[str]:
    return {event.cameo_code for event in events_of(coder, text)}


@pytest.mark.parametrize(
    "text",
    [
        "The ministry denied the petition of the families.",
        "Belgrade denied the application for a border crossing permit.",
        "The government denied the opposition's bid for a referendum.",
    ],
)
def test_an_unlisted_denied_thing_is_a_rejection(coder, text: str) -> None:
    assert any(code.startswith("12") for code in _codes(coder, text))


def test_listed_objects_keep_their_own_codes(nlp) -> None:
    deny = next(token for token in nlp("The militia denied involvement in the bombing.") if token.lemma_ == "deny")
    match = load_lexicon().code_verb(deny)
    assert match is not None and (match.code, match.refined_by) == ("016", "involvement")


@pytest.mark.parametrize(
    ("text", "general"),
    [
        ("The officials denied the protesters.", False),  # a person is whom, not what
        ("Kyiv denied the attack on the convoy.", False),  # an event noun is an event of its own
        ("Kyiv denied the petition of the families.", True),
    ],
)
def test_persons_and_event_nouns_are_no_general_rejection(nlp, text: str, general: bool) -> None:
    deny = next(token for token in nlp(text) if token.lemma_ == "deny")
    match = load_lexicon().code_verb(deny)
    assert (match is not None and match.code == "120" and match.refined_by is not None) is general


def test_other_object_is_checked_against_cameo() -> None:
    with pytest.raises(LexiconError):
        Lexicon(parse_lexicon('verbs:\n  deny: {other_object: "999"}\n'))


def test_without_other_object_an_unlisted_object_is_no_event(nlp) -> None:
    lexicon = Lexicon(parse_lexicon('verbs:\n  deny: {objects: {allegation: "120"}}\n'))
    doc = nlp("The ministry denied the petition of the families.")
    deny = next(token for token in doc if token.lemma_ == "deny")
    assert lexicon.code_verb(deny) is None
    with_general = Lexicon(parse_lexicon('verbs:\n  deny: {other_object: "120", objects: {allegation: "120"}}\n'))
    match = with_general.code_verb(deny)
    assert match is not None and (match.code, match.refined_by) == ("120", "petition")


def test_an_amount_as_object_is_no_thing_refused(nlp) -> None:
    lexicon = Lexicon(parse_lexicon('verbs:\n  decline: {other_object: "120"}\n'))
    fell = next(token for token in nlp("Exports declined 5 percent in May.") if token.lemma_ == "decline")
    assert lexicon.code_verb(fell) is None
    refused = next(token for token in nlp("The ministry declined the petition.") if token.lemma_ == "decline")
    match = lexicon.code_verb(refused)
    assert match is not None and match.code == "120"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Japan allocated $50 million to Ukraine for reconstruction.", "071"),
        ("The EU allocated humanitarian aid to Gaza.", "073"),
        ("The committee allocated seats to the parties.", None),
    ],
)
def test_allocated_funds_or_aid_are_given(nlp, text: str, code: str | None) -> None:
    verb = next(token for token in nlp(text) if token.lemma_ == "allocate")
    match = load_lexicon().code_verb(verb)
    assert (match.code if match else None) == code

"""Quotations: marks, attribution forms, cue and content spans, speakers and stance."""

from __future__ import annotations

import pytest

from sitrep.model import Article, Quote
from sitrep.quotes import find_quotations, quotes_of


def only(found: list[Quote], starting: str) -> Quote:
    matches = [q for q in found if q.content.startswith(starting)]
    assert len(matches) == 1, [q.content for q in found]
    return matches[0]


# -- quotation marks --------------------------------------------------------------------------------


def test_straight_and_curly_quotes() -> None:
    text = 'He said "one two three" and then “four five six”.'
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found] == ["one two three", "four five six"]


def test_apostrophes_are_not_quotation_marks() -> None:
    text = "The army’s spokesman said the ‘special operation’ wasn’t over."
    assert [text[q.start : q.end] for q in find_quotations(text)] == ["special operation"]


def test_quotation_continued_in_next_paragraph() -> None:
    text = "He said: “First paragraph of the statement.\n\n“Second paragraph ends it,” he said.\n\nNo quote here."
    (quote,) = find_quotations(text)
    assert text[quote.start : quote.end].startswith("First paragraph")
    assert text[quote.start : quote.end].endswith("ends it")
    assert quote.paragraphs == 2


def test_unclosed_quotation_ends_with_its_paragraph() -> None:
    text = "“This is never closed\n\nA new paragraph without a mark."
    (quote,) = find_quotations(text)
    assert text[quote.start : quote.end] == "This is never closed"
    assert not quote.closed


def test_doubled_apostrophe_quotation_marks() -> None:
    text = "He said, ''We will not back down,'' and added: ``Never.'' The students' union's view.\n''One\n''Two.''"
    found = find_quotations(text)
    assert [text[q.start : q.end] for q in found] == ["We will not back down", "Never.", "One\n''Two."]
    assert found[-1].paragraphs == 2


def test_doubled_apostrophe_quotation_is_direct(quotes) -> None:
    found = quotes("''We will not back down in the face of threats,'' the minister said on Monday.")
    quote = only(found, "We will not back down")
    assert quote.type == "direct" and quote.speaker.text == "the minister"


# -- attribution forms ----------------------------------------------------------------------------


def test_modifiers_after_the_content_belong_to_it(quotes) -> None:
    # The parser hangs "within his first hundred days" on the cue; PolNeAR (and a reader) count it as
    # part of what was promised.
    quote = only(quotes("He promised immigration reform within his first hundred days."), "immigration reform")
    assert quote.content == "immigration reform within his first hundred days"
    # A clause after a comma is the writer's, not the speaker's.
    quote = only(quotes("He denied the report, adding nothing else."), "the report")
    assert quote.content == "the report"


def test_question_word_opens_the_content(quotes) -> None:
    quote = only(quotes("The analyst explained why the state is hard to poll."), "why")
    assert quote.content == "why the state is hard to poll"


def test_direct_quote_with_speaker_after(quotes) -> None:
    text = "“We are not going to let this stand,” Pentagon spokesperson Sabrina Singh said on Tuesday."
    quote = only(quotes(text), "We are not going")
    assert quote.type == "direct"
    assert text[quote.start : quote.end] == "We are not going to let this stand"
    assert (quote.cue, text[quote.cue_start : quote.cue_end]) == ("said", "said")
    assert quote.speaker.text == "Pentagon spokesperson Sabrina Singh"
    assert quote.speaker.name == "Sabrina Singh"


def test_inverted_said_x(quotes) -> None:
    quote = only(quotes("“It is not escalatory,” said Pentagon spokesperson Sabrina Singh."), "It is not")
    assert quote.speaker.name == "Sabrina Singh"


def test_direct_quote_after_colon(quotes) -> None:
    text = "Lavrov said: “Every new shipment only pushes a settlement further away.”"
    quote = only(quotes(text), "Every new shipment")
    assert quote.type == "direct" and quote.speaker.name == "Lavrov"


def test_multi_sentence_and_multi_paragraph_quote(quotes) -> None:
    text = (
        "Zelensky said: “The operation continues. Our troops are advancing.\n\n"
        "“We will not stop until the attacks on our cities end,” he said."
    )
    found = quotes(text)
    quote = only(found, "The operation continues")
    assert quote.content.endswith("attacks on our cities end")
    assert quote.type == "direct"
    assert len(found) == 1


def test_indirect_with_and_without_that(quotes) -> None:
    found = quotes(
        "Putin said Ukraine would face a worthy response. Zelensky told reporters that the push would go on."
    )
    without = only(found, "Ukraine would face")
    assert without.type == "indirect" and without.speaker.name == "Putin"
    told = only(found, "that the push")
    assert told.cue == "told" and told.speaker.name == "Zelensky"


def test_said_in_a_statement_and_wrote_in_a_post(quotes) -> None:
    found = quotes(
        "The army said in a statement it had repelled the attack. "
        "She wrote in a post on X that the strikes were a mistake."
    )
    assert only(found, "it had repelled").cue == "said"
    assert only(found, "that the strikes").cue == "wrote"


def test_according_to_before_and_after(quotes) -> None:
    found = quotes(
        "According to the ministry, three drones were shot down overnight. "
        "Two soldiers were wounded, according to regional governor Vyacheslav Gladkov."
    )
    first = only(found, "three drones")
    assert first.cue == "According to" and first.speaker.text == "the ministry"
    second = only(found, "Two soldiers")
    assert second.speaker.name == "Vyacheslav Gladkov"


def test_mixed_quote(quotes) -> None:
    text = 'Singh said Ukraine was "taking action to protect themselves" from attacks.'
    quote = only(quotes(text), "Ukraine was")
    assert quote.type == "mixed"
    assert "taking action" in quote.content


def test_cue_verbs_beyond_said(quotes) -> None:
    found = quotes(
        "The Kremlin called the incursion a major provocation. The ministry denied any involvement. "
        "The EU urged both sides to exercise restraint. Iran warned that it would respond. "
        "Britain condemned the attack."
    )
    cues = {q.cue for q in found}
    assert {"called", "denied", "urged", "warned", "condemned"} <= cues


def test_content_offsets_point_into_the_text(quotes) -> None:
    text = "Officials said on Monday that talks would resume. “We are ready,” the envoy said."
    for quote in quotes(text):
        assert text[quote.start : quote.end] == quote.content
        assert text[quote.cue_start : quote.cue_end] == quote.cue


def test_titles_in_quotation_marks_are_not_statements(quotes) -> None:
    assert quotes("She said it on “Good Morning America” yesterday.") == []


# -- speakers ---------------------------------------------------------------------------------------


def test_pronoun_and_title_resolve_to_the_named_speaker(quotes) -> None:
    text = (
        "Pentagon spokesperson Sabrina Singh said the operation was not escalatory. "
        "“We were not informed beforehand,” she told reporters. "
        "“Ukraine is acting to protect itself,” the spokesperson said."
    )
    found = quotes(text)
    assert only(found, "We were not").speaker.text == "she"
    assert only(found, "We were not").speaker.name == "Sabrina Singh"
    assert only(found, "Ukraine is acting").speaker.name == "Sabrina Singh"


def test_surname_and_gender(quotes) -> None:
    text = (
        "Interior Minister Mari Rantanen said the border would stay shut. "
        "Prime Minister Petteri Orpo said Finland was under pressure. "
        "Rantanen said the guards had recorded new attempts. "
        "“Our security comes first,” she said."
    )
    found = quotes(text)
    assert only(found, "the guards").speaker.name == "Mari Rantanen"


def test_ministry_description_resolves_to_the_earlier_ministry(quotes) -> None:
    text = (
        "Russia's foreign ministry condemned the attack. "
        "The ministry urged Western countries to stop supplying weapons."
    )
    assert only(quotes(text), "Western countries").speaker.name == "Russia's foreign ministry"


def test_floating_quote_continues_the_previous_speaker(quotes) -> None:
    text = (
        "“We believe a deal is achievable,” John Kirby said.\n\n"
        "“The president has been directly involved in these conversations.”"
    )
    floating = only(quotes(text), "The president has been")
    assert floating.cue is None
    assert floating.speaker.name == "John Kirby"


def test_anonymous_speaker_has_no_name(quotes) -> None:
    quote = only(quotes("A senior official said the talks had stalled."), "the talks")
    assert quote.speaker.text == "A senior official" and quote.speaker.name is None


# -- stance -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "about"),
    [
        ("The Kremlin called the incursion a major provocation.", "escalatory", "the incursion"),
        ("Pentagon spokesperson Sabrina Singh said the operation was not escalatory.", "not_escalatory",
         "the operation"),
        ("Medvedev warned that Russia would respond with all available means.", "threatens", None),
        ("The army denied targeting civilians.", "denies", "targeting civilians"),
        ("The EU urged both sides to exercise restraint.", "appeals", "both sides"),
        # what is asked for, not the subject of the clause after it
        ("The aid agency appealed for a two-day truce so families could bury their dead.", "appeals",
         "a two-day truce"),
        ("The bishops called for calm while investigators searched the port.", "appeals", "calm"),
        ("Britain condemned the strike on the hospital.", "condemns", "the strike on the hospital"),
        ("The IAEA chief said he was deeply concerned about the shelling near the plant.", "concern", "the shelling"),
        ("France said it welcomed the ceasefire agreement.", "supports", None),
        ("A Turkish official said the talks would continue on Thursday.", None, None),
        ("China has never condemned Russia's invasion, the spokesperson said.", None, None),
        ("“We do not condemn any side,” the spokesperson said.", None, None),
        ("“We do not accept this, and we condemn the attack,” the minister said.", "condemns", None),
    ],
)
def test_stance_rules(quotes, text: str, label: str | None, about: str | None) -> None:
    (quote, *_) = quotes(text)
    if label is None:
        assert quote.stance is None
        return
    assert quote.stance is not None and quote.stance.label == label
    if about is not None:
        assert about in quote.stance.about


# -- the pipeline stage ----------------------------------------------------------------------------


def test_stage_through_the_coder(nlp) -> None:
    from sitrep.pipeline import Coder

    coder = Coder(stages=["quotes"], nlp=nlp)
    text = "“We are ready to talk,” the envoy said. Russia's foreign ministry condemned the strike."
    coded = coder.code(Article(id="a1", text=text))
    assert coded.error is None
    assert [q["type"] for q in coded.to_dict()["quotes"]] == ["direct", "indirect"]
    assert all(q.article_id == "a1" for q in coded.quotes)


def test_stage_survives_odd_input(nlp) -> None:
    from sitrep.pipeline import Coder

    coder = Coder(stages=["quotes"], nlp=nlp)
    for text in ["“", '"""', "said", "According to", ":", "“Unclosed\n\n“and on\n\n“and on"]:
        coded = coder.code(Article(id="x", text=text))
        assert coded.error is None, coded.error


def test_speakers_coded_with_the_actor_dictionary(nlp) -> None:
    from sitrep.quotes.stage import QuoteStage

    stage = QuoteStage()
    if stage.resolver is None:
        pytest.skip("the actor dictionary is not available")
    text = (
        "Pentagon spokesperson Sabrina Singh said the operation was not escalatory. "
        "Russian President Vladimir Putin said the West would regret it. "
        "“We were not informed beforehand,” she told reporters."
    )
    found = quotes_of(nlp(text), "t", None, stage.resolver)
    putin = only(found, "the West")
    assert (putin.speaker.name, putin.speaker.country, putin.speaker.sector) == ("Vladimir Putin", "RUS", "GOV")
    # "she" skips the more recent (male, per the dictionary) speaker.
    assert only(found, "We were not").speaker.name == "Sabrina Singh"
    assert only(found, "We were not").speaker.code == "USAMIL"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # An inverted speaker the parser made the cue's object.
        ("“Look, we needed to split the first two primaries,” added a South Carolina Democrat.", "added",
         "a South Carolina Democrat"),
        # The climb from a cue in a prepositional phrase to the verb whose subject speaks ("saying" inside
        # the statement of "quoted" is part of it; tests/test_quotes_nesting.py checks the climb itself).
        ("The Post quoted an unnamed official as saying that the talks had failed.", "quoted", "The Post"),
        # A share of people speaks.
        ("Some 26 percent of Democrats say they have not decided.", "say", "Some 26 percent of Democrats"),
        # An infinitive on a noun is not the noun's statement.
        ("The senator has a rare chance to show that she can win the state.", "show", "The senator"),
        # A noun cue's holder is the subject of the verb it is the object of.
        ("They also expressed support for the union positions.", "support", "They"),
    ],
)
def test_speaker_forms(quotes, text: str, cue: str, speaker: str) -> None:
    (quote,) = [q for q in quotes(text) if q.cue == cue]
    assert quote.speaker is not None and quote.speaker.text == speaker

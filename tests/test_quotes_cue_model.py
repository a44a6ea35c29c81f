"""The shipped learned cue model (eighth session: refitted on train articles 0-720) and the content of a
copula cue whose complement is an attitude adjective."""

from __future__ import annotations

import json

import pytest
from quote_samples import build_script
from spacy.language import Language

from sitrep.quotes.attribution import _innermost_content, content_token_range, find_attributions
from sitrep.quotes.learned import MODEL_PATH, CueModel, candidate_heads


def test_shipped_model_has_the_build_scripts_settings() -> None:
    """The shipped file is what ``build_quote_model.py`` writes with its defaults: same settings, same
    thresholds, same layout (refitting the weights needs 720 parsed articles; see BENCHMARKS.md)."""
    build = build_script()
    shipped = MODEL_PATH.read_text(encoding="utf-8")
    model = json.loads(shipped)
    defaults = build.arguments().parse_args([])
    assert model["articles"] == defaults.limit == 720
    assert build.model_json(defaults, model["articles"], model["weights"]) == shipped


def test_decision_slice_is_not_fitted() -> None:
    """720-840 is where decisions are taken: the shipped model must not have seen it."""
    from sitrep.eval.quotes import fitted_articles

    assert fitted_articles() <= 720


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Campaign aides were optimistic that he would win the primary in Ohio.", "were",
         "that he would win the primary in Ohio"),
        ("Republicans are determined to block the nominee.", "are", "to block the nominee"),
    ],
)
def test_copula_cue_takes_the_adjectives_content(nlp: Language, text: str, cue: str, content: str) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == cue)
    heads = candidate_heads(token)
    assert [head.dep_ for head in heads] == ["acomp"]
    span = content_token_range(_innermost_content(heads))
    assert span is not None and doc[span[0]:span[1]].text == content


@pytest.mark.parametrize(
    ("text", "adjective", "content", "holder"),
    [
        ("Campaign aides were optimistic that he would win the primary in Ohio.", "optimistic",
         "that he would win the primary in Ohio", "Campaign aides"),
        ("Many farmers are deeply worried about the new tariffs.", "worried", "the new tariffs", "Many farmers"),
        ("The opposition leader was confident that the vote would fail.", "confident",
         "that the vote would fail", "The opposition leader"),
    ],
)
def test_copula_cue_is_shown_as_its_adjective(nlp: Language, text: str, adjective: str, content: str,
                                              holder: str) -> None:
    """When the copula is taken as the cue (here: a model that takes every candidate), the statement's cue
    is the adjective that names the attitude, its content the adjective's and its holder the subject: the
    same statement as when the adjective itself is scored as the cue (eleventh session)."""
    doc = nlp(text)
    every = CueModel({"bias": 10.0}, 0.5)
    (found,) = [a for a in find_attributions(doc, every) if doc.text[a.start:a.end] == content]
    assert found.cue_token is not None and doc[found.cue_token].text == adjective
    assert found.speaker_start is not None and doc[found.speaker_start:found.speaker_end].text == holder


def test_an_infinitive_content_stays_whole(nlp: Language) -> None:
    """Gold keeps "to veto the bill" as what is planned; only adjectives are descended into."""
    doc = nlp("The senator plans to veto the bill.")
    token = next(t for t in doc if t.text == "plans")
    span = content_token_range(_innermost_content(candidate_heads(token)))
    assert span is not None and doc[span[0]:span[1]].text == "to veto the bill"

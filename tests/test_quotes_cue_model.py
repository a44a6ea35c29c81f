"""The shipped learned cue model (eighth session: refitted on train articles 0-720) and the content of a
copula cue whose complement is an attitude adjective."""

from __future__ import annotations

import json

import pytest
from quote_samples import build_script
from spacy.language import Language

from sitrep.quotes.attribution import _innermost_content, content_token_range, find_attributions
from sitrep.quotes.learned import MODEL_PATH, CueModel, candidate_heads, cue_features


def test_shipped_model_has_the_build_scripts_settings() -> None:
    """The shipped file is what ``build_quote_model.py`` writes with its defaults: same settings, same
    thresholds, same layout (refitting the weights needs 720 parsed articles; see BENCHMARKS.md)."""
    build = build_script()
    shipped = MODEL_PATH.read_text(encoding="utf-8")
    model = json.loads(shipped)
    defaults = build.arguments().parse_args([])
    assert model["articles"] == defaults.limit == 720
    assert build.model_json(defaults, model["articles"], model["weights"], model.get("vector_weights")) == shipped


def test_the_shipped_model_weighs_the_lemma_vector() -> None:
    from sitrep.nlp.embeddings import embedding_dimensions
    from sitrep.quotes.learned import shipped_cue_model

    model = shipped_cue_model()
    assert model is not None and len(model.vector_weights) == embedding_dimensions()
    assert any(model.vector_weights)


def test_a_lemma_scores_like_the_words_it_resembles() -> None:
    """With weights on the lemma vector alone (those of "believe"), a lemma the fit never saw as a feature
    scores by its likeness: "think" above "bake" (the mechanism by which rare attitude lemmas gain)."""
    from sitrep.quotes.learned import lemma_vector

    model = CueModel({}, 0.5, vector_weights=tuple(5 * x for x in lemma_vector("believe")))
    assert model.probability([], "think") > model.probability([], "bake")
    assert CueModel({}, 0.5).probability([], "think") == 0.5  # a model fitted without vectors ignores them


@pytest.mark.parametrize(
    ("text", "verb", "kind", "lemma"),
    [
        ("The old factory closed in 2009 and shows its age.", "shows", "noun", "factory"),
        ("They met the minister and demanded new elections.", "demanded", "person_pronoun", "they"),
    ],
)
def test_a_conjoined_verb_has_its_governors_subject(nlp: Language, text: str, verb: str, kind: str,
                                                    lemma: str) -> None:
    doc = nlp(text)
    token = next(t for t in doc if t.text == verb)
    assert token.dep_ == "conj"
    features = cue_features(token, candidate_heads(token))
    assert "no_speaker" in features  # no subject of its own
    assert f"conj_speaker_kind={kind}" in features and f"conj_speaker_lemma={lemma}" in features


def test_a_verb_with_its_own_subject_has_no_conjoined_subject(nlp: Language) -> None:
    doc = nlp("The committee met on Monday and the senator demanded new elections.")
    token = next(t for t in doc if t.text == "demanded")
    assert not any(f.startswith("conj_speaker") for f in cue_features(token, candidate_heads(token)))


def test_the_build_script_splits_off_the_vector_weights() -> None:
    from sitrep.nlp.embeddings import embedding_dimensions

    build = build_script()
    sparse, vector = build.split_vector_weights({"bias": -1.0, "lemma_vector=0": 0.5, "lemma_vector=3": -0.25})
    assert sparse == {"bias": -1.0}
    assert len(vector) == embedding_dimensions() and vector[0] == 0.5 and vector[3] == -0.25 and vector[1] == 0.0


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

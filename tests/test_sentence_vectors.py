"""Sentence vectors from the shipped static embeddings."""

from __future__ import annotations

import numpy as np

from sitrep.nlp.embeddings import embedding_dimensions, sentence_vectors


def test_vectors_have_unit_length_and_put_paraphrases_near_each_other() -> None:
    shelled, fired_on, talks = sentence_vectors(
        [
            "Russian forces shelled Kharkiv overnight.",
            "Ukrainian troops came under artillery fire near Kharkiv.",
            "The foreign minister said talks would resume next week.",
        ]
    )
    assert np.allclose([np.linalg.norm(v) for v in (shelled, fired_on, talks)], 1.0, atol=1e-3)
    assert shelled @ fired_on > shelled @ talks + 0.3


def test_no_text_and_unknown_text_give_no_error() -> None:
    assert sentence_vectors([]).shape == (0, embedding_dimensions())
    empty = sentence_vectors([""])
    assert empty.shape == (1, embedding_dimensions()) and not empty.any()

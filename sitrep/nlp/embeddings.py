"""Sentence vectors for sitrep's learned parts, from the static embeddings shipped in the package.

The vectors are all-MiniLM-L6-v2 distilled into one vector per word piece (see
`sitrep/data/embeddings/minilm_static/README.md`): a text's vector is the mean of its pieces' vectors,
so encoding needs numpy and a tokenizer, no transformer, and costs about 0.2 ms a sentence.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

STATIC_MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "embeddings" / "minilm_static"


@lru_cache(maxsize=1)
def _static_model():  # -> model2vec.StaticModel; imported lazily: coding without a learned part skips it
    from model2vec import StaticModel
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    # Built from the shipped files directly, so nothing ever asks a model hub, even for metadata.
    try:
        config = json.loads((STATIC_MODEL_DIR / "config.json").read_text())
        vectors = load_file(str(STATIC_MODEL_DIR / "model.safetensors"))["embeddings"]
        tokenizer = Tokenizer.from_file(str(STATIC_MODEL_DIR / "tokenizer.json"))
    except (OSError, KeyError, ValueError) as error:
        raise RuntimeError(
            f"The static embeddings in {STATIC_MODEL_DIR} are missing or unreadable; reinstall sitrep."
        ) from error
    return StaticModel(
        vectors=vectors.astype(np.float32),
        tokenizer=tokenizer,
        config=config,
        normalize=bool(config.get("normalize", True)),
        max_length=int(config.get("max_length", 512)),
    )


def embedding_dimensions() -> int:
    return int(_static_model().dim)


def sentence_vectors(texts: Sequence[str]) -> np.ndarray:
    """One unit-length row per text (a row of zeros for a text with no known piece)."""
    if not texts:
        return np.zeros((0, embedding_dimensions()), dtype=np.float32)
    return np.asarray(_static_model().encode(list(texts), show_progress_bar=False), dtype=np.float32)

"""The spaCy pipeline: one model, loaded once per process from the installed package."""

from sitrep.nlp.loader import MODEL_PACKAGE, get_nlp

__all__ = ["MODEL_PACKAGE", "get_nlp"]

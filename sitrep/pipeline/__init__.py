"""The coding pipeline: parse an article once, run the stages, return a ``CodedDocument``."""

from sitrep.pipeline.coder import Coder
from sitrep.pipeline.stages import DEFAULT_STAGES

__all__ = ["DEFAULT_STAGES", "Coder"]

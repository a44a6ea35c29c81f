"""Article in, coded document out: the per-article function that every run maps."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence

from spacy.language import Language

from sitrep import __version__
from sitrep.model import Article, CodedDocument
from sitrep.nlp import get_nlp
from sitrep.pipeline.stages import DEFAULT_STAGES, Stage, build_stage

log = logging.getLogger(__name__)


class Coder:
    """Runs the parse and the configured stages over articles, one document at a time.

    A failure in one document is recorded on that document (``error``) and never
    stops the others.
    """

    def __init__(
        self,
        stages: Sequence[str] = DEFAULT_STAGES,
        nlp: Language | None = None,
        batch_size: int = 32,
    ) -> None:
        self.nlp = nlp or get_nlp()
        self.stage_names = tuple(stages)
        self.stages: list[tuple[str, Stage]] = [(name, build_stage(name)) for name in self.stage_names]
        self.batch_size = batch_size

    @property
    def version(self) -> str:
        """Names what produced a coding, so a store can tell which articles a new pipeline must recode."""
        return f"sitrep-{__version__}:{'+'.join(self.stage_names)}"

    def code(self, article: Article) -> CodedDocument:
        return next(self.code_many([article]))

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedDocument]:
        for batch in _batches(articles, self.batch_size):
            codable = [article for article in batch if article.codable]
            docs = iter(self.nlp.pipe(article.text for article in codable))
            for article in batch:
                if not article.codable:
                    yield CodedDocument(article, error=f"not coded: language {article.language!r}")
                    continue
                yield self._run_stages(article, next(docs))

    def _run_stages(self, article: Article, doc) -> CodedDocument:
        coded = CodedDocument(article)
        for name, stage in self.stages:
            try:
                stage(doc, coded)
            except Exception as error:  # one bad document must not stop a run
                log.exception("stage %s failed on article %s", name, article.id)
                coded.error = f"stage {name} failed: {type(error).__name__}: {error}"
                break
        return coded


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch

"""PolNeAR content figures counted in words rather than in attributions.

"Content overlap F1" has two readings in the literature on attribution:

- per attribution (``score_polnear``'s ``content_overlap``, sitrep's own since the first session): gold and
  predicted attributions are paired one to one, each pair scores the share of its words it gets right, and an
  unpaired attribution scores 0, however short. A missed three-word "X wants Y" costs as much as a missed
  paragraph-long quotation.
- per word (``content_tokens``), after Citron's overlap metric (BBC R&D, ``citron/metrics.py``): the words each
  predicted content shares with each gold content, summed over every gold × predicted pair, over all
  predicted content words (precision) and all gold content words (recall). This is the figure Citron
  publishes as its content-span overlap F1, and the one the issue's comparison with it is about.

The pair sum counts a word twice where two contents on one side overlap. PolNeAR's gold never nests (none of its
22,457 train attributions has its cue inside another's content), but predictions can: a coder that kept every
statement nested in another one's content would gain 0.03 on the pair sum while it lost 0.03 per attribution
(thirteenth session, four train slices). So the headline figure (``p``, ``r``, ``f1``) counts every word once: is it
inside some gold content, is it inside some predicted content. Citron's pair sum is reported beside it
(``pair_sum``); on sitrep's predictions the two differ by less than a thousandth.

Words are the ``\\w+`` runs every PolNeAR figure counts (``word_tokens``): quotation marks and punctuation, which
annotators include or leave out at random, never count. Citron counts spaCy tokens, punctuation included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sitrep.eval.scoring import SetScores, prf


@dataclass(slots=True)
class ContentWordTally:
    """Running word counts over articles, for both per-word readings."""

    once: SetScores = field(default_factory=SetScores)
    pair_overlap: int = 0
    pair_predicted: int = 0
    pair_gold: int = 0

    def add(self, gold: list[set[int]], predicted: list[set[int]]) -> None:
        """One article: the word sets of its gold contents and of its predicted contents."""
        self.once.add(set().union(*gold), set().union(*predicted))
        self.pair_overlap += sum(len(g & p) for g in gold for p in predicted)
        self.pair_predicted += sum(map(len, predicted))
        self.pair_gold += sum(map(len, gold))

    def report(self) -> dict[str, Any]:
        def ratio(part: int, whole: int) -> float:
            return part / whole if whole else 0.0

        return {
            **prf(self.once.precision, self.once.recall),
            "pair_sum": prf(ratio(self.pair_overlap, self.pair_predicted), ratio(self.pair_overlap, self.pair_gold)),
            "gold_words": self.once.tp + self.once.fn,
            "predicted_words": self.once.tp + self.once.fp,
        }

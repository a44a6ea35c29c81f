"""The fast paths of actor resolution read the same as the token-by-token ones they replace."""

from __future__ import annotations

import pytest

from sitrep.actors import ActorResolver
from sitrep.actors.resolver import _joined_text, _text

_TEXT = (
    "The U.S. State Department said al-Shabaab fighters attacked a base near Mogadishu on Monday. "
    "Russian President Vladimir Putin met NATO Secretary-General Mark Rutte's envoy, while the "
    "Kremlin and Ukraine's Ministry of Defense traded blame. Hamas-run health officials in Gaza "
    "said Israeli troops and anti-Kremlin Russian fighters were nearby."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(_TEXT)


def _readable(matches) -> list[tuple[int, int, list[str], list[int]]]:
    return [
        (match.start, match.end, [hit.entry.key for hit in match.hits], [token.i for token in match.tokens])
        for match in matches
    ]


def test_finding_in_a_whole_doc_reads_as_finding_in_its_tokens(doc) -> None:
    index = ActorResolver().dictionary.index
    from_array = index.find(doc)
    assert len(from_array) >= 8  # the sample names many actors, some of several words or with hyphens
    assert any(match.end - match.start > 1 for match in from_array)
    assert _readable(from_array) == _readable(index.find(list(doc)))
    assert _readable(index.find(doc[5:30])) == _readable(index.find(list(doc[5:30])))


def test_an_empty_doc_has_no_matches(nlp) -> None:
    assert ActorResolver().dictionary.index.find(nlp("")) == []


def test_joined_text_is_the_span_text_with_or_without_gaps(doc) -> None:
    tokens = list(doc)
    for start, end in [(0, 1), (0, 5), (3, 12), (len(tokens) - 4, len(tokens))]:
        run = tokens[start:end]
        assert _joined_text(run) == _text(run[0], run[-1]) == doc[start:end].text
    gapped = [tokens[2], tokens[4], tokens[5]]
    assert _joined_text(gapped) == _text(tokens[2], tokens[5]) == doc[2:6].text

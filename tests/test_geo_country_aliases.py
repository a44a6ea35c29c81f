"""Dotted country abbreviations resolve to their country (issue #6, VOA report: "C.A.R." was left unresolved and
a story on the Central African Republic was placed in Cameroon, its other country). Sentences written for this
test."""

from __future__ import annotations

from sitrep.model import Article, CodedDocument


def test_the_dotted_abbreviation_of_the_central_african_republic(nlp, stage) -> None:
    text = "Rebels attacked villages in northern C.A.R. on Tuesday, near the border with Cameroon."
    coded = CodedDocument(Article(id="s", text=text))
    stage(nlp(text), coded)
    resolved = {place.text: place.country for place in coded.places}
    assert resolved.get("C.A.R.") == "CAF"
    assert resolved.get("Cameroon") == "CMR"

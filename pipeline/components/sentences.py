"""Sentence boundaries from the ingest stage's splitter, so offsets agree across stages."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.page import split_sentences


class Sentences:
    """Set ``token.is_sent_start`` at 。！？； (with closing quotes) and line ends."""

    def __init__(self, nlp: Language, name: str = "sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        starts = {start for start, _ in split_sentences(doc.text)}
        for token in doc:
            token.is_sent_start = token.i == 0 or token.idx in starts
        return doc


@Language.factory("sentences")
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences(nlp, name)

"""Sentence boundaries from the ingest stage's splitter, so offsets agree across stages."""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.page import split_sentences
from .entities import doc_text


class Sentences:
    """Set sentence starts at 。！？； (with closing quotes) and line ends."""

    def __init__(self, nlp: Language, name: str = "sentences") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        starts = numpy.fromiter((start for start, _ in split_sentences(doc_text(doc))), dtype="uint64")
        offsets = doc.to_array([IDX])
        flags = numpy.where(numpy.isin(offsets, starts), 1, -1)
        flags[0] = 1
        doc.from_array([SENT_START], flags.astype("uint64").reshape(-1, 1))
        return doc


@Language.factory("sentences")
def make_sentences(nlp: Language, name: str) -> Sentences:
    return Sentences(nlp, name)

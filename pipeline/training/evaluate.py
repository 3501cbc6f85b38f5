"""Precision, recall and F1 of the segmenter and the NER on a corpus split."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.scorer import PRFScore

from .corpora import Sentence, read_cluener, read_msra, read_pd1998
from .ner import NER_LABELS
from .segmenter import segmentation_prf

SPLITS = {
    "pd1998-dev": ("pd1998/dev.txt", read_pd1998),
    "msra-test": ("msra-ner/msra_test_bio.txt", read_msra),
    # modern news (2020); its conventions differ: an address is written out whole, scene is PLACE
    "cluener-dev": ("cluener/dev.jsonl", read_cluener),
}


def read_split(corpora: Path, split: str, limit: int | None = None) -> list[Sentence]:
    relative, reader = SPLITS[split]
    sentences = list(reader(corpora / relative))
    return sentences[:limit] if limit else sentences


def evaluate_segmentation(nlp: Language, sentences: Iterable[Sentence]) -> dict[str, float]:
    gold, predicted = [], []
    for sentence in sentences:
        if not sentence.words:
            continue
        gold.append(sentence.words)
        predicted.append([t.text for t in nlp.make_doc(sentence.text) if not t.is_space])
    p, r, f = segmentation_prf(gold, predicted)
    return {"p": p, "r": r, "f": f, "sentences": len(gold)}


def evaluate_entities(nlp: Language, sentences: Iterable[Sentence], labels=NER_LABELS) -> dict[str, dict[str, float]]:
    """Exact-span entity P/R/F per label and overall, over the pipeline's ``doc.ents``."""
    scores = {label: PRFScore() for label in labels}
    total = PRFScore()
    sentences = list(sentences)
    docs = nlp.pipe(s.text for s in sentences)
    for sentence, doc in zip(sentences, docs, strict=True):
        gold = {(s, e, label) for s, e, label in sentence.entities if label in labels}
        found = {(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents if ent.label_ in labels}
        for label in labels:
            g = {x for x in gold if x[2] == label}
            f = {x for x in found if x[2] == label}
            scores[label].score_set(f, g)
        total.score_set(found, gold)
    report = {label: {"p": s.precision, "r": s.recall, "f": s.fscore} for label, s in scores.items()}
    report["ALL"] = {"p": total.precision, "r": total.recall, "f": total.fscore}
    return report


__all__ = ["evaluate_entities", "evaluate_segmentation", "read_split"]

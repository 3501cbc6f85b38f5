"""Train the default NER: a CRFsuite model over the segmenter's words (``newsgraph train ner``).

Training data, as for the spaCy CNN (:mod:`pipeline.training.ner`): ``pd1998/train.txt`` with its
gold words and ``msra-ner/msra_train_bio.txt`` segmented by the project's segmenter, cut at entity
edges; a share of the sentences also in half-width digits and letters. The settings (which
corpora, the CRF's regularisation and iterations) are in ``configs/crf_ner.cfg``. Training is
L-BFGS on one core, minutes rather than hours; the dev split is never read.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable, Iterator, Sequence
from functools import partial
from pathlib import Path

import pycrfsuite
from spacy.util import load_config

from ..components.crf_decoder import speed_up
from ..components.crf_ner import CRFEntityRecognizer, WordFeatures
from .corpora import Sentence, read_cluener, read_msra, read_pd1998
from .ner import NER_LABELS, training_words

#: CLUENER's labels whose sentences train the NER: names and government bodies (position is
#: no NER label); a sentence with a company, an address or a scene, which CLUENER marks in its
#: own extents, is left out
CLUENER_TRAINING_LABELS = frozenset(("name", "government", "position"))
READERS = {
    "pd1998": ("pd1998/train.txt", read_pd1998),
    "msra": ("msra-ner/msra_train_bio.txt", read_msra),
    "cluener": ("cluener/train.jsonl", partial(read_cluener, only=CLUENER_TRAINING_LABELS)),
}


def word_tags(sentence: Sentence, words: Sequence[str]) -> list[str] | None:
    """BIO tags of ``words`` for the sentence's entities; None when an entity cuts a word."""
    starts, ends, offset = {}, {}, 0
    for i, word in enumerate(words):
        starts[offset] = i
        offset += len(word)
        ends[offset] = i
    tags = ["O"] * len(words)
    for start, end, label in sentence.entities:
        if label not in NER_LABELS:
            continue
        if start not in starts or end not in ends:
            return None
        first, last = starts[start], ends[end]
        tags[first] = "B-" + label
        tags[first + 1 : last + 1] = ["I-" + label] * (last - first)
    return tags


def training_sequences(
    sentences: Iterable[Sentence],
    cut,
    features: WordFeatures,
    halfwidth_share: float,
    rng: random.Random,
    gold_words: bool = True,
) -> Iterator[tuple[list[list[str]], list[str]]]:
    """``(features, tags)`` a sentence; gold words where the corpus has them (and ``gold_words``),
    else ``cut``'s between the entities' edges."""
    for sentence in sentences:
        sentence, words = training_words(sentence, cut, rng, halfwidth_share, gold_words)
        tags = word_tags(sentence, words)
        if words and tags is not None:
            yield features(words), tags


def train_crf_ner(
    corpora: Path,
    output: Path,
    config: Path,
    segmenter: Path,
    limit: int | None = None,
    overrides: dict | None = None,
    log=print,
) -> Path:
    """Train on the corpora ``config`` names and write the component to ``output``."""
    import spacy_pkuseg

    settings = load_config(config, overrides=overrides or {}, interpolate=True)
    data, training = settings["corpora"], settings["training"]
    rng = random.Random(training.get("seed", 0))
    seg = spacy_pkuseg.pkuseg(str(segmenter / "pkuseg_model"))
    speed_up(seg)  # the same words, faster
    cut = seg.cut
    features = WordFeatures()
    trainer = pycrfsuite.Trainer(verbose=False)
    counts = {}
    for name in data["use"]:
        relative, reader = READERS[name]
        sentences = list(reader(corpora / relative))[: limit or None]
        counts[name] = 0
        sequences = training_sequences(sentences, cut, features, data["halfwidth_share"], rng, data.get("gold_words", True))
        for xseq, yseq in sequences:
            trainer.append(xseq, yseq)
            counts[name] += 1
    log(f"sequences: {counts}")
    trainer.set_params(
        {
            "c1": training["c1"],
            "c2": training["c2"],
            "max_iterations": training["max_iterations"],
            "feature.possible_transitions": True,
        }
    )
    began = time.perf_counter()
    output.mkdir(parents=True, exist_ok=True)
    model_file = output / "training.crfsuite"
    trainer.train(str(model_file))
    log(f"trained in {time.perf_counter() - began:.0f} s")
    recognizer = CRFEntityRecognizer(None, "ner")  # type: ignore[arg-type]
    recognizer.load_bytes(model_file.read_bytes(), str(model_file))
    model_file.unlink()
    recognizer.to_disk(output)
    return output

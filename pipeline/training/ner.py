"""Train the NER (PERSON, ORG, PLACE) from scratch on the People's Daily and MSRA corpora.

Training data: ``pd1998/train.txt`` (gold words; names and bracketed compounds as entities) and
``msra-ner/msra_train_bio.txt`` (characters; segmented here by the project's own segmenter,
cut at entity boundaries so every entity is a run of whole words). Dev: ``pd1998/dev.txt``.
The spaCy config is ``configs/ner.cfg``; the trained pipeline is written to ``models/ner``.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from .corpora import Sentence, read_msra, read_pd1998, to_halfwidth

NER_LABELS = ("PERSON", "ORG", "PLACE")


def segment_around_entities(sentence: Sentence, cut) -> list[str]:
    """Words of a sentence with no gold words: ``cut`` segments the text between entity edges."""
    edges = sorted({0, len(sentence.text), *(s for s, _, _ in sentence.entities), *(e for _, e, _ in sentence.entities)})
    words: list[str] = []
    for start, end in zip(edges, edges[1:], strict=False):
        piece = sentence.text[start:end]
        if not piece:
            continue
        if any(s == start and e == end and label == "PERSON" for s, e, label in sentence.entities):
            words.append(piece)  # a name is one word, as the segmenter is trained to keep it
        else:
            words.extend(w for w in cut(piece) if w)
    return words


def to_doc(vocab: Vocab, sentence: Sentence, words: list[str]) -> Doc | None:
    doc = Doc(vocab, words=words, spaces=[False] * len(words))
    spans = []
    for start, end, label in sentence.entities:
        if label not in NER_LABELS:
            continue
        span = doc.char_span(start, end, label=label)
        if span is None:
            return None  # an entity that does not fall on word edges: leave the sentence out
        spans.append(span)
    try:
        doc.ents = spans
    except ValueError:
        return None  # overlapping spans
    return doc


def _halfwidth(sentence: Sentence) -> Sentence:
    words = [to_halfwidth(w) for w in sentence.words] if sentence.words else None
    return Sentence(to_halfwidth(sentence.text), words, sentence.entities, sentence.id)


def training_words(
    sentence: Sentence, cut, rng: random.Random, halfwidth_share: float, gold_words: bool = True
) -> tuple[Sentence, list[str]]:
    """A training sentence, in half-width digits and letters with probability ``halfwidth_share``,
    and its words: the corpus's own where it has them (and ``gold_words``), else ``cut``'s between
    the entities' edges."""
    if rng.random() < halfwidth_share:
        sentence = _halfwidth(sentence)
    return sentence, (sentence.words if gold_words else None) or segment_around_entities(sentence, cut)


def build_corpus(
    corpora: Path, segmenter: Path, out_dir: Path, limit: int | None = None, seed: int = 0, dev_limit: int = 1000
) -> tuple[Path, Path, dict]:
    """Write ``train.spacy`` and ``dev.spacy`` under ``out_dir``; return their paths and counts.

    The dev file (the model-selection set during training) is the first ``dev_limit`` paragraphs
    of the dev split; ``newsgraph evaluate`` scores the whole split afterwards.
    """
    import spacy_pkuseg

    rng = random.Random(seed)
    vocab = Vocab()
    seg = spacy_pkuseg.pkuseg(str(segmenter / "pkuseg_model"))
    pd_train = list(read_pd1998(corpora / "pd1998" / "train.txt"))
    msra = list(read_msra(corpora / "msra-ner" / "msra_train_bio.txt"))
    pd_dev = list(read_pd1998(corpora / "pd1998" / "dev.txt"))[:dev_limit]
    if limit:
        pd_train, msra, pd_dev = pd_train[:limit], msra[:limit], pd_dev[: max(20, limit // 5)]

    def docs(sentences: Iterable[Sentence], halfwidth_share: float) -> Iterator[Doc]:
        for sentence in sentences:
            sentence, words = training_words(sentence, seg.cut, rng, halfwidth_share)
            doc = to_doc(vocab, sentence, words)
            if doc is not None:
                yield doc

    train_docs = [*docs(pd_train, 0.5), *docs(msra, 0.5)]
    rng.shuffle(train_docs)
    dev_docs = list(docs(pd_dev, 0.0))
    out_dir.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = out_dir / "train.spacy", out_dir / "dev.spacy"
    DocBin(docs=train_docs).to_disk(train_path)
    DocBin(docs=dev_docs).to_disk(dev_path)
    counts = {"train": len(train_docs), "dev": len(dev_docs)}
    return train_path, dev_path, counts


def train_ner(
    corpora: Path,
    output: Path,
    config: Path,
    segmenter: Path,
    limit: int | None = None,
    overrides: dict | None = None,
) -> Path:
    """Build the corpus, train with spaCy and copy the best model to ``output``."""
    from spacy.cli.train import train as spacy_train

    with tempfile.TemporaryDirectory(prefix="newsgraph-ner-") as tmp:
        tmp_dir = Path(tmp)
        train_path, dev_path, _counts = build_corpus(corpora, segmenter, tmp_dir / "corpus", limit=limit)
        settings = {
            "paths.train": str(train_path),
            "paths.dev": str(dev_path),
            "paths.segmenter": str(segmenter / "pkuseg_model"),
            **(overrides or {}),
        }
        spacy_train(config, tmp_dir / "trained", overrides=settings)
        save_without_segmenter(tmp_dir / "trained" / "model-best", output)
    return output


def save_without_segmenter(trained: Path, output: Path) -> None:
    """Save a trained pipeline with a model-free tokenizer: the newsgraph pipeline takes the
    NER's components from it and its words from ``models/segmenter``, so the 60 MB copy of the
    pkuseg model that spaCy keeps with the trained pipeline would be dead weight."""
    import spacy

    nlp = spacy.load(trained)
    nlp.tokenizer = spacy.blank("zh").tokenizer  # segmenter "char": no model files
    nlp.config["nlp"]["tokenizer"] = {"@tokenizers": "spacy.zh.ChineseTokenizer", "segmenter": "char"}
    nlp.config["initialize"]["tokenizer"] = {"pkuseg_model": None, "pkuseg_user_dict": "default"}
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)

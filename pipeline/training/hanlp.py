"""Train HanLP's RNN tokenizer and RNN NER offline on the People's Daily (the ``[hanlp]`` extra).

For users of the HanLP backend who cannot reach HanLP's model server, and for the backend's tests:
the models are written as folders that ``hanlp.load`` reads and ``configs/hanlp.cfg`` names.
Both are HanLP's own classes (a BiLSTM-CRF over characters for words, over words for entities,
with two bugs of HanLP 2.1.5 fixed in subclasses);
the NER learns PKU's ``nr/ns/nt`` as PERSON/PLACE/ORG from gold words, so it reads the words that
the tokenizer gives.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

from hanlp.components.ner.rnn_ner import RNNNamedEntityRecognizer
from hanlp.components.tokenizers.tok import RNNTokenizer
from hanlp.datasets.tokenization.loaders.chunking_dataset import ChunkingDataset

from .corpora import Sentence, read_pd1998


def _batch_first_crf(model):
    """HanLP 2.1.5's RNN tagging model builds its CRF as ``CRF(n_out, crf_constraints)``, which
    passes ``None`` for ``batch_first`` over batch-first tensors: every batch of more than one
    sentence is scored and decoded across sentences instead of along them."""
    if getattr(model, "crf", None) is not None:
        model.crf.batch_first = True
    return model


class NewsRNNNamedEntityRecognizer(RNNNamedEntityRecognizer):
    """HanLP's :class:`RNNNamedEntityRecognizer` with its CRF reading batches the right way."""

    def build_model(self, **kwargs):
        return _batch_first_crf(super().build_model(**kwargs))


class NewsRNNTokenizer(RNNTokenizer):
    """HanLP's :class:`RNNTokenizer` with its dataset built right: HanLP 2.1.5 appends a missing
    transform (``None transform not allowed``) and the list of vocabularies as one transform
    (``'list' object is not callable``), its metric update misses the prediction argument, and
    its CRF reads batches across sentences."""

    def build_model(self, **kwargs):
        return _batch_first_crf(super().build_model(**kwargs))

    def build_dataset(self, data, transform=None):
        dataset = ChunkingDataset(data)
        transforms = transform if isinstance(transform, list) else [transform]
        for each in [self.config.get("transform"), *transforms]:
            if each is not None:
                dataset.append_transform(each)
        return dataset

    def update_metrics(self, metric, logits, y, mask, batch, prediction=None):
        super().update_metrics(metric, logits, y, mask, batch)


def word_tags(sentence: Sentence) -> list[tuple[str, str]]:
    """``(word, BIO tag)`` pairs of a sentence with gold words; an entity that does not fall on
    word edges is left untagged."""
    pairs, offset = [], 0
    starts = {start: (end, label) for start, end, label in sentence.entities}
    open_until, open_label = -1, ""
    for word in sentence.words or []:
        start, end = offset, offset + len(word)
        offset = end
        if not word.strip():
            continue
        if start in starts and starts[start][0] >= end:
            open_until, open_label = starts[start]
            pairs.append((word, f"B-{open_label}"))
        elif end <= open_until:
            pairs.append((word, f"I-{open_label}"))
        else:
            pairs.append((word, "O"))
    return pairs


def write_ner_data(sentences: Iterable[Sentence], path: Path) -> int:
    """HanLP's TSV: one ``word<TAB>tag`` a line, a blank line after each sentence."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for sentence in sentences:
            pairs = word_tags(sentence)
            if pairs:
                out.writelines(f"{word}\t{tag}\n" for word, tag in pairs)
                out.write("\n")
                count += 1
    return count


def write_tokenizer_data(sentences: Iterable[Sentence], path: Path) -> int:
    """HanLP's segmented text: one sentence a line, words between spaces."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for sentence in sentences:
            words = [word for word in sentence.words or [] if word.strip()]
            if words:
                out.write(" ".join(words) + "\n")
                count += 1
    return count


def train_hanlp(
    corpora: Path,
    output: Path,
    limit: int | None = None,
    epochs: int = 5,
    embed: int = 100,
    hidden: int = 256,
    seed: int = 1,
) -> dict[str, Path]:
    """Train the tokenizer and the NER on ``pd1998/train.txt`` (dev: ``pd1998/dev.txt``, at most
    ``limit`` sentences of each when given) into ``output/tok`` and ``output/ner``; the same
    ``seed`` gives the same models."""
    output.mkdir(parents=True, exist_ok=True)
    data = output / "data"
    data.mkdir(exist_ok=True)
    train = list(itertools.islice(read_pd1998(corpora / "pd1998" / "train.txt"), limit))
    dev = list(itertools.islice(read_pd1998(corpora / "pd1998" / "dev.txt"), limit))
    for name, writer in (("tok", write_tokenizer_data), ("ner", write_ner_data)):
        writer(train, data / f"{name}-train.txt")
        writer(dev, data / f"{name}-dev.txt")
    settings = {"epochs": epochs, "embed": embed, "rnn_hidden": hidden, "seed": seed, "verbose": False}
    NewsRNNTokenizer().fit(str(data / "tok-train.txt"), str(data / "tok-dev.txt"), str(output / "tok"), **settings)
    NewsRNNNamedEntityRecognizer().fit(
        str(data / "ner-train.txt"), str(data / "ner-dev.txt"), str(output / "ner"), tagging_scheme="BIO", **settings
    )
    return {"tok": output / "tok", "ner": output / "ner"}

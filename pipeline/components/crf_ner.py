"""Named entities (PERSON, ORG, PLACE) from a linear-chain CRF over the segmenter's words.

The default NER. Each word is described by sparse features — the word, its first and last
characters, its characters one by one (words of up to four), its shape and length, its two
neighbours on each side, whether it starts with a surname and whether it is the name of an
administrative division — and a linear-chain CRF trained by CRFsuite (``python-crfsuite``)
tags the words with BIO labels. The spans become ``doc.ents``, which ``entity_rules`` then merges
with the rule layer.

At run time the model's weights are arrays (``weights.npz``, read from the model once and kept
beside it): a word type's contribution to its own label scores and to its neighbours' is summed
once and cached (:class:`LabelScores`), so a document's scores are a few numpy gathers, and the
best tags come from a Viterbi pass in C (pkuseg's, the segmenter's). CRFsuite's own tagger gives
the same tags several times slower. The model is trained by ``newsgraph train ner``
(:mod:`pipeline.training.crf_ner`) and read from ``models/crf_ner/`` (``model.crfsuite``,
``meta.json``, ``weights.npz``). Against the spaCy CNN (``configs/cnn.cfg``) it is more accurate
on the corpora's dev splits and several times faster.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import orjson
import pycrfsuite
from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy_pkuseg import inference

from ..errors import ModelError
from ..output import atomic_writer
from .grammar import grammar

#: bumped when the features change: a model trained on other features is refused
FEATURES_VERSION = 1
MODEL_FILE = "model.crfsuite"
META_FILE = "meta.json"
WEIGHTS_FILE = "weights.npz"  # the model's weights as arrays (derived from the model)
_BOUNDARY = "<s>"
_NAME_PUNCT = frozenset("·・•‧-－")


def _shape(word: str) -> str:
    char = word[0]
    if "\u4e00" <= char <= "\u9fff":
        return "H"
    if char.isdigit():  # ASCII and full-width digits alike
        return "D"
    if char.isalpha():
        return "L"
    return "P"


class WordFeatures:
    """The CRF's features of a sentence's words, as CRFsuite's attribute strings (training; at
    run time :class:`LabelScores` sums the weights of the same features).

    What a word contributes on its own and as a neighbour is computed once a word type and
    cached; only the pair features are built a position."""

    CACHE_SIZE = 200_000

    def __init__(self) -> None:
        g = grammar()
        self.surnames = g.surnames
        self.double_surnames = g.double_surnames
        self.divisions = frozenset(g.division_names)
        self._cache: dict[str, tuple] = {}

    def word(self, word: str) -> tuple:
        """``(own features, as the word before, as the word after, as two before, as two after,
        shape, length class)`` of a word type."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        length, shape = len(word), _shape(word)
        own = [
            "w=" + word,
            "f=" + word[0],
            "l=" + word[-1],
            "l2=" + word[-2:],
            "f2=" + word[:2],
            f"n={min(length, 5)}",
            "s=" + shape,
        ]
        if length <= 4:
            own.extend(f"c{k}={char}" for k, char in enumerate(word))
        if 2 <= length <= 3 and (word[0] in self.surnames or word[:2] in self.double_surnames):
            own.append("surname")
        elif length == 1 and word in self.surnames:
            own.append("surname1")
        if word in self.divisions:
            own.append("division")
        before = ("p1=" + word, "p1l=" + word[-1], "p1f=" + word[0])
        after = ("n1=" + word, "n1f=" + word[0], "n1l=" + word[-1])
        cached = (tuple(own), before, after, ("p2=" + word,), ("n2=" + word,), shape, str(min(length, 4)))
        if len(self._cache) >= self.CACHE_SIZE:
            self._cache.clear()
        self._cache[word] = cached
        return cached

    def __call__(self, words: Sequence[str]) -> list[list[str]]:
        boundary = self.word(_BOUNDARY)
        padded = [_BOUNDARY, _BOUNDARY, *words, _BOUNDARY, _BOUNDARY]
        parts = [boundary, boundary, *map(self.word, words), boundary, boundary]
        features = []
        for i, word in enumerate(words):
            before2, before, this, after, after2 = parts[i : i + 5]
            previous, following = padded[i + 1], padded[i + 3]
            row = [
                *this[0], *before[1], *after[2], *before2[3], *after2[4],
                f"p1w={previous}|{word}", f"wn1={word}|{following}", f"p1n1={previous}|{following}",
                "ns=" + before[5] + this[5] + after[5], "nl=" + before[6] + this[6] + after[6],
            ]  # fmt: skip
            features.append(row)
        return features


@dataclass
class CRFWeights:
    """A CRFsuite model's weights as arrays: one row of label scores a feature (attribute) the
    model weighs, and the transition scores ``[previous label, label]``. Read from the model once
    (``from_tagger``, a second) and kept beside it in ``weights.npz``."""

    labels: list[str]
    attributes: list[str]
    state: np.ndarray  # (attributes, labels)
    transitions: np.ndarray  # (labels, labels)

    @classmethod
    def from_tagger(cls, tagger: pycrfsuite.Tagger) -> CRFWeights:
        info = tagger.info()
        labels = list(tagger.labels())
        label_index = {label: i for i, label in enumerate(labels)}
        attributes = sorted({attribute for attribute, _label in info.state_features})
        attribute_index = {attribute: i for i, attribute in enumerate(attributes)}
        state = np.zeros((len(attributes), len(labels)))
        for (attribute, label), weight in info.state_features.items():
            state[attribute_index[attribute], label_index[label]] = weight
        transitions = np.zeros((len(labels), len(labels)))
        for (previous, label), weight in info.transitions.items():
            transitions[label_index[previous], label_index[label]] = weight
        return cls(labels, attributes, state, transitions)

    def save(self, path: Path, model: str) -> None:
        """Write ``weights.npz``, naming the model bytes (their digest) the weights were read from."""
        encoded = [attribute.encode() for attribute in self.attributes]  # any character may be in one
        with atomic_writer(path) as file:
            np.savez_compressed(
                file,
                model=np.array(model),
                labels=np.array(self.labels),
                attributes=np.frombuffer(b"".join(encoded), dtype=np.uint8),
                attribute_ends=np.cumsum([0, *map(len, encoded)])[1:],
                state=self.state,
                transitions=self.transitions,
            )

    @classmethod
    def load(cls, path: Path, model: str) -> CRFWeights | None:
        """The weights saved for these model bytes; None where the file is missing, unreadable or
        written for other bytes (a model replaced on its own: its weights are read from it)."""
        try:
            with np.load(path) as saved:
                if str(saved["model"]) != model:
                    return None
                data, ends = saved["attributes"].tobytes(), saved["attribute_ends"].tolist()
                attributes = [data[start:end].decode() for start, end in zip([0, *ends[:-1]], ends, strict=True)]
                state = saved["state"]
                if len(attributes) != len(state):
                    return None
                return cls(saved["labels"].tolist(), attributes, state, saved["transitions"])
        except (OSError, ValueError, KeyError, UnicodeDecodeError):
            return None


class LabelScores:
    """Each word's label scores, the sum of its features' weights (the features of
    :class:`WordFeatures`, summed without building them a position): what a word type brings to
    its own position and to its neighbours' is summed once and cached, and the pairs of words the
    model weighs are read at load; a document's scores are then gathered with numpy."""

    CACHE_SIZE = 200_000  # word types remembered at most

    def __init__(self, weights: CRFWeights, features: WordFeatures) -> None:
        self.features = features
        self.index = {attribute: i for i, attribute in enumerate(weights.attributes)}
        n_labels = len(weights.labels)
        self.state = np.vstack([weights.state, np.zeros((1, n_labels))])  # a last row for unweighed features
        self.shapes = {shape: i for i, shape in enumerate("HDLP")}
        # the shapes and length classes of three neighbours: 4 × 4 × 4 rows each
        self.shape_rows = self._table("ns=", "HDLP")
        self.length_rows = self._table("nl=", "1234")
        self.adjacent = PairScores(self, ("p1w=", "wn1="))  # two words side by side: at the second, at the first
        self.skip = PairScores(self, ("p1n1=",))  # the words before and after a word
        self._reset()

    def _table(self, head: str, values: str) -> np.ndarray:
        return np.array([[[self._sum([head + a + b + c]) for c in values] for b in values] for a in values])

    def _sum(self, features) -> np.ndarray:
        index, unweighed = self.index, len(self.index)
        return self.state[[index.get(feature, unweighed) for feature in features]].sum(axis=0)

    def _reset(self) -> None:
        n_labels = self.state.shape[1]
        self.types: dict[str, int] = {}
        self.by_id: dict[int, int] = {}  # a word's id in the vocab's strings -> its type
        self.words: list[str] = []
        # a word type's scores for its own position and as one before, one after, two before, two after
        self.vectors = np.zeros((256, 5, n_labels))
        self.shape = np.zeros(256, dtype=np.int64)
        self.length = np.zeros(256, dtype=np.int64)
        self.pairable = np.zeros((256, 4), dtype=bool)  # first, second of an adjacent pair; of a skip pair
        self.boundary = self._type(_BOUNDARY)

    def _type(self, word: str) -> int:
        number = self.types.get(word)
        if number is None:
            own, before, after, before2, after2, shape, length = self.features.word(word)
            number = self.types[word] = len(self.words)
            self.words.append(word)
            if number == len(self.vectors):
                self.vectors = np.concatenate([self.vectors, np.zeros_like(self.vectors)])
                self.shape = np.concatenate([self.shape, np.zeros_like(self.shape)])
                self.length = np.concatenate([self.length, np.zeros_like(self.length)])
                self.pairable = np.concatenate([self.pairable, np.zeros_like(self.pairable)])
            groups = (own, before, after, before2, after2)
            index, unweighed = self.index, len(self.index)
            rows = [index.get(feature, unweighed) for group in groups for feature in group]
            starts = np.cumsum([0, *map(len, groups[:-1])])
            self.vectors[number] = np.add.reduceat(self.state[rows], starts)
            self.shape[number], self.length[number] = self.shapes[shape], int(length) - 1
            adjacent, skip = self.adjacent, self.skip
            self.pairable[number] = (
                word in adjacent.firsts,
                word in adjacent.seconds,
                word in skip.firsts,
                word in skip.seconds,
            )
        return number

    def __call__(self, words: Sequence[str]) -> np.ndarray:
        """The label scores of each word of a sentence (rows: words, columns: the model's labels)."""
        self._bound()
        types = self.types
        numbers = [types.get(word, -1) for word in words]
        if -1 in numbers:
            numbers = [number if number >= 0 else self._type(word) for word, number in zip(words, numbers, strict=True)]
        return self._scores(numbers)

    def of_doc(self, doc: Doc) -> np.ndarray:
        """:meth:`__call__` of a Doc's words, found by their ids (no Token objects made)."""
        self._bound()
        by_id = self.by_id
        orths = doc.to_array(ORTH).tolist()
        numbers = [by_id.get(orth, -1) for orth in orths]
        if -1 in numbers:
            strings = doc.vocab.strings
            for i, orth in enumerate(orths):
                if numbers[i] < 0:
                    numbers[i] = by_id[orth] = self._type(strings[orth])
        return self._scores(numbers)

    def _bound(self) -> None:
        if len(self.types) >= self.CACHE_SIZE:
            self._reset()

    def _scores(self, numbers: list[int]) -> np.ndarray:
        n, boundary = len(numbers), self.boundary
        padded = np.array([boundary, boundary, *numbers, boundary, boundary], dtype=np.int64)
        this, before, after = padded[2 : n + 2], padded[1 : n + 1], padded[3 : n + 3]
        vectors = self.vectors
        scores = (
            vectors[this, 0] + vectors[before, 1] + vectors[after, 2] + vectors[padded[:n], 3] + vectors[padded[4:], 4]
        )
        shape, length = self.shape, self.length
        scores += self.shape_rows[shape[before], shape[this], shape[after]]
        scores += self.length_rows[length[before], length[this], length[after]]
        words, pairable = self.words, self.pairable
        adjacent = self.adjacent(padded[1 : n + 2], padded[2 : n + 3], pairable[:, :2], words)
        scores += adjacent[:-1, 0] + adjacent[1:, 1]  # previous|word, word|next
        scores += self.skip(before, after, pairable[:, 2:], words)[:, 0]  # previous|next
        return scores


class PairScores:
    """The weights of the pair features that share a pair of words ``first|second`` (``p1w=``
    and ``wn1=`` for two words side by side, ``p1n1=`` for the words around one), a row a pair
    the model weighs, read from its features at load. A pair is looked up only where its first
    word is the first of some weighed pair and its second the second of one."""

    def __init__(self, scores: LabelScores, heads: tuple[str, ...]) -> None:
        index, unweighed = scores.index, len(scores.index)
        pairs = sorted({a[len(head) :] for a in index for head in heads if a.startswith(head)})
        self.rows = {pair: number for number, pair in enumerate(pairs, start=1)}  # row 0: zeros
        weighed = [[index.get(head + pair, unweighed) for head in heads] for pair in pairs]
        self.table = scores.state[[[unweighed] * len(heads), *weighed]]
        splits = [pair.split("|") for pair in pairs]  # a word may have "|" in it: every split counts
        self.firsts = {"|".join(parts[:k]) for parts in splits for k in range(1, len(parts))}
        self.seconds = {"|".join(parts[k:]) for parts in splits for k in range(1, len(parts))}

    def __call__(self, first: np.ndarray, second: np.ndarray, pairable: np.ndarray, words: list[str]) -> np.ndarray:
        """Rows for the pairs (``first[i]``, ``second[i]``) of word types; ``pairable``: whether
        each type is a first (column 0) and a second (column 1) of a weighed pair."""
        numbers = np.zeros(len(first), dtype=np.int64)
        candidates = np.flatnonzero(pairable[first, 0] & pairable[second, 1])
        if len(candidates):
            rows = self.rows
            numbers[candidates] = [
                rows.get(words[a] + "|" + words[b], 0)
                for a, b in zip(first[candidates].tolist(), second[candidates].tolist(), strict=True)
            ]
        return self.table[numbers]


def bio_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """``(start, end, label)`` token spans of BIO tags; an ``I-`` that continues nothing starts a span."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        continues = tag.startswith("I-") and tag[2:] == label
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start, label = -1, ""
        if tag != "O" and not continues:
            start, label = i, tag[2:]
    return spans


class CRFEntityRecognizer:
    """spaCy component: ``doc.ents`` from a CRFsuite model over the words (``__call__`` is
    :meth:`predict` then :meth:`set_annotations`)."""

    def __init__(self, nlp: Language, name: str = "ner", model: str | None = None) -> None:
        self.name = name
        self.features = WordFeatures()
        self.tagger: pycrfsuite.Tagger | None = None
        self.weights: CRFWeights | None = None
        self.scores: LabelScores | None = None
        self._model_bytes = b""
        self.labels: tuple[str, ...] = ()
        if model:
            self.from_disk(Path(model))

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> list[str]:
        """The best BIO tags of the words: the model's label scores, then Viterbi (pkuseg's, in
        C). CRFsuite's own tagger gives the same tags, several times slower (tested)."""
        if self.scores is None or self.weights is None:
            raise ModelError(f"component '{self.name}': no CRF model loaded; train one with `newsgraph train ner`")
        if not len(doc):
            return []
        tags = inference.run_viterbi(self.scores.of_doc(doc), self.weights.transitions)[1]
        labels = self.weights.labels
        return [labels[tag] for tag in tags]

    def set_annotations(self, doc: Doc, tags: Sequence[str]) -> None:
        # a name never runs through white space or punctuation (绍兴日报 袁云 秦德胜 is no ORG),
        # save the dots and hyphens inside foreign names (卡尔·马克思)
        if len(tags) != len(doc):
            raise ValueError(f"{len(tags)} tags for {len(doc)} words")
        tags = list(tags)
        if tags:
            space, punct, spacy, orth = doc.to_array([IS_SPACE, IS_PUNCT, SPACY, ORTH]).T.astype(np.uint64)
            name_punct = np.array([doc.vocab.strings[char] for char in _NAME_PUNCT], dtype=np.uint64)
            for i in np.flatnonzero(space | (punct & ~np.isin(orth, name_punct))).tolist():
                tags[i] = "O"
            for i in (np.flatnonzero(spacy[:-1]) + 1).tolist():  # nor through the space after a word: two names
                if tags[i].startswith("I-"):
                    tags[i] = "B-" + tags[i][2:]
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in bio_spans(tags)]

    def load_bytes(self, model_bytes: bytes, source: str = "<bytes>", weights: CRFWeights | None = None) -> None:
        """Open a CRFsuite model; ``weights``: its weights as arrays (read from the model, which
        takes a second, where not given)."""
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open_inmemory(model_bytes)
        except (ValueError, OSError) as error:
            raise ModelError(
                f"{source}: not a CRFsuite model ({error}); rebuild it with `newsgraph train ner`"
            ) from error
        self.tagger, self._model_bytes = tagger, model_bytes
        self.labels = tuple(sorted({tag[2:] for tag in tagger.labels() if tag != "O"}))
        self.weights = weights or CRFWeights.from_tagger(tagger)
        self.scores = LabelScores(self.weights, self.features)

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / MODEL_FILE).write_bytes(self._model_bytes)
        meta = {"features_version": FEATURES_VERSION, "labels": list(self.labels)}
        (path / META_FILE).write_bytes(orjson.dumps(meta, option=orjson.OPT_INDENT_2))
        if self.weights is not None:
            self.weights.save(path / WEIGHTS_FILE, _digest(self._model_bytes))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> CRFEntityRecognizer:
        path = Path(path)
        model_file, meta_file = path / MODEL_FILE, path / META_FILE
        if not model_file.exists() or not meta_file.exists():
            raise ModelError(
                f"{path}: the CRF NER model is missing or incomplete; rebuild it with `newsgraph train ner`"
            )
        version = orjson.loads(meta_file.read_bytes()).get("features_version")
        if version != FEATURES_VERSION:
            raise ModelError(
                f"{path}: the model was trained on features version {version}, this newsgraph computes "
                f"version {FEATURES_VERSION}; rebuild it with `newsgraph train ner`"
            )
        model_bytes = model_file.read_bytes()
        self.load_bytes(model_bytes, str(model_file), CRFWeights.load(path / WEIGHTS_FILE, _digest(model_bytes)))
        return self


def _digest(model_bytes: bytes) -> str:
    return hashlib.blake2b(model_bytes, digest_size=16).hexdigest()


@Language.factory("crf_ner", default_config={"model": None})
def make_crf_ner(nlp: Language, name: str, model: str | None) -> CRFEntityRecognizer:
    return CRFEntityRecognizer(nlp, name, model)

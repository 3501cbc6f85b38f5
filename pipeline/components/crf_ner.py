"""Named entities (PERSON, ORG, PLACE) from a linear-chain CRF over the segmenter's words.

The default NER. Each word is described by sparse features — the word, its first and last
characters, its characters one by one (words of up to four), its shape and length, its two
neighbours on each side, whether it starts with a surname and whether it is the name of an
administrative division — and CRFsuite (``python-crfsuite``) tags the words with BIO labels.
The spans become ``doc.ents``, which ``entity_rules`` then merges with the rule layer.

Against the spaCy CNN (``configs/cnn.cfg``) it is more accurate on the corpora's dev splits and
several times faster: a feature list a word (cached a word type) and a Viterbi pass in C. The
model is trained by ``newsgraph train ner`` (:mod:`pipeline.training.crf_ner`) and read from
``models/crf_ner/`` (``model.crfsuite``, ``meta.json``, and ``attributes.json``: the features the
model has weights for, so that the others are never handed to CRFsuite).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from pathlib import Path

import orjson
import pycrfsuite
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..errors import ModelError
from .grammar import grammar

#: bumped when the features change: a model trained on other features is refused
FEATURES_VERSION = 1
MODEL_FILE = "model.crfsuite"
META_FILE = "meta.json"
ATTRIBUTES_FILE = "attributes.json"  # the features the model weighs (derived from the model)
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
    """The CRF's features of a sentence's words (the same at training and at run time).

    What a word contributes on its own and as a neighbour is computed once a word type and
    cached; only the pair features are built a position."""

    CACHE_SIZE = 200_000

    def __init__(self, known: frozenset[str] | None = None) -> None:
        g = grammar()
        self.surnames = g.surnames
        self.double_surnames = g.double_surnames
        self.divisions = frozenset(g.division_names)
        #: at run time, the features the model has weights for: the others change no score, and
        #: leaving them out spares CRFsuite a quarter of its lookups (None: all, for training)
        self.known = known
        self._cache: dict[str, tuple] = {}

    def _keep(self, features) -> tuple[str, ...]:
        known = self.known
        return tuple(features) if known is None else tuple(f for f in features if f in known)

    def _word(self, word: str) -> tuple:
        """``(own features, as the word before, as the word after, as two before, as two after,
        shape, length class)`` of a word type."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        length, shape = len(word), _shape(word)
        own = ["w=" + word, "f=" + word[0], "l=" + word[-1], "l2=" + word[-2:], "f2=" + word[:2], f"n={min(length, 5)}", "s=" + shape]
        if length <= 4:
            own.extend(f"c{k}={char}" for k, char in enumerate(word))
        if 2 <= length <= 3 and (word[0] in self.surnames or word[:2] in self.double_surnames):
            own.append("surname")
        elif length == 1 and word in self.surnames:
            own.append("surname1")
        if word in self.divisions:
            own.append("division")
        keep = self._keep
        before = keep(("p1=" + word, "p1l=" + word[-1], "p1f=" + word[0]))
        after = keep(("n1=" + word, "n1f=" + word[0], "n1l=" + word[-1]))
        cached = (keep(own), before, after, keep(("p2=" + word,)), keep(("n2=" + word,)), shape, str(min(length, 4)))
        if len(self._cache) >= self.CACHE_SIZE:
            self._cache.clear()
        self._cache[word] = cached
        return cached

    def __call__(self, words: Sequence[str]) -> list[list[str]]:
        boundary = self._word(_BOUNDARY)
        padded = [_BOUNDARY, _BOUNDARY, *words, _BOUNDARY, _BOUNDARY]
        parts = [boundary, boundary, *map(self._word, words), boundary, boundary]
        known = self.known
        features = []
        for i, word in enumerate(words):
            before2, before, this, after, after2 = parts[i : i + 5]
            previous, following = padded[i + 1], padded[i + 3]
            pairs = (f"p1w={previous}|{word}", f"wn1={word}|{following}", f"p1n1={previous}|{following}")
            row = [
                *this[0], *before[1], *after[2], *before2[3], *after2[4],
                *(pairs if known is None else [pair for pair in pairs if pair in known]),
                "ns=" + before[5] + this[5] + after[5], "nl=" + before[6] + this[6] + after[6],
            ]  # fmt: skip
            features.append(row)
        return features


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
        self._model_bytes = b""
        self.labels: tuple[str, ...] = ()
        if model:
            self.from_disk(Path(model))

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.predict(doc))
        return doc

    def predict(self, doc: Doc) -> list[str]:
        if self.tagger is None:
            raise ModelError(f"component '{self.name}': no CRF model loaded; train one with `newsgraph train ner`")
        if not len(doc):
            return []
        return self.tagger.tag(self.features([t.text for t in doc]))

    def set_annotations(self, doc: Doc, tags: Sequence[str]) -> None:
        # a name never runs through white space or punctuation (绍兴日报 袁云 秦德胜 is no ORG),
        # save the dots and hyphens inside foreign names (卡尔·马克思)
        tags = [
            "O" if token.is_space or (token.is_punct and token.text not in _NAME_PUNCT) else tag
            for token, tag in zip(doc, tags, strict=True)
        ]
        for i in range(1, len(tags)):  # nor through the space a word is followed by: two names
            if doc[i - 1].whitespace_ and tags[i].startswith("I-"):
                tags[i] = "B-" + tags[i][2:]
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in bio_spans(tags)]

    def load_bytes(self, model_bytes: bytes, source: str = "<bytes>", attributes: Iterable[str] | None = None) -> None:
        """Open a CRFsuite model; ``attributes``: the features it has weights for (read from the
        model, which takes a second, where not given)."""
        tagger = pycrfsuite.Tagger()
        try:
            tagger.open_inmemory(model_bytes)
        except (ValueError, OSError) as error:
            raise ModelError(f"{source}: not a CRFsuite model ({error}); rebuild it with `newsgraph train ner`") from error
        self.tagger, self._model_bytes = tagger, model_bytes
        self.labels = tuple(sorted({tag[2:] for tag in tagger.labels() if tag != "O"}))
        if attributes is None:
            attributes = {attribute for attribute, _label in tagger.info().state_features}
        self.features = WordFeatures(known=frozenset(attributes))

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / MODEL_FILE).write_bytes(self._model_bytes)
        meta = {"features_version": FEATURES_VERSION, "labels": list(self.labels)}
        (path / META_FILE).write_bytes(orjson.dumps(meta, option=orjson.OPT_INDENT_2))
        attributes = {"model": _digest(self._model_bytes), "attributes": sorted(self.features.known or ())}
        (path / ATTRIBUTES_FILE).write_bytes(orjson.dumps(attributes, option=orjson.OPT_APPEND_NEWLINE))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> CRFEntityRecognizer:
        path = Path(path)
        model_file, meta_file = path / MODEL_FILE, path / META_FILE
        if not model_file.exists() or not meta_file.exists():
            raise ModelError(f"{path}: the CRF NER model is missing or incomplete; rebuild it with `newsgraph train ner`")
        version = orjson.loads(meta_file.read_bytes()).get("features_version")
        if version != FEATURES_VERSION:
            raise ModelError(
                f"{path}: the model was trained on features version {version}, this newsgraph computes "
                f"version {FEATURES_VERSION}; rebuild it with `newsgraph train ner`"
            )
        model_bytes = model_file.read_bytes()
        self.load_bytes(model_bytes, str(model_file), _read_attributes(path / ATTRIBUTES_FILE, model_bytes))
        return self


def _digest(model_bytes: bytes) -> str:
    return hashlib.blake2b(model_bytes, digest_size=16).hexdigest()


def _read_attributes(path: Path, model_bytes: bytes) -> list[str] | None:
    """The model's weighed features as written beside it; None where the file is missing,
    unreadable or written for other model bytes (a model replaced on its own): they are then
    read from the model itself."""
    try:
        saved = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return None
    if not isinstance(saved, dict) or saved.get("model") != _digest(model_bytes):
        return None
    return saved.get("attributes")


@Language.factory("crf_ner", default_config={"model": None})
def make_crf_ner(nlp: Language, name: str, model: str | None) -> CRFEntityRecognizer:
    return CRFEntityRecognizer(nlp, name, model)

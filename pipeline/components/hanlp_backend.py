"""HanLP as the segmentation and NER backend (the optional ``[hanlp]`` extra; ``configs/hanlp.cfg``).

Two pieces replace the shipped models and leave every later stage as it is: the tokenizer
``newsgraph.HanLPTokenizer.v1`` (HanLP's words become the Doc's tokens) and the component
``hanlp_ner`` (HanLP's entities, with PKU, MSRA or OntoNotes tags mapped to PERSON/ORG/PLACE,
become ``doc.ents``, which ``entity_rules`` merges with the rule layer as it does the spaCy NER's).

A model is a local folder (what ``hanlp.load`` reads) or a HanLP model name or URL
(``hanlp.pretrained``). A name whose model is not in HanLP's cache (``$HANLP_HOME``, by default
``~/.hanlp``) is downloaded by HanLP, but only after a quick check that its host answers: HanLP's
own loader blocks about 25 s a try on a closed network, where this module fails at once with a
:class:`~pipeline.errors.ModelError` naming the file to fetch and the folder to put it in.

Single-task models (a tokenizer, an NER) and HanLP's multi-task models (one model for both: the
same name given to both pieces loads once) are both accepted. ``torch`` and ``hanlp`` are
imported only when a HanLP pipeline is built, so the default install never needs them.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import DummyTokenizer, filter_spans, registry

from ..errors import ModelError

#: HanLP's entity tags (PKU ``nr/ns/nt``, MSRA, OntoNotes) mapped to the project's labels;
#: any other tag (DATE, INTEGER, NORP …) is dropped.
HANLP_LABELS: dict[str, str] = {
    "nr": "PERSON", "nrf": "PERSON", "ns": "PLACE", "nsf": "PLACE", "nt": "ORG",
    "NR": "PERSON", "NS": "PLACE", "NT": "ORG",
    "PERSON": "PERSON", "PER": "PERSON",
    "LOCATION": "PLACE", "LOC": "PLACE", "GPE": "PLACE", "FAC": "PLACE", "PLACE": "PLACE",
    "ORGANIZATION": "ORG", "ORG": "ORG",
}  # fmt: skip

#: torch threads of one process (the local runner sets it to cores / jobs for its workers)
THREADS_ENV = "NEWSGRAPH_THREADS"
#: seconds to wait for a model host before calling it unreachable
CONNECT_TIMEOUT = 3.0
#: the longest piece of text (characters for the tokenizer, tokens for the NER) sent in one go:
#: HanLP's transformer models read at most 512 subwords
MAX_PIECE = 256

_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’」』）)]*")
_MODELS: dict[str, Any] = {}


def _hanlp_cache(url: str) -> Path:
    """The folder HanLP unpacks ``url`` into (``$HANLP_HOME`` read now, not at import)."""
    from hanlp.utils.io_util import hanlp_home, path_from_url, split_if_compressed

    local, _ = split_if_compressed(path_from_url(url.split("#", 1)[0], save_dir=hanlp_home()))
    return Path(local)


def _import_hanlp(identifier: str) -> Any:
    """The ``hanlp`` package (with its model names), or a ModelError that names the extra."""
    try:
        import hanlp
        import hanlp.pretrained  # noqa: F401
    except ImportError as error:
        raise ModelError(
            f"HanLP model {identifier!r}: the HanLP backend needs the extra: pip install -e '.[hanlp]' ({error})"
        ) from error
    return hanlp


def resolve_model(identifier: str, timeout: float = CONNECT_TIMEOUT) -> str:
    """What ``hanlp.load`` should read for ``identifier``: a local folder, a cached download, or
    (when its host answers within ``timeout`` seconds) the URL to download."""
    path = Path(identifier).expanduser()
    if path.exists():
        if not (path / "config.json").exists() and not (path / "meta.json").exists():
            raise ModelError(f"{path}: not a HanLP model folder (no config.json); give the folder that hanlp.load reads")
        return str(path)
    hanlp = _import_hanlp(identifier)
    url = hanlp.pretrained.ALL.get(identifier, identifier)
    if not url.startswith(("http://", "https://")):
        raise ModelError(
            f"HanLP model {identifier!r}: no such folder, and not a HanLP model name or URL "
            "(names are listed in hanlp.pretrained, e.g. COARSE_ELECTRA_SMALL_ZH, MSRA_NER_ELECTRA_SMALL_ZH)"
        )
    cached = _hanlp_cache(url)
    if cached.is_dir():
        return str(cached)
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        socket.create_connection((parts.hostname, port), timeout=timeout).close()
    except OSError as error:
        raise ModelError(
            f"HanLP model {identifier!r} is not on disk ({cached} is missing) and {parts.hostname} cannot be "
            f"reached ({error}). Download {url} on a machine with network access and unzip it into "
            f"{cached.parent} (HanLP's cache, $HANLP_HOME), or unzip it anywhere and name that folder: "
            "--set paths.hanlp_tok=FOLDER / --set paths.hanlp_ner=FOLDER, or in a copy of configs/hanlp.cfg."
        ) from error
    return url


def load_model(identifier: str) -> Any:
    """A HanLP component, loaded once per process (a multi-task model serves both pieces)."""
    if identifier not in _MODELS:
        location = resolve_model(identifier)
        hanlp = _import_hanlp(identifier)
        threads = os.environ.get(THREADS_ENV)
        if threads:
            import torch

            torch.set_num_threads(int(threads))
        try:
            _MODELS[identifier] = hanlp.load(location, verbose=False)
        except Exception as error:  # HanLP raises assorted errors for a broken or foreign folder
            raise ModelError(f"HanLP model {identifier!r} ({location}): cannot be loaded: {error}") from error
    return _MODELS[identifier]


def _is_multitask(model: Any) -> bool:
    return type(model).__name__ == "MultiTaskLearning"


def _task_output(document: Any, prefix: str) -> Any:
    """The first output of a multi-task model's task named ``prefix…`` (``tok/fine``, ``ner/msra``)."""
    for key in document:
        if key.startswith(prefix):
            return document[key]
    raise ModelError(f"the HanLP multi-task model has no '{prefix}' task")


def segment(model: Any, texts: list[str]) -> list[list[str]]:
    """HanLP words of each text."""
    if not texts:
        return []
    if _is_multitask(model):
        return _task_output(model(texts, tasks="tok"), "tok")
    return model(texts)


def recognize(model: Any, sentences: list[list[str]]) -> list[list[tuple]]:
    """HanLP entities ``(text, tag, start, end)`` of each tokenised sentence, token offsets."""
    if not sentences:
        return []
    if _is_multitask(model):
        return _task_output(model(sentences, tasks="ner", skip_tasks="tok*"), "ner")
    return model(sentences)


def text_pieces(text: str, max_chars: int = MAX_PIECE) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` for the runs of text between whitespace, cut after sentence ends so that
    no piece is longer than ``max_chars`` (hard cuts only where a sentence is longer than that)."""
    for run in re.finditer(r"\S+", text):
        start, end = run.span()
        while end - start > max_chars:
            cut = None
            for stop in _SENTENCE_END.finditer(text, start, start + max_chars):
                cut = stop.end()
            cut = cut if cut and cut > start else start + max_chars
            yield start, text[start:cut]
            start = cut
        yield start, text[start:end]


def _words_in(piece: str, words: Sequence[str]) -> list[str]:
    """``words`` as spans of ``piece``: HanLP may normalise characters, so only lengths are trusted;
    where even they disagree the piece falls back to one token a character."""
    lengths = [len(word) for word in words]
    if sum(lengths) != len(piece) or not all(lengths):
        return list(piece)
    out, offset = [], 0
    for length in lengths:
        out.append(piece[offset : offset + length])
        offset += length
    return out


class HanLPTokenizer(DummyTokenizer):
    """A spaCy tokenizer whose words come from a HanLP tokenizer (or multi-task) model."""

    def __init__(self, vocab, model: str, batch_size: int = 32) -> None:
        self.vocab = vocab
        self.model_name = model
        self.batch_size = batch_size
        self.model = load_model(model)

    def __call__(self, text: str) -> Doc:
        return next(iter(self.pipe([text])))

    def pipe(self, texts: Iterable[str], batch_size: int | None = None) -> Iterator[Doc]:
        batch_size = batch_size or self.batch_size
        for batch in util.minibatch(texts, size=batch_size):
            pieces = [[piece for _, piece in text_pieces(text)] for text in batch]
            flat = [piece for text_pieces_ in pieces for piece in text_pieces_]
            words = iter(segment(self.model, flat))
            for text, text_pieces_ in zip(batch, pieces, strict=True):
                tokens = [word for piece in text_pieces_ for word in _words_in(piece, next(words))]
                doc_words, spaces = util.get_words_and_spaces(tokens, text)
                yield Doc(self.vocab, words=doc_words, spaces=spaces)


@registry.tokenizers("newsgraph.HanLPTokenizer.v1")
def create_hanlp_tokenizer(model: str, batch_size: int = 32):
    def make_tokenizer(nlp: Language) -> HanLPTokenizer:
        return HanLPTokenizer(nlp.vocab, model=model, batch_size=batch_size)

    return make_tokenizer


class HanLPRecognizer:
    """Entities from a HanLP NER (or multi-task) model, read sentence by sentence over the Doc's
    tokens, as ``doc.ents`` labelled PERSON, ORG and PLACE."""

    def __init__(self, nlp: Language, name: str, model: str, batch_size: int, labels: dict[str, str] | None) -> None:
        self.name = name
        self.model_name = model
        self.batch_size = batch_size
        self.labels = dict(HANLP_LABELS if labels is None else labels)
        self.model = load_model(model)

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations([doc], self.predict([doc]))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in util.minibatch(docs, size=batch_size):
            self.set_annotations(batch, self.predict(batch))
            yield from batch

    @staticmethod
    def sentences(doc: Doc, max_tokens: int = MAX_PIECE) -> Iterator[list[int]]:
        """Token indices of each sentence (whitespace left out), in pieces of ``max_tokens``."""
        sents = doc.sents if doc.has_annotation("SENT_START") else [doc[:]]
        for sent in sents:
            indices = [token.i for token in sent if not token.is_space]
            for start in range(0, len(indices), max_tokens):
                yield indices[start : start + max_tokens]

    def predict(self, docs: Sequence[Doc]) -> list[list[Span]]:
        units = [(d, indices) for d, doc in enumerate(docs) for indices in self.sentences(doc)]
        found: list[list[Span]] = [[] for _ in docs]
        for start in range(0, len(units), self.batch_size):
            batch = units[start : start + self.batch_size]
            token_lists = [[docs[d][i].text for i in indices] for d, indices in batch]
            for (d, indices), entities in zip(batch, recognize(self.model, token_lists), strict=True):
                for entity in entities:
                    _, tag, first, last = entity[:4]
                    label = self.labels.get(tag)
                    if label is not None and 0 <= first < last <= len(indices):
                        found[d].append(Span(docs[d], indices[first], indices[last - 1] + 1, label=label))
        return found

    def set_annotations(self, docs: Sequence[Doc], spans: list[list[Span]]) -> None:
        for doc, doc_spans in zip(docs, spans, strict=True):
            doc.ents = filter_spans(doc_spans)


@Language.factory(
    "hanlp_ner",
    default_config={"model": "MSRA_NER_ELECTRA_SMALL_ZH", "batch_size": 32, "labels": None},
)
def make_hanlp_ner(nlp: Language, name: str, model: str, batch_size: int, labels: dict[str, str] | None) -> HanLPRecognizer:
    return HanLPRecognizer(nlp, name, model=model, batch_size=batch_size, labels=labels)


"""Readers for the annotated corpora in ``../shared/corpora`` (one function a corpus).

Every reader yields :class:`Sentence` records: the text, its gold words (where the corpus
has a segmentation) and entity spans as character offsets with the project's labels
(PERSON, ORG, PLACE, TITLE).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import orjson

#: PKU tags that name entities, mapped to the project's labels.
PKU_LABELS = {"nr": "PERSON", "ns": "PLACE", "nt": "ORG"}
@dataclass(slots=True)
class Sentence:
    """A sentence (or paragraph) of a corpus: text, gold words and entity spans."""

    text: str
    words: list[str] | None = None
    entities: list[tuple[int, int, str]] = field(default_factory=list)
    id: str = ""


_PKU_TOKEN = re.compile(r"(\[)?([^\s\[\]]+?)/([a-zA-Z]+)(?:\](\w+))?$")


def parse_pku_tokens(fields: list[str]) -> list[tuple[str, str, int | None, str | None]]:
    """Split PKU ``word/tag`` fields into (word, tag, bracket_open, bracket_tag) records."""
    tokens: list[tuple[str, str, int | None, str | None]] = []
    for raw in fields:
        match = _PKU_TOKEN.match(raw)
        if match is None:
            continue
        opens, word, tag, closes = match.groups()
        tokens.append((word, tag, 1 if opens else None, closes))
    return tokens


def _is_surname(word: str) -> bool:
    from ..components.grammar import grammar

    return len(word) == 1 or word in grammar().double_surnames


def parse_pku_line(line: str) -> Sentence | None:
    """Parse one line of the PKU People's Daily corpus.

    Chinese names split into surname and given name become one word and one PERSON;
    bracketed compounds (``[中共/j 中央/n]nt``) keep their inner words and give one entity.
    """
    fields = line.split()
    if not fields:
        return None
    para_id = fields[0].split("/")[0] if re.match(r"\d{8}-", fields[0]) else ""
    tokens = parse_pku_tokens(fields[1:] if para_id else fields)
    words: list[str] = []
    entities: list[tuple[int, int, str]] = []
    offset = 0
    bracket_start: int | None = None
    i = 0
    while i < len(tokens):
        word, tag, opens, closes = tokens[i]
        if opens:
            bracket_start = offset
        start = offset
        if (
            tag == "nr"
            and not closes
            and i + 1 < len(tokens)
            and tokens[i + 1][1] == "nr"
            and not tokens[i + 1][2]
            and _is_surname(word)
            and len(tokens[i + 1][0]) <= 2
        ):
            word = word + tokens[i + 1][0]
            closes = tokens[i + 1][3]
            i += 1
        words.append(word)
        offset += len(word)
        if tag in PKU_LABELS and bracket_start is None:  # inside a compound, the compound's tag decides
            entities.append((start, offset, PKU_LABELS[tag]))
        if closes is not None and bracket_start is not None:
            if closes in PKU_LABELS:
                entities.append((bracket_start, offset, PKU_LABELS[closes]))
            bracket_start = None
        i += 1
    return Sentence(text="".join(words), words=words, entities=entities, id=para_id)


def read_pd1998(path: Path) -> Iterator[Sentence]:
    """Sentences (paragraphs) of the PKU-annotated People's Daily (``pd1998/*.txt``)."""
    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            sentence = parse_pku_line(line)
            if sentence is not None and sentence.text:
                yield sentence


def _bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """Character spans from BIO or BMES tags (``B-X``, ``I-X``/``M-X``/``E-X``, ``S-X``)."""
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        continues = prefix in {"I", "M", "E"} and kind == label and start is not None
        if not continues and start is not None:
            spans.append((start, i, label))  # type: ignore[arg-type]
            start, label = None, None
        if prefix in {"B", "S"} or (prefix in {"I", "M", "E"} and start is None):
            start, label = i, kind
        if prefix in {"E", "S"} and start is not None:
            spans.append((start, i + 1, label))  # type: ignore[arg-type]
            start, label = None, None
    return spans


def read_char_tagged(path: Path, labels: dict[str, str], sep: str | None = None) -> Iterator[Sentence]:
    """Character-per-line corpora (MSRA, Resume, Weibo): blank line ends a sentence.

    ``labels`` maps the corpus's entity types to the project's; other types are dropped.
    """
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> Sentence | None:
        if not chars:
            return None
        spans = [(s, e, labels[k]) for s, e, k in _bio_spans(tags) if k in labels]
        return Sentence(text="".join(chars), entities=spans)

    with Path(path).open(encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line.strip():
                sentence = flush()
                if sentence:
                    yield sentence
                chars, tags = [], []
                continue
            parts = line.split(sep) if sep else line.split()
            if len(parts) < 2:
                continue
            chars.append(parts[0][0])
            tags.append(parts[-1])
    sentence = flush()
    if sentence:
        yield sentence


def read_msra(path: Path) -> Iterator[Sentence]:
    """MSRA NER (``msra-ner/*_bio.txt``): PER/LOC/ORG."""
    return read_char_tagged(path, {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG"}, sep="\t")


def read_resume(path: Path) -> Iterator[Sentence]:
    """Resume NER (``resume-ner/*.char.bmes.txt``): NAME, ORG, TITLE, LOC."""
    return read_char_tagged(path, {"NAME": "PERSON", "ORG": "ORG", "TITLE": "TITLE", "LOC": "PLACE"})


def read_weibo(path: Path) -> Iterator[Sentence]:
    """Weibo NER (``weibo-ner/*.txt``): named mentions only."""
    labels = {"PER.NAM": "PERSON", "ORG.NAM": "ORG", "GPE.NAM": "PLACE", "LOC.NAM": "PLACE"}
    return read_char_tagged(path, labels, sep="\t")


CLUENER_LABELS = {
    "name": "PERSON",
    "government": "ORG",
    "organization": "ORG",
    "company": "ORG",
    "address": "PLACE",
    "scene": "PLACE",
    "position": "TITLE",
}


def read_cluener(path: Path, only: frozenset[str] | None = None) -> Iterator[Sentence]:
    """CLUENER2020 (``cluener/*.jsonl``); spans are end-inclusive in the file. With ``only``, the
    sentences whose labels are all among those (for training on some labels, where a sentence
    with others would teach their names as no names)."""
    with Path(path).open("rb") as lines:
        for line in lines:
            if not line.strip():
                continue
            record = orjson.loads(line)
            if only is not None and not set(record.get("label") or {}) <= only:
                continue
            spans = []
            for kind, names in (record.get("label") or {}).items():
                if kind not in CLUENER_LABELS:
                    continue
                for offsets in names.values():
                    for start, end in offsets:
                        spans.append((start, end + 1, CLUENER_LABELS[kind]))
            yield Sentence(text=record["text"], entities=sorted(spans))


_FULLWIDTH = {
    code: code - 0xFEE0
    for code in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0E, 0xFF05]
}


def to_halfwidth(text: str) -> str:
    """Full-width digits and letters (``１９９８``, ``ＣＰＵ``) to half-width, as modern news
    writes them; punctuation stays full-width. Offsets are unchanged."""
    return text.translate(_FULLWIDTH)

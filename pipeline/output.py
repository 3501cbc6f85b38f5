"""The evidence layer's JSON Lines: records to dicts, and the atomic writer.

``documents.jsonl``, ``mentions.jsonl``, ``relations.jsonl`` and ``events.jsonl`` follow
``shared/spec/OUTPUT.md``. Every file is written to a temporary name in its folder, flushed,
fsynced and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import orjson
from spacy.tokens import Doc

from .records import Document, Event, Mention, Official

EVIDENCE_FILES = ("documents", "mentions", "relations", "events")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()


def document_id(source: str, index: int) -> str:
    """A document's stable id: its page's path and its position on the page."""
    return "d_" + hashlib.blake2b(f"{source}#{index}".encode(), digest_size=8).hexdigest()


def _span(m: Mention) -> dict:
    return {"text": m.text, "entity": m.entity, "start": m.start, "end": m.end}


def document_record(document: Document) -> dict:
    return {
        "id": document.id,
        "source": document.source,
        "paper": document.paper,
        "date": document.date,
        "issue": document.issue,
        "page": document.page,
        "index": document.index,
        "kind": document.kind,
        "title": document.title,
        "byline": document.byline,
        "continued_to": document.continued_to,
        "continued_from": document.continued_from,
        "ends_mid_sentence": document.ends_mid_sentence,
        "sentences": [list(s) for s in document.sentences],
        "text": document.text,
    }


def mention_records(doc_id: str, mentions: Iterable[Mention]) -> Iterator[dict]:
    for m in sorted(mentions, key=lambda m: (m.start, m.end, m.label)):
        yield {
            "doc": doc_id, "label": m.label, "text": m.text, "start": m.start, "end": m.end,
            "entity": m.entity, "canonical": m.canonical, "source": m.source,
        }  # fmt: skip


def relation_records(doc_id: str, officials: Iterable[Official]) -> Iterator[dict]:
    for official in officials:
        for title, post in zip(official.titles, official.posts, strict=True):
            yield {
                "doc": doc_id,
                "type": "HOLDS_TITLE",
                "head": _span(official.name),
                "tail": _span(title),
                "body": _span(post.body) if post.body else None,
                "post": post.post,
                "list_position": official.list_position,
                "list_size": official.list_size,
            }


def event_records(doc_id: str, events: Iterable[Event]) -> Iterator[dict]:
    for event in events:
        yield {
            "doc": doc_id,
            "type": event.type,
            "date": event.date,
            "name": event.name,
            "trigger": event.trigger,
            "content": event.content,
            "start": event.start,
            "end": event.end,
            "args": {
                role: [{"text": a.text, "entity": a.entity, "start": a.start, "end": a.end} for a in fillers]
                for role, fillers in event.args.items()
            },
        }


def evidence_records(document: Document, doc: Doc) -> dict[str, list[dict]]:
    """The four evidence files' records for one processed document."""
    return {
        "documents": [document_record(document)],
        "mentions": list(mention_records(document.id, doc._.mentions or [])),
        "relations": list(relation_records(document.id, doc._.officials or [])),
        "events": list(event_records(document.id, doc._.events or [])),
    }


def dumps(record: dict) -> bytes:
    return orjson.dumps(record, option=orjson.OPT_APPEND_NEWLINE)


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[bytes]]:
    """Write ``path`` through a temporary file in the same folder, renamed when complete."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile("wb", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, FILE_MODE)
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise


def write_jsonl(path: Path, records: Iterable[dict]) -> int:
    """Write records as JSON Lines atomically; return how many were written."""
    count = 0
    with atomic_writer(path) as out:
        for record in records:
            out.write(dumps(record))
            count += 1
    return count


def read_jsonl(path: Path) -> Iterator[dict]:
    with Path(path).open("rb") as lines:
        for line in lines:
            if line.strip():
                yield orjson.loads(line)

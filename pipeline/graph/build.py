"""Build the knowledge graph from the evidence layer (the four JSON Lines files).

Nodes are canonical entities (Person, Org, Place, Title) and events (Meeting, Directive, Visit,
Talk); edges are ``CO_OCCURS`` between entities (sentence and article counts kept apart; at
article level among an article's 20 most mentioned entities),
``HOLDS_TITLE`` with the dates a post was seen, event roles (``CHAIRED``, ``ATTENDED``,
``SPOKE_AT``, ``ORGANIZED``, ``ISSUED``, ``VISITED``, ``ACCOMPANIED``, ``TALKED_WITH``, ``SITE_OF``)
and ``LOCATED_IN`` (a body in its place). Every edge carries its weight and the ids of the
documents that support it.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import combinations
from pathlib import Path

import networkx as nx

from ..output import read_jsonl

NODE_LABELS = {"PERSON": "Person", "ORG": "Org", "PLACE": "Place", "TITLE": "Title"}
EVENT_LABELS = {"meeting": "Meeting", "directive": "Directive", "visit": "Visit", "talk": "Talk"}
ROLE_EDGES = {
    ("meeting", "chair"): "CHAIRED",
    ("meeting", "attendee"): "ATTENDED",
    ("meeting", "speaker"): "SPOKE_AT",
    ("meeting", "organizer"): "ORGANIZED",
    ("directive", "speaker"): "ISSUED",
    ("visit", "visitor"): "VISITED",
    ("visit", "companion"): "ACCOMPANIED",
    ("talk", "participant"): "TALKED_WITH",
}
CO_OCCURRING = ("PERSON", "ORG", "PLACE")
#: how many of an article's entities (the most mentioned) pair up at article level
ARTICLE_ACTORS = 20


def event_id(record: dict, index: int) -> str:
    return "ev_" + hashlib.blake2b(f"{record['doc']}#{index}".encode(), digest_size=8).hexdigest()


class _Node:
    __slots__ = ("label", "names", "canonical", "docs", "dates", "mentions", "posts")

    def __init__(self, label: str) -> None:
        self.label = label
        self.names: Counter[str] = Counter()
        self.canonical: Counter[str] = Counter()
        self.docs: set[str] = set()
        self.dates: set[str] = set()
        self.mentions = 0
        self.posts: dict[str, set[str]] = defaultdict(set)


class _Edge:
    __slots__ = ("docs", "dates", "weight", "extra")

    def __init__(self) -> None:
        self.docs: set[str] = set()
        self.dates: set[str] = set()
        self.weight = 0
        self.extra: Counter[str] = Counter()


def main_actors(mentions: list[dict], limit: int = ARTICLE_ACTORS) -> set[str]:
    """The article's entities that take part in article-level co-occurrence: all of them, or in
    a long article the ``limit`` most mentioned (first mention breaking ties), so that the
    number of pairs grows with the number of articles, not with the square of their length."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for m in mentions:
        if m["label"] in CO_OCCURRING:
            counts[m["entity"]] += 1
            first.setdefault(m["entity"], m["start"])
    ranked = sorted(counts, key=lambda e: (-counts[e], first[e]))
    return set(ranked[:limit])


def _span_dates(dates: Iterable[str | None]) -> dict:
    known = sorted(d for d in dates if d)
    return {"first_date": known[0] if known else None, "last_date": known[-1] if known else None}


def build_graph(out_dir: Path) -> nx.MultiDiGraph:
    """The knowledge graph of an output folder's evidence files."""
    out_dir = Path(out_dir)
    documents = {d["id"]: d for d in read_jsonl(out_dir / "documents.jsonl")}
    nodes: dict[str, _Node] = {}
    edges: dict[tuple[str, str, str], _Edge] = defaultdict(_Edge)

    def node(entity: str, label: str) -> _Node:
        if entity not in nodes:
            nodes[entity] = _Node(label)
        return nodes[entity]

    def edge(kind: str, source: str, target: str, doc: str, date: str | None, count: int = 1) -> _Edge:
        record = edges[(source, target, kind)]
        record.docs.add(doc)
        if date:
            record.dates.add(date)
        record.weight += count
        return record

    mentions_by_doc: dict[str, list[dict]] = defaultdict(list)
    for mention in read_jsonl(out_dir / "mentions.jsonl"):
        entity = mention.get("entity")
        if not entity or mention["label"] not in NODE_LABELS:
            continue
        date = documents.get(mention["doc"], {}).get("date")
        item = node(entity, NODE_LABELS[mention["label"]])
        item.names[mention["text"]] += 1
        if mention.get("canonical"):
            item.canonical[mention["canonical"]] += 1
        item.docs.add(mention["doc"])
        item.mentions += 1
        if date:
            item.dates.add(date)
        mentions_by_doc[mention["doc"]].append(mention)

    # co-occurrence: once per article, and per sentence
    for doc_id, mentions in mentions_by_doc.items():
        document = documents.get(doc_id, {})
        date = document.get("date")
        sentences = document.get("sentences") or [[0, len(document.get("text", ""))]]
        for a, b in combinations(sorted(main_actors(mentions)), 2):
            record = edge("CO_OCCURS", a, b, doc_id, date)
            record.extra["article_count"] += 1
        for start, end in sentences:
            inside = sorted({m["entity"] for m in mentions if m["label"] in CO_OCCURRING and start <= m["start"] < end})
            for a, b in combinations(inside, 2):
                edges[(a, b, "CO_OCCURS")].extra["sentence_count"] += 1

    for relation in read_jsonl(out_dir / "relations.jsonl"):
        if relation.get("type") != "HOLDS_TITLE":
            continue
        person, title = relation["head"].get("entity"), relation["tail"].get("entity")
        if not person or not title:
            continue
        date = documents.get(relation["doc"], {}).get("date")
        edge("HOLDS_TITLE", person, title, relation["doc"], date)
        if person in nodes:
            nodes[person].posts[relation["tail"]["text"]].add(date or "")

    index_by_doc: Counter[str] = Counter()
    for record in read_jsonl(out_dir / "events.jsonl"):
        index = index_by_doc[record["doc"]]
        index_by_doc[record["doc"]] += 1
        ev_id = event_id(record, index)
        item = node(ev_id, EVENT_LABELS.get(record["type"], "Event"))
        item.names[record.get("name") or record.get("trigger") or record["type"]] += 1
        item.docs.add(record["doc"])
        if record.get("date"):
            item.dates.add(record["date"])
        item.mentions += 1
        for role, fillers in (record.get("args") or {}).items():
            kind = ROLE_EDGES.get((record["type"], role), "SITE_OF" if role == "site" else role.upper())
            for filler in fillers:
                entity = filler.get("entity")
                if not entity:
                    continue
                edge(kind, entity, ev_id, record["doc"], record.get("date"))

    # a body in its place: the place written at its head (大同市公安局 → 大同市)
    for doc_id, mentions in mentions_by_doc.items():
        date = documents.get(doc_id, {}).get("date")
        places = [m for m in mentions if m["label"] == "PLACE"]
        for body in (m for m in mentions if m["label"] == "ORG"):
            for place in places:
                if place["start"] == body["start"] and place["end"] < body["end"] or (
                    place["start"] > body["start"] and place["end"] <= body["end"] and body["text"].startswith(("中共",))
                ):
                    edge("LOCATED_IN", body["entity"], place["entity"], doc_id, date)

    graph = nx.MultiDiGraph()
    for entity, item in sorted(nodes.items()):
        # the canonical name where the mentions give one (中共大同市委), else the commonest form
        names = item.canonical or item.names
        name = names.most_common(1)[0][0] if names else entity
        attrs = {
            "label": item.label,
            "name": name,
            "aliases": sorted(item.names.keys() | item.canonical.keys()),
            "mention_count": item.mentions,
            "document_count": len(item.docs),
            **_span_dates(item.dates),
        }
        if item.label == "Person":
            attrs["posts"] = [{"title": t, "dates": sorted(d for d in dates if d)} for t, dates in sorted(item.posts.items())]
        graph.add_node(entity, **attrs)
    for (source, target, kind), record in sorted(edges.items()):
        if source not in graph or target not in graph:
            continue
        attrs = {"weight": record.weight or record.extra.get("sentence_count", 0), "docs": sorted(record.docs), **_span_dates(record.dates)}
        if kind == "CO_OCCURS":
            attrs["article_count"] = record.extra.get("article_count", 0)
            attrs["sentence_count"] = record.extra.get("sentence_count", 0)
            attrs["weight"] = attrs["article_count"]
        graph.add_edge(source, target, key=kind, type=kind, **attrs)
    return graph

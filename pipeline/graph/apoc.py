"""Neo4j's APOC JSON Lines shape, for ``CALL apoc.import.json("file:///graph.jsonl")``.

Nodes: ``{"type":"node","id":…,"labels":[…],"properties":{…}}``; relationships:
``{"type":"relationship","id":…,"label":…,"start":{"id":…,"labels":[…]},"end":{…},"properties":{…}}``.
Ids are strings; list properties stay lists of scalars (Neo4j arrays); nested values are JSON text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import orjson

from ..output import write_jsonl


def _properties(attrs: dict) -> dict:
    properties = {}
    for key, value in attrs.items():
        if value is None or key == "label":
            continue
        if isinstance(value, list) and any(isinstance(v, (dict, list)) for v in value) or isinstance(value, dict):
            value = orjson.dumps(value).decode()
        properties[key] = value
    return properties


def apoc_records(graph: nx.MultiDiGraph) -> Iterator[dict]:
    for node, attrs in graph.nodes(data=True):
        yield {"type": "node", "id": str(node), "labels": [attrs.get("label", "Entity")], "properties": _properties(attrs)}
    for number, (u, v, attrs) in enumerate(graph.edges(data=True)):
        kind = attrs.get("type", "RELATED")
        yield {
            "type": "relationship",
            "id": str(number),
            "label": kind,
            "start": {"id": str(u), "labels": [graph.nodes[u].get("label", "Entity")]},
            "end": {"id": str(v), "labels": [graph.nodes[v].get("label", "Entity")]},
            "properties": _properties({k: a for k, a in attrs.items() if k != "type"}),
        }


def write_apoc(graph: nx.MultiDiGraph, path: Path) -> None:
    write_jsonl(path, apoc_records(graph))

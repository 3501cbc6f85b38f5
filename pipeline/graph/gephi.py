"""GEXF and GraphML for Gephi: list and nested values flattened to text."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import orjson

from ..output import atomic_writer


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all scalars (lists joined with ``|``, dicts as JSON)."""

    def flat(attrs: dict) -> dict:
        out = {}
        for key, value in attrs.items():
            if value is None:
                continue
            if isinstance(value, list):
                value = "|".join(orjson.dumps(v).decode() if isinstance(v, (dict, list)) else str(v) for v in value)
            elif isinstance(value, dict):
                value = orjson.dumps(value).decode()
            out[key] = value
        return out

    copy = nx.MultiDiGraph()
    for node, attrs in graph.nodes(data=True):
        copy.add_node(node, **flat(attrs))
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        copy.add_edge(u, v, key=key, **flat(attrs))
    return copy


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> None:
    with atomic_writer(path) as out:
        nx.write_gexf(flat_graph(graph), out)


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    with atomic_writer(path) as out:
        nx.write_graphml(flat_graph(graph), out)

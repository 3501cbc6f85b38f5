"""The knowledge graph: build it from the evidence layer, write it, load it.

>>> import pipeline.graph
>>> graph = pipeline.graph.load("out")       # a networkx MultiDiGraph
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from .apoc import write_apoc
from .build import build_graph
from .gephi import write_gexf, write_graphml
from .jsonl import read_nodes_edges, write_nodes_edges

WRITERS = {
    "jsonl": lambda g, out: write_nodes_edges(g, out),
    "apoc": lambda g, out: write_apoc(g, out / "graph.jsonl"),
    "gexf": lambda g, out: write_gexf(g, out / "graph.gexf"),
    "graphml": lambda g, out: write_graphml(g, out / "graph.graphml"),
}


def write_graph(out_dir: str | Path, formats=tuple(WRITERS)) -> nx.MultiDiGraph:
    """Build the graph of an output folder and write it in the given formats."""
    out_dir = Path(out_dir)
    graph = build_graph(out_dir)
    for name in formats:
        WRITERS[name](graph, out_dir)
    return graph


def load(out_dir: str | Path) -> nx.MultiDiGraph:
    """The graph of an output folder as a networkx ``MultiDiGraph`` (built if not yet written)."""
    out_dir = Path(out_dir)
    if (out_dir / "nodes.jsonl").exists():
        return read_nodes_edges(out_dir)
    return build_graph(out_dir)


__all__ = ["build_graph", "load", "write_graph", "WRITERS"]

"""Flat node and edge records for pandas: ``nodes.jsonl`` and ``edges.jsonl``; and back."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from ..output import read_jsonl, write_jsonl


def write_nodes_edges(graph: nx.MultiDiGraph, out_dir: Path) -> None:
    write_jsonl(out_dir / "nodes.jsonl", ({"id": node, **attrs} for node, attrs in graph.nodes(data=True)))
    write_jsonl(
        out_dir / "edges.jsonl",
        ({"source": u, "target": v, **attrs} for u, v, attrs in graph.edges(data=True)),
    )


def read_nodes_edges(out_dir: Path) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    for record in read_jsonl(Path(out_dir) / "nodes.jsonl"):
        node = record.pop("id")
        graph.add_node(node, **record)
    for record in read_jsonl(Path(out_dir) / "edges.jsonl"):
        source, target = record.pop("source"), record.pop("target")
        graph.add_edge(source, target, key=record.get("type"), **record)
    return graph

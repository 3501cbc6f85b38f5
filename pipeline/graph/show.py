"""A person's page of the graph: posts, meetings chaired and attended, the people seen most
with them, and a drawing of their network."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import networkx as nx


def find_people(graph: nx.MultiDiGraph, name: str) -> list[str]:
    """Person nodes whose name or alias is ``name``."""
    return [
        node for node, attrs in graph.nodes(data=True)
        if attrs.get("label") == "Person" and (attrs.get("name") == name or name in (attrs.get("aliases") or []))
    ]


def person_report(graph: nx.MultiDiGraph, node: str, top: int = 10) -> dict:
    """What the graph knows of a person: posts with dates, meetings, companions."""
    attrs = graph.nodes[node]
    meetings: dict[str, list[dict]] = {"CHAIRED": [], "ATTENDED": [], "SPOKE_AT": [], "VISITED": [], "TALKED_WITH": []}
    for _, event, kind in graph.out_edges(node, keys=True):
        if kind in meetings:
            event_attrs = graph.nodes[event]
            meetings[kind].append({"name": event_attrs.get("name"), "date": event_attrs.get("first_date")})
    companions: Counter[str] = Counter()
    for u, v, kind, data in [*graph.out_edges(node, keys=True, data=True), *graph.in_edges(node, keys=True, data=True)]:
        other = v if u == node else u
        if kind == "CO_OCCURS" and graph.nodes[other].get("label") == "Person":
            companions[graph.nodes[other].get("name", other)] += data.get("article_count", 0)
    return {
        "name": attrs.get("name"),
        "documents": attrs.get("document_count"),
        "first_date": attrs.get("first_date"),
        "last_date": attrs.get("last_date"),
        "posts": attrs.get("posts") or [],
        "events": {kind: sorted(items, key=lambda e: e["date"] or "") for kind, items in meetings.items()},
        "seen_with": companions.most_common(top),
    }


def draw_person(graph: nx.MultiDiGraph, node: str, path: Path) -> None:
    """Draw the person's neighbourhood (people, bodies, places, events) to a PNG file."""
    try:
        import matplotlib
    except ImportError:
        raise RuntimeError("drawing needs matplotlib: pip install -e '.[viz]'") from None

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    neighbours = set(graph.successors(node)) | set(graph.predecessors(node)) | {node}
    sub = nx.Graph(graph.subgraph(neighbours))
    labels = {n: graph.nodes[n].get("name", n)[:12] for n in sub}
    colours = {"Person": "#e4572e", "Org": "#29335c", "Place": "#17bebb", "Title": "#ffc914"}
    plt.figure(figsize=(10, 8))
    layout = nx.spring_layout(sub, seed=0)
    nx.draw_networkx(
        sub, layout, labels=labels, font_size=8, node_size=300,
        node_color=[colours.get(graph.nodes[n].get("label"), "#999999") for n in sub],
        font_family=["Noto Sans CJK SC", "WenQuanYi Zen Hei", "SimHei", "sans-serif"],
    )
    plt.axis("off")
    plt.tight_layout()
    plt.savefig(path, dpi=120)
    plt.close()

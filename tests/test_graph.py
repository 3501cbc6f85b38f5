"""The knowledge graph: exact co-occurrence weights, the formats, APOC's shape, incremental runs."""

from __future__ import annotations

import networkx as nx
import orjson
import pytest
from typer.testing import CliRunner

import pipeline.graph
from pipeline.cli import app

runner = CliRunner()

ISSUE_A = "本报讯 1月10日，市委书记卢东亮主持召开市委常委会会议。市长张大明出席会议。\n卢东亮强调，要抓好安全生产。"
ISSUE_B = "本报讯 1月11日，市委书记卢东亮深入市公安局调研。市长张大明参加。"


def make_input(root, issues):
    for name, text in issues.items():
        page = root / name / "01.txt"
        page.parent.mkdir(parents=True)
        page.write_text(text, encoding="utf-8")


def extract(src, out):
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "-j", "1", "--home-place", "大同"])
    assert result.exit_code == 0, result.output


def test_co_occurrence_weights_are_exact(tmp_path):
    make_input(tmp_path / "in", {"2022-01-11": ISSUE_A, "2022-01-12": ISSUE_B})
    extract(tmp_path / "in", tmp_path / "out")
    graph = pipeline.graph.load(tmp_path / "out")
    by_name = {attrs["name"]: node for node, attrs in graph.nodes(data=True) if attrs["label"] == "Person"}
    lu, zhang = by_name["卢东亮"], by_name["张大明"]
    key = (lu, zhang) if (lu, zhang, "CO_OCCURS") in graph.edges(keys=True) else (zhang, lu)
    edge = graph.edges[key[0], key[1], "CO_OCCURS"]
    assert edge["article_count"] == 2  # both articles name both
    assert edge["sentence_count"] == 0  # never in one sentence
    assert edge["first_date"] == "2022-01-11" and edge["last_date"] == "2022-01-12"
    assert graph.nodes[lu]["document_count"] == 2
    kinds = {k for _, _, k in graph.edges(keys=True)}
    assert {"CHAIRED", "ATTENDED", "ISSUED", "VISITED", "ACCOMPANIED", "HOLDS_TITLE", "SITE_OF"} <= kinds
    posts = {p["title"]: p["dates"] for p in graph.nodes[lu]["posts"]}
    assert posts["市委书记"] == ["2022-01-11", "2022-01-12"]


def test_nodes_are_named_by_their_canonical_entity(tmp_path):
    # 市委 in a 大同 paper is 中共大同市委; the forms as written stay as aliases
    make_input(tmp_path / "in", {"2022-01-11": ISSUE_A, "2022-01-12": ISSUE_B})
    extract(tmp_path / "in", tmp_path / "out")
    graph = pipeline.graph.load(tmp_path / "out")
    names = {attrs["name"]: attrs for _, attrs in graph.nodes(data=True) if attrs["label"] in ("Org", "Title")}
    assert names["中共大同市委"]["aliases"] == ["中共大同市委", "市委"]
    assert {"大同市公安局", "中共大同市委书记", "大同市市长"} <= names.keys()
    mentions = [orjson.loads(line) for line in (tmp_path / "out" / "mentions.jsonl").read_bytes().splitlines()]
    assert {(m["text"], m["canonical"]) for m in mentions if m["label"] == "ORG"} >= {("市委", "中共大同市委"), ("市公安局", "大同市公安局")}


def test_formats_read_back_with_the_same_counts(tmp_path):
    make_input(tmp_path / "in", {"2022-01-11": ISSUE_A})
    extract(tmp_path / "in", tmp_path / "out")
    graph = pipeline.graph.load(tmp_path / "out")
    for name in ("graph.gexf", "graph.graphml"):
        reader = nx.read_gexf if name.endswith("gexf") else nx.read_graphml
        other = reader(tmp_path / "out" / name)
        assert (other.number_of_nodes(), other.number_of_edges()) == (graph.number_of_nodes(), graph.number_of_edges())


def test_apoc_records_have_the_documented_shape(tmp_path):
    make_input(tmp_path / "in", {"2022-01-11": ISSUE_A})
    extract(tmp_path / "in", tmp_path / "out")
    records = [orjson.loads(line) for line in (tmp_path / "out" / "graph.jsonl").read_bytes().splitlines()]
    node_ids = {r["id"] for r in records if r["type"] == "node"}
    for record in records:
        assert isinstance(record["id"], str)
        assert all(not isinstance(v, dict) for v in record["properties"].values())
        if record["type"] == "node":
            assert set(record) == {"type", "id", "labels", "properties"} and record["labels"]
        else:
            assert record["type"] == "relationship"
            assert set(record) == {"type", "id", "label", "start", "end", "properties"}
            for end in (record["start"], record["end"]):
                assert end["id"] in node_ids and end["labels"]


def test_incremental_run_equals_one_run(tmp_path):
    make_input(tmp_path / "a", {"2022-01-11": ISSUE_A})
    make_input(tmp_path / "b", {"2022-01-12": ISSUE_B})
    make_input(tmp_path / "all", {"2022-01-11": ISSUE_A, "2022-01-12": ISSUE_B})
    extract(tmp_path / "a", tmp_path / "inc")
    extract(tmp_path / "b", tmp_path / "inc")
    extract(tmp_path / "all", tmp_path / "one")
    for name in ("documents.jsonl", "mentions.jsonl", "events.jsonl", "nodes.jsonl", "edges.jsonl", "graph.jsonl"):
        assert (tmp_path / "inc" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name


def test_show_a_person_and_rewrite_a_format(tmp_path):
    make_input(tmp_path / "in", {"2022-01-11": ISSUE_A, "2022-01-12": ISSUE_B})
    extract(tmp_path / "in", tmp_path / "out")
    result = runner.invoke(app, ["show", str(tmp_path / "out"), "--person", "卢东亮"])
    assert result.exit_code == 0, result.output
    assert "post      市委书记  2022-01-11, 2022-01-12" in result.output
    assert "chaired" in result.output and "seen with 张大明 (2 articles)" in result.output
    (tmp_path / "out" / "graph.graphml").unlink()
    assert runner.invoke(app, ["graph", str(tmp_path / "out"), "--format", "graphml"]).exit_code == 0
    assert nx.read_graphml(tmp_path / "out" / "graph.graphml").number_of_nodes() > 0
    assert runner.invoke(app, ["show", str(tmp_path / "out"), "--person", "无此人"]).exit_code == 1


def test_show_draws_the_network(tmp_path):
    pytest.importorskip("matplotlib")
    make_input(tmp_path / "in", {"2022-01-11": ISSUE_A})
    extract(tmp_path / "in", tmp_path / "out")
    png = tmp_path / "net.png"
    result = runner.invoke(app, ["show", str(tmp_path / "out"), "--person", "卢东亮", "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_article_pairs_grow_with_articles_not_their_square():
    from pipeline.graph.build import ARTICLE_ACTORS, main_actors

    mentions = [{"label": "PERSON", "entity": f"p_{i}", "start": i} for i in range(60)]
    mentions += [{"label": "PERSON", "entity": "p_59", "start": 100}] * 3  # the most mentioned
    actors = main_actors(mentions)
    assert len(actors) == ARTICLE_ACTORS and "p_59" in actors and "p_0" in actors and "p_40" not in actors

"""The batch job end to end: the CLI on the seed, resume, the scorer on the dev output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app
from pipeline.output import read_jsonl

from .conftest import SEEDS

runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_extract_seed_writes_the_evidence_files(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    documents = list(read_jsonl(out / "documents.jsonl"))
    assert {d["source"] for d in documents} == {"2022-01-11/01.txt"}
    assert {d["paper"] for d in documents} == {"大同日报"}
    mentions = list(read_jsonl(out / "mentions.jsonl"))
    texts = {d["id"]: d["text"] for d in documents}
    assert all(texts[m["doc"]][m["start"] : m["end"]] == m["text"] for m in mentions)
    assert {"卢东亮", "市人大常委会", "白俄罗斯", "市委书记"} <= {m["text"] for m in mentions}
    relations = list(read_jsonl(out / "relations.jsonl"))
    assert {"head", "tail", "type", "doc"} <= set(relations[0])
    events = list(read_jsonl(out / "events.jsonl"))
    assert {e["type"] for e in events} >= {"meeting", "directive", "visit", "talk"}
    assert all(m["entity"] for m in mentions)


def test_rerun_skips_finished_issues_and_gives_the_same_bytes(tmp_path):
    out = tmp_path / "out"
    assert runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "-j", "1"]).exit_code == 0
    first = {name: (out / name).read_bytes() for name in ("documents.jsonl", "mentions.jsonl", "events.jsonl")}
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0 and "1 already done" in result.output
    assert first == {name: (out / name).read_bytes() for name in first}


def test_missing_input_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "no such input folder" in result.output


def test_a_model_that_cannot_load_stops_a_parallel_run_with_its_reason(tmp_path):
    result = runner.invoke(
        app, ["extract", str(SEEDS), "-o", str(tmp_path / "out"), "-j", "2", "--config", "hanlp",
              "--set", f"paths.hanlp_tok={tmp_path / 'no-such-model'}"],
    )
    assert result.exit_code == 1
    assert "no-such-model" in result.output and "HanLP" in result.output
    assert not (tmp_path / "out" / "documents.jsonl").exists()


def test_set_needs_key_and_value(tmp_path):
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(tmp_path / "out"), "--set", "paths.models"])
    assert result.exit_code == 2 and "KEY=VALUE" in result.output


def test_set_values_are_read_as_json_where_they_are_json():
    from pipeline.cli import parse_overrides

    assert parse_overrides(["training.c1=0.1", 'corpora.use=["pd1998"]', "paths.models=/data/models"]) == {
        "training.c1": 0.1,
        "corpora.use": ["pd1998"],
        "paths.models": "/data/models",
    }


def test_bad_page_exit_code_and_errors_file(tmp_path, seed_text):
    folder = tmp_path / "in" / "2022-01-11"
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text(seed_text, encoding="utf-8")
    (folder / "02.txt").write_bytes(b"\xff\xd8\xff\xe0 jpeg")
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-j", "1"])
    assert result.exit_code == 2
    (error,) = read_jsonl(out / "errors.jsonl")
    assert error["source"] == "2022-01-11/02.txt" and "JPEG" in error["error"]
    assert list(read_jsonl(out / "documents.jsonl"))


def test_python_dash_m(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pipeline", "--version"], capture_output=True, text=True, check=True)
    assert __version__ in result.stdout


def test_scorer_reads_the_dev_output(shared, tmp_path):
    out = tmp_path / "dev"
    assert runner.invoke(app, ["extract", str(shared / "gold" / "dev" / "input"), "-o", str(out), "-j", "1"]).exit_code == 0
    result = subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), str(shared / "gold" / "dev" / "gold.jsonl"), str(out), "--json"],
        capture_output=True, text=True, check=True,
    )
    report = json.loads(result.stdout)
    # the pipeline finds most of what the annotator found (figures in the README)
    assert report["entities"]["f1"] > 0.8
    assert report["officials"]["f1"] > 0.8
    assert report["events"]["gold"] > 0 and report["event_args"]["f1"] > 0.5


def test_parallel_run_equals_serial_run(tmp_path, shared):
    source = shared / "gold" / "dev" / "input"
    serial, parallel = tmp_path / "serial", tmp_path / "parallel"
    assert runner.invoke(app, ["extract", str(source), "-o", str(serial), "-j", "1"]).exit_code == 0
    assert runner.invoke(app, ["extract", str(source), "-o", str(parallel), "-j", "2"]).exit_code == 0
    for name in ("documents.jsonl", "mentions.jsonl", "relations.jsonl", "events.jsonl", "graph.jsonl"):
        assert (serial / name).read_bytes() == (parallel / name).read_bytes(), name


def test_outputs_are_not_left_half_written(tmp_path):
    out = tmp_path / "out"
    runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "-j", "1"])
    assert not [p for p in Path(out).rglob("*.tmp")]


def test_graph_formats_are_chosen_on_the_command_line(tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "-j", "1", "--graph", "none"])
    assert result.exit_code == 0 and (out / "mentions.jsonl").exists()
    assert not any((out / name).exists() for name in ("nodes.jsonl", "graph.jsonl", "graph.gexf", "graph.graphml"))
    assert " entities" not in result.output  # no graph, no count of its entities
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "-j", "1", "-g", "jsonl", "-g", "gexf"])
    assert result.exit_code == 0 and " entities" in result.output
    assert (out / "nodes.jsonl").exists() and (out / "graph.gexf").exists() and not (out / "graph.graphml").exists()
    result = runner.invoke(app, ["extract", str(SEEDS), "-o", str(out), "--graph", "svg"])
    assert result.exit_code == 1 and "--graph svg" in result.output

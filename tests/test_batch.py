"""Batch runs: killed and resumed, and on Ray; both give what an uninterrupted local run gives."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.runner.local import run_issues

from .conftest import PROJECT, SEED_PAGE

EVIDENCE = ("documents.jsonl", "mentions.jsonl", "relations.jsonl", "events.jsonl", "nodes.jsonl", "edges.jsonl")


def make_issues(root: Path, days: int) -> None:
    text = SEED_PAGE.read_text(encoding="utf-8")
    for day in range(1, days + 1):
        page = root / f"2022-01-{day:02d}" / "01.txt"
        page.parent.mkdir(parents=True)
        page.write_text(text.replace("2022年1月", f"2022年1月{day}日 "), encoding="utf-8")


@pytest.mark.slow
def test_killed_run_resumes_to_the_same_output(tmp_path):
    make_issues(tmp_path / "in", 12)
    reference = tmp_path / "reference"
    run_issues(tmp_path / "in", reference, jobs=1)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(tmp_path / "in"), "-o", str(out), "-j", "1"]
    process = subprocess.Popen(command, cwd=PROJECT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parts = out / ".newsgraph" / "parts"
    deadline = time.time() + 120
    while time.time() < deadline and len(list(parts.glob("*/done.json"))) < 3:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    finished = len(list(parts.glob("*/done.json")))
    assert 0 < finished < 12, "the run should have been killed mid-way"
    summary = run_issues(tmp_path / "in", out, jobs=1)
    assert summary.skipped == finished
    for name in EVIDENCE:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name
    assert not list(out.rglob("*.tmp"))


@pytest.mark.slow
def test_ray_executor_gives_the_local_output(tmp_path):
    ray = pytest.importorskip("ray")
    make_issues(tmp_path / "in", 3)
    run_issues(tmp_path / "in", tmp_path / "local", jobs=1)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        summary = run_issues(tmp_path / "in", tmp_path / "ray", jobs=2, executor="ray")
    finally:
        ray.shutdown()
    assert summary.issues == 3 and not summary.errors
    for name in EVIDENCE:
        assert (tmp_path / "ray" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name

"""The code base passes ruff (the project's linter)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from .conftest import PROJECT


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or str(PROJECT / ".venv" / "bin" / "ruff")
    if not shutil.which(ruff):
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    result = subprocess.run([ruff, "check", "pipeline", "tests", "benchmarks"], cwd=PROJECT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

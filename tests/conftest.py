"""Shared fixtures: the seed issue, the shared folder (optional), the loaded pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
SEEDS = PROJECT / "seeds"
SEED_PAGE = SEEDS / "2022-01-11" / "01.txt"
SHARED = PROJECT.parent / "shared"


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "corpora").exists():
        pytest.skip("../shared is not beside the project")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    import pipeline

    return pipeline.load()


@pytest.fixture(scope="session")
def rules_nlp():
    import pipeline

    return pipeline.load("rules")


def analyse(nlp, text: str, issue_date: str | None = "2022-01-11", home_place: str | None = "大同"):
    """Run the pipeline over one text as the runner does (issue date and home place set)."""
    doc = nlp.make_doc(text)
    doc._.issue_date = issue_date
    doc._.home_place = home_place
    return nlp(doc)

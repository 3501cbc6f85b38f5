"""newsgraph: Chinese newspaper issues to a knowledge graph of officials, bodies and events.

>>> import pipeline
>>> nlp = pipeline.load()
>>> doc = nlp("省委常委、市委书记卢东亮主持召开会议。")
>>> [(o.name.text, [t.text for t in o.titles]) for o in doc._.officials]
[('卢东亮', ['省委常委', '市委书记'])]
"""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

__all__ = ["__version__", "load", "extract"]


def load(config: str | Path | None = None, models: str | Path | None = None, overrides: dict | None = None):
    """The spaCy pipeline of ``configs/<config>.cfg`` (default: ``default``) with the shipped models;
    ``overrides`` sets config values by dotted path."""
    from .language import load as _load

    return _load(config, models, overrides)


def extract(input_dir: str | Path, out_dir: str | Path, config: str | Path | None = None, jobs: int = 1, **options):
    """Extract every issue under ``input_dir`` into the output folder ``out_dir``; return a summary."""
    from .runner.local import run_issues

    return run_issues(Path(input_dir), Path(out_dir), config=config, jobs=jobs, **options)

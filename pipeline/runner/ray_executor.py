"""Ray Data as the engine beyond one machine (``pip install -e '.[ray]'``).

Issues become rows of a Ray dataset; ``map_batches`` runs them through actors that load the
pipeline once, in their constructor (the model never travels through the object store), and
write each issue's part folder as the local executor does. The driver then merges the parts, so
the output is the same as a local run's. Workers need the input and output folders at the same
paths (a shared filesystem on a cluster).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import orjson

from ..ingest import Issue
from .local import IssueResult, issue_hash, safe_process_issue


class IssueWorker:
    """A Ray actor: the pipeline, loaded once, over batches of issues."""

    def __init__(
        self, config: str | None, models: str | None, root: str, out_dir: str, home_place: str | None,
        overrides: dict | None = None,
    ) -> None:
        from ..language import load

        self.nlp = load(config, models, overrides)
        self.root, self.out_dir, self.home_place = Path(root), Path(out_dir), home_place

    def __call__(self, batch: dict) -> dict:
        rows: dict[str, list] = {"key": [], "result": []}
        for key, date, pages, content_hash in zip(batch["key"], batch["date"], batch["pages"], batch["hash"], strict=True):
            issue = Issue(
                key=str(key), date=dt.date.fromisoformat(date) if date else None, pages=[Path(p) for p in pages],
                content_hash=str(content_hash),
            )
            result = safe_process_issue(self.nlp, issue, self.root, self.out_dir, self.home_place)
            rows["key"].append(result.key)
            rows["result"].append(orjson.dumps({"characters": result.characters, "counts": result.counts, "errors": result.errors}).decode())
        return rows


def run_on_ray(
    issues: list[Issue],
    root: Path,
    out_dir: Path,
    config: str | None,
    models: str | None,
    home_place: str | None,
    address: str | None = None,
    workers: int | None = None,
    overrides: dict | None = None,
) -> Iterator[IssueResult]:
    """Process ``issues`` on a Ray cluster (or a local Ray); yield each issue's result."""
    import ray

    if not ray.is_initialized():
        ray.init(address=address, ignore_reinit_error=True, log_to_driver=False, include_dashboard=False)
    workers = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    items = [
        {
            "key": i.key, "date": i.date.isoformat() if i.date else "", "pages": [str(p.resolve()) for p in i.pages],
            "hash": issue_hash(i),
        }
        for i in issues
    ]
    dataset = ray.data.from_items(items).map_batches(
        IssueWorker,
        fn_constructor_kwargs={
            "config": config, "models": models, "root": str(root.resolve()), "out_dir": str(out_dir.resolve()),
            "home_place": home_place, "overrides": overrides,
        },
        batch_size=1,
        concurrency=min(workers, max(1, len(items))),
        num_cpus=1,
    )
    for row in dataset.iter_rows():
        payload = orjson.loads(row["result"])
        yield IssueResult(key=row["key"], characters=payload["characters"], counts=payload["counts"], errors=payload["errors"])


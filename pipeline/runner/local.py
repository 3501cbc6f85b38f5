"""Batch extraction over issue folders: per-issue parts, resumable, merged atomically.

Each issue is processed on its own (in a worker process with ``jobs > 1``) and its records are
written to ``OUT/.newsgraph/parts/<issue>/`` with a ``done.json`` holding the hash of its input
pages, written last. A rerun skips issues whose hash is unchanged and redoes changed ones; the
output files are then rebuilt from the parts in issue order, each atomically. An interrupted
run therefore loses at most the issues in flight, and never duplicates one.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import time
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from ..components.hanlp_backend import THREADS_ENV
from ..errors import ModelError
from ..ingest import Issue, find_issues, read_issue
from ..output import EVIDENCE_FILES, atomic_writer, evidence_records, read_jsonl, write_jsonl

STATE_DIR = ".newsgraph"
HOME_SUFFIXES = ("日报", "晚报", "早报", "时报", "商报", "报", "通讯", "周刊", "新闻", "融媒")


@dataclass(slots=True)
class IssueResult:
    key: str
    characters: int
    counts: dict[str, int]
    errors: list[dict]
    skipped: bool = False


@dataclass(slots=True)
class Summary:
    """What a run did: issues, records and errors, and how long it took."""

    issues: int = 0
    skipped: int = 0
    characters: int = 0
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EVIDENCE_FILES, 0))
    errors: list[dict] = field(default_factory=list)
    seconds: float = 0.0

    entities: int = 0  # canonical entities in the graph (0 when no graph was written)


def issue_hash(issue: Issue) -> str:
    """A hash of an issue's page paths and bytes: a changed page means the issue is redone.
    Computed once an issue (kept on it, and shipped with it to workers)."""
    if issue.content_hash is not None:
        return issue.content_hash
    digest = hashlib.blake2b(digest_size=16)
    for page in issue.pages:
        digest.update(page.name.encode())
        try:
            digest.update(page.read_bytes() if page.is_file() else b"not a regular file")
        except OSError as error:
            digest.update(f"unreadable:{error.errno}".encode())
    issue.content_hash = digest.hexdigest()
    return issue.content_hash


def part_dir(out_dir: Path, key: str) -> Path:
    """Where an issue's records live; the name is derived from the key, so it cannot escape."""
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in key)[:80]
    digest = hashlib.blake2b(key.encode(), digest_size=6).hexdigest()
    return out_dir / STATE_DIR / "parts" / f"{safe}-{digest}"


def home_place_of(paper: str | None) -> str | None:
    """The home place a paper's name gives: 大同日报 → 大同 (where it names a division)."""
    from ..components.grammar import grammar

    if not paper:
        return None
    if paper.startswith("今日") and len(paper) > 3:
        paper = paper[2:] + "报"  # 今日广灵: a county's paper by its name after 今日 (广灵县)
    for suffix in HOME_SUFFIXES:
        if paper.endswith(suffix):
            place = paper[: -len(suffix)]
            if place in grammar().division_names:
                return place
            # a county's paper by the county's short name (黎城通讯: 黎城县, a county-level city's
            # 介休通讯: 介休市; not 光明日报, 新华日报 for the districts 光明区, 新华区)
            if suffix.endswith(("日报", "晚报", "早报", "时报", "商报")):
                return None
            names = grammar().division_names  # as written -> the official name (孝义县 -> 孝义市)
            return next((names[place + level] for level in "县旗市" if place + level in names), None)
    return None


# -- worker side ---------------------------------------------------------------------------

_NLP = None
_LOAD_ERROR: Exception | None = None


def _init_worker(config: str | None, models: str | None, overrides: dict | None = None, threads: int = 1) -> None:
    global _NLP, _LOAD_ERROR
    from ..language import load

    # a torch backend (HanLP) in each worker takes its share of the cores, not all of them
    os.environ.setdefault(THREADS_ENV, str(threads))
    try:
        _NLP = load(config, models, overrides)
    except ModelError as error:  # raised again from the first task, so the driver can report it
        _LOAD_ERROR = error


def process_issue(nlp, issue: Issue, root: Path, out_dir: Path, home_place: str | None = None) -> IssueResult:
    """Run the pipeline over one issue and write its part folder."""
    documents, page_errors = read_issue(issue, root)
    docs = []
    for document in documents:
        doc = nlp.make_doc(document.text)
        doc._.issue_date = document.date
        doc._.home_place = home_place or home_place_of(document.paper)
        docs.append(doc)
    records: dict[str, list[dict]] = {name: [] for name in EVIDENCE_FILES}
    for document, doc in zip(documents, nlp.pipe(docs), strict=True):
        for name, rows in evidence_records(document, doc).items():
            records[name].extend(rows)
    errors = [{"source": e.source, "issue": issue.key, "error": e.message} for e in page_errors]
    target = part_dir(out_dir, issue.key)
    staging = target.with_name(target.name + ".tmp")
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    for name, rows in records.items():
        write_jsonl(staging / f"{name}.jsonl", rows)
    write_jsonl(staging / "errors.jsonl", errors)
    with atomic_writer(staging / "done.json") as out:
        out.write(orjson.dumps({"issue": issue.key, "hash": issue_hash(issue), "pages": len(issue.pages)}))
    if target.exists():
        shutil.rmtree(target)
    os.replace(staging, target)
    target.with_suffix(".failed").unlink(missing_ok=True)
    return IssueResult(
        key=issue.key,
        characters=sum(len(d.text) for d in documents),
        counts={name: len(rows) for name, rows in records.items()},
        errors=errors,
    )


def safe_process_issue(nlp, issue: Issue, root: Path, out_dir: Path, home_place: str | None) -> IssueResult:
    """:func:`process_issue`, with a failure recorded as the issue's error instead of ending the batch."""
    try:
        return process_issue(nlp, issue, root, out_dir, home_place)
    except OSError:
        raise  # the output cannot be written: stop, finished issues are kept
    except Exception as error:  # one bad issue never costs the rest of the batch
        message = f"the pipeline failed on this issue: {type(error).__name__}: {error}"
        errors = [{"source": issue.key, "issue": issue.key, "error": message}]
        # recorded as failed, not done: the next run tries the issue again
        write_jsonl(part_dir(out_dir, issue.key).with_suffix(".failed"), errors)
        return IssueResult(issue.key, 0, dict.fromkeys(EVIDENCE_FILES, 0), errors)


def _worker_issue(issue: Issue, root: Path, out_dir: Path, home_place: str | None) -> IssueResult:
    if _LOAD_ERROR is not None:
        raise _LOAD_ERROR
    return safe_process_issue(_NLP, issue, root, out_dir, home_place)


# -- driver side ---------------------------------------------------------------------------


def is_done(out_dir: Path, issue: Issue) -> bool:
    marker = part_dir(out_dir, issue.key) / "done.json"
    if not marker.exists():
        return False
    try:
        return orjson.loads(marker.read_bytes()).get("hash") == issue_hash(issue)
    except (OSError, orjson.JSONDecodeError):
        return False


def _cached_result(out_dir: Path, issue: Issue) -> IssueResult:
    folder = part_dir(out_dir, issue.key)
    counts = {name: sum(1 for _ in read_jsonl(folder / f"{name}.jsonl")) for name in EVIDENCE_FILES}
    errors = list(read_jsonl(folder / "errors.jsonl"))
    return IssueResult(issue.key, 0, counts, errors, skipped=True)


def finished_parts(out_dir: Path) -> list[Path]:
    """Every finished issue's part folder in the output folder, in issue-key order.

    Parts of earlier runs over other input folders are kept, so a run over new issues adds to
    the output instead of replacing it.
    """
    parts = []
    for marker in (out_dir / STATE_DIR / "parts").glob("*/done.json"):
        try:
            key = orjson.loads(marker.read_bytes())["issue"]
        except (OSError, orjson.JSONDecodeError, KeyError):
            continue
        parts.append((key, marker.parent))
    return [folder for _key, folder in sorted(parts)]


def issue_size(issue: Issue) -> int:
    """Bytes of an issue's pages."""
    return sum(page.stat().st_size for page in issue.pages if page.is_file())


def largest_first(issues: list[Issue]) -> list[Issue]:
    """Issues by size of their pages, largest first: workers that take the large issues first
    finish together, not with one worker left alone on the last big issue (the output is
    merged in issue order whatever the order of work)."""
    return sorted(issues, key=issue_size, reverse=True)


def merge_parts(out_dir: Path) -> None:
    """Rebuild the output files from the finished parts, in issue order, atomically; the errors
    of issues that failed as a whole go into ``errors.jsonl`` too."""
    parts = finished_parts(out_dir)
    for name in EVIDENCE_FILES:

        def rows(name: str = name) -> Iterator[dict]:
            for folder in parts:
                path = folder / f"{name}.jsonl"
                if path.exists():
                    yield from read_jsonl(path)

        write_jsonl(out_dir / f"{name}.jsonl", rows())

    def errors() -> Iterator[dict]:
        found = [*(folder / "errors.jsonl" for folder in parts), *(out_dir / STATE_DIR / "parts").glob("*.failed")]
        for path in sorted(found, key=lambda p: p.name if p.suffix == ".failed" else p.parent.name):
            if path.exists():
                yield from read_jsonl(path)

    write_jsonl(out_dir / "errors.jsonl", errors())


def run_issues(
    input_dir: Path,
    out_dir: Path,
    config: str | None = None,
    models: str | None = None,
    jobs: int = 1,
    home_place: str | None = None,
    on_issue: Callable[[IssueResult], None] | None = None,
    on_start: Callable[[int, int], None] | None = None,
    graph_formats: tuple[str, ...] = ("jsonl", "apoc", "gexf", "graphml"),
    executor: str = "local",
    address: str | None = None,
    overrides: dict | None = None,
) -> Summary:
    """Extract every issue under ``input_dir`` into ``out_dir`` (see the module docstring)."""
    started = time.perf_counter()
    input_dir, out_dir = Path(input_dir), Path(out_dir)
    if not input_dir.exists():
        raise FileNotFoundError(f"{input_dir}: no such input folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    walk_errors: list[tuple[Path, str]] = []
    issues = list(find_issues(input_dir, walk_errors))
    summary = Summary(errors=[{"source": str(p), "error": m} for p, m in walk_errors])
    todo = [issue for issue in issues if not is_done(out_dir, issue)]
    if on_start:
        on_start(len(issues), sum(map(issue_size, todo)))

    def record(result: IssueResult) -> None:
        summary.issues += 1
        summary.skipped += result.skipped
        summary.characters += result.characters
        for name, count in result.counts.items():
            summary.counts[name] += count
        summary.errors.extend(result.errors)
        if on_issue:
            on_issue(result)

    for issue in issues:
        if issue not in todo:
            record(_cached_result(out_dir, issue))
    if todo and executor == "ray":
        from .ray_executor import run_on_ray

        for result in run_on_ray(
            todo, input_dir, out_dir, config, models, home_place, address, jobs if jobs > 1 else None, overrides
        ):
            record(result)
    elif todo:
        if jobs <= 1:
            from ..language import load

            nlp = load(config, models, overrides)
            for issue in todo:
                record(safe_process_issue(nlp, issue, input_dir, out_dir, home_place))
        else:
            context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
            threads = max(1, (os.cpu_count() or 1) // jobs)
            with ProcessPoolExecutor(
                jobs, mp_context=context, initializer=_init_worker, initargs=(config, models, overrides, threads)
            ) as pool:
                pending: set[Future] = set()
                queue = iter(largest_first(todo))
                for issue in queue:
                    pending.add(pool.submit(_worker_issue, issue, input_dir, out_dir, home_place))
                    if len(pending) >= jobs * 2:
                        done, pending = wait(pending, return_when=FIRST_COMPLETED)
                        for future in done:
                            record(future.result())
                for future in pending:
                    record(future.result())
    merge_parts(out_dir)
    if graph_formats:
        from ..graph import write_graph

        graph = write_graph(out_dir, graph_formats)
        summary.entities = sum(1 for _, label in graph.nodes(data="label") if label in ("Person", "Org", "Place", "Title"))
    summary.seconds = time.perf_counter() - started
    return summary

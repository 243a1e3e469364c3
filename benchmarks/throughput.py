"""Extraction throughput: documents/s and words/s of `kg.build.extract` on the dev corpus
repeated N times, against the bare spaCy model over the same texts, and peak RSS.

    .venv/bin/python benchmarks/throughput.py [--repeat 10] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.build import extract  # noqa: E402
from kg.documents import read_documents  # noqa: E402
from kg.pipeline import load_nlp, installed_model  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared/corpus/dev"
if not DEFAULT_CORPUS.is_dir():  # a clone with nothing beside it: the bundled examples
    DEFAULT_CORPUS = REPO / "examples"


def timed(label: str, run, texts: list[str], words: int) -> float:
    """Run once, print docs/s and words/s, return the seconds taken."""
    start = time.perf_counter()
    run()
    seconds = time.perf_counter() - start
    print(f"{label:<24}{seconds:>8.2f} s {len(texts) / seconds:>9.1f} docs/s "
          f"{words / seconds:>9.0f} words/s")
    return seconds


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10, help="copies of the corpus (default 10)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    documents = list(read_documents([args.corpus])) * args.repeat
    texts = [d.text for d in documents]
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} documents, {words} words ({args.repeat} x {args.corpus})")
    import spacy

    bare = spacy.load(installed_model())
    load_nlp()  # both pipelines loaded before timing
    baseline = timed("bare spaCy model", lambda: list(bare.pipe(texts, batch_size=32)),
                     texts, words)
    ours = timed("kg extract", lambda: list(extract(documents)), texts, words)
    print(f"ratio kg/bare time: {ours / baseline:.2f}x   peak RSS: {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()

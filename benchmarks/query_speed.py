"""Named-query speed: each query in queries/*.rq on a store holding the dev corpus K times
(each copy under its own document ids), against a trivial COUNT(*) baseline.

    .venv/bin/python benchmarks/query_speed.py [--copies 4] [--runs 5]
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.build import extract  # noqa: E402
from kg.documents import read_documents  # noqa: E402
from kg.query import list_queries, query_text, run  # noqa: E402
from kg.rdf import document_graph  # noqa: E402
from kg.store import Store  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared/corpus/dev"
if not DEFAULT_CORPUS.is_dir():  # a clone with nothing beside it: the bundled examples
    DEFAULT_CORPUS = REPO / "examples"
BASELINE = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def fill(store: Store, corpus: Path, copies: int) -> None:
    """Extract the corpus once, store it `copies` times under ids doc, doc~1, doc~2, ..."""
    documents = list(read_documents([corpus]))
    copied = [dataclasses.replace(d, id=f"{d.id}~{i}" if i else d.id)
              for i in range(copies) for d in documents]
    store.add_graphs(document_graph(facts) for facts in extract(copied))


def median_seconds(store: Store, text: str, runs: int) -> tuple[float, int]:
    times, rows = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        rows = len(run(store, text).rows)
        times.append(time.perf_counter() - start)
    return statistics.median(times), rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4,
                        help="copies of the corpus (default 4; time grows much faster than linearly)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "store") as store:
        fill(store, args.corpus, args.copies)
        print(f"store: {len(store.graphs())} documents, {store.count()} triples")
        base, _ = median_seconds(store, BASELINE, args.runs)
        print(f"{'COUNT(*) baseline':<12}{base * 1000:>9.1f} ms")
        for name in list_queries():
            seconds, rows = median_seconds(store, query_text(name), args.runs)
            print(f"{name:<12}{seconds * 1000:>9.1f} ms {rows:>7} rows {seconds / base:>8.1f}x")


if __name__ == "__main__":
    main()

"""The named queries give the same facts and documents whether each document has its
own graph (the store, `kg load`) or everything sits in one graph (`kg load --graph`)."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import extract
from kg.documents import read_documents
from kg.query import QUERY_DIR
from kg.rdf import document_graph

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ONE_GRAPH = ox.NamedNode("https://example.org/everything")


@pytest.fixture(scope="module")
def graphs():
    docs = list(read_documents([EXAMPLES]))
    return [document_graph(f) for f in extract(docs)]


def _store(graphs, single: bool) -> ox.Store:
    store = ox.Store()
    for graph in graphs:
        target = ONE_GRAPH if single else ox.NamedNode(str(graph.identifier))
        store.load(graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=target)
    return store


def _rows(store: ox.Store, name: str) -> set[tuple]:
    text = (QUERY_DIR / f"{name}.rq").read_text()
    result = store.query(text, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return {tuple(row[n].value if row[n] is not None else None for n in names) for row in result}


@pytest.mark.parametrize("name", ["attacks", "allies", "talks", "control", "evidence"])
def test_same_rows_in_one_graph_as_in_graph_per_document(graphs, name):
    per_document = _rows(_store(graphs, single=False), name)
    assert per_document  # the examples state facts of every kind
    assert _rows(_store(graphs, single=True), name) == per_document

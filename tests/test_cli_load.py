"""`kg load` against a real `oxigraph serve` (tests/conftest.py's oxigraph_server)."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from cli_support import assert_one_line_error, run_kg
from cli_support import built_store  # noqa: F401  (session fixture)
from kg.store import Store

ALL = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
#: Distinct triples over all graphs (the store queries the union of its graphs).
DISTINCT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"


def server_count(base: str, sparql: str = ALL) -> int:
    request = urllib.request.Request(
        f"{base}/query", data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def server(oxigraph_server: str) -> str:
    """The shared server, emptied first."""
    request = urllib.request.Request(f"{oxigraph_server}/update", data=b"DROP SILENT ALL",
                                     method="POST",
                                     headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=30).close()
    return oxigraph_server


def test_load_sends_every_graph_once(built_store: Path, server: str) -> None:
    for _ in range(2):
        result = run_kg("load", "--endpoint", f"{server}/store", "--store", built_store)
        assert result.returncode == 0, result.stderr
    with Store.open(built_store) as store:
        stored = store.count()
    assert server_count(server) == stored
    assert str(stored) in result.stdout


def test_load_into_one_graph(built_store: Path, server: str) -> None:
    iri = "https://example.org/graph/newskg"
    result = run_kg("load", "--endpoint", f"{server}/store", "--graph", iri,
                    "--store", built_store)
    assert result.returncode == 0, result.stderr
    graph_count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
    assert server_count(server, graph_count) == server_count(server) > 0
    with Store.open(built_store) as store:
        distinct = int(next(iter(store.query(DISTINCT_TRIPLES)))["n"].value)
    assert server_count(server) == distinct


def test_unreachable_endpoint_exits_4(built_store: Path, unused_port: int) -> None:
    url = f"http://127.0.0.1:{unused_port}/store"
    assert_one_line_error(run_kg("load", "--endpoint", url, "--store", built_store), 4, url)

"""Store.load_to_endpoint against a real `oxigraph serve` (Graph Store Protocol over HTTP)."""
from __future__ import annotations

import json
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import StoreError
from kg.store import Store
from kg.vocab import ID, NKG

DOCS = ["https://w3id.org/newskg/doc/one", "https://w3id.org/newskg/doc/two"]
ALL_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


def server_select(base: str, sparql: str) -> list[dict]:
    """Run a SELECT on the server's /query endpoint; the JSON bindings."""
    request = urllib.request.Request(
        f"{base}/query", data=urllib.parse.urlencode({"query": sparql}).encode(),
        headers={"Accept": "application/sparql-results+json",
                 "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["results"]["bindings"]


def server_count(base: str) -> int:
    return int(server_select(base, ALL_TRIPLES)[0]["n"]["value"])


@pytest.fixture
def endpoint(oxigraph_server: str) -> str:
    """The server's Graph Store endpoint, emptied first (the server is shared by the session)."""
    request = urllib.request.Request(
        f"{oxigraph_server}/update", data=b"DROP SILENT ALL", method="POST",
        headers={"Content-Type": "application/sparql-update"})
    urllib.request.urlopen(request, timeout=10).close()
    assert server_count(oxigraph_server) == 0
    return f"{oxigraph_server}/store"


@pytest.fixture
def store(tmp_path: Path):
    """Two documents sharing some triples, one with a blank node."""
    with Store(tmp_path / "store") as opened:
        graphs = []
        for iri in DOCS:
            graph = rdflib.Graph(identifier=URIRef(iri))
            graph.add((URIRef(iri), RDF.type, NKG.Document))
            graph.add((ID.ISIL, RDF.type, NKG.ArmedGroup))
            graph.add((ID.ISIL, RDFS.label, Literal("ISIL \"Daesh\"", lang="en")))
            note = BNode()
            graph.add((URIRef(iri), RDFS.comment, note))
            graph.add((note, RDFS.label, Literal(iri)))
            graphs.append(graph)
        graphs[0].add((ID.ISIL, NKG.attacked, ID.Morocco))
        opened.add_graphs(graphs)
        yield opened


def test_loading_sends_every_named_graph(store: Store, endpoint: str,
                                         oxigraph_server: str) -> None:
    sent = store.load_to_endpoint(endpoint)
    assert sent == store.count()
    assert server_count(oxigraph_server) == store.count()
    graphs = server_select(oxigraph_server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert sorted(row["g"]["value"] for row in graphs) == DOCS


def test_loading_twice_does_not_duplicate(store: Store, endpoint: str,
                                          oxigraph_server: str) -> None:
    store.load_to_endpoint(endpoint)
    store.load_to_endpoint(endpoint)
    assert server_count(oxigraph_server) == store.count()


def test_loading_into_one_graph_twice_holds_the_union_once(store: Store, endpoint: str,
                                                           oxigraph_server: str) -> None:
    target = "https://example.org/graphs/news"
    union = len(list(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")))
    assert union < store.count()  # the ISIL triples are in both documents
    assert store.load_to_endpoint(endpoint, graph=target) == union
    assert store.load_to_endpoint(endpoint, graph=target) == union
    rows = server_select(oxigraph_server,
                         f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}")
    assert int(rows[0]["n"]["value"]) == union == server_count(oxigraph_server)


def test_an_unreachable_endpoint_gives_store_error_naming_the_url(store: Store,
                                                                 unused_port: int) -> None:
    url = f"http://127.0.0.1:{unused_port}/store"
    with pytest.raises(StoreError) as caught:
        store.load_to_endpoint(url, timeout=5)
    message = str(caught.value)
    assert message.startswith(f"cannot reach SPARQL endpoint {url}: ")
    assert "\n" not in message


def test_an_http_error_gives_store_error_with_the_status(store: Store,
                                                         oxigraph_server: str) -> None:
    url = f"{oxigraph_server}/no-such-endpoint"
    with pytest.raises(StoreError) as caught:
        store.load_to_endpoint(url)
    assert url in str(caught.value) and "HTTP 404" in str(caught.value)

"""kg.store on a real pyoxigraph folder: replacing graphs, locking, export, statistics."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, RDF, RDFS

from kg.documents import Document
from kg.errors import InputError, QueryError, RenderError, StoreError
from kg.events import DocumentFacts, Entity, Evidence, RelationEvent
from kg.rdf import document_graph, document_iri, to_dataset
from kg.store import Store, default_store_path, ntriples
from kg.vocab import ID, NKG

DOC_A = "https://w3id.org/newskg/doc/a"
DOC_B = "https://w3id.org/newskg/doc/b"


def doc_graph(iri: str, *extra: tuple) -> rdflib.Graph:
    """A small hand-made document graph with awkward literals; `extra` triples appended."""
    graph = rdflib.Graph(identifier=URIRef(iri))
    graph.add((URIRef(iri), RDF.type, NKG.Document))
    graph.add((URIRef(iri), RDFS.label, Literal('He said "no"\n\tthen left', lang="en")))
    graph.add((URIRef(iri), NKG.startOffset, Literal(10)))
    graph.add((URIRef(iri), NKG.confidence, Literal(Decimal("0.85"))))
    author = BNode()  # a blank node would be duplicated by a replace that did not drop
    graph.add((URIRef(iri), DCTERMS.creator, author))
    graph.add((author, RDFS.label, Literal("staff")))
    graph.add((ID.ISIL, RDF.type, NKG.ArmedGroup))  # shared by every document
    graph.add((ID.ISIL, RDFS.label, Literal("ISIL")))
    for triple in extra:
        graph.add(triple)
    return graph


def stored_graph(store: Store, iri: str) -> rdflib.Graph:
    """Read one named graph back out of the store through SPARQL."""
    result = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}")
    data = pyoxigraph.serialize(list(result), format=pyoxigraph.RdfFormat.N_TRIPLES) or b""
    return rdflib.Graph().parse(data=data, format="nt")


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "store") as opened:
        yield opened


def test_replace_graph_twice_keeps_one_copy(store: Store) -> None:
    graph = doc_graph(DOC_A)
    store.replace_graph(DOC_A, graph)
    store.replace_graph(DOC_A, graph)
    assert store.count() == len(graph)
    assert store.graphs() == [DOC_A]
    assert isomorphic(stored_graph(store, DOC_A), graph)


def test_replace_graph_drops_triples_the_new_version_lacks(store: Store) -> None:
    store.replace_graph(DOC_A, doc_graph(DOC_A, (ID.ISIL, NKG.attacked, ID.Morocco)))
    newer = doc_graph(DOC_A)
    store.replace_graph(DOC_A, newer)
    assert isomorphic(stored_graph(store, DOC_A), newer)


@pytest.mark.parametrize("bad_iri", ["not an iri", "http://x/a> } ; DROP ALL ; #"])
def test_failing_replace_leaves_the_old_graph_intact(store: Store, bad_iri: str) -> None:
    old = doc_graph(DOC_A)
    store.replace_graph(DOC_A, old)
    store.replace_graph(DOC_B, doc_graph(DOC_B))
    broken = doc_graph(DOC_A, (URIRef(bad_iri), RDF.type, NKG.State))
    with pytest.raises(InputError) as caught:
        store.replace_graph(DOC_A, broken)
    assert DOC_A in str(caught.value) and "\n" not in str(caught.value)
    assert isomorphic(stored_graph(store, DOC_A), old)
    assert store.graphs() == [DOC_A, DOC_B]


def test_add_graphs_replaces_each_graph_of_a_batch(store: Store) -> None:
    store.replace_graph(DOC_A, doc_graph(DOC_A, (ID.ISIL, NKG.attacked, ID.Morocco)))
    batch = [doc_graph(DOC_A), doc_graph(DOC_B, (ID.ISIL, NKG.controls, ID.Derna))]
    written = store.add_graphs(batch)
    assert written == sum(len(graph) for graph in batch)
    assert store.count() == written
    assert isomorphic(stored_graph(store, DOC_A), batch[0])
    assert isomorphic(stored_graph(store, DOC_B), batch[1])


def test_a_batch_of_new_graphs_lands_whole_or_not_at_all(store: Store) -> None:
    texts = {iri: ntriples(doc_graph(iri), iri).decode() for iri in (DOC_A, DOC_B)}
    with pytest.raises(StoreError, match="cannot write"):
        store.replace_ntriples([(DOC_A, texts[DOC_A]), (DOC_B, "<http://x/a> <http://x/p> oops .\n")])
    assert store.count() == 0 and store.graphs() == []
    store.replace_ntriples(texts.items())
    assert store.graphs() == [DOC_A, DOC_B]
    assert isomorphic(stored_graph(store, DOC_B), doc_graph(DOC_B))


def test_add_graphs_takes_the_graphs_of_an_rdflib_dataset(store: Store) -> None:
    dataset = rdflib.Dataset()
    for iri in (DOC_A, DOC_B):
        named = dataset.graph(URIRef(iri))
        for triple in doc_graph(iri):
            named.add(triple)
    store.add_graphs(dataset.graphs())  # includes rdflib's empty default graph
    assert store.graphs() == [DOC_A, DOC_B]


def test_add_graphs_rejects_a_graph_without_a_document_iri(store: Store) -> None:
    anonymous = rdflib.Graph()
    anonymous.add((ID.ISIL, RDF.type, NKG.ArmedGroup))
    with pytest.raises(InputError, match="no document IRI"):
        store.add_graphs([anonymous])
    assert store.count() == 0


def test_contents_survive_closing_and_reopening(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as first:
        first.replace_graph(DOC_A, doc_graph(DOC_A))
    with Store.open(tmp_path / "s") as second:
        assert second.graphs() == [DOC_A]
        assert second.count() == len(doc_graph(DOC_A))


def test_a_closed_store_says_so(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.count()


def test_folder_locked_by_another_process_gives_one_line_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, pyoxigraph; s = pyoxigraph.Store(sys.argv[1]); "
         "print('ready', flush=True); sys.stdin.read()", str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as caught:
            Store(folder)
    finally:
        holder.communicate("")
    message = str(caught.value)
    assert str(folder) in message and "another process" in message and "\n" not in message


def _open_in_another_process(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "import sys, pyoxigraph; pyoxigraph.Store(sys.argv[1])",
                           str(folder)], capture_output=True, text=True)


def test_read_alone_reads_and_keeps_writers_out_meanwhile(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    with Store(folder) as store:
        store.replace_graph(DOC_A, doc_graph(DOC_A))
    files = sorted(p.name for p in folder.iterdir())
    with Store.read_alone(folder) as store:
        assert store is not None and store.read_only and store.has_graph(DOC_A)
    assert sorted(p.name for p in folder.iterdir()) == files  # reading wrote nothing
    with Store.read_alone(folder) as store:
        held = _open_in_another_process(folder)
        with pytest.raises(StoreError, match="in use by another process"):
            Store(folder)  # nor in this process
    assert held.returncode != 0 and "lock" in held.stderr.lower()
    assert _open_in_another_process(folder).returncode == 0  # the lock went with it


def test_read_alone_gives_none_while_another_has_the_store_open(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    Store(folder).close()
    with Store(folder):
        with Store.read_alone(folder) as store:
            assert store is None
    with Store.read_alone(tmp_path / "none") as store:
        assert store is None
    assert not (tmp_path / "none").exists()


def test_a_file_where_the_folder_should_be_gives_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot open store folder"):
        Store(blocker)


def test_default_store_path_follows_the_environment(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.delenv("NEWSKG_STORE", raising=False)
    assert default_store_path() == Path("kg-store")
    monkeypatch.setenv("NEWSKG_STORE", str(tmp_path / "elsewhere"))
    assert default_store_path() == tmp_path / "elsewhere"


def test_query_syntax_error_is_one_line_naming_the_problem(store: Store) -> None:
    with pytest.raises(QueryError) as caught:
        store.query("SELECT ?s WHERE {\n  ?s ?p \n}")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("SPARQL syntax error") and "3:" in message  # line of the fault


# -- export ----------------------------------------------------------------------------

@pytest.fixture
def two_documents(store: Store) -> tuple[Store, list[rdflib.Graph]]:
    graphs = [doc_graph(DOC_A, (ID.ISIL, NKG.attacked, ID.Morocco)),
              doc_graph(DOC_B, (URIRef(DOC_B), NKG.endOffset, Literal(dt.date(2015, 4, 13))))]
    store.add_graphs(graphs)
    return store, graphs


@pytest.mark.parametrize("suffix,rdflib_format", [(".ttl", "turtle"), (".nt", "nt")])
def test_triple_exports_hold_the_union_once(two_documents, tmp_path: Path,
                                            suffix: str, rdflib_format: str) -> None:
    store, graphs = two_documents
    union = rdflib.Graph()
    for graph in graphs:
        union += graph
    assert len(union) < store.count()  # the shared ISIL triples are stored twice
    path = tmp_path / f"out{suffix}"
    assert store.export(path) == len(union)
    back = rdflib.Graph().parse(path, format=rdflib_format)
    assert isomorphic(back, union)


def test_a_triple_export_of_chosen_graphs_holds_their_union_once(two_documents, tmp_path: Path) -> None:
    """What `kg build -o` writes: only the graphs it built, each shared triple once."""
    store, graphs = two_documents
    path = tmp_path / "one.nt"
    assert store.export(path, graphs=[DOC_A]) == len(graphs[0])
    assert isomorphic(rdflib.Graph().parse(path, format="nt"), graphs[0])
    union = graphs[0] + graphs[1]
    assert store.export(path, graphs=[DOC_B, DOC_A]) == len(union) < store.count()
    assert isomorphic(rdflib.Graph().parse(path, format="nt"), union)


@pytest.mark.parametrize("suffix,rdflib_format",
                         [(".nq", "nquads"), (".trig", "trig"), (".jsonld", "json-ld")])
def test_dataset_exports_keep_the_named_graphs(two_documents, tmp_path: Path,
                                               suffix: str, rdflib_format: str) -> None:
    store, graphs = two_documents
    path = tmp_path / f"out{suffix}"
    assert store.export(path) == store.count()
    back = rdflib.Dataset().parse(path, format=rdflib_format)
    named = {str(g.identifier): g for g in back.graphs() if len(g)}
    assert sorted(named) == [DOC_A, DOC_B]
    for graph in graphs:
        assert isomorphic(named[str(graph.identifier)], graph)


def test_export_to_unknown_extension_lists_the_supported_ones(store: Store,
                                                              tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        store.export(tmp_path / "out.xml")
    message = str(caught.value)
    assert "out.xml" in message and "\n" not in message
    assert all(suffix in message for suffix in (".ttl", ".nt", ".nq", ".trig", ".jsonld"))


def test_export_to_an_unwritable_path_is_a_render_error(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "missing-dir" / "out.ttl"
    with pytest.raises(RenderError) as caught:
        store.export(target)
    assert str(target) in str(caught.value) and "\n" not in str(caught.value)


# -- statistics ------------------------------------------------------------------------

def _event(doc_id: str, relation: str, subject: Entity, obj: Entity, modality: str,
           start: int) -> RelationEvent:
    evidence = Evidence(doc_id, "a sentence", start, start + 10)
    return RelationEvent(relation, subject, obj, evidence, modality=modality)


def test_stats_counts_documents_entities_facts_and_candidates(store: Store) -> None:
    isil, morocco = Entity("ISIL", "ArmedGroup"), Entity("Morocco", "State")
    dawn, libya = Entity("Libya Dawn", "ArmedGroup"), Entity("Libya", "State")
    first = DocumentFacts(Document("d1", "text"), (isil, morocco), (
        _event("d1", "attacked", isil, morocco, "asserted", 0),
        _event("d1", "alliedWith", dawn, isil, "negated", 20)))
    second = DocumentFacts(Document("d2", "text"), (isil, libya), (
        _event("d2", "attacked", isil, morocco, "asserted", 0),   # the same fact again
        _event("d2", "controls", isil, libya, "attempt", 30),
        _event("d2", "controls", dawn, libya, "asserted", 50)))
    store.add_graphs(document_graph(facts) for facts in (first, second))
    stats = store.stats()
    assert stats["documents"] == 2 and stats["graphs"] == 2
    assert stats["entities"]["ArmedGroup"] == 2 and stats["entities"]["State"] == 2
    assert stats["entities"]["Person"] == 0
    assert stats["facts"] == {"attacked": 1, "alliedWith": 0, "hostsTalks": 0, "controls": 1}
    assert stats["candidates"]["asserted"] == 3
    assert stats["candidates"]["negated"] == 1 and stats["candidates"]["attempt"] == 1
    assert stats["triples"] == store.count()


def test_a_rebuilt_document_replaces_its_graph_built_by_rdf(store: Store) -> None:
    isil, morocco = Entity("ISIL", "ArmedGroup"), Entity("Morocco", "State")
    facts = DocumentFacts(Document("d1", "text"), (isil, morocco),
                          (_event("d1", "attacked", isil, morocco, "asserted", 0),))
    store.add_graphs(to_dataset([facts]).graphs())
    store.replace_graph(str(document_iri("d1")),
                        document_graph(DocumentFacts(Document("d1", "text"), (isil,))))
    assert store.stats()["facts"]["attacked"] == 0

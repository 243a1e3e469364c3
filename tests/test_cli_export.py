"""`kg export`: every RDF extension round-trips; an unknown one is refused."""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from cli_support import assert_one_line_error, run_kg
from cli_support import built_store  # noqa: F401  (session fixture)
from kg.store import Store

FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}
QUADS = (".nq", ".trig", ".jsonld")


def export(store: Path, path: Path) -> rdflib.Graph:
    result = run_kg("export", "-o", path, "--store", store)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout
    graph = rdflib.Dataset() if path.suffix in QUADS else rdflib.Graph()
    return graph.parse(path, format=FORMATS[path.suffix])


def quads(dataset: rdflib.Dataset) -> set[tuple]:
    return {(s, p, o, g) for s, p, o, g in dataset.quads((None, None, None, None))}


@pytest.fixture(scope="module")
def exported(built_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, rdflib.Graph]:
    folder = tmp_path_factory.mktemp("export")
    return {suffix: export(built_store, folder / f"graph{suffix}") for suffix in FORMATS}


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".jsonld"])
def test_quad_formats_keep_every_stored_triple(built_store: Path, exported: dict,
                                               suffix: str) -> None:
    with Store.open(built_store) as store:
        stored, graphs = store.count(), set(store.graphs())
    dataset = exported[suffix]
    assert len(quads(dataset)) == stored
    assert {str(g) for _, _, _, g in dataset.quads((None, None, None, None))} == graphs


def test_quad_formats_agree(exported: dict) -> None:
    assert quads(exported[".nq"]) == quads(exported[".trig"]) == quads(exported[".jsonld"])


def test_triple_formats_hold_the_union_of_the_graphs(exported: dict) -> None:
    union = rdflib.Graph()
    for s, p, o, _ in exported[".nq"].quads((None, None, None, None)):
        union.add((s, p, o))
    assert isomorphic(exported[".ttl"], exported[".nt"])
    assert isomorphic(exported[".ttl"], union)


def test_unknown_extension_exits_2_and_writes_nothing(built_store: Path, tmp_path: Path) -> None:
    target = tmp_path / "graph.rdfxml"
    assert_one_line_error(run_kg("export", "-o", target, "--store", built_store), 2,
                          "graph.rdfxml", ".ttl")
    assert not target.exists()


def test_output_is_required() -> None:
    assert_one_line_error(run_kg("export"), 2, "-o")


@pytest.mark.parametrize("suffix, reader", [(".graphml", "read_graphml"), (".gexf", "read_gexf")])
def test_network_formats_hold_the_entities_and_facts(built_store: Path, tmp_path: Path,
                                                     suffix: str, reader: str) -> None:
    import networkx as nx

    path = tmp_path / f"graph{suffix}"
    result = run_kg("export", "-o", path, "--store", built_store)
    assert result.returncode == 0, result.stderr
    graph = getattr(nx, reader)(path)
    assert result.stdout.strip() == (f"{graph.number_of_nodes()} entities and "
                                     f"{graph.number_of_edges()} facts written to {path}")
    attacks = {(graph.nodes[s]["label"], graph.nodes[o]["label"])
               for s, o, d in graph.edges(data=True) if d["relation"] == "attacked"}
    assert ("ISIL", "Morocco") in attacks and ("Morocco", "ISIL") not in attacks

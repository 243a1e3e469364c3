"""The HTML graph: store -> networkx via SPARQL, and one offline UTF-8 page written to one path.

What the page does in a browser is tested in tests/test_page.py."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdf_fixtures import TURTLE_PREFIXES

from kg.errors import RenderError
from kg.network import graph_from_store
from kg.viz import layout, page_html, render_html

ID = "https://w3id.org/newskg/id/"
PREFIXES = TURTLE_PREFIXES

# Two documents in the shape of docs/model.md. d1 asserts an attack, an alliance and a
# control fact, and has a negated alliance (event only, no direct triple); d2 asserts
# the same attack again and the alliance in the other direction.
D1 = PREFIXES + """
doc:d1 a nkg:Document ; dcterms:identifier "d1" .
<https://w3id.org/newskg/doc/d1#char=0,40> a nkg:Sentence ; dcterms:isPartOf doc:d1 ;
    rdf:value "ISIL claimed attacks on the Moroccan embassy." .
<https://w3id.org/newskg/doc/d1#char=41,90> a nkg:Sentence ; dcterms:isPartOf doc:d1 ;
    rdf:value "Morocco is a US ally in the coalition." .
<https://w3id.org/newskg/doc/d1#char=91,140> a nkg:Sentence ; dcterms:isPartOf doc:d1 ;
    rdf:value "Libya Dawn is not affiliated with ISIL; it holds Tripoli." .
id:ISIL a nkg:ArmedGroup ; rdfs:label "ISIL" ; skos:altLabel "ISIS" .
id:Morocco a nkg:State, nkg:Place, nkg:Actor ; rdfs:label "Morocco" .
id:United_States a nkg:State ; rdfs:label "United States" .
id:Libya_Dawn a nkg:ArmedGroup ; rdfs:label "Libya Dawn" .
id:Tripoli a nkg:City ; rdfs:label "Tripoli" .
id:Cote a nkg:State ; rdfs:label "Côte d'Ivoire" .
id:ISIL nkg:attacked id:Morocco .
id:Morocco nkg:alliedWith id:United_States .
id:Libya_Dawn nkg:controls id:Tripoli .
ev:a1 a nkg:Attack ; nkg:relation nkg:attacked ; nkg:subjectEntity id:ISIL ;
    nkg:objectEntity id:Morocco ; nkg:modality nkg:Asserted ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d1#char=0,40> ; dcterms:isPartOf doc:d1 .
ev:a2 a nkg:Alliance ; nkg:relation nkg:alliedWith ; nkg:subjectEntity id:Morocco ;
    nkg:objectEntity id:United_States ; nkg:modality nkg:Asserted ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d1#char=41,90> ; dcterms:isPartOf doc:d1 .
ev:a3 a nkg:Alliance ; nkg:relation nkg:alliedWith ; nkg:subjectEntity id:Libya_Dawn ;
    nkg:objectEntity id:ISIL ; nkg:modality nkg:Negated ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d1#char=91,140> ; dcterms:isPartOf doc:d1 .
ev:a4 a nkg:Control ; nkg:relation nkg:controls ; nkg:subjectEntity id:Libya_Dawn ;
    nkg:objectEntity id:Tripoli ; nkg:modality nkg:Asserted ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d1#char=91,140> ; dcterms:isPartOf doc:d1 .
ev:a5 a nkg:Attack ; nkg:relation nkg:attacked ; nkg:subjectEntity id:ISIL ;
    nkg:objectEntity id:Cote ; nkg:modality nkg:Threat ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d1#char=0,40> ; dcterms:isPartOf doc:d1 .
"""
D2 = PREFIXES + """
doc:d2 a nkg:Document ; dcterms:identifier "d2" .
<https://w3id.org/newskg/doc/d2#char=0,30> a nkg:Sentence ; dcterms:isPartOf doc:d2 ;
    rdf:value "ISIS struck Morocco again." .
<https://w3id.org/newskg/doc/d2#char=31,60> a nkg:Sentence ; dcterms:isPartOf doc:d2 ;
    rdf:value "Washington and Rabat are allies." .
id:ISIL a nkg:ArmedGroup ; rdfs:label "ISIL" .
id:Morocco a nkg:State ; rdfs:label "Morocco" .
id:United_States a nkg:State ; rdfs:label "United States" .
id:ISIL nkg:attacked id:Morocco .
id:United_States nkg:alliedWith id:Morocco .
ev:b1 a nkg:Attack ; nkg:relation nkg:attacked ; nkg:subjectEntity id:ISIL ;
    nkg:objectEntity id:Morocco ; nkg:modality nkg:Asserted ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d2#char=0,30> ; dcterms:isPartOf doc:d2 .
ev:b2 a nkg:Alliance ; nkg:relation nkg:alliedWith ; nkg:subjectEntity id:United_States ;
    nkg:objectEntity id:Morocco ; nkg:modality nkg:Asserted ;
    prov:wasDerivedFrom <https://w3id.org/newskg/doc/d2#char=31,60> ; dcterms:isPartOf doc:d2 .
"""


def load(store: ox.Store, doc_id: str, turtle: str) -> None:
    graph = ox.NamedNode(f"https://w3id.org/newskg/doc/{doc_id}")
    store.load(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE, to_graph=graph)


def store_with_facts() -> ox.Store:
    store = ox.Store()
    load(store, "d1", D1)
    load(store, "d2", D2)
    return store


@pytest.fixture()
def store() -> ox.Store:
    return store_with_facts()


def drawn(page: str, name: str) -> list[dict]:
    """The nodes or edges vis.js is given, parsed back from the page."""
    start = page.index(f"{name} = new vis.DataSet(") + len(f"{name} = new vis.DataSet(")
    return json.JSONDecoder().raw_decode(page, start)[0]


def test_graph_has_asserted_relations_and_their_entities_only(store: ox.Store) -> None:
    graph = graph_from_store(store)
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert labels == {"ISIL", "Morocco", "United States", "Libya Dawn", "Tripoli"}
    edges = {(s[len(ID):], k, o[len(ID):]) for s, o, k in graph.edges(keys=True)}
    assert edges == {("ISIL", "attacked", "Morocco"), ("Morocco", "alliedWith", "United_States"),
                     ("United_States", "alliedWith", "Morocco"),
                     ("Libya_Dawn", "controls", "Tripoli")}


def test_node_types_are_the_most_specific(store: ox.Store) -> None:
    graph = graph_from_store(store)
    assert graph.nodes[ID + "Morocco"]["type"] == "State"
    assert graph.nodes[ID + "Tripoli"]["type"] == "City"
    assert graph.nodes[ID + "ISIL"]["type"] == "ArmedGroup"


def test_edge_evidence_comes_from_asserted_events_of_every_document(store: ox.Store) -> None:
    graph = graph_from_store(store)
    attack = graph.edges[ID + "ISIL", ID + "Morocco", "attacked"]["evidence"]
    assert [(e["doc"], e["sentence"]) for e in attack] == [
        ("d1", "ISIL claimed attacks on the Moroccan embassy."), ("d2", "ISIS struck Morocco again.")]


def test_render_writes_one_offline_utf8_page_and_nothing_else(
        store: ox.Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    target = tmp_path / "graph.html"
    assert render_html(store, target, title="Libya graph").graph.number_of_nodes() == 5
    page = target.read_bytes().decode("utf-8")
    assert list(cwd.iterdir()) == [] and sorted(tmp_path.iterdir()) == [cwd, target]
    assert capsys.readouterr() == ("", "")
    assert "<title>Libya graph</title>" in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert "<link" not in page and not re.search(r"<script[^>]*\bsrc=", page)
    assert "vis.Network" in page  # the library itself is inline
    labels = {node["label"] for node in drawn(page, "nodes")}
    assert labels == {"ISIL", "Morocco", "United States", "Libya Dawn", "Tripoli"}


def test_edges_drawn_with_colours_evidence_and_alliance_once(store: ox.Store) -> None:
    edges = drawn(page_html(graph_from_store(store)), "edges")
    by_relation = {}
    for edge in edges:
        by_relation.setdefault(edge["relation"], []).append(edge)
    assert sorted(by_relation) == ["alliedWith", "attacked", "controls"]
    (alliance,) = by_relation["alliedWith"]  # stated both ways, drawn once without arrows
    assert alliance["arrows"] == "" and len(alliance["evidence"]) == 2
    (attack,) = by_relation["attacked"]
    assert attack["arrows"] == "to" and attack["color"] != alliance["color"]
    assert attack["dashes"] is False and alliance["dashes"]
    assert [e["sentence"] for e in attack["evidence"]] == [
        "ISIL claimed attacks on the Moroccan embassy.", "ISIS struck Morocco again."]


def test_node_size_grows_with_importance_and_types_differ_in_shape(store: ox.Store) -> None:
    nodes = {n["label"]: n for n in drawn(page_html(graph_from_store(store)), "nodes")}
    assert nodes["Morocco"]["size"] > nodes["Tripoli"]["size"]
    assert nodes["ISIL"]["shape"] != nodes["Morocco"]["shape"]
    assert nodes["ISIL"]["color"]["background"] != nodes["Morocco"]["color"]["background"]


def test_legend_lists_every_type_and_relation_with_counts(store: ox.Store) -> None:
    page = page_html(graph_from_store(store))
    legend = page[page.index('id="legend"'):page.index("</nav>")]
    counts = dict(re.findall(r'data-count-(?:type|relation)="(\w+)">(\d+)<', legend))
    assert counts == {"State": "2", "ArmedGroup": "2", "Organisation": "0", "Coalition": "0",
                      "Person": "0", "City": "1", "Region": "0", "Facility": "0", "Place": "0",
                      "attacked": "1", "alliedWith": "1", "hostsTalks": "0", "controls": "1"}
    assert legend.count("<svg") == 9 + 4 + 2 and "stroke-dasharray" in legend  # + contested, width


def test_layout_ignores_the_order_nodes_and_edges_come_in() -> None:
    pairs = [("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("f", "g"), ("g", "h")]
    forward, backward = nx.Graph(pairs), nx.Graph([(o, s) for s, o in reversed(pairs)])
    assert layout(forward) == layout(backward)
    assert layout(forward) != layout(nx.Graph(pairs[:-1] + [("g", "a")]))


def test_utf8_labels_survive(tmp_path: Path) -> None:
    store = ox.Store()
    load(store, "d3", PREFIXES + """
        id:Cote a nkg:State ; rdfs:label "Côte d'Ivoire" .
        id:Mali a nkg:State ; rdfs:label "Mali" .
        id:Mali nkg:attacked id:Cote .""")
    render_html(store, tmp_path / "g.html")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert "Côte d'Ivoire" in {node["label"] for node in drawn(page, "nodes")}


def test_empty_store_gives_a_page_saying_no_facts(tmp_path: Path) -> None:
    render_html(ox.Store(), tmp_path / "empty.html")
    page = (tmp_path / "empty.html").read_text(encoding="utf-8")
    assert "No facts yet" in page and page.rstrip().endswith("</html>")
    full = render_html(store_with_facts(), tmp_path / "full.html")
    assert "No facts yet" not in (tmp_path / "full.html").read_text(encoding="utf-8")
    assert full.graph.number_of_nodes() == 5
    assert drawn(page, "nodes") == []


def test_networkx_graph_is_accepted_directly(tmp_path: Path) -> None:
    graph = nx.MultiDiGraph()
    graph.add_node("a", label="Alpha", type="State")
    graph.add_node("b", label="Beta", type="City")
    graph.add_edge("a", "b", key="controls", relation="controls", evidence=[])
    render_html(graph, tmp_path / "g.html")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    assert [e["relation"] for e in drawn(page, "edges")] == ["controls"]


def test_kg_store_is_read_through_its_query_method(tmp_path: Path) -> None:
    kg_store = pytest.importorskip("kg.store")
    with kg_store.Store(tmp_path / "store") as wrapped:
        load(wrapped.raw, "d1", D1)
        graph = graph_from_store(wrapped)
    assert graph.has_edge(ID + "Libya_Dawn", ID + "Tripoli", key="controls")


def test_unwritable_path_is_a_render_error(store: ox.Store, tmp_path: Path) -> None:
    target = tmp_path / "missing-folder" / "graph.html"
    with pytest.raises(RenderError) as info:
        render_html(store, target)
    assert str(target) in str(info.value) and "\n" not in str(info.value)


def test_inline_scripts_stay_valid_with_markup_in_evidence(tmp_path: Path) -> None:
    """Evidence text holding "</script>" must not end pyvis' inline data (its tojson escapes <)."""
    node = shutil.which("node") or pytest.skip("node is not installed")
    store = ox.Store()
    load(store, "d4", PREFIXES + """
        doc:d4 a nkg:Document ; dcterms:identifier "d4" .
        <https://w3id.org/newskg/doc/d4#char=0,9> dcterms:isPartOf doc:d4 ;
            rdf:value "Mali shelled </script><b>Kidal</b> \\"again\\"." .
        id:Mali a nkg:State ; rdfs:label "Mali" . id:Kidal a nkg:City ; rdfs:label "Kidal" .
        id:Mali nkg:attacked id:Kidal .
        ev:x nkg:relation nkg:attacked ; nkg:subjectEntity id:Mali ; nkg:objectEntity id:Kidal ;
            nkg:modality nkg:Asserted ; prov:wasDerivedFrom <https://w3id.org/newskg/doc/d4#char=0,9> .
        """)
    render_html(store, tmp_path / "g.html")
    page = (tmp_path / "g.html").read_text(encoding="utf-8")
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, re.S)
    assert "vis.Network" in "".join(scripts)
    for number, script in enumerate(scripts):
        path = tmp_path / f"script{number}.js"
        path.write_text(script, encoding="utf-8")
        assert subprocess.run([node, "--check", str(path)], capture_output=True).returncode == 0
    (edge,) = drawn(page, "edges")
    assert edge["evidence"][0]["sentence"] == 'Mali shelled </script><b>Kidal</b> "again".'
    assert "</script><b>" not in page

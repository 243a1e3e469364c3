"""The store as a networkx graph: evidence details, the `kg viz` cuts, GraphML/GEXF export."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx
import pytest
from page_support import fact, store_of

from kg.errors import InputError, RenderError
from kg.network import (ViewOptions, export_network, find_entity, graph_from_store, select_view,
                        stories)

ID = "https://w3id.org/newskg/id/"


ENTITIES = """
    id:Mali a nkg:State ; rdfs:label "Mali" ; skos:altLabel "Republic of Mali" ;
        owl:sameAs <http://www.wikidata.org/entity/Q912> .
    id:JNIM a nkg:ArmedGroup ; rdfs:label "JNIM" .
    id:Kidal a nkg:City ; rdfs:label "Kidal" .
    id:Wagner a nkg:ArmedGroup ; rdfs:label "Wagner" .
    id:Gao a nkg:City ; rdfs:label "Gao" ."""


@pytest.fixture(scope="module")
def graph() -> nx.MultiDiGraph:
    return graph_from_store(store_of(ENTITIES, {
        "a": fact("a", "JNIM", "attacked", "Mali", "JNIM attacked Mali.", "2023-03-01", "0.9",
                  url="https://news.example/a"),
        "b": fact("b", "Mali", "controls", "Kidal", "Mali holds Kidal.", "2023-11-14", "0.6"),
        "c": fact("c", "Wagner", "alliedWith", "Mali", "Wagner backs Mali."),
        "d": fact("d", "JNIM", "attacked", "Gao", "JNIM shelled Gao.", "2024-01-02", "0.7"),
    }))


def nodes_of(view) -> set[str]:
    return {n[len(ID):] for n in view.graph}


def test_evidence_carries_document_date_url_confidence_modality(graph: nx.MultiDiGraph) -> None:
    (item,) = graph.edges[ID + "JNIM", ID + "Mali", "attacked"]["evidence"]
    assert item == {"sentence": "JNIM attacked Mali.", "doc": "a", "title": "Report a",
                    "date": "2023-03-01", "url": "https://news.example/a", "confidence": 0.9,
                    "modality": "asserted", "story": "https://w3id.org/newskg/doc/a"}
    mali = graph.nodes[ID + "Mali"]
    assert mali["names"] == ["Mali", "Republic of Mali"]
    assert mali["same_as"] == ["http://www.wikidata.org/entity/Q912"]


def test_no_options_keep_everything(graph: nx.MultiDiGraph) -> None:
    view = select_view(graph, ViewOptions())
    assert nodes_of(view) == {"Mali", "JNIM", "Kidal", "Wagner", "Gao"} and view.left_out == 0


def test_relation_filter_keeps_those_edges_and_their_entities(graph: nx.MultiDiGraph) -> None:
    view = select_view(graph, ViewOptions(relations=("attacked",)))
    assert nodes_of(view) == {"JNIM", "Mali", "Gao"} and view.left_out == 2
    assert {k for *_, k in view.graph.edges(keys=True)} == {"attacked"}


def test_dates_keep_facts_inside_and_leave_undated_out(graph: nx.MultiDiGraph) -> None:
    view = select_view(graph, ViewOptions(since=dt.date(2023, 6, 1), until=dt.date(2023, 12, 31)))
    assert nodes_of(view) == {"Mali", "Kidal"}
    assert nodes_of(select_view(graph, ViewOptions(since=dt.date(2023, 1, 1)))) == {
        "JNIM", "Mali", "Kidal", "Gao"}


def test_min_confidence_drops_weaker_evidence(graph: nx.MultiDiGraph) -> None:
    assert nodes_of(select_view(graph, ViewOptions(min_confidence=0.85))) == {"JNIM", "Mali"}
    assert nodes_of(select_view(graph, ViewOptions(min_confidence=0.75))) == {
        "JNIM", "Mali", "Wagner"}
    assert len(nodes_of(select_view(graph, ViewOptions(min_confidence=0.5)))) == 5


STORY = "<https://w3id.org/newskg/story/wire>"


@pytest.fixture(scope="module")
def corroborated() -> nx.MultiDiGraph:
    """JNIM attacked Mali in two independent reports and two copies of a third (one story);
    Wagner and Mali allied, stated once each way; Mali holds Kidal in one report."""
    return graph_from_store(store_of(ENTITIES, {
        "a": fact("a", "JNIM", "attacked", "Mali", "JNIM attacked Mali.", "2023-03-01"),
        "b": fact("b", "JNIM", "attacked", "Mali", "JNIM struck Mali.", "2023-03-02"),
        "w1": fact("w1", "JNIM", "attacked", "Mali", "JNIM hit Mali.") + f"doc:w1 nkg:story {STORY} .",
        "w2": fact("w2", "JNIM", "attacked", "Mali", "JNIM hit Mali.") + f"doc:w2 nkg:story {STORY} .",
        "c": fact("c", "Wagner", "alliedWith", "Mali", "Wagner backs Mali."),
        "d": fact("d", "Mali", "alliedWith", "Wagner", "Mali backs Wagner."),
        "e": fact("e", "Mali", "controls", "Kidal", "Mali holds Kidal."),
    }))


def edges_of(view) -> set[tuple[str, str, str]]:
    return {(s[len(ID):], k, o[len(ID):]) for s, o, k in view.graph.edges(keys=True)}


def test_stories_count_republished_copies_once(corroborated: nx.MultiDiGraph) -> None:
    evidence = corroborated.edges[ID + "JNIM", ID + "Mali", "attacked"]["evidence"]
    assert len(evidence) == 4 and stories(evidence) == 3
    assert stories(corroborated.edges[ID + "Mali", ID + "Kidal", "controls"]["evidence"]) == 1


def test_min_sources_keeps_facts_with_enough_stories(corroborated: nx.MultiDiGraph) -> None:
    assert edges_of(select_view(corroborated, ViewOptions(min_sources=3))) == {
        ("JNIM", "attacked", "Mali")}
    # an alliance stated once each way is one fact of two stories
    two = select_view(corroborated, ViewOptions(min_sources=2))
    assert edges_of(two) == {("JNIM", "attacked", "Mali"), ("Wagner", "alliedWith", "Mali"),
                             ("Mali", "alliedWith", "Wagner")}
    assert nodes_of(two) == {"JNIM", "Mali", "Wagner"} and two.left_out == 1
    assert len(select_view(corroborated, ViewOptions(min_sources=1)).graph.edges) == 4
    assert select_view(corroborated, ViewOptions(min_sources=4)).graph.number_of_nodes() == 0


def test_two_holders_on_one_day_mark_both_edges_contested() -> None:
    rivals = {"a": fact("a", "Mali", "controls", "Kidal", "The army holds Kidal.", "2024-03-09"),
              "b": fact("b", "JNIM", "controls", "Kidal", "JNIM holds Kidal.", "2024-03-09")}
    graph = graph_from_store(store_of(ENTITIES, rivals))
    (army,) = graph.edges[ID + "Mali", ID + "Kidal", "controls"]["contested"]
    (jnim,) = graph.edges[ID + "JNIM", ID + "Kidal", "controls"]["contested"]
    assert army == {"kind": "control", "why": "JNIM is also reported holding Kidal on 2024-03-09",
                    "sentence": "JNIM holds Kidal.", "documents": ["a", "b"], "date": "2024-03-09"}
    assert jnim["why"] == "Mali is also reported holding Kidal on 2024-03-09"
    assert jnim["documents"] == ["b", "a"]


def test_holders_on_different_days_are_not_contested() -> None:
    history = {"a": fact("a", "Mali", "controls", "Kidal", "The army holds Kidal.", "2024-03-09"),
               "b": fact("b", "JNIM", "controls", "Kidal", "JNIM holds Kidal.", "2024-03-20")}
    graph = graph_from_store(store_of(ENTITIES, history))
    assert [d.get("contested") for *_, d in graph.edges(data=True)] == [None, None]


def test_entity_neighbourhood_by_any_name_and_hops(graph: nx.MultiDiGraph) -> None:
    one = select_view(graph, ViewOptions(entity="republic of mali", hops=1))
    assert nodes_of(one) == {"Mali", "JNIM", "Kidal", "Wagner"}
    assert nodes_of(select_view(graph, ViewOptions(entity="Kidal", hops=2))) == {
        "Kidal", "Mali", "JNIM", "Wagner"}
    assert nodes_of(select_view(graph, ViewOptions(entity="Kidal", hops=3))) == {
        "Kidal", "Mali", "JNIM", "Wagner", "Gao"}


def test_unknown_entity_is_an_input_error(graph: nx.MultiDiGraph) -> None:
    with pytest.raises(InputError, match="'Timbuktu'"):
        find_entity(graph, "Timbuktu")
    assert find_entity(graph, "MALI") == ID + "Mali"


def test_max_nodes_keeps_the_most_important(graph: nx.MultiDiGraph) -> None:
    view = select_view(graph, ViewOptions(max_nodes=2))
    assert nodes_of(view) == {"Mali", "JNIM"} and view.left_out == 3 and view.total_nodes == 5
    ranks = select_view(graph, ViewOptions()).graph.nodes(data="importance")
    assert max(ranks, key=lambda pair: pair[1])[0] == ID + "Mali"


@pytest.mark.parametrize("suffix, reader", [(".graphml", nx.read_graphml), (".gexf", nx.read_gexf)])
def test_export_round_trips_through_networkx(graph: nx.MultiDiGraph, tmp_path: Path,
                                             suffix: str, reader) -> None:
    path = tmp_path / f"graph{suffix}"
    assert export_network(graph.copy(), path) == (5, 4)
    back = reader(path)
    assert back.number_of_nodes() == 5 and back.number_of_edges() == 4
    assert back.nodes[ID + "Mali"]["type"] == "State"
    ((s, o, data),) = [(s, o, d) for s, o, d in back.edges(data=True) if d["relation"] == "controls"]
    assert (s, o) == (ID + "Mali", ID + "Kidal") and data["sentences"] == "Mali holds Kidal."
    assert json.loads(data["evidence"])[0]["date"] == "2023-11-14"


def test_export_refuses_other_extensions_and_missing_folders(graph: nx.MultiDiGraph,
                                                             tmp_path: Path) -> None:
    with pytest.raises(InputError, match="graph.dot"):
        export_network(graph.copy(), tmp_path / "graph.dot")
    with pytest.raises(RenderError, match="no-such"):
        export_network(graph.copy(), tmp_path / "no-such" / "graph.gexf")
    assert not (tmp_path / "graph.dot").exists()

"""The store's asserted facts as a networkx graph an analyst can cut down, rank and export.

Nodes are entities (label, every name, type, external ids), edges are one per
(subject, relation, object) with every evidence sentence behind it (document id,
title, date, URL, story, confidence and modality) and, when the corpus disputes the
fact, why (kg.disputes). `select_view` applies the `kg viz` filters (relations,
neighbourhood, dates, confidence, independent stories, most important nodes);
`export_network` writes GraphML or GEXF for Gephi and Cytoscape.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.disputes import edge_disputes
from kg.errors import InputError, RenderError
from kg.events import ENTITY_TYPES
from kg.ontology import symmetric_relations
from kg.resources import internal_query
from kg.store import local_name, select_rows

# --- store -> networkx --------------------------------------------------------------

def _entity_type(types: Iterable[str]) -> str:
    """The most specific known type (ENTITY_TYPES order puts Place, the broadest, last)."""
    names = {local_name(t) for t in types}
    return next((t for t in ENTITY_TYPES if t in names), "Entity")


def graph_from_store(store: Any) -> nx.MultiDiGraph:
    """Entities in asserted relations and one edge per relation with all its evidence;
    a fact the corpus disputes has `contested`, the list of its disputes (kg.disputes).

    `store` is anything with `query(sparql)` returning pyoxigraph solutions over the union
    of all graphs (kg.store.Store), or a pyoxigraph.Store.
    """
    graph = nx.MultiDiGraph()
    nodes: dict[str, dict[str, set[str]]] = {}
    for row in select_rows(store, internal_query("graph-nodes")):
        info = nodes.setdefault(row["e"], {"labels": set(), "types": set(), "alt": set(),
                                           "same": set()})
        info["labels"].update([row["label"]] if "label" in row else [])
        info["types"].update([row["type"]] if "type" in row else [])
    for row in select_rows(store, internal_query("graph-names")):
        for key in ("alt", "same"):
            nodes[row["e"]][key].update([row[key]] if key in row else [])
    for iri, info in nodes.items():
        label = min(info["labels"]) if info["labels"] else local_name(iri)
        names = [label, *sorted((info["labels"] | info["alt"]) - {label})]
        graph.add_node(iri, label=label, type=_entity_type(info["types"]), names=names,
                       same_as=sorted(info["same"]))
    for row in select_rows(store, internal_query("graph-edges")):
        _add_evidence(graph, row["s"], local_name(row["rel"]), row["o"], row)
    for _, _, data in graph.edges(data=True):
        data["evidence"].sort(key=lambda e: (e["date"] or "9999", e["doc"], e["sentence"]))
    for (subject, relation, obj), disputes in edge_disputes(store).items():
        ends = [(subject, obj), (obj, subject)] if relation in symmetric_relations() else [(subject, obj)]
        for s, o in ends:
            if graph.has_edge(s, o, key=relation):
                graph.edges[s, o, relation].setdefault("contested", []).extend(disputes)
    return graph


def _add_evidence(graph: nx.MultiDiGraph, subject: str, relation: str, obj: str,
                  row: dict[str, str]) -> None:
    """Add the edge (once per relation) and append this row's evidence sentence once."""
    if not graph.has_edge(subject, obj, key=relation):
        graph.add_edge(subject, obj, key=relation, relation=relation, evidence=[])
    if "sentence" not in row:
        return
    evidence = graph.edges[subject, obj, relation]["evidence"]
    item = {"sentence": row["sentence"], "doc": row.get("doc", ""), "title": row.get("title", ""),
            "date": row.get("date") or row.get("docDate", ""), "url": row.get("url", ""),
            "story": row.get("story", ""),
            "confidence": float(row["confidence"]) if "confidence" in row else None,
            "modality": local_name(row.get("modality", "Asserted")).lower()}
    if item not in evidence:
        evidence.append(item)


# --- cutting the graph down -----------------------------------------------------------

@dataclass(frozen=True)
class ViewOptions:
    """What `kg viz` keeps: relations, a neighbourhood, a date range, a confidence floor,
    facts backed by at least `min_sources` independent stories, and at most `max_nodes`
    entities (the most important)."""

    relations: Sequence[str] = ()
    entity: str | None = None
    hops: int | None = None        # with entity; None means 1
    since: dt.date | None = None
    until: dt.date | None = None
    min_confidence: float | None = None
    min_sources: int | None = None  # independent stories (see `stories`)
    max_nodes: int | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise InputError(f"--since {self.since} is after --until {self.until}: swap them")
        if self.hops is not None and self.entity is None:
            raise InputError("--hops needs --entity NAME: the hops are counted from that entity")


@dataclass
class View:
    """The graph to draw and how many entities the options left out (of how many)."""

    graph: nx.MultiDiGraph
    total_nodes: int

    @property
    def left_out(self) -> int:
        return self.total_nodes - self.graph.number_of_nodes()


def find_entity(graph: nx.Graph, name: str) -> str:
    """The node one of whose names is `name` (case-insensitive); InputError if none."""
    wanted = name.casefold()
    for node, data in sorted(graph.nodes(data=True)):
        if any(n.casefold() == wanted for n in data.get("names", [data.get("label", "")])):
            return node
    raise InputError(f"--entity {name!r}: no entity of that name has a fact in the store; "
                     "`kg query entities` lists the names")


def _keeps(item: dict[str, Any], options: ViewOptions) -> bool:
    date = item.get("date") or ""
    if (options.since or options.until) and not date:
        return False
    if options.since and date < options.since.isoformat():
        return False
    if options.until and date > options.until.isoformat():
        return False
    confidence = item.get("confidence")
    return options.min_confidence is None or (confidence is not None
                                               and confidence >= options.min_confidence)


def _filter_evidence(graph: nx.MultiDiGraph, options: ViewOptions) -> None:
    """Drop evidence outside the dates or under the confidence, then edges left with none."""
    if not (options.since or options.until or options.min_confidence is not None):
        return
    empty = []
    for s, o, key, data in graph.edges(keys=True, data=True):
        data["evidence"] = [e for e in data.get("evidence", []) if _keeps(e, options)]
        if not data["evidence"]:
            empty.append((s, o, key))
    graph.remove_edges_from(empty)


def stories(evidence: Iterable[dict[str, Any]]) -> int:
    """How many independent stories the evidence comes from: republished copies of one
    wire story are one (the `stories` of `kg query facts`)."""
    return len({e.get("story") or e.get("doc") for e in evidence})


def _drop_thin_support(graph: nx.MultiDiGraph, min_sources: int) -> None:
    """Remove the edges backed by fewer than `min_sources` stories; a symmetric relation
    stated both ways is one fact, backed by the stories of both directions."""
    symmetric = symmetric_relations()

    def fact(s: Any, o: Any, key: str) -> tuple[Any, ...]:
        return (frozenset((s, o)), key) if key in symmetric else (s, o, key)

    backing: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for s, o, key, data in graph.edges(keys=True, data=True):
        backing.setdefault(fact(s, o, key), []).extend(data.get("evidence", []))
    graph.remove_edges_from([(s, o, key) for s, o, key in list(graph.edges(keys=True))
                             if stories(backing[fact(s, o, key)]) < min_sources])


def importance(graph: nx.Graph) -> dict[Any, float]:
    """PageRank over the undirected facts: an entity in many facts with well-connected
    entities ranks high. Empty graph -> {}."""
    if graph.number_of_nodes() == 0:
        return {}
    return nx.pagerank(nx.Graph(graph))


def select_view(graph: nx.MultiDiGraph, options: ViewOptions) -> View:
    """A copy of `graph` cut down by `options`; nodes get an `importance` attribute."""
    total = graph.number_of_nodes()
    view = graph.copy()
    if options.relations:
        view.remove_edges_from([(s, o, k) for s, o, k in view.edges(keys=True)
                                if k not in options.relations])
    _filter_evidence(view, options)
    if options.min_sources is not None:
        _drop_thin_support(view, options.min_sources)
    if options.relations or options.since or options.until or options.min_confidence is not None \
            or options.min_sources is not None:
        view.remove_nodes_from([n for n in list(view) if view.degree(n) == 0])
    if options.entity is not None:
        centre = find_entity(graph, options.entity)
        if centre not in view:
            view.add_node(centre, **graph.nodes[centre])
        near = nx.ego_graph(view.to_undirected(as_view=True), centre, radius=options.hops or 1)
        view = view.subgraph(near).copy()
    ranks = importance(view)
    if options.max_nodes is not None and view.number_of_nodes() > options.max_nodes:
        keep = sorted(view, key=lambda n: (-ranks[n], n))[:options.max_nodes]
        view = view.subgraph(keep).copy()
        ranks = importance(view)
    nx.set_node_attributes(view, ranks, "importance")
    return View(view, total)


# --- export for Gephi and Cytoscape ----------------------------------------------------

def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The same graph with only string and number attributes (GraphML and GEXF allow no lists):
    names joined by ' | ', evidence as a count, its sentences and a JSON copy."""
    flat = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        flat.add_node(node, label=data.get("label", local_name(node)), type=data.get("type", ""),
                      names=" | ".join(data.get("names", [])),
                      same_as=" ".join(data.get("same_as", [])),
                      importance=float(data.get("importance", 0.0)))
    for s, o, key, data in graph.edges(keys=True, data=True):
        evidence = data.get("evidence", [])
        dates = sorted(e["date"] for e in evidence if e.get("date"))
        flat.add_edge(s, o, key=key, relation=key, label=key, weight=len(evidence) or 1,
                      first_date=dates[0] if dates else "", last_date=dates[-1] if dates else "",
                      sentences=" | ".join(e["sentence"] for e in evidence),
                      evidence=json.dumps(evidence, ensure_ascii=False, sort_keys=True))
    return flat


#: Network file extension -> networkx writer.
NETWORK_FORMATS: dict[str, Callable[[nx.Graph, str], None]] = {
    ".graphml": nx.write_graphml,
    ".gexf": nx.write_gexf,
}


def export_network(graph: nx.MultiDiGraph, path: Path | str) -> tuple[int, int]:
    """Write `graph` as GraphML or GEXF (by extension); returns (nodes, edges) written."""
    path = Path(path)
    writer = NETWORK_FORMATS.get(path.suffix.lower())
    if writer is None:
        raise InputError(f"{path}: unknown network format {path.suffix!r}; "
                         f"use one of {', '.join(NETWORK_FORMATS)}")
    if graph.number_of_nodes():
        nx.set_node_attributes(graph, importance(graph), "importance")
    flat = _flat(graph)
    try:
        writer(flat, str(path))
    except OSError as error:
        raise RenderError(f"cannot write {path}: {error.strerror or error}; "
                          "check the folder exists and is writable") from None
    return flat.number_of_nodes(), flat.number_of_edges()

"""Draw the graph as one self-contained HTML page: entities as nodes, asserted relations as edges.

The store is read with SPARQL into a networkx MultiDiGraph; pyvis stays behind
`render_html`, which writes UTF-8 to the path it is given and nothing else: no CDN,
no lib/ folder in the working directory, no browser, no prints.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import RenderError
from kg.events import ENTITY_TYPES, RELATIONS
from kg.store import select_rows
from kg.vocab import NKG

NKG_NS = str(NKG)

#: Entity type -> (colour, vis.js shape).
NODE_STYLES: dict[str, tuple[str, str]] = {
    "State": ("#1f77b4", "dot"),
    "ArmedGroup": ("#d62728", "diamond"),
    "Organisation": ("#9467bd", "square"),
    "Coalition": ("#ff7f0e", "hexagon"),
    "Person": ("#8c564b", "star"),
    "City": ("#2ca02c", "triangle"),
    "Region": ("#17becf", "triangleDown"),
    "Facility": ("#7f7f7f", "box"),
    "Place": ("#bcbd22", "ellipse"),
}
UNKNOWN_STYLE = ("#aaaaaa", "dot")

#: Relation -> (edge colour, vis.js arrows); alliedWith is symmetric, so both ends.
EDGE_STYLES: dict[str, tuple[str, str]] = {
    "attacked": ("#d62728", "to"),
    "alliedWith": ("#1f77b4", "to, from"),
    "hostsTalks": ("#2ca02c", "to"),
    "controls": ("#ff7f0e", "to"),
}

#: How many evidence sentences an edge's hover text lists.
MAX_EVIDENCE_SHOWN = 5

_PREFIXES = f"""PREFIX nkg: <{NKG_NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
_RELATION_VALUES = " ".join(f"nkg:{name}" for name in RELATIONS)

EDGES_QUERY = _PREFIXES + f"""
SELECT DISTINCT ?s ?rel ?o ?sentence ?doc WHERE {{
  VALUES ?rel {{ {_RELATION_VALUES} }}
  GRAPH ?g {{
    ?s ?rel ?o .
    OPTIONAL {{
      ?ev nkg:relation ?rel ; nkg:subjectEntity ?s ; nkg:objectEntity ?o ;
          nkg:modality nkg:Asserted ; prov:wasDerivedFrom ?sent .
      OPTIONAL {{ ?sent rdf:value ?sentence }}
      OPTIONAL {{ ?sent dcterms:isPartOf/dcterms:identifier ?doc }}
    }}
  }}
}}"""

# Entities once each, then label and type read inside each document graph, so that an
# entity named in many documents is not multiplied label-by-type.
NODES_QUERY = _PREFIXES + f"""
SELECT DISTINCT ?e ?label ?type WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{
       VALUES ?rel {{ {_RELATION_VALUES} }}
       {{ ?e ?rel ?x }} UNION {{ ?x ?rel ?e }}
  }} }}
  OPTIONAL {{ GRAPH ?g {{
    ?e rdfs:label ?label .
    OPTIONAL {{ ?e rdf:type ?type FILTER(STRSTARTS(STR(?type), "{NKG_NS}")) }}
  }} }}
}}"""


# --- store -> networkx --------------------------------------------------------------

def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _entity_type(types: Iterable[str]) -> str:
    """The most specific known type (ENTITY_TYPES order puts Place, the broadest, last)."""
    names = {_local(t) for t in types}
    return next((t for t in ENTITY_TYPES if t in names), "Entity")


def graph_from_store(store: Any) -> nx.MultiDiGraph:
    """Entities in asserted relations (label, type) and one edge per relation with its evidence.

    `store` is anything with `query(sparql)` returning pyoxigraph solutions over the union
    of all graphs (kg.store.Store), or a pyoxigraph.Store.
    """
    graph = nx.MultiDiGraph()
    nodes: dict[str, dict[str, Any]] = {}
    for row in select_rows(store, NODES_QUERY):
        info = nodes.setdefault(row["e"], {"labels": set(), "types": set()})
        info["labels"].update([row["label"]] if "label" in row else [])
        info["types"].update([row["type"]] if "type" in row else [])
    for iri, info in nodes.items():
        label = min(info["labels"]) if info["labels"] else _local(iri)
        graph.add_node(iri, label=label, type=_entity_type(info["types"]))
    for row in select_rows(store, EDGES_QUERY):
        _add_evidence(graph, row["s"], _local(row["rel"]), row["o"], row)
    return graph


def _add_evidence(graph: nx.MultiDiGraph, subject: str, relation: str, obj: str,
                  row: dict[str, str]) -> None:
    """Add the edge (once per relation) and append this row's (doc, sentence) evidence."""
    if not graph.has_edge(subject, obj, key=relation):
        graph.add_edge(subject, obj, key=relation, relation=relation, evidence=[])
    evidence = graph.edges[subject, obj, relation]["evidence"]
    if "sentence" in row and (row.get("doc", ""), row["sentence"]) not in evidence:
        evidence.append((row.get("doc", ""), row["sentence"]))


# --- networkx -> pyvis HTML ---------------------------------------------------------

def _edge_title(graph: nx.MultiDiGraph, subject: str, obj: str, data: dict[str, Any]) -> str:
    head = f"{graph.nodes[subject]['label']} {data['relation']} {graph.nodes[obj]['label']}"
    lines = [f"[{doc}] {sentence}" if doc else sentence
             for doc, sentence in sorted(data["evidence"])[:MAX_EVIDENCE_SHOWN]]
    more = len(data["evidence"]) - MAX_EVIDENCE_SHOWN
    return "\n".join([head, *lines] + ([f"... and {more} more"] if more > 0 else []))


def _undirected_duplicate(graph: nx.MultiDiGraph, subject: str, obj: str, relation: str) -> bool:
    """alliedWith stated both ways is drawn once (from the first endpoint in sort order)."""
    return (EDGE_STYLES.get(relation, ("", "to"))[1] == "to, from" and subject > obj
            and graph.has_edge(obj, subject, key=relation))


def _network(graph: nx.MultiDiGraph) -> Any:
    from pyvis.network import Network

    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line",
                  notebook=False)
    for node, data in graph.nodes(data=True):
        colour, shape = NODE_STYLES.get(data.get("type", ""), UNKNOWN_STYLE)
        label = data.get("label", str(node))
        net.add_node(str(node), label=label, color=colour, shape=shape,
                     title=f"{label} ({data.get('type', 'Entity')})",
                     size=min(12 + 4 * graph.degree(node), 48))
    for subject, obj, relation, data in graph.edges(keys=True, data=True):
        if _undirected_duplicate(graph, subject, obj, relation):
            continue
        colour, arrows = EDGE_STYLES.get(relation, (UNKNOWN_STYLE[0], "to"))
        net.add_edge(str(subject), str(obj), title=_edge_title(graph, subject, obj, data),
                     color=colour, arrows=arrows, label=relation, font={"size": 10})
    return net


def _legend(graph: nx.MultiDiGraph, title: str) -> str:
    """A small HTML block: the heading, node kinds and relation colours present."""
    types = sorted({d.get("type", "Entity") for _, d in graph.nodes(data=True)})
    relations = sorted({k for _, _, k in graph.edges(keys=True)})
    chip = '<span style="display:inline-block;width:12px;height:12px;background:{};' \
           'margin:0 4px 0 12px;border-radius:2px"></span>{}'
    items = [chip.format(NODE_STYLES.get(t, UNKNOWN_STYLE)[0], html.escape(t)) for t in types]
    items += [chip.format(EDGE_STYLES.get(r, UNKNOWN_STYLE)[0], "&rarr; " + html.escape(r))
              for r in relations]
    body = " ".join(items) if graph.number_of_nodes() else \
        "<em>No facts yet: build some documents into the store, then render again.</em>"
    return (f'<div id="newskg-legend" style="font:14px sans-serif;padding:8px">'
            f"<h1 style=\"font-size:20px;margin:0 0 6px\">{html.escape(title)}</h1>{body}</div>")


_REMOTE_TAGS = (
    re.compile(r"<link\b[^>]*>", re.I | re.S),  # stylesheets from a CDN or ../node_modules
    re.compile(r"<script\b[^>]*\bsrc=[^>]*>\s*</script>", re.I | re.S),
)


def page_html(graph: nx.MultiDiGraph, title: str = "newskg") -> str:
    """The whole page as a string: pyvis' inline page minus remote tags, plus title and legend."""
    page = _network(graph).generate_html(notebook=False)
    for pattern in _REMOTE_TAGS:
        page = pattern.sub("", page)
    page = page.replace("<head>", f"<head>\n<title>{html.escape(title)}</title>", 1)
    return page.replace("<body>", "<body>\n" + _legend(graph, title), 1)


def render_html(store_or_graph: Any, path: Path, *, title: str = "newskg") -> Path:
    """Write the graph (a networkx graph, or a store read with graph_from_store) to `path`."""
    graph = store_or_graph if isinstance(store_or_graph, nx.Graph) \
        else graph_from_store(store_or_graph)
    path = Path(path)
    page = page_html(graph, title)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as error:
        raise RenderError(f"cannot write the HTML graph to {path}: "
                          f"{error.strerror or error}; check the folder exists and is writable") from None
    return path

"""Draw the graph as one self-contained HTML page an analyst explores: search, filters,
an evidence panel, a legend of both palettes, and a layout that is the same every time.

Positions are computed here, once, with networkx (Kamada-Kawai for small components, a
seeded spring layout for big ones; physics is off in the page), so the same store gives
the same picture. pyvis stays behind
`render_html`: it assembles the vis-network nodes, edges and options and renders our
template (kg/templates/explorer.html) with its own inline copy of vis-network; the page
makes no request of any kind and nothing but the named file is written.
"""
from __future__ import annotations

import math
from collections import Counter
from importlib.resources import files
from pathlib import Path
from typing import Any, NamedTuple

import networkx as nx
import numpy as np

from kg.errors import InputError, RenderError
from kg.events import ENTITY_TYPES, RELATIONS
from kg.network import View, ViewOptions, graph_from_store, local_name, select_view, stories
from kg.ontology import symmetric_relations
from kg.palette import (BORDER, CONTESTED, EDGE_STYLES, NODE_STYLES, UNKNOWN_EDGE,
                        UNKNOWN_NODE, EdgeStyle)

__all__ = ["graph_from_store", "page_html", "render_html", "check_html_path", "layout"]

#: The seed of the spring layout: the same graph always gets the same positions.
LAYOUT_SEED = 20240513
#: Components up to this size get the Kamada-Kawai layout, bigger ones a spring layout.
KAMADA_KAWAI_UP_TO = 60
#: The median edge length on the page, in pixels at zoom 1.
EDGE_LENGTH = 140
#: Our page template, script and style (pyvis' own templates supply vis-network).
TEMPLATES = files("kg") / "templates"


# --- layout and sizes -----------------------------------------------------------------

def layout(graph: nx.Graph) -> dict[Any, tuple[float, float]]:
    """Positions in page pixels, independent of node and edge order: each connected
    component gets its own layout (median edge EDGE_LENGTH px), then the components
    are packed in rows, biggest first, so that small ones do not drift to the edges."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph))
    simple.add_edges_from(sorted({tuple(sorted((s, o))) for s, o in graph.edges()}))
    parts = sorted((sorted(c) for c in nx.connected_components(simple)),
                   key=lambda c: (-len(c), c[0]))
    boxes = [_component_layout(_ordered(simple.subgraph(part))) for part in parts]
    return _pack(boxes)


def _ordered(component: nx.Graph) -> nx.Graph:
    """A copy with nodes and edges in sorted order: a subgraph view iterates its nodes in
    set order, which changes with Python's string hashing from one run to the next, and
    the layouts follow the order they are given."""
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(component))
    ordered.add_edges_from(sorted(tuple(sorted(edge)) for edge in component.edges()))
    return ordered


def _component_layout(component: nx.Graph) -> dict[Any, tuple[float, float]]:
    """One component's layout, scaled so that its median edge is EDGE_LENGTH px."""
    if len(component) == 1:
        return {next(iter(component)): (0.0, 0.0)}
    if len(component) <= KAMADA_KAWAI_UP_TO:
        positions = nx.kamada_kawai_layout(component)  # even edge lengths; deterministic
    elif len(component) <= 500:
        positions = nx.spring_layout(component, seed=LAYOUT_SEED, iterations=50)
    else:  # networkx iterates node by node here: start from the spectral layout, refine less
        start = nx.spectral_layout(component)
        positions = nx.spring_layout(component, pos=start, seed=LAYOUT_SEED, iterations=12)
    lengths = sorted(math.dist(positions[s], positions[o]) for s, o in component.edges())
    scale = EDGE_LENGTH / max(lengths[len(lengths) // 2], 1e-6)
    return _upright({n: (float(x) * scale, float(y) * scale) for n, (x, y) in positions.items()})


def _upright(positions: dict[Any, tuple[float, float]]) -> dict[Any, tuple[float, float]]:
    """Turn a component so that its longest extent is vertical: labels are wide, so
    components read best tall and narrow."""
    nodes = sorted(positions)
    points = np.array([positions[n] for n in nodes], dtype=float)
    points -= points.mean(axis=0)
    _, vectors = np.linalg.eigh(points.T @ points)
    main = vectors[:, -1] * (1 if vectors[0, -1] + vectors[1, -1] >= 0 else -1)
    turn = np.array([[main[1], -main[0]], [main[0], main[1]]])  # main axis -> (0, 1)
    return {n: (float(x), float(y)) for n, (x, y) in zip(nodes, points @ turn.T, strict=True)}


def _pack(boxes: list[dict[Any, tuple[float, float]]]) -> dict[Any, tuple[float, float]]:
    """Place laid-out components left to right in rows about as wide as they are tall."""
    sized = []
    for box in boxes:  # room around each for labels: wide to the sides, one line below
        xs, ys = [p[0] for p in box.values()], [p[1] for p in box.values()]
        sized.append((box, min(xs), min(ys), max(xs) - min(xs) + 1.5 * EDGE_LENGTH,
                      max(ys) - min(ys) + 0.8 * EDGE_LENGTH))
    width = max([math.sqrt(sum(w * h for *_, w, h in sized)) * 1.4,
                 *(w for *_, w, _ in sized)], default=0)
    placed: dict[Any, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for box, left, top, w, h in sized:
        if x and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (nx_, ny_) in box.items():
            placed[node] = (round(x + nx_ - left, 1), round(y + ny_ - top, 1))
        x, row_height = x + w, max(row_height, h)
    return placed


def _sizes(view: nx.Graph) -> dict[Any, float]:
    """Node radius from importance (PageRank): 10 px for the least, 36 px for the most."""
    ranks = nx.get_node_attributes(view, "importance")
    top = max(ranks.values(), default=0) or 1
    return {n: round(10 + 26 * math.sqrt(ranks.get(n, 0) / top), 1) for n in view}


# --- networkx -> vis-network records ----------------------------------------------------

def _node_record(node: str, data: dict[str, Any], xy: tuple[float, float],
                 size: float) -> dict[str, Any]:
    style = NODE_STYLES.get(data.get("type", ""), UNKNOWN_NODE)
    colour = {"background": style.colour, "border": BORDER,
              "highlight": {"background": style.colour, "border": "#000000"},
              "hover": {"background": style.colour, "border": "#000000"}}
    label = data.get("label", local_name(node))
    return {"label": label, "shape": style.shape, "color": colour, "size": size,
            "x": xy[0], "y": xy[1], "type": data.get("type", "Entity"),
            "names": data.get("names", [label]), "sameAs": data.get("same_as", []),
            "importance": round(float(data.get("importance", 0.0)), 5),
            "shapeProperties": {"borderDashes": [3, 2] if style.dashed_border else False}}


def _arrows(relation: str) -> str:
    """"to" for an edge that points, "" for a relation that reads both ways
    (owl:SymmetricProperty in the ontology)."""
    return "" if relation in symmetric_relations() else "to"


class Drawn(NamedTuple):
    """One edge as drawn: its ends, relation, evidence and disputes (kg.disputes)."""

    subject: str
    relation: str
    object: str
    evidence: list[dict[str, Any]]
    contested: list[dict[str, Any]]


def _edges(view: nx.MultiDiGraph) -> list[Drawn]:
    """The drawn edges; a symmetric relation stated both ways is drawn once, with the
    evidence and disputes of both directions."""
    drawn: dict[tuple[str, str, str], Drawn] = {}
    for s, o, key, data in sorted(view.edges(keys=True, data=True), key=lambda e: e[:3]):
        symmetric = key in symmetric_relations()
        if symmetric and (o, key, s) in drawn:
            edge = drawn[(o, key, s)]
            edge.evidence.extend(e for e in data.get("evidence", []) if e not in edge.evidence)
            edge.contested.extend(d for d in data.get("contested", []) if d not in edge.contested)
            continue
        drawn[(s, key, o)] = Drawn(s, key, o, list(data.get("evidence", [])),
                                   list(data.get("contested", [])))
    return list(drawn.values())


def edge_width(support: int) -> float:
    """Line width in pixels from the independent stories behind a fact: 2 for one story,
    1.5 more for each further one, up to 8 from five stories on."""
    return 2.0 + 1.5 * (min(max(support, 1), 5) - 1)


def _edge_record(number: int, edge: Drawn, parallel: int) -> dict[str, Any]:
    style: EdgeStyle = EDGE_STYLES.get(edge.relation, UNKNOWN_EDGE)
    # vis-network draws the band (`background`) only along curves: a contested edge is a
    # curve even when it is straight (roundness 0).
    smooth = {"enabled": True, "type": "curvedCW", "roundness": 0.18 * parallel} \
        if parallel or edge.contested else False
    support = stories(edge.evidence)
    width = edge_width(support)
    halo = {"enabled": bool(edge.contested), "color": CONTESTED.colour,
            "size": width + CONTESTED.halo, "dashes": False}
    return {"id": f"e{number}", "relation": edge.relation, "arrows": _arrows(edge.relation),
            "color": {"color": style.colour, "highlight": style.colour, "hover": style.colour},
            "dashes": list(style.dashes) or False, "smooth": smooth, "width": width,
            "stories": support, "evidence": edge.evidence, "contested": edge.contested,
            "background": halo}


# --- the page -----------------------------------------------------------------------------

def _options(node_count: int) -> dict[str, Any]:
    big = node_count > 300
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "multiselect": False},
        "nodes": {"borderWidth": 1.5, "widthConstraint": {"maximum": 170}, "font": {"size": 20, "face": "sans-serif",
                                               "strokeWidth": 4, "strokeColor": "#ffffff"}},
        "edges": {"font": {"size": 16, "face": "sans-serif", "align": "middle",
                           "strokeWidth": 4, "strokeColor": "#ffffff"},
                  "arrows": {"to": {"scaleFactor": 0.7}}, "selectionWidth": 2,
                  "hoverWidth": 1.5},
    }


def _page_context(view: View, title: str) -> dict[str, Any]:
    """Everything the template needs besides nodes and edges: legend rows with counts,
    the date range of the evidence, what was left out, and how many facts are contested."""
    graph = view.graph
    types = Counter(d.get("type", "Entity") for _, d in graph.nodes(data=True))
    drawn = _edges(graph)
    relations = Counter(edge.relation for edge in drawn)
    dates = sorted(e["date"][:10] for *_, d in graph.edges(keys=True, data=True)
                   for e in d.get("evidence", []) if e.get("date"))
    extra_types = sorted(set(types) - set(NODE_STYLES))
    return {
        "title": title,
        "types": [{"name": t, "count": types.get(t, 0), "style": NODE_STYLES.get(t, UNKNOWN_NODE)}
                  for t in [*ENTITY_TYPES, *extra_types]],
        "relations": [{"name": r, "count": relations.get(r, 0),
                       "style": EDGE_STYLES.get(r, UNKNOWN_EDGE), "arrows": _arrows(r)} for r in RELATIONS],
        "first_date": dates[0] if dates else "", "last_date": dates[-1] if dates else "",
        "shown": graph.number_of_nodes(), "total": view.total_nodes,
        "left_out": view.left_out, "facts": sum(relations.values()),
        "contested": {"count": sum(1 for edge in drawn if edge.contested), "style": CONTESTED},
    }


def _network(view: View, title: str) -> Any:
    """The pyvis Network of the view, set to render our template."""
    from pyvis.network import Network

    graph = view.graph
    net = Network(directed=True, cdn_resources="in_line", notebook=False, heading=title)
    positions, sizes = layout(graph), _sizes(graph)
    for node in sorted(graph):
        net.add_node(str(node), **_node_record(node, graph.nodes[node], positions[node],
                                               sizes[node]))
    pairs: Counter[frozenset[str]] = Counter()
    for number, edge in enumerate(_edges(graph)):
        pair = frozenset((edge.subject, edge.object))
        net.add_edge(str(edge.subject), str(edge.object), **_edge_record(number, edge, pairs[pair]))
        pairs[pair] += 1
    net.options = _options(graph.number_of_nodes())
    net.set_template_dir([str(TEMPLATES), str(files("pyvis") / "templates")], "explorer.html")
    net.templateEnv.autoescape = True
    net.templateEnv.globals["page"] = _page_context(view, title)
    return net


def page_html(graph: nx.MultiDiGraph | View, title: str = "newskg") -> str:
    """The whole page as a string (a bare graph is drawn whole, ranked by importance)."""
    view = graph if isinstance(graph, View) else select_view(graph, ViewOptions())
    return _network(view, title).generate_html(notebook=False)


#: File extensions `kg viz` writes (it writes HTML only).
HTML_SUFFIXES = (".html", ".htm")


def check_html_path(path: Path) -> None:
    """Refuse an output name whose extension promises something other than HTML."""
    if path.suffix.lower() not in HTML_SUFFIXES:
        kind = path.suffix or "a file without extension"
        raise InputError(f"{path}: kg viz writes an HTML page, not {kind}; name the output "
                         ".html (kg export writes RDF files)")


def render_html(source: Any, path: Path, *, title: str = "newskg",
                options: ViewOptions | None = None) -> View:
    """Write the page for `source` (a store, read with graph_from_store, or a networkx graph)
    cut down by `options` to `path`, as UTF-8; returns the view drawn. Nothing else is
    written, printed or opened."""
    graph = source if isinstance(source, nx.Graph) else graph_from_store(source)
    view = select_view(graph, options or ViewOptions())
    path = Path(path)
    page = page_html(view, title)
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as error:
        raise RenderError(f"cannot write the HTML graph to {path}: "
                          f"{error.strerror or error}; check the folder exists and is writable") from None
    return view

"""How the HTML graph draws each entity type and each relation: two palettes that cannot
be confused with each other, both safe for colour-blind readers.

Node types are told apart by fill *and* shape: fills from Paul Tol's "light" scheme
(pale colours that keep dark labels readable). Relations are told apart by line colour
*and* dash pattern: saturated Okabe-Ito colours, darker than any node fill, so an edge
never looks like a node kind. Shapes and dashes carry the difference on their own when
colours do not (greyscale print, any form of colour blindness). A contested fact keeps
its relation's line and gets a wide translucent band beneath it, in the one Okabe-Ito
colour no relation uses: a difference of width as well as of colour.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NodeStyle:
    colour: str
    shape: str                 # a vis-network shape with the label below it
    dashed_border: bool = False


@dataclass(frozen=True)
class EdgeStyle:
    """How a relation's edges look; whether they point (a relation that reads both ways
    does not) is the ontology's to say (kg.ontology.symmetric_relations)."""

    colour: str
    dashes: tuple[int, ...]    # vis-network / SVG dash pattern; () is a solid line


#: Entity type -> how its nodes are drawn (kg.events.ENTITY_TYPES, plus the fallback).
NODE_STYLES: dict[str, NodeStyle] = {
    "State": NodeStyle("#77AADD", "dot"),
    "ArmedGroup": NodeStyle("#EE8866", "diamond"),
    "Organisation": NodeStyle("#EEDD88", "square"),
    "Coalition": NodeStyle("#FFAABB", "hexagon"),
    "Person": NodeStyle("#99DDFF", "star"),
    "City": NodeStyle("#44BB99", "triangle"),
    "Region": NodeStyle("#BBCC33", "triangleDown"),
    "Facility": NodeStyle("#AAAA00", "square", dashed_border=True),
    "Place": NodeStyle("#DDDDDD", "dot", dashed_border=True),
}
UNKNOWN_NODE = NodeStyle("#FFFFFF", "dot", dashed_border=True)

#: Relation -> how its edges are drawn (kg.events.RELATIONS).
EDGE_STYLES: dict[str, EdgeStyle] = {
    "attacked": EdgeStyle("#D55E00", ()),                 # vermillion, solid
    "alliedWith": EdgeStyle("#0072B2", (10, 6)),          # blue, dashed
    "hostsTalks": EdgeStyle("#009E73", (2, 5)),           # bluish green, dotted
    "controls": EdgeStyle("#000000", (12, 4, 2, 4)),      # black, dash-dot
}
UNKNOWN_EDGE = EdgeStyle("#777777", (4, 4))



@dataclass(frozen=True)
class HaloStyle:
    colour: str                # an rgba() colour: the relation's line stays visible on it
    halo: float                # how much wider than the line the band is, in pixels


#: How a fact the corpus disputes (`kg query contested`) is marked: reddish purple band.
CONTESTED = HaloStyle("rgba(204, 121, 167, 0.55)", 9.0)

BORDER = "#333333"

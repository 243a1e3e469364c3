"""Everything known about each of the four relations, from one home: what
ontology/newskg.ttl says (label, symmetry, subject and object types) and what it does
not, kept beside it in ontology/relations.json (event class, default CAMEO and PLOVER
codes). Extraction, RDF output and evaluation read it here; how the HTML graph draws a
relation is kg/palette.py's.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import iris
from kg.errors import PatternError
from kg.events import ENTITY_TYPES, RELATIONS
from kg.resources import ONTOLOGY_DIR

if TYPE_CHECKING:  # rdflib is imported when the ontology is first read, not with this module
    from rdflib import Graph
    from rdflib.term import URIRef

TABLE_FIELDS = ("event_class", "cameo", "plover")


@dataclass(frozen=True)
class RelationKind:
    """One relation: its name, IRI and label; whether it reads both ways; which entity
    types may be its subject and object (None: any); its event class; and the codes of
    its events."""

    name: str
    iri: URIRef
    label: str
    symmetric: bool
    subject_types: frozenset[str] | None
    object_types: frozenset[str] | None
    event_class: URIRef
    cameo: str
    plover: str


def _types_under(graph: Graph, cls: URIRef | None) -> frozenset[str] | None:
    """The entity types that are the class (or one of an owl:unionOf) or a subclass of it."""
    from rdflib.collection import Collection
    from rdflib.namespace import OWL, RDFS

    if cls is None:
        return None
    union = graph.value(cls, OWL.unionOf)
    members = list(Collection(graph, union)) if union is not None else [cls]
    names = {str(c).removeprefix(iris.NKG) for member in members
             for c in graph.transitive_subjects(RDFS.subClassOf, member)}
    return frozenset(names & set(ENTITY_TYPES))


@functools.lru_cache(maxsize=1)
def relation_kinds() -> dict[str, RelationKind]:
    """Every relation, in RELATIONS order, read from newskg.ttl and relations.json."""
    from rdflib import Graph
    from rdflib.namespace import OWL, RDF, RDFS

    from kg.vocab import NKG

    graph = Graph().parse(ONTOLOGY_DIR / "newskg.ttl", format="turtle")
    table = json.loads((ONTOLOGY_DIR / "relations.json").read_text("utf-8"))
    kinds: dict[str, RelationKind] = {}
    for name in RELATIONS:
        iri = NKG[name]
        row = table[name]
        if set(row) != set(TABLE_FIELDS):
            raise PatternError(f"ontology/relations.json: {name} needs exactly the keys "
                               f"{', '.join(TABLE_FIELDS)} (this file ships with kg, so this is a bug in kg)")
        kinds[name] = RelationKind(
            name=name, iri=iri, label=str(graph.value(iri, RDFS.label)),
            symmetric=(iri, RDF.type, OWL.SymmetricProperty) in graph,
            subject_types=_types_under(graph, graph.value(iri, RDFS.domain)),
            object_types=_types_under(graph, graph.value(iri, RDFS.range)),
            event_class=NKG[row["event_class"]], cameo=row["cameo"], plover=row["plover"])
    return kinds


def kind(relation: str) -> RelationKind:
    """One relation's facts."""
    return relation_kinds()[relation]


def symmetric_relations() -> frozenset[str]:
    """The relations that read the same both ways (owl:SymmetricProperty)."""
    return frozenset(name for name, k in relation_kinds().items() if k.symmetric)

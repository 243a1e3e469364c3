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

if TYPE_CHECKING:  # rdflib is imported only when an rdflib term is asked for (tests, queries)
    from rdflib.term import URIRef

TABLE_FIELDS = ("event_class", "cameo", "plover")

_RDF, _RDFS, _OWL = iris.STANDARD["rdf"], iris.STANDARD["rdfs"], iris.STANDARD["owl"]
#: The types a term of the ontology is declared with (kg.vocab.NKG holds the same terms).
_DECLARATIONS = frozenset({_OWL + "Class", _OWL + "ObjectProperty", _OWL + "DatatypeProperty",
                           iris.NKG + "Modality"})


@dataclass(frozen=True)
class RelationKind:
    """One relation: its name, IRI and label; whether it reads both ways; which entity
    types may be its subject and object (None: any); its event class; and the codes of
    its events. IRIs are held as text, and given as rdflib terms on request."""

    name: str
    iri_text: str
    label: str
    symmetric: bool
    subject_types: frozenset[str] | None
    object_types: frozenset[str] | None
    event_class_iri: str
    cameo: str
    plover: str

    @property
    def iri(self) -> URIRef:
        """The relation's IRI as an rdflib term."""
        from rdflib import URIRef

        return URIRef(self.iri_text)

    @property
    def event_class(self) -> URIRef:
        """The class of the relation's events as an rdflib term."""
        from rdflib import URIRef

        return URIRef(self.event_class_iri)


class _Triples:
    """newskg.ttl's triples as plain text terms (read by pyoxigraph, which the store loads
    anyway: a build never imports rdflib), indexed by subject and predicate."""

    def __init__(self, quads) -> None:
        self.objects: dict[tuple[str, str], list] = {}
        self.subjects: dict[tuple[str, str], list[str]] = {}
        for quad in quads:
            s, p, o = quad.subject.value, quad.predicate.value, quad.object
            self.objects.setdefault((s, p), []).append(o)
            self.subjects.setdefault((p, o.value), []).append(s)

    def value(self, subject: str, predicate: str) -> str | None:
        """The one object of (subject, predicate), as text, or None."""
        found = self.objects.get((subject, predicate))
        return found[0].value if found else None

    def has(self, subject: str, predicate: str, obj: str) -> bool:
        return any(o.value == obj for o in self.objects.get((subject, predicate), ()))

    def collection(self, head: str) -> list[str]:
        """The members of an RDF list, in order."""
        members = []
        while head != _RDF + "nil":
            members.append(self.value(head, _RDF + "first"))
            head = self.value(head, _RDF + "rest")
        return members

    def subclasses(self, cls: str) -> set[str]:
        """The class and every class under it (rdfs:subClassOf, transitively)."""
        found, todo = {cls}, [cls]
        while todo:
            for sub in self.subjects.get((_RDFS + "subClassOf", todo.pop()), ()):
                if sub not in found:
                    found.add(sub)
                    todo.append(sub)
        return found


@functools.lru_cache(maxsize=1)
def _ontology() -> _Triples:
    import pyoxigraph as ox

    return _Triples(ox.parse(path=str(ONTOLOGY_DIR / "newskg.ttl"), format=ox.RdfFormat.TURTLE))


@functools.lru_cache(maxsize=1)
def terms() -> frozenset[str]:
    """The local names of every term the ontology declares ("attacked", "Document", ...)."""
    graph = _ontology()
    return frozenset(s.removeprefix(iris.NKG) for (s, p), objects in graph.objects.items()
                     if p == _RDF + "type" and s.startswith(iris.NKG)
                     and any(o.value in _DECLARATIONS for o in objects))


def _types_under(graph: _Triples, cls: str | None) -> frozenset[str] | None:
    """The entity types that are the class (or one of an owl:unionOf) or a subclass of it."""
    if cls is None:
        return None
    union = graph.value(cls, _OWL + "unionOf")
    members = graph.collection(union) if union is not None else [cls]
    names = {c.removeprefix(iris.NKG) for member in members for c in graph.subclasses(member)}
    return frozenset(names & set(ENTITY_TYPES))


@functools.lru_cache(maxsize=1)
def relation_kinds() -> dict[str, RelationKind]:
    """Every relation, in RELATIONS order, read from newskg.ttl and relations.json."""
    graph = _ontology()
    table = json.loads((ONTOLOGY_DIR / "relations.json").read_text("utf-8"))
    kinds: dict[str, RelationKind] = {}
    for name in RELATIONS:
        iri = iris.NKG + name
        row = table[name]
        if set(row) != set(TABLE_FIELDS):
            raise PatternError(f"ontology/relations.json: {name} needs exactly the keys "
                               f"{', '.join(TABLE_FIELDS)} (this file ships with kg, so this is a bug in kg)")
        if row["event_class"] not in terms():
            raise PatternError(f"ontology/relations.json: {name}'s event class {row['event_class']!r} "
                               f"is no term of ontology/newskg.ttl (this file ships with kg, so this is a bug in kg)")
        kinds[name] = RelationKind(
            name=name, iri_text=iri, label=str(graph.value(iri, _RDFS + "label")),
            symmetric=graph.has(iri, _RDF + "type", _OWL + "SymmetricProperty"),
            subject_types=_types_under(graph, graph.value(iri, _RDFS + "domain")),
            object_types=_types_under(graph, graph.value(iri, _RDFS + "range")),
            event_class_iri=iris.NKG + row["event_class"], cameo=row["cameo"], plover=row["plover"])
    return kinds


def kind(relation: str) -> RelationKind:
    """One relation's facts."""
    return relation_kinds()[relation]


def symmetric_relations() -> frozenset[str]:
    """The relations that read the same both ways (owl:SymmetricProperty)."""
    return frozenset(name for name, k in relation_kinds().items() if k.symmetric)

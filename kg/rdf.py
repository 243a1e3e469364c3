"""Turn DocumentFacts into RDF: mint IRIs and write one named graph per document.

The only module that mints IRIs or knows the graph shape of docs/model.md; store,
export and validation read the graphs it builds and its table of file formats.
A build writes pyoxigraph terms and never imports rdflib; the functions that give
rdflib terms or graphs (validation, tests, queries) import it when called.
"""
from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from decimal import Decimal
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox

from kg import iris
from kg.errors import InputError, one_line
from kg.events import DocumentFacts, Entity, Evidence, RelationEvent
from kg.ontology import ONTOLOGY_DIR, kind, terms

if TYPE_CHECKING:
    from rdflib import Dataset, Graph, Namespace, URIRef

    from kg.documents import Document


@dataclass(frozen=True)
class RdfFileFormat:
    """How files of one extension are read (rdflib's format name) and written
    (pyoxigraph's), and whether they keep the named graphs (quads) or hold one graph."""

    rdflib: str
    oxigraph: ox.RdfFormat
    quads: bool


#: The one table of RDF file formats, by file extension: export, validate and build read it.
FORMATS = {".ttl": RdfFileFormat("turtle", ox.RdfFormat.TURTLE, False),
           ".nt": RdfFileFormat("nt", ox.RdfFormat.N_TRIPLES, False),
           ".nq": RdfFileFormat("nquads", ox.RdfFormat.N_QUADS, True),
           ".trig": RdfFileFormat("trig", ox.RdfFormat.TRIG, True),
           ".jsonld": RdfFileFormat("json-ld", ox.RdfFormat.JSON_LD, True)}


#: Characters kept in a source URL (reserved and already-encoded ones); spaces etc. are encoded.
_IRI_SAFE = "-_.~:/?#[]@!$&'()*+,;=%"

#: The prefixes bound in every graph written (kg.iris.PREFIXES; `_bind` gives them to
#: rdflib as namespaces, so that importing this module does not import rdflib).
PREFIXES = dict(iris.PREFIXES)


@functools.lru_cache(maxsize=1)
def _prefixes() -> dict[str, Namespace]:
    from rdflib import Namespace

    return {name: Namespace(iri) for name, iri in PREFIXES.items()}


def format_for(path: str | Path) -> RdfFileFormat:
    """The format of an RDF file, from its extension; InputError if unsupported."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        supported = ", ".join(FORMATS)
        raise InputError(f"{path}: unsupported RDF file extension {suffix or '(none)'!r}; "
                         f"use one of {supported}")
    return FORMATS[suffix]


def _uri(text: str) -> URIRef:
    from rdflib import URIRef

    return URIRef(text)


def entity_iri(name: str) -> URIRef:
    """The stable IRI of an entity: its canonical name, spaces as `_`, the rest percent-encoded."""
    return _uri(iris.entity_iri(name))


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document, which is also the IRI of its named graph."""
    return _uri(iris.document_iri(doc_id))


def sentence_iri(doc_id: str, start: int, end: int) -> URIRef:
    """The IRI of a span of a document's text (RFC 5147 char offsets)."""
    return _uri(iris.sentence_iri(doc_id, start, end))


def _event_iri_text(event: RelationEvent) -> str:
    ev = event.evidence
    key = "|".join([ev.doc_id, event.relation, event.subject.name, event.object.name,
                    str(ev.start), str(ev.end), event.modality])
    return iris.EV + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def event_iri(event: RelationEvent) -> URIRef:
    """The IRI of an event node: a hash of what makes the candidate distinct."""
    return _uri(_event_iri_text(event))


def modality_iri(modality: str) -> URIRef:
    """The nkg individual for a modality name of kg.events.MODALITIES."""
    from kg.vocab import NKG

    return NKG[modality_term(modality)]


def modality_term(modality: str) -> str:
    """The name of the ontology term for a modality name ("asserted" -> "Asserted")."""
    return modality.capitalize()


def new_graph(identifier: URIRef | None = None) -> Graph:
    """An empty graph with the newskg prefixes bound."""
    from rdflib import Graph

    graph = Graph(identifier=identifier)
    _bind(graph)
    return graph


def _bind(graph: Graph) -> None:
    for prefix, namespace in _prefixes().items():
        graph.bind(prefix, namespace, override=True, replace=True)


# The graph is written as pyoxigraph terms: a build stores them as they are, and only
# `document_graph` (validation, tests) turns them into rdflib's. tests/test_rdf.py checks
# the standard terms below against rdflib's closed namespaces; `_nkg` checks each newskg
# term against the ontology's declared terms.
def _node(term: str) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def _std(prefix: str, name: str) -> ox.NamedNode:
    return ox.NamedNode(iris.STANDARD[prefix] + name)


_TYPE, _LABEL, _ALT_LABEL, _SAME_AS = _std("rdf", "type"), _std("rdfs", "label"), \
    _std("skos", "altLabel"), _std("owl", "sameAs")
_VALUE, _DERIVED_FROM = _std("rdf", "value"), _std("prov", "wasDerivedFrom")
_IDENTIFIER, _TITLE, _DATE, _SOURCE, _PART_OF = (_std("dcterms", t) for t in (
    "identifier", "title", "date", "source", "isPartOf"))
_XSD_DATE, _XSD_DECIMAL, _XSD_INTEGER = _std("xsd", "date"), _std("xsd", "decimal"), _std("xsd", "integer")


@functools.lru_cache(maxsize=256)
def _nkg(name: str) -> ox.NamedNode:
    """The ontology term `name` (a typo fails: ontology/newskg.ttl declares every term)."""
    if name not in terms():
        raise AttributeError(f"{name!r} is no term of ontology/newskg.ttl")
    return ox.NamedNode(iris.NKG + name)


def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


def _day(value) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_XSD_DATE)


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_XSD_INTEGER)


#: A triple as the build writes it: three pyoxigraph terms. Not `ox.Triple`, whose making
#: cost more than the rest of a document's graph (about 3 us each, 250 triples a document).
Triple = tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]


class _Triples:
    """The triples of one graph, each once, in the order first written."""

    def __init__(self) -> None:
        self.written: dict[Triple, None] = {}

    def add(self, subject: ox.NamedNode, predicate: ox.NamedNode,
            obj: ox.NamedNode | ox.Literal) -> None:
        self.written[(subject, predicate, obj)] = None


def _document_triples(graph: _Triples, document: Document) -> ox.NamedNode:
    doc = _node(iris.document_iri(document.id))
    graph.add(doc, _TYPE, _nkg("Document"))
    graph.add(doc, _IDENTIFIER, _text(document.id))
    if getattr(document, "title", None):
        graph.add(doc, _TITLE, _text(document.title))
    if getattr(document, "date", None):
        graph.add(doc, _DATE, _day(document.date))
    if getattr(document, "url", None):
        graph.add(doc, _SOURCE, _node(quote(document.url, safe=_IRI_SAFE)))
    if getattr(document, "outlet", None):
        graph.add(doc, _nkg("outlet"), _text(document.outlet))
    return doc


def _story_iri_text(doc_id: str) -> str:
    return iris.STORY + quote(doc_id, safe=iris.SAFE)


def story_iri(doc_id: str) -> URIRef:
    """The IRI of a story, named after the first document of it the store saw."""
    return _uri(_story_iri_text(doc_id))


def ntriples_text(triples: Iterable[Triple | ox.Triple]) -> str:
    """Triples as N-Triples text, one "s p o .\n" line each, every term written as
    pyoxigraph writes it (checked when made, escaped as its N-Triples serializer does)."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


def story_triples(doc_id: str, story: str, signature: str) -> list[Triple]:
    """The triples saying which story a document tells, with its text signature."""
    doc = _node(iris.document_iri(doc_id))
    return [(doc, _nkg("story"), ox.NamedNode(_story_iri_text(story))),
            (doc, _nkg("textSignature"), _text(signature))]


def _entity_node(name: str) -> ox.NamedNode:
    return ox.NamedNode(iris.entity_iri(name))


def _entity_triples(graph: _Triples, entity: Entity) -> None:
    node = _entity_node(entity.name)
    graph.add(node, _TYPE, _nkg(entity.type))
    graph.add(node, _LABEL, _text(entity.name))
    for alias in entity.aliases:
        if alias != entity.name:
            graph.add(node, _ALT_LABEL, _text(alias))
    for iri in entity.same_as:
        graph.add(node, _SAME_AS, _node(iri))


def _sentence_triples(graph: _Triples, doc: ox.NamedNode, doc_id: str,
                      evidence: Evidence) -> ox.NamedNode:
    node = ox.NamedNode(iris.sentence_iri(doc_id, evidence.start, evidence.end))
    graph.add(node, _TYPE, _nkg("Sentence"))
    graph.add(node, _PART_OF, doc)
    graph.add(node, _VALUE, _text(evidence.sentence))
    graph.add(node, _nkg("startOffset"), _integer(evidence.start))
    graph.add(node, _nkg("endOffset"), _integer(evidence.end))
    return node


def _confidence(value: float) -> ox.Literal:
    """A confidence as xsd:decimal, rounded to 4 places (written as rdflib writes a Decimal)."""
    return ox.Literal(f"{Decimal(str(round(float(value), 4))):f}", datatype=_XSD_DECIMAL)


def _event_triples(graph: _Triples, doc: ox.NamedNode, sentence: ox.NamedNode,
                   event: RelationEvent) -> None:
    node = ox.NamedNode(_event_iri_text(event))
    subject, obj = _entity_node(event.subject.name), _entity_node(event.object.name)
    relation = _nkg(event.relation)
    if event.asserted:
        graph.add(subject, relation, obj)
    graph.add(node, _TYPE, ox.NamedNode(kind(event.relation).event_class_iri))
    graph.add(node, _nkg("relation"), relation)
    graph.add(node, _nkg("subjectEntity"), subject)
    graph.add(node, _nkg("objectEntity"), obj)
    graph.add(node, _nkg("modality"), _nkg(modality_term(event.modality)))
    graph.add(node, _nkg("confidence"), _confidence(event.confidence))
    graph.add(node, _DERIVED_FROM, sentence)
    graph.add(node, _PART_OF, doc)
    optional = (("trigger", event.trigger), ("pattern", event.pattern_id),
                ("cameoCode", event.cameo), ("ploverCode", event.plover))
    for prop, value in optional:
        if value:
            graph.add(node, _nkg(prop), _text(value))
    if event.date is not None:
        graph.add(node, _nkg("eventDate"), _day(event.date))
    if event.place is not None:
        graph.add(node, _nkg("place"), _entity_node(event.place.name))


def _all_entities(facts: DocumentFacts) -> list[Entity]:
    """Every entity of the document once by name; the entities list wins over event copies."""
    seen: dict[str, Entity] = {}
    for entity in facts.entities:
        seen.setdefault(entity.name, entity)
    for event in facts.events:
        for entity in (event.subject, event.object, event.place):
            if entity is not None:
                seen.setdefault(entity.name, entity)
    return list(seen.values())


def document_triples(facts: DocumentFacts, content_hash: str | None = None) -> list[Triple]:
    """The triples of one document's named graph, each once; with `content_hash`, the
    document carries it so a later build can skip it unchanged. InputError, naming the
    graph, when the document's data makes no valid term (a source URL that is no IRI)."""
    graph = _Triples()
    try:
        doc = _document_triples(graph, facts.document)
        if content_hash:
            graph.add(doc, _nkg("contentHash"), _text(content_hash))
        for entity in _all_entities(facts):
            _entity_triples(graph, entity)
        for event in facts.events:
            sentence = _sentence_triples(graph, doc, facts.document.id, event.evidence)
            _event_triples(graph, doc, sentence, event)
    except (ValueError, TypeError) as error:
        raise InputError(f"cannot store graph <{iris.document_iri(facts.document.id)}>: "
                         f"{one_line(error)}; fix the data that produced it") from None
    return list(graph.written)


def _to_rdflib(triple: Triple | ox.Triple) -> tuple:
    """One pyoxigraph triple (IRIs and literals only) as rdflib terms."""
    from rdflib import Literal, URIRef

    def term(node):
        if isinstance(node, ox.NamedNode):
            return URIRef(node.value)
        if node.language:
            return Literal(node.value, lang=node.language)
        if node.datatype == _XSD_STRING:
            return Literal(node.value)
        return Literal(node.value, datatype=URIRef(node.datatype.value))
    subject, predicate, obj = triple
    return term(subject), term(predicate), term(obj)


_XSD_STRING = _std("xsd", "string")


def graph_of(doc_id: str, triples: Iterable[Triple | ox.Triple]) -> Graph:
    """A document's triples as an rdflib graph named by the document's IRI."""
    graph = new_graph(document_iri(doc_id))
    for triple in triples:
        graph.add(_to_rdflib(triple))
    return graph


def document_graph(facts: DocumentFacts, content_hash: str | None = None) -> Graph:
    """The triples of one document's named graph (identifier = the document IRI) as an
    rdflib graph, for validation and tests: `document_triples`, which a build stores."""
    return graph_of(facts.document.id, document_triples(facts, content_hash))


def to_dataset(facts_list: Iterable[DocumentFacts]) -> Dataset:
    """A dataset with one named graph per document; a repeated document replaces its graph."""
    from rdflib import Dataset

    dataset = Dataset()
    _bind(dataset)
    for facts in facts_list:
        graph = document_graph(facts)
        dataset.remove_graph(graph.identifier)
        named = dataset.graph(graph.identifier)
        for triple in graph:
            named.add(triple)
    return dataset


def _load_ttl(name: str) -> Graph:
    from rdflib import Graph

    graph = Graph()
    graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


def ontology_graph() -> Graph:
    """The newskg ontology (ontology/newskg.ttl) as a fresh graph."""
    return _load_ttl("newskg.ttl")


def shapes_graph() -> Graph:
    """The SHACL shapes (ontology/shapes.ttl) as a fresh graph."""
    return _load_ttl("shapes.ttl")

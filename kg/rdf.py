"""Turn DocumentFacts into RDF: mint IRIs and write one named graph per document.

The only module that mints IRIs or knows the graph shape of docs/model.md; store,
export and validation read the graphs it builds and its table of file formats.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from decimal import Decimal
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace

from kg import iris
from kg.errors import InputError
from kg.events import DocumentFacts, Entity, Evidence, RelationEvent
from kg.ontology import ONTOLOGY_DIR, kind
from kg.vocab import EV, ID, NKG, STORY

if TYPE_CHECKING:
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

#: The prefixes bound in every graph written: kg.iris.PREFIXES as rdflib namespaces.
PREFIXES = {name: Namespace(iri) for name, iri in iris.PREFIXES.items()}


def format_for(path: str | Path) -> RdfFileFormat:
    """The format of an RDF file, from its extension; InputError if unsupported."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        supported = ", ".join(FORMATS)
        raise InputError(f"{path}: unsupported RDF file extension {suffix or '(none)'!r}; "
                         f"use one of {supported}")
    return FORMATS[suffix]


def entity_iri(name: str) -> URIRef:
    """The stable IRI of an entity: its canonical name, spaces as `_`, the rest percent-encoded."""
    return ID[quote(name.strip().replace(" ", "_"), safe=iris.SAFE)]


def document_iri(doc_id: str) -> URIRef:
    """The IRI of a document, which is also the IRI of its named graph."""
    return URIRef(iris.document_iri(doc_id))


def sentence_iri(doc_id: str, start: int, end: int) -> URIRef:
    """The IRI of a span of a document's text (RFC 5147 char offsets)."""
    return URIRef(f"{document_iri(doc_id)}#char={start},{end}")


def event_iri(event: RelationEvent) -> URIRef:
    """The IRI of an event node: a hash of what makes the candidate distinct."""
    ev = event.evidence
    key = "|".join([ev.doc_id, event.relation, event.subject.name, event.object.name,
                    str(ev.start), str(ev.end), event.modality])
    return EV[hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]]


def modality_iri(modality: str) -> URIRef:
    """The nkg individual for a modality name of kg.events.MODALITIES."""
    return NKG[modality.capitalize()]


def new_graph(identifier: URIRef | None = None) -> Graph:
    """An empty graph with the newskg prefixes bound."""
    graph = Graph(identifier=identifier)
    _bind(graph)
    return graph


def _bind(graph: Graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)


def _document_triples(graph: Graph, document: Document) -> URIRef:
    doc = document_iri(document.id)
    graph.add((doc, RDF.type, NKG.Document))
    graph.add((doc, DCTERMS.identifier, Literal(document.id)))
    if getattr(document, "title", None):
        graph.add((doc, DCTERMS.title, Literal(document.title)))
    if getattr(document, "date", None):
        graph.add((doc, DCTERMS.date, Literal(document.date, datatype=XSD.date)))
    if getattr(document, "url", None):
        graph.add((doc, DCTERMS.source, URIRef(quote(document.url, safe=_IRI_SAFE))))
    if getattr(document, "outlet", None):
        graph.add((doc, NKG.outlet, Literal(document.outlet)))
    return doc


def story_iri(doc_id: str) -> URIRef:
    """The IRI of a story, named after the first document of it the store saw."""
    return STORY[quote(doc_id, safe=iris.SAFE)]


def add_story(graph: Graph, doc_id: str, story: str, signature: str) -> None:
    """Say in a document's graph which story it tells and keep its text signature."""
    doc = document_iri(doc_id)
    graph.add((doc, NKG.story, story_iri(story)))
    graph.add((doc, NKG.textSignature, Literal(signature)))


def _entity_triples(graph: Graph, entity: Entity) -> URIRef:
    node = entity_iri(entity.name)
    graph.add((node, RDF.type, NKG[entity.type]))
    graph.add((node, RDFS.label, Literal(entity.name)))
    for alias in entity.aliases:
        if alias != entity.name:
            graph.add((node, SKOS.altLabel, Literal(alias)))
    for iri in entity.same_as:
        graph.add((node, OWL.sameAs, URIRef(iri)))
    return node


def _sentence_triples(graph: Graph, doc: URIRef, doc_id: str, evidence: Evidence) -> URIRef:
    node = sentence_iri(doc_id, evidence.start, evidence.end)
    graph.add((node, RDF.type, NKG.Sentence))
    graph.add((node, DCTERMS.isPartOf, doc))
    graph.add((node, RDF.value, Literal(evidence.sentence)))
    graph.add((node, NKG.startOffset, Literal(evidence.start)))
    graph.add((node, NKG.endOffset, Literal(evidence.end)))
    return node


def _confidence(value: float) -> Literal:
    return Literal(Decimal(str(round(float(value), 4))), datatype=XSD.decimal)


def _event_triples(graph: Graph, doc: URIRef, sentence: URIRef, event: RelationEvent) -> None:
    node, subject, obj = event_iri(event), entity_iri(event.subject.name), entity_iri(event.object.name)
    relation = NKG[event.relation]
    if event.asserted:
        graph.add((subject, relation, obj))
    graph.add((node, RDF.type, kind(event.relation).event_class))
    graph.add((node, NKG.relation, relation))
    graph.add((node, NKG.subjectEntity, subject))
    graph.add((node, NKG.objectEntity, obj))
    graph.add((node, NKG.modality, modality_iri(event.modality)))
    graph.add((node, NKG.confidence, _confidence(event.confidence)))
    graph.add((node, PROV.wasDerivedFrom, sentence))
    graph.add((node, DCTERMS.isPartOf, doc))
    optional = ((NKG.trigger, event.trigger), (NKG.pattern, event.pattern_id),
                (NKG.cameoCode, event.cameo), (NKG.ploverCode, event.plover))
    for prop, value in optional:
        if value:
            graph.add((node, prop, Literal(value)))
    if event.date is not None:
        graph.add((node, NKG.eventDate, Literal(event.date, datatype=XSD.date)))
    if event.place is not None:
        graph.add((node, NKG.place, entity_iri(event.place.name)))


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


def document_graph(facts: DocumentFacts, content_hash: str | None = None) -> Graph:
    """The triples of one document's named graph (identifier = the document IRI); with
    `content_hash`, the document carries it so a later build can skip it unchanged."""
    doc_id = facts.document.id
    graph = new_graph(document_iri(doc_id))
    doc = _document_triples(graph, facts.document)
    if content_hash:
        graph.add((doc, NKG.contentHash, Literal(content_hash)))
    for entity in _all_entities(facts):
        _entity_triples(graph, entity)
    for event in facts.events:
        sentence = _sentence_triples(graph, doc, doc_id, event.evidence)
        _event_triples(graph, doc, sentence, event)
    return graph


def to_dataset(facts_list: Iterable[DocumentFacts]) -> Dataset:
    """A dataset with one named graph per document; a repeated document replaces its graph."""
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
    graph = Graph()
    graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


def ontology_graph() -> Graph:
    """The newskg ontology (ontology/newskg.ttl) as a fresh graph."""
    return _load_ttl("newskg.ttl")


def shapes_graph() -> Graph:
    """The SHACL shapes (ontology/shapes.ttl) as a fresh graph."""
    return _load_ttl("shapes.ttl")

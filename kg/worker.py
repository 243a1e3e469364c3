"""What one process does to a batch of documents: parse, extract, build each named graph,
validate it, and hand back plain data (N-Triples text and counts) that crosses process
and machine boundaries cheaply.

The same function serves a local build, `--processes N` and Dask workers, so every way
of running gives the same graphs by construction.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg import stories
from kg.documents import Document
from kg.errors import ValidationError
from kg.events import DocumentFacts
from kg.hashing import content_hash
from kg.iris import document_iri
from kg.rdf import document_triples, graph_of, ntriples_text

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True)
class DocumentResult:
    """One document's graph as N-Triples, with what the build summary counts."""

    doc_id: str
    graph_iri: str
    ntriples: str
    triples: int
    entities: tuple[str, ...]
    events: tuple[tuple[str, str], ...]  # (relation, modality) per candidate
    signature: str = ""  # MinHash of the text (kg.stories), to tell republished copies


def parse(documents: Iterable[Document], batch_size: int = 32) -> Iterator[DocumentFacts]:
    """Parse documents with the shared pipeline and yield what each one states."""
    from kg.pipeline import load_nlp, parse_texts
    from kg.relations import extract_document

    nlp = load_nlp()
    pairs = parse_texts(nlp, ((d.text, d) for d in documents), batch_size=batch_size)
    for doc, document in pairs:
        yield extract_document(doc, document)


def preload() -> None:
    """Load the pipeline and the extractor (its pattern matchers compiled) in this
    process, so that worker processes forked from it share them."""
    from kg.pipeline import load_nlp
    from kg.relations.extract import prepare

    prepare(load_nlp().vocab)


def result_for(facts: DocumentFacts, validate: bool = False) -> DocumentResult:
    """The named graph of one document, as plain data; with `validate`, checked against
    ontology/shapes.ttl first (a failure is a bug in the extractor, named by document).

    Validation is off by default: pySHACL on every document graph took about a third of
    a build, and the graphs come from one writer (kg.rdf) whose output the tests and
    `kg validate` check against the same shapes.
    """
    document = facts.document
    triples = document_triples(facts, content_hash(document))
    if validate:
        from kg.validate import validate as shacl

        verdict = shacl(graph_of(document.id, triples))
        if not verdict.conforms:
            raise ValidationError(f"{document.source or document.id}: the graph built for it "
                                  f"breaks ontology/shapes.ttl: {verdict.messages[0]}")
    return DocumentResult(
        doc_id=document.id, graph_iri=document_iri(document.id),
        ntriples=ntriples_text(triples),
        triples=len(triples),
        entities=tuple(sorted({e.name for e in facts.entities})),
        events=tuple((e.relation, e.modality) for e in facts.events),
        signature=stories.encode(stories.signature(document.text)))


def parse_batch(documents: list[Document]) -> list[tuple[Doc, Document]]:
    """The spaCy half of `extract_batch`: each document of a batch parsed with the shared
    pipeline, in order."""
    from kg.pipeline import load_nlp, parse_texts

    return list(parse_texts(load_nlp(), ((d.text, d) for d in documents)))


def results_of(parsed: list[tuple[Doc, Document]], validate: bool = False) -> list[DocumentResult]:
    """The other half: what each parsed document states, as its named graph."""
    from kg.relations import extract_document

    return [result_for(extract_document(doc, document), validate) for doc, document in parsed]


def extract_batch(documents: list[Document], validate: bool = False) -> list[DocumentResult]:
    """Parse and extract a batch of documents in this process (the model loads once per
    process and stays cached)."""
    return results_of(parse_batch(documents), validate)

"""The main job: documents -> parsed -> facts -> validated RDF -> the store (and a file).

Every input is read before the store is touched and the whole batch is written in one
transaction, so a bad file stops the build with nothing already stored lost.
"""
from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import rdflib
from rich.progress import track

from kg.documents import Document, read_documents
from kg.errors import ValidationError
from kg.events import DocumentFacts
from kg.pipeline import load_nlp
from kg.rdf import document_graph, format_for
from kg.relations import extract_document
from kg.store import Store
from kg.validate import validate

#: Formats that keep one named graph per document; the others get the union of triples.
QUAD_FORMATS = ("nquads", "trig", "json-ld")


@dataclass
class BuildReport:
    """What a build did: counts for the summary line, and where things were written."""

    documents: int = 0
    entities: int = 0
    candidates: int = 0
    facts: Counter = field(default_factory=Counter)
    modalities: Counter = field(default_factory=Counter)
    triples: int = 0
    store: Path | None = None
    output: Path | None = None

    def summary(self) -> str:
        per = ", ".join(f"{self.facts[r]} {r}" for r in sorted(self.facts)) or "none"
        held = ", ".join(f"{n} {m}" for m, n in sorted(self.modalities.items()) if m != "asserted")
        lines = [f"{self.documents} documents, {self.entities} entities, "
                 f"{sum(self.facts.values())} facts ({per})"]
        if held:
            lines.append(f"{self.candidates - sum(self.facts.values())} candidates not asserted ({held})")
        return "\n".join(lines)


def extract(documents: Iterable[Document], *, progress: bool = False,
            batch_size: int = 32) -> Iterator[DocumentFacts]:
    """Parse documents with the shared pipeline and yield what each one states."""
    nlp = load_nlp()
    documents = list(documents)
    pairs = nlp.pipe(((d.text, d) for d in documents), as_tuples=True, batch_size=batch_size)
    for doc, document in track(pairs, description="Reading", total=len(documents),
                               disable=not progress, transient=True):
        yield extract_document(doc, document)


def graphs_for(facts_list: Iterable[DocumentFacts], report: BuildReport) -> list[rdflib.Graph]:
    """One validated named graph per document; a graph that breaks the shapes is a bug
    in the extractor, reported with the document it came from."""
    graphs = []
    entities: set[str] = set()
    for facts in facts_list:
        graph = document_graph(facts)
        verdict = validate(graph)
        if not verdict.conforms:
            raise ValidationError(f"{facts.document.source or facts.document.id}: the graph built "
                                  f"for it breaks ontology/shapes.ttl: {verdict.messages[0]}")
        graphs.append(graph)
        report.documents += 1
        entities |= {e.name for e in facts.entities}
        for event in facts.events:
            report.candidates += 1
            report.modalities[event.modality] += 1
            if event.asserted:
                report.facts[event.relation] += 1
    report.entities = len(entities)
    return graphs


def write_graphs(graphs: list[rdflib.Graph], path: Path) -> Path:
    """Write graphs to a file in the format its extension names (named graphs kept
    where the format has them)."""
    fmt = format_for(path)
    if fmt in QUAD_FORMATS:
        out = rdflib.Dataset()
        for graph in graphs:
            target = out.graph(graph.identifier)
            for triple in graph:
                target.add(triple)
    else:
        out = rdflib.Graph()
        for graph in graphs:
            out += graph
    for prefix, namespace in graphs[0].namespaces() if graphs else []:
        out.bind(prefix, namespace)
    path.parent.mkdir(parents=True, exist_ok=True)
    out.serialize(destination=str(path), format=fmt, encoding="utf-8")
    return path


def build(paths: Iterable[str | Path], store: str | Path | None = None,
          output: str | Path | None = None, *, progress: bool | None = None) -> BuildReport:
    """Build the graph of every article under paths into the store (and output file)."""
    if progress is None:
        progress = sys.stderr.isatty()
    documents = list(read_documents(paths))
    if output is not None:
        format_for(output)  # an unknown extension fails before any work is done
    report = BuildReport()
    graphs = graphs_for(extract(documents, progress=progress), report)
    with Store.open(store) as kg_store:
        report.triples = kg_store.add_graphs(graphs)
        report.store = kg_store.path
    if output is not None:
        report.output = write_graphs(graphs, Path(output))
    return report

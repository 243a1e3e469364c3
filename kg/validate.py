"""Check graphs against ontology/shapes.ttl with pySHACL and report why they fail.

Used by `kg validate` on files and stores, and by `kg build --validate` on every
document graph (off by default: it took about a third of a build); the ontology is
mixed in so class targets see the subclass hierarchy.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyshacl
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import SH

from kg.errors import InputError, ValidationError
from kg.events import RELATIONS
from kg.rdf import format_for, ontology_graph, shapes_graph
from kg.vocab import NKG


@dataclass
class ValidationReport:
    """Whether a graph conforms, and one line per violation (focus node, path, reason)."""

    conforms: bool
    messages: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _shapes_and_ontology() -> tuple[Graph, Graph]:
    return shapes_graph(), ontology_graph()


def _short(graph: Graph, node: object) -> str:
    """A node as a reader wants it: prefixed IRI, quoted literal, empty for None."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        return f'"{node}"'
    return node.n3(graph.namespace_manager)


def _messages(results: Graph, data: Graph) -> list[str]:
    """One sorted line per SHACL result: `focus path: message (value)`."""
    lines = set()
    for result in results.subjects(SH.resultSeverity, None):
        focus = results.value(result, SH.focusNode)
        where = " ".join(filter(None, (_short(data, focus),
                                       _short(data, results.value(result, SH.resultPath)))))
        text = str(results.value(result, SH.resultMessage) or "constraint violated")
        value = results.value(result, SH.value)
        shown = f" (value {_short(data, value)})" if value is not None and value != focus else ""
        lines.add(f"{where}: {text}{shown}")
    return sorted(lines)


def _graphs(graph: Graph) -> list[Graph]:
    """The graphs to check one by one: each non-empty graph of a dataset, or the graph."""
    if isinstance(graph, Dataset):
        return [g for g in graph.graphs() if len(g)]
    return [graph]


def _is_backed(graph: Graph, subject: object, relation: object, obj: object) -> bool:
    for event in graph.subjects(NKG.subjectEntity, subject):
        if ((event, NKG.relation, relation) in graph and (event, NKG.objectEntity, obj) in graph
                and (event, NKG.modality, NKG.Asserted) in graph):
            return True
    return False


def _unbacked_facts(graph: Graph) -> list[str]:
    """Direct relation triples with no nkg:Asserted event node (with evidence) behind them."""
    lines = []
    for named in _graphs(graph):
        for name in RELATIONS:
            for subject, obj in named.subject_objects(NKG[name]):
                if not _is_backed(named, subject, NKG[name], obj):
                    triple = " ".join(_short(graph, n) for n in (subject, NKG[name], obj))
                    lines.append(f"{triple}: a direct relation triple needs an nkg:Asserted "
                                 "event node with the same relation, subject and object")
    return lines


def validate(graph: Graph) -> ValidationReport:
    """Validate a graph (or each named graph of a Dataset) against the newskg shapes.

    Inference is "none": the ontology is mixed in for the class hierarchy, which is all
    the shapes need (rdfs inference costs about 7x the time for the same verdicts).
    """
    shapes, ontology = _shapes_and_ontology()
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes, ont_graph=ontology,
                                            inference="none", allow_warnings=False)
    if not isinstance(results, Graph):  # pyshacl's ValidationFailure: the shapes are broken
        raise ValidationError(f"ontology/shapes.ttl cannot be applied: {results}")
    messages = ([] if conforms else _messages(results, graph)) + _unbacked_facts(graph)
    return ValidationReport(not messages, sorted(messages))


def _parse(path: Path) -> Graph:
    spec = format_for(path)
    fmt = spec.rdflib
    graph: Graph = Dataset() if spec.quads else Graph()
    try:
        graph.parse(path, format=fmt)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read file ({exc.__class__.__name__}: {exc})") from exc
    except Exception as exc:  # rdflib raises many parser-specific exception types
        reason = " ".join(str(exc).split())[:200]
        raise InputError(f"{path}: not valid {fmt} ({reason}); fix the file or its extension") from exc
    if not len(graph):
        raise InputError(f"{path}: holds no triples, nothing to validate")
    return graph


def validate_file(path: str | Path) -> ValidationReport:
    """Parse an RDF file (format from its extension) and validate it."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    return validate(_parse(path))

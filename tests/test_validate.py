"""kg.validate: written graphs conform to ontology/shapes.ttl; broken ones say why."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD

from kg.errors import InputError
from kg.rdf import FORMATS, document_graph, entity_iri, event_iri, sentence_iri, to_dataset
from kg.validate import ValidationReport, validate, validate_file
from kg.vocab import NKG
from test_rdf import sample_facts


def _graph_and_event() -> tuple[Graph, object]:
    facts = sample_facts()[0]
    return document_graph(facts), facts.events[0]


def _assert_fails(graph: Graph, *needles: str) -> ValidationReport:
    report = validate(graph)
    assert not report.conforms
    text = "\n".join(report.messages)
    for needle in needles:
        assert needle in text, f"{needle!r} not in:\n{text}"
    return report


def test_written_document_graphs_conform() -> None:
    for facts in sample_facts():
        report = validate(document_graph(facts))
        assert report.conforms, report.messages
        assert report.messages == []


def test_written_dataset_conforms() -> None:
    report = validate(to_dataset(sample_facts()))
    assert report.conforms, report.messages


def test_event_without_evidence_and_confidence_out_of_range_fails() -> None:
    graph, event = _graph_and_event()
    node = event_iri(event)
    graph.remove((node, PROV.wasDerivedFrom, None))
    graph.set((node, NKG.confidence, Literal("1.5", datatype=XSD.decimal)))
    report = _assert_fails(graph, "prov:wasDerivedFrom", "nkg:confidence", "1.5",
                           "between 0 and 1", "evidence nkg:Sentence")
    assert all(str(node).split("/")[-1] in m for m in report.messages)


def test_broken_named_graph_in_a_dataset_fails() -> None:
    facts = sample_facts()
    dataset = to_dataset(facts)
    node = event_iri(facts[1].events[0])
    for graph in dataset.graphs():
        graph.remove((node, NKG.modality, None))
    _assert_fails(dataset, "nkg:modality")


def test_confidence_must_be_a_decimal() -> None:
    graph, event = _graph_and_event()
    graph.set((event_iri(event), NKG.confidence, Literal("high")))
    _assert_fails(graph, "nkg:confidence")


def test_event_date_must_be_an_xsd_date() -> None:
    graph, event = _graph_and_event()
    graph.set((event_iri(event), NKG.eventDate, Literal("last Monday")))
    _assert_fails(graph, "nkg:eventDate", "xsd:date")


def test_sentence_needs_offsets_text_and_document() -> None:
    graph, event = _graph_and_event()
    ev = event.evidence
    node = sentence_iri(ev.doc_id, ev.start, ev.end)
    graph.set((node, NKG.startOffset, Literal(-3)))
    graph.remove((node, RDF.value, None))
    graph.remove((node, DCTERMS.isPartOf, None))
    _assert_fails(graph, "nkg:startOffset", "non-negative", "rdf:value", "dcterms:isPartOf")


def test_start_offset_after_end_offset_fails() -> None:
    graph, event = _graph_and_event()
    ev = event.evidence
    graph.set((sentence_iri(ev.doc_id, ev.start, ev.end), NKG.startOffset, Literal(ev.end + 1)))
    _assert_fails(graph, "nkg:startOffset")


def test_entity_needs_exactly_one_label_and_an_ontology_type() -> None:
    graph, _ = _graph_and_event()
    isil = entity_iri("ISIL")
    graph.add((isil, RDFS.label, Literal("Islamic State")))
    graph.remove((entity_iri("Morocco"), RDF.type, None))
    report = _assert_fails(graph, "rdfs:label", "entity class")
    assert any("id:ISIL" in m for m in report.messages)
    assert any("id:Morocco" in m for m in report.messages)


def test_unknown_relation_and_modality_fail() -> None:
    graph, event = _graph_and_event()
    node = event_iri(event)
    graph.set((node, NKG.relation, RDFS.seeAlso))
    graph.set((node, NKG.modality, NKG.Asserted + "ly"))
    _assert_fails(graph, "nkg:relation", "nkg:modality")


def test_direct_triple_without_an_asserted_event_fails() -> None:
    graph, _ = _graph_and_event()
    graph.add((entity_iri("Libya Dawn"), NKG.controls, entity_iri("Tripoli")))
    report = _assert_fails(graph, "id:Libya_Dawn nkg:controls id:Tripoli", "nkg:Asserted")
    assert len(report.messages) == 1


def test_negated_event_does_not_back_a_direct_triple() -> None:
    graph, _ = _graph_and_event()
    graph.add((entity_iri("Libya Dawn"), NKG.alliedWith, entity_iri("ISIL")))  # negated event
    _assert_fails(graph, "id:Libya_Dawn nkg:alliedWith id:ISIL")


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_validate_file_reads_every_format(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"graph{suffix}"
    fmt = FORMATS[suffix]
    data = to_dataset(sample_facts()) if fmt.quads else document_graph(sample_facts()[0])
    data.serialize(destination=path, format=fmt.rdflib)
    report = validate_file(path)
    assert report.conforms, report.messages


def test_validate_file_reports_violations(tmp_path: Path) -> None:
    graph, event = _graph_and_event()
    graph.remove((event_iri(event), PROV.wasDerivedFrom, None))
    path = tmp_path / "broken.ttl"
    graph.serialize(destination=path, format="turtle")
    assert not validate_file(path).conforms


def test_validate_file_unparsable_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text("@prefix nkg: <https://w3id.org/newskg/ontology#> .\nnkg:a nkg:b \n",
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        validate_file(path)
    assert str(path) in str(info.value) and "turtle" in str(info.value)
    assert "\n" not in str(info.value)


def test_validate_file_binary_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.nt"
    path.write_bytes(b"\xff\xfe\x00\x01garbage\x00")
    with pytest.raises(InputError, match="bad.nt"):
        validate_file(path)


def test_validate_file_missing_or_unsupported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        validate_file(tmp_path / "absent.ttl")
    other = tmp_path / "graph.rdf"
    other.write_text("<a> <b> <c> .", encoding="utf-8")
    with pytest.raises(InputError, match=r"graph\.rdf.*\.ttl"):
        validate_file(other)


def test_validate_file_empty_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.trig"
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"empty\.trig: holds no triples"):
        validate_file(path)

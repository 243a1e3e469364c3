"""kg.rdf: IRIs, the per-document named graph of docs/model.md, datasets, format table."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.documents import Document
from kg.errors import InputError
from kg.events import ENTITY_TYPES, DocumentFacts, Entity, Evidence, RelationEvent
from kg.rdf import (FORMATS, document_graph, document_iri, entity_iri, event_iri, format_for,
                    ontology_graph, sentence_iri, shapes_graph, to_dataset)
from kg.vocab import EV, ID, NKG

ISIL = Entity("ISIL", "ArmedGroup", ("ISIL", "ISIS", "Islamic State"),
              ("http://www.wikidata.org/entity/Q2429253",))
MOROCCO = Entity("Morocco", "State", ("Moroccan",))
KOREA = Entity("South Korea", "State")
US = Entity("United States", "State", ("US", "Washington"))
LIBYA = Entity("Libya", "State")
LIBYA_DAWN = Entity("Libya Dawn", "ArmedGroup")
TRIPOLI = Entity("Tripoli", "City")

S1 = "Militants loyal to ISIL attacked the embassies of Morocco and South Korea in Tripoli."
S2 = "US allies Morocco and South Korea condemned the attacks."
S3 = "Libya Dawn is not affiliated with ISIL, a spokesman said."
S4 = "Morocco is hosting UN-backed talks between the rival factions fighting for Libya."
S5 = "Libya Dawn seized government buildings in the capital Tripoli last year."


def _doc_one() -> Document:
    text = " ".join([S1, S2, S3])
    return Document(id="libya-embassies", text=text, title="Embassies attacked in Tripoli",
                    date=dt.date(2015, 4, 13), url="https://example.org/news/libya embassies")


def _doc_two() -> Document:
    return Document(id="morocco talks", text=" ".join([S4, S5]), title="Talks in Morocco",
                    date=dt.date(2015, 4, 10))


def _evidence(doc: Document, sentence: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(doc.id, sentence, start, start + len(sentence))


def sample_facts() -> list[DocumentFacts]:
    """Two hand-made documents covering the four relations, a negated and an alliedWith
    written in both directions (Morocco-US once each way)."""
    one, two = _doc_one(), _doc_two()
    e1, e2, e3 = (_evidence(one, s) for s in (S1, S2, S3))
    e4, e5 = (_evidence(two, s) for s in (S4, S5))
    first = DocumentFacts(one, (ISIL, MOROCCO, KOREA, US, LIBYA_DAWN, TRIPOLI), (
        RelationEvent("attacked", ISIL, MOROCCO, e1, "attacked", "attacked.verb", 0.9,
                      date=dt.date(2015, 4, 12), place=TRIPOLI, cameo="183", plover="ASSAULT"),
        RelationEvent("attacked", ISIL, KOREA, e1, "attacked", "attacked.verb", 0.9,
                      date=dt.date(2015, 4, 12), place=TRIPOLI, cameo="183", plover="ASSAULT"),
        RelationEvent("alliedWith", MOROCCO, US, e2, "allies", "allied.appos", 0.8),
        RelationEvent("alliedWith", KOREA, US, e2, "allies", "allied.appos", 0.8),
        RelationEvent("alliedWith", LIBYA_DAWN, ISIL, e3, "affiliated", "allied.affiliated",
                      0.7, modality="negated"),
    ))
    second = DocumentFacts(two, (MOROCCO, LIBYA, LIBYA_DAWN, TRIPOLI, US), (
        RelationEvent("hostsTalks", MOROCCO, LIBYA, e4, "hosting", "talks.host", 0.85,
                      cameo="046", plover="CONSULT"),
        RelationEvent("controls", LIBYA_DAWN, TRIPOLI, e5, "seized", "controls.seize", 0.75),
        RelationEvent("alliedWith", US, MOROCCO, e4, "backed", "allied.backed", 0.6),
    ))
    return [first, second]


def test_entity_iris_are_stable_names_with_unsafe_characters_encoded() -> None:
    assert entity_iri("United States") == ID["United_States"]
    assert entity_iri("al-Qaeda") == ID["al-Qaeda"]
    assert entity_iri("Maarat al-Numan") == ID["Maarat_al-Numan"]
    assert entity_iri("Côte d'Ivoire") == ID["C%C3%B4te_d%27Ivoire"]
    assert entity_iri("A/B #1") == ID["A%2FB_%231"]
    assert entity_iri(" Morocco ") == ID["Morocco"]  # the name, not its padding
    assert entity_iri("Morocco") != entity_iri("morocco")  # names are case-sensitive


def test_document_and_sentence_iris() -> None:
    assert document_iri("libya 1") == URIRef("https://w3id.org/newskg/doc/libya%201")
    assert sentence_iri("libya 1", 10, 90) == URIRef(
        "https://w3id.org/newskg/doc/libya%201#char=10,90")


def test_event_iri_is_a_short_hash_that_tells_candidates_apart() -> None:
    event = sample_facts()[0].events[0]
    iri = event_iri(event)
    assert iri.startswith(str(EV)) and len(iri) == len(str(EV)) + 16
    other_reading = RelationEvent(event.relation, event.subject, event.object, event.evidence,
                                  "hit", "attacked.other_pattern", 0.3)
    assert event_iri(other_reading) == iri  # another pattern finding the same candidate: one node
    negated = RelationEvent(event.relation, event.subject, event.object, event.evidence,
                            modality="negated")
    assert event_iri(negated) != iri
    assert event_iri(sample_facts()[0].events[1]) != iri  # other object


def test_document_graph_holds_document_metadata() -> None:
    facts = sample_facts()[0]
    graph = document_graph(facts)
    doc = document_iri("libya-embassies")
    assert graph.identifier == doc
    assert (doc, RDF.type, NKG.Document) in graph
    assert (doc, DCTERMS.identifier, Literal("libya-embassies")) in graph
    assert (doc, DCTERMS.title, Literal("Embassies attacked in Tripoli")) in graph
    assert (doc, DCTERMS.date, Literal("2015-04-13", datatype=XSD.date)) in graph
    assert (doc, DCTERMS.source, URIRef("https://example.org/news/libya%20embassies")) in graph


def test_document_without_title_date_or_url_writes_only_what_is_known() -> None:
    doc = Document(id="bare", text=S5)
    graph = document_graph(DocumentFacts(doc, (LIBYA_DAWN,)))
    node = document_iri("bare")
    assert graph.value(node, DCTERMS.identifier) == Literal("bare")
    for prop in (DCTERMS.title, DCTERMS.date, DCTERMS.source):
        assert graph.value(node, prop) is None


def test_entities_have_class_label_altlabels_and_same_as() -> None:
    graph = document_graph(sample_facts()[0])
    isil = entity_iri("ISIL")
    assert set(graph.objects(isil, RDF.type)) == {NKG.ArmedGroup}
    assert list(graph.objects(isil, RDFS.label)) == [Literal("ISIL")]
    assert set(graph.objects(isil, SKOS.altLabel)) == {Literal("ISIS"), Literal("Islamic State")}
    assert (isil, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q2429253")) in graph
    assert (entity_iri("Tripoli"), RDF.type, NKG.City) in graph


@pytest.mark.parametrize("type_name", ENTITY_TYPES)
def test_every_entity_type_becomes_the_class_of_the_same_name(type_name: str) -> None:
    entity = Entity("Somewhere Named", type_name)
    graph = document_graph(DocumentFacts(Document(id="t", text="x"), (entity,)))
    assert (entity_iri("Somewhere Named"), RDF.type, NKG[type_name]) in graph


def test_entities_only_seen_in_events_are_written_too() -> None:
    one = _doc_one()
    event = RelationEvent("attacked", ISIL, KOREA, _evidence(one, S1), place=TRIPOLI)
    graph = document_graph(DocumentFacts(one, (), (event,)))
    for entity in (ISIL, KOREA, TRIPOLI):
        assert graph.value(entity_iri(entity.name), RDFS.label) == Literal(entity.name)


def test_event_node_carries_relation_modality_evidence_and_codes() -> None:
    facts = sample_facts()[0]
    graph = document_graph(facts)
    event = facts.events[0]
    node = event_iri(event)
    sentence = sentence_iri(event.evidence.doc_id, event.evidence.start, event.evidence.end)
    expected = {
        (RDF.type, NKG.Attack), (NKG.relation, NKG.attacked),
        (NKG.subjectEntity, entity_iri("ISIL")), (NKG.objectEntity, entity_iri("Morocco")),
        (NKG.modality, NKG.Asserted), (NKG.confidence, Literal(Decimal("0.9"))),
        (NKG.trigger, Literal("attacked")), (NKG.pattern, Literal("attacked.verb")),
        (NKG.cameoCode, Literal("183")), (NKG.ploverCode, Literal("ASSAULT")),
        (NKG.eventDate, Literal("2015-04-12", datatype=XSD.date)),
        (NKG.place, entity_iri("Tripoli")), (PROV.wasDerivedFrom, sentence),
        (DCTERMS.isPartOf, document_iri(facts.document.id)),
    }
    assert set(graph.predicate_objects(node)) == expected
    assert graph.value(node, NKG.confidence).datatype == XSD.decimal


def test_sentence_node_has_text_offsets_and_document() -> None:
    facts = sample_facts()[0]
    graph = document_graph(facts)
    evidence = facts.events[2].evidence
    node = sentence_iri(facts.document.id, evidence.start, evidence.end)
    assert (node, RDF.type, NKG.Sentence) in graph
    assert graph.value(node, RDF.value) == Literal(S2)
    assert graph.value(node, NKG.startOffset) == Literal(evidence.start)
    assert graph.value(node, NKG.endOffset).datatype == XSD.integer
    assert facts.document.text[evidence.start:evidence.end] == str(graph.value(node, RDF.value))
    assert graph.value(node, DCTERMS.isPartOf) == document_iri(facts.document.id)


@pytest.mark.parametrize("relation, cls", [("attacked", NKG.Attack), ("alliedWith", NKG.Alliance),
                                           ("hostsTalks", NKG.Talks), ("controls", NKG.Control)])
def test_event_class_per_relation(relation: str, cls: URIRef) -> None:
    one = _doc_one()
    event = RelationEvent(relation, MOROCCO, LIBYA, _evidence(one, S1))
    graph = document_graph(DocumentFacts(one, (), (event,)))
    assert (event_iri(event), RDF.type, cls) in graph


def test_direct_triple_only_for_asserted_events() -> None:
    graph = document_graph(sample_facts()[0])
    assert (entity_iri("ISIL"), NKG.attacked, entity_iri("Morocco")) in graph
    assert (entity_iri("Morocco"), NKG.alliedWith, entity_iri("United States")) in graph
    negated = [n for n in graph.subjects(NKG.modality, NKG.Negated)]
    assert len(negated) == 1
    assert graph.value(negated[0], NKG.subjectEntity) == entity_iri("Libya Dawn")
    assert (entity_iri("Libya Dawn"), NKG.alliedWith, entity_iri("ISIL")) not in graph
    assert (entity_iri("ISIL"), NKG.alliedWith, entity_iri("Libya Dawn")) not in graph


def test_dataset_has_one_named_graph_per_document() -> None:
    facts = sample_facts()
    dataset = to_dataset(facts)
    names = {g.identifier for g in dataset.graphs() if len(g)}
    assert names == {document_iri(f.document.id) for f in facts}
    for f in facts:
        assert isomorphic(dataset.graph(document_iri(f.document.id)), document_graph(f))


def test_dataset_rebuilding_a_document_replaces_its_graph() -> None:
    first, second = sample_facts()
    shorter = DocumentFacts(first.document, first.entities, first.events[:1])
    dataset = to_dataset([first, second, shorter])
    named = dataset.graph(document_iri(first.document.id))
    assert isomorphic(named, document_graph(shorter))
    assert (entity_iri("Morocco"), NKG.alliedWith, entity_iri("United States")) not in named


@pytest.mark.parametrize("fmt", ["turtle", "nt", "json-ld"])
def test_graph_round_trips(fmt: str) -> None:
    graph = document_graph(sample_facts()[0])
    parsed = Graph().parse(data=graph.serialize(format=fmt), format=fmt)
    assert len(parsed) == len(graph)
    assert isomorphic(parsed, graph)


@pytest.mark.parametrize("fmt", ["trig", "nquads", "json-ld"])
def test_dataset_round_trips(fmt: str) -> None:
    dataset = to_dataset(sample_facts())
    parsed = Dataset()
    parsed.parse(data=dataset.serialize(format=fmt), format=fmt)
    original = {g.identifier: g for g in dataset.graphs() if len(g)}
    reread = {g.identifier: g for g in parsed.graphs() if len(g)}
    assert set(reread) == set(original)
    for name, graph in original.items():
        assert isomorphic(reread[name], graph), name


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_format_for_each_supported_extension(suffix: str) -> None:
    """The one format table: what pyoxigraph writes for an extension, rdflib reads back
    under the name the table gives, with the named graphs when the format keeps them."""
    spec = format_for(f"out/graph{suffix}")
    assert format_for(f"GRAPH{suffix.upper()}") == spec
    quads = list(ox.parse(to_dataset(sample_facts()).serialize(format="nquads").encode("utf-8"),
                          format=ox.RdfFormat.N_QUADS))
    written = ox.serialize(quads if spec.quads else [q.triple for q in quads], format=spec.oxigraph)
    back = Dataset() if spec.quads else Graph()
    back.parse(data=written, format=spec.rdflib)
    named = {str(g.identifier) for g in back.graphs()} if spec.quads else set()
    assert len(back) > 0
    assert (len(named) >= 2) == spec.quads, named


@pytest.mark.parametrize("name", ["graph.rdf", "graph", "graph.ttl.bak"])
def test_format_for_unknown_extension_names_the_file_and_the_choices(name: str) -> None:
    with pytest.raises(InputError) as info:
        format_for(name)
    message = str(info.value)
    assert name in message and "\n" not in message
    assert all(suffix in message for suffix in FORMATS)


@pytest.mark.parametrize("command", ["build", "export", "validate"])
def test_the_cli_help_names_exactly_the_formats_of_the_table(command: str, capsys) -> None:
    """The help text lists the extensions by hand (the CLI imports no RDF library to
    start): it must name each one the table has, and no RDF extension it lacks."""
    import re

    from kg.cli import build_parser

    with pytest.raises(SystemExit):
        build_parser().parse_args([command, "--help"])
    named = set(re.findall(r"\.(?:ttl|nt|nq|trig|jsonld|rdf|owl|n3|xml|json)\b", capsys.readouterr().out))
    assert named == set(FORMATS), f"kg {command} --help names {sorted(named)}"


def test_ontology_and_shapes_load_from_the_repository() -> None:
    assert (None, RDF.type, OWL.Ontology) in ontology_graph()
    shapes = shapes_graph()
    assert len(shapes) > 50
    assert ontology_graph() is not ontology_graph()  # fresh graphs, safe to modify


def test_plain_string_iris_are_the_rdflib_namespaces() -> None:
    """kg.iris spells the namespaces without importing rdflib; they are the ones kg.vocab
    and kg.rdf bind, and rdflib's own for the standard vocabularies."""
    from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

    from kg import iris
    from kg.rdf import PREFIXES, document_iri
    from kg.vocab import DOC

    assert iris.PREFIXES == {name: str(namespace) for name, namespace in PREFIXES.items()}
    assert list(iris.PREFIXES) == list(PREFIXES)
    assert iris.STANDARD == {name: str(ns) for name, ns in (("rdf", RDF), ("rdfs", RDFS), ("skos", SKOS),
                             ("prov", PROV), ("dcterms", DCTERMS), ("owl", OWL), ("xsd", XSD))}
    assert iris.document_iri("a b/c") == str(document_iri("a b/c")) == str(DOC["a%20b%2Fc"])


def test_the_standard_terms_a_build_writes_are_rdflibs_own() -> None:
    """kg.rdf spells rdf:type, dcterms:date, ... as text so a build never imports rdflib:
    each is the term rdflib's closed namespaces define (a typo would be no term)."""
    import kg.rdf as rdf

    spelt = {rdf._TYPE: RDF.type, rdf._LABEL: RDFS.label, rdf._ALT_LABEL: SKOS.altLabel,
             rdf._SAME_AS: OWL.sameAs, rdf._VALUE: RDF.value, rdf._DERIVED_FROM: PROV.wasDerivedFrom,
             rdf._IDENTIFIER: DCTERMS.identifier, rdf._TITLE: DCTERMS.title, rdf._DATE: DCTERMS.date,
             rdf._SOURCE: DCTERMS.source, rdf._PART_OF: DCTERMS.isPartOf, rdf._XSD_DATE: XSD.date,
             rdf._XSD_DECIMAL: XSD.decimal, rdf._XSD_INTEGER: XSD.integer, rdf._XSD_STRING: XSD.string}
    for node, term in spelt.items():
        assert node.value == str(term)


def test_a_newskg_term_the_ontology_does_not_declare_fails() -> None:
    import kg.rdf as rdf

    assert rdf._nkg("contentHash").value == str(NKG.contentHash)
    with pytest.raises(AttributeError):
        rdf._nkg("contentHsah")


def test_a_build_imports_no_rdflib() -> None:
    """The build path (worker, store, extraction) writes pyoxigraph terms, a document's
    graph too (an event's modality): rdflib, about a tenth of a second to import, is left
    to validation, queries and tests."""
    import subprocess
    import sys

    code = ("import sys, kg.build, kg.runners, kg.worker, kg.relations.extract, kg.ontology, kg.rdf;"
            "from kg.documents import Document; from kg.events import *;"
            "d = Document(id='d', text='Aland attacked Bland.'); a, b = Entity('Aland', 'State'), Entity('Bland', 'State');"
            "e = RelationEvent('attacked', a, b, Evidence('d', d.text, 0, 21), 'attacked', 'p', 0.9, modality='threat');"
            "assert kg.rdf.ntriples_text(kg.rdf.document_triples(DocumentFacts(d, (a, b), (e,)))).count('Threat') == 1;"
            "kg.ontology.relation_kinds(); print(sorted(m for m in sys.modules if m.startswith('rdflib'))[:1])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

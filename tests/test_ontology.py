"""ontology/newskg.ttl and kg.vocab.NKG: the same terms, declared and documented."""
from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.events import ENTITY_TYPES, MODALITIES, RELATIONS
from kg.ontology import ONTOLOGY_DIR, kind, relation_kinds, symmetric_relations
from kg.rdf import modality_iri
from kg.relations.patterns import load_rules
from kg.vocab import NKG, ONTOLOGY_IRI

NKG_TERMS = [NKG[name] for name in NKG.__annotations__]
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, NKG.Modality}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "newskg.ttl", format="turtle")


def _declared(ontology: Graph) -> set[URIRef]:
    """Terms of the nkg namespace the ontology gives a class, property or modality type."""
    return {s for s, t in ontology.subject_objects(RDF.type)
            if isinstance(s, URIRef) and str(s).startswith(str(NKG._NS)) and t in DECLARATION_TYPES}


def test_ontology_parses_and_declares_itself(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, RDFS.comment) is not None


def test_every_vocab_term_is_declared_in_the_ontology(ontology: Graph) -> None:
    missing = sorted(set(NKG_TERMS) - _declared(ontology))
    assert not missing, f"declare in ontology/newskg.ttl: {missing}"


def test_every_ontology_term_is_in_the_vocab(ontology: Graph) -> None:
    extra = sorted(_declared(ontology) - set(NKG_TERMS))
    assert not extra, f"add to kg/vocab.py NKG: {extra}"
    mentioned = {t for t in ontology.all_nodes() if str(t).startswith(str(NKG._NS))}
    assert mentioned <= set(NKG_TERMS)


@pytest.mark.parametrize("term", NKG_TERMS, ids=lambda t: t.split("#")[-1])
def test_every_term_has_a_label_and_a_comment(ontology: Graph, term: URIRef) -> None:
    assert ontology.value(term, RDFS.label) is not None
    assert len(str(ontology.value(term, RDFS.comment) or "")) > 10


def test_vocab_rejects_typos() -> None:
    with pytest.raises(AttributeError):
        NKG.atacked  # noqa: B018


def test_the_four_relations_are_object_properties_and_alliedwith_is_symmetric(
        ontology: Graph) -> None:
    for name in RELATIONS:
        assert (NKG[name], RDF.type, OWL.ObjectProperty) in ontology
    assert (NKG.alliedWith, RDF.type, OWL.SymmetricProperty) in ontology
    for name in ("attacked", "hostsTalks", "controls"):
        assert (NKG[name], RDF.type, OWL.SymmetricProperty) not in ontology
    assert ontology.value(NKG.controls, RDFS.range) == NKG.Place


def _superclasses(ontology: Graph, cls: URIRef) -> set[URIRef]:
    return set(ontology.transitive_objects(cls, RDFS.subClassOf)) - {cls}


@pytest.mark.parametrize("type_name", ENTITY_TYPES)
def test_entity_types_are_actor_or_place_classes(ontology: Graph, type_name: str) -> None:
    cls = NKG[type_name]
    assert (cls, RDF.type, OWL.Class) in ontology
    assert cls == NKG.Place or _superclasses(ontology, cls) & {NKG.Actor, NKG.Place}


def test_state_is_both_actor_and_place(ontology: Graph) -> None:
    assert {NKG.Actor, NKG.Place} <= _superclasses(ontology, NKG.State)


def test_documents_and_events_are_provenance_entities(ontology: Graph) -> None:
    for cls in (NKG.Document, NKG.Sentence, NKG.RelationEvent):
        assert PROV.Entity in _superclasses(ontology, cls)


@pytest.mark.parametrize("relation", RELATIONS)
def test_event_classes_are_relation_events_with_code_families(
        ontology: Graph, relation: str) -> None:
    cls = kind(relation).event_class
    assert NKG.RelationEvent in _superclasses(ontology, cls)
    comment = str(ontology.value(cls, RDFS.comment))
    assert "CAMEO" in comment and "PLOVER" in comment and relation in comment
    cameo_part, plover_part = comment.split("CAMEO", 1)[1].split("PLOVER")
    families = set(re.findall(r"(?<!\d)(\d{2})(?!\d)", cameo_part))
    plover_types = set(re.findall(r"\b[A-Z]{3,}\b", plover_part))
    assert families and plover_types
    # the relation's default codes (ontology/relations.json) and every pattern's own codes
    codes = {(kind(relation).cameo, kind(relation).plover)} | {
        (p.cameo, p.plover) for rules in load_rules() if rules.relation == relation
        for p in rules.patterns.values()}
    for cameo, plover in codes:
        assert cameo[:2] in families, f"CAMEO {cameo} is of no family the class comment names"
        assert plover in plover_types, f"PLOVER {plover} is no type the class comment names"


@pytest.mark.parametrize("modality", MODALITIES)
def test_every_modality_is_an_individual(ontology: Graph, modality: str) -> None:
    assert (modality_iri(modality), RDF.type, NKG.Modality) in ontology


def test_what_a_relation_is_comes_from_the_ontology_and_its_table() -> None:
    """kg/ontology.py: symmetry, domain and range from newskg.ttl; the rest from relations.json."""
    kinds = relation_kinds()
    assert list(kinds) == list(RELATIONS)
    assert symmetric_relations() == {"alliedWith"}
    actors = {"State", "ArmedGroup", "Organisation", "Coalition", "Person"}
    assert kinds["controls"].subject_types == actors
    assert kinds["controls"].object_types == {"State", "City", "Region", "Facility", "Place"}
    assert kinds["alliedWith"].object_types == actors
    assert kinds["hostsTalks"].subject_types == actors | {"City"}  # owl:unionOf (Actor City)
    assert kinds["attacked"].object_types is None  # an actor, or the place hit
    assert kinds["hostsTalks"].label == "hosts talks" and kinds["attacked"].event_class == NKG.Attack


def test_a_city_hosts_talks_but_attacks_no_one() -> None:
    """The ontology's domains decide what extraction keeps: a city may host talks (its
    state is not named) but is no actor that attacks or holds a place."""
    from kg.documents import Document
    from kg.pipeline import load_nlp
    from kg.relations import extract_document

    def asserted(text: str) -> set[tuple[str, str]]:
        found = extract_document(load_nlp()(text), Document(id="t", text=text))
        return {(e.subject.type, e.relation) for e in found.events if e.asserted}

    assert ("City", "hostsTalks") in asserted("Geneva hosted talks between Armenia and Azerbaijan.")
    assert not any(t == "City" for t, _ in asserted("Geneva attacked Armenia on Monday."))


def test_the_graph_draws_symmetric_relations_without_arrows() -> None:
    """kg/palette.py holds how edges look; whether they point comes from the ontology."""
    from kg.palette import EDGE_STYLES
    from kg.viz import Drawn, _edge_record

    for name, relation in relation_kinds().items():
        assert name in EDGE_STYLES
        edge = Drawn("a", name, "b", [], [])
        assert (_edge_record(1, edge, 0)["arrows"] == "") == relation.symmetric, name
    assert relation_kinds()["attacked"].symmetric is False  # the twin: one that points

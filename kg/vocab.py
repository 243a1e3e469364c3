"""The newskg vocabulary as Python names, so a typo in a term fails at import, not in a query.

`NKG` mirrors ontology/newskg.ttl (tests/test_ontology.py keeps the two in step);
`ID`, `DOC` and `EV` are the namespaces entity, document and event IRIs are minted in.
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")


class NKG(DefinedNamespace):
    """Terms of the newskg ontology (https://w3id.org/newskg/ontology#)."""

    _fail = True
    _NS = Namespace("https://w3id.org/newskg/ontology#")

    # Entity classes
    Actor: URIRef
    State: URIRef
    ArmedGroup: URIRef
    Organisation: URIRef
    Coalition: URIRef
    Person: URIRef
    Place: URIRef
    City: URIRef
    Region: URIRef
    Facility: URIRef
    # Documents, sentences, events
    Document: URIRef
    Story: URIRef
    Sentence: URIRef
    RelationEvent: URIRef
    Attack: URIRef
    Alliance: URIRef
    Talks: URIRef
    Control: URIRef
    Modality: URIRef
    # The four relations
    attacked: URIRef
    alliedWith: URIRef
    hostsTalks: URIRef
    controls: URIRef
    # Event and sentence properties
    relation: URIRef
    subjectEntity: URIRef
    objectEntity: URIRef
    modality: URIRef
    confidence: URIRef
    trigger: URIRef
    pattern: URIRef
    cameoCode: URIRef
    ploverCode: URIRef
    eventDate: URIRef
    place: URIRef
    story: URIRef
    outlet: URIRef
    textSignature: URIRef
    startOffset: URIRef
    endOffset: URIRef
    # Document properties
    contentHash: URIRef
    # Modalities
    Asserted: URIRef
    Negated: URIRef
    Attempt: URIRef
    Threat: URIRef
    Condition: URIRef
    Future: URIRef
    Denied: URIRef
    Superseded: URIRef
    Question: URIRef


ID = Namespace("https://w3id.org/newskg/id/")
DOC = Namespace("https://w3id.org/newskg/doc/")
EV = Namespace("https://w3id.org/newskg/event/")
STORY = Namespace("https://w3id.org/newskg/story/")

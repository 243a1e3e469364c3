"""The newskg vocabulary as Python names, so a typo in a term fails at import, not in a query.

`NKG` mirrors ontology/newskg.ttl (tests/test_ontology.py keeps the two in step);
`ID`, `DOC` and `EV` are the namespaces entity, document and event IRIs are minted in.
"""
from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg import iris

ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")


class NKG(DefinedNamespace):
    """Terms of the newskg ontology (https://w3id.org/newskg/ontology#)."""

    _fail = True
    _NS = Namespace(iris.NKG)

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


ID = Namespace(iris.ID)
DOC = Namespace(iris.DOC)
EV = Namespace(iris.EV)
STORY = Namespace(iris.STORY)

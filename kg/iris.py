"""The IRI bases newskg mints in and the namespaces it writes prefixes for, as plain
strings, so that what only compares IRIs (a re-run that finds every document already
stored, `kg stats`) does not import rdflib; kg.vocab builds its namespaces from these."""
from __future__ import annotations

from urllib.parse import quote

NKG = "https://w3id.org/newskg/ontology#"
ID = "https://w3id.org/newskg/id/"
DOC = "https://w3id.org/newskg/doc/"
EV = "https://w3id.org/newskg/event/"
STORY = "https://w3id.org/newskg/story/"

#: Standard vocabularies written with a prefix (tests/test_rdf.py checks them against rdflib's).
STANDARD = {"rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "prov": "http://www.w3.org/ns/prov#",
            "dcterms": "http://purl.org/dc/terms/",
            "owl": "http://www.w3.org/2002/07/owl#",
            "xsd": "http://www.w3.org/2001/XMLSchema#"}

#: The prefixes newskg binds in the graphs it writes (kg.rdf.PREFIXES, as strings).
PREFIXES = {"nkg": NKG, "id": ID, "doc": DOC, "ev": EV, "story": STORY,
            **{name: STANDARD[name] for name in ("skos", "prov", "dcterms", "owl", "xsd")}}

#: Characters kept as they are in the local part of an IRI; the rest is percent-encoded.
SAFE = "-_.~"


def document_iri(doc_id: str) -> str:
    """The IRI of a document, which is also the IRI of its named graph."""
    return DOC + quote(doc_id, safe=SAFE)


def entity_iri(name: str) -> str:
    """The stable IRI of an entity: its canonical name, spaces as `_`, the rest percent-encoded."""
    return ID + quote(name.strip().replace(" ", "_"), safe=SAFE)


def sentence_iri(doc_id: str, start: int, end: int) -> str:
    """The IRI of a span of a document's text (RFC 5147 char offsets)."""
    return f"{document_iri(doc_id)}#char={start},{end}"

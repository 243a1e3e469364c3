"""Turtle the tests write by hand starts with the product's own prefixes (kg.rdf.PREFIXES),
so hand-made fixtures follow the namespaces the code writes."""
from __future__ import annotations

from rdflib.namespace import RDF, RDFS

from kg.rdf import PREFIXES

TURTLE_PREFIXES = "\n" + "".join(
    f"@prefix {name}: <{namespace}> .\n"
    for name, namespace in {**PREFIXES, "rdf": RDF, "rdfs": RDFS}.items())

"""newskg: news articles -> an RDF knowledge graph of attacked, alliedWith, hostsTalks, controls.

The public API, re-exported. (Imported eagerly: `kg.build` is both a module and the
function, and only an eager import keeps the name bound to the function.)
"""
from kg.build import BuildReport, build, extract
from kg.evaluate_corpus import evaluate_corpus
from kg.documents import Document, read_documents
from kg.errors import KgError
from kg.store import Store

__all__ = ["BuildReport", "Document", "KgError", "Store", "build", "evaluate_corpus", "extract",
           "read_documents"]

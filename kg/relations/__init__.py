"""Relation extraction: pattern files (data) run by one engine over parsed documents."""
from kg.relations.extract import extract_document

__all__ = ["extract_document"]

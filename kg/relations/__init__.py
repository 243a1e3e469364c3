"""Relation extraction: pattern files (data) run by one engine over parsed documents."""
from __future__ import annotations

__all__ = ["extract_document"]


def __getattr__(name: str):
    # Lazy, so that kg.entities can read kg.relations.lexicon without a circular import.
    if name == "extract_document":
        from kg.relations.extract import extract_document
        return extract_document
    raise AttributeError(name)

"""Relation extraction: pattern files (data) run by registered engines over parsed documents."""
from __future__ import annotations

from kg.relations.extract import extract_document

__all__ = ["extract_document"]

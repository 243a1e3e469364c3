"""newskg: news articles -> an RDF knowledge graph of attacked, alliedWith, hostsTalks, controls.

Re-exports the public API. Names load on first use, so importing `kg` (and running
`kg --help`) does not load spaCy.
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

#: Public name -> the module that defines it.
_EXPORTS = {
    "build": "kg.build",
    "extract": "kg.build",
    "BuildReport": "kg.build",
    "read_documents": "kg.documents",
    "Document": "kg.documents",
    "Store": "kg.store",
    "evaluate_corpus": "kg.corpus",
    "KgError": "kg.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(import_module(_EXPORTS[name]), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

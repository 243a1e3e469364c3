"""Word classes for the relation engine, read from lexicon.json (data a linguist can edit)."""
from __future__ import annotations

from kg.relations.schema import lexicon

__all__ = ["lexicon", "words"]


def words(name: str) -> frozenset[str]:
    """One word class; a KeyError names the class so a typo in a pattern file is caught."""
    try:
        return lexicon()[name]
    except KeyError:
        raise KeyError(f"no word class {name!r} in kg/relations/lexicon.json") from None

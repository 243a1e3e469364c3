"""Word classes shared by entity resolution and the relation engine (kg/lexicon.json,
data a linguist can edit): place, group and leader nouns, pronouns, title words,
support and speech verbs. Below both, so that relations read entities, never the reverse.
"""
from __future__ import annotations

import functools
from importlib import resources

from kg.datafiles import read_word_file


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Every word class in the shipped kg/lexicon.json, checked."""
    return read_word_file(resources.files("kg").joinpath("lexicon.json"), shipped=True)


@functools.cache
def words(name: str) -> frozenset[str]:
    """One word class; a KeyError names the class so a typo in code is caught (cached:
    extraction asks for one about a thousand times a document)."""
    try:
        return lexicon()[name]
    except KeyError:
        raise KeyError(f"no word class {name!r} in kg/lexicon.json") from None


@functools.cache
def any_of(*names: str) -> frozenset[str]:
    """The union of word classes, made once: per-token checks ask for it again and again."""
    return frozenset().union(*(words(name) for name in names))

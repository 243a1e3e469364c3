"""Word classes for the relation engine, read from lexicon.json (data a linguist can edit)."""
from __future__ import annotations

import functools
import json
from importlib import resources


@functools.lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Every word class in lexicon.json as a frozen set of lower-case lemmas."""
    raw = json.loads(resources.files("kg.relations").joinpath("lexicon.json").read_text("utf-8"))
    return {name: frozenset(words) for name, words in raw.items() if not name.startswith("_")}


def words(name: str) -> frozenset[str]:
    """One word class; a KeyError names the class so a typo in a pattern file is caught."""
    try:
        return lexicon()[name]
    except KeyError:
        raise KeyError(f"no word class {name!r} in kg/relations/lexicon.json") from None

"""The engines a pattern file may name in its "engine" field, each registered once by
the @engine decorator on the function that reads its matches.

An engine says which node names it reads (its roles) and which a pattern must have, so
that loading the pattern files can reject a pattern whose nodes the engine would not
find; no list of engine names is kept by hand.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: What an engine is: (pattern, nodes by name, resolver[, document record]) -> candidates.
EngineFunction = Callable[..., list[Any]]


@dataclass(frozen=True)
class Engine:
    """One registered engine: its name, its function and the nodes it reads."""

    name: str
    run: EngineFunction
    roles: frozenset[str]
    needs: frozenset[str]
    deferred: bool
    record: bool


#: Every engine, by the name pattern files use; filled by @engine when a module is imported.
ENGINES: dict[str, Engine] = {}


def engine(name: str | None = None, *, roles: tuple[str, ...] = (), needs: tuple[str, ...] = (),
           deferred: bool = False, record: bool = False) -> Callable[[EngineFunction], EngineFunction]:
    """Registers the decorated function as the engine `name` (default: its own name).

    roles: the node names it reads besides "trigger"; needs: those a pattern must have;
    deferred: it reads what the other engines found earlier in the document, so it runs
    after them; record: it takes the document's DocumentRecord (kg/relations/record.py)
    as a fourth argument, to write what later steps read or to read it.
    """
    def register(function: EngineFunction) -> EngineFunction:
        key = name or function.__name__
        if key in ENGINES:
            raise RuntimeError(f"engine {key!r} is registered twice")
        ENGINES[key] = Engine(key, function, frozenset(roles) | frozenset(needs) | {"trigger"},
                              frozenset(needs) | {"trigger"}, deferred, record)
        return function
    return register


def run_engine(pattern: Any, nodes: dict[str, Any], resolver: Any, record: Any) -> list[Any]:
    """Candidates for one match, by the engine the pattern names (with the document's
    record when the engine takes it)."""
    found = ENGINES[pattern.engine]
    return found.run(pattern, nodes, resolver, record) if found.record else found.run(pattern, nodes, resolver)

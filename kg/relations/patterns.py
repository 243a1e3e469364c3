"""Loads the relation pattern files (one JSON file a relation) into DependencyMatchers.

A pattern file holds word classes ("words"), and patterns: spaCy DependencyMatcher
dicts whose node names say the roles ("trigger", "subject", "object", ...). A value
"$NAME" stands for a word class of the file or of lexicon.json. Errors name the file
and the pattern id, so a linguist editing the data sees what to fix.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

from spacy.matcher import DependencyMatcher
from spacy.vocab import Vocab

from kg.events import RELATIONS
from kg.relations.lexicon import lexicon

ENGINES = ("default", "ally_noun", "coalition_member", "talks", "talks_venue", "owner_of_trigger",
           "reciprocal", "claim", "expel", "members", "delegations")
#: Engines that read what the rest of the document said, so they run after the others.
DEFERRED_ENGINES = ("claim",)


@dataclass(frozen=True)
class Pattern:
    """One rule: its id, the relation it gives, how sure it is and how to read its nodes."""

    id: str
    relation: str
    confidence: float
    engine: str
    nodes: tuple[str, ...]
    both_directions: bool
    cameo: str
    plover: str


@dataclass(frozen=True)
class RelationRules:
    """Everything read from one pattern file."""

    relation: str
    words: dict[str, frozenset[str]]
    patterns: dict[str, Pattern]
    raw: dict[str, list]


class PatternError(ValueError):
    """A pattern file that cannot be used; the message names the file and pattern id."""


def _substitute(value, words: dict[str, frozenset[str]], where: str):
    if isinstance(value, str) and value.startswith("$"):
        if value[1:] not in words:
            raise PatternError(f"{where}: unknown word class {value}")
        return sorted(words[value[1:]])
    if isinstance(value, dict):
        return {k: _substitute(v, words, where) for k, v in value.items()}
    if isinstance(value, list):
        return [_substitute(v, words, where) for v in value]
    return value


def _read_rules(name: str, text: str) -> RelationRules:
    where = f"kg/relations/patterns/{name}"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PatternError(f"{where}: not valid JSON: {exc}") from None
    relation = data.get("relation")
    if relation not in RELATIONS:
        raise PatternError(f"{where}: 'relation' must be one of {', '.join(RELATIONS)}")
    words = {**lexicon(), **{k: frozenset(v) for k, v in data.get("words", {}).items()}}
    patterns, raw = {}, {}
    for item in data.get("patterns", []):
        pid = item.get("id", "?")
        engine = item.get("engine", "default")
        if engine not in ENGINES:
            raise PatternError(f"{where} pattern {pid}: unknown engine {engine!r}")
        body = _substitute(item["pattern"], words, f"{where} pattern {pid}")
        nodes = tuple(node["RIGHT_ID"] for node in body)
        if "trigger" not in nodes:
            raise PatternError(f"{where} pattern {pid}: needs a node named 'trigger'")
        patterns[pid] = Pattern(pid, relation, float(item.get("confidence", 0.7)), engine, nodes,
                                bool(item.get("both_directions", False)),
                                str(item.get("cameo", data.get("cameo", ""))),
                                str(item.get("plover", data.get("plover", ""))))
        raw[pid] = body
    return RelationRules(relation, words, patterns, raw)


@functools.lru_cache(maxsize=1)
def load_rules() -> tuple[RelationRules, ...]:
    """Every pattern file shipped in kg/relations/patterns, in relation order."""
    folder = resources.files("kg.relations").joinpath("patterns")
    rules = [_read_rules(f.name, f.read_text("utf-8"))
             for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".json")]
    return tuple(sorted(rules, key=lambda r: RELATIONS.index(r.relation)))


def build_matcher(vocab: Vocab) -> tuple[DependencyMatcher, dict[str, Pattern]]:
    """One DependencyMatcher over every pattern; the map gives each match id's Pattern."""
    matcher = DependencyMatcher(vocab, validate=True)
    index: dict[str, Pattern] = {}
    for rules in load_rules():
        for pid, body in rules.raw.items():
            try:
                matcher.add(pid, [body])
            except ValueError as exc:
                raise PatternError(f"kg/relations/patterns/{rules.relation}.json pattern {pid}: "
                                   f"{str(exc).splitlines()[0]}") from None
            index[pid] = rules.patterns[pid]
    return matcher, index


@functools.lru_cache(maxsize=8)
def words_for(relation: str) -> dict[str, frozenset[str]]:
    """The word classes of one relation's pattern file (with lexicon.json's)."""
    for rules in load_rules():
        if rules.relation == relation:
            return rules.words
    return {}

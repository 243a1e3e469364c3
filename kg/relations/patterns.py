"""The pattern set: every pattern file, checked against its schema and against the engines
that will read it, compiled into one DependencyMatcher.

A pattern file holds word classes ("words"), and patterns: spaCy DependencyMatcher
dicts whose node names say the roles ("trigger", "subject", "object", ...). A value
"$NAME" stands for a word class of the file or of lexicon.json. Errors name the file,
the pattern id and the fix (kg/relations/schema.py), so a linguist editing the data
sees what to change.
"""
from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from spacy.matcher import DependencyMatcher
from spacy.vocab import Vocab

from kg.errors import PatternError
from kg.ontology import kind
from kg.relations import engines, talks  # noqa: F401 - importing them registers their engines
from kg.relations.registry import ENGINES, Engine
from kg.relations.schema import (NEAR_MISS, CheckedFile, Pattern, fail, pattern_folder,
                                 read_pattern_folder, substitute)

__all__ = ["Pattern", "PatternError", "RelationRules", "WordNeeds", "build_matcher",
           "build_pattern_matchers", "load_rules", "read_rules", "sentence_words", "word_needs"]


@dataclass(frozen=True)
class RelationRules:
    """Everything read from one pattern file."""

    relation: str
    words: dict[str, frozenset[str]]
    patterns: dict[str, Pattern]
    raw: dict[str, list]


def _rules(checked: CheckedFile, shipped: bool) -> RelationRules:
    rules, words, where = checked
    codes = kind(rules.relation)  # the relation's CAMEO and PLOVER codes, unless a pattern names finer ones
    patterns, raw = {}, {}
    for entry in rules.patterns:
        place = f"{where} pattern {entry.id}"
        engine = ENGINES.get(entry.engine)
        if engine is None:
            close = difflib.get_close_matches(entry.engine, list(ENGINES), n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"engines: {', '.join(sorted(ENGINES))}"
            raise fail(place, shipped, f"unknown engine {entry.engine!r}: {hint}")
        nodes = tuple(node.RIGHT_ID for node in entry.pattern)
        for name in nodes:
            problem = _node_problem(name, engine)
            if problem:
                raise fail(place, shipped, problem)
        missing = sorted(engine.needs - set(nodes))
        if missing:
            raise fail(place, shipped, f"engine {engine.name!r} needs a node named {missing[0]!r}")
        patterns[entry.id] = Pattern(entry.id, rules.relation, entry.confidence, entry.engine, nodes,
                                     entry.both_directions, entry.cameo or codes.cameo,
                                     entry.plover or codes.plover, entry.object_loses_place)
        raw[entry.id] = [substitute(node.model_dump(exclude_none=True), words) for node in entry.pattern]
    return RelationRules(rules.relation, words, patterns, raw)


def _node_problem(name: str, engine: Engine) -> str | None:
    """Why a node name cannot be right: a role of another engine, or so close to a role
    that it is a typo ("subjekt"). Other names are helper nodes the matcher alone reads
    ("trigger_prep", "agent")."""
    if name in engine.roles:
        return None
    known = sorted(engine.roles)
    if any(name in other.roles for other in ENGINES.values()):
        return (f"node {name!r} is a role engine {engine.name!r} does not read (it reads "
                f"{', '.join(known)}): rename the node or set another \"engine\"")
    close = difflib.get_close_matches(name, known, n=1, cutoff=NEAR_MISS)
    if close:
        return f"unknown node name {name!r}: did you mean {close[0]!r}?"
    return None


def read_rules(folder: Traversable, shipped: bool = False) -> tuple[RelationRules, ...]:
    """Every pattern file in a folder, checked, in relation order; a PatternError (exit 2)
    names the first defect."""
    return tuple(_rules(checked, shipped) for checked in read_pattern_folder(folder, shipped))


@functools.lru_cache(maxsize=1)
def load_rules() -> tuple[RelationRules, ...]:
    """Every pattern file shipped in kg/relations/patterns, in relation order."""
    return read_rules(pattern_folder(), shipped=True)


def deferred(pattern: Pattern) -> bool:
    """Whether the pattern's engine runs after the others (it reads what they found)."""
    return ENGINES[pattern.engine].deferred


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


#: Token attributes a node can require a word by.
_WORD_ATTRS = ("LEMMA", "LOWER", "ORTH", "TEXT")


@dataclass(frozen=True)
class WordNeeds:
    """The words a pattern needs in a sentence before it can match: for each of its nodes
    that requires a word, one of that node's words (by token attribute). Derived from
    the pattern data, so new patterns bring their own words."""

    needs: tuple[tuple[str, frozenset[str]], ...]

    def met_by(self, words: dict[str, set]) -> bool:
        """Whether a sentence whose words by attribute are `words` can match (words as
        strings, or as the vocabulary's hashes when `hashed` gave the needs)."""
        return all(not wanted.isdisjoint(words[attr]) for attr, wanted in self.needs)

    def hashed(self, strings) -> "WordNeeds":
        """The same needs as string-store hashes, to compare with `sentence_words` of
        `Doc.to_array` rows without making Token objects."""
        return WordNeeds(tuple((attr, frozenset(strings.add(w) for w in wanted))
                               for attr, wanted in self.needs))


def sentence_words(tokens) -> dict[str, set[str]]:
    """A sentence's words by attribute, for WordNeeds.met_by."""
    return {"LEMMA": {t.lemma_ for t in tokens}, "LOWER": {t.lower_ for t in tokens},
            "ORTH": {t.text for t in tokens}, "TEXT": {t.text for t in tokens}}


def _required_words(node: dict) -> tuple[str, frozenset[str]] | None:
    """(attribute, the words one of which the node needs), if it needs a word."""
    attrs = node.get("RIGHT_ATTRS", {})
    for name in _WORD_ATTRS:
        value = attrs.get(name)
        if isinstance(value, str):
            return name, frozenset([value])
        if isinstance(value, dict) and set(value) == {"IN"}:
            return name, frozenset(value["IN"])
    return None


def word_needs(body: list[dict]) -> WordNeeds:
    """What one pattern (its DependencyMatcher dicts) needs in a sentence."""
    return WordNeeds(tuple(words for node in body if (words := _required_words(node))))


def build_pattern_matchers(vocab: Vocab) -> list[tuple[Pattern, WordNeeds, DependencyMatcher]]:
    """One DependencyMatcher per pattern, in pattern order, with the words it needs, so a
    sentence goes only to the patterns whose words it has."""
    matchers = []
    for rules in load_rules():
        for pid, body in rules.raw.items():
            matcher = DependencyMatcher(vocab, validate=True)
            matcher.add(pid, [body])
            matchers.append((rules.patterns[pid], word_needs(body).hashed(vocab.strings),
                             matcher))
    return matchers

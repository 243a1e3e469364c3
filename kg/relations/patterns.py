"""The pattern set: every pattern file, checked against its schema and against the engines
that will read it, compiled into one matcher per pattern (kg/relations/treematch.py)
behind a prefilter.

A pattern file holds word classes ("words"), and patterns: spaCy DependencyMatcher
dicts whose node names say the roles ("trigger", "subject", "object", ...). A value
"$NAME" stands for a word class of the file or of lexicon.json. Errors name the file,
the pattern id and the fix (kg/relations/schema.py), so a linguist editing the data
sees what to change; a pattern spaCy's DependencyMatcher refuses fails on load too, not
on the first sentence that sends it there.
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from importlib.resources.abc import Traversable

from spacy.matcher import DependencyMatcher
from spacy.vocab import Vocab

from kg.cache import pickled
from kg.errors import PatternError
from kg.ontology import kind
from kg.relations import alliances, attacks, controls, default, talks  # noqa: F401 - importing them registers their engines
from kg.relations.registry import ENGINES, Engine
from kg.relations.schema import (NEAR_MISS, CheckedFile, Pattern, fail, read_pattern_folder,
                                 shipped_pattern_files, shipped_rules_key, substitute)
from kg.relations.treematch import ATTRIBUTE_COLUMNS, COLUMNS, TreePattern

__all__ = ["Pattern", "PatternError", "Prefilter", "RelationRules", "WordNeeds",
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
    spacy_matcher = DependencyMatcher(Vocab(), validate=True)
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
        try:  # spaCy's matcher takes every pattern the tree matcher cannot compile, and every
            spacy_matcher.add(entry.id, [raw[entry.id]])  # sentence the parse does not make one tree
        except (ValueError, re.error) as exc:
            raise fail(place, shipped, f"spaCy's DependencyMatcher refuses it: {str(exc).splitlines()[0]}") from None
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
    """Every pattern file shipped in kg/relations/patterns, in relation order (read and
    checked once per process: the files schema.words_for reads too; kept pickled between
    runs under the key of everything they are made from, as the checked files are)."""
    return pickled("pattern-rules", shipped_rules_key(),
                   lambda: tuple(_rules(checked, True) for checked in shipped_pattern_files()), tuple)


def deferred(pattern: Pattern) -> bool:
    """Whether the pattern's engine runs after the others (it reads what they found)."""
    return ENGINES[pattern.engine].deferred


#: Token attributes whose value a node can require (as a string or {"IN": [...]}), each
#: with the `Doc.to_array` column that holds it (TEXT is ORTH).
_NEED_ATTRS = ATTRIBUTE_COLUMNS


@dataclass(frozen=True)
class WordNeeds:
    """What a pattern needs in a sentence before it can match: for each of its nodes,
    one of the values each attribute it fixes allows (a lemma or word, a dependency
    label, a part of speech, a tag, an entity type), since some token of the sentence
    must carry them all. Derived from the pattern data, so new patterns bring their own.
    """

    needs: tuple[tuple[str, frozenset[str]], ...]

    def met_by(self, words: dict[str, set]) -> bool:
        """Whether a sentence whose values by attribute are `words` (`sentence_words`)
        can match."""
        return all(not wanted.isdisjoint(words[attr]) for attr, wanted in self.needs)


def sentence_words(tokens) -> dict[str, set[str]]:
    """A sentence's values by attribute, for WordNeeds.met_by."""
    return {"LEMMA": {t.lemma_ for t in tokens}, "LOWER": {t.lower_ for t in tokens},
            "ORTH": {t.text for t in tokens}, "TEXT": {t.text for t in tokens},
            "DEP": {t.dep_ for t in tokens}, "POS": {t.pos_ for t in tokens},
            "TAG": {t.tag_ for t in tokens}, "ENT_TYPE": {t.ent_type_ for t in tokens}}


def _required_values(node: dict) -> list[tuple[str, frozenset[str]]]:
    """(attribute, the values one of which the node's token must have) for each
    attribute the node fixes to a value or a list (not NOT_IN, regular expressions...)."""
    attrs = node.get("RIGHT_ATTRS", {})
    needs = []
    for name in _NEED_ATTRS:
        value = attrs.get(name)
        if isinstance(value, str):
            needs.append((name, frozenset([value])))
        elif isinstance(value, dict) and set(value) == {"IN"}:
            needs.append((name, frozenset(value["IN"])))
    return needs


def word_needs(body: list[dict]) -> WordNeeds:
    """What one pattern (its DependencyMatcher dicts) needs in a sentence."""
    return WordNeeds(tuple(need for node in body for need in _required_values(node)))


class Prefilter:
    """The patterns a sentence can match, found from its tokens' values (a DocTree's
    columns) without making Token objects: each distinct need is one id, an index maps
    each attribute value to the needs it meets, and a pattern is kept when every need
    of it is met. Each pattern is filed under one of its needs, a word's where it has
    one (the rarest kind), so a sentence checks only the patterns filed under a need it
    meets. Most sentences reach few or no patterns."""

    def __init__(self, entries: list[tuple[Pattern, WordNeeds, TreePattern]],
                 vocab: Vocab) -> None:
        from spacy.parts_of_speech import IDS

        self._index: list[dict[int, list[int]]] = [{} for _ in COLUMNS]
        ids: dict[tuple[str, frozenset[str]], int] = {}
        self._patterns = []
        self._filed: dict[int, list[int]] = {}  # need id -> the patterns filed under it
        self._unfiled: list[int] = []  # patterns that need nothing: every sentence is checked
        for pattern, needs, matcher in entries:
            wanted = set()
            for attr, values in needs.needs:
                key = (_NEED_ATTRS[attr], values)
                if key not in ids:
                    ids[key] = len(ids)
                    column = self._index[COLUMNS.index(key[0])]
                    for value in values:
                        code = IDS.get(value) if key[0] == "POS" else vocab.strings.add(value)
                        if code is not None:  # an unknown part of speech matches no token
                            column.setdefault(code, []).append(ids[key])
                wanted.add(ids[key])
            if needs.needs:
                attr, values = min(needs.needs, key=lambda need: (_FILING_ORDER.index(_NEED_ATTRS[need[0]]),
                                                                  len(need[1])))
                self._filed.setdefault(ids[(_NEED_ATTRS[attr], values)], []).append(len(self._patterns))
            else:
                self._unfiled.append(len(self._patterns))
            self._patterns.append((frozenset(wanted), pattern, matcher))
        #: Each column's indexed values as a set: a sentence's values are looked up in it
        #: (intersecting a set with the dict itself walks every key of the dict instead).
        self._values = [frozenset(index) for index in self._index]

    def patterns_for(self, columns: list[list[int]]) -> list[tuple[Pattern, TreePattern]]:
        """The patterns (with their matchers, in pattern order) whose needs one sentence
        meets, given its values column by column (`DocTree.values`)."""
        met: set[int] = set()
        for values, known, index in zip(columns, self._values, self._index):
            for value in known.intersection(values):
                met.update(index[value])
        filed = self._filed
        candidates = [n for need in met.intersection(filed) for n in filed[need]] + self._unfiled
        candidates.sort()
        patterns = self._patterns
        return [(patterns[n][1], patterns[n][2]) for n in candidates if patterns[n][0] <= met]


#: The columns a pattern is filed under, first preferred: words are rarer than tags,
#: entity types, dependency labels and parts of speech.
_FILING_ORDER = ("LEMMA", "LOWER", "ORTH", "TAG", "ENT_TYPE", "DEP", "POS")


def build_pattern_matchers(vocab: Vocab) -> Prefilter:
    """One compiled matcher per pattern, in pattern order, behind the prefilter that
    sends a sentence only to the patterns whose needs it meets."""
    matchers = []
    for rules in load_rules():
        for pid, body in rules.raw.items():
            matchers.append((rules.patterns[pid], word_needs(body), TreePattern(pid, body, vocab)))
    return Prefilter(matchers, vocab)

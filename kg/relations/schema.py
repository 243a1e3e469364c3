"""What a pattern or modality file may say, checked when it is read (kg/datafiles.py
checks word lists and lemma files the same way).

The files are data a linguist edits, so a typo must stop the program with one line that
names the file, the pattern id and the fix: an unknown or misspelt key, a missing or
mistyped value, a duplicate id, an unknown word class ("$NAME"), a node or token
attribute spaCy would not accept. pydantic holds the shape (as spaCy does for its own
patterns); the checks pydantic cannot express follow it in plain code.
"""
from __future__ import annotations

import difflib
import functools
import json
from importlib import resources
from importlib.resources.abc import Traversable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

import pydantic
import spacy
from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as SchemaViolation
from spacy.schemas import validate_token_pattern

from kg.cache import pickled, source_key
from kg.datafiles import check_words, fail, read_json, read_word_file, where_of
from kg.errors import PatternError
from kg.events import RELATIONS
from kg.hashing import extractor_fingerprint
from kg.lexicon import lexicon

#: Where the shipped data files live (inside the installed package).
PACKAGE = "kg.relations"
#: What the dependency matcher accepts as REL_OP (spaCy 3.x, see DependencyMatcher).
REL_OPS = (">", "<", ">>", "<<", ".", ".*", ";", ";*", "$+", "$-", "$++", "$--",
           ">+", ">-", ">++", ">--", "<+", "<-", "<++", "<--")
#: How close a helper node's name may come to a role's before it is taken for a typo
#: ("subjekt", "objects"): difflib's ratio, as in get_close_matches.
NEAR_MISS = 0.8
#: The cue classes modality.py reads; modality.json holds exactly these.
MODALITY_CLASSES = ("NEGATIVE_DETERMINERS", "CONDITIONAL_AUX", "FUTURE_AUX", "CONDITIONAL_MARKS",
                    "SUPERSEDED_MODIFIERS", "ATTEMPT", "PAST_IMPLICATIVE", "STRUGGLE", "THREAT", "DENIAL", "ACCUSE", "LOSS",
                    "REPORTING", "DIRECTIVE", "PURPOSE", "NOT_YET", "ENDING", "PREVENTION", "FALSITY",
                    "DENIED_THINGS", "FACTIVE_MARKS", "OCCURRENCE", "LOSS_IN_PREPS",
                    "SETTING_PREPS", "SEQUEL_PREPS", "AGREEMENT_VERBS", "HEDGE_ADVERBS", "HEDGE_WORDS", "CONDITIONAL_OPENERS",
                    "TERM_PREPS", "TERM_ADVERBS", "SCHEDULING", "OCCURRENCE_PASSIVES")


class _Strict(BaseModel):
    """No unknown keys, no silent conversions ("0.7" is not a number), read-only."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Node(_Strict):
    """One token of a DependencyMatcher pattern; the first has no LEFT_ID and REL_OP."""

    RIGHT_ID: str = Field(min_length=1)
    RIGHT_ATTRS: dict[str, Any]
    LEFT_ID: str | None = None
    REL_OP: Literal[REL_OPS] | None = None  # type: ignore[valid-type]


class PatternEntry(_Strict):
    """One rule of a pattern file."""

    id: str = Field(min_length=1)
    confidence: float = Field(gt=0, le=1)
    comment: str = Field(min_length=1)
    pattern: list[Node] = Field(min_length=1)
    engine: str = "default"
    both_directions: bool = False
    cameo: str | None = None
    plover: str | None = None
    object_loses_place: bool = False


class PatternFile(_Strict):
    """One relation's pattern file: its word classes and its rules."""

    relation: Literal[RELATIONS]  # type: ignore[valid-type]
    comment: str = ""
    words: dict[str, list[str]] = {}
    patterns: list[PatternEntry] = Field(min_length=1)


def _explain(error: dict, fields: tuple[str, ...]) -> str:
    """One pydantic error as the problem and its fix."""
    key = str(error["loc"][-1]) if error["loc"] else ""
    kind = error["type"]
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(key, fields, n=1)
        hint = f"did you mean {close[0]!r}?" if close else f"allowed keys: {', '.join(fields)}"
        return f"unknown key {key!r}: {hint}"
    if kind == "missing":
        return f"missing key {key!r}: add it"
    value = error.get("input")
    shown = json.dumps(value) if isinstance(value, (str, int, float, bool)) or value is None else type(value).__name__
    return f"{key!r} is {shown}: {error['msg'][0].lower()}{error['msg'][1:]}"


def _violation(exc: SchemaViolation, data: dict, where: str, shipped: bool) -> PatternError:
    """The first schema violation, said with the pattern id it is in."""
    errors = exc.errors()
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])  # a misspelt key
    loc = error["loc"]
    place, fields = where, tuple(PatternFile.model_fields)
    if len(loc) >= 2 and loc[0] == "patterns" and isinstance(loc[1], int):
        item = data["patterns"][loc[1]]
        pid = item.get("id", f"number {loc[1] + 1}") if isinstance(item, dict) else f"number {loc[1] + 1}"
        place, fields = f"{where} pattern {pid}", tuple(PatternEntry.model_fields)
        if len(loc) >= 4 and loc[2] == "pattern" and isinstance(loc[3], int):
            fields = tuple(Node.model_fields)
            place += f" node {loc[3] + 1}"
    elif len(loc) >= 2 and loc[0] == "words":
        place += f" word class {loc[1]}"
    return fail(place, shipped, _explain(error, fields))


@functools.lru_cache(maxsize=1)
def modality_cues() -> dict[str, frozenset[str]]:
    """The cue classes of the shipped modality.json, checked against what modality.py reads."""
    source = resources.files(PACKAGE).joinpath("modality.json")
    return read_word_file(source, shipped=True, required=MODALITY_CLASSES)



class CheckedFile(NamedTuple):
    """A pattern file that passed its checks, its word classes (with the lexicon's) and
    how messages name it."""

    rules: PatternFile
    words: dict[str, frozenset[str]]
    where: str


def read_pattern_file(source: Traversable, shipped: bool,
                      lexicon_words: dict[str, frozenset[str]]) -> CheckedFile:
    """One pattern file, checked: its shape, its ids, its word classes and its nodes."""
    where = where_of(source, shipped)
    data = read_json(source, where, shipped)
    try:
        rules = PatternFile.model_validate(data)
    except SchemaViolation as exc:
        raise _violation(exc, data, where, shipped) from None
    if source.name != f"{rules.relation}.json":
        raise fail(where, shipped, f"holds relation {rules.relation!r}: name the file {rules.relation}.json")
    check_words(rules.words, where, shipped)
    shadowed = sorted(set(rules.words) & set(lexicon_words))
    if shadowed:
        raise fail(where, shipped, f"word class {shadowed[0]} is also in lexicon.json: rename one")
    words = {**lexicon_words, **{k: frozenset(v) for k, v in rules.words.items()}}
    seen: set[str] = set()
    for entry in rules.patterns:
        place = f"{where} pattern {entry.id}"
        if not entry.id.startswith(f"{rules.relation}."):
            raise fail(place, shipped, f"an id starts with the relation: {rules.relation}.{entry.id}")
        if entry.id in seen:
            raise fail(place, shipped, "this id is used twice; give one of them another id")
        seen.add(entry.id)
        _check_nodes(entry, words, place, shipped)
    return CheckedFile(rules, words, where)


def _check_nodes(entry: PatternEntry, words: dict[str, frozenset[str]], place: str, shipped: bool) -> None:
    names: list[str] = []
    for number, node in enumerate(entry.pattern, 1):
        at = f"{place} node {node.RIGHT_ID!r}"
        if node.RIGHT_ID in names:
            raise fail(at, shipped, "two nodes have this name; rename one")
        if number == 1 and (node.LEFT_ID or node.REL_OP):
            raise fail(at, shipped, "the first node is the anchor: it has no LEFT_ID or REL_OP")
        if number > 1 and (node.LEFT_ID is None or node.REL_OP is None):
            raise fail(at, shipped, "needs LEFT_ID and REL_OP (which node it hangs from, and how)")
        if node.LEFT_ID is not None and node.LEFT_ID not in names:
            raise fail(at, shipped, f"LEFT_ID {node.LEFT_ID!r} names no earlier node "
                                    f"(earlier: {', '.join(names)})")
        names.append(node.RIGHT_ID)
        unknown = _unknown_class(node.RIGHT_ATTRS, words)
        if unknown:
            close = difflib.get_close_matches(unknown, list(words), n=1)
            hint = f"did you mean ${close[0]}?" if close else "define it under \"words\" or in lexicon.json"
            raise fail(at, shipped, f"unknown word class ${unknown}: {hint}")
        problems = validate_token_pattern([substitute(node.RIGHT_ATTRS, words)])
        if problems:
            raise fail(at, shipped, f"RIGHT_ATTRS: {problems[0]}")


def _unknown_class(value: Any, words: dict[str, frozenset[str]]) -> str | None:
    if isinstance(value, str) and value.startswith("$"):
        return None if value[1:] in words else value[1:]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            found = _unknown_class(item, words)
            if found:
                return found
    return None


def substitute(value: Any, words: dict[str, frozenset[str]]) -> Any:
    """The pattern with every "$NAME" replaced by the sorted lemmas of that class."""
    if isinstance(value, str) and value.startswith("$") and value[1:].isidentifier():  # not REL_OP "$++"
        return sorted(words[value[1:]])
    if isinstance(value, dict):
        return {k: substitute(v, words) for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, words) for v in value]
    return value


@dataclass(frozen=True)
class Pattern:
    """One rule as the engines read it: its id, the relation it gives, how sure it is,
    which engine reads it and the names of its nodes, in match order."""

    id: str
    relation: str
    confidence: float
    engine: str
    nodes: tuple[str, ...]
    both_directions: bool
    cameo: str
    plover: str
    object_loses_place: bool


def pattern_folder() -> Traversable:
    """The folder of the shipped pattern files."""
    return resources.files(PACKAGE).joinpath("patterns")


def read_pattern_folder(folder: Traversable, shipped: bool) -> tuple[CheckedFile, ...]:
    """Every *.json pattern file of a folder, checked, in relation order. Ids start with
    the relation and files are named for it, so no id is in two files."""
    files = [read_pattern_file(f, shipped, lexicon())
             for f in sorted(folder.iterdir(), key=lambda f: f.name) if f.name.endswith(".json")]
    return tuple(sorted(files, key=lambda f: RELATIONS.index(f.rules.relation)))


@functools.lru_cache(maxsize=1)
def shipped_pattern_files() -> tuple[CheckedFile, ...]:
    """The shipped pattern files, checked (once per process, and kept pickled between
    runs under a key of every file their reading depends on)."""
    return pickled("pattern-files", shipped_rules_key(),
                   lambda: read_pattern_folder(pattern_folder(), shipped=True), tuple)


@functools.lru_cache(maxsize=1)
def shipped_rules_key() -> str:
    """A key of what the shipped pattern files' checked form and compiled rules are made
    from: the extractor's code and data files (its fingerprint, which the content hashes
    use too) and the versions of spaCy and pydantic, whose checks they pass."""
    versions = f"spacy {spacy.__version__} pydantic {pydantic.VERSION}".encode()
    return source_key([versions, extractor_fingerprint().encode()])


@functools.lru_cache(maxsize=8)
def words_for(relation: str) -> dict[str, frozenset[str]]:
    """The word classes of one relation's shipped pattern file (with lexicon.json's)."""
    for checked in shipped_pattern_files():
        if checked.rules.relation == relation:
            return checked.words
    return dict(lexicon())

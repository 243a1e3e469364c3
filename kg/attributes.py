"""The model's attribute rules (part of speech, morphology and lemma exceptions by tag and
word), applied with the result of spaCy's `attribute_ruler` at a fraction of its cost.

spaCy's ruler runs its Matcher, every one of its ~180 patterns against every token: about
a sixth of the whole parse. The rules' patterns are plain tests of a few token attributes,
so each distinct combination of those attributes is tested once and remembered; the
matches are then applied exactly as spaCy applies them (in rule order, later rules over
earlier ones). Rules this module cannot read that way keep spaCy's own ruler.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

#: Token attributes a pattern may test here, and where `Doc.to_array` reads them.
_ATTRIBUTES = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
_STRING_ATTRIBUTES = ("TAG", "LOWER", "DEP")

#: Distinct tokens (attribute combinations) remembered at most; then forgotten, so that
#: memory stays flat over a large corpus.
MEMORY = 100_000

#: One token's values of _ATTRIBUTES, in that order (strings, and IS_SPACE as a bool).
Values = tuple
Test = Callable[[Values], bool]


def _value_test(position: int, name: str, wanted: object) -> Test | None:
    """A test of one attribute as spaCy's Matcher makes it (equality, IN, NOT_IN, REGEX
    searched), or None for anything else (operators, other predicates)."""
    string = name in _STRING_ATTRIBUTES
    if (isinstance(wanted, str) and string) or (isinstance(wanted, bool) and not string):
        return lambda values: values[position] == wanted
    if not isinstance(wanted, dict) or len(wanted) != 1 or not string:
        return None
    (predicate, argument), = wanted.items()
    if predicate == "IN" and isinstance(argument, list):
        members = frozenset(argument)
        return lambda values: values[position] in members
    if predicate == "NOT_IN" and isinstance(argument, list):
        members = frozenset(argument)
        return lambda values: values[position] not in members
    if predicate == "REGEX" and isinstance(argument, str):
        regex = re.compile(argument)
        return lambda values: regex.search(values[position]) is not None
    return None


def _token_test(spec: dict) -> Test | None:
    """The test one token of a pattern makes, or None when it cannot be read here."""
    names = list(_ATTRIBUTES)
    tests = []
    for name, wanted in spec.items():
        test = _value_test(names.index(name), name, wanted) if name in _ATTRIBUTES else None
        if test is None:
            return None
        tests.append(test)
    return lambda values: all(test(values) for test in tests)


def _anchors(spec: dict) -> list[tuple[int, str]] | None:
    """(position in Values, value) pairs one of which a token must have to pass the test
    of `spec`: from its TAG, else its LOWER, when that is a value or an IN list; None
    when neither is (then every token is tried)."""
    for name in ("TAG", "LOWER"):
        wanted = spec.get(name)
        if isinstance(wanted, str):
            return [(list(_ATTRIBUTES).index(name), wanted)]
        if isinstance(wanted, dict) and isinstance(wanted.get("IN"), list) and len(wanted) == 1:
            return [(list(_ATTRIBUTES).index(name), value) for value in wanted["IN"]]
    return None


@dataclass(frozen=True)
class _Pattern:
    """One pattern of a rule: a test per token, and the rule it belongs to."""

    rule: int
    tests: tuple[Test, ...]


class AttributeRules:
    """Sets the attributes spaCy's attribute_ruler sets, with the same rules."""

    def __init__(self, patterns: Sequence[tuple[_Pattern, list[tuple[int, str]] | None]],
                 attrs: Sequence[dict], indices: Sequence[int]) -> None:
        #: (position, value) -> the patterns whose first token needs that value; and the
        #: patterns whose first token needs no one value (tried on every token).
        self._anchored: dict[tuple[int, str], list[_Pattern]] = {}
        self._unanchored: list[_Pattern] = []
        for pattern, anchors in patterns:
            if anchors is None:
                self._unanchored.append(pattern)
            for anchor in anchors or ():
                self._anchored.setdefault(anchor, []).append(pattern)
        self._attrs = attrs
        self._indices = indices
        #: A token's row of attribute hashes -> its values and the patterns starting there.
        self._seen: dict[tuple[int, ...], tuple[Values, tuple[_Pattern, ...]]] = {}

    @classmethod
    def of(cls, ruler: AttributeRuler) -> AttributeRules | None:
        """The same rules as spaCy's `ruler`, or None if a pattern cannot be read here or a
        rule's target token may lie outside one of its patterns."""
        patterns = []
        for rule, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                tests = [_token_test(spec) for spec in pattern]
                if not pattern or None in tests or not -len(pattern) <= entry["index"] < len(pattern):
                    return None
                patterns.append((_Pattern(rule, tuple(tests)), _anchors(pattern[0])))
        return cls(patterns, list(ruler.attrs), list(ruler.indices))

    def __call__(self, doc: Doc) -> Doc:
        """Apply every rule whose pattern matches, in rule order, as spaCy's ruler does
        (all matches are found before any attribute is set)."""
        rows = doc.to_array(list(_ATTRIBUTES.values())).tolist() if len(doc) else []
        tokens = [self._token(tuple(row), doc.vocab.strings) for row in rows]
        for rule, start, end in sorted(self._matches(tokens)):
            index = self._indices[rule]
            set_token_attrs(doc[start + index if index >= 0 else end + index], self._attrs[rule])
        return doc

    def _token(self, row: tuple[int, ...], strings) -> tuple[Values, tuple[_Pattern, ...]]:
        """A token's values and the patterns whose first test they pass (worked out once
        per distinct row: IS_SPACE is 0 or 1, the rest string hashes)."""
        known = self._seen.get(row)
        if known is None:
            if len(self._seen) >= MEMORY:
                self._seen.clear()
            values = (strings[row[0]], strings[row[1]], strings[row[2]], bool(row[3]))
            candidates = [*self._anchored.get((0, values[0]), ()),
                          *self._anchored.get((1, values[1]), ()), *self._unanchored]
            known = values, tuple(p for p in candidates if p.tests[0](values))
            self._seen[row] = known
        return known

    def _matches(self, tokens: list[tuple[Values, tuple[_Pattern, ...]]]) -> list[tuple[int, int, int]]:
        """(rule, start, end) of every pattern matching at every token."""
        found = []
        for start, (_, starting) in enumerate(tokens):
            for pattern in starting:
                end = start + len(pattern.tests)
                if end <= len(tokens) and all(test(tokens[i][0]) for i, test in
                                              enumerate(pattern.tests[1:], start + 1)):
                    found.append((pattern.rule, start, end))
        return found

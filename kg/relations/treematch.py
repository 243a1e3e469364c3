"""Dependency patterns matched over a parsed document's arrays.

A pattern file's DependencyMatcher dicts are compiled once into token tests and links
to a parent node, and find the same matches, in the same order, as spaCy's
DependencyMatcher run on each sentence: that matcher builds a token Matcher, calls a
Python predicate per token and list value, and makes Token objects on every call, which
made it most of the extraction's time. A pattern with a token attribute or predicate
compiled here does not read, and a sentence the parse does not make one tree, go to
spaCy's matcher instead, so any pattern spaCy accepts still matches.
"""
from __future__ import annotations

import functools
from collections.abc import Callable

import numpy
from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

#: Token attributes a compiled node test reads, each with the `Doc.to_array` column that
#: holds it (TEXT is ORTH).
ATTRIBUTE_COLUMNS = {"LEMMA": "LEMMA", "LOWER": "LOWER", "ORTH": "ORTH", "TEXT": "ORTH",
                     "DEP": "DEP", "POS": "POS", "TAG": "TAG", "ENT_TYPE": "ENT_TYPE"}
#: The columns, in the order a DocTree holds them.
COLUMNS = tuple(sorted(set(ATTRIBUTE_COLUMNS.values())))

#: One attribute's test: (column index in COLUMNS, the value ids, whether a token's value
#: must be among them (a value or "IN") or must not ("NOT_IN")).
Test = tuple[int, frozenset[int], bool]


class DocTree:
    """One parsed document as plain lists, read once: each column's values, each token's
    head and children (in text order)."""

    def __init__(self, doc: Doc) -> None:
        array = doc.to_array(["HEAD", *COLUMNS])
        self.doc = doc
        self.columns: list[list[int]] = array[:, 1:].T.tolist()
        self.heads: list[int] = (numpy.arange(len(doc)) + array[:, 0].astype(numpy.int64)).tolist()
        self.children: list[list[int]] = [[] for _ in range(len(doc))]
        for i, head in enumerate(self.heads):
            if head != i:
                self.children[head].append(i)
        self._whole: tuple | None = None
        self._trees: dict[int, bool] = {}  # sentence start -> one_tree

    def values(self, sent: Span) -> list[list[int]]:
        """One sentence's values, column by column (for the prefilter)."""
        return [column[sent.start:sent.end] for column in self.columns]

    def one_tree(self, start: int, end: int) -> bool:
        """Whether tokens start..end form one dependency tree with no head outside."""
        if start not in self._trees:
            heads = self.heads[start:end]
            self._trees[start] = all(start <= h < end for h in heads) and \
                sum(h == i for i, h in enumerate(heads, start)) == 1
        return self._trees[start]

    def sentence_doc(self, sent: Span) -> Doc:
        """The sentence as a Doc of its own, for spaCy's matcher (the document's arrays
        made once for every sentence's copy)."""
        if self._whole is None:
            head = self.doc._get_array_attrs()
            self._whole = (head, self.doc.to_array(head))
        copy = sent.as_doc(array_head=self._whole[0], array=self._whole[1])
        # as_doc shares the document's hook dicts: a hook giving the document's sentences
        # (kg.relations.extract.sentences_indexed) would answer for the copy's tokens wrongly
        copy.user_hooks, copy.user_token_hooks, copy.user_span_hooks = {}, {}, {}
        return copy

    def descendants(self, i: int) -> list[int]:
        """Every token under token i in the tree."""
        found, todo = [], list(self.children[i])
        while todo:
            j = todo.pop()
            found.append(j)
            todo.extend(self.children[j])
        return found

    def ancestors(self, i: int) -> list[int]:
        """Every token above token i, up to the root."""
        found = []
        while self.heads[i] != i:
            i = self.heads[i]
            found.append(i)
        return found


#: What each REL_OP relates a node at position p to in sentence start..end of a tree,
#: as spaCy's DependencyMatcher defines them (a root counts as its own head, as there).
OPERATORS: dict[str, Callable[[DocTree, int, int, int], list[int]]] = {
    "<": lambda t, p, s, e: [] if t.heads[p] == p else [t.heads[p]],
    ">": lambda t, p, s, e: t.children[p],
    "<<": lambda t, p, s, e: t.ancestors(p),
    ">>": lambda t, p, s, e: t.descendants(p),
    ".": lambda t, p, s, e: [p + 1] if p + 1 < e else [],
    ".*": lambda t, p, s, e: list(range(p + 1, e)),
    ";": lambda t, p, s, e: [p - 1] if p - 1 >= s else [],
    ";*": lambda t, p, s, e: list(range(s, p)),
    "$+": lambda t, p, s, e: [c for c in t.children[t.heads[p]] if c == p + 1],
    "$-": lambda t, p, s, e: [c for c in t.children[t.heads[p]] if c == p - 1],
    "$++": lambda t, p, s, e: [c for c in t.children[t.heads[p]] if c > p],
    "$--": lambda t, p, s, e: [c for c in t.children[t.heads[p]] if c < p],
    ">+": lambda t, p, s, e: [c for c in t.children[p] if c == p + 1],
    ">-": lambda t, p, s, e: [c for c in t.children[p] if c == p - 1],
    ">++": lambda t, p, s, e: [c for c in t.children[p] if c > p],
    ">--": lambda t, p, s, e: [c for c in t.children[p] if c < p],
    "<+": lambda t, p, s, e: [t.heads[p]] if t.heads[p] == p + 1 else [],
    "<-": lambda t, p, s, e: [t.heads[p]] if t.heads[p] == p - 1 else [],
    "<++": lambda t, p, s, e: [t.heads[p]] if t.heads[p] > p else [],
    "<--": lambda t, p, s, e: [t.heads[p]] if t.heads[p] < p else [],
}


def _test(attr: str, value: object) -> Test | None:
    """One RIGHT_ATTRS entry as a Test, or None when it is not one compiled here."""
    column = ATTRIBUTE_COLUMNS.get(attr.upper())
    if column is None:
        return None
    if isinstance(value, str):
        return COLUMNS.index(column), frozenset([get_string_id(value)]), True
    if isinstance(value, dict) and len(value) == 1:
        (predicate, values), = value.items()
        if predicate in ("IN", "NOT_IN") and isinstance(values, list) and \
                all(isinstance(v, str) for v in values):
            return COLUMNS.index(column), frozenset(map(get_string_id, values)), predicate == "IN"
    return None


def _node_tests(body: list[dict]) -> tuple[tuple[Test, ...], ...] | None:
    """Each node's tests, or None when some node says what no Test can."""
    nodes = []
    for node in body:
        tests = [_test(attr, value) for attr, value in node.get("RIGHT_ATTRS", {}).items()]
        if None in tests:
            return None
        nodes.append(tuple(tests))
    return tuple(nodes)


class TreePattern:
    """One DependencyMatcher pattern, compiled: the tests of its nodes, each later node's
    parent node and operator; spaCy's own matcher for what the compiled form cannot do."""

    def __init__(self, key: str, body: list[dict], vocab: Vocab) -> None:
        self.key, self.body, self.vocab = key, body, vocab
        ids = {node.get("RIGHT_ID"): n for n, node in enumerate(body)}
        self.links = tuple((ids[node.get("LEFT_ID")], node.get("REL_OP")) for node in body[1:])
        self.tests = _node_tests(body) if all(op in OPERATORS for _, op in self.links) else None

    def __call__(self, tree: DocTree, sent: Span) -> list[list[int]]:
        """The token indices (into the document) of every match in one sentence, node by
        node, in the order spaCy's DependencyMatcher gives them."""
        if self.tests is None or not tree.one_tree(sent.start, sent.end):
            return [[sent.start + i for i in ids] for _, ids in self._spacy(tree.sentence_doc(sent))]
        found: list[list[int]] = []
        for i in self._anchors(tree, sent.start, sent.end):
            self._extend(tree, sent.start, sent.end, [i], found)
        return found

    def _anchors(self, tree: DocTree, start: int, end: int) -> list[int]:
        """The tokens of start..end that meet the first node's tests, in text order (the
        first test read over the sentence in one pass, as most tokens fail it)."""
        if not self.tests[0]:
            return list(range(start, end))
        (column, values, inside), rest = self.tests[0][0], self.tests[0][1:]
        cells = tree.columns[column]
        return [i for i in range(start, end) if (cells[i] in values) is inside and
                all((tree.columns[c][i] in v) is keep for c, v, keep in rest)]

    def _extend(self, tree: DocTree, start: int, end: int, chosen: list[int],
                found: list[list[int]]) -> None:
        """Every way to give the next nodes tokens, in text order, the first nodes fixed:
        the valid ones of the product of candidates spaCy's matcher goes through."""
        if len(chosen) == len(self.tests):
            found.append(list(chosen))
            return
        parent, op = self.links[len(chosen) - 1]
        for i in sorted(OPERATORS[op](tree, chosen[parent], start, end)):
            if start <= i < end and self._passes(tree, len(chosen), i):
                self._extend(tree, start, end, chosen + [i], found)

    def _passes(self, tree: DocTree, node: int, i: int) -> bool:
        """Whether token i meets every test of the node."""
        return all((tree.columns[column][i] in values) is inside
                   for column, values, inside in self.tests[node])

    @functools.cached_property
    def _spacy(self) -> DependencyMatcher:
        matcher = DependencyMatcher(self.vocab, validate=True)
        matcher.add(self.key, [self.body])
        return matcher

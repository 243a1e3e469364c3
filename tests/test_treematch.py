"""The compiled dependency matcher finds what spaCy's DependencyMatcher finds, in the
same order: for every REL_OP, for value, IN and NOT_IN tests, and (through spaCy's own
matcher) for a token attribute it does not compile."""
from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from kg.pipeline import load_nlp
from kg.relations.schema import REL_OPS
from kg.relations.treematch import DocTree, TreePattern

SENTENCES = ("Rebel fighters shelled the northern town of Kalo on Monday, and the army "
             "retook two villages near the river.",
             "The coalition, which the two states backed, said its troops would not "
             "leave the port until talks began.",
             "Government forces and allied militias attacked positions held by the "
             "insurgents in the east.")


@pytest.fixture(scope="module")
def docs():
    nlp = load_nlp()
    return [nlp(text) for text in SENTENCES]


def _spacy_matches(body: list[dict], doc) -> list[list[int]]:
    """What spaCy's DependencyMatcher finds on each sentence of doc (as a Doc of its own)."""
    matcher = DependencyMatcher(doc.vocab)
    matcher.add("p", [body])
    return [[sent.start + i for i in ids] for sent in doc.sents for _, ids in matcher(sent.as_doc())]


def _compiled_matches(body: list[dict], doc) -> list[list[int]]:
    pattern = TreePattern("p", body, doc.vocab)
    tree = DocTree(doc)
    return [ids for sent in doc.sents for ids in pattern(tree, sent)]


@pytest.mark.parametrize("op", REL_OPS)
def test_every_operator_matches_as_spacy_does(docs, op: str) -> None:
    body = [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "NOUN", "AUX"]}}},
            {"LEFT_ID": "a", "REL_OP": op, "RIGHT_ID": "b", "RIGHT_ATTRS": {"DEP": {"NOT_IN": ["punct"]}}}]
    assert TreePattern("p", body, docs[0].vocab).tests is not None  # compiled, not spaCy's
    found = [_compiled_matches(body, doc) for doc in docs]
    assert found == [_spacy_matches(body, doc) for doc in docs]
    if op in (">", "<", ">>", "<<", ".", ";"):
        assert any(found), "the sentences give this operator matches to compare"


def test_three_nodes_with_words_match_as_spacy_does(docs) -> None:
    body = [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["shell", "attack", "retake"]}}},
            {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "subject", "RIGHT_ATTRS": {"DEP": "nsubj"}},
            {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "dobj"}}]
    found = [_compiled_matches(body, doc) for doc in docs]
    assert found == [_spacy_matches(body, doc) for doc in docs]
    assert sum(map(len, found)) == 3


def test_an_attribute_not_compiled_goes_to_spacys_matcher(docs) -> None:
    """LENGTH is no compiled test: the pattern still matches, by spaCy's own matcher."""
    body = [{"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"LENGTH": {">=": 5}}}]
    assert TreePattern("p", body, docs[0].vocab).tests is None
    found = [_compiled_matches(body, doc) for doc in docs]
    assert found == [_spacy_matches(body, doc) for doc in docs] and any(found)

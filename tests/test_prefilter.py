"""The matcher prefilter: a sentence reaches a pattern only when it has the words the
pattern's nodes need (derived from the pattern files), and that finds exactly the
matches, in the same order, of one DependencyMatcher over the whole document."""
from __future__ import annotations

import pytest
from spacy.matcher import DependencyMatcher

from cli_support import REPO
from kg.documents import read_documents
from kg.pipeline import load_nlp
from kg.relations.extract import _matches
from kg.relations.patterns import deferred, load_rules, sentence_words, word_needs


def _one_matcher(vocab):
    """spaCy's DependencyMatcher over every pattern (the reference), and each match id's Pattern."""
    matcher = DependencyMatcher(vocab, validate=True)
    index = {}
    for rules in load_rules():
        for pid, body in rules.raw.items():
            matcher.add(pid, [body])
            index[pid] = rules.patterns[pid]
    return matcher, index


def _ordered(matches):
    ordered = sorted(matches, key=lambda item: (deferred(item[0]), min(item[1])))
    return [(pattern.id, list(ids)) for pattern, ids in ordered]


@pytest.fixture(scope="module")
def parsed():
    nlp = load_nlp()
    return list(nlp.pipe(d.text for d in read_documents([REPO / "examples"])))


def test_prefiltered_matches_equal_one_matcher_over_the_document(parsed) -> None:
    matcher, index = _one_matcher(load_nlp().vocab)
    total = 0
    for doc in parsed:
        whole = [(index[doc.vocab.strings[key]], ids) for key, ids in matcher(doc)]
        assert _ordered(_matches(doc)) == _ordered(whole)
        total += len(whole)
    assert total > 20  # the examples do match: the comparison is not of two empty lists


def test_needs_come_from_the_pattern_data() -> None:
    body = [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["shell", "bomb"]},
                                                    "POS": "VERB"}},
            {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "subject",
             "RIGHT_ATTRS": {"DEP": "nsubj"}},
            {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "prep",
             "RIGHT_ATTRS": {"LOWER": "across"}}]
    needs = word_needs(body)
    nlp = load_nlp()
    has = sentence_words(nlp("Artillery units shelled positions across the river."))
    lacks_prep = sentence_words(nlp("Artillery units shelled positions near the river."))
    lacks_trigger = sentence_words(nlp("Artillery units moved across the river."))
    assert needs.met_by(has)
    assert not needs.met_by(lacks_prep) and not needs.met_by(lacks_trigger)


def test_needs_include_dependency_labels_and_parts_of_speech() -> None:
    """A pattern that names no word still needs its labels: 'the X Alliance - A, B and
    C' needs an apposition with a conjunct, which most sentences lack."""
    body = [{"RIGHT_ID": "subject", "RIGHT_ATTRS": {"POS": "PROPN"}},
            {"LEFT_ID": "subject", "REL_OP": ">", "RIGHT_ID": "trigger",
             "RIGHT_ATTRS": {"DEP": "appos", "POS": "PROPN"}}]
    needs = word_needs(body)
    assert ("DEP", frozenset({"appos"})) in needs.needs
    nlp = load_nlp()
    assert needs.met_by(sentence_words(nlp("Kenya's president, William Ruto, spoke.")))
    assert not needs.met_by(sentence_words(nlp("The president spoke on Monday.")))

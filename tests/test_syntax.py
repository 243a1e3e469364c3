"""Reading the dependency tree (kg.syntax), on hand-made parses."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.syntax import first_conjunct

#: "Rebels seized and held the bridge": "held" hangs on "seized" as its conjunct.
WORDS = ["Rebels", "seized", "and", "held", "the", "bridge"]
HEADS = [1, 1, 1, 1, 5, 1]
DEPS = ["nsubj", "ROOT", "cc", "conj", "det", "dobj"]


def test_a_conjunct_leads_to_the_first_word_of_its_coordination():
    doc = Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS)
    assert first_conjunct(doc[3]).text == "seized"


def test_a_word_that_is_no_conjunct_is_its_own_first():
    doc = Doc(Vocab(), words=WORDS, heads=HEADS, deps=DEPS)
    assert first_conjunct(doc[1]).text == "seized"
    assert first_conjunct(doc[5]).text == "bridge"

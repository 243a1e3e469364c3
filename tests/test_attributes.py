"""The model's attribute rules applied by kg.attributes: the attributes spaCy's
attribute_ruler sets, token for token."""
from __future__ import annotations

import pytest
import spacy
from spacy.attrs import LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from kg.attributes import AttributeRules
from kg.pipeline import installed_model, load_nlp

#: Made-up sentences touching the rule kinds: tags alone, a tag with a word ("its", "had"),
#: two-token rules ("gonna"), a dependency ("you" as an object), "there is", spaces.
SENTENCES = [
    "The Testland army had shelled its own border posts on Monday, officials said.",
    "They're gonna tell you there is nothing left , and we've got ta wait  for them.",
    "He can't say whether Testish troops will leave; she said it wasn't hers.",
    "Y'all ain't seen him give us anything yet.\n\nThere were 42 of them.",
]
ATTRIBUTES = [POS, TAG, LEMMA, MORPH]


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(installed_model())


def _before_rules(nlp, text):
    """The parse of `text` as the attribute rules find it."""
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        return nlp(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_sets_what_spacys_attribute_ruler_sets(nlp, text):
    stock = nlp.get_pipe("attribute_ruler")
    expected = stock(_before_rules(nlp, text)).to_array(ATTRIBUTES)
    ours = AttributeRules.of(stock)(_before_rules(nlp, text)).to_array(ATTRIBUTES)
    assert (ours == expected).all()


def test_the_rules_change_the_parse(nlp):
    """The twin: without the rules the same attributes differ (POS comes from them)."""
    text = SENTENCES[0]
    before = _before_rules(nlp, text).to_array(ATTRIBUTES)
    after = AttributeRules.of(nlp.get_pipe("attribute_ruler"))(_before_rules(nlp, text))
    assert (after.to_array(ATTRIBUTES) != before).any()


def test_the_pipeline_applies_them_in_the_rulers_place():
    names = load_nlp().pipe_names
    assert "attribute_ruler" not in names
    assert names.index("parser") < names.index("newskg_attribute_rules") < names.index("lemmatizer")


def _ruler(nlp, pattern):
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([pattern], {"POS": "NOUN"})
    return ruler


def test_a_rule_it_cannot_read_keeps_spacys_ruler(nlp):
    assert AttributeRules.of(_ruler(nlp, [{"LOWER": "word", "OP": "+"}])) is None


def test_a_rule_it_can_read_is_taken(nlp):
    """The twin: the same test without the operator is read."""
    rules = AttributeRules.of(_ruler(nlp, [{"LOWER": "word"}]))
    assert [t.pos_ for t in rules(nlp.make_doc("a word"))] == ["", "NOUN"]

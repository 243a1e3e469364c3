"""The spaCy pipeline: model resolution, line-break boundaries, the gazetteer ruler."""
from __future__ import annotations

import subprocess
import sys

import pytest

from kg.errors import ModelError
from kg.pipeline import MODEL_ENV, load_nlp, installed_model, parse_texts, unwrap_lines


def test_resolves_an_installed_english_model():
    import spacy

    assert spacy.util.is_package(installed_model())


def test_unknown_model_is_a_one_line_error(monkeypatch):
    monkeypatch.setenv(MODEL_ENV, "en_core_web_nonexistent")
    with pytest.raises(ModelError, match="en_core_web_nonexistent.*not installed"):
        installed_model()


def test_cli_reports_a_missing_model_without_traceback(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Headline\nMay 1, 2020\n\nRebels attacked the town.\n", encoding="utf-8")
    env = {**__import__("os").environ, MODEL_ENV: "en_core_web_nonexistent"}
    done = subprocess.run([sys.executable, "-m", "kg", "build", str(article), "--store", str(tmp_path / "s")],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 3
    assert len(done.stderr.strip().splitlines()) == 1
    assert "en_core_web_nonexistent" in done.stderr and "Traceback" not in done.stderr


def test_headline_and_dateline_are_sentences_of_their_own():
    doc = load_nlp()("Rebels seize town\nMarch 3, 2021\n\nThe army said it would respond.")
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[0] == "Rebels seize town"
    assert sentences[1] == "March 3, 2021"


def test_ruler_names_what_the_small_model_misses():
    doc = load_nlp()("ISIL and Libya Dawn fighters clashed near the UAE embassy.")
    ids = {ent.ent_id_ for ent in doc.ents}
    assert {"ISIL", "Libya Dawn", "United Arab Emirates"} <= ids


WRAPPED = ("Rebels seize town\n2016-10-30\n\nThe rebels shelled our camp at dawn and after\nshort clashes we moved "
           "to the village of\nKarota, an officer\nsaid. The police in the northern\nTalvera district held.\nThe end.")


def test_soft_line_breaks_of_a_hard_wrapped_body_are_read_as_spaces():
    unwrapped = unwrap_lines(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert "after short" in unwrapped and "of Karota" in unwrapped and "officer said" in unwrapped
    assert "northern Talvera" in unwrapped  # three sure breaks: the body is hard-wrapped
    assert unwrapped.startswith("Rebels seize town\n2016-10-30\n\n")  # headline and date stay lines
    assert "held.\nThe end." in unwrapped  # a line ending a sentence stays a break


def test_a_line_before_a_capital_stays_a_break_in_a_body_not_hard_wrapped():
    text = "Rebels seize town\n2016-10-30\n\nThe rebels attacked the town.\nDeadly war\nThe war went on."
    assert unwrap_lines(text) == text  # "Deadly war" is a subheading, not a wrapped line
    assert "officer said" in unwrap_lines(WRAPPED)


def test_a_hard_wrapped_sentence_parses_as_one_and_keeps_every_offset():
    (doc, _), = parse_texts(load_nlp(), [(WRAPPED, None)])
    assert doc.text == unwrap_lines(WRAPPED)
    assert any(s.text.startswith("The rebels shelled our camp") and "short clashes" in s.text for s in doc.sents)



def test_a_hyphen_after_an_abbreviations_period_splits_the_name_off():
    # "U.S.-backed" as "US-backed"; a period not ending a capital's abbreviation keeps its word
    tokens = [t.text for t in load_nlp().tokenizer("The U.S.-backed and U.N.-led forces met at 5 p.m.-ish.")]
    assert tokens[1:4] == ["U.S.", "-", "backed"] and tokens[5:8] == ["U.N.", "-", "led"], tokens
    assert "p.m.-ish" in tokens, tokens


def test_the_tokenizer_is_the_models_saved_one_with_the_abbreviation_infix():
    # made once from the language's rules and affixes (not loaded three times): the same
    # exceptions, prefixes, suffixes and URL match as the model saved, the infixes plus one
    import spacy
    from kg.pipeline import ABBREVIATION_HYPHEN

    nlp, saved = load_nlp(), spacy.load(installed_model()).tokenizer
    assert {k: v for k, v in nlp.tokenizer.rules.items() if k in saved.rules} == saved.rules
    assert all(" " in k or "-" in k for k in set(nlp.tokenizer.rules) - set(saved.rules))  # join_compounds'
    for attribute in ("prefix_search", "suffix_search", "url_match"):
        assert getattr(nlp.tokenizer, attribute).__self__.pattern == getattr(saved, attribute).__self__.pattern
    infixes = spacy.util.compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).pattern
    assert nlp.tokenizer.infix_finditer.__self__.pattern == infixes


def test_a_compound_written_as_two_words_is_the_one_word():
    # "cease-fire", "a cease fire": one token with the closed spelling's lemma, not "fire"
    nlp = load_nlp()
    for word in ("Cease-fire", "cease fire", "ceasefire"):
        assert [(t.text, t.lemma_) for t in nlp(f"The {word} held.")][1] == (word, "ceasefire"), word
    assert [t.text for t in nlp("The fire spread.")][1] == "fire"


def test_a_model_saved_with_tokenizer_rules_of_its_own_keeps_them(tmp_path):
    import spacy
    from spacy.symbols import ORTH
    from kg.pipeline import tokenizer_as_saved

    model = spacy.load(installed_model())
    model.tokenizer.add_special_case("Foo-bar", [{ORTH: "Foo"}, {ORTH: "-bar"}])
    model.to_disk(tmp_path / "model")
    nlp = load_nlp(str(tmp_path / "model"))
    assert [t.text for t in nlp.tokenizer("Foo-bar met the U.S.-backed envoy.")][:5] == \
        ["Foo", "-bar", "met", "the", "U.S."]
    model.tokenizer.add_special_case("Baz-qux", [{ORTH: "Baz"}, {ORTH: "-qux"}])
    assert not tokenizer_as_saved(model)  # rules unlike the saved ones

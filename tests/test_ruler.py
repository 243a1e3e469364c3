"""The gazetteer's entity ruler: the entities spaCy's entity_ruler sets, from cached tokens."""
from __future__ import annotations

import json
import pickle
import tempfile
from pathlib import Path

import pytest
import spacy

from kg.pipeline import installed_model
from kg.ruler import CACHE_ENV, GazetteerRuler, cache_folder, phrase_tokens

PATTERNS = [{"label": "GPE", "pattern": "Testland", "id": "Testland"},
            {"label": "GPE", "pattern": "New Testland", "id": "New Testland"},
            {"label": "GPE", "pattern": "New Testland City", "id": "New Testland City"},
            {"label": "ORG", "pattern": "Testland Front", "id": "Testland Front"},
            {"label": "ORG", "pattern": "U.T.F.", "id": "Testland Front"},
            {"label": "NORP", "pattern": "Testish", "id": "Testland"},
            {"label": "GPE", "pattern": "Port-au-Test", "id": "Port-au-Test"}]
SENTENCE = ("The Testland Front (U.T.F.) said New Testland City and New Testland would join "
            "Testland, Testish troops near Port-au-Test and New Testland Front lines said.")


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(installed_model())


@pytest.fixture(autouse=True)
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def entities(doc):
    return [(e.start, e.end, e.label_, e.ent_id_) for e in doc.ents]


def test_tags_what_spacys_entity_ruler_tags(nlp):
    spacy_ruler = spacy.blank("en", vocab=nlp.vocab)
    spacy_ruler.tokenizer = nlp.tokenizer
    spacy_ruler.add_pipe("entity_ruler", config={"overwrite_ents": True,
                                                 "phrase_matcher_attr": "ORTH"}).add_patterns(PATTERNS)
    expected = entities(spacy_ruler(SENTENCE))
    # the longest match wins, then the earliest ("New Testland| Front")
    assert [e[3] for e in expected] == ["Testland Front", "Testland Front", "New Testland City",
                                        "New Testland", "Testland", "Testland", "Port-au-Test",
                                        "New Testland"]
    assert entities(GazetteerRuler(nlp, PATTERNS)(nlp.make_doc(SENTENCE))) == expected


def test_the_longest_name_wins_over_the_names_inside_it(nlp):
    doc = GazetteerRuler(nlp, PATTERNS)(nlp.make_doc("They left New Testland City."))
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("New Testland City", "New Testland City")]


def test_a_name_alone_is_tagged_with_its_own_id(nlp):
    doc = GazetteerRuler(nlp, PATTERNS)(nlp.make_doc("They left Testland."))
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [("Testland", "GPE", "Testland")]


def test_a_ruler_made_again_reads_its_trie_from_the_cache_and_tags_the_same(nlp, own_cache):
    fresh = GazetteerRuler(nlp, PATTERNS)
    [cached] = own_cache.glob("ruler-trie-*.pickle")
    again = GazetteerRuler(nlp, PATTERNS)
    assert again._trie == fresh._trie
    assert entities(again(nlp.make_doc(SENTENCE))) == entities(fresh(nlp.make_doc(SENTENCE)))
    cached.write_bytes(pickle.dumps(({}, ())))  # read, not made again: an empty trie tags nothing
    assert entities(GazetteerRuler(nlp, PATTERNS)(nlp.make_doc(SENTENCE))) == []
    cached.unlink()  # the twin: other ids are another trie, in a file of their own
    other = GazetteerRuler(nlp, [{**p, "id": "Elsewhere"} for p in PATTERNS])
    assert {e[3] for e in entities(other(nlp.make_doc(SENTENCE)))} == {"Elsewhere"}
    assert len(list(own_cache.glob("ruler-trie-*.pickle"))) == 1


def test_a_trie_for_new_phrases_drops_the_older_cache_file(nlp, own_cache):
    GazetteerRuler(nlp, PATTERNS)
    [older] = own_cache.glob("ruler-trie-*.pickle")
    GazetteerRuler(nlp, PATTERNS[:-1])
    [newest] = own_cache.glob("ruler-trie-*.pickle")
    assert newest != older
    written = newest.stat()  # the twin: the same phrases read the newest file, left as it is
    GazetteerRuler(nlp, PATTERNS[:-1])
    assert list(own_cache.glob("ruler-trie-*.pickle")) == [newest]
    assert (newest.stat().st_ino, newest.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)


def test_tokens_come_from_the_cache_once_written(nlp, own_cache):
    texts = [p["pattern"] for p in PATTERNS]
    tokens = phrase_tokens(nlp, texts)
    assert tokens[-1] == ["Port", "-", "au", "-", "Test"]
    [cached] = own_cache.glob("phrases-*.json")
    assert json.loads(cached.read_text(encoding="utf-8")) == tokens
    cached.write_text(json.dumps([["Other"]] * len(texts)), encoding="utf-8")
    assert phrase_tokens(nlp, texts) == [["Other"]] * len(texts)


def test_a_broken_cache_file_is_tokenised_again(nlp, own_cache):
    texts = [p["pattern"] for p in PATTERNS]
    tokens = phrase_tokens(nlp, texts)
    [cached] = own_cache.glob("phrases-*.json")
    cached.write_text('[["New", "Test', encoding="utf-8")
    assert phrase_tokens(nlp, texts) == tokens
    assert json.loads(cached.read_text(encoding="utf-8")) == tokens


def test_other_phrases_get_their_own_cache_file_which_drops_the_older_one(nlp, own_cache):
    phrase_tokens(nlp, ["Testland"])
    [older] = own_cache.glob("phrases-*.json")
    phrase_tokens(nlp, ["Testland", "New Testland"])
    [newest] = own_cache.glob("phrases-*.json")
    assert newest != older
    written = newest.stat()  # the twin: the same phrases read the newest file, left as it is
    assert phrase_tokens(nlp, ["Testland", "New Testland"]) == [["Testland"], ["New", "Testland"]]
    assert list(own_cache.glob("phrases-*.json")) == [newest]
    assert (newest.stat().st_ino, newest.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)


def test_an_unwritable_cache_folder_still_gives_the_tokens(nlp, tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert phrase_tokens(nlp, ["New Testland"]) == [["New", "Testland"]]


def _no_home(cls) -> Path:
    raise RuntimeError("Could not determine home directory.")  # what pathlib raises


def test_with_no_home_folder_the_cache_is_in_the_temporary_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(_no_home))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert cache_folder() == tmp_path / "newskg"


def test_with_a_home_folder_the_cache_is_under_it(monkeypatch, tmp_path):
    monkeypatch.delenv(CACHE_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    assert cache_folder() == tmp_path / ".cache" / "newskg"


@pytest.mark.parametrize("text", ["Saraya\u2019at Testland fighters left.", "Saraya'at Testland fighters left."])
def test_a_curly_apostrophe_matches_the_straight_one(nlp, text):
    """A name typeset with a curly apostrophe is the name the gazetteer writes straight."""
    ruler = GazetteerRuler(nlp, [{"label": "ORG", "pattern": "Saraya'at Testland", "id": "Saraya'at Testland"}])
    assert [(e.text, e.ent_id_) for e in ruler(nlp(text)).ents] == [(text.split(" fighters")[0], "Saraya'at Testland")]

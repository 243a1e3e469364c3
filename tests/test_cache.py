"""Data kept pickled between runs (kg.cache): built once per key, loaded after, rebuilt
when the file is not a whole pickle of the kind wanted; the gazetteer, pattern files and
rules loaded from it are the ones read from the data files."""
from __future__ import annotations

import os
import pickle

import pytest

from kg import gazetteer
from kg.cache import CACHE_ENV, cache_folder, pickled, source_key


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting(calls: list) -> dict:
    calls.append(1)
    return {"built": len(calls)}


def test_a_second_load_with_the_same_key_reads_the_pickle(folder):
    calls: list = []
    first = pickled("thing", "k1", lambda: _counting(calls), dict)
    second = pickled("thing", "k1", lambda: _counting(calls), dict)
    assert first == second == {"built": 1} and len(calls) == 1
    assert (folder / "thing-k1.pickle").is_file()


def test_another_key_builds_again(folder):
    calls: list = []
    pickled("thing", "k1", lambda: _counting(calls), dict)
    assert pickled("thing", "k2", lambda: _counting(calls), dict) == {"built": 2}


def test_a_new_key_drops_the_older_file_of_its_kind_and_nothing_else(folder):
    old, new = source_key([b"old"]), source_key([b"new"])
    pickled("thing", old, lambda: {"built": 1}, dict)
    pickled("other-thing", old, lambda: {"built": 1}, dict)
    (folder / "thing-notes.pickle").write_bytes(b"not a name pickled writes")
    assert pickled("thing", new, lambda: {"built": 2}, dict) == {"built": 2}
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        [f"other-thing-{old}.pickle", "thing-notes.pickle", f"thing-{new}.pickle"])
    assert pickled("thing", new, lambda: {"built": 3}, dict) == {"built": 2}  # the twin: read


def test_a_broken_file_is_built_again(folder):
    folder.mkdir()
    (folder / "thing-k1.pickle").write_bytes(b"\x80\x05not a pickle")
    calls: list = []
    assert pickled("thing", "k1", lambda: _counting(calls), dict) == {"built": 1}
    assert pickle.loads((folder / "thing-k1.pickle").read_bytes()) == {"built": 1}


def test_a_pickle_of_another_kind_is_built_again(folder):
    folder.mkdir()
    (folder / "thing-k1.pickle").write_bytes(pickle.dumps(["a list"]))
    assert pickled("thing", "k1", lambda: {"built": 1}, dict) == {"built": 1}


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="no user ids on this system")
def test_a_pickle_others_may_write_is_built_again(folder):
    folder.mkdir()
    path = folder / "thing-k1.pickle"
    path.write_bytes(pickle.dumps({"built": "by someone else"}))
    path.chmod(0o666)
    assert pickled("thing", "k1", lambda: {"built": 1}, dict) == {"built": 1}
    path.chmod(0o600)  # the twin: the same file, the owner's alone, is read
    path.write_bytes(pickle.dumps({"built": "earlier"}))
    assert pickled("thing", "k1", lambda: {"built": 1}, dict) == {"built": "earlier"}


def test_an_unwritable_cache_folder_still_builds(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(CACHE_ENV, str(blocker / "cache"))
    assert pickled("thing", "k1", lambda: {"built": 1}, dict) == {"built": 1}


def test_the_key_changes_with_any_source_byte():
    assert source_key([b"ab", b"c"]) == source_key([b"ab", b"c"])
    assert source_key([b"ab", b"c"]) != source_key([b"a", b"bc"])
    assert source_key([b"ab", b"c"]) != source_key([b"ab", b"d"])


def test_the_gazetteer_from_the_cache_is_the_one_the_files_give(folder):
    gazetteer.load.cache_clear()
    try:
        written = gazetteer.load()  # built, then pickled into the empty folder
        gazetteer.load.cache_clear()
        cached = gazetteer.load()
    finally:
        gazetteer.load.cache_clear()
    assert list(cache_folder().glob("gazetteer-*.pickle"))
    fresh = gazetteer._built()
    assert cached is not written
    assert vars(cached) == vars(fresh)
    assert cached.ruler_patterns() == fresh.ruler_patterns()
    assert cached.lookup("Kyiv") == fresh.lookup("Kyiv")


def test_the_pattern_files_and_rules_from_the_cache_are_the_ones_the_files_give(folder):
    from kg.relations import patterns, schema

    def cleared():
        schema.shipped_pattern_files.cache_clear()
        patterns.load_rules.cache_clear()

    cleared()
    try:
        patterns.load_rules()  # built, then pickled into the empty folder
        cleared()
        cached_files, cached_rules = schema.shipped_pattern_files(), patterns.load_rules()
    finally:
        cleared()
    assert len(list(cache_folder().glob("pattern-*.pickle"))) == 2
    fresh_files = schema.read_pattern_folder(schema.pattern_folder(), shipped=True)
    assert cached_files == fresh_files
    assert cached_rules == tuple(patterns._rules(checked, True) for checked in fresh_files)


def test_the_rules_key_changes_with_the_versions_it_names(monkeypatch):
    import spacy

    from kg.relations import schema

    schema.shipped_rules_key.cache_clear()
    try:
        before = schema.shipped_rules_key()
        schema.shipped_rules_key.cache_clear()
        monkeypatch.setattr(spacy, "__version__", "0.0.0")
        assert schema.shipped_rules_key() != before
    finally:
        schema.shipped_rules_key.cache_clear()

"""`kg build`: articles in, graph in the store and in a file out; bad input changes nothing."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib

from cli_support import ARTICLE, BAD, EXAMPLE_ARTICLES, assert_one_line_error, run_kg
from cli_support import built_store  # noqa: F401  (session fixture)
from kg.store import Store
from kg.vocab import NKG


def count(store: Path) -> int:
    with Store.open(store) as opened:
        return opened.count()


@pytest.fixture(scope="module")
def article_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the seed article, built once for this module's failure tests."""
    store = tmp_path_factory.mktemp("article") / "store"
    assert run_kg("build", ARTICLE, "--store", store).returncode == 0
    return store


def test_build_writes_store_and_turtle_with_attacks(tmp_path: Path) -> None:
    store, out = tmp_path / "store", tmp_path / "out" / "graph.ttl"
    result = run_kg("build", ARTICLE, "--store", store, "-o", out)
    assert result.returncode == 0, result.stderr
    assert str(store) in result.stdout and str(out) in result.stdout
    assert "1 documents" in result.stdout
    graph = rdflib.Graph().parse(out, format="turtle")
    assert list(graph.triples((None, NKG.attacked, None)))
    assert count(store) >= len(graph)


def test_rebuilding_the_same_article_does_not_duplicate(article_store: Path,
                                                        tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(article_store, store)
    before = count(store)
    assert run_kg("build", ARTICLE, "--store", store).returncode == 0
    assert count(store) == before > 0


def test_build_from_stdin(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = run_kg("build", "-", "--store", store, input=ARTICLE.read_text(encoding="utf-8"))
    assert result.returncode == 0, result.stderr
    assert "1 documents" in result.stdout
    with Store.open(store) as opened:
        assert opened.stats()["facts"]["attacked"] > 0


def test_examples_build_every_article(built_store: Path) -> None:
    with Store.open(built_store) as opened:
        stats = opened.stats()
    assert stats["documents"] == stats["graphs"] == len(EXAMPLE_ARTICLES)
    assert all(stats["facts"][relation] > 0 for relation in stats["facts"])


def test_store_defaults_to_the_environment_variable(tmp_path: Path) -> None:
    store = tmp_path / "from-env"
    result = run_kg("build", ARTICLE, cwd=tmp_path, env={"NEWSKG_STORE": str(store)})
    assert result.returncode == 0, result.stderr
    assert count(store) > 0 and str(store) in result.stdout


@pytest.mark.parametrize("name,problem", [
    ("nowhere.txt", "no such file"),
    ("empty.txt", "empty"),
    ("binary.txt", "binary"),
    ("noise.txt", "cannot decode"),
    ("malformed.jsonl", "line 3"),
])
def test_bad_input_exits_2_on_one_line_and_keeps_the_store(
        article_store: Path, name: str, problem: str) -> None:
    before = count(article_store)
    result = run_kg("build", ARTICLE, BAD / name, "--store", article_store)
    assert_one_line_error(result, 2, name, problem)
    assert result.stdout == ""
    assert count(article_store) == before


def test_unknown_output_extension_exits_2_before_storing(tmp_path: Path) -> None:
    result = run_kg("build", ARTICLE, "--store", tmp_path / "store", "-o", tmp_path / "g.xyz")
    assert_one_line_error(result, 2, "g.xyz", ".ttl")
    assert not (tmp_path / "g.xyz").exists()
    assert not (tmp_path / "store").exists()


def test_usage_mistakes_are_one_line_exit_2() -> None:
    assert_one_line_error(run_kg("build"), 2, "PATH")
    assert_one_line_error(run_kg(), 2, "COMMAND")
    assert_one_line_error(run_kg("frobnicate"), 2, "frobnicate")


def test_the_program_freezes_what_it_leaves_before_it_exits() -> None:
    # `kg` (run) freezes the objects a command leaves, so the interpreter's shutdown does
    # not walk them with the garbage collector; `main` alone, as a caller uses it, does not
    import subprocess
    import sys

    code = ("import gc, sys, kg.cli; sys.argv = ['kg', 'queries']; assert kg.cli.main() == 0;"
            "print(gc.get_freeze_count() > 0)\ntry:\n    kg.cli.run()\nexcept SystemExit as end:\n"
            "    print(end.code, gc.get_freeze_count() > 0)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert "False" in lines and "True" not in lines and lines[-1] == "0 True", out

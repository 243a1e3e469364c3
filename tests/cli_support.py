"""Helpers shared by the tests/test_cli_*.py modules: run `python -m kg` for real, and
build the bundled examples into a store once per session."""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
ARTICLE = EXAMPLES / "libya-2015-04-13.txt"
BAD = REPO / "tests/data/bad"
EXAMPLE_ARTICLES = sorted(EXAMPLES.glob("*.txt"))

_built: dict[Path, Path] = {}


def run_kg(*args: object, cwd: Path | None = None, input: str | None = None,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run `python -m kg ARGS` in a child process (no stdin unless `input` is given)."""
    environment = {k: v for k, v in os.environ.items() if k != "NEWSKG_STORE"}
    environment.update({"PYTHONPATH": str(REPO), **(env or {})})
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], cwd=cwd, env=environment,
                          input=input, stdin=None if input is not None else subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=900)


def assert_one_line_error(result: subprocess.CompletedProcess, code: int, *words: str) -> None:
    """The command failed with `code` and exactly one stderr line naming every word."""
    assert result.returncode == code, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]


def examples_store(factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled examples, built with `kg build` once per session."""
    base = factory.getbasetemp()
    if base not in _built:
        store = factory.mktemp("examples-store") / "store"
        result = run_kg("build", EXAMPLES, "--store", store)
        assert result.returncode == 0, result.stderr
        _built[base] = store
    return _built[base]


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's store of the examples (read-only for tests: copy it to change it)."""
    return examples_store(tmp_path_factory)


def build_into(factory: pytest.TempPathFactory, folder: Path, name: str) -> Path:
    """A new store holding `folder`, built with `kg build`."""
    store = factory.mktemp(name) / "store"
    result = run_kg("build", folder, "--store", store)
    assert result.returncode == 0, result.stderr
    return store


def query_rows(store: Path, *args: str) -> list[dict[str, str]]:
    """The rows of `kg query ARGS` on a store, read from its CSV output."""
    result = run_kg("query", *args, "--store", store, "--format", "csv")
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))

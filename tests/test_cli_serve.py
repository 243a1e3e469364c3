"""`kg serve`: Oxigraph's read-only server over a built store, queried over HTTP; a build
refuses a served store (and serving waits for nothing: it refuses a store being built)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_support import REPO, assert_one_line_error, run_kg
from conftest import free_port
from kg.query import query_text
from kg.store import Store, select_rows

ARTICLE = "Fighting in the north\nMarch 3, 2024\n\nRussia attacked Ukraine on Monday, officials said.\n"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "north.txt").write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "store"
    result = run_kg("build", folder, "--store", target)
    assert result.returncode == 0, result.stderr
    return target


def sparql(url: str, query: str) -> dict:
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


@pytest.fixture
def served(store: Path) -> Iterator[tuple[Path, str, subprocess.Popen]]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSKG_STORE"} | {"PYTHONPATH": str(REPO)}
    process = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store),
                                "--port", str(port)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()  # printed once the server answers
        assert first.startswith("SPARQL endpoint"), first + process.stderr.read()
        yield store, f"http://127.0.0.1:{port}/query", process
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_served_store_answers_named_queries_like_the_embedded_one(served) -> None:
    store, url, process = served
    attacks = query_text("attacks")
    rows = sparql(url, attacks)["results"]["bindings"]
    over_http = sorted((r["attackerLabel"]["value"], r["targetLabel"]["value"]) for r in rows)
    assert over_http == [("Russia", "Ukraine")]
    process.terminate()
    process.wait(timeout=30)
    with Store.open(store) as opened:
        embedded = sorted((r["attackerLabel"], r["targetLabel"]) for r in select_rows(opened, attacks))
    assert embedded == over_http


def test_served_store_refuses_writes(served) -> None:
    _, url, _ = served
    update = url.replace("/query", "/update")
    request = urllib.request.Request(update, data=b"update=CLEAR+ALL", method="POST")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(request, timeout=30)
    assert sparql(url, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")["results"]["bindings"][0]["n"]["value"] != "0"


def test_a_build_refuses_a_served_store_and_builds_once_it_stops(served, tmp_path: Path) -> None:
    store, _, process = served
    other = tmp_path / "other"
    other.mkdir()
    (other / "south.txt").write_text(ARTICLE.replace("Russia", "Sudan").replace("Ukraine", "Chad"),
                                     encoding="utf-8")
    refused = run_kg("build", other, "--store", store)
    assert_one_line_error(refused, 4, str(store), "served", "Ctrl-C")
    process.terminate()
    process.wait(timeout=30)
    built = run_kg("build", other, "--store", store)
    assert built.returncode == 0, built.stderr
    assert "1 documents" in built.stdout


def test_serve_refuses_a_folder_without_a_store(tmp_path: Path) -> None:
    result = run_kg("serve", "--store", tmp_path / "nowhere", "--port", str(free_port()))
    assert_one_line_error(result, 4, "nowhere")


def test_serve_reports_a_port_in_use(store: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        start = time.monotonic()
        result = run_kg("serve", "--store", store, "--port", str(port))
    assert_one_line_error(result, 4, "port")
    assert time.monotonic() - start < 60

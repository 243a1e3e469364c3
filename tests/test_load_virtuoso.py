"""`kg load` against a second real server: Virtuoso open source (Debian's
virtuoso-opensource, installed by scripts/setup-system.sh), started on loopback for this
module, its Graph Store endpoint behind digest auth (dba/dba in a fresh database)."""
from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from cli_support import assert_one_line_error, run_kg
from cli_support import built_store  # noqa: F401  (session fixture)
from conftest import free_port
from kg.query import query_text
from kg.store import Store, select_rows

VIRTUOSO = shutil.which("virtuoso-t")
pytestmark = pytest.mark.skipif(VIRTUOSO is None, reason="virtuoso-t not installed "
                                "(scripts/setup-system.sh installs virtuoso-opensource)")

INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = .
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 4
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh Virtuoso on loopback; yields its base URL."""
    folder = tmp_path_factory.mktemp("virtuoso")
    port = free_port()
    (folder / "virtuoso.ini").write_text(INI.format(d=folder, sql=free_port(), http=port))
    process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", "virtuoso.ini"],
                               cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            assert process.poll() is None, (folder / "virtuoso.log").read_text()[-2000:]
            assert time.monotonic() < deadline, "Virtuoso did not start within 180 s"
            try:
                with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


def remote_rows(base: str, query: str) -> list[dict[str, str]]:
    body = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(f"{base}/sparql", data=body,
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        bindings = json.loads(response.read())["results"]["bindings"]
    return [{name: cell["value"] for name, cell in row.items()} for row in bindings]


PER_GRAPH = ("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
             "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newskg/')) } GROUP BY ?g")


def test_load_with_digest_auth_gives_the_same_graphs_and_rows(virtuoso: str,
                                                              built_store: Path) -> None:
    endpoint = f"{virtuoso}/sparql-graph-crud-auth"
    result = run_kg("load", "--endpoint", endpoint, "--store", built_store,
                    "--user", "dba", "--password", "dba")
    assert result.returncode == 0, result.stderr
    with Store.open(built_store) as store:
        local_graphs = {row["g"]: row["n"] for row in select_rows(store, PER_GRAPH.replace(
            "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/newskg/')) ", ""))}
        entities = select_rows(store, query_text("entities"))
    assert f"{sum(map(int, local_graphs.values()))} triples sent" in result.stdout
    remote_graphs = {row["g"]: row["n"] for row in remote_rows(virtuoso, PER_GRAPH)}
    assert remote_graphs == local_graphs and len(local_graphs) >= 5
    remote_entities = remote_rows(virtuoso, query_text("entities"))
    assert sorted(map(sorted, (r.items() for r in remote_entities))) == \
        sorted(map(sorted, (r.items() for r in entities))) and entities
    # loading again replaces each graph: nothing doubles
    assert run_kg("load", "--endpoint", endpoint, "--store", built_store,
                  "--user", "dba", "--password", "dba").returncode == 0
    assert {row["g"]: row["n"] for row in remote_rows(virtuoso, PER_GRAPH)} == local_graphs


def test_wrong_or_missing_credentials_are_one_line(virtuoso: str, built_store: Path) -> None:
    endpoint = f"{virtuoso}/sparql-graph-crud-auth"
    wrong = run_kg("load", "--endpoint", endpoint, "--store", built_store,
                   "--user", "dba", "--password", "not-the-password")
    assert_one_line_error(wrong, 4, "401", "--password")
    missing = run_kg("load", "--endpoint", endpoint, "--store", built_store)
    assert_one_line_error(missing, 4, "401", "--user")

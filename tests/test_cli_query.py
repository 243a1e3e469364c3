"""`kg query` and `kg queries` on a store of the bundled examples: named queries, parameters,
output formats and the errors a user can make."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cli_support import assert_one_line_error, run_kg
from cli_support import built_store  # noqa: F401  (session fixture)
from kg.query import list_queries

MOROCCO = "https://w3id.org/newskg/id/Morocco"


def csv_rows(*args: object) -> list[dict[str, str]]:
    result = run_kg("query", *args, "--format", "csv")
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("name", sorted(set(list_queries()) - {"contested"}))
def test_every_named_query_returns_rows(built_store: Path, name: str) -> None:
    assert csv_rows(name, "--store", built_store)


def test_the_examples_dispute_nothing(built_store: Path) -> None:
    # five articles on five conflicts; tests/test_queries_many.py builds the disputes
    assert csv_rows("contested", "--store", built_store) == []


def test_param_narrows_to_the_actor(built_store: Path) -> None:
    every = csv_rows("timeline", "--store", built_store)
    morocco = csv_rows("timeline", "--param", "actor=Morocco", "--store", built_store)
    assert 0 < len(morocco) < len(every)
    assert all(MOROCCO in (row["subject"], row["object"]) for row in morocco)


def test_formats_agree(built_store: Path) -> None:
    outputs = {fmt: run_kg("query", "attacks", "--format", fmt, "--store", built_store)
               for fmt in ("table", "csv", "tsv", "json")}
    assert all(r.returncode == 0 for r in outputs.values())
    rows = list(csv.reader(io.StringIO(outputs["csv"].stdout)))
    tsv = [line.split("\t") for line in outputs["tsv"].stdout.splitlines()]
    results = json.loads(outputs["json"].stdout)
    assert rows[0] == tsv[0] == results["head"]["vars"]
    assert len(rows) == len(tsv) == len(results["results"]["bindings"]) + 1 > 1
    table = outputs["table"].stdout.splitlines()
    assert table[0].split() == rows[0] and len(table) == len(rows) + 1


def test_sparql_text_and_rq_file(built_store: Path, tmp_path: Path) -> None:
    sparql = "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/newskg/ontology#attacked> ?o }"
    query_file = tmp_path / "count.rq"
    query_file.write_text(sparql, encoding="utf-8")
    from_text = csv_rows(sparql, "--store", built_store)
    assert from_text == csv_rows(query_file, "--store", built_store)
    assert int(from_text[0]["n"]) > 0


def test_syntax_error_exits_5_on_one_line(built_store: Path) -> None:
    result = run_kg("query", "SELECT ?s WHERE { ?s ?p", "--store", built_store)
    assert_one_line_error(result, 5, "SPARQL syntax error")


def test_unknown_query_name_exits_5_listing_names(built_store: Path) -> None:
    result = run_kg("query", "atacks", "--store", built_store)
    assert_one_line_error(result, 5, "atacks", *list_queries())


def test_bad_param_exits_5(built_store: Path) -> None:
    assert_one_line_error(run_kg("query", "attacks", "--param", "attacker", "--store",
                                 built_store), 5, "attacker")


def test_missing_store_exits_4(tmp_path: Path) -> None:
    result = run_kg("query", "attacks", "--store", tmp_path / "nothing")
    assert_one_line_error(result, 4, str(tmp_path / "nothing"), "kg build")
    assert not (tmp_path / "nothing").exists()


def test_queries_lists_every_named_query_with_its_description() -> None:
    result = run_kg("queries")
    assert result.returncode == 0
    listed = dict(line.split(None, 1) for line in result.stdout.splitlines())
    assert listed == {name: text for name, text in list_queries().items()}

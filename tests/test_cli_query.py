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
from kg.query import declared_params, list_queries, query_text

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


def listed_queries() -> dict[str, tuple[str, list[str]]]:
    """`kg queries` as {name: (description, --param names)}."""
    result = run_kg("queries")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 * len(list_queries())
    listed = {}
    for first, second in zip(lines[::2], lines[1::2], strict=True):
        name, description = first.split(None, 1)
        assert second.startswith(" " * 12 + "--param "), second
        listed[name] = (description, second.split(None, 1)[1].split(", "))
    return listed


def test_queries_lists_every_named_query_with_its_description_and_parameters() -> None:
    listed = listed_queries()
    assert {name: text for name, (text, _) in listed.items()} == list_queries()
    for name, (_, params) in listed.items():
        columns, filters = declared_params(query_text(name))
        assert params == columns + filters and params, name


#: A value each parameter name can be bound to on the examples.
VALUES = {"relation": "nkg:attacked", "modality": "nkg:Negated", "type": "nkg:State",
          "from": "2020-01-01", "to": "2024-12-31"}


@pytest.mark.parametrize("name", sorted(list_queries()))
def test_every_listed_parameter_is_taken(built_store: Path, name: str) -> None:
    for param in listed_queries()[name][1]:
        value = VALUES.get(param, "Rwanda")
        result = run_kg("query", name, "--param", f"{param}={value}", "--store", built_store)
        assert result.returncode == 0, (name, param, result.stderr)


def test_a_parameter_the_query_does_not_take_is_refused_naming_those_it_does(
        built_store: Path) -> None:
    result = run_kg("query", "attacks", "--param", "ally=Rwanda", "--store", built_store)
    assert_one_line_error(result, 5, "'ally'", *listed_queries()["attacks"][1])


#: The two entity columns the common `actor` filter looks at, per query that has it.
SIDES = {"attacks": ("attacker", "target"), "talks": ("host", "party"),
         "candidates": ("subject", "object"), "evidence": ("subject", "object"),
         "timeline": ("subject", "object")}


@pytest.mark.parametrize("name", sorted(SIDES))
def test_the_actor_filter_keeps_exactly_the_rows_naming_the_actor(built_store: Path,
                                                                  name: str) -> None:
    every = csv_rows(name, "--store", built_store)
    first, second = SIDES[name]
    actor = every[-1][second]  # some entity on the second side, found not named
    label = every[-1][f"{second}Label"]
    narrowed = csv_rows(name, "--param", f"actor={label}", "--store", built_store)
    assert narrowed == [row for row in every if actor in (row[first], row[second])]
    assert narrowed and "actor" not in narrowed[0]  # a filter, not a column


@pytest.mark.parametrize("name", ["allies", "attacks", "candidates", "control", "evidence",
                                  "talks", "timeline"])
def test_from_and_to_split_the_dated_rows(built_store: Path, name: str) -> None:
    dated = csv_rows(name, "--param", "from=0001-01-01", "--store", built_store)
    since = csv_rows(name, "--param", "from=2022-01-01", "--store", built_store)
    until = csv_rows(name, "--param", "to=2021-12-31", "--store", built_store)
    assert since and until and len(since) + len(until) == len(dated)
    assert all(row in dated for row in since + until)
    both = csv_rows(name, "--param", "from=2022-01-01", "--param", "to=2021-12-31",
                    "--store", built_store)
    assert both == [] and not {"from", "to"} & set(since[0])

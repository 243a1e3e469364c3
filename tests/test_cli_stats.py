"""`kg stats`: what the store holds, in numbers a person checks first."""
from __future__ import annotations

import re
from pathlib import Path

from cli_support import EXAMPLE_ARTICLES, assert_one_line_error, run_kg
from cli_support import built_store  # noqa: F401  (session fixture)
from kg.events import RELATIONS
from kg.store import Store


def stats_lines(store: Path) -> dict[str, int]:
    result = run_kg("stats", "--store", store)
    assert result.returncode == 0, result.stderr
    return {m[1]: int(m[2]) for m in re.finditer(r"^\s*(\w+):?\s+(\d+)$", result.stdout, re.M)}


def test_stats_counts_documents_triples_and_facts(built_store: Path) -> None:
    numbers = stats_lines(built_store)
    with Store.open(built_store) as store:
        triples = store.count()
        asserted = int(next(iter(store.query(
            "SELECT (COUNT(*) AS ?n) WHERE { ?e <https://w3id.org/newskg/ontology#modality> "
            "<https://w3id.org/newskg/ontology#Asserted> }")))["n"].value)
    assert numbers["documents"] == numbers["graphs"] == len(EXAMPLE_ARTICLES)
    assert numbers["triples"] == triples
    assert numbers["asserted"] == asserted
    assert all(numbers[relation] > 0 for relation in RELATIONS)
    assert numbers["facts"] == sum(numbers[relation] for relation in RELATIONS)


def test_stats_on_an_empty_store_is_all_zero(tmp_path: Path) -> None:
    Store.open(tmp_path / "store").close()
    numbers = stats_lines(tmp_path / "store")
    assert numbers["documents"] == numbers["triples"] == numbers["facts"] == 0


def test_stats_on_an_empty_folder_says_it_is_no_store_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "store").mkdir()
    result = run_kg("stats", "--store", tmp_path / "store")
    assert_one_line_error(result, 4, "empty folder", "not a newskg store")
    assert list((tmp_path / "store").iterdir()) == []


def test_stats_without_a_store_exits_4(tmp_path: Path) -> None:
    assert_one_line_error(run_kg("stats", "--store", tmp_path / "none"), 4, "kg build")

"""`kg validate`: SHACL check of a file or the whole store; exit 6 with the violations."""
from __future__ import annotations

from pathlib import Path

from cli_support import assert_one_line_error, run_kg
from cli_support import built_store  # noqa: F401  (session fixture)

UNBACKED = """@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix id: <https://w3id.org/newskg/id/> .
id:Atlantis a nkg:State ; nkg:attacked id:Lemuria .
id:Lemuria a nkg:State .
"""


def test_the_built_store_conforms(built_store: Path) -> None:
    result = run_kg("validate", "--store", built_store)
    assert result.returncode == 0, result.stderr
    assert "conforms" in result.stdout


def test_an_exported_file_conforms(built_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "graph.trig"
    assert run_kg("export", "-o", path, "--store", built_store).returncode == 0
    result = run_kg("validate", path)
    assert result.returncode == 0, result.stderr
    assert str(path) in result.stdout


def test_a_fact_without_an_event_exits_6_listing_it(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(UNBACKED, encoding="utf-8")
    result = run_kg("validate", path)
    assert_one_line_error(result, 6, str(path), "does not conform")
    assert "Atlantis" in result.stdout and "nkg:Asserted event" in result.stdout


def test_unreadable_files_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle", encoding="utf-8")
    assert_one_line_error(run_kg("validate", broken), 2, "broken.ttl")
    assert_one_line_error(run_kg("validate", tmp_path / "none.ttl"), 2, "none.ttl")
